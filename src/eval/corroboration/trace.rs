//! Where a claim several outlets carry is lost between the links and the report: for each
//! multi-outlet gold claim that no agreement joins across all its outlets, or that a carrying
//! outlet reports single-source, whether the graph links claims of two carrying outlets
//! covering its phrases, whether an agreement holds them, what each single-source finding
//! over its claims stands on, and why each outlet its widest agreement leaves out is left
//! out. For reading the misses (`corroboration_eval --trace`), not for scoring.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::article::Copies;
use crate::graph::{self, ClaimGraph, Link, Speakers, Why};
use crate::pipeline::Analysis;
use crate::rules::RuleSet;
use crate::stories;
use crate::text::{self, Segmented};

use super::{Findings, Found};

/// The graph `check` linked the claims of `analysis` with, made again from its articles,
/// claims (already resolved across articles) and stories: the same input gives the same
/// links.
pub fn graph_of(analysis: &Analysis, rules: &RuleSet) -> ClaimGraph {
    let copies = Copies::of(&analysis.articles);
    let read = copies.read_once(|i| text::segment(&analysis.articles[i].text, rules));
    let segmented: Vec<&Segmented> = (0..analysis.articles.len())
        .map(|i| &read[copies.slot(i)])
        .collect();
    graph::link(
        &analysis.articles,
        &copies,
        &segmented,
        &analysis.claims,
        &analysis.facts,
        &stories::story_of(&analysis.stories, analysis.articles.len()),
        rules,
    )
}

/// What a link itself tells against its two claims agreeing (the agreement check reads the
/// same; figures or days that differ it reads besides, which the link does not hold).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Against {
    /// The two speakers are read as different people.
    Speakers,
    /// A contradiction finding holds the two claims.
    Contradiction,
    /// Quoted fragments of the two sentences share only common words.
    CommonFragment,
}

impl Against {
    pub fn as_str(self) -> &'static str {
        match self {
            Against::Speakers => "speakers read as different",
            Against::Contradiction => "a contradiction holds them",
            Against::CommonFragment => "a quoted fragment of common words",
        }
    }
}

/// Why a claim of a carrying outlet is reported single-source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum SingleWhy {
    /// It is linked to a claim of another carrying outlet, but the link does not agree
    /// (with what the link tells against it, when it tells).
    LinkNotAgreeing(Option<Against>),
    /// It has no link to the other carrying outlets' claims, but another claim of its
    /// outlet under the same gold claim has: the outlet says it twice and one of its
    /// sentences is joined.
    Mate,
    /// No claim of its outlet under the gold claim is linked to another carrying outlet's.
    Alone,
}

impl SingleWhy {
    pub fn as_str(self) -> String {
        match self {
            SingleWhy::LinkNotAgreeing(Some(a)) => format!("linked, not agreeing: {}", a.as_str()),
            SingleWhy::LinkNotAgreeing(None) => {
                "linked, not agreeing: figures or days differ".to_string()
            }
            SingleWhy::Mate => {
                "not linked itself; another claim of its outlet under the gold claim is".to_string()
            }
            SingleWhy::Alone => "no claim of its outlet under the gold claim is linked".to_string(),
        }
    }
}

/// Why a carrying outlet is left out of the widest agreement over a gold claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Apart {
    /// No claim of the outlet covers its phrases.
    NotExtracted,
    /// Its claims have no link to the other carrying outlets' claims.
    NoLink,
    /// Its links to the other carrying outlets' claims do not agree.
    NotAgreeing(Option<Against>),
    /// A link that tells nothing against agreeing joins it to a claim of the agreement (or,
    /// with no agreement, to another carrying outlet's claim), yet no agreement holds the two:
    /// the grouping kept them apart.
    Ungrouped,
    /// Another agreement holds it with a claim of another carrying outlet.
    OtherAgreement,
}

impl Apart {
    pub fn as_str(self) -> String {
        match self {
            Apart::NotExtracted => "not extracted".to_string(),
            Apart::NoLink => "no link to the other outlets' claims".to_string(),
            Apart::NotAgreeing(Some(a)) => format!("linked, not agreeing: {}", a.as_str()),
            Apart::NotAgreeing(None) => "linked, not agreeing: figures or days differ".to_string(),
            Apart::Ungrouped => "linked and agreeing, but not grouped with it".to_string(),
            Apart::OtherAgreement => "in another agreement with a carrying outlet".to_string(),
        }
    }
}

/// The shape of a miss, one for each traced gold claim, most telling first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Shape {
    /// Fewer than two carrying outlets have a claim covering its phrases.
    Extraction,
    /// Two or more have, but no link joins claims of two of them.
    NoLink,
    /// Linked across outlets, but every such link tells against agreeing, and no agreement
    /// joins two carrying outlets.
    NotAgreeing,
    /// A link across outlets that tells nothing against agreeing, yet no agreement joins two
    /// carrying outlets.
    Ungrouped,
    /// An agreement joins two carrying outlets or more.
    Joined,
}

impl Shape {
    pub fn as_str(self) -> &'static str {
        match self {
            Shape::Extraction => "extracted in fewer than two outlets",
            Shape::NoLink => "extracted in two outlets or more, no link across them",
            Shape::NotAgreeing => "linked across outlets, no link agrees",
            Shape::Ungrouped => "linked and agreeing, in no agreement",
            Shape::Joined => "an agreement joins two carrying outlets or more",
        }
    }
}

/// One traced gold claim.
#[derive(Debug, Clone, PartialEq)]
pub struct Trace {
    /// Index of the claim in [`super::Gold::claims`].
    pub gold: usize,
    pub shape: Shape,
    /// Links between covering claims of two carrying outlets: (claim, claim, link).
    pub links: Vec<(usize, usize, Link)>,
    /// The agreement joining the most carrying outlets (finding index), with them.
    pub widest: Option<(usize, BTreeSet<String>)>,
    /// Single-source findings over covering claims: (outlet, claim, finding index, why).
    pub single: Vec<(String, usize, usize, SingleWhy)>,
    /// Carrying outlets the widest agreement leaves out (all of them when none joins two),
    /// and why.
    pub apart: Vec<(String, Apart)>,
}

/// Traces every multi-outlet gold claim of `found` that an agreement does not join across
/// all its outlets or that a carrying outlet reports single-source, in `found`'s order.
pub fn trace(analysis: &Analysis, graph: &ClaimGraph, found: &[Found]) -> Vec<Trace> {
    let findings = Findings::of(analysis);
    let mut links_of: HashMap<usize, Vec<(usize, Link)>> = HashMap::new();
    for (a, b, link) in graph.links() {
        links_of.entry(a).or_default().push((b, link));
        links_of.entry(b).or_default().push((a, link));
    }
    let none: Vec<(usize, Link)> = Vec::new();
    let contradicted = |a: usize, b: usize| {
        findings.contradictions[a]
            .iter()
            .any(|f| findings.contradictions[b].contains(f))
    };
    let against = |a: usize, b: usize, link: &Link| {
        if contradicted(a, b) {
            Some(Against::Contradiction)
        } else if link.speakers == Speakers::Different {
            Some(Against::Speakers)
        } else if link.why == Why::Fragment && !link.quote_run_rare {
            Some(Against::CommonFragment)
        } else {
            None
        }
    };
    let together = |a: usize, b: usize| {
        findings.agreements[a]
            .iter()
            .any(|f| findings.agreements[b].contains(f))
    };
    let mut out = Vec::new();
    for f in found {
        if f.covering.len() < 2 {
            continue;
        }
        let outlet_of: BTreeMap<usize, &str> = f
            .covering
            .iter()
            .flat_map(|(o, cover)| cover.iter().map(move |&c| (c, o.as_str())))
            .collect();
        // Links of a claim to covering claims of other carrying outlets.
        let across = |c: usize| -> Vec<(usize, Link)> {
            let own = outlet_of.get(&c).copied();
            links_of
                .get(&c)
                .unwrap_or(&none)
                .iter()
                .filter(|(d, _)| outlet_of.get(d).is_some_and(|&o| Some(o) != own))
                .copied()
                .collect()
        };
        let mut links: Vec<(usize, usize, Link)> = Vec::new();
        for &c in outlet_of.keys() {
            for (d, link) in across(c) {
                if c < d {
                    links.push((c, d, link));
                }
            }
        }
        // Each agreement over covering claims, with the carrying outlets it joins.
        let mut joins: BTreeMap<usize, BTreeSet<String>> = BTreeMap::new();
        for (&c, &o) in &outlet_of {
            for &g in &findings.agreements[c] {
                joins.entry(g).or_default().insert(o.to_string());
            }
        }
        let widest = joins
            .iter()
            .max_by_key(|(g, o)| (o.len(), std::cmp::Reverse(**g)))
            .filter(|(_, o)| o.len() >= 2)
            .map(|(&g, o)| (g, o.clone()));
        let single: Vec<(String, usize, usize, SingleWhy)> = outlet_of
            .iter()
            .filter_map(|(&c, &o)| {
                let finding = findings.single[c]?;
                let own = across(c);
                let why = if let Some((d, link)) = own.first() {
                    SingleWhy::LinkNotAgreeing(against(c, *d, link))
                } else if f.covering[o].iter().any(|&m| !across(m).is_empty()) {
                    SingleWhy::Mate
                } else {
                    SingleWhy::Alone
                };
                Some((o.to_string(), c, finding, why))
            })
            .collect();
        let joined_all = widest
            .as_ref()
            .is_some_and(|(_, o)| o.len() == f.covering.len());
        if joined_all && single.is_empty() {
            continue;
        }
        let members: Vec<usize> = widest
            .as_ref()
            .map(|&(g, _)| findings.members[g].clone())
            .unwrap_or_default();
        let apart: Vec<(String, Apart)> = f
            .covering
            .iter()
            .filter(|(o, _)| !widest.as_ref().is_some_and(|(_, w)| w.contains(*o)))
            .map(|(o, cover)| {
                let why = if cover.is_empty() {
                    Apart::NotExtracted
                } else {
                    let linked: Vec<(usize, usize, Link)> = cover
                        .iter()
                        .flat_map(|&c| across(c).into_iter().map(move |(d, l)| (c, d, l)))
                        .collect();
                    // Links to the agreement's claims first: what is asked is why the
                    // outlet is not in it.
                    let to_members: Vec<&(usize, usize, Link)> = linked
                        .iter()
                        .filter(|(_, d, _)| members.is_empty() || members.contains(d))
                        .collect();
                    if linked.is_empty() {
                        Apart::NoLink
                    } else if linked.iter().any(|&(c, d, _)| together(c, d)) {
                        Apart::OtherAgreement
                    } else if to_members
                        .iter()
                        .any(|(c, d, l)| against(*c, *d, l).is_none())
                    {
                        Apart::Ungrouped
                    } else {
                        let first = to_members.first().copied().or(linked.first());
                        Apart::NotAgreeing(first.and_then(|(c, d, l)| against(*c, *d, l)))
                    }
                };
                (o.clone(), why)
            })
            .collect();
        let extracted = f.covering.values().filter(|c| !c.is_empty()).count();
        let shape = if widest.is_some() {
            Shape::Joined
        } else if extracted < 2 {
            Shape::Extraction
        } else if links.is_empty() {
            Shape::NoLink
        } else if links.iter().any(|(a, b, l)| against(*a, *b, l).is_none()) {
            Shape::Ungrouped
        } else {
            Shape::NotAgreeing
        };
        out.push(Trace {
            gold: f.gold,
            shape,
            links,
            widest,
            single,
            apart,
        });
    }
    out
}
