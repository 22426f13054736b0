//! Scores the contradictions the checker reports against a list, made by reading the copy,
//! of the real discrepancies between outlets' figures in a batch, and of figures that differ
//! without being a discrepancy (`tests/data/facts/`). Each entry names two sides: an
//! article and the figure as that article writes it. A discrepancy is found when one
//! contradiction marks both sides' figures; a figure pair that is no discrepancy is a false
//! alarm when an error or a warning marks both. Errors and warnings that mark no listed
//! discrepancy are handed back for an editor to judge.

use std::path::Path;

use serde::Deserialize;

use crate::article::Article;
use crate::check::{Finding, FindingKind};
use crate::rules::Severity;

/// A list of discrepancies and of differences that are none, for one batch.
#[derive(Debug, Clone, Default)]
pub struct Gold {
    /// The folders the list is about, under the data directory.
    pub stories: Vec<String>,
    /// Real discrepancies between two outlets.
    pub conflicts: Vec<Entry>,
    /// Figures that differ and are no discrepancy (a later toll, a part and its whole,
    /// background, a conversion, different sources, a hedge).
    pub compatible: Vec<Entry>,
}

/// Two sides of one figure.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// What is measured, for the reader of the score ("injured", "crowd in Athens").
    pub what: String,
    /// The least severity a careful editor expects (none: any contradiction will do).
    pub expect: Option<Severity>,
    pub sides: [Side; 2],
}

/// One value of a discrepancy, as the outlets that give it write it: an article (its id)
/// and its figure ("80", "Ten", "£1.2m"), or several such, any of which will do.
#[derive(Debug, Clone, PartialEq)]
pub struct Side {
    pub written: Vec<Written>,
}

/// An article (its id) and a figure as that article writes it.
#[derive(Debug, Clone, PartialEq)]
pub struct Written {
    pub article: String,
    pub figure: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GoldFile {
    stories: Vec<String>,
    #[serde(default)]
    conflict: Vec<EntryFile>,
    #[serde(default)]
    compatible: Vec<EntryFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EntryFile {
    what: String,
    #[serde(default)]
    expect: Option<String>,
    sides: [SideFile; 2],
    /// Why, for people; not read.
    #[serde(default, rename = "note")]
    _note: Option<String>,
}

/// A side as written in the file: `["article", "figure"]`, or a list of such.
#[derive(Deserialize)]
#[serde(untagged)]
enum SideFile {
    One([String; 2]),
    Any(Vec<[String; 2]>),
}

impl SideFile {
    fn side(self) -> Result<Side, String> {
        let pairs = match self {
            SideFile::One(pair) => vec![pair],
            SideFile::Any(pairs) if !pairs.is_empty() => pairs,
            SideFile::Any(_) => return Err("a side lists no article".to_string()),
        };
        let written = pairs
            .into_iter()
            .map(|[article, figure]| Written { article, figure })
            .collect();
        Ok(Side { written })
    }
}

impl Gold {
    /// Reads a list from `path`.
    pub fn read(path: &Path) -> Result<Gold, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        Gold::parse(&text).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// Reads a list from TOML text.
    pub fn parse(text: &str) -> Result<Gold, String> {
        let file: GoldFile = toml::from_str(text).map_err(|e| e.to_string())?;
        let entries = |list: Vec<EntryFile>| -> Result<Vec<Entry>, String> {
            list.into_iter()
                .map(|e| {
                    let expect = match e.expect.as_deref() {
                        None => None,
                        Some("error") => Some(Severity::Error),
                        Some("warning") => Some(Severity::Warning),
                        Some("info") => Some(Severity::Info),
                        Some(other) => {
                            return Err(format!(
                                "{}: expect is \"{other}\"; give error, warning or info",
                                e.what
                            ));
                        }
                    };
                    let [a, b] = e.sides;
                    let side = |s: SideFile| s.side().map_err(|m| format!("{}: {m}", e.what));
                    Ok(Entry {
                        expect,
                        sides: [side(a)?, side(b)?],
                        what: e.what,
                    })
                })
                .collect()
        };
        Ok(Gold {
            stories: file.stories,
            conflicts: entries(file.conflict)?,
            compatible: entries(file.compatible)?,
        })
    }
}

/// What the checker made of a batch, against the list.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FactScore {
    /// Per listed discrepancy: the most severe contradiction marking both sides (its
    /// severity and id), or none.
    pub conflicts: Vec<Option<(Severity, String)>>,
    /// Per difference that is none: the most severe error or warning marking both sides.
    pub compatible: Vec<Option<(Severity, String)>>,
    /// Errors and warnings that mark both sides of no listed discrepancy (their ids).
    pub unlisted: Vec<String>,
    /// Sides whose figure the article does not write (the list and the copy do not fit).
    pub problems: Vec<String>,
}

impl FactScore {
    /// Listed discrepancies found (by any contradiction).
    pub fn found(&self) -> usize {
        self.conflicts.iter().filter(|c| c.is_some()).count()
    }

    /// Listed discrepancies found at least as severely as the list expects.
    pub fn as_expected(&self, gold: &Gold) -> usize {
        gold.conflicts
            .iter()
            .zip(&self.conflicts)
            .filter(|(e, c)| match (e.expect, c) {
                (_, None) => false,
                (None, Some(_)) => true,
                (Some(want), Some((got, _))) => *got >= want,
            })
            .count()
    }

    /// Differences that are none, reported as an error or a warning.
    pub fn false_alarms(&self) -> usize {
        self.compatible.iter().filter(|c| c.is_some()).count()
    }
}

/// Scores `findings` of a batch of `articles` against `gold`.
pub fn score(gold: &Gold, articles: &[Article], findings: &[Finding]) -> FactScore {
    let mut problems = Vec::new();
    for entry in gold.conflicts.iter().chain(&gold.compatible) {
        for w in entry.sides.iter().flat_map(|s| &s.written) {
            match articles.iter().find(|a| a.id == w.article) {
                None => problems.push(format!("{}: no article {}", entry.what, w.article)),
                Some(a) if find_figure(&a.text, &w.figure).is_none() => problems.push(format!(
                    "{}: {} does not write \"{}\"",
                    entry.what, w.article, w.figure
                )),
                Some(_) => {}
            }
        }
    }
    let contradictions: Vec<&Finding> = findings
        .iter()
        .filter(|f| f.kind == FindingKind::Contradiction)
        .collect();
    let conflicts = gold
        .conflicts
        .iter()
        .map(|e| strongest(&contradictions, e))
        .collect();
    // A finding that groups every value of a frame marks, beside the discrepancy it reports,
    // values that agree among themselves: it is a false alarm only where it reports no listed
    // discrepancy at all.
    let alarms: Vec<&Finding> = contradictions
        .iter()
        .copied()
        .filter(|f| f.severity >= Severity::Warning)
        .filter(|f| !gold.conflicts.iter().any(|e| marks(f, &e.sides)))
        .collect();
    let compatible = gold
        .compatible
        .iter()
        .map(|e| strongest(&alarms, e))
        .collect();
    let unlisted = alarms.iter().map(|f| f.id.clone()).collect();
    FactScore {
        conflicts,
        compatible,
        unlisted,
        problems,
    }
}

/// The most severe of `findings` that marks both sides of `entry` (its severity and id).
fn strongest(findings: &[&Finding], entry: &Entry) -> Option<(Severity, String)> {
    findings
        .iter()
        .filter(|f| marks(f, &entry.sides))
        .max_by_key(|f| f.severity)
        .map(|f| (f.severity, f.id.clone()))
}

/// Whether `finding` marks each side's figure in an article that writes it.
fn marks(finding: &Finding, sides: &[Side; 2]) -> bool {
    sides.iter().all(|side| {
        finding.marked.iter().any(|m| {
            side.written.iter().any(|w| {
                m.claim.split('#').next() == Some(w.article.as_str())
                    && find_figure(&m.text, &w.figure).is_some()
            })
        })
    })
}

/// Where `figure` stands in `text` as a whole token (case aside): "80" is in "80 wounded"
/// and not in "180".
fn find_figure(text: &str, figure: &str) -> Option<usize> {
    if figure.is_empty() {
        return None;
    }
    let hay = text.to_lowercase();
    let needle = figure.to_lowercase();
    let joins = |c: char| c.is_alphanumeric();
    let mut from = 0;
    while let Some(at) = hay.get(from..).and_then(|h| h.find(&needle)) {
        let start = from + at;
        let end = start + needle.len();
        let before = hay[..start].chars().next_back();
        let after = hay[end..].chars().next();
        let open = !before.is_some_and(joins) || !needle.starts_with(joins);
        let close = !after.is_some_and(joins) || !needle.ends_with(joins);
        if open && close {
            return Some(start);
        }
        from = start + needle.chars().next().map_or(1, char::len_utf8);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Span;
    use crate::check::Marked;

    fn article(id: &str, text: &str) -> Article {
        Article {
            id: id.to_string(),
            path: format!("{id}.txt"),
            source: id.to_string(),
            date: None,
            title: None,
            url: None,
            body_offset: 0,
            body_line: 0,
            metadata: Default::default(),
            text: text.to_string(),
        }
    }

    fn finding(id: &str, severity: Severity, marked: &[(&str, &str)]) -> Finding {
        Finding {
            id: id.to_string(),
            kind: FindingKind::Contradiction,
            subkind: None,
            severity,
            claims: Vec::new(),
            sources: Vec::new(),
            rule: "number-mismatch".to_string(),
            message: String::new(),
            marked: marked
                .iter()
                .map(|&(claim, text)| Marked {
                    claim: claim.to_string(),
                    span: Span::default(),
                    text: text.to_string(),
                })
                .collect(),
            fingerprint: String::new(),
            story: None,
            facts: Vec::new(),
            looked_at: Vec::new(),
        }
    }

    const LIST: &str = r#"
        stories = ["ferry"]
        [[conflict]]
        what = "injured"
        expect = "error"
        sides = [["wire", "80"], ["paper", "about 50"]]
        [[conflict]]
        what = "missing"
        sides = [[["wire", "three"], ["radio", "3"]], ["paper", "five"]]
        [[compatible]]
        what = "killed, a later toll"
        sides = [["wire", "10"], ["paper", "12"]]
    "#;

    fn batch() -> Vec<Article> {
        vec![
            article(
                "wire",
                "Ten were killed, 10 in all, and 80 hurt; three are missing.",
            ),
            article(
                "paper",
                "A toll of 12, about 50 hurt and 180 treated; five missing.",
            ),
            article("radio", "Police said 3 were missing."),
        ]
    }

    #[test]
    fn a_discrepancy_is_found_when_one_finding_marks_both_figures() {
        let gold = Gold::parse(LIST).unwrap();
        let findings = [
            finding(
                "F1",
                Severity::Warning,
                &[("wire#2", "80"), ("paper#1", "about 50")],
            ),
            // Both figures, but in two findings: the missing are not found.
            finding("F2", Severity::Error, &[("wire#3", "three")]),
            finding("F3", Severity::Error, &[("paper#4", "five")]),
        ];
        let scored = score(&gold, &batch(), &findings);
        assert_eq!(
            scored.conflicts,
            [Some((Severity::Warning, "F1".to_string())), None]
        );
        assert_eq!(scored.found(), 1);
        // A warning where the list expects an error is found, not as expected.
        assert_eq!(scored.as_expected(&gold), 0);
        assert_eq!(scored.unlisted, ["F2", "F3"]);
        assert!(scored.problems.is_empty());
        // A side's figure as any of the outlets that give it writes it.
        let radio = [finding(
            "F1",
            Severity::Warning,
            &[("radio#1", "3"), ("paper#4", "five")],
        )];
        assert_eq!(score(&gold, &batch(), &radio).found(), 1);
    }

    #[test]
    fn a_difference_that_is_none_is_a_false_alarm_only_as_an_error_or_warning() {
        let gold = Gold::parse(LIST).unwrap();
        let info = [finding(
            "F1",
            Severity::Info,
            &[("wire#1", "10"), ("paper#1", "12")],
        )];
        assert_eq!(score(&gold, &batch(), &info).false_alarms(), 0);
        let error = [finding(
            "F1",
            Severity::Error,
            &[("wire#1", "10"), ("paper#1", "12")],
        )];
        let scored = score(&gold, &batch(), &error);
        assert_eq!(scored.false_alarms(), 1);
        assert_eq!(scored.unlisted, ["F1"]);
    }

    #[test]
    fn a_finding_that_reports_a_listed_discrepancy_is_no_false_alarm_on_its_other_values() {
        let gold = Gold::parse(LIST).unwrap();
        // One finding of the frame lists every value: the 80 against about 50 it reports,
        // and the 10 and 12 of another pair besides.
        let grouped = [finding(
            "F1",
            Severity::Error,
            &[
                ("wire#2", "80"),
                ("paper#1", "about 50"),
                ("wire#1", "10"),
                ("paper#1", "12"),
            ],
        )];
        let scored = score(&gold, &batch(), &grouped);
        assert_eq!(scored.false_alarms(), 0);
        assert!(scored.unlisted.is_empty());
    }

    #[test]
    fn a_figure_is_a_whole_token_and_a_side_the_copy_lacks_is_a_problem() {
        assert_eq!(find_figure("and 180 treated", "80"), None);
        assert_eq!(find_figure("80 hurt", "80"), Some(0));
        assert_eq!(find_figure("Ten were killed", "ten"), Some(0));
        assert_eq!(find_figure("worth £1.2m.", "£1.2m"), Some(6));
        let gold = Gold::parse(
            r#"
            stories = []
            [[conflict]]
            what = "injured"
            sides = [["wire", "81"], ["gone", "5"]]
            "#,
        )
        .unwrap();
        let scored = score(&gold, &batch(), &[]);
        assert_eq!(
            scored.problems,
            [
                "injured: wire does not write \"81\"",
                "injured: no article gone"
            ]
        );
    }

    #[test]
    fn an_unknown_severity_or_key_is_refused() {
        let bad = r#"
            stories = []
            [[conflict]]
            what = "injured"
            expect = "severe"
            sides = [["a", "1"], ["b", "2"]]
        "#;
        assert!(
            Gold::parse(bad)
                .unwrap_err()
                .contains("give error, warning or info")
        );
        let typo = r#"
            stories = []
            [[conflit]]
        "#;
        assert!(Gold::parse(typo).is_err());
    }
}
