//! The people an article names anywhere in its copy, not only where someone speaks: each
//! run of capitalised words read as a name ("Special Counsel Harold T. Vance III", "Mr.
//! Vance"), with the titles written with it — before the name, and in an apposition
//! ("Harold Vance, the special counsel," / "the special counsel, Harold Vance,"). The
//! resolver asks it for the one full name the article gives a bare surname that speaks, and
//! for the one person it gives a title a role noun names ("the special counsel").

use crate::rules::RuleSet;
use crate::words::{ends_in_possessive, fold, is_stop_word, without_possessive};

use super::names::{Mention, is_person_noun, name_parts, names_apart, parse, surname_of};

/// A name the copy writes, with what is written around it.
#[derive(Debug, Clone)]
pub(super) struct Named {
    /// The name without its title ("Harold T. Vance III", "Okafor").
    pub name: String,
    /// The title written before the name in its run, as written ("Israeli Prime Minister",
    /// "Special Counsel"; not an honorific alone, "Mr.").
    pub written_title: Option<String>,
    /// Each title held, as folded words, each marked when it is a qualifier that narrows the
    /// title without changing it ("Israeli" of "Israeli prime minister", "FBI" of "FBI
    /// director"): not a title word itself, written with a capital.
    titles: Vec<Vec<(String, bool)>>,
    /// The name parts ([`name_parts`]): two or more for a full name.
    parts: Vec<String>,
    /// The honorific written before the name, folded ("mr", "mrs", "ms", "miss"), if any.
    honorific: Option<&'static str>,
}

impl Named {
    /// A full name: a given name and a surname at least.
    fn full(&self) -> bool {
        self.parts.len() >= 2
    }

    /// Whether the name is a person's by what is written with it: a title or an honorific.
    fn titled(&self) -> bool {
        !self.titles.is_empty() || self.honorific.is_some()
    }

    /// Whether the name carries "Jr." or "Sr.": the father or the son may be meant by the
    /// surname alone.
    fn generational(&self) -> bool {
        self.name
            .split_whitespace()
            .any(|w| matches!(w.trim_end_matches([',', '.']), "Jr" | "Sr"))
    }
}

/// The names of one article, in text order.
#[derive(Debug, Clone, Default)]
pub(super) struct Roster {
    named: Vec<Named>,
}

/// Honorifics: they say a name is a person's and tell men from women, nothing more.
const HONORIFICS: [&str; 6] = ["mr", "mrs", "ms", "miss", "dr", "sir"];

/// Words that end a title set off in an apposition and open what is said of its holder:
/// "the special counsel investigating …", "the lawyer who …", "the ambassador to …".
const TITLE_ENDS: [&str; 14] = [
    "who", "that", "which", "in", "at", "on", "for", "with", "from", "to", "by", "since", "until",
    "and",
];

/// Most words of a title in an apposition ("the president's personal lawyer").
const MOST_TITLE_WORDS: usize = 5;

/// How far around a name an apposition is looked for, in bytes: a title of a few words
/// and its article; the copy beyond is never read, however long it runs without a stop.
const APPOSITION_BYTES: usize = 120;

/// The largest char boundary of `text` at or before `at`.
fn floor_char(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// One word of the copy: where its letters are, and whether punctuation before or after it
/// ends the run of a name.
struct Token<'t> {
    /// The word without the punctuation around it (a possessive left on).
    core: &'t str,
    /// Byte offsets of the whole word as written.
    start: usize,
    end: usize,
    /// An opening quotation mark or bracket before it.
    opens: bool,
    /// A comma, a full stop, a closing quotation mark or a possessive after it.
    closes: bool,
}

impl Roster {
    /// Reads the names of `text`.
    pub fn read(text: &str, rules: &RuleSet) -> Roster {
        let tokens = tokens(text, rules);
        let mut named = Vec::new();
        let mut at = 0;
        while at < tokens.len() {
            let Some(end) = run_end(&tokens, at, rules) else {
                at += 1;
                continue;
            };
            // The words of a name that opens a sentence follow its first word ("But
            // Vance", "The special counsel Harold Vance").
            let mut start = at;
            while start < end
                && crate::words::with_lower_case(tokens[start].core, |w| {
                    is_stop_word(w) && !rules.is_title(w)
                })
            {
                start += 1;
            }
            if start < end
                && let Some(found) = Self::named_in(text, &tokens, start, end, rules)
            {
                named.push(found);
            }
            at = end;
        }
        Roster { named }
    }

    /// The name of the run `tokens[start..end]`, when it reads as one, with its titles.
    fn named_in(
        text: &str,
        tokens: &[Token<'_>],
        start: usize,
        end: usize,
        rules: &RuleSet,
    ) -> Option<Named> {
        let words: Vec<&str> = tokens[start..end]
            .iter()
            .map(|t| without_possessive(t.core))
            .collect();
        if words.iter().any(|w| w.chars().any(|c| c.is_ascii_digit())) {
            return None;
        }
        let last = &tokens[end - 1];
        // "Harold Vance, the special counsel investigating …, said": after the name.
        let after = || {
            if text[last.start..last.end].ends_with(',') && !ends_in_possessive(last.core) {
                apposition_after(&text[last.end..], rules)
            } else {
                None
            }
        };
        // "the special counsel, Harold Vance, said": before it.
        let before_name = || apposition_before(&text[..tokens[start].start], rules);
        // A word alone is a name only with a title beside it: most runs of a text are one
        // capitalised word, and their titles are looked for before their name is parsed.
        let (title_after, title_before) = (after(), before_name());
        if words.len() == 1 && title_after.is_none() && title_before.is_none() {
            return None;
        }
        let run = words.join(" ");
        let Mention::Name { name, .. } = parse(&run, rules) else {
            return None;
        };
        // Where the name stands in the run: "Sen. Ruth A. Kolby of Vermont" names
        // him before the state he serves.
        let named: Vec<&str> = name.split_whitespace().collect();
        let before = words
            .windows(named.len().max(1))
            .position(|w| w == named.as_slice())
            .unwrap_or(words.len().saturating_sub(named.len()));
        // "Senior Investigative Correspondent Cynthia Ruiz": a noun for what a person does,
        // written with a capital, is the title's, not the name's.
        let cut = named[..named.len().saturating_sub(2)]
            .iter()
            .rposition(|w| is_person_noun(&w.to_lowercase()))
            .map_or(0, |at| at + 1);
        let name = named[cut..].join(" ");
        let before = before + cut;
        let parts = name_parts(&name, rules);
        if parts.is_empty() {
            return None;
        }
        let written = &words[..before.min(words.len())];
        let honorific = written.iter().rev().find_map(|w| {
            let folded = fold(w);
            HONORIFICS.iter().copied().find(|h| *h == folded)
        });
        let mut titles = Vec::new();
        let written_title = title_of(written, rules).map(|title| {
            titles.push(title);
            written.join(" ")
        });
        titles.extend(title_after);
        titles.extend(title_before);
        if parts.len() < 2 && titles.is_empty() && honorific.is_none() {
            return None;
        }
        Some(Named {
            name,
            written_title,
            titles,
            parts,
            honorific,
        })
    }

    /// The one full name the article gives `surname` (a name of one part, as a speaker
    /// writes it: "Vance", "Mr. Vance"), as first written with a title or an honorific:
    /// `None` when it names no one so, or two people who may carry it ("Bill Clinton" and
    /// "Hillary Clinton"; "President Trump" and "Melania Trump"; "Mr. Lee" and "Ms. Lee";
    /// "Donald Trump Jr.", whose father the surname may be).
    pub fn full_name(&self, surname: &str) -> Option<&Named> {
        let key = fold(surname);
        let carrying: Vec<&Named> = self
            .named
            .iter()
            .filter(|n| fold(surname_of(&n.name)) == key)
            .collect();
        let full: Vec<&Named> = carrying.iter().copied().filter(|n| n.full()).collect();
        let first = *full.first()?;
        if carrying.iter().any(|n| n.generational())
            || !full.iter().any(|n| n.titled())
            || full.iter().any(|n| names_apart(&n.parts, &first.parts))
        {
            return None;
        }
        // A surname alone with a title the full names never carry may be someone else of
        // that name ("President Trump" beside "first lady Melania Trump").
        let titles: Vec<&Vec<(String, bool)>> = full.iter().flat_map(|n| &n.titles).collect();
        let stranger = carrying
            .iter()
            .filter(|n| !n.full())
            .any(|n| n.titles.iter().any(|t| !titles.contains(&t)));
        let sexes: Vec<bool> = carrying
            .iter()
            .filter_map(|n| n.honorific)
            .filter_map(|h| match h {
                "mr" | "sir" => Some(true),
                "mrs" | "ms" | "miss" => Some(false),
                _ => None,
            })
            .collect();
        let both_sexes = sexes.iter().any(|&s| s) && sexes.iter().any(|&s| !s);
        if stranger || both_sexes {
            return None;
        }
        full.iter().copied().find(|n| n.titled())
    }

    /// The title the copy first writes before a full name of the person named `name`
    /// ("Danish Prime Minister" of "Danish Prime Minister Anna Holm" for
    /// "Anna Holm"; for "Holm" alone, only when the copy gives that surname
    /// one full name).
    pub fn title_for(&self, name: &str, rules: &RuleSet) -> Option<&str> {
        let written = name_parts(name, rules);
        let parts = if written.len() >= 2 {
            written.as_slice()
        } else {
            self.full_name(surname_of(name))?.parts.as_slice()
        };
        let key = fold(surname_of(name));
        self.named
            .iter()
            .filter(|n| {
                n.full() && fold(surname_of(&n.name)) == key && !names_apart(&n.parts, parts)
            })
            .find_map(|n| n.written_title.as_deref())
    }

    /// The one person the article gives the title `folded` (a definite role noun without its
    /// "the", folded as [`fold`] does: "special counsel", "president"): each name
    /// written with that title, or with it narrowed by a qualifier ("Israeli prime minister"
    /// for "prime minister"), is the same person, else `None` ("the president" in copy that
    /// names President Trump and Russian President Vladimir Putin). A title held "former",
    /// "vice" or "deputy" is another title.
    pub fn holder(&self, folded: &str, rules: &RuleSet) -> Option<&Named> {
        let wanted: Vec<&str> = folded.split_whitespace().collect();
        let last = wanted.last()?;
        if !(rules.is_title(last) || is_person_noun(last)) {
            return None;
        }
        let holders: Vec<&Named> = self
            .named
            .iter()
            .filter(|n| n.titles.iter().any(|t| title_fits(t, &wanted)))
            .collect();
        let first = *holders.first()?;
        let one = holders.iter().all(|n| {
            fold(surname_of(&n.name)) == fold(surname_of(&first.name))
                && !names_apart(&n.parts, &first.parts)
        });
        if !one {
            return None;
        }
        holders.iter().copied().max_by_key(|n| n.parts.len())
    }
}

/// Whether a title held (`title`, folded words with their qualifier marks) is the one
/// `wanted` names: it ends with the wanted words and anything before them is a qualifier.
fn title_fits(title: &[(String, bool)], wanted: &[&str]) -> bool {
    if title.len() < wanted.len() {
        return false;
    }
    let extra = title.len() - wanted.len();
    title[extra..]
        .iter()
        .zip(wanted)
        .all(|((word, _), w)| word == w)
        && title[..extra].iter().all(|(_, qualifier)| *qualifier)
}

/// The title of the words written before a name ("Israeli Prime Minister", "former FBI
/// Director"), as folded words with their qualifier marks, honorifics left out; `None` when
/// nothing but honorifics is written.
fn title_of(written: &[&str], rules: &RuleSet) -> Option<Vec<(String, bool)>> {
    let mut title = Vec::new();
    let mut head = false;
    for word in written {
        let folded = fold(word);
        if HONORIFICS.contains(&folded.as_str()) {
            continue;
        }
        // "Sen.", "Gov.": a title is known as written, with its full stop.
        head = rules.is_title(word) || is_person_noun(&folded);
        let qualifier = word.chars().next().is_some_and(char::is_uppercase)
            && !rules.is_title(word)
            && !is_person_noun(&folded);
        for part in folded.split_whitespace() {
            title.push((part.to_string(), qualifier));
        }
    }
    (head && !title.is_empty()).then_some(title)
}

/// The title in an apposition that follows a name and its comma: "the special counsel
/// investigating …," → special counsel. Only a definite title ("the …"), cut where what is
/// said of its holder begins, of a few words ending in a title or a noun for a person.
fn apposition_after(after: &str, rules: &RuleSet) -> Option<Vec<(String, bool)>> {
    let after = after
        .get(..floor_char(after, APPOSITION_BYTES))
        .unwrap_or("");
    let rest = after.trim_start();
    let rest = rest
        .strip_prefix("the ")
        .or_else(|| rest.strip_prefix("The "))?;
    let clause = rest
        .split([',', '.', ';', ':', ')', '(', '\n', '"', '“', '”'])
        .next()
        .unwrap_or("");
    let words: Vec<&str> = clause
        .split_whitespace()
        .take_while(|w| {
            let lower = w.to_lowercase();
            // "investigating", "leading": what the holder does, after the title.
            let doing = lower.len() > 4 && lower.ends_with("ing");
            !(TITLE_ENDS.contains(&lower.as_str()) || doing)
        })
        .collect();
    if words.is_empty() || words.len() > MOST_TITLE_WORDS {
        return None;
    }
    title_of(&words, rules)
}

/// The title in an apposition before a name: "…, the special counsel, Harold Vance" or
/// "The president's lawyer, Rudy Giuliani": the definite phrase between the last stop and
/// the comma right before the name.
fn apposition_before(before: &str, rules: &RuleSet) -> Option<Vec<(String, bool)>> {
    let before = before.trim_end().strip_suffix(',')?;
    let before = before
        .get(floor_char(before, before.len().saturating_sub(APPOSITION_BYTES))..)
        .unwrap_or("");
    let from = before
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, ',' | '.' | ';' | ':' | '(' | '\n' | '"' | '“' | '”'))
        .map_or(0, |(at, c)| at + c.len_utf8());
    let phrase = before[from..].trim();
    let rest = phrase
        .strip_prefix("the ")
        .or_else(|| phrase.strip_prefix("The "))?;
    let words: Vec<&str> = rest.split_whitespace().collect();
    if words.is_empty() || words.len() > MOST_TITLE_WORDS {
        return None;
    }
    // A title in small letters: "the Times, Vance …" names an outlet, no title.
    if words
        .last()
        .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
    {
        return None;
    }
    title_of(&words, rules)
}

/// The words of `text` with their offsets and the punctuation that bounds a name's run.
fn tokens<'t>(text: &'t str, rules: &RuleSet) -> Vec<Token<'t>> {
    let base = text.as_ptr() as usize;
    text.split_whitespace()
        .filter_map(|word| {
            let start = word.as_ptr() as usize - base;
            let end = start + word.len();
            let opening = |c: char| matches!(c, '"' | '“' | '‘' | '\'' | '(' | '[');
            let opened = word.trim_start_matches(opening);
            let opens = opened.len() < word.len();
            let mut core = opened.trim_end_matches(|c: char| {
                matches!(
                    c,
                    '"' | '”' | '’' | '\'' | ',' | ';' | ':' | ')' | ']' | '?' | '!'
                )
            });
            let mut closes = core.len() < opened.len();
            if let Some(bare) = core.strip_suffix('.') {
                // "S.", "Mr.", "Gen.", "U.S.": a full stop that ends no name.
                let kept = bare.chars().count() == 1
                    || rules.is_title(core)
                    || rules.is_abbreviation(core)
                    || matches!(bare, "Jr" | "Sr");
                if !kept {
                    core = bare;
                    closes = true;
                }
            }
            if ends_in_possessive(core) {
                closes = true;
            }
            (!core.is_empty()).then_some(Token {
                core,
                start,
                end,
                opens,
                closes,
            })
        })
        .collect()
}

/// Whether a word may stand in the run of a name: written with a capital, a title in small
/// letters ("former", "special counsel"), or a particle or linking word before a capital
/// ("al-", "bin", "of" in "Secretary of State").
fn name_word(tokens: &[Token<'_>], at: usize, rules: &RuleSet) -> bool {
    let core = tokens[at].core;
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    if capital(core) || rules.is_title(core) {
        return true;
    }
    let links = matches!(
        core,
        "of" | "to"
            | "for"
            | "bin"
            | "ibn"
            | "de"
            | "van"
            | "von"
            | "da"
            | "du"
            | "der"
            | "la"
            | "le"
    ) || core.starts_with("al-")
        || core.starts_with("el-");
    links
        && !tokens[at].closes
        && tokens
            .get(at + 1)
            .is_some_and(|next| !next.opens && capital(next.core))
}

/// The end (exclusive) of the run of a name that starts at `at`, when one does: words that
/// may stand in a name, with no punctuation between them, ending on a capital.
fn run_end(tokens: &[Token<'_>], at: usize, rules: &RuleSet) -> Option<usize> {
    if !name_word(tokens, at, rules) {
        return None;
    }
    let mut end = at + 1;
    while end < tokens.len()
        && !tokens[end - 1].closes
        && !tokens[end].opens
        && name_word(tokens, end, rules)
    {
        end += 1;
    }
    let capital = |t: &Token<'_>| t.core.chars().next().is_some_and(char::is_uppercase);
    let mut last = end;
    while last > at && !capital(&tokens[last - 1]) {
        last -= 1;
    }
    (last > at).then_some(last)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> RuleSet {
        RuleSet::builtin().unwrap()
    }

    fn full_name(text: &str, surname: &str) -> Option<String> {
        let rules = rules();
        Roster::read(text, &rules)
            .full_name(surname)
            .map(|n| n.name.clone())
    }

    /// The one holder of a title written as a speaker writes it ("the special counsel").
    fn holder(text: &str, title: &str) -> Option<String> {
        let rules = rules();
        let folded = fold(title);
        let bare = folded.strip_prefix("the ").unwrap_or(&folded);
        Roster::read(text, &rules)
            .holder(bare, &rules)
            .map(|n| n.name.clone())
    }

    #[test]
    fn a_surname_takes_the_one_titled_full_name_written_anywhere() {
        let text = "The inquiry led by Special Counsel Erik Lindqvist widened on Monday. \
                    Lindqvist declined to comment.";
        assert_eq!(
            full_name(text, "Lindqvist").as_deref(),
            Some("Erik Lindqvist")
        );
        // An apposition titles a name as well as a title before it.
        let text = "Erik Lindqvist, the special counsel, met the panel.";
        assert_eq!(
            full_name(text, "Lindqvist").as_deref(),
            Some("Erik Lindqvist")
        );
    }

    #[test]
    fn a_surname_two_people_carry_takes_neither() {
        let text = "Former Governor Anne Okafor and her brother, Mayor Chidi Okafor, spoke.";
        assert_eq!(full_name(text, "Okafor"), None);
        // A father and his son of one name.
        let text = "Mayor Tom Reyes Jr. met Tom Reyes, the former mayor, on Friday.";
        assert_eq!(full_name(text, "Reyes"), None);
        // Mr. and Ms. of one surname are two people.
        let text = "Senator Paula Brandt spoke. Mr. Brandt said nothing; Ms. Brandt left.";
        assert_eq!(full_name(text, "Brandt"), None);
        // The President of one name beside the first lady of that name.
        let text = "President Vance greeted first lady Marie Vance at the door.";
        assert_eq!(full_name(text, "Vance"), None);
    }

    #[test]
    fn the_name_is_read_inside_its_run_and_without_the_job_before_it() {
        let text = "He met resistance from Sen. Edward M. Kolby of Vermont. Kolby won.";
        assert_eq!(full_name(text, "Kolby").as_deref(), Some("Edward M. Kolby"));
        let text = "Speaking to Harbor TV Senior Investigative Correspondent Cynthia Marlowe, \
                    he paused.";
        assert_eq!(
            full_name(text, "Marlowe").as_deref(),
            Some("Cynthia Marlowe")
        );
    }

    #[test]
    fn a_place_named_like_a_person_lends_no_name() {
        // "South Sudan" is no person: no title or honorific is ever written with it.
        let text = "Talks in South Sudan resumed. Sudan said the border was open.";
        assert_eq!(full_name(text, "Sudan"), None);
    }

    #[test]
    fn a_title_names_its_one_holder() {
        let text = "Robert Lindqvist, the special counsel investigating the deal, wrote to the \
                    panel. The special counsel declined to comment.";
        assert_eq!(
            holder(text, "the special counsel").as_deref(),
            Some("Robert Lindqvist")
        );
        let text = "The president's lawyer, Dana Whitcombe, said the talks were over.";
        assert_eq!(
            holder(text, "the president's lawyer").as_deref(),
            Some("Dana Whitcombe")
        );
        // A qualifier narrows a title without changing it.
        let text = "Israeli Prime Minister Yael Dror spoke in Paris.";
        assert_eq!(
            holder(text, "the prime minister").as_deref(),
            Some("Yael Dror")
        );
    }

    #[test]
    fn curly_quotes_and_accents_around_a_name_are_read_whole() {
        let text = "“We will go on,” said the mayor. “Next week,” the special envoy, \
                    José Núñez Ortíz, told reporters. Núñez Ortíz wrote later.";
        assert_eq!(
            holder(text, "the special envoy").as_deref(),
            Some("José Núñez Ortíz")
        );
        assert_eq!(
            full_name(text, "Ortíz").as_deref(),
            Some("José Núñez Ortíz")
        );
    }

    #[test]
    fn a_title_two_people_hold_names_no_one() {
        let text = "President Ana Ruiz met Russian President Pavel Orlov in Vienna.";
        assert_eq!(holder(text, "the president"), None);
        // Vice, former and deputy make other titles.
        let text = "President Ana Ruiz and Vice President Tom Hale met former President \
                    Lee Park.";
        assert_eq!(holder(text, "the president").as_deref(), Some("Ana Ruiz"));
        let text = "Vice President Tom Hale spoke.";
        assert_eq!(holder(text, "the president"), None);
        // "the Times, …" names an outlet before a name, no title.
        let text = "In an interview with the Times, Mayor Ines Ortega said so.";
        assert_eq!(holder(text, "the times"), None);
    }
}
