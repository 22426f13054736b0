//! Words that deny the cue ("would not say", "declined to comment", "has never said") are
//! kept beside it, apart from a negation inside what was said.

use super::*;

/// The claim whose speaker is `who`.
fn claim_of(text: &str, who: &str) -> Claim {
    let found = claims(text);
    found
        .into_iter()
        .find(|c| speaker(c) == who)
        .unwrap_or_else(|| panic!("no claim of {who} in {text:?}"))
}

fn denial(claim: &Claim) -> Option<&str> {
    claim.cue_negation.as_ref().map(|c| c.text.as_str())
}

#[test]
fn would_not_say_and_did_not_immediately_respond_deny_the_cue() {
    let c = claim_of(
        "The harbour authority would not say whether the ferry would sail on Monday.",
        "The harbour authority",
    );
    assert_eq!(denial(&c), Some("would not"), "{c:#?}");
    let c = claim_of(
        "The port's owner did not immediately respond to a request for comment.",
        "The port's owner",
    );
    assert_eq!(denial(&c), Some("did not immediately"), "{c:#?}");
    let c = claim_of(
        "Ms. Varga has never said she would back the new quay.",
        "Ms. Varga",
    );
    assert_eq!(denial(&c), Some("has never"), "{c:#?}");
    // The denial is of the cue; what was said holds no "not".
    assert!(!c.negated, "{c:#?}");
}

#[test]
fn a_verb_of_choosing_before_not_to_is_part_of_the_denial() {
    // "declined to …" is a cue of refusing in its own right, and denies nothing.
    let c = claim_of(
        "The mayor declined to say whether the ferry would sail.",
        "The mayor",
    );
    assert_eq!(c.modality, "refuses", "{c:#?}");
    assert_eq!(denial(&c), None, "{c:#?}");
    let c = claim_of(
        "The inspector decided not to recommend charges against the crew.",
        "The inspector",
    );
    assert_eq!(denial(&c), Some("decided not to"), "{c:#?}");
}

#[test]
fn a_plain_cue_and_a_negation_inside_what_was_said_deny_nothing() {
    let c = claim_of(
        "The harbour authority said the ferry would not sail on Monday.",
        "The harbour authority",
    );
    assert_eq!(denial(&c), None, "{c:#?}");
    assert!(c.negated, "{c:#?}");
    // "not only" adds; it does not deny.
    let c = claim_of(
        "The union not only criticized the timetable but called a strike.",
        "The union",
    );
    assert_eq!(denial(&c), None, "{c:#?}");
}

#[test]
fn a_denial_in_an_aside_before_the_cue_is_not_the_cue_s() {
    let c = claim_of(
        "Captain Orr, who did not give his age, said the ferry had never missed a crossing.",
        "Captain Orr",
    );
    assert_eq!(denial(&c), None, "{c:#?}");
}
