//! `In the mayor's view, the levy will fail.`, `In the opinion of most economists, …`: a view
//! told by a phrase that opens the sentence, "In", a holder written with a possessive (or
//! after "of") and a noun of view, then a comma. The holder believes the clause after the
//! comma. The nouns are the rules' `nouns` of the `believes` kind (`view`, `opinion`,
//! `belief`…), so a desk adds its own there; the noun is the claim's cue.

use crate::article::Span;

use super::attitude_noun::{is_possessive, strip_possessive};
use super::sentence::{SentenceCtx, trim_end_punct};
use super::{Claim, Extractor, english};

/// The kind of claim a noun must mark to tell a view here.
const BELIEVES: &str = "believes";

/// Most words of a holder written after "of" (`the opinion of the county's lawyers`).
const MAX_HOLDER: usize = 8;

/// Fewest words the clause after the comma holds.
const MIN_CONTENT: usize = 4;

impl Extractor<'_> {
    /// The view of a sentence that opens with `In <holder>'s <noun>,` or `In the <noun> of
    /// <holder>,` (after an optional `But`, `And`, `Yet`): the holder is the speaker and the
    /// clause after the comma the content. `None` when the noun is no noun of view, the
    /// holder is no source, or fewer than four words follow.
    pub(super) fn in_view(&self, ctx: &SentenceCtx<'_>) -> Option<Claim> {
        let lead = usize::from(matches!(ctx.low(0), "but" | "and" | "yet"));
        if ctx.low(lead) != "in" || ctx.quoted_at(lead) {
            return None;
        }
        let (holder, noun, comma) = self
            .possessed_view(ctx, lead + 1)
            .or_else(|| self.view_of(ctx, lead + 1))?;
        let start = comma + 1;
        let end = self.content_end(ctx, start, None);
        let content = trim_end_punct(ctx.text, ctx.span(start, end));
        if content.of(ctx.text).split_whitespace().count() < MIN_CONTENT {
            return None;
        }
        let cue = ctx.span(noun, noun + 1);
        let span = trim_end_punct(ctx.text, ctx.span(lead, end));
        let mut claim = self.claim_with_modality(ctx, BELIEVES, Some(holder), cue, content, span);
        // The holder is named without its possessive (`the mayor`, not `the mayor's`).
        if let Some(speaker) = claim.speaker.as_mut()
            && let Some(written) = speaker.span
        {
            let bare = strip_possessive(written.of(ctx.text));
            if bare.is_empty() {
                return None;
            }
            speaker.text = bare.to_string();
            speaker.span = Some(Span::new(written.start, written.start + bare.len()));
        }
        Some(claim)
    }

    /// `his view,`, `the mayor's own view,`, `Ruiz's considered opinion,` from token
    /// `first`: the holder (its possessive kept), the noun and the comma after it.
    fn possessed_view(
        &self,
        ctx: &SentenceCtx<'_>,
        first: usize,
    ) -> Option<((usize, usize), usize, usize)> {
        // The possessive ends the holder, a few words at most from "In".
        let owner = (first..ctx.tokens.len().min(first + MAX_HOLDER)).find(|&i| {
            let lower = ctx.low(i);
            matches!(lower, "his" | "her" | "their") || is_possessive(lower)
        })?;
        if (first..owner).any(|i| !ctx.tokens[i].is_word() || ctx.quoted_at(i)) {
            return None;
        }
        // One modifier at most between the possessive and the noun (`own`, `considered`).
        let noun = (owner + 1..ctx.tokens.len().min(owner + 3))
            .find(|&i| ctx.tok(i + 1) == ",")
            .filter(|&i| (owner + 1..=i).all(|k| ctx.tokens[k].is_word() && !ctx.quoted_at(k)))?;
        if !self.is_view_noun(ctx.low(noun)) {
            return None;
        }
        let holder = (first, owner + 1);
        self.holds_views(ctx, holder)
            .then_some((holder, noun, noun + 1))
    }

    /// `the view of most economists,`, `the opinion of the county's lawyers,` from token
    /// `first`: the holder, the noun and the comma after the holder.
    fn view_of(
        &self,
        ctx: &SentenceCtx<'_>,
        first: usize,
    ) -> Option<((usize, usize), usize, usize)> {
        let noun = first + 1;
        if ctx.low(first) != "the" || ctx.low(noun + 1) != "of" || !self.is_view_noun(ctx.low(noun))
        {
            return None;
        }
        let from = noun + 2;
        let comma = (from..ctx.tokens.len().min(from + MAX_HOLDER + 1))
            .find(|&i| !ctx.tokens[i].is_word() || ctx.quoted_at(i))?;
        if ctx.tok(comma) != "," || comma == from {
            return None;
        }
        let holder = (from, comma);
        self.holds_views(ctx, holder)
            .then_some((holder, noun, comma))
    }

    /// Whether `lower` is a noun of the rules' `believes` kind.
    fn is_view_noun(&self, lower: &str) -> bool {
        self.cues
            .noun_kind(lower)
            .is_some_and(|k| self.cues.kind_name(k) == BELIEVES)
    }

    /// Whether the words `[s, e)` name someone who can hold a view: "his", "her", "their",
    /// or a source (`the mayor's`, `most economists`), never a day (`In Monday's view`).
    fn holds_views(&self, ctx: &SentenceCtx<'_>, (s, e): (usize, usize)) -> bool {
        let written = strip_possessive(ctx.span(s, e).of(ctx.text));
        let last = written.rsplit(' ').next().unwrap_or("").to_lowercase();
        if e == s + 1 && matches!(ctx.low(s), "his" | "her" | "their") {
            return true;
        }
        !english::is_time_word(&last) && super::source::mention_is_source(written, &self.cues)
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::test_text::claims_of;

    /// (speaker as written, cue, modality, content) of each claim of `text`.
    fn views(text: &str) -> Vec<(String, String, String, String)> {
        claims_of(text)
            .into_iter()
            .map(|c| {
                (
                    c.speaker.map(|s| s.text).unwrap_or_default(),
                    c.cue.map(|c| c.text).unwrap_or_default(),
                    c.modality,
                    c.content,
                )
            })
            .collect()
    }

    fn view(speaker: &str, cue: &str, content: &str) -> (String, String, String, String) {
        (
            speaker.to_string(),
            cue.to_string(),
            "believes".to_string(),
            content.to_string(),
        )
    }

    #[test]
    fn a_view_opening_the_sentence_is_its_holders() {
        assert_eq!(
            views("In the harbour master's view, the new pier will never pay for itself."),
            [view(
                "the harbour master",
                "view",
                "the new pier will never pay for itself"
            )]
        );
        assert_eq!(
            views("But in her own view, the ferry timetable needs a full rewrite."),
            [view(
                "her",
                "view",
                "the ferry timetable needs a full rewrite"
            )]
        );
        assert_eq!(
            views("In the opinion of most local bakers, flour prices will keep climbing."),
            [view(
                "most local bakers",
                "opinion",
                "flour prices will keep climbing"
            )]
        );
    }

    #[test]
    fn no_view_without_a_holder_or_a_noun_of_view() {
        // A day holds no view; a plan is no noun of view; a view with no clause after it.
        assert!(views("In Monday's view, the pier looked grey and empty.").is_empty());
        assert!(
            !views("In his plan, the ferry leaves every hour from the pier.")
                .iter()
                .any(|(_, cue, _, _)| cue == "plan")
        );
        assert!(views("In her view, yes.").is_empty());
    }
}
