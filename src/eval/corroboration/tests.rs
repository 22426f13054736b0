//! The scorer on small batches written for it: hand-made claims and findings over synthetic
//! articles, so that every figure is known in advance.

use std::path::Path;

use super::*;
use crate::article::ArticleMeta;
use crate::check::Finding;
use crate::extract::{Claim, ClaimKind};
use crate::rules::{RuleSet, Severity};

const GOLD: &str = r#"
corpus = "test"
outlets = ["a", "b", "c"]
stories = ["vote", "storm"]

[[claim]]            # 0: all three outlets, joined by one agreement
story = "vote"
speaker = "Mayor Lind"
kind = "indirect"
gist = "the budget passes on Friday"
[claim.carried]
a = ["the budget passes on Friday"]
b = ["The budget passes on Friday"]
c = ["the budget passes on Friday"]

[[claim]]            # 1: a and c; c's sentence has no claim, a's is called single-source
story = "vote"
speaker = "Mayor Lind"
kind = "indirect"
gist = "the parks stay open"
[claim.carried]
a = ["the parks stay open"]
c = ["the parks stay open"]

[[claim]]            # 2: b only, joined by mistake with 3
story = "vote"
speaker = "Mayor Lind"
kind = "indirect"
gist = "taxes will rise"
[claim.carried]
b = ["taxes will rise"]

[[claim]]            # 3: a only
story = "vote"
speaker = "the council clerk"
kind = "indirect"
gist = "turnout was low"
[claim.carried]
a = ["turnout was low"]

[[claim]]            # 4: all three, joined in two of them
story = "vote"
speaker = "Mayor Lind"
kind = "indirect"
gist = "she will not resign"
[claim.carried]
a = ["she will not resign"]
b = ["she will not resign"]
c = ["she will not resign"]

[[claim]]            # 5: a and b, linked as a contradiction
story = "storm"
speaker = "Forecaster Ng"
kind = "indirect"
gist = "the storm weakens overnight"
[claim.carried]
a = ["the storm weakens overnight"]
b = ["The storm weakens overnight"]

[[claim]]            # 6: a only, reported single-source
story = "storm"
speaker = "Forecaster Ng"
kind = "indirect"
gist = "schools close on Monday"
[claim.carried]
a = ["schools close Monday"]
"#;

fn gold(extra: &str) -> Gold {
    let text = GOLD.replace(
        "stories = [\"vote\", \"storm\"]",
        &format!("stories = [\"vote\", \"storm\"]\n{extra}"),
    );
    Gold::parse(Path::new("gold.toml"), &text).expect("the test gold parses")
}

fn article(story: &str, outlet: &str, text: &str) -> Article {
    let path = format!("corpus/{story}/{outlet}.txt");
    let mut article =
        Article::from_text(Path::new(&path), text, &ArticleMeta::default()).expect("article");
    article.id = format!("{story}-{outlet}");
    article
}

/// A claim of `article` spanning its sentence that holds `words`.
fn claim(article: &Article, n: usize, words: &str) -> Claim {
    let at = article.text.find(words).expect("words in the article");
    let start = article.text[..at].rfind(". ").map_or(0, |i| i + 2);
    let end = article.text[at..]
        .find('.')
        .map_or(article.text.len(), |i| at + i + 1);
    let span = Span::new(start, end);
    Claim {
        id: format!("{}#{n}", article.id),
        article: article.id.clone(),
        kind: ClaimKind::Indirect,
        speaker: None,
        cue: None,
        via: None,
        hedged: false,
        negated: false,
        cue_negation: None,
        modality: "said".to_string(),
        modal: None,
        content: words.to_string(),
        quote: None,
        span,
        content_span: span,
        parts: Vec::new(),
        sentence: span,
        numbers: Vec::new(),
        dates: Vec::new(),
        entities: Vec::new(),
    }
}

fn finding(id: &str, kind: FindingKind, claims: &[&str]) -> Finding {
    Finding {
        id: id.to_string(),
        kind,
        subkind: None,
        severity: Severity::Info,
        claims: claims.iter().map(|c| c.to_string()).collect(),
        sources: Vec::new(),
        rule: String::new(),
        message: String::new(),
        marked: Vec::new(),
        fingerprint: String::new(),
        story: None,
        facts: Vec::new(),
        looked_at: Vec::new(),
    }
}

/// Two stories, three outlets: every way a gold claim can be met or missed, once.
fn batch() -> Analysis {
    let articles = vec![
        article(
            "vote",
            "a",
            "Mayor Lind said the budget passes on Friday. Lind said the parks stay open. \
             The council clerk said turnout was low. Lind said she will not resign.",
        ),
        article(
            "vote",
            "b",
            "The budget passes on Friday, Mayor Lind told reporters. Lind added that taxes \
             will rise. Lind said she will not resign.",
        ),
        article(
            "vote",
            "c",
            "Lind said the budget passes on Friday. Lind said the parks stay open. Lind said \
             the roads are clear. Lind said she will not resign.",
        ),
        article(
            "storm",
            "a",
            "Forecaster Ng said the storm weakens overnight. Ng said schools close Monday.",
        ),
        article(
            "storm",
            "b",
            "The storm weakens overnight, forecaster Ng said. Ng said the roads are clear.",
        ),
    ];
    let [va, vb, vc, sa, sb] = [0, 1, 2, 3, 4].map(|i| &articles[i]);
    let claims = vec![
        claim(va, 1, "the budget passes"),
        claim(va, 2, "the parks stay open"),
        claim(va, 3, "turnout was low"),
        claim(va, 4, "she will not resign"),
        claim(vb, 1, "The budget passes"),
        claim(vb, 2, "taxes will rise"),
        claim(vb, 3, "she will not resign"),
        claim(vc, 1, "the budget passes"),
        // Nothing for the parks in c.
        claim(vc, 3, "the roads are clear"),
        claim(vc, 4, "she will not resign"),
        claim(sa, 1, "the storm weakens"),
        claim(sa, 2, "schools close"),
        claim(sb, 1, "The storm weakens"),
        claim(sb, 2, "the roads are clear"),
    ];
    use FindingKind::{Agreement, Contradiction, SingleSource};
    let findings = vec![
        finding("F1", Agreement, &["vote-a#1", "vote-b#1", "vote-c#1"]),
        finding("F2", Agreement, &["vote-a#3", "vote-b#2"]),
        finding("F3", SingleSource, &["vote-a#2"]),
        finding("F4", SingleSource, &["storm-a#2"]),
        finding("F5", Contradiction, &["storm-a#1", "storm-b#1"]),
        finding("F6", Agreement, &["storm-b#2", "vote-c#3"]),
        finding("F7", Agreement, &["vote-a#1", "vote-c#3"]),
        finding("F8", Agreement, &["vote-a#4", "vote-b#3"]),
    ];
    Analysis {
        articles,
        claims,
        findings,
        ..Analysis::default()
    }
}

fn by_outlets(pairs: &[(usize, usize)]) -> BTreeMap<usize, usize> {
    pairs.iter().copied().collect()
}

#[test]
fn each_story_is_tallied_with_exact_figures() {
    let card = score(&gold(""), &batch());
    assert_eq!(card.problems, Vec::<String>::new());
    let vote = Tally {
        claims: 5,
        by_outlets: by_outlets(&[(1, 2), (2, 1), (3, 2)]),
        multi: 3,
        multi_joined_all: 1,
        multi_joined_two: 2,
        multi_wrongly_single: 1,
        multi_contradicted: 0,
        multi_extracted: 2,
        single: 2,
        single_reported: 0,
        carriages: 10,
        carriages_extracted: 9,
        claims_unextracted: 0,
        agreements: 4,
        agreements_confirmed: 2,
        agreements_false: 1,
        agreements_unlabelled: 1,
        cross_story: 0,
        cross_story_related: 0,
    };
    let storm = Tally {
        claims: 2,
        by_outlets: by_outlets(&[(1, 1), (2, 1)]),
        multi: 1,
        multi_contradicted: 1,
        multi_extracted: 1,
        single: 1,
        single_reported: 1,
        carriages: 3,
        carriages_extracted: 3,
        ..Tally::default()
    };
    assert_eq!(card.stories["vote"], vote);
    assert_eq!(card.stories["storm"], storm);
    let mut overall = vote.clone();
    overall.add(&storm);
    overall.cross_story = 1;
    assert_eq!(card.overall, overall);
    assert_eq!(card.overall.claims, 7);
    assert_eq!(
        share(card.overall.multi_joined_all, card.overall.multi),
        Some(0.25)
    );
}

/// A miss as the test compares it: kind, story, gold claims, outlets, findings, note.
type Seen<'a> = (
    MissKind,
    &'a str,
    Vec<usize>,
    Vec<&'a str>,
    Vec<&'a str>,
    &'a str,
);

#[test]
fn misses_are_sorted_by_kind_and_say_what_happened() {
    let card = score(&gold(""), &batch());
    let seen: Vec<Seen> = card
        .misses
        .iter()
        .map(|m| {
            (
                m.kind,
                m.story.as_str(),
                m.gold.clone(),
                m.outlets.iter().map(String::as_str).collect(),
                m.findings.iter().map(String::as_str).collect(),
                m.note.as_str(),
            )
        })
        .collect();
    use MissKind::*;
    assert_eq!(
        seen,
        vec![
            (
                NotExtracted,
                "vote",
                vec![1],
                vec!["c"],
                vec![],
                "no agreement joins two carrying outlets"
            ),
            (
                NotLinked,
                "storm",
                vec![5],
                vec!["a", "b"],
                vec!["F5"],
                "no agreement joins two carrying outlets; linked as a contradiction (F5)"
            ),
            (
                NotLinked,
                "vote",
                vec![4],
                vec!["c"],
                vec!["F8"],
                "F8 joins a, b of 3"
            ),
            (
                WronglySingleSource,
                "vote",
                vec![1],
                vec!["a"],
                vec!["F3"],
                "carried by a, c"
            ),
            (
                SingleSourceMissed,
                "vote",
                vec![2],
                vec!["b"],
                vec![],
                "linked to another outlet (F2)"
            ),
            (
                SingleSourceMissed,
                "vote",
                vec![3],
                vec!["a"],
                vec![],
                "linked to another outlet (F2)"
            ),
            (
                FalseJoin,
                "vote",
                vec![2, 3],
                vec![],
                vec!["F2"],
                "vote-a#3 and vote-b#2 carry different gold claims"
            ),
            (
                CrossStory,
                "storm",
                vec![],
                vec![],
                vec!["F6"],
                "storm + vote joined"
            ),
        ]
    );
}

#[test]
fn a_link_between_related_stories_is_counted_but_not_a_miss() {
    let card = score(&gold("related = [[\"vote\", \"storm\"]]"), &batch());
    assert_eq!(card.overall.cross_story, 1);
    assert_eq!(card.overall.cross_story_related, 1);
    assert!(card.misses.iter().all(|m| m.kind != MissKind::CrossStory));
}

#[test]
fn only_stories_in_the_batch_are_scored() {
    let mut analysis = batch();
    analysis.articles.retain(|a| a.id.starts_with("storm"));
    analysis.claims.retain(|c| c.article.starts_with("storm"));
    let card = score(&gold(""), &analysis);
    assert_eq!(card.stories.keys().collect::<Vec<_>>(), vec!["storm"]);
    assert_eq!(card.overall.claims, 2);
    assert_eq!(card.problems, Vec::<String>::new());
}

#[test]
fn a_phrase_not_found_once_and_a_missing_outlet_are_problems() {
    let mut analysis = batch();
    // The parks sentence twice in vote/a, and no vote/c.
    analysis.articles[0]
        .text
        .push_str(" Lind said the parks stay open.");
    analysis.articles.retain(|a| a.id != "vote-c");
    let card = score(&gold(""), &analysis);
    assert_eq!(
        card.problems,
        vec![
            "gold line 8: no article vote/c in the batch",
            "gold line 18: phrase `the parks stay open` found 2 times in corpus/vote/a.txt, not once",
            "gold line 18: no article vote/c in the batch",
            "gold line 43: no article vote/c in the batch",
        ]
    );
}

#[test]
fn a_claim_covers_a_phrase_only_when_its_span_holds_all_of_it() {
    let mut analysis = batch();
    // vote/b's budget claim now stops short of "Friday".
    let text = analysis.articles[1].text.clone();
    let end = text.find("on Friday").expect("in text");
    analysis.claims[4].span = Span::new(0, end);
    let card = score(&gold(""), &analysis);
    let vote = &card.stories["vote"];
    assert_eq!(vote.carriages_extracted, 8);
    assert_eq!(vote.multi_joined_all, 0);
    assert_eq!(vote.multi_joined_two, 2);
}

#[test]
fn a_phrase_of_one_claims_words_is_not_carried_by_a_claim_that_only_spans_it() {
    // One speaker, two statements: the second claim runs from the speaker, over the first
    // statement, to its own words.
    let gold = Gold::parse(
        Path::new("gold.toml"),
        r#"
corpus = "test"
outlets = ["a"]
stories = ["vote"]

[[claim]]
story = "vote"
speaker = "Mayor Lind"
kind = "indirect"
gist = "the budget passes on Friday"
[claim.carried]
a = ["the budget passes on Friday"]

[[claim]]
story = "vote"
speaker = "Mayor Lind"
kind = "indirect"
gist = "taxes will rise"
[claim.carried]
a = ["taxes will rise"]

[[claim]]
story = "vote"
speaker = "Mayor Lind"
kind = "indirect"
gist = "the mayor spoke to reporters"
[claim.carried]
a = ["Mayor Lind told reporters"]
"#,
    )
    .expect("the test gold parses");
    let text = "Mayor Lind told reporters the budget passes on Friday and that taxes will rise.";
    let a = article("vote", "a", text);
    let at = |words: &str| {
        let start = text.find(words).expect("words in the text");
        Span::new(start, start + words.len())
    };
    let said = |n: usize, words: &str| {
        let mut c = claim(&a, n, words);
        c.speaker = Some(crate::extract::Speaker::written(text, at("Mayor Lind")));
        c.cue = Some(crate::extract::Cue {
            text: "told reporters".to_string(),
            span: at("told reporters"),
        });
        c.content_span = at(words);
        c.span = Span::new(0, c.content_span.end);
        c
    };
    let analysis = Analysis {
        claims: vec![
            said(1, "the budget passes on Friday"),
            said(2, "taxes will rise"),
        ],
        articles: vec![a.clone()],
        ..Analysis::default()
    };
    // Both claims span the first statement; only the first says it.
    assert!(analysis.claims[1].span.contains(at("the budget passes")));
    let (found, problems) = locate(&gold, &analysis);
    assert_eq!(problems, Vec::<String>::new());
    let covering: Vec<&Vec<usize>> = found.iter().map(|f| &f.covering["a"]).collect();
    // The speaker's words are both claims'.
    assert_eq!(covering, [&vec![0], &vec![1], &vec![0, 1]]);
}

#[test]
fn the_place_of_an_article_is_its_folder_and_file_stem() {
    let a = article("vote", "nyt", "Text.");
    assert_eq!(place_of(&a), Some(("vote".to_string(), "nyt".to_string())));
}

/// A trace as the test compares it: gold claim, shape, why each single-source finding, the
/// outlets left out and why.
type Traced = (usize, Shape, Vec<SingleWhy>, Vec<(String, Apart)>);

#[test]
fn a_trace_tells_a_joined_claim_said_again_apart_from_one_never_linked() {
    // One carries the reopening twice: a quotation the second outlet carries word for word,
    // and, above it, the same news in other words. Both outlets report the ferry's end in
    // words that share nothing.
    let gold = Gold::parse(
        Path::new("gold.toml"),
        r#"
corpus = "test"
outlets = ["one", "two"]
stories = ["harbour"]

[[claim]]
story = "harbour"
speaker = "Ivan Petrov"
kind = "direct"
gist = "the port reopens to cargo ships next month"
[claim.carried]
one = ["be back at the quays before summer", "reopen to all cargo ships next month"]
two = ["reopen to all cargo ships next month"]

[[claim]]
story = "harbour"
speaker = "Ivan Petrov"
kind = "indirect"
gist = "the island ferry stops for good"
[claim.carried]
one = ["the island ferry will stop for good"]
two = ["no longer sail to Korsa"]
"#,
    )
    .expect("the test gold parses");
    let one = "The harbour director Ivan Petrov said ships would be back at the quays before summer. \
               \"The port will reopen to all cargo ships next month, once the cranes are \
               tested,\" Petrov told reporters on Monday. Petrov said the island ferry will \
               stop for good. The mayor said the bridge over the river would reopen in March. \
               The coach said the team would win the cup. The farmer said the harvest was poor.";
    let two = "\"The port will reopen to all cargo ships next month, once the cranes are \
               tested,\" the harbour director Ivan Petrov said. Petrov added that boats would no \
               longer sail to Korsa after the winter timetable. The teacher said schools would \
               close early. The doctor said the clinic needed nurses. The pilot said the \
               airport was crowded.";
    let articles = vec![
        article("harbour", "one", one),
        article("harbour", "two", two),
    ];
    let rules = RuleSet::builtin().expect("the built-in rules load");
    let analysis = crate::check(crate::extract_claims(articles, &rules), &rules);
    let (found, problems) = locate(&gold, &analysis);
    assert_eq!(problems, Vec::<String>::new());
    let traces = trace(&analysis, &graph_of(&analysis, &rules), &found);
    let seen: Vec<Traced> = traces
        .iter()
        .map(|t| {
            (
                t.gold,
                t.shape,
                t.single.iter().map(|s| s.3).collect(),
                t.apart.clone(),
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            (0, Shape::Joined, vec![SingleWhy::Mate], vec![]),
            (
                1,
                Shape::NoLink,
                vec![SingleWhy::Alone, SingleWhy::Alone],
                vec![
                    ("one".to_string(), Apart::NoLink),
                    ("two".to_string(), Apart::NoLink)
                ]
            ),
        ],
        "{:#?}",
        analysis
            .claims
            .iter()
            .map(|c| (&c.id, &c.content))
            .collect::<Vec<_>>()
    );
    assert!(!traces[0].links.is_empty() && traces[1].links.is_empty());
}
