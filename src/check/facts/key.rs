//! Keys that decide which facts meet: the frame a fact is compared in (story, kind, what,
//! holder, somewhere else or the story's own place, background year) and who gives it
//! ("the U.S. Geological Survey" = "USGS"; "he" is whoever the claim's speaker resolves to).

use std::collections::BTreeMap;

use crate::extract::{Fact, FactKind, FactValue, is_described_organisation};
use crate::rules::RuleSet;
use crate::words::{fold, with_lower_case};

/// The frame a fact is compared in.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FrameKey {
    pub story: usize,
    pub kind: FactKind,
    pub what: String,
    pub holder: Option<String>,
    /// The place when it is not the story's own (named outside the article's opening).
    pub place: Option<String>,
    /// For background, the year of the earlier event ("2003"), or its place.
    pub background: Option<String>,
    /// The unit values must share ("usd" for every currency with a rate, "metre" …).
    pub unit: Option<String>,
}

impl FrameKey {
    /// The key of `fact` in story `story`, with `unit` the unit its value converts into and
    /// `story_date` the date an undated article takes from the reports it shares claims
    /// with; `None` for background anchored to no time and no place (nothing to meet).
    pub fn of(
        fact: &Fact,
        story: usize,
        unit: Option<&str>,
        story_date: Option<crate::date::Date>,
    ) -> Option<FrameKey> {
        // An age is its person's, a sum a named holder's or one thing's value ("a $2.5
        // million necklace"), wherever and whenever told; the places of readings still
        // keep two things of places apart from meeting. An age before its noun told of a
        // year gone by ("In 2018, a 29-year-old runner died at the same race") is the age
        // then, of that year's event; one after a name ("Keel, 54, took over in 2018") is
        // the person's now, as copy writes it.
        let earlier_age = fact.kind == FactKind::Age
            && fact.background
            && fact.frame.time.as_ref().is_some_and(|t| t.len() == 4)
            && matches!(&fact.value, FactValue::Amount(a) if a.text.contains("year-old"));
        if (fact.kind == FactKind::Age && !earlier_age)
            || (fact.kind == FactKind::Money
                && fact.frame.holder.as_ref().is_some_and(|h| {
                    h.starts_with(char::is_uppercase)
                        || (fact.frame.what == "value" && h != "share")
                }))
        {
            return Some(FrameKey {
                story,
                kind: fact.kind,
                what: fact.frame.what.clone(),
                holder: fact.frame.holder.clone(),
                place: None,
                background: None,
                unit: unit.map(str::to_string),
            });
        }
        let place = (!fact.places.is_empty()).then(|| {
            let mut places = fact.places.clone();
            places.sort();
            places.join(" + ")
        });
        // An undated article's year or month is background once the story's date says so.
        let late = fact
            .period
            .zip(story_date)
            .is_some_and(|(p, d)| p.before(d));
        let background = if fact.background || late {
            let time = fact
                .frame
                .time
                .clone()
                .or_else(|| fact.period.and_then(|p| p.time(story_date)));
            let year = time.as_deref().and_then(|t| t.get(..4)).map(str::to_string);
            Some(year.or_else(|| place.clone())?)
        } else {
            None
        };
        Some(FrameKey {
            story,
            kind: fact.kind,
            what: fact.frame.what.clone(),
            holder: fact.frame.holder.clone(),
            // Background is met by year; its place is compared reading by reading.
            place: if background.is_some() || !fact.away {
                None
            } else {
                place
            },
            background,
            unit: unit.map(str::to_string),
        })
    }
}

/// Pronouns and other words that name a speaker only within one article.
fn pronoun(folded: &str) -> bool {
    matches!(
        folded,
        "he" | "she" | "they" | "it" | "we" | "i" | "you" | "his" | "her" | "their"
    )
}

/// A source's name folded for comparing: without "the", with "United States" and "U.S."
/// both "us".
pub fn normalise(name: &str) -> String {
    let folded = fold(name);
    let folded = folded.strip_prefix("the ").unwrap_or(&folded);
    folded.replace("united states", "us")
}

/// The letters a name is shortened to: "us geological survey" → "usgs".
fn acronym(normalised: &str) -> Option<String> {
    let words: Vec<&str> = normalised.split_whitespace().collect();
    if words.len() < 2 {
        return None;
    }
    Some(
        words
            .iter()
            .map(|w| match *w {
                "us" | "uk" | "un" | "eu" => (*w).to_string(),
                _ => w.chars().next().map(String::from).unwrap_or_default(),
            })
            .collect(),
    )
}

/// A source that names no one: one of the rules' `unnamed-sources` after "a", "an" or
/// "some" and before words of no name ("a report published", "reports", "a list of the
/// payments obtained"); a capital past the first word is a name ("a report by Amnesty").
fn unnamed(name: &str, key: &str, rules: &RuleSet) -> bool {
    let key = ["a ", "an ", "some "]
        .iter()
        .find_map(|d| key.strip_prefix(d))
        .unwrap_or(key);
    let named = name
        .split_whitespace()
        .skip(1)
        .any(|w| w.starts_with(char::is_uppercase));
    !named
        && rules.facts.unnamed_sources.iter().any(|u| {
            let u = u.to_lowercase();
            key.strip_prefix(u.as_str())
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
        })
}

/// The key a claimed source is compared by, or `None` for the outlet's own voice. `name`
/// is the source as written or as the claim's speaker resolves; a pronoun no one resolved
/// is a source only within its article, and a document that names no one ("a report
/// published") is none.
pub fn source_key(name: Option<&str>, article: &str, rules: &RuleSet) -> Option<String> {
    let name = name?;
    let key = normalise(name);
    if unnamed(name, &key, rules) {
        return None;
    }
    let key = without_article(&key);
    // "his family", "his daughter", "relatives": the family of the one the copy is about
    // speaks as one source.
    if family(&name.trim().to_lowercase()) {
        return Some("family".to_string());
    }
    // "a health ministry official" speaks for the health ministry, "Swiss police" are
    // the police: the role of the one speaking and the qualifier of the authorities go.
    let key = institution(key, rules);
    // "police" and "a police spokesman" are one source under the synonym rules.
    let key = rules.canonical_lower(key).to_string();
    if key.is_empty() {
        return None;
    }
    Some(if pronoun(&key) {
        format!("{article}/{key}")
    } else {
        key
    })
}

/// The body a named spokesman speaks for, as written: "coast guard spokesman Tomas Verin"
/// → "coast guard", so that the figures he gives are the coast guard's.
pub fn spokesman_body(written: &str) -> Option<&str> {
    let words: Vec<&str> = written.split_whitespace().collect();
    let at = words
        .iter()
        .position(|w| with_lower_case(w, speaks_for) && !matches!(*w, "source" | "sources"))?;
    let named = at > 0
        && at + 1 < words.len()
        && words[at + 1..]
            .iter()
            .all(|w| w.starts_with(char::is_uppercase));
    if !named {
        return None;
    }
    // Where that word stands in `written` (a slice of it), not the first text like it.
    let end = words[at].as_ptr() as usize - written.as_ptr() as usize;
    Some(written[..end].trim_end())
}

/// Whether a source is the authorities: unnamed ("officials", "police") or speaking for a
/// body ("fire officials", "a health ministry official"); or an organisation described and
/// not named ("the company").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Officials {
    /// Not the authorities, or no source.
    #[default]
    No,
    /// The authorities without a name: the rules' synonyms of "police".
    Unnamed,
    /// Officials of a named body.
    OfBody,
    /// An organisation the copy only describes and no name resolved ("the company said"):
    /// it may be the organisation another outlet names.
    Described,
}

impl Officials {
    /// Two different sources that may still be one: the authorities unnamed and any of
    /// the authorities ("officials" said six storeys, "fire officials" eight).
    pub fn may_be_one(self, other: Officials) -> bool {
        matches!(
            (self, other),
            (Officials::Unnamed, Officials::Unnamed | Officials::OfBody)
                | (Officials::OfBody, Officials::Unnamed)
                | (Officials::Described, Officials::No)
                | (Officials::No, Officials::Described)
        )
    }
}

/// Two sources that may be one body written two ways: "mountain rescue officials" and
/// "the rescue service", "disaster officials" and "the disaster agency", "administrators
/// from Corran Partners" and "the administrators". Their keys share a word that says what
/// the body does (never a word any body is called by, "agency", "service", "ministry", nor
/// one who speaks for it), and at most one of them is written with a name in capitals
/// ("the U.S. Geological Survey" and "the Geological Survey of Iran" are two).
pub fn may_share_body(a: (&str, &str), b: (&str, &str), rules: &RuleSet) -> bool {
    let named = |shown: &str| {
        shown
            .split_whitespace()
            .skip(1)
            .any(|w| w.starts_with(char::is_uppercase))
            || shown.split_whitespace().count() == 1 && shown.starts_with(char::is_uppercase)
    };
    if named(a.1) && named(b.1) {
        return false;
    }
    let telling = |w: &&str| {
        w.len() > 3
            && !crate::words::is_stop_word(w)
            && !speaks_for(w)
            && !rules.is_organisation_description(w)
            && !rules.is_organization_word(w)
    };
    a.0.split_whitespace()
        .filter(telling)
        .any(|w| b.0.split_whitespace().any(|v| v == w))
}

/// What kind of the authorities `name` is, read as [`source_key`] reads it.
pub fn officials(name: Option<&str>, rules: &RuleSet) -> Officials {
    let Some(name) = name else {
        return Officials::No;
    };
    if is_described_organisation(name, rules) {
        return Officials::Described;
    }
    let key = normalise(name);
    let key = without_article(&key);
    let authorities = rules.canonical_lower("police");
    if rules.canonical_lower(key) == authorities {
        return Officials::Unnamed;
    }
    let body = institution(key, rules);
    // "fire service spokesman Rafiq Ahmed": a named person speaking for a body.
    if (body.len() < key.len() && !body.is_empty()) || spokesman_body(name).is_some() {
        Officials::OfBody
    } else {
        Officials::No
    }
}

/// A source, as written in lower case, that is the family of the one the copy is about, or
/// one of its members: "his family", "her daughter", "the man's widow", "relatives".
fn family(key: &str) -> bool {
    let kin = key.rsplit(' ').next().unwrap_or(key);
    let owner = key.strip_suffix(kin).map(str::trim_end).unwrap_or_default();
    let kin_word = matches!(
        kin,
        "family"
            | "relatives"
            | "relative"
            | "daughter"
            | "son"
            | "wife"
            | "widow"
            | "husband"
            | "widower"
            | "mother"
            | "father"
            | "brother"
            | "sister"
            | "parents"
            | "niece"
            | "nephew"
            | "granddaughter"
            | "grandson"
    );
    let owned = owner.is_empty()
        || matches!(owner, "his" | "her" | "their" | "the")
        || owner.ends_with("'s")
        || owner.ends_with("’s");
    kin_word && owned && (!owner.is_empty() || matches!(kin, "family" | "relatives"))
}

/// A folded source without the indefinite article: "a police spokesman" → "police
/// spokesman".
fn without_article(key: &str) -> &str {
    key.strip_prefix("a ")
        .or_else(|| key.strip_prefix("an "))
        .unwrap_or(key)
}

/// Words naming someone who speaks for a body: "a health ministry official".
fn speaks_for(word: &str) -> bool {
    matches!(
        word,
        "official"
            | "officials"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "source"
            | "sources"
            | "representative"
            | "leader"
            | "leaders"
    )
}

/// The body a source speaks for: "health ministry official" → "health ministry"; a
/// source whose last word is one of the authorities ("swiss police", "local
/// authorities") → that word.
fn institution<'k>(key: &'k str, rules: &RuleSet) -> &'k str {
    let mut key = key;
    if let Some((body, last)) = key.rsplit_once(' ')
        && speaks_for(last)
        && !body.is_empty()
    {
        key = body;
    }
    if let Some((_, last)) = key.rsplit_once(' ')
        && rules.canonical_lower(last) == rules.canonical_lower("police")
    {
        key = &key[key.len() - last.len()..];
    }
    key
}

/// One key for names that are one source written in full and in letters: "usgs" and "us
/// geological survey" both become "us geological survey".
pub fn unify_acronyms(keys: &mut [Option<String>]) {
    let mut full: BTreeMap<String, String> = BTreeMap::new();
    for key in keys.iter().flatten() {
        if let Some(a) = acronym(key) {
            full.entry(a).or_insert_with(|| key.clone());
        }
    }
    for key in keys.iter_mut().flatten() {
        if !key.contains(' ')
            && let Some(f) = full.get(key.as_str())
        {
            key.clone_from(f);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_family_and_its_members_are_one_source() {
        let rules = RuleSet::builtin().unwrap();
        for name in [
            "his family",
            "His daughter",
            "the man's widow",
            "relatives",
            "her son",
        ] {
            assert_eq!(
                source_key(Some(name), "a", &rules).as_deref(),
                Some("family"),
                "{name}"
            );
        }
        // A son named, or a company's family of brands, is no family speaking.
        for name in ["Son Heung-min", "the family office", "a family friend"] {
            assert_ne!(
                source_key(Some(name), "a", &rules).as_deref(),
                Some("family"),
                "{name}"
            );
        }
    }

    #[test]
    fn the_usgs_is_one_source_however_written() {
        let rules = RuleSet::builtin().unwrap();
        let mut keys = vec![
            source_key(Some("U.S. Geological Survey"), "a", &rules),
            source_key(Some("the United States Geological Survey"), "b", &rules),
            source_key(Some("The USGS"), "c", &rules),
            source_key(Some("Tehran's seismologic center"), "d", &rules),
        ];
        unify_acronyms(&mut keys);
        assert_eq!(
            keys,
            [
                Some("us geological survey".to_string()),
                Some("us geological survey".to_string()),
                Some("us geological survey".to_string()),
                Some("tehrans seismologic center".to_string()),
            ]
        );
    }

    #[test]
    fn an_unresolved_pronoun_is_a_source_of_its_article_only() {
        let rules = RuleSet::builtin().unwrap();
        assert_eq!(
            source_key(Some("He"), "bbc", &rules),
            Some("bbc/he".to_string())
        );
        assert_eq!(source_key(None, "bbc", &rules), None);
    }

    #[test]
    fn a_report_that_names_no_one_is_no_source() {
        let rules = RuleSet::builtin().unwrap();
        let key = |s| source_key(Some(s), "a", &rules);
        assert_eq!(key("a report published"), None);
        assert_eq!(key("Reports"), None);
        assert_eq!(key("a list of the payments obtained"), None);
        assert_eq!(
            key("local media reports"),
            Some("local media reports".to_string())
        );
        assert_eq!(
            key("a report by Amnesty International"),
            Some("report by amnesty international".to_string())
        );
        assert_eq!(key("a CNN count"), Some("cnn count".to_string()));
    }

    #[test]
    fn police_and_officials_are_the_authorities() {
        let rules = RuleSet::builtin().unwrap();
        let key = |s| source_key(Some(s), "a", &rules);
        assert_eq!(key("a police spokesman"), key("Officials"));
        assert_eq!(key("Police"), key("officials"));
        assert_ne!(key("witnesses"), key("police"));
    }

    #[test]
    fn an_official_speaks_for_the_body_and_qualified_police_are_the_police() {
        let rules = RuleSet::builtin().unwrap();
        let key = |s| source_key(Some(s), "a", &rules);
        assert_eq!(
            key("a health ministry official"),
            key("the health ministry")
        );
        assert_eq!(key("Swiss police"), key("police"));
        assert_eq!(key("local authorities"), key("officials"));
        // The body itself is kept: another ministry is another source.
        assert_ne!(
            key("a health ministry official"),
            key("the interior ministry")
        );
        assert_ne!(key("Swiss police"), key("Swiss television"));
        // A bare role stays what it is.
        assert_eq!(key("Sources"), Some("sources".to_string()));
    }

    #[test]
    fn the_authorities_unnamed_may_be_any_body_of_officials() {
        let rules = RuleSet::builtin().unwrap();
        let of = |s| officials(Some(s), &rules);
        assert_eq!(of("Officials"), Officials::Unnamed);
        assert_eq!(of("police"), Officials::Unnamed);
        assert_eq!(of("fire officials"), Officials::OfBody);
        assert_eq!(of("a health ministry official"), Officials::OfBody);
        assert_eq!(of("fire service spokesman Rafiq Ahmed"), Officials::OfBody);
        assert_eq!(of("Rafiq Ahmed"), Officials::No);
        assert_eq!(of("the U.S. Geological Survey"), Officials::No);
        assert_eq!(of("witnesses"), Officials::No);
        assert!(of("officials").may_be_one(of("fire officials")));
        assert!(!of("fire officials").may_be_one(of("a health ministry official")));
        assert!(!of("officials").may_be_one(of("the USGS")));
    }

    #[test]
    fn an_organisation_only_described_may_be_the_one_another_outlet_names() {
        let rules = RuleSet::builtin().unwrap();
        let of = |s| officials(Some(s), &rules);
        assert_eq!(of("The company"), Officials::Described);
        assert!(of("the company").may_be_one(of("Veltro")));
        assert!(of("Veltro").may_be_one(of("the lender")));
        // Not the authorities: "the company" is no police force.
        assert!(!of("the company").may_be_one(of("police")));
        assert!(!of("the company").may_be_one(of("fire officials")));
    }

    #[test]
    fn a_named_spokesman_gives_his_body_s_figures() {
        let rules = RuleSet::builtin().unwrap();
        assert_eq!(
            spokesman_body("coast guard spokesman Tomas Verin"),
            Some("coast guard")
        );
        assert_eq!(
            source_key(
                spokesman_body("the coast guard spokeswoman Ana Ruiz"),
                "a",
                &rules
            ),
            source_key(Some("the coast guard"), "b", &rules)
        );
        assert_eq!(spokesman_body("Tomas Verin"), None);
        assert_eq!(spokesman_body("a police spokesman"), None);
    }
}
