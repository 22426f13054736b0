//! `--only`, `--min-severity` and `--summary`: one selection handed to every printer; the summary and the exit code still count every finding.

mod report_fixture;

use assert_cmd::Command;
use corroborate::Analysis;
use corroborate::report::{Format, PrintOptions, Section, Selection, printer};
use corroborate::rules::Severity;
use serde_json::Value;

fn render(format: Format, analysis: &Analysis, selection: Selection) -> String {
    let options = PrintOptions {
        selection,
        ..PrintOptions::default()
    };
    let mut out = Vec::new();
    printer(format)
        .write(analysis, &options, &mut out)
        .expect("writing to memory");
    String::from_utf8(out).expect("reports are UTF-8")
}

fn only(sections: &[Section]) -> Selection {
    Selection {
        only: sections.iter().copied().collect(),
        ..Selection::default()
    }
}

#[test]
fn text_only_single_source_claims() {
    let text = render(
        Format::Text,
        &report_fixture::two_outlets(),
        only(&[Section::Single]),
    );
    insta::assert_snapshot!(text);
}

#[test]
fn markdown_at_warning_or_above() {
    let md = render(
        Format::Markdown,
        &report_fixture::two_outlets(),
        Selection {
            min_severity: Some(Severity::Warning),
            ..Selection::default()
        },
    );
    insta::assert_snapshot!(md);
}

#[test]
fn text_summary_alone() {
    let text = render(
        Format::Text,
        &report_fixture::two_outlets(),
        Selection {
            summary: true,
            ..Selection::default()
        },
    );
    // The verdict block and the counts, nothing else.
    assert_eq!(
        text,
        "Verdict: 2 articles from 2 outlets\n\
         \x20 outlets: The Washington Post, VOA\n\
         \x20 contradictions: 1 error · 1 single-source claim · 1 agreement\n\
         \x20 Who is excluded from the truce?\n\
         \x20   al-Nusra Front — The Washington Post, VOA\n\
         \x20   Islamic State — VOA  single source\n\
         \x20 Contradictions, most severe first:\n\
         \x20   error[contradiction/number] F1: people killed in Aleppo: VOA says at least 57, The Washington Post says 12\n\
         \n\
         1 contradiction, 1 single-source claim, 1 agreement across 2 sources\n"
    );
}

#[test]
fn every_printer_lists_the_same_selection() {
    let analysis = report_fixture::two_outlets();
    let selection = only(&[Section::Contradictions, Section::Agreements]);
    // F1 is the contradiction, F3 the agreement, F2 the single-source claim left out.
    let text = render(Format::Text, &analysis, selection.clone());
    assert!(text.contains("F1:") && text.contains("F3:") && !text.contains("F2:"));
    assert!(text.contains("1 of 3 findings not shown (--only contradictions --only agreements)"));
    let md = render(Format::Markdown, &analysis, selection.clone());
    assert!(md.contains("### F1 ") && md.contains("### F3 ") && !md.contains("### F2 "));
    let html = render(Format::Html, &analysis, selection.clone());
    assert!(
        html.contains("id=\"f1\"") && html.contains("id=\"f0\"") && !html.contains("id=\"f2\"")
    );
    let sarif: Value =
        serde_json::from_str(&render(Format::Sarif, &analysis, selection.clone())).expect("JSON");
    let listed: Vec<&str> = sarif["runs"][0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .filter_map(|r| r["properties"]["finding"].as_str())
        .collect();
    assert_eq!(listed, ["F1", "F3"]);
    let json: Value =
        serde_json::from_str(&render(Format::Json, &analysis, selection)).expect("JSON");
    let listed: Vec<&str> = json["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter_map(|f| f["id"].as_str())
        .collect();
    assert_eq!(listed, ["F3", "F1"]);
}

#[test]
fn json_with_only_keeps_the_contract_and_says_what_it_left_out() {
    let analysis = report_fixture::two_outlets();
    let everything: Value =
        serde_json::from_str(&render(Format::Json, &analysis, Selection::default())).expect("JSON");
    let filtered: Value = serde_json::from_str(&render(
        Format::Json,
        &analysis,
        Selection {
            only: [Section::Facts].into(),
            min_severity: Some(Severity::Error),
            summary: false,
        },
    ))
    .expect("JSON");
    let keys = |v: &Value| -> Vec<String> {
        v.as_object()
            .expect("object")
            .keys()
            .filter(|k| *k != "selection")
            .cloned()
            .collect()
    };
    assert_eq!(keys(&everything), keys(&filtered));
    assert!(everything.get("selection").is_none());
    assert_eq!(
        filtered["selection"],
        serde_json::json!({"only": ["facts"], "min_severity": "error", "not_shown": 2})
    );
    assert_eq!(filtered["findings"].as_array().map(Vec::len), Some(1));
    assert_eq!(filtered["findings"][0], everything["findings"][1]);
    for key in [
        "articles", "claims", "entities", "stories", "topics", "schema",
    ] {
        assert_eq!(filtered[key], everything[key], "{key}");
    }
}

fn corroborate(args: &[&str]) -> std::process::Output {
    Command::cargo_bin("corroborate")
        .expect("binary")
        .args(["check", "--no-config", "tests/fixtures/report/number"])
        .args(args)
        .output()
        .expect("runs")
}

/// The fixture has one error: a number contradiction.
#[test]
fn exit_codes_follow_every_finding_not_the_listed_ones() {
    for args in [
        &["--only", "agreements"][..],
        &["--only", "single", "--min-severity", "info"],
        &["--summary"],
        &["--only", "agreements", "--format", "json"],
        &["--only", "single", "--format", "sarif"],
    ] {
        let out = corroborate(args);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {out:?}");
    }
    let out = corroborate(&["--only", "agreements", "--fail-on", "never"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "Verdict: 2 articles from 2 outlets\n\
         \x20 outlets: Agence One, The Courier\n\
         \x20 contradictions: 1 error · 0 single-source claims · 0 agreements\n\
         \n\
         1 of 1 finding not shown (--only agreements)\n\
         1 contradiction, 0 single-source claims, 0 agreements across 2 sources\n"
    );
}

#[test]
fn summary_is_refused_for_json_and_sarif() {
    for format in ["json", "sarif"] {
        let out = corroborate(&["--summary", "--format", format]);
        assert_eq!(out.status.code(), Some(2), "{out:?}");
        assert!(out.stdout.is_empty());
        assert!(
            String::from_utf8_lossy(&out.stderr)
                .starts_with("error: --summary is for text, markdown and html"),
            "{out:?}"
        );
    }
}

#[test]
fn only_takes_known_sections_and_min_severity_known_levels() {
    for args in [&["--only", "quotes"][..], &["--min-severity", "fatal"]] {
        let out = corroborate(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {out:?}");
    }
}
