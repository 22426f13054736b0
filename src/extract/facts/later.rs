//! Days of things to come: "the final will be replayed on May 14", "ordered the hearing to
//! be held on June 2", "the retrial will take place on June 10" — the day set for what a
//! passive verb says will be done to the event named before it ("take place" is "be
//! held"), so that another outlet's "replayed on May 7" contradicts it. Only a
//! day written with its month is read: a weekday to come ("on Friday") resolves to no day
//! two outlets of different dates would agree on.

use crate::date::month_from_name;
use crate::extract::numbers::singular;
use crate::rules::RuleSet;
use crate::words::is_stop_word;

use super::View;

/// Participles that do not end in "-ed": "will be held", "is to be run".
fn irregular_participle(word: &str) -> bool {
    matches!(
        word,
        "held" | "heard" | "run" | "sworn" | "shown" | "sung" | "read" | "rerun" | "retaken"
    )
}

/// Words that make "be" a time to come: "will be", "would be", "to be" ("is to be",
/// "ordered the match to be").
fn to_come(word: &str) -> bool {
    matches!(word, "will" | "would" | "shall" | "to")
}

/// Whether the day at token `at` is written with its month: "October 14", "14 October".
pub(super) fn with_month(view: &View<'_>, at: usize) -> bool {
    month_from_name(view.tok(at)).is_some() || month_from_name(view.tok(at + 1)).is_some()
}

/// What will be done on the day after "on" at token `on`: "<event> <participle>" ("final
/// replayed", "funeral held") for "the final would be replayed on …", "the funeral will be
/// held on …", "ordered the final to be replayed on …"; the event is a common noun after
/// "the" or a possessive pronoun.
pub(super) fn planned(rules: &RuleSet, view: &View<'_>, on: usize) -> Option<String> {
    let verb = on.checked_sub(1)?;
    let (done, aux) = if view.low(verb) == "place" && view.low(verb.checked_sub(1)?) == "take" {
        // "the resit will take place on …" is "will be held on …".
        ("held", verb.checked_sub(2)?)
    } else {
        let done = view.low(verb);
        if !(done.ends_with("ed") || irregular_participle(done)) || view.capital(verb) {
            return None;
        }
        let be = verb.checked_sub(1)?;
        if view.low(be) != "be" {
            return None;
        }
        (done, be.checked_sub(1)?)
    };
    if !to_come(view.low(aux)) {
        return None;
    }
    // "the final is to be replayed": the noun stands before "is".
    let mut noun = aux.checked_sub(1)?;
    if view.low(aux) == "to" && matches!(view.low(noun), "is" | "are" | "was" | "were") {
        noun = noun.checked_sub(1)?;
    }
    let word = view.low(noun);
    let plain = view.tokens.get(noun).is_some_and(|t| t.is_word())
        && !view.capital(noun)
        && !is_stop_word(word);
    let determined = noun
        .checked_sub(1)
        .is_some_and(|d| matches!(view.low(d), "the" | "its" | "their" | "his" | "her"));
    if !plain || !determined {
        return None;
    }
    // The verb as written: under the rules' synonyms "held" would be "arrested".
    Some(format!("{} {done}", rules.canonical_lower(&singular(word))))
}

#[cfg(test)]
mod tests {
    use super::super::tests::facts_on;
    use crate::extract::{Fact, FactKind};

    /// The days of `text` (dated 2026-04-20): what, and the day.
    fn days(text: &str) -> Vec<(String, String)> {
        facts_on(text, "2026-04-20")
            .into_iter()
            .filter(|f: &Fact| f.kind == FactKind::Day)
            .map(|f| {
                (
                    f.frame.what.clone(),
                    f.day.map(|d| d.to_string()).unwrap_or_default(),
                )
            })
            .collect()
    }

    #[test]
    fn a_replay_set_for_a_day_is_one_frame_whoever_ordered_it() {
        let said = days("The federation said the final would be replayed on May 14.");
        let ordered = days("The federation has ordered the final to be replayed on 7 May.");
        assert_eq!(
            said,
            vec![("final replayed".to_string(), "2026-05-14".to_string())]
        );
        assert_eq!(
            ordered,
            vec![("final replayed".to_string(), "2026-05-07".to_string())]
        );
    }

    #[test]
    fn a_funeral_is_not_a_replay() {
        let held = days("His funeral will be held on May 2, the family said.");
        assert_eq!(held.len(), 1);
        assert_eq!(held[0].0, "funeral held");
    }

    #[test]
    fn taking_place_is_being_held() {
        let held = days("The retrial will be held on June 9.");
        let place = days("The retrial will take place on June 10, the court said.");
        assert_eq!(held[0].0, "retrial held");
        assert_eq!(
            place,
            vec![("retrial held".to_string(), "2026-06-10".to_string())]
        );
    }

    #[test]
    fn a_weekday_to_come_gives_no_day() {
        assert!(days("The final will be replayed on Wednesday.").is_empty());
    }
}
