//! People counted by what they put their names to: "a petition signed by 1.8 million
//! people", "more than 300 people have signed an open letter". Such a count is the
//! signatures the petition or letter gathered, the thing "received 250,000 signatures"
//! counts, never a count nothing frames; people who "signed up" for something joined it.

use super::View;

/// The verb of putting one's name to a text.
fn signing(word: &str) -> bool {
    matches!(word, "signed" | "co-signed" | "cosigned" | "countersigned")
}

/// Words between the people counted and the verb: "have", "had already", "now".
fn auxiliary(word: &str) -> bool {
    matches!(
        word,
        "have" | "has" | "had" | "already" | "now" | "so" | "far" | "since" | "all"
    )
}

/// Whether the people counted by the figure at token `first` (their noun ending before
/// token `after`, in a clause ending at token `clause_end`) signed a text: "signed by" right
/// before the figure ("a petition signed by 1.8 million people"), or the verb after the
/// people ("300 people have signed the letter"), but not "signed up" or "signed on".
pub(super) fn signed(view: &View<'_>, first: usize, after: usize, clause_end: usize) -> bool {
    if first >= 2 && view.low(first - 1) == "by" && signing(view.low(first - 2)) {
        return true;
    }
    let mut at = after;
    while at < clause_end && auxiliary(view.low(at)) {
        at += 1;
    }
    at < clause_end
        && signing(view.low(at))
        && !matches!(view.low(at + 1), "up" | "on" | "off" | "in" | "out")
}

#[cfg(test)]
mod tests {
    use crate::extract::FactKind;

    use super::super::tests::facts_on;

    /// The counts (what, low end of the value) of `text`, read as of `date`.
    fn counts(text: &str, date: &str) -> Vec<(String, f64)> {
        facts_on(text, date)
            .into_iter()
            .filter(|f| f.kind == FactKind::Count)
            .filter_map(|f| Some((f.frame.what.clone(), f.amount()?.low)))
            .collect()
    }

    #[test]
    fn people_who_signed_a_petition_count_its_signatures() {
        let by = counts(
            "A petition signed by over 2.4 million people asked the council to keep the ferry.",
            "2026-04-26",
        );
        let told = counts(
            "The petition has so far received 240,000 signatures, its organisers said.",
            "2026-04-26",
        );
        let after = counts(
            "More than 300 people have signed an open letter to the council.",
            "2026-04-26",
        );
        assert_eq!(told.len(), 1, "{told:?}");
        assert_eq!(by, vec![(told[0].0.clone(), 2_400_000.0)]);
        assert_eq!(after, vec![(told[0].0.clone(), 300.0)]);
    }

    #[test]
    fn people_who_signed_up_joined_and_signed_nothing() {
        let joined = counts(
            "About 40 people signed up for the evening course in March.",
            "2026-04-26",
        );
        let told = counts("The petition received 240,000 signatures.", "2026-04-26");
        assert!(
            joined.iter().all(|(what, _)| *what != told[0].0),
            "{joined:?}"
        );
    }
}
