//! The lists of discrepancies between outlets' figures in `tests/data/facts/`: each parses and
//! fits its copy (every side's article is in the batch and writes the figure), and the
//! checker's score on each is what the lists' README and `tests/desk_events.rs` record. The
//! ECB+, NewsWCL50 and PolNeAR lists read `../shared/data/ecbplus`, `../shared/data/newswcl50`
//! and `../shared/data/polnear` (run with `--ignored`).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use corroborate::article::{LoadOptions, load_inputs};
use corroborate::date::Date;
use corroborate::eval::facts::{FactScore, Gold, score};
use corroborate::{Article, RuleSet, check, extract_claims};

fn read(path: &str) -> Gold {
    Gold::read(Path::new(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn run(gold: &Gold, data: &str) -> FactScore {
    let rules = RuleSet::builtin().unwrap();
    let paths: Vec<PathBuf> = gold
        .stories
        .iter()
        .map(|s| Path::new(data).join(s))
        .collect();
    let loaded = load_inputs(&paths, None, &LoadOptions::default()).unwrap();
    let analysis = check(extract_claims(loaded.articles, &rules), &rules);
    score(gold, &analysis.articles, &analysis.findings)
}

/// The PolNeAR articles a list names (`stories` are the file names `polnear_batch` gives
/// them), as published: each under its outlet, date and title, its text unchanged.
fn polnear_articles(gold: &Gold, files: &[&str]) -> Vec<Article> {
    let wanted: BTreeSet<&str> = gold
        .stories
        .iter()
        .map(|s| s.strip_suffix(".txt").unwrap_or(s))
        .collect();
    let mut articles = Vec::new();
    for file in files {
        let data = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{file}: {e}"));
        for line in data.lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            let field = |k: &str| v[k].as_str().unwrap_or_default().to_string();
            // The file name `polnear_batch` writes.
            let id = corroborate::eval::polnear::file_name(&field("id"));
            if !wanted.contains(id.as_str()) {
                continue;
            }
            articles.push(Article {
                path: format!("{id}.txt"),
                source: field("publisher"),
                date: Date::parse(&field("date")),
                title: Some(field("title")),
                url: None,
                body_offset: 0,
                body_line: 0,
                metadata: Default::default(),
                text: field("text"),
                id,
            });
        }
    }
    assert_eq!(articles.len(), wanted.len(), "every listed article is read");
    articles
}

/// A desk set's list scored on the desk fixtures: discrepancies found, found at the
/// severity the list expects, differences that are none called errors or warnings, and
/// errors and warnings the list does not hold.
fn desk_score(list: &str) -> (usize, usize, usize, usize) {
    let gold = read(list);
    let scored = run(&gold, "tests/fixtures/desk_events");
    assert!(scored.problems.is_empty(), "{list}: {:?}", scored.problems);
    (
        scored.found(),
        scored.as_expected(&gold),
        scored.false_alarms(),
        scored.unlisted.len(),
    )
}

#[test]
fn every_list_parses_and_names_two_sides_per_entry() {
    for path in [
        "tests/data/facts/ecbplus.toml",
        "tests/data/facts/desk_nineteenth.toml",
        "tests/data/facts/desk_twentieth.toml",
        "tests/data/facts/newswcl50.toml",
        "tests/data/facts/polnear.toml",
    ] {
        let gold = read(path);
        assert!(!gold.stories.is_empty(), "{path}");
        for entry in gold.conflicts.iter().chain(&gold.compatible) {
            assert!(!entry.what.is_empty(), "{path}");
            for side in &entry.sides {
                assert!(!side.written.is_empty(), "{path}: {}", entry.what);
            }
        }
    }
    let polnear = read("tests/data/facts/polnear.toml");
    assert_eq!((polnear.conflicts.len(), polnear.compatible.len()), (7, 31));
    let ecb = read("tests/data/facts/ecbplus.toml");
    assert_eq!((ecb.conflicts.len(), ecb.compatible.len()), (15, 6));
    let wcl = read("tests/data/facts/newswcl50.toml");
    assert_eq!((wcl.conflicts.len(), wcl.compatible.len()), (8, 11));
}

#[test]
fn the_nineteenth_desk_set_scores_as_read_blind() {
    // Read blind on 7 December 2026 (see `tests/desk_events.rs`): 8 of 20 found, 6 of them
    // at the severity an editor expects, and one difference that is none (11 in hospital on
    // the day against nine still there the next) called a warning. Since "Among the dead
    // were three children" is no count of the dead, the killed are six against eight, the
    // right figures, as a warning where the list expects an error: 5 at the severity. Since
    // people "rushed to hospital" are in hospital and people "pulled from the sea alive"
    // rescued, 10 found, 6 at the severity (the rescued are "sources differ"). Since people
    // "at the festival" are its crowd, a licence is a capacity and "Two of the dead were
    // children" counts children among the killed, 13 found, 9 at the severity (three errors
    // where warnings were expected: the same day on both sides). Since a count
    // still standing told on a later day ("nine were still in hospital") falls short of the
    // count first told without disagreeing, and temperatures read to the degree that meet
    // only at their edge ("around 9C", "about 11C") are two figures, with the
    // mends above 14 found, 10 at the severity (the water is "sources differ", as listed),
    // and no false alarm. Since an outlet's own figure against one another outlet credits
    // to a source is an error when both are definite and of one day (facts50), the injured
    // 31 (the organisers) against 23 (the tabloid's own) is the error expected: 11 at the
    // severity. Since the price of one ticket is read and a distance "out from the shore"
    // or "off the coast" is one from the shore or the coast (deskfacts51), the weekend
    // ticket and 200 against 500 metres are found (the second an error where a warning was
    // expected): 16 found, 13 at the severity. The one unlisted warning is right: "roughly
    // 24 miles off the coast" against "about 40 miles from the coast", the disagreement the
    // list holds as 38 km against 40 miles.
    assert_eq!(
        desk_score("tests/data/facts/desk_nineteenth.toml"),
        (16, 13, 0, 1)
    );
}

#[test]
fn the_twentieth_desk_set_scores_as_read_blind() {
    // Written on 7 December 2026 (third session) against e526b7a, before that session's
    // mends landed (see `tests/desk_events.rs`): 3 of 24 found at that code, 2 of them at the
    // severity an editor expects, no difference that is none called an error or a warning.
    // Scored blind again at that session's merged head: the same. Mended (facts49): 9 of
    // 24, 4 at the severity, nothing false, nothing unlisted. With the stories mend
    // (stories49), ledes naming the same cast may differ on the day and the age, so the bomb
    // threat's tabloid is one story with the wire, and the man's age and the fans led out
    // are found too: 11 of 24, 6 at the severity, nothing false, nothing unlisted. Since an
    // outlet's own figure against one another outlet credits is an error when both are
    // definite and of one day (facts50), the riders, the time the ride stopped, five
    // against three in hospital, the boy's age and 2 km against 4 km are the errors
    // expected: 11 at the severity. Since a day to come written with its month is read
    // and fans are people of one kind (deskfacts51), the replay's day and eight against
    // seventeen hurt are found, both warnings as listed: 13 at the severity.
    assert_eq!(
        desk_score("tests/data/facts/desk_twentieth.toml"),
        (13, 13, 0, 0)
    );
}

#[test]
#[ignore = "reads the ECB+ copy of ../shared/data/ecbplus (not in the repository)"]
fn the_ecbplus_discrepancies_are_all_found_and_no_conversion_is_called_one() {
    let gold = read("tests/data/facts/ecbplus.toml");
    let scored = run(&gold, "../shared/data/ecbplus");
    assert!(scored.problems.is_empty(), "{:?}", scored.problems);
    assert_eq!(scored.found(), 15);
    assert_eq!(scored.as_expected(&gold), 15);
    assert_eq!(scored.false_alarms(), 0);
    assert!(scored.unlisted.is_empty(), "{:?}", scored.unlisted);
}

#[test]
#[ignore = "reads the NewsWCL50 copy of ../shared/data/newswcl50 (not in the repository)"]
fn the_newswcl50_discrepancies_score_as_read_blind() {
    // Read on 7 December 2026 (evening) before any fact rule was mended on this copy, scored
    // blind at 53d73fe: 3 of 8 found (the 2017 missile tests, Mueller's questions, Netanyahu's
    // files), all 3 at the severity an editor expects, none of the 11 differences that are
    // none called an error or a warning, and 5 errors and warnings the list does not hold,
    // all right and none about a figure (a defendant named in one outlet and not in another,
    // four quotations worded differently).
    let gold = read("tests/data/facts/newswcl50.toml");
    let scored = run(&gold, "../shared/data/newswcl50");
    assert!(scored.problems.is_empty(), "{:?}", scored.problems);
    assert_eq!(
        (
            scored.found(),
            scored.as_expected(&gold),
            scored.false_alarms(),
            scored.unlisted.len()
        ),
        (3, 3, 0, 5)
    );
}

#[test]
#[ignore = "reads the PolNeAR copy of ../shared/data/polnear (not in the repository)"]
fn the_polnear_discrepancies_score_as_read_blind() {
    // Read on 7 December 2026 (night) before any rule was mended for this copy, scored blind
    // at 90a0ff4: none of the 7 discrepancies found (what Sanders raised, in all and in
    // January; Wyoming's convention seats and the day of its county stage; the states voting
    // on Super Tuesday; the pages of Clinton's email; the deleted email as Trump and Giuliani
    // count it), none of the 31 differences that are none called an error or a warning, and
    // 1 warning the list does not hold, a false one: Clinton's 3-point polling lead against
    // Trump's seven-point one (two candidates' leads in one piece and another). 9da1fef
    // gives a lead its holder, so two candidates' leads are two frames: that false warning
    // is gone; the list's own rows score as before.
    let gold = read("tests/data/facts/polnear.toml");
    let articles = polnear_articles(
        &gold,
        &[
            "../shared/data/polnear/train.jsonl",
            "../shared/data/polnear/dev.jsonl",
        ],
    );
    let rules = RuleSet::builtin().unwrap();
    let analysis = check(extract_claims(articles, &rules), &rules);
    let scored = score(&gold, &analysis.articles, &analysis.findings);
    assert!(scored.problems.is_empty(), "{:?}", scored.problems);
    assert_eq!(
        (
            scored.found(),
            scored.as_expected(&gold),
            scored.false_alarms(),
            scored.unlisted.len()
        ),
        (0, 0, 0, 0)
    );
}
