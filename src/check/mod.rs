//! Check stage: the claim graph → `Finding`s (agreements, contradictions, single-source claims)
//! and answers to the watched questions of the rules.

use serde::Serialize;

use crate::article::Span;
use crate::rules::Severity;

/// What a finding says about a group of claims.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    Contradiction,
    SingleSource,
    Agreement,
}

/// The ways two outlets can disagree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ContradictionKind {
    Number,
    Date,
    Negation,
    Antonym,
    Misquote,
    Misattribution,
}

/// Words that decided a finding, in one claim.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Marked {
    pub claim: String,
    pub span: Span,
    pub text: String,
}

/// One thing the checker tells an editor.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// `F1`, `F2`, … in report order.
    pub id: String,
    pub kind: FindingKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subkind: Option<ContradictionKind>,
    pub severity: Severity,
    /// Claim ids, sorted.
    pub claims: Vec<String>,
    /// Outlets, sorted and distinct.
    pub sources: Vec<String>,
    /// The rule that fired ("number-mismatch", "single-source", …).
    pub rule: String,
    pub message: String,
    /// The exact words on each side that differ (contradictions) or match (agreements).
    pub marked: Vec<Marked>,
    /// Stable across runs: a hash of the rule and the claims' contents.
    pub fingerprint: String,
}

/// An answer to a watched question.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TopicAnswer {
    pub entity: String,
    pub sources: Vec<String>,
    pub claims: Vec<String>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub single_source: bool,
}

/// A watched question and what the articles answer.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TopicReport {
    pub id: String,
    pub question: String,
    pub answers: Vec<TopicAnswer>,
}
