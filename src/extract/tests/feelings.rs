//! A worry or a distrust felt about a proposition (`are worried that …`, `was wary of …`):
//! the one who feels holds the view, a claim of the kind `believes`, while a passive that
//! names its agent and a noun of worry with nobody's name before it stay no claim.

use super::*;

#[test]
fn a_feeling_that_a_thing_is_so_is_the_subjects_view() {
    let c = only("The orchard growers are worried that the late frost will spread north.");
    assert_eq!(c.modality, "believes", "{c:#?}");
    assert_eq!(speaker(&c), "The orchard growers");
    assert_eq!(c.content, "the late frost will spread north");
    let c = only("Councillor Hughes was concerned that the ferry timetable had been cut.");
    assert_eq!(c.modality, "believes", "{c:#?}");
    assert_eq!(speaker(&c), "Councillor Hughes");
    assert_eq!(c.content, "the ferry timetable had been cut");
}

#[test]
fn a_distrust_of_a_thing_is_the_subjects_view_of_it() {
    let c = only("The harbour board was wary of the takeover bid from Halvorsen Lines.");
    assert_eq!(c.modality, "believes", "{c:#?}");
    assert_eq!(speaker(&c), "The harbour board");
    assert_eq!(c.content, "the takeover bid from Halvorsen Lines");
    let c = only("Several tenants are angry about the rent rise announced in May.");
    assert_eq!(c.modality, "believes", "{c:#?}");
    assert_eq!(speaker(&c), "Several tenants");
}

#[test]
fn a_worry_without_a_holder_or_felt_at_an_agent_is_no_claim() {
    // A noun of worry names nobody who holds it.
    let found = claims("There are concerns that the bridge will stay shut until spring.");
    assert!(found.is_empty(), "{found:#?}");
    // A passive with its agent: the residents are who was alarmed, not who spoke.
    let found = claims("Residents were alarmed by the smoke from the depot on Tuesday.");
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn a_noun_of_attitude_names_the_kind_of_its_cue() {
    let rules = RuleSet::builtin().unwrap();
    let extractor = Extractor::new(&rules);
    assert_eq!(extractor.cue_kind("'s decision"), Some("intends"));
    assert_eq!(
        extractor.cue_kind("delivered a critique of"),
        Some("criticizes")
    );
    assert_eq!(extractor.cue_kind("has called for"), Some("demands"));
    assert_eq!(extractor.cue_kind("in the morning"), None);
}
