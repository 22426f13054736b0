//! The corroboration gold of `tests/data/corroboration/` (the five tuned stories and the
//! held-out file): each parses with its counts, its phrases are well formed, and (with the
//! NewsWCL50 articles of `../shared/data` or `$NEWSWCL50`, run with `--ignored`) every phrase
//! is found once in its article and the scorer reads every labelled story.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use corroborate::article::{Article, ArticleMeta, LoadOptions, load_inputs};
use corroborate::eval::corroboration::{Gold, GoldKind, phrase_problem, score};
use corroborate::{RuleSet, check, extract_claims};

/// The five stories the linker and the rules were tuned on.
const GOLD: &str = "tests/data/corroboration/newswcl50.toml";
/// Stories labelled blind and never tuned on: measured after a change, never tuned against.
const HELDOUT: &str = "tests/data/corroboration/newswcl50_heldout.toml";
const GOLDS: [&str; 2] = [GOLD, HELDOUT];
/// The NewsWCL50 copy, beside the repository; `$NEWSWCL50` names another (a work tree elsewhere).
const DATA: &str = "../shared/data/newswcl50";

fn read(path: &str) -> Gold {
    Gold::read(Path::new(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// How many claims the outlets carry, by number of carrying outlets.
fn by_outlets(gold: &Gold) -> BTreeMap<usize, usize> {
    let mut by_outlets: BTreeMap<usize, usize> = BTreeMap::new();
    for claim in &gold.claims {
        *by_outlets.entry(claim.carried.len()).or_default() += 1;
    }
    by_outlets
}

fn assertions(gold: &Gold) -> usize {
    gold.claims
        .iter()
        .filter(|c| c.kind == GoldKind::Assertion)
        .count()
}

#[test]
fn the_gold_parses_with_five_stories_and_its_counts() {
    let gold = read(GOLD);
    assert_eq!(gold.corpus, "newswcl50");
    assert_eq!(gold.stories.len(), 5);
    assert_eq!(gold.claims.len(), 286);
    assert_eq!(
        by_outlets(&gold),
        BTreeMap::from([(1, 199), (2, 53), (3, 17), (4, 8), (5, 9)])
    );
    assert_eq!(assertions(&gold), 21);
}

#[test]
fn the_heldout_gold_parses_with_its_stories_and_counts() {
    let gold = read(HELDOUT);
    assert_eq!(gold.corpus, "newswcl50");
    assert_eq!(
        gold.stories,
        [
            "newswcl50-2-north-korea-suspends-tests",
            "newswcl50-6-migrant-caravan-at-border",
            "newswcl50-8-mueller-questions-for-trump"
        ]
    );
    assert_eq!(gold.claims.len(), 174);
    assert_eq!(
        by_outlets(&gold),
        BTreeMap::from([(1, 122), (2, 32), (3, 10), (4, 3), (5, 7)])
    );
    assert_eq!(assertions(&gold), 13);
    // Its related stories are the tuned file's, so that both score links alike.
    assert_eq!(gold.related, read(GOLD).related);
}

#[test]
fn no_story_is_both_tuned_on_and_held_out() {
    let tuned = read(GOLD);
    for story in &read(HELDOUT).stories {
        assert!(!tuned.stories.contains(story), "{story} is in both files");
    }
}

#[test]
fn every_phrase_is_well_formed_and_every_story_labelled() {
    for path in GOLDS {
        phrases_well_formed_and_stories_labelled(&read(path));
    }
}

fn phrases_well_formed_and_stories_labelled(gold: &Gold) {
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
    let dir = std::env::var_os("NEWSWCL50").map_or_else(|| PathBuf::from(DATA), PathBuf::from);
    assert!(
        dir.is_dir(),
        "{} not found: these tests read the NewsWCL50 articles of the shared data",
        dir.display()
    );
    dir
}

#[test]
#[ignore = "reads the NewsWCL50 articles of ../shared/data/newswcl50 (not in the repository)"]
fn every_phrase_is_found_once_in_its_article() {
    let dir = data_dir();
    let mut wrong = Vec::new();
    for path in GOLDS {
        wrong.extend(
            phrases_not_found_once(&dir, &read(path))
                .into_iter()
                .map(|w| format!("{path} {w}")),
        );
    }
    assert_eq!(wrong, Vec::<String>::new());
}

/// The phrases of `gold` not found exactly once in their article, with their line.
fn phrases_not_found_once(dir: &Path, gold: &Gold) -> Vec<String> {
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
    wrong
}

#[test]
#[ignore = "runs the pipeline on ../shared/data/newswcl50 (not in the repository)"]
fn the_scorer_reads_every_labelled_story_in_one_batch() {
    let gold = read(GOLD);
    let card = score(&gold, &analysis_of(&gold));
    assert_eq!(card.problems, Vec::<String>::new());
    assert_eq!(card.stories.len(), 5);
    assert_eq!(card.overall.claims, 286);
    assert_eq!(card.overall.carriages, 433);
    assert_eq!(card.overall.multi + card.overall.single, 286);
}

#[test]
#[ignore = "runs the pipeline on ../shared/data/newswcl50 (not in the repository)"]
fn the_scorer_reads_the_heldout_stories_with_no_problem() {
    let gold = read(HELDOUT);
    let card = score(&gold, &analysis_of(&gold));
    assert_eq!(card.problems, Vec::<String>::new());
    assert_eq!(card.stories.len(), 3);
    assert_eq!(card.overall.claims, 174);
    assert_eq!(card.overall.carriages, 263);
    assert_eq!(card.overall.multi + card.overall.single, 174);
}

/// The checker's analysis of the gold's stories, read from the shared data as one batch.
fn analysis_of(gold: &Gold) -> corroborate::Analysis {
    let dir = data_dir();
    let paths: Vec<PathBuf> = gold.stories.iter().map(|s| dir.join(s)).collect();
    let loaded = load_inputs(&paths, None, &LoadOptions::default()).expect("articles load");
    let rules = RuleSet::builtin().expect("built-in rules");
    check(extract_claims(loaded.articles, &rules), &rules)
}
