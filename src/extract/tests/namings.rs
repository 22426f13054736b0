//! A name after a verb of naming ("a group called Save Our Pier") is no claim; a
//! description after it ("called the plan a gamble") is what the speaker said.

use super::*;

#[test]
fn a_thing_called_by_its_name_is_no_claim() {
    let text = "More than 200 people marched to a ferry terminal called Nordgate on Sunday. \
                Ines Varga, who leads a residents' group called Save Our Pier, said the march was \
                peaceful.";
    let found = claims(text);
    assert!(
        found
            .iter()
            .all(|c| !c.content.contains("Nordgate") && !c.content.contains("Save Our Pier")),
        "{found:#?}"
    );
    // The leader's own statement stays hers.
    assert!(
        found
            .iter()
            .any(|c| speaker(c) == "Ines Varga" && c.content.contains("peaceful")),
        "{found:#?}"
    );
}

#[test]
fn a_speaker_who_called_something_a_name_of_her_own_keeps_the_claim() {
    let found = claims("The mayor called the pier plan a gamble with the town's money.");
    assert!(
        found
            .iter()
            .any(|c| speaker(c) == "The mayor" && c.content.contains("gamble")),
        "{found:#?}"
    );
}
