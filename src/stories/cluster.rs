//! Texts into stories. Each text is a unit vector of its names, weighted by how rare they
//! are in the batch; texts that share rare names are found through an inverted index
//! (never all pairs). Stories then grow from the closest pairs: a story takes in a text or
//! another story when the mean likeness of their texts is close to the story's own — a
//! crime desk's incident, told alike by every outlet, takes in no other incident of the
//! same neighbourhood, while the looser coverage of a political story still holds
//! together — and a story alone in its days takes in what else those days name its places
//! and people.

use rayon::prelude::*;

use super::event::Event;
use super::lede::Telling;

/// A pseudo-count of unrelated articles in which a name does not occur: a name all three
/// articles of a batch share still counts as fairly rare, as names are in the world, while a
/// name in 3,000 of 10,000 articles ("Trump", "Chicago") weighs little.
const PRIOR: f64 = 100.0;
/// How many of its weightiest names (shared with another text) a text is filed under.
const KEYS: usize = 12;
/// Texts filed under one name are all compared when there are at most this many;
/// otherwise each with its next [`WINDOW`] in date order.
const ALL_PAIRS: usize = 32;
const WINDOW: usize = 8;
/// Pairs of texts less alike than this (cosine) are never compared further.
const LOWEST: f64 = 0.15;
/// The rarity (summed over the names both give) a pair of texts must share to bring their
/// stories together: a brief that names only its city shares too little with anything…
const EVIDENCE: f64 = 10.0;
/// … unless its lede tells what happened there in the words the other's does: a word of
/// what happened both ledes write counts this share of its rarity (a rare word, "drone"
/// or "aground", as much as half a rare name). Two briefs of one town and day share its
/// name and a common word or two ("police", "hour"); two outlets on one event share the
/// town and a handful of the rarer words of what happened there.
const TOLD: f64 = 0.5;
/// Texts this alike are versions of one text (agency copy cut or re-worded) and count as
/// one in a story's likeness.
const SAME: f64 = 0.9;
/// How alike two single texts must be to start a story.
const PAIR: f64 = 0.3;
/// A story takes in what is at least this share of its own likeness alike to it.
const SHARE: f64 = 0.5;
/// Texts within this many days of each other may be one story at [`PAIR`] or [`SHARE`]…
const NEAR_DAYS: i64 = 3;
/// … and up to [`FAR_DAYS`] apart only this alike: a thread told over a week or more
/// (talks in Munich, a truce announced in Amman nine days later) shares more names. Texts
/// further apart are never one story.
const FAR: f64 = 0.35;
const FAR_DAYS: i64 = 10;
/// A story alone in its days takes in another at this likeness at least.
const LOW: f64 = 0.1;
/// An undated story whose names more stories than this give is not alone.
const CROWD: usize = 32;
/// Two stories whose ledes differ on this many of the day, the hour, the people's ages
/// (see [`Event::differences`]) and whom each names in full tell two events: outlets on one
/// event may differ on one of them, seldom on two — unless their ledes name the same cast
/// (see [`Stories::same_cast`]).
const EVENT_DIFFERENCES: usize = 2;
/// Two stories whose ledes name the same cast are this alike at least (the mean likeness of
/// their texts): outlets on one event name, lower down, the people and places the others do.
const CAST_CLOSE: f64 = 0.5;
/// A text alone in its story joins a story of two texts or more whose ledes tell what
/// happened in its lede's words to this share of [`EVIDENCE`] at least (see
/// [`Stories::adopt`]).
const TOLD_ALONE: f64 = 0.5;
/// Two stories whose ledes both name this many of the same names in full, no street (a
/// ship and the sound it ran aground in), tell one event, whomever else each names: two
/// shootings of one neighbourhood share its name, and seldom another.
const SAME_THINGS: usize = 2;

/// A text to group: its day and its names.
#[derive(Debug, Clone)]
pub struct Text {
    /// Days since the epoch.
    pub day: Option<i64>,
    /// `(name, mentions)`, sorted by name.
    pub names: Vec<(u32, f64)>,
    /// The words its lede tells what happened in (see [`super::what`]), sorted.
    pub what: Vec<u32>,
    /// The names its outlet's own name gives (the town of "The Lorvenne Courier"), sorted:
    /// a local paper seldom names its town in its copy.
    pub masthead: Vec<u32>,
}

/// A sparse vector of weighted names, sorted by name, and its squared length.
#[derive(Debug, Clone, Default)]
struct Names {
    weights: Vec<(u32, f64)>,
    square: f64,
}

impl Names {
    fn new(weights: Vec<(u32, f64)>) -> Names {
        let square = weights.iter().map(|(_, w)| w * w).sum();
        Names { weights, square }
    }

    /// The dot product, and the rarity of the names both give, summed.
    fn dot(&self, other: &Names, rarity: &[f64]) -> (f64, f64) {
        let (small, large) = if self.weights.len() <= other.weights.len() {
            (&self.weights, &other.weights)
        } else {
            (&other.weights, &self.weights)
        };
        let mut sum = 0.0;
        let mut shared = 0.0;
        if small.len() * 16 < large.len() {
            for &(name, w) in small {
                if let Ok(at) = large.binary_search_by_key(&name, |&(n, _)| n) {
                    sum += w * large[at].1;
                    shared += rarity[name as usize];
                }
            }
        } else {
            let (mut i, mut j) = (0, 0);
            while i < small.len() && j < large.len() {
                match small[i].0.cmp(&large[j].0) {
                    std::cmp::Ordering::Less => i += 1,
                    std::cmp::Ordering::Greater => j += 1,
                    std::cmp::Ordering::Equal => {
                        sum += small[i].1 * large[j].1;
                        shared += rarity[small[i].0 as usize];
                        i += 1;
                        j += 1;
                    }
                }
            }
        }
        (sum, shared)
    }

    /// The same direction, length one.
    fn unit(self) -> Names {
        let length = self.square.sqrt();
        if length > 0.0 {
            Names::new(
                self.weights
                    .into_iter()
                    .map(|(n, w)| (n, w / length))
                    .collect(),
            )
        } else {
            self
        }
    }

    /// The sum of both vectors.
    fn add(&mut self, other: &Names) {
        let mut sum = Vec::with_capacity(self.weights.len() + other.weights.len());
        let (a, b) = (&self.weights, &other.weights);
        let (mut i, mut j) = (0, 0);
        while i < a.len() || j < b.len() {
            let next = match (a.get(i), b.get(j)) {
                (Some(&x), Some(&y)) if x.0 == y.0 => {
                    i += 1;
                    j += 1;
                    (x.0, x.1 + y.1)
                }
                (Some(&x), Some(&y)) if x.0 < y.0 => {
                    i += 1;
                    x
                }
                (Some(&x), None) => {
                    i += 1;
                    x
                }
                (_, Some(&y)) => {
                    j += 1;
                    y
                }
                (None, None) => break,
            };
            sum.push(next);
        }
        *self = Names::new(sum);
    }
}

/// Days from the first to the last of two ranges together (none when either is undated).
fn span(a: Option<(i64, i64)>, b: Option<(i64, i64)>) -> Option<i64> {
    let (a, b) = (a?, b?);
    Some(a.1.max(b.1) - a.0.min(b.0))
}

fn union(a: Option<(i64, i64)>, b: Option<(i64, i64)>) -> Option<(i64, i64)> {
    match (a, b) {
        (Some(a), Some(b)) => Some((a.0.min(b.0), a.1.max(b.1))),
        (a, b) => a.or(b),
    }
}

/// The rarity of the items two sorted lists share, summed.
fn shared(a: &[u32], b: &[u32], rarity: &[f64]) -> f64 {
    let (mut i, mut j, mut sum) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += rarity.get(a[i] as usize).copied().unwrap_or(0.0);
                i += 1;
                j += 1;
            }
        }
    }
    sum
}

/// How rare each of `vocabulary` items is among `lists` (each item at most once a list):
/// the log of how many more lists there are, with [`PRIOR`] unrelated ones, than lists
/// that hold it.
fn rarities<'l>(lists: impl Iterator<Item = &'l [u32]>, vocabulary: usize) -> Vec<f64> {
    let mut holding = vec![0_usize; vocabulary];
    let mut n = 0;
    for list in lists {
        n += 1;
        for &item in list {
            if let Some(count) = holding.get_mut(item as usize) {
                *count += 1;
            }
        }
    }
    holding
        .iter()
        .map(|&h| ((n as f64 + PRIOR) / h.max(1) as f64).ln())
        .collect()
}

/// The story of each text, as the index of the story's first text. `texts` come in an order
/// that does not depend on the order of the input (by date, then by text), and so does the
/// result; `vocabulary` is the number of names, `words` the number of words of what
/// happened (see [`super::what`]); `versions` are pairs of texts that are
/// versions of one text (see [`super::versions`]); `telling` what each text's lede names
/// (see [`super::lede`]): two stories apart by it are never one.
pub fn cluster(
    texts: &[Text],
    vocabulary: usize,
    words: usize,
    versions: &[(usize, usize)],
    telling: &Telling,
    events: &[Event],
) -> Vec<usize> {
    let weights = Weights::new(texts, vocabulary, words);
    let stories = grow(texts, &weights, versions, telling, events);
    // Each story named by its first text.
    let mut first = vec![usize::MAX; texts.len()];
    for (i, &s) in stories.of.iter().enumerate() {
        first[s] = first[s].min(i);
    }
    stories.of.iter().map(|&s| first[s]).collect()
}

/// What a batch's texts are weighed by: per name the texts that give it and its rarity,
/// per word of what happened its rarity as it counts toward [`EVIDENCE`], and each text's
/// names as a unit vector.
struct Weights {
    holders: Vec<Vec<u32>>,
    rarity: Vec<f64>,
    told: Vec<f64>,
    vectors: Vec<Names>,
}

impl Weights {
    fn new(texts: &[Text], vocabulary: usize, words: usize) -> Weights {
        let n = texts.len();
        let mut holders: Vec<Vec<u32>> = vec![Vec::new(); vocabulary];
        for (i, t) in texts.iter().enumerate() {
            for &(name, _) in &t.names {
                holders[name as usize].push(i as u32);
            }
        }
        let rarity: Vec<f64> = holders
            .iter()
            .map(|h| ((n as f64 + PRIOR) / h.len().max(1) as f64).ln())
            .collect();
        let told: Vec<f64> = rarities(texts.iter().map(|t| t.what.as_slice()), words)
            .into_iter()
            .map(|r| r * TOLD)
            .collect();
        let vectors: Vec<Names> = texts
            .par_iter()
            .map(|t| {
                let weights = t
                    .names
                    .iter()
                    .map(|&(name, mentions)| (name, mentions.sqrt() * rarity[name as usize]))
                    .collect();
                Names::new(weights).unit()
            })
            .collect();
        Weights {
            holders,
            rarity,
            told,
            vectors,
        }
    }
}

/// The stories grown from `texts` (see [`cluster`]).
fn grow<'t>(
    texts: &[Text],
    weights: &'t Weights,
    versions: &[(usize, usize)],
    telling: &'t Telling,
    events: &[Event],
) -> Stories<'t> {
    let Weights {
        holders,
        rarity,
        told,
        vectors,
    } = weights;
    let vectors = vectors.clone();
    let dates: Vec<Option<(i64, i64)>> = texts.iter().map(|t| t.day.map(|d| (d, d))).collect();
    // Pairs alike enough, with the rarity they share, closest first.
    let mut links: Vec<(f64, u32, u32)> = candidates(&vectors, holders)
        .par_iter()
        .filter_map(|&(i, j)| {
            let (x, y) = (&texts[i as usize], &texts[j as usize]);
            let (closeness, named) = vectors[i as usize].dot(&vectors[j as usize], rarity);
            (closeness >= LOWEST
                && (named >= EVIDENCE || named + shared(&x.what, &y.what, told) >= EVIDENCE)
                && span(dates[i as usize], dates[j as usize]).is_none_or(|d| d <= FAR_DAYS))
            .then_some((closeness, i, j))
        })
        .collect();
    links.par_sort_unstable_by(|x, y| y.0.total_cmp(&x.0).then((x.1, x.2).cmp(&(y.1, y.2))));
    let what = texts.iter().map(|t| t.what.clone()).collect();
    let mut stories = Stories::new(vectors, dates, telling, events, what, told, rarity);
    // Versions of one text first: those found by their sentences, then by their names.
    for &(i, j) in versions {
        let (a, b) = (stories.of[i], stories.of[j]);
        if a != b
            && span(stories.days[a], stories.days[b]).is_none_or(|d| d <= NEAR_DAYS)
            && !stories.apart(a, b)
        {
            stories.merge(a, b, true);
        }
    }
    for &(_, i, j) in links.iter().take_while(|l| l.0 >= SAME) {
        let (a, b) = (stories.of[i as usize], stories.of[j as usize]);
        if a != b
            && span(stories.days[a], stories.days[b]).is_none_or(|d| d <= NEAR_DAYS)
            && !stories.apart(a, b)
        {
            stories.merge(a, b, true);
        }
    }
    for &(_, i, j) in &links {
        let (a, b) = (stories.of[i as usize], stories.of[j as usize]);
        if a != b && stories.alike(a, b, rarity) && !stories.apart(a, b) {
            stories.merge(a, b, false);
        }
    }
    stories.attach(holders, rarity);
    stories.adopt(texts, holders, rarity);
    stories
}

/// What the grouping weighs two texts `i` and `j` by, alone and as the stories they end in.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Pair {
    /// The names both give, with their rarity.
    pub names: Vec<(u32, f64)>,
    /// The likeness of their names (cosine).
    pub closeness: f64,
    /// The rarity of the names both give, summed.
    pub named: f64,
    /// The rarity of the words of what happened both ledes write, as it counts toward
    /// [`EVIDENCE`].
    pub told: f64,
    /// [`EVIDENCE`], [`LOWEST`] and [`PAIR`], for comparison.
    pub bars: (f64, f64, f64),
    /// On how many of the day, the hour and the people their ledes differ.
    pub differences: usize,
    /// The two texts alone are apart by their ledes.
    pub apart: bool,
    /// They end in one story.
    pub together: bool,
    /// Of the stories they end in: the linkage between them.
    pub linkage: f64,
    /// Each one's own likeness.
    pub likeness: (Option<f64>, Option<f64>),
    /// They are apart.
    pub stories_apart: bool,
}

/// The evidence between texts `i` and `j` (see [`Pair`]), the rest as for [`cluster`].
pub fn pair(
    texts: &[Text],
    vocabulary: usize,
    words: usize,
    versions: &[(usize, usize)],
    telling: &Telling,
    events: &[Event],
    (i, j): (usize, usize),
) -> Pair {
    let weights = Weights::new(texts, vocabulary, words);
    let (Some(x), Some(y)) = (texts.get(i), texts.get(j)) else {
        return Pair::default();
    };
    let alone = Stories::new(
        weights.vectors.clone(),
        texts.iter().map(|t| t.day.map(|d| (d, d))).collect(),
        telling,
        events,
        texts.iter().map(|t| t.what.clone()).collect(),
        &weights.told,
        &weights.rarity,
    );
    let (closeness, named) = weights.vectors[i].dot(&weights.vectors[j], &weights.rarity);
    let names = x
        .names
        .iter()
        .filter(|(n, _)| y.names.binary_search_by_key(n, |&(m, _)| m).is_ok())
        .map(|&(n, _)| (n, weights.rarity[n as usize]))
        .collect();
    let grown = grow(texts, &weights, versions, telling, events);
    let (a, b) = (grown.of[i], grown.of[j]);
    Pair {
        names,
        closeness,
        named,
        told: shared(&x.what, &y.what, &weights.told),
        bars: (EVIDENCE, LOWEST, PAIR),
        differences: alone.events[i].differences(&alone.events[j]),
        apart: alone.apart(i, j),
        together: a == b,
        linkage: grown.linkage(a, b, &weights.rarity),
        likeness: (grown.likeness(a), grown.likeness(b)),
        stories_apart: a != b && grown.apart(a, b),
    }
}

/// Pairs of texts `(i, j)`, `i < j`, that share one of their weightiest names, each text
/// filed under [`KEYS`] of them: all pairs under a name at most [`ALL_PAIRS`] texts give,
/// each text with its next [`WINDOW`] (in date order) under a commoner one.
fn candidates(vectors: &[Names], holders: &[Vec<u32>]) -> Vec<(u32, u32)> {
    let mut filed: Vec<(u32, u32)> = vectors
        .par_iter()
        .enumerate()
        .flat_map_iter(|(i, v)| {
            let mut keys: Vec<(u32, f64)> = v
                .weights
                .iter()
                .copied()
                .filter(|&(name, _)| holders[name as usize].len() >= 2)
                .collect();
            keys.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
            keys.truncate(KEYS);
            keys.into_iter().map(move |(name, _)| (name, i as u32))
        })
        .collect();
    filed.par_sort_unstable();
    let mut pairs: Vec<(u32, u32)> = Vec::new();
    for block in filed.chunk_by(|x, y| x.0 == y.0) {
        let reach = if block.len() <= ALL_PAIRS {
            block.len()
        } else {
            WINDOW
        };
        for (x, &(_, i)) in block.iter().enumerate() {
            for &(_, j) in block.iter().skip(x + 1).take(reach) {
                pairs.push((i, j));
            }
        }
    }
    pairs.par_sort_unstable();
    pairs.dedup();
    pairs
}

/// Stories as they grow, each the sum of its versions' names as unit vectors: the mean
/// likeness of two of its versions, or of a version of one story and one of another, is
/// then a dot product.
struct Stories<'t> {
    /// The story of each text (the index of a text of it).
    of: Vec<usize>,
    members: Vec<Vec<usize>>,
    /// Per story: the sum of its versions, how many versions (none once it joined
    /// another), its first and last day.
    sums: Vec<Names>,
    versions: Vec<usize>,
    days: Vec<Option<(i64, i64)>>,
    /// Per story: the telling names of its texts' ledes, sorted — the who and where that
    /// tell its event from another.
    telling: Vec<Vec<u32>>,
    /// Per telling name: the texts that give it, and whether it names a street.
    givers: &'t [Vec<u32>],
    street: &'t [bool],
    full: &'t [bool],
    /// Per story: the addresses of its texts' ledes (a street's run and a block), sorted.
    addresses: Vec<Vec<(u64, u32)>>,
    /// Per story: the days, hours and people's ages its texts' ledes give.
    events: Vec<Event>,
    /// Per story: the words its texts' ledes tell what happened in, sorted; and per word,
    /// its rarity as it counts toward [`EVIDENCE`].
    what: Vec<Vec<u32>>,
    told: &'t [f64],
    /// Per name: its rarity in the batch.
    rarity: &'t [f64],
}

impl<'t> Stories<'t> {
    fn new(
        vectors: Vec<Names>,
        dates: Vec<Option<(i64, i64)>>,
        telling: &'t Telling,
        events: &[Event],
        what: Vec<Vec<u32>>,
        told: &'t [f64],
        rarity: &'t [f64],
    ) -> Stories<'t> {
        let n = vectors.len();
        Stories {
            of: (0..n).collect(),
            members: (0..n).map(|i| vec![i]).collect(),
            sums: vectors,
            versions: vec![1; n],
            days: dates,
            telling: telling.of_text.clone(),
            givers: &telling.givers,
            street: &telling.street,
            full: &telling.full,
            addresses: {
                // A text the reading gave no list (none of its lede) has no address.
                let mut addresses = telling.addresses.clone();
                addresses.resize(n, Vec::new());
                addresses
            },
            events: {
                let mut events = events.to_vec();
                events.resize(n, Event::default());
                events
            },
            what,
            told,
            rarity,
        }
    }

    /// Stories `a` and `b` tell two events: at least half the telling names each one's
    /// ledes share (see [`Stories::shared_telling`]), and more than half of one's, are names
    /// no text of the other gives (two shootings of one neighbourhood, told in the same
    /// words, one of Omar Holloway on Garrison Boulevard, one of Brianna Holloway on Page
    /// Avenue). Two ledes that each add one place to a place both name are not apart:
    /// outlets on one quake may name another town each. But an event happens at one
    /// address: two stories whose ledes each name a street, and no street the other gives,
    /// are apart whatever else they share; and at one time, to some people: ledes that
    /// differ on [`EVENT_DIFFERENCES`] of the day, the hour, the ages and whom they name are
    /// apart too. Ledes that name [`SAME_THINGS`] of the same things in full are not apart
    /// by whom else each names: outlets on one grounding name the ship and the sound, and
    /// each its own spokesman or crewman.
    fn apart(&self, a: usize, b: usize) -> bool {
        let (shared_a, shared_b) = (self.shared_telling(a), self.shared_telling(b));
        // How many of `x`'s shared telling names no text of `y` gives, of how many.
        let missing = |shared: &[u32], y: usize| {
            let lacking = shared.iter().filter(|&&name| !self.gives(y, name)).count();
            (2 * lacking, shared.len())
        };
        let (ab, of_a) = missing(&shared_a, b);
        let (ba, of_b) = missing(&shared_b, a);
        self.other_event(a, b)
            || self.own_streets(a, b)
            || of_a > 0
                && of_b > 0
                && ab >= of_a
                && ba >= of_b
                && (ab > of_a || ba > of_b)
                && !self.name_alike(a, b)
    }

    /// A text of story `s` gives telling name `name`.
    fn gives(&self, s: usize, name: u32) -> bool {
        self.givers
            .get(name as usize)
            .is_some_and(|texts| texts.iter().any(|&t| self.of[t as usize] == s))
    }

    /// The telling names of story `s`'s ledes that more than half its texts give: what its
    /// outlets agree its event is about. A text alone gives all its lede's names; of two
    /// outlets, the names both give (not the fire brigade's spokesman one of them quotes).
    /// What a story shares does not hang on which of its texts came together first.
    fn shared_telling(&self, s: usize) -> Vec<u32> {
        let texts = self.members[s].len();
        self.telling[s]
            .iter()
            .copied()
            .filter(|&name| {
                let giving = self.givers.get(name as usize).map_or(0, |list| {
                    list.iter().filter(|&&t| self.of[t as usize] == s).count()
                });
                2 * giving > texts
            })
            .collect()
    }

    /// Stories `a` and `b` tell another event by what their ledes give of it: one street at
    /// blocks of their own, or [`EVENT_DIFFERENCES`] of the day, the hour, the ages and whom
    /// they name in full — unless their ledes name the same cast, where a day or an age
    /// they differ on is the outlets' discrepancy, not another event.
    fn other_event(&self, a: usize, b: usize) -> bool {
        self.other_blocks(a, b)
            || self.events[a].differences(&self.events[b]) + usize::from(self.own_people(a, b))
                >= EVENT_DIFFERENCES
                && !self.same_cast(a, b)
    }

    /// The ledes of stories `a` and `b` name the same cast: both name [`SAME_THINGS`] of the
    /// same names at least, and every name each one's ledes share (see
    /// [`Stories::shared_telling`]) is one a text of the other gives; neither names a street or an address, where two events of one place
    /// are told in the same words (two shootings on one boulevard); and their texts are
    /// [`CAST_CLOSE`] alike. Outlets on one arrest over a stadium's bomb hoax all name the
    /// ground and the suspect's district, and give the clubs lower down; a tabloid that puts
    /// the arrest on Monday and the man at 32, where the wire says Sunday and 23, tells the
    /// same arrest.
    fn same_cast(&self, a: usize, b: usize) -> bool {
        let street = |name: &u32| self.street.get(*name as usize).copied().unwrap_or(false);
        let (x, y) = (&self.telling[a], &self.telling[b]);
        if x.iter().chain(y).any(street)
            || !self.addresses[a].is_empty()
            || !self.addresses[b].is_empty()
        {
            return false;
        }
        let both = x
            .iter()
            .filter(|name| y.binary_search(name).is_ok())
            .count();
        both >= SAME_THINGS
            && self
                .shared_telling(a)
                .iter()
                .all(|&name| self.gives(b, name))
            && self
                .shared_telling(b)
                .iter()
                .all(|&name| self.gives(a, name))
            && self.linkage(a, b, self.rarity) >= CAST_CLOSE
    }

    /// Each of stories `a` and `b` has a lede that names a street, and none the other
    /// gives: an event happens at one address.
    fn own_streets(&self, a: usize, b: usize) -> bool {
        let own = |x: usize, y: usize| {
            let mut streets = self.telling[x]
                .iter()
                .filter(|&&name| self.street.get(name as usize).copied().unwrap_or(false))
                .peekable();
            streets.peek().is_some() && streets.all(|&name| !self.gives(y, name))
        };
        own(a, b) && own(b, a)
    }

    /// The ledes of stories `a` and `b` both name [`SAME_THINGS`] of the same names in
    /// full, no street.
    fn name_alike(&self, a: usize, b: usize) -> bool {
        let thing = |name: &&u32| {
            let name = **name as usize;
            self.full.get(name).copied().unwrap_or(false)
                && !self.street.get(name).copied().unwrap_or(false)
        };
        let of_b = &self.telling[b];
        self.telling[a]
            .iter()
            .filter(thing)
            .filter(|name| of_b.binary_search(name).is_ok())
            .take(SAME_THINGS)
            .count()
            == SAME_THINGS
    }

    /// Each of stories `a` and `b` has a lede that names someone or somewhere in full
    /// ("Jaylen Alston"), no street, that no text of the other gives — or in a word ("The
    /// Ville"), when all their ledes' names that the other gives are streets: one boulevard
    /// runs through two neighbourhoods, and each lede names its own.
    fn own_people(&self, a: usize, b: usize) -> bool {
        let street = |name: u32| self.street.get(name as usize).copied().unwrap_or(false);
        let mut met = self.telling[a]
            .iter()
            .filter(|&&name| self.gives(b, name))
            .chain(self.telling[b].iter().filter(|&&name| self.gives(a, name)))
            .peekable();
        let on_one_street = met.peek().is_some() && met.all(|&name| street(name));
        let own = |x: usize, y: usize| {
            self.telling[x].iter().any(|&name| {
                (on_one_street || self.full.get(name as usize).copied().unwrap_or(false))
                    && !street(name)
                    && !self.gives(y, name)
            })
        };
        own(a, b) && own(b, a)
    }

    /// Stories `a` and `b` give one street at blocks of their own ("the 3100 block" and
    /// "the 5800 block of West Franklin Boulevard") and no block in common on it.
    fn other_blocks(&self, a: usize, b: usize) -> bool {
        let (x, y) = (&self.addresses[a], &self.addresses[b]);
        x.iter().any(|&(street, _)| {
            let on = |list: &[(u64, u32)]| -> Vec<u32> {
                list.iter()
                    .filter(|(s, _)| *s == street)
                    .map(|&(_, block)| block)
                    .collect()
            };
            let (here, there) = (on(x), on(y));
            !there.is_empty() && !here.iter().any(|b| there.contains(b))
        })
    }

    /// The mean likeness of two versions of story `s` (none for one version).
    fn likeness(&self, s: usize) -> Option<f64> {
        let k = self.versions[s] as f64;
        (k >= 2.0).then(|| (self.sums[s].square - k) / (k * (k - 1.0)))
    }

    /// The mean likeness of a version of `a` and a version of `b`.
    fn linkage(&self, a: usize, b: usize, rarity: &[f64]) -> f64 {
        let k = (self.versions[a] * self.versions[b]) as f64;
        self.sums[a].dot(&self.sums[b], rarity).0 / k
    }

    /// Are stories `a` and `b` alike enough to be one? Two single texts at [`PAIR`]; a
    /// story and what joins it at [`SHARE`] of the story's own likeness (the closer of the
    /// two); at [`FAR`] when they span more than [`NEAR_DAYS`]; never beyond [`FAR_DAYS`].
    fn alike(&self, a: usize, b: usize, rarity: &[f64]) -> bool {
        let mut bar = match (self.likeness(a), self.likeness(b)) {
            (None, None) => PAIR,
            (Some(x), None) | (None, Some(x)) => SHARE * x,
            (Some(x), Some(y)) => SHARE * x.max(y),
        }
        .max(LOWEST);
        match span(self.days[a], self.days[b]) {
            Some(d) if d > FAR_DAYS => return false,
            Some(d) if d > NEAR_DAYS => bar = bar.max(FAR),
            _ => {}
        }
        self.linkage(a, b, rarity) >= bar
    }

    /// Story `b` joins story `a` (or the other way round); `one_version` when `b`'s texts
    /// are versions of `a`'s.
    fn merge(&mut self, a: usize, b: usize, one_version: bool) -> usize {
        let (keep, gone) = if self.members[a].len() >= self.members[b].len() {
            (a, b)
        } else {
            (b, a)
        };
        let moved = std::mem::take(&mut self.members[gone]);
        for &m in &moved {
            self.of[m] = keep;
        }
        self.members[keep].extend(moved);
        let gone_sum = std::mem::take(&mut self.sums[gone]);
        self.sums[keep].add(&gone_sum);
        if one_version {
            // Versions of one text: one unit vector.
            self.sums[keep] = std::mem::take(&mut self.sums[keep]).unit();
        } else {
            self.versions[keep] += self.versions[gone];
        }
        self.versions[gone] = 0;
        self.days[keep] = union(self.days[keep], self.days[gone]);
        let gone_addresses = std::mem::take(&mut self.addresses[gone]);
        let kept = &mut self.addresses[keep];
        kept.extend(gone_addresses);
        kept.sort_unstable();
        kept.dedup();
        let gone_event = std::mem::take(&mut self.events[gone]);
        self.events[keep].add(&gone_event);
        let gone_telling = std::mem::take(&mut self.telling[gone]);
        let kept = &mut self.telling[keep];
        kept.extend(gone_telling);
        kept.sort_unstable();
        kept.dedup();
        let gone_what = std::mem::take(&mut self.what[gone]);
        let kept = &mut self.what[keep];
        kept.extend(gone_what);
        kept.sort_unstable();
        kept.dedup();
        keep
    }

    /// The names story `s` gives, sorted.
    fn names(&self, s: usize) -> Vec<u32> {
        self.sums[s].weights.iter().map(|&(n, _)| n).collect()
    }

    /// The rarity stories `a` and `b` share: of the names both give, and of the words of
    /// what happened both ledes write, as it counts toward [`EVIDENCE`].
    fn evidence(&self, a: usize, b: usize, rarity: &[f64]) -> f64 {
        self.sums[a].dot(&self.sums[b], rarity).1 + shared(&self.what[a], &self.what[b], self.told)
    }

    /// The other stories within [`NEAR_DAYS`] of story `s` that give any of its names, when
    /// each gives all of them, any two nest (one gives every name of the other) and each
    /// tells what happened as `s` does, to [`EVIDENCE`] with the names: no name then tells
    /// two events apart (three wires on one bombing in Baquba that name only Baquba). None
    /// when a story gives some of its names but not all, when two give names of their own
    /// (two shootings in one city), when too many give them, or when one tells of another
    /// kind of event (a city's budget beside drugs seized in raids in that city).
    fn nested(&self, s: usize, holders: &[Vec<u32>], rarity: &[f64]) -> Option<Vec<usize>> {
        let names = self.names(s);
        if names.is_empty() {
            return None;
        }
        let mut sharing: Vec<usize> = Vec::new();
        for &name in &names {
            let held = &holders[name as usize];
            if held.len() > CROWD {
                return None;
            }
            sharing.extend(held.iter().map(|&t| self.of[t as usize]));
        }
        sharing.sort_unstable();
        sharing.dedup();
        sharing
            .retain(|&o| o != s && span(self.days[s], self.days[o]).is_none_or(|d| d <= NEAR_DAYS));
        if sharing.is_empty() {
            return None;
        }
        let mut sets: Vec<Vec<u32>> = sharing.iter().map(|&o| self.names(o)).collect();
        sets.sort_by_key(Vec::len);
        let nest = sets.iter().all(|set| subset(&names, set))
            && sets.windows(2).all(|pair| subset(&pair[0], &pair[1]))
            && sharing
                .iter()
                .all(|&o| self.evidence(s, o, rarity) >= EVIDENCE);
        nest.then_some(sharing)
    }
    /// A story alone among the stories of its days joins the only other story of those days
    /// when they share names at all: when a batch holds one event of a week, what else that
    /// week names its places or people tells of it (a tremor felt in Dubai after the Qeshm
    /// quake). Where several stories share the days (a crime desk's weekend) nothing joins
    /// this way. An undated story is alone when one other story gives any of its names.
    fn attach(&mut self, holders: &[Vec<u32>], rarity: &[f64]) {
        loop {
            let mut dated: Vec<(i64, i64, usize)> = (0..self.of.len())
                .filter(|&s| self.versions[s] > 0)
                .filter_map(|s| self.days[s].map(|(a, b)| (a, b, s)))
                .collect();
            dated.sort_unstable();
            let undated: Vec<usize> = (0..self.of.len())
                .filter(|&s| self.versions[s] > 0 && self.days[s].is_none())
                .collect();
            let mut joined = false;
            for &(start, end, s) in &dated {
                if self.versions[s] == 0 {
                    continue;
                }
                // The other stories whose days come within NEAR_DAYS of this one's; two are
                // enough to know it is not alone.
                let from = dated.partition_point(|d| d.0 < start - NEAR_DAYS - FAR_DAYS);
                let others = distinct_two(
                    dated[from..]
                        .iter()
                        .take_while(|d| d.0 <= end + NEAR_DAYS)
                        .filter(|d| d.2 != s && self.versions[d.2] > 0 && d.1 >= start - NEAR_DAYS)
                        .map(|d| d.2),
                );
                if self.join_the_only(s, &others, rarity) {
                    joined = true;
                } else if let Some(nested) = self.nested(s, holders, rarity) {
                    let mut keep = s;
                    for o in nested {
                        keep = self.merge(keep, o, false);
                    }
                    joined = true;
                }
            }
            for &s in &undated {
                if self.versions[s] == 0 {
                    continue;
                }
                // The stories that give its names with a linkage that counts; a name many
                // stories give makes it crowded.
                let mut sharing: Vec<usize> = self.sums[s]
                    .weights
                    .iter()
                    .flat_map(|&(name, _)| &holders[name as usize])
                    .map(|&t| self.of[t as usize])
                    .filter(|&o| o != s)
                    .take(CROWD * 16)
                    .collect();
                sharing.sort_unstable();
                sharing.dedup();
                if sharing.len() > CROWD {
                    continue;
                }
                sharing.retain(|&o| self.linkage(s, o, rarity) >= LOW);
                joined |= self.join_the_only(s, &sharing, rarity);
            }
            if !joined {
                break;
            }
        }
    }

    /// A text alone in its story joins the one story of two texts or more that its lede
    /// tells of: an outlet's lede may name what the others name lower down or not at all
    /// (the ridge a cable car climbs, a street, a surfer the wire leaves unnamed), and a
    /// local paper names its town in its masthead rather than its copy, so such a text
    /// shares a name or two with the story and little more. It joins when it gives a name
    /// of the story (its masthead's included), its lede tells what happened in the words of
    /// the story's ledes ([`TOLD_ALONE`] of [`EVIDENCE`] at least, and [`EVIDENCE`] with the
    /// names), on a day the story's ledes give too, and their ledes differ on none of the
    /// day, the hour and the people's ages, nor name other streets or blocks. A lede that
    /// tells what happened in the story's words to [`EVIDENCE`] by itself may differ on one
    /// of the day, the hour and the ages, as outlets on one event do (a tabloid's "Friday
    /// night" for the wire's Saturday); and a local paper that writes the town of its own
    /// masthead (a woman of its town arrested) needs no name of the story when its lede so
    /// tells it: the others name the event, it names its town. Never when two stories
    /// would do: two fires of one town on one day are told in the same words. Whether each
    /// text joins is read from the stories as they stand before any joins, so the order of
    /// the texts matters not.
    fn adopt(&mut self, texts: &[Text], holders: &[Vec<u32>], rarity: &[f64]) {
        let alone: Vec<usize> = (0..self.of.len())
            .filter(|&s| self.members[s].len() == 1 && !self.events[s].days.is_empty())
            .collect();
        // Per word of what happened, the texts whose ledes write it, for the local papers
        // alone that share no name with their story.
        let tellers: Vec<Vec<u32>> = {
            let mut tellers: Vec<Vec<u32>> = vec![Vec::new(); self.told.len()];
            if alone.iter().any(|&s| local(&texts[self.members[s][0]])) {
                for (t, text) in texts.iter().enumerate() {
                    for &word in &text.what {
                        if let Some(list) = tellers.get_mut(word as usize)
                            && list.len() <= CROWD
                        {
                            list.push(t as u32);
                        }
                    }
                }
            }
            tellers
        };
        let joins: Vec<(usize, usize)> = alone
            .par_iter()
            .filter_map(|&s| {
                let text = &texts[self.members[s][0]];
                let mut names: Vec<u32> = text
                    .names
                    .iter()
                    .map(|&(name, _)| name)
                    .chain(text.masthead.iter().copied())
                    .collect();
                names.sort_unstable();
                names.dedup();
                let mut sharing: Vec<usize> = names
                    .iter()
                    .flat_map(|&name| &holders[name as usize])
                    .map(|&t| self.of[t as usize])
                    .filter(|&o| o != s)
                    .take(CROWD * 16)
                    .collect();
                sharing.sort_unstable();
                sharing.dedup();
                if sharing.len() > CROWD {
                    return None;
                }
                let local = local(text);
                if local {
                    // The stories whose ledes write a word of what happened few texts write.
                    sharing.extend(
                        text.what
                            .iter()
                            .filter_map(|&word| tellers.get(word as usize))
                            .filter(|list| list.len() <= CROWD)
                            .flatten()
                            .map(|&t| self.of[t as usize])
                            .filter(|&o| o != s),
                    );
                    sharing.sort_unstable();
                    sharing.dedup();
                }
                sharing.retain(|&o| self.tells_of(s, o, &names, local, rarity));
                match sharing[..] {
                    [only] => Some((s, self.members[only][0])),
                    _ => None,
                }
            })
            .collect();
        for (s, t) in joins {
            let (a, b) = (self.of[s], self.of[t]);
            if a != b {
                self.merge(a, b, false);
            }
        }
    }

    /// The lede of text `s`, alone in its story and giving `names` (sorted), tells of story
    /// `o` (see [`Stories::adopt`]); `local`: the text writes its masthead's town.
    fn tells_of(&self, s: usize, o: usize, names: &[u32], local: bool, rarity: &[f64]) -> bool {
        if self.members[o].len() < 2
            || span(self.days[s], self.days[o]).is_none_or(|d| d > NEAR_DAYS)
        {
            return false;
        }
        let given = &self.sums[o].weights;
        let named: f64 = names
            .iter()
            .filter(|&&name| given.binary_search_by_key(&name, |&(n, _)| n).is_ok())
            .map(|&name| rarity[name as usize])
            .sum();
        let told = shared(&self.what[s], &self.what[o], self.told);
        let same_day = self.events[s]
            .days
            .iter()
            .any(|day| self.events[o].days.binary_search(day).is_ok());
        let differences = self.events[s].differences(&self.events[o]);
        (named > 0.0 || local)
            && told >= TOLD_ALONE * EVIDENCE
            && named + told >= EVIDENCE
            && (same_day && differences == 0 || told >= EVIDENCE && differences <= 1)
            && !self.other_event(s, o)
            && !self.own_streets(s, o)
    }

    /// Story `s` joins the story of `others` when there is exactly one, at least as large,
    /// within [`FAR_DAYS`] and sharing names with it at [`LOW`] at least (or either gives no
    /// names at all).
    fn join_the_only(&mut self, s: usize, others: &[usize], rarity: &[f64]) -> bool {
        let &[only] = others else {
            return false;
        };
        if self.members[only].len() < self.members[s].len()
            || span(self.days[s], self.days[only]).is_some_and(|d| d > FAR_DAYS)
            || self.apart(s, only)
        {
            return false;
        }
        // A story without names tells nothing against joining the only one of its days.
        let nameless = self.sums[s].weights.is_empty() || self.sums[only].weights.is_empty();
        if !nameless && self.linkage(s, only, rarity) < LOW {
            return false;
        }
        self.merge(only, s, false);
        true
    }
}

/// The text writes a name its outlet's own name gives: a local paper telling of its town.
fn local(text: &Text) -> bool {
    text.masthead
        .iter()
        .any(|m| text.names.binary_search_by_key(m, |&(n, _)| n).is_ok())
}

/// Every item of sorted `small` is in sorted `large`.
fn subset(small: &[u32], large: &[u32]) -> bool {
    small.iter().all(|x| large.binary_search(x).is_ok())
}

/// The first two distinct items of `items` (fewer if it has fewer).
fn distinct_two(items: impl Iterator<Item = usize>) -> Vec<usize> {
    let mut found: Vec<usize> = Vec::with_capacity(2);
    for item in items {
        if !found.contains(&item) {
            found.push(item);
            if found.len() == 2 {
                break;
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;

    fn text(day: i64, names: &[u32]) -> Text {
        told(day, names, &[])
    }

    /// A text whose lede tells what happened in `what`.
    fn told(day: i64, names: &[u32], what: &[u32]) -> Text {
        Text {
            day: Some(day),
            names: names.iter().map(|&n| (n, 2.0)).collect(),
            what: what.to_vec(),
            masthead: Vec::new(),
        }
    }

    /// Texts whose ledes name nothing telling.
    fn untold(texts: usize) -> Telling {
        Telling {
            of_text: vec![Vec::new(); texts],
            givers: Vec::new(),
            street: Vec::new(),
            full: Vec::new(),
            addresses: Vec::new(),
        }
    }

    #[test]
    fn texts_sharing_most_names_within_days_are_one_story() {
        let texts = [
            text(0, &[0, 1, 2, 3]),
            text(1, &[0, 1, 2, 4]),
            text(0, &[5, 6, 7, 9]),
            text(2, &[5, 6, 8, 9]),
        ];
        assert_eq!(cluster(&texts, 10, 0, &[], &untold(4), &[]), [0, 0, 2, 2]);
    }

    #[test]
    fn texts_alike_whose_ledes_name_others_are_two_stories() {
        // Two shootings of one city on one day, told in the same words (names 0–3: the
        // city, its hospital, its spokesman, the neighbourhood), each lede naming its own
        // victim and street (telling names 0 and 1 of the first, 2 and 3 of the second),
        // and a second version of each.
        let texts = [
            text(0, &[0, 1, 2, 3, 4, 5]),
            text(0, &[0, 1, 2, 3, 4, 5]),
            text(0, &[0, 1, 2, 3, 6, 7]),
            text(0, &[0, 1, 2, 3, 6, 7]),
        ];
        let telling = Telling {
            of_text: vec![vec![0, 1], vec![0, 1], vec![2, 3], vec![2, 3]],
            givers: vec![vec![0, 1], vec![0, 1], vec![2, 3], vec![2, 3]],
            street: vec![false; 4],
            full: Vec::new(),
            addresses: Vec::new(),
        };
        assert_eq!(cluster(&texts, 8, 0, &[], &telling, &[]), [0, 0, 2, 2]);
        // The same texts with nothing telling in their ledes are one story.
        assert_eq!(cluster(&texts, 8, 0, &[], &untold(4), &[]), [0, 0, 0, 0]);
        // And so are they when one lede's victim is named in the other story too.
        let shared = Telling {
            of_text: vec![vec![0, 1], vec![0, 1], vec![2], vec![2]],
            givers: vec![vec![0, 1, 2], vec![0, 1, 3], vec![2, 3]],
            street: vec![false; 3],
            full: Vec::new(),
            addresses: Vec::new(),
        };
        assert_eq!(cluster(&texts, 8, 0, &[], &shared, &[]), [0, 0, 0, 0]);
        // Both ledes name one place (name 0) and one more each: that is how two outlets
        // tell one quake, naming another town each.
        let one_more_each = Telling {
            of_text: vec![vec![0, 1], vec![0, 1], vec![0, 2], vec![0, 2]],
            givers: vec![vec![0, 1, 2, 3], vec![0, 1], vec![2, 3]],
            street: vec![false; 3],
            full: Vec::new(),
            addresses: Vec::new(),
        };
        assert_eq!(
            cluster(&texts, 8, 0, &[], &one_more_each, &[]),
            [0, 0, 0, 0]
        );
        // But when what each adds is a street, they are two events: one neighbourhood,
        // two addresses.
        let a_street_each = Telling {
            street: vec![false, true, true],
            full: Vec::new(),
            ..one_more_each.clone()
        };
        assert_eq!(
            cluster(&texts, 8, 0, &[], &a_street_each, &[]),
            [0, 0, 2, 2]
        );
        // Unless a text of one gives the other's street too (the corner of two streets).
        let a_corner = Telling {
            givers: vec![vec![0, 1, 2, 3], vec![0, 1, 2], vec![2, 3]],
            ..a_street_each.clone()
        };
        assert_eq!(cluster(&texts, 8, 0, &[], &a_corner, &[]), [0, 0, 0, 0]);
        // Both ledes name only the neighbourhood and one street, at blocks of their own:
        // two addresses, two events.
        let two_blocks = Telling {
            of_text: vec![vec![0, 1]; 4],
            givers: vec![vec![0, 1, 2, 3], vec![0, 1, 2, 3]],
            street: vec![false, true],
            full: Vec::new(),
            addresses: vec![
                vec![(7, 3100)],
                vec![(7, 3100)],
                vec![(7, 5800)],
                vec![(7, 5800)],
            ],
        };
        assert_eq!(cluster(&texts, 8, 0, &[], &two_blocks, &[]), [0, 0, 2, 2]);
        // One block, or a text that gives none: one event.
        let one_block = Telling {
            addresses: vec![vec![(7, 3100)], vec![], vec![(7, 3100)], vec![]],
            ..two_blocks.clone()
        };
        assert_eq!(cluster(&texts, 8, 0, &[], &one_block, &[]), [0, 0, 0, 0]);
        // With a victim named besides in one of them, they are two events.
        let and_a_victim = Telling {
            of_text: vec![vec![0, 1], vec![0, 1], vec![0, 2, 3], vec![0, 2, 3]],
            givers: vec![vec![0, 1, 2, 3], vec![0, 1], vec![2, 3], vec![2, 3]],
            street: vec![false; 4],
            full: Vec::new(),
            addresses: Vec::new(),
        };
        assert_eq!(cluster(&texts, 8, 0, &[], &and_a_victim, &[]), [0, 0, 2, 2]);
    }

    #[test]
    fn briefs_naming_only_their_town_are_one_story_when_they_tell_what_happened_alike() {
        // Two outlets on a tram crash in a town (name 0), each naming someone of its own
        // (names 1 and 2), and two on animals escaped from the town's zoo the same day
        // (names 3 and 4): the town is all the four share. The ledes of each pair tell
        // what happened in the same words (0–4, 10–14), and all four write word 20. Two
        // more outlets tell of a fire elsewhere (names 5 to 7).
        let texts = [
            told(0, &[0, 1], &[0, 1, 2, 3, 4, 20]),
            told(0, &[0, 2], &[0, 1, 2, 3, 4, 20]),
            told(0, &[0, 3], &[10, 11, 12, 13, 14, 20]),
            told(0, &[0, 4], &[10, 11, 12, 13, 14, 20]),
            told(0, &[5, 6, 7], &[]),
            told(0, &[5, 6, 7], &[]),
        ];
        assert_eq!(
            cluster(&texts, 8, 21, &[], &untold(6), &[]),
            [0, 0, 2, 2, 4, 4]
        );
        // Told in words of their own, the town's name alone joins none of them.
        let apart: Vec<Text> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Text {
                what: t.what.iter().map(|&w| w + 21 * i as u32).collect(),
                ..t.clone()
            })
            .collect();
        assert_eq!(
            cluster(&apart, 8, 21 * 6, &[], &untold(6), &[]),
            [0, 1, 2, 3, 4, 4]
        );
    }

    #[test]
    fn a_story_naming_only_its_town_joins_one_naming_more_only_when_told_alike() {
        // Two outlets on a town council's budget name only the town (name 0); two on drugs
        // seized in raids in that town and two other places (names 1 and 2), and two on a
        // fire elsewhere (names 3 and 4), the same day.
        let texts = [
            told(0, &[0], &[0, 1, 2, 3, 4]),
            told(0, &[0], &[0, 1, 2, 3, 4]),
            told(0, &[0, 1, 2], &[10, 11, 12, 13, 14]),
            told(0, &[0, 1, 2], &[10, 11, 12, 13, 14]),
            told(0, &[3, 4], &[20, 21, 22, 23, 24]),
            told(0, &[3, 4], &[20, 21, 22, 23, 24]),
        ];
        assert_eq!(
            cluster(&texts, 5, 25, &[], &untold(6), &[]),
            [0, 0, 2, 2, 4, 4]
        );
        // The seizure's ledes telling what the budget's do: one event, which two outlets
        // tell naming only the town.
        let alike = [
            texts[0].clone(),
            texts[1].clone(),
            told(0, &[0, 1, 2], &[0, 1, 2, 3, 4]),
            told(0, &[0, 1, 2], &[0, 1, 2, 3, 4]),
            texts[4].clone(),
            texts[5].clone(),
        ];
        assert_eq!(
            cluster(&alike, 5, 25, &[], &untold(6), &[]),
            [0, 0, 0, 0, 4, 4]
        );
    }

    #[test]
    fn ledes_naming_the_same_two_things_in_full_are_one_story_whoever_else_they_name() {
        // Two versions each of two outlets' copy on a ship aground: every lede names the
        // ship and the sound (telling names 0 and 1, written in full), the first outlet's
        // its spokeswoman and the flag (2 and 5), the second's a hospital, a crewman and
        // his nationality (3, 4 and 6), which no text of the other gives.
        let texts = [
            text(0, &[0, 1, 2, 3, 4]),
            text(0, &[0, 1, 2, 3, 4]),
            text(0, &[0, 1, 2, 3, 5]),
            text(0, &[0, 1, 2, 3, 5]),
        ];
        let telling = Telling {
            of_text: vec![
                vec![0, 1, 2, 5],
                vec![0, 1, 2, 5],
                vec![0, 1, 3, 4, 6],
                vec![0, 1, 3, 4, 6],
            ],
            givers: vec![
                vec![0, 1, 2, 3],
                vec![0, 1, 2, 3],
                vec![0, 1],
                vec![2, 3],
                vec![2, 3],
                vec![0, 1],
                vec![2, 3],
            ],
            street: vec![false; 7],
            full: vec![true; 7],
            addresses: Vec::new(),
        };
        assert_eq!(cluster(&texts, 6, 0, &[], &telling, &[]), [0, 0, 0, 0]);
        // With only the ship written in full ("Skerry" alone for the sound), each lede
        // names more of its own than of the other's: two events.
        let one_thing = Telling {
            full: vec![true, false, true, true, true, true, true],
            ..telling.clone()
        };
        assert_eq!(cluster(&texts, 6, 0, &[], &one_thing, &[]), [0, 0, 2, 2]);
        // And so are two shootings whose ledes name one neighbourhood and one street.
        let a_street = Telling {
            street: vec![false, true, false, false, false, false, false],
            ..telling
        };
        assert_eq!(cluster(&texts, 6, 0, &[], &a_street, &[]), [0, 0, 2, 2]);
    }

    #[test]
    fn the_same_names_weeks_apart_are_another_story() {
        let texts = [
            text(0, &[0, 1, 2]),
            text(1, &[0, 1, 2]),
            text(30, &[0, 1, 2]),
        ];
        assert_eq!(cluster(&texts, 3, 0, &[], &untold(3), &[]), [0, 0, 2]);
    }

    #[test]
    fn sums_are_commutative_and_keep_names_sorted() {
        let mut a = Names::new(vec![(1, 1.0), (4, 2.0)]);
        let b = Names::new(vec![(0, 3.0), (4, 1.0), (9, 1.0)]);
        a.add(&b);
        assert_eq!(a.weights, [(0, 3.0), (1, 1.0), (4, 3.0), (9, 1.0)]);
        assert!((a.square - 20.0).abs() < 1e-12);
    }

    #[test]
    fn ledes_that_name_other_people_at_other_hours_are_two_stories() {
        // Two shootings on one street on one day, told in the same words; each lede names
        // its own victim in full (telling names 1 and 2) beside the street (name 0).
        let texts = [
            text(0, &[0, 1, 2, 3, 4]),
            text(0, &[0, 1, 2, 3, 4]),
            text(0, &[0, 1, 2, 3, 5]),
            text(0, &[0, 1, 2, 3, 5]),
        ];
        let telling = Telling {
            of_text: vec![vec![0, 1], vec![0, 1], vec![0, 2], vec![0, 2]],
            givers: vec![vec![0, 1, 2, 3], vec![0, 1], vec![2, 3]],
            street: vec![true, false, false],
            full: vec![true; 3],
            addresses: Vec::new(),
        };
        let at = |text: &str| Event::read(None, text, None);
        let night = at("A man was shot about 11:30 p.m.");
        let evening = at("A man was shot about 9 p.m.");
        let hours = [night.clone(), night.clone(), evening.clone(), evening];
        assert_eq!(cluster(&texts, 6, 0, &[], &telling, &hours), [0, 0, 2, 2]);
        // At one hour, the names alone are how two outlets may tell one shooting.
        let one_hour = [night.clone(), night.clone(), night.clone(), night];
        assert_eq!(
            cluster(&texts, 6, 0, &[], &telling, &one_hour),
            [0, 0, 0, 0]
        );
    }

    #[test]
    fn ledes_naming_the_same_cast_are_one_story_whatever_day_and_age_they_give() {
        // Three outlets on one arrest: every lede names the ground and the district (telling
        // names 0 and 1), and every text gives both. The third puts the arrest a day later
        // and the man nine years older.
        let texts = [
            text(0, &[0, 1, 2, 3]),
            text(0, &[0, 1, 2, 3]),
            text(1, &[0, 1, 2, 4]),
        ];
        let telling = Telling {
            of_text: vec![vec![0, 1]; 3],
            givers: vec![vec![0, 1, 2], vec![0, 1, 2]],
            street: vec![false; 2],
            full: vec![false; 2],
            addresses: Vec::new(),
        };
        let sunday = Event::read(
            None,
            "A 23-year-old man was held on Sunday.",
            Date::new(2026, 10, 5),
        );
        let monday = Event::read(
            None,
            "A man, 32, was held on Monday.",
            Date::new(2026, 10, 6),
        );
        let events = [sunday.clone(), sunday, monday];
        assert_eq!(cluster(&texts, 5, 0, &[], &telling, &events), [0, 0, 0]);
        // The third lede names a street besides (where two events of one place are told
        // alike): the day and the age tell another arrest.
        let a_street = Telling {
            of_text: vec![vec![0, 1], vec![0, 1], vec![0, 1, 2]],
            givers: vec![vec![0, 1, 2], vec![0, 1, 2], vec![0, 1, 2]],
            street: vec![false, false, true],
            full: vec![false, false, true],
            addresses: Vec::new(),
        };
        assert_eq!(cluster(&texts, 5, 0, &[], &a_street, &events), [0, 0, 2]);
        // Or it names a man of its own whom the others never name.
        let own_man = Telling {
            of_text: vec![vec![0, 1], vec![0, 1], vec![0, 1, 2]],
            givers: vec![vec![0, 1, 2], vec![0, 1, 2], vec![2]],
            street: vec![false; 3],
            full: vec![false, false, true],
            addresses: Vec::new(),
        };
        assert_eq!(cluster(&texts, 5, 0, &[], &own_man, &events), [0, 0, 2]);
        // Or the ledes share only one name.
        let one_name = Telling {
            of_text: vec![vec![0, 1], vec![0, 1], vec![0]],
            ..telling.clone()
        };
        assert_eq!(cluster(&texts, 5, 0, &[], &one_name, &events), [0, 0, 2]);
    }

    #[test]
    fn what_a_story_shares_does_not_hang_on_which_texts_came_together_first() {
        // Three outlets on one leak, all as alike by their names, so the first two are
        // weighed first. Every lede names the pool (telling name 0); the first names the
        // fire brigade's spokesman besides (1), the second a hospital and the pool's short
        // name (2 and 3), which no other text gives. The first two alone are apart; the
        // first and third are one story, and what it shares is the pool alone, as the
        // second and third would share: all three are one.
        let texts = [
            text(0, &[0, 1, 2, 3, 4]),
            text(0, &[0, 1, 2, 3, 5]),
            text(0, &[0, 1, 2, 3, 6]),
        ];
        let telling = Telling {
            of_text: vec![vec![0, 1], vec![0, 2, 3], vec![0]],
            givers: vec![vec![0, 1, 2], vec![0], vec![1], vec![1]],
            street: vec![false; 4],
            full: vec![true, true, true, false],
            addresses: Vec::new(),
        };
        assert_eq!(cluster(&texts, 7, 0, &[], &telling, &[]), [0, 0, 0]);
    }

    #[test]
    fn ledes_meeting_on_one_street_each_naming_its_own_neighbourhood_at_other_hours_are_two() {
        // Two shootings on one boulevard (telling name 0, a street), each told by two
        // outlets in the same words; each lede names its own neighbourhood in one word
        // (names 1 and 2), and they happened hours apart.
        let texts = [
            text(0, &[0, 1, 2, 3, 4]),
            text(0, &[0, 1, 2, 3, 4]),
            text(0, &[0, 1, 2, 3, 5]),
            text(0, &[0, 1, 2, 3, 5]),
        ];
        let telling = Telling {
            of_text: vec![vec![0, 1], vec![0, 1], vec![0, 2], vec![0, 2]],
            givers: vec![vec![0, 1, 2, 3], vec![0, 1], vec![2, 3], vec![2, 3]],
            street: vec![true, false, false, false],
            full: vec![true, false, false, false],
            addresses: Vec::new(),
        };
        let at = |text: &str| Event::read(None, text, None);
        let night = at("A man was shot about 1:15 a.m.");
        let afternoon = at("A man was shot about 3:40 p.m.");
        let hours = [night.clone(), night, afternoon.clone(), afternoon];
        assert_eq!(cluster(&texts, 6, 0, &[], &telling, &hours), [0, 0, 2, 2]);
        // When their ledes also name one district (name 3), a word of their own each is
        // no one of their own: the hour alone is the outlets' discrepancy.
        let a_district = Telling {
            of_text: vec![vec![0, 1, 3], vec![0, 1, 3], vec![0, 2, 3], vec![0, 2, 3]],
            givers: vec![vec![0, 1, 2, 3], vec![0, 1], vec![2, 3], vec![0, 1, 2, 3]],
            ..telling
        };
        assert_eq!(
            cluster(&texts, 6, 0, &[], &a_district, &hours),
            [0, 0, 0, 0]
        );
    }

    /// Every text's event: the lede names Saturday, in copy dated that Saturday.
    fn saturdays(texts: usize) -> Vec<Event> {
        vec![Event::read(None, "It happened on Saturday.", Date::new(2026, 3, 7)); texts]
    }

    #[test]
    fn a_text_alone_joins_the_one_story_its_lede_tells_of() {
        // Two outlets on a fire at a timber yard in a town (name 0), naming the brigade's
        // spokeswoman and the yard (names 1 and 2), told in words 0–5; two on a crash
        // elsewhere the same day (names 3 and 4, words 10–15). A local paper's lede names
        // only the yard (name 2) and a neighbour of its own (names 5 and 6), and tells the
        // fire in the same words: too little in names to join by them.
        let texts = [
            told(0, &[0, 1, 2], &[0, 1, 2, 3, 4, 5]),
            told(0, &[0, 1, 2], &[0, 1, 2, 3, 4, 5, 6]),
            told(0, &[3, 4], &[10, 11, 12, 13, 14, 15]),
            told(0, &[3, 4], &[10, 11, 12, 13, 14, 15]),
            told(1, &[2, 5, 6], &[0, 1, 2, 3, 4, 20]),
        ];
        let events = saturdays(5);
        assert_eq!(
            cluster(&texts, 7, 21, &[], &untold(5), &events),
            [0, 0, 2, 2, 0]
        );
        // Told in other words (the yard's name is all it shares), it stays alone.
        let other_words = Text {
            what: vec![16, 17, 18, 19, 20],
            ..texts[4].clone()
        };
        let mut apart = texts.to_vec();
        apart[4] = other_words;
        assert_eq!(
            cluster(&apart, 7, 21, &[], &untold(5), &events),
            [0, 0, 2, 2, 4]
        );
        // Its lede gives another day: another fire.
        let mut other_day = events.clone();
        other_day[4] = Event::read(None, "It happened on Friday.", Date::new(2026, 3, 8));
        assert_eq!(
            cluster(&texts, 7, 21, &[], &untold(5), &other_day),
            [0, 0, 2, 2, 4]
        );
        // Its lede gives no day: nothing to tell it is the same fire.
        let mut no_day = events.clone();
        no_day[4] = Event::default();
        assert_eq!(
            cluster(&texts, 7, 21, &[], &untold(5), &no_day),
            [0, 0, 2, 2, 4]
        );
    }

    #[test]
    fn a_text_alone_joins_no_story_when_two_would_do() {
        // Two fires in one town on one day (name 0), each told by two outlets in the same
        // words, each naming a yard of its own (names 1 and 2); a local paper names the town
        // and a neighbour (names 3 and 4) and tells a fire in those words.
        let texts = [
            told(0, &[0, 1, 5], &[0, 1, 2, 3, 4, 5]),
            told(0, &[0, 1, 5], &[0, 1, 2, 3, 4, 5]),
            told(0, &[0, 2, 6], &[0, 1, 2, 3, 4, 5]),
            told(0, &[0, 2, 6], &[0, 1, 2, 3, 4, 5]),
            told(1, &[0, 3, 4], &[0, 1, 2, 3, 4, 5]),
        ];
        let telling = Telling {
            of_text: vec![vec![0], vec![0], vec![1], vec![1], vec![]],
            givers: vec![vec![0, 1], vec![2, 3]],
            street: vec![false; 2],
            full: vec![true; 2],
            addresses: Vec::new(),
        };
        let found = cluster(&texts, 7, 6, &[], &telling, &saturdays(5));
        assert_eq!(found, [0, 0, 2, 2, 4]);
    }

    /// Every text's event as `lede` tells it, in copy dated Saturday 7 March.
    fn events(lede: &str, texts: usize) -> Vec<Event> {
        vec![Event::read(None, lede, Date::new(2026, 3, 7)); texts]
    }

    #[test]
    fn a_lede_told_in_the_storys_words_may_give_another_day() {
        // Two outlets on a warehouse fire (names 0–2) told in words 0–7, two on a crash the
        // same day (names 3 and 4). A tabloid names the warehouse (name 2) and a worker of
        // its own (names 5 and 6), tells the fire in seven of the wire's words, and puts it
        // on Friday night where the wire says Saturday: one difference, as outlets make.
        let fire: Vec<u32> = (0..8).collect();
        let texts = [
            told(0, &[0, 1, 2], &fire),
            told(0, &[0, 1, 2], &fire),
            told(0, &[3, 4], &[10, 11, 12, 13, 14, 15]),
            told(0, &[3, 4], &[10, 11, 12, 13, 14, 15]),
            told(1, &[2, 5, 6], &[0, 1, 2, 3, 4, 5, 6, 20]),
        ];
        let mut friday = events("It happened on Saturday.", 5);
        friday[4] = Event::read(None, "It happened on Friday night.", Date::new(2026, 3, 8));
        assert_eq!(
            cluster(&texts, 7, 21, &[], &untold(5), &friday),
            [0, 0, 2, 2, 0]
        );
        // Told in four of the wire's words, the other day keeps it apart.
        let mut fewer = texts.to_vec();
        fewer[4].what = vec![0, 1, 2, 3, 20];
        assert_eq!(
            cluster(&fewer, 7, 21, &[], &untold(5), &friday),
            [0, 0, 2, 2, 4]
        );
        // Another day and another hour: another fire, however alike the words.
        let mut hours = events("It happened at 3 p.m. on Saturday.", 5);
        hours[4] = Event::read(
            None,
            "It happened at 11 p.m. on Friday.",
            Date::new(2026, 3, 8),
        );
        assert_eq!(
            cluster(&texts, 7, 21, &[], &untold(5), &hours),
            [0, 0, 2, 2, 4]
        );
    }

    #[test]
    fn a_local_paper_that_names_only_its_own_town_joins_the_story_told_in_its_words() {
        // A local paper's lede names only its own town (name 5, which its masthead gives:
        // "a woman from the town was arrested"), a town no other outlet names, and tells the
        // fire in seven of the wire's words: the others name the event, it names its town.
        let fire: Vec<u32> = (0..8).collect();
        let crash = [10, 11, 12, 13, 14, 15];
        let mut texts = vec![
            told(0, &[0, 1, 2], &fire),
            told(0, &[0, 1, 2], &fire),
            told(0, &[3, 4], &crash),
            told(0, &[3, 4], &crash),
            told(1, &[5], &[0, 1, 2, 3, 4, 5, 6, 20]),
        ];
        let saturday = events("It happened on Saturday.", 5);
        // Whose masthead gives no name it writes, it stays alone.
        assert_eq!(
            cluster(&texts, 6, 21, &[], &untold(5), &saturday),
            [0, 0, 2, 2, 4]
        );
        texts[4].masthead = vec![5];
        assert_eq!(
            cluster(&texts, 6, 21, &[], &untold(5), &saturday),
            [0, 0, 2, 2, 0]
        );
        // Told in four of the wire's words, its town alone tells nothing.
        let mut fewer = texts.clone();
        fewer[4].what = vec![0, 1, 2, 3, 20];
        assert_eq!(
            cluster(&fewer, 6, 21, &[], &untold(5), &saturday),
            [0, 0, 2, 2, 4]
        );
        // Two fires told in the same words: it joins neither.
        let mut two = texts.clone();
        two[2].what = fire.clone();
        two[3].what = fire.clone();
        assert_eq!(
            cluster(&two, 6, 21, &[], &untold(5), &saturday),
            [0, 0, 2, 2, 4]
        );
    }

    #[test]
    fn a_local_paper_joins_the_story_of_the_town_in_its_masthead() {
        // The local paper's copy names no town and no one the others name (names 5 and 6),
        // but its masthead names the town (name 0) the fire's outlets name, and not the
        // crash's town (name 3).
        let texts = [
            told(0, &[0, 1, 2], &[0, 1, 2, 3, 4, 5]),
            told(0, &[0, 1, 2], &[0, 1, 2, 3, 4, 5, 6]),
            told(0, &[3, 4], &[10, 11, 12, 13, 14, 15]),
            told(0, &[3, 4], &[10, 11, 12, 13, 14, 15]),
            told(1, &[5, 6], &[0, 1, 2, 3, 4, 20]),
        ];
        let events = saturdays(5);
        assert_eq!(
            cluster(&texts, 7, 21, &[], &untold(5), &events),
            [0, 0, 2, 2, 4]
        );
        let mut local = texts.to_vec();
        local[4].masthead = vec![0];
        assert_eq!(
            cluster(&local, 7, 21, &[], &untold(5), &events),
            [0, 0, 2, 2, 0]
        );
    }
}
