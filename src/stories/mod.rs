//! Stories: the articles of a batch grouped by the event or thread they tell — articles that
//! share rare names within a few days — so that claims and facts are linked and compared
//! only within one story.
//!
//! `names` reads the names each text gives; `lede` which of them tell who and where a text
//! is about; `what` the words its lede tells what happened in; `versions` finds texts that
//! are versions of one (cut or touched-up agency copy); `cluster` groups the texts by all
//! of them; `why` tells, for two articles, the evidence it weighed. Copies of one text
//! are always one story; the grouping does not depend on the order of the input or
//! the number of threads.

mod cluster;
mod event;
mod lede;
mod names;
mod versions;
mod what;
mod why;

use std::hash::Hasher;

use rayon::prelude::*;
use serde::Serialize;

use crate::article::Article;
use crate::date::Date;
use crate::rules::RuleSet;
use crate::words::{Fnv, fold};
use crate::words::{TextMap, TextSet};

pub use why::{Evidence, why};

/// Articles about one event or thread.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Story {
    /// `S1`, `S2`, … in the order of each story's first article.
    pub id: String,
    /// A short title an editor recognises the story by: its commonest names.
    pub title: String,
    /// Indexes of the story's articles in the batch, ascending.
    #[serde(skip)]
    pub articles: Vec<usize>,
}

/// The story each article belongs to: `story_of[article] == index into stories`.
pub fn story_of(stories: &[Story], articles: usize) -> Vec<usize> {
    let mut of = vec![0; articles];
    for (s, story) in stories.iter().enumerate() {
        for &a in &story.articles {
            if let Some(slot) = of.get_mut(a) {
                *slot = s;
            }
        }
    }
    of
}

/// True when `stories` hold each of `articles` articles exactly once.
pub fn cover(stories: &[Story], articles: usize) -> bool {
    let mut seen = vec![false; articles];
    for &a in stories.iter().flat_map(|s| &s.articles) {
        match seen.get_mut(a) {
            Some(slot) if !*slot => *slot = true,
            _ => return false,
        }
    }
    seen.into_iter().all(|s| s)
}

/// How many names a story's title gives.
const TITLE_NAMES: usize = 3;

/// Groups the batch into stories: articles that share rare names (people, places,
/// organisations) within a few days. Articles with the same headline, text and date are
/// one story; stories are numbered in the order of their first article.
pub fn group(articles: &[Article], rules: &RuleSet) -> Vec<Story> {
    if articles.is_empty() {
        return Vec::new();
    }
    let batch = Batch::read(articles, rules);
    let mut story_of_text = cluster::cluster(
        &batch.grouped,
        batch.reading.vocabulary.len(),
        batch.words,
        &batch.versions,
        &batch.telling,
        &batch.events,
    );
    let Batch {
        text_of,
        slot,
        reading,
        ..
    } = batch;
    // When no two texts share enough to be one story, the names have told nothing apart:
    // the batch stays one story, as it was handed in (two short articles naming different
    // people on one day).
    if story_of_text.iter().enumerate().all(|(t, &s)| s == t) {
        story_of_text.fill(0);
    }
    // Stories in the order of their first article.
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut group_of: TextMap<usize, usize> = TextMap::default();
    for (i, &t) in text_of.iter().enumerate() {
        let g = *group_of.entry(story_of_text[slot[t]]).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[g].push(i);
    }
    groups
        .into_par_iter()
        .enumerate()
        .map(|(n, articles_of)| {
            let mut texts: Vec<usize> = articles_of.iter().map(|&a| slot[text_of[a]]).collect();
            texts.sort_unstable();
            texts.dedup();
            let title = title(texts.iter().map(|&t| &reading.texts[t]))
                .or_else(|| articles[articles_of[0]].title.clone())
                .unwrap_or_else(|| articles[articles_of[0]].id.clone());
            Story {
                id: format!("S{}", n + 1),
                title,
                articles: articles_of,
            }
        })
        .collect()
}

/// What the grouping reads of a batch before it clusters: its distinct texts, in an order
/// of their own, and each one's names, lede, event and versions.
struct Batch {
    /// Per article: the first article with its text.
    text_of: Vec<usize>,
    /// The distinct texts' first articles, by date, then text.
    firsts: Vec<usize>,
    /// Per article that is first with its text: its place in `firsts`.
    slot: Vec<usize>,
    reading: names::Reading,
    grouped: Vec<cluster::Text>,
    telling: lede::Telling,
    events: Vec<event::Event>,
    words: usize,
    versions: Vec<(usize, usize)>,
}

impl Batch {
    /// Reads `articles` (at least one).
    fn read(articles: &[Article], rules: &RuleSet) -> Batch {
        // The distinct texts, in an order of their own (date, then text), so that the grouping
        // does not depend on the order of the input. Each text is hashed once, in parallel: a
        // text is filed under its hash and date, and compared whole only with the texts filed
        // there before it.
        let hashes: Vec<u64> = articles
            .par_iter()
            .map(|a| {
                let mut h = Fnv::default();
                h.write(a.text.as_bytes());
                h.finish()
            })
            .collect();
        let mut filed: TextMap<(u64, Option<Date>), Vec<usize>> = TextMap::default();
        let mut text_of = Vec::with_capacity(articles.len());
        let mut firsts: Vec<usize> = Vec::new();
        for (i, a) in articles.iter().enumerate() {
            let same = filed.entry((hashes[i], a.date)).or_default();
            let first = same.iter().copied().find(|&f| {
                let earlier = &articles[f];
                earlier.text == a.text && earlier.title == a.title
            });
            text_of.push(first.unwrap_or(i));
            if first.is_none() {
                same.push(i);
                firsts.push(i);
            }
        }
        drop(filed);
        // (date, hash, text, headline) tells every two distinct texts apart.
        firsts.par_sort_unstable_by(|&i, &j| {
            let (x, y) = (&articles[i], &articles[j]);
            (x.date, hashes[i], x.text.as_str(), x.title.as_deref()).cmp(&(
                y.date,
                hashes[j],
                y.text.as_str(),
                y.title.as_deref(),
            ))
        });
        let mut slot = vec![0; articles.len()];
        for (k, &i) in firsts.iter().enumerate() {
            slot[i] = k;
        }
        let texts: Vec<(Option<&str>, &str)> = firsts
            .iter()
            .map(|&i| (articles[i].title.as_deref(), articles[i].text.as_str()))
            .collect();
        // The names, what the ledes tell and the events on one side, the versions on the
        // other: neither reads the other, and each one's serial parts leave a thread to the
        // other's work.
        let bodies: Vec<&str> = texts.iter().map(|&(_, text)| text).collect();
        let ((reading, grouped, telling, events, words), versions) = rayon::join(
            || {
                let reading = names::read(&texts, rules);
                let what::What { of_text, words } = what::read(&texts);
                let grouped: Vec<cluster::Text> = firsts
                    .iter()
                    .zip(&reading.texts)
                    .zip(of_text)
                    .map(|((&i, n), what)| cluster::Text {
                        day: articles[i].date.map(Date::to_days),
                        names: n.words.clone(),
                        what,
                        masthead: masthead(&articles[i], &reading.vocabulary),
                    })
                    .collect();
                let telling = lede::read(&reading.texts);
                let events: Vec<event::Event> = firsts
                    .par_iter()
                    .map(|&i| {
                        let a = &articles[i];
                        let lede = &a.text[names::lede(&a.text)];
                        event::Event::read(a.title.as_deref(), lede, a.date)
                    })
                    .collect();
                (reading, grouped, telling, events, words)
            },
            || versions::pairs(&bodies),
        );
        Batch {
            text_of,
            firsts,
            slot,
            reading,
            grouped,
            telling,
            events,
            words,
            versions,
        }
    }
}

/// The names of the batch's `vocabulary` (sorted) that the name of `article`'s outlet
/// gives: "Lorvenne" of "The Lorvenne Courier", "Port" and "Alder" of "Port Alder Times"
/// ("Times", "Courier", "Daily" are no names the copy writes). None when the outlet is not
/// known (its name is the article's id).
fn masthead(article: &Article, vocabulary: &[String]) -> Vec<u32> {
    if article.source == article.id {
        return Vec::new();
    }
    let mut names: Vec<u32> = article
        .source
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .filter_map(|w| {
            let folded = fold(w);
            vocabulary
                .binary_search_by(|v| v.as_str().cmp(folded.as_str()))
                .ok()
                .map(|n| n as u32)
        })
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

/// The names most of a story's texts give, as they are most often written, each adding a
/// word the ones before lack: "Darnell Price, Englewood, South Halsted Street".
fn title<'n>(texts: impl Iterator<Item = &'n names::Names>) -> Option<String> {
    // Per run of names: texts giving it, mentions, and how often each spelling is written.
    let mut runs: TextMap<&str, (usize, usize, TextMap<&str, usize>)> = TextMap::default();
    for names in texts {
        let mut seen: TextSet<&str> = TextSet::default();
        for (folded, written) in &names.runs {
            let entry = runs.entry(folded.as_str()).or_default();
            if seen.insert(folded.as_str()) {
                entry.0 += 1;
            }
            entry.1 += 1;
            *entry.2.entry(written.as_str()).or_default() += 1;
        }
    }
    let mut ranked: Vec<(&str, usize, usize, &TextMap<&str, usize>)> = runs
        .iter()
        .map(|(folded, (texts, mentions, spellings))| (*folded, *texts, *mentions, spellings))
        .collect();
    ranked.sort_unstable_by(|x, y| (y.1, y.2).cmp(&(x.1, x.2)).then(x.0.cmp(y.0)));
    let mut chosen: Vec<&str> = Vec::new();
    let mut covered: TextSet<&str> = TextSet::default();
    for (folded, _, _, spellings) in ranked {
        if chosen.len() == TITLE_NAMES {
            break;
        }
        let words: Vec<&str> = folded.split(' ').collect();
        if words.iter().all(|w| covered.contains(w)) {
            continue;
        }
        covered.extend(words);
        // The commonest spelling, one not all in capitals first ("Chicago", not "CHICAGO").
        let written = spellings
            .iter()
            .max_by(|x, y| {
                (x.1, !shouted(x.0))
                    .cmp(&(y.1, !shouted(y.0)))
                    .then(y.0.cmp(x.0))
            })
            .map(|(w, _)| *w)?;
        chosen.push(written);
    }
    (!chosen.is_empty()).then(|| chosen.join(", "))
}

/// "CHICAGO": written all in capitals.
fn shouted(text: &str) -> bool {
    !text.chars().any(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::ArticleMeta;
    use std::path::Path;

    /// An article with the front matter `front` ("source = …").
    fn article(id: &str, front: &str) -> Article {
        let text = format!("+++\nid = \"{id}\"\n{front}+++\nText.\n");
        Article::from_text(Path::new("a.txt"), &text, &ArticleMeta::default()).unwrap()
    }

    #[test]
    fn a_masthead_gives_the_names_of_its_town_the_copy_writes() {
        let vocabulary: Vec<String> = ["alder", "harwick", "port"].map(String::from).to_vec();
        let courier = article("a", "source = \"The Harwick Courier\"\n");
        assert_eq!(masthead(&courier, &vocabulary), [1]);
        let times = article("b", "source = \"Port Alder Times\"\n");
        assert_eq!(masthead(&times, &vocabulary), [0, 2]);
        // An outlet named for no name of the batch, or not known (its name is the id).
        let star = article("c", "source = \"The Evening Star\"\n");
        assert!(masthead(&star, &vocabulary).is_empty());
        assert!(masthead(&article("harwick", ""), &vocabulary).is_empty());
    }
}
