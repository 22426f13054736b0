//! A place written after a speaker is where they are, not who speaks: `The BBC's Frances
//! Harrison in Tehran says`, `the U.S. Geological Survey in Golden, Colo., said`.

use super::sentence::SentenceCtx;
use super::{Extractor, english};

impl Extractor<'_> {
    /// The speaker before a place: when the mention `[s, e)` is a name after `in` that
    /// follows another mention (`Frances Harrison in Tehran`), that other mention; else the
    /// mention itself.
    pub(super) fn beyond_place(
        &self,
        ctx: &SentenceCtx<'_>,
        (s, e): (usize, usize),
    ) -> (usize, usize) {
        let place = (s..e).all(|i| ctx.tokens[i].is_capitalized(ctx.text));
        if !place || s < 2 || ctx.low(s - 1) != "in" || ctx.quoted_at(s - 2) {
            return (s, e);
        }
        match self.mention_ending_at(ctx, s - 1) {
            Some((ps, pe)) if !english::is_pronoun(ctx.low(pe - 1)) => (ps, pe),
            _ => (s, e),
        }
    }

    /// Whether tokens `[s, e)` are the abbreviation of a state or province written after a
    /// town (`Golden, Colo.,`): part of a place, never a speaker's name.
    pub(super) fn is_region(&self, ctx: &SentenceCtx<'_>, s: usize, e: usize) -> bool {
        e > s
            && (s..e).all(|i| {
                let word = ctx.tok(i);
                word.ends_with('.') && self.rules.is_abbreviation(word)
            })
    }
}
