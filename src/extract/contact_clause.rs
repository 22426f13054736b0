//! A relative clause with no "who" or "that" between a speaker and the cue (`the experts I
//! interviewed said`, `the people we spoke to said`): the noun before the clause speaks,
//! not the clause's own subject.

use super::english;
use super::sentence::SentenceCtx;

/// The clause's pronoun when the words ending right before token `end` are such a clause
/// after a noun: a subject pronoun, a verb in the past, and perhaps `to` or `with`
/// (`… we spoke to`); the speaker is the mention ending at the pronoun.
pub(super) fn pronoun_before(ctx: &SentenceCtx<'_>, end: usize) -> Option<usize> {
    let mut verb = end.checked_sub(1)?;
    if matches!(ctx.low(verb), "to" | "with") {
        verb = verb.checked_sub(1)?;
    }
    let pronoun = verb.checked_sub(1)?;
    let noun = pronoun.checked_sub(1)?;
    let words = [noun, pronoun, verb]
        .iter()
        .all(|&i| ctx.tokens[i].is_word() && !ctx.quoted_at(i));
    let noun_word = ctx.low(noun);
    let is_noun = !english::is_pronoun(noun_word)
        && !english::ends_speaker(noun_word)
        && !english::is_preposition(noun_word)
        && !english::is_finite_verb(noun_word)
        && !english::is_participle(noun_word)
        && !english::is_determiner(noun_word);
    (words
        && is_noun
        && matches!(ctx.low(pronoun), "i" | "we" | "you" | "they" | "he" | "she")
        && past_verb(ctx.low(verb)))
    .then_some(pronoun)
}

/// A verb in the past that a contact clause about people met ends on.
fn past_verb(lower: &str) -> bool {
    lower.len() > 4 && lower.ends_with("ed")
        || matches!(
            lower,
            "spoke" | "met" | "saw" | "heard" | "knew" | "asked" | "contacted" | "reached"
        )
}
