//! Extract stage: sentences → `Claim`s (speaker, cue, kind, content, quote, relay, hedges,
//! negation, figures and days).
//!
//! The work is anchored on cheap signals: a sentence is parsed only when it holds an
//! attribution cue or a quotation. Inside it, the cue is located first and the speaker and
//! the content are then read off the tokens around it by hand.

mod claim;
pub mod dates;
mod english;
pub mod numbers;

use std::cell::OnceCell;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

pub use claim::{Claim, ClaimKind, Cue, DateMention, Quantity, Quote, Relay, Speaker};

use crate::article::{Article, Span};
use crate::rules::RuleSet;
use crate::text::{self, Quotation, Segmented, Sentence, Token, TokenKind};

/// How a cue word attributes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CueClass {
    /// "said", "told": attributes on its own.
    Plain,
    /// "believes", "found": attributes only before "that" or a quotation.
    NeedsThat,
    /// "according to".
    AccordingTo,
}

/// Rule-derived lookups built once and shared by every article.
pub struct Extractor<'r> {
    rules: &'r RuleSet,
    /// first word of a cue (lower case) → (remaining words, class)
    cues: CueTable,
    /// hedge phrases split into lower-case words
    hedges: Vec<Vec<String>>,
    /// First words of the hedges.
    hedge_starts: crate::words::WordSet,
    numbers: numbers::NumberReader,
    /// Finds the first words of cues anywhere in a text (case-insensitive): sentences
    /// without one are not tokenized for cues at all.
    cue_finder: Option<AhoCorasick>,
    /// Finds the boilerplate markers that may stand anywhere in a paragraph (those with a
    /// `/`, as `REUTERS/`); the others must open it.
    boilerplate_inside: Option<AhoCorasick>,
}

/// First word of a cue (lower case) → (remaining words, class), looked up for every word
/// of a sentence that may hold a cue.
type CueTable = crate::words::WordMap<Vec<(Vec<String>, CueClass)>>;

/// A cue found in a sentence: token range `[start, end)`.
#[derive(Debug, Clone, Copy)]
struct FoundCue {
    start: usize,
    end: usize,
    class: CueClass,
}

impl<'r> Extractor<'r> {
    pub fn new(rules: &'r RuleSet) -> Extractor<'r> {
        let mut cues = CueTable::default();
        let mut add = |phrase: &str, class: CueClass| {
            let mut words = phrase.split_whitespace().map(str::to_lowercase);
            if let Some(first) = words.next() {
                let class = if first == "according" {
                    CueClass::AccordingTo
                } else {
                    class
                };
                let entry = cues.entry(first).or_default();
                entry.push((words.collect(), class));
                // Longest phrases first so "pointed out" wins over "pointed".
                entry.sort_by_key(|e| std::cmp::Reverse(e.0.len()));
            }
        };
        for cue in &rules.attribution.cues {
            add(cue, CueClass::Plain);
        }
        for cue in &rules.attribution.that_cues {
            add(cue, CueClass::NeedsThat);
        }
        let hedges: Vec<Vec<String>> = rules
            .attribution
            .hedges
            .iter()
            .map(|h| h.split_whitespace().map(str::to_lowercase).collect())
            .collect();
        let hedge_starts = hedges.iter().filter_map(|h| h.first().cloned()).collect();
        let mut first_words: Vec<&String> = cues.keys().collect();
        first_words.sort();
        let cue_finder = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::DFA))
            .build(first_words)
            .ok();
        let boilerplate_inside = AhoCorasick::new(
            rules
                .attribution
                .boilerplate
                .iter()
                .filter(|b| b.contains('/')),
        )
        .ok();
        Extractor {
            rules,
            cues,
            hedges,
            hedge_starts,
            numbers: numbers::NumberReader::new(rules),
            cue_finder,
            boilerplate_inside,
        }
    }

    /// Every claim in one article, in text order, numbered `article#1`, `article#2`, ….
    pub fn claims(&self, article: &Article) -> Vec<Claim> {
        let text = article.text.as_str();
        let segmented = text::segment(text, self.rules);
        let mut claims: Vec<Claim> = Vec::new();
        let mut last_quoted_speaker: Option<(usize, Speaker, Option<Cue>)> = None;
        let cue_hits: Option<Vec<usize>> = self.cue_finder.as_ref().map(|finder| {
            let bytes = text.as_bytes();
            finder
                .find_iter(text)
                .filter(|m| {
                    // Whole words only: "add" in "address" is no cue.
                    (m.start() == 0 || !bytes[m.start() - 1].is_ascii_alphanumeric())
                        && bytes
                            .get(m.end())
                            .is_none_or(|b| !b.is_ascii_alphanumeric())
                })
                .map(|m| m.start())
                .collect()
        });
        let furniture: Vec<bool> = segmented
            .paragraphs
            .iter()
            .map(|p| self.is_boilerplate(p.of(text)))
            .collect();
        for sentence in &segmented.sentences {
            if furniture.get(sentence.paragraph).copied().unwrap_or(false) {
                continue;
            }
            let before = claims.len();
            // Tokenized at most once, and only when a reader needs the tokens.
            let words = OnceCell::new();
            let may_hold_cue = match &cue_hits {
                Some(hits) => {
                    let first = hits.partition_point(|&h| h < sentence.span.start);
                    hits.get(first).is_some_and(|&h| h < sentence.span.end)
                }
                None => true,
            };
            if may_hold_cue {
                self.sentence_claims(article, &segmented, sentence, &words, &mut claims);
            }
            if claims.len() == before {
                if let Some(claim) = self.continued_quote(
                    article,
                    &segmented,
                    sentence,
                    &words,
                    &last_quoted_speaker,
                ) {
                    // The quote goes on: the claim it continues grows to take it in.
                    match claims.last_mut() {
                        Some(prev)
                            if (prev.kind == ClaimKind::Direct
                                || prev.kind == ClaimKind::Partial
                                    && prev.content.ends_with(['"', '”', '\'']))
                                && prev.speaker.as_ref().map(|s| s.span)
                                    == claim.speaker.as_ref().map(|s| s.span)
                                && words_between(
                                    text,
                                    prev.content_span.end,
                                    claim.content_span.start,
                                ) <= MAX_ATTRIBUTION_GAP =>
                        {
                            extend_quote(text, prev, claim);
                            // A quote over several paragraphs goes on from this one.
                            if let Some(last) = last_quoted_speaker.as_mut() {
                                last.0 = sentence.paragraph;
                            }
                        }
                        _ => claims.push(claim),
                    }
                } else if let Some(claim) =
                    self.labelled_speech(article, &segmented, sentence, &words)
                {
                    claims.push(claim);
                } else if let Some(claim) = self.assertion(article, sentence, &words) {
                    claims.push(claim);
                }
            }
            if let Some(last) = claims[before..].iter().rev().find(|c| {
                matches!(c.kind, ClaimKind::Direct | ClaimKind::Partial) && c.speaker.is_some()
            }) && let Some(speaker) = &last.speaker
            {
                last_quoted_speaker = Some((sentence.paragraph, speaker.clone(), last.cue.clone()));
            }
        }
        for (n, claim) in claims.iter_mut().enumerate() {
            claim.id = format!("{}#{}", article.id, n + 1);
        }
        claims
    }

    /// The sentence's tokens, made on first use.
    fn words<'c>(&self, cell: &'c OnceCell<Words>, text: &str, sentence: &Sentence) -> &'c Words {
        cell.get_or_init(|| {
            let tokens = text::tokenize(text, sentence.span, self.rules);
            Words::new(text, sentence.span, tokens)
        })
    }

    /// Captions, credits and links (`Read more:`, `Pictured:`, `REUTERS/…`).
    fn is_boilerplate(&self, paragraph: &str) -> bool {
        let inside = match &self.boilerplate_inside {
            Some(finder) => finder.is_match(paragraph),
            None => self
                .rules
                .attribution
                .boilerplate
                .iter()
                .any(|b| b.contains('/') && paragraph.contains(b.as_str())),
        };
        inside
            || self.rules.attribution.boilerplate.iter().any(|b| {
                // The first byte rules out most markers before a full comparison.
                (b.is_empty() || paragraph.as_bytes().first() == b.as_bytes().first())
                    && !b.contains('/')
                    && paragraph.starts_with(b.as_str())
            })
    }

    fn find_cues(
        &self,
        text: &str,
        tokens: &[Token],
        lower_words: &[&str],
        quoted: &[bool],
    ) -> Vec<FoundCue> {
        let mut found = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            if quoted[i] || !tokens[i].is_word() {
                i += 1;
                continue;
            }
            // Cues are short ASCII words: others are passed over.
            let word = tokens[i].text(text);
            if word.len() > MAX_CUE_WORD || !word.is_ascii() {
                i += 1;
                continue;
            }
            let lower = lower_words[i];
            if !self.cues.contains_key(lower) {
                i += 1;
                continue;
            }
            let mut matched = None;
            // A verb cue is written in lower case ("State" and "States" are names) and is
            // not a noun after a determiner ("a cautionary note").
            let capital_inside = i > 0 && tokens[i].is_capitalized(text) && lower != "according";
            let past = lower.ends_with("ed")
                || matches!(
                    lower,
                    "said" | "told" | "wrote" | "thought" | "knew" | "felt" | "found"
                );
            let noun_use = !past
                && ((i > 0 && english::is_determiner(lower_words[i - 1]))
                    || (i > 1
                        && !lower.ends_with('s')
                        && english::is_determiner(lower_words[i - 2])
                        && !tokens[i - 1].is_capitalized(text)
                        && tokens[i - 1].is_word()));
            let options = if capital_inside || noun_use {
                None
            } else {
                self.cues.get(lower)
            };
            if let Some(options) = options {
                for (rest, class) in options {
                    let fits = rest.iter().enumerate().all(|(k, w)| {
                        tokens.get(i + 1 + k).is_some_and(|t| {
                            !quoted[i + 1 + k] && t.text(text).eq_ignore_ascii_case(w)
                        })
                    });
                    // A verb with its own particle is another verb: "ruled out", "called
                    // off", "backed down" (listed phrases such as "pointed out" match first).
                    let particle = rest.is_empty()
                        && tokens.get(i + 1).is_some_and(|t| {
                            matches!(
                                t.text(text).to_ascii_lowercase().as_str(),
                                "out" | "off" | "up" | "down" | "away" | "back"
                            )
                        });
                    if fits && !particle {
                        matched = Some(FoundCue {
                            start: i,
                            end: i + 1 + rest.len(),
                            class: *class,
                        });
                        break;
                    }
                }
            }
            match matched {
                Some(cue) => {
                    i = cue.end;
                    found.push(cue);
                }
                None => i += 1,
            }
        }
        found
    }

    fn sentence_claims(
        &self,
        article: &Article,
        segmented: &Segmented,
        sentence: &Sentence,
        words: &OnceCell<Words>,
        claims: &mut Vec<Claim>,
    ) {
        let text = article.text.as_str();
        let quotations = segmented.quotations_in(sentence.span);
        let words = self.words(words, text, sentence);
        let tokens = &words.tokens;
        let lower = words.lower();
        // Quotations are sorted and disjoint: only the last one opening before a token can
        // hold it (a lookup, not a scan, so thousands of quotes in a sentence stay cheap).
        let quoted: Vec<bool> = tokens
            .iter()
            .map(|t| {
                let n = quotations.partition_point(|q| q.inner.start <= t.span.start);
                n > 0 && quotations[n - 1].inner.contains(t.span)
            })
            .collect();
        let cues = self.find_cues(text, tokens, &lower, &quoted);
        if cues.is_empty() {
            return;
        }
        let ctx = SentenceCtx {
            text,
            article,
            sentence: *sentence,
            tokens,
            lower: &lower,
            quoted: &quoted,
            quotations,
        };
        let first_new = claims.len();
        let mut covered: Vec<Span> = Vec::new();
        for (n, cue) in cues.iter().enumerate() {
            let cue_span = ctx.span(cue.start, cue.end);
            if covered.iter().any(|c| c.contains(cue_span)) {
                continue;
            }
            let next_cue = cues.get(n + 1).map(|c| c.start);
            if let Some(prev) = claims[first_new..].last_mut()
                && prev.via.is_none()
                && let Some(relay) = self.reported_relay(&ctx, *cue, prev)
            {
                prev.span.end = prev.span.end.max(relay.span.end);
                prev.via = Some(relay);
                continue;
            }
            let Some(mut claim) = self.read_attribution(&ctx, *cue, next_cue, &claims[first_new..])
            else {
                continue;
            };
            // "…, Kerry said, according to Reuters": the relay belongs to the claim before.
            if claim.kind == ClaimKind::AccordingTo
                && let Some(prev) = claims[first_new..].last_mut()
                && prev.span.end <= cue_span.start
                && prev.via.is_none()
                && claim.content_span.start < prev.span.end
            {
                let relay = claim.speaker.map(|s| s.text).unwrap_or_default();
                let span = Span::new(cue_span.start, claim.span.end.max(cue_span.end));
                prev.via = Some(Relay {
                    text: relay,
                    span: trim_end_punct(text, span),
                });
                prev.span.end = prev.span.end.max(claim.span.end);
                continue;
            }
            covered.push(claim.content_span);
            self.annotate(&ctx, &mut claim);
            claims.push(claim);
        }
    }

    /// Reads the claim around one cue, or nothing when the cue does not attribute here.
    ///
    /// The attribution (speaker and cue) is found first; what was said is then either the
    /// clause before it (`"…," Kerry said.`, `…, Miliband said.`), both sides of it when it
    /// stands inside the sentence (`X, he said, Y.`), or what follows it (`Kerry said …`).
    fn read_attribution(
        &self,
        ctx: &SentenceCtx<'_>,
        cue: FoundCue,
        next_cue: Option<usize>,
        earlier: &[Claim],
    ) -> Option<Claim> {
        let text = ctx.text;
        let tokens = ctx.tokens;
        let cue_span = ctx.span(cue.start, cue.end);
        if cue.class == CueClass::AccordingTo {
            return self.according_to(ctx, cue);
        }
        let lower = cue_span.of(text).to_lowercase();
        if cue.start > 0 && self.not_a_speech_verb(ctx, cue.start, &lower) {
            return None;
        }

        // Who is speaking: the words after the cue when it follows a comma or a quotation
        // (`…, said Kerry.`), the words before it, or, for a participle (`…, adding that`)
        // or a second verb (`… and said`), the speaker of the claim before.
        let participle =
            english::is_participle(&lower) && cue.start > 0 && ctx.tok(cue.start - 1) == ",";
        // `Said Ellis: "…"` opens the sentence with the cue.
        let opens_sentence = cue.start == 0 && ctx.tokens[0].is_capitalized(text);
        let after_break = opens_sentence
            || cue.start > 0 && (ctx.tok(cue.start - 1) == "," || is_mark(ctx.tok(cue.start - 1)));
        let inverted = if after_break && !participle {
            self.speaker_after(ctx, cue.end).filter(|&(s, e)| {
                // `said Rep. G.K. Butterfield (D-N.C.), head of …`: a parenthesis after the
                // name (party and state, an agency) ends it too.
                let ends = e >= tokens.len()
                    || ctx.quoted_at(e)
                    || matches!(ctx.tok(e), "," | "." | ";" | "?" | "!" | ":" | "(")
                    || is_mark(ctx.tok(e))
                    // `said one adviser to Bill Clinton.`, `said a strategist who …`
                    || self.modifier_follows(ctx, e);
                // `Jo-Renee Formicola, a professor, described Trump's approach …`: the
                // sentence's subject stands before the cue, and what follows is an object.
                let subject_before = self
                    .speaker_before(ctx, cue.start)
                    .is_some_and(|(b, _)| b == 0);
                let possessive = (s..e).any(|i| {
                    let w = ctx.tok(i);
                    w.ends_with("'s") || w.ends_with("’s")
                });
                // `The campaign chairman, Phil Lovas, said he cannot comment`: a pronoun
                // followed by more words opens what was said; only "…, said he." is a speaker.
                let clause = e - s > 1 && english::is_subject_pronoun(ctx.low(s));
                ends && !subject_before && !possessive && !clause
            })
        } else {
            None
        };
        // `AFP quoted Kerry as saying …`: Kerry speaks, AFP relays.
        let quoted_as = self.quoted_as_saying(ctx, cue.start, &lower);
        let speaker_range = if let Some((speaker, _)) = quoted_as {
            Some(speaker)
        } else if inverted.is_some() {
            inverted
        } else if participle {
            None
        } else {
            self.speaker_before(ctx, cue.start)
        };
        let inherited = if speaker_range.is_none() {
            earlier.last().and_then(|c| c.speaker.clone())
        } else {
            None
        };
        let speaker_range = speaker_range.or_else(|| {
            if inherited.is_some() {
                None
            } else {
                self.subject_fallback(ctx, cue.start)
            }
        });
        if speaker_range.is_none() && inherited.is_none() {
            return None;
        }

        // Where the attribution ends: after the cue, the inverted speaker, the person told
        // and adjuncts ("told reporters in Munich on Friday").
        let attribution_end = inverted.map_or(cue.end, |(_, e)| e.max(cue.end));
        let after = self.skip_adjuncts(ctx, self.skip_object(ctx, attribution_end, &lower), false);
        let lead = if inverted.is_some() {
            cue.start
        } else {
            speaker_range.map_or(cue.start, |(s, _)| s)
        };
        // Claims already read in this sentence bound the clause before.
        let floor = earlier
            .last()
            .map_or(0, |c| tokens.partition_point(|t| t.span.start < c.span.end));
        let before = self.clause_before_attribution(ctx, floor, lead);
        let rest = AfterAttribution::of(ctx, after);
        if let Some((content, quoted_clause)) = before {
            let take_before = match rest {
                AfterAttribution::End | AfterAttribution::Aside => true,
                AfterAttribution::Quote(_) | AfterAttribution::Colon => quoted_clause,
                // `"…," Kerry told reporters in a long news conference, …`.
                // When words stand before the quotation (`On this weekend’s broadcast of
                // "Fox News Sunday," Pence said his …`), the quotation is a title or an
                // aside, and the clause after the cue is what was said.
                AfterAttribution::Clause => {
                    let opens_with_quote = ctx.quotations.iter().any(|q| q.inner == content);
                    quoted_clause && opens_with_quote && !english::is_complementizer(ctx.low(after))
                }
            };
            if take_before && !(participle && inherited.is_some()) {
                let mut content = content;
                let mut end = ctx.span(lead, after).end.max(cue_span.end);
                match rest {
                    // `"…," he said of Trump, "…"`: the quotation goes on.
                    AfterAttribution::Quote(q) => {
                        content = Span::new(content.start, q.inner.end);
                        end = q.outer.end;
                    }
                    // `A wall would not only …, she said, but also …`: the attribution
                    // stands inside what was said.
                    AfterAttribution::Aside if !quoted_clause && inverted.is_none() => {
                        let stop = self.content_end(ctx, after + 1, next_cue);
                        let tail = trim_end_punct(text, ctx.span(after + 1, stop));
                        if !tail.is_empty()
                            && !self.opens_new_claim(ctx, after + 1)
                            && !english::is_preposition(ctx.low(after + 1))
                        {
                            content = Span::new(content.start, tail.end);
                            end = tail.end;
                        }
                    }
                    _ => {}
                }
                let kind = if quoted_clause && ctx.quotations.iter().any(|q| q.inner == content) {
                    ClaimKind::Direct
                } else {
                    self.kind_for(ctx, content)
                };
                // The attribution starts at the opening quotation mark, if there is one.
                let start = ctx
                    .quotations
                    .iter()
                    .find(|q| q.inner.start == content.start)
                    .map_or(content.start, |q| q.outer.start);
                let span = trim_end_punct(text, Span::new(start, end));
                let mut claim = self.claim(ctx, kind, speaker_range, cue_span, content, span);
                if speaker_range.is_none() {
                    claim.speaker = inherited;
                }
                return Some(claim);
            }
        }

        // What follows the cue: a quotation (`Kerry said: "…"`) or a clause.
        if inverted.is_some() && !opens_sentence {
            return None;
        }
        let object_skipped = self.skip_object(ctx, attribution_end, &lower);
        let mut start = self.skip_adjuncts(ctx, object_skipped, true);
        if start >= tokens.len() {
            return None;
        }
        let mut has_that = false;
        if english::is_complementizer(ctx.low(start)) {
            has_that = true;
            start += 1;
        }
        while start < tokens.len() && matches!(ctx.tok(start), ":" | ",") {
            start += 1;
        }
        if start >= tokens.len() {
            return None;
        }
        let starts_quote = ctx.quotations.iter().find(|q| {
            q.outer.start <= tokens[start].span.start && tokens[start].span.start <= q.inner.start
        });
        // "Kerry believes he can …": a clause opened by a subject pronoun needs no "that".
        let pronoun_clause = ctx.tokens[start].is_word()
            && english::is_subject_pronoun(
                ctx.tok(start)
                    .split(['\'', '’'])
                    .next()
                    .unwrap_or("")
                    .to_lowercase()
                    .as_str(),
            );
        if cue.class == CueClass::NeedsThat
            && !has_that
            && starts_quote.is_none()
            && !pronoun_clause
        {
            return None;
        }
        // `A merger announced Monday would …`: a participle after a noun, not a cue.
        let first = ctx.low(start);
        if starts_quote.is_none()
            && english::is_auxiliary(first)
            && lower.ends_with("ed")
            && !has_that
        {
            return None;
        }
        let mut end_tok = self.content_end(ctx, start, next_cue);
        // `While Turkey said they could …, both nations have …`: a subordinate attribution
        // ends at the comma that closes it.
        let lead = speaker_range.map_or(cue.start, |(s, _)| s);
        if lead > 0 && english::subordinates(ctx.low(lead - 1)) {
            end_tok = (start + 1..end_tok)
                .find(|&i| ctx.tok(i) == "," && !ctx.quoted_at(i))
                .unwrap_or(end_tok);
        }
        let mut content = trim_end_punct(text, ctx.span(start, end_tok));
        // `Sanders said, "We'll see," when asked …`: a quotation that opens the content and
        // ends on a stop or comma is what was said.
        if let Some(q) = starts_quote
            && (q.outer.end >= content.end
                || q.inner.end >= content.end
                || q.closed && q.inner.of(text).ends_with([',', '.', '?', '!']))
        {
            content = q.inner;
        }
        // `did not say when`, `said basically`, `said with logic`: a lone function word or
        // adverb says nothing.
        let said = content.of(text);
        let first_word = said.split_whitespace().next().unwrap_or("").to_lowercase();
        let short = said.split_whitespace().count() <= 2 && starts_quote.is_none();
        if !said.chars().any(char::is_alphanumeric)
            || !said.contains(' ') && english::ends_speaker(&said.to_lowercase())
            || short
                && (english::is_preposition(&first_word)
                    || first_word.ends_with("ly")
                    || matches!(first_word.as_str(), "enough" | "so" | "too" | "again"))
        {
            return None;
        }
        let kind = if starts_quote.is_some_and(|q| q.inner == content) {
            ClaimKind::Direct
        } else {
            self.kind_for(ctx, content)
        };
        let span_start = quoted_as
            .and_then(|(_, relay)| relay)
            .or(speaker_range)
            .map_or(cue_span.start, |(s, _)| tokens[s].span.start);
        let span = Span::new(span_start, content.end.max(cue_span.end));
        let mut claim = self.claim(ctx, kind, speaker_range, cue_span, content, span);
        if speaker_range.is_none() {
            claim.speaker = inherited;
        }
        if let Some((_, Some((s, e)))) = quoted_as {
            let span = ctx.span(s, e);
            claim.via = Some(Relay {
                text: span.of(text).to_string(),
                span,
            });
        }
        Some(claim)
    }

    /// `AFP quoted Kerry as saying`: the speaker (Kerry) and the relay (AFP) when the
    /// cue at token `cue` is the `saying` of that pattern.
    #[allow(clippy::type_complexity)]
    fn quoted_as_saying(
        &self,
        ctx: &SentenceCtx<'_>,
        cue: usize,
        lower: &str,
    ) -> Option<((usize, usize), Option<(usize, usize)>)> {
        if lower != "saying" || cue < 3 || !ctx.tok(cue - 1).eq_ignore_ascii_case("as") {
            return None;
        }
        let (s, e) = self.mention_ending_at(ctx, cue - 1)?;
        if s == 0 || !english::relays_quote(ctx.low(s - 1)) {
            return None;
        }
        Some(((s, e), self.speaker_before(ctx, s - 1)))
    }

    /// `Kerry said …, Reuters reported.`: the outlet named after the claim before, as its
    /// relay (text and span), when the cue at `cue` closes the sentence that way.
    fn reported_relay(&self, ctx: &SentenceCtx<'_>, cue: FoundCue, prev: &Claim) -> Option<Relay> {
        let lower = ctx.low(cue.start);
        if !matches!(lower, "reported" | "reports" | "reporting") {
            return None;
        }
        let (s, e) = self.speaker_before(ctx, cue.start)?;
        let follows = s > 0
            && ctx.tok(s - 1) == ","
            && ctx.tokens[s - 1].span.start <= prev.span.end + 2
            && ctx.tokens[s - 1].span.start >= prev.content_span.end;
        let closes = matches!(AfterAttribution::of(ctx, cue.end), AfterAttribution::End);
        (follows && closes).then(|| {
            let span = ctx.span(s, e);
            Relay {
                text: span.of(ctx.text).to_string(),
                span: ctx.span(s, cue.end),
            }
        })
    }

    /// Whether the words from token `i` to the next punctuation only modify the mention
    /// before them (`to Bill Clinton`, `who spoke on condition of anonymity`).
    fn modifier_follows(&self, ctx: &SentenceCtx<'_>, i: usize) -> bool {
        let first = ctx.low(i);
        if !(english::is_preposition(first) || matches!(first, "who" | "whose")) {
            return false;
        }
        let mut j = i;
        while j < ctx.tokens.len() && ctx.tokens[j].is_word() && !ctx.quoted_at(j) {
            let lower = ctx.low(j);
            if j > i && (english::is_complementizer(lower) || self.cues.contains_key(lower)) {
                return false;
            }
            j += 1;
            if j - i > 14 {
                return false;
            }
        }
        true
    }

    /// A cue word used otherwise than as a verb of saying: passive (`was told`, `is
    /// expected`), an adjective (`the announced expansion`), a noun (`Trump's tweet`).
    fn not_a_speech_verb(&self, ctx: &SentenceCtx<'_>, cue: usize, lower: &str) -> bool {
        let prev = ctx.low(cue - 1);
        let participle_form = lower.ends_with("ed")
            || matches!(
                lower,
                "said" | "told" | "written" | "thought" | "known" | "found" | "shown" | "felt"
            );
        let passive = participle_form
            && (english::is_be_form(prev)
                || (cue >= 2
                    && english::is_be_form(ctx.low(cue - 2))
                    && english::between_speaker_and_cue(prev)
                    && !english::is_be_form(prev)));
        let modifier = english::is_determiner(prev)
            && !english::is_pronoun(prev)
            && !matches!(
                prev,
                "one" | "two" | "three" | "several" | "some" | "many" | "most" | "both" | "other"
            )
            || prev.ends_with("'s")
            || prev.ends_with("’s");
        // "At the time of writing", "after saying": a gerund after a preposition.
        let gerund = lower.ends_with("ing")
            && matches!(
                prev,
                "of" | "at" | "in" | "for" | "on" | "to" | "after" | "before" | "without"
            );
        passive || modifier || gerund
    }

    /// The clause that ends right before the attribution starting at token `lead`, from
    /// token `floor`: `"…,"` (a quotation: its inner words, and true) or `In the past week,
    /// …,` (the words up to the comma, and false). `None` when the attribution does not
    /// follow a comma or a closing quotation mark.
    fn clause_before_attribution(
        &self,
        ctx: &SentenceCtx<'_>,
        floor: usize,
        lead: usize,
    ) -> Option<(Span, bool)> {
        if lead <= floor + 1 {
            return None;
        }
        let prev = ctx.tok(lead - 1);
        if prev != "," && !is_mark(prev) && prev != "—" {
            return None;
        }
        let lead_start = ctx.tokens[lead].span.start;
        // A quotation that ends right before (only punctuation between).
        let quote = ctx.quotations.iter().rev().find(|q| {
            q.closed && q.outer.end <= lead_start && ctx.tokens[floor].span.start <= q.outer.start
        });
        if let Some(q) = quote
            && ctx.text[q.outer.end..lead_start]
                .chars()
                .all(|c| !c.is_alphanumeric())
        {
            let first = ctx.tokens[floor].span.start;
            // Only punctuation or a joining word before the quotation: `…, and "…," he said`.
            let opens_clause = ctx.text[first..q.outer.start]
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .all(|w| {
                    matches!(
                        w.to_lowercase().as_str(),
                        "and" | "but" | "or" | "so" | "yet" | "then"
                    )
                });
            if opens_clause {
                return Some((q.inner, true));
            }
            // `Germany should expand "as quickly as possible," said Mr. Bartels`.
            let span = trim_end_punct(ctx.text, Span::new(first, q.outer.end));
            return Some((span, true));
        }
        if prev != "," {
            return None;
        }
        let span = trim_end_punct(ctx.text, ctx.span(floor, lead - 1));
        (!span.is_empty()).then_some((span, false))
    }

    /// Whether the words from token `i` start an attribution of their own (`…, who …`,
    /// `…, adding …`) rather than continue what was said.
    fn opens_new_claim(&self, ctx: &SentenceCtx<'_>, i: usize) -> bool {
        let lower = ctx.low(i);
        matches!(
            lower,
            "who" | "which" | "whose" | "where" | "when" | "as" | "according" | "referring"
        ) || english::is_participle(lower)
            || self.cues.contains_key(lower)
    }

    /// Where content starting at token `start` ends: before the next attribution, before a
    /// clause joined by `, but`, `; `, `, while` (unless it goes on with `that`), before a
    /// colon that opens a quotation, or at the sentence end.
    fn content_end(&self, ctx: &SentenceCtx<'_>, start: usize, next_cue: Option<usize>) -> usize {
        let tokens = ctx.tokens;
        let mut end_tok = tokens.len();
        if let Some(next) = next_cue.filter(|&n| n > start) {
            // "…, Kerry said, according to Reuters", "…, he added" and "… and said" end
            // the content.
            if next >= 2 && matches!(ctx.tok(next - 1), "," | "and") {
                end_tok = next - 1;
            } else if let Some((s, _)) = self.speaker_before(ctx, next)
                && s > start
                && ctx.tok(s - 1) == ","
            {
                end_tok = s - 1;
            }
        }
        for i in start + 1..end_tok {
            if ctx.quoted_at(i) {
                continue;
            }
            let t = ctx.tok(i);
            let next = ctx.low(i + 1);
            let stop = match t {
                ";" => true,
                // `… to join the ranks, and criticized the party`: the speaker's next deed.
                "and" => {
                    ctx.tok(i - 1) == ","
                        && next.len() > 4
                        && next.ends_with("ed")
                        && !ctx
                            .tokens
                            .get(i + 1)
                            .is_some_and(|t| t.is_capitalized(ctx.text))
                }
                ":" => is_mark(ctx.tok(i + 1)),
                "," => {
                    english::joins_new_clause(next) && !ctx.tok(i + 2).eq_ignore_ascii_case("that")
                }
                _ => false,
            };
            if stop {
                return i;
            }
        }
        end_tok
    }

    /// `according to X, …` or `…, according to X`.
    fn according_to(&self, ctx: &SentenceCtx<'_>, cue: FoundCue) -> Option<Claim> {
        let tokens = ctx.tokens;
        let (s, e) = self.speaker_after(ctx, cue.end)?;
        let cue_span = ctx.span(cue.start, cue.end);
        // The source runs to the next comma: "according to a poll from X broadcast on Y,".
        let source_end = (e..tokens.len().min(e + 25))
            .find(|&i| ctx.tok(i) == "," && !ctx.quoted_at(i))
            .filter(|&i| !ctx.only_punct_from(i + 1));
        let after = source_end.map(|i| trim_end_punct(ctx.text, ctx.span(i + 1, tokens.len())));
        let leads = (0..cue.start)
            .all(|i| matches!(ctx.low(i), "but" | "and" | "yet" | "still" | "so" | "also"));
        let content = if leads {
            // Sentence-initial: what follows the comma after the source.
            after?
        } else if ctx.tok(cue.start - 1) == "," {
            let before = ctx.clause_before(cue.start - 1);
            // `One of the decisions, according to a person close to it, is to …`: the
            // source stands inside what it says.
            match (after, source_end) {
                (Some(rest), Some(i))
                    if !self.opens_new_claim(ctx, i + 1)
                        && !english::joins_new_clause(ctx.low(i + 1))
                        && !english::is_preposition(ctx.low(i + 1))
                        && ctx.tokens[i + 1].is_word()
                        && !ctx.tokens[i + 1].is_capitalized(ctx.text) =>
                {
                    Span::new(before.start, rest.end)
                }
                _ => before,
            }
        } else {
            trim_end_punct(ctx.text, ctx.span(0, cue.start))
        };
        if !content.of(ctx.text).chars().any(char::is_alphanumeric) {
            return None;
        }
        let span = Span::new(
            content.start.min(cue_span.start),
            content.end.max(ctx.span(s, e).end),
        );
        let mut claim = self.claim(
            ctx,
            ClaimKind::AccordingTo,
            Some((s, e)),
            cue_span,
            content,
            span,
        );
        if let Some(q) = ctx.quotations.iter().find(|q| q.inner == content) {
            claim.quote = Some(Quote {
                text: q.inner.of(ctx.text).to_string(),
                span: q.inner,
            });
        }
        Some(claim)
    }

    fn kind_for(&self, ctx: &SentenceCtx<'_>, content: Span) -> ClaimKind {
        let inside: Vec<&Quotation> = ctx
            .quotations
            .iter()
            .filter(|q| content.contains(q.inner) || q.inner.contains(content))
            .collect();
        match inside.as_slice() {
            [] => ClaimKind::Indirect,
            [q] if q.inner.contains(content) || q.inner == content => ClaimKind::Direct,
            _ => ClaimKind::Partial,
        }
    }

    fn claim(
        &self,
        ctx: &SentenceCtx<'_>,
        kind: ClaimKind,
        speaker: Option<(usize, usize)>,
        cue: Span,
        content: Span,
        span: Span,
    ) -> Claim {
        let text = ctx.text;
        let quote = ctx
            .quotations
            .iter()
            .find(|q| content.overlaps(q.inner))
            .map(|q| {
                let span = if kind == ClaimKind::Direct {
                    content
                } else {
                    q.inner
                };
                Quote {
                    text: span.of(text).to_string(),
                    span,
                }
            });
        Claim {
            id: String::new(),
            article: ctx.article.id.clone(),
            kind,
            speaker: speaker.map(|(s, e)| {
                let span = ctx.span(s, e);
                Speaker {
                    text: span.of(text).to_string(),
                    span: Some(span),
                    entity: None,
                    role: None,
                }
            }),
            cue: Some(Cue {
                text: cue.of(text).to_string(),
                span: cue,
            }),
            via: None,
            hedged: false,
            negated: false,
            modality: None,
            content: content.of(text).to_string(),
            quote,
            span: Span::new(span.start.min(content.start), span.end.max(content.end)),
            content_span: content,
            sentence: ctx.sentence.span,
            numbers: Vec::new(),
            dates: Vec::new(),
            entities: Vec::new(),
        }
    }

    /// Hedges, negation, modality, figures and days.
    fn annotate(&self, ctx: &SentenceCtx<'_>, claim: &mut Claim) {
        let text = ctx.text;
        // Only the tokens around the claim are read: a sentence may hold thousands of claims.
        let window = token_window(ctx.tokens, claim.span, WINDOW_MARGIN);
        let tokens = &ctx.tokens[window.clone()];
        let lower = &ctx.lower[window];
        let mut words: Vec<(Span, &str)> = Vec::with_capacity(tokens.len());
        words.extend(
            tokens
                .iter()
                .zip(lower)
                .filter(|(t, _)| t.is_word())
                .map(|(t, w)| (t.span, *w)),
        );
        let in_attribution =
            |span: Span| claim.span.contains(span) && !claim.content_span.contains(span);
        let in_content = |span: Span| claim.content_span.contains(span);
        // Hedges are looked for only where a word starts one.
        claim.hedged = words.iter().enumerate().any(|(k, &(span, w))| {
            self.hedge_starts.contains(w)
                && self.hedges.iter().any(|hedge| {
                    words.get(k..k + hedge.len()).is_some_and(|ws| {
                        !hedge.is_empty() && ws.iter().zip(hedge).all(|((_, a), b)| a == b)
                    }) && (in_attribution(span) || in_content(span) && hedge.len() == 1)
                })
        });
        claim.negated = words.iter().any(|(span, w)| {
            in_content(*span)
                && (self.rules.is_negation(w) || w.ends_with("n't") || w.ends_with("n’t"))
        });
        claim.modality = words
            .iter()
            .find(|(span, w)| {
                in_content(*span)
                    && matches!(*w, "could" | "may" | "might" | "would" | "should" | "can")
            })
            .map(|(_, w)| w.to_string());
        claim.numbers = self
            .numbers
            .read_lower(text, tokens, lower, claim.content_span);
        claim.dates = dates::read_lower(text, tokens, lower, claim.content_span, ctx.article.date);
    }

    /// `Clinton: "Our goal is to defeat ISIS."` and transcript lines (`JOEL BENENSON: This
    /// is a man who …`): a name, a colon and what was said, opening a paragraph.
    fn labelled_speech(
        &self,
        article: &Article,
        segmented: &Segmented,
        sentence: &Sentence,
        words: &OnceCell<Words>,
    ) -> Option<Claim> {
        let text = article.text.as_str();
        let paragraph = *segmented.paragraphs.get(sentence.paragraph)?;
        if sentence.span.start != paragraph.start {
            return None;
        }
        // Cheap test first: a colon within the first few words.
        let mut head_end = sentence.span.end.min(sentence.span.start + 48);
        while !text.is_char_boundary(head_end) {
            head_end -= 1;
        }
        let head = &text[sentence.span.start..head_end];
        let colon = head.find(':')?;
        if head[..colon].split_whitespace().count() > 4 {
            return None;
        }
        let words = self.words(words, text, sentence);
        let tokens = &words.tokens;
        let colon_at = tokens.iter().position(|t| t.text(text) == ":")?;
        let names_only = colon_at > 0
            && tokens[..colon_at]
                .iter()
                .all(|t| t.is_word() && t.is_capitalized(text))
            && (colon_at > 1 || tokens[0].text(text).chars().count() > 1);
        if !names_only || colon_at + 1 >= tokens.len() {
            return None;
        }
        let quotations = segmented.quotations_in(sentence.span);
        let ctx = SentenceCtx {
            text,
            article,
            sentence: *sentence,
            tokens,
            lower: &words.lower(),
            quoted: &[],
            quotations,
        };
        let rest = ctx.tokens[colon_at + 1].span.start;
        let (kind, content) = match quotations.iter().find(|q| q.outer.start == rest) {
            Some(q) => (ClaimKind::Direct, q.inner),
            // Without quotation marks only a transcript's capitals mark a speaker.
            None if tokens[..colon_at]
                .iter()
                .all(|t| !t.text(text).chars().any(char::is_lowercase)) =>
            {
                (
                    ClaimKind::Indirect,
                    trim_end_punct(text, Span::new(rest, sentence.span.end)),
                )
            }
            None => return None,
        };
        if !content.of(text).chars().any(char::is_alphanumeric) {
            return None;
        }
        let speaker = ctx.span(0, colon_at);
        let cue = ctx.span(colon_at, colon_at + 1);
        let mut claim = self.claim(
            &ctx,
            kind,
            Some((0, colon_at)),
            cue,
            content,
            Span::new(speaker.start, content.end),
        );
        self.annotate(&ctx, &mut claim);
        Some(claim)
    }

    /// A sentence that is only a quotation, right after a quoted claim in the same paragraph,
    /// continues that speaker's quote.
    fn continued_quote(
        &self,
        article: &Article,
        segmented: &Segmented,
        sentence: &Sentence,
        words: &OnceCell<Words>,
        last: &Option<(usize, Speaker, Option<Cue>)>,
    ) -> Option<Claim> {
        let (paragraph, speaker, cue) = last.as_ref()?;
        if sentence.paragraph > paragraph + 1 {
            return None;
        }
        let text = article.text.as_str();
        let quotations = segmented.quotations_in(sentence.span);
        let [quote] = quotations else { return None };
        let rest = text[sentence.span.start..quote.outer.start]
            .trim()
            .is_empty()
            && text[quote.outer.end.min(sentence.span.end)..sentence.span.end]
                .chars()
                .all(|c| !c.is_alphanumeric());
        if !rest || quote.inner.is_empty() {
            return None;
        }
        let words = self.words(words, text, sentence);
        let ctx = SentenceCtx {
            text,
            article,
            sentence: *sentence,
            tokens: &words.tokens,
            lower: &words.lower(),
            quoted: &[],
            quotations,
        };
        let mut claim = Claim {
            id: String::new(),
            article: article.id.clone(),
            kind: ClaimKind::Direct,
            speaker: Some(Speaker {
                entity: None,
                ..speaker.clone()
            }),
            cue: cue.clone(),
            via: None,
            hedged: false,
            negated: false,
            modality: None,
            content: quote.inner.of(text).to_string(),
            quote: Some(Quote {
                text: quote.inner.of(text).to_string(),
                span: quote.inner,
            }),
            span: quote.outer,
            content_span: quote.inner,
            sentence: sentence.span,
            numbers: Vec::new(),
            dates: Vec::new(),
            entities: Vec::new(),
        };
        self.annotate(&ctx, &mut claim);
        Some(claim)
    }

    /// The outlet's own statement of a checkable figure ("killed at least three people").
    fn assertion(
        &self,
        article: &Article,
        sentence: &Sentence,
        words: &OnceCell<Words>,
    ) -> Option<Claim> {
        let text = article.text.as_str();
        if !text[sentence.span.start..sentence.span.end]
            .bytes()
            .any(|b| b.is_ascii_digit())
            && !self.numbers.may_hold_number_word(sentence.span.of(text))
            || !self.numbers.may_hold_measure(sentence.span.of(text))
        {
            return None;
        }
        let words = self.words(words, text, sentence);
        let tokens = &words.tokens;
        let lower = words.lower();
        let numbers = self.numbers.read_lower(text, tokens, &lower, sentence.span);
        if !numbers.iter().any(|n| n.measure.is_some()) {
            return None;
        }
        let content = trim_end_punct(text, sentence.span);
        Some(Claim {
            id: String::new(),
            article: article.id.clone(),
            kind: ClaimKind::Assertion,
            speaker: Some(Speaker {
                text: article.source.clone(),
                span: None,
                entity: None,
                role: None,
            }),
            cue: None,
            via: None,
            hedged: false,
            negated: false,
            modality: None,
            content: content.of(text).to_string(),
            quote: None,
            span: sentence.span,
            content_span: content,
            sentence: sentence.span,
            numbers,
            dates: dates::read_lower(text, tokens, &lower, content, article.date),
            entities: Vec::new(),
        })
    }

    /// The speaker mention ending right before token `cue` (adverbs and auxiliaries between
    /// are skipped): `U.S. Secretary of State John Kerry (reportedly) said`.
    fn speaker_before(&self, ctx: &SentenceCtx<'_>, cue: usize) -> Option<(usize, usize)> {
        let mut end = cue;
        // Skip "also", "has", "reportedly", ", however," between speaker and cue.
        loop {
            if end == 0 {
                return None;
            }
            let w = ctx.low(end - 1);
            if english::between_speaker_and_cue(w) && !ctx.quoted_at(end - 1) {
                end -= 1;
            } else if w == ","
                && end >= 3
                && ctx.tok(end - 2).eq_ignore_ascii_case("however")
                && ctx.tok(end - 3) == ","
            {
                end -= 3;
            } else {
                break;
            }
        }
        // "… Syrian President Bashar Assad Saturday, who said": the relative pronoun stands
        // for the name before its comma (a day written after the name is no part of it).
        if end >= 3 && ctx.tok(end - 1).eq_ignore_ascii_case("who") && ctx.tok(end - 2) == "," {
            let mut stop = end - 2;
            while stop > 1
                && ctx.tokens[stop - 1].is_word()
                && crate::date::Weekday::from_name(ctx.tok(stop - 1)).is_some()
            {
                stop -= 1;
            }
            // Only the name itself: "the stance of Syrian President Bashar Assad".
            return self.mention_ending_at(ctx, stop).and_then(|(s, e)| {
                let first = (s..e)
                    .rev()
                    .take_while(|&i| ctx.tokens[i].is_capitalized(ctx.text))
                    .last()?;
                Some((first, e))
            });
        }
        let end = skip_parenthesis(ctx, end);
        if end > 1 && matches!(ctx.tok(end - 1), "," | "-" | "—" | "–") {
            return self.appositive_speaker(ctx, end - 1);
        }
        self.mention_ending_at(ctx, end)
    }

    /// `Kevin Brady, chairman of the committee, said` → Kevin Brady; `the F.B.I. director,
    /// James B. Comey, said` → James B. Comey. `close` is the comma before the cue.
    fn appositive_speaker(&self, ctx: &SentenceCtx<'_>, close: usize) -> Option<(usize, usize)> {
        let bracket = ctx.tok(close);
        let longest = if bracket == "," { 16 } else { 30 };
        let mut open = close;
        loop {
            if open == 0 || close - open > longest {
                return None;
            }
            open -= 1;
            if bracket == "," && (ctx.quoted_at(open) || is_mark(ctx.tok(open))) {
                return None;
            }
            if ctx.tok(open) == bracket {
                break;
            }
        }
        if open + 1 >= close {
            return None;
        }
        let inner_is_name = (open + 1..close).all(|i| {
            ctx.tokens[i].is_capitalized(ctx.text)
                || (i > open + 1 && english::is_name_glue(ctx.low(i)))
        }) && close - open <= 5;
        let before = self.mention_ending_at(ctx, skip_parenthesis(ctx, open));
        if inner_is_name {
            // A name between the commas, after a description of its bearer.
            return before.map(|_| (open + 1, close));
        }
        let (s, e) = before?;
        ctx.tokens[e - 1].is_capitalized(ctx.text).then_some((s, e))
    }

    /// The speaker mention ending right before token `end`.
    fn mention_ending_at(&self, ctx: &SentenceCtx<'_>, end: usize) -> Option<(usize, usize)> {
        let tokens = ctx.tokens;
        if let Some(share) = survey_share(ctx, end) {
            return Some(share);
        }
        let mut start = end;
        let mut words = 0;
        while start > 0 && words < 10 {
            let i = start - 1;
            let t = &tokens[i];
            if ctx.quoted_at(i) || t.kind == TokenKind::Punct {
                break;
            }
            let lower = ctx.low(i);
            if english::relays_quote(lower) {
                break;
            }
            // A cue word can head the mention ("The report says"), not stand inside it.
            if self.cues.contains_key(lower) && !t.is_capitalized(ctx.text) && i + 1 < end {
                break;
            }
            let after_name = i > 0 && tokens[i - 1].is_capitalized(ctx.text);
            // "ambassador to Syria Robert Ford", "an adviser to Clinton": `to` after a role.
            let role_to = lower == "to"
                && start < end
                && tokens[start].is_capitalized(ctx.text)
                && i > 0
                && english::takes_to(ctx.low(i - 1));
            if role_to {
                start = i;
                words += 1;
                continue;
            }
            if english::ends_speaker(lower)
                && (!t.is_capitalized(ctx.text) || !after_name && !english::is_pronoun(lower))
            {
                // "Kerry and Lavrov": `and` inside a run of names.
                // ... or of plural nouns: "union members and leaders".
                let plural = |t: &Token| {
                    let w = t.text(ctx.text);
                    t.is_word() && w.ends_with('s') && !w.ends_with("'s") && !w.ends_with("’s")
                };
                let joins_names = lower == "and"
                    && start < end
                    && i > 0
                    && (tokens[start].is_capitalized(ctx.text)
                        && tokens[i - 1].is_capitalized(ctx.text)
                        || plural(&tokens[start]) && plural(&tokens[i - 1]));
                if !joins_names {
                    break;
                }
            }
            start = i;
            words += 1;
        }
        // Drop leading glue ("of the …") and sentence adverbs.
        while start < end
            && english::is_name_glue(ctx.low(start))
            && !ctx.tok(start).eq_ignore_ascii_case("the")
        {
            start += 1;
        }
        if start >= end {
            return None;
        }
        let head_lower = ctx.low(end - 1);
        // A pronoun stands alone: "In September she said" → she.
        if english::is_pronoun(head_lower) {
            return Some((end - 1, end));
        }
        // A possessive or a contraction is no head: "Trump's tweet", "he's saying".
        if head_lower.ends_with("'s") || head_lower.ends_with("’s") {
            return None;
        }
        let head_capital = tokens[end - 1].is_capitalized(ctx.text);
        // "Sunday", "Friday's": days are no speakers.
        if !tokens[end - 1].is_word() || english::is_time_word(head_lower) {
            return None;
        }
        // "Tuesday released a parody website": a subject and its verb, not one mention.
        if (start + 1..end).any(|i| {
            let w = ctx.tok(i);
            w.len() > 4
                && w.ends_with("ed")
                && !tokens[i].is_capitalized(ctx.text)
                && tokens[i - 1].is_capitalized(ctx.text)
        }) {
            return None;
        }
        if !head_capital
            && !english::is_pronoun(head_lower)
            && (head_lower.ends_with("ed")
                || head_lower.ends_with("ing")
                || head_lower.ends_with("ly"))
        {
            return None;
        }
        // A lone lower-case word that is not a pronoun or plural noun is too weak.
        if end - start == 1
            && !head_capital
            && !english::is_pronoun(head_lower)
            && !head_lower.ends_with('s')
        {
            return None;
        }
        Some((start, end))
    }

    /// `said Kerry, …` / `according to Reuters`: the mention right after the cue.
    fn speaker_after(&self, ctx: &SentenceCtx<'_>, from: usize) -> Option<(usize, usize)> {
        let tokens = ctx.tokens;
        let mut end = from;
        while end < tokens.len() && end - from < 10 {
            let t = &tokens[end];
            if ctx.quoted_at(end) || t.kind == TokenKind::Punct {
                break;
            }
            let lower = ctx.low(end);
            if end > from
                && !t.is_capitalized(ctx.text)
                && (english::ends_speaker(lower) || self.cues.contains_key(lower))
                && !english::is_name_glue(lower)
            {
                break;
            }
            if end == from
                && english::ends_speaker(lower)
                && !english::is_determiner(lower)
                && !english::is_pronoun(lower)
            {
                return None;
            }
            end += 1;
        }
        while end > from && english::is_name_glue(ctx.low(end - 1)) {
            end -= 1;
        }
        // Trailing time words: "said Kerry Sunday".
        while end > from + 1 && english::is_time_word(ctx.low(end - 1)) {
            end -= 1;
        }
        (end > from).then_some((from, end))
    }

    /// When the words before the cue are no speaker (a coordinated verb: "Kerry did not
    /// reveal … and said …"), the sentence's subject: its opening name or pronoun.
    fn subject_fallback(&self, ctx: &SentenceCtx<'_>, cue: usize) -> Option<(usize, usize)> {
        let tokens = ctx.tokens;
        let mut start = 0;
        while start < cue && matches!(ctx.low(start), "but" | "and" | "yet" | "still" | "so") {
            start += 1;
        }
        let mut end = start;
        while end < cue
            && tokens[end].is_word()
            && !ctx.quoted_at(end)
            && (tokens[end].is_capitalized(ctx.text)
                || (end > start && english::is_name_glue(ctx.low(end))))
        {
            end += 1;
        }
        if end == start {
            return None;
        }
        let first = ctx.low(start);
        let single_pronoun = end - start == 1 && english::is_pronoun(first);
        // A capitalised run followed by a comma or a verb-like lower-case word.
        let next = if end < tokens.len() { ctx.tok(end) } else { "" };
        let looks_like_subject = single_pronoun
            || (next == "," || next.chars().next().is_some_and(char::is_lowercase))
                && !english::is_determiner(first)
                && !english::ends_speaker(first);
        // The words between the subject and the cue must not hold another cue or quote.
        let clean = (end..cue).all(|i| !ctx.quoted_at(i));
        // `…, saying …` with no claim before it in the sentence: the subject speaks.
        let participle =
            ctx.tok(cue - 1) == "," && english::is_participle(ctx.low(cue)) && !single_pronoun;
        let coordinated = ctx.tok(cue - 1) == "and" || participle;
        if looks_like_subject && clean && (coordinated || next == ",") {
            return Some((start, end));
        }
        if coordinated {
            self.subject_of_first_verb(ctx, cue)
        } else {
            None
        }
    }

    /// The mention before the sentence's first finite verb ("The New York businessman
    /// has praised Putin, saying …" → The New York businessman).
    fn subject_of_first_verb(&self, ctx: &SentenceCtx<'_>, cue: usize) -> Option<(usize, usize)> {
        let verb = (1..cue).find(|&i| {
            let t = &ctx.tokens[i];
            !ctx.quoted_at(i)
                && t.is_word()
                && !t.is_capitalized(ctx.text)
                && english::is_finite_verb(ctx.low(i))
        })?;
        let (s, e) = self.mention_ending_at(ctx, verb)?;
        let head = &ctx.tokens[e - 1];
        let lower = ctx.low(e - 1);
        (head.is_capitalized(ctx.text) || english::is_pronoun(lower) || e - s > 1).then_some((s, e))
    }

    /// `told reporters (in Munich)`, `told VOA`: the person told is not what was said.
    fn skip_object(&self, ctx: &SentenceCtx<'_>, from: usize, cue: &str) -> usize {
        if !matches!(
            cue,
            "told"
                | "tell"
                | "tells"
                | "telling"
                | "asked"
                | "urged"
                | "warned"
                | "assured"
                | "reminded"
        ) {
            return from;
        }
        let tokens = ctx.tokens;
        // Prefer an explicit "that" within reach.
        for (i, token) in tokens.iter().enumerate().take(from + 12).skip(from) {
            if ctx.quoted_at(i) || token.kind == TokenKind::Punct {
                break;
            }
            if ctx.tok(i).eq_ignore_ascii_case("that") {
                return i;
            }
        }
        let mut i = from;
        if i < tokens.len() && english::is_determiner(ctx.low(i)) {
            i += 1;
        }
        let capital_run = tokens[i.min(tokens.len() - 1)].is_capitalized(ctx.text);
        while i < tokens.len() && tokens[i].is_word() && !ctx.quoted_at(i) {
            let cap = tokens[i].is_capitalized(ctx.text);
            if capital_run != cap && i > from {
                break;
            }
            i += 1;
            if !capital_run {
                break;
            }
        }
        i
    }

    /// Skips `Sunday`, `in a statement Friday`, `on Twitter`, `at a news conference in
    /// Amman` after a cue. With `need_clause`, an adjunct is skipped only when a "that",
    /// a quotation or a clause follows it.
    fn skip_adjuncts(&self, ctx: &SentenceCtx<'_>, from: usize, need_clause: bool) -> usize {
        let tokens = ctx.tokens;
        let mut i = from;
        loop {
            if i >= tokens.len() || ctx.quoted_at(i) {
                return i;
            }
            let lower = ctx.low(i);
            if english::is_time_word(lower) && tokens[i].is_word() {
                i += 1;
                continue;
            }
            if english::opens_adjunct(lower) {
                // Take the phrase up to a comma, "that", a quotation, a day ("in a
                // statement Friday") or the sentence end; a phrase closed by "that" may be
                // longer ("in an interview with the Spanish newspaper El País that").
                let mut j = i + 1;
                while j < tokens.len()
                    && j - i <= 14
                    && !ctx.quoted_at(j)
                    && tokens[j].kind != TokenKind::Punct
                    && !ctx.tok(j).eq_ignore_ascii_case("that")
                    && !(j > i + 1
                        && tokens[j].is_capitalized(ctx.text)
                        && english::is_time_word(ctx.low(j)))
                {
                    j += 1;
                }
                let at_that = ctx.tok(j).eq_ignore_ascii_case("that");
                let stops_well = j >= tokens.len()
                    || at_that
                    || ctx.quoted_at(j)
                    || english::is_time_word(ctx.low(j))
                    || matches!(ctx.tok(j), "," | ":" | "\"" | "“" | ".");
                let short = j - i <= 8 || at_that;
                if stops_well && short && (!need_clause || j < tokens.len()) {
                    i = j;
                    continue;
                }
                return i;
            }
            if lower == "reporters" || lower == "journalists" {
                i += 1;
                continue;
            }
            return i;
        }
    }
}

/// A sentence's tokens and their lower case, made once and shared by every reader.
struct Words {
    tokens: Vec<Token>,
    /// The tokens in lower case, one after another (a plain ASCII sentence lower-cased whole).
    lower_text: String,
    /// Where each token's lower case is in `lower_text`.
    lower_spans: Vec<Span>,
}

impl Words {
    /// The sentence's tokens with their lower case, made in one string rather than one
    /// string per capitalised word.
    fn new(text: &str, sentence: Span, tokens: Vec<Token>) -> Words {
        let body = sentence.of(text);
        let (lower_text, lower_spans) = if body.is_ascii() {
            let spans = tokens
                .iter()
                .map(|t| Span::new(t.span.start - sentence.start, t.span.end - sentence.start))
                .collect();
            (body.to_ascii_lowercase(), spans)
        } else {
            let mut buf = String::with_capacity(body.len());
            let spans = tokens
                .iter()
                .map(|t| {
                    let start = buf.len();
                    buf.push_str(&crate::words::lower_case(t.text(text)));
                    Span::new(start, buf.len())
                })
                .collect();
            (buf, spans)
        };
        Words {
            tokens,
            lower_text,
            lower_spans,
        }
    }

    /// Each token's text in lower case, in token order.
    fn lower(&self) -> Vec<&str> {
        self.lower_spans
            .iter()
            .map(|s| self.lower_text.get(s.start..s.end).unwrap_or(""))
            .collect()
    }
}

/// Tokens and quotations of the sentence being read.
struct SentenceCtx<'a> {
    text: &'a str,
    article: &'a Article,
    sentence: Sentence,
    tokens: &'a [Token],
    /// `lower[i]`: token `i`'s text in lower case
    lower: &'a [&'a str],
    quoted: &'a [bool],
    quotations: &'a [Quotation],
}

impl SentenceCtx<'_> {
    fn tok(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| t.text(self.text))
    }

    /// Token `i` in lower case ("" past the end, as [`SentenceCtx::tok`]).
    fn low(&self, i: usize) -> &str {
        self.lower.get(i).copied().unwrap_or("")
    }

    fn quoted_at(&self, i: usize) -> bool {
        self.quoted.get(i).copied().unwrap_or(false)
    }

    /// Byte span from the start of token `start` to the end of token `end - 1`.
    fn span(&self, start: usize, end: usize) -> Span {
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

    fn only_punct_from(&self, i: usize) -> bool {
        self.tokens[i.min(self.tokens.len())..]
            .iter()
            .all(|t| t.kind == TokenKind::Punct && !matches!(t.text(self.text), "\"" | "“"))
    }

    /// The clause from the sentence start to the comma at token `comma`.
    fn clause_before(&self, comma: usize) -> Span {
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

/// Tokens kept on either side of a claim for the readers of figures and days, which look a
/// few words beyond the content ("at least", "per cent").
const WINDOW_MARGIN: usize = 16;

/// The indices of the tokens overlapping `span`, with `margin` more on each side.
fn token_window(tokens: &[Token], span: Span, margin: usize) -> std::ops::Range<usize> {
    let first = tokens.partition_point(|t| t.span.start < span.start);
    let last = tokens.partition_point(|t| t.span.start < span.end);
    first.saturating_sub(margin)..(last + margin).min(tokens.len()).max(first)
}

/// Most words between two quotations that still make one quote: room for the attribution
/// itself (`"…," the former secretary of state said. "…"`), not for a narrative aside.
const MAX_ATTRIBUTION_GAP: usize = 10;

/// Words (runs of letters and digits) in `text[start..end]`.
fn words_between(text: &str, start: usize, end: usize) -> usize {
    text.get(start..end.max(start)).map_or(0, |gap| {
        gap.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .count()
    })
}

/// Makes `prev` take in `next`, the quotation that continues it.
///
/// When the attribution stands between the two (`"…," he said. "…"`), the content (and its
/// span) runs from the first quoted word to the last, as written, but the quote's text holds
/// only the quoted words, joined by a space: the speaker's words, never the reporter's.
fn extend_quote(text: &str, prev: &mut Claim, next: Claim) {
    let content = Span::new(prev.content_span.start, next.content_span.end);
    let interrupted = words_between(text, prev.content_span.end, next.content_span.start) > 0;
    let quoted = |c: &Claim| {
        c.quote
            .as_ref()
            .map_or(c.content.clone(), |q| q.text.clone())
    };
    let quote_text = if interrupted {
        format!("{} {}", quoted(prev), quoted(&next))
    } else {
        content.of(text).to_string()
    };
    prev.content_span = content;
    prev.content = content.of(text).to_string();
    prev.quote = Some(Quote {
        text: quote_text,
        span: content,
    });
    prev.span.end = prev.span.end.max(next.span.end);
    prev.sentence.end = prev.sentence.end.max(next.sentence.end);
    prev.negated |= next.negated;
    prev.hedged |= next.hedged;
    prev.modality = prev.modality.take().or(next.modality);
    prev.numbers.extend(next.numbers);
    prev.dates.extend(next.dates);
}

/// Longest first word of a cue looked up, in bytes.
const MAX_CUE_WORD: usize = 24;

/// A share of those polled as the speaker: `47% say`, `Six in 10 say`, `About 4 in 10
/// said`.
fn survey_share(ctx: &SentenceCtx<'_>, end: usize) -> Option<(usize, usize)> {
    let is_number =
        |i: usize| ctx.tokens[i].kind == TokenKind::Number || numbers::is_number_word(ctx.low(i));
    let mut start = if end >= 2 && ctx.tok(end - 1) == "%" && is_number(end - 2) {
        end - 2
    } else if end >= 3
        && ctx.tokens[end - 1].kind == TokenKind::Number
        && ctx.tok(end - 2) == "in"
        && is_number(end - 3)
    {
        end - 3
    } else {
        return None;
    };
    if start > 0
        && matches!(
            ctx.low(start - 1),
            "about" | "nearly" | "almost" | "some" | "only" | "just" | "roughly"
        )
    {
        start -= 1;
    }
    Some((start, end))
}

/// Steps back over a parenthesis that ends right before token `end`: `Sen. Jack Reed
/// (D-R.I.), said`, `Kasich (who has 25 delegates) said`.
fn skip_parenthesis(ctx: &SentenceCtx<'_>, end: usize) -> usize {
    if end == 0 || ctx.tok(end - 1) != ")" {
        return end;
    }
    let mut i = end - 1;
    while i > 0 && end - i <= 14 {
        i -= 1;
        if ctx.tok(i) == "(" {
            return i;
        }
    }
    end
}

/// A quotation mark written as a token of its own.
fn is_mark(token: &str) -> bool {
    matches!(token, "\"" | "“" | "”" | "'" | "’" | "«" | "»")
}

/// What comes right after an attribution.
#[derive(Debug, Clone, Copy)]
enum AfterAttribution<'a> {
    /// The sentence ends.
    End,
    /// A comma and a quotation: `"…," he said, "…"`.
    Quote(&'a Quotation),
    /// A comma and more words: `X, he said, Y.`, `"…," said Kerry, who …`.
    Aside,
    /// A colon: `Kerry said: …`.
    Colon,
    /// Words without a break: `Kerry said that …`.
    Clause,
}

impl<'a> AfterAttribution<'a> {
    fn of(ctx: &SentenceCtx<'a>, i: usize) -> AfterAttribution<'a> {
        if i >= ctx.tokens.len() || ctx.only_punct_from(i) {
            return AfterAttribution::End;
        }
        match ctx.tok(i) {
            ";" => AfterAttribution::End,
            "," | "—" => {
                let next = ctx.tokens.get(i + 1).map(|t| t.span.start);
                match next.and_then(|at| {
                    ctx.quotations
                        .iter()
                        .find(|q| q.outer.start <= at && at <= q.inner.start)
                }) {
                    Some(q) => AfterAttribution::Quote(q),
                    None => AfterAttribution::Aside,
                }
            }
            ":" => AfterAttribution::Colon,
            _ => AfterAttribution::Clause,
        }
    }
}

/// Drops trailing punctuation (but not a closing quotation mark) and white space.
fn trim_end_punct(text: &str, span: Span) -> Span {
    let s = span.of(text);
    let trimmed = s.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':' | '-' | '—')
    });
    Span::new(span.start, span.start + trimmed.len())
}

#[cfg(test)]
mod tests;
