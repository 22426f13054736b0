//! "Over" before a figure is "more than" only where the figure is the amount itself ("over
//! 20 missile tests", "found over 2,000 emails", "for over 60 years"). Where "over" is a
//! preposition, it bounds nothing:
//! - after a verb of spreading, ranging or passing over ("spread over 4,000 pages",
//!   "scattered over 12 villages", "flew over 30 towns"): the figure is what it lies on;
//! - before a span of time after an amount or an adverb ("$30 billion over 10 years", "rise
//!   gradually over six years"): the span is when, no length of anything, and no fact;
//!   after a thing ("loans over three years", "an event over four days"): the thing's
//!   length, with no bound;
//! - before "one" or "a" and a thing ("over one 12-year stretch", "stepping over one line").
//!
//! Read as "more than", such a figure met the same figure told plainly by another outlet
//! ("4,000 pages") and was called a contradiction.

use crate::extract::claim::Quantity;
use crate::extract::fact::FactKind;
use crate::extract::numbers::{currency_word, is_number_word};

use super::{View, kind_of_unit};

/// Verbs after which "over" says where, not how many.
fn spreads_over(word: &str) -> bool {
    let stem = word
        .strip_suffix("ing")
        .or_else(|| word.strip_suffix("ed"))
        .or_else(|| word.strip_suffix('s'))
        .unwrap_or(word);
    matches!(
        stem,
        "spread"
            | "stretch"
            | "stretche"
            | "scatter"
            | "extend"
            | "rang"
            | "range"
            | "sprawl"
            | "distribut"
            | "distribute"
            | "strewn"
            | "flew"
            | "fly"
            | "flown"
            | "hover"
            | "tower"
            | "step"
            | "stepp"
            | "preside"
            | "presid"
    )
}

/// Words after which "over" before a span of time is still "more than": "for over 60
/// years", "lasted just over 10 seconds", "a little over two hours", "the bureau's over
/// three hour interview".
fn bound_before_span(word: &str) -> bool {
    matches!(
        word,
        "for"
            | "of"
            | "with"
            | "than"
            | "just"
            | "little"
            | "well"
            | "by"
            | "at"
            | "to"
            | "from"
            | "in"
            | "on"
            | "after"
            | "within"
            | "and"
            | "or"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "has"
            | "have"
            | "had"
            | "the"
            | "a"
            | "an"
            | "its"
            | "their"
            | "his"
            | "her"
            | "last"
            | "lasts"
            | "lasted"
            | "lasting"
            | "took"
            | "take"
            | "takes"
            | "taking"
            | "spent"
            | "spend"
            | "spends"
            | "spending"
    ) || word.ends_with("ed")
        || word.ends_with("ing")
        || word.ends_with("'s")
        || word.ends_with("’s")
}

/// What to make of a figure opened by "over" whose "over" is a preposition.
enum Preposition {
    /// A span of time saying when: no figure at all.
    During,
    /// A figure with no bound: the figure written after "over".
    Plain,
}

/// How "over" at the start of `q` (token `first`) is read, when it is a preposition.
fn preposition(view: &View<'_>, q: &Quantity, first: usize) -> Option<Preposition> {
    if view.low(first) != "over" {
        return None;
    }
    let before = first.checked_sub(1).map(|b| (b, view.low(b)));
    let word_before = before.filter(|&(b, _)| view.tokens[b].is_word());
    if let Some((_, word)) = word_before
        && spreads_over(word)
    {
        return Some(Preposition::Plain);
    }
    let rest = view.low(first + 1);
    if matches!(rest, "one" | "a" | "an") && q.high.is_none() && q.value == 1.0 {
        return Some(Preposition::Plain);
    }
    let span = q
        .unit
        .as_deref()
        .is_some_and(|u| kind_of_unit(u) == Some(FactKind::Duration));
    // A span after an amount or a thing: "$30 billion over 10 years", "185,000 over two
    // years", "investment over five years", "gradually over six years". After a verb,
    // a preposition or a word that takes an amount, it is the amount.
    // After an amount or an adverb the span is when the amount is spent or the change
    // made: no fact. After a thing it is how long the thing runs ("loans over three
    // years", "an event over four days"): that length, with no bound.
    match before {
        Some((b, word)) if span && !view.capital(b) => {
            let amount = word.starts_with(|c: char| c.is_ascii_digit())
                || is_number_word(word)
                || currency_word(word).is_some()
                || matches!(word, "bn" | "m" | "million" | "billion" | "trillion")
                || super::head::adverb(word);
            if amount {
                Some(Preposition::During)
            } else {
                (view.tokens[b].is_word() && !bound_before_span(word)).then_some(Preposition::Plain)
            }
        }
        _ => None,
    }
}

/// Reads "over" as a preposition where it is one: a span of time after an amount is
/// dropped, and a figure after a verb of spreading loses its bound ("over 4,000" → 4,000).
pub(super) fn prepositions(view: &View<'_>, quantities: &mut Vec<Quantity>) {
    quantities.retain_mut(|q| {
        let first = view.token_at(q.span.start);
        match preposition(view, q, first) {
            None => true,
            Some(Preposition::During) => false,
            Some(Preposition::Plain) => {
                // Only a figure written out loses its bound: "over several months" stays.
                let written = view.low(first + 1);
                if !(written.starts_with(|c: char| c.is_ascii_digit())
                    || is_number_word(written)
                    || matches!(written, "a" | "an"))
                {
                    return true;
                }
                let Some(start) = view.tokens.get(first + 1).map(|t| t.span.start) else {
                    return true;
                };
                if let Some(text) = view.text.get(start..q.span.end) {
                    q.text = text.to_string();
                    q.span.start = start;
                    q.low = q.value;
                    q.high = Some(q.value);
                }
                true
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use crate::extract::FactKind;

    use super::super::tests::facts_on;

    /// (kind, text, low, high) of each fact of `text` but days.
    fn figures(text: &str) -> Vec<(FactKind, String, f64, Option<f64>)> {
        facts_on(text, "2026-05-01")
            .into_iter()
            .filter(|f| f.kind != FactKind::Day)
            .filter_map(|f| {
                let a = f.amount()?;
                Some((f.kind, a.text.clone(), a.low, a.high))
            })
            .collect()
    }

    #[test]
    fn over_after_a_verb_of_spreading_is_no_bound() {
        let found = figures("The leaked archive is spread over 4,000 pages, the paper said.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1, "4,000");
        assert_eq!((found[0].2, found[0].3), (4000.0, Some(4000.0)));
    }

    #[test]
    fn over_before_an_amount_it_counts_is_more_than() {
        let found = figures("Investigators found over 2,000 emails on the server.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1, "over 2,000");
        assert_eq!(found[0].3, None);
        let found = figures("The two nations have been at odds for over 60 years.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].3, None);
        let found = figures("The hearing lasted just over three hours.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].3, None);
    }

    #[test]
    fn a_span_over_which_an_amount_is_spent_is_no_length_and_a_things_has_no_bound() {
        let found = figures("The plan would cost $40 billion over 10 years, analysts said.");
        assert!(found.iter().all(|f| f.0 != FactKind::Duration), "{found:?}");
        let found = figures("The town will receive loans over five years from the fund.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!((found[0].2, found[0].3), (5.0, Some(5.0)));
        let found = figures("Fares will climb gradually over four years.");
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn over_one_thing_is_a_preposition() {
        let found = figures("Over one two-year stretch, the council met 40 times.");
        assert!(found.iter().all(|f| f.1 != "Over one"), "{found:?}");
    }
}
