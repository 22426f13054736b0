//! A word one outlet quotes from a speaker ("called the closure \"shameful\"") that sits
//! inside the longer quotation of the same speaker another outlet carries ("It is shameful
//! that the ferry was stopped …") is one statement carried by both; the same word in the
//! quotation of someone else, or in another outlet's own words, joins nothing.

mod outlets;

use outlets::agreements_beside;

/// What every outlet also reports, so that the story's words have weights.
const ALSO: &str = "The island council stopped the ferry service on Friday. Residents said the \
                    ferry was the only way to reach the mainland hospital. The harbour master \
                    said the ferry would stay in port until the council met again.";

/// The contents of each agreement's claims when the two outlets' copy is read beside four
/// others that carry only [`ALSO`].
fn agreements(herald: &str, gazette: &str) -> Vec<Vec<String>> {
    agreements_beside(herald, gazette, ALSO)
}

/// True when an agreement holds a claim containing each of `words`.
fn joined(agreements: &[Vec<String>], words: &[&str]) -> bool {
    agreements
        .iter()
        .any(|claims| words.iter().all(|w| claims.iter().any(|c| c.contains(w))))
}

#[test]
fn a_word_quoted_from_a_longer_quotation_of_one_speaker_is_one_statement() {
    let found = agreements(
        "Lena Ostrova said it was \"shameful\" that the council had shut the ferry terminal in \
         the middle of the night.",
        "\"It is shameful that the ferry was stopped behind closed doors. The islanders \
         deserve better,\" Lena Ostrova wrote on Monday.",
    );
    assert!(
        joined(
            &found,
            &["shameful\" that the council", "behind closed doors"]
        ),
        "the Herald quotes one word of the statement the Gazette quotes whole: {found:?}"
    );
    // Whichever outlet's copy comes first.
    let found = agreements(
        "\"It is shameful that the ferry was stopped behind closed doors. The islanders \
         deserve better,\" Lena Ostrova wrote on Monday.",
        "Lena Ostrova said it was \"shameful\" that the council had shut the ferry terminal in \
         the middle of the night.",
    );
    assert!(
        joined(
            &found,
            &["shameful\" that the council", "behind closed doors"]
        ),
        "{found:?}"
    );
}

#[test]
fn the_same_word_in_another_speakers_quotation_joins_nothing() {
    let found = agreements(
        "Lena Ostrova said it was \"shameful\" that the council had shut the ferry terminal in \
         the middle of the night.",
        "\"It is shameful that the ferry was stopped behind closed doors. The islanders \
         deserve better,\" Tomas Berg wrote on Monday.",
    );
    assert!(
        !joined(
            &found,
            &["shameful\" that the council", "behind closed doors"]
        ),
        "two people who both found it shameful made two statements: {found:?}"
    );
}

#[test]
fn a_quoted_word_alone_in_the_longer_quotation_joins_nothing() {
    // The one word is all the two share: what it is said of differs.
    let found = agreements(
        "Lena Ostrova called the new timetable \"shameful\" in a radio interview.",
        "\"It is shameful that the islanders were never asked. We will appeal,\" Lena Ostrova \
         wrote on Monday.",
    );
    assert!(!joined(&found, &["timetable", "never asked"]), "{found:?}");
}

#[test]
fn a_negated_excerpt_of_a_plain_quotation_joins_nothing() {
    let found = agreements(
        "Lena Ostrova said it was not \"shameful\" that the council had shut the ferry terminal \
         in the middle of the night.",
        "\"It is shameful that the ferry was stopped behind closed doors. The islanders \
         deserve better,\" Lena Ostrova wrote on Monday.",
    );
    assert!(
        !joined(
            &found,
            &["shameful\" that the council", "behind closed doors"]
        ),
        "{found:?}"
    );
}
