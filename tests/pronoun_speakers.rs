//! A pronoun that its article resolved to a person it names speaks as that person when
//! claims are linked across outlets: the same words from another named person are another
//! claim, and the same words from that person, named another way in the other outlet
//! ("Mr Okafor", British style without the full stop), are one.

mod outlets;

use corroborate::check::FindingKind;
use outlets::{analyse, contents};

#[test]
fn a_pronoun_for_one_person_is_not_joined_with_another_named_person() {
    let a = analyse(&[
        (
            "Valley Herald",
            "Rep. Nadia Ferrer toured the shelter in the border town on Sunday. She said \
             the families were planning to seek asylum in the United States.",
        ),
        (
            "River Times",
            "The families reached the border town on Sunday. Senator Paul Whitcombe said \
             the families were planning to seek asylum in the United States.",
        ),
    ]);
    assert_eq!(
        contents(&a, FindingKind::Agreement),
        Vec::<Vec<String>>::new(),
        "two people saying the same words are two claims"
    );
    assert_eq!(contents(&a, FindingKind::SingleSource).len(), 2);
}

#[test]
fn a_pronoun_and_the_courtesy_title_of_one_person_are_joined() {
    let statement = "the arson at the depot was a cowardly and murderous act against the \
                     workers of the port";
    let a = analyse(&[
        (
            "Valley Herald",
            &format!(
                "Prime Minister Daniel Okafor spoke to parliament on Wednesday. He said {statement}."
            ),
        ),
        (
            "River Times",
            &format!("Three people died in the fire. Mr Okafor said {statement}."),
        ),
    ]);
    assert_eq!(
        contents(&a, FindingKind::Agreement),
        vec![vec![statement.to_string(), statement.to_string()]]
    );
}
