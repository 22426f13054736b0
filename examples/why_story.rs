//! Tells why two articles of a batch are one story or two: the names both give and how
//! rare they are, the words of what happened both ledes write, whom and where each lede
//! names (and whether the other gives it), how their events differ, and how the stories
//! they end in compare — for reading a split or a mix of the story grouping.
//!
//! Run: `cargo run --release --example why_story -- [--rules FILE]… PATHS… -- ID ID…`: every
//! two of the article ids given. Exit code 2 when the arguments, the rules or the batch
//! cannot be read, or an id is not in the batch.

use std::process::ExitCode;

use corroborate::article::{LoadOptions, load_inputs};
use corroborate::rules::RuleSources;
use corroborate::{RuleSet, stories};

const USAGE: &str = "usage: why_story [--rules FILE]… PATHS… -- ID ID…";

#[path = "shared/picked.rs"]
mod picked;

use picked::Picked;

fn parse_args() -> Result<Picked, String> {
    let args = picked::parse(std::env::args().skip(1))?;
    if args.paths.is_empty() || args.picks.len() < 2 {
        return Err("give PATHS, then -- and two article ids or more".to_string());
    }
    Ok(args)
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), String> {
    let args = parse_args()?;
    let sources = RuleSources {
        files: args.rules.clone(),
        config: None,
    };
    let (rules, _) =
        RuleSet::load(&sources, &corroborate::check::rule_names()).map_err(|e| e.to_string())?;
    let articles = load_inputs(&args.paths, None, &LoadOptions::default())
        .map_err(|e| e.to_string())?
        .articles;
    let mut picked = Vec::new();
    for id in &args.picks {
        let at = articles
            .iter()
            .position(|a| &a.id == id)
            .ok_or_else(|| format!("no article {id} in the batch"))?;
        picked.push(at);
    }
    for (k, &a) in picked.iter().enumerate() {
        for &b in &picked[k + 1..] {
            let e = stories::why(&articles, &rules, a, b)
                .ok_or_else(|| "an article outside the batch".to_string())?;
            print(&articles[a].id, &articles[b].id, &e);
        }
    }
    Ok(())
}

fn print(a: &str, b: &str, e: &stories::Evidence) {
    let verdict = if e.together {
        "one story"
    } else {
        "two stories"
    };
    println!("{a} / {b}: {verdict}");
    let names: Vec<String> = e.names.iter().map(|(n, r)| format!("{n} {r:.2}")).collect();
    println!("  names both give: {}", names.join(", "));
    println!(
        "  closeness {:.3} (bar {:.2}); rarity shared {:.2} + what happened {:.2} (bar {:.1})",
        e.closeness, e.lowest, e.named, e.told, e.evidence
    );
    println!("  what both ledes tell: {}", e.what.join(" "));
    for (id, lede) in [a, b].iter().zip(&e.ledes) {
        let names: Vec<String> = lede
            .iter()
            .map(|(n, given)| format!("{n}{}", if *given { " (given)" } else { "" }))
            .collect();
        println!("  {id}'s lede names: {}", names.join(", "));
    }
    println!(
        "  events differ on {}; the two alone apart by their ledes: {}",
        e.differences, e.apart
    );
    let likeness = |l: Option<f64>| l.map_or("-".to_string(), |l| format!("{l:.3}"));
    println!(
        "  their stories: linkage {:.3}, own likeness {} / {}, apart {}",
        e.linkage,
        likeness(e.likeness.0),
        likeness(e.likeness.1),
        e.stories_apart
    );
}
