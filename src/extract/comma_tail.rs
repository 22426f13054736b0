//! Where what a source wants, plans, denies or did ends at a comma: the words after it are
//! the reporter's when they describe the last noun (`vowed to repeal the levy, a tax first
//! passed in 1990`) or set a contrast or a circumstance beside it (`…, even as he praised
//! …`, `…, with such strong support for it`).

use crate::article::Span;

use super::sentence::SentenceCtx;

/// Fewest words of the content before the comma: an opening aside (`that, with rates
/// rising, …`) is no tail.
const MIN_HEAD: usize = 3;

/// The byte where the content `content` of a claim of attitude or action ends, when a
/// comma in it opens such a tail; `None` when none does. A list is left whole: no tail is
/// read after a comma when "and" or "or" comes later in the content (`the plan, the budget
/// and the levy`); nor is an aside set off by a second comma, with more of the content
/// after it (`claims by Ann Ross, the former director, that the mayor …`).
pub(super) fn comma_tail(ctx: &SentenceCtx<'_>, content: Span) -> Option<usize> {
    let (first, end) = ctx.tokens_within(content)?;
    let comma = (first + MIN_HEAD..end.saturating_sub(1)).find(|&i| {
        ctx.tok(i) == ","
            && !ctx.quoted_at(i)
            && !ctx.quoted_at(i + 1)
            && opens_tail(ctx, i + 1)
            && !(i + 1..end).any(|k| matches!(ctx.low(k), "and" | "or" | ","))
    })?;
    Some(ctx.tokens[comma].span.start)
}

/// Whether the words from token `i`, right after a comma, are a tail of the reporter's: an
/// appositive opened by an article (`, a charge first passed in 1990`) or a word of
/// contrast or circumstance (`, even as …`, `, with …`). A participle (`, leading to …`) or
/// a verb (`, was born in …`) after the comma is left in: on PolNeAR train, cutting there
/// made no content more right than it made wrong.
fn opens_tail(ctx: &SentenceCtx<'_>, i: usize) -> bool {
    let Some(token) = ctx.tokens.get(i) else {
        return false;
    };
    token.is_word()
        && matches!(
            ctx.low(i),
            "a" | "an"
                | "the"
                | "with"
                | "even"
                | "despite"
                | "amid"
                | "while"
                | "although"
                | "though"
                | "whereas"
                | "instead"
        )
}
