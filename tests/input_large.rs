//! Huge and awkward articles: they complete (no quadratic blow-up, no panic) with the claims they hold.
//!
//! These tests assert behaviour only; how fast they run is measured in `benches/`.

use std::path::Path;

use corroborate::article::ArticleMeta;
use corroborate::extract::ClaimKind;
use corroborate::{Article, Claim, RuleSet, Span, extract_claims};

fn article(id: &str, text: &str) -> Article {
    let path = format!("{id}.txt");
    Article::from_text(Path::new(&path), text, &ArticleMeta::default()).unwrap()
}

fn claims_of(text: &str) -> Vec<Claim> {
    claims_with(text, RuleSet::builtin().unwrap())
}

fn claims_with(text: &str, rules: RuleSet) -> Vec<Claim> {
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

/// (kind, speaker, content) of each claim.
fn read(claims: &[Claim]) -> Vec<(ClaimKind, &str, &str)> {
    claims
        .iter()
        .map(|c| {
            let speaker = c.speaker.as_ref().map_or("", |s| s.text.as_str());
            (c.kind, speaker, c.content.as_str())
        })
        .collect()
}

/// Sentences of wire copy: an indirect claim, a narrative sentence, a quotation and a
/// figure in the outlet's own words.
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
    // Every attributed sentence gives its claim, in order, the figure of the fourth one is
    // the outlet's assertion, and the second sentence gives nothing.
    let expected: Vec<(ClaimKind, &str, String)> = (0..i)
        .filter_map(|k| match k % 4 {
            0 => Some((
                ClaimKind::Indirect,
                "Kerry",
                format!("{} people were killed in the fighting on Friday", k % 97),
            )),
            2 => Some((
                ClaimKind::Direct,
                "Lavrov",
                "We are giving life to it,".into(),
            )),
            // A figure in the outlet's own words is its assertion.
            3 => Some((
                ClaimKind::Assertion,
                "big",
                "Officials from 17 nations attended the meeting in Germany".into(),
            )),
            _ => None,
        })
        .collect();
    let got: Vec<(ClaimKind, &str, String)> = read(&claims)
        .into_iter()
        .map(|(k, s, c)| (k, s, c.to_string()))
        .collect();
    assert_eq!(got.len(), expected.len());
    assert!(got == expected);
}

#[test]
fn one_huge_paragraph_without_a_full_stop_completes() {
    let clause = "talks would go on despite the attack";
    let text = format!("Kerry said that {clause}, and ").repeat(20_000);
    let claims = claims_of(&text);
    // The run is cut into pieces of at most 4,000 bytes (white space, outside quotations)
    // so that reading stays linear: each of the 290 cuts spoils the claim it falls in
    // (cut short, or running on to the next speaker's name).
    assert!(
        read(&claims)
            .iter()
            .all(|&(kind, speaker, content)| kind == ClaimKind::Indirect
                && speaker == "Kerry"
                && !content.is_empty()
                && format!("{clause}, and Kerry").starts_with(content)),
        "{:?}",
        &read(&claims)[..3]
    );
    let whole = claims.iter().filter(|c| c.content == clause).count();
    assert_eq!(whole, 20_000 - 290);
}

#[test]
fn thousands_of_quotes_in_one_paragraph_complete() {
    let text = "\"We will win,\" Kerry said, and ".repeat(5_000);
    let claims = claims_of(&text);
    assert_eq!(claims.len(), 5_000);
    assert!(
        read(&claims)
            .iter()
            .all(|c| *c == (ClaimKind::Direct, "Kerry", "We will win,"))
    );
}

#[test]
fn thousands_of_unmatched_quote_marks_complete() {
    let open = "“we will win, Kerry said and ".repeat(5_000);
    let straight = "he said \" 5 people died ".repeat(5_000);
    let text = format!("{open}\n\n{straight}");
    let claims = claims_of(&text);
    // A quotation left open runs to its paragraph's end, and what it holds is attributed
    // to no one; in the second paragraph the straight marks pair up, each pair a quotation
    // around one "he said", so the cues outside them read the runs between as partial
    // quotes of "he".
    assert!(claims.iter().all(|c| c.span.start > open.len()));
    assert_eq!(claims.len(), 20);
    assert!(
        read(&claims)
            .iter()
            .all(|&(kind, speaker, _)| (kind, speaker) == (ClaimKind::Partial, "he"))
    );
}

#[test]
fn unbalanced_nested_and_mixed_quotation_marks_read_sensibly() {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/input/quotes.txt"),
    )
    .unwrap();
    let claims = claims_of(&text);
    assert_eq!(
        read(&claims),
        [
            // A single-quoted quote inside a double-quoted one stays inside it.
            (
                ClaimKind::Direct,
                "Kerry",
                "He told me ‘we will not stop,’ and I believed him,"
            ),
            // Straight marks inside a curly quote are a quote within the quote; the
            // quotation goes on after the attribution (`"…," he said, "…"`).
            (
                ClaimKind::Partial,
                "Lavrov",
                "They said \"no\" to every proposal,” Lavrov said, \"and that was the end of it."
            ),
            // A straight mark closed by a curly one is still a pair.
            (
                ClaimKind::Partial,
                "Egeland",
                "the plan was \"a breakthrough” for the region"
            ),
            // `"Nobody knows, Kerry said. “When it starts.`: the straight quotation never
            // closes and holds Kerry's attribution, so it continues no one's quote; nothing
            // is attributed rather than Kerry's words to Egeland.
        ]
    );
}

#[test]
fn accents_cjk_and_emoji_keep_spans_on_character_boundaries() {
    let text = "Foreign Minister José García said: « Nous irons à Genève ». \
                “東京で会いましょう,” said Tarō Yamada 🙂. \
                Zoë Ångström said 3 😀 people left on Friday. \
                Tarō Yamada said: 「東京で会いましょう」.";
    assert_eq!(
        read(&claims_of(text)),
        [
            (
                ClaimKind::Direct,
                "Foreign Minister José García",
                "Nous irons à Genève"
            ),
            (ClaimKind::Direct, "Tarō Yamada", "東京で会いましょう,"),
            (
                ClaimKind::Indirect,
                "Zoë Ångström",
                "3 😀 people left on Friday"
            ),
            (ClaimKind::Direct, "Tarō Yamada", "東京で会いましょう"),
        ]
    );
    // Cues in another language come from a rule file.
    let mut rules = RuleSet::builtin().unwrap();
    let desk = "[attribution]\ncues = [\"a dit\"]\n";
    rules.add(corroborate::rules::RuleFile::parse(Path::new("desk.toml"), desk).unwrap());
    let text = "Le ministre José García a dit : « Nous irons à Genève ».";
    assert_eq!(
        read(&claims_with(text, rules)),
        [(
            ClaimKind::Direct,
            "ministre José García",
            "Nous irons à Genève"
        )]
    );
}

#[test]
fn a_long_run_of_cues_without_a_sentence_end_completes() {
    // Each "according to" reads back to the start of its sentence; runs without a full
    // stop are cut into bounded pieces, so the work stays linear. Cues with no one to
    // name and nothing said give no claim.
    assert!(claims_of(&"according to ".repeat(1_500)).is_empty());
    let text = "According to Reuters, the talks would go on. ".repeat(1_500);
    let claims = claims_of(&text);
    assert_eq!(claims.len(), 1_500);
    assert!(
        read(&claims)
            .iter()
            .all(|c| *c == (ClaimKind::AccordingTo, "Reuters", "the talks would go on"))
    );
}
