//! Rule sets: the TOML files that teach the checker a beat, merged into one `RuleSet` every stage reads.

mod facts;
mod load;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::sets::Sets;
use crate::words::{GatedWordSet, WordMap, WordSet, with_lower_case};

pub use facts::{FactRules, MomentRule, PlaceMap, PlaceRule, RelationRule};
pub use load::validate_file;
pub(crate) use load::{Loader, Step};

/// The built-in rule set, compiled into the binary.
pub const DEFAULT_RULES: &str = include_str!("../rules/default.toml");

/// How much a finding matters; ordered so that `Error > Warning > Info`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// A finding rule as rule files name it in `[severity]`. The checks declare their rules
/// (`corroborate::check::rule_names()` lists them from the check registry) and whoever reads
/// rule files hands the list to the loader, so that `rules` needs nothing from the stages
/// above it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleName {
    /// The id findings carry in `rule`: `number-mismatch`.
    pub id: &'static str,
    /// A shorter name files may write instead (`number`), or `None`.
    pub short: Option<&'static str>,
    /// The level of its findings when no file sets one.
    pub severity: Severity,
}

/// A `[severity]` value: a level, or `off` to switch the rule off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SeveritySetting {
    Off,
    Level(Severity),
}

impl SeveritySetting {
    pub fn as_str(self) -> &'static str {
        match self {
            SeveritySetting::Off => "off",
            SeveritySetting::Level(level) => level.as_str(),
        }
    }
}

impl Serialize for SeveritySetting {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for SeveritySetting {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Level;
        impl serde::de::Visitor<'_> for Level {
            type Value = SeveritySetting;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a severity: `off`, `info`, `warning` or `error`")
            }
            fn visit_str<E: serde::de::Error>(self, name: &str) -> Result<SeveritySetting, E> {
                match name {
                    "off" => Ok(SeveritySetting::Off),
                    "info" => Ok(SeveritySetting::Level(Severity::Info)),
                    "warning" => Ok(SeveritySetting::Level(Severity::Warning)),
                    "error" => Ok(SeveritySetting::Level(Severity::Error)),
                    _ => Err(E::custom(format!(
                        "invalid severity `{name}`, expected one of `off`, `info`, `warning`, `error`"
                    ))),
                }
            }
        }
        deserializer.deserialize_str(Level)
    }
}

/// A list of words or phrases.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct WordList {
    #[serde(default)]
    pub words: Vec<String>,
}

/// `[attribution]`: the verbs and phrases that mark who said what.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct AttributionRules {
    #[serde(default)]
    pub cues: Vec<String>,
    #[serde(default)]
    pub that_cues: Vec<String>,
    #[serde(default)]
    pub hedges: Vec<String>,
    /// Paragraph openings (and, when they hold a `/`, credits anywhere in a paragraph) that
    /// mark captions, links and page furniture, never claims.
    #[serde(default)]
    pub boilerplate: Vec<String>,
    /// Nouns for polls, studies and reports that speak for themselves: after one, a
    /// `that-verbs` cue takes what follows without a "that" (`a poll shows Clinton ahead`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub documents: Vec<String>,
    /// Nouns for messages put out that are no documents (`tweet`, `post`, `release`): before a
    /// participle of saying their sender speaks (`the campaign sent tweets saying …`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub messages: Vec<String>,
    /// Nouns for groups and bodies that act as sources (`committee`, `campaign`): before a
    /// verb of attitude or action they hold the view (`the delegation endorsed …`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bodies: Vec<String>,
    /// Nouns by which copy refers back to an organisation it named (`lender`, `carrier`):
    /// "the lender said" is the bank named before it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub described: Vec<String>,
    /// Words that end a company's name (`Motors`, `Airlines`, `Inc`): before "the carmaker
    /// said", "Halvern Motors" is the organisation it refers back to. Unlike the words of
    /// `[organizations]`, they stay part of the name a story is known by.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub company_endings: Vec<String>,
    /// `[[attribution.kind]]`: the cues of each kind of claim other than what was said.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kind: Vec<CueKind>,
    /// Sentences `rules test` runs through the extractor.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub example: Vec<AttributionExample>,
}

/// `[[attribution.kind]]`: a kind of claim (`wants`, `demands`, `found`) and the verbs that
/// mark it, written in their base form (`urge`, `call for`): the extractor adds the -s, -ed
/// and -ing forms, and the irregular ones English has (`seek`, `sought`).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct CueKind {
    /// The kind's name, as claims carry it (`modality`): one lower-case word.
    pub name: String,
    /// Verbs that attribute whatever follows them: a clause, an object, an infinitive
    /// (`Clinton wants to …`, `Sanders called for …`, `Cruz accused Trump of …`).
    #[serde(default)]
    pub verbs: Vec<String>,
    /// Verbs that attribute only a clause ("that", a quotation, a subject and its verb) or,
    /// after one of the `documents`, whatever follows (`the report found 31 cases`).
    #[serde(default)]
    pub that_verbs: Vec<String>,
    /// Verbs whose object is what is attributed, a noun phrase that ends at a comma or at
    /// an adjunct of time or place (`Cruz endorsed Trump on Friday` attributes `Trump`);
    /// a clause or a quotation after them is taken whole, as after `verbs`.
    #[serde(default)]
    pub object_verbs: Vec<String>,
    /// Nouns of this kind that attribute the clause after them, "that" or "to", to their
    /// possessor (`Trump's claim that …`, `the senator's promise to …`), written as they
    /// stand (singular and plural each listed).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub nouns: Vec<String>,
    /// Nouns of this kind that a verb's subject takes up, with what it is about after a
    /// preposition (`launched a blistering critique of the budget`, `heaped praise on the
    /// crew`): the subject holds the stance, the preposition's object is what is attributed.
    /// Written as they stand (singular and plural each listed).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stance_nouns: Vec<String>,
}

/// `[[attribution.example]]`: a text and the claim the extractor must find in it. With no
/// `speaker`, `cue` or `content`, the text must yield no attributed claim at all.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct AttributionExample {
    pub text: String,
    /// A name the speaker's mention contains ("Kerry" matches "Secretary of State John Kerry").
    pub speaker: Option<String>,
    /// The cue as written ("said", "according to").
    pub cue: Option<String>,
    /// What was said, compared with case, accents and punctuation folded.
    pub content: Option<String>,
}

/// `[[role]]`: a role and the descriptions that point at its holder in one article.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RoleRule {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// `[[entity]]`: a person, group or place and every name it goes by.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct EntityRule {
    pub id: String,
    pub name: String,
    #[serde(default = "default_entity_kind")]
    pub kind: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Whom the body speaks for, by name ("Donald Trump" for "the White House" of his
    /// term, "North Korea" for its state news agency): a speaker written with one of these
    /// names, or with a title made of one ("North Korean leader"), can give the body's
    /// statement. Compatible speakers for linking, never one.
    #[serde(default, rename = "speaks-for", skip_serializing_if = "Vec::is_empty")]
    pub speaks_for: Vec<String>,
}

fn default_entity_kind() -> String {
    "person".to_string()
}

/// `[[numbers.qualifier]]`: words before a figure and the interval they make of it.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct QualifierRule {
    pub words: Vec<String>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    #[serde(default)]
    pub exclusive: bool,
}

impl QualifierRule {
    /// Rounds a figure both ways ("about 60", "some 90"): its interval lies on either side
    /// of the figure as written.
    pub fn rounds_both_ways(&self) -> bool {
        self.low.is_some_and(|l| l > 0.0 && l < 1.0) && self.high.is_some_and(|h| h > 1.0)
    }
}

/// `[[numbers.vague]]`: a quantity word with no figure ("dozens") and its interval.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct VagueRule {
    pub words: Vec<String>,
    pub low: f64,
    pub high: f64,
}

/// `[numbers]`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct NumberRules {
    pub tolerance: Option<f64>,
    /// How far apart two lower bounds of one frame ("more than 26,000", "more than
    /// 31,000") may be, as a share of the smaller, before they make a warning: both can
    /// hold, but one count is likely out of date. `None`: never.
    #[serde(rename = "bounds-apart", skip_serializing_if = "Option::is_none")]
    pub bounds_apart: Option<f64>,
    #[serde(default)]
    pub qualifier: Vec<QualifierRule>,
    #[serde(default)]
    pub vague: Vec<VagueRule>,
    /// Words that say what happened to what a figure counts ("killed", "injured", "fled").
    #[serde(default)]
    pub measures: Vec<String>,
    /// Units that convert into one another for comparing figures ("eur" → "usd").
    #[serde(default)]
    pub conversion: Vec<ConversionRule>,
}

/// `[[numbers.conversion]]`: one unit expressed in another, with the tolerance the rate
/// allows (exchange rates move; feet and metres do not).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ConversionRule {
    /// The unit as the extractor writes it ("eur", "foot", "mile").
    pub unit: String,
    /// The unit it converts into ("usd", "metre", "kilometre").
    pub into: String,
    /// How many `into` one `unit` is.
    pub factor: f64,
    /// Added after the factor, for scales whose zeros differ (°F → °C: −17.78).
    #[serde(default)]
    pub offset: Option<f64>,
    /// Relative tolerance for figures compared through this conversion (default: the
    /// `[numbers]` tolerance).
    pub tolerance: Option<f64>,
}

/// An example embedded in a topic, run by `rules test`.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TopicExample {
    pub text: String,
    #[serde(default)]
    pub answers: Vec<String>,
}

/// `[[topic]]`: a watched question and the phrases that answer it.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct TopicRule {
    pub id: String,
    pub question: String,
    /// Phrases that mark a sentence as answering it (none for a question about a figure).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub triggers: Vec<String>,
    /// What answers it: `entity` (the default: entities named near a trigger) or `figure`
    /// (each outlet's value of `measure` from the fact sheet).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<String>,
    /// The measure a `figure` question asks for ("killed"; a synonym of the rules'
    /// measures, such as "dead", names the same).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measure: Option<String>,
    /// Kinds of entity that count as answers (empty: any).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub answer_kinds: Vec<String>,
    /// Texts `rules test` runs, with the answers expected in each.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub example: Vec<TopicExample>,
}

impl TopicRule {
    /// The question asks for a figure (`answer = "figure"`), answered from the fact sheet.
    pub fn asks_for_figure(&self) -> bool {
        self.answer.as_deref() == Some("figure")
    }
}

/// `[[ignore]]`: a finding or claim an editor has already dealt with.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct IgnoreRule {
    pub fingerprint: Option<String>,
    pub claim: Option<String>,
    pub reason: String,
}

/// `[check]`: thresholds of the linking and checking stages.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct CheckRules {
    /// Content-word overlap (Jaccard) above which two claims of one speaker match.
    pub min_similarity: f64,
    /// Overlap of quoted words above which two quotes count as the same quote.
    pub quote_similarity: f64,
    /// Claims with fewer content words than this are matched only on exact content.
    pub min_content_words: usize,
}

impl Default for CheckRules {
    fn default() -> Self {
        CheckRules {
            min_similarity: 0.5,
            quote_similarity: 0.6,
            min_content_words: 4,
        }
    }
}

/// One rule file as written.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RuleFile {
    /// Other rule files merged before this one, relative to this file.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extends: Vec<String>,
    pub attribution: Option<AttributionRules>,
    pub negation: Option<WordList>,
    pub titles: Option<WordList>,
    pub abbreviations: Option<WordList>,
    pub organizations: Option<WordList>,
    pub streets: Option<WordList>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub role: Vec<RoleRule>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub synonyms: Vec<WordList>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub antonyms: Vec<WordList>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub entity: Vec<EntityRule>,
    pub numbers: Option<NumberRules>,
    pub facts: Option<FactRules>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub place: Vec<PlaceRule>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub topic: Vec<TopicRule>,
    /// Rule id (or short name) → level, or `off`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub severity: BTreeMap<String, SeveritySetting>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ignore: Vec<IgnoreRule>,
    pub check: Option<CheckRules>,
}

impl RuleFile {
    /// Parses one rule file; errors carry `path:line:column` and read like "unknown key
    /// `cuez`, expected one of …".
    pub fn parse(path: &Path, text: &str) -> Result<RuleFile> {
        toml::from_str(text).map_err(|e| {
            let message = load::plain_message(e.message());
            match e.span() {
                Some(span) => Error::at(path, text, span.start, message),
                None => Error::input(path, message),
            }
        })
    }
}

/// Where the rules in force come from, besides the built-in set.
#[derive(Debug, Clone, Default)]
pub struct RuleSources {
    /// `--rules FILE`, in order.
    pub files: Vec<PathBuf>,
    /// A `corroborate.toml` found by [`find_config`].
    pub config: Option<PathBuf>,
}

/// The name of the configuration file picked up from the working directory or a parent.
pub const CONFIG_NAME: &str = "corroborate.toml";

/// The nearest `corroborate.toml` in `start` or one of its parents.
pub fn find_config(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .map(|dir| dir.join(CONFIG_NAME))
        .find(|candidate| candidate.is_file())
}

/// Every rule in force, merged from the default set and the user's files, with the lookups
/// the pipeline needs built once.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RuleSet {
    pub attribution: AttributionRules,
    pub negation: Vec<String>,
    pub titles: Vec<String>,
    pub abbreviations: Vec<String>,
    pub organization_words: Vec<String>,
    pub street_words: Vec<String>,
    pub roles: Vec<RoleRule>,
    pub synonyms: Vec<Vec<String>>,
    pub antonyms: Vec<Vec<String>>,
    pub entities: Vec<EntityRule>,
    pub numbers: NumberRules,
    pub facts: FactRules,
    pub places: Vec<PlaceRule>,
    pub topics: Vec<TopicRule>,
    /// Rule id → level: every finding rule the loader was told of, at its default level
    /// unless a file gave another (keys are rule ids, never short names).
    pub severity: BTreeMap<String, Severity>,
    /// Rule ids switched off (`severity = "off"`).
    pub disabled: BTreeSet<String>,
    pub ignore: Vec<IgnoreRule>,
    pub check: CheckRules,
    lookup: Lookup,
}

/// The words of a list in lower case, as a set of either kind.
fn lower<S: FromIterator<String>>(words: &[String]) -> S {
    words.iter().map(|w| w.to_lowercase()).collect()
}

/// Lower-cased lookups derived from the lists above.
#[derive(Debug, Clone, Default, PartialEq)]
struct Lookup {
    titles: WordSet,
    /// Read for every word before a full stop: most are turned away unlowered.
    abbreviations: GatedWordSet,
    organizations: WordSet,
    streets: WordSet,
    /// Read for every word of a claim: most are turned away unhashed.
    negation: GatedWordSet,
    /// word or phrase (lower case) → canonical form (the first word of its synonym list)
    synonyms: WordMap<String>,
}

impl RuleSet {
    /// The built-in rules alone. They set no severities (each check's record holds its
    /// default level), so no finding rule needs naming.
    pub fn builtin() -> Result<RuleSet> {
        Ok(load::Loader::new(&[])?.finish()?.0)
    }

    /// The built-in rules, then the config file, then each `--rules` file, each preceded by
    /// the files it `extends`; returns the set and the files read, in merge order. A file
    /// named twice is read once. `[severity]` may name the finding rules of `names` (by id
    /// or short name), which start at their default levels.
    pub fn load(sources: &RuleSources, names: &[RuleName]) -> Result<(RuleSet, Vec<PathBuf>)> {
        let mut loader = load::Loader::new(names)?;
        for path in sources.config.iter().chain(&sources.files) {
            loader.load(path)?;
        }
        loader.finish()
    }

    /// The merged rule set written back as TOML.
    pub fn to_toml(&self) -> String {
        let file = RuleFile {
            extends: Vec::new(),
            attribution: Some(self.attribution.clone()),
            negation: Some(WordList {
                words: self.negation.clone(),
            }),
            titles: Some(WordList {
                words: self.titles.clone(),
            }),
            abbreviations: Some(WordList {
                words: self.abbreviations.clone(),
            }),
            organizations: Some(WordList {
                words: self.organization_words.clone(),
            }),
            streets: Some(WordList {
                words: self.street_words.clone(),
            }),
            role: self.roles.clone(),
            synonyms: self
                .synonyms
                .iter()
                .map(|w| WordList { words: w.clone() })
                .collect(),
            antonyms: self
                .antonyms
                .iter()
                .map(|w| WordList { words: w.clone() })
                .collect(),
            entity: self.entities.clone(),
            numbers: Some(self.numbers.clone()),
            facts: Some(self.facts.clone()),
            place: self.places.clone(),
            topic: self.topics.clone(),
            severity: self
                .severity
                .iter()
                .map(|(id, level)| (id.clone(), SeveritySetting::Level(*level)))
                .chain(
                    self.disabled
                        .iter()
                        .map(|id| (id.clone(), SeveritySetting::Off)),
                )
                .collect(),
            ignore: self.ignore.clone(),
            check: Some(self.check.clone()),
        };
        toml::to_string_pretty(&file)
            .unwrap_or_else(|e| format!("# could not print the rules: {e}\n"))
    }

    /// Adds a file's rules on top of what is already in force. `[severity]` keys are taken
    /// as rule ids: the loader has checked them and turned short names into ids.
    pub fn add(&mut self, file: RuleFile) {
        if let Some(a) = file.attribution {
            self.attribution.cues.extend(a.cues);
            self.attribution.that_cues.extend(a.that_cues);
            self.attribution.hedges.extend(a.hedges);
            self.attribution.example.extend(a.example);
            self.attribution.boilerplate.extend(a.boilerplate);
            self.attribution.documents.extend(a.documents);
            self.attribution.messages.extend(a.messages);
            self.attribution.bodies.extend(a.bodies);
            self.attribution.described.extend(a.described);
            self.attribution.company_endings.extend(a.company_endings);
            // A kind named again in a later file takes in its verbs.
            for kind in a.kind {
                match self
                    .attribution
                    .kind
                    .iter_mut()
                    .find(|k| k.name == kind.name)
                {
                    Some(known) => {
                        known.verbs.extend(kind.verbs);
                        known.that_verbs.extend(kind.that_verbs);
                        known.object_verbs.extend(kind.object_verbs);
                        known.nouns.extend(kind.nouns);
                        known.stance_nouns.extend(kind.stance_nouns);
                    }
                    None => self.attribution.kind.push(kind),
                }
            }
        }
        if let Some(w) = file.negation {
            self.negation.extend(w.words);
        }
        if let Some(w) = file.titles {
            self.titles.extend(w.words);
        }
        if let Some(w) = file.abbreviations {
            self.abbreviations.extend(w.words);
        }
        if let Some(w) = file.organizations {
            self.organization_words.extend(w.words);
        }
        if let Some(w) = file.streets {
            self.street_words.extend(w.words);
        }
        self.roles.extend(file.role);
        self.synonyms
            .extend(file.synonyms.into_iter().map(|w| w.words));
        self.antonyms
            .extend(file.antonyms.into_iter().map(|w| w.words));
        self.entities.extend(file.entity);
        if let Some(n) = file.numbers {
            if n.tolerance.is_some() {
                self.numbers.tolerance = n.tolerance;
            }
            if n.bounds_apart.is_some() {
                self.numbers.bounds_apart = n.bounds_apart;
            }
            self.numbers.qualifier.extend(n.qualifier);
            self.numbers.vague.extend(n.vague);
            self.numbers.measures.extend(n.measures);
            self.numbers.conversion.extend(n.conversion);
        }
        if let Some(f) = file.facts {
            self.facts.people.extend(f.people);
            self.facts.persons.extend(f.persons);
            self.facts.damage.extend(f.damage);
            self.facts.events.extend(f.events);
            self.facts.background.extend(f.background);
            self.facts.origins.extend(f.origins);
            self.facts.holders.extend(f.holders);
            self.facts.place_nouns.extend(f.place_nouns);
            self.facts.roll.extend(f.roll);
            self.facts.demands.extend(f.demands);
            self.facts.recurring.extend(f.recurring);
            self.facts.tall_things.extend(f.tall_things);
            self.facts.long_things.extend(f.long_things);
            self.facts.tallies.extend(f.tallies);
            self.facts.remaining.extend(f.remaining);
            self.facts.unnamed_sources.extend(f.unnamed_sources);
            self.facts.relation.extend(f.relation);
            self.facts.moment.extend(f.moment);
        }
        self.places.extend(file.place);
        self.topics.extend(file.topic);
        for (id, setting) in file.severity {
            match setting {
                SeveritySetting::Off => {
                    self.severity.remove(&id);
                    self.disabled.insert(id);
                }
                SeveritySetting::Level(level) => {
                    self.disabled.remove(&id);
                    self.severity.insert(id, level);
                }
            }
        }
        self.ignore.extend(file.ignore);
        if let Some(c) = file.check {
            self.check = c;
        }
        self.rebuild();
    }

    fn rebuild(&mut self) {
        let synonyms = synonym_classes(&self.synonyms);
        self.lookup = Lookup {
            titles: lower(&self.titles),
            abbreviations: lower(&self.abbreviations),
            organizations: lower(&self.organization_words),
            streets: lower(&self.street_words),
            negation: lower(&self.negation),
            synonyms,
        };
    }

    /// True for a noun by which copy refers back to an organisation it named ("lender" in
    /// "the lender said").
    pub fn is_organisation_description(&self, word: &str) -> bool {
        self.attribution
            .described
            .iter()
            .any(|d| d.eq_ignore_ascii_case(word))
    }

    /// True for a word that ends a company's name ("Motors" of "Halvern Motors"), in any
    /// case.
    pub fn is_company_ending(&self, word: &str) -> bool {
        self.attribution
            .company_endings
            .iter()
            .any(|d| d.eq_ignore_ascii_case(word))
    }

    pub fn is_title(&self, word: &str) -> bool {
        with_lower_case(word, |w| self.lookup.titles.contains(w))
    }

    /// True for a word that heads an organisation's name ("Department", "Ministry").
    pub fn is_organization_word(&self, word: &str) -> bool {
        with_lower_case(word, |w| self.lookup.organizations.contains(w))
    }

    /// True for a word that ends a street's name ("Road", "Avenue").
    pub fn is_street_word(&self, word: &str) -> bool {
        with_lower_case(word, |w| self.lookup.streets.contains(w))
    }

    /// True for a word (with its final period) that never ends a sentence.
    pub fn is_abbreviation(&self, word: &str) -> bool {
        self.lookup.abbreviations.contains_lower_of(word)
    }

    /// True for a negation word ("not", "never"), in any case; a word already in lower
    /// case is looked up without a copy.
    pub fn is_negation(&self, word: &str) -> bool {
        with_lower_case(word, |w| self.is_negation_lower(w))
    }

    /// [`RuleSet::is_negation`] of a word already in lower case, without folding it again.
    pub fn is_negation_lower(&self, lower: &str) -> bool {
        self.lookup.negation.contains(lower)
    }

    /// The canonical form of a word or phrase under the synonym rules.
    pub fn canonical<'a>(&'a self, word: &'a str) -> std::borrow::Cow<'a, str> {
        let lower = word.to_lowercase();
        match self.lookup.synonyms.get(&lower) {
            Some(c) => std::borrow::Cow::Borrowed(c.as_str()),
            None => std::borrow::Cow::Owned(lower),
        }
    }

    /// The canonical form of a word already in lower case, without allocating.
    pub fn canonical_lower<'a>(&'a self, lower: &'a str) -> &'a str {
        self.lookup
            .synonyms
            .get(lower)
            .map_or(lower, String::as_str)
    }

    /// Whether a word or phrase in lower case belongs to one of the synonym groups.
    pub fn has_synonyms(&self, lower: &str) -> bool {
        self.lookup.synonyms.contains_key(lower)
    }

    /// Multi-word synonym phrases (lower case), longest first, for folding before tokenising.
    pub fn synonym_phrases(&self) -> Vec<(&str, &str)> {
        let mut phrases: Vec<(&str, &str)> = self
            .lookup
            .synonyms
            .iter()
            .filter(|(k, _)| k.contains(' '))
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        phrases.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(b.0)));
        phrases
    }

    /// The level in force for the finding rule `id`, or `fallback` (its default) when the
    /// set holds none.
    pub fn severity_of(&self, id: &str, fallback: Severity) -> Severity {
        self.severity.get(id).copied().unwrap_or(fallback)
    }

    /// False when a rule file switched the finding rule `id` off.
    pub fn is_enabled(&self, id: &str) -> bool {
        !self.disabled.contains(id)
    }
}

/// Word → canonical form for synonym groups. Groups that share a word are one class (a
/// desk's `["agreement", "deal", "accord"]` joins the default group of "deal", plurals
/// included), whose canonical form is the first word of the earliest group in it.
fn synonym_classes(groups: &[Vec<String>]) -> WordMap<String> {
    // Union-find over groups: a word seen in an earlier group links its groups.
    let mut sets = Sets::new(groups.len());
    let mut first_group: WordMap<usize> = WordMap::default();
    for (g, group) in groups.iter().enumerate() {
        for word in group {
            let word = word.to_lowercase();
            match first_group.get(&word) {
                // The earlier group's root stays the root, so the class keeps its
                // earliest first word.
                Some(&earlier) => sets.join(earlier, g),
                None => {
                    first_group.insert(word, g);
                }
            }
        }
    }
    let mut synonyms = WordMap::default();
    for (word, g) in first_group {
        let r = sets.root(g);
        if let Some(first) = groups[r].first() {
            synonyms.insert(word, first.to_lowercase());
        }
    }
    synonyms
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_desk_group_sharing_a_word_joins_the_default_group() {
        let mut rules = RuleSet::builtin().unwrap();
        let desk = "[[synonyms]]\nwords = [\"agreement\", \"deal\", \"understanding\"]\n";
        rules.add(RuleFile::parse(Path::new("desk.toml"), desk).unwrap());
        // One class: the default group's plurals and the desk's new word alike.
        for word in ["agreement", "deals", "pact", "understanding"] {
            assert_eq!(rules.canonical(word), "deal", "{word}");
        }
        assert_eq!(rules.canonical("talks"), "talks");
    }

    #[test]
    fn builtin_rules_parse_and_know_the_truce_synonyms() {
        let rules = RuleSet::builtin().unwrap();
        assert_eq!(rules.canonical("Cease-fire"), "truce");
        assert_eq!(rules.canonical("cessation of hostilities"), "truce");
        assert!(rules.is_abbreviation("Feb."));
        assert!(rules.is_title("Secretary"));
        assert!(rules.attribution.cues.iter().any(|c| c == "according to"));
    }

    #[test]
    fn unknown_key_is_an_error_with_line_and_column() {
        let err = RuleFile::parse(Path::new("desk.toml"), "[attribution]\ncuez = [\"said\"]\n")
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with(
                "desk.toml:2:1: unknown key `cuez`, expected one of `cues`, `that-cues`, `hedges`"
            ),
            "{err}"
        );
    }

    #[test]
    fn later_files_add_to_earlier_ones() {
        let mut rules = RuleSet::builtin().unwrap();
        let file = RuleFile::parse(
            Path::new("desk.toml"),
            "[[synonyms]]\nwords = [\"sanctions\", \"penalties\"]\n[severity]\nmisquote = \"error\"\n",
        )
        .unwrap();
        rules.add(file);
        assert_eq!(rules.canonical("penalties"), "sanctions");
        assert_eq!(rules.canonical("ceasefire"), "truce");
        assert_eq!(
            rules.severity_of("misquote", Severity::Info),
            Severity::Error
        );
    }

    #[test]
    fn off_switches_a_rule_off_and_a_later_level_back_on() {
        let mut rules = RuleSet::builtin().unwrap();
        assert!(rules.is_enabled("misquote"));
        let off = RuleFile::parse(Path::new("a.toml"), "[severity]\nmisquote = \"off\"\n").unwrap();
        rules.add(off);
        assert!(!rules.is_enabled("misquote"));
        assert!(rules.is_enabled("number-mismatch"));
        let on = RuleFile::parse(Path::new("b.toml"), "[severity]\nmisquote = \"info\"\n").unwrap();
        rules.add(on);
        assert!(rules.is_enabled("misquote"));
        assert_eq!(
            rules.severity_of("misquote", Severity::Error),
            Severity::Info
        );
    }

    /// `rules show` prints `to_toml`; read back on its own it must give the same set.
    fn assert_round_trip(rules: &RuleSet) {
        let shown = rules.to_toml();
        let file = RuleFile::parse(Path::new("shown.toml"), &shown)
            .unwrap_or_else(|e| panic!("{e}\n{shown}"));
        let mut again = RuleSet::default();
        again.add(file);
        assert_eq!(&again, rules);
        assert_eq!(again.to_toml(), shown);
    }

    #[test]
    fn shown_builtin_rules_read_back_to_the_same_set() {
        assert_round_trip(&RuleSet::builtin().unwrap());
    }

    #[test]
    fn shown_rules_with_examples_off_switches_and_topics_read_back_to_the_same_set() {
        let mut rules = RuleSet::builtin().unwrap();
        let desk = r#"
[attribution]
cues = ["projected"]
[[attribution.example]]
text = "Gomez projected that she would win."
speaker = "Gomez"

[[topic]]
id = "recounts"
question = "Where is a recount?"
triggers = ["recount in"]
answer-kinds = ["place"]
[[topic.example]]
text = "A recount in Lakeside."
answers = ["Lakeside"]

[[entity]]
id = "lakeside"
name = "Lakeside"
kind = "place"

[[ignore]]
fingerprint = "abc123"
reason = "checked by the desk"

[numbers]
tolerance = 0.01

[severity]
single-source = "off"
date-mismatch = "warning"

[check]
min-similarity = 0.4
quote-similarity = 0.7
min-content-words = 3
"#;
        rules.add(RuleFile::parse(Path::new("desk.toml"), desk).unwrap());
        assert!(!rules.is_enabled("single-source"));
        assert_round_trip(&rules);
    }
}
