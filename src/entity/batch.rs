//! Speakers across the articles of a batch: one entity for the same rule entity, the same
//! folded name, spelling variants of one person's name, a surname and the one person of the
//! batch who carries it, and descriptions with one head.

use std::collections::BTreeMap;

use rayon::prelude::*;

use crate::extract::Claim;
use crate::rules::RuleSet;
use crate::sets::Sets;
use crate::words::{ends_in_possessive, fold};

use super::names::{NAME_PARTICLES, display_name, name_parts, same_given_name, strip_determiner};
use super::{Entity, slug};
use crate::words::TextMap;

/// A singular head phrase for descriptions ("the opposition groups" → "opposition group").
/// Names joined by "and" ("Obama and Clinton", "Trump and Clinton") share no head, nor
/// does a possessive ("Donald Trump's" is no "Donald Trump"): those merge only when written
/// the same.
fn description_key(name: &str) -> Option<String> {
    let written: Vec<&str> = name.split_whitespace().collect();
    if written.iter().any(|w| matches!(*w, "and" | "&" | "or"))
        || written.last().is_some_and(|w| ends_in_possessive(w))
    {
        return None;
    }
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
    let mut rule_alias: TextMap<String, usize> = TextMap::default();
    for (i, e) in rules.entities.iter().enumerate() {
        rule_alias.insert(fold(&e.name), i);
        rule_alias.insert(fold(&e.id.replace('-', " ")), i);
        for a in &e.aliases {
            rule_alias.insert(fold(a), i);
        }
    }
    // Weight of each entity: how many claims it speaks.
    let mut weight: TextMap<&str, usize> = TextMap::default();
    for claim in claims.iter() {
        if let Some(id) = claim.speaker.as_ref().and_then(|s| s.entity.as_deref()) {
            *weight.entry(id).or_default() += 1;
        }
    }
    let n = entities.len();
    let mut sets = Sets::new(n);
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
                        // "Mrs. Clinton's" is no one's name.
                        let possessive = w.ends_with("'s") || w.ends_with("’s");
                        !possessive && w.chars().next().is_some_and(char::is_uppercase)
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
    let mut rename: TextMap<String, String> = TextMap::default();
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
    // Each claim renamed on its own, in parallel.
    claims.par_iter_mut().for_each(|claim| {
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
    });
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
    fn pairs_of_speakers_sharing_one_name_stay_apart() {
        let rules = RuleSet::builtin().unwrap();
        let group = |id: &str, name: &str| Entity {
            kind: "group".into(),
            ..person(id, name)
        };
        let merged = resolve_across_articles(
            &mut [],
            vec![
                group("obama-and-clinton", "Obama and Clinton"),
                group("trump-and-clinton", "Trump and Clinton"),
                group("the-obama-and-clinton", "the Obama and Clinton"),
                group(
                    "candidates-hillary-clinton-and-donald-trump",
                    "candidates Hillary Clinton and Donald Trump",
                ),
                group("donald-trumps", "Donald Trump's"),
                group("the-opposition-groups", "the opposition groups"),
                group("main-opposition-group", "main opposition group"),
            ],
            &rules,
        );
        assert_eq!(
            ids(&merged),
            [
                "candidates-hillary-clinton-and-donald-trump",
                "donald-trumps",
                "main-opposition-group",
                "obama-and-clinton",
                "trump-and-clinton",
            ]
        );
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
