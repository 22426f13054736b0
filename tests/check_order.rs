//! Each check that compares two outlets' claims, read in both orders of the two outlets: which
//! outlet's copy comes first in the batch changes neither the contradictions found nor the
//! words each one marks.

mod outlets;

use corroborate::check::FindingKind;

/// What every outlet also reports, so that the story's words have weights.
const ALSO: &str = "The town council met on Monday about the dam on the Sorrel river. Residents \
                    said the road to the dam had been shut since the flood. The council clerk \
                    said a vote on the budget was due in May.";

/// Each contradiction as its rule and the words it marks, sorted, when `herald`'s copy and
/// `gazette`'s are read beside four outlets that carry only `ALSO`.
fn contradictions_read(herald: &str, gazette: &str) -> Vec<(String, Vec<String>)> {
    let a = outlets::analyse_beside(herald, gazette, ALSO);
    let mut found: Vec<(String, Vec<String>)> = a
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::Contradiction)
        .map(|f| {
            let mut words: Vec<String> = f.marked.iter().map(|m| m.text.clone()).collect();
            words.sort();
            (f.rule.clone(), words)
        })
        .collect();
    found.sort();
    found
}

/// The contradictions found, the same whichever outlet's copy is read first.
fn contradictions(herald: &str, gazette: &str) -> Vec<(String, Vec<String>)> {
    let found = contradictions_read(herald, gazette);
    assert_eq!(
        found,
        contradictions_read(gazette, herald),
        "the order of the outlets changed the contradictions"
    );
    found
}

/// A word changed beside a slip of the keys (a word typed one place too early) reads, one way,
/// as a changed word and, the other way, as two excerpts: both readings are as short, and the
/// changed word is a misquote whichever outlet comes first.
#[test]
fn a_changed_word_beside_a_slipped_word_is_a_misquote_in_both_orders() {
    let found = contradictions(
        "\"The council will pay for the road to the dam and the bridge to the mill this \
         spring,\" said Tomas Reyes, the council treasurer, on Monday.",
        "\"The council will pay for the to track to the dam and the bridge to the mill this \
         spring,\" said Tomas Reyes, the council treasurer, on Monday.",
    );
    assert_eq!(
        found,
        [(
            "misquote".to_string(),
            vec!["road".to_string(), "track".to_string()]
        )]
    );
}

#[test]
fn a_word_changed_in_a_quotation_is_one_misquote_in_both_orders() {
    let found = contradictions(
        "\"We will reopen the north road to the dam before the end of the month,\" said \
         Tomas Reyes, the council treasurer.",
        "\"We will reopen the south road to the dam before the end of the month,\" said \
         Tomas Reyes, the council treasurer.",
    );
    assert_eq!(
        found,
        [(
            "misquote".to_string(),
            vec!["north".to_string(), "south".to_string()]
        )]
    );
}

#[test]
fn a_different_death_toll_is_the_same_contradiction_in_both_orders() {
    let found = contradictions(
        "The flood on the Sorrel river killed 12 people, police said on Monday.",
        "The flood on the Sorrel river killed 19 people, police said on Monday.",
    );
    assert_eq!(
        found,
        [(
            "number-mismatch".to_string(),
            vec!["12".to_string(), "19".to_string()]
        )]
    );
}

#[test]
fn the_same_statement_in_both_outlets_is_no_contradiction_in_either_order() {
    let found = contradictions(
        "\"We will reopen the road to the dam before the end of the month,\" said Tomas \
         Reyes, the council treasurer.",
        "Tomas Reyes, the council treasurer, said: \"We will reopen the road to the dam \
         before the end of the month.\"",
    );
    assert!(found.is_empty(), "{found:?}");
}
