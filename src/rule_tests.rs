//! Runs the examples embedded in a rule file (`rules test`): attribution examples through the
//! real pipeline, topic examples through [`topic_answers`]. Sits above the pipeline, which
//! reads the rules it tests.

use std::path::Path;

use crate::article::{Article, ArticleMeta};
use crate::check::sentence_answers;
use crate::entity::Resolver;
use crate::error::Result;
use crate::extract::Claim;
use crate::pipeline::extract_claims;
use crate::rules::{AttributionExample, Loader, RuleSet, Step, TopicExample, TopicRule};
use crate::text::segment;
use crate::words::fold;

/// What `rules test` found in one file.
#[derive(Debug, Default)]
pub struct TestOutcome {
    /// One line per example, `FILE:LINE: what: ok` or `FILE:LINE: what: FAILED: what
    /// differed`, LINE being where the example starts.
    pub lines: Vec<String>,
    /// Examples run.
    pub examples: usize,
    /// Examples whose claim or answers differed from what they expect.
    pub failed: usize,
}

/// Runs the examples embedded in a rule file, under the built-in rules, the files it
/// extends and the file itself. Examples in extended files are not run (test those files
/// on their own).
pub fn test_file(path: &Path) -> Result<TestOutcome> {
    let names = crate::check::rule_names();
    let mut loader = Loader::new(&names)?;
    loader.load(path)?;
    let file = loader.last_file().cloned().unwrap_or_default();
    // Where each example starts, read before the loader is consumed.
    let line = |steps: &[Step]| loader.line_in_last_file(steps).unwrap_or(1);
    let attribution_lines: Vec<usize> = file
        .attribution
        .iter()
        .flat_map(|a| 0..a.example.len())
        .map(|n| {
            line(&[
                Step::Key("attribution"),
                Step::Key("example"),
                Step::Index(n),
            ])
        })
        .collect();
    let topic_lines: Vec<Vec<usize>> = file
        .topic
        .iter()
        .enumerate()
        .map(|(i, topic)| {
            (0..topic.example.len())
                .map(|n| {
                    line(&[
                        Step::Key("topic"),
                        Step::Index(i),
                        Step::Key("example"),
                        Step::Index(n),
                    ])
                })
                .collect()
        })
        .collect();
    let (rules, _) = loader.finish()?;
    let mut outcome = TestOutcome::default();
    let mut record = |line: usize, what: String, problem: Option<String>| {
        let place = format!("{}:{line}", path.display());
        match problem {
            None => outcome.lines.push(format!("{place}: {what}: ok")),
            Some(problem) => {
                outcome
                    .lines
                    .push(format!("{place}: {what}: FAILED: {problem}"));
                outcome.failed += 1;
            }
        }
    };
    if let Some(attribution) = &file.attribution {
        for (n, example) in attribution.example.iter().enumerate() {
            record(
                attribution_lines.get(n).copied().unwrap_or(1),
                format!("attribution example {}", n + 1),
                attribution_problem(example, &rules),
            );
        }
    }
    for (i, topic) in file.topic.iter().enumerate() {
        for (n, example) in topic.example.iter().enumerate() {
            record(
                topic_lines
                    .get(i)
                    .and_then(|l| l.get(n))
                    .copied()
                    .unwrap_or(1),
                format!("topic `{}` example {}", topic.id, n + 1),
                topic_problem(topic, example, &rules),
            );
        }
    }
    outcome.examples = outcome.lines.len();
    if outcome.examples == 0 {
        outcome
            .lines
            .push(format!("{}: no examples", path.display()));
    }
    Ok(outcome)
}

/// What is wrong with an attribution example, or `None` when the extractor finds the claim
/// it describes.
fn attribution_problem(example: &AttributionExample, rules: &RuleSet) -> Option<String> {
    let article =
        match Article::from_text(Path::new("example"), &example.text, &ArticleMeta::default()) {
            Ok(article) => article,
            Err(e) => return Some(format!("the text is no article: {e}")),
        };
    let analysis = extract_claims(vec![article], rules);
    let attributed: Vec<&Claim> = analysis.claims.iter().filter(|c| c.cue.is_some()).collect();
    let wanted = [&example.speaker, &example.cue, &example.content];
    if wanted.iter().all(|w| w.is_none()) {
        return if attributed.is_empty() {
            None
        } else {
            Some(format!(
                "expected no attributed claim, found {}",
                describe_all(&attributed)
            ))
        };
    }
    if attributed.iter().any(|c| claim_matches(c, example)) {
        return None;
    }
    let mut expected = Vec::new();
    if let Some(s) = &example.speaker {
        expected.push(format!("speaker `{s}`"));
    }
    if let Some(c) = &example.cue {
        expected.push(format!("cue `{c}`"));
    }
    if let Some(c) = &example.content {
        expected.push(format!("content `{c}`"));
    }
    Some(format!(
        "expected a claim with {}, found {}",
        expected.join(", "),
        describe_all(&attributed)
    ))
}

fn claim_matches(claim: &Claim, example: &AttributionExample) -> bool {
    let speaker_ok = example.speaker.as_ref().is_none_or(|wanted| {
        claim
            .speaker
            .as_ref()
            .is_some_and(|s| contains_words(&fold(&s.text), &fold(wanted)))
    });
    let cue_ok = example.cue.as_ref().is_none_or(|wanted| {
        claim
            .cue
            .as_ref()
            .is_some_and(|c| fold(&c.text) == fold(wanted))
    });
    let content_ok = example
        .content
        .as_ref()
        .is_none_or(|wanted| fold(&claim.content) == fold(wanted));
    speaker_ok && cue_ok && content_ok
}

/// True when the folded words of `needle` occur, whole, in the folded `haystack`.
fn contains_words(haystack: &str, needle: &str) -> bool {
    !needle.is_empty() && format!(" {haystack} ").contains(&format!(" {needle} "))
}

fn describe_all(claims: &[&Claim]) -> String {
    if claims.is_empty() {
        return "no attributed claim".to_string();
    }
    claims
        .iter()
        .map(|c| {
            format!(
                "[speaker `{}`, cue `{}`, content `{}`]",
                c.speaker.as_ref().map_or("", |s| s.text.as_str()),
                c.cue.as_ref().map_or("", |q| q.text.as_str()),
                c.content
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// What is wrong with a topic example, or `None` when [`topic_answers`] finds exactly the
/// entities the example expects.
fn topic_problem(topic: &TopicRule, example: &TopicExample, rules: &RuleSet) -> Option<String> {
    // Validation has made sure every answer names an entity.
    let mut expected: Vec<String> = example
        .answers
        .iter()
        .map(|answer| entity_named(answer, rules).unwrap_or_else(|| answer.clone()))
        .collect();
    expected.sort();
    expected.dedup();
    let found = topic_answers(&example.text, topic, rules);
    if found == expected {
        None
    } else {
        let list = |ids: &[String]| {
            if ids.is_empty() {
                "nothing".to_string()
            } else {
                ids.iter()
                    .map(|id| format!("`{id}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        };
        Some(format!(
            "expected {}, found {}",
            list(&expected),
            list(&found)
        ))
    }
}

/// The id of the rule entity `name` is the id, name or an alias of (case, accents and
/// punctuation folded).
fn entity_named(name: &str, rules: &RuleSet) -> Option<String> {
    let folded = fold(name);
    rules
        .entities
        .iter()
        .find(|e| {
            e.id == name || fold(&e.name) == folded || e.aliases.iter().any(|a| fold(a) == folded)
        })
        .map(|e| e.id.clone())
}

/// The answers a text gives to a watched question, as `rules test` sees them: the ids
/// (sorted) of the rule entities named — by name or alias, as the resolver matches them —
/// in any sentence where one of the topic's triggers starts a word ("exclude" also finds
/// "excluded"; case folded), outside the subject of a relative clause that holds the
/// trigger ("…, which the U.N. considers a group that should be excluded"), keeping only
/// the topic's `answer-kinds` when it lists some; read by [`sentence_answers`],
/// as `check` reads it. Sentences only: no claims, speakers or outlets are involved, so an
/// answer here is a phrase match, not yet a sourced answer.
pub fn topic_answers(text: &str, topic: &TopicRule, rules: &RuleSet) -> Vec<String> {
    // The same sentence reading `check` answers topics with.
    let resolver = Resolver::new(rules);
    let segmented = segment(text, rules);
    let mut found = std::collections::BTreeSet::new();
    for sentence in &segmented.sentences {
        if let Some(words) = text.get(sentence.span.start..sentence.span.end) {
            found.extend(sentence_answers(words, topic, &resolver, rules));
        }
    }
    found.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::rules::RuleFile;

    #[test]
    fn topic_answers_are_entities_in_sentences_with_a_trigger() {
        let mut rules = RuleSet::builtin().unwrap();
        let desk = r#"
[[entity]]
id = "al-nusra-front"
name = "al-Nusra Front"
kind = "organization"
aliases = ["al-Nusra", "Nusra"]

[[topic]]
id = "truce-exclusions"
question = "Who is excluded from the truce?"
triggers = ["excluded from", "will not apply to"]
answer-kinds = ["organization"]
"#;
        rules.add(RuleFile::parse(Path::new("desk.toml"), desk).unwrap());
        let topic = rules.topics[0].clone();
        let text = "The truce will not apply to Islamic State or al-Nusra in the United States. \
                    Kerry met U.N. officials.";
        assert_eq!(
            topic_answers(text, &topic, &rules),
            vec!["al-nusra-front".to_string(), "islamic-state".to_string()]
        );
        assert!(topic_answers("Nusra fighters advanced.", &topic, &rules).is_empty());
        // A trigger need only start a word: "exclude" finds "excluded", not "unexcluded".
        let mut stem = topic.clone();
        stem.triggers = vec!["exclude".to_string()];
        assert_eq!(
            topic_answers("Nusra was excluded.", &stem, &rules),
            vec!["al-nusra-front".to_string()]
        );
        assert!(topic_answers("Nusra was unexcluded.", &stem, &rules).is_empty());
    }
}
