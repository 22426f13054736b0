//! What a report shows — the sections of `--only`, the findings at or above `--min-severity`, or only the summary (`--summary`) — chosen here once and handed to every printer.

use std::collections::BTreeSet;

use crate::check::{ContradictionKind, Finding, FindingKind};
use crate::pipeline::Analysis;
use crate::report::evidence::{self, Summary};
use crate::rules::Severity;
use crate::stories::Story;
use crate::words::TextMap;

/// A part of the report `--only` can choose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Section {
    /// Every contradiction.
    Contradictions,
    /// Figures and days: the contradictions between them (`number`, `date`) and the fact
    /// sheet.
    Facts,
    /// Single-source claims.
    Single,
    /// Agreements.
    Agreements,
}

impl Section {
    /// The name `--only` takes.
    pub fn name(self) -> &'static str {
        match self {
            Section::Contradictions => "contradictions",
            Section::Facts => "facts",
            Section::Single => "single",
            Section::Agreements => "agreements",
        }
    }

    /// Whether `finding` belongs to this section.
    fn holds(self, finding: &Finding) -> bool {
        match self {
            Section::Contradictions => finding.kind == FindingKind::Contradiction,
            Section::Facts => {
                finding.kind == FindingKind::Contradiction
                    && matches!(
                        finding.subkind,
                        Some(ContradictionKind::Number | ContradictionKind::Date)
                    )
            }
            Section::Single => finding.kind == FindingKind::SingleSource,
            Section::Agreements => finding.kind == FindingKind::Agreement,
        }
    }
}

/// What the reader asked to see. The default shows everything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    /// The sections to show (`--only`, repeatable); empty shows them all.
    pub only: BTreeSet<Section>,
    /// Findings below this severity are left out (`--min-severity`).
    pub min_severity: Option<Severity>,
    /// Only the counts (`--summary`): no finding, topic or article is listed.
    pub summary: bool,
}

impl Selection {
    /// Whether the selection leaves out nothing.
    pub fn is_everything(&self) -> bool {
        self.only.is_empty() && self.min_severity.is_none() && !self.summary
    }

    /// Whether `finding` is listed.
    pub fn shows(&self, finding: &Finding) -> bool {
        !self.summary && self.chooses(finding)
    }

    /// Whether `finding` is of the sections and severities asked for, `--summary` aside:
    /// the verdict lists the contradictions so chosen even with `--summary`.
    pub fn chooses(&self, finding: &Finding) -> bool {
        self.min_severity.is_none_or(|min| finding.severity >= min)
            && (self.only.is_empty() || self.only.iter().any(|s| s.holds(finding)))
    }

    /// The options that made this selection, as typed: `--only contradictions
    /// --min-severity warning`.
    pub fn flags(&self) -> String {
        let mut flags: Vec<String> = self
            .only
            .iter()
            .map(|s| format!("--only {}", s.name()))
            .collect();
        if let Some(min) = self.min_severity {
            flags.push(format!("--min-severity {}", min.as_str()));
        }
        if self.summary {
            flags.push("--summary".into());
        }
        flags.join(" ")
    }
}

/// The findings and parts of the report a printer lays out, as chosen by a [`Selection`].
pub struct Selected<'a> {
    /// The findings to list, as indexes into `Analysis::findings`, in report order (see
    /// [`evidence::report_order`]).
    pub indices: Vec<usize>,
    /// Counts over every finding, whatever is listed: the summary never changes with the
    /// selection, so that a filtered report cannot read as a cleaner batch.
    pub summary: Summary,
    /// Whether the answers to the watched questions are listed (not with `--only` or
    /// `--summary`).
    pub topics: bool,
    /// Whether the articles themselves are shown (the HTML page); not with `--summary`.
    pub articles: bool,
    /// How many findings the selection leaves out.
    pub hidden: usize,
    /// (listed, all) findings of each kind in each story, counted once for
    /// [`heading_in`](Self::heading_in).
    per_story: TextMap<(FindingKind, &'a str), (usize, usize)>,
    analysis: &'a Analysis,
    selection: &'a Selection,
}

impl<'a> Selected<'a> {
    /// The findings of `analysis` that `selection` lists, and what else to show.
    pub fn of(analysis: &'a Analysis, selection: &'a Selection) -> Selected<'a> {
        let indices: Vec<usize> = evidence::report_order_indices(analysis)
            .into_iter()
            .filter(|&i| selection.shows(&analysis.findings[i]))
            .collect();
        let mut per_story: TextMap<(FindingKind, &str), (usize, usize)> = TextMap::default();
        for f in &analysis.findings {
            if let Some(story) = f.story.as_deref() {
                per_story.entry((f.kind, story)).or_default().1 += 1;
            }
        }
        for f in indices.iter().map(|&i| &analysis.findings[i]) {
            if let Some(story) = f.story.as_deref() {
                per_story.entry((f.kind, story)).or_default().0 += 1;
            }
        }
        Selected {
            per_story,
            hidden: analysis.findings.len() - indices.len(),
            indices,
            summary: Summary::of(analysis),
            topics: selection.only.is_empty() && !selection.summary,
            articles: !selection.summary,
            analysis,
            selection,
        }
    }

    /// The findings to list, in report order.
    pub fn findings(&self) -> impl Iterator<Item = &'a Finding> + '_ {
        self.indices.iter().map(|&i| &self.analysis.findings[i])
    }

    /// How many findings of `kind` are listed.
    pub fn count(&self, kind: FindingKind) -> usize {
        self.findings().filter(|f| f.kind == kind).count()
    }

    /// The heading of the findings of `kind`: "Contradictions (3)", or "Contradictions
    /// (2 of 3)" when the selection leaves some out.
    pub fn heading(&self, kind: FindingKind) -> String {
        let shown = self.count(kind);
        let all = self.summary.count(kind);
        if shown == all {
            format!("{} ({all})", evidence::kind_heading(kind))
        } else {
            format!("{} ({shown} of {all})", evidence::kind_heading(kind))
        }
    }

    /// What the selection leaves out, for the reader: "21 of 24 findings not shown
    /// (--only contradictions)"; `None` when everything is shown.
    pub fn note(&self) -> Option<String> {
        // `--summary` lists no finding by asking; the counts say the rest.
        if self.selection.is_everything() || self.selection.summary {
            return None;
        }
        let all = self.indices.len() + self.hidden;
        Some(format!(
            "{} of {} not shown ({})",
            self.hidden,
            evidence::plural(all, "finding", "findings"),
            self.selection.flags()
        ))
    }

    /// The listed findings story by story (indexes into `Analysis::findings`, stories in
    /// order, each in report order) when the batch holds several stories and findings are
    /// listed at all; `None` otherwise, and the report reads as it always has. With
    /// `--only` or `--min-severity`, only the stories with a finding listed.
    pub fn by_story(&self) -> Option<Vec<(&'a Story, Vec<usize>)>> {
        if self.selection.summary {
            return None;
        }
        let mut groups = evidence::by_story(self.analysis, &self.indices)?;
        // A selection lists only the stories it finds something in.
        if !self.selection.is_everything() {
            groups.retain(|(_, listed)| !listed.is_empty());
        }
        Some(groups)
    }

    /// [`heading`](Self::heading) of the findings of `kind` in story `story`: the counts
    /// are the story's.
    pub fn heading_in(&self, kind: FindingKind, story: &str) -> String {
        let (shown, all) = self
            .per_story
            .get(&(kind, story))
            .copied()
            .unwrap_or_default();
        if shown == all {
            format!("{} ({all})", evidence::kind_heading(kind))
        } else {
            format!("{} ({shown} of {all})", evidence::kind_heading(kind))
        }
    }

    /// The selection this was made with.
    pub fn selection(&self) -> &Selection {
        self.selection
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(
        id: &str,
        kind: FindingKind,
        subkind: Option<ContradictionKind>,
        severity: Severity,
    ) -> Finding {
        Finding {
            id: id.into(),
            kind,
            subkind,
            severity,
            claims: Vec::new(),
            sources: Vec::new(),
            rule: String::new(),
            message: String::new(),
            marked: Vec::new(),
            fingerprint: String::new(),
            story: None,
            facts: Vec::new(),
            looked_at: Vec::new(),
        }
    }

    fn batch() -> Analysis {
        use ContradictionKind::{Misquote, Number};
        use FindingKind::{Agreement, Contradiction, SingleSource};
        Analysis {
            findings: vec![
                finding("F1", Agreement, None, Severity::Info),
                finding("F2", Contradiction, Some(Misquote), Severity::Warning),
                finding("F3", SingleSource, None, Severity::Warning),
                finding("F4", Contradiction, Some(Number), Severity::Error),
                finding("F5", SingleSource, None, Severity::Info),
            ],
            ..Analysis::default()
        }
    }

    fn ids(analysis: &Analysis, selection: &Selection) -> Vec<String> {
        Selected::of(analysis, selection)
            .findings()
            .map(|f| f.id.clone())
            .collect()
    }

    #[test]
    fn everything_is_shown_by_default_in_report_order() {
        let analysis = batch();
        let selection = Selection::default();
        assert_eq!(ids(&analysis, &selection), ["F4", "F2", "F3", "F5", "F1"]);
        let selected = Selected::of(&analysis, &selection);
        assert_eq!(selected.note(), None);
        assert!(selected.topics && selected.articles);
        assert_eq!(
            selected.heading(FindingKind::Contradiction),
            "Contradictions (2)"
        );
    }

    #[test]
    fn only_chooses_sections_and_they_add_up() {
        let analysis = batch();
        let only = |sections: &[Section]| Selection {
            only: sections.iter().copied().collect(),
            ..Selection::default()
        };
        assert_eq!(
            ids(&analysis, &only(&[Section::Contradictions])),
            ["F4", "F2"]
        );
        assert_eq!(ids(&analysis, &only(&[Section::Facts])), ["F4"]);
        assert_eq!(
            ids(&analysis, &only(&[Section::Single, Section::Agreements])),
            ["F3", "F5", "F1"]
        );
        let selection = only(&[Section::Facts, Section::Agreements]);
        let selected = Selected::of(&analysis, &selection);
        assert!(!selected.topics);
        assert_eq!(
            selected.heading(FindingKind::Contradiction),
            "Contradictions (1 of 2)"
        );
        assert_eq!(
            selected.note().as_deref(),
            Some("3 of 5 findings not shown (--only facts --only agreements)")
        );
    }

    #[test]
    fn min_severity_leaves_out_what_is_below_it() {
        let analysis = batch();
        let selection = Selection {
            min_severity: Some(Severity::Warning),
            ..Selection::default()
        };
        assert_eq!(ids(&analysis, &selection), ["F4", "F2", "F3"]);
        let selection = Selection {
            only: [Section::Single].into(),
            min_severity: Some(Severity::Warning),
            ..Selection::default()
        };
        assert_eq!(ids(&analysis, &selection), ["F3"]);
        assert_eq!(
            Selected::of(&analysis, &selection).note().as_deref(),
            Some("4 of 5 findings not shown (--only single --min-severity warning)")
        );
    }

    #[test]
    fn summary_lists_nothing_but_counts_everything() {
        let analysis = batch();
        let selection = Selection {
            summary: true,
            ..Selection::default()
        };
        let selected = Selected::of(&analysis, &selection);
        assert!(selected.indices.is_empty());
        assert!(!selected.topics && !selected.articles);
        assert_eq!(selected.summary.contradictions, 2);
        assert_eq!(selected.summary.single_source, 2);
        assert_eq!(selected.hidden, 5);
    }
}
