//! Extraction cases from issue 2, each on a sentence from the seed articles or one like it.

use std::collections::BTreeMap;

use super::*;
use crate::date::Date;

fn article(text: &str, date: Option<&str>) -> Article {
    Article {
        id: "t".into(),
        path: "t.txt".into(),
        source: "Test Wire".into(),
        date: date.and_then(Date::parse),
        title: None,
        url: None,
        body_offset: 0,
        body_line: 0,
        metadata: BTreeMap::new(),
        text: text.into(),
    }
}

/// Every attributed claim (not the outlet's assertions), speakers resolved.
fn claims_dated(text: &str, date: Option<&str>) -> Vec<Claim> {
    let rules = RuleSet::builtin().unwrap();
    crate::extract_claims(vec![article(text, date)], &rules)
        .claims
        .into_iter()
        .filter(|c| c.kind != ClaimKind::Assertion)
        .collect()
}

fn claims(text: &str) -> Vec<Claim> {
    claims_dated(text, None)
}

fn only(text: &str) -> Claim {
    let mut found = claims(text);
    assert_eq!(found.len(), 1, "{found:#?}");
    found.remove(0)
}

fn speaker(claim: &Claim) -> &str {
    claim.speaker.as_ref().map_or("", |s| s.text.as_str())
}

fn entity(claim: &Claim) -> &str {
    claim
        .speaker
        .as_ref()
        .and_then(|s| s.entity.as_deref())
        .unwrap_or("")
}

// Direct quotations.

#[test]
fn direct_quote_before_the_cue() {
    let c = only(
        "“We are giving life to what was promised in Munich,” Kerry told reporters in a short news conference.",
    );
    assert_eq!(c.kind, ClaimKind::Direct);
    assert_eq!(speaker(&c), "Kerry");
    assert_eq!(
        c.content,
        "We are giving life to what was promised in Munich,"
    );
}

#[test]
fn direct_quote_after_the_cue() {
    let c = only("Kerry said: \"We are closer to a ceasefire today than we have been.\"");
    assert_eq!(c.kind, ClaimKind::Direct);
    assert_eq!(speaker(&c), "Kerry");
    assert_eq!(
        c.content,
        "We are closer to a ceasefire today than we have been."
    );
    let c = only(
        "He said in a statement Friday \"a ground operation draws everyone taking part in it into a war.\"",
    );
    assert_eq!(c.kind, ClaimKind::Direct);
    assert_eq!(
        c.content,
        "a ground operation draws everyone taking part in it into a war."
    );
}

#[test]
fn said_a_lawmaker_with_party_and_state_in_parentheses() {
    let c = only(
        "“This is a shameful day,” said Rep. L.M. Harlow (D-N.M.), head of the House Farm Caucus.",
    );
    assert_eq!(c.kind, ClaimKind::Direct);
    assert_eq!(speaker(&c), "Rep. L.M. Harlow");
    assert_eq!(c.content, "This is a shameful day,");
}

#[test]
fn a_name_between_commas_speaks_what_follows_the_cue() {
    let c = only("The campaign manager, Rita Osei, said she cannot discuss the memo.");
    assert_eq!(c.kind, ClaimKind::Indirect);
    assert_eq!(speaker(&c), "Rita Osei");
    assert_eq!(c.content, "she cannot discuss the memo");
}

#[test]
fn a_quoted_title_before_the_speaker_is_not_what_was_said() {
    let c = only(
        "On this week’s episode of “Meet the Voters,” Gov. Ann Kirby (D-OR) said her deputy’s post was only a joke.",
    );
    assert_eq!(speaker(&c), "Gov. Ann Kirby");
    assert_eq!(c.content, "her deputy’s post was only a joke");
}

#[test]
fn said_kerry_who_keeps_kerry_as_the_speaker() {
    let c = only(
        "“This is straight out of the Kremlin’s playbook,” said Kerry, who spoke to reporters in Munich.",
    );
    assert_eq!(speaker(&c), "Kerry");
    assert_eq!(c.content, "This is straight out of the Kremlin’s playbook,");
}

#[test]
fn inverted_speaker_with_a_description() {
    let c = only(
        "“This is straight out of the Kremlin’s playbook,” said a senior European Union diplomat.",
    );
    assert_eq!(speaker(&c), "a senior European Union diplomat");
}

#[test]
fn quote_of_several_sentences_is_one_claim() {
    let text = "\"I do not believe that in the next few days there is somehow going to be a tipping point. ... The opposition has made clear their determination to fight back,\" Kerry said, according to Reuters.";
    let c = only(text);
    assert_eq!(c.kind, ClaimKind::Direct);
    assert!(c.content.starts_with("I do not believe"));
    assert!(c.content.ends_with("to fight back,"));
}

#[test]
fn quote_that_goes_on_after_the_attribution_joins_it() {
    let text = "\"What we got last night represents what the opposition wanted,\" Kerry told reporters.  \"They wanted it called a cessation of hostilities.\"";
    let c = only(text);
    assert!(c.content.starts_with("What we got"));
    assert!(c.content.ends_with("a cessation of hostilities."));
}

#[test]
fn quote_running_over_paragraphs_is_one_claim() {
    // A paragraph that opens a quotation and does not close it goes on in the next.
    let text = "Kerry said: \"We will go on working.\n\n\"We will not stop until the guns are silent.\"\n\nThe talks resume Monday.";
    let c = only(text);
    assert_eq!(speaker(&c), "Kerry");
    assert!(c.content.starts_with("We will go on working."));
    assert!(c.content.ends_with("until the guns are silent."));
}

#[test]
fn a_narrative_aside_between_two_quotes_keeps_them_apart() {
    // The second quote is Kerry's too, but what lies between is the reporter's, not his.
    let text = "“We are giving life to what was promised in Munich,” Kerry told reporters in a short news conference in the Jordanian capital, referring to a Feb. 12 agreement for a “cessation of hostilities” within a week, a deadline that came and went Friday. “We are filling out the details.”";
    let found = claims(text);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(
        found[0].content,
        "We are giving life to what was promised in Munich,"
    );
    assert_eq!(found[1].content, "We are filling out the details.");
    assert!(found.iter().all(|c| speaker(c) == "Kerry"));
}

#[test]
fn a_quote_after_and_is_a_direct_quote() {
    let found = claims("\"We will win,\" Kerry said, and \"we will rebuild,\" Lavrov added.");
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[1].kind, ClaimKind::Direct);
    assert_eq!(found[1].content, "we will rebuild,");
    assert_eq!(speaker(&found[1]), "Lavrov");
}

#[test]
fn a_cue_verb_with_a_particle_is_another_verb() {
    // "added up" is no attribution though "added" is a cue; nor is a desk's "ruled out".
    assert!(claims("The costs of the war added up quickly for the government.").is_empty());
    assert_eq!(claims("The costs added up, officials said.").len(), 1);
}

#[test]
fn who_said_points_at_the_name_before_the_comma() {
    let c = only(
        "The announcement followed softening in the stance of Syrian President Bashar Assad Saturday, who said he was ready for a ceasefire.",
    );
    assert_eq!(speaker(&c), "who");
    assert_eq!(entity(&c), "bashar-assad");
    assert_eq!(
        c.speaker.as_ref().map(|s| s.shown()),
        Some("Syrian President Bashar Assad")
    );
    assert_eq!(c.content, "he was ready for a ceasefire");
    // A description is no name to point at.
    assert!(claims("They met the man in the street, who said nothing more.").is_empty());
    // The state a senator serves is no part of the name, nor the whole speaker.
    let c = only("The plan drew fire from Sen. Tim Kaine of Virginia, who said it would fail.");
    assert_eq!(entity(&c), "tim-kaine");
}

#[test]
fn curly_and_straight_quotes_and_apostrophes() {
    let c = only(
        "Former U.S. ambassador to Syria Robert Ford says, \"The most important thing is to stop Assad’s bombardments which we've seen.”",
    );
    assert_eq!(c.kind, ClaimKind::Direct);
    assert_eq!(
        c.content,
        "The most important thing is to stop Assad’s bombardments which we've seen."
    );
}

// Reported speech.

#[test]
fn partial_quote_inside_reported_speech() {
    let c = only("Kerry said the two sides are \"filling out the details.\"");
    assert_eq!(c.kind, ClaimKind::Partial);
    assert_eq!(c.content, "the two sides are \"filling out the details.\"");
    assert_eq!(c.quote.unwrap().text, "filling out the details.");
}

#[test]
fn indirect_said_with_and_without_that() {
    let c = only("Kerry said the cessation of hostilities could begin within a week.");
    assert_eq!(c.kind, ClaimKind::Indirect);
    assert_eq!(
        c.content,
        "the cessation of hostilities could begin within a week"
    );
    let c = only("Kerry said that the cessation of hostilities could begin within a week.");
    assert_eq!(
        c.content,
        "the cessation of hostilities could begin within a week"
    );
}

#[test]
fn he_added_that() {
    let found = claims(
        "Kerry said the talks went well. He added that the real test will be if all the parties honor their commitments.",
    );
    assert_eq!(found.len(), 2);
    assert_eq!(speaker(&found[1]), "He");
    assert_eq!(entity(&found[1]), "kerry");
    assert_eq!(
        found[1].content,
        "the real test will be if all the parties honor their commitments"
    );
}

#[test]
fn kerry_acknowledged_that() {
    let c = only(
        "Kerry acknowledged that the warring sides face a difficult decision on whether to take part in a truce.",
    );
    assert_eq!(c.cue.unwrap().text, "acknowledged");
    assert!(c.content.starts_with("the warring sides face"));
}

#[test]
fn the_ministry_also_confirmed() {
    let c = only(
        "The Russian Foreign Ministry also confirmed Lavrov and Kerry had spoken about conditions for a ceasefire.",
    );
    assert_eq!(speaker(&c), "The Russian Foreign Ministry");
    assert_eq!(
        c.content,
        "Lavrov and Kerry had spoken about conditions for a ceasefire"
    );
}

#[test]
fn told_reporters_in_munich_that() {
    let c = only(
        "Kerry told reporters in Munich that the cessation of hostilities will not apply to terrorist groups.",
    );
    assert_eq!(speaker(&c), "Kerry");
    assert_eq!(c.cue.as_ref().unwrap().text, "told");
    assert_eq!(
        c.content,
        "the cessation of hostilities will not apply to terrorist groups"
    );
}

#[test]
fn noted_that() {
    let c = only(
        "Russian Foreign Minister Sergei Lavrov noted that the humanitarian situation in Syria is worsening.",
    );
    assert_eq!(entity(&c), "sergei-lavrov");
    assert_eq!(
        c.content,
        "the humanitarian situation in Syria is worsening"
    );
}

#[test]
fn wrote_on_twitter_friday() {
    let c = only(
        "Turkish Foreign Minister Mevlut Cavusoglu wrote on Twitter Friday the move is \"an important step.\"",
    );
    assert_eq!(speaker(&c), "Turkish Foreign Minister Mevlut Cavusoglu");
    assert_eq!(c.content, "the move is \"an important step.\"");
}

#[test]
fn said_in_a_statement_friday() {
    let c =
        only("The State Department said in a statement Friday the aid convoys would reach Madaya.");
    assert_eq!(speaker(&c), "The State Department");
    assert_eq!(c.content, "the aid convoys would reach Madaya");
}

#[test]
fn said_in_an_interview_with() {
    let c = only(
        "Ortega said in an interview with the Mexican newspaper El Universal that he is open to a cease-fire.",
    );
    assert_eq!(c.content, "he is open to a cease-fire");
}

#[test]
fn clause_final_miliband_said() {
    let c = only(
        "In the past week, since a donor's conference about Syria in London, nearly 100,000 Syrians have fled from their homes, International Rescue Committee President David Miliband said.",
    );
    assert_eq!(c.kind, ClaimKind::Indirect);
    assert_eq!(entity(&c), "david-miliband");
    assert!(c.content.starts_with("In the past week"));
    assert!(c.content.ends_with("have fled from their homes"));
}

#[test]
fn attribution_inside_the_sentence_is_left_out_of_the_content() {
    // After an adverbial lead, what was said is the clause after the attribution.
    let text = "After that, he said, a temporary cease-fire could be implemented.";
    let c = only(text);
    assert_eq!(c.kind, ClaimKind::Indirect);
    assert_eq!(speaker(&c), "he");
    assert_eq!(c.content, "a temporary cease-fire could be implemented");
    assert_eq!(
        c.span.of(text),
        "he said, a temporary cease-fire could be implemented"
    );
    let c = only(
        "However, he added, the U.S. had not shown any “willingness to genuinely pressure Russia.”",
    );
    assert_eq!((c.kind, speaker(&c)), (ClaimKind::Partial, "he"));
    assert_eq!(
        c.content,
        "the U.S. had not shown any “willingness to genuinely pressure Russia.”"
    );
    let c = only("For their part, the AFP reported, most of the growers seem willing.");
    assert_eq!(
        (speaker(&c), c.content.as_str()),
        ("the AFP", "most of the growers seem willing")
    );
    // When the attribution splits a clause, content (one run of the text) runs across it.
    let c = only("The aim, she said, is “the full reopening of the northern border.”");
    assert_eq!(
        c.content,
        "The aim, she said, is “the full reopening of the northern border.”"
    );
}

// Relays.

#[test]
fn according_to_names_the_source() {
    let c = only("According to the State Department, the convoys reached Madaya on Monday.");
    assert_eq!(c.kind, ClaimKind::AccordingTo);
    assert_eq!(speaker(&c), "the State Department");
    assert_eq!(c.content, "the convoys reached Madaya on Monday");
}

#[test]
fn kerry_said_according_to_reuters_is_a_relay() {
    let c = only("\"We are closer to a ceasefire,\" Kerry said, according to Reuters.");
    assert_eq!(speaker(&c), "Kerry");
    assert_eq!(c.via.unwrap().text, "Reuters");
}

#[test]
fn what_someone_plans_told_by_another_is_the_tellers() {
    // The mayor plans nothing aloud: the aide tells it, and speaks for the whole clause.
    let c = only("The mayor plans to tour the flooded district on Friday, according to an aide.");
    assert_eq!(c.kind, ClaimKind::AccordingTo);
    assert_eq!(speaker(&c), "an aide");
    assert_eq!(
        c.content,
        "The mayor plans to tour the flooded district on Friday"
    );
    let c = only("The publisher declined to renew the contract, according to a literary agent.");
    assert_eq!(speaker(&c), "a literary agent");
    // Words someone said stay theirs, relayed.
    let c = only("The mayor said the district would reopen, according to a local paper.");
    assert_eq!(speaker(&c), "The mayor");
    assert_eq!(c.via.unwrap().text, "a local paper");
}

#[test]
fn x_reported_is_a_relay() {
    let c = only("Kerry said the truce would hold, Reuters reported.");
    assert_eq!(speaker(&c), "Kerry");
    assert_eq!(c.content, "the truce would hold");
    assert_eq!(c.via.unwrap().text, "Reuters");
}

#[test]
fn x_quoted_kerry_as_saying_is_a_relay() {
    let c = only("AFP quoted Kerry as saying the truce would hold.");
    assert_eq!(speaker(&c), "Kerry");
    assert_eq!(c.content, "the truce would hold");
    assert_eq!(c.via.unwrap().text, "AFP");
}

#[test]
fn a_name_set_off_after_its_description_is_quoted_as_saying() {
    let c = only(
        "The state agency quoted the head of the port authority, Ali Karimi, as saying the \
         storm caused damage worth 54 million dollars.",
    );
    assert_eq!(speaker(&c), "Ali Karimi");
    assert_eq!(
        c.content,
        "the storm caused damage worth 54 million dollars"
    );
    assert_eq!(c.via.unwrap().text, "The state agency");
    let c = only("The agency quoted Ali Karimi, a port official, as saying the storm had passed.");
    assert_eq!(speaker(&c), "Ali Karimi");
    assert_eq!(c.via.unwrap().text, "The agency");
}

#[test]
fn a_speaker_with_a_place_after_it_is_quoted_as_saying() {
    // The relay verb stands before the whole mention; the speaker is the noun before
    // its place.
    let c = only(
        "Local radio quoted the flood office in the district of Varnholm as saying 14 \
         homes were under water.",
    );
    assert_eq!(speaker(&c), "the flood office");
    assert_eq!(c.content, "14 homes were under water");
    assert_eq!(c.via.unwrap().text, "Local radio");
}

#[test]
fn was_quoted_by_an_outlet_as_saying_puts_the_speaker_first() {
    let c = only(
        "Harbour chief Tomas Ekdal was quoted by the news agency as saying that ferries \
         had resumed.",
    );
    assert_eq!(speaker(&c), "Harbour chief Tomas Ekdal");
    assert_eq!(c.content, "ferries had resumed");
    assert_eq!(c.via.as_ref().unwrap().text, "the news agency");
    assert!(c.span.start == 0, "{c:#?}");
    // The words before the speaker and the relay: the same, with the quotation first.
    let c = only("\"We are ready,\" Tomas Ekdal was quoted by state radio as saying.");
    assert_eq!(speaker(&c), "Tomas Ekdal");
    assert_eq!(c.via.unwrap().text, "state radio");
}

// Hedges, negation, modality.

#[test]
fn hedges_reportedly_and_allegedly() {
    let c = only("Kerry reportedly said the deal was done.");
    assert!(c.hedged);
    assert_eq!(speaker(&c), "Kerry");
    let c = only("The group allegedly said it would attack the convoy.");
    assert!(c.hedged);
    let c = only("Kerry said the deal was done.");
    assert!(!c.hedged);
}

#[test]
fn negation_will_not_apply_did_not_reveal_didnt_expect() {
    let c = only(
        "Kerry told reporters that the cessation of hostilities will not apply to terrorist groups.",
    );
    assert!(c.negated);
    let c = only("The ministry said Lavrov did not reveal the terms of the deal.");
    assert!(c.negated);
    let c = only("Kerry said he didn't expect fighting to cease immediately.");
    assert!(c.negated);
    let c = only("Kerry said the fighting would cease.");
    assert!(!c.negated);
}

#[test]
fn modality_could_begin() {
    let c = only("Kerry said a cessation of hostilities could begin in the coming days.");
    assert_eq!(c.modal.as_deref(), Some("could"));
}

// Figures and days.

#[test]
fn numbers_are_intervals_with_their_unit() {
    let c =
        only("Officials said at least 57 people were killed and nearly 100,000 Syrians have fled.");
    let killed = &c.numbers[0];
    assert_eq!((killed.low, killed.high), (57.0, None));
    assert_eq!(killed.unit.as_deref(), Some("people"));
    let fled = &c.numbers[1];
    assert_eq!((fled.low, fled.high), (90_000.0, Some(100_000.0)));
    let c = only("He said the 17-nation group met for the second day in a row.");
    assert!(
        c.numbers
            .iter()
            .any(|n| n.value == 17.0 && n.unit.as_deref() == Some("nation"))
    );
    assert!(c.numbers.iter().any(|n| n.ordinal && n.value == 2.0));
    let c = only("The agency said a quarter of a million people are trapped and two convoys left.");
    assert!(c.numbers.iter().any(|n| n.value == 250_000.0));
    assert!(c.numbers.iter().any(|n| n.value == 2.0));
}

#[test]
fn days_resolve_against_the_article_date() {
    let found = claims_dated(
        "Lavrov said they had spoken on Sunday.\n\nKerry said the talks on Feb. 12 set a deadline of February 25.\n\nKerry said what they got last night was enough.",
        Some("2016-02-21"),
    );
    let days: Vec<String> = found
        .iter()
        .flat_map(|c| c.dates.iter())
        .map(|d| {
            format!(
                "{} {}",
                d.text,
                d.date.map(|x| x.to_string()).unwrap_or_default()
            )
        })
        .collect();
    assert_eq!(
        days,
        [
            "Sunday 2016-02-21",
            "Feb. 12 2016-02-12",
            "February 25 2016-02-25",
            "last night 2016-02-20"
        ]
    );
    let c = &claims_dated("Kerry said Friday the powers agreed.", Some("2016-02-12"));
    assert!(c[0].content.starts_with("the powers"));
}

// Segmentation and page furniture.

#[test]
fn segmentation_keeps_abbreviations_initials_and_decimals() {
    let found = claims(
        "Secretary of State Mary T. Rowe said the U.S. and the U.N. will meet Gen. Smith in St. Louis on Dec. 3. Mr. Lavrov said growth was 2.5 percent.",
    );
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(found[0].content.ends_with("on Dec. 3"));
    assert_eq!(speaker(&found[1]), "Mr. Lavrov");
    assert_eq!(found[1].content, "growth was 2.5 percent");
}

#[test]
fn captions_and_page_furniture_are_not_claims() {
    for text in [
        "Read more: Kerry says ceasefire could begin within days",
        "Pictured: Kerry said goodbye to Lavrov in Munich",
        "Syrians gather at the border gate, Feb. 6, 2016. Officials said they waited. REUTERS/Osman Orsal",
        "Special Project: what the diplomats said about Syria",
        "More Coverage: Lavrov says Russia will keep bombing",
        "More: Kerry after shaking hands with Lavrov: 'We have to make this work'",
        "MORE: Lavrov says Russia will keep bombing until the truce begins",
        // A byline and a web headline's teaser label are no speakers.
        "BYLINE: Ann Lee",
        "BOOM: Senator Just Fired A Warning Shot At The Mayor",
        "Wow: Governor Just Said Something Nobody Expected About The Budget",
    ] {
        assert!(claims(text).is_empty(), "{text}");
    }
}

#[test]
fn spans_are_byte_offsets_into_the_text() {
    let text = "Ségolène Royal said the café “était fermé,” and Kerry said “ça va.”";
    let found = claims(text);
    let read: Vec<(ClaimKind, &str, &str, &str)> = found
        .iter()
        .map(|c| {
            let s = c.speaker.as_ref().unwrap();
            (
                c.kind,
                s.span.unwrap().of(text),
                c.content_span.of(text),
                c.span.of(text),
            )
        })
        .collect();
    assert_eq!(
        read,
        [
            (
                ClaimKind::Partial,
                "Ségolène Royal",
                "the café “était fermé,”",
                "Ségolène Royal said the café “était fermé,”"
            ),
            (ClaimKind::Direct, "Kerry", "ça va.", "Kerry said “ça va.”"),
        ]
    );
    for c in &found {
        let s = c.speaker.as_ref().unwrap();
        assert_eq!(
            (s.text.as_str(), c.content.as_str()),
            (s.span.unwrap().of(text), c.content_span.of(text))
        );
    }
}

#[test]
fn name_and_colon_before_a_quotation_is_speech() {
    let c = only("Ruiz: \"Our aim is not to slow or delay the plan, but to stop it.\"");
    assert_eq!(c.kind, ClaimKind::Direct);
    assert_eq!(speaker(&c), "Ruiz");
    assert!(claims("Update: the talks resumed on Monday.").is_empty());
}

#[test]
fn content_stops_where_the_reporter_takes_over() {
    let c = only("Ames said Lopez ended the policy, but Ames did not say when.");
    assert_eq!(c.content, "Lopez ended the policy");
    let found = claims(
        "While Turkey and Saudi Arabia said they could commit ground forces, both nations have backtracked since.",
    );
    assert_eq!(found[0].content, "they could commit ground forces");
}

#[test]
fn participle_without_a_claim_before_speaks_for_the_subject() {
    let found =
        claims("The Dallas businessman has praised Lopez, saying she was a tougher negotiator.");
    // What he did (praised Lopez) is a claim of its kind; what he said is another.
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[0].content, "Lopez");
    assert_eq!(found[0].modality, "supports");
    assert_eq!(speaker(&found[1]), "The Dallas businessman");
    assert_eq!(found[1].content, "she was a tougher negotiator");
    assert_eq!(found[1].modality, "said");
}

#[test]
fn nouns_and_participles_that_look_like_cues_are_not_claims() {
    assert!(claims("A $160 billion merger announced Monday would create a giant.").is_empty());
    assert!(
        claims("Ruiz, who served as Lee's chief of staff, and Park are locked in a race.")
            .is_empty()
    );
    assert!(claims("The report was confirmed by the ministry.").is_empty());
}

#[test]
fn said_opening_the_sentence_names_the_speaker_after_it() {
    let c = only("Said Ellis: \"I don't get the sense she's the least bit interested.\"");
    assert_eq!(speaker(&c), "Ellis");
    assert_eq!(c.kind, ClaimKind::Direct);
}

#[test]
fn subject_with_an_appositive_is_not_inverted() {
    let c = only(
        "Jo-Renee Formicola, a professor at Seton Hall University, described Trump's approach as careful.",
    );
    assert_eq!(speaker(&c), "Jo-Renee Formicola");
    assert_eq!(c.content, "Trump's approach as careful");
}

#[test]
fn survey_shares_and_plural_groups_speak() {
    let c = only("Six in 10 say he is at least somewhat decisive.");
    assert_eq!(speaker(&c), "Six in 10");
    let c = only("About 47% said the economy was the first priority.");
    assert_eq!(speaker(&c), "About 47%");
    let c = only("The root of the trouble, farm workers and owners say, is simple.");
    assert_eq!(speaker(&c), "farm workers and owners");
    let c = only("Nearly seven of 10 parents say they will watch the vote.");
    assert_eq!(speaker(&c), "Nearly seven of 10 parents");
    assert_eq!(c.content, "they will watch the vote");
    let c = only("Four out of five nurses said the ward was short of staff.");
    assert_eq!(speaker(&c), "Four out of five nurses");
}

#[test]
fn the_name_that_opens_a_chain_of_appositives_speaks() {
    let c = only(
        "Marco Bruni, the editor in chief of the Senate's official gazette, L'Eco Romano, said every senator was a lawyer first.",
    );
    assert_eq!(speaker(&c), "Marco Bruni");
    let c = only(
        "On Monday, Ana Ruiz, the head of the nurses union, the NNU, said the strike would go on.",
    );
    assert_eq!(speaker(&c), "Ana Ruiz");
    // A day is no name, and a description that opens the sentence leaves the name after it.
    let c = only("Last Tuesday, the union's lawyer, Tom Hale, said the strike would go on.");
    assert_eq!(speaker(&c), "Tom Hale");
    let c = only("The party's leader, Ana Ruiz, said the vote would be close.");
    assert_eq!(speaker(&c), "Ana Ruiz");
}

#[test]
fn what_others_say_in_a_relative_clause_ends_an_intention() {
    let all = claims(
        "For its second filing, the company chose to file in Dayton, Ohio, where bankruptcy lawyers say some judges are quick to move large cases.",
    );
    let found: Vec<(&str, &str)> = all
        .iter()
        .map(|c| (speaker(c), c.content.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            ("the company", "file in Dayton, Ohio"),
            (
                "bankruptcy lawyers",
                "some judges are quick to move large cases"
            ),
        ]
    );
    // A relative clause whose verb is the noun's own tells of that noun: no new speaker.
    let all = claims(
        "The inspector has tried for weeks to question the mayor, who has for her part expressed a wish to be heard.",
    );
    assert!(
        all.iter()
            .all(|c| speaker(c) != "The inspector" || c.content != "a wish"),
        "{all:?}"
    );
}

#[test]
fn according_to_at_the_end_or_inside_the_sentence() {
    let c = only(
        "Lopez holds a 7-point lead in Texas, according to the PollTrack average, where 260 delegates are at stake.",
    );
    assert_eq!(c.content, "Lopez holds a 7-point lead in Texas");
    let c = only(
        "One of the choices they have settled on, according to a source close to the talks, is to answer every charge with a charge.",
    );
    assert!(c.content.starts_with("One of the choices"));
    assert!(c.content.ends_with("with a charge"));
    let c = only(
        "According to a poll from Coastal State University broadcast on CNN, Lopez leads by 18 points.",
    );
    assert_eq!(c.content, "Lopez leads by 18 points");
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

    /// Any text, however broken, gives claims whose spans slice it, and never a panic.
    #[test]
    fn any_text_gives_well_formed_claims(text in "([A-Za-z]{1,8}|said|told|according to|Kerry|He|that|\"|“|”|''|'|’|,|\\.|:|;|—|\\(|\\)|é|中|\u{a0}| |\n|[0-9]{1,3}%?){0,60}") {
        static RULES: std::sync::OnceLock<RuleSet> = std::sync::OnceLock::new();
        let rules = RULES.get_or_init(|| RuleSet::builtin().unwrap());
        for c in crate::extract_claims(vec![article(&text, Some("2016-02-21"))], rules).claims {
            proptest::prop_assert_eq!(c.content_span.of(&text), c.content.as_str());
            proptest::prop_assert!(c.span.start <= c.span.end && c.span.end <= text.len());
            if let Some(span) = c.speaker.as_ref().and_then(|s| s.span) {
                proptest::prop_assert_eq!(span.of(&text), c.speaker.as_ref().unwrap().text.as_str());
            }
        }
    }
}

#[test]
fn quote_over_three_paragraphs_is_one_claim() {
    let text = "Kerry said: \"We will go on working.\n\n\"We will keep talking.\n\n\"We will not stop until the guns are silent.\"";
    let c = only(text);
    assert!(c.content.ends_with("until the guns are silent."));
}

#[test]
fn inverted_speaker_keeps_its_description_out_of_the_content() {
    let c = only(
        "Its first statewide radio spot could air next week, said Dana Cole, a longtime aide to the governor.",
    );
    assert_eq!(speaker(&c), "Dana Cole");
    assert_eq!(
        c.content,
        "Its first statewide radio spot could air next week"
    );
}

#[test]
fn content_stops_at_the_speakers_next_deed() {
    let found = claims(
        "Ortiz said Democrats should join the ranks of free trade backers, and criticized the party's record.",
    );
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(
        found[0].content,
        "Democrats should join the ranks of free trade backers"
    );
    assert_eq!(speaker(&found[1]), "Ortiz");
    assert_eq!(found[1].content, "the party's record");
    assert_eq!(found[1].modality, "criticizes");
}

#[test]
fn claim_and_fact_ids_are_written_as_format_would() {
    for n in [1, 9, 10, 99, 100, 4_096, usize::MAX] {
        assert_eq!(numbered_id("a-1", "#", n), format!("a-1#{n}"));
        assert_eq!(numbered_id("a-1", "#f", n), format!("a-1#f{n}"));
    }
    assert_eq!(numbered_id("", "#", 0), "#0");
}

mod attitude_nouns;
mod boundaries;
mod comma_tails;
mod denied_cues;
mod false_cues;
mod feelings;
mod namings;
mod passives;
mod recall;
mod speakers;
mod stance_nouns;

#[test]
fn a_cue_word_naming_a_kind_of_office_stays_in_the_speaker() {
    let c = only("The planning office said the permit was late.");
    assert_eq!(speaker(&c), "The planning office");
    assert_eq!(c.content, "the permit was late");
    let c = only("A polling firm spokesman said turnout was low.");
    assert_eq!(speaker(&c), "A polling firm spokesman");
    // Officials planning a protest are the ones who speak, not the protest.
    let c = only("Officials planning the march said it would go ahead.");
    assert_eq!(c.content, "it would go ahead");
}

#[test]
fn the_subject_before_an_adjunct_between_commas_speaks() {
    let c = only("The mayor, in a statement released by her office, said the bill was flawed.");
    assert_eq!(speaker(&c), "The mayor");
    assert_eq!(c.content, "the bill was flawed");
    let c = only("The governor, in a letter to the council, said the plan would cost too much.");
    assert_eq!(speaker(&c), "The governor");
    // A name inside a clause before the adjunct is no subject of the cue.
    let found = claims(
        "The senator, who was to visit Dayton, Ohio, on Friday to meet the union, said the plant would stay open.",
    );
    assert!(found.iter().all(|c| speaker(c) != "Ohio"), "{found:#?}");
}

#[test]
fn what_a_verb_took_after_a_comma_is_no_speaker() {
    // After "announced", words that name no people are its object.
    let found = claims("Officials in Ohio, the state next to Indiana, announced new limits.");
    assert!(
        found.iter().all(|c| speaker(c) != "new limits"),
        "{found:#?}"
    );
    // People after the verb still speak, and after "said" anyone does.
    let c = only("The plant will close in June, warned officials.");
    assert_eq!(speaker(&c), "officials");
    let c = only("The plant will close in June, said witnesses.");
    assert_eq!(speaker(&c), "witnesses");
}

#[test]
fn a_view_without_that_before_be_or_have_is_attributed() {
    let c = only("Many economists suspect the losses were hidden in the accounts.");
    assert_eq!(speaker(&c), "Many economists");
    assert_eq!(c.content, "the losses were hidden in the accounts");
    assert_eq!(c.modality, "believes");
    let c = only("The tenants knew their rents had gone up twice.");
    assert_eq!(c.content, "their rents had gone up twice");
    let c = only("They felt the agency wasn't being open with them.");
    assert_eq!(c.content, "the agency wasn't being open with them");
}

#[test]
fn a_noun_with_its_own_clause_after_a_view_verb_is_no_view() {
    assert!(claims("The residents know the people he had met.").is_empty());
    assert!(claims("Voters remember the years of the boom.").is_empty());
}

#[test]
fn a_clause_joined_on_after_an_object_is_no_view() {
    assert!(claims("The mayor held 33 percent and the challenger had 10 percent.").is_empty());
}

#[test]
fn a_share_in_percent_speaks_with_a_bare_verb() {
    let c = only("Just 9 percent say they buy their bread at the market.");
    assert_eq!(speaker(&c), "Just 9 percent");
    assert_eq!(c.content, "they buy their bread at the market");
    let c = only("Seventy-two percent believe the economy is getting worse.");
    assert_eq!(speaker(&c), "Seventy-two percent");
}

#[test]
fn people_with_a_relative_clause_speak_with_a_bare_verb() {
    let c = only("Analysts who study the housing market say prices will rise next year.");
    assert_eq!(speaker(&c), "Analysts");
    assert_eq!(c.content, "prices will rise next year");
    let c = only("Residents who live near the plant believe the water is unsafe.");
    assert_eq!(speaker(&c), "Residents");
    // A noun after its determiner stays a noun when a preposition follows it.
    assert!(claims("Voters who backed the mayor want the final say over the budget.").len() <= 1);
}

#[test]
fn a_share_of_people_written_n_in_ten_speaks_whole() {
    let c = only("About 7 in 10 rural women supported the mayor.");
    assert_eq!(speaker(&c), "About 7 in 10 rural women");
    assert_eq!(c.content, "the mayor");
}

#[test]
fn what_a_participle_after_its_noun_supports_ends_at_the_main_verb() {
    let c = only("Pastors supporting the senator made phone calls in every county.");
    assert_eq!(speaker(&c), "Pastors");
    assert_eq!(c.content, "the senator");
    let c = only("Farmers supporting the embattled senator urged the council to act.");
    assert_eq!(c.content, "the embattled senator");
}

#[test]
fn a_circle_or_a_camp_holds_a_view() {
    let c = only("The mayor's inner circle believes that the council will fold.");
    assert_eq!(speaker(&c), "The mayor's inner circle");
    assert_eq!(c.modality, "believes");
    let c = only("The senator's camp wants a second debate in October.");
    assert_eq!(c.modality, "wants");
}
