//! Headlines: a title written as the article's first line, in title case, attributes with
//! capitalised cues (`Mayor Says Library Will Open Its Doors in June`, `Ryan Calls
//! for Unity`, `Trade Deal Is Dead, Senator Says`, `Poll: Clinton Leads in Ohio`).
//!
//! The speaker is the name before the cue (or after it, closing the headline), whole, or
//! nobody when it is a pronoun (`He Says …` names no one): never a fragment of a longer
//! phrase.

use crate::article::{Article, Span};
use crate::text::{Segmented, Sentence};
use crate::words::without_possessive;

use super::cues::SAID;
use super::sentence::{SentenceCtx, SpeakerMemo, Words, trim_end_punct};
use super::{Claim, ClaimKind, Extractor, english};

/// Most words a headline's speaker has.
const SPEAKER_WORDS: usize = 6;

impl Extractor<'_> {
    /// The claim of a title-case headline opening the article, if it attributes.
    pub(super) fn headline(
        &self,
        article: &Article,
        segmented: &Segmented,
        sentence: &Sentence,
        words: &Words,
    ) -> Option<Claim> {
        let text = article.text.as_str();
        let first = segmented
            .paragraphs
            .iter()
            .position(|p| !p.of(text).trim().is_empty())?;
        let paragraph = segmented.paragraphs[first];
        if sentence.paragraph != first
            || sentence.span.start != paragraph.start
            || sentence.span.end < paragraph.of(text).trim_end().len() + paragraph.start
        {
            return None;
        }
        let tokens = &words.tokens;
        if !title_case(text, tokens) {
            return None;
        }
        let lower = words.lower();
        let quotations = segmented.quotations_in(sentence.span);
        let quoted: Vec<bool> = tokens
            .iter()
            .map(|t| quotations.iter().any(|q| q.inner.contains(t.span)))
            .collect();
        let ctx = SentenceCtx {
            text,
            article,
            sentence: *sentence,
            tokens,
            lower: &lower,
            figures: words.figures.as_ref(),
            quoted: &quoted,
            quotations,
            cue_starts: &[],
            speakers: SpeakerMemo::default(),
        };
        let (speaker, cue, content, kind) = self.headline_parts(&ctx)?;
        let content_span = trim_end_punct(text, content);
        if !content_span.of(text).chars().any(char::is_alphanumeric) {
            return None;
        }
        let claim_kind = if quotations.iter().any(|q| q.inner == content_span) {
            ClaimKind::Direct
        } else {
            self.kind_for(&ctx, content_span)
        };
        let cue_span = ctx.span(cue.0, cue.1);
        let span = trim_end_punct(text, sentence.span);
        let mut claim = self.claim(&ctx, claim_kind, speaker, cue_span, content_span, span);
        claim.modality = kind;
        self.annotate(&ctx, &mut claim);
        Some(claim)
    }

    /// Speaker tokens (none for a pronoun), cue tokens, content span and kind of claim of a
    /// headline: `X: Y`, `X Says Y`, or `Y, X Says`.
    #[allow(clippy::type_complexity)]
    fn headline_parts(
        &self,
        ctx: &SentenceCtx<'_>,
    ) -> Option<(Option<(usize, usize)>, (usize, usize), Span, String)> {
        let n = ctx.tokens.len();
        let end = Span::new(ctx.sentence.span.end, ctx.sentence.span.end);
        // `Poll: Clinton Leads in Ohio`.
        if let Some(colon) = (1..n.min(SPEAKER_WORDS + 1)).find(|&i| ctx.tok(i) == ":")
            && self.headline_speaker(ctx, 0, colon)
            && !is_label(ctx, colon)
        {
            let content = Span::new(ctx.tokens.get(colon + 1)?.span.start, end.end);
            return Some((
                Some((0, colon)),
                (colon, colon + 1),
                content,
                SAID.to_string(),
            ));
        }
        for (start, stop, kind) in self.cues.find_in_headline(ctx) {
            // `Obama Says Museum Will Tell of …`; `Mayor Finally Says …`: an adverb before
            // the cue is no part of the speaker.
            let mut name_end = start;
            while name_end > 1 && is_plain_adverb(ctx.low(name_end - 1)) {
                name_end -= 1;
            }
            if start > 0
                && start <= SPEAKER_WORDS
                && stop < n
                && self.headline_speaker(ctx, 0, name_end)
            {
                let content = Span::new(ctx.tokens[stop].span.start, end.end);
                let speaker = (!is_pronoun_alone(ctx, 0, name_end)).then_some((0, name_end));
                return Some((speaker, (start, stop), content, kind));
            }
            // `Trade Deal Is Dead, Senator Says`.
            let closes = ctx.tokens[stop..].iter().all(|t| !t.is_word());
            if closes
                && let Some(comma) = (0..start).rev().find(|&i| ctx.tok(i) == ",")
                && comma > 0
                && start - comma - 1 <= SPEAKER_WORDS
                && self.headline_speaker(ctx, comma + 1, start)
            {
                let content = ctx.span(0, comma);
                let speaker =
                    (!is_pronoun_alone(ctx, comma + 1, start)).then_some((comma + 1, start));
                return Some((speaker, (start, stop), content, kind));
            }
        }
        None
    }

    /// Whether tokens `[s, e)` of a headline name a speaker: one to six capitalised words (or
    /// a pronoun) with nothing but name glue between them, no cue and no quotation.
    fn headline_speaker(&self, ctx: &SentenceCtx<'_>, s: usize, e: usize) -> bool {
        e > s
            && e - s <= SPEAKER_WORDS
            && (s..e).all(|i| {
                let t = &ctx.tokens[i];
                let lower = ctx.low(i);
                !ctx.quoted_at(i)
                    && t.is_word()
                    && (i == s || !english::ends_speaker(lower) || english::is_name_glue(lower))
                    && (t.is_capitalized(ctx.text) || english::is_name_glue(lower))
                    && !(i > s && self.cues.contains_key(lower))
            })
            && !english::is_name_glue(ctx.low(e - 1))
            // A possessive (`Trump's Support Grows`) modifies the noun after it.
            && !english::ends_in_possessive(ctx.tok(e - 1))
            && !(s..e).any(|i| is_plain_adverb(ctx.low(i)) || is_day(ctx.low(i)))
            && (is_pronoun_alone(ctx, s, e) || !english::ends_speaker(ctx.low(s)))
    }
}

/// Whether a headline word is a day, possessive or not (`Tuesday's Morning Email:`, a
/// column's name): no part of a speaker.
fn is_day(lower: &str) -> bool {
    crate::date::Weekday::from_name(without_possessive(lower)).is_some()
}

/// Whether a headline word is an adverb rather than part of a name: a word in -ly with an
/// adverb's ending (`Finally`, `Quietly`, `Reportedly`; not `Kelly` or `Connolly`), or an
/// adverb of time (`Just`, `Now`, `Again`).
fn is_plain_adverb(lower: &str) -> bool {
    const ENDINGS: [&str; 12] = [
        "ally", "ously", "ently", "antly", "ately", "edly", "ively", "fully", "ingly", "ctly",
        "ckly", "etly",
    ];
    lower.len() >= 5 && ENDINGS.iter().any(|ending| lower.ends_with(ending))
        || matches!(
            lower,
            "just" | "now" | "again" | "already" | "still" | "also" | "never"
        )
}

/// Whether the words before a headline's colon (token `colon`) are a label rather than a
/// speaker: an article opening them (`The Latest:`, `A Curious Plan:`), a form of "be"
/// among them (`Fix Is In:`), or one word in -ed (`Revealed:`). (A day among them,
/// `Tuesday's Morning Email:`, is no speaker either: see [`is_day`].)
fn is_label(ctx: &SentenceCtx<'_>, colon: usize) -> bool {
    matches!(ctx.low(0), "the" | "a" | "an")
        || (1..colon).any(|i| english::is_be_form(without_possessive(ctx.low(i))))
        || colon == 1 && ctx.low(0).len() > 4 && ctx.low(0).ends_with("ed")
}

/// Whether tokens `[s, e)` are one personal pronoun (`He Says …`).
fn is_pronoun_alone(ctx: &SentenceCtx<'_>, s: usize, e: usize) -> bool {
    e == s + 1 && english::is_pronoun(ctx.low(s))
}

/// Whether a line is written in title case (or capitals): most of its longer words start
/// with a capital, and there are several of them.
fn title_case(text: &str, tokens: &[crate::text::Token]) -> bool {
    let long: Vec<&crate::text::Token> = tokens
        .iter()
        .filter(|t| t.is_word() && t.text(text).chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .collect();
    let capital = long.iter().filter(|t| t.is_capitalized(text)).count();
    long.len() >= 3 && capital * 10 >= long.len() * 7
}
