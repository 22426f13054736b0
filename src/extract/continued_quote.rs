//! Continued quotes: a sentence that is only a quotation goes on with the last quoted
//! speaker, and grows the claim it continues.

use std::cell::OnceCell;

use crate::article::{Article, Span};
use crate::text::{Segmented, Sentence};

use super::sentence::{SentenceCtx, Words};
use super::{Claim, ClaimKind, Cue, Extractor, Quote, Speaker};

impl Extractor<'_> {
    /// A sentence that is only a quotation, right after a quoted claim in the same paragraph,
    /// continues that speaker's quote.
    pub(super) fn continued_quote(
        &self,
        article: &Article,
        segmented: &Segmented,
        sentence: &Sentence,
        words: &OnceCell<Words>,
        last: &Option<(usize, Speaker, Option<Cue>)>,
    ) -> Option<Claim> {
        let (paragraph, speaker, cue) = last.as_ref()?;
        if sentence.paragraph > paragraph + 1 {
            return None;
        }
        let text = article.text.as_str();
        let quotations = segmented.quotations_in(sentence.span);
        let [quote] = quotations else { return None };
        let rest = text[sentence.span.start..quote.outer.start]
            .trim()
            .is_empty()
            && text[quote.outer.end.min(sentence.span.end)..sentence.span.end]
                .chars()
                .all(|c| !c.is_alphanumeric());
        if !rest || quote.inner.is_empty() {
            return None;
        }
        let words = self.words(words, text, sentence);
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
        let ctx = SentenceCtx {
            text,
            article,
            sentence: *sentence,
            tokens: &words.tokens,
            lower: &lower,
            quoted: &[],
            quotations,
        };
        let mut claim = Claim {
            id: String::new(),
            article: article.id.clone(),
            kind: ClaimKind::Direct,
            speaker: Some(Speaker {
                entity: None,
                ..speaker.clone()
            }),
            cue: cue.clone(),
            via: None,
            hedged: false,
            negated: false,
            modality: None,
            content: quote.inner.of(text).to_string(),
            quote: Some(Quote {
                text: quote.inner.of(text).to_string(),
                span: quote.inner,
            }),
            span: quote.outer,
            content_span: quote.inner,
            sentence: sentence.span,
            numbers: Vec::new(),
            dates: Vec::new(),
            entities: Vec::new(),
        };
        self.annotate(&ctx, &mut claim);
        Some(claim)
    }
}

/// Most words between two quotations that still make one quote: room for the attribution
/// itself (`"…," the former secretary of state said. "…"`), not for a narrative aside.
const MAX_ATTRIBUTION_GAP: usize = 10;

/// Whether `next`, a continued quote, goes on the quote of `prev`, the claim before it: a
/// direct quote (or a partial one ending on its quotation) by the same speaker, with no
/// more than an attribution between the two.
pub(super) fn continues(text: &str, prev: &Claim, next: &Claim) -> bool {
    (prev.kind == ClaimKind::Direct
        || prev.kind == ClaimKind::Partial && prev.content.ends_with(['"', '”', '\'']))
        && prev.speaker.as_ref().map(|s| s.span) == next.speaker.as_ref().map(|s| s.span)
        && words_between(text, prev.content_span.end, next.content_span.start)
            <= MAX_ATTRIBUTION_GAP
}

/// Words (runs of letters and digits) in `text[start..end]`.
fn words_between(text: &str, start: usize, end: usize) -> usize {
    text.get(start..end.max(start)).map_or(0, |gap| {
        gap.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .count()
    })
}

/// Makes `prev` take in `next`, the quotation that continues it.
///
/// When the attribution stands between the two (`"…," he said. "…"`), the content (and its
/// span) runs from the first quoted word to the last, as written, but the quote's text holds
/// only the quoted words, joined by a space: the speaker's words, never the reporter's.
pub(super) fn extend_quote(text: &str, prev: &mut Claim, next: Claim) {
    let content = Span::new(prev.content_span.start, next.content_span.end);
    let interrupted = words_between(text, prev.content_span.end, next.content_span.start) > 0;
    let quoted = |c: &Claim| {
        c.quote
            .as_ref()
            .map_or(c.content.clone(), |q| q.text.clone())
    };
    let quote_text = if interrupted {
        format!("{} {}", quoted(prev), quoted(&next))
    } else {
        content.of(text).to_string()
    };
    prev.content_span = content;
    prev.content = content.of(text).to_string();
    prev.quote = Some(Quote {
        text: quote_text,
        span: content,
    });
    prev.span.end = prev.span.end.max(next.span.end);
    prev.sentence.end = prev.sentence.end.max(next.sentence.end);
    prev.negated |= next.negated;
    prev.hedged |= next.hedged;
    prev.modality = prev.modality.take().or(next.modality);
    prev.numbers.extend(next.numbers);
    prev.dates.extend(next.dates);
}
