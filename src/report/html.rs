//! HTML printer: one self-contained page — the verdict on top, then story by story the findings (their sentences side by side), what the outlets share, and the articles by date in wrapping columns.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::io::{self, Write};

use crate::article::{Article, Span};
use crate::check::{Finding, FindingKind};
use crate::pipeline::Analysis;
use crate::report::evidence::{self, Evidence, Located};
use crate::report::verdict::Verdict;
use crate::report::{self, PrintOptions, Report, Selected};
use crate::rules::Severity;
use crate::stories::Story;

/// A single HTML file with inline CSS and a few lines of inline script; it loads nothing.
pub struct HtmlReport;

impl Report for HtmlReport {
    fn write(
        &self,
        analysis: &Analysis,
        options: &PrintOptions,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        out.write_all(page(analysis, options).as_bytes())
    }
}

/// Escapes text for HTML content and quoted attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// The colour class of a kind of finding at a severity (see [`colour`]).
fn kind_colour(kind: FindingKind, severity: Severity) -> &'static str {
    match (kind, severity) {
        (FindingKind::Contradiction, Severity::Error) => "error",
        (FindingKind::Contradiction, _) => "warning",
        (FindingKind::SingleSource, _) => "single",
        (FindingKind::Agreement, _) => "agreement",
    }
}

/// The CSS class of a finding kind.
fn kind_class(kind: FindingKind) -> &'static str {
    match kind {
        FindingKind::Contradiction => "contradiction",
        FindingKind::SingleSource => "single-source",
        FindingKind::Agreement => "agreement",
    }
}

const STYLE: &str = r#"
:root { --error: #c62828; --warning: #e65100; --single: #6a1b9a; --agreement: #2e7d32; --ink: #1c1c1c; --muted: #555; --line: #ddd; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: #fafafa; overflow-wrap: anywhere; }
body > header { position: sticky; top: 0; z-index: 2; padding: 0.5rem 1rem; background: #263238; color: #fff; display: flex; flex-wrap: wrap; gap: 0.3rem 1.5rem; align-items: baseline; }
body > header h1 { margin: 0; font-size: 1.2rem; }
body > header p { margin: 0; }
.legend { display: flex; flex-wrap: wrap; gap: 0.2rem 1rem; font-size: 0.85rem; }
.legend span { white-space: nowrap; }
.legend i { display: inline-block; width: 0.8rem; height: 0.8rem; margin-right: 0.3rem; vertical-align: middle; border-radius: 2px; }
main { max-width: 96rem; margin: 0 auto; padding: 0.5rem 1rem 2rem; }
h2 { font-size: 1.2rem; margin: 1rem 0 0.4rem; }
h3 { font-size: 1rem; margin: 0.8rem 0 0.3rem; }
section.story { border-top: 3px solid #263238; margin-top: 1.5rem; }
#verdict .card { background: #fff; border: 1px solid var(--line); border-radius: 4px; padding: 0.5rem 0.9rem; margin: 0.5rem 0; }
#verdict .card h3 { margin: 0.2rem 0; }
#verdict ul { margin: 0.2rem 0; padding-left: 1.2rem; }
.counts { margin: 0.2rem 0; }
.counts b { font-variant-numeric: tabular-nums; }
.question { margin: 0.4rem 0 0.1rem; font-weight: 600; }
details.finding { background: #fff; border: 1px solid var(--line); border-left: 6px solid var(--line); border-radius: 4px; margin: 0.4rem 0; padding: 0.3rem 0.7rem; }
details.finding.error { border-left-color: var(--error); }
details.finding.warning { border-left-color: var(--warning); }
details.finding.single { border-left-color: var(--single); }
details.finding.agreement { border-left-color: var(--agreement); }
details.finding[open] { box-shadow: 0 1px 4px rgba(0,0,0,0.2); }
summary { cursor: pointer; }
details.group > summary h3 { display: inline; }
[id] { scroll-margin-top: 6rem; }
.badge { display: inline-block; font-size: 0.75rem; padding: 0 0.4rem; border-radius: 3px; color: #fff; background: #78909c; }
.error > summary .badge, .badge.error { background: var(--error); }
.warning > summary .badge, .badge.warning { background: var(--warning); }
.single > summary .badge, .badge.single { background: var(--single); }
.agreement > summary .badge, .badge.agreement { background: var(--agreement); }
.rule { font-family: ui-monospace, monospace; font-size: 0.8rem; color: var(--muted); }
.sources { display: block; font-size: 0.85rem; color: var(--muted); }
.repeat { font-size: 0.85rem; color: var(--muted); }
.sides { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(18rem, 100%), 1fr)); gap: 0.6rem; margin: 0.4rem 0; }
figure { margin: 0; }
figcaption { font-size: 0.8rem; color: var(--muted); }
blockquote { margin: 0.2rem 0 0; padding: 0.3rem 0.6rem; border-left: 3px solid var(--line); background: #f5f5f5; }
mark { background: none; color: inherit; font-weight: 700; border-bottom: 3px solid #78909c; }
.error mark { border-bottom-color: var(--error); }
.warning mark { border-bottom-color: var(--warning); }
.single mark { border-bottom-color: var(--single); }
.agreement mark { border-bottom-color: var(--agreement); }
.articles { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(22rem, 100%), 1fr)); gap: 0.8rem; align-items: start; }
.articles article { min-width: 0; max-height: 36rem; overflow-y: auto; background: #fff; border: 1px solid var(--line); border-radius: 4px; padding: 0.6rem 0.9rem; }
.articles article header h3 { margin: 0; }
.meta { font-size: 0.8rem; color: var(--muted); margin: 0 0 0.5rem; }
.body { white-space: pre-wrap; }
.claim.error, .claim.warning, .claim.single, .claim.agreement { cursor: pointer; }
.claim.marked.error { border-bottom: 3px solid var(--error); }
.claim.marked.warning { border-bottom: 3px solid var(--warning); }
.claim.marked.single { border-bottom: 2px dotted var(--single); }
.claim.marked.agreement { border-bottom: 2px dotted var(--agreement); }
.claim.active { background: #fff59d; }
svg { display: block; max-width: 100%; height: auto; background: #fff; border: 1px solid var(--line); border-radius: 4px; }
.matrix { overflow-x: auto; }
table { border-collapse: collapse; background: #fff; }
td, th { border: 1px solid var(--line); padding: 0.2rem 0.5rem; text-align: left; vertical-align: top; }
.matrix td { text-align: center; font-variant-numeric: tabular-nums; white-space: nowrap; }
.matrix th[scope=row] { font-weight: normal; white-space: normal; }
.n-agree { color: var(--agreement); font-weight: 600; }
.n-contra { color: var(--error); font-weight: 600; }
.flag { color: var(--single); font-weight: 600; }
.fact-sheet tr.conflict td:nth-child(3) { color: var(--error); font-weight: 600; }
.fact-sheet tr.differ td:nth-child(3) { color: var(--warning); font-weight: 600; }
#not-read pre, #noted pre { margin: 0; white-space: pre-wrap; }
"#;

const SCRIPT: &str = r#"
(function () {
  function show(finding) {
    document.querySelectorAll('.claim.active').forEach(function (e) { e.classList.remove('active'); });
    var first = null;
    (finding.getAttribute('data-claims') || '').split(' ').forEach(function (id) {
      if (!id) { return; }
      document.querySelectorAll('.claim[data-claim="' + id + '"]').forEach(function (e) {
        e.classList.add('active');
        if (!first) { first = e; }
      });
    });
    if (first) { first.scrollIntoView({ block: 'center' }); }
  }
  document.querySelectorAll('details.finding').forEach(function (d) {
    d.addEventListener('toggle', function () { if (d.open) { show(d); } });
  });
  document.querySelectorAll('.claim[data-findings]').forEach(function (e) {
    e.addEventListener('click', function () {
      var f = document.getElementById(e.getAttribute('data-findings').split(' ')[0]);
      if (f) { f.open = true; f.scrollIntoView({ block: 'nearest' }); }
    });
  });
})();
"#;

fn page(analysis: &Analysis, options: &PrintOptions) -> String {
    let evidence = Evidence::new(analysis);
    let selected = Selected::of(analysis, &options.selection);
    let verdict = Verdict::of(analysis, &options.selection);
    let summary = selected.summary;
    let mut html = String::new();
    html.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    html.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    let _ = writeln!(
        html,
        "<title>corroborate report: {}</title>",
        escape(&summary.line())
    );
    let _ = writeln!(html, "<style>{STYLE}</style>\n</head>\n<body>");
    let _ = writeln!(
        html,
        "<header><h1>corroborate report</h1><p>{} · {}</p>{}{LEGEND}</header>",
        escape(&summary.line()),
        evidence::plural(summary.articles, "article", "articles"),
        selected
            .note()
            .map(|note| format!("<p>{}</p>", escape(&note)))
            .unwrap_or_default()
    );
    html.push_str("<main>\n");
    let index: BTreeMap<&str, usize> = analysis
        .findings
        .iter()
        .enumerate()
        .map(|(i, f)| (f.id.as_str(), i))
        .collect();
    verdict_html(&mut html, &verdict, &index, !options.problems.is_empty());
    let repeats = verdict.repeat_leads();
    let marks = Marks::new(analysis, &selected.indices, &evidence);
    let stories: Vec<(Option<&Story>, Vec<usize>)> =
        match evidence::by_story(analysis, &selected.indices) {
            Some(stories) => stories.into_iter().map(|(s, f)| (Some(s), f)).collect(),
            None => vec![(analysis.stories.first(), selected.indices.clone())],
        };
    let several = stories.len() > 1;
    // `--summary`: the verdict alone.
    let stories = if selected.selection().summary {
        Vec::new()
    } else {
        stories
    };
    for (story, listed) in &stories {
        let story = story.filter(|_| several);
        let articles: Vec<usize> = match story {
            Some(s) => s.articles.clone(),
            None => (0..analysis.articles.len()).collect(),
        };
        match story {
            Some(s) => {
                let _ = writeln!(
                    html,
                    "<section class=\"story\" id=\"story-{}\">\n<h2>Story {}: {}</h2>",
                    escape(&s.id),
                    escape(&s.id),
                    escape(&s.title)
                );
            }
            None => html.push_str("<section class=\"story\" id=\"story\">\n"),
        }
        html.push_str("<h2>Findings</h2>\n");
        if listed.is_empty() {
            html.push_str("<p>No findings listed.</p>\n");
        }
        // The contradictions, the fact sheet, then the other findings.
        let split = listed
            .iter()
            .position(|&i| analysis.findings[i].kind != FindingKind::Contradiction)
            .unwrap_or(listed.len());
        let story_id = story.map(|s| s.id.as_str());
        for (part, sheet) in [(&listed[..split], true), (&listed[split..], false)] {
            findings_html(
                &mut html, analysis, part, story_id, &selected, &evidence, &repeats,
            );
            if sheet && selected.topics {
                sheet_html(&mut html, analysis, story_id);
            }
        }
        if selected.articles {
            html.push_str("<h2>Outlets and what they share</h2>\n");
            html.push_str(&outlets_html(
                analysis,
                &articles,
                story.map(|s| s.id.as_str()),
            ));
            html.push_str("<h2>Articles, by date then outlet</h2>\n<div class=\"articles\">\n");
            for article_index in by_date_then_outlet(analysis, articles) {
                article_html(
                    &mut html,
                    analysis,
                    &marks,
                    article_index,
                    &analysis.articles[article_index],
                );
            }
            html.push_str("</div>\n");
        }
        html.push_str("</section>\n");
    }
    for (heading, problems) in report::problem_groups(&options.problems) {
        let id = if problems.first().is_some_and(|p| p.unreadable) {
            "not-read"
        } else {
            "noted"
        };
        let _ = writeln!(
            html,
            "<section id=\"{id}\">\n<h2>{}</h2>\n<ul>",
            escape(&heading)
        );
        for problem in problems {
            let _ = writeln!(html, "<li><pre>{}</pre></li>", escape(&problem.message));
        }
        html.push_str("</ul>\n</section>\n");
    }
    let _ = write!(
        html,
        "</main>\n<script>{SCRIPT}</script>\n</body>\n</html>\n"
    );
    html
}

/// Article indexes ordered by date (undated last), then outlet, then id: the order a desk
/// reads a story in, never the order of file names.
fn by_date_then_outlet(analysis: &Analysis, mut articles: Vec<usize>) -> Vec<usize> {
    articles.retain(|&a| a < analysis.articles.len());
    articles.sort_by(|&a, &b| {
        let (a, b) = (&analysis.articles[a], &analysis.articles[b]);
        (a.date.is_none(), a.date, &a.source, &a.id).cmp(&(
            b.date.is_none(),
            b.date,
            &b.source,
            &b.id,
        ))
    });
    articles
}

/// The verdict at the top of the page: per story the counts, the watched questions answered
/// by name, and each disagreement once with a link to its finding.
fn verdict_html(
    html: &mut String,
    verdict: &Verdict<'_>,
    index: &BTreeMap<&str, usize>,
    problems: bool,
) {
    html.push_str("<section id=\"verdict\">\n<h2>Verdict</h2>\n");
    let several = verdict.stories.len() > 1;
    for part in &verdict.stories {
        html.push_str("<div class=\"card\">\n");
        let what = format!(
            "{} from {}",
            evidence::plural(part.articles, "article", "articles"),
            evidence::plural(part.outlets.len(), "outlet", "outlets")
        );
        match part.story.filter(|_| several) {
            Some(s) => {
                let _ = writeln!(
                    html,
                    "<h3><a href=\"#story-{}\">Story {}: {}</a> — {what}</h3>",
                    escape(&s.id),
                    escape(&s.id),
                    escape(&s.title)
                );
            }
            None => {
                let _ = writeln!(html, "<h3>{what}</h3>");
            }
        }
        let _ = writeln!(
            html,
            "<p class=\"meta\">{}</p>\n<p class=\"counts\">{}</p>",
            escape(&part.outlets.join(", ")),
            escape(&part.counts_line())
        );
        for question in &part.questions {
            let _ = writeln!(
                html,
                "<p class=\"question\">{}</p>\n<ul>",
                escape(question.question)
            );
            if question.answers.is_empty() {
                html.push_str("<li>no answer found</li>\n");
            }
            for answer in &question.answers {
                let _ = writeln!(
                    html,
                    "<li><b>{}</b> — {}{}{}</li>",
                    escape(answer.name),
                    escape(&answer.sources.join(", ")),
                    if answer.single_source {
                        " <span class=\"flag\">single source</span>"
                    } else {
                        ""
                    },
                    answer
                        .status
                        .map(|s| format!(" <span class=\"flag\">{s}</span>"))
                        .unwrap_or_default()
                );
            }
            html.push_str("</ul>\n");
        }
        if !part.disagreements.is_empty() {
            html.push_str("<p class=\"question\">Contradictions, most severe first</p>\n<ul>\n");
        }
        for d in &part.disagreements {
            let lead = d.lead;
            let anchor = index
                .get(lead.id.as_str())
                .map_or(String::new(), |i| format!("#f{i}"));
            let also = d.repeat_ids().map_or(String::new(), |ids| {
                format!(
                    " <span class=\"repeat\">(also {}: {})</span>",
                    escape(&ids),
                    escape(&d.sources().join(", "))
                )
            });
            let _ = writeln!(
                html,
                "<li><span class=\"badge {}\">{}</span> <a href=\"{anchor}\">{}</a>: {}{also}</li>",
                colour(lead),
                lead.severity.as_str(),
                escape(&lead.id),
                escape(&lead.message)
            );
        }
        if !part.disagreements.is_empty() {
            html.push_str("</ul>\n");
        }
        html.push_str("</div>\n");
    }
    if problems {
        html.push_str(
            "<p><a href=\"#not-read\">Inputs not read or noted: listed at the end</a></p>\n",
        );
    }
    html.push_str("</section>\n");
}

/// The colour of a finding: one per kind an editor acts on — an error, a warning (any
/// other contradiction), a single source, an agreement.
fn colour(finding: &Finding) -> &'static str {
    kind_colour(finding.kind, finding.severity)
}

/// Findings (indexes into `Analysis::findings`, each its anchor `f{index}`) under a heading
/// per kind with its counts.
fn findings_html(
    html: &mut String,
    analysis: &Analysis,
    order: &[usize],
    story: Option<&str>,
    selected: &Selected<'_>,
    evidence: &Evidence<'_>,
    repeats: &BTreeMap<&str, &str>,
) {
    // Contradictions are open to read; single-source claims and agreements, many and less
    // pressing, are a group to open.
    let mut current = None;
    for &index in order {
        let finding = &analysis.findings[index];
        if current != Some(finding.kind) {
            if current.is_some_and(|k| k != FindingKind::Contradiction) {
                html.push_str("</details>\n");
            }
            current = Some(finding.kind);
            let heading = match story {
                None => selected.heading(finding.kind),
                Some(story) => selected.heading_in(finding.kind, story),
            };
            if finding.kind == FindingKind::Contradiction {
                let _ = writeln!(html, "<h3>{}</h3>", escape(&heading));
            } else {
                let _ = writeln!(
                    html,
                    "<details class=\"group\"><summary><h3>{}</h3></summary>",
                    escape(&heading)
                );
            }
        }
        finding_html(
            html,
            index,
            finding,
            evidence,
            repeats.get(finding.id.as_str()).copied(),
        );
    }
    if current.is_some_and(|k| k != FindingKind::Contradiction) {
        html.push_str("</details>\n");
    }
}

const LEGEND: &str = "<p class=\"legend\" id=\"legend\"><span><i style=\"background:var(--error)\"></i>error</span><span><i style=\"background:var(--warning)\"></i>warning</span><span><i style=\"background:var(--single)\"></i>single source</span><span><i style=\"background:var(--agreement)\"></i>agreement</span></p>\n";

fn finding_html(
    html: &mut String,
    index: usize,
    finding: &Finding,
    evidence: &Evidence<'_>,
    repeat_of: Option<&str>,
) {
    let located = evidence.locate(finding);
    let claims: Vec<String> = finding
        .claims
        .iter()
        .filter_map(|id| evidence.claim_index(id))
        .map(|i| format!("c{i}"))
        .collect();
    let _ = writeln!(
        html,
        "<details class=\"finding {} {}\" id=\"f{index}\" data-claims=\"{}\">",
        kind_class(finding.kind),
        colour(finding),
        claims.join(" ")
    );
    let repeat = repeat_of
        .map(|lead| {
            format!(
                "<span class=\"repeat\">same disagreement as {}</span>",
                escape(lead)
            )
        })
        .unwrap_or_default();
    let _ = writeln!(
        html,
        "<summary><span class=\"badge\">{sev}</span> <span class=\"rule\">{} · {}</span> {repeat}<br>{}<span class=\"sources\">{}</span></summary>",
        escape(&finding.id),
        escape(&evidence::rule_id(finding)),
        escape(&finding.message),
        escape(&finding.sources.join(", ")),
        sev = finding.severity.as_str(),
    );
    html.push_str("<div class=\"sides\">\n");
    for claim in &located {
        let sentence = claim.sentence();
        let (line, column) = evidence.position(claim.article_index, sentence.start);
        let _ = writeln!(
            html,
            "<figure><figcaption><b>{}</b> — {}:{line}:{column}</figcaption><blockquote>{}</blockquote></figure>",
            escape(&claim.article.source),
            escape(&claim.article.path),
            marked_sentence(claim, sentence)
        );
    }
    html.push_str("</div>\n</details>\n");
}

/// The sentence, escaped, with the focus words in `<mark>`.
fn marked_sentence(located: &Located<'_>, sentence: Span) -> String {
    let mut out = String::new();
    for (run, focus) in located.runs(sentence) {
        if focus {
            let _ = write!(out, "<mark>{}</mark>", escape(run));
        } else {
            out.push_str(&escape(run));
        }
    }
    out
}

/// How pressing a finding is, the least first: contradictions before the rest, the most
/// severe first; it picks the colour where findings overlap.
type Pressing = (FindingKind, std::cmp::Reverse<Severity>);

/// A claim shown in an article: its page id, the findings it is part of, and its colour.
struct Shown {
    span: Span,
    claim: usize,
    kind: Option<Pressing>,
    findings: Vec<usize>,
}

/// Which findings each claim is part of, and the marked words of each article: gathered
/// once so that a page of many articles stays linear.
struct Marks {
    /// By claim index: finding indexes.
    findings: Vec<Vec<usize>>,
    /// By claim index: the colour of the most pressing finding it is part of.
    kinds: Vec<Option<Pressing>>,
    /// By article index: the claims in it.
    claims: Vec<Vec<usize>>,
    /// By article index: marked words, each with the colour of its finding.
    marked: Vec<Vec<(Span, Pressing)>>,
}

impl Marks {
    /// The marks of the findings `shown` (indexes into `Analysis::findings`).
    fn new(analysis: &Analysis, shown: &[usize], evidence: &Evidence<'_>) -> Marks {
        let mut marks = Marks {
            findings: vec![Vec::new(); analysis.claims.len()],
            kinds: vec![None; analysis.claims.len()],
            claims: vec![Vec::new(); analysis.articles.len()],
            marked: vec![Vec::new(); analysis.articles.len()],
        };
        for (i, claim) in analysis.claims.iter().enumerate() {
            if let Some(a) = evidence.article_index(&claim.article) {
                marks.claims[a].push(i);
            }
        }
        // In the checker's order, so that a claim's first finding does not depend on the
        // selection.
        let mut shown = shown.to_vec();
        shown.sort_unstable();
        for f_index in shown {
            let finding = &analysis.findings[f_index];
            for located in evidence.locate(finding) {
                let Some(claim) = located.claim.and_then(|c| evidence.claim_index(&c.id)) else {
                    continue;
                };
                marks.findings[claim].push(f_index);
                // FindingKind orders contradiction first, then the most severe: keep the
                // most pressing colour.
                let key = (finding.kind, std::cmp::Reverse(finding.severity));
                let kind = &mut marks.kinds[claim];
                *kind = Some(kind.map_or(key, |k| k.min(key)));
                let text = located.article.text.as_str();
                marks.marked[located.article_index].extend(
                    located
                        .marked
                        .iter()
                        .filter_map(|m| evidence::checked(text, m.span))
                        .map(|span| (span, key)),
                );
            }
        }
        marks
    }
}

fn article_html(
    html: &mut String,
    analysis: &Analysis,
    marks: &Marks,
    article_index: usize,
    article: &Article,
) {
    let text = article.text.as_str();
    let shown: Vec<Shown> = marks.claims[article_index]
        .iter()
        .filter_map(|&i| {
            Some(Shown {
                span: evidence::checked(text, analysis.claims[i].span)?,
                claim: i,
                kind: marks.kinds[i],
                findings: marks.findings[i].clone(),
            })
        })
        .collect();
    let heading = article.title.as_deref().unwrap_or(article.id.as_str());
    let date = article.date.map(|d| format!(" · {d}")).unwrap_or_default();
    let _ = writeln!(
        html,
        "<article id=\"a{article_index}\"><header><h3>{}</h3><p class=\"meta\"><b>{}</b>{} · {}{}</p></header>",
        escape(heading),
        escape(&article.source),
        escape(&date),
        escape(&article.path),
        article
            .url
            .as_deref()
            .filter(|u| u.starts_with("https://") || u.starts_with("http://"))
            .map(|u| format!(
                " · <a href=\"{}\" rel=\"noopener noreferrer\">link</a>",
                escape(u)
            ))
            .unwrap_or_default(),
    );
    html.push_str("<div class=\"body\">");
    html.push_str(&highlighted(text, &shown, &marks.marked[article_index]));
    html.push_str("</div></article>\n");
}

/// The article text, escaped, cut where claims and marked words begin and end; each piece
/// inside a claim is a span carrying the innermost claim's colour and findings.
fn highlighted(text: &str, shown: &[Shown], marked: &[(Span, Pressing)]) -> String {
    let mut cuts: BTreeSet<usize> = BTreeSet::from([0, text.len()]);
    for s in shown {
        cuts.extend([s.span.start, s.span.end]);
    }
    for (m, _) in marked {
        cuts.extend([m.start, m.end]);
    }
    let cuts: Vec<usize> = cuts.into_iter().collect();
    let mut out = String::with_capacity(text.len() * 2);
    for pair in cuts.windows(2) {
        let piece = Span::new(pair[0], pair[1]);
        let Some(words) = text.get(piece.start..piece.end) else {
            continue;
        };
        let claim = shown
            .iter()
            .filter(|s| s.span.contains(piece))
            .min_by_key(|s| (s.span.len(), s.claim));
        // Marked words take the colour of the finding that marked them, not the claim's.
        let mark = marked
            .iter()
            .filter(|(m, _)| m.contains(piece))
            .map(|&(_, key)| key)
            .min();
        match claim {
            None => out.push_str(&escape(words)),
            Some(s) => {
                let kind = mark
                    .or(s.kind)
                    .map_or("none", |(kind, severity)| kind_colour(kind, severity.0));
                let marked_class = if mark.is_some() { " marked" } else { "" };
                let findings: Vec<String> = s.findings.iter().map(|f| format!("f{f}")).collect();
                let findings_attr = if findings.is_empty() {
                    String::new()
                } else {
                    format!(" data-findings=\"{}\"", findings.join(" "))
                };
                let _ = write!(
                    out,
                    "<span class=\"claim {kind}{marked_class}\" data-claim=\"c{}\"{findings_attr}>{}</span>",
                    s.claim,
                    escape(words)
                );
            }
        }
    }
    out
}

/// The fact sheet as a table: each frame of the story (of all stories when `None`), its
/// status and its values.
fn sheet_html(html: &mut String, analysis: &Analysis, story: Option<&str>) {
    let rows: Vec<_> = analysis
        .fact_sheet
        .iter()
        .filter(|r| story.is_none_or(|s| r.story == s))
        .collect();
    if rows.is_empty() {
        return;
    }
    html.push_str("<div class=\"fact-sheet\">\n<h3>Fact sheet</h3>\n<div class=\"matrix\">");
    html.push_str("<table><tr><th>Story</th><th>Frame</th><th>Status</th><th>Values</th></tr>\n");
    for row in rows {
        let values: Vec<String> = row
            .values
            .iter()
            .map(|v| escape(&evidence::sheet_value(v)))
            .collect();
        let _ = writeln!(
            html,
            "<tr class=\"{}\"><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            row.status.as_str(),
            escape(&row.story),
            escape(&row.label()),
            row.status.as_str(),
            values.join("<br>")
        );
    }
    html.push_str("</table></div>\n</div>\n");
}

/// What two sources share: agreements and contradictions between them.
#[derive(Default)]
struct Shared {
    agreements: usize,
    contradictions: usize,
}

/// Outlets beyond which the picture would crowd: more are drawn as a matrix.
const GRAPH_OUTLETS: usize = 3;

/// What the outlets of a story (its `articles`; findings of story `story`, all when `None`)
/// share: a picture for a few outlets, a matrix for more, so that no label sits on another.
fn outlets_html(analysis: &Analysis, articles: &[usize], story: Option<&str>) -> String {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for article in articles.iter().filter_map(|&a| analysis.articles.get(a)) {
        *counts.entry(article.source.as_str()).or_default() += 1;
    }
    let mut single: BTreeMap<&str, usize> = BTreeMap::new();
    let mut edges: BTreeMap<(&str, &str), Shared> = BTreeMap::new();
    let of_story = |f: &&Finding| story.is_none() || f.story.as_deref() == story;
    for finding in analysis.findings.iter().filter(of_story) {
        let sources: BTreeSet<&str> = finding.sources.iter().map(String::as_str).collect();
        if finding.kind == FindingKind::SingleSource {
            for s in &sources {
                *single.entry(s).or_default() += 1;
            }
            continue;
        }
        let sources: Vec<&str> = sources.into_iter().collect();
        // Pairs within one finding: its few outlets, never the batch.
        for (i, a) in sources.iter().enumerate() {
            for b in &sources[i + 1..] {
                let shared = edges.entry((a, b)).or_default();
                match finding.kind {
                    FindingKind::Contradiction => shared.contradictions += 1,
                    _ => shared.agreements += 1,
                }
            }
        }
    }
    let mut nodes: BTreeSet<&str> = counts.keys().copied().collect();
    for (a, b) in edges.keys() {
        nodes.extend([*a, *b]);
    }
    nodes.extend(single.keys().copied());
    let nodes: Vec<&str> = nodes.into_iter().collect();
    if nodes.len() > GRAPH_OUTLETS {
        matrix_html(&nodes, &counts, &single, &edges)
    } else {
        graph_svg(&nodes, &counts, &single, &edges)
    }
}

/// The outlets as rows and numbered columns; each cell the agreements (✓) and
/// contradictions (✗) between two outlets; the diagonal their articles and single-source
/// claims.
fn matrix_html(
    nodes: &[&str],
    articles: &BTreeMap<&str, usize>,
    single: &BTreeMap<&str, usize>,
    edges: &BTreeMap<(&str, &str), Shared>,
) -> String {
    let mut out = String::from(
        "<div class=\"matrix\"><table>\n<caption class=\"meta\">Between two outlets: <span class=\"n-agree\">✓ agreements</span>, <span class=\"n-contra\">✗ contradictions</span>; on the diagonal, an outlet's articles and single-source claims.</caption>\n<tr><th></th>",
    );
    for i in 1..=nodes.len() {
        let _ = write!(out, "<th scope=\"col\">{i}</th>");
    }
    out.push_str("</tr>\n");
    for (i, a) in nodes.iter().enumerate() {
        let _ = write!(out, "<tr><th scope=\"row\">{} {}</th>", i + 1, escape(a));
        for (j, b) in nodes.iter().enumerate() {
            if i == j {
                let _ = write!(
                    out,
                    "<td title=\"articles, single-source claims\">{} · <span class=\"flag\">{}</span></td>",
                    articles.get(a).copied().unwrap_or(0),
                    single.get(a).copied().unwrap_or(0)
                );
                continue;
            }
            let key = if a < b { (*a, *b) } else { (*b, *a) };
            let cell = match edges.get(&key) {
                None => String::new(),
                Some(shared) => {
                    let mut parts = Vec::new();
                    if shared.agreements > 0 {
                        parts.push(format!(
                            "<span class=\"n-agree\">{}✓</span>",
                            shared.agreements
                        ));
                    }
                    if shared.contradictions > 0 {
                        parts.push(format!(
                            "<span class=\"n-contra\">{}✗</span>",
                            shared.contradictions
                        ));
                    }
                    parts.join(" ")
                }
            };
            let _ = write!(out, "<td>{cell}</td>");
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</table></div>\n");
    out
}

/// A few sources as nodes on an ellipse, an edge wherever findings join two of them,
/// labelled at its middle with the counts; each node says how many articles and
/// single-source claims it has.
fn graph_svg(
    nodes: &[&str],
    articles: &BTreeMap<&str, usize>,
    single: &BTreeMap<&str, usize>,
    edges: &BTreeMap<(&str, &str), Shared>,
) -> String {
    // Two sources face each other on a line; more sit on an ellipse.
    let ry = if nodes.len() <= 2 { 0.0 } else { 115.0_f64 };
    let (width, height) = (820.0_f64, 2.0 * ry + 130.0);
    let (cx, cy, rx) = (width / 2.0, height / 2.0, 300.0_f64);
    // The first source on the left, the others round the ellipse.
    let place = |i: usize| -> (f64, f64) {
        if nodes.len() == 1 {
            return (cx, cy);
        }
        let angle = std::f64::consts::PI * (1.0 + 2.0 * i as f64 / nodes.len() as f64);
        (cx + rx * angle.cos(), cy + ry * angle.sin())
    };
    let at: BTreeMap<&str, (f64, f64)> = nodes
        .iter()
        .enumerate()
        .map(|(i, n)| (*n, place(i)))
        .collect();
    let mut svg = String::new();
    let _ = writeln!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"Sources and the findings they share\">"
    );
    let _ = writeln!(
        svg,
        "<title>{} sources; edges: agreements and contradictions between two sources</title>",
        nodes.len()
    );
    for ((a, b), shared) in edges {
        let (Some(&(x1, y1)), Some(&(x2, y2))) = (at.get(a), at.get(b)) else {
            continue;
        };
        let colour = if shared.contradictions > 0 {
            "var(--error)"
        } else {
            "var(--agreement)"
        };
        let total = shared.agreements + shared.contradictions;
        let stroke = 1.5 + (total as f64).ln_1p() * 2.0;
        let _ = writeln!(
            svg,
            "<line x1=\"{x1:.1}\" y1=\"{y1:.1}\" x2=\"{x2:.1}\" y2=\"{y2:.1}\" stroke=\"{colour}\" stroke-width=\"{stroke:.1}\" stroke-opacity=\"0.7\"/>"
        );
        let mut label = Vec::new();
        if shared.agreements > 0 {
            label.push(evidence::plural(
                shared.agreements,
                "agreement",
                "agreements",
            ));
        }
        if shared.contradictions > 0 {
            label.push(evidence::plural(
                shared.contradictions,
                "contradiction",
                "contradictions",
            ));
        }
        // At the middle: with at most three outlets no two edges cross.
        let _ = writeln!(
            svg,
            "<text class=\"label\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"12\" fill=\"#333\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">{}</text>",
            (x1 + x2) / 2.0,
            (y1 + y2) / 2.0 - 4.0,
            label.join(" · ")
        );
    }
    for node in nodes {
        let Some(&(x, y)) = at.get(node) else {
            continue;
        };
        let count = articles.get(node).copied().unwrap_or(0);
        let singles = single.get(node).copied().unwrap_or(0);
        let fill = if singles > 0 {
            "var(--single)"
        } else {
            "#546e7a"
        };
        let _ = writeln!(
            svg,
            "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"{:.1}\" fill=\"{fill}\"/>",
            10.0 + 4.0 * (count as f64).sqrt()
        );
        let below = if y + 0.5 >= cy { 34.0 } else { -30.0 };
        let _ = writeln!(
            svg,
            "<text class=\"label\" x=\"{x:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"600\"><title>{}</title>{}</text>",
            y + below,
            escape(node),
            escape(&shorten(node, 32))
        );
        let _ = writeln!(
            svg,
            "<text class=\"label\" x=\"{x:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#555\">{}, {}</text>",
            y + below + 14.0,
            evidence::plural(count, "article", "articles"),
            evidence::plural(singles, "single-source claim", "single-source claims"),
        );
    }
    svg.push_str("</svg>\n");
    svg
}

/// At most `max` characters, the last one `…` when cut.
fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::{escape, shorten};

    #[test]
    fn long_source_names_are_shortened_in_the_graph() {
        assert_eq!(
            shorten("International Business Times", 32),
            "International Business Times"
        );
        assert_eq!(shorten("abcdef", 4), "abc…");
    }

    #[test]
    fn escape_neutralises_markup_and_attribute_quotes() {
        assert_eq!(
            escape(r#"<script>alert("x")</script> & 'y'"#),
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"
        );
    }
}
