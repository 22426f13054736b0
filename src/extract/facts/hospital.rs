//! A hospital named by its name: "taken to Wendmoor General Hospital", "treated at St
//! Anne's Infirmary" count those in hospital as "taken to hospital" does, so that the
//! outlet naming the hospital meets the one that does not.

use crate::extract::numbers::NumberReader;
use crate::rules::RuleSet;

use super::View;

/// Verbs by which people reach or stay in a hospital.
fn taken(word: &str) -> bool {
    matches!(
        word,
        "taken" | "rushed" | "admitted" | "flown" | "airlifted" | "brought" | "treated" | "ferried"
    )
}

/// The last word of a hospital's name.
fn hospital_word(word: &str) -> bool {
    matches!(word, "hospital" | "infirmary")
}

/// At token `i`, a verb of taking and a hospital's name after "to", "at" or "in" ("taken
/// to Wendmoor General Hospital"): the measure "in hospital" stands for under the rules,
/// with the number of tokens the phrase takes. A hospital without a name is the rules'
/// own phrase ("taken to hospital"), not read here.
pub(super) fn named_at(
    numbers: &NumberReader,
    view: &View<'_>,
    i: usize,
) -> Option<(String, usize)> {
    if !taken(view.low(i)) || !matches!(view.low(i + 1), "to" | "at" | "in") {
        return None;
    }
    let mut k = i + 2;
    if view.low(k) == "the" {
        k += 1;
    }
    let name = k;
    while view.capital(k) && k < name + 5 {
        if hospital_word(view.low(k)) {
            let (measure, _) = numbers.measure_at(&["in", "hospital"], 0)?;
            return (k > name).then_some((measure, k + 1 - i));
        }
        k += 1;
    }
    None
}

/// Words of how badly people were hurt: "with serious injuries", "in a critical
/// condition", "with life-threatening burns".
fn grave(word: &str) -> bool {
    matches!(
        word,
        "serious"
            | "seriously"
            | "critical"
            | "critically"
            | "severe"
            | "severely"
            | "life-threatening"
            | "grave"
    )
}

/// A count of those in hospital (`what`, the figure's tokens ending at `end`) told with
/// the grave injuries that sent them there, before the next comma ("Nine of the injured
/// were taken to hospital with serious injuries"), counts only the worst hurt, a part of
/// all taken there ("12 were taken to hospital, several of them in a serious
/// condition"): its own frame. A state told of them all ("Twelve were taken to hospital
/// in serious condition") leaves the count whole.
pub(super) fn seriously_hurt(
    rules: &RuleSet,
    view: &View<'_>,
    what: &str,
    end: usize,
) -> Option<String> {
    if what != rules.canonical_lower("in hospital") {
        return None;
    }
    (end..view.tokens.len())
        .take_while(|&i| !matches!(view.low(i), "," | ";" | ":" | "." | "and" | "but"))
        .any(|i| view.low(i) == "with" && grave(view.low(i + 1)))
        .then(|| format!("{what}, seriously hurt"))
}

#[cfg(test)]
mod tests {
    use crate::extract::FactKind;

    use super::super::tests::facts_on;

    /// The counts (what, value as written) of `text`.
    fn counts(text: &str) -> Vec<(String, String)> {
        facts_on(text, "2026-03-02")
            .into_iter()
            .filter(|f| f.kind == FactKind::Count)
            .filter_map(|f| Some((f.frame.what.clone(), f.amount()?.text.clone())))
            .collect()
    }

    #[test]
    fn a_hospital_named_counts_those_taken_to_hospital() {
        let plain = counts("Four passengers were taken to hospital, police said.");
        let named = counts("Four passengers were taken to Ravenmoor General Hospital.");
        let part = counts("Two of the climbers were flown to St Brede's Infirmary.");
        assert_eq!(plain.len(), 1, "{plain:?}");
        assert_eq!(named, plain);
        assert_eq!(part.len(), 1, "{part:?}");
        assert_eq!(part[0].0, plain[0].0);
    }

    #[test]
    fn the_worst_hurt_in_hospital_are_a_part_of_all_taken_there() {
        let worst = counts("Seven of the injured were taken to hospital with serious injuries.");
        let all =
            counts("Eleven were taken to Ravenmoor General Hospital, some of them badly hurt.");
        let critical = counts("Two passengers were flown to hospital with critical injuries.");
        let state = counts("Twelve passengers were taken to hospital in a serious condition.");
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(worst.len(), 1, "{worst:?}");
        assert_ne!(worst[0].0, all[0].0);
        assert_eq!(critical[0].0, worst[0].0);
        assert_eq!(state[0].0, all[0].0);
    }

    #[test]
    fn a_name_that_is_no_hospital_counts_nothing_in_hospital() {
        let station = counts("Four passengers were taken to Ravenmoor Central Station.");
        assert!(
            station.iter().all(|(what, _)| what != "in hospital"),
            "{station:?}"
        );
        // "Hospital" alone after "the" is the rules' own phrase, not a name.
        let plain = counts("Four passengers were taken to the hospital.");
        assert_eq!(plain.len(), 1, "{plain:?}");
    }
}
