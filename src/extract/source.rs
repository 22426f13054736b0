//! Whether a speaker found before a verb of attitude or action reads as a source — someone
//! or something that can want, support or deny — rather than a phrase that only stands
//! where a subject would (`low rates support …`, `American history supports …`, `the
//! sense of the campaign …`). What was *said* needs no such test: "said" makes its
//! subject a source. The nouns for groups and bodies (`committee`, `campaign`) and for
//! documents are the rules' `bodies` and `documents`.

use super::cues::Cues;
use super::{Speaker, english};

/// Whether `speaker` (its words as written, in `text`) reads as a source. A relative
/// pronoun set off by a comma or a dash is read by the name it stands for (`the tax, which
/// supports …` is none); such a "who" without one stands for a person all the same
/// (`Petrilli, who believes …`). A relative clause without the comma (`voters who support
/// Sanders are …`) only tells which ones are meant, and its pronoun is no source.
pub(super) fn is_source(speaker: &Speaker, text: &str, nouns: &Cues) -> bool {
    let relative = speaker.text.to_lowercase();
    if matches!(relative.as_str(), "who" | "which" | "that") {
        let set_off = speaker.span.is_some_and(|s| {
            text.get(..s.start)
                .is_some_and(|before| before.trim_end().ends_with([',', '—', '–']))
        });
        return set_off
            && match &speaker.antecedent {
                Some(name) => mention_is_source(name, nouns),
                None => relative == "who",
            };
    }
    mention_is_source(&speaker.text, nouns)
}

/// [`is_source`] on a mention as written.
pub(super) fn mention_is_source(mention: &str, nouns: &Cues) -> bool {
    let words: Vec<&str> = mention.split_whitespace().collect();
    // `A Gazette poll of the county`, `Residents of the town`: the head stands before the
    // first preposition.
    let head_phrase = (1..words.len())
        .find(|&k| english::is_preposition(&words[k].to_lowercase()))
        .is_some_and(|k| words_are_source(&words[..k], nouns));
    head_phrase || words_are_source(&words, nouns)
}

/// [`is_source`] on the words of a speaker.
fn words_are_source(words: &[&str], nouns: &Cues) -> bool {
    let Some(head) = words.last() else {
        return false;
    };
    let lower_head = crate::words::lower_case_straight(head);
    let lower_head = lower_head.trim_end_matches(|c: char| !c.is_alphanumeric());
    if words.len() == 1 && english::is_pronoun(lower_head) {
        return lower_head != "you";
    }
    // `Most believe`, `Many fear`, `Others hope`: a quantifier standing for people.
    if words.len() == 1 && english::stands_for_people(lower_head) {
        return true;
    }
    // A verb inside is a clause, not a mention (`Sanders receiving more`, `took direct`).
    let verb_inside = words[..words.len() - 1].iter().any(|w| {
        let l = w.to_lowercase();
        w.chars().next().is_some_and(char::is_lowercase)
            && (l.ends_with("ing") && l.len() > 5 || matches!(l.as_str(), "took" | "made" | "gave"))
    });
    if verb_inside {
        return false;
    }
    let capital = head.chars().next().is_some_and(char::is_uppercase);
    if capital {
        // `Either`, `Second`: a function word or an ordinal opening the sentence.
        return words.len() > 1 || !english::ends_speaker(lower_head) && !is_ordinal(lower_head);
    }
    // A plural is a source when one of it would be (`voters`, `officials`, `polls`), not
    // any plural (`low rates support …`).
    let singular = plural_of(lower_head).unwrap_or_else(|| lower_head.to_string());
    let singular = singular.as_str();
    agent_noun(singular)
        || nouns.is_body(singular)
        || nouns.is_document(singular)
        || nouns.is_document(lower_head)
}

/// The singular of a regular plural (`voters` → `voter`, `parties` → `party`, `chairmen` →
/// `chairman`), or `None`.
fn plural_of(lower: &str) -> Option<String> {
    if lower.len() <= 3 || lower.ends_with("ss") {
        return None;
    }
    // `allies`, `parties`: the singular ends in -y.
    if let Some(stem) = lower.strip_suffix("ies") {
        return Some(format!("{stem}y"));
    }
    // `chairmen`, `congresswomen`: the singular ends in -man.
    if let Some(stem) = lower.strip_suffix("men") {
        return Some(format!("{stem}man"));
    }
    lower.strip_suffix('s').map(str::to_string)
}

/// Nouns for people by what they do or are (`supporter`, `senator`, `analyst`,
/// `official`, `businessman`, `candidate`).
fn agent_noun(lower: &str) -> bool {
    let by_ending = [
        "er", "or", "ist", "ian", "ant", "ent", "ee", "ive", "ial", "ary", "man", "woman", "person",
    ]
    .iter()
    .any(|end| lower.ends_with(end));
    by_ending && lower.len() > 4
        || matches!(
            lower,
            "candidate"
                | "critic"
                | "ally"
                | "rival"
                | "expert"
                | "aide"
                | "chief"
                | "head"
                | "friend"
                | "delegate"
                | "advocate"
                | "diplomat"
                | "pundit"
                | "people"
                | "men"
                | "women"
                | "public"
                | "electorate"
                | "nominee"
                // People nouns the endings miss (`some analysts believe`, `sources fear`).
                | "analyst"
                | "judge"
                | "source"
                | "scholar"
                | "veteran"
                | "citizen"
                | "colleague"
        )
}

fn is_ordinal(lower: &str) -> bool {
    matches!(
        lower,
        "first"
            | "second"
            | "third"
            | "fourth"
            | "fifth"
            | "last"
            | "next"
            | "both"
            | "either"
            | "neither"
            | "another"
            | "other"
            | "others"
            | "such"
    )
}
