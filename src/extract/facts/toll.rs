//! A road toll as a sum of money: what is paid "to cross" or "to use" a road or bridge,
//! and whom it is charged to — "the toll for lorries", "lorry drivers" — so that the toll
//! for cars never meets the toll for lorries. Drivers with no vehicle named pay the car
//! rate, as copy means them.

use crate::extract::numbers::vehicle;

use super::View;

/// Verbs of paying before a sum: "paying £5.70 to cross", "charged $3 to use".
fn pays(word: &str) -> bool {
    matches!(
        word,
        "pay" | "pays" | "paying" | "paid" | "charge" | "charges" | "charged" | "charging"
    )
}

/// Whether the sum at tokens `[first, end)` is paid to cross or use something: "paying
/// £5.70 to cross the bridge", "will be charged €4 to use the tunnel".
pub(super) fn paid_to_cross(view: &View<'_>, first: usize, end: usize) -> bool {
    first.checked_sub(1).is_some_and(|p| pays(view.low(p)))
        && view.low(end) == "to"
        && matches!(view.low(end + 1), "cross" | "use" | "drive")
}

/// Whom a toll told in the clause `[clause.0, clause.1)` is charged to: the vehicles after
/// "toll for" ("the toll for cars"), else the vehicle before "drivers" ("lorry drivers"),
/// else cars, for drivers or motorists with none named; `None` when the clause names no
/// payer.
pub(super) fn payer(view: &View<'_>, clause: (usize, usize)) -> Option<String> {
    let named_after_toll = (clause.0..clause.1).find_map(|i| {
        if !matches!(view.low(i), "toll" | "tolls") || view.low(i + 1) != "for" {
            return None;
        }
        let at = if view.low(i + 2) == "the" {
            i + 3
        } else {
            i + 2
        };
        vehicle(view.low(at)).then(|| view.low(at).to_string())
    });
    if named_after_toll.is_some() {
        return named_after_toll;
    }
    let drivers = (clause.0..clause.1)
        .find(|&i| matches!(view.low(i), "driver" | "drivers" | "motorist" | "motorists"))?;
    let before = drivers
        .checked_sub(1)
        .filter(|&b| b >= clause.0)
        .map(|b| view.low(b))
        .filter(|w| vehicle(w) && !matches!(*w, "driver" | "drivers" | "motorist" | "motorists"));
    Some(before.unwrap_or("car").to_string())
}
