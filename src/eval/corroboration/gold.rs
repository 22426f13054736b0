//! The corroboration gold file: claims labelled by hand, each with the outlets that carry it
//! and a short phrase locating it in each outlet's article; read strictly and checked for
//! well-formed phrases.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use crate::error::{Error, Result};

/// A phrase has at most this many words: enough to find the sentence, never the sentence.
pub const MAX_PHRASE_WORDS: usize = 12;
/// A phrase has at most this many characters.
pub const MAX_PHRASE_CHARS: usize = 80;

/// How a gold claim is reported, mostly (outlets may differ: one quotes, one paraphrases).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GoldKind {
    Direct,
    Partial,
    Indirect,
    /// A checkable fact of the story the outlets state (in their own voice or credited to
    /// another outlet's report); its speaker is written `outlet`.
    Assertion,
}

impl GoldKind {
    pub fn as_str(self) -> &'static str {
        match self {
            GoldKind::Direct => "direct",
            GoldKind::Partial => "partial",
            GoldKind::Indirect => "indirect",
            GoldKind::Assertion => "assertion",
        }
    }
}

/// One labelled claim.
#[derive(Debug, Clone, PartialEq)]
pub struct GoldClaim {
    /// The story folder the claim belongs to.
    pub story: String,
    /// Who said it, as a name (`outlet` for assertions).
    pub speaker: String,
    /// Whose account the words come through ("Comey's memos"), if the outlets relay them.
    pub via: Option<String>,
    pub kind: GoldKind,
    /// What was said, in the labeller's own words.
    pub gist: String,
    /// Outlet (file stem) → phrases, each a few words found verbatim, once, in the sentence
    /// where that outlet carries the claim. Sorted by outlet.
    pub carried: BTreeMap<String, Vec<String>>,
    /// Line of the gold file where the claim's `story` is written, for messages.
    pub line: usize,
}

impl GoldClaim {
    /// The outlets that carry the claim, sorted.
    pub fn outlets(&self) -> Vec<&str> {
        self.carried.keys().map(String::as_str).collect()
    }
}

/// A gold file: which stories of a corpus were labelled, and the claims in them.
#[derive(Debug, Clone, PartialEq)]
pub struct Gold {
    /// The corpus labelled ("newswcl50").
    pub corpus: String,
    /// The outlets (file stems) a claim may name.
    pub outlets: Vec<String>,
    /// The story folders labelled: every claim an editor would cross-check in them is listed.
    pub stories: Vec<String>,
    /// Groups of story folders (labelled or not) that share people and words: a link between
    /// two of them is counted apart from links between unrelated stories.
    pub related: Vec<Vec<String>>,
    pub claims: Vec<GoldClaim>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GoldFile {
    corpus: String,
    outlets: Vec<String>,
    stories: Vec<Spanned<String>>,
    #[serde(default)]
    related: Vec<Vec<Spanned<String>>>,
    #[serde(default)]
    claim: Vec<ClaimEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ClaimEntry {
    story: Spanned<String>,
    speaker: Spanned<String>,
    #[serde(default)]
    via: Option<String>,
    kind: GoldKind,
    gist: Spanned<String>,
    carried: Spanned<BTreeMap<Spanned<String>, Vec<Spanned<String>>>>,
}

impl Gold {
    /// Reads and checks the gold file at `path`.
    pub fn read(path: &Path) -> Result<Gold> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
        Gold::parse(path, &text)
    }

    /// Parses `text` (read from `path`, named in errors) and checks that every claim is
    /// well formed: a known story and outlets, a speaker and a gist, and phrases that are
    /// short, trimmed, on one line and not repeated. The first problem is an error at its
    /// line and column.
    pub fn parse(path: &Path, text: &str) -> Result<Gold> {
        let file: GoldFile = toml::from_str(text).map_err(|e| {
            let message = e.message().trim().to_string();
            match e.span() {
                Some(span) => Error::at(path, text, span.start, message),
                None => Error::input(path, message),
            }
        })?;
        let at = |offset: usize, message: String| Error::at(path, text, offset, message);
        let outlets: BTreeSet<&str> = file.outlets.iter().map(String::as_str).collect();
        if outlets.is_empty() {
            return Err(Error::input(path, "`outlets` lists no outlet"));
        }
        let mut stories = BTreeSet::new();
        for story in &file.stories {
            if story.get_ref().trim().is_empty() || !stories.insert(story.get_ref().as_str()) {
                return Err(at(
                    story.span().start,
                    format!("story `{}` is empty or listed twice", story.get_ref()),
                ));
            }
        }
        for story in file.related.iter().flatten() {
            if story.get_ref().trim().is_empty() {
                return Err(at(story.span().start, "empty story name".to_string()));
            }
        }
        let mut claims = Vec::with_capacity(file.claim.len());
        for entry in &file.claim {
            let story = entry.story.get_ref();
            if !stories.contains(story.as_str()) {
                return Err(at(
                    entry.story.span().start,
                    format!("story `{story}` is not in `stories`"),
                ));
            }
            for (field, value) in [("speaker", &entry.speaker), ("gist", &entry.gist)] {
                if value.get_ref().trim().is_empty() {
                    return Err(at(value.span().start, format!("`{field}` is empty")));
                }
            }
            if entry.carried.get_ref().is_empty() {
                return Err(at(
                    entry.carried.span().start,
                    "`carried` names no outlet".to_string(),
                ));
            }
            let mut carried = BTreeMap::new();
            for (outlet, phrases) in entry.carried.get_ref() {
                if !outlets.contains(outlet.get_ref().as_str()) {
                    return Err(at(
                        outlet.span().start,
                        format!(
                            "outlet `{}` is not in `outlets` ({})",
                            outlet.get_ref(),
                            file.outlets.join(", ")
                        ),
                    ));
                }
                if phrases.is_empty() {
                    return Err(at(
                        outlet.span().start,
                        format!("outlet `{}` has no phrase", outlet.get_ref()),
                    ));
                }
                let mut seen = BTreeSet::new();
                for phrase in phrases {
                    if let Some(problem) = phrase_problem(phrase.get_ref()) {
                        return Err(at(phrase.span().start, problem));
                    }
                    if !seen.insert(phrase.get_ref().as_str()) {
                        return Err(at(phrase.span().start, "phrase given twice".to_string()));
                    }
                }
                carried.insert(
                    outlet.get_ref().clone(),
                    phrases.iter().map(|p| p.get_ref().clone()).collect(),
                );
            }
            claims.push(GoldClaim {
                story: story.clone(),
                speaker: entry.speaker.get_ref().clone(),
                via: entry.via.clone(),
                kind: entry.kind,
                gist: entry.gist.get_ref().clone(),
                carried,
                line: crate::error::Location::of_offset(text, entry.story.span().start).line,
            });
        }
        Ok(Gold {
            corpus: file.corpus,
            outlets: file.outlets,
            stories: file.stories.into_iter().map(Spanned::into_inner).collect(),
            related: file
                .related
                .into_iter()
                .map(|group| group.into_iter().map(Spanned::into_inner).collect())
                .collect(),
            claims,
        })
    }

    /// Whether two stories are the same or named together in `related`.
    pub fn related(&self, a: &str, b: &str) -> bool {
        a == b
            || self
                .related
                .iter()
                .any(|group| group.iter().any(|s| s == a) && group.iter().any(|s| s == b))
    }
}

/// What is wrong with a phrase, if anything: it must be a few words on one line, without
/// spaces at either end.
pub fn phrase_problem(phrase: &str) -> Option<String> {
    let words = phrase.split_whitespace().count();
    if words == 0 {
        Some("empty phrase".to_string())
    } else if phrase.trim() != phrase {
        Some(format!("phrase `{phrase}` has spaces at an end"))
    } else if phrase.contains(['\n', '\r', '\t']) {
        Some(format!("phrase `{phrase}` runs over more than one line"))
    } else if phrase.contains("  ") {
        Some(format!("phrase `{phrase}` has a double space"))
    } else if words > MAX_PHRASE_WORDS {
        Some(format!(
            "phrase `{phrase}` has {words} words; at most {MAX_PHRASE_WORDS} (a phrase locates \
             the sentence, it does not copy it)"
        ))
    } else if phrase.chars().count() > MAX_PHRASE_CHARS {
        Some(format!(
            "phrase `{phrase}` is longer than {MAX_PHRASE_CHARS} characters"
        ))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = "corpus = \"test\"\noutlets = [\"a\", \"b\"]\nstories = [\"s\"]\n";

    fn parse(claims: &str) -> Result<Gold> {
        Gold::parse(Path::new("gold.toml"), &format!("{HEAD}{claims}"))
    }

    fn error(claims: &str) -> String {
        match parse(claims) {
            Ok(_) => "parsed".to_string(),
            Err(e) => e.to_string(),
        }
    }

    const CLAIM: &str = "[[claim]]\nstory = \"s\"\nspeaker = \"Kerry\"\nkind = \"direct\"\n\
                         gist = \"the truce holds\"\n[claim.carried]\n";

    #[test]
    fn a_claim_reads_with_its_outlets_and_line() {
        let gold = parse(&format!(
            "{CLAIM}b = [\"truce holds\"]\na = [\"the truce\", \"holds\"]\n"
        ))
        .expect("parses");
        assert_eq!(gold.claims.len(), 1);
        let claim = &gold.claims[0];
        assert_eq!(claim.outlets(), vec!["a", "b"]);
        assert_eq!(claim.carried["a"], vec!["the truce", "holds"]);
        assert_eq!(claim.kind, GoldKind::Direct);
        assert_eq!(claim.line, 5);
    }

    #[test]
    fn an_unknown_outlet_is_an_error_at_its_line() {
        let message = error(&format!("{CLAIM}c = [\"truce holds\"]\n"));
        assert!(message.contains("gold.toml:10:1"), "{message}");
        assert!(
            message.contains("outlet `c` is not in `outlets` (a, b)"),
            "{message}"
        );
    }

    #[test]
    fn a_long_phrase_is_refused() {
        let long = "one two three four five six seven eight nine ten eleven twelve thirteen";
        let message = error(&format!("{CLAIM}a = [\"{long}\"]\n"));
        assert!(message.contains("has 13 words; at most 12"), "{message}");
    }

    #[test]
    fn untrimmed_empty_and_repeated_phrases_are_refused() {
        assert!(error(&format!("{CLAIM}a = [\" truce\"]\n")).contains("spaces at an end"));
        assert!(error(&format!("{CLAIM}a = [\"\"]\n")).contains("empty phrase"));
        assert!(error(&format!("{CLAIM}a = [\"x y\", \"x y\"]\n")).contains("given twice"));
        assert!(error(&format!("{CLAIM}a = []\n")).contains("has no phrase"));
    }

    #[test]
    fn unknown_keys_and_stories_are_refused() {
        assert!(error(&format!("{CLAIM}a = [\"x\"]\n")).contains("parsed"));
        let typo = CLAIM.replace("gist", "gits");
        assert!(error(&format!("{typo}a = [\"x\"]\n")).contains("unknown field `gits`"));
        let other = CLAIM.replace("story = \"s\"", "story = \"t\"");
        assert!(error(&format!("{other}a = [\"x\"]\n")).contains("story `t` is not in `stories`"));
    }
}
