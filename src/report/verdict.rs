//! The verdict an editor reads first: per story the counts, the watched questions answered by name with their outlets, and each disagreement once, most severe first.

use std::collections::{BTreeMap, BTreeSet};

use crate::check::{Finding, FindingKind};
use crate::pipeline::Analysis;
use crate::report::evidence;
use crate::report::selection::Selection;
use crate::rules::Severity;
use crate::sets::Sets;
use crate::stories::Story;

/// The verdict of a batch: one part per story (one part when the batch is one story or none).
pub struct Verdict<'a> {
    pub stories: Vec<StoryVerdict<'a>>,
}

/// What an editor needs to know of one story before reading any finding.
pub struct StoryVerdict<'a> {
    /// The story, or `None` when the batch holds no story at all.
    pub story: Option<&'a Story>,
    pub articles: usize,
    /// The story's outlets, sorted and distinct.
    pub outlets: Vec<&'a str>,
    /// Contradictions of each severity: errors, warnings, notes.
    pub errors: usize,
    pub warnings: usize,
    pub notes: usize,
    pub single_source: usize,
    pub agreements: usize,
    /// The watched questions of the rules and this story's answers to them.
    pub questions: Vec<Question<'a>>,
    /// The contradictions, each disagreement once, most severe first.
    pub disagreements: Vec<Disagreement<'a>>,
}

/// A watched question and the story's answers, by name.
pub struct Question<'a> {
    pub question: &'a str,
    pub answers: Vec<Answer<'a>>,
}

/// One answer and the outlets that give it.
pub struct Answer<'a> {
    pub name: &'a str,
    pub sources: &'a [String],
    pub single_source: bool,
    /// A figure's row status when the values do not all agree ("conflict", "differ").
    pub status: Option<&'static str>,
}

/// One disagreement: the findings that mark the same words of the same kind of contradiction
/// (one outlet's figure set against each of the others is one disagreement, not five).
pub struct Disagreement<'a> {
    /// The most severe of its findings (the first in report order), shown in full.
    pub lead: &'a Finding,
    /// The others, in report order.
    pub repeats: Vec<&'a Finding>,
}

impl Disagreement<'_> {
    /// Every outlet of the disagreement, sorted.
    pub fn sources(&self) -> Vec<&str> {
        let all: BTreeSet<&str> = std::iter::once(self.lead)
            .chain(self.repeats.iter().copied())
            .flat_map(|f| f.sources.iter().map(String::as_str))
            .collect();
        all.into_iter().collect()
    }

    /// The ids of the findings that repeat the lead, joined with commas; `None` when none
    /// does.
    pub fn repeat_ids(&self) -> Option<String> {
        if self.repeats.is_empty() {
            return None;
        }
        let ids: Vec<&str> = self.repeats.iter().map(|f| f.id.as_str()).collect();
        Some(ids.join(", "))
    }
}

impl<'a> Verdict<'a> {
    /// Each finding that repeats a disagreement → the id of the disagreement's lead finding.
    pub fn repeat_leads(&self) -> BTreeMap<&'a str, &'a str> {
        self.stories
            .iter()
            .flat_map(|s| &s.disagreements)
            .flat_map(|d| {
                d.repeats
                    .iter()
                    .map(move |r| (r.id.as_str(), d.lead.id.as_str()))
            })
            .collect()
    }

    /// The verdict of `analysis`. Counts are over every finding; the contradictions listed
    /// are those `selection` chooses, and the watched questions are answered unless `--only`
    /// narrows the report.
    pub fn of(analysis: &'a Analysis, selection: &Selection) -> Verdict<'a> {
        let order = evidence::report_order_indices(analysis);
        let groups: Vec<(Option<&'a Story>, Vec<usize>)> =
            match evidence::by_story(analysis, &order) {
                Some(stories) => stories.into_iter().map(|(s, f)| (Some(s), f)).collect(),
                None => vec![(analysis.stories.first(), order)],
            };
        let several = groups.len() > 1;
        let stories = groups
            .into_iter()
            .map(|(story, indices)| {
                let findings: Vec<&Finding> =
                    indices.iter().map(|&i| &analysis.findings[i]).collect();
                let articles: Vec<usize> = match story {
                    Some(s) if several => s.articles.clone(),
                    _ => (0..analysis.articles.len()).collect(),
                };
                let outlets: BTreeSet<&str> = articles
                    .iter()
                    .filter_map(|&a| analysis.articles.get(a))
                    .map(|a| a.source.as_str())
                    .collect();
                let contradiction = |severity| {
                    findings
                        .iter()
                        .filter(|f| f.kind == FindingKind::Contradiction && f.severity == severity)
                        .count()
                };
                let count = |kind| findings.iter().filter(|f| f.kind == kind).count();
                let listed: Vec<&Finding> = findings
                    .iter()
                    .copied()
                    .filter(|f| f.kind == FindingKind::Contradiction)
                    .filter(|f| selection.chooses(f))
                    .collect();
                StoryVerdict {
                    story,
                    articles: articles.len(),
                    outlets: outlets.into_iter().collect(),
                    errors: contradiction(Severity::Error),
                    warnings: contradiction(Severity::Warning),
                    notes: contradiction(Severity::Info),
                    single_source: count(FindingKind::SingleSource),
                    agreements: count(FindingKind::Agreement),
                    questions: if selection.only.is_empty() {
                        questions(analysis, story.filter(|_| several))
                    } else {
                        Vec::new()
                    },
                    disagreements: disagreements(&listed),
                }
            })
            .collect();
        Verdict { stories }
    }
}

impl StoryVerdict<'_> {
    /// "1 error, 9 warnings" (or "none") for the contradictions of the story.
    pub fn contradiction_counts(&self) -> String {
        let mut parts = Vec::new();
        for (n, one, many) in [
            (self.errors, "error", "errors"),
            (self.warnings, "warning", "warnings"),
            (self.notes, "note", "notes"),
        ] {
            if n > 0 {
                parts.push(evidence::plural(n, one, many));
            }
        }
        if parts.is_empty() {
            "none".into()
        } else {
            parts.join(", ")
        }
    }

    /// The counts line: "contradictions: 1 error, 9 warnings (4 disagreements) · 67
    /// single-source claims · 7 agreements".
    pub fn counts_line(&self) -> String {
        let findings = self.errors + self.warnings + self.notes;
        let groups = if findings > self.disagreements.len() && !self.disagreements.is_empty() {
            format!(
                " in {}",
                evidence::plural(self.disagreements.len(), "disagreement", "disagreements")
            )
        } else {
            String::new()
        };
        format!(
            "contradictions: {}{groups} · {} · {}",
            self.contradiction_counts(),
            evidence::plural(
                self.single_source,
                "single-source claim",
                "single-source claims"
            ),
            evidence::plural(self.agreements, "agreement", "agreements"),
        )
    }
}

/// The watched questions and the answers of `story` (every answer when `None`).
fn questions<'a>(analysis: &'a Analysis, story: Option<&Story>) -> Vec<Question<'a>> {
    analysis
        .topics
        .iter()
        .map(|topic| Question {
            question: &topic.question,
            answers: topic
                .answers
                .iter()
                .filter(|a| story.is_none_or(|s| a.story.as_deref() == Some(s.id.as_str())))
                .map(|a| Answer {
                    name: if a.name.is_empty() {
                        &a.entity
                    } else {
                        &a.name
                    },
                    sources: &a.sources,
                    single_source: a.single_source,
                    status: a
                        .status
                        .filter(|s| *s != crate::check::Status::Agree)
                        .map(|s| s.as_str()),
                })
                .collect(),
        })
        .collect()
}

/// Contradictions (in report order) joined into disagreements: two findings of the same
/// kind that mark the same words of one claim are one disagreement. Union-find over the
/// marked words, so linear in the findings and their marks.
fn disagreements<'a>(findings: &[&'a Finding]) -> Vec<Disagreement<'a>> {
    let mut sets = Sets::new(findings.len());
    let mut seen: BTreeMap<(String, &str, usize, usize), usize> = BTreeMap::new();
    for (i, finding) in findings.iter().enumerate() {
        let kind = evidence::rule_id(finding);
        for mark in &finding.marked {
            let key = (
                kind.clone(),
                mark.claim.as_str(),
                mark.span.start,
                mark.span.end,
            );
            match seen.get(&key) {
                // The earlier finding (more severe, report order) stays the root.
                Some(&j) => sets.join(i, j),
                None => {
                    seen.insert(key, i);
                }
            }
        }
    }
    let mut groups: BTreeMap<usize, Disagreement<'a>> = BTreeMap::new();
    for (i, finding) in findings.iter().enumerate() {
        let r = sets.root(i);
        match groups.get_mut(&r) {
            Some(group) => group.repeats.push(finding),
            None => {
                groups.insert(
                    r,
                    Disagreement {
                        lead: finding,
                        repeats: Vec::new(),
                    },
                );
            }
        }
    }
    groups.into_values().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Span;
    use crate::check::{ContradictionKind, Marked};

    fn contradiction(id: &str, severity: Severity, marks: &[(&str, usize)]) -> Finding {
        Finding {
            id: id.into(),
            kind: FindingKind::Contradiction,
            subkind: Some(ContradictionKind::Number),
            severity,
            claims: Vec::new(),
            sources: vec![format!("outlet {id}")],
            rule: "number-mismatch".into(),
            message: String::new(),
            marked: marks
                .iter()
                .map(|&(claim, at)| Marked {
                    claim: claim.into(),
                    span: Span::new(at, at + 2),
                    text: "10".into(),
                })
                .collect(),
            fingerprint: String::new(),
            story: None,
            looked_at: Vec::new(),
            facts: Vec::new(),
        }
    }

    #[test]
    fn findings_that_mark_the_same_words_are_one_disagreement() {
        let f1 = contradiction("F1", Severity::Error, &[("a#1", 5), ("b#1", 9)]);
        let f2 = contradiction("F2", Severity::Warning, &[("c#1", 3), ("d#1", 7)]);
        let f3 = contradiction("F3", Severity::Warning, &[("c#1", 3), ("e#2", 1)]);
        let f4 = contradiction("F4", Severity::Warning, &[("e#2", 1), ("f#1", 4)]);
        let groups = disagreements(&[&f1, &f2, &f3, &f4]);
        let ids: Vec<(&str, Vec<&str>)> = groups
            .iter()
            .map(|g| {
                (
                    g.lead.id.as_str(),
                    g.repeats.iter().map(|f| f.id.as_str()).collect(),
                )
            })
            .collect();
        assert_eq!(ids, [("F1", vec![]), ("F2", vec!["F3", "F4"])]);
        assert_eq!(groups[1].sources(), ["outlet F2", "outlet F3", "outlet F4"]);
    }

    #[test]
    fn counts_read_as_an_editor_says_them() {
        let verdict = StoryVerdict {
            story: None,
            articles: 3,
            outlets: vec!["VOA"],
            errors: 1,
            warnings: 2,
            notes: 0,
            single_source: 1,
            agreements: 0,
            questions: Vec::new(),
            disagreements: Vec::new(),
        };
        assert_eq!(
            verdict.counts_line(),
            "contradictions: 1 error, 2 warnings · 1 single-source claim · 0 agreements"
        );
    }
}
