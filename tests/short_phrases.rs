//! A quoted phrase of one or two words reported plainly by another outlet ("back and forth",
//! "insultingly low") tells the same statement only when the two claims have one speaker:
//! said by anyone else, two words are a turn of phrase both outlets happened to use.

mod outlets;

use outlets::agreements_beside;

/// What every outlet also reports, so that the story's words have weights.
const ALSO: &str = "The harbour board met on Tuesday to discuss the ferry pier. Dock workers \
                    said the pier needed new pilings before the summer season. The mayor said \
                    the ferry pier would stay open.";

/// The contents of each agreement's claims when the two outlets' copy is read beside four
/// others that carry only [`ALSO`].
fn agreements(herald: &str, gazette: &str) -> Vec<Vec<String>> {
    agreements_beside(herald, gazette, ALSO)
}

#[test]
fn a_two_word_phrase_of_two_speakers_joins_nothing() {
    let joined = agreements(
        "According to the mayor's lawyer, the mayor and the harbour board have sent letters \
         \"back and forth,\" for weeks.",
        "The Gazette noted that all this back and forth pushed the harbour board to send its final \
         offer to the mayor's lawyer in March.",
    );
    assert!(
        !joined
            .iter()
            .any(|claims| claims.iter().any(|c| c.contains("back and forth"))),
        "the lawyer's letters and the Gazette's account of the offer are two statements: {joined:?}"
    );
}

#[test]
fn a_two_word_phrase_of_one_speaker_still_joins() {
    let joined = agreements(
        "The mayor called the harbour board's offer \"insultingly low\" on Monday.",
        "The mayor said the harbour board's offer was insultingly low.",
    );
    assert!(
        joined
            .iter()
            .any(|claims| claims.iter().any(|c| c.contains("insultingly low"))),
        "{joined:?}"
    );
}
