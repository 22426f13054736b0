//! How figures are written in words: numbers, ordinals, fractions, scales and currencies,
//! and the words after a figure that are not what it counts.

use std::borrow::Cow;

/// Words that may write a figure in a sentence without digits.
pub const NUMBER_WORDS: [&str; 24] = [
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "hundred",
    "thousand", "million", "billion", "several", "scores", "handful", "eleven", "twelve", "teen",
    "twenty", "thirty", "forty", "fifty",
];

/// True for a number written as a word ("six", "ten").
pub fn is_number_word(lower: &str) -> bool {
    small_number(lower).is_some()
}

/// Numbers written as one word.
pub(super) const SMALL_NUMBERS: [(&str, f64); 27] = [
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
];

/// Ordinals written as one word.
pub(super) const ORDINALS: [(&str, f64); 10] = [
    ("first", 1.0),
    ("second", 2.0),
    ("third", 3.0),
    ("fourth", 4.0),
    ("fifth", 5.0),
    ("sixth", 6.0),
    ("seventh", 7.0),
    ("eighth", 8.0),
    ("ninth", 9.0),
    ("tenth", 10.0),
];

/// Fractions that start "a quarter of a million", "half a million".
pub(super) const FRACTIONS: [(&str, f64); 3] =
    [("half", 0.5), ("quarter", 0.25), ("third", 1.0 / 3.0)];

/// The value of a number written as one word ("six" → 6).
pub(crate) fn small_number(word: &str) -> Option<f64> {
    SMALL_NUMBERS
        .iter()
        .find(|(w, _)| *w == word)
        .map(|&(_, v)| v)
}

/// The value of an ordinal, in letters or digits ("second", "21st").
pub(super) fn ordinal(word: &str) -> Option<f64> {
    if let Some(&(_, v)) = ORDINALS.iter().find(|(w, _)| *w == word) {
        return Some(v);
    }
    let (digits, suffix) = word.split_at(word.bytes().take_while(u8::is_ascii_digit).count());
    if !digits.is_empty() && matches!(suffix, "st" | "nd" | "rd" | "th") {
        return digits.parse().ok();
    }
    None
}

/// The multiplier a scale word stands for ("million", "bn").
pub(crate) fn scale(word: &str) -> Option<f64> {
    Some(match word {
        "dozen" => 12.0,
        "hundred" => 1e2,
        "thousand" | "k" => 1e3,
        "million" | "millions" | "m" | "mn" | "mln" => 1e6,
        "billion" | "billions" | "bn" | "b" => 1e9,
        "trillion" | "tn" => 1e12,
        _ => return None,
    })
}

/// The value of a fraction word ("half", "quarter").
pub(super) fn fraction(word: &str) -> Option<f64> {
    FRACTIONS.iter().find(|(w, _)| *w == word).map(|&(_, v)| v)
}

/// The currency a symbol stands for ("$" → usd). A `?` where copy lost a sign in
/// re-encoding (`a ?110bn bailout`) is none: the lost character may have been a pound
/// sign as well as a euro sign, and a wrong guess would set the figure against converted
/// ones as a contradiction.
pub(super) fn currency_symbol(s: &str) -> Option<&'static str> {
    Some(match s {
        "$" => "usd",
        "€" => "eur",
        "£" => "gbp",
        "¥" => "jpy",
        _ => return None,
    })
}

/// Currency names as written and the currency each stands for.
pub(super) const CURRENCY_WORDS: [(&str, &str); 12] = [
    ("dollars", "usd"),
    ("dollar", "usd"),
    ("usd", "usd"),
    ("euros", "eur"),
    ("euro", "eur"),
    ("eur", "eur"),
    ("pounds", "gbp"),
    ("pound", "gbp"),
    ("sterling", "gbp"),
    ("gbp", "gbp"),
    ("dirhams", "aed"),
    ("dh", "aed"),
];

/// The currency a currency name stands for ("euros" → eur).
pub(crate) fn currency_word(s: &str) -> Option<&'static str> {
    CURRENCY_WORDS
        .iter()
        .find(|(w, _)| *w == s)
        .map(|&(_, c)| c)
}

/// Words after a figure that are not what it counts.
pub(crate) fn is_filler(word: &str) -> bool {
    matches!(
        word,
        "other"
            | "more"
            | "additional"
            | "further"
            | "separate"
            | "different"
            | "new"
            | "of"
            | "the"
            | "a"
            | "an"
            | "and"
            | "or"
            | "to"
            | "in"
            | "on"
            | "at"
            | "per"
            | "were"
            | "was"
            | "had"
            | "have"
            | "has"
            | "who"
            | "that"
            | "which"
            | "are"
            | "is"
    )
}

/// A unit word without its possessive or plural ending ("refugees" → refugee).
pub(crate) fn singular(word: &str) -> String {
    singular_of(word).into_owned()
}

/// [`singular`] as a slice of `word` when it is one (all but "-ies" → "-y"), for the
/// readers that only compare it or look it up.
pub(crate) fn singular_of(word: &str) -> Cow<'_, str> {
    let w = word
        .strip_suffix("’s")
        .or_else(|| word.strip_suffix("'s"))
        .unwrap_or(word);
    let w = w.trim_end_matches(['’', '\'']);
    if w.len() > 4 && w.ends_with("ies") {
        Cow::Owned(format!("{}y", &w[..w.len() - 3]))
    } else if w.len() > 4 && w.ends_with("es") && sibilant_plural(w) {
        // "crashes", "taxes", "losses", "churches": the plural adds "es".
        Cow::Borrowed(&w[..w.len() - 2])
    } else if w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
    {
        Cow::Borrowed(&w[..w.len() - 1])
    } else {
        Cow::Borrowed(w)
    }
}

/// A plural made by adding "es" to a word ending in a hiss: "-shes", "-xes", "-sses",
/// "-zzes", and "-ches" but for "-aches" after a consonant ("headaches" is of "headache",
/// "beaches" of "beach").
fn sibilant_plural(w: &str) -> bool {
    if w.ends_with("shes") || w.ends_with("xes") || w.ends_with("sses") || w.ends_with("zzes") {
        return true;
    }
    if let Some(stem) = w.strip_suffix("aches") {
        return stem.ends_with(['a', 'e', 'i', 'o', 'u']);
    }
    w.ends_with("ches")
}

/// A numeral's digits (with their separators) and what follows them ("110bn" → "110",
/// "bn").
pub(super) fn split_number(word: &str) -> (&str, &str) {
    let end = word
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .map_or(word.len(), |(i, _)| i);
    (&word[..end], &word[end..])
}

#[cfg(test)]
mod tests {
    use super::singular;

    #[test]
    fn plurals_of_a_hiss_drop_their_es_and_others_their_s() {
        for (plural, one) in [
            ("crashes", "crash"),
            ("taxes", "tax"),
            ("losses", "loss"),
            ("churches", "church"),
            ("beaches", "beach"),
            ("headaches", "headache"),
            ("carriages", "carriage"),
            ("villages", "village"),
            ("casualties", "casualty"),
            ("hostages", "hostage"),
            ("status", "status"),
        ] {
            assert_eq!(singular(plural), one, "{plural}");
        }
    }
}
