//! Questions put to someone without naming who asked: `Ruiz was asked whether the port
//! would close`, `When asked about the strike, she …`, `Asked if she would run, she …`. The claim is the question (`whether
//! the port would close`, `the strike`), of the kind `asks`, with no speaker: the copy does
//! not say who asked it. When it does (`When asked by a reporter whether …`), the one who
//! asked is the speaker.

use super::sentence::{SentenceCtx, trim_end_punct};
use super::{Claim, Extractor, english};

/// The kind of claim a question is.
const ASKS: &str = "asks";

/// The word (lower case) that opens a question put without naming who asked it.
pub(super) const ASKED: &str = "asked";

impl Extractor<'_> {
    /// The question of a passive `asked` at token `i` (`was asked whether …`, `when asked
    /// about …`), or `None` when the token opens no such question.
    pub(super) fn asked_unnamed(&self, ctx: &SentenceCtx<'_>, i: usize) -> Option<Claim> {
        if ctx.low(i) != ASKED || ctx.quoted_at(i) {
            return None;
        }
        // `Asked about the strike, she said …`: a sentence that opens with the question.
        let opening = i == 0;
        let mut before = i.saturating_sub(1);
        while before > 0
            && (english::is_manner_adverb(ctx.low(before))
                || matches!(
                    ctx.low(before),
                    "also" | "later" | "then" | "again" | "first"
                ))
        {
            before -= 1;
        }
        let clause_opens = opening || matches!(ctx.low(before), "when" | "after" | "once" | "if");
        let passive = clause_opens || english::is_be_form(ctx.low(before));
        if !passive {
            return None;
        }
        let (asker, opener) = match self.question_opener(ctx, i + 1) {
            Some(opener) => (None, opener),
            // Only a question opening the sentence (`When asked by a reporter whether …,
            // Ruiz said …`): after the answer (`…," Ruiz said when asked by reporters
            // about …`) the answer's cue reads it, and the quotation goes on with Ruiz.
            None if opening || before == 0 && clause_opens => {
                let (asker, opener) = asker_and_question(ctx, i + 1)?;
                (Some(asker), opener)
            }
            None => return None,
        };
        let start = match ctx.low(opener) {
            "about" => opener + 1,
            word if opens(word) => opener,
            _ => return None,
        };
        if start >= ctx.tokens.len() || ctx.quoted_at(start) {
            return None;
        }
        // `When asked about the strike, she said …`: an opening clause ends at its comma.
        let end = if clause_opens {
            (start + 1..ctx.tokens.len())
                .find(|&k| ctx.tok(k) == "," && !ctx.quoted_at(k))
                .unwrap_or_else(|| self.content_end(ctx, start, None))
        } else {
            self.content_end(ctx, start, None)
        };
        let content = trim_end_punct(ctx.text, ctx.span(start, end));
        if content.is_empty() || !content.of(ctx.text).contains(' ') {
            return None;
        }
        let cue = ctx.span(i, i + 1);
        let span = trim_end_punct(ctx.text, ctx.span(i, end));
        Some(self.claim_with_modality(ctx, ASKS, asker, cue, content, span))
    }

    /// Where the question after a passive "asked" opens, from token `i`: past adverbs
    /// (`asked specifically what …`) and when or where it was asked (`Asked Tuesday about
    /// …`, `Asked during a March forum why …`, `asked at a news conference Friday in Denver
    /// about …`). The question opens at "about" or a question word; `None` when none opens
    /// within a few words, before a comma or a quotation, or when the copy names who asked
    /// (`said when asked by reporters about …` is read through the cue, with its speaker).
    fn question_opener(&self, ctx: &SentenceCtx<'_>, mut i: usize) -> Option<usize> {
        while english::is_manner_adverb(ctx.low(i)) {
            i += 1;
        }
        let first = ctx.low(i);
        if opens(first) {
            return Some(i);
        }
        // Only a time or a place may stand before the question.
        if first == "by" || !english::is_time_word(first) && !english::is_preposition(first) {
            return None;
        }
        (i + 1..ctx.tokens.len().min(i + MAX_BEFORE_QUESTION + 1))
            .take_while(|&k| {
                !ctx.quoted_at(k) && !matches!(ctx.tok(k), "," | ";" | ":") && ctx.low(k) != "by"
            })
            .find(|&k| opens(ctx.low(k)))
    }
}

/// At most this many words stand between "asked" and the question: when and where it was
/// asked (`asked at a news conference Friday in Denver about …`).
const MAX_BEFORE_QUESTION: usize = 8;

/// Whether the "asked" at token `i` is a passive whose asker follows "by" (`…, Ruiz said
/// when asked by reporters about the levy`, `she was asked by the panel …`): the one asked
/// is its subject, and no asker of their own.
pub(super) fn asked_by_another(ctx: &SentenceCtx<'_>, i: usize) -> bool {
    if ctx.low(i) != ASKED || i == 0 {
        return false;
    }
    let mut before = i - 1;
    while before > 0 && english::is_manner_adverb(ctx.low(before)) {
        before -= 1;
    }
    let passive = matches!(ctx.low(before), "when" | "after" | "once" | "if")
        || english::is_be_form(ctx.low(before));
    let mut after = i + 1;
    while english::is_manner_adverb(ctx.low(after)) {
        after += 1;
    }
    passive && ctx.low(after) == "by"
}

/// At most this many words name who asked (`by a reporter from the local paper`).
const MAX_ASKER_WORDS: usize = 6;

/// Whether `word` (lower case) opens the question after "asked": "about" or a question word.
fn opens(word: &str) -> bool {
    matches!(
        word,
        "about" | "whether" | "if" | "what" | "who" | "whom" | "how" | "why" | "which" | "where"
    )
}

/// `When asked by a reporter whether …`: who asked (the words after "by", read from token
/// `i` past adverbs) and where the question opens, within a few words and before a comma
/// or a quotation.
fn asker_and_question(ctx: &SentenceCtx<'_>, mut i: usize) -> Option<((usize, usize), usize)> {
    while english::is_manner_adverb(ctx.low(i)) {
        i += 1;
    }
    if ctx.low(i) != "by" {
        return None;
    }
    let from = i + 1;
    let opener = (from + 1..ctx.tokens.len().min(from + MAX_ASKER_WORDS + 1))
        .take_while(|&k| !ctx.quoted_at(k) && ctx.tokens[k].is_word())
        .find(|&k| opens(ctx.low(k)))?;
    (from < opener && ctx.tokens[from].is_word()).then_some(((from, opener), opener))
}

#[cfg(test)]
mod tests {
    use crate::extract::test_text::speakers_contents_and_kinds as claims;

    #[test]
    fn a_sentence_opening_with_the_question_asks_it_unnamed() {
        let found = claims("Asked whether the mill would reopen, the owner said she hoped so.");
        let question = found.iter().find(|c| c.2 == "asks");
        assert_eq!(
            question,
            Some(&(
                String::new(),
                "whether the mill would reopen".to_string(),
                "asks".to_string()
            )),
            "{found:?}"
        );
    }

    #[test]
    fn a_question_whose_asker_is_named_is_the_askers() {
        let found = claims(
            "When asked by a reporter whether the plan differed from the old one, Ruiz said, \"You tell me.\"",
        );
        let question = found.iter().find(|c| c.2 == "asks");
        assert_eq!(
            question,
            Some(&(
                "a reporter".to_string(),
                "whether the plan differed from the old one".to_string(),
                "asks".to_string()
            )),
            "{found:?}"
        );
        // After the answer, the one asked goes on speaking: no asker is read.
        let found = claims(
            "\"It is a bad deal,\" Ruiz said when asked by reporters about the levy. \"We will fight it.\"",
        );
        assert!(found.iter().all(|c| c.0 == "Ruiz"), "{found:?}");
        assert!(found.iter().all(|c| c.2 != "asks"), "{found:?}");
        // Asked whom she backed: no view of hers is read out of the question.
        let found = claims(
            "When asked whom she supported, Dr. Hart laughed and said she was waiting for the mayor.",
        );
        assert!(found.iter().all(|c| c.2 != "supports"), "{found:?}");
        let question = found.iter().find(|c| c.2 == "asks");
        assert_eq!(
            question.map(|q| (q.0.as_str(), q.1.as_str())),
            Some(("", "whom she supported")),
            "{found:?}"
        );
    }

    #[test]
    fn the_day_and_the_place_of_the_question_are_passed_over() {
        let found =
            claims("Asked Tuesday about the closing of the clinic, the governor said little.");
        let question = found.iter().find(|c| c.2 == "asks");
        assert_eq!(
            question.map(|q| q.1.as_str()),
            Some("the closing of the clinic"),
            "{found:?}"
        );
        let found = claims(
            "When asked at a briefing in Salem whether the levy would rise, the treasurer said no.",
        );
        let question = found.iter().find(|c| c.2 == "asks");
        assert_eq!(
            question.map(|q| q.1.as_str()),
            Some("whether the levy would rise"),
            "{found:?}"
        );
    }

    #[test]
    fn a_request_put_by_someone_is_no_question() {
        let found = claims("When asked by the mayor to resign, the chief declined to comment.");
        assert!(found.iter().all(|c| c.2 != "asks"), "{found:?}");
    }

    #[test]
    fn a_sentence_opening_with_asked_for_is_no_question() {
        let found = claims("Asked for comment, the ministry did not respond.");
        assert!(found.iter().all(|c| c.2 != "asks"), "{found:?}");
    }
}
