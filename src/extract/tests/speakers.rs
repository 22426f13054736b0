//! Speakers: titles and roles, pronouns and role nouns, groups and institutions, appositives.

use super::*;
use crate::extract::test_text::speakers_and_contents;

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
fn a_plurals_possessive_in_a_description_keeps_the_name_the_speaker() {
    let c = only("\"The wards are full,\" Ann Lee, the nurses’ union leader, said on Monday.");
    assert_eq!(speaker(&c), "Ann Lee");
    assert_eq!(c.content, "The wards are full,");
    let c = only("The Smiths’ lawyer said the family will appeal the ruling.");
    assert_eq!(speaker(&c), "The Smiths’ lawyer");
    assert_eq!(c.content, "the family will appeal the ruling");
}

#[test]
fn a_possessive_opening_the_subject_is_not_its_speaker() {
    // The subject's head comes after the possessor; its name, set off by commas, speaks.
    let c = only(
        "Mayor Ortega's new lawyer in the case and her longtime friend, Marta Ruiz, met the \
         judge on Monday and said the appeal would go ahead.",
    );
    assert_eq!(speaker(&c), "Marta Ruiz");
    let c = only(
        "Mayor Ortega's new lawyer met the judge on Monday and said the appeal would go ahead.",
    );
    assert_eq!(speaker(&c), "Mayor Ortega's new lawyer");
}

#[test]
fn a_police_rank_abbreviated_is_the_role_of_the_name_after_it() {
    let c = only(
        "\"We are asking anyone who saw something on Page Avenue to call us,\" said Cmdr. Darnell Hayes.",
    );
    let s = c.speaker.unwrap();
    assert_eq!(s.entity.as_deref(), Some("darnell-hayes"));
    assert_eq!(s.role.as_deref(), Some("Cmdr."));
}

#[test]
fn he_after_a_paragraph_opened_by_a_persons_possessive_is_that_person() {
    let found = claims(
        "The newspaper Daily Herald reported that the two sides were close to a deal.\n\nBut analysts said the talks could still fail. Mayor Ortega's remarks suggested he backed the effort.\n\n“They have my blessing,” he said.",
    );
    let last = found.last().unwrap();
    assert_eq!(last.content, "They have my blessing,");
    assert_eq!(
        last.speaker.as_ref().unwrap().entity.as_deref(),
        Some("ortega")
    );
}

#[test]
fn he_in_a_sentence_opened_by_while_and_a_name_is_that_name() {
    let found = claims(
        "Governor Lee spoke first.\n\nWhile Mr. Abe praised Governor Lee for the new bridge, which he said had brought the towns together, he did not repeat the governor's words.",
    );
    let which = found
        .iter()
        .find(|c| c.content.starts_with("had brought"))
        .unwrap();
    assert_eq!(
        which.speaker.as_ref().unwrap().entity.as_deref(),
        Some("abe")
    );
}

#[test]
fn a_party_label_and_state_after_a_name_are_the_role_not_the_speaker() {
    for (text, name) in [
        (
            "Senator Ana Ruiz, Republican of Ohio, said the plant would stay open.",
            "Senator Ana Ruiz",
        ),
        (
            "Representative Tom Hale, Democrat of Maine, called for a vote on the dam.",
            "Representative Tom Hale",
        ),
    ] {
        let c = only(text);
        assert_eq!(c.speaker.map(|s| s.text).as_deref(), Some(name), "{text}");
    }
}

#[test]
fn two_names_between_commas_after_their_description_speak_not_the_place_before() {
    let c = only(
        "Two Democratic members of the legislature from Iowa, Ana Ruiz and Tom Hale, have said they would not support the plan.",
    );
    assert_eq!(
        c.speaker.map(|s| s.text).as_deref(),
        Some("Ana Ruiz and Tom Hale")
    );
    // Two one-word names are more often two places: they speak no claim of their own.
    let found =
        claims("The border states, Idaho and North Dakota, said the new map was unfair to them.");
    assert!(
        found.iter().all(|c| c
            .speaker
            .as_ref()
            .is_none_or(|s| !s.text.contains("Nevada"))),
        "{found:#?}"
    );
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
fn he_stands_for_the_name_written_before_him_though_its_claim_comes_later() {
    // The claim of "he" is read before the governor's own claim in the same sentence, yet
    // the governor is named before "he": he is the governor, not the man who spoke last.
    let found = claims(
        "\"It was a long night,\" Mark Olsen told reporters.\n\nOn Tuesday, Governor Paul Baker unveiled new figures which he claimed show the budget is \"badly broken\" and show the state is not meeting its goals.",
    );
    let he = found
        .iter()
        .find(|c| speaker(c) == "he")
        .unwrap_or_else(|| panic!("{found:#?}"));
    assert_eq!(entity(he), "paul-baker", "{he:#?}");
    assert_eq!(entity(&found[0]), "mark-olsen");
}

#[test]
fn the_secretary_and_the_top_us_diplomat_are_kerry() {
    let found = claims(
        "U.S. Secretary of State John Kerry said talks went well. The top U.S. diplomat added that the real test is ahead. The secretary said he was hopeful.",
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
        "Laura Pike, chairman of the Senate Rules and Ethics Panel, said that Democrats might add a waiver.",
    );
    assert_eq!(speaker(&c), "Laura Pike");
    assert_eq!(c.content, "Democrats might add a waiver");
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

/// The antecedent set on a claim's speaker.
fn antecedent_of(claim: &Claim) -> Option<&str> {
    claim.speaker.as_ref().and_then(|s| s.antecedent.as_deref())
}

/// The claim whose cue is `cue`.
fn by_cue<'a>(found: &'a [Claim], cue: &str) -> &'a Claim {
    found
        .iter()
        .find(|c| c.cue.as_ref().is_some_and(|q| q.text == cue))
        .unwrap_or_else(|| panic!("no claim with the cue {cue}: {found:#?}"))
}

#[test]
fn a_relative_pronoun_speaks_for_the_noun_before_it() {
    // Not the sentence's subject: the relative pronoun, standing for its noun.
    let found = claims(
        "The mayor thanked three members of the board, including Tom Hale, a clerk at the water office who told his staff never to speak of the leak.",
    );
    let told = by_cue(&found, "told");
    assert_eq!(speaker(told), "who", "{found:#?}");
    assert!(antecedent_of(told).is_some(), "{told:#?}");
    let found =
        claims("The story was broken by the Ledger, which first reported the leak on Monday.");
    let reported = by_cue(&found, "reported");
    assert_eq!(speaker(reported), "which");
    assert_eq!(antecedent_of(reported), Some("the Ledger"));
    assert_eq!(
        reported.speaker.as_ref().map(|s| s.shown()),
        Some("the Ledger")
    );
    // The entity is the noun's, never "which".
    assert!(!entity(reported).contains("which"), "{reported:#?}");
}

#[test]
fn a_documents_relative_leaves_the_cue_to_its_author() {
    let found = claims("The Ledger recently ran a report that noted the plan would help the rich.");
    assert!(found.iter().all(|c| speaker(c) != "that"), "{found:#?}");
    // After a noun that names no document, "that" speaks.
    let found =
        claims("The Courier last week printed a piece that noted her plan would hurt renters.");
    assert_eq!(speaker(by_cue(&found, "noted")), "that", "{found:#?}");
}

#[test]
fn a_quote_after_said_name_who_stays_with_the_name() {
    let found = claims(
        "\"He did try to scare me,\" said Ann Lane, who wrote about the visit in her book. \"Luckily, none of it was true.\"",
    );
    let last = found.last().unwrap_or_else(|| panic!("no claims"));
    assert_eq!(speaker(last), "Ann Lane", "{found:#?}");
}

#[test]
fn an_it_that_stands_for_nothing_is_no_speaker() {
    // "It is … for X to say": X speaks.
    let found = claims("It is rare for a sitting judge to say that a law is unjust.");
    assert_eq!(
        speaker(by_cue(&found, "say")),
        "a sitting judge",
        "{found:#?}"
    );
    // "It's a safe bet that …": not "it".
    let found = claims("It's a safe bet that the ledgers would have more to say about the deal.");
    let say = by_cue(&found, "say");
    assert!(
        say.speaker.as_ref().is_none_or(|s| s.text != "It"),
        "{say:#?}"
    );
    // An "it" whose own verb is the cue speaks.
    let found = claims("The agency is under fire. It is calling for an inquiry into the leak.");
    assert_eq!(speaker(by_cue(&found, "calling for")), "It", "{found:#?}");
}

#[test]
fn a_month_after_a_preposition_is_no_speaker() {
    let found = claims(
        "The council, which in April approved the deepest cuts in a decade, called a session to discuss the shortfall.",
    );
    assert!(found.iter().all(|c| speaker(c) != "April"), "{found:#?}");
}

#[test]
fn in_a_statement_the_subject_speaks() {
    let found = claims(
        "In a statement released Friday night, Governor Ann Ross was more guarded than her fellow Republicans on the board.",
    );
    assert_eq!(
        speaker(by_cue(&found, "In")),
        "Governor Ann Ross",
        "{found:#?}"
    );
    // A poll holds its findings itself.
    let found =
        claims("In a poll released Monday, 52 percent of voters backed the levy for new schools.");
    assert_eq!(
        speaker(by_cue(&found, "In")),
        "a poll released Monday",
        "{found:#?}"
    );
}

#[test]
fn a_titled_subject_of_an_inner_clause_speaks() {
    let found = claims(
        "The comments came minutes after the governor spoke at a forum to discuss the water plan.",
    );
    assert_eq!(
        speaker(by_cue(&found, "discuss")),
        "the governor",
        "{found:#?}"
    );
}

#[test]
fn a_body_at_another_body_is_one_speaker() {
    let found = claims(
        "The Budget Policy Center at the Hale Institute estimates that the plan would raise $2 billion.",
    );
    assert_eq!(
        speaker(by_cue(&found, "estimates")),
        "The Budget Policy Center at the Hale Institute",
        "{found:#?}"
    );
}

#[test]
fn a_pronoun_finds_the_name_of_its_own_sentence() {
    // The name that opens the pronoun's sentence.
    let found =
        claims("Marco Diaz spoke over the boos as he congratulated the winner of the race.");
    assert_eq!(
        antecedent_of(by_cue(&found, "congratulated")),
        Some("Marco Diaz")
    );
    // After an opening clause, the name that opens the main clause.
    let found = claims(
        "Ann Ross met the board. Though she called the fees outrageous, Ann Ross stopped short of a ban.",
    );
    assert_eq!(
        antecedent_of(by_cue(&found, "called")),
        Some("Ann Ross"),
        "{found:#?}"
    );
    // The main clause may name her by her surname alone, written in full before.
    let found = claims(
        "In a statement, committee member Ann Ross was more careful than her colleagues. Though she called the fees outrageous and called for refunds to be paid, Ross stopped short of a ban.",
    );
    assert_eq!(
        antecedent_of(by_cue(&found, "called for")),
        Some("Ross"),
        "{found:#?}"
    );
    // A role noun is no pronoun: the name after its clause is not what it stands for.
    let found = claims(
        "The race between Ann Ross and Tom Diaz was close. When the survey asked about all three hopefuls, Ross was supported by 39 percent of the people asked.",
    );
    assert_eq!(antecedent_of(by_cue(&found, "asked")), None, "{found:#?}");
    // A capitalised word never written after a given name is no surname.
    let found = claims(
        "In a statement, the board was more careful than the council. Though she called the fees outrageous and called for refunds to be paid, Democrats stopped short of a ban.",
    );
    assert_eq!(
        antecedent_of(by_cue(&found, "called for")),
        None,
        "{found:#?}"
    );
}

#[test]
fn a_participle_opening_a_title_takes_an_object_not_a_speaker() {
    for text in [
        "Railing Against Greene, Ortiz Vows To End Tax Breaks For Builders.",
        "Slamming Greene, Ortiz Says Tax Breaks Must End.",
    ] {
        let found = claims(text);
        assert!(
            found
                .iter()
                .all(|c| c.speaker.as_ref().is_none_or(|s| s.text != "Greene")),
            "{found:#?}"
        );
    }
}

/// (speaker as written, content) of each claim of `text`.
fn spoken(text: &str) -> Vec<(String, String)> {
    claims(text)
        .iter()
        .map(|c| (speaker(c).to_string(), c.content.clone()))
        .collect()
}

fn pair(speaker: &str, content: &str) -> (String, String) {
    (speaker.to_string(), content.to_string())
}

#[test]
fn a_relative_clause_set_off_by_commas_or_dashes_leaves_the_cue_to_its_noun() {
    assert_eq!(
        spoken(
            "The county's records office, which has been criticized for months over its delays, said that the permits had no bearing on the sale."
        ),
        [pair(
            "The county's records office",
            "the permits had no bearing on the sale"
        )]
    );
    assert_eq!(
        spoken(
            "The retired judge -- who has been in a dispute with the council for weeks -- said she regretted her words."
        ),
        [pair("The retired judge", "she regretted her words")]
    );
}

#[test]
fn a_relative_clause_without_commas_leaves_the_cue_to_its_noun() {
    assert_eq!(
        spoken(
            "Some farmers who have listened to the mayor over the years said he had less energy than they remembered."
        ),
        [pair(
            "Some farmers",
            "he had less energy than they remembered"
        )]
    );
    assert_eq!(
        spoken("The county officials whose permits were revoked say they will appeal."),
        [pair("The county officials", "they will appeal")]
    );
    assert_eq!(
        spoken("Those who voted for the levy said the schools needed it."),
        [pair("Those", "the schools needed it")]
    );
}

#[test]
fn a_share_of_a_group_named_by_a_plural_noun_speaks() {
    assert_eq!(
        spoken("In Ohio, 85% of farmers said the levy favors the wealthy."),
        [pair("85% of farmers", "the levy favors the wealthy")]
    );
    assert_eq!(
        spoken("Sixty-two percent of Republican likely voters say the levy is too high."),
        [pair(
            "Sixty-two percent of Republican likely voters",
            "the levy is too high"
        )]
    );
    assert_eq!(
        spoken("Twenty-eight percent of those surveyed say the levy is too high."),
        [pair(
            "Twenty-eight percent of those surveyed",
            "the levy is too high"
        )]
    );
    assert_eq!(
        spoken("More than half of the nurses said the shifts were too long."),
        [pair(
            "More than half of the nurses",
            "the shifts were too long"
        )]
    );
    assert_eq!(
        spoken("More than 3 in 10 said the mayor would handle the budget best."),
        [pair(
            "More than 3 in 10",
            "the mayor would handle the budget best"
        )]
    );
}

#[test]
fn those_polled_speak() {
    assert_eq!(
        spoken("Again, those surveyed said the mayor was best placed to handle the levy."),
        [pair(
            "those surveyed",
            "the mayor was best placed to handle the levy"
        )]
    );
    // "those" makes the group plural: the bare "say" after it is a verb.
    assert_eq!(
        spoken("Those polled say the levy is too high."),
        [pair("Those polled", "the levy is too high")]
    );
}

#[test]
fn a_modifier_after_a_determiner_is_no_verb() {
    assert_eq!(
        spoken("The self-described fiscal hawk said he would win the county."),
        [pair(
            "The self-described fiscal hawk",
            "he would win the county"
        )]
    );
}

#[test]
fn a_sentence_adverbial_between_speaker_and_cue_is_skipped() {
    assert_eq!(
        spoken("County Chairman Will Ortiz, for example, said the fair drew record crowds."),
        [pair(
            "County Chairman Will Ortiz",
            "the fair drew record crowds"
        )]
    );
    assert_eq!(
        spoken("Ana Ruiz, too, said the fair drew record crowds."),
        [pair("Ana Ruiz", "the fair drew record crowds")]
    );
}

#[test]
fn an_attribution_inside_the_sentence_is_no_closing_attribution_of_a_later_cue() {
    // `decide` is far from "he": the sentence is what he said, not a claim of deciding.
    assert_eq!(
        spoken("Still, he said, inspectors have to decide which firms get a second look."),
        [pair(
            "he",
            "inspectors have to decide which firms get a second look"
        )]
    );
}

#[test]
fn a_name_set_off_after_the_subject_speaks_before_the_cue() {
    // "the agency gave the award" follows the cue: what was said, not an inverted speaker.
    assert_eq!(
        spoken("The county auditor, Jane B. Moss, said the agency gave the award."),
        [pair("Jane B. Moss", "the agency gave the award")]
    );
    assert_eq!(
        spoken("A longtime county official, Howard Inman, said the board gave the award in 1990."),
        [pair("Howard Inman", "the board gave the award in 1990")]
    );
}

#[test]
fn a_cue_coordinated_by_but_or_by_and_then_takes_the_subject_of_its_clause() {
    assert_eq!(
        spoken("The mayor met the union, but warned that the budget was tight."),
        [pair("The mayor", "the budget was tight")]
    );
    assert_eq!(
        spoken("The coach scratched her head, and then said the practice was over."),
        [pair("The coach", "the practice was over")]
    );
}

#[test]
fn a_resident_named_with_age_and_town_speaks_the_clause_after_said() {
    // The words after "said" hold a verb of their own: they are what was said, not an
    // inverted speaker.
    let c = only(
        "Dana Whitfield, 61, of Millbrook, said the storm brought back memories of the 1998 flood.",
    );
    assert_eq!(
        c.content,
        "the storm brought back memories of the 1998 flood"
    );
    assert_ne!(
        speaker(&c),
        "the storm brought back memories of the 1998 flood"
    );
    // A participle before its noun is still part of an inverted speaker.
    let c = only("\"We will rebuild,\" said a retired teacher.");
    assert_eq!(speaker(&c), "a retired teacher");
}

#[test]
fn who_after_a_role_set_off_by_commas_speaks_for_the_role() {
    let c = only("The county sheriff, who said the jail was overcrowded, left the meeting early.");
    assert_eq!(speaker(&c), "who");
    assert_eq!(c.content, "the jail was overcrowded");
    assert_eq!(
        c.speaker.as_ref().and_then(|s| s.antecedent.as_deref()),
        Some("The county sheriff")
    );
}

#[test]
fn a_present_tense_before_to_leaves_its_subject_the_speaker() {
    let c = only("The developer continues to insist that the tower will be finished by spring.");
    assert_eq!(speaker(&c), "The developer");
    assert_eq!(c.content, "the tower will be finished by spring");
}

/// The claim whose speaker is written `he` or `He`.
fn said_by_he(found: &[Claim]) -> &Claim {
    found
        .iter()
        .find(|c| {
            c.speaker
                .as_ref()
                .is_some_and(|s| s.text.eq_ignore_ascii_case("he"))
        })
        .unwrap_or_else(|| panic!("no claim said by he: {found:#?}"))
}

#[test]
fn he_after_a_quotation_is_the_writer_not_the_person_quoted_inside_it() {
    let found = claims(
        "“The governor said ‘the audit business’ is a joke, but that Ortiz had told him, ‘We keep the cleanest books in the region,’” Mr. Hale wrote. He said the governor did not say when the talk with Mr. Ortiz took place.",
    );
    assert_eq!(
        antecedent_of(said_by_he(&found)),
        Some("Mr. Hale"),
        "{found:#?}"
    );
}

#[test]
fn he_is_never_a_group_named_with_capitals() {
    let found = claims(
        "Some Londoners plan to march on the embassy.\n\nThe news drew mixed reactions from the city's politicians. “I look forward to a proper welcome,” he wrote on Twitter.",
    );
    assert_ne!(
        antecedent_of(said_by_he(&found)),
        Some("Some Londoners"),
        "{found:#?}"
    );
}

#[test]
fn a_closing_attribution_speaks_for_a_clause_that_quotes_some_of_its_words() {
    let found = claims(
        "Hundreds of leaked invoices and other records prove the contract was “rigged from the start” and should be cancelled, opposition leader Maria Vance said Tuesday.",
    );
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(entity(&found[0]), "maria-vance", "{found:#?}");
    assert!(
        found[0].content.contains("rigged from the start"),
        "{found:#?}"
    );
}

#[test]
fn a_closing_pronoun_does_not_take_a_clause_its_speaker_already_said() {
    let found = claims(
        "Okafor said she chose the mill town because “nobody had told that story,” she said.",
    );
    assert!(
        found.iter().all(|c| !c.content.starts_with("Okafor said")),
        "{found:#?}"
    );
}

#[test]
fn he_is_the_name_set_off_by_commas_after_the_role_that_opens_his_sentence() {
    let found = claims(
        "Some Londoners plan to march on the embassy.\n\nThe news drew mixed reactions from the city's politicians. Ireland's foreign minister, Sean Kerrigan, borrowed the president's style to welcome him: “Looking forward to a GREAT visit,” he wrote on Twitter.",
    );
    assert_eq!(
        antecedent_of(said_by_he(&found)),
        Some("Sean Kerrigan"),
        "{found:#?}"
    );
}

#[test]
fn a_group_with_an_aside_between_dashes_still_speaks() {
    let c = only(
        "Party officials in the two border counties — Pima and Yuma — said the turnout would be low.",
    );
    assert_eq!(speaker(&c), "Party officials in the two border counties");
    assert_eq!(c.content, "the turnout would be low");
    let c = only(
        "Several nurses at the clinic -- including two who had worked there for a decade -- said the wards were understaffed.",
    );
    assert_eq!(speaker(&c), "Several nurses at the clinic");
    assert_eq!(c.content, "the wards were understaffed");
    // A name between the dashes is still the speaker it describes.
    let c = only("The port's new director — Ana Ruiz — said the cranes would be replaced.");
    assert_eq!(speaker(&c), "Ana Ruiz");
}

#[test]
fn a_quantifier_in_an_aside_speaks_for_the_people_it_counts() {
    let c = only("The harbour toll, many think, will drive commuters onto the old bridge.");
    assert_eq!(speaker(&c), "many");
    assert_eq!(c.modality, "believes");
    let c = only("That ruling, some argue, could cost the county its ferry service.");
    assert_eq!(speaker(&c), "some");
    // "both" floats after the names it counts: it is no speaker of its own.
    let found =
        claims("The mayor and the harbour master have both argued that the toll is unfair.");
    assert!(found.iter().all(|c| speaker(c) != "both"), "{found:#?}");
}

#[test]
fn a_participle_before_its_agent_is_no_cue_of_the_thing_before_it() {
    // The figures were reported by the ministry: the figures do not speak.
    let found =
        claims("The casualty figures reported by the ministry on Tuesday include eleven children.");
    assert!(
        found.iter().all(|c| speaker(c) != "The casualty figures"),
        "{found:#?}"
    );
    let found = claims("A warning echoed by the harbour authority closed the pier at noon.");
    assert!(
        found.iter().all(|c| !c.content.starts_with("by ")),
        "{found:#?}"
    );
    // "by" before a time or a gerund opens what was said: the cue stays a verb.
    let c = only("The mayor's aides argued by the end of the week the bridge would reopen.");
    assert_eq!(speaker(&c), "The mayor's aides");
    assert!(c.content.contains("the bridge would reopen"), "{c:#?}");
}

#[test]
fn regarding_is_a_preposition_not_a_view() {
    let found = claims(
        "One question asks what talks Ross may have had regarding \"any sale of the port.\"",
    );
    assert!(
        found
            .iter()
            .all(|c| c.cue.as_ref().map(|q| q.text.as_str()) != Some("regarding")),
        "{found:#?}"
    );
}

#[test]
fn a_name_after_a_thing_with_no_that_speaks_for_the_clause_after_its_cue() {
    let found = claims(
        "The city praised the bridge, a project Hill Street residents have said must be finished by June.",
    );
    let c = found.iter().find(|c| speaker(c) == "Hill Street residents");
    assert!(
        c.is_some_and(|c| c.content == "must be finished by June"),
        "{found:#?}"
    );
    // The thing is the object of a verb in the perfect that ends the sentence: the clause
    // before is no claim of the name's.
    let found = claims(
        "Many letters focus on the budget, including the mayor's handling of the pension fund, a decision Lopez has criticized.",
    );
    assert!(
        found
            .iter()
            .all(|c| speaker(c) != "Lopez" && !speaker(c).contains("decision")),
        "{found:#?}"
    );
    // A closing attribution after "a" and an adjective speaks whole, for the clause before.
    let found = claims("Most voters oppose cutting the funds, a new Herald Tribune poll finds.");
    let c = found
        .iter()
        .find(|c| c.cue.as_ref().is_some_and(|q| q.text == "finds"));
    assert!(
        c.is_some_and(|c| speaker(c) == "a new Herald Tribune poll"
            && c.content == "Most voters oppose cutting the funds"),
        "{found:#?}"
    );
}

#[test]
fn a_noun_before_a_verb_of_saying_or_after_to_or_a_plural_possessive_is_no_cue() {
    // `tenant advocates say`: the noun heads the subject of "say".
    let found = claims(
        "The city sent inspectors, a step tenant advocates say is meant to push families out.",
    );
    assert!(
        found
            .iter()
            .all(|c| c.cue.as_ref().is_none_or(|q| q.text != "advocates")),
        "{found:#?}"
    );
    assert!(
        found
            .iter()
            .any(|c| speaker(c).ends_with("tenant advocates")),
        "{found:#?}"
    );
    // After "to", an -s form is a plural noun.
    let found = claims("Already, the inquiry has led to charges for three council aides.");
    assert!(found.iter().all(|c| speaker(c) != "Already"), "{found:#?}");
    // After a plural's possessive, the word is that plural's noun.
    let found = claims("The senators’ claims that the treaty was unfair were rejected.");
    assert!(
        found.iter().all(|c| speaker(c) != "The senators’"),
        "{found:#?}"
    );
}

#[test]
fn may_after_a_title_is_a_name_and_in_may_is_a_time() {
    let c = only("Mrs. May hopes to reach a deal with the unions before the summer.");
    assert_eq!(speaker(&c), "Mrs. May");
    let c = only("The ministry in May said the plan was dead.");
    assert_eq!(speaker(&c), "The ministry");
    // The verb "may" still stands between a speaker and the cue.
    let c = only("Lopez may say the plan is dead.");
    assert_eq!(speaker(&c), "Lopez");
}

#[test]
fn ampersand_or_slash_inside_a_name_keeps_it_whole() {
    let c = only(
        "The Washington-based Center for Budget & Policy Priorities said the cut would hit poor families hardest.",
    );
    assert_eq!(
        speaker(&c),
        "The Washington-based Center for Budget & Policy Priorities"
    );
    let c = only("A Herald/Channel Four poll found that most voters backed the plan.");
    assert_eq!(speaker(&c), "A Herald/Channel Four poll");
}

#[test]
fn a_particle_or_a_day_before_a_name_is_no_part_of_the_speaker() {
    let found = claims("When the plan was called off Lopez welcomed the news.");
    assert!(found.iter().any(|c| speaker(c) == "Lopez"), "{found:#?}");
    let found = claims("By contrast, today Mayor Lopez told the radio the plan was reckless.");
    assert!(
        found.iter().any(|c| speaker(c) == "Mayor Lopez"),
        "{found:#?}"
    );
}

#[test]
fn a_statement_put_out_by_a_participle_after_a_comma_is_the_clause_subjects() {
    let c = only(
        "Ortiz had his own answer to the strike, issuing a statement Monday saying he had ordered the ports reopened.",
    );
    assert_eq!(speaker(&c), "Ortiz");
    assert_eq!(c.content, "he had ordered the ports reopened");
}

#[test]
fn a_thing_whose_clause_has_no_that_is_no_speaker_of_the_sentence_after_it() {
    // The approach is the object of "advocating"; "will win over voters" is the sentence's
    // own, said by no one.
    let found = claims(
        "It is unclear whether the approach Smith and Jones are advocating will win over voters.",
    );
    assert!(
        !found.iter().any(|c| speaker(c).contains("approach")
            || speaker(c) == "Smith and Jones" && c.content.contains("win over voters")),
        "{found:#?}"
    );
    // Counted people as the clause's subject: the thing is their verb's object, and the
    // clause before is no claim of theirs.
    let found = claims(
        "The mayor has proposed a toll on the bridge, an idea several council members have also embraced.",
    );
    assert!(
        found
            .iter()
            .all(|c| !speaker(c).contains("idea") && !speaker(c).contains("council members")),
        "{found:#?}"
    );
}

#[test]
fn two_subjects_each_with_a_determiner_speak_together_and_a_day_is_nobody() {
    assert_eq!(
        speakers_and_contents("The mayor and the council said the road would reopen in June."),
        [(
            "The mayor and the council".to_string(),
            "the road would reopen in June".to_string()
        )]
    );
    // An object of the clause before is no subject: only "the governor" speaks.
    let found = claims("He cut taxes and the governor said the budget would balance.");
    assert!(
        found.iter().all(|c| !speaker(c).contains("taxes")),
        "{found:#?}"
    );
    assert_eq!(
        speakers_and_contents(
            "When on Monday the minister said the plant would close, workers walked out."
        ),
        [(
            "the minister".to_string(),
            "the plant would close".to_string()
        )]
    );
}

#[test]
fn a_document_with_an_aside_between_commas_speaks() {
    // "report" is also a verb of saying; as the subject's last word it is the document.
    assert_eq!(
        speakers_and_contents(
            "The report, released Monday by the county, found that rents rose by a third."
        ),
        [(
            "The report".to_string(),
            "rents rose by a third".to_string()
        )]
    );
    // An aside of seven words between the commas still qualifies the subject.
    assert_eq!(
        speakers_and_contents(
            "The aides, led by the campaign manager Ana Ruiz, told donors they expected to lose Ohio."
        )
        .first()
        .map(|(speaker, _)| speaker.as_str()),
        Some("The aides")
    );
}

#[test]
fn an_adverb_of_time_or_degree_beside_the_speaker_is_no_part_of_it() {
    // Before the speaker: "now", "soon" say when, not who.
    assert_eq!(
        spoken("Now Ortiz says the bridge will reopen in May."),
        [pair("Ortiz", "the bridge will reopen in May")]
    );
    assert_eq!(
        spoken("The plan stalled, and soon the county's engineers warned that costs would rise."),
        [pair("the county's engineers", "costs would rise")]
    );
    // Between the speaker and the cue: "only", "sometimes", "still", "even", "just".
    assert_eq!(
        spoken("The mayor would only say that talks were continuing."),
        [pair("The mayor", "talks were continuing")]
    );
    assert_eq!(
        spoken("Ruiz sometimes argued that the levy was too low."),
        [pair("Ruiz", "the levy was too low")]
    );
    assert_eq!(
        spoken("The union is still hoping to reach a deal before the holiday."),
        [pair("The union", "reach a deal before the holiday")]
    );
}

#[test]
fn an_ing_word_after_a_word_of_degree_is_an_adjective_not_a_cue() {
    // "telling" and "revealing" here describe the promise and the answer: nobody tells.
    assert_eq!(
        spoken("The most telling promise Ruiz has offered is that she won't raise the levy."),
        []
    );
    assert_eq!(
        spoken("It was a very revealing answer about the budget."),
        []
    );
    // As verbs they stay cues.
    assert_eq!(
        spoken("Ruiz was telling voters that the levy would stay."),
        [pair("Ruiz", "the levy would stay")]
    );
}

#[test]
fn a_group_opening_the_sentence_speaks_past_an_aside_naming_its_members() {
    assert_eq!(
        spoken("Farmers at the fair, including Mr. Hale, said the drought had cut their yields."),
        [pair(
            "Farmers at the fair",
            "the drought had cut their yields"
        )]
    );
    // Past a participle's phrase, the noun that opens the sentence, not the place the
    // phrase ends on.
    assert_eq!(
        spoken(
            "Veterans interviewed at rallies in Ohio, including Mr. Hale, said the plan was fair."
        ),
        [pair("Veterans", "the plan was fair")]
    );
}

#[test]
fn a_participle_after_the_main_clause_speaks_for_its_subject() {
    // The mayor speaks in the clause that opens the sentence; the council, in the main
    // clause, is who goes on arguing.
    let found = speakers_and_contents(
        "When the mayor said the bridge was \"safe enough,\" the council closed it anyway, \
         arguing that repairs could not wait.",
    );
    assert_eq!(
        found,
        vec![
            (
                "the mayor".to_string(),
                "the bridge was \"safe enough,\"".to_string()
            ),
            (
                "the council".to_string(),
                "repairs could not wait".to_string()
            ),
        ]
    );
}

#[test]
fn a_word_after_an_article_is_no_verb_of_the_subject() {
    let c = only("The retired engineer spoke to reporters on Friday, insisting the dam was sound.");
    assert_eq!(speaker(&c), "The retired engineer");
    assert_eq!(c.content, "the dam was sound");
}

#[test]
fn a_report_after_its_article_and_describing_words_heads_the_source() {
    let c = only("Rents rose 4 percent, according to a new report from the housing agency.");
    assert_eq!(speaker(&c), "a new report");
    // A participle after the document describes it; it is not part of who speaks.
    let c = only("Turnout fell, according to a Harbor Institute survey released on Monday.");
    assert_eq!(speaker(&c), "a Harbor Institute survey");
    // A verb after an article's noun is still a verb: the mention ends before it.
    assert!(
        claims("Her office said the former minister couldn't recall the dinner.")
            .iter()
            .all(|c| speaker(c) != "the former minister couldn't recall the dinner"),
    );
}

#[test]
fn a_town_and_its_state_inside_a_phrase_between_commas_leave_the_name_before_it_speaking() {
    // The comma before the state is inside the phrase; the name before the phrase speaks.
    for text in [
        "Ana Ruiz, during a campaign stop in Dover, Delaware, said the plan would cut taxes.",
        "Ana Ruiz, who spent a decade in Lima, Peru, said the plan would cut taxes.",
        "Ana Ruiz, a senator from Dayton, Ohio, said the plan would cut taxes.",
    ] {
        assert_eq!(
            speakers_and_contents(text),
            [(
                "Ana Ruiz".to_string(),
                "the plan would cut taxes".to_string()
            )],
            "{text}"
        );
    }
    assert_eq!(
        speakers_and_contents(
            "The mayor, during a stop in Dover, Delaware, said the plan would cut taxes."
        ),
        [(
            "The mayor".to_string(),
            "the plan would cut taxes".to_string()
        )]
    );
    // With no phrase around it, a town and its state after a body place the body.
    assert_eq!(
        speakers_and_contents("The Weather Service in Norman, Okla., said the storm had passed."),
        [(
            "The Weather Service".to_string(),
            "the storm had passed".to_string()
        )]
    );
}

#[test]
fn a_time_after_a_parenthesis_or_after_only_is_no_part_of_the_speaker() {
    assert_eq!(
        speakers_and_contents("Sen. Ann Ruiz (D-Ohio) last week said the trade deal was weak."),
        [(
            "Sen. Ann Ruiz".to_string(),
            "the trade deal was weak".to_string()
        )]
    );
    assert_eq!(
        speakers_and_contents("Acme Bank only last week announced it would close twelve branches."),
        [(
            "Acme Bank".to_string(),
            "it would close twelve branches".to_string()
        )]
    );
}

#[test]
fn another_and_the_people_familiar_with_someones_thinking_speak() {
    assert_eq!(
        speakers_and_contents("Another told reporters the levy would fail."),
        [("Another".to_string(), "the levy would fail".to_string())]
    );
    // An ordinal after its article is the one who speaks, not an adverb before the cue.
    assert_eq!(
        speakers_and_contents("A third said the levy would fail."),
        [("A third".to_string(), "the levy would fail".to_string())]
    );
    // A cue word after a possessive is a noun inside the phrase, not the verb.
    assert_eq!(
        speakers_and_contents(
            "A source familiar with the mayor’s thinking said the deal was close."
        ),
        [(
            "A source familiar with the mayor’s thinking".to_string(),
            "the deal was close".to_string()
        )]
    );
    assert_eq!(
        speakers_and_contents("A person familiar with the mayor's plans said the deal was close."),
        [(
            "A person familiar with the mayor's plans".to_string(),
            "the deal was close".to_string()
        )]
    );
}

#[test]
fn a_call_made_again_or_on_a_day_is_no_claim() {
    // "called Varga again" rings someone up; what he rang to ask is the claim.
    let found = speakers_and_contents(
        "The governor called Ines Varga again on Tuesday to ask whether the bridge was safe.",
    );
    assert!(
        found
            .iter()
            .all(|(_, content)| !content.contains("Varga again")),
        "{found:?}"
    );
    // A description after the verb of naming is still what a speaker said.
    let found = speakers_and_contents("The governor called the bridge a disgrace on Tuesday.");
    assert!(
        found.iter().any(|(speaker, _)| speaker == "The governor"),
        "{found:?}"
    );
}

#[test]
fn the_people_after_with_speak_through_its_participle() {
    assert_eq!(
        speakers_and_contents("The levy passed easily, with many farmers saying it was overdue."),
        [("many farmers".to_string(), "it was overdue".to_string())]
    );
    // What they said ends with the phrase's comma.
    assert_eq!(
        speakers_and_contents(
            "The levy lost narrowly, with 41 percent saying they would not back it, the bond measure at 30 percent."
        ),
        [(
            "41 percent".to_string(),
            "they would not back it".to_string()
        )]
    );
    // A cue word inside the phrase ("read") does not carry what they said past its comma.
    assert_eq!(
        speakers_and_contents(
            "The levy lost narrowly, with 41 percent saying they had not read it, the bond measure at 30 percent."
        ),
        [("41 percent".to_string(), "they had not read it".to_string())]
    );
    // A thing after "with" in a phrase that opens the sentence is still no speaker.
    let found = speakers_and_contents("With the new bridge, the mayor said traffic would ease.");
    assert_eq!(
        found,
        [("the mayor".to_string(), "traffic would ease".to_string())]
    );
}

#[test]
fn a_name_before_its_role_at_a_body_and_the_bodys_description_speaks() {
    // Two descriptions between commas, the first a role at a named body with no article:
    // the name that opens the chain speaks, not the role.
    let c = only(
        "Ann Lee, president of Acme Steel, a Dayton-based maker of steel pipes, said mills needed certainty.",
    );
    assert_eq!(speaker(&c), "Ann Lee");
    assert_eq!(c.content, "mills needed certainty");
    let c = only(
        "Tom Hale, chief executive officer of Brightwire, a Boston company, said that the outage was brief.",
    );
    assert_eq!(speaker(&c), "Tom Hale");
    let c = only(
        "Rosa Diaz, coordinator for the Harbor Tenants Union, a group that organised the march, told reporters the tenants would stay.",
    );
    assert_eq!(speaker(&c), "Rosa Diaz");
}

#[test]
fn a_party_label_and_a_participle_phrase_after_the_name_leave_the_name_the_speaker() {
    // A party label set off by commas is the lawmaker's, not a speaker of its own.
    let c = only("Sen. Tom Hale, R-Ohio, said the bill failed to address costs.");
    assert_eq!(speaker(&c), "Sen. Tom Hale");
    let c = only(
        "Sen. Tom Hale, R-Ohio, appearing on a morning show after the vote, said the bill \
         failed to address costs.",
    );
    assert_eq!(speaker(&c), "Sen. Tom Hale");
    assert_eq!(c.content, "the bill failed to address costs");
    // A participle and its place, the place's state set off too, stand between the
    // subject and the cue.
    let c = only("The mayor, speaking in Lima, Peru, said the talks with the union went well.");
    assert_eq!(speaker(&c), "The mayor");
    assert_eq!(c.content, "the talks with the union went well");
    let c = only("Ann Lee, a lawyer, speaking in Dover, Delaware, said the deal was fair.");
    assert_eq!(speaker(&c), "Ann Lee");
}

#[test]
fn a_relative_clause_opened_by_whose_leaves_the_cue_to_the_name_before_it() {
    // Not `"Lee, whose base includes farmers," said the primaries …`: the name opening
    // the sentence speaks and what follows the cue is what was said.
    let c = only("Lee, whose base includes farmers, said the primaries shut out young voters.");
    assert_eq!(speaker(&c), "Lee");
    assert_eq!(c.content, "the primaries shut out young voters");
}

#[test]
fn a_company_described_by_its_nationality_and_trade_is_the_one_named_before() {
    // "the German carmaker" after the clause that names the company: that company, as
    // "the carmaker" would be, and so its entity is the company's.
    let found = claims(
        "Ostrava Motors will close two plants next year, the Czech carmaker said on Friday.",
    );
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(
        antecedent_of(&found[0]),
        Some("Ostrava Motors"),
        "{found:#?}"
    );
    assert_eq!(entity(&found[0]), "ostrava-motors");
    let found = claims(
        "Shares in Pellworth Holdings fell 6 percent. The Denver-based retailer said sales had slowed in the spring.",
    );
    assert_eq!(
        antecedent_of(&found[0]),
        Some("Pellworth Holdings"),
        "{found:#?}"
    );
    // A person the clause opens with is no company: nobody, rather than the wrong one.
    let found = claims("Marta Lind will step down in May, the Swiss drugmaker said on Tuesday.");
    assert_eq!(antecedent_of(&found[0]), None, "{found:#?}");
}
