//! Scores the extractor on a PolNeAR JSONL file: content and attributed precision, recall
//! and F1, speaker accuracy, a breakdown by kind, and optionally sample errors to study.
//!
//! Run: `cargo run --release --example polnear_eval -- ../shared/data/polnear/dev.jsonl
//! [--errors N] [--status FILE]`. The articles are read at run time and never stored in the repository.

use std::collections::BTreeMap;
use std::process::ExitCode;
use std::time::Instant;

use rayon::prelude::*;

use corroborate::article::Article;
use corroborate::date::Date;
use corroborate::eval::{self, ArticleScore, Attribution, GoldArticle, Tally};
use corroborate::extract::Extractor;
use corroborate::{RuleSet, Span};

struct Scored {
    gold: GoldArticle,
    predicted: Vec<Attribution>,
    score: ArticleScore,
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mut path = None;
    let mut errors = 0usize;
    let mut status_file = None;
    while let Some(arg) = args.next() {
        if arg == "--status" {
            match args.next() {
                Some(f) => status_file = Some(f),
                None => return usage("--status needs a file name"),
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
    for (n, line) in data.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match eval::read_gold_line(line) {
            Ok(a) => articles.push(a),
            Err(e) => {
                eprintln!("error: {path}:{}: {e}", n + 1);
                return ExitCode::from(2);
            }
        }
    }
    let rules = match RuleSet::builtin() {
        Ok(r) => r,
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
        .map(|(gold, article)| {
            let claims = extractor.claims(&article);
            let predicted = eval::predicted(&claims);
            let score = eval::score_article(&gold.text, &gold.attributions, &predicted);
            Scored {
                gold,
                predicted,
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
        "speaker accuracy (matched pairs) {:.3}",
        total.speaker_accuracy()
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

    if errors > 0 {
        print_errors(&scored, errors);
    }
    if let Some(file) = status_file
        && let Err(e) = std::fs::write(&file, status_lines(&scored))
    {
        eprintln!("error: {file}: {e}");
        return ExitCode::from(2);
    }
    ExitCode::SUCCESS
}

/// One line per gold attribution: article id, its index, whether it was matched, whether
/// the speaker was right, and the predicted kind; then one per unmatched prediction.
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
                "gold\t{}\t{g}\t{matched}\t{speaker}\t{kind}\n",
                s.gold.id
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
    eprintln!("error: {message}\nusage: polnear_eval FILE.jsonl [--errors N] [--status FILE]");
    ExitCode::from(2)
}

/// Prints up to `n` of each kind of error, spread evenly over the file.
fn print_errors(scored: &[Scored], n: usize) {
    let mut missed = Vec::new();
    let mut false_pos = Vec::new();
    let mut wrong_speaker = Vec::new();
    for (a, s) in scored.iter().enumerate() {
        missed.extend(s.score.missed().into_iter().map(|g| (a, g)));
        false_pos.extend(s.score.false_positives().into_iter().map(|p| (a, p)));
        wrong_speaker.extend(
            s.score
                .pairs
                .iter()
                .filter(|p| !p.speaker_correct)
                .map(|p| (a, p.gold, p.predicted)),
        );
    }
    println!("\n== missed (gold without a match): {} ==", missed.len());
    for &(a, g) in spread(&missed, n) {
        let s = &scored[a];
        let gold = &s.gold.attributions[g];
        println!(
            "- [{}] {} | speaker {:?}\n  gold: {}",
            s.gold.id,
            gold.kind,
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
            "- [{}] {} | speaker {:?}\n  predicted: {}",
            s.gold.id,
            pred.kind,
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
            "- [{}] gold {:?} predicted {:?}\n  {}",
            s.gold.id,
            s.gold.attributions[g].speaker,
            s.predicted[p].speaker,
            clip(&s.gold.text, &s.gold.attributions[g].content)
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
