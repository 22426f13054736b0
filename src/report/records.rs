//! The report's records written straight: a claim, a fact, a finding and what they hold,
//! each with its keys in the order a `serde_json::Value` keeps them (alphabetical) and
//! left out where the value leaves them out, so that the streamed report reads exactly as
//! the report value printed, without a map built and dropped for every record. They are
//! laid out by hand ([`Pretty`]): their keys are written as they are and their strings
//! escaped a run at a time, where the serializer escaped every key and string byte by byte.
//!
//! A field added to a record must be added here too: the JSON printer's test holds the
//! streamed report and the value together, field by field.

use std::io;

use crate::article::Span;
use crate::check::{Finding, Marked};
use crate::extract::{Amount, Claim, DateMention, Fact, FactValue, Frame, Quantity, Speaker};
use crate::report::evidence::Evidence;
use crate::report::pretty::{Pretty, Record};

/// Where a record's article lies in the evidence, for the line and column of its span.
pub type At<'e> = Option<(&'e Evidence<'e>, usize)>;

/// A span as a value of the report spells it: `{"end": …, "start": …}`.
fn span(out: &mut Pretty<'_>, span: Span) {
    let mut map = out.object();
    map.key("end").count(span.end);
    map.key("start").count(span.start);
    map.close();
}

/// A span, or `null`.
fn maybe_span(out: &mut Pretty<'_>, maybe: Option<Span>) {
    match maybe {
        Some(s) => span(out, s),
        None => out.null(),
    }
}

/// A span with its line and column where the article is known: `{"column", "end", "line",
/// "start"}`.
fn placed(out: &mut Pretty<'_>, at: Span, article: At<'_>) {
    let Some((evidence, article)) = article else {
        return span(out, at);
    };
    let (line, column) = evidence.position(article, at.start);
    let mut map = out.object();
    map.key("column").count(column);
    map.key("end").count(at.end);
    map.key("line").count(line);
    map.key("start").count(at.start);
    map.close();
}

/// One claim as the contract spells it.
pub struct ClaimJson<'c> {
    pub claim: &'c Claim,
    pub at: At<'c>,
}

impl Record for ClaimJson<'_> {
    fn write_to(&self, out: &mut Pretty<'_>) -> io::Result<()> {
        let c = self.claim;
        let mut map = out.object();
        map.key("article").string(&c.article);
        map.key("content").string(&c.content);
        map.key("content_parts").array(&c.parts, |out, &p| {
            span(out, p);
            Ok(())
        })?;
        span(map.key("content_span"), c.content_span);
        map.key("cue")
            .maybe_string(c.cue.as_ref().map(|x| x.text.as_str()));
        map.key("cue_negation")
            .maybe_string(c.cue_negation.as_ref().map(|x| x.text.as_str()));
        maybe_span(
            map.key("cue_negation_span"),
            c.cue_negation.as_ref().map(|x| x.span),
        );
        maybe_span(map.key("cue_span"), c.cue.as_ref().map(|x| x.span));
        map.key("dates").array(&c.dates, date)?;
        map.key("entities").strings(&c.entities);
        map.key("hedged").boolean(c.hedged);
        map.key("id").string(&c.id);
        map.key("kind").value(&c.kind)?;
        map.key("modal").maybe_string(c.modal.as_deref());
        map.key("modality").string(&c.modality);
        map.key("negated").boolean(c.negated);
        map.key("numbers").array(&c.numbers, quantity)?;
        map.key("quote")
            .maybe_string(c.quote.as_ref().map(|q| q.text.as_str()));
        span(map.key("sentence_span"), c.sentence);
        placed(map.key("span"), c.span, self.at);
        match &c.speaker {
            Some(s) => speaker(map.key("speaker"), s),
            None => map.key("speaker").null(),
        }
        map.key("via")
            .maybe_string(c.via.as_ref().map(|x| x.text.as_str()));
        maybe_span(map.key("via_span"), c.via.as_ref().map(|x| x.span));
        map.close();
        Ok(())
    }
}

/// A claim's speaker: `antecedent` and `role` only where known.
fn speaker(out: &mut Pretty<'_>, s: &Speaker) {
    let mut map = out.object();
    if let Some(antecedent) = &s.antecedent {
        map.key("antecedent").string(antecedent);
    }
    map.key("entity").maybe_string(s.entity.as_deref());
    if let Some(role) = &s.role {
        map.key("role").string(role);
    }
    maybe_span(map.key("span"), s.span);
    map.key("text").string(&s.text);
    map.close();
}

/// A figure of a claim: `ordinal` only when it is one.
fn quantity(out: &mut Pretty<'_>, q: &Quantity) -> io::Result<()> {
    let mut map = out.object();
    map.key("high").value(&q.high)?;
    map.key("low").value(&q.low)?;
    map.key("measure").maybe_string(q.measure.as_deref());
    if q.ordinal {
        map.key("ordinal").boolean(q.ordinal);
    }
    span(map.key("span"), q.span);
    map.key("text").string(&q.text);
    map.key("unit").maybe_string(q.unit.as_deref());
    map.key("value").value(&q.value)?;
    map.close();
    Ok(())
}

/// A day named in a claim.
fn date(out: &mut Pretty<'_>, d: &DateMention) -> io::Result<()> {
    let mut map = out.object();
    map.key("date").value(&d.date)?;
    span(map.key("span"), d.span);
    map.key("text").string(&d.text);
    map.close();
    Ok(())
}

/// One fact as the contract spells it: its span with line and column.
pub struct FactJson<'f> {
    pub fact: &'f Fact,
    pub at: At<'f>,
}

impl Record for FactJson<'_> {
    fn write_to(&self, out: &mut Pretty<'_>) -> io::Result<()> {
        let f = self.fact;
        let mut map = out.object();
        map.key("article").string(&f.article);
        map.key("background").boolean(f.background);
        map.key("claim").maybe_string(f.claim.as_deref());
        frame(map.key("frame"), &f.frame);
        map.key("hedged").boolean(f.hedged);
        map.key("id").string(&f.id);
        map.key("kind").value(&f.kind)?;
        span(map.key("sentence_span"), f.sentence);
        placed(map.key("span"), f.span, self.at);
        map.key("vague").boolean(f.vague);
        fact_value(map.key("value"), &f.value)?;
        map.close();
        Ok(())
    }
}

/// A fact's frame: `moment` only where named.
fn frame(out: &mut Pretty<'_>, f: &Frame) {
    let mut map = out.object();
    map.key("holder").maybe_string(f.holder.as_deref());
    if let Some(moment) = &f.moment {
        map.key("moment").string(moment);
    }
    map.key("place").maybe_string(f.place.as_deref());
    map.key("source").maybe_string(f.source.as_deref());
    map.key("time").maybe_string(f.time.as_deref());
    map.key("via").maybe_string(f.via.as_deref());
    map.key("what").string(&f.what);
    map.close();
}

/// A fact's value, untagged: an amount, a day or a list's members.
fn fact_value(out: &mut Pretty<'_>, value: &FactValue) -> io::Result<()> {
    let mut map = out.object();
    match value {
        FactValue::Amount(Amount {
            text,
            low,
            high,
            unit,
        }) => {
            map.key("high").value(high)?;
            map.key("low").value(low)?;
            map.key("text").string(text);
            map.key("unit").maybe_string(unit.as_deref());
        }
        FactValue::Day { text, day } => {
            map.key("day").value(day)?;
            map.key("text").string(text);
        }
        FactValue::Members { members } => map.key("members").strings(members),
    }
    map.close();
    Ok(())
}

/// One finding as `json!` spells it: those keys a value leaves out left out alike, each
/// mark's span as `{"end", "start"}`.
pub struct FindingJson<'f>(pub &'f Finding);

impl Record for FindingJson<'_> {
    fn write_to(&self, out: &mut Pretty<'_>) -> io::Result<()> {
        let f = self.0;
        let mut map = out.object();
        map.key("claims").strings(&f.claims);
        if !f.facts.is_empty() {
            map.key("facts").strings(&f.facts);
        }
        map.key("fingerprint").string(&f.fingerprint);
        map.key("id").string(&f.id);
        map.key("kind").value(&f.kind)?;
        if !f.looked_at.is_empty() {
            map.key("looked_at").strings(&f.looked_at);
        }
        map.key("marked").array(&f.marked, marked)?;
        map.key("message").string(&f.message);
        map.key("rule").string(&f.rule);
        map.key("severity").value(&f.severity)?;
        map.key("sources").strings(&f.sources);
        map.key("story").maybe_string(f.story.as_deref());
        if let Some(subkind) = &f.subkind {
            map.key("subkind").value(subkind)?;
        }
        map.close();
        Ok(())
    }
}

/// A finding's marked words: `claim`, `span`, `text`.
fn marked(out: &mut Pretty<'_>, m: &Marked) -> io::Result<()> {
    let mut map = out.object();
    map.key("claim").string(&m.claim);
    span(map.key("span"), m.span);
    map.key("text").string(&m.text);
    map.close();
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;
    use crate::extract::FactKind;

    /// The record written straight reads as the value `serde_json` makes of it, printed.
    fn same_as_value(straight: impl FnOnce(&mut Pretty<'_>), record: &impl serde::Serialize) {
        let value = serde_json::to_value(record).unwrap();
        let mut written = Vec::new();
        straight(&mut Pretty::new(&mut written, 0));
        assert_eq!(
            String::from_utf8(written).unwrap(),
            serde_json::to_string_pretty(&value).unwrap()
        );
    }

    /// A fact with no position, written by hand, as its value is printed.
    fn fact_same_as_value(fact: &Fact) {
        same_as_value(
            |out| FactJson { fact, at: None }.write_to(out).unwrap(),
            fact,
        );
    }

    fn at(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    #[test]
    fn a_speaker_with_and_without_a_role_and_an_antecedent() {
        let mut speaker = Speaker {
            text: "the minister".into(),
            span: Some(at(4, 16)),
            entity: Some("ana-ruiz".into()),
            role: Some("Minister of Health".into()),
            antecedent: Some("Ana Ruiz".into()),
        };
        same_as_value(|out| super::speaker(out, &speaker), &speaker);
        speaker.role = None;
        speaker.antecedent = None;
        speaker.span = None;
        speaker.entity = None;
        same_as_value(|out| super::speaker(out, &speaker), &speaker);
    }

    #[test]
    fn figures_open_and_closed_ordinal_or_not_and_days() {
        let mut figure = Quantity {
            text: "at least 57".into(),
            span: at(10, 21),
            value: 57.0,
            low: 57.0,
            high: None,
            unit: Some("people".into()),
            measure: Some("killed".into()),
            ordinal: false,
        };
        same_as_value(|out| quantity(out, &figure).unwrap(), &figure);
        figure.high = Some(2.5);
        figure.ordinal = true;
        figure.unit = None;
        figure.measure = None;
        same_as_value(|out| quantity(out, &figure).unwrap(), &figure);
        let mut day = DateMention {
            text: "on Tuesday".into(),
            span: at(30, 40),
            date: Date::parse("2016-02-23"),
        };
        same_as_value(|out| date(out, &day).unwrap(), &day);
        day.date = None;
        same_as_value(|out| date(out, &day).unwrap(), &day);
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
            span: at(50, 62),
            sentence: at(30, 90),
            background: true,
            hedged: true,
            vague: false,
            places: vec!["dubai".into()],
            away: true,
            day: None,
            period: None,
            degree: None,
            event_day: false,
        };
        fact_same_as_value(&fact);
        fact.frame = Frame {
            what: "raid".into(),
            ..Frame::default()
        };
        fact.value = FactValue::Day {
            text: "on Tuesday".into(),
            day: Date::parse("2016-02-23"),
        };
        fact_same_as_value(&fact);
        fact.value = FactValue::Members {
            members: vec!["islamic-state".into(), "al-nusra".into()],
        };
        fact.claim = None;
        fact_same_as_value(&fact);
    }
}
