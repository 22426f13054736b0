//! The pipeline as plain functions: articles → claims ([`extract_claims`]) → findings
//! ([`check()`]), each returning an [`Analysis`] the printers of [`crate::report`] lay out.

use crate::article::{self, Article};
use crate::check::{self, Finding, TopicReport};
use crate::entity::{self, Entity};
use crate::extract::{self, Claim, Extractor, Fact};
use crate::graph::{self, CheckStats};
use crate::rules::RuleSet;
use crate::stories::{self, Story};
use crate::text::{self, Segmented};
use std::time::{Duration, Instant};

/// The articles of a batch with everything the pipeline found in them.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    /// The articles, sorted by id (then path, source, date and text): the same whatever
    /// order they were given in.
    pub articles: Vec<Article>,
    /// The people, groups and places that speak or are spoken of, across the batch once
    /// [`check()`] has run (within each article before).
    pub entities: Vec<Entity>,
    /// Claims of all articles, in article order, then text order.
    pub claims: Vec<Claim>,
    /// Facts of all articles (figures, days, list members with their frames), in article
    /// order, then text order.
    pub facts: Vec<Fact>,
    /// The batch grouped into stories (empty until [`check()`]); claims are linked and
    /// compared only within one story.
    pub stories: Vec<Story>,
    /// Agreements, contradictions and single-source claims (empty until [`check()`]).
    pub findings: Vec<Finding>,
    /// Answers to the watched questions of the rules (empty until [`check()`]).
    pub topics: Vec<TopicReport>,
    /// For each story, the frames two or more outlets give values for, with the values
    /// (empty until [`check()`]).
    pub fact_sheet: Vec<check::SheetRow>,
    /// Counts of the linking stage (candidate pairs compared, links found).
    pub stats: CheckStats,
    /// How long each stage of [`group_stories`] and [`check()`] took (zero until they ran);
    /// for `--verbose`, never part of a report.
    pub timings: StageTimes,
}

/// Wall time of the stages after extraction, as measured by [`group_stories`] and
/// [`check()`].
#[derive(Debug, Clone, Default)]
pub struct StageTimes {
    /// Grouping the articles into stories.
    pub stories: Duration,
    /// Resolving entities across articles.
    pub entities: Duration,
    /// Segmenting the texts for the linker and the checks.
    pub segment: Duration,
    /// Linking claims within each story ([`graph::link`]).
    pub link: Duration,
    /// Running every check over the links.
    pub checks: Duration,
    /// The parts of `checks`, in the order they ran ([`check::Checked::times`]).
    pub check_parts: Vec<(&'static str, Duration)>,
}

/// Extracts and resolves the claims of every article (in parallel; the result does not depend
/// on the number of threads).
///
/// Wire copy repeats itself: the same agency text under ten outlet names. Articles with the
/// same text and date are read once and the claims are copied to each of them, renamed for
/// that article; the result is the same as reading every article. This holds while claims
/// depend only on an article's text and date, besides its id and its source as the speaker
/// of assertions, which are renamed (`tests/input_dedup.rs` checks it).
pub fn extract_claims(articles: Vec<Article>, rules: &RuleSet) -> Analysis {
    extract_claims_with_progress(articles, rules, &|_| {})
}

/// [`extract_claims`], calling `progress(1)` each time one more article is done (from
/// whichever thread did it), so that a caller can show a progress bar.
pub fn extract_claims_with_progress(
    mut articles: Vec<Article>,
    rules: &RuleSet,
    progress: &(dyn Fn(usize) + Sync),
) -> Analysis {
    in_batch_order(&mut articles);
    let extractor = Extractor::new(rules);
    let resolver =
        entity::Resolver::new(rules).with_outlets(articles.iter().map(|a| a.source.as_str()));
    let copies = article::Copies::of(&articles);
    let mut read: Vec<(Vec<Claim>, Vec<Entity>, Vec<Fact>)> = copies.read_once(|i| {
        let (mut claims, mut facts) = extractor.claims_and_facts(&articles[i]);
        let entities = resolver.resolve_article(&articles[i].text, &mut claims);
        for claim in &mut claims {
            claim.entities = resolver.entities_in(&claim.content);
        }
        for fact in &mut facts {
            if let extract::FactValue::Members { members } = &mut fact.value {
                for member in members.iter_mut() {
                    *member = resolver
                        .entities_in(member)
                        .into_iter()
                        .next()
                        .unwrap_or_else(|| extract::member_key(rules, member));
                }
            }
        }
        progress(1);
        (claims, entities, facts)
    });
    // How many articles still read each slot: the last one takes the claims rather than a
    // copy (on a batch of distinct texts, every slot has one reader).
    let mut readers = vec![0usize; read.len()];
    for i in 0..articles.len() {
        readers[copies.slot(i)] += 1;
    }
    // Made to their exact size: on a large batch the claims are the largest list, and
    // growing it by doubling would leave a quarter of it spare for the rest of the run.
    let (claim_count, fact_count) = (0..articles.len()).fold((0, 0), |(c, f), i| {
        let (claims, _, facts) = &read[copies.slot(i)];
        (c + claims.len(), f + facts.len())
    });
    let mut claims = Vec::with_capacity(claim_count);
    let mut facts = Vec::with_capacity(fact_count);
    let mut entity_lists = Vec::with_capacity(articles.len());
    for (i, article) in articles.iter().enumerate() {
        let slot = copies.slot(i);
        readers[slot] -= 1;
        let last = readers[slot] == 0;
        let first = &articles[copies.first(i)];
        let (own, entities, own_facts) = &mut read[slot];
        if copies.first(i) == i && last {
            claims.append(own);
            facts.append(own_facts);
        } else if copies.first(i) == i {
            claims.extend(own.iter().cloned());
            facts.extend(own_facts.iter().cloned());
        } else {
            claims.extend(own.iter().map(|claim| claim_of_twin(claim, first, article)));
            facts.extend(
                own_facts
                    .iter()
                    .map(|fact| fact_of_twin(fact, first, article)),
            );
        }
        entity_lists.push(if last {
            std::mem::take(entities)
        } else {
            entities.clone()
        });
    }
    drop(read);
    Analysis {
        articles,
        entities: entity::merge(entity_lists),
        claims,
        facts,
        fact_sheet: Vec::new(),
        stories: Vec::new(),
        findings: Vec::new(),
        topics: Vec::new(),
        stats: CheckStats::default(),
        timings: StageTimes::default(),
    }
}

/// Puts a batch in the one order every later step follows (claims, word ids, the blocking
/// index, groups, finding numbers), so that the same articles given in any order give the
/// same output: by id, which the loader keeps distinct, then by path, outlet, date and text
/// for articles made by a library caller.
fn in_batch_order(articles: &mut [Article]) {
    articles.sort_by(|x, y| {
        (&x.id, &x.path, &x.source, x.date, &x.text)
            .cmp(&(&y.id, &y.path, &y.source, y.date, &y.text))
    });
}

/// A claim read from `first`, given to `twin`, an article with the same text and date.
fn claim_of_twin(claim: &Claim, first: &Article, twin: &Article) -> Claim {
    let mut claim = claim.clone();
    let number = claim.id.strip_prefix(first.id.as_str()).unwrap_or_default();
    claim.id = format!("{}{number}", twin.id);
    claim.article.clone_from(&twin.id);
    // The outlet's own statements are spoken by the outlet.
    if claim.kind == extract::ClaimKind::Assertion
        && let Some(speaker) = claim.speaker.as_mut().filter(|s| s.text == first.source)
    {
        speaker.text.clone_from(&twin.source);
    }
    claim
}

/// A fact read from `first`, given to `twin`, an article with the same text and date.
fn fact_of_twin(fact: &Fact, first: &Article, twin: &Article) -> Fact {
    let rename = |id: &str| {
        let number = id.strip_prefix(first.id.as_str()).unwrap_or_default();
        format!("{}{number}", twin.id)
    };
    let mut fact = fact.clone();
    fact.id = rename(fact.id.as_str());
    fact.claim = fact.claim.as_deref().map(&rename);
    fact.article.clone_from(&twin.id);
    fact
}

/// Groups the articles of an analysis into stories ([`stories::group`]). [`check()`] does it
/// itself when the analysis holds no stories that cover its articles; a caller calls this
/// first to time the grouping.
pub fn group_stories(mut analysis: Analysis, rules: &RuleSet) -> Analysis {
    let started = Instant::now();
    analysis.stories = stories::group(&analysis.articles, rules);
    analysis.timings.stories = started.elapsed();
    analysis
}

/// Links the claims of an analysis across the articles of each story and fills its findings
/// and topic answers: the batch is grouped into stories (unless [`group_stories`] did it),
/// entities are resolved across articles, claims linked through a blocking index
/// ([`graph::link`]), never across stories, and every check of [`check`](mod@check) run over
/// the links.
pub fn check(mut analysis: Analysis, rules: &RuleSet) -> Analysis {
    if !stories::cover(&analysis.stories, analysis.articles.len()) {
        analysis = group_stories(analysis, rules);
    }
    let mut started = Instant::now();
    let mut lap = || {
        let now = Instant::now();
        let took = now - started;
        started = now;
        took
    };
    let entities = std::mem::take(&mut analysis.entities);
    analysis.entities = entity::resolve_across_articles(&mut analysis.claims, entities, rules);
    analysis.timings.entities = lap();
    // Copies of one text under several outlet names are segmented once.
    let copies = article::Copies::of(&analysis.articles);
    let read = copies.read_once(|i| text::segment(&analysis.articles[i].text, rules));
    let segmented: Vec<&Segmented> = (0..analysis.articles.len())
        .map(|i| &read[copies.slot(i)])
        .collect();
    analysis.timings.segment = lap();
    let graph = graph::link(
        &analysis.articles,
        &copies,
        &segmented,
        &analysis.claims,
        &analysis.facts,
        &stories::story_of(&analysis.stories, analysis.articles.len()),
        rules,
    );
    analysis.timings.link = lap();
    analysis.stats = graph.stats;
    let checked = check::run(
        &analysis.articles,
        &analysis.stories,
        &segmented,
        &analysis.claims,
        &analysis.facts,
        &analysis.entities,
        graph,
        rules,
    );
    analysis.timings.checks = lap();
    analysis.timings.check_parts = checked.times;
    analysis.findings = checked.findings;
    analysis.topics = checked.topics;
    analysis.fact_sheet = checked.fact_sheet;
    analysis
}
