//! A part of a group as the speaker: `most of them said`, `Thirty-one percent of those
//! surveyed say`, `a majority of the voters polled said`.

use crate::text::TokenKind;

use super::sentence::SentenceCtx;
use super::{Extractor, numbers};

/// Longest `of …` phrase after the share, in words.
const GROUP_WORDS: usize = 4;

impl Extractor<'_> {
    /// The mention ending right before token `end` when it is a share of a group (`most of
    /// them`, `31 percent of those surveyed`); `None` otherwise.
    pub(super) fn group_share(&self, ctx: &SentenceCtx<'_>, end: usize) -> Option<(usize, usize)> {
        let last = ctx.low(end.checked_sub(1)?);
        let group_end = matches!(last, "them" | "us" | "those" | "these")
            || matches!(
                last,
                "surveyed" | "polled" | "questioned" | "interviewed" | "asked" | "sampled"
            );
        if !group_end {
            return None;
        }
        let of = (end.saturating_sub(GROUP_WORDS + 1)..end - 1)
            .rev()
            .find(|&i| ctx.low(i) == "of")?;
        if of == 0 || (of + 1..end).any(|i| !ctx.tokens[i].is_word() || ctx.quoted_at(i)) {
            return None;
        }
        let share = of - 1;
        // `31`, `thirty`, `thirty-one`.
        let is_number = |i: usize| {
            ctx.tokens[i].kind == TokenKind::Number
                || ctx.low(i).split('-').all(numbers::is_number_word)
        };
        let mut start = match ctx.low(share) {
            "most" | "many" | "some" | "all" | "none" | "half" | "few" | "several" | "both"
            | "each" | "majority" | "minority" | "plurality" | "share" | "rest" | "two"
            | "three" | "one" => share,
            "percent" | "%" | "cent" if share > 0 && is_number(share - 1) => share - 1,
            _ if is_number(share) => share,
            _ => return None,
        };
        if start > 0 && matches!(ctx.low(start - 1), "a" | "the" | "per") {
            start -= 1;
        }
        while start > 0
            && matches!(
                ctx.low(start - 1),
                "about" | "nearly" | "almost" | "only" | "just" | "roughly" | "fully" | "over"
            )
        {
            start -= 1;
        }
        Some((start, end))
    }
}
