//! Input order does not matter: the same articles named one by one in one order and in the reverse order give byte-identical reports in every format (agreements, contradictions and single-source claims alike).

mod harness;

use harness::corroborate;

/// Articles with agreements (the seeds, a respelled copy, two officials' counts),
/// contradictions (a misquote, a changed figure, three casualty reports) and
/// single-source claims.
const ARTICLES: [&str; 11] = [
    "seeds/000_5fb73ec25453ad0c.txt",
    "seeds/001_da17e3d06fe41cfd.txt",
    "seeds/002_3bd0b803a7bfcb7f.txt",
    "tests/fixtures/check/perturbed/misquote.txt",
    "tests/fixtures/check/perturbed/number.txt",
    "tests/fixtures/check/harmless/respelled.txt",
    "tests/fixtures/check/officials/a.txt",
    "tests/fixtures/check/officials/b.txt",
    "tests/fixtures/check/casualties/wire-a.txt",
    "tests/fixtures/check/casualties/wire-b.txt",
    "tests/fixtures/check/casualties/wire-c.txt",
];

fn report(format: &str, articles: &[&str]) -> Vec<u8> {
    let out = corroborate()
        .arg("check")
        .args(articles)
        .args(["--no-config", "--fail-on", "never", "--format", format])
        .output()
        .expect("runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

#[test]
fn articles_in_reverse_order_give_the_same_report() {
    let mut reversed = ARTICLES;
    reversed.reverse();
    for format in ["text", "json", "markdown", "html", "sarif"] {
        let (forward, backward) = (report(format, &ARTICLES), report(format, &reversed));
        assert!(
            forward == backward,
            "the {format} report depends on the input order"
        );
        if format == "json" {
            let json: serde_json::Value = serde_json::from_slice(&forward).expect("JSON");
            let count = |kind: &str| {
                json["findings"]
                    .as_array()
                    .map_or(0, |f| f.iter().filter(|f| f["kind"] == kind).count())
            };
            // The batch has all three kinds, so that the comparison covers each. (With the
            // respelled copies of a seed, the opposition's truce "in principle" shares one
            // rare word only with the plain report of it, and stands alone.)
            assert_eq!(
                (
                    count("agreement"),
                    count("contradiction"),
                    count("single_source")
                ),
                (43, 4, 9)
            );
        }
    }
}

#[test]
fn articles_in_a_shuffled_order_give_the_same_report() {
    // A fixed interleaving: every other article, then the rest.
    let mut shuffled: Vec<&str> = ARTICLES.iter().step_by(2).copied().collect();
    shuffled.extend(ARTICLES.iter().skip(1).step_by(2));
    assert_eq!(report("json", &ARTICLES), report("json", &shuffled));
}
