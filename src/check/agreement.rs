//! Agreements: groups of linked claims carried by two or more outlets with nothing in conflict between them.

use std::collections::BTreeSet;

use crate::check::{Context, Finding, FindingKind, Rule, new_finding};
use crate::rules::Severity;

/// What two or more outlets report alike.
pub struct Agreement;

/// The record of `agreement`.
pub const RULE: Rule = Rule {
    id: "agreement",
    name: "AgreementAcrossSources",
    severity: Severity::Info,
    summary: "A claim two or more outlets carry without conflict.",
    help: "Nothing to fix: independent outlets carry the claim.",
};

/// Groups of claims that report the same thing, each sorted, in order of their first claim;
/// only groups carried by two or more outlets. Links are taken best first and a group holds
/// one claim per article, unless a shared quotation ties a second one in, so that loosely
/// related statements of one speaker do not run together.
pub fn groups(ctx: &Context<'_>) -> Vec<Vec<usize>> {
    let n = ctx.claims.len();
    let mut group: Vec<usize> = (0..n).collect();
    let mut members: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
    let mut articles: Vec<BTreeSet<usize>> = (0..n)
        .map(|i| BTreeSet::from([ctx.profile(i).article]))
        .collect();
    let mut links: Vec<(usize, usize, crate::graph::Link)> = ctx
        .graph
        .links()
        .into_iter()
        .filter(|(a, b, link)| {
            // Figures join claims of different speakers only when they agree.
            let figures = super::number::figures_agree(&ctx.claims[*a], &ctx.claims[*b], ctx.rules);
            // The same quotation where one outlet names no speaker the resolver knows.
            let (sa, sb) = (&ctx.profile(*a).speaker, &ctx.profile(*b).speaker);
            let one_quote =
                link.quote_run >= 4 && link.quote_overlap >= 0.8 && (sa.is_none() || sb.is_none());
            // The same claim in two copies of one text (each outlet the speaker of its own
            // statements).
            let copies = std::sync::Arc::ptr_eq(&ctx.profile(*a).reading, &ctx.profile(*b).reading);
            let agrees = copies
                || ((link.same_speaker || one_quote) && figures != Some(false))
                || (link.same_measure && figures == Some(true));
            agrees && !ctx.conflicts.contains(&(*a, *b))
        })
        .collect();
    links.sort_by(|x, y| {
        y.2.similarity
            .total_cmp(&x.2.similarity)
            .then((x.0, x.1).cmp(&(y.0, y.1)))
    });
    let mut rivals: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
    for &(a, b) in &ctx.conflicts {
        rivals.entry(a).or_default().push(b);
        rivals.entry(b).or_default().push(a);
    }
    // First pass: one claim per article in a group. Second pass: a claim left alone joins
    // the group of a claim it shares a quotation with.
    for second in [false, true] {
        for &(a, b, link) in &links {
            let (ga, gb) = (group[a], group[b]);
            if ga == gb {
                continue;
            }
            // The smaller group moves into the larger: each claim moves O(log n) times.
            let (keep, gone) = if members[ga].len() >= members[gb].len() {
                (ga, gb)
            } else {
                (gb, ga)
            };
            let clash = articles[gone].iter().any(|x| articles[keep].contains(x));
            // Nothing in conflict within a group.
            let conflict = members[gone].iter().any(|&m| {
                rivals
                    .get(&m)
                    .is_some_and(|r| r.iter().any(|&p| group[p] == keep))
            });
            if conflict {
                continue;
            }
            let alone = members[gone].len() == 1;
            if clash && !(second && alone && link.fragment_run >= 3) {
                continue;
            }
            let moved = std::mem::take(&mut members[gone]);
            for &m in &moved {
                group[m] = keep;
            }
            members[keep].extend(moved);
            let moved_articles = std::mem::take(&mut articles[gone]);
            articles[keep].extend(moved_articles);
        }
    }
    for m in &mut members {
        m.sort_unstable();
    }
    members.sort_by_key(|m| m.first().copied());
    members
        .into_iter()
        .filter(|m| {
            let mut sources: Vec<&str> = m.iter().map(|&i| ctx.source(i)).collect();
            sources.sort_unstable();
            sources.dedup();
            sources.len() >= 2
        })
        .collect()
}

impl super::Check for Agreement {
    fn kind(&self) -> FindingKind {
        FindingKind::Agreement
    }

    fn rule(&self) -> &'static Rule {
        &RULE
    }

    fn check(&self, ctx: &Context<'_>) -> Vec<Finding> {
        ctx.groups
            .iter()
            .map(|members| {
                let first = members[0];
                let marked = members
                    .iter()
                    .map(|&i| ctx.mark(i, ctx.claims[i].content_span))
                    .collect();
                let mut sources: Vec<&str> = members.iter().map(|&i| ctx.source(i)).collect();
                sources.sort_unstable();
                sources.dedup();
                let message = format!(
                    "{} outlets agree ({}): {} — \"{}\"",
                    sources.len(),
                    sources.join(", "),
                    ctx.claims[first]
                        .speaker
                        .as_ref()
                        .map_or("the outlet", |s| s.text.as_str()),
                    super::excerpt(&ctx.claims[first].content, 100)
                );
                new_finding(ctx, self.kind(), None, &RULE, members, message, marked)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::check::{FindingKind, analyse};

    #[test]
    fn two_outlets_carrying_one_statement_agree() {
        let a = analyse(&[
            (
                "One",
                "2016-02-21",
                "Kerry said the provisional agreement on a cessation of hostilities could begin within days.",
            ),
            (
                "Two",
                "2016-02-21",
                "Kerry said a provisional agreement on the truce could begin in the coming days.",
            ),
            (
                "Three",
                "2016-02-12",
                "Kerry said the provisional agreement on a cessation of hostilities could begin within days.",
            ),
        ]);
        let agreements: Vec<_> = a
            .findings
            .iter()
            .filter(|f| f.kind == FindingKind::Agreement)
            .collect();
        assert_eq!(agreements.len(), 1, "{:?}", a.findings);
        // The Munich story (nine days earlier) is another event.
        assert_eq!(agreements[0].sources, ["One", "Two"]);
    }
}
