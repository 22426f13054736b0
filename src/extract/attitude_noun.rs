//! Nouns of attitude after a possessive: `Trump's claim that …`, `the senator's promise to
//! …`, `his decision to …`. The possessor holds the claim, promise or plan, and the clause
//! after "that" or "to" is what it holds: a claim of the kind the rules' `nouns` give the
//! noun (said, believes, promises, intends…), with the noun as its cue.

use crate::article::Span;

use super::sentence::{SentenceCtx, trim_end_punct};
use super::{Claim, Extractor, english, source};

/// At most this many modifiers stand between the possessive and the noun (`Trump's
/// controversial new proposal to …`).
const MAX_MODIFIERS: usize = 2;

/// At most this many words make a possessor written in lower case (`the state's top
/// election official's`), counted back from the possessive.
const MAX_POSSESSOR: usize = 5;

/// Fewest words the clause after "that" or "to" holds.
const MIN_CONTENT: usize = 3;

impl Extractor<'_> {
    /// The claim of the noun of attitude at token `i`, when a possessive stands before it and
    /// a clause after it (`Clinton's promise to raise the minimum wage`); `None` otherwise.
    pub(super) fn attitude_noun(&self, ctx: &SentenceCtx<'_>, i: usize) -> Option<Claim> {
        // Only "that" or "to" opens the clause (`opens_clause`): every other token is turned
        // away by the word after it, before its own is looked up among the nouns.
        if !matches!(ctx.low(i + 1), "that" | "to")
            || !ctx.tokens.get(i)?.is_word()
            || ctx.quoted_at(i)
        {
            return None;
        }
        let kind = self.cues.noun_kind(ctx.low(i))?;
        let marker = i + 1;
        let first = marker + 1;
        if ctx.quoted_at(marker) || !opens_clause(ctx, marker) {
            return None;
        }
        let owner = possessive_before(ctx, i)?;
        let start = possessor_start(ctx, owner);
        // What "that" opens is the content without it, as after `said that`; an infinitive
        // keeps its "to", as after `wants to`.
        let from = if ctx.low(marker) == "that" {
            first
        } else {
            marker
        };
        let mut end = self.content_end(ctx, first, None);
        // `His refusal to act made the crisis worse`: the noun phrase is the sentence's
        // subject, and its clause ends at the main verb. An infinitive's own verb is bare,
        // so the first finite one is the main verb; a "that" clause holds a finite verb of
        // its own, and which one is the main verb cannot be told: no claim.
        if opens_a_clause(ctx, start) {
            if ctx.low(marker) == "that" {
                return None;
            }
            end = (first + 1..end).find(|&k| is_main_verb(ctx.low(k)) && ctx.low(k - 1) != "to")?;
        }
        if end <= first {
            return None;
        }
        let content = trim_end_punct(ctx.text, ctx.span(from, end));
        if content.of(ctx.text).split_whitespace().count() < MIN_CONTENT {
            return None;
        }
        let cue = ctx.span(i, i + 1);
        let span = trim_end_punct(ctx.text, ctx.span(start, end));
        let mut claim = self.claim_with_modality(
            ctx,
            self.cues.kind_name(kind),
            Some((start, owner + 1)),
            cue,
            content,
            span,
        );
        // The possessor is named without its possessive (`Trump`, not `Trump's`).
        if let Some(speaker) = claim.speaker.as_mut()
            && let Some(span) = speaker.span
        {
            let written = span.of(ctx.text);
            let bare = strip_possessive(written);
            if bare.is_empty() {
                return None;
            }
            let cut = Span::new(span.start, span.start + bare.len());
            speaker.text = bare.to_string();
            speaker.span = Some(cut);
        }
        // Only a source holds a view or makes a promise (`the bill's promise to …` is none);
        // "his", "her" and "their" stand for people, "its" as often for a thing; a day or a
        // time holds nothing (`Monday's decision to …`, `last year's plan to …`).
        let holder = claim.speaker.as_ref().is_some_and(|s| {
            let lower = s.text.to_lowercase();
            let last = lower.rsplit(' ').next().unwrap_or("");
            matches!(lower.as_str(), "his" | "her" | "their")
                || source::is_source(s, ctx.text, &self.cues) && !english::is_time_word(last)
        });
        holder.then_some(claim)
    }
}

/// Whether the possessor at token `start` opens its sentence or clause, where a subject
/// stands (`Her plan to …`, `…, but his refusal to …`).
fn opens_a_clause(ctx: &SentenceCtx<'_>, start: usize) -> bool {
    start == 0
        || matches!(ctx.tok(start - 1), "," | ";" | "—" | "–" | ":")
        || matches!(ctx.low(start - 1), "but" | "and" | "yet" | "so" | "while")
}

/// A verb that cannot stand bare after "to": the main verb after an infinitive clause.
fn is_main_verb(lower: &str) -> bool {
    english::is_be_form(lower) && !matches!(lower, "be" | "been" | "being")
        || english::is_finite_verb(lower)
        || english::is_irregular_past(lower)
        || english::is_auxiliary(lower)
}

/// Whether the "that" or "to" at token `marker` opens a clause: "that" before a subject
/// rather than a verb (`the claim that was made` is a relative clause), "to" before a verb
/// in its base form rather than a noun phrase (`his promise to voters`, `her remarks to the
/// crowd`).
fn opens_clause(ctx: &SentenceCtx<'_>, marker: usize) -> bool {
    let next = ctx.low(marker + 1);
    let word = ctx
        .tokens
        .get(marker + 1)
        .is_some_and(|t| t.is_word() && !t.is_capitalized(ctx.text));
    match ctx.low(marker) {
        "that" => {
            !next.is_empty()
                && !english::is_finite_verb(next)
                && !english::is_auxiliary(next)
                && !matches!(next, "is" | "are" | "was" | "were" | "has" | "had" | "have")
        }
        "to" => {
            word && next.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                && !english::is_determiner(next)
                && !english::is_pronoun(next)
                && !matches!(
                    next,
                    "this" | "that" | "these" | "those" | "my" | "your" | "all" | "any" | "no"
                )
                && (!next.ends_with('s') || next.ends_with("ss"))
                && !next.ends_with("ing")
                && !next.ends_with("ly")
        }
        _ => false,
    }
}

/// The possessive token before the noun at `noun`, past a few lower-case modifiers
/// (`Trump's`, `his`, `the senators'`, `Clinton's latest`); `None` when none stands there.
fn possessive_before(ctx: &SentenceCtx<'_>, noun: usize) -> Option<usize> {
    let mut k = noun.checked_sub(1)?;
    for _ in 0..=MAX_MODIFIERS {
        if ctx.quoted_at(k) || !ctx.tokens[k].is_word() {
            return None;
        }
        let lower = ctx.low(k);
        if is_possessive(lower) || matches!(lower, "his" | "her" | "their") {
            return Some(k);
        }
        let modifier = !ctx.tokens[k].is_capitalized(ctx.text)
            && !english::is_determiner(lower)
            && !english::is_finite_verb(lower)
            && !english::is_be_form(lower);
        if !modifier {
            return None;
        }
        k = k.checked_sub(1)?;
    }
    None
}

/// Where the possessor ending at token `owner` begins: a pronoun is itself; a name runs back
/// over capitalised words (`Hillary Clinton's`); a description back to its determiner (`the
/// senator's`, `the state party's`).
fn possessor_start(ctx: &SentenceCtx<'_>, owner: usize) -> usize {
    let lower = ctx.low(owner);
    if matches!(lower, "his" | "her" | "their") {
        return owner;
    }
    let capitalised = |k: usize| {
        ctx.tokens[k].is_word() && ctx.tokens[k].is_capitalized(ctx.text) && !ctx.quoted_at(k)
    };
    let mut start = owner;
    if capitalised(owner) {
        while start > 0 && owner - start < MAX_POSSESSOR && capitalised(start - 1) {
            start -= 1;
        }
        if start > 0 && ctx.low(start - 1) == "the" {
            start -= 1;
        }
        return start;
    }
    // `the senator's`, `the state party's`: back to "the" over lower-case words.
    let mut k = owner;
    while k > 0 && owner - k < MAX_POSSESSOR {
        let w = ctx.low(k - 1);
        if !ctx.tokens[k - 1].is_word() || ctx.quoted_at(k - 1) {
            break;
        }
        if matches!(w, "the" | "a" | "an") {
            return k - 1;
        }
        if english::is_finite_verb(w) || english::is_be_form(w) || is_possessive(w) {
            break;
        }
        k -= 1;
    }
    start
}

/// Whether a word ends in a possessive (`trump's`, `senators'`, `sanders’`).
pub(super) fn is_possessive(lower: &str) -> bool {
    lower.len() > 2 && english::ends_in_possessive(lower)
}

/// A possessor without its possessive ending (`Trump's` → `Trump`, `Sanders’` → `Sanders`).
pub(super) fn strip_possessive(written: &str) -> &str {
    for end in ["'s", "’s", "'S", "’S"] {
        if let Some(bare) = written.strip_suffix(end) {
            return bare;
        }
    }
    if written.ends_with("s'") || written.ends_with("s’") {
        return written.trim_end_matches(['\'', '’']);
    }
    written
}
