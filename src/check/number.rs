//! Number contradictions between facts of one frame: figures one source (or the outlets
//! themselves) gives that cannot both hold ("number-mismatch" when both are definite and of
//! the same day, "figures-differ" otherwise), different sources that give different figures
//! ("sources-differ"), and parts that add up to more than their total ("parts-exceed-total").
//! One finding per frame lists every outlet behind each value.

use std::collections::BTreeSet;

use crate::check::facts::{
    Group, PartsOverTotal, Verdict, crossed, facts_of, frame_words, of_facts, reading_words,
    reading_words_with,
};
use crate::check::{Context, ContradictionKind, FactFinding, FindingKind, Rule};
use crate::extract::FactKind;
use crate::rules::Severity;

pub use super::claim_figures::figures_agree;

/// Figures of one measured thing that disagree.
pub struct NumberMismatch;

/// The record of `number-mismatch`: figures of one event that cannot both be right.
pub const RULE: Rule = Rule {
    id: "number-mismatch",
    name: "NumberContradiction",
    severity: Severity::Error,
    summary: "Outlets give figures for the same thing that cannot both be true.",
    help: "Check the figure with the outlets' sources; one of them may be out of date or count something else.",
};

/// The record of `figures-differ`: figures that differ but may both be right.
pub const FIGURES_DIFFER: Rule = Rule {
    id: "figures-differ",
    name: "FiguresDiffer",
    severity: Severity::Warning,
    summary: "Outlets give different figures for the same thing that may both be right (reported on different days, hedged, or perhaps another event).",
    help: "Check whether a figure was updated, hedged or counts another event before correcting either.",
};

/// The record of `sources-differ`: different claimed sources give different figures.
pub const SOURCES_DIFFER: Rule = Rule {
    id: "sources-differ",
    name: "SourcesDiffer",
    severity: Severity::Info,
    summary: "Different sources the outlets name give different figures for the same thing (the USGS against the national seismological centre).",
    help: "Report both figures with their sources, or say which source the copy follows.",
};

/// The record of `parts-exceed-total`: parts that add up to more than their total.
pub const PARTS_EXCEED_TOTAL: Rule = Rule {
    id: "parts-exceed-total",
    name: "PartsExceedTotal",
    severity: Severity::Error,
    summary: "Figures for parts (at the market, at the station) add up to more than the total the copy gives for them.",
    help: "Check the figures for each place against the total; one of them is out of date or counts something else.",
};

/// The rules this check answers to besides `number-mismatch`.
const ALSO: [Rule; 3] = [FIGURES_DIFFER, PARTS_EXCEED_TOTAL, SOURCES_DIFFER];

/// The figures of one frame that disagree: one contradiction finding listing every value
/// involved with its outlets, or else one "sources differ" finding.
fn frame_findings(ctx: &Context<'_>, group: &Group) -> Vec<FactFinding> {
    let mut out = Vec::new();
    let words = frame_words(&group.frame, group.key.background.is_some());
    let contradictions: Vec<_> = group
        .disagreements
        .iter()
        .filter(|d| matches!(d.verdict, Verdict::Contradiction { .. }))
        .collect();
    if !contradictions.is_empty() {
        let error = contradictions
            .iter()
            .any(|d| d.verdict == Verdict::Contradiction { error: true });
        let readings: BTreeSet<usize> = contradictions.iter().flat_map(|d| [d.a, d.b]).collect();
        let with_source = readings.iter().any(|&r| group.readings[r].source.is_some());
        let words_of = |set: &BTreeSet<usize>| -> String {
            set.iter()
                .filter(|&&r| !restated(group, set, r))
                .map(|&r| reading_words(group, r, with_source))
                .collect::<Vec<_>>()
                .join(" — ")
        };
        // The values that make the error first, the others after them.
        let decisive = readings_in(group, Verdict::Contradiction { error: true });
        let others: BTreeSet<usize> = readings.difference(&decisive).copied().collect();
        let (rule, values, note) = if error {
            let rest = if others.is_empty() {
                String::new()
            } else {
                format!("; other values: {}", words_of(&others))
            };
            (
                &RULE,
                words_of(&decisive),
                format!(": the figures cannot both be right{rest}"),
            )
        } else if contradictions.iter().all(|d| {
            let (a, b) = (&group.readings[d.a], &group.readings[d.b]);
            a.degree != b.degree && a.moment == b.moment
        }) {
            (
                &FIGURES_DIFFER,
                words_of(&readings),
                ": the figures differ (they count things hit in different ways: destroyed, \
                 damaged, hit — check before correcting)"
                    .to_string(),
            )
        } else if contradictions
            .iter()
            .all(|d| group.readings[d.a].moment != group.readings[d.b].moment)
        {
            (
                &FIGURES_DIFFER,
                words_of(&readings),
                ": the figures differ (given for different moments of the day: check before \
                 correcting)"
                    .to_string(),
            )
        } else {
            (
                &FIGURES_DIFFER,
                words_of(&readings),
                ": the figures differ (reported on different or unknown days, hedged, or perhaps \
                 another event: check before correcting)"
                    .to_string(),
            )
        };
        let conflicts = contradictions
            .iter()
            .flat_map(|d| crossed(group, d.a, d.b))
            .collect();
        out.push(of_facts(
            ctx,
            FindingKind::Contradiction,
            Some(ContradictionKind::Number),
            rule,
            &facts_of(group, &readings),
            format!("{words}: {values}{note}"),
            conflicts,
        ));
    }
    // Lower bounds or rounded figures far apart: a warning, and only when nothing in the
    // frame contradicts.
    for (verdict, why) in [
        (
            Verdict::BoundsApart,
            "the lower bounds are far apart (both can hold, but one count is likely out of \
             date: check before repeating either)",
        ),
        (
            Verdict::EstimatesApart,
            "the estimates are far apart (both are rounded, and their roundings meet only at \
             their edges or not at all: check before repeating either)",
        ),
    ] {
        let apart = readings_in(group, verdict);
        if apart.is_empty() || !out.is_empty() {
            continue;
        }
        let with_source = apart.iter().any(|&r| group.readings[r].source.is_some());
        let values = merged_words(group, &apart, with_source);
        let conflicts = conflicts_in(group, verdict);
        out.push(of_facts(
            ctx,
            FindingKind::Contradiction,
            Some(ContradictionKind::Number),
            &FIGURES_DIFFER,
            &facts_of(group, &apart),
            format!("{words}: {}: {why}", values.join(" — ")),
            conflicts,
        ));
    }
    let differ = readings_in(group, Verdict::SourcesDiffer);
    // One finding per frame: when its figures already contradict, the finding lists each
    // value with its source, and the sources' difference is not told again.
    if !differ.is_empty() && out.is_empty() {
        let values: Vec<String> = differ
            .iter()
            .map(|&r| reading_words(group, r, true))
            .collect();
        out.push(of_facts(
            ctx,
            FindingKind::Contradiction,
            Some(ContradictionKind::Number),
            &SOURCES_DIFFER,
            &facts_of(group, &differ),
            format!(
                "{words}: {}: the sources differ (not a contradiction between outlets)",
                values.join(" — ")
            ),
            Vec::new(),
        ));
    }
    out
}

/// The readings of `group` that its disagreements of `verdict` join.
fn readings_in(group: &Group, verdict: Verdict) -> BTreeSet<usize> {
    group
        .disagreements
        .iter()
        .filter(|d| d.verdict == verdict)
        .flat_map(|d| [d.a, d.b])
        .collect()
}

/// The pairs of facts that `group`'s disagreements of `verdict` set against each other.
fn conflicts_in(group: &Group, verdict: Verdict) -> Vec<(usize, usize)> {
    group
        .disagreements
        .iter()
        .filter(|d| d.verdict == verdict)
        .flat_map(|d| crossed(group, d.a, d.b))
        .collect()
}

/// The readings `set` in a message, those written alike by the same source at the same
/// moment told once with all their outlets ("more than 31,000" with or without its place).
fn merged_words(group: &Group, set: &BTreeSet<usize>, with_source: bool) -> Vec<String> {
    let mut told: Vec<(usize, BTreeSet<&str>)> = Vec::new();
    for &r in set {
        let reading = &group.readings[r];
        let alike = told.iter_mut().find(|(t, _)| {
            let other = &group.readings[*t];
            other.text == reading.text
                && other.moment == reading.moment
                && (!with_source || other.source_name == reading.source_name)
        });
        match alike {
            Some((_, outlets)) => outlets.extend(group.outlets(r)),
            None => told.push((r, group.outlets(r).into_iter().collect())),
        }
    }
    told.into_iter()
        .map(|(r, outlets)| {
            let outlets: Vec<&str> = outlets.into_iter().collect();
            reading_words_with(group, r, with_source, &outlets.join(", "))
        })
        .collect()
}

/// Reading `r` gives the same figure as an earlier reading of `set` by the same outlets
/// ("1,150 kilometers (700 miles)"): it is not listed again.
fn restated(group: &Group, set: &BTreeSet<usize>, r: usize) -> bool {
    let outlets = group.outlets(r);
    set.range(..r).any(|&e| {
        group.readings[e].value.same(&group.readings[r].value)
            && group.readings[e].source == group.readings[r].source
            && outlets.iter().all(|o| group.outlets(e).contains(o))
    })
}

/// The place a reading of `group` names, as its first fact writes it.
fn reading_place(ctx: &Context<'_>, group: &Group, reading: usize) -> String {
    group.readings[reading]
        .seen
        .iter()
        .find_map(|&s| ctx.facts[group.seen[s].fact].frame.place.clone())
        .unwrap_or_else(|| "?".to_string())
}

/// Parts that add up to more than their total.
fn parts_finding(ctx: &Context<'_>, over: &PartsOverTotal) -> FactFinding {
    let groups = &ctx.frames.groups;
    let (tg, tr) = over.total;
    let total = &groups[tg];
    let mut facts = facts_of(total, &BTreeSet::from([tr]));
    let mut conflicts = Vec::new();
    // A part by containment is named by its reading (its group may be the story's own
    // place), a part of a total over places named by its group.
    let place_of = |g: &Group, r: usize| {
        if over.within {
            reading_place(ctx, g, r)
        } else {
            g.frame.place.clone().unwrap_or_else(|| "?".to_string())
        }
    };
    let parts: Vec<String> = over
        .parts
        .iter()
        .map(|&(pg, pr)| {
            let part = &groups[pg];
            facts.extend(facts_of(part, &BTreeSet::from([pr])));
            let claims = crate::check::facts::claims_of(part, pr);
            for &x in &crate::check::facts::claims_of(total, tr) {
                conflicts.extend(claims.iter().map(|&y| (x, y)));
            }
            format!("{} {}", place_of(part, pr), reading_words(part, pr, false))
        })
        .collect();
    let rule = &PARTS_EXCEED_TOTAL;
    let message = if over.kind {
        let (pg, pr) = over.parts[0];
        let part = &groups[pg];
        format!(
            "{} ({}): {} is more than the {} {} in all",
            total.frame.what,
            part.frame.holder.as_deref().unwrap_or("?"),
            reading_words(part, pr, false),
            reading_words(total, tr, false),
            total.frame.what,
        )
    } else if !over.within {
        format!(
            "{}: the parts ({}) add up to more than the total {} for {}",
            total.frame.what,
            parts.join("; "),
            reading_words(total, tr, false),
            total.frame.place.as_deref().unwrap_or("all of them"),
        )
    } else if let [part] = parts.as_slice() {
        format!(
            "{}: the figure for {part} is more than the total {} for {}, which it lies in",
            total.frame.what,
            reading_words(total, tr, false),
            reading_place(ctx, total, tr),
        )
    } else {
        format!(
            "{}: the parts ({}) add up to more than the total {} for {}, which they lie in",
            total.frame.what,
            parts.join("; "),
            reading_words(total, tr, false),
            reading_place(ctx, total, tr),
        )
    };
    let mut found = of_facts(
        ctx,
        FindingKind::Contradiction,
        Some(ContradictionKind::Number),
        rule,
        &facts,
        message,
        conflicts,
    );
    // Hedged or vague parts may be counted otherwise, and a kind of person may be counted
    // by other rules than everyone: never more than a warning.
    if !over.definite || over.kind {
        found.finding.severity = found.finding.severity.min(Severity::Warning);
    }
    found
}

/// Figures of one frame (people killed in one event, marchers in one city, the value of one
/// haul) that cannot all hold, after unit and currency conversion.
impl super::Contradiction for NumberMismatch {
    fn kind(&self) -> ContradictionKind {
        ContradictionKind::Number
    }

    fn rule(&self) -> &'static Rule {
        &RULE
    }

    fn also(&self) -> &'static [Rule] {
        &ALSO
    }

    fn compare(&self, ctx: &Context<'_>) -> Vec<FactFinding> {
        let mut out: Vec<FactFinding> = ctx
            .frames
            .groups
            .iter()
            .filter(|g| g.key.kind != FactKind::Day)
            .flat_map(|g| frame_findings(ctx, g))
            .collect();
        out.extend(ctx.frames.parts.iter().map(|p| parts_finding(ctx, p)));
        out
    }
}

#[cfg(test)]
mod tests {
    use crate::check::contradictions_in;

    #[test]
    fn a_list_of_figures_is_matched_figure_by_figure() {
        let found = contradictions_in(&[
            (
                "One",
                "2016-02-21",
                "Police said 38 protesters were arrested on Saturday and 33 were arrested on Sunday.",
            ),
            (
                "Two",
                "2016-02-21",
                "Police said 38 protesters were arrested on Saturday and 33 were arrested on Sunday.",
            ),
            (
                "Three",
                "2016-02-21",
                "Police said 38 protesters were arrested on Saturday and 35 were arrested on Sunday.",
            ),
        ]);
        assert_eq!(
            found,
            [(
                "number-mismatch".to_string(),
                vec!["33".to_string(), "33".to_string(), "35".to_string()]
            )]
        );
    }
}
