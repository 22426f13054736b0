//! The verdict block an editor reads first: on the seeds with the Syria rules, the watched question answered by name with its outlets, the counts, and `--summary` printing the verdict alone.

mod harness;

use harness::corroborate;

fn seeds(args: &[&str]) -> String {
    let out = corroborate()
        .args(["check", "seeds/", "--no-config", "--fail-on", "never"])
        .args(["--rules", "rules/examples/syria.toml"])
        .args(args)
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
fn summary_prints_the_verdict_alone() {
    let text = seeds(&["--summary"]);
    insta::assert_snapshot!("seeds_syria_verdict", text);
}

#[test]
fn the_full_report_opens_on_the_verdict_and_answers_by_name() {
    let full = seeds(&[]);
    let summary = seeds(&["--summary"]);
    // The verdict block (everything before the summary line) opens the full report.
    let verdict = summary
        .rsplit_once("\n\n")
        .map_or(summary.as_str(), |(verdict, _)| verdict);
    assert!(full.starts_with(verdict), "{full}");
    assert!(full.contains("    al-Nusra Front — The Washington Post, VOA\n"));
    assert!(full.contains("    Islamic State — VOA  single source\n"));
    // Answers are names, never rule ids, and the question is answered once, in the verdict
    // (the topic-single-source finding F10 names it again in its message).
    assert!(!full.contains("al-nusra-front"), "{full}");
    assert_eq!(
        full.matches("\n  Who is excluded from the truce?\n")
            .count(),
        1
    );
    assert!(full.contains("F10: Who is excluded from the truce? Islamic State — only VOA says so"));
}

#[test]
fn only_keeps_the_counts_but_not_the_questions() {
    let text = seeds(&["--only", "agreements", "--summary"]);
    assert_eq!(
        text,
        "Verdict: 3 articles from 3 outlets\n\
         \x20 outlets: International Business Times, The Washington Post, VOA\n\
         \x20 contradictions: none · 43 single-source claims · 7 agreements\n\
         \n\
         0 contradictions, 43 single-source claims, 7 agreements across 3 sources\n"
    );
}
