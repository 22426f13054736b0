//! How much a shared word says: each stem weighed by how rare it is in its story (inverse document frequency over the story's readings), and two claims' content compared by those weights; a verb both claims write in forms of one stem, irregular pasts aside, weighed as that stem.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::reading::{Profile, Reading};
use super::words::Vocabulary;

/// Share of the highest weight a stem must have to be rare: a stem of two readings of
/// twenty is rare, of five is not; of 1,500, up to about twelve are. Measured on the
/// corroboration gold (its README): lower, or with stems just below it counted half rare, it
/// joins different claims of a story for one claim more; 0.75 loses a join.
const RARE_FRACTION: f64 = 0.65;

/// The weight of every stem of a batch, story by story.
#[derive(Debug, Clone, Default)]
pub struct Weights {
    /// Readings (distinct texts of claims) of each story.
    readings: Vec<u32>,
    /// Readings of a story holding a stem and the stem's weight there, by (story, stem)
    /// ([`key`]): the weight worked out once, not at every comparison.
    frequency: HashMap<u64, (u32, f64), BuildHasherDefault<StemHasher>>,
    /// Readings of a story holding a stem as written ([`Vocabulary::plain`]) and its weight
    /// there, by (story, stem) ([`key`]): kept for the stems into which an irregular past is
    /// folded ([`Vocabulary::folded`]) alone.
    plain: HashMap<u64, (u32, f64), BuildHasherDefault<StemHasher>>,
    /// The weight a stem must reach in each story to be rare.
    rare_from: Vec<f64>,
}

/// A (story, stem) pair as one 64-bit key: looked up at every stem of every pair compared.
fn key(story: usize, s: u32) -> u64 {
    (u64::from(story as u32) << 32) | u64::from(s)
}

/// Hashes a (story, stem) [`key`] with one wide multiply, its two halves folded together so
/// that every bit of the key reaches the low bits (the table's buckets) and the high ones
/// (its tags). The keys are numbers the batch gives out, not text, so the seeded hasher of
/// the vocabulary buys nothing here, and FNV's byte-by-byte loop costs eight multiplies.
#[derive(Debug, Clone, Copy, Default)]
struct StemHasher(u64);

/// An odd 64-bit constant with its bits well spread (the fractional part of the golden ratio).
const SPREAD: u64 = 0x9e37_79b9_7f4a_7c15;

impl Hasher for StemHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write_u64(&mut self, k: u64) {
        let wide = u128::from(self.0 ^ k) * u128::from(SPREAD);
        self.0 = (wide as u64) ^ ((wide >> 64) as u64);
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }
}

/// `ln(1 + readings / frequency)`, either counted at least once.
fn weight_of(readings: u32, frequency: u32) -> f64 {
    (1.0 + f64::from(readings.max(1)) / f64::from(frequency.max(1))).ln()
}

impl Weights {
    /// Counts each stem once per reading of its story (the copies of one text under
    /// several outlet names count once); for a stem into which an irregular past is folded,
    /// each of its stems as written too.
    pub fn of(profiles: &[Profile], vocabulary: &Vocabulary) -> Weights {
        let mut weights = Weights::default();
        let mut plain: Vec<u32> = Vec::new();
        for p in profiles.iter().filter(|p| p.owns_reading) {
            if weights.readings.len() <= p.story {
                weights.readings.resize(p.story + 1, 0);
            }
            weights.readings[p.story] += 1;
            for &s in p.reading.stems() {
                weights.frequency.entry(key(p.story, s)).or_default().0 += 1;
            }
            plain.clear();
            plain.extend(
                p.reading
                    .content
                    .iter()
                    .filter(|&&w| vocabulary.folded(vocabulary.stem(w)))
                    .map(|&w| vocabulary.plain(w)),
            );
            plain.sort_unstable();
            plain.dedup();
            for &s in &plain {
                weights.plain.entry(key(p.story, s)).or_default().0 += 1;
            }
        }
        let readings = &weights.readings;
        for (&k, (frequency, weight)) in weights.frequency.iter_mut().chain(&mut weights.plain) {
            let read = readings.get((k >> 32) as usize).copied().unwrap_or(0);
            *weight = weight_of(read, *frequency);
        }
        weights.rare_from = readings
            .iter()
            .map(|&read| RARE_FRACTION * (1.0 + f64::from(read.max(1))).ln())
            .collect();
        weights
    }

    /// Readings of `story` that hold stem `s`.
    pub fn frequency(&self, story: usize, s: u32) -> u32 {
        self.frequency
            .get(&key(story, s))
            .map_or(0, |&(frequency, _)| frequency)
    }

    /// The weight of stem `s` in `story`, `ln(1 + readings / frequency)`: high for a stem
    /// few claims of the story have.
    pub fn weight(&self, story: usize, s: u32) -> f64 {
        match self.frequency.get(&key(story, s)) {
            Some(&(_, weight)) => weight,
            None => weight_of(self.readings.get(story).copied().unwrap_or(0), 0),
        }
    }

    /// True when stem `s` is in few readings of `story`: its weight is near that of a stem
    /// only one reading has (a short excerpt is matched only on such words).
    pub fn rare(&self, story: usize, s: u32) -> bool {
        self.weight(story, s) >= self.rare_from(story)
    }

    /// The weight a stem of `story` must reach to be rare.
    fn rare_from(&self, story: usize) -> f64 {
        self.rare_from.get(story).copied().unwrap_or_else(|| {
            RARE_FRACTION
                * (1.0 + f64::from(self.readings.get(story).copied().unwrap_or(0).max(1))).ln()
        })
    }

    /// Summed weight of stems in `story`.
    pub fn sum(&self, story: usize, stems: impl IntoIterator<Item = u32>) -> f64 {
        stems.into_iter().map(|s| self.weight(story, s)).sum()
    }

    /// Share of the weight of `part`'s stems (sorted) that `whole`'s (sorted) hold, in
    /// `story`: 1 when every stem of `part` is in `whole`.
    pub fn covered(&self, story: usize, part: &[u32], whole: &[u32]) -> f64 {
        let (mut held, mut all) = (0.0, 0.0);
        for &s in part {
            let w = self.weight(story, s);
            all += w;
            if whole.binary_search(&s).is_ok() {
                held += w;
            }
        }
        if all > 0.0 { held / all } else { 0.0 }
    }

    /// The weighted likeness of two claims' readings of `story`: their stems compared
    /// ([`Weights::compare`]), but a stem into which an irregular past is folded, when both
    /// write it in forms of one stem as written ("meet" / "meeting", or "met" / "met"),
    /// weighed as that stem. Folding "met" into "meet" makes the stem commoner, and so
    /// lighter, than either was: without this, a link that a shared "meet" made would be
    /// lost by the folding that lets "met" and "meeting" link.
    pub fn compare_readings(
        &self,
        story: usize,
        a: &Reading,
        b: &Reading,
        vocabulary: &Vocabulary,
    ) -> Likeness {
        let mut alike: Vec<(u32, f64)> = Vec::new();
        let (sa, sb) = (a.stems(), b.stems());
        let (mut i, mut j) = (0, 0);
        while i < sa.len() && j < sb.len() {
            match sa[i].cmp(&sb[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    let s = sa[i];
                    if vocabulary.folded(s) {
                        let weight = written(a, s, vocabulary)
                            .filter(|&p| written(b, s, vocabulary).any(|q| q == p))
                            .filter_map(|p| self.plain.get(&key(story, p)).map(|&(_, w)| w))
                            .fold(0.0, f64::max);
                        if weight > self.weight(story, s) {
                            alike.push((s, weight));
                        }
                    }
                    i += 1;
                    j += 1;
                }
            }
        }
        self.compare_weighed(story, sa, sb, &alike)
    }

    /// The weighted likeness of two sorted stem sets of `story`.
    pub fn compare(&self, story: usize, a: &[u32], b: &[u32]) -> Likeness {
        self.compare_weighed(story, a, b, &[])
    }

    /// [`Weights::compare`], with the stems of `alike` (sorted by stem, each once, every one
    /// a stem both sets hold) weighed as given.
    fn compare_weighed(
        &self,
        story: usize,
        a: &[u32],
        b: &[u32],
        alike: &[(u32, f64)],
    ) -> Likeness {
        // One pass: each stem's weight looked up once, the sums added in stem order.
        let (mut shared, mut count, mut rare) = (0.0, 0usize, 0usize);
        let rare_from = self.rare_from(story);
        let (mut wa, mut wb) = (0.0, 0.0);
        let mut j = 0;
        let mut k = 0;
        for &x in a {
            while k < alike.len() && alike[k].0 < x {
                k += 1;
            }
            let w = match alike.get(k) {
                Some(&(s, written)) if s == x => written,
                _ => self.weight(story, x),
            };
            wa += w;
            while j < b.len() && b[j] < x {
                wb += self.weight(story, b[j]);
                j += 1;
            }
            if j < b.len() && b[j] == x {
                shared += w;
                wb += w;
                count += 1;
                rare += usize::from(w >= rare_from);
                j += 1;
            }
        }
        for &y in &b[j..] {
            wb += self.weight(story, y);
        }
        let union = wa + wb - shared;
        let ratio = |x: f64, y: f64| if y > 0.0 { x / y } else { 0.0 };
        Likeness {
            shared: count,
            rare,
            jaccard: ratio(shared, union),
            overlap: ratio(shared, wa.min(wb)),
        }
    }
}

/// The stems as written ([`Vocabulary::plain`]) of the words of `reading` whose stem is `s`.
fn written<'r>(
    reading: &'r Reading,
    s: u32,
    vocabulary: &'r Vocabulary,
) -> impl Iterator<Item = u32> + 'r {
    reading
        .content
        .iter()
        .filter(move |&&w| vocabulary.stem(w) == s)
        .map(|&w| vocabulary.plain(w))
}

/// Two claims' content stems compared by weight.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Likeness {
    /// Stems both have.
    pub shared: usize,
    /// … of which rare in the story ([`Weights::rare`]).
    pub rare: usize,
    /// Weight shared over the weight of either.
    pub jaccard: f64,
    /// Weight shared over the weight of the lighter claim.
    pub overlap: f64,
}

impl Likeness {
    /// Mean of the weighted Jaccard and overlap coefficients: 1 for the same words, high
    /// when the rarer words of the shorter claim are all in the longer.
    pub fn score(&self) -> f64 {
        (self.jaccard + self.overlap) / 2.0
    }
}
