//! The sentence being read: its tokens with their lower case (made once, on first use),
//! which of them are quoted, its quotations, and the span helpers every reader shares.

use std::borrow::Cow;

use crate::article::{Article, Span};
use crate::text::{self, Quotation, Sentence, Token, TokenKind};

use super::Extractor;
use super::numbers::SentenceFigures;

impl Extractor<'_> {
    /// The sentence's tokens with their lower case, read once for every reader of the
    /// sentence. `lowered` is the article in lower case, when [`lowered`] could make it;
    /// `spare` the lists of the sentence before, filled again.
    pub(super) fn words<'a>(
        &self,
        text: &str,
        sentence: &Sentence,
        lowered: Option<&'a str>,
        spare: Spare<'a>,
    ) -> Words<'a> {
        let Spare { mut tokens, lower } = spare;
        text::tokenize_into(text, sentence.span, self.rules, &mut tokens);
        Words::new(text, sentence.span, tokens, lowered, lower)
    }
}

/// The lists a sentence's [`Words`] were kept in, handed on to the next sentence's so that
/// an article's sentences share two allocations rather than making two each.
#[derive(Debug, Default)]
pub(super) struct Spare<'a> {
    tokens: Vec<Token>,
    lower: Vec<&'a str>,
}

/// The article in lower case with every character where it was, so that a token's lower
/// case is the same span of it: `None` when some character's lower case is longer or
/// shorter than it ("İ"), or depends on the letters around it (a final "Σ"), and the
/// sentences must be lower-cased word by word.
pub(super) fn lowered(text: &str) -> Option<String> {
    // ASCII letters lowered all at once; then each other character, where most texts hold
    // only a few (curly quotes, dashes, accented names).
    let mut out = text.as_bytes().to_ascii_lowercase();
    let mut at = 0;
    while let Some(k) = first_non_ascii(&out[at..]) {
        let start = at + k;
        let c = text.get(start..)?.chars().next()?;
        let end = start + c.len_utf8();
        if c == 'Σ' {
            return None;
        }
        let mut lower = c.to_lowercase();
        match (lower.next(), lower.next()) {
            (Some(l), None) if l.len_utf8() == c.len_utf8() => {
                l.encode_utf8(out.get_mut(start..end)?);
            }
            _ => return None,
        }
        at = end;
    }
    String::from_utf8(out).ok()
}

/// Where the first byte that is not ASCII is, read eight bytes at a time.
fn first_non_ascii(bytes: &[u8]) -> Option<usize> {
    let (chunks, _) = bytes.as_chunks::<8>();
    let clean = chunks
        .iter()
        .position(|c| u64::from_ne_bytes(*c) & 0x8080_8080_8080_8080 != 0)
        .unwrap_or(chunks.len());
    let from = clean * 8;
    bytes[from..]
        .iter()
        .position(|b| !b.is_ascii())
        .map(|k| from + k)
}

/// Whether `bytes` hold an ASCII digit, read sixteen bytes at a time (a loop the compiler
/// turns into vector instructions).
fn has_ascii_digit(bytes: &[u8]) -> bool {
    let (chunks, rest) = bytes.as_chunks::<16>();
    chunks
        .iter()
        .any(|c| c.iter().fold(false, |seen, b| seen | b.is_ascii_digit()))
        || rest.iter().any(u8::is_ascii_digit)
}

/// A sentence's tokens and their lower case, made once and shared by every reader.
pub(super) struct Words<'a> {
    pub(super) tokens: Vec<Token>,
    lower: Lower<'a>,
    /// Whether the sentence holds a digit anywhere, for the readers of figures.
    pub(super) has_digit: bool,
    /// The sentence's figures, when the facts reader will read them: read once, before the
    /// claim readers, which take those of their spans from them.
    pub(super) figures: Option<SentenceFigures>,
}

/// Where a sentence's words in lower case are kept.
enum Lower<'a> {
    /// Each token's span of the article lowered whole, one slice per token.
    Article(Vec<&'a str>),
    /// The tokens lowered one by one, one after another, with where each is: for the rare
    /// article [`lowered`] cannot lower whole.
    Own { text: String, spans: Vec<Span> },
}

impl<'a> Words<'a> {
    /// The sentence's tokens with their lower case: slices of `lowered` when it is given
    /// (kept in `spare`, emptied first), else made in one string rather than one string per
    /// capitalised word.
    fn new(
        text: &str,
        sentence: Span,
        tokens: Vec<Token>,
        lowered: Option<&'a str>,
        mut spare: Vec<&'a str>,
    ) -> Words<'a> {
        let lower = match lowered {
            Some(lowered) => {
                spare.clear();
                spare.extend(
                    tokens
                        .iter()
                        .map(|t| lowered.get(t.span.start..t.span.end).unwrap_or("")),
                );
                Lower::Article(spare)
            }
            None => {
                let mut buf = String::with_capacity(sentence.len());
                let spans = tokens
                    .iter()
                    .map(|t| {
                        let start = buf.len();
                        buf.push_str(&crate::words::lower_case(t.text(text)));
                        Span::new(start, buf.len())
                    })
                    .collect();
                Lower::Own { text: buf, spans }
            }
        };
        let has_digit = text
            .as_bytes()
            .get(sentence.start..sentence.end)
            .is_some_and(has_ascii_digit);
        Words {
            tokens,
            lower,
            has_digit,
            figures: None,
        }
    }

    /// The lists the words were kept in, for the next sentence's.
    pub(super) fn into_spare(self) -> Spare<'a> {
        let lower = match self.lower {
            Lower::Article(lower) => lower,
            Lower::Own { .. } => Vec::new(),
        };
        Spare {
            tokens: self.tokens,
            lower,
        }
    }

    /// Each token's text in lower case, in token order.
    pub(super) fn lower(&self) -> Cow<'_, [&str]> {
        match &self.lower {
            Lower::Article(words) => Cow::Borrowed(words.as_slice()),
            Lower::Own { text, spans } => Cow::Owned(
                spans
                    .iter()
                    .map(|s| text.get(s.start..s.end).unwrap_or(""))
                    .collect(),
            ),
        }
    }
}

/// The lists the claim readers make for each sentence (which tokens are quoted, where each
/// cue starts), kept from one sentence to the next of an article so that they are allocated
/// once, not once a sentence.
#[derive(Debug, Default)]
pub(super) struct Scratch {
    pub(super) quoted: Vec<bool>,
    pub(super) cue_starts: Vec<usize>,
}

/// Tokens and quotations of the sentence being read.
pub(super) struct SentenceCtx<'a> {
    pub(super) text: &'a str,
    pub(super) article: &'a Article,
    pub(super) sentence: Sentence,
    pub(super) tokens: &'a [Token],
    /// `lower[i]`: token `i`'s text in lower case
    pub(super) lower: &'a [&'a str],
    /// The sentence's figures, when they were read whole ([`Words::figures`]).
    pub(super) figures: Option<&'a SentenceFigures>,
    pub(super) quoted: &'a [bool],
    pub(super) quotations: &'a [Quotation],
    /// The first token of each cue found in the sentence, in order: where an attribution
    /// of its own may begin.
    pub(super) cue_starts: &'a [usize],
    /// The speakers found before tokens of this sentence so far.
    pub(super) speakers: SpeakerMemo,
}

/// The speaker mention found before each token a reader asked about
/// (`Extractor::speaker_before`), kept for the other readers of the sentence: several read
/// the speaker before the same cue (`as_said`, then the attribution reader, then the content
/// reader looking for where a later claim begins). A few tokens a sentence: a short list.
#[derive(Debug, Default)]
pub(super) struct SpeakerMemo(std::cell::RefCell<Vec<(usize, Mention)>>);

/// A speaker mention as token indices `[start, end)`, or `None` when none was found.
type Mention = Option<(usize, usize)>;

impl SpeakerMemo {
    /// What was found before token `cue`, if it was looked for.
    pub(super) fn get(&self, cue: usize) -> Option<Mention> {
        self.0
            .borrow()
            .iter()
            .find(|(at, _)| *at == cue)
            .map(|&(_, found)| found)
    }

    /// Keeps what was found before token `cue`.
    pub(super) fn put(&self, cue: usize, found: Mention) {
        self.0.borrow_mut().push((cue, found));
    }
}

impl SentenceCtx<'_> {
    /// Token `i` as written ("" past the end).
    pub(super) fn tok(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| t.text(self.text))
    }

    /// Token `i` in lower case ("" past the end, as [`SentenceCtx::tok`]).
    pub(super) fn low(&self, i: usize) -> &str {
        self.lower.get(i).copied().unwrap_or("")
    }

    /// Whether token `i` stands inside a quotation (false past the end).
    pub(super) fn quoted_at(&self, i: usize) -> bool {
        self.quoted.get(i).copied().unwrap_or(false)
    }

    /// Where `marker` ends a noun phrase that opens at token `start` and runs fewer than
    /// `reach` tokens: walking unquoted words that are no finite verb and none of `stops`
    /// (`rates to rise` → "to"; `Clinton as the stronger candidate` → "as").
    pub(super) fn after_object(
        &self,
        start: usize,
        marker: &str,
        reach: usize,
        stops: &[&str],
    ) -> Option<usize> {
        (start + 1..self.tokens.len().min(start + reach))
            .take_while(|&i| {
                self.tokens[i].is_word()
                    && !self.quoted_at(i)
                    && !super::english::is_finite_verb(self.low(i))
                    && !stops.contains(&self.low(i))
            })
            .find(|&i| self.low(i) == marker)
    }

    /// The tokens inside `span` as `first..end`: the first that starts in it and one past
    /// the last that ends in it; `None` when no token starts in it or none ends in it.
    pub(super) fn tokens_within(&self, span: Span) -> Option<(usize, usize)> {
        let first = self
            .tokens
            .iter()
            .position(|t| t.span.start >= span.start)?;
        let end = self
            .tokens
            .iter()
            .rposition(|t| t.span.end <= span.end)
            .map(|k| k + 1)?;
        Some((first, end))
    }

    /// Byte span from the start of token `start` to the end of token `end - 1`.
    pub(super) fn span(&self, start: usize, end: usize) -> Span {
        let s = self
            .tokens
            .get(start)
            .map_or(self.sentence.span.end, |t| t.span.start);
        let e = if end == 0 {
            s
        } else {
            self.tokens
                .get(end - 1)
                .map_or(self.sentence.span.end, |t| t.span.end)
        };
        Span::new(s, e.max(s))
    }

    /// Whether only punctuation, and no opening quotation mark, follows from token `i`.
    pub(super) fn only_punct_from(&self, i: usize) -> bool {
        self.tokens[i.min(self.tokens.len())..]
            .iter()
            .all(|t| t.kind == TokenKind::Punct && !matches!(t.text(self.text), "\"" | "“"))
    }

    /// The clause from the sentence start to the comma at token `comma`.
    pub(super) fn clause_before(&self, comma: usize) -> Span {
        let span = self.span(0, comma);
        // A clause that is one quotation is its inner words.
        match self
            .quotations
            .iter()
            .find(|q| q.outer == span || (q.outer.start == span.start && q.outer.end >= span.end))
        {
            Some(q) => q.inner,
            None => span,
        }
    }
}

/// A quotation mark written as a token of its own.
pub(super) fn is_mark(token: &str) -> bool {
    matches!(
        token,
        "\"" | "“" | "”" | "„" | "'" | "’" | "«" | "»" | "「" | "」" | "『" | "』"
    )
}

/// A pictograph written as a token of its own (an emoji, a dingbat, a weather sign): in
/// copy from social media it closes a clause as a full stop would (`said Tarō Yamada 🙂.`).
pub(super) fn is_pictograph(token: &str) -> bool {
    token.chars().next().is_some_and(
        |c| matches!(u32::from(c), 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0x1F000..=0x1FAFF),
    )
}

/// Drops trailing punctuation (but not a closing quotation mark) and white space.
pub(super) fn trim_end_punct(text: &str, span: Span) -> Span {
    let s = span.of(text);
    let trimmed = s.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':' | '-' | '—')
    });
    Span::new(span.start, span.start + trimmed.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::RuleSet;

    /// The lower case of every token, read through the article lowered whole or, when it
    /// cannot be, word by word.
    fn lower_words(text: &str) -> Vec<String> {
        let rules = RuleSet::builtin().unwrap();
        let span = Span::new(0, text.len());
        let tokens = text::tokenize(text, span, &rules);
        let lowered = lowered(text);
        Words::new(text, span, tokens, lowered.as_deref(), Vec::new())
            .lower()
            .iter()
            .map(|w| w.to_string())
            .collect()
    }

    #[test]
    fn a_sentence_read_into_the_lists_of_the_one_before_reads_as_it_does_alone() {
        let text = "Officials at the Port of Leith said on Monday that the night ferry would \
                    stop running. Ruiz disagreed.";
        let rules = RuleSet::builtin().unwrap();
        let extractor = Extractor::new(&rules);
        let lowered = lowered(text);
        let ruiz = text.find("Ruiz").unwrap();
        let first = Sentence {
            span: Span::new(0, ruiz - 1),
            paragraph: 0,
        };
        let second = Sentence {
            span: Span::new(ruiz, text.len()),
            paragraph: 0,
        };
        let fresh = extractor.words(text, &second, lowered.as_deref(), Spare::default());
        let before = extractor.words(text, &first, lowered.as_deref(), Spare::default());
        assert!(before.tokens.len() > fresh.tokens.len());
        let reused = extractor.words(text, &second, lowered.as_deref(), before.into_spare());
        assert_eq!(reused.tokens, fresh.tokens);
        assert_eq!(reused.lower(), fresh.lower());
        assert_eq!(reused.lower().as_ref(), ["ruiz", "disagreed", "."]);
    }

    #[test]
    fn curly_quotes_and_accents_keep_their_place_in_the_lowered_article() {
        let text = "“ÉLYSÉE aides said,” José Müller’s office told AFP.";
        assert_eq!(
            lowered(text).as_deref(),
            Some("“élysée aides said,” josé müller’s office told afp.")
        );
        assert_eq!(
            lower_words(text),
            [
                "“",
                "élysée",
                "aides",
                "said",
                ",",
                "”",
                "josé",
                "müller’s",
                "office",
                "told",
                "afp",
                "."
            ]
        );
    }

    #[test]
    fn a_letter_whose_lower_case_changes_length_is_lowered_word_by_word() {
        // "İ" lowers to two characters and a final "Σ" to "ς": the article cannot be lowered
        // in place, and each word still gets the lower case it would get on its own.
        assert_eq!(lowered("İSTANBUL"), None);
        assert_eq!(lowered("ΟΔΥΣΣΕΥΣ"), None);
        assert_eq!(
            lower_words("İzmir's mayor, ΟΔΥΣΣΕΥΣ said"),
            ["i̇zmir's", "mayor", ",", "οδυσσευς", "said"]
        );
    }

    #[test]
    fn a_digit_anywhere_in_a_sentence_is_seen() {
        let long = "The senator said the committee would not meet again before the recess, ";
        assert!(!has_ascii_digit(long.as_bytes()));
        assert!(!has_ascii_digit(
            "Twelve people, ２ of them children.".as_bytes()
        ));
        for at in [0, 7, 15, 16, 17, 40, long.len()] {
            let mut text = long.to_string();
            text.insert(at, '7');
            assert!(has_ascii_digit(text.as_bytes()), "{at}");
        }
    }
}
