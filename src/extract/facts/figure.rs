//! The kinds of figure, each read by its own shape: ages, magnitudes, percentages, money,
//! lengths and distances, and counts of a thing.

use crate::extract::claim::Quantity;
use crate::extract::english::is_finite_verb;
use crate::extract::fact::FactKind;
use crate::extract::numbers::{NumberReader, ROAD_TOLL, is_number_word, singular, singular_of};
use crate::rules::RuleSet;
use crate::words::{fold, is_stop_word, without_possessive};

use super::what::{
    Read, direction, glued, holding, measure_near, movement, noun_after, preposition, put_at,
};
use super::{FactReader, View, among, capacity, crowd, decade, holder, roll, selection, signed};

/// A figure being read, with its tokens, clause and whether it is a vague quantity.
pub(super) struct Figure<'q> {
    pub(super) q: &'q Quantity,
    pub(super) first: usize,
    /// The token after the figure and its unit.
    pub(super) end: usize,
    pub(super) clause: (usize, usize),
    pub(super) vague: bool,
}

impl Figure<'_> {
    pub(super) fn read(
        &self,
        kind: FactKind,
        what: String,
        holder: Option<String>,
        unit: Option<String>,
    ) -> Option<Read> {
        Some(Read {
            kind,
            what,
            holder,
            unit,
            vague: self.vague,
            degree: None,
        })
    }
}

/// Ages: "61-year-old Anargyros Bizianis", "a 70-year old pensioner", "Sara Sadeqi, 22,",
/// "aged 44"; the holder is the person, by the last word of the name or the noun.
pub(super) fn age(view: &View<'_>, f: &Figure<'_>) -> Option<Read> {
    let (q, first, end) = (f.q, f.first, f.end);
    let unit = q.unit.as_deref();
    // "aged 44"; "died at the age of 44" (but "moved to Rome at the age of 19" tells an
    // age at another time).
    let at_age = first >= 4
        && view.low(first - 1) == "of"
        && view.low(first - 2) == "age"
        && view.low(first - 3) == "the"
        && view.low(first - 4) == "at"
        && q.unit.is_none()
        && (f.clause.0..first - 4).any(|i| matches!(view.low(i), "died" | "dies"));
    let aged = (first > 0 && view.low(first - 1) == "aged") || at_age;
    let year_old = unit == Some("year-old")
        || (unit == Some("year") && view.low(end) == "old")
        || (unit == Some("year") && view.low(end) == "-" && view.low(end + 1) == "old")
        || aged;
    let comma_age = first >= 2
        && view.low(first - 1) == ","
        && matches!(view.low(end), "," | "." | "")
        && q.high == Some(q.low)
        && (1.0..=120.0).contains(&q.low)
        && q.unit.is_none()
        && view.tokens[first - 2].is_word()
        && !view.low(first - 2).ends_with("ed");
    // "She was 85.": an obituary's age of the person the sentence before opens with (the
    // reader puts the name in place of the pronoun, or drops the fact).
    let was_age = first == 2
        && matches!(view.low(0), "he" | "she")
        && matches!(view.low(1), "was" | "is")
        && matches!(view.low(end), "." | "")
        && q.high == Some(q.low)
        && (1.0..=120.0).contains(&q.low)
        && q.unit.is_none();
    if was_age {
        return f.read(
            FactKind::Age,
            "age".to_string(),
            Some(view.low(0).to_string()),
            Some("year".to_string()),
        );
    }
    if !year_old && !comma_age {
        return None;
    }
    let holder = if comma_age {
        // "Curtis Woodson, 23,": the given name too, so that two people of one surname in
        // a story stay two holders (the check reads a bare surname as either).
        let surname = first - 2;
        let given = surname
            .checked_sub(1)
            .filter(|&g| {
                view.capital(g)
                    && view.tokens[g].is_word()
                    && view.capital(surname)
                    && !is_stop_word(view.low(g))
                    && !(g == 0 && view.low(g).ends_with("ly"))
            })
            .map(|g| format!("{} ", view.tok(g)))
            .or_else(|| {
                // "The tram's driver, 27,": the possessor tells which driver, as "the
                // tram driver" does.
                surname
                    .checked_sub(1)
                    .filter(|&g| !view.capital(surname) && !view.capital(g))
                    .and_then(|g| possessor(view, g))
                    .map(|p| format!("{p} "))
            });
        Some(format!(
            "{}{}",
            given.unwrap_or_default(),
            view.tok(surname)
        ))
    } else if let Some(name) = holder::named_before_age(view, first) {
        Some(name)
    } else if let Some(role) = role_before_description(view, first, end, f.clause.1) {
        Some(role)
    } else if aged {
        // "…, aged 85" and "at the age of 85" after a comma or a verb are the age of the
        // sentence's subject when it opens with a name ("Lila Marsh, who …, died in Rome,
        // aged 85"); else of the word right before ("a man aged 44").
        let at = if at_age { first - 4 } else { first - 1 };
        // "a man aged 44" is the man's; "died in hospital at the age of 84" is not the
        // hospital's.
        let before = at.checked_sub(1).filter(|&b| b >= f.clause.0 && !at_age);
        let after_noun = before.filter(|&b| {
            view.tokens[b].is_word()
                && !view.capital(b)
                && !is_stop_word(view.low(b))
                && !is_finite_verb(view.low(b))
                && !view.low(b).ends_with("ly")
        });
        after_noun
            .map(|b| view.tok(b).to_string())
            .or_else(|| holder::opening_name(view))
            .or_else(|| {
                (f.clause.0..at)
                    .rev()
                    .find(|&i| view.tokens[i].is_word() && !is_stop_word(view.low(i)))
                    .map(|i| view.tok(i).to_string())
            })
    } else {
        let mut after = end;
        while matches!(view.low(after), "old" | "-") {
            after += 1;
        }
        let name_end = (after..f.clause.1.min(after + 4))
            .take_while(|&i| view.capital(i))
            .last();
        match name_end {
            // "a 36-year-old British climber": one capitalised word that qualifies the
            // noun after it, whose age it is.
            Some(last)
                if last == after
                    && !is_finite_verb(view.low(last + 1))
                    && !view.low(last + 1).ends_with("ing")
                    && let Some((_, noun)) = noun_after(view, last + 1, f.clause.1) =>
            {
                Some(noun)
            }
            Some(last) => Some(view.tok(last).to_string()),
            // "The 63-year-old was convicted": a sentence opening on an age alone speaks of
            // the person the sentence before opened with, as "He" would (the reader puts
            // that name in place of the pronoun, or drops the fact).
            // "The 49-year-old plant manager, Ilse Brandt, said": the name the noun
            // stands beside, between commas, is whose age it is.
            None => noun_after(view, after, f.clause.1)
                .map(|(at, n)| {
                    named_beside(view, at).unwrap_or_else(|| with_modifier(view, after, at, n))
                })
                .or_else(|| (first == 1 && view.low(0) == "the").then(|| "he".to_string())),
        }
    }?;
    let holder = holder
        .trim_end_matches("'s")
        .trim_end_matches("’s")
        .trim_end_matches(',')
        .to_lowercase();
    f.read(
        FactKind::Age,
        "age".to_string(),
        Some(holder),
        Some("year".to_string()),
    )
}

/// The role an age's description is set beside: "The lorry's driver, a 47-year-old man
/// from Wexley, was …" → "lorry driver", "Police named the victim, a 23-year-old woman." →
/// "victim". The description ("man", "woman") says only what anyone is; the role is whom
/// the story tells of, as another outlet's "The lorry driver, 41," does. Only an aside
/// closed by a comma or the sentence's end: in "After the crash, a 47-year-old man was
/// arrested" the man is the subject, no aside.
fn role_before_description(
    view: &View<'_>,
    first: usize,
    end: usize,
    clause_end: usize,
) -> Option<String> {
    let article = first.checked_sub(1).filter(|&a| view.low(a) == "a")?;
    let comma = article.checked_sub(1).filter(|&c| view.low(c) == ",")?;
    let noun = comma.checked_sub(1)?;
    let word = view.low(noun);
    if !view.tokens[noun].is_word()
        || view.capital(noun)
        || is_stop_word(word)
        || is_finite_verb(word)
        || word.contains(['\'', '’'])
    {
        return None;
    }
    let before = noun.checked_sub(1)?;
    let owner = possessor(view, before)
        .filter(|_| before.checked_sub(1).is_some_and(|d| view.low(d) == "the"));
    if owner.is_none() && !matches!(view.low(before), "the" | "its" | "their") {
        return None;
    }
    let mut after = end;
    while matches!(view.low(after), "old" | "-") {
        after += 1;
    }
    let (head, described) = noun_after(view, after, clause_end)?;
    if !matches!(
        described.as_str(),
        "man" | "woman" | "boy" | "girl" | "person" | "teenager" | "youth"
    ) {
        return None;
    }
    // The aside closes before any verb: "…, a 47-year-old man from Wexley, was …".
    let reach = (head + 9).min(view.tokens.len());
    let closed = (head + 1..reach)
        .find(|&i| matches!(view.low(i), "," | "." | ";") || is_finite_verb(view.low(i)))
        .map_or(reach == view.tokens.len(), |i| {
            matches!(view.low(i), "," | "." | ";")
        });
    if !closed {
        return None;
    }
    Some(match owner {
        Some(owner) => format!("{owner} {word}"),
        None => word.to_string(),
    })
}

/// A sum at tokens `[first, end)` paid by each person ("paid £249 each", "£299 a head",
/// "£40 per person", "£249 a seat"): `Some` with the thing it buys, named after "for" ("for the
/// sunrise flight" → flight) when the clause names one.
fn price_per_head(
    view: &View<'_>,
    first: usize,
    end: usize,
    clause_end: usize,
) -> Option<Option<String>> {
    // "each" is a price only after a verb of paying: "had paid £249 each", not "collected
    // $100,000 each" or "worth $40 billion each".
    let paying = (first.saturating_sub(3)..first).any(|k| {
        matches!(
            view.low(k),
            "paid"
                | "pay"
                | "pays"
                | "paying"
                | "charged"
                | "charge"
                | "charges"
                | "charging"
                | "cost"
                | "costs"
                | "costing"
        )
    });
    let after = match view.low(end) {
        "each" | "apiece" if paying => end + 1,
        "a" | "an" | "per"
            if matches!(
                view.low(end + 1),
                "head" | "person" | "seat" | "passenger" | "ticket" | "place"
            ) =>
        {
            end + 2
        }
        _ => return None,
    };
    if view.low(after) != "for" {
        return Some(None);
    }
    let mut k = after + 1;
    while matches!(view.low(k), "the" | "a" | "an" | "its" | "their" | "each") {
        k += 1;
    }
    Some(noun_after(view, k, clause_end).map(|(_, n)| n))
}

/// A common noun with a possessive at token `i` ("tram's", "lorry's"), without it; none
/// for a pronoun's ("its") or a name's.
fn possessor(view: &View<'_>, i: usize) -> Option<String> {
    let word = view.low(i);
    let bare = without_possessive(word);
    (bare.len() < word.len()
        && view.tokens.get(i).is_some_and(|t| t.is_word())
        && !is_stop_word(bare)
        && !bare.contains(['\'', '’']))
    .then(|| bare.to_string())
}

/// The person an age before a noun phrase is of, when the head noun `noun` at token
/// `head` has a word in lower case before it from token `from` on ("the 29-year-old tram
/// driver" → "tram driver"): the check reads the noun alone when its story gives it one
/// such word, and keeps "tram driver" and "lorry driver" apart when it gives two.
fn with_modifier(view: &View<'_>, from: usize, head: usize, noun: String) -> String {
    let Some(m) = head.checked_sub(1).filter(|&m| m >= from) else {
        return noun;
    };
    let word = view.low(m);
    let plain = view.tokens.get(m).is_some_and(|t| t.is_word())
        && !view.capital(m)
        && !is_stop_word(word)
        && !word.ends_with("ed")
        && !word.ends_with("ing")
        && !word.ends_with("ly");
    if plain {
        format!("{word} {noun}")
    } else {
        noun
    }
}

/// The name in apposition to the noun at token `noun`: "manager, Ilse Brandt," → "Ilse
/// Brandt" (given name and surname, as an age after a name is held); none unless a comma
/// closes it.
fn named_beside(view: &View<'_>, noun: usize) -> Option<String> {
    if view.low(noun + 1) != "," {
        return named_after(view, noun);
    }
    let first = noun + 2;
    let last = (first..first + 3).take_while(|&i| view.capital(i)).last()?;
    if view.low(last + 1) != "," || (first..=last).any(|i| is_stop_word(view.low(i))) {
        return None;
    }
    let given = last.checked_sub(1).filter(|&g| g >= first);
    Some(match given {
        Some(g) => format!("{} {}", view.tok(g), view.tok(last)),
        None => view.tok(last).to_string(),
    })
}

/// The name right after the noun at token `noun`, with no comma between, as a title
/// stands before a name: "the 47-year-old engineer Mara Ilves" → "Mara Ilves". Only a given
/// name and a surname (two or three capitalised words, no stop word, no day or month),
/// closed by punctuation or a verb: "the 45-year-old driver Tuesday" names no one.
fn named_after(view: &View<'_>, noun: usize) -> Option<String> {
    let first = noun + 1;
    let last = (first..first + 3)
        .take_while(|&i| {
            view.capital(i)
                && view.tokens.get(i).is_some_and(|t| t.is_word())
                && !is_stop_word(view.low(i))
                && crate::date::month_from_name(view.tok(i)).is_none()
                && crate::date::Weekday::from_name(view.low(i)).is_none()
        })
        .last()?;
    let next = view.low(last + 1);
    let closed = !view.tokens.get(last + 1).is_some_and(|t| t.is_word())
        || is_finite_verb(next)
        || matches!(next, "who" | "and");
    (last > first && closed && view.tokens[noun].is_word())
        .then(|| format!("{} {}", view.tok(last - 1), view.tok(last)))
}

/// A quake's magnitude: "a 6.1-magnitude quake", "magnitude 5.9", "a magnitude of 5.9",
/// "6.0 on the Richter scale", "a 6.7 quake".
pub(super) fn magnitude(
    numbers: &NumberReader,
    rules: &RuleSet,
    view: &View<'_>,
    f: &Figure<'_>,
) -> bool {
    let (q, first, end) = (f.q, f.first, f.end);
    if !(q.value > 0.0 && q.value < 10.0) {
        return false;
    }
    let is_magnitude = |w: &str| {
        numbers
            .measure_at(&[w], 0)
            .is_some_and(|(m, _)| m == "magnitude")
    };
    let glued = q.unit.as_deref().is_some_and(is_magnitude);
    let before = (f.clause.0..first)
        .rev()
        .take(4)
        .take_while(|&i| {
            matches!(view.low(i), "-" | "of" | "at" | "measuring" | "a" | "to")
                || is_magnitude(view.low(i))
        })
        .any(|i| is_magnitude(view.low(i)));
    let richter = (end..f.clause.1.min(end + 4)).any(|i| view.low(i) == "richter");
    let quake_after = q.value.fract() != 0.0
        && noun_after(view, end, f.clause.1)
            .is_some_and(|(_, n)| rules.canonical_lower(&n) == "quake");
    glued || before || richter || quake_after
}

/// What a share is of: "80 percent of the haul", else the thing before it ("Spanish stocks
/// plunged 4.7 per cent").
pub(super) fn percent(reader: &FactReader, view: &View<'_>, f: &Figure<'_>) -> Option<String> {
    let (first, end, clause) = (f.first, f.end, f.clause);
    if view.low(end) == "of" {
        let mut i = end + 1;
        while matches!(view.low(i), "the" | "a" | "an" | "its" | "their") {
            i += 1;
        }
        if let Some((at, n)) = noun_after(view, i, clause.1) {
            // "76 percent of children in the district are fully vaccinated": a share of
            // people in general is of the state it counts them in.
            if reader.people.contains(n.as_str())
                && let Some(state) = state_after(view, at + 1, clause.1)
            {
                return Some(state);
            }
            return Some(n);
        }
    }
    // "Vaccination rates in the district have fallen to 81 percent": the rate of what the
    // word before "rate" names (not past a comma or another figure: "…, below the 95
    // percent needed", "a 12 percent rate -- well under the top 35 percent").
    // "raised its main interest rate by 25 basis points to 4.25 percent": the change
    // ("by …") before the new level ("to …") is passed over.
    if let Some(rate) = (clause.0 + 1..first).find(|&i| matches!(view.low(i), "rate" | "rates"))
        && (rate..changed_by(view, rate, first)).all(|i| {
            view.low(i) != "," && !view.low(i).starts_with(|c: char| c.is_ascii_digit())
        })
        && !matches!(view.low(rate - 1), "percent" | "cent" | "%")
        && view.tokens[rate - 1].is_word()
        && !is_stop_word(view.low(rate - 1))
        // A common noun, capitalised only as the sentence's first word.
        && (rate == 1 || !view.capital(rate - 1))
    {
        // "its key rate", "the main rate", "the benchmark rate": the rate a central bank
        // sets is its interest rate, however copy ranks it ("its main interest rate").
        let kind = view.low(rate - 1);
        if rank_of_rate(kind) {
            let before = rate.checked_sub(2).filter(|&b| b >= clause.0);
            return Some(match before {
                Some(b)
                    if view.tokens[b].is_word()
                        && !is_stop_word(view.low(b))
                        && !view.capital(b) =>
                {
                    view.low(b).to_string()
                }
                _ => "interest".to_string(),
            });
        }
        return Some(kind.to_string());
    }
    // "the fire was 20 percent contained": the state the share measures.
    let state = view.low(end);
    if first > 0
        && matches!(
            view.low(first - 1),
            "was" | "is" | "were" | "are" | "been" | "being"
        )
        && state.len() > 4
        && state.ends_with("ed")
        && view.tokens.get(end).is_some_and(|t| t.is_word())
    {
        return Some(state.to_string());
    }
    // "a 24 percent premium": the noun the share qualifies, unless it tells a movement ("a
    // 5 percent fall" is the fall of what the clause names before it).
    if first > 0
        && matches!(view.low(first - 1), "a" | "an")
        && let Some((i, n)) = noun_after(view, end, clause.1)
        && i == end
        && !change(&n)
    {
        return Some(n);
    }
    // "a 4 percent rise in property tax", "a 5 percent fall in sales": the change of the
    // thing after "in", so that it meets "raising property tax by 6 percent".
    if first > 0
        && matches!(view.low(first - 1), "a" | "an")
        && let Some((i, n)) = noun_after(view, end, clause.1)
        && i == end
        && change(&n)
        && view.low(i + 1) == "in"
    {
        let mut at = i + 2;
        while matches!(view.low(at), "the" | "a" | "an" | "its" | "their") {
            at += 1;
        }
        if let Some((thing, noun)) = noun_after(view, at, clause.1)
            && !view.capital(thing)
        {
            return Some(noun);
        }
    }
    // "a 12 percent pay rise", "a 3 percent price increase": the change of the thing its
    // phrase names, so that it meets "a pay rise of 15 percent".
    if first > 0
        && matches!(view.low(first - 1), "a" | "an")
        && let Some((i, n)) = noun_after(view, end, clause.1)
        && i > end
        && change(&n)
    {
        return Some(n);
    }
    (clause.0..first)
        .rev()
        .take(5)
        .find(|&i| {
            view.tokens[i].is_word()
                && !movement(view.low(i))
                && !is_stop_word(view.low(i))
                // "net profit for the quarter climbed 18 percent": the period is when,
                // not what.
                && !period(view.low(i))
                // A name is not what moved; a common noun opening the sentence may be
                // ("Shares in Harlow fell 7 percent").
                && (!view.capital(i)
                    || (i == 0 && matches!(view.low(1), "in" | "of" | "at" | "on" | "for")))
        })
        .map(|i| singular(view.low(i)))
}

/// Where the words between a rate at token `rate` and its figure at `first` stop being
/// read: at a change given with "by" when the figure is the new level after "to" ("by 25
/// basis points to 4.25 percent", "by a quarter of a point to 4.5 percent").
fn changed_by(view: &View<'_>, rate: usize, first: usize) -> usize {
    if first == 0 || view.low(first - 1) != "to" {
        return first;
    }
    (rate..first)
        .find(|&i| view.low(i) == "by")
        .unwrap_or(first)
}

/// Words that rank a rate rather than say what it is of: "key", "main", "benchmark".
fn rank_of_rate(word: &str) -> bool {
    matches!(
        word,
        "key" | "main" | "benchmark" | "base" | "headline" | "policy" | "official" | "lending"
    )
}

/// A period a figure is reported for ("for the quarter", "in the year"): when it holds,
/// never what it measures.
pub(super) fn period(word: &str) -> bool {
    matches!(
        word,
        "quarter" | "quarters" | "half" | "year" | "years" | "month" | "months" | "period"
    )
}

/// A measure verb with its object between it and the sum: "the regulator fined Northgate
/// 12 million pounds", "fined the bank $5m". The object is a name or one noun after a
/// determiner.
fn measure_across_object(
    numbers: &NumberReader,
    view: &View<'_>,
    first: usize,
    clause: (usize, usize),
) -> Option<String> {
    let mut object = first;
    while object > clause.0 && first - object < 3 && view.capital(object - 1) {
        object -= 1;
    }
    if object == first && first >= clause.0 + 2 {
        let determiner = view.low(first - 2);
        if matches!(
            determiner,
            "the" | "a" | "an" | "its" | "his" | "her" | "their"
        ) && view.tokens[first - 1].is_word()
            && !is_stop_word(view.low(first - 1))
        {
            object = first - 2;
        }
    }
    let verb = object
        .checked_sub(1)
        .filter(|&v| v >= clause.0 && object < first)?;
    numbers
        .measure_at(view.lower, verb)
        .filter(|&(_, len)| len == 1)
        .map(|(m, _)| m)
}

/// Nouns of a change in amount: "a 5 percent fall" is of what fell.
fn change(noun: &str) -> bool {
    matches!(
        noun,
        "rise"
            | "fall"
            | "drop"
            | "increase"
            | "decrease"
            | "gain"
            | "loss"
            | "decline"
            | "jump"
            | "cut"
            | "hike"
            | "slump"
            | "plunge"
            | "growth"
            | "surge"
            | "dip"
            | "slide"
            | "climb"
            | "reduction"
    )
}

/// A sum of money: what it is (a bailout, loans, what was stolen, a wage "a month"), and
/// whose when it is a share of a whole or a person's pay.
pub(super) fn money(numbers: &NumberReader, view: &View<'_>, f: &Figure<'_>) -> Option<Read> {
    let (first, end, clause) = (f.first, f.end, f.clause);
    let unit = f.q.unit.clone();
    let per = matches!(view.low(end), "a" | "per" | "an" | "each")
        && matches!(
            view.low(end + 1),
            "month" | "year" | "week" | "day" | "hour"
        );
    if per {
        // A wage or a pension: a person's, named in the sentence.
        let holder = (1..view.tokens.len())
            .filter(|&i| view.capital(i) && !view.capital(i + 1))
            .min_by_key(|&i| i.abs_diff(first))
            .map(|i| {
                view.low(i)
                    .trim_end_matches("'s")
                    .trim_end_matches("’s")
                    .to_string()
            })?;
        return f.read(
            FactKind::Money,
            format!("pay per {}", view.low(end + 1)),
            Some(holder),
            unit,
        );
    }
    // "a pre-sale estimate of $30 million", "was expected to fetch around $30 million":
    // what a thing was expected to sell for, never the price paid.
    if estimated(view, first, clause.0) {
        return f.read(FactKind::Money, "estimate".to_string(), None, unit);
    }
    // "€110bn in loans", "a €110bn bailout", "worth €2m", "put the damage at $54m".
    let mut what = put_at(numbers, view, first, clause)
        .or_else(|| measure_near(numbers, view, first, end, clause).map(|(m, _)| m))
        .or_else(|| measure_across_object(numbers, view, first, clause));
    // "a necklace worth £1.2m", "a $2.5 million necklace": one thing, and the sum its value.
    let mut thing = valued_before(numbers, view, first, clause);
    if what.is_none() {
        let mut i = end;
        if view.low(i) == "(" {
            while i < clause.1 && view.low(i) != ")" {
                i += 1;
            }
            i += 1;
        }
        if view.low(i) == "in" {
            i += 1;
        }
        let np = i;
        // The noun phrase after, to its head: "a €2 million ($2.6-million) booty", "an EU
        // and IMF debt bailout".
        while i < clause.1 && i < np + 8 {
            if let Some((m, _)) = numbers.measure_at(view.lower, i) {
                what = Some(m);
            }
            let w = view.low(i);
            let word = view.tokens.get(i).is_some_and(|t| t.is_word());
            if (!word && w != "-") || (is_stop_word(w) && w != "and") || preposition(w) {
                break;
            }
            i += 1;
        }
        if what.is_none()
            && let Some(noun) = thing_after(numbers, view, first, end, clause)
        {
            what = numbers.measure_at(&["value"], 0).map(|(m, _)| m);
            thing = Some(noun);
        }
    }
    // "agreed to buy Orion for $5.4 billion": the price of the deal, or of the thing
    // bought ("sold the painting for $5m").
    if what.is_none()
        && let Some(bought) = price_of(numbers, view, first, clause)
    {
        what = numbers.measure_at(&["value"], 0).map(|(m, _)| m);
        thing = Some(bought);
    }
    // "Drivers face paying £5.70 to cross the bridge": a toll.
    if what.is_none() && super::toll::paid_to_cross(view, first, end) {
        what = Some(ROAD_TOLL.to_string());
    }
    // "Passengers had paid £249 each for the sunrise flight", "charges £299 a head for its
    // sunrise flights": what one person pays, held by what it buys.
    if what.is_none()
        && let Some(bought) = price_per_head(view, first, end, clause.1)
    {
        return f.read(FactKind::Money, "price per head".to_string(), bought, unit);
    }
    // "paid £40 for a day ticket", "day tickets, which cost £35": the price of one.
    if what.is_none()
        && let Some(thing) = super::price::thing_priced(view, first, end, clause)
    {
        return f.read(
            FactKind::Money,
            "price per head".to_string(),
            Some(thing),
            unit,
        );
    }
    let what = what?;
    // A toll is charged to drivers of one kind of vehicle ("the toll for lorries").
    if what == ROAD_TOLL {
        return f.read(
            FactKind::Money,
            what,
            super::toll::payer(view, clause).map(|p| singular(&p)),
            unit,
        );
    }
    // "from an employee of Belgian firm Delvaux": whose money it is, when the clause names it
    // (a name, not a word like "Belgian" that qualifies the noun after it).
    let named = (first..clause.1)
        .filter(|&i| matches!(view.low(i), "of" | "for"))
        .find_map(|i| {
            let mut j = i + 1;
            while j < clause.1 && j < i + 5 {
                if view.capital(j) {
                    let mut end = j;
                    while end < clause.1 && view.capital(end) {
                        end += 1;
                    }
                    let qualifies = view.tokens.get(end).is_some_and(|t| t.is_word())
                        && !is_stop_word(view.low(end));
                    let name = view.span(j, end).of(view.text);
                    if !qualifies && crate::date::month_from_name(name).is_none() {
                        return Some(
                            name.trim_end_matches("'s")
                                .trim_end_matches("’s")
                                .to_string(),
                        );
                    }
                    j = end;
                }
                j += 1;
            }
            None
        });
    // The thing valued holds the sum before a name the clause ends with ("a $2.5 million
    // necklace … at the resort of Cap d'Antibes").
    if let Some(holder) = thing.or(named) {
        return f.read(FactKind::Money, what, Some(holder), unit);
    }
    let share = (clause.0..first).rev().take(6).any(|i| {
        matches!(
            view.low(i),
            "share" | "portion" | "part" | "lend" | "contribution"
        )
    });
    f.read(
        FactKind::Money,
        what,
        share.then(|| "share".to_string()),
        unit,
    )
}

/// Verbs of buying and selling, whose "for" is followed by a price.
fn trades(word: &str) -> bool {
    matches!(
        word,
        "buy"
            | "buys"
            | "bought"
            | "buying"
            | "acquire"
            | "acquires"
            | "acquired"
            | "acquiring"
            | "purchase"
            | "purchased"
            | "sell"
            | "sells"
            | "sold"
            | "selling"
    )
}

/// What a sum after "for" is the price of, when a verb of buying or selling comes before
/// it within the clause: the thing traded when it is one common noun ("sold the painting
/// for $5m" → painting), else the deal ("buy Orion Chips for $5.4 billion").
fn price_of(
    numbers: &NumberReader,
    view: &View<'_>,
    first: usize,
    clause: (usize, usize),
) -> Option<String> {
    let this = first.checked_sub(1).filter(|&f| f >= clause.0)?;
    if view.low(this) != "for" {
        return None;
    }
    let verb = (clause.0..this)
        .rev()
        .take(6)
        .find(|&i| trades(view.low(i)))?;
    let object = this - 1;
    if object > verb + 1 && one_thing(numbers, view, object) && !view.capital(object) {
        return Some(view.low(object).to_string());
    }
    Some("deal".to_string())
}

/// A noun naming one thing at token `i`: a word in lower case that is no plural, no
/// participle, no stop word and no measure ("necklace", "painting"; not "haul", a measure).
fn one_thing(numbers: &NumberReader, view: &View<'_>, i: usize) -> bool {
    let word = view.low(i);
    view.tokens.get(i).is_some_and(|t| t.is_word())
        && !view.capital(i)
        && !is_stop_word(word)
        && !preposition(word)
        && singular(word) == word
        && !word.ends_with('s')
        && !word.ends_with("ed")
        && numbers.measure_at(view.lower, i).is_none()
}

/// The thing whose value a sum is when a measure of value stands between them: "a
/// diamond necklace worth £1.2m", "a painting valued at $5m" — one thing, after "a" or
/// "an" and up to two words that qualify it.
fn valued_before(
    numbers: &NumberReader,
    view: &View<'_>,
    first: usize,
    clause: (usize, usize),
) -> Option<String> {
    let value = numbers.measure_at(&["value"], 0)?.0;
    // The measure ends right before the figure: "worth", "valued at".
    let last = first.checked_sub(1).filter(|&j| j >= clause.0)?;
    let start = (0..3)
        .filter_map(|back| last.checked_sub(back).filter(|&s| s >= clause.0))
        .find(|&s| {
            numbers
                .measure_at(view.lower, s)
                .is_some_and(|(m, len)| s + len == last + 1 && m == value)
        })?;
    let head = start.checked_sub(1).filter(|&h| h >= clause.0)?;
    if !one_thing(numbers, view, head) {
        return None;
    }
    let article = (1..=3)
        .filter_map(|gap| head.checked_sub(gap).filter(|&a| a >= clause.0))
        .take_while(|&a| matches!(view.low(a), "a" | "an") || one_thing(numbers, view, a))
        .any(|a| matches!(view.low(a), "a" | "an"));
    article.then(|| view.low(head).to_string())
}

/// The thing a sum right after "a" or "an" is the value of, when no measure names what
/// the sum is: "a $2.5 million necklace".
fn thing_after(
    numbers: &NumberReader,
    view: &View<'_>,
    first: usize,
    end: usize,
    clause: (usize, usize),
) -> Option<String> {
    // The article right before the sum, or before the words that qualify the thing with
    // it: "an eight-year, $180 million contract", "a record $5m fee".
    let article = (1..=5)
        .filter_map(|back| first.checked_sub(back).filter(|&a| a >= clause.0))
        .take_while(|&a| {
            let w = view.low(a);
            matches!(w, "a" | "an" | "-" | ",")
                || (view.tokens[a].is_word() && !view.capital(a) && !is_stop_word(w))
        })
        .find(|&a| matches!(view.low(a), "a" | "an"))?;
    if view.low(article + 1) == "," {
        return None;
    }
    let (head, noun) = noun_after(view, end, clause.1)?;
    one_thing(numbers, view, head).then_some(noun)
}

/// A length, height or area in a unit the rules convert: a distance from a place ("58km
/// (36 miles) south-west of Bandar Abbas"), or what it measures ("a 130ft fall", "fell 40
/// metres", "a 1,500-square-kilometer island").
pub(super) fn length(
    reader: &FactReader,
    numbers: &NumberReader,
    rules: &RuleSet,
    view: &View<'_>,
    f: &Figure<'_>,
) -> Option<Read> {
    let (q, first, clause) = (f.q, f.first, f.clause);
    let mut end = f.end;
    let mut unit = q.unit.clone()?;
    if unit == "square" {
        // "1,500-square - kilometer": the unit is the word after.
        if view.low(end) == "-" {
            end += 1;
        }
        let area = singular(view.low(end));
        if !rules.numbers.conversion.iter().any(|c| c.unit == area) {
            return None;
        }
        unit = format!("square {area}");
        end += 1;
    }
    let mut i = end;
    if view.low(i) == "(" {
        while i < clause.1 && view.low(i) != ")" {
            i += 1;
        }
        i += 1;
    }
    // "some 500 metres out from the shore": "out" says only which way.
    if view.low(i) == "out" && view.low(i + 1) == "from" {
        i += 1;
    }
    // "centred 50 kilometres offshore": from the coast, as "off the coast" is.
    if view.low(i) == "offshore" && !moved(view, first, clause) {
        let coast = rules.canonical_lower("coast");
        return f.read(
            FactKind::Measure,
            format!("distance from {coast}"),
            None,
            Some(unit),
        );
    }
    let mut j = i;
    while direction(view.low(j)) && j < i + 3 {
        j += 1;
    }
    // "about 2 km from the finish", "100 km from Tehran", "30 miles off the coast": a
    // distance from a place without a compass word too, unless the figure is how far
    // something went ("fell 40 metres from the roof").
    let plain_from = j == i && matches!(view.low(i), "from" | "off") && !moved(view, first, clause);
    if (j > i && matches!(view.low(j), "of" | "from")) || plain_from {
        // "of the port of Split", "of Madrid".
        let mut from = j + 1;
        while matches!(
            view.low(from),
            "the" | "port" | "city" | "town" | "capital" | "of"
        ) && from < j + 5
        {
            from += 1;
        }
        let mut k = from;
        while view.capital(k) && k < from + 3 {
            k += 1;
        }
        // "south of the capital": the place named by its common noun; "from the finish",
        // "from the coast": the point named by the one after "the".
        let place = if k == from {
            let noun = (j + 1..from)
                .rev()
                .find(|&t| matches!(view.low(t), "port" | "city" | "town" | "capital"));
            match noun {
                Some(noun) => Some(view.low(noun).to_string()),
                None if plain_from && view.low(from - 1) == "the" => {
                    super::point::named(rules, view, from)
                }
                None => None,
            }
        } else {
            Some(fold(view.span(from, k).of(view.text)))
        };
        match place {
            Some(place) => {
                let place = reader.place_named(&place).map_or(place, fold);
                return f.read(
                    FactKind::Measure,
                    format!("distance from {place}"),
                    None,
                    Some(unit),
                );
            }
            // "about 45 miles from an old mining site": no point named, read as before.
            None if plain_from => {}
            None => return None,
        }
    }
    let glued_unit = glued(q) || unit.starts_with("square");
    // An area ("has burned more than 12,000 hectares", "scorched about 18,000 acres"):
    // what was done to it, as the word before the figure says, else its area, never a
    // measure further on ("… and destroyed 85 homes").
    if !glued(q)
        && rules
            .numbers
            .conversion
            .iter()
            .any(|c| c.unit == unit && c.into == "hectare")
    {
        let done = (clause.0..first)
            .rev()
            .take(2)
            .find(|&i| view.tokens[i].is_word() && !is_stop_word(view.low(i)) && !view.capital(i));
        let what = done.map_or("area", |i| rules.canonical_lower(view.low(i)));
        return f.read(FactKind::Measure, what.to_string(), None, Some(unit));
    }
    // "trapped about 300 metres underground", "some 600 feet below the surface": how deep
    // the story's place lies, whatever the clause's subject (floodwater, the cavers).
    if below_ground(view, end) {
        return f.read(FactKind::Measure, "depth".to_string(), None, Some(unit));
    }
    // "sending a column of ash 6 km into the sky": how high what rose went, held by the
    // head of the phrase before the figure ("a column of ash" is a column).
    if matches!(view.low(end), "into" | "in")
        && view.low(end + 1) == "the"
        && matches!(view.low(end + 2), "sky" | "air" | "atmosphere")
    {
        let mut head = first.checked_sub(1).filter(|&h| h >= clause.0);
        if let Some(h) = head
            && h >= clause.0 + 2
            && view.low(h - 1) == "of"
        {
            head = Some(h - 2);
        }
        let holder = head
            .filter(|&h| view.tokens[h].is_word() && !view.capital(h) && !is_stop_word(view.low(h)))
            .map(|h| rules.canonical_lower(&singular(view.low(h))).to_string());
        return f.read(FactKind::Measure, "height".to_string(), holder, Some(unit));
    }
    // "The mud was 30 metres deep", "the mud lay some 50 feet deep", "The rocket, which
    // stood 38 metres tall,": a dimension of the thing the clause is about, or, in a
    // relative clause set off by a comma, of the noun the clause hangs on.
    if let Some(dimension) = dimension(view.low(end)) {
        let relative = matches!(view.low(clause.0), "which" | "that")
            && clause.0 >= 2
            && view.low(clause.0 - 1) == ",";
        let hung_on = relative.then(|| clause.0 - 2);
        let holder = (clause.0..first)
            .rev()
            .take(3)
            .chain(hung_on)
            .find(|&i| {
                let w = view.low(i);
                view.tokens[i].is_word()
                    && !view.capital(i)
                    && !is_stop_word(w)
                    && !matches!(
                        w,
                        "lay" | "lies" | "stood" | "stands" | "measured" | "reached"
                    )
            })
            .map(|i| rules.canonical_lower(&singular(view.low(i))).to_string());
        return f.read(FactKind::Measure, dimension.to_string(), holder, Some(unit));
    }
    // "a 60-metre tower crane", "a 45-metre Helix-2 rocket", "a 180-metre bulk carrier": a
    // size glued before a thing the rules know to stand tall or lie long is its height or
    // length, held by the thing, so that it meets "a crane about 150 feet tall".
    if glued(q)
        && let Some((dimension, thing)) = sized_thing(reader, view, end, clause.1)
    {
        let holder = rules.canonical_lower(&thing).to_string();
        return f.read(
            FactKind::Measure,
            dimension.to_string(),
            Some(holder),
            Some(unit),
        );
    }
    let what = glued_unit
        .then(|| noun_after(view, end, clause.1).map(|(_, n)| n))
        .flatten()
        .or_else(|| measure_near(numbers, view, first, end, clause).map(|(m, _)| m))
        .or_else(|| {
            (clause.0..first)
                .rev()
                .take(2)
                .find(|&i| view.tokens[i].is_word() && !is_stop_word(view.low(i)))
                .map(|i| view.low(i).to_string())
        })?;
    f.read(
        FactKind::Measure,
        rules.canonical_lower(&what).to_string(),
        None,
        Some(unit),
    )
}

/// The measure of a relative clause with no "that" opening at token `at`, its subject a
/// pronoun: "(the 14 satellites) it was carrying", "(the 40 passengers) they had on board".
fn contact_relative_measure(
    numbers: &NumberReader,
    view: &View<'_>,
    at: usize,
    end: usize,
) -> Option<String> {
    if !matches!(view.low(at), "it" | "they" | "he" | "she" | "we") {
        return None;
    }
    let mut verb = at + 1;
    if matches!(
        view.low(verb),
        "was" | "were" | "is" | "are" | "had" | "has" | "have"
    ) {
        verb += 1;
    }
    if verb >= end {
        return None;
    }
    numbers.measure_at(view.lower, verb).map(|(m, _)| m)
}

/// A sum at token `first` (its clause opening at `start`) is an estimate of a price: after
/// "estimate of" ("a pre-sale estimate of $30 million") or "expected to fetch" ("was
/// expected to fetch around $30 million"), past a qualifier.
fn estimated(view: &View<'_>, first: usize, start: usize) -> bool {
    let mut k = first;
    while k > start
        && matches!(
            view.low(k - 1),
            "around" | "about" | "some" | "roughly" | "approximately"
        )
    {
        k -= 1;
    }
    let before = |n: usize| {
        k.checked_sub(n)
            .filter(|&i| i >= start)
            .map(|i| view.low(i))
    };
    (before(1) == Some("of") && matches!(before(2), Some("estimate" | "estimates" | "valuation")))
        || (before(1) == Some("fetch")
            && before(2) == Some("to")
            && matches!(
                before(3),
                Some("expected" | "tipped" | "estimated" | "forecast")
            ))
}

/// The thing a size glued before token `from` measures, with the dimension it gives: the
/// last noun of a tall or a long thing in the words up to the next stop word or stop mark
/// ("tower crane" → the crane; a name may stand between, "Helix-2 rocket").
fn sized_thing(
    reader: &FactReader,
    view: &View<'_>,
    from: usize,
    end: usize,
) -> Option<(&'static str, String)> {
    let mut found = None;
    for k in from..end.min(from + 5) {
        let w = view.low(k);
        let Some(token) = view.tokens.get(k) else {
            break;
        };
        if w != "-" && !token.is_word() && !w.chars().all(|c| c.is_ascii_digit()) {
            break;
        }
        if is_stop_word(w) {
            break;
        }
        let noun = singular(w);
        if reader.tall_things.contains(noun.as_str()) {
            found = Some(("height", noun));
        } else if reader.long_things.contains(noun.as_str()) {
            found = Some(("length", noun));
        }
    }
    found
}

/// A verb of going somewhere before a length at token `first` in its clause: "fell 40
/// metres from the roof", "was thrown 20 metres from the car" — how far, not where.
fn moved(view: &View<'_>, first: usize, clause: (usize, usize)) -> bool {
    (clause.0..first).rev().take(3).any(|i| {
        matches!(
            view.low(i),
            "fell"
                | "fall"
                | "falling"
                | "plunged"
                | "dropped"
                | "jumped"
                | "thrown"
                | "flung"
                | "hurled"
                | "swept"
                | "carried"
                | "dragged"
                | "pushed"
                | "travelled"
                | "traveled"
                | "moved"
                | "walked"
                | "ran"
                | "drove"
                | "flew"
                | "swam"
                | "fled"
                | "rose"
                | "climbed"
        )
    })
}

/// Words after a length at token `at` that put it under the ground: "underground", "below
/// the surface", "beneath the ground" (not "below sea level", a height).
fn below_ground(view: &View<'_>, at: usize) -> bool {
    match view.low(at) {
        "underground" | "below-ground" => true,
        "below" | "beneath" | "under" => {
            let next = if view.low(at + 1) == "the" {
                at + 2
            } else {
                at + 1
            };
            matches!(view.low(next), "surface" | "ground")
        }
        _ => false,
    }
}

/// The dimension an adjective after a length gives ("30 metres deep" → depth).
pub(super) fn dimension(word: &str) -> Option<&'static str> {
    Some(match word {
        "deep" => "depth",
        "high" | "tall" => "height",
        "long" => "length",
        "wide" | "across" => "width",
        "thick" => "thickness",
        _ => return None,
    })
}

/// Words passed over before a length of time ("another 30 days", "just over 10 seconds").
pub(super) fn movement_filler(word: &str) -> bool {
    matches!(
        word,
        "another"
            | "just"
            | "nearly"
            | "almost"
            | "around"
            | "about"
            | "least"
            | "next"
            | "last"
            | "past"
            | "coming"
            | "previous"
            | "following"
            | "first"
    )
}

/// A superlative and a participle after a figure: "worst-hit", "worst - hit", "most
/// affected", "hardest hit".
fn ranked(view: &View<'_>, at: usize) -> bool {
    let word = view.low(at);
    let (top, mut next) = match word.split_once('-') {
        Some((top, rest)) if !rest.is_empty() => (top, rest),
        _ => (word, view.low(at + 1)),
    };
    if next == "-" {
        next = view.low(at + 2);
    }
    let superlative = matches!(top, "worst" | "hardest" | "most" | "least" | "badly")
        || (top.len() > 5 && top.ends_with("iest"));
    let participle =
        next.ends_with("ed") || matches!(next, "hit" | "struck" | "stricken" | "hurt" | "affected");
    superlative && participle
}

/// Whose a count is when the figure follows a verb of having: the noun before ", which
/// has" ("a school, which has 600 pupils") or the subject of "has" ("the school has 600
/// pupils"), singular and in lower case.
fn owner(view: &View<'_>, first: usize) -> Option<String> {
    let verb = first.checked_sub(1)?;
    if !matches!(
        view.low(verb),
        "has" | "have" | "had" | "held" | "holds" | "contained" | "contains"
    ) && !employs(view.low(verb))
    {
        return None;
    }
    let mut i = verb.checked_sub(1)?;
    // "The building, put up in 1974, had 32 flats": past a phrase set off by commas;
    // "The block, which dates from 1974 and held 40 apartments": past the first verb of
    // the relative clause, to its relative word.
    let back = |from: usize, stop: &dyn Fn(&str) -> bool| {
        (from.saturating_sub(8)..from)
            .rev()
            .find(|&k| stop(view.low(k)))
    };
    // Only a common noun is read past such a phrase: "Robert Mueller III, the special
    // counsel, has four dozen questions" names no holder "III".
    if view.low(i) == "," {
        i = back(i, &|w| w == ",")?.checked_sub(1)?;
        if view.capital(i) {
            return None;
        }
    } else if view.low(i) != "which"
        && let Some(relative) = back(i, &|w| matches!(w, "which" | "who" | ","))
            .filter(|&k| view.low(k) != "," && (k..verb).any(|m| view.low(m) == "and"))
    {
        i = relative;
    }
    if matches!(view.low(i), "which" | "that" | "who") {
        i = i.checked_sub(1)?;
        if view.low(i) == "," {
            i = i.checked_sub(1)?;
        }
    }
    let word = view.low(i);
    let is_word = view.tokens.get(i).is_some_and(|t| t.is_word()) && !is_stop_word(word);
    // A common noun ("the school has 600 pupils") or a name ("Orion has 3,300
    // employees", "Orion, which has …").
    if view.capital(i) {
        return is_word.then(|| without_possessive(word).to_string());
    }
    (is_word && !word.ends_with("ly")).then(|| singular(word))
}

/// Whether the figure from token `first` is the object of a conviction: "on" or "of"
/// right before it, with "convicted" or "guilty" a few words before that ("found guilty
/// last month on 14 counts", "convicted him on nine of the 12 counts").
fn conviction_before(view: &View<'_>, first: usize, clause_start: usize) -> bool {
    first >= clause_start + 2
        && matches!(view.low(first - 1), "on" | "of")
        && (clause_start.max(first.saturating_sub(6))..first - 1)
            .any(|i| matches!(view.low(i), "convicted" | "guilty"))
}

/// The state a predicate from token `from` puts its subject in: "in the district are fully
/// vaccinated" → vaccinated (a participle in "-ed" after "are" or "were", past a place and
/// an adverb of degree).
fn state_after(view: &View<'_>, from: usize, end: usize) -> Option<String> {
    let be = (from..end.min(from + 6)).find(|&i| matches!(view.low(i), "are" | "were"))?;
    if (from..be).any(|i| !view.tokens[i].is_word()) {
        return None;
    }
    let mut at = be + 1;
    if matches!(view.low(at), "fully" | "now" | "still" | "already" | "not") {
        at += 1;
    }
    let word = view.low(at);
    (at < end && word.len() > 4 && word.ends_with("ed")).then(|| word.to_string())
}

/// A verb of employing: "the firm employs 3,500 people" counts its employees.
fn employs(word: &str) -> bool {
    matches!(word, "employs" | "employ" | "employed" | "employing")
}

/// Whether a figure from token `first` is two counts joined by "and" (`q` the second)
/// whose first counts other people than `noun`: "152 passengers and six crew".
fn mixed_sum(view: &View<'_>, first: usize, q: &Quantity, noun: &str) -> bool {
    let second = view.token_at(q.span.start);
    (first + 1..second)
        .rev()
        .find(|&i| view.low(i) == "and")
        .is_some_and(|and| singular_of(view.low(and - 1)).as_ref() != noun)
}

/// The group a figure ending at token `end` is a part of ("Eleven of the patients",
/// "nine of the 12 counts", "seven of them"): `None` when no "of" follows it; else the
/// token after the group and its noun (none for a pronoun), or `Some(None)` when the
/// group is named by what happened to it ("three of the dead"), whose part says nothing
/// of how many it happened to.
#[allow(clippy::type_complexity)]
fn partitive(
    numbers: &NumberReader,
    view: &View<'_>,
    end: usize,
    clause_end: usize,
) -> Option<Option<(usize, Option<(usize, String)>)>> {
    if view.low(end) != "of" {
        return None;
    }
    let mut at = end + 1;
    match view.low(at) {
        "them" | "those" | "these" | "us" => return Some(Some((at + 1, None))),
        "the" | "its" | "their" | "his" | "her" | "our" => at += 1,
        _ => return None,
    }
    // "nine of the 12 counts": the whole's own figure is read on its own.
    let word = view.low(at);
    if word.starts_with(|c: char| c.is_ascii_digit()) || is_number_word(word) {
        at += 1;
    }
    let (i, noun) = noun_after(view, at, clause_end)?;
    if numbers.measure_at(view.lower, i).is_some() {
        return Some(None);
    }
    Some(Some((i + 1, Some((i, noun)))))
}

/// Whether the figure from token `first` names a part of a group told by what happened to
/// it, the group first: "Among the dead were three children", "Among those injured was one
/// firefighter". As with "three of the dead", the part says nothing of how many it happened
/// to. `clause_start` bounds the look back.
fn among_measured(
    numbers: &NumberReader,
    view: &View<'_>,
    first: usize,
    clause_start: usize,
) -> bool {
    let mut be = first;
    while be > clause_start && matches!(view.low(be - 1), "were" | "was" | "are" | "is") {
        be -= 1;
    }
    if be == first {
        return false;
    }
    let Some(among) = (be.saturating_sub(5).max(clause_start)..be)
        .rev()
        .find(|&i| view.low(i) == "among")
    else {
        return false;
    };
    let group = among + 1 + usize::from(matches!(view.low(among + 1), "the" | "those"));
    (group..be).any(|i| numbers.measure_at(view.lower, i).is_some())
}

/// The last measure from token `from` before the sentence's next comma, semicolon or
/// figure, at most sixteen words on: what a part of a group counts when a phrase or a
/// clause on the group stands between ("who broke out of the prison on Thursday are back
/// in custody": back in custody, not what the group did before).
fn measure_past_group(numbers: &NumberReader, view: &View<'_>, from: usize) -> Option<String> {
    let mut found = None;
    let mut i = from;
    while i < view.tokens.len() && i < from + 16 {
        let word = view.low(i);
        if !view.tokens[i].is_word()
            || word.starts_with(|c: char| c.is_ascii_digit())
            || is_number_word(word)
        {
            break;
        }
        // "in the March 1 caucuses": a name is no measure.
        if !view.capital(i)
            && let Some((m, len)) = numbers.measure_at(view.lower, i)
        {
            found = Some(m);
            i += len;
            continue;
        }
        i += 1;
    }
    found
}

/// The period a count after token `from` is told by, up to token `end`: "a day", "per
/// year", "each week" or "daily", "annually" within six words ("vehicles use the bridge
/// daily").
fn per_period(view: &View<'_>, from: usize, end: usize) -> Option<&'static str> {
    (from..end.min(from + 6)).find_map(|i| {
        let period = |w: &str| match w {
            "day" => Some("day"),
            "week" => Some("week"),
            "month" => Some("month"),
            "year" => Some("year"),
            _ => None,
        };
        match view.low(i) {
            // Not "a year ago", "a day after the vote", nor a span: "in a week", "for a
            // day".
            "a" | "per" | "each" | "every"
                if !matches!(
                    view.low(i + 2),
                    "ago" | "after" | "before" | "earlier" | "later"
                ) && !matches!(
                    view.low(i.wrapping_sub(1)),
                    "in" | "within" | "for" | "over" | "during" | "than"
                ) =>
            {
                period(view.low(i + 1))
            }
            "daily" => Some("day"),
            "weekly" => Some("week"),
            "monthly" => Some("month"),
            "annually" | "yearly" => Some("year"),
            _ => None,
        }
    })
}

/// A count: what it counts is the measure beside it for people ("ten killed"), else the
/// noun it counts ("seven villages"); a measure of damage stays out of a count of things.
pub(super) fn count(
    reader: &FactReader,
    numbers: &NumberReader,
    rules: &RuleSet,
    view: &View<'_>,
    f: &Figure<'_>,
) -> Option<Read> {
    let (q, first, end, clause) = (f.q, f.first, f.end, f.clause);
    // A count is a whole number; "6.7" counts nothing.
    if q.value.fract() != 0.0 && !f.vague {
        return None;
    }
    // "the early 2000's": a time, no count.
    if decade::decade(&q.text) {
        return None;
    }
    // "the 9/11 families", "24/7", "bit.ly/1rqqk8R": a figure glued to a slash before it
    // is part of a date, a fraction or an address, and counts nothing.
    if q.span.start > 0 && view.text.as_bytes().get(q.span.start - 1) == Some(&b'/') {
        return None;
    }
    let canonical = |w: &str| rules.canonical_lower(w).to_string();
    // "licensed to carry 30 passengers", "certified for 35": what a boat or a hall may take,
    // whoever it takes; never a count of people aboard.
    if capacity::before(view, first, clause.0) {
        return f.read(FactKind::Count, "capacity".to_string(), None, None);
    }
    // "a 12-member panel", "the 17-nation group": the unit glued to the figure.
    let glued_unit = q.unit.as_ref().filter(|_| glued(q));
    // "Eleven of the patients", "seven of them": a part of a group, counted as the group's
    // things are; "three of the dead" is a part of a measured group, no count of its own.
    // "Two of the dead were children", "Among the dead were three children": the children
    // among the killed, a part of the toll by who they are.
    if glued_unit.is_none()
        && let Some((measure, kind)) =
            among::kind_of_part(reader, numbers, view, first, end, clause)
    {
        return f.read(FactKind::Count, measure, Some(canonical(&kind)), None);
    }
    let part = if glued_unit.is_none() {
        partitive(numbers, view, end, clause.1)
    } else {
        None
    };
    if part == Some(None)
        && let Some(m) = among::hospital_part_of_injured(numbers, rules, view, end)
    {
        return f.read(FactKind::Count, m, None, None);
    }
    if part == Some(None) || among_measured(numbers, view, first, clause.0) {
        return None;
    }
    let part = part.flatten();
    let part_end = part.as_ref().map(|&(after, _)| after);
    let noun = match glued_unit {
        Some(u) => Some((end.saturating_sub(1), u.clone())),
        None => part
            .and_then(|(_, noun)| noun)
            .or_else(|| noun_after(view, end, clause.1)),
    };
    // "22 crew members" are 22 crew: the members of a kind of people are of that kind.
    let noun = noun.map(|(i, n)| {
        let kind = (n == "member")
            .then(|| i.checked_sub(1).map(|k| singular(view.low(k))))
            .flatten()
            .filter(|kind| reader.persons.contains(kind.as_str()));
        (i, kind.unwrap_or(n))
    });
    // "152 passengers and six crew": a sum of people of two kinds counts people.
    let noun = match noun {
        Some((i, n)) if mixed_sum(view, first, f.q, &n) => Some((i, "people".to_string())),
        other => other,
    };
    // "the 90 wounded remained in hospital", "two dead, 16 injured": a participle or
    // adjective of what happened in the noun's place is what the figure counts, before
    // anything the clause says after it (a crowd noun is not: "six protesters were
    // arrested" counts arrests).
    let after = noun.as_ref().map_or(part_end.unwrap_or(end), |&(i, _)| {
        let word = view.low(i);
        let happened = word.ends_with("ed") || matches!(word, "dead" | "hurt" | "missing");
        if happened && numbers.measure_at(view.lower, i).is_some() {
            i
        } else {
            i + 1
        }
    });
    // "injuring seven of the 14 people on board": what follows a group told with its own
    // figure is the group's (the 14 aboard); the verb right before the part is what
    // happened to the part.
    let numbered_group = part_end.is_some() && {
        let whole = view.low(end + 2);
        whole.starts_with(|c: char| c.is_ascii_digit()) || is_number_word(whole)
    };
    let verb_before = first
        .checked_sub(1)
        .filter(|&b| numbered_group && b >= clause.0)
        .and_then(|b| numbers.measure_at(view.lower, b))
        .map(|(m, _)| m);
    // "Five of the six prisoners who broke out of the jail are back in custody": a relative
    // clause on the group tells what the group did; what happened to the part comes after
    // it (read past the group below).
    let group_clause = part_end.is_some() && matches!(view.low(after), "who" | "that" | "which");
    let measure = verb_before
        .or_else(|| put_at(numbers, view, first, clause))
        .or_else(|| {
            (!group_clause)
                .then(|| measure_near(numbers, view, first, after, clause))
                .flatten()
                .map(|(m, _)| m)
        });
    // "convicted on nine of the 12 counts", "found guilty on eleven counts": the counts a
    // conviction is on, a part of those faced or not; never the counts faced or charged.
    if let Some((_, n)) = &noun
        && matches!(n.as_str(), "count" | "charge")
        && conviction_before(view, first, clause.0)
    {
        return f.read(
            FactKind::Count,
            "convicted".to_string(),
            Some(n.clone()),
            None,
        );
    }
    // "Five of the six prisoners who broke out on Thursday are back in custody",
    // "Thirty-one of the guests at the reception fell ill": what happened to a part may
    // come past a phrase or a clause on its group; the last measure before the
    // sentence's next comma is the part's own.
    let measure = match (measure, part_end) {
        (None, Some(from)) => measure_past_group(numbers, view, from),
        (measure, _) => measure,
    };
    // "destroying the 14 satellites it was carrying", "the 300 people they had on board":
    // what a relative clause with no "that" says was done to the things counted, before
    // what the clause around them did ("destroying").
    let measure = noun
        .as_ref()
        .and_then(|&(i, _)| contact_relative_measure(numbers, view, i + 1, clause.1))
        .or(measure);
    // "two of the candidates": a part is counted only by what happened to it.
    if part_end.is_some() && measure.is_none() {
        return None;
    }
    // "one used by tax officials": a verb, not a counted thing.
    let noun = noun.filter(|(i, n)| {
        !(n.ends_with("ed") || n.ends_with("ing")) || numbers.measure_at(view.lower, *i).is_some()
    });
    // "tens of thousands of Greeks": a people, counted as people; "110 billion EU": no noun.
    let noun = match noun {
        Some((i, _)) if glued_unit.is_none() && view.capital(i) => {
            if view.tok(i).ends_with('s') && view.tok(i).chars().skip(1).all(char::is_lowercase) {
                Some((i, "people".to_string()))
            } else {
                None
            }
        }
        other => other,
    };
    // "a school where 420 pupils are enrolled", "the jail, which holds 1,200 inmates": the
    // place's roll, whatever its people are called.
    if noun.is_some()
        && glued_unit.is_none()
        && let Some(place) = roll::place_of(reader, view, first, after, clause.1)
    {
        return f.read(
            FactKind::Count,
            "roll".to_string(),
            Some(canonical(&place)),
            None,
        );
    }
    if let Some(unit) = glued_unit {
        // "a 12-member panel": members of the panel.
        let holder = noun_after(view, end, clause.1).map(|(_, h)| {
            // "Hale's 3-point lead" and "Ortiz's seven-point lead": two holders.
            let thing = canonical(&h);
            match holder::possessor(view, first, clause.0) {
                Some(name) => format!("{name} {thing}"),
                None => thing,
            }
        });
        return f.read(FactKind::Count, canonical(unit), holder, None);
    }
    // "the two leaders", "their three children": a reference to a known group, not a
    // count anyone states — unless the group is ranked by what happened to it ("the 12
    // worst-hit villages" says how many were hit worst).
    // So is a window on one ("the last two debates", "six of the past seven races")
    // and "one" before a thing ("one candidate"), and things that date what follows
    // ("after two scandals").
    let single_word = f.q.text.split_whitespace().count() == 1;
    let reference = single_word && selection::known_group(view, first) && !ranked(view, end);
    let article = selection::indefinite_one(&f.q.text);
    let anchor = selection::time_anchor(view, first);
    if (reference || article || anchor) && measure.is_none() {
        return None;
    }
    // "71 delegates short of the 2,383 needed": a gap, not a total.
    if noun.is_some() && selection::difference(view, end, after) {
        return None;
    }
    // "met six times", "spoken by phone 20 times": how often is a count of what was done,
    // never of times in general.
    if let Some((_, n)) = &noun
        && matches!(n.as_str(), "time" | "occasion")
    {
        let done = (clause.0..first).rev().take(6).find(|&i| {
            view.tokens[i].is_word()
                && !view.capital(i)
                && !is_stop_word(view.low(i))
                && !movement_filler(view.low(i))
        })?;
        return f.read(
            FactKind::Count,
            format!("{} {n}", view.low(done)),
            None,
            None,
        );
    }
    match noun {
        // "Cases of the disease have rocketed to 17": the subject a change counts.
        None => match measure {
            Some(m) => f.read(FactKind::Count, m, None, None),
            None => {
                let subject = super::change::subject_of_plain_change(view, first, clause.0)?;
                f.read(
                    FactKind::Count,
                    canonical(&singular(view.low(subject))),
                    None,
                    None,
                )
            }
        },
        Some((_, n)) if reader.people.contains(n.as_str()) => match measure {
            Some(m) => f.read(FactKind::Count, m, None, None),
            // "Orion employs 3,500 people": its employees.
            None if first > 0 && employs(view.low(first - 1)) => f.read(
                FactKind::Count,
                canonical("employee"),
                Some(owner(view, first)?),
                None,
            ),
            // "A petition signed by 1.8 million people": its signatures.
            None if signed::signed(view, first, after, clause.1) => {
                f.read(FactKind::Count, canonical("signature"), None, None)
            }
            // "About 40,000 people were at the festival": its crowd.
            None if crowd::at_gathering(reader, view, after, clause.1) => {
                f.read(FactKind::Count, canonical("crowd"), None, None)
            }
            None => None,
        },
        // People of one kind ("workers", "soldiers") are counted by what happened to them,
        // and are its holder; or as what a place or body has ("a school, which has 600
        // pupils"), held by it.
        // Their kind as the rules name it: one outlet's "inmates" are another's "prisoners".
        Some((_, n)) if reader.persons.contains(n.as_str()) => match measure {
            Some(m) => f.read(FactKind::Count, m, Some(canonical(&n)), None),
            None => {
                let owner = owner(view, first)?;
                // "the plant employs 900 workers" counts its employees, as "employs 900
                // people" does.
                let what = if employs(view.low(first - 1)) {
                    "employee"
                } else {
                    n.as_str()
                };
                f.read(FactKind::Count, canonical(what), Some(owner), None)
            }
        },
        // "Two marches are planned", "three rallies were held": a count of events, not
        // of the people in them, whatever the clause says was done.
        Some((_, n)) if reader.events.contains(n.as_str()) && glued_unit.is_none() => {
            let holder = owner(view, first).or_else(|| holder::cast_for(view, after));
            f.read(FactKind::Count, n, holder, None)
        }
        Some((i, n)) => {
            if glued_unit.is_none()
                && let Some((m, _)) = numbers.measure_at(view.lower, i)
            {
                // "100 protesters were arrested", "9,000 residents were ordered to leave":
                // what was done to them, not the crowd or the population they are.
                // They are its holder when of one kind the rules count ("survivors").
                if let Some(done) = measure.filter(|d| *d != m) {
                    let holder = reader.persons.contains(n.as_str()).then(|| singular(&n));
                    return f.read(FactKind::Count, done, holder, None);
                }
                return f.read(FactKind::Count, m, None, None);
            }
            // "the block held 40 apartments", "the hall holds 2,000 seats": a verb of
            // holding right before things that are not people says what the holder has,
            // not what was done to them ("held" is no arrest of flats).
            let holding = first > clause.0 && holding(view.low(first - 1));
            match measure.filter(|_| !holding) {
                Some(m) if !reader.damage.contains(m.as_str()) && glued_unit.is_none() => {
                    f.read(FactKind::Count, m, Some(canonical(&n)), None)
                }
                _ => {
                    let holder = glued_unit
                        .and_then(|_| noun_after(view, end, clause.1).map(|(_, h)| h))
                        // "the building had 32 flats", "the block held 40": one
                        // holder as the rules name it; a name stays as written.
                        .or_else(|| {
                            owner(view, first).map(|o| {
                                if o.starts_with(char::is_lowercase) {
                                    reader
                                        .holders
                                        .get(&o)
                                        .cloned()
                                        .unwrap_or_else(|| canonical(&o))
                                } else {
                                    o
                                }
                            })
                        })
                        .or_else(|| holder::cast_for(view, after));
                    // "carries about 42,000 vehicles a day": a count at a rate, which
                    // holds from day to day, so it is its own frame and no set of the day.
                    let what = match per_period(view, after, clause.1) {
                        Some(period) => format!("{} a {period}", canonical(&n)),
                        None => canonical(&n),
                    };
                    let mut read = f.read(FactKind::Count, what, holder, None)?;
                    // How they were hit: the damage word of the clause nearest the figure.
                    read.degree = (clause.0..clause.1)
                        .filter_map(|i| {
                            let word = rules.canonical_lower(view.low(i));
                            reader
                                .damage
                                .contains(word)
                                .then(|| (i.abs_diff(first), word.to_string()))
                        })
                        .min()
                        .map(|(_, word)| word);
                    Some(read)
                }
            }
        }
    }
}
