//! A poll, a study or a record that opens the clause with a modifier after it, before the
//! verb that tells what it found (`A statewide poll published Monday by the Herald shows …`,
//! `research conducted by the institute found …`, `leaked documents from his tax return
//! show …`, `A Herald poll out this week shows …`): the document speaks, not the name
//! inside its modifier nor the modifier's last word. The nouns are the rules' `documents`.

use crate::text::TokenKind;

use super::sentence::{SentenceCtx, is_mark};
use super::{Extractor, english};

/// At most this many tokens stand between the start of the clause and the cue.
const LONGEST_SUBJECT: usize = 16;

/// At most this many words stand before the document noun in its mention (`The latest
/// statewide opinion poll`).
const MAX_MODIFIERS: usize = 6;

impl Extractor<'_> {
    /// The words from the opening of the clause before the cue at token `cue` to its first
    /// document noun, when only a determiner and modifiers stand before the noun and a
    /// modifier follows it (a preposition, a past participle, a day, `out`); `None`
    /// otherwise. The clause opens at the sentence start, or after a comma, a quotation, a
    /// conjunction or a relative pronoun.
    pub(super) fn document_subject(
        &self,
        ctx: &SentenceCtx<'_>,
        cue: usize,
    ) -> Option<(usize, usize)> {
        let from = cue.saturating_sub(LONGEST_SUBJECT);
        let mut open = from;
        let mut i = cue;
        while i > from {
            i -= 1;
            let token = &ctx.tokens[i];
            let lower = ctx.low(i);
            // `A review of budgets going back to 1985 showed …`: a year or a figure
            // inside the modifier opens no clause.
            if ctx.quoted_at(i)
                || !token.is_word() && !inside_a_name(ctx, i)
                || is_mark(ctx.tok(i))
                || english::is_auxiliary(lower)
                || english::subordinates(lower)
                || matches!(
                    lower,
                    "and" | "or" | "but" | "that" | "which" | "who" | "did"
                )
            {
                open = i + 1;
                break;
            }
        }
        if open == from && from > 0 {
            return None;
        }
        // A sentence's first word is capitalised whatever it is (`Polls there show …`).
        let head = (open..cue).find(|&k| {
            (k == 0 || !ctx.tokens[k].is_capitalized(ctx.text)) && self.cues.is_document(ctx.low(k))
        })?;
        if head + 1 >= cue || !opens_modifier(ctx.low(head + 1)) {
            return None;
        }
        // The words before the noun are its determiner and modifiers, none a verb: a word
        // in -ed is an adjective only first or after a determiner (`leaked records`, `the
        // revised figures`) and never before one (`issued a joint statement`), a verb
        // elsewhere (`The senator cited polls from …`).
        let modifiers_only = head - open <= MAX_MODIFIERS
            && (open..head).all(|k| {
                let lower = ctx.low(k);
                let adjective = (k == open || english::is_determiner(ctx.low(k - 1)))
                    && !english::is_determiner(ctx.low(k + 1));
                let verb = english::is_irregular_past(lower)
                    || lower.len() > 4 && lower.ends_with("ed") && !adjective;
                !verb && !english::is_pronoun(lower)
            });
        modifiers_only.then_some((open, head + 1))
    }
}

/// Whether token `i`, no word, stands inside the name of a document all the same: a slash or
/// an ampersand between outlets (`a Post/ABC News poll`, `an AT&T survey`) or a figure (`a
/// 2015 report`, `a poll of 1,000 voters`).
pub(super) fn inside_a_name(ctx: &SentenceCtx<'_>, i: usize) -> bool {
    matches!(ctx.low(i), "/" | "&") || ctx.tokens[i].kind == TokenKind::Number
}

/// Whether `lower` opens a modifier after a noun: a preposition, a past participle
/// (`released`, `taken`), a day, `out` (`a poll out this week`) or a place (`polls there`);
/// never "to", which opens
/// an infinitive as often (`enough evidence to suspect …`).
fn opens_modifier(lower: &str) -> bool {
    lower != "to" && english::is_preposition(lower)
        || english::places_a_group(lower)
        || english::is_time_word(lower)
        || lower.len() > 4 && lower.ends_with("ed")
        || matches!(
            lower,
            "out" | "taken" | "done" | "written" | "drawn" | "there" | "here"
        )
}
