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
    /// The position of every word, sorted by word id, then position: the places of one
    /// word side by side, so that two passages are walked together in one pass, word id
    /// by word id. Positions only (the id is the word's): every claim's passages stay in
    /// memory while a batch is checked.
    by_word: Vec<u32>,
}

/// The places of one word: the index past the last entry of `by_word[from..]` with the
/// word id of `by_word[from]`.
fn group_end(words: &[Word], by_word: &[u32], from: usize) -> usize {
    let id = words[by_word[from] as usize].id;
    from + by_word[from..]
        .iter()
        .take_while(|&&p| words[p as usize].id == id)
        .count()
}

impl Passage {
    pub fn new(mut words: Vec<Word>) -> Self {
        // Every claim's passages stay in memory while a batch is checked: none keeps room
        // it does not use (a filtered list is made with room to spare).
        words.shrink_to_fit();
        let mut content: Vec<u32> = words.iter().filter(|w| w.content).map(|w| w.id).collect();
        content.sort_unstable();
        content.dedup();
        content.shrink_to_fit();
        // Sorted as (id, position) pairs, each one 64-bit number (id above, position
        // below) so that the sort compares integers, then kept as positions.
        let mut places: Vec<u64> = words
            .iter()
            .enumerate()
            .filter_map(|(k, w)| Some((u64::from(w.id) << 32) | u64::from(u32::try_from(k).ok()?)))
            .collect();
        places.sort_unstable();
        let mut by_word = Vec::with_capacity(places.len());
        by_word.extend(places.iter().map(|&place| place as u32));
        Passage {
            words,
            content,
            by_word,
        }
    }

    /// The word id at place `k` of `by_word`.
    fn id_at(&self, k: usize) -> u32 {
        self.words[self.by_word[k] as usize].id
    }

    /// How many times word `id` occurs.
    pub(super) fn occurrences(&self, id: u32) -> usize {
        let from = self
            .by_word
            .partition_point(|&p| self.words[p as usize].id < id);
        let to = self
            .by_word
            .partition_point(|&p| self.words[p as usize].id <= id);
        to - from
    }

    /// Words the two passages have in common, counted with repetition: no common run or
    /// common subsequence is longer.
    pub fn common_words(&self, other: &Passage) -> usize {
        let (xs, ys) = (&self.by_word, &other.by_word);
        let (mut i, mut j, mut common) = (0, 0, 0);
        while i < xs.len() && j < ys.len() {
            match self.id_at(i).cmp(&other.id_at(j)) {
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

    /// Calls `run(i, j, len)` for every run of words the two passages share, measured from
    /// its start (`i` here, `j` in `other`), in word-id order of its first word. Only the
    /// places where the two share a word are visited: the two passages' words are walked
    /// together in word-id order, as two sorted lists are merged.
    fn each_shared_run(&self, other: &Passage, mut run: impl FnMut(usize, usize, usize)) {
        let (a, b) = (&self.words, &other.words);
        let (xs, ys) = (&self.by_word, &other.by_word);
        let (mut x, mut y) = (0, 0);
        while x < xs.len() && y < ys.len() {
            match self.id_at(x).cmp(&other.id_at(y)) {
                std::cmp::Ordering::Less => x += 1,
                std::cmp::Ordering::Greater => y += 1,
                std::cmp::Ordering::Equal => {
                    let (x_end, y_end) = (group_end(a, xs, x), group_end(b, ys, y));
                    for &i in &xs[x..x_end] {
                        let i = i as usize;
                        for &j in &ys[y..y_end] {
                            let j = j as usize;
                            // Only runs that start here: a run that goes on from the
                            // previous word is measured from its start.
                            if i > 0 && j > 0 && a[i - 1].id == b[j - 1].id {
                                continue;
                            }
                            let len = a[i..]
                                .iter()
                                .zip(&b[j..])
                                .take_while(|(p, q)| p.id == q.id)
                                .count();
                            run(i, j, len);
                        }
                    }
                    x = x_end;
                    y = y_end;
                }
            }
        }
    }

    /// The longest run of words the two passages share: (length, start here, start in
    /// `other`); of runs equally long, the one that ends first here, then in `other`.
    pub fn longest_run(&self, other: &Passage) -> (usize, usize, usize) {
        let (a, b) = (&self.words, &other.words);
        if same_words(a, b) {
            return (a.len(), 0, 0);
        }
        // (length, end here, end in other) of the best run so far. Every run is measured
        // once, from its start, and no two runs of one length end at the same places, so
        // the best is the same whatever order the starts are visited in.
        let mut best: Option<(usize, usize, usize)> = None;
        self.each_shared_run(other, |i, j, len| {
            let end = (i + len - 1, j + len - 1);
            let better = best.is_none_or(|(l, ei, ej)| len > l || (len == l && end < (ei, ej)));
            if better {
                best = Some((len, end.0, end.1));
            }
        });
        best.map_or((0, 0, 0), |(len, ei, ej)| (len, ei + 1 - len, ej + 1 - len))
    }

    /// The runs of at least `min` words the two passages share, apart from one another
    /// here: (start here, length), longest first, then by start. Of runs that overlap here
    /// the longest is kept (the first, of two as long).
    pub fn shared_runs(&self, other: &Passage, min: usize) -> Vec<(usize, usize)> {
        let mut runs: Vec<(usize, usize)> = Vec::new();
        self.each_shared_run(other, |i, _, len| {
            if len >= min.max(1) {
                runs.push((i, len));
            }
        });
        runs.sort_unstable_by(|p, q| q.1.cmp(&p.1).then(p.0.cmp(&q.0)));
        runs.dedup();
        let mut kept: Vec<(usize, usize)> = Vec::new();
        for (start, len) in runs {
            let apart = kept
                .iter()
                .all(|&(s, l)| start + len <= s || s + l <= start);
            if apart {
                kept.push((start, len));
            }
        }
        kept
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
        let mut random = crate::test_random::XorShift::new(0x9e37_79b9_7f4a_7c15u64);
        let mut next = |n: u64| random.below(n);
        for _ in 0..2000 {
            let vocabulary = 1 + next(6);
            let mut passage = || {
                let len = next(12);
                let words = (0..len)
                    .map(|k| {
                        Word::new(
                            next(vocabulary) as u32,
                            Span::new(k as usize, k as usize + 1),
                            true,
                            false,
                        )
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
            let runs = a.shared_runs(&b, 1);
            assert_eq!(
                runs.first().map(|&(_, len)| len).unwrap_or(0),
                table_run(&a.words, &b.words).0,
                "{a:?} {b:?}"
            );
            assert!(runs.windows(2).all(|w| w[0].1 >= w[1].1));
            let common = a.common_words(&b);
            assert!(table_run(&a.words, &b.words).0 <= common);
            // Counted with repetition: each word as often as the passage that has it less.
            let count = |p: &Passage, id: u32| p.words.iter().filter(|w| w.id == id).count();
            let mut ids: Vec<u32> = a.words.iter().map(|w| w.id).collect();
            ids.sort_unstable();
            ids.dedup();
            let expected: usize = ids.iter().map(|&id| count(&a, id).min(count(&b, id))).sum();
            assert_eq!(common, expected, "{a:?} {b:?}");
        }
    }
}
