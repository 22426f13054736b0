//! Speakers: titles and roles, pronouns and role nouns, groups and institutions, appositives.

use super::*;

#[test]
fn title_is_stripped_into_the_role() {
    let c = only(
        "U.S. Secretary of State John Kerry said Friday major powers have agreed to seek a cessation of hostilities.",
    );
    let s = c.speaker.unwrap();
    assert_eq!(s.text, "U.S. Secretary of State John Kerry");
    assert_eq!(s.entity.as_deref(), Some("john-kerry"));
    assert_eq!(s.role.as_deref(), Some("Secretary of State"));
}

#[test]
fn ambassador_to_syria_robert_ford_is_robert_ford() {
    let c = only(
        "Former U.S. ambassador to Syria Robert Ford says, \"The most important thing is to pressure the Russians.\"",
    );
    let s = c.speaker.unwrap();
    assert_eq!(s.text, "Former U.S. ambassador to Syria Robert Ford");
    assert_eq!(s.entity.as_deref(), Some("robert-ford"));
}

#[test]
fn pronouns_resolve_to_the_last_person() {
    let found = claims(
        "Russian Prime Minister Dmitry Medvedev said the powers should not send troops. He said in a statement Friday \"a ground operation draws everyone into a war.\" Jan Egeland said she had hope.",
    );
    assert_eq!(entity(&found[1]), "dmitry-medvedev");
    assert_eq!(speaker(&found[2]), "Jan Egeland");
}

#[test]
fn the_secretary_and_the_top_us_diplomat_are_kerry() {
    let found = claims(
        "U.S. Secretary of State John Kerry said the talks went well. The top U.S. diplomat added that the real test is ahead. The secretary said he was hopeful.",
    );
    assert_eq!(found.len(), 3, "{found:#?}");
    assert_eq!(entity(&found[1]), "john-kerry");
    assert_eq!(entity(&found[2]), "john-kerry");
}

#[test]
fn the_former_british_cabinet_member_is_miliband() {
    let found = claims(
        "Nearly 100,000 Syrians have fled their homes, International Rescue Committee President David Miliband said.\n\nThe crisis is “making a mockery of the international community’s commitment,” the former British Cabinet member said.",
    );
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(speaker(&found[1]), "the former British Cabinet member");
    assert_eq!(entity(&found[1]), "david-miliband");
}

#[test]
fn groups_and_institutions_speak() {
    for (text, who) in [
        (
            "The main U.S.-backed Syrian opposition group said it was ready to implement a temporary ceasefire.",
            "The main U.S.-backed Syrian opposition group",
        ),
        (
            "The State Department said the convoys would move on Monday.",
            "The State Department",
        ),
        (
            "European diplomats told VOA they believed a delay would allow troops to retake Aleppo.",
            "European diplomats",
        ),
        (
            "A Turkish official told VOA that Russia might be entering into a truce now.",
            "A Turkish official",
        ),
        (
            "A senior European Union diplomat said the plan came straight from Moscow.",
            "A senior European Union diplomat",
        ),
    ] {
        let c = only(text);
        assert_eq!(speaker(&c), who, "{text}");
        assert!(!entity(&c).is_empty(), "{text}");
    }
}

#[test]
fn told_object_is_not_the_content() {
    let c = only(
        "European diplomats told VOA they believed a delay would allow troops to retake Aleppo.",
    );
    assert_eq!(
        c.content,
        "they believed a delay would allow troops to retake Aleppo"
    );
}

#[test]
fn appositive_speaker_is_the_name() {
    let c = only(
        "Kevin Brady, chairman of the House Ways and Means Committee, said that Republicans might include a delay.",
    );
    assert_eq!(speaker(&c), "Kevin Brady");
    assert_eq!(c.content, "Republicans might include a delay");
}

#[test]
fn the_president_is_whoever_the_copy_calls_president() {
    // The last speaker is the CIA director; "the president" is the one person called
    // President, named earlier without speaking.
    let found = claims(
        "CIA Director Tom Hale, now President Ana Ruiz's pick for envoy, flew to Oslo. Hale said the talks had begun. The president said a summit was possible.",
    );
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(speaker(&found[0]), "Hale");
    assert!(!entity(&found[1]).contains("hale"), "{:#?}", found[1]);
    let antecedent = found[1]
        .speaker
        .as_ref()
        .and_then(|s| s.antecedent.as_deref());
    assert_eq!(antecedent, Some("Ana Ruiz"));
    // With no one called President, the role stands for nobody rather than the director.
    let found = claims(
        "CIA Director Tom Hale said the talks had begun. The president said a summit was possible.",
    );
    let antecedent = found[1]
        .speaker
        .as_ref()
        .and_then(|s| s.antecedent.as_deref());
    assert_eq!(antecedent, None, "{:#?}", found[1]);
    // "Sen." is the senator.
    let found = claims(
        "Sen. Lou Park met the mayor. Mayor Eva Lind said the plan was sound. The senator said he disagreed.",
    );
    let antecedent = found[1]
        .speaker
        .as_ref()
        .and_then(|s| s.antecedent.as_deref());
    assert_eq!(antecedent, Some("Sen. Lou Park"), "{:#?}", found[1]);
}

#[test]
fn a_linking_adverb_is_nobody_a_role_noun_stands_for() {
    let found = claims(
        "Meanwhile, officials closed the bridge.\n\nFollowing early reports of the fire, the mayor said at a rally that \"a bomb\" had gone off.",
    );
    let mayor = found
        .iter()
        .find(|c| speaker(c) == "the mayor")
        .unwrap_or_else(|| panic!("{found:#?}"));
    assert!(!entity(mayor).contains("meanwhile"), "{mayor:#?}");
}
