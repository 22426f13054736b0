//! Linking goes through a blocking index: the pairs of claims compared grow about linearly with the input, and the report is the same byte for byte whatever the thread count.

use std::path::PathBuf;

use corroborate::{RuleSet, article, check, extract_claims};

mod harness;

const SEEDS: [(&str, &str); 3] = [
    ("000_5fb73ec25453ad0c.txt", "2016-02-21"),
    ("001_da17e3d06fe41cfd.txt", "2016-02-21"),
    ("002_3bd0b803a7bfcb7f.txt", "2016-02-12"),
];

/// Candidate pairs compared when the seeds are carried by `copies` outlets each.
fn candidate_pairs(copies: usize) -> (usize, usize) {
    let dir = tempfile::tempdir().unwrap();
    for n in 0..copies {
        for (file, date) in SEEDS {
            let text = std::fs::read_to_string(format!("seeds/{file}")).unwrap();
            let copy = format!("+++\nsource = \"Outlet {n}\"\ndate = \"{date}\"\n+++\n{text}");
            std::fs::write(dir.path().join(format!("{n:03}-{file}")), copy).unwrap();
        }
    }
    let rules = RuleSet::builtin().unwrap();
    let files = article::discover(&[PathBuf::from(dir.path())]).unwrap();
    let analysis = check(
        extract_claims(article::load(&files).unwrap(), &rules),
        &rules,
    );
    (analysis.stats.candidate_pairs, analysis.claims.len())
}

#[test]
fn compared_pairs_grow_linearly_with_the_input() {
    let (p8, c8) = candidate_pairs(8);
    let (p16, c16) = candidate_pairs(16);
    let (p32, c32) = candidate_pairs(32);
    assert_eq!((c16, c32), (2 * c8, 4 * c8));
    // Comparing all pairs would quadruple the work each time the input doubles; the
    // blocking index compares each claim with a bounded number of neighbours, so the
    // growth falls towards twofold as the windows fill.
    let growth = |a: usize, b: usize| b as f64 / a as f64;
    assert!(growth(p8, p16) < 3.5, "{p8} → {p16}");
    assert!(growth(p16, p32) < 2.6, "{p16} → {p32}");
    assert!(growth(p16, p32) < growth(p8, p16), "{p8} → {p16} → {p32}");
    // A fixed bound per claim: at most the window times the keys a claim is filed under.
    assert!(p32 < c32 * 8 * 16, "{p32} pairs for {c32} claims");
}

fn report(threads: &str) -> Vec<u8> {
    harness::corroborate()
        .env("RAYON_NUM_THREADS", threads)
        .args([
            "check",
            "seeds",
            "tests/fixtures/check/perturbed",
            "--rules",
            "rules/examples/syria.toml",
            "--format",
            "json",
            "--fail-on",
            "never",
        ])
        .output()
        .unwrap()
        .stdout
}

#[test]
fn report_is_the_same_whatever_the_thread_count() {
    let one = report("1");
    assert!(!one.is_empty());
    assert_eq!(one, report("2"));
    assert_eq!(one, report("2"));
}

/// Many distinct texts (each seed with a line of its own, under sixteen outlets): more
/// claims than three reading blocks, so that the words are interned by several tasks and
/// merged.
fn distinct_batch() -> Vec<article::Article> {
    (0..16)
        .flat_map(|n| {
            SEEDS.iter().map(move |(file, date)| {
                let text = std::fs::read_to_string(format!("seeds/{file}")).unwrap();
                let meta = article::ArticleMeta {
                    id: Some(format!("{n}-{file}")),
                    source: Some(format!("Outlet {n}")),
                    date: corroborate::date::Date::parse(date),
                    ..Default::default()
                };
                let text = format!("{text}\n\nEditor's note {n}: figures as of noon.");
                article::Article::from_text(&PathBuf::from(file), &text, &meta).unwrap()
            })
        })
        .collect()
}

#[test]
fn distinct_texts_are_linked_alike_whatever_the_thread_count() {
    let rules = RuleSet::builtin().unwrap();
    let run = |threads: usize| {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap();
        pool.install(|| {
            let analysis = check(extract_claims(distinct_batch(), &rules), &rules);
            assert!(analysis.claims.len() > 600, "{}", analysis.claims.len());
            assert!(analysis.stats.links > 0);
            format!("{:?} {:?}", analysis.stats, analysis.findings)
        })
    };
    let one = run(1);
    assert_eq!(one, run(3));
}
