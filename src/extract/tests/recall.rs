//! Forms of attribution beyond "said" (issue 15), each on a sentence written for the test:
//! the kind of claim a cue marks, who may hold a view, views without a holder, headlines,
//! colons, dashes, quotations interrupted or run over paragraphs, and floating quotations.

use super::*;

/// The one claim of `text`, with its kind of claim checked.
fn only_of(text: &str, modality: &str) -> Claim {
    let c = only(text);
    assert_eq!(c.modality, modality, "{c:#?}");
    c
}

#[test]
fn wants_and_plans_take_an_infinitive() {
    let c = only_of("The union wants to delay the vote until March.", "wants");
    assert_eq!(speaker(&c), "The union");
    assert_eq!(c.cue.as_ref().map(|q| q.text.as_str()), Some("wants"));
    assert_eq!(c.content, "to delay the vote until March");
    let c = only_of(
        "The council plans to close two branch libraries next year.",
        "intends",
    );
    assert_eq!(speaker(&c), "The council");
    assert_eq!(c.content, "to close two branch libraries next year");
}

#[test]
fn demands_accusations_and_denials_are_claims_of_their_kind() {
    let c = only_of(
        "The mayor called for an independent inquiry into the warehouse fire.",
        "demands",
    );
    assert_eq!(speaker(&c), "The mayor");
    assert_eq!(c.content, "an independent inquiry into the warehouse fire");
    let c = only_of(
        "The senator accused the port authority of hiding the inspection report.",
        "accuses",
    );
    assert_eq!(speaker(&c), "The senator");
    assert_eq!(
        c.content,
        "the port authority of hiding the inspection report"
    );
    let c = only_of(
        "The company denied that it had misled its investors about the recall.",
        "denies",
    );
    assert_eq!(speaker(&c), "The company");
    assert_eq!(c.content, "it had misled its investors about the recall");
}

#[test]
fn a_survey_shows_what_it_found() {
    let c = only_of(
        "A new survey shows that most residents oppose the harbour tower.",
        "found",
    );
    assert_eq!(speaker(&c), "A new survey");
    assert_eq!(c.content, "most residents oppose the harbour tower");
}

#[test]
fn polls_showing_a_finding_speak_for_themselves() {
    // Inside a phrase set off by its comma, the finding stops at the comma.
    let c = only_of(
        "Despite polls showing him well behind, the mayor toured every ward on Sunday.",
        "found",
    );
    assert_eq!(speaker(&c), "polls");
    assert_eq!(c.content, "him well behind");
    let c = only_of(
        "The mayor kept campaigning, with recent polls showing that her lead had evaporated.",
        "found",
    );
    assert_eq!(speaker(&c), "recent polls");
    assert_eq!(c.content, "her lead had evaporated");
    // A participle after a noun that is no document is another verb's gerund.
    assert!(claims("The mayor kept the crowd showing up at every ward.").is_empty());
}

#[test]
fn a_poll_with_a_modifier_speaks_not_the_name_inside_it() {
    let c = only_of(
        "A Courier poll out this week shows that the levy is losing by 12 points.",
        "found",
    );
    assert_eq!(speaker(&c), "A Courier poll");
    assert_eq!(c.content, "the levy is losing by 12 points");
    let c = only_of(
        "In 2019, research conducted by the water board found the reservoir was leaking.",
        "found",
    );
    assert_eq!(speaker(&c), "research");
    assert_eq!(c.content, "the reservoir was leaking");
    // An infinitive after the noun is no modifier: the evidence suspects nothing.
    assert!(
        claims("The board has enough evidence to suspect the contractor of fraud.")
            .iter()
            .all(|c| c
                .speaker
                .as_ref()
                .is_none_or(|s| s.text != "enough evidence"))
    );
}

#[test]
fn a_poll_shows_its_finding_past_an_agent_a_day_or_a_year_in_its_modifier() {
    // A name after "by the" in the modifier is the poll's publisher, no object of "shows".
    let c = only_of(
        "A statewide poll released Sunday by the Courier shows the mayor holding a lead among older voters.",
        "found",
    );
    assert_eq!(speaker(&c), "A statewide poll");
    assert_eq!(c.content, "the mayor holding a lead among older voters");
    let c = only_of(
        "A Keystone poll out Monday showed Alvarez with a wide lead over Pruitt in the suburbs.",
        "found",
    );
    assert_eq!(speaker(&c), "A Keystone poll");
    assert_eq!(
        c.content,
        "Alvarez with a wide lead over Pruitt in the suburbs"
    );
    let c = only_of(
        "A study by the Gazette of county races going back to 1988 found the incumbent lost only twice.",
        "found",
    );
    assert_eq!(speaker(&c), "A study");
    assert_eq!(c.content, "the incumbent lost only twice");
    // A place after the noun is a modifier too, also for the sentence's capitalised first word.
    let c = only_of(
        "Polls there show Alvarez is trailing Pruitt before the vote.",
        "found",
    );
    assert_eq!(speaker(&c), "Polls");
    assert_eq!(c.content, "Alvarez is trailing Pruitt before the vote");
}

#[test]
fn only_a_source_holds_a_view() {
    // Rates, remarks and histories do not support or want anything.
    assert!(claims("Low interest rates support the housing market in the north.").is_empty());
    assert!(claims("His remarks have drawn sharp criticism from farmers.").is_empty());
    // Plurals of people do.
    let c = only_of("Local farmers oppose the new water levy.", "opposes");
    assert_eq!(speaker(&c), "Local farmers");
    assert_eq!(c.content, "the new water levy");
}

#[test]
fn a_view_without_its_holder_has_no_speaker() {
    let c = only_of(
        "The budget bill is expected to pass the upper house next week.",
        "believes",
    );
    assert!(c.speaker.is_none(), "{c:#?}");
    assert_eq!(c.cue.as_ref().map(|q| q.text.as_str()), Some("is expected"));
    assert_eq!(
        c.content,
        "The budget bill is expected to pass the upper house next week"
    );
}

#[test]
fn a_headline_attributes_in_title_case() {
    let found = claims(
        "Mayor Says Ferry Will Resume Sailing in May\n\nThe ferry has been idle since the storm.",
    );
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(speaker(&found[0]), "Mayor");
    assert_eq!(found[0].content, "Ferry Will Resume Sailing in May");
    // The month is no modal verb.
    assert_eq!(found[0].modal, None);
}

#[test]
fn a_headline_speaker_is_a_name_never_an_adverb_a_possessive_or_a_label() {
    let found = claims(
        "Mayor Ana Ruiz Finally Endorses the Ferry Levy\n\nThe ferry has been idle since May.",
    );
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(speaker(&found[0]), "Mayor Ana Ruiz");
    for headline in [
        "Ruiz's Support Grows Among Harbour Voters",
        "The Latest: Ferry Levy Passes After Long Night",
        "Revealed: What the Harbour Board Never Told Voters",
        "Thursday's Morning Briefing: Ferry Levy Passes",
    ] {
        let found = claims(&format!("{headline}\n\nThe ferry has been idle since May."));
        assert!(found.is_empty(), "{headline}: {found:#?}");
    }
    // A name before a colon still speaks.
    let found = claims("Ruiz: Ferry Will Sail Again by June\n\nThe ferry has been idle since May.");
    assert_eq!(speaker(&found[0]), "Ruiz");
}

#[test]
fn a_headline_label_names_the_body_or_document_that_speaks() {
    // A name and the camp, the editorial or the message that speaks for it; and a one-word
    // label before a headline's clause, whose verb is in the present or a short past.
    for (headline, who, what) in [
        (
            "Ruiz camp: Harbour levy threatens the fishing fleet",
            "Ruiz camp",
            "Harbour levy threatens the fishing fleet",
        ),
        (
            "Gazette editorial: Council must publish the ferry contract",
            "Gazette editorial",
            "Council must publish the ferry contract",
        ),
        (
            "Unions' new warning: Strike could close the port",
            "Unions' new warning",
            "Strike could close the port",
        ),
        (
            "Newspaper: Harbour chief used a private email account",
            "Newspaper",
            "Harbour chief used a private email account",
        ),
        (
            "Former Mayor Ames: Ferry deal disqualifies him for office",
            "Former Mayor Ames",
            "Ferry deal disqualifies him for office",
        ),
    ] {
        let found = claims(&format!("{headline}\n\nThe ferry has been idle since May."));
        assert_eq!(found.len(), 1, "{headline}: {found:#?}");
        assert_eq!(speaker(&found[0]), who, "{headline}");
        assert_eq!(found[0].content, what, "{headline}");
    }
    // Below the headline, or with no noun that speaks at its end, a label is no source.
    for text in [
        "The ferry has been idle since May.\n\nRuiz camp: Harbour levy threatens the fleet.",
        "Harbour vote tonight: Levy threatens the fishing fleet\n\nThe ferry has been idle since May.",
    ] {
        let found = claims(text);
        assert!(
            found
                .iter()
                .all(|c| c.cue.as_ref().is_none_or(|q| q.text != ":")),
            "{text}: {found:#?}"
        );
    }
}

#[test]
fn the_modal_verb_is_kept_apart_from_the_kind() {
    let c = only_of(
        "The minister said the smelter could close before spring.",
        "said",
    );
    assert_eq!(c.modal.as_deref(), Some("could"));
}

#[test]
fn a_name_and_a_colon_introduce_a_quotation() {
    let c = only("Ortega: \"We will not close the clinic this winter.\"");
    assert_eq!(c.kind, ClaimKind::Direct);
    assert_eq!(speaker(&c), "Ortega");
    assert_eq!(c.content, "We will not close the clinic this winter.");
}

#[test]
fn a_colon_a_few_words_after_the_cue_introduces_the_quotation() {
    for (text, who) in [
        (
            "The treasurer said flatly: \"The fund will be empty by May.\"",
            "The treasurer",
        ),
        (
            "The treasurer said of the mayor: \"The fund will be empty by May.\"",
            "The treasurer",
        ),
        (
            "A day later, the treasurer wrote back: \"The fund will be empty by May.\"",
            "the treasurer",
        ),
        (
            "The treasurer told reporters Monday when asked about the deficit: \"The fund will be empty by May.\"",
            "The treasurer",
        ),
    ] {
        let said: Vec<Claim> = claims(text)
            .into_iter()
            .filter(|c| c.modality == "said")
            .collect();
        assert_eq!(said.len(), 1, "{text}: {said:#?}");
        assert_eq!(said[0].kind, ClaimKind::Direct, "{text}");
        assert_eq!(speaker(&said[0]), who, "{text}");
        assert_eq!(said[0].content, "The fund will be empty by May.", "{text}");
    }
    // A clause before the colon is what was said, the quotation its detail.
    let c = only("The treasurer said the plan had one flaw: \"It costs too much.\"");
    assert!(c.content.starts_with("the plan had one flaw"), "{c:#?}");
}

#[test]
fn a_quotation_signed_with_a_dash() {
    let c =
        only("\"I hope the new bridge opens before my daughter starts school.\" ― Maria Keller");
    assert_eq!(c.kind, ClaimKind::Direct);
    assert_eq!(speaker(&c), "Maria Keller");
    assert_eq!(
        c.content,
        "I hope the new bridge opens before my daughter starts school."
    );
}

#[test]
fn an_interrupted_quotation_is_one_claim_in_two_parts() {
    let text = "\"The squad is ready,\" the coach said. \"We trained hard all summer.\"";
    let c = only(text);
    assert_eq!(speaker(&c), "the coach");
    let parts: Vec<&str> = c.parts.iter().map(|p| p.of(text)).collect();
    assert_eq!(
        parts,
        ["The squad is ready,", "We trained hard all summer."]
    );
    assert_eq!(
        c.quote.as_ref().map(|q| q.text.as_str()),
        Some("The squad is ready, We trained hard all summer.")
    );
}

#[test]
fn a_sentence_mostly_quoted_goes_on_the_quote_before() {
    // A few words of the reporter's before the quotation, or between two pieces of it: the
    // quoted pieces are the claim's parts, the reporter's words are left out of its quote.
    let text = "\"We were not happy when the depot closed,\" said Jo Finn, who chairs the traders' group. Now, \"most of the shops on the square want it back.\"";
    let c = only(text);
    assert_eq!(speaker(&c), "Jo Finn");
    let parts: Vec<&str> = c.parts.iter().map(|p| p.of(text)).collect();
    assert_eq!(
        parts,
        [
            "We were not happy when the depot closed,",
            "most of the shops on the square want it back."
        ]
    );
    let text = "\"The vote is a formality,\" the whip said. \"This was the speaker\" and her deputies \"quietly counting heads for a month.\"";
    let c = only(text);
    assert_eq!(c.parts.len(), 3, "{c:#?}");
    assert_eq!(
        c.quote.as_ref().map(|q| q.text.as_str()),
        Some("The vote is a formality, This was the speaker quietly counting heads for a month.")
    );
}

#[test]
fn a_sentence_with_more_reporter_than_quotation_is_no_continuation() {
    // The sentence tells of the council, quoting two words: it goes on no one's quote.
    let text = "\"The vote is a formality,\" the whip said. The council met on Tuesday and called the plan \"a relic.\"";
    let found = claims(text);
    assert!(
        found
            .iter()
            .all(|c| !c.content.contains("The vote is a formality") || c.parts.is_empty()),
        "{found:#?}"
    );
    // A sentence of the reporter's between: the quote is not taken up.
    let text = "\"The vote is a formality,\" the whip said. The tally was taken in May. As for the mayor, \"she will do the right thing for the town.\"";
    let found = claims(text);
    assert!(found.iter().all(|c| c.parts.is_empty()), "{found:#?}");
    // Another paragraph: the quote of the paragraph before is not taken up.
    let text = "\"The vote is a formality,\" the whip said.\n\nStill, \"nothing is certain in this chamber.\"";
    let found = claims(text);
    assert!(found.iter().all(|c| c.parts.is_empty()), "{found:#?}");
}

#[test]
fn a_quotation_taken_up_after_an_aside_is_the_same_claim() {
    // The speaker's description, or what he spoke of, stands between the two parts.
    let text = "\"The depot has room for forty buses,\" said Tom Hale, director of transit for the county, \"but it was built for twenty.\"";
    let c = only(text);
    assert_eq!(speaker(&c), "Tom Hale");
    assert!(c.content.starts_with("The depot has room"), "{c:#?}");
    assert!(
        c.content.ends_with("but it was built for twenty."),
        "{c:#?}"
    );
    let text = "\"I never saw the invoices,\" she said of the contracts signed in May, \"and nobody asked me to.\"";
    let c = only(text);
    assert_eq!(speaker(&c), "she");
    assert!(c.content.ends_with("and nobody asked me to."), "{c:#?}");
}

#[test]
fn a_title_after_the_speaker_is_not_taken_up() {
    let text = "\"Nobody reads the small print,\" said Ruth Ames, author of the memoir, \"Small Print and Other Lies.\"";
    let c = only(text);
    assert_eq!(c.content, "Nobody reads the small print,");
    let text = "\"We moved too fast,\" said Ruth Ames, whose new book, \"The Long Fall,\" comes out in May.";
    let c = only(text);
    assert_eq!(c.content, "We moved too fast,");
}

#[test]
fn a_quotation_goes_on_after_a_speaker_from_an_abbreviated_place() {
    let text = "\"The fares are too high,\" said Ann Lee, a nurse from Tampa, Fla. \"We will ride the bus again when they fall.\"";
    let c = only(text);
    assert_eq!(speaker(&c), "Ann Lee");
    let parts: Vec<&str> = c.parts.iter().map(|p| p.of(text)).collect();
    assert_eq!(
        parts,
        [
            "The fares are too high,",
            "We will ride the bus again when they fall."
        ]
    );
}

#[test]
fn a_quotation_left_open_runs_into_the_next_paragraph() {
    let text = "\"The trains will run on time from Monday. We have hired forty new drivers.\n\n\"The timetable is printed and ready,\" the rail chief said.";
    let c = only(text);
    assert_eq!(speaker(&c), "the rail chief");
    let parts: Vec<&str> = c.parts.iter().map(|p| p.of(text)).collect();
    assert_eq!(
        parts,
        [
            "The trains will run on time from Monday. We have hired forty new drivers.",
            "The timetable is printed and ready,"
        ]
    );
}

#[test]
fn a_floating_quotation_is_the_speaker_of_the_paragraph_before() {
    let found = claims(
        "The coach said the squad was ready for the final.\n\n\"We trained hard all summer and nobody is injured.\"",
    );
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[1].kind, ClaimKind::Direct);
    assert_eq!(speaker(&found[1]), "The coach");
    assert_eq!(
        found[1].content,
        "We trained hard all summer and nobody is injured."
    );
    // With no one speaking before, the quotation is no one's.
    let found =
        claims("The final is on Sunday.\n\n\"We trained hard all summer and nobody is injured.\"");
    assert!(found.iter().all(|c| c.speaker.is_none()), "{found:#?}");
}

#[test]
fn as_the_paper_reported_attributes_the_main_clause() {
    let c = only("As the Gazette reported on Tuesday, the inspector has issued three subpoenas.");
    assert_eq!(speaker(&c), "the Gazette");
    assert_eq!(c.content, "the inspector has issued three subpoenas");
}

#[test]
fn an_as_clause_with_an_object_of_its_own_gives_the_main_clause_to_its_own_speaker() {
    let found = claims(
        "As the mayor spoke about rebuilding the harbour, the governor warned again that the \
         port would close.",
    );
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(speaker(&found[0]), "the mayor");
    assert_eq!(found[0].content, "rebuilding the harbour");
    assert_eq!(speaker(&found[1]), "the governor");
    assert!(
        found[1].content.contains("the port would close"),
        "{found:#?}"
    );
    // Told whom and when is no object: the main clause is still what was reported.
    let c = only("As the minister told reporters on Monday, the talks will resume in March.");
    assert_eq!(speaker(&c), "the minister");
    assert_eq!(c.content, "the talks will resume in March");
}

#[test]
fn an_endorsement_attributes_its_object_up_to_an_adjunct() {
    let c = only_of(
        "The teachers union endorsed the harbour plan on Tuesday, ending months of talks.",
        "supports",
    );
    assert_eq!(speaker(&c), "The teachers union");
    assert_eq!(c.cue.as_ref().map(|q| q.text.as_str()), Some("endorsed"));
    assert_eq!(c.content, "the harbour plan");
    let c = only_of(
        "Local farmers praised the new water rules at a meeting in the town hall.",
        "supports",
    );
    assert_eq!(c.content, "the new water rules");
    // A noun, not the verb: nothing is attributed.
    assert!(claims("Her support among younger voters has grown since May.").is_empty());
}

#[test]
fn a_that_before_a_verb_after_a_quotation_opens_no_content() {
    let c = only(
        "“We are in a difficult spot,” the minister told reporters after the meeting that was held on a boat.",
    );
    assert_eq!(c.kind, ClaimKind::Direct);
    assert_eq!(speaker(&c), "the minister");
    assert_eq!(c.content, "We are in a difficult spot,");
}

#[test]
fn a_that_after_an_adjunct_after_a_quotation_opens_no_content() {
    let c = only(
        "“They have my blessing,” the governor said after welcoming the mayor to her office for talks that center on the budget.",
    );
    assert_eq!(c.kind, ClaimKind::Direct);
    assert_eq!(speaker(&c), "the governor");
    assert_eq!(c.content, "They have my blessing,");
}

#[test]
fn an_impression_without_a_holder_is_the_whole_clause() {
    let c = only_of(
        "By the weekend, the mayor seemed to be losing the support of the council.",
        "seems",
    );
    assert_eq!(speaker(&c), "");
    assert_eq!(c.cue.as_ref().map(|q| q.text.as_str()), Some("seemed"));
    assert_eq!(
        c.content,
        "the mayor seemed to be losing the support of the council"
    );
    let c = only_of(
        "It appears that the ferry schedule will change in the spring.",
        "seems",
    );
    assert_eq!(
        c.content,
        "that the ferry schedule will change in the spring"
    );
    // Being somewhere is no impression.
    assert!(claims("The mayor appeared on local television on Sunday evening.").is_empty());
}

#[test]
fn in_a_poll_opens_what_the_poll_found() {
    let c = only_of(
        "In a harbour board survey released Monday, most ferry riders backed the later timetable.",
        "found",
    );
    assert_eq!(speaker(&c), "a harbour board survey released Monday");
    assert_eq!(c.content, "most ferry riders backed the later timetable");
    // A place or a time is no source.
    assert!(
        claims("In the old harbour town, most ferry riders backed the later timetable.").is_empty()
    );
}

#[test]
fn a_plain_subject_speaks_when_no_name_stands_before_the_cue() {
    let c = only("Some growers even insist that the orchard tax will double next year.");
    assert_eq!(speaker(&c), "Some growers");
    assert_eq!(c.content, "the orchard tax will double next year");
    let c = only("One in five said the ferry timetable should be printed again.");
    assert_eq!(speaker(&c), "One in five");
    assert_eq!(c.content, "the ferry timetable should be printed again");
    let c = only("Several councillors, including Ames, said the depot should close in May.");
    assert_eq!(speaker(&c), "Several councillors");
    assert_eq!(c.content, "the depot should close in May");
}

#[test]
fn a_day_is_no_plain_subject() {
    let found = claims("Tuesday added one more delay to the long list of the bridge works.");
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn a_relative_clause_on_a_name_ends_what_was_said() {
    let c = only(
        "The museum announced that it hired the curator Ines Gray, who ran the city gallery for a decade.",
    );
    assert_eq!(c.content, "it hired the curator Ines Gray");
    // A relative clause closed by a comma is part of the subject of what was said.
    let c = only("The board said Ines Gray, who ran the gallery, would lead the museum.");
    assert_eq!(
        c.content,
        "Ines Gray, who ran the gallery, would lead the museum"
    );
}

#[test]
fn a_question_put_without_the_asker_has_no_speaker() {
    let c = only_of(
        "The harbour master was asked whether the ferry would run on Sunday.",
        "asks",
    );
    assert_eq!(speaker(&c), "");
    assert_eq!(c.content, "whether the ferry would run on Sunday");
    let c = only_of(
        "When asked about the strike vote, the harbour master left the room.",
        "asks",
    );
    assert_eq!(speaker(&c), "");
    assert_eq!(c.content, "the strike vote");
    // The one who answers after "when asked" asked nothing.
    let found = claims(
        "\"The ferry will run on Sunday,\" the harbour master said when asked about the strike vote.",
    );
    let asks: Vec<&Claim> = found.iter().filter(|c| c.modality == "asks").collect();
    assert_eq!(asks.len(), 1, "{found:#?}");
    assert_eq!(speaker(asks[0]), "");
    assert_eq!(asks[0].content, "the strike vote");
    assert!(
        found
            .iter()
            .any(|c| c.modality == "said" && speaker(c) == "the harbour master")
    );
}

#[test]
fn a_relative_clause_of_refusal_after_an_inverted_speaker_keeps_the_speaker() {
    for text in [
        "\"The ferry will run on Sunday,\" said a deckhand who declined to be named.",
        "\"The ferry will run on Sunday,\" said a deckhand who asked not to be named.",
    ] {
        let found = claims(text);
        let said: Vec<&Claim> = found.iter().filter(|c| c.modality == "said").collect();
        assert_eq!(said.len(), 1, "{text}: {found:#?}");
        assert_eq!(speaker(said[0]), "a deckhand", "{text}");
        assert_eq!(said[0].content, "The ferry will run on Sunday,", "{text}");
    }
}

#[test]
fn asked_for_a_favour_is_no_question() {
    assert!(claims("The harbour master was asked to leave the room early.").is_empty());
}
#[test]
fn a_quantifier_holds_a_view() {
    let c = only_of(
        "Most believe that the ferry fares will rise again.",
        "believes",
    );
    assert_eq!(speaker(&c), "Most");
    assert_eq!(c.content, "the ferry fares will rise again");
    let c = only_of(
        "Many fear that the mill will close before winter.",
        "believes",
    );
    assert_eq!(speaker(&c), "Many");
    assert_eq!(c.content, "the mill will close before winter");
}

#[test]
fn a_cue_word_after_a_preposition_is_a_noun() {
    for text in [
        "The mayor moved to the left in order to win the union vote.",
        "The deputy in charge of the harbour police resigned on Friday.",
        "Ruiz spoke in reference to the ferry strike.",
    ] {
        let found = claims(text);
        assert!(found.is_empty(), "{text}: {found:#?}");
    }
}

#[test]
fn a_group_in_a_named_body_speaks_not_the_body() {
    let c = only("Republicans in the Senate said they would block the ferry bill.");
    assert_eq!(speaker(&c), "Republicans");
    assert_eq!(c.content, "they would block the ferry bill");
}

#[test]
fn a_share_written_in_words_speaks() {
    let c = only("One in five say the ferry should run at night.");
    assert_eq!(speaker(&c), "One in five");
    assert_eq!(c.content, "the ferry should run at night");
    let c = only("About one in five riders say the ferry should run at night.");
    assert_eq!(speaker(&c), "About one in five riders");
}

#[test]
fn analysts_judges_and_sources_hold_views() {
    for (text, who) in [
        (
            "Some analysts believe the ferry merger will fail.",
            "Some analysts",
        ),
        ("The judge wants the hearing moved to March.", "The judge"),
        (
            "Several sources fear the mill will close before winter.",
            "Several sources",
        ),
    ] {
        let c = only(text);
        assert_eq!(speaker(&c), who, "{text}");
        assert_ne!(c.modality, "said", "{text}");
    }
}

#[test]
fn allies_hold_views_and_polling_finds() {
    let c = only_of(
        "The mill has been idle for weeks, but her allies fear that the owners will sell it.",
        "believes",
    );
    assert_eq!(c.content, "the owners will sell it");
    let c = only_of(
        "Recent polling shows that the mayor leads among mill workers.",
        "found",
    );
    assert_eq!(speaker(&c), "Recent polling");
    assert_eq!(c.content, "the mayor leads among mill workers");
}

#[test]
fn a_view_without_holder_keeps_its_subject_across_a_relative_clause() {
    let c = only_of(
        "The water board, which has kept prices flat since 2019, is expected to raise them in May.",
        "believes",
    );
    assert_eq!(speaker(&c), "");
    assert_eq!(
        c.content,
        "The water board, which has kept prices flat since 2019, is expected to raise them in May"
    );
}

#[test]
fn a_view_without_holder_may_be_denied() {
    let c = only_of(
        "The closing of the paper mill is not expected to happen before 2031.",
        "believes",
    );
    assert_eq!(speaker(&c), "");
    assert_eq!(
        c.content,
        "The closing of the paper mill is not expected to happen before 2031"
    );
    assert!(c.negated, "{c:#?}");
    let c = only_of(
        "The harbour master wasn't seen as a likely successor to the mayor.",
        "believes",
    );
    assert_eq!(
        c.content,
        "The harbour master wasn't seen as a likely successor to the mayor"
    );
    assert!(c.negated, "{c:#?}");
}

#[test]
fn a_subordinate_view_without_holder_ends_at_its_comma() {
    let c = only_of(
        "Although the ferry is not thought to be able to cross in winter, it sails twice a week.",
        "believes",
    );
    assert_eq!(
        c.content,
        "the ferry is not thought to be able to cross in winter"
    );
}

#[test]
fn a_view_without_holder_leaves_what_the_reporter_adds_after_it() {
    for (text, view) in [
        (
            "The ruling is widely expected to go against the port, with sharp costs for the ferry lines.",
            "The ruling is widely expected to go against the port",
        ),
        (
            "The governor is expected to sign the levy, potentially ending a year of disputes.",
            "The governor is expected to sign the levy",
        ),
        (
            "The valley towns are seen as safe seats for the mayor, largely because turnout there is high.",
            "The valley towns are seen as safe seats for the mayor",
        ),
        (
            "The bakery is expected to cut 40 jobs -- the first of 90 -- as it moves its ovens to Leeds.",
            "The bakery is expected to cut 40 jobs",
        ),
    ] {
        assert_eq!(only_of(text, "believes").content, view, "{text}");
    }
    // A list inside the view goes on past its commas.
    assert_eq!(
        only_of(
            "The minister is expected to visit Leeds, York and Hull next month.",
            "believes"
        )
        .content,
        "The minister is expected to visit Leeds, York and Hull next month"
    );
}

#[test]
fn an_impression_or_a_view_keeps_its_subject_across_an_aside() {
    let c = only_of(
        "The ferry union, casting itself as a friend of commuters, appeared to soften its demands.",
        "seems",
    );
    assert_eq!(speaker(&c), "");
    assert_eq!(
        c.content,
        "The ferry union, casting itself as a friend of commuters, appeared to soften its demands"
    );
    let c = only_of(
        "The harbour board, under mounting pressure, is expected to publish the inspection report.",
        "believes",
    );
    assert_eq!(
        c.content,
        "The harbour board, under mounting pressure, is expected to publish the inspection report"
    );
}

#[test]
fn a_study_by_a_group_finds_without_that() {
    let c = only_of(
        "A study by the harbour union found the ferry lost more than half its riders.",
        "found",
    );
    assert_eq!(c.content, "the ferry lost more than half its riders");
    let c = only_of(
        "A Courier poll of the valley released on Monday showed the mayor with a wide lead.",
        "found",
    );
    assert_eq!(speaker(&c), "A Courier poll of the valley");
    assert_eq!(c.content, "the mayor with a wide lead");
    let c = only_of(
        "Early analysis shows the valley polls may have missed the turnout.",
        "found",
    );
    assert_eq!(speaker(&c), "Early analysis");
}

#[test]
fn irregular_pasts_and_contracted_is_are_verbs() {
    let c = only_of(
        "Ruiz sought to calm the dock workers before the vote.",
        "wants",
    );
    assert_eq!(speaker(&c), "Ruiz");
    assert_eq!(c.content, "to calm the dock workers before the vote");
    let c = only_of(
        "She's hoping the valley caucuses will give her a clear lead.",
        "wants",
    );
    assert_eq!(speaker(&c), "She");
    assert_eq!(c.content, "the valley caucuses will give her a clear lead");
}

#[test]
fn a_view_takes_a_clause_with_a_modal_and_no_that() {
    let c = only_of(
        "Council leaders hoped the meeting would calm the dock workers.",
        "wants",
    );
    assert_eq!(speaker(&c), "Council leaders");
    assert_eq!(c.content, "the meeting would calm the dock workers");
    // Without a modal the object is no clause: nothing is attributed.
    assert!(claims("Council leaders hoped the meeting was over.").is_empty());
}

#[test]
fn a_plain_subject_follows_an_opening_phrase() {
    let c = only("In the valley, several growers even insist that the frost ruined the pears.");
    assert_eq!(speaker(&c), "several growers");
    assert_eq!(c.content, "the frost ruined the pears");
}

#[test]
fn phrases_of_a_verb_and_its_noun_are_cues_of_their_kind() {
    let c = only_of(
        "The mayor made it clear that the ferry would keep running.",
        "said",
    );
    assert_eq!(speaker(&c), "The mayor");
    assert_eq!(c.content, "the ferry would keep running");
    let c = only_of(
        "Dock workers expressed concern that the new cranes would cost jobs.",
        "believes",
    );
    assert_eq!(speaker(&c), "Dock workers");
    assert_eq!(c.content, "the new cranes would cost jobs");
    let c = only_of(
        "The union expressed support for the harbour plan on Monday.",
        "supports",
    );
    assert_eq!(speaker(&c), "The union");
    assert_eq!(c.content, "the harbour plan");
}

#[test]
fn continuing_is_no_intention_and_states_are_places() {
    assert!(claims("The river continues to rise along the valley road.").is_empty());
    assert!(claims("The mayor won nine states that voted for the levy.").is_empty());
}

#[test]
fn taking_issue_is_a_cue_of_its_kind() {
    let c = only_of(
        "The union took issue with the new crane contract.",
        "criticizes",
    );
    assert_eq!(speaker(&c), "The union");
    assert_eq!(c.content, "the new crane contract");
}

#[test]
fn common_verbs_of_attitude_and_saying_are_cues_of_their_kind() {
    let c = only("Most island voters expressed their support for the later ferry timetable.");
    assert_eq!(c.modality, "said");
    assert_eq!(speaker(&c), "Most island voters");
    assert_eq!(c.content, "their support for the later ferry timetable");
    let c = only_of(
        "The council is weighing a second ferry route to the mainland.",
        "intends",
    );
    assert_eq!(c.content, "a second ferry route to the mainland");
    let c = only_of(
        "The senator knocked the port authority over the winter delays.",
        "criticizes",
    );
    assert_eq!(c.content, "the port authority over the winter delays");
    let c = only_of(
        "Ward remembers that the old pier flooded every spring.",
        "believes",
    );
    assert_eq!(c.content, "the old pier flooded every spring");
    let c = only_of(
        "The treasurer referenced the audit of the harbour accounts.",
        "cites",
    );
    assert_eq!(c.content, "the audit of the harbour accounts");
    // Every form of a verb of saying, the -ing one too.
    let found =
        claims("The union wrote to the board, alleging that the fares had been set in secret.");
    assert!(
        found
            .iter()
            .any(|c| c.content == "the fares had been set in secret" && speaker(c) == "The union"),
        "{found:#?}"
    );
}

#[test]
fn more_cues_of_their_kinds() {
    let c = only_of(
        "The latest average shows Ruiz ahead by four points.",
        "found",
    );
    assert_eq!(speaker(&c), "The latest average");
    assert_eq!(c.content, "Ruiz ahead by four points");
    let c = only_of(
        "The governor ordered the agency to reopen the bridge.",
        "demands",
    );
    assert_eq!(speaker(&c), "The governor");
    assert_eq!(c.content, "the agency to reopen the bridge");
    let c = only_of("Ruiz would like to rebuild the pier.", "wants");
    assert_eq!(speaker(&c), "Ruiz");
    assert_eq!(c.content, "to rebuild the pier");
    let c = only_of(
        "The senator raised concerns about the cost of the bridge.",
        "believes",
    );
    assert_eq!(c.content, "about the cost of the bridge");
    let c = only_of(
        "The auditor raised questions about the harbour accounts.",
        "asks",
    );
    assert_eq!(c.content, "about the harbour accounts");
    let c = only_of("The inspectors deemed the old bridge unsafe.", "describes");
    assert_eq!(c.content, "the old bridge unsafe");
    let c = only_of(
        "The board met on Monday, emphasizing that the fares would not rise.",
        "said",
    );
    assert_eq!(speaker(&c), "The board");
    assert_eq!(c.content, "the fares would not rise");
    let c = only_of(
        "The notice reads that the ferry will not run in January.",
        "said",
    );
    assert_eq!(c.content, "the ferry will not run in January");
}

#[test]
fn a_praise_ends_before_but_also_and_the_next_cue() {
    let found = claims("The mayor praised the plan but also warned that it would cost more.");
    let contents: Vec<&str> = found.iter().map(|c| c.content.as_str()).collect();
    assert_eq!(contents, ["the plan", "it would cost more"], "{found:#?}");
}

#[test]
fn a_participle_after_adverbs_is_a_second_claim_of_the_speaker() {
    let found =
        claims("The mayor said the plan had failed, even suggesting aides may have misled her.");
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[0].content, "the plan had failed");
    assert_eq!(speaker(&found[1]), "The mayor");
    assert_eq!(found[1].content, "aides may have misled her");
    let found = claims("The senator criticized the bill, later adding that it cost too much.");
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[0].content, "the bill");
    assert_eq!(speaker(&found[1]), "The senator");
    assert_eq!(found[1].content, "it cost too much");
    let found =
        claims("The aide called the idea a “bad joke,” adding that the mayor would resign.");
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(speaker(&found[1]), "The aide");
    assert_eq!(found[1].content, "the mayor would resign");
    // A participle of another kind is no object of the verb before its adverb.
    let found = claims("The senator praised the police, even urging the city to hire more.");
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[1].modality, "demands");
    assert_eq!(found[1].content, "the city to hire more");
}

#[test]
fn a_participle_after_a_statement_put_out_speaks_for_its_author() {
    let c = only("The campaign issued a statement saying the candidate would skip the debate.");
    assert_eq!(speaker(&c), "The campaign");
    assert_eq!(c.content, "the candidate would skip the debate");
    let c = only("The agency released a report finding that emissions rose last year.");
    assert_eq!(speaker(&c), "The agency");
    assert_eq!(c.content, "emissions rose last year");
}

#[test]
fn a_relative_clause_without_who_leaves_the_cue_to_its_noun() {
    let c = only("The experts I interviewed said the bridge was unsafe.");
    assert_eq!(speaker(&c), "The experts");
    let c = only("The people we spoke to said they were worried about prices.");
    assert_eq!(speaker(&c), "The people");
    assert_eq!(c.content, "they were worried about prices");
}

#[test]
fn a_relative_who_holds_a_view_for_the_name_before_it() {
    let c = only_of(
        "Jo Petrilli, who believes the school board overreached on testing, spoke to parents on Friday.",
        "believes",
    );
    assert_eq!(speaker(&c), "who");
    assert_eq!(c.speaker.as_ref().map(|s| s.shown()), Some("Jo Petrilli"));
    assert_eq!(c.content, "the school board overreached on testing");
    // A relative pronoun for a thing is no source.
    assert!(
        claims("The levy, which supports forty jobs in the county, expires next year.").is_empty()
    );
}

#[test]
fn a_relative_clause_between_commas_ends_where_the_main_verb_goes_on() {
    let c = only(
        "Jo Petrilli, who said the school board overreached on testing, has also spoken to parents.",
    );
    assert_eq!(speaker(&c), "who");
    assert_eq!(c.content, "the school board overreached on testing");
}

#[test]
fn a_desk_adds_the_messages_whose_sender_speaks() {
    let text = "The union sent a newsletter saying the strike would go on until March.";
    let mut rules = RuleSet::builtin().unwrap();
    let read = |rules: &RuleSet| crate::extract_claims(vec![article(text, None)], rules).claims;
    assert!(
        read(&rules).iter().all(|c| c.kind == ClaimKind::Assertion),
        "{:#?}",
        read(&rules)
    );
    let desk = "[attribution]\nmessages = [\"newsletter\"]\n";
    rules.add(crate::rules::RuleFile::parse(std::path::Path::new("desk.toml"), desk).unwrap());
    let found = read(&rules);
    let c = found
        .iter()
        .find(|c| c.kind != ClaimKind::Assertion)
        .expect("a claim through the newsletter");
    assert_eq!(speaker(c), "The union");
    assert_eq!(c.content, "the strike would go on until March");
}

#[test]
fn a_relative_who_without_a_comma_holds_no_view() {
    assert!(claims("Voters who support the levy are mostly retired.").is_empty());
}

#[test]
fn a_trailing_phrase_of_a_participle_never_speaks_the_claim_before() {
    let found =
        claims("Smith said the plant would stay open, referring to the steel mill on the river.");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(speaker(&found[0]), "Smith");
    assert_eq!(found[0].content, "the plant would stay open");
}

#[test]
fn a_statement_spoken_of_inside_another_claim_keeps_its_own_speaker() {
    let found = claims(
        "The footage shows the driver with his hands raised, contradicting the police \
         department's earlier claim that he had refused to stop.",
    );
    let nested = found
        .iter()
        .find(|c| c.content == "he had refused to stop")
        .unwrap_or_else(|| panic!("{found:#?}"));
    assert_eq!(speaker(nested), "the police department");
    // A plan spoken of is no claim of its own inside another's.
    let found = claims("The mayor criticized the developer's plan to build a tower on the pier.");
    assert!(
        found.iter().all(|c| speaker(c) != "the developer"),
        "{found:#?}"
    );
}

#[test]
fn a_second_share_of_those_polled_after_comma_and_speaks_its_own_claim() {
    let found = claims(
        "Most of the voters said the mayor was honest, and two-thirds said the same of his rival.",
    );
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[0].content, "the mayor was honest");
    assert_eq!(speaker(&found[1]), "two-thirds");
    assert_eq!(found[1].content, "the same of his rival");
    let found = claims("The governor said the budget was sound, and officials said it would pass.");
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[0].content, "the budget was sound");
    assert_eq!(speaker(&found[1]), "officials");
}

#[test]
fn a_share_holding_a_view_after_comma_and_stays_inside_what_was_found() {
    let found =
        claims("The survey found that 43% of voters support the levy, and 41% support the bond.");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(
        found[0].content,
        "43% of voters support the levy, and 41% support the bond"
    );
}

#[test]
fn a_cue_inside_the_subjects_modifier_leaves_the_claim_to_the_main_verb() {
    // The relative clause and the participle phrase tell which people speak; what they
    // say follows the main verb.
    let c = only("Voters who wrote to the council said the park should stay open.");
    assert_eq!(speaker(&c), "Voters");
    assert_eq!(c.content, "the park should stay open");
    let c = only("Parents hoping to keep the school open say the district has other options.");
    assert_eq!(speaker(&c), "Parents");
    assert_eq!(c.content, "the district has other options");
    // A clause of its own after the cue is what the cue attributes: the cue keeps it.
    let found = claims("Residents who said the plan would fail now say it was fixed.");
    assert!(
        found
            .iter()
            .any(|c| c.content.starts_with("the plan would fail")),
        "{found:#?}"
    );
}

#[test]
fn adjectives_of_stance_and_wish_and_verbs_of_forecast_are_claims_of_their_kind() {
    let c = only_of("The mayor was critical of the new budget.", "criticizes");
    assert_eq!(speaker(&c), "The mayor");
    assert_eq!(c.content, "the new budget");
    let c = only_of(
        "Campaign aides were optimistic that the bill would pass in May.",
        "believes",
    );
    assert_eq!(speaker(&c), "Campaign aides");
    assert_eq!(c.content, "the bill would pass in May");
    let c = only_of("The union is eager to return to the table.", "wants");
    assert_eq!(c.content, "return to the table");
    let c = only_of(
        "The budget office projected that the deficit would shrink.",
        "found",
    );
    assert_eq!(speaker(&c), "The budget office");
    assert_eq!(c.content, "the deficit would shrink");
}

#[test]
fn an_adjective_of_view_after_be_holds_the_clause() {
    let c = only_of(
        "The engineers are certain that the cooling pumps failed first.",
        "believes",
    );
    assert_eq!(speaker(&c), "The engineers");
    assert_eq!(c.content, "the cooling pumps failed first");
    let c = only_of(
        "The treasurer was confident that the levy would pass in November.",
        "believes",
    );
    assert_eq!(speaker(&c), "The treasurer");
    assert_eq!(c.content, "the levy would pass in November");
    // Without a clause after it the adjective attributes nothing.
    assert!(claims("The treasurer was confident on Tuesday.").is_empty());
}

#[test]
fn persuading_and_griping_are_claims_of_their_kind() {
    let c = only_of(
        "The governor tried to persuade the union to accept the contract.",
        "demands",
    );
    assert_eq!(speaker(&c), "The governor");
    assert!(c.content.contains("to accept the contract"), "{c:#?}");
    let c = only_of(
        "Local farmers griped about the new water rules at the hearing.",
        "criticizes",
    );
    assert_eq!(speaker(&c), "Local farmers");
    assert!(c.content.starts_with("the new water rules"), "{c:#?}");
}

#[test]
fn given_opening_a_sentence_names_nobody() {
    let found = claims(
        "Given that shift in the council's lineup, a top priority of the mayor has been to \
         urge Lee to remain in the deal.",
    );
    assert!(found.iter().all(|c| speaker(c) != "Given"), "{found:#?}");
}

#[test]
fn a_lament_is_criticism_and_agreeing_with_someone_a_view() {
    let c = only_of(
        "The mayor lamented the cuts to the music program at the meeting.",
        "criticizes",
    );
    assert_eq!(speaker(&c), "The mayor");
    assert!(
        c.content.starts_with("the cuts to the music program"),
        "{c:#?}"
    );
    let c = only_of(
        "Several council members agreed with the auditor's findings on the pension fund.",
        "believes",
    );
    assert_eq!(speaker(&c), "Several council members");
    assert!(c.content.starts_with("the auditor's findings"), "{c:#?}");
    let c = only_of(
        "The coach interjected that the team had not been told of the change.",
        "said",
    );
    assert_eq!(speaker(&c), "The coach");
    assert_eq!(c.content, "the team had not been told of the change");
}

#[test]
fn a_participle_after_a_quotation_after_a_colon_keeps_both_claims() {
    // ", adding" names no other speaker: the quotation stays the speaker's, and so does
    // what is added.
    let found = claims(
        "In a statement, the utility said: \"The outage was caused by a failed transformer,\" adding that power would be back by Sunday.",
    );
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(
        found[0].content,
        "The outage was caused by a failed transformer,"
    );
    assert_eq!(speaker(&found[0]), "the utility");
    assert_eq!(found[1].content, "power would be back by Sunday");
    assert_eq!(speaker(&found[1]), "the utility");
}

#[test]
fn a_participle_after_a_quotation_closed_on_its_comma_takes_the_sentences_subject() {
    // With no claim before it in the sentence, the participle's speaker is the subject,
    // whether the comma stands inside the closing mark or outside it.
    for text in [
        "The governor gave a defense of \"small-town values,\" saying the region embodied the spirit of the state.",
        "The governor gave a defense of small-town values, saying the region embodied the spirit of the state.",
    ] {
        let c = only(text);
        assert_eq!(speaker(&c), "The governor", "{text}");
        assert_eq!(c.content, "the region embodied the spirit of the state");
    }
}

#[test]
fn an_endorsement_ends_before_the_day_and_the_next_deed() {
    let c = only_of(
        "Gov. Ana Ruiz endorsed Alvarez on Tuesday and has spoken at two of her rallies.",
        "supports",
    );
    assert_eq!(speaker(&c), "Gov. Ana Ruiz");
    assert_eq!(c.content, "Alvarez");
    let c = only_of(
        "The union endorsed the school levy Tuesday after months of talks.",
        "supports",
    );
    assert_eq!(c.content, "the school levy");
    // A day that names a thing stays in what was praised.
    let c = only_of(
        "The candidate praised the moderator of Monday night's debate.",
        "supports",
    );
    assert_eq!(c.content, "the moderator of Monday night's debate");
    // So does what the noun opens after the day.
    let c = only_of(
        "Growers welcomed the ministry's decision last week that the tariff would be lifted.",
        "supports",
    );
    assert_eq!(
        c.content,
        "the ministry's decision last week that the tariff would be lifted"
    );
}

#[test]
fn chairmen_and_congresswomen_hold_views_as_a_chairman_would() {
    let c = only_of(
        "Three committee chairmen requested on Friday that the ledgers be sent to the auditor.",
        "demands",
    );
    assert_eq!(speaker(&c), "Three committee chairmen");
    assert_eq!(c.content, "the ledgers be sent to the auditor");
    let c = only_of(
        "Two congresswomen demanded that the vote be delayed.",
        "demands",
    );
    assert_eq!(speaker(&c), "Two congresswomen");
    let c = only_of(
        "Two businessmen denied that they had paid the council.",
        "denies",
    );
    assert_eq!(c.content, "they had paid the council");
}

#[test]
fn a_margin_that_closes_on_a_poll_is_the_poll_s_finding() {
    let c = only_of(
        "Ruiz held a 12-point lead over Lee among women in a Herald poll.",
        "found",
    );
    assert_eq!(speaker(&c), "a Herald poll");
    assert_eq!(c.content, "Ruiz held a 12-point lead over Lee among women");
    // A lead that opens the sentence is the reporter's; what qualifies the poll is no
    // part of its name.
    let c = only_of(
        "In the spring of 2019, Lee trailed Ruiz, 45 percent to 40 percent, in a new survey of likely voters.",
        "found",
    );
    assert_eq!(speaker(&c), "a new survey");
    assert_eq!(c.content, "Lee trailed Ruiz, 45 percent to 40 percent");
    // Without a share or a margin, a document at the end tells where something stands.
    let found = claims("Thirty-one people were named in the indictment.");
    assert!(found.is_empty(), "{found:#?}");
    let found = claims("The mayor's plan was described in the report.");
    assert!(found.iter().all(|c| c.modality != "found"), "{found:#?}");
}

#[test]
fn a_view_told_in_the_passive_of_persuading_is_its_subjects_belief() {
    let c = only_of(
        "The harbour master is still persuaded that the breakwater will hold.",
        "believes",
    );
    assert_eq!(speaker(&c), "The harbour master");
    assert_eq!(c.content, "the breakwater will hold");
    let c = only_of(
        "Several council members are convinced that the audit was rushed.",
        "believes",
    );
    assert_eq!(speaker(&c), "Several council members");
    assert_eq!(c.content, "the audit was rushed");
    // Persuading someone to act is still a demand, not a view.
    let c = only_of(
        "The union persuaded the board to delay the vote on the pension plan.",
        "demands",
    );
    assert_eq!(speaker(&c), "The union");
}

#[test]
fn a_ruling_a_distancing_and_a_framing_are_claims_of_their_kind() {
    let c = only_of(
        "A federal judge ruled that the county's new voting map was drawn unlawfully.",
        "found",
    );
    assert_eq!(speaker(&c), "A federal judge");
    assert_eq!(
        c.content,
        "the county's new voting map was drawn unlawfully"
    );
    let c = only_of(
        "The governor distanced herself from the party's plan to cut school budgets.",
        "opposes",
    );
    assert_eq!(speaker(&c), "The governor");
    assert_eq!(c.content, "the party's plan to cut school budgets");
    let c = only_of(
        "The mayor framed the bond vote as a referendum on the new stadium.",
        "describes",
    );
    assert_eq!(speaker(&c), "The mayor");
    assert_eq!(
        c.content,
        "the bond vote as a referendum on the new stadium"
    );
}

#[test]
fn an_aim_a_worry_and_a_walked_back_remark_are_claims_of_their_kind() {
    let c = only_of(
        "The ferry company is looking to add a second boat before the summer season.",
        "intends",
    );
    assert_eq!(speaker(&c), "The ferry company");
    assert_eq!(c.content, "add a second boat before the summer season");
    let c = only_of(
        "Shop owners worry about the loss of parking on the high street.",
        "believes",
    );
    assert_eq!(speaker(&c), "Shop owners");
    assert_eq!(c.content, "the loss of parking on the high street");
    let c = only_of(
        "The senator walked back his remarks about the base closure.",
        "denies",
    );
    assert_eq!(speaker(&c), "The senator");
    assert_eq!(c.content, "his remarks about the base closure");
}

#[test]
fn a_past_of_four_letters_is_the_speakers_deed_before_a_trailing_participle() {
    // "sued" and "used" are the verbs of their clauses, so the participle after the comma
    // attributes to the same subject.
    let c = only_of(
        "The union sued the county on Friday, seeking an order to reopen the clinic.",
        "wants",
    );
    assert_eq!(speaker(&c), "The union");
    assert_eq!(c.content, "an order to reopen the clinic");
    let c = only_of(
        "The council used the report, citing its figures on rents.",
        "cites",
    );
    assert_eq!(speaker(&c), "The council");
    assert_eq!(c.content, "its figures on rents");
}
