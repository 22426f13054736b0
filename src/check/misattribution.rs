//! Misattributions: the same quotation put in the mouths of two different named speakers.

use crate::check::{ContradictionKind, Finding, Pair, Rule};
use crate::rules::Severity;

/// One quotation, two speakers.
pub struct Misattribution;

/// The record of `misattribution`.
pub const RULE: Rule = Rule {
    id: "misattribution",
    name: "Misattribution",
    severity: Severity::Error,
    summary: "Outlets put the same quote in different speakers' mouths.",
    help: "Find out who said it and correct the attribution.",
};

/// Shared run of quoted words, as a share of the shorter quotation, that makes two
/// quotations one.
const SAME_QUOTE: f64 = 0.8;
/// Content words the shared run must hold: short phrases ("terrorists") are quoted by many.
const MIN_WORDS: usize = 5;

/// Two outlets carry the same quotation but give it to different named speakers.
impl super::Contradiction for Misattribution {
    fn kind(&self) -> ContradictionKind {
        ContradictionKind::Misattribution
    }

    fn rule(&self) -> &'static Rule {
        &RULE
    }

    fn check(&self, pair: &Pair<'_>) -> Vec<Finding> {
        let ctx = pair.ctx;
        let (pa, pb) = (ctx.profile(pair.a), ctx.profile(pair.b));
        let (Some(sa), Some(sb)) = (&pa.speaker, &pb.speaker) else {
            return Vec::new();
        };
        if sa == sb
            || !pa.named_speaker
            || !pb.named_speaker
            || pair.link.quote_run < MIN_WORDS
            || pair.link.quote_overlap < SAME_QUOTE
        {
            return Vec::new();
        }
        let (a, b) = (pair.claim_a(), pair.claim_b());
        let (Some(speaker_a), Some(speaker_b)) = (&a.speaker, &b.speaker) else {
            return Vec::new();
        };
        let mut marked = Vec::new();
        for (i, s) in [(pair.a, speaker_a), (pair.b, speaker_b)] {
            if let Some(span) = s.span {
                marked.push(ctx.mark(i, span));
            }
        }
        let quote = a
            .quote
            .as_ref()
            .map_or(a.content.as_str(), |q| q.text.as_str());
        let message = format!(
            "the same quotation \"{}\" is given to {} by {} and to {} by {}",
            super::excerpt(quote, 80),
            speaker_a.text,
            ctx.source(pair.a),
            speaker_b.text,
            ctx.source(pair.b),
        );
        vec![pair.finding(self.kind(), &RULE, message, marked)]
    }
}

#[cfg(test)]
mod tests {
    use crate::check::contradictions_in;

    #[test]
    fn one_quote_two_named_speakers() {
        let found = contradictions_in(&[
            (
                "One",
                "2016-02-21",
                "\"We are giving life to what was promised in Munich,\" Kerry told reporters.",
            ),
            (
                "Two",
                "2016-02-21",
                "\"We are giving life to what was promised in Munich,\" Lavrov told reporters.",
            ),
        ]);
        assert_eq!(
            found,
            [(
                "misattribution".to_string(),
                vec!["Kerry".to_string(), "Lavrov".to_string()]
            )]
        );
    }

    #[test]
    fn a_short_shared_phrase_is_no_misattribution() {
        let found = contradictions_in(&[
            ("One", "2016-02-21", "\"Terrorists must go,\" Kerry said."),
            ("Two", "2016-02-21", "\"Terrorists must go,\" Lavrov said."),
        ]);
        assert!(found.is_empty(), "{found:?}");
    }
}
