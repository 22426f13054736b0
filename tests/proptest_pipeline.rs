//! Property tests: generated articles go through load → extract → check without a panic,
//! every span in the output is a slice of its article's text, findings cite claims that
//! exist, and an article's claims do not depend on the other articles' order.
//!
//! The strategies make valid input (front matter, JSON Lines, UTF-8 wire copy with
//! quotations, cues, figures and days) so that every case reaches extraction and the
//! checks, and valid input must load; one strategy feeds arbitrary bytes to the decoder.

use std::path::{Path, PathBuf};

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

/// The analysis keeps its promises: spans slice the text and say what the claim says,
/// findings cite claims that exist and mark the words they quote.
fn assert_sound(analysis: &Analysis) -> Result<(), TestCaseError> {
    let text_of = |id: &str| -> Result<&str, TestCaseError> {
        analysis
            .articles
            .iter()
            .find(|a| a.id == id)
            .map(|a| a.text.as_str())
            .ok_or_else(|| TestCaseError::fail(format!("no article {id}")))
    };
    for claim in &analysis.claims {
        let text = text_of(&claim.article)?;
        assert_slice(text, claim.span, "span")?;
        assert_slice(text, claim.content_span, "content_span")?;
        assert_slice(text, claim.sentence, "sentence")?;
        prop_assert_eq!(claim.content_span.of(text), claim.content.as_str());
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
    for finding in &analysis.findings {
        for id in &finding.claims {
            prop_assert!(analysis.claims.iter().any(|c| &c.id == id), "{}", id);
        }
        for m in &finding.marked {
            // Marked words lie in a claim, or in a fact the outlet states outside any claim.
            let article = analysis
                .claims
                .iter()
                .find(|c| c.id == m.claim)
                .map(|c| &c.article)
                .or_else(|| {
                    let fact = analysis.facts.iter().find(|f| f.id == m.claim)?;
                    finding.facts.contains(&fact.id).then_some(&fact.article)
                });
            let article = article.ok_or_else(|| TestCaseError::fail(m.claim.clone()))?;
            let text = text_of(article)?;
            assert_slice(text, m.span, "marked span")?;
            prop_assert_eq!(m.span.of(text), m.text.as_str());
        }
    }
    Ok(())
}

fn analyse(articles: Vec<Article>) -> Result<Analysis, TestCaseError> {
    let rules = RuleSet::builtin().map_err(|e| TestCaseError::fail(e.to_string()))?;
    let analysis = check(extract_claims(articles, &rules), &rules);
    assert_sound(&analysis)?;
    Ok(analysis)
}

fn run(articles: Vec<Article>) -> Result<(), TestCaseError> {
    analyse(articles).map(drop)
}

/// One of `items`.
fn one_of(items: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop::sample::select(items).prop_map(str::to_string)
}

const SPEAKERS: &[&str] = &[
    "Kerry",
    "John Kerry",
    "U.S. Secretary of State John F. Kerry",
    "Lavrov",
    "Russian Foreign Minister Sergei Lavrov",
    "the top U.S. diplomat",
    "Mr. Lavrov",
    "José García",
    "Zoë Ångström",
    "officials",
    "police",
    "a senior European Union diplomat",
    "he",
    "she",
];

const CUES: &[&str] = &[
    "said",
    "told reporters",
    "added",
    "warned",
    "said on Friday",
    "told Reuters",
];

/// A clause a speaker may say: words, a figure, a negation or a day.
fn clause() -> impl Strategy<Value = String> {
    let word = one_of(&[
        "the",
        "truce",
        "talks",
        "ceasefire",
        "cease-fire",
        "would",
        "will",
        "begin",
        "hold",
        "in",
        "Syria",
        "Aleppo",
        "Geneva",
        "aid",
        "convoys",
        "reach",
        "Madaya",
        "people",
        "were",
        "killed",
        "injured",
        "not",
        "never",
        "closer",
        "further",
        "week",
        "soon",
        "al-Nusra",
        "Islamic",
        "State",
        "apply",
        "to",
        "and",
        "that",
        "it",
        "was",
        "Friday",
        "Sunday",
        "Feb.",
        "12",
        "at least 57",
        "nearly 100,000",
        "€110bn",
        "$141bn",
        "46",
        "a dozen",
        "U.S.",
        "东京",
        "😀",
        "—",
    ]);
    prop::collection::vec(word, 1..16).prop_map(|w| w.join(" "))
}

/// A sentence of wire copy: an attributed statement in one of the forms news copy uses,
/// or the outlet's own sentence.
fn sentence() -> impl Strategy<Value = String> {
    let speaker = one_of(SPEAKERS);
    let cue = one_of(CUES);
    (0..9usize, speaker, cue, clause(), clause()).prop_map(|(form, who, cue, a, b)| {
        let who_upper = {
            let mut c = who.chars();
            c.next()
                .map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
        };
        match form {
            0 => format!("{who_upper} {cue} {a}."),
            1 => format!("{who_upper} {cue} that {a}."),
            2 => format!("“{a},” {who} {cue}."),
            3 => format!("\"{a},\" {cue} {who}."),
            4 => format!("{who_upper} {cue}: «{a}»."),
            5 => format!("According to {who}, {a}."),
            6 => format!("“{a},” {who} {cue}, “{b}.”"),
            7 => format!("{a}, {who} {cue}, {b}."),
            _ => format!("{a}."),
        }
    })
}

/// An article body: paragraphs of sentences, now and then a bare mark or a stray piece.
fn wire_copy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        8 => sentence(),
        1 => one_of(&["“", "”", "\"", "«", "「", "」", "'", "...", "(", ")"]),
        // Any character but NUL, which marks a binary file.
        1 => any::<char>().prop_filter("NUL", |c| *c != '\0').prop_map(String::from),
    ];
    let paragraph = prop::collection::vec(piece, 1..6).prop_map(|p| p.join(" "));
    prop::collection::vec(paragraph, 0..6).prop_map(|ps| ps.join("\n\n"))
}

/// TOML front matter with the keys articles carry, values quoted as TOML needs.
fn front_matter() -> impl Strategy<Value = String> {
    let text = "[A-Za-z0-9 .,'\"\\\\éü—-]{0,24}";
    (
        prop::option::of("[a-z][a-z0-9-]{0,8}"),
        prop::option::of(text),
        prop::option::of((2000u32..2030, 1u32..13, 1u32..29)),
        prop::option::of(text),
        prop::option::of(0u32..100_000),
    )
        .prop_map(|(id, source, date, title, cms_id)| {
            let quoted = |s: &str| format!("{s:?}");
            let mut lines = Vec::new();
            if let Some(id) = id {
                lines.push(format!("id = {}", quoted(&id)));
            }
            if let Some(source) = source {
                lines.push(format!("source = {}", quoted(&source)));
            }
            if let Some((y, m, d)) = date {
                lines.push(format!("date = \"{y:04}-{m:02}-{d:02}\""));
            }
            if let Some(title) = title {
                lines.push(format!("title = {}", quoted(&title)));
            }
            if let Some(n) = cms_id {
                lines.push(format!("cms_id = {n}"));
            }
            lines.join("\n")
        })
}

fn article(name: &str, text: &str) -> Result<Article, TestCaseError> {
    Article::from_text(Path::new(name), text, &ArticleMeta::default())
        .map_err(|e| TestCaseError::fail(format!("valid input refused: {e}\n{text}")))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn wire_copy_with_front_matter_loads_and_its_spans_are_slices(
        front in front_matter(),
        body in wire_copy(),
        crlf in any::<bool>(),
    ) {
        let mut text = format!("+++\n{front}\n+++\n{body}\n");
        if crlf {
            text = text.replace('\n', "\r\n");
        }
        run(vec![article("f.txt", &text)?])?;
    }

    #[test]
    fn several_outlets_give_the_same_claims_in_any_order(
        bodies in prop::collection::vec(wire_copy(), 2..5),
        rotate in 0usize..4,
    ) {
        let articles: Vec<Article> = bodies
            .iter()
            .enumerate()
            .map(|(n, body)| {
                let text = format!("+++\nsource = \"Outlet {n}\"\ndate = \"2016-02-21\"\n+++\n{body}");
                article(&format!("a{n}.txt"), &text)
            })
            .collect::<Result<_, _>>()?;
        let mut turned = articles.clone();
        turned.rotate_left(rotate % articles.len());
        let (one, two) = (analyse(articles)?, analyse(turned)?);
        // The claims of each article are read from it alone; which claims are linked into
        // findings may still follow the input order (see the README's limits).
        let claims = |a: &Analysis| {
            let mut c = a.claims.clone();
            c.sort_by(|x, y| x.id.cmp(&y.id));
            c
        };
        prop_assert_eq!(claims(&one), claims(&two));
    }

    #[test]
    fn arbitrary_text_never_panics_and_spans_are_slices(text in any::<String>()) {
        // Any text without front matter is an article.
        prop_assume!(!text.starts_with("+++") && !text.starts_with("\u{feff}+++"));
        run(vec![article("a.txt", &text)?])?;
    }

    #[test]
    fn arbitrary_bytes_decode_or_fail_cleanly(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        // Latin-1 and Windows-1252 decode every byte; UTF-8 refuses most of these.
        for encoding in [Encoding::Utf8, Encoding::Latin1, Encoding::Windows1252] {
            if let Ok(article) =
                Article::decode(Path::new("b.txt"), &bytes, &ArticleMeta::default(), encoding)
            {
                run(vec![article])?;
            }
        }
    }

    #[test]
    fn wire_copy_on_stdin_is_one_article(body in wire_copy()) {
        let options = LoadOptions::default();
        let loaded = load_inputs(&[PathBuf::from("-")], Some(body.clone().into_bytes()), &options)
            .map_err(|e| TestCaseError::fail(format!("valid input refused: {e}")))?;
        prop_assert_eq!(loaded.articles.len(), 1);
        // A byte-order mark is dropped.
        prop_assert_eq!(loaded.articles[0].text.as_str(), body.strip_prefix('\u{feff}').unwrap_or(&body));
        run(loaded.articles)?;
    }

    #[test]
    fn json_lines_feeds_load_every_article(
        lines in prop::collection::vec(("[a-z0-9]{1,6}", "[A-Za-z ]{0,6}", "(2016-02-[0-2][0-9])?", wire_copy()), 1..6)
    ) {
        let feed: String = lines
            .iter()
            .enumerate()
            .map(|(n, (id, source, date, text))| {
                let mut object = serde_json::json!({"id": format!("{id}-{n}"), "source": source, "text": text});
                if !date.is_empty() && !date.ends_with("-00") {
                    object["date"] = serde_json::json!(date);
                }
                format!("{object}\n")
            })
            .collect();
        let options = LoadOptions { jsonl: true, ..LoadOptions::default() };
        let loaded = load_inputs(&[PathBuf::from("-")], Some(feed.clone().into_bytes()), &options)
            .map_err(|e| TestCaseError::fail(format!("valid feed refused: {e}\n{feed}")))?;
        prop_assert_eq!(loaded.articles.len(), lines.len());
        run(loaded.articles)?;
    }
}
