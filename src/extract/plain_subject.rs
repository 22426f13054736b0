//! The speaker as the plain subject of the cue's clause, when no name or known mention
//! stands before the cue: `Some farmers even insist that …`, `One in four said …`, `Sen.
//! Amy Cole (D-Ore.), said …`, `Several senators, including Smith, said …`.

use super::sentence::SentenceCtx;
use super::{Extractor, english};

/// The longest subject read back from a cue, in tokens.
const MOST_WORDS: usize = 8;

impl Extractor<'_> {
    /// The noun phrase that opens the sentence (after a joining word) and runs up to the
    /// cue at token `cue`, stepping back over adverbs, a parenthesis and one aside set off by
    /// commas. `None` when that phrase holds a verb, a quotation or a cue, is longer than a
    /// few words, or opens with a preposition (`In the past week, …`).
    pub(super) fn plain_subject(
        &self,
        ctx: &SentenceCtx<'_>,
        cue: usize,
    ) -> Option<(usize, usize)> {
        let mut end = cue;
        // `even insist`, `also said`, `has long said`.
        while end > 0 {
            let w = ctx.low(end - 1);
            if english::between_speaker_and_cue(w)
                || english::is_manner_adverb(w)
                || matches!(w, "even" | "still" | "now" | "then" | "long" | "often")
            {
                end -= 1;
            } else {
                break;
            }
        }
        // `Sen. Amy Cole (D-Ore.),` and `Several senators, including Smith,`: what stands
        // between two commas or in parentheses right before the cue qualifies the subject.
        if end > 0 && ctx.tok(end - 1) == "," {
            end -= 1;
        }
        if end > 0 && ctx.tok(end - 1) == ")" {
            let open = (end.saturating_sub(12)..end - 1)
                .rev()
                .find(|&i| ctx.tok(i) == "(")?;
            end = open;
        } else if end > 0 && cue > end && ctx.tok(end) == "," {
            let open = (end.saturating_sub(8)..end)
                .rev()
                .find(|&i| ctx.tok(i) == ",")?;
            end = open;
        }
        let mut start = 0;
        while start < end && matches!(ctx.low(start), "but" | "and" | "yet" | "so" | "still") {
            start += 1;
        }
        // `In the valley, several growers insist`: an opening phrase of a preposition ends
        // at its comma, before the subject.
        if english::is_preposition(ctx.low(start))
            && let Some(comma) = (start + 1..end).find(|&i| ctx.tok(i) == ",")
        {
            start = comma + 1;
        }
        if start >= end || end - start > MOST_WORDS {
            return None;
        }
        let first = ctx.low(start);
        // "Meanwhile, it …": a sentence adverb alone is nobody; "Following early reports
        // of …": a participle opening the sentence leads an adjunct.
        let opening_participle = start == 0
            && end - start > 1
            && first.len() > 5
            && first.ends_with("ing")
            && !first.contains('-')
            && !ctx.tokens[1].is_capitalized(ctx.text);
        if end - start == 1 && english::is_linking_adverb(first) || opening_participle {
            return None;
        }
        if english::is_preposition(first)
            || english::subordinates(first)
            || english::is_complementizer(first)
            || matches!(
                first,
                "it" | "this" | "that" | "there" | "what" | "how" | "why"
            )
        {
            return None;
        }
        let clean = (start..end).all(|i| {
            let w = ctx.low(i);
            // A verb in the phrase (`The plan passed and …`) makes it a clause of its own.
            let verb =
                i > start && english::is_finite_verb(w) && !ctx.tokens[i].is_capitalized(ctx.text);
            ctx.tokens[i].is_word()
                && !ctx.quoted_at(i)
                && !english::is_auxiliary(w)
                && !verb
                // `The report, released Monday, found`: a document's noun heads the subject.
                && (!self.cues.contains_key(w) || i + 1 == end && self.cues.is_document(w))
        });
        // `relies on user reports`, `data from credit reports`: a preposition inside makes
        // the cue a noun of a longer phrase (`One in five` and `Friends of the park` speak).
        let noun_cue = (start + 1..end).any(|i| {
            let w = ctx.low(i);
            english::is_preposition(w) && !matches!(w, "of" | "in" | "than")
        });
        let relative =
            (start..end).any(|i| matches!(ctx.low(i), "who" | "which" | "that" | "whose"));
        let time = english::is_time_word(ctx.low(end - 1));
        (clean && !noun_cue && !relative && !time).then_some((start, end))
    }
}
