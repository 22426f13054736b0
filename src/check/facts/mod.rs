//! Facts compared within one frame of one story: facts are grouped by frame key (never all
//! pairs), the facts of a frame that give one value by one source make a reading, and
//! readings that cannot both hold disagree — as a contradiction when one source (or the
//! outlets themselves, or an outlet's own voice against a source) gives both, as "sources
//! differ" when different sources do.
//!
//! Built once per check ([`Frames::build`]) and read by the checks that report figures,
//! days, parts over totals and lists, and by the fact sheet. One idea to a file: `key`
//! (which facts meet), `value` (when two values can both hold), `parts` (parts over a
//! total), `lists` (members of lists), `remaining` (counts still standing), `sheet` (the
//! fact sheet).

mod finding;
mod key;
mod lists;
mod namesakes;
mod parts;
mod places;
mod remaining;
mod sheet;
#[cfg(test)]
mod tests;
mod value;
mod voice;

use std::collections::{BTreeMap, BTreeSet};

use rayon::prelude::*;

use crate::article::Article;
use crate::date::Date;
use crate::entity::Entity;
use crate::extract::{Claim, Fact, FactKind, Frame, is_described_organisation};
use crate::rules::{PlaceMap, RuleSet};

use crate::words::TextMap;
use namesakes::Namesakes;
use places::Standing;
use voice::Cues;

pub use finding::{claims_of, crossed, facts_of, of_facts, reading_words, reading_words_with};
pub use key::{FrameKey, Officials};
pub use lists::{ListConflict, Lists, RankConflict, SingleMember};
pub use parts::PartsOverTotal;
pub use sheet::{SheetRow, SheetValue, Status, every_row, rows};
pub use value::Value;

/// Days between reports after which the same frame is another episode (a batch that is
/// one story by mistake still never compares 2005 with 2010).
const EPISODE_GAP_DAYS: i64 = 7;

/// Days between reports within which a count of a thing that nothing else frames is of one
/// event: next-day copy tells the same vehicles and bidders (a running tally, by the rules'
/// `tallies`, meets only its own day's copy).
const NEXT_DAY_GAP_DAYS: i64 = 1;

/// A ratio of figures above which two values are more likely of different things than a
/// plain contradiction: never an error on its own.
const OTHER_THING_RATIO: f64 = 5.0;

/// Where [`Frames::build`] files one fact: nowhere, among the lists (fact, article, story),
/// or under a frame.
enum Filed {
    Not,
    List(usize, usize, usize),
    Frame(FrameKey, Box<Seen>),
}

/// A fact as the comparison sees it.
#[derive(Debug, Clone)]
pub struct Seen {
    /// Index into the facts.
    pub fact: usize,
    /// Index of its article.
    pub article: usize,
    /// Index of the claim holding it.
    pub claim: Option<usize>,
    /// The outlet.
    pub outlet: String,
    /// The article's date.
    pub reported: Option<Date>,
    /// The article's date, or for an undated article the date of the reports it shares
    /// claims with: which episode of the frame it belongs to.
    pub episode: Option<Date>,
    pub value: Value,
    /// Who gives it, as compared; `None` for the outlet's own voice.
    pub source: Option<String>,
    /// Who gives it, as shown.
    pub source_name: Option<String>,
    /// Whether who gives it is the authorities, unnamed or of a body.
    pub officials: Officials,
    /// Neither hedged nor vague.
    pub definite: bool,
    /// A count still standing when the copy was written ("nine were still in hospital").
    pub remaining: bool,
    /// Told in the outlet's own voice, crediting no one ([`Cues::own_voice`]).
    pub own_voice: bool,
}

/// The facts of a frame that give one value by one source on one day.
#[derive(Debug, Clone)]
pub struct Reading {
    /// Indexes into [`Group::seen`].
    pub seen: Vec<usize>,
    pub value: Value,
    /// The value as the first fact writes it.
    pub text: String,
    /// The unit as written ("eur" for "€110bn" though compared in dollars).
    pub unit: Option<String>,
    pub source: Option<String>,
    pub source_name: Option<String>,
    pub officials: Officials,
    /// The day the value is given for, when its clause names one.
    pub day: Option<Date>,
    /// For background, the place named.
    pub place: Option<String>,
    /// The places its facts' clauses name, sorted ("the market" and "the station" for a
    /// total over both); empty when they name none or not the same.
    pub places: Vec<String>,
    /// The moment of the day its facts give the value for ("at the close"), if named.
    pub moment: Option<String>,
    /// How the things it counts were hit ("destroyed", "damaged"), if said.
    pub degree: Option<String>,
    /// Every fact of it is told on the day its outlet gives the story's event
    /// ([`Fact::event_day`]): it meets readings of another day told so too.
    pub event_day: bool,
    /// Every fact of it is a count still standing when the copy was written
    /// ([`Seen::remaining`]).
    pub remaining: bool,
    /// The first and last dates of its reports, when every report is dated.
    pub reported: Option<(Date, Date)>,
}

impl Reading {
    /// "nine were still in hospital" the next day against "11 were taken to hospital": a
    /// count still standing, told after `first` (which tells no such state), that falls
    /// short of it or meets it does not disagree with it. Told the same day ("31 missing"
    /// / "29 people still missing") both are that day's count.
    pub fn later_state_of(&self, first: &Reading) -> bool {
        let after = match (self.reported, first.reported) {
            (Some((from, _)), Some((_, until))) => from > until,
            _ => false,
        };
        self.remaining && !first.remaining && after && !self.value.exceeds(&first.value)
    }
}

/// What two readings of a frame amount to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// One source (or the outlets themselves) gives values that cannot both hold; `error`
    /// when both are definite, of the same day and the same frame.
    Contradiction { error: bool },
    /// Different sources give values that cannot both hold.
    SourcesDiffer,
    /// Two lower bounds that can both hold but lie far apart ("more than 26,000" / "more
    /// than 31,000"): one count is likely out of date. Never an error.
    BoundsApart,
    /// Two rounded figures ("about 60" / "some 90") whose intervals meet only near their
    /// edges, or not at all: unlikely both to be right, but neither exact. Never an error.
    EstimatesApart,
}

/// Two readings that cannot both hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Disagreement {
    pub a: usize,
    pub b: usize,
    pub verdict: Verdict,
}

/// The facts of one frame in one story.
#[derive(Debug, Clone)]
pub struct Group {
    pub key: FrameKey,
    /// The frame as reports show it.
    pub frame: Frame,
    pub seen: Vec<Seen>,
    pub readings: Vec<Reading>,
    pub disagreements: Vec<Disagreement>,
}

impl Group {
    /// The outlets of a reading, sorted and distinct.
    pub fn outlets(&self, reading: usize) -> Vec<&str> {
        let mut out: Vec<&str> = self.readings[reading]
            .seen
            .iter()
            .map(|&s| self.seen[s].outlet.as_str())
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Every fact of a reading is told in its outlet's own voice, crediting no one.
    fn own_voice(&self, reading: usize) -> bool {
        self.readings[reading]
            .seen
            .iter()
            .all(|&s| self.seen[s].own_voice)
    }

    /// The outlets of the whole frame.
    pub fn all_outlets(&self) -> BTreeSet<&str> {
        self.seen.iter().map(|s| s.outlet.as_str()).collect()
    }
}

/// Every frame of every story with its readings and disagreements, and the parts, totals
/// and lists beside them.
#[derive(Debug, Clone, Default)]
pub struct Frames {
    pub groups: Vec<Group>,
    pub parts: Vec<PartsOverTotal>,
    pub lists: Lists,
    /// For each fact, the index of its article.
    pub article_of: Vec<Option<usize>>,
    /// For each fact, the index of the claim holding it.
    pub claim_of: Vec<Option<usize>>,
}

/// What the comparison reads.
pub struct Input<'a> {
    pub articles: &'a [Article],
    /// Each article's date, or the date it takes from the reports it shares claims with.
    pub dates: &'a [Option<Date>],
    pub story_of: &'a [usize],
    pub claims: &'a [Claim],
    /// Each claim's place in `claims`, by its id (the checks' own index, lent).
    pub claim_index: &'a TextMap<&'a str, usize>,
    pub facts: &'a [Fact],
    pub entities: &'a [Entity],
    pub rules: &'a RuleSet,
}

impl Input<'_> {
    /// Who gives `fact`: the claim speaker's entity when the resolver knows it, else the
    /// source as written. An organisation only described ("the company said") keeps its
    /// own words when it was resolved to another description ("the ministry"), not to a
    /// name: one description does not stand for another.
    fn source_name(&self, fact: &Fact, claim: Option<usize>) -> Option<String> {
        let written = fact.frame.source.clone()?;
        let described = is_described_organisation(&written, self.rules);
        let entity = claim
            .and_then(|c| self.claims[c].speaker.as_ref())
            .filter(|s| s.text == written)
            .and_then(|s| s.entity.as_deref())
            .and_then(|id| self.entities.iter().find(|e| e.id == id))
            .filter(|e| !described || e.name.starts_with(char::is_uppercase));
        Some(entity.map_or(written, |e| e.name.clone()))
    }
}

impl Frames {
    /// Groups the facts by frame and compares the readings of each frame.
    pub fn build(input: &Input<'_>) -> Frames {
        let article_index: TextMap<&str, usize> = input
            .articles
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id.as_str(), i))
            .collect();
        let claim_index = input.claim_index;
        let mut by_key: BTreeMap<FrameKey, Vec<Seen>> = BTreeMap::new();
        let mut listed = Vec::new();
        let article_of: Vec<Option<usize>> = input
            .facts
            .iter()
            .map(|f| article_index.get(f.article.as_str()).copied())
            .collect();
        let claim_of: Vec<Option<usize>> = input
            .facts
            .iter()
            .map(|f| f.claim.as_deref().and_then(|c| claim_index.get(c).copied()))
            .collect();
        let people = Namesakes::of(input, &article_of);
        let cues = Cues::of(input.rules);
        // Each fact read into its frame in parallel; then filed in fact order.
        let read: Vec<Filed> = input
            .facts
            .par_iter()
            .enumerate()
            .map(|(i, fact)| {
                let Some(article) = article_of[i] else {
                    return Filed::Not;
                };
                let story = input.story_of.get(article).copied().unwrap_or(0);
                let claim = claim_of[i];
                if fact.kind == FactKind::List {
                    return Filed::List(i, article, story);
                }
                let Some(value) = Value::of(fact, input.rules) else {
                    return Filed::Not;
                };
                let a = &input.articles[article];
                // An undated article's years and months are read against its story's date.
                let inferred = if a.date.is_none() {
                    input.dates.get(article).copied().flatten()
                } else {
                    None
                };
                let Some(mut key) = FrameKey::of(fact, story, value.unit(), inferred) else {
                    return Filed::Not;
                };
                if fact.kind == FactKind::Age {
                    // An age held by a surname two people of the story bear is nobody's to
                    // compare.
                    let Some(holder) = people.holder(input, story, fact.frame.holder.as_deref())
                    else {
                        return Filed::Not;
                    };
                    key.holder = holder;
                }
                let source_name = input.source_name(fact, claim);
                Filed::Frame(
                    key,
                    Box::new(Seen {
                        fact: i,
                        article,
                        claim,
                        outlet: a.source.clone(),
                        reported: a.date,
                        episode: input.dates.get(article).copied().flatten(),
                        value,
                        source: key::source_key(
                            fact.frame
                                .source
                                .as_deref()
                                .and_then(key::spokesman_body)
                                .or(source_name.as_deref()),
                            &a.id,
                            input.rules,
                        ),
                        // As written: "fire service spokesman Rafiq Ahmed" speaks for a body.
                        officials: key::officials(fact.frame.source.as_deref(), input.rules),
                        source_name,
                        definite: !fact.hedged && !fact.vague,
                        remaining: remaining::remaining(fact, &a.text, input.rules),
                        own_voice: cues.own_voice(fact, claim.map(|c| &input.claims[c]), &a.text),
                    }),
                )
            })
            .collect();
        for filed in read {
            match filed {
                Filed::Not => {}
                Filed::List(i, article, story) => listed.push((i, article, story)),
                Filed::Frame(key, seen) => by_key.entry(key).or_default().push(*seen),
            }
        }
        let places = PlaceMap::new(&input.rules.places, &input.rules.entities);
        let measures: BTreeSet<&str> = input
            .rules
            .numbers
            .measures
            .iter()
            .map(|m| input.rules.canonical_lower(m))
            .collect();
        let tallies: BTreeSet<&str> = input
            .rules
            .facts
            .tallies
            .iter()
            .map(String::as_str)
            .collect();
        let mut groups = Vec::new();
        for (key, seen) in by_key {
            // A count of a thing that nothing else frames ("more than 60 vehicles", "five
            // bidders") is of the story's event on the day told and the next: told later it
            // is likely another set. A running tally ("five states", "2,383 delegates")
            // grows overnight: it is compared only within a day. A count at a rate
            // ("vehicles a day") holds from day to day, and so does the value before a
            // change ("up from nine on Wednesday"): the copy dates it.
            let rate = ["day", "week", "month", "year"]
                .iter()
                .any(|p| key.what.strip_suffix(p).is_some_and(|w| w.ends_with(" a ")));
            let before_change = key.what.ends_with(" before");
            let bare = key.kind == FactKind::Count
                && !rate
                && !before_change
                && key.holder.is_none()
                && key.place.is_none()
                && key.background.is_none()
                && !measures.contains(key.what.as_str());
            let gap = if !bare {
                EPISODE_GAP_DAYS
            } else if tallies.contains(key.what.as_str()) {
                0
            } else {
                NEXT_DAY_GAP_DAYS
            };
            for episode in episodes(seen, gap) {
                if let Some(group) = Group::compare(
                    key.clone(),
                    episode,
                    input.facts,
                    input.rules.numbers.bounds_apart,
                    &places,
                    input.rules,
                ) {
                    groups.push(group);
                }
            }
        }
        let mut parts = parts::over_totals(&groups);
        parts.extend(parts::within_wholes(&groups, &places));
        let persons = &input.rules.facts.persons;
        parts.extend(parts::kinds_over_wholes(&groups, &|holder| {
            persons.iter().any(|p| p == holder)
        }));
        let lists = Lists::build(input, &listed);
        Frames {
            groups,
            parts,
            lists,
            article_of,
            claim_of,
        }
    }
}

/// The facts of one frame cut where reports are more than `max_gap` days apart (at most
/// [`EPISODE_GAP_DAYS`]); reports of no known date join the largest episode.
fn episodes(mut seen: Vec<Seen>, max_gap: i64) -> Vec<Vec<Seen>> {
    let (mut dated, undated): (Vec<Seen>, Vec<Seen>) =
        seen.drain(..).partition(|s| s.episode.is_some());
    dated.sort_by_key(|s| (s.episode, s.fact));
    let mut out: Vec<Vec<Seen>> = Vec::new();
    let mut last: Option<Date> = None;
    for s in dated {
        let day = s.episode;
        let gap = match (last, day) {
            (Some(a), Some(b)) => b.to_days() - a.to_days() > max_gap,
            _ => true,
        };
        if gap || out.is_empty() {
            out.push(Vec::new());
        }
        last = day;
        if let Some(episode) = out.last_mut() {
            episode.push(s);
        }
    }
    match out.iter_mut().max_by_key(|e| e.len()) {
        Some(largest) => largest.extend(undated),
        None => out.push(undated),
    }
    for episode in &mut out {
        episode.sort_by_key(|s| s.fact);
    }
    out.retain(|e| !e.is_empty());
    out
}

impl Group {
    /// The readings of a frame and their disagreements; `None` when nothing is left.
    /// `apart`: the share by which lower bounds may differ before they disagree.
    fn compare(
        key: FrameKey,
        mut seen: Vec<Seen>,
        facts: &[Fact],
        apart: Option<f64>,
        places: &PlaceMap,
        rules: &RuleSet,
    ) -> Option<Group> {
        let mut sources: Vec<Option<String>> = seen.iter().map(|s| s.source.clone()).collect();
        key::unify_acronyms(&mut sources);
        for (s, source) in seen.iter_mut().zip(sources) {
            s.source = source;
        }
        drop_self_contradictions(&mut seen, facts, places);
        if seen.is_empty() {
            return None;
        }
        // "seven villages were destroyed" told by an outlet that also gives "seven" (or
        // "about 50" beside "50") as IRNA's: the outlet's words repeat its source's figure,
        // they do not vouch for it.
        // The credited facts of each article, so that a frame told by many outlets is not
        // read once for each of its facts.
        let mut credited: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for (t, s) in seen.iter().enumerate() {
            if !s.own_voice {
                credited.entry(s.article).or_default().push(t);
            }
        }
        let repeats: Vec<usize> = (0..seen.len())
            .filter(|&i| {
                seen[i].own_voice
                    && credited.get(&seen[i].article).is_some_and(|ts| {
                        ts.iter().any(|&t| seen[t].value.compatible(&seen[i].value))
                    })
            })
            .collect();
        for i in repeats {
            seen[i].own_voice = false;
        }
        let readings = readings(&seen, facts, places);
        let mut group = Group {
            frame: shown_frame(&key, &seen, facts),
            key,
            seen,
            readings,
            disagreements: Vec::new(),
        };
        group.disagreements = group.disagree(apart, places, rules);
        Some(group)
    }

    /// Every two readings that cannot both hold, or lower bounds more than `apart` apart.
    fn disagree(
        &self,
        apart: Option<f64>,
        places: &PlaceMap,
        rules: &RuleSet,
    ) -> Vec<Disagreement> {
        let mut out = Vec::new();
        for a in 0..self.readings.len() {
            for b in a + 1..self.readings.len() {
                if let Some(verdict) = self.verdict(a, b, apart, places, rules) {
                    out.push(Disagreement { a, b, verdict });
                }
            }
        }
        out
    }

    fn verdict(
        &self,
        a: usize,
        b: usize,
        apart: Option<f64>,
        places: &PlaceMap,
        rules: &RuleSet,
    ) -> Option<Verdict> {
        let (ra, rb) = (&self.readings[a], &self.readings[b]);
        let compatible = ra.value.compatible(&rb.value);
        let far = || apart.is_some_and(|share| ra.value.lower_bounds_apart(&rb.value, share));
        let estimates = || apart.is_some_and(|share| ra.value.estimates_apart(&rb.value, share));
        if compatible && !far() && !estimates() {
            return None;
        }
        if ra.later_state_of(rb) || rb.later_state_of(ra) {
            return None;
        }
        let meets = |x: &Option<Date>, y: &Option<Date>| x.is_none() || y.is_none() || x == y;
        // A toll set from a day holds on after it: "£5.20 from January 1" and "£5.70 from
        // February 1" cannot both stand (never as an error: the days differ too).
        let holds_on =
            self.key.kind == FactKind::Money && self.key.what == crate::extract::numbers::ROAD_TOLL;
        let days_apart = !meets(&ra.day, &rb.day);
        // "made landfall on Monday with winds of 190 km/h" against "slammed into the coast
        // on Tuesday, packing winds of 150 mph": each figure is of the event on the day its
        // outlet gives it, so they meet, never as an error (the days differ too).
        let one_event = ra.event_day && rb.event_day;
        if days_apart && !holds_on && !one_event {
            return None;
        }
        if ra.place.is_some() && rb.place.is_some() && ra.place != rb.place {
            return None;
        }
        // "12 at the station" is a part of "30 in the attacks on the market and the
        // station": it disagrees with the total only by exceeding it. A part by the rules'
        // containment (a city of the country) is weighed against its whole with the other
        // parts ([`parts::within_wholes`]); places apart (two cities) never meet.
        match places::standing(&ra.places, &rb.places, places) {
            Standing::Same => {}
            Standing::Apart
            | Standing::PartOf { named: false }
            | Standing::WholeOf { named: false } => return None,
            Standing::PartOf { named: true } => {
                if !ra.value.exceeds(&rb.value) {
                    return None;
                }
            }
            Standing::WholeOf { named: true } => {
                if !rb.value.exceeds(&ra.value) {
                    return None;
                }
            }
        }
        // An outlet against itself is no disagreement between outlets.
        let mut outlets = self.outlets(a);
        outlets.extend(self.outlets(b));
        outlets.sort_unstable();
        outlets.dedup();
        if outlets.len() < 2 {
            return None;
        }
        let same_source = ra.source == rb.source;
        // "Officials" and "fire officials" may be one source: their figures disagree, but
        // never as an error.
        let maybe_one = ra.officials.may_be_one(rb.officials)
            || match (&ra.source, &rb.source) {
                (Some(a), Some(b)) => key::may_share_body(
                    (a, ra.source_name.as_deref().unwrap_or(a)),
                    (b, rb.source_name.as_deref().unwrap_or(b)),
                    rules,
                ),
                _ => false,
            };
        // A day is no count: sources do not count it differently, so two named sources
        // giving two days of one event disagree (never as an error: not one source).
        let days = matches!(ra.value, Value::Day(_));
        if !same_source && !maybe_one && !days && ra.source.is_some() && rb.source.is_some() {
            // Different sources may count differently: bounds of each are no finding, but
            // two estimates far apart ("around 9C" per the coastguard, "about 11C" per
            // union officials) are two sources' figures.
            return (!compatible || estimates()).then_some(Verdict::SourcesDiffer);
        }
        if compatible {
            return Some(if far() {
                Verdict::BoundsApart
            } else {
                Verdict::EstimatesApart
            });
        }
        // "about 60" / "some 90 km", "412,000" / "about 380,000": figures that disagree only
        // as rounded to their last digit, not by the whole interval their qualifier allows,
        // are a warning — two estimates far apart, or a figure just outside an estimate.
        let rounding_only = (ra.value.rounded() || rb.value.rounded())
            && ra.value.loosened().compatible(&rb.value.loosened());
        if rounding_only && ra.value.rounded() && rb.value.rounded() {
            return Some(Verdict::EstimatesApart);
        }
        // An error needs both definite, reported on the same day by different outlets,
        // from one source, for the same moment of the day ("closed down 3.9 percent" is not
        // a fall during the day), of things hit alike (seven villages destroyed, fifteen
        // damaged), and figures close enough to be of one thing.
        let same_day = ra.seen.iter().any(|&x| {
            rb.seen.iter().any(|&y| {
                let (sx, sy) = (&self.seen[x], &self.seen[y]);
                sx.outlet != sy.outlet
                    && sx.definite
                    && sy.definite
                    && sx.reported.is_some()
                    && sx.reported == sy.reported
            })
        });
        // An outlet that writes a figure in its own voice vouches for it: against one
        // another outlet credits to a source it is one account of the thing against
        // another, as much as one source quoted two ways. A reading taken by an
        // instrument (a magnitude) is always some agency's, named or not, and a figure of
        // an earlier event some tally's: never so.
        let vouched = self.key.kind != FactKind::Magnitude
            && self.key.background.is_none()
            && self.own_voice(a) != self.own_voice(b);
        let error = (same_source || vouched)
            && same_day
            && !days_apart
            && !rounding_only
            && ra.moment == rb.moment
            && ra.degree == rb.degree
            && ra.value.ratio(&rb.value) <= OTHER_THING_RATIO;
        Some(Verdict::Contradiction { error })
    }
}

/// Sets aside the facts of an article that give one frame, by one source, values that
/// cannot both hold: the frame is too coarse to read them ("a quake measuring 4.2" on the
/// next day in a story of a 5.9 quake), and an outlet does not contradict itself.
/// Facts of different places ("20 died in Bam and 15 in Zarand") are no such values.
fn drop_self_contradictions(seen: &mut Vec<Seen>, facts: &[Fact], map: &PlaceMap) {
    let places: Vec<Vec<String>> = seen
        .iter()
        .map(|s| {
            let mut places = facts[s.fact].places.clone();
            places.sort();
            places.dedup();
            places
        })
        .collect();
    let mut doubtful = BTreeSet::new();
    for i in 0..seen.len() {
        for j in i + 1..seen.len() {
            let (x, y) = (&seen[i], &seen[j]);
            if x.article != y.article || x.source != y.source {
                continue;
            }
            let (dx, dy) = (facts[x.fact].day, facts[y.fact].day);
            let same_day = dx.is_none() || dy.is_none() || dx == dy;
            if same_day
                && !x.value.compatible(&y.value)
                && places::standing(&places[i], &places[j], map) == Standing::Same
            {
                doubtful.insert(i);
                doubtful.insert(j);
            }
        }
    }
    let mut k = 0;
    seen.retain(|_| {
        k += 1;
        !doubtful.contains(&(k - 1))
    });
}

/// The facts of a frame gathered by value, source, day and (for background) place; facts
/// that name places apart, or one within the other, are never one reading.
fn readings(seen: &[Seen], facts: &[Fact], map: &PlaceMap) -> Vec<Reading> {
    let mut out: Vec<Reading> = Vec::new();
    for (i, s) in seen.iter().enumerate() {
        let fact = &facts[s.fact];
        let place = fact
            .background
            .then(|| fact.places.first().cloned())
            .flatten();
        let mut places = fact.places.clone();
        places.sort();
        places.dedup();
        // A day fact's day is its value, not the day it holds for; a person's age holds
        // whichever day of the story the sentence tells ("a 36-year-old died on Sunday").
        let day = (!matches!(fact.kind, FactKind::Day | FactKind::Age))
            .then_some(fact.day)
            .flatten();
        let moment = &fact.frame.moment;
        let found = out.iter_mut().find(|r| {
            r.value == s.value
                && r.source == s.source
                && r.day == day
                && r.place == place
                && r.moment == *moment
                && r.degree == fact.degree
                && places::standing(&r.places, &places, map) == Standing::Same
        });
        match found {
            Some(r) => {
                r.seen.push(i);
                r.event_day &= fact.event_day;
                r.remaining &= s.remaining;
                r.reported = r
                    .reported
                    .zip(s.reported)
                    .map(|((from, until), d)| (from.min(d), until.max(d)));
                // A fact of the story's own place (none named) joins one that names its
                // place: the reading is of the story's own place.
                if r.places != places {
                    r.places.clear();
                }
            }
            None => out.push(Reading {
                seen: vec![i],
                value: s.value.clone(),
                text: value_text(fact),
                unit: fact.amount().and_then(|a| a.unit.clone()),
                source: s.source.clone(),
                source_name: s.source_name.clone(),
                officials: s.officials,
                day,
                place,
                places,
                moment: moment.clone(),
                degree: fact.degree.clone(),
                event_day: fact.event_day,
                remaining: s.remaining,
                reported: s.reported.map(|d| (d, d)),
            }),
        }
    }
    out
}

/// A fact's value as written.
pub fn value_text(fact: &Fact) -> String {
    match &fact.value {
        crate::extract::FactValue::Amount(a) => a.text.clone(),
        crate::extract::FactValue::Day { text, .. } => text.clone(),
        crate::extract::FactValue::Members { members } => members.join(", "),
    }
}

/// The frame as reports show it: what, holder, the place when it is another than the
/// story's own, and the year of background.
fn shown_frame(key: &FrameKey, seen: &[Seen], facts: &[Fact]) -> Frame {
    let place = seen
        .iter()
        .filter_map(|s| facts[s.fact].frame.place.clone())
        .next()
        .filter(|_| key.place.is_some() || key.background.is_some());
    Frame {
        what: key.what.clone(),
        holder: key.holder.clone(),
        place,
        // Background is keyed by year, or by place when no year is named.
        time: key
            .background
            .clone()
            .filter(|t| t.starts_with(|c: char| c.is_ascii_digit())),
        source: None,
        via: None,
        moment: None,
    }
}

/// "killed", "age of bizianis", "villages in Thessaloniki", "killed (background, 2003,
/// Bam)": a frame in a few words, for messages.
pub fn frame_words(frame: &Frame, background: bool) -> String {
    let mut words = frame.what.clone();
    if let Some(holder) = &frame.holder {
        words.push_str(&format!(" ({holder})"));
    }
    if let Some(place) = &frame.place {
        words.push_str(&format!(" in {place}"));
    }
    if background {
        match &frame.time {
            Some(time) => words.push_str(&format!(" (earlier event, {time})")),
            None => words.push_str(" (earlier event)"),
        }
    }
    words
}

/// Each article's date, or for an undated one the date most of the articles it shares
/// linked claims with carry (a copy of the wire story it repeats).
pub fn dates_by_links(articles: &[Article], links: &[(usize, usize)]) -> Vec<Option<Date>> {
    let mut votes: Vec<BTreeMap<Date, usize>> = vec![BTreeMap::new(); articles.len()];
    for &(a, b) in links {
        for (x, y) in [(a, b), (b, a)] {
            if articles[x].date.is_none()
                && let Some(d) = articles[y].date
            {
                *votes[x].entry(d).or_default() += 1;
            }
        }
    }
    articles
        .iter()
        .zip(votes)
        .map(|(a, v)| {
            a.date.or_else(|| {
                v.into_iter()
                    .max_by_key(|&(d, n)| (n, std::cmp::Reverse(d)))
                    .map(|(d, _)| d)
            })
        })
        .collect()
}
