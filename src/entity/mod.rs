//! Resolve stage: speaker mentions → entities, within each article ([`Resolver`]: titles
//! stripped, surnames, pronouns, role descriptions) and then across the articles of a batch
//! ([`resolve_across_articles`]: rule aliases, spelling variants, a surname and the one
//! person of the batch who carries it).

mod article;
mod batch;
mod names;

use std::collections::BTreeMap;

use serde::Serialize;

use crate::words::fold;

pub use article::Resolver;
pub use batch::resolve_across_articles;
pub use names::{names_apart, written_name};

/// A person, group or place that speaks or is spoken of.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entity {
    pub id: String,
    pub name: String,
    /// `person`, `organization`, `group`, `place`, `outlet`.
    pub kind: String,
    /// Every way it was written, sorted.
    pub mentions: Vec<String>,
}

/// An id made from a name: "John Kerry" → "john-kerry".
pub fn slug(name: &str) -> String {
    fold(name).replace(' ', "-")
}

/// Merges per-article entity lists into one sorted list, unioning mentions.
pub fn merge(lists: Vec<Vec<Entity>>) -> Vec<Entity> {
    let mut all: BTreeMap<String, Entity> = BTreeMap::new();
    for e in lists.into_iter().flatten() {
        match all.get_mut(&e.id) {
            Some(existing) => {
                for m in e.mentions {
                    if !existing.mentions.contains(&m) {
                        existing.mentions.push(m);
                    }
                }
                if e.name.len() > existing.name.len() {
                    existing.name = e.name;
                }
                existing.mentions.sort();
            }
            None => {
                all.insert(e.id.clone(), e);
            }
        }
    }
    all.into_values().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_folded_names() {
        assert_eq!(slug("John Kerry"), "john-kerry");
        assert_eq!(slug("El País"), "el-pais");
    }
}
