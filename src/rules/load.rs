//! Reads rule files in merge order (following `extends`), checks each file and the merged whole, and hands back a `RuleSet` with the files it read.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use toml::de::{DeTable, DeValue};

use super::{DEFAULT_RULES, RuleFile, RuleName, RuleSet};
use crate::error::{Error, Location, Result};
use crate::words::fold;

/// The name errors in the built-in rules carry.
const BUILTIN_PATH: &str = "rules/default.toml (built in)";

/// One rule file read: where from, its text (for locating errors) and its rules.
struct Source {
    path: PathBuf,
    text: String,
    file: RuleFile,
}

impl Source {
    fn parse(path: PathBuf, text: String, names: &[RuleName]) -> Result<Source> {
        let file = RuleFile::parse(&path, &text)?;
        let source = Source { path, text, file };
        check_file(&source, names)?;
        Ok(source)
    }

    /// An error at the value (or, with `Want::Key`, the key) that `steps` lead to.
    fn error_at(&self, steps: &[Step], want: Want, message: String) -> Error {
        self.problem(steps, want, message).1
    }

    /// Like [`Source::error_at`], with the offset for putting problems in file order.
    fn problem(&self, steps: &[Step], want: Want, message: String) -> (usize, Error) {
        let offset = offset_of(&self.text, steps, want).unwrap_or(0);
        (offset, Error::at(&self.path, &self.text, offset, message))
    }

    /// `FILE:LINE:COLUMN` of the value `steps` lead to, for pointing back at a first
    /// occurrence.
    fn place(&self, steps: &[Step]) -> String {
        let offset = offset_of(&self.text, steps, Want::Value).unwrap_or(0);
        let location = Location::of_offset(&self.text, offset);
        format!(
            "{}:{}:{}",
            self.path.display(),
            location.line,
            location.column
        )
    }
}

/// Reads the built-in rules and then the user's files, depth first through `extends`.
pub(crate) struct Loader<'a> {
    /// The finding rules `[severity]` may name.
    names: &'a [RuleName],
    /// Files in merge order; the built-in rules first.
    sources: Vec<Source>,
    /// Canonical paths of files already merged: a file named twice is read once.
    done: HashSet<PathBuf>,
    /// Canonical and displayed paths of the files being read, outermost first.
    stack: Vec<(PathBuf, PathBuf)>,
}

impl<'a> Loader<'a> {
    /// A loader for files whose `[severity]` may name the rules of `names`.
    pub(crate) fn new(names: &'a [RuleName]) -> Result<Loader<'a>> {
        let builtin = Source::parse(
            PathBuf::from(BUILTIN_PATH),
            DEFAULT_RULES.to_string(),
            names,
        )?;
        if !builtin.file.extends.is_empty() {
            return Err(builtin.error_at(
                &[Step::Key("extends")],
                Want::Key,
                "the built-in rules cannot extend other files".to_string(),
            ));
        }
        Ok(Loader {
            names,
            sources: vec![builtin],
            done: HashSet::new(),
            stack: Vec::new(),
        })
    }

    /// Reads `path` (named on the command line or found as the config) and what it extends.
    pub(crate) fn load(&mut self, path: &Path) -> Result<()> {
        let canonical = std::fs::canonicalize(path).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
        self.load_canonical(path, canonical)
    }

    fn load_canonical(&mut self, path: &Path, canonical: PathBuf) -> Result<()> {
        if self.done.contains(&canonical) {
            return Ok(());
        }
        let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
        let source = Source::parse(path.to_path_buf(), text, self.names)?;
        self.stack.push((canonical.clone(), path.to_path_buf()));
        let dir = path.parent().unwrap_or(Path::new(""));
        for (i, name) in source.file.extends.iter().enumerate() {
            let steps = [Step::Key("extends"), Step::Index(i)];
            let target = dir.join(name);
            let target_canonical = std::fs::canonicalize(&target).map_err(|e| {
                source.error_at(
                    &steps,
                    Want::Value,
                    format!("cannot read `{}`: {e}", target.display()),
                )
            })?;
            if !target_canonical.is_file() {
                return Err(source.error_at(
                    &steps,
                    Want::Value,
                    format!("cannot read `{}`: not a file", target.display()),
                ));
            }
            if let Some(start) = self.stack.iter().position(|(c, _)| *c == target_canonical) {
                let chain: Vec<String> = self.stack[start..]
                    .iter()
                    .map(|(_, shown)| shown.display().to_string())
                    .chain(std::iter::once(target.display().to_string()))
                    .collect();
                return Err(source.error_at(
                    &steps,
                    Want::Value,
                    format!("`extends` cycle: {}", chain.join(" → ")),
                ));
            }
            self.load_canonical(&target, target_canonical)?;
        }
        self.stack.pop();
        self.done.insert(canonical);
        self.sources.push(source);
        Ok(())
    }

    /// Checks the files against each other and merges them over the default levels of the
    /// finding rules; returns the set and the user's files in merge order.
    pub(crate) fn finish(self) -> Result<(RuleSet, Vec<PathBuf>)> {
        check_merged(&self.sources)?;
        let mut set = RuleSet::default();
        set.severity
            .extend(self.names.iter().map(|n| (n.id.to_string(), n.severity)));
        let mut used = Vec::new();
        for (i, source) in self.sources.into_iter().enumerate() {
            if i > 0 {
                used.push(source.path);
            }
            let mut file = source.file;
            file.severity = std::mem::take(&mut file.severity)
                .into_iter()
                .map(|(name, setting)| {
                    (
                        rule_id(self.names, &name).map_or(name, str::to_string),
                        setting,
                    )
                })
                .collect();
            set.add(file);
        }
        Ok((set, used))
    }

    /// The rules of the file read last (a top-level file comes after what it extends).
    pub(crate) fn last_file(&self) -> Option<&RuleFile> {
        self.sources.last().map(|s| &s.file)
    }

    /// The line (from 1) of what `steps` lead to in the file read last.
    pub(crate) fn line_in_last_file(&self, steps: &[Step]) -> Option<usize> {
        let source = self.sources.last()?;
        let offset = offset_of(&source.text, steps, Want::Value)?;
        Some(Location::of_offset(&source.text, offset).line)
    }
}

/// Checks one rule file without running anything: the built-in rules, the files it
/// extends and the file itself must merge without error.
pub fn validate_file(path: &Path, names: &[RuleName]) -> Result<()> {
    let mut loader = Loader::new(names)?;
    loader.load(path)?;
    loader.finish().map(|_| ())
}

/// Rewords serde's messages for people who write TOML: keys, not fields; arrays and
/// tables, not sequences and structs.
pub(crate) fn plain_message(message: &str) -> String {
    let message = message.trim_end();
    if let Some(rest) = message.strip_prefix("unknown field ") {
        return format!("unknown key {rest}");
    }
    if let Some(rest) = message.strip_prefix("missing field ") {
        return format!("missing key {rest}");
    }
    for (prefix, label) in [
        ("invalid type: ", "wrong type"),
        ("invalid value: ", "invalid value"),
    ] {
        if let Some(rest) = message.strip_prefix(prefix) {
            return format!("{label}: found {}", plain_expectation(rest));
        }
    }
    message.to_string()
}

/// Serde's "… expected a sequence" in TOML words.
fn plain_expectation(text: &str) -> String {
    let Some((found, expected)) = text.split_once(", expected ") else {
        return text.to_string();
    };
    let expected = match expected {
        "a sequence" => "an array",
        "a map" => "a table",
        "f64" | "f32" => "a number",
        "usize" | "u64" | "u32" | "u16" | "u8" => "a whole number, 0 or more",
        "i64" | "i32" => "a whole number",
        other if other.starts_with("struct ") => "a table",
        other => other,
    };
    format!("{found}, expected {expected}")
}

/// A step from a table to one of its keys or from an array to one of its items.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

/// Whether an error points at a key or at its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Want {
    Key,
    Value,
}

/// The byte offset in `text` of what `steps` lead to.
fn offset_of(text: &str, steps: &[Step], want: Want) -> Option<usize> {
    let root = DeTable::parse(text).ok()?;
    let mut value: Option<&toml::Spanned<DeValue>> = None;
    for (n, step) in steps.iter().enumerate() {
        match *step {
            Step::Key(name) => {
                let table = match value {
                    None => root.get_ref(),
                    Some(v) => v.get_ref().as_table()?,
                };
                let (key, next) = table.get_key_value(name)?;
                if want == Want::Key && n + 1 == steps.len() {
                    return Some(key.span().start);
                }
                value = Some(next);
            }
            Step::Index(i) => value = Some(value?.get_ref().get(i)?),
        }
    }
    value.map(|v| v.span().start)
}

/// The rule id a `[severity]` key stands for among `names`: an id itself, or a short name
/// (`number` → `number-mismatch`); `None` for a name no rule goes by.
fn rule_id(names: &[RuleName], key: &str) -> Option<&'static str> {
    names
        .iter()
        .find(|n| n.id == key || n.short == Some(key))
        .map(|n| n.id)
}

/// "unknown rule id `misqoute`, expected one of `agreement`, … (or the short names …)".
fn unknown_rule(key: &str, names: &[RuleName]) -> String {
    if names.is_empty() {
        return format!("unknown rule id `{key}`: the loader was given no finding rules");
    }
    let mut ids: Vec<&str> = names.iter().map(|n| n.id).collect();
    ids.sort_unstable();
    let mut shorts: Vec<&str> = names.iter().filter_map(|n| n.short).collect();
    shorts.sort_unstable();
    let mut message = format!("unknown rule id `{key}`, expected one of {}", quoted(&ids));
    if !shorts.is_empty() {
        message.push_str(&format!(" (or the short names {})", quoted(&shorts)));
    }
    message
}

/// What one file must get right on its own.
/// Reports the problem that comes first in the file.
fn check_file(source: &Source, names: &[RuleName]) -> Result<()> {
    let file = &source.file;
    let mut problems: Vec<(usize, Error)> = Vec::new();
    for name in file.severity.keys() {
        if rule_id(names, name).is_none() {
            problems.push(source.problem(
                &[Step::Key("severity"), Step::Key(name)],
                Want::Key,
                unknown_rule(name, names),
            ));
        }
    }
    let mut named: BTreeMap<&str, &str> = BTreeMap::new();
    for name in file.severity.keys() {
        if let Some(id) = rule_id(names, name)
            && let Some(other) = named.insert(id, name)
        {
            problems.push(source.problem(
                &[Step::Key("severity"), Step::Key(name)],
                Want::Key,
                format!("`{name}` and `{other}` name the same rule, `{id}`; keep one"),
            ));
        }
    }
    for (i, pair) in file.antonyms.iter().enumerate() {
        if pair.words.len() != 2 {
            problems.push(source.problem(
                &[Step::Key("antonyms"), Step::Index(i), Step::Key("words")],
                Want::Value,
                format!(
                    "an antonym pair needs exactly two words, found {}",
                    pair.words.len()
                ),
            ));
        }
    }
    for (i, group) in file.synonyms.iter().enumerate() {
        if group.words.len() < 2 {
            problems.push(source.problem(
                &[Step::Key("synonyms"), Step::Index(i), Step::Key("words")],
                Want::Value,
                format!(
                    "a synonym group needs at least two words, found {}",
                    group.words.len()
                ),
            ));
        }
    }
    for (i, topic) in file.topic.iter().enumerate() {
        match topic.answer.as_deref() {
            None | Some("entity") | Some("figure") => {}
            Some(other) => problems.push(source.problem(
                &[Step::Key("topic"), Step::Index(i), Step::Key("answer")],
                Want::Value,
                format!(
                    "topic `{}` has answer `{other}`; expected `entity` or `figure`",
                    topic.id
                ),
            )),
        }
        if topic.asks_for_figure() {
            if topic.measure.as_deref().is_none_or(|m| fold(m).is_empty()) {
                let at = if topic.measure.is_some() {
                    "measure"
                } else {
                    "answer"
                };
                problems.push(source.problem(
                    &[Step::Key("topic"), Step::Index(i), Step::Key(at)],
                    Want::Value,
                    format!(
                        "topic `{}` asks for a figure but names no measure; add `measure = \"killed\"` (or another measure of the rules)",
                        topic.id
                    ),
                ));
            }
            if !topic.example.is_empty() {
                problems.push(source.problem(
                    &[Step::Key("topic"), Step::Index(i), Step::Key("example")],
                    Want::Value,
                    format!(
                        "topic `{}` asks for a figure and takes no examples (they test entity answers)",
                        topic.id
                    ),
                ));
            }
        } else if topic.triggers.is_empty() {
            problems.push(source.problem(
                &[Step::Key("topic"), Step::Index(i), Step::Key("triggers")],
                Want::Value,
                format!("topic `{}` has no triggers", topic.id),
            ));
        }
        if let Some(j) = topic.triggers.iter().position(|t| fold(t).is_empty()) {
            problems.push(source.problem(
                &[
                    Step::Key("topic"),
                    Step::Index(i),
                    Step::Key("triggers"),
                    Step::Index(j),
                ],
                Want::Value,
                format!("topic `{}` has an empty trigger", topic.id),
            ));
        }
    }
    for (i, entity) in file.entity.iter().enumerate() {
        if fold(&entity.id).is_empty() {
            problems.push(source.problem(
                &[Step::Key("entity"), Step::Index(i), Step::Key("id")],
                Want::Value,
                "an entity id cannot be empty".to_string(),
            ));
        }
        if let Some(j) = entity.aliases.iter().position(|a| fold(a).is_empty()) {
            problems.push(source.problem(
                &[
                    Step::Key("entity"),
                    Step::Index(i),
                    Step::Key("aliases"),
                    Step::Index(j),
                ],
                Want::Value,
                format!("entity `{}` has an empty alias", entity.id),
            ));
        }
    }
    for (i, kind) in file
        .attribution
        .iter()
        .flat_map(|a| a.kind.iter())
        .enumerate()
    {
        let steps = |key| {
            [
                Step::Key("attribution"),
                Step::Key("kind"),
                Step::Index(i),
                key,
            ]
        };
        if kind.name.is_empty() || !kind.name.chars().all(|c| c.is_ascii_lowercase()) {
            problems.push(source.problem(
                &steps(Step::Key("name")),
                Want::Value,
                format!(
                    "a kind's name is one lower-case word (`wants`), found `{}`",
                    kind.name
                ),
            ));
        }
        for (key, verbs) in [
            ("verbs", &kind.verbs),
            ("that-verbs", &kind.that_verbs),
            ("object-verbs", &kind.object_verbs),
            ("nouns", &kind.nouns),
        ] {
            if let Some(j) = verbs.iter().position(|v| v.trim().is_empty()) {
                let mut at = steps(Step::Key(key)).to_vec();
                at.push(Step::Index(j));
                problems.push(source.problem(
                    &at,
                    Want::Value,
                    format!("kind `{}` has an empty verb", kind.name),
                ));
            }
        }
    }
    for (i, ignore) in file.ignore.iter().enumerate() {
        if ignore.fingerprint.is_some() == ignore.claim.is_some() {
            problems.push(source.problem(
                &[Step::Key("ignore"), Step::Index(i)],
                Want::Value,
                "an ignore entry names exactly one of `fingerprint` and `claim`".to_string(),
            ));
        }
    }
    if let Some(check) = &file.check {
        for (key, value) in [
            ("min-similarity", check.min_similarity),
            ("quote-similarity", check.quote_similarity),
        ] {
            if !(0.0..=1.0).contains(&value) {
                problems.push(source.problem(
                    &[Step::Key("check"), Step::Key(key)],
                    Want::Value,
                    format!("`{key}` must lie between 0 and 1, found {value}"),
                ));
            }
        }
    }
    if let Some(numbers) = &file.numbers {
        if let Some(tolerance) = numbers.tolerance
            && !(0.0..1.0).contains(&tolerance)
        {
            problems.push(source.problem(
                &[Step::Key("numbers"), Step::Key("tolerance")],
                Want::Value,
                format!("`tolerance` must lie between 0 and 1 (a share), found {tolerance}"),
            ));
        }
        if let Some(apart) = numbers.bounds_apart
            && !(apart > 0.0 && apart.is_finite())
        {
            problems.push(source.problem(
                &[Step::Key("numbers"), Step::Key("bounds-apart")],
                Want::Value,
                format!("`bounds-apart` must be a share above 0, found {apart}"),
            ));
        }
        for (i, vague) in numbers.vague.iter().enumerate() {
            if vague.low > vague.high {
                problems.push(source.problem(
                    &[Step::Key("numbers"), Step::Key("vague"), Step::Index(i)],
                    Want::Value,
                    format!("`low` ({}) is above `high` ({})", vague.low, vague.high),
                ));
            }
        }
        for (i, q) in numbers.qualifier.iter().enumerate() {
            if let (Some(low), Some(high)) = (q.low, q.high)
                && low > high
            {
                problems.push(source.problem(
                    &[Step::Key("numbers"), Step::Key("qualifier"), Step::Index(i)],
                    Want::Value,
                    format!("`low` ({low}) is above `high` ({high})"),
                ));
            }
        }
    }
    match problems.into_iter().min_by_key(|(offset, _)| *offset) {
        Some((_, error)) => Err(error),
        None => Ok(()),
    }
}

/// What the merged files must get right together: entity ids and topic ids are unique, and
/// no name or alias belongs to two entities. Errors point at the later occurrence.
fn check_merged(sources: &[Source]) -> Result<()> {
    // entity id → (file, index)
    let mut ids: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    // folded name or alias → (entity id, file, steps to it)
    let mut names: BTreeMap<String, (&str, usize, Vec<Step>)> = BTreeMap::new();
    let mut topics: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for (f, source) in sources.iter().enumerate() {
        for (i, entity) in source.file.entity.iter().enumerate() {
            if let Some(&(first_file, first)) = ids.get(entity.id.as_str()) {
                let place = sources[first_file].place(&[
                    Step::Key("entity"),
                    Step::Index(first),
                    Step::Key("id"),
                ]);
                return Err(source.error_at(
                    &[Step::Key("entity"), Step::Index(i), Step::Key("id")],
                    Want::Value,
                    format!(
                        "duplicate entity id `{}`, first defined at {place}",
                        entity.id
                    ),
                ));
            }
            ids.insert(&entity.id, (f, i));
            let written = std::iter::once((&entity.name, vec![Step::Key("name")])).chain(
                entity
                    .aliases
                    .iter()
                    .enumerate()
                    .map(|(j, a)| (a, vec![Step::Key("aliases"), Step::Index(j)])),
            );
            for (alias, tail) in written {
                let mut steps = vec![Step::Key("entity"), Step::Index(i)];
                steps.extend(tail);
                let folded = fold(alias);
                match names.get(&folded) {
                    Some((owner, first_file, first_steps)) if *owner != entity.id => {
                        let place = sources[*first_file].place(first_steps);
                        return Err(source.error_at(
                            &steps,
                            Want::Value,
                            format!(
                                "alias `{alias}` of entity `{}` is already claimed by entity `{owner}` at {place}",
                                entity.id
                            ),
                        ));
                    }
                    Some(_) => {}
                    None => {
                        names.insert(folded, (&entity.id, f, steps));
                    }
                }
            }
        }
        for (i, topic) in source.file.topic.iter().enumerate() {
            if let Some(&(first_file, first)) = topics.get(topic.id.as_str()) {
                let place = sources[first_file].place(&[
                    Step::Key("topic"),
                    Step::Index(first),
                    Step::Key("id"),
                ]);
                return Err(source.error_at(
                    &[Step::Key("topic"), Step::Index(i), Step::Key("id")],
                    Want::Value,
                    format!(
                        "duplicate topic id `{}`, first defined at {place}",
                        topic.id
                    ),
                ));
            }
            topics.insert(&topic.id, (f, i));
        }
    }
    // Topic examples name their answers by entity id, name or alias; all of them must exist
    // somewhere in the merge.
    for source in sources {
        for (i, topic) in source.file.topic.iter().enumerate() {
            for (k, example) in topic.example.iter().enumerate() {
                for (j, answer) in example.answers.iter().enumerate() {
                    if !ids.contains_key(answer.as_str()) && !names.contains_key(&fold(answer)) {
                        return Err(source.error_at(
                            &[
                                Step::Key("topic"),
                                Step::Index(i),
                                Step::Key("example"),
                                Step::Index(k),
                                Step::Key("answers"),
                                Step::Index(j),
                            ],
                            Want::Value,
                            format!(
                                "answer `{answer}` names no entity; define it in an `[[entity]]` \
                                 (here or in a file this one extends)"
                            ),
                        ));
                    }
                }
            }
        }
    }
    Ok(())
}

fn quoted(words: &[&str]) -> String {
    words
        .iter()
        .map(|w| format!("`{w}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    use crate::rules::Severity;

    #[test]
    fn serde_messages_are_reworded_for_toml() {
        assert_eq!(
            plain_message("unknown field `cuez`, expected one of `cues`, `hedges`"),
            "unknown key `cuez`, expected one of `cues`, `hedges`"
        );
        assert_eq!(plain_message("missing field `id`"), "missing key `id`");
        assert_eq!(
            plain_message("invalid type: string \"said\", expected a sequence"),
            "wrong type: found string \"said\", expected an array"
        );
        assert_eq!(
            plain_message("invalid type: integer `3`, expected struct WordList"),
            "wrong type: found integer `3`, expected a table"
        );
        assert_eq!(
            plain_message("invalid type: string \"high\", expected f64"),
            "wrong type: found string \"high\", expected a number"
        );
        assert_eq!(
            plain_message("invalid value: integer `-4`, expected usize"),
            "invalid value: found integer `-4`, expected a whole number, 0 or more"
        );
    }

    #[test]
    fn a_severity_of_the_wrong_type_lists_the_levels() {
        let err = RuleFile::parse(Path::new("desk.toml"), "[severity]\nmisquote = 3\n")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            err.starts_with("desk.toml:2:12: wrong type: found integer `3`, expected a severity: `off`, `info`, `warning` or `error`"),
            "{err}"
        );
    }

    #[test]
    fn bounds_apart_must_be_a_share_above_zero() {
        let dir = tempfile::tempdir().unwrap();
        let desk = dir.path().join("desk.toml");
        std::fs::write(&desk, "[numbers]\nbounds-apart = -0.2\n").unwrap();
        let err = validate_file(&desk, &[])
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            err.contains("desk.toml:2:16: `bounds-apart` must be a share above 0, found -0.2"),
            "{err}"
        );
        std::fs::write(&desk, "[numbers]\nbounds-apart = 0.3\n").unwrap();
        assert!(validate_file(&desk, &[]).is_ok());
    }

    #[test]
    fn extends_of_a_directory_points_at_the_entry() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("shared")).unwrap();
        let desk = dir.path().join("desk.toml");
        std::fs::write(&desk, "extends = [\"shared\"]\n").unwrap();
        let err = validate_file(&desk, &[])
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(err.contains("desk.toml:1:12: cannot read `"), "{err}");
        assert!(err.contains("shared`: not a file"), "{err}");
    }

    #[test]
    fn offsets_lead_to_keys_values_and_array_items() {
        let text =
            "[severity]\nmisquote = \"off\"\n\n[[entity]]\nid = \"a\"\naliases = [\"x\", \"y\"]\n";
        let key = offset_of(
            text,
            &[Step::Key("severity"), Step::Key("misquote")],
            Want::Key,
        );
        assert_eq!(key, text.find("misquote"));
        let value = offset_of(
            text,
            &[Step::Key("severity"), Step::Key("misquote")],
            Want::Value,
        );
        assert_eq!(value, text.find("\"off\""));
        let alias = offset_of(
            text,
            &[
                Step::Key("entity"),
                Step::Index(0),
                Step::Key("aliases"),
                Step::Index(1),
            ],
            Want::Value,
        );
        assert_eq!(alias, text.find("\"y\""));
        assert_eq!(offset_of(text, &[Step::Key("nothing")], Want::Value), None);
    }

    #[test]
    fn the_first_problem_in_the_file_is_reported() {
        let text = "[[topic]]\nid = \"t\"\nquestion = \"q\"\ntriggers = []\n\n[[antonyms]]\nwords = [\"a\"]\n";
        let err = Source::parse(PathBuf::from("desk.toml"), text.to_string(), &[])
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            err.starts_with("desk.toml:4:12: topic `t` has no triggers"),
            "{err}"
        );
    }

    /// Finding rules as the checks could declare them, for the tests below.
    const NAMES: &[RuleName] = &[
        RuleName {
            id: "number-mismatch",
            short: Some("number"),
            severity: Severity::Error,
        },
        RuleName {
            id: "misquote",
            short: None,
            severity: Severity::Warning,
        },
    ];

    /// The built-in rules and one file, `desk.toml`, merged.
    fn with_desk_file(text: &str) -> Result<RuleSet> {
        let mut loader = Loader::new(NAMES)?;
        let desk = Source::parse(PathBuf::from("desk.toml"), text.to_string(), NAMES)?;
        loader.sources.push(desk);
        Ok(loader.finish()?.0)
    }

    fn error_of(result: Result<RuleSet>) -> String {
        result.err().map(|e| e.to_string()).unwrap_or_default()
    }

    #[test]
    fn finding_rules_start_at_their_default_levels() {
        let rules = with_desk_file("[severity]\nmisquote = \"error\"\n").unwrap();
        assert_eq!(
            rules.severity,
            BTreeMap::from([
                ("misquote".to_string(), Severity::Error),
                ("number-mismatch".to_string(), Severity::Error),
            ])
        );
    }

    #[test]
    fn a_short_name_sets_the_rule_it_stands_for() {
        let rules = with_desk_file("[severity]\nnumber = \"off\"\n").unwrap();
        assert!(!rules.is_enabled("number-mismatch"));
        assert_eq!(
            rules.disabled,
            BTreeSet::from(["number-mismatch".to_string()])
        );
        let rules = with_desk_file("[severity]\nnumber = \"warning\"\n").unwrap();
        assert_eq!(
            rules.severity_of("number-mismatch", Severity::Info),
            Severity::Warning
        );
        assert!(!rules.severity.contains_key("number"));
    }

    #[test]
    fn an_unknown_rule_id_lists_the_ids_and_short_names() {
        let err = error_of(with_desk_file("[severity]\nnumbers = \"off\"\n"));
        assert!(
            err.starts_with("desk.toml:2:1: unknown rule id `numbers`, expected one of `misquote`, `number-mismatch` (or the short names `number`)\n"),
            "{err}"
        );
    }

    #[test]
    fn a_rule_named_by_id_and_short_name_in_one_file_is_an_error() {
        let err = error_of(with_desk_file(
            "[severity]\nnumber = \"off\"\nnumber-mismatch = \"error\"\n",
        ));
        assert!(
            err.starts_with("desk.toml:3:1: `number-mismatch` and `number` name the same rule, `number-mismatch`; keep one\n"),
            "{err}"
        );
    }

    #[test]
    fn rules_read_without_finding_rules_name_none() {
        let err = Source::parse(
            PathBuf::from("desk.toml"),
            "[severity]\nmisquote = \"off\"\n".to_string(),
            &[],
        )
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
        assert!(
            err.starts_with(
                "desk.toml:2:1: unknown rule id `misquote`: the loader was given no finding rules\n"
            ),
            "{err}"
        );
    }

    #[test]
    fn an_alias_written_differently_still_belongs_to_one_entity() {
        let text = "[[entity]]\nid = \"isis-cell\"\nname = \"ISIS cell\"\naliases = [\"Daesh!\"]\n";
        let mut loader = Loader::new(&[]).unwrap();
        loader
            .sources
            .push(Source::parse(PathBuf::from("desk.toml"), text.to_string(), &[]).unwrap());
        let err = loader
            .finish()
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            err.starts_with("desk.toml:4:12: alias `Daesh!` of entity `isis-cell` is already claimed by entity `islamic-state`"),
            "{err}"
        );
    }
}
