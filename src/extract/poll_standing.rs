//! Where a candidate stands in a poll, told without a figure: `Ruiz is leading in the polls`,
//! `Lee stays well ahead of Ruiz in latest poll`, `Park climbed from fifth to fourth in a
//! survey of the county`. A lead, a place or a deficit that closes on a poll is the poll's
//! finding as a share or a margin is (`in_document`); a clause without one that ends in a
//! document only tells where something stands (`was named in the indictment`).

use super::english;
use super::sentence::SentenceCtx;

/// Whether the tokens `[start, end)` are one clause that tells a standing: a word of
/// standing among them, and no comma and no word that opens another clause (`where Ruiz
/// leads`, `although Lee moved to second`), whose finding would not be the whole.
pub(super) fn one_clause_of_standing(ctx: &SentenceCtx<'_>, start: usize, end: usize) -> bool {
    (start..end).any(|i| tells_standing(ctx.low(i)))
        && (start..end).all(|i| {
            let w = ctx.low(i);
            w != ","
                && !english::subordinates(w)
                && !matches!(w, "where" | "who" | "whom" | "whose" | "which" | "that")
        })
}

/// Whether the word `lower` tells a standing in a race: a lead or a deficit (`leads`,
/// `ahead`, `trailed`), or a place after the first (`second`, `fourth`; "first" is as often
/// a first year or a first visit).
fn tells_standing(lower: &str) -> bool {
    matches!(
        lower,
        "lead"
            | "leads"
            | "led"
            | "leading"
            | "ahead"
            | "behind"
            | "trail"
            | "trails"
            | "trailed"
            | "trailing"
            | "second"
            | "third"
            | "fourth"
            | "fifth"
            | "sixth"
            | "tied"
            | "neck"
    )
}

/// Whether `lower` names a poll (`poll`, `surveys`, `polling average`): a standing told in
/// another document (`led the questioning in the inquiry`, `was first named in the filing`)
/// is no finding of it.
pub(super) fn names_poll(lower: &str) -> bool {
    matches!(
        lower,
        "poll"
            | "polls"
            | "polling"
            | "survey"
            | "surveys"
            | "average"
            | "averages"
            | "tracker"
            | "tracking"
    )
}

/// Whether `lower`, the first word after "in", may open a poll's name without a
/// determiner: a plural (`polls`, `national surveys`), a word of time or recency (`latest
/// poll`, `January polls`, `recent surveys`), or an adjective of scope (`national polls`,
/// `statewide polls`).
pub(super) fn opens_bare_poll(lower: &str) -> bool {
    crate::date::month_from_name(lower).is_some()
        || matches!(
            lower,
            "polls"
                | "surveys"
                | "latest"
                | "recent"
                | "new"
                | "early"
                | "national"
                | "statewide"
                | "state"
                | "public"
                | "several"
                | "most"
                | "all"
        )
}

#[cfg(test)]
mod tests {
    use crate::extract::test_text::speakers_contents_and_kinds;

    /// (speaker, content) of each claim of the kind `found` in `text`.
    fn findings(text: &str) -> Vec<(String, String)> {
        speakers_contents_and_kinds(text)
            .into_iter()
            .filter(|(_, _, kind)| kind == "found")
            .map(|(speaker, content, _)| (speaker, content))
            .collect()
    }

    #[test]
    fn a_lead_that_closes_on_the_polls_is_their_finding() {
        assert_eq!(
            findings("The harbour master's rival is leading in the polls."),
            [(
                "the polls".to_string(),
                "The harbour master's rival is leading".to_string()
            )]
        );
        assert_eq!(
            findings("Lee stays well ahead of Ruiz in latest poll."),
            [(
                "latest poll".to_string(),
                "Lee stays well ahead of Ruiz".to_string()
            )]
        );
    }

    #[test]
    fn a_place_that_closes_on_a_survey_is_its_finding() {
        assert_eq!(
            findings("Park climbed from fifth to fourth in a survey of county voters."),
            [(
                "a survey".to_string(),
                "Park climbed from fifth to fourth".to_string()
            )]
        );
    }

    #[test]
    fn a_clause_without_a_standing_is_no_finding() {
        assert!(findings("The new stadium was discussed in recent surveys.").is_empty());
        assert!(findings("Thirty-one people were named in the indictment.").is_empty());
    }

    #[test]
    fn a_lead_inside_another_clause_is_no_finding_of_the_whole() {
        assert!(
            findings(
                "The race is closest in the north, where Lee holds a narrow lead in the latest polls."
            )
            .is_empty()
        );
        assert!(findings("Their first year was hard on the mayor in the polls.").is_empty());
    }

    #[test]
    fn a_standing_told_in_another_document_is_no_finding() {
        assert!(findings("The senator led the questioning in the inquiry.").is_empty());
        assert!(findings("The treasurer was first named in the filing.").is_empty());
    }
}
