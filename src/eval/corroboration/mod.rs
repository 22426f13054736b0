//! Scores what the checker says is corroborated against a hand-labelled gold: each gold
//! claim is found in each outlet that carries it by its phrase, mapped to the tool's claims
//! whose span covers that phrase, and the tool's agreements and single-source findings over
//! those claims are counted.
//!
//! The articles are `<story>/<outlet>.txt` ([`place_of`]); a gold claim is scored when its
//! story is in the batch. The figures, per story and for the whole batch ([`Tally`]):
//! - **agreement recall**: of gold claims carried by two outlets or more, the share for which
//!   one agreement finding holds a covering claim of *every* carrying outlet, and the share
//!   for which one holds covering claims of at least two of them;
//! - **wrongly single-source**: of those claims, the share with a covering claim in a
//!   single-source finding in at least one carrying outlet;
//! - **single-source recall**: of claims carried by one outlet, the share with a covering
//!   claim in a single-source finding;
//! - **false joins**: agreements of one labelled story two of whose claims, from different
//!   articles, cover disjoint sets of gold claims (both non-empty); and agreements whose
//!   claims come from different stories;
//! - **extraction coverage**: carriages (a claim in one outlet) with a covering claim, and
//!   gold claims with none in any outlet, so that what extraction missed is told apart from
//!   what linking missed.

mod gold;
mod trace;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

use crate::article::{Article, Span};
use crate::check::FindingKind;
use crate::pipeline::Analysis;

pub use gold::{Gold, GoldClaim, GoldKind, MAX_PHRASE_CHARS, MAX_PHRASE_WORDS, phrase_problem};
pub use trace::{Against, Apart, Shape, SingleWhy, Trace, graph_of, trace};

/// The story folder and the outlet (file stem) of an article read from
/// `…/<story>/<outlet>.txt`; `None` for an article without such a path (standard input).
pub fn place_of(article: &Article) -> Option<(String, String)> {
    let path = Path::new(&article.path);
    let outlet = path.file_stem()?.to_str()?;
    let story = path.parent()?.file_name()?.to_str()?;
    Some((story.to_string(), outlet.to_string()))
}

/// Counts for one story, or for a whole batch.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    /// Gold claims scored.
    pub claims: usize,
    /// Gold claims by the number of outlets carrying them.
    pub by_outlets: BTreeMap<usize, usize>,
    /// Gold claims carried by two outlets or more.
    pub multi: usize,
    /// … for which one agreement joins every carrying outlet.
    pub multi_joined_all: usize,
    /// … for which one agreement joins at least two carrying outlets.
    pub multi_joined_two: usize,
    /// … reported single-source in at least one carrying outlet.
    pub multi_wrongly_single: usize,
    /// … for which a contradiction joins two carrying outlets.
    pub multi_contradicted: usize,
    /// … with a covering tool claim in every carrying outlet.
    pub multi_extracted: usize,
    /// Gold claims carried by one outlet.
    pub single: usize,
    /// … reported single-source.
    pub single_reported: usize,
    /// (gold claim, carrying outlet) pairs.
    pub carriages: usize,
    /// … where a tool claim covers one of the outlet's phrases.
    pub carriages_extracted: usize,
    /// Gold claims with no covering tool claim in any outlet.
    pub claims_unextracted: usize,
    /// Agreement findings within one labelled story.
    pub agreements: usize,
    /// … all of whose claims cover a gold claim, with no two covering disjoint ones.
    pub agreements_confirmed: usize,
    /// … joining two claims (of different articles) that cover different gold claims.
    pub agreements_false: usize,
    /// … neither confirmed nor false: some claim covers no gold claim.
    pub agreements_unlabelled: usize,
    /// Agreement findings whose claims come from different stories (whole batch only).
    pub cross_story: usize,
    /// … of which every two stories are related (the gold's `related`).
    pub cross_story_related: usize,
}

impl Tally {
    /// Adds `other`'s counts to these.
    pub fn add(&mut self, other: &Tally) {
        for (&n, &count) in &other.by_outlets {
            *self.by_outlets.entry(n).or_default() += count;
        }
        self.claims += other.claims;
        self.multi += other.multi;
        self.multi_joined_all += other.multi_joined_all;
        self.multi_joined_two += other.multi_joined_two;
        self.multi_wrongly_single += other.multi_wrongly_single;
        self.multi_contradicted += other.multi_contradicted;
        self.multi_extracted += other.multi_extracted;
        self.single += other.single;
        self.single_reported += other.single_reported;
        self.carriages += other.carriages;
        self.carriages_extracted += other.carriages_extracted;
        self.claims_unextracted += other.claims_unextracted;
        self.agreements += other.agreements;
        self.agreements_confirmed += other.agreements_confirmed;
        self.agreements_false += other.agreements_false;
        self.agreements_unlabelled += other.agreements_unlabelled;
        self.cross_story += other.cross_story;
        self.cross_story_related += other.cross_story_related;
    }
}

/// `part / whole`, or `None` when there is nothing to divide.
pub fn share(part: usize, whole: usize) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}

/// Why a gold claim (or an agreement) counts against the tool.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MissKind {
    /// A multi-outlet claim not joined across all its outlets because some outlet's sentence
    /// has no covering tool claim.
    NotExtracted,
    /// A multi-outlet claim covered in every outlet but not joined across all of them.
    NotLinked,
    /// A multi-outlet claim reported single-source in one of its outlets.
    WronglySingleSource,
    /// A one-outlet claim not reported single-source.
    SingleSourceMissed,
    /// An agreement joining claims that cover different gold claims.
    FalseJoin,
    /// An agreement joining claims of unrelated stories.
    CrossStory,
}

impl MissKind {
    pub fn as_str(self) -> &'static str {
        match self {
            MissKind::NotExtracted => "not extracted",
            MissKind::NotLinked => "not linked",
            MissKind::WronglySingleSource => "wrongly single-source",
            MissKind::SingleSourceMissed => "single-source missed",
            MissKind::FalseJoin => "false join",
            MissKind::CrossStory => "joins different stories",
        }
    }
}

/// One miss, with what an evaluator needs to look it up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Miss {
    pub kind: MissKind,
    /// The story (the first one, for a link across stories).
    pub story: String,
    /// Gold claims concerned (indices into [`Gold::claims`]).
    pub gold: Vec<usize>,
    /// Outlets concerned: those not extracted, not joined, or reported single-source.
    pub outlets: Vec<String>,
    /// Tool findings concerned (ids).
    pub findings: Vec<String>,
    /// Tool claims concerned (ids).
    pub claims: Vec<String>,
    /// What happened, in a few words.
    pub note: String,
}

/// The result of scoring one batch.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Scorecard {
    /// The whole batch.
    pub overall: Tally,
    /// Each labelled story found in the batch.
    pub stories: BTreeMap<String, Tally>,
    /// Sorted by kind, story, then gold claim.
    pub misses: Vec<Miss>,
    /// Where the gold and the batch do not fit: a phrase not found once in its article, an
    /// outlet's article missing from a story that is in the batch.
    pub problems: Vec<String>,
}

/// The tool's findings over the claims of a batch, by claim.
struct Findings<'a> {
    analysis: &'a Analysis,
    /// Agreement finding indices each claim is in.
    agreements: Vec<Vec<usize>>,
    /// Contradiction finding indices each claim is in.
    contradictions: Vec<Vec<usize>>,
    /// The single-source finding a claim is in.
    single: Vec<Option<usize>>,
    /// Claim indices of each finding.
    members: Vec<Vec<usize>>,
}

impl<'a> Findings<'a> {
    fn of(analysis: &'a Analysis) -> Findings<'a> {
        let index: HashMap<&str, usize> = analysis
            .claims
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.as_str(), i))
            .collect();
        let n = analysis.claims.len();
        let mut findings = Findings {
            analysis,
            agreements: vec![Vec::new(); n],
            contradictions: vec![Vec::new(); n],
            single: vec![None; n],
            members: Vec::with_capacity(analysis.findings.len()),
        };
        for (f, finding) in analysis.findings.iter().enumerate() {
            let members: Vec<usize> = finding
                .claims
                .iter()
                .filter_map(|id| index.get(id.as_str()).copied())
                .collect();
            for &c in &members {
                match finding.kind {
                    FindingKind::Agreement => findings.agreements[c].push(f),
                    FindingKind::Contradiction => findings.contradictions[c].push(f),
                    FindingKind::SingleSource => findings.single[c] = Some(f),
                }
            }
            findings.members.push(members);
        }
        findings
    }

    fn id(&self, f: usize) -> String {
        self.analysis.findings[f].id.clone()
    }
}

/// One gold claim found in the batch: for each carrying outlet, the tool claims covering
/// any of its phrases.
pub struct Found {
    /// Index of the claim in [`Gold::claims`].
    pub gold: usize,
    /// Carrying outlet → covering tool claims (sorted, distinct).
    pub covering: BTreeMap<String, Vec<usize>>,
}

/// Scores `analysis` (the pipeline's output: `extract_claims` then `check`) against `gold`.
pub fn score(gold: &Gold, analysis: &Analysis) -> Scorecard {
    let mut card = Scorecard::default();
    let places: Vec<Option<(String, String)>> = analysis.articles.iter().map(place_of).collect();
    let (found, problems) = locate(gold, analysis);
    card.problems = problems;
    let article_index: HashMap<&str, usize> = analysis
        .articles
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i))
        .collect();
    let article_of: Vec<Option<usize>> = analysis
        .claims
        .iter()
        .map(|c| article_index.get(c.article.as_str()).copied())
        .collect();
    let present: BTreeSet<&str> = places
        .iter()
        .flatten()
        .map(|(story, _)| story.as_str())
        .collect();
    let findings = Findings::of(analysis);

    let mut stories: BTreeMap<String, Tally> = gold
        .stories
        .iter()
        .filter(|s| present.contains(s.as_str()))
        .map(|s| (s.clone(), Tally::default()))
        .collect();
    let mut misses = Vec::new();
    // Gold claims each tool claim covers.
    let mut covers: HashMap<usize, Vec<usize>> = HashMap::new();
    for f in &found {
        let claim = &gold.claims[f.gold];
        let tally = stories.entry(claim.story.clone()).or_default();
        for cover in f.covering.values() {
            for &c in cover {
                covers.entry(c).or_default().push(f.gold);
            }
        }
        score_claim(gold, &findings, f, tally, &mut misses);
    }
    for list in covers.values_mut() {
        list.sort_unstable();
        list.dedup();
    }

    // Every agreement: within one labelled story, confirmed, false or unlabelled; or across
    // stories.
    let mut overall = Tally::default();
    for (f, finding) in analysis.findings.iter().enumerate() {
        if finding.kind != FindingKind::Agreement {
            continue;
        }
        let members = &findings.members[f];
        let mut in_stories: BTreeSet<&str> = BTreeSet::new();
        for &c in members {
            if let Some((story, _)) = article_of[c].and_then(|a| places[a].as_ref()) {
                in_stories.insert(story.as_str());
            }
        }
        let ids = || -> Vec<String> {
            members
                .iter()
                .map(|&c| analysis.claims[c].id.clone())
                .collect()
        };
        if in_stories.len() > 1 {
            overall.cross_story += 1;
            let related = in_stories
                .iter()
                .all(|a| in_stories.iter().all(|b| gold.related(a, b)));
            if related {
                overall.cross_story_related += 1;
            } else {
                misses.push(Miss {
                    kind: MissKind::CrossStory,
                    story: in_stories
                        .iter()
                        .next()
                        .map(|s| s.to_string())
                        .unwrap_or_default(),
                    gold: Vec::new(),
                    outlets: Vec::new(),
                    findings: vec![findings.id(f)],
                    claims: ids(),
                    note: format!(
                        "{} joined",
                        in_stories.iter().copied().collect::<Vec<_>>().join(" + ")
                    ),
                });
            }
            continue;
        }
        let Some(tally) = in_stories.iter().next().and_then(|s| stories.get_mut(*s)) else {
            continue;
        };
        tally.agreements += 1;
        let none: Vec<usize> = Vec::new();
        let sets: Vec<(usize, &Vec<usize>)> = members
            .iter()
            .map(|&c| (c, covers.get(&c).unwrap_or(&none)))
            .collect();
        let mut clash: Option<(usize, usize)> = None;
        'pairs: for (i, &(a, ga)) in sets.iter().enumerate() {
            for &(b, gb) in &sets[i + 1..] {
                let different_articles = article_of[a] != article_of[b];
                let disjoint = !ga.is_empty()
                    && !gb.is_empty()
                    && !ga.iter().any(|g| gb.binary_search(g).is_ok());
                if different_articles && disjoint {
                    clash = Some((a, b));
                    break 'pairs;
                }
            }
        }
        if let Some((a, b)) = clash {
            tally.agreements_false += 1;
            let mut golds: Vec<usize> = sets.iter().flat_map(|(_, g)| g.iter().copied()).collect();
            golds.sort_unstable();
            golds.dedup();
            let story = in_stories
                .iter()
                .next()
                .map(|s| s.to_string())
                .unwrap_or_default();
            misses.push(Miss {
                kind: MissKind::FalseJoin,
                story,
                gold: golds,
                outlets: Vec::new(),
                findings: vec![findings.id(f)],
                claims: ids(),
                note: format!(
                    "{} and {} carry different gold claims",
                    analysis.claims[a].id, analysis.claims[b].id
                ),
            });
        } else if sets.iter().all(|(_, g)| !g.is_empty()) {
            tally.agreements_confirmed += 1;
        } else {
            tally.agreements_unlabelled += 1;
        }
    }
    for tally in stories.values() {
        overall.add(tally);
    }
    misses.sort_by(|a, b| {
        (a.kind, &a.story, &a.gold, &a.findings).cmp(&(b.kind, &b.story, &b.gold, &b.findings))
    });
    card.overall = overall;
    card.stories = stories;
    card.misses = misses;
    card
}

/// Finds each gold claim of a story in the batch: for each outlet carrying it, the claims
/// of `analysis` (indices) whose span holds one of its phrases. Also returns where the gold
/// and the batch do not fit (a phrase not found once, an outlet's article missing).
pub fn locate(gold: &Gold, analysis: &Analysis) -> (Vec<Found>, Vec<String>) {
    let mut problems = Vec::new();
    let places: Vec<Option<(String, String)>> = analysis.articles.iter().map(place_of).collect();
    let mut article_at: HashMap<(&str, &str), usize> = HashMap::new();
    let mut present: BTreeSet<&str> = BTreeSet::new();
    for (i, place) in places.iter().enumerate() {
        if let Some((story, outlet)) = place {
            article_at.insert((story.as_str(), outlet.as_str()), i);
            present.insert(story.as_str());
        }
    }
    let article_index: HashMap<&str, usize> = analysis
        .articles
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i))
        .collect();
    // Claims of each article, by start.
    let mut by_article: Vec<Vec<usize>> = vec![Vec::new(); analysis.articles.len()];
    for (c, claim) in analysis.claims.iter().enumerate() {
        if let Some(&a) = article_index.get(claim.article.as_str()) {
            by_article[a].push(c);
        }
    }
    for claims in &mut by_article {
        claims.sort_by_key(|&c| (analysis.claims[c].span.start, c));
    }
    // Find each gold claim of a story in the batch.
    let mut found: Vec<Found> = Vec::new();
    for (g, claim) in gold.claims.iter().enumerate() {
        if !present.contains(claim.story.as_str()) {
            continue;
        }
        let mut covering = BTreeMap::new();
        for (outlet, phrases) in &claim.carried {
            let Some(&a) = article_at.get(&(claim.story.as_str(), outlet.as_str())) else {
                problems.push(format!(
                    "gold line {}: no article {}/{outlet} in the batch",
                    claim.line, claim.story
                ));
                covering.insert(outlet.clone(), Vec::new());
                continue;
            };
            let text = &analysis.articles[a].text;
            let mut cover = BTreeSet::new();
            for phrase in phrases {
                let mut hits = text.match_indices(phrase.as_str()).map(|(at, _)| at);
                let (Some(start), None) = (hits.next(), hits.next()) else {
                    let times = text.matches(phrase.as_str()).count();
                    problems.push(format!(
                        "gold line {}: phrase `{phrase}` found {times} times in {}, not once",
                        claim.line, analysis.articles[a].path
                    ));
                    continue;
                };
                let span = Span::new(start, start + phrase.len());
                let claims = &by_article[a];
                let before = claims.partition_point(|&c| analysis.claims[c].span.start <= start);
                let holding: Vec<usize> = claims[..before]
                    .iter()
                    .copied()
                    .filter(|&c| analysis.claims[c].span.contains(span))
                    .collect();
                cover.extend(saying(&analysis.claims, holding, span));
            }
            covering.insert(outlet.clone(), cover.into_iter().collect());
        }
        found.push(Found { gold: g, covering });
    }

    (found, problems)
}

/// The claims of `holding` (each spanning `phrase`) that say the phrase: when the phrase is
/// in what one of them says, those whose speaker, cue or words it touches. A claim whose
/// speaker comes before the phrase and whose words come after it ("Varga said the audit shows
/// the port is losing money and shows the board is not listening") spans a phrase of the other
/// claim's words without saying it. Otherwise (a phrase of the copy between a speaker and
/// the cue), all of them.
fn saying(claims: &[crate::extract::Claim], holding: Vec<usize>, phrase: Span) -> Vec<usize> {
    let said = |c: usize| claims[c].content_span.overlaps(phrase);
    if !holding.iter().any(|&c| said(c)) {
        return holding;
    }
    holding
        .into_iter()
        .filter(|&c| {
            let claim = &claims[c];
            said(c)
                || claim
                    .speaker
                    .as_ref()
                    .and_then(|s| s.span)
                    .is_some_and(|s| s.overlaps(phrase))
                || claim.cue.as_ref().is_some_and(|q| q.span.overlaps(phrase))
        })
        .collect()
}

/// Counts one gold claim found in the batch into its story's tally, and its misses.
fn score_claim(
    gold: &Gold,
    findings: &Findings<'_>,
    found: &Found,
    tally: &mut Tally,
    misses: &mut Vec<Miss>,
) {
    let claim = &gold.claims[found.gold];
    let outlets = found.covering.len();
    tally.claims += 1;
    *tally.by_outlets.entry(outlets).or_default() += 1;
    tally.carriages += outlets;
    let extracted: Vec<&str> = found
        .covering
        .iter()
        .filter(|(_, cover)| !cover.is_empty())
        .map(|(o, _)| o.as_str())
        .collect();
    tally.carriages_extracted += extracted.len();
    if extracted.is_empty() {
        tally.claims_unextracted += 1;
    }
    let not_extracted: Vec<String> = found
        .covering
        .iter()
        .filter(|(_, cover)| cover.is_empty())
        .map(|(o, _)| o.clone())
        .collect();
    let all_claims: Vec<usize> = found.covering.values().flatten().copied().collect();
    let claim_ids = |claims: &[usize]| -> Vec<String> {
        let mut ids: Vec<String> = claims
            .iter()
            .map(|&c| findings.analysis.claims[c].id.clone())
            .collect();
        ids.sort();
        ids.dedup();
        ids
    };
    let miss = |kind, outlets: Vec<String>, found_in: Vec<String>, note: String| Miss {
        kind,
        story: claim.story.clone(),
        gold: vec![found.gold],
        outlets,
        findings: found_in,
        claims: claim_ids(&all_claims),
        note,
    };
    // Single-source findings over covering claims, by outlet.
    let singled: Vec<(&str, usize)> = found
        .covering
        .iter()
        .flat_map(|(o, cover)| {
            cover
                .iter()
                .filter_map(|&c| findings.single[c].map(|f| (o.as_str(), f)))
        })
        .collect();

    if outlets == 1 {
        tally.single += 1;
        if singled.is_empty() {
            let note = if extracted.is_empty() {
                "not extracted".to_string()
            } else {
                let joined: BTreeSet<usize> = all_claims
                    .iter()
                    .flat_map(|&c| {
                        findings.agreements[c]
                            .iter()
                            .chain(&findings.contradictions[c])
                    })
                    .copied()
                    .collect();
                if joined.is_empty() {
                    "extracted, no finding".to_string()
                } else {
                    format!(
                        "linked to another outlet ({})",
                        joined
                            .iter()
                            .map(|&f| findings.id(f))
                            .collect::<Vec<_>>()
                            .join(", ")
                    )
                }
            };
            misses.push(miss(
                MissKind::SingleSourceMissed,
                claim.carried.keys().cloned().collect(),
                Vec::new(),
                note,
            ));
        } else {
            tally.single_reported += 1;
        }
        return;
    }

    tally.multi += 1;
    if not_extracted.is_empty() {
        tally.multi_extracted += 1;
    }
    // Agreements over covering claims, with the carrying outlets each joins.
    let mut joins: BTreeMap<usize, BTreeSet<&str>> = BTreeMap::new();
    let mut contradictions: BTreeMap<usize, BTreeSet<&str>> = BTreeMap::new();
    for (outlet, cover) in &found.covering {
        for &c in cover {
            for &f in &findings.agreements[c] {
                joins.entry(f).or_default().insert(outlet.as_str());
            }
            for &f in &findings.contradictions[c] {
                contradictions.entry(f).or_default().insert(outlet.as_str());
            }
        }
    }
    let all = joins.values().any(|o| o.len() == outlets);
    let two = joins.values().any(|o| o.len() >= 2);
    let contradicted: Vec<usize> = contradictions
        .iter()
        .filter(|(_, o)| o.len() >= 2)
        .map(|(&f, _)| f)
        .collect();
    tally.multi_joined_all += usize::from(all);
    tally.multi_joined_two += usize::from(two);
    tally.multi_contradicted += usize::from(!contradicted.is_empty());
    if !singled.is_empty() {
        tally.multi_wrongly_single += 1;
        let mut outlets: Vec<String> = singled.iter().map(|(o, _)| o.to_string()).collect();
        outlets.dedup();
        let mut ids: Vec<String> = singled.iter().map(|&(_, f)| findings.id(f)).collect();
        ids.sort();
        ids.dedup();
        misses.push(miss(
            MissKind::WronglySingleSource,
            outlets,
            ids,
            format!("carried by {}", claim.outlets().join(", ")),
        ));
    }
    if all {
        return;
    }
    let best = joins
        .iter()
        .max_by_key(|(f, o)| (o.len(), std::cmp::Reverse(**f)))
        .map(|(&f, o)| (f, o.clone()));
    let mut note = match &best {
        Some((f, o)) if o.len() >= 2 => format!(
            "{} joins {} of {outlets}",
            findings.id(*f),
            o.iter().copied().collect::<Vec<_>>().join(", ")
        ),
        _ => "no agreement joins two carrying outlets".to_string(),
    };
    if !contradicted.is_empty() {
        note.push_str(&format!(
            "; linked as a contradiction ({})",
            contradicted
                .iter()
                .map(|&f| findings.id(f))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    let found_in: Vec<String> = best
        .iter()
        .filter(|(_, o)| o.len() >= 2)
        .map(|(f, _)| findings.id(*f))
        .chain(contradicted.iter().map(|&f| findings.id(f)))
        .collect();
    if not_extracted.is_empty() {
        let unjoined: Vec<String> = found
            .covering
            .keys()
            .filter(|o| {
                !best
                    .as_ref()
                    .is_some_and(|(_, b)| b.len() >= 2 && b.contains(o.as_str()))
            })
            .cloned()
            .collect();
        misses.push(miss(MissKind::NotLinked, unjoined, found_in, note));
    } else {
        misses.push(miss(MissKind::NotExtracted, not_extracted, found_in, note));
    }
}

#[cfg(test)]
mod tests;
