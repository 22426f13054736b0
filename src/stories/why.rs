//! Why two articles are one story or two: the evidence the grouping weighs for the pair —
//! the names both give and how rare they are, the words of what happened both ledes write,
//! whom and where each lede names and whether the other gives it, how their events differ —
//! and how the stories they end in compare. For reading a split or a mix (the `why_story`
//! example prints it); the grouping never reads it.

use crate::article::Article;
use crate::rules::RuleSet;
use crate::words::{TextMap, TextSet};

use super::{Batch, cluster, lede, names, what};

/// The evidence between two articles.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Evidence {
    /// They are one story.
    pub together: bool,
    /// The names both give, with their rarity in the batch.
    pub names: Vec<(String, f64)>,
    /// The likeness of their names (cosine).
    pub closeness: f64,
    /// The likeness below which a pair is never compared further.
    pub lowest: f64,
    /// The rarity of the names both give, summed.
    pub named: f64,
    /// What the words of what happened both ledes write add to `named`.
    pub told: f64,
    /// The bar `named` and `told` together must reach.
    pub evidence: f64,
    /// The words of what happened both ledes write.
    pub what: Vec<String>,
    /// Per article: its lede's telling names, and whether the other article gives each.
    pub ledes: [Vec<(String, bool)>; 2],
    /// On how many of the day, the hour and the people the two ledes differ.
    pub differences: usize,
    /// The two alone are apart by their ledes.
    pub apart: bool,
    /// Of the stories they end in: the mean likeness of a text of one and a text of the
    /// other.
    pub linkage: f64,
    /// Each of the two stories' own mean likeness (none for a story of one text).
    pub likeness: (Option<f64>, Option<f64>),
    /// The two stories (when two) are apart by their ledes.
    pub stories_apart: bool,
}

/// The evidence between articles `a` and `b` of `articles`; none when either is not in it.
pub fn why(articles: &[Article], rules: &RuleSet, a: usize, b: usize) -> Option<Evidence> {
    if a >= articles.len() || b >= articles.len() {
        return None;
    }
    let batch = Batch::read(articles, rules);
    let (i, j) = (batch.slot[batch.text_of[a]], batch.slot[batch.text_of[b]]);
    let pair = cluster::pair(
        &batch.grouped,
        batch.reading.vocabulary.len(),
        batch.words,
        &batch.versions,
        &batch.telling,
        &batch.events,
        (i, j),
    );
    // A lede's name as written, by the hash of its folded words.
    let mut written: TextMap<u64, &str> = TextMap::default();
    for text in &batch.reading.texts {
        for (folded, as_written) in &text.runs {
            let words: Vec<&str> = folded.split(' ').collect();
            if let Some(&run) = names::tails(&words).first() {
                written.entry(run).or_insert(as_written.as_str());
            }
        }
    }
    let chains = lede::names(&batch.reading.texts);
    let name_of = |n: u32| -> String {
        let chain = chains.get(n as usize).copied().unwrap_or_default();
        match chain.iter().find_map(|run| written.get(run)) {
            Some(w) if chain.first().and_then(|r| written.get(r)).is_some() => w.to_string(),
            Some(w) => format!("(opening word) {w}"),
            None => format!("#{n}"),
        }
    };
    let gives = |n: u32, t: usize| batch.telling.givers[n as usize].contains(&(t as u32));
    let lede_of = |x: usize, y: usize| -> Vec<(String, bool)> {
        batch.telling.of_text[x]
            .iter()
            .map(|&n| (name_of(n), gives(n, y)))
            .collect()
    };
    let small = |t: usize| -> TextSet<String> {
        let article = &articles[batch.firsts[t]];
        let lede = &article.text[names::lede(&article.text)];
        article
            .title
            .as_deref()
            .into_iter()
            .chain([lede])
            .flat_map(what::small_words)
            .map(|w| crate::extract::numbers::singular_of(w).to_string())
            .collect()
    };
    let (first, second) = (small(i), small(j));
    let mut both: Vec<String> = first.intersection(&second).cloned().collect();
    both.sort();
    Some(Evidence {
        together: pair.together,
        names: pair
            .names
            .iter()
            .map(|&(n, r)| (batch.reading.vocabulary[n as usize].clone(), r))
            .collect(),
        closeness: pair.closeness,
        lowest: pair.bars.1,
        named: pair.named,
        told: pair.told,
        evidence: pair.bars.0,
        what: both,
        ledes: [lede_of(i, j), lede_of(j, i)],
        differences: pair.differences,
        apart: pair.apart,
        linkage: pair.linkage,
        likeness: pair.likeness,
        stories_apart: pair.stories_apart,
    })
}
