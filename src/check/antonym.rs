//! Antonym contradictions: the same statement of one speaker with a word swapped for its opposite from the rules ("closer" / "further").

use crate::check::{ContradictionKind, Finding, Pair, Rule};
use crate::graph::{Vocabulary, Word};
use crate::rules::{RuleSet, Severity};

/// One outlet has a word where the other has its opposite.
pub struct Antonym;

/// The record of `antonym`.
pub const RULE: Rule = Rule {
    id: "antonym",
    name: "AntonymContradiction",
    severity: Severity::Warning,
    summary: "Outlets report the same statement with words of opposite meaning.",
    help: "Read both sentences: the outlets use words of opposite meaning for the same statement.",
};

/// Content overlap above which two claims say the same thing but for the swapped word.
const SAME_STATEMENT: f64 = 0.6;

fn find(words: &[Word], target: u32) -> Option<&Word> {
    words.iter().find(|w| w.id == target)
}

/// The mask [`may_hold_any`] looks words up in, in 64-bit words (1,024 bits): a claim has
/// some 25 words, and in a mask of 64 bits nearly every claim would pass for one holding a
/// pair's first word.
const MASK_WORDS: usize = 16;

/// False when no word of `words` is the first of any of `pairs`: one pass over the words
/// against a mask of the first words' ids (each id one of `64 * MASK_WORDS` bits), where
/// looking each pair's first word up would walk the words once a pair. True says only that
/// one may be.
fn may_hold_any(words: &[Word], pairs: &[(u32, u32)]) -> bool {
    let slot = |id: u32| {
        let bit = id as usize % (64 * MASK_WORDS);
        (bit / 64, 1u64 << (bit % 64))
    };
    let mut mask = [0u64; MASK_WORDS];
    for &(x, _) in pairs {
        let (at, bit) = slot(x);
        mask[at] |= bit;
    }
    words.iter().any(|w| {
        let (at, bit) = slot(w.id);
        mask[at] & bit != 0
    })
}

/// The pairs of opposite words of the rules as ids of `vocabulary`, in the order the check
/// tries them (group by group, each word against each other word of its group); a word no
/// claim of the batch has is in neither claim, and its pairs are left out.
pub fn pairs(rules: &RuleSet, vocabulary: &Vocabulary) -> Vec<(u32, u32)> {
    let mut out = Vec::new();
    for group in &rules.antonyms {
        let ids: Vec<Option<u32>> = group
            .iter()
            .map(|w| vocabulary.get(&w.to_lowercase()))
            .collect();
        for &x in &ids {
            for &y in &ids {
                if let (Some(x), Some(y)) = (x, y)
                    && x != y
                {
                    out.push((x, y));
                }
            }
        }
    }
    out
}

/// Two outlets report the same statement of one speaker with opposite words (pairs from
/// the `[[antonyms]]` rules: closer/further, agreed/rejected).
impl super::Contradiction for Antonym {
    fn kind(&self) -> ContradictionKind {
        ContradictionKind::Antonym
    }

    fn rule(&self) -> &'static Rule {
        &RULE
    }

    fn check(&self, pair: &Pair<'_>) -> Vec<Finding> {
        let ctx = pair.ctx;
        if !(pair.link.same_speaker && pair.link.similarity >= SAME_STATEMENT) {
            return Vec::new();
        }
        let (wa, wb) = (
            &ctx.profile(pair.a).reading.words,
            &ctx.profile(pair.b).reading.words,
        );
        if !may_hold_any(wa, &ctx.antonyms) {
            return Vec::new();
        }
        for &(x, y) in &ctx.antonyms {
            let (Some(hit_a), Some(hit_b)) = (find(wa, x), find(wb, y)) else {
                continue;
            };
            // Both words in both claims: no swap.
            if find(wa, y).is_some() || find(wb, x).is_some() {
                continue;
            }
            let marked = vec![
                ctx.mark(pair.a, ctx.profile(pair.a).place(hit_a.span())),
                ctx.mark(pair.b, ctx.profile(pair.b).place(hit_b.span())),
            ];
            let message = format!(
                "{} says \"{}\" where {} says \"{}\": \"{}\" vs \"{}\"",
                ctx.who(pair.a),
                marked[0].text,
                ctx.who(pair.b),
                marked[1].text,
                super::excerpt(&ctx.claims[pair.a].content, 90),
                super::excerpt(&ctx.claims[pair.b].content, 90),
            );
            return vec![pair.finding(self.kind(), &RULE, message, marked)];
        }
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use crate::check::contradictions_in;

    #[test]
    fn a_claim_without_a_first_word_of_a_pair_is_passed_over() {
        use super::may_hold_any;
        use crate::graph::Word;
        let words = |ids: &[u32]| -> Vec<Word> {
            ids.iter()
                .map(|&id| Word::new(id, crate::article::Span::new(0, 1), true, false))
                .collect()
        };
        let pairs = [(3, 70), (70, 3)];
        assert!(may_hold_any(&words(&[1, 3, 9]), &pairs));
        assert!(may_hold_any(&words(&[70]), &pairs));
        assert!(!may_hold_any(&words(&[1, 2, 9, 67, 134]), &pairs));
        assert!(!may_hold_any(&words(&[]), &pairs));
        assert!(!may_hold_any(&words(&[3]), &[]));
    }

    #[test]
    fn growing_and_shrinking_contradict() {
        let found = contradictions_in(&[
            (
                "One",
                "2026-05-02",
                "Police said the crowd outside the court was growing by the hour on Friday.",
            ),
            (
                "Two",
                "2026-05-02",
                "Police said the crowd outside the court was shrinking by the hour on Friday.",
            ),
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1, ["growing", "shrinking"]);
    }

    #[test]
    fn agreed_and_rejected_contradict() {
        let found = contradictions_in(&[
            (
                "One",
                "2016-02-21",
                "Lavrov said the Syrian government agreed the terms of the truce in Geneva.",
            ),
            (
                "Two",
                "2016-02-21",
                "Lavrov said the Syrian government rejected the terms of the truce in Geneva.",
            ),
        ]);
        assert_eq!(
            found,
            [(
                "antonym".to_string(),
                vec!["agreed".to_string(), "rejected".to_string()]
            )]
        );
    }
}
