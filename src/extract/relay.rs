//! Relays: the outlet or agency that passed a claim on (`AFP quoted Kerry as saying`,
//! `…, Reuters reported`).

use super::content::AfterAttribution;
use super::sentence::SentenceCtx;
use super::{Claim, Extractor, FoundCue, Relay, english};

impl Extractor<'_> {
    /// `AFP quoted Kerry as saying`: the speaker (Kerry) and the relay (AFP) when the
    /// cue at token `cue` is the `saying` of that pattern.
    #[allow(clippy::type_complexity)]
    pub(super) fn quoted_as_saying(
        &self,
        ctx: &SentenceCtx<'_>,
        cue: usize,
        lower: &str,
    ) -> Option<((usize, usize), Option<(usize, usize)>)> {
        if lower != "saying" || cue < 3 || !ctx.tok(cue - 1).eq_ignore_ascii_case("as") {
            return None;
        }
        // `quoted the head of the zone, Ali Rezapour, as saying` and `quoted Ali Rezapour, a
        // port official, as saying`: of a name and its description set off by commas, the
        // name speaks; the verb stands before the first.
        let apposed = ctx.tok(cue - 2) == ",";
        let (s, e) = self.mention_ending_at(ctx, if apposed { cue - 2 } else { cue - 1 })?;
        let (first, speaker) = if apposed {
            if s < 2 || ctx.tok(s - 1) != "," {
                return None;
            }
            let before = self.mention_ending_at(ctx, s - 1)?;
            let described = !ctx.tokens[s].is_capitalized(ctx.text);
            (before.0, if described { before } else { (s, e) })
        } else {
            (s, (s, e))
        };
        if first == 0 || !english::relays_quote(ctx.low(first - 1)) {
            return None;
        }
        Some((speaker, self.speaker_before(ctx, first - 1)))
    }

    /// `Kerry said …, Reuters reported.`: the outlet named after the claim before, as its
    /// relay (text and span), when the cue at `cue` closes the sentence that way.
    pub(super) fn reported_relay(
        &self,
        ctx: &SentenceCtx<'_>,
        cue: FoundCue,
        prev: &Claim,
    ) -> Option<Relay> {
        let lower = ctx.low(cue.start);
        if !matches!(lower, "reported" | "reports" | "reporting") {
            return None;
        }
        let (s, e) = self.speaker_before(ctx, cue.start)?;
        let follows = s > 0
            && ctx.tok(s - 1) == ","
            && ctx.tokens[s - 1].span.start <= prev.span.end + 2
            && ctx.tokens[s - 1].span.start >= prev.content_span.end;
        let closes = matches!(AfterAttribution::of(ctx, cue.end), AfterAttribution::End);
        (follows && closes).then(|| {
            let span = ctx.span(s, e);
            Relay {
                text: span.of(ctx.text).to_string(),
                span: ctx.span(s, cue.end),
            }
        })
    }
}
