//! Watched numeric questions: a `[[topic]]` with `answer = "figure"` and a `measure` is answered from the fact sheet, each outlet's value with its outlets, the row's status and the values only one outlet gives, in the text verdict, Markdown, HTML and JSON; a figure question without a measure is a rule-file error naming file and line.

mod harness;

use harness::corroborate;

const TOLLS: &str = "tests/fixtures/tolls";
const RULES: &str = "tests/fixtures/tolls/tolls.toml";

fn check(format: &str) -> String {
    let out = corroborate()
        .args(["check", TOLLS, "--no-config", "--fail-on", "never"])
        .args(["--rules", RULES, "--format", format])
        .env("NO_COLOR", "1")
        .output()
        .expect("runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

#[test]
fn the_verdict_answers_each_toll_with_its_outlets_and_flags() {
    let text = check("text");
    let expected = "  How many were killed?\n\
                    \x20   At least 12 — Wire A  single source  conflict\n\
                    \x20   15 — Wire B  single source  conflict\n\
                    \x20   Twelve — Wire C  single source  conflict\n\
                    \x20 How many were injured?\n\
                    \x20   30 — Wire A, Wire B  conflict\n\
                    \x20   28 — Wire C  single source  conflict\n";
    assert!(text.contains(expected), "{text}");
    // Answered once, in the verdict.
    assert_eq!(text.matches("How many were killed?").count(), 1, "{text}");
}

#[test]
fn markdown_and_html_show_the_figures_and_their_flags() {
    let markdown = check("markdown");
    assert!(
        markdown.contains(
            "### How many were injured?\n\n| Answer | Sources | |\n| --- | --- | --- |\n\
             | 30 | Wire A, Wire B | ⚠️ conflict |\n\
             | 28 | Wire C | ⚠️ single source, ⚠️ conflict |\n"
        ),
        "{markdown}"
    );
    let html = check("html");
    assert!(
        html.contains(
            "<li><b>30</b> — Wire A, Wire B <span class=\"flag\">conflict</span></li>\n\
             <li><b>28</b> — Wire C <span class=\"flag\">single source</span> <span class=\"flag\">conflict</span></li>"
        ),
        "{html}"
    );
}

#[test]
fn json_answers_carry_the_figure_the_row_and_the_facts() {
    let report: serde_json::Value = serde_json::from_str(&check("json")).expect("JSON");
    let topics = report["topics"].as_array().expect("topics");
    let killed = &topics[0];
    assert_eq!(killed["id"], "killed");
    // `measure = "dead"` in the rules names the facts' `killed`.
    assert_eq!(killed["measure"], "killed");
    let figures: Vec<(&str, &str, bool)> = killed["answers"]
        .as_array()
        .expect("answers")
        .iter()
        .map(|a| {
            (
                a["figure"].as_str().unwrap_or(""),
                a["sources"][0].as_str().unwrap_or(""),
                a["single_source"] == true,
            )
        })
        .collect();
    assert_eq!(
        figures,
        [
            ("At least 12", "Wire A", true),
            ("15", "Wire B", true),
            ("Twelve", "Wire C", true)
        ]
    );
    let first = &killed["answers"][0];
    assert_eq!(first["status"], "conflict");
    assert_eq!(first["frame"], "killed");
    assert_eq!(first["facts"], serde_json::json!(["wire-a#f1"]));
    assert_eq!(first["claims"], serde_json::json!(["wire-a#1"]));
    assert!(first.get("entity").is_none());
    let injured = &topics[1]["answers"];
    assert_eq!(injured[0]["figure"], "30");
    assert_eq!(
        injured[0]["sources"],
        serde_json::json!(["Wire A", "Wire B"])
    );
    assert!(injured[0].get("single_source").is_none());
    // Single-source figures are flagged on the answer, not as findings of their own.
    let findings = report["findings"].as_array().expect("findings");
    assert!(findings.iter().all(|f| f["rule"] != "topic-single-source"));
}

#[test]
fn a_figure_question_without_a_measure_names_file_and_line() {
    let out = corroborate()
        .args(["check", TOLLS, "--no-config"])
        .args([
            "--rules",
            "tests/fixtures/rules/topic-figure-no-measure.toml",
        ])
        .env("NO_COLOR", "1")
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with(
            "error: tests/fixtures/rules/topic-figure-no-measure.toml:4:10: topic `toll` asks for a figure but names no measure"
        ),
        "{stderr}"
    );
}

#[test]
fn markdown_opens_on_the_verdict_before_the_summary_table() {
    let markdown = check("markdown");
    let verdict = markdown.find("## Verdict\n").expect("a verdict");
    let table = markdown
        .find("| Findings | Count |")
        .expect("a summary table");
    assert!(verdict < table, "{markdown}");
    assert!(
        markdown[verdict..table].starts_with(
            "## Verdict\n\n**3 articles from 3 outlets**\n\n\
             - Outlets: Wire A, Wire B, Wire C\n\
             - contradictions: 2 errors · 0 single-source claims · 2 agreements\n\
             - **How many were killed?**\n\
             \x20 - At least 12 — Wire A (⚠️ single source, ⚠️ conflict)\n"
        ),
        "{markdown}"
    );
    assert!(
        markdown[verdict..table].contains(
            "- Contradictions, most severe first:\n\
             \x20 - `error[contradiction/number]` F1: injured: \"30\" per police (Wire A, Wire B) — \"28\" per a police spokesman (Wire C): the figures cannot both be right\n"
        ),
        "{markdown}"
    );
}
