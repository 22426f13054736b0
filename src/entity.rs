//! Resolve stage: speaker mentions → entities, within each article (titles stripped, surnames,
//! pronouns, role descriptions) and then across articles (rule aliases, spelling variants).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Serialize;
use unicode_normalization::UnicodeNormalization;

use crate::extract::{Claim, ClaimKind};
use crate::rules::RuleSet;

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

/// Folds case, accents and punctuation: "El País" → "el pais", "al-Nusra" → "al nusra".
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = true;
    for c in text.nfkd() {
        if unicode_normalization::char::is_combining_mark(c) {
            continue;
        }
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
            space = false;
        } else if c == '’' || c == '\'' || c == '.' {
            // "Assad’s" keeps its letters together; "U.S." → "us".
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// An id made from a name: "John Kerry" → "john-kerry".
pub fn slug(name: &str) -> String {
    fold(name).replace(' ', "-")
}

/// How a mention reads once parsed.
#[derive(Debug, Clone, PartialEq)]
enum Mention {
    /// "he", "she".
    Pronoun,
    /// "they", "we", "it", "I", "you": not resolved.
    Unresolved,
    /// A proper name, with the role written before it.
    Name { name: String, role: Option<String> },
    /// "the secretary", "a senior European Union diplomat", "The main … opposition group".
    Description { text: String },
}

/// Resolves speakers of one article's claims; names the entities it found.
pub struct Resolver<'r> {
    rules: &'r RuleSet,
    /// folded alias → rule entity index
    aliases: HashMap<String, usize>,
    /// folded role alias → role name
    roles: HashMap<String, String>,
}

impl<'r> Resolver<'r> {
    pub fn new(rules: &'r RuleSet) -> Resolver<'r> {
        let mut aliases = HashMap::new();
        for (i, e) in rules.entities.iter().enumerate() {
            aliases.insert(fold(&e.name), i);
            for a in &e.aliases {
                aliases.insert(fold(a), i);
            }
        }
        let mut roles = HashMap::new();
        for r in &rules.roles {
            roles.insert(fold(&r.name), r.name.clone());
            for a in &r.aliases {
                roles.insert(fold(a), r.name.clone());
            }
        }
        Resolver {
            rules,
            aliases,
            roles,
        }
    }

    fn parse(&self, mention: &str) -> Mention {
        let words: Vec<&str> = mention.split_whitespace().collect();
        let lower = mention.to_lowercase();
        if words.len() == 1 {
            match lower.as_str() {
                "he" | "she" | "him" | "her" => return Mention::Pronoun,
                "they" | "we" | "it" | "i" | "you" => return Mention::Unresolved,
                _ => {}
            }
        }
        // "Turkey and Saudi Arabia": several speakers, no one name.
        if words.iter().any(|w| *w == "and" || *w == "&") {
            return Mention::Description {
                text: mention.to_string(),
            };
        }
        let last_capital = words.last().is_some_and(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                || w.split_once('-')
                    .is_some_and(|(_, rest)| rest.chars().next().is_some_and(char::is_uppercase))
        });
        if !last_capital
            || self
                .rules
                .is_organization_word(words.last().copied().unwrap_or(""))
        {
            return Mention::Description {
                text: mention.to_string(),
            };
        }
        // The name is the trailing run of capitalised words that are not titles.
        let mut start = words.len();
        while start > 0 {
            let w = words[start - 1];
            // "al-Assad", "bin Salman", "de Mistura" keep their lower-case particles.
            let particle = [
                "al-", "el-", "bin", "de", "van", "von", "da", "al", "ibn", "le", "la", "du", "der",
            ]
            .iter()
            .any(|p| w.starts_with(p) && (w.len() == p.len() || p.ends_with('-')));
            let cap = w.chars().next().is_some_and(char::is_uppercase)
                || (particle && start < words.len())
                || (particle && capitalized_after_hyphen(w));
            if !cap || self.rules.is_title(w) || w.ends_with("'s") || w.ends_with("’s") {
                break;
            }
            // "ambassador to Syria Robert Ford": the place after `to` or `of` belongs to
            // the role, not to the name.
            if start < words.len()
                && start >= 2
                && matches!(
                    words[start - 2].to_lowercase().as_str(),
                    "to" | "of" | "for"
                )
            {
                break;
            }
            start -= 1;
        }
        if start == words.len() {
            return Mention::Description {
                text: mention.to_string(),
            };
        }
        let name = words[start..].join(" ");
        let role_start = words[..start].iter().position(|w| self.rules.is_title(w));
        let role = role_start
            .map(|r| words[r..start].join(" "))
            .filter(|r| !r.is_empty());
        Mention::Name { name, role }
    }

    /// Fills `speaker.entity` and `speaker.role` of one article's claims, in text order, and
    /// returns the entities met. Pronouns and descriptions point at the nearest earlier
    /// person; a role description ("the secretary") at the person holding that role.
    pub fn resolve_article(&self, claims: &mut [Claim]) -> Vec<Entity> {
        let mut entities: BTreeMap<String, Entity> = BTreeMap::new();
        // Person entities of this article in order of last mention: (id, name, role).
        let mut people: Vec<(String, String, Option<String>)> = Vec::new();
        let mut descriptions: HashMap<String, String> = HashMap::new();
        for claim in claims.iter_mut() {
            if claim.kind == ClaimKind::Assertion {
                continue;
            }
            let Some(speaker) = claim.speaker.as_mut() else {
                continue;
            };
            let folded = fold(&speaker.text);
            let stripped = strip_determiner(&folded);
            let mut kind = "person";
            let id = if let Some(&i) = self
                .aliases
                .get(&folded)
                .or_else(|| self.aliases.get(stripped))
            {
                let rule = &self.rules.entities[i];
                kind = if rule.kind == "person" {
                    "person"
                } else {
                    "organization"
                };
                Some((rule.id.clone(), rule.name.clone()))
            } else {
                match self.parse(&speaker.text) {
                    Mention::Pronoun => people
                        .last()
                        .map(|(id, name, _)| (id.clone(), name.clone())),
                    Mention::Unresolved => None,
                    Mention::Name { name, role } => {
                        speaker.role = role.clone();
                        let surname = surname_of(&name).to_string();
                        // "Kerry" after "John Kerry": the same person.
                        let known = people
                            .iter()
                            .rev()
                            .find(|(_, n, _)| {
                                n == &name
                                    || (surname_of(n) == surname
                                        && name.split_whitespace().count() == 1)
                            })
                            .or_else(|| {
                                people.iter().rev().find(|(_, n, _)| {
                                    // A longer form after a short one: "John Kerry" after "Kerry".
                                    n.split_whitespace().count() == 1 && surname_of(n) == surname
                                })
                            })
                            .map(|(id, n, _)| (id.clone(), n.clone()));
                        let (id, display) =
                            known.unwrap_or_else(|| (slug(&without_initials(&name)), name.clone()));
                        people.retain(|(i, _, _)| i != &id);
                        let display = if display.split_whitespace().count()
                            < name.split_whitespace().count()
                        {
                            name.clone()
                        } else {
                            display
                        };
                        people.push((id.clone(), display.clone(), role));
                        Some((id, display))
                    }
                    Mention::Description { text } => {
                        kind = "group";
                        let role_holder = self
                            .roles
                            .get(&folded)
                            .or_else(|| self.roles.get(stripped))
                            .and_then(|role| {
                                people.iter().rev().find(|(_, _, r)| {
                                    r.as_deref().is_some_and(|r| fold(r).contains(&fold(role)))
                                })
                            });
                        let earlier = descriptions.get(stripped).cloned();
                        if let Some((id, name, _)) = role_holder {
                            kind = "person";
                            Some((id.clone(), name.clone()))
                        } else if let Some(id) = earlier {
                            Some((
                                id.clone(),
                                entities.get(&id).map_or(text.clone(), |e| e.name.clone()),
                            ))
                        } else if folded.starts_with("the ")
                            && is_person_description(stripped)
                            && !people.is_empty()
                        {
                            // "the former British Cabinet member" right after a named person.
                            kind = "person";
                            people
                                .last()
                                .map(|(id, name, _)| (id.clone(), name.clone()))
                        } else {
                            let id = slug(stripped);
                            descriptions.insert(stripped.to_string(), id.clone());
                            Some((id, text))
                        }
                    }
                }
            };
            if let Some((id, name)) = id {
                speaker.entity = Some(id.clone());
                let entry = entities.entry(id.clone()).or_insert_with(|| Entity {
                    id,
                    name,
                    kind: kind.to_string(),
                    mentions: Vec::new(),
                });
                if !entry.mentions.contains(&speaker.text) {
                    entry.mentions.push(speaker.text.clone());
                }
            }
        }
        entities
            .into_values()
            .map(|mut e| {
                e.mentions.sort();
                e
            })
            .collect()
    }

    /// Rule entities named in a claim's content ("including Islamic State, al-Nusra").
    pub fn entities_in(&self, content: &str) -> Vec<String> {
        let folded = format!(" {} ", fold(content));
        let mut found = BTreeSet::new();
        for (alias, &i) in &self.aliases {
            if alias.is_empty() {
                continue;
            }
            if folded.contains(&format!(" {alias} ")) {
                // Short all-capital aliases ("IS") must be written in capitals.
                let rule = &self.rules.entities[i];
                let exact_needed = alias.len() <= 2;
                if exact_needed
                    && !rule.aliases.iter().any(|a| {
                        a.len() <= 2
                            && content
                                .split(|c: char| !c.is_alphanumeric())
                                .any(|w| w == a)
                    })
                {
                    continue;
                }
                found.insert(rule.id.clone());
            }
        }
        found.into_iter().collect()
    }
}

/// "al-Assad" is a name though it opens in lower case.
fn capitalized_after_hyphen(word: &str) -> bool {
    word.split_once('-')
        .is_some_and(|(_, rest)| rest.chars().next().is_some_and(char::is_uppercase))
}

/// The family name, without a particle: "Bashar al-Assad" → "Assad".
fn surname_of(name: &str) -> &str {
    let last = name.split_whitespace().last().unwrap_or("");
    match last.split_once('-') {
        Some(("al" | "el" | "Al" | "El", rest)) => rest,
        _ => last,
    }
}

/// A person's name without middle initials, for ids: "John F. Kerry" → "John Kerry".
fn without_initials(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let keep: Vec<&str> = words
        .iter()
        .enumerate()
        .filter(|&(i, w)| {
            let initial = w.trim_end_matches('.').chars().count() == 1;
            !(initial && i > 0 && i + 1 < words.len())
        })
        .map(|(_, w)| *w)
        .collect();
    keep.join(" ")
}

fn strip_determiner(folded: &str) -> &str {
    for d in ["the ", "a ", "an "] {
        if let Some(rest) = folded.strip_prefix(d) {
            return rest;
        }
    }
    folded
}

/// A description whose head names one person ("member", "diplomat", "official").
fn is_person_description(folded: &str) -> bool {
    let head = folded.split_whitespace().last().unwrap_or("");
    !head.ends_with('s')
        && !matches!(
            head,
            "group"
                | "ministry"
                | "department"
                | "government"
                | "office"
                | "agency"
                | "council"
                | "committee"
                | "police"
                | "army"
                | "opposition"
                | "coalition"
                | "alliance"
        )
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
    fn folding_drops_accents_and_case() {
        assert_eq!(fold("El País"), fold("El Pais"));
        assert_eq!(fold("al-Nusra"), "al nusra");
        assert_eq!(slug("John Kerry"), "john-kerry");
    }

    #[test]
    fn middle_initials_do_not_change_the_person() {
        assert_eq!(slug(&without_initials("John F. Kerry")), "john-kerry");
        assert_eq!(surname_of("Bashar al-Assad"), "Assad");
    }

    #[test]
    fn titles_are_stripped_into_the_role() {
        let rules = RuleSet::builtin().unwrap();
        let r = Resolver::new(&rules);
        assert_eq!(
            r.parse("U.S. Secretary of State John Kerry"),
            Mention::Name {
                name: "John Kerry".into(),
                role: Some("Secretary of State".into())
            }
        );
        assert_eq!(
            r.parse("Former U.S. ambassador to Syria Robert Ford"),
            Mention::Name {
                name: "Robert Ford".into(),
                role: Some("Former U.S. ambassador to Syria".into())
            }
        );
        assert_eq!(
            r.parse("The State Department"),
            Mention::Description {
                text: "The State Department".into()
            }
        );
    }
}
