//! SARIF 2.1.0 printer for code-scanning dashboards: one rule per finding kind, one result per finding, columns in Unicode code points.

use std::io::{self, Write};
use std::path::{Component, Path};

use serde_json::{Value, json};

use crate::article::Span;
use crate::check::{self, Finding, FindingKind, Rule};
use crate::pipeline::Analysis;
use crate::report::evidence::{self, Evidence, Located};
use crate::report::{PrintOptions, Report};
use crate::rules::Severity;

/// The schema every SARIF file names.
pub const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// SARIF 2.1.0 as GitHub code scanning reads it.
pub struct SarifReport;

/// The rule of a contradiction without a subkind, listed after those of the registry.
const UNCLASSIFIED: Rule = Rule {
    id: "contradiction",
    name: "UnclassifiedContradiction",
    severity: Severity::Error,
    summary: "Outlets contradict each other.",
    help: "Read both sentences and check which outlet is right.",
};

/// The rules of the SARIF driver, in a fixed order so that `ruleIndex` is stable: one per
/// kind of finding the checks of the registry report, in report order, then the
/// unclassified contradiction. Each is `(ruleId, record)`.
fn rules() -> Vec<(String, &'static Rule)> {
    check::finding_kinds()
        .into_iter()
        .map(|(kind, subkind, rule)| (evidence::kind_id(kind, subkind), rule))
        .chain(std::iter::once((
            evidence::kind_id(FindingKind::Contradiction, None),
            &UNCLASSIFIED,
        )))
        .collect()
}

impl Report for SarifReport {
    fn write(
        &self,
        analysis: &Analysis,
        options: &PrintOptions,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        let value = sarif_value(analysis, options);
        serde_json::to_writer_pretty(&mut *out, &value)?;
        writeln!(out)
    }
}

/// The whole SARIF log.
pub fn sarif_value(analysis: &Analysis, options: &PrintOptions) -> Value {
    let evidence = Evidence::new(analysis);
    let rules = rules();
    let results: Vec<Value> = evidence::report_order(analysis)
        .into_iter()
        .map(|f| result_value(f, &rules, &evidence, options))
        .collect();
    let rules: Vec<Value> = rules
        .iter()
        .map(|(id, rule)| rule_value(id, rule))
        .collect();
    json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "corroborate",
                "version": env!("CARGO_PKG_VERSION"),
                "semanticVersion": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    })
}

fn rule_value(id: &str, rule: &Rule) -> Value {
    json!({
        "id": id,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.summary},
        "help": {"text": rule.help, "markdown": rule.help},
        "defaultConfiguration": {"level": level(rule.severity)},
        "properties": {"tags": ["news", "fact-check"]},
    })
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn result_value(
    finding: &Finding,
    rules: &[(String, &Rule)],
    evidence: &Evidence<'_>,
    options: &PrintOptions,
) -> Value {
    let located = evidence.locate(finding);
    let rule_id = evidence::rule_id(finding);
    // A kind no check reports falls under the unclassified contradiction, listed last.
    let index = rules
        .iter()
        .position(|(id, _)| *id == rule_id)
        .unwrap_or(rules.len().saturating_sub(1));
    let message = if finding.message.trim().is_empty() {
        rules
            .get(index)
            .map_or(UNCLASSIFIED.summary, |(_, rule)| rule.summary)
            .to_string()
    } else {
        finding.message.clone()
    };
    let mut locations = Vec::new();
    let mut related = Vec::new();
    for (i, claim) in located.iter().enumerate() {
        let Some(span) = claim.focus().first().copied() else {
            continue;
        };
        let physical = physical_location(claim, span, evidence, options);
        if locations.is_empty() {
            locations.push(json!({"physicalLocation": physical}));
        } else {
            related.push(json!({
                "id": i,
                "physicalLocation": physical,
                "message": {"text": format!("{}: {}", claim.article.source, claim.id())},
            }));
        }
    }
    let mut result = json!({
        "ruleId": rule_id,
        "ruleIndex": index,
        "level": level(finding.severity),
        "message": {"text": message},
        "locations": locations,
        "partialFingerprints": {"corroborateFinding/v1": finding.fingerprint},
        "properties": {
            "finding": finding.id,
            "rule": finding.rule,
            "severity": finding.severity.as_str(),
            "sources": finding.sources,
            "claims": finding.claims,
        },
    });
    if !related.is_empty() {
        result["relatedLocations"] = Value::Array(related);
    }
    if let Some(sub) = finding.subkind {
        result["properties"]["subkind"] = json!(sub.name());
    }
    result
}

fn physical_location(
    located: &Located<'_>,
    span: Span,
    evidence: &Evidence<'_>,
    options: &PrintOptions,
) -> Value {
    let (start_line, start_column) = evidence.position(located.article_index, span.start);
    let (end_line, end_column) = evidence.position(located.article_index, span.end);
    json!({
        "artifactLocation": {"uri": artifact_uri(&located.article.path, options.base_dir.as_deref())},
        "region": {
            "startLine": start_line,
            "startColumn": start_column,
            "endLine": end_line,
            "endColumn": end_column,
            "snippet": {"text": span.of(&located.article.text)},
        },
    })
}

/// The path of an article as a URI reference relative to `base` (the working directory)
/// when it lies inside it; `file://` for an absolute path outside it.
pub fn artifact_uri(path: &str, base: Option<&Path>) -> String {
    let p = Path::new(path);
    let relative = match base {
        Some(base) if p.is_absolute() => p.strip_prefix(base).ok(),
        _ if p.is_absolute() => None,
        _ => Some(p),
    };
    match relative {
        Some(rel) => {
            let parts: Vec<String> = rel
                .components()
                .filter(|c| !matches!(c, Component::CurDir))
                .map(|c| encode(&c.as_os_str().to_string_lossy()))
                .collect();
            parts.join("/")
        }
        None => {
            let parts: Vec<String> = p
                .components()
                .filter_map(|c| match c {
                    Component::Normal(s) => Some(encode(&s.to_string_lossy())),
                    _ => None,
                })
                .collect();
            format!("file:///{}", parts.join("/"))
        }
    }
}

/// Percent-encodes everything but unreserved URI characters.
fn encode(segment: &str) -> String {
    let mut out = String::new();
    for b in segment.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::path::Path;

    use super::*;

    #[test]
    fn sarif_rules_are_the_kinds_of_finding_of_the_registry() {
        let log = sarif_value(&Analysis::default(), &PrintOptions::default());
        let rules = log["runs"][0]["tool"]["driver"]["rules"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let ids: Vec<&str> = rules.iter().filter_map(|r| r["id"].as_str()).collect();
        assert_eq!(
            ids,
            [
                "contradiction/number",
                "contradiction/date",
                "contradiction/negation",
                "contradiction/antonym",
                "contradiction/misquote",
                "contradiction/misattribution",
                "contradiction/list",
                "single-source",
                "agreement",
                "contradiction",
            ]
        );
        // Every check's findings have a SARIF rule, and every SARIF rule but the
        // unclassified one is described by the record of a check reporting its kind.
        let reported: BTreeSet<String> = check::REGISTRY
            .iter()
            .map(|c| {
                let (kind, subkind) = c.kind();
                evidence::kind_id(kind, subkind)
            })
            .collect();
        let listed: BTreeSet<String> = ids[..ids.len() - 1]
            .iter()
            .map(|id| id.to_string())
            .collect();
        assert_eq!(reported, listed);
        for rule in &rules[..rules.len() - 1] {
            let described = check::REGISTRY.iter().any(|c| {
                let (kind, subkind) = c.kind();
                let record = c.rule();
                rule["id"] == evidence::kind_id(kind, subkind).as_str()
                    && rule["name"] == record.name
                    && rule["shortDescription"]["text"] == record.summary
                    && rule["help"]["text"] == record.help
                    && rule["defaultConfiguration"]["level"] == level(record.severity)
            });
            assert!(described, "{rule}");
        }
    }

    #[test]
    fn uris_are_relative_to_the_working_directory() {
        let base = Path::new("/home/desk");
        assert_eq!(
            artifact_uri("/home/desk/wire/a.txt", Some(base)),
            "wire/a.txt"
        );
        assert_eq!(artifact_uri("./wire/a b.txt", Some(base)), "wire/a%20b.txt");
        assert_eq!(
            artifact_uri("/srv/élan.txt", Some(base)),
            "file:///srv/%C3%A9lan.txt"
        );
    }
}
