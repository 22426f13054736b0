//! The kinds of link an editor expects between two outlets' copy of one statement, each read
//! in both orders of the two outlets: the same quotation of two sentences word for word, the
//! same indirect statement with a word more, an excerpt of a longer quotation, a quoted phrase
//! reported without quotation marks, curly quotes and an ellipsis, and a statement both
//! report negated, in words reordered. A quotation with a word changed is carried by both
//! outlets, reported as a misquote and not as an agreement.

mod outlets;

use corroborate::check::FindingKind;
use outlets::agreements_beside;

/// What every outlet also reports, so that the story's words have weights.
const ALSO: &str = "The county water board met on Thursday about the reservoir. Farmers said \
                    the reservoir was lower than in any summer they remembered. The board chair \
                    said rationing would start in August.";

/// The contents of each agreement's claims, the same whichever outlet's copy is read first.
fn agreements(herald: &str, gazette: &str) -> Vec<Vec<String>> {
    let found = agreements_beside(herald, gazette, ALSO);
    assert_eq!(
        found,
        agreements_beside(gazette, herald, ALSO),
        "the order of the outlets changed the agreements"
    );
    found
}

/// True when an agreement holds a claim containing each of `words`.
fn joined(agreements: &[Vec<String>], words: &[&str]) -> bool {
    agreements
        .iter()
        .any(|claims| words.iter().all(|w| claims.iter().any(|c| c.contains(w))))
}

#[test]
fn a_quotation_of_two_sentences_word_for_word_is_one_statement() {
    let found = agreements(
        "\"We cannot keep pumping from a dry lake. Every town upstream has to cut its draw by \
         a fifth,\" said Marta Quill, the board's engineer, on Thursday evening.",
        "Marta Quill warned the meeting: \"We cannot keep pumping from a dry lake. Every town \
         upstream has to cut its draw by a fifth.\"",
    );
    assert!(joined(&found, &["dry lake"]), "{found:?}");
}

#[test]
fn an_indirect_statement_with_a_word_more_is_one_statement() {
    let found = agreements(
        "Marta Quill said the county's pumps at Elm Ford would be switched off before the \
         harvest festival.",
        "Marta Quill said the pumps at Elm Ford would be switched off before the harvest \
         festival.",
    );
    assert!(joined(&found, &["Elm Ford"]), "{found:?}");
}

#[test]
fn an_excerpt_of_a_longer_quotation_is_one_statement() {
    let found = agreements(
        "Quill said the upstream towns had \"treated the lake like a bottomless bucket\" for \
         a decade.",
        "\"For ten years the upstream towns have treated the lake like a bottomless bucket, and \
         now the bucket is empty,\" Quill said.",
    );
    assert!(joined(&found, &["bottomless bucket"]), "{found:?}");
}

#[test]
fn a_quoted_phrase_reported_plainly_is_one_statement() {
    let found = agreements(
        "Farmer Ollie Brandt called the rationing plan \"a recipe for ruin\" on Thursday.",
        "Farmer Ollie Brandt said the rationing plan was a recipe for ruin.",
    );
    assert!(joined(&found, &["recipe for ruin"]), "{found:?}");
}

#[test]
fn curly_quotes_and_an_ellipsis_change_no_statement() {
    let found = agreements(
        "“We will ration every drop … until the rains return to the valley,” Quill said.",
        "\"We will ration every drop until the rains return to the valley,\" Quill said.",
    );
    assert!(joined(&found, &["every drop"]), "{found:?}");
}

#[test]
fn a_negated_statement_in_words_reordered_is_one_statement() {
    let found = agreements(
        "Brandt said the board had never consulted the orchard growers about the Elm Ford pumps.",
        "The orchard growers were never consulted about the Elm Ford pumps, Brandt said.",
    );
    assert!(joined(&found, &["Elm Ford"]), "{found:?}");
}

/// Two outlets quoting one speaker with a word changed carry one statement: neither rests on
/// its outlet alone, so neither is single-source. It is reported as a misquote naming both,
/// and not also as an agreement, whose help says there is nothing to fix.
#[test]
fn a_misquoted_statement_is_carried_by_both_and_is_no_agreement() {
    let a = outlets::analyse_beside(
        "\"We will close the east wing of the hospital by the end of the month,\" said Ines \
         Varga, the hospital director.",
        "\"We will close the west wing of the hospital by the end of the month,\" said Ines \
         Varga, the hospital director.",
        ALSO,
    );
    let misquotes: Vec<_> = a
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::Contradiction)
        .map(|f| (f.rule.as_str(), f.sources.clone()))
        .collect();
    assert_eq!(
        misquotes,
        [(
            "misquote",
            vec!["Coast Gazette".to_string(), "Harbour Herald".to_string()]
        )],
        "{:?}",
        a.findings
    );
    let about_the_wing = |kind: FindingKind| {
        outlets::contents(&a, kind)
            .into_iter()
            .flatten()
            .filter(|c| c.contains("wing"))
            .count()
    };
    assert_eq!(about_the_wing(FindingKind::SingleSource), 0);
    assert_eq!(about_the_wing(FindingKind::Agreement), 0);
}
