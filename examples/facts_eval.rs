//! Scores the contradictions the checker reports on a batch against a list of the real
//! discrepancies between outlets' figures made by reading the copy, and of figures that
//! differ without being one (`tests/data/facts/`, see its README): how many discrepancies are
//! found, how many at the severity an editor expects, how many differences that are none are
//! called errors or warnings, and which errors and warnings the list does not hold (to judge
//! by hand).
//!
//! Run: `cargo run --release --example facts_eval -- --gold FILE [--data DIR] [PATHS…]
//! [--rules FILE]…`. Without PATHS the batch is the list's stories under `--data` (default
//! `../shared/data/ecbplus`), read together as one batch. The articles are read at run time
//! and never stored in the repository. Exit code 2 when the list and the articles do not fit
//! (an article missing, a figure it does not write).

#[path = "shared/gold_args.rs"]
mod gold_args;

use std::path::PathBuf;
use std::process::ExitCode;

use corroborate::article::{LoadOptions, load_inputs};
use corroborate::check::Finding;
use corroborate::eval::facts::{Entry, Gold, Side, score};
use corroborate::rules::{RuleSources, Severity};
use corroborate::{Analysis, RuleSet};
use gold_args::GoldArgs;

fn parse_args() -> Result<GoldArgs, String> {
    let args = gold_args::parse(
        std::env::args().skip(1),
        PathBuf::new(),
        PathBuf::from("../shared/data/ecbplus"),
        &[],
    )?;
    if args.gold.as_os_str().is_empty() {
        return Err("--gold is required".to_string());
    }
    Ok(args)
}

fn main() -> ExitCode {
    match run() {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(2),
        Err(e) => {
            eprintln!(
                "error: {e}\nusage: facts_eval --gold FILE [--data DIR] [PATHS…] [--rules FILE]…"
            );
            ExitCode::from(2)
        }
    }
}

/// Scores the batch and prints the score; false when the list and the copy do not fit.
fn run() -> Result<bool, String> {
    let args = parse_args()?;
    let gold = Gold::read(&args.gold)?;
    let sources = RuleSources {
        files: args.rules.clone(),
        config: None,
    };
    let (rules, _) =
        RuleSet::load(&sources, &corroborate::check::rule_names()).map_err(|e| e.to_string())?;
    let paths: Vec<PathBuf> = if args.paths.is_empty() {
        gold.stories.iter().map(|s| args.data.join(s)).collect()
    } else {
        args.paths.clone()
    };
    let loaded = load_inputs(&paths, None, &LoadOptions::default()).map_err(|e| e.to_string())?;
    let analysis: Analysis =
        corroborate::check(corroborate::extract_claims(loaded.articles, &rules), &rules);
    let scored = score(&gold, &analysis.articles, &analysis.findings);
    let finding = |id: &str| analysis.findings.iter().find(|f| f.id == id);

    println!(
        "list {}: {} articles read",
        args.gold.display(),
        analysis.articles.len()
    );
    println!("\ndiscrepancies (found as):");
    for (entry, got) in gold.conflicts.iter().zip(&scored.conflicts) {
        println!("  {:<9} {}", outcome(got), line(entry));
    }
    println!("\ndifferences that are none (reported as):");
    for (entry, got) in gold.compatible.iter().zip(&scored.compatible) {
        let shown = got.as_ref().map_or("-", |(s, _)| s.as_str());
        println!("  {shown:<9} {}", line(entry));
    }
    println!("\nerrors and warnings the list does not hold (judge each):");
    for f in scored.unlisted.iter().filter_map(|id| finding(id)) {
        println!("  {}", summary(f));
    }
    println!(
        "\nfound {} of {} discrepancies ({} at the expected severity); {} of {} differences \
         that are none called errors or warnings; {} errors and warnings unlisted",
        scored.found(),
        gold.conflicts.len(),
        scored.as_expected(&gold),
        scored.false_alarms(),
        gold.compatible.len(),
        scored.unlisted.len()
    );
    for p in &scored.problems {
        eprintln!("problem: {p}");
    }
    Ok(scored.problems.is_empty())
}

fn outcome(got: &Option<(Severity, String)>) -> String {
    match got {
        Some((severity, id)) => format!("{} {id}", severity.as_str()),
        None => "MISSED".to_string(),
    }
}

fn line(entry: &Entry) -> String {
    let side = |s: &Side| {
        s.written
            .iter()
            .map(|w| format!("{} \"{}\"", w.article, w.figure))
            .collect::<Vec<_>>()
            .join(" or ")
    };
    let expect = entry
        .expect
        .map(|s| format!(" (expected: {})", s.as_str()))
        .unwrap_or_default();
    format!(
        "{}: {} / {}{expect}",
        entry.what,
        side(&entry.sides[0]),
        side(&entry.sides[1])
    )
}

fn summary(f: &Finding) -> String {
    let message: String = f.message.chars().take(160).collect();
    format!("{} {} {}", f.id, f.severity.as_str(), message)
}
