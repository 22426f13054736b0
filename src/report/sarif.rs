//! SARIF 2.1.0 printer for code-scanning dashboards: one rule per finding kind, one result per finding, columns in Unicode code points.

use std::io::{self, Write};
use std::path::{Component, Path, PathBuf};

use serde_json::{Value, json};

use crate::article::Span;
use crate::check::{self, Finding, FindingKind, Rule};
use crate::pipeline::Analysis;
use crate::report::evidence::{self, Evidence, Located};
use crate::report::{PrintOptions, Report, Selected};
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
    let results: Vec<Value> = Selected::of(analysis, &options.selection)
        .findings()
        .map(|f| result_value(f, &rules, &evidence, options))
        .collect();
    let rules: Vec<Value> = rules
        .iter()
        .map(|(id, rule)| rule_value(id, rule))
        .collect();
    let mut log = json!({
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
    });
    if let Some(ids) = base_ids(options) {
        log["runs"][0]["originalUriBaseIds"] = ids;
    }
    log
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
        "artifactLocation": artifact_location(&located.article.path, options),
        "region": {
            "startLine": start_line,
            "startColumn": start_column,
            "endLine": end_line,
            "endColumn": end_column,
            "snippet": {"text": span.of(&located.article.text)},
        },
    })
}

/// The `uriBaseId` every article path is relative to, defined in `originalUriBaseIds`.
pub const ROOT_BASE_ID: &str = "SRCROOT";

/// `path` made absolute against `base` and cleared of `.` and `..` by reading the path
/// alone (the printer does not look at the file system); `None` when it cannot be made
/// absolute (a relative path and no base).
fn absolute(path: &Path, base: Option<&Path>) -> Option<PathBuf> {
    let joined = if path.is_absolute() {
        path.to_path_buf()
    } else {
        base.filter(|b| b.is_absolute())?.join(path)
    };
    let mut out = PathBuf::new();
    for component in joined.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    Some(out)
}

/// The directory SARIF paths are relative to: `--sarif-root`, else the working directory;
/// absolute, or `None` when neither is known.
fn root(options: &PrintOptions) -> Option<PathBuf> {
    let base = options.base_dir.as_deref();
    match options.sarif_root.as_deref() {
        Some(root) => absolute(root, base),
        None => absolute(Path::new("."), base),
    }
}

/// `file:///srv/wire/` for an absolute directory or file (a directory ends in a slash).
fn file_uri(path: &Path, directory: bool) -> String {
    let parts: Vec<String> = path
        .components()
        .filter_map(|c| match c {
            Component::Normal(s) => Some(encode(&s.to_string_lossy())),
            _ => None,
        })
        .collect();
    let mut uri = format!("file:///{}", parts.join("/"));
    if directory && !parts.is_empty() {
        uri.push('/');
    }
    uri
}

/// `originalUriBaseIds` of the run: where `SRCROOT` is, when it is known.
fn base_ids(options: &PrintOptions) -> Option<Value> {
    let root = root(options)?;
    Some(json!({ROOT_BASE_ID: {"uri": file_uri(&root, true)}}))
}

/// Where an article is, as a SARIF `artifactLocation`: a URI reference relative to
/// `SRCROOT` (the `--sarif-root` directory, else the working directory) when the article
/// lies inside it, never climbing out with `../`; an absolute `file://` URI, without a base
/// id, when it lies outside. A relative path with no directory known to resolve it against
/// (a library caller that gives no `base_dir`) stays relative to `SRCROOT` as written.
pub fn artifact_location(path: &str, options: &PrintOptions) -> Value {
    let path = Path::new(path);
    let Some(file) = absolute(path, options.base_dir.as_deref()) else {
        return json!({"uri": relative_uri(path), "uriBaseId": ROOT_BASE_ID});
    };
    match root(options).and_then(|root| file.strip_prefix(root).ok().map(Path::to_path_buf)) {
        Some(inside) => json!({"uri": relative_uri(&inside), "uriBaseId": ROOT_BASE_ID}),
        None => json!({"uri": file_uri(&file, false)}),
    }
}

/// A relative path as a URI reference: its segments percent-encoded, joined by `/`.
fn relative_uri(path: &Path) -> String {
    let parts: Vec<String> = path
        .components()
        .filter(|c| !matches!(c, Component::CurDir))
        .map(|c| encode(&c.as_os_str().to_string_lossy()))
        .collect();
    parts.join("/")
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

    fn location(path: &str, base: &str, root: Option<&str>) -> Value {
        let options = PrintOptions {
            base_dir: Some(PathBuf::from(base)),
            sarif_root: root.map(PathBuf::from),
            ..PrintOptions::default()
        };
        artifact_location(path, &options)
    }

    #[test]
    fn uris_are_relative_to_the_working_directory_and_never_climb_out() {
        let relative = |uri: &str| json!({"uri": uri, "uriBaseId": "SRCROOT"});
        let desk = "/home/desk";
        assert_eq!(
            location("/home/desk/wire/a.txt", desk, None),
            relative("wire/a.txt")
        );
        assert_eq!(
            location("./wire/a b.txt", desk, None),
            relative("wire/a%20b.txt")
        );
        assert_eq!(
            location("wire/../wire/./c.txt", desk, None),
            relative("wire/c.txt")
        );
        assert_eq!(
            location("../shared/x.txt", desk, None),
            json!({"uri": "file:///home/shared/x.txt"})
        );
        assert_eq!(
            location("/srv/élan.txt", desk, None),
            json!({"uri": "file:///srv/%C3%A9lan.txt"})
        );
    }

    #[test]
    fn sarif_root_moves_the_base_and_articles_outside_it_are_absolute() {
        let relative = |uri: &str| json!({"uri": uri, "uriBaseId": "SRCROOT"});
        let desk = "/home/desk";
        assert_eq!(
            location("../shared/x.txt", desk, Some("..")),
            relative("shared/x.txt")
        );
        assert_eq!(
            location("wire/a.txt", desk, Some("/home")),
            relative("desk/wire/a.txt")
        );
        assert_eq!(
            location("wire/a.txt", desk, Some("wire")),
            relative("a.txt")
        );
        assert_eq!(
            location("other/a.txt", desk, Some("wire")),
            json!({"uri": "file:///home/desk/other/a.txt"})
        );
        let options = PrintOptions {
            base_dir: Some(PathBuf::from(desk)),
            sarif_root: Some(PathBuf::from("..")),
            ..PrintOptions::default()
        };
        assert_eq!(
            base_ids(&options),
            Some(json!({"SRCROOT": {"uri": "file:///home/"}}))
        );
    }

    #[test]
    fn without_a_working_directory_paths_stay_as_written_and_no_base_is_defined() {
        let options = PrintOptions::default();
        assert_eq!(
            artifact_location("wire/a.txt", &options),
            json!({"uri": "wire/a.txt", "uriBaseId": "SRCROOT"})
        );
        assert_eq!(base_ids(&options), None);
    }
}
