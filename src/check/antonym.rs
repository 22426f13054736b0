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
