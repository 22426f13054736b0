//! The point a distance is told from when it has no name: "about 2 km from the tunnel's
//! northern entrance" and "some 4 km from the northern portal" are both from the northern
//! entrance, the head of the phrase with the compass word that sets one end apart.

use crate::extract::numbers::singular;
use crate::rules::RuleSet;
use crate::words::is_stop_word;

use super::View;

/// Compass adjectives that tell one end or side of a thing from the other.
fn side(word: &str) -> bool {
    matches!(
        word,
        "northern"
            | "southern"
            | "eastern"
            | "western"
            | "north"
            | "south"
            | "east"
            | "west"
            | "upper"
            | "lower"
    )
}

/// The point named by the noun phrase opening at token `from` (past "the"): its head,
/// under the rules' synonyms, after the compass word before it if any; at most four
/// words, a possessive passed over ("the tunnel's northern entrance" → "northern
/// entrance"). `None` when the phrase holds no common noun.
pub(super) fn named(rules: &RuleSet, view: &View<'_>, from: usize) -> Option<String> {
    let mut head = None;
    let mut compass = None;
    for k in from..from + 4 {
        let word = view.low(k);
        let is_word = view.tokens.get(k).is_some_and(|t| t.is_word());
        if !is_word || is_stop_word(word) || view.capital(k) {
            break;
        }
        if side(word) {
            compass = Some(word);
            continue;
        }
        head = Some(singular(word));
        // "the tunnel's": a possessive opens the phrase of what the point is of.
        if !(word.ends_with("'s") || word.ends_with("’s")) {
            break;
        }
        compass = None;
    }
    let head = rules.canonical_lower(&head?).to_string();
    Some(match compass {
        Some(c) => format!("{c} {head}"),
        None => head,
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::facts_on;

    /// What the one distance of `text` is of.
    fn distance(text: &str) -> String {
        let facts = facts_on(text, "2026-11-05");
        let found: Vec<_> = facts
            .iter()
            .filter(|f| f.frame.what.starts_with("distance"))
            .collect();
        assert_eq!(found.len(), 1, "{facts:#?}");
        found[0].frame.what.clone()
    }

    #[test]
    fn an_entrance_is_the_head_of_its_phrase_with_its_compass_word() {
        let owned = distance("The bus caught fire about 3 km from the tunnel's western entrance.");
        let plain = distance("The bus caught fire some 5 km from the western portal.");
        assert_eq!(owned, "distance from western entrance");
        assert_eq!(plain, owned);
    }

    #[test]
    fn out_from_and_off_tell_a_distance_from_the_point_as_from_does() {
        let from = distance("The ferry sank about 300 metres from the shore.");
        let out = distance("The ferry sank some 800 metres out from the shore.");
        assert_eq!(from, "distance from shore");
        assert_eq!(out, from);
        let off = distance("The trawler went down roughly 12 miles off the coast.");
        assert_eq!(off, distance("The trawler went down 20 km from the coast."));
        assert_eq!(off, distance("The tremor was centred 30 km offshore."));
    }

    #[test]
    fn the_other_end_is_another_point() {
        let west = distance("The bus caught fire about 3 km from the western entrance.");
        let east = distance("The bus caught fire about 3 km from the eastern entrance.");
        assert_ne!(west, east);
    }
}
