//! Versions of one text: agency copy that outlets cut, reorder or touch up (a paragraph
//! dropped, a figure changed) still shares most of its long sentences word for word. Such
//! texts are one story whatever their names say — a story told mostly in common words
//! ("a union endorsed Hillary Clinton") gives the grouping few rare names to go by.
//! Found through an inverted index over sentence hashes, never all pairs.

use std::hash::Hasher;

use rayon::prelude::*;

use crate::words::TextMap;
use crate::words::{Fnv, fold_into};

/// A sentence counts when it has at least this many words: short ones ("Police said.",
/// "No arrests were reported.") are every outlet's.
const LONG: usize = 8;
/// A sentence more texts than this give is boilerplate (a desk's closing line), no sign of
/// one text.
const COMMON: usize = 32;
/// Two texts are versions of one when they share at least this many long sentences…
const SHARED: usize = 2;
/// … and at least this share of the long sentences of the shorter.
const SHARE: f64 = 0.5;

/// Ends a sentence for [`sentences`]: a full stop, an exclamation or question mark, a line's
/// end.
fn ends_sentence(b: u8) -> bool {
    matches!(b, b'.' | b'!' | b'?' | b'\n')
}

/// The sentences of `text`: the stretches between the bytes that [`ends_sentence`], empty ones
/// too. The text is read a byte at a time, not decoded into characters: every such byte is
/// ASCII, so each stretch starts and ends on a character's boundary.
fn cut(text: &str) -> impl Iterator<Item = &str> {
    let ends = text
        .bytes()
        .enumerate()
        .filter(|&(_, b)| ends_sentence(b))
        .map(|(at, _)| at)
        .chain([text.len()]);
    let mut start = 0;
    ends.map(move |end| {
        let sentence = text.get(start..end).unwrap_or("");
        start = end + 1;
        sentence
    })
}

/// The hashes of a text's long sentences, folded, sorted and distinct. Each sentence is
/// folded into one buffer kept for the text (its bytes are hashed, no string is made).
fn sentences(text: &str) -> Vec<u64> {
    let mut folded = Vec::new();
    let mut hashes: Vec<u64> = cut(text)
        .filter_map(|sentence| {
            fold_into(sentence, &mut folded);
            has_words(&folded, LONG).then(|| {
                let mut h = Fnv::default();
                h.write(folded.trim_ascii());
                h.finish()
            })
        })
        .collect();
    hashes.sort_unstable();
    hashes.dedup();
    hashes
}

/// True when `folded` holds at least `n` words between its spaces: the runs of bytes other
/// than a space, counted byte by byte and no further than the `n`th (a sentence is not cut
/// into words to be counted).
fn has_words(folded: &[u8], n: usize) -> bool {
    let mut words = 0;
    let mut after_space = true;
    for &b in folded {
        let space = b == b' ';
        if !space && after_space {
            words += 1;
            if words >= n {
                return true;
            }
        }
        after_space = space;
    }
    words >= n
}

/// Pairs of texts `(i, j)`, `i < j`, that are versions of one text, sorted.
pub fn pairs(texts: &[&str]) -> Vec<(usize, usize)> {
    let hashed: Vec<Vec<u64>> = texts.par_iter().map(|t| sentences(t)).collect();
    let mut filed: Vec<(u64, u32)> = hashed
        .iter()
        .enumerate()
        .flat_map(|(i, hashes)| hashes.iter().map(move |&h| (h, i as u32)))
        .collect();
    filed.par_sort_unstable();
    let mut shared: TextMap<(u32, u32), usize> = TextMap::default();
    for block in filed.chunk_by(|x, y| x.0 == y.0) {
        if block.len() > COMMON {
            continue;
        }
        for (x, &(_, i)) in block.iter().enumerate() {
            for &(_, j) in &block[x + 1..] {
                *shared.entry((i, j)).or_default() += 1;
            }
        }
    }
    let mut found: Vec<(usize, usize)> = shared
        .into_iter()
        .filter(|&((i, j), n)| {
            let shorter = hashed[i as usize].len().min(hashed[j as usize].len());
            n >= SHARED && n as f64 >= SHARE * shorter as f64
        })
        .map(|((i, j), _)| (i as usize, j as usize))
        .collect();
    found.sort_unstable();
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::fold;

    #[test]
    fn a_sentence_is_long_from_its_eighth_word() {
        let seven = fold("Police said the fire was put out.");
        let eight = fold("Police said the fire was put out quickly.");
        assert!(!has_words(seven.as_bytes(), LONG));
        assert!(has_words(eight.as_bytes(), LONG));
        assert!(!has_words(b"", 1));
        assert!(has_words(b" a  b ", 2));
        assert!(!has_words(b" a  b ", 3));
    }

    #[test]
    fn sentences_are_cut_where_str_split_cuts_them() {
        for text in [
            "",
            ".",
            "No stop",
            "One. Two!  Three?\nFour.\n\nFive",
            "Ends with a stop.",
            "Zoë’s café — “quoted”. São Paulo!\n北京。Next?",
        ] {
            let split: Vec<&str> = text.split(['.', '!', '?', '\n']).collect();
            assert_eq!(cut(text).collect::<Vec<_>>(), split, "{text:?}");
        }
    }

    const ORIGINAL: &str = "A union speaking for hospital porters backed the governor for \
        re-election on Thursday, another sign of labour's support. The guild of hospital \
        porters counts almost 63,000 members across the state.\n\nOther large unions have \
        also backed the governor in the contest for the statehouse this year.";

    #[test]
    fn a_cut_and_touched_up_copy_is_a_version() {
        let cut = "The guild of hospital porters counts almost 64,000 members across the \
            state.\n\nOther large unions have also backed the governor in the contest for the \
            statehouse this year. A union speaking for hospital porters backed the governor \
            for re-election on Thursday, another sign of labour's support.";
        assert_eq!(pairs(&[ORIGINAL, cut]), [(0, 1)]);
    }

    #[test]
    fn one_shared_sentence_is_not_enough() {
        let other = "Other large unions have also backed the governor in the contest for the \
            statehouse this year. A teachers' union met in Chicago on Friday to weigh its own \
            endorsement of a candidate.";
        assert_eq!(pairs(&[ORIGINAL, other]), []);
    }
}
