//! Markdown printer: a report to paste into a pull request or ticket — the verdict per story (as the text report opens), summary table, the errors in full and the rest folded, topics — cut to fit a comment.

use std::fmt::Write as _;
use std::io::{self, Write};

use crate::article::{Problem, Span};
use crate::check::{Finding, FindingKind, TopicAnswer};
use crate::pipeline::Analysis;
use crate::report::evidence::{self, Evidence, Located};
use crate::report::verdict::Verdict;
use crate::report::{self, PrintOptions, Report, Selected};
use crate::rules::Severity;
use crate::stories::Story;

/// GitHub-flavoured Markdown that fits a pull-request comment: the summary table and the
/// errors in full, the rest folded in `<details>`; past `budget` characters the least severe
/// findings are cut and the report says so.
pub struct MarkdownReport {
    /// Characters the report may take ([`BUDGET`] for `--format markdown`).
    pub budget: usize,
}

/// What `--format markdown` may take: GitHub refuses a pull-request comment over 65,536
/// characters; the rest is room for what a CI step puts around the report.
pub const BUDGET: usize = 60_000;

impl Default for MarkdownReport {
    fn default() -> MarkdownReport {
        MarkdownReport { budget: BUDGET }
    }
}

impl Report for MarkdownReport {
    fn write(
        &self,
        analysis: &Analysis,
        options: &PrintOptions,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        let selected = Selected::of(analysis, &options.selection);
        let evidence = Evidence::new(analysis);
        // With several stories, the findings story by story, each a heading deeper.
        let (order, stories, level) = match selected.by_story() {
            None => (selected.indices.clone(), None, "###"),
            Some(groups) => {
                let mut order = Vec::new();
                let mut stories = Vec::new();
                for (story, listed) in groups {
                    stories.push((story, order.len()..order.len() + listed.len()));
                    order.extend(listed);
                }
                (order, Some(stories), "####")
            }
        };
        let mut blocks = Vec::new();
        for finding in order.into_iter().map(|i| &analysis.findings[i]) {
            let mut block = Vec::new();
            write_finding(finding, level, &evidence, &mut block)?;
            blocks.push((finding, String::from_utf8_lossy(&block).into_owned()));
        }
        let page = Page {
            analysis,
            verdict: Verdict::of(analysis, &options.selection),
            selected: &selected,
            blocks,
            stories,
            problems: &options.problems,
        };
        out.write_all(page.fitted(self.budget).as_bytes())
    }
}

/// The parts of the Markdown report, laid out whole or cut to a budget.
struct Page<'a> {
    analysis: &'a Analysis,
    /// What the text report opens on, story by story.
    verdict: Verdict<'a>,
    selected: &'a Selected<'a>,
    /// Each listed finding with its Markdown, in report order (story by story when there
    /// are several).
    blocks: Vec<(&'a Finding, String)>,
    /// With several stories, each story and its range of `blocks`.
    stories: Option<Vec<(&'a Story, std::ops::Range<usize>)>>,
    problems: &'a [Problem],
}

impl Page<'_> {
    /// The whole report if it fits in `budget` characters; otherwise the most findings that
    /// fit, most severe first (errors, then warnings, then the rest in report order), and if
    /// even none fit, the first inputs not read or noted that do.
    fn fitted(&self, budget: usize) -> String {
        let all = self.blocks.len();
        let whole = self.render(all, self.problems.len());
        if whole.chars().count() <= budget {
            return whole;
        }
        let fits = |page: &String| page.chars().count() <= budget;
        let findings = largest(all, |k| fits(&self.render(k, self.problems.len())));
        let problems = if findings == 0 && !fits(&self.render(0, self.problems.len())) {
            largest(self.problems.len(), |m| fits(&self.render(0, m)))
        } else {
            self.problems.len()
        };
        self.render(findings, problems)
    }

    /// The report with the first `kept` findings by severity and the first `problems` inputs.
    fn render(&self, kept: usize, problems: usize) -> String {
        let mut keep = vec![false; self.blocks.len()];
        let mut by_severity: Vec<usize> = (0..self.blocks.len()).collect();
        by_severity.sort_by_key(|&i| std::cmp::Reverse(self.blocks[i].0.severity));
        for &i in by_severity.iter().take(kept) {
            keep[i] = true;
        }
        let summary = self.selected.summary;
        let mut out = String::new();
        out.push_str("# corroborate report\n\n");
        let _ = writeln!(out, "{}.\n", summary.line());
        if let Some(note) = self.selected.note() {
            let _ = writeln!(out, "{}.\n", escape(&note));
        }
        let mut cut = Vec::new();
        if kept < self.blocks.len() {
            cut.push(format!(
                "{} of {}",
                self.blocks.len() - kept,
                evidence::plural(self.blocks.len(), "finding", "findings")
            ));
        }
        if problems < self.problems.len() {
            cut.push(format!(
                "{} of {} not read or noted",
                self.problems.len() - problems,
                evidence::plural(self.problems.len(), "input", "inputs")
            ));
        }
        if !cut.is_empty() {
            let _ = writeln!(
                out,
                "**Cut to fit a pull-request comment:** {} not shown, the least severe first. \
                 For the full report, run `corroborate check` again with `--output report.html` \
                 (or `--format json`).\n",
                cut.join(" and ")
            );
        }
        let shown: std::collections::BTreeSet<&str> = self
            .blocks
            .iter()
            .zip(&keep)
            .filter(|(_, k)| **k)
            .map(|((f, _), _)| f.id.as_str())
            .collect();
        self.write_verdict(&mut out, &shown);
        out.push_str("| Findings | Count |\n| --- | ---: |\n");
        let _ = writeln!(out, "| Contradictions | {} |", summary.contradictions);
        let _ = writeln!(out, "| Single-source claims | {} |", summary.single_source);
        let _ = writeln!(out, "| Agreements | {} |", summary.agreements);
        let _ = writeln!(out, "| Articles | {} |", summary.articles);
        let _ = writeln!(out, "| Sources | {} |", summary.sources);
        match &self.stories {
            None => {
                self.sections(&mut out, 0..self.blocks.len(), &keep, None);
                self.sheet(&mut out, None);
                self.topics(&mut out, None);
            }
            Some(stories) => {
                for (story, range) in stories {
                    let _ = writeln!(
                        out,
                        "\n## Story {}: {}\n\n{}: {}",
                        escape(&story.id),
                        escape(&story.title),
                        evidence::plural(story.articles.len(), "Article", "Articles"),
                        escape(&evidence::story_articles(self.analysis, story))
                    );
                    if range.is_empty() {
                        out.push_str("\nNo findings listed.\n");
                    }
                    self.sections(&mut out, range.clone(), &keep, Some(&story.id));
                    self.sheet(&mut out, Some(&story.id));
                    self.topics(&mut out, Some(&story.id));
                }
            }
        }
        let mut left = problems;
        for (heading, group) in report::problem_groups(self.problems) {
            let _ = writeln!(out, "\n## {heading}");
            let shown = group.len().min(left);
            left -= shown;
            for problem in &group[..shown] {
                let _ = writeln!(out, "\n{}", fenced(&problem.message));
            }
            if shown < group.len() {
                let _ = writeln!(
                    out,
                    "\n{} more not shown here (standard error and `--format json` list them all).",
                    group.len() - shown
                );
            }
        }
        out
    }

    /// The findings of `range` of `blocks` (all, or one story's), kind by kind. Errors stay
    /// open; everything else folds away (GitHub shows `<details>`), so that a pull-request
    /// comment stays short.
    fn sections(
        &self,
        out: &mut String,
        range: std::ops::Range<usize>,
        keep: &[bool],
        story: Option<&str>,
    ) {
        let mut at = range.start;
        while at < range.end {
            let kind = self.blocks[at].0.kind;
            let end = at
                + self.blocks[at..range.end]
                    .iter()
                    .take_while(|(f, _)| f.kind == kind)
                    .count();
            self.section(out, at..end, keep, story);
            at = end;
        }
    }

    /// The findings of one kind (`range` of `blocks`): the kept errors in full, the other kept
    /// findings in `<details>`, and how many were cut. Under a story, a heading deeper.
    fn section(
        &self,
        out: &mut String,
        range: std::ops::Range<usize>,
        keep: &[bool],
        story: Option<&str>,
    ) {
        let kind = self.blocks[range.start].0.kind;
        let _ = match story {
            None => writeln!(out, "\n## {}", self.selected.heading(kind)),
            Some(story) => writeln!(out, "\n### {}", self.selected.heading_in(kind, story)),
        };
        let kept = || range.clone().filter(|&i| keep[i]);
        let open = |i: &usize| self.blocks[*i].0.severity == Severity::Error;
        for i in kept().filter(open) {
            out.push_str(&self.blocks[i].1);
        }
        let folded: Vec<usize> = kept().filter(|i| !open(i)).collect();
        if !folded.is_empty() {
            let label = if kept().any(|i| open(&i)) {
                format!("Show {} more", folded.len())
            } else {
                format!("Show all {}", folded.len())
            };
            let _ = writeln!(out, "\n<details>\n<summary>{label}</summary>");
            for i in folded {
                out.push_str(&self.blocks[i].1);
            }
            out.push_str("\n</details>\n");
        }
        let cut = range.len() - kept().count();
        if cut > 0 {
            let (one, many) = match kind {
                FindingKind::Contradiction => ("contradiction", "contradictions"),
                FindingKind::SingleSource => ("single-source claim", "single-source claims"),
                FindingKind::Agreement => ("agreement", "agreements"),
            };
            let _ = writeln!(
                out,
                "\n_{cut} more {} not shown here, to fit the comment (see the note at the top)._",
                if cut == 1 { one } else { many }
            );
        }
    }

    /// The fact sheet as a table, all of it or one story's (not with `--only` or
    /// `--summary`).
    fn sheet(&self, out: &mut String, story: Option<&str>) {
        let rows: Vec<_> = self
            .analysis
            .fact_sheet
            .iter()
            .filter(|r| story.is_none_or(|s| r.story == s))
            .collect();
        if !self.selected.topics || rows.is_empty() {
            return;
        }
        let level = if story.is_some() { "###" } else { "##" };
        let _ = write!(out, "\n{level} Fact sheet\n\n");
        out.push_str("| Story | Frame | Status | Values |\n| --- | --- | --- | --- |\n");
        for row in rows {
            let values: Vec<String> = row
                .values
                .iter()
                .map(|v| escape(&evidence::sheet_value(v)))
                .collect();
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                escape(&row.story),
                escape(&row.label()),
                row.status.as_str(),
                values.join("<br>")
            );
        }
    }

    /// The verdict, as the text report opens: per story the outlets, the counts, the watched
    /// questions answered by name with their outlets, and each contradiction once, most
    /// severe first (those of `shown`, the findings the budget keeps).
    fn write_verdict(&self, out: &mut String, shown: &std::collections::BTreeSet<&str>) {
        let several = self.verdict.stories.len() > 1;
        out.push_str("## Verdict\n\n");
        for part in &self.verdict.stories {
            let what = format!(
                "{} from {}",
                evidence::plural(part.articles, "article", "articles"),
                evidence::plural(part.outlets.len(), "outlet", "outlets"),
            );
            match part.story.filter(|_| several) {
                Some(story) => {
                    let _ = writeln!(
                        out,
                        "**Story {}: {}** — {what}\n",
                        escape(&story.id),
                        escape(&story.title)
                    );
                }
                None => {
                    let _ = writeln!(out, "**{what}**\n");
                }
            }
            let _ = writeln!(out, "- Outlets: {}", escape(&part.outlets.join(", ")));
            let _ = writeln!(out, "- {}", escape(&part.counts_line()));
            for question in &part.questions {
                let _ = writeln!(out, "- **{}**", escape(question.question));
                if question.answers.is_empty() {
                    out.push_str("  - no answer found\n");
                }
                for answer in &question.answers {
                    let mut flags = Vec::new();
                    if answer.single_source {
                        flags.push("⚠️ single source".to_string());
                    }
                    if let Some(status) = answer.status {
                        flags.push(format!("⚠️ {status}"));
                    }
                    let flags = if flags.is_empty() {
                        String::new()
                    } else {
                        format!(" ({})", flags.join(", "))
                    };
                    let _ = writeln!(
                        out,
                        "  - {} — {}{flags}",
                        escape(answer.name),
                        escape(&answer.sources.join(", "))
                    );
                }
            }
            let listed: Vec<_> = part
                .disagreements
                .iter()
                .filter(|d| shown.contains(d.lead.id.as_str()))
                .collect();
            if !listed.is_empty() {
                out.push_str("- Contradictions, most severe first:\n");
            }
            for d in listed {
                let lead = d.lead;
                let also = d.repeat_ids().map_or(String::new(), |ids| {
                    format!(
                        " (also {}; {})",
                        escape(&ids),
                        escape(&d.sources().join(", "))
                    )
                });
                let _ = writeln!(
                    out,
                    "  - `{}[{}]` {}: {}{also}",
                    lead.severity.as_str(),
                    evidence::rule_id(lead),
                    escape(&lead.id),
                    escape(&lead.message)
                );
            }
            out.push('\n');
        }
    }

    /// The watched questions and their answers: all, or one story's under that story (nothing
    /// when the story answers none).
    fn topics(&self, out: &mut String, story: Option<&str>) {
        let of_story = |a: &&TopicAnswer| story.is_none() || a.story.as_deref() == story;
        let topics = &self.analysis.topics;
        let answered = || topics.iter().flat_map(|t| &t.answers).any(|a| of_story(&a));
        if !self.selected.topics || topics.is_empty() || story.is_some() && !answered() {
            return;
        }
        let level = if story.is_some() { "###" } else { "##" };
        let _ = writeln!(out, "\n{level} Topics");
        for topic in topics {
            let _ = writeln!(out, "\n{level}# {}\n", escape(&topic.question));
            let answers: Vec<&TopicAnswer> = topic.answers.iter().filter(of_story).collect();
            if answers.is_empty() {
                out.push_str("No answer found.\n");
                continue;
            }
            out.push_str("| Answer | Sources | |\n| --- | --- | --- |\n");
            for answer in answers {
                let _ = writeln!(
                    out,
                    "| {} | {} | {} |",
                    escape(&answer.name),
                    escape(&answer.sources.join(", ")),
                    flags(answer)
                );
            }
        }
    }
}

/// What to flag beside a topic answer: one outlet alone, a figure the outlets disagree on.
fn flags(answer: &TopicAnswer) -> String {
    let mut out = Vec::new();
    if answer.single_source {
        out.push("⚠️ single source".to_string());
    }
    if let Some(status) = answer.status.filter(|s| *s != crate::check::Status::Agree) {
        out.push(format!("⚠️ {}", status.as_str()));
    }
    out.join(", ")
}

/// The largest `n` in `0..=most` for which `fits(n)` holds, given that it holds for every
/// smaller `n` once it holds for one (the report grows with what it keeps); 0 when none fits.
fn largest(most: usize, fits: impl Fn(usize) -> bool) -> usize {
    let (mut low, mut high) = (0, most);
    while low < high {
        let mid = low + (high - low).div_ceil(2);
        if fits(mid) {
            low = mid;
        } else {
            high = mid - 1;
        }
    }
    low
}

/// One finding under a heading at `level` ("###").
fn write_finding(
    finding: &Finding,
    level: &str,
    evidence: &Evidence<'_>,
    out: &mut dyn Write,
) -> io::Result<()> {
    writeln!(
        out,
        "\n{level} {} · `{}` · {}\n",
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
