//! JSON printer: the `corroborate/report@1` object (a contract: fields are added, never renamed).

use std::io::{self, Write};

use serde_json::{Value, json};

use crate::Analysis;
use crate::article::{Article, Span};
use crate::extract::Claim;
use crate::report::evidence::Evidence;
use crate::report::{PrintOptions, Report};

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
        let value = report_value(analysis, self.claims_only, &options.problems);
        serde_json::to_writer_pretty(&mut *out, &value)?;
        writeln!(out)
    }
}

/// The report as a JSON value. `problems` lists the inputs that were skipped or noted
/// (`--keep-going`, empty articles), so that nothing is dropped silently.
pub fn report_value(analysis: &Analysis, claims_only: bool, problems: &[String]) -> Value {
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
    object.insert("problems".into(), json!(problems));
    if !claims_only {
        object.insert("findings".into(), json!(analysis.findings));
        object.insert("topics".into(), json!(analysis.topics));
    }
    Value::Object(object)
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
        "content": claim.content,
        "quote": claim.quote.as_ref().map(|q| q.text.clone()),
        "span": span_with_position(claim.span, at),
        "content_span": claim.content_span,
        "sentence_span": claim.sentence,
        "numbers": claim.numbers,
        "dates": claim.dates,
        "entities": claim.entities,
    })
}
