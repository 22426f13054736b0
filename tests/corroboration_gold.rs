//! The corroboration gold of `tests/data/corroboration/`: it parses, its phrases are well
//! formed, and (with the NewsWCL50 articles of `../shared/data`, run with `--ignored`) every
//! phrase is found once in its article and the scorer reads every labelled story.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use corroborate::article::{Article, ArticleMeta, LoadOptions, load_inputs};
use corroborate::eval::corroboration::{Gold, GoldKind, phrase_problem, score};
use corroborate::{RuleSet, check, extract_claims};

const GOLD: &str = "tests/data/corroboration/newswcl50.toml";
const DATA: &str = "../shared/data/newswcl50";

fn gold() -> Gold {
    Gold::read(Path::new(GOLD)).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn the_gold_parses_with_five_stories_and_its_counts() {
    let gold = gold();
    assert_eq!(gold.corpus, "newswcl50");
    assert_eq!(gold.stories.len(), 5);
    assert_eq!(gold.claims.len(), 286);
    let mut by_outlets: BTreeMap<usize, usize> = BTreeMap::new();
    for claim in &gold.claims {
        *by_outlets.entry(claim.carried.len()).or_default() += 1;
    }
    assert_eq!(
        by_outlets,
        BTreeMap::from([(1, 199), (2, 53), (3, 17), (4, 8), (5, 9)])
    );
    let assertions = gold
        .claims
        .iter()
        .filter(|c| c.kind == GoldKind::Assertion)
        .count();
    assert_eq!(assertions, 21);
}

#[test]
fn every_phrase_is_well_formed_and_every_story_labelled() {
    let gold = gold();
    for claim in &gold.claims {
        for phrase in claim.carried.values().flatten() {
            assert_eq!(phrase_problem(phrase), None, "gold line {}", claim.line);
        }
        // The outlet states an assertion; whom it credits, if anyone, is `via`.
        assert_eq!(
            claim.kind == GoldKind::Assertion,
            claim.speaker == "outlet",
            "gold line {}",
            claim.line
        );
    }
    for story in &gold.stories {
        let here: Vec<_> = gold.claims.iter().filter(|c| &c.story == story).collect();
        assert!(
            here.iter().any(|c| c.carried.len() == 5),
            "{story}: no claim all five carry"
        );
        assert!(
            here.iter().any(|c| c.carried.len() == 1),
            "{story}: no one-outlet claim"
        );
    }
    // One claim, one entry: no two entries of a story with the same speaker and gist.
    let mut seen = std::collections::BTreeSet::new();
    for claim in &gold.claims {
        assert!(
            seen.insert((&claim.story, &claim.speaker, &claim.gist)),
            "gold line {}: the same claim twice",
            claim.line
        );
    }
}

fn data_dir() -> PathBuf {
    let dir = PathBuf::from(DATA);
    assert!(
        dir.is_dir(),
        "{DATA} not found: these tests read the NewsWCL50 articles of the shared data"
    );
    dir
}

#[test]
#[ignore = "reads the NewsWCL50 articles of ../shared/data/newswcl50 (not in the repository)"]
fn every_phrase_is_found_once_in_its_article() {
    let dir = data_dir();
    let gold = gold();
    let mut wrong = Vec::new();
    for claim in &gold.claims {
        for (outlet, phrases) in &claim.carried {
            let path = dir.join(&claim.story).join(format!("{outlet}.txt"));
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let article = Article::from_text(&path, &text, &ArticleMeta::default())
                .unwrap_or_else(|e| panic!("{e}"));
            for phrase in phrases {
                let times = article.text.matches(phrase.as_str()).count();
                if times != 1 {
                    wrong.push(format!("line {}: `{phrase}` {times} times", claim.line));
                }
            }
        }
    }
    assert_eq!(wrong, Vec::<String>::new());
}

#[test]
#[ignore = "runs the pipeline on ../shared/data/newswcl50 (not in the repository)"]
fn the_scorer_reads_every_labelled_story_in_one_batch() {
    let dir = data_dir();
    let gold = gold();
    let paths: Vec<PathBuf> = gold.stories.iter().map(|s| dir.join(s)).collect();
    let loaded = load_inputs(&paths, None, &LoadOptions::default()).expect("articles load");
    let rules = RuleSet::builtin().expect("built-in rules");
    let analysis = check(extract_claims(loaded.articles, &rules), &rules);
    let card = score(&gold, &analysis);
    assert_eq!(card.problems, Vec::<String>::new());
    assert_eq!(card.stories.len(), 5);
    assert_eq!(card.overall.claims, 286);
    assert_eq!(card.overall.carriages, 433);
    assert_eq!(card.overall.multi + card.overall.single, 286);
}
