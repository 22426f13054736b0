//! Extract stage: sentences → `Claim`s (speaker, cue, kind, content, quote, relay, hedges,
//! negation, figures and days).
//!
//! The work is anchored on cheap signals: a sentence is parsed only when it holds an
//! attribution cue or a quotation. Inside it, the cue is located first and the speaker and
//! the content are then read off the tokens around it by hand.
//!
//! This file scans for cues and runs the readers over each sentence. The readers live one
//! idea to a file: `sentence` (the tokens being read), `speakers` (who speaks), `antecedent`
//! (whom a pronoun that speaks stands for), `content` (where what was said begins and
//! ends), the forms of attribution (`attribution` around a
//! verb cue, `according_to`, `relay`, `labelled_speech`, `continued_quote`, `nested_quote`,
//! the outlet's own `assertion`), and `annotate` (the claim made from them, with its hedges, negation,
//! figures and days).

mod according_to;
mod annotate;
mod antecedent;
mod assertion;
mod attribution;
mod claim;
mod content;
mod continued_quote;
pub mod dates;
mod english;
mod fact;
mod facts;
mod labelled_speech;
mod nested_quote;
pub mod numbers;
mod relay;
mod sentence;
mod speakers;

use std::cell::OnceCell;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

pub use claim::{Claim, ClaimKind, Cue, DateMention, Quantity, Quote, Relay, Speaker};
pub use fact::{Amount, Fact, FactKind, FactValue, Frame, Period};
pub use facts::{FactReader, member_key};

use crate::article::{Article, Span};
use crate::rules::RuleSet;
use crate::text::{self, Segmented, Sentence, Token};

use continued_quote::{continues, extend_quote};
use sentence::{SentenceCtx, Words, trim_end_punct};

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
    facts: facts::FactReader,
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
    /// The cue table, hedges, figure reader and boilerplate markers of `rules`, built once
    /// for every article.
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
            facts: facts::FactReader::new(rules),
            cue_finder,
            boilerplate_inside,
        }
    }

    /// Every claim in one article, in text order, numbered `article#1`, `article#2`, ….
    pub fn claims(&self, article: &Article) -> Vec<Claim> {
        self.read(article, false).0
    }

    /// Every claim and every fact of one article, each in text order: claims numbered
    /// `article#1`, …, facts `article#f1`, …; a fact inside a claim's content names it.
    pub fn claims_and_facts(&self, article: &Article) -> (Vec<Claim>, Vec<Fact>) {
        self.read(article, true)
    }

    fn read(&self, article: &Article, with_facts: bool) -> (Vec<Claim>, Vec<Fact>) {
        let text = article.text.as_str();
        let mut facts: Vec<(Fact, Option<usize>)> = Vec::new();
        let mut carry = facts::Carry::default();
        let mut opening = 0;
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
        // The last sentence in which someone speaks.
        let mut last_spoken: Option<usize> = None;
        for (index, sentence) in segmented.sentences.iter().enumerate() {
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
                // A quotation after a sentence about someone named, in which no one speaks,
                // is theirs rather than the last speaker's.
                let narrated = last_quoted_speaker.as_ref().and_then(|(paragraph, _, _)| {
                    // Only where the last speaker's quote would have gone on.
                    if sentence.paragraph > paragraph + 1 {
                        return None;
                    }
                    let previous = index.checked_sub(1)?;
                    (last_spoken.is_none_or(|s| s < previous)
                        && !furniture
                            .get(segmented.sentences[previous].paragraph)
                            .copied()
                            .unwrap_or(false))
                    .then(|| {
                        self.narrated_subject(
                            article,
                            &segmented,
                            &segmented.sentences[previous],
                            sentence,
                        )
                    })
                    .flatten()
                });
                let carried = if narrated.is_some() {
                    &narrated
                } else {
                    &last_quoted_speaker
                };
                if let Some(claim) =
                    self.continued_quote(article, &segmented, sentence, &words, carried)
                {
                    // The quote goes on: the claim it continues grows to take it in.
                    match claims.last_mut() {
                        Some(prev) if continues(text, prev, &claim) => {
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
            if claims[before..]
                .iter()
                .any(|c| c.kind != ClaimKind::Assertion)
            {
                last_spoken = Some(index);
            }
            if with_facts && opening < LEDE_SENTENCES {
                opening += 1;
                let words = self.words(&words, text, sentence);
                let lower = words.lower();
                let view = facts::View {
                    text,
                    article,
                    sentence: sentence.span,
                    tokens: &words.tokens,
                    lower: &lower,
                };
                self.facts.lede(&view, &mut carry);
            }
            if with_facts
                && self
                    .facts
                    .may_hold_fact(&self.numbers, sentence.span.of(text))
            {
                self.sentence_facts(
                    article,
                    sentence,
                    &words,
                    &claims[before.saturating_sub(1)..],
                    before.saturating_sub(1),
                    &mut carry,
                    &mut facts,
                );
            }
            if let Some(last) = claims[before..].iter().rev().find(|c| {
                matches!(c.kind, ClaimKind::Direct | ClaimKind::Partial) && c.speaker.is_some()
            }) && let Some(speaker) = &last.speaker
            {
                last_quoted_speaker = Some((sentence.paragraph, speaker.clone(), last.cue.clone()));
            }
        }
        self.find_antecedents(text, &segmented, &mut claims);
        for (n, claim) in claims.iter_mut().enumerate() {
            claim.id = format!("{}#{}", article.id, n + 1);
        }
        let facts = facts
            .into_iter()
            .enumerate()
            .map(|(n, (mut fact, claim))| {
                fact.id = format!("{}#f{}", article.id, n + 1);
                fact.claim = claim.and_then(|c| claims.get(c)).map(|c| c.id.clone());
                fact
            })
            .collect();
        (claims, facts)
    }

    /// The facts of one sentence, pushed onto `facts` with the index of the claim holding
    /// each; `near` are the claims from index `offset` on, which may reach into it.
    #[allow(clippy::too_many_arguments)]
    fn sentence_facts(
        &self,
        article: &Article,
        sentence: &Sentence,
        words: &OnceCell<Words>,
        near: &[Claim],
        offset: usize,
        carry: &mut facts::Carry,
        facts: &mut Vec<(Fact, Option<usize>)>,
    ) {
        let text = article.text.as_str();
        let words = self.words(words, text, sentence);
        let lower = words.lower();
        let view = facts::View {
            text,
            article,
            sentence: sentence.span,
            tokens: &words.tokens,
            lower: &lower,
        };
        let here: Vec<(usize, &Claim)> = near
            .iter()
            .enumerate()
            .filter(|(_, c)| {
                c.span.overlaps(sentence.span) || c.content_span.overlaps(sentence.span)
            })
            .map(|(k, c)| (offset + k, c))
            .collect();
        let refs: Vec<&Claim> = here.iter().map(|(_, c)| *c).collect();
        for found in self
            .facts
            .read(&view, &self.numbers, self.rules, &refs, carry)
        {
            facts.push((found.fact, found.claim.map(|k| here[k].0)));
        }
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

    /// The cues among a sentence's tokens, in order and not overlapping (the longest phrase
    /// wins): words outside quotations, written as verbs rather than names or nouns.
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

    /// The claims attributed by the cues of one sentence, pushed onto `claims`: each cue is
    /// read in turn, a relay joins the claim before it, and a cue inside content already
    /// read is passed over.
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
            let nested = self.nested_quotes(&ctx, &claim);
            claims.push(claim);
            claims.extend(nested);
        }
    }
}

/// Sentences at the top of an article whose places are the story's own.
const LEDE_SENTENCES: usize = 2;

/// Longest first word of a cue looked up, in bytes.
const MAX_CUE_WORD: usize = 24;

#[cfg(test)]
mod tests;
