//! A sentence's figures read once: the claims' windows, the outlet's assertion and the
//! facts reader each take the figures inside their span from this one reading instead of
//! reading the span's tokens again.

use crate::article::Span;
use crate::text::Token;

use super::{NumberReader, Quantity, run_inside};

/// The figures of one sentence, each with where the figure reader read it.
#[derive(Debug)]
pub(crate) struct SentenceFigures {
    /// The figures in text order, as [`NumberReader::read_lower`] gives them for the sentence.
    figures: Vec<Quantity>,
    /// For each figure, the token it was read at and the token the reading went on from.
    steps: Vec<(usize, usize)>,
    /// The tokens the reading went over, `[first, past)`.
    read: (usize, usize),
    /// How many tokens the sentence has.
    tokens: usize,
}

impl NumberReader {
    /// Every figure of the sentence at `sentence`, with where each was read, so that the
    /// figures of a span of it can be taken from this reading.
    pub(crate) fn read_sentence(
        &self,
        text: &str,
        tokens: &[Token],
        lower: &[&str],
        sentence: Span,
    ) -> SentenceFigures {
        let mut figures = Vec::new();
        let mut steps = Vec::new();
        self.scan(text, tokens, lower, sentence, &mut |at, next, figure| {
            steps.push((at, next));
            figures.push(figure);
        });
        SentenceFigures {
            figures,
            steps,
            read: run_inside(tokens, sentence),
            tokens: tokens.len(),
        }
    }
}

impl SentenceFigures {
    /// The sentence's figures.
    pub(crate) fn all(&self) -> &[Quantity] {
        &self.figures
    }

    /// The sentence's figures, kept.
    pub(crate) fn into_all(self) -> Vec<Quantity> {
        self.figures
    }

    /// What [`NumberReader::read_lower`] reads inside `within` over the sentence's own
    /// `tokens`, when this reading tells it: the reader goes from token to token and what it
    /// reads at one depends on that token and the sentence's tokens around it, never on where
    /// it started. Both readings are the same from the span's first token on, unless the
    /// sentence's reading took that token inside a figure begun before it ("two hundred" for
    /// a span opening at "hundred"); then, or when `within` reaches tokens the sentence's
    /// reading did not go over, `None`, and the span must be read.
    pub(crate) fn inside(&self, tokens: &[Token], within: Span) -> Option<Vec<Quantity>> {
        if tokens.len() != self.tokens {
            return None;
        }
        let (first, past) = run_inside(tokens, within);
        if first >= past {
            return Some(Vec::new());
        }
        if first < self.read.0 || past > self.read.1 {
            return None;
        }
        let from = self.steps.partition_point(|&(at, _)| at < first);
        if from > 0 && self.steps[from - 1].1 > first {
            return None;
        }
        let to = self.steps.partition_point(|&(at, _)| at < past);
        Some(self.figures[from..to].to_vec())
    }
}
