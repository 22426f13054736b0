//! Whose a figure is when the sentence names them beside it: the person an age is put after
//! ("Dana Price, a 37-year-old woman"), the candidate a share of the vote belongs to ("Hale
//! finished third, with 18.4 percent of the vote"), the one votes were cast for ("four votes
//! for Ortiz"). Two outlets' figures of different holders never meet.

use crate::date::{Weekday, month_from_name};
use crate::words::{is_stop_word, without_possessive};

use crate::article::Span;
use crate::text::Token;

use super::View;

/// A capitalised word that names someone, not a day, a month or a sentence's opening word.
fn names_someone(view: &View<'_>, i: usize) -> bool {
    let word = view.tok(i);
    view.capital(i)
        && Weekday::from_name(word).is_none()
        && month_from_name(word).is_none()
        && !(i == 0 && (is_stop_word(view.low(i)) || view.low(i).ends_with("ly")))
}

/// A name's word in lower case (`lower`) as a holder: without a possessive ("trump's",
/// "jones'").
fn name_word(lower: &str) -> String {
    let bare = without_possessive(lower);
    if bare.len() < lower.len() {
        return bare.to_string();
    }
    lower.strip_suffix('\'').unwrap_or(lower).to_string()
}

/// The holder written as a name: its last word (token `i`) in lower case, without a
/// possessive.
pub(super) fn holder_word(view: &View<'_>, i: usize) -> String {
    name_word(view.low(i))
}

/// The name an age figure at token `first` is put after: "Scott, a 43-year-old black man",
/// "Ms. Sadeqi, the 22-year-old student".
pub(super) fn named_before_age(view: &View<'_>, first: usize) -> Option<String> {
    let article = first.checked_sub(1)?;
    if !matches!(view.low(article), "a" | "an" | "the") {
        return None;
    }
    let comma = article.checked_sub(1)?;
    let name = comma.checked_sub(1)?;
    (view.low(comma) == "," && names_someone(view, name)).then(|| holder_word(view, name))
}

/// The name nearest before token `first` that holds a share: the subject of "Hale finished
/// third, with 18.4 percent of the vote", passing over a place of origin ("Hale of
/// Iowa") and the sentence's opening adverb.
pub(super) fn share_holder(view: &View<'_>, first: usize, clause: usize) -> Option<String> {
    // "… left its reservoirs at 23 percent of capacity": a share of a thing the clause
    // names with "its" or "their" is that thing's, not a name's before it.
    if (clause..first).any(|i| matches!(view.low(i), "its" | "their")) {
        return None;
    }
    let mut i = first;
    while i > 0 {
        i -= 1;
        if !names_someone(view, i) {
            continue;
        }
        let last = i;
        while i > 0 && view.capital(i - 1) {
            i -= 1;
        }
        let origin = i > 0 && matches!(view.low(i - 1), "of" | "in" | "from");
        if !origin {
            return Some(holder_word(view, last));
        }
    }
    None
}

/// The name a sentence opens with, as its holder: "Lila Marsh, who starred in 40 films,
/// died …" → marsh; "Actress Lila Marsh died …" → marsh. `None` when the sentence opens
/// with anything else.
pub(super) fn opening_name(view: &View<'_>) -> Option<String> {
    let run = opening_run(view.text, view.tokens)?;
    name_of_opening(run.of(view.text))
}

/// Where the capitalised words a sentence of `tokens` opens with are, if it opens with one.
pub(super) fn opening_run(text: &str, tokens: &[Token]) -> Option<Span> {
    let last = tokens
        .iter()
        .take_while(|t| t.is_word() && t.is_capitalized(text))
        .last()?;
    Some(Span::new(tokens.first()?.span.start, last.span.end))
}

/// The name written `run`, the capitalised words a sentence opens with: its last word in
/// lower case, unless that is a day or a month, or the run is one function word ("The",
/// "Meanwhile").
pub(super) fn name_of_opening(run: &str) -> Option<String> {
    let last = run.rsplit(char::is_whitespace).next()?;
    if last.is_empty() || Weekday::from_name(last).is_some() || month_from_name(last).is_some() {
        return None;
    }
    let lower = last.to_lowercase();
    let one_word = !run.contains(char::is_whitespace);
    if one_word && (is_stop_word(&lower) || lower.ends_with("ly")) {
        return None;
    }
    Some(name_word(&lower))
}

/// Whose a thing a figure is glued to is: the name before a possessive ("Trump's
/// seven-point lead", "Hale's 3-point polling lead"), the sentence's opening name for "his",
/// "her" or "their" ("Hale was ahead in every poll, but his seven-point lead …"), or the
/// name that holds it ("Hale holds a 3-point lead"). A lead, a margin or a share is its
/// holder's: two holders' figures never meet.
pub(super) fn possessor(view: &View<'_>, first: usize, clause: usize) -> Option<String> {
    let before = first.checked_sub(1).filter(|&b| b >= clause)?;
    let word = view.low(before);
    // "March's 20-point gap" is of no one.
    let bare = without_possessive(view.tok(before));
    let dated = Weekday::from_name(bare).is_some() || month_from_name(bare).is_some();
    if names_someone(view, before) && !dated && bare.len() < view.tok(before).len() {
        return Some(holder_word(view, before));
    }
    if matches!(word, "his" | "her" | "their") {
        return opening_name(view);
    }
    let verb = before.checked_sub(1).filter(|&v| v > clause)?;
    let held = matches!(
        view.low(verb),
        "holds" | "held" | "has" | "had" | "keeps" | "kept" | "enjoys" | "enjoyed"
    );
    (matches!(word, "a" | "an") && held && names_someone(view, verb - 1))
        .then(|| holder_word(view, verb - 1))
}

/// The name after "for" that a count of votes or delegates is cast for: "four votes for
/// Trump" (token `at` is the word after the counted noun).
pub(super) fn cast_for(view: &View<'_>, at: usize) -> Option<String> {
    if view.low(at) != "for" || !names_someone(view, at + 1) {
        return None;
    }
    let mut last = at + 1;
    while view.capital(last + 1) {
        last += 1;
    }
    Some(holder_word(view, last))
}

#[cfg(test)]
mod tests {
    use crate::extract::FactKind;

    use super::super::tests::facts_on;

    /// The (kind, what, holder) of each fact of `text`.
    fn frames(text: &str) -> Vec<(FactKind, String, Option<String>)> {
        facts_on(text, "2016-09-21")
            .into_iter()
            .map(|f| (f.kind, f.frame.what, f.frame.holder))
            .collect()
    }

    #[test]
    fn an_age_put_after_a_name_is_that_persons() {
        assert_eq!(
            frames("Police shot Samuel Reed, a 43-year-old black man, outside his home."),
            [(FactKind::Age, "age".to_string(), Some("reed".to_string()))]
        );
        // Two men of different names are two holders, never compared.
        assert_eq!(
            frames("The officer shot Paul Lane, a 40-year-old unarmed black man."),
            [(FactKind::Age, "age".to_string(), Some("lane".to_string()))]
        );
        // Without a name the noun holds it, as before.
        assert_eq!(
            frames("A 43-year-old man was shot outside his home."),
            [(FactKind::Age, "age".to_string(), Some("man".to_string()))]
        );
    }

    #[test]
    fn a_share_of_the_vote_is_its_candidates() {
        assert_eq!(
            frames("Senator Ann Hale of Iowa finished third, with 18.4 percent of the vote."),
            [(
                FactKind::Percent,
                "vote".to_string(),
                Some("hale".to_string())
            )]
        );
        // A share nobody is named beside keeps no holder.
        assert_eq!(
            frames("The thieves made off with 80 percent of the haul."),
            [(FactKind::Percent, "value".to_string(), None)]
        );
    }

    #[test]
    fn a_lead_is_its_holders() {
        let holders = |text: &str| -> Vec<Option<String>> {
            frames(text).into_iter().map(|(_, _, h)| h).collect()
        };
        assert_eq!(
            holders("Senator Hale holds a 4-point lead in the state."),
            [Some("hale lead".to_string())]
        );
        assert_eq!(
            holders("Voters in Tarn cut Ortiz's 9-point lead."),
            [Some("ortiz lead".to_string())]
        );
        // "his": the one the sentence opens with.
        assert_eq!(
            holders("Ortiz topped every poll, but his 9-point lead was gone by May."),
            [Some("ortiz lead".to_string())]
        );
        // A month is no holder.
        assert_eq!(
            holders("The race tightened after March's 20-point gap."),
            [Some("gap".to_string())]
        );
        // Nobody named: the thing alone, as before.
        assert_eq!(
            holders("A 12-member panel will meet."),
            [Some("panel".to_string())]
        );
    }

    #[test]
    fn votes_cast_for_someone_are_theirs() {
        assert_eq!(
            frames("The chairman announced 31 votes for Senator Ted Cole."),
            [(
                FactKind::Count,
                "vote".to_string(),
                Some("cole".to_string())
            )]
        );
    }
}
