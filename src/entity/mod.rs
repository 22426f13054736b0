//! Resolve stage: speaker mentions → entities, within each article ([`Resolver`]: titles
//! stripped, surnames, pronouns, role descriptions, and the names and titles written anywhere
//! in the copy) and then across the articles of a batch ([`resolve_across_articles`]: rule
//! aliases, spelling variants, a surname and the one person of the batch who carries it).

mod article;
mod batch;
mod names;
mod roster;
mod when;

use std::collections::BTreeMap;

use serde::Serialize;

use crate::words::{TextSet, fold};

pub use article::Resolver;
pub use batch::resolve_across_articles;
pub use names::{is_person_noun, names_apart, role_serving, written_name};
pub use when::without_time;

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

/// Merges per-article entity lists into one sorted list, unioning mentions: each entity
/// with the longest name written (the first of equal length), the mentions of the first
/// list that has it followed by every other mention not yet among them, sorted once it met
/// a second list. A mention is looked up in a set of those held, not in the list: an
/// entity every article of a large batch names has hundreds of mentions.
pub fn merge(lists: Vec<Vec<Entity>>) -> Vec<Entity> {
    // Each entity, with the mentions it holds once a second list named it.
    let mut all: BTreeMap<String, (Entity, Option<TextSet<String>>)> = BTreeMap::new();
    for e in lists.into_iter().flatten() {
        match all.get_mut(&e.id) {
            Some((existing, held)) => {
                let held = held.get_or_insert_with(|| existing.mentions.iter().cloned().collect());
                for m in e.mentions {
                    if !held.contains(&m) {
                        held.insert(m.clone());
                        existing.mentions.push(m);
                    }
                }
                if e.name.len() > existing.name.len() {
                    existing.name = e.name;
                }
            }
            None => {
                all.insert(e.id.clone(), (e, None));
            }
        }
    }
    all.into_values()
        .map(|(mut entity, held)| {
            if held.is_some() {
                entity.mentions.sort();
            }
            entity
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_folded_names() {
        assert_eq!(slug("John Kerry"), "john-kerry");
        assert_eq!(slug("El País"), "el-pais");
    }

    #[test]
    fn merged_entities_keep_every_mention_once_sorted_and_the_fullest_name() {
        let entity = |name: &str, mentions: &[&str]| Entity {
            id: "jane-doe".into(),
            name: name.into(),
            kind: "person".into(),
            mentions: mentions.iter().map(|m| m.to_string()).collect(),
        };
        let merged = merge(vec![
            vec![entity("Doe", &["Doe"])],
            vec![entity("Jane Doe", &["Jane Doe", "Doe"])],
            vec![entity("Jane Q. Doe", &["Ms. Doe", "Jane Q. Doe", "Doe"])],
            vec![entity("Jane Roe", &["Doe"])],
        ]);
        assert_eq!(merged.len(), 1);
        assert_eq!(merged[0].name, "Jane Q. Doe");
        assert_eq!(
            merged[0].mentions,
            ["Doe", "Jane Doe", "Jane Q. Doe", "Ms. Doe"]
        );
    }
}
