//! Cues in the passive (`was criticized as …`, `has been urged to …`, `It has been claimed
//! that …`), views held by the subject of a passive (`is worried that …`), and where an
//! attitude ends before its subject's next deed (`denied the charges and accused …`).

use super::*;

#[test]
fn an_agentless_passive_is_a_claim_without_a_speaker() {
    let c = only("The new parking levy was criticized as unfair to small shops.");
    assert!(c.speaker.is_none(), "{c:#?}");
    assert_eq!(c.modality, "criticizes");
    assert_eq!(
        c.content,
        "The new parking levy was criticized as unfair to small shops"
    );
    assert_eq!(
        c.cue.as_ref().map(|q| q.text.as_str()),
        Some("was criticized")
    );

    let c = only("The harbour master has been urged to publish the inspection records.");
    assert!(c.speaker.is_none(), "{c:#?}");
    assert_eq!(c.modality, "demands");
    assert_eq!(
        c.cue.as_ref().map(|q| q.text.as_str()),
        Some("has been urged")
    );
}

#[test]
fn the_agent_after_by_is_the_speaker() {
    let c = only("The toll plan has been attacked by several county mayors as a tax on commuters.");
    assert_eq!(speaker(&c), "several county mayors");
    assert_eq!(c.modality, "criticizes");
}

#[test]
fn an_impersonal_passive_claims_the_clause_after_that() {
    let c = only("It has been claimed that the ferry operator ignored two safety warnings.");
    assert!(c.speaker.is_none(), "{c:#?}");
    assert_eq!(c.content, "the ferry operator ignored two safety warnings");
}

#[test]
fn a_passive_deed_without_a_complement_is_no_claim() {
    // A plan rejected, a report posted: deeds, not claims.
    assert!(claims("The zoning plan was rejected.").is_empty());
    assert!(claims("The minutes of the meeting were posted on Tuesday.").is_empty());
    // A bare "it" stands for something named before.
    assert!(claims("It was criticized as unfair to small shops.").is_empty());
    assert!(claims("He was criticized as unfair to small shops.").is_empty());
}

#[test]
fn a_stance_in_the_passive_is_held_by_its_subject() {
    let c = only("The tourism board is worried that the new tariffs could keep visitors away.");
    assert_eq!(speaker(&c), "The tourism board");
    assert_eq!(c.content, "the new tariffs could keep visitors away");
}

#[test]
fn an_attitude_ends_before_its_subjects_next_deed() {
    let found = claims("Coach Dan Ruiz denied the charges and accused the club of lying.");
    let denied = found.iter().find(|c| c.modality == "denies");
    assert_eq!(
        denied.map(|c| c.content.as_str()),
        Some("the charges"),
        "{found:#?}"
    );
    let c = only("Mayor Ann Ortiz endorsed the levy but is not campaigning for it.");
    assert_eq!(c.content, "the levy");
    // A bare verb after "and" continues the infinitive.
    let c = only("Mayor Ann Ortiz wants to cut fares and expand the night buses.");
    assert_eq!(c.content, "to cut fares and expand the night buses");
    // A clause keeps its own verbs.
    let c = only("Mayor Ann Ortiz believes the depot closed early and cost jobs.");
    assert_eq!(c.content, "the depot closed early and cost jobs");
}
