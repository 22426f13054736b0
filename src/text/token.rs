//! Tokens of a sentence: words, numbers, punctuation and quotation marks with byte spans.

use std::borrow::Cow;

use crate::article::Span;
use crate::rules::RuleSet;
use crate::words::lower_case;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, with inner apostrophes, hyphens and dots ("we've", "cease-fire", "U.S.").
    Word,
    /// Digits with inner separators ("100,000", "5.4", "17-nation" starts as a number).
    Number,
    /// Any other single character that is not white space.
    Punct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
}

impl Token {
    #[inline]
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.of(text)
    }

    #[inline]
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    /// True when the token starts with an upper-case letter.
    #[inline]
    pub fn is_capitalized(&self, text: &str) -> bool {
        // Most words start with an ASCII letter: its byte is its first character.
        match text.as_bytes().get(self.span.start) {
            Some(b) if b.is_ascii() && self.span.start < self.span.end => b.is_ascii_uppercase(),
            _ => self
                .text(text)
                .chars()
                .next()
                .is_some_and(char::is_uppercase),
        }
    }
}

/// [`BYTE_CLASS`] of ASCII white space (as `char::is_whitespace` has it).
const SPACE: u8 = 0;
/// [`BYTE_CLASS`] of an ASCII letter or digit.
const ALNUM: u8 = 1;
/// [`BYTE_CLASS`] of any other ASCII character: a token of punctuation on its own.
const OTHER: u8 = 2;
/// [`BYTE_CLASS`] of a byte of a character that is not ASCII: decoded and read as a char.
const NOT_ASCII: u8 = 3;

/// The class of each byte, for the tokenizer's fast path over ASCII.
const BYTE_CLASS: [u8; 256] = {
    let mut class = [NOT_ASCII; 256];
    let mut b = 0;
    while b < 128 {
        class[b] = OTHER;
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            class[b] = ALNUM;
        } else if matches!(c, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ') {
            class[b] = SPACE;
        }
        b += 1;
    }
    class
};

/// `char::is_alphanumeric`, answered without Unicode's tables for ASCII and for the
/// quotation marks, apostrophes and dashes of General Punctuation (U+2000–U+206F, which holds
/// no letter or digit), the characters other than ASCII news copy is most often written with.
#[inline]
fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if ('\u{2000}'..='\u{206f}').contains(&c) {
        false
    } else {
        c.is_alphanumeric()
    }
}

fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.' | ',' | '&' | '/')
}

/// The character at byte `at` of `s` (a character boundary), decoding only past ASCII.
fn char_at(s: &str, at: usize) -> Option<char> {
    match s.as_bytes().get(at) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => s.get(at..)?.chars().next(),
        None => None,
    }
}

/// Splits `span` of `text` into tokens. A joiner character stays inside a token only between
/// two word characters (and a comma or dot only between digits, or a dot inside an acronym);
/// a final dot is kept on acronyms, initials and known abbreviations.
pub fn tokenize(text: &str, span: Span, rules: &RuleSet) -> Vec<Token> {
    let mut tokens = Vec::new();
    tokenize_into(text, span, rules, &mut tokens);
    tokens
}

/// [`tokenize`] into `tokens` (emptied first), so that a reader of many sentences reuses one
/// list rather than allocating one a sentence.
pub fn tokenize_into(text: &str, span: Span, rules: &RuleSet, tokens: &mut Vec<Token>) {
    let s = span.of(text);
    let bytes = s.as_bytes();
    tokens.clear();
    // About one token per five bytes of news text: room enough to grow rarely.
    tokens.reserve(s.len() / 4 + 1);
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let start = span.start + i;
        // ASCII, most of every text, by its byte's class; other characters decoded.
        // The first character and its length: one byte for ASCII, known without asking.
        let (c, c_len) = match BYTE_CLASS[usize::from(b)] {
            SPACE => {
                i += 1;
                continue;
            }
            OTHER => {
                tokens.push(Token {
                    span: Span::new(start, start + 1),
                    kind: TokenKind::Punct,
                });
                i += 1;
                continue;
            }
            ALNUM => (char::from(b), 1),
            _ => {
                let Some(c) = char_at(s, i) else { break };
                if c.is_whitespace() {
                    i += c.len_utf8();
                    continue;
                }
                if !is_alphanumeric(c) {
                    tokens.push(Token {
                        span: Span::new(start, start + c.len_utf8()),
                        kind: TokenKind::Punct,
                    });
                    i += c.len_utf8();
                    continue;
                }
                (c, c.len_utf8())
            }
        };
        // `end` is both the token's end and the next character to read.
        let mut end = i + c_len;
        let mut numeric = c.is_ascii_digit();
        let mut has_dot = false;
        loop {
            // Plain ASCII letters and digits, the bulk of every word, byte by byte.
            end += bytes
                .get(end..)
                .unwrap_or_default()
                .iter()
                .position(|&b| BYTE_CLASS[usize::from(b)] != ALNUM)
                .unwrap_or(bytes.len().saturating_sub(end));
            // Most words end at a space or a mark that joins nothing: no char to decode.
            match bytes.get(end) {
                None => break,
                Some(b'\'' | b'-' | b'.' | b',' | b'&' | b'/') => {}
                Some(b) if b.is_ascii() => break,
                Some(_) => {}
            }
            let Some(d) = char_at(s, end) else { break };
            let j = end;
            if is_alphanumeric(d) {
                end = j + d.len_utf8();
                continue;
            }
            if !is_joiner(d) {
                break;
            }
            let next = char_at(s, j + d.len_utf8());
            // Read only where a rule asks for it: most joiners end a word ("said," "U.S.").
            let prev = || s[..j].chars().next_back();
            let keep = match d {
                ',' => {
                    numeric
                        && next.is_some_and(|n| n.is_ascii_digit())
                        && s[j + 1..].chars().take_while(char::is_ascii_digit).count() == 3
                }
                '.' => {
                    let acronym_hyphen =
                        next == Some('-') && char_at(s, j + 2).is_some_and(is_alphanumeric);
                    (next.is_some_and(is_alphanumeric) || !numeric && acronym_hyphen)
                        && (numeric && next.is_some_and(|n| n.is_ascii_digit())
                            || !numeric
                                && prev().is_some_and(char::is_alphabetic)
                                && s[i..j].chars().filter(|&c| is_alphanumeric(c)).count() <= 3)
                }
                '&' | '/' => {
                    next.is_some_and(is_alphanumeric) && prev().is_some_and(char::is_uppercase)
                }
                // `Sanders’ campaign`: a plural's possessive, outside a single quotation.
                _ => {
                    next.is_some_and(is_alphanumeric)
                        || matches!(prev(), Some('s' | 'S'))
                            && next == Some(' ')
                            && char_at(s, j + d.len_utf8() + 1).is_some_and(char::is_alphabetic)
                            && !in_single_quote(s, j)
                }
            };
            if !keep {
                break;
            }
            if d == '.' {
                has_dot = true;
            }
            if d == '-' {
                numeric = false;
            }
            end = j + d.len_utf8();
        }
        // A final dot belongs to acronyms ("U.S."), initials ("F.") and abbreviations.
        if bytes.get(end) == Some(&b'.') {
            let word = &s[i..end];
            let single_letter = word.chars().count() == 1 && c.is_alphabetic();
            let with_dot = &s[i..end + 1];
            if (has_dot && !numeric)
                || single_letter
                || with_dot.len() <= super::MAX_ABBREVIATION && rules.is_abbreviation(with_dot)
            {
                end += 1;
            }
        }
        tokens.push(Token {
            span: Span::new(start, span.start + end),
            kind: if numeric {
                TokenKind::Number
            } else {
                TokenKind::Word
            },
        });
        i = end;
    }
}

/// Whether byte `at` of `s` is inside a single quotation: a single mark that opens one
/// stands before it (`'the rebels' plan`) with no mark closing it in between.
fn in_single_quote(s: &str, at: usize) -> bool {
    let is_single = |c: char| matches!(c, '\'' | '‘' | '’');
    s[..at]
        .char_indices()
        .rev()
        .find(|&(k, c)| is_single(c) && opens_single_quote(s, k))
        .is_some_and(|(k, c)| {
            let inside = &s[k + c.len_utf8()..at];
            !inside.char_indices().any(|(m, c)| {
                is_single(c) && !inside[m + c.len_utf8()..].starts_with(is_alphanumeric)
            })
        })
}

/// Whether the single mark at byte `at` of `s` opens a quotation: after white space, an
/// opening bracket or a double mark (or at the start) and before a letter or digit.
fn opens_single_quote(s: &str, at: usize) -> bool {
    let before = s[..at].chars().next_back();
    let after = s[at..].chars().nth(1);
    before.is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | '"' | '“'))
        && after.is_some_and(is_alphanumeric)
}

/// Each token's text in lower case, in token order.
pub fn lower_tokens<'t>(text: &'t str, tokens: &[Token]) -> Vec<Cow<'t, str>> {
    tokens.iter().map(|t| lower_case(t.text(text))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        let rules = RuleSet::builtin().unwrap();
        tokenize(text, Span::new(0, text.len()), &rules)
            .iter()
            .map(|t| t.text(text))
            .collect()
    }

    #[test]
    fn a_plurals_possessive_keeps_its_apostrophe_outside_single_quotes() {
        assert_eq!(
            words("The nurses’ union and the Jones' lawyer met."),
            [
                "The",
                "nurses’",
                "union",
                "and",
                "the",
                "Jones'",
                "lawyer",
                "met",
                "."
            ]
        );
        // The same apostrophe closes a single quotation.
        assert_eq!(
            words("a ‘sanctuary cities’ policy and an 'open doors' plan"),
            [
                "a",
                "‘",
                "sanctuary",
                "cities",
                "’",
                "policy",
                "and",
                "an",
                "'",
                "open",
                "doors",
                "'",
                "plan"
            ]
        );
    }

    #[test]
    fn news_words_stay_whole() {
        assert_eq!(
            words("The U.S.-backed group's cease-fire, we've heard, Assad’s men."),
            [
                "The",
                "U.S.-backed",
                "group's",
                "cease-fire",
                ",",
                "we've",
                "heard",
                ",",
                "Assad’s",
                "men",
                "."
            ]
        );
    }

    #[test]
    fn numbers_keep_thousands_and_decimals() {
        assert_eq!(
            words("nearly 100,000 fled; 5.4 per cent, 1, 2 and 17-nation"),
            [
                "nearly",
                "100,000",
                "fled",
                ";",
                "5.4",
                "per",
                "cent",
                ",",
                "1",
                ",",
                "2",
                "and",
                "17-nation"
            ]
        );
    }

    #[test]
    fn byte_classes_are_those_of_chars() {
        assert!(BYTE_CLASS[128..].iter().all(|&c| c == NOT_ASCII));
        for b in 0u8..128 {
            let c = char::from(b);
            let class = BYTE_CLASS[usize::from(b)];
            assert_eq!(class == SPACE, c.is_whitespace(), "{b}");
            assert_eq!(class == ALNUM, c.is_alphanumeric(), "{b}");
        }
    }

    #[test]
    fn alphanumeric_is_chars_own_answer() {
        for c in (0..=0x10_ffff).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn any_white_space_parts_words_and_other_scripts_stay_whole() {
        assert_eq!(
            words("Erdoğan\tsaid\u{a0}“no”\r\nto\u{b}Zürich’s 2,500\u{2009}résumés…"),
            [
                "Erdoğan",
                "said",
                "“",
                "no",
                "”",
                "to",
                "Zürich’s",
                "2,500",
                "résumés",
                "…"
            ]
        );
    }

    #[test]
    fn abbreviations_and_initials_keep_their_dot() {
        assert_eq!(
            words("John F. Kerry met Gen. Smith on Feb. 12 in D.C. Then left."),
            [
                "John", "F.", "Kerry", "met", "Gen.", "Smith", "on", "Feb.", "12", "in", "D.C.",
                "Then", "left", "."
            ]
        );
    }
}
