//! Title mentions: where the copy before a role noun ("the senator") writes the noun's title,
//! in full or abbreviated ("Senator", "Sen."), and the words that follow each mention — all
//! the antecedent reader needs of that copy to tell whom the title belongs to.
//!
//! The copy is read word by word only around the mentions: a mention is found by the first
//! letter of its title, so the rest of the copy is skimmed, not split into words.

/// The mentions of one title in one stretch of copy.
pub(super) struct TitleMentions<'a> {
    copy: &'a str,
    /// Where each mention's word ends, in the order written.
    ends: Vec<usize>,
}

impl<'a> TitleMentions<'a> {
    /// The words of `copy` that write `title` (lower case), as `title_matches` tells them.
    pub(super) fn find(copy: &'a str, title: &str) -> Self {
        let mut ends = Vec::new();
        let mut consider = |start: usize| {
            if let Some(word) = (CopyWords {
                text: copy,
                at: start,
            })
            .next()
                && title_matches(word, title)
            {
                ends.push(start + word.len());
            }
        };
        match title.as_bytes().first() {
            // A word that writes an ASCII title opens with the title's first letter in
            // either case: no other character lowers to an ASCII letter but the Kelvin sign
            // (to "k"), so titles that open with "k" are read word by word below.
            Some(&first) if first.is_ascii_lowercase() && first != b'k' => {
                for at in memchr::memchr2_iter(first, first.to_ascii_uppercase(), copy.as_bytes()) {
                    if opens_word(copy, at) {
                        consider(at);
                    }
                }
            }
            _ => {
                let mut words = CopyWords { text: copy, at: 0 };
                while let Some((start, _)) = words.next_with_start() {
                    consider(start);
                }
            }
        }
        TitleMentions { copy, ends }
    }

    /// The words after each mention, up to the end of the copy, one reader a mention.
    pub(super) fn words_after(&self) -> impl Iterator<Item = CopyWords<'a>> + '_ {
        self.ends.iter().map(|&at| CopyWords {
            text: self.copy,
            at,
        })
    }
}

/// Whether byte `at` of `copy` (an ASCII letter) opens a word: the copy's start or white
/// space before it.
fn opens_word(copy: &str, at: usize) -> bool {
    match at.checked_sub(1).map(|before| copy.as_bytes()[before]) {
        None => true,
        Some(b) if b.is_ascii() => matches!(b, b'\t'..=b'\r' | b' '),
        Some(_) => copy
            .get(..at)
            .and_then(|head| head.chars().next_back())
            .is_some_and(char::is_whitespace),
    }
}

/// The words of a stretch of copy from byte `at` on, as `split_whitespace` gives them, read
/// byte by byte: the copy is mostly ASCII, and only the other characters are decoded.
pub(super) struct CopyWords<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> CopyWords<'a> {
    /// The next word and the byte it starts at.
    fn next_with_start(&mut self) -> Option<(usize, &'a str)> {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut start: Option<usize> = None;
        let mut i = self.at;
        while i < bytes.len() {
            let b = bytes[i];
            let (white, len) = if b.is_ascii() {
                (matches!(b, b'\t'..=b'\r' | b' '), 1)
            } else {
                let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
                    break;
                };
                (c.is_whitespace(), c.len_utf8())
            };
            match (white, start) {
                (true, Some(from)) => {
                    self.at = i + len;
                    return text.get(from..i).map(|word| (from, word));
                }
                (false, None) => start = Some(i),
                _ => {}
            }
            i += len;
        }
        self.at = bytes.len();
        start.and_then(|from| text.get(from..).map(|word| (from, word)))
    }
}

impl<'a> Iterator for CopyWords<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        self.next_with_start().map(|(_, word)| word)
    }
}

/// Whether the word `word` of the copy is the title `title` (lower case), in full or
/// abbreviated ("Sen." for "senator", "Gov." for "governor").
fn title_matches(word: &str, title: &str) -> bool {
    // Most words of the copy are ASCII: compared byte by byte, lowered on the way, without
    // making their lower case (the same answer as below).
    if word.is_ascii() {
        let (stem, short) = match word.strip_suffix('.') {
            Some(stem) => (stem, true),
            None => (word, false),
        };
        let fits = |t: &[u8]| {
            t.len() == stem.len()
                && t.iter()
                    .zip(stem.bytes())
                    .all(|(t, w)| *t == w.to_ascii_lowercase())
        };
        // A title is shortened before a name with a capital ("Sen.", "Gov."): "go." or
        // "may." ending a sentence is no title.
        return if short {
            stem.len() >= 2
                && stem.starts_with(|c: char| c.is_ascii_uppercase())
                && title.as_bytes().get(..stem.len()).is_some_and(fits)
        } else {
            fits(title.as_bytes())
        };
    }
    let lower = word.to_lowercase();
    match lower.strip_suffix('.') {
        Some(short) => {
            short.len() >= 2 && word.starts_with(char::is_uppercase) && title.starts_with(short)
        }
        None => lower == title,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PARAGRAPH: &str = "Sen. Ana Reyes (D-Calif.) told reporters\ton Tuesday that the \
        senator\u{a0}would vote no.\r\n\n“We won’t back it,” the senator said.\u{2003}Premier \
        Zoë Lang’s office\u{b}declined\u{c}to comment;\u{85}the premier\u{3000}  was \
        abroad.\u{2028}\u{202f}SENATOR Ruiz and \u{212a}ing Olav, king\u{a0}Harald, \
        “Senator Lee” and Gov. Ito spoke.\u{a0}Sen.";

    #[test]
    fn the_copy_is_split_as_split_whitespace_splits_it() {
        for at in 0..=PARAGRAPH.len() {
            let Some(head) = PARAGRAPH.get(..at) else {
                continue;
            };
            let expected: Vec<&str> = head.split_whitespace().collect();
            let words: Vec<&str> = CopyWords { text: head, at: 0 }.collect();
            assert_eq!(words, expected, "before byte {at}");
        }
        assert_eq!(CopyWords { text: "", at: 0 }.next(), None);
        assert_eq!(
            CopyWords {
                text: " \u{a0}\n",
                at: 0
            }
            .next(),
            None
        );
    }

    #[test]
    fn a_title_is_found_wherever_a_word_writes_it() {
        // Every word tried against the title, and the words after each match: what the
        // search by first letter must give.
        let word_by_word = |copy: &str, title: &str| -> Vec<Vec<String>> {
            let words: Vec<&str> = copy.split_whitespace().collect();
            (0..words.len())
                .filter(|&i| title_matches(words[i], title))
                .map(|i| words[i + 1..].iter().map(|w| w.to_string()).collect())
                .collect()
        };
        for title in [
            "senator",
            "premier",
            "governor",
            "king",
            "president",
            "sénateur",
            "s",
            "",
        ] {
            for at in 0..=PARAGRAPH.len() {
                let Some(head) = PARAGRAPH.get(..at) else {
                    continue;
                };
                let found: Vec<Vec<String>> = TitleMentions::find(head, title)
                    .words_after()
                    .map(|after| after.map(str::to_string).collect())
                    .collect();
                assert_eq!(found, word_by_word(head, title), "{title} before byte {at}");
            }
        }
        let senators = TitleMentions::find(PARAGRAPH, "senator")
            .words_after()
            .count();
        assert_eq!(
            senators, 5,
            "Sen., senator twice, SENATOR and the last Sen.; not “Senator"
        );
    }

    #[test]
    fn a_title_is_matched_as_its_lower_case_would_be() {
        let lowered = |word: &str, title: &str| {
            let lower = word.to_lowercase();
            match lower.strip_suffix('.') {
                Some(short) => {
                    short.len() >= 2
                        && word.starts_with(char::is_uppercase)
                        && title.starts_with(short)
                }
                None => lower == title,
            }
        };
        for word in [
            "Sen.",
            "sen.",
            "SEN.",
            "Senator",
            "senator",
            "S.",
            "Gov.",
            "President",
            "Pres.",
            ".",
            "",
            "Sénateur",
            "Senators",
            "Se.",
            "go.",
            "May.",
            "may.",
        ] {
            for title in [
                "senator",
                "governor",
                "president",
                "sénateur",
                "mayor",
                "",
                "s",
            ] {
                assert_eq!(
                    title_matches(word, title),
                    lowered(word, title),
                    "{word} {title}"
                );
            }
        }
        // A word in small letters ending a sentence is no shortened title.
        assert!(title_matches("Gov.", "governor"));
        assert!(!title_matches("go.", "governor"));
        assert!(!title_matches("sen.", "senator"));
    }
}
