//! How the places of two readings of one frame stand to each other: the same place (or one
//! names none: the story's own, which meets any), a part and the whole it lies in (a city
//! and its country through the rules' `[[place]]` `in`; the station and "the attacks on the
//! market and the station"), or places apart (two cities, neither in the other), which
//! never meet.

use crate::rules::PlaceMap;

/// Where the first of two readings stands to the second.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// The same places, or one side names none.
    Same,
    /// The first is a part of the second: each of its places is one the second names or
    /// lies in one of them. `named`: every one is named by the second (the station of "the
    /// market and the station"), so no containment was needed.
    PartOf { named: bool },
    /// The second is a part of the first.
    WholeOf { named: bool },
    /// Different places, neither within the other.
    Apart,
}

/// Each place of `part` is named by `whole` or lies in one it names; `Some(named)` when so
/// and the two differ, `named` when every place of `part` is named by `whole`.
fn part_of(part: &[String], whole: &[String], map: &PlaceMap) -> Option<bool> {
    if part == whole {
        return None;
    }
    let mut named = true;
    for p in part {
        if whole.contains(p) {
            continue;
        }
        if !whole.iter().any(|w| map.lies_in(p, w)) {
            return None;
        }
        named = false;
    }
    Some(named)
}

/// How the places `a` stand to the places `b` (each sorted, without repeats).
pub fn standing(a: &[String], b: &[String], map: &PlaceMap) -> Standing {
    if a.is_empty() || b.is_empty() || a == b {
        return Standing::Same;
    }
    if let Some(named) = part_of(a, b, map) {
        return Standing::PartOf { named };
    }
    if let Some(named) = part_of(b, a, map) {
        return Standing::WholeOf { named };
    }
    Standing::Apart
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::PlaceRule;

    fn keys(k: &[&str]) -> Vec<String> {
        k.iter().map(|s| (*s).to_string()).collect()
    }

    #[test]
    fn places_stand_as_part_whole_or_apart() {
        let rule = |name: &str, within: &str| PlaceRule {
            name: name.to_string(),
            aliases: Vec::new(),
            within: Some(within.to_string()),
        };
        let map = PlaceMap::new(
            &[
                rule("Bam", "Kerman"),
                rule("Kerman", "Iran"),
                rule("Zarand", "Kerman"),
            ],
            &[],
        );
        let (bam, iran, zarand) = (keys(&["bam"]), keys(&["iran"]), keys(&["zarand"]));
        assert_eq!(
            standing(&bam, &iran, &map),
            Standing::PartOf { named: false }
        );
        assert_eq!(
            standing(&iran, &zarand, &map),
            Standing::WholeOf { named: false }
        );
        assert_eq!(standing(&bam, &zarand, &map), Standing::Apart);
        assert_eq!(standing(&bam, &[], &map), Standing::Same);
        assert_eq!(standing(&bam, &bam, &map), Standing::Same);
        let both = keys(&["bam", "zarand"]);
        assert_eq!(
            standing(&zarand, &both, &map),
            Standing::PartOf { named: true }
        );
        assert_eq!(
            standing(&both, &iran, &map),
            Standing::PartOf { named: false }
        );
        let apart = keys(&["market", "station"]);
        assert_eq!(
            standing(&apart, &keys(&["station", "bus"]), &map),
            Standing::Apart
        );
    }
}
