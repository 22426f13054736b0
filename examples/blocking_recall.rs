//! Measures the recall of the blocking index: on each batch, the links found through the index
//! against the links found by comparing every pair of claims of a story (quadratic, so for
//! small batches only, and only here), the candidate pairs each way, and — where the batch
//! holds stories of the hand-labelled gold — how many pairs of outlets carrying one gold claim
//! each way links.
//!
//! Run: `cargo run --release --example blocking_recall -- [--each] [--gold FILE] [--missed]
//! [--unlinked] PATHS…`. Every PATH is a batch; with `--each`, every folder directly under each PATH is a
//! batch of its own (the stories of `../shared/data/newswcl50`, the topics of ECB+). `--gold`
//! (default `tests/data/corroboration/newswcl50.toml`; `--gold none` for none) scores the pairs
//! of outlets that carry one gold claim, both extracted: linked by comparing all pairs, linked
//! through the index, and counts the pairs no link joins by why (the closest two claims'
//! speakers read as different names, one the outlet's own statement and the other credited
//! to someone, fewer than three shared stems, or more but a likeness below the thresholds; or
//! the index never proposed a pair all pairs link). `--missed` lists
//! every link the index misses; `--unlinked` every gold pair not linked, with its closest
//! two claims as linking reads them.
//!
//! Prints one line per batch and the sum: claims, links by all pairs, links through the index,
//! links both found, recall of the index, candidate pairs per claim each way, and the gold's
//! outlet pairs (extracted, linked by all pairs, linked through the index). Exit code 2 when a
//! batch or the gold cannot be read.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use corroborate::article::{Copies, LoadOptions, load_inputs};
use corroborate::eval::corroboration::{Gold, locate};
use corroborate::graph::{Blocking, ClaimGraph, Written, link_with};
use corroborate::{Analysis, RuleSet, stories};

/// What one batch (or the sum of several) counted.
#[derive(Default)]
struct Count {
    claims: usize,
    /// Links found by comparing all pairs of a story.
    exhaustive: usize,
    /// Links found through the index.
    indexed: usize,
    /// Links found both ways.
    both: usize,
    /// Candidate pairs compared each way.
    pairs_exhaustive: usize,
    pairs_indexed: usize,
    /// Pairs of outlets carrying one gold claim, both with a claim covering it.
    gold_pairs: usize,
    /// … of which a link joins covering claims, comparing all pairs.
    gold_exhaustive: usize,
    /// … through the index.
    gold_indexed: usize,
    /// Gold outlet pairs no link joins (comparing all pairs), by why not.
    causes: std::collections::BTreeMap<&'static str, usize>,
}

impl Count {
    fn add(&mut self, o: &Count) {
        self.claims += o.claims;
        self.exhaustive += o.exhaustive;
        self.indexed += o.indexed;
        self.both += o.both;
        self.pairs_exhaustive += o.pairs_exhaustive;
        self.pairs_indexed += o.pairs_indexed;
        self.gold_pairs += o.gold_pairs;
        self.gold_exhaustive += o.gold_exhaustive;
        self.gold_indexed += o.gold_indexed;
        for (cause, n) in &o.causes {
            *self.causes.entry(cause).or_default() += n;
        }
    }
}

struct Args {
    each: bool,
    missed: bool,
    unlinked: bool,
    gold: Option<PathBuf>,
    paths: Vec<PathBuf>,
}

const USAGE: &str =
    "usage: blocking_recall [--each] [--gold FILE|none] [--missed] [--unlinked] PATHS…";

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        each: false,
        missed: false,
        unlinked: false,
        gold: Some(PathBuf::from("tests/data/corroboration/newswcl50.toml")),
        paths: Vec::new(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--each" => args.each = true,
            "--missed" => args.missed = true,
            "--unlinked" => args.unlinked = true,
            "--gold" => {
                let file = it.next().ok_or("--gold needs a file")?;
                args.gold = (file != "none").then(|| file.into());
            }
            _ if arg.starts_with("--") => return Err(format!("unknown option {arg}")),
            _ => args.paths.push(arg.into()),
        }
    }
    if args.paths.is_empty() {
        return Err("no PATHS given".to_string());
    }
    Ok(args)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("error: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let batches = match batches(&args) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let gold = match args.gold.as_deref().map(Gold::read).transpose() {
        Ok(g) => g,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let rules = match RuleSet::builtin() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let mut total = Count::default();
    println!(
        "{:<40} {:>6} {:>6} {:>6} {:>6} {:>7} {:>9} {:>8} {:>20}",
        "batch",
        "claims",
        "all",
        "index",
        "both",
        "recall",
        "pairs/cl",
        "(all)",
        "gold pairs all/index"
    );
    for batch in &batches {
        let count = match measure(batch, &rules, gold.as_ref(), &args) {
            Ok(c) => c,
            Err(e) => {
                eprintln!("error: {}: {e}", batch.display());
                return ExitCode::from(2);
            }
        };
        print_line(&batch_name(batch), &count);
        total.add(&count);
    }
    print_line("all batches", &total);
    if !total.causes.is_empty() {
        println!("gold outlet pairs not linked, by the closest pair of claims:");
        for (cause, n) in &total.causes {
            println!("  {n:>4}  {cause}");
        }
    }
    ExitCode::SUCCESS
}

/// The batches to measure: the paths, or with `--each` the folders directly under each.
fn batches(args: &Args) -> Result<Vec<PathBuf>, String> {
    if !args.each {
        return Ok(args.paths.clone());
    }
    let mut out = Vec::new();
    for path in &args.paths {
        let entries = std::fs::read_dir(path)
            .map_err(|e| format!("{} is not a readable directory: {e}", path.display()))?;
        let mut dirs: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_dir())
            .collect();
        dirs.sort();
        out.extend(dirs);
    }
    Ok(out)
}

/// A batch's folder name, at most 40 characters.
fn batch_name(batch: &Path) -> String {
    let name = batch.file_name().map_or_else(
        || batch.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    name.chars().take(40).collect()
}

fn percent(part: usize, whole: usize) -> String {
    if whole == 0 {
        "-".to_string()
    } else {
        format!("{:.1}%", 100.0 * part as f64 / whole as f64)
    }
}

fn per_claim(pairs: usize, claims: usize) -> String {
    if claims == 0 {
        "-".to_string()
    } else {
        format!("{:.1}", pairs as f64 / claims as f64)
    }
}

fn print_line(name: &str, c: &Count) {
    let gold = if c.gold_pairs == 0 {
        "-".to_string()
    } else {
        format!("{} {}/{}", c.gold_pairs, c.gold_exhaustive, c.gold_indexed)
    };
    println!(
        "{:<40} {:>6} {:>6} {:>6} {:>6} {:>7} {:>9} {:>8} {:>20}",
        name,
        c.claims,
        c.exhaustive,
        c.indexed,
        c.both,
        percent(c.both, c.exhaustive),
        per_claim(c.pairs_indexed, c.claims),
        per_claim(c.pairs_exhaustive, c.claims),
        gold
    );
}

/// Links of one batch both ways.
fn measure(
    batch: &Path,
    rules: &RuleSet,
    gold: Option<&Gold>,
    args: &Args,
) -> Result<Count, String> {
    let loaded = load_inputs(&[batch.to_path_buf()], None, &LoadOptions::default())
        .map_err(|e| e.to_string())?;
    let mut analysis = corroborate::extract_claims(loaded.articles, rules);
    // What `corroborate::check` does before linking.
    let entities = std::mem::take(&mut analysis.entities);
    analysis.entities =
        corroborate::entity::resolve_across_articles(&mut analysis.claims, entities, rules);
    let story_list = stories::group(&analysis.articles, rules);
    let story_of = stories::story_of(&story_list, analysis.articles.len());
    let copies = Copies::of(&analysis.articles);
    let segmented: Vec<_> = analysis
        .articles
        .iter()
        .map(|a| corroborate::text::segment(&a.text, rules))
        .collect();
    let segmented: Vec<_> = segmented.iter().collect();
    let graph = |blocking| {
        link_with(
            &analysis.articles,
            &copies,
            &segmented,
            &analysis.claims,
            &analysis.facts,
            &story_of,
            rules,
            blocking,
        )
    };
    let (all, index): (ClaimGraph, ClaimGraph) =
        (graph(Blocking::AllPairs), graph(Blocking::Index));
    let pairs = |g: &ClaimGraph| -> BTreeSet<(usize, usize)> {
        g.links().into_iter().map(|(a, b, _)| (a, b)).collect()
    };
    let (a, i) = (pairs(&all), pairs(&index));
    if args.missed {
        for &(x, y) in a.difference(&i) {
            println!(
                "  missed: {} ~ {}",
                describe(&analysis, x),
                describe(&analysis, y)
            );
        }
    }
    let mut count = Count {
        claims: analysis.claims.len(),
        exhaustive: a.len(),
        indexed: i.len(),
        both: a.intersection(&i).count(),
        pairs_exhaustive: all.stats.candidate_pairs,
        pairs_indexed: index.stats.candidate_pairs,
        ..Count::default()
    };
    if let Some(gold) = gold {
        let (found, _) = locate(gold, &analysis);
        for f in &found {
            let outlets: Vec<&Vec<usize>> = f.covering.values().filter(|c| !c.is_empty()).collect();
            for (x, xs) in outlets.iter().enumerate() {
                for ys in &outlets[x + 1..] {
                    let linked = |set: &BTreeSet<(usize, usize)>| {
                        xs.iter()
                            .any(|&p| ys.iter().any(|&q| set.contains(&(p.min(q), p.max(q)))))
                    };
                    count.gold_pairs += 1;
                    count.gold_exhaustive += usize::from(linked(&a));
                    count.gold_indexed += usize::from(linked(&i));
                    if linked(&a) && !linked(&i) {
                        *count
                            .causes
                            .entry("blocking never proposed the pair")
                            .or_default() += 1;
                    }
                    if !linked(&a) {
                        if args.unlinked {
                            println!(
                                "  gold line {}: {}",
                                gold.claims[f.gold].line, gold.claims[f.gold].gist
                            );
                        }
                        let cause = unlinked_pair(&analysis, &all, rules, xs, ys, args.unlinked);
                        *count.causes.entry(cause).or_default() += 1;
                    }
                }
            }
        }
    }
    Ok(count)
}

/// A claim's id and the start of its content.
fn describe(analysis: &Analysis, c: usize) -> String {
    let claim = &analysis.claims[c];
    let content: String = claim.content.chars().take(70).collect();
    format!("{} “{content}”", claim.id)
}

/// Why no link joins two outlets' claims covering one gold claim, read from the closest pair
/// (by weighted likeness): the speakers differ, one is the outlet's own statement and the
/// other is credited to someone, the two share under three stems (a paraphrase), or they
/// share more but not enough. With `show`, prints both claims as
/// linking reads them and what comparing them gives.
fn unlinked_pair(
    analysis: &Analysis,
    g: &ClaimGraph,
    rules: &RuleSet,
    xs: &[usize],
    ys: &[usize],
    show: bool,
) -> &'static str {
    let likeness = |p: usize, q: usize| {
        let (pp, pq) = (&g.profiles[p], &g.profiles[q]);
        g.weights
            .compare(pp.story, pp.reading.stems(), pq.reading.stems())
    };
    let Some((p, q)) = xs
        .iter()
        .flat_map(|&p| ys.iter().map(move |&q| (p, q)))
        .max_by(|&(a, b), &(c, d)| likeness(a, b).score().total_cmp(&likeness(c, d).score()))
    else {
        return "no claims";
    };
    let l = likeness(p, q);
    let (pp, pq) = (&g.profiles[p], &g.profiles[q]);
    // The speakers as the linker reads them ([`corroborate::graph::compare`]): a pronoun by
    // the name it stands for, two names resolved apart that still fit one person.
    let relation = corroborate::graph::claim_speakers(
        &analysis.claims[p],
        (pp.speaker.as_deref(), pp.written),
        &analysis.claims[q],
        (pq.speaker.as_deref(), pq.written),
        rules,
    );
    let own_voice = |w: Written| w == Written::Outlet;
    let cause = if relation == corroborate::graph::Speakers::Different {
        "speakers read as different names"
    } else if own_voice(pp.written) != own_voice(pq.written) {
        "an outlet's own statement against an attributed claim"
    } else if l.shared < 3 {
        "paraphrase: under 3 shared stems"
    } else {
        "3 shared stems or more, likeness below the thresholds"
    };
    if !show {
        return cause;
    }
    for c in [p, q] {
        let (claim, pr) = (&analysis.claims[c], &g.profiles[c]);
        let content: String = claim.content.chars().take(110).collect();
        println!(
            "    {} {:?} speaker {:?} → {:?} ({:?}): “{content}”",
            claim.id,
            claim.kind,
            claim.speaker.as_ref().map(|s| s.text.as_str()),
            pr.speaker,
            pr.written
        );
    }
    let shared: Vec<String> = pp
        .reading
        .stems()
        .iter()
        .filter(|s| pq.reading.stems().binary_search(s).is_ok())
        .map(|&s| {
            let rare = if g.weights.rare(pp.story, s) { "*" } else { "" };
            format!("{}{rare}", g.vocabulary.stem_text(s))
        })
        .collect();
    let linker = corroborate::graph::Linker {
        rules,
        weights: &g.weights,
        vocabulary: &g.vocabulary,
    };
    let compared =
        corroborate::graph::compare(&analysis.claims[p], &analysis.claims[q], pp, pq, &linker);
    println!(
        "    {relation:?}; likeness {:.2} (j {:.2}, o {:.2}, {} shared: {}); stems {}/{}; compared {:?}",
        l.score(),
        l.jaccard,
        l.overlap,
        l.shared,
        shared.join(" "),
        pp.reading.stems().len(),
        pq.reading.stems().len(),
        compared.map(|c| c.why)
    );
    cause
}
