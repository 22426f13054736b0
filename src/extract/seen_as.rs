//! A view told as an object and what it is seen as: `voters see Clinton as the stronger
//! candidate`, `the minister views the deal as a trap`. Verbs of view attribute only a
//! clause; this shape is one, without a "that": the object and what it is held to be.

use super::sentence::SentenceCtx;
use super::{Extractor, english};

impl Extractor<'_> {
    /// Whether, after `cue_word`, a verb of seeing or regarding (`sees`, `viewed`,
    /// `regards`, `considered`, `perceive`), a noun phrase of a few words and then `as`
    /// and what it is seen as open at token `start` (`Clinton as the stronger candidate`);
    /// not `as well`, `as long as`, or `as if`.
    pub(super) fn object_then_as(
        &self,
        ctx: &SentenceCtx<'_>,
        start: usize,
        cue_word: &str,
    ) -> bool {
        let regards = ["see", "saw", "view", "regard", "consider", "perceiv"]
            .iter()
            .any(|stem| cue_word.starts_with(stem));
        if !regards {
            return false;
        }
        let first = ctx.low(start);
        if english::is_preposition(first)
            || english::is_auxiliary(first)
            || matches!(first, "that" | "as" | "if" | "whether")
        {
            return false;
        }
        let Some(as_at) = ctx.after_object(start, "as", 9, &["who", "which", "whom", "that", "to"])
        else {
            return false;
        };
        ctx.tokens
            .get(as_at + 1)
            .is_some_and(|t| t.is_word() || ctx.quoted_at(as_at + 1))
            && !matches!(
                ctx.low(as_at + 1),
                "well" | "much" | "many" | "long" | "soon" | "if" | "though" | "far" | "part"
            )
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::test_text::speakers_contents_and_kinds as claims;

    #[test]
    fn what_someone_is_seen_as_is_a_view() {
        let found = claims("Many farmers see the new levy as a threat to their livelihood.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "Many farmers");
        assert_eq!(found[0].1, "the new levy as a threat to their livelihood");
        assert_eq!(found[0].2, "believes");
    }

    #[test]
    fn what_a_minister_views_as_a_trap_is_a_view() {
        let found = claims("The finance minister viewed the offer as a trap.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1, "the offer as a trap");
    }

    #[test]
    fn seeing_a_thing_is_no_view() {
        assert!(claims("The hikers saw a bear near the river.").is_empty());
        assert!(claims("The children saw the parade as well.").is_empty());
    }
}
