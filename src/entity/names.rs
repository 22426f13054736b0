//! A speaker mention read as a name: the titles, roles and outlets written before it set
//! aside, the parts that tell people apart, and whether two names can be one person's.

use crate::rules::RuleSet;
use crate::words::{fold, is_speaker_filler, without_possessive};

use super::when::without_time;

/// How a mention reads once parsed.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Mention {
    /// "he", "she", a relative "who".
    Pronoun,
    /// "they", "we", "it", "I", "you": not resolved.
    Unresolved,
    /// A proper name, with the role written before it.
    Name { name: String, role: Option<String> },
    /// "the secretary", "a senior European Union diplomat", "The main … opposition group".
    Description { text: String },
}

/// Lower-case particles kept inside a name: "al-Assad", "bin Salman", "de Mistura".
const LOWER_PARTICLES: [&str; 13] = [
    "al-", "el-", "bin", "de", "van", "von", "da", "al", "ibn", "le", "la", "du", "der",
];

/// Reads a speaker mention: a pronoun, a name with the role written before it, or a
/// description. The name is the trailing run of capitalised words that are neither titles
/// ("Secretary", "Mr.") nor the end of an organisation's or outlet's name ("Fox News Sean
/// Hannity" is Sean Hannity: no person's id holds an outlet).
pub(super) fn parse(mention: &str, rules: &RuleSet) -> Mention {
    // "a poll released Monday": the day is no name ([`without_time`]); a day alone is no one.
    let timeless = without_time(mention);
    if timeless.len() < mention.trim_end().len() {
        if timeless.is_empty() {
            return Mention::Unresolved;
        }
        return parse(timeless, rules);
    }
    // "Israel's demand that …", "Mr. Trump's insistence that …": the holder written with a
    // possessive is the holder ("Israel", "Mr. Trump"), never a name of its own.
    let bare = without_possessive(mention.trim_end());
    if bare.len() < mention.trim_end().len() && !bare.trim().is_empty() {
        return parse(bare, rules);
    }
    let words: Vec<&str> = mention.split_whitespace().collect();
    let lower = mention.to_lowercase();
    if words.len() == 1 {
        match lower.as_str() {
            // "his insistence that …": a possessive holder stands for whom "he" would.
            "he" | "she" | "him" | "her" | "his" | "who" => return Mention::Pronoun,
            "they" | "we" | "it" | "i" | "you" => return Mention::Unresolved,
            // Another word that names no one by itself ("their", "those", "the"): nobody
            // known, never an entity of its own that every article's "their" would share.
            other if is_speaker_filler(other) => return Mention::Unresolved,
            _ => {}
        }
    }
    let description = || Mention::Description {
        text: mention.to_string(),
    };
    // "Turkey and Saudi Arabia": several speakers, no one name.
    if words.iter().any(|w| *w == "and" || *w == "&") {
        return description();
    }
    if role_serving(mention, rules) {
        return description();
    }
    // "Sen. Marco Rubio of Florida", "Chairman Ben Bernanke of the Federal Reserve": a
    // title, a name of two words or more, then "of" and the state or body it serves; the
    // person is the name before "of". Without the title ("the Bureau of Land Management")
    // the words before "of" are an organisation's.
    if let Some(of) = words.iter().position(|w| *w == "of")
        && of >= 3
        && rules.is_title(words[0])
        && let Mention::Name { name, role } = parse(&words[..of].join(" "), rules)
        && name.split_whitespace().count() >= 2
    {
        return Mention::Name { name, role };
    }
    let last_capital = words.last().is_some_and(|w| {
        w.chars().next().is_some_and(char::is_uppercase) || capitalized_after_hyphen(w)
    });
    if !last_capital || rules.is_organization_word(words.last().copied().unwrap_or("")) {
        return description();
    }
    let mut start = words.len();
    while start > 0 {
        let w = words[start - 1];
        let particle = LOWER_PARTICLES
            .iter()
            .any(|p| w.starts_with(p) && (w.len() == p.len() || p.ends_with('-')));
        // "the Federal Bureau of Prisons": a capitalised word, then "of" and a name.
        if matches!(w, "of" | "for" | "on")
            && start >= 2
            && words[start - 2]
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
            && !rules.is_title(words[start - 2])
        {
            return description();
        }
        let cap = w.chars().next().is_some_and(char::is_uppercase)
            || (particle && start < words.len())
            || (particle && capitalized_after_hyphen(w));
        if !cap
            || is_title_at(&words, start - 1, rules)
            || rules.is_organization_word(w)
            || w.ends_with("'s")
            || w.ends_with("’s")
            // "Fox News’ Bret Baier": a plural possessive, the outlet's, ends the name too.
            || w.ends_with('\'')
            || w.ends_with('’')
        {
            break;
        }
        // "ambassador to Syria Robert Ford": the place after `to` or `of` belongs to the
        // role, not to the name.
        if start < words.len()
            && start >= 2
            && matches!(
                words[start - 2].to_lowercase().as_str(),
                "to" | "of" | "for" | "on"
            )
        {
            // … but "the Syrian Observatory for Human Rights", "the Centre for Policy
            // Research": an organisation's name, no person's.
            let before = start.checked_sub(3).map(|b| words[b]);
            if before.is_some_and(|b| {
                b.chars().next().is_some_and(char::is_uppercase) && !rules.is_title(b)
            }) {
                return description();
            }
            break;
        }
        start -= 1;
    }
    if start == words.len() {
        return description();
    }
    let name = words[start..].join(" ");
    let role_start = words[..start].iter().position(|w| rules.is_title(w));
    let role = role_start
        .map(|r| words[r..start].join(" "))
        .filter(|r| !r.is_empty());
    Mention::Name { name, role }
}

/// Prepositions between a title and the place or body it serves: "Ambassador to
/// Washington", "Speaker of the House", "envoy for Syria".
const SERVES: [&str; 4] = ["to", "of", "for", "at"];

/// True when `mention` ends in a title and the place or body it serves, with no person's
/// name after them: "the British Ambassador to Washington", "the U.S. envoy to the United
/// Nations", "the Speaker of the House" — a role held by someone, not the name of
/// "Washington" or "the United Nations". The place is a run of one or two capitalised
/// words; a name after it ("ambassador to Syria Robert Ford") or before the preposition
/// ("Chairman Ben Bernanke of the Federal Reserve", "Representative Laura J. Bishop of New
/// Mexico") is a person's.
pub fn role_serving(mention: &str, rules: &RuleSet) -> bool {
    let words: Vec<&str> = mention.split_whitespace().collect();
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let mut start = words.len();
    while start > 0 && capital(words[start - 1]) && !rules.is_title(words[start - 1]) {
        start -= 1;
    }
    let place = words.len() - start;
    if place == 0 || place > 2 {
        return false;
    }
    let mut before = start;
    if before > 0 && words[before - 1].eq_ignore_ascii_case("the") {
        before -= 1;
    }
    // A person named before the preposition holds the title ("Representative Laura J.
    // Bishop of New Mexico").
    let named = || {
        matches!(parse(&words[..before - 1].join(" "), rules),
            Mention::Name { name, .. } if name.split_whitespace().count() >= 2)
    };
    before >= 2
        && SERVES.contains(&words[before - 1])
        && rules.is_title(words[before - 2])
        && !named()
}

/// "al-Assad" is a name though it opens in lower case.
fn capitalized_after_hyphen(word: &str) -> bool {
    word.split_once('-')
        .is_some_and(|(_, rest)| rest.chars().next().is_some_and(char::is_uppercase))
}

/// The family name, without a particle: "Bashar al-Assad" → "Assad".
pub(super) fn surname_of(name: &str) -> &str {
    let last = name
        .split_whitespace()
        .rev()
        .find(|w| !is_suffix(w))
        .unwrap_or("");
    match last.split_once('-') {
        Some(("al" | "el" | "Al" | "El", rest)) => rest,
        _ => last,
    }
}

/// "Jr.", "Sr.", "III": written after a name, telling no one apart from the family.
fn is_suffix(word: &str) -> bool {
    matches!(
        word.trim_end_matches([',', '.']),
        "Jr" | "Sr" | "II" | "III" | "IV"
    )
}

/// A person's name without middle initials, for ids: "John F. Kerry" → "John Kerry".
pub(super) fn without_initials(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let keep: Vec<&str> = words
        .iter()
        .enumerate()
        .filter(|&(i, w)| {
            let initial = w.trim_end_matches('.').chars().count() == 1;
            !(initial && i > 0 && i + 1 < words.len())
        })
        .map(|(_, w)| *w)
        .collect();
    keep.join(" ")
}

/// A folded mention without its leading article.
pub(super) fn strip_determiner(folded: &str) -> &str {
    for d in ["the ", "a ", "an "] {
        if let Some(rest) = folded.strip_prefix(d) {
            return rest;
        }
    }
    folded
}

/// Nouns that name one person by what they do: a description headed by one ("the former
/// British Cabinet member", "the billionaire real estate magnate") may stand for a person
/// named before it; "The Post" or "the campaign" never does.
const PERSON_NOUNS: &[&str] = &[
    "adviser",
    "advisor",
    "aide",
    "ambassador",
    "analyst",
    "anchor",
    "attorney",
    "author",
    "billionaire",
    "businessman",
    "businesswoman",
    "candidate",
    "ceo",
    "chairman",
    "chairwoman",
    "chancellor",
    "chief",
    "commander",
    "commissioner",
    "congressman",
    "congresswoman",
    "correspondent",
    "councilman",
    "councilwoman",
    "democrat",
    "deputy",
    "diplomat",
    "director",
    "economist",
    "envoy",
    "executive",
    "founder",
    "frontrunner",
    "general",
    "governor",
    "host",
    "investor",
    "journalist",
    "judge",
    "justice",
    "lawmaker",
    "lawyer",
    "leader",
    "magnate",
    "man",
    "manager",
    "mayor",
    "member",
    "minister",
    "mogul",
    "negotiator",
    "nominee",
    "officer",
    "official",
    "politician",
    "pollster",
    "premier",
    "president",
    "professor",
    "prosecutor",
    "representative",
    "republican",
    "researcher",
    "runner",
    "secretary",
    "senator",
    "sheriff",
    "speaker",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "strategist",
    "superintendent",
    "veteran",
    "woman",
];

/// True for a noun that names one person by what they do ("adviser", "lawyer",
/// "spokeswoman"), given in lower case.
pub fn is_person_noun(lower: &str) -> bool {
    PERSON_NOUNS.binary_search(&lower).is_ok()
}

/// A description whose last word names one person ("member", "diplomat", "official"),
/// unless a noun for no person heads it before "of" ("the department of justice").
pub(super) fn is_person_description(folded: &str) -> bool {
    let person = |w: &str| PERSON_NOUNS.binary_search(&w).is_ok();
    person(folded.split_whitespace().last().unwrap_or(""))
        && (!folded.contains(" of ") || person(description_head(folded)))
}

/// The noun that heads a description: its last word before "of", or before a word that
/// opens a phrase after the noun ("one adviser close to the mayor", "a source
/// familiar with the talks"), else its last word.
pub(super) fn description_head(folded: &str) -> &str {
    let words: Vec<&str> = folded.split_whitespace().collect();
    let end = words
        .iter()
        .position(|w| {
            matches!(
                *w,
                "of" | "close" | "familiar" | "with" | "to" | "in" | "at" | "from" | "for"
            )
        })
        .filter(|&i| i > 0)
        .unwrap_or(words.len());
    words.get(end.wrapping_sub(1)).copied().unwrap_or("")
}

/// Particles that do not tell two spellings of a name apart ("Bashar al-Assad" = "Bashar Assad").
pub(super) const NAME_PARTICLES: [&str; 4] = ["al", "el", "ad", "as"];

/// The parts of a person's name that identify them: titles before the name dropped
/// ("Syrian President Bashar al-Assad" → bashar, assad), accents and case folded, particles,
/// suffixes ("Jr.") and middle initials ("John F. Kerry") left out.
pub(super) fn name_parts(name: &str, rules: &RuleSet) -> Vec<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let after_title = (0..words.len())
        .rposition(|i| is_title_at(&words, i, rules))
        .map_or(0, |i| i + 1);
    let kept: Vec<&str> = words
        .get(after_title..)
        .unwrap_or(&[])
        .iter()
        .copied()
        .filter(|w| !is_suffix(w))
        .collect();
    fold(&kept.join(" "))
        .split_whitespace()
        .filter(|p| p.chars().count() > 1 && !NAME_PARTICLES.contains(p))
        .map(str::to_string)
        .collect()
}

/// The name as it should be shown: titles dropped, the rest as written.
pub(super) fn display_name(name: &str, rules: &RuleSet) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let after_title = (0..words.len())
        .rposition(|i| is_title_at(&words, i, rules))
        .map_or(0, |i| i + 1);
    let kept = words.get(after_title..).unwrap_or(&[]).join(" ");
    if kept.is_empty() {
        name.to_string()
    } else {
        kept
    }
}

/// True when two given names belong to one person: the same, a spelling variant
/// (Sergei/Sergey: Jaro-Winkler ≥ 0.9) or an initial of the other.
pub(super) fn same_given_name(a: &str, b: &str) -> bool {
    a == b
        || strsim::jaro_winkler(a, b) >= 0.9
        || (a.chars().count() == 1 && b.starts_with(a))
        || (b.chars().count() == 1 && a.starts_with(b))
}

/// The parts of a speaker's name as written that tell people apart ("U.S. Secretary of
/// State John F. Kerry" → john, kerry; "Mrs. Clinton" → clinton), or `None` when the
/// mention is no name: a pronoun, a description, several people.
pub fn written_name(mention: &str, rules: &RuleSet) -> Option<Vec<String>> {
    match parse(mention, rules) {
        Mention::Name { name, .. } => Some(name_parts(&name, rules)).filter(|p| !p.is_empty()),
        _ => None,
    }
}

/// Whether two names (as [`written_name`] reads them) can only be two people: different
/// surnames, or the same surname with given names of which none could be the other's
/// ("Bill Clinton" and "Hillary Clinton"). A surname alone ("Clinton", "Mrs. Clinton") is
/// never apart from a full name with that surname: who it is stays unknown.
pub fn names_apart(a: &[String], b: &[String]) -> bool {
    let (Some((surname_a, given_a)), Some((surname_b, given_b))) = (a.split_last(), b.split_last())
    else {
        return false;
    };
    if surname_a != surname_b {
        return true;
    }
    !given_a.is_empty()
        && !given_b.is_empty()
        && !given_a
            .iter()
            .any(|x| given_b.iter().any(|y| same_given_name(x, y)))
}

/// Whether `words[i]` is a title: a title word, except where it is a surname ("Peter T.
/// King", "Martin Luther King Jr.": after an initial, or before a generation).
fn is_title_at(words: &[&str], i: usize, rules: &RuleSet) -> bool {
    let surname =
        i >= 1 && is_initial(words[i - 1]) || words.get(i + 1).is_some_and(|next| is_suffix(next));
    rules.is_title(words[i]) && !surname
}

/// An initial in a name: one capital letter and a full stop ("T.").
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next(), chars.next()), (Some(c), Some('.'), None) if c.is_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> RuleSet {
        RuleSet::builtin().unwrap()
    }

    fn name(mention: &str) -> Vec<String> {
        written_name(mention, &rules()).unwrap_or_default()
    }

    #[test]
    fn a_title_and_the_place_it_serves_names_no_one() {
        // Not a person called "Washington" or "United Nations".
        assert!(name("the British Ambassador to Washington").is_empty());
        assert!(name("the U.S. envoy to the United Nations").is_empty());
        assert_eq!(name("Ambassador to Syria Robert Ford"), ["robert", "ford"]);
        assert_eq!(
            name("Chairman Ben Bernanke of the Federal Reserve"),
            ["ben", "bernanke"]
        );
    }

    #[test]
    fn person_nouns_are_sorted_for_lookup() {
        assert!(PERSON_NOUNS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn middle_initials_do_not_change_the_person() {
        assert_eq!(without_initials("John F. Kerry"), "John Kerry");
        assert_eq!(surname_of("Bashar al-Assad"), "Assad");
        assert_eq!(surname_of("Donald Trump Jr."), "Trump");
    }

    #[test]
    fn titles_are_stripped_into_the_role() {
        let rules = rules();
        assert_eq!(
            parse("U.S. Secretary of State John Kerry", &rules),
            Mention::Name {
                name: "John Kerry".into(),
                role: Some("Secretary of State".into())
            }
        );
        assert_eq!(
            parse("Former U.S. ambassador to Syria Robert Ford", &rules),
            Mention::Name {
                name: "Robert Ford".into(),
                role: Some("Former U.S. ambassador to Syria".into())
            }
        );
        assert_eq!(
            parse("The State Department", &rules),
            Mention::Description {
                text: "The State Department".into()
            }
        );
    }

    #[test]
    fn a_surname_that_is_also_a_title_stays_the_surname() {
        let rules = rules();
        assert_eq!(
            parse("Representative Laura J. Bishop of New Mexico", &rules),
            Mention::Name {
                name: "Laura J. Bishop".into(),
                role: Some("Representative".into())
            }
        );
        assert_eq!(name("Martin Luther King Jr."), ["martin", "luther", "king"]);
        // Standing first, the same word is still the title.
        assert_eq!(
            parse("King Hussein", &rules),
            Mention::Name {
                name: "Hussein".into(),
                role: Some("King".into())
            }
        );
    }

    #[test]
    fn an_outlet_before_a_name_is_no_part_of_it() {
        assert_eq!(name("Fox News Sean Hannity"), ["sean", "hannity"]);
        assert_eq!(name("Washington Post Trump"), ["trump"]);
        assert_eq!(name("Fox News’ Bret Baier"), ["bret", "baier"]);
        assert_eq!(name("Fox News' Bret Baier"), ["bret", "baier"]);
        assert_eq!(name("The Huffington Post"), Vec::<String>::new());
    }

    #[test]
    fn an_organisation_named_with_for_or_of_is_no_person() {
        let rules = rules();
        for mention in [
            "the Syrian Observatory for Human Rights",
            "the Syrian Centre for Policy Research",
            "the Federal Bureau of Prisons",
        ] {
            assert_eq!(written_name(mention, &rules), None, "{mention}");
        }
        assert_eq!(
            name("Former U.S. ambassador to Syria Robert Ford"),
            ["robert", "ford"]
        );
    }

    #[test]
    fn a_titled_name_of_a_state_or_body_is_the_person() {
        assert_eq!(name("Sen. Marco Rubio of Florida"), ["marco", "rubio"]);
        assert_eq!(
            name("Chairman Ben Bernanke of the Federal Reserve"),
            ["ben", "bernanke"]
        );
        assert_eq!(name("Secretary of State John Kerry"), ["john", "kerry"]);
        let rules = rules();
        assert_eq!(
            written_name("the Federal Reserve Bank of New York", &rules),
            None
        );
    }

    #[test]
    fn surname_title_and_full_name_are_compatible() {
        for (a, b) in [
            ("Trump", "Donald J. Trump"),
            ("Mr. Trump", "Donald Trump"),
            ("Mrs. Clinton", "Hillary Clinton"),
            ("Clinton", "Bill Clinton"),
            ("Hillary Rodham Clinton", "Hillary Clinton"),
            ("Sergei Lavrov", "Sergey Lavrov"),
            ("Donald Trump Jr.", "Trump"),
        ] {
            assert!(!names_apart(&name(a), &name(b)), "{a} / {b}");
        }
    }

    #[test]
    fn other_surnames_and_other_given_names_are_two_people() {
        for (a, b) in [
            ("Kerry", "Lavrov"),
            ("Bill Clinton", "Hillary Clinton"),
            ("Mr. Cruz", "Harry Reid"),
        ] {
            assert!(names_apart(&name(a), &name(b)), "{a} / {b}");
        }
    }

    #[test]
    fn a_holder_written_with_a_possessive_is_the_holder() {
        // "Israel's demand that …", "Chancellor Angela Merkel’s insistence that …".
        let rules = rules();
        for (possessive, plain) in [
            ("Israel's", "Israel"),
            ("Mr. Trump's", "Mr. Trump"),
            ("Chancellor Angela Merkel’s", "Chancellor Angela Merkel"),
        ] {
            assert_eq!(
                parse(possessive, &rules),
                parse(plain, &rules),
                "{possessive}"
            );
            assert!(written_name(possessive, &rules).is_some(), "{possessive}");
        }
        assert_eq!(parse("That's", &rules), Mention::Unresolved);
    }

    #[test]
    fn pronouns_and_descriptions_are_no_names() {
        let rules = rules();
        for mention in [
            "he",
            "the secretary",
            "Clinton advisers",
            "Turkey and Saudi Arabia",
        ] {
            assert_eq!(written_name(mention, &rules), None, "{mention}");
        }
    }

    #[test]
    fn only_person_nouns_head_a_person_description() {
        assert!(is_person_description("former british cabinet member"));
        assert!(is_person_description("billionaire real estate magnate"));
        assert!(!is_person_description("post"));
        assert!(!is_person_description("huffington post"));
        assert!(!is_person_description("trump campaign"));
        assert!(!is_person_description("department of justice"));
        assert_eq!(
            description_head("one labour adviser close to the prime minister"),
            "adviser"
        );
    }
}
