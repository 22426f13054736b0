//! Views reported without their holder: `Trump is expected to win Ohio`, `the plan is
//! widely seen as a compromise`, `a ruling that is considered a setback`. The reporter tells
//! what is expected or believed without saying by whom: a claim with no speaker, whose
//! content is the whole clause, of the kind `believes`. The same pass finds impressions
//! (`appearance`: `the plan seems to stall`) and hearsay (`hearsay`: `the agency is
//! reportedly preparing a recall`).

use crate::article::Span;

use super::appearance::subject_before_aside;
use super::sentence::{SentenceCtx, trim_end_punct};
use super::{Claim, Extractor, english};

/// The kind of claim a view without its holder is.
const BELIEVES: &str = "believes";

impl Extractor<'_> {
    /// The claims of the passive views of a sentence (`X is expected to …`, `X is seen as
    /// …`), outside the spans already taken by other claims.
    pub(super) fn passive_views(&self, ctx: &SentenceCtx<'_>, taken: &[Span]) -> Vec<Claim> {
        let mut found = Vec::new();
        let n = ctx.tokens.len();
        for i in 1..n.saturating_sub(1) {
            // `the plan seems to stall`: an impression, in the same pass.
            if let Some(claim) = self.appearance(ctx, i) {
                if !taken.iter().any(|t| t.overlaps(claim.content_span)) {
                    found.push(claim);
                }
                continue;
            }
            // `the agency is reportedly preparing a recall`: hearsay, in the same pass.
            if let Some(claim) = self.hearsay(ctx, i) {
                if !taken.iter().any(|t| t.overlaps(claim.content_span)) {
                    found.push(claim);
                }
                continue;
            }
            // A view is told with "to" or "as" after its participle: most tokens are turned
            // away by the word after them, before their own is compared with the participles.
            let next = ctx.low(i + 1);
            if !matches!(next, "to" | "as")
                || ctx.quoted_at(i)
                || !english::is_evidential_participle(ctx.low(i))
            {
                continue;
            }
            let Some(be) = passive_be(ctx, i) else {
                continue;
            };
            let Some(start) = clause_subject(ctx, be) else {
                continue;
            };
            if english::is_pronoun(ctx.low(start)) && start + 1 == be && ctx.low(start) == "it" {
                continue;
            }
            let mut end = self.content_end(ctx, i + 1, None);
            // `Although the port is not expected to reopen, ships …`: a subordinate view
            // ends at the comma that closes it.
            if start > 0 && english::subordinates(ctx.low(start - 1)) {
                end = (i + 2..end)
                    .find(|&k| ctx.tok(k) == "," && !ctx.quoted_at(k))
                    .unwrap_or(end);
            }
            let end = view_end(ctx, start, i + 2, end);
            let content = trim_end_punct(ctx.text, ctx.span(start, end));
            let cue = ctx.span(be, i + 1);
            if taken.iter().any(|t| t.overlaps(content))
                || content.of(ctx.text).split_whitespace().count() < 4
            {
                continue;
            }
            found.push(self.claim_with_modality(ctx, BELIEVES, None, cue, content, content));
        }
        found
    }
}

/// The form of "be" that makes the participle at token `i` a passive: `is expected`, `are
/// widely seen`, `was long considered`, denied as well (`is not expected`, `wasn't seen`);
/// adverbs and a negation may stand between. `None` when no such form stands before it, or
/// when it opens the sentence.
pub(super) fn passive_be(ctx: &SentenceCtx<'_>, i: usize) -> Option<usize> {
    let mut be = i.checked_sub(1)?;
    while be > 0
        && (english::is_manner_adverb(ctx.low(be))
            || matches!(
                ctx.low(be),
                "also" | "still" | "now" | "long" | "generally" | "not" | "never"
            ))
    {
        be -= 1;
    }
    ((english::is_be_form(ctx.low(be)) || negated_be(ctx.low(be))) && be > 0).then_some(be)
}

/// The first token of the clause whose passive verb's "be" stands at token `be`: after the
/// last comma, conjunction, "that" or subordinating word before it, or before an aside or a
/// relative clause set off by commas (`The bank, which has held rates near zero, is
/// expected to act`). `None` when no word stands between the opening and the verb.
pub(super) fn clause_subject(ctx: &SentenceCtx<'_>, be: usize) -> Option<usize> {
    let opens = |k: usize| {
        matches!(ctx.tok(k), "," | ";" | "—" | "–" | "(")
            || matches!(ctx.low(k), "that" | "and" | "but")
            || english::subordinates(ctx.low(k))
    };
    let mut start = (0..be).rev().find(|&k| opens(k)).map_or(0, |k| k + 1);
    // `The bank, which has held rates near zero, is expected to act`: the subject stands
    // before a relative clause set off by commas.
    if start == be && be > 0 && ctx.tok(be - 1) == "," {
        let aside = (0..be - 1).rev().find(|&k| ctx.tok(k) == ",");
        if let Some(open) = aside
            && matches!(ctx.low(open + 1), "which" | "who" | "whose")
        {
            start = (0..open).rev().find(|&k| opens(k)).map_or(0, |k| k + 1);
        }
    }
    // `The board, under mounting pressure, is expected to act`: any other aside.
    if start == be
        && let Some(subject) = subject_before_aside(ctx, be)
    {
        start = subject;
    }
    (start < be).then_some(start)
}

/// Where a view without its holder, opened at token `start` and read from `from` up to
/// `end`, stops: it tells one proposition, so what the reporter adds after a comma or a
/// dash is no part of it: a circumstance with "with" (`…, with sharp consequences for
/// …`), a participle (`…, possibly setting up a new vote`), a reason or concession (`…,
/// largely because …`, `…, although …`), an aside between dashes; and a relative clause
/// that holds the view (`which is due to arrive on May 9, presents …`) ends at its
/// closing comma.
pub(super) fn view_end(ctx: &SentenceCtx<'_>, start: usize, from: usize, end: usize) -> usize {
    let relative = matches!(ctx.low(start), "which" | "who" | "that");
    (from..end)
        .find(|&k| {
            if ctx.quoted_at(k) {
                return false;
            }
            match ctx.tok(k) {
                "," => {
                    let mut next = k + 1;
                    if ctx.low(next).ends_with("ly") {
                        next += 1;
                    }
                    let word = ctx.low(next);
                    relative
                        || word == "with"
                        || word.len() > 4 && word.ends_with("ing")
                        || english::subordinates(word)
                        || english::joins_new_clause(word)
                }
                "—" | "–" | "--" | "-" => {
                    ctx.tokens[k].span.start > 0
                        && ctx.text.as_bytes()[ctx.tokens[k].span.start - 1] == b' '
                }
                _ => false,
            }
        })
        .unwrap_or(end)
}

/// A form of "be" with its negation joined on: `isn't`, `wasn’t`.
fn negated_be(lower: &str) -> bool {
    let stem = lower
        .strip_suffix("n't")
        .or_else(|| lower.strip_suffix("n’t"));
    matches!(stem, Some("is" | "are" | "was" | "were"))
}
