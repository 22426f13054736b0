//! Members of lists compared across outlets: a member only one outlet names when two or
//! more outlets speak of the list ("Islamic State is excluded from the truce — only VOA
//! says so"), a member one outlet puts in a relation and another in its opposite ("also
//! covered by the truce"), and a rank whose one holder outlets name differently ("the
//! largest steel exporter": South Korea against Canada).

use std::collections::{BTreeMap, BTreeSet};

use crate::date::Date;
use crate::extract::FactValue;

use super::Input;

/// A member put in a relation by some outlets and in its opposite by others.
#[derive(Debug, Clone, PartialEq)]
pub struct ListConflict {
    pub story: usize,
    pub member: String,
    /// The relation of each side ("excluded from truce", "covered by truce").
    pub what: (String, String),
    /// Fact indexes of each side.
    pub facts: (Vec<usize>, Vec<usize>),
    /// Both sides definite and reported on the same day.
    pub error: bool,
}

/// A rank ("largest steel exporter to united states") whose one holder outlets name
/// differently: each holder with its facts.
#[derive(Debug, Clone, PartialEq)]
pub struct RankConflict {
    pub story: usize,
    pub what: String,
    /// Holder → fact indexes, two or more holders.
    pub holders: Vec<(String, Vec<usize>)>,
    /// No two outlets naming different holders give them from the same source (both in
    /// their own voice, or crediting the same one): sources differ.
    pub sources_differ: bool,
}

/// The `what` of a rank opens with this word (`extract::facts::rank` writes it so).
const RANK: &str = "largest ";

/// A member of a list only one outlet names, though other outlets speak of the list.
#[derive(Debug, Clone, PartialEq)]
pub struct SingleMember {
    pub story: usize,
    pub what: String,
    pub member: String,
    pub facts: Vec<usize>,
    pub outlet: String,
    /// The outlets that speak of the list.
    pub others: Vec<String>,
}

/// A list of a story: the members each outlet names.
#[derive(Debug, Clone, PartialEq)]
pub struct ListFrame {
    pub story: usize,
    pub what: String,
    /// Member → fact indexes.
    pub members: BTreeMap<String, Vec<usize>>,
}

/// Every list of every story, with its single-source members and conflicts.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Lists {
    pub frames: Vec<ListFrame>,
    pub conflicts: Vec<ListConflict>,
    pub single: Vec<SingleMember>,
    pub ranks: Vec<RankConflict>,
}

/// The member of a list fact.
fn member_of(value: &FactValue) -> Option<&str> {
    match value {
        FactValue::Members { members } => members.first().map(String::as_str),
        _ => None,
    }
}

impl Lists {
    /// The lists of the facts `listed` (fact index, article index, story).
    pub fn build(input: &Input<'_>, listed: &[(usize, usize, usize)]) -> Lists {
        // (story, what) → member → facts
        let mut frames: BTreeMap<(usize, String), BTreeMap<String, Vec<usize>>> = BTreeMap::new();
        let mut article_of: BTreeMap<usize, usize> = BTreeMap::new();
        for &(f, article, story) in listed {
            let fact = &input.facts[f];
            let Some(member) = member_of(&fact.value) else {
                continue;
            };
            article_of.insert(f, article);
            frames
                .entry((story, fact.frame.what.clone()))
                .or_default()
                .entry(member.to_string())
                .or_default()
                .push(f);
        }
        let outlet = |f: usize| -> &str {
            article_of
                .get(&f)
                .map_or("", |&a| input.articles[a].source.as_str())
        };
        let reported =
            |f: usize| -> Option<Date> { article_of.get(&f).and_then(|&a| input.articles[a].date) };
        let mut single = Vec::new();
        let mut ranks = Vec::new();
        for ((story, what), members) in &frames {
            let outlets: BTreeSet<&str> = members.values().flatten().map(|&f| outlet(f)).collect();
            if outlets.len() < 2 {
                continue;
            }
            // A rank has one holder: holders that differ between outlets disagree, and a
            // holder one outlet names is no member the others leave out.
            if what.starts_with(RANK) {
                if let Some(rank) = rank_conflict(input, *story, what, members, &outlet) {
                    ranks.push(rank);
                }
                continue;
            }
            for (member, facts) in members {
                let theirs: BTreeSet<&str> = facts.iter().map(|&f| outlet(f)).collect();
                if theirs.len() == 1 {
                    let own = theirs.into_iter().next().unwrap_or_default();
                    single.push(SingleMember {
                        story: *story,
                        what: what.clone(),
                        member: member.clone(),
                        facts: facts.clone(),
                        outlet: own.to_string(),
                        others: outlets
                            .iter()
                            .filter(|o| **o != own)
                            .map(|o| o.to_string())
                            .collect(),
                    });
                }
            }
        }
        // A relation's opposite, with the same thing: "excluded from truce" ↔ "covered by
        // truce".
        let opposite = |what: &str| -> Option<String> {
            input.rules.facts.relation.iter().find_map(|r| {
                let object = what.strip_prefix(r.what.as_str())?.strip_prefix(' ')?;
                Some(format!("{} {object}", r.opposite.as_deref()?))
            })
        };
        let mut conflicts = Vec::new();
        for ((story, what), members) in &frames {
            let Some(other) = opposite(what) else {
                continue;
            };
            // Each pair of relations once.
            if other < *what {
                continue;
            }
            let Some(their) = frames.get(&(*story, other.clone())) else {
                continue;
            };
            for (member, facts) in members {
                let Some(against) = their.get(member) else {
                    continue;
                };
                let ours: BTreeSet<&str> = facts.iter().map(|&f| outlet(f)).collect();
                let theirs: BTreeSet<&str> = against.iter().map(|&f| outlet(f)).collect();
                if ours.union(&theirs).count() < 2 {
                    continue;
                }
                let definite = |f: usize| !input.facts[f].hedged;
                let error = facts.iter().any(|&x| {
                    against.iter().any(|&y| {
                        outlet(x) != outlet(y)
                            && definite(x)
                            && definite(y)
                            && reported(x).is_some()
                            && reported(x) == reported(y)
                    })
                });
                conflicts.push(ListConflict {
                    story: *story,
                    member: member.clone(),
                    what: (what.clone(), other.clone()),
                    facts: (facts.clone(), against.clone()),
                    error,
                });
            }
        }
        Lists {
            frames: frames
                .into_iter()
                .map(|((story, what), members)| ListFrame {
                    story,
                    what,
                    members,
                })
                .collect(),
            conflicts,
            single,
            ranks,
        }
    }
}

/// The disagreement over the rank `what` of `story`, named by two or more outlets: two
/// holders or more (between two of which, then, two outlets differ).
fn rank_conflict<'a>(
    input: &Input<'_>,
    story: usize,
    what: &str,
    members: &BTreeMap<String, Vec<usize>>,
    outlet: &dyn Fn(usize) -> &'a str,
) -> Option<RankConflict> {
    if members.len() < 2 {
        return None;
    }
    // Per source, the holders and outlets giving the rank from it: a source that two
    // outlets give two holders from (each outlet's own voice is one source).
    let mut by_source: BTreeMap<Option<&str>, (BTreeSet<&str>, BTreeSet<&str>)> = BTreeMap::new();
    for (holder, facts) in members {
        for &f in facts {
            let entry = by_source
                .entry(input.facts[f].frame.source.as_deref())
                .or_default();
            entry.0.insert(holder.as_str());
            entry.1.insert(outlet(f));
        }
    }
    let shared_source = by_source
        .values()
        .any(|(holders, outlets)| holders.len() > 1 && outlets.len() > 1);
    Some(RankConflict {
        story,
        what: what.to_string(),
        holders: members
            .iter()
            .map(|(m, fs)| (m.clone(), fs.clone()))
            .collect(),
        sources_differ: !shared_source,
    })
}
