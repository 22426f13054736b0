//! A part of a group as the speaker: `most of them said`, `Twenty-eight percent of those
//! surveyed say`, `a majority of the voters polled said`, `85% of farmers said`.

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
        // `85% of farmers`, `most of the senators`: a plural noun ends the group too.
        let plural = ctx.tokens[end - 1].is_word()
            && last.len() > 3
            && last.ends_with('s')
            && !last.ends_with("ss")
            && !last.ends_with("'s")
            && !last.ends_with("’s");
        let group_end = matches!(last, "them" | "us" | "those" | "these")
            || plural
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
        Some((comparative_lead(ctx, start), end))
    }
}

/// Where a share of a group starts when a comparison leads it (`more than half`, `fewer
/// than 4 in 10`, `at least 30 percent`): the comparison's first token, or `start`.
pub(super) fn comparative_lead(ctx: &SentenceCtx<'_>, start: usize) -> usize {
    if start >= 2
        && (ctx.low(start - 1) == "than" && matches!(ctx.low(start - 2), "more" | "less" | "fewer")
            || ctx.low(start - 1) == "least" && ctx.low(start - 2) == "at")
    {
        start - 2
    } else {
        start
    }
}
