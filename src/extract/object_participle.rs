//! A participle of saying right after the object of another verb, with no comma between (`the
//! campaign issued a statement saying …`, `the agency released a report finding …`): the
//! subject of that verb speaks, through the statement or report it put out. The nouns are the
//! rules' `documents` and `messages`.

use super::sentence::SentenceCtx;
use super::{Extractor, english};

/// At most this many words make the object before the participle (`a two-page statement`).
const MAX_OBJECT: usize = 4;

impl Extractor<'_> {
    /// The subject of the verb whose object (a document or a message) stands right before
    /// the participle cue at token `cue` (`The campaign` of `The campaign issued a
    /// statement saying`); `None` for any other cue.
    pub(super) fn object_participle_speaker(
        &self,
        ctx: &SentenceCtx<'_>,
        cue: usize,
    ) -> Option<(usize, usize)> {
        if !english::is_participle(ctx.low(cue)) {
            return None;
        }
        let word = |i: usize| ctx.tokens[i].is_word() && !ctx.quoted_at(i);
        let mut head = cue.checked_sub(1)?;
        // `issued a statement Monday saying`: the day the statement came out stands between.
        if head > 0 && word(head) && english::is_time_word(ctx.low(head)) {
            head -= 1;
        }
        let head_word = ctx.low(head);
        if !word(head) || !(self.cues.is_document(head_word) || self.cues.is_message(head_word)) {
            return None;
        }
        // The object: a determiner and a few modifiers before its head.
        let mut start = head;
        while start > 0 && head - start < MAX_OBJECT && word(start - 1) {
            let w = ctx.low(start - 1);
            if english::is_verb_in_past(w) || english::is_auxiliary(w) {
                break;
            }
            start -= 1;
            if english::is_determiner(w) {
                break;
            }
        }
        let mut verb = start.checked_sub(1)?;
        // `sent out a statement`, `put out a release`: a particle between the verb and its
        // object.
        if verb > 0
            && matches!(ctx.low(verb), "out" | "up")
            && english::is_verb_in_past(ctx.low(verb - 1))
        {
            verb -= 1;
        }
        if !word(verb) || self.cues.contains_key(ctx.low(verb)) {
            return None;
        }
        if english::is_verb_in_past(ctx.low(verb)) {
            // `A group of former officials, including …, issued a letter calling …`: a
            // subject too long for a mention is still the sentence's subject.
            return self
                .speaker_before(ctx, verb)
                .or_else(|| self.subject_fallback(ctx, verb))
                .or_else(|| self.plain_subject(ctx, verb));
        }
        // `Ortiz answered the strike, issuing a statement saying …`: a participle after the
        // comma of a clause puts the statement out for that clause's subject.
        if verb > 0 && ctx.low(verb).ends_with("ing") && ctx.tok(verb - 1) == "," {
            return self.clause_subject(ctx, verb - 1);
        }
        None
    }

    /// The subject that opens the sentence and is followed by its verb before token
    /// `comma`: `Ortiz` of `Ortiz had his own answer to the strike,`.
    fn clause_subject(&self, ctx: &SentenceCtx<'_>, comma: usize) -> Option<(usize, usize)> {
        let verb = (1..comma).find(|&i| {
            ctx.tokens[i].is_word()
                && !ctx.tokens[i].is_capitalized(ctx.text)
                && (english::is_finite_verb(ctx.low(i)) || english::is_irregular_past(ctx.low(i)))
        })?;
        if (0..verb).any(|i| !ctx.tokens[i].is_word() || ctx.quoted_at(i)) {
            return None;
        }
        self.mention_ending_at(ctx, verb).filter(|&(s, _)| s == 0)
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::test_text::speakers_and_contents;

    #[test]
    fn a_statement_sent_out_speaks_for_who_sent_it() {
        assert_eq!(
            speakers_and_contents(
                "Her campaign put out a press release saying the mayor owes voters an answer."
            ),
            [(
                "Her campaign".to_string(),
                "the mayor owes voters an answer".to_string()
            )]
        );
        assert_eq!(
            speakers_and_contents(
                "The union put out a statement Tuesday calling the offer an insult."
            ),
            [("The union".to_string(), "the offer an insult".to_string())]
        );
    }
}
