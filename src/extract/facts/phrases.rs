//! Phrases of the rules found at a token by one lookup of its word: background cues, moments
//! of the day and list relations are indexed by their first word, so a sentence is scanned
//! once instead of once per phrase.

use crate::words::{WordGate, WordMap};

/// Phrases (lower-case words) with a value each, found longest first.
#[derive(Debug, Clone)]
pub(crate) struct Phrases<T> {
    /// First word → the phrases starting with it, longest first (among equal lengths, in the
    /// order given).
    by_first: WordMap<Vec<(Vec<String>, T)>>,
    /// The first words, to pass over most words without hashing them.
    starts: WordGate,
}

impl<T> Phrases<T> {
    /// Indexes `phrases`, each a list of lower-case words; empty phrases are left out.
    pub(crate) fn new(phrases: impl IntoIterator<Item = (Vec<String>, T)>) -> Phrases<T> {
        let mut by_first: WordMap<Vec<(Vec<String>, T)>> = WordMap::default();
        let mut starts = WordGate::default();
        for (words, value) in phrases {
            if let Some(first) = words.first() {
                starts.insert(first);
                by_first
                    .entry(first.clone())
                    .or_default()
                    .push((words, value));
            }
        }
        for list in by_first.values_mut() {
            // Stable: phrases of one length keep the order they were given in.
            list.sort_by_key(|(words, _)| std::cmp::Reverse(words.len()));
        }
        Phrases { by_first, starts }
    }

    /// The longest phrase whose words are `lower[at..]`, ending at or before `end`. Most
    /// words are turned away by the gate in the caller's code, before any call.
    #[inline]
    pub(crate) fn at(&self, lower: &[&str], at: usize, end: usize) -> Option<(&[String], &T)> {
        let first = lower.get(at)?;
        if !self.starts.may_hold(first) {
            return None;
        }
        self.starting_with(first, lower, at, end)
    }

    /// [`Phrases::at`] past the gate.
    #[inline(never)]
    fn starting_with(
        &self,
        first: &str,
        lower: &[&str],
        at: usize,
        end: usize,
    ) -> Option<(&[String], &T)> {
        self.by_first.get(first)?.iter().find_map(|(words, value)| {
            let stop = at + words.len();
            (stop <= end
                && lower
                    .get(at..stop)
                    .is_some_and(|found| found.iter().zip(words).all(|(a, b)| *a == b)))
            .then_some((words.as_slice(), value))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phrases() -> Phrases<&'static str> {
        let split = |p: &str| p.split(' ').map(str::to_string).collect::<Vec<_>>();
        Phrases::new([
            (split("last year"), "a"),
            (split("last"), "b"),
            (split("in the past"), "c"),
        ])
    }

    #[test]
    fn the_longest_phrase_at_a_word_wins_within_the_end() {
        let p = phrases();
        let words = ["it", "rose", "last", "year"];
        assert_eq!(p.at(&words, 2, 4).map(|(_, v)| *v), Some("a"));
        assert_eq!(p.at(&words, 2, 3).map(|(_, v)| *v), Some("b"));
        assert_eq!(p.at(&words, 1, 4), None);
        assert_eq!(p.at(&["in", "the"], 0, 2), None);
    }
}
