//! Perturbed copies of the seeds and fixtures of several outlets: every planted contradiction is caught, harmless variation is not.

use std::path::PathBuf;

use corroborate::check::{ContradictionKind, Finding, FindingKind};
use corroborate::rules::Severity;
use corroborate::{Analysis, RuleSet, article, check, extract_claims};

const SEED_001: &str = "seeds/001_da17e3d06fe41cfd.txt";
const SEED_002: &str = "seeds/002_3bd0b803a7bfcb7f.txt";
const FIXTURES: &str = "tests/fixtures/check";

fn run(paths: &[String]) -> Analysis {
    let rules = RuleSet::builtin().unwrap();
    let paths: Vec<PathBuf> = paths.iter().map(PathBuf::from).collect();
    let files = article::discover(&paths).unwrap();
    check(
        extract_claims(article::load(&files).unwrap(), &rules),
        &rules,
    )
}

fn fixture(name: &str) -> String {
    format!("{FIXTURES}/{name}")
}

fn contradictions(a: &Analysis) -> Vec<&Finding> {
    a.findings
        .iter()
        .filter(|f| f.kind == FindingKind::Contradiction)
        .collect()
}

/// The single contradiction of a run, with the words marked on each side.
fn only_contradiction(a: &Analysis) -> &Finding {
    let found = contradictions(a);
    assert_eq!(found.len(), 1, "{found:#?}");
    found[0]
}

fn marked_words(f: &Finding) -> Vec<&str> {
    f.marked.iter().map(|m| m.text.as_str()).collect()
}

#[test]
fn changed_day_is_caught() {
    let a = run(&[SEED_001.into(), fixture("perturbed/day.txt")]);
    let f = only_contradiction(&a);
    assert_eq!(f.subkind, Some(ContradictionKind::Date));
    assert_eq!(f.severity, Severity::Error);
    assert_eq!(marked_words(f), ["Sunday", "Saturday"]);
    assert_eq!(f.sources, ["Day Desk", "The Washington Post"]);
}

#[test]
fn changed_number_is_caught() {
    let a = run(&[SEED_002.into(), fixture("perturbed/number.txt")]);
    let f = only_contradiction(&a);
    assert_eq!(f.subkind, Some(ContradictionKind::Number));
    assert_eq!(f.rule, "number-mismatch");
    assert_eq!(f.severity, Severity::Error);
    assert_eq!(marked_words(f), ["nearly 100,000", "about 40,000"]);
}

#[test]
fn negated_statement_is_caught() {
    let a = run(&[SEED_001.into(), fixture("perturbed/negated.txt")]);
    let f = only_contradiction(&a);
    assert_eq!(f.subkind, Some(ContradictionKind::Negation));
    assert_eq!(f.severity, Severity::Warning);
    assert_eq!(f.sources, ["Negation Desk", "The Washington Post"]);
    // The negated side marks its "not", the plain side the whole statement.
    assert_eq!(
        marked_words(f),
        ["a temporary cease-fire could be implemented", "not"]
    );
}

#[test]
fn changed_word_in_a_quote_is_caught() {
    let a = run(&[SEED_001.into(), fixture("perturbed/misquote.txt")]);
    let f = only_contradiction(&a);
    assert_eq!(f.subkind, Some(ContradictionKind::Misquote));
    assert_eq!(marked_words(f), ["stark", "hard"]);
}

#[test]
fn quote_moved_to_another_speaker_is_caught() {
    let a = run(&[SEED_001.into(), fixture("perturbed/misattributed.txt")]);
    let found = contradictions(&a);
    assert!(!found.is_empty());
    for f in &found {
        assert_eq!(f.subkind, Some(ContradictionKind::Misattribution), "{f:?}");
        assert_eq!(marked_words(f), ["Kerry", "Lavrov"]);
    }
    assert!(found.iter().any(|f| f.message.contains("giving life")));
}

#[test]
fn spelling_and_punctuation_are_not_contradictions() {
    let a = run(&[SEED_001.into(), fixture("harmless/respelled.txt")]);
    assert!(contradictions(&a).is_empty(), "{:#?}", contradictions(&a));
    // The copy agrees with the original on the quotes, whatever the spelling.
    assert!(
        a.findings
            .iter()
            .any(|f| f.kind == FindingKind::Agreement && f.message.contains("closer to a"))
    );
}

#[test]
fn more_than_a_dozen_and_fifteen_agree() {
    let a = run(&[fixture("officials")]);
    assert!(contradictions(&a).is_empty(), "{:#?}", contradictions(&a));
    assert!(a.findings.iter().any(|f| f.kind == FindingKind::Agreement));
}

#[test]
fn casualty_figures_of_one_attack_are_compared() {
    let a = run(&[fixture("casualties")]);
    let found = contradictions(&a);
    // 46 dead cannot be "at least 57" or "at least 59": one finding lists every value.
    let f = only_contradiction(&a);
    assert_eq!(f.severity, Severity::Error);
    assert_eq!(f.rule, "number-mismatch");
    assert!(f.message.contains("cannot both be right"), "{}", f.message);
    assert_eq!(
        marked_words(f),
        ["At least 57", "46", "At least 59"],
        "{f:#?}"
    );
    assert_eq!(f.sources, ["Wire A", "Wire B", "Wire C"]);
    // At least 57 and at least 59 may both be right: the fact sheet shows them, and 12
    // injured and 12 arrested are different things.
    assert_eq!(found.len(), 1, "{found:#?}");
    let killed = a
        .fact_sheet
        .iter()
        .find(|r| r.frame.what == "killed")
        .expect("a row for the dead");
    assert_eq!(killed.status, corroborate::check::Status::Conflict);
    let values: Vec<&str> = killed.values.iter().map(|v| v.text.as_str()).collect();
    assert_eq!(values, ["At least 57", "46", "At least 59"]);
}

/// (rule, sources, marked words) of every finding.
fn summary(a: &Analysis) -> Vec<(&str, Vec<&str>, Vec<&str>)> {
    a.findings
        .iter()
        .map(|f| {
            let sources = f.sources.iter().map(String::as_str).collect();
            (f.rule.as_str(), sources, marked_words(f))
        })
        .collect()
}

#[test]
fn converted_currencies_agree_and_a_different_sum_does_not() {
    // €110bn is $141bn at the rules' rate (1.3, within 15%); the crater is 200 feet or 60
    // metres wide, and the two outlets agree on it through the same police statement.
    let a = run(&[fixture("units")]);
    let bailout = "the bailout for Greece was worth ";
    let crater = "The firebomb blew a crater ";
    let euro = format!("{bailout}€110bn over three years");
    let dollar = format!("{bailout}$141bn over three years");
    let feet = format!("{crater}200 feet wide outside the bank");
    let metres = format!("{crater}60 metres wide outside the bank");
    assert_eq!(
        summary(&a),
        [
            (
                "agreement",
                vec!["Dollar Desk", "Euro Desk"],
                vec![euro.as_str(), dollar.as_str()]
            ),
            (
                "agreement",
                vec!["Dollar Desk", "Euro Desk"],
                vec![feet.as_str(), metres.as_str()]
            ),
        ]
    );
    // $200bn is not €110bn: the same conversion makes the number contradiction.
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(fixture("units/bailout-a.txt"), dir.path().join("a.txt")).unwrap();
    std::fs::write(
        dir.path().join("c.txt"),
        "+++\nsource = \"Wide Desk\"\ndate = \"2010-05-02\"\n+++\n\
         Finance ministers said the bailout for Greece was worth $200bn over three years.\n",
    )
    .unwrap();
    let a = run(&[dir.path().to_string_lossy().into_owned()]);
    let f = only_contradiction(&a);
    assert_eq!(
        (f.subkind, f.severity, marked_words(f)),
        (
            Some(ContradictionKind::Number),
            Severity::Error,
            vec!["€110bn", "$200bn"]
        )
    );
}

#[test]
fn ignore_rules_silence_a_finding_by_fingerprint() {
    let paths = [SEED_002.to_string(), fixture("perturbed/number.txt")];
    let first = run(&paths);
    // Pinned: desks write this value in their rule files (see check_seeds.rs).
    let fingerprint = only_contradiction(&first).fingerprint.clone();
    assert_eq!(fingerprint, "4358e0f47920243a");
    let mut rules = RuleSet::builtin().unwrap();
    let file =
        format!("[[ignore]]\nfingerprint = \"{fingerprint}\"\nreason = \"checked with IRC\"\n");
    rules.add(
        corroborate::rules::RuleFile::parse(std::path::Path::new("desk.toml"), &file).unwrap(),
    );
    let paths: Vec<PathBuf> = paths.iter().map(PathBuf::from).collect();
    let files = article::discover(&paths).unwrap();
    let again = check(
        extract_claims(article::load(&files).unwrap(), &rules),
        &rules,
    );
    assert!(contradictions(&again).is_empty());
}

#[test]
fn opposite_word_is_caught() {
    let a = run(&[SEED_001.into(), fixture("perturbed/antonym.txt")]);
    let f = only_contradiction(&a);
    assert_eq!(f.subkind, Some(ContradictionKind::Antonym));
    assert_eq!(marked_words(f), ["closer", "further"]);
}

#[test]
fn ignore_rules_silence_findings_by_claim_text() {
    let mut rules = RuleSet::builtin().unwrap();
    let file = "[[ignore]]\nclaim = \"Syrians have fled\"\nreason = \"figure checked\"\n";
    rules
        .add(corroborate::rules::RuleFile::parse(std::path::Path::new("desk.toml"), file).unwrap());
    let paths = [
        PathBuf::from(SEED_002),
        PathBuf::from(fixture("perturbed/number.txt")),
    ];
    let files = article::discover(&paths).unwrap();
    let a = check(
        extract_claims(article::load(&files).unwrap(), &rules),
        &rules,
    );
    assert!(contradictions(&a).is_empty());
}
