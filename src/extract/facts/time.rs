//! When a fact holds: the day or period its clause names, and whether that puts it in
//! another, earlier event ("in December 2003", "three decades ago", "the previous quake") —
//! background never meets the story's own figures.

use crate::date::{Date, month_from_name};
use crate::extract::dates;
use crate::extract::english::{is_determiner, is_time_word};
use crate::extract::fact::Period;
use crate::extract::numbers::{ranks_an_event, small_number};

use super::{FactReader, View};

/// A time named in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct When {
    /// The first token of the words naming it.
    pub(crate) token: usize,
    /// The day, when the words name one and the article's date resolves it.
    pub(crate) day: Option<Date>,
    /// The frame's time: a day ("2016-02-21"), a month ("2005-02") or a year ("2003").
    pub(crate) time: Option<String>,
    /// Another, earlier event or period than the story's.
    pub(crate) background: bool,
    /// The year or month named, when the words name no day.
    pub(crate) period: Option<Period>,
    /// A year that qualifies a noun ("the 2016 election"): the time of a figure only when
    /// it opens the figure's clause ("the 2005 Zarand quake killed 612").
    pub(crate) modifier: bool,
}

/// Days before the article's date after which a named day is another event's.
const BACKGROUND_DAYS: i64 = 7;

/// Tokens from a figure within which a named day is the figure's day.
const DAY_REACH: usize = 8;

/// Every time named in the sentence, in text order: the days, and with `periods` the years,
/// months and background cues too (a sentence without figures needs only its days, for
/// the days of events).
pub(super) fn in_sentence(reader: &FactReader, view: &View<'_>, periods: bool) -> Vec<When> {
    let article_date = view.article.date;
    let mut out: Vec<When> = dates::read_lower(
        view.text,
        view.tokens,
        view.lower,
        view.sentence,
        article_date,
    )
    .into_iter()
    .map(|d| {
        let background = match (d.date, article_date) {
            (Some(day), Some(today)) => today.to_days() - day.to_days() > BACKGROUND_DAYS,
            _ => false,
        };
        When {
            token: view.token_at(d.span.start),
            day: d.date,
            time: d.date.map(|day| day.to_string()),
            background,
            period: None,
            modifier: false,
        }
    })
    .collect();
    if !periods {
        return out;
    }
    let taken = |out: &[When], i: usize| out.iter().any(|w| w.token == i);
    for i in 0..view.tokens.len() {
        let word = view.low(i);
        // A year: "in 2003", "December 2003", "the 2005 Zarand quake".
        if let Some(year) = year_of(word) {
            let month = i
                .checked_sub(1)
                .filter(|&m| view.capital(m))
                .and_then(|m| month_from_name(view.tok(m)));
            // "put up in 1974", "which dates from 1974": when the thing came about, no
            // time of the sentence's figures.
            if origin_before(reader, view, i) {
                continue;
            }
            // A full date ("Dec. 15, 2015") was read above with its year.
            if out
                .iter()
                .any(|w| w.token < i && i <= w.token + 3 && w.day.is_some())
            {
                continue;
            }
            let period = Period {
                year: Some(year),
                month,
            };
            let modifier = month.is_none()
                && matches!(view.low(i.wrapping_sub(1)), "the" | "a" | "its" | "their")
                && view.tokens.get(i + 1).is_some_and(|t| t.is_word());
            out.push(When {
                token: month.map_or(i, |_| i - 1),
                day: None,
                time: period.time(article_date),
                background: article_date.is_some_and(|d| period.before(d)),
                period: Some(period),
                modifier,
            });
            continue;
        }
        // A month on its own: "in February", "last October".
        if may_name_month(word)
            && view.capital(i)
            && !taken(&out, i)
            && let Some(month) = month_from_name(view.tok(i))
            && (word != "may" || matches!(view.low(i.wrapping_sub(1)), "in" | "since" | "last"))
            && !view
                .lower
                .get(i + 1)
                .is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit()))
        {
            // "between February and December 2017": the year of the range's end is its
            // start's too.
            let year = matches!(view.low(i + 1), "and" | "to" | "through" | "until" | "-")
                .then(|| view.tok(i + 2))
                .filter(|next| view.capital(i + 2) && month_from_name(next).is_some())
                .and_then(|_| year_of(view.low(i + 3)));
            let period = Period {
                year,
                month: Some(month),
            };
            out.push(When {
                token: i,
                day: None,
                time: period.time(article_date),
                background: article_date.is_some_and(|d| period.before(d))
                    || view.low(i.wrapping_sub(1)) == "last",
                period: Some(period),
                modifier: false,
            });
            continue;
        }
        // "last year", "two years ago", "the previous quake": the rules' background cues.
        if reader
            .background
            .at(view.lower, i, view.lower.len())
            .is_some()
        {
            let period = last_period(view, i);
            out.push(When {
                token: i,
                day: None,
                time: period.and_then(|p| p.time(article_date)),
                background: true,
                period,
                modifier: false,
            });
        }
    }
    out.sort_by_key(|w| w.token);
    out
}

/// Whether the year at token `year` follows words of the rules' `origins` ("built in",
/// "dates from"): the year a thing came about.
fn origin_before(reader: &FactReader, view: &View<'_>, year: usize) -> bool {
    origin_start(reader, view, year).is_some()
}

/// The token the rules' `origins` words before the year at token `year` start at ("opened"
/// of "opened in 1994").
pub(super) fn origin_start(reader: &FactReader, view: &View<'_>, year: usize) -> Option<usize> {
    (1..=3).find_map(|n| {
        let start = year.checked_sub(n)?;
        reader
            .origins
            .at(view.lower, start, year)
            .is_some_and(|(words, _)| words.len() == n)
            .then_some(start)
    })
}

/// Whether a word in lower case opens with a letter some month's name or abbreviation opens
/// with, so that most words are turned away before they are read as a month. The word's
/// first letter as written lowers to the same ASCII letter, or to none (only the Kelvin sign
/// lowers to an ASCII "k", which opens no month).
fn may_name_month(lower: &str) -> bool {
    matches!(
        lower.as_bytes().first(),
        Some(b'j' | b'f' | b'm' | b'a' | b's' | b'o' | b'n' | b'd')
    )
}

/// A year written in figures ("2017"), within the years news copy names.
pub(super) fn year_of(word: &str) -> Option<i32> {
    (word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| word.parse::<i32>().ok())
        .flatten()
        .filter(|y| (1900..=2100).contains(y))
}

/// "last year" or "last month" at token `i`, as the calendar year or month before the
/// article's date; not "the last year" (the twelve months up to it). The month meets
/// another outlet's "in April" of the same earlier event; "last year's budget" is of the
/// year before too.
fn last_period(view: &View<'_>, i: usize) -> Option<Period> {
    let today = view.article.date?;
    if view.low(i) != "last" || (i > 0 && view.low(i - 1) == "the") {
        return None;
    }
    match crate::words::without_possessive(view.low(i + 1)) {
        "year" => Some(Period {
            year: Some(today.year - 1),
            month: None,
        }),
        "month" => {
            // The last day of the month before.
            let before = today.add_days(-i64::from(today.day));
            Some(Period {
                year: Some(before.year),
                month: Some(before.month),
            })
        }
        _ => None,
    }
}

/// The time of the clause `[start, end)` holding a figure at token `at`: the one named in
/// the clause nearest the figure; else a background named earlier in the sentence, which
/// goes on into the clauses after it ("A quake killed 31,000 in Bam in 2003, and Zarand,
/// 600 miles from Tehran, was hit in February" — both are background), but not from inside
/// a relative clause closed before the figure's ("The zoo, which opened in 1934, keeps six
/// snow leopards": the year is the opening's).
pub(super) fn for_clause(
    whens: &[When],
    lower: &[&str],
    clause: (usize, usize),
    at: usize,
) -> Option<When> {
    // A day belongs to the words around it; a year or a background cue to the clause.
    // "the 2016 election" names the time of the clause only as its subject.
    let whens: Vec<&When> = whens
        .iter()
        .filter(|w| !w.modifier || w.token <= clause.0 + 2)
        .collect();
    let inside = whens
        .iter()
        .copied()
        .filter(|w| (clause.0..clause.1).contains(&w.token))
        .filter(|w| w.day.is_none() || w.background || w.token.abs_diff(at) <= DAY_REACH)
        .min_by_key(|w| w.token.abs_diff(at));
    if let Some(w) = inside {
        return Some(w.clone());
    }
    let relative = clause
        .0
        .checked_sub(1)
        .filter(|&c| lower.get(c) == Some(&","))
        .and_then(|c| {
            let open = lower[..c].iter().rposition(|w| *w == ",")?;
            matches!(lower.get(open + 1), Some(&("who" | "which" | "whose"))).then_some(open)
        });
    whens
        .iter()
        .rfind(|w| {
            w.token < clause.0 && w.background && relative.is_none_or(|open| w.token <= open)
        })
        .map(|w| (*w).clone())
}

/// The time at token `at` is where a span running to now begins: "since 2019", "since
/// setting up the company in 2019" ("since" within a few words before it, in one phrase).
pub(super) fn opens_span_to_now(view: &View<'_>, at: usize) -> bool {
    (at.saturating_sub(8)..at)
        .rev()
        .take_while(|&i| !matches!(view.low(i), "," | ";" | "and" | "but"))
        .any(|i| view.low(i) == "since")
}

/// The span the rank at token `rank` counts its events over, written after it in its
/// clause (tokens `[from, end)`): "its second accident since 2020" → "since 2020"; "the third deadly crush
/// at the ground in a decade", "in seven years", "in the past five years" → "in 10 years",
/// "in 7 years", "in 5 years". The year after "since" opens the span, no earlier event's
/// time. `None` when none is written: the story's own run ("the third attack this year").
pub(super) fn series_span(view: &View<'_>, rank: usize, from: usize, end: usize) -> Option<String> {
    (from..end).find_map(|i| match view.low(i) {
        "since" => {
            let month = view.capital(i + 1) && month_from_name(view.tok(i + 1)).is_some();
            let at = if month { i + 2 } else { i + 1 };
            year_of(view.low(at)).map(|year| format!("since {year}"))
        }
        "in" | "within" | "over" => {
            let mut k = i + 1;
            let past = view.low(k) == "the" && matches!(view.low(k + 1), "past" | "last");
            if past {
                k += 2;
            }
            // "the club marks its 50th anniversary in three years" is a time ahead: a bare
            // "in" spans a series only after a rank a copula or a comma sets on the event
            // ("It was the second breach in three years").
            if !past && !ranks_an_event(view.lower, rank) {
                return None;
            }
            // "in the past decade": one decade.
            let (count, unit) = match view.low(k) {
                "decade" | "year" => (1.0, view.low(k)),
                "a" | "an" => (1.0, view.low(k + 1)),
                w => (
                    w.parse::<f64>().ok().or_else(|| small_number(w))?,
                    view.low(k + 1),
                ),
            };
            let years = match unit {
                "year" | "years" => count,
                "decade" | "decades" => count * 10.0,
                _ => return None,
            };
            Some(format!("in {years} years"))
        }
        _ => None,
    })
}

/// The sentence opens with a pronoun that points back ("It killed 612 people").
pub(super) fn opens_with_pronoun(view: &View<'_>) -> bool {
    matches!(
        view.low(0),
        "it" | "they" | "its" | "their" | "this" | "that"
    )
}

/// Words in the clause that weaken its figures ("reportedly", "may have been").
pub(super) fn hedged(view: &View<'_>, clause: (usize, usize)) -> bool {
    // "In May" is a month, not a hedge.
    (clause.0..clause.1).any(|i| {
        view.tok(i) != "May"
            && matches!(
                view.low(i),
                "reportedly"
                    | "allegedly"
                    | "may"
                    | "might"
                    | "could"
                    | "possibly"
                    | "perhaps"
                    | "unconfirmed"
                    | "purportedly"
                    | "apparently"
            )
    })
}

/// A moment of the day named in a clause: its tokens `[start, end)` and its name.
pub(crate) struct Moment {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) name: String,
}

/// The moment of the day the clause `[start, end)` gives its figures for ("closed down 3.9
/// percent" → "at the close"): the first of the rules' moment phrases in it.
pub(super) fn moment(
    reader: &FactReader,
    view: &View<'_>,
    (start, end): (usize, usize),
) -> Option<Moment> {
    (start..end).find_map(|i| {
        reader
            .moments
            .at(view.lower, i, end)
            .filter(|(words, _)| {
                let of_a_thing = words.last().is_some_and(|w| {
                    matches!(w.as_str(), "closed" | "opened" | "close" | "opening")
                }) && closes_a_thing(view, i + words.len());
                let bare = matches!(words, [w] if matches!(w.as_str(), "closed" | "opened"));
                !of_a_thing && (!bare || moves(view, i + 1))
            })
            .map(|(words, name)| Moment {
                start: i,
                end: i + words.len(),
                name: name.clone(),
            })
    })
}

/// The word at token `at`, after a bare "closed" or "opened", tells a price's move or level
/// ("closed down 3.9 percent", "opened higher", "closed at 1,204 points", "closed the day 2
/// percent lower"): a market's close or opening. A place or a thing closed for a while
/// ("will stay closed for two weeks", "closed until Monday", "were closed on Wednesday")
/// is no moment of trading.
fn moves(view: &View<'_>, at: usize) -> bool {
    let word = view.low(at);
    word.starts_with(|c: char| c.is_ascii_digit())
        || matches!(
            word,
            "down"
                | "up"
                | "higher"
                | "lower"
                | "flat"
                | "unchanged"
                | "at"
                | "off"
                | "slightly"
                | "sharply"
                | "nearly"
                | "almost"
                | "just"
                | "marginally"
                | "mixed"
                | "the"
                | "its"
                | "their"
        )
}

/// The words from token `after`, past a moment's word of closing or opening, name a thing
/// that was opened or closed, not a period of trading: "closed its runway", "at the opening of the festival" — against "closed the
/// day 2 percent lower", "at the close of trading", "closed down 3.9 percent".
fn closes_a_thing(view: &View<'_>, after: usize) -> bool {
    let at = if view.low(after) == "of" {
        after + 1
    } else {
        after
    };
    let next = view.low(at + 1);
    is_determiner(view.low(at))
        && !next.is_empty()
        && !is_time_word(next)
        && !matches!(next, "day" | "session" | "trading" | "quarter" | "market")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_month_name_opens_with_a_letter_the_gate_lets_through() {
        for name in [
            "January",
            "Jan.",
            "February",
            "Feb",
            "March",
            "Mar.",
            "April",
            "Apr",
            "May",
            "June",
            "Jun",
            "July",
            "Jul.",
            "August",
            "Aug",
            "September",
            "Sept.",
            "Sep",
            "October",
            "Oct.",
            "November",
            "Nov",
            "December",
            "DEC.",
        ] {
            assert!(month_from_name(name).is_some(), "{name}");
            assert!(may_name_month(&name.to_lowercase()), "{name}");
        }
        for word in ["the", "Tuesday", "Kelvin", "\u{212a}", "Élysée", "2017", ""] {
            assert!(!may_name_month(&word.to_lowercase()), "{word}");
            assert!(month_from_name(word).is_none(), "{word}");
        }
    }
}
