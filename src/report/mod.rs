//! Report stage: lays out an `Analysis` for people and machines; printers never recompute findings.

pub mod claims;
pub mod evidence;
pub mod html;
pub mod json;
pub mod markdown;
pub mod pretty;
pub mod records;
pub mod sarif;
pub mod selection;
pub mod text;
pub mod verdict;

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::article::Problem;
use crate::error::{Error, Result};
use crate::pipeline::Analysis;
pub use selection::{Section, Selected, Selection};

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `corroborate claims`: claims per article.
    ClaimsText,
    /// `corroborate claims --format json`: articles, entities and claims.
    ClaimsJson,
    Text,
    Json,
    Markdown,
    Html,
    Sarif,
}

/// What every printer may need besides the analysis.
#[derive(Debug, Clone, Default)]
pub struct PrintOptions {
    /// Colour the text output (a terminal, or `--color always`).
    pub color: bool,
    /// Inputs that could not be read (with `--keep-going`) or were noted, listed in the report.
    pub problems: Vec<Problem>,
    /// The working directory, absolute: relative article paths are resolved against it.
    pub base_dir: Option<PathBuf>,
    /// The directory SARIF paths are relative to (`--sarif-root`; relative to `base_dir`);
    /// `None` for the working directory.
    pub sarif_root: Option<PathBuf>,
    /// What to list (`--only`, `--min-severity`, `--summary`); every printer lays out the
    /// findings of [`Selected::of`] this gives, never all of them.
    pub selection: Selection,
}

/// The problems of `problems` that are failures (`true`) or notes (`false`), with a heading:
/// "Inputs not read (2)", "Inputs noted (1)". Every printer lists the two groups apart, so
/// that an input that failed the run is never mistaken for a note.
pub fn problem_groups(problems: &[Problem]) -> Vec<(String, Vec<&Problem>)> {
    [(true, "Inputs not read"), (false, "Inputs noted")]
        .into_iter()
        .filter_map(|(unreadable, heading)| {
            let group: Vec<&Problem> = problems
                .iter()
                .filter(|p| p.unreadable == unreadable)
                .collect();
            (!group.is_empty()).then(|| (format!("{heading} ({})", group.len()), group))
        })
        .collect()
}

/// One output format.
pub trait Report {
    /// Writes the whole report for `analysis`.
    fn write(
        &self,
        analysis: &Analysis,
        options: &PrintOptions,
        out: &mut dyn Write,
    ) -> io::Result<()>;
}

/// The printer for a format.
pub fn printer(format: Format) -> Box<dyn Report> {
    match format {
        Format::ClaimsText => Box::new(claims::ClaimsText),
        Format::ClaimsJson => Box::new(json::JsonReport { claims_only: true }),
        Format::Json => Box::new(json::JsonReport { claims_only: false }),
        Format::Text => Box::new(text::TextReport),
        Format::Html => Box::new(html::HtmlReport),
        Format::Markdown => Box::new(markdown::MarkdownReport::default()),
        Format::Sarif => Box::new(sarif::SarifReport),
    }
}

/// Writes through a temporary file beside `path`, renamed into place when complete, so a
/// reader never sees half a report. A symbolic link is followed and the file it points to
/// replaced; a device or pipe (`-o /dev/null`, `-o /dev/stdout`) is written to directly,
/// never replaced.
pub fn write_atomically(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<()> {
    let io_error = |source| Error::Io {
        path: path.to_path_buf(),
        source,
    };
    let target = fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    if let Ok(meta) = fs::metadata(&target)
        && !meta.is_file()
        && !meta.is_dir()
    {
        let result = (|| {
            let file = fs::OpenOptions::new().write(true).open(&target)?;
            let mut out = io::BufWriter::new(file);
            write(&mut out)?;
            out.flush()
        })();
        return result.map_err(io_error);
    }
    let dir = target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = target
        .file_name()
        .map_or_else(|| "report".into(), |n| n.to_string_lossy().into_owned());
    let temp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let file = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)?;
        let mut out = io::BufWriter::new(file);
        write(&mut out)?;
        out.flush()?;
        out.get_ref().sync_all()?;
        drop(out);
        fs::rename(&temp, &target)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result.map_err(io_error)
}
