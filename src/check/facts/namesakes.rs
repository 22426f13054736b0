//! Namesakes: an age is held by a person, written with a given name ("Curtis Woodson, 23,")
//! or a surname alone ("Woodson, 23,"). Within a story a surname is one person unless the
//! story names two people who bear it (a suspect and the victim of one family); then each
//! given name is a holder of its own, and an age held by the bare surname is nobody's to
//! compare.

use std::collections::{BTreeMap, BTreeSet};

use crate::extract::FactKind;

use super::Input;

/// The given names the ages of each story put before each surname.
pub struct Namesakes {
    given: BTreeMap<(usize, String), BTreeSet<String>>,
}

/// A holder as `(given name, surname)`; a title ("Officer Pike") is no given name.
fn split<'h>(holder: &'h str, input: &Input<'_>) -> (Option<&'h str>, &'h str) {
    match holder.rsplit_once(' ') {
        Some((given, surname))
            if !input.rules.is_title(given) && !input.rules.is_title(&format!("{given}.")) =>
        {
            (Some(given), surname)
        }
        Some((_, surname)) => (None, surname),
        None => (None, holder),
    }
}

impl Namesakes {
    /// The given names of the ages of `input`, by story and surname; `article_of` gives each
    /// fact's article.
    pub fn of(input: &Input<'_>, article_of: &[Option<usize>]) -> Namesakes {
        let mut given: BTreeMap<(usize, String), BTreeSet<String>> = BTreeMap::new();
        for (fact, article) in input.facts.iter().zip(article_of) {
            let (Some(article), Some(holder)) = (article, fact.frame.holder.as_deref()) else {
                continue;
            };
            if fact.kind != FactKind::Age {
                continue;
            }
            let story = input.story_of.get(*article).copied().unwrap_or(0);
            if let (Some(first), surname) = split(holder, input) {
                given
                    .entry((story, surname.to_string()))
                    .or_default()
                    .insert(first.to_string());
            }
        }
        Namesakes { given }
    }

    /// The holder an age of `holder` is compared under in `story`: its surname when the
    /// story gives that surname one given name or none, its whole name when it gives
    /// several; `None` for a bare surname (or no holder) that several people of the story
    /// bear.
    pub fn holder(
        &self,
        input: &Input<'_>,
        story: usize,
        holder: Option<&str>,
    ) -> Option<Option<String>> {
        let Some(holder) = holder else {
            return Some(None);
        };
        let (first, surname) = split(holder, input);
        let names = self.given.get(&(story, surname.to_string()));
        match (names.is_some_and(|n| n.len() >= 2), first) {
            (false, _) => Some(Some(surname.to_string())),
            (true, Some(first)) if names.is_some_and(|n| n.contains(first)) => {
                Some(Some(holder.to_string()))
            }
            // A title before the surname, or no given name: either of them.
            (true, _) => None,
        }
    }
}
