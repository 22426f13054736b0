//! Quotations without a cue of their own: a quotation that goes on after its attribution
//! (`"…," he said. "…"`, and `"…," he said. Now, "…"`, a sentence of the same paragraph
//! that is mostly quotation), one that runs over several paragraphs (a paragraph left open,
//! the next one opening with a quotation mark), and a floating quotation (a paragraph that
//! is only a quotation, after a paragraph where someone spoke).
//!
//! A quotation that goes on grows the claim it continues, whose `parts` then list each
//! quoted piece; a floating one is the last speaker's (the speaker's span points at the
//! mention it was resolved from), or nobody's when the paragraphs before name no speaker.

use crate::article::{Article, Span};
use crate::text::{Quotation, Segmented, Sentence};

use super::cues::SAID;
use super::sentence::{SentenceCtx, SpeakerMemo, Words};
use super::{Claim, ClaimKind, Cue, Extractor, Quote, Speaker};

/// Who spoke last: the speaker of the latest attributed claim, with the paragraph it was in.
#[derive(Debug, Clone)]
pub(super) struct LastSpeaker {
    pub(super) paragraph: usize,
    pub(super) speaker: Speaker,
    pub(super) cue: Option<Cue>,
}

impl LastSpeaker {
    /// The speaker of the last claim of `claims` that names one as written (a mention, not an
    /// outlet), in paragraph `paragraph`. A relative "who" or "which" that speaks in a
    /// sentence where someone else is named speaking is passed over: in `"…," said Ross,
    /// who wrote a book on it. "…"` the quotation goes on with Ross.
    pub(super) fn of(claims: &[Claim], paragraph: usize) -> Option<LastSpeaker> {
        let relative = |s: &Speaker| {
            ["who", "which"]
                .iter()
                .any(|r| s.text.eq_ignore_ascii_case(r))
        };
        let named_in = |sentence: Span| {
            claims.iter().any(|o| {
                o.sentence == sentence
                    && o.speaker
                        .as_ref()
                        .is_some_and(|s| s.span.is_some() && !relative(s))
            })
        };
        claims
            .iter()
            .rev()
            .filter(|c| c.kind != ClaimKind::Assertion)
            .find_map(|c| {
                let speaker = c
                    .speaker
                    .as_ref()
                    .filter(|s| s.span.is_some())
                    .filter(|s| !relative(s) || !named_in(c.sentence))?;
                Some(LastSpeaker {
                    paragraph,
                    speaker: speaker.clone(),
                    cue: c.cue.clone(),
                })
            })
    }
}

/// How a sentence that is only or mostly quotation is read for its claim's annotations: no
/// cue starts in it and no token is quoted but inside its quotations.
fn quotation_ctx<'a>(
    article: &'a Article,
    sentence: &Sentence,
    words: &'a Words,
    lower: &'a [&'a str],
    quotations: &'a [Quotation],
) -> SentenceCtx<'a> {
    SentenceCtx {
        text: article.text.as_str(),
        article,
        sentence: *sentence,
        tokens: &words.tokens,
        lower,
        figures: words.figures.as_ref(),
        quoted: &[],
        quotations,
        cue_starts: &[],
        speakers: SpeakerMemo::default(),
    }
}

impl Extractor<'_> {
    /// A sentence that is only a quotation, as a direct claim: the last speaker's when they
    /// spoke in this paragraph, or in the one before and the quotation opens its own;
    /// nobody's when the quotation opens its paragraph and no one spoke just before; `None`
    /// for other sentences.
    ///
    /// A sentence that is mostly quotation, with a few words of the reporter's around it
    /// (`Now, "…"`, `Unless rivals quit, "…"`), is read only as more of `prev`, the claim
    /// before, when it goes on that claim's quote: its quoted pieces are the claim's parts.
    pub(super) fn continued_quote(
        &self,
        article: &Article,
        segmented: &Segmented,
        sentence: &Sentence,
        words: &Words,
        last: Option<&LastSpeaker>,
        prev: Option<&Claim>,
    ) -> Option<Claim> {
        let text = article.text.as_str();
        let Some(quote) = only_quotation(text, segmented, sentence) else {
            return self.mostly_quoted(article, segmented, sentence, words, last, prev?);
        };
        let opens_paragraph = segmented
            .paragraphs
            .get(sentence.paragraph)
            .is_some_and(|p| text[p.start..quote.outer.start].trim().is_empty());
        // The speaker of this paragraph goes on; one of the paragraph before only into a
        // paragraph that is all quotation (a sentence after words no one was found to say
        // is nobody's to give).
        let recent = last.filter(|l| {
            l.paragraph == sentence.paragraph
                || opens_paragraph && sentence.paragraph == l.paragraph + 1
        });
        if recent.is_none() && !opens_paragraph {
            return None;
        }
        // `"Nobody knows, Kerry said. “When …`: a quotation left open over an attribution
        // of its own lost its closing mark; it continues no one's quote.
        let lower = words.lower();
        let attributed_inside = (2..words.tokens.len()).any(|i| {
            words.tokens[i - 2].text(text) == ","
                && words.tokens[i - 1].is_capitalized(text)
                && self.cues.contains_key(lower[i])
        });
        if !quote.closed && attributed_inside {
            return None;
        }
        let quotations = segmented.quotations_in(sentence.span);
        let ctx = quotation_ctx(article, sentence, words, &lower, quotations);
        let mut claim = Claim {
            id: String::new(),
            article: article.id.clone(),
            kind: ClaimKind::Direct,
            speaker: recent.map(|l| Speaker {
                entity: None,
                ..l.speaker.clone()
            }),
            cue: recent.and_then(|l| l.cue.clone()),
            via: None,
            hedged: false,
            negated: false,
            cue_negation: None,
            modality: SAID.to_string(),
            modal: None,
            content: quote.inner.of(text).to_string(),
            quote: Some(Quote {
                text: quote.inner.of(text).to_string(),
                span: quote.inner,
            }),
            span: quote.outer,
            content_span: quote.inner,
            parts: Vec::new(),
            sentence: sentence.span,
            numbers: Vec::new(),
            dates: Vec::new(),
            entities: Vec::new(),
        };
        self.annotate(&ctx, &mut claim);
        Some(claim)
    }
}

impl Extractor<'_> {
    /// A sentence of the paragraph where `last` spoke, right after the sentence of `prev`,
    /// that is mostly quotation (`Now, "…"`, `"…" and his team "…"`), as more of `prev`'s
    /// quote: a direct claim whose parts
    /// are the quoted pieces, the reporter's words left out. `None` when the words outside
    /// the quotation marks are more than a few or hold a cue, or when the claim would not
    /// go on `prev`'s quote.
    fn mostly_quoted(
        &self,
        article: &Article,
        segmented: &Segmented,
        sentence: &Sentence,
        words: &Words,
        last: Option<&LastSpeaker>,
        prev: &Claim,
    ) -> Option<Claim> {
        let text = article.text.as_str();
        let last = last.filter(|l| l.paragraph == sentence.paragraph)?;
        // Right after the sentence of `prev`: a sentence of the reporter's between the two
        // (`"…," she said. The files were seized in May. As for the mayor, "…"`) may turn
        // to another occasion, and the pieces would read as one quotation.
        let adjacent = text
            .get(prev.sentence.end..sentence.span.start)
            .is_some_and(|gap| gap.trim().is_empty());
        if !adjacent {
            return None;
        }
        let quotations = segmented.quotations_in(sentence.span);
        let inside = |q: &Quotation| {
            q.closed
                && !q.inner.is_empty()
                && sentence.span.start <= q.outer.start
                && q.outer.end <= sentence.span.end
        };
        if quotations.is_empty() || !quotations.iter().all(inside) {
            return None;
        }
        let lower = words.lower();
        let (mut quoted, mut outside) = (0, 0);
        for (i, token) in words.tokens.iter().enumerate() {
            if !token.is_word() {
                continue;
            }
            if quotations.iter().any(|q| q.inner.contains(token.span)) {
                quoted += 1;
            } else if self.cues.contains_key(lower[i]) {
                return None;
            } else {
                outside += 1;
            }
        }
        if outside == 0 || outside > MAX_REPORTER_WORDS || quoted < 2 * outside {
            return None;
        }
        let (first, end) = (quotations.first()?, quotations.last()?);
        let content = Span::new(first.inner.start, end.inner.end);
        let parts: Vec<Span> = if quotations.len() > 1 {
            quotations.iter().map(|q| q.inner).collect()
        } else {
            Vec::new()
        };
        let quote_text = quotations
            .iter()
            .map(|q| q.inner.of(text))
            .collect::<Vec<_>>()
            .join(" ");
        let claim = Claim {
            id: String::new(),
            article: article.id.clone(),
            kind: ClaimKind::Direct,
            speaker: Some(Speaker {
                entity: None,
                ..last.speaker.clone()
            }),
            cue: last.cue.clone(),
            via: None,
            hedged: false,
            negated: false,
            cue_negation: None,
            modality: SAID.to_string(),
            modal: None,
            content: content.of(text).to_string(),
            quote: Some(Quote {
                text: quote_text,
                span: content,
            }),
            span: Span::new(first.outer.start, end.outer.end),
            content_span: content,
            parts,
            sentence: sentence.span,
            numbers: Vec::new(),
            dates: Vec::new(),
            entities: Vec::new(),
        };
        if !continues(text, prev, &claim) {
            return None;
        }
        let ctx = quotation_ctx(article, sentence, words, &lower, quotations);
        let mut claim = claim;
        self.annotate(&ctx, &mut claim);
        Some(claim)
    }
}

/// Most words of the reporter's in a sentence that goes on a quote with more quotation
/// (`Now, "…"`, `Unless further rivals quit the race, "…"`).
const MAX_REPORTER_WORDS: usize = 8;

/// The one quotation a sentence consists of (nothing but punctuation around it), if any.
fn only_quotation<'s>(
    text: &str,
    segmented: &'s Segmented,
    sentence: &Sentence,
) -> Option<&'s Quotation> {
    let [quote] = segmented.quotations_in(sentence.span) else {
        return None;
    };
    let alone = text[sentence.span.start..quote.outer.start.max(sentence.span.start)]
        .trim()
        .is_empty()
        && text[quote.outer.end.min(sentence.span.end)..sentence.span.end]
            .chars()
            .all(|c| !c.is_alphanumeric());
    (alone && !quote.inner.is_empty()).then_some(quote)
}

/// Whether the quotation of a continued quote `claim` is left open at its paragraph's end:
/// the quotation goes on in the next paragraph.
pub(super) fn left_open(segmented: &Segmented, claim: &Claim) -> bool {
    segmented
        .quotations_in(claim.content_span)
        .iter()
        .any(|q| q.inner == claim.content_span && !q.closed)
}

/// Whether `claim`, read from the first sentence of a paragraph, is a quotation opening
/// that paragraph: what an open quotation of the paragraph before runs on into.
pub(super) fn opens_with_quotation(text: &str, segmented: &Segmented, claim: &Claim) -> bool {
    matches!(claim.kind, ClaimKind::Direct | ClaimKind::Partial)
        && segmented
            .quotations_in(claim.content_span)
            .iter()
            .find(|q| q.inner.contains(claim.content_span) || claim.content_span.contains(q.inner))
            .is_some_and(|q| {
                segmented
                    .paragraphs
                    .get(q.paragraph)
                    .is_some_and(|p| text[p.start..q.outer.start].trim().is_empty())
            })
}

/// Most words between two quotations that still make one quote, besides the attribution
/// of the first: room for an adjunct (`"…," he said on Friday. "…"`), not for a narrative
/// aside.
const MAX_ATTRIBUTION_GAP: usize = 10;

/// Whether `next`, a continued quote, goes on the quote of `prev`, the claim before it: a
/// direct quote (or a partial one ending on its quotation) by the same speaker, with no
/// more than its attribution between the two.
pub(super) fn continues(text: &str, prev: &Claim, next: &Claim) -> bool {
    (prev.kind == ClaimKind::Direct
        || prev.kind == ClaimKind::Partial && prev.content.ends_with(['"', '”', '\'']))
        && prev.speaker.as_ref().map(|s| s.span) == next.speaker.as_ref().map(|s| s.span)
        && gap_words(text, prev, next.content_span.start) <= MAX_ATTRIBUTION_GAP
}

/// Words between the end of what `prev` says and `until`, outside `prev`'s attribution
/// (with the rest of its sentence, which tells of the speaker or the occasion: `"…," said Tom
/// Hale, a shop owner on Main Street. "…"`, `"…," she said during a visit to the plant.
/// "…"`).
fn gap_words(text: &str, prev: &Claim, until: usize) -> usize {
    let start = prev.content_span.end;
    let tail = text.get(prev.span.end..prev.sentence.end).unwrap_or("");
    let described = !tail.contains(['"', '“', '”']);
    let attribution = Span::new(
        prev.span.start,
        if described {
            prev.sentence.end
        } else {
            prev.span.end
        },
    );
    text.get(start..until.max(start)).map_or(0, |gap| {
        let mut offset = start;
        gap.split_inclusive(|c: char| !c.is_alphanumeric())
            .filter(|piece| {
                let at = offset;
                offset += piece.len();
                let word = piece.trim_end_matches(|c: char| !c.is_alphanumeric());
                !word.is_empty() && !attribution.contains(Span::new(at, at + word.len()))
            })
            .count()
    })
}

/// The quoted pieces of a claim: its parts, or its content as one piece.
fn pieces(claim: &Claim) -> Vec<Span> {
    if claim.parts.is_empty() {
        vec![claim.content_span]
    } else {
        claim.parts.clone()
    }
}

/// The quoted words of a claim: its quote, or else its content.
fn quoted(claim: &Claim) -> &str {
    claim.quote.as_ref().map_or(&claim.content, |q| &q.text)
}

/// Makes `prev` take in `next`, the quotation that continues it.
///
/// The content (and its span) runs from the first quoted word to the last, as written; when
/// the reporter's words stand between the two (`"…," he said. "…"`), `parts` lists the quoted
/// pieces and the quote's text holds only them, joined by a space: the speaker's words,
/// never the reporter's.
pub(super) fn extend_quote(text: &str, prev: &mut Claim, next: Claim) {
    join(text, prev, next, false);
}

/// Makes `next`, a quotation whose attribution follows it, take in `open`, the quotation it
/// goes on from: a paragraph left open before it (`"…` ¶ `"…," she said.`).
pub(super) fn prepend_quote(text: &str, open: Claim, next: &mut Claim) {
    join(text, next, open, true);
}

/// Joins the quotation `other` to `claim`, after it or (`before`) before it.
fn join(text: &str, claim: &mut Claim, other: Claim, before: bool) {
    let (first, second) = if before {
        (&other, &*claim)
    } else {
        (&*claim, &other)
    };
    let content = Span::new(first.content_span.start, second.content_span.end);
    let between = text
        .get(first.content_span.end..second.content_span.start)
        .unwrap_or("");
    let interrupted = between.chars().any(char::is_alphanumeric)
        || !first.parts.is_empty()
        || !second.parts.is_empty()
        || between.contains('\n');
    let (parts, quote_text) = if interrupted {
        let mut parts = pieces(first);
        parts.extend(pieces(second));
        (parts, format!("{} {}", quoted(first), quoted(second)))
    } else {
        (Vec::new(), content.of(text).to_string())
    };
    let span = Span::new(
        first.span.start.min(second.span.start),
        first.span.end.max(second.span.end),
    );
    let sentence = Span::new(first.sentence.start, second.sentence.end);
    let numbers: Vec<_> = first
        .numbers
        .iter()
        .chain(&second.numbers)
        .cloned()
        .collect();
    let dates: Vec<_> = first.dates.iter().chain(&second.dates).cloned().collect();
    let negated = first.negated || second.negated;
    let hedged = first.hedged || second.hedged;
    let modal = first.modal.clone().or_else(|| second.modal.clone());
    claim.content_span = content;
    claim.content = content.of(text).to_string();
    claim.parts = parts;
    claim.quote = Some(Quote {
        text: quote_text,
        span: content,
    });
    claim.span = span;
    claim.sentence = sentence;
    claim.negated = negated;
    claim.hedged = hedged;
    claim.modal = modal;
    claim.numbers = numbers;
    claim.dates = dates;
    if claim.kind == ClaimKind::Partial && before {
        claim.kind = ClaimKind::Direct;
    }
}
