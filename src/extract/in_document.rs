//! `In a poll released Monday, 52 percent chose …`: a finding told as what a poll, survey or
//! report holds. The document named after a sentence-opening "In" is the source, and the
//! clause after the comma is what it found (kind `found`). Told the other way round, a
//! figure that closes on the document (`Ruiz led Lee by 12 points in a Herald poll.`) is its
//! finding too, and so is a lead or a place that closes on a poll (`poll_standing`).

use super::sentence::{SentenceCtx, trim_end_punct};
use super::{Claim, Extractor, document_subject, english, poll_standing};

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

/// Most tokens of an aside that tells how a poll was taken (`conducted June 2-4 by
/// phone`).
const MAX_ASIDE: usize = 10;

/// The comma that closes an aside opening at token `from` with a participle that tells how
/// a poll was taken (`conducted June 2-4,`, `released Sunday,`, `taken in June,`), or
/// `None` when no participle opens there or no comma closes it soon.
fn conducted_aside(ctx: &SentenceCtx<'_>, from: usize) -> Option<usize> {
    let lower = ctx.low(from);
    let participle =
        lower.len() > 4 && lower.ends_with("ed") || matches!(lower, "taken" | "done" | "out");
    if !participle || ctx.quoted_at(from) {
        return None;
    }
    (from + 1..ctx.tokens.len().min(from + MAX_ASIDE + 1))
        .take_while(|&i| !ctx.quoted_at(i) && !matches!(ctx.tok(i), ";" | ":" | "."))
        .find(|&i| ctx.tok(i) == ",")
}

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
        // `In a Post/ABC News poll of 1,000 adults, …`: a slash or a figure inside the
        // phrase does not end it.
        let comma = (first..n.min(first + MAX_SOURCE + 1))
            .find(|&i| !ctx.tokens[i].is_word() && !document_subject::inside_a_name(ctx, i))?;
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
        // `In the new poll, conducted June 2-4, 41 percent …`: what tells when or by whom
        // the poll was taken, set off by commas, is part of the phrase that names it.
        let start = match conducted_aside(ctx, comma + 1) {
            Some(close) => close + 1,
            None => comma + 1,
        };
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

    /// The finding of a sentence that closes on `in <a poll, survey or report>` (`Ruiz held
    /// a 12-point lead among women in a Herald poll.`): the document is the speaker and the
    /// clause before "in" the content, after a lead that opens the sentence (`In the fall,
    /// …`). Only a clause that holds a share or a margin (a figure with `percent`, `%` or
    /// `points`) is read so: other clauses that end in a document tell where something
    /// stands (`was named in the indictment`). `None` when no such document closes it.
    pub(super) fn closing_document(&self, ctx: &SentenceCtx<'_>) -> Option<Claim> {
        let mut n = ctx.tokens.len();
        while n > 0 && matches!(ctx.tok(n - 1), "." | "!") {
            n -= 1;
        }
        // The words after the last "in": only words, a document among them before any
        // phrase that qualifies it.
        let at = (n.saturating_sub(MAX_SOURCE)..n)
            .rev()
            .take_while(|&i| ctx.tokens[i].is_word() && !ctx.quoted_at(i))
            .find(|&i| ctx.low(i) == "in")?;
        let first = at + 1;
        // `in latest poll`, `in national polls`: a poll may go without a determiner.
        let bare_poll = first < n && poll_standing::opens_bare_poll(ctx.low(first));
        if first >= n || !english::is_determiner(ctx.low(first)) && !bare_poll || at < 4 {
            return None;
        }
        let head_end = (first + 1..n)
            .find(|&i| {
                matches!(ctx.low(i), "of" | "from" | "by" | "for" | "on" | "in")
                    || english::is_participle(ctx.low(i))
                    || ctx.low(i).ends_with("ed") && ctx.low(i).len() > 4
            })
            .unwrap_or(n);
        if !(first..head_end)
            .any(|i| self.cues.is_document(ctx.low(i)) && !PERSONAL.contains(&ctx.low(i)))
        {
            return None;
        }
        // `In the fall of 2007, Ruiz held …`: a lead that opens the sentence is the
        // reporter's.
        let start = if english::opens_adverbial(ctx.low(0)) {
            (1..at).find(|&i| ctx.tok(i) == ",").map_or(0, |c| c + 1)
        } else {
            0
        };
        if start + 4 > at || (start..at).any(|i| ctx.quoted_at(i)) {
            return None;
        }
        let margin = (start..at).any(|i| {
            matches!(ctx.low(i), "percent" | "%" | "points" | "point")
                || ctx.low(i).ends_with("-point")
        });
        let figure = (start..at).any(|i| ctx.tok(i).bytes().any(|b| b.is_ascii_digit()));
        // `Ruiz is leading in the polls`: a lead or a place needs no figure in a poll.
        let standing = poll_standing::names_poll(ctx.low(head_end - 1))
            && poll_standing::one_clause_of_standing(ctx, start, at);
        if !(standing || margin && figure && !bare_poll) {
            return None;
        }
        let content = trim_end_punct(ctx.text, ctx.span(start, at));
        if content.is_empty() {
            return None;
        }
        let cue = ctx.span(at, at + 1);
        let span = trim_end_punct(ctx.text, ctx.span(start, n));
        // The document without what qualifies it (`a new poll` of `a new poll of voters`).
        let speaker = (first, head_end);
        Some(self.claim_with_modality(ctx, FOUND, Some(speaker), cue, content, span))
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::test_text::speakers_contents_and_kinds;

    /// The one finding of `text`: (speaker as written, content).
    fn finding(text: &str) -> (String, String) {
        let claims = speakers_contents_and_kinds(text);
        let found: Vec<_> = claims.iter().filter(|c| c.2 == "found").collect();
        assert_eq!(found.len(), 1, "{text}: {claims:?}");
        (found[0].0.clone(), found[0].1.clone())
    }

    #[test]
    fn a_poll_named_for_two_outlets_holds_its_findings() {
        let (speaker, content) = finding(
            "In a Harbor Post/WKTV News poll released Monday, 52 percent of the sample chose Lopez over Reyes.",
        );
        assert_eq!(speaker, "a Harbor Post/WKTV News poll released Monday");
        assert_eq!(content, "52 percent of the sample chose Lopez over Reyes");
    }

    #[test]
    fn a_figure_inside_the_phrase_does_not_end_it() {
        let (speaker, content) =
            finding("In a survey of 1,200 nurses, 61 percent backed the new rota for night wards.");
        assert_eq!(speaker, "a survey of 1,200 nurses");
        assert_eq!(content, "61 percent backed the new rota for night wards");
    }

    #[test]
    fn how_the_poll_was_taken_is_no_part_of_its_finding() {
        let (_, content) = finding(
            "In the new county poll, conducted June 2-4, 41 percent of registered voters back Reyes.",
        );
        assert_eq!(content, "41 percent of registered voters back Reyes");
    }
}
