//! Several unnamed people ("Western officials", "aides") and one named person are not one
//! speaker because their words are alike: what the officials say is not corroborated by
//! what the president says. A description that places the people where the named person
//! speaks for ("White House officials", "White House press secretary …") can be one source.

mod outlets;

use corroborate::check::FindingKind;
use outlets::{analyse, contents};

#[test]
fn unnamed_officials_are_not_joined_with_a_named_person_saying_alike() {
    let a = analyse(&[
        (
            "Valley Herald",
            "Western officials said Pyongyang was pressing Washington to accept an accord \
             before the regime gives up its nuclear arsenal and its missile plants.",
        ),
        (
            "River Times",
            "President Ana Lindqvist said she would seek an accord in which the regime \
             gives up its nuclear arsenal and its missile plants.",
        ),
    ]);
    assert_eq!(
        contents(&a, FindingKind::Agreement),
        Vec::<Vec<String>>::new(),
        "the officials' reading and the president's aim are two claims"
    );
    assert_eq!(contents(&a, FindingKind::SingleSource).len(), 2);
}

#[test]
fn officials_of_the_body_a_named_person_speaks_for_are_joined_with_her() {
    let a = analyse(&[
        (
            "Valley Herald",
            "White House officials said the administration had reached a final agreement \
             with the shipyard unions on overtime pay for welders.",
        ),
        (
            "River Times",
            "White House press secretary Jana Kovac said the administration reached an \
             agreement with the shipyard unions on overtime pay for welders.",
        ),
    ]);
    assert_eq!(contents(&a, FindingKind::Agreement).len(), 1);
}
