//! Check stage: the claim graph → `Finding`s (agreements, contradictions, single-source claims)
//! and answers to the watched questions of the rules.

use serde::Serialize;

use crate::article::Span;
use crate::rules::Severity;

/// What a finding says about a group of claims.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    Contradiction,
    SingleSource,
    Agreement,
}

/// The ways two outlets can disagree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ContradictionKind {
    Number,
    Date,
    Negation,
    Antonym,
    Misquote,
    Misattribution,
    List,
}

impl ContradictionKind {
    /// The kind's name, as reports show it (`subkind`, `contradiction/number`) and rule files
    /// may use it for the kind's rule (`number` for `number-mismatch`).
    pub fn name(self) -> &'static str {
        match self {
            ContradictionKind::Number => "number",
            ContradictionKind::Date => "date",
            ContradictionKind::Negation => "negation",
            ContradictionKind::Antonym => "antonym",
            ContradictionKind::Misquote => "misquote",
            ContradictionKind::Misattribution => "misattribution",
            ContradictionKind::List => "list",
        }
    }
}

/// Words that decided a finding, in one claim (or, for a fact the outlet states outside any
/// claim, in that fact: `claim` is then the fact's id).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Marked {
    pub claim: String,
    pub span: Span,
    pub text: String,
}

/// One thing the checker tells an editor.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// `F1`, `F2`, … in report order.
    pub id: String,
    pub kind: FindingKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subkind: Option<ContradictionKind>,
    pub severity: Severity,
    /// Claim ids, sorted.
    pub claims: Vec<String>,
    /// Outlets, sorted and distinct.
    pub sources: Vec<String>,
    /// The rule that fired ("number-mismatch", "single-source", …).
    pub rule: String,
    pub message: String,
    /// The exact words on each side that differ (contradictions) or match (agreements).
    pub marked: Vec<Marked>,
    /// Stable across runs: a hash of the rule and the claims' contents.
    pub fingerprint: String,
    /// The story (`S1`, …) the finding's claims belong to.
    pub story: Option<String>,
    /// The facts the finding compares (ids), when it is about facts.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub facts: Vec<String>,
    /// For a single-source claim: the other outlets of its story, whose articles were
    /// searched for the claim and do not carry it (sorted).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub looked_at: Vec<String>,
}

/// An answer to a watched question, within one story.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct TopicAnswer {
    /// The entity id; empty (and left out of JSON) for a figure.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub entity: String,
    /// The entity's name as the rules spell it ("al-Nusra Front"); the id when the rules
    /// give none.
    pub name: String,
    /// The story (`S1`, …) whose articles give the answer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub story: Option<String>,
    pub sources: Vec<String>,
    pub claims: Vec<String>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub single_source: bool,
    /// A figure question's answer: the value as the first outlet writes it ("at least 10").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub figure: Option<String>,
    /// A figure question's answer: the fact sheet row it comes from ("killed", "killed
    /// (earlier event, 2003)").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub frame: Option<String>,
    /// A figure question's answer: how the row's values stand (`agree`, `differ`,
    /// `conflict`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// A figure question's answer: the facts that give the value.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub facts: Vec<String>,
}

/// A watched question and what the articles answer.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct TopicReport {
    pub id: String,
    pub question: String,
    /// The measure a figure question asks for, as the facts name it ("killed").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub measure: Option<String>,
    pub answers: Vec<TopicAnswer>,
}

mod agreement;
mod antonym;
mod carried_in_sentence;
mod claim_figures;
mod cue_verbs;
mod date;
pub mod facts;
mod list;
mod list_single_source;
mod misattribution;
mod misquote;
mod negation;
mod number;
mod registry;
mod single_source;
mod topic;

pub use facts::{SheetRow, SheetValue, Status};
pub use registry::{REGISTRY, Registered, Rule, finding_kinds, rule_names};
pub use topic::sentence_answers;

use std::collections::{BTreeMap, BTreeSet};
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::article::Article;
use crate::date::Weekday;
use crate::entity::Entity;
use crate::extract::is_preposition;
use crate::extract::{Claim, ClaimKind, Fact};
use crate::graph::{ClaimGraph, Link, Profile};
use crate::rules::RuleSet;
use crate::stories::{self, Story};
use crate::text::Segmented;
use crate::words::TextMap;
use crate::words::{ends_in_possessive, fnv1a, fold};
pub use cue_verbs::CueVerbs;

/// Everything a check may look at.
pub struct Context<'a> {
    pub articles: &'a [Article],
    /// The stories of the batch; claims meet only within one.
    pub stories: &'a [Story],
    /// The story of each article: an index into `stories`.
    pub story_of: Vec<usize>,
    pub segmented: &'a [&'a Segmented],
    pub claims: &'a [Claim],
    pub facts: &'a [Fact],
    /// The facts grouped by frame and compared ([`facts::Frames::build`]). [`run`] builds
    /// them while the linked pairs are checked: a check of one pair
    /// ([`Contradiction::check`]) finds them empty and must not read them. Let go, as the
    /// agreeing links and the conflicts are, before the agreements' findings are written.
    pub frames: facts::Frames,
    pub entities: &'a [Entity],
    pub graph: &'a ClaimGraph,
    pub rules: &'a RuleSet,
    /// Pairs of claims (smaller index first) some contradiction was found between.
    pub conflicts: BTreeSet<(usize, usize)>,
    /// Answers to the watched questions, with the claims behind them.
    pub topics: Vec<TopicReport>,
    /// The links that say two outlets carry one statement ([`agreement::agrees`]), as
    /// indices of [`ClaimGraph::link_at`] in link order (most links of a large batch agree,
    /// and a link is 20 times its index): told once, once every contradiction is known,
    /// and read by the agreement groups and the single-source check through
    /// [`Context::agreeing_links`].
    pub agreeing: Vec<u32>,
    /// Where each claim's agreeing links begin in `agreeing`: the links whose first claim
    /// is `a` are `agreeing[agreeing_from[a]..agreeing_from[a + 1]]`, since they are in
    /// claim order. [`Context::agree`] searches those few, not the whole list.
    pub agreeing_from: Vec<u32>,
    /// Claims that report the same thing, by two outlets or more ([`agreement::groups`]):
    /// made once, read by the agreement and single-source checks.
    pub groups: Vec<Vec<usize>>,
    /// The claims no other outlet of their story carries ([`single_source::alone`]), in
    /// claim order: told while the links and the readings are held, their findings written
    /// after both are let go.
    pub alone: Vec<usize>,
    /// The rules' pairs of opposite words (`[[antonyms]]`, each group's words in both
    /// orders) as vocabulary ids, in the order the antonym check tries them: looked up once
    /// per batch, not per linked pair. A word no claim of the batch has is in no pair.
    pub antonyms: Vec<(u32, u32)>,
    /// The claims of each article, in claim order (an index of `articles` to indices of
    /// `claims`): made once, read where a check looks at an article's other claims (the
    /// misquote check, the single-source check).
    pub by_article: Vec<Vec<u32>>,
}

impl Context<'_> {
    /// The id of the story the claims belong to (that of the first claim's article).
    pub fn story_id(&self, claims: &[usize]) -> Option<String> {
        claims
            .iter()
            .map(|&i| self.profile(i).article)
            .min()
            .and_then(|a| self.stories.get(*self.story_of.get(a)?))
            .map(|s| s.id.clone())
    }

    pub fn profile(&self, i: usize) -> &Profile {
        &self.graph.profiles[i]
    }

    /// The agreeing links as (first claim, second claim, link), in link order.
    pub fn agreeing_links(&self) -> impl Iterator<Item = (usize, usize, Link)> + '_ {
        self.agreeing
            .iter()
            .filter_map(|&k| self.graph.link_at(k as usize))
    }

    /// True when an agreeing link joins claims `x` and `y` (in either order): a binary
    /// search of the agreeing links of the first of the two.
    pub fn agree(&self, x: usize, y: usize) -> bool {
        let (first, second) = (x.min(y), x.max(y));
        let (Some(&from), Some(&to)) = (
            self.agreeing_from.get(first),
            self.agreeing_from.get(first + 1),
        ) else {
            return false;
        };
        self.agreeing
            .get(from as usize..to as usize)
            .unwrap_or_default()
            .binary_search_by(|&k| {
                self.graph
                    .link_at(k as usize)
                    .map_or(std::cmp::Ordering::Less, |(_, b, _)| b.cmp(&second))
            })
            .is_ok()
    }

    /// Claims `a` and `b` are reported by one outlet (a comparison of two numbers, not of
    /// the outlets' names).
    pub fn same_outlet(&self, a: usize, b: usize) -> bool {
        self.graph.profiles[a].outlet == self.graph.profiles[b].outlet
    }

    /// The outlet of claim `i`.
    pub fn source(&self, i: usize) -> &str {
        self.articles
            .get(self.graph.profiles[i].article)
            .map_or("", |a| a.source.as_str())
    }

    /// The text of `span` in the article of claim `i` (empty if out of range).
    pub fn text_of(&self, i: usize, span: Span) -> &str {
        self.articles
            .get(self.graph.profiles[i].article)
            .and_then(|a| a.text.get(span.start..span.end))
            .unwrap_or("")
    }

    /// The copy of claim `i`'s article from `start` to `end`, with `end` brought back to
    /// the article's end and to a character boundary.
    pub fn text_after(&self, i: usize, start: usize, end: usize) -> &str {
        let Some(text) = self
            .articles
            .get(self.graph.profiles[i].article)
            .map(|a| a.text.as_str())
        else {
            return "";
        };
        let mut end = end.min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text.get(start..end).unwrap_or("")
    }

    /// `Kerry (The Washington Post)`: who said it, where.
    pub fn who(&self, i: usize) -> String {
        let source = self.source(i);
        match self.claims[i].speaker.as_ref().map(|s| s.shown()) {
            Some(speaker) if speaker != source && !speaker.is_empty() => {
                format!("{speaker} ({source})")
            }
            _ => source.to_string(),
        }
    }

    /// The words of `span` in claim `i`, to mark.
    pub fn mark(&self, i: usize, span: Span) -> Marked {
        Marked {
            claim: self.claims[i].id.clone(),
            span,
            text: self.text_of(i, span).to_string(),
        }
    }
}

/// Two linked claims, as a contradiction kind sees them.
pub struct Pair<'a> {
    pub ctx: &'a Context<'a>,
    pub a: usize,
    pub b: usize,
    pub link: Link,
}

impl Pair<'_> {
    pub fn claim_a(&self) -> &Claim {
        &self.ctx.claims[self.a]
    }

    pub fn claim_b(&self) -> &Claim {
        &self.ctx.claims[self.b]
    }

    /// A contradiction of `kind` between the two claims, under `rule`.
    pub fn finding(
        &self,
        kind: ContradictionKind,
        rule: &Rule,
        message: String,
        marked: Vec<Marked>,
    ) -> Finding {
        new_finding(
            self.ctx,
            FindingKind::Contradiction,
            Some(kind),
            rule,
            &[self.a, self.b],
            message,
            marked,
        )
    }
}

/// A kind of contradiction between two linked claims (one file each, one line of
/// [`REGISTRY`]).
pub trait Contradiction: Sync {
    /// The kind it finds: the `subkind` of its findings.
    fn kind(&self) -> ContradictionKind;
    /// The record of the rule its findings carry.
    fn rule(&self) -> &'static Rule;
    /// Records of the other rules it answers to (a milder finding it may make instead).
    fn also(&self) -> &'static [Rule] {
        &[]
    }
    /// The findings between the two claims of `pair`, if they disagree.
    fn check(&self, pair: &Pair<'_>) -> Vec<Finding> {
        let _ = pair;
        Vec::new()
    }
    /// The findings among the facts of one frame ([`Context::frames`]), if they disagree.
    fn compare(&self, ctx: &Context<'_>) -> Vec<FactFinding> {
        let _ = ctx;
        Vec::new()
    }
}

/// A contradiction among facts, with the pairs of claims (indexes) it sets against each
/// other: an agreement never groups them.
#[derive(Debug, Clone, PartialEq)]
pub struct FactFinding {
    pub finding: Finding,
    pub conflicts: Vec<(usize, usize)>,
}

/// A check over the whole batch: agreements, single-source claims, topic answers (one file
/// each, one line of [`REGISTRY`]).
pub trait Check: Sync {
    /// The kind of its findings.
    fn kind(&self) -> FindingKind;
    /// The record of the rule its findings carry.
    fn rule(&self) -> &'static Rule;
    /// Records of the other rules it answers to (a switch for part of its work).
    fn also(&self) -> &'static [Rule] {
        &[]
    }
    fn check(&self, ctx: &Context<'_>) -> Vec<Finding>;
}

/// A finding of `rule` over `claims`, at the rule's level in force, with its sources, sorted
/// claim ids and fingerprint.
pub fn new_finding(
    ctx: &Context<'_>,
    kind: FindingKind,
    subkind: Option<ContradictionKind>,
    rule: &Rule,
    claims: &[usize],
    message: String,
    marked: Vec<Marked>,
) -> Finding {
    let mut ids: Vec<String> = claims.iter().map(|&i| ctx.claims[i].id.clone()).collect();
    ids.sort();
    ids.dedup();
    let mut sources: Vec<String> = claims.iter().map(|&i| ctx.source(i).to_string()).collect();
    sources.sort();
    sources.dedup();
    let mut contents: Vec<String> = claims
        .iter()
        .map(|&i| fold(&ctx.claims[i].content))
        .collect();
    contents.sort();
    let mut parts: Vec<&str> = vec![rule.id];
    parts.extend(contents.iter().map(String::as_str));
    Finding {
        id: String::new(),
        kind,
        subkind,
        severity: ctx.rules.severity_of(rule.id, rule.severity),
        claims: ids,
        sources,
        rule: rule.id.to_string(),
        message,
        marked,
        fingerprint: fnv1a(&parts),
        story: ctx.story_id(claims),
        facts: Vec::new(),
        looked_at: Vec::new(),
    }
}

/// Shortens a claim's content for a message: the first `max` characters, cut at a word.
pub fn excerpt(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{cut} …")
}

/// Who a claim's words are put down to, as a message writes it before them: "Kerry said",
/// "according to two officials:", or, when no one is named, "the outlet writes" (the
/// outlet's own words, a hedge such as "appeared" or "is expected" among them). `between`
/// is the copy between the speaker and the cue, when the speaker comes first: a few plain
/// words there are the cue's own ("planned to ask", "would not say", "is to repeat") and
/// are written with it. `after` is the copy that follows the cue: the one a verb of telling
/// speaks to ("told reporters", "assured the BBC") is written after the verb. A bare
/// participle is written in the past, by the rules' cue `verbs` ("Trump saying" → "Trump
/// said").
pub fn attribution(
    claim: &Claim,
    between: &str,
    after: &str,
    verbs: &CueVerbs,
    rules: &RuleSet,
) -> String {
    let Some(speaker) = claim.speaker.as_ref() else {
        return "the outlet writes".to_string();
    };
    if claim.kind == ClaimKind::AccordingTo {
        return format!("according to {}:", speaker.shown());
    }
    let who = speaker.shown();
    let Some(cue) = claim.cue.as_ref().map(|c| c.text.trim()) else {
        return format!("{who} says");
    };
    let first = cue.split_whitespace().next().unwrap_or(cue).to_lowercase();
    let told;
    let cue = match hearer(&first, cue, after, rules) {
        Some(whom) => {
            told = format!("{cue} {whom}");
            told.as_str()
        }
        None => cue,
    };
    // "His insistence" opening a sentence is as possessive as "his insistence".
    let possessive = matches!(
        who.to_lowercase().as_str(),
        "his" | "her" | "their" | "its" | "our" | "my" | "your"
    ) || ends_in_possessive(who);
    if cue == ":" {
        // A label: `Merkel: "…"`.
        format!("{who}:")
    } else if is_abstract_noun(&first) && !possessive {
        // `Papandreou's insistence that …`.
        format!("{who}'s {cue}")
    } else if let Some(words) = verb_words(between) {
        // `He's not saying`: a contracted verb stays on its pronoun.
        let joined = if words.starts_with(['\'', '’']) {
            ""
        } else {
            " "
        };
        format!("{who}{joined}{words} {cue}")
    } else if let Some(denied) = &claim.cue_negation {
        // "The ministry would not say", "the mayor declined to comment".
        format!("{who} {} {cue}", denied.text.trim())
    } else if let Some(past) = verbs.in_the_past(cue) {
        // "…, with Trump saying": "Trump said".
        format!("{who} {past}")
    } else if purpose_between(between) {
        // "Kerry also went to the home of … to discuss": the infinitive keeps its "to",
        // and the words left out are marked.
        format!("{who} … to {cue}")
    } else {
        format!("{who} {cue}")
    }
}

/// Whether the copy between a speaker and the cue is more than a few words and ends in the
/// "to" of an infinitive whose verb is the cue ("went to the home of the prime minister to").
fn purpose_between(between: &str) -> bool {
    let words = between.trim();
    words.ends_with(" to") && !words.contains('\n') && verb_words(between).is_none()
}

/// At most this many words of a hearer are written after a verb of telling.
const MAX_HEARER_WORDS: usize = 5;

/// Whom a verb of telling speaks to, from the copy `after` the cue: the plain words up to
/// a preposition, a clause word, a day or punctuation ("reporters" of " reporters in Munich
/// that", "The Associated Press" of " The Associated Press on Monday"). `None` for any
/// other cue, for nothing there, or for more words than a hearer takes.
fn hearer<'a>(first: &str, cue: &str, after: &'a str, rules: &RuleSet) -> Option<&'a str> {
    let telling = matches!(
        first,
        "told"
            | "tells"
            | "tell"
            | "telling"
            | "assured"
            | "assures"
            | "informed"
            | "informs"
            | "reminded"
            | "reminds"
    );
    if !telling || cue.contains(' ') || !after.starts_with(' ') {
        return None;
    }
    let rest = after[1..].split('\n').next().unwrap_or("");
    let mut end = 0;
    let mut count = 0;
    for word in rest.split(' ') {
        let bare = word.trim_end_matches([',', ';', ':']);
        // A full stop ends the sentence, but "U.S." and "Mr." keep their dots.
        let (bare, last) = match bare.strip_suffix('.') {
            Some(head) if !head.contains('.') && !rules.is_abbreviation(bare) => (head, true),
            _ => (bare, bare.len() < word.len()),
        };
        let lower = bare.to_lowercase();
        let plain = bare.starts_with(char::is_alphabetic)
            && bare
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-' | '.'));
        // A time word in lower case ("told reporters today"), not a name ("USA Today").
        let stop = !plain
            || is_preposition(&lower)
            || Weekday::from_name(&lower).is_some()
            || matches!(
                bare,
                "that"
                    | "when"
                    | "while"
                    | "as"
                    | "if"
                    | "whether"
                    | "and"
                    | "but"
                    | "how"
                    | "what"
                    | "why"
                    | "yesterday"
                    | "today"
                    | "tonight"
                    | "earlier"
                    | "last"
                    | "this"
                    | "late"
                    | "recently"
                    | "over"
                    | "via"
                    | "through"
            );
        // "reporters gathered at the gate": a participle after the hearer starts its own
        // phrase.
        let participle = count > 0 && bare.ends_with("ed") && bare.starts_with(char::is_lowercase);
        if stop || participle {
            break;
        }
        count += 1;
        if count > MAX_HEARER_WORDS {
            return None;
        }
        end = word.as_ptr() as usize - rest.as_ptr() as usize + bare.len();
        if last {
            break;
        }
    }
    (count > 0).then(|| &rest[..end])
}

/// At most this many words between a speaker and the cue are written with the cue.
const MAX_VERB_WORDS: usize = 4;

/// The words between a speaker and its cue when they are a few plain words on one line
/// ("planned to", "would not", "also"), trimmed; `None` for nothing, or for an aside, a
/// quotation, a figure, a line break or a bare "to" there.
fn verb_words(between: &str) -> Option<&str> {
    let words = between.trim();
    let plain = words
        .chars()
        .all(|c| c.is_alphabetic() || matches!(c, ' ' | '\'' | '’' | '-'));
    // "for the North to seek …": an infinitive whose verb stands before the speaker.
    let infinitive = words == "to" || words.starts_with("to ");
    (plain
        && !infinitive
        && !words.is_empty()
        && between.starts_with([' ', '\'', '’'])
        && words.split(' ').filter(|w| !w.is_empty()).count() <= MAX_VERB_WORDS)
        .then_some(words)
}

/// A noun of attitude by its ending (`insistence`, `assertion`, `announcement`): it cannot
/// follow its holder as a verb does.
fn is_abstract_noun(word: &str) -> bool {
    ["ence", "ance", "tion", "sion", "ment"]
        .iter()
        .any(|end| word.len() > end.len() + 2 && word.ends_with(end))
}

/// Claims an editor cares most about when only one outlet carries them: quotes and figures.
pub fn weighty(claim: &Claim) -> bool {
    claim.quote.is_some() || claim.kind == ClaimKind::Direct || !claim.numbers.is_empty()
}

/// True when an `[[ignore]]` rule silences `finding`.
fn ignored(finding: &Finding, ctx: &Context<'_>, index: &TextMap<&str, usize>) -> bool {
    ctx.rules.ignore.iter().any(|rule| {
        rule.fingerprint
            .as_deref()
            .is_some_and(|f| f == finding.fingerprint)
            || rule.claim.as_deref().is_some_and(|needle| {
                !needle.is_empty()
                    && finding.claims.iter().any(|id| {
                        id == needle
                            || index
                                .get(id.as_str())
                                .is_some_and(|&i| ctx.claims[i].content.contains(needle))
                    })
            })
    })
}

/// The claims of each of `articles` articles, in claim order, as the graph's profiles place
/// them.
fn claims_by_article(graph: &ClaimGraph, articles: usize) -> Vec<Vec<u32>> {
    let mut out: Vec<Vec<u32>> = vec![Vec::new(); articles];
    for (i, profile) in graph.profiles.iter().enumerate() {
        if let (Some(members), Ok(i)) = (out.get_mut(profile.article), u32::try_from(i)) {
            members.push(i);
        }
    }
    out
}

/// Runs every check over the linked claims: contradictions between linked pairs first, then
/// the batch-wide checks; returns the findings in report order (contradictions by severity,
/// then single-source claims with quotes, figures and topic answers first, then agreements),
/// numbered `F1`, `F2`, … and the topic answers. It takes the graph: the links and the
/// claims' readings, which no check of the agreements' findings reads, are let go before
/// those are made.
#[allow(clippy::too_many_arguments)]
pub fn run(
    articles: &[Article],
    stories: &[Story],
    segmented: &[&Segmented],
    claims: &[Claim],
    facts: &[Fact],
    entities: &[Entity],
    mut graph: ClaimGraph,
    rules: &RuleSet,
) -> Checked {
    let mut started = Instant::now();
    let mut times: Vec<(&'static str, Duration)> = Vec::new();
    let mut lap = |part: &'static str| {
        let now = Instant::now();
        times.push((part, now - started));
        started = now;
    };
    let story_of = stories::story_of(stories, articles.len());
    // The links in order, read from the graph where they are needed rather than copied.
    let link_indices = 0..graph.link_count();
    let graph_read = &graph;
    let mut ctx = Context {
        articles,
        stories,
        story_of,
        segmented,
        claims,
        facts,
        // Made below, beside the linked pairs: no check of a pair reads them.
        frames: facts::Frames::default(),
        entities,
        graph: graph_read,
        rules,
        conflicts: BTreeSet::new(),
        topics: Vec::new(),
        agreeing: Vec::new(),
        agreeing_from: Vec::new(),
        groups: Vec::new(),
        alone: Vec::new(),
        antonyms: antonym::pairs(rules, &graph_read.vocabulary),
        by_article: claims_by_article(graph_read, articles.len()),
    };
    let kinds: Vec<&dyn Contradiction> = REGISTRY
        .iter()
        .filter_map(|check| match check {
            Registered::Pair(kind) => Some(*kind),
            Registered::Batch(_) => None,
        })
        .collect();
    // The dates, the fact frames and the claims' index are made beside the checks of the
    // linked pairs, which read none of them: their serial parts no longer hold the second
    // thread idle.
    let ((frames, index), mut findings) = {
        let ctx = &ctx;
        rayon::join(
            || {
                let dates = {
                    // Held only while the dates are made, not through the checks. Only a
                    // link between a dated and an undated article lends a date: the others
                    // (every link of a batch whose articles are all dated) are left out, so
                    // a week's batch no longer holds a second list as long as its links
                    // beside the checks of the pairs.
                    let lends_date = |a: usize, b: usize| {
                        let dated = |x: usize| articles.get(x).is_some_and(|x| x.date.is_some());
                        dated(a) != dated(b)
                    };
                    let linked_articles: Vec<(usize, usize)> = link_indices
                        .clone()
                        .into_par_iter()
                        .filter_map(|k| graph.link_at(k))
                        .map(|(a, b, _)| (graph.profiles[a].article, graph.profiles[b].article))
                        .filter(|&(a, b)| lends_date(a, b))
                        .collect();
                    facts::dates_by_links(articles, &linked_articles)
                };
                let index: TextMap<&str, usize> = claims
                    .iter()
                    .enumerate()
                    .map(|(i, c)| (c.id.as_str(), i))
                    .collect();
                let frames = facts::Frames::build(&facts::Input {
                    articles,
                    dates: &dates,
                    story_of: &ctx.story_of,
                    claims,
                    claim_index: &index,
                    facts,
                    entities,
                    rules,
                });
                (frames, index)
            },
            || {
                // Each linked pair is checked on its own, in parallel; the findings keep
                // link order.
                link_indices
                    .clone()
                    .into_par_iter()
                    .filter_map(|k| graph.link_at(k))
                    // The same claim in two copies of one text says the same words: nothing
                    // to find.
                    .filter(|(a, b, _)| !graph.profiles[*a].same_text(&graph.profiles[*b]))
                    .flat_map_iter(|(a, b, link)| {
                        let pair = Pair { ctx, a, b, link };
                        kinds
                            .iter()
                            .filter(|k| like_with_like(k.kind(), &claims[a], &claims[b]))
                            .flat_map(|k| k.check(&pair))
                            .collect::<Vec<Finding>>()
                    })
                    .collect::<Vec<Finding>>()
            },
        )
    };
    ctx.frames = frames;
    lap("dates, fact frames and linked pairs");
    findings = one_per_difference(findings, claims, &index);
    findings.retain(|f| ctx.rules.is_enabled(&f.rule) && !ignored(f, &ctx, &index));
    for f in &findings {
        if let [x, y] = f.claims.as_slice()
            && let (Some(&i), Some(&j)) = (index.get(x.as_str()), index.get(y.as_str()))
        {
            ctx.conflicts.insert((i.min(j), i.max(j)));
        }
    }
    findings = date::one_per_statement(&ctx, findings, &index);
    // Facts of one frame that disagree: their claims are never grouped as agreeing.
    for kind in &kinds {
        for found in kind.compare(&ctx) {
            if ctx.rules.is_enabled(&found.finding.rule) && !ignored(&found.finding, &ctx, &index) {
                for (i, j) in found.conflicts {
                    if i != j {
                        ctx.conflicts.insert((i.min(j), i.max(j)));
                    }
                }
                findings.push(found.finding);
            }
        }
    }
    lap("facts compared");
    // The fact sheet and the topics' answers are made beside the agreeing links: neither
    // reads the other.
    let ((sheet, topics), agreeing) = {
        let ctx = &ctx;
        rayon::join(
            || {
                let outlets: Vec<String> = {
                    let by_id: TextMap<&str, &str> = articles
                        .iter()
                        .map(|a| (a.id.as_str(), a.source.as_str()))
                        .collect();
                    facts
                        .iter()
                        .map(|f| {
                            by_id
                                .get(f.article.as_str())
                                .copied()
                                .unwrap_or("")
                                .to_string()
                        })
                        .collect()
                };
                let sheet = facts::rows(&ctx.frames, facts, &outlets, stories);
                let topics = rules.is_enabled(topic::TOPIC.id).then(|| {
                    // A figure question also answers with a value only one outlet gives
                    // alone.
                    let every = if rules.topics.iter().any(|t| t.asks_for_figure()) {
                        facts::every_row(&ctx.frames, facts, &outlets, stories)
                    } else {
                        Vec::new()
                    };
                    topic::answers(ctx, &every)
                });
                (sheet, topics)
            },
            || {
                // Which links agree, then their indices, made to its exact size (a
                // filtered parallel collect would hold its pieces and their spare room at
                // once).
                let agrees: Vec<bool> = link_indices
                    .clone()
                    .into_par_iter()
                    .map(|k| {
                        graph
                            .link_at(k)
                            .is_some_and(|(a, b, link)| agreement::agrees(ctx, a, b, &link))
                    })
                    .collect();
                let mut agreeing = Vec::with_capacity(agrees.iter().filter(|&&x| x).count());
                agreeing.extend(
                    link_indices
                        .zip(&agrees)
                        .filter(|(_, agree)| **agree)
                        .filter_map(|(k, _)| u32::try_from(k).ok()),
                );
                agreeing
            },
        )
    };
    if let Some(topics) = topics {
        ctx.topics = topics;
    }
    ctx.agreeing = agreeing;
    ctx.agreeing_from = {
        // Count each claim's agreeing links (as the first claim), then sum them up.
        let mut from = vec![0u32; claims.len() + 1];
        for (a, _, _) in ctx.agreeing_links() {
            from[a + 1] += 1;
        }
        for i in 1..from.len() {
            from[i] += from[i - 1];
        }
        from
    };
    lap("fact sheet, topics and agreeing links");
    ctx.groups = agreement::groups(&ctx);
    lap("agreement groups");
    ctx.alone = single_source::alone(&ctx);
    lap("claims alone");
    // The batch checks' findings are written from the groups, the claims alone, the fact
    // frames, the claims, the profiles' articles and the stories: what only the checks
    // above read (the links, the claims' readings and values, the vocabulary and weights,
    // the agreeing links, the pairs in conflict) is let go before them. The links are a
    // large batch's largest list; the readings are the words of every claim.
    let Context {
        story_of,
        frames,
        topics,
        groups,
        alone,
        antonyms,
        by_article,
        ..
    } = ctx;
    graph.let_go_of_links();
    graph.let_go_of_readings();
    let mut ctx = Context {
        articles,
        stories,
        story_of,
        segmented,
        claims,
        facts,
        frames,
        entities,
        graph: &graph,
        rules,
        conflicts: BTreeSet::new(),
        topics,
        agreeing: Vec::new(),
        agreeing_from: Vec::new(),
        groups,
        alone,
        antonyms,
        by_article,
    };
    // The batch checks' findings join the list in the registry's order. The list grows once,
    // before the agreements (one a group, the largest of them) are made: grown after them it
    // would be copied whole at the batch's peak of memory. So the other batch checks, which
    // read no finding, run first and are held apart; the agreements are counted by their
    // groups (a list short of that room still grows as before).
    let batch: Vec<&dyn Check> = REGISTRY
        .iter()
        .filter_map(|check| match check {
            Registered::Batch(check) => Some(*check),
            Registered::Pair(_) => None,
        })
        .collect();
    let one_a_group = |check: &dyn Check| check.kind() == FindingKind::Agreement;
    let held: Vec<Option<Vec<Finding>>> = batch
        .iter()
        .map(|&check| {
            (!one_a_group(check)).then(|| {
                let found = check.check(&ctx);
                lap(check.rule().id);
                found
            })
        })
        .collect();
    // The fact frames and the claims alone are let go before the agreements' findings.
    ctx.frames = facts::Frames::default();
    ctx.alone = Vec::new();
    findings.reserve_exact(
        held.iter()
            .map(|found| found.as_ref().map_or(ctx.groups.len(), Vec::len))
            .sum(),
    );
    for (check, found) in batch.into_iter().zip(held) {
        match found {
            Some(found) => findings.extend(found),
            None => {
                findings.extend(check.check(&ctx));
                lap(check.rule().id);
            }
        }
    }
    findings.retain(|f| ctx.rules.is_enabled(&f.rule) && !ignored(f, &ctx, &index));
    let first_claim = |f: &Finding| {
        f.claims
            .iter()
            .filter_map(|id| index.get(id.as_str()).copied())
            .min()
            .unwrap_or(usize::MAX)
    };
    let rank = |f: &Finding| match f.kind {
        FindingKind::Contradiction => 0,
        FindingKind::SingleSource => {
            let heavy = f.rule != single_source::RULE.id
                || f.claims
                    .iter()
                    .filter_map(|id| index.get(id.as_str()))
                    .any(|&i| weighty(&claims[i]));
            if heavy { 1 } else { 2 }
        }
        FindingKind::Agreement => 3,
    };
    // Each finding's rank and first claim worked out once, not at every comparison (each
    // a look-up of its claim ids); the same comparison, the same stable sort, made on the
    // findings' places and then carried out in place: no second list of findings beside
    // the first at the batch's peak of memory. The keys, the sort and the numbers are made
    // in parallel: a stable sort puts equal findings in one order whatever the threads.
    let keys: Vec<(u8, usize)> = findings
        .par_iter()
        .map(|f| (rank(f), first_claim(f)))
        .collect();
    let mut order: Vec<usize> = (0..findings.len()).collect();
    order.par_sort_by(|&i, &j| {
        let ((rx, cx), x) = (keys[i], &findings[i]);
        let ((ry, cy), y) = (keys[j], &findings[j]);
        rx.cmp(&ry)
            .then(y.severity.cmp(&x.severity))
            .then(cx.cmp(&cy))
            .then(x.rule.cmp(&y.rule))
            .then(x.claims.cmp(&y.claims))
            .then(x.message.cmp(&y.message))
    });
    drop(keys);
    in_order(&mut findings, &order);
    findings
        .par_iter_mut()
        .enumerate()
        .for_each(|(n, f)| f.id = format!("F{}", n + 1));
    lap("findings in order");
    Checked {
        findings,
        topics: ctx.topics,
        fact_sheet: sheet,
        times,
    }
}

/// What [`run`] finds, and how long each of its parts took.
#[derive(Debug, Default)]
pub struct Checked {
    pub findings: Vec<Finding>,
    pub topics: Vec<TopicReport>,
    pub fact_sheet: Vec<SheetRow>,
    /// Wall time of each part of the checks, in the order they ran: the pairs of linked
    /// claims (every contradiction check at once), the facts, the agreement groups, each
    /// batch check by its rule id; for `--verbose`, never part of a report.
    pub times: Vec<(&'static str, Duration)>,
}

/// Puts `items` in `order` in place: afterwards `items[k]` is what was at `order[k]`.
/// `order` must be a permutation of `0..items.len()`; each cycle of it is walked once.
fn in_order<T>(items: &mut [T], order: &[usize]) {
    let mut placed = vec![false; items.len()];
    for start in 0..items.len() {
        let mut at = start;
        while !placed[at] {
            placed[at] = true;
            let from = order[at];
            if from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

/// Whether a contradiction of `kind` may be looked for between two claims: statements
/// compare only with claims of their own kind (what one outlet says a source *wants* is no
/// negation of what another says it *said*); a quotation's words and speaker compare
/// whatever the cue.
fn like_with_like(kind: ContradictionKind, a: &Claim, b: &Claim) -> bool {
    matches!(
        kind,
        ContradictionKind::Misquote | ContradictionKind::Misattribution
    ) || a.modality == b.modality
}

/// Keeps one contradiction per set of differing words: two claims of one sentence (`Kerry
/// said …, adding that … "…"`) can both reach the same quoted words. The finding whose
/// claims hold the marked words in their content is kept.
fn one_per_difference(
    findings: Vec<Finding>,
    claims: &[Claim],
    index: &TextMap<&str, usize>,
) -> Vec<Finding> {
    let claim_of = |m: &Marked| index.get(m.claim.as_str()).map(|&i| &claims[i]);
    let key = |f: &Finding| {
        let mut places: Vec<(&str, usize, usize)> = f
            .marked
            .iter()
            .filter_map(|m| claim_of(m).map(|c| (c.article.as_str(), m.span.start, m.span.end)))
            .collect();
        places.sort_unstable();
        (f.subkind, places)
    };
    let fits = |f: &Finding| {
        f.marked
            .iter()
            .all(|m| claim_of(m).is_some_and(|c| c.content_span.contains(m.span)))
    };
    // Each finding's key and fit worked out in parallel; then filed in finding order.
    let keyed: Vec<Option<(_, bool)>> = findings
        .par_iter()
        .map(|f| (!f.marked.is_empty()).then(|| (key(f), fits(f))))
        .collect();
    let fit: Vec<bool> = keyed
        .iter()
        .map(|k| k.as_ref().is_some_and(|k| k.1))
        .collect();
    let mut best: BTreeMap<_, usize> = BTreeMap::new();
    for (i, keyed) in keyed.into_iter().enumerate() {
        let Some((key, fits)) = keyed else {
            continue;
        };
        best.entry(key)
            .and_modify(|kept| {
                if !fit[*kept] && fits {
                    *kept = i;
                }
            })
            .or_insert(i);
    }
    let keep: BTreeSet<usize> = best.into_values().collect();
    findings
        .into_iter()
        .enumerate()
        .filter(|(i, f)| f.marked.is_empty() || keep.contains(i))
        .map(|(_, f)| f)
        .collect()
}

/// Builds and checks a batch of short articles for the tests beside each check.
#[cfg(test)]
pub(crate) fn analyse(articles: &[(&str, &str, &str)]) -> crate::Analysis {
    analyse_with(articles, &RuleSet::builtin().unwrap())
}

/// [`analyse`] with the rules given (the built-in ones and a desk's file, say).
#[cfg(test)]
pub(crate) fn analyse_with(articles: &[(&str, &str, &str)], rules: &RuleSet) -> crate::Analysis {
    let articles = articles
        .iter()
        .enumerate()
        .map(|(n, (source, date, text))| {
            let meta = crate::article::ArticleMeta {
                id: Some(format!("a{n}")),
                source: Some((*source).to_string()),
                date: crate::date::Date::parse(date),
                ..Default::default()
            };
            Article::from_text(std::path::Path::new("test.txt"), text, &meta).unwrap()
        })
        .collect();
    crate::check(crate::extract_claims(articles, rules), rules)
}

/// The contradictions of a test batch as (rule, marked words).
#[cfg(test)]
pub(crate) fn contradictions_in(articles: &[(&str, &str, &str)]) -> Vec<(String, Vec<String>)> {
    analyse(articles)
        .findings
        .into_iter()
        .filter(|f| f.kind == FindingKind::Contradiction)
        .map(|f| (f.rule, f.marked.into_iter().map(|m| m.text).collect()))
        .collect()
}

#[cfg(test)]
mod order_tests {
    use super::in_order;

    /// The report's order is carried out in place, whatever the cycles of the permutation:
    /// a finding never goes missing or comes twice.
    #[test]
    fn findings_are_put_in_report_order_in_place() {
        let mut items = vec!["a", "b", "c", "d", "e", "f"];
        // Cycles (0 2 4), (1 5), (3).
        in_order(&mut items, &[2, 5, 4, 3, 0, 1]);
        assert_eq!(items, ["c", "f", "e", "d", "a", "b"]);
        let mut none: Vec<u8> = Vec::new();
        in_order(&mut none, &[]);
        assert!(none.is_empty());
    }
}
