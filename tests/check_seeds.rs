//! The seed articles as `corroborate check` reads them: the agreements, single-source claims and topic answers issue 3 expects, and no contradiction.

use std::path::PathBuf;

use corroborate::check::{Finding, FindingKind};
use corroborate::{Analysis, RuleSet, article, check, extract_claims};

fn run(paths: &[&str], extra_rules: &[&str]) -> Analysis {
    let mut rules = RuleSet::builtin().unwrap();
    for file in extra_rules {
        let text = std::fs::read_to_string(file).unwrap();
        rules.add(corroborate::rules::RuleFile::parse(std::path::Path::new(file), &text).unwrap());
    }
    let paths: Vec<PathBuf> = paths.iter().map(PathBuf::from).collect();
    let files = article::discover(&paths).unwrap();
    let articles = article::load(&files).unwrap();
    check(extract_claims(articles, &rules), &rules)
}

fn content_of<'a>(analysis: &'a Analysis, id: &str) -> &'a str {
    analysis
        .claims
        .iter()
        .find(|c| c.id == id)
        .map_or("", |c| c.content.as_str())
}

/// The finding of `kind` whose claims include one containing each of `needles`.
fn find<'a>(analysis: &'a Analysis, kind: FindingKind, needles: &[&str]) -> Option<&'a Finding> {
    analysis.findings.iter().find(|f| {
        f.kind == kind
            && needles
                .iter()
                .all(|n| f.claims.iter().any(|c| content_of(analysis, c).contains(n)))
    })
}

fn agreed_by_000_and_001(analysis: &Analysis, needles: &[&str]) {
    let f = find(analysis, FindingKind::Agreement, needles)
        .unwrap_or_else(|| panic!("no agreement on {needles:?}"));
    assert!(
        f.claims.iter().any(|c| c.starts_with("000_"))
            && f.claims.iter().any(|c| c.starts_with("001_")),
        "{f:?}"
    );
    assert_eq!(
        f.sources,
        ["International Business Times", "The Washington Post"]
    );
}

#[test]
fn seeds_agree_on_the_amman_announcement() {
    let a = run(&["seeds"], &[]);
    agreed_by_000_and_001(&a, &["provisional agreement in principle"]);
    agreed_by_000_and_001(&a, &["could begin in the coming days"]);
    agreed_by_000_and_001(
        &a,
        &[
            "closer to a ceasefire today",
            "closer to a cease-fire today",
        ],
    );
    agreed_by_000_and_001(&a, &["filling out the details"]);
    agreed_by_000_and_001(&a, &["temporary ceasefire", "temporary truce if Russia"]);
    agreed_by_000_and_001(&a, &["Obama", "Putin"]);
}

/// A desk's rules only add links: with the Syria rules (aliases of Kerry, Lavrov, Assad and
/// the groups, a watched question), or with synonyms a desk adds for words of the seeds,
/// every agreement found without them is found whole (its claims within one agreement),
/// and the quotation spelled "ceasefire" by one outlet and "cease-fire" by the other, once
/// lost with the Syria rules, stays joined.
#[test]
fn rule_synonyms_and_aliases_never_lose_an_agreement() {
    let agreements = |a: &Analysis| -> Vec<Vec<String>> {
        a.findings
            .iter()
            .filter(|f| f.kind == FindingKind::Agreement)
            .map(|f| f.claims.clone())
            .collect()
    };
    let before = agreements(&run(&["seeds"], &[]));
    assert_eq!(before.len(), 7, "{before:?}");
    let dir = tempfile::tempdir().unwrap();
    let desk = dir.path().join("synonyms.toml");
    std::fs::write(
        &desk,
        "[[synonyms]]\nwords = [\"provisional\", \"temporary\", \"interim\"]\n\n\
         [[synonyms]]\nwords = [\"agreement\", \"deal\", \"accord\"]\n\n\
         [[synonyms]]\nwords = [\"details\", \"modalities\", \"terms\"]\n",
    )
    .unwrap();
    for rules in ["rules/examples/syria.toml", desk.to_str().unwrap()] {
        let with = run(&["seeds"], &[rules]);
        let after = agreements(&with);
        for group in &before {
            assert!(
                after.iter().any(|g| group.iter().all(|c| g.contains(c))),
                "{rules} split or lost {group:?}; with it: {after:?}"
            );
        }
        agreed_by_000_and_001(
            &with,
            &[
                "closer to a ceasefire today",
                "closer to a cease-fire today",
            ],
        );
    }
}

#[test]
fn seeds_agree_on_assads_condition() {
    let a = run(&["seeds"], &[]);
    agreed_by_000_and_001(&a, &["lull in fighting"]);
}

#[test]
fn seeds_have_no_contradiction() {
    let a = run(&["seeds"], &["rules/examples/syria.toml"]);
    let contradictions: Vec<&Finding> = a
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::Contradiction)
        .collect();
    assert!(contradictions.is_empty(), "{contradictions:#?}");
}

#[test]
fn seeds_single_source_claims() {
    let a = run(&["seeds"], &[]);
    for (needle, source) in [
        ("tipping point", "International Business Times"),
        ("make yourself a target", "The Washington Post"),
        ("breakthrough", "VOA"),
        ("ground operation", "VOA"),
        ("100,000", "VOA"),
    ] {
        let f = find(&a, FindingKind::SingleSource, &[needle])
            .unwrap_or_else(|| panic!("{needle} is not single-source"));
        assert_eq!(f.sources, [source], "{needle}");
    }
    // Quotations, figures and list members come before plain claims among the single-source
    // findings.
    let single: Vec<&Finding> = a
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::SingleSource)
        .collect();
    let carried: Vec<&str> = single
        .iter()
        .map(|f| {
            let (_, rest) = f.message.split_once(" carries this ").unwrap_or(("", ""));
            rest.split(':').next().unwrap_or("")
        })
        .collect();
    let first_plain = carried.iter().position(|c| *c == "claim").unwrap();
    assert!(
        carried[..first_plain]
            .iter()
            .all(|c| *c == "quotation" || *c == "figure" || *c == "list member")
            && carried[first_plain..].iter().all(|c| *c == "claim"),
        "{carried:?}"
    );
    let at = |needle: &str| {
        single
            .iter()
            .position(|f| f.claims.iter().any(|c| content_of(&a, c).contains(needle)))
            .unwrap_or_else(|| panic!("no single-source finding on {needle}"))
    };
    assert!(at("tipping point") < first_plain);
    assert!(at("didn't expect fighting") >= first_plain);
}

#[test]
fn the_munich_and_amman_events_are_kept_apart() {
    let a = run(&["seeds"], &[]);
    for f in &a.findings {
        let articles: Vec<&str> = f.claims.iter().map(|c| &c[..3]).collect();
        assert!(
            !(articles.contains(&"002")
                && (articles.contains(&"000") || articles.contains(&"001"))),
            "{f:?}"
        );
    }
}

#[test]
fn entities_are_merged_across_the_seeds() {
    let a = run(&["seeds"], &[]);
    let kerry: Vec<&str> = a
        .claims
        .iter()
        .filter(|c| {
            c.speaker
                .as_ref()
                .is_some_and(|s| s.text.contains("Kerry") && !s.text.contains("office"))
        })
        .filter_map(|c| c.speaker.as_ref()?.entity.as_deref())
        .collect();
    assert!(!kerry.is_empty());
    assert!(kerry.iter().all(|id| *id == "john-kerry"), "{kerry:?}");
    let assad: Vec<&str> = a
        .claims
        .iter()
        .filter(|c| {
            c.speaker
                .as_ref()
                .is_some_and(|s| s.shown().contains("Assad"))
        })
        .filter_map(|c| c.speaker.as_ref()?.entity.as_deref())
        .collect();
    // "Syrian President Bashar Assad Saturday, who said" (000), "Syrian President Bashar
    // al-Assad said" and "Assad said" (001): one person.
    assert_eq!(assad.len(), 3, "{assad:?}");
    assert!(assad.iter().all(|id| *id == "bashar-al-assad"), "{assad:?}");
    let ids: Vec<&str> = a.entities.iter().map(|e| e.id.as_str()).collect();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted);
}

#[test]
fn truce_exclusions_are_answered_with_their_sources() {
    let a = run(&["seeds"], &["rules/examples/syria.toml"]);
    let topic = a
        .topics
        .iter()
        .find(|t| t.id == "truce-exclusions")
        .expect("topic answered");
    let nusra = topic
        .answers
        .iter()
        .find(|x| x.entity == "al-nusra-front")
        .expect("al-Nusra");
    assert_eq!(nusra.sources, ["The Washington Post", "VOA"]);
    assert!(!nusra.single_source);
    let is = topic
        .answers
        .iter()
        .find(|x| x.entity == "islamic-state")
        .expect("Islamic State");
    assert_eq!(is.sources, ["VOA"]);
    assert!(is.single_source);
    assert_eq!(topic.answers.len(), 2, "{:?}", topic.answers);
    assert!(a.findings.iter().any(|f| f.rule == "topic-single-source"
        && f.message.contains("Islamic State")
        && f.sources == ["VOA"]));
}

#[test]
fn findings_are_numbered_in_report_order() {
    let a = run(&["seeds"], &["rules/examples/syria.toml"]);
    for (n, f) in a.findings.iter().enumerate() {
        assert_eq!(f.id, format!("F{}", n + 1));
    }
    let kinds: Vec<FindingKind> = a.findings.iter().map(|f| f.kind).collect();
    let mut sorted = kinds.clone();
    sorted.sort();
    assert_eq!(kinds, sorted);
    assert!(a.stats.candidate_pairs > 0);
}

#[test]
fn a_rule_switched_off_reports_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let desk = dir.path().join("desk.toml");
    std::fs::write(&desk, "[severity]\nsingle-source = \"off\"\n").unwrap();
    let a = run(&["seeds"], &[desk.to_str().unwrap()]);
    assert!(a.findings.iter().all(|f| f.rule != "single-source"));
    assert!(a.findings.iter().any(|f| f.kind == FindingKind::Agreement));
}

/// A fingerprint is what a desk writes in an `[[ignore]]` entry to silence a finding for
/// good. Changing how it is made (the hash, the rule id, how the claims' words are folded)
/// or what a claim reads silently revives every such entry: these values change only on
/// purpose, with the change said in the commit and the release notes.
#[test]
fn fingerprints_of_seed_findings_are_pinned() {
    let a = run(&["seeds"], &["rules/examples/syria.toml"]);
    let fingerprint = |rule: &str, needle: &str| {
        a.findings
            .iter()
            .find(|f| f.rule == rule && f.claims.iter().any(|c| content_of(&a, c).contains(needle)))
            .map(|f| f.fingerprint.as_str())
            .unwrap_or_else(|| panic!("no {rule} finding on {needle}"))
    };
    assert_eq!(
        fingerprint("agreement", "provisional agreement on terms"),
        "2083f62e32bbf3e0"
    );
    assert_eq!(
        fingerprint("single-source", "major powers have agreed to seek"),
        "7a9c3a58ac434451"
    );
    // A topic answer's fingerprint is made of the topic and the entity, not of claims.
    assert_eq!(
        fingerprint("topic-single-source", "will not apply to terrorist groups"),
        "5a13f5872b95778a"
    );
}
