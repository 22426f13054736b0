//! A verb of saying that carries no words: `responded by cutting rates`, `reported from
//! Oakland`, `said during the hearing`, and an "add" that adds a thing (`the plant added 300
//! jobs`, `Ruiz added another seat to her lead`, `adding to her lead`). What was said after
//! such a verb is a clause or a quotation; a phrase opened by a preposition of means, place
//! or time tells how, where or when one spoke, and after "add" a phrase without a verb is
//! what was put with something else. Neither is a claim. What one responds to, comments on
//! or weighs in with (`did not respond to a request for comment`) is left a claim: it names
//! what the speaker was asked about. A cue joined by "and" or "or" to another deed (`they
//! chanted and waved flags`) carries no words either: what follows is the other deed.

use super::attribution::reads_as_verb;
use super::cues::SAID;
use super::sentence::SentenceCtx;
use super::{Claim, ClaimKind, english};

/// Whether `claim`, read in the sentence `ctx`, carries no words: reported speech of the
/// kind `said` that quotes nothing, whose content after the cue holds no clause and opens
/// with a preposition of means, place or time, or follows a form of "add".
pub(super) fn carries_no_words(ctx: &SentenceCtx<'_>, claim: &Claim) -> bool {
    let Some(cue) = claim.cue.as_ref() else {
        return false;
    };
    if joined_verb(ctx, claim, cue.span.end) {
        return true;
    }
    if claim.modality != SAID
        || claim.kind != ClaimKind::Indirect
        || claim.quote.is_some()
        || claim.content_span.start < cue.span.end
    {
        return false;
    }
    let Some((start, end)) = ctx.tokens_within(claim.content_span) else {
        return false;
    };
    if start >= end || !holds_no_clause(ctx, start, end) {
        return false;
    }
    let how_where_or_when = matches!(
        ctx.low(start),
        "by" | "from" | "during" | "at" | "in" | "into" | "through" | "after"
    );
    let adds = cue.text.split_whitespace().any(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "add" | "adds" | "added" | "adding"
        )
    });
    how_where_or_when || adds
}

/// Whether the content right after the cue opens with "and" or "or" and quotes nothing:
/// `they chanted and waved flags`, `she shouted and raised a sign`. The cue is one verb of
/// two joined, done without words; what follows is the other deed, not what was said.
fn joined_verb(ctx: &SentenceCtx<'_>, claim: &Claim, cue_end: usize) -> bool {
    if claim.quote.is_some() || claim.content_span.start < cue_end {
        return false;
    }
    let Some((start, end)) = ctx.tokens_within(claim.content_span) else {
        return false;
    };
    let between = ctx
        .text
        .get(cue_end..claim.content_span.start)
        .unwrap_or("x");
    start < end && between.trim().is_empty() && matches!(ctx.low(start), "and" | "or")
}

/// Whether the tokens `[start, end)` hold no clause: no quoted word, no "that", "whether"
/// or "if", no subject pronoun, modal or form of "be", and no word that reads as a verb.
fn holds_no_clause(ctx: &SentenceCtx<'_>, start: usize, end: usize) -> bool {
    (start..end).all(|i| {
        let w = ctx.low(i);
        !ctx.quoted_at(i)
            && !english::is_complementizer(w)
            && !english::is_subject_pronoun(w)
            && !english::is_modal(w)
            && !english::is_be_form(w)
            && !reads_as_verb(ctx, start, i)
    })
}

#[cfg(test)]
mod tests {
    use crate::extract::ClaimKind;
    use crate::extract::test_text::claims_of;

    /// The content of each attributed claim of `text` (the outlet's own assertions of a
    /// figure left out: `The plant added 300 jobs` is the wire's own statement).
    fn contents(text: &str) -> Vec<String> {
        claims_of(text)
            .into_iter()
            .filter(|c| c.kind != ClaimKind::Assertion)
            .map(|c| c.content)
            .collect()
    }

    #[test]
    fn jobs_and_seats_added_are_no_claims() {
        assert!(contents("The plant added 300 jobs in March.").is_empty());
        assert!(contents("Ruiz added another seat to her lead on Tuesday.").is_empty());
    }

    #[test]
    fn adding_to_a_lead_is_no_claim() {
        assert!(
            contents(
                "Ruiz won the county by nine points, adding to her lead in the delegate count."
            )
            .iter()
            .all(|content| !content.starts_with("to her lead"))
        );
    }

    #[test]
    fn how_where_and_when_one_spoke_is_no_claim() {
        assert!(contents("The bank responded by cutting its rates.").is_empty());
        assert!(contents("Lena Ortiz reported from Valparaiso.").is_empty());
        assert!(contents("The minister wrote during the flight home.").is_empty());
    }

    #[test]
    fn a_verb_joined_to_another_deed_carries_no_words() {
        assert!(contents("The marchers chanted and waved red banners.").is_empty());
        assert!(contents("One woman yelled and held up a hand-painted sign.").is_empty());
        assert_eq!(
            contents("The marchers chanted that the border must open."),
            ["the border must open"]
        );
    }

    #[test]
    fn what_one_responds_to_stays_a_claim() {
        assert_eq!(
            contents("The mayor's office did not respond to a request for comment."),
            ["to a request for comment"]
        );
    }

    #[test]
    fn words_said_stay_claims() {
        assert_eq!(
            contents("The mayor added that the count would be finished by Friday."),
            ["the count would be finished by Friday"]
        );
        assert_eq!(
            contents("Ruiz added the county wants a recount."),
            ["the county wants a recount"]
        );
        assert_eq!(
            contents("The council responded that the budget was balanced."),
            ["the budget was balanced"]
        );
        assert_eq!(
            contents("The rebels claimed to have taken the airport."),
            ["to have taken the airport"]
        );
    }
}
