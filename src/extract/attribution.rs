//! The attribution around a verb cue (`Kerry said …`, `"…," said Kerry`, `…, he added`):
//! the speaker it names and the content it attributes to them.

use crate::article::Span;

use super::content::AfterAttribution;
use super::sentence::{SentenceCtx, is_mark, trim_end_punct};
use super::{Claim, ClaimKind, CueClass, Extractor, FoundCue, Relay, english};

impl Extractor<'_> {
    /// Reads the claim around one cue, or nothing when the cue does not attribute here.
    ///
    /// The attribution (speaker and cue) is found first; what was said is then either the
    /// clause before it (`"…," Kerry said.`, `…, Miliband said.`), both sides of it when it
    /// stands inside the sentence (`X, he said, Y.`), or what follows it (`Kerry said …`).
    pub(super) fn read_attribution(
        &self,
        ctx: &SentenceCtx<'_>,
        cue: FoundCue,
        next_cue: Option<usize>,
        earlier: &[Claim],
    ) -> Option<Claim> {
        let text = ctx.text;
        let tokens = ctx.tokens;
        let cue_span = ctx.span(cue.start, cue.end);
        if cue.class == CueClass::AccordingTo {
            return self.according_to(ctx, cue);
        }
        let lower = cue_span.of(text).to_lowercase();
        if cue.start > 0 && self.not_a_speech_verb(ctx, cue.start, &lower) {
            return None;
        }

        // Who is speaking: the words after the cue when it follows a comma or a quotation
        // (`…, said Kerry.`), the words before it, or, for a participle (`…, adding that`)
        // or a second verb (`… and said`), the speaker of the claim before.
        let participle =
            english::is_participle(&lower) && cue.start > 0 && ctx.tok(cue.start - 1) == ",";
        // `Said Ellis: "…"` opens the sentence with the cue.
        let opens_sentence = cue.start == 0 && ctx.tokens[0].is_capitalized(text);
        let after_break = opens_sentence
            || cue.start > 0 && (ctx.tok(cue.start - 1) == "," || is_mark(ctx.tok(cue.start - 1)));
        let inverted = if after_break && !participle {
            self.speaker_after(ctx, cue.end).filter(|&(s, e)| {
                // `said Rep. G.K. Butterfield (D-N.C.), head of …`: a parenthesis after the
                // name (party and state, an agency) ends it too.
                let ends = e >= tokens.len()
                    || ctx.quoted_at(e)
                    || matches!(ctx.tok(e), "," | "." | ";" | "?" | "!" | ":" | "(")
                    || is_mark(ctx.tok(e))
                    // `said one adviser to Bill Clinton.`, `said a strategist who …`
                    || self.modifier_follows(ctx, e);
                // `Jo-Renee Formicola, a professor, described Trump's approach …`: the
                // sentence's subject stands before the cue, and what follows is an object.
                let subject_before = self
                    .speaker_before(ctx, cue.start)
                    .is_some_and(|(b, _)| b == 0);
                let possessive = (s..e).any(|i| {
                    let w = ctx.tok(i);
                    w.ends_with("'s") || w.ends_with("’s")
                });
                // `The campaign chairman, Phil Lovas, said he cannot comment`: a pronoun
                // followed by more words opens what was said; only "…, said he." is a speaker.
                let clause = e - s > 1 && english::is_subject_pronoun(ctx.low(s));
                ends && !subject_before && !possessive && !clause
            })
        } else {
            None
        };
        // `AFP quoted Kerry as saying …`: Kerry speaks, AFP relays.
        let quoted_as = self.quoted_as_saying(ctx, cue.start, &lower);
        let speaker_range = if let Some((speaker, _)) = quoted_as {
            Some(speaker)
        } else if inverted.is_some() {
            inverted
        } else if participle {
            None
        } else {
            self.speaker_before(ctx, cue.start)
        };
        let inherited = if speaker_range.is_none() {
            earlier.last().and_then(|c| c.speaker.clone())
        } else {
            None
        };
        let speaker_range = speaker_range.or_else(|| {
            if inherited.is_some() {
                None
            } else {
                self.subject_fallback(ctx, cue.start)
            }
        });
        if speaker_range.is_none() && inherited.is_none() {
            return None;
        }

        // Where the attribution ends: after the cue, the inverted speaker, the person told
        // and adjuncts ("told reporters in Munich on Friday").
        let attribution_end = inverted.map_or(cue.end, |(_, e)| e.max(cue.end));
        let after = self.skip_adjuncts(ctx, self.skip_object(ctx, attribution_end, &lower), false);
        let lead = if inverted.is_some() {
            cue.start
        } else {
            speaker_range.map_or(cue.start, |(s, _)| s)
        };
        // Claims already read in this sentence bound the clause before.
        let floor = earlier
            .last()
            .map_or(0, |c| tokens.partition_point(|t| t.span.start < c.span.end));
        let before = self.clause_before_attribution(ctx, floor, lead);
        let rest = AfterAttribution::of(ctx, after);
        if let Some((content, quoted_clause)) = before {
            let take_before = match rest {
                AfterAttribution::End | AfterAttribution::Aside => true,
                AfterAttribution::Quote(_) | AfterAttribution::Colon => quoted_clause,
                // `"…," Kerry told reporters in a long news conference, …`.
                // When words stand before the quotation (`On this weekend’s broadcast of
                // "Fox News Sunday," Pence said his …`), the quotation is a title or an
                // aside, and the clause after the cue is what was said.
                AfterAttribution::Clause => {
                    let opens_with_quote = ctx.quotations.iter().any(|q| q.inner == content);
                    quoted_clause && opens_with_quote && !english::is_complementizer(ctx.low(after))
                }
            };
            if take_before && !(participle && inherited.is_some()) {
                let mut content = content;
                let mut end = ctx.span(lead, after).end.max(cue_span.end);
                match rest {
                    // `"…," he said of Trump, "…"`: the quotation goes on.
                    AfterAttribution::Quote(q) => {
                        content = Span::new(content.start, q.inner.end);
                        end = q.outer.end;
                    }
                    // `A wall would not only …, she said, but also …`: the attribution
                    // stands inside what was said.
                    AfterAttribution::Aside if !quoted_clause && inverted.is_none() => {
                        let stop = self.content_end(ctx, after + 1, next_cue);
                        let tail = trim_end_punct(text, ctx.span(after + 1, stop));
                        if !tail.is_empty()
                            && !self.opens_new_claim(ctx, after + 1)
                            && !english::is_preposition(ctx.low(after + 1))
                        {
                            content = Span::new(content.start, tail.end);
                            end = tail.end;
                        }
                    }
                    _ => {}
                }
                let kind = if quoted_clause && ctx.quotations.iter().any(|q| q.inner == content) {
                    ClaimKind::Direct
                } else {
                    self.kind_for(ctx, content)
                };
                // The attribution starts at the opening quotation mark, if there is one.
                let start = ctx
                    .quotations
                    .iter()
                    .find(|q| q.inner.start == content.start)
                    .map_or(content.start, |q| q.outer.start);
                let span = trim_end_punct(text, Span::new(start, end));
                let mut claim = self.claim(ctx, kind, speaker_range, cue_span, content, span);
                if speaker_range.is_none() {
                    claim.speaker = inherited;
                }
                return Some(claim);
            }
        }

        // What follows the cue: a quotation (`Kerry said: "…"`) or a clause.
        if inverted.is_some() && !opens_sentence {
            return None;
        }
        let object_skipped = self.skip_object(ctx, attribution_end, &lower);
        let mut start = self.skip_adjuncts(ctx, object_skipped, true);
        if start >= tokens.len() {
            return None;
        }
        let mut has_that = false;
        if english::is_complementizer(ctx.low(start)) {
            has_that = true;
            start += 1;
        }
        while start < tokens.len() && matches!(ctx.tok(start), ":" | ",") {
            start += 1;
        }
        if start >= tokens.len() {
            return None;
        }
        let starts_quote = ctx.quotations.iter().find(|q| {
            q.outer.start <= tokens[start].span.start && tokens[start].span.start <= q.inner.start
        });
        // "Kerry believes he can …": a clause opened by a subject pronoun needs no "that".
        let pronoun_clause = ctx.tokens[start].is_word()
            && english::is_subject_pronoun(
                ctx.tok(start)
                    .split(['\'', '’'])
                    .next()
                    .unwrap_or("")
                    .to_lowercase()
                    .as_str(),
            );
        if cue.class == CueClass::NeedsThat
            && !has_that
            && starts_quote.is_none()
            && !pronoun_clause
        {
            return None;
        }
        // `A merger announced Monday would …`: a participle after a noun, not a cue.
        let first = ctx.low(start);
        if starts_quote.is_none()
            && english::is_auxiliary(first)
            && lower.ends_with("ed")
            && !has_that
        {
            return None;
        }
        let mut end_tok = self.content_end(ctx, start, next_cue);
        // `While Turkey said they could …, both nations have …`: a subordinate attribution
        // ends at the comma that closes it.
        let lead = speaker_range.map_or(cue.start, |(s, _)| s);
        if lead > 0 && english::subordinates(ctx.low(lead - 1)) {
            end_tok = (start + 1..end_tok)
                .find(|&i| ctx.tok(i) == "," && !ctx.quoted_at(i))
                .unwrap_or(end_tok);
        }
        let mut content = trim_end_punct(text, ctx.span(start, end_tok));
        // `Sanders said, "We'll see," when asked …`: a quotation that opens the content and
        // ends on a stop or comma is what was said.
        if let Some(q) = starts_quote
            && (q.outer.end >= content.end
                || q.inner.end >= content.end
                || q.closed && q.inner.of(text).ends_with([',', '.', '?', '!']))
        {
            content = q.inner;
        }
        // `did not say when`, `said basically`, `said with logic`: a lone function word or
        // adverb says nothing.
        let said = content.of(text);
        let first_word = said.split_whitespace().next().unwrap_or("").to_lowercase();
        let short = said.split_whitespace().count() <= 2 && starts_quote.is_none();
        if !said.chars().any(char::is_alphanumeric)
            || !said.contains(' ') && english::ends_speaker(&said.to_lowercase())
            || short
                && (english::is_preposition(&first_word)
                    || first_word.ends_with("ly")
                    || matches!(first_word.as_str(), "enough" | "so" | "too" | "again"))
        {
            return None;
        }
        let kind = if starts_quote.is_some_and(|q| q.inner == content) {
            ClaimKind::Direct
        } else {
            self.kind_for(ctx, content)
        };
        let span_start = quoted_as
            .and_then(|(_, relay)| relay)
            .or(speaker_range)
            .map_or(cue_span.start, |(s, _)| tokens[s].span.start);
        let span = Span::new(span_start, content.end.max(cue_span.end));
        let mut claim = self.claim(ctx, kind, speaker_range, cue_span, content, span);
        if speaker_range.is_none() {
            claim.speaker = inherited;
        }
        if let Some((_, Some((s, e)))) = quoted_as {
            let span = ctx.span(s, e);
            claim.via = Some(Relay {
                text: span.of(text).to_string(),
                span,
            });
        }
        Some(claim)
    }
}
