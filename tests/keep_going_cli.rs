//! `--keep-going`: the report of the readable articles is written and lists every input that could not be read, each with its own snippet; the run still exits with 2.

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

const REUTERS: &str = "+++\nsource = \"Reuters\"\ndate = \"2016-02-12\"\n+++\nRussian Foreign Minister Sergei Lavrov said the truce would not apply to Islamic State or the Nusra Front.\n";
const VOA: &str = "+++\nsource = \"VOA\"\ndate = \"2016-02-12\"\n+++\nMUNICH - U.S. Secretary of State John Kerry said Friday major powers have agreed to seek a cessation of hostilities in Syria to begin in one week's time.\n";

/// A desk with two good articles under `wire/` and five inputs that cannot be read: a bad
/// date, a Latin-1 file, unterminated front matter, a binary file named on the command line
/// and a file that does not exist.
fn desk() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let at = |name: &str| dir.path().join(name);
    fs::create_dir(at("wire")).expect("wire");
    fs::write(at("wire/reuters.txt"), REUTERS).expect("write");
    fs::write(at("wire/voa.txt"), VOA).expect("write");
    fs::write(
        at("bad_date.txt"),
        "+++\nsource = \"AP\"\ndate = \"Friday\"\n+++\nKerry said so.\n",
    )
    .expect("write");
    fs::write(at("latin.txt"), b"Kerry said the caf\xe9 was closed.\n").expect("write");
    fs::write(
        at("unterminated.txt"),
        "+++\nsource = \"AP\"\nKerry said so.\n",
    )
    .expect("write");
    fs::write(at("binary.txt"), b"Kerry\0 said.\n").expect("write");
    dir
}

const INPUTS: [&str; 6] = [
    "wire",
    "bad_date.txt",
    "latin.txt",
    "unterminated.txt",
    "binary.txt",
    "missing.txt",
];

fn check(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::cargo_bin("corroborate")
        .expect("binary")
        .current_dir(dir)
        .args(["check", "--no-config"])
        .args(args)
        .output()
        .expect("runs")
}

/// Each unreadable input as the report lists it: the message, then the line and a caret.
const NOT_READ: &str = "\
Inputs not read (5)

  bad_date.txt:3:8: front matter `date` must be a day as YYYY-MM-DD, found \"Friday\"
    | date = \"Friday\"
    |        ^
  latin.txt:1:19: not valid UTF-8 at byte 18 (byte 0xE9); if the file is Latin-1 or Windows-1252, read it with --encoding windows-1252 (or latin1)
    | Kerry said the caf
    |                   ^
  unterminated.txt:1:1: front matter opened with `+++` is never closed (expected a second `+++` line)
    | +++
    | ^
  binary.txt: looks binary (NUL byte at byte 5), not an article
  missing.txt: No such file or directory (os error 2)

";

#[test]
fn keep_going_with_five_unreadable_inputs_writes_the_report_and_exits_2() {
    let dir = desk();
    for fail_on in ["never", "error", "warning"] {
        let mut args = vec!["--keep-going", "--fail-on", fail_on];
        args.extend(INPUTS);
        let out = check(dir.path(), &args);
        assert_eq!(out.status.code(), Some(2), "--fail-on {fail_on}: {out:?}");
        let text = String::from_utf8(out.stdout).expect("UTF-8");
        assert!(text.contains(NOT_READ), "{text}");
        assert!(
            text.ends_with(
                "0 contradictions, 2 single-source claims, 0 agreements across 2 sources\n"
            ),
            "{text}"
        );
        let stderr = String::from_utf8(out.stderr).expect("UTF-8");
        assert_eq!(stderr.matches("error: ").count(), 6, "{stderr}");
        assert!(
            stderr.ends_with(
                "error: 5 inputs were not read; the report covers the others and lists them\n"
            ),
            "{stderr}"
        );
    }
}

#[test]
fn keep_going_json_lists_each_unreadable_input_with_its_own_snippet() {
    let dir = desk();
    let mut args = vec!["--keep-going", "--format", "json"];
    args.extend(INPUTS);
    let out = check(dir.path(), &args);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let report: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(report["articles"].as_array().map(Vec::len), Some(2));
    let problems: Vec<&str> = report["problems"]
        .as_array()
        .expect("problems")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(
        problems,
        [
            "bad_date.txt:3:8: front matter `date` must be a day as YYYY-MM-DD, found \"Friday\"\n  | date = \"Friday\"\n  |        ^",
            "latin.txt:1:19: not valid UTF-8 at byte 18 (byte 0xE9); if the file is Latin-1 or Windows-1252, read it with --encoding windows-1252 (or latin1)\n  | Kerry said the caf\n  |                   ^",
            "unterminated.txt:1:1: front matter opened with `+++` is never closed (expected a second `+++` line)\n  | +++\n  | ^",
            "binary.txt: looks binary (NUL byte at byte 5), not an article",
            "missing.txt: No such file or directory (os error 2)",
        ]
    );
}

#[test]
fn keep_going_markdown_shows_each_snippet_in_its_own_block() {
    let dir = desk();
    let mut args = vec!["--keep-going", "--format", "markdown"];
    args.extend(INPUTS);
    let out = check(dir.path(), &args);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let md = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(
        md.contains(
            "## Inputs not read (5)\n\n```text\nbad_date.txt:3:8: front matter `date` must be a day as YYYY-MM-DD, found \"Friday\"\n  | date = \"Friday\"\n  |        ^\n```\n\n```text\nlatin.txt:1:19:"
        ),
        "{md}"
    );
    assert_eq!(md.matches("```text\n").count(), 5, "{md}");
}

#[test]
fn keep_going_writes_the_output_file_before_exiting_2() {
    let dir = desk();
    let mut args = vec!["--keep-going", "--output", "report.txt"];
    args.extend(INPUTS);
    let out = check(dir.path(), &args);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(out.stdout.is_empty());
    let written = fs::read_to_string(dir.path().join("report.txt")).expect("report written");
    assert!(written.contains(NOT_READ), "{written}");
}

#[test]
fn without_keep_going_the_first_unreadable_input_stops_the_run() {
    let dir = desk();
    let out = check(dir.path(), &INPUTS);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8(out.stderr).expect("UTF-8");
    assert_eq!(
        stderr,
        "error: bad_date.txt:3:8: front matter `date` must be a day as YYYY-MM-DD, found \"Friday\"\n  | date = \"Friday\"\n  |        ^\n"
    );
}

#[test]
fn a_binary_file_met_while_walking_is_a_note_and_the_run_is_clean() {
    let dir = desk();
    fs::copy(
        dir.path().join("binary.txt"),
        dir.path().join("wire/photo.txt"),
    )
    .expect("copy");
    let out = check(dir.path(), &["--keep-going", "wire"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(
        text.contains(
            "Inputs noted (1)\n\n  wire/photo.txt: skipped, looks binary (NUL byte at byte 5)\n\n"
        ),
        "{text}"
    );
    assert!(!text.contains("Inputs not read"), "{text}");
}

#[test]
fn claims_with_keep_going_lists_what_was_not_read_and_exits_2() {
    let dir = desk();
    let out = Command::cargo_bin("corroborate")
        .expect("binary")
        .current_dir(dir.path())
        .args(["claims", "--keep-going", "wire", "unterminated.txt"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(
        text.ends_with(
            "not read: unterminated.txt:1:1: front matter opened with `+++` is never closed (expected a second `+++` line)\n  | +++\n  | ^\n"
        ),
        "{text}"
    );
}
