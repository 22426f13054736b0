//! `corroborate check` on a terminal (a pseudo-terminal from util-linux `script`): colour with --color auto unless NO_COLOR, and a progress bar for large batches unless CI. Without `script` a developer's run skips with a message; under CI the test fails.

use std::path::{Path, PathBuf};
use std::process::Command;

mod harness;

fn script() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join("script"))
        .find(|p| p.is_file())
}

/// Runs `corroborate ARGS` with stdout and stderr on a pseudo-terminal; returns what it showed.
fn on_terminal(script: &Path, args: &str, env: &[(&str, &str)]) -> String {
    let binary = env!("CARGO_BIN_EXE_corroborate");
    let mut cmd = Command::new(script);
    cmd.args(["-q", "-e", "-c", &format!("'{binary}' {args}"), "/dev/null"])
        .env_remove("NO_COLOR")
        .env_remove("CI");
    for (key, value) in env {
        cmd.env(key, value);
    }
    let out = cmd.output().expect("script runs");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

macro_rules! script_or_skip {
    ($test:literal) => {
        match script() {
            Some(path) => path,
            None => {
                harness::skip(
                    $test,
                    "`script` (util-linux) is not on PATH, so no pseudo-terminal",
                );
                return;
            }
        }
    };
}

#[test]
fn colour_on_a_terminal_unless_no_color_is_set() {
    let script = script_or_skip!("colour_on_a_terminal_unless_no_color_is_set");
    let args = "check seeds/ --no-config --fail-on never";
    assert!(on_terminal(&script, args, &[]).contains("\x1b["));
    assert!(!on_terminal(&script, args, &[("NO_COLOR", "1")]).contains("\x1b["));
    assert!(
        on_terminal(
            &script,
            &format!("{args} --color always"),
            &[("NO_COLOR", "1")]
        )
        .contains("\x1b[")
    );
    assert!(!on_terminal(&script, &format!("{args} --color never"), &[]).contains("\x1b["));
}

#[test]
fn progress_bar_for_a_large_batch_on_a_terminal_but_not_in_ci() {
    let script = script_or_skip!("progress_bar_for_a_large_batch_on_a_terminal_but_not_in_ci");
    let dir = tempfile::tempdir().expect("temp dir");
    for i in 0..220 {
        std::fs::write(
            dir.path().join(format!("a{i:03}.txt")),
            format!("Officials said {i} people were killed in Aleppo on Friday.\n"),
        )
        .expect("write");
    }
    let report = dir.path().join("report.json");
    let args = format!(
        "check '{}' --no-config --fail-on never --format json -o '{}'",
        dir.path().display(),
        report.display()
    );
    assert!(on_terminal(&script, &args, &[]).contains("extracting claims"));
    assert!(!on_terminal(&script, &args, &[("CI", "true")]).contains("extracting claims"));
    // A small batch gets no bar.
    let small = format!(
        "check seeds/ --no-config --fail-on never --format json -o '{}'",
        report.display()
    );
    assert!(!on_terminal(&script, &small, &[]).contains("extracting claims"));
}
