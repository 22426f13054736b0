//! List contradictions: a member one outlet puts in a relation and another outlet in its
//! opposite ("Islamic State is excluded from the truce" against "the truce will also cover
//! Islamic State"), with the relations from the rules' `[[facts.relation]]`; and a rank
//! whose one holder outlets name differently ("the largest timber exporter": Sweden
//! against Norway), a warning, or "sources differ" when no two outlets give their holders
//! from the same source.

use crate::check::facts::of_facts;
use crate::check::{Context, ContradictionKind, FactFinding, FindingKind, Rule};
use crate::rules::Severity;

/// Members of a list put on opposite sides.
pub struct ListMismatch;

/// The record of `list-mismatch`.
pub const RULE: Rule = Rule {
    id: "list-mismatch",
    name: "ListContradiction",
    severity: Severity::Error,
    summary: "One outlet puts a member in a list (excluded from the truce) and another in the opposite one (covered by it).",
    help: "Check which side the member is on with the outlets' sources before running either.",
};

impl super::Contradiction for ListMismatch {
    fn kind(&self) -> ContradictionKind {
        ContradictionKind::List
    }

    fn rule(&self) -> &'static Rule {
        &RULE
    }

    fn compare(&self, ctx: &Context<'_>) -> Vec<FactFinding> {
        let mut found = self.members(ctx);
        found.extend(self.ranks(ctx));
        found
    }
}

/// The outlets behind `facts`, sorted, joined with commas.
fn outlets(ctx: &Context<'_>, facts: &[usize]) -> String {
    let mut o: Vec<&str> = facts
        .iter()
        .filter_map(|&f| ctx.frames.article_of[f])
        .map(|a| ctx.articles[a].source.as_str())
        .collect();
    o.sort_unstable();
    o.dedup();
    o.join(", ")
}

/// The claims holding `facts`.
fn claims(ctx: &Context<'_>, facts: &[usize]) -> Vec<usize> {
    facts
        .iter()
        .filter_map(|&f| ctx.frames.claim_of[f])
        .collect()
}

impl ListMismatch {
    /// Ranks whose holders differ: one finding per rank, every holder with its outlets.
    fn ranks(&self, ctx: &Context<'_>) -> Vec<FactFinding> {
        use super::Contradiction;
        ctx.frames
            .lists
            .ranks
            .iter()
            .map(|r| {
                let sides: Vec<String> = r
                    .holders
                    .iter()
                    .map(|(holder, facts)| {
                        // The holder as the first outlet writes it, not its key.
                        let written = facts
                            .first()
                            .and_then(|&f| ctx.facts[f].frame.holder.as_deref())
                            .unwrap_or(holder);
                        format!("{written} ({})", outlets(ctx, facts))
                    })
                    .collect();
                let mut conflicts = Vec::new();
                for (i, (_, xs)) in r.holders.iter().enumerate() {
                    for (_, ys) in &r.holders[i + 1..] {
                        for x in claims(ctx, xs) {
                            for y in claims(ctx, ys) {
                                conflicts.push((x, y));
                            }
                        }
                    }
                }
                let facts: Vec<usize> = r.holders.iter().flat_map(|(_, f)| f).copied().collect();
                let mut found = of_facts(
                    ctx,
                    FindingKind::Contradiction,
                    Some(self.kind()),
                    &RULE,
                    &facts,
                    format!("{}: {}", r.what, sides.join(" — ")),
                    conflicts,
                );
                found.finding.severity = if r.sources_differ {
                    Severity::Info
                } else {
                    Severity::Warning
                };
                found
            })
            .collect()
    }

    /// Members put in a relation and its opposite.
    fn members(&self, ctx: &Context<'_>) -> Vec<FactFinding> {
        use super::Contradiction;
        ctx.frames
            .lists
            .conflicts
            .iter()
            .filter(|c| {
                // A negation between the claims already tells this disagreement.
                let (xs, ys) = (claims(ctx, &c.facts.0), claims(ctx, &c.facts.1));
                xs.is_empty()
                    || ys.is_empty()
                    || xs.iter().any(|&x| {
                        ys.iter()
                            .any(|&y| !ctx.conflicts.contains(&(x.min(y), x.max(y))))
                    })
            })
            .map(|c| {
                let (xs, ys) = (claims(ctx, &c.facts.0), claims(ctx, &c.facts.1));
                let conflicts = xs
                    .iter()
                    .flat_map(|&x| ys.iter().map(move |&y| (x, y)))
                    .collect();
                let mut facts = c.facts.0.clone();
                facts.extend(&c.facts.1);
                let mut found = of_facts(
                    ctx,
                    FindingKind::Contradiction,
                    Some(self.kind()),
                    &RULE,
                    &facts,
                    format!(
                        "{}: {} ({}) — {} ({})",
                        c.member,
                        c.what.0,
                        outlets(ctx, &c.facts.0),
                        c.what.1,
                        outlets(ctx, &c.facts.1)
                    ),
                    conflicts,
                );
                if !c.error {
                    found.finding.severity = found.finding.severity.min(Severity::Warning);
                }
                found
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::check::{FindingKind, analyse, contradictions_in};
    use crate::rules::Severity;

    /// (severity, message) of each list contradiction of a batch.
    fn list_findings(articles: &[(&str, &str, &str)]) -> Vec<(Severity, String)> {
        analyse(articles)
            .findings
            .into_iter()
            .filter(|f| f.kind == FindingKind::Contradiction && f.rule == "list-mismatch")
            .map(|f| (f.severity, f.message))
            .collect()
    }

    const LEDE: &str = "The trade ministry put off the timber duties on Monday.";

    #[test]
    fn two_holders_of_one_rank_disagree_as_a_warning() {
        let one = format!("{LEDE} Norway is the largest exporter of timber to Japan.");
        let two = format!("{LEDE} Sweden, the biggest timber exporter to Japan, objected.");
        let found = list_findings(&[("One", "2018-05-01", &one), ("Two", "2018-05-01", &two)]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, Severity::Warning);
        assert!(found[0].1.contains("Norway (One)"), "{}", found[0].1);
        assert!(found[0].1.contains("Sweden (Two)"), "{}", found[0].1);
        // The same holder in both is no disagreement.
        let same = format!("{LEDE} Norway is the biggest timber exporter to Japan.");
        assert_eq!(
            list_findings(&[("One", "2018-05-01", &one), ("Two", "2018-05-01", &same)]),
            []
        );
    }

    #[test]
    fn two_holders_each_from_its_own_source_are_sources_that_differ() {
        let one =
            format!("{LEDE} The trade group said Norway is the largest timber exporter to Japan.");
        let two =
            format!("{LEDE} The ministry said Sweden is the largest timber exporter to Japan.");
        let found = list_findings(&[("One", "2018-05-01", &one), ("Two", "2018-05-01", &two)]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, Severity::Info);
    }

    #[test]
    fn a_member_also_covered_contradicts_its_exclusion() {
        let found = contradictions_in(&[
            (
                "One",
                "2016-02-21",
                "Kerry said the truce will not apply to terrorist groups, including Islamic State and al-Nusra.",
            ),
            (
                "Two",
                "2016-02-21",
                "Lavrov said the truce will also cover al-Nusra, which has fighters near Aleppo.",
            ),
        ]);
        assert_eq!(
            found,
            [(
                "list-mismatch".to_string(),
                vec!["al-Nusra".to_string(), "al-Nusra".to_string()]
            )]
        );
    }

    #[test]
    fn a_defendant_one_outlet_names_and_another_says_the_suit_leaves_out_contradicts() {
        let found = contradictions_in(&[
            (
                "One",
                "2018-04-20",
                "The council filed a lawsuit on Friday, naming a string of defendants that \
                 includes Mr. Reyes; his brother; and the firm.",
            ),
            (
                "Two",
                "2018-04-20",
                "The council filed a lawsuit on Friday. It does not name Reyes as a defendant, \
                 but says his firm took part.",
            ),
        ]);
        assert_eq!(
            found,
            [(
                "list-mismatch".to_string(),
                vec!["Mr. Reyes".to_string(), "Reyes".to_string()]
            )]
        );
    }
}
