//! HTML printer: one self-contained page — findings to click, the articles side by side with claims coloured by finding, and an SVG picture of what the sources share.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::io::{self, Write};

use crate::article::{Article, Span};
use crate::check::{Finding, FindingKind};
use crate::pipeline::Analysis;
use crate::report::evidence::{self, Evidence, Located};
use crate::report::{self, PrintOptions, Report, Selected};

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

/// The CSS class of a finding kind.
fn kind_class(kind: FindingKind) -> &'static str {
    match kind {
        FindingKind::Contradiction => "contradiction",
        FindingKind::SingleSource => "single-source",
        FindingKind::Agreement => "agreement",
    }
}

const STYLE: &str = r#"
:root { --contradiction: #c62828; --single-source: #b26a00; --agreement: #2e7d32; --none: #9e9e9e; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1c1c1c; background: #fafafa; }
body > header { padding: 0.8rem 1.2rem; background: #263238; color: #fff; }
body > header h1 { margin: 0; font-size: 1.3rem; }
body > header p { margin: 0.2rem 0 0; }
.layout { display: grid; grid-template-columns: minmax(18rem, 26rem) 1fr; gap: 1rem; padding: 1rem; }
main { min-width: 0; }
aside { position: sticky; top: 0; align-self: start; max-height: 100vh; overflow-y: auto; }
h2 { font-size: 1.1rem; margin: 0.5rem 0; }
h3 { font-size: 1rem; margin: 0.8rem 0 0.3rem; }
h3.story { border-top: 2px solid #263238; padding-top: 0.4rem; }
h4 { font-size: 0.95rem; margin: 0.6rem 0 0.2rem; }
details.finding { background: #fff; border: 1px solid #ddd; border-left: 5px solid var(--none); border-radius: 4px; margin: 0.4rem 0; padding: 0.3rem 0.6rem; }
details.finding.contradiction { border-left-color: var(--contradiction); }
details.finding.single-source { border-left-color: var(--single-source); }
details.finding.agreement { border-left-color: var(--agreement); }
details.finding[open] { box-shadow: 0 1px 4px rgba(0,0,0,0.2); }
summary { cursor: pointer; }
.badge { display: inline-block; font-size: 0.75rem; padding: 0 0.4rem; border-radius: 3px; color: #fff; background: var(--none); }
.badge.error { background: var(--contradiction); }
.badge.warning { background: var(--single-source); }
.badge.info { background: #546e7a; }
.rule { font-family: ui-monospace, monospace; font-size: 0.8rem; color: #555; }
.sources { display: block; font-size: 0.85rem; color: #555; }
figure { margin: 0.5rem 0; }
figcaption { font-size: 0.8rem; color: #555; }
blockquote { margin: 0.2rem 0 0; padding: 0.3rem 0.6rem; border-left: 3px solid #ccc; background: #f5f5f5; }
mark { background: #ffe082; text-decoration: underline; text-decoration-thickness: 2px; }
.columns { display: flex; gap: 1rem; overflow-x: auto; align-items: flex-start; }
.columns article { flex: 1 0 22rem; max-width: 40rem; max-height: 85vh; overflow-y: auto; background: #fff; border: 1px solid #ddd; border-radius: 4px; padding: 0.6rem 0.9rem; }
.columns article header h3 { margin: 0; }
.meta { font-size: 0.8rem; color: #555; margin: 0 0 0.5rem; word-break: break-all; }
.body { white-space: pre-wrap; overflow-wrap: anywhere; }
.claim { border-bottom: 2px dotted var(--none); }
.claim.contradiction { background: #ffebee; border-bottom: 2px solid var(--contradiction); cursor: pointer; }
.claim.single-source { background: #fff3e0; border-bottom: 2px solid var(--single-source); cursor: pointer; }
.claim.agreement { background: #e8f5e9; border-bottom: 2px solid var(--agreement); cursor: pointer; }
.claim.marked { font-weight: 600; }
.claim.active { background: #bbdefb; }
.legend span { margin-right: 1rem; }
.legend i { display: inline-block; width: 0.8rem; height: 0.8rem; margin-right: 0.3rem; vertical-align: middle; }
svg { max-width: 100%; height: auto; background: #fff; border: 1px solid #ddd; border-radius: 4px; }
table { border-collapse: collapse; background: #fff; }
td, th { border: 1px solid #ddd; padding: 0.2rem 0.5rem; text-align: left; }
.flag { color: var(--single-source); font-weight: 600; }
#not-read pre, #noted pre { margin: 0; overflow-x: auto; }
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
        "<header><h1>corroborate report</h1><p>{} · {}</p>{}</header>",
        escape(&summary.line()),
        evidence::plural(summary.articles, "article", "articles"),
        selected
            .note()
            .map(|note| format!("<p>{}</p>", escape(&note)))
            .unwrap_or_default()
    );
    html.push_str("<div class=\"layout\">\n<aside id=\"findings\">\n<h2>Findings</h2>\n");
    html.push_str(LEGEND);
    match selected.by_story() {
        None => findings_html(
            &mut html,
            analysis,
            &selected.indices,
            None,
            &selected,
            &evidence,
        ),
        Some(stories) => {
            for (story, listed) in stories {
                let _ = writeln!(
                    html,
                    "<h3 class=\"story\" id=\"story-{}\">Story {}: {}</h3>\n<p class=\"meta\">{}: {}</p>",
                    escape(&story.id),
                    escape(&story.id),
                    escape(&story.title),
                    evidence::plural(story.articles.len(), "article", "articles"),
                    escape(&evidence::story_articles(analysis, story))
                );
                if listed.is_empty() {
                    html.push_str("<p>No findings listed.</p>\n");
                }
                findings_html(
                    &mut html,
                    analysis,
                    &listed,
                    Some(&story.id),
                    &selected,
                    &evidence,
                );
            }
        }
    }
    if selected.indices.is_empty() {
        html.push_str("<p>No findings.</p>\n");
    }
    html.push_str("</aside>\n<main>\n");
    if selected.topics {
        sheet_html(&mut html, analysis);
    }
    if selected.articles {
        html.push_str("<section id=\"articles\">\n<h2>Articles</h2>\n<div class=\"columns\">\n");
        let marks = Marks::new(analysis, &selected.indices, &evidence);
        for (index, article) in analysis.articles.iter().enumerate() {
            article_html(&mut html, analysis, &marks, index, article);
        }
        html.push_str("</div>\n</section>\n");
        html.push_str("<section id=\"graph\">\n<h2>Sources and the claims they share</h2>\n");
        html.push_str(&graph_svg(analysis));
        html.push_str("</section>\n");
    }
    if selected.topics {
        topics_html(&mut html, analysis, &evidence);
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
        "</main>\n</div>\n<script>{SCRIPT}</script>\n</body>\n</html>\n"
    );
    html
}

/// Findings (indexes into `Analysis::findings`, each its anchor `f{index}`) under a heading
/// per kind with its counts: `<h3>` for the batch, `<h4>` under a story's heading.
fn findings_html(
    html: &mut String,
    analysis: &Analysis,
    order: &[usize],
    story: Option<&str>,
    selected: &Selected<'_>,
    evidence: &Evidence<'_>,
) {
    let mut current = None;
    for &index in order {
        let finding = &analysis.findings[index];
        if current != Some(finding.kind) {
            current = Some(finding.kind);
            let _ = match story {
                None => writeln!(html, "<h3>{}</h3>", escape(&selected.heading(finding.kind))),
                Some(story) => writeln!(
                    html,
                    "<h4>{}</h4>",
                    escape(&selected.heading_in(finding.kind, story))
                ),
            };
        }
        finding_html(html, index, finding, evidence);
    }
}

const LEGEND: &str = "<p class=\"legend\"><span><i style=\"background:var(--contradiction)\"></i>contradiction</span><span><i style=\"background:var(--single-source)\"></i>single source</span><span><i style=\"background:var(--agreement)\"></i>agreement</span></p>\n";

fn finding_html(html: &mut String, index: usize, finding: &Finding, evidence: &Evidence<'_>) {
    let located = evidence.locate(finding);
    let claims: Vec<String> = finding
        .claims
        .iter()
        .filter_map(|id| evidence.claim_index(id))
        .map(|i| format!("c{i}"))
        .collect();
    let _ = writeln!(
        html,
        "<details class=\"finding {}\" id=\"f{index}\" data-claims=\"{}\">",
        kind_class(finding.kind),
        claims.join(" ")
    );
    let _ = writeln!(
        html,
        "<summary><span class=\"badge {sev}\">{sev}</span> <span class=\"rule\">{} · {}</span><br>{}<span class=\"sources\">{}</span></summary>",
        escape(&finding.id),
        escape(&evidence::rule_id(finding)),
        escape(&finding.message),
        escape(&finding.sources.join(", ")),
        sev = finding.severity.as_str(),
    );
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
    html.push_str("</details>\n");
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

/// A claim shown in an article: its page id, the findings it is part of, and its colour.
struct Shown {
    span: Span,
    claim: usize,
    kind: Option<FindingKind>,
    findings: Vec<usize>,
}

/// Which findings each claim is part of, and the marked words of each article: gathered
/// once so that a page of many articles stays linear.
struct Marks {
    /// By claim index: finding indexes.
    findings: Vec<Vec<usize>>,
    /// By claim index: the most pressing kind of finding it is part of.
    kinds: Vec<Option<FindingKind>>,
    /// By article index: the claims in it.
    claims: Vec<Vec<usize>>,
    /// By article index: marked words.
    marked: Vec<Vec<Span>>,
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
                // FindingKind orders contradiction first: keep the most pressing colour.
                let kind = &mut marks.kinds[claim];
                *kind = Some(kind.map_or(finding.kind, |k| k.min(finding.kind)));
                let text = located.article.text.as_str();
                marks.marked[located.article_index].extend(
                    located
                        .marked
                        .iter()
                        .filter_map(|m| evidence::checked(text, m.span)),
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
fn highlighted(text: &str, shown: &[Shown], marked: &[Span]) -> String {
    let mut cuts: BTreeSet<usize> = BTreeSet::from([0, text.len()]);
    for s in shown {
        cuts.extend([s.span.start, s.span.end]);
    }
    for m in marked {
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
        let is_marked = marked.iter().any(|m| m.contains(piece));
        match claim {
            None => out.push_str(&escape(words)),
            Some(s) => {
                let kind = s.kind.map_or("none", kind_class);
                let marked_class = if is_marked { " marked" } else { "" };
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

/// The fact sheet as a table: per story, each frame, its status and its values.
fn sheet_html(html: &mut String, analysis: &Analysis) {
    if analysis.fact_sheet.is_empty() {
        return;
    }
    html.push_str("<section id=\"fact-sheet\">\n<h2>Fact sheet</h2>\n");
    html.push_str("<table><tr><th>Story</th><th>Frame</th><th>Status</th><th>Values</th></tr>\n");
    for row in &analysis.fact_sheet {
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
    html.push_str("</table>\n</section>\n");
}

fn topics_html(html: &mut String, analysis: &Analysis, evidence: &Evidence<'_>) {
    if analysis.topics.is_empty() {
        return;
    }
    html.push_str("<section id=\"topics\">\n<h2>Topics</h2>\n");
    for topic in &analysis.topics {
        let _ = writeln!(html, "<h3>{}</h3>", escape(&topic.question));
        if topic.answers.is_empty() {
            html.push_str("<p>No answer found.</p>\n");
            continue;
        }
        // With several stories, each answer says whose it is.
        let stories = analysis.stories.len() > 1;
        html.push_str(if stories {
            "<table><tr><th>Story</th><th>Answer</th><th>Sources</th><th></th></tr>\n"
        } else {
            "<table><tr><th>Answer</th><th>Sources</th><th></th></tr>\n"
        });
        for answer in &topic.answers {
            let story = match answer.story.as_deref().filter(|_| stories) {
                Some(id) => format!("<td>{}</td>", escape(id)),
                None => String::new(),
            };
            let _ = writeln!(
                html,
                "<tr>{story}<td>{}</td><td>{}</td><td>{}</td></tr>",
                escape(evidence.entity_name(&answer.entity)),
                escape(&answer.sources.join(", ")),
                if answer.single_source {
                    "<span class=\"flag\">single source</span>"
                } else {
                    ""
                }
            );
        }
        html.push_str("</table>\n");
    }
    html.push_str("</section>\n");
}

/// What two sources share: agreements and contradictions between them.
#[derive(Default)]
struct Shared {
    agreements: usize,
    contradictions: usize,
}

/// Sources as nodes on a circle, an edge wherever findings join two sources, labelled with
/// the counts; each node says how many articles and single-source claims it has.
fn graph_svg(analysis: &Analysis) -> String {
    let mut articles: BTreeMap<&str, usize> = BTreeMap::new();
    for article in &analysis.articles {
        *articles.entry(article.source.as_str()).or_default() += 1;
    }
    let mut single: BTreeMap<&str, usize> = BTreeMap::new();
    let mut edges: BTreeMap<(&str, &str), Shared> = BTreeMap::new();
    for finding in &analysis.findings {
        let sources: BTreeSet<&str> = finding.sources.iter().map(String::as_str).collect();
        if finding.kind == FindingKind::SingleSource {
            for s in &sources {
                *single.entry(s).or_default() += 1;
            }
            continue;
        }
        let sources: Vec<&str> = sources.into_iter().collect();
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
    let mut nodes: BTreeSet<&str> = articles.keys().copied().collect();
    for (a, b) in edges.keys() {
        nodes.extend([*a, *b]);
    }
    nodes.extend(single.keys().copied());
    let nodes: Vec<&str> = nodes.into_iter().collect();
    // Two sources face each other on a line; more sit on an ellipse.
    let ry = if nodes.len() <= 2 { 0.0 } else { 115.0_f64 };
    let (width, height) = (820.0_f64, 2.0 * ry + 130.0);
    let (cx, cy, rx) = (width / 2.0, height / 2.0, 260.0_f64);
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
    for ((a, b), shared) in &edges {
        let (Some(&(x1, y1)), Some(&(x2, y2))) = (at.get(a), at.get(b)) else {
            continue;
        };
        let colour = if shared.contradictions > 0 {
            "var(--contradiction)"
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
        // Two fifths of the way along, so that labels of crossing edges stay apart.
        let _ = writeln!(
            svg,
            "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"12\" fill=\"#333\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">{}</text>",
            x1 + 0.4 * (x2 - x1),
            y1 + 0.4 * (y2 - y1) - 4.0,
            label.join(" · ")
        );
    }
    for node in &nodes {
        let Some(&(x, y)) = at.get(node) else {
            continue;
        };
        let count = articles.get(node).copied().unwrap_or(0);
        let singles = single.get(node).copied().unwrap_or(0);
        let fill = if singles > 0 {
            "var(--single-source)"
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
            "<text x=\"{x:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"600\"><title>{}</title>{}</text>",
            y + below,
            escape(node),
            escape(&shorten(node, 32))
        );
        let _ = writeln!(
            svg,
            "<text x=\"{x:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#555\">{}, {}</text>",
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
