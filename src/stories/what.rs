//! What happened, as a lede tells it: the words its headline and opening paragraphs write
//! in small letters ("drone", "runway", "aground", "measles"), without stop words and
//! plural endings. Outlets on one event name its town and tell what happened there in the
//! same few words; two events of one town on one day (a zoo's escaped animals and a
//! museum's stolen paintings) share the town's name and little of what happened. Names
//! alone cannot tell the two apart when the town is all the outlets name in common.

use std::hash::Hasher;

use rayon::prelude::*;

use super::names;
use crate::extract::numbers::singular_of;
use crate::words::{Fnv, is_stop_word};

/// Words shorter than this many letters ("a", "of") tell nothing.
const SHORTEST: usize = 3;

/// The words of what happened in every text's lede.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct What {
    /// Per text: its lede's words, as indexes counting to `words`, sorted and distinct.
    pub of_text: Vec<Vec<u32>>,
    /// How many distinct words the ledes of the batch write.
    pub words: usize,
}

/// Reads the words of what happened in the lede of each text (`(headline, text)`): every
/// word of the headline and of the opening paragraphs (after the dateline) written in
/// small letters, of [`SHORTEST`] letters or more, no stop word, in the singular.
pub fn read(texts: &[(Option<&str>, &str)]) -> What {
    let hashed: Vec<Vec<u64>> = texts
        .par_iter()
        .map(|&(headline, text)| {
            let mut words: Vec<u64> = headline
                .into_iter()
                .chain([&text[names::lede(text)]])
                .flat_map(small_words)
                .map(|word| {
                    let mut h = Fnv::default();
                    h.write(singular_of(word).as_bytes());
                    h.finish()
                })
                .collect();
            words.sort_unstable();
            words.dedup();
            words
        })
        .collect();
    // The batch's words numbered in the order of their hashes: the same words, the same
    // numbers, whatever the order of the texts.
    let mut all: Vec<u64> = hashed.iter().flatten().copied().collect();
    all.par_sort_unstable();
    all.dedup();
    let of_text = hashed
        .iter()
        .map(|words| {
            words
                .iter()
                .filter_map(|h| all.binary_search(h).ok().map(|n| n as u32))
                .collect()
        })
        .collect();
    What {
        of_text,
        words: all.len(),
    }
}

/// The words of `text` written in small letters (hyphens and apostrophes inside a word
/// belong to it: "take-off", "crew's"), of [`SHORTEST`] letters or more, no stop word.
pub(super) fn small_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphabetic() || matches!(c, '-' | '\'' | '’')))
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()))
        .filter(|w| {
            w.chars().count() >= SHORTEST
                && w.chars().all(|c| !c.is_alphabetic() || c.is_lowercase())
                && !is_stop_word(w)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shared(a: &str, b: &str) -> usize {
        let read = read(&[(None, a), (None, b)]);
        read.of_text[0]
            .iter()
            .filter(|w| read.of_text[1].binary_search(w).is_ok())
            .count()
    }

    #[test]
    fn the_words_of_what_happened_in_small_letters_singular() {
        let read = read(&[(
            Some("Drones ground flights at Kestrel"),
            "KESTREL, Dec 6 - Drone sightings shut the runway, the airport said.\n\n\
             Flights resumed.\n\nA third paragraph about the weather.",
        )]);
        // ground, flight, sighting, shut, runway, airport, resumed: "Drones", "Drone",
        // "KESTREL", "Dec" and "Flights" are written with a capital, "at", "the" and "said"
        // are stop words, and the third paragraph is past the lede.
        assert_eq!(read.of_text[0].len(), 7);
        assert_eq!(read.words, 7);
    }

    #[test]
    fn plurals_and_singulars_are_one_word_and_the_third_paragraph_is_no_lede() {
        assert_eq!(
            shared(
                "A rocket from the fireworks display hit the crowd.",
                "Two rockets veered into the crowds.\n\nThe display went on.",
            ),
            3
        );
        assert_eq!(
            shared(
                "A tram hit a lorry.\n\nNobody was hurt.",
                "A bus hit a car.\n\nNobody died.\n\nThe tram and the lorry were fine.",
            ),
            1
        );
    }
}
