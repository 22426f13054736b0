//! Readings and profiles: every claim's words, quotations, names and time read once (in parallel, ids given out in claim order), shared by the copies of one text, and what the linker knows of each claim.

use std::sync::Arc;

use rayon::prelude::*;

use super::passage::Passage;
use super::speaker::{Written, written};
use super::values::Value;
use super::words::{Phrases, Vocabulary, Word, read_words, synonym_phrases};
use crate::article::{Article, Copies, Span};
use crate::date::Date;
use crate::extract::{Claim, ClaimKind};
use crate::rules::RuleSet;
use crate::text::{Segmented, statement_starts};
use crate::words::{ASCII_ALNUM, TextMap};

/// Words of a quotation compared word by word; a longer one is compared by its opening, so
/// that one enormous quotation cannot make a comparison quadratic in its length.
const MAX_QUOTE_WORDS: usize = 300;

/// What a claim's text says, word by word: everything the checker reads in it. Articles
/// with the same text and date share their readings.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Reading {
    /// The words of the content.
    pub words: Vec<Word>,
    /// Ids of the content words, sorted and distinct.
    pub content: Vec<u32>,
    /// The content words in order, as stems: a run of them is a run of the text with
    /// stop words, punctuation, case, quotation marks and ellipses ignored.
    pub stemmed: Passage,
    /// The claim's own quotation, read three ways, if it has one: boxed, because most
    /// claims have none and every claim's reading stays in memory while a batch is checked.
    quotation: Option<Box<Quotation>>,
    /// Every quotation in the claim's sentence of two words or more.
    pub fragments: Vec<Passage>,
    /// Names in the content (capitalised content words after the first), sorted ids.
    pub names: Vec<u32>,
    /// The content points at another time than the report's ("in December 2003", "in
    /// February" in a November story): its figures are background, not this event's.
    pub background: bool,
    /// Where each statement of the content after the first begins, as places in
    /// [`Reading::stemmed`]: a quotation of several sentences, a lead whose "while" clause
    /// says a second thing. Empty for a claim of one statement.
    parts: Vec<u32>,
}

/// A claim's own quotation as the checker reads it.
#[derive(Debug, Clone, Default, PartialEq)]
struct Quotation {
    /// The quotation (a direct claim's content, a partial claim's quote).
    quote: Passage,
    /// Its content words in order, as stems (as [`Reading::stemmed`]).
    quoted: Passage,
    /// Every word of it, stop words too, as stems (compounds read as one word): a long run
    /// of it in another quotation is the same words.
    verbatim: Passage,
}

impl Reading {
    /// The claim's own quotation (a direct claim's content, a partial claim's quote).
    pub fn quote(&self) -> Option<&Passage> {
        self.quotation.as_deref().map(|q| &q.quote)
    }

    /// The claim's own quotation as [`Reading::stemmed`] reads the content.
    pub fn quoted(&self) -> Option<&Passage> {
        self.quotation.as_deref().map(|q| &q.quoted)
    }

    /// The claim's own quotation word for word, stop words too, as stems (compounds read
    /// as one word): a long run of it in another quotation is the same words.
    pub fn verbatim(&self) -> Option<&Passage> {
        self.quotation.as_deref().map(|q| &q.verbatim)
    }

    /// Stem ids of the content words, sorted and distinct: what linking weighs (the
    /// content of [`Reading::stemmed`]).
    pub fn stems(&self) -> &[u32] {
        &self.stemmed.content
    }

    /// The stem ids of each statement of a content that carries several, sorted and
    /// distinct (none for a claim of one statement): what the linker also compares on its
    /// own, so that a claim one outlet states alone links with another outlet's claim that
    /// states it beside something else.
    pub fn statements(&self) -> Vec<Vec<u32>> {
        if self.parts.is_empty() {
            return Vec::new();
        }
        let words = &self.stemmed.words;
        let starts = std::iter::once(0).chain(self.parts.iter().map(|&k| k as usize));
        let ends = self
            .parts
            .iter()
            .map(|&k| k as usize)
            .chain(std::iter::once(words.len()));
        starts
            .zip(ends)
            .map(|(from, to)| {
                let mut ids: Vec<u32> = words
                    .get(from..to)
                    .unwrap_or(&[])
                    .iter()
                    .map(|w| w.id)
                    .collect();
                ids.sort_unstable();
                ids.dedup();
                ids
            })
            .collect()
    }
}

/// Content words each statement of a claim must have to be compared on its own: fewer is a
/// fragment ("Second,"), read with the statement before it.
const STATEMENT_WORDS: usize = 3;

/// The places in `stemmed` where a statement after the first begins, given the byte
/// offsets where each begins (`starts`, in order): a statement of fewer than
/// `STATEMENT_WORDS` content words is read with the one before it.
fn statement_places(stemmed: &Passage, starts: &[usize]) -> Vec<u32> {
    let words = &stemmed.words;
    let mut out: Vec<u32> = Vec::new();
    let mut last = 0usize;
    for &at in starts {
        let k = words.partition_point(|w| w.span().start < at);
        if k >= last + STATEMENT_WORDS
            && k + STATEMENT_WORDS <= words.len()
            && let Ok(place) = u32::try_from(k)
        {
            out.push(place);
            last = k;
        }
    }
    out
}

/// What the checker knows of one claim for linking.
#[derive(Debug, Clone)]
pub struct Profile {
    /// Index of the claim's article in `Analysis::articles`.
    pub article: usize,
    /// The outlet, as a number: claims of two articles have the same one when their
    /// articles name the same outlet (its name is the article's `source`). Compared for
    /// every pair proposed, where comparing the names took a string comparison each.
    pub outlet: u32,
    /// The article's date: when the claim was reported.
    pub reported: Option<Date>,
    pub speaker: Option<String>,
    /// The speaker is written as a name (not "he", not "the official").
    pub named_speaker: bool,
    /// How the speaker is written, for telling whether two speakers can be one.
    pub written: Written,
    /// The words, shared by the copies of one text under several outlet names.
    pub reading: Arc<Reading>,
    /// The reading is this claim's own, not a copy's of an earlier article's claim.
    pub owns_reading: bool,
    /// The claim whose reading this is (itself when it owns its reading).
    pub first_copy: usize,
    /// The claim's story: an index into the batch's stories (0 until the linker sets it).
    pub story: usize,
    /// How far this claim's passage lies from the one its reading was read from (the same
    /// sentence in another version of the story): added to a span of the reading's words,
    /// it points into this claim's article.
    pub offset: i64,
    /// The checkable values the claim carries (its facts: a count, a sum, a day), set by
    /// the linker with the story.
    pub values: Vec<Value>,
}

impl Profile {
    /// `span`, a span of this claim's reading's words, in this claim's article.
    pub fn place(&self, span: Span) -> Span {
        let moved = |at: usize| {
            i64::try_from(at)
                .ok()
                .and_then(|at| at.checked_add(self.offset))
                .and_then(|at| usize::try_from(at).ok())
        };
        match (moved(span.start), moved(span.end)) {
            (Some(start), Some(end)) if self.offset != 0 => Span::new(start, end),
            _ => span,
        }
    }

    /// The two claims are one claim of two copies of one text (under two outlet names).
    pub fn same_text(&self, other: &Profile) -> bool {
        self.first_copy == other.first_copy
    }
}

fn speaker_is_named(claim: &Claim) -> bool {
    claim.speaker.as_ref().is_some_and(|s| {
        let first = s.text.chars().next();
        let lower = s.text.to_lowercase();
        first.is_some_and(char::is_uppercase)
            && !matches!(lower.as_str(), "he" | "she" | "they" | "it" | "we" | "i")
            && !lower.starts_with("the ")
            && !lower.starts_with("a ")
            && !lower.starts_with("an ")
    })
}

/// A claim's words as read in parallel: its content's words with the ids of the reading
/// task's own vocabulary, the rest still to be read.
struct Draft {
    words: Vec<Word>,
    /// Which content words are written with a capital (names), the first aside.
    capital: Vec<bool>,
    /// `None`: no quotation; `Some(None)`: the content is the quotation; else where the
    /// quotation lies (read as it is interned, [`Quotations`]).
    quote: Option<Option<Span>>,
    /// Where each quotation of the claim's sentence lies.
    fragments: Vec<Span>,
    background: bool,
    /// Where each statement of the content after the first begins, in bytes.
    statements: Vec<usize>,
}

/// The quotations of one article's sentences as one reading task reads them: the words of
/// a quotation, read and interned once, are handed to every claim of its sentence that
/// quotes it or carries it as a fragment (several claims often share a sentence, and a
/// claim's own quotation is also one of its sentence's).
struct Quotations<'a> {
    rules: &'a RuleSet,
    phrases: &'a Phrases<'a>,
    /// The article whose quotations are held, and its text.
    article: Option<usize>,
    text: &'a str,
    /// Each quotation read in that article: where it lies, and its words (at most
    /// `MAX_QUOTE_WORDS`) with the task's ids.
    read: Vec<(Span, Vec<Word>)>,
}

impl<'a> Quotations<'a> {
    fn new(rules: &'a RuleSet, phrases: &'a Phrases<'a>) -> Self {
        Quotations {
            rules,
            phrases,
            article: None,
            text: "",
            read: Vec::new(),
        }
    }

    /// The quotations of article `a` (its text `text`) from now on.
    fn of_article(&mut self, a: usize, text: &'a str) {
        if self.article != Some(a) {
            self.article = Some(a);
            self.text = text;
            self.read.clear();
        }
    }

    /// The words of the quotation at `span` of the current article, interned in
    /// `vocabulary`: read the first time, as they were read then afterwards (interning
    /// the same words again gives out no id).
    fn words(&mut self, span: Span, vocabulary: &mut Vocabulary) -> Vec<Word> {
        if let Some((_, words)) = self.read.iter().find(|(s, _)| *s == span) {
            return words.clone();
        }
        let text = self.text.get(span.start..span.end).unwrap_or("");
        let words = read_words(
            text,
            span.start,
            self.rules,
            self.phrases,
            vocabulary,
            MAX_QUOTE_WORDS,
        );
        self.read.push((span, words.clone()));
        words
    }
}

/// How many claims one parallel task reads and interns.
const BLOCK: usize = 256;

/// For each claim, the claim whose reading it shares: the same claim of the first copy of
/// its text, or itself.
fn reading_sources(
    articles: &[Article],
    copies: &Copies,
    claims: &[Claim],
    article_of: &[usize],
) -> Vec<usize> {
    let mut start: Vec<Option<usize>> = vec![None; articles.len()];
    let mut count = vec![0usize; articles.len()];
    for (c, &a) in article_of.iter().enumerate() {
        if let Some(s) = start.get_mut(a) {
            s.get_or_insert(c);
            count[a] += 1;
        }
    }
    (0..claims.len())
        .map(|c| {
            let a = article_of[c];
            let o = copies.first(a);
            let Some(Some(own_start)) = start.get(a) else {
                return c;
            };
            if o == a {
                return c;
            }
            let k = c - own_start;
            let Some(Some(o_start)) = start.get(o) else {
                return c;
            };
            let twin = o_start + k;
            let same = count[o] == count[a]
                && claims.get(twin).is_some_and(|t| {
                    t.content_span == claims[c].content_span
                        && t.kind == claims[c].kind
                        && t.sentence == claims[c].sentence
                        && t.quote.as_ref().map(|q| q.span)
                            == claims[c].quote.as_ref().map(|q| q.span)
                        && t.dates == claims[c].dates
                });
            if same { twin } else { c }
        })
        .collect()
}

/// What a claim's words are read from: the text around them and where in it each piece
/// lies. Two claims with the same passage (one sentence carried by two versions of a
/// story) read the same words at the same distance apart.
#[derive(PartialEq, Eq, Hash)]
struct PassageKey<'t> {
    text: &'t str,
    kind: ClaimKind,
    content: (usize, usize),
    parts: Vec<(usize, usize)>,
    quote: Option<(usize, usize)>,
    fragments: Vec<(usize, usize)>,
    background: bool,
}

/// The passage of `claim` and where its text starts in the article; `None` when the claim
/// points outside its article.
fn passage_key<'t>(
    claim: &Claim,
    article: &'t Article,
    segmented: &Segmented,
) -> Option<(PassageKey<'t>, usize)> {
    let fragments: Vec<Span> = segmented
        .quotations_in(claim.sentence)
        .iter()
        .map(|q| q.inner)
        .collect();
    let quote = claim.quote.as_ref().map(|q| q.span);
    let all = || {
        std::iter::once(claim.content_span)
            .chain(claim.parts.iter().copied())
            .chain(quote)
            .chain(fragments.iter().copied())
    };
    let start = all().map(|s| s.start).min()?;
    let end = all().map(|s| s.end).max()?;
    let text = article.text.get(start..end)?;
    let at = |s: Span| (s.start - start, s.end - start);
    let content = article
        .text
        .get(claim.content_span.start..claim.content_span.end)?;
    let key = PassageKey {
        text,
        kind: claim.kind,
        content: at(claim.content_span),
        parts: claim.parts.iter().map(|&s| at(s)).collect(),
        quote: quote.map(at),
        fragments: fragments.iter().map(|&s| at(s)).collect(),
        background: points_elsewhere(claim, content, article.date),
    };
    Some((key, start))
}

/// For each claim of `own` (claims whose words are read), the first of them with the same
/// passage (itself when none comes before) and how far its passage lies from that one's.
fn same_passages(
    own: &[usize],
    claims: &[Claim],
    articles: &[Article],
    segmented: &[&Segmented],
    article_of: &[usize],
) -> (Vec<usize>, Vec<i64>) {
    let mut twin: Vec<usize> = (0..claims.len()).collect();
    let mut offset = vec![0i64; claims.len()];
    let mut first: TextMap<PassageKey<'_>, (usize, usize)> = TextMap::default();
    // The passages made in parallel, then filed in claim order.
    let keys: Vec<Option<(PassageKey<'_>, usize)>> = own
        .par_iter()
        .map(|&c| {
            let a = article_of[c];
            let (article, segmented) = (articles.get(a)?, segmented.get(a)?);
            passage_key(&claims[c], article, segmented)
        })
        .collect();
    for (&c, key) in own.iter().zip(keys) {
        let Some((key, start)) = key else {
            continue;
        };
        let &mut (t, t_start) = first.entry(key).or_insert((c, start));
        if t != c {
            let (Ok(here), Ok(there)) = (i64::try_from(start), i64::try_from(t_start)) else {
                continue;
            };
            twin[c] = t;
            offset[c] = here - there;
        }
    }
    (twin, offset)
}

/// Reads the words of one claim's content, giving them ids in `vocabulary`.
fn draft(
    claim: &Claim,
    article: Option<&Article>,
    segmented: Option<&Segmented>,
    rules: &RuleSet,
    phrases: &Phrases<'_>,
    vocabulary: &mut Vocabulary,
) -> Draft {
    let (text, reported) = article.map_or(("", None), |a| (a.text.as_str(), a.date));
    let slice = |span: Span| text.get(span.start..span.end).unwrap_or("");
    // An interrupted quotation ("…," he said. "…") is read from its pieces, so the
    // reporter's words between them are not taken for what was said.
    let pieces = if claim.parts.is_empty() {
        std::slice::from_ref(&claim.content_span)
    } else {
        claim.parts.as_slice()
    };
    let mut content: Vec<Word> = Vec::new();
    for p in pieces {
        let read = read_words(slice(*p), p.start, rules, phrases, vocabulary, usize::MAX);
        if content.is_empty() {
            content = read;
        } else {
            content.extend(read);
        }
    }
    // Each piece of an interrupted quotation after the first starts a statement too.
    let statements: Vec<usize> = pieces
        .iter()
        .enumerate()
        .flat_map(|(n, p)| {
            (n > 0)
                .then_some(p.start)
                .into_iter()
                .chain(statement_starts(text, *p, rules))
        })
        .collect();
    let capital: Vec<bool> = content
        .iter()
        .enumerate()
        .map(|(k, w)| {
            k > 0
                && w.content
                && text
                    .get(w.span().start..w.span().end)
                    .and_then(|t| t.chars().next())
                    .is_some_and(char::is_uppercase)
        })
        .collect();
    let quote = match (&claim.quote, claim.kind) {
        (Some(q), _) => Some(Some(q.span)),
        (None, ClaimKind::Direct) => Some(None),
        _ => None,
    };
    let fragments = segmented
        .map(|s| {
            s.quotations_in(claim.sentence)
                .iter()
                .map(|q| q.inner)
                .collect()
        })
        .unwrap_or_default();
    Draft {
        background: points_elsewhere(claim, slice(claim.content_span), reported),
        words: content,
        capital,
        quote,
        fragments,
        statements,
    }
}

/// A draft whose words have ids of one reading task's own vocabulary.
struct Interned {
    words: Vec<Word>,
    capital: Vec<bool>,
    quote: Option<Option<Vec<Word>>>,
    fragments: Vec<Vec<Word>>,
    background: bool,
    statements: Vec<usize>,
}

/// Reads the rest of a draft's words into `vocabulary`, after its content's, in the order
/// one reader would: its quotation, then the quotations of its sentence (of two words or
/// more), these read through `quotations`.
fn intern(draft: Draft, vocabulary: &mut Vocabulary, quotations: &mut Quotations<'_>) -> Interned {
    let words = draft.words;
    let quote = draft
        .quote
        .map(|q| q.map(|span| quotations.words(span, vocabulary)));
    let fragments = draft
        .fragments
        .iter()
        .map(|&span| quotations.words(span, vocabulary))
        .filter(|w| w.len() >= 2)
        .collect();
    Interned {
        words,
        quote,
        fragments,
        capital: draft.capital,
        background: draft.background,
        statements: draft.statements,
    }
}

/// The content words of `words` in order, each named by its stem id; two words the batch
/// also writes as one ("good will", "goodwill") are read as that one.
fn stemmed(words: &[Word], vocabulary: &Vocabulary) -> Passage {
    Passage::new(folded(words, vocabulary, false))
}

/// `words` named by their stem ids, two words the batch also writes as one read as that
/// one; every word when `all`, else the content words only.
pub fn folded(words: &[Word], vocabulary: &Vocabulary, all: bool) -> Vec<Word> {
    let mut out = Vec::with_capacity(words.len());
    let mut k = 0;
    while k < words.len() {
        let w = words[k];
        let joined = words
            .get(k + 1)
            .and_then(|next| Some((next, vocabulary.compound(w.id, next.id)?)));
        if let Some((next, id)) = joined {
            out.push(Word::new(
                vocabulary.stem(id),
                Span::new(w.span().start, next.span().end),
                true,
                false,
            ));
            k += 2;
            continue;
        }
        if all || w.content {
            out.push(Word {
                id: vocabulary.stem(w.id),
                ..w
            });
        }
        k += 1;
    }
    out
}

/// The reading of an interned draft, its ids renamed through `batch_id` (a task's own id →
/// the batch's, whose words are stemmed).
fn reading(interned: Interned, batch_id: &[u32], vocabulary: &Vocabulary) -> Reading {
    let rename = |mut words: Vec<Word>| -> Vec<Word> {
        for w in &mut words {
            w.id = batch_id.get(w.id as usize).copied().unwrap_or(w.id);
        }
        words
    };
    let words = rename(interned.words);
    let mut content: Vec<u32> = words.iter().filter(|w| w.content).map(|w| w.id).collect();
    content.sort_unstable();
    content.dedup();
    content.shrink_to_fit();
    let mut names: Vec<u32> = words
        .iter()
        .zip(&interned.capital)
        .filter(|(_, cap)| **cap)
        .map(|(w, _)| w.id)
        .collect();
    names.sort_unstable();
    names.dedup();
    names.shrink_to_fit();
    let quote = interned.quote.map(|q| match q {
        Some(q) => Passage::new(rename(q)),
        None => Passage::new(words.iter().take(MAX_QUOTE_WORDS).copied().collect()),
    });
    let fragments = interned
        .fragments
        .into_iter()
        .map(|f| Passage::new(rename(f)))
        .collect();
    let stemmed_content = stemmed(&words, vocabulary);
    let parts = statement_places(&stemmed_content, &interned.statements);
    let quotation = quote.map(|quote| {
        Box::new(Quotation {
            quoted: stemmed(&quote.words, vocabulary),
            verbatim: Passage::new(folded(&quote.words, vocabulary, true)),
            quote,
        })
    });
    Reading {
        words,
        content,
        stemmed: stemmed_content,
        quotation,
        fragments,
        names,
        background: interned.background,
        parts,
    }
}

/// Builds the profile of every claim. `segmented[i]` is the segmentation of article `i`.
///
/// The words of each claim are read in parallel; word ids are then given out in claim
/// order, so the result does not depend on the number of threads. A claim of a text
/// already read under another outlet's name shares that reading.
pub fn profiles<'a>(
    articles: &'a [Article],
    copies: &Copies,
    segmented: &[&Segmented],
    claims: &[Claim],
    rules: &RuleSet,
) -> (Vec<Profile>, Vocabulary) {
    let phrase_list = synonym_phrases(rules);
    let phrases = Phrases::new(&phrase_list);
    let index: TextMap<&str, usize> = articles
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i))
        .collect();
    let article_of: Vec<usize> = claims
        .iter()
        .map(|c| index.get(c.article.as_str()).copied().unwrap_or(0))
        .collect();
    // Each article's outlet as a number, given out in article order.
    let mut outlets: TextMap<&str, u32> = TextMap::default();
    let mut outlet_of = |name: &'a str| {
        let next = u32::try_from(outlets.len()).unwrap_or(u32::MAX);
        *outlets.entry(name).or_insert(next)
    };
    let article_outlet: Vec<u32> = articles.iter().map(|a| outlet_of(&a.source)).collect();
    let no_outlet = outlet_of("");
    let sources = reading_sources(articles, copies, claims, &article_of);
    let own: Vec<usize> = (0..claims.len()).filter(|&c| sources[c] == c).collect();
    // A sentence that several versions of a story carry word for word is read once.
    let (twin, offset) = same_passages(&own, claims, articles, segmented, &article_of);
    let read_own: Vec<usize> = own.iter().copied().filter(|&c| twin[c] == c).collect();
    // Each task reads a block of claims and interns their words in a vocabulary of its
    // own; the blocks' words are then given batch ids block by block, in claim order: the
    // ids one reader going claim by claim would give, whatever the number of threads.
    let blocks: Vec<(Vocabulary, Vec<Interned>)> = read_own
        .par_chunks(BLOCK)
        .map(|block| {
            let mut local = Vocabulary::default();
            let mut quotations = Quotations::new(rules, &phrases);
            let read = block
                .iter()
                .map(|&c| {
                    let a = article_of[c];
                    let d = draft(
                        &claims[c],
                        articles.get(a),
                        segmented.get(a).copied(),
                        rules,
                        &phrases,
                        &mut local,
                    );
                    quotations.of_article(a, article_text(articles, a));
                    intern(d, &mut local, &mut quotations)
                })
                .collect();
            // Only the words are kept, until the blocks' ids are merged.
            local.done_reading();
            (local, read)
        })
        .collect();
    let mut vocabulary = Vocabulary::default();
    let batch_ids: Vec<Vec<u32>> = blocks
        .iter()
        .map(|(local, _)| local.words.iter().map(|w| vocabulary.intern(w)).collect())
        .collect();
    vocabulary.stem_all();
    let stems = &vocabulary;
    let read: Vec<Reading> = blocks
        .into_par_iter()
        .zip(batch_ids.par_iter())
        .flat_map_iter(|((_, block), ids)| block.into_iter().map(move |i| reading(i, ids, stems)))
        .collect();
    let mut readings: Vec<Option<Arc<Reading>>> = vec![None; claims.len()];
    for (&c, r) in read_own.iter().zip(read) {
        readings[c] = Some(Arc::new(r));
    }
    for &c in &own {
        if twin[c] != c {
            readings[c] = readings[twin[c]].clone();
        }
    }
    // Made in parallel, in claim order.
    let profiles = claims
        .par_iter()
        .enumerate()
        .map(|(c, claim)| {
            let article = article_of[c];
            let (source, reported) = articles
                .get(article)
                .map_or(("", None), |a| (a.source.as_str(), a.date));
            let written = written(claim, article_text(articles, article), source, rules);
            Profile {
                article,
                outlet: article_outlet.get(article).copied().unwrap_or(no_outlet),
                reported,
                speaker: claim.speaker.as_ref().and_then(|s| s.entity.clone()),
                named_speaker: speaker_is_named(claim),
                written,
                reading: readings[sources[c]].clone().unwrap_or_default(),
                owns_reading: sources[c] == c,
                first_copy: sources[c],
                story: 0,
                offset: offset[sources[c]],
                values: Vec::new(),
            }
        })
        .collect();
    (profiles, vocabulary)
}

/// The text of article `a` (empty when out of range).
fn article_text(articles: &[Article], a: usize) -> &str {
    articles.get(a).map_or("", |x| x.text.as_str())
}

/// Days a named day may lie from the report and still be this event.
const BACKGROUND_DAYS: i64 = 7;

/// True when a claim's content names another year or month than its report's, or a day
/// more than a week away from it.
fn points_elsewhere(claim: &Claim, content: &str, reported: Option<Date>) -> bool {
    let Some(reported) = reported else {
        return false;
    };
    let far_day = claim
        .dates
        .iter()
        .filter_map(|d| d.date)
        .any(|d| (d.to_days() - reported.to_days()).abs() > BACKGROUND_DAYS);
    far_day || names_another_time(content, reported)
}

/// True when one of the words of `content` (its runs of alphanumeric characters) is a year
/// or a month name other than the report's. The text is walked byte by byte: an ASCII byte
/// is its own character, and only a byte above 127 is decoded to tell whether it continues
/// a word ("é2016" is one word, not a year).
fn names_another_time(content: &str, reported: Date) -> bool {
    let bytes = content.as_bytes();
    let mut start = 0;
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        if ASCII_ALNUM[usize::from(b)] {
            at += 1;
            continue;
        }
        let width = if b.is_ascii() {
            1
        } else {
            match content.get(at..).and_then(|rest| rest.chars().next()) {
                Some(c) if c.is_alphanumeric() => {
                    at += c.len_utf8();
                    continue;
                }
                Some(c) => c.len_utf8(),
                None => 1,
            }
        };
        if at - start > 3
            && content
                .get(start..at)
                .is_some_and(|w| is_another_time(w, reported))
        {
            return true;
        }
        at += width;
        start = at;
    }
    bytes.len() - start > 3
        && content
            .get(start..)
            .is_some_and(|w| is_another_time(w, reported))
}

/// True when `word` is a year from 1900 to 2099 other than the report's, or a capitalised
/// month name of four letters or more other than the report's month ("May" may be the verb).
fn is_another_time(word: &str, reported: Date) -> bool {
    let bytes = word.as_bytes();
    let year = bytes.len() == 4
        && bytes.iter().all(u8::is_ascii_digit)
        && word
            .parse::<i32>()
            .is_ok_and(|y| (1900..2100).contains(&y) && y != reported.year);
    // A month name is ASCII, so a word whose first byte is not an ASCII capital is none.
    let month = bytes.len() > 3
        && bytes[0].is_ascii_uppercase()
        && word != "May"
        && crate::date::month_from_name(word).is_some_and(|m| m != reported.month);
    year || month
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Articles of (id, outlet, text), all of one day.
    fn articles(texts: &[(&str, &str, &str)]) -> Vec<Article> {
        texts
            .iter()
            .map(|&(id, source, text)| {
                let meta = crate::article::ArticleMeta {
                    id: Some(id.to_string()),
                    source: Some(source.to_string()),
                    date: Date::parse("2016-02-21"),
                    ..Default::default()
                };
                Article::from_text(std::path::Path::new("test.txt"), text, &meta).unwrap()
            })
            .collect()
    }

    /// The claims of `articles` and their profiles.
    fn read(articles: Vec<Article>) -> (crate::pipeline::Analysis, Vec<Profile>) {
        let rules = RuleSet::builtin().unwrap();
        let analysis = crate::extract_claims(articles, &rules);
        let segmented: Vec<Segmented> = analysis
            .articles
            .iter()
            .map(|a| crate::text::segment(&a.text, &rules))
            .collect();
        let refs: Vec<&Segmented> = segmented.iter().collect();
        let copies = Copies::of(&analysis.articles);
        let (profiles, _) = profiles(&analysis.articles, &copies, &refs, &analysis.claims, &rules);
        (analysis, profiles)
    }

    #[test]
    fn copies_of_one_text_share_their_reading() {
        let text = "Kerry said the truce could begin within days. \"We are closer than ever,\" Lavrov said.";
        let (_, profiles) = read(articles(&[
            ("a", "One", text),
            ("b", "Two", text),
            (
                "c",
                "Three",
                "Kerry said the truce could begin within weeks.",
            ),
        ]));
        let of = |article: usize| -> Vec<&Profile> {
            profiles.iter().filter(|p| p.article == article).collect()
        };
        assert_eq!(of(0).len(), of(1).len());
        for (x, y) in of(0).iter().zip(of(1)) {
            assert!(Arc::ptr_eq(&x.reading, &y.reading));
            // The copy under another outlet's name keeps its outlet.
            assert_ne!(x.outlet, y.outlet);
        }
        assert!(!Arc::ptr_eq(&of(0)[0].reading, &of(2)[0].reading));
    }

    #[test]
    fn a_sentence_two_versions_carry_is_read_once_and_placed_in_each() {
        let quote = "\"We will not sign the deal this week,\" Lavrov said.";
        // The second version opens with another paragraph: the sentence lies further on.
        let later = format!("Talks went on in Geneva on Sunday.\n\n{quote}");
        let (analysis, profiles) = read(articles(&[
            ("a", "One", quote),
            ("b", "Two", &later),
            (
                "c",
                "Three",
                "\"We will not sign the deal this month,\" Lavrov said.",
            ),
        ]));
        let quoted = |article: usize| {
            profiles
                .iter()
                .find(|p| p.article == article && p.reading.quote().is_some())
                .unwrap()
        };
        let (one, two, three) = (quoted(0), quoted(1), quoted(2));
        assert!(Arc::ptr_eq(&one.reading, &two.reading));
        assert!(!Arc::ptr_eq(&one.reading, &three.reading));
        // Two versions, not two copies of one text: compared as two outlets' claims.
        assert!(!one.same_text(two));
        // Each word of the shared reading points at the same words in either article.
        let words = |p: &Profile| -> Vec<String> {
            let text = &analysis.articles[p.article].text;
            p.reading
                .words
                .iter()
                .map(|w| {
                    let span = p.place(w.span());
                    text[span.start..span.end].to_string()
                })
                .collect()
        };
        assert_eq!(words(one), words(two));
        // "will not" is one word, as "won't" is, placed at its "not".
        assert_eq!(words(two)[..3], ["We", "not", "sign"]);
    }

    #[test]
    fn an_interrupted_quotation_is_read_without_the_reporters_words() {
        let rules = RuleSet::builtin().unwrap();
        let meta = crate::article::ArticleMeta {
            id: Some("a".to_string()),
            source: Some("One".to_string()),
            ..Default::default()
        };
        let text = "\"We are closer than ever,\" Lavrov told reporters in Geneva on Sunday. \"The talks will go on.\"";
        let article = Article::from_text(std::path::Path::new("a.txt"), text, &meta).unwrap();
        let analysis = crate::extract_claims(vec![article], &rules);
        let segmented = crate::text::segment(&analysis.articles[0].text, &rules);
        let copies = Copies::of(&analysis.articles);
        let (profiles, _) = profiles(
            &analysis.articles,
            &copies,
            &[&segmented],
            &analysis.claims,
            &rules,
        );
        let claim = &analysis.claims[0];
        assert_eq!(claim.parts.len(), 2, "{claim:?}");
        let spans: Vec<&str> = profiles[0]
            .reading
            .words
            .iter()
            .map(|w| w.span().of(text))
            .collect();
        assert_eq!(
            spans,
            [
                "We", "are", "closer", "than", "ever", "The", "talks", "will", "go", "on"
            ]
        );
    }

    #[test]
    fn another_year_or_month_marks_background_and_this_ones_do_not() {
        let reported = Date::parse("2016-02-21").unwrap();
        let background = |content: &str| names_another_time(content, reported);
        assert!(background(
            "the ceasefire agreed in September 2015 still held"
        ));
        assert!(background(
            "prices rose again in November, the minister said"
        ));
        assert!(background("(2015) figures showed a fall"));
        assert!(!background("the truce agreed in February 2016 still held"));
        assert!(!background("the talks May resume within days"));
        // A run of letters and digits is one word, whatever its letters are.
        assert!(!background("the convoy Ré2015 reached the town"));
        assert!(!background("a 12015-strong force"));
        assert!(background("…2015"));
    }
}
