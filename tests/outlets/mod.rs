//! What the library-level tests of linking share: short texts read as one article of an
//! outlet each, checked with the built-in rules, and the claims each finding joins.

#![allow(dead_code)]

use std::path::Path;

use corroborate::article::{Article, ArticleMeta};
use corroborate::check::FindingKind;
use corroborate::{Analysis, RuleSet, check, extract_claims};

/// `(outlet, text)` pairs read as one article each, of one day, and checked together.
pub fn analyse(texts: &[(&str, &str)]) -> Analysis {
    let rules = RuleSet::builtin().expect("the built-in rules load");
    let articles = texts
        .iter()
        .enumerate()
        .map(|(n, (source, text))| {
            let meta = ArticleMeta {
                id: Some(format!("a{n}")),
                source: Some((*source).to_string()),
                date: corroborate::date::Date::parse("2024-03-04"),
                ..Default::default()
            };
            Article::from_text(Path::new("test.txt"), text, &meta).expect("the article reads")
        })
        .collect();
    check(extract_claims(articles, &rules), &rules)
}

/// The contents of the claims of each finding of `kind`, sorted.
pub fn contents(a: &Analysis, kind: FindingKind) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = a
        .findings
        .iter()
        .filter(|f| f.kind == kind)
        .map(|f| {
            let mut claims: Vec<String> = f
                .claims
                .iter()
                .filter_map(|id| a.claims.iter().find(|c| &c.id == id))
                .map(|c| c.content.clone())
                .collect();
            claims.sort();
            claims
        })
        .collect();
    out.sort();
    out
}

/// Two outlets' copy (`herald`, `gazette`), each followed by `also`, read beside four outlets
/// that carry only `also` (so that the story's words have weights).
pub fn analyse_beside(herald: &str, gazette: &str, also: &str) -> Analysis {
    let herald = format!("{herald} {also}");
    let gazette = format!("{gazette} {also}");
    analyse(&[
        ("Harbour Herald", &herald),
        ("Coast Gazette", &gazette),
        ("Pier Post", also),
        ("Bay Bulletin", also),
        ("Tide Times", also),
        ("Quay Courier", also),
    ])
}

/// The contents of each agreement's claims in [`analyse_beside`]'s batch.
pub fn agreements_beside(herald: &str, gazette: &str, also: &str) -> Vec<Vec<String>> {
    contents(
        &analyse_beside(herald, gazette, also),
        FindingKind::Agreement,
    )
}
