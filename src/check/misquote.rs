//! Misquotes: the same quotation of one speaker with a word changed; spelling variants (ceasefire/cease-fire), punctuation and a longer or shorter excerpt are not misquotes.

use crate::check::{Context, ContradictionKind, Finding, Marked, Pair, Rule};
use crate::graph::{Passage, Vocabulary, Word, same_words};
use crate::rules::Severity;

/// The same quotation, worded differently.
pub struct Misquote;

/// Longest a changed passage may be, in words on either side, to count as a word changed
/// rather than two different passages.
const MAX_CHANGE: usize = 3;
/// Matched words needed around a changed passage.
const ANCHOR: usize = 3;

/// Pairs of indexes `(i, j)` with `a[i] == b[j]` along a longest common subsequence.
pub fn align(a: &[Word], b: &[Word]) -> Vec<(usize, usize)> {
    if same_words(a, b) {
        return (0..a.len()).map(|i| (i, i)).collect();
    }
    // The words both begin with are matched one to one: the walk below, from the start of
    // the table, takes each of them as it comes, whatever the table holds further on, and
    // the rest of the table is that of the words after them. So the table is made for those.
    let skip = a.iter().zip(b).take_while(|(x, y)| x.same(y)).count();
    // No alignment is longer than the shorter quotation: room for that, once.
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(a.len().min(b.len()));
    out.extend((0..skip).map(|k| (k, k)));
    common_subsequence(&a[skip..], &b[skip..], skip, &mut out);
    out
}

/// Pushes onto `out` the pairs `(offset + i, offset + j)` with `a[i] == b[j]` along a longest
/// common subsequence of `a` and `b`, walked from their start: where the two words differ,
/// the walk drops the word of `a` when the rest without it keeps as long a common
/// subsequence as the rest without the word of `b`, else the word of `b`.
///
/// The lengths the walk compares are those of the n × m table of common subsequences of
/// the two ends, kept one bit a cell: the row of `a[i..]` says, for each word of `b` from the
/// end, whether it lengthens the common subsequence by one (Crochemore and others' bit-vector
/// recurrence, 64 cells an addition), and a length is a count of bits. Same walk, same pairs
/// as the whole table's, in n × m / 64 steps.
fn common_subsequence(a: &[Word], b: &[Word], offset: usize, out: &mut Vec<(usize, usize)>) {
    let (n, m) = (a.len(), b.len());
    if n == 0 || m == 0 {
        return;
    }
    let width = m.div_ceil(64);
    // Bit k stands for b[m - 1 - k]: carries run from the end of `b` towards its start.
    // Each place as one number, the word id above the bit below, so that the sort compares
    // integers.
    let mut by_id: Vec<u64> = (0..m)
        .map(|k| (u64::from(b[m - 1 - k].id) << 32) | k as u64)
        .collect();
    by_id.sort_unstable();
    // The words of `b`, each once, with the bits of its places: `masks[w * width..]`.
    let mut ids: Vec<u32> = Vec::with_capacity(m);
    let mut masks: Vec<u64> = Vec::with_capacity(m * width);
    for &place in &by_id {
        let (id, k) = ((place >> 32) as u32, (place & u64::from(u32::MAX)) as usize);
        if ids.last() != Some(&id) {
            ids.push(id);
            masks.resize(masks.len() + width, 0);
        }
        let base = masks.len() - width;
        masks[base + k / 64] |= 1 << (k % 64);
    }
    // rows[i * width..]: a zero bit k where b[m - 1 - k] lengthens the common subsequence of
    // a[i..] and b[m - 1 - k..] over that of a[i..] and b[m - k..]; the row past the end of
    // `a` has no zero.
    let mut rows = vec![u64::MAX; (n + 1) * width];
    for i in (0..n).rev() {
        let (done, todo) = rows.split_at_mut((i + 1) * width);
        let (row, below) = (&mut done[i * width..], &todo[..width]);
        let mask = ids
            .binary_search(&a[i].id)
            .ok()
            .map(|w| &masks[w * width..(w + 1) * width]);
        let mut carry = 0u64;
        for w in 0..width {
            let v = below[w];
            let matched = mask.map_or(0, |m| m[w]);
            let u = v & matched;
            let (sum, c1) = v.overflowing_add(u);
            let (sum, c2) = sum.overflowing_add(carry);
            carry = u64::from(c1 || c2);
            row[w] = sum | (v & !matched);
        }
    }
    // The common subsequence of a[i..] and b[j..]: the zero bits of row i below m - j.
    let length = |i: usize, j: usize| -> usize {
        let row = &rows[i * width..(i + 1) * width];
        let bits = m - j;
        let full = bits / 64;
        let mut zeros: usize = row[..full].iter().map(|w| w.count_zeros() as usize).sum();
        if !bits.is_multiple_of(64) {
            let low = (1u64 << (bits % 64)) - 1;
            zeros += (!row[full] & low).count_ones() as usize;
        }
        zeros
    };
    // Whether b[j] lengthens the common subsequence of a[i..] and b[j + 1..]: bit m - 1 - j
    // of row i is zero.
    let lengthens = |i: usize, j: usize| -> bool {
        let k = m - 1 - j;
        rows[i * width + k / 64] >> (k % 64) & 1 == 0
    };
    // The walk keeps the length of the common subsequence of a[i..] and b[j..] as it goes,
    // so that a step reads one bit, or counts one row, where comparing the two lengths
    // counted two. Where a[i] and b[j] differ the length is the longer of those without
    // either word: b[j] lengthening the rest of a[i..] means the length without a[i] is the
    // whole and longer than that without b[j], so a[i] is dropped; else the length without
    // b[j] is the whole, and a[i] is dropped when the length without it is the whole too.
    // A matched pair takes one off.
    let mut whole = length(0, 0);
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        if a[i].same(&b[j]) {
            out.push((offset + i, offset + j));
            i += 1;
            j += 1;
            whole = whole.saturating_sub(1);
        } else if lengthens(i, j) || length(i + 1, j) == whole {
            i += 1;
        } else {
            j += 1;
        }
    }
}

/// True when two passages differ only in spelling: "cease fire" / "ceasefire", "Sergei" / "Sergey".
fn spelling_variant(x: &[Word], y: &[Word], vocabulary: &Vocabulary) -> bool {
    let join = |w: &[Word]| w.iter().map(|w| vocabulary.norm(w.id)).collect::<String>();
    let (jx, jy) = (join(x), join(y));
    jx == jy || (jx.chars().count() >= 5 && strsim::jaro_winkler(&jx, &jy) >= 0.93)
}

/// True when two words are one word written or inflected otherwise: the same stem, a
/// spelling variant, or one long beginning ("curricula" / "curriculums").
fn same_word(x: &Word, y: &Word, vocabulary: &Vocabulary) -> bool {
    if x.same(y) || vocabulary.stem(x.id) == vocabulary.stem(y.id) {
        return true;
    }
    let (nx, ny) = (vocabulary.norm(x.id), vocabulary.norm(y.id));
    let common = nx
        .chars()
        .zip(ny.chars())
        .take_while(|(a, b)| a == b)
        .count();
    let shorter = nx.chars().count().min(ny.chars().count());
    common >= INFLECTED && common as f64 >= 0.8 * shorter as f64
        || spelling_variant(std::slice::from_ref(x), std::slice::from_ref(y), vocabulary)
}

/// True when `x` is a fragment (at most half as long as the other quotation `y`) and its
/// changed words `x[changed]`, with the two words before them or the two after, are found word
/// for word in `y`: one outlet quotes a few words of a statement that the other carries
/// longer ("keep the harbour busy again" against "… not to keep the harbour quiet again …
/// but to keep the harbour busy. …"), and the alignment met the fragment at another place of
/// the statement. A long quotation whose sentences repeat is no fragment: a word changed in
/// one of them stays a change.
fn quoted_elsewhere(x: &[Word], changed: &std::ops::Range<usize>, y: &[Word]) -> bool {
    !changed.is_empty() && x.len() * 2 <= y.len() && holds_change(x, changed, y)
}

/// True when the changed words `x[changed]`, with the two words before them or the two
/// after, are found word for word in `y`.
fn holds_change(x: &[Word], changed: &std::ops::Range<usize>, y: &[Word]) -> bool {
    let found = |run: &[Word]| {
        y.windows(run.len())
            .any(|w| w.iter().zip(run).all(|(a, b)| a.same(b)))
    };
    !changed.is_empty()
        && (changed.start >= 2 && found(&x[changed.start - 2..changed.end])
            || changed.end + 2 <= x.len() && found(&x[changed.start..changed.end + 2]))
}

/// True when the outlet of claim `own` also quotes, in another claim of its article by the
/// same speaker, the other outlet's wording (`x[changed]` with two words beside it): an
/// outlet that carries both wordings shows the speaker said both ("this notion that …" in
/// one answer, "this fiction that …" in the next), so the two are two statements, not one
/// misquoted.
fn carries_other_wording(
    ctx: &Context<'_>,
    own: usize,
    x: &[Word],
    changed: &std::ops::Range<usize>,
) -> bool {
    let profile = ctx.profile(own);
    let Some(speaker) = profile.speaker.as_deref() else {
        return false;
    };
    let Some(members) = ctx.by_article.get(profile.article) else {
        return false;
    };
    members
        .iter()
        .map(|&j| j as usize)
        .filter(|&j| j != own)
        .map(|j| ctx.profile(j))
        .filter(|p| p.speaker.as_deref() == Some(speaker))
        .any(|p| {
            let reading = &p.reading;
            reading
                .quote()
                .into_iter()
                .chain(reading.fragments.iter())
                .any(|q| holds_change(x, changed, &q.words))
        })
}

/// Letters two words must begin with alike to be one word inflected otherwise.
const INFLECTED: usize = 6;

/// True when the words of one side of a changed passage are all found, in order and each
/// written or inflected otherwise at most, among the other side's: the other side only adds
/// words ("the curriculums to parents" / "the curricula"), as a longer excerpt does.
fn only_added(x: &[Word], y: &[Word], vocabulary: &Vocabulary) -> bool {
    let (short, long) = if x.len() <= y.len() { (x, y) } else { (y, x) };
    if short.len() == long.len() {
        return false;
    }
    let mut rest = long.iter();
    short
        .iter()
        .all(|w| rest.by_ref().any(|l| same_word(w, l, vocabulary)))
}

/// The changed passages of two quotations that share most of their words: `(a range, b
/// range)`. A passage counts when matched words surround it (three in all, one at least on
/// each side), or when it replaces a word or two at either end of both quotations next to a
/// matched run of three; a passage only one side has is an excerpt, not a change.
///
/// `pairs` is the alignment of `a` and `b` made by [`align`].
pub fn changes(
    pairs: &[(usize, usize)],
    a: &[Word],
    b: &[Word],
) -> Vec<(std::ops::Range<usize>, std::ops::Range<usize>)> {
    let mut run_id = vec![0usize; pairs.len()];
    let mut run_len = Vec::new();
    for (k, &(i, j)) in pairs.iter().enumerate() {
        let continues = k > 0 && pairs[k - 1] == (i.wrapping_sub(1), j.wrapping_sub(1));
        if !continues {
            run_len.push(0);
        }
        let id = run_len.len() - 1;
        run_len[id] += 1;
        run_id[k] = id;
    }
    let mut out = Vec::new();
    let (Some(&(fi, fj)), Some(&(li, lj))) = (pairs.first(), pairs.last()) else {
        return out;
    };
    let edge = |ra: &std::ops::Range<usize>, rb: &std::ops::Range<usize>, run: usize| {
        !ra.is_empty() && !rb.is_empty() && ra.len() <= 2 && rb.len() <= 2 && run >= 3
    };
    if edge(&(0..fi), &(0..fj), run_len[run_id[0]]) {
        out.push((0..fi, 0..fj));
    }
    for k in 1..pairs.len() {
        let ((pi, pj), (ni, nj)) = (pairs[k - 1], pairs[k]);
        if ni == pi + 1 && nj == pj + 1 {
            continue;
        }
        let (ra, rb) = (pi + 1..ni, pj + 1..nj);
        let anchored = run_len[run_id[k - 1]] + run_len[run_id[k]] >= ANCHOR;
        if anchored
            && !ra.is_empty()
            && !rb.is_empty()
            && ra.len() <= MAX_CHANGE
            && rb.len() <= MAX_CHANGE
        {
            out.push((ra, rb));
        }
    }
    let last = pairs.len() - 1;
    if edge(
        &(li + 1..a.len()),
        &(lj + 1..b.len()),
        run_len[run_id[last]],
    ) {
        out.push((li + 1..a.len(), lj + 1..b.len()));
    }
    out
}

/// The changed passages of `a` and `b` read both ways. The alignment breaks its ties by the
/// side it walks first, and which claim is `a` is a matter of which outlet's file sorts first:
/// a word changed beside a word added ("the rates for farmers" / "the fees for the farmers")
/// can show as a change one way and as two excerpts the other. Both readings are equally
/// short, so a change either finds is kept; where two overlap, the shorter is kept (then the
/// earlier), so that the same two quotations give the same misquote in either order.
///
/// `pairs` is the alignment of `a` and `b` made by [`align`].
pub fn changes_both_ways(
    pairs: &[(usize, usize)],
    a: &[Word],
    b: &[Word],
) -> Vec<(std::ops::Range<usize>, std::ops::Range<usize>)> {
    let mut found = changes(pairs, a, b);
    found.extend(
        changes(&align(b, a), b, a)
            .into_iter()
            .map(|(rb, ra)| (ra, rb)),
    );
    // A key that reads the same with the two sides swapped.
    found.sort_by_key(|(ra, rb)| {
        (
            ra.len() + rb.len(),
            ra.start + rb.start,
            ra.start.min(rb.start),
            ra.start.max(rb.start),
        )
    });
    let overlaps =
        |x: &std::ops::Range<usize>, y: &std::ops::Range<usize>| x.start < y.end && y.start < x.end;
    let mut kept: Vec<(std::ops::Range<usize>, std::ops::Range<usize>)> = Vec::new();
    for (ra, rb) in found {
        if !kept
            .iter()
            .any(|(ka, kb)| overlaps(ka, &ra) || overlaps(kb, &rb))
        {
            kept.push((ra, rb));
        }
    }
    kept.sort_by_key(|(ra, _)| ra.start);
    kept
}

/// The record of `misquote`.
pub const RULE: Rule = Rule {
    id: "misquote",
    name: "Misquote",
    severity: Severity::Warning,
    summary: "Outlets quote the same words differently.",
    help: "Compare the quotation with the original statement or recording and correct the wording.",
};

/// Two outlets quote the same words of one speaker, but a word inside the quotation differs
/// (spelling variants, punctuation and longer or shorter excerpts are fine).
impl super::Contradiction for Misquote {
    fn kind(&self) -> ContradictionKind {
        ContradictionKind::Misquote
    }

    fn rule(&self) -> &'static Rule {
        &RULE
    }

    fn check(&self, pair: &Pair<'_>) -> Vec<Finding> {
        let ctx = pair.ctx;
        let (pa, pb) = (ctx.profile(pair.a), ctx.profile(pair.b));
        let different_speakers =
            pa.speaker.is_some() && pb.speaker.is_some() && !pair.link.same_speaker;
        if different_speakers {
            return Vec::new();
        }
        // The claims' own quotations; for one speaker, also the fragments quoted in the
        // same sentences ("adding that the two sides are \"filling out the details\"").
        let mut candidates: Vec<(&Passage, &Passage)> = Vec::new();
        let (ra, rb) = (&pa.reading, &pb.reading);
        if let (Some(qa), Some(qb)) = (ra.quote(), rb.quote()) {
            candidates.push((qa, qb));
        }
        if pair.link.same_speaker {
            for fa in &ra.fragments {
                for fb in &rb.fragments {
                    candidates.push((fa, fb));
                }
            }
        }
        let mut marked: Vec<Marked> = Vec::new();
        let mut words = Vec::new();
        let similar = ctx.rules.check.quote_similarity;
        for (pqa, pqb) in candidates {
            let (qa, qb) = (pqa.words.as_slice(), pqb.words.as_slice());
            // The same quotation: most of the shorter one's words in order in the other.
            // Words in common bound both the run and the alignment: count them first.
            let shorter = qa.len().min(qb.len()).max(1);
            let common = pqa.common_words(pqb);
            if common < ANCHOR || (common as f64) < similar * shorter as f64 {
                continue;
            }
            if same_words(qa, qb) || pqa.longest_run(pqb).0 < ANCHOR {
                continue;
            }
            let aligned = align(qa, qb);
            if (aligned.len() as f64) < similar * shorter as f64 {
                continue;
            }
            for (ra, rb) in changes_both_ways(&aligned, qa, qb) {
                let (xa, xb) = (&qa[ra.clone()], &qb[rb.clone()]);
                let content_a: Vec<&Word> = xa.iter().filter(|w| w.content || w.negation).collect();
                let content_b: Vec<&Word> = xb.iter().filter(|w| w.content || w.negation).collect();
                if content_a.is_empty()
                    || content_b.is_empty()
                    || spelling_variant(xa, xb, &ctx.graph.vocabulary)
                    || only_added(xa, xb, &ctx.graph.vocabulary)
                    || quoted_elsewhere(qa, &ra, qb)
                    || quoted_elsewhere(qb, &rb, qa)
                    || carries_other_wording(ctx, pair.a, qb, &rb)
                    || carries_other_wording(ctx, pair.b, qa, &ra)
                {
                    continue;
                }
                let span = |ws: &[&Word]| {
                    crate::article::Span::new(
                        ws.first().map_or(0, |w| w.span().start),
                        ws.last().map_or(0, |w| w.span().end),
                    )
                };
                let (ma, mb) = (
                    ctx.mark(pair.a, pa.place(span(&content_a))),
                    ctx.mark(pair.b, pb.place(span(&content_b))),
                );
                if marked.contains(&ma) && marked.contains(&mb) {
                    continue;
                }
                words.push(format!("\"{}\" / \"{}\"", ma.text, mb.text));
                marked.push(ma);
                marked.push(mb);
            }
        }
        if marked.is_empty() {
            return Vec::new();
        }
        let message = format!(
            "the quotation differs between {} and {}: {}",
            ctx.who(pair.a),
            ctx.who(pair.b),
            words.join(", ")
        );
        vec![pair.finding(self.kind(), &RULE, message, marked)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::{synonym_phrases, words};
    use crate::rules::RuleSet;

    fn changed(a: &str, b: &str) -> usize {
        let rules = RuleSet::builtin().unwrap();
        let p = synonym_phrases(&rules);
        let mut v = Vocabulary::default();
        let (wa, wb) = (
            words(a, 0, &rules, &p, &mut v),
            words(b, 0, &rules, &p, &mut v),
        );
        changes(&align(&wa, &wb), &wa, &wb)
            .into_iter()
            .filter(|(ra, rb)| {
                let (xa, xb) = (&wa[ra.clone()], &wb[rb.clone()]);
                !spelling_variant(xa, xb, &v)
            })
            .count()
    }

    /// The alignment as the whole n × m table of lengths gave it, before the table was kept in bits.
    fn table_subsequence(a: &[Word], b: &[Word], offset: usize, out: &mut Vec<(usize, usize)>) {
        let (n, m) = (a.len(), b.len());
        // One flat table: cell (i, j) holds the common subsequence length of a[i..] and b[j..].
        let width = m + 1;
        let mut table = vec![0u32; (n + 1) * width];
        for i in (0..n).rev() {
            for j in (0..m).rev() {
                table[i * width + j] = if a[i].same(&b[j]) {
                    table[(i + 1) * width + j + 1] + 1
                } else {
                    table[(i + 1) * width + j].max(table[i * width + j + 1])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < n && j < m {
            if a[i].same(&b[j]) {
                out.push((offset + i, offset + j));
                i += 1;
                j += 1;
            } else if table[(i + 1) * width + j] >= table[i * width + j + 1] {
                i += 1;
            } else {
                j += 1;
            }
        }
    }

    /// `align` as it was before the words both begin with were left out of the table.
    fn align_whole(a: &[Word], b: &[Word]) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        table_subsequence(a, b, 0, &mut out);
        out
    }

    #[test]
    fn the_alignment_is_that_of_the_whole_table() {
        let mut random = crate::test_random::XorShift::new(0x2545_f491_4f6c_dd1du64);
        let mut next = |n: u64| random.below(n);
        let word = |id: u64| Word::new(id as u32, crate::article::Span::new(0, 0), true, false);
        for _ in 0..2000 {
            let shared = next(8) as usize;
            let alphabet = 1 + next(5);
            let start: Vec<Word> = (0..shared).map(|_| word(next(alphabet))).collect();
            let mut a = start.clone();
            let mut b = start;
            a.extend((0..next(12)).map(|_| word(next(alphabet))));
            b.extend((0..next(12)).map(|_| word(next(alphabet))));
            assert_eq!(align(&a, &b), align_whole(&a, &b), "{a:?} {b:?}");
        }
    }

    #[test]
    fn long_quotations_align_as_the_whole_table_aligns_them() {
        // Quotations past 64 and 128 words keep their rows in several machine words: the
        // carry between them must give the table's alignment too, for quotations alike but
        // for a figure or a word changed here and there, and for quotations little alike.
        let mut random = crate::test_random::XorShift::new(0x9e37_79b9_7f4a_7c15u64);
        let mut next = |n: u64| random.below(n);
        let word = |id: u64| Word::new(id as u32, crate::article::Span::new(0, 0), true, false);
        for round in 0..300 {
            let len = 1 + next(200) as usize;
            let alphabet = if round % 2 == 0 {
                2 + next(6)
            } else {
                40 + next(400)
            };
            let a: Vec<Word> = (0..len).map(|_| word(next(alphabet))).collect();
            let mut b: Vec<Word> = Vec::new();
            for w in &a {
                match next(10) {
                    0 => {}
                    1 => b.push(word(next(alphabet))),
                    2 => {
                        b.push(word(next(alphabet)));
                        b.push(*w);
                    }
                    _ => b.push(*w),
                }
            }
            let mut out = Vec::new();
            common_subsequence(&a, &b, 0, &mut out);
            assert_eq!(out, align_whole(&a, &b), "{a:?} {b:?}");
            assert_eq!(align(&a, &b), align_whole(&a, &b), "{a:?} {b:?}");
        }
    }

    #[test]
    fn a_negation_written_out_or_contracted_is_no_misquote() {
        assert_eq!(
            changed(
                "On fishing rights, we don't always see it alike, but at heart we are neighbours.",
                "On fishing rights, we do not always see it alike, but at heart we are neighbours."
            ),
            0
        );
        assert_eq!(
            changed(
                "We won't accept quotas on our steel exports.",
                "We will not accept quotas on our steel exports."
            ),
            0
        );
        assert_eq!(
            changed(
                "We can't accept quotas on our steel exports.",
                "We cannot accept quotas on our steel exports."
            ),
            0
        );
        // A negation added or dropped is a contradiction, the negation check's.
        let found = crate::check::contradictions_in(&[
            (
                "One",
                "2018-05-01",
                "\"On fishing rights, we do always see it alike, but at heart we are neighbours,\" Lund said.",
            ),
            (
                "Two",
                "2018-05-01",
                "\"On fishing rights, we don't always see it alike, but at heart we are neighbours,\" Lund said.",
            ),
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "negation");
        assert!(found[0].1.contains(&"don't".to_string()), "{found:?}");
    }

    #[test]
    fn misquote_catches_a_changed_word() {
        assert_eq!(
            changed(
                "We are filling out the details now.",
                "We are filling out the plans now."
            ),
            1
        );
    }

    #[test]
    fn misquote_ignores_spelling_variant_and_excerpts() {
        assert_eq!(
            changed(
                "We are closer to a cease-fire today than we have been.",
                "In fact, we are closer to a ceasefire today than we have been"
            ),
            0
        );
        assert_eq!(
            changed("filling out the details", "We are filling out the details."),
            0
        );
    }

    #[test]
    fn words_added_beside_one_word_inflected_otherwise_are_no_misquote() {
        // One outlet quotes the letter with "to parents" and the other without; "curricula"
        // and "curriculums" are one word.
        let batch = [
            (
                "One",
                "2018-04-20",
                "\"The board concluded that the posting of the curriculums to parents at this stage would not delay any planned lesson,\" Ortega wrote.",
            ),
            (
                "Two",
                "2018-04-20",
                "\"The board concluded that the posting of the curricula at this stage would not delay any planned lesson,\" Ortega wrote.",
            ),
        ];
        assert_eq!(
            crate::check::contradictions_in(&batch),
            Vec::<(String, Vec<String>)>::new()
        );
        // The two outlets carry one quotation.
        let kinds: Vec<_> = crate::check::analyse(&batch)
            .findings
            .into_iter()
            .map(|f| (f.kind, f.sources))
            .collect();
        assert_eq!(
            kinds,
            [(
                crate::check::FindingKind::Agreement,
                vec!["One".to_string(), "Two".to_string()]
            )]
        );
        // A word truly changed beside an added one is still caught.
        let found = crate::check::contradictions_in(&[
            (
                "One",
                "2018-04-20",
                "\"The board concluded that the posting of the curriculums to parents at this stage would not delay any planned lesson,\" Ortega wrote.",
            ),
            (
                "Two",
                "2018-04-20",
                "\"The board concluded that the posting of the timetables at this stage would not delay any planned lesson,\" Ortega wrote.",
            ),
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn a_fragment_quoted_from_another_place_of_the_statement_is_no_misquote() {
        // One outlet quotes the end of the statement with a word of its own after it; the
        // statement says "quiet again" earlier and "busy" at the end.
        let fragment = "The mayor said the plan would \"keep the harbour busy again.\"";
        let whole = "The mayor said: \"Our plan is not to keep the harbour quiet again, as some have asked, but to keep the harbour busy. We will fill the empty berths.\"";
        for (a, b) in [(fragment, whole), (whole, fragment)] {
            let found = crate::check::contradictions_in(&[
                ("One", "2018-04-20", a),
                ("Two", "2018-04-20", b),
            ]);
            assert!(found.is_empty(), "{found:?}");
        }
        // A word truly changed at the same place is still caught.
        let found = crate::check::contradictions_in(&[
            (
                "One",
                "2018-04-20",
                "The mayor said: \"Our plan is to keep the harbour busy all winter.\"",
            ),
            (
                "Two",
                "2018-04-20",
                "The mayor said: \"Our plan is to keep the harbour quiet all winter.\"",
            ),
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn a_changed_word_in_a_quoted_fragment_is_caught() {
        let found = crate::check::contradictions_in(&[
            (
                "One",
                "2016-02-21",
                "Kerry said the modalities were being completed, adding that the two sides are \"filling out the details.\"",
            ),
            (
                "Two",
                "2016-02-21",
                "Kerry said the modalities were being completed, adding that the two sides are \"filling out the plans.\"",
            ),
        ]);
        assert_eq!(
            found,
            [(
                "misquote".to_string(),
                vec!["details".to_string(), "plans".to_string()]
            )]
        );
    }

    #[test]
    fn an_outlet_that_carries_both_wordings_shows_two_statements() {
        // The senator said it twice, once with each word; one outlet carries both answers,
        // the other only the second.
        let both = "\"We must end this myth that the port can pay for itself,\" said Senator Okafor. Later in the debate she returned to it. \"Let us end this story that the port can pay for itself. It cannot,\" Senator Okafor said.";
        let one =
            "\"We must end this story that the port can pay for itself,\" Senator Okafor said.";
        let found = crate::check::contradictions_in(&[
            ("One", "2016-02-07", both),
            ("Two", "2016-02-08", one),
        ]);
        assert!(found.is_empty(), "{found:?}");
        // Where neither outlet carries the other's word, the change is still a misquote.
        let found = crate::check::contradictions_in(&[
            (
                "One",
                "2016-02-07",
                "\"We must end this myth that the port can pay for itself,\" said Senator Okafor.",
            ),
            ("Two", "2016-02-08", one),
        ]);
        assert_eq!(
            found,
            [(
                "misquote".to_string(),
                vec!["myth".to_string(), "story".to_string()]
            )]
        );
    }
}
