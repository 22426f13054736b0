//! Markdown printer: a report to paste into a pull request or ticket — summary table, findings with quoted evidence, topics.

use std::io::{self, Write};

use crate::article::Span;
use crate::check::{Finding, FindingKind};
use crate::pipeline::Analysis;
use crate::report::evidence::{self, Evidence, Located};
use crate::report::{self, PrintOptions, Report, Selected};

/// GitHub-flavoured Markdown.
pub struct MarkdownReport;

impl Report for MarkdownReport {
    fn write(
        &self,
        analysis: &Analysis,
        options: &PrintOptions,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        let selected = Selected::of(analysis, &options.selection);
        let summary = selected.summary;
        let evidence = Evidence::new(analysis);
        writeln!(out, "# corroborate report\n")?;
        writeln!(out, "{}.\n", summary.line())?;
        if let Some(note) = selected.note() {
            writeln!(out, "{}.\n", escape(&note))?;
        }
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
        for finding in selected.findings() {
            if current != Some(finding.kind) {
                if folded(current) {
                    writeln!(out, "\n</details>")?;
                }
                current = Some(finding.kind);
                let count = selected.count(finding.kind);
                writeln!(out, "\n## {}", selected.heading(finding.kind))?;
                if folded(current) {
                    writeln!(out, "\n<details>\n<summary>Show all {count}</summary>")?;
                }
            }
            write_finding(finding, &evidence, out)?;
        }
        if folded(current) {
            writeln!(out, "\n</details>")?;
        }
        let topics = if selected.topics {
            analysis.topics.as_slice()
        } else {
            &[]
        };
        if !topics.is_empty() {
            writeln!(out, "\n## Topics")?;
        }
        for topic in topics {
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
        for (heading, problems) in report::problem_groups(&options.problems) {
            writeln!(out, "\n## {heading}")?;
            for problem in problems {
                writeln!(out, "\n{}", fenced(&problem.message))?;
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

/// `text` in a fenced code block, shown as written line by line (a caret stays under its
/// column): fenced with more backticks than `text` has in a row, control characters blanked.
pub fn fenced(text: &str) -> String {
    let text: String = text
        .chars()
        .map(|c| if c.is_control() && c != '\n' { ' ' } else { c })
        .collect();
    let mut longest = 0;
    let mut run = 0;
    for c in text.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat((longest + 1).max(3));
    format!("{fence}text\n{}\n{fence}", text.trim_end())
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
