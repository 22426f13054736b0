//! Parts over a total: "at least 20 killed at the market" and "at least 15 at the station"
//! cannot stand beside "30 killed in the attacks on the market and the station"; "12 at the
//! station" can beside "at least 30 in the two attacks". So can "12 in Bam" beside "40 in
//! Iran" when the rules put Bam in Iran; "50 in Bam" cannot.

use std::collections::BTreeMap;

use crate::rules::PlaceMap;

use super::places::{Standing, standing};
use super::value::above;
use super::{Group, Reading, Value};

/// A total some of whose parts add up to more than it.
#[derive(Debug, Clone, PartialEq)]
pub struct PartsOverTotal {
    /// The group and reading of the total.
    pub total: (usize, usize),
    /// The group and reading of each part, the smallest reading of each place.
    pub parts: Vec<(usize, usize)>,
    /// Every value involved is definite.
    pub definite: bool,
    /// The parts lie within the total's place by the rules' containment (Bam in Iran), not
    /// among the places it names; their places are their readings', not their groups'.
    pub within: bool,
    /// The part is people of one kind among the total's people ("at least 20 passengers
    /// injured" against "11 injured"), not a place.
    pub kind: bool,
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

/// Whether reading `r` of group `g` holds only definite figures ("12", not "at least 12").
fn definite(g: &Group, r: usize) -> bool {
    g.readings[r].seen.iter().all(|&s| g.seen[s].definite)
}

/// The lowest value a reading allows.
fn low(value: &Value) -> f64 {
    match value {
        Value::Amount { low, .. } => *low,
        Value::Day(_) => 0.0,
    }
}

/// The highest value a reading allows, with its tolerance; `None` for an open bound ("at
/// least 12") or a day.
fn ceiling(value: &Value) -> Option<(f64, f64)> {
    match *value {
        Value::Amount {
            high: Some(high),
            tolerance,
            ..
        } => Some((high, tolerance)),
        _ => None,
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
            let Some((high, tolerance)) = ceiling(&reading.value) else {
                continue;
            };
            if above(sum, high, tolerance) {
                let all_definite =
                    definite(group, r) && parts.iter().all(|&(pg, pr)| definite(&groups[pg], pr));
                out.push(PartsOverTotal {
                    total: (g, r),
                    parts: parts.clone(),
                    definite: all_definite,
                    within: false,
                    kind: false,
                });
            }
        }
    }
    out
}

/// Whether two groups of one frame are of one episode: their reports lie within
/// [`super::EPISODE_GAP_DAYS`] of each other (reports of no known date meet any).
fn one_episode(a: &Group, b: &Group) -> bool {
    let span = |g: &Group| {
        let days = g.seen.iter().filter_map(|s| s.episode.map(|d| d.to_days()));
        days.clone().min().zip(days.max())
    };
    match (span(a), span(b)) {
        (Some((a0, a1)), Some((b0, b1))) => {
            a0 - b1 <= super::EPISODE_GAP_DAYS && b0 - a1 <= super::EPISODE_GAP_DAYS
        }
        _ => true,
    }
}

/// Whether a part and a whole count alike: on a day that may be one, at the same moment,
/// with the same damage, by sources that may be one (the outlet's own voice meets any),
/// and not a whole still standing told after the part ("ten were still in hospital" the
/// next day against "Fourteen passengers were taken to hospital").
fn counted_alike(part: &Reading, whole: &Reading) -> bool {
    !whole.later_state_of(part)
        && (part.day.is_none() || whole.day.is_none() || part.day == whole.day)
        && part.moment == whole.moment
        && part.degree == whole.degree
        && (part.source == whole.source || part.source.is_none() || whole.source.is_none())
}

/// A reading of a group, as (group, reading).
type At = (usize, usize);

/// Every whole a place of which (a city of a country, by the rules' `[[place]]` `in`) one
/// outlet gives a larger figure for, or several places of which one outlet gives figures
/// for that add up, at their lowest, to more than it allows: "50 killed in Bam" against
/// "40 killed in Iran" from another outlet. Parts and whole must count the same thing on
/// the same day, at the same moment, by the same source (or the outlet's own voice).
pub fn within_wholes(groups: &[Group], map: &PlaceMap) -> Vec<PartsOverTotal> {
    let mut by_frame: BTreeMap<Placeless, Vec<At>> = BTreeMap::new();
    for (g, group) in groups.iter().enumerate() {
        for (r, reading) in group.readings.iter().enumerate() {
            if !reading.places.is_empty() && matches!(reading.value, Value::Amount { .. }) {
                by_frame.entry(placeless(group)).or_default().push((g, r));
            }
        }
    }
    let mut out = Vec::new();
    for readings in by_frame.values() {
        for &(gw, rw) in readings {
            let (whole_group, whole) = (&groups[gw], &groups[gw].readings[rw]);
            let Some((high, tolerance)) = ceiling(&whole.value) else {
                continue;
            };
            let parts: Vec<At> = readings
                .iter()
                .copied()
                .filter(|&(gp, rp)| {
                    let part = &groups[gp].readings[rp];
                    standing(&part.places, &whole.places, map) == Standing::PartOf { named: false }
                        && counted_alike(part, whole)
                        && one_episode(&groups[gp], whole_group)
                })
                .collect();
            let whole_outlets = whole_group.outlets(rw);
            // The parts one outlet gives, set against a whole another outlet gives; the
            // outlet whose parts exceed the whole the most.
            let mut outlets: Vec<&str> = parts
                .iter()
                .flat_map(|&(gp, rp)| groups[gp].outlets(rp))
                .collect();
            outlets.sort_unstable();
            outlets.dedup();
            let mut best: Option<(f64, Vec<At>)> = None;
            for outlet in outlets {
                if whole_outlets.iter().all(|o| *o == outlet) {
                    continue;
                }
                let mut mine: Vec<At> = parts
                    .iter()
                    .copied()
                    .filter(|&(gp, rp)| groups[gp].outlets(rp).contains(&outlet))
                    .collect();
                // The lowest reading of each place first, then places in order.
                mine.sort_by(|&(ga, ra), &(gb, rb)| {
                    let (a, b) = (&groups[ga].readings[ra], &groups[gb].readings[rb]);
                    a.places
                        .cmp(&b.places)
                        .then(low(&a.value).total_cmp(&low(&b.value)))
                });
                // Parts that overlap no other: a place within another part counts in that
                // part, and a place given twice counts once, at its lowest.
                let places_of = |&(g, r): &At| &groups[g].readings[r].places;
                let mut kept: Vec<At> = Vec::new();
                for &at in &mine {
                    let inner = mine.iter().any(|other| {
                        matches!(
                            standing(places_of(&at), places_of(other), map),
                            Standing::PartOf { .. }
                        )
                    });
                    let shares = kept
                        .iter()
                        .any(|k| places_of(k).iter().any(|p| places_of(&at).contains(p)));
                    if !inner && !shares {
                        kept.push(at);
                    }
                }
                let sum: f64 = kept
                    .iter()
                    .map(|&(g, r)| low(&groups[g].readings[r].value))
                    .sum();
                if above(sum, high, tolerance) && best.as_ref().is_none_or(|(s, _)| sum > *s) {
                    best = Some((sum, kept));
                }
            }
            let Some((_, kept)) = best else {
                continue;
            };
            // An error needs every value definite, of one source, and a whole and a part
            // reported on the same day by different outlets.
            let same_day = whole.seen.iter().any(|&w| {
                let w = &whole_group.seen[w];
                kept.iter().any(|&(gp, rp)| {
                    groups[gp].readings[rp].seen.iter().any(|&s| {
                        let s = &groups[gp].seen[s];
                        s.outlet != w.outlet && s.reported.is_some() && s.reported == w.reported
                    })
                })
            });
            let all_definite = definite(whole_group, rw)
                && same_day
                && kept.iter().all(|&(gp, rp)| {
                    definite(&groups[gp], rp) && groups[gp].readings[rp].source == whole.source
                });
            out.push(PartsOverTotal {
                total: (gw, rw),
                parts: kept,
                definite: all_definite,
                within: true,
                kind: false,
            });
        }
    }
    out
}

/// Every count of people of one kind (`kinds`: the rules' persons, "passenger") that one
/// outlet gives above another outlet's count of everyone the same thing happened to, at
/// the same place: "at least 20 passengers were injured" against "11 were injured". The
/// two must count the same thing on a day that may be one, at the same moment, by sources
/// that may be one.
pub fn kinds_over_wholes(groups: &[Group], kinds: &dyn Fn(&str) -> bool) -> Vec<PartsOverTotal> {
    // The frame with the place where the holder stands: a kind and everyone meet.
    let kindless = |g: &Group| {
        let mut key = placeless(g);
        key.3 = g.key.place.clone();
        key
    };
    let mut wholes: BTreeMap<Placeless, Vec<usize>> = BTreeMap::new();
    for (g, group) in groups.iter().enumerate() {
        if group.key.holder.is_none() {
            wholes.entry(kindless(group)).or_default().push(g);
        }
    }
    let mut out = Vec::new();
    for (gp, part_group) in groups.iter().enumerate() {
        if !part_group.key.holder.as_deref().is_some_and(kinds) {
            continue;
        }
        let Some(candidates) = wholes.get(&kindless(part_group)) else {
            continue;
        };
        for &gw in candidates {
            let whole_group = &groups[gw];
            if !one_episode(part_group, whole_group) {
                continue;
            }
            for (rw, whole) in whole_group.readings.iter().enumerate() {
                let Some((high, tolerance)) = ceiling(&whole.value) else {
                    continue;
                };
                let whole_outlets = whole_group.outlets(rw);
                // The part's highest low from an outlet the whole is not from.
                let part = (0..part_group.readings.len())
                    .filter(|&rp| {
                        let part = &part_group.readings[rp];
                        counted_alike(part, whole)
                            && part_group
                                .outlets(rp)
                                .iter()
                                .any(|o| !whole_outlets.contains(o))
                            && above(low(&part.value), high, tolerance)
                    })
                    .max_by(|&a, &b| {
                        low(&part_group.readings[a].value)
                            .total_cmp(&low(&part_group.readings[b].value))
                    });
                if let Some(rp) = part {
                    out.push(PartsOverTotal {
                        total: (gw, rw),
                        parts: vec![(gp, rp)],
                        definite: definite(whole_group, rw)
                            && definite(part_group, rp)
                            && part_group.readings[rp].source == whole.source,
                        within: false,
                        kind: true,
                    });
                }
            }
        }
    }
    out
}
