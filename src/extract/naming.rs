//! A thing named, not a thing said: `a firm called Harbourline`, `a group called Save Our
//! Pier`, `the mayor called Ines Varga` (a telephone call). After a verb of naming, a bare
//! name is what something is called or who was rung up; a description ("called the plan a
//! gamble") is what a speaker said of it, and stays a claim.

use super::{Claim, ClaimKind};

/// At most this many words make a bare name.
const MAX_NAME_WORDS: usize = 5;

/// Whether `claim` only names: an indirect claim whose cue is a bare verb of naming and
/// whose content is a name and nothing else.
pub(super) fn only_names(claim: &Claim) -> bool {
    let naming = claim
        .cue
        .as_ref()
        .is_some_and(|cue| matches!(cue.text.trim(), "called" | "named" | "dubbed"));
    naming && claim.kind == ClaimKind::Indirect && is_bare_name(&claim.content)
}

/// A proper name and nothing else: one to five words, each capitalised but for the joining
/// words of names ("Bank of the North").
fn is_bare_name(content: &str) -> bool {
    let words: Vec<&str> = content
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    !words.is_empty()
        && words.len() <= MAX_NAME_WORDS
        && words[0].starts_with(char::is_uppercase)
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase) || matches!(*w, "of" | "the" | "and" | "for" | "de")
        })
}

#[cfg(test)]
mod tests {
    use super::is_bare_name;

    #[test]
    fn a_name_is_bare_and_a_description_is_not() {
        assert!(is_bare_name("Harbourline"));
        assert!(is_bare_name("Save Our Pier"));
        assert!(is_bare_name("\u{201c}Bank of the North,\u{201d}"));
        assert!(!is_bare_name("the plan a gamble"));
        assert!(!is_bare_name("Varga a liar"));
        assert!(!is_bare_name("One Two Three Four Five Six"));
    }
}
