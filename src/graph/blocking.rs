//! The blocking index: which pairs of claims are worth comparing, found through keys the two share (a rare stem, two content words in a row in the claim or in a quotation of its sentence, a measured thing) within one story, never by looking at all pairs.

use std::hash::Hasher;

use rayon::prelude::*;

use super::reading::Profile;
use super::weights::Weights;
use super::words::Vocabulary;
use crate::extract::Claim;
use crate::words::Fnv;
use crate::words::TextMap;

/// How pairs of claims are proposed for comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Blocking {
    /// Through the blocking index: the work grows with the number of claims.
    Index,
    /// Every pair of claims of one story (quadratic): only to measure what the index
    /// misses, on small batches.
    AllPairs,
}

/// A key block this small is compared pair by pair; a larger one only between neighbours.
const ALL_PAIRS: usize = 24;
/// How many neighbours each claim of a large block is compared with.
const WINDOW: usize = 8;
/// How many claims of one article a large block holds.
const PER_ARTICLE: usize = 3;
/// How many of its rarest stems a claim is filed under, however common they are (rarer
/// stems are always keys).
const RARE_STEMS: usize = 8;

/// What a claim is filed under, within its story (filed as [`Key::packed`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Key {
    /// A content stem: claims that share words.
    Stem(u32),
    /// Two content stems in a row, in the claim's words or its quotation: claims that
    /// share a run of words (quotations, excerpts, a quoted phrase reported plainly).
    Pair(u32, u32),
    /// Two content words in a row (word ids, not stems) in a quotation of the claim's
    /// sentence: claims whose sentences quote the same words, for the misquote check.
    Fragment(u32, u32),
    /// A measured thing ("killed", "injured") the claim gives a figure for.
    Measure(u32),
}

impl Key {
    /// The key as one number that sorts as the key does (by kind, then its ids in order):
    /// a story's entries are sorted by it, and one integer compares faster than an enum.
    fn packed(self) -> u128 {
        let (kind, a, b) = match self {
            Key::Stem(s) => (0u128, s, 0),
            Key::Pair(x, y) => (1, x, y),
            Key::Fragment(x, y) => (2, x, y),
            Key::Measure(m) => (3, m, 0),
        };
        (kind << 64) | (u128::from(a) << 32) | u128::from(b)
    }
}

/// The pairs of claims `(i, j)`, `i < j`, to compare: claims that own their reading (a
/// copy of a text is linked to its first copy apart), of different articles, outlets
/// and one story. Sorted and distinct; the same whatever the number of threads.
pub fn candidates(
    claims: &[Claim],
    profiles: &[Profile],
    weights: &Weights,
    vocabulary: &Vocabulary,
    blocking: Blocking,
) -> Vec<(usize, usize)> {
    let comparable = |i: usize, j: usize| {
        let (pi, pj) = (&profiles[i], &profiles[j]);
        pi.article != pj.article && pi.outlet != pj.outlet && pi.story == pj.story
    };
    let owners: Vec<usize> = (0..profiles.len())
        .filter(|&i| profiles[i].owns_reading)
        .collect();
    let mut pairs: Vec<u64> = match blocking {
        Blocking::AllPairs => owners
            .par_iter()
            .enumerate()
            .flat_map_iter(|(x, &i)| {
                owners[x + 1..]
                    .iter()
                    .filter(move |&&j| comparable(i, j))
                    .filter_map(move |&j| packed_pair(i, j))
            })
            .collect(),
        Blocking::Index => indexed(claims, profiles, &owners, weights, vocabulary, &comparable),
    };
    pairs.par_sort_unstable();
    pairs.dedup();
    pairs.par_iter().map(|&pair| unpacked_pair(pair)).collect()
}

/// A pair of claims `(i, j)`, `i < j`, as one number that sorts as the pair does (`i`
/// above, `j` below): a story's proposed pairs, many times as many as its distinct ones,
/// are sorted and made distinct by integer compares of half the width. `None` for a claim
/// past the 32-bit indices the linker keeps.
fn packed_pair(i: usize, j: usize) -> Option<u64> {
    let (i, j) = (u32::try_from(i).ok()?, u32::try_from(j).ok()?);
    Some((u64::from(i.min(j)) << 32) | u64::from(i.max(j)))
}

/// The pair of claims a [`packed_pair`] stands for.
fn unpacked_pair(pair: u64) -> (usize, usize) {
    ((pair >> 32) as usize, (pair & u64::from(u32::MAX)) as usize)
}

/// The pairs the blocking index proposes that are `comparable`, packed ([`packed_pair`]);
/// each story's sorted and distinct.
fn indexed(
    claims: &[Claim],
    profiles: &[Profile],
    owners: &[usize],
    weights: &Weights,
    vocabulary: &Vocabulary,
    comparable: &(impl Fn(usize, usize) -> bool + Sync),
) -> Vec<u64> {
    // Each stem's hash, from its letters: a claim's place in a large block.
    let hashes: Vec<u64> = (0..vocabulary.stem_count() as u32)
        .map(|s| {
            let mut h = Fnv::default();
            h.write(vocabulary.stem_text(s).as_bytes());
            h.finish()
        })
        .collect();
    // Measured things as numbers, in claim order.
    let mut measures: TextMap<&str, u32> = TextMap::default();
    for &i in owners {
        for measure in claims[i]
            .numbers
            .iter()
            .filter_map(|n| n.measure.as_deref())
        {
            let next = measures.len() as u32;
            measures.entry(measure).or_insert(next);
        }
    }
    // A stem only one reading has is no key; the rarest are the best keys.
    let rarest = |story: usize, stems: &[u32]| -> Vec<u32> {
        // Each stem's place in the order (readings holding it, its hash, the stem) looked
        // up once, not at every comparison of the sort; no two stems share one.
        let mut ids: Vec<(u32, Option<u64>, u32)> = stems
            .iter()
            .map(|&s| {
                (
                    weights.frequency(story, s),
                    hashes.get(s as usize).copied(),
                    s,
                )
            })
            .filter(|&(frequency, ..)| frequency >= 2)
            .collect();
        ids.sort_unstable();
        let keep = ids
            .iter()
            .position(|&(frequency, ..)| frequency as usize > ALL_PAIRS)
            .unwrap_or(ids.len())
            .max(RARE_STEMS.min(ids.len()));
        ids.iter().take(keep).map(|&(.., s)| s).collect()
    };
    // The keys of one claim, each filed with the claim's place in a large block.
    let keys_of = |i: usize| {
        let (claim, p) = (&claims[i], &profiles[i]);
        let r = &p.reading;
        let mut keys: Vec<u128> = rarest(p.story, r.stems())
            .into_iter()
            .map(|s| Key::Stem(s).packed())
            .collect();
        for passage in std::iter::once(&r.stemmed).chain(r.quoted()) {
            keys.extend(
                passage
                    .words
                    .windows(2)
                    .filter(|w| w[0].id != w[1].id)
                    .map(|w| Key::Pair(w[0].id, w[1].id).packed()),
            );
        }
        for fragment in r.fragments.iter().chain(r.quote()) {
            let mut previous: Option<u32> = None;
            for id in fragment.words.iter().filter(|w| w.content).map(|w| w.id) {
                if let Some(before) = previous.filter(|&b| b != id) {
                    keys.push(Key::Fragment(before, id).packed());
                }
                previous = Some(id);
            }
        }
        for n in claim.numbers.iter().filter(|n| !n.ordinal) {
            if let Some(&m) = n.measure.as_deref().and_then(|m| measures.get(m)) {
                keys.push(Key::Measure(m).packed());
            }
        }
        keys.sort_unstable();
        keys.dedup();
        let order = signature(r.stems(), &hashes);
        let filed = filed(i, p.article);
        keys.into_iter()
            .filter_map(move |k| Some((k, order, filed?)))
    };
    // Claims meet only within a story, so each story's keys are filed and read on their
    // own: the index of one story at a time, never of the whole batch.
    let mut by_story: Vec<Vec<usize>> = Vec::new();
    for &i in owners {
        let story = profiles[i].story;
        if by_story.len() <= story {
            by_story.resize_with(story + 1, Vec::new);
        }
        by_story[story].push(i);
    }
    by_story
        .par_iter()
        .flat_map_iter(|members| {
            // Each entry: (key packed, order within the block, claim and article filed).
            let mut entries: Vec<(u128, u64, u64)> =
                members.iter().flat_map(|&i| keys_of(i)).collect();
            // Within a block, claims with the same rarest stem sit side by side.
            entries.sort_unstable();
            let mut pairs = Vec::new();
            for block in entries.chunk_by(|x, y| x.0 == y.0) {
                block_pairs(block, &mut pairs);
            }
            pairs.sort_unstable();
            pairs.dedup();
            // The article and outlet filter, on the story's distinct pairs.
            pairs.retain(|&pair| {
                let (i, j) = unpacked_pair(pair);
                comparable(i, j)
            });
            pairs
        })
        .collect()
}

/// A claim as a block files it: the claim above, its article below, so that entries sort
/// as their claims do and a large block counts each article's claims without looking the
/// claim up. `None` past 32-bit indices, as [`packed_pair`].
fn filed(claim: usize, article: usize) -> Option<u64> {
    let (claim, article) = (u32::try_from(claim).ok()?, u32::try_from(article).ok()?);
    Some((u64::from(claim) << 32) | u64::from(article))
}

/// The article of a [`filed`] claim.
fn article_filed(filed: u64) -> u32 {
    filed as u32
}

/// Two [`filed`] claims as a [`packed_pair`], unless they are of one article (a pair the
/// article filter would drop, left out before it is sorted with the others).
fn filed_pair(x: u64, y: u64) -> Option<u64> {
    if article_filed(x) == article_filed(y) {
        return None;
    }
    let (i, j) = (x >> 32, y >> 32);
    Some((i.min(j) << 32) | i.max(j))
}

/// The pairs of one key block, of claims of different articles: every pair of a small
/// block, neighbours in a large one.
fn block_pairs(block: &[(u128, u64, u64)], pairs: &mut Vec<u64>) {
    if block.len() <= ALL_PAIRS {
        for (x, &(.., i)) in block.iter().enumerate() {
            for &(.., j) in &block[x + 1..] {
                pairs.extend(filed_pair(i, j));
            }
        }
        return;
    }
    let mut list: Vec<u64> = Vec::new();
    let mut held: TextMap<u32, usize> = TextMap::default();
    for &(.., i) in block {
        let count = held.entry(article_filed(i)).or_default();
        if *count < PER_ARTICLE {
            *count += 1;
            list.push(i);
        }
    }
    for (x, &i) in list.iter().enumerate() {
        for &j in list.iter().skip(x + 1).take(WINDOW) {
            pairs.extend(filed_pair(i, j));
        }
    }
}

/// A claim's place in a large block: the least hash of its stems, so that claims sharing
/// their least-hashed stem are neighbours (a MinHash of one function), whatever their order
/// in the batch.
fn signature(stems: &[u32], hashes: &[u64]) -> u64 {
    stems
        .iter()
        .map(|&s| hashes.get(s as usize).copied().unwrap_or(u64::MAX))
        .min()
        .unwrap_or(u64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_keys_sort_by_kind_then_ids() {
        let keys = [
            Key::Stem(3),
            Key::Stem(70_000),
            Key::Pair(2, u32::MAX),
            Key::Pair(3, 0),
            Key::Fragment(0, 1),
            Key::Fragment(0, 2),
            Key::Measure(0),
            Key::Measure(u32::MAX),
        ];
        let packed: Vec<u128> = keys.iter().map(|k| k.packed()).collect();
        assert!(packed.windows(2).all(|w| w[0] < w[1]), "{packed:?}");
        // One key packs to one number: claims filed under it meet, others do not.
        assert_ne!(Key::Stem(1).packed(), Key::Measure(1).packed());
        assert_eq!(Key::Pair(5, 6).packed(), Key::Pair(5, 6).packed());
    }

    #[test]
    fn packed_pairs_sort_as_the_pairs_and_read_back() {
        let pairs = [
            (0, 1),
            (0, 70_000),
            (1, 2),
            (2, 1),
            (69_999, 3),
            (u32::MAX as usize - 1, u32::MAX as usize),
        ];
        let mut packed: Vec<u64> = pairs
            .iter()
            .filter_map(|&(i, j)| packed_pair(i, j))
            .collect();
        packed.sort_unstable();
        packed.dedup();
        let back: Vec<(usize, usize)> = packed.iter().map(|&p| unpacked_pair(p)).collect();
        // The smaller claim first, sorted by it, then by the other; one pair written both
        // ways is one pair.
        assert_eq!(
            back,
            [
                (0, 1),
                (0, 70_000),
                (1, 2),
                (3, 69_999),
                (u32::MAX as usize - 1, u32::MAX as usize)
            ]
        );
        // A claim past the linker's 32-bit indices is never proposed.
        assert_eq!(packed_pair(0, u32::MAX as usize + 1), None);
    }
}
