//! Markdown fits a pull-request comment: the errors in full, the rest folded, and past the budget the least severe findings cut with a note saying how to get the whole report.

mod report_fixture;

use corroborate::check::{ContradictionKind, Finding, FindingKind};
use corroborate::report::markdown::{BUDGET, MarkdownReport};
use corroborate::report::{PrintOptions, Report};
use corroborate::rules::Severity;
use corroborate::{Analysis, Article};

/// GitHub refuses a pull-request comment longer than this many characters.
const COMMENT_LIMIT: usize = 65_536;

fn markdown(analysis: &Analysis, budget: usize) -> String {
    let mut out = Vec::new();
    MarkdownReport { budget }
        .write(analysis, &PrintOptions::default(), &mut out)
        .expect("writing to memory");
    String::from_utf8(out).expect("UTF-8")
}

#[test]
fn the_whole_report_when_it_fits() {
    let analysis = report_fixture::two_outlets();
    let whole = markdown(&analysis, usize::MAX);
    assert_eq!(markdown(&analysis, BUDGET), whole);
    assert!(!whole.contains("Cut to fit"));
}

/// The two-outlet fixture in a budget that holds the verdict and the error and nothing else.
#[test]
fn a_budget_cut_keeps_the_error_and_says_what_was_cut() {
    let analysis = report_fixture::two_outlets();
    let budget = 1_900;
    let whole = markdown(&analysis, usize::MAX);
    assert!(whole.chars().count() > budget, "{}", whole.chars().count());
    let cut = markdown(&analysis, budget);
    assert!(cut.chars().count() <= budget, "{}", cut.chars().count());
    insta::assert_snapshot!(cut);
}

/// An outlet sentence of news length, different for every `n`.
fn sentence(n: usize) -> String {
    format!(
        "Officials in the province said on Tuesday that {n} families had been moved from the \
         flooded villages along the river overnight, and that rescue teams from three \
         neighbouring districts were still searching the lower valley for people reported \
         missing by relatives (item {n})."
    )
}

/// A batch the size of the three ECB+ events: 30 outlets, 11 contradictions (2 errors), 147
/// single-source claims and 30 agreements, each finding quoting sentences of news length.
fn ecb_sized() -> Analysis {
    let outlets = 30;
    let per_article = 12;
    let mut articles: Vec<Article> = Vec::new();
    let mut claims = Vec::new();
    for a in 0..outlets {
        let text: String = (0..per_article)
            .map(|i| sentence(a * per_article + i) + "\n")
            .collect();
        let article = report_fixture::article(
            &format!("a{a:02}"),
            &format!("wire/outlet-{a:02}.txt"),
            &format!("Outlet {a:02}"),
            &text,
        );
        for i in 0..per_article {
            let s = sentence(a * per_article + i);
            let content = s
                .trim_start_matches("Officials in the province said on Tuesday that ")
                .trim_end_matches('.')
                .to_string();
            claims.push(report_fixture::claim(
                &article,
                i,
                "Officials",
                &s,
                &content,
            ));
        }
        articles.push(article);
    }
    let claim = |a: usize, i: usize| &claims[a * per_article + i];
    let mut findings: Vec<Finding> = Vec::new();
    let mut push = |kind, subkind, severity, picked: &[(usize, usize)]| {
        let chosen: Vec<_> = picked.iter().map(|&(a, i)| claim(a, i)).collect();
        let sources: Vec<String> = picked
            .iter()
            .map(|&(a, _)| format!("Outlet {a:02}"))
            .collect();
        let sources: Vec<&str> = sources.iter().map(String::as_str).collect();
        let marked = picked
            .iter()
            .map(|&(a, i)| {
                let n = a * per_article + i;
                report_fixture::mark(&articles[a], claim(a, i), &format!("{n} families"))
            })
            .collect();
        let id = format!("F{}", findings.len() + 1);
        findings.push(report_fixture::finding(
            &id,
            kind,
            subkind,
            severity,
            &chosen,
            &sources,
            "families moved: the outlets give different figures for the same night",
            marked,
        ));
    };
    for c in 0..11 {
        let severity = if c < 2 {
            Severity::Error
        } else {
            Severity::Warning
        };
        push(
            FindingKind::Contradiction,
            Some(ContradictionKind::Number),
            severity,
            &[(c, 0), (c + 1, 0)],
        );
    }
    for s in 0..147 {
        push(
            FindingKind::SingleSource,
            None,
            Severity::Info,
            &[(s % outlets, 1 + s / outlets)],
        );
    }
    for g in 0..30 {
        push(
            FindingKind::Agreement,
            None,
            Severity::Info,
            &[(g, 7), ((g + 1) % outlets, 8), ((g + 2) % outlets, 9)],
        );
    }
    Analysis {
        articles,
        claims,
        findings,
        ..Analysis::default()
    }
}

#[test]
fn an_ecb_sized_batch_fits_a_pull_request_comment() {
    let analysis = ecb_sized();
    let whole = markdown(&analysis, usize::MAX);
    assert!(
        whole.chars().count() > 100_000,
        "the fixture should need cutting: {} characters",
        whole.chars().count()
    );
    let md = markdown(&analysis, BUDGET);
    let length = md.chars().count();
    assert!(length < COMMENT_LIMIT, "{length}");
    assert!(length <= BUDGET, "{length}");
    // The errors are there in full, first; every kind keeps its heading and count.
    for id in ["F1", "F2"] {
        assert!(
            md.contains(&format!("\n### {id} · `contradiction/number` · error\n")),
            "{id} missing"
        );
    }
    let at = |s: &str| md.find(s).unwrap_or_else(|| panic!("{s:?} missing"));
    assert!(at("## Contradictions (11)") < at("### F1 ·"));
    assert!(at("### F2 ·") < at("<summary>Show 9 more</summary>"));
    assert!(at("## Contradictions (11)") < at("## Single-source claims (147)"));
    assert!(at("## Single-source claims (147)") < at("## Agreements (30)"));
    // The cut says so at the top and where it happened; the least severe go first.
    assert!(md.contains("**Cut to fit a pull-request comment:** "));
    assert!(md.contains("`--output report.html`"));
    assert!(md.contains("\n_30 more agreements not shown here, to fit the comment"));
    // Folds are balanced.
    assert_eq!(
        md.matches("<details>").count(),
        md.matches("</details>").count()
    );
}

#[test]
#[ignore = "reads the ECB+ copy of ../shared/data/ecbplus (not in the repository)"]
fn the_ecb_plus_report_fits_a_pull_request_comment() {
    let out = assert_cmd::Command::cargo_bin("corroborate")
        .expect("binary")
        .args([
            "check",
            "--no-config",
            "--format",
            "markdown",
            "--fail-on",
            "never",
        ])
        .arg("../shared/data/ecbplus")
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let md = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(md.chars().count() <= BUDGET, "{}", md.chars().count());
    assert!(md.contains("**Cut to fit a pull-request comment:** "));
}

#[test]
fn past_the_findings_the_list_of_inputs_is_cut_too() {
    let analysis = report_fixture::two_outlets();
    let problems: Vec<corroborate::article::Problem> = (0..2_000)
        .map(|n| {
            corroborate::article::Problem::note(format!(
                "wire/photo-{n:04}.txt: skipped, looks binary (NUL byte at byte 3)"
            ))
        })
        .collect();
    let options = PrintOptions {
        problems,
        ..PrintOptions::default()
    };
    let budget = 6_000;
    let mut out = Vec::new();
    MarkdownReport { budget }
        .write(&analysis, &options, &mut out)
        .expect("writing to memory");
    let md = String::from_utf8(out).expect("UTF-8");
    assert!(md.chars().count() <= budget, "{}", md.chars().count());
    assert!(md.contains("**Cut to fit a pull-request comment:** 3 of 3 findings and "));
    assert!(md.contains(" of 2000 inputs not read or noted not shown"));
    assert!(md.contains("## Inputs noted (2000)"));
    assert!(md.contains("wire/photo-0000.txt"));
    assert!(
        md.contains(" more not shown here (standard error and `--format json` list them all).")
    );
}
