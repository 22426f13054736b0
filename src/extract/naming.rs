//! A thing named, not a thing said: `a firm called Harbourline`, `a group called Save Our
//! Pier`, `the mayor called Ines Varga` (a telephone call). After a verb of naming, a bare
//! name is what something is called or who was rung up; a description ("called the plan a
//! gamble") is what a speaker said of it, and stays a claim.

use super::{Claim, ClaimKind, english};

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
/// words of names ("Bank of the North"). Words that tell when or how often a call was
/// made may follow the name (`called Ines Varga again`, `called Varga back on Tuesday`):
/// a telephone call still.
fn is_bare_name(content: &str) -> bool {
    let mut words: Vec<&str> = content
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    while words.len() > 1 && is_call_time(&words[words.len() - 1].to_lowercase()) {
        words.pop();
    }
    !words.is_empty()
        && words.len() <= MAX_NAME_WORDS
        && words[0].starts_with(char::is_uppercase)
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase) || matches!(*w, "of" | "the" | "and" | "for" | "de")
        })
}

/// A word that tells when or how often a call was made, after the one called: "again",
/// "back", "twice", "on", "last", a day or a part of one.
fn is_call_time(lower: &str) -> bool {
    english::is_time_word(lower)
        || matches!(
            lower,
            "again" | "back" | "twice" | "repeatedly" | "later" | "on" | "last" | "this" | "early"
        )
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
        assert!(is_bare_name("Varga again"));
        assert!(is_bare_name("Ines Varga back on Tuesday"));
        assert!(!is_bare_name("Varga again a liar"));
        assert!(!is_bare_name("again"));
    }
}
