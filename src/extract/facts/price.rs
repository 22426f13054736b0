//! The price of one of a thing people buy: "paid £40 for a day ticket", "day tickets, which
//! cost £35" — what one buyer pays, held by the thing (singular, with the word that says
//! which: a day ticket is not a season ticket), so that two outlets' prices of it meet.
//! A sum paid for one thing named with "the" ("paid $2bn for the company") or the cost of
//! one thing ("the roof, which cost £3m") is no price of one of many and is left to the
//! money reader.

use crate::extract::numbers::singular;
use crate::words::is_stop_word;

use super::View;
use super::what::noun_after;

/// Verbs of paying before a sum, up to two words before it ("had paid about £40").
fn pays(word: &str) -> bool {
    matches!(
        word,
        "paid" | "pay" | "pays" | "paying" | "spent" | "spend" | "spends" | "spending"
    )
}

/// Verbs that give the price of the noun before them: "tickets cost £35", "seats sold for
/// $90", "passes are priced at €20".
fn priced(view: &View<'_>, at: usize) -> Option<usize> {
    match view.low(at) {
        "cost" | "costs" => Some(at),
        "at" if view.low(at.checked_sub(1)?) == "priced" => Some(at - 1),
        "for"
            if matches!(
                view.low(at.checked_sub(1)?),
                "sold" | "sell" | "sells" | "selling" | "retail" | "retails"
            ) =>
        {
            Some(at - 1)
        }
        _ => None,
    }
}

/// Words that may stand between a priced noun and the verb of its price: "tickets, which
/// now cost £35", "seats are priced at". A modal is not among them: "the plans would cost
/// $150bn" is what all of them would cost.
fn between(word: &str) -> bool {
    matches!(
        word,
        "," | "which"
            | "that"
            | "now"
            | "each"
            | "usually"
            | "normally"
            | "typically"
            | "currently"
            | "are"
            | "were"
            | "had"
            | "have"
    )
}

/// A possessive: "the senator's", "their".
fn possessive(word: &str) -> bool {
    word.ends_with("'s")
        || word.ends_with("’s")
        || matches!(
            word,
            "his" | "her" | "their" | "its" | "our" | "my" | "your"
        )
}

/// A plain word of a noun phrase at token `i`: lower case (or the sentence's first), no stop
/// word, no possessive, no participle.
fn plain(view: &View<'_>, i: usize) -> bool {
    let w = view.low(i);
    view.tokens.get(i).is_some_and(|t| t.is_word())
        && (i == 0 || !view.capital(i))
        && !is_stop_word(w)
        && !possessive(w)
        && !w.ends_with("ed")
        && !w.ends_with("ing")
        && !w.ends_with("ly")
}

/// The thing (singular, with one word before it that says which) whose price for one is the
/// sum at tokens `[first, end)` in the clause `[clause.0, clause.1)`: after "for a" with a
/// verb of paying before the sum ("paid £40 for a day ticket"), or a plural noun right before
/// the verb of the price ("day tickets, which cost £35").
pub(super) fn thing_priced(
    view: &View<'_>,
    first: usize,
    end: usize,
    clause: (usize, usize),
) -> Option<String> {
    let paying = (first.saturating_sub(2).max(clause.0)..first).any(|k| pays(view.low(k)));
    if paying && view.low(end) == "for" && matches!(view.low(end + 1), "a" | "an" | "one") {
        // "for a single, late-night slot": "single" only says it is one.
        let from = if view.low(end + 2) == "single" {
            end + 3
        } else {
            end + 2
        };
        let from = if view.low(from) == "," {
            from + 1
        } else {
            from
        };
        let (head, noun) = noun_after(view, from, clause.1)?;
        return Some(match head.checked_sub(1).filter(|&m| m >= from) {
            Some(m) if plain(view, m) => format!("{} {noun}", view.low(m)),
            _ => noun,
        });
    }
    // The verb of the price right before the sum, and the plural noun before that (which may
    // stand in the clause before "which").
    let verb = priced(view, first.checked_sub(1)?)?;
    let mut head = verb.checked_sub(1)?;
    while between(view.low(head)) && head + 4 > verb {
        head = head.checked_sub(1)?;
    }
    let word = view.low(head);
    let noun = singular(word);
    if !plain(view, head) || noun == word {
        return None;
    }
    let (noun, opening) = match head.checked_sub(1) {
        Some(m) if plain(view, m) => (format!("{} {noun}", view.low(m)), m),
        _ => (noun, head),
    };
    // "the candidate's plans cost …", "their tickets cost …": things of someone's, not
    // the price anyone pays for one.
    let owned = opening
        .checked_sub(1)
        .is_some_and(|o| possessive(view.low(o)));
    (!owned).then_some(noun)
}

#[cfg(test)]
mod tests {
    use super::super::tests::facts_on;
    use crate::extract::{Fact, FactKind};

    /// The unit prices of `text`: (what one is of, the sum's low bound).
    fn prices(text: &str) -> Vec<(Option<String>, f64)> {
        facts_on(text, "2026-08-10")
            .into_iter()
            .filter(|f: &Fact| f.kind == FactKind::Money && f.frame.what == "price per head")
            .map(|f| (f.frame.holder.clone(), f.amount().map_or(0.0, |a| a.low)))
            .collect()
    }

    #[test]
    fn paid_for_one_and_the_plural_that_costs_are_one_frame() {
        let paid = prices("Spectators had paid £42 for a day ticket to the regatta.");
        let cost = prices("About 9,000 people held day tickets, which cost £38, the club said.");
        assert_eq!(paid, vec![(Some("day ticket".to_string()), 42.0)]);
        assert_eq!(cost, vec![(Some("day ticket".to_string()), 38.0)]);
    }

    #[test]
    fn the_word_that_says_which_keeps_two_tickets_apart() {
        let day = prices("Day passes cost $25 at the gate.");
        let season = prices("Season passes cost $180 at the gate.");
        assert_eq!(day[0].0.as_deref(), Some("day pass"));
        assert_eq!(season[0].0.as_deref(), Some("season pass"));
    }

    #[test]
    fn the_price_of_one_thing_or_of_a_deal_is_no_price_of_one_of_many() {
        assert!(prices("The new stand, which cost £30 million, opened in May.").is_empty());
        assert!(prices("The group paid $2.1 billion for the shipping line.").is_empty());
    }

    #[test]
    fn what_someones_plans_would_cost_is_no_price_of_one() {
        assert!(prices("Analysts said the senator's plans cost $90 billion.").is_empty());
        assert!(prices("Analysts said the new schemes would cost $90 billion.").is_empty());
    }

    #[test]
    fn a_single_one_is_the_thing_after_single() {
        let spot = prices("The campaign is paying $410 for a single, late spot.");
        assert_eq!(spot, vec![(Some("late spot".to_string()), 410.0)]);
    }
}
