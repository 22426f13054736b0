//! Text printer for `corroborate check`: findings grouped by kind, most severe first.

use std::io::{self, Write};

use crate::Analysis;
use crate::report::{PrintOptions, Report};

/// The default report for a terminal.
pub struct TextReport;

impl Report for TextReport {
    fn write(
        &self,
        analysis: &Analysis,
        options: &PrintOptions,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        for finding in &analysis.findings {
            writeln!(
                out,
                "{} {} [{}] {}",
                finding.id,
                finding.severity.as_str(),
                finding.rule,
                finding.message
            )?;
            writeln!(out, "    sources: {}", finding.sources.join(", "))?;
        }
        for problem in &options.problems {
            writeln!(out, "not read: {problem}")?;
        }
        writeln!(
            out,
            "{} findings across {} articles",
            analysis.findings.len(),
            analysis.articles.len()
        )
    }
}
