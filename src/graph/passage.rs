//! Passages and their alignment: a quotation's words indexed by word, the words two passages have in common and the longest run they share (what the link, misquote and negation checks compare quotations by).

use super::words::{Word, same_words};

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
    pub(super) fn positions(&self, id: u32) -> &[u32] {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Span;

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
}
