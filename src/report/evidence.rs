//! What every findings printer shares: report order, rule ids, the summary, and each finding's claims located in their articles.

use std::collections::{BTreeMap, BTreeSet};

use rayon::prelude::*;

use crate::article::{Article, LineIndex, Span};
use crate::check::{ContradictionKind, Finding, FindingKind, Marked};
use crate::extract::{Claim, Fact};
use crate::pipeline::Analysis;
use crate::stories::Story;

/// Findings in the order every report shows them: contradictions, then single-source
/// claims, then agreements; most severe first within a kind; the checker's order otherwise.
pub fn report_order(analysis: &Analysis) -> Vec<&Finding> {
    report_order_indices(analysis)
        .into_iter()
        .map(|i| &analysis.findings[i])
        .collect()
}

/// [`report_order`] as indexes into `Analysis::findings`.
pub fn report_order_indices(analysis: &Analysis) -> Vec<usize> {
    let mut order: Vec<usize> = (0..analysis.findings.len()).collect();
    order.sort_by_key(|&i| {
        let f = &analysis.findings[i];
        (f.kind, std::cmp::Reverse(f.severity))
    });
    order
}

/// `order` (indexes into `Analysis::findings`) story by story, stories in order, each
/// keeping the order given, when the batch is several stories; `None` for one story or
/// none, whose report reads as it always has. A finding of no known story goes with the
/// first.
pub fn by_story<'a>(
    analysis: &'a Analysis,
    order: &[usize],
) -> Option<Vec<(&'a Story, Vec<usize>)>> {
    if analysis.stories.len() < 2 {
        return None;
    }
    let index: BTreeMap<&str, usize> = analysis
        .stories
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), i))
        .collect();
    let mut groups: Vec<(&Story, Vec<usize>)> =
        analysis.stories.iter().map(|s| (s, Vec::new())).collect();
    for &i in order {
        let at = analysis
            .findings
            .get(i)
            .and_then(|f| f.story.as_deref())
            .and_then(|id| index.get(id))
            .copied()
            .unwrap_or(0);
        groups[at].1.push(i);
    }
    Some(groups)
}

/// A story's articles as a report lists them: "a (VOA), b (The Washington Post)".
pub fn story_articles(analysis: &Analysis, story: &Story) -> String {
    story
        .articles
        .iter()
        .filter_map(|&a| analysis.articles.get(a))
        .map(|a| format!("{} ({})", a.id, a.source))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A stable id for the kind of a finding, as the printers and SARIF show it:
/// `contradiction/number`, `single-source`, `agreement` (`contradiction` alone when the checker
/// gives no subkind). It names the kind, not the rule: `number-mismatch` and `figures-differ`
/// are both `contradiction/number`.
pub fn rule_id(finding: &Finding) -> String {
    kind_id(finding.kind, finding.subkind)
}

/// [`rule_id`] of a kind and subkind of finding.
pub fn kind_id(kind: FindingKind, subkind: Option<ContradictionKind>) -> String {
    match (kind, subkind) {
        (FindingKind::Contradiction, Some(sub)) => format!("contradiction/{}", sub.name()),
        (FindingKind::Contradiction, None) => "contradiction".into(),
        (FindingKind::SingleSource, _) => "single-source".into(),
        (FindingKind::Agreement, _) => "agreement".into(),
    }
}

/// How many findings of each kind, and across how many sources.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Summary {
    pub contradictions: usize,
    pub single_source: usize,
    pub agreements: usize,
    pub articles: usize,
    pub sources: usize,
}

impl Summary {
    pub fn of(analysis: &Analysis) -> Summary {
        let count = |kind| analysis.findings.iter().filter(|f| f.kind == kind).count();
        let sources: BTreeSet<&str> = analysis
            .articles
            .iter()
            .map(|a| a.source.as_str())
            .collect();
        Summary {
            contradictions: count(FindingKind::Contradiction),
            single_source: count(FindingKind::SingleSource),
            agreements: count(FindingKind::Agreement),
            articles: analysis.articles.len(),
            sources: sources.len(),
        }
    }

    /// How many findings of `kind`.
    pub fn count(&self, kind: FindingKind) -> usize {
        match kind {
            FindingKind::Contradiction => self.contradictions,
            FindingKind::SingleSource => self.single_source,
            FindingKind::Agreement => self.agreements,
        }
    }

    /// "3 contradictions, 12 single-source claims, 9 agreements across 3 sources".
    pub fn line(&self) -> String {
        format!(
            "{}, {}, {} across {}",
            plural(self.contradictions, "contradiction", "contradictions"),
            plural(
                self.single_source,
                "single-source claim",
                "single-source claims"
            ),
            plural(self.agreements, "agreement", "agreements"),
            plural(self.sources, "source", "sources"),
        )
    }
}

/// "1 source", "3 sources".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The heading of a group of findings.
pub fn kind_heading(kind: FindingKind) -> &'static str {
    match kind {
        FindingKind::Contradiction => "Contradictions",
        FindingKind::SingleSource => "Single-source claims",
        FindingKind::Agreement => "Agreements",
    }
}

/// A value of the fact sheet in words: `"10" — BBC News, CBC News (per officials)`.
pub fn sheet_value(value: &crate::check::SheetValue) -> String {
    let given = if value.given_by.is_empty() {
        String::new()
    } else {
        format!(" (per {})", value.given_by.join("; "))
    };
    format!("\"{}\" — {}{given}", value.text, value.sources.join(", "))
}

/// `span` if it lies inside `text` on character boundaries; a bad span from upstream is
/// skipped by printers, never a panic.
pub fn checked(text: &str, span: Span) -> Option<Span> {
    (span.start <= span.end && text.get(span.start..span.end).is_some()).then_some(span)
}

/// One claim of a finding (or a fact the outlet states outside any claim), with its
/// article and the words marked in it.
pub struct Located<'a> {
    /// The claim; `None` for a fact outside any claim.
    pub claim: Option<&'a Claim>,
    /// The fact, when the finding is about a fact outside any claim.
    pub fact: Option<&'a Fact>,
    pub article: &'a Article,
    /// Index of the article in `Analysis::articles`.
    pub article_index: usize,
    /// Marked words inside this claim's article, in text order.
    pub marked: Vec<&'a Marked>,
}

impl Located<'_> {
    /// The spans to point at: the marked words, or the content when nothing is marked.
    pub fn focus(&self) -> Vec<Span> {
        let text = &self.article.text;
        let mut spans: Vec<Span> = self
            .marked
            .iter()
            .filter_map(|m| checked(text, m.span))
            .collect();
        if spans.is_empty() {
            match (self.claim, self.fact) {
                (Some(claim), _) => spans.extend(
                    checked(text, claim.content_span).or_else(|| checked(text, claim.span)),
                ),
                (None, Some(fact)) => spans.extend(checked(text, fact.span)),
                (None, None) => {}
            }
        }
        spans
    }

    /// The id of the claim, or of the fact outside any claim.
    pub fn id(&self) -> &str {
        match (self.claim, self.fact) {
            (Some(claim), _) => &claim.id,
            (None, Some(fact)) => &fact.id,
            (None, None) => "",
        }
    }

    /// The claim's whole span, or the fact's.
    pub fn span(&self) -> Span {
        match (self.claim, self.fact) {
            (Some(claim), _) => claim.span,
            (None, Some(fact)) => fact.span,
            (None, None) => Span::default(),
        }
    }

    /// `sentence` cut into runs of text, each `true` when it is focus (the words that decided
    /// the finding), for printers that mark them each in their own way.
    pub fn runs(&self, sentence: Span) -> Vec<(&str, bool)> {
        let text = self.article.text.as_str();
        let mut focus = self.focus();
        focus.sort();
        let mut out = Vec::new();
        let mut at = sentence.start;
        for span in focus {
            let start = span.start.max(at);
            if start >= span.end {
                continue;
            }
            out.push((text.get(at..start).unwrap_or(""), false));
            out.push((text.get(start..span.end).unwrap_or(""), true));
            at = span.end;
        }
        out.push((text.get(at..sentence.end.max(at)).unwrap_or(""), false));
        out.retain(|(run, _)| !run.is_empty());
        out
    }

    /// The sentence the claim was found in, widened to cover every focus span.
    pub fn sentence(&self) -> Span {
        let text = &self.article.text;
        let (sentence, whole) = match (self.claim, self.fact) {
            (Some(claim), _) => (claim.sentence, claim.span),
            (None, Some(fact)) => (fact.sentence, fact.span),
            (None, None) => (Span::default(), Span::default()),
        };
        let mut span = checked(text, sentence)
            .or_else(|| checked(text, whole))
            .unwrap_or_default();
        for f in self.focus() {
            span.start = span.start.min(f.start);
            span.end = span.end.max(f.end);
        }
        span
    }
}

/// Looks up claims and articles by id and turns byte offsets into line and column.
pub struct Evidence<'a> {
    analysis: &'a Analysis,
    claims: BTreeMap<&'a str, usize>,
    facts: BTreeMap<&'a str, usize>,
    articles: BTreeMap<&'a str, usize>,
    lines: Vec<LineIndex<'a>>,
}

impl<'a> Evidence<'a> {
    pub fn new(analysis: &'a Analysis) -> Evidence<'a> {
        Evidence {
            analysis,
            claims: analysis
                .claims
                .iter()
                .enumerate()
                .map(|(i, c)| (c.id.as_str(), i))
                .collect(),
            facts: analysis
                .facts
                .iter()
                .enumerate()
                .map(|(i, f)| (f.id.as_str(), i))
                .collect(),
            articles: analysis
                .articles
                .iter()
                .enumerate()
                .map(|(i, a)| (a.id.as_str(), i))
                .collect(),
            // Each article's lines found in parallel (the whole batch's text is read).
            lines: analysis
                .articles
                .par_iter()
                .map(|a| LineIndex::new(&a.text))
                .collect(),
        }
    }

    /// Index of a claim in `Analysis::claims`.
    pub fn claim_index(&self, id: &str) -> Option<usize> {
        self.claims.get(id).copied()
    }

    /// Index of an article in `Analysis::articles`.
    pub fn article_index(&self, id: &str) -> Option<usize> {
        self.articles.get(id).copied()
    }

    /// `(line, column)` in the article's file, both 1-based, the column in characters
    /// (Unicode code points); lines of front matter are counted.
    pub fn position(&self, article_index: usize, offset: usize) -> (usize, usize) {
        let before = self
            .analysis
            .articles
            .get(article_index)
            .map_or(0, |a| a.body_line);
        let (line, column) = self
            .lines
            .get(article_index)
            .map_or((1, 1), |index| index.position(offset));
        (line + before, column)
    }

    /// The claims of a finding that exist in the analysis, in the finding's order, then the
    /// facts it compares that no claim holds.
    pub fn locate(&self, finding: &'a Finding) -> Vec<Located<'a>> {
        let marked_in = |id: &str| {
            let mut marked: Vec<&Marked> =
                finding.marked.iter().filter(|m| m.claim == id).collect();
            marked.sort_by_key(|m| m.span);
            marked
        };
        let claims = finding.claims.iter().filter_map(|id| {
            let claim = &self.analysis.claims[self.claim_index(id)?];
            let article_index = self.article_index(&claim.article)?;
            Some(Located {
                claim: Some(claim),
                fact: None,
                article: &self.analysis.articles[article_index],
                article_index,
                marked: marked_in(id),
            })
        });
        let facts = finding.facts.iter().filter_map(|id| {
            let fact = &self.analysis.facts[*self.facts.get(id.as_str())?];
            if fact.claim.is_some() {
                return None;
            }
            let article_index = self.article_index(&fact.article)?;
            Some(Located {
                claim: None,
                fact: Some(fact),
                article: &self.analysis.articles[article_index],
                article_index,
                marked: marked_in(id),
            })
        });
        claims.chain(facts).collect()
    }

    /// The display name of an entity id.
    pub fn entity_name(&self, id: &'a str) -> &'a str {
        self.analysis
            .entities
            .iter()
            .find(|e| e.id == id)
            .map_or(id, |e| e.name.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_line_speaks_in_singular_and_plural() {
        let one = Summary {
            contradictions: 1,
            single_source: 1,
            agreements: 1,
            articles: 1,
            sources: 1,
        };
        assert_eq!(
            one.line(),
            "1 contradiction, 1 single-source claim, 1 agreement across 1 source"
        );
        let many = Summary {
            contradictions: 3,
            single_source: 12,
            agreements: 9,
            articles: 4,
            sources: 3,
        };
        assert_eq!(
            many.line(),
            "3 contradictions, 12 single-source claims, 9 agreements across 3 sources"
        );
    }

    #[test]
    fn checked_refuses_spans_off_the_text_or_inside_a_character() {
        let text = "é57";
        assert_eq!(checked(text, Span::new(0, 2)), Some(Span::new(0, 2)));
        assert_eq!(checked(text, Span::new(1, 2)), None);
        assert_eq!(checked(text, Span::new(2, 9)), None);
        assert_eq!(checked(text, Span::new(3, 2)), None);
    }
}
