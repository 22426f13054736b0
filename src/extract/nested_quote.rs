//! Nested quotes: words one speaker quotes from another inside their own quotation ("“… when
//! Sotomayor said, quote, ‘a wise Latina woman …’,” Grassley said") are the other's, relayed
//! by the first (`via`).

use crate::article::Span;

use super::sentence::SentenceCtx;
use super::{Claim, ClaimKind, Cue, Extractor, Quote, Relay, SAID, Speaker};

/// Nouns that introduce someone's words as a cue does ("Clinton's statement that …").
const WORDS_NOUNS: [&str; 7] = [
    "comment",
    "comments",
    "remark",
    "remarks",
    "statement",
    "tweet",
    "words",
];

/// Longest inner quotation looked for, in bytes.
const LONGEST_INNER: usize = 600;
/// Most words between the cue and the inner quotation.
const CUE_REACH: usize = 16;

impl Extractor<'_> {
    /// The claims of the quotations nested in `outer`'s quotation that it attributes to
    /// someone else by a cue or a noun of saying, each spoken by that person and relayed by
    /// `outer`'s speaker.
    pub(super) fn nested_quotes(&self, ctx: &SentenceCtx<'_>, outer: &Claim) -> Vec<Claim> {
        let Some(quote) = &outer.quote else {
            return Vec::new();
        };
        let Some(relay) = outer.speaker.as_ref() else {
            return Vec::new();
        };
        let mut found = Vec::new();
        for inner in inner_quotations(ctx.text, quote.span) {
            if let Some(claim) = self.nested_claim(ctx, outer, relay, inner) {
                found.push(claim);
            }
        }
        found
    }

    /// The claim of one inner quotation (`inner`: the words, without marks), if a person is
    /// named as saying it before it in the outer quotation.
    fn nested_claim(
        &self,
        ctx: &SentenceCtx<'_>,
        outer: &Claim,
        relay: &Speaker,
        inner: Span,
    ) -> Option<Claim> {
        let tokens = ctx.tokens;
        let quote = outer.quote.as_ref()?.span;
        let first = tokens.partition_point(|t| t.span.start < quote.start);
        let opening = tokens.partition_point(|t| t.span.start < inner.start);
        // The cue (or noun of saying) nearest before the inner quotation.
        let cue = (first..opening.min(tokens.len()))
            .rev()
            .take(CUE_REACH)
            .find(|&i| {
                let lower = ctx.low(i);
                let says = self.cues.is_speech_verb(lower);
                tokens[i].is_word()
                    && !tokens[i].is_capitalized(ctx.text)
                    && (says || WORDS_NOUNS.contains(&lower))
            })?;
        let (s, e) = named_before(ctx, first, cue)?;
        let name = ctx.span(s, e);
        let written = name.of(ctx.text);
        let written = written
            .strip_suffix("'s")
            .or_else(|| written.strip_suffix("’s"))
            .unwrap_or(written);
        // The speaker quoting their own words is no relay.
        if relay.text.split_whitespace().last() == written.split_whitespace().last() {
            return None;
        }
        let name = Span::new(name.start, name.start + written.len());
        let cue_span = ctx.span(cue, cue + 1);
        let mut claim = Claim {
            id: String::new(),
            article: ctx.article.id.clone(),
            kind: ClaimKind::Partial,
            speaker: Some(Speaker {
                text: written.to_string(),
                span: Some(name),
                entity: None,
                role: None,
                antecedent: None,
            }),
            cue: Some(Cue {
                text: cue_span.of(ctx.text).to_string(),
                span: cue_span,
            }),
            via: Some(Relay {
                text: relay.text.clone(),
                span: relay.span.unwrap_or(outer.span),
            }),
            hedged: false,
            negated: false,
            cue_negation: None,
            modality: SAID.to_string(),
            modal: None,
            content: inner.of(ctx.text).to_string(),
            quote: Some(Quote {
                text: inner.of(ctx.text).to_string(),
                span: inner,
            }),
            span: Span::new(name.start, inner.end),
            content_span: inner,
            parts: Vec::new(),
            sentence: ctx.sentence.span,
            numbers: Vec::new(),
            dates: Vec::new(),
            entities: Vec::new(),
        };
        self.annotate(ctx, &mut claim);
        Some(claim)
    }
}

/// The person named before token `cue` (from token `first` on): the capitalised run right
/// before it (`Sotomayor said`, `Hillary Clinton's statement`), or, after "he" or "she"
/// (`she was found saying`), the nearest capitalised run before that.
fn named_before(ctx: &SentenceCtx<'_>, first: usize, cue: usize) -> Option<(usize, usize)> {
    let run_ending = |end: usize| {
        let mut start = end;
        while start > first
            && ctx.tokens[start - 1].is_word()
            && ctx.tokens[start - 1].is_capitalized(ctx.text)
        {
            start -= 1;
        }
        // "When I said": words capitalised because they open the quotation are no name.
        while start < end && sentence_opener(ctx.low(start)) {
            start += 1;
        }
        // A lone capitalised word opening the quotation or a sentence in it ("In my first
        // meeting …", "Out of nowhere, he said") may be capitalised for that alone.
        let opens = start == first
            || start > 0 && matches!(ctx.tok(start - 1), "." | "?" | "!" | ":" | ";");
        let valid = start < end
            && (start..end).all(|i| !sentence_opener(ctx.low(i)))
            && (end - start >= 2 || !opens);
        valid.then_some((start, end))
    };
    // Adverbs and auxiliaries between the name and the cue: "was found saying".
    let mut end = cue;
    while end > first && !ctx.tokens[end - 1].is_capitalized(ctx.text) {
        let lower = ctx.low(end - 1);
        if matches!(lower, "he" | "she") {
            return (first..end - 1).rev().find_map(|i| {
                (ctx.tokens[i].is_word() && ctx.tokens[i].is_capitalized(ctx.text))
                    .then(|| run_ending(i + 1))
                    .flatten()
            });
        }
        if cue - end > 3 || !ctx.tokens[end - 1].is_word() {
            return None;
        }
        end -= 1;
    }
    run_ending(end)
}

/// Words capitalised only because they open the quotation.
fn sentence_opener(lower: &str) -> bool {
    matches!(
        lower,
        "i" | "we" | "you" | "they" | "it" | "the" | "a" | "an" | "this" | "that" | "when"
    )
}

/// The inner quotations of the quotation `quote`: words between ‘ and ’, between straight
/// single marks that are no apostrophes, or between straight double marks inside a curly
/// quotation. Each span holds the words without the marks.
///
/// Only the marks themselves are visited (found with `memchr`: `'`, `"` and the lead byte
/// of the curly ones), each read with the characters on either side of it.
fn inner_quotations(text: &str, quote: Span) -> Vec<Span> {
    let body = quote.of(text);
    let bytes = body.as_bytes();
    let mut found = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for i in memchr::memchr3_iter(b'\'', b'"', 0xE2, bytes) {
        let Some(c) = body.get(i..).and_then(|rest| rest.chars().next()) else {
            continue;
        };
        if !matches!(c, '‘' | '’' | '\'' | '"') {
            continue;
        }
        let before = body.get(..i).and_then(|head| head.chars().next_back());
        let after = body
            .get(i + c.len_utf8()..)
            .and_then(|tail| tail.chars().next());
        step(&mut open, &mut found, quote.start, (i, c), before, after);
    }
    found
}

/// Reads the mark `c` at byte `i` of a quotation starting at byte `base`, between the
/// characters `before` and `after`: it closes the inner quotation `open` (found, when short
/// enough) or opens one.
fn step(
    open: &mut Option<(usize, char)>,
    found: &mut Vec<Span>,
    base: usize,
    (i, c): (usize, char),
    before: Option<char>,
    after: Option<char>,
) {
    match *open {
        Some((start, mark)) if closes_inner(mark, c, before, after) => {
            if i > start && i - start <= LONGEST_INNER {
                found.push(Span::new(base + start, base + i));
            }
            *open = None;
        }
        None if opens_inner(c, before, after) => *open = Some((i + c.len_utf8(), c)),
        _ => {}
    }
}

/// The mark `c`, between the characters `before` and `after`, opens an inner quotation: a
/// single or straight double mark after a space or an opening, before a word.
fn opens_inner(c: char, before: Option<char>, after: Option<char>) -> bool {
    before.is_none_or(|b| b.is_whitespace() || matches!(b, '(' | '“' | '"' | ','))
        && after.is_some_and(char::is_alphanumeric)
        && matches!(c, '‘' | '\'' | '"')
}

/// The mark `c`, between `before` and `after`, closes the inner quotation opened by `mark`:
/// its pair, after a word and before no letter (an apostrophe inside a word closes nothing).
fn closes_inner(mark: char, c: char, before: Option<char>, after: Option<char>) -> bool {
    let pair = match mark {
        '‘' => c == '’',
        '\'' => c == '\'' || c == '’',
        _ => c == '"',
    };
    pair && before.is_some_and(|b| !b.is_whitespace()) && after.is_none_or(|a| !a.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::step;
    use crate::article::Span;
    use crate::extract::test_text::claims_of;

    /// (speaker, via, content) of each claim of `text`.
    fn claims(text: &str) -> Vec<(String, String, String)> {
        claims_of(text)
            .into_iter()
            .map(|c| {
                (
                    c.speaker.map(|s| s.text).unwrap_or_default(),
                    c.via.map(|v| v.text).unwrap_or_default(),
                    c.content,
                )
            })
            .collect()
    }

    fn triple(a: &str, b: &str, c: &str) -> (String, String, String) {
        (a.into(), b.into(), c.into())
    }

    #[test]
    fn words_quoted_from_another_are_theirs_relayed() {
        let found = claims(
            "“No one objected when Delgado said that — when she was heard saying, quote, ‘a \
             seasoned lawyer with the depth of her training would reach a fairer \
             verdict,’” Hollis said.",
        );
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(
            found[1],
            triple(
                "Delgado",
                "Hollis",
                "a seasoned lawyer with the depth of her training would reach a fairer verdict,"
            )
        );
    }

    #[test]
    fn a_statement_quoted_by_another_is_its_authors() {
        let found = claims(
            "“Hillary Clinton's statement that she'd put Bill Clinton ‘in charge of reviving \
             the economy’ suggests she has changed course,” Reich wrote.",
        );
        assert_eq!(
            found.get(1),
            Some(&triple(
                "Hillary Clinton",
                "Reich",
                "in charge of reviving the economy"
            ))
        );
    }

    /// The inner quotations as they were found before the marks were looked for with
    /// `memchr`: every character of the quotation visited in turn.
    fn inner_quotations_char_by_char(text: &str, quote: Span) -> Vec<Span> {
        let body = quote.of(text);
        let mut found = Vec::new();
        let mut open: Option<(usize, char)> = None;
        let chars: Vec<(usize, char)> = body.char_indices().collect();
        for (n, &(i, c)) in chars.iter().enumerate() {
            let before = n.checked_sub(1).map(|p| chars[p].1);
            let after = chars.get(n + 1).map(|&(_, a)| a);
            step(&mut open, &mut found, quote.start, (i, c), before, after);
        }
        found
    }

    #[test]
    fn inner_quotations_are_those_a_walk_over_every_character_finds() {
        let texts = [
            "“When I said ‘we will win’ I meant it,” Kerry said.",
            "“He called it 'a disgrace' and 'unfair,' didn't he?” she asked.",
            "“The sign read \"No entry\" — ‘really’ — and 'nothing' else’s,” he said.",
            "'Quoted' at the start, ‘curly’, “double”, and it's 'unclosed",
            "“A ‘long one ” and ’ stray marks ‘ ’ ' ' \" \" ‘x’ 'y' \"z\" é‘ü’ (‘ok’)",
            "",
            "'",
            "‘’",
        ];
        for text in texts {
            for start in 0..=text.len() {
                for end in start..=text.len() {
                    if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
                        continue;
                    }
                    let quote = Span::new(start, end);
                    assert_eq!(
                        super::inner_quotations(text, quote),
                        inner_quotations_char_by_char(text, quote),
                        "{text:?} {start}..{end}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_speaker_quoting_their_own_words_relays_no_one() {
        let found = claims("“When I said ‘we will win’ I meant it,” Kerry said.");
        assert_eq!(found.len(), 1, "{found:?}");
    }
}
