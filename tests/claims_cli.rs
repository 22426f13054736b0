//! `corroborate claims` on the seed articles: the text listing and the JSON contract
//! (byte spans that slice the article text to what the claim says).

use std::path::Path;

use predicates::prelude::*;
use serde_json::Value;

mod harness;

use harness::corroborate;

fn seeds_json() -> Value {
    let out = corroborate()
        .args(["claims", "seeds/", "--format", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    serde_json::from_slice(&out).unwrap()
}

fn article_text(report: &Value, id: &str) -> String {
    let article = report["articles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == id)
        .unwrap();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(article["path"].as_str().unwrap());
    let file = std::fs::read_to_string(path).unwrap();
    let offset = article["body_offset"].as_u64().unwrap() as usize;
    file[offset..].to_string()
}

fn slice<'t>(text: &'t str, span: &Value) -> &'t str {
    let start = span["start"].as_u64().unwrap() as usize;
    let end = span["end"].as_u64().unwrap() as usize;
    assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
    &text[start..end]
}

#[test]
fn claims_lists_speakers_cues_and_outlets_of_the_seeds() {
    corroborate()
        .args(["claims", "seeds/"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("VOA (2016-02-12)")
                .and(predicate::str::contains("The Washington Post (2016-02-21)"))
                .and(predicate::str::contains(
                    "U.S. Secretary of State John Kerry [john-kerry] · said",
                ))
                .and(predicate::str::contains(
                    "Former U.S. ambassador to Syria Robert Ford [robert-ford] · says",
                ))
                .and(predicate::str::contains(
                    "The top U.S. diplomat [john-kerry]",
                ))
                .and(predicate::str::contains(
                    "the former British Cabinet member [david-miliband]",
                ))
                .and(predicate::str::contains("Syria Robert Ford [syria").not()),
        );
}

#[test]
fn json_spans_are_utf8_byte_offsets_into_the_article_text() {
    let report = seeds_json();
    let claims = report["claims"].as_array().unwrap();
    assert!(claims.len() > 40, "{} claims", claims.len());
    for claim in claims {
        let text = article_text(&report, claim["article"].as_str().unwrap());
        assert_eq!(
            slice(&text, &claim["content_span"]),
            claim["content"].as_str().unwrap(),
            "{}",
            claim["id"]
        );
        let span = &claim["span"];
        let whole = slice(&text, span);
        assert!(whole.contains(claim["content"].as_str().unwrap()));
        if let Some(speaker_span) = claim["speaker"]["span"].as_object() {
            let speaker_span = Value::Object(speaker_span.clone());
            assert_eq!(
                slice(&text, &speaker_span),
                claim["speaker"]["text"].as_str().unwrap(),
                "{}",
                claim["id"]
            );
        }
    }
}

/// The attributed statements of the seeds, each with the entity that says it.
#[test]
fn seed_statements_are_found_with_the_right_speaker() {
    let report = seeds_json();
    let claims = report["claims"].as_array().unwrap();
    let found = |entity: &str, content_start: &str| {
        claims.iter().any(|c| {
            c["speaker"]["entity"] == entity
                && c["content"]
                    .as_str()
                    .is_some_and(|s| s.starts_with(content_start))
        })
    };
    for (entity, content) in [
        ("john-kerry", "he had reached a provisional agreement"),
        (
            "john-kerry",
            "We have reached a provisional agreement in principle",
        ),
        (
            "john-kerry",
            "he didn't expect fighting to cease immediately",
        ),
        ("john-kerry", "I do not believe that in the next few days"),
        (
            "main-us-backed-syrian-opposition-group",
            "it was ready \"in principle\"",
        ),
        ("russian-foreign-ministry", "Lavrov and Kerry had spoken"),
        (
            "john-kerry",
            "The modalities for a cessation of hostilities",
        ),
        ("john-kerry", "he and his Russian counterpart had reached"),
        ("john-kerry", "he believes that a cessation of hostilities"),
        ("bashar-al-assad", "he’d be open to a cease-fire"),
        (
            "john-kerry",
            "We are giving life to what was promised in Munich",
        ),
        ("opposition-groups", "they would agree to a temporary truce"),
        ("john-kerry", "the warring sides face a difficult decision"),
        ("john-kerry", "Does the bombing have an impact?"),
        ("john-kerry", "major powers have agreed to seek a cessation"),
        ("jan-egeland", "it \"could be the breakthrough"),
        ("mevlut-cavusoglu", "the move is \"an important step"),
        ("dmitry-medvedev", "a ground operation draws everyone"),
        ("john-kerry", "the cessation of hostilities will not apply"),
        (
            "john-kerry",
            "the 17-nation International Syria Support Group",
        ),
        ("john-kerry", "What we got last night"),
        ("john-kerry", "the ISSG meeting has produced commitments"),
        (
            "sergei-lavrov",
            "the humanitarian situation in Syria is worsening",
        ),
        (
            "european-diplomats",
            "they believed a delay in a cease-fire",
        ),
        (
            "senior-european-union-diplomat",
            "This is straight out of the Kremlin",
        ),
        ("turkish-official", "Russia might be entering into a truce"),
        ("turkish-official", "Now they can focus on"),
        ("david-miliband", "In the past week"),
        ("david-miliband", "The ongoing humanitarian crisis"),
        (
            "robert-ford",
            "The most important thing is to somehow pressure",
        ),
    ] {
        assert!(found(entity, content), "{entity}: {content}");
    }
}

#[test]
fn json_relays_hedges_and_negation_on_the_seeds() {
    let report = seeds_json();
    let claims = report["claims"].as_array().unwrap();
    let by_content = |start: &str| {
        claims
            .iter()
            .find(|c| c["content"].as_str().is_some_and(|s| s.starts_with(start)))
            .unwrap()
    };
    let c = by_content("I do not believe that in the next few days");
    assert_eq!(c["via"], "Reuters");
    assert_eq!(c["negated"], true);
    assert_eq!(
        by_content("he had reached a provisional agreement")["hedged"],
        true
    );
    assert_eq!(
        by_content("the cessation of hostilities will not apply")["negated"],
        true
    );
}

#[test]
fn stdin_is_read_and_captions_are_not_claims() {
    let out = corroborate()
        .args(["claims", "-", "--format", "json"])
        .write_stdin(
            "Read more: Kerry says truce is near\n\nPictured: Kerry said goodbye.\n\n\
             Kerry said the talks would go on.\n",
        )
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let report: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(report["articles"][0]["id"], "stdin");
    let claims: Vec<(&str, &str)> = report["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["speaker"]["text"].as_str().unwrap_or(""),
                c["content"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(claims, [("Kerry", "the talks would go on")]);
}

#[test]
fn positions_count_the_lines_of_front_matter() {
    // Editors jump to file:line:column, so the three front-matter lines count.
    let text =
        "+++\nsource = \"Wire\"\n+++\nKerry said the talks would resume on Monday in Geneva.\n";
    corroborate()
        .args(["claims", "-"])
        .write_stdin(text)
        .assert()
        .success()
        .stdout(predicate::str::contains("-:4:1 stdin#1 indirect"));
    let out = corroborate()
        .args(["claims", "-", "--format", "json"])
        .write_stdin(text)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let report: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(report["articles"][0]["body_line"], 3);
    assert_eq!(report["claims"][0]["span"]["line"], 4);
}

#[test]
fn verbose_check_reports_candidate_pairs_per_claim() {
    corroborate()
        .args(["check", "seeds/", "--verbose", "--fail-on", "never"])
        .assert()
        .success()
        .stderr(
            predicate::str::is_match(
                r"\d+ claims, \d+ candidate pairs \(\d+\.\d\d per claim\), \d+ links",
            )
            .unwrap(),
        );
}
