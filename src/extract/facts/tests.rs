//! Facts read from sentences shaped like wire copy: one test per kind of fact and per trap.

use crate::article::{Article, ArticleMeta};
use crate::date::Date;
use crate::extract::{Extractor, Fact, FactKind, FactValue};
use crate::rules::RuleSet;

/// The facts of `text` in an article of `date` by "Wire".
pub(super) fn facts_on(text: &str, date: &str) -> Vec<Fact> {
    let rules = RuleSet::builtin().unwrap();
    let meta = ArticleMeta {
        id: Some("a".into()),
        source: Some("Wire".into()),
        date: Date::parse(date),
        ..Default::default()
    };
    let article = Article::from_text(std::path::Path::new("a.txt"), text, &meta).unwrap();
    Extractor::new(&rules).claims_and_facts(&article).1
}

/// (kind, what, value as written, low, high) of each fact.
fn read(text: &str) -> Vec<(FactKind, String, String, f64, Option<f64>)> {
    facts_on(text, "2016-02-21")
        .into_iter()
        .filter_map(|f| {
            let a = f.amount()?.clone();
            Some((f.kind, f.frame.what, a.text, a.low, a.high))
        })
        .collect()
}

/// The one fact of `text`, with its kind and what.
fn one(text: &str) -> Fact {
    let facts = facts_on(text, "2016-02-21");
    assert_eq!(facts.len(), 1, "{facts:#?}");
    facts.into_iter().next().unwrap()
}

/// (what, holder, low end of the amount) of each fact of `kind` in `text`, read as of `date`.
fn lows(text: &str, date: &str, kind: FactKind) -> Vec<(String, Option<String>, f64)> {
    facts_on(text, date)
        .into_iter()
        .filter(|f| f.kind == kind)
        .filter_map(|f| {
            Some((
                f.frame.what.clone(),
                f.frame.holder.clone(),
                f.amount()?.low,
            ))
        })
        .collect()
}

/// The one figure of `text` beside the age of the thing whose year of origin it names
/// ("The zoo, which opened in 1952, …" tells the zoo's age too) and the day of its event.
fn one_beside_origin(text: &str) -> Fact {
    let (ages, rest): (Vec<Fact>, Vec<Fact>) = facts_on(text, "2016-02-21")
        .into_iter()
        .filter(|f| f.kind != FactKind::Day)
        .partition(|f| f.kind == FactKind::Age);
    assert_eq!(ages.len(), 1, "{ages:#?}");
    assert_eq!(rest.len(), 1, "{rest:#?}");
    rest.into_iter().next().unwrap()
}

/// The one figure of `text`, beside the day of its event ("A quake struck on Sunday").
fn one_figure(text: &str) -> Fact {
    let facts: Vec<Fact> = facts_on(text, "2016-02-21")
        .into_iter()
        .filter(|f| f.kind != FactKind::Day)
        .collect();
    assert_eq!(facts.len(), 1, "{facts:#?}");
    facts.into_iter().next().unwrap()
}

#[test]
fn ten_killed_and_ten_dead_are_both_killed() {
    assert_eq!(
        one("Ten people were killed in the blast.").frame.what,
        "killed"
    );
    assert_eq!(one("The blast left ten people dead.").frame.what, "killed");
    assert_eq!(
        one("The death toll rose to 10 on Monday.").frame.what,
        "killed"
    );
}

#[test]
fn counts_of_things_count_the_thing_not_the_damage() {
    let destroyed = one("The quake destroyed seven villages near the coast.");
    let damaged = one("Five villages had been badly damaged, officials said.");
    assert_eq!(
        (destroyed.kind, destroyed.frame.what.as_str()),
        (FactKind::Count, "village")
    );
    assert_eq!(damaged.frame.what, "village");
    assert_eq!(damaged.frame.source.as_deref(), Some("officials"));
    let aftershocks = one("Local radio said four strong aftershocks were felt.");
    assert_eq!(aftershocks.frame.what, "aftershock");
}

#[test]
fn a_crowd_is_a_crowd_however_it_is_put() {
    let put = one("Police put the march at roughly 30,000 people.");
    assert_eq!(put.frame.what, "crowd");
    assert_eq!(put.frame.source.as_deref(), Some("Police"));
    let amount = put.amount().unwrap();
    assert_eq!((amount.low, amount.high), (24_000.0, Some(36_000.0)));
    let streets = one("Organisers said as many as 15,000 people took to the streets of the port.");
    assert_eq!(streets.frame.what, "crowd");
    assert_eq!(streets.amount().unwrap().high, Some(15_000.0));
}

#[test]
fn one_woman_and_two_men_are_three_dead() {
    let fact = one("Firefighters said one woman and two men died in the blaze.");
    let amount = fact.amount().unwrap();
    assert_eq!(
        (fact.frame.what.as_str(), amount.low, amount.high),
        ("killed", 3.0, Some(3.0))
    );
}

#[test]
fn a_man_and_two_women_are_three_dead() {
    for text in [
        "Inside the depot one man and two women died when fumes filled the basement.",
        "Two women and a man died when fumes filled the basement.",
    ] {
        let fact = one(text);
        let amount = fact.amount().unwrap();
        assert_eq!(
            (fact.frame.what.as_str(), amount.low, amount.high),
            ("killed", 3.0, Some(3.0)),
            "{text}"
        );
    }
}

#[test]
fn ages_belong_to_their_person() {
    let comma = one("The driver, 44, was arrested at the scene.");
    assert_eq!(comma.kind, FactKind::Age);
    assert_eq!(comma.frame.holder.as_deref(), Some("driver"));
    let hyphen = one("The 45-year-old driver was arrested at the scene.");
    assert_eq!(
        (hyphen.kind, hyphen.frame.holder.as_deref()),
        (FactKind::Age, Some("driver"))
    );
    let named =
        one("\"I have no idea how we will pay the rent,\" said 58-year-old Dimitra Kallas.");
    assert_eq!(named.frame.holder.as_deref(), Some("kallas"));
    // Which driver: the possessor before the noun, or the noun before it, names it, so
    // that the tram's driver and the lorry's stay two people.
    let tram = one("The tram's driver, 27, was taken to hospital.");
    assert_eq!(tram.frame.holder.as_deref(), Some("tram driver"));
    let tram = one("The 29-year-old tram driver was treated at the scene.");
    assert_eq!(tram.frame.holder.as_deref(), Some("tram driver"));
    let lorry = one("The lorry's driver, 45, was arrested.");
    assert_eq!(lorry.frame.holder.as_deref(), Some("lorry driver"));
    // A pronoun's possessive names no one.
    let its = one("Its driver, 45, was arrested.");
    assert_eq!(its.frame.holder.as_deref(), Some("driver"));
}

#[test]
fn magnitudes_are_read_whichever_way_round() {
    for text in [
        "A 7.1-magnitude quake struck the coast on Sunday.",
        "The quake had a magnitude of 7.1, the survey said.",
        "The quake measured 7.1 on the Richter scale.",
    ] {
        let fact = one_figure(text);
        assert_eq!(fact.kind, FactKind::Magnitude, "{text}");
        assert_eq!(fact.amount().unwrap().low, 7.1, "{text}");
    }
}

#[test]
fn the_source_put_beside_a_magnitude_is_its_source() {
    let facts = facts_on(
        "Ankara's seismology institute put the quake's magnitude at 5.7, but the European \
         Seismological Centre said it was 6.0.",
        "2005-11-28",
    );
    let by: Vec<(f64, Option<&str>)> = facts
        .iter()
        .map(|f| (f.amount().unwrap().low, f.frame.source.as_deref()))
        .collect();
    assert_eq!(by[0], (5.7, Some("Ankara's seismology institute")));
    assert_eq!(
        by.len(),
        1,
        "a bare figure in another clause has no frame: {by:?}"
    );
}

#[test]
fn heights_and_distances_keep_their_units() {
    let fell = one("The climber fell 40 metres down the face.");
    assert_eq!(
        (fell.kind, fell.frame.what.as_str()),
        (FactKind::Measure, "fell")
    );
    assert_eq!(fell.amount().unwrap().unit.as_deref(), Some("metre"));
    let fall = one("He survived a 130ft fall from the cliff.");
    assert_eq!(fall.frame.what, "fell");
    assert_eq!(fall.amount().unwrap().unit.as_deref(), Some("ft"));
    let away = read("The town lies 640 kilometers (400 miles) northwest of Madrid.");
    assert_eq!(away.len(), 2);
    assert!(
        away.iter().all(|f| f.1 == "distance from madrid"),
        "{away:?}"
    );
}

#[test]
fn money_with_its_currency_and_the_conversion_in_brackets() {
    let facts = facts_on(
        "Greece agreed a €110bn ($141bn) bailout at the weekend.",
        "2010-05-05",
    );
    let money: Vec<(String, Option<String>)> = facts
        .iter()
        .map(|f| (f.frame.what.clone(), f.amount().unwrap().unit.clone()))
        .collect();
    assert_eq!(
        money,
        [
            ("bailout".to_string(), Some("eur".to_string())),
            ("bailout".to_string(), Some("usd".to_string()))
        ]
    );
    assert!(facts.iter().all(|f| f.kind == FactKind::Money));
}

#[test]
fn percentages_are_of_the_thing_that_moved() {
    let plunged = one("Spanish stocks plunged 4.7 per cent on the news.");
    assert_eq!(
        (plunged.kind, plunged.frame.what.as_str()),
        (FactKind::Percent, "stock")
    );
    let closed = one("Spanish stocks closed down 2.8 percent.");
    assert_eq!(closed.frame.what, "stock");
    // A share that qualifies a noun is of that noun, not of what the clause named before.
    let premium = one("The offer of $20 a share is a 24 percent premium to Friday's close.");
    assert_eq!(premium.frame.what, "premium");
    // A movement is still of what moved.
    let fall = one("Harlow shares suffered a 6 percent fall on Monday.");
    assert_eq!(fall.frame.what, "share");
}

#[test]
fn a_span_spent_trapped_is_of_being_trapped_however_it_is_put() {
    // "for 38 hours after heavy rain …" is a span of what came before "for", not a time
    // after the rain; "after nearly three days underground" a span spent underground,
    // which the rules make one with being trapped (both named "stranded", the group of
    // those held where they cannot get away from).
    let trapped = one("The group had been trapped for 38 hours after heavy rain flooded the cave.");
    assert_eq!(
        (trapped.kind, trapped.frame.what.as_str()),
        (FactKind::Duration, "stranded")
    );
    let underground = one("The cavers were brought out after nearly three days underground.");
    assert_eq!(
        (underground.kind, underground.frame.what.as_str()),
        (FactKind::Duration, "stranded")
    );
    // A time after an event is still that: "20 minutes after take-off".
    let after = one("The plane turned back 20 minutes after take-off.");
    assert_eq!(after.frame.what, "after take-off");
}

#[test]
fn durations_and_ordinals() {
    let strike = one("Unions called a 24-hour general strike.");
    assert_eq!(
        (strike.kind, strike.frame.what.as_str()),
        (FactKind::Duration, "strike")
    );
    // What lasted is the thing measured, however the copy puts it.
    for text in [
        "The trial lasted nine weeks.",
        "He was convicted after a trial that lasted nine weeks.",
        "He was convicted after a nine-week trial.",
    ] {
        let trial = one(text);
        assert_eq!(
            (trial.kind, trial.frame.what.as_str()),
            (FactKind::Duration, "trial"),
            "{text}"
        );
    }
    let nights = one("Rioters clashed with police for the third night running.");
    assert_eq!(
        (nights.kind, nights.frame.what.as_str()),
        (FactKind::Ordinal, "night")
    );
}

#[test]
fn a_glued_count_counts_its_noun() {
    let panel = one("The ministry set up a 12-member panel to investigate.");
    assert_eq!(panel.frame.what, "member");
    assert_eq!(panel.frame.holder.as_deref(), Some("panel"));
}

#[test]
fn the_day_of_an_event_is_a_fact() {
    let facts = facts_on(
        "Police said the raid on Tuesday netted weapons.",
        "2016-02-21",
    );
    let day = facts.iter().find(|f| f.kind == FactKind::Day).unwrap();
    assert_eq!(day.frame.what, "raid");
    assert_eq!(
        day.value,
        FactValue::Day {
            text: "Tuesday".into(),
            day: Date::parse("2016-02-16"),
        }
    );
}

#[test]
fn an_earlier_quake_is_background_and_so_is_what_follows_it() {
    let facts = facts_on(
        "The last major quake to strike the area was in March, when a 6.2 temblor rocked \
         Rayen. It killed 214 people.",
        "2005-11-27",
    );
    assert!(facts.iter().all(|f| f.background), "{facts:#?}");
    let year = facts_on(
        "A 6.7 quake killed 26,000 people in Bam in 2003.",
        "2005-11-27",
    );
    assert!(
        year.iter()
            .all(|f| f.background && f.frame.time.as_deref() == Some("2003"))
    );
    let ours = one_figure("The quake killed ten people on Sunday.");
    assert!(!ours.background);
}

#[test]
fn a_total_over_two_places_names_both() {
    let total = one("At least 30 people were killed in the attacks on the market and the station.");
    assert_eq!(total.places, ["market", "station"]);
    let part = one("Twelve people died at the station.");
    assert_eq!(part.places, ["station"]);
}

#[test]
fn list_members_are_facts_each() {
    let facts = facts_on(
        "Kerry told reporters that the cessation of hostilities will not apply to terrorist \
         groups, including Islamic State, al-Nusra and others.",
        "2016-02-12",
    );
    let members: Vec<(String, String)> = facts
        .iter()
        .filter(|f| f.kind == FactKind::List)
        .map(|f| match &f.value {
            FactValue::Members { members } => (f.frame.what.clone(), members.join(",")),
            _ => (String::new(), String::new()),
        })
        .collect();
    assert_eq!(
        members,
        [
            (
                "excluded from truce".to_string(),
                "Islamic State".to_string()
            ),
            ("excluded from truce".to_string(), "al-Nusra".to_string())
        ]
    );
    assert!(facts.iter().all(|f| f.claim.as_deref() == Some("a#1")));
}

/// (what, member) of each list fact of `text`.
fn list_facts(text: &str) -> Vec<(String, String)> {
    facts_on(text, "2016-02-12")
        .iter()
        .filter(|f| f.kind == FactKind::List)
        .map(|f| match &f.value {
            FactValue::Members { members } => (f.frame.what.clone(), members.join(",")),
            _ => (String::new(), String::new()),
        })
        .collect()
}

#[test]
fn a_denied_relation_is_its_opposite_and_a_clause_between_names_no_member() {
    assert_eq!(
        list_facts("Islamic State and al-Nusra are not covered by the truce, diplomats said."),
        [
            (
                "excluded from truce".to_string(),
                "Islamic State".to_string()
            ),
            ("excluded from truce".to_string(), "al-Nusra".to_string())
        ]
    );
    // The sentence's opening word is no member, nor a name a clause of its own holds.
    assert!(
        list_facts("The 60 pages of the memo include terms not included in the deal.").is_empty()
    );
    assert!(
        list_facts(
            "After Syria fired a rocket, something not covered by the truce, the talks stalled."
        )
        .is_empty()
    );
}

#[test]
fn how_often_is_counted_by_what_was_done() {
    let met = one("The two leaders have met six times since January.");
    assert_eq!(
        (met.kind, met.frame.what.as_str()),
        (FactKind::Count, "met time")
    );
    let spoken = one("They have spoken by phone 20 times, officials said.");
    assert_eq!(spoken.frame.what, "phone time");
}

#[test]
fn an_age_of_no_one_and_a_number_in_a_name_are_no_facts() {
    assert!(
        facts_on(
            "The mayor said he was behaving like a 12-year-old.",
            "2018-04-26"
        )
        .is_empty()
    );
    assert!(
        facts_on(
            "A Number 10 spokeswoman said talks would go ahead.",
            "2018-04-26"
        )
        .is_empty()
    );
    assert!(facts_on("The No. 2 official at the agency resigned.", "2018-04-26").is_empty());
}

#[test]
fn a_general_statement_is_no_fact() {
    assert!(facts_on("A magnitude 7 quake can cause heavy damage.", "2005-11-28").is_empty());
}

#[test]
fn a_moment_of_the_day_is_part_of_the_frame_and_no_figure() {
    let close = one("The bank's shares closed down 4.1 percent in Frankfurt.");
    assert_eq!(
        (close.frame.what.as_str(), close.frame.moment.as_deref()),
        ("share", Some("at the close"))
    );
    let during = one("At one point the index had fallen 7 percent.");
    assert_eq!(
        (
            during.kind,
            during.frame.what.as_str(),
            during.frame.moment.as_deref()
        ),
        (FactKind::Percent, "index", Some("during the day"))
    );
    assert_eq!(one("The index fell 2 percent.").frame.moment, None);
}

#[test]
fn a_thing_closed_or_opened_is_no_moment_of_trading() {
    // A runway, a road or a festival is closed or opened; a market closes by itself, or
    // closes a day of trading.
    let shut = facts_on(
        "Protesters closed the main road for six hours on Monday, forcing the cancellation of 40 buses.",
        "2016-02-21",
    );
    assert!(!shut.is_empty());
    assert!(shut.iter().all(|f| f.frame.moment.is_none()), "{shut:#?}");
    let opening = facts_on(
        "Nine people were hurt at the opening of the town's summer fair.",
        "2016-02-21",
    );
    assert!(!opening.is_empty());
    assert!(
        opening.iter().all(|f| f.frame.moment.is_none()),
        "{opening:#?}"
    );
    assert_eq!(
        one("The shares closed the day 3 percent lower.")
            .frame
            .moment
            .as_deref(),
        Some("at the close")
    );
    assert_eq!(
        one("At the close of trading the index was down 2 percent.")
            .frame
            .moment
            .as_deref(),
        Some("at the close")
    );
    // A place closed for a while, or closed on a day, is no market's close; a price that
    // closed at a level or moved is.
    for text in [
        "The pool will stay closed for two weeks after 32 people were treated, the fire service said.",
        "Two other beaches were closed on Sunday after the attack.",
        "Most of the 650 courses that closed last year were 18-hole courses.",
    ] {
        let shut = facts_on(text, "2016-02-21");
        assert!(!shut.is_empty(), "{text}");
        assert!(shut.iter().all(|f| f.frame.moment.is_none()), "{shut:#?}");
    }
    assert_eq!(
        one("Halvern shares closed 4.1 percent lower.")
            .frame
            .moment
            .as_deref(),
        Some("at the close")
    );
}

/// (what, holder, place, value as written) of each fact of `text`.
fn framed(text: &str) -> Vec<(String, Option<String>, Option<String>, String)> {
    facts_on(text, "2016-02-21")
        .into_iter()
        .filter_map(|f| {
            let a = f.amount()?.clone();
            Some((f.frame.what, f.frame.holder, f.frame.place, a.text))
        })
        .collect()
}

fn row(
    what: &str,
    holder: Option<&str>,
    place: Option<&str>,
    text: &str,
) -> (String, Option<String>, Option<String>, String) {
    (
        what.to_string(),
        holder.map(str::to_string),
        place.map(str::to_string),
        text.to_string(),
    )
}

#[test]
fn the_worst_hit_few_are_counted_but_the_two_leaders_are_not() {
    assert_eq!(
        framed("Rescuers found him in Karam, one of the 12 worst-hit villages."),
        [row("village", None, None, "12")]
    );
    assert_eq!(
        framed("Aid reached the five worst - hit villages on Tuesday."),
        [row("village", None, None, "five")]
    );
    assert_eq!(framed("The two leaders met in the morning."), []);
}

#[test]
fn what_a_place_has_is_counted_and_held_by_it() {
    assert_eq!(
        framed("The blast hit a school, which has 600 pupils, on Monday."),
        [row("pupil", Some("school"), None, "600")]
    );
    assert_eq!(
        framed("The clinic has 45 nurses."),
        [row("nurse", Some("clinic"), None, "45")]
    );
}

#[test]
fn another_predicate_after_and_keeps_its_place_to_itself() {
    assert_eq!(
        framed(
            "The storm flooded 300 homes in about 20 villages on the coast and was felt across \
             the border in Chile."
        ),
        [
            row("home", None, None, "300"),
            row("village", None, None, "about 20")
        ]
    );
}

#[test]
fn according_to_reports_names_the_reports() {
    let fact = one("The storm killed at least four people, according to reports.");
    assert_eq!(fact.frame.source.as_deref(), Some("reports"));
}

#[test]
fn a_place_named_before_where_is_the_place_of_the_clause() {
    // With a comma or without, after a preposition of place.
    assert_eq!(
        framed("Riots also broke out in Salonika where some 40,000 people marched."),
        [row("crowd", None, Some("Salonika"), "some 40,000")]
    );
    assert_eq!(
        framed("Unrest spread to the port city of Patras, where 8,000 people marched."),
        [row("crowd", None, Some("Patras"), "8,000")]
    );
    // Salonika is Thessaloniki by the built-in places.
    let fact = one("Riots also broke out in Salonika where some 40,000 people marched.");
    assert_eq!(fact.places, ["thessaloniki"]);
    // A person before "where" is no place.
    assert_eq!(
        framed("Police thanked Smith where 500 people marched."),
        [row("crowd", None, None, "500")]
    );
}

#[test]
fn a_sum_before_one_thing_is_its_value() {
    assert_eq!(
        framed("A week later a $4 million tiara was snatched at a gala in Monaco."),
        [row("value", Some("tiara"), Some("Monaco"), "$4 million")]
    );
    assert_eq!(
        framed("Another gang took a gold tiara worth £2.5m from a villa."),
        [row("value", Some("tiara"), None, "£2.5m")]
    );
    // Goods in general are no one thing.
    assert_eq!(
        framed("Thieves made off with jewellery worth £3m."),
        [row("value", None, None, "£3m")]
    );
    assert_eq!(
        framed("Greece agreed a €110bn bailout."),
        [row("bailout", None, None, "€110bn")]
    );
}

#[test]
fn last_year_and_a_range_of_months_name_their_year() {
    let last = facts_on("Police arrested 40 people last year.", "2016-02-21");
    assert_eq!(last.len(), 1, "{last:#?}");
    assert!(last[0].background);
    assert_eq!(last[0].frame.time.as_deref(), Some("2015"));
    // "the last year" is the twelve months up to the article, no calendar year.
    let past = facts_on("Police arrested 40 people in the last year.", "2016-02-21");
    assert!(past.iter().all(|f| f.frame.time.is_none()), "{past:#?}");
    let range = facts_on(
        "The army fired 23 shells between February and December 2015.",
        "2016-04-21",
    );
    assert_eq!(range.len(), 1, "{range:#?}");
    assert_eq!(range[0].frame.time.as_deref(), Some("2015-02"));
}

#[test]
fn last_month_is_the_month_before_the_article_and_meets_its_name() {
    let last = facts_on(
        "He was found guilty last month on 14 counts of fraud.",
        "2023-05-18",
    );
    let named = facts_on(
        "He was convicted on 12 counts of fraud in April.",
        "2023-05-18",
    );
    assert_eq!((last.len(), named.len()), (1, 1), "{last:#?} {named:#?}");
    assert!(last[0].background && named[0].background);
    assert_eq!(last[0].frame.time.as_deref(), Some("2023-04"));
    assert_eq!(last[0].frame, named[0].frame);
    // In January, last month is December of the year before.
    let january = facts_on("Police arrested 40 people last month.", "2024-01-10");
    assert_eq!(january[0].frame.time.as_deref(), Some("2023-12"));
}

fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected
        .iter()
        .map(|(w, m)| (w.to_string(), m.to_string()))
        .collect()
}

#[test]
fn the_defendants_a_suit_names_are_members_each_and_a_denial_is_its_opposite() {
    assert_eq!(
        list_facts("The suit does not name Reyes as a defendant, the paper said."),
        pairs(&[("not a defendant in lawsuit", "Reyes")])
    );
    assert_eq!(
        list_facts(
            "The complaint names the mayor's brother, Tom Reyes, and his aide, Ana Ortiz, as \
             defendants."
        ),
        pairs(&[
            ("defendant in lawsuit", "Tom Reyes"),
            ("defendant in lawsuit", "Ana Ortiz")
        ])
    );
    // A list announced before a colon, after a clause on the count.
    assert_eq!(
        list_facts(
            "Defendants in the lawsuit include two officers who were suspended by Chief Mark \
             Doyle: Lee Park and Dana Cole."
        ),
        pairs(&[
            ("defendant in lawsuit", "Lee Park"),
            ("defendant in lawsuit", "Dana Cole")
        ])
    );
}

#[test]
fn a_name_before_a_noun_or_in_an_apposition_is_no_member() {
    // "Reyes associate Ana Ortiz" and "Reyes's cousin" do not name Reyes.
    assert_eq!(
        list_facts(
            "Also named as defendants were Tom Reyes Jr., Reyes associate Ana Ortiz and \
             Reyes's cousin, Luis Vega."
        ),
        pairs(&[
            ("defendant in lawsuit", "Tom Reyes Jr."),
            ("defendant in lawsuit", "Ana Ortiz"),
            ("defendant in lawsuit", "Luis Vega")
        ])
    );
    // The clause is of the name the apposition follows, not of the name inside it.
    assert_eq!(
        list_facts(
            "Ana Ortiz, a former aide to Mr. Reyes who is named as a defendant in the suit, \
             declined to comment."
        ),
        pairs(&[("defendant in lawsuit", "Ana Ortiz")])
    );
}

#[test]
fn a_month_beside_a_day_measures_no_figure() {
    // "March 23" is a date: neither levy is a count of marchers, in the claim or its facts.
    let text = "The minister on March 23 imposed a 40 percent levy on copper imports and a 5 \
                percent levy on tin.";
    let rules = RuleSet::builtin().unwrap();
    let meta = ArticleMeta {
        id: Some("a".into()),
        source: Some("Wire".into()),
        date: Date::parse("2016-04-02"),
        ..Default::default()
    };
    let article = Article::from_text(std::path::Path::new("a.txt"), text, &meta).unwrap();
    let (claims, facts) = Extractor::new(&rules).claims_and_facts(&article);
    let measures: Vec<_> = claims
        .iter()
        .flat_map(|c| &c.numbers)
        .filter_map(|q| q.measure.as_deref())
        .collect();
    assert!(!measures.contains(&"crowd"), "{measures:?}");
    assert!(facts.iter().all(|f| f.frame.what != "crowd"), "{facts:#?}");
}

/// (kind, what, holder) of each fact of `text`.
fn framed_as(text: &str) -> Vec<(FactKind, String, Option<String>)> {
    facts_on(text, "2016-02-21")
        .into_iter()
        .map(|f| (f.kind, f.frame.what, f.frame.holder))
        .collect()
}

/// The one frame a sentence should give: (kind, what, holder).
fn only(
    kind: FactKind,
    what: &str,
    holder: Option<&str>,
) -> Vec<(FactKind, String, Option<String>)> {
    vec![(kind, what.to_string(), holder.map(str::to_string))]
}

fn age_of(holder: &str) -> Vec<(FactKind, String, Option<String>)> {
    only(FactKind::Age, "age", Some(holder))
}

#[test]
fn an_age_is_the_persons_whatever_word_qualifies_them() {
    // A nationality before the noun qualifies the climber; it is not a name.
    assert_eq!(
        framed_as("A 36-year-old British climber fell from the ridge."),
        age_of("climber")
    );
    // "at the age of" with the death it dates, and "aged" after the place: the person
    // the sentence opens with.
    assert_eq!(
        framed_as("Actress Nora Vance died in hospital at the age of 84, her agent said."),
        age_of("vance")
    );
    assert_eq!(
        framed_as("Nora Vance, who made her name on the stage, died in Boston, aged 85."),
        age_of("vance")
    );
    assert_eq!(framed_as("A man aged 44 was arrested."), age_of("man"));
    // An obituary's "She was 85." is the age of the name the sentence right before opens
    // with, and of no one when that sentence names no one.
    let ages = |text: &str| {
        facts_on(text, "2016-02-21")
            .into_iter()
            .filter(|f| f.kind == FactKind::Age)
            .map(|f| f.frame.holder)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        ages("Nora Vance, the stage actress, died in Boston. She was 85."),
        [Some("vance".to_string())]
    );
    assert_eq!(ages("The actress died in Boston. She was 85."), []);
    // An age at another time of the person's life is no age now.
    assert_eq!(framed_as("Vance moved to New York at the age of 19."), []);
}

#[test]
fn what_a_company_employs_is_counted_as_its_employees() {
    let employees = |holder| only(FactKind::Count, "employee", Some(holder));
    assert_eq!(
        framed_as("Brightwater has about 3,300 employees, the company said."),
        employees("brightwater")
    );
    assert_eq!(
        framed_as("Brightwater employs roughly 3,500 people."),
        employees("brightwater")
    );
    assert_eq!(
        framed_as("Brightwater, which has 3,300 staff, will become a division."),
        employees("brightwater")
    );
    assert_eq!(
        framed_as("Brightwater employs 3,400 workers."),
        employees("brightwater")
    );
    // People with nothing done to them and no one employing them are no count.
    assert_eq!(framed_as("Brightwater thanked 3,500 people."), []);
}

#[test]
fn a_sum_is_the_value_of_the_deal_it_prices() {
    let value_of = |holder| only(FactKind::Money, "value", Some(holder));
    // Words qualifying the contract stand between its article and the sum; "contract" is
    // a deal under the rules' synonyms.
    assert_eq!(
        framed_as("The club signed Ortiz to an eight-year, $180 million contract."),
        value_of("deal")
    );
    // The deal's length is a fact of its own.
    assert_eq!(
        framed_as("Ortiz signed an eight-year deal worth $160 million."),
        [
            (FactKind::Duration, "deal".to_string(), None),
            (
                FactKind::Money,
                "value".to_string(),
                Some("deal".to_string())
            )
        ]
    );
    // A price after a verb of buying: of the deal, or of the one thing bought.
    assert_eq!(
        framed_as("Halcyon said it would buy Brightwater for $5.4 billion in cash and stock."),
        value_of("deal")
    );
    assert_eq!(
        framed_as("The collector sold the painting for $5 million."),
        value_of("painting")
    );
}

/// (what, holder, day as written) of each day fact of `text`, in copy of Monday 4 August
/// 2008.
fn days_of(text: &str) -> Vec<(String, Option<String>, String)> {
    facts_on(text, "2008-08-04")
        .into_iter()
        .filter(|f| f.kind == FactKind::Day)
        .map(|f| {
            let FactValue::Day { text, .. } = f.value else {
                unreachable!("a day fact holds a day")
            };
            (f.frame.what, f.frame.holder, text)
        })
        .collect()
}

#[test]
fn the_day_something_happened_to_someone_is_theirs() {
    let killed = |holder: &str, day: &str| {
        vec![(
            "killed".to_string(),
            Some(holder.to_string()),
            day.to_string(),
        )]
    };
    assert_eq!(
        days_of("A 36-year-old British climber died on Sunday after a fall."),
        killed("climber", "Sunday")
    );
    // Past an aside between commas, and with no "on".
    assert_eq!(
        days_of("A Leeds climber, 37, was killed Saturday when he slipped."),
        killed("climber", "Saturday")
    );
    assert_eq!(
        days_of("Nora Vance, who made her name on the stage, died on Thursday in Boston."),
        killed("vance", "Thursday")
    );
    // One more of a kind is not the one before; an object between verb and day makes the
    // day the doer's, not the one it happened to.
    assert_eq!(days_of("Another man was arrested on Tuesday."), []);
    assert_eq!(days_of("They said we're hurt on Tuesday again."), []);
    assert_eq!(days_of("Police arrested two men on Monday."), []);
}

#[test]
fn flights_floods_and_buildings_give_their_figures() {
    // Who was aboard, who was treated, who is still missing.
    assert_eq!(
        framed_as("A jet with 148 passengers aboard returned to Denver."),
        only(FactKind::Count, "aboard", Some("passenger"))
    );
    assert_eq!(
        framed_as("Two passengers were treated for minor injuries."),
        only(FactKind::Count, "injured", Some("passenger"))
    );
    assert_eq!(
        framed_as("Three people are still missing, police said."),
        only(FactKind::Count, "missing", None)
    );
    // A time counted from an event is of that event, whatever was done in it.
    let after = |text: &str| framed_as(text).into_iter().map(|f| f.1).collect::<Vec<_>>();
    assert_eq!(
        after("The plane turned back 20 minutes after take-off."),
        ["after take-off"]
    );
    assert_eq!(
        after("The plane landed safely about 15 minutes after take-off."),
        ["after take-off"]
    );
    // A number word with its unit glued on: the storeys of the building.
    assert_eq!(
        framed_as("Fire engulfed an eight-storey factory on the outskirts."),
        only(FactKind::Count, "storey", Some("factory"))
    );
}

#[test]
fn passengers_and_crew_are_counted_together_and_each() {
    let facts = facts_on(
        "The plane was carrying 152 passengers and six crew, the airline said.",
        "2016-02-21",
    );
    let counts: Vec<_> = facts
        .iter()
        .map(|f| {
            let a = f.amount().unwrap();
            (
                f.frame.what.as_str(),
                f.frame.holder.as_deref(),
                a.text.as_str(),
                a.low,
            )
        })
        .collect();
    assert_eq!(
        counts,
        [
            ("aboard", Some("passenger"), "152 passengers", 152.0),
            ("aboard", None, "152 passengers and six crew", 158.0),
            ("aboard", Some("crew"), "six crew", 6.0),
        ]
    );
    // People in general are only summed: three dead, one fact.
    assert_eq!(
        one("Firefighters said one woman and two men died in the blaze.")
            .frame
            .holder,
        None
    );
}

#[test]
fn who_was_inside_or_trapped_is_counted() {
    let inside = one("More than 200 workers were inside the building when the fire broke out.");
    assert_eq!(
        (inside.frame.what.as_str(), inside.frame.holder.as_deref()),
        ("inside", Some("worker"))
    );
    let in_it = one("About 150 workers were in the building at the time, a spokesman said.");
    assert_eq!(in_it.frame.what, "inside");
    assert_eq!(
        one("About 40 students were trapped in the school.")
            .frame
            .what,
        "stranded"
    );
    // "were left stranded", "spent the night stuck": the state they were left or spent
    // the time in counts them, as "were trapped" does.
    let left = read("Thirty people were left stranded for about two hours on the pier.");
    assert!(
        left.iter()
            .any(|f| f.0 == FactKind::Count && f.1 == "stranded" && f.3 == 30.0),
        "{left:?}"
    );
    let spent = read("Sixteen climbers spent nearly five hours stuck on the ledge.");
    assert!(
        spent
            .iter()
            .any(|f| f.0 == FactKind::Count && f.1 == "stranded" && f.3 == 16.0),
        "{spent:?}"
    );
    assert!(
        spent
            .iter()
            .any(|f| f.0 == FactKind::Duration && f.1 == "stranded"),
        "{spent:?}"
    );
    // "left" that is no passive leaves nothing counted: "left the hall" is no state.
    assert!(
        read("Forty people left the hall before the vote.")
            .iter()
            .all(|f| f.1 != "stranded"),
    );
    // Who got out, led or on their own, is one count however it is put.
    let led = one("About 90 people were led out through the side doors.");
    let escaped = one("Some 150 people escaped through the side doors.");
    let broke = one("Four prisoners broke out of the jail.");
    // A part of those who escaped is counted by what happened to the part; the group by
    // what it did.
    let back = read("Three of the five inmates who broke out of the jail are back in custody.");
    assert!(
        back.iter().any(|f| f.1 == "recaptured" && f.3 == 3.0),
        "{back:?}"
    );
    assert!(
        back.iter().any(|f| f.1 == "got out" && f.3 == 5.0),
        "{back:?}"
    );
    // A fire that broke out escaped nothing.
    assert!(
        read("The fire broke out after 40 people had left.")
            .iter()
            .all(|f| f.1 != "got out")
    );
    assert_eq!(escaped.frame.what, "got out");
    assert_eq!(led.frame.what, escaped.frame.what);
    assert_eq!(broke.frame.what, escaped.frame.what);
    // Being inside something is no count of who was in a building.
    assert!(
        facts_on(
            "Two people inside the campaign said the memo was real.",
            "2016-02-21"
        )
        .is_empty()
    );
}

#[test]
fn an_age_opening_a_sentence_is_the_person_the_sentence_before_opens_with() {
    let facts = facts_on(
        "Paul Ostrander, the former mayor, was jailed on Thursday. The 63-year-old was \
         convicted in April.",
        "2023-05-18",
    );
    let ages: Vec<_> = facts
        .iter()
        .filter(|f| f.kind == FactKind::Age)
        .map(|f| f.frame.holder.as_deref())
        .collect();
    assert_eq!(ages, [Some("ostrander")]);
    // With no name opening the sentence before, the age is nobody's.
    assert!(
        facts_on("The 63-year-old was convicted in April.", "2023-05-18")
            .iter()
            .all(|f| f.kind != FactKind::Age)
    );
}

#[test]
fn fines_and_profits_are_sums_of_what_they_are() {
    assert_eq!(one("He was fined 300,000 dollars.").frame.what, "fine");
    assert_eq!(
        one("The judge ordered him to pay a fine of 500,000 dollars.")
            .frame
            .what,
        "fine"
    );
    assert_eq!(
        one("Net profit dropped to 1.2 billion euros.").frame.what,
        "profit"
    );
}

#[test]
fn an_area_is_what_was_done_to_it_in_hectares() {
    let burned = one("The fire has burned more than 12,000 hectares, officials said.");
    assert_eq!(
        (burned.kind, burned.frame.what.as_str()),
        (FactKind::Measure, "burned")
    );
    // Another outlet's acres are the same measure under the synonym rules.
    let scorched = one("The blaze has scorched about 18,000 acres.");
    assert_eq!(scorched.frame.what, "burned");
    let FactValue::Amount(area) = &scorched.value else {
        panic!("{scorched:?}")
    };
    assert_eq!(area.unit.as_deref(), Some("acre"));
}

#[test]
fn a_share_of_a_state_and_a_company_held_are_read_as_such() {
    // "20 percent contained" measures the containment, not the blaze.
    assert_eq!(
        one("The blaze was 20 percent contained on Thursday.")
            .frame
            .what,
        "contained"
    );
    // "Shares in Northgate": the company's shares, and no place called Northgate; "in
    // London trading" is the market's session, no place either.
    let shares = one("Shares in Northgate fell 7 percent in London trading.");
    assert_eq!(shares.frame.what, "share");
    assert_eq!(shares.frame.place, None);
}

#[test]
fn a_fine_is_read_across_its_object_and_a_span_counted_over_is_no_duration() {
    let fine = one("In 2021 the regulator fined Northgate 12 million pounds.");
    assert_eq!(
        (fine.kind, fine.frame.what.as_str()),
        (FactKind::Money, "fine")
    );
    let fine = one("The regulator fined the bank $5 million.");
    assert_eq!(fine.frame.what, "fine");
    assert!(
        facts_on(
            "It is the second breach at the bank in three years.",
            "2016-02-21"
        )
        .iter()
        .all(|f| f.kind != FactKind::Duration)
    );
}

#[test]
fn what_was_done_to_a_crowd_or_the_residents_is_what_they_count() {
    // Protesters arrested are arrests, not the size of the crowd.
    let arrested = one("Police said 100 protesters were arrested.");
    assert_eq!(arrested.frame.what, "arrested");
    assert_eq!(one("Officers made 23 arrests.").frame.what, "arrested");
    // Residents ordered out are evacuated, as are people forced to leave.
    assert_eq!(
        one("Some 9,000 residents have been ordered to leave their homes.")
            .frame
            .what,
        "evacuated"
    );
    assert_eq!(
        one("The fire has forced 6,000 people to evacuate.")
            .frame
            .what,
        "evacuated"
    );
    // A town's residents with nothing done to them are still its population.
    assert_eq!(
        one("The town has 40,000 residents.").frame.what,
        "population"
    );
    // Firefighters battling a blaze are those deployed, held by their kind.
    let deployed = one("More than 1,200 firefighters were battling the blaze.");
    assert_eq!(deployed.frame.what, "deployed");
    assert_eq!(deployed.frame.holder.as_deref(), Some("firefighter"));
}

#[test]
fn a_rank_in_a_run_is_an_ordinal_and_a_cleft_is_not() {
    for (text, what) in [
        (
            "It was the third weekend of protests in the capital.",
            "weekend",
        ),
        (
            "It was the fourth death on the mountain this summer.",
            "death",
        ),
        ("It is the bank's second breach.", "breach"),
        (
            "Crowds gathered for the fourth straight weekend.",
            "weekend",
        ),
    ] {
        let rank = one(text);
        assert_eq!(
            (rank.kind, rank.frame.what.as_str()),
            (FactKind::Ordinal, what),
            "{text}"
        );
    }
    // Singling out a floor ranks nothing; an ordinal with no copula before it is no rank.
    assert_eq!(
        read("It is the third floor of the hotel that is on fire."),
        []
    );
    assert_eq!(read("The third suspect fled."), []);
}

#[test]
fn the_day_of_what_happened_is_read_past_where_it_happened() {
    let day_of = |text: &str| {
        facts_on(text, "2022-03-13")
            .into_iter()
            .find(|f| f.kind == FactKind::Day)
            .map(|f| (f.frame.what, f.frame.holder, f.day))
    };
    assert_eq!(
        day_of("About 15,000 people marched through the centre of Valdera on Saturday."),
        Some((
            "crowd".to_string(),
            Some("people".to_string()),
            Date::parse("2022-03-12")
        ))
    );
    assert_eq!(
        day_of("The singer died in hospital on Friday.").map(|d| d.1),
        Some(Some("singer".to_string()))
    );
    // A clause between the verb and the day is no place: the day is not the verb's.
    assert_eq!(
        day_of("Thousands marched, and the minister resigned on Friday."),
        None
    );
}

#[test]
fn the_day_an_event_was_found_is_its_own_and_a_day_told_of_is_none() {
    let days = |text: &str| {
        facts_on(text, "2023-02-09")
            .into_iter()
            .filter(|f| f.kind == FactKind::Day)
            .map(|f| (f.frame.what, f.day, f.background))
            .collect::<Vec<_>>()
    };
    // Found out weeks before the report: background of its year, apart from the day it
    // happened; another outlet's "intrusion" is the same breach.
    assert_eq!(
        days("The bank said it discovered the breach on January 12."),
        [("breach found".to_string(), Date::parse("2023-01-12"), true)]
    );
    assert_eq!(
        days("It detected the intrusion on January 21."),
        [("breach found".to_string(), Date::parse("2023-01-21"), true)]
    );
    assert_eq!(
        days("The blaze on Tuesday destroyed two homes."),
        [("fire".to_string(), Date::parse("2023-02-07"), false)]
    );
    // "condemned the attack on Tuesday": perhaps the day of the condemning.
    assert_eq!(days("The minister condemned the attack on Tuesday."), []);
}

#[test]
fn a_toll_told_by_its_figure_alone_has_its_day() {
    let days = |text: &str| {
        facts_on(text, "2023-02-09")
            .into_iter()
            .filter(|f| f.kind == FactKind::Day)
            .map(|f| (f.frame.what, f.frame.holder, f.day))
            .collect::<Vec<_>>()
    };
    let injured = vec![(
        "injured".to_string(),
        Some("people".to_string()),
        Date::parse("2023-02-04"),
    )];
    assert_eq!(
        days("Nine people were killed and 11 were injured late on Saturday."),
        injured
    );
    assert_eq!(days("Eleven were injured on Saturday."), injured);
    // A figure inside a phrase is no subject: "the other 11".
    assert_eq!(
        days("Police said the other 11 were injured on Saturday."),
        []
    );
}

#[test]
fn crews_where_they_were_sent_and_records_laid_open_are_counted() {
    // Those at the fire lines or the scene were sent there, as those battling it were.
    let deployed = only(FactKind::Count, "deployed", Some("firefighter"));
    assert_eq!(
        framed_as("About 800 firefighters are on the fire lines."),
        deployed
    );
    assert_eq!(
        framed_as("More than 1,200 firefighters were battling the blaze."),
        deployed
    );
    // Whose data a breach laid open, whatever the clause says after it.
    let data = only(FactKind::Count, "data of", Some("customer"));
    assert_eq!(
        framed_as("Hackers stole the personal data of 2.3 million customers."),
        data
    );
    assert_eq!(
        framed_as("The account numbers of 1.3 million customers had been stolen."),
        data
    );
    // Bodies on the ground were sent nowhere.
    assert_eq!(
        framed_as("She said over 40 dead bodies are on the road."),
        []
    );
}

#[test]
fn who_is_in_hospital_is_counted_apart_from_the_wounded() {
    assert_eq!(
        framed_as("Fourteen people remain in hospital."),
        only(FactKind::Count, "in hospital", None)
    );
    assert_eq!(
        framed_as("By Monday, 14 were in hospital."),
        only(FactKind::Count, "in hospital", None)
    );
    // The wounded are counted as wounded, whatever happened to some of them next.
    assert_eq!(
        framed_as("She said 25 of the 90 wounded remained in hospital."),
        only(FactKind::Count, "injured", None)
    );
    assert_eq!(
        read("TWO DEAD, 16 INJURED IN NIGHTCLUB SHOOTING")
            .into_iter()
            .map(|(_, what, text, ..)| (what, text))
            .collect::<Vec<_>>(),
        [
            ("killed".to_string(), "TWO".to_string()),
            ("injured".to_string(), "16".to_string())
        ]
    );
    // A crowd noun is no measure of what happened to the crowd.
    assert_eq!(
        framed_as("Six protesters were arrested after the march."),
        only(FactKind::Count, "arrested", None)
    );
}

#[test]
fn a_count_of_events_counts_events_and_what_was_reported_is_no_source() {
    assert_eq!(
        framed_as("Two marches are planned for the opening day."),
        only(FactKind::Count, "march", None)
    );
    assert_eq!(
        framed_as("Three rallies were held in the capital."),
        only(FactKind::Count, "rally", None)
    );
    // Marchers are people in a march.
    assert_eq!(
        framed_as("Some 5,000 marchers joined them."),
        only(FactKind::Count, "crowd", None)
    );
    let crashes = facts_on(
        "The company said it knew of 41 crashes, with no injuries reported.",
        "2016-02-21",
    );
    let crashes: Vec<_> = crashes
        .iter()
        .map(|f| (f.frame.what.as_str(), f.frame.source.as_deref()))
        .collect();
    assert_eq!(crashes, [("crash", Some("The company"))]);
}

#[test]
fn an_adverb_before_the_participle_keeps_the_measure() {
    let hurt = one("Three hostages were slightly hurt, police said.");
    assert_eq!(
        (hurt.frame.what.as_str(), hurt.frame.holder.as_deref()),
        ("injured", Some("hostage"))
    );
    assert_eq!(
        one("Two men were critically injured.").frame.what,
        "injured"
    );
}

#[test]
fn a_toll_of_an_event_named_between_still_reaches_its_figure() {
    let toll = one("The death toll from Thursday's derailment rose to 10 on Friday.");
    assert_eq!(toll.frame.what, "killed");
    assert_eq!(toll.amount().map(|a| a.low), Some(10.0));
    // A phrase holding a verb is no "of what": nothing is read through it.
    assert!(read("The death toll that officials gave after the crash rose to 10.").is_empty());
}

#[test]
fn hostages_held_and_freed_are_counted_apart_from_arrests() {
    let held = one("A gunman held 12 people hostage in a supermarket.");
    assert_eq!(held.frame.what, "hostage");
    assert_eq!(
        one("Twelve people were taken hostage.").frame.what,
        "hostage"
    );
    let freed = one("Police freed 11 hostages on Friday.");
    assert_eq!(
        (freed.frame.what.as_str(), freed.frame.holder.as_deref()),
        ("freed", Some("hostage"))
    );
    // Held by the police is still an arrest.
    assert_eq!(
        one("Police held 12 people overnight.").frame.what,
        "arrested"
    );
}

#[test]
fn about_rounds_a_figure_only_to_its_last_digit() {
    let at = |text: &str| {
        let (_, _, _, low, high) = read(text).into_iter().next().unwrap();
        (low, high.unwrap())
    };
    // "about 380,000" is rounded to the ten thousand: 412,000 is outside it.
    assert_eq!(
        at("Veltro will recall about 380,000 cars."),
        (370_000.0, 390_000.0)
    );
    // A single significant digit keeps the rule's fifth either way.
    assert_eq!(at("About 300 people were evacuated."), (240.0, 360.0));
    // A five is rounded to the five.
    assert_eq!(at("About 45 people were evacuated."), (40.0, 50.0));
    assert_eq!(
        at("Roughly 2.3 million people were evacuated."),
        (2_200_000.0, 2_400_000.0)
    );
}

#[test]
fn a_percent_before_a_named_change_is_that_change() {
    // "a 9 percent pay rise" is what "a pay rise of 9 percent" is, not what the union wants.
    let before = one("The nurses' union wants a 9 percent pay rise.");
    assert_eq!(
        (before.kind, before.frame.what.as_str()),
        (FactKind::Percent, "rise")
    );
    assert_eq!(
        one("The nurses' union is demanding a pay rise of 9 percent.")
            .frame
            .what,
        "rise"
    );
}

#[test]
fn the_period_a_figure_is_for_is_not_what_it_measures() {
    assert_eq!(
        one("Net profit for the year climbed 6 percent, the bank said.")
            .frame
            .what,
        "profit"
    );
    let revenue = one("Revenue for the quarter was $3.1 billion, the bank said.");
    assert_eq!(
        (revenue.kind, revenue.frame.what.as_str()),
        (FactKind::Money, "revenue")
    );
}

#[test]
fn a_one_off_payment_is_a_sum_of_money() {
    let paid = one("The council offered a one-off payment of £900 to each teacher.");
    assert_eq!(
        (paid.kind, paid.frame.what.as_str()),
        (FactKind::Money, "payment")
    );
}

#[test]
fn the_rank_of_a_day_is_of_what_runs_that_long() {
    let ninth = one("The bus drivers' strike entered its ninth day on Monday.");
    assert_eq!(
        (
            ninth.kind,
            ninth.frame.what.as_str(),
            ninth.frame.holder.as_deref()
        ),
        (FactKind::Ordinal, "day", Some("strike"))
    );
    assert_eq!(
        one("It was the fourth straight day of protests in the capital.")
            .frame
            .holder
            .as_deref(),
        Some("protest")
    );
    // The second day of what, the copy does not say; one day of a trial is no run of it;
    // the first week of March is a date: no fact.
    assert!(facts_on("Talks resumed on the second day.", "2016-02-21").is_empty());
    assert!(
        facts_on(
            "On the second day of the trial, the court heard from a witness.",
            "2016-02-21"
        )
        .is_empty()
    );
    assert!(facts_on("Voters marched in the first week of March.", "2016-02-21").is_empty());
}

#[test]
fn a_part_of_a_group_is_counted_as_the_group_is() {
    let hospital = one("Eleven of the patients have been admitted to hospital, officials said.");
    assert_eq!(
        (
            hospital.frame.what.as_str(),
            hospital.frame.holder.as_deref()
        ),
        ("in hospital", Some("patient"))
    );
    assert_eq!(
        one("Seven of them were pulled out alive, police said.")
            .frame
            .what,
        "rescued"
    );
    // A part with nothing done to it is no count; nor is a part of those a thing
    // happened to.
    assert!(facts_on("Nine of the pupils are girls.", "2016-02-21").is_empty());
    // A part of those a thing happened to, named by who they are, counts that kind among
    // them, never the whole group: "Three of the dead were children" is no toll of three.
    let children = one("Three of the dead were children.");
    assert_eq!(
        (
            children.frame.what.as_str(),
            children.frame.holder.as_deref()
        ),
        ("killed", Some("children"))
    );
}

#[test]
fn a_part_named_after_its_group_is_no_count_of_the_group() {
    // The group first, then the part: "Among the dead were three children" counts the
    // children among the killed, no dead in all.
    for (text, what, kind) in [
        (
            "Among the dead were three children, the coroner said.",
            "killed",
            "children",
        ),
        (
            "Among those injured was one firefighter.",
            "injured",
            "firefighter",
        ),
        (
            "Among the people killed were two nurses.",
            "killed",
            "nurse",
        ),
    ] {
        let facts = facts_on(text, "2016-02-21");
        assert!(
            facts
                .iter()
                .all(|f| f.frame.what == what && f.frame.holder.as_deref() == Some(kind)),
            "{text}: {facts:#?}"
        );
    }
    // The toll itself, and "among" with no group told by what happened to it, still count.
    assert_eq!(
        one("Nine people died, among them a pilot.").frame.what,
        "killed"
    );
    assert_eq!(
        one("Among the passengers, 14 were injured.").frame.what,
        "injured"
    );
}

#[test]
fn a_crew_rescued_is_counted_however_the_copy_puts_it() {
    let lifted = one("Helicopters lifted its 19 crew to safety.");
    let airlifted = one("All 21 crew members were airlifted to safety.");
    for fact in [&lifted, &airlifted] {
        assert_eq!(
            (fact.frame.what.as_str(), fact.frame.holder.as_deref()),
            ("rescued", Some("crew"))
        );
    }
    // The town of the hospital they were flown to is not where they were rescued.
    assert_eq!(
        one("Four were rescued alive and flown to hospital in Tarvo.")
            .frame
            .place,
        None
    );
}

#[test]
fn a_dozen_keeps_its_qualifier() {
    let about = read("About a dozen people were injured, police said.");
    assert_eq!(about.len(), 1, "{about:?}");
    assert!(about[0].3 < 12.0 && about[0].4.is_some_and(|h| h > 12.0));
    let least = read("At least a dozen people were injured.");
    assert_eq!((least[0].3, least[0].4), (12.0, None));
}

#[test]
fn the_day_of_an_event_a_verb_tells_of() {
    let event = |what: &str, day: &str| vec![(what.to_string(), None, day.to_string())];
    assert_eq!(
        days_of("A road bridge collapsed on Saturday near the harbour."),
        event("collapse", "Saturday")
    );
    assert_eq!(
        days_of("An avalanche buried four hikers above the village on Sunday."),
        event("avalanche", "Sunday")
    );
    assert_eq!(
        days_of("Two climbers died when an avalanche struck the ridge on Friday."),
        event("avalanche", "Friday")
    );
    // The day of those it happened to, and of the event "when" opens after it.
    let trapped = days_of("Nine workers were trapped on Thursday when a shaft collapsed.");
    assert!(trapped.contains(&("collapse".to_string(), None, "Thursday".to_string())));
    // Another of its kind and a passive say nothing of its day.
    assert_eq!(days_of("He was fired on Tuesday."), []);
    assert_eq!(days_of("Another avalanche struck on Tuesday."), []);
    // The day an event began is a frame of its own (a strike that began on Monday is
    // still on on Wednesday): "began", "started", "broke out", and a relative clause on
    // an event noun after a place.
    assert_eq!(
        days_of("The strike began on Monday."),
        event("strike began", "Monday")
    );
    assert_eq!(
        days_of("Fighting eased after a riot at the city jail that broke out on Saturday evening."),
        event("riot began", "Saturday")
    );
    assert_eq!(
        days_of("A fire broke out on Sunday in the old mill."),
        event("fire began", "Sunday")
    );
    // A storm's arrival is no thing that happened to it.
    assert_eq!(
        days_of("A storm came ashore on Monday near the port."),
        event("storm", "Monday")
    );
}

#[test]
fn the_day_things_came_to_a_place_is_theirs_past_two_phrases_of_place() {
    let stranded = |day: &str| {
        vec![(
            "stranded".to_string(),
            Some("whale".to_string()),
            day.to_string(),
        )]
    };
    assert_eq!(
        days_of(
            "Forty whales stranded on a remote beach on the east coast of the island on Tuesday."
        ),
        stranded("Tuesday")
    );
    // A relative clause on them: "whales that came ashore".
    assert_eq!(
        days_of(
            "Volunteers tried to save 75 whales that came ashore at Skerra Point on Wednesday."
        ),
        stranded("Wednesday")
    );
}

#[test]
fn a_count_at_a_rate_is_its_own_frame() {
    // "a day", "daily", "a year": the count holds from day to day, never a set of one
    // day's, and never meets a count without its rate.
    assert_eq!(
        framed("The bridge carries about 42,000 vehicles a day."),
        [row("vehicle a day", None, None, "about 42,000")]
    );
    assert_eq!(
        framed("Some 24,000 vehicles use the bridge daily."),
        [row("vehicle a day", None, None, "Some 24,000")]
    );
    // "a year ago" dates the count, "in a week" spans it; neither is a rate.
    assert_eq!(
        framed("Seven villages were cut off a year ago."),
        [row("village", None, None, "Seven")]
    );
    assert_eq!(
        framed("Seven villages were cut off in a week."),
        [row("village", None, None, "Seven")]
    );
}

#[test]
fn a_part_counted_of_them_is_of_what_the_sentence_counted_before() {
    let facts = framed(
        "Fifty-seven whales stranded on the beach on Tuesday, and at least 30 of them died.",
    );
    assert!(
        facts.contains(&row("killed", Some("whale"), None, "at least 30")),
        "{facts:?}"
    );
}

#[test]
fn the_people_a_place_keeps_are_its_roll_whatever_they_are_called() {
    assert_eq!(
        framed("The fire broke out at a school where 640 pupils are enrolled."),
        [row("roll", Some("school"), None, "640")]
    );
    assert_eq!(
        framed("The boys attend a school where about 600 children are taught."),
        [row("roll", Some("school"), None, "about 600")]
    );
    assert_eq!(
        framed("Guards at the jail, which holds about 900 inmates, went on strike."),
        [row("roll", Some("prison"), None, "about 900")]
    );
    assert_eq!(
        framed("They broke out of the prison, where 850 men are held."),
        [row("roll", Some("prison"), None, "850")]
    );
    // Those a place keeps are not those killed in it.
    assert_eq!(
        framed("Gunmen attacked a school where 12 pupils were killed."),
        [row("killed", Some("pupil"), None, "12")]
    );
}

#[test]
fn a_term_passed_is_the_sentence_and_a_term_asked_for_is_apart() {
    let what = |text: &str| one_figure(text).frame.what;
    assert_eq!(
        what("A judge sentenced former mayor Ida Holm to nine years in prison."),
        "sentence"
    );
    assert_eq!(
        what("Holm was jailed for eight years on Monday."),
        "sentence"
    );
    assert_eq!(what("Holm was serving 14 years for fraud."), "sentence");
    assert_eq!(
        what("The prosecution had sought 11 years."),
        "sentence sought"
    );
    assert_eq!(
        what("Prosecutors had asked for a sentence of 12 years."),
        "sentence sought"
    );
    // A stay in custody is no term: "held for two days" after no sentencing.
    assert_eq!(what("Holm was held for two days."), "arrested");
}

#[test]
fn a_kind_of_place_without_a_name_is_a_place() {
    assert_eq!(
        framed("Eleven deaths have been recorded in the capital."),
        [row("killed", None, Some("the capital"), "Eleven")]
    );
}

#[test]
fn the_day_of_an_event_whose_subject_names_where_it_stands() {
    let event = |what: &str, day: &str| vec![(what.to_string(), None, day.to_string())];
    assert_eq!(
        days_of("A footbridge over the Lerro canal collapsed on Monday morning."),
        event("collapse", "Monday")
    );
    assert_eq!(
        days_of("Nobody was hurt when a roof in Palden gave way on Tuesday."),
        event("collapse", "Tuesday")
    );
    // A thing that is no event, before a verb of happening, gives no day.
    assert_eq!(days_of("A crane at the site struck a wall on Friday."), []);
}

#[test]
fn the_counts_of_a_conviction_are_counted_as_a_part_or_whole() {
    assert_eq!(
        framed("The jury convicted her on seven of the ten counts she faced."),
        [row("convicted", Some("count"), None, "seven")]
    );
    assert_eq!(
        framed("She was found guilty on eight counts."),
        [row("convicted", Some("count"), None, "eight")]
    );
    // The counts charged are not those a conviction is on.
    assert_eq!(
        framed("She was charged with ten counts of fraud."),
        [row("count", None, None, "ten")]
    );
}

#[test]
fn a_rate_and_a_share_of_people_in_a_state_measure_one_thing() {
    let what = |text: &str| one_figure(text).frame.what;
    assert_eq!(
        what("Vaccination rates in the county have dropped to 84 percent."),
        "vaccinated"
    );
    assert_eq!(
        what("Only 79 percent of children in the county are fully vaccinated."),
        "vaccinated"
    );
    // A share of people of one kind stays theirs.
    assert_eq!(what("About 40 percent of teachers are trained."), "teacher");
    // A threshold past a comma is no rate.
    let both = read("Vaccination rates have fallen to 84 percent, below the 95 percent needed.");
    assert_eq!(both[0].1, "vaccinated");
    assert_ne!(both[1].1, "vaccinated");
    // Nor is a rate told of another figure before it.
    let two = read("It is taxed at a low 12 percent rate -- well below the top 35 percent rate.");
    assert!(two.iter().all(|f| f.1 != "percent"), "{two:?}");
}

#[test]
fn temperatures_are_read_on_their_scale_and_below_zero() {
    let hot = one_figure("The thermometer hit 38.6C in Larkspur on Tuesday, forecasters said.");
    assert_eq!(
        (hot.kind, hot.frame.what.as_str()),
        (FactKind::Measure, "temperature")
    );
    assert_eq!(hot.amount().unwrap().unit.as_deref(), Some("celsius"));
    assert_eq!(
        read("Overnight the mercury fell to minus 12 degrees Celsius."),
        [(
            FactKind::Measure,
            "temperature".to_string(),
            "minus 12 degrees Celsius".to_string(),
            -12.0,
            Some(-12.0)
        )]
    );
    let fahrenheit = one("Crews battled the flames in heat of 95F.");
    assert_eq!(
        fahrenheit.amount().unwrap().unit.as_deref(),
        Some("fahrenheit")
    );
    // A change of temperature is no reading of one (its Fahrenheit has no offset).
    assert_eq!(
        read("The plan aims to limit warming to 1.5 degrees Celsius (2.7 degrees Fahrenheit)."),
        []
    );
    assert_eq!(read("The sea was 3C warmer than usual."), []);
    // Degrees with no scale may be an angle; a small "c" may be cents.
    assert_eq!(read("The ferry turned 40 degrees to starboard."), []);
    assert!(
        read("Petrol rose 4c a litre.")
            .iter()
            .all(|(_, what, ..)| what != "temperature")
    );
}

#[test]
fn how_long_a_place_was_shut_or_a_loss_went_unseen() {
    let closed = one("The bakery has been closed for ten days.");
    assert_eq!(
        (closed.kind, closed.frame.what.as_str(), closed.frame.moment),
        (FactKind::Duration, "closed", None)
    );
    assert_eq!(
        one("Inspectors ordered the bakery shut for three weeks.")
            .frame
            .what,
        "closed"
    );
    assert_eq!(
        one("The theft was not discovered for five hours.")
            .frame
            .what,
        "unnoticed"
    );
    assert_eq!(
        one("The theft went unnoticed for three hours.").frame.what,
        "unnoticed"
    );
}

#[test]
fn a_part_is_counted_by_what_happened_to_it_past_a_phrase_on_its_group() {
    let ill = one("Nine of the pupils at the village school in Ostra fell ill after lunch.");
    assert_eq!(
        (ill.frame.what.as_str(), ill.frame.holder.as_deref()),
        ("fell ill", Some("pupil"))
    );
    let caught = facts_on(
        "Two of the five inmates who tunnelled out of Brakmoor jail last week are back in custody.",
        "2016-02-21",
    );
    let caught: Vec<_> = caught
        .iter()
        .filter(|f| f.frame.what == "recaptured")
        .map(|f| (f.amount().unwrap().low, f.frame.holder.as_deref()))
        .collect();
    // Inmates are prisoners, as the rules name them.
    assert_eq!(caught, [(2.0, Some("prisoner"))]);
    assert_eq!(
        one("Police said seven had been treated in hospital.")
            .frame
            .what,
        "in hospital"
    );
    // A name further on is no measure: "March" is a month, not a march.
    assert!(
        facts_on(
            "The rules gave him six of the delegates on offer in the March 8 primaries.",
            "2016-02-21",
        )
        .iter()
        .all(|f| f.frame.what != "crowd")
    );
}

#[test]
fn an_age_before_a_noun_is_the_named_person_beside_it() {
    let age = one("The 61-year-old ferry captain, Hendrik Solberg, was arrested on board.");
    assert_eq!(age.kind, FactKind::Age);
    assert_eq!(age.frame.holder.as_deref(), Some("hendrik solberg"));
}

#[test]
fn a_dimension_after_a_length_is_of_the_thing_measured() {
    let deep = one("The snow was four metres deep at the pass.");
    assert_eq!(
        (deep.frame.what.as_str(), deep.frame.holder.as_deref()),
        ("depth", Some("snow"))
    );
    let high = one("In places the water stood some 12 feet high.");
    assert_eq!(
        (high.frame.what.as_str(), high.frame.holder.as_deref()),
        ("height", Some("water"))
    );
}

#[test]
fn a_verb_the_rules_make_an_event_gives_its_day() {
    let day = facts_on(
        "Two men were hurt when a gas main exploded under a street in Cavell on Thursday.",
        "2016-02-21",
    )
    .into_iter()
    .find(|f| f.kind == FactKind::Day && f.frame.holder.is_none())
    .unwrap();
    assert_eq!(day.frame.what, "explosion");
}

#[test]
fn last_years_figure_is_background_of_last_year() {
    let last = one("Last year's budget was 3.2 billion crowns, the mayor said.");
    assert!(last.background, "{last:#?}");
    assert_eq!(last.frame.time.as_deref(), Some("2015"));
}

#[test]
fn speeds_are_read_in_km_h_or_mph_however_written() {
    let units = |text: &str| -> Vec<(String, Option<String>, String)> {
        facts_on(text, "2016-02-21")
            .into_iter()
            .filter(|f| f.kind == FactKind::Measure)
            .filter_map(|f| {
                let a = f.amount()?.clone();
                Some((a.text, a.unit, f.frame.what))
            })
            .collect()
    };
    assert_eq!(
        units("The storm reached the islands with winds of 200 km/h, forecasters said."),
        [("200 km/h".into(), Some("km/h".into()), "winds".into())]
    );
    // Ending the sentence, the "h" keeps its dot as an initial would.
    assert_eq!(
        units("The storm reached the islands with winds of 200 km/h.")
            .first()
            .and_then(|(_, u, _)| u.clone()),
        Some("km/h".into())
    );
    assert_eq!(
        units("The storm brought winds of 125 mph to the islands."),
        [("125 mph".into(), Some("mph".into()), "winds".into())]
    );
    assert_eq!(
        units("Forecasters recorded gusts of 90 miles per hour on the ridge."),
        [(
            "90 miles per hour".into(),
            Some("mph".into()),
            "gusts".into()
        )]
    );
    // A length alone is no speed.
    assert_eq!(
        units("The storm cut a path 150 miles long.")
            .first()
            .and_then(|(_, u, _)| u.clone()),
        Some("mile".into())
    );
}

#[test]
fn homes_and_households_without_power_are_one_count_apart_from_homes_destroyed() {
    let homes = one("The storm left 40,000 homes without electricity.");
    let households = one("About 35,000 households in Ardel lost power, the utility said.");
    for f in [&homes, &households] {
        assert_eq!(
            (f.frame.what.as_str(), f.frame.holder.as_deref()),
            ("without power", Some("home")),
            "{f:#?}"
        );
    }
    let destroyed = one("The storm destroyed 300 homes.");
    assert_eq!(destroyed.frame.what, "home");
}

#[test]
fn a_rise_in_a_thing_is_of_that_thing() {
    let rise = one("The council approved a 3 percent rise in water charges.");
    let raising = one("The council approved raising water charges by 5 percent, the mayor said.");
    assert_eq!(rise.frame.what, "charge");
    assert_eq!(raising.frame.what, "charge");
}

#[test]
fn a_named_storm_coming_ashore_gives_its_day() {
    let day = |text: &str| -> Vec<(String, Option<Date>)> {
        facts_on(text, "2016-02-21")
            .into_iter()
            .filter(|f| f.kind == FactKind::Day)
            .map(|f| (f.frame.what, f.day))
            .collect()
    };
    assert_eq!(
        day("Typhoon Lina made landfall in the north on Friday, the weather agency said."),
        [("typhoon".to_string(), Date::parse("2016-02-19"))]
    );
    assert_eq!(
        day("Hurricane Ada slammed into the islands on Thursday."),
        [("hurricane".to_string(), Date::parse("2016-02-18"))]
    );
}

#[test]
fn a_day_of_a_search_is_ranked_in_its_run() {
    let rank = |text: &str| lows(text, "2016-02-21", FactKind::Ordinal);
    let search = Some("search".to_string());
    assert_eq!(
        rank("Divers searched for a fourth day on Saturday for the missing fishermen."),
        [("day".to_string(), search.clone(), 4.0)]
    );
    assert_eq!(
        rank("Hopes faded on Saturday, the third day of the search, for the missing fishermen."),
        [("day".to_string(), search, 3.0)]
    );
    // A day singled out of a trial is no run.
    assert_eq!(
        rank("On the second day of the trial, the guard testified."),
        []
    );
}

#[test]
fn places_hit_and_places_spared_are_lists_of_the_event() {
    let hit = list_facts(
        "Trains were cancelled at Norby, Hallam and Wessel, while Tarnow was unaffected, the \
         operator said.",
    );
    assert_eq!(
        hit,
        [
            ("affected by the event".to_string(), "Norby".to_string()),
            ("affected by the event".to_string(), "Hallam".to_string()),
            ("affected by the event".to_string(), "Wessel".to_string()),
            ("unaffected by the event".to_string(), "Tarnow".to_string()),
        ]
    );
    assert_eq!(
        list_facts("Officers made raids in Norby, but no raids took place in Hallam."),
        [
            ("affected by the event".to_string(), "Norby".to_string()),
            ("unaffected by the event".to_string(), "Hallam".to_string()),
        ]
    );
}

#[test]
fn a_length_underground_or_below_the_surface_is_a_depth() {
    for text in [
        "Two miners were trapped by rockfall about 200 metres underground, officials said.",
        "The miners were trapped some 650 feet below the surface, officials said.",
    ] {
        let depth = facts_on(text, "2016-02-21")
            .into_iter()
            .find(|f| f.kind == FactKind::Measure)
            .unwrap();
        assert_eq!(
            (depth.frame.what.as_str(), depth.frame.holder.as_deref()),
            ("depth", None),
            "{text}"
        );
    }
    // Below sea level is where a place lies, no depth of the story's.
    assert_ne!(
        one("The town lies 20 metres below sea level.").frame.what,
        "depth"
    );
}

#[test]
fn people_named_by_who_they_are_count_what_happened_to_them() {
    let forced = one("The flood forced about 3,000 residents from their homes.");
    assert_eq!(forced.frame.what, "evacuated");
    let people = one("The flood drove 3,000 people from their homes.");
    assert_eq!(people.frame.what, "evacuated");
    // A measure before the figure keeps its own word.
    assert_eq!(
        one("Crews rescued 40 people from their homes.").frame.what,
        "rescued"
    );
    let relative = one("Divers reached nine cavers who had been trapped by the water.");
    assert_eq!(relative.frame.what, "stranded");
}

#[test]
fn a_body_counting_its_own_branches_in_figures_is_a_count() {
    let stores = one("The grocer will keep its 318 stores open, the administrators said.");
    assert_eq!(stores.frame.what, "store");
    // "Their two leaders" still points at a group named before.
    assert!(facts_on("Their two leaders met on Monday.", "2016-02-21").is_empty());
}

#[test]
fn what_a_company_owes_is_its_debt() {
    for text in [
        "The chain has debts of £95 million, the administrators said.",
        "The chain owes creditors more than £95 million, the administrators said.",
    ] {
        let debt = one(text);
        assert_eq!(
            (debt.kind, debt.frame.what.as_str()),
            (FactKind::Money, "debt"),
            "{text}"
        );
    }
}

#[test]
fn a_named_thing_that_erupts_gives_the_eruptions_day_past_a_dateline() {
    let day = facts_on(
        "BRESK, Feb 19 - Mount Orvel on the island of Bresk erupted on Friday, officials said.",
        "2016-02-21",
    )
    .into_iter()
    .find(|f| f.kind == FactKind::Day)
    .unwrap();
    assert_eq!(day.frame.what, "eruption");
    assert_eq!(day.day, Date::parse("2016-02-19"));
}

#[test]
fn names_after_a_described_group_or_before_a_common_noun_are_members() {
    assert_eq!(
        list_facts("Its brands Tolan and Merrit Home are included in the sale."),
        [
            ("covered by sale".to_string(), "Tolan".to_string()),
            ("covered by sale".to_string(), "Merrit Home".to_string()),
        ]
    );
    assert_eq!(
        list_facts("The Tolan brand is not part of the sale, a spokesman said."),
        [("excluded from sale".to_string(), "Tolan".to_string())]
    );
    assert_eq!(
        list_facts("The gallery's Ansel collection was unaffected, a spokesman said."),
        [("unaffected by the event".to_string(), "Ansel".to_string())]
    );
}

#[test]
fn a_distance_from_a_point_needs_no_compass_word_but_a_fall_is_no_distance() {
    for text in [
        "The cyclist crashed about 3 km from the summit, organisers said.",
        "The cyclist crashed some two miles from the summit.",
    ] {
        let away = one_figure(text);
        assert_eq!(away.frame.what, "distance from summit", "{text}");
    }
    let fell = one("The climber fell 40 metres from the ridge.");
    assert_eq!(fell.frame.what, "fell");
    // No point named after "the": the figure is read as before, not lost.
    let near = one_figure("Geologists recorded a tremor about 45 miles from an old mining site.");
    assert!(!near.frame.what.starts_with("distance"), "{near:#?}");
}

#[test]
fn the_day_a_measure_takes_effect_is_read_after_from() {
    let days = |text: &str| {
        facts_on(text, "2008-08-05")
            .into_iter()
            .filter(|f| f.kind == FactKind::Day)
            .map(|f| (f.frame.what, f.day))
            .collect::<Vec<_>>()
    };
    // A weekday with its date is the date, ahead of the copy.
    assert_eq!(
        days(
            "Parking will be restricted in Orlo and nine nearby villages from Monday, August 11, the council said."
        ),
        [("restricted from".to_string(), Date::parse("2008-08-11"))]
    );
    assert_eq!(
        days("Drivers will have their parking restricted from August 12."),
        [("restricted from".to_string(), Date::parse("2008-08-12"))]
    );
    // The first day of a span says nothing of when a measure begins alone.
    assert!(days("The road will be closed from Monday to Friday.").is_empty());
}

#[test]
fn an_event_with_its_size_before_its_verb_gives_its_day() {
    let days = days_of("A sinkhole about 20 metres wide opened in a car park in Elst on Sunday.");
    assert_eq!(
        days,
        [("sinkhole began".to_string(), None, "Sunday".to_string())]
    );
    let days =
        days_of("A sinkhole some 60 feet across opened at a crossroads on Saturday evening.");
    assert_eq!(days[0].0, "sinkhole began");
}

#[test]
fn a_span_at_large_is_one_on_the_loose() {
    for text in [
        "The wolf was at large for nearly six hours, the park said.",
        "The wolf was on the loose for about three hours.",
    ] {
        let span = one(text);
        assert_eq!(
            (span.kind, span.frame.what.as_str()),
            (FactKind::Duration, "at large"),
            "{text}"
        );
    }
}

#[test]
fn a_share_of_what_the_clause_calls_its_own_has_no_named_holder() {
    let share = one_figure(
        "Rationing will begin in Orlo, after a dry summer left its lakes at 41 percent of capacity.",
    );
    assert_eq!(share.frame.what, "capacity");
    assert_eq!(share.frame.holder, None);
    // A share after a name is still that name's.
    let vote = one("Molder finished second, with 31 percent of the vote.");
    assert_eq!(vote.frame.holder.as_deref(), Some("molder"));
}

#[test]
fn places_an_event_hit_and_a_place_exempt_from_it_are_lists() {
    assert_eq!(
        list_facts("The villages affected include Orlo, Brand and Teske, the council said."),
        [
            ("affected by the event".to_string(), "Orlo".to_string()),
            ("affected by the event".to_string(), "Brand".to_string()),
            ("affected by the event".to_string(), "Teske".to_string()),
        ]
    );
    assert_eq!(
        list_facts("Teske, which has its own reservoir, is exempt, the council said."),
        [("unaffected by the event".to_string(), "Teske".to_string())]
    );
}

#[test]
fn a_place_that_keeps_animals_has_a_roll_and_a_year_in_its_relative_clause_is_not_the_rolls() {
    let kept =
        one_beside_origin("The zoo, which opened in 1952, keeps four tigers, a keeper said.");
    assert_eq!(
        (kept.frame.what.as_str(), kept.frame.holder.as_deref()),
        ("roll", Some("zoo"))
    );
    assert!(!kept.background, "{kept:#?}");
    let facts = facts_on(
        "The escaped pair are two of the eight tigers kept at the zoo.",
        "2016-02-21",
    );
    let roll = facts.iter().find(|f| f.frame.what == "roll").unwrap();
    assert_eq!(roll.amount().unwrap().low, 8.0);
    assert_eq!(
        (roll.frame.holder.as_deref(), roll.frame.place.as_deref()),
        (Some("zoo"), None)
    );
}

#[test]
fn a_length_into_the_sky_is_the_height_of_what_rose() {
    let rose = one_figure("The volcano sent a column of smoke 4 km into the sky on Monday.");
    assert_eq!(
        (rose.frame.what.as_str(), rose.frame.holder.as_deref()),
        ("height", Some("column"))
    );
    let high = one("Officials said the plume rose to a point 9,000 metres high.");
    assert_eq!(high.frame.what, "height");
}

#[test]
fn a_change_from_one_figure_to_another_gives_the_new_one() {
    // The new value alone, read with the measure before its verb of change.
    let toll = one("The death toll rose from 12 to 19 on Sunday.");
    assert_eq!(toll.frame.what, "killed");
    let a = toll.amount().unwrap();
    assert_eq!((a.low, a.high), (19.0, Some(19.0)));
    let later = one("The death toll will climb from 40 to 52, the ministry said.");
    assert_eq!(later.amount().map(|a| a.low), Some(52.0));
    // "go up" with its particle; the payers of the toll are read past "for".
    let lorries = one_figure("Tolls for lorries will go up from £11 to £13.");
    assert_eq!(lorries.frame.holder.as_deref(), Some("lorry"));
    assert_eq!(lorries.amount().map(|a| a.low), Some(13.0));
}

#[test]
fn a_road_toll_is_a_price_charged_to_its_vehicles_never_the_dead() {
    let vans = one_figure("The toll for vans using the Hallam Tunnel will rise from £3 to £3.60.");
    assert_eq!(vans.kind, FactKind::Money);
    assert_eq!(
        (vans.frame.what.as_str(), vans.frame.holder.as_deref()),
        ("road toll", Some("van"))
    );
    assert_eq!(vans.amount().map(|a| a.low), Some(3.6));
    let motorists = one_figure("Motorists will pay €4.80 to use the coastal motorway from May.");
    assert_eq!(
        (
            motorists.frame.what.as_str(),
            motorists.frame.holder.as_deref()
        ),
        ("road toll", Some("vehicle"))
    );
    // The dead are still counted by a death toll, and by a toll alone.
    assert_eq!(one("The toll rose to 31 on Monday.").frame.what, "killed");
}

#[test]
fn a_range_opened_by_between_counts_what_its_clause_says() {
    let hurt = one("Between 15 and 20 people were hurt when the stand gave way.");
    let a = hurt.amount().unwrap();
    assert_eq!(
        (hurt.frame.what.as_str(), a.low, a.high),
        ("injured", 15.0, Some(20.0))
    );
}

#[test]
fn the_rank_of_a_yearly_event_is_its_edition_however_written() {
    for (text, rank) in [
        ("The regatta, now in its 41st year, starts on Friday.", 41.0),
        ("This year's is the 40th edition.", 40.0),
        ("The 39th Lerwick regatta drew 300 boats.", 39.0),
    ] {
        let rank_fact = facts_on(text, "2016-02-21")
            .into_iter()
            .find(|f| f.kind == FactKind::Ordinal)
            .unwrap_or_else(|| panic!("no rank in {text}"));
        assert_eq!(rank_fact.frame.what, "edition", "{text}");
        assert_eq!(rank_fact.frame.holder, None, "{text}");
        assert_eq!(rank_fact.amount().unwrap().low, rank, "{text}");
    }
    // The year of another thing's run keeps its own noun.
    assert!(
        facts_on(
            "The war, now in its fifth year, has displaced millions.",
            "2016-02-21"
        )
        .iter()
        .all(|f| f.frame.what != "edition")
    );
}

#[test]
fn a_rank_with_no_noun_after_it_is_of_the_subject_ranked() {
    let rank = facts_on(
        "The stoppage was the third at the port this year.",
        "2016-02-21",
    )
    .into_iter()
    .find(|f| f.kind == FactKind::Ordinal)
    .expect("a rank");
    // A stoppage is a strike under the rules' synonyms.
    assert_eq!(
        (rank.frame.what.as_str(), rank.amount().unwrap().low),
        ("strike", 3.0)
    );
}

#[test]
fn the_infected_are_cases_and_crew_lifted_off_are_rescued() {
    assert_eq!(
        one("Nine people have been infected, the health agency said.")
            .frame
            .what,
        "case"
    );
    assert_eq!(
        one("Health officials have confirmed 12 cases so far.")
            .frame
            .what,
        "case"
    );
    let lifted = one("All 23 crew members were lifted off by helicopter.");
    assert_eq!(
        (lifted.frame.what.as_str(), lifted.frame.holder.as_deref()),
        ("rescued", Some("crew"))
    );
}

#[test]
fn a_value_up_from_is_the_value_before_the_change_of_its_own_time() {
    // Written on a Friday: "on Wednesday" is two days before.
    let facts: Vec<Fact> = facts_on(
        "Officials confirmed 23 cases of measles in Dorrow on Friday, up from 15 on Wednesday.",
        "2016-02-19",
    )
    .into_iter()
    .filter(|f| f.kind == FactKind::Count)
    .collect();
    let read: Vec<(String, f64, Option<String>)> = facts
        .iter()
        .map(|f| {
            (
                f.frame.what.clone(),
                f.amount().map_or(-1.0, |a| a.low),
                f.frame.time.clone(),
            )
        })
        .collect();
    assert_eq!(
        read,
        [
            ("case".to_string(), 23.0, Some("2016-02-19".to_string())),
            (
                "case before".to_string(),
                15.0,
                Some("2016-02-17".to_string())
            ),
        ]
    );
    // No time after it: the old value is still its own frame, of no day.
    let down = facts_on(
        "Police said 40 people were arrested, down from 52.",
        "2016-02-19",
    );
    let whats: Vec<(&str, f64)> = down
        .iter()
        .map(|f| (f.frame.what.as_str(), f.amount().map_or(-1.0, |a| a.low)))
        .collect();
    assert_eq!(whats, [("arrested", 40.0), ("arrested before", 52.0)]);
    // "up from 11 to 17" is a change read by its new value alone.
    let to = facts_on("The death toll went up from 11 to 17.", "2016-02-19");
    assert_eq!(to.len(), 1);
    assert_eq!(to[0].amount().map(|a| a.low), Some(17.0));
    // A figure before the value that went up is not what it counts: nothing is read for
    // "up from" when it follows no figure read.
    let none = facts_on("Prices were up from last year.", "2016-02-19");
    assert!(none.iter().all(|f| !f.frame.what.ends_with("before")));
}

#[test]
fn no_one_hurt_is_a_count_of_none_and_scope_words_keep_it_to_what_it_says() {
    let zero = |text: &str| -> Vec<(String, Option<String>, f64)> {
        facts_on(text, "2016-02-19")
            .into_iter()
            .filter(|f| f.kind == FactKind::Count)
            .map(|f| {
                (
                    f.frame.what.clone(),
                    f.frame.holder.clone(),
                    f.amount().map_or(-1.0, |a| a.low),
                )
            })
            .collect()
    };
    let injured = vec![("injured".to_string(), None, 0.0)];
    assert_eq!(zero("No one was hurt, the fire service said."), injured);
    assert_eq!(zero("Nobody was injured in the crash."), injured);
    assert_eq!(zero("There were no injuries, police said."), injured);
    assert_eq!(
        zero("No one was killed when the roof of the depot gave way."),
        [("killed".to_string(), None, 0.0)]
    );
    assert_eq!(
        zero("No passengers were hurt."),
        [("injured".to_string(), Some("passenger".to_string()), 0.0)]
    );
    // Scope and degree: others were hurt, or hurt less badly.
    assert_eq!(zero("No one else was hurt in the blast."), []);
    assert_eq!(zero("No one was seriously injured, officials said."), []);
    assert_eq!(zero("There were no serious injuries."), []);
    // No harm, no count: "no one was arrested" is left alone.
    assert_eq!(zero("No one answered the door."), []);
}

#[test]
fn a_person_of_a_figure_is_an_age_and_no_count() {
    // "a woman of 71" is her age: no 71 taken to hospital.
    assert_eq!(
        framed_as("A woman of 71 was taken to hospital with hypothermia, the agency said."),
        age_of("woman")
    );
    assert_eq!(
        framed_as("A man of 40 was arrested at the scene."),
        age_of("man")
    );
    // A group of a figure counts it.
    let group = framed_as("A group of 12 climbers was rescued from the ridge.");
    assert!(group.iter().all(|f| f.0 != FactKind::Age), "{group:?}");
    let crew = framed_as("The ship had a crew of 19 when it ran aground.");
    assert!(crew.iter().all(|f| f.0 != FactKind::Age), "{crew:?}");
}

#[test]
fn an_age_before_a_title_and_a_name_is_the_persons_now() {
    // The name right after the title, no comma between, is whose age it is.
    assert_eq!(
        framed_as("The 47-year-old engineer Mara Ilves founded the firm."),
        age_of("mara ilves")
    );
    // A day after the noun is no name.
    assert_eq!(
        framed_as("The 45-year-old driver Tuesday denied the charge."),
        age_of("driver")
    );
    // A year where a span running to now began ("since … in 2019") leaves the age now's,
    // to meet another outlet's "Mara Ilves, 44".
    let since = facts_on(
        "Its founder, the 47-year-old engineer Mara Ilves, has raised millions since \
         setting up the company in 2019.",
        "2026-12-05",
    );
    let age = since
        .iter()
        .find(|f| f.kind == FactKind::Age)
        .expect("an age");
    assert_eq!(age.frame.holder.as_deref(), Some("mara ilves"));
    assert!(!age.background && age.frame.time.is_none(), "{age:#?}");
    // A year gone by with no "since" still dates the age before its noun.
    let then = facts_on(
        "In 2018, a 29-year-old runner died at the race.",
        "2026-12-05",
    );
    assert!(then.iter().any(|f| f.kind == FactKind::Age && f.background));
}

#[test]
fn a_central_banks_rate_is_its_interest_rate_however_copy_ranks_it() {
    let what = |text: &str| {
        read(text)
            .into_iter()
            .find(|f| f.0 == FactKind::Percent && f.3 > 1.0)
            .map(|f| f.1)
    };
    // The change "by …" before the new level "to …" is passed over.
    assert_eq!(
        what("The bank raised its main interest rate by 25 basis points to 4.25 percent."),
        Some("interest".to_string())
    );
    assert_eq!(
        what("The bank raised its key rate by half a percentage point to 4.5 percent."),
        Some("interest".to_string())
    );
    assert_eq!(
        what("The central bank cut its benchmark rate to 3.75 percent on Thursday."),
        Some("interest".to_string())
    );
    // A rate of a thing keeps its name.
    assert_eq!(
        what("The jobless rate rose by a fraction to 6.2 percent."),
        Some("jobless".to_string())
    );
}

#[test]
fn a_rank_set_after_a_comma_ranks_the_event_its_clause_tells() {
    let ranks = |text: &str| -> Vec<(String, f64)> {
        facts_on(text, "2026-12-05")
            .into_iter()
            .filter(|f| f.kind == FactKind::Ordinal)
            .filter_map(|f| Some((f.frame.what.clone(), f.amount()?.low)))
            .collect()
    };
    assert_eq!(
        ranks("The bank raised its rate to 4.25 percent, its third increase this year."),
        [("rise".to_string(), 3.0)]
    );
    assert_eq!(
        ranks("Rates went up on Thursday, the fourth increase of the year."),
        [("rise".to_string(), 4.0)]
    );
    // As after a copula with "the": "It was its second closure this month."
    assert_eq!(
        ranks("It was its second closure this month."),
        [("closure".to_string(), 2.0)]
    );
    // A superlative ranks a thing by size, no event.
    assert_eq!(ranks("Riverton, the second largest city, was calm."), []);
}

#[test]
fn things_counted_by_a_relative_clause_with_no_that_are_what_it_did() {
    let carried = one_figure("The rocket exploded, destroying the 14 satellites it was carrying.");
    assert_eq!(
        (carried.frame.what.as_str(), carried.frame.holder.as_deref()),
        ("aboard", Some("satellite"))
    );
    // As "carrying 16 satellites" reads.
    let carrying = one_figure("The rocket was carrying 16 satellites.");
    assert_eq!(
        (
            carrying.frame.what.as_str(),
            carrying.frame.holder.as_deref()
        ),
        ("aboard", Some("satellite"))
    );
}

#[test]
fn an_estimate_of_a_price_is_no_price_paid() {
    let sum = |text: &str| {
        let f = one_figure(text);
        (f.kind, f.frame.what)
    };
    assert_eq!(
        sum("The canvas carried a pre-sale estimate of $30 million."),
        (FactKind::Money, "estimate".to_string())
    );
    assert_eq!(
        sum("The vase had been expected to fetch around $2 million."),
        (FactKind::Money, "estimate".to_string())
    );
    // The price it sold for is no estimate.
    assert_eq!(
        sum("The vase sold for $2 million at the sale."),
        (FactKind::Money, "value".to_string())
    );
}

#[test]
fn one_span_of_time_told_through_different_verbs_is_one_duration() {
    // The span an ordeal lasted, whichever verb or noun the copy tells it by: a standoff
    // lasts while its hostages are held, a riot until order is restored, a blackout until
    // power is back; people stranded, stuck or dangling in mid-air are held alike.
    for (text, what) in [
        (
            "Police ended a standoff that lasted five hours at a bank in Orvel.",
            "hostage",
        ),
        (
            "A gunman held shoppers hostage for about three hours at a bank in Orvel.",
            "hostage",
        ),
        (
            "The riot lasted more than ten hours, the ministry said.",
            "riot",
        ),
        (
            "Order was restored after about six hours, the ministry said.",
            "riot",
        ),
        (
            "Power was restored after six hours, the operator said.",
            "blackout",
        ),
        ("The blackout lasted nine hours.", "blackout"),
        ("Hikers were stranded for two days on the pass.", "stranded"),
        ("Passengers dangled in mid-air for three hours.", "stranded"),
        ("The miners were trapped for 40 hours.", "stranded"),
        ("The rescue took about four hours, police said.", "rescue"),
        ("It sold after nearly 15 minutes of bidding.", "bidding"),
        (
            "It sold after a bidding war of about ten minutes.",
            "bidding",
        ),
        ("Delegates met for three days of talks in Varn.", "talk"),
    ] {
        let span = one(text);
        assert_eq!(
            (span.kind, span.frame.what.as_str()),
            (FactKind::Duration, what),
            "{text}"
        );
    }
}

#[test]
fn a_size_before_a_tall_or_long_thing_is_its_height_or_length() {
    for (text, what, holder) in [
        (
            "A 60-metre tower crane collapsed onto a school.",
            "height",
            "crane",
        ),
        (
            "A crane about 150 feet tall toppled onto a school.",
            "height",
            "crane",
        ),
        (
            "The rocket, which stood 38 metres tall, blew up.",
            "height",
            "rocket",
        ),
        (
            "A 45-metre Vega-3 rocket blew up after lift-off.",
            "height",
            "rocket",
        ),
        (
            "The Aster Bay, a 140-metre vessel, ran aground.",
            "length",
            "ship",
        ),
        ("Tugs held the 180-metre ship steady.", "length", "ship"),
    ] {
        let size = one_figure(text);
        assert_eq!(
            (
                size.kind,
                size.frame.what.as_str(),
                size.frame.holder.as_deref()
            ),
            (FactKind::Measure, what, Some(holder)),
            "{text}"
        );
    }
    // A size before anything else keeps its own reading: a fall is no height of a thing.
    let fall = one_figure("He survived a 40-metre fall from the tower.");
    assert_ne!(fall.frame.what, "height");
}

#[test]
fn a_change_with_no_old_value_counts_its_subject() {
    let facts = facts_on(
        "Cases of the infection at the care home have rocketed to 23, up from eight on Monday.",
        "2016-02-21",
    );
    let counts: Vec<(&str, &str)> = facts
        .iter()
        .filter(|f| f.kind == FactKind::Count)
        .filter_map(|f| Some((f.frame.what.as_str(), f.amount()?.text.as_str())))
        .collect();
    assert_eq!(
        counts,
        [("case", "23"), ("case before", "eight")],
        "{facts:#?}"
    );
    // A bare singular name is no count of anything.
    assert!(
        facts_on("The index fell to 17,000 on Monday.", "2016-02-21")
            .iter()
            .all(|f| f.kind != FactKind::Count)
    );
}

#[test]
fn a_verb_of_holding_counts_what_a_building_holds_not_arrests() {
    // "held" before things that are not people is what the holder has.
    let rooms =
        one_beside_origin("The hotel, which opened in 1998 and held 120 rooms, was gutted.");
    assert_eq!(rooms.frame.what, "room");
    assert_eq!(rooms.frame.holder.as_deref(), Some("hotel"));
    assert!(!rooms.background, "{rooms:#?}");
    let containers = one_figure("The freighter held 300 containers of grain.");
    assert_eq!(containers.frame.what, "container");
    // Held people are still arrested.
    let held = one_figure("Police held 14 protesters overnight.");
    assert_eq!(held.frame.what, "arrested");
}

#[test]
fn people_who_hold_things_are_not_held() {
    // "held" with an object of its own: what they hold, never an arrest.
    for text in [
        "About 4,000 fans held season tickets for the club.",
        "Nearly 20 towns held a vote on the plan.",
        "The 12 members held talks on Monday.",
    ] {
        assert!(
            facts_on(text, "2016-02-21")
                .iter()
                .all(|f| f.frame.what != "arrested"),
            "{text}"
        );
    }
    // Held by someone is still an arrest.
    assert_eq!(
        one_figure("About 40 protesters were held overnight.")
            .frame
            .what,
        "arrested"
    );
    assert_eq!(
        one_figure("About 40 protesters held in custody were freed.")
            .frame
            .what,
        "arrested"
    );
}

#[test]
fn a_year_a_thing_came_about_is_no_time_of_its_figures() {
    // "put up in 1974": the building's origin; its flats are counted now.
    let flats = one_beside_origin("The tower, put up in 1969, had 96 flats.");
    assert_eq!(flats.frame.what, "flat");
    assert_eq!(flats.frame.holder.as_deref(), Some("building"));
    assert!(
        !flats.background && flats.frame.time.is_none(),
        "{flats:#?}"
    );
    // One outlet's block of apartments is another's building of flats.
    let apartments = one_beside_origin(
        "The block, which dates from 1969 and held 90 apartments, was due for repairs.",
    );
    assert_eq!(apartments.frame.what, "flat");
    assert_eq!(apartments.frame.holder.as_deref(), Some("building"));
    assert!(!apartments.background, "{apartments:#?}");
    // A year that dates the figure itself stays its time: background.
    let earlier = one_figure("In 1969 a fire killed 12 people in the tower.");
    assert!(earlier.background);
}

#[test]
fn a_building_that_came_down_collapsed_on_its_day() {
    let facts = facts_on(
        "Rescuers have pulled two survivors out since the building came down shortly before dawn on Saturday.",
        "2016-02-21",
    );
    let day = facts.iter().find(|f| f.kind == FactKind::Day).unwrap();
    assert_eq!(day.frame.what, "collapse");
    assert_eq!(day.day, Date::parse("2016-02-20"));
}

#[test]
fn a_rank_over_a_span_counts_the_events_in_it_and_is_no_background() {
    let ranks = |text: &str| -> Vec<(String, f64, bool)> {
        facts_on(text, "2026-12-05")
            .into_iter()
            .filter(|f| f.kind == FactKind::Ordinal)
            .filter_map(|f| Some((f.frame.what.clone(), f.amount()?.low, f.background)))
            .collect()
    };
    // "since 2018" opens the span the rank counts over: the story's own event, no 2018's.
    assert_eq!(
        ranks("It was the operator's third derailment since 2018, the rail regulator said."),
        [("derailment since 2018".to_string(), 3.0, false)]
    );
    // A "that" past "and" opens another clause, no cleft.
    assert_eq!(
        ranks(
            "The regulator said it was the airline's fourth accident since 2018 and that it would act."
        ),
        [("crash since 2018".to_string(), 4.0, false)]
    );
    // "in a decade", "in the past five years": a span in years; none keeps the plain rank.
    assert_eq!(
        ranks("It was the second fatal fire at the plant in a decade."),
        [("fire in 10 years".to_string(), 2.0, false)]
    );
    assert_eq!(
        ranks("Turnout was the third highest in the past five years."),
        [("highest in 5 years".to_string(), 3.0, false)]
    );
    assert_eq!(
        ranks("It was the second fatal fire at the plant this year."),
        [("fire".to_string(), 2.0, false)]
    );
    // "in two years" after the rank of a yearly event is a time ahead: an edition.
    assert_eq!(
        ranks("The city marks its 90th anniversary in two years."),
        [("edition".to_string(), 90.0, false)]
    );
    // After a rank no copula or comma sets on an event, too.
    assert_eq!(
        ranks("The club moves towards its 90th season in two years."),
        [("season".to_string(), 90.0, false)]
    );
}

#[test]
fn a_role_set_beside_a_description_holds_the_age() {
    let holder = |text: &str| -> Option<String> {
        facts_on(text, "2026-12-05")
            .into_iter()
            .find(|f| f.kind == FactKind::Age)
            .and_then(|f| f.frame.holder)
    };
    // The role the story tells of, not "man": another outlet's "The van driver, 52,".
    assert_eq!(
        holder("The van's driver, a 52-year-old man from Selby, was cut free by firefighters."),
        Some("van driver".to_string())
    );
    assert_eq!(
        holder("Police named the victim, a 19-year-old woman."),
        Some("victim".to_string())
    );
    // A comma that ends a phrase before the subject sets no aside: the man is the subject.
    assert_eq!(
        holder("After the crash, a 52-year-old man was arrested."),
        Some("man".to_string())
    );
}

#[test]
fn an_event_day_is_read_past_its_places_what_it_involved_and_a_count_of_its_subject() {
    let days = |text: &str| -> Vec<(String, Option<Date>)> {
        facts_on(text, "2026-12-05")
            .into_iter()
            .filter(|f| f.kind == FactKind::Day)
            .map(|f| (f.frame.what, f.day))
            .collect()
    };
    // A count before the subject of a verb that names the event ("collided": a crash).
    assert_eq!(
        days(
            "Two people died when about 30 cars collided in heavy rain on the A9 near Perth on Wednesday."
        ),
        [("crash".to_string(), Date::parse("2026-12-02"))]
    );
    // The event noun, its modifier, what it involved and up to two places before the day.
    assert_eq!(
        days(
            "Six people were hurt in a serious collision involving a bus and two vans on the ring road near Kellby on Tuesday."
        ),
        [("crash".to_string(), Date::parse("2026-12-01"))]
    );
    // A verb between the event and the day takes the day.
    assert_eq!(
        days("The shooting in Kellby was condemned by the mayor on Tuesday."),
        []
    );
}

#[test]
fn a_part_of_a_numbered_group_is_counted_by_the_verb_before_it() {
    let facts = read("The boat capsized, killing three of the 11 people on board.");
    assert_eq!(
        facts,
        [
            (
                FactKind::Count,
                "killed".to_string(),
                "three".to_string(),
                3.0,
                Some(3.0)
            ),
            (
                FactKind::Count,
                "aboard".to_string(),
                "11".to_string(),
                11.0,
                Some(11.0)
            ),
        ]
    );
    // A count of people and one person of another kind is one count aboard.
    let aboard =
        one_figure("A light aircraft carrying four passengers and a pilot came down on Sunday.");
    assert_eq!(aboard.frame.what, "aboard");
    assert_eq!(aboard.amount().map(|a| a.low), Some(5.0));
}

#[test]
fn a_price_paid_by_each_person_is_a_price_per_head_of_what_it_buys() {
    let price = |text: &str| lows(text, "2026-12-05", FactKind::Money);
    assert_eq!(
        price("Guests had paid £180 each for the river cruise."),
        [(
            "price per head".to_string(),
            Some("cruise".to_string()),
            180.0
        )]
    );
    assert_eq!(
        price("The firm, which charges £150 a head for its river cruises, said it was sorry."),
        [(
            "price per head".to_string(),
            Some("cruise".to_string()),
            150.0
        )]
    );
    // "each" after no verb of paying is no price: a sum each holds.
    assert!(
        price("The two founders are worth $3 billion each.")
            .iter()
            .all(|(what, _, _)| what != "price per head")
    );
}

#[test]
fn people_rushed_to_hospital_or_pulled_from_the_sea_alive_are_counted_so() {
    assert_eq!(
        one("Nine people were rushed to hospital, police said.")
            .frame
            .what,
        "in hospital"
    );
    assert_eq!(
        one("Four climbers were flown to hospital in Sion.")
            .frame
            .what,
        "in hospital"
    );
    assert_eq!(
        one("According to the coastguard, 12 fishermen were pulled from the sea alive.")
            .frame
            .what,
        "rescued"
    );
    // Bodies brought out of the water are no rescue.
    assert!(facts_on("Two bodies were pulled from the water.", "2016-02-21").is_empty());
}

#[test]
fn children_among_the_dead_are_counted_as_children_killed_however_told() {
    let kind = |text: &str| lows(text, "2026-05-02", FactKind::Count);
    let children = |n: f64| ("killed".to_string(), Some("children".to_string()), n);
    let toll = |n: f64| ("killed".to_string(), None, n);
    assert_eq!(
        kind("Four of the dead were children, the coroner said."),
        [children(4.0)]
    );
    assert_eq!(kind("Among the dead were five children."), [children(5.0)]);
    assert_eq!(
        kind("The bus plunged into a ravine, killing 12 people, among them three children."),
        [toll(12.0), children(3.0)]
    );
    // A kind with nothing done to the group is no part of a toll.
    assert!(kind("Six of the guests were children.").is_empty());
}

#[test]
fn a_part_of_the_injured_taken_to_hospital_is_all_in_hospital() {
    let counts = |text: &str| lows(text, "2026-05-02", FactKind::Count);
    let in_hospital = |n: f64| ("in hospital".to_string(), None, n);
    assert_eq!(
        counts("Five of the injured were taken to hospital, one of them in a serious condition."),
        [in_hospital(5.0)]
    );
    assert_eq!(
        counts("Seven of the injured were rushed to hospital with burns."),
        [in_hospital(7.0)]
    );
    // Any other part of a measured group counts nothing of its own: it may be one part of
    // several ("killed by falling trees", others by the flood).
    for text in [
        "Four of the dead were killed by falling trees.",
        "Two of the rescued were injured.",
        "Three of the dead were taken to hospital.",
    ] {
        assert!(counts(text).is_empty(), "{text}: {:?}", counts(text));
    }
}

#[test]
fn a_capacity_is_what_a_licence_allows_not_who_was_aboard() {
    let counts = |text: &str| -> Vec<(String, f64, Option<f64>)> {
        facts_on(text, "2026-05-02")
            .into_iter()
            .filter(|f| f.kind == FactKind::Count)
            .filter_map(|f| {
                let a = f.amount()?;
                Some((f.frame.what.clone(), a.low, a.high))
            })
            .collect()
    };
    let capacity = |n: f64| ("capacity".to_string(), n, Some(n));
    assert_eq!(
        counts("The launch was licensed to carry 24 passengers, the port said."),
        [capacity(24.0)]
    );
    assert_eq!(counts("It was certified for 40."), [capacity(40.0)]);
    assert_eq!(
        counts("The lift can carry up to 12 people."),
        [capacity(12.0)]
    );
    // A licence's "no more than" is the limit itself, so 90 meets no licence for 110.
    assert_eq!(
        counts("The ferry was licensed to carry no more than 110 passengers."),
        [capacity(110.0)]
    );
    // Who was aboard stays a count aboard, beside the capacity.
    assert_eq!(
        counts("The boat, licensed for 20, was carrying 31 people when it sank."),
        [capacity(20.0), ("aboard".to_string(), 31.0, Some(31.0))]
    );
    // A rounding is no limit: it keeps its interval.
    let about = counts("The hall is licensed to hold about 2,000 people.");
    assert!(
        about.len() == 1 && about[0].0 == "capacity" && about[0].1 < 2000.0,
        "{about:?}"
    );
}

#[test]
fn people_counted_at_a_gathering_are_its_crowd() {
    let crowd = |text: &str| -> Vec<(String, f64)> {
        facts_on(text, "2026-05-02")
            .into_iter()
            .filter(|f| f.kind == FactKind::Count)
            .filter_map(|f| Some((f.frame.what.clone(), f.amount()?.low)))
            .collect()
    };
    // The rules' crowd group: what "attended" and "drew a crowd of" measure.
    let attended = crowd("About 12,000 people attended the concert.");
    assert_eq!(attended.len(), 1, "{attended:?}");
    let what = attended[0].0.clone();
    for text in [
        "Some 15,000 people were at the festival, its organisers said.",
        "Organisers said 15,000 people were at the fair on Saturday.",
        "More than 15,000 people had gathered for the vigil.",
        "Around 15,000 people turned out for the parade.",
    ] {
        let read = crowd(text);
        assert!(
            read.len() == 1 && read[0].0 == what,
            "{text}: {read:?} (crowd: {what})"
        );
    }
    // People at a place, or in a state, are no crowd.
    for text in [
        "Six people were at the station when the roof fell.",
        "About 300 people were at risk of flooding.",
        "Some 15,000 people were in the town.",
    ] {
        assert!(crowd(text).iter().all(|(w, _)| *w != what), "{text}");
    }
}

#[test]
fn a_count_keeps_its_measure_past_a_phrase_that_says_which_of_them() {
    let killed = |text: &str| lows(text, "2016-02-21", FactKind::Count);
    assert_eq!(
        killed("Forty people, most of them children, were killed in the fire."),
        [("killed".to_string(), None, 40.0)]
    );
    assert_eq!(
        killed("Thirty vehicles, many of them lorries, were trapped in the tunnel."),
        [("stranded".to_string(), Some("vehicle".to_string()), 30.0)]
    );
    // A phrase that is no such part leaves the count as it was: nothing says what
    // happened to them.
    assert!(
        killed("Forty people, the police said, were in the hall.")
            .iter()
            .all(|(what, _, _)| what != "killed"),
    );
}

#[test]
fn a_figure_after_a_slash_counts_nothing() {
    // A date, a round-the-clock phrase or a web address is no count.
    let counts = |text: &str| -> Vec<String> {
        facts_on(text, "2016-02-21")
            .into_iter()
            .filter(|f| f.kind == FactKind::Count)
            .map(|f| f.frame.what)
            .collect()
    };
    assert!(counts("The 9/11 families met the senators on Tuesday.").is_empty());
    assert!(counts("The clinic now runs 24/7 shifts.").is_empty());
    assert!(counts("Read the full poll at bit.ly/4xkq7T online.").is_empty());
    assert!(!counts("Eleven families met the senators.").is_empty());
}
