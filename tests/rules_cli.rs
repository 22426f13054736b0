//! `corroborate rules …` as a user runs it: validation errors with file:line:column, merge order, config discovery, and the shipped example rule files.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The command, run from the repository root so paths in messages are relative.
fn corroborate() -> Command {
    let mut cmd = Command::cargo_bin("corroborate").unwrap();
    cmd.current_dir(manifest_dir());
    cmd
}

fn fixture(name: &str) -> String {
    format!("tests/fixtures/rules/{name}")
}

/// Runs `rules validate` on one fixture and asserts exit 2 with `FILE:LINE:COLUMN: message`
/// and the offending line.
fn assert_invalid(name: &str, line: usize, column: usize, message: &str, line_text: &str) {
    let path = fixture(name);
    corroborate()
        .args(["rules", "validate", &path])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::starts_with(format!(
            "error: {path}:{line}:{column}: {message}"
        )))
        .stderr(predicate::str::contains(format!("  | {line_text}\n")));
}

#[test]
fn toml_syntax_error_names_line_and_column() {
    assert_invalid(
        "syntax.toml",
        3,
        8,
        "string values must be quoted",
        "cues = ",
    );
}

#[test]
fn unknown_key_lists_the_keys_that_would_be_right() {
    assert_invalid(
        "unknown-key.toml",
        3,
        1,
        "unknown key `cuez`, expected one of `cues`, `that-cues`, `hedges`",
        "cuez = [\"said\"]",
    );
}

#[test]
fn wrong_type_says_what_was_expected() {
    assert_invalid(
        "wrong-type.toml",
        3,
        8,
        "wrong type: found string \"said\", expected an array",
        "cues = \"said\"",
    );
}

#[test]
fn alias_claimed_by_two_entities_points_at_the_second() {
    assert_invalid(
        "alias-twice.toml",
        12,
        12,
        "alias `Nusra` of entity `nusra-village` is already claimed by entity `al-nusra-front` at tests/fixtures/rules/alias-twice.toml:6:12",
        "aliases = [\"Nusra\"]",
    );
}

#[test]
fn alias_of_a_builtin_entity_cannot_name_another() {
    assert_invalid(
        "alias-builtin.toml",
        5,
        12,
        "alias `Daesh` of entity `daesh-cell` is already claimed by entity `islamic-state` at rules/default.toml (built in):",
        "aliases = [\"Daesh\"]",
    );
}

#[test]
fn alias_claimed_in_two_files_points_at_the_later_file() {
    corroborate()
        .args(["rules", "show", "--no-config", "--rules"])
        .arg(fixture("alias-first.toml"))
        .arg("--rules")
        .arg(fixture("alias-second.toml"))
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::starts_with(
            "error: tests/fixtures/rules/alias-second.toml:6:12: alias `Nusra` of entity `nusra` \
             is already claimed by entity `al-nusra-front` at tests/fixtures/rules/alias-first.toml:5:12",
        ));
}

#[test]
fn duplicate_entity_id_points_at_the_second() {
    assert_invalid(
        "duplicate-id.toml",
        7,
        6,
        "duplicate entity id `kerry`, first defined at tests/fixtures/rules/duplicate-id.toml:3:6",
        "id = \"kerry\"",
    );
}

#[test]
fn extends_cycle_points_at_the_entry_that_closes_it() {
    corroborate()
        .args(["rules", "validate"])
        .arg(fixture("cycle-a.toml"))
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(
            "error: tests/fixtures/rules/cycle-b.toml:2:12: `extends` cycle: \
             tests/fixtures/rules/cycle-a.toml → tests/fixtures/rules/cycle-b.toml → \
             tests/fixtures/rules/cycle-a.toml\n  | extends = [\"cycle-a.toml\"]\n",
        ));
}

#[test]
fn extends_of_a_missing_file_points_at_the_entry() {
    assert_invalid(
        "missing-extends.toml",
        2,
        25,
        "cannot read `tests/fixtures/rules/no-such-file.toml`",
        "extends = [\"base.toml\", \"no-such-file.toml\"]",
    );
}

#[test]
fn topic_without_triggers_is_an_error() {
    assert_invalid(
        "topic-no-triggers.toml",
        5,
        12,
        "topic `truce-exclusions` has no triggers",
        "triggers = []",
    );
}

#[test]
fn invalid_severity_lists_the_levels() {
    assert_invalid(
        "bad-severity.toml",
        3,
        12,
        "invalid severity `fatal`, expected one of `off`, `info`, `warning`, `error`",
        "misquote = \"fatal\"",
    );
}

#[test]
fn unknown_rule_id_lists_the_rule_ids() {
    assert_invalid(
        "unknown-rule.toml",
        3,
        1,
        "unknown rule id `misqoute`, expected one of `agreement`, `antonym`, `date-mismatch`",
        "misqoute = \"off\"",
    );
}

#[test]
fn antonym_entry_needs_exactly_two_words() {
    assert_invalid(
        "antonym-three.toml",
        3,
        9,
        "an antonym pair needs exactly two words, found 3",
        "words = [\"rose\", \"fell\", \"slumped\"]",
    );
}

#[test]
fn validate_reports_every_file_and_fails_if_one_is_bad() {
    corroborate()
        .args(["rules", "validate"])
        .arg(fixture("base.toml"))
        .arg(fixture("unknown-key.toml"))
        .arg(fixture("desk.toml"))
        .assert()
        .code(2)
        .stdout(
            "tests/fixtures/rules/base.toml: ok\n\
             tests/fixtures/rules/desk.toml: ok\n",
        )
        .stderr(predicate::str::contains(
            "unknown-key.toml:3:1: unknown key `cuez`",
        ));
}

#[test]
fn missing_rules_file_is_an_error() {
    corroborate()
        .args(["rules", "show", "--no-config", "--rules"])
        .arg(fixture("no-such-file.toml"))
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(
            "error: tests/fixtures/rules/no-such-file.toml: ",
        ));
}

/// The `[severity]` table of `rules show`.
fn shown_severity(stdout: &[u8]) -> String {
    let text = String::from_utf8_lossy(stdout);
    let start = text.find("[severity]\n").unwrap_or(text.len());
    let rest = &text[start..];
    let end = rest.find("\n\n").unwrap_or(rest.len());
    rest[..end].to_string()
}

#[test]
fn extended_files_merge_before_the_file_itself_and_are_listed_on_verbose() {
    let output = corroborate()
        .args(["--verbose", "rules", "show", "--no-config", "--rules"])
        .arg(fixture("desk.toml"))
        .output()
        .unwrap();
    assert!(output.status.success());
    let severity = shown_severity(&output.stdout);
    // base.toml says error, desk.toml (merged after it) says info.
    assert!(severity.contains("misquote = \"info\""), "{severity}");
    assert!(severity.contains("negation = \"off\""), "{severity}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        stderr.lines().take(3).collect::<Vec<_>>(),
        [
            "corroborate: rules: built-in rules/default.toml",
            "corroborate: rules: tests/fixtures/rules/base.toml",
            "corroborate: rules: tests/fixtures/rules/desk.toml",
        ]
    );
}

#[test]
fn a_file_named_twice_is_merged_once_in_depth_first_order() {
    let output = corroborate()
        .args(["--verbose", "rules", "show", "--no-config", "--rules"])
        .arg(fixture("desk-on.toml"))
        .arg("--rules")
        .arg(fixture("base.toml"))
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let severity = shown_severity(&output.stdout);
    assert!(severity.contains("negation = \"warning\""), "{severity}");
    assert!(severity.contains("misquote = \"info\""), "{severity}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    let used: Vec<&str> = stderr.lines().filter(|l| l.contains("fixtures")).collect();
    assert_eq!(
        used,
        [
            "corroborate: rules: tests/fixtures/rules/base.toml",
            "corroborate: rules: tests/fixtures/rules/desk.toml",
            "corroborate: rules: tests/fixtures/rules/desk-on.toml",
        ]
    );
}

#[test]
fn later_rules_files_override_earlier_ones() {
    let output = corroborate()
        .args(["rules", "show", "--no-config", "--rules"])
        .arg(fixture("desk.toml"))
        .arg("--rules")
        .arg(fixture("base.toml"))
        .output()
        .unwrap();
    // base.toml was read as part of desk.toml already, so desk.toml's info stands.
    assert!(shown_severity(&output.stdout).contains("misquote = \"info\""));
    let output = corroborate()
        .args(["rules", "show", "--no-config", "--rules"])
        .arg(fixture("base.toml"))
        .output()
        .unwrap();
    assert!(shown_severity(&output.stdout).contains("misquote = \"error\""));
}

/// A story directory inside a desk directory that holds a corroborate.toml.
fn desk_with_config(config: &str) -> (tempfile::TempDir, PathBuf) {
    let desk = tempfile::tempdir().unwrap();
    std::fs::write(desk.path().join("corroborate.toml"), config).unwrap();
    let story = desk.path().join("stories").join("truce");
    std::fs::create_dir_all(&story).unwrap();
    (desk, story)
}

const DESK_CONFIG: &str = "[[entity]]\nid = \"al-nusra-front\"\nname = \"al-Nusra Front\"\nkind = \"organization\"\n\n[severity]\nmisquote = \"error\"\n";

#[test]
fn config_in_a_parent_directory_is_found_and_named_on_verbose() {
    let (desk, story) = desk_with_config(DESK_CONFIG);
    let mut cmd = Command::cargo_bin("corroborate").unwrap();
    let output = cmd
        .current_dir(&story)
        .args(["--verbose", "rules", "show"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("id = \"al-nusra-front\""));
    assert!(shown_severity(&output.stdout).contains("misquote = \"error\""));
    let stderr = String::from_utf8_lossy(&output.stderr);
    let config = desk.path().canonicalize().unwrap().join("corroborate.toml");
    let named = stderr.lines().any(|l| {
        l.starts_with("corroborate: rules: ")
            && l.ends_with("corroborate.toml (config found from the working directory)")
            && Path::new(
                l.trim_start_matches("corroborate: rules: ")
                    .trim_end_matches(" (config found from the working directory)"),
            )
            .canonicalize()
            .is_ok_and(|p| p == config)
    });
    assert!(named, "{stderr}");
}

#[test]
fn config_comes_before_rules_files() {
    let (_desk, story) = desk_with_config(DESK_CONFIG);
    let base = manifest_dir().join(fixture("desk.toml"));
    let output = Command::cargo_bin("corroborate")
        .unwrap()
        .current_dir(&story)
        .args(["rules", "show", "--rules"])
        .arg(&base)
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    // The config says error, desk.toml (after it) says info.
    assert!(shown_severity(&output.stdout).contains("misquote = \"info\""));
}

#[test]
fn no_config_ignores_the_config_file() {
    let (_desk, story) = desk_with_config(DESK_CONFIG);
    Command::cargo_bin("corroborate")
        .unwrap()
        .current_dir(&story)
        .args(["rules", "show", "--no-config"])
        .assert()
        .success()
        .stdout(predicate::str::contains("al-nusra-front").not());
}

#[test]
fn a_broken_config_fails_every_command_that_reads_rules() {
    let (_desk, story) = desk_with_config("[attribution]\ncuez = []\n");
    Command::cargo_bin("corroborate")
        .unwrap()
        .current_dir(&story)
        .args(["rules", "show"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "corroborate.toml:2:1: unknown key `cuez`",
        ));
}

#[test]
fn shown_rules_parse_again() {
    let output = corroborate()
        .args(["rules", "show", "--no-config", "--rules"])
        .arg("rules/examples/elections.toml")
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let shown = String::from_utf8_lossy(&output.stdout);
    assert!(shown.contains("single-source = \"off\""));
    let parsed: Result<corroborate::rules::RuleFile, _> = toml::from_str(&shown);
    assert!(parsed.is_ok(), "{parsed:?}");
}

#[test]
fn failing_examples_say_what_differed_and_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.toml");
    std::fs::write(
        &path,
        r#"
[[attribution.example]]
text = "\"We will hold the line,\" Kerry said."
speaker = "Lavrov"

[[topic]]
id = "truce-exclusions"
question = "Who is excluded from the truce?"
triggers = ["excluded from"]

[[topic.example]]
text = "Islamic State is excluded from the truce."
answers = ["Daesh"]

[[topic.example]]
text = "Islamic State is excluded from the truce."
answers = []
"#,
    )
    .unwrap();
    let shown = path.display().to_string();
    Command::cargo_bin("corroborate")
        .unwrap()
        .args(["rules", "test"])
        .arg(&path)
        .assert()
        .code(1)
        .stdout(predicate::str::contains(format!(
            "{shown}:2: attribution example 1: FAILED: expected a claim with speaker `Lavrov`, found [speaker `Kerry`"
        )))
        .stdout(predicate::str::contains(format!(
            "{shown}:11: topic `truce-exclusions` example 1: ok\n"
        )))
        .stdout(predicate::str::contains(format!(
            "{shown}:15: topic `truce-exclusions` example 2: FAILED: expected nothing, found `islamic-state`\n"
        )))
        .stdout(predicate::str::ends_with("3 examples, 1 passed, 2 failed\n"));
}

#[test]
fn rules_test_of_an_invalid_file_exits_2() {
    corroborate()
        .args(["rules", "test"])
        .arg(fixture("unknown-key.toml"))
        .assert()
        .code(2);
}

/// Every `rules/examples/*.toml`, whoever wrote it.
fn example_files() -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(manifest_dir().join("rules/examples"))
        .unwrap()
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "toml"))
        .filter_map(|path| {
            path.file_name()
                .map(|n| format!("rules/examples/{}", n.to_string_lossy()))
        })
        .collect();
    files.sort();
    files
}

#[test]
fn every_example_rule_file_validates() {
    let files = example_files();
    assert!(files.iter().any(|f| f.ends_with("elections.toml")));
    for file in files {
        corroborate()
            .args(["rules", "validate", &file])
            .assert()
            .success()
            .stdout(format!("{file}: ok\n"));
    }
}

#[test]
fn every_example_rule_file_passes_its_own_examples() {
    for file in example_files() {
        corroborate()
            .args(["rules", "test", &file])
            .assert()
            .success()
            .stdout(predicate::str::contains("FAILED").not());
    }
}

/// The ```toml blocks of rules/README.md, except the `extends` one (its files do not exist),
/// in order.
fn readme_toml_blocks() -> Vec<String> {
    let readme = std::fs::read_to_string(manifest_dir().join("rules/README.md")).unwrap();
    let mut blocks = Vec::new();
    let mut rest = readme.as_str();
    while let Some(start) = rest.find("```toml\n") {
        let body = &rest[start + "```toml\n".len()..];
        let end = body.find("```").unwrap_or(body.len());
        blocks.push(body[..end].to_string());
        rest = &body[end..];
    }
    blocks
        .into_iter()
        .filter(|b| !b.starts_with("extends"))
        .collect()
}

#[test]
fn readme_examples_make_a_valid_rule_file_whose_examples_pass() {
    let blocks = readme_toml_blocks();
    assert!(blocks.len() > 10, "{blocks:?}");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("readme.toml");
    std::fs::write(&path, blocks.join("\n")).unwrap();
    Command::cargo_bin("corroborate")
        .unwrap()
        .args(["rules", "validate"])
        .arg(&path)
        .assert()
        .success();
    Command::cargo_bin("corroborate")
        .unwrap()
        .args(["rules", "test"])
        .arg(&path)
        .assert()
        .success()
        .stdout(predicate::str::ends_with(
            "3 examples, 3 passed, 0 failed\n",
        ));
}

/// The keys a table accepts, as the unknown-key error lists them.
fn accepted_keys(table_header: &str) -> Vec<String> {
    let probe = format!("{table_header}\nno-such-key = 1\n");
    let err = corroborate::rules::RuleFile::parse(Path::new("probe.toml"), &probe)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    let Some((_, list)) = err.split_once(", expected ") else {
        panic!("{table_header}: {err}");
    };
    let list = list.lines().next().unwrap_or("");
    // "`a`", "`a` or `b`", "one of `a`, `b`, `c`": every other piece between backticks.
    list.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

#[test]
fn readme_documents_every_key_of_every_table() {
    let readme = std::fs::read_to_string(manifest_dir().join("rules/README.md")).unwrap();
    let tables = [
        "",
        "[attribution]",
        "[[attribution.example]]",
        "[negation]",
        "[[role]]",
        "[[entity]]",
        "[numbers]",
        "[[numbers.qualifier]]",
        "[[numbers.vague]]",
        "[[numbers.conversion]]",
        "[facts]",
        "[[facts.relation]]",
        "[[place]]",
        "[[topic]]",
        "[[topic]]\nid = \"t\"\nquestion = \"q\"\ntriggers = [\"x\"]\n[[topic.example]]",
        "[[ignore]]",
        "[check]",
    ];
    for table in tables {
        let keys = accepted_keys(table);
        assert!(!keys.is_empty(), "{table}");
        for key in keys {
            let in_heading = |l: &&str| {
                l.starts_with("### ")
                    && (l.contains(&format!("`{key}`"))
                        || l.contains(&format!("[{key}]"))
                        || l.contains(&format!(".{key}]")))
            };
            let documented =
                readme.contains(&format!("| `{key}` |")) || readme.lines().any(|l| in_heading(&l));
            assert!(
                documented,
                "rules/README.md does not document key `{key}` of `{table}`"
            );
        }
    }
}

#[test]
fn topic_example_answer_must_name_an_entity() {
    assert_invalid(
        "topic-unknown-answer.toml",
        9,
        29,
        "answer `Nusra` names no entity",
        "answers = [\"Islamic State\", \"Nusra\"]",
    );
}

#[test]
fn one_rule_named_twice_in_severity_is_an_error() {
    assert_invalid(
        "severity-twice.toml",
        4,
        1,
        "`number-mismatch` and `number` name the same rule, `number-mismatch`; keep one",
        "number-mismatch = \"error\"",
    );
}
