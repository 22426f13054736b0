//! Facts: every checkable value in an article, sentence by sentence, whether the outlet says
//! it or attributes it, each with its frame (what, of whom, where, when, according to whom).
//!
//! A sentence is read only when it may hold a value (a digit, a number word, a weekday, a
//! relation of a list or a superlative); its figures come from the figure reader ([`super::numbers`]) and its
//! days from [`super::dates`]. One idea to a file: `clause` (the part of the sentence a frame
//! is read from), `what` (kind, unit and the thing measured), `place`, `time` (the day,
//! and whether the fact is background), `source` (who gives it), `day` (days of events),
//! `list` (members of a list), `roll` (the people a place keeps), `term` (a prison term
//! passed or sought), `capacity` (what a licence allows), `crowd` (people at a gathering),
//! `among` (a part of the dead or injured named by who they are), `hospital` (a hospital
//! named by its name), `point` (the point a distance is told from), `price` (the price of
//! one of a thing people buy), `later` (the day set for something to come), `origin` (the
//! age of a thing from the year it came about), `clock` (the time of day something
//! happened) and `rank` (the one holder of a superlative: "the largest timber exporter");
//! `head` (the noun a count counts, past adverbs, names and plural modifiers), `over`
//! ("over" as a preposition, not "more than") and `apposition` (the time of a relative
//! clause inside an apposition, which is not the figure's).

mod among;
mod apposition;
mod capacity;
mod change;
mod clause;
mod clock;
mod crowd;
mod day;
mod decade;
mod figure;
mod head;
mod holder;
mod hospital;
mod later;
mod list;
mod origin;
mod over;
mod phrases;
mod place;
mod point;
mod price;
mod rank;
mod roll;
mod selection;
mod signed;
mod source;
mod term;
mod time;
mod timed;
mod toll;
mod what;
mod zero;

use aho_corasick::AhoCorasick;

use crate::article::{Article, Span};
use crate::rules::{PlaceMap, RuleSet};
use crate::text::Token;
use crate::words::{WordMap, WordSet};

use super::claim::{Claim, Quantity};
use super::fact::{Amount, Fact, FactKind, FactValue, Frame};
use super::numbers::NumberReader;
use phrases::Phrases;

pub use list::member_key;

/// The rule-derived lookups of fact reading, built once and shared by every article.
pub struct FactReader {
    /// Nouns that count people in general ("people", "victims").
    people: WordSet,
    /// Nouns that count people of one kind ("workers", "soldiers").
    persons: WordSet,
    /// Measures left out of a count's frame: "seven villages destroyed" counts villages.
    damage: WordSet,
    /// Background cues, split into lower-case words.
    background: Phrases<()>,
    /// Words before a year of a thing's origin ("built in"), split into lower-case words.
    origins: Phrases<()>,
    /// Common nouns naming a place after "at the".
    place_nouns: WordSet,
    /// Verbs by which a place keeps people ("enrolled", "held"): a count of them is its roll.
    roll: WordSet,
    /// Words that make a term one asked for ("sought"): the sentence sought.
    demands: WordSet,
    /// Nouns naming an event, singular.
    events: WordSet,
    /// Nouns of an event held again and again, singular: its rank is its edition.
    recurring: WordSet,
    /// Holder nouns (singular, lower case) → the holder the rules' `holders` group names.
    holders: WordMap<String>,
    /// Nouns of things that stand tall, singular: a size glued before one is its height.
    tall_things: WordSet,
    /// Nouns of things that lie long, singular: a size glued before one is its length.
    long_things: WordSet,
    /// The places the rules know: each name (folded) → the name reports use.
    places: PlaceMap,
    /// Phrases of list relations, longest first.
    relations: Phrases<list::RelationPhrase>,
    /// Finds the first words of the list relations (ASCII case-insensitive).
    relation_finder: Option<AhoCorasick>,
    /// Finds, in one pass, any number word, ordinal or first word of a list relation: the
    /// three searches of [`FactReader::may_hold_fact`] at once.
    prefilter: Option<AhoCorasick>,
    /// Finds the ordinals a rank is written with ("third night running").
    ordinal_finder: Option<AhoCorasick>,
    /// Moments of the day: each phrase split into lower-case words, with the moment's
    /// name.
    moments: Phrases<String>,
}

/// A sentence being read for facts.
pub(crate) struct View<'a> {
    pub(crate) text: &'a str,
    pub(crate) article: &'a Article,
    pub(crate) sentence: Span,
    pub(crate) tokens: &'a [Token],
    pub(crate) lower: &'a [&'a str],
}

impl View<'_> {
    /// Token `i` in lower case ("" past the end).
    pub(crate) fn low(&self, i: usize) -> &str {
        self.lower.get(i).copied().unwrap_or("")
    }

    /// Token `i` as written ("" past the end).
    pub(crate) fn tok(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| t.text(self.text))
    }

    /// Token `i` opens with a capital and is a word.
    pub(crate) fn capital(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.is_word() && t.is_capitalized(self.text))
    }

    /// The byte span of tokens `[start, end)`.
    pub(crate) fn span(&self, start: usize, end: usize) -> Span {
        let s = self
            .tokens
            .get(start)
            .map_or(self.sentence.end, |t| t.span.start);
        let e = end
            .checked_sub(1)
            .and_then(|last| self.tokens.get(last))
            .map_or(s, |t| t.span.end);
        Span::new(s, e.max(s))
    }

    /// The index of the token starting at or after byte `at`.
    pub(crate) fn token_at(&self, at: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < at)
    }
}

/// Ordinals a rank is written with ("third night running").
const ORDINALS: [&str; 9] = [
    "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
];

/// What one sentence leaves to the next: the time and place of its last figure, so that
/// "It killed 612 people" after "In February a quake hit Zarand" is about Zarand too.
#[derive(Debug, Clone, Default)]
pub(crate) struct Carry {
    when: Option<time::When>,
    place: Option<place::Place>,
    /// The places the article's opening sentences name: the story's own place, which a
    /// figure with no place of its own is about.
    lede: Vec<String>,
    /// The name the last sentence read opened with, and where that sentence ended: whom
    /// "She was 85." right after it is about.
    opener: Option<(usize, Span)>,
}

impl Carry {
    /// The place of key `key` is the story's own: the lede names it, or names a place the
    /// common noun `key` refers back to ("the airport" after "at Kestrel Airport", "the
    /// station" after "Central Station").
    fn in_lede(&self, key: &str) -> bool {
        self.lede.iter().any(|own| {
            own == key
                || own
                    .strip_suffix(key)
                    .is_some_and(|name| name.ends_with(' ') && name.len() > 1)
        })
    }
}

/// A fact read from a sentence, with the index (among the sentence's claims) of the claim
/// holding it.
pub(crate) struct Found {
    pub(crate) fact: Fact,
    pub(crate) claim: Option<usize>,
}

impl FactReader {
    pub fn new(rules: &RuleSet) -> FactReader {
        let lower = |v: &[String]| -> WordSet { v.iter().map(|w| w.to_lowercase()).collect() };
        let background = Phrases::new(
            rules
                .facts
                .background
                .iter()
                .map(|b| (b.split_whitespace().map(str::to_lowercase).collect(), ())),
        );
        let origins = Phrases::new(
            rules
                .facts
                .origins
                .iter()
                .map(|b| (b.split_whitespace().map(str::to_lowercase).collect(), ())),
        );
        let places = PlaceMap::new(&rules.places, &rules.entities);
        let moments = Phrases::new(rules.facts.moment.iter().flat_map(|m| {
            m.words.iter().map(|w| {
                (
                    w.split_whitespace().map(str::to_lowercase).collect(),
                    m.name.clone(),
                )
            })
        }));
        let relation_phrases = list::phrases(rules);
        // A word each relation's sentences hold: the first of most phrases, the last of a
        // phrase with the members inside it ("defendants" of "names * as defendants").
        let firsts: Vec<String> = {
            let mut f: Vec<String> = relation_phrases
                .iter()
                .flat_map(|p| p.telling_words())
                .map(str::to_string)
                .collect();
            f.sort_unstable();
            f.dedup();
            f
        };
        let relations = Phrases::new(relation_phrases.into_iter().map(|p| (p.words.clone(), p)));
        let relation_finder = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(&firsts)
            .ok();
        let prefilter = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(
                super::numbers::NUMBER_WORDS
                    .iter()
                    .chain(ORDINALS.iter())
                    .copied()
                    .chain(firsts.iter().map(String::as_str))
                    .chain(zero::CUES.iter().copied())
                    .chain(rank::SUPERLATIVES.iter().copied()),
            )
            .ok();
        FactReader {
            people: lower(&rules.facts.people)
                .into_iter()
                .map(|w| super::numbers::singular(&w))
                .collect(),
            persons: lower(&rules.facts.persons)
                .into_iter()
                .map(|w| super::numbers::singular(&w))
                .collect(),
            damage: rules
                .facts
                .damage
                .iter()
                .map(|w| rules.canonical(w).into_owned())
                .collect(),
            background,
            origins,
            place_nouns: lower(&rules.facts.place_nouns),
            roll: lower(&rules.facts.roll),
            demands: lower(&rules.facts.demands),
            events: lower(&rules.facts.events)
                .into_iter()
                .map(|w| super::numbers::singular(&w))
                .collect(),
            recurring: lower(&rules.facts.recurring)
                .into_iter()
                .map(|w| super::numbers::singular(&w))
                .collect(),
            holders: rules
                .facts
                .holders
                .iter()
                .filter_map(|group| {
                    let name = group.first()?.to_lowercase();
                    Some(
                        group
                            .iter()
                            .map(move |w| (w.to_lowercase(), name.clone()))
                            .collect::<Vec<_>>(),
                    )
                })
                .flatten()
                .collect(),
            tall_things: lower(&rules.facts.tall_things)
                .into_iter()
                .map(|w| super::numbers::singular(&w))
                .collect(),
            long_things: lower(&rules.facts.long_things)
                .into_iter()
                .map(|w| super::numbers::singular(&w))
                .collect(),
            places,
            relations,
            relation_finder,
            prefilter,
            ordinal_finder: AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .build(ORDINALS)
                .ok(),
            moments,
        }
    }

    /// A cheap test before reading a sentence `s` for facts: false only when it holds no
    /// digit (`has_digit`, known from its words), no number word, no weekday, no list
    /// relation and no superlative, so no fact.
    pub(crate) fn may_hold_fact(&self, numbers: &NumberReader, s: &str, has_digit: bool) -> bool {
        if has_digit {
            return true;
        }
        if let Some(prefilter) = &self.prefilter {
            return prefilter.is_match(s) || s.contains("day");
        }
        numbers.may_hold_number_word(s)
            || s.contains("day")
            || self.ordinal_finder.as_ref().is_some_and(|f| f.is_match(s))
            || self.relation_finder.as_ref().is_some_and(|f| f.is_match(s))
            || rank::SUPERLATIVES.iter().any(|w| s.contains(w))
    }

    /// The rule name of a place written `name` (folded), if the rules know it.
    pub(crate) fn place_named(&self, folded: &str) -> Option<&str> {
        self.places.named(folded)
    }

    /// Notes the places an opening sentence of the article names. A spot of the incident
    /// ("at a bar", the rules' place nouns) or a kind of place without a name ("in the
    /// capital") is the story's own place only in the first sentence: "Two died at the
    /// station" after it tells a part of the toll.
    pub(crate) fn lede(&self, view: &View<'_>, carry: &mut Carry, first: bool) {
        carry
            .lede
            .extend(place::all(self, view).into_iter().filter(|key| {
                first || !(self.place_nouns.contains(key.as_str()) || place::kind_of_place(key))
            }));
        carry.lede.sort_unstable();
        carry.lede.dedup();
    }

    /// Notes where the capitalised words a sentence opens with are ("Nora Vance, the
    /// actress, died in Boston."), for an age told right after it ("She was 85."). Their
    /// name is read only when such an age comes.
    pub(crate) fn note_opener(text: &str, sentence: Span, tokens: &[Token], carry: &mut Carry) {
        carry.opener = holder::opening_run(text, tokens).map(|run| (sentence.end, run));
    }

    /// Every fact of one sentence. `claims` are the claims found in it; a fact inside one's
    /// content is attributed to it. `figures` are the sentence's figures when another
    /// reader has read them already (`NumberReader::read_lower` over the whole sentence).
    pub(crate) fn read(
        &self,
        view: &View<'_>,
        numbers: &NumberReader,
        rules: &RuleSet,
        claims: &[&Claim],
        carry: &mut Carry,
        figures: Option<Vec<Quantity>>,
    ) -> Vec<Found> {
        let mut found: Vec<Found> = Vec::new();
        let mut quantities = figures.unwrap_or_else(|| {
            numbers.read_lower(view.text, view.tokens, view.lower, view.sentence)
        });
        // "No one was hurt": a count of none, read as a figure of 0 (the "one" in it is none).
        let zeros = zero::counts(view);
        if !zeros.is_empty() {
            quantities.retain(|q| !zero::covers(&zeros, q.span));
            quantities.extend(zeros);
            quantities.sort_by_key(|q| (q.span.start, q.span.end));
        }
        // "spread over 4,000 pages", "$30 billion over 10 years": "over" as a preposition.
        over::prepositions(view, &mut quantities);
        // The times named are read for the figures, and for the days of events, which
        // follow "on" ("the raid on Tuesday") or, for the day a measure takes effect,
        // "from" ("rationed from December 15"): a sentence with none of these names none
        // that matters.
        let whens =
            if !quantities.is_empty() || view.lower.iter().any(|w| matches!(*w, "on" | "from")) {
                time::in_sentence(self, view, !quantities.is_empty())
            } else {
                Vec::new()
            };
        let carried = if time::opens_with_pronoun(view) {
            Carry {
                when: carry.when.take(),
                place: carry.place.take(),
                ..Carry::default()
            }
        } else {
            Carry::default()
        };
        let mut last = Carry::default();
        // The figure before, for a conversion in brackets after it: "€110bn ($141bn)": where
        // it ends and where its fact is in `found` (kept there, not copied).
        let mut previous: Option<(usize, usize)> = None;
        let mut i = 0;
        while i < quantities.len() {
            let q = &quantities[i];
            let first = view.token_at(q.span.start);
            let mut q = q;
            // The two figures of a sum, when it joins two ("152 passengers and six crew").
            let mut summed = None;
            // "will rise from £4.50 to £5.20": the old value is passed over, and the new
            // one read alone.
            if let Some(next) = quantities.get(i + 1)
                && first
                    .checked_sub(1)
                    .is_some_and(|from| view.low(from) == "from")
                && view.token_at(q.span.end) + 1 == view.token_at(next.span.start)
                && change::verb_of_new_value(view, view.token_at(next.span.start)).is_some()
            {
                i += 1;
                continue;
            }
            let (amount, end, span) = match what::range(view, &quantities, i) {
                // "Between 15 and 20 people were hurt": the range is read as its second
                // figure is, whose clause ("20 people were hurt") says what it counts.
                Some(joined) => {
                    i += 1;
                    q = &quantities[i];
                    joined
                }
                None if let Some((amount, second, span)) =
                    what::coordinated(self, view, &quantities, i) =>
                {
                    // One figure beside one person ("two women and a man") ends where
                    // the person does; two figures end with the second.
                    let end = if second == i {
                        view.token_at(span.end)
                    } else {
                        view.token_at(quantities[second].span.end)
                    };
                    if second != i {
                        summed = Some((i, second));
                    }
                    i = second;
                    q = &quantities[second];
                    (amount, end, span)
                }
                None => (
                    Amount {
                        text: q.text.clone(),
                        low: q.low,
                        high: q.high,
                        unit: q.unit.clone(),
                    },
                    view.token_at(q.span.end),
                    q.span,
                ),
            };
            i += 1;
            // "17 cases on Friday, up from 11 on Wednesday": the value before the change is
            // a fact of what the new value counts, of the earlier time named right after it
            // (or of none), compared only with another outlet's value before the change,
            // never with the new one.
            if change::old_value_after_new(view, first, end) {
                if let Some((new, claim)) = previous
                    .and_then(|(_, k)| found.get(k))
                    .filter(|f| f.fact.kind != FactKind::Age && !f.fact.background)
                    // The new value is the figure right before: no other figure between.
                    .filter(|f| {
                        !quantities
                            .iter()
                            .any(|x| x.span.start >= f.fact.span.end && x.span.start < span.start)
                    })
                    .map(|f| (&f.fact, f.claim))
                {
                    let when = whens
                        .iter()
                        .find(|w| (end..=end + 2).contains(&w.token) && w.day.is_some());
                    let mut fact = new.clone();
                    fact.frame.what = format!("{} before", new.frame.what);
                    fact.value = FactValue::Amount(Amount {
                        unit: match &new.value {
                            FactValue::Amount(a) => a.unit.clone(),
                            _ => amount.unit.clone(),
                        },
                        ..amount
                    });
                    fact.span = span;
                    fact.frame.time = when.and_then(|w| w.time.clone());
                    fact.day = when.and_then(|w| w.day);
                    fact.period = None;
                    fact.frame.moment = None;
                    found.push(Found { fact, claim });
                }
                continue;
            }
            // The clause, narrowed to the content of the claim holding the figure: the
            // speaker's own place ("the USGS in Golden, Colo.") is not the figure's.
            // The clause of the figure itself (its qualifier, "as many as", may hold words
            // that open clauses), reaching back to the first of joined figures.
            let anchor = view.token_at(q.span.end).saturating_sub(1).max(first);
            let mut clause = clause::bounds(view.lower, anchor);
            clause.0 = clause.0.min(first);
            // Counts joined by "and" ("carrying 152 passengers and six crew") are also in
            // the clause of the first: that "and" opens no clause of its own.
            if span.start < q.span.start {
                clause.0 = clause
                    .0
                    .min(clause::bounds(view.lower, view.token_at(span.start)).0);
            }
            if let Some(c) = claims
                .iter()
                .filter(|c| c.content_span.contains(span))
                .min_by_key(|c| c.content_span.len())
            {
                clause.0 = clause.0.max(view.token_at(c.content_span.start));
                clause.1 = clause.1.min(view.token_at(c.content_span.end));
            }
            let converted = previous.as_ref().filter(|(after, _)| {
                view.text
                    .get(*after..span.start)
                    .is_some_and(|between| between.trim() == "(" || between.trim() == ";")
            });
            // Where the figure's unit ends, for a conversion after it.
            let after_unit = view
                .span(first, what::unit_end(view, q, end))
                .end
                .max(span.end);
            let fact = match converted.and_then(|&(_, k)| found.get(k)).map(|f| &f.fact) {
                Some(p) => {
                    let Some(unit) = amount.unit.clone() else {
                        continue;
                    };
                    Fact {
                        value: FactValue::Amount(Amount {
                            unit: Some(unit),
                            ..amount
                        }),
                        span,
                        places: Vec::new(),
                        ..p.clone()
                    }
                }
                None => {
                    let Some(read) = what::read(self, numbers, rules, view, q, first, end, clause)
                    else {
                        // "… killed at the market and at least 15 at the station": a bare
                        // figure after "and" counts what the figure before it counted, at
                        // the place it names.
                        if let Some(p) = previous.and_then(|(_, k)| found.get(k)).map(|f| &f.fact)
                            && p.kind == FactKind::Count
                            && !p.places.is_empty()
                            && what::elliptic(view, first, end)
                            && let Some(place) = place::of(self, view, (first, clause.1), first)
                        {
                            let mut fact = p.clone();
                            fact.value = FactValue::Amount(amount);
                            fact.frame.place = Some(place.name.clone());
                            fact.places = place.keys;
                            fact.span = span;
                            fact.claim = None;
                            let claim = source::attribute(&mut fact, claims);
                            fact.away = !fact.places.iter().any(|k| carry.in_lede(k));
                            previous = Some((span.end, found.len()));
                            found.push(Found { fact, claim });
                        }
                        continue;
                    };
                    // "the operator's second accident since 2020", "the third deadly crush at
                    // the ground in a decade": a rank over a span ranks the story's own
                    // event among those of the span, no earlier event's; ranks over
                    // different spans never meet ("the second breach in three years"
                    // against "the third since 2019").
                    let series = (read.kind == FactKind::Ordinal && read.what != "edition")
                        .then(|| time::series_span(view, first, end, clause.1))
                        .flatten();
                    let mut read = read;
                    // "taken to hospital with serious injuries": only the worst hurt.
                    if let Some(what) = hospital::seriously_hurt(rules, view, &read.what, end) {
                        read.what = what;
                    }
                    // "licensed to carry no more than 150": the limit is 150.
                    let amount = if read.what == "capacity" {
                        capacity::limit(amount, q.value)
                    } else {
                        amount
                    };
                    if let Some(span) = &series {
                        read.what = format!("{} {span}", read.what);
                    }
                    let moment = time::moment(self, view, clause);
                    // "at one point" names a moment, not a figure.
                    if moment
                        .as_ref()
                        .is_some_and(|m| (m.start..m.end).contains(&first))
                    {
                        continue;
                    }
                    // "has been closed for 14 days": how long something lasted is of no
                    // moment of a trading day.
                    let moment = moment.filter(|_| read.kind != FactKind::Duration);
                    let opening = clause.0 == 0;
                    // "200 pilgrims, members of a group that set out in May,": the time of
                    // the apposition's relative clause is not the figure's.
                    let own: Vec<time::When>;
                    let whens_here = if whens
                        .iter()
                        .any(|w| apposition::inside_relative(view.lower, end, w.token))
                    {
                        own = whens
                            .iter()
                            .filter(|w| !apposition::inside_relative(view.lower, end, w.token))
                            .cloned()
                            .collect();
                        &own
                    } else {
                        &whens
                    };
                    let when = time::for_clause(whens_here, view.lower, clause, first)
                        .or_else(|| opening.then(|| carried.when.clone()).flatten())
                        // "the 47-year-old engineer has raised €300m since setting up the
                        // company in 2019": a span from then to now; the age is now.
                        .filter(|w| {
                            read.kind != FactKind::Age || !time::opens_span_to_now(view, w.token)
                        })
                        .filter(|_| series.is_none());
                    // A roll's place is the one that keeps it ("the five snow leopards kept
                    // at the zoo"), its holder already; a capacity is the boat's or the
                    // hall's wherever it was ("It was licensed to carry 30" after a sentence
                    // naming the village it sank off).
                    let place = place::of(self, view, clause, first)
                        .or_else(|| opening.then(|| carried.place.clone()).flatten())
                        .filter(|_| read.what != "roll" && read.what != "capacity");
                    last = Carry {
                        when: when.clone().filter(|w| w.background),
                        place: place.clone(),
                        ..Carry::default()
                    };
                    Fact {
                        id: String::new(),
                        article: view.article.id.clone(),
                        claim: None,
                        kind: read.kind,
                        value: FactValue::Amount(Amount {
                            unit: read.unit,
                            ..amount
                        }),
                        frame: Frame {
                            what: read.what,
                            holder: read.holder,
                            place: place.as_ref().map(|p| p.name.clone()),
                            time: when.as_ref().and_then(|w| w.time.clone()),
                            source: source::local(view, clause, first)
                                .or_else(|| source::trailing(view, &rules.attribution.cues, first)),
                            via: None,
                            moment: moment.map(|m| m.name),
                        },
                        span,
                        sentence: view.sentence,
                        background: when.as_ref().is_some_and(|w| w.background),
                        hedged: time::hedged(view, clause),
                        vague: read.vague,
                        places: place.map(|p| p.keys).unwrap_or_default(),
                        away: false,
                        day: when.as_ref().and_then(|w| w.day),
                        period: when.and_then(|w| w.period),
                        degree: read.degree,
                        event_day: false,
                    }
                }
            };
            let mut fact = fact;
            // A unit written after the figure is part of the value as written: "1,500
            // kilometers", "5.4 per cent", "30 billion euros".
            if matches!(
                fact.kind,
                FactKind::Measure | FactKind::Money | FactKind::Percent | FactKind::Duration
            ) && after_unit > fact.span.end
                && let (Some(text), FactValue::Amount(a)) =
                    (view.text.get(fact.span.start..after_unit), &mut fact.value)
            {
                a.text = text.to_string();
                fact.span.end = after_unit;
            }
            // "She was 85.": the age of the name the sentence right before opened with.
            if fact.kind == FactKind::Age
                && matches!(fact.frame.holder.as_deref(), Some("he" | "she"))
            {
                let right_before = carry.opener.as_ref().filter(|(end, _)| {
                    view.text
                        .get(*end..view.sentence.start)
                        .is_some_and(|between| between.trim().is_empty())
                });
                match right_before.and_then(|(_, run)| holder::name_of_opening(run.of(view.text))) {
                    Some(name) => fact.frame.holder = Some(name),
                    None => continue,
                }
            }
            // "Fifty-seven whales stranded …, and at least 30 of them had died": "them" are
            // what the count before it in the sentence counted.
            if fact.kind == FactKind::Count
                && fact.frame.holder.is_none()
                && view.low(end) == "of"
                && view.low(end + 1) == "them"
                && let Some(group) = found
                    .iter()
                    .rev()
                    .map(|f| &f.fact)
                    .find(|p| p.kind == FactKind::Count)
            {
                fact.frame.holder = group.frame.holder.clone();
            }
            let claim = source::attribute(&mut fact, claims);
            fact.away = !fact.places.is_empty() && !fact.places.iter().any(|k| carry.in_lede(k));
            previous = Some((after_unit, found.len()));
            // A sum of people of two kinds also gives each kind's count.
            let parts = summed
                .map(|(a, b)| {
                    what::parts_of_sum(self, view, rules, &fact, [&quantities[a], &quantities[b]])
                })
                .unwrap_or_default();
            found.push(Found { fact, claim });
            found.extend(parts.into_iter().map(|fact| Found { fact, claim }));
        }
        // "It killed 612 people" after a sentence about an earlier quake.
        let (when, place) = if found.is_empty() {
            (carried.when, carried.place)
        } else {
            (last.when, last.place)
        };
        carry.when = when;
        carry.place = place;
        Self::note_opener(view.text, view.sentence, view.tokens, carry);
        let figures = found.len();
        for mut fact in day::read(self, numbers, rules, view, &whens) {
            fact.frame.what = rules.canonical_lower(&fact.frame.what).to_string();
            let claim = source::attribute(&mut fact, claims);
            found.push(Found { fact, claim });
        }
        // "made landfall on Monday with winds of 190 km/h": a figure on the day the
        // sentence gives its event is of that event, whichever day another outlet gives.
        // A sentence of two days ("38 arrested on Saturday and 33 on Sunday") gives each
        // figure its own day: no one event's.
        let mut event_days: Vec<crate::date::Date> = found[figures..]
            .iter()
            .filter(|f| f.fact.kind == FactKind::Day && !f.fact.background)
            .filter_map(|f| f.fact.day)
            .collect();
        event_days.dedup();
        if event_days.len() > 1 {
            event_days.clear();
        }
        for f in &mut found[..figures] {
            f.fact.event_day = !f.fact.background
                && f.fact.kind != FactKind::Age
                && f.fact.day.is_some_and(|d| event_days.contains(&d));
        }
        // Relations are looked up word by word, most words passed over by their first byte
        // and length (cheaper than searching the sentence's text for them first).
        for mut fact in list::read(self, view, rules) {
            let claim = source::attribute(&mut fact, claims);
            found.push(Found { fact, claim });
        }
        // "Norway is the largest timber exporter": a rank and its one holder.
        for mut fact in rank::read(self, view) {
            let claim = source::attribute(&mut fact, claims);
            found.push(Found { fact, claim });
        }
        // "The ride stopped at about 1.20pm": when it stopped.
        for mut fact in clock::times(rules, view) {
            let claim = source::attribute(&mut fact, claims);
            found.push(Found { fact, claim });
        }
        // "The tunnel, which opened in 1994": the tunnel's age.
        for mut fact in origin::ages(self, rules, view) {
            let claim = source::attribute(&mut fact, claims);
            found.push(Found { fact, claim });
        }
        found.sort_by_key(|f| (f.fact.span.start, f.fact.span.end));
        found
    }
}

/// `FactKind` of a unit written after a figure, when the unit alone decides it.
pub(crate) fn kind_of_unit(unit: &str) -> Option<FactKind> {
    Some(match unit {
        "percent" => FactKind::Percent,
        "usd" | "eur" | "gbp" | "jpy" | "aed" | "chf" => FactKind::Money,
        "second" | "minute" | "hour" | "day" | "week" | "month" | "year" => FactKind::Duration,
        _ => return None,
    })
}

#[cfg(test)]
mod tests;
