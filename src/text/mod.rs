//! Segment stage: article text → paragraphs, quotations and sentences, all as byte spans.
//!
//! Newspaper conventions decide the cuts: abbreviations such as `U.S.`, `Feb.` and `Gen.`
//! never end a sentence, initials (`John F. Kerry`) and decimals neither, and a quotation
//! is never cut in two, so a three-sentence quote followed by `Kerry said` is one sentence.

pub mod dateline;
pub mod statements;
pub mod token;

use crate::article::Span;
use crate::rules::RuleSet;

pub use dateline::dateline_len;
pub use statements::statement_starts;
pub use token::{Token, TokenKind, lower_tokens, tokenize, tokenize_into};

/// A quotation: the marks and what lies between them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quotation {
    /// From the opening mark to just after the closing one (or the paragraph's end).
    pub outer: Span,
    /// The quoted words, without the marks.
    pub inner: Span,
    /// False when the paragraph ended before a closing mark.
    pub closed: bool,
    /// Index of the paragraph it opens in.
    pub paragraph: usize,
}

/// A sentence of an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    pub paragraph: usize,
}

/// The structure of one article's text.
#[derive(Debug, Clone, Default)]
pub struct Segmented {
    pub paragraphs: Vec<Span>,
    pub quotations: Vec<Quotation>,
    pub sentences: Vec<Sentence>,
}

impl Segmented {
    /// Quotations that overlap `span`, in text order.
    pub fn quotations_in(&self, span: Span) -> &[Quotation] {
        let first = self
            .quotations
            .partition_point(|q| q.outer.end <= span.start);
        let last = self
            .quotations
            .partition_point(|q| q.outer.start < span.end);
        &self.quotations[first..last.max(first)]
    }
}

/// Segments `text` into paragraphs, quotations and sentences. A paragraph opened by a
/// dateline ("WASHINGTON (AP) —") starts after it ([`dateline_len`]).
pub fn segment(text: &str, rules: &RuleSet) -> Segmented {
    let mut paragraphs = paragraphs(text);
    for paragraph in &mut paragraphs {
        if let Some(len) = dateline_len(paragraph.of(text)) {
            paragraph.start += len;
        }
    }
    let mut quotations = Vec::new();
    let mut sentences = Vec::new();
    for (index, &paragraph) in paragraphs.iter().enumerate() {
        let first_quote = quotations.len();
        find_quotations(text, paragraph, index, &mut quotations);
        split_sentences(
            text,
            paragraph,
            index,
            &quotations[first_quote..],
            rules,
            &mut sentences,
        );
    }
    Segmented {
        paragraphs,
        quotations,
        sentences,
    }
}

const MIN_WRAPPED_LINE: usize = 40;

/// Longer words are never looked up as abbreviations (the longest news ones, "approx.",
/// "U.S.A.", are 7 bytes); the check keeps the look-up off most sentence ends.
pub(crate) const MAX_ABBREVIATION: usize = 12;

/// Paragraphs are runs of lines. A line break separates paragraphs unless the line looks
/// hard-wrapped: long, not ending a sentence, and followed by a lower-case continuation
/// (or ending in a hyphen or comma).
pub fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut current: Option<Span> = None;
    let mut pos = 0;
    while pos < text.len() {
        let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
        let line = trim_span(text, Span::new(pos, end));
        if line.is_empty() {
            if let Some(p) = current.take() {
                out.push(p);
            }
        } else {
            current = Some(match current {
                Some(p) if continues_line(text, p, line) => Span::new(p.start, line.end),
                Some(p) => {
                    out.push(p);
                    line
                }
                None => line,
            });
        }
        pos = end + 1;
    }
    out.extend(current);
    out
}

fn continues_line(text: &str, previous: Span, next: Span) -> bool {
    let prev_line_start = text[..previous.end].rfind('\n').map_or(0, |i| i + 1);
    let prev_line = &text[prev_line_start.max(previous.start)..previous.end];
    if prev_line.chars().count() < MIN_WRAPPED_LINE {
        return false;
    }
    let last = prev_line.chars().next_back().unwrap_or('.');
    if matches!(last, '.' | '?' | '!' | ':' | '"' | '”' | ')') {
        return false;
    }
    let first = text[next.start..].chars().next().unwrap_or('A');
    first.is_lowercase() || matches!(last, '-' | ',' | ';')
}

fn trim_span(text: &str, span: Span) -> Span {
    let s = span.of(text);
    let start = span.start + (s.len() - s.trim_start().len());
    let end = span.end - (s.len() - s.trim_end().len());
    Span::new(start, end.max(start))
}

fn is_opening_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '„' | '«' | '「' | '『')
}

fn is_closing_mark(c: char) -> bool {
    matches!(c, '"' | '”' | '»' | '」' | '』')
}

/// True when `c` closes a quotation opened by `opening`. Western marks pair with each
/// other (copy mixes curly and straight ones), a low opening mark closes with a high one
/// („…“ as German prints it), and corner brackets (「…」, 『…』) close only with their
/// own pair, so that a corner quotation inside a curly one does not end it.
fn closes(opening: char, c: char) -> bool {
    match opening {
        '「' => c == '」',
        '『' => c == '』',
        '„' => matches!(c, '“' | '”' | '"'),
        _ => matches!(c, '"' | '”' | '»'),
    }
}

/// Pairs quotation marks inside one paragraph. Curly and straight marks pair with each
/// other (copy often mixes them), and two apostrophes stand for a double mark (`''Yes,''
/// he said`, as some papers print it); single quotes are left alone because they double
/// as apostrophes. A quote left open runs to the paragraph's end.
fn find_quotations(text: &str, paragraph: Span, index: usize, out: &mut Vec<Quotation>) {
    // The opening mark's offset and length.
    let mut open: Option<(usize, usize)> = None;
    // Inside a curly quote, a straight pair is a quote within the quote: “They said "no",”.
    let mut nested = false;
    let body = paragraph.of(text);
    let mut pos = 0;
    // Every mark is `"` or `'`, or starts with byte 0xE2 (“ ” „), 0xC2 (« ») or 0xE3
    // (「 」 『 』): only those bytes, always at a character boundary, are decoded; other
    // characters change nothing.
    let bytes = body.as_bytes();
    let marks = merged(
        memchr::memchr3_iter(b'"', b'\'', 0xE2, bytes),
        memchr::memchr2_iter(0xC2, 0xE3, bytes),
    );
    for i in marks {
        if i < pos {
            continue;
        }
        let Some(c) = body.get(i..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        let at = paragraph.start + i;
        let doubled = c == '\'' && body.as_bytes().get(i + 1) == Some(&b'\'');
        let len = if doubled { 2 } else { c.len_utf8() };
        // The character after the mark.
        let after = body.get(i + len..).and_then(|rest| rest.chars().next());
        pos = i + len;
        match open {
            Some((start, mark)) if c == '"' && text[start..].starts_with('“') => {
                let prev = body[..i].chars().next_back();
                let next = after;
                let opens = prev.is_none_or(char::is_whitespace)
                    && next.is_some_and(char::is_alphanumeric)
                    && nested_pair_follows(&body[i + 1..]);
                if nested || opens {
                    nested = !nested;
                } else {
                    out.push(closed_quotation(text, (start, mark), at, len, index));
                    open = None;
                }
            }
            None if doubled || is_opening_mark(c) => {
                // A straight mark glued to the end of a word and followed by space is a
                // stray closing mark (or inches), not an opening one.
                let prev = body[..i].chars().next_back();
                let next = body[i + len..].chars().next();
                let stray = (c == '"' || doubled)
                    && prev
                        .is_some_and(|p| p.is_alphanumeric() || matches!(p, '.' | ',' | '?' | '!'))
                    && next.is_none_or(char::is_whitespace);
                if !stray {
                    open = Some((at, len));
                }
            }
            Some(opened) if doubled || closes(opening_mark(text, opened), c) => {
                out.push(closed_quotation(text, opened, at, len, index));
                open = None;
                nested = false;
            }
            _ => {}
        }
    }
    if let Some((start, mark)) = open {
        out.push(Quotation {
            outer: Span::new(start, paragraph.end),
            inner: trim_span(text, Span::new(start + mark, paragraph.end)),
            closed: false,
            paragraph: index,
        });
    }
}

/// The opening mark of a quotation opened at `(start, length)`; two apostrophes stand for
/// a straight double mark.
fn opening_mark(text: &str, (start, len): (usize, usize)) -> char {
    match text[start..].chars().next() {
        Some('\'') if len == 2 => '"',
        Some(c) => c,
        None => '"',
    }
}

/// Two ascending runs of offsets (the common marks found by one `memchr` search, the lead
/// bytes of rarer ones by another) merged into one ascending run.
fn merged(
    common: impl Iterator<Item = usize>,
    rare: impl Iterator<Item = usize>,
) -> impl Iterator<Item = usize> {
    let (mut common, mut rare) = (common.peekable(), rare.peekable());
    std::iter::from_fn(move || match (common.peek(), rare.peek()) {
        (Some(x), Some(y)) if y < x => rare.next(),
        (Some(_), _) => common.next(),
        (None, _) => rare.next(),
    })
}

/// How far to look for the end of a quote within a quote: such quotes are a few words.
const NESTED_REACH: usize = 400;

/// After a straight mark inside a curly quotation: a straight mark closes a short quote and
/// the curly quotation closes after it. Copy often leaves a curly quote open, so without
/// both closings the straight mark is read as the curly quotation's end, as before.
fn nested_pair_follows(rest: &str) -> bool {
    let within = |s: &str| s.len().min(NESTED_REACH);
    let Some(close) = rest[..floor_boundary(rest, within(rest))].find('"') else {
        return false;
    };
    let after = &rest[close + 1..];
    let window = &after[..floor_boundary(after, within(after))];
    match (window.find('”'), window.find('“')) {
        (Some(end), Some(reopen)) => end < reopen,
        (Some(_), None) => true,
        _ => false,
    }
}

/// `at`, or the character boundary before it.
fn floor_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The quotation opened by the mark at `(start, length)` and closed by a mark of `len`
/// bytes at `at`.
fn closed_quotation(
    text: &str,
    (start, mark): (usize, usize),
    at: usize,
    len: usize,
    paragraph: usize,
) -> Quotation {
    Quotation {
        outer: Span::new(start, at + len),
        inner: trim_span(text, Span::new(start + mark, at)),
        closed: true,
        paragraph,
    }
}

fn split_sentences(
    text: &str,
    paragraph: Span,
    index: usize,
    quotations: &[Quotation],
    rules: &RuleSet,
    out: &mut Vec<Sentence>,
) {
    let mut start = paragraph.start;
    let mut q = 0;
    let body = paragraph.of(text);
    // Only `.`, `?`, `!` and `…` (whose first byte is 0xE2) end sentences: other bytes
    // are not decoded.
    let bytes = body.as_bytes();
    for i in merged(
        memchr::memchr3_iter(b'.', b'?', b'!', bytes),
        memchr::memchr_iter(0xE2, bytes),
    ) {
        let Some(c) = body.get(i..).and_then(|rest| rest.chars().next()) else {
            continue;
        };
        if !matches!(c, '.' | '?' | '!' | '…') {
            continue;
        }
        let at = paragraph.start + i;
        if at < start {
            continue;
        }
        while q < quotations.len() && quotations[q].outer.end <= at {
            q += 1;
        }
        let inside = quotations
            .get(q)
            .filter(|quote| quote.outer.start < at && at < quote.outer.end);
        let mut end = at + c.len_utf8();
        if let Some(quote) = inside {
            // Inside a quotation only a full stop right before the closing mark can end the
            // sentence; `"…?" Kerry asked` goes on.
            let closes_here = quote.closed
                && text[end..quote.outer.end]
                    .chars()
                    .all(|ch| is_closing_mark(ch) || ch == '’' || ch == '\'');
            if !(closes_here && c == '.') {
                continue;
            }
            end = quote.outer.end;
        } else {
            end += text[end..paragraph.end]
                .chars()
                .take_while(|&ch| matches!(ch, '.' | '?' | '!' | ')' | ']' | '’' | '\''))
                .map(char::len_utf8)
                .sum::<usize>();
        }
        if end >= paragraph.end {
            break;
        }
        if !starts_new_sentence(&text[end..paragraph.end]) {
            continue;
        }
        // "agreeing a? 110bn bailout": a question mark before a figure is a currency sign
        // the copy lost, not the end of a question.
        if c == '?'
            && end == at + 1
            && text[end..paragraph.end]
                .trim_start()
                .starts_with(|ch: char| ch.is_ascii_digit())
        {
            continue;
        }
        if c == '.'
            && inside.is_none()
            && is_non_final_period(text, paragraph.start, at, rules)
            && !only_opens_a_sentence(&text[end..paragraph.end])
            && !opens_quoted_sentence(text, end, quotations.get(q))
        {
            continue;
        }
        push_sentence(text, Span::new(start, end), index, quotations, out);
        start = end;
    }
    push_sentence(
        text,
        Span::new(start, paragraph.end),
        index,
        quotations,
        out,
    );
}

/// Longer "sentences" are failures to find sentence ends (lists, transcripts, junk), not
/// news: the longest paragraph of the 840 PolNeAR texts is 2.6 KB. They are cut at white
/// space, outside quotations, so that reading their claims stays linear.
const MAX_SENTENCE: usize = 4_000;

/// How far a piece runs on after a quotation longer than a sentence: far enough for the
/// attribution that follows it (`"…" Kerry said.`), bounded all the same.
const AFTER_LONG_QUOTATION: usize = MAX_SENTENCE / 2;

fn push_sentence(
    text: &str,
    span: Span,
    paragraph: usize,
    quotations: &[Quotation],
    out: &mut Vec<Sentence>,
) {
    // The quotation that `at` falls strictly inside, if any.
    let straddling = |at: usize| {
        let q = quotations.partition_point(|q| q.outer.end <= at);
        quotations.get(q).filter(|q| q.outer.start < at)
    };
    // The last white space in `from..to` at or past `from + min`, else `to`.
    let at_space = |from: usize, to: usize, min: usize| {
        text[from..to]
            .rfind(char::is_whitespace)
            .filter(|&i| i >= min)
            .map_or(to, |i| from + i)
    };
    let mut start = span.start;
    while span.end - start > MAX_SENTENCE {
        let limit = floor_boundary(text, start + MAX_SENTENCE);
        let mut cut = at_space(start, limit, MAX_SENTENCE / 2);
        if let Some(quote) = straddling(cut) {
            // A quotation is never cut: the piece keeps it whole, with the words before it
            // and a bounded run after it (outside any other quotation), so that its
            // speaker is read with it (`Kerry said: "…"`, `"…" Kerry said.`).
            let after = quote.outer.end;
            let limit = floor_boundary(text, (after + AFTER_LONG_QUOTATION).min(span.end));
            let tail = if limit < span.end {
                at_space(after, limit, 1)
            } else {
                limit
            };
            cut = straddling(tail).map_or(tail, |next| next.outer.start.max(after));
        }
        if cut >= span.end {
            break;
        }
        push_trimmed(text, Span::new(start, cut), paragraph, out);
        start = cut;
    }
    push_trimmed(text, Span::new(start, span.end), paragraph, out);
}

fn push_trimmed(text: &str, span: Span, paragraph: usize, out: &mut Vec<Sentence>) {
    let span = trim_span(text, span);
    if !span.is_empty() {
        out.push(Sentence { span, paragraph });
    }
}

/// After a sentence end comes white space and then a capital, digit, or opening mark.
fn starts_new_sentence(rest: &str) -> bool {
    let trimmed = rest.trim_start();
    if trimmed.len() == rest.len() {
        return false;
    }
    trimmed.chars().next().is_some_and(|c| {
        c.is_uppercase()
            || c.is_ascii_digit()
            || is_opening_mark(c)
            || matches!(c, '(' | '[' | '‘' | '\'')
    })
}

/// Whether `quote`, the next quotation, opens right at `end` (past white space) with a
/// capital and runs to a few words: a quotation of its own after an abbreviation ends the
/// sentence (`…," said Ann Lee of Tampa, Fla. "We will …`), where a nickname (`Gov. C.L.
/// "Butch" Otter`) or a quoted word in the middle (`the U.S. "does not …`) goes on.
fn opens_quoted_sentence(text: &str, end: usize, quote: Option<&Quotation>) -> bool {
    quote.is_some_and(|quote| {
        let inner = quote.inner.of(text);
        text.get(end..quote.outer.start)
            .is_some_and(|gap| !gap.is_empty() && gap.chars().all(char::is_whitespace))
            && inner.starts_with(char::is_uppercase)
            && inner.split_whitespace().nth(2).is_some()
    })
}

/// Whether the next word of `rest` is one that only opens a sentence (`He`, `The`, `But`):
/// after `… in the U.S. He says …` the acronym's period ends the sentence too.
fn only_opens_a_sentence(rest: &str) -> bool {
    let word = rest
        .trim_start()
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    matches!(
        word,
        "He" | "She" | "They" | "We" | "It" | "The" | "But" | "This" | "There" | "His" | "Their"
    )
}

/// A period after an abbreviation, an initial or a dotted acronym does not end a sentence.
fn is_non_final_period(text: &str, floor: usize, at: usize, rules: &RuleSet) -> bool {
    let word_start = text[floor..at]
        .char_indices()
        .rfind(|&(_, c)| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '[' | '—'))
        .map_or(floor, |(i, c)| floor + i + c.len_utf8());
    let word = &text[word_start..=at];
    if word.len() <= MAX_ABBREVIATION && rules.is_abbreviation(word) {
        return true;
    }
    let letters = &word[..word.len() - 1];
    let mut chars = letters.chars();
    match (chars.next(), chars.next()) {
        // An initial: "John F. Kerry".
        (Some(c), None) if c.is_uppercase() => true,
        // A dotted acronym: "U.S.", "a.m.", "U.S.-led" handled by the tokenizer.
        _ => letters.contains('.') && letters.chars().all(|c| c.is_alphabetic() || c == '.'),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<String> {
        let rules = RuleSet::builtin().unwrap();
        segment(text, &rules)
            .sentences
            .iter()
            .map(|s| s.span.of(text).to_string())
            .collect()
    }

    #[test]
    fn an_acronym_before_a_word_that_opens_sentences_ends_one() {
        assert_eq!(
            sentences("The storm moved across the U.S. He said it would weaken by Friday."),
            [
                "The storm moved across the U.S.",
                "He said it would weaken by Friday."
            ]
        );
        assert_eq!(
            sentences("Talks end at 5 p.m. The vote follows. Aid reached the U.S. Army base."),
            [
                "Talks end at 5 p.m.",
                "The vote follows.",
                "Aid reached the U.S. Army base."
            ]
        );
    }

    #[test]
    fn a_quotation_after_an_abbreviation_opens_a_sentence() {
        assert_eq!(
            sentences(
                "\"The fares are too high,\" said Ann Lee, a nurse from Tampa, Fla. \"We will ride the bus again when they fall.\""
            ),
            [
                "\"The fares are too high,\" said Ann Lee, a nurse from Tampa, Fla.",
                "\"We will ride the bus again when they fall.\""
            ]
        );
        // A nickname and a quoted word inside the sentence go on.
        assert_eq!(
            sentences(
                "Gov. J.R. \"Dusty\" Harlan spoke first. Aides said the U.S. \"has no staff\" to screen them."
            ),
            [
                "Gov. J.R. \"Dusty\" Harlan spoke first.",
                "Aides said the U.S. \"has no staff\" to screen them."
            ]
        );
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_sentences() {
        let got = sentences(
            "Secretary of State John F. Kerry met Gen. Smith in St. Louis on Feb. 12 at the U.N. He left. Mr. Lavrov stayed.",
        );
        assert_eq!(
            got,
            [
                "Secretary of State John F. Kerry met Gen. Smith in St. Louis on Feb. 12 at the U.N.",
                "He left.",
                "Mr. Lavrov stayed."
            ]
        );
    }

    #[test]
    fn no_break_space_before_an_abbreviation_is_no_word_boundary_byte() {
        let got = sentences("Vermont\u{a0}Sen. Sanders spoke. He left.");
        assert_eq!(got, ["Vermont\u{a0}Sen. Sanders spoke.", "He left."]);
    }

    #[test]
    fn us_never_ends_a_sentence_but_decimals_stay_whole() {
        let got = sentences("Shares fell 5.4 per cent in the U.S. Markets rallied. Then calm.");
        assert_eq!(
            got,
            [
                "Shares fell 5.4 per cent in the U.S. Markets rallied.",
                "Then calm."
            ]
        );
    }

    #[test]
    fn a_quote_of_several_sentences_stays_whole() {
        let text = "\"I do not believe it. ... The opposition has made clear their determination to fight back,\" Kerry said, according to Reuters. Next.";
        let got = sentences(text);
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got[0].ends_with("according to Reuters."));
    }

    #[test]
    fn question_inside_a_quote_continues_into_the_attribution() {
        let got = sentences(
            "“Does the bombing have an impact?” Kerry asked rhetorically. “Of course it does.”",
        );
        assert_eq!(
            got,
            [
                "“Does the bombing have an impact?” Kerry asked rhetorically.",
                "“Of course it does.”"
            ]
        );
    }

    #[test]
    fn full_stop_before_closing_mark_ends_the_sentence() {
        let got = sentences(
            "“We are giving life to it,” Kerry said. “We are filling out the details.” He left.",
        );
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(got[1], "“We are filling out the details.”");
    }

    #[test]
    fn curly_and_straight_marks_pair_and_apostrophes_are_not_quotes() {
        let text = "Ford says, \"The most important thing is Assad’s fall.” Then we've gone.";
        let rules = RuleSet::builtin().unwrap();
        let seg = segment(text, &rules);
        assert_eq!(seg.quotations.len(), 1);
        assert_eq!(
            seg.quotations[0].inner.of(text),
            "The most important thing is Assad’s fall."
        );
    }

    #[test]
    fn two_apostrophes_make_a_quotation_mark() {
        let text = "''It's a shame,'' Ms. Okafor said. ''The shares didn't recover.'' She left.";
        let rules = RuleSet::builtin().unwrap();
        let seg = segment(text, &rules);
        let inner: Vec<&str> = seg.quotations.iter().map(|q| q.inner.of(text)).collect();
        assert_eq!(inner, ["It's a shame,", "The shares didn't recover."]);
        assert_eq!(sentences(text).len(), 3);
    }

    #[test]
    fn abbreviation_after_a_dash_or_wide_space_does_not_panic() {
        let got =
            sentences("He met the commander—Gen. Smith said so.\u{85}Gen. Jones left. Then calm.");
        assert_eq!(got.len(), 3, "{got:?}");
    }

    #[test]
    fn a_run_without_sentence_ends_is_cut_outside_quotations() {
        let text = "and so on ".repeat(600) + "“a quote, and so on” " + &"and so on ".repeat(600);
        let rules = RuleSet::builtin().unwrap();
        let seg = segment(&text, &rules);
        assert!(seg.sentences.len() >= 3, "{}", seg.sentences.len());
        for s in &seg.sentences {
            assert!(s.span.len() <= MAX_SENTENCE);
            for q in &seg.quotations {
                assert!(!(q.outer.start < s.span.start && s.span.start < q.outer.end));
            }
        }
    }

    #[test]
    fn a_quotation_longer_than_a_sentence_keeps_its_attribution() {
        let quote = "we will go on talking, ".repeat(400);
        for text in [
            format!("“{quote}” Kerry said. He left."),
            format!("Kerry said: “{quote}and on.” He left."),
        ] {
            let got = sentences(&text);
            let lengths: Vec<usize> = got.iter().map(String::len).collect();
            assert_eq!(got.len(), 2, "{lengths:?}");
            assert!(got[0].contains(&quote) && got[0].contains("Kerry said"));
            assert_eq!(got[1], "He left.");
        }
        // After the quotation, a run without sentence ends is cut again, not kept whole.
        let text = format!("“{quote}” Kerry said and {}", "so on and ".repeat(2_000));
        let got = sentences(&text);
        assert!(got[0].starts_with('“') && got[0].contains("Kerry said"));
        assert!(got[0].len() <= quote.len() + 4 + AFTER_LONG_QUOTATION);
        assert!(got[1..].iter().all(|s| s.len() <= MAX_SENTENCE));
    }

    #[test]
    fn a_straight_quote_inside_a_curly_one_is_nested() {
        let text = "“They said \"no\" to every proposal,” Lavrov said. “Fine,\" he added.";
        let rules = RuleSet::builtin().unwrap();
        let seg = segment(text, &rules);
        let inner: Vec<&str> = seg.quotations.iter().map(|q| q.inner.of(text)).collect();
        assert_eq!(inner, ["They said \"no\" to every proposal,", "Fine,"]);
    }

    #[test]
    fn guillemets_corner_brackets_and_low_marks_pair_with_their_own_closing_marks() {
        let text = "« Nous irons », dit-il. 「東京で会いましょう」と彼は言った。\
                    “We met at 「Sakura」 in Tokyo,” Kerry said. „Wir schaffen das“, sagte sie. \
                    『本』.";
        let rules = RuleSet::builtin().unwrap();
        let seg = segment(text, &rules);
        let inner: Vec<&str> = seg.quotations.iter().map(|q| q.inner.of(text)).collect();
        assert_eq!(
            inner,
            [
                "Nous irons",
                "東京で会いましょう",
                "We met at 「Sakura」 in Tokyo,",
                "Wir schaffen das",
                "本"
            ]
        );
        assert!(seg.quotations.iter().all(|q| q.closed));
    }

    #[test]
    fn unclosed_quote_runs_to_the_paragraph_end() {
        let text = "He said: \"We will go on.\n\n\"And we will win,\" he said.";
        let rules = RuleSet::builtin().unwrap();
        let seg = segment(text, &rules);
        assert_eq!(seg.paragraphs.len(), 2);
        assert!(!seg.quotations[0].closed);
        assert_eq!(seg.quotations[0].inner.of(text), "We will go on.");
        assert!(seg.quotations[1].closed);
    }

    #[test]
    fn hard_wrapped_lines_join_but_headlines_stay_apart() {
        let text = "Kerry lavrov (2)\nthe State Department’s point man on Israeli-\nPalestinian relations said so.";
        let ps: Vec<_> = paragraphs(text)
            .iter()
            .map(|p| p.of(text).to_string())
            .collect();
        assert_eq!(ps.len(), 2, "{ps:?}");
        assert!(ps[1].contains("Israeli-\nPalestinian"));
    }
}
