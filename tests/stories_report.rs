//! Stories in the reports: a batch of several stories is reported story by story — JSON lists
//! the stories and gives each finding its story, text, Markdown and HTML put each story's
//! findings under its heading, `--verbose` says how many stories and how big — and one story
//! in gives one story out, with no story headings.

use std::collections::BTreeSet;

use serde_json::Value;

mod harness;

/// The seeds (one story) and a crime desk's weekend (ten incidents, one also told by a
/// brief that joins it).
const BATCH: [&str; 2] = ["seeds", "tests/fixtures/stories/crime_desk"];

/// The standard output of `check --no-config --fail-on never` over `paths` in `format`.
fn report(paths: &[&str], format: &str) -> String {
    let out = harness::corroborate()
        .args([
            "check",
            "--no-config",
            "--fail-on",
            "never",
            "--format",
            format,
        ])
        .args(paths)
        .assert()
        .success();
    String::from_utf8(out.get_output().stdout.clone()).unwrap()
}

#[test]
fn json_lists_the_stories_and_gives_each_finding_its_story() {
    let json: Value = serde_json::from_str(&report(&BATCH, "json")).unwrap();
    let stories = json["stories"].as_array().unwrap();
    assert_eq!(stories.len(), 11);
    let ids: BTreeSet<&str> = stories.iter().map(|s| s["id"].as_str().unwrap()).collect();
    for s in stories {
        assert!(!s["title"].as_str().unwrap().is_empty());
        assert!(!s["articles"].as_array().unwrap().is_empty());
    }
    let findings = json["findings"].as_array().unwrap();
    assert!(!findings.is_empty());
    for f in findings {
        assert!(ids.contains(f["story"].as_str().unwrap()), "{f}");
    }
}

#[test]
fn text_markdown_and_html_put_findings_under_their_story() {
    let text = report(&BATCH, "text");
    // The verdict lists each story with its counts ("Story S1: … — 3 articles"); a
    // heading is the story alone, its findings under it.
    let headings: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("Story S") && !l.contains(" — "))
        .collect();
    assert_eq!(headings.len(), 11, "{text}");
    assert!(
        headings.contains(&"Story S1: Kerry, Syria, Russian"),
        "{text}"
    );
    let markdown = report(&BATCH, "markdown");
    assert_eq!(markdown.matches("\n## Story S").count(), 11);
    let html = report(&BATCH, "html");
    assert_eq!(html.matches("<section class=\"story\"").count(), 11);
}

#[test]
fn one_story_in_is_one_story_out_without_story_headings() {
    let json: Value = serde_json::from_str(&report(&["seeds"], "json")).unwrap();
    assert_eq!(json["stories"].as_array().unwrap().len(), 1);
    assert!(!report(&["seeds"], "text").contains("Story S1"));
    assert!(!report(&["seeds"], "markdown").contains("## Story"));
}

#[test]
fn verbose_says_how_many_stories_and_how_big() {
    harness::corroborate()
        .args(["check", "--no-config", "--fail-on", "never", "--verbose"])
        .args(BATCH)
        .assert()
        .success()
        .stderr(predicates::str::contains("11 stories: "));
}
