//! The outlet's own assertions: a sentence stating a checkable figure without attributing
//! it, spoken by the outlet itself.

use crate::article::Article;
use crate::text::Sentence;

use super::sentence::{Words, trim_end_punct};
use super::{Claim, ClaimKind, Extractor, Speaker, dates};

impl Extractor<'_> {
    /// The outlet's own statement of a checkable figure ("killed at least three people").
    ///
    /// `no_number_word`: the caller knows the sentence holds no number word (the facts'
    /// prefilter, whose words include them, turned it away), so it is not searched again.
    /// The sentence's figures are taken from [`Words::figures`] when the facts reader's
    /// reading of them is there.
    pub(super) fn assertion(
        &self,
        article: &Article,
        sentence: &Sentence,
        words: &Words,
        no_number_word: bool,
    ) -> Option<Claim> {
        let text = article.text.as_str();
        if !words.has_digit
            && (no_number_word || !self.numbers.may_hold_number_word(sentence.span.of(text)))
            || !self.numbers.may_hold_measure(sentence.span.of(text))
        {
            return None;
        }
        let tokens = &words.tokens;
        let lower = words.lower();
        let numbers = match &words.figures {
            Some(figures) if figures.all().iter().any(|n| n.measure.is_some()) => {
                figures.all().to_vec()
            }
            Some(_) => return None,
            None => self.numbers.read_lower(text, tokens, &lower, sentence.span),
        };
        if !numbers.iter().any(|n| n.measure.is_some()) {
            return None;
        }
        let content = trim_end_punct(text, sentence.span);
        Some(Claim {
            id: String::new(),
            article: article.id.clone(),
            kind: ClaimKind::Assertion,
            speaker: Some(Speaker {
                text: article.source.clone(),
                span: None,
                entity: None,
                role: None,
                antecedent: None,
            }),
            cue: None,
            via: None,
            hedged: false,
            negated: false,
            cue_negation: None,
            modality: super::cues::SAID.to_string(),
            modal: None,
            content: content.of(text).to_string(),
            quote: None,
            span: sentence.span,
            content_span: content,
            parts: Vec::new(),
            sentence: sentence.span,
            numbers,
            dates: dates::read_lower(text, tokens, &lower, content, article.date),
            entities: Vec::new(),
        })
    }
}
