//! Relays: the outlet or agency that passed a claim on (`AFP quoted Kerry as saying`,
//! `…, Reuters reported`).

use super::content::AfterAttribution;
use super::sentence::SentenceCtx;
use super::{Claim, Extractor, FoundCue, Relay, english};

/// At most this many words of a speaker stand before the mention read back from "as
/// saying" (`quoted the head of the crisis centre in Bandar Abbas as saying`).
const MAX_SPEAKER_WORDS: usize = 8;

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
        if first > 0 && english::relays_quote(ctx.low(first - 1)) {
            return Some((speaker, self.speaker_before(ctx, first - 1)));
        }
        // `quoted the flood office in the district of Varna as saying`: a mention
        // read back only to its last name; the relay verb stands a few words before it.
        if apposed {
            return None;
        }
        let relay = (first.saturating_sub(MAX_SPEAKER_WORDS)..first)
            .rev()
            .take_while(|&k| {
                ctx.tokens[k].is_word()
                    && !ctx.quoted_at(k)
                    && (english::relays_quote(ctx.low(k)) || !english::is_finite_verb(ctx.low(k)))
            })
            .find(|&k| english::relays_quote(ctx.low(k)))?;
        if relay + 1 >= first {
            return None;
        }
        // `Harbour chief Tomas Lind was quoted by TT as saying`: the passive puts the
        // speaker before "was" and the relay after "by".
        if ctx.low(relay + 1) == "by" {
            if relay == 0 || !english::is_be_form(ctx.low(relay - 1)) || relay + 2 >= e {
                return None;
            }
            let speaker = self.speaker_before(ctx, relay - 1)?;
            return Some((speaker, Some((relay + 2, e))));
        }
        // The speaker is the noun before a place or time ("the flood office" of "… in
        // the district of Varna"), as a mention is read anywhere else.
        let end = (relay + 2..e)
            .find(|&k| matches!(ctx.low(k), "in" | "at" | "from" | "on" | "near"))
            .unwrap_or(e);
        Some(((relay + 1, end), self.speaker_before(ctx, relay)))
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
