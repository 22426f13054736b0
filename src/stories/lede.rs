//! Who and where a text is about: the names of its lede (headline and opening paragraphs,
//! after the dateline) and which texts of the batch give each of them. A crime desk tells
//! every shooting of a city in the same words, with the same hospital and the same police
//! spokesman; what tells two of them apart is that each one's lede names a victim and a
//! street the other never names.
//!
//! A text gives a lede's name when it writes it, a longer name ending in it ("Omar
//! Holloway" gives "Holloway"), or a shorter tail of it ("Rouhani" gives "Hassan Rouhani"),
//! but not another name that shares its last word ("Brianna Holloway").
//!
//! A place some outlet files from (the "ST. LOUIS" of "ST. LOUIS —") tells nothing either,
//! however few texts of the batch name it: a desk files every story of its city under it.

use super::names::Names;
use crate::words::TextMap;

/// A lede's name that more texts than this give (a president, the city of a large desk)
/// tells no event from another.
pub const TELLING: usize = 32;

/// The telling names of every text's lede.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Telling {
    /// Per text: its lede's telling names, as indexes into `givers`, sorted.
    pub of_text: Vec<Vec<u32>>,
    /// Per name: the texts that give it, sorted; at most [`TELLING`] for a telling name.
    pub givers: Vec<Vec<u32>>,
    /// Per name: it names a street ("South Western Road"), where an event happens.
    pub street: Vec<bool>,
    /// Per name: it is written in two words or more ("Jaylen Alston", "Thomasville
    /// Heights"): a person or a place of its own, not a word many names end in.
    pub full: Vec<bool>,
    /// Per text: the addresses its lede gives ("the 3100 block of West Franklin
    /// Boulevard"), as the street's run and the block, sorted.
    pub addresses: Vec<Vec<(u64, u32)>>,
}

/// Every lede's name once, as its tails (the whole name first), in the order of its hash:
/// name `n` of a [`Telling`] is the `n`th.
pub(super) fn names(texts: &[Names]) -> Vec<&[u64]> {
    let mut chains: Vec<&[u64]> = texts
        .iter()
        .flat_map(|t| t.lede.iter().map(Vec::as_slice))
        .collect();
    chains.sort_unstable();
    chains.dedup_by_key(|chain| chain.first().copied());
    chains
}

/// Reads which texts give each name of each lede.
pub fn read(texts: &[Names]) -> Telling {
    // Every lede's name once, numbered in the order of its hash; and the names each shorter
    // tail belongs to.
    let chains = names(texts);
    let mut whole: TextMap<u64, u32> = TextMap::default();
    let mut shorter: TextMap<u64, Vec<u32>> = TextMap::default();
    for (n, chain) in chains.iter().enumerate() {
        let Some((&run, tails)) = chain.split_first() else {
            continue;
        };
        whole.insert(run, n as u32);
        for &tail in tails {
            shorter.entry(tail).or_default().push(n as u32);
        }
    }
    let mut filed_from: Vec<u64> = texts
        .iter()
        .flat_map(|t| t.filed_from.iter().copied())
        .collect();
    filed_from.sort_unstable();
    filed_from.dedup();
    let mut givers: Vec<Vec<u32>> = vec![Vec::new(); chains.len()];
    let mut give = |name: u32, text: usize| {
        let list = &mut givers[name as usize];
        // Past the bound the name tells nothing: no need to know who else gives it.
        if list.len() <= TELLING && list.last() != Some(&(text as u32)) {
            list.push(text as u32);
        }
    };
    for (t, names) in texts.iter().enumerate() {
        for tail in &names.tails {
            if let Some(&name) = whole.get(tail) {
                give(name, t);
            }
        }
        for run in &names.written {
            for &name in shorter.get(run).into_iter().flatten() {
                give(name, t);
            }
        }
    }
    for list in &mut givers {
        list.sort_unstable();
        list.dedup();
    }
    let of_text = texts
        .iter()
        .map(|names| {
            let mut telling: Vec<u32> = names
                .lede
                .iter()
                .filter_map(|chain| {
                    let run = chain.first()?;
                    if filed_from.binary_search(run).is_ok() {
                        return None;
                    }
                    whole.get(run).copied()
                })
                .filter(|&name| givers[name as usize].len() <= TELLING)
                .collect();
            telling.sort_unstable();
            telling.dedup();
            telling
        })
        .collect();
    let mut street = vec![false; chains.len()];
    for run in texts.iter().flat_map(|t| &t.streets) {
        if let Some(&name) = whole.get(run) {
            street[name as usize] = true;
        }
    }
    let addresses = texts
        .iter()
        .map(|t| {
            let mut a = t.addresses.clone();
            a.sort_unstable();
            a
        })
        .collect();
    let full = chains.iter().map(|chain| chain.len() >= 2).collect();
    Telling {
        of_text,
        givers,
        street,
        full,
        addresses,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::RuleSet;
    use crate::stories::names;

    fn telling(texts: &[&str]) -> Telling {
        let rules = RuleSet::builtin().unwrap();
        let texts: Vec<(Option<&str>, &str)> = texts.iter().map(|t| (None, *t)).collect();
        read(&names::read(&texts, &rules).texts)
    }

    /// The texts that give each telling name of text `t`, sorted.
    fn givers_of(read: &Telling, t: usize) -> Vec<Vec<u32>> {
        let mut givers: Vec<Vec<u32>> = read.of_text[t]
            .iter()
            .map(|&n| read.givers[n as usize].clone())
            .collect();
        givers.sort();
        givers
    }

    #[test]
    fn a_full_name_and_its_surname_are_one_name_but_two_first_names_are_two() {
        let read = telling(&[
            "BALTIMORE — Omar Holloway was shot in Coldstream, police said.\n\nMore later.",
            "Police said Holloway died at a hospital in Baltimore.",
            "BALTIMORE — Brianna Holloway was wounded on Page Avenue, police said.",
        ]);
        // The first lede names Omar Holloway and Coldstream: the first two texts give the
        // man ("Holloway" alone may be him), the first text alone the place; the third
        // names another Holloway.
        assert_eq!(givers_of(&read, 0), [vec![0], vec![0, 1]]);
        // The third lede: Brianna Holloway (whom the second text's "Holloway" may be
        // too) and Page Avenue, which only the third text gives.
        assert_eq!(givers_of(&read, 2), [vec![1, 2], vec![2]]);
    }

    #[test]
    fn a_place_an_outlet_files_from_is_no_lede_name_anywhere() {
        let read = telling(&[
            "ST. LOUIS — A woman was wounded in Walnut Park, police said.",
            "A man was killed on Page Avenue, according to St. Louis police.",
            "Mayor Tishaura Jones spoke in Dallas, Texas, on Monday.",
        ]);
        // The second lede names St. Louis, which the first text files from: only Page
        // Avenue tells its event.
        assert_eq!(givers_of(&read, 1), [vec![1]]);
        // The third lede's Tishaura Jones, Dallas and Texas all tell: no outlet files from
        // Dallas.
        assert_eq!(read.of_text[2].len(), 3);
    }

    #[test]
    fn a_lede_name_ending_in_a_street_word_names_a_street() {
        let read = telling(&[
            "A woman was wounded on Page Avenue in Walnut Park, police said.",
            "A man was killed in Walnut Park, police said.",
        ]);
        // The first lede names Page Avenue (a street) and Walnut Park (no street); the
        // second only Walnut Park.
        let streets = |t: usize| -> Vec<bool> {
            read.of_text[t]
                .iter()
                .map(|&n| read.street[n as usize])
                .collect()
        };
        let mut first = streets(0);
        first.sort_unstable();
        assert_eq!(first, [false, true]);
        assert_eq!(streets(1), [false]);
    }

    #[test]
    fn a_hyphenated_neighbourhood_tells_its_event() {
        let read = telling(&[
            "A man was shot in the Belair-Edison neighborhood, police said.",
            "Police said the victim lived in Belair-Edison.",
            "A man was shot in the Waverly neighborhood, police said.",
        ]);
        // The first lede's only name is the neighbourhood, which the second text gives too.
        assert_eq!(givers_of(&read, 0), [vec![0, 1]]);
    }

    #[test]
    fn a_name_before_a_street_word_the_batch_writes_small_names_a_street() {
        let read = telling(&[
            "A man was shot on Page Street late on Friday, police said.",
            "The street was closed. Crowds took to the street and the streets nearby.",
        ]);
        // "Street" is no name of this batch (it writes "street" in small letters more
        // often), but "Page" before it still names a street.
        assert_eq!(read.of_text[0].len(), 1);
        assert!(read.street[read.of_text[0][0] as usize]);
    }

    #[test]
    fn a_block_and_its_street_are_an_address() {
        let read = telling(&[
            "A man was shot in the 3100 block of West Franklin Boulevard, police said.",
            "A woman was shot on West Franklin Boulevard, police said.",
        ]);
        assert_eq!(read.addresses[0].len(), 1);
        assert_eq!(read.addresses[0][0].1, 3100);
        assert!(read.addresses[1].is_empty());
    }

    #[test]
    fn the_dateline_is_no_lede_name() {
        let read = telling(&[
            "ST. LOUIS — A woman was wounded in Walnut Park, police said.",
            "ST. LOUIS — A man was killed in Hyde Park, police said.",
        ]);
        // Each lede names its neighbourhood, not the city of the dateline.
        assert_eq!(read.of_text[0].len(), 1);
        assert_eq!(read.of_text[1].len(), 1);
        assert_eq!(givers_of(&read, 0), [vec![0]]);
    }
}
