//! Organisations referred to by a description: "Hackers stole the data of 2.3 million
//! customers from Northgate Bank, the lender said" — "the lender" is Northgate Bank, the
//! organisation named nearest before it in its paragraph or the sentence before.

use crate::rules::RuleSet;
use crate::text::Sentence;

/// Words written in lower case inside an organisation's name ("Bank of England", "Ministry
/// for Foreign Affairs").
const JOINERS: &[&str] = &["for", "of", "on"];

/// Whether `mention` describes an organisation rather than naming it: "the lender", "the
/// state-owned carrier", "the German carmaker", "the Seattle-based retailer" — "the" and
/// words that qualify a noun (in lower case, or a nationality or place made an adjective),
/// the last one of the rules' nouns for organisations referred back to.
pub fn is_described_organisation(mention: &str, rules: &RuleSet) -> bool {
    // Most speakers are names: they fail on their first word, read first.
    if !mention
        .get(..4)
        .is_some_and(|head| head.eq_ignore_ascii_case("the "))
    {
        return false;
    }
    let mut words = mention.split_whitespace();
    let (Some(first), Some(last)) = (words.next(), mention.split_whitespace().last()) else {
        return false;
    };
    first.eq_ignore_ascii_case("the")
        && mention.split_whitespace().count() >= 2
        && words.all(|w| {
            w.chars().next().is_some_and(|c| !c.is_uppercase()) || w == last || qualifies(w)
        })
        && last.chars().next().is_some_and(|c| !c.is_uppercase())
        && rules.is_organisation_description(last)
}

/// Whether a capitalised word before a noun qualifies it rather than names it: a
/// nationality ("German", "Swiss", "Japanese", "Israeli"), a place's abbreviation ("U.S.")
/// or a compound made with a place ("Seattle-based", "Paris-listed") — not a name of its own
/// ("Northgate").
fn qualifies(word: &str) -> bool {
    // "Seattle-based": the part after the last hyphen is in lower case.
    if let Some((_, tail)) = word.rsplit_once('-') {
        return tail.chars().next().is_some_and(char::is_lowercase);
    }
    // "U.S.", "U.K.": capitals each with its full stop.
    if word.len() >= 4
        && word.ends_with('.')
        && word
            .split_terminator('.')
            .all(|p| p.len() == 1 && p.chars().all(char::is_uppercase))
    {
        return true;
    }
    let lower = crate::words::lower_case(word);
    // Nationalities: "-an" (German, Korean), "-ese" (Japanese), "-sh" (British, Welsh),
    // "-i" (Israeli), "-ch" (French, Dutch), and the few that follow none of these.
    let made = ["an", "ese", "sh", "i", "ch"]
        .iter()
        .any(|end| lower.len() > end.len() + 2 && lower.ends_with(end));
    made || matches!(lower.as_ref(), "swiss" | "greek" | "thai")
}

/// The organisation named nearest before byte `at` of sentence `s`, in its paragraph or in
/// the sentence before the paragraph: a run of capitalised words ("Northgate Bank", "the
/// Bank of England", "Halvern Motors") holding one of the rules' organisation words or
/// company endings, or an acronym.
pub(super) fn named_before<'a>(
    text: &'a str,
    sentences: &[Sentence],
    s: usize,
    at: usize,
    rules: &RuleSet,
) -> Option<String> {
    let from = sentences[super::antecedent::reach_back(sentences, s)]
        .span
        .start;
    let before = text.get(from..at)?;
    let mut found: Option<&'a str> = None;
    // The run of capitalised words being read: its first and last word, by byte.
    let mut run: Option<(usize, usize)> = None;
    let mut holds = false;
    // The word before the one being read, bare: "carmaker" of "carmaker Veltro".
    let mut previous: &str = "";
    // The run is a single description noun written with a capital ("Carmaker").
    let mut description_only = false;
    let close = |run: Option<(usize, usize)>, holds: bool, found: &mut Option<&'a str>| {
        if let Some((start, end)) = run
            && holds
        {
            *found = before.get(start..end);
        }
    };
    for (offset, word) in words_with_offsets(before) {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != '-');
        let bare = bare.trim_end_matches('.');
        let capitalised = bare.chars().next().is_some_and(char::is_uppercase);
        let start = offset + word.find(bare).unwrap_or(0);
        let end = start + bare.len();
        if capitalised && !(run.is_none() && bare == "The") {
            let letters = bare.chars().filter(|c| c.is_alphabetic()).count();
            let acronym = letters >= 2
                && !bare.contains('.')
                && bare
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase)
                && !dateline(text, from + start, from + end);
            // "the carmaker Veltro", "Carmaker Veltro": a name the copy introduces with a
            // noun for an organisation is one, the noun aside.
            let introduced =
                (run.is_none() && rules.is_organisation_description(previous)) || description_only;
            if description_only {
                run = None;
            }
            description_only = run.is_none()
                && rules.is_organisation_description(bare)
                && !rules.is_organization_word(bare);
            holds |= rules.is_organization_word(bare)
                || rules.is_company_ending(bare)
                || acronym
                || introduced;
            run = Some((run.map_or(start, |(s, _)| s), end));
        } else if run.is_some() && JOINERS.contains(&bare) {
            // A joiner continues the run only when a capitalised word follows it.
            continue;
        } else {
            // "Veltro said …": a single name that speaks, and that the copy never gives a
            // first name or a title, is an organisation's.
            let speaks = run.is_some_and(|(s, e)| {
                !holds
                    && e - s == previous.len()
                    && matches!(
                        bare,
                        "said" | "says" | "announced" | "confirmed" | "reported"
                    )
                    && bare_name(text, from + s, previous, rules)
            });
            close(run, holds || speaks, &mut found);
            run = None;
            holds = false;
            description_only = false;
        }
        // Punctuation after a word ("Northgate Bank,") ends the run; an abbreviation's full
        // stop ("U.S.") does not.
        if run.is_some() && word.len() > bare.len() + (start - offset) && !bare.contains('.') {
            close(run, holds, &mut found);
            run = None;
            holds = false;
            description_only = false;
        }
        // A noun introduces the name right after it only: "parent company. Who …" does not.
        previous = if word.len() == bare.len() { bare } else { "" };
    }
    close(run, holds, &mut found);
    found.map(str::to_string)
}

/// Whether the word in capitals at bytes `start..end` of `text` is a dateline's place
/// ("TAVEL, Dec 5 - …", "LONDON, March 3 —"): it opens its paragraph, and a comma and a
/// month's name or a day's figure follow it.
fn dateline(text: &str, start: usize, end: usize) -> bool {
    let opens = text
        .get(..start)
        .is_some_and(|b| b.trim_end_matches([' ', '\t']).ends_with('\n') || b.trim().is_empty());
    let Some(rest) = text.get(end..).and_then(|r| r.strip_prefix(',')) else {
        return false;
    };
    let next = rest.split_whitespace().next().unwrap_or("");
    let next = next.trim_end_matches(|c: char| !c.is_alphanumeric());
    opens
        && (crate::date::month_from_name(next).is_some()
            || (!next.is_empty() && next.bytes().all(|b| b.is_ascii_digit())))
}

/// Whether `name`, written at byte `at` of `text`, is a bare name no person has: not a
/// pronoun or a common word the copy also writes in lower case ("Officials", "Police"), and
/// never written before after a capitalised word ("Tim Cook" makes "Cook" a person's,
/// "Mr. Cook" too).
fn bare_name(text: &str, at: usize, name: &str, rules: &RuleSet) -> bool {
    let lower = name.to_lowercase();
    if name.len() < 3 || crate::words::is_stop_word(&lower) || rules.is_title(name) {
        return false;
    }
    let whole_word = |i: usize, len: usize, hay: &str| {
        let before = hay[..i].chars().next_back();
        let after = hay[i + len..].chars().next();
        before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
    };
    // Written in lower case anywhere: a common word at the head of a sentence.
    let common = text
        .match_indices(lower.as_str())
        .any(|(i, _)| whole_word(i, lower.len(), text));
    let Some(earlier) = text.get(..at) else {
        return false;
    };
    let after_capital = earlier.match_indices(name).any(|(i, _)| {
        earlier[..i].ends_with(' ')
            && whole_word(i, name.len(), earlier)
            && earlier[..i]
                .trim_end_matches(' ')
                .rsplit(char::is_whitespace)
                .next()
                .and_then(|w| w.chars().next())
                .is_some_and(char::is_uppercase)
    });
    !common && !after_capital
}

/// The words of `text` split at white space, each with the byte it starts at.
fn words_with_offsets(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_whitespace()
        .map(move |w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text;

    fn nearest(copy: &str, mention: &str) -> Option<String> {
        let rules = RuleSet::builtin().unwrap();
        let segmented = text::segment(copy, &rules);
        let at = copy.find(mention).unwrap();
        let s = segmented
            .sentences
            .iter()
            .position(|s| s.span.start <= at && at < s.span.end)
            .unwrap();
        named_before(copy, &segmented.sentences, s, at, &rules)
    }

    #[test]
    fn the_nearest_organisation_named_before_is_found() {
        let copy = "The Finance Ministry opened an inquiry. Hackers stole the data of 2.3 \
                    million customers from Northgate Bank, the lender said.";
        assert_eq!(
            nearest(copy, "the lender").as_deref(),
            Some("Northgate Bank")
        );
        let copy = "Customers of the Bank of Eastmoor were told on Monday. The lender said \
                    no card numbers were taken.";
        assert_eq!(
            nearest(copy, "The lender").as_deref(),
            Some("Bank of Eastmoor")
        );
    }

    #[test]
    fn a_name_introduced_by_a_noun_for_an_organisation_is_one() {
        let copy = "Carmaker Veltro is recalling 412,000 vehicles worldwide, the company said.";
        assert_eq!(nearest(copy, "the company").as_deref(), Some("Veltro"));
        let copy = "Shares in the carmaker Veltro fell. The company said sales were strong.";
        assert_eq!(nearest(copy, "The company").as_deref(), Some("Veltro"));
        // The noun must stand right before the name, in its sentence.
        let copy = "He owned a stake in its parent company. Who runs it now, the company \
                    would not say.";
        assert_eq!(nearest(copy, "the company"), None);
    }

    #[test]
    fn a_bare_name_that_speaks_is_an_organisation() {
        let copy = "Veltro said on Tuesday it would recall 380,000 cars. The company said it \
                    knew of 41 crashes.";
        assert_eq!(nearest(copy, "The company").as_deref(), Some("Veltro"));
        // A person's surname, with the first name written before: no organisation.
        let copy = "Tim Cook spoke in Cupertino. Cook said sales rose. The company said \
                    nothing more.";
        assert_eq!(nearest(copy, "The company"), None);
        // A common word at the head of a sentence: no name.
        let copy = "Two witnesses were found. Witnesses said two men fled. The company \
                    said nothing.";
        assert_eq!(nearest(copy, "The company"), None);
    }

    #[test]
    fn people_and_places_are_no_organisation() {
        let copy = "Prime Minister Ana Ruiz flew to Lisbon on Monday. The carrier said it \
                    would add flights.";
        assert_eq!(nearest(copy, "The carrier"), None);
    }

    #[test]
    fn descriptions_are_told_from_names() {
        let rules = RuleSet::builtin().unwrap();
        assert!(is_described_organisation("the lender", &rules));
        assert!(is_described_organisation("the state-owned carrier", &rules));
        assert!(!is_described_organisation("the Northgate lender", &rules));
        assert!(is_described_organisation("the German carmaker", &rules));
        assert!(is_described_organisation("the Swiss drugmaker", &rules));
        assert!(is_described_organisation(
            "the Seattle-based retailer",
            &rules
        ));
        assert!(is_described_organisation("the U.S. lender", &rules));
        assert!(!is_described_organisation("the Halvern carmaker", &rules));
        assert!(!is_described_organisation("the German Carmaker", &rules));
        assert!(!is_described_organisation("the senator", &rules));
        assert!(!is_described_organisation("lender", &rules));
    }
}
