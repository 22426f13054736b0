//! Where a fact holds: the place its clause names ("in Thessaloniki", "at the station", "in
//! the attacks on the market and the station"), or the place before "where …".

use crate::date::{Weekday, month_from_name};
use crate::words::{fold, is_stop_word, without_possessive};

use super::{FactReader, View};

/// A place named in a clause: one or several names joined by "and" (a total over them).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Place {
    /// The names as written, joined ("the market and the station").
    pub(crate) name: String,
    /// Each name folded, or the rule name it goes by.
    pub(crate) keys: Vec<String>,
}

/// Prepositions that put what follows them in a place ("on" only before a common place
/// noun: "on the Richter scale" is no place).
pub(super) fn locative(word: &str) -> bool {
    matches!(
        word,
        "in" | "at" | "near" | "across" | "outside" | "inside" | "around" | "throughout"
    )
}

/// Words between a preposition and a place's name: "in the coastal city of Bari".
fn lead_in(word: &str) -> bool {
    matches!(
        word,
        "the"
            | "a"
            | "an"
            | "northern"
            | "southern"
            | "eastern"
            | "western"
            | "central"
            | "downtown"
            | "city"
            | "town"
            | "village"
            | "island"
            | "province"
            | "region"
            | "port"
            | "capital"
            | "of"
            | "ancient"
            | "southeastern"
            | "southwestern"
            | "northeastern"
            | "northwestern"
            | "persian"
    )
}

/// A word of [`lead_in`] that names a place of its own when no name follows it: "the
/// capital" is one part of the country a story covers ("nine deaths in the capital" against
/// "21 across the country"), where "the city" or "the island" refers back to the story's
/// own place.
pub(super) fn kind_of_place(word: &str) -> bool {
    word == "capital"
}

/// Capitalised words that are no place: days, months, titles of address.
fn never_a_place(word: &str) -> bool {
    Weekday::from_name(word).is_some()
        || month_from_name(word).is_some()
        || matches!(word, "The" | "A" | "An" | "Mr." | "Mrs." | "Ms." | "Dr.")
}

/// The name starting at token `i` (capitalised words, possibly "al-", and a possessive at
/// the end dropped): its last token (exclusive) and text, a slice of the copy (most are only
/// looked up among the places the rules know).
fn name_at<'t>(view: &View<'t>, i: usize, end: usize) -> Option<(usize, &'t str)> {
    if !view.capital(i) || never_a_place(view.tok(i)) {
        return None;
    }
    // Token `i` was tested above: the run goes on from the next one unless it ends in a
    // possessive (or lies at the clause's end).
    let possessive = |k: usize| view.tok(k).ends_with("'s") || view.tok(k).ends_with("’s");
    let mut j = i;
    if j < end {
        j += 1;
        if !possessive(i) {
            while j < end && view.capital(j) && !never_a_place(view.tok(j)) {
                j += 1;
                if possessive(j - 1) {
                    break;
                }
            }
        }
    }
    let span = view.span(i, j);
    let name = span.of(view.text);
    Some((j, without_possessive(name)))
}

/// A place phrase starting right after the preposition at token `i`: a name, or a common
/// place noun from the rules ("the station"), with more joined by "and".
fn phrase_after(
    reader: &FactReader,
    view: &View<'_>,
    i: usize,
    end: usize,
) -> Option<(Vec<String>, Vec<String>)> {
    let mut names = Vec::new();
    let mut keys = Vec::new();
    let mut j = i;
    let on = i > 0 && view.low(i - 1) == "on";
    loop {
        let mut k = j;
        let mut lead = 0;
        while k < end && lead < 4 && lead_in(view.low(k)) && !view.capital(k) {
            k += 1;
            lead += 1;
        }
        // "fell 7 percent in London trading": a market's session, not where it happened.
        let session = |next: usize| matches!(view.low(next), "trading" | "dealings" | "deals");
        if let Some((next, name)) = name_at(view, k, end).filter(|&(next, _)| !on && !session(next))
        {
            keys.push(key_of(reader, name));
            names.push(name.to_string());
            j = next;
        } else if k < end
            && reader
                .place_nouns
                .contains(&*crate::extract::numbers::singular_of(view.low(k)))
            && k > j
        {
            let noun = crate::extract::numbers::singular(view.low(k));
            keys.push(noun.clone());
            names.push(view.span(j, k + 1).of(view.text).to_string());
            j = k + 1;
        } else if k > j && kind_of_place(view.low(k - 1)) {
            // "in the capital": the place itself when no name follows it.
            keys.push(view.low(k - 1).to_string());
            names.push(view.span(j, k).of(view.text).to_string());
            j = k;
        } else {
            break;
        }
        if view.low(j) == "and" && j + 1 < end {
            j += 1;
            continue;
        }
        break;
    }
    (!names.is_empty()).then_some((names, keys))
}

/// A place's key: the rule name it goes by, else its name folded.
fn key_of(reader: &FactReader, name: &str) -> String {
    let folded = fold(name);
    reader.place_named(&folded).map_or(folded, fold)
}

/// The place named right before the "where" that opens a clause starting at token `start`:
/// "…, Patras, where another 8,000 marched" (any name before ", where"), or "fighting
/// broke out in Patras where 30,000 marched" (a name after a preposition of place, or one
/// the rules know, right before "where").
fn before_where(reader: &FactReader, view: &View<'_>, start: usize) -> Option<Place> {
    // The clause opens with "where" after a comma, or just after "where" without one.
    let (at, comma) = if view.low(start) == "where" && start > 0 && view.low(start - 1) == "," {
        (start - 1, true)
    } else if start > 0 && view.low(start - 1) == "where" {
        (start - 1, false)
    } else {
        return None;
    };
    let mut s = at;
    while s > 0 && view.capital(s - 1) && !never_a_place(view.tok(s - 1)) {
        s -= 1;
    }
    if s == at {
        return None;
    }
    let name = view.span(s, at).of(view.text).to_string();
    let key = key_of(reader, &name);
    // Without the comma a name is a place only when put in one ("in Salonika") or known.
    let placed = (s.saturating_sub(5)..s)
        .rev()
        .take_while(|&i| locative(view.low(i)) || lead_in(view.low(i)))
        .any(|i| locative(view.low(i)));
    if !comma && !placed && reader.place_named(&fold(&name)).is_none() {
        return None;
    }
    Some(Place {
        keys: vec![key],
        name,
    })
}

/// The place of a figure at token `at` in the clause `[start, end)`: the place phrase nearest
/// it, or the name before ", where" when the clause opens with "where".
pub(super) fn of(
    reader: &FactReader,
    view: &View<'_>,
    clause: (usize, usize),
    at: usize,
) -> Option<Place> {
    let (start, end) = clause;
    if let Some(place) = before_where(reader, view, start) {
        return Some(place);
    }
    // "Karam, one of the 12 worst-hit villages": the place before is one member's, not
    // the whole count's.
    let member = at >= 3
        && view.low(at - 1) == "the"
        && view.low(at - 2) == "of"
        && matches!(
            view.low(at - 3),
            "one" | "two" | "three" | "some" | "many" | "several"
        );
    let mut best: Option<(usize, Place)> = None;
    for i in start..end {
        if !locative(view.low(i)) && view.low(i) != "on" {
            continue;
        }
        if member && i < at {
            continue;
        }
        // "Shares in Northgate", "a stake in Orion": a company held, not a place.
        if i > 0
            && matches!(
                view.low(i - 1),
                "shares" | "stake" | "stakes" | "holding" | "holdings" | "investment"
            )
        {
            continue;
        }
        // A place across a relative clause is another thing's: "found in the village of
        // Dorud, which is one of the 9 worst-hit villages".
        let (lo, hi) = (i.min(at), i.max(at));
        if (lo..hi).any(|k| matches!(view.low(k), "which" | "who" | "whose")) {
            continue;
        }
        if let Some((names, keys)) = phrase_after(reader, view, i + 1, end) {
            let distance = i.abs_diff(at);
            if best.as_ref().is_none_or(|(d, _)| distance < *d) {
                best = Some((
                    distance,
                    Place {
                        name: names.join(" and "),
                        keys,
                    },
                ));
            }
        }
    }
    // A place the rules know, named anywhere in the clause ("the Athens protest march").
    if best.is_none() {
        for i in start..end {
            if let Some((_, name)) = name_at(view, i, end)
                && let Some(rule) = reader.place_named(&fold(name))
            {
                return Some(Place {
                    keys: vec![fold(rule)],
                    name: name.to_string(),
                });
            }
        }
    }
    best.map(|(_, p)| p)
}

/// Every place the sentence names, as keys.
pub(super) fn all(reader: &FactReader, view: &View<'_>) -> Vec<String> {
    let end = view.tokens.len();
    let mut out = Vec::new();
    for i in 0..end {
        if locative(view.low(i)) || view.low(i) == "on" {
            if let Some((_, keys)) = phrase_after(reader, view, i + 1, end) {
                out.extend(keys);
            }
        } else if let Some((_, name)) = name_at(view, i, end)
            && let Some(rule) = reader.place_named(&fold(name))
        {
            out.push(fold(rule));
        } else if let Some(named) = named_place_noun(reader, view, i) {
            out.push(named);
        }
    }
    out
}

/// A place noun in lower case after a name at token `noun` ("outside the Porto Velha
/// stadium" → "porto velha stadium"), so that "the stadium" later in the copy is the one
/// the lede names.
fn named_place_noun(reader: &FactReader, view: &View<'_>, noun: usize) -> Option<String> {
    // Asked of every token the other readers pass over: the name before it (a capitalised
    // word, no stop word) is told from the token list, the noun by hashing it, so the
    // name goes first and most tokens are never hashed.
    let before = noun.checked_sub(1)?;
    if !view.capital(before)
        || view.capital(noun)
        || is_stop_word(view.low(before))
        || !reader.place_nouns.contains(view.low(noun))
    {
        return None;
    }
    let start = (0..noun)
        .rev()
        .take_while(|&j| view.capital(j) && !is_stop_word(view.low(j)))
        .last()?;
    Some(fold(&format!(
        "{} {}",
        view.span(start, noun).of(view.text),
        view.low(noun)
    )))
}
