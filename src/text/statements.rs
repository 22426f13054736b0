//! Statements within a passage: where a passage that carries several statements starts each
//! after the first — a new sentence inside a long quotation, or a clause a comma and a
//! joining word open (", while …", ", but …", ", and has …"). The linker compares each on its
//! own as well as the whole; what a claim reports stays the whole passage.

use super::{is_non_final_period, starts_new_sentence};
use crate::article::Span;
use crate::rules::RuleSet;

/// Words that, after a comma, open a second statement: a contrast or a further predicate of
/// the same subject.
const JOINERS: [&str; 5] = ["while", "whereas", "but", "though", "although"];

/// Verbs that, after ", and", open a further predicate of the same subject ("has postponed
/// the tariffs …, and has reached agreements …").
const AUXILIARIES: [&str; 8] = ["has", "have", "had", "will", "would", "is", "was", "said"];

/// Byte offsets in `span` of `text` where a statement after the first starts, in order: the
/// first character of a sentence that follows another inside the passage, or the joining
/// word of a clause that a comma opens. Abbreviations, initials and dotted acronyms do not
/// end a sentence (`U.S. Trade Representative`).
pub fn statement_starts(text: &str, span: Span, rules: &RuleSet) -> Vec<usize> {
    let Some(body) = text.get(span.start..span.end) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (i, c) in body.char_indices() {
        let at = span.start + i;
        match c {
            '.' | '?' | '!' => {
                let after = &body[i + c.len_utf8()..];
                // Closing marks that end the quoted sentence with it.
                let closed = after
                    .char_indices()
                    .find(|&(_, ch)| !matches!(ch, '”' | '"' | '’' | '\'' | ')'))
                    .map_or(after.len(), |(k, _)| k);
                let rest = &after[closed..];
                if !starts_new_sentence(rest)
                    || (c == '.' && is_non_final_period(text, span.start, at, rules))
                {
                    continue;
                }
                let next = rest.len() - rest.trim_start().len();
                out.push(span.start + i + c.len_utf8() + closed + next);
            }
            ',' => {
                // A comma inside a quotation's closing mark ("fair," while …) opens the
                // clause all the same.
                let after = &body[i + 1..];
                let closed = after
                    .char_indices()
                    .find(|&(_, ch)| !matches!(ch, '”' | '"' | '’' | '\''))
                    .map_or(after.len(), |(k, _)| k);
                let rest = &after[closed..];
                let trimmed = rest.trim_start();
                let mut words = trimmed.split(|ch: char| !ch.is_alphanumeric());
                let first = words.next().unwrap_or("");
                let opens = JOINERS.contains(&first)
                    || (first == "and" && words.next().is_some_and(|w| AUXILIARIES.contains(&w)));
                if opens && trimmed.len() < rest.len() {
                    out.push(span.start + i + 1 + closed + rest.len() - trimmed.len());
                }
            }
            _ => {}
        }
    }
    out.retain(|&at| at < span.end);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn statements(text: &str) -> Vec<&str> {
        let rules = RuleSet::builtin().unwrap();
        let starts = statement_starts(text, Span::new(0, text.len()), &rules);
        let mut from = 0;
        let mut out = Vec::new();
        for at in starts.into_iter().chain([text.len()]) {
            out.push(text[from..at].trim());
            from = at;
        }
        out
    }

    #[test]
    fn a_quotation_of_three_sentences_carries_three_statements() {
        assert_eq!(
            statements(
                "First, the port stays shut. Second, the U.S. Navy will escort the ferries. \
                 Third, the talks go on in Oslo."
            ),
            [
                "First, the port stays shut.",
                "Second, the U.S. Navy will escort the ferries.",
                "Third, the talks go on in Oslo."
            ]
        );
    }

    #[test]
    fn a_clause_opened_by_while_or_and_has_is_a_statement_of_its_own() {
        assert_eq!(
            statements(
                "the mayor called the budget \"fair,\" while the council said it cuts too deep"
            ),
            [
                "the mayor called the budget \"fair,\"",
                "while the council said it cuts too deep"
            ]
        );
        assert_eq!(
            statements(
                "the ministry has delayed the levy until March, and has granted a waiver to farmers"
            ),
            [
                "the ministry has delayed the levy until March,",
                "and has granted a waiver to farmers"
            ]
        );
    }

    #[test]
    fn a_list_joined_by_and_is_one_statement() {
        assert_eq!(
            statements("the levy covers Peru, Chile, and Bolivia, Mr. Soto said"),
            ["the levy covers Peru, Chile, and Bolivia, Mr. Soto said"]
        );
    }
}
