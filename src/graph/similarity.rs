//! Similarity: whether two claims speak of the same thing — shared content words, shared quoted runs, the same measured thing, the days between them — and why (`Link`).

use std::sync::Arc;

use super::passage::Passage;
use super::reading::Profile;
use super::words::Word;
use crate::extract::Claim;
use crate::rules::RuleSet;

/// True when both claims name places or people and none in common: other events.
pub fn names_disjoint(pa: &Profile, pb: &Profile) -> bool {
    let (na, nb) = (&pa.reading.names, &pb.reading.names);
    !na.is_empty() && !nb.is_empty() && !na.iter().any(|n| nb.binary_search(n).is_ok())
}

/// Days two claims of one speaker may lie apart and still be about the same event.
pub const EVENT_DAYS: i64 = 2;

/// Why two claims are linked.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Link {
    /// Mean of the Jaccard and overlap coefficients of the content words.
    pub similarity: f64,
    /// Both speakers resolve to one entity.
    pub same_speaker: bool,
    /// Longest run of words the two own quotations share, as a fraction of the shorter.
    pub quote_overlap: f64,
    /// Words in that run.
    pub quote_run: usize,
    /// Longest shared run between any quoted fragments of the two sentences.
    pub fragment_run: usize,
    /// Both carry a figure of the same measured thing.
    pub same_measure: bool,
    /// Content words the two share.
    pub shared: usize,
}

/// A run shared by two quotations counts only if it holds content words.
fn run_has_content(words: &[Word], start: usize, len: usize) -> usize {
    words
        .get(start..start + len)
        .map_or(0, |w| w.iter().filter(|w| w.content).count())
}

/// The longest run of words two quotations share, if it holds two content words or more;
/// 0 otherwise.
fn content_run(a: &Passage, b: &Passage) -> usize {
    // Such a run holds two content words both passages have, or one word twice in both:
    // most pairs of quotations have neither.
    let (_, shared) = intersection(&a.content, &b.content);
    let possible = match shared {
        0 => false,
        1 => a
            .content
            .iter()
            .find(|id| b.content.binary_search(id).is_ok())
            .is_some_and(|&id| a.positions(id).len() >= 2 && b.positions(id).len() >= 2),
        _ => true,
    };
    if !possible {
        return 0;
    }
    let (len, start, _) = a.longest_run(b);
    if run_has_content(&a.words, start, len) >= 2 {
        len
    } else {
        0
    }
}

/// (size of the union, size of the intersection) of two sorted id sets.
fn intersection(a: &[u32], b: &[u32]) -> (usize, usize) {
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    (a.len() + b.len() - shared, shared)
}

/// (similarity, shared words, overlap coefficient) of two sorted word-id sets.
fn similarity(a: &[u32], b: &[u32]) -> (f64, usize, f64) {
    if a.is_empty() || b.is_empty() {
        return (0.0, 0, 0.0);
    }
    let (union, shared) = intersection(a, b);
    let jaccard = shared as f64 / union as f64;
    let overlap = shared as f64 / a.len().min(b.len()) as f64;
    ((jaccard + overlap) / 2.0, shared, overlap)
}

/// Days between the two reports, or between their named days, if both are known.
fn days_apart(a: &Claim, b: &Claim, pa: &Profile, pb: &Profile) -> Option<i64> {
    let reported = match (pa.reported, pb.reported) {
        (Some(x), Some(y)) => Some((x.to_days() - y.to_days()).abs()),
        _ => None,
    };
    let named = a
        .dates
        .iter()
        .filter_map(|d| d.date)
        .flat_map(|x| {
            b.dates
                .iter()
                .filter_map(|d| d.date)
                .map(move |y| (x.to_days() - y.to_days()).abs())
        })
        .min();
    match (reported, named) {
        (Some(r), Some(n)) => Some(r.max(n)),
        (r, n) => r.or(n),
    }
}

/// Compares two claims; `None` when they do not speak of the same thing.
pub fn compare(a: &Claim, b: &Claim, pa: &Profile, pb: &Profile, rules: &RuleSet) -> Option<Link> {
    let apart = days_apart(a, b, pa, pb).unwrap_or(0);
    if apart > EVENT_DAYS {
        return None;
    }
    let (ra, rb) = (&*pa.reading, &*pb.reading);
    let same_speaker = pa.speaker.is_some() && pa.speaker == pb.speaker;
    let (sim, shared, overlap) = similarity(&ra.content, &rb.content);
    // Two copies of one text: every passage is shared whole with itself.
    let copies = Arc::ptr_eq(&pa.reading, &pb.reading);
    let own_run = |p: &Passage| {
        if run_has_content(&p.words, 0, p.words.len()) >= 2 {
            p.words.len()
        } else {
            0
        }
    };
    let (quote_run, quote_overlap) = match (&ra.quote, &rb.quote) {
        (Some(qa), Some(qb)) if !qa.words.is_empty() && !qb.words.is_empty() => {
            let len = if copies {
                own_run(qa)
            } else {
                content_run(qa, qb)
            };
            (len, len as f64 / qa.words.len().min(qb.words.len()) as f64)
        }
        _ => (0, 0.0),
    };
    // Runs shared by the quoted fragments of the two sentences: costly, so measured only
    // where they can decide something (one speaker, or a pair already linked).
    let fragment_run = || {
        if copies {
            // No run is longer than the shorter passage, and a passage with two content
            // words shares all of itself with its copy.
            return ra
                .fragments
                .iter()
                .chain(ra.quote.iter())
                .map(own_run)
                .max()
                .unwrap_or(0);
        }
        ra.fragments
            .iter()
            .chain(ra.quote.iter())
            .flat_map(|fa| {
                rb.fragments
                    .iter()
                    .chain(rb.quote.iter())
                    .map(move |fb| content_run(fa, fb))
            })
            .max()
            .unwrap_or(0)
    };
    let same_measure = !ra.background
        && !rb.background
        && a.numbers.iter().any(|x| {
            !x.ordinal
                && x.measure.is_some()
                && b.numbers
                    .iter()
                    .any(|y| !y.ordinal && y.measure == x.measure)
        });
    let enough = ra.content.len() >= rules.check.min_content_words
        && rb.content.len() >= rules.check.min_content_words;
    let exact = !ra.content.is_empty() && ra.content == rb.content;
    let same_quote = quote_run >= 4 && quote_overlap >= rules.check.quote_similarity;
    // Long claims that carry several statements share less in proportion: four shared
    // words and a third of the shorter claim are enough for one speaker.
    let several_shared = shared >= 4 && overlap >= 0.3;
    let linked_on_words = (same_speaker
        && (exact || (enough && (sim >= rules.check.min_similarity || several_shared))))
        || same_quote
        || (same_measure && same_speaker)
        || (same_measure && enough && sim >= 0.25 && !names_disjoint(pa, pb));
    let fragment_run = if linked_on_words || same_speaker {
        fragment_run()
    } else {
        0
    };
    let linked = linked_on_words || (same_speaker && fragment_run >= 3);
    linked.then_some(Link {
        similarity: sim,
        same_speaker,
        quote_overlap,
        quote_run,
        fragment_run,
        same_measure,
        shared,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::words::{Vocabulary, synonym_phrases, words};

    #[test]
    fn quotations_sharing_only_stopwords_have_no_run() {
        let rules = RuleSet::builtin().unwrap();
        let mut vocabulary = Vocabulary::default();
        let mut passage = |t: &str| {
            Passage::new(words(
                t,
                0,
                &rules,
                &synonym_phrases(&rules),
                &mut vocabulary,
            ))
        };
        let a = passage("we will not be the ones to blame for it");
        let b = passage("they will not be the ones who pay");
        assert_eq!(content_run(&a, &b), 0);
        let c = passage("we will not pay the price of the war");
        let d = passage("Russia will not pay the price of the war, he said");
        assert_eq!(content_run(&c, &d), 8);
    }
}
