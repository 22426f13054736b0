//! What a figure is: its kind (count, age, magnitude, money …), its unit, and the thing it
//! measures, normalised by the rules ("ten killed" and "ten dead" are both `killed`; "seven
//! villages destroyed" and "five villages damaged" are both counts of `village`).

use crate::extract::claim::Quantity;
use crate::extract::fact::{Amount, FactKind};
use crate::extract::numbers::{NumberReader, currency_word, singular};
use crate::rules::RuleSet;
use crate::words::{fold, is_stop_word};

use super::{FactReader, View, kind_of_unit};

/// What a figure was read as.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Read {
    pub(super) kind: FactKind,
    pub(super) what: String,
    pub(super) holder: Option<String>,
    pub(super) unit: Option<String>,
    pub(super) vague: bool,
}

/// Prepositions the stop words leave out.
fn preposition(word: &str) -> bool {
    matches!(
        word,
        "off"
            | "near"
            | "across"
            | "along"
            | "beyond"
            | "toward"
            | "towards"
            | "against"
            | "among"
            | "between"
            | "outside"
            | "inside"
            | "without"
            | "around"
            | "onto"
            | "behind"
            | "beside"
            | "besides"
            | "since"
            | "like"
            | "per"
            | "than"
    )
}

/// Words that start no noun phrase after a figure though they are not stop words.
fn ends_noun_phrase(word: &str) -> bool {
    matches!(
        word,
        "people" | "were" | "was" | "are" | "is" | "had" | "have" | "has" | "who" | "killed"
    )
}

/// Verbs and particles passed over when looking for the thing a share is of: "stocks
/// plunged 5.4 per cent", "closed down 3.9 percent".
fn movement(word: &str) -> bool {
    word.ends_with("ed")
        || matches!(
            word,
            "down"
                | "up"
                | "by"
                | "rose"
                | "fell"
                | "grew"
                | "sank"
                | "lost"
                | "won"
                | "shrank"
                | "slid"
                | "slumped"
                | "soared"
                | "jumped"
                | "dropped"
                | "some"
                | "nearly"
                | "almost"
                | "about"
                | "around"
                | "roughly"
                | "over"
                | "than"
                | "more"
                | "less"
                | "at"
                | "least"
                | "just"
                | "that"
                | "a"
                | "an"
                | "the"
        )
}

/// Units of time.
fn time_unit(unit: &str) -> bool {
    matches!(kind_of_unit(unit), Some(FactKind::Duration))
}

/// Compass words of "58km south-west of Bandar Abbas".
fn direction(word: &str) -> bool {
    matches!(
        word,
        "north"
            | "south"
            | "east"
            | "west"
            | "northeast"
            | "northwest"
            | "southeast"
            | "southwest"
            | "north-east"
            | "north-west"
            | "south-east"
            | "south-west"
            | "-"
    )
}

/// "between 40 and 80 percent", "from 3.6 to 4.3", "40 percent to 70 percent": the figure
/// at `qi` and the next as one interval; its amount, the token after it and its span.
pub(super) fn range(
    view: &View<'_>,
    quantities: &[Quantity],
    qi: usize,
) -> Option<(Amount, usize, crate::article::Span)> {
    let (a, b) = (quantities.get(qi)?, quantities.get(qi + 1)?);
    let first = view.token_at(a.span.start);
    let a_end = view.token_at(a.span.end);
    let b_first = view.token_at(b.span.start);
    let joiner = view.low(a_end);
    let opener = first.checked_sub(1).map_or("", |i| view.low(i));
    let joined = b_first == a_end + 1
        && ((joiner == "and" && opener == "between")
            || (joiner == "to" && (opener == "from" || (a.unit.is_some() && a.unit == b.unit))));
    if !joined || a.high.is_none() || b.high.is_none() {
        return None;
    }
    let start = if opener.is_empty() { first } else { first - 1 };
    let span = view.span(start, view.token_at(b.span.end));
    Some((
        Amount {
            text: span.of(view.text).to_string(),
            low: a.low.min(b.low),
            high: a.high.zip(b.high).map(|(x, y)| x.max(y)),
            unit: b.unit.clone().or_else(|| a.unit.clone()),
        },
        view.token_at(b.span.end),
        span,
    ))
}

/// "two women and one man died": two counts of people joined by "and", as one count (3);
/// its amount, the index of the second figure, the first token and the span.
pub(super) fn coordinated(
    reader: &FactReader,
    view: &View<'_>,
    quantities: &[Quantity],
    qi: usize,
) -> Option<(Amount, usize, crate::article::Span)> {
    let (a, b) = (quantities.get(qi)?, quantities.get(qi + 1)?);
    let a_end = view.token_at(a.span.end);
    let b_first = view.token_at(b.span.start);
    let person = |i: usize| {
        view.tokens.get(i).is_some_and(|t| t.is_word()) && {
            let noun = singular(view.low(i));
            reader.people.contains(noun.as_str()) || reader.persons.contains(noun.as_str())
        }
    };
    let joined = person(a_end) && view.low(a_end + 1) == "and" && b_first == a_end + 2;
    if !joined || !person(view.token_at(b.span.end)) {
        return None;
    }
    let span = crate::article::Span::new(
        a.span.start,
        view.span(b_first, view.token_at(b.span.end) + 1).end,
    );
    Some((
        Amount {
            text: span.of(view.text).to_string(),
            low: a.low + b.low,
            high: a.high.zip(b.high).map(|(x, y)| x + y),
            unit: None,
        },
        qi + 1,
        span,
    ))
}

/// The head of the noun phrase right after a figure ending at token `from` ("three bank
/// workers" → workers, "12 worst-hit villages" → villages), skipping a bracketed
/// conversion; its token and its singular in lower case.
fn noun_after(view: &View<'_>, from: usize, end: usize) -> Option<(usize, String)> {
    let mut i = from;
    if view.low(i) == "(" {
        while i < end && view.low(i) != ")" {
            i += 1;
        }
        i += 1;
    }
    let mut head = None;
    let mut words = 0;
    while i < end && words < 4 {
        let w = view.low(i);
        if w == "-" {
            // "black - hooded", "worst - hit": one word the copy spaced out.
            if head.is_some() && view.tokens.get(i + 1).is_some_and(|t| t.is_word()) {
                i += 2;
                continue;
            }
            break;
        }
        let Some(token) = view.tokens.get(i) else {
            break;
        };
        if !token.is_word() {
            break;
        }
        if matches!(
            w,
            "other" | "more" | "additional" | "further" | "separate" | "new" | "another"
        ) && head.is_none()
        {
            i += 1;
            continue;
        }
        if is_stop_word(w) || preposition(w) || (ends_noun_phrase(w) && words > 0) {
            break;
        }
        if words > 0 && (view.capital(i) || w.ends_with("ed") || w.ends_with("ing") || verb(w)) {
            break;
        }
        head = Some((i, singular(w)));
        words += 1;
        i += 1;
        // A plural ends the phrase: "four men drove", "two helicopters began".
        if w == "people"
            || w == "men"
            || w == "women"
            || w == "children"
            || (w.ends_with('s') && !w.ends_with("ss") && w.len() > 3)
        {
            break;
        }
    }
    head
}

/// Words that may stand between a figure's noun phrase and its measure: "people were
/// also killed", "had been injured".
fn auxiliary(word: &str) -> bool {
    matches!(
        word,
        "were"
            | "was"
            | "are"
            | "is"
            | "had"
            | "have"
            | "has"
            | "been"
            | "being"
            | "be"
            | "also"
            | "reportedly"
            | "later"
            | "all"
            | "either"
            | "each"
    )
}

/// Words that may stand between a measure and the figure after it: "killing at least 10",
/// "the death toll rose to 10", "wounding other 70".
fn linking(word: &str) -> bool {
    matches!(
        word,
        "to" | "at"
            | "rose"
            | "risen"
            | "reached"
            | "climbed"
            | "stood"
            | "was"
            | "is"
            | "were"
            | "are"
            | "of"
            | "now"
            | "had"
            | "has"
            | "other"
            | "another"
            | "some"
            | "the"
            | "a"
            | "an"
            | "estimated"
            | "-"
            | "—"
            | "–"
    )
}

/// A few verbs that end a noun phrase though they do not look like verbs.
fn verb(word: &str) -> bool {
    matches!(
        word,
        "began"
            | "took"
            | "left"
            | "went"
            | "came"
            | "saw"
            | "made"
            | "got"
            | "ran"
            | "fell"
            | "rose"
            | "felt"
            | "remain"
            | "remained"
            | "still"
    )
}

/// The measure of a figure in its clause: right after its noun phrase, past auxiliaries
/// ("ten people were killed"), else right before it, past linking words ("killing at least
/// ten", "the death toll rose to 10"); with the token it is at.
fn measure_near(
    numbers: &NumberReader,
    view: &View<'_>,
    first: usize,
    after: usize,
    clause: (usize, usize),
) -> Option<(String, usize)> {
    let mut i = after;
    while i < clause.1 && i < after + 5 {
        if let Some((m, _)) = numbers.measure_at(view.lower, i) {
            return Some((m, i));
        }
        if !auxiliary(view.low(i)) {
            break;
        }
        i += 1;
    }
    let mut j = first;
    while j > clause.0 && first - j < 5 {
        j -= 1;
        // A measure phrase ends at `j`: look it up from its first word.
        for back in 0..3 {
            if let Some(s) = j.checked_sub(back).filter(|&s| s >= clause.0)
                && let Some((m, len)) = numbers.measure_at(view.lower, s)
                && s + len == j + 1
            {
                return Some((m, s));
            }
        }
        if !linking(view.low(j)) {
            break;
        }
    }
    None
}

/// "put the march at 30,000", "put the quake's magnitude at 5.9": the thing put.
fn put_at(
    numbers: &NumberReader,
    view: &View<'_>,
    first: usize,
    clause: (usize, usize),
) -> Option<String> {
    let at = (clause.0..first)
        .rev()
        .take(4)
        .find(|&i| view.low(i) == "at")?;
    let verb = (clause.0..at)
        .rev()
        .take(14)
        .find(|&i| matches!(view.low(i), "put" | "puts" | "putting" | "placed"))?;
    (verb + 1..at).find_map(|i| numbers.measure_at(view.lower, i).map(|(m, _)| m))
}

/// A bare figure after "and" (or a comma), its qualifier aside, followed by a place: "… and
/// at least 15 at the station".
pub(super) fn elliptic(view: &View<'_>, first: usize, end: usize) -> bool {
    first > 0
        && matches!(view.low(first - 1), "and" | ",")
        && matches!(view.low(end), "at" | "in" | "on")
}

/// The unit is written inside the figure's last token ("58km", "24-hour", "130ft").
fn glued(q: &Quantity) -> bool {
    let Some(unit) = q.unit.as_deref() else {
        return false;
    };
    let Some(last) = q.text.split_whitespace().last() else {
        return false;
    };
    let last = last.to_lowercase();
    last.starts_with(|c: char| c.is_ascii_digit() || "$€£?".contains(c))
        && (last.ends_with(unit) || singular(&last).ends_with(unit))
}

/// The token after the figure's unit when the unit is written as words after it ("940
/// miles", "5.4 per cent", "30 billion euros").
pub(super) fn unit_end(view: &View<'_>, q: &Quantity, end: usize) -> usize {
    if q.unit.is_none() || glued(q) {
        return end;
    }
    match view.low(end) {
        "per" if view.low(end + 1) == "cent" => end + 2,
        w if view.tokens.get(end).is_some_and(|t| t.is_word())
            && (singular(w) == q.unit.as_deref().unwrap_or_default()
                || currency_word(w).is_some()
                || w == "percent") =>
        {
            end + 1
        }
        "%" => end + 1,
        _ => end,
    }
}

/// Reads the figure `q` (tokens `[first, end)`) in the clause `[clause.0, clause.1)`: its
/// kind, unit and what it measures, or `None` when it measures nothing the rules name.
#[allow(clippy::too_many_arguments)]
pub(super) fn read(
    reader: &FactReader,
    numbers: &NumberReader,
    rules: &RuleSet,
    view: &View<'_>,
    q: &Quantity,
    first: usize,
    end: usize,
    clause: (usize, usize),
) -> Option<Read> {
    // "A magnitude 6 quake can cause severe damage": a general statement, not a fact.
    let indefinite = (clause.0..first)
        .rev()
        .take(3)
        .any(|i| matches!(view.low(i), "a" | "an"));
    if indefinite && (first..clause.1).any(|i| matches!(view.low(i), "can" | "cannot")) {
        return None;
    }
    // "a May 19 due date", "the 1960s", "a 4x4", "a four-by-four car": days, decades and
    // dimensions, not figures.
    let after_month = first > 0
        && view.capital(first - 1)
        && crate::date::month_from_name(view.tok(first - 1)).is_some();
    let dimension = q.unit.as_deref().is_some_and(|u| {
        u.strip_prefix('x')
            .is_some_and(|d| d.starts_with(|c: char| c.is_ascii_digit()))
    }) || matches!(view.low(end), "-" | "by")
        && matches!(view.low(end + 1), "by" | "-")
        || (first >= 2 && view.low(first - 1) == "-" && view.low(first - 2) == "by")
        || (first >= 1 && view.low(first - 1) == "by" && first >= 2 && view.low(first - 2) == "-");
    if after_month || dimension || q.unit.as_deref() == Some("s") {
        return None;
    }
    let text = q.text.to_lowercase();
    let vague = !text.bytes().any(|b| b.is_ascii_digit())
        && rules
            .numbers
            .vague
            .iter()
            .any(|v| v.words.iter().any(|w| text.contains(w.as_str())));
    let counted_unit = q.unit.as_deref().is_some_and(|u| {
        kind_of_unit(u).is_none() && !rules.numbers.conversion.iter().any(|c| c.unit == u)
    });
    let figure = Figure {
        q,
        first,
        // The words of a unit are passed over, those of a counted thing are not.
        end: if counted_unit {
            end
        } else {
            unit_end(view, q, end)
        },
        clause,
        vague,
    };
    let canonical = |w: &str| rules.canonical_lower(w).to_string();
    let unit = q.unit.as_deref();
    if let Some(age) = age(view, &figure) {
        return Some(age);
    }
    if magnitude(numbers, rules, view, &figure) {
        let before = first.saturating_sub(6).max(clause.0);
        let aftershock = (before..first)
            .rev()
            .take_while(|&i| !matches!(view.low(i), "by" | "since" | "after"))
            .any(|i| view.low(i).starts_with("aftershock"));
        return figure.read(
            FactKind::Magnitude,
            "magnitude".to_string(),
            aftershock.then(|| "aftershock".to_string()),
            None,
        );
    }
    if q.ordinal {
        let (_, noun) = noun_after(view, figure.end, clause.1)?;
        // "for the first time" is an idiom, not a rank.
        if noun == "time" {
            return None;
        }
        return figure.read(FactKind::Ordinal, canonical(&noun), None, None);
    }
    match unit {
        Some("percent") => percent(view, &figure).map(|what| Read {
            kind: FactKind::Percent,
            what: canonical(&what),
            holder: None,
            unit: Some("percent".to_string()),
            vague,
        }),
        Some(u) if kind_of_unit(u) == Some(FactKind::Money) => money(numbers, view, &figure),
        Some(u) if time_unit(u) => {
            // "a 24-hour strike": the noun after; "lasted 30 seconds": the word before.
            let noun = glued(q)
                .then(|| noun_after(view, figure.end, clause.1))
                .flatten()
                .map(|(_, n)| n);
            let what = noun.or_else(|| {
                (clause.0..first)
                    .rev()
                    .take(4)
                    .find(|&i| {
                        view.tokens[i].is_word()
                            && !is_stop_word(view.low(i))
                            && !movement_filler(view.low(i))
                    })
                    .map(|i| view.low(i).to_string())
            })?;
            figure.read(
                FactKind::Duration,
                canonical(&what),
                None,
                unit.map(str::to_string),
            )
        }
        Some("degree") => {
            let scale = view.low(figure.end);
            matches!(scale, "celsius" | "fahrenheit" | "c" | "f").then(|| Read {
                kind: FactKind::Measure,
                what: "temperature".to_string(),
                holder: None,
                unit: Some(format!("degree {scale}")),
                vague,
            })
        }
        Some(u) if rules.numbers.conversion.iter().any(|c| c.unit == u) || u == "square" => {
            length(reader, numbers, rules, view, &figure)
        }
        _ => count(reader, numbers, rules, view, &figure),
    }
}

/// A figure being read, with its tokens, clause and whether it is a vague quantity.
struct Figure<'q> {
    q: &'q Quantity,
    first: usize,
    /// The token after the figure and its unit.
    end: usize,
    clause: (usize, usize),
    vague: bool,
}

impl Figure<'_> {
    fn read(
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
        })
    }
}

/// Ages: "61-year-old Anargyros Bizianis", "a 70-year old pensioner", "Sara Sadeqi, 22,",
/// "aged 44"; the holder is the person, by the last word of the name or the noun.
fn age(view: &View<'_>, f: &Figure<'_>) -> Option<Read> {
    let (q, first, end) = (f.q, f.first, f.end);
    let unit = q.unit.as_deref();
    let year_old = unit == Some("year-old")
        || (unit == Some("year") && view.low(end) == "old")
        || (unit == Some("year") && view.low(end) == "-" && view.low(end + 1) == "old")
        || (first > 0 && view.low(first - 1) == "aged");
    let comma_age = first >= 2
        && view.low(first - 1) == ","
        && matches!(view.low(end), "," | "." | "")
        && q.high == Some(q.low)
        && (1.0..=120.0).contains(&q.low)
        && q.unit.is_none()
        && view.tokens[first - 2].is_word()
        && !view.low(first - 2).ends_with("ed");
    if !year_old && !comma_age {
        return None;
    }
    let holder = if comma_age {
        Some(view.tok(first - 2).to_string())
    } else if first > 0 && view.low(first - 1) == "aged" {
        (f.clause.0..first - 1)
            .rev()
            .find(|&i| view.tokens[i].is_word() && !is_stop_word(view.low(i)))
            .map(|i| view.tok(i).to_string())
    } else {
        let mut after = end;
        while matches!(view.low(after), "old" | "-") {
            after += 1;
        }
        let name_end = (after..f.clause.1.min(after + 4))
            .take_while(|&i| view.capital(i))
            .last();
        match name_end {
            Some(last) => Some(view.tok(last).to_string()),
            None => noun_after(view, after, f.clause.1).map(|(_, n)| n),
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

/// A quake's magnitude: "a 6.1-magnitude quake", "magnitude 5.9", "a magnitude of 5.9",
/// "6.0 on the Richter scale", "a 6.7 quake".
fn magnitude(numbers: &NumberReader, rules: &RuleSet, view: &View<'_>, f: &Figure<'_>) -> bool {
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

/// What a share is of: "80 percent of the haul", else the thing before it ("Greek stocks
/// plunged 5.4 per cent").
fn percent(view: &View<'_>, f: &Figure<'_>) -> Option<String> {
    let (first, end, clause) = (f.first, f.end, f.clause);
    if view.low(end) == "of" {
        let mut i = end + 1;
        while matches!(view.low(i), "the" | "a" | "an" | "its" | "their") {
            i += 1;
        }
        if let Some((_, n)) = noun_after(view, i, clause.1) {
            return Some(n);
        }
    }
    (clause.0..first)
        .rev()
        .take(5)
        .find(|&i| {
            view.tokens[i].is_word()
                && !movement(view.low(i))
                && !is_stop_word(view.low(i))
                && !view.capital(i)
        })
        .map(|i| singular(view.low(i)))
}

/// A sum of money: what it is (a bailout, loans, what was stolen, a wage "a month"), and
/// whose when it is a share of a whole or a person's pay.
fn money(numbers: &NumberReader, view: &View<'_>, f: &Figure<'_>) -> Option<Read> {
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
    // "€110bn in loans", "a €110bn bailout", "worth €2m", "put the damage at $54m".
    let mut what = put_at(numbers, view, first, clause)
        .or_else(|| measure_near(numbers, view, first, end, clause).map(|(m, _)| m));
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
    }
    let what = what?;
    // "from an employee of Swiss firm Chopard": whose money it is, when the clause names it
    // (a name, not a word like "Swiss" that qualifies the noun after it).
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
    if let Some(holder) = named {
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

/// A length, height or area in a unit the rules convert: a distance from a place ("58km
/// (36 miles) south-west of Bandar Abbas"), or what it measures ("a 130ft fall", "fell 40
/// metres", "a 1,500-square-kilometer island").
fn length(
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
    let mut j = i;
    while direction(view.low(j)) && j < i + 3 {
        j += 1;
    }
    if j > i && matches!(view.low(j), "of" | "from") {
        // "of the port of Bandar Abbas", "of Tehran".
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
        // "south of the capital": the place named by its common noun.
        let place = if k == from {
            let noun = (j + 1..from)
                .rev()
                .find(|&t| matches!(view.low(t), "port" | "city" | "town" | "capital"))?;
            view.low(noun).to_string()
        } else {
            fold(view.span(from, k).of(view.text))
        };
        let place = reader.place_named(&place).map_or(place, fold);
        return f.read(
            FactKind::Measure,
            format!("distance from {place}"),
            None,
            Some(unit),
        );
    }
    let glued_unit = glued(q) || unit.starts_with("square");
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

/// Words passed over before a length of time ("another 30 days", "just over 10 seconds").
fn movement_filler(word: &str) -> bool {
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

/// A count: what it counts is the measure beside it for people ("ten killed"), else the
/// noun it counts ("seven villages"); a measure of damage stays out of a count of things.
fn count(
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
    let canonical = |w: &str| rules.canonical_lower(w).to_string();
    // "a 12-member panel", "the 17-nation group": the unit glued to the figure.
    let glued_unit = q.unit.as_ref().filter(|_| glued(q));
    let noun = match glued_unit {
        Some(u) => Some((end.saturating_sub(1), u.clone())),
        None => noun_after(view, end, clause.1),
    };
    let after = noun.as_ref().map_or(end, |(i, _)| i + 1);
    let measure = put_at(numbers, view, first, clause)
        .or_else(|| measure_near(numbers, view, first, after, clause).map(|(m, _)| m));
    // "one used by tax officials": a verb, not a counted thing.
    let noun = noun.filter(|(i, n)| {
        !(n.ends_with("ed") || n.ends_with("ing")) || numbers.measure_at(view.lower, *i).is_some()
    });
    // "tens of thousands of Greeks": a people, counted as people; "110 billion EU": no noun.
    let noun = match noun {
        Some((i, _)) if glued_unit.is_none() && view.capital(i) => {
            if view.tok(i).ends_with('s') && view.tok(i)[1..].chars().all(char::is_lowercase) {
                Some((i, "people".to_string()))
            } else {
                None
            }
        }
        other => other,
    };
    if let Some(unit) = glued_unit {
        // "a 12-member panel": members of the panel.
        let holder = noun_after(view, end, clause.1).map(|(_, h)| canonical(&h));
        return f.read(FactKind::Count, canonical(unit), holder, None);
    }
    // "the two leaders", "their three children": a reference to a known group, not a
    // count anyone states.
    let reference = first > 0
        && matches!(
            view.low(first - 1),
            "the" | "these" | "those" | "their" | "its" | "his" | "her" | "our"
        )
        && f.q.text.split_whitespace().count() == 1;
    if reference && measure.is_none() {
        return None;
    }
    match noun {
        None => f.read(FactKind::Count, measure?, None, None),
        Some((_, n)) if reader.people.contains(n.as_str()) => {
            f.read(FactKind::Count, measure?, None, None)
        }
        // People of one kind ("workers", "soldiers") are counted only by what happened
        // to them, and are its holder.
        Some((_, n)) if reader.persons.contains(n.as_str()) => {
            f.read(FactKind::Count, measure?, Some(n), None)
        }
        Some((i, n)) => {
            if glued_unit.is_none()
                && let Some((m, _)) = numbers.measure_at(view.lower, i)
            {
                return f.read(FactKind::Count, m, None, None);
            }
            match measure {
                Some(m) if !reader.damage.contains(m.as_str()) && glued_unit.is_none() => {
                    f.read(FactKind::Count, m, Some(canonical(&n)), None)
                }
                _ => {
                    let holder =
                        glued_unit.and_then(|_| noun_after(view, end, clause.1).map(|(_, h)| h));
                    f.read(FactKind::Count, canonical(&n), holder, None)
                }
            }
        }
    }
}
