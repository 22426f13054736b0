//! The fact: a checkable value an article states (a count, an age, a magnitude, a sum of
//! money, a day, the members of a list …) with its frame: what it measures, of whom, where,
//! when and according to whom.

use serde::Serialize;

use crate::article::Span;
use crate::date::Date;

/// What sort of value a fact is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FactKind {
    /// A number of people or things: "ten killed", "seven villages".
    Count,
    /// A person's age: "the driver, 44,", "the 45-year-old driver".
    Age,
    /// A quake's magnitude: "a 6.1-magnitude quake", "6.0 on the Richter scale".
    Magnitude,
    /// A length, height, area, weight or temperature with its unit: "a 130ft fall".
    Measure,
    /// A sum of money with its currency: "€110bn", "$141 billion".
    Money,
    /// A share: "plunged 5.4 per cent".
    Percent,
    /// A length of time: "a 24-hour strike", "lasted 30 seconds".
    Duration,
    /// A rank in a series: "for the third night running".
    Ordinal,
    /// The day something happened: "the raid on Tuesday".
    Day,
    /// A member of a list: "excluded from the truce: Islamic State".
    List,
}

impl FactKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FactKind::Count => "count",
            FactKind::Age => "age",
            FactKind::Magnitude => "magnitude",
            FactKind::Measure => "measure",
            FactKind::Money => "money",
            FactKind::Percent => "percent",
            FactKind::Duration => "duration",
            FactKind::Ordinal => "ordinal",
            FactKind::Day => "day",
            FactKind::List => "list",
        }
    }
}

/// A figure as an interval with its unit: "at least 57" → `[57, ∞)`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Amount {
    /// The words as written ("at least 57", "€110bn").
    pub text: String,
    /// Lowest value the words allow.
    pub low: f64,
    /// Highest value the words allow; `None` when open ("at least").
    pub high: Option<f64>,
    /// The unit, normalised ("usd", "kilometre", "percent", "year"); `None` for a count.
    pub unit: Option<String>,
}

/// The value of a fact: an amount, a day, or the members of a list.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum FactValue {
    Amount(Amount),
    Day {
        text: String,
        /// The day resolved against the article's date; `None` without one.
        day: Option<Date>,
    },
    Members {
        /// The members as written, with the id each resolves to in `entities` where the
        /// rules know it ("islamic-state"), else its name folded ("al-nusra").
        members: Vec<String>,
    },
}

/// What a fact is about: the thing measured, whose value it is, where, when, and who gives it.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Frame {
    /// The thing measured, normalised by the rules ("killed", "injured", "village",
    /// "magnitude", "excluded from truce").
    pub what: String,
    /// Whose value it is: the person of an age, the thing of a price ("Chopard").
    pub holder: Option<String>,
    /// The place the clause names ("Thessaloniki", "the station"); `None` for the
    /// event's own place.
    pub place: Option<String>,
    /// The day or period the value holds for when the clause names one ("2016-02-21",
    /// "2003", "2005-02"); `None` for the time of the article's own story.
    pub time: Option<String>,
    /// Who gives the value ("Police", "the U.S. Geological Survey"); `None` for the outlet
    /// itself.
    pub source: Option<String>,
    /// The relay the source is quoted through ("AFP").
    pub via: Option<String>,
    /// The moment of the day the value is given for when its clause names one, as the
    /// rules' `[[facts.moment]]` name it ("close"); `None` for none named.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub moment: Option<String>,
}

/// One checkable value of an article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Fact {
    /// `article#fN`, N counting from 1 in text order.
    pub id: String,
    pub article: String,
    /// The claim whose content holds the fact (an attributed figure), or `None` for the
    /// outlet's own statement outside any claim.
    pub claim: Option<String>,
    pub kind: FactKind,
    pub value: FactValue,
    pub frame: Frame,
    /// The value as written.
    pub span: Span,
    /// The sentence it was found in.
    #[serde(rename = "sentence_span")]
    pub sentence: Span,
    /// The fact is about another, earlier event or period than the story's own ("the 2003
    /// Bam quake killed 31,000").
    pub background: bool,
    /// The sentence weakens it ("reportedly", "may have").
    pub hedged: bool,
    /// The value is a vague quantity ("dozens", "hundreds of"), not a figure.
    pub vague: bool,
    /// Where the fact's place was named: several places make it a total over them ("in the
    /// attacks on the market and the station"). Folded names; empty for the event's place.
    #[serde(skip)]
    pub places: Vec<String>,
    /// The place is not one the article's opening names: the fact is about somewhere else
    /// than the story's own place.
    #[serde(skip)]
    pub away: bool,
    /// The day named in its clause, resolved.
    #[serde(skip)]
    pub day: Option<Date>,
    /// The year or month named in its clause ("in 2003", "in February"): in an undated
    /// article, whether that is background is decided once the story's date is known.
    #[serde(skip)]
    pub period: Option<Period>,
    /// For a count of things hit, how they were hit, as the rules' `damage` words name it
    /// ("destroyed", "damaged"): seven villages destroyed and fifteen damaged may both be
    /// right.
    #[serde(skip)]
    pub degree: Option<String>,
    /// The day named in its clause is the day its outlet gives the story's event (a day of
    /// an event read from the same sentence): "made landfall on Monday with winds of 190
    /// km/h". Outlets that put the event on different days still tell one event's figure,
    /// so such figures meet across their days (never as an error).
    #[serde(skip)]
    pub event_day: bool,
}

/// A year, a month, or both, named for a fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub year: Option<i32>,
    pub month: Option<u8>,
}

impl Period {
    /// Whether the period lies before `date` (a year before it, or a month before its
    /// month): another, earlier event's.
    pub fn before(self, date: Date) -> bool {
        match (self.year, self.month) {
            (Some(y), _) if y < date.year => true,
            (Some(y), Some(m)) => y == date.year && m + 1 < date.month,
            (None, Some(m)) => m != date.month,
            _ => false,
        }
    }

    /// The frame's time for it given the story's date: "2003", "2005-02".
    pub fn time(self, date: Option<Date>) -> Option<String> {
        let year = self.year.or_else(|| {
            let d = date?;
            let m = self.month?;
            Some(if m > d.month { d.year - 1 } else { d.year })
        })?;
        Some(match self.month {
            Some(m) => format!("{year}-{m:02}"),
            None => year.to_string(),
        })
    }
}

impl Fact {
    /// A fact of `article` told plainly: in no claim yet, numbered later, neither background,
    /// hedged nor vague, at the story's own place, with no day, period or degree read for it.
    /// A reader sets on the result what its sentence tells otherwise.
    pub fn plain(
        article: &str,
        kind: FactKind,
        value: FactValue,
        frame: Frame,
        span: Span,
        sentence: Span,
    ) -> Fact {
        Fact {
            id: String::new(),
            article: article.to_string(),
            claim: None,
            kind,
            value,
            frame,
            span,
            sentence,
            background: false,
            hedged: false,
            vague: false,
            places: Vec::new(),
            away: false,
            day: None,
            period: None,
            degree: None,
            event_day: false,
        }
    }

    /// The fact's amount, if it has one.
    pub fn amount(&self) -> Option<&Amount> {
        match &self.value {
            FactValue::Amount(a) => Some(a),
            _ => None,
        }
    }
}
