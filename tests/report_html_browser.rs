//! The HTML report in a real headless browser (Debian's chromium): hostile copy stays text, and opening a finding highlights its claims. Without chromium a developer's run skips with a message; under CI (which installs it) the test fails.

mod harness;
mod report_fixture;

use std::path::{Path, PathBuf};
use std::time::Duration;

use assert_cmd::Command;
use corroborate::Analysis;
use corroborate::report::{Format, PrintOptions, printer};

fn chromium() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join("chromium"))
        .find(|p| p.is_file())
}

/// Writes the page (with `probe` appended to its body) and returns the DOM chromium built.
fn dom(browser: &Path, analysis: &Analysis, probe: &str) -> String {
    let mut html = Vec::new();
    printer(Format::Html)
        .write(analysis, &PrintOptions::default(), &mut html)
        .expect("render");
    let html = String::from_utf8(html)
        .expect("UTF-8")
        .replace("</body>", &format!("<script>{probe}</script>\n</body>"));
    let dir = tempfile::tempdir().expect("temp dir");
    let page = dir.path().join("report.html");
    std::fs::write(&page, html).expect("write page");
    let profile = dir.path().join("profile");
    let output = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("--dump-dom")
        .arg(format!("file://{}", page.display()))
        .timeout(Duration::from_secs(120))
        .output()
        .expect("chromium runs");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

macro_rules! browser_or_skip {
    ($test:literal) => {
        match chromium() {
            Some(path) => path,
            None => {
                harness::skip(
                    $test,
                    "chromium is not on PATH (apt-get install chromium to run this test)",
                );
                return;
            }
        }
    };
}

#[test]
fn hostile_copy_stays_text_in_a_real_browser() {
    let browser = browser_or_skip!("hostile_copy_stays_text_in_a_real_browser");
    let dom = dom(
        &browser,
        &report_fixture::hostile(),
        "document.body.setAttribute('data-findings-seen', document.querySelectorAll('details.finding').length);",
    );
    assert!(
        dom.contains("data-findings-seen=\"1\""),
        "page script did not run:\n{dom}"
    );
    // The page's script and the probe: nothing from the copy became an element.
    assert_eq!(dom.matches("<script").count(), 2, "{dom}");
    assert!(!dom.contains("<img"), "{dom}");
    assert!(!dom.contains("<svg onload"), "{dom}");
    assert!(dom.contains("&lt;img src=x onerror=alert(1)&gt;"));
}

#[test]
fn opening_a_finding_highlights_both_sentences() {
    let browser = browser_or_skip!("opening_a_finding_highlights_both_sentences");
    let dom = dom(
        &browser,
        &report_fixture::two_outlets(),
        "var d = document.getElementById('f1'); d.open = true; d.dispatchEvent(new Event('toggle'));",
    );
    assert!(
        dom.contains("class=\"claim error marked active\" data-claim=\"c0\""),
        "{dom}"
    );
    assert!(dom.contains("class=\"claim error marked active\" data-claim=\"c3\""));
    assert!(!dom.contains("class=\"claim agreement active\""));
}
