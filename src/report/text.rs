//! Text printer for `corroborate check`: the verdict first, then findings grouped by kind, most severe first, each with its sentences wrapped to the terminal and the deciding words underlined.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{self, Write};

use unicode_width::UnicodeWidthChar;

use crate::article::{Problem, Span};
use crate::check::{Finding, FindingKind};
use crate::pipeline::Analysis;
use crate::report::evidence::{self, Evidence, Located};
use crate::report::verdict::Verdict;
use crate::report::{self, PrintOptions, Report, Selected};
use crate::rules::Severity;

/// The default report for a terminal.
pub struct TextReport;

/// Columns a quoted sentence is wrapped to; fixed, so that output does not depend on the
/// terminal it is printed in.
const WIDTH: usize = 100;

/// Bytes of a sentence shown around the marked words when the sentence is very long.
const CONTEXT: usize = 240;

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
        let evidence = Evidence::new(analysis);
        let selected = Selected::of(analysis, &options.selection);
        let verdict = Verdict::of(analysis, &options.selection);
        write_verdict(&verdict, &style, out)?;
        let unreadable = options.problems.iter().filter(|p| p.unreadable).count();
        if unreadable > 0 {
            let files = evidence::plural(unreadable, "input was", "inputs were");
            let line = format!("{files} not read: listed at the end");
            writeln!(out, "{}\n", style.severity(Severity::Error, &line))?;
        }
        let repeats = verdict.repeat_leads();
        match selected.by_story() {
            None => {
                let findings: Vec<&Finding> = selected.findings().collect();
                write_story(
                    analysis,
                    None,
                    &findings,
                    &repeats,
                    |k| selected.heading(k),
                    &evidence,
                    &style,
                    selected.topics,
                    out,
                )?;
            }
            Some(stories) => {
                for (story, listed) in stories {
                    let heading = format!("Story {}: {}", story.id, clean(&story.title));
                    writeln!(out, "{}", style.heading(&heading))?;
                    writeln!(
                        out,
                        "  {}: {}\n",
                        evidence::plural(story.articles.len(), "article", "articles"),
                        clean(&evidence::story_articles(analysis, story))
                    )?;
                    if listed.is_empty() {
                        writeln!(out, "  No findings listed.\n")?;
                    }
                    let findings: Vec<&Finding> =
                        listed.iter().map(|&i| &analysis.findings[i]).collect();
                    let heading = |k| selected.heading_in(k, &story.id);
                    write_story(
                        analysis,
                        Some(&story.id),
                        &findings,
                        &repeats,
                        heading,
                        &evidence,
                        &style,
                        selected.topics,
                        out,
                    )?;
                }
            }
        }
        for (heading, problems) in report::problem_groups(&options.problems) {
            writeln!(out, "{}\n", style.heading(&heading))?;
            for line in problems.into_iter().flat_map(Problem::lines) {
                writeln!(out, "  {}", clean(line))?;
            }
            writeln!(out)?;
        }
        if let Some(note) = selected.note() {
            writeln!(out, "{}", clean(&note))?;
        }
        writeln!(out, "{}", style.bold(&selected.summary.line()))
    }
}

/// Findings in report order under a heading per kind (`heading` gives it with its counts).
/// A finding that repeats a disagreement shown above (`repeats`: its id → the lead's) is
/// one line and a pointer to the lead.
fn write_findings(
    findings: &[&Finding],
    heading: impl Fn(FindingKind) -> String,
    repeats: &BTreeMap<&str, &str>,
    evidence: &Evidence<'_>,
    style: &Style,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut current = None;
    for finding in findings {
        if current != Some(finding.kind) {
            current = Some(finding.kind);
            writeln!(out, "{}\n", style.heading(&heading(finding.kind)))?;
        }
        match repeats.get(finding.id.as_str()) {
            Some(lead) => {
                writeln!(out, "{}", finding_line(finding, style))?;
                writeln!(
                    out,
                    "  {} same disagreement as {}; sources: {}\n",
                    style.dim("="),
                    clean(lead),
                    clean(&finding.sources.join(", "))
                )?;
            }
            None => out.write_all(finding_block(finding, evidence, style).as_bytes())?,
        }
    }
    Ok(())
}

/// The verdict block: per story the counts, the watched questions answered by name, and
/// each disagreement once, most severe first.
fn write_verdict(verdict: &Verdict<'_>, style: &Style, out: &mut dyn Write) -> io::Result<()> {
    let several = verdict.stories.len() > 1;
    if several {
        writeln!(out, "{}\n", style.heading("Verdict"))?;
    }
    for part in &verdict.stories {
        let what = format!(
            "{} from {}",
            evidence::plural(part.articles, "article", "articles"),
            evidence::plural(part.outlets.len(), "outlet", "outlets"),
        );
        match part.story.filter(|_| several) {
            Some(story) => writeln!(
                out,
                "{}",
                style.bold(&format!(
                    "Story {}: {} — {what}",
                    story.id,
                    clean(&story.title)
                ))
            )?,
            None => writeln!(out, "{}", style.heading(&format!("Verdict: {what}")))?,
        }
        writeln!(out, "  outlets: {}", clean(&part.outlets.join(", ")))?;
        writeln!(out, "  {}", part.counts_line())?;
        for question in &part.questions {
            writeln!(out, "  {}", style.bold(&clean(question.question)))?;
            if question.answers.is_empty() {
                writeln!(out, "    no answer found")?;
            }
            for answer in &question.answers {
                let mut flag = if answer.single_source {
                    format!("  {}", style.warn("single source"))
                } else {
                    String::new()
                };
                if let Some(status) = answer.status {
                    flag.push_str(&format!("  {}", style.warn(status)));
                }
                writeln!(
                    out,
                    "    {} — {}{flag}",
                    clean(answer.name),
                    clean(&answer.sources.join(", "))
                )?;
            }
        }
        if !part.disagreements.is_empty() {
            writeln!(
                out,
                "  {}",
                style.bold("Contradictions, most severe first:")
            )?;
        }
        for disagreement in &part.disagreements {
            let lead = disagreement.lead;
            writeln!(
                out,
                "    {} {}: {}",
                style.severity(
                    lead.severity,
                    &format!("{}[{}]", lead.severity.as_str(), evidence::rule_id(lead))
                ),
                clean(&lead.id),
                clean(&lead.message)
            )?;
            if let Some(ids) = disagreement.repeat_ids() {
                writeln!(
                    out,
                    "      {} also {} ({})",
                    style.dim("="),
                    clean(&ids),
                    clean(&disagreement.sources().join(", "))
                )?;
            }
        }
        writeln!(out)?;
    }
    Ok(())
}

/// The first line of a finding: `error[contradiction/number] F1: message`.
fn finding_line(finding: &Finding, style: &Style) -> String {
    format!(
        "{} {}",
        style.severity(
            finding.severity,
            &format!(
                "{}[{}]",
                finding.severity.as_str(),
                evidence::rule_id(finding)
            )
        ),
        style.bold(&format!(
            "{}: {}",
            clean(&finding.id),
            clean(&finding.message)
        ))
    )
}

/// One finding: `error[contradiction/number] F1: message`, then for each claim where it
/// is and its sentence with the deciding words underlined, then the sources.
fn finding_block(finding: &Finding, evidence: &Evidence<'_>, style: &Style) -> String {
    let mut block = String::new();
    let _ = writeln!(block, "{}", finding_line(finding, style));
    let marker = if finding.kind == FindingKind::Agreement {
        '-'
    } else {
        '^'
    };
    for located in evidence.locate(finding) {
        let focus = located.focus();
        let at = focus.first().map_or(located.span().start, |f| f.start);
        let (line, column) = evidence.position(located.article_index, at);
        let _ = writeln!(
            block,
            "  {} {}:{line}:{column} ({})",
            style.dim("-->"),
            clean(&located.article.path),
            clean(&located.article.source)
        );
        quote(
            &mut block,
            &located,
            &focus,
            evidence,
            marker,
            finding.severity,
            style,
        );
    }
    let _ = writeln!(
        block,
        "  {} sources: {}\n",
        style.dim("="),
        clean(&finding.sources.join(", "))
    );
    block
}

/// The claim's sentence (or a window of it around the focus when it is very long), wrapped,
/// each row with its file line number and an underline below the focus words.
fn quote(
    block: &mut String,
    located: &Located<'_>,
    focus: &[Span],
    evidence: &Evidence<'_>,
    marker: char,
    severity: Severity,
    style: &Style,
) {
    let text = located.article.text.as_str();
    let sentence = window(text, located.sentence(), focus);
    let rows = wrap(text, sentence, WIDTH);
    let last_line = evidence
        .position(located.article_index, sentence.end)
        .0
        .to_string();
    let gutter = last_line.len();
    let mut previous_line = 0;
    let _ = writeln!(block, "  {:gutter$} {}", "", style.dim("|"));
    for (i, row) in rows.iter().enumerate() {
        let (line, _) = evidence.position(located.article_index, row.start);
        let number = if line == previous_line {
            String::new()
        } else {
            line.to_string()
        };
        previous_line = line;
        let lead = if i == 0 && sentence.start > located.sentence().start {
            "… "
        } else {
            ""
        };
        let tail = if i + 1 == rows.len() && sentence.end < located.sentence().end {
            " …"
        } else {
            ""
        };
        let shown = clean(row.of(text).trim_end());
        let _ = writeln!(
            block,
            "  {number:>gutter$} {} {lead}{shown}{tail}",
            style.dim("|")
        );
        let underline = underline(text, *row, focus, marker);
        if !underline.trim().is_empty() {
            let _ = writeln!(
                block,
                "  {:gutter$} {} {}{}",
                "",
                style.dim("|"),
                " ".repeat(width(lead)),
                style.severity(severity, underline.trim_end())
            );
        }
    }
}

/// A very long sentence is cut to the focus words and `CONTEXT` bytes either side.
fn window(text: &str, sentence: Span, focus: &[Span]) -> Span {
    if sentence.len() <= 3 * CONTEXT || focus.is_empty() {
        return sentence;
    }
    let first = focus
        .iter()
        .map(|f| f.start)
        .min()
        .unwrap_or(sentence.start);
    let last = focus.iter().map(|f| f.end).max().unwrap_or(sentence.end);
    let mut start = first.saturating_sub(CONTEXT).max(sentence.start);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (last + CONTEXT).min(sentence.end);
    while !text.is_char_boundary(end) {
        end += 1;
    }
    Span::new(start, end)
}

/// Cuts `span` into rows of at most `width` columns, at spaces where possible and at every
/// line break.
fn wrap(text: &str, span: Span, width: usize) -> Vec<Span> {
    let mut rows = Vec::new();
    let mut row_start = span.start;
    let mut columns = 0;
    let mut last_space: Option<usize> = None;
    for (offset, c) in span.of(text).char_indices() {
        let i = span.start + offset;
        if c == '\n' {
            rows.push(Span::new(row_start, i));
            row_start = i + 1;
            columns = 0;
            last_space = None;
            continue;
        }
        let w = char_width(c);
        if columns + w > width && i > row_start {
            match last_space.filter(|&b| b > row_start) {
                Some(b) => {
                    rows.push(Span::new(row_start, b));
                    row_start = b;
                }
                None => {
                    rows.push(Span::new(row_start, i));
                    row_start = i;
                }
            }
            columns = self::width(&text[row_start..i]);
            last_space = None;
        }
        columns += w;
        if c == ' ' {
            last_space = Some(i + 1);
        }
    }
    if row_start < span.end || rows.is_empty() {
        rows.push(Span::new(row_start, span.end));
    }
    rows
}

/// `marker` under the columns of `row` that the focus spans cover.
fn underline(text: &str, row: Span, focus: &[Span], marker: char) -> String {
    let mut line: Vec<char> = Vec::new();
    for f in focus {
        let start = f.start.max(row.start);
        let end = f.end.min(row.end);
        if start >= end {
            continue;
        }
        let pad = width(&text[row.start..start]);
        let len = width(&text[start..end]).max(1);
        if line.len() < pad + len {
            line.resize(pad + len, ' ');
        }
        for cell in &mut line[pad..pad + len] {
            *cell = marker;
        }
    }
    line.into_iter().collect()
}

/// Display columns of a character as `clean` prints it.
fn char_width(c: char) -> usize {
    if c.is_control() {
        1
    } else {
        c.width().unwrap_or(0)
    }
}

/// Display columns of text as `clean` prints it.
fn width(s: &str) -> usize {
    s.chars().map(char_width).sum()
}

/// Copy as a terminal may show it: control characters (escape sequences could restyle or
/// rewrite the terminal) become spaces or U+FFFD.
fn clean(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\t' | '\n' | '\r' => ' ',
            c if c.is_control() => '\u{FFFD}',
            c => c,
        })
        .collect()
}

/// One story's findings (or the whole batch's): the contradictions, then its fact sheet
/// (not with --only or --summary), then the other findings (the watched questions are in
/// the verdict).
#[allow(clippy::too_many_arguments)]
fn write_story(
    analysis: &Analysis,
    story: Option<&str>,
    findings: &[&Finding],
    repeats: &BTreeMap<&str, &str>,
    heading: impl Fn(FindingKind) -> String,
    evidence: &Evidence<'_>,
    style: &Style,
    topics: bool,
    out: &mut dyn Write,
) -> io::Result<()> {
    let split = findings
        .iter()
        .position(|f| f.kind != FindingKind::Contradiction)
        .unwrap_or(findings.len());
    write_findings(&findings[..split], &heading, repeats, evidence, style, out)?;
    if topics {
        write_sheet(analysis, story, style, out)?;
    }
    write_findings(&findings[split..], &heading, repeats, evidence, style, out)
}

/// The fact sheet (of one story, or of all): per story, each frame two or more outlets or values speak of, its
/// status, and each value with its outlets.
fn write_sheet(
    analysis: &Analysis,
    story: Option<&str>,
    style: &Style,
    out: &mut dyn Write,
) -> io::Result<()> {
    let rows: Vec<_> = analysis
        .fact_sheet
        .iter()
        .filter(|r| story.is_none_or(|s| r.story == s))
        .collect();
    if rows.is_empty() {
        return Ok(());
    }
    let heading = format!("Fact sheet ({})", rows.len());
    writeln!(out, "{}\n", style.heading(&heading))?;
    let width = rows
        .iter()
        .map(|r| self::width(&clean(&r.label())))
        .max()
        .unwrap_or(0)
        .min(48);
    for row in rows {
        let label = clean(&row.label());
        let pad = width.saturating_sub(self::width(&label));
        let status = match row.status {
            crate::check::Status::Conflict => style.severity(Severity::Error, row.status.as_str()),
            crate::check::Status::Differ => style.warn(row.status.as_str()),
            crate::check::Status::Agree => row.status.as_str().to_string(),
        };
        writeln!(
            out,
            "  {}  {}{}  {status}",
            clean(&row.story),
            style.bold(&label),
            " ".repeat(pad)
        )?;
        for value in &row.values {
            writeln!(out, "      {}", clean(&evidence::sheet_value(value)))?;
        }
    }
    writeln!(out)
}

/// ANSI styling, only when colour is on.
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

    fn dim(&self, s: &str) -> String {
        self.paint("34", s)
    }

    fn warn(&self, s: &str) -> String {
        self.paint("33", s)
    }

    fn severity(&self, severity: Severity, s: &str) -> String {
        match severity {
            Severity::Error => self.paint("1;31", s),
            Severity::Warning => self.paint("1;33", s),
            Severity::Info => self.paint("1;36", s),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_breaks_at_spaces_and_line_breaks() {
        let text = "one two three\nfour";
        let rows: Vec<&str> = wrap(text, Span::new(0, text.len()), 8)
            .into_iter()
            .map(|r| r.of(text))
            .collect();
        assert_eq!(rows, ["one two ", "three", "four"]);
    }

    #[test]
    fn wrap_cuts_a_word_longer_than_the_row() {
        let text = "abcdefghij";
        let rows: Vec<&str> = wrap(text, Span::new(0, text.len()), 4)
            .into_iter()
            .map(|r| r.of(text))
            .collect();
        assert_eq!(rows, ["abcd", "efgh", "ij"]);
    }

    #[test]
    fn underline_counts_display_columns_of_wide_characters() {
        let text = "会谈 😀 57 dead";
        let start = text.find("57").unwrap_or(0);
        let line = underline(
            text,
            Span::new(0, text.len()),
            &[Span::new(start, start + 2)],
            '^',
        );
        assert_eq!(line, "        ^^");
    }

    #[test]
    fn clean_removes_terminal_escapes() {
        assert_eq!(clean("a\x1b[2Jb\tc"), "a\u{FFFD}[2Jb c");
    }

    #[test]
    fn window_keeps_a_long_sentence_near_the_focus() {
        let text = "é".repeat(1000);
        let focus = [Span::new(1000, 1010)];
        let w = window(&text, Span::new(0, text.len()), &focus);
        assert!(w.start > 0 && w.end < text.len());
        assert!(text.get(w.start..w.end).is_some());
    }
}
