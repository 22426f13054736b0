//! A cue inside a relative clause whose subject is the gap of the clause the cue attributes:
//! `a bill which he believes will pass`, `the gift she knew would please him`. What the
//! speaker holds is the verb phrase right after the cue (`will pass`), whose subject is the
//! noun the relative clause is about; no "that" and no subject of its own stand there.

use super::sentence::SentenceCtx;
use super::{CueClass, FoundCue, english};

/// Whether the cue `cue`, whose speaker `speaker` stands right before it (adverbs between,
/// `many economists still believe`), opens such a gap: the speaker follows a relative
/// pronoun (`which`, `that`, `who`, `whom`) or, in a clause without one, is a pronoun after
/// a noun (`the gift she knew`); and a verb with no subject of its own follows the cue
/// (`will`, `was`, `defied`). After a verb that also takes an object (`held`, `saw`, `knew`:
/// those attributing only before "that") the verb must be a modal: `the office he held was
/// in Maryland` has the noun for the cue's object and "was" for the sentence's verb.
pub(super) fn subject_gap(
    ctx: &SentenceCtx<'_>,
    speaker: Option<(usize, usize)>,
    cue: FoundCue,
) -> bool {
    let Some((s, e)) = speaker else {
        return false;
    };
    if s == 0 || e > cue.start || cue.end >= ctx.tokens.len() {
        return false;
    }
    let adverbs = (e..cue.start).all(|i| {
        english::between_speaker_and_cue(ctx.low(i)) || english::is_verb_adverb(ctx.low(i))
    });
    let before = s - 1;
    if !adverbs || !ctx.tokens[before].is_word() || ctx.quoted_at(before) {
        return false;
    }
    let lead = ctx.low(before);
    let relative = matches!(lead, "which" | "that" | "who" | "whom");
    // `the gift she knew would …`: a pronoun right after a noun.
    let contact = e == s + 1
        && matches!(ctx.low(s), "he" | "she" | "they" | "we" | "i" | "you")
        && !english::is_pronoun(lead)
        && !english::is_determiner(lead)
        && !english::is_preposition(lead)
        && !english::is_complementizer(lead)
        && !english::is_finite_verb(lead)
        && !english::is_auxiliary(lead)
        && !english::is_participle(lead)
        && !english::subordinates(lead)
        && !matches!(lead, "and" | "or" | "but" | "than" | "as" | "so");
    let next = ctx.low(cue.end);
    (relative || contact)
        && ctx.tokens[cue.end].is_word()
        && !ctx.quoted_at(cue.end)
        && if cue.class == CueClass::NeedsThat {
            english::is_modal(next)
        } else {
            english::is_auxiliary(next) || english::is_finite_verb(next)
        }
}

#[cfg(test)]
mod tests {
    use super::super::test_text::speakers_contents_and_kinds;

    fn one(text: &str) -> Vec<(String, String, String)> {
        speakers_contents_and_kinds(text)
    }

    #[test]
    fn a_view_about_the_noun_of_a_relative_clause_is_the_verb_after_the_cue() {
        let claims = one("The council passed a budget which the mayor believes will cut 40 jobs.");
        assert!(
            claims
                .iter()
                .any(|(s, c, k)| s == "the mayor" && c == "will cut 40 jobs" && k == "believes"),
            "{claims:?}"
        );
        let claims =
            one("The sales tax, which many economists feared would slow growth, passed in May.");
        assert!(
            claims
                .iter()
                .any(|(s, c, _)| s == "many economists" && c == "would slow growth"),
            "{claims:?}"
        );
    }

    #[test]
    fn a_pronoun_after_a_noun_opens_the_gap_too() {
        let claims = one("She bought the old house she knew would please her mother.");
        assert!(
            claims
                .iter()
                .any(|(s, c, _)| s == "she" && c == "would please her mother"),
            "{claims:?}"
        );
    }

    #[test]
    fn a_noun_in_the_plural_or_a_participle_after_a_noun_is_no_gap() {
        // `beliefs`, `hopes` as nouns and a participle after a noun stay no claims.
        for text in [
            "Democratic hopes will fade if the turnout drops.",
            "A merger announced Monday would create the largest bank in the state.",
            "The mayor said the budget cuts would hurt schools.",
            "The highest office he has held was a seat on the county council.",
        ] {
            let claims = one(text);
            assert!(
                !claims.iter().any(|(_, c, _)| c.starts_with("will fade")
                    || c.starts_with("was a seat")
                    || c.starts_with("would create")
                    || c.starts_with("would hurt")),
                "{text}: {claims:?}"
            );
        }
    }
}
