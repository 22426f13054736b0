//! A crowd told by where people were, not by what they did: "About 40,000 people were at
//! the festival", "some 5,000 people had gathered for the vigil", "20,000 people turned out
//! for the parade". Such a count is the gathering's crowd, the thing "drew a crowd of
//! 25,000" and "attended" measure (the rules' crowd group), never a count nothing frames.

use crate::extract::numbers::singular;

use super::{FactReader, View};

/// Gatherings people are counted at, besides the events held again and again (the rules'
/// `recurring`: festivals, marathons, fairs …).
fn gathering(noun: &str) -> bool {
    matches!(
        noun,
        "concert"
            | "gig"
            | "match"
            | "game"
            | "show"
            | "rally"
            | "march"
            | "protest"
            | "demonstration"
            | "vigil"
            | "ceremony"
            | "funeral"
            | "celebration"
            | "event"
    )
}

/// Words between the counted people and where they were: "were", "had already".
fn auxiliary(word: &str) -> bool {
    matches!(
        word,
        "were" | "was" | "are" | "is" | "had" | "have" | "has" | "been" | "already" | "still"
    )
}

/// Words that say people were at a gathering, ending with the preposition before it.
fn presence(view: &View<'_>, at: usize) -> Option<usize> {
    match view.low(at) {
        // "were at the festival", "were present at the rally".
        "at" => Some(at + 1),
        "present" if view.low(at + 1) == "at" => Some(at + 2),
        // "had gathered for the vigil", "packed into the concert".
        "gathered" | "packed" | "crowded" | "crammed"
            if matches!(view.low(at + 1), "at" | "for" | "into" | "in") =>
        {
            Some(at + 2)
        }
        // "turned out for the parade".
        "turned" if view.low(at + 1) == "out" && view.low(at + 2) == "for" => Some(at + 3),
        // "watched the match".
        "watched" | "watching" => Some(at + 1),
        _ => None,
    }
}

/// Whether the people counted, their noun ending before token `after`, were at a gathering
/// the clause (ending at token `clause_end`) names within a few words: "were at the
/// festival", "had gathered for this year's parade". A place ("were at the station") is no
/// gathering, nor is a state ("were at risk").
pub(super) fn at_gathering(
    reader: &FactReader,
    view: &View<'_>,
    after: usize,
    clause_end: usize,
) -> bool {
    let mut at = after;
    while at < clause_end && auxiliary(view.low(at)) {
        at += 1;
    }
    let Some(from) = presence(view, at) else {
        return false;
    };
    // "people at the festival" with no verb may be a part of another count ("six of the
    // people at the festival were hurt"): only "were at" tells where the crowd was.
    if at == after && matches!(view.low(at), "at" | "present") {
        return false;
    }
    (from..(from + 4).min(clause_end))
        .take_while(|&i| !matches!(view.low(i), "," | ";" | ":"))
        .any(|i| {
            let noun = singular(view.low(i));
            gathering(&noun) || reader.recurring.contains(noun.as_str())
        })
}
