//! A prison term: "sentenced Brenn to seven years", "jailed for six years", "was serving 18
//! years" and "a sentence of ten years" measure one thing, the sentence; a term asked for
//! ("prosecutors had sought ten years", "asked for a sentence of 12 years") is the sentence
//! sought, which the sentence passed never meets.

use crate::rules::RuleSet;

use super::{FactReader, View};

/// What a duration from token `first` in a clause from `clause_start` measures, given
/// `what` as read (canonical): "sentence" or "sentence sought" for a prison term, else
/// `what` itself.
pub(super) fn of(
    reader: &FactReader,
    rules: &RuleSet,
    view: &View<'_>,
    first: usize,
    clause_start: usize,
    unit: Option<&str>,
    what: String,
) -> String {
    let sentencing = |i: usize| rules.canonical_lower(view.low(i)) == "sentence";
    let Some(before) = first.checked_sub(1).filter(|&b| b >= clause_start) else {
        return what;
    };
    // "sentenced Brenn to seven years", "jailed for six years", "serving 18 years".
    let term = what == "sentence"
        || sentencing(before)
        || (matches!(view.low(before), "to" | "for")
            && (clause_start..before).rev().take(8).any(sentencing));
    // "had sought ten years": a term in years or months asked for.
    let sought =
        matches!(unit, Some("year" | "month")) && reader.demands.contains(view.low(before));
    // The demand may open the claim the clause is ("Prosecutors had asked for a sentence of
    // ten years"): a few words back, past the clause's start.
    let asked = || (first.saturating_sub(8)..first).any(|i| reader.demands.contains(view.low(i)));
    if sought || (term && asked()) {
        "sentence sought".to_string()
    } else if term {
        "sentence".to_string()
    } else {
        what
    }
}
