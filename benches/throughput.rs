//! Throughput in MB/s of segmentation, extraction, linking and a full check over real news text.
//!
//! Texts are read at run time from `$POLNEAR` or `../shared/data/polnear/train.jsonl` (never
//! copied into the repository); without them, from `seeds/`. Run with `cargo bench`.

use std::path::{Path, PathBuf};

use corroborate::article::ArticleMeta;
use corroborate::extract::Extractor;
use corroborate::{Article, RuleSet, check, extract_claims, text};
use divan::Bencher;
use divan::counter::BytesCount;

/// The allocator of the `corroborate` binary, so that the figures are the tool's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// How many PolNeAR texts to read: all 840 of the training file (3.9 MB), so that the figure
/// is the file's, not that of its first stories.
const POLNEAR_TEXTS: usize = 840;

fn main() {
    divan::main();
}

fn polnear_path() -> PathBuf {
    std::env::var_os("POLNEAR").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/polnear/train.jsonl"),
        PathBuf::from,
    )
}

/// The texts to measure on: PolNeAR when present, else the seed articles.
fn texts() -> Vec<String> {
    if let Ok(feed) = std::fs::read_to_string(polnear_path()) {
        let texts: Vec<String> = feed
            .lines()
            .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
            .filter_map(|v| v["text"].as_str().map(str::to_string))
            .take(POLNEAR_TEXTS)
            .collect();
        if !texts.is_empty() {
            return texts;
        }
    }
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(seeds)
        .map(|dir| dir.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.retain(|p| p.extension().is_some_and(|e| e == "txt"));
    paths.sort();
    paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

fn articles() -> Vec<Article> {
    texts()
        .iter()
        .enumerate()
        .filter_map(|(i, text)| {
            let path = PathBuf::from(format!("bench-{i}.txt"));
            Article::from_text(&path, text, &ArticleMeta::default()).ok()
        })
        .collect()
}

fn bytes(articles: &[Article]) -> BytesCount {
    BytesCount::new(articles.iter().map(|a| a.text.len()).sum::<usize>())
}

fn rules() -> RuleSet {
    RuleSet::builtin().expect("the built-in rules parse")
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn segment(bencher: Bencher) {
    let rules = rules();
    let articles = articles();
    bencher.counter(bytes(&articles)).bench_local(|| {
        for article in &articles {
            divan::black_box(text::segment(&article.text, &rules));
        }
    });
}

/// Extraction alone on one thread, claims and facts: the per-core figure.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn extract_one_core(bencher: Bencher) {
    let rules = rules();
    let articles = articles();
    let extractor = Extractor::new(&rules);
    bencher.counter(bytes(&articles)).bench_local(|| {
        for article in &articles {
            divan::black_box(extractor.claims_and_facts(article));
        }
    });
}

/// Extraction with entity resolution, in parallel on every core.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn extract_claims_all_cores(bencher: Bencher) {
    let rules = rules();
    let articles = articles();
    bencher
        .counter(bytes(&articles))
        .with_inputs(|| articles.clone())
        .bench_local_values(|batch| extract_claims(batch, &rules));
}

/// The full pipeline after loading: extraction, resolution, linking and findings.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn full_check(bencher: Bencher) {
    let rules = rules();
    let articles = articles();
    bencher
        .counter(bytes(&articles))
        .with_inputs(|| articles.clone())
        .bench_local_values(|batch| check(extract_claims(batch, &rules), &rules));
}

/// Linking alone: the claims of the texts and of a second version of each (every other
/// paragraph dropped, under another outlet's name) through the blocking index and the
/// comparisons, extraction done beforehand.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn link(bencher: Bencher) {
    let rules = rules();
    let mut batch = articles();
    let versions: Vec<Article> = batch
        .iter()
        .enumerate()
        .filter_map(|(i, a)| {
            let text: Vec<&str> = a.text.split("\n\n").step_by(2).collect();
            let meta = ArticleMeta {
                source: Some("Second outlet".to_string()),
                ..ArticleMeta::default()
            };
            let path = PathBuf::from(format!("version-{i}.txt"));
            Article::from_text(&path, &text.join("\n\n"), &meta).ok()
        })
        .collect();
    batch.extend(versions);
    let analysis = extract_claims(batch, &rules);
    let segmented: Vec<text::Segmented> = analysis
        .articles
        .iter()
        .map(|a| text::segment(&a.text, &rules))
        .collect();
    let segmented: Vec<&text::Segmented> = segmented.iter().collect();
    let copies = corroborate::article::Copies::of(&analysis.articles);
    // One story: the whole batch.
    let story_of = vec![0; analysis.articles.len()];
    bencher.counter(bytes(&analysis.articles)).bench_local(|| {
        corroborate::graph::link(
            &analysis.articles,
            &copies,
            &segmented,
            &analysis.claims,
            &analysis.facts,
            &story_of,
            &rules,
        )
    });
}
