//! "Call" as a telephone call, not a naming: `The governor called Ruiz once more on March 3
//! to ask about the budget`, `She called him twice last week`. A verb of naming takes its
//! object and then what the object is called (`called the plan a fraud`, `called Ruiz
//! "reckless"`); a call takes its object and then a time, a repetition or a purpose. The
//! cue is then no claim.

use super::Cue;
use super::english;
use super::sentence::SentenceCtx;

/// Most words of a name or noun phrase taken as the object of "call".
const MAX_OBJECT_WORDS: usize = 4;

/// Whether the cue word at token `cue` is "call" in one of its forms, telling of a call
/// made to the object after it rather than of what it is called.
pub(super) fn is_phone_call(ctx: &SentenceCtx<'_>, cue: usize) -> bool {
    if !matches!(ctx.low(cue), "call" | "calls" | "called" | "calling") {
        return false;
    }
    let first = cue + 1;
    if first >= ctx.tokens.len() || ctx.quoted_at(first) {
        return false;
    }
    // The object: a pronoun, a name, or a short phrase opened by a determiner.
    let after = if english::is_object_pronoun(ctx.low(first)) {
        first + 1
    } else if ctx.tokens[first].is_capitalized(ctx.text) {
        let mut k = first;
        while k < ctx.tokens.len()
            && k - first < MAX_OBJECT_WORDS
            && ctx.tokens[k].is_word()
            && (ctx.tokens[k].is_capitalized(ctx.text) || english::is_name_glue(ctx.low(k)))
        {
            k += 1;
        }
        k
    } else {
        return false;
    };
    if after >= ctx.tokens.len() || ctx.quoted_at(after) {
        return false;
    }
    let next = ctx.low(after);
    matches!(
        next,
        "again" | "back" | "twice" | "repeatedly" | "late" | "early" | "last" | "yesterday"
    ) || english::is_time_word(next)
        // `called Ruiz on Tuesday`, `called him at home`, `called her from Paris`.
        || matches!(next, "on" | "at" | "from" | "after" | "before" | "during" | "about")
        // `called Ruiz to ask`: a purpose.
        || next == "to" && !english::is_determiner(ctx.low(after + 1))
}

/// Whether the claim cue `cue`, a single word of this sentence, is "call" told of a
/// telephone call ([`is_phone_call`]).
pub(super) fn calls(ctx: &SentenceCtx<'_>, cue: Option<&Cue>) -> bool {
    let Some(cue) = cue else {
        return false;
    };
    if !matches!(cue.text.as_str(), "call" | "calls" | "called" | "calling") {
        return false;
    }
    ctx.tokens
        .iter()
        .position(|t| t.span == cue.span)
        .is_some_and(|i| is_phone_call(ctx, i))
}
