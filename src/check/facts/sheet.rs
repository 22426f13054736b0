//! The fact sheet: for each story, one row per frame that two or more outlets or values
//! speak of — what, where, when, and each value with the outlets behind it — marked
//! agree, differ or conflict. It is what an editor reads for "how many were killed,
//! according to whom".

use std::collections::BTreeSet;

use serde::Serialize;

use crate::extract::{Fact, FactKind, FactValue, Frame};
use crate::stories::Story;

use super::{Frames, Verdict, frame_words};

/// How the values of a row stand to each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// One value, carried by two or more outlets.
    Agree,
    /// Values that differ but may all hold ("at least 40", "around 45"), or sources that
    /// give different values.
    Differ,
    /// Values that cannot all hold: a contradiction is reported.
    Conflict,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Agree => "agree",
            Status::Differ => "differ",
            Status::Conflict => "conflict",
        }
    }
}

/// One value of a row with what stands behind it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SheetValue {
    /// As the first fact writes it ("at least 10"; a list member's name).
    pub text: String,
    /// The first fact's value (a list member: that member alone).
    pub value: FactValue,
    /// Fact ids.
    pub facts: Vec<String>,
    /// The outlets, sorted.
    pub sources: Vec<String>,
    /// Who the outlets say gives it ("the USGS"), sorted; empty when they say it themselves.
    pub given_by: Vec<String>,
}

/// A row of the fact sheet.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SheetRow {
    /// The story (`S1`, …).
    pub story: String,
    pub kind: FactKind,
    pub frame: Frame,
    /// The frame is an earlier event's.
    pub background: bool,
    pub values: Vec<SheetValue>,
    pub status: Status,
}

impl SheetRow {
    /// The frame in a few words: "killed", "magnitude", "killed (earlier event, 2003)".
    pub fn label(&self) -> String {
        frame_words(&self.frame, self.background)
    }
}

/// The rows of every story, story by story, in the order of their first fact.
/// `outlets[f]` is the outlet of fact `f`.
pub fn rows(
    frames: &Frames,
    facts: &[Fact],
    outlets: &[String],
    stories: &[Story],
) -> Vec<SheetRow> {
    let story_id = |s: usize| stories.get(s).map_or_else(String::new, |s| s.id.clone());
    let mut rows: Vec<(usize, usize, SheetRow)> = Vec::new();
    for group in &frames.groups {
        let carried = group.all_outlets();
        if carried.len() < 2 && group.readings.len() < 2 {
            continue;
        }
        // Readings of one value (from several sources) make one value of the sheet.
        let mut values: Vec<(usize, SheetValue)> = Vec::new();
        let mut merged: Vec<usize> = Vec::new();
        for (r, reading) in group.readings.iter().enumerate() {
            // One value: the same figure, or the same sum in another currency or unit.
            let at = merged.iter().position(|&m| {
                let other = &group.readings[m];
                other.value == reading.value
                    || (other.unit != reading.unit && other.value.same(&reading.value))
            });
            let mut ids: Vec<(usize, String)> = reading
                .seen
                .iter()
                .map(|&s| (group.seen[s].fact, facts[group.seen[s].fact].id.clone()))
                .collect();
            let sources: BTreeSet<String> = reading
                .seen
                .iter()
                .map(|&s| group.seen[s].outlet.clone())
                .collect();
            let given: BTreeSet<String> = reading.source_name.iter().cloned().collect();
            match at {
                Some(k) => {
                    let value = &mut values[k].1;
                    value.facts.extend(ids.drain(..).map(|(_, id)| id));
                    value.sources.extend(sources);
                    value.given_by.extend(given);
                    value.sources.sort();
                    value.sources.dedup();
                    value.given_by.sort();
                    value.given_by.dedup();
                    value.facts.sort();
                    value.facts.dedup();
                }
                None => {
                    merged.push(r);
                    ids.sort();
                    let first = ids.first().map_or(usize::MAX, |(f, _)| *f);
                    values.push((
                        first,
                        SheetValue {
                            text: reading.text.clone(),
                            value: facts.get(first).map_or_else(
                                || FactValue::Members {
                                    members: Vec::new(),
                                },
                                |f| f.value.clone(),
                            ),
                            facts: ids.into_iter().map(|(_, id)| id).collect(),
                            sources: sources.into_iter().collect(),
                            given_by: given.into_iter().collect(),
                        },
                    ));
                }
            }
        }
        if carried.len() < 2 && values.len() < 2 {
            continue;
        }
        let status = if group
            .disagreements
            .iter()
            .any(|d| matches!(d.verdict, Verdict::Contradiction { .. }))
        {
            Status::Conflict
        } else if values.len() > 1 || !group.disagreements.is_empty() {
            Status::Differ
        } else {
            Status::Agree
        };
        values.sort_by_key(|(first, _)| *first);
        let first = values.first().map_or(usize::MAX, |(f, _)| *f);
        rows.push((
            group.key.story,
            first,
            SheetRow {
                story: story_id(group.key.story),
                kind: group.key.kind,
                frame: group.frame.clone(),
                background: group.key.background.is_some(),
                values: values.into_iter().map(|(_, v)| v).collect(),
                status,
            },
        ));
    }
    for list in &frames.lists.frames {
        let speaking: BTreeSet<&str> = list
            .members
            .values()
            .flatten()
            .map(|&f| outlets[f].as_str())
            .collect();
        if speaking.len() < 2 {
            continue;
        }
        let conflict = frames
            .lists
            .conflicts
            .iter()
            .any(|c| c.story == list.story && (c.what.0 == list.what || c.what.1 == list.what));
        let single = frames
            .lists
            .single
            .iter()
            .any(|s| s.story == list.story && s.what == list.what);
        let status = if conflict {
            Status::Conflict
        } else if single {
            Status::Differ
        } else {
            Status::Agree
        };
        let first = list
            .members
            .values()
            .flatten()
            .min()
            .copied()
            .unwrap_or(usize::MAX);
        let values = list
            .members
            .iter()
            .map(|(member, ids)| SheetValue {
                value: FactValue::Members {
                    members: vec![member.clone()],
                },
                text: ids
                    .first()
                    .and_then(|&f| facts[f].frame.holder.clone())
                    .unwrap_or_else(|| member.clone()),
                facts: ids.iter().map(|&f| facts[f].id.clone()).collect(),
                sources: ids
                    .iter()
                    .map(|&f| outlets[f].clone())
                    .collect::<BTreeSet<_>>()
                    .into_iter()
                    .collect(),
                given_by: ids
                    .iter()
                    .filter_map(|&f| facts[f].frame.source.clone())
                    .collect::<BTreeSet<_>>()
                    .into_iter()
                    .collect(),
            })
            .collect();
        rows.push((
            list.story,
            first,
            SheetRow {
                story: story_id(list.story),
                kind: FactKind::List,
                frame: Frame {
                    what: list.what.clone(),
                    ..Frame::default()
                },
                background: false,
                values,
                status,
            },
        ));
    }
    rows.sort_by_key(|(story, first, _)| (*story, *first));
    rows.into_iter().map(|(_, _, row)| row).collect()
}
