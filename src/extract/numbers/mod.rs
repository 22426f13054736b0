//! Figures in a claim as intervals with their unit and what they measure:
//! "at least 57 people killed" → [57, ∞) people, killed; "a quarter of a million" → 250,000.

mod lexicon;
mod sentence;
mod toll;

use aho_corasick::{AhoCorasick, AhoCorasickKind};

use crate::article::Span;
use crate::date::month_from_name;
use crate::rules::{QualifierRule, RuleSet, VagueRule};
use crate::text::{Token, TokenKind};
use crate::words::{GatedWordSet, WordGate, WordMap, WordSet};

use super::claim::Quantity;

use lexicon::{
    CURRENCY_WORDS, FRACTIONS, ORDINALS, SMALL_NUMBERS, currency_symbol, fraction, ordinal,
    split_number,
};
pub use lexicon::{NUMBER_WORDS, is_number_word};
pub(crate) use lexicon::{currency_word, is_filler, scale, singular, singular_of, small_number};
pub(crate) use sentence::SentenceFigures;
pub use toll::ROAD_TOLL;
pub(crate) use toll::{priced as priced_toll, vehicle};

/// The scale a temperature is written on ("celsius", "C", "fahrenheit"), as the unit
/// the reader gives it.
pub(crate) fn temperature_scale(word: &str) -> Option<&'static str> {
    match word {
        "celsius" | "c" | "centigrade" => Some("celsius"),
        "fahrenheit" | "f" => Some("fahrenheit"),
        _ => None,
    }
}

/// The token of a minus sign right before token `at`: the word "minus", or a hyphen
/// glued to the figure after a space ("-9C", not "2-9").
fn minus_before(text: &str, tokens: &[Token], lower: &[&str], at: usize) -> Option<usize> {
    let sign = at.checked_sub(1)?;
    if lower[sign] == "minus" {
        return Some(sign);
    }
    let glued = tokens[sign].span.end == tokens[at].span.start;
    let spaced = sign == 0 || tokens[sign - 1].span.end < tokens[sign].span.start;
    (matches!(tokens[sign].text(text), "-" | "\u{2212}") && glued && spaced).then_some(sign)
}

/// A word glued to a number word that is its unit ("six-storey", "three-day"), not a
/// share ("two-thirds"), a manner ("two-way", "three-fold") or another number.
fn glued_unit(word: &str) -> bool {
    word.len() >= 3
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && fraction(word).is_none()
        && ordinal(word).is_none()
        && !matches!(
            word,
            "way" | "fold" | "sided" | "thirds" | "halves" | "quarters" | "fifths" | "odd"
        )
}

/// Reads figures with the qualifier, vague-quantity and measure words of a rule set.
pub struct NumberReader {
    qualifiers: Vec<(Vec<String>, QualifierRule)>,
    /// last word of a qualifier → where the qualifiers ending with it are in `qualifiers`,
    /// in its order: the word before a figure ends few of them or none
    qualifier_ends: WordMap<Vec<usize>>,
    vague: Vec<(Vec<String>, VagueRule)>,
    /// first words of the vague phrases: most words start none
    vague_first: WordSet,
    /// Words a figure written in letters may start with: numbers, ordinals, fractions and
    /// the first words of vague phrases. Any other word is passed over at once.
    figure_words: GatedWordSet,
    /// Whether some word of `figure_words` starts with the byte: a word starting with any
    /// other is no figure word, nor is the part of it before a hyphen.
    figure_firsts: [bool; 256],
    /// For each first byte, the lengths of the currency names starting with it (bit `n`
    /// for `n` bytes): a word holds a figure glued to its currency ("dh472m") only if a
    /// digit follows one of them.
    currency_lengths: [u32; 256],
    /// measure word (lower case) → its canonical form under the synonym rules
    measures: WordMap<String>,
    /// multi-word measures, split, with their canonical form
    measure_phrases: Vec<(Vec<String>, String)>,
    /// first word of a multi-word measure → where those phrases are in `measure_phrases`,
    /// in its order: a word starts few phrases or none, so few are compared
    phrase_starts: WordMap<Vec<usize>>,
    /// Every word a measure may be read from ([`NumberReader::measure_at`]): the measure
    /// words, the first words of the multi-word measures and the "-ing" forms of the words
    /// in "-ed" ("killing" for "killed"); any other word is passed over without a look-up.
    measure_gate: WordGate,
    /// Finds [`NUMBER_WORDS`] in any case.
    number_words: Option<AhoCorasick>,
    /// Finds, in any ASCII case, the text every measure word is written with (its stem for
    /// "killed"/"killing"); `None` when some measure can come from other text (a "percent"
    /// measure from "%"), so that the cheap test must always say yes.
    measure_words: Option<AhoCorasick>,
}

/// A figure computed from what was written (472.72 × 10⁹, 0.8 × 28) to twelve significant
/// digits, so that it reads and prints as written: 22.4, not 22.400000000000002. Figures in
/// news copy never carry more digits than that; float arithmetic leaves noise past them.
pub fn as_written(value: f64) -> f64 {
    if !value.is_finite() || value == 0.0 {
        return value;
    }
    // A whole number below 10¹² has twelve significant digits at most: it is as written
    // already (most figures are), without the round trip through text.
    if value.fract() == 0.0 && value.abs() < 1e12 {
        return value;
    }
    format!("{value:.11e}").parse().unwrap_or(value)
}

/// The step a figure written in digits is rounded to, scaled to its `value`: the place of
/// its last written digit (10,000 for "380,000", 0.1 million for "2.3 million", 0.1 for
/// "6.0"), five of them when that digit is a five ("45" is rounded to the five, "1,500" to
/// the five hundred); `None` when `written` holds no digit.
pub fn rounding_step(written: &str, value: f64) -> Option<f64> {
    let start = written.find(|c: char| c.is_ascii_digit())?;
    let digits: &str = written[start..]
        .split(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .next()?
        .trim_end_matches(['.', ',']);
    let plain: String = digits.chars().filter(|&c| c != ',').collect();
    let as_written: f64 = plain.parse().ok()?;
    if as_written <= 0.0 {
        return None;
    }
    let (place, last) = match plain.split_once('.') {
        Some((_, decimals)) => (10f64.powi(-(decimals.len() as i32)), plain.chars().last()),
        None => {
            let significant = plain.trim_end_matches('0');
            let zeros = plain.len() - significant.len();
            (10f64.powi(zeros as i32), significant.chars().last())
        }
    };
    let step = if last == Some('5') {
        5.0 * place
    } else {
        place
    };
    Some(step * value / as_written)
}

/// A figure glued to its currency written in letters before it: "dh472m" → ("aed", "472m").
fn currency_prefixed(word: &str) -> Option<(&'static str, &str)> {
    let at = word.bytes().position(|b| b.is_ascii_digit())?;
    let (prefix, figure) = word.split_at(at);
    if prefix.is_empty() || !prefix.chars().all(char::is_alphabetic) {
        return None;
    }
    Some((currency_word(prefix)?, figure))
}

/// Whether `word` has a digit right after one of `lengths` (bit `n` for `n` bytes) of its
/// start: a figure glued to a currency name of such a length may follow.
fn digit_after_currency(word: &str, lengths: u32) -> bool {
    let mut left = lengths;
    while left != 0 {
        let n = left.trailing_zeros() as usize;
        if word.as_bytes().get(n).is_some_and(u8::is_ascii_digit) {
            return true;
        }
        left &= left - 1;
    }
    false
}

/// A phrase's words in lower case.
fn words_of(phrase: &str) -> Vec<String> {
    phrase.split_whitespace().map(str::to_lowercase).collect()
}

impl NumberReader {
    pub fn new(rules: &RuleSet) -> NumberReader {
        let mut qualifiers: Vec<(Vec<String>, QualifierRule)> = rules
            .numbers
            .qualifier
            .iter()
            .flat_map(|q| q.words.iter().map(move |w| (words_of(w), q.clone())))
            .collect();
        qualifiers.sort_by_key(|q| std::cmp::Reverse(q.0.len()));
        let mut qualifier_ends: WordMap<Vec<usize>> = WordMap::default();
        for (at, (words, _)) in qualifiers.iter().enumerate() {
            if let Some(last) = words.last() {
                qualifier_ends.entry(last.clone()).or_default().push(at);
            }
        }
        let mut vague: Vec<(Vec<String>, VagueRule)> = rules
            .numbers
            .vague
            .iter()
            .flat_map(|v| v.words.iter().map(move |w| (words_of(w), v.clone())))
            .collect();
        vague.sort_by_key(|v| std::cmp::Reverse(v.0.len()));
        let vague_first: WordSet = vague.iter().filter_map(|v| v.0.first().cloned()).collect();
        let figure_words: GatedWordSet = SMALL_NUMBERS
            .iter()
            .chain(&ORDINALS)
            .chain(&FRACTIONS)
            .map(|(w, _)| (*w).to_string())
            .chain(vague_first.iter().cloned())
            .collect();
        let mut figure_firsts = [false; 256];
        for w in SMALL_NUMBERS
            .iter()
            .chain(&ORDINALS)
            .chain(&FRACTIONS)
            .map(|(w, _)| *w)
            .chain(vague_first.iter().map(String::as_str))
        {
            if let Some(&b) = w.as_bytes().first() {
                figure_firsts[usize::from(b)] = true;
            }
        }
        let mut currency_lengths = [0u32; 256];
        for (w, _) in CURRENCY_WORDS {
            if let Some(&b) = w.as_bytes().first() {
                currency_lengths[usize::from(b)] |= 1 << w.len().min(31);
            }
        }
        let mut measures = WordMap::default();
        let mut measure_phrases = Vec::new();
        for m in &rules.numbers.measures {
            if m.contains(' ') {
                let words = words_of(m);
                let canonical = rules.canonical(&words.join(" ")).into_owned();
                measure_phrases.push((words, canonical));
            } else {
                let lower = m.to_lowercase();
                let canonical = rules.canonical(&lower).into_owned();
                measures.insert(lower, canonical);
            }
        }
        // Units that stand for other text ("%" → percent, "$" → usd) cannot be searched for.
        let from_symbols = measures.keys().any(|m| {
            matches!(
                m.as_str(),
                "percent" | "usd" | "eur" | "gbp" | "jpy" | "aed"
            )
        });
        let patterns: Vec<&str> = measures
            .keys()
            .map(|m| {
                m.strip_suffix("ed")
                    .filter(|stem| stem.len() >= 3)
                    .unwrap_or(m)
            })
            // A phrase needs every one of its words: its longest is the rarest to search
            // for ("inside" of "were inside", not "were").
            .chain(
                measure_phrases
                    .iter()
                    .filter_map(|(p, _)| p.iter().max_by_key(|w| w.len()).map(String::as_str)),
            )
            .collect();
        // A DFA, asked for: past 100 patterns (the rules' measures are more) the library
        // would build an NFA, which reads each byte of the sentence in about three times the
        // instructions, for the same answer.
        let measure_words = (!from_symbols)
            .then(|| {
                AhoCorasick::builder()
                    .ascii_case_insensitive(true)
                    .kind(Some(AhoCorasickKind::DFA))
                    .build(&patterns)
                    .ok()
            })
            .flatten();
        let mut phrase_starts: WordMap<Vec<usize>> = WordMap::default();
        for (at, (words, _)) in measure_phrases.iter().enumerate() {
            if let Some(first) = words.first() {
                phrase_starts.entry(first.clone()).or_default().push(at);
            }
        }
        let mut measure_gate = WordGate::of(
            measures
                .keys()
                .chain(phrase_starts.keys())
                .map(String::as_str),
        );
        for stem in measures.keys().filter_map(|m| m.strip_suffix("ed")) {
            measure_gate.insert(&format!("{stem}ing"));
        }
        NumberReader {
            qualifiers,
            qualifier_ends,
            vague,
            vague_first,
            figure_words,
            figure_firsts,
            currency_lengths,
            measures,
            measure_phrases,
            phrase_starts,
            measure_gate,
            number_words: AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .build(NUMBER_WORDS)
                .ok(),
            measure_words,
        }
    }

    /// A cheap test before tokenising a sentence without digits.
    ///
    /// Same answer as searching `s.to_lowercase()`: the only non-ASCII letters whose lower
    /// case is ASCII are the Kelvin sign (`k`, in no number word) and `İ` (`i` followed by a
    /// combining dot, so never inside a word here).
    pub fn may_hold_number_word(&self, s: &str) -> bool {
        match &self.number_words {
            Some(finder) => finder.is_match(s),
            None => {
                let lower = s.to_lowercase();
                NUMBER_WORDS.iter().any(|w| lower.contains(w))
            }
        }
    }

    /// A cheap test before tokenising a sentence to read the outlet's own figures: false
    /// only when no measure word is in it, so no figure in it can measure anything. Text
    /// that is not plain ASCII always passes (its lower case may differ byte for byte).
    pub fn may_hold_measure(&self, s: &str) -> bool {
        match &self.measure_words {
            Some(finder) if s.is_ascii() => finder.is_match(s),
            _ => true,
        }
    }

    /// The measure written at token `i` ("killed", "death toll", "killing"), in its
    /// canonical form under the synonym rules, with the number of tokens it takes.
    pub(crate) fn measure_at(&self, lower: &[&str], i: usize) -> Option<(String, usize)> {
        // "the bridge toll", "tolls for lorries": a price, not the dead.
        if priced_toll(lower, i) {
            return Some((ROAD_TOLL.to_string(), 1));
        }
        if !self.measure_gate.may_hold(lower.get(i)?) {
            return None;
        }
        if let Some((p, c)) = self.phrases_at(lower, i).max_by_key(|(p, _)| p.len()) {
            return Some((c.clone(), p.len()));
        }
        let w = *lower.get(i)?;
        if let Some(c) = self.measures.get(w) {
            return Some((c.clone(), 1));
        }
        let stem = w.strip_suffix("ing").map(|s| format!("{s}ed"))?;
        self.measures.get(stem.as_str()).map(|c| (c.clone(), 1))
    }

    /// The multi-word measures written at token `i`, in the rules' order.
    fn phrases_at<'s>(
        &'s self,
        lower: &'s [&str],
        i: usize,
    ) -> impl Iterator<Item = &'s (Vec<String>, String)> + 's {
        lower
            .get(i)
            .and_then(|w| self.phrase_starts.get(*w))
            .into_iter()
            .flatten()
            .filter_map(|&at| self.measure_phrases.get(at))
            .filter(move |(p, _)| matches_at(lower, i, p))
    }

    /// False when no vague phrase starts with `word`.
    fn may_start_vague(&self, word: &str) -> bool {
        self.vague_first.contains(word)
    }

    /// False for a token no figure starts with: most words of a sentence. `hyphens`: whether
    /// some token read may hold a hyphen (when none does, none is looked for).
    fn may_start_figure(&self, token: &Token, lower: &str, hyphens: bool) -> bool {
        match token.kind {
            TokenKind::Number => true,
            TokenKind::Punct => false,
            TokenKind::Word => {
                let Some(&b) = lower.as_bytes().first() else {
                    return false;
                };
                // "17-nation" is a word that starts with a figure.
                if b.is_ascii_digit() {
                    return true;
                }
                // A word of letters is looked up only when its first byte may start one of
                // the figure words: whole, then ("twenty-five") by its part before a hyphen.
                if self.figure_firsts[usize::from(b)] {
                    let may_be = |w: &str| self.figure_words.contains(w);
                    if may_be(lower)
                        || hyphens
                            && lower
                                .as_bytes()
                                .iter()
                                .position(|&b| b == b'-')
                                .is_some_and(|at| may_be(&lower[..at]))
                    {
                        return true;
                    }
                }
                // "Dh472m" starts with its currency.
                digit_after_currency(lower, self.currency_lengths[usize::from(b)])
                    && currency_prefixed(lower).is_some()
            }
        }
    }

    /// Every figure inside `within`.
    pub fn read(&self, text: &str, tokens: &[Token], within: Span) -> Vec<Quantity> {
        let lower = crate::text::lower_tokens(text, tokens);
        let lower: Vec<&str> = lower.iter().map(|w| w.as_ref()).collect();
        self.read_lower(text, tokens, &lower, within)
    }

    /// [`NumberReader::read`] with the tokens already in lower case (`lower[i]` is token
    /// `i`'s text lower-cased), so a caller reading several spans lower-cases them once.
    pub fn read_lower(
        &self,
        text: &str,
        tokens: &[Token],
        lower: &[&str],
        within: Span,
    ) -> Vec<Quantity> {
        let mut out = Vec::new();
        self.scan(text, tokens, lower, within, &mut |_, _, q| out.push(q));
        out
    }

    /// Reads the figures inside `within` in order, handing each to `found` with the token
    /// the scan read it at and the token the scan goes on from after it.
    fn scan(
        &self,
        text: &str,
        tokens: &[Token],
        lower: &[&str],
        within: Span,
        found: &mut dyn FnMut(usize, usize, Quantity),
    ) {
        let (first, past) = run_inside(tokens, within);
        // Whether any token read holds a hyphen, in one search over their text (lower case
        // adds no hyphen): most spans hold none, and their words are not searched one by one.
        let hyphens = first < past
            && text
                .as_bytes()
                .get(tokens[first].span.start..tokens[past - 1].span.end)
                .is_none_or(|read| memchr::memchr(b'-', read).is_some());
        let mut i = first;
        while i < past {
            if !self.may_start_figure(&tokens[i], lower[i], hyphens) {
                i += 1;
                continue;
            }
            let Some((value, mut end, mut unit, is_ordinal)) = self.figure(text, tokens, lower, i)
            else {
                // Vague quantities: "dozens of protesters".
                if let Some((words, rule)) = self
                    .may_start_vague(lower[i])
                    .then(|| self.vague.iter().find(|(w, _)| matches_at(lower, i, w)))
                    .flatten()
                {
                    let mut end = i + words.len();
                    // "several hundred", "a few thousand", "hundreds of millions": the
                    // interval times the scale word after it (written out, not "m").
                    let times = lower
                        .get(end)
                        .filter(|w| w.len() > 2)
                        .and_then(|w| scale(w))
                        .unwrap_or(1.0);
                    if times > 1.0 {
                        end += 1;
                    }
                    let value = as_written(rule.low * times);
                    let (mut low, mut high) = (rule.low * times, rule.high * times);
                    // "about a dozen", "at least a dozen": the qualifier widens the
                    // quantity as it would a figure.
                    let mut start = i;
                    if let Some((words, q)) = self.qualifier_before(lower, i) {
                        start = i - words;
                        low *= q.low.unwrap_or(0.0);
                        high = q.high.map_or(f64::INFINITY, |h| h * high);
                    }
                    let (low, high) = (as_written(low), as_written(high));
                    let (unit, unit_end) = self.unit_after(lower, tokens, end);
                    let measure = self.measure_near(text, tokens, lower, start, unit_end);
                    let span = Span::new(tokens[start].span.start, tokens[end - 1].span.end);
                    found(
                        i,
                        end,
                        Quantity {
                            text: span.of(text).to_string(),
                            span,
                            value,
                            low,
                            high: high.is_finite().then_some(high),
                            unit,
                            measure,
                            ordinal: false,
                        },
                    );
                    i = end;
                    continue;
                }
                i += 1;
                continue;
            };
            // A currency sign before: "$141bn", "€110bn", "€ 110bn".
            let mut start = i;
            if unit.is_none()
                && i > 0
                && let Some(c) = currency_symbol(lower[i - 1])
                && tokens[i - 1].kind == TokenKind::Punct
            {
                unit = Some(c.to_string());
                start = i - 1;
            }
            let mut value = value;
            if end < tokens.len()
                && let Some(s) = scale(lower[end])
            {
                value *= s;
                end += 1;
            } else if lower.get(end) == Some(&"-")
                && let Some(s) = lower.get(end + 1).and_then(|w| scale(w))
            {
                // "two - million - euro": the copy's spaced hyphens.
                value *= s;
                end += 2;
            }
            // "110bn - euro", "a 110-billion - euro bailout".
            if unit.is_none()
                && lower.get(end) == Some(&"-")
                && let Some(c) = lower.get(end + 1).and_then(|w| currency_word(w))
            {
                unit = Some(c.to_string());
                end += 2;
            }
            let (mut low, mut high) = (value, Some(value));
            let mut qualifier_start = start;
            if let Some((words, q)) = self.qualifier_before(lower, start) {
                qualifier_start = start - words;
                low = q.low.unwrap_or(0.0) * value;
                high = q.high.map(|h| h * value);
                // "about 380,000" is rounded to the ten thousand, not by a fifth: a figure
                // written in digits is rounded no further than its last digit allows.
                if q.rounds_both_ways()
                    && let Some(step) = rounding_step(tokens[i].text(text), value)
                {
                    low = low.max(value - step);
                    high = high.map(|h| h.min(value + step));
                }
            }
            let (found_unit, unit_end) = if unit.is_some() {
                (unit, end)
            } else {
                self.unit_after(lower, tokens, end)
            };
            let unit = found_unit.map(|u| currency_word(&u).map_or(u, str::to_string));
            // "minus 4C", "-9C": a temperature below zero.
            let temperature = matches!(unit.as_deref(), Some("celsius" | "fahrenheit"));
            if temperature && let Some(sign) = minus_before(text, tokens, lower, qualifier_start) {
                qualifier_start = sign;
                value = -value;
                (low, high) = match high {
                    Some(h) => (-h, Some(-low)),
                    None => (f64::NEG_INFINITY, Some(-low)),
                };
            }
            // A temperature measures nothing the figures of a claim are compared by.
            let measure = if temperature {
                None
            } else {
                self.measure_near(text, tokens, lower, qualifier_start, unit_end)
                    .or_else(|| {
                        unit.as_ref()
                            .filter(|u| self.measures.contains_key(u.as_str()))
                            .cloned()
                    })
            };
            let span = Span::new(tokens[qualifier_start].span.start, tokens[end - 1].span.end);
            let next = end.max(i + 1);
            found(
                i,
                next,
                Quantity {
                    text: span.of(text).to_string(),
                    span,
                    value: as_written(value),
                    low: as_written(low),
                    high: high.map(as_written),
                    unit,
                    measure,
                    ordinal: is_ordinal,
                },
            );
            i = next;
        }
    }

    /// The qualifier written right before token `start` ("at least", "about"), with its
    /// number of words. Only the qualifiers that end with the word before may stand there.
    fn qualifier_before(&self, lower: &[&str], start: usize) -> Option<(usize, &QualifierRule)> {
        start
            .checked_sub(1)
            .and_then(|before| self.qualifier_ends.get(lower[before]))
            .into_iter()
            .flatten()
            .filter_map(|&at| self.qualifiers.get(at))
            .find(|(w, _)| start >= w.len() && matches_at(lower, start - w.len(), w))
            .map(|(w, q)| (w.len(), q))
    }

    /// A figure starting at token `i`: (value, token after it, unit glued to it, ordinal).
    fn figure(
        &self,
        text: &str,
        tokens: &[Token],
        lower: &[&str],
        i: usize,
    ) -> Option<(f64, usize, Option<String>, bool)> {
        let word = lower[i];
        let first = word.chars().next()?;
        if first.is_ascii_digit() {
            if is_date_number(lower, i) || day_of_dated_month(text, tokens, lower, i) {
                return None;
            }
            if let Some(v) = ordinal(word) {
                return Some((v, i + 1, None, true));
            }
            // "17-nation", "5.9-magnitude", "110bn", "100,000".
            let (num, rest) = split_number(word);
            let mut value: f64 = num.replace(',', "").parse().ok()?;
            let mut glued = None;
            if let Some(unit) = rest.strip_prefix('-') {
                if unit.chars().next().is_some_and(|c| c.is_ascii_digit()) {
                    return None; // a range or a score; not read as one figure
                }
                // "2.6-million" is a scale, "17-nation" a unit.
                match scale(unit) {
                    Some(s) => value *= s,
                    None => glued = Some(singular(unit)),
                }
            } else if !rest.is_empty() {
                match scale(rest) {
                    Some(s) => value *= s,
                    // "44.1C", "110F": a temperature, the scale's capital glued on (a
                    // small "c" may be cents).
                    None => {
                        // Lower case may change a letter's length ("Ⱥ" is two bytes, "ⱥ"
                        // three): the written suffix is only looked for where it fits.
                        let written = tokens[i].text(text);
                        let suffix = written
                            .len()
                            .checked_sub(rest.len())
                            .and_then(|at| written.get(at..))
                            .unwrap_or("");
                        glued = Some(match suffix {
                            "C" => "celsius".to_string(),
                            "F" => "fahrenheit".to_string(),
                            // "120kph", "75mph": a speed.
                            _ => speed_at(&[rest], 0)
                                .map_or_else(|| singular(rest), |(speed, _)| speed.to_string()),
                        });
                    }
                }
            }
            return Some((value, i + 1, glued, false));
        }
        if tokens[i].kind != TokenKind::Word {
            return None;
        }
        if let Some((currency, digits)) = currency_prefixed(word) {
            // "Dh472.72bn" is cut at the dot after the letters ("Dh472", ".", "72bn"): the
            // figure is what is written there without a space.
            let mut written = digits.to_string();
            let mut end = i + 1;
            if let (Some(dot), Some(next)) = (tokens.get(i + 1), tokens.get(i + 2))
                && !digits.contains('.')
                && dot.span.of(text) == "."
                && dot.span.start == tokens[i].span.end
                && next.span.start == dot.span.end
                && lower[i + 2].starts_with(|c: char| c.is_ascii_digit())
            {
                written.push('.');
                written.push_str(lower[i + 2]);
                end = i + 3;
            }
            let (num, rest) = split_number(&written);
            let mut value: f64 = num.replace(',', "").parse().ok()?;
            if !rest.is_empty() {
                value *= scale(rest)?;
            }
            return Some((value, end, Some(currency.to_string()), false));
        }
        if let Some(v) = ordinal(word) {
            // "second day in a row": an ordinal of a unit of time or a count.
            let next = lower.get(i + 1).copied().unwrap_or("");
            if matches!(
                next,
                "day" | "time" | "week" | "month" | "year" | "round" | "night"
            ) {
                return Some((v, i + 1, None, true));
            }
            // "the fourth straight weekend", "It was the third death on the mountain":
            // the rank of the story's own event in a run.
            let streak = matches!(next, "straight" | "consecutive" | "successive");
            // "…, the first lady", "…, its first hurdle": "first" after a comma is mostly a
            // title or an idiom, seldom a rank.
            if streak || ranked_by_copula(lower, i) || (v > 1.0 && ranked_in_apposition(lower, i)) {
                return Some((v, i + 1 + usize::from(streak), None, true));
            }
            return None;
        }
        // "a quarter of a million", "half a million".
        if let Some(f) = fraction(word) {
            let pattern_a =
                lower.get(i + 1).copied() == Some("of") && lower.get(i + 2).copied() == Some("a");
            let at = if pattern_a {
                i + 3
            } else if lower.get(i + 1).copied() == Some("a") {
                i + 2
            } else {
                return None;
            };
            let s = scale(lower.get(at)?)?;
            let start_ok =
                word != "third" && (i == 0 || lower[i - 1] == "a" || lower[i - 1] == "one");
            return start_ok.then_some((f * s, at + 1, None, false));
        }
        // "twenty-five", "two hundred", "three"; "six-storey", "three-day": a number word
        // with its unit glued on.
        let (mut value, mut end) = match word.split_once('-') {
            Some((tens, ones)) => match (small_number(tens)?, small_number(ones)) {
                (t, Some(o)) => (t + o, i + 1),
                (t, None) if t >= 2.0 && glued_unit(ones) => {
                    return Some((t, i + 1, Some(singular(ones)), false));
                }
                _ => return None,
            },
            None => (small_number(word)?, i + 1),
        };
        if word == "one" {
            // "one of the", "the one" are not counts.
            let next = lower.get(i + 1).copied().unwrap_or("");
            if is_filler(next) || next.is_empty() || (i > 0 && lower[i - 1] == "the") {
                return None;
            }
        }
        if lower.get(end).copied() == Some("hundred") {
            value *= 100.0;
            end += 1;
        }
        Some((value, end, None, false))
    }

    /// The counted thing right after a figure ("people", "Syrians"), skipping fillers.
    fn unit_after(&self, lower: &[&str], tokens: &[Token], from: usize) -> (Option<String>, usize) {
        let mut i = from;
        let mut skipped = 0;
        while i < lower.len() && skipped < 2 {
            if tokens[i].kind != TokenKind::Word {
                if lower[i] == "%" {
                    return (Some("percent".into()), i + 1);
                }
                // "44°C", "110 °F".
                if lower[i] == "°"
                    && let Some(scale) = lower.get(i + 1).and_then(|s| temperature_scale(s))
                {
                    return (Some(scale.into()), i + 2);
                }
                return (None, i);
            }
            let w = lower[i];
            if w == "per" && lower.get(i + 1).copied() == Some("cent") {
                return (Some("percent".into()), i + 2);
            }
            if w == "percent" {
                return (Some("percent".into()), i + 1);
            }
            // "43.5 degrees Celsius", "40 degrees C": a temperature on its scale; "degrees"
            // alone may be an angle, and stays a unit of its own.
            if matches!(w, "degrees" | "degree")
                && let Some(scale) = lower.get(i + 1).and_then(|s| temperature_scale(s))
            {
                return (Some(scale.into()), i + 2);
            }
            if let Some(c) = currency_word(w) {
                return (Some(c.into()), i + 1);
            }
            if let Some((speed, len)) = speed_at(lower, i) {
                return (Some(speed.into()), i + len);
            }
            if w == "of" && skipped == 0 {
                i += 1;
                skipped += 1;
                continue;
            }
            if is_filler(w) {
                if matches!(
                    w,
                    "other" | "more" | "additional" | "further" | "separate" | "different" | "new"
                ) {
                    i += 1;
                    skipped += 1;
                    continue;
                }
                return (None, i);
            }
            return (Some(singular(w)), i + 1);
        }
        (None, i)
    }

    /// The measure word nearest the figure: up to four words before it ("killing at least
    /// three") or six after it ("100,000 Syrians have fled").
    /// A month beside a day ("March 23") is never the measure.
    fn measure_near(
        &self,
        text: &str,
        tokens: &[Token],
        lower: &[&str],
        start: usize,
        end: usize,
    ) -> Option<String> {
        let after = end..(end + 6).min(lower.len());
        let before = start.saturating_sub(4)..start;
        let canonical = |i: usize| -> Option<String> {
            if priced_toll(lower, i) {
                return Some(ROAD_TOLL.to_string());
            }
            if !self.measure_gate.may_hold(lower[i]) || dated_month(text, tokens, lower, i) {
                return None;
            }
            if let Some((_, c)) = self.phrases_at(lower, i).next() {
                return Some(c.clone());
            }
            let w = lower[i];
            if let Some(c) = self.measures.get(w) {
                return Some(c.clone());
            }
            // "killing" → "killed"
            let stem = w.strip_suffix("ing").map(|s| format!("{s}ed"))?;
            self.measures.get(stem.as_str()).cloned()
        };
        // The words after the figure up to a comma; then a measure word just before it
        // ("killing at least 12 people, injuring dozens": 12 killed, not 12 injured); then
        // the words after the comma.
        let mut past_comma = None;
        for i in after.clone() {
            if matches!(lower[i], "." | ";" | "and" | "but") {
                break;
            }
            if lower[i] == "," {
                past_comma = Some(i);
                break;
            }
            if let Some(m) = canonical(i) {
                return Some(m);
            }
        }
        if let Some(m) = start.checked_sub(1).and_then(canonical) {
            return Some(m);
        }
        for i in past_comma.map_or(after.end..after.end, |c| c + 1..after.end) {
            if matches!(lower[i], "." | ";" | "and" | "but") {
                break;
            }
            if let Some(m) = canonical(i) {
                return Some(m);
            }
        }
        for i in before.rev() {
            if matches!(lower[i], "." | ";" | ",") {
                break;
            }
            if let Some(m) = canonical(i) {
                return Some(m);
            }
        }
        None
    }
}

/// A speed written at token `i`, as the unit the rules convert ("km/h" or "mph"), with
/// its length in tokens: "190 km/h" (cut at the slash), "120kph", "150 mph", "100 miles
/// per hour", "75 miles an hour", "40 kilometres per hour". A length unit alone ("150
/// miles") is no speed.
pub(crate) fn speed_at(lower: &[&str], i: usize) -> Option<(&'static str, usize)> {
    let word = |k: usize| lower.get(k).copied().unwrap_or("");
    match word(i) {
        "kph" | "kmh" | "kmph" => return Some(("km/h", 1)),
        "mph" => return Some(("mph", 1)),
        // "km/h." ending a sentence keeps its dot on the "h", as on an initial.
        "km" if word(i + 1) == "/" && matches!(word(i + 2), "h" | "h.") => {
            return Some(("km/h", 3));
        }
        _ => {}
    }
    let unit = match word(i) {
        "mile" | "miles" => "mph",
        "km" | "kilometre" | "kilometres" | "kilometer" | "kilometers" => "km/h",
        _ => return None,
    };
    (matches!(word(i + 1), "per" | "an" | "a") && word(i + 2) == "hour").then_some((unit, 3))
}

/// The tokens inside `within`, `[first, past)`: tokens follow each other without
/// overlapping, so they are a run.
fn run_inside(tokens: &[Token], within: Span) -> (usize, usize) {
    let first = tokens.partition_point(|t| t.span.start < within.start);
    let past = tokens.partition_point(|t| t.span.end <= within.end);
    (first, past)
}

fn matches_at(lower: &[&str], i: usize, words: &[String]) -> bool {
    !words.is_empty()
        && i + words.len() <= lower.len()
        && words.iter().enumerate().all(|(k, w)| lower[i + k] == *w)
}

/// A day of the month (1 to 31, "23" or "23rd") at token `i`.
fn is_day(lower: &[&str], i: usize) -> bool {
    lower.get(i).is_some_and(|w| {
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = w.get(digits.len()..).unwrap_or("");
        !digits.is_empty()
            && digits.len() <= 2
            && digits.chars().all(|c| c.is_ascii_digit())
            && matches!(suffix, "" | "st" | "nd" | "rd" | "th")
            && matches!(digits.parse::<u32>(), Ok(1..=31))
    })
}

/// A month name written with a capital beside a day of the month ("on March 23", "23 May")
/// at token `i`: a date, though the name is also a word ("march", "may").
pub(crate) fn dated_month(text: &str, tokens: &[Token], lower: &[&str], i: usize) -> bool {
    lower.get(i).is_some_and(|w| month_from_name(w).is_some())
        && tokens.get(i).is_some_and(|t| t.is_capitalized(text))
        && (is_day(lower, i + 1) || (i > 0 && is_day(lower, i - 1)))
}

/// The day at token `i` of a month written beside it ("March 23"): not a count.
fn day_of_dated_month(text: &str, tokens: &[Token], lower: &[&str], i: usize) -> bool {
    is_day(lower, i)
        && ((i > 0 && dated_month(text, tokens, lower, i - 1))
            || dated_month(text, tokens, lower, i + 1))
}

/// Days of months and years are dates, not counts: "Feb. 12", "12 February", "Dec. 15, 2015".
fn is_date_number(lower: &[&str], i: usize) -> bool {
    let word = &lower[i];
    let plain = word.chars().all(|c| c.is_ascii_digit());
    let is_month = |j: usize| {
        lower
            .get(j)
            .is_some_and(|&w| month_from_name(w).is_some() && w != "may" && w != "march")
    };
    if plain && word.len() == 4 && (1900..=2100).contains(&word.parse::<u32>().unwrap_or(0)) {
        return true;
    }
    if plain && word.len() <= 2 && ((i > 0 && is_month(i - 1)) || is_month(i + 1)) {
        return true;
    }
    // Clock times: "at 1353 (1023 GMT)", "10:23".
    if plain && word.len() == 4 && i > 0 && lower[i - 1] == "at" {
        return true;
    }
    lower
        .get(i + 1)
        .is_some_and(|&w| w == "gmt" || w == "utc" || w == ":" || w == "a.m." || w == "p.m.")
}

#[cfg(test)]
mod tests;

/// The ordinal at `i` ranks an event the copy tells: a copula sets it on its subject ("It
/// was the second breach") or a comma on the clause before ("…, its third increase").
pub(crate) fn ranks_an_event(lower: &[&str], i: usize) -> bool {
    ranked_by_copula(lower, i) || ranked_in_apposition(lower, i)
}

/// An ordinal at `i` that a copula ranks: "was the third death", "is the bank's second
/// breach" (the possessive one token before the ordinal).
fn ranked_by_copula(lower: &[&str], i: usize) -> bool {
    let before = |k: usize| i.checked_sub(k).and_then(|j| lower.get(j)).copied();
    let copula = |w: Option<&str>| matches!(w, Some("was" | "is" | "marks" | "marked" | "became"));
    let possessive = before(1).is_some_and(|w| w.ends_with("'s") || w.ends_with("’s"));
    let ranked = (matches!(before(1), Some("the" | "its" | "their")) && copula(before(2)))
        || (possessive && before(2) == Some("the") && copula(before(3)))
        || (possessive && copula(before(2)));
    // "it is the third floor of the hotel that is on fire" singles a thing out (a
    // cleft), ranking nothing; a "that" past "and" or a comma opens another clause ("said
    // it was the operator's third accident since 2020 and that its inspectors would …").
    let cleft = lower
        .iter()
        .skip(i + 1)
        .take(7)
        .take_while(|w| !matches!(**w, "and" | "but" | "," | ";"))
        .any(|w| matches!(*w, "that" | "which" | "who" | "where"));
    ranked && !cleft
}

/// An ordinal at `i` set after a comma beside the clause before it, with its noun: the
/// rank of the event that clause tells ("raised its rate to 4.25 percent, its third
/// increase this year", "…, the second such attack this month"). A superlative after it
/// ranks a thing by size ("Basra, the second largest city"), no event.
fn ranked_in_apposition(lower: &[&str], i: usize) -> bool {
    let before = |k: usize| i.checked_sub(k).and_then(|j| lower.get(j)).copied();
    let next = lower.get(i + 1).copied().unwrap_or("");
    matches!(before(1), Some("the" | "its" | "their"))
        && before(2) == Some(",")
        && next.len() > 2
        && next.chars().all(|c| c.is_ascii_lowercase())
        && !next.ends_with("est")
        && !matches!(
            next,
            "most" | "biggest" | "largest" | "of" | "and" | "to" | "in"
        )
}
