//! Datelines: the place (and day, and agency) a wire story is filed from, written before a
//! dash at the head of a paragraph ("WASHINGTON —", "BEIRUT, Lebanon (AP) —", "LONDON, April
//! 30 (Reuters) -", "Washington (AFP) –"). A dateline is no part of the sentence it heads: the
//! claim "President Trump has postponed the tariffs, the White House said" does not open with
//! "WASHINGTON, April 30 (Reuters) -", and the filing city is no place of the event.

use crate::date::month_from_name;

/// A dateline longer than this many bytes is no dateline.
const LONGEST: usize = 60;

/// The length in bytes of the dateline that opens `paragraph`, with the dash and the spaces
/// after it; `None` when it opens with none.
///
/// A dateline is written before a dash (an em or en dash, `--`, or a hyphen with spaces
/// around it), and every word before the dash outside brackets opens with a capital letter
/// or is a day of the month. Capitals alone do not make one: "Donald Trump — the president
/// …" opens with a name. Its first word must be written in capitals ("ST. LOUIS", "CAIRO,
/// Egypt") or an agency must be named in brackets just before the dash ("Washington (AFP)
/// –").
pub fn dateline_len(paragraph: &str) -> Option<usize> {
    let window = &paragraph[..floor_boundary(paragraph, LONGEST)];
    let (dash, dash_len) = first_dash(window)?;
    let head = &window[..dash];
    let first = head.split_whitespace().next()?;
    if !opens_with_capitals(head) {
        return None;
    }
    let place_in_capitals = {
        let letters: Vec<char> = first.chars().filter(|c| c.is_alphabetic()).collect();
        letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
    };
    let agency = head.trim_end().ends_with(')');
    if !place_in_capitals && !agency {
        return None;
    }
    let after = dash + dash_len;
    let rest = &paragraph[after..];
    let body = rest.trim_start();
    // The story follows, opening with a capital, a figure or a quotation mark.
    let opens = body
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || "\"“'‘".contains(c));
    opens.then(|| after + (rest.len() - body.len()))
}

/// True when every word of `head` outside brackets opens with a capital letter, is a day of
/// the month or a month's name: "LONDON, April 30 (Reuters)", "CAIRO, Egypt".
fn opens_with_capitals(head: &str) -> bool {
    let mut depth = 0usize;
    let mut words = 0;
    for word in head.split_whitespace() {
        let bracketed = depth > 0 || word.starts_with('(');
        depth += word.matches('(').count();
        depth = depth.saturating_sub(word.matches(')').count());
        if bracketed {
            continue;
        }
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        let Some(first) = bare.chars().next() else {
            continue;
        };
        let day = bare.len() <= 2 && bare.bytes().all(|b| b.is_ascii_digit());
        if !(first.is_uppercase() || day || month_from_name(bare).is_some()) {
            return false;
        }
        words += 1;
    }
    words > 0 && depth == 0
}

/// The first dash of `window` that can close a dateline, with its length: an em or en dash,
/// `--`, or a hyphen with a space on each side (a hyphen inside a word joins it). Only the
/// hyphens and the bytes that open an em or en dash (0xE2, which opens a character wherever
/// it stands) are visited: most paragraphs hold neither in their opening bytes, and are
/// turned away by one `memchr` search rather than a walk over their characters.
fn first_dash(window: &str) -> Option<(usize, usize)> {
    let bytes = window.as_bytes();
    memchr::memchr2_iter(b'-', 0xE2, bytes).find_map(|k| match bytes[k] {
        b'-' if bytes.get(k + 1) == Some(&b'-') => Some((k, 2)),
        b'-' if k > 0 && bytes[k - 1] == b' ' && bytes.get(k + 1) == Some(&b' ') => Some((k, 1)),
        b'-' => None,
        _ => {
            let rest = &window[k..];
            (rest.starts_with('—') || rest.starts_with('–')).then_some((k, '—'.len_utf8()))
        }
    })
}

/// The largest character boundary of `text` at or before `at`.
fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What is left of `paragraph` after its dateline.
    fn after(paragraph: &str) -> &str {
        &paragraph[dateline_len(paragraph).unwrap_or(0)..]
    }

    #[test]
    fn wire_datelines_are_cut_off_the_story() {
        for (paragraph, story) in [
            (
                "WASHINGTON — The Senate voted on Tuesday.",
                "The Senate voted on Tuesday.",
            ),
            (
                "BEIRUT, Lebanon (AP) — Rockets hit the port overnight.",
                "Rockets hit the port overnight.",
            ),
            (
                "LONDON, April 30 (Reuters) - Shares fell 3 percent, traders said.",
                "Shares fell 3 percent, traders said.",
            ),
            ("Washington (AFP) – Talks resumed.", "Talks resumed."),
            (
                "ST. LOUIS -- \"We are ready,\" the mayor said.",
                "\"We are ready,\" the mayor said.",
            ),
            ("CAIRO, Egypt—Protesters gathered.", "Protesters gathered."),
        ] {
            assert_eq!(after(paragraph), story, "{paragraph}");
        }
    }

    /// `first_dash` as it was written before its search: a walk over every character.
    fn first_dash_by_walk(window: &str) -> Option<(usize, usize)> {
        let bytes = window.as_bytes();
        window.char_indices().find_map(|(k, c)| match c {
            '—' | '–' => Some((k, c.len_utf8())),
            '-' if bytes.get(k + 1) == Some(&b'-') => Some((k, 2)),
            '-' if k > 0 && bytes[k - 1] == b' ' && bytes.get(k + 1) == Some(&b' ') => Some((k, 1)),
            _ => None,
        })
    }

    #[test]
    fn the_dash_searched_for_is_the_one_a_walk_over_the_characters_finds() {
        for window in [
            "",
            "-",
            " - ",
            "a-b - c",
            "well-known -- then",
            "ST. LOUIS — x",
            "Washington (AFP) – Talks",
            "São Paulo’s “mayor” … — said",
            "€5 – ‘quoted’ - ",
            "a -b- c -",
            "— opens",
            "ends --",
        ] {
            assert_eq!(first_dash(window), first_dash_by_walk(window), "{window:?}");
        }
    }

    #[test]
    fn a_name_a_hyphenated_word_or_a_long_opening_is_no_dateline() {
        for paragraph in [
            "Donald Trump — the president since January — spoke on Monday.",
            "Kerry - who flew in overnight - met the envoy.",
            "A well-known economist said the figures were wrong.",
            "The Pro-Government Forces of the North said the town had fallen - again.",
            "UNITED NATIONS HIGH COMMISSIONER FOR REFUGEES AND THE WORLD FOOD PROGRAMME — Aid.",
            "PARIS - the talks resumed.",
        ] {
            assert_eq!(dateline_len(paragraph), None, "{paragraph}");
        }
    }
}
