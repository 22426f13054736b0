//! Resolve stage: speaker mentions → entities, within each article (titles stripped, surnames,
//! pronouns, role descriptions) and then across articles (rule aliases, spelling variants).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::extract::{Claim, ClaimKind};
use crate::rules::RuleSet;
use crate::words::fold;
use serde::Serialize;

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
    fn slugs_are_folded_names() {
        assert_eq!(slug("John Kerry"), "john-kerry");
        assert_eq!(slug("El País"), "el-pais");
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

/// Particles that do not tell two spellings of a name apart ("Bashar al-Assad" = "Bashar Assad").
const NAME_PARTICLES: [&str; 4] = ["al", "el", "ad", "as"];

/// The parts of a person's name that identify them: titles before the name dropped
/// ("Syrian President Bashar al-Assad" → bashar, assad), accents and case folded, particles
/// and middle initials ("John F. Kerry") left out.
fn name_parts(name: &str, rules: &RuleSet) -> Vec<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let after_title = words
        .iter()
        .rposition(|w| rules.is_title(w))
        .map_or(0, |i| i + 1);
    let kept = words.get(after_title..).unwrap_or(&[]).join(" ");
    fold(&kept)
        .split_whitespace()
        .filter(|p| p.chars().count() > 1 && !NAME_PARTICLES.contains(p))
        .map(str::to_string)
        .collect()
}

/// The name as it should be shown: titles dropped, the rest as written.
fn display_name(name: &str, rules: &RuleSet) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let after_title = words
        .iter()
        .rposition(|w| rules.is_title(w))
        .map_or(0, |i| i + 1);
    let kept = words.get(after_title..).unwrap_or(&[]).join(" ");
    if kept.is_empty() {
        name.to_string()
    } else {
        kept
    }
}

/// True when two given names belong to one person: the same, a spelling variant
/// (Sergei/Sergey: Jaro-Winkler ≥ 0.9) or an initial of the other.
fn same_given_name(a: &str, b: &str) -> bool {
    a == b
        || strsim::jaro_winkler(a, b) >= 0.9
        || (a.chars().count() == 1 && b.starts_with(a))
        || (b.chars().count() == 1 && a.starts_with(b))
}

/// A singular head phrase for descriptions ("the opposition groups" → "opposition group").
fn description_key(name: &str) -> Option<String> {
    let folded = fold(name);
    let words: Vec<&str> = strip_determiner(&folded).split_whitespace().collect();
    if words.len() < 2 {
        return None;
    }
    let tail: Vec<String> = words[words.len() - 2..]
        .iter()
        .map(|w| {
            if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") {
                w[..w.len() - 1].to_string()
            } else {
                (*w).to_string()
            }
        })
        .collect();
    Some(tail.join(" "))
}

/// Disjoint sets over entity indexes, the smaller index always the root.
struct Sets(Vec<usize>);

impl Sets {
    fn root(&mut self, mut i: usize) -> usize {
        while self.0[i] != i {
            self.0[i] = self.0[self.0[i]];
            i = self.0[i];
        }
        i
    }

    fn join(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.root(a), self.root(b));
        if ra != rb {
            self.0[ra.max(rb)] = ra.min(rb);
        }
    }
}

/// Resolves entities across the articles of a batch: rule aliases, folded spellings
/// ("El Pais" = "El País"), a surname alone when only one person of the batch carries it
/// ("Kerry" = "John F. Kerry" = "John Kerry"), spelling variants of a given name with the
/// same surname ("Sergei Lavrov" = "Sergey Lavrov", but never "Ahmed" and "Ali" of one
/// family), particles ("Bashar Assad" = "Bashar al-Assad") and descriptions with one head
/// ("the opposition groups" = "the main Syrian opposition group"). Rewrites the speakers
/// and content entities of `claims` and returns the merged, sorted entity list.
pub fn resolve_across_articles(
    claims: &mut [Claim],
    entities: Vec<Entity>,
    rules: &RuleSet,
) -> Vec<Entity> {
    let mut rule_alias: HashMap<String, usize> = HashMap::new();
    for (i, e) in rules.entities.iter().enumerate() {
        rule_alias.insert(fold(&e.name), i);
        rule_alias.insert(fold(&e.id.replace('-', " ")), i);
        for a in &e.aliases {
            rule_alias.insert(fold(a), i);
        }
    }
    // Weight of each entity: how many claims it speaks.
    let mut weight: HashMap<&str, usize> = HashMap::new();
    for claim in claims.iter() {
        if let Some(id) = claim.speaker.as_ref().and_then(|s| s.entity.as_deref()) {
            *weight.entry(id).or_default() += 1;
        }
    }
    let n = entities.len();
    let mut sets = Sets((0..n).collect());
    // 1. Same rule entity or the same folded name.
    let mut by_key: BTreeMap<String, usize> = BTreeMap::new();
    let mut rule_of = vec![None; n];
    for (i, e) in entities.iter().enumerate() {
        let names = std::iter::once(&e.name).chain(&e.mentions);
        let rule = rules
            .entities
            .iter()
            .position(|r| r.id == e.id)
            .or_else(|| {
                names.clone().find_map(|m| {
                    let f = fold(m);
                    rule_alias
                        .get(&f)
                        .or_else(|| rule_alias.get(strip_determiner(&f)))
                        .copied()
                })
            });
        rule_of[i] = rule;
        let key = match rule {
            Some(r) => format!("rule {r}"),
            None if e.kind == "person" => format!("name {}", name_parts(&e.name, rules).join(" ")),
            None => format!("name {}", strip_determiner(&fold(&e.name))),
        };
        match by_key.get(&key) {
            Some(&j) => sets.join(i, j),
            None => {
                by_key.insert(key, i);
            }
        }
    }
    // 2. People: the same surname and a compatible given name; a lone surname joins the
    //    only person of the batch who carries it.
    let mut by_surname: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    let mut lone: Vec<(usize, String)> = Vec::new();
    let titled_name = |e: &Entity| {
        // "Syrian President Bashar al-Assad" read as a description: a title, then a name.
        let words: Vec<&str> = e.name.split_whitespace().collect();
        words
            .iter()
            .rposition(|w| rules.is_title(w))
            .is_some_and(|t| {
                t + 1 < words.len()
                    && words[t + 1..].iter().all(|w| {
                        w.chars().next().is_some_and(char::is_uppercase)
                            || NAME_PARTICLES
                                .iter()
                                .any(|p| w.starts_with(&format!("{p}-")))
                    })
            })
    };
    let is_person: Vec<bool> = entities
        .iter()
        .map(|e| e.kind == "person" || (e.kind == "group" && titled_name(e)))
        .collect();
    for (i, e) in entities.iter().enumerate() {
        if !is_person[i] || rule_of[i].is_some() {
            continue;
        }
        let parts = name_parts(&e.name, rules);
        match parts.as_slice() {
            [] => {}
            [only] => lone.push((i, only.clone())),
            [.., last] => by_surname.entry(last.clone()).or_default().push(i),
        }
    }
    for members in by_surname.values() {
        for (x, &i) in members.iter().enumerate() {
            for &j in &members[x + 1..] {
                let pi = name_parts(&entities[i].name, rules);
                let pj = name_parts(&entities[j].name, rules);
                if let (Some(gi), Some(gj)) = (pi.first(), pj.first())
                    && same_given_name(gi, gj)
                {
                    sets.join(i, j);
                }
            }
        }
    }
    for (i, surname) in lone {
        let Some(members) = by_surname.get(&surname) else {
            continue;
        };
        let mut roots: Vec<usize> = members.iter().map(|&m| sets.root(m)).collect();
        roots.sort_unstable();
        roots.dedup();
        if let [only] = roots.as_slice() {
            sets.join(i, *only);
        }
    }
    // 3. Descriptions with the same head ("opposition group").
    let mut by_head: BTreeMap<String, usize> = BTreeMap::new();
    for (i, e) in entities.iter().enumerate() {
        if e.kind != "group" || is_person[i] || rule_of[i].is_some() {
            continue;
        }
        if let Some(key) = description_key(&e.name) {
            match by_head.get(&key) {
                Some(&j) => sets.join(i, j),
                None => {
                    by_head.insert(key, i);
                }
            }
        }
    }
    // One entity per set: the rule's id, else the display name most claims use.
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..n {
        let root = sets.root(i);
        groups.entry(root).or_default().push(i);
    }
    let mut rename: HashMap<String, String> = HashMap::new();
    let mut merged: BTreeMap<String, Entity> = BTreeMap::new();
    for members in groups.values() {
        let rule = members.iter().find_map(|&m| rule_of[m]);
        let best = members
            .iter()
            .copied()
            .max_by(|&a, &b| {
                let (ea, eb) = (&entities[a], &entities[b]);
                let wa = weight.get(ea.id.as_str()).copied().unwrap_or(0);
                let wb = weight.get(eb.id.as_str()).copied().unwrap_or(0);
                let words = |e: &Entity| display_name(&e.name, rules).split_whitespace().count();
                (is_person[a] && words(ea) > 1)
                    .cmp(&(is_person[b] && words(eb) > 1))
                    .then(wa.cmp(&wb))
                    .then(
                        display_name(&ea.name, rules)
                            .len()
                            .cmp(&display_name(&eb.name, rules).len()),
                    )
                    .then(eb.id.cmp(&ea.id))
            })
            .unwrap_or(members[0]);
        let (id, name, kind) = match rule.and_then(|r| rules.entities.get(r)) {
            Some(r) => (
                r.id.clone(),
                r.name.clone(),
                if r.kind == "person" {
                    "person".to_string()
                } else {
                    entities[best].kind.clone()
                },
            ),
            None => {
                let e = &entities[best];
                let person = is_person[best];
                let name = if person {
                    display_name(&e.name, rules)
                } else {
                    e.name.clone()
                };
                let id = if person {
                    let initials_dropped: Vec<&str> = name
                        .split_whitespace()
                        .filter(|w| w.trim_end_matches('.').chars().count() > 1)
                        .collect();
                    slug(&initials_dropped.join(" "))
                } else {
                    strip_determiner(&fold(&e.name)).replace(' ', "-")
                };
                let kind = if person {
                    "person".to_string()
                } else {
                    e.kind.clone()
                };
                (id, name, kind)
            }
        };
        let entry = merged.entry(id.clone()).or_insert_with(|| Entity {
            id: id.clone(),
            name,
            kind,
            mentions: Vec::new(),
        });
        for &m in members {
            rename.insert(entities[m].id.clone(), id.clone());
            entry.mentions.extend(entities[m].mentions.iter().cloned());
        }
        entry.mentions.sort();
        entry.mentions.dedup();
    }
    for claim in claims.iter_mut() {
        if let Some(speaker) = claim.speaker.as_mut()
            && let Some(id) = speaker.entity.as_ref()
            && let Some(new) = rename.get(id)
        {
            speaker.entity = Some(new.clone());
        }
        let mut named: Vec<String> = claim
            .entities
            .iter()
            .map(|id| rename.get(id).cloned().unwrap_or_else(|| id.clone()))
            .collect();
        named.sort();
        named.dedup();
        claim.entities = named;
    }
    merged.into_values().collect()
}

#[cfg(test)]
mod across_articles {
    use super::*;

    fn person(id: &str, name: &str) -> Entity {
        Entity {
            id: id.into(),
            name: name.into(),
            kind: "person".into(),
            mentions: vec![name.into()],
        }
    }

    fn ids(entities: &[Entity]) -> Vec<&str> {
        entities.iter().map(|e| e.id.as_str()).collect()
    }

    #[test]
    fn kerry_with_and_without_initial_is_one_person() {
        let rules = RuleSet::builtin().unwrap();
        let merged = resolve_across_articles(
            &mut [],
            vec![
                person("john-f-kerry", "John F. Kerry"),
                person("john-kerry", "John Kerry"),
                person("kerry", "Kerry"),
            ],
            &rules,
        );
        assert_eq!(ids(&merged), ["john-kerry"]);
        assert_eq!(merged[0].mentions, ["John F. Kerry", "John Kerry", "Kerry"]);
    }

    #[test]
    fn sergey_and_sergei_are_one_person_but_brothers_stay_apart() {
        let rules = RuleSet::builtin().unwrap();
        let merged = resolve_across_articles(
            &mut [],
            vec![
                person("sergei-lavrov", "Sergei Lavrov"),
                person("sergey-lavrov", "Sergey Lavrov"),
                person("ahmed-khan", "Ahmed Khan"),
                person("ali-khan", "Ali Khan"),
                person("khan", "Khan"),
            ],
            &rules,
        );
        assert_eq!(
            ids(&merged),
            ["ahmed-khan", "ali-khan", "khan", "sergei-lavrov"]
        );
    }

    #[test]
    fn assad_with_title_and_particle_is_one_person() {
        let rules = RuleSet::builtin().unwrap();
        let merged = resolve_across_articles(
            &mut [],
            vec![
                person(
                    "syrian-president-bashar-al-assad",
                    "Syrian President Bashar al-Assad",
                ),
                person("bashar-assad", "Bashar Assad"),
                person("assad", "Assad"),
            ],
            &rules,
        );
        assert_eq!(merged.len(), 1, "{merged:?}");
        assert_eq!(merged[0].name, "Bashar al-Assad");
    }

    #[test]
    fn accents_and_rule_aliases_merge() {
        let rules = RuleSet::builtin().unwrap();
        let org = |id: &str, name: &str| Entity {
            kind: "organization".into(),
            ..person(id, name)
        };
        let merged = resolve_across_articles(
            &mut [],
            vec![
                org("el-pais", "El Pais"),
                org("el-país", "El País"),
                org("isil", "ISIL"),
                org("daesh", "Daesh"),
            ],
            &rules,
        );
        assert_eq!(ids(&merged), ["el-pais", "islamic-state"]);
    }
}
