//! Builds a deterministic batch of N wire articles from real texts, for benchmarks.
//!
//! ```text
//! cargo run --release --example gen_corpus -- OUT N [--polnear FILE] [--jsonl] [--seed S]
//! ```
//!
//! Each story is a real text (PolNeAR's `train.jsonl` when given, else `seeds/`) cut to about
//! `--max-bytes` at a paragraph end. It is rewritten the way outlets rewrite agency copy —
//! sentences dropped, figures changed, words inside quotations re-worded — and each version is
//! published unchanged under 1 to 10 outlet names, as agency copy is. Output is `OUT/` with
//! one `+++` front-matter file per article, or with `--jsonl` the single file `OUT`.

#[path = "shared/rng.rs"]
mod rng;

use rng::Rng;

use std::fmt::Write as _;
use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use clap::Parser;

#[derive(Parser)]
struct Args {
    /// Directory to fill (or, with --jsonl, the file to write).
    out: PathBuf,
    /// Number of articles.
    count: usize,
    /// PolNeAR JSON Lines file with the texts; the seed articles when absent.
    #[arg(long)]
    polnear: Option<PathBuf>,
    /// Write one JSON Lines file instead of a directory of articles.
    #[arg(long)]
    jsonl: bool,
    #[arg(long, default_value_t = 7)]
    seed: u64,
    /// Most outlets that carry one version unchanged.
    #[arg(long, default_value_t = 10)]
    max_copies: usize,
    /// Every version under exactly this many outlet names (instead of 1 to --max-copies).
    #[arg(long)]
    copies: Option<usize>,
    /// Stories are cut at the first paragraph end past this many bytes.
    #[arg(long, default_value_t = 4500)]
    max_bytes: usize,
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
    "Deutsche Welle",
    "France 24",
    "Euronews",
    "ABC News",
    "CBS News",
    "NBC News",
    "Bloomberg",
    "The Times",
    "The Independent",
    "Sky News",
    "Yahoo News",
    "MSN",
    "Newsweek",
    "Politico",
    "The Hill",
    "Axios",
    "USA Today",
    "Los Angeles Times",
    "Chicago Tribune",
];

/// Words swapped inside quotations: what a re-keyed or paraphrased quote looks like.
const REWORDINGS: &[(&str, &str)] = &[
    ("important", "significant"),
    ("will", "would"),
    ("can", "could"),
    ("people", "civilians"),
    ("very", "really"),
    ("we", "they"),
    ("must", "should"),
    ("not", "never"),
    ("all", "every"),
    ("big", "major"),
    ("ceasefire", "cease-fire"),
    ("president", "leader"),
];

struct Story {
    title: String,
    date: String,
    text: String,
}

fn main() -> io::Result<()> {
    let args = Args::parse();
    let stories = read_stories(args.polnear.as_deref(), args.max_bytes)?;
    if stories.is_empty() {
        return Err(io::Error::other("no texts to build articles from"));
    }
    let mut rng = Rng(args.seed);
    let mut out: Box<dyn Write> = if args.jsonl {
        if let Some(parent) = args.out.parent().filter(|p| !p.as_os_str().is_empty()) {
            fs::create_dir_all(parent)?;
        }
        Box::new(BufWriter::new(fs::File::create(&args.out)?))
    } else {
        fs::create_dir_all(&args.out)?;
        Box::new(io::sink())
    };
    let mut written = 0;
    let mut version = 0;
    let mut bytes = 0;
    while written < args.count {
        let story = &stories[rng.below(stories.len())];
        let text = rewrite(&story.text, &mut rng);
        let drawn = 1 + rng.below(args.max_copies.max(1));
        let copies = args
            .copies
            .unwrap_or(drawn)
            .max(1)
            .min(args.count - written);
        let first_outlet = rng.below(OUTLETS.len());
        for c in 0..copies {
            let outlet = OUTLETS[(first_outlet + c) % OUTLETS.len()];
            let id = format!("{written:06}-v{version}");
            bytes += text.len();
            if args.jsonl {
                let line = serde_json::json!({
                    "id": id, "source": outlet, "date": story.date,
                    "title": story.title, "text": text,
                });
                writeln!(out, "{line}")?;
            } else {
                let mut file = format!("+++\nid = \"{id}\"\nsource = \"{outlet}\"\n");
                if !story.date.is_empty() {
                    let _ = writeln!(file, "date = \"{}\"", story.date);
                }
                let title = serde_json::to_string(&story.title).unwrap_or_default();
                let _ = writeln!(file, "title = {title}\n+++");
                file.push_str(&text);
                fs::write(args.out.join(format!("{id}.txt")), file)?;
            }
            written += 1;
        }
        version += 1;
    }
    out.flush()?;
    eprintln!(
        "{} articles ({version} distinct texts, {:.1} MB of text) in {}",
        written,
        bytes as f64 / 1e6,
        args.out.display()
    );
    Ok(())
}

fn read_stories(polnear: Option<&Path>, max_bytes: usize) -> io::Result<Vec<Story>> {
    let mut stories = Vec::new();
    match polnear {
        Some(path) => {
            for line in fs::read_to_string(path)?.lines() {
                let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
                    continue;
                };
                let field = |k: &str| v[k].as_str().unwrap_or_default().to_string();
                stories.push(Story {
                    title: field("title"),
                    date: field("date"),
                    text: cut(&field("text"), max_bytes),
                });
            }
        }
        None => {
            let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
            let mut paths: Vec<PathBuf> = fs::read_dir(seeds)?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "txt"))
                .collect();
            paths.sort();
            for path in paths {
                stories.push(Story {
                    title: String::new(),
                    date: "2016-02-21".into(),
                    text: cut(&fs::read_to_string(path)?, max_bytes),
                });
            }
        }
    }
    stories.retain(|s| !s.text.trim().is_empty());
    Ok(stories)
}

/// The text up to the first paragraph end past `max_bytes`.
fn cut(text: &str, max_bytes: usize) -> String {
    match text.get(max_bytes..).and_then(|rest| rest.find("\n\n")) {
        Some(i) => text[..max_bytes + i].to_string(),
        None => text.to_string(),
    }
}

/// One outlet's version: about one sentence in ten dropped, one figure in five changed, one
/// word in three re-worded inside quotations.
fn rewrite(text: &str, rng: &mut Rng) -> String {
    let mut out = String::with_capacity(text.len());
    for sentence in text.split_inclusive(". ") {
        if rng.chance(10) && !out.is_empty() {
            continue;
        }
        let mut quoted = false;
        let mut word = String::new();
        for c in sentence.chars() {
            if c.is_alphanumeric() {
                word.push(c);
                continue;
            }
            push_word(&mut out, &word, quoted, rng);
            word.clear();
            if matches!(c, '"' | '“' | '”') {
                quoted = c == '“' || (c == '"' && !quoted);
            }
            out.push(c);
        }
        push_word(&mut out, &word, quoted, rng);
    }
    out
}

fn push_word(out: &mut String, word: &str, quoted: bool, rng: &mut Rng) {
    if word.bytes().all(|b| b.is_ascii_digit()) && !word.is_empty() && rng.chance(20) {
        let n: u64 = word.parse().unwrap_or(0);
        let changed = n + 1 + rng.below(n as usize / 5 + 3) as u64;
        let _ = write!(out, "{changed}");
        return;
    }
    if quoted
        && rng.chance(33)
        && let Some((_, to)) = REWORDINGS.iter().find(|(from, _)| *from == word)
    {
        out.push_str(to);
        return;
    }
    out.push_str(word);
}
