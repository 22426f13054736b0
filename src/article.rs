//! Load stage: files, directories, stdin and manifests become `Article`s with their outlet and date.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::error::{Error, Location, Result};
use crate::words::TextMap;

/// A byte range `[start, end)` into an article's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The slice of `text` this span covers.
    pub fn of<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// One news story as handed to the checker.
#[derive(Debug, Clone, Serialize)]
pub struct Article {
    /// The file stem, unless front matter or a manifest gives another.
    pub id: String,
    /// Where it was read from, as the user named it (`-` for stdin).
    pub path: String,
    /// The outlet ("VOA"); the id when unknown.
    pub source: String,
    pub date: Option<Date>,
    pub title: Option<String>,
    pub url: Option<String>,
    /// Byte offset in the file where the text starts (after front matter).
    pub body_offset: usize,
    /// Lines of the file before the text starts (the front matter's), so that reports can
    /// give positions as lines of the file.
    pub body_line: usize,
    /// Front-matter keys the checker does not use, kept for the report.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub metadata: BTreeMap<String, serde_json::Value>,
    #[serde(skip)]
    pub text: String,
}

/// What a manifest or front matter says about one article.
#[derive(Debug, Clone, Default)]
pub struct ArticleMeta {
    pub id: Option<String>,
    pub source: Option<String>,
    pub date: Option<Date>,
    pub title: Option<String>,
    pub url: Option<String>,
}

impl ArticleMeta {
    /// Fills what `self` leaves open from `fallback`.
    fn or(self, fallback: &ArticleMeta) -> ArticleMeta {
        ArticleMeta {
            id: self.id.or_else(|| fallback.id.clone()),
            source: self.source.or_else(|| fallback.source.clone()),
            date: self.date.or(fallback.date),
            title: self.title.or_else(|| fallback.title.clone()),
            url: self.url.or_else(|| fallback.url.clone()),
        }
    }
}

/// The name of the per-directory manifest file.
pub const MANIFEST_NAME: &str = "manifest.toml";

/// A `manifest.toml` beside the articles: outlet and date per file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ManifestFile {
    #[serde(default)]
    article: Vec<ManifestEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ManifestEntry {
    file: String,
    id: Option<String>,
    source: Option<String>,
    date: Option<toml::Spanned<toml::Value>>,
    title: Option<String>,
    url: Option<String>,
    /// Why the values are what they are; for people, not used.
    #[allow(dead_code)]
    note: Option<String>,
}

/// File name → what the manifest says about it.
pub type Manifest = BTreeMap<String, ArticleMeta>;

/// Reads a manifest file.
pub fn read_manifest(path: &Path) -> Result<Manifest> {
    let text = fs::read_to_string(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    parse_manifest(path, &text)
}

fn toml_error(path: &Path, text: &str, offset_base: usize, err: &toml::de::Error) -> Error {
    let message = err.message().to_string();
    match err.span() {
        Some(span) => Error::at(path, text, offset_base + span.start, message),
        None => Error::input(path, message),
    }
}

fn parse_manifest(path: &Path, text: &str) -> Result<Manifest> {
    let parsed: ManifestFile = toml::from_str(text).map_err(|e| toml_error(path, text, 0, &e))?;
    let mut manifest = Manifest::new();
    for entry in parsed.article {
        let date = match &entry.date {
            None => None,
            Some(value) => Some(date_value(value.get_ref()).ok_or_else(|| {
                Error::at(
                    path,
                    text,
                    value.span().start,
                    format!(
                        "article `{}`: date must be a day as YYYY-MM-DD, found {}",
                        entry.file,
                        value.get_ref()
                    ),
                )
            })?),
        };
        let meta = ArticleMeta {
            id: entry.id,
            source: entry.source,
            date,
            title: entry.title,
            url: entry.url,
        };
        if manifest.insert(entry.file.clone(), meta).is_some() {
            return Err(Error::input(
                path,
                format!("article `{}` is listed twice", entry.file),
            ));
        }
    }
    Ok(manifest)
}

fn date_value(value: &toml::Value) -> Option<Date> {
    match value {
        toml::Value::String(s) => Date::parse(s),
        toml::Value::Datetime(dt) => {
            let d = dt.date?;
            if dt.time.is_some() {
                return None;
            }
            Date::new(i32::from(d.year), d.month, d.day)
        }
        _ => None,
    }
}

/// Front matter split off the top of a file: `+++` lines around TOML.
struct FrontMatter<'t> {
    toml: &'t str,
    /// Byte offset of the TOML inside the file.
    toml_offset: usize,
    body_offset: usize,
}

fn split_front_matter<'t>(path: &Path, text: &'t str) -> Result<Option<FrontMatter<'t>>> {
    let first_line_end = text.find('\n').unwrap_or(text.len());
    if text[..first_line_end].trim_end() != "+++" {
        return Ok(None);
    }
    let toml_offset = (first_line_end + 1).min(text.len());
    let mut pos = toml_offset;
    while pos < text.len() {
        let line_end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
        if text[pos..line_end].trim_end() == "+++" {
            return Ok(Some(FrontMatter {
                toml: &text[toml_offset..pos],
                toml_offset,
                body_offset: (line_end + 1).min(text.len()),
            }));
        }
        pos = line_end + 1;
    }
    Err(Error::at(
        path,
        text,
        0,
        "front matter opened with `+++` is never closed (expected a second `+++` line)",
    ))
}

fn parse_front_matter(
    path: &Path,
    text: &str,
    fm: &FrontMatter<'_>,
) -> Result<(ArticleMeta, BTreeMap<String, serde_json::Value>)> {
    let table: BTreeMap<String, toml::Spanned<toml::Value>> =
        toml::from_str(fm.toml).map_err(|e| toml_error(path, text, fm.toml_offset, &e))?;
    let mut meta = ArticleMeta::default();
    let mut extra = BTreeMap::new();
    for (key, spanned) in table {
        let at = fm.toml_offset + spanned.span().start;
        let value = spanned.into_inner();
        let want_string = |value: &toml::Value| -> Result<String> {
            match value {
                toml::Value::String(s) => Ok(s.clone()),
                other => Err(Error::at(
                    path,
                    text,
                    at,
                    format!(
                        "front matter key `{key}` must be a string, found {}",
                        other.type_str()
                    ),
                )),
            }
        };
        match key.as_str() {
            "id" => meta.id = Some(want_string(&value)?),
            "source" => meta.source = Some(want_string(&value)?),
            "title" => meta.title = Some(want_string(&value)?),
            "url" => meta.url = Some(want_string(&value)?),
            "date" => {
                meta.date = Some(date_value(&value).ok_or_else(|| {
                    Error::at(
                        path,
                        text,
                        at,
                        format!("front matter `date` must be a day as YYYY-MM-DD, found {value}"),
                    )
                })?);
            }
            _ => {
                let json = serde_json::to_value(&value).map_err(|e| {
                    Error::at(path, text, at, format!("front matter key `{key}`: {e}"))
                })?;
                extra.insert(key, json);
            }
        }
    }
    Ok((meta, extra))
}

impl Article {
    /// Builds an article from the text of a file. `path` is how the user named it; `meta`
    /// is what a manifest says, which front matter overrides.
    pub fn from_text(path: &Path, text: &str, meta: &ArticleMeta) -> Result<Article> {
        let (own, metadata, body_offset) = match split_front_matter(path, text)? {
            Some(fm) => {
                let (own, extra) = parse_front_matter(path, text, &fm)?;
                (own, extra, fm.body_offset)
            }
            None => (ArticleMeta::default(), BTreeMap::new(), 0),
        };
        let meta = own.or(meta);
        let id = meta.id.unwrap_or_else(|| default_id(path));
        Ok(Article {
            source: meta.source.unwrap_or_else(|| id.clone()),
            id,
            path: path.display().to_string(),
            date: meta.date,
            title: meta.title,
            url: meta.url,
            body_offset,
            body_line: text[..body_offset].matches('\n').count(),
            metadata,
            text: text[body_offset..].to_string(),
        })
    }

    /// Decodes bytes as UTF-8, naming the first bad byte when they are not.
    pub fn from_bytes(path: &Path, bytes: &[u8], meta: &ArticleMeta) -> Result<Article> {
        Article::decode(path, bytes, meta, Encoding::Utf8)
    }

    /// Decodes bytes in `encoding` (a UTF-8 byte-order mark is dropped) and builds the article.
    pub fn decode(
        path: &Path,
        bytes: &[u8],
        meta: &ArticleMeta,
        encoding: Encoding,
    ) -> Result<Article> {
        if let Some(at) = binary_at(bytes) {
            return Err(binary_error(path, bytes, at));
        }
        let (bom, text) = decode_text(path, bytes, encoding)?;
        let mut article = Article::from_text(path, &text, meta)?;
        article.body_offset += bom;
        Ok(article)
    }
}

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// The text of a file's bytes and the length of the UTF-8 byte-order mark dropped before it.
fn decode_text<'b>(
    path: &Path,
    bytes: &'b [u8],
    encoding: Encoding,
) -> Result<(usize, Cow<'b, str>)> {
    let (bom, bytes) = match bytes.strip_prefix(UTF8_BOM) {
        Some(rest) if encoding == Encoding::Utf8 => (UTF8_BOM.len(), rest),
        _ => (0, bytes),
    };
    let text = encoding.decode(bytes).map_err(|offset| {
        let valid = String::from_utf8_lossy(&bytes[..offset]);
        Error::Input {
            path: path.to_path_buf(),
            location: Some(short_location(&valid, valid.len())),
            message: format!(
                "not valid UTF-8 at byte {} (byte 0x{:02X}); if the file is Latin-1 or \
                 Windows-1252, read it with --encoding windows-1252 (or latin1)",
                bom + offset,
                bytes.get(offset).copied().unwrap_or_default()
            ),
        }
    })?;
    Ok((bom, text))
}

/// Lines longer than this are not quoted under an error message.
const MAX_SHOWN_LINE: usize = 200;

/// The location of `offset` in `text`, without quoting the line when it is very long.
fn short_location(text: &str, offset: usize) -> Location {
    let mut location = Location::of_offset(text, offset);
    if location.line_text.len() > MAX_SHOWN_LINE {
        location.line_text.clear();
    }
    location
}

/// Where the first NUL byte is: text files never hold one. (`memchr` reads the file many
/// bytes a step: every input is searched whole.)
fn binary_at(bytes: &[u8]) -> Option<usize> {
    memchr::memchr(0, bytes)
}

fn binary_error(path: &Path, bytes: &[u8], at: usize) -> Error {
    let utf16 = bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]);
    Error::input(
        path,
        if utf16 {
            "is UTF-16 text, which is not supported: convert it to UTF-8 (e.g. with iconv)"
                .to_string()
        } else {
            format!("looks binary (NUL byte at byte {at}), not an article")
        },
    )
}

fn default_id(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .filter(|s| !s.is_empty() && s != "-")
        .unwrap_or_else(|| "stdin".to_string())
}

/// A file found under a directory, or named directly.
#[derive(Debug, Clone)]
pub struct ArticleFile {
    pub path: PathBuf,
    pub meta: ArticleMeta,
    /// Named by the user rather than found by walking a directory.
    pub explicit: bool,
}

fn has_extension(path: &Path, wanted: &[&str]) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| wanted.contains(&e))
}

/// A folder's readme (`README.md`, `readme.txt`): it describes the copy, it is not copy, so a
/// walk leaves it out; named on the command line, it is read like any file.
fn is_readme(path: &Path) -> bool {
    path.file_stem()
        .and_then(|s| s.to_str())
        .is_some_and(|s| s.eq_ignore_ascii_case("readme"))
}

/// Extensions picked up when walking a directory.
const ARTICLE_EXTENSIONS: &[&str] = &["txt", "md"];
const JSONL_EXTENSIONS: &[&str] = &["jsonl"];

/// Lists the article files behind the given paths: files as named, directories walked
/// recursively for `*.txt` and `*.md` in sorted order (a readme left out), with each
/// directory's manifest applied.
pub fn discover(paths: &[PathBuf]) -> Result<Vec<ArticleFile>> {
    let mut notes = Vec::new();
    discover_with(paths, ARTICLE_EXTENSIONS, &mut notes)
}

/// Like `discover`, for files with `extensions`; what deserves a warning goes to `notes`.
fn discover_with(
    paths: &[PathBuf],
    extensions: &[&str],
    notes: &mut Vec<String>,
) -> Result<Vec<ArticleFile>> {
    let mut files = Vec::new();
    for path in paths {
        let md = fs::metadata(path).map_err(|source| Error::Io {
            path: path.clone(),
            source,
        })?;
        if md.is_dir() {
            let before = files.len();
            let mut walker = Walker {
                extensions,
                visited: BTreeSet::new(),
                files: &mut files,
                notes: &mut *notes,
            };
            walker.walk(path, &Manifest::new())?;
            if files.len() == before {
                let wanted: Vec<String> = extensions.iter().map(|e| format!("*.{e}")).collect();
                return Err(Error::input(
                    path,
                    format!(
                        "directory holds no articles ({} files)",
                        wanted.join(" or ")
                    ),
                ));
            }
        } else {
            if is_device(&md) {
                return Err(Error::input(path, "is a device, not a file of articles"));
            }
            let manifest = match path.parent().map(|p| p.join(MANIFEST_NAME)) {
                Some(m) if m.is_file() => read_manifest(&m)?,
                _ => Manifest::new(),
            };
            let meta = file_meta(path, &manifest);
            files.push(ArticleFile {
                path: path.clone(),
                meta,
                explicit: true,
            });
        }
    }
    Ok(files)
}

/// Character and block devices (`/dev/zero`) never end; pipes and regular files do.
#[cfg(unix)]
fn is_device(md: &fs::Metadata) -> bool {
    use std::os::unix::fs::FileTypeExt;
    let kind = md.file_type();
    kind.is_char_device() || kind.is_block_device() || kind.is_socket()
}

#[cfg(not(unix))]
fn is_device(_: &fs::Metadata) -> bool {
    false
}

fn file_meta(path: &Path, manifest: &Manifest) -> ArticleMeta {
    path.file_name()
        .and_then(|n| manifest.get(n.to_string_lossy().as_ref()))
        .cloned()
        .unwrap_or_default()
}

/// A recursive walk that enters each real directory once, so a symbolic link pointing back
/// up the tree cannot make it loop.
struct Walker<'a> {
    extensions: &'a [&'a str],
    visited: BTreeSet<PathBuf>,
    files: &'a mut Vec<ArticleFile>,
    notes: &'a mut Vec<String>,
}

impl Walker<'_> {
    fn walk(&mut self, dir: &Path, inherited: &Manifest) -> Result<()> {
        let io = |source| Error::Io {
            path: dir.to_path_buf(),
            source,
        };
        if !self.visited.insert(fs::canonicalize(dir).map_err(io)?) {
            return Ok(());
        }
        let manifest_path = dir.join(MANIFEST_NAME);
        let own;
        let manifest = if manifest_path.is_file() {
            own = read_manifest(&manifest_path)?;
            // A misspelt file name would leave an article without its outlet and date.
            for name in own.keys().filter(|name| !dir.join(name).is_file()) {
                self.notes.push(format!(
                    "{}: lists `{name}`, which is not a file in {}",
                    manifest_path.display(),
                    dir.display()
                ));
            }
            &own
        } else {
            inherited
        };
        let mut entries: Vec<PathBuf> = fs::read_dir(dir)
            .map_err(io)?
            .map(|e| e.map(|e| e.path()))
            .collect::<std::io::Result<_>>()
            .map_err(io)?;
        entries.sort();
        let empty = Manifest::new();
        for entry in entries {
            if entry.is_dir() {
                self.walk(&entry, &empty)?;
            } else if !has_extension(&entry, self.extensions) {
                continue;
            } else if is_readme(&entry) {
                self.notes.push(format!(
                    "{}: skipped, a folder's readme is not an article (name the file to read it)",
                    entry.display()
                ));
            } else {
                let meta = file_meta(&entry, manifest);
                self.files.push(ArticleFile {
                    path: entry,
                    meta,
                    explicit: false,
                });
            }
        }
        Ok(())
    }
}

/// Reads every discovered file into an article.
pub fn load(files: &[ArticleFile]) -> Result<Vec<Article>> {
    files
        .iter()
        .map(|file| {
            let bytes = fs::read(&file.path).map_err(|source| Error::Io {
                path: file.path.clone(),
                source,
            })?;
            Article::from_bytes(&file.path, &bytes, &file.meta)
        })
        .collect()
}

/// How article bytes are decoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Encoding {
    #[default]
    Utf8,
    Latin1,
    Windows1252,
}

impl Encoding {
    /// The text of `bytes`; for UTF-8, the offset of the first byte that is not valid.
    pub fn decode(self, bytes: &[u8]) -> std::result::Result<Cow<'_, str>, usize> {
        match self {
            Encoding::Utf8 => std::str::from_utf8(bytes)
                .map(Cow::Borrowed)
                .map_err(|e| e.valid_up_to()),
            Encoding::Latin1 => Ok(bytes.iter().map(|&b| char::from(b)).collect()),
            Encoding::Windows1252 => Ok(bytes
                .iter()
                .map(|&b| match b {
                    0x80..=0x9F => WINDOWS_1252_C1[usize::from(b - 0x80)],
                    _ => char::from(b),
                })
                .collect()),
        }
    }
}

/// Windows-1252 bytes 0x80–0x9F; the five bytes the code page leaves undefined (0x81,
/// 0x8D, 0x8F, 0x90, 0x9D) keep their Latin-1 control characters, as browsers do.
const WINDOWS_1252_C1: [char; 32] = [
    '\u{20AC}', '\u{0081}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{02C6}', '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{008D}', '\u{017D}', '\u{008F}',
    '\u{0090}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{02DC}', '\u{2122}', '\u{0161}', '\u{203A}', '\u{0153}', '\u{009D}', '\u{017E}', '\u{0178}',
];

/// How inputs are read.
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    pub encoding: Encoding,
    /// Skip unreadable files (listing them as problems) instead of failing the run.
    pub keep_going: bool,
    /// Inputs are JSON Lines, one article object a line (files named `*.jsonl` always are).
    pub jsonl: bool,
}

/// Articles read, and what could not be read when the run keeps going.
#[derive(Debug, Default)]
pub struct Loaded {
    pub articles: Vec<Article>,
    /// One per input not read or worth a note, naming the file, in the order of the inputs:
    /// files that could not be read (with `keep_going`), binary files skipped while walking a
    /// directory, empty articles.
    pub problems: Vec<Problem>,
}

impl Loaded {
    /// How many inputs could not be read (with `keep_going`; without it the first fails the run).
    pub fn unreadable(&self) -> usize {
        self.problems.iter().filter(|p| p.unreadable).count()
    }
}

/// An input that could not be read, or a note about one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// What was wrong, naming the file. An error at one place in the file is three lines:
    /// `file:line:column: message`, then the line, then a caret under the column.
    pub message: String,
    /// The input could not be read (a run with such a problem fails even when it keeps
    /// going); `false` for a note (a binary file skipped while walking, an empty article).
    pub unreadable: bool,
}

impl Problem {
    /// An input that could not be read.
    pub fn unreadable(error: &Error) -> Problem {
        Problem {
            message: error.to_string(),
            unreadable: true,
        }
    }

    /// A note about an input that was read or skipped on purpose.
    pub fn note(message: impl Into<String>) -> Problem {
        Problem {
            message: message.into(),
            unreadable: false,
        }
    }

    /// The lines of the message: the first names the file, any others show the place.
    pub fn lines(&self) -> impl Iterator<Item = &str> {
        self.message.lines()
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// A note, as written.
impl From<&str> for Problem {
    fn from(message: &str) -> Problem {
        Problem::note(message)
    }
}

/// One input to read: standard input, a file, or a path that could not be listed.
enum Input {
    Stdin,
    File(ArticleFile),
    Failed(Error),
    /// Found while listing, worth a warning.
    Note(String),
}

/// What reading one input gave.
enum Item {
    Article(Article),
    /// Read, but worth a line in the report (a skipped binary file).
    Note(String),
    /// Could not be read: fails the run unless it keeps going.
    Bad(Error),
}

/// Reads every input: `paths` (with `-` standing for `stdin`, whose bytes the caller read).
/// Files are read in parallel; articles and problems come back in the order of `paths`.
pub fn load_inputs(
    paths: &[PathBuf],
    stdin: Option<Vec<u8>>,
    options: &LoadOptions,
) -> Result<Loaded> {
    let mut loaded = Loaded::default();
    let extensions = if options.jsonl {
        JSONL_EXTENSIONS
    } else {
        ARTICLE_EXTENSIONS
    };
    let mut inputs = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            inputs.push(Input::Stdin);
            continue;
        }
        let mut notes = Vec::new();
        match discover_with(std::slice::from_ref(path), extensions, &mut notes) {
            Ok(files) => {
                inputs.extend(notes.into_iter().map(Input::Note));
                inputs.extend(files.into_iter().map(Input::File));
            }
            Err(e) => inputs.push(Input::Failed(e)),
        }
    }
    let stdin = stdin.unwrap_or_default();
    let items: Vec<Vec<Item>> = inputs
        .into_par_iter()
        .map(|input| read_input(input, &stdin, options))
        .collect();
    let mut ids: BTreeMap<String, String> = BTreeMap::new();
    for item in items.into_iter().flatten() {
        let bad = match item {
            Item::Article(article) => match ids.get(&article.id) {
                Some(first) => Error::input(
                    &article.path,
                    format!(
                        "article id `{}` is already taken by {first}; give one of them its own \
                         `id` in front matter",
                        article.id
                    ),
                ),
                None => {
                    if article.text.trim().is_empty() {
                        loaded.problems.push(Problem::note(format!(
                            "{}: empty article, no claims",
                            article.path
                        )));
                    }
                    ids.insert(article.id.clone(), article.path.clone());
                    loaded.articles.push(article);
                    continue;
                }
            },
            Item::Note(note) => {
                loaded.problems.push(Problem::note(note));
                continue;
            }
            Item::Bad(e) => e,
        };
        if !options.keep_going {
            return Err(bad);
        }
        loaded.problems.push(Problem::unreadable(&bad));
    }
    if loaded.articles.is_empty() {
        let mut message = "no articles to read".to_string();
        for line in loaded.problems.iter().flat_map(Problem::lines) {
            message.push_str("\n  ");
            message.push_str(line);
        }
        return Err(Error::Usage(message));
    }
    Ok(loaded)
}

fn read_input(input: Input, stdin: &[u8], options: &LoadOptions) -> Vec<Item> {
    let (path, explicit, meta, bytes) = match input {
        Input::Failed(e) => return vec![Item::Bad(e)],
        Input::Note(note) => return vec![Item::Note(note)],
        Input::Stdin => (
            PathBuf::from("-"),
            true,
            ArticleMeta::default(),
            Cow::Borrowed(stdin),
        ),
        Input::File(file) => match fs::read(&file.path) {
            Ok(bytes) => (file.path, file.explicit, file.meta, Cow::Owned(bytes)),
            Err(source) => {
                return vec![Item::Bad(Error::Io {
                    path: file.path,
                    source,
                })];
            }
        },
    };
    let path = path.as_path();
    if let Some(at) = binary_at(&bytes) {
        if !explicit {
            return vec![Item::Note(format!(
                "{}: skipped, looks binary (NUL byte at byte {at})",
                path.display()
            ))];
        }
        return vec![Item::Bad(binary_error(path, &bytes, at))];
    }
    if options.jsonl || has_extension(path, JSONL_EXTENSIONS) {
        return match decode_text(path, &bytes, options.encoding) {
            Ok((_, text)) => read_jsonl(path, &text),
            Err(e) => vec![Item::Bad(e)],
        };
    }
    vec![
        match Article::decode(path, &bytes, &meta, options.encoding) {
            Ok(article) => Item::Article(article),
            Err(e) => Item::Bad(e),
        },
    ]
}

/// One line of a JSON Lines feed.
#[derive(Debug, Deserialize)]
struct JsonlArticle {
    id: Option<String>,
    source: Option<String>,
    date: Option<String>,
    title: Option<String>,
    url: Option<String>,
    text: String,
    /// Other keys, kept as metadata like unknown front-matter keys.
    #[serde(flatten)]
    extra: BTreeMap<String, serde_json::Value>,
}

/// Reads a JSON Lines feed: one article object per non-blank line.
fn read_jsonl(path: &Path, text: &str) -> Vec<Item> {
    let mut items = Vec::new();
    let mut offset = 0;
    for (n, raw) in text.split('\n').enumerate() {
        let line_start = offset;
        offset += raw.len() + 1;
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        items.push(match jsonl_article(path, n + 1, line) {
            Ok(article) => Item::Article(article),
            Err((column, message)) => Item::Bad(Error::Input {
                path: path.to_path_buf(),
                location: Some(short_location(text, line_start + column)),
                message,
            }),
        });
    }
    items
}

/// The article on line `number`, or the byte column and message of what is wrong with it.
fn jsonl_article(
    path: &Path,
    number: usize,
    line: &str,
) -> std::result::Result<Article, (usize, String)> {
    let record: JsonlArticle = serde_json::from_str(line).map_err(|e| {
        let message = e.to_string();
        let suffix = format!(" at line {} column {}", e.line(), e.column());
        let message = message
            .strip_suffix(&suffix)
            .unwrap_or(&message)
            .to_string();
        (e.column().saturating_sub(1), message)
    })?;
    let date = match &record.date {
        None => None,
        Some(day) => Some(Date::parse(day).ok_or_else(|| {
            (
                line.find("\"date\"").unwrap_or(0),
                format!("`date` must be a day as YYYY-MM-DD, found {day:?}"),
            )
        })?),
    };
    let id = record
        .id
        .unwrap_or_else(|| format!("{}-{number}", default_id(path)));
    let mut metadata = record.extra;
    metadata.insert("jsonl_line".into(), serde_json::json!(number));
    Ok(Article {
        source: record.source.unwrap_or_else(|| id.clone()),
        id,
        path: path.display().to_string(),
        date,
        title: record.title,
        url: record.url,
        body_offset: 0,
        body_line: 0,
        metadata,
        text: record.text,
    })
}

/// Wire copy published under several outlet names: which articles of a batch repeat an
/// earlier one's text and date, so that each text is read once.
#[derive(Debug, Clone, Default)]
pub struct Copies {
    /// For each article, the first article with the same text and date (itself if none).
    first: Vec<usize>,
    /// The articles that are their own first copy, in order.
    distinct: Vec<usize>,
    /// For each article, the index of its first copy in `distinct`.
    slot: Vec<usize>,
}

impl Copies {
    pub fn of(articles: &[Article]) -> Copies {
        let mut first_with: TextMap<(&str, Option<Date>), usize> = TextMap::default();
        let first: Vec<usize> = articles
            .iter()
            .enumerate()
            .map(|(i, a)| *first_with.entry((a.text.as_str(), a.date)).or_insert(i))
            .collect();
        let distinct: Vec<usize> = (0..first.len()).filter(|&i| first[i] == i).collect();
        let mut own_slot = vec![0; first.len()];
        for (k, &i) in distinct.iter().enumerate() {
            own_slot[i] = k;
        }
        let slot = first.iter().map(|&f| own_slot[f]).collect();
        Copies {
            first,
            distinct,
            slot,
        }
    }

    /// The first article with the same text and date as article `i` (`i` itself when it is
    /// the first, or out of range).
    pub fn first(&self, i: usize) -> usize {
        self.first.get(i).copied().unwrap_or(i)
    }

    /// `read(i)` for the first copy `i` of each text, in parallel and in article order;
    /// article `j`'s result is at [`Copies::slot`]`(j)`.
    pub fn read_once<T: Send>(&self, read: impl Fn(usize) -> T + Sync) -> Vec<T> {
        self.distinct.par_iter().map(|&i| read(i)).collect()
    }

    /// Where article `i`'s result is in what [`Copies::read_once`] returns.
    pub fn slot(&self, i: usize) -> usize {
        self.slot.get(i).copied().unwrap_or(0)
    }
}

/// Line and column (1-based, column in characters) of byte offsets in one text.
pub struct LineIndex<'t> {
    text: &'t str,
    line_starts: Vec<usize>,
    /// `(byte offset, characters before it)` every `CHECKPOINT` bytes or so, so a column on
    /// a 5 MB single-line file costs a short count, not a count from the line's start.
    checkpoints: Vec<(usize, usize)>,
}

const CHECKPOINT: usize = 4096;

impl<'t> LineIndex<'t> {
    pub fn new(text: &'t str) -> LineIndex<'t> {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        let mut checkpoints = vec![(0, 0)];
        let (mut at, mut chars) = (0, 0);
        while at + CHECKPOINT < text.len() {
            let mut next = at + CHECKPOINT;
            while !text.is_char_boundary(next) {
                next += 1;
            }
            chars += text[at..next].chars().count();
            checkpoints.push((next, chars));
            at = next;
        }
        LineIndex {
            text,
            line_starts,
            checkpoints,
        }
    }

    /// Characters before byte `offset` (a character boundary).
    fn chars_before(&self, offset: usize) -> usize {
        let n = self.checkpoints.partition_point(|&(at, _)| at <= offset);
        let (at, chars) = self.checkpoints[n.saturating_sub(1)];
        chars + self.text.get(at..offset).map_or(0, |s| s.chars().count())
    }

    /// `(line, column)` of a byte offset, both 1-based; the column counts characters.
    pub fn position(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let start = self.line_starts[line];
        // Within a line of news copy (a paragraph) the characters are counted from the line's
        // start; the checkpoints count a long one.
        let column = match self.text.get(start..offset) {
            Some(within) if within.len() <= CHECKPOINT => within.chars().count(),
            _ => self.chars_before(offset) - self.chars_before(start),
        };
        (line + 1, column + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Article> {
        Article::from_text(Path::new("wire/kerry.txt"), text, &ArticleMeta::default())
    }

    #[test]
    fn id_and_source_default_to_the_file_stem() {
        let a = parse("Kerry said so.").unwrap();
        assert_eq!((a.id.as_str(), a.source.as_str()), ("kerry", "kerry"));
        assert_eq!(a.body_offset, 0);
    }

    #[test]
    fn front_matter_sets_outlet_and_date_and_keeps_unknown_keys() {
        let a =
            parse("+++\nsource = \"VOA\"\ndate = \"2016-02-12\"\ncms_id = 7\n+++\nBody.").unwrap();
        assert_eq!(a.source, "VOA");
        assert_eq!(a.date.unwrap().to_string(), "2016-02-12");
        assert_eq!(a.text, "Body.");
        assert_eq!(a.body_offset, 54);
        assert_eq!(a.metadata["cms_id"], serde_json::json!(7));
    }

    #[test]
    fn unquoted_toml_dates_are_accepted() {
        let a = parse("+++\ndate = 2016-02-21\n+++\nx").unwrap();
        assert_eq!(a.date.unwrap().to_string(), "2016-02-21");
    }

    #[test]
    fn unterminated_front_matter_is_an_error() {
        let err = parse("+++\nsource = \"VOA\"\nBody.")
            .unwrap_err()
            .to_string();
        assert!(err.contains("never closed"), "{err}");
    }

    #[test]
    fn bad_date_names_line_and_column() {
        let err = parse("+++\nsource = \"VOA\"\ndate = \"Friday\"\n+++\n")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("wire/kerry.txt:3:8: "), "{err}");
    }

    #[test]
    fn wrong_type_for_a_known_key_is_an_error() {
        let err = parse("+++\nsource = 3\n+++\n").unwrap_err().to_string();
        assert!(err.starts_with("wire/kerry.txt:2:10: "), "{err}");
        assert!(err.contains("must be a string"), "{err}");
    }

    #[test]
    fn invalid_utf8_names_the_byte() {
        let bytes = b"Caf\xe9 society";
        let err = Article::from_bytes(Path::new("x.txt"), bytes, &ArticleMeta::default())
            .unwrap_err()
            .to_string();
        assert!(err.contains("byte 3"), "{err}");
    }

    #[test]
    fn line_index_counts_characters() {
        let text = "Él dijo\n“Sí,” said Ana.";
        let index = LineIndex::new(text);
        let said = text.find("said").unwrap();
        assert_eq!(index.position(said), (2, 7));
        assert_eq!(index.position(0), (1, 1));
    }

    #[test]
    fn windows_1252_maps_the_c1_range_and_latin1_keeps_it() {
        let bytes = b"\x80 \x85 \x91x\x92 \x93y\x94 \x96 \x97 \x99 \x81 \xe9";
        let cp1252 = Encoding::Windows1252.decode(bytes).unwrap();
        assert_eq!(cp1252, "€ … ‘x’ “y” – — ™ \u{81} é");
        let latin1 = Encoding::Latin1.decode(b"\x93\xe9\xff").unwrap();
        assert_eq!(latin1, "\u{93}éÿ");
        assert_eq!(Encoding::Utf8.decode(b"ok \xe9"), Err(3));
    }

    #[test]
    fn every_byte_decodes_in_the_single_byte_encodings() {
        let all: Vec<u8> = (0..=255).collect();
        for encoding in [Encoding::Latin1, Encoding::Windows1252] {
            assert_eq!(encoding.decode(&all).unwrap().chars().count(), 256);
        }
    }

    #[test]
    fn line_index_on_a_long_line_matches_a_plain_count() {
        let text = "é“x” ".repeat(5_000) + "\nsaid " + &"ü".repeat(9_000);
        let index = LineIndex::new(&text);
        for offset in (0..text.len()).step_by(997).chain([text.len()]) {
            let mut at = offset;
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
            let line = text[..at].matches('\n').count() + 1;
            let column = text[start..at].chars().count() + 1;
            assert_eq!(index.position(offset), (line, column), "offset {offset}");
        }
    }

    #[test]
    fn manifest_date_errors_name_line_and_column() {
        let err = parse_manifest(
            Path::new("m.toml"),
            "[[article]]\nfile = \"a.txt\"\ndate = \"Feb. 12\"\n",
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.starts_with("m.toml:3:8: article `a.txt`: date must be"),
            "{err}"
        );
    }

    #[test]
    fn manifest_entries_are_strict() {
        let err = parse_manifest(
            Path::new("m.toml"),
            "[[article]]\nfile = \"a.txt\"\nsorce = \"x\"\n",
        )
        .unwrap_err()
        .to_string();
        assert!(err.starts_with("m.toml:3:1: "), "{err}");
    }
}
