//! What a source wants, promises or did ends at a comma before the reporter's own words: an
//! appositive on the last noun, a contrast or a circumstance set beside it. A list goes on
//! past its commas.

use super::*;

#[test]
fn an_appositive_after_the_object_is_the_reporters() {
    let c = only(
        "The mayor has vowed to repeal the parking levy, a charge first passed in 1990 to pay for roads.",
    );
    assert_eq!(speaker(&c), "The mayor");
    assert_eq!(c.modality, "promises");
    assert_eq!(c.content, "to repeal the parking levy");
}

#[test]
fn a_contrast_after_a_comma_is_the_reporters() {
    let c = only(
        "Senator Alma Ruiz criticized the new toll on the harbor bridge, even as her own staff drafted it.",
    );
    assert_eq!(c.modality, "criticizes");
    assert_eq!(c.content, "the new toll on the harbor bridge");
}

#[test]
fn a_list_keeps_its_commas() {
    // The items of a list are all criticized: no tail is read before an "and".
    let c = only("Mr. Lund criticized the plan, the budget and the new levy on fuel.");
    assert_eq!(c.content, "the plan, the budget and the new levy on fuel");
}

#[test]
fn an_aside_between_two_commas_stays_in() {
    // The appositive is set off by a second comma, and what was criticized goes on after it.
    let c = only(
        "The governor attacked claims by Ann Ross, the former auditor, that the fund had been raided.",
    );
    assert_eq!(c.modality, "criticizes");
    assert!(
        c.content.ends_with("the fund had been raided"),
        "{:#?}",
        c.content
    );
}
