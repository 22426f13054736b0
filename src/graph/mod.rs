//! Link stage: claims → `ClaimGraph`, whose edges join claims of different outlets that speak of the same thing, found through a blocking index (never all pairs).
//!
//! Read down the files: `words` reads a claim's text into normalised words of one
//! `Vocabulary`; `passage` aligns two quotations word by word; `reading` reads every claim
//! once into its `Profile`; `similarity` decides whether two claims speak of the same thing
//! (`compare`). This file files each claim under its blocking keys and links the pairs they
//! propose into the `ClaimGraph`.

mod passage;
mod reading;
mod similarity;
mod words;

use std::collections::{BTreeSet, HashMap};

use petgraph::graph::{NodeIndex, UnGraph};
use rayon::prelude::*;

use crate::article::{Article, Copies};
use crate::extract::Claim;
use crate::rules::RuleSet;
use crate::text::Segmented;

pub use passage::Passage;
pub use reading::{Profile, Reading, profiles};
pub use similarity::{EVENT_DAYS, Link, compare, names_disjoint};
pub use words::{Vocabulary, Word, same_words, synonym_phrases, words};

/// How many claims each claim is compared with under one blocking key.
const WINDOW: usize = 8;
/// How many claims of one article one blocking key holds.
const PER_ARTICLE: usize = 3;
/// How many of its rarest words a claim is blocked under.
const RARE_WORDS: usize = 8;

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
