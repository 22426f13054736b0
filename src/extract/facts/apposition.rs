//! The time of a relative clause inside an apposition is not the time of the figure the
//! apposition describes: in "More than 200 pilgrims, members of a group that set out in
//! May, reached the shrine", May is when the group set out, not when the 200 reached it, so
//! the count is no background of May. A time told right after the figure ("200 pilgrims
//! reached the shrine in May, a group that …") stays the figure's.

/// Words that open a clause or a list after a comma rather than an apposition.
fn opens_other(word: &str) -> bool {
    matches!(
        word,
        "who"
            | "which"
            | "that"
            | "whose"
            | "where"
            | "when"
            | "while"
            | "and"
            | "but"
            | "or"
            | "as"
            | "including"
            | "according"
    )
}

/// Whether the time at token `at` is inside a relative clause of an apposition set off by
/// a comma right after the figure's noun phrase, the figure ending before token `end`.
pub(super) fn inside_relative(lower: &[&str], end: usize, at: usize) -> bool {
    // The comma closing the figure's noun phrase, a few words on and before the time.
    let Some(comma) = (end..at.min(end + 4)).find(|&i| lower[i] == ",") else {
        return false;
    };
    if (end..comma).any(|i| matches!(lower[i], "." | ";" | ":" | "(")) {
        return false;
    }
    let Some(&opener) = lower.get(comma + 1) else {
        return false;
    };
    if opens_other(opener) || opener.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    // A relative word inside the apposition, before the time and with no comma between.
    (comma + 2..at)
        .rev()
        .take_while(|&i| lower[i] != ",")
        .any(|i| matches!(lower[i], "that" | "which" | "who" | "whose" | "where"))
}

#[cfg(test)]
mod tests {
    use crate::extract::FactKind;

    use super::super::tests::facts_on;

    /// (time, background) of each count of `text`, read as of 1 May 2026.
    fn times(text: &str) -> Vec<(Option<String>, bool)> {
        facts_on(text, "2026-05-01")
            .into_iter()
            .filter(|f| f.kind == FactKind::Count)
            .map(|f| (f.frame.time.clone(), f.background))
            .collect()
    }

    #[test]
    fn a_relative_clause_in_an_apposition_gives_the_count_no_time() {
        let found = times(
            "More than 200 pilgrims, members of a group that set out in February, reached the \
             shrine.",
        );
        assert_eq!(found, [(None, false)]);
    }

    #[test]
    fn a_time_of_the_figures_own_clause_stays() {
        let found = times("More than 200 pilgrims reached the shrine in February.");
        assert_eq!(found.len(), 1);
        assert!(found[0].0.is_some(), "{found:?}");
    }

    #[test]
    fn only_an_apposition_with_a_relative_word_is_set_apart() {
        let lower = [
            "200", "pilgrims", ",", "members", "of", "a", "group", "that", "set", "out", "in",
            "february", ",", "reached",
        ];
        assert!(super::inside_relative(&lower, 1, 11));
        let plain = [
            "200",
            "pilgrims",
            ",",
            "officials",
            "said",
            "in",
            "february",
        ];
        assert!(!super::inside_relative(&plain, 1, 6));
    }
}
