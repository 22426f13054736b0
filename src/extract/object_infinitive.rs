//! A view or a finding about someone or something, told as an object and an infinitive:
//! `the Fed expects rates to rise`, `the study found the drug to be safe`, `voters consider
//! him to be honest`. Verbs of view and finding attribute only a clause; this shape is one,
//! without a "that": the object and what is expected, found or held of it.

use super::sentence::SentenceCtx;
use super::{Extractor, english};

impl Extractor<'_> {
    /// Whether a noun phrase of a few words and then an infinitive open at token `start`
    /// (`expects rates to rise`, `found the drug to be safe`): the object and what is
    /// expected, found or considered of it. After a verb other than "expect" the infinitive is `to be` or `to have` (`found the
    /// drug to be safe`), not one of purpose (`found a shelter to rest in`).
    pub(super) fn object_then_infinitive(
        &self,
        ctx: &SentenceCtx<'_>,
        start: usize,
        cue_word: &str,
    ) -> bool {
        let first = ctx.low(start);
        if english::is_preposition(first) || english::is_auxiliary(first) || first == "that" {
            return false;
        }
        let Some(to) = ctx.after_object(start, "to", 5, &["who", "which", "whom", "and", "or"])
        else {
            return false;
        };
        let Some(verb) = ctx.tokens.get(to + 1) else {
            return false;
        };
        let next = ctx.low(to + 1);
        (cue_word.starts_with("expect") || matches!(next, "be" | "have"))
            && verb.is_word()
            && !verb.is_capitalized(ctx.text)
            && !ctx.quoted_at(to + 1)
            && !english::is_determiner(next)
            && !english::is_preposition(next)
            && !english::is_pronoun(next)
            && !next.chars().next().is_some_and(|c| c.is_ascii_digit())
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::test_text::speakers_and_contents as claims;

    #[test]
    fn an_expectation_of_someone_is_attributed() {
        assert_eq!(
            claims("Most economists expect the central bank to raise rates again in June."),
            [(
                "Most economists".to_string(),
                "the central bank to raise rates again in June".to_string()
            )]
        );
    }

    #[test]
    fn a_finding_about_something_is_attributed() {
        let found = claims("The inspectors found the old bridge to be unsafe for heavy trucks.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1, "the old bridge to be unsafe for heavy trucks");
    }

    #[test]
    fn an_object_with_a_purpose_is_no_view() {
        assert!(claims("The hikers found a shelter to rest in.").is_empty());
        assert!(claims("The board expects a decision by the end of the month.").is_empty());
    }
}
