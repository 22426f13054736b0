//! A stance taken up as a noun by a verb's subject: `the mayor launched a blistering
//! critique of the budget`, `the coach heaped praise on the crew`, `the union renewed its
//! calls for a pay rise`. The subject holds the stance; what the preposition after the noun
//! governs is what it is about: a claim of the kind the rules' `stance-nouns` give the noun
//! (criticizes, supports, opposes, demands…), with the verb, the noun and the preposition as
//! its cue.

use super::sentence::{SentenceCtx, trim_end_punct};
use super::{Claim, Extractor, english, source};

/// At most this many modifiers stand between the verb's determiner and the noun (`a
/// bizarre, thinly veiled critique`, commas counted).
const MAX_MODIFIERS: usize = 4;

impl Extractor<'_> {
    /// The claim of the stance noun at token `i`, when a preposition follows it and a verb
    /// with a subject that can hold a view stands before it (`Ross delivered a sharp rebuke
    /// to the board`); `None` otherwise.
    pub(super) fn stance_noun(&self, ctx: &SentenceCtx<'_>, i: usize) -> Option<Claim> {
        // Only a preposition of what a stance is about opens its object: every other token
        // is turned away by the word after it, before its own is looked up.
        let preposition = i + 1;
        if !opens_stance_object(ctx.low(preposition))
            || !ctx.tokens.get(i)?.is_word()
            || ctx.quoted_at(i)
            || ctx.quoted_at(preposition)
        {
            return None;
        }
        let kind = self.cues.stance_noun_kind(ctx.low(i))?;
        let verb = verb_before(ctx, i)?;
        let (start, end) = self.speaker_before(ctx, verb)?;
        let first = preposition + 1;
        if first >= ctx.tokens.len() || ctx.quoted_at(first) && !ctx.tokens[first].is_word() {
            return None;
        }
        let end_tok = self.content_end(ctx, first, None);
        let end_tok = self.object_end(ctx, first, end_tok);
        let end_tok = self.stance_object_end(ctx, first, end_tok);
        if end_tok <= first {
            return None;
        }
        let content = trim_end_punct(ctx.text, ctx.span(first, end_tok));
        if content.is_empty() {
            return None;
        }
        let cue = ctx.span(verb, preposition + 1);
        let span = trim_end_punct(ctx.text, ctx.span(start, end_tok));
        let claim = self.claim_with_modality(
            ctx,
            self.cues.kind_name(kind),
            Some((start, end)),
            cue,
            content,
            span,
        );
        // Only a source takes a stance (`the storm drew criticism of …` holds none).
        claim
            .speaker
            .as_ref()
            .is_some_and(|s| source::is_source(s, ctx.text, &self.cues))
            .then_some(claim)
    }
}

/// Whether `lower` is a preposition of what a stance is about (`critique of`, `calls for`,
/// `praise on`): only after one can a stance noun stand. Asked of the word after every
/// token of a sentence: each such preposition opens with one of four letters, so most words
/// are turned away by their first byte.
#[inline(always)]
pub(super) fn opens_stance_object(lower: &str) -> bool {
    matches!(lower.as_bytes().first(), Some(b'o' | b'f' | b'a' | b't'))
        && matches!(
            lower,
            "of" | "for" | "on" | "against" | "at" | "to" | "about" | "over" | "toward" | "towards"
        )
}

/// The verb that takes up the noun at token `noun`: right before it (`heaped praise on`) or
/// before its determiner or possessive and a few modifiers (`launched a blistering critique
/// of`, `renewed her calls for`). A verb by which the subject gets, meets or drops a stance
/// (`won the support of`, `faced criticism over`, `withdrew his support for`) and a form of
/// "be" or "have" give none: the stance there is another's, or no longer held.
fn verb_before(ctx: &SentenceCtx<'_>, noun: usize) -> Option<usize> {
    let mut k = noun.checked_sub(1)?;
    let mut modifiers = 0;
    loop {
        if ctx.quoted_at(k) || ctx.tokens[k].is_capitalized(ctx.text) {
            return None;
        }
        let lower = ctx.low(k);
        if holds_or_meets(lower) {
            return None;
        }
        // `launched a sharp critique`: the verb stands right before the determiner.
        if takes_noun(lower) {
            let verb = k.checked_sub(1)?;
            let word = ctx.low(verb);
            return (is_verb_form(word)
                && !holds_or_meets(word)
                && !ctx.quoted_at(verb)
                && !ctx.tokens[verb].is_capitalized(ctx.text))
            .then_some(verb);
        }
        // `renewed calls for`, `voiced strong support for`; but `the renewed calls for`,
        // where the participle is a modifier after the determiner.
        if is_verb_form(lower) && !k.checked_sub(1).is_some_and(|b| takes_noun(ctx.low(b))) {
            return Some(k);
        }
        let modifier = lower == ","
            || ctx.tokens[k].is_word()
                && !english::is_preposition(lower)
                && !matches!(lower, "and" | "or" | "but" | "that" | "which" | "who");
        if !modifier || modifiers == MAX_MODIFIERS {
            return None;
        }
        modifiers += 1;
        k = k.checked_sub(1)?;
    }
}

/// A determiner or possessive that opens the noun phrase a verb takes (`a`, `his`, `new`
/// is no such word).
fn takes_noun(lower: &str) -> bool {
    matches!(
        lower,
        "a" | "an" | "the" | "his" | "her" | "their" | "its" | "some" | "more" | "further"
    )
}

/// Whether `lower` is a verb in the past, a participle in -ing or one of the bare and -s
/// forms copy uses to take up a stance (`voice`, `heaps`, `offers`).
fn is_verb_form(lower: &str) -> bool {
    english::is_finite_verb(lower) && !english::is_auxiliary(lower)
        || english::is_verb_in_past(lower)
        || lower.len() > 4 && english::is_participle(lower) && !lower.ends_with("thing")
        || matches!(
            lower,
            "voice"
                | "voices"
                | "offer"
                | "offers"
                | "heap"
                | "heaps"
                | "renew"
                | "renews"
                | "level"
                | "levels"
                | "launch"
                | "launches"
                | "deliver"
                | "delivers"
                | "issue"
                | "issues"
                | "repeat"
                | "repeats"
                | "step"
                | "steps"
                | "pledge"
                | "pledges"
                | "lend"
                | "lends"
                | "throw"
                | "throws"
                | "add"
                | "adds"
        )
}

/// Verbs and words by which the subject gets, meets, holds or gives up a stance that is
/// another's or no longer its own (`has the backing of`, `drew criticism for`, `faced calls
/// for`, `dropped its support for`), or which are no verbs here at all.
fn holds_or_meets(lower: &str) -> bool {
    english::is_be_form(lower)
        || matches!(
            lower,
            "has"
                | "have"
                | "had"
                | "having"
                | "get"
                | "gets"
                | "got"
                | "getting"
                | "received"
                | "receiving"
                | "receives"
                | "won"
                | "wins"
                | "winning"
                | "drew"
                | "draws"
                | "drawing"
                | "drawn"
                | "earned"
                | "earning"
                | "attracted"
                | "attracting"
                | "faced"
                | "facing"
                | "faces"
                | "endured"
                | "enduring"
                | "lost"
                | "losing"
                | "gained"
                | "gaining"
                | "garnered"
                | "courted"
                | "courting"
                | "sought"
                | "seeking"
                | "enjoyed"
                | "enjoying"
                | "deserved"
                | "needed"
                | "needing"
                | "withdrew"
                | "withdrawn"
                | "withdrawing"
                | "dropped"
                | "pulled"
                | "ended"
                | "cut"
                | "avoided"
                | "avoiding"
                | "dismissed"
                | "rejected"
                | "deflected"
                | "ignored"
                | "shrugged"
                | "answered"
                | "fielded"
                | "took"
                | "taking"
                | "secured"
                | "securing"
                | "snagged"
                | "landed"
                | "collected"
                | "dodged"
                | "dodging"
                | "carried"
                | "using"
                | "filed"
                | "filing"
                | "prompted"
                | "prompting"
                | "sparked"
                | "sparking"
                | "triggered"
                | "provoked"
                | "invited"
                | "inviting"
                | "amid"
                | "despite"
                | "following"
                | "during"
                | "including"
                | "according"
                | "being"
                | "nothing"
        )
}
