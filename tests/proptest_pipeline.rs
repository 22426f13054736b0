//! Property tests: any text and any bytes go through load → extract → check without a panic,
//! and every span in the output is a slice of the article text.

use std::path::Path;

use std::path::PathBuf;

use corroborate::article::{ArticleMeta, Encoding, LoadOptions, load_inputs};
use corroborate::{Analysis, Article, RuleSet, Span, check, extract_claims};
use proptest::prelude::*;

fn assert_slice(text: &str, span: Span, what: &str) -> Result<(), TestCaseError> {
    prop_assert!(
        span.start <= span.end
            && span.end <= text.len()
            && text.is_char_boundary(span.start)
            && text.is_char_boundary(span.end),
        "{} {:?} is not a slice of a {}-byte text",
        what,
        span,
        text.len()
    );
    Ok(())
}

fn assert_spans(analysis: &Analysis) -> Result<(), TestCaseError> {
    for claim in &analysis.claims {
        let article = analysis
            .articles
            .iter()
            .find(|a| a.id == claim.article)
            .ok_or_else(|| TestCaseError::fail(format!("no article {}", claim.article)))?;
        let text = article.text.as_str();
        assert_slice(text, claim.span, "span")?;
        assert_slice(text, claim.content_span, "content_span")?;
        assert_slice(text, claim.sentence, "sentence")?;
        if let Some(span) = claim.speaker.as_ref().and_then(|s| s.span) {
            assert_slice(text, span, "speaker.span")?;
        }
        if let Some(cue) = &claim.cue {
            assert_slice(text, cue.span, "cue.span")?;
        }
        if let Some(quote) = &claim.quote {
            assert_slice(text, quote.span, "quote.span")?;
        }
        for n in &claim.numbers {
            assert_slice(text, n.span, "number span")?;
        }
        for d in &claim.dates {
            assert_slice(text, d.span, "date span")?;
        }
    }
    Ok(())
}

fn run(articles: Vec<Article>) -> Result<(), TestCaseError> {
    let rules = RuleSet::builtin().map_err(|e| TestCaseError::fail(e.to_string()))?;
    let analysis = check(extract_claims(articles, &rules), &rules);
    assert_spans(&analysis)
}

/// Words and marks that steer the extractor: cues, names, quotes, figures, days.
fn newsy_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Kerry".to_string()),
        Just("said".to_string()),
        Just("told reporters".to_string()),
        Just("according to".to_string()),
        Just("Reuters".to_string()),
        Just("that".to_string()),
        Just("not".to_string()),
        Just("\"".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("‘".to_string()),
        Just("’".to_string()),
        Just("«".to_string()),
        Just(",".to_string()),
        Just(".".to_string()),
        Just("?".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("U.S.".to_string()),
        Just("Feb.".to_string()),
        Just("at least 57".to_string()),
        Just("100,000 people".to_string()),
        Just("Friday".to_string()),
        Just("Feb. 12".to_string()),
        Just("José".to_string()),
        Just("東京".to_string()),
        Just("😀".to_string()),
        "[a-zA-Z]{1,8}",
        "[0-9.,-]{1,6}",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|pieces| pieces.join(" "))
}

fn article_from(text: &str, date: Option<&str>) -> Result<Article, TestCaseError> {
    let front = date.map_or(String::new(), |d| format!("+++\ndate = \"{d}\"\n+++\n"));
    Article::from_text(
        Path::new("prop.txt"),
        &(front + text),
        &ArticleMeta::default(),
    )
    .map_err(|e| TestCaseError::fail(e.to_string()))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_text_never_panics_and_spans_are_slices(text in any::<String>()) {
        if let Ok(article) = Article::from_text(Path::new("a.txt"), &text, &ArticleMeta::default()) {
            run(vec![article])?;
        }
    }

    #[test]
    fn newsy_text_never_panics_and_spans_are_slices(text in newsy_text(), dated in any::<bool>()) {
        let article = article_from(&text, dated.then_some("2016-02-21"))?;
        run(vec![article])?;
    }

    #[test]
    fn arbitrary_bytes_load_or_fail_cleanly(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        for encoding in [Encoding::Utf8, Encoding::Latin1, Encoding::Windows1252] {
            if let Ok(article) =
                Article::decode(Path::new("b.txt"), &bytes, &ArticleMeta::default(), encoding)
            {
                run(vec![article])?;
            }
        }
    }

    #[test]
    fn arbitrary_front_matter_loads_or_fails_cleanly(toml in "[a-z =\"0-9\\[\\]{}.,+\n-]{0,80}", body in newsy_text()) {
        let text = format!("+++\n{toml}\n+++\n{body}");
        if let Ok(article) = Article::from_text(Path::new("f.txt"), &text, &ArticleMeta::default()) {
            run(vec![article])?;
        }
    }

    #[test]
    fn arbitrary_stdin_loads_or_fails_cleanly(
        bytes in prop::collection::vec(any::<u8>(), 0..300),
        jsonl in any::<bool>(),
        keep_going in any::<bool>(),
    ) {
        let options = LoadOptions { jsonl, keep_going, ..LoadOptions::default() };
        if let Ok(loaded) = load_inputs(&[PathBuf::from("-")], Some(bytes), &options) {
            run(loaded.articles)?;
        }
    }

    #[test]
    fn arbitrary_jsonl_lines_load_or_fail_cleanly(
        lines in prop::collection::vec(("[a-z0-9-]{0,6}", "[A-Za-z]{0,6}", "(2016-02-[0-3][0-9])?", newsy_text()), 0..6)
    ) {
        let feed: String = lines
            .iter()
            .map(|(id, source, date, text)| {
                let mut object = serde_json::json!({"id": id, "source": source, "text": text});
                if !date.is_empty() {
                    object["date"] = serde_json::json!(date);
                }
                format!("{object}\n")
            })
            .collect();
        let options = LoadOptions { jsonl: true, keep_going: true, ..LoadOptions::default() };
        if let Ok(loaded) = load_inputs(&[PathBuf::from("-")], Some(feed.into_bytes()), &options) {
            run(loaded.articles)?;
        }
    }
}
