//! The age of a thing told by the year it came about: "the tunnel, which opened in 1994"
//! is 31 or 32 years old in November 2026, so that it meets another outlet's "the
//! 30-year-old tunnel" as an age of the tunnel (and "the bridge, built in 2019" agrees with
//! "the seven-year-old bridge" in 2026).

use crate::extract::fact::{Amount, Fact, FactKind, FactValue, Frame};
use crate::extract::numbers::singular;
use crate::rules::RuleSet;
use crate::words::is_stop_word;

use super::{FactReader, View, time};

/// The ages of the things a sentence says came about in a year, each from the rules'
/// `origins` words and the year after them, held by the common noun they are said of:
/// the subject right before them ("The bridge opened in 1994"), past "was", or the noun a
/// relative or a participle set off by a comma hangs on ("The tunnel, which opened in
/// 1994,", "the hall, built in 1932,"). A name (a ride, a ship) is no holder here, nor is a
/// year not before the article's.
pub(super) fn ages(reader: &FactReader, rules: &RuleSet, view: &View<'_>) -> Vec<Fact> {
    let Some(today) = view.article.date else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for i in 0..view.tokens.len() {
        let Some(year) = time::year_of(view.low(i)) else {
            continue;
        };
        let Some(start) = time::origin_start(reader, view, i) else {
            continue;
        };
        if year >= today.year {
            continue;
        }
        let Some(holder) = holder_before(view, start) else {
            continue;
        };
        let span = view.span(start, i + 1);
        let years = f64::from(today.year - year);
        out.push(Fact::plain(
            &view.article.id,
            FactKind::Age,
            // Before the day in the year it came about, a year fewer.
            FactValue::Amount(Amount {
                text: span.of(view.text).to_string(),
                low: years - 1.0,
                high: Some(years),
                unit: Some("year".to_string()),
            }),
            Frame {
                what: "age".to_string(),
                holder: Some(rules.canonical_lower(&holder).to_string()),
                ..Frame::default()
            },
            span,
            view.sentence,
        ));
    }
    out
}

/// The common noun (singular, lower case) the origin words starting at token `start` are
/// said of.
fn holder_before(view: &View<'_>, start: usize) -> Option<String> {
    let mut k = start;
    while k > 0 && matches!(view.low(k - 1), "was" | "is" | "were" | "first") {
        k -= 1;
    }
    if k > 0 && matches!(view.low(k - 1), "which" | "that") {
        k -= 1;
        if k == 0 || view.low(k - 1) != "," {
            return None;
        }
        k -= 1;
    } else if k > 0 && view.low(k - 1) == "," {
        k -= 1;
    }
    let noun = k.checked_sub(1)?;
    let word = view.low(noun);
    (view.tokens.get(noun).is_some_and(|t| t.is_word())
        && !view.capital(noun)
        && !is_stop_word(word)
        && !word.ends_with("ed"))
    .then(|| singular(word))
}

#[cfg(test)]
mod tests {
    use crate::extract::FactKind;

    use super::super::tests::facts_on;

    /// The ages (holder, low, high) of `text` in an article of `date`.
    fn ages(text: &str, date: &str) -> Vec<(String, f64, Option<f64>)> {
        facts_on(text, date)
            .into_iter()
            .filter(|f| f.kind == FactKind::Age)
            .filter_map(|f| {
                let a = f.amount()?.clone();
                Some((f.frame.holder.clone()?, a.low, a.high))
            })
            .collect()
    }

    #[test]
    fn a_tunnel_opened_in_a_year_is_as_old_as_the_years_since() {
        let opened = ages(
            "The tunnel, which opened in 1996 and carries 20,000 cars a day, was shut.",
            "2026-11-05",
        );
        assert_eq!(opened, [("tunnel".to_string(), 29.0, Some(30.0))]);
        let built = ages(
            "The bridge was built in 2001, engineers said.",
            "2026-03-01",
        );
        assert_eq!(built, [("bridge".to_string(), 24.0, Some(25.0))]);
        // The age as copy writes it meets it.
        let told = ages("Cracks were found in the 30-year-old tunnel.", "2026-11-06");
        assert_eq!(told[0].0, "tunnel");
    }

    #[test]
    fn a_name_or_a_year_to_come_gives_no_age() {
        assert!(
            ages(
                "The Skyrider, which opened in 2019, was shut.",
                "2026-09-12"
            )
            .is_empty()
        );
        assert!(ages("The hall, which opened in 2027, was praised.", "2026-09-12").is_empty());
        // A year after no words of origin tells when, not how old.
        assert!(ages("The tunnel was shut in 1996 for repairs.", "2026-11-05").is_empty());
    }
}
