//! Days of events: "the raid on Tuesday" — the event named by a noun right before the day,
//! so that another outlet's "the raid on Wednesday" contradicts it.

use crate::extract::fact::{Fact, FactKind, FactValue, Frame};
use crate::extract::numbers::singular;
use crate::words::is_stop_word;

use super::time::When;
use super::{FactReader, View};

/// Words between an event noun and its day that are part of the day, not the event.
fn time_of_day(word: &str) -> bool {
    matches!(
        word,
        "morning" | "afternoon" | "evening" | "night" | "early" | "late" | "day" | "week"
    )
}

/// The day facts of a sentence: each named day with an event noun before it ("the raid on
/// Tuesday").
pub(super) fn read(reader: &FactReader, view: &View<'_>, whens: &[When]) -> Vec<Fact> {
    let mut out = Vec::new();
    for when in whens.iter().filter(|w| w.day.is_some()) {
        let at = when.token;
        let end = (at..view.tokens.len())
            .find(|&i| !view.capital(i) && !view.low(i).starts_with(|c: char| c.is_ascii_digit()))
            .unwrap_or(view.tokens.len());
        let noun = if at >= 3
            && view.low(at - 1) == "on"
            && matches!(view.low(at - 3), "the" | "a" | "an" | "its" | "their")
        {
            at - 2
        } else {
            continue;
        };
        let word = view.low(noun);
        let Some(token) = view.tokens.get(noun) else {
            continue;
        };
        if !token.is_word()
            || view.capital(noun)
            || is_stop_word(word)
            || time_of_day(word)
            || !reader.events.contains(singular(word).as_str())
        {
            continue;
        }
        let span = view.span(at, end);
        out.push(Fact {
            id: String::new(),
            article: view.article.id.clone(),
            claim: None,
            kind: FactKind::Day,
            value: FactValue::Day {
                text: span.of(view.text).to_string(),
                day: when.day,
            },
            frame: Frame {
                what: singular(word),
                ..Frame::default()
            },
            span,
            sentence: view.sentence,
            background: when.background,
            hedged: false,
            vague: false,
            places: Vec::new(),
            away: false,
            day: when.day,
            period: None,
            degree: None,
        });
    }
    out
}
