//! The time written at the end of a speaker mention ("a Herald poll released Monday", "a
//! statement on Tuesday", "the report last June"): a day, a month or a date is never the
//! name of who speaks, so the speaker is read without it.

use crate::date::{Weekday, month_from_name};
use crate::extract::dates::day_of;

/// Parts of the day written after a weekday: "Monday night".
const PARTS_OF_DAY: [&str; 5] = ["morning", "afternoon", "evening", "night", "overnight"];

/// Words that place a month in time before it: "last June", "in March", "early May".
const BEFORE_MONTH: [&str; 10] = [
    "last", "this", "next", "early", "late", "mid", "in", "on", "since", "until",
];

/// Lower-case words that tie the time to the document or the statement before it and go
/// with the time: "on Monday", "released Monday", "published last June".
const TIES: [&str; 7] = ["on", "in", "at", "since", "during", "taken", "written"];

/// A weekday written in full with a capital ("Monday", not "Sun" or "mon").
fn weekday(word: &str) -> bool {
    word.len() >= "Monday".len()
        && word.starts_with(char::is_uppercase)
        && Weekday::from_name(word).is_some()
}

/// A month written with a capital ("June", "Sept.").
fn month(word: &str) -> bool {
    word.starts_with(char::is_uppercase) && month_from_name(word).is_some()
}

/// A day of the month or a year, a comma after it or not ("23", "23rd,", "2016").
fn day_or_year(word: &str) -> bool {
    let word = word.trim_end_matches(',');
    day_of(&word.to_lowercase()).is_some_and(|d| (1..=31).contains(&d))
        || (word.len() == 4
            && word.bytes().all(|b| b.is_ascii_digit())
            && matches!(word.as_bytes()[0], b'1' | b'2'))
}

/// `mention` without the time written at its end, and without the word that ties that time
/// to it ("on", "released"): "an Ipsos poll released Monday night" → "an Ipsos poll", "a
/// memo on Tuesday" → "a memo", "the report last June" → "the report", "March 23" → "". A
/// month alone after a capitalised word is a name's ("Theresa May"), kept; so is every
/// mention that ends in no time.
pub fn without_time(mention: &str) -> &str {
    let mention = mention.trim_end();
    let words: Vec<(usize, &str)> = mention
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - mention.as_ptr() as usize, w))
        .collect();
    let mut end = words.len();
    let at = |i: usize| words[i].1;
    let lower_at = |i: usize| at(i).to_lowercase();
    // "Monday night": the part of the day goes with its weekday.
    if end >= 2 && PARTS_OF_DAY.contains(&lower_at(end - 1).as_str()) && weekday(at(end - 2)) {
        end -= 1;
    }
    if end >= 1 && weekday(at(end - 1)) {
        end -= 1;
    } else {
        // "June 23, 2016", "March 23", "May 2016", "last June": a month with a figure after
        // it, or with a word before it that places it in time.
        let mut figures = 0;
        while figures < 2 && end > figures && day_or_year(at(end - 1 - figures)) {
            figures += 1;
        }
        let m = end.checked_sub(figures + 1);
        let placed = |m: usize| m >= 1 && BEFORE_MONTH.contains(&lower_at(m - 1).as_str());
        match m {
            Some(m) if month(at(m)) && (figures > 0 || placed(m)) => end = m,
            _ => return mention,
        }
    }
    // The ties before the time: a preposition, "last", a participle ("published last").
    for _ in 0..2 {
        let Some(before) = end.checked_sub(1) else {
            break;
        };
        let tie = lower_at(before);
        let placing = BEFORE_MONTH.contains(&tie.as_str());
        let participle = at(before).starts_with(char::is_lowercase)
            && (TIES.contains(&tie.as_str()) || (tie.len() > 4 && tie.ends_with("ed")));
        if !(placing || participle) {
            break;
        }
        end = before;
    }
    match words.get(end) {
        Some(&(start, _)) => mention[..start].trim_end().trim_end_matches(','),
        None => mention,
    }
}

#[cfg(test)]
mod tests {
    use super::without_time;

    #[test]
    fn a_day_or_date_after_the_speaker_is_no_part_of_it() {
        assert_eq!(
            without_time("a Ledger poll released Monday"),
            "a Ledger poll"
        );
        assert_eq!(
            without_time("a statement issued Thursday night"),
            "a statement"
        );
        assert_eq!(without_time("a memo on Tuesday"), "a memo");
        assert_eq!(without_time("Okafor on Friday"), "Okafor");
        assert_eq!(without_time("the survey published last June"), "the survey");
        assert_eq!(without_time("a filing dated March 3, 2019"), "a filing");
        assert_eq!(without_time("Last June"), "");
        assert_eq!(without_time("October 12"), "");
    }

    #[test]
    fn a_name_that_is_also_a_month_stays_a_name() {
        for name in [
            "Prime Minister Theresa May",
            "Aung Win May",
            "April Okafor",
            "a June poll",
            "the Sun",
            "officials",
        ] {
            assert_eq!(without_time(name), name);
        }
    }
}
