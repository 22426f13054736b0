//! Report stage: lays out an `Analysis` for people and machines; printers never recompute findings.

pub mod claims;
pub mod json;

use std::io::{self, Write};

use crate::Analysis;

/// One output format.
pub trait Report {
    /// Writes the whole report for `analysis`.
    fn write(&self, analysis: &Analysis, out: &mut dyn Write) -> io::Result<()>;
}
