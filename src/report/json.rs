//! JSON printer: the `corroborate/report@1` object (a contract: fields are added, never renamed).

use std::io::{self, Write};

use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::{Value, json};

use crate::article::{Article, Problem, Span};
use crate::extract::{Claim, Fact};
use crate::pipeline::Analysis;
use crate::report::evidence::Evidence;
use crate::report::{PrintOptions, Report, Selected};

/// The schema name written at the top of every JSON report.
pub const SCHEMA: &str = "corroborate/report@1";

/// `corroborate check --format json` (everything) or `corroborate claims --format json`
/// (articles, entities and claims only).
pub struct JsonReport {
    pub claims_only: bool,
}

impl Report for JsonReport {
    fn write(
        &self,
        analysis: &Analysis,
        options: &PrintOptions,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        let report = Streamed {
            analysis,
            claims_only: self.claims_only,
            options,
        };
        let mut chunked = Chunked {
            buffer: Vec::with_capacity(CHUNK + CHUNK / 8),
            out,
        };
        serde_json::to_writer_pretty(&mut chunked, &report)?;
        writeln!(chunked)?;
        chunked.finish()
    }
}

/// Bytes handed to the writer at a time.
const CHUNK: usize = 1 << 20;

/// The serializer writes a few bytes at a time (a key, a colon, an indent); each write
/// through `dyn Write` is a call into the caller's writer. This gathers them in a buffer
/// of its own and hands the writer a megabyte at a time.
struct Chunked<'a> {
    buffer: Vec<u8>,
    out: &'a mut dyn Write,
}

impl Chunked<'_> {
    /// Hands over what is left.
    fn finish(mut self) -> io::Result<()> {
        self.out.write_all(&self.buffer)?;
        self.buffer.clear();
        Ok(())
    }
}

impl Write for Chunked<'_> {
    #[inline]
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.write_all(bytes)?;
        Ok(bytes.len())
    }

    #[inline]
    fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.buffer.extend_from_slice(bytes);
        if self.buffer.len() >= CHUNK {
            self.out.write_all(&self.buffer)?;
            self.buffer.clear();
        }
        Ok(())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.write_all(&self.buffer)?;
        self.buffer.clear();
        self.out.flush()
    }
}

/// The report written as it is built, one article, claim or finding at a time, so that a
/// batch of 100,000 claims never sits in memory twice. Keys come in alphabetical order, as
/// in [`report_value`].
struct Streamed<'a> {
    analysis: &'a Analysis,
    claims_only: bool,
    options: &'a PrintOptions,
}

/// A JSON array written from an iterator, each element built when it is written.
struct Sequence<I>(std::cell::RefCell<Option<I>>);

impl<I, T> Serialize for Sequence<I>
where
    I: Iterator<Item = T>,
    T: Serialize,
{
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let items = self.0.borrow_mut().take();
        serializer.collect_seq(items.into_iter().flatten())
    }
}

fn sequence<I: Iterator>(items: I) -> Sequence<I> {
    Sequence(std::cell::RefCell::new(Some(items)))
}

impl Serialize for Streamed<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let analysis = self.analysis;
        let evidence = Evidence::new(analysis);
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry(
            "articles",
            &sequence(analysis.articles.iter().map(article_value)),
        )?;
        let claims = analysis.claims.iter().map(|c| {
            let at = evidence.article_index(&c.article);
            claim_value(c, at.map(|i| (&evidence, i)))
        });
        map.serialize_entry("claims", &sequence(claims))?;
        map.serialize_entry("entities", &json!(analysis.entities))?;
        let selected = Selected::of(analysis, &self.options.selection);
        if !self.claims_only {
            // Facts belong to a check: the claims report is articles, entities and claims.
            map.serialize_entry("fact_sheet", &json!(analysis.fact_sheet))?;
            let facts = analysis.facts.iter().map(|f| {
                let at = evidence.article_index(&f.article);
                fact_value(f, at.map(|i| (&evidence, i)))
            });
            map.serialize_entry("facts", &sequence(facts))?;
            let findings = listed(&selected)
                .into_iter()
                .map(|i| json!(analysis.findings[i]));
            map.serialize_entry("findings", &sequence(findings))?;
        }
        map.serialize_entry("problems", &problems_value(&self.options.problems))?;
        map.serialize_entry("schema", SCHEMA)?;
        if !self.claims_only {
            if let Some(selection) = selection_value(&selected) {
                map.serialize_entry("selection", &selection)?;
            }
            map.serialize_entry("stories", &stories_value(analysis))?;
            map.serialize_entry("topics", &json!(analysis.topics))?;
        }
        map.end()
    }
}

/// The report as a JSON value, for callers that want to inspect or extend it; the printer
/// streams the same object (a test holds the two together). `problems` lists the inputs
/// that were not read or were noted (`--keep-going`, empty articles), so that nothing is
/// dropped silently; `findings` holds those of the selection (`--only`, `--min-severity`),
/// which `selection` then describes.
pub fn report_value(analysis: &Analysis, claims_only: bool, options: &PrintOptions) -> Value {
    let mut object = serde_json::Map::new();
    object.insert("schema".into(), json!(SCHEMA));
    object.insert(
        "articles".into(),
        Value::Array(analysis.articles.iter().map(article_value).collect()),
    );
    object.insert("entities".into(), json!(analysis.entities));
    let evidence = Evidence::new(analysis);
    let claims = analysis
        .claims
        .iter()
        .map(|c| {
            let at = evidence.article_index(&c.article);
            claim_value(c, at.map(|i| (&evidence, i)))
        })
        .collect();
    object.insert("claims".into(), Value::Array(claims));
    object.insert("problems".into(), problems_value(&options.problems));
    if !claims_only {
        let facts = analysis
            .facts
            .iter()
            .map(|f| {
                let at = evidence.article_index(&f.article);
                fact_value(f, at.map(|i| (&evidence, i)))
            })
            .collect();
        object.insert("facts".into(), Value::Array(facts));
        object.insert("fact_sheet".into(), json!(analysis.fact_sheet));
        let selected = Selected::of(analysis, &options.selection);
        let findings: Vec<Value> = listed(&selected)
            .into_iter()
            .map(|i| json!(analysis.findings[i]))
            .collect();
        object.insert("findings".into(), Value::Array(findings));
        if let Some(selection) = selection_value(&selected) {
            object.insert("selection".into(), selection);
        }
        object.insert("stories".into(), stories_value(analysis));
        object.insert("topics".into(), json!(analysis.topics));
    }
    Value::Object(object)
}

/// The findings to write, as indexes in the checker's order (that of `Analysis::findings`).
fn listed(selected: &Selected<'_>) -> Vec<usize> {
    let mut indices = selected.indices.clone();
    indices.sort_unstable();
    indices
}

/// What the selection left out, when it left out anything: `{"only": ["contradictions"],
/// "min_severity": "warning", "not_shown": 21}` (`only` empty for every section,
/// `min_severity` null for every level).
fn selection_value(selected: &Selected<'_>) -> Option<Value> {
    let selection = selected.selection();
    (!selection.is_everything()).then(|| {
        json!({
            "only": selection.only.iter().map(|s| s.name()).collect::<Vec<_>>(),
            "min_severity": selection.min_severity.map(|s| s.as_str()),
            "not_shown": selected.hidden,
        })
    })
}

/// The problems as the contract spells them: each message as one string (an error at a
/// place keeps its lines: the message, the line, the caret).
fn problems_value(problems: &[Problem]) -> Value {
    Value::Array(problems.iter().map(|p| json!(p.message)).collect())
}

/// The stories with the ids of their articles.
fn stories_value(analysis: &Analysis) -> Value {
    Value::Array(
        analysis
            .stories
            .iter()
            .map(|s| {
                json!({
                    "id": s.id,
                    "title": s.title,
                    "articles": s
                        .articles
                        .iter()
                        .filter_map(|&a| analysis.articles.get(a).map(|a| &a.id))
                        .collect::<Vec<_>>(),
                })
            })
            .collect(),
    )
}

fn article_value(article: &Article) -> Value {
    let mut v = json!({
        "id": article.id,
        "path": article.path,
        "source": article.source,
        "date": article.date,
        "title": article.title,
        "url": article.url,
        "body_offset": article.body_offset,
        "body_line": article.body_line,
    });
    if !article.metadata.is_empty() {
        v["metadata"] = json!(article.metadata);
    }
    v
}

fn span_with_position(span: Span, at: Option<(&Evidence<'_>, usize)>) -> Value {
    match at {
        Some((evidence, article)) => {
            let (line, column) = evidence.position(article, span.start);
            json!({"start": span.start, "end": span.end, "line": line, "column": column})
        }
        None => json!({"start": span.start, "end": span.end}),
    }
}

/// One fact as the contract spells it: its span with line and column.
pub fn fact_value(fact: &Fact, at: Option<(&Evidence<'_>, usize)>) -> Value {
    let mut v = json!(fact);
    v["span"] = span_with_position(fact.span, at);
    v
}

/// One claim as the contract spells it.
pub fn claim_value(claim: &Claim, at: Option<(&Evidence<'_>, usize)>) -> Value {
    json!({
        "id": claim.id,
        "article": claim.article,
        "kind": claim.kind,
        "speaker": claim.speaker,
        "cue": claim.cue.as_ref().map(|c| c.text.clone()),
        "cue_span": claim.cue.as_ref().map(|c| c.span),
        "via": claim.via.as_ref().map(|v| v.text.clone()),
        "via_span": claim.via.as_ref().map(|v| v.span),
        "hedged": claim.hedged,
        "negated": claim.negated,
        "modality": claim.modality,
        "modal": claim.modal,
        "content": claim.content,
        "quote": claim.quote.as_ref().map(|q| q.text.clone()),
        "span": span_with_position(claim.span, at),
        "content_span": claim.content_span,
        "content_parts": claim.parts,
        "sentence_span": claim.sentence,
        "numbers": claim.numbers,
        "dates": claim.dates,
        "entities": claim.entities,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_streamed_report_is_the_report_value() {
        let rules = crate::RuleSet::builtin().unwrap();
        let article = |id: &str, source: &str, text: &str| {
            let meta = crate::article::ArticleMeta {
                id: Some(id.to_string()),
                source: Some(source.to_string()),
                date: crate::date::Date::parse("2016-02-21"),
                ..Default::default()
            };
            Article::from_text(std::path::Path::new("wire.txt"), text, &meta).unwrap()
        };
        let articles = vec![
            article("a", "One", "Kerry said 12 people were killed on Sunday."),
            article("b", "Two", "Kerry said 18 people were killed on Sunday."),
        ];
        let analysis =
            crate::pipeline::check(crate::pipeline::extract_claims(articles, &rules), &rules);
        assert!(!analysis.findings.is_empty());
        let problems = vec![Problem::note("empty.txt: no text")];
        let only_contradictions = crate::report::Selection {
            only: [crate::report::Section::Contradictions].into(),
            ..Default::default()
        };
        for (claims_only, selection) in [
            (false, Default::default()),
            (true, Default::default()),
            (false, only_contradictions),
        ] {
            let mut streamed = Vec::new();
            let options = PrintOptions {
                problems: problems.clone(),
                selection,
                ..PrintOptions::default()
            };
            JsonReport { claims_only }
                .write(&analysis, &options, &mut streamed)
                .unwrap();
            let value = report_value(&analysis, claims_only, &options);
            let whole = serde_json::to_string_pretty(&value).unwrap() + "\n";
            assert_eq!(String::from_utf8(streamed).unwrap(), whole);
        }
    }
}
