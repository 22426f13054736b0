//! What the reporter passes on from others without naming them: `The agency is reportedly
//! preparing a recall`, `the hackers have reportedly reached 100 accounts`, `the clerk
//! allegedly took bribes`. An adverb of hearsay inside the clause says the words are someone
//! else's: a claim with no speaker, whose content is the whole clause, of the kind `said`
//! (hedged, as the adverb makes it).

use super::appearance::clause_start;
use super::sentence::{SentenceCtx, trim_end_punct};
use super::{Claim, Extractor, english};

/// The kind of claim a clause told on hearsay is.
const SAID: &str = "said";

/// Adverbs that tell the clause comes from unnamed others. Not "apparently", which tells the
/// reporter's own impression.
fn hearsay_adverb(lower: &str) -> bool {
    matches!(
        lower,
        "reportedly" | "allegedly" | "purportedly" | "supposedly"
    )
}

impl Extractor<'_> {
    /// The clause told on hearsay whose adverb is token `i`, if it is one: from the clause's
    /// subject (after the last comma, conjunction or "that" before it) to where the content
    /// ends. `None` for a quoted adverb, an adverb that opens its clause (`Reportedly, …`:
    /// no subject before it) or is set off by commas, an adverb inside a phrase after a
    /// preposition (`fired for reportedly lying`), a clause whose subject stands before a
    /// conjunction (`… and was reportedly wary`), and a clause of fewer than four words.
    pub(super) fn hearsay(&self, ctx: &SentenceCtx<'_>, i: usize) -> Option<Claim> {
        if !hearsay_adverb(ctx.low(i)) || ctx.quoted_at(i) {
            return None;
        }
        let n = ctx.tokens.len();
        if i == 0 || i + 1 >= n || !ctx.tokens[i + 1].is_word() || !ctx.tokens[i - 1].is_word() {
            return None;
        }
        // `The senator, who faces a runoff, reportedly met …`: the subject may stand before
        // an aside set off by commas.
        let start = clause_start(ctx, i)?;
        // `was fired for reportedly lying`: the hearsay is only the deed after the
        // preposition, not the clause around it. `… and was reportedly wary`: the clause's
        // subject stands before the conjunction, with another verb.
        let first = ctx.low(start);
        if english::is_preposition(ctx.low(i - 1))
            || english::is_auxiliary(first)
            || english::is_finite_verb(first)
        {
            return None;
        }
        let end = self.content_end(ctx, i + 1, None);
        let content = trim_end_punct(ctx.text, ctx.span(start, end));
        if content.of(ctx.text).split_whitespace().count() < 4 {
            return None;
        }
        let cue = ctx.span(i, i + 1);
        Some(self.claim_with_modality(ctx, SAID, None, cue, content, content))
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::test_text::claims_of;

    /// (speaker as written, cue, content, modality, hedged) of each claim of `text`.
    fn read(text: &str) -> Vec<(String, String, String, String, bool)> {
        claims_of(text)
            .into_iter()
            .filter(|c| c.kind != crate::extract::ClaimKind::Assertion)
            .map(|c| {
                (
                    c.speaker.map(|s| s.text).unwrap_or_default(),
                    c.cue.map(|q| q.text).unwrap_or_default(),
                    c.content,
                    c.modality,
                    c.hedged,
                )
            })
            .collect()
    }

    #[test]
    fn a_clause_told_reportedly_is_a_hedged_claim_without_a_speaker() {
        let claims = read("The port authority is reportedly closing the east dock for repairs.");
        assert_eq!(
            claims,
            vec![(
                String::new(),
                "reportedly".to_string(),
                "The port authority is reportedly closing the east dock for repairs".to_string(),
                "said".to_string(),
                true
            )]
        );
    }

    #[test]
    fn allegedly_tells_whose_words_are_passed_on_too() {
        let claims = read("The county clerk allegedly took bribes from two builders.");
        assert_eq!(claims.len(), 1, "{claims:?}");
        assert_eq!(
            claims[0].2,
            "The county clerk allegedly took bribes from two builders"
        );
        assert!(claims[0].4);
    }

    #[test]
    fn a_named_source_keeps_the_claim() {
        // The hedge weakens what the union said; it makes no second claim.
        let claims = read("The union reportedly said that the strike would end on Friday.");
        assert_eq!(claims.len(), 1, "{claims:?}");
        assert_eq!(claims[0].0, "The union");
        assert_eq!(claims[0].2, "the strike would end on Friday");
    }

    #[test]
    fn hearsay_inside_a_phrase_or_without_its_subject_makes_no_claim() {
        // Only the lying is hearsay, not the firing.
        assert!(
            read("The clerk was dismissed last spring for reportedly lying to auditors.")
                .is_empty()
        );
        assert!(
            read("The envoy arrived late and was reportedly wary of a meeting with the rebels.")
                .is_empty()
        );
    }

    #[test]
    fn an_adverb_that_opens_the_sentence_or_a_short_clause_makes_no_claim() {
        assert!(read("Reportedly, the ferry will stop running.").is_empty());
        assert!(read("He reportedly left.").is_empty());
    }
}
