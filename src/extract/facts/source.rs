//! Who gives a fact: the speaker of the claim whose content holds it (with the relay it came
//! through), or a source named beside the figure ("Police put the march at 30,000"); `None`
//! when the outlet states it in its own voice.

use crate::extract::claim::{Claim, ClaimKind};
use crate::extract::fact::Fact;

use super::View;

/// Verbs of "X put the crowd at 30,000": the one who puts is the source.
fn puts(word: &str) -> bool {
    matches!(word, "put" | "puts" | "putting" | "placed" | "places")
}

/// A source named in the clause `[start, end)` for a figure at token `at`: "Police put the
/// march at roughly 30,000" → ("Police", None).
pub(super) fn local(view: &View<'_>, clause: (usize, usize), at: usize) -> Option<String> {
    let (start, _) = clause;
    // "at" before the figure (and its qualifier), then a verb of putting before that.
    let mut at_word = None;
    for i in (start..at).rev().take(4) {
        if view.low(i) == "at" {
            at_word = Some(i);
            break;
        }
    }
    let at_word = at_word?;
    let verb = (start..at_word)
        .rev()
        .take(14)
        .find(|&i| puts(view.low(i)))?;
    // The source: the words from the clause start (or after a comma) to the verb.
    let mut s = verb;
    while s > start && !matches!(view.low(s - 1), "," | "and" | "but" | "that") {
        s -= 1;
    }
    (s < verb).then(|| view.span(s, verb).of(view.text).to_string())
}

/// "The 5.8-magnitude quake struck Hvar island, home to 11,000 people, local radio said.":
/// the speaker of a sentence that ends with its attribution, for a figure before it.
pub(super) fn trailing(view: &View<'_>, cues: &[String], at: usize) -> Option<String> {
    let mut end = view.tokens.len();
    while end > 0 && !view.tokens[end - 1].is_word() {
        end -= 1;
    }
    let cue = end.checked_sub(1)?;
    if !cues.iter().any(|c| c == view.low(cue)) {
        return None;
    }
    let comma = (at..cue).rev().find(|&i| view.low(i) == ",")?;
    let speaker = comma + 1;
    if speaker >= cue || cue - speaker > 6 || !(speaker..cue).all(|i| view.tokens[i].is_word()) {
        return None;
    }
    // "…, with no injuries reported.": a phrase that opens with a preposition or "no" is
    // what was reported, not who reported it.
    let first = view.low(speaker);
    if matches!(
        first,
        "with" | "without" | "no" | "and" | "but" | "as" | "after" | "before"
    ) {
        return None;
    }
    // "…, according to reports.": the cue is the source, not "according to".
    if view.low(speaker) == "according" && view.low(speaker + 1) == "to" {
        return Some(view.span(speaker + 2, cue + 1).of(view.text).to_string());
    }
    Some(view.span(speaker, cue).of(view.text).to_string())
}

/// Gives `fact` to the claim whose content holds it, if any: its source becomes the claim's
/// speaker (the outlet's own assertions keep none) and its relay the claim's; a hedged
/// claim hedges the fact. Returns the claim's index in `claims`.
pub(super) fn attribute(fact: &mut Fact, claims: &[&Claim]) -> Option<usize> {
    let (index, claim) = claims
        .iter()
        .enumerate()
        .filter(|(_, c)| c.content_span.contains(fact.span))
        .min_by_key(|(_, c)| c.content_span.len())?;
    if claim.kind != ClaimKind::Assertion
        && fact.frame.source.is_none()
        && let Some(speaker) = claim
            .speaker
            .as_ref()
            .filter(|s| !s.text.eq_ignore_ascii_case("according to"))
    {
        fact.frame.source = Some(speaker.text.clone());
    }
    if fact.frame.via.is_none() {
        fact.frame.via = claim.via.as_ref().map(|v| v.text.clone());
    }
    fact.hedged |= claim.hedged
        || claim
            .modal
            .as_deref()
            .is_some_and(|m| matches!(m, "may" | "might" | "could"));
    Some(index)
}
