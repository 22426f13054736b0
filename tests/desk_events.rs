//! Six events of our own copy, each told by two or three outlets with the discrepancies
//! outlets really make (tests/fixtures/desk_events/README.md): each planted one is found
//! with its severity, and nothing else is called a contradiction.

use std::path::PathBuf;

use corroborate::check::FindingKind;
use corroborate::rules::Severity;
use corroborate::{RuleSet, article, check, extract_claims};

const EVENTS: &str = "tests/fixtures/desk_events";

/// The contradictions (errors and warnings) of the six sets checked as one batch, as
/// (severity, message up to its first colon).
fn contradictions() -> Vec<(Severity, String)> {
    let rules = RuleSet::builtin().unwrap();
    let paths: Vec<PathBuf> = [
        "contract", "death", "quake", "takeover", "climber", "shooting",
    ]
    .iter()
    .map(|set| PathBuf::from(format!("{EVENTS}/{set}")))
    .collect();
    let files = article::discover(&paths).unwrap();
    let analysis = check(
        extract_claims(article::load(&files).unwrap(), &rules),
        &rules,
    );
    let mut out: Vec<(Severity, String)> = analysis
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::Contradiction && f.severity != Severity::Info)
        .map(|f| {
            let frame = f.message.split(':').next().unwrap_or_default();
            (f.severity, frame.to_string())
        })
        .collect();
    out.sort_by(|a, b| (a.0 as u8, &a.1).cmp(&(b.0 as u8, &b.1)));
    out
}

#[test]
fn every_planted_discrepancy_is_found_and_nothing_else() {
    let found = contradictions();
    let expected: Vec<(Severity, String)> = [
        (Severity::Error, "age (climber)"),
        (Severity::Error, "age (man)"),
        (Severity::Error, "injured in Padang"),
        (Severity::Error, "killed (climber)"),
        (Severity::Error, "premium"),
        (Severity::Warning, "age (marsh)"),
        (Severity::Warning, "age (ramirez)"),
        (Severity::Warning, "injured"),
        (Severity::Warning, "killed"),
        (Severity::Warning, "killed (marsh)"),
        (Severity::Warning, "magnitude"),
        (Severity::Warning, "married time"),
        (Severity::Warning, "share"),
        (Severity::Warning, "value (deal)"),
    ]
    .into_iter()
    .map(|(s, m)| (s, m.to_string()))
    .collect();
    let mut expected = expected;
    expected.sort_by(|a, b| (a.0 as u8, &a.1).cmp(&(b.0 as u8, &b.1)));
    assert_eq!(found, expected);
}
