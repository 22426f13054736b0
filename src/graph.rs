//! Link stage: claims → `ClaimGraph`, whose edges join claims of different outlets that speak of the same thing, found through a blocking index (never all pairs).

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use petgraph::graph::{NodeIndex, UnGraph};
use rayon::prelude::*;
use unicode_normalization::UnicodeNormalization;

use crate::article::{Article, Copies, Span};
use crate::date::Date;
use crate::extract::{Claim, ClaimKind};
use crate::rules::RuleSet;
use crate::text::Segmented;
use crate::words::{is_stop_word, lower_case_straight};

/// True when both claims name places or people and none in common: other events.
pub fn names_disjoint(pa: &Profile, pb: &Profile) -> bool {
    let (na, nb) = (&pa.reading.names, &pb.reading.names);
    !na.is_empty() && !nb.is_empty() && !na.iter().any(|n| nb.binary_search(n).is_ok())
}

/// Days two claims of one speaker may lie apart and still be about the same event.
pub const EVENT_DAYS: i64 = 2;

/// How many claims each claim is compared with under one blocking key.
const WINDOW: usize = 8;
/// How many claims of one article one blocking key holds.
const PER_ARTICLE: usize = 3;
/// How many of its rarest words a claim is blocked under.
const RARE_WORDS: usize = 6;
/// Words of a quotation compared word by word; a longer one is compared by its opening, so
/// that one enormous quotation cannot make a comparison quadratic in its length.
const MAX_QUOTE_WORDS: usize = 300;

/// One word of a claim as the checker compares it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word {
    /// The word once normalised — lower case, accents folded, hyphens dropped, synonyms
    /// canonical ("cease-fire" → "truce") — as an id of the batch's [`Vocabulary`].
    pub id: u32,
    /// Where it is in the article text (a synonym phrase covers all its words).
    pub span: Span,
    /// Not a stopword, figure or negation.
    pub content: bool,
    /// "not", "never", "didn't".
    pub negation: bool,
}

impl Word {
    /// The same word once normalised.
    pub fn same(&self, other: &Word) -> bool {
        self.id == other.id
    }
}

/// True when two word sequences read the same once normalised.
pub fn same_words(a: &[Word], b: &[Word]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.same(y))
}

/// The normalised words of a batch, each stored once and named by a dense id, so that
/// claims hold 4-byte ids and compare them as integers.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    words: Vec<Box<str>>,
    ids: HashMap<Box<str>, u32>,
}

impl Vocabulary {
    /// The id of `norm`, given out now if the word is new.
    pub fn intern(&mut self, norm: &str) -> u32 {
        if let Some(&id) = self.ids.get(norm) {
            return id;
        }
        let id = self.words.len() as u32;
        self.words.push(norm.into());
        self.ids.insert(norm.into(), id);
        id
    }

    /// The id of `norm`, if some claim of the batch has the word.
    pub fn get(&self, norm: &str) -> Option<u32> {
        self.ids.get(norm).copied()
    }

    /// The normalised word behind `id` (empty for an id this vocabulary never gave out).
    pub fn norm(&self, id: u32) -> &str {
        self.words.get(id as usize).map_or("", |w| w)
    }

    /// How many distinct words it holds.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// True before the first word.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

/// A word as read from the text, before it is given its vocabulary id.
#[derive(Debug, Clone)]
struct ReadWord {
    norm: String,
    span: Span,
    content: bool,
    negation: bool,
}

impl ReadWord {
    fn interned(&self, vocabulary: &mut Vocabulary) -> Word {
        Word {
            id: vocabulary.intern(&self.norm),
            span: self.span,
            content: self.content,
            negation: self.negation,
        }
    }
}

/// A quotation as the checker compares it: its words, its content words as a set, and
/// where each word occurs, so that two quotations are compared where they share words
/// rather than word by word.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Passage {
    pub words: Vec<Word>,
    /// Ids of its content words, sorted and distinct.
    pub content: Vec<u32>,
    /// Positions of the words, sorted by word id, then position.
    by_word: Vec<u32>,
}

impl Passage {
    pub fn new(words: Vec<Word>) -> Self {
        let mut content: Vec<u32> = words.iter().filter(|w| w.content).map(|w| w.id).collect();
        content.sort_unstable();
        content.dedup();
        let mut by_word: Vec<u32> = (0..words.len() as u32).collect();
        by_word.sort_unstable_by_key(|&k| (words[k as usize].id, k));
        Passage {
            words,
            content,
            by_word,
        }
    }

    /// Positions where word `id` occurs, in order.
    fn positions(&self, id: u32) -> &[u32] {
        let id_at = |k: &u32| self.words.get(*k as usize).map_or(u32::MAX, |w| w.id);
        let from = self.by_word.partition_point(|k| id_at(k) < id);
        let to = self.by_word.partition_point(|k| id_at(k) <= id);
        self.by_word.get(from..to).unwrap_or(&[])
    }

    /// Words the two passages have in common, counted with repetition: no common run or
    /// common subsequence is longer.
    pub fn common_words(&self, other: &Passage) -> usize {
        let id_of = |p: &Passage, k: u32| p.words.get(k as usize).map_or(u32::MAX, |w| w.id);
        let (mut i, mut j, mut common) = (0, 0, 0);
        while i < self.by_word.len() && j < other.by_word.len() {
            let (x, y) = (id_of(self, self.by_word[i]), id_of(other, other.by_word[j]));
            match x.cmp(&y) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    common += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        common
    }

    /// The longest run of words the two passages share: (length, start here, start in
    /// `other`); of runs equally long, the one that ends first here, then in `other`. Only
    /// the places where the two share a word are visited.
    pub fn longest_run(&self, other: &Passage) -> (usize, usize, usize) {
        let (a, b) = (&self.words, &other.words);
        if same_words(a, b) {
            return (a.len(), 0, 0);
        }
        // (length, end here, end in other) of the best run so far.
        let mut best: Option<(usize, usize, usize)> = None;
        for (i, wa) in a.iter().enumerate() {
            for &j in other.positions(wa.id) {
                let j = j as usize;
                // Only runs that start here: a run that goes on from the previous word was
                // measured from its start.
                if i > 0 && j > 0 && a[i - 1].id == b[j - 1].id {
                    continue;
                }
                let len = a[i..]
                    .iter()
                    .zip(&b[j..])
                    .take_while(|(x, y)| x.id == y.id)
                    .count();
                let end = (i + len - 1, j + len - 1);
                let better = best.is_none_or(|(l, ei, ej)| len > l || (len == l && end < (ei, ej)));
                if better {
                    best = Some((len, end.0, end.1));
                }
            }
        }
        best.map_or((0, 0, 0), |(len, ei, ej)| (len, ei + 1 - len, ej + 1 - len))
    }
}

/// What a claim's text says, word by word: everything the checker reads in it. Articles
/// with the same text and date share their readings.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Reading {
    /// The words of the content.
    pub words: Vec<Word>,
    /// Ids of the content words, sorted and distinct.
    pub content: Vec<u32>,
    /// The claim's own quotation (a direct claim's content, a partial claim's quote).
    pub quote: Option<Passage>,
    /// Every quotation in the claim's sentence of two words or more.
    pub fragments: Vec<Passage>,
    /// Names in the content (capitalised content words after the first), sorted ids.
    pub names: Vec<u32>,
    /// The content points at another time than the report's ("in December 2003", "in
    /// February" in a November story): its figures are background, not this event's.
    pub background: bool,
}

/// What the checker knows of one claim for linking.
#[derive(Debug, Clone)]
pub struct Profile {
    /// Index of the claim's article in `Analysis::articles`.
    pub article: usize,
    /// The outlet.
    pub source: String,
    /// The article's date: when the claim was reported.
    pub reported: Option<Date>,
    pub speaker: Option<String>,
    /// The speaker is written as a name (not "he", not "the official").
    pub named_speaker: bool,
    /// The words, shared by the copies of one text under several outlet names.
    pub reading: Arc<Reading>,
}

/// Why two claims are linked.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Link {
    /// Mean of the Jaccard and overlap coefficients of the content words.
    pub similarity: f64,
    /// Both speakers resolve to one entity.
    pub same_speaker: bool,
    /// Longest run of words the two own quotations share, as a fraction of the shorter.
    pub quote_overlap: f64,
    /// Words in that run.
    pub quote_run: usize,
    /// Longest shared run between any quoted fragments of the two sentences.
    pub fragment_run: usize,
    /// Both carry a figure of the same measured thing.
    pub same_measure: bool,
    /// Content words the two share.
    pub shared: usize,
}

/// Counts for `--verbose`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CheckStats {
    /// Pairs of claims the blocking index proposed and the linker compared.
    pub candidate_pairs: usize,
    /// Pairs found to speak of the same thing.
    pub links: usize,
}

/// Claims as nodes (node `i` is claim `i`), links as edges.
#[derive(Debug, Clone, Default)]
pub struct ClaimGraph {
    pub graph: UnGraph<usize, Link>,
    pub profiles: Vec<Profile>,
    /// The words the profiles' ids stand for.
    pub vocabulary: Vocabulary,
    pub stats: CheckStats,
}

impl ClaimGraph {
    /// Links in a stable order: by the first claim, then the second.
    pub fn links(&self) -> Vec<(usize, usize, Link)> {
        let mut out: Vec<(usize, usize, Link)> = self
            .graph
            .edge_indices()
            .filter_map(|e| {
                let (a, b) = self.graph.edge_endpoints(e)?;
                let link = *self.graph.edge_weight(e)?;
                Some((a.index().min(b.index()), a.index().max(b.index()), link))
            })
            .collect();
        out.sort_by_key(|&(a, b, _)| (a, b));
        out
    }

    /// Claims linked to claim `i`, sorted.
    pub fn neighbours(&self, i: usize) -> Vec<usize> {
        let mut out: Vec<usize> = self
            .graph
            .neighbors(NodeIndex::new(i))
            .map(NodeIndex::index)
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// Splits text into words with byte spans (offset by `base`), folding synonym phrases, and
/// gives each its id in `vocabulary`.
pub fn words(
    text: &str,
    base: usize,
    rules: &RuleSet,
    phrases: &[(Vec<String>, String)],
    vocabulary: &mut Vocabulary,
) -> Vec<Word> {
    read_words(text, base, rules, phrases)
        .iter()
        .map(|w| w.interned(vocabulary))
        .collect()
}

fn read_words(
    text: &str,
    base: usize,
    rules: &RuleSet,
    phrases: &[(Vec<String>, String)],
) -> Vec<ReadWord> {
    let mut raw: Vec<(&str, Span)> = Vec::new();
    let mut start = None;
    let is_word_char = |c: char| c.is_alphanumeric() || c == '-' || c == '\'' || c == '’';
    let trim = |c: char| c == '-' || c == '\'' || c == '’';
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (start, is_word_char(c)) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                let whole = text.get(s..i).unwrap_or("");
                let token = whole.trim_start_matches(trim);
                let lead = whole.len() - token.len();
                let token = token.trim_end_matches(trim);
                if !token.is_empty() {
                    let span = Span::new(base + s + lead, base + s + lead + token.len());
                    raw.push((token, span));
                }
                start = None;
            }
            _ => {}
        }
    }
    let multi_word = phrases.iter().any(|(p, _)| p.len() > 1);
    let lower: Vec<String> = if multi_word {
        raw.iter().map(|(t, _)| lower_case_straight(t)).collect()
    } else {
        Vec::new()
    };
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        if multi_word
            && let Some((len, canonical)) = phrases.iter().find_map(|(p, c)| {
                (p.len() > 1 && lower.get(i..i + p.len()).is_some_and(|w| w == p.as_slice()))
                    .then_some((p.len(), c))
            })
        {
            out.push(ReadWord {
                norm: canonical.clone(),
                span: Span::new(raw[i].1.start, raw[i + len - 1].1.end),
                content: true,
                negation: false,
            });
            i += len;
            continue;
        }
        let (token, span) = raw[i];
        out.push(read_word(token, span, rules));
        i += 1;
    }
    out
}

fn read_word(token: &str, span: Span, rules: &RuleSet) -> ReadWord {
    let lower = lower_case_straight(token);
    let negation = lower.ends_with("n't") || rules.is_negation(&lower);
    let base = lower
        .strip_suffix("'s")
        .unwrap_or(lower.as_str())
        .trim_end_matches('\'');
    let canonical = rules.canonical_lower(base);
    let keep = |c: &char| *c != '-' && *c != '\'';
    // Plain ASCII has no accents to fold.
    let mut norm: String = if canonical.is_ascii() {
        canonical.chars().filter(keep).collect()
    } else {
        canonical
            .nfkd()
            .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
            .filter(keep)
            .collect()
    };
    if canonical == base && norm.len() > 4 && norm.ends_with('s') && !norm.ends_with("ss") {
        norm.pop();
    }
    let numeric = norm.bytes().any(|c| c.is_ascii_digit());
    let content = !negation
        && !numeric
        && norm.chars().nth(1).is_some()
        && !is_stop_word(base)
        && !is_stop_word(&norm);
    ReadWord {
        norm,
        span,
        content,
        negation,
    }
}

/// Multi-word synonym phrases of the rules as word lists, longest first.
pub fn synonym_phrases(rules: &RuleSet) -> Vec<(Vec<String>, String)> {
    rules
        .synonym_phrases()
        .into_iter()
        .map(|(p, c)| {
            (
                p.split_whitespace().map(str::to_string).collect(),
                c.to_string(),
            )
        })
        .collect()
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

/// A claim's words as read in parallel, before they get vocabulary ids.
struct Draft {
    words: Vec<ReadWord>,
    /// Which content words are written with a capital (names), the first aside.
    capital: Vec<bool>,
    /// `None`: no quotation; `Some(None)`: the content is the quotation.
    quote: Option<Option<Vec<ReadWord>>>,
    fragments: Vec<Vec<ReadWord>>,
    background: bool,
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

/// Reads the words of one claim.
fn draft(
    claim: &Claim,
    article: Option<&Article>,
    segmented: Option<&Segmented>,
    rules: &RuleSet,
    phrases: &[(Vec<String>, String)],
) -> Draft {
    let (text, reported) = article.map_or(("", None), |a| (a.text.as_str(), a.date));
    let slice = |span: Span| text.get(span.start..span.end).unwrap_or("");
    let words_of = |span: Span| {
        let mut w = read_words(slice(span), span.start, rules, phrases);
        w.truncate(MAX_QUOTE_WORDS);
        w
    };
    let content = read_words(
        slice(claim.content_span),
        claim.content_span.start,
        rules,
        phrases,
    );
    let capital: Vec<bool> = content
        .iter()
        .enumerate()
        .map(|(k, w)| {
            k > 0
                && w.content
                && text
                    .get(w.span.start..w.span.end)
                    .and_then(|t| t.chars().next())
                    .is_some_and(char::is_uppercase)
        })
        .collect();
    let quote = match (&claim.quote, claim.kind) {
        (Some(q), _) => Some(Some(words_of(q.span))),
        (None, ClaimKind::Direct) => Some(None),
        _ => None,
    };
    let fragments = segmented
        .map(|s| {
            s.quotations_in(claim.sentence)
                .iter()
                .map(|q| words_of(q.inner))
                .filter(|w| w.len() >= 2)
                .collect()
        })
        .unwrap_or_default();
    Draft {
        background: points_elsewhere(claim, slice(claim.content_span), reported),
        words: content,
        capital,
        quote,
        fragments,
    }
}

/// A draft whose words have ids of one reading task's own vocabulary.
struct Interned {
    words: Vec<Word>,
    capital: Vec<bool>,
    quote: Option<Option<Vec<Word>>>,
    fragments: Vec<Vec<Word>>,
    background: bool,
}

/// Gives the words of a draft their ids in `vocabulary`.
fn intern(draft: Draft, vocabulary: &mut Vocabulary) -> Interned {
    let mut intern = |words: &[ReadWord]| -> Vec<Word> {
        words.iter().map(|w| w.interned(vocabulary)).collect()
    };
    Interned {
        words: intern(&draft.words),
        quote: draft.quote.map(|q| q.map(|q| intern(&q))),
        fragments: draft.fragments.iter().map(|f| intern(f)).collect(),
        capital: draft.capital,
        background: draft.background,
    }
}

/// The reading of an interned draft, its ids renamed through `batch_id` (a task's own id →
/// the batch's).
fn reading(interned: Interned, batch_id: &[u32]) -> Reading {
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
    let mut names: Vec<u32> = words
        .iter()
        .zip(&interned.capital)
        .filter(|(_, cap)| **cap)
        .map(|(w, _)| w.id)
        .collect();
    names.sort_unstable();
    names.dedup();
    let quote = interned.quote.map(|q| match q {
        Some(q) => Passage::new(rename(q)),
        None => Passage::new(words.iter().take(MAX_QUOTE_WORDS).copied().collect()),
    });
    let fragments = interned
        .fragments
        .into_iter()
        .map(|f| Passage::new(rename(f)))
        .collect();
    Reading {
        words,
        content,
        quote,
        fragments,
        names,
        background: interned.background,
    }
}

/// Builds the profile of every claim. `segmented[i]` is the segmentation of article `i`.
///
/// The words of each claim are read in parallel; word ids are then given out in claim
/// order, so the result does not depend on the number of threads. A claim of a text
/// already read under another outlet's name shares that reading.
pub fn profiles(
    articles: &[Article],
    copies: &Copies,
    segmented: &[&Segmented],
    claims: &[Claim],
    rules: &RuleSet,
) -> (Vec<Profile>, Vocabulary) {
    let phrases = synonym_phrases(rules);
    let index: HashMap<&str, usize> = articles
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i))
        .collect();
    let article_of: Vec<usize> = claims
        .iter()
        .map(|c| index.get(c.article.as_str()).copied().unwrap_or(0))
        .collect();
    let sources = reading_sources(articles, copies, claims, &article_of);
    let own: Vec<usize> = (0..claims.len()).filter(|&c| sources[c] == c).collect();
    // Each task reads a block of claims and interns their words in a vocabulary of its
    // own; the blocks' words are then given batch ids block by block, in claim order: the
    // ids one reader going claim by claim would give, whatever the number of threads.
    let blocks: Vec<(Vocabulary, Vec<Interned>)> = own
        .par_chunks(BLOCK)
        .map(|block| {
            let mut local = Vocabulary::default();
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
                    );
                    intern(d, &mut local)
                })
                .collect();
            (local, read)
        })
        .collect();
    let mut vocabulary = Vocabulary::default();
    let batch_ids: Vec<Vec<u32>> = blocks
        .iter()
        .map(|(local, _)| local.words.iter().map(|w| vocabulary.intern(w)).collect())
        .collect();
    let read: Vec<Reading> = blocks
        .into_par_iter()
        .zip(batch_ids.par_iter())
        .flat_map_iter(|((_, block), ids)| block.into_iter().map(move |i| reading(i, ids)))
        .collect();
    let mut readings: Vec<Option<Arc<Reading>>> = vec![None; claims.len()];
    for (&c, r) in own.iter().zip(read) {
        readings[c] = Some(Arc::new(r));
    }
    let profiles = claims
        .iter()
        .enumerate()
        .map(|(c, claim)| {
            let article = article_of[c];
            let (source, reported) = articles
                .get(article)
                .map_or((String::new(), None), |a| (a.source.clone(), a.date));
            Profile {
                article,
                source,
                reported,
                speaker: claim.speaker.as_ref().and_then(|s| s.entity.clone()),
                named_speaker: speaker_is_named(claim),
                reading: readings[sources[c]].clone().unwrap_or_default(),
            }
        })
        .collect();
    (profiles, vocabulary)
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
    let other_time = content
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .any(|w| {
            let year = w.len() == 4
                && w.chars().all(|c| c.is_ascii_digit())
                && w.parse::<i32>()
                    .is_ok_and(|y| (1900..2100).contains(&y) && y != reported.year);
            let month = w.chars().next().is_some_and(char::is_uppercase)
                && w != "May"
                && crate::date::month_from_name(w).is_some_and(|m| m != reported.month)
                && w.len() > 3;
            year || month
        });
    far_day || other_time
}

/// A run shared by two quotations counts only if it holds content words.
fn run_has_content(words: &[Word], start: usize, len: usize) -> usize {
    words
        .get(start..start + len)
        .map_or(0, |w| w.iter().filter(|w| w.content).count())
}

/// The longest run of words two quotations share, if it holds two content words or more;
/// 0 otherwise.
fn content_run(a: &Passage, b: &Passage) -> usize {
    // Such a run holds two content words both passages have, or one word twice in both:
    // most pairs of quotations have neither.
    let (_, shared) = intersection(&a.content, &b.content);
    let possible = match shared {
        0 => false,
        1 => a
            .content
            .iter()
            .find(|id| b.content.binary_search(id).is_ok())
            .is_some_and(|&id| a.positions(id).len() >= 2 && b.positions(id).len() >= 2),
        _ => true,
    };
    if !possible {
        return 0;
    }
    let (len, start, _) = a.longest_run(b);
    if run_has_content(&a.words, start, len) >= 2 {
        len
    } else {
        0
    }
}

/// (size of the union, size of the intersection) of two sorted id sets.
fn intersection(a: &[u32], b: &[u32]) -> (usize, usize) {
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    (a.len() + b.len() - shared, shared)
}

/// (similarity, shared words, overlap coefficient) of two sorted word-id sets.
fn similarity(a: &[u32], b: &[u32]) -> (f64, usize, f64) {
    if a.is_empty() || b.is_empty() {
        return (0.0, 0, 0.0);
    }
    let (union, shared) = intersection(a, b);
    let jaccard = shared as f64 / union as f64;
    let overlap = shared as f64 / a.len().min(b.len()) as f64;
    ((jaccard + overlap) / 2.0, shared, overlap)
}

/// Days between the two reports, or between their named days, if both are known.
fn days_apart(a: &Claim, b: &Claim, pa: &Profile, pb: &Profile) -> Option<i64> {
    let reported = match (pa.reported, pb.reported) {
        (Some(x), Some(y)) => Some((x.to_days() - y.to_days()).abs()),
        _ => None,
    };
    let named = a
        .dates
        .iter()
        .filter_map(|d| d.date)
        .flat_map(|x| {
            b.dates
                .iter()
                .filter_map(|d| d.date)
                .map(move |y| (x.to_days() - y.to_days()).abs())
        })
        .min();
    match (reported, named) {
        (Some(r), Some(n)) => Some(r.max(n)),
        (r, n) => r.or(n),
    }
}

/// Compares two claims; `None` when they do not speak of the same thing.
pub fn compare(a: &Claim, b: &Claim, pa: &Profile, pb: &Profile, rules: &RuleSet) -> Option<Link> {
    let apart = days_apart(a, b, pa, pb).unwrap_or(0);
    if apart > EVENT_DAYS {
        return None;
    }
    let (ra, rb) = (&*pa.reading, &*pb.reading);
    let same_speaker = pa.speaker.is_some() && pa.speaker == pb.speaker;
    let (sim, shared, overlap) = similarity(&ra.content, &rb.content);
    // Two copies of one text: every passage is shared whole with itself.
    let copies = Arc::ptr_eq(&pa.reading, &pb.reading);
    let own_run = |p: &Passage| {
        if run_has_content(&p.words, 0, p.words.len()) >= 2 {
            p.words.len()
        } else {
            0
        }
    };
    let (quote_run, quote_overlap) = match (&ra.quote, &rb.quote) {
        (Some(qa), Some(qb)) if !qa.words.is_empty() && !qb.words.is_empty() => {
            let len = if copies {
                own_run(qa)
            } else {
                content_run(qa, qb)
            };
            (len, len as f64 / qa.words.len().min(qb.words.len()) as f64)
        }
        _ => (0, 0.0),
    };
    // Runs shared by the quoted fragments of the two sentences: costly, so measured only
    // where they can decide something (one speaker, or a pair already linked).
    let fragment_run = || {
        if copies {
            // No run is longer than the shorter passage, and a passage with two content
            // words shares all of itself with its copy.
            return ra
                .fragments
                .iter()
                .chain(ra.quote.iter())
                .map(own_run)
                .max()
                .unwrap_or(0);
        }
        ra.fragments
            .iter()
            .chain(ra.quote.iter())
            .flat_map(|fa| {
                rb.fragments
                    .iter()
                    .chain(rb.quote.iter())
                    .map(move |fb| content_run(fa, fb))
            })
            .max()
            .unwrap_or(0)
    };
    let same_measure = !ra.background
        && !rb.background
        && a.numbers.iter().any(|x| {
            !x.ordinal
                && x.measure.is_some()
                && b.numbers
                    .iter()
                    .any(|y| !y.ordinal && y.measure == x.measure)
        });
    let enough = ra.content.len() >= rules.check.min_content_words
        && rb.content.len() >= rules.check.min_content_words;
    let exact = !ra.content.is_empty() && ra.content == rb.content;
    let same_quote = quote_run >= 4 && quote_overlap >= rules.check.quote_similarity;
    // Long claims that carry several statements share less in proportion: four shared
    // words and a third of the shorter claim are enough for one speaker.
    let several_shared = shared >= 4 && overlap >= 0.3;
    let linked_on_words = (same_speaker
        && (exact || (enough && (sim >= rules.check.min_similarity || several_shared))))
        || same_quote
        || (same_measure && same_speaker)
        || (same_measure && enough && sim >= 0.25 && !names_disjoint(pa, pb));
    let fragment_run = if linked_on_words || same_speaker {
        fragment_run()
    } else {
        0
    };
    let linked = linked_on_words || (same_speaker && fragment_run >= 3);
    linked.then_some(Link {
        similarity: sim,
        same_speaker,
        quote_overlap,
        quote_run,
        fragment_run,
        same_measure,
        shared,
    })
}

/// What a claim is filed under in the blocking index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Key {
    /// A speaker and one of the rarest words of the claim or of a quotation in its sentence.
    Speaker(u32, u32),
    /// One of the rarest words of the claim's own quotation.
    Quote(u32),
    /// A measured thing ("killed", "injured") the claim gives a figure for.
    Measure(u32),
}

/// Links the claims through a blocking index: a claim is compared only with claims that
/// share a key with it (its speaker and one of its rarest words; a rare quoted word; a
/// measured thing), and under each key only with its nearest neighbours, so the work grows
/// with the number of claims, not with its square. The pairs are compared in parallel; the
/// graph does not depend on the number of threads.
pub fn link(
    articles: &[Article],
    copies: &Copies,
    segmented: &[&Segmented],
    claims: &[Claim],
    rules: &RuleSet,
) -> ClaimGraph {
    let (profiles, vocabulary) = profiles(articles, copies, segmented, claims, rules);
    // Content words ranked by first use in a claim's content, claim by claim: the order
    // keys of equal frequency are chosen in. Words no claim has in its content are no key.
    let mut rank = vec![u32::MAX; vocabulary.len()];
    let mut ranked = 0u32;
    let mut frequency = vec![0usize; vocabulary.len()];
    for p in &profiles {
        for w in p.reading.words.iter().filter(|w| w.content) {
            if let Some(r) = rank.get_mut(w.id as usize).filter(|r| **r == u32::MAX) {
                *r = ranked;
                ranked += 1;
            }
        }
        for &w in &p.reading.content {
            if let Some(f) = frequency.get_mut(w as usize) {
                *f += 1;
            }
        }
    }
    let rank_of = |w: u32| rank.get(w as usize).copied().unwrap_or(u32::MAX);
    let frequency_of = |w: u32| frequency.get(w as usize).copied().unwrap_or(0);
    // A word only one claim has is no key; of the rest, the rarest are the best keys.
    let rarest = |ids: &[u32]| -> Vec<u32> {
        let mut ids: Vec<u32> = ids
            .iter()
            .copied()
            .filter(|&w| rank_of(w) != u32::MAX && frequency_of(w) >= 2)
            .collect();
        ids.sort_by_key(|&w| (frequency_of(w), rank_of(w)));
        ids.truncate(RARE_WORDS);
        ids
    };
    // Speakers and measured things as numbers, in claim order.
    let mut speakers: HashMap<&str, u32> = HashMap::new();
    let mut measures: HashMap<&str, u32> = HashMap::new();
    for (claim, p) in claims.iter().zip(&profiles) {
        if let Some(speaker) = &p.speaker {
            let next = speakers.len() as u32;
            speakers.entry(speaker.as_str()).or_insert(next);
        }
        for measure in claim.numbers.iter().filter_map(|n| n.measure.as_deref()) {
            let next = measures.len() as u32;
            measures.entry(measure).or_insert(next);
        }
    }
    let mut entries: Vec<(Key, usize)> = claims
        .par_iter()
        .zip(profiles.par_iter())
        .enumerate()
        .flat_map_iter(|(i, (claim, p))| {
            let mut keys = BTreeSet::new();
            let r = &p.reading;
            if let Some(&s) = p.speaker.as_deref().and_then(|s| speakers.get(s)) {
                keys.extend(rarest(&r.content).into_iter().map(|w| Key::Speaker(s, w)));
                for f in &r.fragments {
                    keys.extend(rarest(&f.content).into_iter().map(|w| Key::Speaker(s, w)));
                }
            }
            if let Some(q) = &r.quote {
                keys.extend(rarest(&q.content).into_iter().map(Key::Quote));
            }
            for n in claim.numbers.iter().filter(|n| !n.ordinal) {
                if let Some(&m) = n.measure.as_deref().and_then(|m| measures.get(m)) {
                    keys.insert(Key::Measure(m));
                }
            }
            keys.into_iter().map(move |k| (k, i))
        })
        .collect();
    // Claims in claim order under each key.
    entries.par_sort_unstable();
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let mut list: Vec<usize> = Vec::new();
    for block in entries.chunk_by(|x, y| x.0 == y.0) {
        list.clear();
        for &(_, i) in block {
            let article = profiles[i].article;
            let same_article = list
                .iter()
                .rev()
                .take_while(|&&j| profiles[j].article == article)
                .count();
            if same_article < PER_ARTICLE {
                list.push(i);
            }
        }
        for (x, &i) in list.iter().enumerate() {
            for &j in list.iter().skip(x + 1).take(WINDOW) {
                let (pi, pj) = (&profiles[i], &profiles[j]);
                if pi.article != pj.article && pi.source != pj.source {
                    pairs.push((i.min(j), i.max(j)));
                }
            }
        }
    }
    pairs.par_sort_unstable();
    pairs.dedup();
    let found: Vec<(usize, usize, Link)> = pairs
        .par_iter()
        .filter_map(|&(i, j)| {
            compare(&claims[i], &claims[j], &profiles[i], &profiles[j], rules)
                .map(|link| (i, j, link))
        })
        .collect();
    let mut graph = UnGraph::with_capacity(claims.len(), found.len());
    for i in 0..claims.len() {
        graph.add_node(i);
    }
    for &(i, j, link) in &found {
        graph.add_edge(NodeIndex::new(i), NodeIndex::new(j), link);
    }
    ClaimGraph {
        graph,
        profiles,
        vocabulary,
        stats: CheckStats {
            candidate_pairs: pairs.len(),
            links: found.len(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norms(text: &str) -> Vec<String> {
        let rules = RuleSet::builtin().unwrap();
        let mut vocabulary = Vocabulary::default();
        words(text, 0, &rules, &synonym_phrases(&rules), &mut vocabulary)
            .into_iter()
            .filter(|w| w.content)
            .map(|w| vocabulary.norm(w.id).to_string())
            .collect()
    }

    #[test]
    fn truce_words_fold_to_one() {
        assert_eq!(norms("a cessation of hostilities"), ["truce"]);
        assert_eq!(norms("the cease-fire"), ["truce"]);
        assert_eq!(norms("a ceasefire in Syria"), ["truce", "syria"]);
    }

    #[test]
    fn spans_point_at_the_words() {
        let rules = RuleSet::builtin().unwrap();
        let mut vocabulary = Vocabulary::default();
        let text = "“El País” didn’t say";
        let w = words(text, 10, &rules, &synonym_phrases(&rules), &mut vocabulary);
        assert_eq!(vocabulary.norm(w[0].id), "el");
        assert_eq!(vocabulary.norm(w[1].id), "pais");
        assert_eq!(&text[w[1].span.start - 10..w[1].span.end - 10], "País");
        assert!(w[2].negation);
    }

    /// The full table the sparse search replaces.
    fn table_run(a: &[Word], b: &[Word]) -> (usize, usize, usize) {
        let mut best = (0, 0, 0);
        let mut prev = vec![0usize; b.len() + 1];
        let mut row = vec![0usize; b.len() + 1];
        for (i, wa) in a.iter().enumerate() {
            for (j, wb) in b.iter().enumerate() {
                row[j + 1] = if wa.same(wb) { prev[j] + 1 } else { 0 };
                if row[j + 1] > best.0 {
                    best = (row[j + 1], i + 1 - row[j + 1], j + 1 - row[j + 1]);
                }
            }
            std::mem::swap(&mut prev, &mut row);
        }
        best
    }

    #[test]
    fn the_sparse_run_is_the_one_the_full_table_finds() {
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n
        };
        for _ in 0..2000 {
            let vocabulary = 1 + next(6);
            let mut passage = || {
                let len = next(12);
                let words = (0..len)
                    .map(|k| Word {
                        id: next(vocabulary) as u32,
                        span: Span::new(k as usize, k as usize + 1),
                        content: true,
                        negation: false,
                    })
                    .collect();
                Passage::new(words)
            };
            let (a, b) = (passage(), passage());
            assert_eq!(
                a.longest_run(&b),
                table_run(&a.words, &b.words),
                "{a:?} {b:?}"
            );
            let common = a.common_words(&b);
            assert!(table_run(&a.words, &b.words).0 <= common);
        }
    }

    #[test]
    fn one_word_has_one_id() {
        let rules = RuleSet::builtin().unwrap();
        let mut vocabulary = Vocabulary::default();
        let w = words(
            "Truce, truce and a cease-fire",
            0,
            &rules,
            &synonym_phrases(&rules),
            &mut vocabulary,
        );
        assert!(w[0].same(&w[1]) && w[1].same(&w[4]));
        assert!(!w[0].same(&w[2]));
    }

    #[test]
    fn quotations_sharing_only_stopwords_have_no_run() {
        let rules = RuleSet::builtin().unwrap();
        let mut vocabulary = Vocabulary::default();
        let mut passage = |t: &str| {
            Passage::new(words(
                t,
                0,
                &rules,
                &synonym_phrases(&rules),
                &mut vocabulary,
            ))
        };
        let a = passage("we will not be the ones to blame for it");
        let b = passage("they will not be the ones who pay");
        assert_eq!(content_run(&a, &b), 0);
        let c = passage("we will not pay the price of the war");
        let d = passage("Russia will not pay the price of the war, he said");
        assert_eq!(content_run(&c, &d), 8);
    }

    #[test]
    fn copies_of_one_text_share_their_reading() {
        let rules = RuleSet::builtin().unwrap();
        let article = |id: &str, source: &str, text: &str| {
            let meta = crate::article::ArticleMeta {
                id: Some(id.to_string()),
                source: Some(source.to_string()),
                date: Date::parse("2016-02-21"),
                ..Default::default()
            };
            Article::from_text(std::path::Path::new("test.txt"), text, &meta).unwrap()
        };
        let text = "Kerry said the truce could begin within days. \"We are closer than ever,\" Lavrov said.";
        let articles = vec![
            article("a", "One", text),
            article("b", "Two", text),
            article(
                "c",
                "Three",
                "Kerry said the truce could begin within weeks.",
            ),
        ];
        let analysis = crate::extract_claims(articles, &rules);
        let segmented: Vec<Segmented> = analysis
            .articles
            .iter()
            .map(|a| crate::text::segment(&a.text, &rules))
            .collect();
        let refs: Vec<&Segmented> = segmented.iter().collect();
        let copies = Copies::of(&analysis.articles);
        let (profiles, _) = profiles(&analysis.articles, &copies, &refs, &analysis.claims, &rules);
        let of = |article: usize| -> Vec<&Profile> {
            profiles.iter().filter(|p| p.article == article).collect()
        };
        assert_eq!(of(0).len(), of(1).len());
        for (x, y) in of(0).iter().zip(of(1)) {
            assert!(Arc::ptr_eq(&x.reading, &y.reading));
            assert_eq!(y.source, "Two");
        }
        assert!(!Arc::ptr_eq(&of(0)[0].reading, &of(2)[0].reading));
    }
}
