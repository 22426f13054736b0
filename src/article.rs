//! Load stage: files, directories, stdin and manifests become `Article`s with their outlet and date.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::error::{Error, Location, Result};

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
    date: Option<toml::Value>,
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
            Some(value) => Some(date_value(value).ok_or_else(|| {
                Error::input(
                    path,
                    format!("article `{}`: date must be YYYY-MM-DD", entry.file),
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
            metadata,
            text: text[body_offset..].to_string(),
        })
    }

    /// Decodes bytes as UTF-8, naming the first bad byte when they are not.
    pub fn from_bytes(path: &Path, bytes: &[u8], meta: &ArticleMeta) -> Result<Article> {
        let text = std::str::from_utf8(bytes).map_err(|e| {
            let offset = e.valid_up_to();
            let valid = String::from_utf8_lossy(&bytes[..offset]);
            let location = Location::of_offset(&valid, valid.len());
            Error::Input {
                path: path.to_path_buf(),
                location: Some(location),
                message: format!(
                    "not valid UTF-8 at byte {offset} (try --encoding latin1 or windows-1252)"
                ),
            }
        })?;
        Article::from_text(path, text, meta)
    }
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

fn is_article_file(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("txt") | Some("md")
    )
}

/// Lists the article files behind the given paths: files as named, directories walked
/// recursively for `*.txt` and `*.md` in sorted order, with each directory's manifest applied.
pub fn discover(paths: &[PathBuf]) -> Result<Vec<ArticleFile>> {
    let mut files = Vec::new();
    for path in paths {
        let md = fs::metadata(path).map_err(|source| Error::Io {
            path: path.clone(),
            source,
        })?;
        if md.is_dir() {
            let before = files.len();
            walk(path, &Manifest::new(), &mut files)?;
            if files.len() == before {
                return Err(Error::input(
                    path,
                    "directory holds no articles (*.txt or *.md files)",
                ));
            }
        } else {
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

fn file_meta(path: &Path, manifest: &Manifest) -> ArticleMeta {
    path.file_name()
        .and_then(|n| manifest.get(n.to_string_lossy().as_ref()))
        .cloned()
        .unwrap_or_default()
}

fn walk(dir: &Path, inherited: &Manifest, files: &mut Vec<ArticleFile>) -> Result<()> {
    let manifest_path = dir.join(MANIFEST_NAME);
    let own;
    let manifest = if manifest_path.is_file() {
        own = read_manifest(&manifest_path)?;
        &own
    } else {
        inherited
    };
    let io = |source| Error::Io {
        path: dir.to_path_buf(),
        source,
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
            walk(&entry, &empty, files)?;
        } else if is_article_file(&entry) {
            let meta = file_meta(&entry, manifest);
            files.push(ArticleFile {
                path: entry,
                meta,
                explicit: false,
            });
        }
    }
    Ok(())
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

/// How inputs are read.
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    pub encoding: Encoding,
    /// Skip unreadable files (listing them as problems) instead of failing the run.
    pub keep_going: bool,
    /// Inputs are JSON Lines, one article object a line.
    pub jsonl: bool,
}

/// Articles read, and what could not be read when the run keeps going.
#[derive(Debug, Default)]
pub struct Loaded {
    pub articles: Vec<Article>,
    /// One line per file skipped or noted, naming the file.
    pub problems: Vec<String>,
}

/// Reads every input: `paths` (with `-` standing for `stdin`, whose bytes the caller read).
pub fn load_inputs(
    paths: &[PathBuf],
    stdin: Option<Vec<u8>>,
    options: &LoadOptions,
) -> Result<Loaded> {
    let mut loaded = Loaded::default();
    for path in paths {
        if path.as_os_str() == "-" {
            let bytes = stdin.as_deref().unwrap_or_default();
            match Article::from_bytes(Path::new("-"), bytes, &ArticleMeta::default()) {
                Ok(article) => loaded.articles.push(article),
                Err(e) if options.keep_going => loaded.problems.push(e.to_string()),
                Err(e) => return Err(e),
            }
            continue;
        }
        let files = match discover(std::slice::from_ref(path)) {
            Ok(files) => files,
            Err(e) if options.keep_going => {
                loaded.problems.push(e.to_string());
                continue;
            }
            Err(e) => return Err(e),
        };
        for file in files {
            let read = fs::read(&file.path)
                .map_err(|source| Error::Io {
                    path: file.path.clone(),
                    source,
                })
                .and_then(|bytes| Article::from_bytes(&file.path, &bytes, &file.meta));
            match read {
                Ok(article) => loaded.articles.push(article),
                Err(e) if options.keep_going => loaded.problems.push(e.to_string()),
                Err(e) => return Err(e),
            }
        }
    }
    if loaded.articles.is_empty() && loaded.problems.is_empty() {
        return Err(Error::Usage("no articles to read".into()));
    }
    Ok(loaded)
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
        let column = self.chars_before(offset) - self.chars_before(start);
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
