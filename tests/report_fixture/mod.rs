//! A hand-built analysis for the printer tests: two outlets, a number contradiction, an agreement, a single-source claim with accents, CJK and emoji, and a topic.

#![allow(dead_code)]

use std::collections::BTreeMap;

use corroborate::check::{
    ContradictionKind, Finding, FindingKind, Marked, TopicAnswer, TopicReport,
};
use corroborate::entity::Entity;
use corroborate::extract::{Claim, ClaimKind, Speaker};
use corroborate::rules::Severity;
use corroborate::stories::Story;
use corroborate::{Analysis, Article, Span};

pub fn article(id: &str, path: &str, source: &str, text: &str) -> Article {
    Article {
        id: id.into(),
        path: path.into(),
        source: source.into(),
        date: None,
        title: None,
        url: None,
        body_offset: 0,
        body_line: 0,
        metadata: BTreeMap::new(),
        text: text.into(),
    }
}

fn find(text: &str, words: &str, from: usize) -> Span {
    let start = from
        + text[from..]
            .find(words)
            .unwrap_or_else(|| panic!("fixture: {words:?} not in text"));
    Span::new(start, start + words.len())
}

/// A claim whose sentence is `sentence` and whose content is `content`, spoken by `speaker`.
pub fn claim(article: &Article, n: usize, speaker: &str, sentence: &str, content: &str) -> Claim {
    let sentence_span = find(&article.text, sentence, 0);
    let content_span = find(&article.text, content, sentence_span.start);
    Claim {
        id: format!("{}#{n}", article.id),
        article: article.id.clone(),
        kind: ClaimKind::Indirect,
        speaker: Some(Speaker {
            text: speaker.into(),
            span: Some(find(&article.text, speaker, sentence_span.start)),
            entity: None,
            role: None,
            antecedent: None,
        }),
        cue: None,
        via: None,
        hedged: false,
        negated: false,
        cue_negation: None,
        modality: "said".to_string(),
        modal: None,
        content: content.into(),
        quote: None,
        span: sentence_span,
        content_span,
        parts: Vec::new(),
        sentence: sentence_span,
        numbers: Vec::new(),
        dates: Vec::new(),
        entities: Vec::new(),
    }
}

/// The words `words` marked inside `claim`.
pub fn mark(article: &Article, claim: &Claim, words: &str) -> Marked {
    Marked {
        claim: claim.id.clone(),
        span: find(&article.text, words, claim.sentence.start),
        text: words.into(),
    }
}

#[allow(clippy::too_many_arguments)]
pub fn finding(
    id: &str,
    kind: FindingKind,
    subkind: Option<ContradictionKind>,
    severity: Severity,
    claims: &[&Claim],
    sources: &[&str],
    message: &str,
    marked: Vec<Marked>,
) -> Finding {
    let mut ids: Vec<String> = claims.iter().map(|c| c.id.clone()).collect();
    ids.sort();
    Finding {
        id: id.into(),
        kind,
        subkind,
        severity,
        claims: ids,
        sources: sources.iter().map(|s| s.to_string()).collect(),
        rule: match kind {
            FindingKind::Contradiction => "number-mismatch".into(),
            FindingKind::SingleSource => "single-source".into(),
            FindingKind::Agreement => "agreement".into(),
        },
        message: message.into(),
        marked,
        fingerprint: format!("fp-{}", id.to_lowercase()),
        story: Some("S1".into()),
        facts: Vec::new(),
        looked_at: Vec::new(),
    }
}

pub const VOA_TEXT: &str = "MUNICH — At least 57 people were killed in Aleppo, officials said.\n\
Kerry said the truce will not apply to Islamic State and al-Nusra.\n\
Lavrov said the talks in Zürich — 会谈 😀 — were “productive” and would resume Monday.\n";

pub const POST_TEXT: &str = "Officials said 12 people were killed in Aleppo on Friday.\n\
\n\
Secretary of State John Kerry said the truce will not apply to al-Nusra.\n";

/// VOA and The Washington Post disagree on the dead, agree on the truce, and only VOA
/// carries Lavrov.
pub fn two_outlets() -> Analysis {
    let voa = article("voa", "wire/voa.txt", "VOA", VOA_TEXT);
    let post = article("post", "wire/post.txt", "The Washington Post", POST_TEXT);
    let voa1 = claim(
        &voa,
        1,
        "officials",
        "At least 57 people were killed in Aleppo, officials said.",
        "At least 57 people were killed in Aleppo",
    );
    let voa2 = claim(
        &voa,
        2,
        "Kerry",
        "Kerry said the truce will not apply to Islamic State and al-Nusra.",
        "the truce will not apply to Islamic State and al-Nusra",
    );
    let voa3 = claim(
        &voa,
        3,
        "Lavrov",
        "Lavrov said the talks in Zürich — 会谈 😀 — were “productive” and would resume Monday.",
        "the talks in Zürich — 会谈 😀 — were “productive” and would resume Monday",
    );
    let post1 = claim(
        &post,
        1,
        "Officials",
        "Officials said 12 people were killed in Aleppo on Friday.",
        "12 people were killed in Aleppo on Friday",
    );
    let post2 = claim(
        &post,
        2,
        "Secretary of State John Kerry",
        "Secretary of State John Kerry said the truce will not apply to al-Nusra.",
        "the truce will not apply to al-Nusra",
    );
    let sources = ["The Washington Post", "VOA"];
    let findings = vec![
        finding(
            "F3",
            FindingKind::Agreement,
            None,
            Severity::Info,
            &[&voa2, &post2],
            &sources,
            "2 sources agree: Kerry said the truce will not apply to al-Nusra",
            vec![
                mark(&post, &post2, "will not apply to al-Nusra"),
                mark(&voa, &voa2, "will not apply to"),
                mark(&voa, &voa2, "al-Nusra"),
            ],
        ),
        finding(
            "F1",
            FindingKind::Contradiction,
            Some(ContradictionKind::Number),
            Severity::Error,
            &[&voa1, &post1],
            &sources,
            "people killed in Aleppo: VOA says at least 57, The Washington Post says 12",
            vec![mark(&voa, &voa1, "At least 57"), mark(&post, &post1, "12")],
        ),
        finding(
            "F2",
            FindingKind::SingleSource,
            None,
            Severity::Info,
            &[&voa3],
            &["VOA"],
            "only VOA reports that Lavrov said the talks would resume Monday",
            vec![mark(&voa, &voa3, "“productive”")],
        ),
    ];
    Analysis {
        stories: vec![Story {
            id: "S1".into(),
            title: "Syria truce".into(),
            articles: vec![0, 1],
        }],
        articles: vec![voa, post],
        entities: vec![
            Entity {
                id: "al-nusra-front".into(),
                name: "al-Nusra Front".into(),
                kind: "organization".into(),
                mentions: vec!["al-Nusra".into()],
            },
            Entity {
                id: "islamic-state".into(),
                name: "Islamic State".into(),
                kind: "organization".into(),
                mentions: vec!["Islamic State".into()],
            },
        ],
        claims: vec![voa1, voa2, voa3, post1, post2],
        findings,
        topics: vec![TopicReport {
            id: "truce-exclusions".into(),
            question: "Who is excluded from the truce?".into(),
            measure: None,
            answers: vec![
                TopicAnswer {
                    entity: "al-nusra-front".into(),
                    name: "al-Nusra Front".into(),
                    story: Some("S1".into()),
                    sources: sources.iter().map(|s| s.to_string()).collect(),
                    claims: vec!["post#2".into(), "voa#2".into()],
                    single_source: false,
                    ..Default::default()
                },
                TopicAnswer {
                    entity: "islamic-state".into(),
                    name: "Islamic State".into(),
                    story: Some("S1".into()),
                    sources: vec!["VOA".into()],
                    claims: vec!["voa#2".into()],
                    single_source: true,
                    ..Default::default()
                },
            ],
        }],
        stats: Default::default(),
        timings: Default::default(),
        facts: Vec::new(),
        fact_sheet: Vec::new(),
    }
}

/// Copy that carries markup in every field a report shows.
pub fn hostile() -> Analysis {
    let text = "<script>alert('text')</script> said \"<img src=x onerror=alert(1)>\" & more.\n";
    let evil = article(
        "<b>id</b>",
        "wire/<i>evil</i>.txt",
        "<script>alert('source')</script>",
        text,
    );
    let mut evil = evil;
    evil.title = Some("</title><script>alert('title')</script>".into());
    evil.url = Some("javascript:alert('url')".into());
    let claim = claim(
        &evil,
        1,
        "<script>alert('text')</script>",
        "<script>alert('text')</script> said \"<img src=x onerror=alert(1)>\" & more.",
        "<img src=x onerror=alert(1)>",
    );
    let finding = finding(
        "F1",
        FindingKind::SingleSource,
        None,
        Severity::Info,
        &[&claim],
        &["<script>alert('source')</script>"],
        "only <script>alert('message')</script> says <img src=x onerror=alert(2)>",
        vec![mark(&evil, &claim, "<img src=x onerror=alert(1)>")],
    );
    Analysis {
        stories: vec![Story {
            id: "S1".into(),
            title: "<script>alert('story')</script>".into(),
            articles: vec![0],
        }],
        articles: vec![evil],
        entities: Vec::new(),
        claims: vec![claim],
        findings: vec![finding],
        topics: vec![TopicReport {
            id: "x".into(),
            question: "<script>alert('question')</script>".into(),
            measure: None,
            answers: vec![TopicAnswer {
                entity: "<svg onload=alert(3)>".into(),
                name: "<svg onload=alert(3)>".into(),
                story: Some("S1".into()),
                sources: vec!["<script>alert('source')</script>".into()],
                claims: vec!["<b>id</b>#1".into()],
                single_source: true,
                ..Default::default()
            }],
        }],
        stats: Default::default(),
        timings: Default::default(),
        facts: Vec::new(),
        fact_sheet: Vec::new(),
    }
}
