//! Speakers within one article: each mention joined to the person or group it names — a
//! surname to the full name written before or after it, in a claim or anywhere in the copy
//! ([`Roster`]), a pronoun or a role description to the person it stands for, a title noun
//! ("the special counsel") to the one person the copy gives that title — and every person
//! named by the fullest form the article gives.

use std::cell::OnceCell;
use std::collections::{BTreeMap, BTreeSet};

use aho_corasick::AhoCorasick;

use crate::extract::{Claim, ClaimKind, is_described_organisation};
use crate::rules::RuleSet;
use crate::words::{ends_in_possessive, fold};

use super::names::{
    Mention, description_head, is_person_description, name_parts, names_apart, parse,
    strip_determiner, surname_of, without_initials,
};
use super::roster::Roster;
use super::when::without_time;
use super::{Entity, slug};
use crate::words::{TextMap, TextSet};

/// Resolves speakers of one article's claims; names the entities it found.
pub struct Resolver<'r> {
    rules: &'r RuleSet,
    /// folded alias → rule entity index
    aliases: TextMap<String, usize>,
    /// folded role alias → role name
    roles: TextMap<String, String>,
    /// The batch's outlets, folded, without "the": "POLITICO" or "POLITICO Florida" is the
    /// outlet or its desk, never a person a later "he" could stand for.
    outlets: TextSet<String>,
    /// Each non-empty alias as a claim's content is searched for it, " alias " (folded,
    /// spaces either side), with its rule entity index …
    padded: Vec<(String, usize)>,
    /// … and all of them found in one pass over the content (rather than one search per
    /// alias; `None` only if the automaton cannot be built, when each is searched for).
    alias_finder: Option<AhoCorasick>,
}

/// A person of one article: every form of the name met, the fullest first.
#[derive(Debug, Clone)]
struct Person {
    /// The fullest name written ("Hillary Clinton" over "Clinton").
    name: String,
    /// Each name as written (without the role).
    forms: Vec<String>,
    /// The role last written with the name ("Secretary of State").
    role: Option<String>,
    /// Each mention of the person as written, where it says more than the name: the
    /// organisation before a title ("CIA Director Mike Pompeo") is in neither the name nor
    /// the role.
    said: Vec<String>,
    /// The title the copy first writes before the person's full name ("Israeli Prime
    /// Minister", "Special Counsel"), given to a mention of the name written without one.
    title: Option<String>,
}

impl Person {
    fn surname(&self) -> &str {
        surname_of(&self.name)
    }

    /// Notes a mention of the person as written.
    fn note(&mut self, mention: &str) {
        if mention != self.name && !self.said.iter().any(|m| m == mention) {
            self.said.push(mention.to_string());
        }
    }
}

/// What one claim's speaker turned out to be.
enum Resolved {
    /// A person of the article (an index into the article's people).
    Person(usize),
    /// A rule entity, group or organisation: (id, name, kind).
    Other(String, String, &'static str),
}

impl<'r> Resolver<'r> {
    pub fn new(rules: &'r RuleSet) -> Resolver<'r> {
        let mut aliases = TextMap::default();
        for (i, e) in rules.entities.iter().enumerate() {
            aliases.insert(fold(&e.name), i);
            for a in &e.aliases {
                aliases.insert(fold(a), i);
            }
        }
        let mut roles = TextMap::default();
        for r in &rules.roles {
            roles.insert(fold(&r.name), r.name.clone());
            for a in &r.aliases {
                roles.insert(fold(a), r.name.clone());
            }
        }
        let padded: Vec<(String, usize)> = aliases
            .iter()
            .filter(|(alias, _)| !alias.is_empty())
            .map(|(alias, &i)| (format!(" {alias} "), i))
            .collect();
        let alias_finder = AhoCorasick::new(padded.iter().map(|(p, _)| p.as_str())).ok();
        Resolver {
            rules,
            aliases,
            roles,
            outlets: TextSet::default(),
            padded,
            alias_finder,
        }
    }

    /// The same resolver, knowing the outlets of the batch by name (each article's
    /// `source`; "wash-post" is read as "wash post").
    pub fn with_outlets<'a>(mut self, sources: impl IntoIterator<Item = &'a str>) -> Self {
        for source in sources {
            let folded = fold(&source.replace(['-', '_'], " "));
            let name = strip_determiner(&folded);
            if !name.is_empty() {
                self.outlets.insert(name.to_string());
            }
        }
        self
    }

    /// Whether a name, as parsed, is one of the batch's outlets or a desk of one: the
    /// outlet's name alone, or followed by one word ("POLITICO Florida", "Politico Caucus").
    /// An outlet's name before two words or more is a byline of a person ("CNN Wolf
    /// Blitzer"), which the name reader already sets apart.
    fn is_outlet(&self, name: &str) -> bool {
        if self.outlets.is_empty() {
            return false;
        }
        let folded = fold(name);
        let name = strip_determiner(&folded);
        if self.outlets.contains(name) {
            return true;
        }
        name.rsplit_once(' ')
            .is_some_and(|(outlet, _desk)| self.outlets.contains(outlet))
    }

    /// Fills `speaker.entity` and `speaker.role` of one article's claims, in text order, and
    /// returns the entities met. A surname joins the person of the article who carries it
    /// (the one named last when several do), a full name the surname written before it;
    /// pronouns and person descriptions point at the nearest earlier person (one naming an
    /// organisation, "the CIA chief", at the nearest of that organisation, else at nobody
    /// known), a role description ("the secretary") at the person holding that role. Each person's id is
    /// made from the fullest name the article gives them, wherever it stands.
    ///
    /// `text` is the article's text: a surname alone takes the one full name the copy gives
    /// it anywhere, with the title written there, and a title noun ("the special counsel")
    /// the one person the copy gives that title; two people of that surname or title, and
    /// the mention stays as the claims alone read it.
    pub fn resolve_article(&self, text: &str, claims: &mut [Claim]) -> Vec<Entity> {
        // Read only when a claim needs it.
        let roster: OnceCell<Roster> = OnceCell::new();
        let roster = || roster.get_or_init(|| Roster::read(text, self.rules));
        let mut people: Vec<Person> = Vec::new();
        // Indexes into `people`, in order of last mention (the latest last).
        let mut recent: Vec<usize> = Vec::new();
        let mut descriptions: TextMap<String, String> = TextMap::default();
        // The last description of one person by its head noun ("adviser" of "one Labour
        // adviser close to the prime minister"): its id and the claim that wrote it.
        let mut described_heads: TextMap<String, (String, usize)> = TextMap::default();
        // The claim in which each person of `people` was last met.
        let mut last_met: Vec<usize> = Vec::new();
        let mut resolved: Vec<Option<Resolved>> = Vec::with_capacity(claims.len());
        for (at, claim) in claims.iter_mut().enumerate() {
            let Some(speaker) = claim
                .speaker
                .as_mut()
                .filter(|_| claim.kind != ClaimKind::Assertion)
            else {
                resolved.push(None);
                continue;
            };
            // "the agency, which reported …": a relative "which" or "that" is the noun
            // before it, and nobody known without one.
            let relative = ["which", "that"]
                .iter()
                .any(|r| speaker.text.eq_ignore_ascii_case(r));
            // "the lender" is the bank named before it, known as that bank is; so is the
            // organisation an "it" that speaks stands for (`"…," it said`).
            let described = is_described_organisation(&speaker.text, self.rules)
                || speaker.text.eq_ignore_ascii_case("it");
            let written = match (&speaker.antecedent, relative) {
                (Some(noun), true) => noun.clone(),
                (Some(name), false) if described => name.clone(),
                (None, true) => {
                    resolved.push(None);
                    continue;
                }
                _ => speaker.text.clone(),
            };
            // "a Herald poll released Monday" is the Herald poll; "on Monday" alone, no one.
            let written = match without_time(&written) {
                "" => {
                    resolved.push(None);
                    continue;
                }
                timeless => timeless.to_string(),
            };
            let folded = fold(&written);
            let stripped = strip_determiner(&folded);
            let found = if let Some(&i) = self
                .aliases
                .get(&folded)
                .or_else(|| self.aliases.get(stripped))
            {
                let rule = &self.rules.entities[i];
                let kind = if rule.kind == "person" {
                    "person"
                } else {
                    "organization"
                };
                Some(Resolved::Other(rule.id.clone(), rule.name.clone(), kind))
            } else {
                // The person a pronoun or a role noun stands for, named in the text.
                // "POLITICO Florida, who reported": the outlet's desk, no person.
                let outlet_antecedent = speaker
                    .antecedent
                    .as_deref()
                    .filter(|a| self.is_outlet(a))
                    .map(str::to_string);
                let antecedent = match speaker
                    .antecedent
                    .as_deref()
                    .filter(|_| outlet_antecedent.is_none())
                    .map(|a| parse(a, self.rules))
                {
                    Some(Mention::Name { name, role }) => {
                        // "Syrian President Bashar Assad, who said": the role is the name's.
                        if speaker.text.eq_ignore_ascii_case("who") {
                            speaker.role.clone_from(&role);
                        }
                        let p = self.person_named(&mut people, &recent, &name, role, roster());
                        if let Some(mention) = speaker.antecedent.as_deref() {
                            people[p].note(mention);
                        }
                        Some(p)
                    }
                    _ => None,
                };
                match parse(&written, self.rules) {
                    // "who" stands only for the name before it: with none found it is
                    // nobody known, never the person named last.
                    Mention::Pronoun if speaker.text.eq_ignore_ascii_case("who") => {
                        match outlet_antecedent {
                            Some(outlet) => Some(Resolved::Other(slug(&outlet), outlet, "outlet")),
                            None => antecedent.map(Resolved::Person),
                        }
                    }
                    Mention::Pronoun => antecedent
                        .or_else(|| recent.last().copied())
                        .map(Resolved::Person),
                    Mention::Unresolved => None,
                    Mention::Name { name, .. } if self.is_outlet(&name) => {
                        Some(Resolved::Other(slug(&name), name, "outlet"))
                    }
                    Mention::Name { .. } if self.is_outlet(&written) => Some(Resolved::Other(
                        slug(strip_determiner(&folded)),
                        written.clone(),
                        "outlet",
                    )),
                    Mention::Name { name, role } => {
                        speaker.role = role.clone();
                        let p = self.person_named(&mut people, &recent, &name, role, roster());
                        people[p].note(&written);
                        // "Netanyahu said" after "Israeli Prime Minister Benjamin Netanyahu":
                        // the title the copy gave the name.
                        if speaker.role.is_none() {
                            speaker.role.clone_from(&people[p].title);
                        }
                        Some(Resolved::Person(p))
                    }
                    Mention::Description { text } => {
                        let role_holder = self
                            .roles
                            .get(&folded)
                            .or_else(|| self.roles.get(stripped))
                            .and_then(|role| {
                                recent.iter().rev().copied().find(|&p| {
                                    people[p]
                                        .role
                                        .as_deref()
                                        .is_some_and(|r| fold(r).contains(&fold(role)))
                                })
                            });
                        // "One Labour adviser close to the prime minister said …" and then
                        // "the adviser said": the same unnamed person, when nobody was named
                        // between the two.
                        let head = description_head(stripped);
                        let same_head = described_heads
                            .get(head)
                            .filter(|_| folded.starts_with("the ") && is_person_description(head))
                            .filter(|(_, met)| {
                                antecedent
                                    .is_none_or(|p| last_met.get(p).is_none_or(|&seen| seen < *met))
                            })
                            .map(|(id, _)| id.clone());
                        if let Some(p) = role_holder {
                            Some(Resolved::Person(p))
                        } else if let Some(id) = same_head {
                            Some(Resolved::Other(id, text, "group"))
                        } else if let Some(p) =
                            antecedent.filter(|_| is_person_description(stripped))
                        {
                            Some(Resolved::Person(p))
                        } else if folded.starts_with("the ")
                            && written
                                .split_whitespace()
                                .last()
                                .is_some_and(|w| w.chars().next().is_some_and(char::is_lowercase))
                            && let Some(holder) = roster().holder(stripped, self.rules)
                        {
                            // "the special counsel" where the copy gives that title to one
                            // person only; "the Republican" names a party's member, no post.
                            let name = holder.name.clone();
                            Some(Resolved::Person(self.person_named(
                                &mut people,
                                &recent,
                                &name,
                                None,
                                roster(),
                            )))
                        } else if let Some(id) = descriptions.get(stripped) {
                            Some(Resolved::Other(id.clone(), text, "group"))
                        } else if folded.starts_with("the ")
                            && is_person_description(stripped)
                            && !written.split_whitespace().any(ends_in_possessive)
                            && let Some(p) = self.last_fitting(&people, &recent, &written)
                        {
                            // "the former British Cabinet member" right after a named person;
                            // not "the mayor's spokesman", someone named by another.
                            Some(Resolved::Person(p))
                        } else {
                            let id = slug(stripped);
                            descriptions.insert(stripped.to_string(), id.clone());
                            if is_person_description(head) {
                                described_heads.insert(head.to_string(), (id.clone(), at));
                            }
                            Some(Resolved::Other(id, text, "group"))
                        }
                    }
                }
            };
            if let Some(Resolved::Person(p)) = found {
                recent.retain(|&q| q != p);
                recent.push(p);
                if last_met.len() <= p {
                    last_met.resize(p + 1, 0);
                }
                last_met[p] = at;
            }
            resolved.push(found);
        }
        let person_ids: Vec<String> = people
            .iter()
            .map(|p| slug(&without_initials(&p.name)))
            .collect();
        let mut entities: BTreeMap<String, Entity> = BTreeMap::new();
        for (claim, found) in claims.iter_mut().zip(resolved) {
            let (Some(speaker), Some(found)) = (claim.speaker.as_mut(), found) else {
                continue;
            };
            let (id, name, kind) = match found {
                Resolved::Person(p) => (person_ids[p].clone(), people[p].name.clone(), "person"),
                Resolved::Other(id, name, kind) => (id, name, kind),
            };
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
        entities
            .into_values()
            .map(|mut e| {
                e.mentions.sort();
                e
            })
            .collect()
    }

    /// The person named last a description written `written` ("the CIA chief") can stand
    /// for: the last person of the article, unless the description names an organisation
    /// (an acronym, "CIA", or an organisation of the rules) — then the last person whose
    /// name or role as written names it too ("CIA Director Mike Pompeo"), and nobody when
    /// none does: a description of someone at the CIA is not whoever spoke last.
    fn last_fitting(&self, people: &[Person], recent: &[usize], written: &str) -> Option<usize> {
        let named = self.organisations_in(written);
        if named.is_empty() {
            return recent.last().copied();
        }
        recent.iter().rev().copied().find(|&p| {
            let person = &people[p];
            let mut said = person.said.iter().chain(&person.role);
            said.any(|form| {
                let theirs = self.organisations_in(form);
                named.iter().any(|o| theirs.contains(o))
            })
        })
    }

    /// The organisations a speaker mention names, sorted: each acronym of capitals written
    /// in it ("CIA", "CBP"; not "U.S.", a country), folded, and the id of each organisation
    /// of the rules it names.
    fn organisations_in(&self, mention: &str) -> Vec<String> {
        let mut found: Vec<String> = mention
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| {
                w.len() >= 2
                    && w.chars().all(|c| c.is_ascii_uppercase())
                    && self
                        .aliases
                        .get(&fold(w))
                        .is_none_or(|&i| self.rules.entities[i].kind != "place")
            })
            .map(fold)
            .collect();
        found.extend(self.entities_in(mention).into_iter().filter(|id| {
            self.rules
                .entities
                .iter()
                .any(|e| &e.id == id && e.kind != "place")
        }));
        found.sort();
        found.dedup();
        found
    }

    /// The person of the article a name written as `name` stands for (added when new): the
    /// same name; for a surname alone, the person named last who carries it, else the one
    /// full name the copy gives it ([`Roster::full_name`]); for a full name, a person known
    /// so far by the surname alone or by a compatible full name ("John F. Kerry" after "John
    /// Kerry"). The person keeps the title the copy first writes before the full name.
    fn person_named(
        &self,
        people: &mut Vec<Person>,
        recent: &[usize],
        name: &str,
        role: Option<String>,
        roster: &Roster,
    ) -> usize {
        let surname = surname_of(name);
        let parts = name_parts(name, self.rules);
        let single = parts.len() <= 1;
        let latest = |test: &dyn Fn(&Person) -> bool| {
            recent.iter().rev().copied().find(|&p| test(&people[p]))
        };
        let known = latest(&|p| p.forms.iter().any(|f| f == name)).or_else(|| {
            if single {
                latest(&|p| p.surname() == surname)
            } else {
                latest(&|p| {
                    p.surname() == surname && !names_apart(&name_parts(&p.name, self.rules), &parts)
                })
            }
        });
        let p = match known {
            Some(p) => {
                let person = &mut people[p];
                if !person.forms.iter().any(|f| f == name) {
                    person.forms.push(name.to_string());
                }
                if name_parts(&person.name, self.rules).len() < parts.len() {
                    person.name = name.to_string();
                }
                if role.is_some() {
                    person.role = role;
                }
                p
            }
            None => {
                let mut forms = vec![name.to_string()];
                let full = single
                    .then(|| roster.full_name(surname))
                    .flatten()
                    .map(|n| n.name.clone());
                if let Some(full) = &full {
                    forms.push(full.clone());
                }
                people.push(Person {
                    name: full.unwrap_or_else(|| name.to_string()),
                    forms,
                    role,
                    said: Vec::new(),
                    title: None,
                });
                people.len() - 1
            }
        };
        if people[p].title.is_none() {
            people[p].title = roster
                .title_for(&people[p].name, self.rules)
                .map(str::to_string);
        }
        p
    }

    /// Rule entities named in a claim's content ("including Islamic State, al-Nusra").
    pub fn entities_in(&self, content: &str) -> Vec<String> {
        let folded = format!(" {} ", fold(content));
        // The aliases found, as indices into `padded`: every occurrence of every alias,
        // overlapping ones too, as searching for each alias in turn finds them.
        let mut hits: Vec<usize> = match &self.alias_finder {
            Some(finder) => finder
                .find_overlapping_iter(&folded)
                .map(|m| m.pattern().as_usize())
                .collect(),
            None => (0..self.padded.len())
                .filter(|&k| folded.contains(&self.padded[k].0))
                .collect(),
        };
        hits.sort_unstable();
        hits.dedup();
        let mut found = BTreeSet::new();
        for (padded, i) in hits.into_iter().filter_map(|k| self.padded.get(k)) {
            // Short all-capital aliases ("IS") must be written in capitals.
            let rule = &self.rules.entities[*i];
            let exact_needed = padded.len() - 2 <= 2;
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
        found.into_iter().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Article, ArticleMeta};
    use crate::extract::Extractor;

    /// (speaker as written, entity) of each claim of `text`.
    fn speakers(text: &str) -> Vec<(String, String)> {
        let rules = RuleSet::builtin().unwrap();
        let meta = ArticleMeta {
            id: Some("a".into()),
            source: Some("Wire".into()),
            ..Default::default()
        };
        let article = Article::from_text(std::path::Path::new("a.txt"), text, &meta).unwrap();
        let mut claims = Extractor::new(&rules).claims(&article);
        Resolver::new(&rules).resolve_article(text, &mut claims);
        claims
            .into_iter()
            .filter_map(|c| c.speaker)
            .map(|s| (s.text, s.entity.unwrap_or_default()))
            .collect()
    }

    /// (speaker as written, entity, kind) of each claim of `text`, resolved knowing the
    /// batch's outlets.
    fn speakers_among(text: &str, outlets: &[&str]) -> Vec<(String, String, String)> {
        let rules = RuleSet::builtin().unwrap();
        let meta = ArticleMeta {
            id: Some("a".into()),
            source: Some(outlets[0].into()),
            ..Default::default()
        };
        let article = Article::from_text(std::path::Path::new("a.txt"), text, &meta).unwrap();
        let mut claims = Extractor::new(&rules).claims(&article);
        let entities = Resolver::new(&rules)
            .with_outlets(outlets.iter().copied())
            .resolve_article(text, &mut claims);
        claims
            .into_iter()
            .filter_map(|c| c.speaker)
            .map(|s| {
                let id = s.entity.unwrap_or_default();
                let kind = entities
                    .iter()
                    .find(|e| e.id == id)
                    .map_or(String::new(), |e| e.kind.clone());
                (s.text, id, kind)
            })
            .collect()
    }

    #[test]
    fn an_outlet_or_its_desk_is_no_person_a_pronoun_can_stand_for() {
        let text = "Senator Mark Ellis said the bill was dead.\n\n\
                    POLITICO Florida reported that the vote was delayed.\n\n\
                    He said the delay was expected.";
        let found = speakers_among(text, &["politico", "wash-post"]);
        let triple = |a: &str, b: &str, c: &str| (a.to_string(), b.to_string(), c.to_string());
        assert_eq!(
            found,
            [
                triple("Senator Mark Ellis", "mark-ellis", "person"),
                triple("POLITICO Florida", "politico-florida", "outlet"),
                triple("He", "mark-ellis", "person"),
            ]
        );
        // Outside a batch with that outlet, the desk still reads as a name.
        let alone = speakers_among(text, &["Wire"]);
        assert_eq!(alone[1].2, "person");
    }

    #[test]
    fn a_day_after_a_poll_or_statement_names_no_one() {
        // Two outlets' polls released the same weekday are two sources, not one "Monday".
        let found = speakers(
            "In a Ledger poll released Monday, 52 percent of voters backed Ruiz.\n\n\
             In a statement issued Thursday night, Senator Ana Lindqvist said the count was fair.",
        );
        assert_eq!(
            found,
            pairs(&[
                ("a Ledger poll released Monday", "ledger-poll"),
                ("Senator Ana Lindqvist", "ana-lindqvist")
            ])
        );
    }

    #[test]
    fn it_is_known_as_the_organisation_it_stands_for() {
        assert_eq!(
            speakers("The ferry company said it was pleased. “The pier will close,” it said."),
            pairs(&[
                ("The ferry company", "ferry-company"),
                ("it", "ferry-company")
            ])
        );
        // With no organisation before it, "it" is nobody known.
        assert_eq!(
            speakers("“The bakery will close,” it said."),
            pairs(&[("it", "")])
        );
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(a, b)| ((*a).to_string(), (*b).to_string()))
            .collect()
    }

    #[test]
    fn a_word_that_names_no_one_is_no_entity_of_its_own() {
        // "his" stands for whom "he" would; "The" opening the sentence after "in May." is
        // no mayor's name, so "the mayor" is an unnamed mayor, not a person called "The".
        let found = speakers(
            "The bridge will reopen in May, the council said.\n\n\
             The engineers warned that costs would rise.\n\n\
             The mayor said that talks were continuing.\n\n\
             Ruiz met the council on Monday and repeated his insistence that the road stay shut.",
        );
        assert_eq!(
            found,
            pairs(&[
                ("the council", "council"),
                ("The engineers", "engineers"),
                ("The mayor", "mayor"),
                ("Ruiz", "ruiz"),
                ("his", "ruiz"),
            ])
        );
    }

    #[test]
    fn a_surname_written_before_the_full_name_takes_the_full_names_id() {
        let found = speakers(
            "Finch said the primary was close.\n\n\
             Kent State University professor Laura Finch said turnout would decide it.",
        );
        assert_eq!(
            found,
            pairs(&[
                ("Finch", "laura-finch"),
                ("Kent State University professor Laura Finch", "laura-finch")
            ])
        );
    }

    #[test]
    fn an_outlet_is_never_a_person() {
        let found = speakers(
            "Trump said the polls were rigged.\n\n\
             The Huffington Post reported that the campaign had spent little on ads.\n\n\
             Fox News host Sean Hannity said the debate was fair.",
        );
        assert_eq!(
            found,
            pairs(&[
                ("Trump", "trump"),
                ("The Huffington Post", "huffington-post"),
                ("Fox News host Sean Hannity", "sean-hannity")
            ])
        );
    }

    #[test]
    fn who_without_a_name_before_it_is_nobody_known() {
        let rules = RuleSet::builtin().unwrap();
        let meta = ArticleMeta {
            id: Some("a".into()),
            source: Some("Wire".into()),
            ..Default::default()
        };
        let text = "Trump said the polls were rigged.\n\nKerry said the count was fair.";
        let article = Article::from_text(std::path::Path::new("a.txt"), text, &meta).unwrap();
        let mut claims = Extractor::new(&rules).claims(&article);
        assert_eq!(claims.len(), 2);
        // A relative pronoun whose head was not found: "who" alone.
        let speaker = claims[1].speaker.as_mut().unwrap();
        speaker.text = "who".to_string();
        speaker.antecedent = None;
        Resolver::new(&rules).resolve_article(text, &mut claims);
        let entity = |i: usize| claims[i].speaker.as_ref().and_then(|s| s.entity.clone());
        assert_eq!(entity(0).as_deref(), Some("trump"));
        assert_eq!(entity(1), None);
    }

    #[test]
    fn a_person_noun_after_a_name_is_that_person() {
        let found = speakers(
            "Trump said the polls were rigged.\n\n\
             The billionaire real estate magnate said he would win Ohio.",
        );
        assert_eq!(
            found,
            pairs(&[
                ("Trump", "trump"),
                ("The billionaire real estate magnate", "trump")
            ])
        );
    }

    #[test]
    fn someone_described_by_another_is_not_that_other() {
        // "The mayor's spokesman" right after the mayor is named is the spokesman.
        let found = speakers(
            "Mayor Ines Ortega said the bridge would close in May.\n\n\
             The mayor's spokesman said the closure would last a week.",
        );
        assert_eq!(
            found,
            pairs(&[
                ("Mayor Ines Ortega", "ines-ortega"),
                ("The mayor's spokesman", "mayors-spokesman")
            ])
        );
    }

    #[test]
    fn he_stands_for_the_subject_before_him_not_the_last_speaker() {
        let found = speakers(
            "U.S. Secretary of State Peter Marsh said the powers had agreed to a pause.\n\n\
             Russian Prime Minister Dmitry Medvedev has warned the powers against a ground \
             war. He said in a statement Friday \"a ground war pulls everyone into it.\"\n\n\
             Marsh met reporters in Geneva on Friday. He said the 20-nation contact group \
             has agreed that a panel will work out the details.",
        );
        assert_eq!(
            found,
            pairs(&[
                ("U.S. Secretary of State Peter Marsh", "peter-marsh"),
                ("Russian Prime Minister Dmitry Medvedev", "dmitry-medvedev"),
                ("He", "dmitry-medvedev"),
                ("He", "peter-marsh")
            ])
        );
    }

    #[test]
    fn a_quote_after_x_acknowledged_belongs_to_x() {
        let found = speakers(
            "Syrian President Bashar al-Assad said he was open to a truce.\n\n\
             Kerry acknowledged that the two sides face a hard choice.\n\n\
             \u{201c}We are plain: if you stay out of it, you may well be a target,\u{201d} he said.",
        );
        assert_eq!(
            found,
            pairs(&[
                ("Syrian President Bashar al-Assad", "bashar-al-assad"),
                ("Kerry", "kerry"),
                ("he", "kerry")
            ])
        );
    }

    #[test]
    fn she_passes_over_a_man_named_nearer() {
        let found = speakers(
            "Mrs. Clinton said the plan would work. Mr. Trump said it would fail. She said \
             he was wrong.",
        );
        assert_eq!(
            found,
            pairs(&[
                ("Mrs. Clinton", "clinton"),
                ("Mr. Trump", "trump"),
                ("She", "clinton")
            ])
        );
    }

    #[test]
    fn a_role_noun_stands_for_the_subject_before_it() {
        let found = speakers(
            "Senator Ted Cruz said the deal was weak. Harry Reid said the deal was strong.\n\n\
             Cruz spoke in Iowa on Monday. The senator said the border came first.",
        );
        assert_eq!(
            found,
            pairs(&[
                ("Senator Ted Cruz", "ted-cruz"),
                ("Harry Reid", "harry-reid"),
                ("The senator", "ted-cruz")
            ])
        );
    }

    #[test]
    fn the_noun_of_an_unnamed_speaker_stands_for_that_speaker_not_the_person_named_before() {
        let found = speakers(
            "\"We will rebuild,\" Mayor Ana Ruiz said on Monday.\n\n\
             A senior fire official said crews were kept from the building. \
             \"We lost minutes,\" the official said.",
        );
        assert_eq!(found[2].0, "the official");
        assert_eq!(found[2].1, found[1].1, "{found:?}");
        // A body named "the Department of …" is no person a description stands for.
        let found = speakers(
            "Mayor Ana Ruiz said the inquiry was fair.\n\n\
             The Department of Justice announced its inquiry in May.",
        );
        assert_eq!(found[1].1, "department-of-justice", "{found:?}");
    }

    #[test]
    fn a_description_naming_an_organisation_stands_for_someone_of_it_or_nobody_known() {
        let found = speakers(
            "CIA Director Ana Ruiz said the talks would go ahead. Kim Jong Un said the North \
             was ready.\n\nThe CIA chief said the site had been chosen.",
        );
        assert_eq!(
            found[2],
            ("The CIA chief".to_string(), "ana-ruiz".to_string())
        );
        // Nobody named at the CIA: the last speaker is not its chief.
        let found = speakers(
            "Ruiz said the talks would go ahead. Kim Jong Un said the North was ready.\n\n\
             The CIA chief said the site had been chosen.",
        );
        assert_eq!(found[1].1, "kim-jong-un");
        assert_ne!(found[2].1, "kim-jong-un");
        assert_ne!(found[2].1, "ruiz");
        // A description naming no organisation is still the person named last.
        let found = speakers(
            "Trump said the polls were rigged.\n\nThe billionaire real estate magnate said he \
             would win Ohio.",
        );
        assert_eq!(found[1].1, "trump");
    }

    #[test]
    fn a_surname_takes_the_full_name_written_where_nobody_speaks() {
        // The full name stands in a sentence that is no claim; the surname speaks later.
        let found = speakers(
            "The inquiry led by Special Counsel Erik Lindqvist widened on Monday.\n\n\
             Lindqvist said the witnesses would be heard in June.\n\n\
             The special counsel said the panel would sit in Oslo.",
        );
        assert_eq!(
            found,
            pairs(&[
                ("Lindqvist", "erik-lindqvist"),
                ("The special counsel", "erik-lindqvist")
            ])
        );
    }

    #[test]
    fn a_bare_name_carries_the_title_the_copy_gave_it() {
        let rules = RuleSet::builtin().unwrap();
        let meta = ArticleMeta {
            id: Some("a".into()),
            source: Some("Wire".into()),
            ..Default::default()
        };
        let text = "Israeli Prime Minister Yael Dror flew to Paris on Monday.\n\n\
                    Dror said the talks had stalled.";
        let article = Article::from_text(std::path::Path::new("a.txt"), text, &meta).unwrap();
        let mut claims = Extractor::new(&rules).claims(&article);
        Resolver::new(&rules).resolve_article(text, &mut claims);
        let speaker = claims[0].speaker.as_ref().unwrap();
        assert_eq!(speaker.entity.as_deref(), Some("yael-dror"));
        assert_eq!(speaker.role.as_deref(), Some("Israeli Prime Minister"));
    }

    #[test]
    fn a_surname_two_people_of_the_copy_carry_stays_a_surname() {
        let found = speakers(
            "Mayor Lena Haugen opened the bridge with her husband, Tor Haugen, a builder.\n\n\
             Haugen said the work came in under budget.",
        );
        assert_eq!(found, pairs(&[("Haugen", "haugen")]));
    }

    #[test]
    fn a_title_two_people_hold_stands_for_neither() {
        // A story about two presidents: "the president" is not guessed.
        let found = speakers(
            "President Ana Ruiz met Russian President Pavel Orlov in Vienna on Monday.\n\n\
             The president said the meeting had been useful.",
        );
        assert_eq!(found.len(), 1);
        assert_ne!(found[0].1, "ana-ruiz");
        assert_ne!(found[0].1, "pavel-orlov");
        // One holder, and the title is hers.
        let found = speakers(
            "President Ana Ruiz met the mayor of Vienna, Paul Gruber, on Monday.\n\n\
             The president said the meeting had been useful.",
        );
        assert_eq!(found, pairs(&[("The president", "ana-ruiz")]));
    }

    #[test]
    fn a_claim_names_every_rule_entity_it_mentions_and_no_lowercase_short_alias() {
        let rules = RuleSet::builtin().unwrap();
        let resolver = Resolver::new(&rules);
        // Two entities, one through an alias inside a longer one ("Islamic State group").
        assert_eq!(
            resolver.entities_in(
                "fighters of the Islamic State group crossed into areas the United Nations monitors"
            ),
            vec!["islamic-state".to_string(), "united-nations".to_string()]
        );
        // "is" and "us" written in small letters are words, not the group or the country.
        assert!(
            resolver
                .entities_in("it is up to us to decide what comes next")
                .is_empty()
        );
        assert_eq!(
            resolver.entities_in("officials in the US said IS had lost ground"),
            vec!["islamic-state".to_string(), "united-states".to_string()]
        );
    }
}
