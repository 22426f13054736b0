//! Topic answers: watched questions of the rules ("Who is excluded from the truce?") answered from every sentence that carries a trigger, with the outlets behind each answer.

use std::collections::{BTreeMap, BTreeSet};

use crate::check::{
    Context, Finding, FindingKind, Marked, Rule, SheetRow, TopicAnswer, TopicReport,
};
use crate::entity::Resolver;
use crate::extract::numbers::NumberReader;
use crate::rules::{RuleSet, Severity, TopicRule};
use crate::words::TextMap;
use crate::words::fnv1a;

/// Flags answers only one outlet gives.
pub struct TopicAnswers;

/// The record of `topic-single-source`.
pub const RULE: Rule = Rule {
    id: "topic-single-source",
    name: "TopicSingleSource",
    severity: Severity::Info,
    summary: "An answer to a watched question that only one outlet gives.",
    help: "Confirm the answer with a second, independent source before relying on it.",
};

/// The record of `topic`: the answers themselves, which `"off"` skips.
pub const TOPIC: Rule = Rule {
    id: "topic",
    name: "WatchedQuestions",
    severity: Severity::Info,
    summary: "Answers to the watched questions, with the outlets behind each (no findings of its own: `off` skips them).",
    help: "Read which outlets give each answer; an answer only one outlet gives is also reported under `topic-single-source`.",
};

/// Byte offsets in `sentence` where `trigger` starts a word (case-insensitive; "exclude"
/// also finds "excluded").
fn trigger_at(sentence: &str, trigger: &str) -> Vec<usize> {
    let lower = sentence.to_ascii_lowercase();
    let trigger = trigger.to_ascii_lowercase();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(found) = lower.get(from..).and_then(|s| s.find(&trigger)) {
        let at = from + found;
        let starts_word = lower[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        if starts_word {
            out.push(at);
        }
        from = at + trigger.len().max(1);
    }
    out
}

/// The parts of a sentence that may name what a trigger is about: all of it but the
/// subject of a relative clause that holds the trigger ("Jabhat al-Nusra, which the United
/// Nations and the United States consider a terrorist group that should be excluded from
/// any cease-fire": al-Nusra answers, the U.N. and the U.S. only judge).
pub fn answer_regions(sentence: &str, at: usize) -> Vec<(usize, usize)> {
    let lower = sentence.to_ascii_lowercase();
    let head = lower.get(..at).unwrap_or("");
    match [" which ", " who ", " whom "]
        .iter()
        .filter_map(|p| head.rfind(p))
        .max()
    {
        Some(rel) => vec![(0, rel), (at, sentence.len())],
        None => vec![(0, sentence.len())],
    }
}

/// Rule entities named in `text` that may answer `topic`.
fn answers_in(
    text: &str,
    topic: &TopicRule,
    resolver: &Resolver<'_>,
    rules: &RuleSet,
) -> Vec<String> {
    resolver
        .entities_in(text)
        .into_iter()
        .filter(|id| {
            topic.answer_kinds.is_empty()
                || rules
                    .entities
                    .iter()
                    .find(|e| &e.id == id)
                    .is_some_and(|e| topic.answer_kinds.contains(&e.kind))
        })
        .collect()
}

/// The answers one sentence gives to a watched question: rule entities (of the topic's
/// `answer-kinds`) named where a trigger starts a word, outside the subject of a relative
/// clause that holds the trigger. Sorted.
pub fn sentence_answers(
    sentence: &str,
    topic: &TopicRule,
    resolver: &Resolver<'_>,
    rules: &RuleSet,
) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for trigger in &topic.triggers {
        for at in trigger_at(sentence, trigger) {
            for (s, e) in answer_regions(sentence, at) {
                if let Some(region) = sentence.get(s..e) {
                    ids.extend(answers_in(region, topic, resolver, rules));
                }
            }
        }
    }
    ids
}

/// Answers every watched question of the rules from the sentences of every article, story by
/// story: an answer is given once per story that gives it, with that story's outlets.
pub fn answers(ctx: &Context<'_>, sheet: &[SheetRow]) -> Vec<TopicReport> {
    let resolver = Resolver::new(ctx.rules);
    let numbers = ctx
        .rules
        .topics
        .iter()
        .any(|t| t.asks_for_figure())
        .then(|| NumberReader::new(ctx.rules));
    // Claims by article, in text order, so each sentence looks only at its article's claims.
    let mut by_article: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, claim) in ctx.claims.iter().enumerate() {
        by_article
            .entry(claim.article.as_str())
            .or_default()
            .push(i);
    }
    ctx.rules
        .topics
        .iter()
        .map(|topic| {
            if let (true, Some(numbers), Some(measure)) =
                (topic.asks_for_figure(), &numbers, &topic.measure)
            {
                return figure_answers(ctx, sheet, topic, &measure_named(numbers, measure));
            }
            // Per answer and story: the outlets and the claims that give it.
            let mut found: BTreeMap<(String, usize), (BTreeSet<String>, BTreeSet<String>)> =
                BTreeMap::new();
            for (ai, article) in ctx.articles.iter().enumerate() {
                let Some(segmented) = ctx.segmented.get(ai) else {
                    continue;
                };
                for sentence in &segmented.sentences {
                    let Some(text) = article.text.get(sentence.span.start..sentence.span.end)
                    else {
                        continue;
                    };
                    let ids = sentence_answers(text, topic, &resolver, ctx.rules);
                    if ids.is_empty() {
                        continue;
                    }
                    let claims: Vec<String> = by_article
                        .get(article.id.as_str())
                        .into_iter()
                        .flatten()
                        .map(|&i| &ctx.claims[i])
                        .filter(|c| c.sentence.overlaps(sentence.span))
                        .map(|c| c.id.clone())
                        .collect();
                    let claims = if claims.is_empty() {
                        vec![format!("{}@{}", article.id, sentence.span.start)]
                    } else {
                        claims
                    };
                    let story = ctx.story_of.get(ai).copied().unwrap_or(0);
                    for id in ids {
                        let entry = found.entry((id, story)).or_default();
                        entry.0.insert(article.source.clone());
                        entry.1.extend(claims.iter().cloned());
                    }
                }
            }
            TopicReport {
                id: topic.id.clone(),
                question: topic.question.clone(),
                measure: None,
                answers: found
                    .into_iter()
                    .map(|((entity, story), (sources, claims))| TopicAnswer {
                        single_source: sources.len() == 1,
                        name: ctx
                            .rules
                            .entities
                            .iter()
                            .find(|e| e.id == entity)
                            .map_or_else(|| entity.clone(), |e| e.name.clone()),
                        entity,
                        story: ctx.stories.get(story).map(|s| s.id.clone()),
                        sources: sources.into_iter().collect(),
                        claims: claims.into_iter().collect(),
                        ..TopicAnswer::default()
                    })
                    .collect(),
            }
        })
        .collect()
}

/// A measure as the facts name it: "dead", "death toll" and "killed" are all `killed` when
/// the rules' measure synonyms say so; a measure the rules do not know stays as written
/// (lower case).
fn measure_named(numbers: &NumberReader, measure: &str) -> String {
    let lower = measure.trim().to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    match numbers.measure_at(&words, 0) {
        Some((canonical, len)) if len == words.len() => canonical,
        _ => words.join(" "),
    }
}

/// A figure question answered from the fact sheet (with the rows of one value from one
/// outlet, which the sheet itself leaves out): each value of every row of `measure`,
/// story by story, with the outlets that give it, the row's status, and whether only one
/// outlet gives the value.
fn figure_answers(
    ctx: &Context<'_>,
    sheet: &[SheetRow],
    topic: &TopicRule,
    measure: &str,
) -> TopicReport {
    let claim_of: TextMap<&str, &str> = ctx
        .facts
        .iter()
        .filter_map(|f| Some((f.id.as_str(), f.claim.as_deref()?)))
        .collect();
    let answers = sheet
        .iter()
        .filter(|row| row.frame.what == measure)
        .flat_map(|row| {
            let label = row.label();
            row.values
                .iter()
                .map(move |value| (row, label.clone(), value))
        })
        .map(|(row, label, value)| {
            // One value from one outlet: nothing to compare it with, so no status.
            let alone = row.values.len() == 1 && value.sources.len() == 1;
            let claims: BTreeSet<String> = value
                .facts
                .iter()
                .filter_map(|f| claim_of.get(f.as_str()).map(|c| c.to_string()))
                .collect();
            TopicAnswer {
                name: if label == measure {
                    value.text.clone()
                } else {
                    format!("{} [{label}]", value.text)
                },
                story: Some(row.story.clone()),
                sources: value.sources.clone(),
                claims: claims.into_iter().collect(),
                single_source: value.sources.len() == 1,
                figure: Some(value.text.clone()),
                frame: Some(label),
                status: (!alone).then_some(row.status),
                facts: value.facts.clone(),
                ..TopicAnswer::default()
            }
        })
        .collect();
    TopicReport {
        id: topic.id.clone(),
        question: topic.question.clone(),
        measure: Some(measure.to_string()),
        answers,
    }
}

impl super::Check for TopicAnswers {
    fn kind(&self) -> FindingKind {
        FindingKind::SingleSource
    }

    fn rule(&self) -> &'static Rule {
        &RULE
    }

    fn also(&self) -> &'static [Rule] {
        std::slice::from_ref(&TOPIC)
    }

    fn check(&self, ctx: &Context<'_>) -> Vec<Finding> {
        let severity = ctx.rules.severity_of(RULE.id, RULE.severity);
        let name = |id: &str| {
            ctx.entities
                .iter()
                .find(|e| e.id == id)
                .map(|e| e.name.clone())
                .or_else(|| {
                    ctx.rules
                        .entities
                        .iter()
                        .find(|e| e.id == id)
                        .map(|e| e.name.clone())
                })
                .unwrap_or_else(|| id.to_string())
        };
        let index: TextMap<&str, usize> = ctx
            .claims
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.as_str(), i))
            .collect();
        let mut out = Vec::new();
        for topic in &ctx.topics {
            // A single-source figure is flagged in its answer and on the fact sheet.
            for answer in topic
                .answers
                .iter()
                .filter(|a| a.single_source && a.figure.is_none())
            {
                let at: Vec<usize> = answer
                    .claims
                    .iter()
                    .filter_map(|id| index.get(id.as_str()).copied())
                    .collect();
                let marked = at
                    .iter()
                    .map(|&i| ctx.mark(i, ctx.claims[i].sentence))
                    .collect::<Vec<Marked>>();
                out.push(Finding {
                    id: String::new(),
                    kind: self.kind(),
                    subkind: None,
                    severity,
                    claims: answer.claims.clone(),
                    sources: answer.sources.clone(),
                    rule: RULE.id.to_string(),
                    message: format!(
                        "{} {} — only {} says so",
                        topic.question,
                        name(&answer.entity),
                        answer.sources.join(", ")
                    ),
                    marked,
                    fingerprint: fnv1a(&[RULE.id, &topic.id, &answer.entity]),
                    looked_at: Vec::new(),
                    story: answer.story.clone(),
                    facts: Vec::new(),
                });
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn judges_in_a_relative_clause_are_no_answers() {
        let mut rules = RuleSet::builtin().unwrap();
        let desk = "[[entity]]\nid = \"al-nusra-front\"\nname = \"al-Nusra Front\"\nkind = \"group\"\naliases = [\"Jabhat al-Nusra\", \"al-Nusra\"]\n";
        rules.add(crate::rules::RuleFile::parse(std::path::Path::new("desk.toml"), desk).unwrap());
        let topic = TopicRule {
            id: "t".into(),
            question: "q".into(),
            triggers: vec!["excluded from".into()],
            answer: None,
            measure: None,
            answer_kinds: Vec::new(),
            example: Vec::new(),
        };
        let resolver = Resolver::new(&rules);
        let sentence = "They demanded a halt to attacks on Jabhat al-Nusra, which the United Nations \
                        and the United States consider a terrorist group that should be excluded \
                        from any cease-fire.";
        let found: Vec<String> = sentence_answers(sentence, &topic, &resolver, &rules)
            .into_iter()
            .collect();
        assert_eq!(found, ["al-nusra-front"]);
        let passive = sentence_answers(
            "Islamic State was excluded from the truce.",
            &topic,
            &resolver,
            &rules,
        );
        assert_eq!(passive.into_iter().collect::<Vec<_>>(), ["islamic-state"]);
    }
}
