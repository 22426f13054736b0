//! The default rules' newsroom synonyms and aliases: two outlets that tell the same thing
//! in the words outlets vary ("deal" / "agreement", "scrap" / "pull out of", "tariffs" /
//! "duties", "delayed" / "postponed"), or credit it to "the European Commission" and "the
//! EU", carry one claim (an agreement), not two single-source ones.

mod outlets;

use corroborate::check::FindingKind;
use corroborate::{Analysis, RuleSet, article, check, extract_claims};
use outlets::contents;

/// The two texts written as two outlets' files (the Daily Courier's, the Evening Post's),
/// read as the command line reads a folder, and checked with the built-in rules.
fn run(courier: &str, post: &str) -> Analysis {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("daily-courier.txt"), courier).unwrap();
    std::fs::write(dir.path().join("evening-post.txt"), post).unwrap();
    let rules = RuleSet::builtin().unwrap();
    let files = article::discover(&[dir.path().to_path_buf()]).unwrap();
    let articles = article::load(&files).unwrap();
    check(extract_claims(articles, &rules), &rules)
}

#[test]
fn outlets_varying_the_words_of_a_deal_agree() {
    let a = run(
        "Vienna round set\n\n\
         President Anna Smith has again threatened to scrap the water deal, her aides said on Monday.\n\n\
         The tariffs on steel would be delayed, the trade office said.\n",
        "Ruritania round\n\n\
         President Anna Smith has again threatened to pull out of the water agreement, her aides said.\n\n\
         The duties on steel would be postponed, the trade office said.\n",
    );
    let agreements = contents(&a, FindingKind::Agreement);
    assert!(
        agreements.iter().any(|g| g
            == &[
                "The duties on steel would be postponed".to_string(),
                "The tariffs on steel would be delayed".to_string(),
            ]),
        "{agreements:?}"
    );
    // Her aides speak: what they said is the whole clause, in which the outlets vary the
    // words of the threat.
    assert!(
        agreements.iter().any(|g| g
            == &[
                "President Anna Smith has again threatened to pull out of the water agreement"
                    .to_string(),
                "President Anna Smith has again threatened to scrap the water deal".to_string(),
            ]),
        "{agreements:?}"
    );
    let single = contents(&a, FindingKind::SingleSource);
    assert!(
        single.iter().flatten().all(|c| !c.contains("steel")),
        "{single:?}"
    );
}

/// The Commission speaks for the Union: the same quotation credited to "the European
/// Commission" by one outlet and to "the EU" by another is one claim of one speaker.
#[test]
fn the_commission_and_the_union_are_one_speaker() {
    let a = run(
        "Steel\n\n\"The decision prolongs uncertainty for our steel makers,\" the European \
         Commission said in a statement.\n",
        "Tariffs\n\n\"The decision prolongs uncertainty for our steel makers,\" the EU said in a \
         statement.\n",
    );
    assert_eq!(
        contents(&a, FindingKind::Agreement).len(),
        1,
        "{:?}",
        a.findings
    );
    assert!(contents(&a, FindingKind::SingleSource).is_empty());
    assert!(contents(&a, FindingKind::Contradiction).is_empty());
}

/// "Will travel to" a country is "will visit" it: two outlets telling of one planned trip,
/// one in each wording, carry one claim, though the president, the country and the month
/// are in every claim of the story and only the verb tells the trip from the rest.
#[test]
fn travelling_to_a_country_is_visiting_it() {
    let a = run(
        "Smith to tour\n\n\
         President Anna Smith will travel to Ruritania in June, the presidency said on Monday.\n\n\
         Ruritania hopes President Smith will sign the fishing pact in June, the Ruritanian \
         embassy said.\n\n\
         The harbour reopened after the storm, the port authority said.\n",
        "State trip\n\n\
         President Anna Smith will visit Ruritania on June 13, the palace said.\n\n\
         President Anna Smith expects the Ruritania pact to be ready in June, an adviser said.\n\n\
         President Smith and Ruritania have argued over fishing rights since June, the \
         ministry said.\n",
    );
    assert_eq!(
        contents(&a, FindingKind::Agreement),
        [[
            "President Anna Smith will travel to Ruritania in June".to_string(),
            "President Anna Smith will visit Ruritania on June 13".to_string(),
        ]],
        "{:?}",
        a.findings
    );
    let single = contents(&a, FindingKind::SingleSource);
    assert!(
        single.iter().flatten().all(|c| !c.contains("Ruritania in")),
        "{single:?}"
    );
}

/// A "possible" venue is a "potential" one: the mayor's office weighing venues for a summit,
/// one outlet writing each word, carry one claim, though the summit and the venues are all
/// the two share besides.
#[test]
fn a_possible_venue_is_a_potential_one() {
    let a = run(
        "Summit venues\n\n\
         Mayor Lena Ortiz said the council was weighing potential venues for the summit.\n\n\
         The ferry service will run late on Friday, the harbour office said.\n",
        "Where the leaders meet\n\n\
         Mayor Lena Ortiz said her aides were reviewing possible venues for the summit.\n\n\
         Hotel rooms in the old town are sold out, the tourism board said.\n",
    );
    let agreements = contents(&a, FindingKind::Agreement);
    assert!(
        agreements.iter().any(|g| g
            == &[
                "her aides were reviewing possible venues for the summit".to_string(),
                "the council was weighing potential venues for the summit".to_string(),
            ]),
        "{agreements:?}"
    );
    let single = contents(&a, FindingKind::SingleSource);
    assert!(
        single.iter().flatten().all(|c| !c.contains("venues")),
        "{single:?}"
    );
}

/// Who spoke with whom, in the words outlets vary: "had talked with" someone is "had a
/// conversation with" them, one claim of the mayor's, though the governor and the buyer are
/// all the two share besides.
#[test]
fn talking_with_someone_is_a_conversation_with_them() {
    let a = run(
        "Harbour sale\n\n\
         Mayor Lena Ortiz said the governor had talked with the buyer twice.\n\n\
         The ferry service will run late on Friday, the harbour office said.\n",
        "Port deal\n\n\
         Mayor Lena Ortiz said the governor had a conversation with the buyer in March.\n\n\
         Hotel rooms in the old town are sold out, the tourism board said.\n",
    );
    assert_eq!(
        contents(&a, FindingKind::Agreement),
        [[
            "the governor had a conversation with the buyer in March".to_string(),
            "the governor had talked with the buyer twice".to_string(),
        ]],
        "{:?}",
        a.findings
    );
    let single = contents(&a, FindingKind::SingleSource);
    assert!(
        single.iter().flatten().all(|c| !c.contains("buyer")),
        "{single:?}"
    );
}
