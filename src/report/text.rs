//! Text printer for `corroborate check`: findings grouped by kind, most severe first, each with its source snippets and the deciding words underlined.

use std::io::{self, Write};

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use crate::Analysis;
use crate::check::{Finding, FindingKind};
use crate::report::evidence::{self, Evidence, Summary};
use crate::report::{PrintOptions, Report};
use crate::rules::Severity;

/// The default report for a terminal.
pub struct TextReport;

/// Fixed so that output does not depend on the terminal it is printed in.
const WIDTH: usize = 120;

impl Report for TextReport {
    fn write(
        &self,
        analysis: &Analysis,
        options: &PrintOptions,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        let style = Style {
            color: options.color,
        };
        let renderer = if options.color {
            Renderer::styled()
        } else {
            Renderer::plain()
        }
        .term_width(WIDTH);
        let evidence = Evidence::new(analysis);
        let findings = evidence::report_order(analysis);
        let mut current = None;
        for finding in findings {
            if current != Some(finding.kind) {
                current = Some(finding.kind);
                let count = analysis
                    .findings
                    .iter()
                    .filter(|f| f.kind == finding.kind)
                    .count();
                writeln!(
                    out,
                    "{} ({count})\n",
                    style.heading(evidence::kind_heading(finding.kind))
                )?;
            }
            let rendered = renderer.render(&[finding_group(finding, &evidence)]);
            writeln!(out, "{rendered}\n")?;
        }
        write_topics(analysis, &evidence, &style, out)?;
        if !options.problems.is_empty() {
            writeln!(
                out,
                "{}\n",
                style.heading(&format!("Not read ({})", options.problems.len()))
            )?;
            for problem in &options.problems {
                writeln!(out, "  {problem}")?;
            }
            writeln!(out)?;
        }
        writeln!(out, "{}", style.bold(&Summary::of(analysis).line()))
    }
}

fn level(severity: Severity) -> Level<'static> {
    match severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    }
}

/// One finding: its title, a snippet per claim with the deciding words underlined and
/// labelled with the outlet, and the sources.
fn finding_group<'a>(finding: &'a Finding, evidence: &Evidence<'a>) -> Group<'a> {
    let title = format!("{} ({})", one_line(&finding.message), finding.id);
    let mut group = Group::with_title(
        level(finding.severity)
            .primary_title(title)
            .id(evidence::rule_id(finding)),
    );
    for located in evidence.locate(finding) {
        let text = located.article.text.as_str();
        let sentence = located.sentence();
        let start = text[..sentence.start].rfind('\n').map_or(0, |i| i + 1);
        let end = text[sentence.end..]
            .find('\n')
            .map_or(text.len(), |i| sentence.end + i);
        let (line, _) = evidence.position(located.article_index, start);
        let mut snippet = Snippet::source(&text[start..end])
            .line_start(line)
            .path(located.article.path.as_str());
        for (i, span) in located.focus().into_iter().enumerate() {
            let kind = if finding.kind == FindingKind::Agreement {
                AnnotationKind::Context
            } else {
                AnnotationKind::Primary
            };
            let mut annotation = kind.span(span.start - start..span.end - start);
            if i == 0 {
                annotation = annotation.label(located.article.source.as_str());
            }
            snippet = snippet.annotation(annotation);
        }
        group = group.element(snippet);
    }
    let sources = format!("sources: {}", finding.sources.join(", "));
    group.element(Level::NOTE.message(sources))
}

fn write_topics(
    analysis: &Analysis,
    evidence: &Evidence<'_>,
    style: &Style,
    out: &mut dyn Write,
) -> io::Result<()> {
    if analysis.topics.is_empty() {
        return Ok(());
    }
    writeln!(out, "{}\n", style.heading("Topics"))?;
    for topic in &analysis.topics {
        writeln!(out, "  {}", style.bold(&topic.question))?;
        if topic.answers.is_empty() {
            writeln!(out, "    no answer found")?;
        }
        for answer in &topic.answers {
            let flag = if answer.single_source {
                format!("  {}", style.warn("single source"))
            } else {
                String::new()
            };
            writeln!(
                out,
                "    {} — {}{flag}",
                evidence.entity_name(&answer.entity),
                answer.sources.join(", ")
            )?;
        }
        writeln!(out)?;
    }
    Ok(())
}

/// Collapses line breaks and runs of spaces, so a message stays on one line.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// ANSI styling for headings, only when colour is on.
struct Style {
    color: bool,
}

impl Style {
    fn paint(&self, code: &str, s: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }

    fn heading(&self, s: &str) -> String {
        self.paint("1;4", s)
    }

    fn bold(&self, s: &str) -> String {
        self.paint("1", s)
    }

    fn warn(&self, s: &str) -> String {
        self.paint("33", s)
    }
}
