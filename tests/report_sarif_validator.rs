//! SARIF output checked by Microsoft's SARIF Multitool with its SARIF and GitHub code-scanning rules. Runs when `SARIF_MULTITOOL` names the binary (npm package @microsoft/sarif-multitool-linux, which `.ci/run` installs) or `Sarif.Multitool` is on PATH; otherwise a developer's run skips with a message and a CI run fails.

mod harness;
mod report_fixture;

use std::path::{Path, PathBuf};
use std::time::Duration;

use assert_cmd::Command;
use corroborate::report::{Format, PrintOptions, printer};
use serde_json::Value;

fn multitool() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("SARIF_MULTITOOL") {
        return Some(PathBuf::from(path));
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join("Sarif.Multitool"))
        .find(|p| p.is_file())
}

/// The rules (or tool notifications) the validator reports at level error, sorted.
fn errors(tool: &Path, sarif: &[u8]) -> Vec<String> {
    let dir = tempfile::tempdir().expect("temp dir");
    let input = dir.path().join("report.sarif");
    let output = dir.path().join("validation.sarif");
    std::fs::write(&input, sarif).expect("write");
    let run = Command::new(tool)
        .arg("validate")
        .arg(&input)
        .args(["--rule-kind", "Gh;Sarif", "--output"])
        .arg(&output)
        .timeout(Duration::from_secs(300))
        .output()
        .expect("validator runs");
    let log = std::fs::read_to_string(&output).unwrap_or_else(|_| {
        panic!(
            "no validation log; validator said:\n{}",
            String::from_utf8_lossy(&run.stdout)
        )
    });
    let log: Value = serde_json::from_str(&log).expect("validation log is JSON");
    let mut errors = Vec::new();
    for run in log["runs"].as_array().into_iter().flatten() {
        for result in run["results"].as_array().into_iter().flatten() {
            if result["level"] == "error" {
                errors.push(result["ruleId"].as_str().unwrap_or("?").to_string());
            }
        }
        for notification in run["invocations"][0]["toolExecutionNotifications"]
            .as_array()
            .into_iter()
            .flatten()
        {
            if notification["level"] == "error" {
                errors.push(format!("notification: {}", notification["message"]));
            }
        }
    }
    errors.sort();
    errors
}

#[test]
fn sarif_passes_the_sarif_and_github_rules_of_the_multitool() {
    let Some(tool) = multitool() else {
        harness::skip(
            "sarif_passes_the_sarif_and_github_rules_of_the_multitool",
            "SARIF Multitool not found (npm install @microsoft/sarif-multitool, then set \
             SARIF_MULTITOOL to node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool)",
        );
        return;
    };
    let mut sarif = Vec::new();
    printer(Format::Sarif)
        .write(
            &report_fixture::two_outlets(),
            &PrintOptions::default(),
            &mut sarif,
        )
        .expect("render");
    assert_eq!(errors(&tool, &sarif), Vec::<String>::new());
    let seeds = harness::corroborate()
        .args([
            "check",
            "seeds/",
            "--no-config",
            "--fail-on",
            "never",
            "--format",
            "sarif",
        ])
        .output()
        .expect("runs")
        .stdout;
    assert_eq!(errors(&tool, &seeds), Vec::<String>::new());
    // The validator does refuse a broken log: a version SARIF never had, a line 0.
    let mut broken: Value = serde_json::from_slice(&seeds).expect("JSON");
    broken["version"] = "2.0.9".into();
    broken["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] =
        0.into();
    let refused = errors(&tool, broken.to_string().as_bytes());
    // JSON1019: the version; JSON1008: a line below 1; SARIF1007: a region without a valid
    // start; GH1013: code scanning needs version 2.1.0.
    assert_eq!(refused, ["GH1013", "JSON1008", "JSON1019", "SARIF1007"]);
}
