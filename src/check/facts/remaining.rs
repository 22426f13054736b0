//! A count still standing when the copy was written ("nine were still in hospital", "three
//! remain missing"), read from the words of the figure's clause as the rules' `remaining`
//! name them. People leave hospital and the missing are found, so such a count is no more
//! than the count first told: the comparison lets it, told on a later day, fall short of a
//! count that tells no such state, and hands on only a count that exceeds it.

use crate::article::Span;
use crate::extract::{Fact, FactKind};
use crate::rules::RuleSet;
use crate::text::{Token, lower_tokens, tokenize};

/// Words after the figure read for the state ("nine were still in hospital").
const AFTER: usize = 6;

/// Words before the figure read for it ("still nine in hospital", "the remaining nine").
const BEFORE: usize = 2;

/// Whether `fact`, a count in `text` (its article's text), tells a count still standing.
pub fn remaining(fact: &Fact, text: &str, rules: &RuleSet) -> bool {
    let words = &rules.facts.remaining;
    if fact.kind != FactKind::Count || words.is_empty() {
        return false;
    }
    let sentence = fact.sentence;
    if text.get(sentence.start..sentence.end).is_none() {
        return false;
    }
    let tokens = tokenize(text, Span::new(sentence.start, sentence.end), rules);
    let lower = lower_tokens(text, &tokens);
    // A clause ends at punctuation ("," "—" ".") and at a word that opens another ("and
    // rescuers were still searching").
    let ends_clause = |t: &Token, lower: &str| {
        (!t.is_word() && !t.text(text).starts_with(char::is_numeric))
            || matches!(
                lower,
                "and"
                    | "but"
                    | "while"
                    | "whereas"
                    | "as"
                    | "when"
                    | "after"
                    | "where"
                    | "which"
                    | "who"
                    | "because"
            )
    };
    let first = tokens.partition_point(|t| t.span.start < fact.span.start);
    let after = tokens.partition_point(|t| t.span.start < fact.span.end);
    // Each side of the figure up to the clause's edge.
    let mut before: Vec<&str> = tokens[..first]
        .iter()
        .zip(&lower[..first])
        .rev()
        .take_while(|(t, w)| !ends_clause(t, w))
        .take(BEFORE)
        .map(|(_, w)| w.as_ref())
        .collect();
    before.reverse();
    let behind: Vec<&str> = tokens[after..]
        .iter()
        .zip(&lower[after..])
        .take_while(|(t, w)| !ends_clause(t, w))
        .take(AFTER)
        .map(|(_, w)| w.as_ref())
        .collect();
    words.iter().any(|phrase| {
        let phrase: Vec<&str> = phrase.split_whitespace().collect();
        !phrase.is_empty()
            && [&before, &behind]
                .iter()
                .any(|side| side.windows(phrase.len()).any(|w| w == phrase.as_slice()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Amount, FactValue, Frame};

    /// A count fact at `figure` in `sentence` (the whole text).
    fn count(sentence: &str, figure: &str) -> Fact {
        let start = sentence.find(figure).unwrap_or(0);
        Fact {
            id: "a#f1".into(),
            ..Fact::plain(
                "a",
                FactKind::Count,
                FactValue::Amount(Amount {
                    low: 1.0,
                    high: Some(1.0),
                    text: figure.into(),
                    unit: None,
                }),
                Frame::default(),
                Span::new(start, start + figure.len()),
                Span::new(0, sentence.len()),
            )
        }
    }

    fn standing(sentence: &str, figure: &str) -> bool {
        let rules = RuleSet::builtin().unwrap();
        remaining(&count(sentence, figure), sentence, &rules)
    }

    #[test]
    fn a_count_still_in_hospital_is_a_later_state() {
        assert!(standing(
            "Doctors said on Monday that seven were still in hospital.",
            "seven"
        ));
        assert!(standing(
            "Four people remain missing, the coastguard said.",
            "Four"
        ));
        assert!(standing("Three were being treated for burns.", "Three"));
        assert!(standing(
            "Of those, two were kept in hospital overnight.",
            "two"
        ));
    }

    #[test]
    fn a_count_taken_to_hospital_is_no_later_state() {
        assert!(!standing(
            "Twelve of them were taken to hospital.",
            "Twelve"
        ));
        assert!(!standing(
            "Six people were hurt, and officials said the road would still be shut on Monday.",
            "Six"
        ));
        // The state belongs to another clause than the figure's.
        assert!(!standing(
            "Eight were injured, while the driver is still missing.",
            "Eight"
        ));
        assert!(!standing(
            "Five people died and rescuers were still searching the rubble.",
            "Five"
        ));
    }
}
