//! A participle right after a poll, a study or a record, with no comma between (`polls
//! showing her well behind`, `a new survey finding that …`, `records showing the donation
//! came late`): the document speaks for itself, as it does before a finite verb (`polls
//! show …`), though the participle stands where a gerund of another verb would. The nouns
//! are the rules' `documents`. Inside a phrase opened by a preposition (`despite polls
//! showing her behind, the mayor …`, `in the wake of a poll showing …, Priebus told`) the
//! finding ends at the phrase's comma: what follows is the reporter's sentence.

use super::sentence::SentenceCtx;
use super::{Extractor, english};

/// Words that open a phrase around a document besides the prepositions (`despite polls
/// showing …`).
const OPENERS: [&str; 4] = ["despite", "amid", "with", "without"];

impl Extractor<'_> {
    /// Whether the participle cue at token `cue` follows a document noun written as a word
    /// in small letters outside any quotation (`polls` of `polls showing`).
    pub(super) fn document_participle(&self, ctx: &SentenceCtx<'_>, cue: usize) -> bool {
        let Some(head) = cue.checked_sub(1) else {
            return false;
        };
        english::is_participle(ctx.low(cue))
            && ctx.tokens[head].is_word()
            && !ctx.quoted_at(head)
            && !ctx.tokens[head].is_capitalized(ctx.text)
            && self.cues.is_document(ctx.low(head))
    }

    /// The token after the comma that closes the phrase holding the document participle
    /// cue at token `cue`, when a preposition opens that phrase (`despite polls showing …,`);
    /// `None` for any other cue, or when no comma follows.
    pub(super) fn document_phrase_end(&self, ctx: &SentenceCtx<'_>, cue: usize) -> Option<usize> {
        if !self.document_participle(ctx, cue) {
            return None;
        }
        let (s, _) = self.speaker_before(ctx, cue)?;
        let before = ctx.low(s.checked_sub(1)?);
        if !(english::is_preposition(before) || OPENERS.contains(&before)) {
            return None;
        }
        (cue + 1..ctx.tokens.len())
            .find(|&i| ctx.tok(i) == "," && !ctx.quoted_at(i))
            .map(|comma| comma + 1)
    }

    /// The token after the comma that closes a phrase of "with", its people and their
    /// participle (`…, with 41 percent saying they would not back it, the bond measure at
    /// 30 percent`): the phrase is a clause of its own, and what was said ends with it.
    /// `None` when the participle cue at token `cue` has no speaker right after "with", or
    /// no comma follows.
    pub(super) fn with_phrase_end(&self, ctx: &SentenceCtx<'_>, cue: usize) -> Option<usize> {
        if !english::is_participle(ctx.low(cue)) {
            return None;
        }
        let (s, _) = self.speaker_before(ctx, cue)?;
        if ctx.low(s.checked_sub(1)?) != "with" {
            return None;
        }
        (cue + 1..ctx.tokens.len())
            .find(|&i| ctx.tok(i) == "," && !ctx.quoted_at(i))
            .map(|comma| comma + 1)
    }
}
