//! Rule sets: the TOML files that teach the checker a beat, merged into one `RuleSet` every stage reads.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

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

/// A list of words or phrases.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct WordList {
    #[serde(default)]
    pub words: Vec<String>,
}

/// `[attribution]`: the verbs and phrases that mark who said what.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
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
}

/// `[[role]]`: a role and the descriptions that point at its holder in one article.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RoleRule {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// `[[entity]]`: a person, group or place and every name it goes by.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct EntityRule {
    pub id: String,
    pub name: String,
    #[serde(default = "default_entity_kind")]
    pub kind: String,
    #[serde(default)]
    pub aliases: Vec<String>,
}

fn default_entity_kind() -> String {
    "person".to_string()
}

/// `[[numbers.qualifier]]`: words before a figure and the interval they make of it.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct QualifierRule {
    pub words: Vec<String>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    #[serde(default)]
    pub exclusive: bool,
}

/// `[[numbers.vague]]`: a quantity word with no figure ("dozens") and its interval.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct VagueRule {
    pub words: Vec<String>,
    pub low: f64,
    pub high: f64,
}

/// `[numbers]`.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct NumberRules {
    pub tolerance: Option<f64>,
    #[serde(default)]
    pub qualifier: Vec<QualifierRule>,
    #[serde(default)]
    pub vague: Vec<VagueRule>,
    /// Words that say what happened to what a figure counts ("killed", "injured", "fled").
    #[serde(default)]
    pub measures: Vec<String>,
}

/// An example embedded in a topic, run by `rules test`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TopicExample {
    pub text: String,
    #[serde(default)]
    pub answers: Vec<String>,
}

/// `[[topic]]`: a watched question and the phrases that answer it.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct TopicRule {
    pub id: String,
    pub question: String,
    pub triggers: Vec<String>,
    /// Kinds of entity that count as answers (empty: any).
    #[serde(default)]
    pub answer_kinds: Vec<String>,
    #[serde(default)]
    pub example: Vec<TopicExample>,
}

/// `[[ignore]]`: a finding or claim an editor has already dealt with.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct IgnoreRule {
    pub fingerprint: Option<String>,
    pub claim: Option<String>,
    pub reason: String,
}

/// `[check]`: thresholds of the linking and checking stages.
#[derive(Debug, Clone, Deserialize, Serialize)]
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
    #[serde(default)]
    pub extends: Vec<String>,
    pub attribution: Option<AttributionRules>,
    pub negation: Option<WordList>,
    pub titles: Option<WordList>,
    pub abbreviations: Option<WordList>,
    pub organizations: Option<WordList>,
    #[serde(default)]
    pub role: Vec<RoleRule>,
    #[serde(default)]
    pub synonyms: Vec<WordList>,
    #[serde(default)]
    pub antonyms: Vec<WordList>,
    #[serde(default)]
    pub entity: Vec<EntityRule>,
    pub numbers: Option<NumberRules>,
    #[serde(default)]
    pub topic: Vec<TopicRule>,
    #[serde(default)]
    pub severity: BTreeMap<String, Severity>,
    #[serde(default)]
    pub ignore: Vec<IgnoreRule>,
    pub check: Option<CheckRules>,
}

impl RuleFile {
    /// Parses one rule file; errors carry `path:line:column`.
    pub fn parse(path: &Path, text: &str) -> Result<RuleFile> {
        toml::from_str(text).map_err(|e| match e.span() {
            Some(span) => Error::at(path, text, span.start, e.message().to_string()),
            None => Error::input(path, e.message().to_string()),
        })
    }
}

/// Every rule in force, merged from the default set and the user's files, with the lookups
/// the pipeline needs built once.
#[derive(Debug, Clone, Default)]
pub struct RuleSet {
    pub attribution: AttributionRules,
    pub negation: Vec<String>,
    pub titles: Vec<String>,
    pub abbreviations: Vec<String>,
    pub organization_words: Vec<String>,
    pub roles: Vec<RoleRule>,
    pub synonyms: Vec<Vec<String>>,
    pub antonyms: Vec<Vec<String>>,
    pub entities: Vec<EntityRule>,
    pub numbers: NumberRules,
    pub topics: Vec<TopicRule>,
    pub severity: BTreeMap<String, Severity>,
    pub ignore: Vec<IgnoreRule>,
    pub check: CheckRules,
    lookup: Lookup,
}

/// Lower-cased lookups derived from the lists above.
#[derive(Debug, Clone, Default)]
struct Lookup {
    titles: HashSet<String>,
    abbreviations: HashSet<String>,
    organizations: HashSet<String>,
    negation: HashSet<String>,
    /// word or phrase (lower case) → canonical form (the first word of its synonym list)
    synonyms: HashMap<String, String>,
}

impl RuleSet {
    /// The built-in rules alone.
    pub fn builtin() -> Result<RuleSet> {
        let file = RuleFile::parse(Path::new("rules/default.toml (built in)"), DEFAULT_RULES)?;
        let mut rules = RuleSet::default();
        rules.add(file);
        Ok(rules)
    }

    /// Adds a file's rules on top of what is already in force.
    pub fn add(&mut self, file: RuleFile) {
        if let Some(a) = file.attribution {
            self.attribution.cues.extend(a.cues);
            self.attribution.that_cues.extend(a.that_cues);
            self.attribution.hedges.extend(a.hedges);
            self.attribution.boilerplate.extend(a.boilerplate);
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
            self.numbers.qualifier.extend(n.qualifier);
            self.numbers.vague.extend(n.vague);
            self.numbers.measures.extend(n.measures);
        }
        self.topics.extend(file.topic);
        self.severity.extend(file.severity);
        self.ignore.extend(file.ignore);
        if let Some(c) = file.check {
            self.check = c;
        }
        self.rebuild();
    }

    fn rebuild(&mut self) {
        let lower = |v: &[String]| v.iter().map(|w| w.to_lowercase()).collect();
        let mut synonyms = HashMap::new();
        for group in &self.synonyms {
            if let Some(first) = group.first() {
                let canonical = first.to_lowercase();
                for word in group {
                    synonyms.insert(word.to_lowercase(), canonical.clone());
                }
            }
        }
        self.lookup = Lookup {
            titles: lower(&self.titles),
            abbreviations: lower(&self.abbreviations),
            organizations: lower(&self.organization_words),
            negation: lower(&self.negation),
            synonyms,
        };
    }

    pub fn is_title(&self, word: &str) -> bool {
        self.lookup.titles.contains(&word.to_lowercase())
    }

    /// True for a word that heads an organisation's name ("Department", "Ministry").
    pub fn is_organization_word(&self, word: &str) -> bool {
        self.lookup.organizations.contains(&word.to_lowercase())
    }

    /// True for a word (with its final period) that never ends a sentence.
    pub fn is_abbreviation(&self, word: &str) -> bool {
        self.lookup.abbreviations.contains(&word.to_lowercase())
    }

    pub fn is_negation(&self, word: &str) -> bool {
        self.lookup.negation.contains(&word.to_lowercase())
    }

    /// The canonical form of a word or phrase under the synonym rules.
    pub fn canonical<'a>(&'a self, word: &'a str) -> std::borrow::Cow<'a, str> {
        let lower = word.to_lowercase();
        match self.lookup.synonyms.get(&lower) {
            Some(c) => std::borrow::Cow::Borrowed(c.as_str()),
            None => std::borrow::Cow::Owned(lower),
        }
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

    /// The severity configured for a finding rule, or `fallback`.
    pub fn severity_of(&self, rule: &str, fallback: Severity) -> Severity {
        self.severity.get(rule).copied().unwrap_or(fallback)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
            err.starts_with("desk.toml:2:1: unknown field `cuez`"),
            "{err}"
        );
    }

    #[test]
    fn later_files_add_to_earlier_ones() {
        let mut rules = RuleSet::builtin().unwrap();
        let file = RuleFile::parse(
            Path::new("desk.toml"),
            "[[synonyms]]\nwords = [\"pact\", \"accord\"]\n[severity]\nmisquote = \"error\"\n",
        )
        .unwrap();
        rules.add(file);
        assert_eq!(rules.canonical("accord"), "pact");
        assert_eq!(rules.canonical("ceasefire"), "truce");
        assert_eq!(
            rules.severity_of("misquote", Severity::Info),
            Severity::Error
        );
    }
}
