//! Link stage: claims → `ClaimGraph`, whose links join claims of different outlets of one story that speak of the same thing, found through a blocking index (never all pairs).
//!
//! Read down the files: `words` reads a claim's text into normalised words of one
//! `Vocabulary` and stems them; `passage` aligns two quotations word by word; `reading` reads
//! every claim once into its `Profile`; `weights` weighs each stem by its rarity in the
//! batch; `speaker` tells whether two speakers can be one, `speaks_for` whether one speaks for the
//! other (a state and its leader); `blocking` proposes the pairs
//! worth comparing; `similarity` decides whether two claims speak of the same thing
//! (`compare`). This file links the proposed pairs into the `ClaimGraph`.

mod blocking;
mod passage;
mod reading;
mod similarity;
mod speaker;
mod speaks_for;
mod values;
mod weights;
mod words;

use std::sync::Arc;

use rayon::prelude::*;

use crate::article::{Article, Copies};
use crate::extract::{Claim, Fact};
use crate::rules::RuleSet;
use crate::text::Segmented;

pub use blocking::Blocking;
pub use passage::Passage;
pub use reading::{Profile, Reading, profiles};
pub use similarity::{
    EVENT_DAYS, EXCERPT_WORDS, Link, Linker, ONE_STATEMENT_TWO_DAYS, OVERLAP_RUN, RUN_WEIGHT, Why,
    compare, names_disjoint,
};
pub use speaker::{Speakers, Written, claim_speakers, group_and_person, names_fit, speakers};
pub use values::{Value, share_value, values_of};
pub use weights::{Likeness, Weights};
pub use words::{Phrases, Vocabulary, Word, same_words, synonym_phrases, words, words_with};

/// Counts for `--verbose`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CheckStats {
    /// Pairs of claims the blocking index proposed and the linker compared.
    pub candidate_pairs: usize,
    /// Pairs found to speak of the same thing.
    pub links: usize,
}

/// The claims' links: which pairs of claims speak of the same thing, and how.
#[derive(Debug, Clone, Default)]
pub struct ClaimGraph {
    /// `(first claim, second claim, link)`, the first claim the smaller, sorted by the two
    /// claims; 32-bit claim indices, as a large batch's links are its largest list.
    links: Vec<(u32, u32, Link)>,
    pub profiles: Vec<Profile>,
    /// The words the profiles' ids stand for.
    pub vocabulary: Vocabulary,
    /// The weight of each stem in the batch.
    pub weights: Weights,
    pub stats: CheckStats,
}

impl ClaimGraph {
    /// Links in a stable order: by the first claim, then the second.
    pub fn links(&self) -> Vec<(usize, usize, Link)> {
        (0..self.link_count())
            .filter_map(|k| self.link_at(k))
            .collect()
    }

    /// How many links the graph holds.
    pub fn link_count(&self) -> usize {
        self.links.len()
    }

    /// Link `k` as (first claim, second claim, link): `0..link_count()` walks them in the
    /// order of [`ClaimGraph::links`] without making a list of them.
    pub fn link_at(&self, k: usize) -> Option<(usize, usize, Link)> {
        let &(a, b, link) = self.links.get(k)?;
        Some((a as usize, b as usize, link))
    }

    /// Lets the links go (a large batch's largest list), keeping the profiles, vocabulary,
    /// weights and counts: for a caller done with the links. Afterwards the graph has none.
    pub fn let_go_of_links(&mut self) {
        self.links = Vec::new();
    }

    /// Lets go of what only linking and the checks of the claims' words read: each
    /// profile's reading (one empty reading shared by all afterwards) and values, the
    /// vocabulary and the weights. Each profile keeps its article, outlet, story, speaker
    /// and place: for a caller that reads no claim's words through the graph from here on.
    pub fn let_go_of_readings(&mut self) {
        let empty = Arc::new(Reading::default());
        self.profiles.par_iter_mut().for_each(|p| {
            p.reading = Arc::clone(&empty);
            p.values = Vec::new();
        });
        self.vocabulary = Vocabulary::default();
        self.weights = Weights::default();
    }

    /// Claims linked to claim `i`, sorted. It looks through every link: for reading one
    /// claim's links, not for walking the graph.
    pub fn neighbours(&self, i: usize) -> Vec<usize> {
        let mut out: Vec<usize> = self
            .links
            .iter()
            .filter_map(|&(a, b, _)| {
                let (a, b) = (a as usize, b as usize);
                (a == i).then_some(b).or((b == i).then_some(a))
            })
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// Links the claims of each story through a blocking index ([`Blocking::Index`]): a claim is
/// compared only with claims that share a key with it (a rare stem, two content words in a
/// row, a measured thing), so the work grows with the number of claims, not with its square.
/// A copy of a text under another outlet's name is linked to its first copy. The pairs are
/// compared in parallel; the links do not depend on the number of threads.
/// `story_of[article]` is the story of each article; `facts` are the batch's facts, whose
/// values (a count, a sum, a day) the claims they belong to carry.
pub fn link(
    articles: &[Article],
    copies: &Copies,
    segmented: &[&Segmented],
    claims: &[Claim],
    facts: &[Fact],
    story_of: &[usize],
    rules: &RuleSet,
) -> ClaimGraph {
    link_with(
        articles,
        copies,
        segmented,
        claims,
        facts,
        story_of,
        rules,
        Blocking::Index,
    )
}

/// [`link`] with the pairs proposed by `blocking`: [`Blocking::AllPairs`] compares every
/// pair of a story, to measure what the index misses.
#[allow(clippy::too_many_arguments)]
pub fn link_with(
    articles: &[Article],
    copies: &Copies,
    segmented: &[&Segmented],
    claims: &[Claim],
    facts: &[Fact],
    story_of: &[usize],
    rules: &RuleSet,
    blocking: Blocking,
) -> ClaimGraph {
    let (mut profiles, vocabulary) = profiles(articles, copies, segmented, claims, rules);
    for (p, values) in profiles.iter_mut().zip(values_of(claims, facts)) {
        p.story = story_of.get(p.article).copied().unwrap_or(0);
        p.values = values;
    }
    let weights = Weights::of(&profiles, &vocabulary);
    let pairs = blocking::candidates(claims, &profiles, &weights, &vocabulary, blocking);
    let linker = Linker {
        rules,
        weights: &weights,
        vocabulary: &vocabulary,
    };
    // Each copy of a text with its first copy, when the two are different outlets.
    let copy_pairs: Vec<(usize, usize)> = profiles
        .iter()
        .enumerate()
        .filter(|(i, p)| p.first_copy != *i)
        .map(|(i, p)| (p.first_copy, i))
        .filter(|&(o, i)| {
            profiles[o].outlet != profiles[i].outlet && profiles[o].story == profiles[i].story
        })
        .collect();
    // Claims as 32-bit indices: a batch's pairs and links are its largest lists.
    let index = |i: usize| u32::try_from(i).ok();
    // The pairs found, made with room for every pair proposed (pages never written are
    // never taken from the system) and filled a block at a time: a filtered parallel collect
    // of all of them at once would hold its pieces and the list they are copied into.
    let mut compared: Vec<(u32, u32, Link)> = Vec::with_capacity(pairs.len() + copy_pairs.len());
    for block in pairs.chunks(BLOCK).chain(copy_pairs.chunks(BLOCK)) {
        compared.par_extend(block.par_iter().filter_map(|&(i, j)| {
            let link = compare(&claims[i], &claims[j], &profiles[i], &profiles[j], &linker)?;
            Some((index(i)?, index(j)?, link))
        }));
    }
    let candidate_pairs = pairs.len() + copy_pairs.len();
    drop(pairs);
    // A link between two texts holds for every copy of each: the copies of a claim, by
    // the claim whose reading they share.
    let mut copies_of: Vec<Vec<usize>> = vec![Vec::new(); claims.len()];
    for (i, p) in profiles.iter().enumerate() {
        if p.first_copy != i {
            copies_of[p.first_copy].push(i);
        }
    }
    let other_outlet = |x: usize, y: usize| {
        let (px, py) = (&profiles[x], &profiles[y]);
        px.article != py.article && px.outlet != py.outlet
    };
    let mut links: Vec<(u32, u32, Link)> = if copies_of.iter().all(Vec::is_empty) {
        // No text has a copy (a batch of distinct texts): the links are the pairs found,
        // kept in place rather than copied into a second list as long.
        let mut links = compared;
        links.retain(|&(i, j, _)| other_outlet(i as usize, j as usize));
        for link in &mut links {
            *link = (link.0.min(link.1), link.0.max(link.1), link.2);
        }
        links
    } else {
        let links = copied_links(&compared, &profiles, &copies_of);
        drop(compared);
        links
    };
    // No two links join the same two claims: the proposed pairs are distinct and join
    // claims that own their reading, a copy's pair joins it to its first copy, and each
    // copy has one first copy. So a sort that does not keep equal keys in order puts the
    // links in the order a stable one would, in place: a stable sort of a week's links
    // took a second list as long as theirs, at the link stage's peak of memory.
    links.par_sort_unstable_by_key(|&(i, j, _)| (i, j));
    links.dedup_by_key(|&mut (i, j, _)| (i, j));
    links.shrink_to_fit();
    let found = links.len();
    ClaimGraph {
        links,
        profiles,
        vocabulary,
        weights,
        stats: CheckStats {
            candidate_pairs,
            links: found,
        },
    }
}

/// Pairs found, or links given to copies, made in parallel a block at a time.
const BLOCK: usize = 1 << 16;

/// The links of the pairs found, `compared`, given to every copy of each claim: each claim
/// with its copies (`copies_of`), against the other with its copies, of different articles
/// and outlets. Counted first, then made into a list of that size a block of pairs at a
/// time: no pieces of a parallel collect beside the list they would be copied into.
fn copied_links(
    compared: &[(u32, u32, Link)],
    profiles: &[Profile],
    copies_of: &[Vec<usize>],
) -> Vec<(u32, u32, Link)> {
    let count: usize = compared
        .par_iter()
        .map(|found| links_of_copies(found, profiles, copies_of).count())
        .sum();
    let mut links = Vec::with_capacity(count);
    for block in compared.chunks(BLOCK) {
        links.par_extend(
            block
                .par_iter()
                .flat_map_iter(|found| links_of_copies(found, profiles, copies_of)),
        );
    }
    links
}

/// The links one pair found, `(i, j, link)`, gives: each claim with its copies against the
/// other with its copies, of different articles and outlets (a copy's pair with its first
/// copy gives itself alone).
fn links_of_copies<'a>(
    &(i, j, link): &(u32, u32, Link),
    profiles: &'a [Profile],
    copies_of: &'a [Vec<usize>],
) -> impl Iterator<Item = (u32, u32, Link)> + 'a {
    let index = |i: usize| u32::try_from(i).ok();
    let (i, j) = (i as usize, j as usize);
    let copies = profiles[i].first_copy == j || profiles[j].first_copy == i;
    let xs: &[usize] = if copies { &[] } else { &copies_of[i] };
    let ys: &[usize] = if copies { &[] } else { &copies_of[j] };
    // Each claim with its copies, against the other with its copies (no list made for a
    // pair without copies).
    std::iter::once(i)
        .chain(xs.iter().copied())
        .flat_map(move |x| {
            std::iter::once(j)
                .chain(ys.iter().copied())
                .filter_map(move |y| {
                    let (px, py) = (&profiles[x], &profiles[y]);
                    if px.article == py.article || px.outlet == py.outlet {
                        return None;
                    }
                    Some((index(x.min(y))?, index(x.max(y))?, link))
                })
        })
}
