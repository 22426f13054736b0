//! The sentence being read: its tokens with their lower case (made once, on first use),
//! which of them are quoted, its quotations, and the span helpers every reader shares.

use std::cell::OnceCell;

use crate::article::{Article, Span};
use crate::text::{self, Quotation, Sentence, Token, TokenKind};

use super::Extractor;

impl Extractor<'_> {
    /// The sentence's tokens, made on first use.
    pub(super) fn words<'c>(
        &self,
        cell: &'c OnceCell<Words>,
        text: &str,
        sentence: &Sentence,
    ) -> &'c Words {
        cell.get_or_init(|| {
            let tokens = text::tokenize(text, sentence.span, self.rules);
            Words::new(text, sentence.span, tokens)
        })
    }
}

/// A sentence's tokens and their lower case, made once and shared by every reader.
pub(super) struct Words {
    pub(super) tokens: Vec<Token>,
    /// The tokens in lower case, one after another (a plain ASCII sentence lower-cased whole).
    lower_text: String,
    /// Where each token's lower case is in `lower_text`.
    lower_spans: Vec<Span>,
}

impl Words {
    /// The sentence's tokens with their lower case, made in one string rather than one
    /// string per capitalised word.
    fn new(text: &str, sentence: Span, tokens: Vec<Token>) -> Words {
        let body = sentence.of(text);
        let (lower_text, lower_spans) = if body.is_ascii() {
            let spans = tokens
                .iter()
                .map(|t| Span::new(t.span.start - sentence.start, t.span.end - sentence.start))
                .collect();
            (body.to_ascii_lowercase(), spans)
        } else {
            let mut buf = String::with_capacity(body.len());
            let spans = tokens
                .iter()
                .map(|t| {
                    let start = buf.len();
                    buf.push_str(&crate::words::lower_case(t.text(text)));
                    Span::new(start, buf.len())
                })
                .collect();
            (buf, spans)
        };
        Words {
            tokens,
            lower_text,
            lower_spans,
        }
    }

    /// Each token's text in lower case, in token order.
    pub(super) fn lower(&self) -> Vec<&str> {
        self.lower_spans
            .iter()
            .map(|s| self.lower_text.get(s.start..s.end).unwrap_or(""))
            .collect()
    }
}

/// Tokens and quotations of the sentence being read.
pub(super) struct SentenceCtx<'a> {
    pub(super) text: &'a str,
    pub(super) article: &'a Article,
    pub(super) sentence: Sentence,
    pub(super) tokens: &'a [Token],
    /// `lower[i]`: token `i`'s text in lower case
    pub(super) lower: &'a [&'a str],
    pub(super) quoted: &'a [bool],
    pub(super) quotations: &'a [Quotation],
    /// The first token of each cue found in the sentence, in order: where an attribution
    /// of its own may begin.
    pub(super) cue_starts: &'a [usize],
}

impl SentenceCtx<'_> {
    /// Token `i` as written ("" past the end).
    pub(super) fn tok(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| t.text(self.text))
    }

    /// Token `i` in lower case ("" past the end, as [`SentenceCtx::tok`]).
    pub(super) fn low(&self, i: usize) -> &str {
        self.lower.get(i).copied().unwrap_or("")
    }

    /// Whether token `i` stands inside a quotation (false past the end).
    pub(super) fn quoted_at(&self, i: usize) -> bool {
        self.quoted.get(i).copied().unwrap_or(false)
    }

    /// Byte span from the start of token `start` to the end of token `end - 1`.
    pub(super) fn span(&self, start: usize, end: usize) -> Span {
        let s = self
            .tokens
            .get(start)
            .map_or(self.sentence.span.end, |t| t.span.start);
        let e = if end == 0 {
            s
        } else {
            self.tokens
                .get(end - 1)
                .map_or(self.sentence.span.end, |t| t.span.end)
        };
        Span::new(s, e.max(s))
    }

    /// Whether only punctuation, and no opening quotation mark, follows from token `i`.
    pub(super) fn only_punct_from(&self, i: usize) -> bool {
        self.tokens[i.min(self.tokens.len())..]
            .iter()
            .all(|t| t.kind == TokenKind::Punct && !matches!(t.text(self.text), "\"" | "“"))
    }

    /// The clause from the sentence start to the comma at token `comma`.
    pub(super) fn clause_before(&self, comma: usize) -> Span {
        let span = self.span(0, comma);
        // A clause that is one quotation is its inner words.
        match self
            .quotations
            .iter()
            .find(|q| q.outer == span || (q.outer.start == span.start && q.outer.end >= span.end))
        {
            Some(q) => q.inner,
            None => span,
        }
    }
}

/// A quotation mark written as a token of its own.
pub(super) fn is_mark(token: &str) -> bool {
    matches!(
        token,
        "\"" | "“" | "”" | "„" | "'" | "’" | "«" | "»" | "「" | "」" | "『" | "』"
    )
}

/// A pictograph written as a token of its own (an emoji, a dingbat, a weather sign): in
/// copy from social media it closes a clause as a full stop would (`said Tarō Yamada 🙂.`).
pub(super) fn is_pictograph(token: &str) -> bool {
    token.chars().next().is_some_and(
        |c| matches!(u32::from(c), 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0x1F000..=0x1FAFF),
    )
}

/// Drops trailing punctuation (but not a closing quotation mark) and white space.
pub(super) fn trim_end_punct(text: &str, span: Span) -> Span {
    let s = span.of(text);
    let trimmed = s.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':' | '-' | '—')
    });
    Span::new(span.start, span.start + trimmed.len())
}
