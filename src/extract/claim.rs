//! The claim: who said what, according to whom, with the figures and days it carries.

use serde::Serialize;

use crate::article::Span;
use crate::date::Date;

/// How a claim is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    /// A whole quotation: `"…," Kerry said.`
    Direct,
    /// Reported speech that quotes a fragment: `Kerry said the sides are "filling out the details."`
    Partial,
    /// Reported speech: `Kerry said (that) …`.
    Indirect,
    /// `according to X, …` / `…, according to X`.
    AccordingTo,
    /// The outlet's own statement of a checkable fact (a figure, a day).
    Assertion,
}

impl ClaimKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Direct => "direct",
            ClaimKind::Partial => "partial",
            ClaimKind::Indirect => "indirect",
            ClaimKind::AccordingTo => "according_to",
            ClaimKind::Assertion => "assertion",
        }
    }
}

/// Who a claim is attributed to, as written, and the entity it resolves to.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Speaker {
    /// The mention as written ("he", "the secretary", "U.S. Secretary of State John Kerry").
    pub text: String,
    /// Where the mention is; `None` for an outlet speaking in its own voice.
    pub span: Option<Span>,
    /// The resolved entity id, if any.
    pub entity: Option<String>,
    /// A title or role written with the name ("Secretary of State").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// For a pronoun or a role noun ("he", "the senator"): the name, as written, of the
    /// person it stands for — the nearest subject before it in its paragraph, or the
    /// speaker of the sentence before.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub antecedent: Option<String>,
}

impl Speaker {
    /// The mention written at `span` of `text`, not yet resolved to an entity.
    pub fn written(text: &str, span: Span) -> Speaker {
        Speaker {
            text: span.of(text).to_string(),
            span: Some(span),
            entity: None,
            role: None,
            antecedent: None,
        }
    }

    /// How reports name the speaker: the mention as written, but for a relative "who",
    /// "which" or "that" the name it stands for ("Syrian President Bashar Assad, who said
    /// …", "the agency, which reported …").
    pub fn shown(&self) -> &str {
        let relative = ["who", "which", "that"]
            .iter()
            .any(|r| self.text.eq_ignore_ascii_case(r));
        match &self.antecedent {
            Some(name) if relative => name,
            _ => &self.text,
        }
    }
}

/// The words that mark an attribution ("said", "told reporters", "according to").
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cue {
    pub text: String,
    pub span: Span,
}

/// A relay in the attribution chain: "…, Kerry said, according to Reuters".
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Relay {
    pub text: String,
    pub span: Span,
}

/// The verbatim words inside quotation marks.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quote {
    pub text: String,
    pub span: Span,
}

/// A figure as an interval with what it counts: "at least 57 people killed" →
/// `[57, ∞)` people, killed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quantity {
    /// The words as written ("nearly 100,000").
    pub text: String,
    pub span: Span,
    /// The figure written ("100,000" → 100000).
    pub value: f64,
    /// Lowest value the words allow.
    pub low: f64,
    /// Highest value the words allow; `None` for open-ended ("at least").
    pub high: Option<f64>,
    /// The unit or thing counted, normalised ("people", "syrians", "nation", "usd").
    pub unit: Option<String>,
    /// What happened to what is counted ("killed", "fled", "injured").
    pub measure: Option<String>,
    /// An ordinal ("second day in a row").
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub ordinal: bool,
}

/// A day named in a claim, resolved against the article's date where possible.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DateMention {
    pub text: String,
    pub span: Span,
    /// `None` when the article has no date to resolve a relative day against.
    pub date: Option<Date>,
}

/// One attributed statement.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Claim {
    /// `article#n`, n counting from 1 in text order.
    pub id: String,
    pub article: String,
    pub kind: ClaimKind,
    pub speaker: Option<Speaker>,
    pub cue: Option<Cue>,
    pub via: Option<Relay>,
    pub hedged: bool,
    pub negated: bool,
    /// The words before the cue that deny it ("would not", "declined to", "has never"):
    /// what follows is then no statement of the speaker's. `negated` is read in the
    /// content alone.
    pub cue_negation: Option<Cue>,
    /// The kind of claim its cue marks: `said` for what was said (and for the outlet's own
    /// statements), else the kind the rules give the cue (`believes`, `wants`, `intends`,
    /// `demands`, `found`, …). Checks compare claims of one kind only.
    pub modality: String,
    /// A modal verb in what was said, which weakens it ("could", "may").
    pub modal: Option<String>,
    /// What was said, as written.
    pub content: String,
    pub quote: Option<Quote>,
    /// The whole attribution: speaker, cue and content.
    pub span: Span,
    /// Only what was said.
    pub content_span: Span,
    /// The pieces of what was said when the reporter's words interrupt it (`"…," he said.
    /// "…"`), in text order; empty when `content_span` is all of one piece.
    pub parts: Vec<Span>,
    /// The sentence (or sentences) the claim was found in.
    pub sentence: Span,
    pub numbers: Vec<Quantity>,
    pub dates: Vec<DateMention>,
    /// Entities named in the content (ids).
    pub entities: Vec<String>,
}
