//! Figures that pick from a group, or measure a gap, rather than count it: "six of the
//! past seven races", "the last two debates", "one candidate", "71 delegates short of the
//! total". An outlet that writes them states no total, so they are never a count fact to
//! compare with another outlet's total.

use super::View;

/// Words that make a determiner and a figure a window on a known series: "the last two
/// debates", "his first three books", "the other two suspects".
fn window_word(word: &str) -> bool {
    matches!(
        word,
        "last"
            | "past"
            | "first"
            | "next"
            | "previous"
            | "other"
            | "remaining"
            | "final"
            | "top"
            | "latest"
            | "coming"
    )
}

/// Determiners before a figure that point at a group already known.
fn definite(word: &str) -> bool {
    matches!(
        word,
        "the" | "these" | "those" | "their" | "its" | "his" | "her" | "our" | "my" | "your"
    )
}

/// The figure at token `first` is preceded by a definite determiner, with or without a
/// window word between: "the two leaders", "the past nine contests".
pub(super) fn known_group(view: &View<'_>, first: usize) -> bool {
    let Some(before) = first.checked_sub(1) else {
        return false;
    };
    // "will keep its 212 stores trading": what a body owns, counted in figures, is a count
    // of it, not a group named before.
    let holding = matches!(view.low(before), "its" | "their")
        && view.low(first).starts_with(|c: char| c.is_ascii_digit());
    (definite(view.low(before)) && !holding)
        || (window_word(view.low(before))
            && before.checked_sub(1).is_some_and(|d| definite(view.low(d))))
}

/// "one" written as a word before a thing: the article "one candidate", "One superdelegate,
/// …", rarely a count anyone disputes.
pub(super) fn indefinite_one(text: &str) -> bool {
    text.eq_ignore_ascii_case("one")
}

/// The figure at token `first` follows "after", "before" or "following": the things it
/// counts date what the sentence tells ("his career ended after two scandals", "after 11
/// debates"), a count nobody states as news.
pub(super) fn time_anchor(view: &View<'_>, first: usize) -> bool {
    first
        .checked_sub(1)
        .is_some_and(|b| matches!(view.low(b), "after" | "before" | "following"))
}

/// The figure ending before token `end`, with its noun before token `after_noun`, is a gap
/// between two counts: "71 delegates short of", "shy of", "ahead of", "behind", "more …
/// than" written after the noun or before it ("40 more delegates than his rival").
pub(super) fn difference(view: &View<'_>, end: usize, after_noun: usize) -> bool {
    let next = view.low(after_noun + 1);
    match view.low(after_noun) {
        "short" | "shy" | "ahead" => next == "of",
        "behind" => true,
        "more" | "fewer" | "less" => next == "than",
        "than" => matches!(view.low(end), "more" | "fewer" | "less"),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::FactKind;

    use super::super::tests::facts_on;

    /// The counts read from `text`, as (what, value as written).
    fn counts(text: &str) -> Vec<(String, String)> {
        facts_on(text, "2016-04-11")
            .into_iter()
            .filter(|f| f.kind == FactKind::Count)
            .filter_map(|f| Some((f.frame.what.clone(), f.amount()?.text.clone())))
            .collect()
    }

    #[test]
    fn a_window_on_a_series_counts_nothing() {
        assert_eq!(
            counts("The senator stumbled badly in the last two debates."),
            []
        );
        assert_eq!(counts("He skipped his first three rallies."), []);
        // Without the window it is still a count.
        assert_eq!(
            counts("The senator has taken part in 11 debates."),
            [("debate".to_string(), "11".to_string())]
        );
    }

    #[test]
    fn a_part_of_a_group_is_not_its_size() {
        assert_eq!(
            counts("The senator has taken five of the past six caucuses."),
            []
        );
        assert_eq!(counts("Two of the candidates left the race."), []);
        // The whole, or a count with no group named, is still a count.
        assert_eq!(
            counts("The governor has won seven primaries."),
            [("primary".to_string(), "seven".to_string())]
        );
    }

    #[test]
    fn one_before_a_thing_is_an_article() {
        assert_eq!(
            counts("One superdelegate, a party chairwoman from Ohio, switched sides."),
            []
        );
        assert_eq!(
            counts("Two superdelegates switched sides."),
            [("superdelegate".to_string(), "Two".to_string())]
        );
    }

    #[test]
    fn things_that_date_the_news_are_not_counted() {
        assert_eq!(
            counts("Her term ended in disgrace after two bribery scandals."),
            []
        );
        assert_eq!(counts("After 11 debates, the field is still crowded."), []);
        // A toll after "after" is still a toll.
        assert_eq!(
            counts("The fire spread after two people were killed.")
                .iter()
                .map(|(w, _)| w.as_str())
                .collect::<Vec<_>>(),
            ["killed"]
        );
        // Without the anchor the scandals are counted.
        assert_eq!(
            counts("He has faced two sexting scandals."),
            [("scandal".to_string(), "two".to_string())]
        );
    }

    #[test]
    fn a_gap_between_two_counts_is_not_a_count() {
        assert_eq!(
            counts("She is now 71 delegates short of the number needed to win."),
            []
        );
        assert_eq!(
            counts("He won 40 more delegates than his rival in the state."),
            []
        );
    }
}
