//! JSON printer: the `corroborate/report@1` object (a contract: fields are added, never renamed).

use std::io::{self, Write};

use rayon::prelude::*;
use serde::Serialize;
use serde_json::{Value, json};

use crate::article::{Article, Problem, Span};
use crate::extract::{Claim, Fact};
use crate::pipeline::Analysis;
use crate::report::evidence::Evidence;
use crate::report::pretty::{Pretty, Record, laid_out};
use crate::report::records::{ClaimJson, FactJson, FindingJson};
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
        let mut chunked = Chunked {
            buffer: Vec::with_capacity(CHUNK + CHUNK / 8),
            out,
        };
        write_report(analysis, self.claims_only, options, &mut chunked)?;
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
        // A large piece (128 claims laid out) is handed over as it is, after what the buffer
        // holds, rather than copied into it first.
        if bytes.len() >= CHUNK / 8 {
            self.out.write_all(&self.buffer)?;
            self.buffer.clear();
            return self.out.write_all(bytes);
        }
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

/// Elements of a long array made and laid out together, a few tasks' worth at a time (so
/// that a batch of 100,000 claims never sits in memory twice) …
const BLOCK: usize = 4096;
/// … in tasks of this many elements each …
const PIECE: usize = 128;
/// … each task's buffer made with room for this many bytes at once (a claim is written in
/// some 1,500), so that it seldom grows and is copied.
const PIECE_BYTES: usize = PIECE * 2048;

/// Writes the report as [`report_value`] would be written by `serde_json`'s pretty printer,
/// keys in alphabetical order, but one article, claim, fact or finding at a time, the
/// long arrays' elements made and laid out in parallel (in order, whatever the number of
/// threads).
///
/// The pretty printer lays a value out the same at any depth but for the indent after each
/// line break: each value is written by one begun at its depth ([`Indented`]).
fn write_report(
    analysis: &Analysis,
    claims_only: bool,
    options: &PrintOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
    let evidence = Evidence::new(analysis);
    let mut object = Object::open(out)?;
    object.key("articles")?;
    array(object.out, &analysis.articles, 1, article_value)?;
    object.key("claims")?;
    array(object.out, &analysis.claims, 1, |c| {
        let at = evidence.article_index(&c.article);
        ClaimJson {
            claim: c,
            at: at.map(|i| (&evidence, i)),
        }
    })?;
    object.key("entities")?;
    value(object.out, &json!(analysis.entities), 1)?;
    let selected = Selected::of(analysis, &options.selection);
    if !claims_only {
        // Facts belong to a check: the claims report is articles, entities and claims.
        object.key("fact_sheet")?;
        value(object.out, &json!(analysis.fact_sheet), 1)?;
        object.key("facts")?;
        array(object.out, &analysis.facts, 1, |f| {
            let at = evidence.article_index(&f.article);
            FactJson {
                fact: f,
                at: at.map(|i| (&evidence, i)),
            }
        })?;
        object.key("findings")?;
        array(object.out, &listed(&selected), 1, |&i| {
            FindingJson(&analysis.findings[i])
        })?;
    }
    object.key("problems")?;
    value(object.out, &problems_value(&options.problems), 1)?;
    object.key("schema")?;
    value(object.out, &json!(SCHEMA), 1)?;
    if !claims_only {
        if let Some(selection) = selection_value(&selected) {
            object.key("selection")?;
            value(object.out, &selection, 1)?;
        }
        object.key("stories")?;
        value(object.out, &stories_value(analysis), 1)?;
        object.key("topics")?;
        value(object.out, &json!(analysis.topics), 1)?;
    }
    object.close()
}

/// The report's outer object, written key by key as the pretty printer writes an object.
struct Object<'o> {
    out: &'o mut dyn Write,
    keys: usize,
}

impl<'o> Object<'o> {
    fn open(out: &'o mut dyn Write) -> io::Result<Object<'o>> {
        out.write_all(b"{")?;
        Ok(Object { out, keys: 0 })
    }

    /// The next key (a plain word of the contract) and the colon after it.
    fn key(&mut self, key: &str) -> io::Result<()> {
        if self.keys > 0 {
            self.out.write_all(b",")?;
        }
        self.keys += 1;
        write!(self.out, "\n  \"{key}\": ")
    }

    fn close(self) -> io::Result<()> {
        if self.keys > 0 {
            self.out.write_all(b"\n")?;
        }
        self.out.write_all(b"}")
    }
}

/// Two spaces for each level of `depth`, as the pretty printer indents.
fn indent(buffer: &mut Vec<u8>, depth: usize) {
    for _ in 0..depth {
        buffer.extend_from_slice(b"  ");
    }
}

/// Writes one value at `depth`.
fn value(out: &mut dyn Write, item: &impl Serialize, depth: usize) -> io::Result<()> {
    let mut buffer = Vec::new();
    laid_out(item, depth, &mut buffer)?;
    out.write_all(&buffer)
}

/// Writes an array at `depth` whose elements `make` builds from `items`: the elements are
/// built and laid out in parallel, a block at a time, and written in order.
fn array<'a, T, V>(
    out: &mut dyn Write,
    items: &'a [T],
    depth: usize,
    make: impl Fn(&'a T) -> V + Sync,
) -> io::Result<()>
where
    T: Sync,
    V: Record,
{
    if items.is_empty() {
        return out.write_all(b"[]");
    }
    out.write_all(b"[")?;
    for (b, block) in items.chunks(BLOCK).enumerate() {
        let pieces: Vec<io::Result<Vec<u8>>> = block
            .par_chunks(PIECE)
            .enumerate()
            .map(|(p, piece)| {
                let mut buffer = Vec::with_capacity(PIECE_BYTES);
                for (k, item) in piece.iter().enumerate() {
                    if b > 0 || p > 0 || k > 0 {
                        buffer.push(b',');
                    }
                    buffer.push(b'\n');
                    indent(&mut buffer, depth + 1);
                    make(item).write_to(&mut Pretty::new(&mut buffer, depth + 1))?;
                }
                Ok(buffer)
            })
            .collect();
        for piece in pieces {
            out.write_all(&piece?)?;
        }
    }
    let mut end = vec![b'\n'];
    indent(&mut end, depth);
    end.push(b']');
    out.write_all(&end)
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
        "cue_negation": claim.cue_negation.as_ref().map(|c| c.text.clone()),
        "cue_negation_span": claim.cue_negation.as_ref().map(|c| c.span),
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
