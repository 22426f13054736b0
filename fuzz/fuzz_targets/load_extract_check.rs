//! Fuzz target: any bytes, in every encoding, through load → extract → check; no panic, and
//! every claim span is a character-boundary slice of its article.
#![no_main]

use std::path::Path;
use std::sync::OnceLock;

use corroborate::article::{ArticleMeta, Encoding};
use corroborate::{Article, RuleSet, Span, check, extract_claims};
use libfuzzer_sys::fuzz_target;

fn rules() -> &'static RuleSet {
    static RULES: OnceLock<RuleSet> = OnceLock::new();
    RULES.get_or_init(|| RuleSet::builtin().expect("the built-in rules parse"))
}

fn assert_slice(text: &str, span: Span) {
    assert!(span.start <= span.end && span.end <= text.len());
    assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
}

fuzz_target!(|data: &[u8]| {
    for encoding in [Encoding::Utf8, Encoding::Windows1252] {
        let Ok(article) = Article::decode(
            Path::new("fuzz.txt"),
            data,
            &ArticleMeta::default(),
            encoding,
        ) else {
            continue;
        };
        let analysis = check(extract_claims(vec![article], rules()), rules());
        let text = analysis.articles[0].text.as_str();
        for claim in &analysis.claims {
            assert_slice(text, claim.span);
            assert_slice(text, claim.content_span);
            assert_slice(text, claim.sentence);
            if let Some(span) = claim.speaker.as_ref().and_then(|s| s.span) {
                assert_slice(text, span);
            }
            for n in &claim.numbers {
                assert_slice(text, n.span);
            }
            for d in &claim.dates {
                assert_slice(text, d.span);
            }
        }
    }
});
