//! Stories: a batch of many incidents is grouped into one story per incident, and no finding compares one incident's figures with another's.

use std::collections::BTreeSet;
use std::path::PathBuf;

use corroborate::check::FindingKind;
use corroborate::stories::{self, Story};
use corroborate::{Analysis, RuleSet, article, check, extract_claims};

/// A crime desk's weekend, told by several outlets in the same words ("police said", "a
/// 23-year-old man was shot"): file names are `city-incident-outlet`.
const DESK: &str = "tests/fixtures/stories/crime_desk";

fn extracted(paths: &[&str]) -> Analysis {
    let rules = RuleSet::builtin().unwrap();
    let paths: Vec<PathBuf> = paths.iter().map(PathBuf::from).collect();
    let files = article::discover(&paths).unwrap();
    extract_claims(article::load(&files).unwrap(), &rules)
}

fn checked(paths: &[&str]) -> Analysis {
    check(extracted(paths), &RuleSet::builtin().unwrap())
}

/// Each story as the sorted ids of its articles, stories sorted.
fn groups(articles: &[corroborate::Article], stories: &[Story]) -> BTreeSet<Vec<String>> {
    stories
        .iter()
        .map(|s| {
            let mut ids: Vec<String> = s.articles.iter().map(|&a| articles[a].id.clone()).collect();
            ids.sort();
            ids
        })
        .collect()
}

/// The incident an article of the desk tells: its file name without the outlet.
fn incident(id: &str) -> &str {
    id.rsplit_once('-').map_or(id, |(incident, _)| incident)
}

/// The article of a claim id (`article#n`).
fn article_of(claim: &str) -> &str {
    claim.split('#').next().unwrap_or(claim)
}

/// The incidents the articles of each non-single-source finding tell.
fn incidents_compared(a: &Analysis) -> Vec<BTreeSet<&str>> {
    a.findings
        .iter()
        .filter(|f| f.kind != FindingKind::SingleSource)
        .map(|f| f.claims.iter().map(|c| incident(article_of(c))).collect())
        .collect()
}

#[test]
fn a_crime_desk_is_one_story_per_incident() {
    let a = checked(&[DESK]);
    let expected: BTreeSet<Vec<String>> = [
        &["baltimore-fulton-sun", "baltimore-fulton-wire"][..],
        &["baltimore-greenmount-sun", "baltimore-greenmount-wkxt"],
        &["chicago-austin-ledger", "chicago-austin-wkxt"],
        // A brief that names no one and nothing but "the South Side" tells the Englewood
        // shooting all the same: a 23-year-old man shot early Saturday on the South Side,
        // who died, in the words of its ledes, and no other incident of the desk is told on
        // that day in those words. A weekend round-up that tells several incidents stays
        // whole, with the one it leads with.
        &[
            "chicago-brief-wire",
            "chicago-englewood-ledger",
            "chicago-englewood-metro",
            "chicago-englewood-wkxt",
            "chicago-roundup-courier",
        ],
        &[
            "chicago-littlevillage-courier",
            "chicago-littlevillage-ledger",
            "chicago-littlevillage-metro",
        ],
        &[
            "houston-bissonnet-chronicle",
            "houston-bissonnet-wire",
            "houston-bissonnet-wkxt",
        ],
        &["memphis-orangemound-tribune", "memphis-orangemound-wire"],
        &["milwaukee-27th-journal", "milwaukee-27th-wire"],
        &[
            "philadelphia-kensington-inquirer",
            "philadelphia-kensington-wkxt",
        ],
        &["stlouis-dutchtown-post", "stlouis-dutchtown-wire"],
    ]
    .iter()
    .map(|ids| ids.iter().map(|s| s.to_string()).collect())
    .collect();
    assert_eq!(groups(&a.articles, &a.stories), expected);
    // Every finding is of one story, and says which.
    for f in &a.findings {
        let story = f.story.as_deref().expect("a finding names its story");
        let members: BTreeSet<&str> = a
            .stories
            .iter()
            .find(|s| s.id == story)
            .expect("a story of the batch")
            .articles
            .iter()
            .map(|&i| a.articles[i].id.as_str())
            .collect();
        for claim in &f.claims {
            let article = claim.split('#').next().unwrap();
            assert!(members.contains(article), "{} outside {story}", f.id);
        }
    }
}

/// Two shootings of one neighbourhood on one night, each told by two outlets in the same
/// words (the same hospital, the same spokeswoman, the same appeal naming another street),
/// one of Marcus Bell on Keowee Street, one of Denise Bell on Troy Street.
const ONE_NEIGHBOURHOOD: &str = "tests/fixtures/stories/one_neighbourhood";

/// Checks the fixture `path` and asserts it is the two stories `expected` (each the ids of
/// its articles), with no finding across them.
fn two_incidents_apart(path: &str, expected: [[&str; 2]; 2]) -> Analysis {
    let a = checked(&[path]);
    let expected: BTreeSet<Vec<String>> = expected
        .iter()
        .map(|ids| ids.iter().map(|s| s.to_string()).collect())
        .collect();
    assert_eq!(groups(&a.articles, &a.stories), expected);
    // The appeals name each incident's street: no misquote between them.
    let across: Vec<_> = incidents_compared(&a)
        .into_iter()
        .filter(|incidents| incidents.len() > 1)
        .collect();
    assert_eq!(across, Vec::<BTreeSet<&str>>::new());
    a
}

#[test]
fn two_shootings_told_alike_are_two_stories_by_whom_and_where_their_ledes_name() {
    let a = two_incidents_apart(
        ONE_NEIGHBOURHOOD,
        [
            ["dayton-keowee-herald", "dayton-keowee-wire"],
            ["dayton-troy-herald", "dayton-troy-wire"],
        ],
    );
    // Each incident's versions still agree.
    let agreements = a
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::Agreement)
        .count();
    assert!(agreements >= 4, "{agreements} agreements");
}

/// Two shootings of one hyphenated neighbourhood on consecutive nights, each told by two
/// outlets in the same words and with the same spokeswoman, one datelined: each lede names
/// only the neighbourhood, the city (which an outlet files from) and its own street.
const TWO_STREETS: &str = "tests/fixtures/stories/two_streets";

#[test]
fn two_shootings_of_one_neighbourhood_on_two_streets_are_two_stories() {
    two_incidents_apart(
        TWO_STREETS,
        [
            ["springfield-maple-courier", "springfield-maple-wire"],
            ["springfield-orchard-courier", "springfield-orchard-wire"],
        ],
    );
}

/// Two shootings on one boulevard of one neighbourhood, two days apart, at the same hour and
/// with no block given, each told by two outlets in the same words (one datelined): only
/// the day and the people's ages tell them apart, and the appeals of two officers name the
/// same street.
const ONE_STREET: &str = "tests/fixtures/stories/one_street";

#[test]
fn two_shootings_on_one_street_on_other_days_to_other_people_are_two_stories() {
    two_incidents_apart(
        ONE_STREET,
        [
            ["toledo-elm-herald", "toledo-elm-wire"],
            ["toledo-second-herald", "toledo-second-wire"],
        ],
    );
}

/// The incidents of the desk's findings, the South Side brief's as the Englewood shooting it
/// tells.
fn desk_incidents_compared(a: &Analysis) -> Vec<BTreeSet<&str>> {
    incidents_compared(a)
        .into_iter()
        .map(|incidents| {
            incidents
                .into_iter()
                .map(|i| {
                    if i == "chicago-brief" {
                        "chicago-englewood"
                    } else {
                        i
                    }
                })
                .collect()
        })
        .collect()
}

#[test]
fn no_finding_compares_two_incidents() {
    let a = checked(&[DESK]);
    let across: Vec<_> = desk_incidents_compared(&a)
        .into_iter()
        .filter(|incidents| incidents.len() > 1 && !incidents.contains("chicago-roundup"))
        .collect();
    assert_eq!(across, Vec::<BTreeSet<&str>>::new());
}

#[test]
fn the_same_desk_as_one_story_compares_incidents() {
    // What the stories prevent: checked as one story, the desk's incidents are compared
    // with each other (ages and tolls of different shootings).
    let rules = RuleSet::builtin().unwrap();
    let mut a = extracted(&[DESK]);
    a.stories = vec![Story {
        id: "S1".into(),
        title: "the desk".into(),
        articles: (0..a.articles.len()).collect(),
    }];
    let a = check(a, &rules);
    let across = desk_incidents_compared(&a)
        .into_iter()
        .filter(|incidents| incidents.len() > 1 && !incidents.contains("chicago-roundup"))
        .count();
    assert!(across > 0, "the fixture no longer tells incidents alike");
}

#[test]
fn the_grouping_does_not_depend_on_the_order_of_the_articles() {
    let rules = RuleSet::builtin().unwrap();
    let a = extracted(&[DESK]);
    let forward = groups(&a.articles, &stories::group(&a.articles, &rules));
    let reversed: Vec<corroborate::Article> = a.articles.iter().rev().cloned().collect();
    let backward = groups(&reversed, &stories::group(&reversed, &rules));
    assert_eq!(forward, backward);
}

/// Made-up copy of small events (a drone closing an airport, a tram crash, a town's budget),
/// two to four outlets each: `EVENT/a.txt`, `EVENT/b.txt`, … with ids `EVENT-a`, ….
const DESK_EVENTS: &str = "tests/fixtures/desk_events";

#[test]
fn small_events_checked_together_are_one_story_each() {
    // Outlets on a small event often name only its town (one datelined, one not) and each
    // their own people; two events may share the town and the day (a zoo's escape and a
    // museum's theft), or one names the town the other is all about (drugs seized in
    // raids in the town whose budget is voted).
    let rules = RuleSet::builtin().unwrap();
    let mut sets: Vec<PathBuf> = std::fs::read_dir(DESK_EVENTS)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.is_dir())
        .collect();
    sets.sort();
    let articles = article::load(&article::discover(&sets).unwrap()).unwrap();
    let found = groups(&articles, &stories::group(&articles, &rules));
    let mut expected: BTreeSet<Vec<String>> = BTreeSet::new();
    for set in &sets {
        let files = article::discover(std::slice::from_ref(set)).unwrap();
        let mut ids: Vec<String> = article::load(&files)
            .unwrap()
            .into_iter()
            .map(|a| a.id)
            .collect();
        ids.sort();
        expected.insert(ids);
    }
    assert!(expected.len() >= 50, "{} sets", expected.len());
    let wrong: Vec<&Vec<String>> = found.symmetric_difference(&expected).collect();
    // Nothing may be split or mixed: not the fifteenth set's local
    // paper on the cable car, whose lede names only the ridge (the wire names it lower down)
    // and which quotes its own mayor; nor, read blind in the sixteenth set, the local paper on
    // the collapse (its copy names only the street: the town is in its masthead) and the
    // tabloid on the shark attack (its lede names only the surfer and the beach). Each tells
    // its event in the words of the other outlets' ledes, on the day they give.
    // Read blind in the seventeenth set, the chlorine leak's wire copy (its lede names the
    // town and "a leisure centre swimming pool", the centre's name coming later) was apart
    // under the grouping alone; the rule that lets a lone text join the one story its lede
    // tells of takes it in as well. Read blind in the eighteenth set, the festival's tabloid
    // (its lede names only the festival and its main stage, and puts the strike on another
    // night) and the exam leak's local paper (its lede names only its own town, where a woman
    // was arrested, and "a national maths paper") join their stories: a lede told in the
    // story's words to the full evidence may differ on one of the day, the hour and the ages,
    // and a local paper writing its masthead's town needs no other name of the story.
    // Read blind in the twentieth set (written before the day's mends, at e526b7a), the
    // tabloid's copy on the stadium bomb threat stood apart: its lede names the ground and
    // the suspect's district, as the others' do, but puts the arrest on another day and the
    // man at another age than the wire. Ledes that name the same cast tell one event
    // whatever day and age they give: those are the discrepancies the checks report. And
    // with the set in the batch the gas leak's local paper fell out of its story of three:
    // what a story's ledes share is now what most of its texts give, not every name one
    // of them adds, so it no longer hangs on which two came together first.
    let wrong: BTreeSet<Vec<String>> = wrong.into_iter().cloned().collect();
    assert_eq!(
        wrong,
        BTreeSet::new(),
        "stories that are not one event each"
    );
}

/// An article of `source` dated `date` (a Saturday or the Sunday after).
fn story_article(id: &str, source: &str, date: &str, text: &str) -> corroborate::Article {
    let front = format!("+++\nid = \"{id}\"\nsource = \"{source}\"\ndate = \"{date}\"\n+++\n");
    corroborate::Article::from_text(
        std::path::Path::new(&format!("{id}.txt")),
        &(front + text),
        &corroborate::article::ArticleMeta::default(),
    )
    .unwrap()
}

#[test]
fn a_local_paper_that_names_its_town_only_in_its_masthead_joins_its_story() {
    // Two outlets on a timber yard's fire in a town, two on a barn's fire in another town
    // the same day; the town's own paper names only the lane and a neighbour, and tells the
    // fire in the others' words the day after.
    let fire = [
        (
            "yard-wire",
            "Northfield Wire",
            "2026-03-07",
            "HARWICK, March 7 - Fire gutted a timber yard in Harwick on Saturday, sending \
             thick smoke over the town, the fire brigade said.\n\nAbout 60 firefighters \
             fought the blaze for six hours. Nobody was hurt, brigade spokeswoman Ilse Varga \
             said.\n\nThe yard stored pallets and sawn logs, its owner, Pekka Lund, said.\n",
        ),
        (
            "yard-courier",
            "National Courier",
            "2026-03-07",
            "A timber yard in Harwick burned down on Saturday as firefighters fought the \
             blaze for six hours, the fire brigade said.\n\nSmoke drifted across the town and \
             residents were told to keep their windows shut. Nobody was hurt.\n\nOwner Pekka \
             Lund said the yard employed 14 people.\n",
        ),
        (
            "barn-wire",
            "Northfield Wire",
            "2026-03-07",
            "OSKBY, March 7 - Fire destroyed a barn and 200 bales of hay outside Oskby on \
             Saturday, the fire brigade said.\n\nFirefighters fought the blaze for four hours. \
             Farmer Jonas Lehto said his cattle had been led out in time.\n",
        ),
        (
            "barn-herald",
            "Western Herald",
            "2026-03-07",
            "A barn full of hay burned down near Oskby on Saturday, the fire brigade said.\n\n\
             Firefighters took four hours to put out the blaze. Farmer Jonas Lehto said no \
             animals were hurt.\n",
        ),
    ];
    let local = "The timber yard on Mill Lane was still smouldering on Sunday after \
                 firefighters fought the blaze for six hours on Saturday.\n\nNobody was hurt, \
                 the fire brigade said. Smoke drifted across the town for most of the day.\n\n\
                 Neighbour Rosa Tamm, 62, said she saw flames above the roofs.\n";
    let rules = RuleSet::builtin().unwrap();
    let with = |masthead: &str| -> BTreeSet<Vec<String>> {
        let mut articles: Vec<corroborate::Article> = fire
            .iter()
            .map(|(id, source, date, text)| story_article(id, source, date, text))
            .collect();
        articles.push(story_article("yard-local", masthead, "2026-03-08", local));
        groups(&articles, &stories::group(&articles, &rules))
    };
    let ids = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<String>>();
    let barn = ids(&["barn-herald", "barn-wire"]);
    assert_eq!(
        with("The Harwick Courier"),
        [
            ids(&["yard-courier", "yard-local", "yard-wire"]),
            barn.clone()
        ]
        .into_iter()
        .collect()
    );
    // The same copy from an outlet named for no town stays alone: nothing names the yard's.
    assert_eq!(
        with("The Evening Star"),
        [
            ids(&["yard-courier", "yard-wire"]),
            barn,
            ids(&["yard-local"])
        ]
        .into_iter()
        .collect()
    );
}

#[test]
fn the_seeds_are_one_story_and_stay_apart_from_the_desk() {
    let seeds = checked(&["seeds"]);
    assert_eq!(seeds.stories.len(), 1);
    assert_eq!(seeds.stories[0].articles, [0, 1, 2]);
    assert_eq!(seeds.stories[0].title, "Kerry, Syria, Russian");
    let both = checked(&["seeds", DESK]);
    let seed_ids: Vec<String> = seeds.articles.iter().map(|a| a.id.clone()).collect();
    assert!(groups(&both.articles, &both.stories).contains(&seed_ids));
    assert_eq!(both.stories.len(), 11);
}

#[test]
#[ignore = "reads the ECB+ copy of ../shared/data/ecbplus (not in the repository)"]
fn the_ecb_plus_events_and_the_seeds_are_one_story_each() {
    let ecb = "../shared/data/ecbplus";
    assert!(std::path::Path::new(ecb).is_dir(), "{ecb} is missing");
    let a = checked(&[ecb, "seeds"]);
    // Each story's articles all come from one folder, and each folder is one story.
    let folder = |a: &corroborate::Article| {
        std::path::Path::new(&a.path)
            .parent()
            .map(|p| p.display().to_string())
    };
    let mut folders: BTreeSet<Vec<Option<String>>> = BTreeSet::new();
    for story in &a.stories {
        let mut of: Vec<Option<String>> = story
            .articles
            .iter()
            .map(|&i| folder(&a.articles[i]))
            .collect();
        of.sort();
        of.dedup();
        folders.insert(of);
    }
    assert_eq!(folders.len(), 4, "{folders:?}");
    assert!(folders.iter().all(|f| f.len() == 1), "{folders:?}");
}

/// The stories of `articles` (each `(id, source, date, text)`), as the sorted ids of each.
fn stories_of(articles: &[(&str, &str, &str, &str)]) -> BTreeSet<Vec<String>> {
    let articles: Vec<corroborate::Article> = articles
        .iter()
        .map(|(id, source, date, text)| story_article(id, source, date, text))
        .collect();
    groups(
        &articles,
        &stories::group(&articles, &RuleSet::builtin().unwrap()),
    )
}

fn ids(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

/// Two outlets on a ferry strike in another town, the same days: a story of its own.
const FERRY_STRIKE: [(&str, &str, &str, &str); 2] = [
    (
        "ferry-wire",
        "Coastline Wire",
        "2026-05-13",
        "Ferry crews in Kelmouth walked out on Wednesday in a dispute over rosters, \
         stranding hundreds of island passengers, the Seafarers' Guild said.\n\nGuild \
         organiser Tomas Reyne said talks with Gullwing Ferries had broken down.\n",
    ),
    (
        "ferry-post",
        "Harbour Post",
        "2026-05-14",
        "Gullwing Ferries cancelled every sailing from Kelmouth after crews walked out over \
         rosters, the Seafarers' Guild said.\n\nTomas Reyne of the guild said the strike \
         would go on until the company returned to talks.\n",
    ),
];

#[test]
fn two_outlets_that_differ_on_the_day_and_the_age_of_one_arrest_are_one_story() {
    // The wire puts the arrest on Tuesday and the man at 27; the tabloid, a day later, on
    // Wednesday and at 72. Both ledes name the marina and its district and nobody else:
    // the day and the age are what an editor wants reported, not a second arrest.
    let marina = [
        (
            "marina-wire",
            "Estuary Wire",
            "2026-05-13",
            "ORLBRIDGE, May 13 - Police arrested a 27-year-old man on Tuesday on suspicion \
             of arson after a fire destroyed six boats at Tamsey Marina in the Westholm \
             district of Orlbridge.\n\nThe blaze broke out before dawn, the fire service \
             said. Nobody was hurt.\n\nThe marina's owner, Brenna Coyle, said the damage \
             would run to hundreds of thousands of pounds.\n",
        ),
        (
            "marina-tabloid",
            "The Daily Torch",
            "2026-05-14",
            "A 72-year-old man was held on Wednesday over the blaze that gutted six boats at \
             Tamsey Marina in Westholm.\n\nDetectives swooped at a house near the harbour in \
             Orlbridge, police said.\n\nMarina boss Brenna Coyle said: \"We are \
             heartbroken.\"\n",
        ),
    ];
    let mut batch = marina.to_vec();
    batch.extend(FERRY_STRIKE);
    assert_eq!(
        stories_of(&batch),
        [
            ids(&["marina-tabloid", "marina-wire"]),
            ids(&["ferry-post", "ferry-wire"])
        ]
        .into_iter()
        .collect()
    );
}

#[test]
fn two_arrests_of_other_people_on_other_days_in_one_town_are_two_stories() {
    // The same marina, district and town, told in the same words three days apart: each
    // lede names the man arrested, whom the other arrest's copy never names.
    let batch = [
        (
            "first-wire",
            "Estuary Wire",
            "2026-05-13",
            "Police arrested Dean Farrow, 27, on Tuesday over a fire that destroyed six \
             boats at Tamsey Marina in the Westholm district of Orlbridge.\n\nThe blaze \
             broke out before dawn, the fire service said.\n\nThe marina's owner, Brenna \
             Coyle, said the damage was severe.\n",
        ),
        (
            "first-post",
            "Harbour Post",
            "2026-05-13",
            "Dean Farrow, 27, was arrested on Tuesday over the fire that destroyed six boats \
             at Tamsey Marina in Westholm, Orlbridge.\n\nThe fire service said the blaze \
             broke out before dawn.\n\nOwner Brenna Coyle said the damage was severe.\n",
        ),
        (
            "second-wire",
            "Estuary Wire",
            "2026-05-16",
            "Police arrested Colm Rudd, 45, on Friday over a fire that destroyed two \
             boats at Tamsey Marina in the Westholm district of Orlbridge.\n\nThe blaze \
             broke out before dawn, the fire service said.\n\nThe marina's owner, Brenna \
             Coyle, said the damage was severe.\n",
        ),
        (
            "second-post",
            "Harbour Post",
            "2026-05-16",
            "Colm Rudd, 45, was arrested on Friday over the fire that destroyed two boats \
             at Tamsey Marina in Westholm, Orlbridge.\n\nThe fire service said the blaze \
             broke out before dawn.\n\nOwner Brenna Coyle said the damage was severe.\n",
        ),
    ];
    assert_eq!(
        stories_of(&batch),
        [
            ids(&["first-post", "first-wire"]),
            ids(&["second-post", "second-wire"])
        ]
        .into_iter()
        .collect()
    );
}
