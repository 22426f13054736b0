//! A quotation signed with a dash and a name, the way readers' and voters' comments are
//! printed (`"I hope this campaign gets people to register." ― Jorge Falcon`).

use crate::article::{Article, Span};
use crate::text::{Segmented, Sentence};

use super::sentence::{SentenceCtx, SpeakerMemo, Words};
use super::{Claim, ClaimKind, Extractor, english};

/// Most words of the name after the dash.
const NAME_WORDS: usize = 6;

impl Extractor<'_> {
    /// A sentence that is a quotation, a dash and a name (and nothing else): the name's
    /// words.
    pub(super) fn dashed_quote(
        &self,
        article: &Article,
        segmented: &Segmented,
        sentence: &Sentence,
        words: &Words,
    ) -> Option<Claim> {
        let text = article.text.as_str();
        let body = sentence.span.of(text);
        if !body.contains(['―', '—', '–']) && !body.contains("--") {
            return None;
        }
        let quotations = segmented.quotations_in(sentence.span);
        let quote = quotations.last()?;
        let before = text.get(sentence.span.start..quote.outer.start.max(sentence.span.start))?;
        if !before.trim().is_empty() || quote.inner.is_empty() || !quote.closed {
            return None;
        }
        let lower = words.lower();
        let ctx = SentenceCtx {
            text,
            article,
            sentence: *sentence,
            tokens: &words.tokens,
            lower: &lower,
            figures: words.figures.as_ref(),
            quoted: &[],
            quotations,
            cue_starts: &[],
            speakers: SpeakerMemo::default(),
        };
        let mut i = ctx
            .tokens
            .partition_point(|t| t.span.start < quote.outer.end);
        while i < ctx.tokens.len() && matches!(ctx.tok(i), "," | "." | "!" | "?") {
            i += 1;
        }
        if !matches!(ctx.tok(i), "―" | "—" | "–" | "--") {
            return None;
        }
        let dash = i;
        let start = dash + 1;
        let mut end = start;
        while end < ctx.tokens.len()
            && ctx.tokens[end].is_word()
            && (ctx.tokens[end].is_capitalized(ctx.text) || english::is_name_glue(ctx.low(end)))
        {
            end += 1;
        }
        let name = end > start
            && end - start <= NAME_WORDS
            && ctx.tokens[end..].iter().all(|t| !t.is_word());
        if !name {
            return None;
        }
        let speaker = ctx.span(start, end);
        let mut claim = self.claim(
            &ctx,
            ClaimKind::Direct,
            Some((start, end)),
            ctx.span(dash, dash + 1),
            quote.inner,
            Span::new(quote.outer.start, speaker.end),
        );
        self.annotate(&ctx, &mut claim);
        Some(claim)
    }
}
