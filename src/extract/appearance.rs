//! How things seem, told without saying to whom: `the senator seemed to be losing ground`,
//! `the deal appears likely to pass`, `it appears that the vote was close`. The reporter
//! reports an impression, not a fact: a claim with no speaker, whose content is the whole
//! clause (after `it seems`, the clause that follows), of the kind `seems`.

use super::sentence::{SentenceCtx, trim_end_punct};
use super::{Claim, Extractor, english};

/// The kind of claim an impression is.
pub const SEEMS: &str = "seems";

/// The forms of "seem" and "appear".
fn seems_verb(lower: &str) -> Option<bool> {
    match lower {
        "seem" | "seems" | "seemed" => Some(true),
        "appear" | "appears" | "appeared" => Some(false),
        _ => None,
    }
}

/// Words after "appear" that make it an impression (`appeared to end`, `appears likely`)
/// rather than a presence (`appeared on television`, `appeared in court`).
fn impression_after_appear(lower: &str) -> bool {
    matches!(
        lower,
        "to" | "likely"
            | "unlikely"
            | "certain"
            | "poised"
            | "set"
            | "ready"
            | "closer"
            | "more"
            | "less"
            | "increasingly"
            | "somewhat"
            | "eager"
            | "willing"
            | "reluctant"
            | "determined"
            | "confident"
            | "uneasy"
            | "unsure"
            | "unaware"
            | "unable"
            | "headed"
            | "bound"
            | "that"
    )
}

/// Most words of an aside set off by commas between a subject and its verb.
const MAX_ASIDE: usize = 12;

/// Most words of the subject before such an aside.
const MAX_SUBJECT: usize = 8;

/// Whether token `k` ends what comes before a clause: a break, a conjunction, a "that".
pub(super) fn opens_clause(ctx: &SentenceCtx<'_>, k: usize) -> bool {
    matches!(ctx.tok(k), "," | ";" | ":" | "—" | "–" | "(")
        || matches!(ctx.low(k), "that" | "and" | "but" | "because" | "while")
        || english::subordinates(ctx.low(k))
}

/// Where the clause of the word at token `i` starts: after the break, conjunction or "that"
/// before it, or, when the word follows such a break at once, where the subject before an
/// aside set off by commas starts (`The senator, casting herself as a friend of labor,
/// appeared to …`). `None` when neither reads.
pub(super) fn clause_start(ctx: &SentenceCtx<'_>, i: usize) -> Option<usize> {
    let start = (0..i)
        .rev()
        .find(|&k| opens_clause(ctx, k))
        .map_or(0, |k| k + 1);
    if start < i {
        Some(start)
    } else {
        subject_before_aside(ctx, i)
    }
}

/// Where the subject of the verb at token `verb` starts when an aside set off by commas
/// stands between them (`The senator, casting herself as a friend of labor, appeared to …`,
/// `Democrats, too, appeared …`, `The board, under mounting pressure, is expected to …`):
/// the first word after the break before the aside's opening comma. `None` when no such
/// aside closes right before the verb, or when the words before it are no noun phrase (a
/// verb or a pronoun among them, or more than a few words).
pub(super) fn subject_before_aside(ctx: &SentenceCtx<'_>, verb: usize) -> Option<usize> {
    let close = verb.checked_sub(1)?;
    if ctx.tok(close) != "," || ctx.quoted_at(close) {
        return None;
    }
    let open = (close.saturating_sub(MAX_ASIDE + 1)..close)
        .rev()
        .find(|&k| !ctx.tokens[k].is_word() || ctx.quoted_at(k))?;
    if ctx.tok(open) != "," || ctx.quoted_at(open) || open + 1 == close {
        return None;
    }
    let start = (0..open)
        .rev()
        .find(|&k| opens_clause(ctx, k))
        .map_or(0, |k| k + 1);
    let noun_phrase = start < open
        && open - start <= MAX_SUBJECT
        && (start..open).all(|k| {
            let w = ctx.low(k);
            (ctx.tokens[k].is_word() || ctx.tok(k) == ".")
                && !ctx.quoted_at(k)
                && !english::is_finite_verb(w)
                && !english::is_auxiliary(w)
                && !english::is_subject_pronoun(w)
        });
    noun_phrase.then_some(start)
}

impl Extractor<'_> {
    /// The impression whose verb ("seems", "appeared") is token `i`, if it is one: the
    /// clause from its subject (after the last comma, conjunction or "that" before it) to
    /// where the content ends; after `it` the clause that follows. `None` for a presence
    /// (`appeared in court`), a quoted verb, or a clause of fewer than four words.
    pub(super) fn appearance(&self, ctx: &SentenceCtx<'_>, i: usize) -> Option<Claim> {
        let seem = seems_verb(ctx.low(i))?;
        let n = ctx.tokens.len();
        if i == 0 || i + 1 >= n || ctx.quoted_at(i) {
            return None;
        }
        let next = ctx.low(i + 1);
        if !ctx.tokens[i + 1].is_word() || !seem && !impression_after_appear(next) {
            return None;
        }
        let start = clause_start(ctx, i)?;
        // `It appears that …`, `it seems the vote …`: what follows is the impression.
        let expletive = start + 1 == i && ctx.low(start) == "it";
        let from = if expletive { i + 1 } else { start };
        if expletive && next == "to" {
            return None;
        }
        let end = self.content_end(ctx, i + 1, None);
        let content = trim_end_punct(ctx.text, ctx.span(from, end));
        if content.of(ctx.text).split_whitespace().count() < 4 {
            return None;
        }
        let cue = ctx.span(i, i + 1);
        let span = trim_end_punct(ctx.text, ctx.span(start, end));
        Some(self.claim_with_modality(ctx, SEEMS, None, cue, content, span))
    }
}
