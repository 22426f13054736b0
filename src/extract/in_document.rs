//! `In a poll released Monday, 50 percent chose …`: a finding told as what a poll, survey or
//! report holds. The document named after a sentence-opening "In" is the source, and the
//! clause after the comma is what it found (kind `found`).

use super::sentence::{SentenceCtx, trim_end_punct};
use super::{Claim, Extractor, english};

/// The kind of claim a document's finding is.
const FOUND: &str = "found";

/// Documents someone writes or words someone speaks, whose author the clause after the
/// comma names as its subject (`In a statement, Ross was cautious`), unlike a poll or a
/// report, which holds its findings itself.
const PERSONAL: &[&str] = &[
    "assessment",
    "e-mail",
    "email",
    "exchange",
    "interview",
    "letter",
    "message",
    "remarks",
    "speech",
    "statement",
    "testimony",
    "tweet",
];

/// Words the phrase after "In" may hold at most before its comma.
const MAX_SOURCE: usize = 16;

impl Extractor<'_> {
    /// The finding of a sentence that opens with `In <a document …>,` (after an optional
    /// `But`, `And`): the document is the speaker and the clause after the comma the
    /// content. `None` when the phrase names no poll, survey, report or other of the
    /// `documents`, or when fewer than four words follow.
    pub(super) fn in_document(&self, ctx: &SentenceCtx<'_>) -> Option<Claim> {
        let n = ctx.tokens.len();
        let lead = usize::from(matches!(ctx.low(0), "but" | "and" | "yet"));
        if ctx.low(lead) != "in" || ctx.quoted_at(lead) {
            return None;
        }
        let first = lead + 1;
        let comma = (first..n.min(first + MAX_SOURCE + 1)).find(|&i| !ctx.tokens[i].is_word())?;
        if ctx.tok(comma) != "," || comma == first || ctx.quoted_at(comma) {
            return None;
        }
        // The document is the phrase's head: a document noun before any "of", "from" or
        // participle that qualifies it (`a poll released Monday`, `a survey of voters`).
        let head_end = (first..comma)
            .find(|&i| {
                matches!(ctx.low(i), "of" | "from" | "by" | "for" | "on" | "in")
                    || i > first && english::is_participle(ctx.low(i))
                    || i > first && ctx.low(i).ends_with("ed") && ctx.low(i).len() > 4
            })
            .unwrap_or(comma);
        if !(first..head_end).any(|i| self.cues.is_document(ctx.low(i))) {
            return None;
        }
        let start = comma + 1;
        let end = self.content_end(ctx, start, None);
        let content = trim_end_punct(ctx.text, ctx.span(start, end));
        if content.of(ctx.text).split_whitespace().count() < 4 {
            return None;
        }
        // `In a statement issued Tuesday, Governor Ann Ross was more cautious …`: what
        // someone writes or says is theirs, and the clause's subject is who that is.
        let personal = (first..head_end).any(|i| PERSONAL.contains(&ctx.low(i)))
            && !(first..head_end).any(|i| matches!(ctx.low(i), "my" | "our"));
        let speaker = personal
            .then(|| self.subject_of_first_verb_from(ctx, start, end))
            .flatten()
            .filter(|&(s, _)| s == start)
            .unwrap_or((first, comma));
        let cue = ctx.span(lead, lead + 1);
        let span = trim_end_punct(ctx.text, ctx.span(lead, end));
        Some(self.claim_with_modality(ctx, FOUND, Some(speaker), cue, content, span))
    }
}
