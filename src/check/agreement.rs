//! Agreements: groups of linked claims carried by two or more outlets with nothing in conflict between them.

use crate::check::{Context, Finding, FindingKind, new_finding};
use crate::rules::Severity;

/// What two or more outlets report alike.
pub struct Agreement;

/// Groups of claims that report the same thing, each sorted, in order of their first claim;
/// only groups carried by two or more outlets. Links are taken best first and a group holds
/// one claim per article, unless a shared quotation ties a second one in, so that loosely
/// related statements of one speaker do not run together.
pub fn groups(ctx: &Context<'_>) -> Vec<Vec<usize>> {
    let n = ctx.claims.len();
    let mut group: Vec<usize> = (0..n).collect();
    let mut members: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
    let mut links: Vec<(usize, usize, crate::graph::Link)> = ctx
        .graph
        .links()
        .into_iter()
        .filter(|(a, b, link)| {
            (link.same_speaker || link.same_measure) && !ctx.conflicts.contains(&(*a, *b))
        })
        .collect();
    links.sort_by(|x, y| {
        y.2.similarity
            .total_cmp(&x.2.similarity)
            .then((x.0, x.1).cmp(&(y.0, y.1)))
    });
    // First pass: one claim per article in a group. Second pass: a claim left alone joins
    // the group of a claim it shares a quotation with.
    for second in [false, true] {
        for &(a, b, link) in &links {
            let (ga, gb) = (group[a], group[b]);
            if ga == gb {
                continue;
            }
            let article = |i: usize| ctx.profile(i).article;
            let clash = members[ga]
                .iter()
                .any(|&x| members[gb].iter().any(|&y| article(x) == article(y)));
            let alone = members[ga].len() == 1 || members[gb].len() == 1;
            if clash && !(second && alone && link.fragment_run >= 3) {
                continue;
            }
            let (keep, gone) = (ga.min(gb), ga.max(gb));
            let moved = std::mem::take(&mut members[gone]);
            for &m in &moved {
                group[m] = keep;
            }
            members[keep].extend(moved);
            members[keep].sort_unstable();
        }
    }
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
    fn id(&self) -> &'static str {
        "agreement"
    }

    fn explain(&self) -> &'static str {
        "Claims of the same speaker about the same thing (or figures of the same measured \
         thing) carried by two or more outlets, with no contradiction between them."
    }

    fn check(&self, ctx: &Context<'_>) -> Vec<Finding> {
        groups(ctx)
            .into_iter()
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
                new_finding(
                    ctx,
                    FindingKind::Agreement,
                    None,
                    ctx.rules.severity_of("agreement", Severity::Info),
                    &members,
                    "agreement",
                    message,
                    marked,
                )
            })
            .collect()
    }
}
