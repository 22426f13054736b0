//! Speakers as linking compares them: whether two claims' speakers can be one person or body (`Speakers`), from the resolved entity ids, how each speaker is written and, for two names resolved apart, the names as written.

use crate::entity::{names_apart, role_serving, slug, without_time, written_name};
use crate::extract::{Claim, ClaimKind};
use crate::rules::RuleSet;
use crate::words::{is_plural_noun, without_possessive};

use super::speaks_for::{body_names, spoken_for, title_carries};

/// How a claim's speaker is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    /// A name: "Kerry", "Donald Trump", "the White House", "the Syrian Observatory".
    Name,
    /// A pronoun, a role or a description: "he", "the secretary", "officials", "a diplomat".
    Description,
    /// The outlet's own statement, or no speaker at all.
    Outlet,
}

const PRONOUNS: &[&str] = &[
    "he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us",
];

/// True when a speaker is written as a personal pronoun ("he", "They").
fn is_pronoun(mention: &str) -> bool {
    let mention = mention.trim();
    PRONOUNS.iter().any(|p| mention.eq_ignore_ascii_case(p))
}

/// How `claim`'s speaker is written, `text` being its article's text and `source` its
/// outlet. A name ends in a capitalised word, the head of the phrase ("Donald Trump", "the
/// White House", but not "the Trump administration", "White House aides"); a lone
/// capitalised word opening the sentence that reads as a plural ("Officials", "Aides") is a
/// description. The outlet named in its own article ("Fox News has learned") is the
/// outlet's own voice, not a speaker another outlet's named source can be told apart from.
/// A title and the place it serves ("the British Ambassador to Washington") is a role
/// ([`role_serving`]), not a name.
pub fn written(claim: &Claim, text: &str, source: &str, rules: &RuleSet) -> Written {
    let Some(speaker) = claim.speaker.as_ref() else {
        return Written::Outlet;
    };
    let Some(span) = speaker.span else {
        return Written::Outlet;
    };
    if claim.kind == ClaimKind::Assertion || names_outlet(&speaker.text, source) {
        return Written::Outlet;
    }
    // "a Herald poll released Monday" is written as "a Herald poll" is: the day names no one.
    let mention = without_time(speaker.text.trim());
    if mention.is_empty() {
        return Written::Description;
    }
    let lower = mention.to_lowercase();
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    if is_pronoun(mention) {
        // A pronoun its article resolved to someone it names ("Torres …. She defended …")
        // is that person, told apart from another name as the name would be.
        let named = speaker.entity.is_some()
            && speaker
                .antecedent
                .as_deref()
                .and_then(|a| a.split_whitespace().last())
                .is_some_and(capital);
        return if named {
            Written::Name
        } else {
            Written::Description
        };
    }
    let words: Vec<&str> = mention.split_whitespace().collect();
    let first = words.first().map_or(String::new(), |w| w.to_lowercase());
    if matches!(
        first.as_str(),
        "a" | "an" | "some" | "several" | "many" | "two" | "three"
    ) {
        return Written::Description;
    }
    if !words.last().is_some_and(|w| capital(w)) || role_serving(mention, rules) {
        return Written::Description;
    }
    let opens_sentence = text
        .get(claim.sentence.start..span.start)
        .is_some_and(|before| before.chars().all(|c| !c.is_alphanumeric()));
    let plural = lower.ends_with('s') && !lower.ends_with("ss");
    if words.len() == 1 && opens_sentence && plural {
        return Written::Description;
    }
    Written::Name
}

/// True when `mention` is the outlet's name `source`, but for case and a leading "the":
/// "Fox News" in a Fox News article, "the Times" in one of "The Times".
fn names_outlet(mention: &str, source: &str) -> bool {
    fn bare(s: &str) -> &str {
        let s = s.trim();
        match s.get(..4) {
            Some(the) if the.eq_ignore_ascii_case("the ") => s[4..].trim_start(),
            _ => s,
        }
    }
    let (mention, source) = (bare(mention), bare(source));
    !source.is_empty() && mention.eq_ignore_ascii_case(source)
}

/// What the two speakers of a pair of claims are to each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Speakers {
    /// Both resolve to one entity.
    Same,
    /// Nothing says they differ: one is a pronoun, a role, a description, unresolved or the
    /// outlet's own voice, or the two names fit one person ("Trump" and "Donald Trump",
    /// "Kim" and "Kim Jong Un"), or, resolved apart, are written alike ([`claim_speakers`]).
    Compatible,
    /// Two names that cannot be one person or body ("Trump" and "Comey").
    Different,
}

/// The parts of an entity id that name it, without a leading article: "the-dnc" → ["dnc"].
fn parts(id: &str) -> Vec<&str> {
    let mut parts: Vec<&str> = id.split('-').filter(|p| !p.is_empty()).collect();
    if parts.len() > 1 && parts[0] == "the" {
        parts.remove(0);
    }
    parts
}

/// True when one id's parts are all among the other's: "trump" and "donald-trump".
pub fn names_fit(a: &str, b: &str) -> bool {
    let (pa, pb) = (parts(a), parts(b));
    let (short, long) = if pa.len() <= pb.len() {
        (pa, pb)
    } else {
        (pb, pa)
    };
    !short.is_empty() && short.iter().all(|p| long.contains(p))
}

/// Whether two speakers can be one: the same entity; or a pronoun, role, description,
/// unresolved mention or outlet's voice on one side; or names that fit one person.
pub fn speakers(
    a: Option<&str>,
    written_a: Written,
    b: Option<&str>,
    written_b: Written,
) -> Speakers {
    match (a, b) {
        (Some(x), Some(y)) if x == y => Speakers::Same,
        _ if written_a != Written::Name || written_b != Written::Name => Speakers::Compatible,
        (Some(x), Some(y)) if !names_fit(x, y) => Speakers::Different,
        _ => Speakers::Compatible,
    }
}

/// True when two entity ids have a name part in common ("melania-trump", "donald-trump"):
/// only then can names written alike have been resolved apart.
fn share_a_part(a: &str, b: &str) -> bool {
    let pb = parts(b);
    parts(a).iter().any(|p| pb.contains(p))
}

/// A word of a speaker as the two sides of [`group_apart`] compare it: lower case, without
/// the punctuation around it and without a possessive, straight or curly ("Trump’s" and
/// "Trump's" are "trump").
fn bare_word(word: &str) -> String {
    let word = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
    without_possessive(word).to_lowercase()
}

/// The words of a claim's speaker as written, its role and the name a pronoun stands for,
/// lower case and without a possessive "'s".
fn speaker_words(claim: &Claim) -> Vec<String> {
    let Some(s) = claim.speaker.as_ref() else {
        return Vec::new();
    };
    [
        Some(s.text.as_str()),
        s.role.as_deref(),
        s.antecedent.as_deref(),
    ]
    .into_iter()
    .flatten()
    .flat_map(str::split_whitespace)
    .map(bare_word)
    .collect()
}

/// True when a claim's speaker, written as a name, reads as a person: "he" or "she" for a
/// name, a name with a role ("Secretary of State John Kerry"), or one that its entity id
/// gives a given name and a surname ("Trump" as `donald-trump`) and that is not written
/// with "the" ("the White House", "the Syrian Observatory" are bodies). "Police" or
/// "Pyongyang" are not known to be people.
fn reads_as_person(claim: &Claim, id: Option<&str>, written: Written) -> bool {
    let Some(speaker) = claim.speaker.as_ref() else {
        return false;
    };
    if written != Written::Name {
        return false;
    }
    let mention = speaker.text.trim();
    if ["he", "she"]
        .iter()
        .any(|p| mention.eq_ignore_ascii_case(p))
        || speaker.role.is_some()
    {
        return true;
    }
    let the = mention
        .get(..4)
        .is_some_and(|w| w.eq_ignore_ascii_case("the "));
    !the && id.is_some_and(|id| parts(id).len() >= 2)
}

/// True when the noun that heads a description (its last word before "of", else its last
/// word) is one the rules give for a document or a source that names no one (`documents`,
/// `unnamed-sources`): "copies of the memos", "the reports", "emails" are papers, not
/// people.
fn names_document(words: &[&str], rules: &RuleSet) -> bool {
    let head = words
        .iter()
        .position(|w| w.eq_ignore_ascii_case("of"))
        .filter(|&of| of > 0)
        .map_or(words.last(), |of| words.get(of - 1));
    let Some(head) = head.map(|w| bare_word(w)) else {
        return false;
    };
    let attribution = &rules.attribution.documents;
    attribution
        .iter()
        .chain(&rules.facts.unnamed_sources)
        .any(|noun| noun.eq_ignore_ascii_case(&head))
}

/// True when `group`'s speaker is a plural description of people ("American officials",
/// "aides", "White House officials"; not of documents, [`names_document`]) and `person`'s a
/// name that reads as a person ([`reads_as_person`]), with no capitalised word of the
/// description among the words of the person's name, role and antecedent: several unnamed
/// people are not one named person, unless the description places them where that person
/// speaks for ("White House officials", "White House press secretary Dana Whitfield").
fn group_apart(
    group: &Claim,
    written_group: Written,
    person: &Claim,
    person_is: bool,
    rules: &RuleSet,
) -> bool {
    if written_group != Written::Description || !person_is {
        return false;
    }
    let Some(speaker) = group.speaker.as_ref() else {
        return false;
    };
    let mention = without_time(speaker.text.trim());
    if is_pronoun(mention) {
        return false;
    }
    let words: Vec<&str> = mention.split_whitespace().collect();
    let Some(head) = words.last() else {
        return false;
    };
    if !is_plural_noun(&head.to_lowercase()) || names_document(&words, rules) {
        return false;
    }
    let theirs = speaker_words(person);
    let places: Vec<String> = words[..words.len() - 1]
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .map(|w| bare_word(w))
        .collect();
    !places.iter().any(|p| theirs.contains(p))
}

/// True when one claim's speaker is a plural description and the other's a person it does
/// not place ([`group_apart`]): what several unnamed people say is not what one named person
/// says merely because the words are alike; only the same quotation or figure joins them.
pub fn group_and_person(
    a: &Claim,
    (id_a, written_a): (Option<&str>, Written),
    b: &Claim,
    (id_b, written_b): (Option<&str>, Written),
    rules: &RuleSet,
) -> bool {
    group_apart(a, written_a, b, reads_as_person(b, id_b, written_b), rules)
        || group_apart(b, written_b, a, reads_as_person(a, id_a, written_a), rules)
}

/// [`speakers`] of two claims, the names as written read too: two names resolved to
/// different people are still only compatible when nothing in the names as written tells
/// them apart ([`names_apart`], as the misattribution check reads them): "Trump" in two
/// articles, one of which resolved the surname to the other Trump it names ("first lady
/// Melania Trump"). Who it is then rests on one article's reading, not on what was written.
pub fn claim_speakers(
    a: &Claim,
    (id_a, written_a): (Option<&str>, Written),
    b: &Claim,
    (id_b, written_b): (Option<&str>, Written),
    rules: &RuleSet,
) -> Speakers {
    let relation = speakers(id_a, written_a, id_b, written_b);
    if relation == Speakers::Different
        && (speaks_for((a, id_a), (b, id_b, written_b), rules)
            || speaks_for((b, id_b), (a, id_a, written_a), rules))
    {
        return Speakers::Compatible;
    }
    if relation != Speakers::Different || !id_a.zip(id_b).is_some_and(|(x, y)| share_a_part(x, y)) {
        return relation;
    }
    // A pronoun is read as the name it was resolved from ("Papandreou … he said").
    let name = |c: &Claim| {
        c.speaker.as_ref().and_then(|s| {
            let written = match &s.antecedent {
                Some(antecedent) if is_pronoun(&s.text) => antecedent.as_str(),
                _ => s.shown(),
            };
            written_name(written, rules)
        })
    };
    match (name(a), name(b)) {
        (Some(x), Some(y)) if !names_apart(&x, &y) => Speakers::Compatible,
        _ => relation,
    }
}

/// True when `voice`'s speaker speaks for `body`'s, a name that does not read as a person
/// ([`reads_as_person`]): the voice is written with a title that carries the body's name
/// ("Israeli Prime Minister Yael Dror" for "Israel", "Iran's foreign minister" for "Tehran"
/// where the rules put Tehran in Iran; [`title_carries`]), or the rules say the body speaks
/// for the voice, or for a state its title carries (`speaks-for`: "the White House" for
/// the president of its term). The two can give one statement, so they are compatible
/// speakers, never the same one.
fn speaks_for(
    (voice, voice_id): (&Claim, Option<&str>),
    (body, id, written): (&Claim, Option<&str>, Written),
    rules: &RuleSet,
) -> bool {
    let (Some(v), Some(b)) = (voice.speaker.as_ref(), body.speaker.as_ref()) else {
        return false;
    };
    // A body the rules name is one however written ("KCNA"); "it" is the body it was
    // resolved to, as written there.
    let ruled_body = id.is_some_and(|id| {
        rules
            .entities
            .iter()
            .any(|e| e.id == id && e.kind != "person")
    });
    let pronoun = is_pronoun(&b.text);
    let named = match &b.antecedent {
        Some(antecedent) if b.text.trim().eq_ignore_ascii_case("it") => antecedent.as_str(),
        _ if pronoun => return false,
        _ => b.text.as_str(),
    };
    if written != Written::Name || !(ruled_body || pronoun || !reads_as_person(body, id, written)) {
        return false;
    }
    let voiced = spoken_for(id, rules);
    if voice_id.is_some_and(|v| voiced.iter().any(|n| names_fit(&slug(n), v))) {
        return true;
    }
    let mut names = body_names(named, rules);
    for name in voiced {
        names.extend(body_names(name, rules));
    }
    let title = match &v.role {
        Some(role) => format!("{role} {}", v.text),
        None => v.text.clone(),
    };
    title_carries(&title, &names)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// How a speaker opening its sentence is written.
    fn written_as(text: &str) -> Written {
        written_in(text, "The Daily Record")
    }

    /// How a speaker opening its sentence is written in an article of `source`.
    fn written_in(text: &str, source: &str) -> Written {
        let rules = RuleSet::builtin().expect("the built-in rules load");
        written(&claim_by(text), text, source, &rules)
    }

    /// A claim whose speaker, written `text`, opens its sentence.
    /// How `claim_speakers` relates two claims by the names `a` and `b`, resolved to `id_a`
    /// and `id_b`.
    fn named(a: &str, id_a: &str, b: &str, id_b: &str, rules: &RuleSet) -> Speakers {
        claim_speakers(
            &claim_by(a),
            (Some(id_a), Written::Name),
            &claim_by(b),
            (Some(id_b), Written::Name),
            rules,
        )
    }

    fn claim_by(text: &str) -> Claim {
        Claim {
            id: "a#1".into(),
            article: "a".into(),
            kind: ClaimKind::Indirect,
            speaker: Some(crate::extract::Speaker {
                text: text.into(),
                span: Some(crate::article::Span::new(0, text.len())),
                entity: None,
                role: None,
                antecedent: None,
            }),
            cue: None,
            via: None,
            hedged: false,
            negated: false,
            cue_negation: None,
            modality: crate::extract::SAID.to_string(),
            modal: None,
            content: String::new(),
            quote: None,
            span: crate::article::Span::new(0, 1),
            content_span: crate::article::Span::new(0, 1),
            parts: Vec::new(),
            sentence: crate::article::Span::new(0, 1),
            numbers: Vec::new(),
            dates: Vec::new(),
            entities: Vec::new(),
        }
    }

    #[test]
    fn names_and_named_bodies_are_names_the_rest_descriptions() {
        assert_eq!(written_as("Mr. Trump"), Written::Name);
        assert_eq!(written_as("the White House"), Written::Name);
        assert_eq!(written_as("The Syrian Observatory"), Written::Name);
        assert_eq!(written_as("he"), Written::Description);
        assert_eq!(written_as("the administration"), Written::Description);
        assert_eq!(
            written_as("The main opposition group"),
            Written::Description
        );
        assert_eq!(written_as("officials"), Written::Description);
        assert_eq!(written_as("Officials"), Written::Description);
        assert_eq!(written_as("A senior diplomat"), Written::Description);
        assert_eq!(written_as("the Trump administration"), Written::Description);
        assert_eq!(written_as("White House aides"), Written::Description);
        assert_eq!(written_as("Kerry"), Written::Name);
        assert_eq!(written_as("Reuters's editor"), Written::Description);
        // The day a poll came out is no name: two outlets' polls of one Monday are not one.
        assert_eq!(
            written_as("a Ledger poll released Monday"),
            Written::Description
        );
        assert_eq!(written_as("Okafor on Friday"), Written::Name);
        assert_eq!(written_as("Prime Minister Theresa May"), Written::Name);
    }

    #[test]
    fn a_title_and_the_place_it_serves_is_a_role_not_a_name() {
        // Two envoys to one capital are not told apart by the capital's name.
        for role in [
            "the British Ambassador to Washington",
            "the U.S. envoy to the United Nations",
            "the Speaker of the House",
        ] {
            assert_eq!(written_as(role), Written::Description, "{role}");
        }
        for name in [
            "Ambassador to Syria Robert Ford",
            "Chairman Ben Bernanke of the Federal Reserve",
            "Prime Minister Elena Varga of Hungary",
            "the Federal Bureau of Prisons",
        ] {
            assert_eq!(written_as(name), Written::Name, "{name}");
        }
    }

    #[test]
    fn the_outlet_named_in_its_own_article_is_its_own_voice() {
        assert_eq!(written_in("Fox News", "Fox News"), Written::Outlet);
        assert_eq!(written_in("The Times", "the Times"), Written::Outlet);
        assert_eq!(
            written_in("the daily record", "The Daily Record"),
            Written::Outlet
        );
        // Another outlet named as the source is a name.
        assert_eq!(written_in("The Washington Post", "Fox News"), Written::Name);
        assert_eq!(written_in("Fox News", "HuffPost"), Written::Name);
    }

    #[test]
    fn a_surname_fits_the_full_name_and_not_another_person() {
        assert!(names_fit("trump", "donald-trump"));
        assert!(names_fit("kim-jong-un", "kim"));
        assert!(names_fit("the-dnc", "dnc"));
        assert!(!names_fit("hillary-clinton", "bill-clinton"));
        assert!(!names_fit("comey", "donald-trump"));
    }

    #[test]
    fn only_two_names_that_do_not_fit_are_different_speakers() {
        use Written::{Description, Name, Outlet};
        assert_eq!(
            speakers(Some("trump"), Name, Some("trump"), Name),
            Speakers::Same
        );
        assert_eq!(
            speakers(Some("trump"), Name, Some("donald-trump"), Name),
            Speakers::Compatible
        );
        assert_eq!(
            speakers(Some("comey"), Name, Some("donald-trump"), Name),
            Speakers::Different
        );
        // "he" resolved to someone else is still only a pronoun.
        assert_eq!(
            speakers(
                Some("bashar-al-assad"),
                Description,
                Some("john-kerry"),
                Name
            ),
            Speakers::Compatible
        );
        assert_eq!(
            speakers(None, Name, Some("john-kerry"), Name),
            Speakers::Compatible
        );
        assert_eq!(speakers(None, Outlet, None, Outlet), Speakers::Compatible);
    }

    #[test]
    fn unnamed_people_are_apart_from_a_person_they_do_not_place() {
        use Written::{Description, Name};
        let rules = RuleSet::builtin().unwrap();
        let apart = |group: &str, person: &str, id: &str| {
            let mut named = claim_by(person);
            if let Some(s) = named.speaker.as_mut() {
                s.entity = Some(id.into());
            }
            group_and_person(
                &claim_by(group),
                (None, Description),
                &named,
                (Some(id), Name),
                &rules,
            )
        };
        assert!(apart("American officials", "Trump", "donald-trump"));
        assert!(apart("aides", "Ana Lindqvist", "ana-lindqvist"));
        // Placed where the person speaks for.
        assert!(!apart(
            "White House officials",
            "White House press secretary Jana Kovac",
            "jana-kovac"
        ));
        // A body, not a person; one unnamed official, not several.
        assert!(!apart("officials", "the White House", "white-house"));
        assert!(!apart("Officials", "Police", "police"));
        assert!(!apart("the administration", "Trump", "donald-trump"));
        assert!(!apart("an official", "Trump", "donald-trump"));
        // The person's own aides, however the apostrophe is typed.
        assert!(!apart("Trump's aides", "Trump", "donald-trump"));
        assert!(!apart("Trump\u{2019}s aides", "Trump", "donald-trump"));
        assert!(!apart("Kovac\u{2019}s aides", "Jana Kovac", "jana-kovac"));
        assert!(apart("Trump\u{2019}s aides", "Jana Kovac", "jana-kovac"));
        // A day after the group is no part of it.
        assert!(apart("aides on Monday", "Ana Lindqvist", "ana-lindqvist"));
    }

    #[test]
    fn documents_are_no_group_of_people() {
        use Written::{Description, Name};
        let rules = RuleSet::builtin().unwrap();
        let apart = |group: &str| {
            let mut named = claim_by("Okafor");
            if let Some(s) = named.speaker.as_mut() {
                s.entity = Some("ruth-okafor".into());
            }
            group_and_person(
                &claim_by(group),
                (None, Description),
                &named,
                (Some("ruth-okafor"), Name),
                &rules,
            )
        };
        // Papers quote the person: what they carry may be what another outlet has her say.
        assert!(!apart("copies of the memos"));
        assert!(!apart("the court filings"));
        assert!(!apart("emails released on Friday"));
        assert!(!apart("media reports"));
        // People of a document are still people.
        assert!(apart("authors of the reports"));
        assert!(apart("investigators"));
    }

    #[test]
    fn names_written_alike_are_compatible_though_resolved_apart() {
        let rules = RuleSet::builtin().unwrap();
        let relation = |a: &str, id_a: &str, b: &str, id_b: &str| named(a, id_a, b, id_b, &rules);
        // One article read its "Trump" as the first lady it names.
        assert_eq!(
            relation("Trump", "melania-trump", "Trump", "donald-trump"),
            Speakers::Compatible
        );
        assert_eq!(
            relation(
                "Mr. Trump",
                "melania-trump",
                "President Donald Trump",
                "donald-trump"
            ),
            Speakers::Compatible
        );
        // Written apart: two people.
        assert_eq!(
            relation(
                "Melania Trump",
                "melania-trump",
                "Donald Trump",
                "donald-trump"
            ),
            Speakers::Different
        );
        assert_eq!(
            relation("Comey", "comey", "Trump", "donald-trump"),
            Speakers::Different
        );
    }

    #[test]
    fn a_body_and_whom_the_rules_say_it_speaks_for_are_compatible() {
        let mut rules = RuleSet::builtin().unwrap();
        let relation = |rules: &RuleSet, a: &str, id_a: &str, b: &str, id_b: &str| {
            named(a, id_a, b, id_b, rules)
        };
        let palace = ("the Palace Office", "palace-office");
        let queen = ("Queen Ilse Varn", "ilse-varn");
        let agency = ("the Norland Press Agency", "norland-press-agency");
        let minister = ("Norlandic Defence Minister Tor Ask", "tor-ask");
        // Without a rule, two names.
        assert_eq!(
            relation(&rules, palace.0, palace.1, queen.0, queen.1),
            Speakers::Different
        );
        assert_eq!(
            relation(&rules, agency.0, agency.1, minister.0, minister.1),
            Speakers::Different
        );
        for (id, name, voiced) in [
            ("palace-office", "Palace Office", "Ilse Varn"),
            ("norland-press-agency", "Norland Press Agency", "Norland"),
        ] {
            rules.entities.push(crate::rules::EntityRule {
                id: id.into(),
                name: name.into(),
                kind: "organization".into(),
                aliases: Vec::new(),
                speaks_for: vec![voiced.into()],
            });
        }
        assert_eq!(
            relation(&rules, queen.0, queen.1, palace.0, palace.1),
            Speakers::Compatible
        );
        // The agency speaks for the state whose adjective the minister's title carries.
        assert_eq!(
            relation(&rules, agency.0, agency.1, minister.0, minister.1),
            Speakers::Compatible
        );
        // Someone else still differs.
        assert_eq!(
            relation(&rules, palace.0, palace.1, "Tor Ask", "tor-ask"),
            Speakers::Different
        );
        // "It", resolved to the agency, is the agency.
        let mut it = claim_by("It");
        if let Some(s) = it.speaker.as_mut() {
            s.antecedent = Some(agency.0.into());
        }
        assert_eq!(
            claim_speakers(
                &it,
                (Some(agency.1), Written::Name),
                &claim_by(minister.0),
                (Some(minister.1), Written::Name),
                &rules,
            ),
            Speakers::Compatible
        );
    }

    #[test]
    fn a_state_and_the_leader_its_title_names_are_compatible() {
        let rules = RuleSet::builtin().unwrap();
        let relation = |a: &str, id_a: &str, b: &str, id_b: &str| named(a, id_a, b, id_b, &rules);
        assert_eq!(
            relation(
                "Israeli Prime Minister Yael Dror",
                "yael-dror",
                "Israel",
                "israel"
            ),
            Speakers::Compatible
        );
        assert_eq!(
            relation(
                "Iran",
                "iran",
                "Iran's foreign minister Reza Amini",
                "reza-amini"
            ),
            Speakers::Compatible
        );
        // Another state's leader, or a leader written without the title.
        assert_eq!(
            relation("Iraqi Prime Minister Ali Hadi", "ali-hadi", "Iran", "iran"),
            Speakers::Different
        );
        assert_eq!(
            relation("Yael Dror", "yael-dror", "Israel", "israel"),
            Speakers::Different
        );
        // Two people: a person is no state, whatever the other's title.
        assert_eq!(
            relation(
                "Israeli Prime Minister Yael Dror",
                "yael-dror",
                "Israel Katz",
                "israel-katz"
            ),
            Speakers::Different
        );
    }
}
