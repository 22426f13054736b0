//! Speech introduced by a colon: a name, a colon and what was said opening a paragraph
//! (`Clinton: "…"`, transcript lines in capitals, `"WALLACE: …`, a headline's `Sanders:
//! Brexit's message could help Trump` or `Clinton camp: …`), a quotation after a
//! colon inside a sentence (`The senator's message: "…"`), and an attribution whose colon
//! ends its paragraph (`Ward stated:` ¶ `"…"`), whose speaker the next paragraph's
//! quotation goes to.

use crate::article::{Article, Span};
use crate::text::{Segmented, Sentence};

use super::continued_quote::LastSpeaker;
use super::sentence::{SentenceCtx, SpeakerMemo, Words, is_mark, trim_end_punct};
use super::{Claim, ClaimKind, Cue, Extractor, Speaker, english};

/// Most words of a label opening a paragraph.
const LABEL_WORDS: usize = 4;

/// Most words of a headline's label, with the phrase that says to whom or where the
/// speaker spoke (`Mayor to City Council:`).
const HEADLINE_LABEL_WORDS: usize = 7;

/// Most tokens between a cue and the colon that ends its sentence (`responded pointedly,
/// with a smile:`).
const COLON_REACH: usize = 8;

impl Extractor<'_> {
    /// `Clinton: "Our goal is to defeat ISIS."`, transcript lines (`MARY COLLINS: This is a
    /// woman who …`) and `The senator's message: "…"`: a speaker, a colon and what was said.
    pub(super) fn labelled_speech(
        &self,
        article: &Article,
        segmented: &Segmented,
        sentence: &Sentence,
        words: &Words,
    ) -> Option<Claim> {
        let text = article.text.as_str();
        // Cheap test first: a colon.
        if !sentence.span.of(text).contains(':') {
            return None;
        }
        let quotations = segmented.quotations_in(sentence.span);
        let lower = words.lower();
        let ctx = SentenceCtx {
            text,
            article,
            sentence: *sentence,
            tokens: &words.tokens,
            lower: &lower,
            figures: words.figures.as_ref(),
            quoted: &[],
            quotations,
            cue_starts: &[],
            speakers: SpeakerMemo::default(),
        };
        let opens_paragraph = segmented
            .paragraphs
            .get(sentence.paragraph)
            .is_some_and(|p| p.start == sentence.span.start);
        // The article's first paragraph is its headline.
        let headline = segmented
            .paragraphs
            .iter()
            .position(|p| !p.of(text).trim().is_empty())
            == Some(sentence.paragraph);
        let (speaker, colon, kind, content) =
            if opens_paragraph && let Some(found) = self.opening_label(&ctx, headline) {
                let (speaker, colon, kind, content) = found;
                // `OKAFOR: I think she means well. They want cheap bread.`: a label without
                // quotation marks speaks to the end of its paragraph, as a transcript's
                // answer runs.
                let content = match segmented.paragraphs.get(sentence.paragraph) {
                    Some(p) if kind == ClaimKind::Indirect && p.end > content.end => {
                        trim_end_punct(text, Span::new(content.start, p.end))
                    }
                    _ => content,
                };
                (speaker, colon, kind, content)
            } else {
                self.label_before_quotation(&ctx)?
            };
        if !content.of(text).chars().any(char::is_alphanumeric) {
            return None;
        }
        let speaker_span = ctx.span(speaker.0, speaker.1);
        let cue = ctx.span(colon, colon + 1);
        let mut claim = self.claim(
            &ctx,
            kind,
            Some(speaker),
            cue,
            content,
            Span::new(speaker_span.start, content.end),
        );
        self.annotate(&ctx, &mut claim);
        Some(claim)
    }

    /// A label opening the paragraph (after a quotation mark in a quoted transcript): the
    /// label's tokens, the colon, the kind and what was said. In a `headline` the label may
    /// name to whom or where the speaker spoke (`Mayor to Council: …`, `Ames at Summit:
    /// …`): the speaker is the name before that phrase.
    fn opening_label(
        &self,
        ctx: &SentenceCtx<'_>,
        headline: bool,
    ) -> Option<((usize, usize), usize, ClaimKind, Span)> {
        let tokens = ctx.tokens;
        let first = usize::from(tokens.first().is_some_and(|t| is_mark(t.text(ctx.text))));
        let reach = if headline {
            HEADLINE_LABEL_WORDS
        } else {
            LABEL_WORDS
        };
        let colon = (first..tokens.len().min(first + reach + 1)).find(|&i| ctx.tok(i) == ":")?;
        // `Mayor to Council:`: the speaker ends before the phrase (a headline's only).
        let name_end = if headline {
            (first + 1..colon)
                .find(|&i| {
                    matches!(ctx.tok(i), "to" | "at" | "on" | "in")
                        && tokens
                            .get(i + 1)
                            .is_some_and(|t| t.is_capitalized(ctx.text))
                })
                .unwrap_or(colon)
        } else {
            colon
        };
        let names_only = colon > first
            && name_end <= first + LABEL_WORDS
            && tokens[first..colon]
                .iter()
                .enumerate()
                .all(|(k, t)| t.is_word() && (t.is_capitalized(ctx.text) || first + k == name_end))
            && (name_end > first + 1 || tokens[first].text(ctx.text).chars().count() > 1);
        // `Clinton camp: …`, `Daily editorial: …`, `Democrats' new warning: …`: in a
        // headline, a name and the body, document or message that speaks for it.
        let source = !names_only && headline && self.source_label(ctx, first, colon);
        if !(names_only || source) || colon + 1 >= tokens.len() {
            return None;
        }
        let name_end = if source { colon } else { name_end };
        let rest = tokens[colon + 1].span.start;
        let capitals = tokens[first..colon]
            .iter()
            .all(|t| !t.text(ctx.text).chars().any(char::is_lowercase));
        // `"WALLACE: …`: the label stands inside the quotation of a transcript.
        let around = (first == 1)
            .then(|| {
                ctx.quotations
                    .iter()
                    .find(|q| q.outer.start == tokens[0].span.start)
            })
            .flatten();
        let (kind, content) = match ctx.quotations.iter().find(|q| q.outer.start == rest) {
            Some(q) => (ClaimKind::Direct, q.inner),
            None if capitals && let Some(q) = around => (
                ClaimKind::Direct,
                trim_end_punct(
                    ctx.text,
                    Span::new(rest, q.inner.end.min(ctx.sentence.span.end)),
                ),
            ),
            // Without quotation marks only a transcript's capitals mark a speaker.
            None if capitals => (
                ClaimKind::Indirect,
                trim_end_punct(ctx.text, Span::new(rest, ctx.sentence.span.end)),
            ),
            // `Sanders: Brexit's message could help Trump`: a name and a clause of a few
            // words, as a headline or a summary line puts what someone said.
            None if self.headline_label(ctx, first, name_end, colon, headline, source) => (
                ClaimKind::Indirect,
                trim_end_punct(ctx.text, Span::new(rest, ctx.sentence.span.end)),
            ),
            None => return None,
        };
        Some(((first, name_end), colon, kind, content))
    }

    /// Whether the capitalized words `[first, colon)` opening a paragraph name who speaks in
    /// what follows the colon (`Sanders: Brexit's message could …`): a name, not a title
    /// opened by a determiner (`The Latest:`), a word of time (`Monday:`) or a connective
    /// (`So:`), and what follows is a clause of at least three words with a verb (`Trump
    /// will reverse the ruling`), not a list or a phrase (`Now or never`). The speaker's
    /// name ends at `name_end`. In the article's `headline` the clause may be a verbless
    /// one, as headlines write (`Mayor: No new taxes this year`).
    ///
    /// A `source` label (`Clinton camp`, `Democrats' new warning`) ends on a noun, never a
    /// verb; a `Report:` or a `Poll:` alone is a document speaking, whatever verb the word
    /// is as well.
    fn headline_label(
        &self,
        ctx: &SentenceCtx<'_>,
        first: usize,
        name_end: usize,
        colon: usize,
        headline: bool,
        source: bool,
    ) -> bool {
        let head = ctx.low(name_end - 1);
        let opener = ctx.low(first);
        let noun = source || headline && self.cues.is_document(head);
        // `Revealed: What the board never told voters`: a verb is no name.
        if english::is_time_word(head)
            || !noun
                && (english::is_finite_verb(head)
                    || english::is_participle(head)
                    || self.cues.contains_key(head))
            || english::is_pronoun(opener)
            || english::is_determiner(opener)
            || english::is_sentence_adverb(opener)
            || english::is_linking_adverb(opener)
            || matches!(opener, "so" | "but" | "and" | "here" | "now" | "then")
        {
            return false;
        }
        let after = colon + 1..ctx.tokens.len();
        let words_after = after.clone().filter(|&i| ctx.tokens[i].is_word()).count();
        let has_verb = after.clone().any(|i| {
            let word = ctx.low(i);
            english::is_finite_verb(word)
                || english::is_auxiliary(word)
                || english::is_subject_pronoun(word)
                || word.contains("'m")
                || word.contains("’m")
                || self.cues.contains_key(word)
        });
        let commas = after.filter(|&i| ctx.tok(i) == ",").count();
        // A headline drops its auxiliaries and writes a denial verbless (`Mayor: No new
        // taxes`, `Ames: Council ignoring the flood maps`); a bare phrase says nothing
        // (`Ohio: Rain and more rain`).
        // Nor does it need a past of more than four letters (`Chief used …`), and it puts
        // its verbs in the present (`Email row disqualifies her`, `… threatens the budget`):
        // a word in -s before an object pronoun or a determiner.
        let headline_verb = headline
            && (colon + 1..ctx.tokens.len()).any(|i| {
                let word = ctx.low(i);
                matches!(word, "no" | "not" | "never")
                    || word.len() > 5 && word.ends_with("ing")
                    || word.len() == 4 && word.ends_with("ed")
                    || word.len() > 3
                        && word.ends_with('s')
                        && !word.ends_with("ss")
                        && i > colon + 1
                        && (english::is_object_pronoun(ctx.low(i + 1))
                            || english::is_determiner(ctx.low(i + 1)))
            });
        words_after >= 3 && (has_verb || headline_verb) && commas < 3
    }

    /// Whether the words `[first, colon)` of a headline name a source by the body,
    /// document or message that speaks (`Clinton camp`, `Daily editorial`, `Democrats' new
    /// warning`): a capitalised word first, at most a few words, the last a noun of the
    /// rules' bodies, documents or messages, or a noun of attitude.
    fn source_label(&self, ctx: &SentenceCtx<'_>, first: usize, colon: usize) -> bool {
        let words: Vec<usize> = (first..colon)
            .filter(|&i| ctx.tokens[i].is_word())
            .collect();
        let Some(&head) = words.last() else {
            return false;
        };
        let head = ctx.low(head);
        words.len() >= 2
            && words.len() <= LABEL_WORDS
            && ctx.tokens[first].is_capitalized(ctx.text)
            && (first..colon).all(|i| ctx.tokens[i].is_word() || matches!(ctx.tok(i), "'" | "’"))
            && (self.cues.is_body(head)
                || self.cues.is_document(head)
                || self.cues.is_message(head)
                || self.cues.noun_kind(head).is_some())
    }

    /// `The senator's message: "…"`: a mention, a colon and a quotation that runs to the end
    /// of the sentence.
    fn label_before_quotation(
        &self,
        ctx: &SentenceCtx<'_>,
    ) -> Option<((usize, usize), usize, ClaimKind, Span)> {
        let colon = (1..ctx.tokens.len()).find(|&i| {
            ctx.tok(i) == ":"
                && !ctx
                    .quotations
                    .iter()
                    .any(|q| q.inner.contains(ctx.tokens[i].span))
        })?;
        let next = ctx.tokens.get(colon + 1)?.span.start;
        let quote = ctx.quotations.iter().find(|q| q.outer.start == next)?;
        let rest = ctx.text[quote.outer.end.min(ctx.sentence.span.end)..ctx.sentence.span.end]
            .chars()
            .all(|c| !c.is_alphanumeric());
        if !rest || quote.inner.is_empty() {
            return None;
        }
        let (s, e) = self.mention_ending_at(ctx, colon)?;
        // A lone pronoun or a word of time is no label (`Here it is:`).
        let head = ctx.low(e - 1);
        if english::is_pronoun(head) || english::is_time_word(head) {
            return None;
        }
        // A label whose head is a common noun names a thing, not who speaks (`its
        // headline:`, `a more personal message:`): only a name labels speech.
        if !ctx.tokens[e - 1].is_capitalized(ctx.text) {
            return None;
        }
        Some(((s, e), colon, ClaimKind::Direct, quote.inner))
    }

    /// `Ward stated:` (or `said Ward:`) ending a sentence with nothing after the colon: the
    /// speaker whose words the next paragraph quotes.
    pub(super) fn colon_speaker(
        &self,
        article: &Article,
        sentence: &Sentence,
        words: &Words,
    ) -> Option<LastSpeaker> {
        let text = article.text.as_str();
        if !sentence.span.of(text).trim_end().ends_with(':') {
            return None;
        }
        let lower = words.lower();
        let ctx = SentenceCtx {
            text,
            article,
            sentence: *sentence,
            tokens: &words.tokens,
            lower: &lower,
            figures: words.figures.as_ref(),
            quoted: &[],
            quotations: &[],
            cue_starts: &[],
            speakers: SpeakerMemo::default(),
        };
        let quoted = vec![false; ctx.tokens.len()];
        let cue = *self
            .cues
            .find(text, ctx.tokens, ctx.lower, &quoted)
            .last()?;
        // Only the cue, its speaker and a few words of adjunct stand before the colon.
        let colon = ctx.tokens.len().checked_sub(1)?;
        if ctx.tok(colon) != ":" || colon < cue.end || colon - cue.end > COLON_REACH {
            return None;
        }
        let (s, e) = self
            .speaker_before(&ctx, cue.start)
            .or_else(|| self.speaker_after(&ctx, cue.end))?;
        let speaker = ctx.span(s, e);
        let cue_span = ctx.span(cue.start, cue.end);
        Some(LastSpeaker {
            paragraph: sentence.paragraph,
            speaker: Speaker {
                text: speaker.of(text).to_string(),
                span: Some(speaker),
                entity: None,
                role: None,
                antecedent: None,
            },
            cue: Some(Cue {
                text: cue_span.of(text).to_string(),
                span: cue_span,
            }),
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::test_text::speakers_and_contents as claims;

    /// An article whose third paragraph is `line`, after a headline and a first paragraph.
    fn third_paragraph(line: &str) -> Vec<(String, String)> {
        claims(&format!("Storm Hits Coast\n\nRain fell.\n\n{line}"))
    }

    #[test]
    fn a_name_and_a_clause_opening_a_paragraph_are_speech() {
        assert_eq!(
            third_paragraph("Governor Ames: The dam will hold through the spring floods."),
            [(
                "Governor Ames".to_string(),
                "The dam will hold through the spring floods".to_string()
            )]
        );
    }

    #[test]
    fn a_title_a_list_or_a_phrase_after_a_colon_is_no_speech() {
        for line in [
            "The Latest: Storm will reach the coast tonight.",
            "Ames: Now or never.",
            "Revealed: What the harbour board never told voters.",
            "Ohio: the mayors of Akron, Dayton, Toledo, Parma and Kent joined.",
        ] {
            let found = third_paragraph(line);
            assert!(found.is_empty(), "{line}: {found:?}");
        }
    }

    #[test]
    fn a_headline_label_speaks_in_a_verbless_denial_and_names_whom_it_addressed() {
        assert_eq!(
            claims("Mayor Ames: No new taxes this year\n\nRain fell on the town.\n"),
            [(
                "Mayor Ames".to_string(),
                "No new taxes this year".to_string()
            )]
        );
        assert_eq!(
            claims("Ames to City Council: Bridge will reopen in May\n\nRain fell on the town.\n"),
            [("Ames".to_string(), "Bridge will reopen in May".to_string())]
        );
    }

    #[test]
    fn a_verbless_label_speaks_only_in_the_headline_and_a_bare_phrase_never() {
        assert!(third_paragraph("Mayor Ames: No new taxes this year.").is_empty());
        let found = claims("Ohio: Rain and more rain\n\nRain fell on the town.\n");
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_label_speaks_all_after_its_colon_and_the_views_inside_stay_claims() {
        let found = third_paragraph(
            "CARTER: Well, I think the council has to act, and I believe the voters will back us.",
        );
        let found: Vec<(&str, &str)> = found
            .iter()
            .map(|(s, c)| (s.as_str(), c.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                (
                    "CARTER",
                    "Well, I think the council has to act, and I believe the voters will back us"
                ),
                ("I", "the council has to act"),
                ("I", "the voters will back us"),
            ]
        );
        let found = third_paragraph(
            "HOLT: We asked the mayor twice. She said the levy would pass. It did not.",
        );
        assert_eq!(
            found.first().map(|(s, c)| (s.as_str(), c.as_str())),
            Some((
                "HOLT",
                "We asked the mayor twice. She said the levy would pass. It did not"
            ))
        );
        let found = third_paragraph("Governor Ames: I think the dam will hold through the floods.");
        assert_eq!(
            found.first().map(|(s, c)| (s.as_str(), c.as_str())),
            Some((
                "Governor Ames",
                "I think the dam will hold through the floods"
            ))
        );
    }
}
