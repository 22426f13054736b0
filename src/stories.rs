//! Stories: the articles of a batch grouped by the event or thread they tell, so that claims
//! and facts are linked and compared only within one story.

use serde::Serialize;

use crate::article::Article;

/// Articles about one event or thread.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Story {
    /// `S1`, `S2`, … in the order of each story's first article.
    pub id: String,
    /// A short title an editor recognises the story by.
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

/// Groups the batch into stories. For now the whole batch is one story (the grouping itself
/// is being built; see the "Stories and facts" section of the design).
pub fn group(articles: &[Article]) -> Vec<Story> {
    if articles.is_empty() {
        return Vec::new();
    }
    let title = articles
        .iter()
        .find_map(|a| a.title.clone())
        .unwrap_or_else(|| articles[0].id.clone());
    vec![Story {
        id: "S1".to_string(),
        title,
        articles: (0..articles.len()).collect(),
    }]
}
