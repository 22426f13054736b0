//! Where what a source wants, denies, backs or did ends before a second predicate of the
//! same subject: `denied the charges and accused the coach of lying`, `declined to comment,
//! didn't return calls or issued a short statement`, `backs the levy but is not campaigning
//! for it`. After "and", "or" or "but" a finite verb follows with no subject of its own: it
//! is the subject's next deed, told by the reporter, not more of what they want or deny.
//! Content that is a clause of its own (`warned the port would close and cost jobs`), and
//! the content of a cue that takes a clause (`believes`, `shows`), is left whole: its
//! verbs are the clause's.

use crate::article::Span;

use super::english;
use super::sentence::SentenceCtx;

/// The byte where the content `content` of a claim of attitude or action ends, when a
/// second predicate of its subject follows inside it; `None` when none does, or when the
/// content holds a verb of its own before the conjunction.
pub(super) fn second_predicate(ctx: &SentenceCtx<'_>, content: Span) -> Option<usize> {
    let (first, end) = ctx.tokens_within(content)?;
    // `that …`, `bringing up the levy hurts …`: a clause.
    if ctx.low(first) == "that" || english::is_participle(ctx.low(first)) {
        return None;
    }
    for k in first + 1..end.saturating_sub(1) {
        if ctx.quoted_at(k) {
            continue;
        }
        let word = ctx.low(k);
        // A verb before the conjunction: the content is a clause, and what follows it may
        // be that clause's next verb.
        if english::is_finite_verb(word) || english::is_do_or_negated(word) {
            return None;
        }
        if !matches!(word, "and" | "or" | "but") {
            continue;
        }
        let mut verb = k + 1;
        if matches!(ctx.low(verb), "also" | "then" | "later" | "even" | "still")
            || english::is_manner_adverb(ctx.low(verb))
        {
            verb += 1;
        }
        if verb < end && !ctx.quoted_at(verb) && opens_predicate(ctx, verb) {
            let cut = if k > first && ctx.tok(k - 1) == "," {
                k - 1
            } else {
                k
            };
            return Some(ctx.tokens[cut].span.start);
        }
    }
    None
}

/// Whether the word at token `i` opens a predicate of its own: an auxiliary or a negated
/// one (`is`, `has`, `didn't`), or a verb in the past with an object, an infinitive, a
/// clause or a preposition after it (`accused her`, `vowed to`, `issued a statement`); an
/// -ed word before a noun is more often an adjective (`and retired teachers`).
fn opens_predicate(ctx: &SentenceCtx<'_>, i: usize) -> bool {
    let word = ctx.low(i);
    if english::is_auxiliary(word) || english::is_do_or_negated(word) {
        return true;
    }
    if !english::is_finite_verb(word) {
        return false;
    }
    let next = ctx.low(i + 1);
    english::is_determiner(next)
        || english::is_object_pronoun(next)
        || english::is_preposition(next)
        || matches!(next, "to" | "that" | "it")
}
