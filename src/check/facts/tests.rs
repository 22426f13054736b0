//! The frames at work on sentences of our own: what is compared, what is kept apart, and
//! how a disagreement is told.

use crate::check::{FindingKind, analyse};

/// The contradictions of a batch that compare figures, days or lists, as (rule, severity,
/// message).
fn found(articles: &[(&str, &str, &str)]) -> Vec<(String, String, String)> {
    analyse(articles)
        .findings
        .into_iter()
        .filter(|f| f.kind == FindingKind::Contradiction)
        .map(|f| (f.rule, format!("{:?}", f.severity), f.message))
        .collect()
}

/// The contradictions of a batch as (rule, severity), without their messages.
fn rules_and_severities(articles: &[(&str, &str, &str)]) -> Vec<(String, String)> {
    found(articles)
        .into_iter()
        .map(|(rule, severity, _)| (rule, severity))
        .collect()
}

/// The fact sheet of a batch as (frame, status, values as written).
fn sheet(articles: &[(&str, &str, &str)]) -> Vec<(String, &'static str, Vec<String>)> {
    analyse(articles)
        .fact_sheet
        .into_iter()
        .map(|row| {
            (
                row.label(),
                row.status.as_str(),
                row.values.into_iter().map(|v| v.text).collect(),
            )
        })
        .collect()
}

fn one(rule: &str, severity: &str, message: &str) -> Vec<(String, String, String)> {
    vec![(rule.to_string(), severity.to_string(), message.to_string())]
}

const CANNOT: &str = ": the figures cannot both be right";
const DAY: &str = "2024-03-05";
const LEDE: &str =
    "Two bombs tore through the capital on Tuesday morning. Police sealed off the area.";

#[test]
fn a_part_is_no_contradiction_of_the_total_over_it() {
    let total = format!(
        "{LEDE} At least 30 people were killed in the attacks on the market and the station."
    );
    let part = format!("{LEDE} Twelve people died at the station.");
    assert_eq!(found(&[("A", DAY, &total), ("B", DAY, &part)]), []);
}

#[test]
fn parts_that_exceed_their_total_contradict_it() {
    let parts = format!(
        "{LEDE} At least 20 people were killed at the market and at least 15 at the station."
    );
    let total =
        format!("{LEDE} Thirty people were killed in the attacks on the market and the station.");
    assert_eq!(
        found(&[("A", DAY, &parts), ("B", DAY, &total)]),
        one(
            "parts-exceed-total",
            "Error",
            "killed: the parts (the market \"At least 20\" (A); the station \"at least 15\" (A)) \
             add up to more than the total \"Thirty\" (B) for the market and the station"
        )
    );
}

#[test]
fn background_about_an_earlier_quake_never_meets_this_ones_toll() {
    let batch = [
        (
            "A",
            DAY,
            "Ten people were killed when the quake struck the valley. The 2005 Zarand quake killed 612 people.",
        ),
        (
            "B",
            DAY,
            "Ten people were killed when the quake struck the valley.",
        ),
    ];
    assert_eq!(found(&batch), []);
    assert_eq!(
        sheet(&batch),
        [("killed".to_string(), "agree", vec!["Ten".to_string()])]
    );
}

#[test]
fn an_age_before_its_noun_in_a_year_gone_by_is_of_that_years_event() {
    // The runner of 2019 is not the one who died on Sunday; the coach's age after her name
    // is hers now, whatever year the sentence tells of.
    let a = "A 41-year-old runner died after collapsing near the finish of the Brenn half              marathon on Sunday, organisers said. Coach Ilse Varga, 52, led the team to a title in 2019.";
    let b = "A runner, 41, died after collapsing near the finish of the Brenn half marathon on              Sunday, organisers said. In 2019, a 33-year-old runner died at the same race. Coach Ilse              Varga, 55, said the team was in shock.";
    assert_eq!(
        rules_and_severities(&[("A", DAY, a), ("B", DAY, b)]),
        [("number-mismatch".to_string(), "Error".to_string())]
    );
    assert!(
        found(&[("A", DAY, a), ("B", DAY, b)])[0]
            .2
            .starts_with("age (varga)")
    );
}

#[test]
fn background_tolls_are_compared_with_each_other() {
    let batch = [
        (
            "A",
            DAY,
            "The 2003 Bam quake killed 26,000 people. Ten people were killed on Sunday.",
        ),
        (
            "B",
            DAY,
            "The 2003 Bam quake killed 31,000 people. Ten people were killed on Sunday.",
        ),
    ];
    assert_eq!(
        found(&batch),
        one(
            "number-mismatch",
            "Error",
            &format!("killed (earlier event, 2003): \"26,000\" (A) — \"31,000\" (B){CANNOT}")
        )
    );
}

#[test]
fn converted_units_agree_within_their_tolerance() {
    for (a, b) in [
        (
            "The climber fell 300ft from the ridge.",
            "The climber fell 90 metres from the ridge.",
        ),
        (
            "The blast was felt 5 miles away.",
            "The blast was felt 8 km away.",
        ),
    ] {
        let batch = [("A", DAY, a), ("B", DAY, b)];
        assert_eq!(found(&batch), [], "{a} / {b}");
        // One value on the sheet, given by both outlets.
        let rows = analyse(&batch).fact_sheet;
        assert_eq!(rows.len(), 1, "{rows:?}");
        assert_eq!(rows[0].status.as_str(), "agree", "{rows:?}");
        assert_eq!(rows[0].values.len(), 1, "{rows:?}");
        assert_eq!(rows[0].values[0].sources, ["A", "B"], "{rows:?}");
    }
}

#[test]
fn at_least_three_is_no_contradiction_of_four() {
    let batch = [
        ("A", DAY, "At least three people were killed in the blast."),
        ("B", DAY, "Four people were killed in the blast."),
    ];
    assert_eq!(found(&batch), []);
    assert_eq!(
        sheet(&batch),
        [(
            "killed".to_string(),
            "differ",
            vec!["At least three".to_string(), "Four".to_string()]
        )]
    );
}

#[test]
fn different_sources_differ_and_one_source_quoted_two_ways_contradicts() {
    assert_eq!(
        found(&[
            (
                "A",
                DAY,
                "The U.S. Geological Survey put the magnitude at 5.9."
            ),
            (
                "B",
                DAY,
                "Tehran's seismological centre put the magnitude at 6.1."
            ),
        ]),
        one(
            "sources-differ",
            "Info",
            "magnitude: \"5.9\" per The U.S. Geological Survey (A) — \"6.1\" per Tehran's \
             seismological centre (B): the sources differ (not a contradiction between outlets)"
        )
    );
    assert_eq!(
        found(&[
            (
                "A",
                DAY,
                "The U.S. Geological Survey put the magnitude at 5.9."
            ),
            (
                "B",
                DAY,
                "The U.S. Geological Survey put the magnitude at 6.4."
            ),
        ]),
        one(
            "number-mismatch",
            "Error",
            &format!(
                "magnitude: \"5.9\" per The U.S. Geological Survey (A) — \"6.4\" per The U.S. \
                 Geological Survey (B){CANNOT}"
            )
        )
    );
}

#[test]
fn one_finding_per_disagreement_lists_every_outlet_on_each_side() {
    let three = "Three people were killed in the blast.";
    let ten = "Ten people were killed in the blast.";
    let batch = [
        ("A", DAY, three),
        ("B", DAY, three),
        ("C", DAY, three),
        ("D", DAY, ten),
        ("E", DAY, ten),
    ];
    assert_eq!(
        found(&batch),
        one(
            "number-mismatch",
            "Error",
            &format!("killed: \"Three\" (A, B, C) — \"Ten\" (D, E){CANNOT}")
        )
    );
    // An agreement never hides it: the outlets giving the figures are not "in agreement".
    let analysis = analyse(&batch);
    assert!(
        analysis
            .findings
            .iter()
            .filter(|f| f.kind == FindingKind::Agreement)
            .all(
                |f| !(f.sources.contains(&"A".to_string()) && f.sources.contains(&"D".to_string()))
            ),
        "{:?}",
        analysis.findings
    );
}

#[test]
fn an_early_and_a_later_toll_or_a_hedged_one_only_differ() {
    let differ = |a: &str, b: &str, day_b: &str| found(&[("A", DAY, a), ("B", day_b, b)]);
    let expected = one(
        "figures-differ",
        "Warning",
        "killed: \"Three\" (A) — \"Ten\" (B): the figures differ (reported on different or \
         unknown days, hedged, or perhaps another event: check before correcting)",
    );
    assert_eq!(
        differ(
            "Three people were killed in the blast.",
            "Ten people were killed in the blast.",
            "2024-03-07"
        ),
        expected
    );
    assert_eq!(
        differ(
            "Three people were reportedly killed in the blast.",
            "Ten people were killed in the blast.",
            DAY
        ),
        expected
    );
}

#[test]
fn figures_of_every_kind_contradict_within_their_frame() {
    for (a, b, message) in [
        (
            "The driver, 44, was arrested at the scene.",
            "The 45-year-old driver was arrested at the scene.",
            "age (driver): \"44\" (A) — \"45-year-old\" (B)",
        ),
        (
            "A 7.1-magnitude quake struck the coast.",
            "A 6.4-magnitude quake struck the coast.",
            "magnitude: \"7.1-magnitude\" (A) — \"6.4-magnitude\" (B)",
        ),
        (
            "Protesters clashed with police for the third night running.",
            "Protesters clashed with police for the second night running.",
            "night: \"third\" (A) — \"second\" (B)",
        ),
        (
            "Police put the march at roughly 30,000 people.",
            "Police said 20,000 people marched to the capital's main square.",
            "crowd: \"roughly 30,000\" per Police (A) — \"20,000\" per Police (B)",
        ),
        (
            "Shares in the bank plunged 5.4 per cent.",
            "Shares in the bank fell 3.9 percent.",
            "bank: \"5.4 per cent\" (A) — \"3.9 percent\" (B)",
        ),
        (
            "Thieves made off with jewels worth £910,000.",
            "Thieves made off with jewels worth almost $2 million.",
            "value: \"£910,000\" (A) — \"almost $2 million\" (B)",
        ),
        (
            "The island lies 1,150 km south of the capital.",
            "The island lies 1,500 km south of the capital.",
            "distance from capital: \"1,150 km\" (A) — \"1,500 km\" (B)",
        ),
        (
            "The minister named a 12-member panel to review the case.",
            "The minister named a 15-member panel to review the case.",
            "member (panel): \"12-member\" (A) — \"15-member\" (B)",
        ),
        (
            "The quake destroyed seven villages, officials said.",
            "The quake destroyed twelve villages, officials said.",
            "village: \"seven\" per officials (A) — \"twelve\" per officials (B)",
        ),
        (
            "Three strong aftershocks followed the quake.",
            "At least four strong aftershocks followed the quake.",
            "aftershock: \"Three\" (A) — \"At least four\" (B)",
        ),
        (
            "The island is home to 100,000 people.",
            "The island is home to 200,000 people.",
            "population: \"100,000\" (A) — \"200,000\" (B)",
        ),
    ] {
        assert_eq!(
            found(&[("A", DAY, a), ("B", DAY, b)]),
            one("number-mismatch", "Error", &format!("{message}{CANNOT}")),
            "{a} / {b}"
        );
    }
}

#[test]
fn the_day_of_one_event_told_two_ways_contradicts() {
    let analysis = analyse(&[
        (
            "A",
            "2024-03-07",
            "Police said the raid on Tuesday netted two suspects.",
        ),
        (
            "B",
            "2024-03-07",
            "Police said the raid on Wednesday netted two suspects.",
        ),
    ]);
    let rules: Vec<&str> = analysis
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::Contradiction)
        .map(|f| f.rule.as_str())
        .collect();
    assert_eq!(rules, ["date-mismatch"]);
    let days: Vec<String> = analysis
        .facts
        .iter()
        .filter(|f| f.frame.what == "raid")
        .map(|f| format!("{:?}", f.value))
        .collect();
    assert_eq!(days.len(), 2, "{days:?}");
}

const MARKET: &str = "The carmaker's results disappointed investors on Thursday.";

#[test]
fn a_fall_during_the_day_and_the_close_only_differ() {
    let during = format!("{MARKET} Its shares tumbled 6.2 percent in Frankfurt.");
    let close = format!("{MARKET} Its shares closed down 4.1 percent in Frankfurt.");
    let other_close = format!("{MARKET} Its shares closed 2.5 percent lower in Frankfurt.");
    assert_eq!(
        found(&[("A", DAY, &during), ("B", DAY, &close)]),
        one(
            "figures-differ",
            "Warning",
            "share: \"6.2 percent\" (A) — \"4.1 percent\" at the close (B): the figures differ \
             (given for different moments of the day: check before correcting)"
        )
    );
    // Two closes that disagree are a contradiction like any other.
    assert_eq!(
        found(&[("B", DAY, &close), ("C", DAY, &other_close)]),
        one(
            "number-mismatch",
            "Error",
            "share: \"4.1 percent\" at the close (B) — \"2.5 percent\" at the close (C): the \
             figures cannot both be right"
        )
    );
}

#[test]
fn lower_bounds_far_apart_are_a_warning_and_near_ones_nothing() {
    let quake = "A strong quake shook the coast on Tuesday.";
    let a = format!("{quake} The 1999 quake in the same region killed more than 17,000 people.");
    let b = format!("{quake} In 1999 a quake in the region killed more than 21,000 people.");
    let c = format!("{quake} A quake in 1999 killed over 17,500 people in the region.");
    assert_eq!(
        found(&[("A", DAY, &a), ("B", DAY, &b)]),
        one(
            "figures-differ",
            "Warning",
            "killed (earlier event, 1999): \"more than 17,000\" (A) — \"more than 21,000\" (B): \
             the lower bounds are far apart (both can hold, but one count is likely out of date: \
             check before repeating either)"
        )
    );
    // Within the share the rules allow (15 %), bounds are only values of the fact sheet.
    assert_eq!(found(&[("A", DAY, &a), ("C", DAY, &c)]), []);
    // A lower bound against a figure inside it is no finding either.
    let d = format!("{quake} The 1999 quake in the region killed 21,300 people.");
    assert_eq!(found(&[("A", DAY, &a), ("D", DAY, &d)]), []);
}

#[test]
fn villages_destroyed_and_villages_damaged_only_differ() {
    let quake = "A strong quake struck the valley on Tuesday.";
    let destroyed = format!("{quake} The quake destroyed six villages.");
    let damaged = format!("{quake} Houses were damaged in 14 villages.");
    let flattened = format!("{quake} It destroyed nine villages.");
    assert_eq!(
        found(&[("A", DAY, &destroyed), ("B", DAY, &damaged)]),
        one(
            "figures-differ",
            "Warning",
            "village: \"six\" (A) — \"14\" (B): the figures differ (they count things hit in \
             different ways: destroyed, damaged, hit — check before correcting)"
        )
    );
    // Hit alike, the counts contradict.
    assert_eq!(
        found(&[("A", DAY, &destroyed), ("C", DAY, &flattened)]),
        one(
            "number-mismatch",
            "Error",
            "village: \"six\" (A) — \"nine\" (C): the figures cannot both be right"
        )
    );
}

/// Places for the tests of containment: a town in its province in its country, and two
/// cities of one country.
const PLACES: &str = r#"
[[place]]
name = "Bam"
in = "Kerman"

[[place]]
name = "Zarand"
in = "Kerman"

[[place]]
name = "Kerman"
aliases = ["Kerman province"]
in = "Iran"

[[place]]
name = "Larissa"
in = "Greece"

[[place]]
name = "Volos"
in = "Greece"
"#;

/// The contradictions of a batch read with the built-in rules and `extra`.
fn found_with(extra: &str, articles: &[(&str, &str, &str)]) -> Vec<(String, String, String)> {
    let mut rules = crate::rules::RuleSet::builtin().unwrap();
    rules.add(crate::rules::RuleFile::parse(std::path::Path::new("places.toml"), extra).unwrap());
    crate::check::analyse_with(articles, &rules)
        .findings
        .into_iter()
        .filter(|f| f.kind == FindingKind::Contradiction)
        .map(|f| (f.rule, format!("{:?}", f.severity), f.message))
        .collect()
}

const QUAKE: &str = "A strong earthquake shook the town of Bam in Iran on Thursday night.";

#[test]
fn a_towns_toll_is_a_part_of_the_countrys_and_no_contradiction() {
    let country = format!("{QUAKE} At least 40 people were killed across Iran.");
    let town = format!("{QUAKE} Twelve people were killed in Bam.");
    let batch = [("A", DAY, country.as_str()), ("B", DAY, town.as_str())];
    assert_eq!(found_with(PLACES, &batch), []);
    // Without the rule, Bam and Iran are two places apart: they never meet either.
    assert_eq!(found(&batch), []);
}

#[test]
fn a_towns_toll_above_the_countrys_total_contradicts_it() {
    let country = format!("{QUAKE} Forty people were killed in Iran.");
    let town = format!("{QUAKE} Fifty-two people were killed in Bam.");
    assert_eq!(
        found_with(
            PLACES,
            &[("A", DAY, country.as_str()), ("B", DAY, town.as_str())]
        ),
        one(
            "parts-exceed-total",
            "Error",
            "killed: the figure for Bam \"Fifty-two\" (B) is more than the total \"Forty\" (A) \
             for Iran, which it lies in"
        )
    );
}

#[test]
fn tolls_of_two_cities_of_one_country_never_meet() {
    let lede = "Floods swept through Larissa and Volos on Monday.";
    let a = format!("{lede} Nine people died in Larissa.");
    let b = format!("{lede} Four people died in Volos.");
    assert_eq!(
        found_with(PLACES, &[("A", DAY, a.as_str()), ("B", DAY, b.as_str())]),
        []
    );
}

#[test]
fn containment_reaches_through_a_province_to_the_country() {
    // The story is Iran's: Bam lies in Kerman, which lies in Iran.
    let lede = "A strong earthquake shook southeastern Iran on Thursday night.";
    let country = format!("{lede} Officials said 30 people were killed in Iran.");
    let below = format!("{lede} Officials said eight people were killed in Bam.");
    let above = format!("{lede} Officials said 45 people were killed in Bam.");
    assert_eq!(
        found_with(
            PLACES,
            &[("A", DAY, country.as_str()), ("B", DAY, below.as_str())]
        ),
        []
    );
    assert_eq!(
        found_with(
            PLACES,
            &[("A", DAY, country.as_str()), ("B", DAY, above.as_str())]
        ),
        one(
            "parts-exceed-total",
            "Error",
            "killed: the figure for Bam \"45\" (B) is more than the total \"30\" (A) for Iran, \
             which it lies in"
        )
    );
}

#[test]
fn towns_of_one_outlet_that_add_up_to_more_than_the_province_contradict_it() {
    let lede = "A strong earthquake shook Kerman province on Thursday night.";
    let towns = format!("{lede} Twenty people died in Bam and 15 died in Zarand.");
    let province = format!("{lede} Thirty people died in Kerman province.");
    assert_eq!(
        found_with(
            PLACES,
            &[("A", DAY, towns.as_str()), ("B", DAY, province.as_str())]
        ),
        one(
            "parts-exceed-total",
            "Error",
            "killed: the parts (Bam \"Twenty\" (A); Zarand \"15\" (A)) add up to more than the \
             total \"Thirty\" (B) for Kerman, which they lie in"
        )
    );
}

#[test]
fn one_things_value_told_two_ways_contradicts_whenever_told() {
    // The tiara's value in one outlet's account of an earlier theft, and in another's.
    let a = format!("{LEDE} In May a gold tiara worth £1m was taken from a hotel suite.");
    let b = format!("{LEDE} Days later a $3.5 million tiara was snatched at a party.");
    let findings = found(&[("A", DAY, &a), ("B", DAY, &b)]);
    assert_eq!(
        findings
            .iter()
            .map(|f| (f.0.as_str(), f.1.as_str()))
            .collect::<Vec<_>>(),
        [("number-mismatch", "Error")],
        "{findings:?}"
    );
    assert!(findings[0].2.starts_with("value (tiara)"), "{findings:?}");
    // Two tiaras of places apart never meet.
    let c = format!("{LEDE} A $3.5 million tiara was snatched in Monaco.");
    let d = format!("{LEDE} A $1 million tiara was snatched in Geneva.");
    assert_eq!(found(&[("C", DAY, &c), ("D", DAY, &d)]), []);
}

#[test]
fn a_crowd_in_salonika_meets_one_in_thessaloniki() {
    let a = format!("{LEDE} Riots broke out in Salonika where some 50,000 people marched.");
    let b = format!("{LEDE} In Thessaloniki, 20,000 people marched along the seafront.");
    let findings = found(&[("A", DAY, &a), ("B", DAY, &b)]);
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert!(
        findings[0].2.starts_with("crowd in Salonika"),
        "{findings:?}"
    );
}

#[test]
fn a_fall_told_in_metres_and_in_feet_agrees_and_another_height_does_not() {
    let fell = "The climber fell 40 metres from the ridge.";
    let fall = "The climber survived a 130ft fall from the ridge.";
    assert_eq!(found(&[("A", DAY, fell), ("B", DAY, fall)]), []);
    let higher = "The climber survived a 300ft fall from the ridge.";
    assert_eq!(
        found(&[("A", DAY, fell), ("B", DAY, higher)])
            .iter()
            .map(|f| f.0.as_str())
            .collect::<Vec<_>>(),
        ["number-mismatch"]
    );
}

#[test]
fn last_years_count_meets_the_count_of_that_year() {
    let a = "The army carried out over 20 rocket tests last year, officials said.";
    let b = "The army fired 23 rockets in 16 tests between March and November 2023, \
             officials said.";
    let findings = found(&[("A", DAY, a), ("B", DAY, b)]);
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert!(
        findings[0].2.starts_with("test (earlier event, 2023)"),
        "{findings:?}"
    );
}

#[test]
fn a_running_tally_told_on_other_days_is_another_count() {
    let lede = "The senator's campaign met donors in Des Moines on Monday.";
    let eleven = format!("{lede} The senator has fought 11 televised debates.");
    let twelve = format!("{lede} The senator has fought 12 televised debates.");
    // Told on one day, the two counts cannot both hold.
    let same_day = found(&[("A", DAY, &eleven), ("B", DAY, &twelve)]);
    assert_eq!(same_day.len(), 1, "{same_day:?}");
    assert!(same_day[0].2.starts_with("debate: "), "{same_day:?}");
    // A day later there may well have been another debate (debates are a tally, by the
    // rules): nothing to report.
    assert_eq!(
        found(&[("A", DAY, &eleven), ("B", "2024-03-06", &twelve)]),
        []
    );
    // A toll is still compared across days (as a warning): it is framed by its measure.
    let ten = format!("{LEDE} Ten people were killed.");
    let twelve_killed = format!("{LEDE} Twelve people were killed.");
    let tolls = found(&[("A", DAY, &ten), ("B", "2024-03-06", &twelve_killed)]);
    assert_eq!(tolls.len(), 1, "{tolls:?}");
}

#[test]
fn a_count_of_the_events_things_meets_next_day_copy_as_a_warning() {
    let lede = "Thick fog closed the A9 near Dunmore on Tuesday.";
    let fifty = format!("{lede} More than 50 cars were caught up in the crash, police said.");
    let thirty = format!("{lede} About 30 cars were caught up in the crash, police said.");
    // The next day's copy tells the same crash: the counts cannot both hold, but the days
    // of the copy differ, so it is no error.
    let next_day = found(&[("A", DAY, &fifty), ("B", "2024-03-06", &thirty)]);
    assert_eq!(next_day.len(), 1, "{next_day:?}");
    assert_eq!(next_day[0].1, "Warning", "{next_day:?}");
    assert!(next_day[0].2.starts_with("vehicle: "), "{next_day:?}");
    // Told three days on, a count of cars is likely of another set: nothing.
    assert_eq!(
        found(&[("A", DAY, &fifty), ("B", "2024-03-08", &thirty)]),
        []
    );
}

#[test]
fn a_vague_count_with_a_scale_meets_a_figure_far_from_it() {
    let strike = "Workers staged a general strike on Tuesday.";
    let vague =
        format!("{strike} Several hundred people marched across the old town, police said.");
    let far = format!("{strike} About 5,000 people marched across the old town, police said.");
    let near = format!("{strike} About 500 people marched across the old town, police said.");
    assert_eq!(
        found(&[("A", DAY, &vague), ("B", DAY, &far)]),
        one(
            "figures-differ",
            "Warning",
            "crowd: \"Several hundred\" per police (A) — \"About 5,000\" per police (B): the \
             figures differ (reported on different or unknown days, hedged, or perhaps another \
             event: check before correcting)"
        )
    );
    assert_eq!(found(&[("A", DAY, &vague), ("C", DAY, &near)]), []);
}

#[test]
fn two_people_of_one_surname_are_two_holders_of_an_age() {
    let lede = "DAYTON, Ohio — Two men were shot on Keowee Street on Saturday night, police said.";
    // The victim and the suspect share a surname: their ages are not one person's.
    let a = format!(
        "{lede} Victor Bell, 44, was wounded. Curtis Bell, 23, was arrested and charged, police said."
    );
    let b = format!("{lede} Curtis Bell, 23, was arrested and charged, police said.");
    assert_eq!(found(&[("A", DAY, &a), ("B", DAY, &b)]), []);
    // One man of that name, given his first name by one outlet only, is still one holder.
    let c = format!("{lede} Curtis Bell, 23, was arrested and charged, police said.");
    let d = format!("{lede} Bell, 32, was arrested and charged, police said.");
    let found = found(&[("C", DAY, &c), ("D", DAY, &d)]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].2.starts_with("age (bell)"), "{found:?}");
}

#[test]
fn ages_of_one_person_meet_whatever_day_their_sentences_tell() {
    // Each outlet dates the death differently (a day mismatch of its own); the climber's
    // age is still one person's and the two ages disagree.
    let a = "A 36-year-old British climber died on Sunday after a fall in the Alps, police said.";
    let b = "A British climber, 37, was killed on Saturday in a fall in the Alps, police said.";
    let ages: Vec<_> = found(&[("A", "2008-08-04", a), ("B", "2008-08-04", b)])
        .into_iter()
        .filter(|(_, _, m)| m.starts_with("age"))
        .collect();
    assert_eq!(
        ages,
        one(
            "number-mismatch",
            "Error",
            "age (climber): \"36-year-old\" per police (A) — \"37\" per police (B): the figures cannot both be right"
        )
    );
}

#[test]
fn an_official_of_a_body_and_the_body_are_one_source() {
    let lede = "A strong earthquake struck the island on Wednesday.";
    let a = format!(
        "{lede} Hospitals treated about 200 injured people, a health ministry official said."
    );
    let b =
        format!("{lede} Hospitals treated at least 400 injured people, the health ministry said.");
    let c = format!(
        "{lede} Hospitals treated at least 400 injured people, the interior ministry said."
    );
    assert_eq!(
        found(&[("A", DAY, &a), ("B", DAY, &b)]),
        one(
            "number-mismatch",
            "Error",
            "injured: \"about 200\" per a health ministry official (A) — \"at least 400\" per the health ministry (B): the figures cannot both be right"
        )
    );
    // Another ministry is another source: the sources differ, no contradiction.
    assert!(
        found(&[("A", DAY, &a), ("C", DAY, &c)])
            .iter()
            .all(|(_, severity, _)| severity == "Info")
    );
}

#[test]
fn the_day_someone_died_differs_between_outlets() {
    let a = "A 36-year-old British climber died on Sunday after a fall in the Alps.";
    let b = "A British climber was killed on Saturday in a fall in the Alps.";
    let days: Vec<_> = found(&[("A", "2008-08-04", a), ("B", "2008-08-04", b)])
        .into_iter()
        .filter(|(rule, _, _)| rule == "date-mismatch")
        .collect();
    assert_eq!(
        days,
        one(
            "date-mismatch",
            "Error",
            "killed (climber): \"Sunday\" (A) (2008-08-03) — \"Saturday\" (B) (2008-08-02): outlets put it on different days"
        )
    );
}

#[test]
fn a_toll_at_one_spot_after_the_first_sentence_is_a_part_of_the_story_toll() {
    // The second sentence is still the lede, and the station still a part of the toll.
    let opening = "Two bombs tore through the capital on Tuesday morning.";
    let total = format!("{opening} At least 30 people were killed, police said.");
    let part = format!("{opening} Twelve people died at the station, police said.");
    assert_eq!(found(&[("A", DAY, &total), ("B", DAY, &part)]), []);
    // The spot the first sentence names is the story's own: its toll meets the others.
    let at_the_bar = "A gunman killed three people at a bar on Tuesday night, police said.";
    let no_spot = "A gunman killed two people on Tuesday night, police said.";
    assert_eq!(
        found(&[("A", DAY, at_the_bar), ("B", DAY, no_spot)]),
        one(
            "number-mismatch",
            "Error",
            "killed: \"three\" per police (A) — \"two\" per police (B): the figures cannot both be right"
        )
    );
}

#[test]
fn unnamed_officials_and_the_officials_of_a_body_may_be_one_source() {
    let a = format!("{LEDE} At least 40 people were injured, officials said.");
    let b = format!("{LEDE} At least 90 people were injured, fire officials said.");
    assert_eq!(
        rules_and_severities(&[("A", DAY, &a), ("B", DAY, &b)]),
        [("figures-differ".to_string(), "Warning".to_string())]
    );
    // Two named bodies stay two sources.
    let c = format!("{LEDE} At least 90 people were injured, the health ministry said.");
    let d = format!("{LEDE} At least 40 people were injured, the interior ministry said.");
    assert!(
        found(&[("C", DAY, &c), ("D", DAY, &d)])
            .iter()
            .all(|(_, severity, _)| severity == "Info")
    );
}

#[test]
fn people_of_one_kind_cannot_outnumber_everyone_it_happened_to() {
    let kind = format!("{LEDE} At least 20 passengers were injured.");
    let all = format!("{LEDE} Eleven people were injured.");
    assert_eq!(
        found(&[("A", DAY, &kind), ("B", DAY, &all)]),
        one(
            "parts-exceed-total",
            "Warning",
            "injured (passenger): \"At least 20\" (A) is more than the \"Eleven\" (B) injured in all"
        )
    );
    // Fewer of a kind than everyone is no contradiction.
    let few = format!("{LEDE} Eight passengers were injured.");
    assert_eq!(found(&[("A", DAY, &few), ("B", DAY, &all)]), []);
}

#[test]
fn fans_hurt_cannot_outnumber_everyone_hurt() {
    let fans = format!("{LEDE} Nineteen fans were hurt.");
    let all = format!("{LEDE} Nine people were injured.");
    assert_eq!(
        found(&[("A", DAY, &fans), ("B", DAY, &all)]),
        one(
            "parts-exceed-total",
            "Warning",
            "injured (fan): \"Nineteen\" (A) is more than the \"Nine\" (B) injured in all"
        )
    );
}

#[test]
fn an_organisation_described_as_the_lender_is_the_bank_named_before() {
    let described = "Hackers stole the data of 2.3 million customers from Northgate Bank, the \
                     lender said on Tuesday.";
    let named = "Hackers stole the data of 1.8 million customers, Northgate Bank said on \
                 Tuesday.";
    let findings = found(&[("A", DAY, described), ("B", DAY, named)]);
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert_eq!(findings[0].0, "number-mismatch", "{findings:?}");
    assert_eq!(findings[0].1, "Error", "{findings:?}");
}

#[test]
fn a_described_organisation_is_not_the_person_who_spoke_before() {
    let described = "Finance Minister Jane Oduya said the rules would change. Hackers stole \
                     the data of 2.3 million customers, the lender said on Tuesday.";
    let named = "Hackers stole the data of 1.8 million customers, Jane Oduya said on Tuesday.";
    let findings = found(&[("A", DAY, described), ("B", DAY, named)]);
    assert!(
        findings.iter().all(|f| f.0 != "number-mismatch"),
        "{findings:?}"
    );
}

#[test]
fn union_leaders_speak_for_the_union() {
    assert_eq!(
        found(&[
            (
                "A",
                DAY,
                "The Teachers' Union is demanding a pay rise of 9 percent, the union said."
            ),
            (
                "B",
                DAY,
                "The Teachers' Union wants a 6 percent pay rise, union leaders said."
            ),
        ]),
        one(
            "number-mismatch",
            "Error",
            &format!(
                "rise: \"9 percent\" per the union (A) — \"6 percent\" per union leaders (B){CANNOT}"
            )
        )
    );
}

#[test]
fn the_company_is_not_taken_for_the_ministry_named_before_it() {
    // The resolver may read "the company" as the ministry of the sentence before; a
    // description does not stand for another, so the age is the company's in both.
    let found = found(&[
        (
            "A",
            DAY,
            "The plant was closed on Monday, the labour ministry said. The plant manager, 47, \
             was among those hurt, a company spokesman said.",
        ),
        (
            "B",
            DAY,
            "The plant was closed on Monday, the labour ministry said. Among those hurt was \
             the 44-year-old plant manager, the company said.",
        ),
    ]);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(
        (found[0].0.as_str(), found[0].1.as_str()),
        ("number-mismatch", "Error")
    );
}

#[test]
fn a_toll_in_the_capital_is_no_contradiction_of_the_nationwide_toll() {
    let lede = "A heatwave has gripped the south for a week.";
    let total = format!(
        "{lede} At least 30 people have died of the heat across the country, the ministry said."
    );
    let part =
        format!("{lede} Eleven deaths have been recorded in the capital, the ministry said.");
    assert_eq!(found(&[("A", DAY, &total), ("B", DAY, &part)]), []);
}

#[test]
fn temperatures_compare_across_scales_to_the_tenth() {
    let a = "Temperatures reached 40C in Ardmore on Monday, the weather service said.";
    let f = "Temperatures reached 104F in Ardmore on Monday, the weather service said.";
    let b = "Temperatures reached 38.5C in Ardmore on Monday, the weather service said.";
    assert_eq!(found(&[("A", DAY, a), ("B", DAY, f)]), []);
    let cold = "Temperatures fell to minus 6C overnight.";
    let colder = "Rescuers worked through the night at minus 11C.";
    assert_eq!(
        found(&[("A", DAY, a), ("B", DAY, b)]),
        one(
            "number-mismatch",
            "Error",
            &format!(
                "temperature: \"40C\" per the weather service (A) — \"38.5C\" per \
                 the weather service (B){CANNOT}"
            )
        )
    );
    assert_eq!(found(&[("A", DAY, cold), ("B", DAY, colder)]).len(), 1);
}

#[test]
fn lengths_of_time_compare_across_units() {
    let days = "The hotel kitchen has been closed for 14 days.";
    let weeks = "The hotel kitchen was ordered shut for three weeks.";
    let fortnight = "The hotel kitchen was ordered shut for two weeks.";
    assert_eq!(found(&[("A", DAY, days), ("B", DAY, fortnight)]), []);
    let disagree = found(&[("A", DAY, days), ("B", DAY, weeks)]);
    assert_eq!(disagree.len(), 1, "{disagree:?}");
    assert!(
        disagree[0].2.starts_with("closed: \"14 days\""),
        "{disagree:?}"
    );
}

#[test]
fn two_named_sources_giving_two_days_of_one_event_disagree() {
    let disagree = found(&[
        (
            "A",
            DAY,
            "A gas main exploded in Cavell on Monday, killing two people, police said.",
        ),
        (
            "B",
            DAY,
            "A gas main exploded in Cavell on Sunday, killing two people, the fire service said.",
        ),
    ]);
    assert_eq!(disagree.len(), 1, "{disagree:?}");
    // Not one source: never an error.
    assert_eq!(disagree[0].1, "Warning", "{disagree:?}");
    assert!(disagree[0].2.contains("explosion"), "{disagree:?}");
}

#[test]
fn winds_in_mph_and_km_h_agree_within_the_conversion() {
    let km = "Cyclone Ora made landfall near Bayport on Monday with winds of 160 km/h.";
    let miles = "Cyclone Ora made landfall near Bayport on Monday with winds of 100 mph.";
    let far = "Cyclone Ora made landfall near Bayport on Monday with winds of 130 mph.";
    assert_eq!(found(&[("A", DAY, km), ("B", DAY, miles)]), []);
    let disagree = found(&[("A", DAY, km), ("B", DAY, far)]);
    assert_eq!(disagree.len(), 1, "{disagree:?}");
    assert!(disagree[0].2.starts_with("winds"), "{disagree:?}");
}

#[test]
fn a_place_one_outlet_says_was_hit_and_another_spared_is_a_contradiction() {
    let hit =
        "Trains were cancelled at Norby, Hallam and Wessel after the storm, the operator said.";
    let spared =
        "Trains were cancelled at Norby and Hallam after the storm, while Wessel was unaffected.";
    let found = found(&[("A", DAY, hit), ("B", DAY, spared)]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "list-mismatch");
    assert!(found[0].2.starts_with("wessel"), "{found:?}");
}

#[test]
fn a_bodys_officials_and_the_body_described_may_be_one_source() {
    let lede = "A strong earthquake struck the island on Wednesday.";
    let a = format!("{lede} At least 40 people were injured, ambulance officials said.");
    let b = format!("{lede} At least 90 people were injured, the ambulance service said.");
    assert_eq!(
        rules_and_severities(&[("A", DAY, &a), ("B", DAY, &b)]),
        [("figures-differ".to_string(), "Warning".to_string())]
    );
    // Bodies that share only what any body is called stay two sources.
    let c = format!("{lede} Ninety people were injured, the health agency said.");
    let d = format!("{lede} Forty people were injured, the border agency said.");
    assert_eq!(
        rules_and_severities(&[("C", DAY, &c), ("D", DAY, &d)]),
        [("sources-differ".to_string(), "Info".to_string())]
    );
}

#[test]
fn two_rounded_counts_whose_last_digits_do_not_meet_are_estimates_apart() {
    let story = "The chain collapsed into administration on Tuesday.";
    let a = format!("{story} The collapse puts about 3,700 jobs at risk.");
    let b = format!("{story} The collapse puts about 4,500 jobs at risk.");
    assert_eq!(
        rules_and_severities(&[("A", DAY, &a), ("B", DAY, &b)]),
        [("figures-differ".to_string(), "Warning".to_string())]
    );
    // Readings that meet are one estimate told two ways.
    let c = format!("{story} The collapse puts about 4,000 jobs at risk.");
    assert_eq!(found(&[("B", DAY, &b), ("C", DAY, &c)]), []);
}

#[test]
fn two_tolls_in_one_currency_are_compared_as_written_not_at_the_rate() {
    let lede = "The operator of the Brennock Tunnel announced new charges on Monday.";
    let a = format!("{lede} The toll for cars using the tunnel will rise from £3.10 to £3.40.");
    let b = format!("{lede} Drivers will pay £3.90 to use the tunnel.");
    let c = format!("{lede} Lorry drivers will pay £3.90 to use the tunnel.");
    assert_eq!(
        rules_and_severities(&[("A", DAY, &a), ("B", DAY, &b)]),
        [("number-mismatch".to_string(), "Error".to_string())]
    );
    // The toll for lorries is another frame, and the old value is passed over.
    assert_eq!(found(&[("A", DAY, &a), ("C", DAY, &c)]), []);
}

#[test]
fn a_toll_set_from_one_day_meets_another_set_from_another_day_as_a_warning() {
    let lede = "The operator of the Brennock Tunnel announced new charges on Monday.";
    let a = format!(
        "{lede} The toll for cars using the tunnel will rise from £3.10 to £3.40 on March 1."
    );
    let b = format!("{lede} Drivers will pay £3.90 to use the tunnel from April 1.");
    assert_eq!(
        rules_and_severities(&[("A", DAY, &a), ("B", DAY, &b)]),
        [("figures-differ".to_string(), "Warning".to_string())]
    );
}

#[test]
fn the_place_a_lede_names_is_met_by_its_common_noun() {
    // "the port" after "at Karsby Port" is the story's own place: a rank told "at the
    // port" meets one told without a place.
    let a = "Dockers walked out at Karsby Port on Monday. It was the third stoppage this year.";
    let b = "Work stopped at Karsby Port on Monday. The stoppage was the second at the port \
             this year.";
    assert_eq!(
        rules_and_severities(&[("A", DAY, a), ("B", DAY, b)]),
        [("number-mismatch".to_string(), "Error".to_string())]
    );
}

#[test]
fn a_family_and_one_of_its_members_are_one_source_of_an_age() {
    let a = "Arno Velt, 71, died in hospital on Monday, his family said.";
    let b = "Arno Velt, 77, died in hospital on Monday, his son said.";
    assert_eq!(
        rules_and_severities(&[("A", DAY, a), ("B", DAY, b)]),
        [("number-mismatch".to_string(), "Error".to_string())]
    );
}

#[test]
fn values_before_a_change_meet_each_other_never_the_new_values() {
    let lede = "Measles cases in Dorrow climbed again this week.";
    let a = format!("{lede} Officials confirmed 23 cases on Friday, up from 15 on Wednesday.");
    let b = format!("{lede} Officials confirmed 23 cases on Friday, up from 12 on Wednesday.");
    let c = format!("{lede} Officials confirmed 23 cases on Friday, up from 15 on Wednesday.");
    // 15 against 23 (one outlet's old value against the other's new) is no finding; 15
    // against 12 before the change is.
    let day = "2024-03-08";
    let found_ab = rules_and_severities(&[("A", day, &a), ("B", day, &b)]);
    assert_eq!(found_ab.len(), 1, "{found_ab:?}");
    assert!(
        found(&[("A", day, &a), ("B", day, &b)])[0]
            .2
            .starts_with("case before")
    );
    assert_eq!(found(&[("A", day, &a), ("C", day, &c)]), []);
    // Told a day later, the value before the change is still of the day the copy names.
    let later = "2024-03-09";
    let b_later = format!("{lede} Cases have risen to 23, up from 12 on Wednesday.");
    let found_later = found(&[("A", day, &a), ("B", later, &b_later)]);
    assert_eq!(found_later.len(), 1, "{found_later:?}");
    assert!(
        found_later[0].2.starts_with("case before"),
        "{found_later:?}"
    );
}

#[test]
fn no_one_hurt_contradicts_a_count_of_injured_and_no_one_else_does_not() {
    let lede = "A tram left the rails in Orvik on Tuesday evening.";
    let none = format!("{lede} No one was hurt, the operator said.");
    let two = format!("{lede} Two people were injured, the operator said.");
    let found_two = rules_and_severities(&[("A", DAY, &none), ("B", DAY, &two)]);
    assert_eq!(found_two.len(), 1, "{found_two:?}");
    // A warning for now: the figures, both definite, are told as differing.
    assert_eq!(found_two[0].1, "Warning");
    // "No one else" leaves the injured the other outlet counts.
    let no_one_else = format!("{lede} The driver was taken to hospital. No one else was hurt.");
    assert_eq!(found(&[("A", DAY, &no_one_else), ("B", DAY, &two)]), []);
    // Nobody killed on one side, nobody killed on the other: nothing.
    let dead = format!("{lede} Nobody was killed, the operator said.");
    assert_eq!(found(&[("A", DAY, &dead), ("B", DAY, &dead)]), []);
}

#[test]
fn figures_told_on_the_day_each_outlet_gives_the_event_meet_as_a_warning() {
    // Each outlet puts the landfall on its own day and the winds in the same clause: one
    // event's winds, which cannot both be right, but never an error (the days differ).
    let monday = "Storm Vela made landfall near Porto Cala on Monday with winds of 180 km/h, \
                  the weather office said.";
    let tuesday = "Storm Vela slammed into the coast at Porto Cala on Tuesday, packing winds \
                   of 140 mph, the weather office said.";
    let found = rules_and_severities(&[("A", DAY, monday), ("B", DAY, tuesday)]);
    assert!(
        found.contains(&("figures-differ".to_string(), "Warning".to_string())),
        "{found:?}"
    );
    assert!(
        !found.iter().any(|(rule, _)| rule == "number-mismatch"),
        "{found:?}"
    );
    // Figures of two days with no event told on them are two readings of a changing
    // thing: kept apart.
    let first = "Winds at Porto Cala reached 180 km/h on Monday, the weather office said.";
    let second = "Winds at Porto Cala reached 140 mph on Tuesday, the weather office said.";
    let found = rules_and_severities(&[("A", DAY, first), ("B", DAY, second)]);
    assert!(
        !found
            .iter()
            .any(|(rule, _)| matches!(rule.as_str(), "figures-differ" | "number-mismatch")),
        "{found:?}"
    );
}

#[test]
fn a_count_still_in_hospital_falls_short_of_those_taken_there_without_disagreeing() {
    let lede = "A coach overturned on the ring road near Helmford on Friday evening.";
    let taken = format!("{lede} Fourteen people were taken to hospital, police said.");
    let still = format!("{lede} Police said on Saturday that ten were still in hospital.");
    assert_eq!(
        found(&[("A", DAY, &taken), ("B", "2024-03-06", &still)]),
        []
    );
    // Nor is the count still there a whole that passengers taken the day before exceed.
    let passengers = format!("{lede} Fourteen passengers were taken to hospital, police said.");
    assert_eq!(
        found(&[("A", DAY, &passengers), ("B", "2024-03-06", &still)]),
        []
    );
    // More still there than were ever taken is a discrepancy as before.
    let more = format!("{lede} Police said on Saturday that 17 were still in hospital.");
    assert_eq!(
        rules_and_severities(&[("A", DAY, &taken), ("B", "2024-03-06", &more)]),
        [("figures-differ".to_string(), "Warning".to_string())]
    );
    // Told the same day, a count still missing is that day's count of the missing.
    let missing = format!("{lede} Eleven people were missing, police said.");
    let still_missing = format!("{lede} Eight people were still missing, police said.");
    assert_eq!(
        rules_and_severities(&[("A", DAY, &missing), ("B", DAY, &still_missing)]),
        [("number-mismatch".to_string(), "Error".to_string())]
    );
    // Two counts that both tell the state are compared as any others.
    let both_a = format!("{lede} Six people are still missing, police said.");
    let both_b = format!("{lede} Nine people were still missing, police said.");
    assert_eq!(
        rules_and_severities(&[("A", DAY, &both_a), ("B", DAY, &both_b)]),
        [("number-mismatch".to_string(), "Error".to_string())]
    );
}

#[test]
fn two_temperatures_whose_roundings_meet_only_at_their_edge_are_two_figures() {
    let lede = "A fishing boat sank off Ardmore on Sunday night.";
    let a = format!("{lede} The sea was around 7C, the lifeboat service said.");
    let b = format!("{lede} The sea was about 9C, the lifeboat service said.");
    assert_eq!(
        rules_and_severities(&[("A", DAY, &a), ("B", DAY, &b)]),
        [("figures-differ".to_string(), "Warning".to_string())]
    );
    // Two sources: their figures differ.
    let c = format!("{lede} The sea was about 9C, fishermen said.");
    assert_eq!(
        rules_and_severities(&[("A", DAY, &a), ("C", DAY, &c)]),
        [("sources-differ".to_string(), "Info".to_string())]
    );
    // A degree apart, the roundings overlap: one estimate told two ways.
    let d = format!("{lede} The sea was about 8C, the lifeboat service said.");
    assert_eq!(found(&[("A", DAY, &a), ("D", DAY, &d)]), []);
}

#[test]
fn an_outlets_own_figure_against_a_credited_one_contradicts() {
    let credited = "Twenty-four people were stranded on the ride, the operator said.";
    let own = "Twenty-eight people were stranded on the ride.";
    let error = vec![("number-mismatch".to_string(), "Error".to_string())];
    assert_eq!(
        rules_and_severities(&[("A", DAY, credited), ("B", DAY, own)]),
        error
    );
    // Told on another day, or hedged, it stays a warning.
    let warning = vec![("figures-differ".to_string(), "Warning".to_string())];
    assert_eq!(
        rules_and_severities(&[("A", DAY, credited), ("B", "2024-03-06", own)]),
        warning
    );
    assert_eq!(
        rules_and_severities(&[
            ("A", DAY, credited),
            (
                "B",
                DAY,
                "Twenty-eight people were reportedly stranded on the ride."
            )
        ]),
        warning
    );
    // An outlet that credits its figure to a source elsewhere tells that source's figure.
    assert_eq!(
        rules_and_severities(&[
            ("A", DAY, credited),
            (
                "B",
                DAY,
                "Twenty-eight people were stranded on the ride. Twenty-eight people were \
                 stranded, police said."
            ),
        ]),
        warning
    );
    // A figure of an earlier event is some tally's, whoever gives it.
    assert_eq!(
        rules_and_severities(&[
            (
                "A",
                DAY,
                "In 2017, 20 people were killed in a fire at the plant."
            ),
            (
                "B",
                DAY,
                "In 2017, 16 people were killed in a fire at the plant, police said."
            ),
        ]),
        warning
    );
    // A magnitude in an outlet's own words is some agency's reading: never an error.
    assert_eq!(
        rules_and_severities(&[
            (
                "A",
                DAY,
                "The U.S. Geological Survey put the magnitude at 5.9."
            ),
            ("B", DAY, "The quake had a magnitude of 6.1."),
        ]),
        warning
    );
}
