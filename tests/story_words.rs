//! Words every claim of a story uses ("the river dam site") say what the story is about, not
//! which statement a claim makes: two names that only fit one person ("Mr. Varga", "Premier
//! Ilse Varga", while another Varga is named) are joined on a particular they share, not on
//! the story's common words alone.

mod outlets;

use corroborate::check::FindingKind;
use outlets::{analyse, contents};

/// The first outlet's copy: Mr. Varga's claim and two others about the same dam.
const HERALD_OTHERS: &str = "Engineers said the river dam site would be inspected by a team \
                             from the capital. Residents said the river dam site had saved \
                             the town from the spring floods.";

/// The second outlet's copy around Premier Ilse Varga's claim, naming a second Varga.
const TIMES_OTHERS: &str = "Her brother Tomas Varga said the valley farms were dry. The mayor \
                            said the river dam site protected the valley farms every spring.";

#[test]
fn a_persons_two_statements_sharing_only_the_storys_words_are_two_claims() {
    let a = analyse(&[
        (
            "Valley Herald",
            &format!("Mr. Varga said the river dam site had done its job. {HERALD_OTHERS}"),
        ),
        (
            "River Times",
            &format!("Premier Ilse Varga said she would close the river dam site. {TIMES_OTHERS}"),
        ),
    ]);
    assert_eq!(
        contents(&a, FindingKind::Agreement),
        Vec::<Vec<String>>::new(),
        "the site having done its job and closing the site are two statements"
    );
}

#[test]
fn a_persons_statement_with_a_particular_in_common_is_joined() {
    let a = analyse(&[
        (
            "Valley Herald",
            &format!(
                "Mr. Varga said the river dam site would shut for repairs to the spillway. \
                 {HERALD_OTHERS}"
            ),
        ),
        (
            "River Times",
            &format!(
                "Premier Ilse Varga said the river dam site would shut for spillway repairs. \
                 {TIMES_OTHERS}"
            ),
        ),
    ]);
    assert_eq!(contents(&a, FindingKind::Agreement).len(), 1);
}
