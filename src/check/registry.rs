//! The check registry: every check on one line, each carrying the records of its rules; the rule loader, SARIF and the table of `rules/README.md` are read from it.

use super::{
    Check, Contradiction, ContradictionKind, FindingKind, agreement, antonym, date, list,
    list_single_source, misattribution, misquote, negation, number, single_source, topic,
};
use crate::rules::{RuleName, Severity};

/// What users and reports know of a finding rule: one constant beside the code of its check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// The id its findings carry in `rule`, and rule files write in `[severity]`:
    /// `number-mismatch`.
    pub id: &'static str,
    /// Its short name in CamelCase, as SARIF viewers show it: `NumberContradiction`.
    pub name: &'static str,
    /// The level of its findings when no rule file sets one.
    pub severity: Severity,
    /// What it finds, in a sentence.
    pub summary: &'static str,
    /// What an editor should do about it.
    pub help: &'static str,
}

/// A check as the registry lists it.
#[derive(Clone, Copy)]
pub enum Registered {
    /// A kind of contradiction, looked for between every two linked claims and among the
    /// facts of each frame.
    Pair(&'static dyn Contradiction),
    /// A check over the whole batch, run after the contradictions.
    Batch(&'static dyn Check),
}

/// Every check, one line each, in alphabetical order of its rule's id. A new check is its
/// file and a line here.
pub const REGISTRY: &[Registered] = &[
    Registered::Batch(&agreement::Agreement),
    Registered::Pair(&antonym::Antonym),
    Registered::Pair(&date::DateMismatch),
    Registered::Pair(&list::ListMismatch),
    Registered::Batch(&list_single_source::ListSingleSource),
    Registered::Pair(&misattribution::Misattribution),
    Registered::Pair(&misquote::Misquote),
    Registered::Pair(&negation::Negation),
    Registered::Pair(&number::NumberMismatch),
    Registered::Batch(&single_source::SingleSource),
    Registered::Batch(&topic::TopicAnswers),
];

impl Registered {
    /// The rule its findings carry.
    pub fn rule(self) -> &'static Rule {
        match self {
            Registered::Pair(check) => check.rule(),
            Registered::Batch(check) => check.rule(),
        }
    }

    /// The other rules it answers to.
    pub fn also(self) -> &'static [Rule] {
        match self {
            Registered::Pair(check) => check.also(),
            Registered::Batch(check) => check.also(),
        }
    }

    /// The kind of its findings, and for a contradiction its subkind.
    pub fn kind(self) -> (FindingKind, Option<ContradictionKind>) {
        match self {
            Registered::Pair(check) => (FindingKind::Contradiction, Some(check.kind())),
            Registered::Batch(check) => (check.kind(), None),
        }
    }

    /// The name rule files may also use for its rule: a contradiction's kind, as reports
    /// show it (`subkind`, `contradiction/number`), when it differs from the rule's id.
    fn short(self) -> Option<&'static str> {
        match self {
            Registered::Pair(check) => Some(check.kind().name()).filter(|k| *k != check.rule().id),
            Registered::Batch(_) => None,
        }
    }
}

/// Every rule of every check with the short name files may use for it, in alphabetical
/// order of id.
fn every_rule() -> Vec<(&'static Rule, Option<&'static str>)> {
    let mut all: Vec<(&'static Rule, Option<&'static str>)> = REGISTRY
        .iter()
        .flat_map(|check| {
            let also = check.also().iter().map(|rule| (rule, None));
            std::iter::once((check.rule(), check.short())).chain(also)
        })
        .collect();
    all.sort_by_key(|(rule, _)| rule.id);
    all
}

/// Every rule as rule files name it, in alphabetical order of id: what the rule loader is
/// handed to check and read `[severity]`.
pub fn rule_names() -> Vec<RuleName> {
    every_rule()
        .into_iter()
        .map(|(rule, short)| RuleName {
            id: rule.id,
            short,
            severity: rule.severity,
        })
        .collect()
}

/// Every kind of finding the checks report, in report order (contradictions by subkind,
/// single-source claims, agreements), each with the rule that describes it: the rule named
/// like the kind when there is one (single-source claims are described by `single-source`,
/// not `list-single-source` or `topic-single-source`), else that of the first check in the
/// registry reporting it.
pub fn finding_kinds() -> Vec<(FindingKind, Option<ContradictionKind>, &'static Rule)> {
    let mut kinds: Vec<(FindingKind, Option<ContradictionKind>, &'static Rule)> = Vec::new();
    let named_like = |kind: FindingKind, rule: &Rule| match kind {
        FindingKind::SingleSource => rule.id == "single-source",
        FindingKind::Agreement => rule.id == "agreement",
        FindingKind::Contradiction => false,
    };
    for check in REGISTRY {
        let (kind, subkind) = check.kind();
        match kinds
            .iter_mut()
            .find(|(k, s, _)| (*k, *s) == (kind, subkind))
        {
            Some(entry) if named_like(kind, check.rule()) => entry.2 = check.rule(),
            Some(_) => {}
            None => kinds.push((kind, subkind, check.rule())),
        }
    }
    kinds.sort_by_key(|(kind, subkind, _)| (*kind, *subkind));
    kinds
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rules reference for desks.
    const README: &str = include_str!("../../rules/README.md");

    #[test]
    fn rule_files_name_every_rule_by_the_id_its_findings_carry() {
        let ids: Vec<&str> = every_rule().iter().map(|(r, _)| r.id).collect();
        assert_eq!(
            ids,
            [
                "agreement",
                "antonym",
                "date-mismatch",
                "days-differ",
                "figures-differ",
                "list-mismatch",
                "list-single-source",
                "misattribution",
                "misquote",
                "negation",
                "number-mismatch",
                "parts-exceed-total",
                "single-source",
                "sources-differ",
                "topic",
                "topic-single-source",
                "uncertain-speaker",
            ]
        );
        let names: Vec<&str> = rule_names().iter().map(|n| n.id).collect();
        assert_eq!(names, ids);
        let shorts: Vec<(&str, &str)> = rule_names()
            .iter()
            .filter_map(|n| Some((n.short?, n.id)))
            .collect();
        assert_eq!(
            shorts,
            [
                ("date", "date-mismatch"),
                ("list", "list-mismatch"),
                ("number", "number-mismatch")
            ]
        );
    }

    #[test]
    fn the_registry_is_in_alphabetical_order_with_one_check_per_kind_of_contradiction() {
        let ids: Vec<&str> = REGISTRY.iter().map(|c| c.rule().id).collect();
        let mut sorted = ids.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(ids, sorted);
        let mut subkinds: Vec<ContradictionKind> =
            REGISTRY.iter().filter_map(|c| c.kind().1).collect();
        let checks = subkinds.len();
        subkinds.sort_unstable();
        subkinds.dedup();
        assert_eq!(subkinds.len(), checks);
    }

    #[test]
    fn every_rule_says_what_it_finds_and_what_to_do() {
        for (rule, _) in every_rule() {
            assert!(
                rule.summary.ends_with('.') && rule.summary.len() > 20,
                "{rule:?}"
            );
            assert!(rule.help.ends_with('.') && rule.help.len() > 20, "{rule:?}");
            assert!(
                rule.name.starts_with(|c: char| c.is_ascii_uppercase())
                    && rule.name.chars().all(|c| c.is_ascii_alphanumeric()),
                "{rule:?}"
            );
        }
    }

    #[test]
    fn kind_names_are_the_subkinds_of_the_json_report() {
        for (_, subkind, _) in finding_kinds() {
            if let Some(subkind) = subkind {
                assert_eq!(
                    serde_json::to_value(subkind).unwrap(),
                    serde_json::Value::from(subkind.name())
                );
            }
        }
    }

    /// The rows of the rule table under `### [severity]` in `rules/README.md`.
    fn documented_rows() -> Vec<&'static str> {
        let section = README
            .split_once("### `[severity]`")
            .map_or("", |(_, rest)| rest);
        let table = section
            .split_once("| Rule id |")
            .map_or("", |(_, rest)| rest);
        table
            .lines()
            .skip(2)
            .take_while(|line| line.starts_with('|'))
            .collect()
    }

    #[test]
    fn the_rules_readme_documents_every_rule_and_no_other() {
        let expected: Vec<String> = every_rule()
            .into_iter()
            .map(|(rule, short)| {
                let short = short.map_or(String::new(), |s| format!(" `{s}`"));
                format!(
                    "| `{}` |{short} | `{}` | {} |",
                    rule.id,
                    rule.severity.as_str(),
                    rule.summary
                )
            })
            .collect();
        assert_eq!(documented_rows(), expected);
    }
}
