//! Link stage: claims → `ClaimGraph`, whose edges join claims of different outlets that speak of the same thing, found through a blocking index (never all pairs).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use petgraph::graph::{NodeIndex, UnGraph};
use rayon::prelude::*;
use unicode_normalization::UnicodeNormalization;

use crate::article::{Article, Span};
use crate::date::Date;
use crate::extract::{Claim, ClaimKind};
use crate::rules::RuleSet;
use crate::text::Segmented;

/// Words that carry no content of their own: articles, pronouns, auxiliaries, reporting verbs.
const STOPWORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "been",
    "before",
    "being",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "during",
    "each",
    "even",
    "every",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "him",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "may",
    "me",
    "might",
    "more",
    "most",
    "must",
    "my",
    "now",
    "of",
    "on",
    "once",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "out",
    "over",
    "own",
    "same",
    "shall",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "upon",
    "us",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
    "yours",
    "said",
    "says",
    "say",
    "saying",
    "told",
    "tell",
    "tells",
    "added",
    "adding",
    "according",
    "noted",
    "reportedly",
    "somehow",
    "fact",
    "whether",
    "within",
    "via",
    "per",
    "yet",
    "still",
    "don",
    "didn",
    "doesn",
    "isn",
    "wasn",
    "weren",
    "won",
    "wouldn",
    "couldn",
    "shouldn",
    "aren",
    "hasn",
    "haven",
    "hadn",
    "ll",
    "ve",
    "re",
    "d",
    "s",
    "t",
    "m",
    "he’d",
    "it’s",
];

/// True when both claims name places or people and none in common: other events.
pub fn names_disjoint(pa: &Profile, pb: &Profile) -> bool {
    !pa.names.is_empty()
        && !pb.names.is_empty()
        && !pa.names.iter().any(|n| pb.names.binary_search(n).is_ok())
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
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    /// Lower case, accents folded, hyphens dropped, synonyms canonical ("cease-fire" → "truce").
    pub norm: String,
    /// A hash of `norm`, so that word-by-word alignments compare integers first.
    pub key: u64,
    /// Where it is in the article text (a synonym phrase covers all its words).
    pub span: Span,
    /// Not a stopword, figure or negation.
    pub content: bool,
    /// "not", "never", "didn't".
    pub negation: bool,
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
    /// The words of the content.
    pub words: Vec<Word>,
    /// Interned content words, sorted and distinct.
    pub content: Vec<u32>,
    /// The claim's own quotation (a direct claim's content, a partial claim's quote).
    pub quote: Option<Vec<Word>>,
    /// Every quotation in the claim's sentence.
    pub fragments: Vec<Vec<Word>>,
    /// Names in the content (capitalised words after the first), interned, sorted.
    pub names: Vec<u32>,
    /// The content points at another time than the report's ("in December 2003", "in
    /// February" in a November story): its figures are background, not this event's.
    pub background: bool,
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

/// Splits text into words with byte spans (offset by `base`), folding synonym phrases.
pub fn words(
    text: &str,
    base: usize,
    rules: &RuleSet,
    phrases: &[(Vec<String>, String)],
) -> Vec<Word> {
    let mut raw: Vec<(String, Span)> = Vec::new();
    let mut start = None;
    let is_word_char = |c: char| c.is_alphanumeric() || c == '-' || c == '\'' || c == '’';
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (start, is_word_char(c)) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                let token = text.get(s..i).unwrap_or("");
                let token = token.trim_matches(|c: char| c == '-' || c == '\'' || c == '’');
                if !token.is_empty() {
                    let lead = text.get(s..i).unwrap_or("").find(token).unwrap_or(0);
                    let span = Span::new(base + s + lead, base + s + lead + token.len());
                    raw.push((token.to_string(), span));
                }
                start = None;
            }
            _ => {}
        }
    }
    let lower: Vec<String> = raw.iter().map(|(t, _)| t.to_lowercase()).collect();
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        if let Some((len, canonical)) = phrases.iter().find_map(|(p, c)| {
            (p.len() > 1 && lower.get(i..i + p.len()).is_some_and(|w| w == p.as_slice()))
                .then_some((p.len(), c))
        }) {
            out.push(Word {
                key: word_key(canonical),
                norm: canonical.clone(),
                span: Span::new(raw[i].1.start, raw[i + len - 1].1.end),
                content: true,
                negation: false,
            });
            i += len;
            continue;
        }
        let (token, span) = &raw[i];
        out.push(word(token, *span, rules));
        i += 1;
    }
    out
}

fn word(token: &str, span: Span, rules: &RuleSet) -> Word {
    let mut lower = if token.is_ascii() {
        token.to_ascii_lowercase()
    } else {
        token.to_lowercase()
    };
    if lower.contains('’') {
        lower = lower.replace('’', "'");
    }
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
    let numeric = norm.chars().any(|c| c.is_ascii_digit());
    let content = !negation
        && !numeric
        && norm.chars().count() > 1
        && !STOPWORDS.contains(&base)
        && !STOPWORDS.contains(&norm.as_str());
    Word {
        key: word_key(&norm),
        norm,
        span,
        content,
        negation,
    }
}

/// FNV-1a of a normalised word.
fn word_key(norm: &str) -> u64 {
    norm.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

impl Word {
    /// The same word once normalised.
    pub fn same(&self, other: &Word) -> bool {
        self.key == other.key && self.norm == other.norm
    }
}

/// True when two word sequences read the same once normalised.
pub fn same_words(a: &[Word], b: &[Word]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.same(y))
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

/// Builds the profile of every claim. `segmented[i]` is the segmentation of article `i`.
///
/// The words of each claim are read in parallel; word ids are then given out in claim
/// order, so the result does not depend on the number of threads.
pub fn profiles(
    articles: &[Article],
    segmented: &[Segmented],
    claims: &[Claim],
    rules: &RuleSet,
) -> (Vec<Profile>, HashMap<String, u32>) {
    let phrases = synonym_phrases(rules);
    let index: HashMap<&str, usize> = articles
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i))
        .collect();
    let read: Vec<(Profile, Vec<bool>)> = claims
        .par_iter()
        .map(|claim| {
            let article = index.get(claim.article.as_str()).copied().unwrap_or(0);
            let (text, source, reported) = articles
                .get(article)
                .map_or(("", String::new(), None), |a| {
                    (a.text.as_str(), a.source.clone(), a.date)
                });
            let slice = |span: Span| text.get(span.start..span.end).unwrap_or("");
            let words_of = |span: Span| words(slice(span), span.start, rules, &phrases);
            let content_words = words_of(claim.content_span);
            // Which content words are written with a capital (names), the first aside.
            let capital: Vec<bool> = content_words
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
            let background = points_elsewhere(claim, slice(claim.content_span), reported);
            let capped = |mut w: Vec<Word>| {
                w.truncate(MAX_QUOTE_WORDS);
                w
            };
            let quote = match (&claim.quote, claim.kind) {
                (Some(q), _) => Some(capped(words_of(q.span))),
                (None, ClaimKind::Direct) => Some(capped(content_words.clone())),
                _ => None,
            };
            let fragments = segmented
                .get(article)
                .map(|s| {
                    s.quotations_in(claim.sentence)
                        .iter()
                        .map(|q| capped(words_of(q.inner)))
                        .filter(|w| w.len() >= 2)
                        .collect()
                })
                .unwrap_or_default();
            let profile = Profile {
                article,
                source,
                reported,
                speaker: claim.speaker.as_ref().and_then(|s| s.entity.clone()),
                named_speaker: speaker_is_named(claim),
                words: content_words,
                content: Vec::new(),
                quote,
                fragments,
                names: Vec::new(),
                background,
            };
            (profile, capital)
        })
        .collect();
    let mut interner: HashMap<String, u32> = HashMap::new();
    let mut out = Vec::with_capacity(read.len());
    for (mut profile, capital) in read {
        let mut content: Vec<u32> = profile
            .words
            .iter()
            .filter(|w| w.content)
            .map(|w| {
                let next = interner.len() as u32;
                *interner.entry(w.norm.clone()).or_insert(next)
            })
            .collect();
        content.sort_unstable();
        content.dedup();
        let mut names: Vec<u32> = profile
            .words
            .iter()
            .zip(&capital)
            .filter(|(_, cap)| **cap)
            .filter_map(|(w, _)| interner.get(&w.norm).copied())
            .collect();
        names.sort_unstable();
        names.dedup();
        profile.content = content;
        profile.names = names;
        out.push(profile);
    }
    (out, interner)
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

/// The longest run of equal words the two sequences share: (length, start in a, start in b).
pub fn longest_run(a: &[Word], b: &[Word]) -> (usize, usize, usize) {
    // Wire copy repeats itself: identical passages need no table.
    if same_words(a, b) {
        return (a.len(), 0, 0);
    }
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

/// A run shared by two quotations counts only if it holds content words.
fn run_has_content(words: &[Word], start: usize, len: usize) -> usize {
    words
        .get(start..start + len)
        .map_or(0, |w| w.iter().filter(|w| w.content).count())
}

/// (similarity, shared words, overlap coefficient) of two sorted word-id sets.
fn similarity(a: &[u32], b: &[u32]) -> (f64, usize, f64) {
    if a.is_empty() || b.is_empty() {
        return (0.0, 0, 0.0);
    }
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
    let union = a.len() + b.len() - shared;
    let jaccard = shared as f64 / union as f64;
    let overlap = shared as f64 / a.len().min(b.len()) as f64;
    ((jaccard + overlap) / 2.0, shared, overlap)
}

/// Days between the two reports, or between their named days, if both are known.
fn days_apart(a: &Claim, b: &Claim, pa: &Profile, pb: &Profile) -> Option<i64> {
    let da: Vec<Date> = a.dates.iter().filter_map(|d| d.date).collect();
    let db: Vec<Date> = b.dates.iter().filter_map(|d| d.date).collect();
    let reported = match (pa.reported, pb.reported) {
        (Some(x), Some(y)) => Some((x.to_days() - y.to_days()).abs()),
        _ => None,
    };
    let named = da
        .iter()
        .flat_map(|x| db.iter().map(move |y| (x.to_days() - y.to_days()).abs()))
        .min();
    match (reported, named) {
        (Some(r), Some(n)) => Some(r.max(n)),
        (r, n) => r.or(n),
    }
}

/// Compares two claims; `None` when they do not speak of the same thing.
pub fn compare(a: &Claim, b: &Claim, pa: &Profile, pb: &Profile, rules: &RuleSet) -> Option<Link> {
    let same_speaker = pa.speaker.is_some() && pa.speaker == pb.speaker;
    let (sim, shared, overlap) = similarity(&pa.content, &pb.content);
    let (quote_run, quote_overlap) = match (&pa.quote, &pb.quote) {
        (Some(qa), Some(qb)) if !qa.is_empty() && !qb.is_empty() => {
            let (len, sa, _) = longest_run(qa, qb);
            if run_has_content(qa, sa, len) >= 2 {
                (len, len as f64 / qa.len().min(qb.len()) as f64)
            } else {
                (0, 0.0)
            }
        }
        _ => (0, 0.0),
    };
    // Runs shared by the quoted fragments of the two sentences: costly, so measured only
    // where they can decide something (one speaker, or a pair already linked).
    let fragment_run = || {
        pa.fragments
            .iter()
            .chain(pa.quote.iter())
            .flat_map(|fa| {
                pb.fragments.iter().chain(pb.quote.iter()).map(move |fb| {
                    let (len, sa, _) = longest_run(fa, fb);
                    if run_has_content(fa, sa, len) >= 2 {
                        len
                    } else {
                        0
                    }
                })
            })
            .max()
            .unwrap_or(0)
    };
    let same_measure = !pa.background
        && !pb.background
        && a.numbers.iter().any(|x| {
            !x.ordinal
                && x.measure.is_some()
                && b.numbers
                    .iter()
                    .any(|y| !y.ordinal && y.measure == x.measure)
        });
    let apart = days_apart(a, b, pa, pb).unwrap_or(0);
    if apart > EVENT_DAYS {
        return None;
    }
    let enough = pa.content.len() >= rules.check.min_content_words
        && pb.content.len() >= rules.check.min_content_words;
    let exact = !pa.content.is_empty() && pa.content == pb.content;
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

/// Links the claims through a blocking index: a claim is compared only with claims that
/// share a key with it (its speaker and one of its rarest words; a rare quoted word; a
/// measured thing), and under each key only with its nearest neighbours, so the work grows
/// with the number of claims, not with its square.
pub fn link(
    articles: &[Article],
    segmented: &[Segmented],
    claims: &[Claim],
    rules: &RuleSet,
) -> ClaimGraph {
    let (profiles, interner) = profiles(articles, segmented, claims, rules);
    let mut frequency = vec![0usize; interner.len()];
    for p in &profiles {
        for &w in &p.content {
            if let Some(f) = frequency.get_mut(w as usize) {
                *f += 1;
            }
        }
    }
    // A word only one claim has is no key; of the rest, the rarest are the best keys.
    let rarest = |ids: &mut Vec<u32>| {
        ids.retain(|&w| frequency.get(w as usize).copied().unwrap_or(0) >= 2);
        ids.sort_by_key(|&w| (frequency.get(w as usize).copied().unwrap_or(0), w));
        ids.truncate(RARE_WORDS);
    };
    let ids_of = |words: &[Word]| -> Vec<u32> {
        let mut ids: Vec<u32> = words
            .iter()
            .filter(|w| w.content)
            .filter_map(|w| interner.get(&w.norm).copied())
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    };
    let mut blocks: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, (claim, p)) in claims.iter().zip(&profiles).enumerate() {
        let mut keys = BTreeSet::new();
        if let Some(speaker) = &p.speaker {
            let mut rare = p.content.clone();
            rarest(&mut rare);
            keys.extend(rare.iter().map(|w| format!("s {speaker} {w}")));
            for f in &p.fragments {
                let mut rare = ids_of(f);
                rarest(&mut rare);
                keys.extend(rare.iter().map(|w| format!("s {speaker} {w}")));
            }
        }
        if let Some(q) = &p.quote {
            let mut rare = ids_of(q);
            rarest(&mut rare);
            keys.extend(rare.iter().map(|w| format!("q {w}")));
        }
        for n in &claim.numbers {
            if let (Some(measure), false) = (&n.measure, n.ordinal) {
                keys.insert(format!("n {measure}"));
            }
        }
        for key in keys {
            let list = blocks.entry(key).or_default();
            let same_article = list
                .iter()
                .rev()
                .take_while(|&&j| profiles[j].article == p.article)
                .count();
            if same_article < PER_ARTICLE {
                list.push(i);
            }
        }
    }
    let mut pairs: BTreeSet<(usize, usize)> = BTreeSet::new();
    for list in blocks.values() {
        for (x, &i) in list.iter().enumerate() {
            for &j in list.iter().skip(x + 1).take(WINDOW) {
                let (pi, pj) = (&profiles[i], &profiles[j]);
                if pi.article != pj.article && pi.source != pj.source {
                    pairs.insert((i.min(j), i.max(j)));
                }
            }
        }
    }
    let mut graph = UnGraph::with_capacity(claims.len(), pairs.len());
    for i in 0..claims.len() {
        graph.add_node(i);
    }
    let mut links = 0;
    for &(i, j) in &pairs {
        if let Some(link) = compare(&claims[i], &claims[j], &profiles[i], &profiles[j], rules) {
            graph.add_edge(NodeIndex::new(i), NodeIndex::new(j), link);
            links += 1;
        }
    }
    ClaimGraph {
        graph,
        profiles,
        stats: CheckStats {
            candidate_pairs: pairs.len(),
            links,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norms(text: &str) -> Vec<String> {
        let rules = RuleSet::builtin().unwrap();
        words(text, 0, &rules, &synonym_phrases(&rules))
            .into_iter()
            .filter(|w| w.content)
            .map(|w| w.norm)
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
        let text = "“El País” didn’t say";
        let w = words(text, 10, &rules, &synonym_phrases(&rules));
        assert_eq!(w[0].norm, "el");
        assert_eq!(w[1].norm, "pais");
        assert_eq!(&text[w[1].span.start - 10..w[1].span.end - 10], "País");
        assert!(w[2].negation);
    }
}
