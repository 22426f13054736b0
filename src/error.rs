//! Errors the library hands back: every one names the file and, where known, the line and column.

use std::fmt;
use std::path::PathBuf;

use unicode_width::UnicodeWidthChar;

/// A place in an input file, 1-based; `column` counts characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// The line, from 1.
    pub line: usize,
    /// The column in characters (not bytes), from 1.
    pub column: usize,
    /// The text of the offending line, shown under the message.
    pub line_text: String,
}

impl Location {
    /// The location of byte `offset` in `text`.
    pub fn of_offset(text: &str, offset: usize) -> Location {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
        Location {
            line: text[..line_start].matches('\n').count() + 1,
            column: text[line_start..offset].chars().count() + 1,
            line_text: text[line_start..line_end]
                .trim_end_matches('\r')
                .to_string(),
        }
    }
}

/// What went wrong, where.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The file could not be read at all.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file as the user named it (or as found walking a directory).
        path: PathBuf,
        /// What the operating system said.
        #[source]
        source: std::io::Error,
    },
    /// The file was read but something in it is wrong.
    #[error("{}", located(path, location.as_ref(), message))]
    Input {
        /// The file as the user named it (or as found walking a directory).
        path: PathBuf,
        /// Where in the file, when one place is to blame.
        location: Option<Location>,
        /// What is wrong and, where possible, what would be right.
        message: String,
    },
    /// The request itself cannot be carried out (no articles, conflicting options).
    #[error("{0}")]
    Usage(String),
}

impl Error {
    /// An input error about the whole file at `path`.
    pub fn input(path: impl Into<PathBuf>, message: impl Into<String>) -> Error {
        Error::Input {
            path: path.into(),
            location: None,
            message: message.into(),
        }
    }

    /// An input error at byte `offset` of `text` (the file's contents).
    pub fn at(
        path: impl Into<PathBuf>,
        text: &str,
        offset: usize,
        message: impl Into<String>,
    ) -> Error {
        Error::Input {
            path: path.into(),
            location: Some(Location::of_offset(text, offset)),
            message: message.into(),
        }
    }

    /// The file the error is about, if any.
    pub fn path(&self) -> Option<&std::path::Path> {
        match self {
            Error::Io { path, .. } | Error::Input { path, .. } => Some(path),
            Error::Usage(_) => None,
        }
    }
}

fn located(path: &std::path::Path, location: Option<&Location>, message: &str) -> String {
    struct Shown<'a>(&'a std::path::Path, Option<&'a Location>, &'a str);
    impl fmt::Display for Shown<'_> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.1 {
                None => write!(f, "{}: {}", self.0.display(), self.2),
                Some(loc) => {
                    write!(
                        f,
                        "{}:{}:{}: {}",
                        self.0.display(),
                        loc.line,
                        loc.column,
                        self.2
                    )?;
                    if !loc.line_text.is_empty() {
                        // The line as shown (a tab or control character as one space) and
                        // the caret under the column, counted in display columns so that
                        // it stays under the character after wide ones (CJK, emoji).
                        let shown: String = loc
                            .line_text
                            .chars()
                            .map(|c| if c.is_control() { ' ' } else { c })
                            .collect();
                        let before: usize = shown
                            .chars()
                            .take(loc.column.saturating_sub(1))
                            .map(|c| c.width().unwrap_or(0))
                            .sum();
                        write!(f, "\n  | {shown}\n  | {}^", " ".repeat(before))?;
                    }
                    Ok(())
                }
            }
        }
    }
    Shown(path, location, message).to_string()
}

/// A result whose error is the library's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn location_counts_characters_not_bytes() {
        let text = "first\nEl País, \"x\n";
        let offset = text.find('"').unwrap();
        let loc = Location::of_offset(text, offset);
        assert_eq!((loc.line, loc.column), (2, 10));
        assert_eq!(loc.line_text, "El País, \"x");
    }

    #[test]
    fn caret_stands_under_the_column_after_wide_characters_and_tabs() {
        let text = "source = \"新华社\"\tdate = 5\n";
        let err = Error::at("a.txt", text, text.find('d').unwrap(), "bad key");
        assert_eq!(
            err.to_string(),
            format!(
                "a.txt:1:16: bad key\n  | source = \"新华社\" date = 5\n  | {}^",
                " ".repeat(18)
            )
        );
    }

    #[test]
    fn input_error_names_file_line_and_column() {
        let err = Error::at("a.txt", "ok\nbad = 1\n", 3, "unknown key `bad`");
        let shown = err.to_string();
        assert!(shown.starts_with("a.txt:2:1: unknown key `bad`"), "{shown}");
        assert!(shown.contains("  | bad = 1"), "{shown}");
    }
}
