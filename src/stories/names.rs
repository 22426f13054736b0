//! The names each text gives — words the batch writes capitalised more often than not
//! (people, places, organisations, events), counted per text and kept as written in runs
//! ("South Halsted Street") for story titles; what stories are found from.

use std::borrow::Cow;

use rayon::prelude::*;

use crate::date::{Weekday, month_from_name};
use crate::rules::RuleSet;
use crate::words::TextMap;
use crate::words::{fold, is_stop_word};

/// How a word is written where it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Case {
    /// "police".
    Lower,
    /// "Police", "POLICE".
    Capital,
    /// A script without capitals (Chinese, Arabic): every word may be a name.
    None,
}

/// A word of a text as the grouping reads it.
#[derive(Debug, Clone)]
struct Word<'t> {
    /// As written, without a possessive "'s".
    surface: &'t str,
    /// [`fold`]ed: "Qeshm" and "QESHM" are one word.
    folded: Cow<'t, str>,
    case: Case,
    /// It opens a sentence, a paragraph or a quotation, where anything is capitalised.
    opens: bool,
    /// Only spaces stand between it and the word before (no comma, dash or full stop), so
    /// the two may be one name.
    joined: bool,
}

/// Characters that join two runs of letters into one word: "U.S", "al-Nusra", "O'Malley",
/// "AT&T".
fn joins(c: char) -> bool {
    matches!(c, '\'' | '’' | '.' | '-' | '&')
}

/// "F" of "John F. Kerry".
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
}

/// [`fold`], without a copy for a word already folded (most words of news text).
fn folded(word: &str) -> Cow<'_, str> {
    if word
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(fold(word))
    }
}

/// The words of `text` that start with a letter, in order (figures are no names, but end a
/// run of names). A full stop after an abbreviation of the rules ("Sgt.", "U.S.") or an
/// initial ("John F. Kerry") ends no sentence.
fn words<'t>(text: &'t str, rules: &RuleSet) -> Vec<Word<'t>> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    // What stood before the current word: does it open a sentence, is it joined to the
    // previous word; the last word as written and where it ended.
    let mut opens = true;
    let mut joined = false;
    let mut last: (&str, usize) = ("", 0);
    while let Some((start, c)) = chars.next() {
        if !c.is_alphanumeric() {
            let abbreviated = c == '.'
                && last.1 == start
                && (is_initial(last.0)
                    || rules.is_abbreviation(&text[start - last.0.len()..=start]));
            match c {
                '.' if abbreviated => {}
                '\n' | '.' | '!' | '?' | ':' | ';' | '—' | '–' | '•' | '|' => {
                    opens = true;
                    joined = false;
                }
                c if c.is_whitespace() => {}
                // Quotes and brackets leave a sentence start as it was.
                _ => joined = false,
            }
            continue;
        }
        let mut end = start + c.len_utf8();
        while let Some(&(at, next)) = chars.peek() {
            let after = || text[at + next.len_utf8()..].chars().next();
            // A joiner belongs to the word only when a letter or digit follows it.
            if next.is_alphanumeric() || joins(next) && after().is_some_and(char::is_alphanumeric) {
                end = at + next.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
        last = (&text[start..end], end);
        let mut surface = &text[start..end];
        for possessive in ["'s", "’s"] {
            if let Some(stem) = surface.strip_suffix(possessive).filter(|s| !s.is_empty()) {
                surface = stem;
            }
        }
        let case = if c.is_uppercase() {
            Some(Case::Capital)
        } else if c.is_lowercase() {
            Some(Case::Lower)
        } else if c.is_alphabetic() {
            Some(Case::None)
        } else {
            None
        };
        match case {
            Some(case) => out.push(Word {
                surface,
                folded: folded(surface),
                case,
                opens,
                joined,
            }),
            // A figure: the next word is not joined to the one before it.
            None => {
                opens = false;
                joined = false;
                continue;
            }
        }
        opens = false;
        joined = true;
    }
    out
}

/// How often the batch writes a word in small letters, with a capital where no sentence
/// starts, and in a script without capitals.
#[derive(Debug, Clone, Copy, Default)]
struct Writing {
    lower: u32,
    capital: u32,
    caseless: u32,
}

/// How one text (or the batch) writes each of its words, by folded word.
type Counts<'t> = TextMap<Cow<'t, str>, Writing>;

/// How `words` are written, by folded word; a folded word is copied once per text, not
/// once per mention.
fn count<'t>(words: &[Word<'t>]) -> Counts<'t> {
    // Sized for the text's words at once, not grown (and every word hashed again) as they
    // come.
    let mut counts: Counts<'t> = TextMap::with_capacity_and_hasher(words.len(), Default::default());
    for w in words {
        let entry = match counts.get_mut(w.folded.as_ref()) {
            Some(entry) => entry,
            None => counts.entry(w.folded.clone()).or_default(),
        };
        match w.case {
            Case::Lower => entry.lower += 1,
            Case::Capital if !w.opens => entry.capital += 1,
            Case::Capital => {}
            Case::None => entry.caseless += 1,
        }
    }
    counts
}

/// Two counts summed.
fn add<'t>(mut a: Counts<'t>, mut b: Counts<'t>) -> Counts<'t> {
    if a.len() < b.len() {
        std::mem::swap(&mut a, &mut b);
    }
    for (word, s) in b {
        let entry = a.entry(word).or_default();
        entry.lower += s.lower;
        entry.capital += s.capital;
        entry.caseless += s.caseless;
    }
    a
}

/// The words of a text that may be names: all but those in small letters, which only end a
/// run of names (a word after one is not joined to the name before it).
fn may_be_names(words: Vec<Word<'_>>) -> Vec<Word<'_>> {
    let mut out = Vec::with_capacity(words.iter().filter(|w| w.case != Case::Lower).count());
    let mut after_lower = false;
    for mut w in words {
        if w.case == Case::Lower {
            after_lower = true;
            continue;
        }
        if after_lower {
            w.joined = false;
            after_lower = false;
        }
        out.push(w);
    }
    out
}

/// The names of one text: `(word, mentions)` sorted by word (an index into
/// [`Reading::vocabulary`]), a word of a name of `n` words counting `1/n` a mention (so
/// that "Advocate Christ Medical" weighs as one name, not three), and runs of names as
/// written (`(folded run, as written)`, one entry per mention) for titles.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Names {
    pub words: Vec<(u32, f64)>,
    pub runs: Vec<(String, String)>,
}

/// The names of every text of a batch.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Reading {
    /// Every name of the batch, sorted.
    pub vocabulary: Vec<String>,
    /// Per text, in the order given.
    pub texts: Vec<Names>,
}

/// Reads the names of each text, its headline (if any) first. A word is a name when the
/// batch writes it with a capital away from the start of a sentence at least as often as
/// in small letters ("Qeshm", "Englewood", "Pompeo"; not "Police" of "Police said", nor
/// "The"), and it is no stop word, title ("Sgt.", "President"), word that ends an
/// organisation's name ("Department", "University": they say which kind of body, not which
/// one), month or weekday. Words of a script without capitals count as names.
pub fn read(texts: &[(Option<&str>, &str)], rules: &RuleSet) -> Reading {
    // How the batch writes each word, counted text by text and summed as the texts are
    // read; and each text's words that may be names (those not in small letters). Neither
    // a batch's every word nor every text's counts are held at once: either would be
    // several times the batch's text in memory.
    let (writing, read): (Counts<'_>, Vec<Vec<Word<'_>>>) = texts
        .par_iter()
        .map(|(headline, text)| {
            let mut all = headline.map(|h| words(h, rules)).unwrap_or_default();
            all.extend(words(text, rules));
            (count(&all), may_be_names(all))
        })
        .fold(
            || (Counts::default(), Vec::new()),
            |(counts, mut read), (text_counts, names)| {
                read.push(names);
                (add(counts, text_counts), read)
            },
        )
        .reduce(
            || (Counts::default(), Vec::new()),
            |(a, mut read), (b, later)| {
                read.extend(later);
                (add(a, b), read)
            },
        );
    let mut vocabulary: Vec<&str> = writing
        .iter()
        .map(|(word, s)| (word.as_ref(), s))
        .filter(|(word, s)| {
            (s.caseless > 0 || s.capital >= 1 && s.capital >= s.lower)
                && word.chars().count() >= 2
                && !word.contains(' ')
                && !is_stop_word(word)
                && !rules.is_title(word)
                && !rules.is_title(&format!("{word}."))
                && !rules.is_organization_word(word)
                && month_from_name(word).is_none()
                && Weekday::from_name(word).is_none()
        })
        .map(|(word, _)| word)
        .collect();
    vocabulary.sort_unstable();
    let number: TextMap<&str, u32> = vocabulary
        .iter()
        .enumerate()
        .map(|(n, w)| (*w, n as u32))
        .collect();
    let name_of = |w: &Word<'_>| {
        if w.case == Case::Lower {
            None
        } else {
            number.get(w.folded.as_ref()).copied()
        }
    };
    let texts = read
        .par_iter()
        .map(|words| {
            // Runs of names: consecutive names with only spaces between them.
            let mut runs: Vec<Vec<(&Word<'_>, u32)>> = Vec::new();
            let mut open = false;
            for w in words {
                let Some(name) = name_of(w) else {
                    open = false;
                    continue;
                };
                match runs.last_mut() {
                    Some(run) if open && w.joined => run.push((w, name)),
                    _ => runs.push(vec![(w, name)]),
                }
                open = true;
            }
            let mut counts: TextMap<u32, f64> = TextMap::default();
            for run in &runs {
                let share = 1.0 / run.len() as f64;
                for &(_, name) in run {
                    *counts.entry(name).or_default() += share;
                }
            }
            let mut words: Vec<(u32, f64)> = counts.into_iter().collect();
            words.sort_unstable_by_key(|&(name, _)| name);
            let runs = runs
                .iter()
                .map(|run| {
                    let folded: Vec<&str> = run.iter().map(|(w, _)| w.folded.as_ref()).collect();
                    let written: Vec<&str> = run.iter().map(|(w, _)| w.surface).collect();
                    (folded.join(" "), written.join(" "))
                })
                .collect();
            Names { words, runs }
        })
        .collect();
    Reading {
        vocabulary: vocabulary.into_iter().map(str::to_string).collect(),
        texts,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(texts: &[&str]) -> Vec<Vec<String>> {
        let rules = RuleSet::builtin().unwrap();
        let texts: Vec<(Option<&str>, &str)> = texts.iter().map(|t| (None, *t)).collect();
        let read = read(&texts, &rules);
        read.texts
            .iter()
            .map(|n| {
                n.words
                    .iter()
                    .map(|&(w, _)| read.vocabulary[w as usize].clone())
                    .collect()
            })
            .collect()
    }

    #[test]
    fn capitalised_words_away_from_a_sentence_start_are_names() {
        let found = names(&[
            "Police said Darnell Price was shot on South Halsted Street in Englewood. \
             Sgt. Amanda Pike of the Chicago Police Department said police had no suspect.",
        ]);
        assert_eq!(
            found[0],
            [
                "amanda",
                "chicago",
                "darnell",
                "englewood",
                "halsted",
                "pike",
                "price",
                "south",
                "street"
            ]
        );
    }

    #[test]
    fn the_batch_decides_what_is_written_in_capitals() {
        // "Avenue" is written with a capital, "police" in small letters, across the batch.
        let found = names(&[
            "Police said a man was shot on Fulton Avenue on Saturday.",
            "A woman was wounded on Park Avenue, police said in March.",
        ]);
        assert_eq!(found[0], ["avenue", "fulton"]);
        assert_eq!(found[1], ["avenue", "park"]);
    }

    #[test]
    fn runs_keep_the_names_as_written_and_stop_at_punctuation() {
        let rules = RuleSet::builtin().unwrap();
        let text = "QESHM, Iran — Iran's seismological centre said the Qeshm quake hit at dawn.";
        let read = read(&[(Some("Quake on Qeshm island"), text)], &rules);
        let runs: Vec<&str> = read.texts[0].runs.iter().map(|(_, w)| w.as_str()).collect();
        assert_eq!(runs, ["Qeshm", "QESHM", "Iran", "Iran", "Qeshm"]);
        assert_eq!(read.vocabulary, ["iran", "qeshm"]);
        assert_eq!(read.texts[0].words, [(0, 2.0), (1, 3.0)]);
    }
}
