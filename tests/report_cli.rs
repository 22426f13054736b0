//! `corroborate check` as a user runs it: every format on the seeds, exit codes, `--output`, and output that does not depend on the thread count.

use std::path::Path;

#[cfg(unix)]
use std::os::unix::fs::FileTypeExt;

use predicates::prelude::*;
use serde_json::Value;

mod harness;

use harness::corroborate;

const FORMATS: [&str; 5] = ["text", "json", "markdown", "html", "sarif"];

fn check(args: &[&str]) -> std::process::Output {
    corroborate()
        .arg("check")
        .args(args)
        .args(["--no-config", "--fail-on", "never"])
        .output()
        .expect("runs")
}

fn stdout(args: &[&str]) -> String {
    let out = check(args);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

#[test]
fn seeds_text_report() {
    let text = stdout(&["seeds/"]);
    let summary = text.lines().last().unwrap_or("");
    assert!(
        summary.ends_with("across 3 sources"),
        "last line: {summary:?}"
    );
    insta::assert_snapshot!("seeds_text", text);
}

#[test]
fn seeds_text_has_no_colour_when_piped_and_colour_when_forced() {
    assert!(!stdout(&["seeds/"]).contains('\x1b'));
    assert!(!stdout(&["seeds/", "--color", "never"]).contains('\x1b'));
    assert!(stdout(&["seeds/", "--color", "always"]).contains("\x1b["));
}

#[test]
fn seeds_json_keeps_the_report_contract() {
    let report: Value =
        serde_json::from_str(&stdout(&["seeds/", "--format", "json"])).expect("JSON");
    assert_eq!(report["schema"], "corroborate/report@1");
    for key in ["articles", "entities", "claims", "findings", "topics"] {
        assert!(report[key].is_array(), "{key} missing");
    }
    assert_eq!(report["articles"].as_array().map(Vec::len), Some(3));
}

#[test]
fn seeds_markdown_has_a_summary_table() {
    let md = stdout(&["seeds/", "--format", "markdown"]);
    assert!(md.starts_with("# corroborate report\n"));
    assert!(md.contains("| Contradictions | "));
    assert!(md.contains("| Sources | 3 |"));
}

#[test]
fn seeds_sarif_is_sarif_2_1_0_with_relative_paths() {
    let log: Value = serde_json::from_str(&stdout(&["seeds/", "--format", "sarif"])).expect("JSON");
    assert_eq!(log["version"], "2.1.0");
    assert!(log["$schema"].is_string());
    let run = &log["runs"][0];
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    assert_eq!(run["tool"]["driver"]["name"], "corroborate");
    let rules = run["tool"]["driver"]["rules"].as_array().expect("rules");
    let ids: Vec<&str> = rules.iter().filter_map(|r| r["id"].as_str()).collect();
    for id in [
        "contradiction/number",
        "contradiction/misquote",
        "single-source",
        "agreement",
    ] {
        assert!(ids.contains(&id), "{id} not among {ids:?}");
    }
    for result in run["results"].as_array().expect("results") {
        let index = result["ruleIndex"].as_u64().expect("ruleIndex") as usize;
        assert_eq!(rules[index]["id"], result["ruleId"]);
        let uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            .as_str()
            .expect("uri");
        assert!(uri.starts_with("seeds/"), "{uri}");
        assert!(result["partialFingerprints"].is_object());
    }
}

#[test]
fn sarif_paths_given_absolute_are_made_relative_to_the_working_directory() {
    let dir = std::env::current_dir()
        .expect("cwd")
        .join("tests/fixtures/report/number");
    let log: Value = serde_json::from_str(&stdout(&[
        dir.to_str().expect("UTF-8 path"),
        "--format",
        "sarif",
    ]))
    .expect("JSON");
    for result in log["runs"][0]["results"].as_array().expect("results") {
        let uri = &result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"];
        assert!(
            uri.as_str()
                .is_some_and(|u| u.starts_with("tests/fixtures/report/number/")),
            "{uri}"
        );
    }
}

#[test]
fn every_format_is_identical_whatever_the_thread_count() {
    for format in FORMATS {
        let run = |threads: &str| {
            corroborate()
                .env("RAYON_NUM_THREADS", threads)
                .args(["check", "seeds/", "tests/fixtures/report", "--no-config"])
                .args(["--fail-on", "never", "--format", format])
                .output()
                .expect("runs")
                .stdout
        };
        let one = run("1");
        assert!(!one.is_empty(), "{format}: empty");
        assert!(one == run("2"), "{format} differs between 1 and 2 threads");
    }
}

#[test]
fn the_exit_code_follows_fail_on_and_the_worst_finding() {
    // (inputs, --fail-on, exit code). The number fixture holds one error (57 killed vs 12),
    // the misquote pair one warning ("stark" / "hard"), the units pair only an agreement.
    let number = &["tests/fixtures/report/number"][..];
    let misquote = &[
        "seeds/001_da17e3d06fe41cfd.txt",
        "tests/fixtures/check/perturbed/misquote.txt",
    ][..];
    let units = &["tests/fixtures/check/units"][..];
    for (inputs, fail_on, code) in [
        (number, None, 1),
        (number, Some("error"), 1),
        (number, Some("warning"), 1),
        (number, Some("never"), 0),
        (misquote, Some("error"), 0),
        (misquote, Some("warning"), 1),
        (misquote, Some("never"), 0),
        (units, Some("error"), 0),
        (units, Some("warning"), 0),
    ] {
        let mut cmd = corroborate();
        cmd.arg("check")
            .args(inputs)
            .args(["--no-config", "--format", "json"]);
        if let Some(level) = fail_on {
            cmd.args(["--fail-on", level]);
        }
        let out = cmd.output().expect("runs");
        assert_eq!(
            out.status.code(),
            Some(code),
            "{inputs:?} --fail-on {fail_on:?}"
        );
        // The report is written whatever the exit code.
        let report: Value = serde_json::from_slice(&out.stdout).expect("JSON");
        assert_eq!(report["schema"], "corroborate/report@1");
    }
}

fn entries(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("readable")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn output_writes_the_whole_report_and_leaves_no_temporary_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    for format in FORMATS {
        let path = dir.path().join(format!("report.{format}"));
        corroborate()
            .args(["check", "seeds/", "--no-config", "--fail-on", "never"])
            .args(["--format", format, "--output"])
            .arg(&path)
            .assert()
            .code(0)
            .stdout(predicate::str::is_empty());
        let written = std::fs::read_to_string(&path).expect("report written");
        assert_eq!(written, stdout(&["seeds/", "--format", format]), "{format}");
    }
    let expected: Vec<String> = {
        let mut v: Vec<String> = FORMATS.iter().map(|f| format!("report.{f}")).collect();
        v.sort();
        v
    };
    assert_eq!(entries(dir.path()), expected);
}

#[test]
fn output_replaces_an_existing_report() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("report.md");
    std::fs::write(&path, "old report that is longer than nothing").expect("write");
    corroborate()
        .args([
            "check",
            "seeds/",
            "--no-config",
            "--fail-on",
            "never",
            "--format",
            "markdown",
            "-o",
        ])
        .arg(&path)
        .assert()
        .code(0);
    let text = std::fs::read_to_string(&path).expect("read");
    assert!(text.starts_with("# corroborate report"));
}

#[test]
fn output_into_a_directory_that_cannot_exist_exits_2() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("a-file");
    std::fs::write(&file, "").expect("write");
    let path = file.join("report.json");
    corroborate()
        .args([
            "check",
            "seeds/",
            "--no-config",
            "--fail-on",
            "never",
            "--format",
            "json",
            "-o",
        ])
        .arg(&path)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("report.json"));
    assert_eq!(entries(dir.path()), ["a-file"]);
}

#[test]
fn no_progress_bar_when_stderr_is_not_a_terminal() {
    corroborate()
        .args(["check", "seeds/", "--no-config", "--fail-on", "never"])
        .assert()
        .code(0)
        .stderr(predicate::str::is_empty());
}

#[test]
fn a_large_batch_stays_silent_on_stderr_when_it_is_not_a_terminal() {
    let dir = tempfile::tempdir().expect("temp dir");
    for i in 0..220 {
        std::fs::write(
            dir.path().join(format!("a{i:03}.txt")),
            format!("Officials said {i} people were killed in Aleppo on Friday.\n"),
        )
        .expect("write");
    }
    corroborate()
        .arg("check")
        .arg(dir.path())
        .args(["--no-config", "--fail-on", "never", "--format", "json"])
        .assert()
        .code(0)
        .stderr(predicate::str::is_empty());
}

#[cfg(unix)]
#[test]
fn output_through_a_symbolic_link_replaces_the_file_it_points_to() {
    let dir = tempfile::tempdir().expect("temp dir");
    let real = dir.path().join("real.md");
    std::fs::write(&real, "old").expect("write");
    let link = dir.path().join("link.md");
    std::os::unix::fs::symlink(&real, &link).expect("symlink");
    corroborate()
        .args([
            "check",
            "seeds/",
            "--no-config",
            "--fail-on",
            "never",
            "--format",
            "markdown",
            "-o",
        ])
        .arg(&link)
        .assert()
        .code(0);
    assert!(
        std::fs::symlink_metadata(&link)
            .expect("link")
            .file_type()
            .is_symlink()
    );
    assert!(
        std::fs::read_to_string(&real)
            .expect("read")
            .starts_with("# corroborate report")
    );
    assert_eq!(entries(dir.path()), ["link.md", "real.md"]);
}

#[cfg(unix)]
#[test]
fn output_to_a_pipe_writes_into_it_instead_of_replacing_it() {
    use std::io::Read;
    let dir = tempfile::tempdir().expect("temp dir");
    let fifo = dir.path().join("fifo");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        harness::skip(
            "output_to_a_pipe_writes_into_it_instead_of_replacing_it",
            "mkfifo (coreutils) is not available",
        );
        return;
    }
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            let mut text = String::new();
            std::fs::File::open(&fifo)
                .and_then(|mut f| f.read_to_string(&mut text))
                .map(|_| text)
        })
    };
    corroborate()
        .args([
            "check",
            "seeds/",
            "--no-config",
            "--fail-on",
            "never",
            "--format",
            "markdown",
            "-o",
        ])
        .arg(&fifo)
        .assert()
        .code(0);
    let text = reader.join().expect("reader").expect("read fifo");
    assert!(text.starts_with("# corroborate report"));
    assert!(
        std::fs::symlink_metadata(&fifo)
            .expect("fifo")
            .file_type()
            .is_fifo()
    );
}
