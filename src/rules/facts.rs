//! Rule keys for facts: `[facts]` (people nouns, background cues, place nouns, list relations,
//! moments of the day) and `[[place]]` (places, their other names and the places they lie in).

use serde::{Deserialize, Serialize};

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
    /// Nouns that name an event, whose day is a fact ("the raid on Tuesday").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<String>,
    /// Common nouns that name a place after "at the" or "on the" ("station", "market"), so
    /// that a toll at the station is a part of a toll at the market and the station.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub place_nouns: Vec<String>,
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
