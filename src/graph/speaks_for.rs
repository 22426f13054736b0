//! A state and the person who speaks for it: "Israel" and "Israeli Prime Minister Yael
//! Dror", "Iran" and "Iran's foreign minister" are two speakers that can give one statement.
//! Read from the copy (the title a speaker is written with carries the state's name as an
//! adjective or a possessive) and from the rules (a `[[place]]` the state is named by lies
//! `in` it: its capital, where a desk says so; an `[[entity]]` `speaks-for` whom it names),
//! never from a list of names in code.

use crate::rules::RuleSet;
use crate::words::lower_case_straight;

/// Endings that make a country's name an adjective of it: Israel-i, Iran-ian, Korea-n,
/// Japan-ese, Turk-ish, Pakistan-i.
const ADJECTIVE_ENDINGS: &[&str] = &["i", "n", "an", "ian", "ese", "ish", "ic"];

/// The shortest stem a name is read by once its last vowel goes ("Chin" of "China" in
/// "Chinese"): shorter stems meet too many words by chance.
const MIN_STEM: usize = 4;

/// The names `body` (a speaker written as a name that is not a person: "Israel", "Tehran",
/// "the Kremlin") goes by for [`speaks_for`], in lower case and without a leading "the":
/// its own, and those of every place a `[[place]]` of the rules puts it in, through any
/// number of steps, with their aliases.
pub fn body_names(body: &str, rules: &RuleSet) -> Vec<String> {
    let mut names = vec![bare(body)];
    let mut at = 0;
    // Each name found is looked up once; a chain of `in` ends when it meets a name already
    // found, so a loop in the rules ends too.
    while let Some(name) = names.get(at).cloned() {
        at += 1;
        let Some(place) = rules.places.iter().find(|p| {
            std::iter::once(&p.name)
                .chain(&p.aliases)
                .any(|n| reads_as(n, &name))
        }) else {
            continue;
        };
        let more = std::iter::once(&place.name)
            .chain(&place.aliases)
            .chain(&place.within)
            .map(|n| bare(n));
        for n in more {
            if !names.contains(&n) {
                names.push(n);
            }
        }
    }
    names.retain(|n| !n.is_empty());
    names
}

/// A name as [`body_names`] gives it: in lower case, straight apostrophes, without a
/// leading "the".
fn bare(name: &str) -> String {
    let lower = lower_case_straight(name.trim());
    match lower.strip_prefix("the ") {
        Some(rest) => rest.to_string(),
        None => lower,
    }
}

/// True when `bare(written) == name`, for a `name` that [`bare`] gave. The rules' place
/// names are looked through for each speaker compared while a batch is linked: an ASCII name
/// (nearly all) is compared where it lies, not lowered into a new string first.
fn reads_as(written: &str, name: &str) -> bool {
    let trimmed = written.trim();
    if !trimmed.is_ascii() {
        return bare(written) == name;
    }
    // ASCII lowers byte by byte, and `name`, made by `bare`, holds no capital letter.
    let rest = match trimmed.get(..4) {
        Some(head) if head.eq_ignore_ascii_case("the ") => &trimmed[4..],
        _ => trimmed,
    };
    rest.eq_ignore_ascii_case(name)
}

/// The names the rules say the entity `id` speaks for (its `speaks-for`), as written there.
pub fn spoken_for<'r>(id: Option<&str>, rules: &'r RuleSet) -> &'r [String] {
    id.and_then(|id| rules.entities.iter().find(|e| e.id == id))
        .map_or(&[], |e| e.speaks_for.as_slice())
}

/// True when `title` (a speaker's mention or role as written, "Israeli Prime Minister Yael
/// Dror", "Iran's foreign minister") carries one of `names` (lower case, from
/// [`body_names`]) as a possessive ("Iran's") or as an adjective made of it ("Israeli",
/// "North Korean", "Chinese" of "China"). The name itself standing alone is no title
/// ("Israel Katz" is a person named Israel).
pub fn title_carries(title: &str, names: &[String]) -> bool {
    let lower = lower_case_straight(title);
    names.iter().any(|name| carries(&lower, name))
}

/// [`title_carries`] for one name: each place `name` starts a word of `lower`.
fn carries(lower: &str, name: &str) -> bool {
    // "China" is read as "chin" too, "Turkey" as "turk": the stem an adjective is made on.
    let mut stems = vec![name.to_string()];
    let trimmed = name.trim_end_matches(['a', 'e', 'y']);
    if trimmed.len() >= MIN_STEM && trimmed != name {
        stems.push(trimmed.to_string());
    }
    stems.iter().any(|stem| {
        lower.match_indices(stem.as_str()).any(|(at, _)| {
            let starts_word = lower[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            let rest = &lower[at + stem.len()..];
            let tail: &str = rest
                .split(|c: char| !c.is_alphanumeric() && c != '\'')
                .next()
                .unwrap_or("");
            starts_word && (tail == "'s" || ADJECTIVE_ENDINGS.contains(&tail))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(body: &str) -> Vec<String> {
        body_names(body, &RuleSet::builtin().expect("the built-in rules load"))
    }

    #[test]
    fn a_title_made_of_the_states_name_speaks_for_it() {
        assert!(title_carries(
            "Israeli Prime Minister Yael Dror",
            &names("Israel")
        ));
        assert!(title_carries("Iran's foreign minister", &names("Iran")));
        assert!(title_carries("Iran’s foreign minister", &names("Iran")));
        assert!(title_carries(
            "North Korean leader Pak Sun",
            &names("North Korea")
        ));
        assert!(title_carries("Chinese Premier Wen Lu", &names("China")));
        assert!(title_carries(
            "the Turkish foreign ministry",
            &names("Turkey")
        ));
        assert!(title_carries("Myanmar's junta", &names("Burma")));
    }

    #[test]
    fn a_name_alone_or_another_state_is_no_title() {
        // A person named like the state, a neighbour, a word the name only begins.
        assert!(!title_carries("Israel Katz", &names("Israel")));
        assert!(!title_carries(
            "Iraqi Prime Minister Ali Hadi",
            &names("Iran")
        ));
        assert!(!title_carries("Koreatown residents", &names("Korea")));
        assert!(!title_carries("Chinatown's mayor", &names("China")));
        assert!(!title_carries("the Israelite", &names("Israel")));
        assert!(!title_carries("the prime minister", &names("Israel")));
    }

    #[test]
    fn a_place_is_found_by_its_name_however_capitalised() {
        // What the rules' place names are compared by: the name in lower case, straight
        // apostrophes, without a leading "the"; written in capitals or with "The" all the same.
        for (written, name) in [
            ("The Kremlin", "kremlin"),
            ("THE KREMLIN", "kremlin"),
            ("  Kremlin ", "kremlin"),
            ("the  Kremlin", " kremlin"),
            ("The", "the"),
            ("Côte d’Ivoire", "côte d'ivoire"),
            ("CÔTE D’IVOIRE", "côte d'ivoire"),
            ("Theresa", "theresa"),
        ] {
            assert_eq!(bare(written), name, "{written}");
            assert!(reads_as(written, name), "{written}");
        }
        assert!(!reads_as("The Kremlin", "the kremlin"));
        assert!(!reads_as("Kremlin", "côte d'ivoire"));
        assert!(!reads_as("Theresa", "resa"));
    }

    #[test]
    fn a_capital_speaks_for_its_state_only_where_the_rules_place_it() {
        let builtin = RuleSet::builtin().expect("the built-in rules load");
        assert!(!title_carries(
            "Iran's foreign minister",
            &body_names("Tehran", &builtin)
        ));
        let mut desk = builtin.clone();
        desk.places.push(crate::rules::PlaceRule {
            name: "Tehran".into(),
            aliases: Vec::new(),
            within: Some("Iran".into()),
        });
        assert!(title_carries(
            "Iran's foreign minister",
            &body_names("Tehran", &desk)
        ));
        assert!(title_carries(
            "Iranian Foreign Minister Reza Amini",
            &body_names("Tehran", &desk)
        ));
    }
}
