//! Days of events: "the raid on Tuesday" — the event named by a noun right before the day,
//! so that another outlet's "the raid on Wednesday" contradicts it.

use crate::extract::english::is_finite_verb;
use crate::extract::fact::{Fact, FactKind, FactValue, Frame};
use crate::extract::numbers::{NumberReader, is_number_word, singular};
use crate::rules::RuleSet;
use crate::text::TokenKind;
use crate::words::is_stop_word;

use super::place::locative;
use super::time::When;
use super::{FactReader, View};

/// Words between an event noun and its day that are part of the day, not the event.
fn time_of_day(word: &str) -> bool {
    matches!(
        word,
        "morning" | "afternoon" | "evening" | "night" | "early" | "late" | "day" | "week"
    )
}

/// Verbs of finding out before an event noun: "discovered the breach on January 12" gives
/// the day it was found, not the day it happened.
fn found_out(word: &str) -> bool {
    matches!(
        word,
        "discovered" | "detected" | "noticed" | "found" | "uncovered" | "spotted" | "identified"
    )
}

/// Verbs of telling or judging before an event noun: "condemned the attack on Tuesday" may
/// give the day of the condemning, so it gives no day of the attack.
fn told_of(word: &str) -> bool {
    matches!(
        word,
        "announced"
            | "reported"
            | "disclosed"
            | "revealed"
            | "confirmed"
            | "condemned"
            | "denounced"
            | "denied"
            | "discussed"
            | "described"
            | "mentioned"
            | "praised"
            | "criticised"
            | "criticized"
    )
}

/// Words in a subject that make it one more of its kind: "another man was arrested on
/// Tuesday" is not the man arrested on Monday.
fn one_more(word: &str) -> bool {
    matches!(
        word,
        "another" | "other" | "second" | "third" | "more" | "further" | "two" | "three"
    )
}

/// The one a passive or intransitive verb at token `verb` happened to: the noun or name
/// right before it (past "was", "were", "had been"), or, past an aside between commas,
/// the one before the aside ("Nora Vance, who …, died"). `None` when the subject is none of
/// these or one more of its kind.
fn subject_before(view: &View<'_>, verb: usize) -> Option<String> {
    let mut i = verb;
    while i > 0
        && matches!(
            view.low(i - 1),
            "was" | "were" | "had" | "been" | "has" | "have"
        )
    {
        i -= 1;
    }
    let mut head = i.checked_sub(1)?;
    if view.low(head) == "," {
        // The comma that opens the aside.
        let open = (0..head).rev().find(|&j| view.low(j) == ",")?;
        head = open.checked_sub(1)?;
    }
    // "75 whales that came ashore on Wednesday": the one the relative clause is on.
    if matches!(view.low(head), "that" | "who" | "which") {
        head = head.checked_sub(1)?;
    }
    let word = view.low(head);
    let token = view.tokens.get(head)?;
    // "11 were injured on Saturday": a figure with no noun counts people.
    let figure = !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit() || b == b',');
    if figure || is_number_word(word) {
        let opens = head == 0 || !view.tokens[head - 1].is_word() || view.low(head - 1) == "and";
        return (opens && head + 1 == i).then(|| "people".to_string());
    }
    // "we're", "they've", "it's": a pronoun with its verb, no one named; "Trump's" is
    // Trump.
    let bare = crate::words::without_possessive(word);
    if !token.is_word()
        || is_stop_word(word)
        || is_stop_word(bare)
        || word.ends_with("ly")
        || bare.contains(['\'', '’'])
    {
        return None;
    }
    // The words of the subject's phrase, back to the sentence or clause opening.
    let start = (0..head)
        .rev()
        .find(|&j| !view.tokens[j].is_word() || matches!(view.low(j), "and" | "but" | "when"))
        .map_or(0, |j| j + 1);
    if (start..=head).any(|j| one_more(view.low(j))) {
        return None;
    }
    Some(if view.capital(head) {
        super::holder::holder_word(view, head)
    } else {
        singular(word)
    })
}

/// Where a phrase of place that ends at token `end` begins ("in hospital", "through the
/// centre of Valdera", "on the east coast of Harra island": at most seven words, opened
/// by a preposition of place, "on" among them when no day follows it); `end` itself when none ends there.
fn where_before(reader: &FactReader, view: &View<'_>, end: usize) -> usize {
    (end.saturating_sub(7)..end)
        .find(|&start| {
            // What follows the preposition names a place: an article, a name or a noun of
            // place ("at least three people" names none).
            let next = start + 1;
            let place = matches!(view.low(next), "the" | "a" | "an" | "its" | "their")
                || view.capital(next)
                || reader.place_nouns.contains(view.low(next));
            let word = view.low(start);
            // "on a remote beach", but not "on Monday".
            let on_place = matches!(word, "on" | "off")
                && crate::date::Weekday::from_name(view.tok(next)).is_none()
                && crate::date::month_from_name(view.tok(next)).is_none();
            (locative(word) || on_place || matches!(word, "through" | "into" | "along"))
                && next < end
                && place
                && (start..end).all(|j| view.tokens[j].is_word())
        })
        .unwrap_or(end)
}

/// The day facts of a sentence: each named day with an event noun before it ("the raid on
/// Tuesday"; "discovered the breach on January 12" is the day it was found), or right after a verb of what happened to someone ("the climber died on
/// Sunday", "was killed Saturday night"), held by that one.
pub(super) fn read(
    reader: &FactReader,
    numbers: &NumberReader,
    rules: &RuleSet,
    view: &View<'_>,
    whens: &[When],
) -> Vec<Fact> {
    let mut out = Vec::new();
    for when in whens.iter().filter(|w| w.day.is_some()) {
        let at = when.token;
        let end = (at..view.tokens.len())
            .find(|&i| !view.capital(i) && !view.low(i).starts_with(|c: char| c.is_ascii_digit()))
            .unwrap_or(view.tokens.len());
        let on = at >= 1 && view.low(at - 1) == "on";
        let mut before = if on { at - 1 } else { at };
        // "were injured late on Saturday": the time of day is the day's.
        if on && before >= 1 && matches!(view.low(before - 1), "late" | "early") {
            before -= 1;
        }
        // "died on Sunday", "was killed Saturday": the measure ends right before the day,
        // or before where it happened ("marched through the centre of Valdera on
        // Saturday", "died in hospital on Sunday").
        let ending_at = |end: usize| {
            (end.saturating_sub(3)..end).find_map(|v| {
                numbers
                    .measure_at(view.lower, v)
                    // "died in hospital on Friday": a measure of where someone is
                    // ("in hospital", "at the scene") is where it happened, not what.
                    .filter(|&(_, len)| {
                        v + len == end && !view.capital(v) && !locative(view.low(v))
                    })
                    .map(|(m, _)| (v, m))
            })
        };
        // Up to two phrases of place: "stranded on a remote beach on the east coast of
        // Harra island on Tuesday".
        let happened = ending_at(before).or_else(|| {
            let gap = where_before(reader, view, before);
            (gap < before)
                .then(|| ending_at(gap))
                .flatten()
                .or_else(|| {
                    let further = where_before(reader, view, gap);
                    (further < gap).then(|| ending_at(further)).flatten()
                })
        });
        // "Storm Ilse came ashore on Monday" is a storm's arrival, not what happened to it
        // (as "75 whales that came ashore" are stranded).
        if on
            && happened
                .as_ref()
                .is_some_and(|(verb, _)| lands(view, *verb))
            && let Some(event) = verb_of_event(reader, rules, view, at, before, end)
        {
            out.push(day_fact(view, when, view.span(at, end), event, None));
            continue;
        }
        if let Some((verb, measure)) = happened
            && let Some(holder) = subject_before(view, verb)
        {
            let span = view.span(at, end);
            out.push(day_fact(view, when, span, measure, Some(holder)));
            // "were trapped on Tuesday when a tunnel collapsed": the collapse's day too.
            if on
                && view.low(end) == "when"
                && let Some((event, _)) = event_from(reader, rules, view, end + 1)
            {
                out.push(day_fact(view, when, span, event, None));
            }
            continue;
        }
        // "a tunnel collapsed on Wednesday", "an avalanche struck above Valmont on
        // Thursday", "were trapped on Tuesday when a tunnel collapsed": the day of the
        // event a verb tells of.
        if on && let Some(event) = verb_of_event(reader, rules, view, at, before, end) {
            let span = view.span(at, end);
            out.push(day_fact(view, when, span, event, None));
            continue;
        }
        if let Some(what) = effect_from(view, at, end) {
            let what = rules.canonical_lower(&what).to_string();
            out.push(day_fact(view, when, view.span(at, end), what, None));
            continue;
        }
        // "the final would be replayed on May 14": the day set for what is to come.
        if on
            && super::later::with_month(view, at)
            && let Some(what) = super::later::planned(rules, view, before)
        {
            out.push(day_fact(view, when, view.span(at, end), what, None));
            continue;
        }
        let Some((noun, det)) = on
            .then(|| event_noun_before(reader, view, before))
            .flatten()
        else {
            continue;
        };
        let word = view.low(noun);
        let Some(token) = view.tokens.get(noun) else {
            continue;
        };
        if !token.is_word()
            || view.capital(noun)
            || is_stop_word(word)
            || time_of_day(word)
            || !reader.events.contains(singular(word).as_str())
        {
            continue;
        }
        // The verb the event is the object of: a day of finding it out is its own frame,
        // a day of telling of it none.
        let verb = det.checked_sub(1).map_or("", |v| view.low(v));
        if told_of(verb) {
            continue;
        }
        let event = singular(word);
        let what = if found_out(verb) {
            format!("{} found", rules.canonical_lower(&event))
        } else {
            event
        };
        let span = view.span(at, end);
        out.push(day_fact(view, when, span, what, None));
    }
    out
}

/// The event noun whose day "on" at token `on` gives, with its determiner: right before
/// it ("the raid on Tuesday"), or before up to two phrases of place and a phrase of what
/// it involved ("in a multiple collision involving about 40 cars and lorries on the M14
/// near Hallam on Wednesday"), with one word in lower case between the determiner and
/// the noun ("a multiple collision"). Whether the noun names an event is the caller's to
/// check.
fn event_noun_before(reader: &FactReader, view: &View<'_>, on: usize) -> Option<(usize, usize)> {
    let determiner = |k: usize| matches!(view.low(k), "the" | "a" | "an" | "its" | "their");
    if on >= 2 && determiner(on - 2) {
        return Some((on - 1, on - 2));
    }
    let first = where_before(reader, view, on);
    let second = (first < on).then(|| where_before(reader, view, first));
    let ends = [
        Some(on),
        (first < on).then_some(first),
        second.filter(|&s| s < first),
    ];
    // A verb between the noun and the day takes the day: "the raid in Ohio echoed
    // across the state on Monday" is no day of the raid.
    let verbless = |from: usize| {
        (from..on).all(|k| {
            let w = view.low(k);
            !(is_finite_verb(w) || w.ends_with("ed") || w.ends_with("ly"))
        })
    };
    ends.into_iter()
        .flatten()
        .filter(|&end| verbless(end))
        .find_map(|end| {
            // "involving about 40 cars and lorries": words and figures only.
            let end = (end.saturating_sub(8)..end)
                .find(|&k| {
                    view.low(k) == "involving"
                        && (k + 1..end).all(|j| {
                            view.tokens
                                .get(j)
                                .is_some_and(|t| !matches!(t.kind, TokenKind::Punct))
                        })
                })
                .unwrap_or(end);
            let noun = end.checked_sub(1)?;
            if noun >= 1 && determiner(noun - 1) {
                return Some((noun, noun - 1));
            }
            // One plain modifier: "a multiple collision", "the deadly crash".
            let modifier = noun.checked_sub(1)?;
            let plain = view.tokens.get(modifier).is_some_and(|t| t.is_word())
                && !view.capital(modifier)
                && !is_stop_word(view.low(modifier));
            (plain && modifier >= 1 && determiner(modifier - 1)).then(|| (noun, modifier - 1))
        })
}

/// Verbs by which an event named as their subject happens: "an avalanche struck", "the
/// quake hit", "a fire broke out". Verbs of its course ("began", "spread", "ended") say
/// nothing of the day it happened.
fn happens(word: &str) -> bool {
    matches!(
        word,
        "struck"
            | "hit"
            | "swept"
            | "tore"
            | "ripped"
            | "buried"
            | "killed"
            | "destroyed"
            | "damaged"
            | "flattened"
            | "engulfed"
            | "shook"
            | "rocked"
            | "happened"
            | "occurred"
            | "erupted"
            | "exploded"
            | "collapsed"
            | "slammed"
            | "battered"
            | "lashed"
            | "pounded"
    )
}

/// A verb at token `k` by which an event starts: "began", "started", "broke out"; with
/// its last token. The day it gives is the day the event began, a frame of its own (a
/// trial that began on Monday may be heard on Wednesday).
fn starts(view: &View<'_>, k: usize) -> Option<usize> {
    match view.low(k) {
        // "A sinkhole opened beneath a junction on Monday", "the summit opened on Tuesday".
        "began" | "begun" | "started" | "opened" => Some(k),
        "broke" if view.low(k + 1) == "out" => Some(k + 1),
        _ => None,
    }
}

/// The frame of the day an event began: "the riot began" (the event's name as the rules'
/// synonyms give it, so that "the disturbance began" is the riot's start).
fn began(rules: &RuleSet, event: &str) -> String {
    format!("{} began", rules.canonical_lower(event))
}

/// The event a relative clause right before the day at token `before` tells of: "a riot at
/// Stanholt jail that broke out on Saturday", "the fire, which started on Monday" — an
/// event noun after an article, at most six words before "that" or "which", with a verb
/// by which it happens or starts right after.
fn relative_event(
    reader: &FactReader,
    rules: &RuleSet,
    view: &View<'_>,
    before: usize,
) -> Option<String> {
    let rel = (before.saturating_sub(3)..before)
        .rev()
        .find(|&r| matches!(view.low(r), "that" | "which"))?;
    let verb = rel + 1;
    let (last, start) = match starts(view, verb) {
        Some(last) => (last, true),
        None if happens(view.low(verb)) => (verb, false),
        None => return None,
    };
    if last + 1 != before {
        return None;
    }
    let mut k = rel.checked_sub(1)?;
    if view.low(k) == "," {
        k = k.checked_sub(1)?;
    }
    let noun = (k.saturating_sub(6)..=k).rev().find(|&n| {
        n >= 1
            && matches!(view.low(n - 1), "a" | "an" | "the" | "its" | "their")
            && !view.capital(n)
            && reader.events.contains(singular(view.low(n)).as_str())
    })?;
    // Only a place between the noun and the clause: "at Stanholt jail".
    if !(noun + 1..=k).all(|j| view.tokens.get(j).is_some_and(|t| t.is_word())) {
        return None;
    }
    let event = singular(view.low(noun));
    Some(if start { began(rules, &event) } else { event })
}

/// A storm's arrival in two words at token `k`: "made landfall", "came ashore".
fn lands(view: &View<'_>, k: usize) -> bool {
    matches!(view.low(k), "made" | "makes" | "make" | "came" | "comes")
        && matches!(view.low(k + 1), "landfall" | "ashore")
}

/// The event of a clause whose subject is written from token `from`: an event noun
/// before a verb by which it happens ("an avalanche struck"), or a thing before a verb
/// whose noun is an event ("a tunnel collapsed": a collapse, "a bridge gave way": one by
/// the rules' synonyms); the subject may name where it stands ("a bridge in Orvik gave
/// way", "a road bridge over the Tamsel river collapsed"). With the verb's last token.
fn event_from(
    reader: &FactReader,
    rules: &RuleSet,
    view: &View<'_>,
    from: usize,
) -> Option<(String, usize)> {
    let mut i = from;
    while matches!(view.low(i), "the" | "a" | "an" | "its" | "their") {
        i += 1;
    }
    // "more than 60 vehicles collided": the things a count is of are the subject, and
    // only a verb that names the event itself ("collided": a crash) tells of one.
    let counted = count_end(view, i);
    if let Some(after) = counted {
        i = after;
    }
    let verb_at = |k: usize| {
        happens(view.low(k))
            || lands(view, k)
            || starts(view, k).is_some()
            || event_verb(reader, rules, view, k).is_some()
    };
    // The subject's noun, at most two words in: "a tunnel", "the old road bridge"; and the
    // verb, right after it, past its size ("a sinkhole about 30 metres wide opened") or
    // past a short phrase of where it stands.
    let (noun, verb) = (i..i + 3).find_map(|k| {
        if verb_at(k + 1) {
            return Some((k, k + 1));
        }
        if let Some(after) = size_after(rules, view, k + 1)
            && verb_at(after)
        {
            return Some((k, after));
        }
        if !matches!(
            view.low(k + 1),
            "in" | "over" | "on" | "at" | "near" | "across"
        ) {
            return None;
        }
        let mut m = k + 2;
        while m < k + 7 {
            if verb_at(m) {
                return (m > k + 2).then_some((k, m));
            }
            let w = view.low(m);
            let word = view.tokens.get(m).is_some_and(|t| t.is_word());
            if !word || (is_stop_word(w) && !matches!(w, "the" | "of")) || happens(w) {
                return None;
            }
            m += 1;
        }
        None
    })?;
    // "Cyclone Maren made landfall", "Storm Ilse swept across the north": an event noun
    // with the name the event was given is that event.
    let named = view.capital(i)
        && reader.events.contains(singular(view.low(i)).as_str())
        && (i..=noun).all(|k| view.capital(k));
    // "Mount Kesra erupted", "the Tamsel Bridge collapsed": a verb that names the event
    // itself may have a thing's name for its subject.
    let by_verb = event_verb(reader, rules, view, verb);
    if (i..=noun).any(|k| {
        !view.tokens.get(k).is_some_and(|t| t.is_word())
            || (view.capital(k) && !named && by_verb.is_none())
    }) || (i..=noun).any(|k| one_more(view.low(k)) || is_stop_word(view.low(k)))
    {
        return None;
    }
    if counted.is_some() {
        return by_verb;
    }
    let subject = singular(view.low(if named { i } else { noun }));
    if reader.events.contains(subject.as_str()) && (happens(view.low(verb)) || lands(view, verb)) {
        return Some((subject, verb));
    }
    // "The disturbance began on Sunday", "a fire broke out on Monday".
    if reader.events.contains(subject.as_str())
        && let Some(last) = starts(view, verb)
    {
        return Some((began(rules, &subject), last));
    }
    by_verb
}

/// The token after a count written from token `at`, with its qualifier: "more than 60",
/// "about 40", "dozens of"; `None` when no figure is written there.
fn count_end(view: &View<'_>, at: usize) -> Option<usize> {
    let mut i = at;
    while i < at + 3
        && matches!(
            view.low(i),
            "more"
                | "than"
                | "less"
                | "fewer"
                | "about"
                | "some"
                | "around"
                | "nearly"
                | "almost"
                | "at"
                | "least"
                | "over"
                | "up"
                | "to"
        )
    {
        i += 1;
    }
    let w = view.low(i);
    let figure = (!w.is_empty() && w.bytes().all(|b| b.is_ascii_digit() || b == b','))
        || is_number_word(w)
        || (w == "dozens" && view.low(i + 1) == "of");
    if !figure {
        return None;
    }
    Some(if w == "dozens" { i + 2 } else { i + 1 })
}

/// The token after a size written from token `at`: "about 30 metres wide", "some 100 feet
/// across", "12m deep" — a figure (with its qualifier), a unit the rules convert and a word
/// of dimension. `None` when no size is written there.
fn size_after(rules: &RuleSet, view: &View<'_>, at: usize) -> Option<usize> {
    let mut i = at;
    let mut figure = false;
    while i < at + 6 {
        let w = view.low(i);
        if super::figure::dimension(w).is_some() {
            return figure.then_some(i + 1);
        }
        let unit = |u: &str| rules.numbers.conversion.iter().any(|c| c.unit == u);
        if w.starts_with(|c: char| c.is_ascii_digit()) || is_number_word(w) {
            figure = true;
        } else if !(matches!(
            w,
            "about" | "some" | "roughly" | "around" | "nearly" | "almost" | "more" | "than" | "-"
        ) || unit(w)
            || unit(&singular(w)))
        {
            return None;
        }
        i += 1;
    }
    None
}

/// The day a measure takes effect from, at token `at` after "from": "water will be
/// rationed in Castel and 14 towns from Monday, December 14", "will have their water
/// rationed from December 15" — the participle right before "from", or before a phrase of
/// where. Not the first day of a span ("from Monday to Friday"), nor a day's figure ("from
/// Monday's 10").
fn effect_from(view: &View<'_>, at: usize, end: usize) -> Option<String> {
    let from = at.checked_sub(1).filter(|&f| view.low(f) == "from")?;
    if matches!(
        view.low(end),
        "to" | "until" | "till" | "through" | "-" | "and"
    ) || view.low(end).starts_with(['\'', '’'])
        || view.tok(end.saturating_sub(1)).contains(['\'', '’'])
    {
        return None;
    }
    // The participle, right before "from" or before a phrase of where of words and figures
    // ("in Castel and 14 surrounding towns").
    let verb = (from.saturating_sub(8)..from).rev().find(|&v| {
        let word = view.low(v);
        word.len() > 4
            && word.ends_with("ed")
            && view.tokens[v].is_word()
            && !view.capital(v)
            && !is_stop_word(word)
    })?;
    let place = verb + 1 == from
        || (locative(view.low(verb + 1))
            && (verb + 1..from).all(|k| !matches!(view.tokens[k].kind, TokenKind::Punct)));
    place.then(|| format!("{} from", view.low(verb)))
}

/// The event noun the verb at token `at` is made from: "collapsed" → collapse, "crashed"
/// → crash; or a verb of two words the rules' synonyms give an event noun ("gave way" →
/// collapse). With the verb's last token.
fn event_verb(
    reader: &FactReader,
    rules: &RuleSet,
    view: &View<'_>,
    at: usize,
) -> Option<(String, usize)> {
    if let Some(event) = event_of_verb(reader, rules, view.low(at)) {
        return Some((event, at));
    }
    let next = view.low(at + 1);
    if next.is_empty() || !view.low(at).bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let phrase = format!("{} {next}", view.low(at));
    let event = rules.canonical_lower(&phrase);
    (event != phrase && reader.events.contains(event)).then(|| (event.to_string(), at + 1))
}

/// The event noun a verb in "-d" or "-ed" is made from: "collapsed" → collapse, "crashed"
/// → crash; or the one the rules' synonyms give it ("exploded" → explosion).
fn event_of_verb(reader: &FactReader, rules: &RuleSet, verb: &str) -> Option<String> {
    let stem = verb.strip_suffix('d')?;
    [stem, stem.strip_suffix('e').unwrap_or("")]
        .into_iter()
        .find(|s| s.len() > 3 && reader.events.contains(*s))
        .or_else(|| {
            let event = rules.canonical_lower(verb);
            (event != verb && reader.events.contains(event)).then_some(event)
        })
        .map(str::to_string)
}

/// The event whose day `on` the day at token `at` gives: the clause's subject and its verb
/// right before the day ("a tunnel collapsed on Wednesday"), or before the day with only a
/// place and the verb's object between ("An avalanche buried a group of skiers above
/// Valmont on Wednesday"); or, after the day, a clause "when" opens ("were trapped on
/// Tuesday when a tunnel collapsed").
fn verb_of_event(
    reader: &FactReader,
    rules: &RuleSet,
    view: &View<'_>,
    at: usize,
    before: usize,
    end: usize,
) -> Option<String> {
    if let Some(event) = relative_event(reader, rules, view, before) {
        return Some(event);
    }
    let (start, _) = super::clause::bounds(view.lower, at);
    // The clause's subject, opened by "when", "since" or "as" without a comma, or the
    // sentence's.
    let from = (start..before)
        .rev()
        .find(|&k| matches!(view.low(k), "when" | "since" | "after" | "as"))
        .map_or(start, |k| k + 1);
    if let Some((event, verb)) = event_from(reader, rules, view, from) {
        // No told-of verb, no comma and no second verb between the event's and the day.
        let between_clean = (verb + 1..before).all(|k| {
            let w = view.low(k);
            !matches!(w, "," | ";" | "and" | "but" | "when" | "after")
                && !told_of(w)
                && !found_out(w)
        });
        if between_clean && !view.low(verb.saturating_sub(2)).starts_with("another") {
            return Some(event);
        }
    }
    if view.low(end) == "when" {
        return event_from(reader, rules, view, end + 1).map(|(event, _)| event);
    }
    None
}

/// The fact that `what` (of `holder`) happened on the day `when` names, written at `span`.
fn day_fact(
    view: &View<'_>,
    when: &When,
    span: crate::article::Span,
    what: String,
    holder: Option<String>,
) -> Fact {
    Fact {
        background: when.background,
        day: when.day,
        ..Fact::plain(
            &view.article.id,
            FactKind::Day,
            FactValue::Day {
                text: span.of(view.text).to_string(),
                day: when.day,
            },
            // A day long before the report's is background, compared only with days of its
            // year ("discovered the breach on January 12" against "on January 21").
            Frame {
                what,
                holder,
                time: when.background.then(|| when.time.clone()).flatten(),
                ..Frame::default()
            },
            span,
            view.sentence,
        )
    }
}
