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

/// The seeds as agency copy picked up by `outlets` outlets, each rewriting it a little as
/// desks do: one paragraph dropped (a different one from outlet to outlet) and, at every
/// third outlet, the first two figures changed.
fn rewritten_batch(outlets: usize) -> Vec<article::Article> {
    (0..outlets)
        .flat_map(|n| {
            SEEDS.iter().map(move |(file, date)| {
                let text = std::fs::read_to_string(format!("seeds/{file}")).unwrap();
                let mut paragraphs: Vec<&str> = text.split("\n\n").collect();
                if paragraphs.len() > 3 {
                    paragraphs.remove(1 + (n * 7) % (paragraphs.len() - 1));
                }
                let mut text = paragraphs.join("\n\n");
                if n % 3 == 1 {
                    text = with_figures_raised(&text, 2);
                }
                let meta = article::ArticleMeta {
                    id: Some(format!("{n}-{file}")),
                    source: Some(format!("Outlet {n}")),
                    date: corroborate::date::Date::parse(date),
                    ..Default::default()
                };
                article::Article::from_text(&PathBuf::from(file), &text, &meta).unwrap()
            })
        })
        .collect()
}

/// `text` with its first `count` runs of digits (whole words) raised by one.
fn with_figures_raised(text: &str, count: usize) -> String {
    let bytes = text.as_bytes();
    let (mut out, mut k, mut raised) = (String::new(), 0, 0);
    while k < bytes.len() {
        let starts_word = k == 0 || !bytes[k - 1].is_ascii_alphanumeric();
        if raised < count && starts_word && bytes[k].is_ascii_digit() {
            let end = k + bytes[k..].iter().take_while(|b| b.is_ascii_digit()).count();
            if end == bytes.len() || !bytes[end].is_ascii_alphanumeric() {
                let n: u64 = text[k..end].parse().unwrap();
                out.push_str(&(n + 1).to_string());
                raised += 1;
                k = end;
                continue;
            }
        }
        let ch = text[k..].chars().next().unwrap();
        out.push(ch);
        k += ch.len_utf8();
    }
    out
}

/// One agency story under twenty-five outlets, rewritten: every statement's versions join
/// agreement groups in which no claim is listed twice and none lies inside another group.
/// (A claim could once join a group it was already in, again at each link; its groups
/// doubled until forty outlets took the whole memory of the machine.)
#[test]
fn agency_copy_under_many_outlets_groups_each_claim_once() {
    let rules = RuleSet::builtin().unwrap();
    let analysis = check(extract_claims(rewritten_batch(25), &rules), &rules);
    let groups: Vec<Vec<&String>> = analysis
        .findings
        .iter()
        .filter(|f| f.kind == corroborate::check::FindingKind::Agreement)
        .map(|f| f.claims.iter().collect())
        .collect();
    assert!(groups.len() > 50, "{} agreement groups", groups.len());
    assert!(groups.iter().any(|g| g.len() > 20));
    for g in &groups {
        let mut distinct = g.clone();
        distinct.dedup();
        assert_eq!(&distinct, g, "a claim listed twice");
    }
    let inside = |g: &Vec<&String>, h: &Vec<&String>| {
        g.len() < h.len() && g.iter().all(|c| h.binary_search(c).is_ok())
    };
    for g in &groups {
        assert!(
            !groups.iter().any(|h| inside(g, h)),
            "a group inside another: {g:?}"
        );
    }
}
