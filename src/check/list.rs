//! List contradictions: a member one outlet puts in a relation and another outlet in its
//! opposite ("Islamic State is excluded from the truce" against "the truce will also cover
//! Islamic State"), with the relations from the rules' `[[facts.relation]]`.

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
        ctx.frames
            .lists
            .conflicts
            .iter()
            .filter(|c| {
                // A negation between the claims already tells this disagreement.
                let claims = |facts: &[usize]| -> Vec<usize> {
                    facts
                        .iter()
                        .filter_map(|&f| ctx.frames.claim_of[f])
                        .collect()
                };
                let (xs, ys) = (claims(&c.facts.0), claims(&c.facts.1));
                xs.is_empty()
                    || ys.is_empty()
                    || xs.iter().any(|&x| {
                        ys.iter()
                            .any(|&y| !ctx.conflicts.contains(&(x.min(y), x.max(y))))
                    })
            })
            .map(|c| {
                let outlets = |facts: &[usize]| {
                    let mut o: Vec<&str> = facts
                        .iter()
                        .filter_map(|&f| ctx.frames.article_of[f])
                        .map(|a| ctx.articles[a].source.as_str())
                        .collect();
                    o.sort_unstable();
                    o.dedup();
                    o.join(", ")
                };
                let claims = |facts: &[usize]| -> Vec<usize> {
                    facts
                        .iter()
                        .filter_map(|&f| ctx.frames.claim_of[f])
                        .collect()
                };
                let (xs, ys) = (claims(&c.facts.0), claims(&c.facts.1));
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
                        outlets(&c.facts.0),
                        c.what.1,
                        outlets(&c.facts.1)
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
    use crate::check::contradictions_in;

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
