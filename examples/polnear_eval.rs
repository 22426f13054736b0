//! Scores the extractor on a PolNeAR JSONL file: content and attributed precision, recall
//! and F1, speaker accuracy, a breakdown by kind and by cue group, and optionally sample
//! errors to study, all of them or those of one cue group.
//!
//! Run: `cargo run --release --example polnear_eval -- ../shared/data/polnear/dev.jsonl
//! [--errors N] [--wrong-speakers N] [--group NAME] [--reason WHY] [--by-cue] [--status FILE]
//! [--pairs FILE] [--rules FILE]`
//! (`--rules` adds a rule file to the built-in rules, as `corroborate --rules` does). The articles are read at run time and never
//! stored in the repository.
//!
//! A cue group is what an attribution's cue is, for gold and predictions alike: `colon`
//! (`Clinton: "…"`), `dash` (`"…" ― Name`), `according to`, else the kind the rules give the
//! cue (`said`, `wants`, `demands`, `found`…), else `unlisted` (no rule knows the cue) or
//! `none` (no cue). A miss is `unseen` (no prediction shares a word with it), `short`,
//! `long` or `off` (the closest prediction covers too little of it, too much besides, or
//! both); `--reason` shows the misses of one reason. "Other cues" are those that are no form of say or tell, no `according
//! to` and no colon: the attributions issue 15 counts separately.

use std::collections::BTreeMap;
use std::process::ExitCode;
use std::time::Instant;

use rayon::prelude::*;

use corroborate::article::Article;
use corroborate::date::Date;
use corroborate::eval::{self, ArticleScore, Attribution, GoldArticle, Tally};
use corroborate::extract::{ClaimKind, Extractor};
use corroborate::rules::RuleSources;
use corroborate::{RuleSet, Span};

struct Scored {
    gold: GoldArticle,
    /// The cue group of each gold attribution.
    gold_groups: Vec<String>,
    /// Whether each gold attribution's cue is an "other" cue.
    gold_other: Vec<bool>,
    /// The cue of each gold attribution as written, in lower case.
    gold_cues: Vec<String>,
    predicted: Vec<Attribution>,
    /// The cue group of each prediction.
    predicted_groups: Vec<String>,
    /// The cue of each prediction as written, in lower case.
    predicted_cues: Vec<String>,
    score: ArticleScore,
    /// Why each missed gold attribution was missed (an index into [`REASONS`]).
    miss_reasons: BTreeMap<usize, usize>,
}

/// The gold kinds, in the order the tables show them.
const GOLD_KINDS: [&str; 3] = ["direct", "mixed", "indirect"];

/// The cue group of a cue as written (see the module documentation).
fn cue_group(extractor: &Extractor<'_>, cue: Option<&str>) -> String {
    let Some(cue) = cue.map(str::trim).filter(|c| !c.is_empty()) else {
        return "none".to_string();
    };
    let lower = cue.to_lowercase();
    if lower == ":" {
        return "colon".to_string();
    }
    if lower.chars().all(|c| matches!(c, '―' | '—' | '–' | '-')) {
        return "dash".to_string();
    }
    if lower.contains("according to") {
        return "according to".to_string();
    }
    extractor
        .cue_kind(cue)
        .map_or("unlisted".to_string(), str::to_string)
}

/// Whether a gold cue is an "other" cue: no form of say or tell, no `according to`, no colon.
fn other_cue(cue: Option<&str>) -> bool {
    let lower = cue.unwrap_or("").trim().to_lowercase();
    let speech = lower.split(|c: char| !c.is_alphanumeric()).any(|w| {
        matches!(
            w,
            "say" | "says" | "said" | "saying" | "tell" | "tells" | "told" | "telling"
        )
    });
    !(speech || lower.contains("according to") || lower == ":")
}

/// The cue of each attribution of a JSONL line, in order (`None` where there is none).
fn gold_cues(line: &str) -> Vec<Option<String>> {
    let value: serde_json::Value = serde_json::from_str(line).unwrap_or_default();
    value["quotes"]
        .as_array()
        .map(|quotes| {
            quotes
                .iter()
                .map(|q| q["cue"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mut path = None;
    let mut errors = 0usize;
    let mut status_file = None;
    let mut group = None;
    let mut reason = None;
    let mut by_cue = false;
    let mut wrong_speakers = 0usize;
    let mut pairs_file = None;
    let mut sources = RuleSources::default();
    while let Some(arg) = args.next() {
        if arg == "--rules" {
            match args.next() {
                Some(f) => sources.files.push(f.into()),
                None => return usage("--rules needs a rule file"),
            }
        } else if arg == "--status" {
            match args.next() {
                Some(f) => status_file = Some(f),
                None => return usage("--status needs a file name"),
            }
        } else if arg == "--wrong-speakers" {
            match args.next().and_then(|n| n.parse().ok()) {
                Some(n) => wrong_speakers = n,
                None => return usage("--wrong-speakers needs a number"),
            }
        } else if arg == "--pairs" {
            match args.next() {
                Some(f) => pairs_file = Some(f),
                None => return usage("--pairs needs a file name"),
            }
        } else if arg == "--by-cue" {
            by_cue = true;
        } else if arg == "--group" {
            match args.next() {
                Some(g) => group = Some(g),
                None => return usage("--group needs a cue group's name"),
            }
        } else if arg == "--reason" {
            match args
                .next()
                .and_then(|r| REASONS.iter().position(|x| *x == r))
            {
                Some(r) => reason = Some(r),
                None => return usage("--reason needs one of unseen, short, long, off"),
            }
        } else if arg == "--errors" {
            match args.next().and_then(|n| n.parse().ok()) {
                Some(n) => errors = n,
                None => return usage("--errors needs a number"),
            }
        } else if path.is_none() {
            path = Some(arg);
        } else {
            return usage(&format!("unexpected argument {arg}"));
        }
    }
    let Some(path) = path else {
        return usage("no JSONL file given");
    };
    let data = match std::fs::read_to_string(&path) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("error: {path}: {e}");
            return ExitCode::from(2);
        }
    };
    let mut articles = Vec::new();
    let mut cues = Vec::new();
    for (n, line) in data.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match eval::read_gold_line(line) {
            Ok(a) => {
                cues.push(gold_cues(line));
                articles.push(a);
            }
            Err(e) => {
                eprintln!("error: {path}:{}: {e}", n + 1);
                return ExitCode::from(2);
            }
        }
    }
    let rules = match RuleSet::load(&sources, &[]) {
        Ok((r, _)) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let extractor = Extractor::new(&rules);
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let news: Vec<Article> = articles.iter().map(article_of).collect();
    // Extraction alone, on one thread: the figure issue 7 sets a target for.
    let started = Instant::now();
    let mut count = 0;
    for article in &news {
        count += extractor.claims(article).len();
    }
    let one_thread = started.elapsed().as_secs_f64();
    let scored: Vec<Scored> = articles
        .into_par_iter()
        .zip(news.into_par_iter())
        .zip(cues.into_par_iter())
        .map(|((gold, article), cues)| {
            let claims = extractor.claims(&article);
            let predicted = eval::predicted(&claims);
            // The same claims as `predicted`, in its order: all but the outlet's assertions.
            let predicted_groups = claims
                .iter()
                .filter(|c| c.kind != ClaimKind::Assertion)
                .map(|c| cue_group(&extractor, c.cue.as_ref().map(|q| q.text.as_str())))
                .collect();
            let predicted_cues = claims
                .iter()
                .filter(|c| c.kind != ClaimKind::Assertion)
                .map(|c| {
                    c.cue
                        .as_ref()
                        .map_or(String::new(), |q| q.text.to_lowercase())
                })
                .collect();
            let score = eval::score_article(&gold.text, &gold.attributions, &predicted);
            let cue = |i: usize| cues.get(i).and_then(|c| c.as_deref());
            let miss_reasons =
                miss_reasons(&gold.text, &gold.attributions, &predicted, &score.missed());
            Scored {
                miss_reasons,
                gold_groups: (0..gold.attributions.len())
                    .map(|i| cue_group(&extractor, cue(i)))
                    .collect(),
                gold_other: (0..gold.attributions.len())
                    .map(|i| other_cue(cue(i)))
                    .collect(),
                gold_cues: (0..gold.attributions.len())
                    .map(|i| cue(i).unwrap_or("").trim().to_lowercase())
                    .collect(),
                gold,
                predicted,
                predicted_groups,
                predicted_cues,
                score,
            }
        })
        .collect();

    let mut total = Tally::default();
    for s in &scored {
        total += s.score.tally;
    }
    println!(
        "{path}: {} articles, {} gold attributions, {} predicted",
        scored.len(),
        total.gold,
        total.predicted
    );
    let c = total.content();
    let a = total.attributed();
    println!(
        "content     P {:.3}  R {:.3}  F1 {:.3}",
        c.precision, c.recall, c.f1
    );
    println!(
        "attributed  P {:.3}  R {:.3}  F1 {:.3}",
        a.precision, a.recall, a.f1
    );
    println!(
        "speaker accuracy (matched pairs) {:.3}  (speakers as written, no reading: {:.3})",
        total.speaker_accuracy(),
        total.speaker_accuracy_as_written()
    );
    println!(
        "extraction on one thread: {:.1} MB in {:.2} s, {:.1} MB/s ({count} claims)",
        bytes as f64 / 1e6,
        one_thread,
        bytes as f64 / 1e6 / one_thread.max(1e-9)
    );

    // Predictions by kind: how many, how many matched (precision), with the right speaker.
    let mut by_predicted: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut by_gold: BTreeMap<&str, Tally> = BTreeMap::new();
    for s in &scored {
        for p in &s.predicted {
            by_predicted.entry(&p.kind).or_default().predicted += 1;
        }
        for g in &s.gold.attributions {
            by_gold.entry(&g.kind).or_default().gold += 1;
        }
        for pair in &s.score.pairs {
            let t = by_predicted
                .entry(&s.predicted[pair.predicted].kind)
                .or_default();
            t.matched += 1;
            t.attributed += usize::from(pair.speaker_correct);
            let t = by_gold
                .entry(&s.gold.attributions[pair.gold].kind)
                .or_default();
            t.matched += 1;
            t.attributed += usize::from(pair.speaker_correct);
        }
    }
    println!("\npredicted kind   count  content P  attributed P");
    for (kind, t) in &by_predicted {
        println!(
            "  {kind:<14} {:>5}  {:>9.3}  {:>12.3}",
            t.predicted,
            ratio(t.matched, t.predicted),
            ratio(t.attributed, t.predicted)
        );
    }
    println!("gold kind        count  content R  attributed R");
    for (kind, t) in &by_gold {
        println!(
            "  {kind:<14} {:>5}  {:>9.3}  {:>12.3}",
            t.gold,
            ratio(t.matched, t.gold),
            ratio(t.attributed, t.gold)
        );
    }

    print_wrong_speakers(&scored);
    print_groups(&scored);
    print_miss_reasons(&scored);
    if by_cue {
        print_by_cue(&scored, group.as_deref());
    }

    if errors > 0 {
        print_errors(&scored, errors, group.as_deref(), reason);
    } else if wrong_speakers > 0 {
        print_wrong_speaker_pairs(&scored, wrong_speakers, group.as_deref());
    }
    if let Some(file) = pairs_file
        && let Err(e) = std::fs::write(&file, pair_lines(&scored))
    {
        eprintln!("error: {file}: {e}");
        return ExitCode::from(2);
    }
    if let Some(file) = status_file
        && let Err(e) = std::fs::write(&file, status_lines(&scored))
    {
        eprintln!("error: {file}: {e}");
        return ExitCode::from(2);
    }
    ExitCode::SUCCESS
}

/// One line per matched pair, tab-separated: article id, whether the speaker is right (1 or
/// 0), the gold speaker, the predicted speaker and the name it was resolved to, the
/// predicted cue group and cue, the gold
/// content and the paragraph around it.
fn pair_lines(scored: &[Scored]) -> String {
    let mut out = String::new();
    for s in scored {
        for pair in &s.score.pairs {
            let gold = &s.gold.attributions[pair.gold];
            let pred = &s.predicted[pair.predicted];
            out.push_str(&format!(
                "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n",
                s.gold.id,
                u8::from(pair.speaker_correct),
                gold.speaker.as_deref().unwrap_or(""),
                pred.speaker.as_deref().unwrap_or(""),
                pred.resolved.as_deref().unwrap_or(""),
                s.predicted_groups[pair.predicted],
                s.predicted_cues[pair.predicted],
                clip(&s.gold.text, &gold.content).replace('\t', " "),
                context(&s.gold.text, gold.content[0]).replace('\t', " ")
            ));
        }
    }
    out
}

/// One line per gold attribution: article id, its index, whether it was matched, whether
/// the speaker was right, the predicted kind, the gold kind and the gold cue group; then one
/// per unmatched prediction.
fn status_lines(scored: &[Scored]) -> String {
    let mut out = String::new();
    for s in scored {
        let mut pair_of = vec![None; s.gold.attributions.len()];
        for p in &s.score.pairs {
            pair_of[p.gold] = Some(*p);
        }
        for (g, pair) in pair_of.iter().enumerate() {
            let (matched, speaker, kind) = match pair {
                Some(p) => (
                    1,
                    u8::from(p.speaker_correct),
                    s.predicted[p.predicted].kind.as_str(),
                ),
                None => (0, 0, "-"),
            };
            out.push_str(&format!(
                "gold\t{}\t{g}\t{matched}\t{speaker}\t{kind}\t{}\t{}\n",
                s.gold.id, s.gold.attributions[g].kind, s.gold_groups[g]
            ));
        }
        for p in s.score.false_positives() {
            let pred = &s.predicted[p];
            let Span { start, end } = hull(&pred.content);
            out.push_str(&format!(
                "fp\t{}\t{p}\t{start}\t{end}\t{}\t{}\n",
                s.gold.id,
                pred.kind,
                pred.speaker.as_deref().unwrap_or("")
            ));
        }
    }
    out
}

fn article_of(gold: &GoldArticle) -> Article {
    Article {
        id: gold.id.clone(),
        path: gold.id.clone(),
        source: gold.publisher.clone(),
        date: gold.date.as_deref().and_then(Date::parse),
        title: gold.title.clone(),
        url: None,
        body_offset: 0,
        body_line: 0,
        metadata: BTreeMap::new(),
        text: gold.text.clone(),
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

fn usage(message: &str) -> ExitCode {
    eprintln!(
        "error: {message}\nusage: polnear_eval FILE.jsonl [--errors N] [--wrong-speakers N] [--group NAME] [--reason unseen|short|long|off] [--by-cue] [--status FILE] [--pairs FILE] [--rules FILE]"
    );
    ExitCode::from(2)
}

/// Recall by cue group and gold kind, precision by the predictions' cue group, and the
/// recall of the "other" cues.
fn print_groups(scored: &[Scored]) {
    // group → per gold kind (gold, matched, attributed)
    let mut recall: BTreeMap<&str, [(usize, usize, usize); 3]> = BTreeMap::new();
    let mut other = [(0usize, 0usize, 0usize); 3];
    let mut precision: BTreeMap<&str, Tally> = BTreeMap::new();
    for s in scored {
        let mut pair_of = vec![None; s.gold.attributions.len()];
        for p in &s.score.pairs {
            pair_of[p.gold] = Some(p.speaker_correct);
        }
        for (g, gold) in s.gold.attributions.iter().enumerate() {
            let Some(k) = GOLD_KINDS.iter().position(|k| *k == gold.kind) else {
                continue;
            };
            let hit = pair_of[g];
            let add = |cell: &mut (usize, usize, usize)| {
                cell.0 += 1;
                cell.1 += usize::from(hit.is_some());
                cell.2 += usize::from(hit == Some(true));
            };
            add(&mut recall.entry(s.gold_groups[g].as_str()).or_default()[k]);
            if s.gold_other[g] {
                add(&mut other[k]);
            }
        }
        for (p, group) in s.predicted_groups.iter().enumerate() {
            let t = precision.entry(group.as_str()).or_default();
            t.predicted += 1;
            if let Some(pair) = s.score.pairs.iter().find(|x| x.predicted == p) {
                t.matched += 1;
                t.attributed += usize::from(pair.speaker_correct);
            }
        }
    }
    println!("\nrecall by cue group (gold; count content-R attributed-R per gold kind)");
    println!(
        "  {:<14} {:>20} {:>20} {:>20}",
        "group", "direct", "mixed", "indirect"
    );
    let cell = |(n, m, a): (usize, usize, usize)| {
        format!("{n:>5} {:>6.3} {:>6.3}", ratio(m, n), ratio(a, n))
    };
    for (group, cells) in &recall {
        println!(
            "  {group:<14} {:>20} {:>20} {:>20}",
            cell(cells[0]),
            cell(cells[1]),
            cell(cells[2])
        );
    }
    println!(
        "  {:<14} {:>20} {:>20} {:>20}",
        "other cues",
        cell(other[0]),
        cell(other[1]),
        cell(other[2])
    );
    println!("predicted cue group  count  content P  attributed P");
    for (group, t) in &precision {
        println!(
            "  {group:<18} {:>5}  {:>9.3}  {:>12.3}",
            t.predicted,
            ratio(t.matched, t.predicted),
            ratio(t.attributed, t.predicted)
        );
    }
}

/// Predictions by cue as written: how many, and the share that matched (the figures a
/// desk reads to judge a cue of its own); then the gold attributions by cue as written, and
/// the share found (the cues a desk may add). With a group, only that group's cues.
fn print_by_cue(scored: &[Scored], group: Option<&str>) {
    let in_group = |g: &str| group.is_none_or(|want| want == g);
    let mut by_gold: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for s in scored {
        for (g, cue) in s.gold_cues.iter().enumerate() {
            if !in_group(&s.gold_groups[g]) {
                continue;
            }
            let t = by_gold.entry(cue.as_str()).or_default();
            t.0 += 1;
            t.1 += usize::from(s.score.pairs.iter().any(|x| x.gold == g));
        }
    }
    let mut rows: Vec<(&str, (usize, usize))> = by_gold.into_iter().collect();
    rows.sort_by(|a, b| b.1.0.cmp(&a.1.0).then(a.0.cmp(b.0)));
    println!("gold cue             count  content R");
    for (cue, (n, m)) in rows {
        println!("  {cue:<18} {n:>5}  {:>9.3}", ratio(m, n));
    }
    let mut by_cue: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for s in scored {
        for (p, cue) in s.predicted_cues.iter().enumerate() {
            if !in_group(&s.predicted_groups[p]) {
                continue;
            }
            let t = by_cue.entry(cue.as_str()).or_default();
            t.0 += 1;
            t.1 += usize::from(s.score.pairs.iter().any(|x| x.predicted == p));
        }
    }
    let mut rows: Vec<(&str, (usize, usize))> = by_cue.into_iter().collect();
    rows.sort_by(|a, b| b.1.0.cmp(&a.1.0).then(a.0.cmp(b.0)));
    println!("predicted cue        count  content P");
    for (cue, (n, m)) in rows {
        println!("  {cue:<18} {n:>5}  {:>9.3}", ratio(m, n));
    }
}

/// Why a gold attribution was missed: no prediction shares a word with it (`unseen`), the
/// closest prediction covers too little of it (`short`), too much besides (`long`), or both
/// (`off`).
const REASONS: [&str; 4] = ["unseen", "short", "long", "off"];

/// The reason (an index into [`REASONS`]) each missed gold attribution of an article was
/// missed, by gold index.
fn miss_reasons(
    text: &str,
    gold: &[Attribution],
    predicted: &[Attribution],
    missed: &[usize],
) -> BTreeMap<usize, usize> {
    let tokens = eval::word_tokens(text);
    let count = |spans: &[Span]| -> Vec<usize> {
        let mut ids: Vec<usize> = spans
            .iter()
            .flat_map(|sp| {
                let lo = tokens.partition_point(|t| t.end <= sp.start);
                let hi = tokens.partition_point(|t| t.start < sp.end);
                lo..hi.max(lo)
            })
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    };
    let predicted: Vec<Vec<usize>> = predicted.iter().map(|p| count(&p.content)).collect();
    missed
        .iter()
        .map(|&g| {
            let gold = count(&gold[g].content);
            // The prediction sharing most words with the gold attribution.
            let best = predicted
                .iter()
                .map(|p| {
                    (
                        p.iter().filter(|t| gold.binary_search(t).is_ok()).count(),
                        p.len(),
                    )
                })
                .max_by_key(|&(shared, _)| shared);
            let reason = match best {
                None | Some((0, _)) => 0,
                Some((shared, len)) => match (2 * shared < gold.len(), 2 * shared < len) {
                    (true, false) => 1,
                    (false, true) => 2,
                    _ => 3,
                },
            };
            (g, reason)
        })
        .collect()
}

/// Missed gold attributions by cue group and reason.
fn print_miss_reasons(scored: &[Scored]) {
    let mut reasons: BTreeMap<&str, [usize; 4]> = BTreeMap::new();
    for s in scored {
        for (&g, &reason) in &s.miss_reasons {
            reasons.entry(s.gold_groups[g].as_str()).or_default()[reason] += 1;
        }
    }
    println!("missed by reason   unseen  short   long    off");
    for (group, r) in &reasons {
        println!(
            "  {group:<14} {:>7} {:>6} {:>6} {:>6}",
            r[0], r[1], r[2], r[3]
        );
    }
}

/// Prints up to `n` of each kind of error, spread evenly over the file: all of them, or with
/// `group`, the misses of the gold attributions and the false claims of that cue group.
fn print_errors(scored: &[Scored], n: usize, group: Option<&str>, reason: Option<usize>) {
    let mut missed = Vec::new();
    let mut false_pos = Vec::new();
    let mut wrong_speaker = Vec::new();
    let in_group = |g: &str| group.is_none_or(|want| want == g);
    for (a, s) in scored.iter().enumerate() {
        missed.extend(
            s.score
                .missed()
                .into_iter()
                .filter(|&g| {
                    in_group(&s.gold_groups[g])
                        && reason.is_none_or(|r| s.miss_reasons.get(&g) == Some(&r))
                })
                .map(|g| (a, g)),
        );
        false_pos.extend(
            s.score
                .false_positives()
                .into_iter()
                .filter(|&p| in_group(&s.predicted_groups[p]))
                .map(|p| (a, p)),
        );
        wrong_speaker.extend(
            s.score
                .pairs
                .iter()
                .filter(|p| !p.speaker_correct && in_group(&s.gold_groups[p.gold]))
                .map(|p| (a, p.gold, p.predicted)),
        );
    }
    println!("\n== missed (gold without a match): {} ==", missed.len());
    for &(a, g) in spread(&missed, n) {
        let s = &scored[a];
        let gold = &s.gold.attributions[g];
        println!(
            "- [{}] {} {} {:?} | speaker {:?}\n  gold: {}",
            s.gold.id,
            gold.kind,
            s.gold_groups[g],
            s.gold_cues[g],
            gold.speaker,
            clip(&s.gold.text, &gold.content)
        );
        println!("  sentence: {}", context(&s.gold.text, gold.content[0]));
        for p in &s.predicted {
            if hull(&p.content).overlaps(hull(&gold.content)) {
                println!(
                    "  near prediction ({}, {:?}): {}",
                    p.kind,
                    p.speaker,
                    clip(&s.gold.text, &p.content)
                );
            }
        }
    }
    println!(
        "\n== false positives (predictions without a match): {} ==",
        false_pos.len()
    );
    for &(a, p) in spread(&false_pos, n) {
        let s = &scored[a];
        let pred = &s.predicted[p];
        println!(
            "- [{}] {} {} {:?} | speaker {:?}\n  predicted: {}",
            s.gold.id,
            pred.kind,
            s.predicted_groups[p],
            s.predicted_cues[p],
            pred.speaker,
            clip(&s.gold.text, &pred.content)
        );
        for g in &s.gold.attributions {
            if hull(&g.content).overlaps(hull(&pred.content)) {
                println!(
                    "  near gold ({}, {:?}): {}",
                    g.kind,
                    g.speaker,
                    clip(&s.gold.text, &g.content)
                );
            }
        }
    }
    println!(
        "\n== matched with a wrong speaker: {} ==",
        wrong_speaker.len()
    );
    for &(a, g, p) in spread(&wrong_speaker, n) {
        let s = &scored[a];
        println!(
            "- [{}] gold {:?} predicted {:?} ({} {:?})\n  {}",
            s.gold.id,
            s.gold.attributions[g].speaker,
            s.predicted[p].speaker,
            s.predicted_groups[p],
            s.predicted_cues[p],
            clip(&s.gold.text, &s.gold.attributions[g].content)
        );
        println!(
            "  predicted: {}\n  sentence: {}",
            clip(&s.gold.text, &s.predicted[p].content),
            context(&s.gold.text, s.gold.attributions[g].content[0])
        );
    }
}

/// Prints up to `n` matched pairs with a wrong speaker, spread evenly over the file (of one
/// cue group with `group`): the gold and predicted speakers, the gold content, the paragraph.
fn print_wrong_speaker_pairs(scored: &[Scored], n: usize, group: Option<&str>) {
    let mut wrong = Vec::new();
    for (a, s) in scored.iter().enumerate() {
        wrong.extend(
            s.score
                .pairs
                .iter()
                .filter(|p| !p.speaker_correct && group.is_none_or(|g| s.gold_groups[p.gold] == g))
                .map(|p| (a, p.gold, p.predicted)),
        );
    }
    println!("\n== matched with a wrong speaker: {} ==", wrong.len());
    for &(a, g, p) in spread(&wrong, n) {
        let s = &scored[a];
        let gold = &s.gold.attributions[g];
        println!(
            "- [{}] gold {:?} predicted {:?} ({} {:?})\n  {}\n  sentence: {}",
            s.gold.id,
            gold.speaker,
            s.predicted[p].speaker,
            s.predicted_groups[p],
            s.predicted_cues[p],
            clip(&s.gold.text, &gold.content),
            context(&s.gold.text, gold.content[0])
        );
    }
}

fn spread<T>(items: &[T], n: usize) -> impl Iterator<Item = &T> {
    let step = (items.len() / n.max(1)).max(1);
    items.iter().step_by(step).take(n)
}

/// From the start of the first span to the end of the last.
fn hull(spans: &[Span]) -> Span {
    match (spans.first(), spans.last()) {
        (Some(a), Some(b)) => Span::new(a.start, b.end),
        _ => Span::default(),
    }
}

fn clip(text: &str, spans: &[Span]) -> String {
    let joined: Vec<&str> = spans.iter().map(|s| s.of(text)).collect();
    let s = joined.join(" … ").replace('\n', " ");
    if s.chars().count() > 300 {
        let head: String = s.chars().take(300).collect();
        format!("{head}…")
    } else {
        s
    }
}

/// The line (paragraph) around a span, clipped.
fn context(text: &str, span: Span) -> String {
    let start = text[..span.start].rfind('\n').map_or(0, |i| i + 1);
    let end = text[span.end..]
        .find('\n')
        .map_or(text.len(), |i| span.end + i);
    clip(text, &[Span::new(start, end)])
}

/// What a wrong speaker is, from the two speakers as written: `gold artefact` (the gold
/// speaker is a cue or a relative word: "said", "who", "According to"), `gold none` (the
/// gold gives no speaker), `pronoun` (one side is a pronoun the other may resolve) or
/// `other`.
fn wrong_speaker_class(gold: Option<&str>, predicted: Option<&str>) -> &'static str {
    const PRONOUNS: [&str; 12] = [
        "he", "she", "they", "it", "i", "we", "you", "him", "her", "them", "his", "its",
    ];
    let Some(gold) = gold.map(|g| g.trim().to_lowercase()) else {
        return "gold none";
    };
    let cue_like = matches!(
        gold.as_str(),
        "said" | "says" | "say" | "told" | "who" | "which" | "that" | "whom"
    ) || gold.starts_with("according to");
    if cue_like {
        return "gold artefact";
    }
    let predicted = predicted
        .map(|p| p.trim().to_lowercase())
        .unwrap_or_default();
    if PRONOUNS.contains(&gold.as_str()) || PRONOUNS.contains(&predicted.as_str()) {
        return "pronoun";
    }
    "other"
}

/// Wrong speakers on matched pairs by class (see [`wrong_speaker_class`]), and the speaker
/// accuracy left when the gold artefacts and the pairs without a gold speaker are set
/// aside.
fn print_wrong_speakers(scored: &[Scored]) {
    let mut classes: BTreeMap<&str, usize> = BTreeMap::new();
    let (mut matched, mut unscorable) = (0usize, 0usize);
    for s in scored {
        for pair in &s.score.pairs {
            let gold = s.gold.attributions[pair.gold].speaker.as_deref();
            let class = wrong_speaker_class(gold, s.predicted[pair.predicted].speaker.as_deref());
            matched += 1;
            if matches!(class, "gold artefact" | "gold none") {
                unscorable += 1;
            }
            if !pair.speaker_correct {
                *classes.entry(class).or_default() += 1;
            }
        }
    }
    let wrong: usize = classes.values().sum();
    let scorable_wrong = classes.get("pronoun").unwrap_or(&0) + classes.get("other").unwrap_or(&0);
    println!(
        "wrong speakers {wrong} of {matched}: {}; accuracy without gold artefacts and gold none {:.3}",
        classes
            .iter()
            .map(|(c, n)| format!("{c} {n}"))
            .collect::<Vec<_>>()
            .join(", "),
        1.0 - ratio(scorable_wrong, matched - unscorable)
    );
}
