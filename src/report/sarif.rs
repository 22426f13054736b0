//! SARIF 2.1.0 printer for code-scanning dashboards: one rule per finding kind, one result per finding, columns in Unicode code points.

use std::io::{self, Write};
use std::path::{Component, Path};

use serde_json::{Value, json};

use crate::article::Span;
use crate::check::Finding;
use crate::pipeline::Analysis;
use crate::report::evidence::{self, Evidence, Located};
use crate::report::{PrintOptions, Report};
use crate::rules::Severity;

/// The schema every SARIF file names.
pub const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// SARIF 2.1.0 as GitHub code scanning reads it.
pub struct SarifReport;

/// A rule of the SARIF driver: id, name, description and default level.
struct Rule {
    id: &'static str,
    name: &'static str,
    description: &'static str,
    /// What an editor should do about it.
    help: &'static str,
    level: &'static str,
}

/// The rules, in a fixed order so that `ruleIndex` is stable.
const RULES: [Rule; 8] = [
    Rule {
        id: "contradiction/number",
        name: "NumberContradiction",
        description: "Outlets give figures for the same thing that cannot both be true.",
        help: "Check the figure with the outlets' sources; one of them may be out of date or count something else.",
        level: "error",
    },
    Rule {
        id: "contradiction/date",
        name: "DateContradiction",
        description: "Outlets put the same event on different days.",
        help: "Check which day the event happened; a relative day (\"Friday\") may have been resolved against the wrong dateline.",
        level: "error",
    },
    Rule {
        id: "contradiction/negation",
        name: "NegationContradiction",
        description: "One outlet reports a statement, another its negation.",
        help: "Read both sentences: one outlet says the opposite of the other.",
        level: "warning",
    },
    Rule {
        id: "contradiction/antonym",
        name: "AntonymContradiction",
        description: "Outlets report the same statement with words of opposite meaning.",
        help: "Read both sentences: the outlets use words of opposite meaning for the same statement.",
        level: "warning",
    },
    Rule {
        id: "contradiction/misquote",
        name: "Misquote",
        description: "Outlets quote the same words differently.",
        help: "Compare the quotation with the original statement or recording and correct the wording.",
        level: "warning",
    },
    Rule {
        id: "contradiction/misattribution",
        name: "Misattribution",
        description: "Outlets put the same quote in different speakers' mouths.",
        help: "Find out who said it and correct the attribution.",
        level: "error",
    },
    Rule {
        id: "single-source",
        name: "SingleSource",
        description: "A claim only one outlet carries.",
        help: "Confirm the claim with a second, independent source before relying on it.",
        level: "note",
    },
    Rule {
        id: "agreement",
        name: "AgreementAcrossSources",
        description: "A claim two or more outlets carry without conflict.",
        help: "Nothing to fix: independent outlets carry the claim.",
        level: "note",
    },
];

/// The rule id of a contradiction without a subkind; listed after the fixed rules.
const CONTRADICTION: Rule = Rule {
    id: "contradiction",
    name: "UnclassifiedContradiction",
    description: "Outlets contradict each other.",
    help: "Read both sentences and check which outlet is right.",
    level: "error",
};

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
    let rules: Vec<Value> = RULES
        .iter()
        .chain(std::iter::once(&CONTRADICTION))
        .map(rule_value)
        .collect();
    let results: Vec<Value> = evidence::report_order(analysis)
        .into_iter()
        .map(|f| result_value(f, &evidence, options))
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

fn rule_value(rule: &Rule) -> Value {
    json!({
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": rule.description},
        "fullDescription": {"text": rule.description},
        "help": {"text": rule.help, "markdown": rule.help},
        "defaultConfiguration": {"level": rule.level},
        "properties": {"tags": ["news", "fact-check"]},
    })
}

fn rule_index(finding: &Finding) -> usize {
    let id = evidence::rule_id(finding);
    RULES.iter().position(|r| r.id == id).unwrap_or(RULES.len())
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn result_value(finding: &Finding, evidence: &Evidence<'_>, options: &PrintOptions) -> Value {
    let located = evidence.locate(finding);
    let index = rule_index(finding);
    let message = if finding.message.trim().is_empty() {
        RULES
            .get(index)
            .unwrap_or(&CONTRADICTION)
            .description
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
                "message": {"text": format!("{}: {}", claim.article.source, claim.claim.id)},
            }));
        }
    }
    let mut result = json!({
        "ruleId": evidence::rule_id(finding),
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
        result["properties"]["subkind"] = json!(evidence::contradiction_name(sub));
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
    use std::path::Path;

    use super::artifact_uri;

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
