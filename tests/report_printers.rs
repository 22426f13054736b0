//! Every printer on a hand-built analysis: snapshots of the layout, and the positions, order and escaping each format promises.

mod report_fixture;

use corroborate::Analysis;
use corroborate::article::Problem;
use corroborate::report::{Format, PrintOptions, printer};
use serde_json::Value;

fn render(format: Format, analysis: &Analysis, options: &PrintOptions) -> String {
    let mut out = Vec::new();
    printer(format)
        .write(analysis, options, &mut out)
        .expect("writing to memory");
    String::from_utf8(out).expect("reports are UTF-8")
}

fn plain(format: Format) -> String {
    let options = PrintOptions {
        problems: vec![Problem::unreadable(&corroborate::Error::input(
            "wire/broken.txt",
            "not valid UTF-8 at byte 17",
        ))],
        ..PrintOptions::default()
    };
    render(format, &report_fixture::two_outlets(), &options)
}

#[test]
fn text_report_snapshot() {
    insta::assert_snapshot!(plain(Format::Text));
}

#[test]
fn markdown_report_snapshot() {
    insta::assert_snapshot!(plain(Format::Markdown));
}

#[test]
fn sarif_report_snapshot() {
    insta::assert_snapshot!(plain(Format::Sarif));
}

#[test]
fn json_report_snapshot() {
    insta::assert_snapshot!(plain(Format::Json));
}

#[test]
fn text_groups_contradictions_then_single_source_then_agreements() {
    let text = plain(Format::Text);
    let at = |s: &str| {
        text.find(s)
            .unwrap_or_else(|| panic!("{s:?} missing:\n{text}"))
    };
    assert!(at("Contradictions (1)") < at("Single-source claims (1)"));
    assert!(at("Single-source claims (1)") < at("Agreements (1)"));
    assert!(at("error[contradiction/number]") < at("info[single-source]"));
    assert!(
        text.ends_with("1 contradiction, 1 single-source claim, 1 agreement across 2 sources\n")
    );
}

#[test]
fn text_points_at_file_line_and_character_column() {
    let text = plain(Format::Text);
    // "“productive”" on line 3 of voa.txt, after Zürich, CJK and an emoji: counted in characters.
    let line = report_fixture::VOA_TEXT
        .lines()
        .nth(2)
        .expect("three lines");
    let column = line[..line.find('“').expect("quote")].chars().count() + 1;
    assert!(
        text.contains(&format!("wire/voa.txt:3:{column}")),
        "no wire/voa.txt:3:{column} in\n{text}"
    );
    // The post's second claim is on line 3 (line 2 is blank).
    assert!(text.contains("wire/post.txt:3:"), "{text}");
}

#[test]
fn text_has_no_colour_codes_unless_asked() {
    assert!(!plain(Format::Text).contains('\x1b'));
    let options = PrintOptions {
        color: true,
        ..PrintOptions::default()
    };
    let coloured = render(Format::Text, &report_fixture::two_outlets(), &options);
    assert!(coloured.contains("\x1b["));
}

#[test]
fn text_lists_topics_and_flags_single_source_answers() {
    let text = plain(Format::Text);
    assert!(text.contains("Who is excluded from the truce?"));
    assert!(text.contains("al-Nusra Front — The Washington Post, VOA\n"));
    assert!(text.contains("Islamic State — VOA  single source"));
    assert!(text.contains("wire/broken.txt: not valid UTF-8 at byte 17"));
}

#[test]
fn markdown_quotes_evidence_with_marked_words_in_bold() {
    let md = plain(Format::Markdown);
    assert!(md.contains("| Contradictions | 1 |"), "{md}");
    assert!(md.contains("> **At least 57** people were killed in Aleppo, officials said."));
    assert!(md.contains("> Officials said **12** people were killed"));
    assert!(md.contains("- **VOA** — `wire/voa.txt:1:10`"), "{md}");
}

fn sarif() -> Value {
    serde_json::from_str(&plain(Format::Sarif)).expect("SARIF is JSON")
}

#[test]
fn sarif_has_the_fields_code_scanning_needs() {
    let log = sarif();
    assert_eq!(log["version"], "2.1.0");
    assert!(
        log["$schema"]
            .as_str()
            .is_some_and(|s| s.contains("sarif-2.1.0"))
    );
    let run = &log["runs"][0];
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    let driver = &run["tool"]["driver"];
    assert_eq!(driver["name"], "corroborate");
    assert!(driver["version"].is_string());
    let rules = driver["rules"].as_array().expect("rules");
    for rule in rules {
        assert!(rule["id"].is_string());
        assert!(rule["shortDescription"]["text"].is_string());
        assert!(
            ["error", "warning", "note"]
                .contains(&rule["defaultConfiguration"]["level"].as_str().unwrap_or(""))
        );
    }
    let results = run["results"].as_array().expect("results");
    assert_eq!(results.len(), 3);
    for result in results {
        let index = result["ruleIndex"].as_u64().expect("ruleIndex") as usize;
        assert_eq!(rules[index]["id"], result["ruleId"]);
        assert!(
            result["message"]["text"]
                .as_str()
                .is_some_and(|t| !t.is_empty())
        );
        assert!(
            result["partialFingerprints"]
                .as_object()
                .is_some_and(|o| !o.is_empty())
        );
        let region = &result["locations"][0]["physicalLocation"]["region"];
        for key in ["startLine", "startColumn", "endLine", "endColumn"] {
            assert!(
                region[key].as_u64().is_some_and(|n| n >= 1),
                "{key}: {result}"
            );
        }
    }
    assert_eq!(results[0]["ruleId"], "contradiction/number");
    assert_eq!(results[0]["level"], "error");
    assert_eq!(results[1]["level"], "note");
}

#[test]
fn sarif_regions_count_code_points_and_relate_the_other_side() {
    let log = sarif();
    let contradiction = &log["runs"][0]["results"][0];
    let location = &contradiction["locations"][0]["physicalLocation"];
    assert_eq!(location["artifactLocation"]["uri"], "wire/post.txt");
    let region = &location["region"];
    assert_eq!(
        (
            &region["startLine"],
            &region["startColumn"],
            &region["endColumn"]
        ),
        (&Value::from(1), &Value::from(16), &Value::from(18))
    );
    let related = &contradiction["relatedLocations"][0]["physicalLocation"];
    assert_eq!(related["artifactLocation"]["uri"], "wire/voa.txt");
    // "MUNICH — " is 9 characters but 11 bytes: the region starts at character 10.
    assert_eq!(related["region"]["startColumn"], 10);
    assert_eq!(related["region"]["endColumn"], 21);
    let single = &log["runs"][0]["results"][1]["locations"][0]["physicalLocation"]["region"];
    let line = report_fixture::VOA_TEXT
        .lines()
        .nth(2)
        .expect("three lines");
    let start = line[..line.find('“').expect("quote")].chars().count() + 1;
    assert_eq!(single["startColumn"], start);
    assert_eq!(single["endColumn"], start + "“productive”".chars().count());
}

#[test]
fn sarif_fingerprints_come_from_the_findings() {
    let log = sarif();
    let fingerprints: Vec<&Value> = log["runs"][0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|r| &r["partialFingerprints"]["corroborateFinding/v1"])
        .collect();
    assert_eq!(fingerprints, ["fp-f1", "fp-f2", "fp-f3"]);
}

/// What a report lists, read back from its layout: finding ids, SARIF rule ids, or claim ids.
fn listed(format: Format, report: &str) -> Vec<String> {
    let json = || serde_json::from_str::<Value>(report).expect("JSON");
    let ids = |v: &Value, key: &str| -> Vec<String> {
        v.as_array()
            .expect("array")
            .iter()
            .map(|x| x[key].as_str().expect("id").to_string())
            .collect()
    };
    let between = |open: &str, close: char| -> Vec<String> {
        report
            .split(open)
            .skip(1)
            .map(|rest| rest.split(close).next().unwrap_or("").to_string())
            .collect()
    };
    match format {
        Format::Text => report
            .lines()
            .filter(|l| l.starts_with("error[") || l.starts_with("info["))
            .map(|l| l.split(':').next().unwrap_or("").to_string())
            .collect(),
        Format::Markdown => between("\n### F", ' '),
        Format::Html => between("<details class=\"finding ", '>'),
        Format::Json => ids(&json()["findings"], "id"),
        Format::Sarif => ids(&json()["runs"][0]["results"], "ruleId"),
        Format::ClaimsJson => ids(&json()["claims"], "id"),
        Format::ClaimsText => between(".txt:", ' '),
    }
}

#[test]
fn every_printer_lists_everything_when_spans_lie_outside_the_text() {
    let sound = report_fixture::two_outlets();
    let mut broken = report_fixture::two_outlets();
    for finding in &mut broken.findings {
        for m in &mut finding.marked {
            m.span.end += 10_000;
        }
    }
    broken.claims[0].sentence.start = 8; // inside "—"
    let options = PrintOptions::default();
    for (format, count) in [
        (Format::Text, 3),
        (Format::Markdown, 3),
        (Format::Html, 3),
        (Format::Json, 3),
        (Format::Sarif, 3),
        (Format::ClaimsText, 5),
        (Format::ClaimsJson, 5),
    ] {
        let expected = listed(format, &render(format, &sound, &options));
        assert_eq!(expected.len(), count, "{format:?}: {expected:?}");
        let got = listed(format, &render(format, &broken, &options));
        assert_eq!(got, expected, "{format:?}");
    }
}

#[test]
fn markdown_escapes_hostile_copy() {
    let md = render(
        Format::Markdown,
        &report_fixture::hostile(),
        &PrintOptions::default(),
    );
    assert!(!md.contains("<script"), "{md}");
    assert!(!md.contains("<img"), "{md}");
    assert!(md.contains("&lt;script&gt;"));
}

#[test]
fn html_report_snapshot() {
    insta::assert_snapshot!(plain(Format::Html));
}

#[test]
fn html_escapes_hostile_copy_everywhere() {
    let options = PrintOptions {
        problems: vec!["wire/<script>bad</script>.txt: unreadable".into()],
        ..PrintOptions::default()
    };
    let html = render(Format::Html, &report_fixture::hostile(), &options);
    // Only the page's own script element, and no markup from the copy.
    assert_eq!(html.matches("<script").count(), 1, "{html}");
    for hostile in [
        "<img",
        "<svg onload",
        "<b>id",
        "<i>evil",
        "</title><script",
        "href=\"javascript",
    ] {
        assert!(!html.contains(hostile), "{hostile} unescaped in\n{html}");
    }
    for escaped in [
        "&lt;script&gt;alert(&#39;source&#39;)&lt;/script&gt;",
        "&lt;/title&gt;&lt;script&gt;alert(&#39;title&#39;)",
        "&lt;img src=x onerror=alert(1)&gt;",
        "&lt;script&gt;alert(&#39;question&#39;)",
        "&lt;svg onload=alert(3)&gt;",
        "wire/&lt;i&gt;evil&lt;/i&gt;.txt",
        "&lt;script&gt;bad&lt;/script&gt;",
    ] {
        assert!(html.contains(escaped), "{escaped} missing in\n{html}");
    }
}

#[test]
fn html_is_self_contained() {
    let html = plain(Format::Html);
    assert!(html.starts_with("<!DOCTYPE html>"));
    let namespace = "<svg xmlns=\"http://www.w3.org/2000/svg\"";
    assert!(html.contains(namespace));
    let rest = html.replace(namespace, "");
    for external in ["<link", "src=", "@import", "url(", "http://", "https://"] {
        assert!(
            !rest.contains(external),
            "{external} found: the page must load nothing"
        );
    }
}

#[test]
fn html_colours_claims_by_finding_and_links_them() {
    let html = plain(Format::Html);
    // F1 (contradiction) is findings[1]: its claims are voa#1 (c0) and post#1 (c3).
    assert!(
        html.contains(
            "<details class=\"finding contradiction error\" id=\"f1\" data-claims=\"c3 c0\">"
        ),
        "{html}"
    );
    assert!(html.contains(
        "<span class=\"claim error marked\" data-claim=\"c0\" data-findings=\"f1\">At least 57</span>"
    ));
    assert!(html.contains("<mark>12</mark>"));
    assert!(html.contains("class=\"claim agreement"));
    assert!(html.contains("class=\"claim single"));
}

#[test]
fn text_never_passes_terminal_escapes_from_the_copy() {
    let mut analysis = report_fixture::two_outlets();
    analysis.articles[0].source = "VOA\x1b]0;owned\x07".into();
    analysis.articles[0].text = analysis.articles[0]
        .text
        .replacen("MUNICH", "\x1b[2JUNICH", 1);
    analysis.findings[1].message.push_str("\x1b[31m");
    let text = render(Format::Text, &analysis, &PrintOptions::default());
    assert!(!text.contains('\x1b'), "{text:?}");
}
