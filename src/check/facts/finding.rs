//! A finding about facts: the facts it compares with their claims, outlets and spans, each
//! side of a disagreement listed once with every outlet behind it.

use std::collections::BTreeSet;

use crate::check::{Context, ContradictionKind, FactFinding, Finding, FindingKind, Marked, Rule};
use crate::words::fnv1a;

use super::Group;

/// A finding of `rule` over the facts `facts` (indexes), with `message`; `conflicts` are the
/// pairs of claims it sets against each other.
pub fn of_facts(
    ctx: &Context<'_>,
    kind: FindingKind,
    subkind: Option<ContradictionKind>,
    rule: &Rule,
    facts: &[usize],
    message: String,
    conflicts: Vec<(usize, usize)>,
) -> FactFinding {
    let mut facts: Vec<usize> = facts.to_vec();
    facts.sort_unstable();
    facts.dedup();
    let frames = &ctx.frames;
    let article = |f: usize| {
        frames
            .article_of
            .get(f)
            .copied()
            .flatten()
            .map(|a| &ctx.articles[a])
    };
    let claims: BTreeSet<usize> = facts
        .iter()
        .filter_map(|&f| frames.claim_of.get(f).copied().flatten())
        .collect();
    let outlets: BTreeSet<String> = facts
        .iter()
        .filter_map(|&f| article(f).map(|a| a.source.clone()))
        .collect();
    let marked = facts
        .iter()
        .map(|&f| {
            let fact = &ctx.facts[f];
            Marked {
                claim: fact.claim.clone().unwrap_or_else(|| fact.id.clone()),
                span: fact.span,
                text: article(f)
                    .and_then(|a| a.text.get(fact.span.start..fact.span.end))
                    .unwrap_or("")
                    .to_string(),
            }
        })
        .collect();
    let mut parts: Vec<String> = vec![rule.id.to_string()];
    parts.extend(facts.iter().map(|&f| {
        let fact = &ctx.facts[f];
        format!("{}|{}", fact.frame.what, super::value_text(fact))
    }));
    parts.sort();
    let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
    let story = facts
        .iter()
        .filter_map(|&f| frames.article_of.get(f).copied().flatten())
        .min()
        .and_then(|a| ctx.stories.get(*ctx.story_of.get(a)?))
        .map(|s| s.id.clone());
    FactFinding {
        finding: Finding {
            id: String::new(),
            kind,
            subkind,
            severity: ctx.rules.severity_of(rule.id, rule.severity),
            claims: {
                let mut ids: Vec<String> =
                    claims.iter().map(|&c| ctx.claims[c].id.clone()).collect();
                ids.sort();
                ids
            },
            sources: outlets.into_iter().collect(),
            rule: rule.id.to_string(),
            message,
            marked,
            fingerprint: fnv1a(&parts),
            story,
            looked_at: Vec::new(),
            facts: facts.iter().map(|&f| ctx.facts[f].id.clone()).collect(),
        },
        conflicts,
    }
}

/// The claims (indexes) of a group's reading.
pub fn claims_of(group: &Group, reading: usize) -> Vec<usize> {
    let mut out: Vec<usize> = group.readings[reading]
        .seen
        .iter()
        .filter_map(|&s| group.seen[s].claim)
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Every pair of claims set against each other by readings `a` and `b`.
pub fn crossed(group: &Group, a: usize, b: usize) -> Vec<(usize, usize)> {
    let (xs, ys) = (claims_of(group, a), claims_of(group, b));
    xs.iter()
        .flat_map(|&x| ys.iter().map(move |&y| (x, y)))
        .collect()
}

/// A reading in a message: `"at least 10" (BBC News, CBC News)`, with who gives it when
/// `with_source`: `"6.1" per the U.S. Geological Survey (Los Angeles Times)`, and the
/// moment of the day it is for when named: `"3.9 percent" at the close (Reuters)`.
pub fn reading_words(group: &Group, reading: usize, with_source: bool) -> String {
    reading_words_with(
        group,
        reading,
        with_source,
        &group.outlets(reading).join(", "),
    )
}

/// A reading in a message as [`reading_words`] tells it, with the outlets given.
pub fn reading_words_with(
    group: &Group,
    reading: usize,
    with_source: bool,
    outlets: &str,
) -> String {
    let r = &group.readings[reading];
    // "3.9 percent" at the close.
    let text = match &r.moment {
        Some(moment) => format!("\"{}\" {moment}", r.text),
        None => format!("\"{}\"", r.text),
    };
    match (&r.source_name, with_source) {
        (Some(source), true) => format!("{text} per {source} ({outlets})"),
        _ => format!("{text} ({outlets})"),
    }
}

/// The facts (indexes) of some readings of a group.
pub fn facts_of(group: &Group, readings: &BTreeSet<usize>) -> Vec<usize> {
    readings
        .iter()
        .flat_map(|&r| group.readings[r].seen.iter().map(|&s| group.seen[s].fact))
        .collect()
}
