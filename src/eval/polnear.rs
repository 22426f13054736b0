//! Scores extracted claims against attributions marked by annotators (PolNeAR): content
//! precision, recall and F1 by token overlap, speaker correctness, attributed F1.
//!
//! The definitions are those of `../shared/data/README.md`:
//! - tokens are maximal runs of word characters (letters, digits, marks, `_`); a token
//!   belongs to a span when any of its characters is inside it;
//! - a gold and a predicted content *match* when they share at least half of the tokens of
//!   each (`|G∩P| ≥ ½|G|` and `|G∩P| ≥ ½|P|`);
//! - every attribution is matched at most once, best pairs first: a pair's quality is the
//!   smaller of its two overlap ratios; ties go to a pair whose speaker is correct, then to
//!   the earlier gold and the earlier prediction, so the result is deterministic;
//! - a matched pair's speaker is correct when, after lower-casing and dropping a possessive
//!   `'s` and punctuation, the prediction equals the gold speaker, is a run of its words
//!   with at least one that is not a stop word, or contains its last word; a gold
//!   attribution without a speaker needs an empty prediction;
//! - the gold speaker is read as the annotators meant it: where they swapped the speaker
//!   and the cue (speaker "said", cue "Hester"; speaker "According to", cue "federal data")
//!   the cue is the speaker; and where the gold names someone (no pronoun, no relative "who")
//!   and the prediction is a pronoun, a role noun or a relative pronoun, the prediction is
//!   also judged by the name it was resolved to ("he" for Kerry counts for "Kerry");
//! - an attributed true positive is a matched pair with a correct speaker.
//!
//! [`Tally::attributed_as_written`] keeps the count by the speakers as written on both sides
//! (no swap read, no resolution), the figure reported before these readings.
//!
//! Spans here are byte spans like everywhere else in the crate; [`CodePoints`] converts
//! the code-point offsets the data is written in.

use serde::Deserialize;

use crate::article::Span;
use crate::extract::{Claim, ClaimKind};
use crate::words::is_speaker_filler;

/// One attribution: what was attributed (possibly in several pieces) and to whom.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    /// The content, as byte spans into the article text, in text order.
    pub content: Vec<Span>,
    /// The speaker as written; `None` when there is none.
    pub speaker: Option<String>,
    /// `direct`, `mixed`, `indirect` for gold; the claim kind for predictions.
    pub kind: String,
    /// The cue as written, if any.
    pub cue: Option<String>,
    /// For a prediction whose speaker is a pronoun, a role noun or a relative pronoun: the
    /// name it was resolved to. `None` for gold.
    pub resolved: Option<String>,
}

/// The attributions the extractor makes of its claims: every claim but the outlet's own
/// assertions, its content (the quoted parts of a quotation the reporter's words interrupt:
/// `"…," Kerry said. "…"`; else its content span less the speaker and cue inside it), and
/// its speaker as written.
pub fn predicted(claims: &[Claim]) -> Vec<Attribution> {
    claims
        .iter()
        .filter(|c| c.kind != ClaimKind::Assertion)
        .map(|c| Attribution {
            content: content_pieces(c),
            speaker: c
                .speaker
                .as_ref()
                .map(|s| s.text.clone())
                .filter(|s| !s.is_empty()),
            kind: c.kind.as_str().to_string(),
            cue: c.cue.as_ref().map(|q| q.text.clone()),
            resolved: c.speaker.as_ref().and_then(|s| s.antecedent.clone()),
        })
        .collect()
}

/// The content span with the speaker and cue spans inside it cut out; when the reporter's
/// words interrupt a quotation, only its quoted parts.
fn content_pieces(claim: &Claim) -> Vec<Span> {
    if !claim.parts.is_empty() {
        return claim.parts.clone();
    }
    let mut holes: Vec<Span> = [
        claim.speaker.as_ref().and_then(|s| s.span),
        claim.cue.as_ref().map(|c| c.span),
    ]
    .into_iter()
    .flatten()
    .filter(|h| claim.content_span.contains(*h))
    .collect();
    holes.sort();
    let mut pieces = Vec::new();
    let mut from = claim.content_span.start;
    for h in holes {
        if h.start > from {
            pieces.push(Span::new(from, h.start));
        }
        from = from.max(h.end);
    }
    if from < claim.content_span.end || pieces.is_empty() {
        pieces.push(Span::new(from, claim.content_span.end.max(from)));
    }
    pieces
}

/// Byte offset of every code point of a text (and of its end): converts the code-point
/// offsets of annotation files into byte offsets.
pub struct CodePoints {
    bytes: Vec<usize>,
}

impl CodePoints {
    pub fn new(text: &str) -> CodePoints {
        let mut bytes: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        bytes.push(text.len());
        CodePoints { bytes }
    }

    /// The byte offset of code point `n`; `None` past the end.
    pub fn byte(&self, n: usize) -> Option<usize> {
        self.bytes.get(n).copied()
    }

    /// The byte span of code points `[start, end)`; `None` when out of range or reversed.
    pub fn span(&self, start: usize, end: usize) -> Option<Span> {
        let (s, e) = (self.byte(start)?, self.byte(end)?);
        (s <= e).then(|| Span::new(s, e))
    }

    /// The code point at byte offset `byte` (which must be a character boundary).
    pub fn code_point(&self, byte: usize) -> Option<usize> {
        self.bytes.binary_search(&byte).ok()
    }
}

/// Counts for one set of attributions; add them up over articles.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub gold: usize,
    pub predicted: usize,
    /// Pairs whose content matches.
    pub matched: usize,
    /// Matched pairs whose speaker is correct too.
    pub attributed: usize,
    /// Matched pairs whose speaker is correct by the speakers as written on both sides (see
    /// the module documentation).
    pub attributed_as_written: usize,
}

impl std::ops::AddAssign for Tally {
    fn add_assign(&mut self, other: Tally) {
        self.gold += other.gold;
        self.predicted += other.predicted;
        self.matched += other.matched;
        self.attributed += other.attributed;
        self.attributed_as_written += other.attributed_as_written;
    }
}

/// Precision, recall and F1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

fn prf(hits: usize, predicted: usize, gold: usize) -> Prf {
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let precision = ratio(hits, predicted);
    let recall = ratio(hits, gold);
    let f1 = if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    Prf {
        precision,
        recall,
        f1,
    }
}

impl Tally {
    /// Content matching alone.
    pub fn content(&self) -> Prf {
        prf(self.matched, self.predicted, self.gold)
    }

    /// Content matching with the right speaker.
    pub fn attributed(&self) -> Prf {
        prf(self.attributed, self.predicted, self.gold)
    }

    /// Share of matched pairs whose speaker is correct.
    pub fn speaker_accuracy(&self) -> f64 {
        if self.matched == 0 {
            0.0
        } else {
            self.attributed as f64 / self.matched as f64
        }
    }

    /// Share of matched pairs whose speaker is correct by the speakers as written.
    pub fn speaker_accuracy_as_written(&self) -> f64 {
        if self.matched == 0 {
            0.0
        } else {
            self.attributed_as_written as f64 / self.matched as f64
        }
    }
}

/// A gold and a predicted attribution paired by the scorer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pair {
    pub gold: usize,
    pub predicted: usize,
    pub speaker_correct: bool,
    /// Whether the speaker is correct by the speakers as written.
    pub written_correct: bool,
}

/// The outcome for one article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ArticleScore {
    pub tally: Tally,
    /// Matched pairs, ordered by gold index.
    pub pairs: Vec<Pair>,
}

impl ArticleScore {
    /// Gold attributions left without a match.
    pub fn missed(&self) -> Vec<usize> {
        let mut hit = vec![false; self.tally.gold];
        for p in &self.pairs {
            hit[p.gold] = true;
        }
        (0..self.tally.gold).filter(|&i| !hit[i]).collect()
    }

    /// Predictions left without a match.
    pub fn false_positives(&self) -> Vec<usize> {
        let mut hit = vec![false; self.tally.predicted];
        for p in &self.pairs {
            hit[p.predicted] = true;
        }
        (0..self.tally.predicted).filter(|&i| !hit[i]).collect()
    }
}

/// The word tokens of a text: maximal runs of word characters, as byte spans in order.
pub fn word_tokens(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match (is_word_char(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(Span::new(s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(Span::new(s, text.len()));
    }
    out
}

/// What a regular expression's `\w` matches on Unicode text.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || unicode_normalization::char::is_combining_mark(c)
}

/// The token indices a set of spans covers, as sorted, disjoint, half-open ranges.
fn token_ranges(tokens: &[Span], spans: &[Span]) -> Vec<(usize, usize)> {
    let mut ranges: Vec<(usize, usize)> = spans
        .iter()
        .filter(|s| !s.is_empty())
        .map(|s| {
            // Tokens overlapping [s.start, s.end): those ending after its start and starting
            // before its end.
            let lo = tokens.partition_point(|t| t.end <= s.start);
            let hi = tokens.partition_point(|t| t.start < s.end);
            (lo, hi.max(lo))
        })
        .filter(|(lo, hi)| lo < hi)
        .collect();
    ranges.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
    for (lo, hi) in ranges {
        match merged.last_mut() {
            Some(last) if lo <= last.1 => last.1 = last.1.max(hi),
            _ => merged.push((lo, hi)),
        }
    }
    merged
}

fn range_len(ranges: &[(usize, usize)]) -> usize {
    ranges.iter().map(|(lo, hi)| hi - lo).sum()
}

fn shared(a: &[(usize, usize)], b: &[(usize, usize)]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        let lo = a[i].0.max(b[j].0);
        let hi = a[i].1.min(b[j].1);
        if lo < hi {
            n += hi - lo;
        }
        if a[i].1 <= b[j].1 {
            i += 1;
        } else {
            j += 1;
        }
    }
    n
}

/// Scores the predictions for one article against its gold attributions.
pub fn score_article(text: &str, gold: &[Attribution], predicted: &[Attribution]) -> ArticleScore {
    let tokens = word_tokens(text);
    let gold_ranges: Vec<_> = gold
        .iter()
        .map(|a| token_ranges(&tokens, &a.content))
        .collect();
    let pred_ranges: Vec<_> = predicted
        .iter()
        .map(|a| token_ranges(&tokens, &a.content))
        .collect();
    // Candidate pairs with their quality (the lesser overlap ratio, as a fraction kept
    // exact: numerator and denominator).
    let mut candidates: Vec<(u64, u64, bool, usize, usize)> = Vec::new();
    for (g, gr) in gold_ranges.iter().enumerate() {
        let gl = range_len(gr);
        if gl == 0 {
            continue;
        }
        for (p, pr) in pred_ranges.iter().enumerate() {
            let pl = range_len(pr);
            if pl == 0 {
                continue;
            }
            let n = shared(gr, pr);
            if 2 * n < gl || 2 * n < pl {
                continue;
            }
            let correct = speaker_read_correct(&gold[g], &predicted[p]);
            candidates.push((n as u64, gl.max(pl) as u64, correct, g, p));
        }
    }
    // Best first: higher n/d, then correct speaker, then text order.
    candidates.sort_by(|a, b| {
        (b.0 * a.1)
            .cmp(&(a.0 * b.1))
            .then(b.2.cmp(&a.2))
            .then(a.3.cmp(&b.3))
            .then(a.4.cmp(&b.4))
    });
    let mut gold_used = vec![false; gold.len()];
    let mut pred_used = vec![false; predicted.len()];
    let mut pairs = Vec::new();
    for (_, _, correct, g, p) in candidates {
        if gold_used[g] || pred_used[p] {
            continue;
        }
        gold_used[g] = true;
        pred_used[p] = true;
        pairs.push(Pair {
            gold: g,
            predicted: p,
            speaker_correct: correct,
            written_correct: speaker_correct(
                gold[g].speaker.as_deref(),
                predicted[p].speaker.as_deref(),
            ),
        });
    }
    pairs.sort_by_key(|p| p.gold);
    ArticleScore {
        tally: Tally {
            gold: gold.len(),
            predicted: predicted.len(),
            matched: pairs.len(),
            attributed: pairs.iter().filter(|p| p.speaker_correct).count(),
            attributed_as_written: pairs.iter().filter(|p| p.written_correct).count(),
        },
        pairs,
    }
}

/// Lower case, possessive `'s` dropped, punctuation dropped: the words of a speaker.
fn speaker_words(speaker: &str) -> Vec<String> {
    speaker
        .split_whitespace()
        .map(|w| {
            let lower = w.to_lowercase();
            let lower = lower
                .strip_suffix("'s")
                .or_else(|| lower.strip_suffix("’s"))
                .unwrap_or(&lower)
                .to_string();
            lower.chars().filter(|c| is_word_char(*c)).collect()
        })
        .filter(|w: &String| !w.is_empty())
        .collect()
}

/// Whether a predicted speaker counts as the gold one (see the module documentation).
pub fn speaker_correct(gold: Option<&str>, predicted: Option<&str>) -> bool {
    let pred = predicted.map(speaker_words).unwrap_or_default();
    let Some(gold) = gold else {
        return pred.is_empty();
    };
    let gold = speaker_words(gold);
    if pred.is_empty() || gold.is_empty() {
        return pred.is_empty() && gold.is_empty();
    }
    if pred == gold {
        return true;
    }
    let inside = pred.len() <= gold.len()
        && gold.windows(pred.len()).any(|w| w == pred.as_slice())
        && pred.iter().any(|w| !is_speaker_filler(w));
    let last = gold.last().is_some_and(|l| pred.contains(l));
    inside || last
}

/// Words a gold speaker may be that only stand for a speaker: pronouns and relative
/// pronouns. A prediction's resolved name is no answer to them.
const STANDS_FOR: &[&str] = &[
    "he", "her", "him", "his", "i", "it", "its", "me", "my", "our", "she", "that", "their", "them",
    "they", "us", "we", "which", "who", "whom", "whose", "you",
];

/// Whether a gold speaker as written is a verb of saying or "According to": the annotators
/// put the cue where the speaker goes.
fn is_cue_word(speaker: &str) -> bool {
    let lower = speaker.trim().to_lowercase();
    matches!(
        lower.as_str(),
        "said" | "says" | "say" | "saying" | "told" | "tells" | "tell"
    ) || lower.starts_with("according to")
}

/// The gold speaker as the annotators meant it: the cue when they swapped the two (see the
/// module documentation), else the speaker as written.
fn gold_speaker(gold: &Attribution) -> Option<&str> {
    let speaker = gold.speaker.as_deref()?;
    match gold.cue.as_deref() {
        Some(cue) if is_cue_word(speaker) && !cue.trim().is_empty() && !is_cue_word(cue) => {
            Some(cue)
        }
        _ => Some(speaker),
    }
}

/// Whether a prediction's speaker counts as the gold one as the gold is read (see the module
/// documentation): as written, or by the name the prediction was resolved to when the gold
/// names someone.
pub fn speaker_read_correct(gold: &Attribution, predicted: &Attribution) -> bool {
    let speaker = gold_speaker(gold);
    if speaker_correct(speaker, predicted.speaker.as_deref()) {
        return true;
    }
    let names = speaker.is_some_and(|s| {
        let words = speaker_words(s);
        !(words.len() == 1 && STANDS_FOR.contains(&words[0].as_str()))
    });
    names
        && predicted
            .resolved
            .as_deref()
            .is_some_and(|r| speaker_correct(speaker, Some(r)))
}

/// One article of a PolNeAR JSONL file, with its annotations converted to byte spans.
#[derive(Debug, Clone)]
pub struct GoldArticle {
    pub id: String,
    pub publisher: String,
    pub date: Option<String>,
    pub title: Option<String>,
    pub text: String,
    pub attributions: Vec<Attribution>,
}

#[derive(Deserialize)]
struct RawArticle {
    id: String,
    #[serde(default)]
    publisher: Option<String>,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    title: Option<String>,
    text: String,
    #[serde(default)]
    quotes: Vec<RawQuote>,
}

#[derive(Deserialize)]
struct RawQuote {
    start: usize,
    end: usize,
    #[serde(default)]
    segments: Vec<(usize, usize)>,
    #[serde(default)]
    speaker: Option<String>,
    #[serde(default)]
    kind: Option<String>,
    #[serde(default)]
    cue: Option<String>,
}

/// Reads one line of a PolNeAR JSONL file. The error says what is wrong with the line.
pub fn read_gold_line(line: &str) -> Result<GoldArticle, String> {
    let raw: RawArticle = serde_json::from_str(line).map_err(|e| e.to_string())?;
    let points = CodePoints::new(&raw.text);
    let mut attributions = Vec::with_capacity(raw.quotes.len());
    for q in raw.quotes {
        let pieces = if q.segments.is_empty() {
            vec![(q.start, q.end)]
        } else {
            q.segments
        };
        let content = pieces
            .iter()
            .map(|&(s, e)| {
                points
                    .span(s, e)
                    .ok_or_else(|| format!("{}: content [{s}, {e}) lies outside the text", raw.id))
            })
            .collect::<Result<Vec<Span>, String>>()?;
        attributions.push(Attribution {
            content,
            speaker: q.speaker.filter(|s| !s.trim().is_empty()),
            kind: q.kind.unwrap_or_else(|| "unknown".to_string()),
            cue: q.cue.filter(|c| !c.trim().is_empty()),
            resolved: None,
        });
    }
    Ok(GoldArticle {
        id: raw.id,
        publisher: raw.publisher.unwrap_or_default(),
        date: raw.date,
        title: raw.title,
        text: raw.text,
        attributions,
    })
}

/// The file name a PolNeAR article is written under in a batch folder (`polnear_batch`) and
/// looked for by the facts lists: its id's last part, kept to letters, digits, `-` and `_`.
pub fn file_name(id: &str) -> String {
    id.rsplit('/')
        .next()
        .unwrap_or_default()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span_of(text: &str, words: &str) -> Span {
        let start = text.find(words).unwrap();
        Span::new(start, start + words.len())
    }

    fn attribution(text: &str, content: &str, speaker: Option<&str>) -> Attribution {
        Attribution {
            content: vec![span_of(text, content)],
            speaker: speaker.map(str::to_string),
            kind: "indirect".into(),
            cue: None,
            resolved: None,
        }
    }

    #[test]
    fn tokens_are_word_character_runs() {
        let text = "Assad’s cease-fire, 5.4% — café_x!";
        let words: Vec<&str> = word_tokens(text).iter().map(|s| s.of(text)).collect();
        assert_eq!(words, ["Assad", "s", "cease", "fire", "5", "4", "café_x"]);
    }

    #[test]
    fn code_points_convert_to_bytes_and_back() {
        let text = "“Já,” said Ségolène.";
        let points = CodePoints::new(text);
        // "Já" is code points 1..3.
        let span = points.span(1, 3).unwrap();
        assert_eq!(span.of(text), "Já");
        assert_eq!(points.code_point(span.end), Some(3));
        assert_eq!(points.span(0, 99), None);
        let end = text.chars().count();
        assert_eq!(points.byte(end), Some(text.len()));
    }

    #[test]
    fn half_overlap_both_ways_matches() {
        let text = "Kerry said the truce will begin soon in all of Syria.";
        let gold = [attribution(
            text,
            "the truce will begin soon in all of Syria",
            Some("Kerry"),
        )];
        // 5 of 9 gold tokens, all predicted tokens: a match.
        let enough = [attribution(
            text,
            "the truce will begin soon",
            Some("Kerry"),
        )];
        let s = score_article(text, &gold, &enough);
        assert_eq!(s.tally.matched, 1);
        assert_eq!(s.tally.attributed, 1);
        // 4 of 9: too little of the gold.
        let short = [attribution(text, "the truce will begin", Some("Kerry"))];
        assert_eq!(score_article(text, &gold, &short).tally.matched, 0);
    }

    #[test]
    fn a_token_touched_by_a_span_belongs_to_it() {
        let text = "He said ceasefire now.";
        let gold = [Attribution {
            content: vec![Span::new(8, 10)], // "ce" of "ceasefire"
            speaker: None,
            kind: "indirect".into(),
            cue: None,
            resolved: None,
        }];
        let pred = [attribution(text, "ceasefire", None)];
        assert_eq!(score_article(text, &gold, &pred).tally.matched, 1);
    }

    #[test]
    fn discontinuous_gold_counts_its_segments_only() {
        let text = "\"We will win,\" he said, \"and we will stay.\"";
        let gold = [Attribution {
            content: vec![
                span_of(text, "We will win"),
                span_of(text, "and we will stay"),
            ],
            speaker: Some("he".into()),
            kind: "direct".into(),
            cue: None,
            resolved: None,
        }];
        // 3 of 7 gold tokens: not enough.
        let first = [attribution(text, "We will win", Some("he"))];
        assert_eq!(score_article(text, &gold, &first).tally.matched, 0);
        // The whole stretch has "he said" too: 7 of 9 predicted, 7 of 7 gold.
        let all = [Attribution {
            content: vec![Span::new(1, text.len() - 1)],
            speaker: Some("he".into()),
            kind: "direct".into(),
            cue: None,
            resolved: None,
        }];
        assert_eq!(score_article(text, &gold, &all).tally.matched, 1);
    }

    #[test]
    fn pairs_are_one_to_one_best_first() {
        let text = "Kerry said the talks went well and the truce will hold for weeks.";
        let gold = [
            attribution(text, "the talks went well", Some("Kerry")),
            attribution(
                text,
                "the talks went well and the truce will hold for weeks",
                Some("Kerry"),
            ),
        ];
        // The prediction matches both; it covers more of the second (7 of 11 tokens)
        // than it is covered by the first (4 of 7).
        let pred = [attribution(
            text,
            "the talks went well and the truce",
            Some("Kerry"),
        )];
        let s = score_article(text, &gold, &pred);
        assert_eq!(
            s.pairs,
            [Pair {
                gold: 1,
                predicted: 0,
                speaker_correct: true,
                written_correct: true,
            }]
        );
        assert_eq!(s.missed(), [0]);
        assert!(s.false_positives().is_empty());
    }

    #[test]
    fn speaker_rules() {
        assert!(speaker_correct(Some("Hillary Clinton"), Some("Clinton")));
        assert!(speaker_correct(
            Some("Clinton's campaign"),
            Some("Clinton campaign")
        ));
        assert!(speaker_correct(
            Some("Clinton"),
            Some("Democratic nominee Hillary Clinton")
        ));
        assert!(speaker_correct(
            Some("The State Department"),
            Some("State Department")
        ));
        assert!(speaker_correct(Some("He"), Some("he")));
        assert!(!speaker_correct(Some("the campaign"), Some("the")));
        assert!(!speaker_correct(Some("Clinton"), Some("he")));
        assert!(!speaker_correct(Some("Clinton"), None));
        assert!(speaker_correct(None, None));
        assert!(!speaker_correct(None, Some("Trump")));
    }

    #[test]
    fn gold_speakers_are_read_as_meant() {
        let gold = |speaker: &str, cue: &str| Attribution {
            content: Vec::new(),
            speaker: Some(speaker.to_string()),
            kind: "direct".into(),
            cue: Some(cue.to_string()),
            resolved: None,
        };
        let predicted = |speaker: &str, resolved: Option<&str>| Attribution {
            content: Vec::new(),
            speaker: Some(speaker.to_string()),
            kind: "direct".into(),
            cue: None,
            resolved: resolved.map(str::to_string),
        };
        // Speaker and cue swapped by the annotators: the cue is the speaker.
        assert!(speaker_read_correct(
            &gold("said", "Ann Hester"),
            &predicted("Hester", None)
        ));
        assert!(speaker_read_correct(
            &gold("According to", "federal data"),
            &predicted("federal data", None)
        ));
        assert!(!speaker_read_correct(
            &gold("said", "Ann Hester"),
            &predicted("Mulgrew", None)
        ));
        // A pronoun is judged by the name it was resolved to when the gold names someone…
        assert!(speaker_read_correct(
            &gold("Obama", "said"),
            &predicted("He", Some("President Obama"))
        ));
        assert!(!speaker_read_correct(
            &gold("Obama", "said"),
            &predicted("He", Some("Putin"))
        ));
        // … and as written when the gold is a pronoun itself.
        assert!(!speaker_read_correct(
            &gold("he", "said"),
            &predicted("Trump", None)
        ));
        assert!(speaker_read_correct(
            &gold("he", "said"),
            &predicted("he", Some("Putin"))
        ));
        // As written, the swap and the resolution are not read.
        assert!(!speaker_correct(Some("said"), Some("Hester")));
    }

    #[test]
    fn tally_gives_precision_recall_f1() {
        let t = Tally {
            gold: 10,
            predicted: 5,
            matched: 4,
            attributed: 3,
            attributed_as_written: 3,
        };
        let c = t.content();
        assert!((c.precision - 0.8).abs() < 1e-9);
        assert!((c.recall - 0.4).abs() < 1e-9);
        assert!((c.f1 - 2.0 * 0.8 * 0.4 / 1.2).abs() < 1e-9);
        assert!((t.attributed().precision - 0.6).abs() < 1e-9);
        assert!((t.speaker_accuracy() - 0.75).abs() < 1e-9);
    }

    #[test]
    fn reads_a_gold_line_in_code_points() {
        let line = r#"{"id": "x", "text": "“Já” — said Ana.", "quotes": [{"start": 1, "end": 3, "segments": [[1, 3]], "speaker": "Ana", "kind": "direct"}, {"start": 1, "end": 3, "speaker": null}]}"#;
        let article = read_gold_line(line).unwrap();
        let a = &article.attributions[0];
        assert_eq!(a.content[0].of(&article.text), "Já");
        assert_eq!(a.speaker.as_deref(), Some("Ana"));
        assert_eq!(article.attributions[1].speaker, None);
        assert!(
            read_gold_line(r#"{"id": "y", "text": "ab", "quotes": [{"start": 0, "end": 9}]}"#)
                .is_err()
        );
    }
}
