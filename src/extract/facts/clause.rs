//! Clauses: the part of a sentence a figure's frame is read from. "A flood killed more than
//! 2,000 in Sindh in 2010, and 90 were killed in Multan in August" holds two clauses, each
//! with its own place and time.

/// Words that open a new clause after a comma.
fn opens_clause(word: &str) -> bool {
    matches!(
        word,
        "and"
            | "but"
            | "while"
            | "whereas"
            | "when"
            | "although"
            | "though"
            | "after"
            | "before"
            | "where"
            | "which"
            | "who"
            | "as"
            | "since"
            | "whose"
            | "with"
    )
}

/// Words that open a new clause even without a comma before them.
fn opens_clause_alone(word: &str) -> bool {
    matches!(word, "when" | "while" | "whereas" | "where")
}

/// Whether the comma at `i` closes a relative clause set off by commas ("Marsh, who
/// appeared in 40 films, was born in 1923"): the comma before it opens ", who", ", which"
/// or ", whose".
fn closes_relative(lower: &[&str], i: usize) -> bool {
    lower[..i].iter().rposition(|w| *w == ",").is_some_and(|j| {
        lower
            .get(j + 1)
            .is_some_and(|n| matches!(*n, "who" | "which" | "whose"))
    })
}

/// The token range `[start, end)` of the clause holding token `at`.
pub(super) fn bounds(lower: &[&str], at: usize) -> (usize, usize) {
    let is_break = |i: usize| -> bool {
        let w = lower[i];
        if matches!(w, ";" | ":" | "—" | "–") || (w == "," && closes_relative(lower, i)) {
            return true;
        }
        // A comma followed by a clause word, or a clause word on its own ("killed three
        // people as police fought", "and 600 were killed").
        (w == "," && lower.get(i + 1).is_some_and(|n| opens_clause(n)))
            || (opens_clause_alone(w) && i > 0 && lower[i - 1] != ",")
            || (w == "and" && lower.get(i + 1).is_some_and(|n| starts_figure(n)))
            // "… in 12 towns and was felt across the valley": another predicate.
            || (w == "and" && lower.get(i + 1).is_some_and(|n| predicate(n) || carried(n)))
    };
    let mut start = at;
    while start > 0 && !is_break(start - 1) {
        start -= 1;
    }
    // A clause word belongs to the clause it opens.
    let mut end = at + 1;
    while end < lower.len() && !is_break(end) {
        end += 1;
    }
    (start, end)
}

/// A verb that opens a new predicate of the same subject after "and": "and was felt", "and
/// has closed".
fn predicate(word: &str) -> bool {
    matches!(
        word,
        "was" | "were" | "is" | "are" | "has" | "have" | "had" | "will" | "would"
    )
}

/// A participle of being carried somewhere that opens a second predicate of the same
/// subject after "and": "were pulled out alive and flown to hospital in Brig" — the
/// hospital's town is where they were flown, not where they were pulled out.
fn carried(word: &str) -> bool {
    matches!(
        word,
        "flown" | "taken" | "rushed" | "airlifted" | "sent" | "brought" | "driven" | "transferred"
    )
}

/// A word a figure starts with: digits, or a number word.
fn starts_figure(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit()) || crate::extract::numbers::is_number_word(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clause_of(words: &[&str], at: usize) -> Vec<String> {
        let (s, e) = bounds(words, at);
        words[s..e].iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn a_comma_and_a_new_figure_open_clauses() {
        let words = [
            "killed", "2,000", "in", "sindh", "in", "2010", ",", "and", "90", "were", "killed",
            "in", "multan",
        ];
        assert_eq!(
            clause_of(&words, 1),
            ["killed", "2,000", "in", "sindh", "in", "2010"]
        );
        assert_eq!(
            clause_of(&words, 8),
            ["90", "were", "killed", "in", "multan"]
        );
    }

    #[test]
    fn a_relative_clause_between_commas_is_a_clause_of_its_own() {
        let words = [
            "marsh", ",", "who", "appeared", "in", "40", "films", ",", "was", "born", "in", "1923",
        ];
        assert_eq!(
            clause_of(&words, 5),
            ["who", "appeared", "in", "40", "films"]
        );
        assert_eq!(clause_of(&words, 11), ["was", "born", "in", "1923"]);
    }

    #[test]
    fn being_carried_somewhere_is_a_predicate_of_its_own() {
        let words = [
            "seven", "were", "pulled", "out", "alive", "and", "flown", "to", "hospital", "in",
            "brig",
        ];
        assert_eq!(
            clause_of(&words, 0),
            ["seven", "were", "pulled", "out", "alive"]
        );
    }

    #[test]
    fn a_semicolon_closes_a_clause_and_when_opens_one() {
        let words = [
            "three", "died", "when", "rioters", "struck", ";", "five", "fled",
        ];
        assert_eq!(clause_of(&words, 0), ["three", "died"]);
        assert_eq!(clause_of(&words, 6), ["five", "fled"]);
    }
}
