//! For the rule files' tests: the claims the extractor gives for a text of one test article.

use crate::article::{Article, ArticleMeta};
use crate::rules::RuleSet;

use super::{Claim, Extractor};

/// Every claim of `text` read as an article of a wire called "Wire", with the built-in
/// rules, in the extractor's order (the outlet's own assertions too).
pub(crate) fn claims_of(text: &str) -> Vec<Claim> {
    let rules = RuleSet::builtin().unwrap();
    let meta = ArticleMeta {
        id: Some("t".into()),
        source: Some("Wire".into()),
        ..Default::default()
    };
    let article = Article::from_text(std::path::Path::new("t.txt"), text, &meta).unwrap();
    Extractor::new(&rules).claims(&article)
}

/// (speaker as written, content) of each claim of `text`.
pub(crate) fn speakers_and_contents(text: &str) -> Vec<(String, String)> {
    claims_of(text)
        .into_iter()
        .map(|c| (c.speaker.map(|s| s.text).unwrap_or_default(), c.content))
        .collect()
}

/// The speaker (as written) of each attributed claim of `text`: the outlet's own
/// assertions left out.
pub(crate) fn attributed_speakers(text: &str) -> Vec<String> {
    claims_of(text)
        .into_iter()
        .filter(|c| c.kind != super::ClaimKind::Assertion)
        .map(|c| c.speaker.map(|s| s.text).unwrap_or_default())
        .collect()
}

/// (speaker as written, content, modality) of each claim of `text`.
pub(crate) fn speakers_contents_and_kinds(text: &str) -> Vec<(String, String, String)> {
    claims_of(text)
        .into_iter()
        .map(|c| {
            (
                c.speaker.map(|s| s.text).unwrap_or_default(),
                c.content,
                c.modality,
            )
        })
        .collect()
}
