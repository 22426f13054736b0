//! A view told by a phrase set off by commas: `In the mayor's view, the bridge is safe`,
//! `The bridge, in the mayor's view, is safe`, `The bridge is safe, in the mayor's view.`
//! The possessor holds the view and the clause around the phrase is what is held: a claim
//! of the kind `believes`, with the noun (one of that kind's `nouns` in the rules) as its
//! cue.

use crate::article::Span;

use super::attitude_noun::{possessive_before, possessor_start};
use super::sentence::{SentenceCtx, trim_end_punct};
use super::{Claim, Extractor};

/// The kind of claim a view told this way is.
const BELIEVES: &str = "believes";

/// Fewest words the clause held holds.
const MIN_CONTENT: usize = 3;

impl Extractor<'_> {
    /// The claim of the view whose noun stands at token `i`, when "in" and a possessive
    /// stand before the noun and a comma or the sentence's end after it; `None` otherwise.
    pub(super) fn in_view(&self, ctx: &SentenceCtx<'_>, i: usize) -> Option<Claim> {
        // Only a comma or the sentence's end closes the phrase: every other token is turned
        // away by the token after it, before its own is looked up among the nouns.
        let comma = ctx.tok(i + 1) == ",";
        if !(comma || ctx.only_punct_from(i + 1))
            || ctx.quoted_at(i)
            || !ctx.tokens.get(i)?.is_word()
        {
            return None;
        }
        let kind = self.cues.noun_kind(ctx.low(i))?;
        if self.cues.kind_name(kind) != BELIEVES {
            return None;
        }
        let owner = possessive_before(ctx, i)?;
        let start = possessor_start(ctx, owner);
        let open = start.checked_sub(1)?;
        if ctx.low(open) != "in" || ctx.quoted_at(open) {
            return None;
        }
        let front = (0..open).all(|k| matches!(ctx.low(k), "but" | "and" | "yet" | "so" | "still"));
        let after_comma = open > 0 && ctx.tok(open - 1) == "," && !ctx.quoted_at(open - 1);
        let after = || {
            let end = self.content_end(ctx, i + 2, None);
            (end > i + 2).then(|| ctx.span(i + 2, end))
        };
        let content = if front && comma {
            // `In the mayor's view, the bridge is safe.`
            after()?
        } else if after_comma && ctx.only_punct_from(i + 1) {
            // `The bridge is safe, in the mayor's view.`
            ctx.clause_before(open - 1)
        } else if after_comma && comma {
            // `The bridge, in the mayor's view, is safe.`
            let before = ctx.clause_before(open - 1);
            Span::new(before.start, after()?.end)
        } else {
            return None;
        };
        let content = trim_end_punct(ctx.text, content);
        if content.of(ctx.text).split_whitespace().count() < MIN_CONTENT {
            return None;
        }
        let cue = ctx.span(i, i + 1);
        let phrase = ctx.span(open, i + 1);
        let span = Span::new(content.start.min(phrase.start), content.end.max(phrase.end));
        let claim =
            self.claim_with_modality(ctx, BELIEVES, Some((start, owner + 1)), cue, content, span);
        self.held_by_possessor(ctx, claim)
    }
}
