//! A place's roll: the people a school, a prison or a hospital keeps, counted in a clause
//! that hangs on it ("a school where 420 pupils are enrolled", "the jail, which holds about
//! 1,200 inmates"). Whatever the people are called (pupils, children, inmates, men), the
//! count is of one thing, the roll, held by the place.

use crate::extract::numbers::singular;

use super::{FactReader, View};

/// Words between the counted people and the verb that keeps them: "are enrolled", "are
/// still being held".
fn between(word: &str) -> bool {
    matches!(
        word,
        "are" | "is" | "were" | "was" | "being" | "been" | "still" | "now" | "currently"
    )
}

/// The place whose roll a figure from token `first` counts, its people's noun ending before
/// token `after`: the figure right after "where" with a roll verb after its noun ("a school
/// where 420 pupils are enrolled"), or right after "which" or "that" and a roll verb ("the
/// jail, which holds 1,200 inmates"); the place is one of the rules' place nouns, right
/// before the relative word or its comma. Its singular, lower case.
pub(super) fn place_of(
    reader: &FactReader,
    view: &View<'_>,
    first: usize,
    after: usize,
    clause_end: usize,
) -> Option<String> {
    let place_before = |relative: usize| {
        let mut i = relative.checked_sub(1)?;
        if view.low(i) == "," {
            i = i.checked_sub(1)?;
        }
        let noun = singular(view.low(i));
        reader.place_nouns.contains(noun.as_str()).then_some(noun)
    };
    let before = first.checked_sub(1)?;
    // "the five snow leopards kept at the zoo", "inmates held in the jail": a roll verb
    // right after the people, and the place after "at" or "in".
    if reader.roll.contains(view.low(after)) && matches!(view.low(after + 1), "at" | "in") {
        let mut at = after + 2;
        while matches!(view.low(at), "the" | "its" | "their") {
            at += 1;
        }
        let noun = singular(view.low(at));
        if at < clause_end && reader.place_nouns.contains(noun.as_str()) {
            return Some(noun);
        }
    }
    // "the zoo keeps six snow leopards", "The zoo, which opened in 1934, keeps six …": a
    // roll verb right before the figure, with the place its subject, past a relative
    // clause set off by commas.
    if reader.roll.contains(view.low(before)) {
        let subject_end = if before >= 1 && view.low(before - 1) == "," {
            (0..before - 1)
                .rev()
                .find(|&j| view.low(j) == ",")
                .filter(|&open| matches!(view.low(open + 1), "which" | "who" | "that"))
                .map(|open| open + 1)
        } else {
            Some(before)
        };
        if let Some(place) = subject_end.and_then(place_before) {
            return Some(place);
        }
    }
    if view.low(before) == "where" {
        let mut verb = after;
        while verb < clause_end && between(view.low(verb)) {
            verb += 1;
        }
        return (verb > after && reader.roll.contains(view.low(verb)))
            .then(|| place_before(before))
            .flatten();
    }
    let relative = before.checked_sub(1)?;
    (reader.roll.contains(view.low(before)) && matches!(view.low(relative), "which" | "that"))
        .then(|| place_before(relative))
        .flatten()
}
