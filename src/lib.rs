//! corroborate: cross-reference the attributed claims of several news articles about one story.
//!
//! The pipeline runs one way — load ([`article`]) → segment ([`text`]) → extract
//! ([`extract`]) → resolve ([`entity`]) → check ([`check`]) → report ([`report`]) — and
//! each stage is a plain function over the previous stage's output. The library never
//! prints and never exits.

pub mod article;
pub mod check;
pub mod date;
pub mod entity;
pub mod error;
pub mod eval;
pub mod extract;
pub mod graph;
pub mod report;
pub mod rules;
pub mod text;

use rayon::prelude::*;

pub use article::{Article, Span};
pub use error::{Error, Result};
pub use extract::Claim;
pub use rules::RuleSet;

/// The articles of a batch with everything the pipeline found in them.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    pub articles: Vec<Article>,
    pub entities: Vec<entity::Entity>,
    /// Claims of all articles, in article order, then text order.
    pub claims: Vec<Claim>,
    pub findings: Vec<check::Finding>,
    pub topics: Vec<check::TopicReport>,
    /// Counts of the linking stage (candidate pairs compared, links found).
    pub stats: graph::CheckStats,
}

/// Extracts and resolves the claims of every article (in parallel; the result does not depend
/// on the number of threads).
pub fn extract_claims(articles: Vec<Article>, rules: &RuleSet) -> Analysis {
    extract_claims_with_progress(articles, rules, &|_| {})
}

/// [`extract_claims`], calling `progress(1)` each time one more article is done (from
/// whichever thread did it), so that a caller can show a progress bar.
pub fn extract_claims_with_progress(
    articles: Vec<Article>,
    rules: &RuleSet,
    progress: &(dyn Fn(usize) + Sync),
) -> Analysis {
    let extractor = extract::Extractor::new(rules);
    let resolver = entity::Resolver::new(rules);
    let per_article: Vec<(Vec<Claim>, Vec<entity::Entity>)> = articles
        .par_iter()
        .map(|article| {
            let mut claims = extractor.claims(article);
            let entities = resolver.resolve_article(&mut claims);
            for claim in &mut claims {
                claim.entities = resolver.entities_in(&claim.content);
            }
            progress(1);
            (claims, entities)
        })
        .collect();
    let mut claims = Vec::new();
    let mut entity_lists = Vec::new();
    for (c, e) in per_article {
        claims.extend(c);
        entity_lists.push(e);
    }
    Analysis {
        articles,
        entities: entity::merge(entity_lists),
        claims,
        findings: Vec::new(),
        topics: Vec::new(),
        stats: graph::CheckStats::default(),
    }
}
pub use report::Report;

/// Links the claims of an analysis across articles and fills its findings and topic answers:
/// entities are resolved across articles, claims linked through a blocking index
/// ([`graph::link`]) and every check of [`check`] run over the links.
pub fn check(mut analysis: Analysis, rules: &RuleSet) -> Analysis {
    let entities = std::mem::take(&mut analysis.entities);
    analysis.entities = entity::resolve_across_articles(&mut analysis.claims, entities, rules);
    let segmented: Vec<text::Segmented> = analysis
        .articles
        .par_iter()
        .map(|article| text::segment(&article.text, rules))
        .collect();
    let graph = graph::link(&analysis.articles, &segmented, &analysis.claims, rules);
    let (findings, topics) = check::run(
        &analysis.articles,
        &segmented,
        &analysis.claims,
        &analysis.entities,
        &graph,
        rules,
    );
    analysis.findings = findings;
    analysis.topics = topics;
    analysis.stats = graph.stats;
    analysis
}
