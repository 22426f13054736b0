//! Markdown printer: a report to paste into a pull request or ticket — summary table, findings with quoted evidence, topics.

use std::io::{self, Write};

use crate::article::Span;
use crate::check::{Finding, FindingKind};
use crate::pipeline::Analysis;
use crate::report::evidence::{self, Evidence, Located, Summary};
use crate::report::{PrintOptions, Report};

/// GitHub-flavoured Markdown.
pub struct MarkdownReport;

impl Report for MarkdownReport {
    fn write(
        &self,
        analysis: &Analysis,
        options: &PrintOptions,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        let summary = Summary::of(analysis);
        let evidence = Evidence::new(analysis);
        writeln!(out, "# corroborate report\n")?;
        writeln!(out, "{}.\n", summary.line())?;
        writeln!(out, "| Findings | Count |\n| --- | ---: |")?;
        writeln!(out, "| Contradictions | {} |", summary.contradictions)?;
        writeln!(out, "| Single-source claims | {} |", summary.single_source)?;
        writeln!(out, "| Agreements | {} |", summary.agreements)?;
        writeln!(out, "| Articles | {} |", summary.articles)?;
        writeln!(out, "| Sources | {} |", summary.sources)?;
        // Contradictions stay open; the longer, calmer lists fold away (GitHub shows
        // `<details>`), so that a pull-request comment stays short.
        let folded =
            |kind: Option<FindingKind>| kind.is_some_and(|k| k != FindingKind::Contradiction);
        let mut current = None;
        for finding in evidence::report_order(analysis) {
            if current != Some(finding.kind) {
                if folded(current) {
                    writeln!(out, "\n</details>")?;
                }
                current = Some(finding.kind);
                let count = summary.count(finding.kind);
                writeln!(
                    out,
                    "\n## {} ({count})",
                    evidence::kind_heading(finding.kind)
                )?;
                if folded(current) {
                    writeln!(out, "\n<details>\n<summary>Show all {count}</summary>")?;
                }
            }
            write_finding(finding, &evidence, out)?;
        }
        if folded(current) {
            writeln!(out, "\n</details>")?;
        }
        if !analysis.fact_sheet.is_empty() {
            writeln!(out, "\n## Fact sheet\n")?;
            writeln!(
                out,
                "| Story | Frame | Status | Values |\n| --- | --- | --- | --- |"
            )?;
            for row in &analysis.fact_sheet {
                let values: Vec<String> = row
                    .values
                    .iter()
                    .map(|v| escape(&evidence::sheet_value(v)))
                    .collect();
                writeln!(
                    out,
                    "| {} | {} | {} | {} |",
                    escape(&row.story),
                    escape(&row.label()),
                    row.status.as_str(),
                    values.join("<br>")
                )?;
            }
        }
        if !analysis.topics.is_empty() {
            writeln!(out, "\n## Topics")?;
        }
        for topic in &analysis.topics {
            writeln!(out, "\n### {}\n", escape(&topic.question))?;
            if topic.answers.is_empty() {
                writeln!(out, "No answer found.")?;
                continue;
            }
            writeln!(out, "| Answer | Sources | |\n| --- | --- | --- |")?;
            for answer in &topic.answers {
                writeln!(
                    out,
                    "| {} | {} | {} |",
                    escape(evidence.entity_name(&answer.entity)),
                    escape(&answer.sources.join(", ")),
                    if answer.single_source {
                        "⚠️ single source"
                    } else {
                        ""
                    }
                )?;
            }
        }
        if !options.problems.is_empty() {
            writeln!(out, "\n## Inputs skipped or noted\n")?;
            for problem in &options.problems {
                writeln!(out, "- {}", escape(problem))?;
            }
        }
        Ok(())
    }
}

fn write_finding(
    finding: &Finding,
    evidence: &Evidence<'_>,
    out: &mut dyn Write,
) -> io::Result<()> {
    writeln!(
        out,
        "\n### {} · `{}` · {}\n",
        escape(&finding.id),
        evidence::rule_id(finding),
        finding.severity.as_str()
    )?;
    writeln!(out, "{}\n", escape(&finding.message))?;
    for located in evidence.locate(finding) {
        let sentence = located.sentence();
        let (line, column) = evidence.position(located.article_index, sentence.start);
        writeln!(
            out,
            "- **{}** — {}\n",
            escape(&located.article.source),
            code(&format!("{}:{line}:{column}", located.article.path)),
        )?;
        writeln!(out, "  > {}\n", quoted(&located, sentence))?;
    }
    writeln!(out, "Sources: {}", escape(&finding.sources.join(", ")))
}

/// The sentence, escaped, with the focus words in bold.
fn quoted(located: &Located<'_>, sentence: Span) -> String {
    let mut out = String::new();
    for (run, focus) in located.runs(sentence) {
        let trimmed = run.trim();
        if !focus || trimmed.is_empty() {
            out.push_str(&escape(run));
        } else {
            // Bold hugs the words: `** x**` would not render as bold.
            let lead = &run[..run.len() - run.trim_start().len()];
            let tail = &run[run.trim_end().len()..];
            out.push_str(&escape(lead));
            out.push_str(&format!("**{}**", escape(trimmed)));
            out.push_str(&escape(tail));
        }
    }
    out
}

/// A code span showing `s` as written, on one line: fenced with more backticks than `s` has in a row.
pub fn code(s: &str) -> String {
    let s: String = s
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let mut longest = 0;
    let mut run = 0;
    for c in s.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat(longest + 1);
    if longest == 0 {
        format!("{fence}{s}{fence}")
    } else {
        format!("{fence} {s} {fence}")
    }
}

/// Escapes text so Markdown shows it as written: no HTML, links, emphasis or tables, and on one line.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            if !space {
                out.push(' ');
            }
            space = true;
            continue;
        }
        space = false;
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' | '#' | '!' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{code, escape};

    #[test]
    fn code_spans_survive_backticks_in_paths() {
        assert_eq!(code("wire/a_b.txt:1:2"), "`wire/a_b.txt:1:2`");
        assert_eq!(code("we`ird.txt"), "`` we`ird.txt ``");
    }

    #[test]
    fn escape_keeps_html_and_markup_inert() {
        assert_eq!(
            escape("<script>alert(1)</script> *x* [a](b) | c"),
            "&lt;script&gt;alert(1)&lt;/script&gt; \\*x\\* \\[a\\](b) \\| c"
        );
    }

    #[test]
    fn escape_folds_line_breaks() {
        assert_eq!(escape("one\n\n# two  "), "one \\# two ");
    }
}
