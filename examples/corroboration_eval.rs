//! Scores what the checker reports as corroborated against the hand-labelled gold of
//! `tests/data/corroboration/`: agreement recall, multi-outlet claims wrongly called
//! single-source, single-source recall, false joins and extraction coverage, for the whole
//! batch and per story; `--misses` lists every miss by category.
//!
//! Run: `cargo run --release --example corroboration_eval -- [PATHS…] [--gold FILE]
//! [--data DIR] [--each] [--misses [--claims]] [--trace] [--speakers] [--rules FILE]…`. Without PATHS the batch is the gold's
//! stories under `--data` (default `../shared/data/newswcl50`), read together as one batch;
//! give `../shared/data/newswcl50` to read all ten stories. `--each` also runs every labelled
//! story as a batch of its own; `--claims` shows the claims behind each miss; `--trace` tells,
//! for each multi-outlet claim not joined across all its outlets or reported single-source,
//! whether the graph links its claims of two outlets, whether an agreement holds them, and why
//! each single-source finding and each outlet left out stands, then counts the shapes; `--speakers`
//! lists the pairs of carrying outlets that no link joins while linking reads the speakers of
//! all their claims as two people, with each speaker as written and resolved. The articles are read at run time and never stored in the
//! repository. Exit code 2 when the gold and the articles do not fit (a phrase not found).

#[path = "shared/gold_args.rs"]
mod gold_args;

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use corroborate::article::{LoadOptions, load_inputs};
use corroborate::check::FindingKind;
use corroborate::eval::corroboration::{
    Gold, Miss, MissKind, Scorecard, Shape, Tally, graph_of, locate, score, share, trace,
};
use corroborate::graph;
use corroborate::rules::RuleSources;
use corroborate::{Analysis, RuleSet};
use gold_args::GoldArgs;

fn parse_args() -> Result<GoldArgs, String> {
    gold_args::parse(
        std::env::args().skip(1),
        PathBuf::from("tests/data/corroboration/newswcl50.toml"),
        PathBuf::from("../shared/data/newswcl50"),
        &["--each", "--misses", "--claims", "--trace", "--speakers"],
    )
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!(
                "error: {e}\nusage: corroboration_eval [PATHS…] [--gold FILE] [--data DIR] \
                 [--each] [--misses [--claims]] [--trace] [--speakers] [--rules FILE]…"
            );
            return ExitCode::from(2);
        }
    };
    let gold = match Gold::read(&args.gold) {
        Ok(g) => g,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let sources = RuleSources {
        files: args.rules.clone(),
        config: None,
    };
    let rules = match RuleSet::load(&sources, &corroborate::check::rule_names()) {
        Ok((r, _)) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let labelled: Vec<PathBuf> = gold.stories.iter().map(|s| args.data.join(s)).collect();
    let paths = if args.paths.is_empty() {
        labelled.clone()
    } else {
        args.paths.clone()
    };

    let mut by_outlets = vec![0usize; gold.outlets.len() + 1];
    for claim in &gold.claims {
        if let Some(n) = by_outlets.get_mut(claim.carried.len()) {
            *n += 1;
        }
    }
    println!(
        "gold {}: {} claims in {} stories; carried by 1/2/…/{} outlets: {}",
        args.gold.display(),
        gold.claims.len(),
        gold.stories.len(),
        gold.outlets.len(),
        by_outlets[1..]
            .iter()
            .map(usize::to_string)
            .collect::<Vec<_>>()
            .join("/")
    );

    let (analysis, card) = match run(&paths, &gold, &rules) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let mut columns = vec![("all".to_string(), card.overall.clone())];
    columns.extend(
        card.stories
            .iter()
            .map(|(story, tally)| (short(&gold, story), tally.clone())),
    );
    println!("\none batch: {}", paths_line(&paths));
    print_table(&columns);
    let mut problems = card.problems.clone();

    if args.has("--each") {
        let mut columns = vec![("sum".to_string(), Tally::default())];
        for (story, path) in gold.stories.iter().zip(&labelled) {
            match run(std::slice::from_ref(path), &gold, &rules) {
                Ok((_, each)) => {
                    problems.extend(each.problems);
                    columns[0].1.add(&each.overall);
                    columns.push((short(&gold, story), each.overall));
                }
                Err(e) => {
                    eprintln!("error: {e}");
                    return ExitCode::from(2);
                }
            }
        }
        println!(
            "\neach story as its own batch (under {}):",
            args.data.display()
        );
        print_table(&columns);
    }
    if args.has("--misses") {
        print_misses(&gold, &analysis, &card, args.has("--claims"));
    }
    if args.has("--trace") {
        print_traces(&gold, &analysis, &rules);
    }
    if args.has("--speakers") {
        print_speaker_splits(&gold, &analysis, &rules);
    }
    if !problems.is_empty() {
        for p in &problems {
            eprintln!("problem: {p}");
        }
        eprintln!(
            "error: the gold and the articles do not fit ({} problems)",
            problems.len()
        );
        return ExitCode::from(2);
    }
    ExitCode::SUCCESS
}

/// Reads `paths` as one batch, runs the pipeline and scores it.
fn run(paths: &[PathBuf], gold: &Gold, rules: &RuleSet) -> Result<(Analysis, Scorecard), String> {
    let started = Instant::now();
    let loaded = load_inputs(paths, None, &LoadOptions::default()).map_err(|e| e.to_string())?;
    let analysis = corroborate::check(corroborate::extract_claims(loaded.articles, rules), rules);
    let card = score(gold, &analysis);
    let count = |kind| analysis.findings.iter().filter(|f| f.kind == kind).count();
    eprintln!(
        "read {}: {} articles, {} claims, {} agreements, {} contradictions, {} single-source \
         ({:.1} s)",
        paths_line(paths),
        analysis.articles.len(),
        analysis.claims.len(),
        count(FindingKind::Agreement),
        count(FindingKind::Contradiction),
        count(FindingKind::SingleSource),
        started.elapsed().as_secs_f64()
    );
    Ok((analysis, card))
}

fn paths_line(paths: &[PathBuf]) -> String {
    match paths {
        [one] => one.display().to_string(),
        _ => format!("{} folders", paths.len()),
    }
}

/// The story's short name in a column head: `newswcl50-7-steel-…` → `7`.
fn short(gold: &Gold, story: &str) -> String {
    let rest = story
        .strip_prefix(gold.corpus.as_str())
        .and_then(|s| s.strip_prefix('-'))
        .unwrap_or(story);
    rest.split('-').next().unwrap_or(rest).to_string()
}

/// One row: a label, then a figure per column (the first with its counts).
type Row = (&'static str, fn(&Tally) -> (usize, Option<usize>));

const ROWS: &[Row] = &[
    ("gold claims scored", |t| (t.claims, None)),
    ("multi-outlet claims", |t| (t.multi, None)),
    ("  agreement joins all outlets", |t| {
        (t.multi_joined_all, Some(t.multi))
    }),
    ("  agreement joins ≥ 2 outlets", |t| {
        (t.multi_joined_two, Some(t.multi))
    }),
    ("  wrongly single-source", |t| {
        (t.multi_wrongly_single, Some(t.multi))
    }),
    ("  linked as a contradiction", |t| {
        (t.multi_contradicted, Some(t.multi))
    }),
    ("  extracted in every outlet", |t| {
        (t.multi_extracted, Some(t.multi))
    }),
    ("  joins all, of those", |t| {
        (t.multi_joined_all, Some(t.multi_extracted))
    }),
    ("one-outlet claims", |t| (t.single, None)),
    ("  reported single-source", |t| {
        (t.single_reported, Some(t.single))
    }),
    ("carriages extracted", |t| {
        (t.carriages_extracted, Some(t.carriages))
    }),
    ("claims extracted nowhere", |t| {
        (t.claims_unextracted, Some(t.claims))
    }),
    ("agreements in labelled stories", |t| (t.agreements, None)),
    ("  confirmed by the gold", |t| {
        (t.agreements_confirmed, Some(t.agreements))
    }),
    ("  false joins", |t| {
        (t.agreements_false, Some(t.agreements))
    }),
    ("  not labelled on one side", |t| {
        (t.agreements_unlabelled, Some(t.agreements))
    }),
    ("agreements across stories", |t| (t.cross_story, None)),
    ("  between related stories", |t| {
        (t.cross_story_related, None)
    }),
];

fn print_table(columns: &[(String, Tally)]) {
    let mut head = format!("{:<32}{:>18}", "", columns[0].0);
    for (name, _) in &columns[1..] {
        head.push_str(&format!("{name:>8}"));
    }
    println!("{}", head.trim_end());
    for (label, figure) in ROWS {
        let mut line = format!("{label:<32}");
        for (i, (_, tally)) in columns.iter().enumerate() {
            let (part, whole) = figure(tally);
            let cell = match whole {
                None => part.to_string(),
                Some(whole) => match share(part, whole) {
                    Some(s) if i == 0 => format!("{:.1}% ({part}/{whole})", 100.0 * s),
                    Some(s) => format!("{:.0}%", 100.0 * s),
                    None => "-".to_string(),
                },
            };
            let width = if i == 0 { 18 } else { 8 };
            line.push_str(&format!("{cell:>width$}"));
        }
        println!("{line}");
    }
}

fn print_misses(gold: &Gold, analysis: &Analysis, card: &Scorecard, claims: bool) {
    let kinds = [
        MissKind::NotExtracted,
        MissKind::NotLinked,
        MissKind::WronglySingleSource,
        MissKind::SingleSourceMissed,
        MissKind::FalseJoin,
        MissKind::CrossStory,
    ];
    for kind in kinds {
        let misses: Vec<&Miss> = card.misses.iter().filter(|m| m.kind == kind).collect();
        println!("\n{} ({})", kind.as_str(), misses.len());
        for miss in misses {
            print_miss(gold, analysis, miss, claims);
        }
    }
}

fn print_miss(gold: &Gold, analysis: &Analysis, miss: &Miss, claims: bool) {
    let story = short(gold, &miss.story);
    let findings = if miss.findings.is_empty() {
        String::new()
    } else {
        format!(" [{}]", miss.findings.join(", "))
    };
    match miss.kind {
        MissKind::FalseJoin | MissKind::CrossStory => {
            println!("  {story}{findings}: {}", miss.note);
            for &g in &miss.gold {
                let claim = &gold.claims[g];
                println!(
                    "      gold line {}: {} — {}",
                    claim.line, claim.speaker, claim.gist
                );
            }
            for id in &miss.claims {
                if let Some(claim) = analysis.claims.iter().find(|c| &c.id == id) {
                    println!("      {id}: {}", excerpt(&claim.content));
                }
            }
        }
        _ => {
            for &g in &miss.gold {
                let claim = &gold.claims[g];
                println!(
                    "  {story} line {}: {} — {} ({}){findings}",
                    claim.line,
                    claim.speaker,
                    claim.gist,
                    claim.kind.as_str()
                );
                for outlet in &miss.outlets {
                    let phrases = claim.carried.get(outlet).map_or(String::new(), |p| {
                        p.iter()
                            .map(|p| format!("“{p}”"))
                            .collect::<Vec<_>>()
                            .join(" / ")
                    });
                    println!("      {outlet}: {phrases}");
                }
                println!("      {}", miss.note);
            }
            if claims {
                for id in &miss.claims {
                    if let Some(claim) = analysis.claims.iter().find(|c| &c.id == id) {
                        let speaker = claim.speaker.as_ref().map_or("-", |s| s.text.as_str());
                        println!("        {id} ({speaker}): {}", excerpt(&claim.content));
                    }
                }
            }
        }
    }
}

fn excerpt(text: &str) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match text.char_indices().nth(100) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text,
    }
}

/// For each multi-outlet claim not joined across all its outlets or reported single-source:
/// its links across outlets, its widest agreement, its single-source findings and the outlets
/// left out, each with why; then how many of each.
fn print_traces(gold: &Gold, analysis: &Analysis, rules: &RuleSet) {
    let graph = graph_of(analysis, rules);
    let (found, _) = locate(gold, analysis);
    let traces = trace(analysis, &graph, &found);
    let id = |c: usize| analysis.claims[c].id.as_str();
    let finding = |f: usize| analysis.findings[f].id.as_str();
    println!(
        "\ntraced ({}): multi-outlet claims not joined across all outlets or reported \
         single-source",
        traces.len()
    );
    let mut shapes: std::collections::BTreeMap<Shape, usize> = Default::default();
    let mut singles: std::collections::BTreeMap<String, usize> = Default::default();
    let mut aparts: std::collections::BTreeMap<String, usize> = Default::default();
    for t in &traces {
        let claim = &gold.claims[t.gold];
        println!(
            "  {} line {}: {} — {}",
            short(gold, &claim.story),
            claim.line,
            claim.speaker,
            claim.gist
        );
        let links: Vec<String> = t
            .links
            .iter()
            .map(|(a, b, l)| format!("{}–{} {:?}/{:?}", id(*a), id(*b), l.why, l.speakers))
            .collect();
        println!(
            "      linked in the graph: {}",
            if links.is_empty() {
                "no".to_string()
            } else {
                format!("yes: {}", links.join(", "))
            }
        );
        match &t.widest {
            Some((f, outlets)) => println!(
                "      in an agreement: yes, {} joins {} of {}",
                finding(*f),
                outlets.iter().cloned().collect::<Vec<_>>().join(", "),
                claim.carried.len()
            ),
            None => println!("      in an agreement: no"),
        }
        if t.single.is_empty() {
            println!("      single-source: no");
        }
        for (outlet, c, f, why) in &t.single {
            println!(
                "      single-source: {outlet} {} ({}): {}",
                id(*c),
                finding(*f),
                why.as_str()
            );
            *singles.entry(why.as_str()).or_default() += 1;
        }
        for (outlet, why) in &t.apart {
            println!("      left out: {outlet}: {}", why.as_str());
            *aparts.entry(why.as_str()).or_default() += 1;
        }
        println!("      shape: {}", t.shape.as_str());
        *shapes.entry(t.shape).or_default() += 1;
    }
    println!("\nshapes of the traced claims:");
    for (shape, n) in &shapes {
        println!("  {n:>4}  {}", shape.as_str());
    }
    println!("single-source findings over their claims:");
    for (why, n) in &singles {
        println!("  {n:>4}  {why}");
    }
    println!("outlets left out of their widest agreement:");
    for (why, n) in &aparts {
        println!("  {n:>4}  {why}");
    }
}

/// The pairs of outlets carrying one gold claim that no link joins while linking reads the
/// speakers of their covering claims as two people ([`graph::claim_speakers`] gives
/// `Different` for every pair of them), each speaker with its text, entity and how it is
/// written; then how many.
fn print_speaker_splits(gold: &Gold, analysis: &Analysis, rules: &RuleSet) {
    let graph = graph_of(analysis, rules);
    let (found, _) = locate(gold, analysis);
    let speaker = |c: usize| {
        let claim = &analysis.claims[c];
        let p = &graph.profiles[c];
        let text = claim.speaker.as_ref().map_or("-", |s| s.text.as_str());
        format!("{} “{text}” = {:?} ({:?})", claim.id, p.speaker, p.written)
    };
    let mut split = 0;
    println!("\ncarrying outlets split by their speakers:");
    for f in &found {
        let claim = &gold.claims[f.gold];
        let outlets: Vec<(&String, &Vec<usize>)> =
            f.covering.iter().filter(|(_, c)| !c.is_empty()).collect();
        for (x, (oa, ca)) in outlets.iter().enumerate() {
            for (ob, cb) in &outlets[x + 1..] {
                let linked = ca
                    .iter()
                    .any(|&a| cb.iter().any(|&b| graph.neighbours(a).contains(&b)));
                if linked {
                    continue;
                }
                let pairs: Vec<(usize, usize)> = ca
                    .iter()
                    .flat_map(|&a| cb.iter().map(move |&b| (a, b)))
                    .collect();
                let apart = pairs.iter().all(|&(a, b)| {
                    let (pa, pb) = (&graph.profiles[a], &graph.profiles[b]);
                    graph::claim_speakers(
                        &analysis.claims[a],
                        (pa.speaker.as_deref(), pa.written),
                        &analysis.claims[b],
                        (pb.speaker.as_deref(), pb.written),
                        rules,
                    ) == graph::Speakers::Different
                });
                if !apart {
                    continue;
                }
                split += 1;
                println!(
                    "  {} line {}: {} — {} ({oa}/{ob})",
                    short(gold, &claim.story),
                    claim.line,
                    claim.speaker,
                    claim.gist,
                );
                for &c in ca.iter().chain(cb.iter()) {
                    println!("      {}", speaker(c));
                }
            }
        }
    }
    println!("  {split} pairs of carrying outlets split by their speakers");
}
