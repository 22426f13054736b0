//! The names each text gives — words the batch writes capitalised more often than not
//! (people, places, organisations, events), counted per text and kept as written in runs
//! ("South Halsted Street") for story titles; what stories are found from.

use std::borrow::Cow;
use std::hash::Hasher;

use rayon::prelude::*;

use crate::date::{Weekday, month_from_name};
use crate::rules::RuleSet;
use crate::text::dateline_len;
use crate::words::TextMap;
use crate::words::{ASCII_ALNUM, Fnv, fold, is_stop_word};

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
    /// Where it starts in its text.
    at: usize,
    /// It stands in the text's lede: its headline or its opening paragraphs, after the
    /// dateline.
    lede: bool,
    /// It stands in the text's dateline ("ST. LOUIS —"): the place the outlet files from.
    dateline: bool,
    /// The block it follows ("the 3100 block of West Franklin Boulevard": 3100).
    block: Option<u32>,
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

/// The character that starts at byte `at` of `text`; a plain ASCII byte is read without
/// decoding. `at` is a character boundary.
fn char_at(text: &str, at: usize) -> Option<char> {
    match *text.as_bytes().get(at)? {
        b if b.is_ascii() => Some(char::from(b)),
        _ => text[at..].chars().next(),
    }
}

/// The byte at `at` of `bytes` stands between two spaces (or ends the text after one).
fn spaced(bytes: &[u8], at: usize) -> bool {
    at > 0
        && bytes[at - 1].is_ascii_whitespace()
        && bytes.get(at + 1).is_none_or(u8::is_ascii_whitespace)
}

/// A bound on the words of `bytes` of copy that [`words`] can find: news copy averages
/// more than five bytes a word with its space, so the words of a text fit without the
/// vector being grown (and its words moved) as they come.
fn words_in(bytes: usize) -> usize {
    bytes / 5 + 1
}

/// The words of `text` that start with a letter and may be names, in order (figures are no
/// names, but end a run of names), added to `out`. A word in small letters is no name and
/// only ends a run of names (the word after one is not joined to the name before it): it is
/// counted in `counts` as it is read, not kept. A full stop after an abbreviation of the
/// rules ("Sgt.", "U.S.") or an initial ("John F. Kerry") ends no sentence.
fn words<'t>(text: &'t str, rules: &RuleSet, out: &mut Vec<Word<'t>>, counts: &mut Counts<'t>) {
    let bytes = text.as_bytes();
    // What stood before the current word: does it open a sentence, is it joined to the
    // previous word; the last word as written and where it ended.
    let mut opens = true;
    let mut joined = false;
    let mut last: (&str, usize) = ("", 0);
    // A word in small letters came since the last word kept.
    let mut after_lower = false;
    let mut next_at = 0;
    while let Some(c) = char_at(text, next_at) {
        let start = next_at;
        next_at += c.len_utf8();
        if !c.is_alphanumeric() {
            let abbreviated = c == '.'
                && last.1 == start
                && (is_initial(last.0)
                    || rules.is_abbreviation(&text[start - last.0.len()..=start]));
            match c {
                '.' if abbreviated => {}
                // A hyphen between spaces is a dash typed without one ("KESTREL, Dec 6 -
                // Drones …"): what follows it opens, as after a dash.
                '-' if spaced(bytes, start) => {
                    opens = true;
                    joined = false;
                }
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
        let mut end = next_at;
        loop {
            // Most of a word is ASCII letters and digits, stepped over a byte at a time, one
            // look-up each.
            let rest = bytes.get(end..).unwrap_or_default();
            end += rest
                .iter()
                .position(|&b| !ASCII_ALNUM[usize::from(b)])
                .unwrap_or(rest.len());
            let Some(next) = char_at(text, end) else {
                break;
            };
            let after = end + next.len_utf8();
            // A joiner belongs to the word only when a letter or digit follows it.
            if next.is_alphanumeric()
                || joins(next) && char_at(text, after).is_some_and(char::is_alphanumeric)
            {
                end = after;
            } else {
                break;
            }
        }
        next_at = end;
        last = (&text[start..end], end);
        let mut surface = &text[start..end];
        if surface.ends_with('s') {
            for possessive in ["'s", "’s"] {
                if let Some(stem) = surface.strip_suffix(possessive).filter(|s| !s.is_empty()) {
                    surface = stem;
                }
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
            Some(Case::Lower) => {
                let folded = folded(surface);
                match counts.get_mut(folded.as_ref()) {
                    Some(entry) => entry.lower += 1,
                    None => counts.entry(folded).or_default().lower += 1,
                }
                after_lower = true;
            }
            Some(case) => out.push(Word {
                surface,
                folded: folded(surface),
                case,
                opens,
                // (`after_lower` is taken whatever `joined` is.)
                joined: !std::mem::take(&mut after_lower) && joined,
                at: start,
                lede: false,
                dateline: false,
                block: if case == Case::Capital {
                    block_before(&text[..start])
                } else {
                    None
                },
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
}

/// How many paragraphs open a text as its lede: the first says what happened where, the
/// second, in a wire's brief, to whom.
const LEDE_PARAGRAPHS: usize = 2;

/// The bytes of `text`'s lede: its opening paragraphs after the dateline ("ST. LOUIS —",
/// "BEIRUT, Lebanon (AP) —"), which names the place a wire shares with the other stories
/// of its city rather than the event.
pub(super) fn lede(text: &str) -> std::ops::Range<usize> {
    let start = text.len() - text.trim_start().len();
    let mut end = start;
    let mut paragraphs = 0;
    while paragraphs < LEDE_PARAGRAPHS && end < text.len() {
        let line_end = text[end..].find('\n').map_or(text.len(), |k| end + k);
        if !text[end..line_end].trim().is_empty() {
            paragraphs += 1;
        }
        end = (line_end + 1).min(text.len());
    }
    let first = text[start..].find('\n').map_or(text.len(), |k| start + k);
    let after_dateline = start + dateline_len(&text[start..first]).unwrap_or(0);
    after_dateline..end
}

/// How often the batch writes a word in small letters, with a capital where no sentence
/// starts, and in a script without capitals.
#[derive(Debug, Clone, Copy, Default)]
struct Writing {
    lower: u32,
    capital: u32,
    caseless: u32,
}

impl Writing {
    /// Written with a capital away from a sentence's start at least once, and at least as
    /// often as in small letters.
    fn capitalised(&self) -> bool {
        self.capital >= 1 && self.capital >= self.lower
    }
}

/// How one text (or the batch) writes each of its words, by folded word.
type Counts<'t> = TextMap<Cow<'t, str>, Writing>;

/// The number of the block that `before` ends naming ("… in the 3100 block of "): a crime
/// desk's address, which tells two shootings on one long street apart.
fn block_before(before: &str) -> Option<u32> {
    let rest = before.trim_end().strip_suffix("of")?;
    let rest = rest.strip_suffix(char::is_whitespace)?.trim_end();
    let rest = rest.strip_suffix("block")?;
    let rest = rest.strip_suffix(char::is_whitespace)?.trim_end();
    let digits = rest.len() - rest.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 || digits > 6 {
        return None;
    }
    rest[rest.len() - digits..].parse().ok()
}

/// A word in capitals only ("NATO", "BLAZE").
fn in_capitals(w: &Word<'_>) -> bool {
    w.case == Case::Capital && !w.surface.chars().any(char::is_lowercase)
}

/// Word `i` of `words` is in capitals next to another in capitals ("BREAKING NEWS", "DIED
/// IN A BLAZE", "MARFIN EGNATIA BANK"): a headline or paragraph shouted, which says nothing
/// of whether a word is a name. An acronym stands alone ("the NAACP said").
fn shouted(words: &[Word<'_>], i: usize) -> bool {
    let w = &words[i];
    in_capitals(w)
        && (w.joined && i > 0 && in_capitals(&words[i - 1])
            || words
                .get(i + 1)
                .is_some_and(|next| next.joined && in_capitals(next)))
}

/// How `words` are written, added to `counts` by folded word; a folded word is copied once
/// per text, not once per mention.
fn count<'t>(words: &[Word<'t>], counts: &mut Counts<'t>) {
    for (i, w) in words.iter().enumerate() {
        let entry = match counts.get_mut(w.folded.as_ref()) {
            Some(entry) => entry,
            None => counts.entry(w.folded.clone()).or_default(),
        };
        match w.case {
            Case::Lower => entry.lower += 1,
            Case::Capital if !w.opens && !shouted(words, i) => entry.capital += 1,
            Case::Capital => {}
            Case::None => entry.caseless += 1,
        }
    }
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

/// The names of one text: `(word, mentions)` sorted by word (an index into
/// [`Reading::vocabulary`]), a word of a name of `n` words counting `1/n` a mention (so
/// that "Advocate Christ Medical" weighs as one name, not three), and runs of names as
/// written (`(folded run, as written)`, one entry per mention) for titles; and, as
/// hashes of their folded words, the runs it writes, every tail of them ("holloway" of
/// "omar holloway"), and the runs of its lede (headline and opening paragraphs) each
/// with its shorter tails, longest first: who and where the text is about.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Names {
    pub words: Vec<(u32, f64)>,
    pub runs: Vec<(String, String)>,
    /// Runs as written, sorted and distinct.
    pub written: Vec<u64>,
    /// Every tail of every run (a run included), sorted and distinct.
    pub tails: Vec<u64>,
    /// The lede's runs, each as its tails (the run first), distinct.
    pub lede: Vec<Vec<u64>>,
    /// The runs of its dateline, as written: where the outlet files from.
    pub filed_from: Vec<u64>,
    /// The lede's runs that name a street (their last word is a street word of the rules),
    /// as written.
    pub streets: Vec<u64>,
    /// The lede's addresses: a run after "the N block of", as written, and N.
    pub addresses: Vec<(u64, u32)>,
}

/// "Wells-Goodfellow", "Belair-Edison": capitalised parts joined by hyphens, each of two
/// letters or more.
fn is_compound_name(surface: &str) -> bool {
    surface.contains('-')
        && surface.split('-').all(|part| {
            let mut chars = part.chars();
            chars.next().is_some_and(char::is_uppercase)
                && chars.next().is_some_and(char::is_alphabetic)
        })
}

/// The hashes of the tails of a run of folded words, the whole run first: "south franklin
/// road", "franklin road", "road".
pub(super) fn tails(run: &[&str]) -> Vec<u64> {
    (0..run.len())
        .map(|from| {
            let mut h = Fnv::default();
            for word in &run[from..] {
                h.write(word.as_bytes());
                h.write_u8(b' ');
            }
            h.finish()
        })
        .collect()
}

/// The names of every text of a batch.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Reading {
    /// Every name of the batch, sorted.
    pub vocabulary: Vec<String>,
    /// Per text, in the order given.
    pub texts: Vec<Names>,
}

/// A word that may be a name as far as what it is goes: no stop word, title ("Sgt.",
/// "President"), word that ends an organisation's name, month or weekday.
fn may_name(word: &str, rules: &RuleSet) -> bool {
    word.chars().count() >= 2
        && !word.contains(' ')
        && !is_stop_word(word)
        && !rules.is_title(word)
        && !rules.is_title(&format!("{word}."))
        && !rules.is_organization_word(word)
        && month_from_name(word).is_none()
        && Weekday::from_name(word).is_none()
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
            let headline = headline.unwrap_or_default();
            let bytes = headline.len() + text.len();
            // Sized for the text's words at once, not grown (and every word hashed again)
            // as they come.
            let mut counts = Counts::with_capacity_and_hasher(words_in(bytes), Default::default());
            let mut all = Vec::with_capacity(words_in(bytes));
            words(headline, rules, &mut all, &mut counts);
            for w in &mut all {
                w.lede = true;
            }
            let in_headline = all.len();
            let opening = lede(text);
            words(text, rules, &mut all, &mut counts);
            for w in &mut all[in_headline..] {
                w.lede = opening.contains(&w.at);
                w.dateline = w.at < opening.start;
            }
            count(&all, &mut counts);
            // Held for the batch: no room for the words in small letters it was sized for.
            all.shrink_to_fit();
            (counts, all)
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
        .filter(|(word, s)| (s.caseless > 0 || s.capitalised()) && may_name(word, rules))
        .map(|(word, _)| word)
        .collect();
    vocabulary.sort_unstable();
    let number: TextMap<&str, u32> = vocabulary
        .iter()
        .enumerate()
        .map(|(n, w)| (*w, n as u32))
        .collect();
    // A word the batch writes with a capital only where a sentence opens, never in small
    // letters.
    let only_opens = |w: &Word<'_>| {
        writing
            .get(w.folded.as_ref())
            .is_some_and(|s| s.lower == 0 && s.capital == 0 && s.caseless == 0)
            && may_name(&w.folded, rules)
    };
    // Across the batch ([`Writing::capitalised`]).
    let capitalised = |w: &Word<'_>| {
        writing
            .get(w.folded.as_ref())
            .is_some_and(Writing::capitalised)
    };
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
            // Runs of names: consecutive names with only spaces between them; and the word
            // that opens a sentence before a run and is never written elsewhere ("Brianna"
            // of "Brianna Holloway was wounded"), which only its lede and tails keep.
            let mut runs: Vec<Vec<(&Word<'_>, u32)>> = Vec::new();
            let mut leads: Vec<Option<&str>> = Vec::new();
            let mut open = false;
            let mut lead: Option<&Word<'_>> = None;
            // Names of hyphenated capitals ("Wells-Goodfellow"): no word of the vocabulary
            // (they fold to two words), but who and where a lede may tell.
            let mut compounds: Vec<&Word<'_>> = Vec::new();
            // Per run: a street word follows it, written with a capital though the batch
            // writes it in small letters more often ("Page Street" where "the street" is
            // commoner): the run names a street.
            let mut street_after: Vec<bool> = Vec::new();
            // A title written with a capital right after a run ("King" of "Martin Luther
            // King Avenue"): no name, but a street word after it still ends the run, and
            // the run is written with it.
            let mut bridged: Option<&Word<'_>> = None;
            let mut bridges: Vec<Option<&str>> = Vec::new();
            for w in words {
                let Some(name) = name_of(w) else {
                    if is_compound_name(w.surface) && capitalised(w) {
                        compounds.push(w);
                    }
                    let capital = w.joined && w.case == Case::Capital;
                    if (open || bridged.is_some())
                        && capital
                        && rules.is_street_word(&w.folded)
                        && let Some(after) = street_after.last_mut()
                    {
                        *after = true;
                    }
                    bridged = (open && capital && rules.is_title(&w.folded)).then_some(w);
                    open = false;
                    lead = (w.case == Case::Capital && w.opens && only_opens(w)).then_some(w);
                    continue;
                };
                // A street word after a bridging title ends the run it bridges.
                let bridge = bridged.filter(|_| w.joined && rules.is_street_word(&w.folded));
                match runs.last_mut() {
                    Some(run) if open && w.joined || bridge.is_some() => {
                        if let (Some(title), Some(slot)) = (bridge, bridges.last_mut()) {
                            *slot = Some(title.surface);
                        }
                        run.push((w, name));
                    }
                    _ => {
                        runs.push(vec![(w, name)]);
                        bridges.push(None);
                        street_after.push(false);
                        leads.push(lead.filter(|_| w.joined).map(|l| l.folded.as_ref()));
                    }
                }
                lead = None;
                open = true;
                bridged = None;
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
            let mut written = Vec::with_capacity(runs.len());
            let mut all_tails = Vec::with_capacity(runs.len() * 2);
            let mut lede: Vec<Vec<u64>> = Vec::new();
            let mut filed_from: Vec<u64> = Vec::new();
            let mut streets: Vec<u64> = Vec::new();
            let mut addresses: Vec<(u64, u32)> = Vec::new();
            let runs = runs
                .iter()
                .zip(&leads)
                .zip(&street_after)
                .zip(&bridges)
                .map(|(((run, lead), &street_after), bridge)| {
                    let folded: Vec<&str> = run.iter().map(|(w, _)| w.folded.as_ref()).collect();
                    let mut as_written: Vec<&str> = run.iter().map(|(w, _)| w.surface).collect();
                    if let Some(title) = bridge {
                        as_written.insert(as_written.len() - 1, title);
                    }
                    let whole: Vec<&str> =
                        lead.iter().copied().chain(folded.iter().copied()).collect();
                    let chain = tails(&whole);
                    written.push(chain[0]);
                    if run[0].0.dateline {
                        filed_from.push(chain[0]);
                    }
                    all_tails.extend_from_slice(&chain);
                    if run[0].0.lede
                        && let Some(block) = run[0].0.block
                        && !addresses.contains(&(chain[0], block))
                    {
                        addresses.push((chain[0], block));
                    }
                    if run[0].0.lede && !lede.contains(&chain) {
                        if street_after || folded.last().is_some_and(|w| rules.is_street_word(w)) {
                            streets.push(chain[0]);
                        }
                        lede.push(chain);
                    }
                    (folded.join(" "), as_written.join(" "))
                })
                .collect();
            for w in compounds {
                let chain = tails(&[w.folded.as_ref()]);
                written.push(chain[0]);
                all_tails.push(chain[0]);
                if w.lede && !lede.contains(&chain) {
                    lede.push(chain);
                }
            }
            written.sort_unstable();
            written.dedup();
            all_tails.sort_unstable();
            all_tails.dedup();
            Names {
                words,
                runs,
                written,
                tails: all_tails,
                lede,
                filed_from,
                streets,
                addresses,
            }
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
    fn words_shouted_in_capitals_are_no_names_but_an_acronym_is() {
        let found = names(&[
            "BREAKING NEWS - THREE PEOPLE DIED IN A BLAZE at a bank, the NAACP said.",
            "The blaze was put out. The NAACP called for calm.",
        ]);
        // "BLAZE" is written once in capitals beside others and once in small letters:
        // no name. "NAACP" stands alone in capitals: a name.
        assert_eq!(found[0], ["naacp"]);
    }

    #[test]
    fn a_dash_typed_as_a_hyphen_opens_what_follows_it() {
        // The dateline's " - " is a dash: "Eleven" after it opens the lede, as it would
        // after "—", and the batch writes it in small letters elsewhere: no name.
        let found = names(&[
            "DUNMERE, Dec 6 - Eleven people were hurt when a rocket hit the crowd in Dunmere.",
            "Police said eleven were hurt in a crush at the Dunmere-Orsk match.",
        ]);
        assert_eq!(found[0], ["dunmere"]);
    }

    #[test]
    fn a_title_inside_a_street_name_bridges_it() {
        let rules = RuleSet::builtin().unwrap();
        let texts = [
            (
                None,
                "A man was shot on Martin Luther King Avenue, police said. Martin Luther spoke.",
            ),
            (
                None,
                "A woman was shot on Goodfellow Avenue, police said. Goodfellow Avenue was shut.",
            ),
        ];
        let read = read(&texts, &rules);
        let runs: Vec<&str> = read.texts[0].runs.iter().map(|(_, w)| w.as_str()).collect();
        assert_eq!(runs, ["Martin Luther King Avenue", "Martin Luther"]);
        assert_eq!(read.texts[0].streets.len(), 1);
        assert_ne!(read.texts[0].streets, read.texts[1].streets);
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

    #[test]
    fn a_word_in_small_letters_ends_a_run_of_names() {
        let rules = RuleSet::builtin().unwrap();
        let text = "Neighbours in Englewood told Darnell Price of the fire.";
        let read = read(&[(None, text)], &rules);
        let runs: Vec<&str> = read.texts[0].runs.iter().map(|(_, w)| w.as_str()).collect();
        assert_eq!(runs, ["Englewood", "Darnell Price"]);
    }

    #[test]
    fn accented_names_and_a_curly_apostrophe_stay_one_word() {
        let rules = RuleSet::builtin().unwrap();
        let text =
            "Police said Seán O’Malley met Zoë Ngcobo in São Paulo. Officials in 北京 agreed.";
        let read = read(&[(None, text)], &rules);
        let runs: Vec<&str> = read.texts[0].runs.iter().map(|(_, w)| w.as_str()).collect();
        assert_eq!(runs, ["Seán O’Malley", "Zoë Ngcobo", "São Paulo", "北京"]);
    }
}
