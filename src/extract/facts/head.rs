//! The head of the noun phrase a figure counts is its last noun, not its first word: the
//! words before it only qualify it. "seven largely Muslim countries" counts countries (an
//! adverb is never the head), "two liberal Hispanic groups" groups (a name inside the phrase
//! qualifies the noun after it), "several dozen immigrant rights activists" activists (a
//! plural right before another plural is a modifier: "rights", "arms", "news").
//!
//! These are the tests [`super::what::noun_after`] asks while it walks the phrase.

use crate::words::is_stop_word;

use super::View;
use super::what::preposition;

/// An adverb that qualifies the word after it ("largely", "randomly", "highly", "likely"),
/// or, after the head, ends the phrase ("staff already indicted"): a word of five letters or
/// more in "-ly", save nouns of that shape, and "already".
pub(super) fn adverb(word: &str) -> bool {
    word == "already"
        || (word.len() >= 5
            && word.ends_with("ly")
            && !matches!(
                word,
                "family"
                    | "supply"
                    | "rally"
                    | "tally"
                    | "daily"
                    | "weekly"
                    | "monthly"
                    | "quarterly"
                    | "yearly"
                    | "assembly"
                    | "anomaly"
                    | "monopoly"
                    | "belly"
                    | "bully"
                    | "jelly"
                    | "folly"
                    | "italy"
            ))
}

/// A lower-case word shaped like a plural noun ("activists", "voters"), save adverbs and
/// adjectives in "-s" ("perhaps", "overseas", "various").
fn plural_noun(word: &str) -> bool {
    word.len() > 3
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("ous")
        && !is_stop_word(word)
        && !preposition(word)
        && !matches!(
            word,
            "plus"
                | "thus"
                | "always"
                | "perhaps"
                | "sometimes"
                | "afterwards"
                | "unless"
                | "overseas"
                | "nowadays"
                | "whereas"
        )
}

/// Plurals that qualify a noun after them: "rights activists", "arms dealers", "news
/// networks", "sales staff", "weapons inspectors".
fn modifier_plural(word: &str) -> bool {
    matches!(
        word,
        "rights"
            | "arms"
            | "sports"
            | "news"
            | "sales"
            | "savings"
            | "goods"
            | "customs"
            | "affairs"
            | "operations"
            | "communications"
            | "services"
            | "securities"
            | "arts"
            | "weapons"
            | "drugs"
            | "records"
            | "teachers"
            | "veterans"
            | "farmers"
    )
}

/// Whether the word at token `i` does not end the phrase though it could: a plural that
/// qualifies the noun after it ("immigrant rights activists", "arms exporters", "cable
/// news networks"), a name in "-s" before a plural ("Sanders supporters", "Special
/// Olympics athletes") or a possessive before its noun ("the world's inmates").
pub(super) fn plural_modifier(view: &View<'_>, i: usize) -> bool {
    let word = view.low(i);
    let next = view.low(i + 1);
    let noun_next = view.tokens.get(i + 1).is_some_and(|t| t.is_word()) && !view.capital(i + 1);
    let possessive = word.ends_with("'s") || word.ends_with("’s");
    noun_next
        && (((modifier_plural(word) || view.capital(i)) && plural_noun(next))
            || (possessive && !is_stop_word(next) && !preposition(next)))
}

/// Whether the adverb at token `i`, after the head, is an adjective of a plural after it
/// ("likely voters", "elderly residents"), so no end of the phrase.
pub(super) fn adjective_before_plural(view: &View<'_>, i: usize) -> bool {
    view.tokens.get(i + 1).is_some_and(|t| t.is_word())
        && !view.capital(i + 1)
        && plural_noun(view.low(i + 1))
}

/// Whether the capitalised word at token `i`, after the first word of the phrase, is part
/// of it: a name qualifying a noun after it ("liberal Hispanic groups", "former Republican
/// hopefuls", "several recent New Hampshire surveys"), or a plural people's name ending it
/// ("angry Greeks"). A name followed by anything else ("former George W. Bush") stops the
/// phrase, as does one past `end`.
pub(super) fn name_inside(view: &View<'_>, i: usize, end: usize) -> bool {
    let mut k = i;
    while k < end && k < i + 3 && view.capital(k) {
        k += 1;
    }
    let demonym = |at: usize| {
        let word = view.tok(at);
        word.len() > 3 && word.ends_with('s') && word.chars().skip(1).all(char::is_lowercase)
    };
    let noun_after = k < end
        && view.tokens.get(k).is_some_and(|t| t.is_word())
        && !view.capital(k)
        && plural_noun(view.low(k));
    noun_after || (k == i + 1 && demonym(i))
}

#[cfg(test)]
mod tests {
    use crate::extract::FactKind;

    use super::super::tests::facts_on;

    /// The (what, holder) of each count of `text`.
    fn counts(text: &str) -> Vec<(String, Option<String>)> {
        facts_on(text, "2026-05-01")
            .into_iter()
            .filter(|f| f.kind == FactKind::Count)
            .map(|f| (f.frame.what.clone(), f.frame.holder.clone()))
            .collect()
    }

    /// What each count of `text` counts.
    fn whats(text: &str) -> Vec<String> {
        counts(text).into_iter().map(|(w, _)| w).collect()
    }

    #[test]
    fn an_adverb_is_never_the_thing_counted() {
        assert_eq!(
            whats("The order barred visitors from six largely Catholic countries."),
            ["country"]
        );
        assert_eq!(
            whats("Pollsters spoke to voters at 40 randomly selected districts."),
            ["district"]
        );
        let found = whats("The paper hired several highly paid editors.");
        assert_eq!(found, ["editor"]);
    }

    #[test]
    fn an_adverb_after_the_noun_ends_the_phrase() {
        let found = whats("Four campaign staff already charged by prosecutors will testify.");
        assert!(!found.contains(&"already".to_string()), "{found:?}");
        // Before a plural it is an adjective: "likely voters".
        let shares: Vec<String> = facts_on(
            "Some 40 percent of Hispanic likely voters backed the plan.",
            "2026-05-01",
        )
        .into_iter()
        .filter(|f| f.kind == FactKind::Percent)
        .map(|f| f.frame.what)
        .collect();
        assert_eq!(shares, ["voter"]);
    }

    #[test]
    fn a_name_inside_the_phrase_qualifies_the_noun_after_it() {
        assert_eq!(
            whats("Three conservative Baptist churches signed the letter."),
            ["church"]
        );
        assert_eq!(
            whats("The firm will run six major Spanish ports."),
            ["port"]
        );
        // An adjective in "-ous" is no plural.
        assert_eq!(whats("The club has closed two spacious halls."), ["hall"]);
        // A name that qualifies nothing after it is not part of the phrase.
        assert!(
            whats("Two former George W. Bush aides spoke.")
                .iter()
                .all(|w| w != "george")
        );
    }

    #[test]
    fn a_plural_before_a_plural_qualifies_it() {
        assert_eq!(
            whats("Several dozen animal rights campaigners gathered outside the lab."),
            ["campaigner"]
        );
        let arrests = counts("Police arrested 14 arms dealers in the raid on Friday.");
        assert_eq!(arrests.len(), 1, "{arrests:?}");
        assert_ne!(arrests[0].1.as_deref(), Some("arm"));
        // A plural before a verb still ends the phrase, even a verb in "-s" whose subject
        // is further back.
        assert_eq!(whats("Three pumps failed during the storm."), ["pump"]);
        let found = whats("A report by four senior economists warns of a slump.");
        assert!(!found.contains(&"warn".to_string()), "{found:?}");
    }

    #[test]
    fn words_shaped_like_adverbs_that_are_nouns_stay_nouns() {
        assert!(super::adverb("largely"));
        assert!(super::adverb("already"));
        assert!(!super::adverb("family"));
        assert!(!super::adverb("rally"));
        assert!(!super::adverb("only"));
    }
}
