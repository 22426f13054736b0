//! A capacity: how many a boat, a bus, a lift or a hall may take, as a licence or a design
//! allows ("licensed to carry 30 passengers", "certified for 35", "can hold 2,000", "a
//! capacity of 60"). It is what the thing is allowed, not who was aboard: "carrying 42
//! people" stays a count aboard, and the two are never compared with each other. A limit's
//! "no more than" or "up to" names the limit itself: "licensed to carry no more than 150"
//! is a capacity of 150, which a licence "for 120" contradicts.

use super::View;
use crate::extract::fact::Amount;

/// Words that say what a licence or a design allows, before "to carry" or "for".
fn allowing(word: &str) -> bool {
    matches!(
        word,
        "licensed"
            | "licenced"
            | "certified"
            | "certificated"
            | "permitted"
            | "allowed"
            | "approved"
            | "authorised"
            | "authorized"
            | "designed"
            | "rated"
    )
}

/// Verbs of taking people or things aboard or in.
fn taking(word: &str) -> bool {
    matches!(word, "carry" | "hold" | "take" | "seat" | "accommodate")
}

/// Whether the figure at token `first` (its qualifier included) is a capacity: right after
/// "licensed to carry", "certified for", "can hold", "capacity of" and their like, within
/// the clause opening at token `clause_start`.
pub(super) fn before(view: &View<'_>, first: usize, clause_start: usize) -> bool {
    let word = |back: usize| {
        first
            .checked_sub(back)
            .filter(|&i| i >= clause_start)
            .map_or("", |i| view.low(i))
    };
    // "licensed for 35", "a capacity of 60", "capacity for 2,000".
    if word(1) == "for" && allowing(word(2)) {
        return true;
    }
    if matches!(word(1), "of" | "for") && word(2) == "capacity" {
        return true;
    }
    // "licensed to carry 30", "designed to hold 120", "can carry up to 30".
    taking(word(1))
        && ((word(2) == "to" && allowing(word(3))) || matches!(word(2), "can" | "could"))
}

/// The capacity an amount with the written figure `value` states: a limit's upper bound is
/// the figure itself ("no more than 150", "up to 30" allow 150 and 30), so that two licences
/// meet only when they allow the same number. A rounding ("about 30") keeps its interval.
pub(super) fn limit(amount: Amount, value: f64) -> Amount {
    if amount.high == Some(value) && amount.low < value {
        Amount {
            low: value,
            ..amount
        }
    } else {
        amount
    }
}
