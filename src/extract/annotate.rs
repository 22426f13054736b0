//! Makes a `Claim` from the token ranges a reader found (kind, speaker, cue, quote) and
//! annotates it with its hedges, negation (of its content and of its cue), modality, figures and days.

use crate::article::Span;
use crate::text::{Quotation, Token};

use super::sentence::SentenceCtx;
use super::{Claim, ClaimKind, Cue, Extractor, Quote, Speaker, dates};

impl Extractor<'_> {
    /// Direct when `content` is one quotation or lies inside one, partial when it holds
    /// quoted words, indirect otherwise.
    pub(super) fn kind_for(&self, ctx: &SentenceCtx<'_>, content: Span) -> ClaimKind {
        let inside: Vec<&Quotation> = ctx
            .quotations
            .iter()
            .filter(|q| content.contains(q.inner) || q.inner.contains(content))
            .collect();
        match inside.as_slice() {
            [] => ClaimKind::Indirect,
            [q] if q.inner.contains(content) || q.inner == content => ClaimKind::Direct,
            _ => ClaimKind::Partial,
        }
    }

    /// A claim found through a cue of one modality ("seems", "asks", "found", "believes"):
    /// its kind follows from the quotation marks around `content`, as for any claim.
    pub(super) fn claim_with_modality(
        &self,
        ctx: &SentenceCtx<'_>,
        modality: &str,
        speaker: Option<(usize, usize)>,
        cue: Span,
        content: Span,
        span: Span,
    ) -> Claim {
        let kind = self.kind_for(ctx, content);
        let mut claim = self.claim(ctx, kind, speaker, cue, content, span);
        claim.modality = modality.to_string();
        claim
    }

    /// A claim of `kind` with the speaker at tokens `speaker`, the cue and the content at
    /// their spans, over `span` (widened to take in the content); its quote is the quotation
    /// the content overlaps. Annotations are left to [`Extractor::annotate`].
    pub(super) fn claim(
        &self,
        ctx: &SentenceCtx<'_>,
        kind: ClaimKind,
        speaker: Option<(usize, usize)>,
        cue: Span,
        content: Span,
        span: Span,
    ) -> Claim {
        let text = ctx.text;
        let quote = ctx
            .quotations
            .iter()
            .find(|q| content.overlaps(q.inner))
            .map(|q| {
                let span = if kind == ClaimKind::Direct {
                    content
                } else {
                    q.inner
                };
                Quote {
                    text: span.of(text).to_string(),
                    span,
                }
            });
        Claim {
            id: String::new(),
            article: ctx.article.id.clone(),
            kind,
            speaker: speaker
                .map(|(s, e)| Speaker::written(text, without_contraction(text, ctx.span(s, e)))),
            cue: Some(Cue {
                text: cue.of(text).to_string(),
                span: cue,
            }),
            via: None,
            hedged: false,
            negated: false,
            cue_negation: None,
            modality: super::cues::SAID.to_string(),
            modal: None,
            content: content.of(text).to_string(),
            quote,
            span: Span::new(span.start.min(content.start), span.end.max(content.end)),
            content_span: content,
            parts: Vec::new(),
            sentence: ctx.sentence.span,
            numbers: Vec::new(),
            dates: Vec::new(),
            entities: Vec::new(),
        }
    }

    /// Hedges, negation, modality, figures and days.
    pub(super) fn annotate(&self, ctx: &SentenceCtx<'_>, claim: &mut Claim) {
        let text = ctx.text;
        // Only the tokens around the claim are read: a sentence may hold thousands of claims.
        let window = token_window(ctx.tokens, claim.span, WINDOW_MARGIN);
        let whole = window.start == 0 && window.end == ctx.tokens.len();
        let tokens = &ctx.tokens[window.clone()];
        let lower = &ctx.lower[window];
        let mut words: Vec<(Span, &str)> = Vec::with_capacity(tokens.len());
        words.extend(
            tokens
                .iter()
                .zip(lower)
                .filter(|(t, _)| t.is_word())
                .map(|(t, w)| (t.span, *w)),
        );
        let in_attribution =
            |span: Span| claim.span.contains(span) && !claim.content_span.contains(span);
        let in_content = |span: Span| claim.content_span.contains(span);
        // Hedges are looked for only where a word starts one.
        claim.hedged = words.iter().enumerate().any(|(k, &(span, w))| {
            self.hedge_starts.contains(w)
                && self.hedges.iter().any(|hedge| {
                    words.get(k..k + hedge.len()).is_some_and(|ws| {
                        !hedge.is_empty() && ws.iter().zip(hedge).all(|((_, a), b)| a == b)
                    }) && (in_attribution(span) || in_content(span) && hedge.len() == 1)
                })
        });
        claim.cue_negation = super::cue_negation::read(ctx, claim);
        claim.negated = words.iter().any(|(span, w)| {
            in_content(*span)
                && (self.rules.is_negation_lower(w) || w.ends_with("n't") || w.ends_with("n’t"))
        });
        claim.modal = words
            .iter()
            .enumerate()
            .find(|(k, (span, w))| {
                in_content(*span)
                    && matches!(*w, "could" | "may" | "might" | "would" | "should" | "can")
                    && !(*w == "may" && is_month_may(&words, *k))
            })
            .map(|(_, (_, w))| w.to_string());
        // A window over the whole sentence reads the tokens the sentence's reading read: its
        // figures are those of that reading inside the content, when the sentence was read.
        claim.numbers = ctx
            .figures
            .filter(|_| whole)
            .and_then(|figures| figures.inside(ctx.tokens, claim.content_span))
            .unwrap_or_else(|| {
                self.numbers
                    .read_lower(text, tokens, lower, claim.content_span)
            });
        claim.dates = dates::read_lower(text, tokens, lower, claim.content_span, ctx.article.date);
    }
}

/// `in May`, `since May`, `May 3`: the month, not the modal verb (a headline writes both
/// with a capital).
fn is_month_may(words: &[(Span, &str)], k: usize) -> bool {
    let before = k.checked_sub(1).and_then(|b| words.get(b)).map(|(_, w)| *w);
    let after = words.get(k + 1).map(|(_, w)| *w);
    before.is_some_and(|w| {
        matches!(
            w,
            "in" | "of"
                | "since"
                | "until"
                | "till"
                | "by"
                | "from"
                | "last"
                | "next"
                | "early"
                | "late"
                | "mid"
                | "through"
                | "before"
                | "after"
                | "during"
                | "this"
        )
    }) || after.is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
}

/// Tokens kept on either side of a claim for the readers of figures and days, which look a
/// few words beyond the content ("at least", "per cent").
const WINDOW_MARGIN: usize = 16;

/// The indices of the tokens overlapping `span`, with `margin` more on each side.
fn token_window(tokens: &[Token], span: Span, margin: usize) -> std::ops::Range<usize> {
    let first = tokens.partition_point(|t| t.span.start < span.start);
    let last = tokens.partition_point(|t| t.span.start < span.end);
    first.saturating_sub(margin)..(last + margin).min(tokens.len()).max(first)
}

/// A pronoun speaker written with a contracted verb (`I've suggested`, `we'd said`): the
/// pronoun alone.
fn without_contraction(text: &str, span: Span) -> Span {
    let written = span.of(text);
    match written.find(['\'', '’']) {
        Some(cut) if super::english::is_subject_pronoun(&written[..cut].to_lowercase()) => {
            Span::new(span.start, span.start + cut)
        }
        _ => span,
    }
}
