//! corroborate: cross-reference the attributed claims of several news articles about one story.
//!
//! The pipeline runs one way — load ([`article`]) → segment ([`text`]) → extract
//! ([`extract`]) → resolve ([`entity`]) → check ([`check`]) → report ([`report`]) — and
//! each stage is a plain function over the previous stage's output. The library never
//! prints and never exits.

#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod article;
pub mod check;
pub mod date;
pub mod entity;
pub mod error;
pub mod eval;
pub mod extract;
pub mod graph;
pub mod pipeline;
pub mod report;
pub mod rule_tests;
pub mod rules;
pub mod text;
pub mod words;

pub use article::{Article, Span};
pub use error::{Error, Result};
pub use extract::Claim;
pub use pipeline::{Analysis, check, extract_claims, extract_claims_with_progress};
pub use report::Report;
pub use rules::RuleSet;
