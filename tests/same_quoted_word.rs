//! One word two outlets quote alike from a speaker ("said the reprieve was \"welcome\"" /
//! "called the decision \"welcome\"") is one statement carried by both, when the word is rare
//! in the story and the two speakers can be one (an office and its spokeswoman). The same
//! word from two different people, or quoted once denied and once not, joins nothing.

mod outlets;

use outlets::agreements_beside;

/// What every outlet also reports, so that the story's words have weights.
const ALSO: &str = "The fisheries ministry extended the quota waiver for the northern fleet on \
                    Tuesday. Skippers said the waiver was the only thing keeping the harbour \
                    open. The port authority said the fleet would stay at sea until the quota \
                    talks resumed.";

/// True when an agreement holds a claim containing each of `words`.
fn joined(agreements: &[Vec<String>], words: &[&str]) -> bool {
    agreements
        .iter()
        .any(|claims| words.iter().all(|w| claims.iter().any(|c| c.contains(w))))
}

#[test]
fn one_word_quoted_alike_from_an_office_and_its_spokeswoman_is_one_statement() {
    let herald = "A spokeswoman for the Norwegian government said the reprieve for the fleet \
                  was \"welcome,\" but the canneries still needed help.";
    let gazette = "The Norwegian government said the decision was \"welcome.\"";
    let found = agreements_beside(herald, gazette, ALSO);
    assert!(
        joined(&found, &["reprieve for the fleet", "the decision was"]),
        "both outlets quote the government's one word of the same decision: {found:?}"
    );
    // Whichever outlet's copy comes first.
    let found = agreements_beside(gazette, herald, ALSO);
    assert!(
        joined(&found, &["reprieve for the fleet", "the decision was"]),
        "{found:?}"
    );
}

#[test]
fn the_same_word_quoted_from_two_people_joins_nothing() {
    let found = agreements_beside(
        "Ingrid Solheim said the reprieve for the fleet was \"welcome.\"",
        "Per Aasen said the decision was \"welcome.\"",
        ALSO,
    );
    assert!(
        !joined(&found, &["reprieve for the fleet", "the decision was"]),
        "two people who both welcomed it made two statements: {found:?}"
    );
}

#[test]
fn the_same_word_quoted_once_denied_joins_nothing() {
    let found = agreements_beside(
        "The Norwegian government said the reprieve for the fleet was \"welcome.\"",
        "The Norwegian government said the decision was not \"welcome.\"",
        ALSO,
    );
    assert!(
        !joined(&found, &["reprieve for the fleet", "the decision was"]),
        "a word quoted as denied is the opposite statement: {found:?}"
    );
}

#[test]
fn the_same_word_in_two_outlets_own_scare_quotes_joins_nothing() {
    // No one is quoted: each outlet marks a word of its own sentence (both are read as
    // claims with no speaker, of the passive "is expected").
    let found = agreements_beside(
        "The reprieve for the fleet, which is expected to be a \"temporary\" measure, ends in \
         May.",
        "The shortage of cod is expected to be \"temporary\" this spring.",
        ALSO,
    );
    assert!(
        !joined(&found, &["\"temporary\" measure", "shortage of cod"]),
        "two outlets' scare quotes are no one's statement: {found:?}"
    );
}
