//! Counts of none: "No one was hurt", "Nobody was killed", "There were no injuries", "No
//! passengers were injured". Each is a count of 0 of what the clause says happened, so that
//! another outlet's "two crew were treated for injuries" meets it. Scope words keep it to
//! what it says: "no one else" (others were), "no one was seriously hurt" (some were,
//! lightly) and "no other deaths" are no count; "No passengers were hurt" counts
//! passengers only.

use crate::article::Span;

use super::super::claim::Quantity;
use super::View;

/// What a count of none may be of: harm to people, the toll's words.
fn harmed(word: &str) -> bool {
    matches!(
        word,
        "hurt" | "injured" | "wounded" | "killed" | "harmed" | "died"
    )
}

/// Nouns of harm a bare "no" counts: "there were no injuries", "no deaths were reported".
fn harm_noun(word: &str) -> bool {
    matches!(word, "injuries" | "deaths" | "fatalities")
}

/// The zero counts of the sentence, as figures the fact reader reads like any other: the
/// span is "No one" / "Nobody" (its clause says what happened) or the "no" before a noun
/// ("no injuries", "No passengers were hurt").
pub(super) fn counts(view: &View<'_>) -> Vec<Quantity> {
    let mut found = Vec::new();
    let mut k = 0;
    while k < view.lower.len() {
        let w = view.low(k);
        let (len, noun) = match w {
            "nobody" => (1, false),
            "no" if view.low(k + 1) == "one" => (2, false),
            "no" => (1, true),
            _ => {
                k += 1;
                continue;
            }
        };
        let after = k + len;
        // "41 crashes, with no injuries reported": none known of other events, a
        // circumstance of theirs rather than a count of the story's own.
        let circumstance = k > 0 && view.low(k - 1) == "with";
        let zero = if circumstance {
            false
        } else if noun {
            harm_noun(view.low(after)) || people_harmed(view, after)
        } else {
            !matches!(view.low(after), "else" | "other") && harmed_after(view, after)
        };
        if zero {
            found.push(Quantity {
                text: view.span(k, after).of(view.text).to_string(),
                span: view.span(k, after),
                value: 0.0,
                low: 0.0,
                high: Some(0.0),
                unit: None,
                measure: None,
                ordinal: false,
            });
        }
        k = after;
    }
    found
}

/// "was hurt", "were killed", "has been injured", "had been hurt", "died" right at token
/// `at`: nothing between the verb and the harm ("was seriously hurt" leaves the lightly
/// hurt out, so it is no count of none).
fn harmed_after(view: &View<'_>, at: usize) -> bool {
    if view.low(at) == "died" {
        return true;
    }
    let verb = match (view.low(at), view.low(at + 1)) {
        ("was" | "were", _) => at + 1,
        ("has" | "had" | "have", "been") => at + 2,
        _ => return false,
    };
    harmed(view.low(verb)) && view.low(verb) != "died"
}

/// "No passengers were hurt": a plural noun (one word, small letters) then the harm.
fn people_harmed(view: &View<'_>, at: usize) -> bool {
    let noun = view.low(at);
    noun.len() > 3
        && noun.ends_with('s')
        && !noun.ends_with("ss")
        && view
            .tokens
            .get(at)
            .is_some_and(|t| t.is_word() && !t.is_capitalized(view.text))
        && harmed_after(view, at + 1)
}

/// Whether a span of the sentence is inside one of the zero counts (the "one" of "No one"
/// is no figure of its own).
pub(super) fn covers(zeros: &[Quantity], span: Span) -> bool {
    zeros
        .iter()
        .any(|z| z.span.start <= span.start && span.end <= z.span.end)
}

/// Words a sentence with a count of none holds, for the cheap test before reading it.
pub(super) const CUES: [&str; 9] = [
    "no one",
    "nobody",
    "no injur",
    "no death",
    "no fatal",
    "re hurt",
    "re injured",
    "re killed",
    "re wounded",
];
