//! The report's records written straight: a claim, a fact, a finding and what they hold,
//! each with its keys in the order a `serde_json::Value` keeps them (alphabetical) and
//! left out where the value leaves them out, so that the streamed report reads exactly as
//! the report value printed, without a map built and dropped for every record.
//!
//! A field added to a record must be added here too: the JSON printer's test holds the
//! streamed report and the value together, field by field.

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use crate::article::Span;
use crate::check::{Finding, Marked};
use crate::extract::{Amount, Claim, DateMention, Fact, FactValue, Frame, Quantity, Speaker};
use crate::report::evidence::Evidence;

/// Where a record's article lies in the evidence, for the line and column of its span.
pub type At<'e> = Option<(&'e Evidence<'e>, usize)>;

/// A span as a value of the report spells it: `{"end": …, "start": …}`.
struct SpanJson(Span);

impl Serialize for SpanJson {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry("end", &self.0.end)?;
        map.serialize_entry("start", &self.0.start)?;
        map.end()
    }
}

/// A span with its line and column where the article is known: `{"column", "end", "line",
/// "start"}`.
struct PlacedJson<'e> {
    span: Span,
    at: At<'e>,
}

impl Serialize for PlacedJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let Some((evidence, article)) = self.at else {
            return SpanJson(self.span).serialize(serializer);
        };
        let (line, column) = evidence.position(article, self.span.start);
        let mut map = serializer.serialize_map(Some(4))?;
        map.serialize_entry("column", &column)?;
        map.serialize_entry("end", &self.span.end)?;
        map.serialize_entry("line", &line)?;
        map.serialize_entry("start", &self.span.start)?;
        map.end()
    }
}

/// One claim as the contract spells it.
pub struct ClaimJson<'c> {
    pub claim: &'c Claim,
    pub at: At<'c>,
}

impl Serialize for ClaimJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let c = self.claim;
        let mut map = serializer.serialize_map(Some(23))?;
        map.serialize_entry("article", &c.article)?;
        map.serialize_entry("content", &c.content)?;
        map.serialize_entry(
            "content_parts",
            &c.parts.iter().map(|&p| SpanJson(p)).collect::<Vec<_>>(),
        )?;
        map.serialize_entry("content_span", &SpanJson(c.content_span))?;
        map.serialize_entry("cue", &c.cue.as_ref().map(|x| x.text.as_str()))?;
        map.serialize_entry(
            "cue_negation",
            &c.cue_negation.as_ref().map(|x| x.text.as_str()),
        )?;
        map.serialize_entry(
            "cue_negation_span",
            &c.cue_negation.as_ref().map(|x| SpanJson(x.span)),
        )?;
        map.serialize_entry("cue_span", &c.cue.as_ref().map(|x| SpanJson(x.span)))?;
        map.serialize_entry("dates", &c.dates.iter().map(DateJson).collect::<Vec<_>>())?;
        map.serialize_entry("entities", &c.entities)?;
        map.serialize_entry("hedged", &c.hedged)?;
        map.serialize_entry("id", &c.id)?;
        map.serialize_entry("kind", &c.kind)?;
        map.serialize_entry("modal", &c.modal)?;
        map.serialize_entry("modality", &c.modality)?;
        map.serialize_entry("negated", &c.negated)?;
        map.serialize_entry(
            "numbers",
            &c.numbers.iter().map(QuantityJson).collect::<Vec<_>>(),
        )?;
        map.serialize_entry("quote", &c.quote.as_ref().map(|q| q.text.as_str()))?;
        map.serialize_entry("sentence_span", &SpanJson(c.sentence))?;
        map.serialize_entry(
            "span",
            &PlacedJson {
                span: c.span,
                at: self.at,
            },
        )?;
        map.serialize_entry("speaker", &c.speaker.as_ref().map(SpeakerJson))?;
        map.serialize_entry("via", &c.via.as_ref().map(|x| x.text.as_str()))?;
        map.serialize_entry("via_span", &c.via.as_ref().map(|x| SpanJson(x.span)))?;
        map.end()
    }
}

/// A claim's speaker: `antecedent` and `role` only where known.
struct SpeakerJson<'s>(&'s Speaker);

impl Serialize for SpeakerJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let s = self.0;
        let mut map = serializer.serialize_map(None)?;
        if let Some(antecedent) = &s.antecedent {
            map.serialize_entry("antecedent", antecedent)?;
        }
        map.serialize_entry("entity", &s.entity)?;
        if let Some(role) = &s.role {
            map.serialize_entry("role", role)?;
        }
        map.serialize_entry("span", &s.span.map(SpanJson))?;
        map.serialize_entry("text", &s.text)?;
        map.end()
    }
}

/// A figure of a claim: `ordinal` only when it is one.
struct QuantityJson<'q>(&'q Quantity);

impl Serialize for QuantityJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let q = self.0;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("high", &q.high)?;
        map.serialize_entry("low", &q.low)?;
        map.serialize_entry("measure", &q.measure)?;
        if q.ordinal {
            map.serialize_entry("ordinal", &q.ordinal)?;
        }
        map.serialize_entry("span", &SpanJson(q.span))?;
        map.serialize_entry("text", &q.text)?;
        map.serialize_entry("unit", &q.unit)?;
        map.serialize_entry("value", &q.value)?;
        map.end()
    }
}

/// A day named in a claim.
struct DateJson<'d>(&'d DateMention);

impl Serialize for DateJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let d = self.0;
        let mut map = serializer.serialize_map(Some(3))?;
        map.serialize_entry("date", &d.date)?;
        map.serialize_entry("span", &SpanJson(d.span))?;
        map.serialize_entry("text", &d.text)?;
        map.end()
    }
}

/// One fact as the contract spells it: its span with line and column.
pub struct FactJson<'f> {
    pub fact: &'f Fact,
    pub at: At<'f>,
}

impl Serialize for FactJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let f = self.fact;
        let mut map = serializer.serialize_map(Some(12))?;
        map.serialize_entry("article", &f.article)?;
        map.serialize_entry("background", &f.background)?;
        map.serialize_entry("claim", &f.claim)?;
        map.serialize_entry("frame", &FrameJson(&f.frame))?;
        map.serialize_entry("hedged", &f.hedged)?;
        map.serialize_entry("id", &f.id)?;
        map.serialize_entry("kind", &f.kind)?;
        map.serialize_entry("sentence_span", &SpanJson(f.sentence))?;
        map.serialize_entry(
            "span",
            &PlacedJson {
                span: f.span,
                at: self.at,
            },
        )?;
        map.serialize_entry("vague", &f.vague)?;
        map.serialize_entry("value", &FactValueJson(&f.value))?;
        map.end()
    }
}

/// A fact's frame: `moment` only where named.
struct FrameJson<'f>(&'f Frame);

impl Serialize for FrameJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let f = self.0;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("holder", &f.holder)?;
        if let Some(moment) = &f.moment {
            map.serialize_entry("moment", moment)?;
        }
        map.serialize_entry("place", &f.place)?;
        map.serialize_entry("source", &f.source)?;
        map.serialize_entry("time", &f.time)?;
        map.serialize_entry("via", &f.via)?;
        map.serialize_entry("what", &f.what)?;
        map.end()
    }
}

/// A fact's value, untagged: an amount, a day or a list's members.
struct FactValueJson<'v>(&'v FactValue);

impl Serialize for FactValueJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            FactValue::Amount(Amount {
                text,
                low,
                high,
                unit,
            }) => {
                let mut map = serializer.serialize_map(Some(4))?;
                map.serialize_entry("high", high)?;
                map.serialize_entry("low", low)?;
                map.serialize_entry("text", text)?;
                map.serialize_entry("unit", unit)?;
                map.end()
            }
            FactValue::Day { text, day } => {
                let mut map = serializer.serialize_map(Some(2))?;
                map.serialize_entry("day", day)?;
                map.serialize_entry("text", text)?;
                map.end()
            }
            FactValue::Members { members } => {
                let mut map = serializer.serialize_map(Some(1))?;
                map.serialize_entry("members", members)?;
                map.end()
            }
        }
    }
}

/// One finding as `json!` spells it: those keys a value leaves out left out alike, each
/// mark's span as `{"end", "start"}`.
pub struct FindingJson<'f>(pub &'f Finding);

impl Serialize for FindingJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let f = self.0;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("claims", &f.claims)?;
        if !f.facts.is_empty() {
            map.serialize_entry("facts", &f.facts)?;
        }
        map.serialize_entry("fingerprint", &f.fingerprint)?;
        map.serialize_entry("id", &f.id)?;
        map.serialize_entry("kind", &f.kind)?;
        if !f.looked_at.is_empty() {
            map.serialize_entry("looked_at", &f.looked_at)?;
        }
        map.serialize_entry(
            "marked",
            &f.marked.iter().map(MarkedJson).collect::<Vec<_>>(),
        )?;
        map.serialize_entry("message", &f.message)?;
        map.serialize_entry("rule", &f.rule)?;
        map.serialize_entry("severity", &f.severity)?;
        map.serialize_entry("sources", &f.sources)?;
        map.serialize_entry("story", &f.story)?;
        if let Some(subkind) = &f.subkind {
            map.serialize_entry("subkind", subkind)?;
        }
        map.end()
    }
}

/// A finding's marked words: `claim`, `span`, `text`.
struct MarkedJson<'m>(&'m Marked);

impl Serialize for MarkedJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(3))?;
        map.serialize_entry("claim", &self.0.claim)?;
        map.serialize_entry("span", &SpanJson(self.0.span))?;
        map.serialize_entry("text", &self.0.text)?;
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;
    use crate::extract::FactKind;

    /// The record written straight reads as the value `serde_json` makes of it.
    fn same_as_value(straight: &impl Serialize, record: &impl Serialize) {
        let value = serde_json::to_value(record).unwrap();
        assert_eq!(
            serde_json::to_string(straight).unwrap(),
            serde_json::to_string(&value).unwrap()
        );
    }

    fn span(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    #[test]
    fn a_speaker_with_and_without_a_role_and_an_antecedent() {
        let mut speaker = Speaker {
            text: "the minister".into(),
            span: Some(span(4, 16)),
            entity: Some("ana-ruiz".into()),
            role: Some("Minister of Health".into()),
            antecedent: Some("Ana Ruiz".into()),
        };
        same_as_value(&SpeakerJson(&speaker), &speaker);
        speaker.role = None;
        speaker.antecedent = None;
        speaker.span = None;
        speaker.entity = None;
        same_as_value(&SpeakerJson(&speaker), &speaker);
    }

    #[test]
    fn figures_open_and_closed_ordinal_or_not_and_days() {
        let mut figure = Quantity {
            text: "at least 57".into(),
            span: span(10, 21),
            value: 57.0,
            low: 57.0,
            high: None,
            unit: Some("people".into()),
            measure: Some("killed".into()),
            ordinal: false,
        };
        same_as_value(&QuantityJson(&figure), &figure);
        figure.high = Some(2.5);
        figure.ordinal = true;
        figure.unit = None;
        figure.measure = None;
        same_as_value(&QuantityJson(&figure), &figure);
        let mut day = DateMention {
            text: "on Tuesday".into(),
            span: span(30, 40),
            date: Date::parse("2016-02-23"),
        };
        same_as_value(&DateJson(&day), &day);
        day.date = None;
        same_as_value(&DateJson(&day), &day);
    }

    #[test]
    fn facts_of_every_value_with_and_without_a_moment() {
        let mut fact = Fact {
            id: "wire#f1".into(),
            article: "wire".into(),
            claim: Some("wire#2".into()),
            kind: FactKind::Percent,
            value: FactValue::Amount(Amount {
                text: "5.4 per cent".into(),
                low: 5.35,
                high: Some(5.45),
                unit: Some("percent".into()),
            }),
            frame: Frame {
                what: "stock".into(),
                holder: Some("the index".into()),
                place: Some("Dubai".into()),
                time: Some("2016-02-21".into()),
                source: Some("traders".into()),
                via: Some("AFP".into()),
                moment: Some("close".into()),
            },
            span: span(50, 62),
            sentence: span(30, 90),
            background: true,
            hedged: true,
            vague: false,
            places: vec!["dubai".into()],
            away: true,
            day: None,
            period: None,
            degree: None,
        };
        same_as_value(
            &FactJson {
                fact: &fact,
                at: None,
            },
            &fact,
        );
        fact.frame = Frame {
            what: "raid".into(),
            ..Frame::default()
        };
        fact.value = FactValue::Day {
            text: "on Tuesday".into(),
            day: Date::parse("2016-02-23"),
        };
        same_as_value(
            &FactJson {
                fact: &fact,
                at: None,
            },
            &fact,
        );
        fact.value = FactValue::Members {
            members: vec!["islamic-state".into(), "al-nusra".into()],
        };
        fact.claim = None;
        same_as_value(
            &FactJson {
                fact: &fact,
                at: None,
            },
            &fact,
        );
    }
}
