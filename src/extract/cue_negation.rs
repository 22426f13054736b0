//! The words that deny the cue itself: "would not say", "declined to comment", "has never
//! said", "did not immediately respond". What follows such a cue is no statement of the
//! speaker's ("The ministry would not say whether the talks will resume" says nothing of
//! the talks), so the claim keeps those words beside its cue: a report writes them, and the
//! linking never takes such a claim for the same statement as a plain one.

use crate::article::Span;

use super::english;
use super::sentence::SentenceCtx;
use super::{Claim, ClaimKind, Cue};

/// At most this many words stand between the speaker and the cue they deny ("has not yet
/// publicly", "declined to immediately").
const MAX_WORDS: usize = 6;

/// The words right before `claim`'s cue that deny it, as written, with their span; `None`
/// when the cue stands as said. Read back from the cue over the words a verb phrase holds
/// before its verb (auxiliaries, "not", "never", adverbs, "declined to"), never past the
/// speaker or into a quotation.
pub(super) fn read(ctx: &SentenceCtx<'_>, claim: &Claim) -> Option<Cue> {
    let cue = claim.cue.as_ref()?;
    if claim.kind == ClaimKind::AccordingTo || cue.text.trim() == ":" {
        return None;
    }
    let at = ctx
        .tokens
        .partition_point(|t| t.span.start < cue.span.start);
    if ctx.tokens.get(at)?.span.start != cue.span.start {
        return None;
    }
    // Nothing of the speaker's own words is read: "He's not saying" stops at "He's".
    let bound = claim
        .speaker
        .as_ref()
        .and_then(|s| s.span)
        .filter(|s| s.end <= cue.span.start)
        .map_or(ctx.sentence.span.start, |s| s.end);
    let first = denied_from(ctx, at, bound)?;
    let span = Span::new(ctx.tokens[first].span.start, ctx.tokens[at - 1].span.end);
    Some(Cue {
        text: span.of(ctx.text).to_string(),
        span,
    })
}

/// The first of the words right before the cue at token `at` that deny it ("would not",
/// "declined to", "has never"), read back over what a verb phrase holds before its verb,
/// never before byte `bound` (the end of the speaker) or into a quotation; `None` when
/// nothing there denies the cue.
pub(super) fn denied_from(ctx: &SentenceCtx<'_>, at: usize, bound: usize) -> Option<usize> {
    let mut first = at;
    while first > 0 && at - first < MAX_WORDS {
        let i = first - 1;
        let token = &ctx.tokens[i];
        if token.span.start < bound || !token.is_word() || ctx.quoted_at(i) {
            break;
        }
        if !before_verb(ctx.low(i), i + 1 == at) {
            break;
        }
        first = i;
    }
    // A contracted verb left by the speaker ("He 's not") does not open the words.
    while first < at && ctx.low(first).starts_with(['\'', '’']) {
        first += 1;
    }
    if !(first..at).any(|i| denies(ctx, i)) {
        return None;
    }
    // "decided not to recommend", "made no mention": the verb the "not" or "no" follows
    // belongs to the words that deny.
    if matches!(ctx.low(first), "not" | "no")
        && first > 0
        && ctx.tokens[first - 1].is_word()
        && ctx.tokens[first - 1].span.start >= bound
        && !ctx.quoted_at(first - 1)
        && !ctx.low(first - 1).starts_with(['\'', '’'])
    {
        first -= 1;
    }
    Some(first)
}

/// Whether token `i` denies what follows it: "not" (but "not only", "not just"), "never",
/// a verb contracted with "n't", "no" right before the cue, or a verb of refusing before
/// "to" ("declined to", "refuses to").
fn denies(ctx: &SentenceCtx<'_>, i: usize) -> bool {
    let w = ctx.low(i);
    match w {
        "not" => !matches!(ctx.low(i + 1), "only" | "just" | "merely"),
        "never" | "n't" | "n’t" => true,
        // "made no mention", "found no fault"; but "there is no doubt that …" asserts.
        "no" => i == 0 || !english::is_be_form(ctx.low(i - 1)),
        _ => {
            english::is_do_or_negated(w) && !matches!(w, "do" | "does")
                || refuses(w) && ctx.low(i + 1) == "to"
        }
    }
}

/// Words a verb phrase holds before its verb, which a denial of the cue is read through:
/// auxiliaries and modals, "not", "never", "to", a verb of refusing, an adverb of manner or
/// time ("immediately", "publicly", "even", "yet"); "no" only right before the cue.
fn before_verb(w: &str, next_to_cue: bool) -> bool {
    match w {
        "not" | "n't" | "n’t" | "never" | "to" | "did" | "do" | "does" | "be" | "been" | "even"
        | "yet" | "ever" | "also" | "still" => true,
        "no" => next_to_cue,
        "only" => false,
        _ => {
            english::is_auxiliary(w)
                || english::is_do_or_negated(w)
                || english::is_be_form(w)
                || refuses(w)
                || w.len() > 4 && w.ends_with("ly")
        }
    }
}

/// Verbs of refusing to speak, whose "to" denies the verb after it.
fn refuses(w: &str) -> bool {
    matches!(
        w,
        "declined"
            | "declines"
            | "decline"
            | "declining"
            | "refused"
            | "refuses"
            | "refuse"
            | "refusing"
    )
}
