//! Builds a batch of agency copy from PolNeAR texts: every text under up to 11 outlet names,
//! each outlet's copy edited the way a desk edits wire copy — one paragraph dropped, two
//! paragraphs swapped, one or two figures changed. A copy never changes a speaker or a
//! negation, so between copies of one text a checker should find no misattribution and no
//! negation, only figures.
//!
//! ```text
//! cargo run --release --example gen_copies -- OUT --polnear FILE [--texts N] [--seed S]
//! ```
//!
//! Output is `OUT/` with one `+++` front-matter file per article, named and identified
//! `TTTT-outlet` (`TTTT` numbers the text): copies of one text share the number, their date
//! and their title.

#[path = "shared/rng.rs"]
mod rng;

use rng::Rng;

use std::fmt::Write as _;
use std::fs;
use std::io;
use std::path::PathBuf;

use clap::Parser;

#[derive(Parser)]
struct Args {
    /// Directory to fill.
    out: PathBuf,
    /// PolNeAR JSON Lines file with the texts.
    #[arg(long)]
    polnear: PathBuf,
    /// Take only the first N texts (all when absent).
    #[arg(long)]
    texts: Option<usize>,
    #[arg(long, default_value_t = 13)]
    seed: u64,
    /// Most outlets that carry one text.
    #[arg(long, default_value_t = 11)]
    max_outlets: usize,
}

const OUTLETS: &[&str] = &[
    "AP",
    "AFP",
    "Reuters",
    "VOA",
    "BBC",
    "The Washington Post",
    "The Guardian",
    "Al Jazeera",
    "CNN",
    "NPR",
    "The New York Times",
];

fn main() -> io::Result<()> {
    let args = Args::parse();
    let data = fs::read_to_string(&args.polnear)?;
    fs::create_dir_all(&args.out)?;
    let mut rng = Rng(args.seed);
    let (mut texts, mut articles) = (0, 0);
    for line in data.lines() {
        if args.texts.is_some_and(|n| texts >= n) {
            break;
        }
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let field = |k: &str| v[k].as_str().unwrap_or_default().to_string();
        let text = field("text");
        if text.trim().is_empty() {
            continue;
        }
        let outlets = 1 + rng.below(args.max_outlets.clamp(1, OUTLETS.len()));
        let first = rng.below(OUTLETS.len());
        for c in 0..outlets {
            let outlet = OUTLETS[(first + c) % OUTLETS.len()];
            let id = format!("{texts:04}-{}", outlet.to_lowercase().replace(' ', "-"));
            let mut file = format!("+++\nid = \"{id}\"\nsource = \"{outlet}\"\n");
            let date = field("date");
            if !date.is_empty() {
                let _ = writeln!(file, "date = \"{date}\"");
            }
            let title = serde_json::to_string(&field("title")).unwrap_or_default();
            let _ = writeln!(file, "title = {title}\n+++");
            file.push_str(&edit(&text, &mut rng));
            fs::write(args.out.join(format!("{id}.txt")), file)?;
            articles += 1;
        }
        texts += 1;
    }
    eprintln!(
        "{articles} articles from {texts} texts in {}",
        args.out.display()
    );
    Ok(())
}

/// One outlet's copy: one paragraph dropped (never the first), two others swapped, and one or
/// two figures written with digits changed.
fn edit(text: &str, rng: &mut Rng) -> String {
    let mut paragraphs: Vec<&str> = text.split("\n\n").collect();
    if paragraphs.len() > 2 {
        paragraphs.remove(1 + rng.below(paragraphs.len() - 1));
    }
    if paragraphs.len() > 2 {
        let a = 1 + rng.below(paragraphs.len() - 1);
        let b = 1 + rng.below(paragraphs.len() - 1);
        paragraphs.swap(a, b);
    }
    let mut out = paragraphs.join("\n\n");
    let figures = figures(&out);
    if !figures.is_empty() {
        let changes = 1 + rng.below(2);
        let mut chosen: Vec<usize> = (0..changes).map(|_| rng.below(figures.len())).collect();
        chosen.sort_unstable();
        chosen.dedup();
        // From the last, so that earlier offsets hold.
        for &f in chosen.iter().rev() {
            let (start, end) = figures[f];
            let n: u64 = out[start..end].parse().unwrap_or(0);
            let changed = n + 1 + rng.below(n as usize / 5 + 3) as u64;
            out.replace_range(start..end, &changed.to_string());
        }
    }
    out
}

/// Byte ranges of the runs of ASCII digits that stand alone as a number (not inside a word,
/// at most six digits).
fn figures(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        let alone = |b: Option<&u8>| b.is_none_or(|b| !b.is_ascii_alphabetic());
        if i - start <= 6 && alone(start.checked_sub(1).map(|s| &bytes[s])) && alone(bytes.get(i)) {
            found.push((start, i));
        }
    }
    found
}
