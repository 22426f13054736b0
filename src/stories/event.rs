//! What a lede tells of the event itself, beside its names: the day it happened (a weekday
//! read against the text's date: "Friday" in copy dated Saturday is the day before), the
//! hour ("about 9:10 p.m.") and the ages of the people it happened to ("a 22-year-old man",
//! "ages 22 and 33", "Man, 22, killed"). Two reports of one shooting may differ on one of
//! them — that is what the checks are there to find — but two that differ on two at once
//! (or on one, and each names someone the other never does) are reports of two shootings.

use crate::date::{Date, Weekday};

/// No age read is older.
const OLDEST: u32 = 120;

/// Two ages this close may be one person's as two outlets give it ("44" / "45").
const SAME_AGE: u32 = 2;

/// Two hours of the day this close, in minutes, may be one event's as two outlets give it.
const SAME_HOUR: u32 = 120;

/// Minutes in a day.
const DAY_MINUTES: u32 = 24 * 60;

/// The day and the people of one text's event, or of a story's texts together.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Event {
    /// Days since the epoch the lede says it happened on, sorted.
    pub days: Vec<i64>,
    /// The ages of the people it happened to, sorted.
    pub ages: Vec<u32>,
    /// The times of day it happened at, in minutes after midnight, sorted.
    pub times: Vec<u32>,
    /// How many ages each list of them gives ("ages 20, 23 and 25": 3), sorted: how many
    /// people it happened to.
    pub listed: Vec<u32>,
}

impl Event {
    /// Reads the event of a text: the days of the weekdays its lede names (when the text
    /// is dated), the times of day it gives, and the ages (and lists of them) its headline
    /// and lede give.
    pub fn read(title: Option<&str>, lede: &str, date: Option<Date>) -> Event {
        let mut event = Event::default();
        if let Some(date) = date {
            // Written in full, with a capital: "sat" and "Wed." are no days here.
            event.days = words(lede)
                .filter(|w| w.len() >= "Monday".len() && w.starts_with(char::is_uppercase))
                .filter_map(Weekday::from_name)
                .map(|day| date.last_weekday(day).to_days())
                .collect();
        }
        for text in title.into_iter().chain([lede]) {
            ages(text, &mut event.ages, &mut event.listed);
        }
        times(lede, &mut event.times);
        event.tidy();
        event
    }

    /// Adds what `other` tells to this one: a story's event is all its texts tell.
    pub fn add(&mut self, other: &Event) {
        self.days.extend_from_slice(&other.days);
        self.ages.extend_from_slice(&other.ages);
        self.times.extend_from_slice(&other.times);
        self.listed.extend_from_slice(&other.listed);
        self.tidy();
    }

    /// On how many of three things the two differ: the day (both give one, and none in
    /// common), the hour (both give one, and none within [`SAME_HOUR`] of the other's) and
    /// the people (both give ages, and each one the other does not come near; or both list
    /// ages, and never as many people).
    pub fn differences(&self, other: &Event) -> usize {
        let other_days = differ(&self.days, &other.days, |a, b| a == b);
        let other_hours = differ(&self.times, &other.times, |a, b| {
            let gap = a.abs_diff(b);
            gap.min(DAY_MINUTES - gap) <= SAME_HOUR
        });
        let unmatched = |x: &[u32], y: &[u32]| {
            x.iter()
                .any(|&a| !y.iter().any(|&b| a.abs_diff(b) <= SAME_AGE))
        };
        let other_people = !self.ages.is_empty()
            && !other.ages.is_empty()
            && unmatched(&self.ages, &other.ages)
            && unmatched(&other.ages, &self.ages)
            || differ(&self.listed, &other.listed, |a, b| a == b);
        usize::from(other_days) + usize::from(other_hours) + usize::from(other_people)
    }

    fn tidy(&mut self) {
        self.days.sort_unstable();
        self.days.dedup();
        self.ages.sort_unstable();
        self.ages.dedup();
        self.times.sort_unstable();
        self.times.dedup();
        self.listed.sort_unstable();
        self.listed.dedup();
    }
}

/// Both lists hold something, and nothing of one is `same` as anything of the other.
fn differ<T: Copy>(x: &[T], y: &[T], same: impl Fn(T, T) -> bool) -> bool {
    !x.is_empty() && !y.is_empty() && !x.iter().any(|&a| y.iter().any(|&b| same(a, b)))
}

/// The runs of digits of `text` that stand alone (after no letter, digit or colon: no
/// minutes of a time), as where each starts and ends and its value.
fn figures(text: &str) -> impl Iterator<Item = (usize, usize, u32)> + '_ {
    let bytes = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() {
            let start = i;
            if !bytes[i].is_ascii_digit()
                || i > 0 && (bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b':')
            {
                i += 1;
                continue;
            }
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            if let Ok(value) = text[start..i].parse::<u32>() {
                return Some((start, i, value));
            }
        }
        None
    })
}

/// Pushes the times of day `text` gives onto `times`, in minutes after midnight: "9 p.m.",
/// "about 11:05 a.m.", "2:15 AM".
fn times(text: &str, times: &mut Vec<u32>) {
    for (_, end, hour) in figures(text) {
        let mut rest = &text[end..];
        let mut minute = 0;
        if let Some(two) = rest.strip_prefix(':').and_then(|r| r.get(..2))
            && two.bytes().all(|b| b.is_ascii_digit())
            && let Ok(m) = two.parse::<u32>()
        {
            minute = m;
            rest = &rest[3..];
        }
        let after = rest.trim_start();
        let starts = |mark: &str| {
            after
                .get(..mark.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(mark))
                && after[mark.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric())
        };
        let half = if starts("a.m.") || starts("am") {
            0
        } else if starts("p.m.") || starts("pm") {
            12
        } else {
            continue;
        };
        if (1..=12).contains(&hour) && minute < 60 {
            times.push((hour % 12 + half) * 60 + minute);
        }
    }
}

/// The words of `text`, letters only.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
}

/// Pushes the ages `text` gives onto `ages`: "22-year-old", "ages 22 and 33" (or "aged"),
/// and a figure between commas right after a word ("Man, 22, killed", "Tom Hale, 44,");
/// and onto `listed` how many ages each list after "ages" counts, when more than one.
fn ages(text: &str, ages: &mut Vec<u32>, listed: &mut Vec<u32>) {
    let lists = age_lists(text);
    for (plural, figures) in &lists {
        if *plural && figures.len() >= 2 {
            listed.push(figures.len() as u32);
        }
    }
    for (start, end, value) in figures(text) {
        let after = &text[end..];
        if value == 0 || value > OLDEST || after.starts_with('.') {
            continue;
        }
        let before = text[..start].trim_end();
        let year_old = ["-year-old", "-years-old", " years old", " year old"]
            .iter()
            .any(|s| after.starts_with(s));
        let listed = lists.iter().any(|(_, figures)| figures.contains(&start));
        let between_commas = before.ends_with(',')
            && before[..before.len() - 1]
                .chars()
                .next_back()
                .is_some_and(char::is_alphabetic)
            && after.starts_with(',');
        if year_old || listed || between_commas {
            ages.push(value);
        }
    }
}

/// The lists of ages `text` gives after "ages" or "aged" ("ages 20, 23 and 25", "aged
/// 44"): per list, whether it follows "ages", and where each of its figures starts.
fn age_lists(text: &str) -> Vec<(bool, Vec<usize>)> {
    let bytes = text.as_bytes();
    let mut lists = Vec::new();
    for at in 0..bytes.len().saturating_sub(4) {
        let Some(word) = text.get(at..at + 4) else {
            continue;
        };
        let plural = word.eq_ignore_ascii_case("ages");
        if !plural && !word.eq_ignore_ascii_case("aged")
            || at > 0 && bytes[at - 1].is_ascii_alphanumeric()
            || !bytes[at + 4].is_ascii_whitespace()
        {
            continue;
        }
        let mut figures = Vec::new();
        let mut rest = text[at + 4..].trim_start();
        loop {
            let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            if digits == 0 {
                break;
            }
            figures.push(text.len() - rest.len());
            rest = rest[digits..].trim_start_matches(|c: char| c == ',' || c.is_whitespace());
            if let Some(after) = rest.strip_prefix("and")
                && after.starts_with(char::is_whitespace)
            {
                rest = after.trim_start();
            }
        }
        lists.push((plural, figures));
    }
    lists
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ages_of(text: &str) -> Vec<u32> {
        Event::read(None, text, None).ages
    }

    #[test]
    fn ages_as_newsrooms_write_them() {
        assert_eq!(ages_of("A 22-year-old man was shot Friday."), [22]);
        assert_eq!(ages_of("Two people, ages 22 and 33, were shot."), [22, 33]);
        assert_eq!(
            ages_of("Three people, ages 20, 23 and 25, were shot."),
            [20, 23, 25]
        );
        assert_eq!(ages_of("Tom Hale, 44, of Dayton was arrested."), [44]);
        // A date, a count or a time is no age.
        assert!(ages_of("On June 13, 2025, 14 people were hurt at 8:45 p.m.").is_empty());
        assert!(ages_of("The 3100 block of West Main Street, 12 miles away.").is_empty());
        assert_eq!(
            ages_of("Le maire a dit: « été 12 », mais Zoë, 31, a été blessée."),
            [31]
        );
    }

    #[test]
    fn times_of_day_in_minutes_after_midnight() {
        let text = "Shot about 9 p.m. Friday; a second at 12:30 a.m. and 11:05 AM.";
        assert_eq!(Event::read(None, text, None).times, [30, 665, 21 * 60]);
        let none = "He is 5 amid 3 pmx and 10:30 in Room 4.";
        assert!(Event::read(None, none, None).times.is_empty());
    }

    #[test]
    fn a_weekday_is_the_last_one_on_or_before_the_texts_date() {
        let saturday = Date::new(2025, 6, 14);
        let event = Event::read(
            None,
            "A man was shot Friday in the Baden neighborhood.",
            saturday,
        );
        assert_eq!(
            event.days,
            [Date::new(2025, 6, 13)
                .map(Date::to_days)
                .unwrap_or_default()]
        );
    }

    #[test]
    fn two_events_differ_on_the_day_and_on_every_age() {
        let friday = Date::new(2025, 6, 13);
        let saturday = Date::new(2025, 6, 14);
        let two = Event::read(
            Some("Man, 22, killed"),
            "Two people, ages 22 and 33, were shot Friday.",
            friday,
        );
        let woman = Event::read(None, "A 40-year-old woman was wounded Saturday.", saturday);
        assert_eq!((two.differences(&woman), woman.differences(&two)), (2, 2));
        // The same shooting, a day and a year apart in two outlets, is one.
        let other_day = Event::read(None, "A 23-year-old man was wounded Saturday.", saturday);
        assert!(two.differences(&other_day) < 2);
        // One outlet gives one victim's age only: no age of its own.
        let one_age = Event::read(
            None,
            "A 33-year-old was among those shot Saturday.",
            saturday,
        );
        assert!(two.differences(&one_age) < 2);
        // The same day, whatever the ages: the checks are there for that.
        let same_day = Event::read(None, "A 60-year-old man was shot Friday.", friday);
        assert!(two.differences(&same_day) < 2);
        // No day or no age given: nothing to tell them apart by.
        let undated = Event::read(None, "A 60-year-old man was shot Saturday.", None);
        assert!(two.differences(&undated) < 2);
        // The same day, but other people hours apart.
        let night = Event::read(
            None,
            "A 28-year-old man was shot Friday about 2:15 a.m.",
            friday,
        );
        let afternoon = Event::read(
            None,
            "A 46-year-old man was shot Friday about 3:40 p.m.",
            friday,
        );
        assert!(night.differences(&afternoon) >= 2);
        // Two lists of ages, of two and of three people, the same day, hours apart.
        let two_people = Event::read(
            None,
            "Two people, ages 24 and 30, were shot Friday about 8:45 p.m.",
            friday,
        );
        let three_people = Event::read(
            None,
            "Three people, ages 23, 23 and 28, were shot Friday about 11:05 a.m.",
            friday,
        );
        assert_eq!(
            (two_people.listed.as_slice(), three_people.listed.as_slice()),
            (&[2][..], &[3][..])
        );
        assert_eq!(two_people.differences(&three_people), 2);
        // Late at night and after midnight are an hour apart, not a day.
        let late = Event::read(
            None,
            "A 46-year-old man was shot Friday about 11:40 p.m.",
            friday,
        );
        let after_midnight = Event::read(
            None,
            "A 28-year-old man was shot about 12:20 a.m.",
            saturday,
        );
        assert!(late.differences(&after_midnight) < 2);
    }
}
