//! A participle of saying that trails another claim after a comma, with adverbs between
//! (`…, even suggesting he …`, `…, later adding that …`) or after a quotation closed on its
//! comma (`… a "bad idea," adding that …`): a claim of its own, whose speaker is the one of
//! the claim before.

use super::sentence::{SentenceCtx, is_mark};
use super::{Claim, Extractor, attribution, english};

impl Extractor<'_> {
    /// The subject of the main clause when the claim `before`, in this sentence, stands in
    /// a clause opening it (`When Ross called it "a fix," the board voted it down, arguing
    /// …`: the board), and a clause with its own verb stands between that claim and the
    /// participle at token `cue`.
    pub(super) fn main_clause_subject(
        &self,
        ctx: &SentenceCtx<'_>,
        cue: usize,
        before: &Claim,
    ) -> Option<(usize, usize)> {
        let lead = ctx
            .tokens
            .iter()
            .position(|t| t.span.start == before.span.start)?;
        if !attribution::opens_subordinate_clause(ctx, lead) {
            return None;
        }
        let mut from =
            (lead..cue).find(|&i| ctx.tokens[i].span.start >= before.content_span.end)?;
        let mut comma = false;
        while from < cue && (ctx.tok(from) == "," || is_mark(ctx.tok(from))) {
            comma |= ctx.tok(from) == ",";
            from += 1;
        }
        if !comma && !closes_on_comma(ctx, from.checked_sub(1)?) {
            return None;
        }
        self.subject_of_first_verb_from(ctx, from, cue)
    }
}

/// At most this many adverbs stand between the comma and the participle.
const MAX_ADVERBS: usize = 2;

/// Where the claim before ends when the participle cue at token `cue` trails it: at the
/// comma when one to two adverbs alone stand between (`, even suggesting`, `, then later
/// adding`), after the closing mark of a quotation that ends on a comma (`,” adding`), with
/// or without adverbs; `None` for any other cue.
pub(super) fn comma_before(ctx: &SentenceCtx<'_>, cue: usize) -> Option<usize> {
    if !english::is_participle(ctx.low(cue)) {
        return None;
    }
    let mut i = cue.checked_sub(1)?;
    let mut adverbs = 0;
    while adverbs < MAX_ADVERBS && !ctx.quoted_at(i) && trailing_adverb(ctx.low(i)) {
        adverbs += 1;
        i = i.checked_sub(1)?;
    }
    if adverbs > 0 && ctx.tok(i) == "," && !ctx.quoted_at(i) {
        return Some(i);
    }
    closes_on_comma(ctx, i).then_some(i + 1)
}

/// Whether token `i` is the closing mark of a quotation whose words end on a comma.
pub(super) fn closes_on_comma(ctx: &SentenceCtx<'_>, i: usize) -> bool {
    let end = ctx.tokens[i].span.end;
    is_mark(ctx.tok(i))
        && ctx.quotations.iter().any(|q| {
            q.closed && q.outer.end == end && q.inner.of(ctx.text).trim_end().ends_with(',')
        })
}

/// Adverbs that may stand between the comma and a trailing participle.
fn trailing_adverb(lower: &str) -> bool {
    english::is_verb_adverb(lower)
        || matches!(
            lower,
            "even" | "again" | "further" | "once" | "still" | "often" | "twice"
        )
}
