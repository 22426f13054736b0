//! The time of day something happened: "the ride stopped at around 11.20 a.m." against
//! another outlet's "stopped at about 1.20pm". A measure in minutes after midnight (unit
//! `clock`), of what the verb before it says happened ("stopped at"), read only after
//! "at" or "shortly after/before" and never with a time zone beside it ("at 10 a.m.
//! local time", "3 p.m. GMT"), as outlets in different zones give one moment apart.

use crate::extract::english::is_finite_verb;
use crate::extract::fact::{Amount, Fact, FactKind, FactValue, Frame};
use crate::rules::RuleSet;

use super::{View, clause, source};

/// The unit of a time of day: minutes after midnight.
pub(crate) const CLOCK: &str = "clock";

/// How wide "about" makes a time of day, in minutes either side; "shortly after" and
/// "shortly before" reach twice as far on their side.
const ABOUT: f64 = 15.0;

/// A time of day written at byte `at` of `text`: "11.20 a.m.", "1.20pm", "11:05 PM",
/// "5pm"; its minutes after midnight and the byte it ends at.
fn time_at(text: &str, at: usize) -> Option<(f64, usize)> {
    let rest = text.get(at..)?;
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let h = digits(rest);
    if !(1..=2).contains(&h) {
        return None;
    }
    let hour: u32 = rest[..h].parse().ok()?;
    let mut len = h;
    let mut minute = 0;
    if rest[h..].starts_with(['.', ':']) && digits(&rest[h + 1..]) == 2 {
        minute = rest[h + 1..h + 3].parse().ok()?;
        len = h + 3;
    }
    let tail = &rest[len..];
    let gap = tail.len() - tail.trim_start_matches(' ').len();
    let half = &tail[gap..];
    let (pm, mark) = ["a.m.", "p.m.", "am", "pm"].iter().find_map(|m| {
        let head = half.get(..m.len())?;
        let ends = half[m.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        (head.eq_ignore_ascii_case(m) && ends).then(|| (m.starts_with('p'), m.len()))
    })?;
    if !(1..=12).contains(&hour) || minute >= 60 || gap > 1 {
        return None;
    }
    let hours = hour % 12 + if pm { 12 } else { 0 };
    Some((f64::from(hours * 60 + minute), at + len + gap + mark))
}

/// Words after a time of day that give its zone: such a time is not compared.
fn zone(word: &str) -> bool {
    matches!(
        word,
        "local"
            | "time"
            | "gmt"
            | "utc"
            | "bst"
            | "cet"
            | "cest"
            | "et"
            | "edt"
            | "est"
            | "ct"
            | "cdt"
            | "cst"
            | "mdt"
            | "mst"
            | "pt"
            | "pdt"
            | "pst"
            | "eastern"
            | "pacific"
            | "central"
            | "("
    )
}

/// The interval a time told after the words before token `first` allows, or `None` when
/// those words do not tell when something happened: "at 11.20 a.m." (exactly), "at about
/// 1.20pm" (a quarter of an hour either side), "shortly after 3.15 p.m." (up to half an
/// hour later); "from 11 p.m.", "by 5pm", "until 6 a.m." tell no moment.
fn interval(view: &View<'_>, first: usize, minutes: f64) -> Option<(f64, f64)> {
    let before = |n: usize| first.checked_sub(n).map_or("", |i| view.low(i));
    let near = matches!(
        before(1),
        "about" | "around" | "approximately" | "roughly" | "some" | "nearly" | "almost"
    );
    if near && before(2) == "at" {
        return Some((minutes - ABOUT, minutes + ABOUT));
    }
    if before(1) == "at" {
        return Some((minutes, minutes));
    }
    if matches!(before(2), "shortly" | "just" | "soon") {
        return match before(1) {
            "after" => Some((minutes, minutes + 2.0 * ABOUT)),
            "before" => Some((minutes - 2.0 * ABOUT, minutes)),
            _ => None,
        };
    }
    None
}

/// What happened at the time whose figure starts at token `first`: the last verb before
/// it in its clause, a finite one past auxiliaries or one a plan names ("were set to
/// expire"), as the rules name it, with its particle ("broke out", "came down") and "at"
/// after it. A verb of saying tells when something was said, not when it happened: none.
fn happened(rules: &RuleSet, view: &View<'_>, first: usize, start: usize) -> Option<String> {
    let planned = |i: usize| {
        i >= start + 2
            && view.low(i - 1) == "to"
            && matches!(
                view.low(i - 2),
                "set" | "due" | "scheduled" | "expected" | "planned" | "supposed"
            )
    };
    let verb = (start..first).rev().find(|&i| {
        let w = view.low(i);
        !view.capital(i)
            && view.tokens[i].is_word()
            && (planned(i)
                || is_finite_verb(w)
                    && !matches!(
                        w,
                        "has"
                            | "have"
                            | "had"
                            | "is"
                            | "was"
                            | "were"
                            | "are"
                            | "will"
                            | "would"
                            | "did"
                    ))
    })?;
    if matches!(
        view.low(verb),
        "said" | "says" | "told" | "tells" | "added" | "adds" | "reported" | "wrote" | "writes"
    ) {
        return None;
    }
    let particle = matches!(view.low(verb + 1), "out" | "down" | "up" | "off" | "over")
        .then(|| format!("{} {}", view.low(verb), view.low(verb + 1)));
    let what = match particle {
        Some(phrase) if rules.has_synonyms(&phrase) => rules.canonical_lower(&phrase).to_string(),
        Some(phrase) => phrase,
        None => rules.canonical_lower(view.low(verb)).to_string(),
    };
    Some(format!("{what} at"))
}

/// The times of day of a sentence, each as a fact of what happened then.
pub(super) fn times(rules: &RuleSet, view: &View<'_>) -> Vec<Fact> {
    let mut out = Vec::new();
    for (first, token) in view.tokens.iter().enumerate() {
        // A figure's first digits only: not the "20" of "11.20" written apart.
        let after_point = view.text[..token.span.start].ends_with(['.', ':']);
        if after_point || !view.tok(first).starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let Some((minutes, end_byte)) = time_at(view.text, token.span.start) else {
            continue;
        };
        let end = view.token_at(end_byte);
        if (end..end + 3).any(|i| zone(view.low(i))) {
            continue;
        }
        let Some((low, high)) = interval(view, first, minutes) else {
            continue;
        };
        let bounds = clause::bounds(view.lower, first);
        let Some(what) = happened(rules, view, first, bounds.0) else {
            continue;
        };
        let span = crate::article::Span::new(token.span.start, end_byte);
        out.push(Fact::plain(
            &view.article.id,
            FactKind::Measure,
            FactValue::Amount(Amount {
                text: span.of(view.text).to_string(),
                low: low.max(0.0),
                high: Some(high),
                unit: Some(CLOCK.to_string()),
            }),
            Frame {
                what,
                source: source::local(view, bounds, first)
                    .or_else(|| source::trailing(view, &rules.attribution.cues, first)),
                ..Frame::default()
            },
            span,
            view.sentence,
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::tests::facts_on;
    use super::CLOCK;

    /// The times of day of `text`: (what, as written, low, high).
    fn times(text: &str) -> Vec<(String, String, f64, Option<f64>)> {
        facts_on(text, "2026-09-12")
            .into_iter()
            .filter_map(|f| {
                let a = f.amount()?.clone();
                (a.unit.as_deref() == Some(CLOCK))
                    .then(|| (f.frame.what.clone(), a.text, a.low, a.high))
            })
            .collect()
    }

    #[test]
    fn a_time_of_day_is_minutes_after_midnight_of_what_happened() {
        let morning = times("The lift stopped at around 10.15 a.m., the council said.");
        assert_eq!(
            morning,
            [(
                "stopped at".to_string(),
                "10.15 a.m.".to_string(),
                600.0,
                Some(630.0)
            )]
        );
        let afternoon = times("The lift stopped at 2.45pm on Friday.");
        assert_eq!(afternoon[0].2, 14.0 * 60.0 + 45.0);
        let later = times("The ferry capsized shortly after 9 p.m., coastguards said.");
        assert_eq!(later[0].0, "capsized at");
        assert_eq!((later[0].2, later[0].3), (1260.0, Some(1290.0)));
        // The verb with its particle; a plan's own verb.
        let out = times("The fire broke out shortly before 11pm.");
        assert_eq!(out[0].0, "broke out at");
        let due = times("The curfew was due to end at 6 a.m. on Monday.");
        assert_eq!(due[0].0, "end at");
    }

    #[test]
    fn a_time_of_day_is_no_count() {
        let facts = facts_on(
            "Crews brought the last climbers down before 5pm.",
            "2026-09-12",
        );
        assert!(facts.is_empty(), "{facts:#?}");
    }

    #[test]
    fn a_zone_a_range_or_a_deadline_tells_no_moment_to_compare() {
        assert!(times("The quake struck at 4.10 a.m. local time.").is_empty());
        assert!(times("The quake struck at 4.10 a.m. GMT on Monday.").is_empty());
        assert!(times("Water was cut from 11 p.m. to 6 a.m. each night.").is_empty());
        assert!(times("Staff were told to leave by 5pm.").is_empty());
        // When something was said is no time of the event.
        assert!(times("The mayor said at 4 p.m. that the roads were open.").is_empty());
    }
}
