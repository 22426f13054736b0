//! Rule keys for facts: `[facts]` (people nouns, background cues, place nouns, list relations,
//! moments of the day) and `[[place]]` (places, their other names and the places they lie in).

use serde::{Deserialize, Serialize};

use crate::words::{WordMap, fold};

/// `[facts]`: how the figures, days and lists of an article are framed.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct FactRules {
    /// Nouns that count people ("people", "victims"): what such a figure counts is the
    /// measure beside it ("killed"), and with no measure it is not compared.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<String>,
    /// Nouns that count people of one kind ("workers", "soldiers"): what such a figure
    /// counts is the measure beside it, held by them ("killed" of "soldiers"), and with no
    /// measure it is not compared.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub persons: Vec<String>,
    /// Measures that say what happened to counted things and stay out of a count's frame:
    /// "seven villages destroyed" and "five villages damaged" both count villages hit.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub damage: Vec<String>,
    /// Words that put a figure in another, earlier event or period ("ago", "previous").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub background: Vec<String>,
    /// Words right before a year that say when a thing came about ("built in", "put up
    /// in", "dates from"): such a year is the thing's origin, not the time a figure of the
    /// sentence is for ("The building, put up in 1974, had 32 flats" counts its flats now).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub origins: Vec<String>,
    /// Nouns that name an event, whose day is a fact ("the raid on Tuesday").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<String>,
    /// Common nouns that name a place after "at the" or "on the" ("station", "market"), so
    /// that a toll at the station is a part of a toll at the market and the station.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub place_nouns: Vec<String>,
    /// Verbs by which a place keeps people in its care ("enrolled", "held", "houses"): "a
    /// school where 420 pupils are enrolled" and "the jail, which holds 1,200 inmates" count
    /// the place's roll, whatever the people are called.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roll: Vec<String>,
    /// Words that make a term asked for, not one passed: "prosecutors had sought ten years",
    /// "asked for a sentence of 12 years" is the sentence sought, apart from the sentence.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub demands: Vec<String>,
    /// Nouns of an event held again and again, each time one more edition ("festival",
    /// "marathon"): its rank is its edition however written ("the 24th edition", "the 37th
    /// Orsa marathon", "the festival, now in its 25th year").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recurring: Vec<String>,
    /// Groups of nouns that name one holder of figures, the first its name ("building",
    /// "block"): "the building had 32 flats" and "the block held 40 apartments" are of one
    /// holder. Read by the facts only, so claims keep each word's own meaning.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub holders: Vec<Vec<String>>,
    /// Nouns of things that stand tall ("crane", "tower", "rocket"): a size glued before
    /// one ("a 60-metre crane") is its height, so that it meets "a crane about 150 feet
    /// tall".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tall_things: Vec<String>,
    /// Nouns of things that lie long ("ship", "tunnel", "train"): a size glued before one
    /// ("a 180-metre ship") is its length, so that it meets "a ship 180 metres long".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub long_things: Vec<String>,
    /// Nouns of things counted as a running tally ("delegates", "seats", "points"): a bare
    /// count of one meets only counts told the same day, since the tally grows from one
    /// day's copy to the next; a bare count of anything else also meets next-day copy.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tallies: Vec<String>,
    /// Words that name no one who gives a figure: a source written as one of them, with no
    /// name beside it ("a report published", "reports", "a list of the payments
    /// obtained"), is no claimed source — the figure is the outlet's own.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unnamed_sources: Vec<String>,
    /// Words that make a count one still standing when the copy was written ("nine were
    /// still in hospital", "three remain missing"): no more, often fewer, than all counted
    /// at first, so it disagrees with a count of its frame that tells no such state only by
    /// exceeding it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub remaining: Vec<String>,
    /// `[[facts.relation]]`: relations that name the members of a list.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub relation: Vec<RelationRule>,
    /// `[[facts.moment]]`: words that pin a figure to a moment of the day it is given for
    /// (a market's close, its opening): figures of different moments may both be right.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub moment: Vec<MomentRule>,
}

/// `[[facts.moment]]`: a moment of the day a figure may be given for ("close"), and the
/// words that say so ("closed", "at the close"). Two figures of one frame at different
/// moments, or one at a moment and one at none ("plunged 5.4 per cent" during the day,
/// "closed down 3.9 percent"), are never an error: at most a warning.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct MomentRule {
    /// The moment as reports show it ("close").
    pub name: String,
    /// Words or phrases that put a figure at it, matched as whole words in the figure's
    /// clause, case-insensitively.
    pub words: Vec<String>,
}

/// `[[facts.relation]]`: a relation between a thing and a list of members ("the truce will
/// not apply to Islamic State, al-Nusra and others"), written either way round.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RelationRule {
    /// What the relation says of a member, as reports show it ("excluded from").
    pub what: String,
    /// Phrases with the thing before them and the members after ("will not apply to").
    #[serde(default)]
    pub object_first: Vec<String>,
    /// Phrases with the members before them and the thing after ("excluded from").
    #[serde(default)]
    pub members_first: Vec<String>,
    /// Phrases with the members inside them, where a `*` stands ("names * as defendants").
    #[serde(default)]
    pub members_between: Vec<String>,
    /// The thing every list of the relation is of, when the phrases name none ("lawsuit"
    /// for "named as a defendant"): the words after or before the phrase are not read.
    pub thing: Option<String>,
    /// The `what` of the relation that says the opposite ("covered by"): a member one
    /// outlet puts in one and another outlet in the other is a contradiction.
    pub opposite: Option<String>,
}

/// `[[place]]`: a place, its other names, and the larger place it lies in.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct PlaceRule {
    pub name: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// The name of the place it lies in ("Greece" for "Athens").
    #[serde(rename = "in")]
    pub within: Option<String>,
}

/// The places the rules know, as the facts compare them: every name of a `[[place]]` (or of
/// an `[[entity]]` of kind `place`), folded, goes by its rule name, and each place lies in
/// the place its `in` names — a city in its country, through any number of steps.
#[derive(Debug, Clone, Default)]
pub struct PlaceMap {
    /// Each name, folded → the name reports use.
    names: WordMap<String>,
    /// Each place's key (its rule name, folded) → the key of the place it lies in.
    within: WordMap<String>,
}

impl PlaceMap {
    /// The places of `places` and of the `entities` of kind `place`; a `[[place]]` name wins
    /// over an entity's, and a later `[[place]]` over an earlier one.
    pub fn new(places: &[PlaceRule], entities: &[super::EntityRule]) -> PlaceMap {
        let mut map = PlaceMap::default();
        for place in places {
            for name in std::iter::once(&place.name).chain(&place.aliases) {
                map.names.insert(fold(name), place.name.clone());
            }
        }
        for entity in entities.iter().filter(|e| e.kind == "place") {
            for name in std::iter::once(&entity.name).chain(&entity.aliases) {
                map.names
                    .entry(fold(name))
                    .or_insert_with(|| entity.name.clone());
            }
        }
        for place in places {
            if let Some(outer) = &place.within {
                let (inner, outer) = (map.key(&place.name), map.key(outer));
                if inner != outer {
                    map.within.insert(inner, outer);
                }
            }
        }
        map
    }

    /// The name reports use for a place written `folded` (folded), if the rules know it.
    pub fn named(&self, folded: &str) -> Option<&str> {
        self.names.get(folded).map(String::as_str)
    }

    /// Every name the rules know (folded) with the name reports use for it.
    pub fn names(&self) -> impl Iterator<Item = (&str, &str)> {
        self.names.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// The key a place written `name` is compared by: its rule name folded, or else its own
    /// name folded.
    pub fn key(&self, name: &str) -> String {
        let folded = fold(name);
        self.named(&folded).map_or(folded, fold)
    }

    /// Whether the place keyed `inner` lies in the place keyed `outer`, directly or through
    /// places between (Bam in Kerman in Iran); a place does not lie in itself.
    pub fn lies_in(&self, inner: &str, outer: &str) -> bool {
        let mut at = inner;
        // A chain of `in` longer than the places there are is a loop in the rules.
        for _ in 0..=self.within.len() {
            match self.within.get(at) {
                Some(up) if up == outer => return true,
                Some(up) if up == inner => return false,
                Some(up) => at = up,
                None => return false,
            }
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(name: &str, aliases: &[&str], within: Option<&str>) -> PlaceRule {
        PlaceRule {
            name: name.to_string(),
            aliases: aliases.iter().map(|a| (*a).to_string()).collect(),
            within: within.map(str::to_string),
        }
    }

    #[test]
    fn a_town_lies_in_its_province_and_its_country_but_not_in_a_neighbour() {
        let map = PlaceMap::new(
            &[
                place("Bam", &[], Some("Kerman")),
                place(
                    "Kerman",
                    &["Kerman province"],
                    Some("Islamic Republic of Iran"),
                ),
                place("Iran", &["Islamic Republic of Iran"], None),
                place("Zarand", &[], Some("Kerman Province")),
            ],
            &[],
        );
        assert_eq!(map.key("Kerman Province"), "kerman");
        assert_eq!(
            map.key("the Islamic Republic of Iran"),
            "the islamic republic of iran"
        );
        assert!(map.lies_in("bam", "kerman"));
        assert!(map.lies_in("bam", "iran"));
        assert!(map.lies_in("zarand", "iran"));
        assert!(!map.lies_in("bam", "zarand"));
        assert!(!map.lies_in("iran", "bam"));
        assert!(!map.lies_in("iran", "iran"));
    }

    #[test]
    fn a_loop_of_places_ends() {
        let map = PlaceMap::new(
            &[place("A", &[], Some("B")), place("B", &[], Some("A"))],
            &[],
        );
        assert!(map.lies_in("a", "b"));
        assert!(map.lies_in("b", "a"));
        assert!(!map.lies_in("a", "c"));
    }
}
