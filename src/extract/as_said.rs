//! `As the Post reported Friday, the inspector issued subpoenas.`: an attribution in a
//! clause opened by "as", whose content is the main clause after its comma.

use super::sentence::{SentenceCtx, trim_end_punct};
use super::{Claim, Extractor, FoundCue, english};

/// Most tokens between the cue and the comma that closes the "as" clause (`as the Post
/// reported just today,`).
const AS_REACH: usize = 8;

impl Extractor<'_> {
    /// The claim of `As <speaker> <cue> …, <content>`, when the cue at `cue` stands so.
    pub(super) fn as_said(
        &self,
        ctx: &SentenceCtx<'_>,
        cue: FoundCue,
        next_cue: Option<usize>,
    ) -> Option<Claim> {
        let (s, e) = self.speaker_before(ctx, cue.start)?;
        let opens = s >= 1
            && ctx.low(s - 1) == "as"
            && (s == 1 || matches!(ctx.low(s - 2), "," | "and" | "but" | "just"));
        if !opens {
            return None;
        }
        let comma = (cue.end..ctx.tokens.len().min(cue.end + AS_REACH))
            .find(|&i| ctx.tok(i) == ",")
            .filter(|&i| (cue.end..i).all(|k| !ctx.quoted_at(k) && ctx.tokens[k].is_word()))?;
        // `As Ruiz talked about lowering rents, Ortiz said …`: a cue with
        // an object of its own says what it is about, and the main clause is another's. Only
        // when, where, how and to whom may stand between the cue and the comma.
        if !self.only_circumstance(ctx, cue, comma) {
            return None;
        }
        let start = comma + 1;
        if start >= ctx.tokens.len() {
            return None;
        }
        let end = self.content_end(ctx, start, next_cue.filter(|&n| n > start));
        let content = trim_end_punct(ctx.text, ctx.span(start, end));
        if content.of(ctx.text).split_whitespace().count() < 3 {
            return None;
        }
        let kind = self.kind_for(ctx, content);
        let span = ctx.span(s - 1, end);
        Some(self.claim(
            ctx,
            kind,
            Some((s, e)),
            ctx.span(cue.start, cue.end),
            content,
            span,
        ))
    }

    /// Whether the words from the cue to the comma at `comma` tell only when, where, how or
    /// to whom it was said (`reported on Tuesday`, `told reporters`, `first reported`,
    /// `said in a statement`), not what it was said of.
    fn only_circumstance(&self, ctx: &SentenceCtx<'_>, cue: FoundCue, comma: usize) -> bool {
        let mut i = self.skip_object(ctx, cue.end, ctx.low(cue.end - 1));
        loop {
            i = self.skip_adjuncts(ctx, i, false);
            if i >= comma {
                return i == comma;
            }
            let word = ctx.low(i);
            if !(english::is_verb_adverb(word)
                || matches!(word, "just" | "first" | "again" | "above" | "below"))
            {
                return false;
            }
            i += 1;
        }
    }
}
