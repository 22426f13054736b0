//! Labelled speech: a name, a colon and what was said, opening a paragraph
//! (`Clinton: "…"`, transcript lines in capitals).

use std::cell::OnceCell;

use crate::article::{Article, Span};
use crate::text::{Segmented, Sentence};

use super::sentence::{SentenceCtx, Words, trim_end_punct};
use super::{Claim, ClaimKind, Extractor};

impl Extractor<'_> {
    /// `Clinton: "Our goal is to defeat ISIS."` and transcript lines (`JOEL BENENSON: This
    /// is a man who …`): a name, a colon and what was said, opening a paragraph.
    pub(super) fn labelled_speech(
        &self,
        article: &Article,
        segmented: &Segmented,
        sentence: &Sentence,
        words: &OnceCell<Words>,
    ) -> Option<Claim> {
        let text = article.text.as_str();
        let paragraph = *segmented.paragraphs.get(sentence.paragraph)?;
        if sentence.span.start != paragraph.start {
            return None;
        }
        // Cheap test first: a colon within the first few words.
        let mut head_end = sentence.span.end.min(sentence.span.start + 48);
        while !text.is_char_boundary(head_end) {
            head_end -= 1;
        }
        let head = &text[sentence.span.start..head_end];
        let colon = head.find(':')?;
        if head[..colon].split_whitespace().count() > 4 {
            return None;
        }
        let words = self.words(words, text, sentence);
        let tokens = &words.tokens;
        let colon_at = tokens.iter().position(|t| t.text(text) == ":")?;
        let names_only = colon_at > 0
            && tokens[..colon_at]
                .iter()
                .all(|t| t.is_word() && t.is_capitalized(text))
            && (colon_at > 1 || tokens[0].text(text).chars().count() > 1);
        if !names_only || colon_at + 1 >= tokens.len() {
            return None;
        }
        let quotations = segmented.quotations_in(sentence.span);
        let ctx = SentenceCtx {
            text,
            article,
            sentence: *sentence,
            tokens,
            lower: &words.lower(),
            quoted: &[],
            quotations,
        };
        let rest = ctx.tokens[colon_at + 1].span.start;
        let (kind, content) = match quotations.iter().find(|q| q.outer.start == rest) {
            Some(q) => (ClaimKind::Direct, q.inner),
            // Without quotation marks only a transcript's capitals mark a speaker.
            None if tokens[..colon_at]
                .iter()
                .all(|t| !t.text(text).chars().any(char::is_lowercase)) =>
            {
                (
                    ClaimKind::Indirect,
                    trim_end_punct(text, Span::new(rest, sentence.span.end)),
                )
            }
            None => return None,
        };
        if !content.of(text).chars().any(char::is_alphanumeric) {
            return None;
        }
        let speaker = ctx.span(0, colon_at);
        let cue = ctx.span(colon_at, colon_at + 1);
        let mut claim = self.claim(
            &ctx,
            kind,
            Some((0, colon_at)),
            cue,
            content,
            Span::new(speaker.start, content.end),
        );
        self.annotate(&ctx, &mut claim);
        Some(claim)
    }
}
