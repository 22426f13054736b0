//! Huge and awkward articles: they complete (no quadratic blow-up, no panic) with sane claims.
//!
//! These tests assert behaviour only; how fast they run is measured in `benches/`.

use std::path::Path;

use corroborate::article::ArticleMeta;
use corroborate::{Article, Claim, RuleSet, Span, extract_claims};

fn article(id: &str, text: &str) -> Article {
    let path = format!("{id}.txt");
    Article::from_text(Path::new(&path), text, &ArticleMeta::default()).unwrap()
}

fn claims_of(text: &str) -> Vec<Claim> {
    let rules = RuleSet::builtin().unwrap();
    let analysis = extract_claims(vec![article("big", text)], &rules);
    for claim in &analysis.claims {
        assert_spans_inside(text, claim);
    }
    analysis.claims
}

fn assert_span(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end
            && span.end <= text.len()
            && text.is_char_boundary(span.start)
            && text.is_char_boundary(span.end),
        "{what} {span:?} is not a slice of the text ({} bytes)",
        text.len()
    );
}

fn assert_spans_inside(text: &str, claim: &Claim) {
    assert_span(text, claim.span, "span");
    assert_span(text, claim.content_span, "content_span");
    assert_span(text, claim.sentence, "sentence");
    assert_eq!(claim.content_span.of(text), claim.content);
    if let Some(span) = claim.speaker.as_ref().and_then(|s| s.span) {
        assert_span(text, span, "speaker span");
    }
    for n in &claim.numbers {
        assert_span(text, n.span, "number span");
    }
    for d in &claim.dates {
        assert_span(text, d.span, "date span");
    }
}

/// Sentences of wire copy, every fourth one attributed.
fn wire_sentence(i: usize) -> String {
    match i % 4 {
        0 => format!(
            "Kerry said {} people were killed in the fighting on Friday. ",
            i % 97
        ),
        1 => "The talks in Munich went on late into the night. ".to_string(),
        2 => "“We are giving life to it,” Lavrov said. ".to_string(),
        _ => "Officials from 17 nations attended the meeting in Germany. ".to_string(),
    }
}

#[test]
fn a_five_megabyte_single_line_article_completes() {
    let mut text = String::new();
    let mut i = 0;
    while text.len() < 5_000_000 {
        text.push_str(&wire_sentence(i));
        i += 1;
    }
    let claims = claims_of(&text);
    let direct = claims
        .iter()
        .filter(|c| c.content == "We are giving life to it,")
        .count();
    assert_eq!(direct, (0..i).filter(|k| k % 4 == 2).count());
    assert!(
        claims.len() >= i / 2,
        "{} claims from {i} sentences",
        claims.len()
    );
}

#[test]
fn one_huge_paragraph_without_a_full_stop_completes() {
    let text = "Kerry said that talks would go on despite the attack, and ".repeat(20_000);
    let claims = claims_of(&text);
    assert!(!claims.is_empty());
}

#[test]
fn thousands_of_quotes_in_one_paragraph_complete() {
    let text = "\"We will win,\" Kerry said, and ".repeat(5_000);
    let claims = claims_of(&text);
    let quoted = claims
        .iter()
        .filter(|c| c.content == "We will win,")
        .count();
    assert!(quoted >= 4_999, "{quoted} of 5,000 quotes read");
}

#[test]
fn thousands_of_unmatched_quote_marks_complete() {
    let text = "“we will win, Kerry said and ".repeat(5_000)
        + "\n\n"
        + &"he said \" 5 people died ".repeat(5_000);
    claims_of(&text);
}

#[test]
fn unbalanced_nested_and_mixed_quotation_marks_read_sensibly() {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/input/quotes.txt"),
    )
    .unwrap();
    let claims = claims_of(&text);
    // A single-quoted quote inside a double-quoted one stays inside it.
    let first = &claims[0];
    assert_eq!(
        first.content,
        "He told me ‘we will not stop,’ and I believed him,"
    );
    assert_eq!(first.speaker.as_ref().unwrap().text, "Kerry");
    // Straight marks inside a curly quote are a quote within the quote.
    let lavrov = claims
        .iter()
        .find(|c| c.speaker.as_ref().is_some_and(|s| s.text == "Lavrov"))
        .unwrap();
    assert!(
        lavrov
            .content
            .starts_with("They said \"no\" to every proposal,"),
        "{}",
        lavrov.content
    );
    // A quote left open runs to the paragraph's end; nothing is lost or doubled.
    for claim in &claims {
        assert!(!claim.content.is_empty());
    }
    let speakers: Vec<&str> = claims
        .iter()
        .filter_map(|c| c.speaker.as_ref().map(|s| s.text.as_str()))
        .collect();
    assert!(speakers.contains(&"Lavrov"), "{speakers:?}");
    assert!(speakers.contains(&"Egeland"), "{speakers:?}");
}

#[test]
fn accents_cjk_and_emoji_keep_spans_on_character_boundaries() {
    let text = "Le ministre José García a dit: « Nous irons à Genève ». \
                “東京で会いましょう,” said Tarō Yamada 🙂. \
                Zoë Ångström said 3 😀 people left on Friday.";
    let claims = claims_of(text);
    assert!(!claims.is_empty());
}

#[test]
fn a_long_run_of_cues_without_a_sentence_end_completes() {
    // Each "according to" reads back to the start of its sentence; runs without a full
    // stop are cut into bounded pieces, so the work stays linear.
    let text = "according to ".repeat(1_500);
    let claims = claims_of(&text);
    assert!(claims.iter().all(|c| c.content.len() <= 4_000));
}
