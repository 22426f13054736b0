//! Members of a list only one outlet names, when other outlets speak of the same list:
//! "Islamic State is excluded from the truce — only VOA says so". A member a watched
//! question of the rules already answers is left to the topic check.

use crate::check::facts::of_facts;
use crate::check::{Context, Finding, FindingKind, Rule};
use crate::rules::Severity;

/// Flags members of a list only one outlet names.
pub struct ListSingleSource;

/// The record of `list-single-source`.
pub const RULE: Rule = Rule {
    id: "list-single-source",
    name: "ListMemberSingleSource",
    severity: Severity::Info,
    summary: "A member of a list (who is excluded from the truce) that only one outlet names, though others speak of the list.",
    help: "Confirm the member with a second, independent source before relying on it.",
};

impl super::Check for ListSingleSource {
    fn kind(&self) -> FindingKind {
        FindingKind::SingleSource
    }

    fn rule(&self) -> &'static Rule {
        &RULE
    }

    fn check(&self, ctx: &Context<'_>) -> Vec<Finding> {
        ctx.frames
            .lists
            .single
            .iter()
            .filter(|single| {
                // A watched question answering the same member already says it.
                !ctx.topics.iter().any(|t| {
                    t.answers
                        .iter()
                        .any(|a| a.entity == single.member && a.single_source)
                })
            })
            .map(|single| {
                let name = single
                    .facts
                    .first()
                    .and_then(|&f| ctx.facts[f].frame.holder.as_deref())
                    .unwrap_or(single.member.as_str());
                let mut finding = of_facts(
                    ctx,
                    FindingKind::SingleSource,
                    None,
                    &RULE,
                    &single.facts,
                    format!(
                        "only {} carries this list member: {name} is {}; {} name others",
                        single.outlet,
                        single.what,
                        single.others.join(", ")
                    ),
                    Vec::new(),
                )
                .finding;
                // The outlets that speak of the list were looked at and name others.
                finding.looked_at = single.others.clone();
                finding
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::check::{FindingKind, analyse};

    #[test]
    fn a_member_only_one_outlet_names_is_single_source() {
        let analysis = analyse(&[
            (
                "VOA",
                "2016-02-12",
                "Kerry told reporters that the cessation of hostilities will not apply to terrorist groups, including Islamic State, al-Nusra and others.",
            ),
            (
                "The Washington Post",
                "2016-02-12",
                "They demanded a halt to attacks on the al-Nusra Front, which the United Nations and the United States consider a terrorist group that should be excluded from any cease-fire.",
            ),
        ]);
        let singles: Vec<&str> = analysis
            .findings
            .iter()
            .filter(|f| f.rule == "list-single-source")
            .map(|f| f.message.as_str())
            .collect();
        assert_eq!(
            singles,
            [
                "only VOA carries this list member: Islamic State is excluded from truce; The Washington Post name others"
            ]
        );
        assert!(
            analysis
                .findings
                .iter()
                .all(|f| f.kind != FindingKind::Contradiction)
        );
    }
}
