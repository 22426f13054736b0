//! Days named in a claim, resolved against the article's date: "Sunday" in a story dated
//! Sunday 2016-02-21 is that day; "Saturday" the day before; "Feb. 12" is 2016-02-12.

use crate::article::Span;
use crate::date::{Date, Weekday, month_from_name};
use crate::text::Token;

use super::claim::DateMention;

/// Every day named inside `within`.
pub fn read(
    text: &str,
    tokens: &[Token],
    within: Span,
    article_date: Option<Date>,
) -> Vec<DateMention> {
    let lower = crate::text::lower_tokens(text, tokens);
    let lower: Vec<&str> = lower.iter().map(|w| w.as_ref()).collect();
    read_lower(text, tokens, &lower, within, article_date)
}

/// [`read`] with the tokens already in lower case (`lower[i]` is token `i`'s text).
pub fn read_lower(
    text: &str,
    tokens: &[Token],
    lower: &[&str],
    within: Span,
    article_date: Option<Date>,
) -> Vec<DateMention> {
    let mut out = Vec::new();
    // The tokens inside `within` are a run: tokens follow each other without overlapping.
    let mut i = tokens.partition_point(|t| t.span.start < within.start);
    let past = tokens.partition_point(|t| t.span.end <= within.end);
    let within_first = i;
    while i < past {
        // Only a name, a figure or a word of relative time (all of which open with "t", "y"
        // or "l") starts a date. A capitalised word is read only as a day or month name, so
        // one that opens with a letter none does is passed over before its case is asked.
        let first = lower[i].as_bytes().first().copied().unwrap_or(0);
        let capital = may_name_day_or_month(first) && tokens[i].is_capitalized(text);
        let may_start = capital
            || first.is_ascii_digit()
            || matches!(first, b't' | b'y' | b'l')
                && matches!(
                    lower[i],
                    "today" | "tonight" | "this" | "yesterday" | "last" | "tomorrow"
                );
        if !may_start {
            i += 1;
            continue;
        }
        let word = tokens[i].text(text);
        let mut found: Option<(usize, Option<Date>)> = None;
        // "December 14", "Dec. 15, 2015": a month's name and a day, with its year.
        let month_day = |m: usize| {
            let name = tokens.get(m)?.text(text);
            let month = month_from_name(name)
                .filter(|_| tokens[m].is_capitalized(text))
                .filter(|_| name != "May" || is_day(lower.get(m + 1)))?;
            let day = lower.get(m + 1).and_then(|d| day_of(d))?;
            Some(match year_after(lower, m + 2) {
                Some((y, e)) => (e, Date::new(y, month, day)),
                None => (
                    m + 2,
                    this_or_next(lower, within_first, m, article_date, month, day),
                ),
            })
        };
        if capital {
            if let Some(weekday) =
                Weekday::from_name(word).filter(|_| !word.ends_with('.') || word.len() > 4)
            {
                if word.len() > 3 {
                    // "Monday, December 14": the date names the day, the weekday with it.
                    found = (lower.get(i + 1) == Some(&","))
                        .then(|| month_day(i + 2))
                        .flatten()
                        .or(Some((i + 1, article_date.map(|d| d.last_weekday(weekday)))));
                }
            } else {
                found = month_day(i);
            }
        }
        // "13 July", "13th July", "the 13th of July": a day of the month opens with a
        // digit; other words are not parsed.
        let month_at = match lower.get(i + 1) {
            Some(&"of") if lower[i].ends_with(|c: char| c.is_ascii_alphabetic()) => i + 2,
            _ => i + 1,
        };
        if found.is_none()
            && first.is_ascii_digit()
            && let Some(day) = day_of(lower[i])
            && let Some(month) = lower
                .get(month_at)
                .and_then(|m| month_from_name(m))
                .filter(|_| tokens.get(month_at).is_some_and(|t| t.is_capitalized(text)))
        {
            let (date, end) = match lower
                .get(month_at + 1)
                .and_then(|y| y.parse::<i32>().ok())
                .filter(|y| (1900..=2100).contains(y))
            {
                Some(y) => (Date::new(y, month, day), month_at + 2),
                None => (
                    this_or_next(lower, within_first, i, article_date, month, day),
                    month_at + 1,
                ),
            };
            found = Some((end, date));
        }
        if found.is_none() {
            let next = lower.get(i + 1).copied();
            let relative = match (lower[i], next) {
                ("today" | "tonight", _) => Some((i + 1, 0)),
                ("this", Some("morning" | "afternoon" | "evening")) => Some((i + 2, 0)),
                ("yesterday", _) => Some((i + 1, -1)),
                ("last", Some("night")) => Some((i + 2, -1)),
                ("tomorrow", _) => Some((i + 1, 1)),
                _ => None,
            };
            if let Some((end, offset)) = relative {
                found = Some((end, article_date.map(|d| d.add_days(offset))));
            }
        }
        match found {
            Some((end, date)) => {
                let span = Span::new(tokens[i].span.start, tokens[end - 1].span.end);
                out.push(DateMention {
                    text: span.of(text).to_string(),
                    span,
                    date,
                });
                i = end;
            }
            None => i += 1,
        }
    }
    out
}

/// Words before a day that put it ahead of the report: "will rise on January 1", "from
/// February 1", "is due to open on March 3".
fn looks_ahead(word: &str) -> bool {
    matches!(
        word,
        "will"
            | "from"
            | "until"
            | "till"
            | "starting"
            | "due"
            | "effective"
            | "next"
            | "scheduled"
    )
}

/// The day `month`/`day` written without a year (at token `at`, in a sentence whose tokens
/// start at `first`, looked back on within its sentence): of the report's year, or of the next when it would fall more than
/// half a year before the report and the words before it look ahead ("will rise on January
/// 1" in copy of December is next January's; "on January 5" told in the past is this
/// year's).
fn this_or_next(
    lower: &[&str],
    first: usize,
    at: usize,
    article_date: Option<Date>,
    month: u8,
    day: u8,
) -> Option<Date> {
    let today = article_date?;
    let date = Date::new(today.year, month, day)?;
    let long_before = today.to_days() - date.to_days() > HALF_YEAR_DAYS;
    let ahead = lower[first.max(at.saturating_sub(LOOK_BACK))..at]
        .iter()
        .rev()
        .take_while(|w| !matches!(**w, "." | ";"))
        .any(|w| looks_ahead(w));
    if long_before && ahead {
        return Date::new(today.year + 1, month, day).or(Some(date));
    }
    Some(date)
}

/// Tokens before a day within which a word may look ahead to it.
const LOOK_BACK: usize = 12;

/// Days within which a day written without a year is taken to be of the report's year.
const HALF_YEAR_DAYS: i64 = 183;

/// Whether a word whose lower case opens with byte `first` may be a day or month name (or
/// abbreviation): "monday" … "sunday", "january" … "december".
fn may_name_day_or_month(first: u8) -> bool {
    matches!(
        first,
        b'm' | b't' | b'w' | b'f' | b's' | b'j' | b'a' | b'o' | b'n' | b'd'
    )
}

fn is_day(word: Option<&&str>) -> bool {
    word.is_some_and(|w| day_of(w).is_some())
}

/// The day of the month a word gives, as a figure or an ordinal: "13", "13th", "1st",
/// "22nd", "3rd" (lower case).
pub fn day_of(word: &str) -> Option<u8> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &word[digits.len()..];
    let ordinal = match digits.as_bytes() {
        [.., b'1', b'1' | b'2' | b'3'] => "th",
        [.., b'1'] => "st",
        [.., b'2'] => "nd",
        [.., b'3'] => "rd",
        _ => "th",
    };
    let day: u8 = digits.parse().ok()?;
    ((1..=31).contains(&day) && (suffix.is_empty() || suffix == ordinal)).then_some(day)
}

fn year_after(lower: &[&str], i: usize) -> Option<(i32, usize)> {
    let at = if lower.get(i).copied() == Some(",") {
        i + 1
    } else {
        i
    };
    let year: i32 = lower.get(at)?.parse().ok()?;
    (1900..=2100).contains(&year).then_some((year, at + 1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::RuleSet;
    use crate::text::tokenize;

    fn read_on(s: &str, date: &str) -> Vec<(String, Option<String>)> {
        let rules = RuleSet::builtin().unwrap();
        let tokens = tokenize(s, Span::new(0, s.len()), &rules);
        read(s, &tokens, Span::new(0, s.len()), Date::parse(date))
            .into_iter()
            .map(|d| (d.text, d.date.map(|d| d.to_string())))
            .collect()
    }

    #[test]
    fn weekdays_resolve_to_the_most_recent_such_day() {
        let got = read_on("Kerry said Sunday that Assad spoke Saturday", "2016-02-21");
        assert_eq!(got[0].1.as_deref(), Some("2016-02-21"));
        assert_eq!(got[1].1.as_deref(), Some("2016-02-20"));
        let got = read_on("Kerry said Friday", "2016-02-12");
        assert_eq!(got[0].1.as_deref(), Some("2016-02-12"));
    }

    #[test]
    fn a_weekday_with_its_date_is_that_date() {
        // "from Monday, March 7": the date says which Monday, ahead of the copy.
        let got = read_on(
            "The rules apply from Monday, March 7, officials said",
            "2016-02-21",
        );
        assert_eq!(
            got,
            [(
                "Monday, March 7".to_string(),
                Some("2016-03-07".to_string())
            )]
        );
        let got = read_on("Kerry spoke on Monday, and Assad on Feb. 18", "2016-02-21");
        assert_eq!(got[0].1.as_deref(), Some("2016-02-15"));
    }

    #[test]
    fn month_and_day_take_the_article_year_unless_given() {
        let got = read_on(
            "a Feb. 12 agreement; delayed until February 25; Dec. 15, 2015",
            "2016-02-21",
        );
        let dates: Vec<_> = got.iter().map(|d| d.1.clone().unwrap()).collect();
        assert_eq!(dates, ["2016-02-12", "2016-02-25", "2015-12-15"]);
    }

    #[test]
    fn a_day_ahead_without_a_year_may_be_of_the_next_year() {
        // Copy of December on a change "from February 1" or one that "will" come "on
        // January 1" speaks of the coming year; a day told in the past is this year's.
        let got = read_on(
            "The fare will rise on January 1. Drivers pay more from February 1. \
             The bridge shut on January 5.",
            "2026-12-04",
        );
        let dates: Vec<_> = got.iter().map(|d| d.1.clone().unwrap()).collect();
        assert_eq!(dates, ["2027-01-01", "2027-02-01", "2026-01-05"]);
    }

    #[test]
    fn ordinal_days_name_a_date_either_way_round() {
        let got = read_on(
            "will arrive on the 13th of July, leave on July 15th and return on 2nd August",
            "2026-04-27",
        );
        let dates: Vec<_> = got.iter().map(|d| d.1.clone().unwrap()).collect();
        assert_eq!(dates, ["2026-07-13", "2026-07-15", "2026-08-02"]);
        assert_eq!(got[0].0, "13th of July");
        // Not a day: a wrong suffix, a ranking, a day past the month's end.
        assert!(read_on("the 13rd of July; 12th in July; 45th July", "2026-04-27").is_empty());
    }

    #[test]
    fn last_night_is_the_day_before() {
        let got = read_on("What we got last night", "2016-02-12");
        assert_eq!(
            got[0],
            ("last night".to_string(), Some("2016-02-11".to_string()))
        );
    }

    #[test]
    fn days_written_with_a_capital_are_read_among_other_capitalised_words() {
        let got = read_on(
            "Yesterday Obama met Abe. Last night Reuters said Tokyo would act Today, and \
             Monday, June 3, is the deadline.",
            "2016-02-12",
        );
        let texts: Vec<&str> = got.iter().map(|d| d.0.as_str()).collect();
        assert_eq!(
            texts,
            ["Yesterday", "Last night", "Today", "Monday, June 3"]
        );
        assert_eq!(got[0].1.as_deref(), Some("2016-02-11"));
        assert_eq!(got[1].1.as_deref(), Some("2016-02-11"));
        assert_eq!(got[2].1.as_deref(), Some("2016-02-12"));
        assert_eq!(got[3].1.as_deref(), Some("2016-06-03"));
    }

    #[test]
    fn without_an_article_date_days_stay_unresolved() {
        let got = read_on("said Sunday", "");
        assert_eq!(got[0].1, None);
    }
}
