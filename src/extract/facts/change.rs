//! A change told with its old and new values: "the toll will rise from £4.50 to £5.20",
//! "fares were cut from $3 to $2.50", "the death toll went up from 10 to 15". The figure
//! after "to" is what holds now, the fact compared; the one after "from" was the value
//! before and is passed over (no range of the two). With no old value, a plain count the
//! change gives is of the clause's subject: "Cases of the disease have rocketed to 17".

use crate::words::is_stop_word;

use super::View;

/// Verbs that move a value, in any form copy writes them; "go", "went", "put", "push"
/// only with "up" or "down" after them.
fn moves(word: &str, particle: bool) -> bool {
    let plain = matches!(
        word,
        "rise"
            | "rises"
            | "rose"
            | "risen"
            | "rising"
            | "increase"
            | "increases"
            | "increased"
            | "increasing"
            | "fall"
            | "falls"
            | "fell"
            | "fallen"
            | "falling"
            | "drop"
            | "drops"
            | "dropped"
            | "climb"
            | "climbs"
            | "climbed"
            | "jump"
            | "jumps"
            | "jumped"
            | "grow"
            | "grows"
            | "grew"
            | "grown"
            | "cut"
            | "cuts"
            | "raise"
            | "raises"
            | "raised"
            | "raising"
            | "reduce"
            | "reduces"
            | "reduced"
            | "lower"
            | "lowers"
            | "lowered"
            | "slash"
            | "slashed"
            | "soar"
            | "soared"
            | "surge"
            | "surged"
            | "rocket"
            | "rocketed"
            | "leapt"
            | "leaped"
            | "plunged"
            | "plummeted"
            | "decline"
            | "declined"
            | "double"
            | "doubled"
    );
    plain
        || (particle
            && matches!(
                word,
                "go" | "goes" | "went" | "gone" | "going" | "put" | "puts" | "push" | "pushed"
            ))
}

/// When the figure whose first token is `first` is the new value of a change ("… will rise
/// from £4.50 to <figure>"), the token of the verb of change; the old value stands between
/// "from" and "to", at most three tokens long.
pub(super) fn verb_of_new_value(view: &View<'_>, first: usize) -> Option<usize> {
    let to = first.checked_sub(1).filter(|&t| view.low(t) == "to")?;
    let from = (to.saturating_sub(4)..to.saturating_sub(1))
        .rev()
        .find(|&k| view.low(k) == "from")?;
    let figure = (from + 1..to).any(|k| {
        let w = view.low(k);
        w.bytes().any(|b| b.is_ascii_digit()) || crate::extract::numbers::is_number_word(w)
    });
    if !figure {
        return None;
    }
    let mut verb = from.checked_sub(1)?;
    let particle = matches!(view.low(verb), "up" | "down");
    if particle {
        verb = verb.checked_sub(1)?;
    }
    moves(view.low(verb), particle).then_some(verb)
}

/// The figure whose tokens are `[first, end)` is the value before a change told after the
/// new one: "rose to 17 on Friday, up from 11 on Wednesday", "… down from nine". Not when
/// "to" and a new value follow ("up from 11 to 17": the new value after "to" is the fact).
pub(super) fn old_value_after_new(view: &View<'_>, first: usize, end: usize) -> bool {
    first >= 2
        && view.low(first - 1) == "from"
        && matches!(view.low(first - 2), "up" | "down")
        && view.low(end) != "to"
}

/// The token of what a change with no old value counts, when the figure whose first token
/// is `first` follows "<verb of change> to" in a clause from `start` that opens with the
/// subject: "Cases of the disease have rocketed to 17", "The number of cases soared to
/// 40" — the plural head noun of the subject ("the number of" passed over). A bare
/// singular ("The Dow fell to 17,000") is no count.
pub(super) fn subject_of_plain_change(
    view: &View<'_>,
    first: usize,
    start: usize,
) -> Option<usize> {
    let to = first
        .checked_sub(1)
        .filter(|&t| t > start && view.low(t) == "to")?;
    let mut verb = to - 1;
    let particle = matches!(view.low(verb), "up" | "down");
    if particle {
        verb = verb.checked_sub(1)?;
    }
    if !moves(view.low(verb), particle) {
        return None;
    }
    let mut head = start;
    while matches!(view.low(head), "the" | "a" | "an") {
        head += 1;
    }
    if matches!(view.low(head), "number" | "tally" | "total") && view.low(head + 1) == "of" {
        head += 2;
    }
    let w = view.low(head);
    let plural = w.ends_with('s') && !w.ends_with("ss") && w.len() > 3;
    // The subject ends where it opens its own phrase ("of …") or meets the verb.
    let ends = view.low(head + 1) == "of"
        || (head + 1..verb).all(|k| matches!(view.low(k), "have" | "has" | "had" | "now"));
    (head < verb && view.tokens[head].is_word() && !is_stop_word(w) && plural && ends)
        .then_some(head)
}
