//! `according to X, …` and `…, according to X`: a source named after its cue.

use crate::article::Span;

use super::sentence::{SentenceCtx, trim_end_punct};
use super::{Claim, ClaimKind, Extractor, FoundCue, Quote, english};

impl Extractor<'_> {
    /// `according to X, …` or `…, according to X`.
    pub(super) fn according_to(&self, ctx: &SentenceCtx<'_>, cue: FoundCue) -> Option<Claim> {
        let tokens = ctx.tokens;
        let (s, e) = self.speaker_after(ctx, cue.end)?;
        let cue_span = ctx.span(cue.start, cue.end);
        // The source runs to the next comma: "according to a poll from X broadcast on Y,".
        let source_end = (e..tokens.len().min(e + 25))
            .find(|&i| ctx.tok(i) == "," && !ctx.quoted_at(i))
            .filter(|&i| !ctx.only_punct_from(i + 1));
        let after = source_end.map(|i| trim_end_punct(ctx.text, ctx.span(i + 1, tokens.len())));
        let leads = (0..cue.start)
            .all(|i| matches!(ctx.low(i), "but" | "and" | "yet" | "still" | "so" | "also"));
        let content = if leads {
            // Sentence-initial: what follows the comma after the source.
            after?
        } else if ctx.tok(cue.start - 1) == "," {
            let before = ctx.clause_before(cue.start - 1);
            // `One of the choices, according to a source close to it, is to …`: the
            // source stands inside what it says.
            match (after, source_end) {
                // `Since last spring, according to the union, membership has fallen`,
                // `While most were rehired, according to the mayor, nine were not`: what
                // comes before only leads into the clause after the source, which is what
                // the source says.
                (Some(rest), Some(i))
                    if leads_into_clause(ctx, cue.start - 1)
                        && !self.opens_new_claim(ctx, i + 1)
                        && !english::joins_new_clause(ctx.low(i + 1))
                        && ctx.tokens[i + 1].is_word()
                        && !ctx.quoted_at(i + 1) =>
                {
                    rest
                }
                (Some(rest), Some(i))
                    if !self.opens_new_claim(ctx, i + 1)
                        && !english::joins_new_clause(ctx.low(i + 1))
                        && !english::is_preposition(ctx.low(i + 1))
                        && ctx.tokens[i + 1].is_word()
                        && !ctx.tokens[i + 1].is_capitalized(ctx.text) =>
                {
                    Span::new(before.start, rest.end)
                }
                _ => before,
            }
        } else {
            trim_end_punct(ctx.text, ctx.span(0, cue.start))
        };
        if !content.of(ctx.text).chars().any(char::is_alphanumeric) {
            return None;
        }
        let span = Span::new(
            content.start.min(cue_span.start),
            content.end.max(ctx.span(s, e).end),
        );
        let mut claim = self.claim(
            ctx,
            ClaimKind::AccordingTo,
            Some((s, e)),
            cue_span,
            content,
            span,
        );
        if let Some(q) = ctx.quotations.iter().find(|q| q.inner == content) {
            claim.quote = Some(Quote {
                text: q.inner.of(ctx.text).to_string(),
                span: q.inner,
            });
        }
        Some(claim)
    }
}

/// Whether the words before the comma at token `comma` only lead into a clause: a short
/// phrase of time or place opened by a preposition (`Since last November`, `In Ohio`) or a
/// clause opened by a subordinating conjunction (`While most were rehired`), with no comma
/// of its own. A condition is part of what the source says (`If the levy passes, according
/// to the county, taxes will rise`): it leads into nothing.
fn leads_into_clause(ctx: &SentenceCtx<'_>, comma: usize) -> bool {
    let first = ctx.low(0);
    comma >= 2
        && !ctx.quoted_at(0)
        && (1..comma).all(|i| ctx.tok(i) != ",")
        && (english::subordinates(first) && !matches!(first, "as" | "if" | "unless")
            || english::opens_adverbial(first) && comma <= 5)
}

#[cfg(test)]
mod tests {
    use crate::extract::test_text::speakers_and_contents as claims;

    fn pair(speaker: &str, content: &str) -> Vec<(String, String)> {
        vec![(speaker.to_string(), content.to_string())]
    }

    #[test]
    fn a_lead_of_time_or_a_subordinate_clause_before_the_source_is_not_what_it_says() {
        assert_eq!(
            claims("Since last spring, according to the union, membership has fallen by a third."),
            pair("the union", "membership has fallen by a third")
        );
        assert_eq!(
            claims(
                "While most of the crews were rehired, according to the mayor, nine drivers were \
                 not."
            ),
            pair("the mayor", "nine drivers were not")
        );
    }

    #[test]
    fn a_condition_before_the_source_is_part_of_what_it_says() {
        assert_eq!(
            claims("If the levy passes, according to the county, taxes will rise."),
            pair(
                "the county",
                "If the levy passes, according to the county, taxes will rise"
            )
        );
    }
}
