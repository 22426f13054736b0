//! `corroborate rules …` as a user runs it: merge order, config discovery, example runs and the shipped example rule files. The rule files' errors, exact to the byte, are the cases in `tests/cmd/rules/`.

use std::path::{Path, PathBuf};

use predicates::prelude::*;

mod harness;

use harness::corroborate;

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn fixture(name: &str) -> String {
    format!("tests/fixtures/rules/{name}")
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
    let mut cmd = corroborate();
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
    let output = corroborate()
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
    corroborate()
        .current_dir(&story)
        .args(["rules", "show", "--no-config"])
        .assert()
        .success()
        .stdout(predicate::str::contains("al-nusra-front").not());
}

#[test]
fn a_broken_config_fails_every_command_that_reads_rules() {
    let (desk, story) = desk_with_config("[attribution]\ncuez = []\n");
    std::fs::write(story.join("a.txt"), "Kerry said the talks would go on.\n").unwrap();
    let config = desk.path().canonicalize().unwrap().join("corroborate.toml");
    let expected = format!(
        "error: {}:2:1: unknown key `cuez`, expected one of `cues`, `that-cues`, `hedges`, \
         `boilerplate`, `documents`, `messages`, `bodies`, `described`, `company-endings`, `kind`, `example`\n  | cuez = []\n  | ^\n",
        config.display()
    );
    for command in [
        &["rules", "show"][..],
        &["check", "a.txt"],
        &["claims", "a.txt"],
    ] {
        corroborate()
            .current_dir(&story)
            .args(command)
            .assert()
            .code(2)
            .stdout("")
            .stderr(expected.clone());
    }
}

#[test]
fn whom_a_body_speaks_for_is_kept_and_shown() {
    let (_desk, story) = desk_with_config(
        "[[entity]]\nid = \"palace-office\"\nname = \"Palace Office\"\nkind = \"organization\"\nspeaks-for = [\"Queen Ilse\"]\n",
    );
    let output = corroborate()
        .current_dir(&story)
        .args(["rules", "show"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let shown = String::from_utf8_lossy(&output.stdout);
    assert!(shown.contains("speaks-for = [\"Queen Ilse\"]"), "{shown}");
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
    corroborate()
        .args(["rules", "validate"])
        .arg(&path)
        .assert()
        .success();
    corroborate()
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
        "[[attribution.kind]]",
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
