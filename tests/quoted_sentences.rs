//! A short sentence one outlet quotes ("told her directly, \"Keep the ferry.\"") that
//! another outlet's longer quotation holds inside quotation marks of its own ("… saying 'Keep
//! the ferry.' I told him …") is one quotation carried by both, though it is too short and
//! its words too common for any other route; the same words not marked as quoted, or quoted
//! from someone else, join nothing.

mod outlets;

use outlets::agreements_beside;

/// What every outlet also reports, so that the ferry is the story's commonest word.
const ALSO: &str = "The island council stopped the ferry service on Friday. Residents said the \
                    ferry was the only way to reach the mainland hospital. The harbour master \
                    said the ferry would stay in port until the council met again.";

/// True when an agreement holds a claim containing each of `words`.
fn joined(herald: &str, gazette: &str, words: &[&str]) -> bool {
    agreements_beside(herald, gazette, ALSO)
        .iter()
        .any(|claims| words.iter().all(|w| claims.iter().any(|c| c.contains(w))))
}

const HERALD: &str = "Ines Marlow wrote that the council leader told her directly, \"Keep the \
                      ferry.\"";

#[test]
fn a_quoted_sentence_inside_a_longer_quotation_is_one_quotation() {
    let gazette = "\"He came back to the subject twice, saying 'Keep the ferry.' I told him \
                   the islanders had said so for years,\" the diary entry reads.";
    assert!(
        joined(
            HERALD,
            gazette,
            &["told her directly", "came back to the subject"]
        ),
        "both outlets quote the same sentence: {:?}",
        agreements_beside(HERALD, gazette, ALSO)
    );
    // Whichever outlet's copy comes first.
    assert!(joined(
        gazette,
        HERALD,
        &["told her directly", "came back to the subject"]
    ));
}

#[test]
fn the_same_words_not_marked_as_quoted_join_nothing() {
    let gazette = "\"He came back to the subject twice and said to keep the ferry. I told \
                   him the islanders had said so for years,\" the diary entry reads.";
    assert!(
        !joined(
            HERALD,
            gazette,
            &["told her directly", "came back to the subject"]
        ),
        "two common words in a row are no quotation: {:?}",
        agreements_beside(HERALD, gazette, ALSO)
    );
}

#[test]
fn the_sentence_quoted_from_someone_else_joins_nothing() {
    let gazette = "\"He came back to the subject twice, saying 'Keep the ferry.' I told him \
                   the islanders had said so for years,\" Tomas Berg wrote in his diary.";
    assert!(
        !joined(
            HERALD,
            gazette,
            &["told her directly", "came back to the subject"]
        ),
        "two writers recording the same words are two statements: {:?}",
        agreements_beside(HERALD, gazette, ALSO)
    );
}
