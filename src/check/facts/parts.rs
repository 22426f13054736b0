//! Parts over a total: "at least 20 killed at the market" and "at least 15 at the station"
//! cannot stand beside "30 killed in the attacks on the market and the station"; "12 at the
//! station" can beside "at least 30 in the two attacks".

use std::collections::BTreeMap;

use super::{Group, Value};

/// A total some of whose parts add up to more than it.
#[derive(Debug, Clone, PartialEq)]
pub struct PartsOverTotal {
    /// The group and reading of the total.
    pub total: (usize, usize),
    /// The group and reading of each part, the smallest reading of each place.
    pub parts: Vec<(usize, usize)>,
    /// Every value involved is definite.
    pub definite: bool,
}

/// A group's frame without its place: parts and totals share it.
type Placeless = (
    usize,
    crate::extract::FactKind,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
);

fn placeless(group: &Group) -> Placeless {
    let k = &group.key;
    (
        k.story,
        k.kind,
        k.what.clone(),
        k.holder.clone(),
        k.background.clone(),
        k.unit.clone(),
    )
}

/// The lowest value a reading allows.
fn low(value: &Value) -> f64 {
    match value {
        Value::Amount { low, .. } => *low,
        Value::Day(_) => 0.0,
    }
}

/// Every total over several places (a group whose place is "market + station") whose parts
/// (the groups of each of those places) add up, at their lowest, to more than it allows.
pub fn over_totals(groups: &[Group]) -> Vec<PartsOverTotal> {
    let mut by_frame: BTreeMap<Placeless, BTreeMap<&str, usize>> = BTreeMap::new();
    for (g, group) in groups.iter().enumerate() {
        if let Some(place) = group.key.place.as_deref() {
            by_frame
                .entry(placeless(group))
                .or_default()
                .insert(place, g);
        }
    }
    let mut out = Vec::new();
    for (g, group) in groups.iter().enumerate() {
        let Some(place) = group.key.place.as_deref() else {
            continue;
        };
        let places: Vec<&str> = place.split(" + ").collect();
        if places.len() < 2 {
            continue;
        }
        let Some(frame) = by_frame.get(&placeless(group)) else {
            continue;
        };
        // The smallest reading of each part: a total is contradicted only when even the
        // lowest parts exceed it.
        let mut parts = Vec::new();
        for p in &places {
            let Some(&pg) = frame.get(p) else { continue };
            let part = &groups[pg];
            if let Some(r) = (0..part.readings.len()).min_by(|&a, &b| {
                low(&part.readings[a].value).total_cmp(&low(&part.readings[b].value))
            }) {
                parts.push((pg, r));
            }
        }
        if parts.is_empty() {
            continue;
        }
        let sum: f64 = parts
            .iter()
            .map(|&(pg, r)| low(&groups[pg].readings[r].value))
            .sum();
        for (r, reading) in group.readings.iter().enumerate() {
            let Value::Amount {
                high: Some(high),
                tolerance,
                ..
            } = reading.value
            else {
                continue;
            };
            if sum > high * (1.0 + tolerance) + 1e-9 {
                let definite =
                    |g: &Group, r: usize| g.readings[r].seen.iter().all(|&s| g.seen[s].definite);
                let all_definite =
                    definite(group, r) && parts.iter().all(|&(pg, pr)| definite(&groups[pg], pr));
                out.push(PartsOverTotal {
                    total: (g, r),
                    parts: parts.clone(),
                    definite: all_definite,
                });
            }
        }
    }
    out
}
