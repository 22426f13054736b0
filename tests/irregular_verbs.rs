//! One speaker's statement reported with two forms of an irregular verb ("met" / "had been
//! meeting", "wrote" / "has written") is one claim: the forms share a stem as "said" and
//! "saying" do, so the two outlets agree.

mod outlets;

use outlets::agreements_beside;

/// What every outlet also reports, so that the story's words have weights.
const ALSO: &str = "The port strike entered its second week on Monday. Shipping lines said \
                    cargo was piling up at the container terminal. The harbour board said talks \
                    would resume on Friday.";

/// The contents of each agreement's claims when the two outlets' copy is read beside four
/// others that carry only [`ALSO`].
fn agreements(herald: &str, gazette: &str) -> Vec<Vec<String>> {
    agreements_beside(herald, gazette, ALSO)
}

/// True when one agreement joins a claim holding `x` with a claim holding `y`.
fn joined(found: &[Vec<String>], x: &str, y: &str) -> bool {
    found
        .iter()
        .any(|g| g.iter().any(|c| c.contains(x)) && g.iter().any(|c| c.contains(y)))
}

#[test]
fn a_past_and_a_participle_of_one_verb_agree() {
    let found = agreements(
        "Mayor Lena Ortiz said she met the striking dockworkers at the harbour gate on \
         Tuesday night.",
        "Mayor Lena Ortiz said she had been meeting the striking dockworkers and their \
         families.",
    );
    assert!(
        joined(&found, "met the striking", "meeting the striking"),
        "'met' and 'meeting' are one verb: {found:?}"
    );
}

#[test]
fn a_written_and_a_wrote_agree() {
    let found = agreements(
        "Union leader Sam Okafor said he wrote to the shipping minister about overtime pay \
         last month.",
        "Union leader Sam Okafor said he has written to the minister about overtime.",
    );
    assert!(
        joined(&found, "wrote to the shipping", "has written to the"),
        "'wrote' and 'written' are one verb: {found:?}"
    );
}
