//! Tells why claims are linked or not: for each claim picked (by id, or by words of its
//! content), its speaker as linking reads it and its stems; for each pair of them, whether
//! the batch's graph links them, their weighted likeness and what comparing them gives
//! (the reason, how the speakers relate, the quoted run). For reading the misses of
//! `corroboration_eval` and `blocking_recall`.
//!
//! Run: `cargo run --release --example why_linked -- [--rules FILE]… PATHS… -- PICK…`. A PICK
//! is a claim id (`newswcl50-0-fox#12`) or words found in a claim's content. Exit code 2 when
//! the arguments, the rules or the batch cannot be read, or a PICK matches no claim.

use std::process::ExitCode;

use corroborate::article::{Copies, LoadOptions, load_inputs};
use corroborate::graph::{self, Linker};
use corroborate::rules::RuleSources;
use corroborate::{RuleSet, stories};

const USAGE: &str = "usage: why_linked [--rules FILE]… PATHS… -- PICK…";

#[path = "shared/picked.rs"]
mod picked;

use picked::Picked;

fn parse_args() -> Result<Picked, String> {
    let args = picked::parse(std::env::args().skip(1))?;
    if args.paths.is_empty() || args.picks.is_empty() {
        return Err("give PATHS, then -- and the claims to pick".to_string());
    }
    Ok(args)
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), String> {
    let args = parse_args().map_err(|e| format!("{e}\n{USAGE}"))?;
    let sources = RuleSources {
        files: args.rules.clone(),
        config: None,
    };
    let (rules, _) =
        RuleSet::load(&sources, &corroborate::check::rule_names()).map_err(|e| e.to_string())?;
    let loaded =
        load_inputs(&args.paths, None, &LoadOptions::default()).map_err(|e| e.to_string())?;
    let mut analysis = corroborate::extract_claims(loaded.articles, &rules);
    // What `corroborate::check` does before linking.
    let entities = std::mem::take(&mut analysis.entities);
    analysis.entities =
        corroborate::entity::resolve_across_articles(&mut analysis.claims, entities, &rules);
    let story_list = stories::group(&analysis.articles, &rules);
    let story_of = stories::story_of(&story_list, analysis.articles.len());
    let copies = Copies::of(&analysis.articles);
    let segmented: Vec<_> = analysis
        .articles
        .iter()
        .map(|a| corroborate::text::segment(&a.text, &rules))
        .collect();
    let segmented: Vec<_> = segmented.iter().collect();
    let g = graph::link(
        &analysis.articles,
        &copies,
        &segmented,
        &analysis.claims,
        &analysis.facts,
        &story_of,
        &rules,
    );
    let linker = Linker {
        rules: &rules,
        weights: &g.weights,
        vocabulary: &g.vocabulary,
    };
    let mut picked: Vec<usize> = Vec::new();
    for pick in &args.picks {
        let found: Vec<usize> = analysis
            .claims
            .iter()
            .enumerate()
            .filter(|(_, c)| c.id == *pick || c.content.contains(pick.as_str()))
            .map(|(i, _)| i)
            .collect();
        if found.is_empty() {
            return Err(format!("no claim is or holds `{pick}`"));
        }
        picked.extend(found);
    }
    picked.sort_unstable();
    picked.dedup();
    for &i in &picked {
        let (claim, p) = (&analysis.claims[i], &g.profiles[i]);
        let stems: Vec<&str> = p
            .reading
            .stemmed
            .words
            .iter()
            .map(|w| g.vocabulary.stem_text(w.id))
            .collect();
        println!(
            "{} ({:?}), speaker {:?} read as {:?} ({:?})\n  {}\n  stems: {}",
            claim.id,
            claim.kind,
            claim.speaker.as_ref().map(|s| s.text.as_str()),
            p.speaker,
            p.written,
            claim.content,
            stems.join(" ")
        );
    }
    for (x, &i) in picked.iter().enumerate() {
        for &j in &picked[x + 1..] {
            let (pi, pj) = (&g.profiles[i], &g.profiles[j]);
            let likeness =
                g.weights
                    .compare_readings(pi.story, &pi.reading, &pj.reading, &g.vocabulary);
            let linked = g.neighbours(i).binary_search(&j).is_ok();
            // As linking reads them: the names as written and who speaks for whom too.
            let relation = graph::claim_speakers(
                &analysis.claims[i],
                (pi.speaker.as_deref(), pi.written),
                &analysis.claims[j],
                (pj.speaker.as_deref(), pj.written),
                &rules,
            );
            let shared: Vec<String> = pi
                .reading
                .stems()
                .iter()
                .filter(|s| pj.reading.stems().binary_search(s).is_ok())
                .map(|&s| {
                    let rare = if g.weights.rare(pi.story, s) { "*" } else { "" };
                    let readings = g.weights.frequency(pi.story, s);
                    format!("{}({readings}){rare}", g.vocabulary.stem_text(s))
                })
                .collect();
            let compared =
                graph::compare(&analysis.claims[i], &analysis.claims[j], pi, pj, &linker);
            let why = compared.map_or("not linked".to_string(), |l| {
                format!(
                    "{:?}, speakers {:?}, quoted run {}",
                    l.why, l.speakers, l.quoted_run
                )
            });
            println!(
                "{} ~ {}: in graph {linked}; likeness {:.2} (jaccard {:.2}, overlap {:.2}, {} \
                 stems shared: {}; (readings holding each), * rare; {} rare); speakers can be one: {relation:?}; \
                 compared: {why}",
                analysis.claims[i].id,
                analysis.claims[j].id,
                likeness.score(),
                likeness.jaccard,
                likeness.overlap,
                likeness.shared,
                shared.join(" "),
                likeness.rare,
            );
        }
    }
    Ok(())
}
