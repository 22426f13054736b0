//! Accented names, CJK quotations and emoji: entities fold across outlets, spans stay on character boundaries, and nothing panics.

use std::path::PathBuf;

use corroborate::check::{ContradictionKind, FindingKind};
use corroborate::extract::ClaimKind;
use corroborate::{RuleSet, article, check, extract_claims};

#[test]
fn accented_names_fold_and_marked_spans_point_at_the_words() {
    let rules = RuleSet::builtin().unwrap();
    let files = article::discover(&[PathBuf::from("tests/fixtures/check/unicode")]).unwrap();
    let a = check(
        extract_claims(article::load(&files).unwrap(), &rules),
        &rules,
    );
    let ids: Vec<&str> = a.entities.iter().map(|e| e.id.as_str()).collect();
    assert!(ids.contains(&"jose-nunez"), "{ids:?}");
    assert!(ids.contains(&"wang-yi"), "{ids:?}");
    assert!(!ids.contains(&"nunez"), "{ids:?}");
    let date = a
        .findings
        .iter()
        .find(|f| f.subkind == Some(ContradictionKind::Date))
        .expect("Saturday vs Sunday");
    assert_eq!(date.sources, ["El Pais Internacional", "El País"]);
    for f in &a.findings {
        for m in &f.marked {
            let claim = a.claims.iter().find(|c| c.id == m.claim).unwrap();
            let article = a.articles.iter().find(|x| x.id == claim.article).unwrap();
            assert_eq!(
                article.text.get(m.span.start..m.span.end),
                Some(m.text.as_str())
            );
        }
    }
    assert!(a.findings.iter().any(|f| f.kind == FindingKind::Agreement));
}

#[test]
fn empty_and_odd_articles_do_not_panic() {
    let dir = tempfile::tempdir().unwrap();
    let texts = [
        "",
        "“",
        "\"Unclosed quote, said nobody",
        "said said said. “” ”“ — … 🕊️🕊️",
        "At least 5 people were killed, police said. At least 5 people were killed, police said.",
        "Ну, «это всё», сказал он. 他说:“好”。",
    ];
    for (n, text) in texts.iter().enumerate() {
        std::fs::write(dir.path().join(format!("{n}.txt")), text).unwrap();
    }
    let rules = RuleSet::builtin().unwrap();
    let files = article::discover(&[PathBuf::from(dir.path())]).unwrap();
    let a = check(
        extract_claims(article::load(&files).unwrap(), &rules),
        &rules,
    );
    assert_eq!(a.articles.len(), texts.len());
}

/// A statement of about 20,000 words (130 KB), far longer than any sentence, ending in a
/// comma before its attribution.
fn enormous_statement() -> String {
    let words: Vec<&str> = "the ceasefire talks in Geneva will resume on Monday and aid \
        convoys must reach Madaya before winter while every side keeps its promises to the \
        people of Syria"
        .split_whitespace()
        .collect();
    let sentence = words.join(" ") + ". ";
    let whole = sentence.repeat(20_000 / words.len());
    whole.trim_end().trim_end_matches('.').to_string() + ","
}

#[test]
fn an_enormous_quotation_is_read_whole_and_compared() {
    let dir = tempfile::tempdir().unwrap();
    let quote = enormous_statement();
    // The second outlet changes one word of the first sentence.
    let changed = quote.replacen("Madaya", "Homs", 1);
    for (n, (source, quote)) in [("One", &quote), ("Two", &changed)].iter().enumerate() {
        let text = format!(
            "+++\nsource = \"{source}\"\ndate = \"2016-02-21\"\n+++\n\"{quote}\" Kerry said.\n"
        );
        std::fs::write(dir.path().join(format!("{n}.txt")), text).unwrap();
    }
    let rules = RuleSet::builtin().unwrap();
    let files = article::discover(&[PathBuf::from(dir.path())]).unwrap();
    let a = check(
        extract_claims(article::load(&files).unwrap(), &rules),
        &rules,
    );
    let read: Vec<(&str, ClaimKind, &str, bool)> = a
        .claims
        .iter()
        .map(|c| {
            let speaker = c.speaker.as_ref().map_or("", |s| s.text.as_str());
            (
                c.article.as_str(),
                c.kind,
                speaker,
                c.content == quote || c.content == changed,
            )
        })
        .collect();
    assert_eq!(
        read,
        [
            ("0", ClaimKind::Direct, "Kerry", true),
            ("1", ClaimKind::Direct, "Kerry", true)
        ]
    );
    let found: Vec<(Option<ContradictionKind>, Vec<&str>, &[String])> = a
        .findings
        .iter()
        .map(|f| {
            let marked = f.marked.iter().map(|m| m.text.as_str()).collect();
            (f.subkind, marked, f.sources.as_slice())
        })
        .collect();
    assert_eq!(
        found,
        [(
            Some(ContradictionKind::Misquote),
            vec!["Madaya", "Homs"],
            &["One".to_string(), "Two".to_string()][..]
        )]
    );
}
