//! Where the content of a "said" claim ends (issue 15): an aside inside the reported
//! clause's subject is part of it; an aside after the reported clause is the reporter's.

use super::*;

/// The content of the claim whose speaker is `who`.
fn content_of(text: &str, who: &str) -> String {
    let found = claims(text);
    found
        .iter()
        .find(|c| speaker(c) == who)
        .map(|c| c.content.clone())
        .unwrap_or_else(|| panic!("no claim of {who}: {found:#?}"))
}

#[test]
fn an_aside_inside_the_subject_does_not_end_the_content() {
    assert_eq!(
        content_of(
            "The mayor said the bridge plan, which the council backed last year, was dropped on Friday.",
            "The mayor",
        ),
        "the bridge plan, which the council backed last year, was dropped on Friday"
    );
    assert_eq!(
        content_of(
            "Aides said the senator, despite his doubts, will vote for the farm bill.",
            "Aides",
        ),
        "the senator, despite his doubts, will vote for the farm bill"
    );
}

#[test]
fn an_aside_after_the_reported_clause_still_ends_the_content() {
    assert_eq!(
        content_of(
            "The mayor said the bridge plan was dropped, which angered residents of the valley.",
            "The mayor",
        ),
        "the bridge plan was dropped"
    );
    assert_eq!(
        content_of(
            "The mayor said the bridge would reopen in May, but the tunnel would stay shut.",
            "The mayor",
        ),
        "the bridge would reopen in May"
    );
}

#[test]
fn an_aside_between_two_dashes_does_not_end_the_content() {
    assert_eq!(
        content_of(
            "The sheriff said county clerks – and not the state board – run the count in each town.",
            "The sheriff",
        ),
        "county clerks – and not the state board – run the count in each town"
    );
    assert_eq!(
        content_of(
            "The sheriff said the count would be slow — and the state board would check it.",
            "The sheriff",
        ),
        "the count would be slow"
    );
}

#[test]
fn a_relative_clause_ends_before_a_negated_main_verb() {
    // The main clause's "doesn't" is no part of what the relative clause attributes: read
    // into it, the claim would turn negative.
    let c = only(
        "Ms. Ortiz, who says she has visited every school in the county, doesn't live in the district.",
    );
    assert_eq!(c.content, "she has visited every school in the county");
    assert!(!c.negated, "{c:#?}");
    let c =
        only("Ms. Ortiz, who said the county owed the schools money, does not sit on the board.");
    assert_eq!(c.content, "the county owed the schools money");
}

#[test]
fn an_appositive_after_the_reported_clause_is_the_reporters() {
    assert_eq!(
        content_of(
            "The governors say the bulk of the relief should come from the capital, a demand the treasury has resisted for months.",
            "The governors",
        ),
        "the bulk of the relief should come from the capital"
    );
    // A list of noun phrases is still what was said.
    assert_eq!(
        content_of(
            "The mayor said the plan includes a new bridge, a ferry pier and a bus lane.",
            "The mayor",
        ),
        "the plan includes a new bridge, a ferry pier and a bus lane"
    );
}

#[test]
fn a_second_verb_of_the_same_subject_after_but_stays_in_the_content() {
    assert_eq!(
        content_of(
            "The farmer said she wanted a new irrigation scheme, but dropped it after the county raised its water fees.",
            "The farmer",
        ),
        "she wanted a new irrigation scheme, but dropped it after the county raised its water fees"
    );
    assert_eq!(
        content_of(
            "The inspector said the audit was thorough, though would take another month to finish.",
            "The inspector",
        ),
        "the audit was thorough, though would take another month to finish"
    );
    // A new subject after `but` is still the reporter's clause, and a cue there is the
    // speaker's next attribution.
    assert_eq!(
        content_of(
            "The farmer said she wanted a new irrigation scheme, but added that the county plan was too costly.",
            "The farmer",
        ),
        "she wanted a new irrigation scheme"
    );
}

#[test]
fn a_second_government_after_a_quoted_word_and_while_speaks_for_itself() {
    let text = "In a statement, the Canadian government said the ruling was “welcome,” while the Mexican government said that it “will keep talking with its partners in good faith.”";
    let canadian = content_of(text, "the Canadian government");
    assert!(canadian.contains("welcome"), "{canadian}");
    assert!(!canadian.contains("Mexican"), "{canadian}");
    let mexican = content_of(text, "the Mexican government");
    assert!(mexican.contains("in good faith"), "{mexican}");
}

#[test]
fn a_quoted_word_followed_by_while_and_a_verb_of_the_same_speaker_goes_on() {
    let text =
        "The mayor said the budget was “sound,” while conceding that the parks would lose staff.";
    let mayor = content_of(text, "The mayor");
    assert!(mayor.contains("sound"), "{mayor}");
}

#[test]
fn after_a_quoted_word_but_and_the_speakers_own_words_go_on() {
    let text = "The governor said the budget was “tight,” but also fair to the towns that lost their mills.";
    let governor = content_of(text, "The governor");
    assert!(governor.contains("fair to the towns"), "{governor}");
}

#[test]
fn a_verb_joined_inside_the_reported_clause_goes_on_with_it() {
    // `asked` agrees with `met`, not with `says`: the mayor's account of what he did.
    assert_eq!(
        content_of(
            "The mayor says he met the transit chief on Monday and asked him to restore the night buses.",
            "The mayor",
        ),
        "he met the transit chief on Monday and asked him to restore the night buses"
    );
    assert_eq!(
        content_of(
            "The union said the plant is safe and supports the plan to extend its licence.",
            "The union",
        ),
        "the plant is safe and supports the plan to extend its licence"
    );
}

#[test]
fn a_verb_joined_to_the_cue_is_the_speakers_next_deed() {
    // `criticized` agrees with `said`: a second thing the governor did, not what she said.
    assert_eq!(
        content_of(
            "The governor said the budget was balanced and criticized lawmakers for the delay.",
            "The governor",
        ),
        "the budget was balanced"
    );
    // `says` agrees with `is telling`: a present deed of the speaker's own.
    assert_eq!(
        content_of(
            "The senator has told donors that the race was close and says she will stay in it.",
            "The senator",
        ),
        "the race was close"
    );
}

#[test]
fn what_a_speaker_urged_is_not_what_the_next_verb_argues() {
    // Two verbs of saying on one speaker: the "that" belongs to `argue`, not to `urged`.
    let found = claims(
        "The harbour board's two oldest members have urged the city council not to sell the pier \
         and argue that the lease is still profitable.",
    );
    let of = |cue: &str| {
        found
            .iter()
            .find(|c| c.cue.as_ref().is_some_and(|k| k.text == cue))
            .map(|c| c.content.clone())
            .unwrap_or_else(|| panic!("no claim cued by {cue}: {found:#?}"))
    };
    assert!(of("urged").ends_with("not to sell the pier"), "{found:#?}");
    assert_eq!(of("argue"), "the lease is still profitable");
    // A "that" after the person told still opens what was told.
    assert_eq!(
        content_of(
            "The coach told the players that the final would be played in Leeds.",
            "The coach",
        ),
        "the final would be played in Leeds"
    );
}

#[test]
fn an_attribution_set_off_inside_the_clause_leaves_its_infinitive_or_gerund_to_it() {
    assert_eq!(
        content_of(
            "Nor does the council have any plans, aides say, to raise the ferry toll before the election.",
            "aides",
        ),
        "Nor does the council have any plans, aides say, to raise the ferry toll before the election"
    );
    assert_eq!(
        content_of(
            "The board got in the way, she said, by stalling the vote on the pier.",
            "she",
        ),
        "The board got in the way, she said, by stalling the vote on the pier"
    );
    assert_eq!(
        content_of(
            "So it makes sense, officials said, for the port to close during the storm.",
            "officials",
        ),
        "So it makes sense, officials said, for the port to close during the storm"
    );
    // Where or when it was said, or to whom, is no part of what was said.
    assert_eq!(
        content_of(
            "The ferry will stop, he said, to the dismay of commuters.",
            "he"
        ),
        "The ferry will stop"
    );
    assert_eq!(
        content_of("The ferry will stop, he said, in a letter to riders.", "he"),
        "The ferry will stop"
    );
}

#[test]
fn a_subordinate_attribution_after_a_phrase_of_time_ends_at_its_comma() {
    assert_eq!(
        content_of(
            "Although in March she said the bridge was safe, on Tuesday the engineer ordered it \
             closed.",
            "she",
        ),
        "the bridge was safe"
    );
}

#[test]
fn a_view_of_the_pronoun_that_opens_what_was_said_goes_on_with_it() {
    assert_eq!(
        content_of(
            "Ruiz said she was weary of the delays and wanted a new contractor for the pier.",
            "Ruiz",
        ),
        "she was weary of the delays and wanted a new contractor for the pier"
    );
    assert_eq!(
        content_of(
            "Ruiz said she backed the levy, but thought it far too small to fix the roads.",
            "Ruiz",
        ),
        "she backed the levy, but thought it far too small to fix the roads"
    );
    // A name opening what was said: the verb after "and" is the speaker's.
    assert_eq!(
        content_of(
            "Khan said Trump was wrong about the tariffs and wanted an apology.",
            "Khan",
        ),
        "Trump was wrong about the tariffs"
    );
    // A verb in another tense than what was said may be the speaker's own.
    assert_eq!(
        content_of(
            "The governor announced he will close the old mill and plans to sell the land.",
            "The governor",
        ),
        "he will close the old mill"
    );
}

#[test]
fn a_deed_after_a_comma_and_ends_what_was_said() {
    // `, and` with a verb of the speaker's (after "has", after an adverb) is the reporter's
    // account of what the speaker did, not more of what was said.
    assert_eq!(
        content_of(
            "Ortiz insists the party must be one of ideas, and has championed deep cuts to the farm program.",
            "Ortiz",
        ),
        "the party must be one of ideas"
    );
    assert_eq!(
        content_of(
            "Lee said he should not have called the mayor a coward, and then pointed out that his rival had mocked him first.",
            "Lee",
        ),
        "he should not have called the mayor a coward"
    );
    // A new clause whose subject runs to several words ends it too.
    assert_eq!(
        content_of(
            "Tenant groups say the rules are meant to hide them, and the Tenants Rights League of Maine has already sued the town.",
            "Tenant groups",
        ),
        "the rules are meant to hide them"
    );
    // Without the comma the second verb is still what was said.
    assert_eq!(
        content_of(
            "Ruiz said the dam had cracked and leaked for weeks.",
            "Ruiz"
        ),
        "the dam had cracked and leaked for weeks"
    );
}

#[test]
fn the_time_of_an_inverted_attribution_is_no_part_of_the_speaker() {
    let found = claims(
        "\"Anyone who ignores the rules puts the whole town at risk,\" said county resident Tom Walsh when asked about the fee.",
    );
    let walsh = found
        .iter()
        .find(|c| c.modality == "said")
        .unwrap_or_else(|| panic!("{found:#?}"));
    assert_eq!(speaker(walsh), "county resident Tom Walsh");
    assert_eq!(
        walsh.content,
        "Anyone who ignores the rules puts the whole town at risk,"
    );
    let walsh = content_of(
        "\"We have had better meetings than this one,\" said Bob Marks as the lights dimmed.",
        "Bob Marks",
    );
    assert_eq!(walsh, "We have had better meetings than this one,");
}

#[test]
fn a_manner_set_off_by_commas_before_the_colon_of_a_quotation() {
    assert_eq!(
        content_of(
            "Kelly replied sharply, with a grin: \"It can happen at any age.\"",
            "Kelly",
        ),
        "It can happen at any age."
    );
}

#[test]
fn a_wire_dateline_is_no_part_of_the_content() {
    // The filing city, day and agency head the paragraph, not the statement.
    assert_eq!(
        content_of(
            "LISBON, March 3 (Reuters) - The port strike will end on Friday, the dockers' union said.",
            "the dockers' union",
        ),
        "The port strike will end on Friday"
    );
    assert_eq!(
        content_of(
            "Lisbon (AFP) – Shipping will resume within days, officials said.",
            "officials",
        ),
        "Shipping will resume within days"
    );
}

#[test]
fn the_terms_a_source_spoke_on_are_not_what_was_said() {
    assert_eq!(
        content_of(
            "An aide said the plant would close in June on condition of anonymity because she was not allowed to discuss it.",
            "An aide",
        ),
        "the plant would close in June"
    );
    assert_eq!(
        content_of(
            "Two officials said the talks had stalled, speaking on the condition that they not be named.",
            "Two officials",
        ),
        "the talks had stalled"
    );
    // A condition that is part of what was said stays in it.
    assert_eq!(
        content_of(
            "The rebels said they were ready for a truce on the condition that the shelling stops.",
            "The rebels",
        ),
        "they were ready for a truce on the condition that the shelling stops"
    );
}

#[test]
fn the_thing_a_verb_of_saying_names_ends_before_when_and_where() {
    assert_eq!(
        content_of(
            "The governor announced her candidacy at a rally in the capital.",
            "The governor",
        ),
        "her candidacy"
    );
    // The day a thing was told stays with it: a figure's time is read inside the content.
    assert_eq!(
        content_of(
            "Officials confirmed 23 cases of measles on Friday during a briefing.",
            "Officials",
        ),
        "23 cases of measles on Friday during a briefing"
    );
    assert_eq!(
        content_of(
            "The senator mentioned the paper four times and seemed to blame it for the loss.",
            "The senator",
        ),
        "the paper four times"
    );
    assert_eq!(
        content_of(
            "Ruiz explained her reasoning in an interview on the morning show.",
            "Ruiz",
        ),
        "her reasoning"
    );
    // A clause after the verb keeps its own adjuncts, and so does a list after a colon.
    assert_eq!(
        content_of(
            "The mayor argued the levy gives too much money to the county and could hurt the schools.",
            "The mayor",
        ),
        "the levy gives too much money to the county and could hurt the schools"
    );
    assert_eq!(
        content_of(
            "The candidate talked about two issues: the economy and the schools.",
            "The candidate",
        ),
        "two issues: the economy and the schools"
    );
}

#[test]
fn a_share_of_those_polled_after_and_speaks_for_itself() {
    let found = claims(
        "Asked about the levy, 41 percent said it was too high and 22 percent said it was fair.",
    );
    let contents: Vec<&str> = found.iter().map(|c| c.content.as_str()).collect();
    assert!(contents.contains(&"it was too high"), "{found:#?}");
    assert!(contents.contains(&"it was fair"), "{found:#?}");
    let found =
        claims("Most members said they would stay and others said they would leave the union.");
    let contents: Vec<&str> = found.iter().map(|c| c.content.as_str()).collect();
    assert!(contents.contains(&"they would stay"), "{found:#?}");
    // A count inside what was said, with no verb of saying after it, stays in it.
    assert_eq!(
        content_of(
            "The clerk said 300 ballots were mailed and 40 were returned.",
            "The clerk",
        ),
        "300 ballots were mailed and 40 were returned"
    );
}

#[test]
fn that_before_a_noun_of_manner_opens_no_clause() {
    let found = claims("Most workers over 50 say they feel that way.");
    assert!(
        found.iter().all(|c| !c.content.ends_with("way")),
        "{found:#?}"
    );
    assert_eq!(
        content_of("Critics feel that the levy is too high.", "Critics"),
        "the levy is too high"
    );
}

#[test]
fn a_hearer_of_several_words_ends_at_the_pronoun_that_opens_what_was_said() {
    // "told radio host Ann Doyle it would …": the person told is not what was said.
    assert_eq!(
        content_of(
            "The minister told radio host Ann Doyle it would be a hard winter for the ferries.",
            "The minister",
        ),
        "it would be a hard winter for the ferries"
    );
    assert_eq!(
        content_of(
            "The port authority told fishing crews they must leave the harbour by Friday.",
            "The port authority",
        ),
        "they must leave the harbour by Friday"
    );
}

#[test]
fn a_condition_after_a_verb_of_saying_is_part_of_what_was_said() {
    // "if" after "said" opens a condition of the reported clause: without it the claim
    // says the union loses the vote.
    assert_eq!(
        content_of(
            "The union has said if it loses the vote it will strike in May.",
            "The union"
        ),
        "if it loses the vote it will strike in May"
    );
    // A saying denied asks instead: "would not say if" is "would not say whether".
    assert_eq!(
        content_of(
            "The mayor would not say if the budget will be cut.",
            "The mayor"
        ),
        "the budget will be cut"
    );
    assert_eq!(
        content_of(
            "The mayor isn't saying if the budget will be cut.",
            "The mayor"
        ),
        "the budget will be cut"
    );
}

#[test]
fn a_clause_without_that_after_the_day_is_what_was_said() {
    // "on Monday", "late Tuesday", "early on Friday", "in a statement on Sunday night":
    // the day is when it was said; the clause after it, without "that", is what was.
    assert_eq!(
        content_of(
            "The minister said on Monday the talks went well.",
            "The minister"
        ),
        "the talks went well"
    );
    assert_eq!(
        content_of(
            "Dana Reyes said late Tuesday she would not run.",
            "Dana Reyes"
        ),
        "she would not run"
    );
    assert_eq!(
        content_of(
            "The union said early on Friday its members had voted to strike.",
            "The union"
        ),
        "its members had voted to strike"
    );
    assert_eq!(
        content_of(
            "The port authority said in a statement on Sunday night two cranes were damaged.",
            "The port authority"
        ),
        "two cranes were damaged"
    );
    // A phrase whose last word is no day goes on to its end as before.
    assert_eq!(
        content_of(
            "The mayor said at a news conference on the last day of the session that the budget was balanced.",
            "The mayor"
        ),
        "the budget was balanced"
    );
}
