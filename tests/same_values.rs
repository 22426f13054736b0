//! Two outlets that give the same checkable value of the same thing (a count, a sum, a day)
//! in claims that share some words of their own carry one claim: an agreement, not two
//! single-source claims beside a fact sheet that says the two agree. Another figure, or the
//! same figure denied, is no such claim.

mod outlets;

use corroborate::check::FindingKind;
use outlets::{agreements_beside, analyse_beside};

/// The story's other copy, carried by every outlet, so that the freighter is a common word
/// of the story and the containers a rare one.
const ALSO: &str = "The freighter Maren ran aground off Gull Point on Sunday. The harbour \
    master said the freighter was carrying steel and timber. Salvage crews said the freighter \
    would be towed to port on Tuesday.";

const HERALD: &str = "The harbour master said 40 containers of timber fell from the freighter \
    into the sea.";

/// The agreements that hold a claim about the containers.
fn container_agreements(gazette: &str) -> Vec<Vec<String>> {
    agreements_beside(HERALD, gazette, ALSO)
        .into_iter()
        .filter(|claims| claims.iter().any(|c| c.contains("containers")))
        .collect()
}

#[test]
fn the_same_count_told_in_other_words_by_two_outlets_agrees() {
    let gazette = "Coastguard officers said 40 containers fell off the freighter before it \
        was towed clear.";
    let found = container_agreements(gazette);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].len(), 2, "{found:?}");
    // Neither outlet's claim is left single-source.
    let a = analyse_beside(HERALD, gazette, ALSO);
    assert!(
        !a.findings
            .iter()
            .any(|f| f.kind == FindingKind::SingleSource),
        "{:?}",
        a.findings
    );
}

#[test]
fn another_count_of_the_same_thing_does_not_agree() {
    let gazette = "Coastguard officers said 400 containers fell off the freighter before it \
        was towed clear.";
    assert!(container_agreements(gazette).is_empty());
}

#[test]
fn the_same_count_denied_does_not_agree() {
    let gazette = "Coastguard officers said 40 containers did not fall off the freighter \
        before it was towed clear.";
    assert!(container_agreements(gazette).is_empty());
}
