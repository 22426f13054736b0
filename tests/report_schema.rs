//! The JSON contract as a file: `schema/report.schema.json` (draft 2020-12) validates the reports the command writes, and is closed, so that a field added to the report without the schema, or renamed, fails here.

use std::collections::BTreeMap;
use std::path::Path;

use assert_cmd::Command;
use jsonschema::Validator;
use serde_json::{Value, json};

const SCHEMA: &str = "schema/report.schema.json";

fn schema() -> Value {
    let text = std::fs::read_to_string(SCHEMA).expect("schema file");
    serde_json::from_str(&text).expect("the schema is JSON")
}

fn validator() -> Validator {
    jsonschema::draft202012::new(&schema()).expect("the schema compiles")
}

/// Every way `report` breaks the schema, one line each: where, and what.
fn violations(validator: &Validator, report: &Value) -> Vec<String> {
    validator
        .iter_errors(report)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

/// Fails loudly, naming each place, when `report` does not fit the schema.
fn assert_fits(report: &Value, what: &str) {
    let found = violations(&validator(), report);
    assert!(
        found.is_empty(),
        "{what} does not fit {SCHEMA}; a field the report writes and the schema does not know \
         (or one renamed) must be added to the schema, and the contract is added to, never \
         renamed:\n  {}",
        found.join("\n  ")
    );
}

fn corroborate(args: &[&str]) -> Value {
    let out = Command::cargo_bin("corroborate")
        .expect("binary")
        .args(args)
        .output()
        .expect("runs");
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("the report is JSON")
}

fn seeds_report() -> Value {
    corroborate(&[
        "check",
        "seeds/",
        "--no-config",
        "--rules",
        "rules/examples/syria.toml",
        "--format",
        "json",
    ])
}

#[test]
fn the_schema_is_a_draft_2020_12_schema() {
    let schema = schema();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    assert_eq!(schema["title"], corroborate::report::json::SCHEMA);
    if let Err(e) = jsonschema::meta::validate(&schema) {
        panic!("{SCHEMA} is not a valid JSON Schema: {e}");
    }
}

#[test]
fn the_seeds_report_fits_the_schema() {
    let report = seeds_report();
    // Every part of the contract is there to be checked.
    for key in [
        "articles", "claims", "entities", "findings", "stories", "topics",
    ] {
        assert!(
            report[key].as_array().is_some_and(|a| !a.is_empty()),
            "no {key}"
        );
    }
    assert_fits(&report, "the seeds' report");
}

#[test]
fn a_report_with_figure_questions_fits_the_schema() {
    let report = corroborate(&[
        "check",
        "tests/fixtures/tolls",
        "--no-config",
        "--rules",
        "tests/fixtures/tolls/tolls.toml",
        "--format",
        "json",
    ]);
    assert_eq!(report["topics"][0]["measure"], "killed");
    assert_fits(&report, "the tolls fixture with figure questions");
}

#[test]
fn the_claims_report_fits_the_schema() {
    let report = corroborate(&["claims", "seeds/", "--format", "json"]);
    assert!(report.get("findings").is_none());
    assert_fits(&report, "`corroborate claims --format json` of the seeds");
}

#[test]
fn a_selected_report_with_inputs_not_read_fits_the_schema() {
    let dir = tempfile::tempdir().expect("temp dir");
    let broken = dir.path().join("broken.txt");
    std::fs::write(&broken, "+++\nsource = \"AP\"\n").expect("write");
    let out = Command::cargo_bin("corroborate")
        .expect("binary")
        .args([
            "check",
            "seeds/",
            "--no-config",
            "--format",
            "json",
            "--keep-going",
        ])
        .args(["--only", "single", "--min-severity", "warning"])
        .arg(&broken)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let report: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert!(report["selection"].is_object());
    assert_eq!(report["problems"].as_array().map(Vec::len), Some(1));
    assert_fits(
        &report,
        "a report with --only, --min-severity and --keep-going",
    );
}

/// One object of each place in `value` (array indexes as `[]`), with its JSON pointer; an
/// article's `metadata`, open by design, is not looked into.
fn objects(value: &Value, pointer: &str, place: &str, found: &mut BTreeMap<String, String>) {
    match value {
        Value::Object(map) => {
            found
                .entry(place.to_string())
                .or_insert_with(|| pointer.to_string());
            for (key, child) in map {
                if key == "metadata" {
                    continue;
                }
                objects(
                    child,
                    &format!("{pointer}/{key}"),
                    &format!("{place}/{key}"),
                    found,
                );
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                objects(
                    item,
                    &format!("{pointer}/{i}"),
                    &format!("{place}/[]"),
                    found,
                );
            }
        }
        _ => {}
    }
}

/// The schema is closed wherever the contract is: a field slipped into any object of a real
/// report — the report and the schema drifting apart — is caught, and so is a renamed one.
#[test]
fn a_field_the_schema_does_not_know_is_refused_at_every_place() {
    let report = seeds_report();
    let validator = validator();
    let mut places = BTreeMap::new();
    objects(&report, "", "", &mut places);
    for expected in [
        "",
        "/articles/[]",
        "/claims/[]",
        "/claims/[]/speaker",
        "/claims/[]/numbers/[]",
        "/claims/[]/dates/[]",
        "/claims/[]/span",
        "/entities/[]",
        "/findings/[]",
        "/findings/[]/marked/[]",
        "/stories/[]",
        "/topics/[]",
        "/topics/[]/answers/[]",
    ] {
        assert!(places.contains_key(expected), "no object at {expected:?}");
    }
    for (place, pointer) in &places {
        let mut changed = report.clone();
        let object = changed
            .pointer_mut(pointer)
            .and_then(Value::as_object_mut)
            .expect("an object");
        object.insert("added_without_the_schema".into(), json!(1));
        assert!(
            !validator.is_valid(&changed),
            "a field the schema does not know passes at {place:?}"
        );
    }
    // A renamed field: `severity` of a finding written as `level`.
    let mut renamed = report.clone();
    let finding = renamed["findings"][0].as_object_mut().expect("a finding");
    let severity = finding.remove("severity").expect("severity");
    finding.insert("level".into(), severity);
    let found = violations(&validator, &renamed);
    assert!(
        found
            .iter()
            .any(|v| v.contains("\"severity\" is a required property")),
        "{found:?}"
    );
    assert!(found.iter().any(|v| v.contains("'level'")), "{found:?}");
}

/// What the design's "Stories and facts" section adds to the contract — facts, the fact
/// sheet and the facts a finding compares — fits the schema as the section spells it.
#[test]
fn the_stories_and_facts_fields_of_the_design_fit_the_schema() {
    let mut report = seeds_report();
    let article = report["articles"][0]["id"].clone();
    let other = report["articles"][1]["id"].clone();
    let frame = json!({"what": "killed", "holder": null, "place": "Aleppo", "time": "2016-02-21", "source": "Syrian Observatory for Human Rights"});
    report["facts"] = json!([
        {"id": "K1", "article": article, "claim": null, "kind": "count",
         "value": {"text": "at least 57", "low": 57.0, "high": null, "unit": "people"},
         "frame": frame, "span": {"start": 10, "end": 21},
         "sentence_span": {"start": 0, "end": 80}, "background": false},
        {"id": "K2", "article": other, "claim": null, "kind": "day",
         "value": {"day": "2016-02-21"},
         "frame": {"what": "truce starts", "holder": null, "place": null, "time": null, "source": null},
         "span": {"start": 5, "end": 11}, "sentence_span": {"start": 0, "end": 60}, "background": false},
        {"id": "K3", "article": other, "claim": null, "kind": "list",
         "value": {"members": ["al-nusra-front", "islamic-state"]},
         "frame": {"what": "excluded from the truce", "holder": null, "place": null, "time": null, "source": null},
         "span": {"start": 30, "end": 70}, "sentence_span": {"start": 0, "end": 90}, "background": true}
    ]);
    report["fact_sheet"] = json!([
        {"story": "S1", "frame": frame, "status": "conflict",
         "values": [{"value": {"text": "at least 57", "low": 57.0, "high": null, "unit": "people"},
                     "facts": ["K1"], "sources": ["VOA"]}]}
    ]);
    report["findings"][0]["facts"] = json!(["K1"]);
    assert_fits(&report, "a report with facts and a fact sheet");
    // A fact of a kind the design does not name is refused.
    report["facts"][0]["kind"] = json!("casualties");
    assert!(!validator().is_valid(&report));
}

#[test]
#[ignore = "reads the ECB+ copy of ../shared/data/ecbplus (not in the repository)"]
fn the_ecb_plus_report_fits_the_schema() {
    assert!(
        Path::new("../shared/data/ecbplus").is_dir(),
        "../shared/data/ecbplus is missing"
    );
    let report = corroborate(&[
        "check",
        "../shared/data/ecbplus",
        "--no-config",
        "--format",
        "json",
        "--fail-on",
        "never",
    ]);
    assert!(report["findings"].as_array().is_some_and(|f| f.len() > 100));
    assert_fits(&report, "the ECB+ report");
}
