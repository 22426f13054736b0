//! A subject whose noun is followed by a phrase of place or membership (`Many speakers at
//! the rally said`, `Officials in the county say`, `Several farmers from the valley told`)
//! or by an adjective with its preposition (`A person familiar with the talks said`,
//! `a source close to the mayor said`), or a quantifier standing for people (`Some in the
//! party say`): the people before the preposition speak, with the
//! phrase that tells which ones; the place, event or matter after the preposition is no
//! speaker. A document placed so speaks the same way (`Footage from the rally shows`).

use crate::words::is_plural_noun;

use super::sentence::SentenceCtx;
use super::{Extractor, english};

/// Whether token `s` opens a clause: the sentence's start, after a colon, a semicolon, a
/// parenthesis, a conjunction that opens a sentence (`But`, `Yet`, `And`) or the comma of
/// an opening phrase (`In interviews, young voters in both towns said`, `Rather, aides
/// close to the mayor say`); not after the comma that closes a name (`Pat Ruiz, lives in the district and`).
fn opens_clause(ctx: &SentenceCtx<'_>, s: usize) -> bool {
    let mut before = s;
    if before > 0 && matches!(ctx.low(before - 1), "but" | "and" | "yet" | "still") {
        before -= 1;
    }
    before == 0
        || matches!(ctx.tok(before - 1), "(" | ";" | ":")
        || ctx.tok(before - 1) == ","
            && before >= 2
            && ctx.tokens[before - 2].is_word()
            && (!ctx.tokens[before - 2].is_capitalized(ctx.text)
                // `Rather, sources close to …`: a sentence adverb that opens the sentence
                // has its capital for its place only.
                || before == 2 && english::is_sentence_adverb(ctx.low(0)))
}

/// Longest phrase after the preposition, in words (`either side of the debate`).
const PLACE_WORDS: usize = 5;

impl Extractor<'_> {
    /// The subject ending right before token `end` (a cue) when it is a group of people
    /// that opens the clause, followed by a phrase that tells where they are (`Many speakers
    /// at the rally said` → `Many speakers at the rally`, not `the rally`); `None` when no
    /// such phrase ends there.
    pub(super) fn subject_before_modifier(
        &self,
        ctx: &SentenceCtx<'_>,
        end: usize,
    ) -> Option<(usize, usize)> {
        // The preposition: only words, none quoted, a cue or a pronoun, stand after it.
        let mut p = end;
        // Where the words counted against `PLACE_WORDS` end: the phrase's own noun may have
        // a phrase of its own after "with" (`Officials in a meeting with the governor`),
        // counted apart.
        let mut counted_to = end;
        loop {
            if p == 0 || counted_to - p > PLACE_WORDS {
                return None;
            }
            let i = p - 1;
            let lower = ctx.low(i);
            // `the governor's thinking`: a possessive may stand inside the phrase.
            let possessive = matches!(ctx.tok(i), "'s" | "’s" | "'" | "’");
            if !(ctx.tokens[i].is_word() || possessive) || ctx.quoted_at(i) {
                return None;
            }
            if english::places_a_group(lower)
                || i > 0 && english::qualifies_after_noun(ctx.low(i - 1), lower)
            {
                break;
            }
            if lower == "with" && counted_to == end && i + 2 <= end && i > 0 {
                counted_to = i;
                p -= 1;
                continue;
            }
            // `…, lives in his district and wrote`: a conjunction or a verb ends the place.
            // A cue word is a noun after a determiner or a possessive (`the talks`, `the
            // mayor's thinking`), else a verb.
            let noun = i > 0
                && (english::is_determiner(ctx.low(i - 1))
                    || english::ends_in_possessive(ctx.low(i - 1)));
            // `a call with those same donors`: a demonstrative before a noun.
            let demonstrative = matches!(lower, "those" | "these") && p < end;
            if english::is_pronoun(lower)
                || self.cues.contains_key(lower) && !noun
                || english::ends_speaker(lower)
                    && !english::is_name_glue(lower)
                    && !english::is_determiner(lower)
                    && !demonstrative
                    && lower != "than"
            {
                return None;
            }
            p -= 1;
        }
        let prep = p - 1;
        if prep == end - 1 || prep < 1 {
            return None;
        }
        // `A person familiar with the talks`, `a source close to Mayor Ruiz`: the adjective
        // tells which person, whatever follows it.
        if prep >= 2 && english::qualifies_after_noun(ctx.low(prep - 1), ctx.low(prep)) {
            let (ps, pe) = self.mention_ending_at(ctx, prep - 1)?;
            let head = ctx.low(pe - 1);
            return (pe == prep - 1
                && opens_clause(ctx, ps)
                && !english::is_pronoun(head)
                && !(pe - 1 > 0 && ctx.tokens[pe - 1].is_capitalized(ctx.text)))
            .then_some((ps, end));
        }
        // A place or body by name is read elsewhere (`Officials in Iowa`, `a researcher at
        // the Brookings Institution`): here the place is a common noun (`the rally`).
        if ctx.tokens[end - 1].is_capitalized(ctx.text) {
            return None;
        }
        let head = prep - 1;
        let lower = ctx.low(head);
        if !ctx.tokens[head].is_word()
            || ctx.quoted_at(head)
            || ctx.tokens[head].is_capitalized(ctx.text) && head > 0
            || !(is_plural_noun(lower)
                || english::is_collective_noun(lower)
                // `Some in the party say`, `few on both sides of the dispute think`: a
                // quantifier standing for people, placed by the phrase ("both" and "all"
                // float after the names they count).
                || english::stands_for_people(lower) && !matches!(lower, "both" | "all")
                // `Footage from the rally shows`: a document placed by the phrase.
                || self.cues.is_document(lower))
        {
            return None;
        }
        let (ps, pe) = self.mention_ending_at(ctx, prep)?;
        (pe == prep && opens_clause(ctx, ps) && !english::is_pronoun(ctx.low(ps)))
            .then_some((ps, end))
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::test_text::speakers_and_contents as claims;

    #[test]
    fn a_sentence_adverb_before_the_comma_leaves_the_people_close_to_someone_speaking() {
        let found = claims("Rather, aides close to the mayor say she backs the levy.");
        assert_eq!(
            found,
            [(
                "aides close to the mayor".to_string(),
                "she backs the levy".to_string()
            )]
        );
    }

    #[test]
    fn a_quantifier_placed_by_its_phrase_speaks() {
        assert_eq!(
            claims("Some in the party said the levy would fail."),
            [(
                "Some in the party".to_string(),
                "the levy would fail".to_string()
            )]
        );
        // A verb in the present agrees with the quantifier, not with the noun of its phrase.
        assert_eq!(
            claims("Some in the party say the levy will fail."),
            [(
                "Some in the party".to_string(),
                "the levy will fail".to_string()
            )]
        );
        assert_eq!(
            claims("Few on both sides of the dispute think the toll will ever rise."),
            [(
                "Few on both sides of the dispute".to_string(),
                "the toll will ever rise".to_string()
            )]
        );
        assert_eq!(
            claims("But few on both sides of the dispute thought the toll would ever rise."),
            [(
                "few on both sides of the dispute".to_string(),
                "the toll would ever rise".to_string()
            )]
        );
    }

    #[test]
    fn a_document_from_an_event_speaks_not_the_event() {
        let found = claims("Footage from the rally shows that several students wore masks.");
        assert_eq!(
            found,
            [(
                "Footage from the rally".to_string(),
                "several students wore masks".to_string()
            )]
        );
    }

    #[test]
    fn the_people_at_an_event_speak_not_the_event() {
        let found =
            claims("Many speakers at the rally said the plant's closing is painful for the town.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "Many speakers at the rally");
        assert_eq!(found[0].1, "the plant's closing is painful for the town");
        let found = claims(
            "But several nurses at the county hospital said they had not been paid since May.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "several nurses at the county hospital");
        let found = claims("Activists on both sides warn that rival groups would sink the budget.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "Activists on both sides");
    }

    #[test]
    fn a_bare_verb_after_the_phrase_agrees_with_the_people_before_it() {
        // The singular noun that ends the phrase is no subject of the bare verb, and the
        // verb is no noun after it.
        let found = claims("Officials in the county say the new bridge will open in May.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "Officials in the county");
        assert_eq!(found[0].1, "the new bridge will open in May");
        let found = claims("Many teachers at the school believe the test is unfair.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "Many teachers at the school");
        let found = claims("Critics of the plan warn that rents will rise.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1, "rents will rise");
        // A noun after an adjective stays a noun.
        let found = claims("The council ended the session on a hopeful note.");
        assert!(found.is_empty(), "{found:?}");
        let found = claims("Tourists at the lake remark on the view every summer.");
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn the_people_at_a_meeting_with_others_speak_not_the_others() {
        let found = claims(
            "But hours later, senior campaign staff in a call with those same donors acknowledged that the talks had stalled.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            found[0].0,
            "senior campaign staff in a call with those same donors"
        );
        assert_eq!(found[0].1, "the talks had stalled");
        let found =
            claims("Officials in a meeting with the governor said the bridge would reopen in May.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "Officials in a meeting with the governor");
        // The person met, with no phrase of place before, is still who speaks.
        let found = claims("The mayor met with the governor and said the bridge would reopen.");
        assert!(found.iter().all(|(s, _)| s != "the governor"), "{found:?}");
    }

    #[test]
    fn a_person_familiar_with_a_matter_speaks_not_the_matter() {
        let found =
            claims("A person familiar with the talks said the deal could be signed next week.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "A person familiar with the talks");
        assert_eq!(found[0].1, "the deal could be signed next week");
        let found = claims("People familiar with the matter said the company would cut 200 jobs.");
        assert_eq!(found[0].0, "People familiar with the matter");
        let found = claims("A source close to Mayor Ruiz said she would not run again.");
        assert_eq!(found[0].0, "A source close to Mayor Ruiz");
        // A bare plural verb after the phrase is a verb, not a noun after "the mayor".
        let found = claims("People close to the mayor say she will veto the budget.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "People close to the mayor");
        assert_eq!(found[0].1, "she will veto the budget");
        let found = claims("Aides close to the campaign say the ads will run in May.");
        assert_eq!(found[0].0, "Aides close to the campaign");
    }

    #[test]
    fn a_place_inside_an_object_names_no_speaker() {
        // The phrase after the preposition belongs to an object, not to a subject.
        let found = claims("The tour took the singer's fans at the stadium by surprise.");
        assert!(found.is_empty(), "{found:?}");
        let found =
            claims("The mayor thanked the volunteers at the shelter and said the town owed them.");
        assert!(
            found
                .iter()
                .all(|(s, _)| s != "the volunteers at the shelter"),
            "{found:?}"
        );
    }
}
