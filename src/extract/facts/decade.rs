//! A year or a decade written with a possessive: "the early 2000's", "the '90's", "1972's
//! election". Such a figure is a time, never a count: it counts nothing, and read as a count
//! it had no thing to count, so that any two of them met as one frame.

/// Whether the figure written as `text` is a year or decade with "'s" ("2000's", "90’s").
pub(super) fn decade(text: &str) -> bool {
    let Some(digits) = text
        .strip_suffix("'s")
        .or_else(|| text.strip_suffix("’s"))
        .map(|t| t.trim_start_matches(['\'', '’']))
    else {
        return false;
    };
    matches!(digits.len(), 2 | 4) && digits.chars().all(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use crate::extract::FactKind;

    use super::super::tests::facts_on;

    /// The counts of `text` as written.
    fn counts(text: &str) -> Vec<String> {
        facts_on(text, "2026-05-01")
            .into_iter()
            .filter(|f| f.kind == FactKind::Count)
            .filter_map(|f| Some(f.amount()?.text.clone()))
            .collect()
    }

    #[test]
    fn a_decade_or_a_years_own_counts_nothing() {
        assert!(
            counts("The early 2000's, when the plans were drawn, were another time.").is_empty()
        );
        assert!(counts("He wrote the song in the '90's for a friend.").is_empty());
        assert!(counts("Like 1972’s election, the race was decided late.").is_empty());
        // A count beside one is still read.
        assert_eq!(
            counts("Since the 1980's, 40 schools have closed in the county."),
            vec!["40".to_string()]
        );
    }

    #[test]
    fn only_a_year_or_a_decade_with_a_possessive_is_one() {
        assert!(super::decade("2000's"));
        assert!(super::decade("90’s"));
        assert!(!super::decade("2000"));
        assert!(!super::decade("300's"));
        assert!(!super::decade("1990s"));
    }
}
