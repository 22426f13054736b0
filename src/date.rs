//! Calendar dates without time zones: parsing `YYYY-MM-DD`, weekdays and day arithmetic.

use std::fmt;

use serde::{Serialize, Serializer};

/// A day in the proleptic Gregorian calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

/// Day of the week, Monday first as in ISO 8601.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    /// 0 for Monday … 6 for Sunday.
    pub fn index(self) -> i64 {
        self as i64
    }

    /// Parses an English weekday name, full or abbreviated ("Sunday", "Sun.", "Thurs").
    pub fn from_name(word: &str) -> Option<Weekday> {
        let (bytes, key) = name_key(word)?;
        let (day, forms): (Weekday, &[&str]) = match &key {
            b"mon" => (Weekday::Monday, &["monday", "mon"]),
            b"tue" => (Weekday::Tuesday, &["tuesday", "tue", "tues"]),
            b"wed" => (Weekday::Wednesday, &["wednesday", "wed"]),
            b"thu" => (Weekday::Thursday, &["thursday", "thu", "thur", "thurs"]),
            b"fri" => (Weekday::Friday, &["friday", "fri"]),
            b"sat" => (Weekday::Saturday, &["saturday", "sat"]),
            b"sun" => (Weekday::Sunday, &["sunday", "sun"]),
            _ => return None,
        };
        is_one_of(bytes, forms).then_some(day)
    }
}

/// Parses an English month name, full or abbreviated ("February", "Feb.", "Sept").
pub fn month_from_name(word: &str) -> Option<u8> {
    let (bytes, key) = name_key(word)?;
    let (month, forms): (u8, &[&str]) = match &key {
        b"jan" => (1, &["january", "jan"]),
        b"feb" => (2, &["february", "feb"]),
        b"mar" => (3, &["march", "mar"]),
        b"apr" => (4, &["april", "apr"]),
        b"may" => (5, &["may"]),
        b"jun" => (6, &["june", "jun"]),
        b"jul" => (7, &["july", "jul"]),
        b"aug" => (8, &["august", "aug"]),
        b"sep" => (9, &["september", "sep", "sept"]),
        b"oct" => (10, &["october", "oct"]),
        b"nov" => (11, &["november", "nov"]),
        b"dec" => (12, &["december", "dec"]),
        _ => return None,
    };
    is_one_of(bytes, forms).then_some(month)
}

/// A word that may be a day or month name without its final dots, with its first three
/// bytes in ASCII lower case, read in place: `None` unless it is 3 to 9 bytes long (every
/// such name and abbreviation is), so that most words of the copy are turned away before
/// any comparison. Only ASCII letters change, as with `str::to_ascii_lowercase`.
#[inline]
fn name_key(word: &str) -> Option<(&[u8], [u8; 3])> {
    let bytes = word.trim_end_matches('.').as_bytes();
    match bytes {
        [a, b, c, ..] if bytes.len() <= 9 => Some((
            bytes,
            [
                a.to_ascii_lowercase(),
                b.to_ascii_lowercase(),
                c.to_ascii_lowercase(),
            ],
        )),
        _ => None,
    }
}

/// Whether `bytes` are one of `forms` (lower case) in any ASCII case: the same answer as
/// lowering them and comparing.
fn is_one_of(bytes: &[u8], forms: &[&str]) -> bool {
    forms
        .iter()
        .any(|f| bytes.eq_ignore_ascii_case(f.as_bytes()))
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        _ => 28,
    }
}

impl Date {
    /// A checked constructor: `None` for impossible days such as February 30.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.trim().splitn(3, '-');
        let year: i32 = parts.next()?.parse().ok()?;
        let month_text = parts.next()?;
        let day_text = parts.next()?;
        if month_text.len() != 2 || day_text.len() != 2 {
            return None;
        }
        Date::new(year, month_text.parse().ok()?, day_text.parse().ok()?)
    }

    /// Days since 1970-01-01 (negative before).
    pub fn to_days(self) -> i64 {
        // Howard Hinnant's days-from-civil algorithm.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The inverse of [`Date::to_days`].
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.to_days() + n)
    }

    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday (index 3).
        match (self.to_days() + 3).rem_euclid(7) {
            0 => Weekday::Monday,
            1 => Weekday::Tuesday,
            2 => Weekday::Wednesday,
            3 => Weekday::Thursday,
            4 => Weekday::Friday,
            5 => Weekday::Saturday,
            _ => Weekday::Sunday,
        }
    }

    /// The most recent `weekday` on or before this date: news copy dated Sunday that says
    /// "Saturday" means the day before; "Sunday" means the day itself.
    pub fn last_weekday(self, weekday: Weekday) -> Date {
        let back = (self.weekday().index() - weekday.index()).rem_euclid(7);
        self.add_days(-back)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sunday_story_resolves_saturday_to_the_day_before() {
        let sunday = Date::parse("2016-02-21").unwrap();
        assert_eq!(sunday.weekday(), Weekday::Sunday);
        assert_eq!(sunday.last_weekday(Weekday::Sunday), sunday);
        assert_eq!(
            sunday.last_weekday(Weekday::Saturday).to_string(),
            "2016-02-20"
        );
        assert_eq!(
            sunday.last_weekday(Weekday::Friday).to_string(),
            "2016-02-19"
        );
    }

    #[test]
    fn friday_story_resolves_friday_to_itself() {
        let friday = Date::parse("2016-02-12").unwrap();
        assert_eq!(friday.weekday(), Weekday::Friday);
        assert_eq!(
            friday.last_weekday(Weekday::Thursday).to_string(),
            "2016-02-11"
        );
    }

    #[test]
    fn day_arithmetic_round_trips_across_leap_years() {
        for days in [-800_000, -1, 0, 59, 16_852, 20_000, 2_000_000] {
            assert_eq!(Date::from_days(days).to_days(), days);
        }
        assert_eq!(
            Date::parse("2016-02-28").unwrap().add_days(1).to_string(),
            "2016-02-29"
        );
        assert_eq!(
            Date::parse("2015-02-28").unwrap().add_days(1).to_string(),
            "2015-03-01"
        );
    }

    #[test]
    fn day_and_month_names_are_read_in_any_case_with_or_without_their_dot() {
        // What the readers mean by a name: the word without its final dots, lowered, is
        // one of the forms.
        let forms = |word: &str, names: &[(&str, u8)]| {
            let lower = word.trim_end_matches('.').to_ascii_lowercase();
            names.iter().find(|(n, _)| *n == lower).map(|(_, k)| *k)
        };
        let days = [
            ("monday", 0),
            ("mon", 0),
            ("tuesday", 1),
            ("tue", 1),
            ("tues", 1),
            ("wednesday", 2),
            ("wed", 2),
            ("thursday", 3),
            ("thu", 3),
            ("thur", 3),
            ("thurs", 3),
            ("friday", 4),
            ("fri", 4),
            ("saturday", 5),
            ("sat", 5),
            ("sunday", 6),
            ("sun", 6),
        ];
        let months = [
            ("january", 1),
            ("jan", 1),
            ("february", 2),
            ("feb", 2),
            ("march", 3),
            ("mar", 3),
            ("april", 4),
            ("apr", 4),
            ("may", 5),
            ("june", 6),
            ("jun", 6),
            ("july", 7),
            ("jul", 7),
            ("august", 8),
            ("aug", 8),
            ("september", 9),
            ("sep", 9),
            ("sept", 9),
            ("october", 10),
            ("oct", 10),
            ("november", 11),
            ("nov", 11),
            ("december", 12),
            ("dec", 12),
        ];
        let mut words: Vec<String> = Vec::new();
        for (name, _) in days.iter().chain(&months) {
            let capital = format!("{}{}", name[..1].to_uppercase(), &name[1..]);
            for w in [name.to_string(), capital, name.to_uppercase()] {
                words.push(format!("{w}."));
                words.push(format!("{w}.."));
                words.push(format!("{w}s"));
                words.push(w[..w.len() - 1].to_string());
                words.push(w);
            }
        }
        words.extend(
            [
                "Monk",
                "Mayor",
                "Sunni",
                "Mar.-Apr.",
                "Dé",
                "Déc.",
                "Sępt",
                "",
                ".",
                "sa",
                "Wed-",
            ]
            .map(str::to_string),
        );
        for w in &words {
            let day = Weekday::from_name(w).map(|d| d.index());
            assert_eq!(day, forms(w, &days).map(i64::from), "{w}");
            assert_eq!(month_from_name(w), forms(w, &months), "{w}");
        }
        assert_eq!(Weekday::from_name("Thurs."), Some(Weekday::Thursday));
        assert_eq!(month_from_name("Sept."), Some(9));
        assert_eq!(month_from_name("Mayor"), None);
    }

    #[test]
    fn impossible_dates_are_refused() {
        assert!(Date::parse("2016-02-30").is_none());
        assert!(Date::parse("2016-13-01").is_none());
        assert!(Date::parse("yesterday").is_none());
        assert!(Date::parse("2016-2-3").is_none());
    }
}
