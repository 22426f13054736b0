//! Events of our own copy, each told by two or three outlets with the discrepancies
//! outlets really make (tests/fixtures/desk_events/README.md): each planted one is found
//! with its severity, and nothing else is called a contradiction.

use std::path::PathBuf;

use corroborate::check::FindingKind;
use corroborate::rules::Severity;
use corroborate::{RuleSet, article, check, extract_claims};

const EVENTS: &str = "tests/fixtures/desk_events";

/// The contradictions (errors and warnings) of `sets` checked as one batch, as (severity,
/// message up to its first colon).
fn contradictions(sets: &[&str]) -> Vec<(Severity, String)> {
    let rules = RuleSet::builtin().unwrap();
    let paths: Vec<PathBuf> = sets
        .iter()
        .map(|set| PathBuf::from(format!("{EVENTS}/{set}")))
        .collect();
    let files = article::discover(&paths).unwrap();
    let analysis = check(
        extract_claims(article::load(&files).unwrap(), &rules),
        &rules,
    );
    let out: Vec<(Severity, String)> = analysis
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::Contradiction && f.severity != Severity::Info)
        .map(|f| {
            let frame = f.message.split(':').next().unwrap_or_default();
            (f.severity, frame.to_string())
        })
        .collect();
    sorted(out)
}

/// Findings in one order: by severity, then by frame.
fn sorted(mut findings: Vec<(Severity, String)>) -> Vec<(Severity, String)> {
    findings.sort_by(|a, b| (a.0 as u8, &a.1).cmp(&(b.0 as u8, &b.1)));
    findings
}

/// The findings a set must give, as (severity, frame).
fn expected(list: &[(Severity, &str)]) -> Vec<(Severity, String)> {
    sorted(list.iter().map(|&(s, m)| (s, m.to_string())).collect())
}

#[test]
fn every_planted_discrepancy_is_found_and_nothing_else() {
    let found = contradictions(&[
        "contract", "death", "quake", "takeover", "climber", "shooting",
    ]);
    let expected = expected(&[
        (Severity::Error, "age (climber)"),
        (Severity::Error, "age (man)"),
        (Severity::Error, "injured in Padang"),
        (Severity::Error, "killed (climber)"),
        (Severity::Error, "premium"),
        (Severity::Error, "age (marsh)"),
        (Severity::Warning, "age (ramirez)"),
        (Severity::Error, "death"),
        (Severity::Warning, "injured"),
        (Severity::Warning, "killed"),
        (Severity::Warning, "killed (marsh)"),
        (Severity::Warning, "magnitude"),
        (Severity::Error, "married time"),
        (Severity::Warning, "share"),
        (Severity::Warning, "value (deal)"),
    ]);
    assert_eq!(found, expected);
}

#[test]
fn the_second_set_written_after_the_first_was_mended() {
    // Read blind at first (4 of its 10 discrepancies were found), then mended: who was
    // aboard, treated or still missing, a time after take-off, storeys in a number word;
    // then "officials", "fire officials" and a fire service spokesman may be one source,
    // who was inside is counted, a count not written round is not rounded (152 against
    // 148 passengers) and passengers and crew are counted each.
    let found = contradictions(&["fire", "flight", "vote", "flood"]);
    let expected = expected(&[
        (Severity::Error, "aboard (passenger)"),
        (Severity::Error, "injured (passenger)"),
        (Severity::Error, "killed"),
        (Severity::Error, "missing"),
        (Severity::Error, "vote (ortiz)"),
        (Severity::Error, "vote"),
        (Severity::Error, "after take-off"),
        (Severity::Warning, "inside (worker)"),
        (Severity::Error, "rose"),
        (Severity::Warning, "storey (factory)"),
    ]);
    assert_eq!(found, expected);
}

#[test]
fn the_third_set_read_blind_then_mended() {
    // Read blind, 7 of its 16 discrepancies were found; then mended: a named spokesman
    // gives his body's figures, "The 63-year-old" is the person the sentence before opens
    // with, fines and profits are money measures; then "last month" is the month before
    // the article's (the counts of the conviction "last month" and "in April" meet) and
    // what lasted is its subject ("a trial that lasted 11 weeks" meets "a nine-week trial").
    // Then "Twelve of them were taken to hospital" is read as a part ("of them") that
    // counts those in hospital, against "14 were in hospital" (an error). Then the counts
    // a conviction is on are "convicted" (of counts), and the sentence the prosecutors
    // asked for is the "sentence sought", apart from the eight years passed. Then (facts47)
    // a licence is a capacity whose "no more than" is the limit itself: the ferry licensed
    // to carry "no more than 150" against "licensed for 120" (an error, the port authority
    // on both sides, the same day).
    let found = contradictions(&["ferry", "layoffs", "storm", "trial"]);
    let expected = expected(&[
        (Severity::Error, "aboard"),
        (Severity::Error, "capacity"),
        (Severity::Error, "in hospital"),
        (Severity::Error, "age (keel)"),
        (Severity::Error, "age (ostrander)"),
        (Severity::Error, "convicted (count) (earlier event, 2023)"),
        (Severity::Error, "flight"),
        (Severity::Error, "killed"),
        (Severity::Error, "sentence sought"),
        (Severity::Error, "trial (earlier event, 2023)"),
        (Severity::Error, "age (woman)"),
        (Severity::Error, "fine"),
        // An error since the carmaker's own figures are read as its own on both sides
        // ("Halvern Motors said on Wednesday it would cut 4,000 jobs", "the German carmaker
        // announced on Wednesday"): one company, one day, 4,000 against 4,500.
        (Severity::Error, "job"),
        (Severity::Warning, "missing"),
        // Not planted, and right to ask: one outlet's fall in the day against the other's
        // at the close.
        (Severity::Warning, "share in Frankfurt"),
    ]);
    assert_eq!(found, expected);
}

#[test]
fn the_fourth_set_read_blind_then_mended() {
    // Read blind, 5 of its 22 discrepancies were found; then mended: areas in hectares
    // and acres, a share of a state ("20 percent contained"), "Shares in X", a fine read
    // across its object, arrests, evacuees and those deployed, a rank in a run, the day
    // of what happened past where it happened, and people of one kind above everyone
    // the same thing happened to. 13 of 22; then two rounded estimates far apart (about 60
    // against some 90 km), and the day a breach was found ("discovered the breach on
    // January 12" against "detected the intrusion on January 21") and firefighters "on the
    // fire lines" (counted as those sent), 16; then "the lender said" read as the bank
    // named before it, so its count of customers meets the bank's own, 17; then (with the
    // eleventh set's mends) "fire officials" and "the state fire agency" may be one body
    // (both say "fire"), so the area burned (more than 12,000 hectares against about 18,000
    // acres) and the homes destroyed (85 against at least 120) are warnings, no longer
    // "sources differ": 19 of 22.
    let found = contradictions(&["bus", "march", "wildfire", "breach"]);
    let expected = expected(&[
        (Severity::Error, "age (firefighter)"),
        (Severity::Error, "arrested"),
        (Severity::Error, "data of (customer)"),
        (Severity::Error, "fine (earlier event, 2021)"),
        (Severity::Error, "injured (officer)"),
        (Severity::Error, "crowd"),
        (Severity::Error, "share"),
        (Severity::Error, "the breach found (earlier event, 2023)"),
        // Lost on 6 December 2026 with the eighth set's mends: "the third weekend of
        // protests in the capital" is now of a place of its own ("the capital" without its
        // name is a part of the country), apart from "the fourth straight weekend" in
        // Valdera, the capital itself. Kept so: a toll in the capital against one across
        // the country was a false error.
        (Severity::Error, "age (driver)"),
        (Severity::Warning, "burned"),
        (Severity::Error, "contained"),
        (Severity::Error, "deployed (firefighter)"),
        (Severity::Warning, "distance from capital"),
        (Severity::Warning, "evacuated"),
        (Severity::Warning, "home"),
        (Severity::Warning, "injured (passenger)"),
        (Severity::Error, "killed"),
        (Severity::Error, "crowd (people)"),
    ]);
    assert_eq!(found, expected);
}

#[test]
fn the_fifth_set_read_blind_then_mended() {
    // Read blind on 6 December 2026: of nine planted discrepancies, the driver's age, the
    // toll (seven against nine, railway officials against officials: a warning) and the
    // carriages off the rails were found, and 14 against 41 crashes only as "sources
    // differ". Then mended: the next day's toll of 10 ("the death toll from Thursday's
    // derailment rose to 10") joins the toll's warning; "about 380,000" is rounded to the
    // ten thousand, so 412,000 is outside it (a warning: the qualifier's rule alone would
    // allow it; cars are vehicles, and "Carmaker Veltro" is an organisation "the company"
    // stands for); "Veltro said …" names an organisation too (a bare name that speaks and
    // never has a first name), so 14 against 41 crashes "per the company" is an error; two
    // hostages hurt against three ("slightly hurt").
    // 7 of 9. Then, on 7 December 2026, 8 of 9: a standoff lasts as long as its hostages
    // are held ("a standoff that lasted six hours" against "held 12 people hostage for
    // nearly eight hours", an error: police on both sides, one day).
    // Still missed: 11 hostages freed against 12 held (not the same count: one may have
    // got out before).
    // The driver's age is a warning since "the spokesman" is read as the railway spokesman
    // named two sentences before (6 December 2026, later): railway officials and a railway
    // spokesman may be one source or two, and such figures are never an error.
    let found = contradictions(&["derail", "recall", "hostage"]);
    let expected = expected(&[
        (Severity::Warning, "age (driver)"),
        (Severity::Error, "crash"),
        (Severity::Error, "hostage"),
        (Severity::Error, "injured (hostage)"),
        (Severity::Error, "carriage"),
        (Severity::Warning, "killed"),
        (Severity::Warning, "vehicle"),
    ]);
    assert_eq!(found, expected);
}

#[test]
fn the_sixth_set_read_blind_then_mended() {
    // Read blind on 6 December 2026: of twelve planted discrepancies, two were found (the
    // crush's toll, 21 against at least 26, and the shares' rise after hours), the
    // foreman's age only as "sources differ" ("the company" was read as the ministry named
    // before it), and the quarter's revenue and the strike's pay demand were each reported
    // as an agreement. Then mended: a one-off payment is a sum of money (£1,500 against
    // £1,200); "a 12 percent pay rise" is the rise, as "a pay rise of 15 percent" is;
    // "net profit for the quarter climbed" and "revenue for the quarter was" measure the
    // profit and the revenue, not the quarter; "union leaders" speak for the union; a
    // description ("the company") is not another description ("the ministry"). 7 of 12;
    // then the rank of a day in a run is of what runs ("the strike entered its ninth day"
    // against "was in its eighth day"), 8 of 12; then the day a verb tells of ("trapped on
    // Tuesday when a tunnel collapsed" against "since a tunnel collapsed on Wednesday": a
    // collapse), 9 of 12.
    // Then, on 7 December 2026, 10 of 12: the second against the third deadly crush at
    // the ground in a decade, an error (a rank over a span is of the events in it, "in a
    // decade" on both sides; "the stadium" is the lede's "Porto Velha stadium", so the place
    // carried from the sentence before is the story's own).
    // Still missed: 14 against 17 miners trapped (the second is of a later day: apart),
    // about 42,000 fans against some 48,000 (the outlet's own against the organisers').
    // Reported though compatible, by the checker's rule for lower bounds far apart: more
    // than 100 against at least 130 injured (a warning).
    let found = contradictions(&["mine", "crush", "earnings", "strike"]);
    let expected = expected(&[
        (Severity::Error, "age (foreman)"),
        (Severity::Error, "crush in 10 years"),
        (Severity::Error, "day (strike)"),
        (Severity::Error, "killed"),
        (Severity::Error, "payment"),
        (Severity::Error, "revenue"),
        (Severity::Error, "rise"),
        (Severity::Error, "share"),
        (Severity::Error, "the collapse"),
        (Severity::Warning, "injured"),
        (Severity::Warning, "profit"),
    ]);
    assert_eq!(found, expected);
}

#[test]
fn the_seventh_set_read_blind_then_mended() {
    // An avalanche, a tanker's spill, a measles outbreak and a court's verdict, written on
    // 6 December 2026 and read blind before any mend: of twelve planted discrepancies,
    // three were found (the guide 43 against 34, an error; about 4,000 against around
    // 6,000 tonnes spilled and a fine of 500,000 against 800,000 crowns, warnings), and
    // the toll (five against six) was hidden in an agreement. Then mended: a part of a
    // group that something happened to is counted ("Eleven of the patients have been
    // admitted to hospital", "Seven of them were pulled out alive"); "pulled out alive",
    // "pulled … alive" and "airlifted to safety" are rescues; "22 crew members" are crew;
    // being flown to hospital somewhere is a predicate of its own, whose town is no place
    // of the rescue; "About a dozen" keeps its qualifier; the day of an event a verb tells
    // of ("An avalanche buried … on Wednesday" against "an avalanche struck … on
    // Thursday"); skiers, climbers, hikers and miners are kinds of people, so six skiers
    // killed cannot stand beside five people killed (a warning). 8 of 12.
    // Then, with the eighth set's mends, all 12: 420 pupils enrolled against about 380
    // children taught (the school's roll, a warning), 81 against 76 percent vaccinated (a
    // rate of vaccination against a share of children vaccinated), a sentence of seven
    // years against six ("sentenced X to" and "jailed for" are the sentence; the ten
    // years sought stay apart) and nine of 12 counts against eleven (the counts a
    // conviction is on).
    let found = contradictions(&["avalanche", "spill", "measles", "verdict"]);
    let expected = expected(&[
        (Severity::Error, "age (guide)"),
        (Severity::Error, "convicted (count)"),
        (Severity::Error, "rescued"),
        (Severity::Error, "rescued (crew)"),
        (Severity::Error, "sentence"),
        (Severity::Error, "the avalanche"),
        (Severity::Error, "vaccinated"),
        (Severity::Error, "fine (crown)"),
        (Severity::Warning, "in hospital (patient)"),
        (Severity::Warning, "killed (skier)"),
        (Severity::Warning, "roll (school)"),
        (Severity::Warning, "tonne"),
    ]);
    assert_eq!(found, expected);
}

#[test]
fn the_eighth_set_read_blind_then_mended() {
    // A bridge collapse, a prison escape, a heatwave and a hospital group's ransom, written
    // on 6 December 2026 and read blind before any mend: of twelve planted discrepancies,
    // five were found (five against seven killed and a fall of 20 metres against some 40ft,
    // errors; the ringleader 34 against 31, an error; admissions up 30 against 45 percent
    // and a ransom of $4.5 against $2.5 million, warnings), and one false error: nine
    // deaths "in the capital" against 21 across the country. Then mended: "the capital"
    // without its name is a place of its own, a part (no finding); a subject may name
    // where it stands and "gave way" is a collapse (the collapse on Friday against
    // Thursday, an error); a prison's roll ("the jail, which holds about 1,200 inmates"
    // against "the prison, where 950 men are held", a warning). 7 of 12.
    // Then, with the ninth set's mends, 10 of 12: four against five of the six escapees
    // recaptured ("back in custody" is recaptured, read past the clause on the group;
    // inmates are prisoners), about four against nearly seven hours unnoticed ("was not
    // discovered for" is "went unnoticed for", a warning), 44.1C against 43.5 degrees
    // Celsius (temperatures are read, on one scale, an error: one weather service).
    // Then, with the tenth set's mends, 11 of 12: Marlow Royal among the hospitals where
    // operations were cancelled against "while Marlow Royal was unaffected" (a list of the
    // places the event hit and of those it spared; a list ends before "while"), an error.
    // Still missed: 18 against 15 years (the second is told "in 2021", background, the
    // first not).
    // No discrepancy and none reported: the 70-metre span against about 230 feet, the
    // 2009 footbridge (background), at least 11 in hospital against 14 injured, the 22
    // years prosecutors sought, 14 officers (the union) against 20 staff (the ministry),
    // more than 110F, the 2019 heatwave (background), about a dozen against 12 wildfires,
    // the 6,000 staff and the council's £3 million in 2024 (background).
    let found = contradictions(&["bridge", "escape", "heatwave", "ransom"]);
    let expected = expected(&[
        (Severity::Error, "age (kvist)"),
        (Severity::Error, "fell"),
        (Severity::Error, "killed"),
        (Severity::Error, "marlow royal"),
        (Severity::Error, "recaptured (prisoner)"),
        (Severity::Error, "temperature"),
        (Severity::Error, "the collapse"),
        (Severity::Error, "heatstroke"),
        (Severity::Warning, "ransom"),
        (Severity::Warning, "roll (prison)"),
        (Severity::Error, "unnoticed"),
    ]);
    assert_eq!(found, expected);
}

#[test]
fn the_ninth_set_read_blind_then_mended() {
    // A chemical plant's explosion, a food-poisoning outbreak at a wedding, a landslide and
    // a drug seizure, written on 6 December 2026 and read blind before any mend: of twelve
    // planted discrepancies, two were found (14 against 11 houses, a warning; about 40
    // million euros against €25 million, a warning), the toll (at least eight against six)
    // only as "sources differ" (the fire service against the police: kept so, by the
    // contract), and the guests who fell ill (31 against at least 40) hidden in an
    // agreement. No false finding.
    // Then mended: temperatures are read ("minus 4C" against "minus 9 degrees Celsius", an
    // error; 31C against about 88F, no finding); a part is counted by what happened to it
    // past a phrase on its group ("Thirty-one of the guests at a wedding reception at … fell
    // ill"; guests are people of a kind), an error; "treated in hospital" is in hospital
    // (about a dozen against 20, a warning); "closed for 14 days" is of no trading moment,
    // "shut" is closed and days and weeks compare (an error); "The 49-year-old plant
    // manager, Ilse Brandt," is Brandt's age (an error); "30 metres deep" and "some 50 feet
    // deep" are the mud's depth (a warning); "a storage tank exploded … on Monday" is the
    // explosion's day, and two named sources' days of one event disagree (a warning).
    // 9 of 12.
    // Then, with the tenth set's mends, 11 of 12: "searched for a third day" against "on
    // Sunday, the second day of the search" (a day named before its rank, and a verb's
    // run, rank the search's days; a warning: the outlet's own against the civil
    // protection agency), and Vell among the places raided against "no searches took
    // place in Vell" (places hit and places spared; "no" denies the relation), an error.
    // Still missed: the toll (sources differ).
    // No discrepancy and none reported: 23 injured on both sides and four of them
    // seriously (a part), 2 km against about 1.2 miles of smoke, the fire service's 300
    // against the union's 500 evacuated, the 2019 fire, 2017 outbreak and 2008 landslide
    // (background), about 150 against 152 guests, the six children among those in
    // hospital, up to 200 mm forecast against about 120 mm fallen, nine missing and three
    // bodies on both sides, 2.1 tonnes against more than two, the captain 61 on both sides
    // and seven arrested on both.
    let found = contradictions(&["explosion", "poisoning", "landslide", "seizure"]);
    let expected = expected(&[
        (Severity::Error, "age (brandt)"),
        (Severity::Error, "closed"),
        (Severity::Error, "fell ill (guest)"),
        (Severity::Error, "temperature"),
        (Severity::Error, "vell"),
        (Severity::Error, "day (search)"),
        (Severity::Error, "depth (mud)"),
        (Severity::Warning, "home"),
        (Severity::Warning, "in hospital"),
        (Severity::Warning, "the explosion"),
        (Severity::Error, "value"),
    ]);
    assert_eq!(found, expected);
}

#[test]
fn the_tenth_set_read_blind_then_mended() {
    // A cyclone, a museum theft, a blackout and a city budget, written on 6 December 2026
    // and read blind before any mend: of twelve planted discrepancies, six were found
    // (310,000 against some 240,000 evacuated, six against four paintings stolen, the guard
    // 58 against 62, 35 against roughly 60 percent of the grid and the second against the
    // third blackout this year, errors; power back after nine against 14 hours, a warning),
    // and one false error: last year's budget (4.5 billion crowns) against this year's 4.8
    // billion ("last year's" was no background cue).
    // Found on 7 December 2026, 10 of 12: winds of 190 km/h against 150 mph, a warning
    // (each told on the day its outlet gives the landfall: one event's winds).
    // Then mended: "last year's" is of the year before, background; "1.2 million homes
    // without electricity" and "800,000 households in Tesland lost power" count homes
    // without power (households are homes; a place named after the noun is passed over to
    // what happened to them), an error; "a 4 percent rise in property tax" is of the tax,
    // as "raising property tax by 6 percent" is, an error; a named storm that "made
    // landfall" or "slammed into" the coast gives the cyclone's day (Monday against
    // Tuesday, a warning: the outlet's own against the weather bureau's). 9 of 12, and no
    // false finding.
    // Still missed: the gang inside for less than four minutes against a raid
    // that lasted about ten (two words for one span of time), and a Carsel among the works
    // taken against "the museum's Carsel collection was unaffected" (a possessive, and a
    // list after "works by").
    // No discrepancy and none reported: at least 11 against eleven killed, the 2013
    // cyclone (background), a surge of up to four metres forecast against about two
    // metres, 75 mph or roughly 120 km/h, the museum's €30 million against an insurer's
    // 18 million euros, the 2009 theft (background), 300,000 homes in the capital (a
    // part), the operator's forecast of 24 hours, the 2003 blackout (background), the
    // opposition's 2 percent, 1.1 billion crowns for schools.
    let found = contradictions(&["cyclone", "museum", "blackout", "budget"]);
    let expected = expected(&[
        (Severity::Error, "age (guard)"),
        (Severity::Error, "blackout"),
        (Severity::Error, "capacity"),
        (Severity::Error, "evacuated"),
        // Since 7 December 2026 the share "of the national grid's capacity" is of the
        // capacity (the head of its noun phrase), no longer of the grid: the same finding.
        (Severity::Error, "tax"),
        (Severity::Error, "value"),
        (Severity::Error, "without power (home)"),
        // "Power was restored after nine hours" measures the blackout (named so since 7
        // December 2026, when the rules made an outage last until power is back).
        (Severity::Error, "blackout"),
        (Severity::Error, "the cyclone"),
        // Since 7 December 2026: a figure told on the day its outlet gives the event is of
        // that event, so the winds meet across the two days (never as an error).
        (Severity::Warning, "winds"),
    ]);
    assert_eq!(found, expected);
}

#[test]
fn the_eleventh_set_read_blind_then_mended() {
    // A volcano's eruption, a tower crane's collapse, a department store chain's
    // administration and a cave rescue, written on 6 December 2026 and read blind before
    // any mend: of fifteen planted discrepancies, three were found (two against three
    // workers killed and the crane operator 51 against 57, errors; five against eight
    // injured, a warning), two against three injured in the eruption only as "sources
    // differ", credited to the dateline's "TAVEL" (an all-capital place read as an acronym's
    // organisation, which "the island's disaster agency" was taken to stand for). No false
    // finding.
    // Then mended, 11 of 15 and no false finding: a dateline's place is no organisation;
    // "debts of" and "owes creditors" measure a debt (£310 million against more than £400
    // million); "forcing 4,500 residents from their homes" counts the evacuated (a noun of
    // who they are gives way to what happened to them) and about 4,500 against some 7,000
    // is a warning; "Mount Kesra … erupted on Thursday" gives the eruption's day past the
    // dateline and the name (against "late on Friday", a warning); two counts rounded both
    // ways whose readings to their last digit do not meet are estimates apart (about 4,800
    // against about 6,000 jobs); "its 212 stores" counts the stores, which are shops (221,
    // a warning); "about 300 metres underground" and "some 600 feet below the surface" are
    // a depth (a warning); "seven cavers who had been trapped" counts the trapped (against
    // eight); sources whose names share the word of what they do may be one body
    // ("mountain rescue officials" and "the rescue service", "disaster officials" and "the
    // disaster agency"); and "Its brands Linden, Carro and Maple Home are included in the
    // administration" against "The Carro brand is not part of the administration" (an
    // error).
    // Then, with the twelfth set's mends, 12 of 15: 38 hours trapped against nearly three
    // days underground, a warning ("trapped for 38 hours after heavy rain flooded …" is a
    // span of being trapped, not a time after the rain; a span spent underground is one
    // spent trapped).
    // Then, with the thirteenth set's mends, 13 of 15: an ash column 6 km into the sky
    // against a plume 12,000 metres high, a warning (a length "into the sky" is a height of
    // what rose; a column is a plume).
    // Still missed: the 60-metre crane against one about 150 feet tall (since 7 December
    // 2026 both are the crane's height, a size glued before a tall thing being its height,
    // but "about 150 feet" is read wide enough to reach 60 metres: "differ" on the fact
    // sheet), and two against three injured stays "sources differ" (the island's disaster
    // agency against unnamed officials).
    // No discrepancy and none reported: more than 80 against 86 flights, at least 12
    // against 14 villages, 5 km against three miles, the 2014 eruption's 16 killed
    // (background), about 200 against some 180 workers on the site, the 22-storey hotel,
    // the 2021 death (background), the inspectors' eight months, founded in 1898 against
    // 128 years old, the 2024 loss against this year's expected loss, 40 stores closed
    // since 2023, more than 100 against about 120 rescuers, the leader 34 on both sides,
    // two in hospital on both, and the 2011 rescue's 60 hours (background).
    let found = contradictions(&["eruption", "crane", "insolvency", "cave"]);
    let expected = expected(&[
        (Severity::Error, "age (lorn)"),
        (Severity::Error, "carro"),
        (Severity::Error, "killed (worker)"),
        (Severity::Warning, "debt"),
        (Severity::Warning, "depth"),
        (Severity::Warning, "evacuated"),
        (Severity::Error, "height (column)"),
        (Severity::Error, "injured"),
        (Severity::Warning, "job"),
        (Severity::Error, "store"),
        (Severity::Warning, "the eruption"),
        // Named "stranded" since 7 December 2026: the rules make one group of those held
        // where they cannot get away from (trapped, stranded, stuck, underground).
        (Severity::Warning, "stranded"),
        (Severity::Warning, "stranded (caver)"),
    ]);
    assert_eq!(found, expected);
}

#[test]
fn the_twelfth_set_read_blind_then_mended() {
    // A mass stranding of pilot whales, a tram's collision with a lorry, a prison riot and a
    // bridge toll's rise, written on 6 December 2026 and read blind before any mend: of
    // fifteen planted discrepancies, three were found (31 against 13 injured, about 70
    // km/h against 25 mph and six against nine officers hurt, errors), about 80 against
    // some 140 passengers only as "sources differ" (the ambulance service's sentence
    // against the police's), and nothing false.
    // Then mended, 10 of 15 and no false finding: whales that "came ashore" or were
    // "beached" are stranded (57 against 75, a warning); "at least 30 of them" are of what
    // the sentence counted before (whales: against 21 of the whales, a warning); the day
    // of those a verb tells of past two phrases of place ("stranded on a remote beach on
    // the east coast of … on Tuesday") and through a relative clause ("whales that came
    // ashore at … on Wednesday"), a warning; "The tram's driver, 27," and "the
    // 29-year-old tram driver" are one driver, the lorry's another (an error); the day an
    // event began is a frame of its own ("The disturbance began on Sunday" against "a
    // riot … that broke out on Saturday", a warning; a disturbance is a riot); a day ahead
    // without its year in December copy ("will rise … on January 1", "from February 1")
    // is of the next year, so the rise is no background, and a rise is an increase (about
    // 16 against 27 percent, a warning); a count at a rate holds from day to day ("about
    // 42,000 vehicles a day" against "some 24,000 … daily", a warning).
    // Then, 11 of 15: the car toll of £5.20 against £5.70, a warning ("will rise from
    // £4.50 to £5.20" gives the new toll, not a range of the two; a toll for cars, a
    // bridge toll or a toll beside a sum is a price, never a count of the dead; "paying
    // £5.70 to cross" is a toll, and drivers with no vehicle named pay the car rate; a
    // toll set from one day meets one set from another, never as an error; two sums in
    // one currency are compared as written, not with an exchange rate's slack).
    // Still missed: about 150 inmates who set fires against some 40 who took part (two
    // verbs for who rioted), the day the toll takes effect (January 1 against February 1),
    // and the passengers (sources differ). Found on 7 December 2026: a riot of more than
    // 12 hours against order restored after about five (a riot lasts until order is
    // restored; an error, the justice ministry on both sides), 12 of 15.
    // No discrepancy and none reported: about 400 volunteers on Wednesday against more
    // than 600 on Thursday, up to 6 metres against 20 feet long, about 40 km against
    // some 25 miles, 19 against nearly 20 refloated, the 145 whales of 2019 and seven
    // years ago (background), at least five calves (a part), a limit of 30 km/h against
    // 20 mph, 50 metres against about 160 feet, the lorry driver 45 on both sides, four
    // in hospital, the 2017 derailment (background), the union's 14 staff, the prison's
    // 850 inmates and 600 places, the 2016 riot (background), the minister's age, the
    // lorries' £11 and £13, the 2021 rise (background), the 54-year-old bridge opened in
    // 1972, £40 million against £40m, the alliance's £500 a year.
    let found = contradictions(&["whales", "tram", "riot", "toll"]);
    let expected = expected(&[
        (Severity::Error, "age (tram driver)"),
        (Severity::Error, "injured"),
        (Severity::Error, "injured (officer)"),
        (Severity::Error, "riot"),
        (Severity::Error, "travelling"),
        (Severity::Warning, "killed (whale)"),
        (Severity::Warning, "rise"),
        (Severity::Warning, "road toll (vehicle)"),
        (Severity::Warning, "stranded (whale)"),
        (Severity::Warning, "stranded (whale)"),
        (Severity::Error, "the riot began"),
        (Severity::Warning, "vehicle a day"),
    ]);
    assert_eq!(found, expected);
}

#[test]
fn the_thirteenth_set_read_blind_then_mended() {
    // A sinkhole, a zoo's escaped snow leopards, a marathon runner's death and a drought's
    // water rationing, written on 6 December 2026 and read blind before any mend: of
    // sixteen planted discrepancies, five were found (the taxi driver 62 against 64, the
    // zoo's director 51 against 49, 11 against eight runners taken to hospital and 120
    // against 100 litres a day, errors; the runner 34 against 43, a warning, beside the
    // 29-year-old who died at the race in 2018, background not read as such), two against
    // three leopards only as "sources differ" (the zoo against the police) and two against
    // three cars swallowed only as "differ" on the fact sheet (city officials against the
    // city council). The rationing's first day (December 14 against 15) and the reservoirs
    // (23 against 32 percent) were hidden in an agreement. No false error.
    // Missed blind: the cars, the sinkhole opening on Monday against Sunday, the
    // leopards, nearly five hours at large against about two on the loose, "No one was
    // hurt" against a keeper injured, five against six snow leopards kept at the zoo, 2 km
    // against 5 km from the finish, the race's 38th year against its 37th edition, the
    // first day and the reservoirs, and Mirel among the towns affected against "Mirel …
    // is exempt".
    // Then mended, 10 of 16 (11 with the roll below) and no false finding: an age before its noun in a sentence of a
    // year gone by is of that year ("In 2018, a 29-year-old runner died": background; an
    // age after a name stays the person's now); "about 2 km from the finish" is a distance
    // from a point without a compass word (against about 5 km, a warning: race organisers
    // against organisers), unless something went that far ("fell 40 metres from");
    // "opened" starts an event, past the subject's size ("A sinkhole about 30 metres wide
    // opened … on Monday" against "on Sunday", a warning; a sinkhole is an event); a
    // participle before "from" and a day gives the day a measure takes effect, and a
    // weekday with its date is that date ("rationed … from Monday, December 14" against
    // "from December 15", an error); a share of what the clause calls "its" is nobody's
    // named ("left its reservoirs at 23 percent of capacity" against 32, an error); "the
    // towns affected include" lists the places hit, "is exempt" one spared (Mirel, an
    // error); "at large" is "on the loose" (nearly five against about two hours: "sources
    // differ", the zoo against the police). Then a zoo keeps a roll ("two of the five snow
    // leopards kept at the zoo" against "The zoo, which opened in 1934, keeps six snow
    // leopards", an error; a year in a relative clause set off by commas no longer makes
    // the figure after it background): 11 of 16. Once the dateline ("CASTEL, Dec 8 -")
    // stopped being part of the lede's sentence, the rationing's day is the statement's
    // own day and the authority's two days are one error of the statement (the day fact
    // it covers is not reported twice).
    // Then, with the fourteenth set, 12 of 16: the race's 38th year against its 37th
    // edition, an error (the rank of an event held again and again is its edition: "the
    // race, now in its 38th year", "The 37th Orsa marathon").
    // Then, on 7 December 2026, 13 of 16: the cars, two against three, a warning (each
    // told on the day its outlet gives the sinkhole's opening: figures of one event).
    // Still missed: the leopards and their hours at large (sources differ), "No one was hurt"
    // against a keeper injured.
    // No discrepancy and none reported: about 30 metres wide against roughly 100 feet
    // across, about 15 metres against some 50 feet deep, around 120 residents against more
    // than 100 people moved out, at least six weeks against about two months of repairs,
    // an estimated 4 million euros against about €4m, the 2019 sinkhole and the main laid
    // in 1958 (68 years old), the keeper's age, about 3,000 visitors on both sides, the
    // 2021 enclosure and the 2015 wolf (background), more than 40 against some 60 treated,
    // 27C against about 80F, about 12,000 against 12,500 starters, the 2018 runner
    // (background), 14 towns and about 400,000 people on both sides, fines of up to 500
    // euros, 61 percent a year ago and the 2008 rationing of four months or about 120 days
    // (background).
    let found = contradictions(&["sinkhole", "zoo", "marathon", "drought"]);
    let expected = expected(&[
        (Severity::Error, "age (amsel)"),
        (Severity::Error, "age (strand)"),
        (Severity::Error, "capacity"),
        (Severity::Error, "edition"),
        (Severity::Error, "in hospital"),
        (Severity::Error, "litre a day"),
        (Severity::Error, "mirel"),
        (Severity::Error, "roll (zoo)"),
        (
            Severity::Error,
            "the regional water authority (Lowland Press Agency) puts it on \"Monday, December 14\" \
             (2026-12-14) but the regional water authority (Western Herald) on \"December 15\" \
             (2026-12-15)",
        ),
        (Severity::Warning, "age (runner)"),
        (Severity::Warning, "distance from finish"),
        (Severity::Warning, "the sinkhole began"),
        (Severity::Warning, "vehicle"),
    ]);
    assert_eq!(found, expected);
}

#[test]
fn the_fourteenth_set_read_blind_then_mended() {
    // A cargo ship aground off Halvik, a Legionnaires' outbreak at a hospital, an airport
    // shut by drones and a firework fired into a festival crowd, each told by three
    // outlets (wire, broadsheet or local paper, tabloid), written on 7 December 2026 and
    // read blind before any mend. Seventeen discrepancies were planted: the crew lifted
    // off (19 against 21), the ship's length (180 against 140 metres), its fuel (about 600
    // against some 900 tonnes), "No one was injured" against two crew treated for minor
    // injuries, the captain 52 against 57; the cases (14 against 17), the dead (three
    // against two), Walter Brisk 78 against 87, the cases on Wednesday ("up from 11"
    // against "up from nine"); the flights cancelled (more than 300 against around 180),
    // the passengers affected (some 40,000 against about 25,000), the runway shut nearly
    // nine against about six hours, the man arrested 34 against 43, the airport's third
    // drone closure this year against its second; eleven against eight taken to hospital,
    // the festival's 25th year against its 24th edition, between 15 and 20 against about
    // 40 more treated at the scene.
    // Read blind as one batch, the four stories fell into nine: the drones' and the
    // fireworks' three outlets share only their town's name (Kestrel, Dunmere), below the
    // evidence a story needs, and the wire's grounding copy stays apart from the other two
    // (their ledes differ on the captain's age and each names its own people). So only 1
    // of 17 was found (three against two dead, a warning) and Brisk's age only as "sources
    // differ" (his family against his daughter). Each set read as a batch of its own (the
    // grounding still split), 5 of 17: the dead, the flights (a warning, "closed its
    // runway" taken for a market's close), the hours the runway was shut, the man's age
    // (warnings) and eleven against eight in hospital (a warning, "at the opening of the
    // festival" taken for a market's opening). Nothing false either way.
    // Then mended, each set alone, 10 of 17 and nothing false: a moment's word of closing
    // or opening before a thing closed or opened ("closed its runway", "at the opening of
    // the festival") is no moment of trading (the flights now an error); a range opened by
    // "between" is read in the clause of its second figure ("Between 15 and 20 people were
    // treated", though the other side's "about 40 more" is still not read); the rank of an
    // event held again and again is its edition ("now in its 25th year" against "the 24th
    // edition", an error); a rank with no noun after it is of the subject its copula ranks
    // ("The closure was the second at the airport this year" against "the airport's third
    // drone closure", an error, "the airport" being the lede's Kestrel Airport); the
    // infected are cases (14 against 17, a warning: the agency against "health
    // officials"); crew "lifted off" are rescued (21 against 19, between the two grounding
    // stories that did meet, a warning); a family and its members are one source (Brisk 78
    // against 87, an error). Once the grounding's three outlets are one story (ledes that
    // both name the ship and the sound in full tell one event): the captain 52 against 57
    // (a warning) and 19 against 21 crew lifted off between the two same-day outlets (an
    // error).
    // Then, on 7 December 2026, 12 of 17: a size glued before a thing that lies long is its
    // length ("a 140-metre vessel" against "the 180-metre ship", a warning: next-day copy;
    // a vessel is a ship). Then 13 of 17: the cases on Wednesday, "up from 11" against "up
    // from nine" (a warning: a change with no old value counts its subject, "Cases of …
    // have rocketed to 17", and the value before a change is of the day the copy names,
    // compared across the days of the copy).
    // On 7 December 2026 (counts45) the tabloid's next-day 320 flights joins the flights'
    // error as another value (a count of flights meets next-day copy): 320 against the
    // airport's around 180, beside the same day's more than 300 against around 180.
    // Still missed: the grounding's fuel and injuries; the passengers ("were
    // affected" against "had their journeys disrupted"); the crowd treated at the scene.
    // No discrepancy and none reported: about 2 nautical miles against some 4 km off the
    // shore, the 2011 spill (background), "more than 600" against about 600 tonnes, the
    // town's 4,200 residents, the 2019 hotel outbreak (background), between 200 and 250
    // against around 230 tested, 60C against 140F, the water at about 40C, the 81-year-old
    // father; at least 40 against around 45 sightings, about 400ft against some 120 metres,
    // more than eight against nearly nine hours, 320 against more than 300 flights, the
    // 2019 closure of 33 hours (background); the girl of 14 on every side, about 30,000
    // against more than 25,000 watching, about 10 against roughly ten minutes, the 2016
    // stage (background).
    let mut found = Vec::new();
    for set in ["grounding", "outbreak", "drones", "fireworks"] {
        found.extend(contradictions(&[set]));
    }
    let expected = expected(&[
        (Severity::Error, "age (brisk)"),
        (Severity::Error, "closure"),
        (Severity::Error, "edition"),
        (Severity::Error, "flight"),
        (Severity::Error, "rescued (crew)"),
        (Severity::Warning, "age (captain)"),
        (Severity::Warning, "length (ship)"),
        (Severity::Warning, "age (man)"),
        (Severity::Warning, "case"),
        (Severity::Warning, "case before"),
        (Severity::Error, "in hospital"),
        (Severity::Warning, "killed (patient)"),
        (Severity::Error, "runway"),
    ]);
    assert_eq!(sorted(found), expected);
}

#[test]
fn the_fifteenth_set_read_blind_then_mended() {
    // A cable car stalled above a ski resort, a rocket lost after lift-off, an auction
    // record and a central bank's rate rise, three or four outlets each (wire, broadsheet,
    // tabloid or trade paper, local paper), written on 7 December 2026 and read blind
    // before any mend. Nineteen discrepancies were planted: 64 against 58 passengers
    // stranded (and "More than 60" against 58), up to seven against nearly nine hours,
    // nine against 12 cabins, "No one was hurt" against a woman of 71 taken to hospital
    // with hypothermia, some 80 mountain rescuers against about 50 rescue workers, the
    // second against the third breakdown this winter (the company against holidaymakers);
    // about 90 seconds against just over two minutes after lift-off, 14 against 16
    // satellites, a rocket 38 metres tall against a 45-metre one, the founder 44 against
    // 47, the explosion on Friday against Thursday evening; $41.5 million against $44.2
    // million including fees, about 12 against nearly 20 minutes of bidding, five against
    // seven bidders, an estimate of $30 million against $25m; the rate 4.25 against 4.5
    // percent, the third against the fourth rise this year, inflation up from 4.8 against
    // 4.6 percent, the governor 58 against 61.
    // Read blind, each set alone and as one batch of fifteen, 2 of 19: the seconds after
    // lift-off (a warning) and the governor's age (an error). The cable car's local paper
    // was a story of its own (its lede names only the ridge, which the wire names lower
    // down, and it quotes its own mayor): 62 stories for 61 events. Nothing false among
    // errors and warnings; one false "sources differ" (info): the $41.5 million sale
    // against "under $2m" for the artist's smaller works. Also read wrong: "A woman of 71"
    // as 71 taken to hospital; the founder's "47-year-old engineer Mara Ilves" held by
    // "engineer" and dated 2019 by "since setting up the company in 2019".
    // Then mended, 6 of 19 and nothing false, alone and as one batch: "a woman of 71"
    // is an age; an age before a title and a name is the name's, and "since … in 2019"
    // leaves it the person's now (the founder 44 against 47, an error); a central bank's
    // "key" or "main" rate is its interest rate, the change "by …" before the level "to …"
    // passed over (4.25 against 4.5 percent, an error); a rank set after a comma ranks the
    // event its clause tells ("…, its third increase this year" against "the fourth
    // increase", an error); things counted with a relative clause of no "that" ("the 14
    // satellites it was carrying") are counted by it (against 16, a warning). The
    // estimate is read on every side, but $25m is the catalogue's against the outlets' own
    // $30 million: "differ" on the fact sheet, no finding.
    // Then, on 7 December 2026, 8 of 19: up to seven hours stranded against nearly nine
    // hours dangling in mid-air (people held aloft are stranded, a warning: police against
    // the outlet's own words), and about 12 against nearly 20 minutes of bidding ("a
    // bidding battle of" is the bidding; "N minutes of X" is a span of X, a warning). Then
    // 9 of 19: a size glued before a thing that stands tall is its height ("a 45-metre
    // Helix-2 rocket" against "The rocket, which stood 38 metres tall", a warning).
    // Still missed: the passengers stranded ("stranded" against "trapped", people against
    // passengers), the cabins ("the nine stalled
    // cabins" read as a known group), no one hurt against the woman in hospital, the
    // rescuers ("rescue workers" not read), the breakdowns ("the third time the lift had
    // broken down"); the rocket's day (the day is the main clause's, the explosion in an "as" clause);
    // the price ("paid $44.2 million", "The $41.5m paid for" not read), the bidders (a bare count on the
    // next day's copy is compared only within a day: a running tally may have grown), the
    // estimate (sources differ); inflation's month before (the second figure not read).
    // The false "sources differ" on the $41.5 million sale against "under $2m" stays
    // (info).
    // No discrepancy and none reported: 40 metres against 130 feet, the 1998 opening and
    // the 2019 fall (background), at least two weeks against about a fortnight, 900,000
    // passengers last season; about 12 km against some 40,000 feet, some 30 km against
    // about 19 miles, more than a dozen against 14 or 16 satellites, the 2023 maiden
    // flight (background); the $36 million hammer price against the total with fees, the
    // 2019 record of $28 million and "seven years ago", more than 60 years ago against
    // 1962, the evening sale's $212 million; 25 basis points against a quarter of a
    // percentage point, the 2 percent target, the 3.5 percent forecast for next year, 7
    // percent in 2008 (background), the krone's 0.8 percent on both sides.
    // Mended on 7 December 2026 (a count of a thing nothing else frames meets next-day
    // copy unless it is a running tally): five against seven bidders (a warning).
    let expected = expected(&[
        (Severity::Error, "age (ilves)"),
        (Severity::Error, "age (strand)"),
        (Severity::Error, "interest"),
        (Severity::Error, "rise"),
        (Severity::Warning, "aboard (satellite)"),
        (Severity::Warning, "after lift-off"),
        (Severity::Warning, "bidder"),
        (Severity::Warning, "bidding"),
        (Severity::Warning, "height (rocket)"),
        (Severity::Error, "stranded"),
    ]);
    let mut alone = Vec::new();
    for set in ["cablecar", "rocket", "auction", "rates"] {
        alone.extend(contradictions(&[set]));
    }
    assert_eq!(sorted(alone), expected);
    // Read as one batch of the four sets (and of all fifteen: the same findings). The
    // cable car's local paper joins its story there (a text alone joins the one story whose
    // ledes tell its event in its lede's words, on its day): nothing it says meets a
    // figure of the others to differ.
    assert_eq!(
        contradictions(&["cablecar", "rocket", "auction", "rates"]),
        expected
    );
}

#[test]
fn the_sixteenth_set_read_blind() {
    // An apartment block's collapse (wire, broadsheet on the next day, tabloid, local
    // paper), a shark attack on a surfer (wire, local paper, tabloid) and a nurses' strike
    // ballot (wire, broadsheet, trade paper), written on 7 December 2026 after the mends of
    // that day and read blind, with no mend after. Eighteen discrepancies were planted:
    // six against seven storeys, 32 flats against 40 apartments, the collapse on Sunday
    // against Saturday, the mayor 56 against 58, 14 against 17 pulled out alive, eleven
    // against eight taken to hospital; the surfer 31 against 33, a shark about 4 metres
    // long against a 3-metre one, about 50 against about 100 metres from shore, three
    // against four beaches closed, the second against the third attack this year, more
    // than 200 against 120 stitches; 87 against 84 percent backing the strike, a pay
    // offer of 4.5 against 3.5 percent, a 48-hour against a 24-hour first strike, a
    // turnout of 61 against 58 percent, the strike from December 15 against 16, the 2011
    // strike of three against four days.
    // Read blind, each set alone and as one batch of all sixteen sets (the same findings),
    // 5 of 18, all warnings and all right: the storeys, the rescued, the mayor's age, the
    // attacks this year (the wire's own against the club president's) and the turnout.
    // Nothing false among errors and warnings. The local paper's collapse copy (its lede
    // names only the street) and the tabloid's shark copy (its lede names only the surfer
    // and the beach) were stories of their own, so the hospital count and the stitches
    // never met: 67 stories for 64 events in the batch of sixteen. Since a text alone
    // joins the one story whose ledes tell its event in its lede's words on its day (the
    // town of a local paper's masthead counting as a name it gives), 64 stories, and 7 of
    // 18: eleven against eight taken to hospital (a warning: the wire's fire service
    // against the local paper's) and more than 200 against 120 stitches (an error: both
    // outlets' own, the same day). Missed besides: the flats against the apartments, the day
    // of the collapse, the surfer's age ("The man, 31," against "A 33-year-old surfer"),
    // the shark's length, the distance from shore ("from shore" against "out"), the
    // beaches, the strike's backing, the pay offer, the strike's length, its first day
    // and the 2011 strike's length.
    // No discrepancy and none reported: at least nine dead against 12 on the next day
    // (the toll rose), 1974 against more than 50 years ago, the 2019 collapse
    // (background), about 20 trapped against about 15 unaccounted for a day later, some
    // 26 families, about 200 residents evacuated, the 2022 inspection; about 4 metres
    // against 13ft, the 2021 death (background), the surfer's friend 29; 14,000 nurses
    // balloted against 16,000 employed, the first strike in 15 years against 2011, the
    // 6.2 percent inflation, the 50 percent threshold, the general secretary 54.
    // Mended on 7 December 2026 by shapes that recur across sets, 7 of 18: a verb of
    // holding before things is no arrest and a year after "dates from" or "put up in" is
    // the building's, not the figure's ("The building, put up in 1974, had 32 flats"
    // against "The block, which dates from 1974 and held 40 apartments", a warning: the
    // broadsheet's is next-day copy; a block is a building for the facts, flats are
    // apartments), and a building that "came down … on Saturday" collapsed then (against
    // Sunday, a warning). With both mends, the stories' and the facts', 9 of 18.
    // Mended on 7 December 2026 (counts45), 11 of 18: a count of a thing nothing else
    // frames meets next-day copy unless it is a running tally (the rules' `tallies`):
    // two against three other beaches closed (a warning; its message read the "closed" of
    // the beaches as a market's close, a wrong reason for a right warning, until a bare
    // "closed" became a close only before a move or a level, on 7 December 2026);
    // a strike, a stoppage and a walkout are one thing (rules), so Ruth Okafor's strike
    // from December 15 against her walkout from December 16 is one statement's two days
    // (an error: one speaker, days written in full). The 48-hour strike against the
    // 24-hour stoppage now meet, as "sources differ" (info: the general secretary against
    // the union; her speaking for it is not read).
    let expected = expected(&[
        (Severity::Warning, "age (marchet)"),
        (Severity::Warning, "attack"),
        (Severity::Warning, "beach"),
        (Severity::Warning, "flat (building)"),
        (Severity::Error, "in hospital"),
        (Severity::Error, "rescued"),
        (Severity::Warning, "storey (block)"),
        (Severity::Warning, "the collapse"),
        (Severity::Warning, "turnout"),
        (Severity::Error, "stitch"),
        (
            Severity::Error,
            "Union general secretary Ruth Okafor (Metro Business Wire) puts it on \"December 15\" \
             (2026-12-15) but general secretary Ruth Okafor (Care Weekly) on \"December 16\" \
             (2026-12-16)",
        ),
    ]);
    let mut alone = Vec::new();
    for set in ["collapse", "shark", "ballot"] {
        alone.extend(contradictions(&[set]));
    }
    assert_eq!(sorted(alone), expected);
    assert_eq!(contradictions(&["collapse", "shark", "ballot"]), expected);
}

#[test]
fn the_seventeenth_set_read_blind() {
    // A motorway pile-up in fog (wire, next-day broadsheet, local paper), a chlorine leak at
    // a leisure centre's pool (wire, local paper, next-day tabloid) and a hot-air balloon's
    // crash-landing (wire, next-day broadsheet, local paper), kinds of events not in the
    // earlier sets, written on 7 December 2026 and read blind after that day's second round
    // of mends, with no mend after. Sixteen discrepancies were planted: three against four
    // killed, 27 against 35 injured, more than 60 (or at least 60) against about 40
    // vehicles, Thursday against Wednesday, the lorry driver 47 against 41, a closure of
    // almost 11 hours against "likely to stay shut for about seven hours"; 23 against 32
    // treated, six against nine in hospital, about 150 against some 300 evacuated, the
    // lifeguard 19 against 21; 12 passengers and a pilot (13 aboard) against 14 on board,
    // five against seven injured, the pilot 58 against 63, a fall of about 30 metres against
    // some 300 feet, £249 against £299 a seat, the operator's second against third accident
    // since 2020.
    // Read blind, each set alone and as one batch of all seventeen sets (the same
    // findings), 4 of 16, all warnings and all right: the pile-up's killed and injured
    // (next-day copy), 32 against 23 treated (next-day copy; the "closed" of the centre
    // was read as a market's close, a wrong reason for a right warning, until 7 December
    // 2026) and the pilot's age.
    // The fall (about 30 metres, a police spokesman, against some 300 feet, witnesses) is
    // "sources differ" (info), right by the contract. Nothing false. The leak's wire copy
    // is a story of its own (its lede names the town and "a leisure centre swimming pool",
    // the centre's name coming later; not looked into here): 71 stories for 67 events in
    // the batch of seventeen. Missed besides:
    // the vehicles (a bare count meets only counts of its own day), the day (no event read
    // from "collided … on Thursday" or "a multiple collision … on Wednesday"), the driver's
    // age ("a 47-year-old man" against "The lorry driver, 41"), the closure, the leak's
    // hospital count, evacuated and lifeguard (the split, and "Some 300 people … were led
    // out" not read), the balloon's aboard and injured ("injuring seven of the 14 people on
    // board" read as two counts aboard, then set aside as one outlet's two values), the
    // price ("paid £249 each", "charges £299 a head" not read) and the accidents ("second
    // accident since 2020" read as background of 2020, "the operator's third accident" not
    // read).
    // No discrepancy and none reported: nine seriously hurt in hospital against 12 in
    // hospital, the 2019 pile-up (background), 70 mph against roughly 110 km/h, about 2 km
    // against a 1.5-mile stretch, the ambulance service's 31 treated, the second pile-up in
    // seven years, the driver Sandra Pike 52; at least a week against two weeks closed, a
    // 200-metre radius against about 650 feet, the pool opened or built in 1991, the 2015
    // leak (background), four children among nine, "Nobody was seriously hurt", the girl
    // of eight, three hours; about 15 mph against about 25 km/h, more than 8,000 against
    // about 9,000 passengers a year, the 2017 crash (background), two in hospital, 200
    // homes for two hours, more than 20 years.
    // Merged the same day with the rule that lets a text alone join the one story its lede
    // tells of, the leak's wire copy joins its story (67 stories for 67 events), and 5 of
    // 16: the lifeguard, 19 against 21 (a warning: the wire's own against the manager's).
    // Mended on 7 December 2026 (counts45), 6 of 16: a count of a thing nothing else frames
    // meets next-day copy unless it is a running tally, so more than 60 and at least 60
    // against about 40 vehicles is found (a warning: the days of the copy differ).
    // Mended on 7 December 2026 by shapes that recur across the sets' misses, 9 of 16, all
    // warnings (next-day copy): the crash on Thursday against Wednesday (a count before the
    // subject of "collided", a crash; "a multiple collision involving about 40 cars and
    // lorries on the M14 near Hallam on Wednesday"), the lorry driver 47 against 41 ("The
    // lorry's driver, a 47-year-old man," is the driver's age), 13 against 14 aboard ("12
    // passengers and a pilot"; a pilot is a kind of person) and five against seven injured
    // ("injuring seven of the 14 people on board": the part by the verb before it, the
    // group's 14 aboard). Read now but "sources differ" (info): £249 against £299 a head
    // (the company's website against "Skyward, which charges"), the second against the
    // third accident since 2020 (the aviation authority against "The authority").
    // With both the same day, 10 of 16.
    let expected = expected(&[
        (Severity::Warning, "aboard"),
        (Severity::Warning, "age (driver)"),
        (Severity::Error, "age (lifeguard)"),
        (Severity::Warning, "age (pilot)"),
        (Severity::Warning, "injured"),
        (Severity::Warning, "injured"),
        (Severity::Warning, "injured"),
        (Severity::Warning, "killed"),
        (Severity::Warning, "the crash"),
        (Severity::Warning, "vehicle"),
    ]);
    let mut alone = Vec::new();
    for set in ["pileup", "gasleak", "balloon"] {
        alone.extend(contradictions(&[set]));
    }
    assert_eq!(sorted(alone), expected);
    assert_eq!(contradictions(&["pileup", "gasleak", "balloon"]), expected);
}

#[test]
fn the_eighteenth_set_read_blind() {
    // Lightning at an open-air music festival (wire, next-day broadsheet, tabloid, local
    // paper), a runner's four-year doping ban (wire, next-day broadsheet, tabloid) and a
    // national maths paper leaked online (wire, local paper, next-day broadsheet, trade
    // paper), kinds of events not in the earlier sets, written on 7 December 2026 after that
    // day's mend (counts45) and read blind, with no mend after. Eighteen discrepancies were
    // planted: the strike on Saturday afternoon against Friday night, the man killed 24
    // against 26, 14 against 17 injured, six against nine taken to hospital, about 20,000
    // against some 35,000 at the festival, performances suspended for about three hours
    // against the music stopped for nearly five, the tree about 30 metres against some 200
    // feet from the main stage; a ban of four years against three, the runner 27 against
    // 29, the test on June 14 against June 18, the ban backdated to July 1 against running
    // from August 1, the third against the fourth athlete of her club banned this year;
    // about 48,000 against 84,000 students to resit, the leak on Monday night against
    // Sunday night, the woman arrested 44 against 47, the paper online for about six
    // against nearly 12 hours, the resit on December 14 against 15, some 1,200 against
    // more than 1,500 schools.
    // Read blind, each set alone and as one batch of all eighteen sets (the same findings),
    // 2 of 18, both warnings and both right: 14 against 17 injured (next-day copy, police
    // on both sides) and some 1,200 against more than 1,500 schools (a count of a thing
    // nothing else frames, met in next-day copy by that day's mend). Nothing false. The
    // festival's tabloid copy (its lede names only the festival and the stage) and the
    // exam leak's local paper (its lede names only the town) are stories of their own: 72
    // stories for 70 events in the batch of eighteen, so the day of the strike, the man's
    // age, the suspension, the distance from the stage (read on both sides as a distance
    // from the main stage, 30 metres against some 200 feet), the day of the leak and the
    // woman's age never met. Missed besides: counts of people told with verbs that are no
    // measures ("Six of the injured were taken to hospital", "Nine people were taken to
    // Coral Bay Hospital", "about 20,000 people were at the festival", "48,000 students
    // will have to resit"); one thing under other words ("banned for four years", "the
    // four-year ban", "thrown out of the sport for three years"; "stayed up for about six
    // hours" against "online for nearly 12 hours"; "third athlete" against "fourth
    // runner"); the runner's age held by her name, her event ("middle-distance runner")
    // and her medal ("The European silver medallist, 27"); days not read as events' ("gave
    // the positive sample in an out-of-competition test on June 14", "backdated to July
    // 1", "The resit will be held on December 14", the outlet's own and no claim).
    // No discrepancy and none reported: at least a dozen against 14 hurt, 34C against
    // 93F, the 2019 cricket match (background, two on both sides), five to ten a year,
    // the 12th year against a festival begun in 2015, more than 15,000 moved to shelter,
    // the mayor 58, the witness 22; the 2021 suspension of six months (background), 21
    // days against three weeks to appeal, the coach 61; the 90-minute against the
    // one-and-a-half-hour paper, about 6,000 of the students in Eastvale (a part), the
    // union's survey of about 30 percent against the board's fewer than 5 percent (sources
    // apart), the 2016 chemistry paper (background), the man arrested 19 on both sides.
    // Merged the same day with the extraction round (facts45), 3 of 18: the test on June 14
    // against June 18 (a warning, right: both the board's, each outlet's own day of the
    // sample; the frame is read as an earlier event than the ban, which it is).
    // Mended (facts47), 4 of 18: people who "were at the festival" are its crowd, about
    // 20,000 against some 35,000 (a warning, right: the organisers on both sides, next-day
    // copy).
    // Mended (facts49), 5 of 18: a hospital named by its name counts those taken to
    // hospital, six against nine (an error, right: the state ambulance service on both
    // sides, the same day).
    // Mended (deskfacts51), 6 of 18: the day set for something to come, written with its
    // month, is read ("will be held on", "will take place on"): the resit on December 14
    // against December 15 (a warning, right: the board's date in both, copy of different
    // days).
    let expected = expected(&[
        (Severity::Error, "in hospital"),
        (Severity::Warning, "injured"),
        (Severity::Warning, "crowd"),
        (Severity::Warning, "school"),
        (Severity::Warning, "the resit held"),
        (Severity::Warning, "the test (earlier event, 2026)"),
    ]);
    let mut alone = Vec::new();
    for set in ["lightning", "doping", "exams"] {
        alone.extend(contradictions(&[set]));
    }
    assert_eq!(sorted(alone), expected);
    assert_eq!(contradictions(&["lightning", "doping", "exams"]), expected);
    // Read with the other seventeen sets, the festival's tabloid and the leak's local paper
    // join their stories (the stories session's mend: a lede told in the story's words may
    // give another day; a local paper names its own town): the man killed 24 against 26 and
    // the tree about 30 metres against some 200 feet from the main stage now meet, both
    // warnings and right. Alone, or with the doping set only, the tabloid still stands
    // apart: its lede names the young man in full, whom no other outlet names, besides the
    // other night.
    let names: Vec<String> = std::fs::read_dir(EVENTS)
        .unwrap()
        .filter_map(|entry| entry.ok())
        .filter(|entry| entry.path().is_dir())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect();
    let all: Vec<&str> = names.iter().map(String::as_str).collect();
    let others: Vec<&str> = all
        .iter()
        .copied()
        .filter(|set| !["lightning", "exams"].contains(set))
        .collect();
    let mut of_these = contradictions(&all);
    for finding in contradictions(&others) {
        if let Some(at) = of_these.iter().position(|f| *f == finding) {
            of_these.remove(at);
        }
    }
    let joined = sorted(vec![
        (Severity::Error, "in hospital".to_string()),
        (Severity::Warning, "age (man)".to_string()),
        (Severity::Warning, "distance from main".to_string()),
        (Severity::Warning, "injured".to_string()),
        (Severity::Warning, "crowd".to_string()),
        (Severity::Warning, "school".to_string()),
        (Severity::Warning, "the resit held".to_string()),
    ]);
    assert_eq!(of_these, joined);
}

#[test]
fn the_nineteenth_set_read_blind() {
    // An offshore helicopter's ditching (wire and local paper on the day, broadsheet the
    // next), a lightning strike at a music festival (wire and tabloid on the night, local
    // paper the next day) and a pleasure boat capsized on a lake (wire and broadsheet on the
    // day, local paper the next), written by the project lead on 7 December 2026 before that
    // day's five rounds of mends landed, and read blind after they did, with no mend after.
    // Twenty discrepancies were planted (`tests/data/facts/desk_nineteenth.toml` lists them
    // with the traps; `examples/facts_eval` scores the list): 14 passengers and two pilots
    // against 18 aboard, 14 against 16 rescued, some 38 km against about 40 miles out,
    // 2.15 p.m. against 3.15 p.m., the captain 52 against 54, the water 9C (the coastguard)
    // against 11C (union officials); 31 against 23 injured, eight against eleven taken to
    // hospital, the woman 27 against 29, a crowd of about 40,000 against 25,000, all three
    // stages closed against two of three, a ticket of £95 against £85; six against eight
    // killed, 42 against 47 aboard, two against three children among the dead, licensed for
    // 30 against 35, the captain 61 against 66, about 200 against roughly 500 metres out, 36
    // against 39 rescued, built in 1987 against nearly 50 years old.
    // Read blind at the merged head, each set alone, the three as one batch and all
    // twenty-one sets as one batch (73 stories for 73 events; the two festivals apart), 8
    // of 20: the ditching's aboard and the captain's age, the woman's age, the injured, the
    // killed, the boat captain's age and the rescued (errors where one day and one frame,
    // warnings otherwise), and 42 against 47 aboard as "sources differ" (police against the
    // harbour authority: right by the contract). Written against the code before the day's
    // mends, the same copy gave 5 of 20: the extraction round's "an age in an aside after a
    // role is the role's" ("The captain, a 52-year-old man", "The boat's captain, a
    // 61-year-old man") and "14 passengers and two pilots" (aboard 16) reached copy they
    // were not written for. Wrong: the killed error's headline sets six against "three"
    // (the three children among the dead read as the killed; eight is among its other
    // values), and 11 in hospital on the day against "nine were still in hospital" the next
    // day is a warning (a later state, not a discrepancy). Missed: "16 people were pulled
    // from the sea alive", the distances out ("38 km north-east of Port Carrow" against
    // "about 40 miles from the coast"; "200 metres from the shore" against "500 metres out
    // from the shore"), the hours of the ditching, the water (the "around" and "about"
    // ranges meet at 10C), people counted by verbs that are no measures ("were taken to
    // hospital", "were at the festival", "drew a crowd of"), the stages, the ticket's price
    // ("paid £95 for a weekend ticket" against "weekend tickets, which cost £85"), the
    // children among the dead, the licence, the boat's age (a year built against an age).
    // Mended the same day by a general rule (no other change to the set's findings): a part
    // named after its group ("Among the dead were three children") is no count of the
    // group, as "three of the dead" was not; the killed are now six against eight, a
    // warning (the police against "survivors and officials").
    // And by rules of phrasing: people "rushed" or "flown to hospital" are in hospital, and
    // people "pulled from the sea alive" are rescued. Eight against eleven taken to hospital
    // is found (an error: both outlets' own, the same day), and 14 against 16 rescued as
    // "sources differ" (the coastguard against the operator): 10 of 20.
    // Mended (facts47) by general rules, 13 of 20, all errors and all right (both sides the
    // same day): people who "were at the festival" are its crowd, the crowd "drawn" too
    // (about 40,000 against 25,000); a licence is a capacity, whoever was aboard (licensed
    // to carry 30 against licensed for 35); a part of the dead named by who they are counts
    // that kind among the killed, no toll ("Two of the dead were children", "among them two
    // children" against "Among the dead were three children").
    // And (counts47) by two rules of reading: a count still standing told on a later day ("nine were
    // still in hospital") falls short of the count first told without disagreeing (the
    // false warning is gone), and temperatures read to the degree whose roundings meet only
    // at their edge ("around 9C" / "about 11C") are two figures: the water is "sources
    // differ" (the coastguard against union officials), with the mends above 14 of 20 and nothing false.
    // Mended (deskfacts51), 16 of 20: the price of one ticket ("paid £95 for a weekend
    // ticket" against "weekend tickets, which cost £85", a warning) and a distance "out
    // from the shore" read as one from the shore (about 200 against roughly 500 metres, an
    // error: both outlets' own, the same day). Besides, "roughly 24 miles off the coast" is
    // a distance from the coast, against the tabloid's "about 40 miles from the coast" (a
    // warning, right: the same disagreement as the listed 38 km against 40 miles).
    let expected = expected(&[
        (Severity::Error, "age (captain)"),
        (Severity::Error, "age (woman)"),
        (Severity::Error, "capacity"),
        (Severity::Error, "distance from shore in Kessen"),
        (Severity::Error, "in hospital"),
        (Severity::Error, "killed (children)"),
        (Severity::Error, "crowd"),
        (Severity::Warning, "aboard"),
        (Severity::Warning, "age (captain)"),
        (Severity::Warning, "distance from coast"),
        (Severity::Error, "injured"),
        (Severity::Warning, "killed"),
        (Severity::Warning, "price per head (weekend ticket)"),
        (Severity::Warning, "rescued"),
    ]);
    let mut alone = Vec::new();
    for set in ["ditching", "bolt", "capsize"] {
        alone.extend(contradictions(&[set]));
    }
    assert_eq!(sorted(alone), expected);
    assert_eq!(contradictions(&["ditching", "bolt", "capsize"]), expected);
}

#[test]
fn the_twentieth_set_read_blind() {
    // A roller coaster stalled at a theme park (wire and local paper on the day, broadsheet
    // the next), a bomb threat that emptied a football stadium (wire the day after the match,
    // tabloid and local paper the day after that) and a lorry fire in a road tunnel (wire and
    // trade paper on the day, broadsheet the next), written by the project lead on 7 December
    // 2026 (third session) before that session's seven rounds of mends landed. Twenty-four
    // discrepancies were planted and fourteen traps laid (`tests/data/facts/
    // desk_twentieth.toml` lists them; `examples/facts_eval` scores the list).
    // Against the code the copy was written on (e526b7a), each set alone and the three as one
    // batch: 3 of 24, all right — the time stranded, about four hours against nearly six (a
    // warning, next-day copy), the boy 14 against 15 (a warning where both outlets wrote on
    // the day: an error was expected) and the lorry driver 58 against 53 (an error). Nothing
    // false. The tabloid's copy on the bomb threat is a story of its own (its lede names no
    // place but the ground's and puts the arrest on another day), so none of its six
    // discrepancies meets; the threat's wire and local paper agree on every figure they share
    // but the replay's day, which is not read as a fact.
    // Read blind at the merged head of that session (its extraction, check, speakers, cue
    // and speed rounds, none of which saw the set), each set alone, the three as one batch
    // and the whole desk as one batch (76 events): the same 3 of 24, nothing false. The tabloid's
    // split is the costliest miss: its lede differs from the wire's on the day of the arrest
    // and the man's age, two of the planted discrepancies, and two differences part stories.
    // Missed besides: counts told with verbs the rules do not measure ("were left stranded"
    // read only as a duration, "spent nearly four hours stuck", "were caught in the tunnel"
    // against "were trapped", "Nineteen more were treated"), a hospital named ("taken to
    // Wendlow General Hospital"), the people in a park, distances from an entrance against a
    // portal, hours, a year opened against an age, a minute of a match, a replay's day, a
    // sentence's maximum, and temperatures whose "about" meets the other figure.
    // Mended on 7 December 2026 (facts49), 9 of 24, nothing false: the riders 24 against
    // 28 ("were left stranded", "spent nearly four hours stuck"; a warning, as one outlet
    // gives the operator's figure and the other its own), the time stuck now with the
    // local paper's four hours beside the wire's, the time the ride stopped (11.20 a.m.
    // against 1.20pm, a time of day read as minutes after midnight), five against three
    // taken to hospital (one of them named), 2 km against 4 km from the northern entrance
    // (a portal is an entrance; the compass word kept), about 120 against about 200 got
    // out on foot ("led out", "escaped") and the tunnel opened in 1994 against 30 years
    // old (an age from the year it opened). All warnings (a source on one side only, or
    // next-day copy), but the driver.
    // With the stories mend of the same day (stories49) that lets ledes naming the same
    // cast (the ground and the suspect's district, nobody else) differ on the day and the
    // age, the tabloid joins its story: the man 23 against 32 and the fans led out, about
    // 41,000 against 34,000 (labelled with the group of "led out"), are found too (warnings:
    // the copy is of different days): 11 of 24.
    // Mended on 7 December 2026 (facts50): an outlet that tells a figure in its own voice
    // vouches for it, so against the operator's or the fire service's figure another outlet
    // credits, on the same day, it is an error (the riders, the time the ride stopped, five
    // against three in hospital, the boy's age, 2 km against 4 km): 11 of 24, all at their
    // severity.
    // Mended (deskfacts51), 13 of 24, all at their severity: the replay's day, written with
    // its month ("would be replayed on October 14" against "ordered the match to be
    // replayed on October 7", a warning), and fans are people of one kind, so "Seventeen
    // fans were hurt" outnumbers "Eight people were treated" (a warning: next-day copy).
    let expected = expected(&[
        (Severity::Error, "age (driver)"),
        (Severity::Error, "age (boy)"),
        (Severity::Warning, "age (man)"),
        (Severity::Warning, "age (tunnel)"),
        (Severity::Error, "distance from northern entrance"),
        (Severity::Warning, "got out"),
        (Severity::Warning, "got out (fan)"),
        (Severity::Warning, "injured (fan)"),
        (Severity::Error, "in hospital (rider)"),
        (Severity::Error, "stopped at"),
        (Severity::Error, "stranded"),
        (Severity::Warning, "stranded"),
        (Severity::Warning, "the match replayed"),
    ]);
    let mut alone = Vec::new();
    for set in ["ride", "threat", "tunnel"] {
        alone.extend(contradictions(&[set]));
    }
    assert_eq!(sorted(alone), expected);
    assert_eq!(contradictions(&["ride", "threat", "tunnel"]), expected);
}
