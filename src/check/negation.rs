//! Negation contradictions: the same statement of one speaker, negated in one outlet and not in the other ("could be implemented" / "could not be implemented").

use crate::article::Span;
use crate::check::{ContradictionKind, Finding, Pair, Rule};
use crate::graph::Word;
use crate::rules::Severity;

/// One outlet negates what the other affirms.
pub struct Negation;

/// The record of `negation`.
pub const RULE: Rule = Rule {
    id: "negation",
    name: "NegationContradiction",
    severity: Severity::Warning,
    summary: "One outlet reports a statement, another its negation.",
    help: "Read both sentences: one outlet says the opposite of the other.",
};

/// Content overlap above which two claims say the same thing but for the negation.
const SAME_STATEMENT: f64 = 0.75;
/// Most words one side's gap around a negation may hold beyond the other's: a negation
/// inside a longer passage only one side carries is no contradiction.
const MAX_GAP: usize = 3;

/// Words of each statement aligned, as for quotations: the alignment's table grows with
/// the product of the two lengths, so a negation past them in an enormous statement is
/// not looked for.
const MAX_WORDS: usize = 300;

/// Two outlets report the same statement of one speaker, one with a negation (not, never,
/// didn't) the other lacks.
impl super::Contradiction for Negation {
    fn kind(&self) -> ContradictionKind {
        ContradictionKind::Negation
    }

    fn rule(&self) -> &'static Rule {
        &RULE
    }

    fn check(&self, pair: &Pair<'_>) -> Vec<Finding> {
        let ctx = pair.ctx;
        let same_statement = pair.link.same_speaker
            && (pair.link.similarity >= SAME_STATEMENT
                || (pair.link.similarity >= 0.99
                    && !ctx.profile(pair.a).reading.content.is_empty()));
        if !same_statement {
            return Vec::new();
        }
        let (wa, wb) = (
            &ctx.profile(pair.a).reading.words,
            &ctx.profile(pair.b).reading.words,
        );
        let (wa, wb) = (
            &wa[..wa.len().min(MAX_WORDS)],
            &wb[..wb.len().min(MAX_WORDS)],
        );
        // Without a negation on either side there is nothing to align.
        if !wa.iter().chain(wb).any(|w| w.negation) {
            return Vec::new();
        }
        let vocabulary = &ctx.graph.vocabulary;
        // The alignment breaks its ties by the side it walks first, and the batch's order of
        // the two claims is that of the input files: the two are aligned both ways, and a
        // negation one side alone carries must be found both ways (a negation both carry,
        // in words reordered, can stand inside the shared words one way only: "the board had
        // never consulted the growers" / "the growers were never consulted"). The spans shown
        // are those of the claims taken by id, so that the finding is the same whatever the
        // order of the input.
        let by_id = ctx.claims[pair.a].id <= ctx.claims[pair.b].id;
        let (first, second) = if by_id {
            (pair.a, pair.b)
        } else {
            (pair.b, pair.a)
        };
        let (w1, w2) = if by_id { (wa, wb) } else { (wb, wa) };
        let Some((first_negated, spans)) = lone_negation(w1, w2, vocabulary) else {
            return Vec::new();
        };
        match lone_negation(w2, w1, vocabulary) {
            Some((second_negated, _)) if second_negated != first_negated => {}
            _ => return Vec::new(),
        }
        let (negated, plain) = if first_negated {
            (first, second)
        } else {
            (second, first)
        };
        let mut marked: Vec<_> = spans
            .iter()
            .map(|&s| ctx.mark(negated, ctx.profile(negated).place(s)))
            .collect();
        marked.push(ctx.mark(plain, ctx.claims[plain].content_span));
        let message = format!(
            "{} reports it negated (\"{}\") but {} does not: \"{}\" vs \"{}\"",
            ctx.who(negated),
            marked.first().map_or(String::new(), |m| m.text.clone()),
            ctx.who(plain),
            super::excerpt(&ctx.claims[negated].content, 90),
            super::excerpt(&ctx.claims[plain].content, 90),
        );
        marked.sort_by(|x, y| x.claim.cmp(&y.claim).then(x.span.cmp(&y.span)));
        vec![pair.finding(self.kind(), &RULE, message, marked)]
    }
}

/// Whether one side of two aligned statements (`a`, `b`) carries a negation the other does
/// not, inside the words both report: `Some((true, spans))` when `a` is the negated side,
/// `Some((false, spans))` when `b` is, with the spans of that side's negations; `None` when
/// both or neither negate.
fn lone_negation(
    a: &[Word],
    b: &[Word],
    vocabulary: &crate::graph::Vocabulary,
) -> Option<(bool, Vec<Span>)> {
    let aligned = super::misquote::align(a, b);
    let idiom = |words: &[Word], k: usize| {
        words
            .get(k + 1)
            .is_some_and(|n| matches!(vocabulary.norm(n.id), "less" | "only" | "fewer"))
    };
    let (na, nb) = (
        counted(a, &aligned, 0, |k| idiom(a, k)),
        counted(b, &aligned, 1, |k| idiom(b, k)),
    );
    if na.len() % 2 == nb.len() % 2 {
        None
    } else if na.len() % 2 == 1 {
        Some((true, na))
    } else {
        Some((false, nb))
    }
}

/// Where the negations of one side (`side` 0 or 1 of `aligned`) stand that count: inside the
/// words both report, not in a passage only one side has ("without these measures, the
/// situation …"), and not in an idiom (`idiom(k)`: "nothing less than", "not only").
fn counted(
    words: &[Word],
    aligned: &[(usize, usize)],
    side: usize,
    idiom: impl Fn(usize) -> bool,
) -> Vec<Span> {
    let this = |p: (usize, usize)| if side == 0 { p.0 } else { p.1 };
    let that = |p: (usize, usize)| if side == 0 { p.1 } else { p.0 };
    // Two aligned pairs, one right after the other on both sides: a run both carry.
    let follows = |x: (usize, usize), y: (usize, usize)| x.0 + 1 == y.0 && x.1 + 1 == y.1;
    // The aligned pairs around word `k`: the gap it stands in must be a word or two on each
    // side ("will apply" / "will not apply"), not a passage one copy has and the other left
    // out (a paragraph dropped from a quote); and the words around it must be a run both
    // sides carry ("… of hostilities will | apply to …"), not words both happen to use
    // ("and", "that") matched far apart, as where one side's words were cut at `MAX_WORDS`
    // before the passage the other quotes.
    let stands_in_shared_words = |k: usize| {
        let before = aligned.iter().rposition(|&p| this(p) < k);
        let after = aligned.iter().position(|&p| this(p) > k);
        let (Some(b), Some(a)) = (before, after) else {
            return false;
        };
        let (pb, pa) = (aligned[b], aligned[a]);
        let here = this(pa) - this(pb) - 1;
        let there = that(pa) - that(pb) - 1;
        let run_before = b.checked_sub(1).is_some_and(|p| follows(aligned[p], pb));
        let run_after = aligned.get(a + 1).is_some_and(|&n| follows(pa, n));
        here <= there + MAX_GAP && there <= MAX_GAP + here && (run_before || run_after)
    };
    words
        .iter()
        .enumerate()
        .filter(|&(k, w)| w.negation && !idiom(k) && stands_in_shared_words(k))
        .map(|(_, w)| w.span())
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::check::contradictions_in;

    #[test]
    fn will_apply_and_will_not_apply_contradict() {
        let found = contradictions_in(&[
            (
                "One",
                "2016-02-12",
                "Kerry said the cessation of hostilities will apply to terrorist groups in northern Syria.",
            ),
            (
                "Two",
                "2016-02-12",
                "Kerry said the cessation of hostilities will not apply to terrorist groups in northern Syria.",
            ),
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "negation");
        // The plain side's statement, and the negated side's "not".
        assert_eq!(
            found[0].1,
            [
                "the cessation of hostilities will apply to terrorist groups in northern Syria",
                "not"
            ]
        );
    }

    #[test]
    fn a_negation_both_report_in_words_reordered_is_no_contradiction() {
        let active = "Brandt said the board had never consulted the orchard growers about the Elm Ford pumps.";
        let passive =
            "The orchard growers were never consulted about the Elm Ford pumps, Brandt said.";
        // Both negate, whichever outlet's copy is read first.
        for texts in [
            [
                ("One", "2024-03-04", active),
                ("Two", "2024-03-04", passive),
            ],
            [
                ("One", "2024-03-04", passive),
                ("Two", "2024-03-04", active),
            ],
        ] {
            let found = contradictions_in(&texts);
            assert!(found.is_empty(), "{found:?}");
        }
        // A negation one side alone carries is still found, whichever copy is read first.
        let plain =
            "Brandt said the board had consulted the orchard growers about the Elm Ford pumps.";
        for texts in [
            [("One", "2024-03-04", active), ("Two", "2024-03-04", plain)],
            [("One", "2024-03-04", plain), ("Two", "2024-03-04", active)],
        ] {
            let found = contradictions_in(&texts);
            assert_eq!(found.len(), 1, "{found:?}");
            assert_eq!(found[0].0, "negation");
        }
    }

    #[test]
    fn a_negation_written_short_is_the_same_negation() {
        let long = "Kerry said the cessation of hostilities will not apply to terrorist groups in northern Syria.";
        let short = "Kerry said the cessation of hostilities won't apply to terrorist groups in northern Syria.";
        let plain = "Kerry said the cessation of hostilities will apply to terrorist groups in northern Syria.";
        let a = crate::check::analyse(&[("One", "2016-02-12", long), ("Two", "2016-02-12", short)]);
        assert!(
            a.findings
                .iter()
                .all(|f| f.kind != crate::check::FindingKind::Contradiction),
            "{:?}",
            a.findings
        );
        let agreements: Vec<_> = a
            .findings
            .iter()
            .filter(|f| f.kind == crate::check::FindingKind::Agreement)
            .collect();
        assert_eq!(agreements.len(), 1, "{:?}", a.findings);
        assert_eq!(agreements[0].sources, ["One", "Two"]);
        // Written short or long, a negation one side adds is still a contradiction, and is
        // shown as written.
        let found =
            contradictions_in(&[("One", "2016-02-12", plain), ("Two", "2016-02-12", short)]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "negation");
        assert_eq!(found[0].1[1], "won't");
    }

    #[test]
    fn a_quotation_with_a_negation_written_short_is_no_misquote() {
        let a = crate::check::analyse(&[
            (
                "One",
                "2018-05-01",
                "\"We do not want to bargain with a gun to our head and we cannot accept tariffs,\" the fisheries commissioner, Lena Holm, said on Thursday.",
            ),
            (
                "Two",
                "2018-05-01",
                "\"We don't want to bargain with a gun to our head and we can't accept tariffs,\" the fisheries commissioner, Lena Holm, said on Thursday.",
            ),
        ]);
        let kinds: Vec<_> = a
            .findings
            .iter()
            .map(|f| (f.kind, f.rule.as_str()))
            .collect();
        assert_eq!(
            kinds,
            [(crate::check::FindingKind::Agreement, "agreement")],
            "{:?}",
            a.findings
        );
    }

    #[test]
    fn what_a_speaker_wants_is_no_negation_of_what_they_said() {
        let said = "Mayor Ruiz said the bridge will not be rebuilt before the winter storms.";
        // Both said: the outlets contradict each other.
        let found = contradictions_in(&[
            (
                "One",
                "2016-02-12",
                "Mayor Ruiz said the bridge will be rebuilt before the winter storms.",
            ),
            ("Two", "2016-02-12", said),
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "negation");
        // One reports a wish, the other a statement: no like to compare.
        let found = contradictions_in(&[
            (
                "One",
                "2016-02-12",
                "Mayor Ruiz wants the bridge to be rebuilt before the winter storms.",
            ),
            ("Two", "2016-02-12", said),
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn nothing_less_than_is_no_negation() {
        let found = contradictions_in(&[
            (
                "One",
                "2010-05-05",
                "\"Nothing less than the survival of the union is at stake in these talks,\" Lindqvist said.",
            ),
            (
                "Two",
                "2010-05-05",
                "\"The survival of the union is at stake in these talks,\" Lindqvist said.",
            ),
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    /// Words with ids `ids`, one byte apart; `not` marks the negations.
    fn words(ids: &[u32], not: &[usize]) -> Vec<crate::graph::Word> {
        ids.iter()
            .enumerate()
            .map(|(k, &id)| {
                let span = crate::article::Span::new(2 * k, 2 * k + 1);
                crate::graph::Word::new(id, span, !not.contains(&k), not.contains(&k))
            })
            .collect()
    }

    #[test]
    fn a_negation_counts_between_words_both_sides_carry_in_a_run() {
        // "the plan will not work today" against "the plan will work today".
        let negated = words(&[1, 2, 3, 4, 5, 6], &[3]);
        let aligned = [(0, 0), (1, 1), (2, 2), (4, 3), (5, 4)];
        assert_eq!(super::counted(&negated, &aligned, 0, |_| false).len(), 1);
        assert!(super::counted(&negated, &aligned, 0, |_| true).is_empty());
    }

    #[test]
    fn a_negation_between_common_words_matched_far_apart_does_not_count() {
        // "… the flood and never forget that flood …" on side 1, where one side's
        // words were cut before that passage and the alignment found only an "and" and a
        // "that" of another passage around "never", far from their neighbours.
        let negated = words(&(0..20).collect::<Vec<u32>>(), &[11]);
        let aligned = [(3, 6), (7, 9), (12, 10), (15, 12), (20, 17)];
        // Pairs (12, 10) and (15, 12) stand right around word 11 ("never"), with gaps of
        // two words and one, alike enough; but neither continues a run on both sides.
        assert!(super::counted(&negated, &aligned, 1, |_| false).is_empty());
        // The same gaps inside a run both carry count.
        let run = [(6, 8), (7, 9), (9, 12), (10, 13)];
        assert_eq!(super::counted(&negated, &run, 1, |_| false).len(), 1);
    }

    #[test]
    fn a_negation_in_a_passage_one_copy_left_out_is_no_contradiction() {
        let kept = "“He began by mocking the growers, and that is even more hurtful,” Duarte said. “This valley is the finest place to farm anywhere.”\n\n“Then you have these people who fault the weather, not their own choices.”\n\n“And it has become sad that our union has traded its principles for headlines.”";
        let cut = "“He began by mocking the growers, and that is even more hurtful,” Duarte said. “This valley is the finest place to farm anywhere.”\n\n“And it has become sad that our union has traded its principles for headlines.”";
        let found = contradictions_in(&[("One", "2016-02-12", kept), ("Two", "2016-02-12", cut)]);
        assert!(
            found.iter().all(|(rule, _)| rule != "negation"),
            "{found:?}"
        );
    }
}
