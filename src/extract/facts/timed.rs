//! The deed a span of time is of: "would postpone the ruling on the levy for another 45
//! days", "will hold off another 45 days before ruling", "is extending the talks for a last
//! 45 days" measure how long the delay, the wait and the extension run, so the span's what
//! is the verb it belongs to, as the rules' synonyms name it (delay = postpone = wait),
//! never the word that happens to stand before it (a place, "last").

use crate::extract::english::is_finite_verb;
use crate::rules::RuleSet;

use super::View;
use super::figure::movement_filler;

/// Words that qualify a span between its preposition or verb and its figure: "for another
/// 45 days", "for a final 45 days", "in the next 45 days".
pub(super) fn qualifies_span(word: &str) -> bool {
    movement_filler(word)
        || matches!(
            word,
            "a" | "an" | "the" | "final" | "further" | "additional" | "extra" | "more" | "full"
        )
}

/// Whether token `i` is a verb's bare form after "to" or a modal: "to delay", "would
/// wait", "will extend".
fn bare_verb(view: &View<'_>, i: usize) -> bool {
    i.checked_sub(1).is_some_and(|b| {
        matches!(
            view.low(b),
            "to" | "would" | "will" | "could" | "should" | "may" | "might" | "must" | "can"
        )
    })
}

/// Whether token `i` reads as a verb: a past form or a participle ("delayed",
/// "extending", never "a ruling"), or a bare form after "to" or a modal.
fn verb_at(view: &View<'_>, i: usize) -> bool {
    let word = view.low(i);
    // "a ruling", "the meeting": a noun in -ing after a determiner.
    let determined = i.checked_sub(1).is_some_and(|b| {
        matches!(
            view.low(b),
            "a" | "an" | "the" | "its" | "their" | "his" | "her" | "this" | "any" | "no"
        )
    });
    let participle = word.len() > 4 && word.ends_with("ing") && !determined;
    is_finite_verb(word) || participle || bare_verb(view, i)
}

/// Words that open a clause of their own inside a sentence: a verb before one is not the
/// one the span after it belongs to.
fn opens_clause(word: &str) -> bool {
    matches!(
        word,
        "which" | "who" | "that" | "while" | "after" | "because" | ";" | ":" | "—"
    )
}

/// How far back a span's verb may stand: "delay a decision to impose tariffs on the
/// Andean states, Chile and Peru for another 45 days".
const REACH: usize = 20;

/// The verb the rules' synonyms name that a span of time at token `first` belongs to, in
/// its canonical form, within the clause from `clause_start`:
/// - a bare verb right before the span ("would wait another 45 days before ruling");
/// - a verb right before its preposition ("delayed for 45 days", "finalized in the next
///   45 days");
/// - past the names a verb's object ends with ("postpone a ruling on levies on Chile
///   and Peru for another 45 days"), the nearest verb back in the sentence.
///
/// `None` otherwise: a plain noun before "for" is what the span is of ("closed its runway
/// for nine hours"), read as before.
pub(super) fn verb_of_span(
    rules: &RuleSet,
    view: &View<'_>,
    first: usize,
    clause_start: usize,
) -> Option<String> {
    let mut at = first.checked_sub(1).filter(|&b| b >= clause_start)?;
    while at > clause_start && qualifies_span(view.low(at)) {
        at -= 1;
    }
    let known = |i: usize| {
        let word = view.low(i);
        (rules.has_synonyms(word) && verb_at(view, i))
            .then(|| rules.canonical_lower(word).to_string())
    };
    // "for 30 days" after any verb; "in the next 30 days", never a bare "in three years"
    // (a span counted over: "the second breach in three years").
    let qualified = at + 1 < first;
    let preposition = match view.low(at) {
        "for" => true,
        "in" | "over" => qualified,
        _ => false,
    };
    if !preposition {
        return bare_verb(view, at).then(|| known(at)).flatten();
    }
    let before = at.checked_sub(1).filter(|&b| b >= clause_start)?;
    if !view.capital(before) {
        return known(before);
    }
    // Back across the commas of a list of names ("Chile, Peru, and the Andean states"),
    // up to the sentence's start; past an infinitive in the verb's object ("a decision to
    // impose tariffs"), never past another verb ("escaped to Sudan, living in Khartoum for
    // two years": the span is the living's).
    for i in (0..at).rev().take(REACH) {
        if opens_clause(view.low(i)) {
            return None;
        }
        if let Some(verb) = known(i) {
            return Some(verb);
        }
        let infinitive = i > 0 && view.low(i - 1) == "to";
        if verb_at(view, i) && !infinitive {
            return None;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::extract::FactKind;

    use super::super::tests::facts_on;

    /// The whats of the durations of `text`.
    fn spans(text: &str) -> Vec<String> {
        facts_on(text, "2018-05-01")
            .into_iter()
            .filter(|f| f.kind == FactKind::Duration)
            .map(|f| f.frame.what)
            .collect()
    }

    #[test]
    fn a_span_after_for_is_the_verbs_it_belongs_to() {
        // The verb stands far back, past its object and a list of places.
        assert_eq!(
            spans(
                "The ministry said it would delay a ruling on the new levies on Peru, Chile \
                 and Brazil for another 60 days."
            ),
            ["delay"]
        );
        // One outlet's "postpone" is another's "delay".
        assert_eq!(
            spans("The board will postpone its vote on the merger with Orsk for another 60 days."),
            ["delay"]
        );
        // A verb right before the span, before "before …".
        assert_eq!(
            spans("The ministry said it would wait another 60 days before ruling."),
            ["delay"]
        );
        assert_eq!(
            spans("The ministry is extending talks with Orsk and Tarn for a final 60 days."),
            ["extend"]
        );
    }

    #[test]
    fn a_span_of_another_verb_is_not_the_known_verbs() {
        // "living" stands between: the span is not the escape's.
        assert!(
            !spans("Vang escaped to Laos, living in Vientiane for nearly two years.")
                .iter()
                .any(|w| w == "escaped" || w == "got out")
        );
    }

    #[test]
    fn a_span_with_no_known_verb_is_read_as_before() {
        // A plain noun before "for" is what the span is of; "final" qualifies the span.
        assert_eq!(
            spans("The airport closed its runway for a final nine hours."),
            ["runway"]
        );
        // A past verb before a span from an event: the time from that event.
        assert_eq!(
            spans("The rocket exploded about 90 seconds after lift-off."),
            ["after lift-off"]
        );
        // "lasted": the subject is what lasted.
        assert_eq!(
            spans("The strike, which lasted two days, ended."),
            ["strike"]
        );
        // A span nobody's deed is in keeps the word before it, as the rules name it.
        assert_eq!(spans("The miners were trapped for 38 hours."), ["stranded"]);
    }
}
