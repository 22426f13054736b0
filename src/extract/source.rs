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
    // A verb inside is a clause, not a mention (`Sanders receiving more`, `took direct`);
    // an -ing word after a determiner is a modifier (`a rolling poll`, see
    // [`modifies_head`]).
    let last = words.len() - 1;
    let verb_inside = words[..last].iter().enumerate().any(|(k, w)| {
        let l = w.to_lowercase();
        w.chars().next().is_some_and(char::is_lowercase)
            && (l.ends_with("ing") && l.len() > 5 && !modifies_head(words, k)
                || matches!(l.as_str(), "took" | "made" | "gave"))
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

/// Whether the -ing word at `k` of a mention modifies its head rather than opening a clause:
/// right after a determiner or a possessive (`the ruling party`, `several leading
/// economists`, `Gallup's tracking poll`), or right before the head with one word between
/// such an opening and it (`a national tracking poll`, `a Reuters rolling poll`). After a
/// noun it is a verb (`the man running the campaign`).
fn modifies_head(words: &[&str], k: usize) -> bool {
    let opens = |j: usize| {
        let lower = crate::words::lower_case_straight(words[j]);
        english::is_determiner(&lower) || lower.ends_with("'s") || lower.ends_with("s'")
    };
    k >= 1 && opens(k - 1) || k >= 2 && k + 2 == words.len() && opens(k - 2)
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

#[cfg(test)]
mod tests {
    use super::modifies_head;
    use crate::extract::test_text::speakers_contents_and_kinds;

    #[test]
    fn an_ing_word_after_a_determiner_leaves_the_mention_a_source() {
        for (text, speaker, kind) in [
            (
                "A rolling poll shows the senator at the top of the field.",
                "A rolling poll",
                "found",
            ),
            (
                "The ruling party wants new elections in the spring.",
                "The ruling party",
                "wants",
            ),
            (
                "Several leading economists believe the levy will slow hiring.",
                "Several leading economists",
                "believes",
            ),
            (
                "A national tracking poll shows the mayor with a narrow lead.",
                "A national tracking poll",
                "found",
            ),
        ] {
            let claims = speakers_contents_and_kinds(text);
            assert_eq!(claims.len(), 1, "{text}: {claims:?}");
            assert_eq!(claims[0].0, speaker, "{text}");
            assert_eq!(claims[0].2, kind, "{text}");
        }
    }

    #[test]
    fn an_ing_word_after_a_noun_is_a_verb() {
        assert!(!modifies_head(
            &["the", "man", "running", "the", "campaign"],
            2
        ));
        assert!(!modifies_head(&["Sanders", "receiving", "more"], 1));
        assert!(modifies_head(&["Gallup's", "tracking", "poll"], 1));
    }
}
