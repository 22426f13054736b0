//! Word helpers every stage shares: case folding, lower-casing, FNV hashing for word tables and
//! fingerprints, stop words. A leaf: it imports nothing from the crate.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use unicode_normalization::UnicodeNormalization;

/// The ASCII letters and digits, by byte (`u8::is_ascii_alphanumeric` as a table): a walk
/// over a text's words steps over most of a word's bytes with one look-up each.
pub static ASCII_ALNUM: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// Folds case, accents and punctuation: "El País" → "el pais", "al-Nusra" → "al nusra".
pub fn fold(text: &str) -> String {
    // One word of ASCII letters and digits ("Police", "NATO", "2016"): its small letters,
    // without the room and the check that a text's folding needs.
    if text.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return text.to_ascii_lowercase();
    }
    let mut out = Vec::new();
    fold_text(text, &mut out);
    // ASCII bytes and whole characters' encodings: always UTF-8.
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// [`fold`] of `text` as bytes, into `out` (emptied first): for a caller that folds many
/// texts one after the other and only hashes or compares what they fold to, with one buffer
/// and no string made for each.
pub fn fold_into(text: &str, out: &mut Vec<u8>) {
    out.clear();
    if text.bytes().all(|b| b.is_ascii_alphanumeric()) {
        out.extend_from_slice(text.as_bytes());
        out.make_ascii_lowercase();
        return;
    }
    fold_text(text, out);
}

/// The folding of [`fold`] and [`fold_into`], of a text that is not one ASCII word, into
/// `out` (empty).
fn fold_text(text: &str, out: &mut Vec<u8>) {
    let bytes = text.as_bytes();
    // The folded bytes, written in place: there is room for every byte still to be read,
    // since an ASCII byte folds to one byte or none ([`fold_ascii`]). A run of other
    // characters, whose decomposition may be longer than the run, is pushed, and the room
    // made again after it.
    out.resize(bytes.len(), 0);
    let mut len = 0;
    let mut space = true;
    // Runs of ASCII are folded byte by byte; only the runs of other characters are
    // decomposed. That is the decomposition of the whole text: an ASCII character
    // decomposes to itself and is a starter, which no combining mark is reordered across.
    let mut at = 0;
    loop {
        let (read, written) = fold_ascii(
            bytes.get(at..).unwrap_or_default(),
            out.get_mut(len..).unwrap_or_default(),
            &mut space,
        );
        at += read;
        len += written;
        let Some(rest) = text.get(at..).filter(|rest| !rest.is_empty()) else {
            break;
        };
        // A curly quotation mark or apostrophe, a dash, a no-break space: folded as its ASCII
        // kin are, without a decomposition (there is room: it is longer than its one byte).
        if let Some(c) = rest.chars().next()
            && let Some(dropped) = plain_punctuation(c)
        {
            if !dropped && !space {
                if let Some(slot) = out.get_mut(len) {
                    *slot = b' ';
                }
                len += 1;
                space = true;
            }
            at += c.len_utf8();
            continue;
        }
        let end = rest
            .char_indices()
            .find(|&(_, c)| c.is_ascii() || plain_punctuation(c).is_some())
            .map_or(text.len(), |(k, _)| at + k);
        out.truncate(len);
        text.get(at..end)
            .unwrap_or("")
            .nfkd()
            .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
            .for_each(|c| {
                if c.is_alphanumeric() {
                    let mut utf8 = [0; 4];
                    for lower in c.to_lowercase() {
                        out.extend_from_slice(lower.encode_utf8(&mut utf8).as_bytes());
                    }
                    space = false;
                } else {
                    // Apostrophes and full stops are dropped ("Assad’s"); anything else is
                    // one space between words.
                    let dropped = c == '’' || c == '\'' || c == '.';
                    if !dropped && !space {
                        out.push(b' ');
                        space = true;
                    }
                }
            });
        len = out.len();
        out.resize(len + (text.len() - end), 0);
        at = end;
    }
    if len > 0 && out.get(len - 1) == Some(&b' ') {
        len -= 1;
    }
    out.truncate(len);
}

/// For the marks of news copy beyond ASCII that neither decompose into anything but
/// themselves (or, the no-break space, a space) nor are letters, whether [`fold`] drops the
/// mark (a curly apostrophe, as the straight one) or folds it to a space between words (a
/// curly quotation mark, a dash); `None` for any other character. None of them is a combining
/// mark nor moves one in a decomposition, so the text around such a mark folds as it would
/// with the mark's decomposition.
fn plain_punctuation(c: char) -> Option<bool> {
    match c {
        '’' => Some(true),
        '‘' | '‚' | '‛' | '“' | '”' | '„' | '‟' | '‐' | '‒' | '–' | '—' | '―' | '\u{a0}' => {
            Some(false)
        }
        _ => None,
    }
}

/// Folds the run of ASCII bytes that `bytes` opens with into `out`, which has room for
/// them (a byte folds to one byte or none); `space` says whether the folded text so far ends
/// at a space (or is empty), and is left saying so. Returns the bytes read and written. A
/// function of its own, so that its few values stay in registers: each byte is one look-up
/// in [`ASCII_STEP`], its letter or a space written, and the length moved on or not, without
/// a branch on what the byte is.
#[inline(never)]
fn fold_ascii(bytes: &[u8], out: &mut [u8], space: &mut bool) -> (usize, usize) {
    let mut written = 0;
    let mut after_space = usize::from(*space);
    for (read, &b) in bytes.iter().enumerate() {
        // A byte above ASCII has no step: the run ends.
        let Some(&step) = ASCII_STEP[after_space].get(usize::from(b)) else {
            *space = after_space == 1;
            return (read, written);
        };
        if let Some(slot) = out.get_mut(written) {
            *slot = step as u8;
        }
        written += usize::from(step & WRITTEN != 0);
        after_space = usize::from(step & AFTER_SPACE != 0);
    }
    *space = after_space == 1;
    (bytes.len(), written)
}

/// [`ASCII_STEP`]: the byte is written (not dropped, nor a second space).
const WRITTEN: u16 = 1 << 8;
/// [`ASCII_STEP`]: the folded text then ends at a space.
const AFTER_SPACE: u16 = 1 << 9;

/// What [`fold_ascii`] does with each ASCII byte, after a letter (`[0]`) or at a space or the
/// start (`[1]`): the byte it writes (a letter or digit in lower case, else a space) in the
/// low eight bits, [`WRITTEN`] and [`AFTER_SPACE`]. [`ASCII_FOLD`], with its state.
static ASCII_STEP: [[u16; 128]; 2] = {
    let mut steps = [[0; 128]; 2];
    let mut after_space = 0;
    while after_space < 2 {
        let mut b = 0;
        while b < 128 {
            steps[after_space][b] = match ASCII_FOLD[b] {
                DROPPED if after_space == 1 => b' ' as u16 | AFTER_SPACE,
                DROPPED => b' ' as u16,
                BETWEEN if after_space == 1 => b' ' as u16 | AFTER_SPACE,
                BETWEEN => b' ' as u16 | WRITTEN | AFTER_SPACE,
                letter => letter as u16 | WRITTEN,
            };
            b += 1;
        }
        after_space += 1;
    }
    steps
};

/// [`ASCII_FOLD`] of an apostrophe or a full stop: dropped ("Assad's" keeps its letters
/// together; "U.S." → "us").
const DROPPED: u8 = 0;
/// [`ASCII_FOLD`] of any other byte that is no letter or digit: one space between words.
const BETWEEN: u8 = 1;

/// What [`fold`] makes of each ASCII byte: a letter or digit in lower case, [`DROPPED`] or
/// [`BETWEEN`] (bytes above ASCII are never looked up).
static ASCII_FOLD: [u8; 256] = {
    let mut table = [BETWEEN; 256];
    let mut b = 0;
    while b < 128 {
        let byte = b as u8;
        if byte.is_ascii_alphanumeric() {
            table[b] = byte.to_ascii_lowercase();
        } else if byte == b'\'' || byte == b'.' {
            table[b] = DROPPED;
        }
        b += 1;
    }
    table
};

/// `word.to_lowercase()`, without allocating for ASCII words already in lower case (most
/// words of news text).
pub fn lower_case(word: &str) -> Cow<'_, str> {
    if !word.is_ascii() {
        Cow::Owned(word.to_lowercase())
    } else if word.bytes().any(|b| b.is_ascii_uppercase()) {
        // For ASCII text the ASCII mapping is the full Unicode one.
        Cow::Owned(word.to_ascii_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

/// The longest word [`with_lower_case`] lowers on the stack: longer than any word a rule
/// lists, so that a longer one is rare and lowered into a string.
const STACK_WORD: usize = 32;

/// `f` of `word.to_lowercase()`: an ASCII word of up to [`STACK_WORD`] bytes is lowered into
/// a buffer on the stack, so that a look-up by lower case (a title, an organisation word)
/// allocates nothing for a capitalised word.
pub fn with_lower_case<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    // An ASCII word with no capital (a rule's word, most words of a text) is its own lower
    // case: neither copied nor checked again. A capitalised one is told by its first byte.
    if word
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        return f(word);
    }
    let mut buf = [0u8; STACK_WORD];
    match buf.get_mut(..word.len()) {
        Some(lower) if word.is_ascii() => {
            lower.copy_from_slice(word.as_bytes());
            lower.make_ascii_lowercase();
            // ASCII bytes, lowered, are still ASCII.
            match std::str::from_utf8(lower) {
                Ok(lower) => f(lower),
                Err(_) => f(&lower_case(word)),
            }
        }
        _ => f(&lower_case(word)),
    }
}

/// Whether a word ends in a possessive, straight or curly, singular or plural (`Trump's`,
/// `senators'`, `Sanders’`).
pub fn ends_in_possessive(word: &str) -> bool {
    word.ends_with("'s") || word.ends_with("’s") || word.ends_with("s'") || word.ends_with("s’")
}

/// A word or name without one possessive ending, straight or curly: "Trump's" → "Trump".
pub fn without_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word)
}

/// Whether a lower-case word reads as a plural noun (`officials`, `voters`, `aides`): it
/// ends in "s", but not as a possessive, nor as words in -ss, -us or -is do (`press`,
/// `campus`, `analysis`), and is not "news", which is one thing; letters only, or a
/// compound joined by hyphens (`co-chairs`).
pub fn is_plural_noun(lower: &str) -> bool {
    lower.len() > 3
        && lower.ends_with('s')
        && !["ss", "us", "is", "'s", "’s"]
            .iter()
            .any(|end| lower.ends_with(end))
        && lower != "news"
        && lower.chars().all(|c| c.is_alphabetic() || c == '-')
}

/// [`lower_case`] with curly apostrophes made straight: "Assad’s" → "assad's".
pub fn lower_case_straight(word: &str) -> String {
    let lower = lower_case(word);
    // An ASCII word (most) holds no curly apostrophe: not searched for one.
    if !lower.is_ascii() && lower.contains('’') {
        lower.replace('’', "'")
    } else {
        lower.into_owned()
    }
}

/// The hasher of tables keyed by words and names taken from the copy (the checker's
/// vocabulary, story names, entity aliases): seeded anew in each process, as the standard
/// hasher is, so no crafted copy can aim its keys at one bucket, and several times cheaper
/// on the short keys these tables hold.
pub type TextHasher = foldhash::quality::RandomState;

/// A map keyed by words or names taken from the copy.
pub type TextMap<K, V> = HashMap<K, V, TextHasher>;

/// A set of words or names taken from the copy.
pub type TextSet<K> = HashSet<K, TextHasher>;

/// The FNV-1a hasher, 64 bits.
///
/// It hashes the fixed word tables built from the rules (cues, titles, negations): their keys
/// are short words and no input is ever inserted, so SipHash's protection against crafted keys
/// buys nothing there while its set-up cost dominates each look-up. Tables that take words
/// from the input (the checker's vocabulary) use [`TextHasher`], which is seeded. [`fnv1a`] uses it for
/// fingerprints.
#[derive(Debug, Clone, Copy)]
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// A set of words fixed by the rules.
pub type WordSet = HashSet<String, BuildHasherDefault<Fnv>>;

/// A map from words fixed by the rules.
pub type WordMap<V> = HashMap<String, V, BuildHasherDefault<Fnv>>;

/// A quick "no" before a word is hashed: for each pair of first and last byte (folded into
/// [`GATE_SLOTS`] slots, without two pairs of lower-case letters sharing one), the lengths of the
/// words of a set that start and end with them (bit `n` for `n` bytes, bit 63 for 63 and
/// over). A word whose first byte, last byte and length no word of the set has cannot be in
/// it; most words of a sentence are turned away so, in a few instructions.
#[derive(Debug, Clone, PartialEq)]
pub struct WordGate(Box<[u64; GATE_SLOTS]>);

/// How many slots a [`WordGate`] has.
const GATE_SLOTS: usize = 1024;

impl Default for WordGate {
    fn default() -> WordGate {
        WordGate(Box::new([0; GATE_SLOTS]))
    }
}

/// The slot of a word that starts with byte `first` and ends with byte `last`: two pairs of
/// lower-case ASCII letters never share one (`33 × 25 + 25 < 1024`).
#[inline]
fn gate_slot(first: u8, last: u8) -> usize {
    (usize::from(first) * 33 + usize::from(last)) % GATE_SLOTS
}

impl WordGate {
    /// A gate that lets through every word of `words` (and some others).
    pub fn of<'w>(words: impl IntoIterator<Item = &'w str>) -> WordGate {
        let mut gate = WordGate::default();
        for word in words {
            gate.insert(word);
        }
        gate
    }

    /// Lets `word` through from now on.
    pub fn insert(&mut self, word: &str) {
        let bytes = word.as_bytes();
        if let (Some(&first), Some(&last)) = (bytes.first(), bytes.last())
            && let Some(slot) = self.0.get_mut(gate_slot(first, last))
        {
            *slot |= length_bit(word);
        }
    }

    /// [`WordGate::may_hold`] of `word` in lower case, for a gate of lower-case words,
    /// without lowering it: an ASCII word is tested by its first and last bytes lowered; any
    /// other passes (its lower case may differ in length).
    #[inline]
    pub fn may_hold_any_case(&self, word: &str) -> bool {
        if !word.is_ascii() {
            return true;
        }
        self.holds_ends(word, u8::to_ascii_lowercase)
    }

    /// False when no word put in has `word`'s first byte, last byte and length; the empty
    /// word never passes.
    #[inline]
    pub fn may_hold(&self, word: &str) -> bool {
        self.holds_ends(word, |b| *b)
    }

    #[inline]
    fn holds_ends(&self, word: &str, case: impl Fn(&u8) -> u8) -> bool {
        let bytes = word.as_bytes();
        match (bytes.first(), bytes.last()) {
            (Some(first), Some(last)) => self
                .0
                .get(gate_slot(case(first), case(last)))
                .is_some_and(|lengths| lengths & length_bit(word) != 0),
            _ => false,
        }
    }
}

/// A [`WordSet`] behind its [`WordGate`]: most words are turned away before they are hashed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GatedWordSet {
    gate: WordGate,
    words: WordSet,
}

impl FromIterator<String> for GatedWordSet {
    fn from_iter<I: IntoIterator<Item = String>>(words: I) -> GatedWordSet {
        let words: WordSet = words.into_iter().collect();
        GatedWordSet {
            gate: WordGate::of(words.iter().map(String::as_str)),
            words,
        }
    }
}

impl GatedWordSet {
    /// Whether `word` is in the set: the gate in the caller's code, the look-up out of it.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.gate.may_hold(word) && self.holds(word)
    }

    #[inline(never)]
    fn holds(&self, word: &str) -> bool {
        self.words.contains(word)
    }

    /// Whether `word` in lower case is in the set (of lower-case words), lowering only the
    /// words the gate lets through.
    pub fn contains_lower_of(&self, word: &str) -> bool {
        self.gate.may_hold_any_case(word) && with_lower_case(word, |w| self.words.contains(w))
    }
}

#[inline]
fn length_bit(word: &str) -> u64 {
    1 << word.len().min(63)
}

/// `n` in decimal, written into the end of `digits` without the formatting machinery (one
/// call per claim id and per figure of a report); the digits written are returned.
pub fn decimal(n: usize, digits: &mut [u8; 20]) -> &[u8] {
    let mut at = digits.len();
    let mut rest = n;
    loop {
        at -= 1;
        // `rest % 10` is below 10, so the cast keeps it whole.
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    &digits[at..]
}

/// A stable hash of `parts` that does not depend on the platform or the run: FNV-1a over each
/// part followed by a NUL byte (so `["ab"]` and `["a", "b"]` differ), as 16 hex digits.
pub fn fnv1a(parts: &[&str]) -> String {
    let mut hash = Fnv::default();
    for part in parts {
        hash.write(part.as_bytes());
        hash.write_u8(0);
    }
    format!("{:016x}", hash.finish())
}

/// Words that carry no content of their own when claims are compared: articles, pronouns,
/// auxiliaries, reporting verbs. Lower case, apostrophes as written.
pub const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "been",
    "before",
    "being",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "during",
    "each",
    "even",
    "every",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "him",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "may",
    "me",
    "might",
    "more",
    "most",
    "must",
    "my",
    "now",
    "of",
    "on",
    "once",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "out",
    "over",
    "own",
    "same",
    "shall",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "upon",
    "us",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
    "yours",
    "said",
    "says",
    "say",
    "saying",
    "told",
    "tell",
    "tells",
    "added",
    "adding",
    "according",
    "noted",
    "reportedly",
    "somehow",
    "fact",
    "whether",
    "within",
    "via",
    "per",
    "yet",
    "still",
    "don",
    "didn",
    "doesn",
    "isn",
    "wasn",
    "weren",
    "won",
    "wouldn",
    "couldn",
    "shouldn",
    "aren",
    "hasn",
    "haven",
    "hadn",
    "ll",
    "ve",
    "re",
    "d",
    "s",
    "t",
    "m",
    "he’d",
    "it’s",
];

/// True for a word of [`STOP_WORDS`] (looked up in a set built on first use, behind its
/// [`WordGate`]: most words of the copy are turned away before they are hashed).
pub fn is_stop_word(word: &str) -> bool {
    static SET: OnceLock<GatedWordSet> = OnceLock::new();
    SET.get_or_init(|| STOP_WORDS.iter().map(|w| (*w).to_string()).collect())
        .contains(word)
}

/// Words of a speaker phrase that name no one by themselves: determiners, prepositions,
/// possessives, relatives ("the", "of", "his", "who"). Lower case.
///
/// Not [`STOP_WORDS`]: that list also drops pronouns and reporting verbs, which carry no
/// content when two claims are compared, but a pronoun is a speaker ("he" said it). This
/// list decides only whether a speaker found inside a longer one still names somebody.
pub const SPEAKER_FILLERS: &[&str] = &[
    "the", "a", "an", "of", "and", "or", "in", "on", "at", "to", "for", "from", "by", "with",
    "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those", "some",
    "who", "which",
];

/// True for a word of [`SPEAKER_FILLERS`].
pub fn is_speaker_filler(word: &str) -> bool {
    SPEAKER_FILLERS.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_writes_a_count_as_its_digits() {
        for n in [0, 7, 10, 409, 1_000_000, usize::MAX] {
            let mut digits = [0u8; 20];
            assert_eq!(decimal(n, &mut digits), n.to_string().as_bytes());
        }
    }

    #[test]
    fn word_gate_lets_its_words_through_and_turns_most_others_away() {
        let gate = WordGate::of(["killed", "injured", "toll"]);
        for word in ["killed", "injured", "toll"] {
            assert!(gate.may_hold(word));
        }
        // Another first letter, another length, the empty word.
        assert!(!gate.may_hold("wounded"));
        assert!(!gate.may_hold("kill"));
        assert!(!gate.may_hold(""));
        // Same first and last bytes and length: let through, for the set itself to decide.
        assert!(gate.may_hold("kissed"));
        // Same first byte and length but another last byte: turned away.
        assert!(!gate.may_hold("kidnap"));
        // Any case, for a gate of lower-case words.
        assert!(gate.may_hold_any_case("Killed"));
        assert!(gate.may_hold_any_case("TOLL"));
        assert!(!gate.may_hold_any_case("Tolls"));
        assert!(gate.may_hold_any_case("Ｔoll"));
    }

    #[test]
    fn folding_into_a_kept_buffer_gives_the_bytes_of_the_folded_string() {
        let mut out = b"left over from the last text".to_vec();
        for text in [
            "",
            "Police",
            "2016",
            "El País",
            "Mr. Kerry’s  U.S.-backed team, in 2016!",
            " – leading and trailing – ",
            "Ｋerry İstanbul ﬁnal ½",
        ] {
            fold_into(text, &mut out);
            assert_eq!(out, fold(text).as_bytes(), "{text:?}");
        }
    }

    #[test]
    fn folding_drops_accents_case_and_punctuation() {
        assert_eq!(fold("El País"), fold("El Pais"));
        assert_eq!(fold("al-Nusra"), "al nusra");
        assert_eq!(fold("Mr. Kerry’s  U.S. team"), "mr kerrys us team");
        assert_eq!(fold("Ｋerry"), "kerry");
        // Plain ASCII is folded byte by byte, the rest through Unicode: the same words.
        assert_eq!(
            fold("Mr. Kerry's U.S.-backed team, in 2016!"),
            "mr kerrys us backed team in 2016"
        );
        assert_eq!(
            fold("Mr. Kerry’s U.S.-backed team, in 2016!"),
            fold("Mr. Kerry's U.S.-backed team, in 2016!")
        );
    }

    /// `fold` as it was written before ASCII runs were folded byte by byte: the whole text
    /// decomposed at once.
    fn fold_whole(text: &str) -> String {
        let mut out = String::new();
        let mut space = true;
        let mut push = |c: char| {
            if c.is_alphanumeric() {
                out.extend(c.to_lowercase());
                space = false;
            } else if c == '’' || c == '\'' || c == '.' {
            } else if !space {
                out.push(' ');
                space = true;
            }
        };
        text.nfkd()
            .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
            .for_each(&mut push);
        if out.ends_with(' ') {
            out.pop();
        }
        out
    }

    #[test]
    fn folding_by_runs_is_folding_the_whole_text() {
        for text in [
            "",
            " ",
            "El País",
            "Mr. Kerry’s  U.S. team",
            "Ｋerry",
            "e\u{301}a\u{327}\u{301}b",
            "\u{301}\u{327}x\u{300}",
            "ﬁnal Ǆ ŉ ½ ẛ̣ — “quoted” 12,5 İstanbul ΣΑΣ",
            "a-b–c…d.  ",
            "日本語 テスト x",
            "O'Malley's AT&T, 3.5% \"up\"\tthen\n(in) [brackets] -- at_last ~ U.S.A.",
            "Police",
            "NATO2016",
            // Runs of other characters longer folded than written, between ASCII runs.
            "ﬃ\u{FDFA} x. ﬃ! \u{FDFA}ab ﬃ",
            "É",
            "É ",
            " É. ",
            "…",
            "a …",
            // Curly quotation marks, apostrophes, dashes and no-break spaces, folded without
            // a decomposition, beside letters, marks and other characters.
            "“Yes,” she said — no–never ‘quoted’ Kerry’s\u{a0}team",
            "‘’“”„‟‚‛‐‒–—―\u{a0}",
            "’\u{301}x é’é —\u{327}a \u{a0}\u{a0}b ’’ ”",
            "“É”—ﬁ’s\u{a0}½ ‐ \u{2011}\u{2017}\u{2016}",
            "— lead and trail —",
        ] {
            assert_eq!(fold(text), fold_whole(text), "{text:?}");
        }
    }

    #[test]
    fn lower_case_copies_only_what_changes() {
        assert!(matches!(lower_case("said"), Cow::Borrowed("said")));
        assert_eq!(lower_case("Kerry"), "kerry");
        assert_eq!(lower_case("ÉTAT"), "état");
        assert_eq!(lower_case_straight("Assad’s"), "assad's");
        assert_eq!(lower_case_straight("U.N."), "u.n.");
    }

    #[test]
    fn a_word_is_looked_up_as_its_lower_case_however_long_or_written() {
        let long = "Interdepartmentalisation-Committee-Of-The-Whole-House";
        for word in [
            "Department",
            "MINISTRY",
            "said",
            "at least",
            "more than 40",
            "sAID",
            "",
            "Zürich",
            "ÉTAT",
            "İstanbul",
            long,
        ] {
            assert_eq!(
                with_lower_case(word, str::to_string),
                word.to_lowercase(),
                "{word:?}"
            );
        }
    }

    #[test]
    fn fnv_hasher_gives_the_published_fnv1a_values() {
        let hash = |bytes: &[u8]| {
            let mut h = Fnv::default();
            h.write(bytes);
            h.finish()
        };
        assert_eq!(hash(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(hash(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(hash(b"foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn fingerprints_are_stable_and_keep_parts_apart() {
        assert_eq!(fnv1a(&[]), "cbf29ce484222325");
        // One part "a" is the bytes `a` and NUL.
        assert_eq!(fnv1a(&["a"]), "089be207b544f1e4");
        assert_eq!(fnv1a(&["number-mismatch", "a", "b"]), "24981e1cf02a9c8a");
        assert_eq!(fnv1a(&["number-mismatch", "ab"]), "8c28368af54bd77a");
    }

    #[test]
    fn pronouns_are_stop_words_but_speakers() {
        assert!(is_stop_word("he") && is_stop_word("said") && is_stop_word("the"));
        assert!(!is_stop_word("truce") && !is_stop_word("He"));
        assert!(!is_speaker_filler("he"));
        assert!(is_speaker_filler("the") && is_speaker_filler("who"));
        // Every filler is a stop word: the speaker list is the narrower one.
        assert!(SPEAKER_FILLERS.iter().all(|w| is_stop_word(w)));
    }
}
