//! A view told as an object and what it is held to be, with no verb between (a small
//! clause): `critics consider the plan a waste of money`, `she considers him a friend`,
//! `few voters consider Clinton honest`. Verbs of view attribute only a clause; this shape
//! is one, without a "that" or an "as": the object and what it is held to be.

use super::sentence::SentenceCtx;
use super::{Extractor, english};

/// Longest noun phrase taken for the object, in words.
const OBJECT_WORDS: usize = 5;

impl Extractor<'_> {
    /// Whether, after `cue_word`, a form of "consider" or "deem", an object and what it is
    /// held to be open at token `start`: an object pronoun, a name or a short noun phrase
    /// opened by a determiner, then a noun phrase opened by "a" or "an" (`the plan a waste`,
    /// `him a friend`); or a pronoun or a name, then one word that is no preposition,
    /// determiner, verb or conjunction and ends the clause (`Clinton honest`).
    pub(super) fn object_then_complement(
        &self,
        ctx: &SentenceCtx<'_>,
        start: usize,
        cue_word: &str,
    ) -> bool {
        if !(cue_word.starts_with("consider") || cue_word.starts_with("deem")) {
            return false;
        }
        let Some(first) = ctx.tokens.get(start) else {
            return false;
        };
        if !first.is_word() || ctx.quoted_at(start) {
            return false;
        }
        let lower = ctx.low(start);
        let named = first.is_capitalized(ctx.text);
        // Where the object ends: after its pronoun, its name, or a few plain words after a
        // determiner (the complement's "a" ends those).
        let object_end = if english::is_object_pronoun(lower) {
            start + 1
        } else if named {
            // `Bank of America`: a joining word only between two capitalized ones.
            let capital = |i: usize| {
                ctx.tokens
                    .get(i)
                    .is_some_and(|t| t.is_word() && t.is_capitalized(ctx.text))
                    && !ctx.quoted_at(i)
            };
            (start..ctx.tokens.len())
                .take_while(|&i| capital(i) || english::is_name_glue(ctx.low(i)) && capital(i + 1))
                .last()
                .map_or(start, |i| i + 1)
        } else if english::is_determiner(lower) && !english::is_pronoun(lower) {
            let Some(a) = (start + 1..ctx.tokens.len().min(start + OBJECT_WORDS))
                .take_while(|&i| {
                    ctx.tokens[i].is_word()
                        && !ctx.quoted_at(i)
                        && !english::is_finite_verb(ctx.low(i))
                        && !english::is_preposition(ctx.low(i))
                        && !matches!(ctx.low(i), "and" | "or" | "who" | "which" | "that")
                })
                .find(|&i| matches!(ctx.low(i), "a" | "an"))
            else {
                return false;
            };
            return a > start + 1 && self.complement_noun_at(ctx, a + 1);
        } else {
            return false;
        };
        if object_end <= start || object_end >= ctx.tokens.len() {
            return false;
        }
        let next = ctx.low(object_end);
        if matches!(next, "a" | "an") {
            return self.complement_noun_at(ctx, object_end + 1);
        }
        // `consider Clinton honest`: one word of quality, then the clause ends.
        let ends = ctx
            .tokens
            .get(object_end + 1)
            .is_none_or(|t| !t.is_word() && !ctx.quoted_at(object_end + 1))
            || matches!(ctx.low(object_end + 1), "and" | "but" | "because")
                && !named_or_pronoun_after(ctx, object_end + 2);
        ctx.tokens[object_end].is_word()
            && !ctx.quoted_at(object_end)
            && !ctx.tokens[object_end].is_capitalized(ctx.text)
            && next.len() > 2
            && next.chars().all(char::is_alphabetic)
            && !next.ends_with("ly")
            && !next.ends_with("ing")
            && !english::is_preposition(next)
            && !english::is_determiner(next)
            && !english::is_time_word(next)
            && !english::is_finite_verb(next)
            && !english::is_complementizer(next)
            && !english::subordinates(next)
            && !matches!(
                next,
                "and" | "or" | "but" | "as" | "to" | "too" | "again" | "later"
            )
            && ends
    }

    /// Whether a plain word, the head of a noun phrase after "a" or "an", stands at token `i`
    /// (`a mistake`, `an immigrant`, `a realistic option`).
    fn complement_noun_at(&self, ctx: &SentenceCtx<'_>, i: usize) -> bool {
        ctx.tokens.get(i).is_some_and(|t| t.is_word())
            && !ctx.quoted_at(i)
            && !english::is_preposition(ctx.low(i))
            && !english::is_auxiliary(ctx.low(i))
    }
}

/// Whether a pronoun or a capitalized word stands at token `i`: after "and" it opens a new
/// clause (`considers Ruiz honest and he says so`) rather than more of the complement.
fn named_or_pronoun_after(ctx: &SentenceCtx<'_>, i: usize) -> bool {
    ctx.tokens
        .get(i)
        .is_some_and(|t| t.is_capitalized(ctx.text) || english::is_pronoun(ctx.low(i)))
}

#[cfg(test)]
mod tests {
    use crate::extract::test_text::speakers_contents_and_kinds as claims;

    #[test]
    fn what_someone_is_considered_is_a_view() {
        let found = claims("The council members considered the proposal a waste of money.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "The council members");
        assert_eq!(found[0].1, "the proposal a waste of money");
        assert_eq!(found[0].2, "believes");
    }

    #[test]
    fn a_person_considered_a_quality_is_a_view() {
        let found = claims("Most voters in the district consider Ms. Ruiz trustworthy.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1, "Ms. Ruiz trustworthy");
        let found = claims("The farmer, who moved here in 1990, considers himself an outsider.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1, "himself an outsider");
    }

    #[test]
    fn considering_a_thing_is_no_view() {
        assert!(claims("The board is considering a new contract for the drivers.").is_empty());
        assert!(claims("The party considered Ruiz for the seat.").is_empty());
        assert!(claims("The judges considered the case carefully.").is_empty());
        assert!(claims("The mayor will consider the request next week.").is_empty());
    }
}
