//! The library's `use crate::` graph: every module imports only modules below it in the
//! pipeline, so no module imports one that imports it back.
//!
//! The sources are parsed (syn), following `mod` declarations from `src/lib.rs`; every path
//! that starts with `crate::` or climbs out of a module with `super::` counts, in `use`
//! lines, code, types and macro arguments alike. Code under `#[cfg(test)]` does not: a unit
//! test may build its input with the whole pipeline. A module's submodules are one node (the
//! graph is between the top-level modules). `cargo test --test module_graph -- --nocapture`
//! prints the graph.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use syn::visit::{self, Visit};

/// The top-level modules from the bottom up: a module may import only modules before it.
/// The shared leaves first (the tests' random numbers, word helpers, disjoint sets), then the
/// rules every stage reads, then the pipeline in order, then what runs the pipeline (`rules
/// test`, the PolNeAR scorer).
const LAYERS: &[&str] = &[
    "test_random",
    "words",
    "sets",
    "error",
    "date",
    "rules",
    "article",
    "text",
    "extract",
    "entity",
    "stories",
    "graph",
    "check",
    "pipeline",
    "report",
    "rule_tests",
    "eval",
];

/// The node for items of the crate root (its re-exports): no module should import them.
const ROOT: &str = "crate root";

/// Top-level module → the top-level modules (or [`ROOT`]) it refers to.
type Graph = BTreeMap<String, BTreeSet<String>>;

#[test]
fn every_import_points_down_the_pipeline() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let graph = crate_graph(&src.join("lib.rs"));
    println!("{}", show(&graph));
    let rank = |m: &str| LAYERS.iter().position(|l| *l == m);
    let mut wrong = Vec::new();
    for (from, targets) in &graph {
        let Some(from_rank) = rank(from) else {
            wrong.push(format!(
                "module `{from}` has no place in LAYERS: add it where it sits in the pipeline"
            ));
            continue;
        };
        for to in targets {
            match rank(to) {
                Some(to_rank) if to_rank < from_rank => {}
                Some(_) => wrong.push(format!("`{from}` imports `{to}`, which sits above it")),
                None if to == ROOT => wrong.push(format!(
                    "`{from}` imports from the crate root: import from the module that defines it"
                )),
                None => wrong.push(format!("`{from}` imports `{to}`, not in LAYERS")),
            }
        }
    }
    assert_eq!(cycles(&graph), Vec::<Vec<String>>::new(), "import circles");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    // The leaves import nothing from the crate, and the rules only the leaves and the
    // errors.
    assert_eq!(graph.get("words"), Some(&BTreeSet::new()));
    assert_eq!(graph.get("sets"), Some(&BTreeSet::new()));
    assert_eq!(
        graph
            .get("rules")
            .map(|t| t.iter().map(String::as_str).collect()),
        Some(vec!["error", "sets", "words"])
    );
}

#[test]
fn the_graph_reader_finds_every_kind_of_reference_and_the_circles() {
    let dir = tempfile::tempdir().unwrap();
    let write = |path: &str, text: &str| {
        let path = dir.path().join(path);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    };
    write(
        "lib.rs",
        "pub mod quote;\npub mod speaker;\npub mod story;\npub mod leaf;\npub use story::Story;\n",
    );
    // A `use` group, a test module that may import anything, `pub(crate)` (no import).
    write(
        "quote.rs",
        "use crate::{leaf::W, speaker::S};\npub(crate) fn q() {}\n\
         #[cfg(test)]\nmod tests { use crate::story::Story; }\n",
    );
    // A submodule in its own file whose code names a module above it inside a macro.
    write("speaker/mod.rs", "mod name;\n");
    write(
        "speaker/name.rs",
        "fn n() { assert!(crate::story::is_open()); let _ = super::super::leaf::W; }\n",
    );
    // A path in a type, and the crate root.
    write(
        "story.rs",
        "pub struct Story(pub Vec<crate::quote::Q>);\nfn s(_: crate::Story) {}\n",
    );
    write(
        "leaf.rs",
        "pub struct W;\n#[cfg(test)]\nfn t() { crate::quote::q(); }\n",
    );
    let graph = crate_graph(&dir.path().join("lib.rs"));
    let edges = |m: &str| -> Vec<&str> {
        graph
            .get(m)
            .map(|t| t.iter().map(String::as_str).collect())
            .unwrap_or_default()
    };
    assert_eq!(edges("quote"), ["leaf", "speaker"]);
    assert_eq!(edges("speaker"), ["leaf", "story"]);
    assert_eq!(edges("story"), [ROOT, "quote"]);
    assert_eq!(edges("leaf"), Vec::<&str>::new());
    assert_eq!(cycles(&graph), [["quote", "speaker", "story", "quote"]]);
    assert_eq!(
        show(&graph),
        "leaf → (nothing)\nquote → leaf, speaker\nspeaker → leaf, story\nstory → crate root, quote"
    );
}

/// The graph of the crate whose root file is `lib`.
fn crate_graph(lib: &Path) -> Graph {
    let parse = |file: &Path| {
        let text = fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        syn::parse_file(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()))
    };
    let tops: BTreeSet<String> = parse(lib)
        .items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Mod(m) => Some(m.ident.to_string()),
            _ => None,
        })
        .collect();
    let mut graph = Graph::new();
    let mut files = vec![(Vec::<String>::new(), lib.to_path_buf())];
    while let Some((module, file)) = files.pop() {
        let parsed = parse(&file);
        if let Some(top) = module.first() {
            // A file of a module never drops out of the graph, even when it imports nothing.
            graph.entry(top.clone()).or_default();
        }
        let mut reader = Reader {
            tops: &tops,
            module,
            dir: children_dir(&file),
            refs: BTreeSet::new(),
            files: Vec::new(),
        };
        reader.visit_file(&parsed);
        files.extend(reader.files);
        if let Some(top) = reader.module.first() {
            let targets = graph.entry(top.clone()).or_default();
            targets.extend(reader.refs.into_iter().filter(|t| t != top));
        }
    }
    graph
}

/// Where the files of the submodules declared in `file` live.
fn children_dir(file: &Path) -> PathBuf {
    let dir = file.parent().unwrap_or(Path::new(".")).to_path_buf();
    match file.file_stem().and_then(|s| s.to_str()) {
        Some("lib" | "main" | "mod") => dir,
        Some(stem) => dir.join(stem),
        None => dir,
    }
}

/// Reads one file: the top-level modules its paths lead to and the module files it declares.
struct Reader<'a> {
    /// The top-level modules of the crate.
    tops: &'a BTreeSet<String>,
    /// The module being read, from the crate root (empty for the root).
    module: Vec<String>,
    /// Where the files of the current module's submodules live.
    dir: PathBuf,
    refs: BTreeSet<String>,
    files: Vec<(Vec<String>, PathBuf)>,
}

impl Reader<'_> {
    /// Records the top-level module (or [`ROOT`]) a path, as its segment names, leads to.
    fn reference(&mut self, segments: &[String]) {
        let mut module = self.module.clone();
        let mut rest = segments;
        match rest.first().map(String::as_str) {
            Some("crate") => {
                module.clear();
                rest = &rest[1..];
            }
            Some("super") => {
                while rest.first().is_some_and(|s| s == "super") {
                    module.pop();
                    rest = &rest[1..];
                }
            }
            _ => return,
        }
        let target = match (module.first(), rest.first()) {
            (Some(top), _) => top.clone(),
            (None, Some(first)) if self.tops.contains(first) => first.clone(),
            // An item of the root, or all of them (`use super::*` in a top-level module).
            (None, _) => ROOT.to_string(),
        };
        self.refs.insert(target);
    }
}

fn is_test_only(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|a| {
        a.path().is_ident("cfg")
            && a.parse_args::<syn::Ident>()
                .is_ok_and(|ident| ident == "test")
    })
}

fn item_attrs(item: &syn::Item) -> &[syn::Attribute] {
    use syn::Item;
    match item {
        Item::Const(i) => &i.attrs,
        Item::Enum(i) => &i.attrs,
        Item::ExternCrate(i) => &i.attrs,
        Item::Fn(i) => &i.attrs,
        Item::ForeignMod(i) => &i.attrs,
        Item::Impl(i) => &i.attrs,
        Item::Macro(i) => &i.attrs,
        Item::Mod(i) => &i.attrs,
        Item::Static(i) => &i.attrs,
        Item::Struct(i) => &i.attrs,
        Item::Trait(i) => &i.attrs,
        Item::TraitAlias(i) => &i.attrs,
        Item::Type(i) => &i.attrs,
        Item::Union(i) => &i.attrs,
        Item::Use(i) => &i.attrs,
        _ => &[],
    }
}

/// Every path a `use` tree names, as segment names (`crate::{a::X, b}` → `crate a X`, `crate b`).
fn use_paths(tree: &syn::UseTree, prefix: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    use syn::UseTree;
    match tree {
        UseTree::Path(p) => {
            prefix.push(p.ident.to_string());
            use_paths(&p.tree, prefix, out);
            prefix.pop();
        }
        UseTree::Name(n) => out.push([prefix.as_slice(), &[n.ident.to_string()]].concat()),
        UseTree::Rename(r) => out.push([prefix.as_slice(), &[r.ident.to_string()]].concat()),
        UseTree::Glob(_) => out.push(prefix.clone()),
        UseTree::Group(g) => g.items.iter().for_each(|t| use_paths(t, prefix, out)),
    }
}

impl<'ast> Visit<'ast> for Reader<'_> {
    fn visit_item(&mut self, item: &'ast syn::Item) {
        if !is_test_only(item_attrs(item)) {
            visit::visit_item(self, item);
        }
    }

    fn visit_impl_item(&mut self, item: &'ast syn::ImplItem) {
        let attrs = match item {
            syn::ImplItem::Const(i) => &i.attrs[..],
            syn::ImplItem::Fn(i) => &i.attrs,
            syn::ImplItem::Type(i) => &i.attrs,
            syn::ImplItem::Macro(i) => &i.attrs,
            _ => &[],
        };
        if !is_test_only(attrs) {
            visit::visit_impl_item(self, item);
        }
    }

    fn visit_item_mod(&mut self, item: &'ast syn::ItemMod) {
        let name = item.ident.to_string();
        match &item.content {
            None => {
                let in_dir = self.dir.join(format!("{name}.rs"));
                let file = if in_dir.is_file() {
                    in_dir
                } else {
                    self.dir.join(&name).join("mod.rs")
                };
                let mut module = self.module.clone();
                module.push(name);
                self.files.push((module, file));
            }
            Some((_, items)) => {
                self.module.push(name.clone());
                self.dir.push(&name);
                items.iter().for_each(|i| self.visit_item(i));
                self.dir.pop();
                self.module.pop();
            }
        }
    }

    fn visit_item_use(&mut self, item: &'ast syn::ItemUse) {
        let mut paths = Vec::new();
        use_paths(&item.tree, &mut Vec::new(), &mut paths);
        paths.iter().for_each(|p| self.reference(p));
    }

    fn visit_path(&mut self, path: &'ast syn::Path) {
        // `pub(crate)` is a one-segment path and imports nothing.
        if path.segments.len() > 1 {
            let segments: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
            self.reference(&segments);
        }
        visit::visit_path(self, path);
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        // Macro arguments are tokens, not parsed paths: read `crate :: a :: b` chains off them.
        let text = mac.tokens.to_string();
        let tokens: Vec<&str> = text.split_whitespace().collect();
        for (i, token) in tokens.iter().enumerate() {
            let starts = (*token == "crate" || *token == "super")
                && (i == 0 || tokens[i - 1] != "::" && tokens[i - 1] != "$");
            if !starts {
                continue;
            }
            let mut segments = vec![(*token).to_string()];
            let mut j = i + 1;
            while tokens.get(j) == Some(&"::")
                && let Some(next) = tokens.get(j + 1)
                && next.chars().all(|c| c.is_alphanumeric() || c == '_')
            {
                segments.push((*next).to_string());
                j += 2;
            }
            if segments.len() > 1 {
                self.reference(&segments);
            }
        }
        visit::visit_macro(self, mac);
    }
}

/// The circles of the graph, each from its smallest module back to it, found by a depth-first
/// walk from every module.
fn cycles(graph: &Graph) -> Vec<Vec<String>> {
    let mut found = BTreeSet::new();
    for start in graph.keys() {
        let mut path = vec![start.clone()];
        walk(graph, start, &mut path, &mut found);
    }
    found.into_iter().collect()
}

fn walk(graph: &Graph, start: &str, path: &mut Vec<String>, found: &mut BTreeSet<Vec<String>>) {
    let Some(last) = path.last().cloned() else {
        return;
    };
    for next in graph.get(&last).into_iter().flatten() {
        if next == start {
            // Report each circle once, from its smallest module.
            if path.iter().all(|m| m.as_str() >= start) {
                let mut circle = path.clone();
                circle.push(start.to_string());
                found.insert(circle);
            }
        } else if !path.contains(next) && next.as_str() > start {
            path.push(next.clone());
            walk(graph, start, path, found);
            path.pop();
        }
    }
}

/// One line per module: `rules → error, words`.
fn show(graph: &Graph) -> String {
    graph
        .iter()
        .map(|(from, to)| {
            let to: Vec<&str> = to.iter().map(String::as_str).collect();
            if to.is_empty() {
                format!("{from} → (nothing)")
            } else {
                format!("{from} → {}", to.join(", "))
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}
