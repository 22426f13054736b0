//! Where a stance's object ends: what a source criticizes, demands, denies or cites is a
//! noun phrase or an infinitive (`Christie blasted Clinton as a "disgrace" on a radio show
//! Wednesday`, `Schiff called on Obama to retaliate against Russia -- …`), and the
//! reporter's words after it say when, where or how the stance was taken, or what the
//! speaker did next (`…, and has called for …`). Those words are not part of the object.

use super::sentence::SentenceCtx;
use super::{Extractor, english};

/// Nouns naming the occasion or the medium of a statement: `in a statement`, `during a
/// campaign stop`, `in early-morning tweets`.
fn names_occasion(lower: &str) -> bool {
    matches!(
        lower,
        "statement"
            | "statements"
            | "interview"
            | "interviews"
            | "speech"
            | "speeches"
            | "tweet"
            | "tweets"
            | "post"
            | "posts"
            | "rally"
            | "rallies"
            | "debate"
            | "conference"
            | "briefing"
            | "appearance"
            | "remarks"
            | "address"
            | "op-ed"
            | "editorial"
            | "column"
            | "letter"
            | "video"
            | "ad"
            | "diatribe"
            | "broadcast"
            | "show"
            | "program"
            | "programme"
            | "podcast"
            | "hearing"
            | "stop"
            | "event"
            | "forum"
            | "meeting"
            | "session"
            | "call"
            | "message"
            | "email"
    )
}

impl Extractor<'_> {
    /// Where the object of a stance, starting at token `start` and read up to `end_tok`,
    /// ends: at a semicolon, a colon, a parenthesis or a dash; at a time (`on Friday`,
    /// `Wednesday`) or an occasion (`in a statement`, `during the debate`); at a clause of
    /// cause or contrast (`while …`, `because …`, `as Pyongyang fired …`); and at `and` or
    /// `but` before the speaker's next deed (`… and has called for …`, `… and repeatedly
    /// says …`); and at a clause that attributes on its own (`… when he said …`). Quoted words never end it; a comma does not either (`Clinton, Obama and
    /// Kerry`), nor a clause of time (`rebuked Trump in December when he …`), which the
    /// content ends at on its own when it must.
    pub(super) fn stance_object_end(
        &self,
        ctx: &SentenceCtx<'_>,
        start: usize,
        end_tok: usize,
    ) -> usize {
        (start + 1..end_tok)
            .find(|&i| {
                if ctx.quoted_at(i) {
                    return false;
                }
                let word = ctx.low(i);
                match word {
                    ";" | ":" | "(" => true,
                    // `the presentation — based on documents seized in a raid — as proof`:
                    // a pair of dashes sets off an aside; a lone dash ends the object.
                    "—" | "–" | "--" => !(start + 1..end_tok).any(|j| {
                        j != i && !ctx.quoted_at(j) && matches!(ctx.tok(j), "—" | "–" | "--")
                    }),
                    "during" | "despite" | "because" | "while" | "amid" | "whereas"
                    | "although" => true,
                    "as" => self.clause_opens_at(ctx, i + 1),
                    // `alluded to the mission when he said …`: an attribution of its own.
                    word if english::subordinates(word) => {
                        (i + 1..end_tok.min(i + 5)).any(|j| ctx.cue_starts.contains(&j))
                    }
                    "and" | "but" => {
                        let mut j = i + 1;
                        while j < end_tok && english::is_verb_adverb(ctx.low(j)) {
                            j += 1;
                        }
                        let next = ctx.low(j);
                        // `flat growth and worse-than-expected revenue`: a compound in
                        // hyphens is an adjective, not a verb.
                        english::is_auxiliary(next)
                            || english::is_finite_verb(next) && !next.contains('-')
                            || self.cues.contains_key(next) && !english::is_participle(next)
                    }
                    "in" | "at" | "on" | "via" | "through" | "over" => (i + 1..end_tok.min(i + 6))
                        .take_while(|&j| {
                            !ctx.quoted_at(j) && !matches!(ctx.tok(j), "," | ";" | ":" | "(")
                        })
                        .any(|j| {
                            names_occasion(ctx.low(j))
                                || english::is_time_word(ctx.low(j))
                                    && ctx.tokens[j].is_capitalized(ctx.text)
                        }),
                    _ => {
                        ctx.tokens[i].is_capitalized(ctx.text)
                            && crate::date::Weekday::from_name(word).is_some()
                    }
                }
            })
            .unwrap_or(end_tok)
    }

    /// Whether a clause with its own subject opens at token `i`: a subject pronoun, or a
    /// name and then a verb (`as Pyongyang fired three missiles`).
    fn clause_opens_at(&self, ctx: &SentenceCtx<'_>, i: usize) -> bool {
        if i >= ctx.tokens.len() || ctx.quoted_at(i) {
            return false;
        }
        let word = ctx.low(i);
        if english::is_subject_pronoun(word) && word != "it" {
            return true;
        }
        let mut j = i;
        while j < ctx.tokens.len() && ctx.tokens[j].is_capitalized(ctx.text) && !ctx.quoted_at(j) {
            j += 1;
        }
        j > i && j < ctx.tokens.len() && english::is_finite_verb(ctx.low(j))
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::test_text::claims_of;

    /// The content of each claim of `text`.
    fn contents(text: &str) -> Vec<String> {
        claims_of(text).into_iter().map(|c| c.content).collect()
    }

    #[test]
    fn a_criticism_ends_before_the_day_and_the_show() {
        assert_eq!(
            contents(
                "The mayor blasted the council as “reckless” Tuesday on a morning radio show."
            ),
            ["the council as “reckless”"]
        );
    }

    #[test]
    fn a_criticism_ends_before_the_occasion() {
        assert_eq!(
            contents("The senator attacked the new tariff plan in a statement on his website."),
            ["the new tariff plan"]
        );
    }

    #[test]
    fn a_condemnation_ends_before_a_clause_of_its_own() {
        assert_eq!(
            contents(
                "The council condemned the rocket launch as Pyongyang fired two more shells into \
                 the sea."
            ),
            ["the rocket launch"]
        );
    }

    #[test]
    fn an_allusion_ends_before_what_was_said_when() {
        assert_eq!(
            contents(
                "The mayor alluded to the audit when she said on Monday that the city had \
                 overpaid its contractors."
            ),
            ["the audit", "the city had overpaid its contractors"]
        );
    }

    #[test]
    fn a_citation_keeps_an_aside_between_dashes() {
        assert_eq!(
            contents(
                "The ministry cited the inspectors' report — based on samples taken in May — as \
                 proof of the leak."
            ),
            ["the inspectors' report — based on samples taken in May — as proof of the leak"]
        );
    }

    #[test]
    fn a_demand_ends_before_the_speakers_next_deed() {
        assert_eq!(
            contents(
                "The union has called for higher wages and has threatened to strike next month."
            ),
            ["higher wages", "to strike next month"]
        );
    }

    #[test]
    fn a_demand_ends_before_and_also_and_the_next_cue() {
        assert_eq!(
            contents("The mayor called for a new pier and also warned that it would cost more."),
            ["a new pier", "it would cost more"]
        );
    }

    #[test]
    fn a_demand_keeps_its_infinitive_and_its_list() {
        assert_eq!(
            contents(
                "The governor called on farmers, ranchers and loggers to apply for relief funds."
            ),
            ["farmers, ranchers and loggers to apply for relief funds"]
        );
    }
}
