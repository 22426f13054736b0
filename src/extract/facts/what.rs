//! What a figure is: its kind (count, age, magnitude, money …), its unit, and the thing it
//! measures, normalised by the rules ("ten killed" and "ten dead" are both `killed`; "seven
//! villages destroyed" and "five villages damaged" are both counts of `village`).

use crate::extract::claim::Quantity;
use crate::extract::english::is_finite_verb;
use crate::extract::fact::{Amount, Fact, FactKind, FactValue};
use crate::extract::numbers::{NumberReader, currency_word, is_number_word, singular, singular_of};
use crate::rules::RuleSet;
use crate::words::is_stop_word;

use super::figure::{Figure, age, count, length, magnitude, money, percent, period};
use super::{FactReader, View, head, holder, kind_of_unit, term};

/// What a figure was read as.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Read {
    pub(super) kind: FactKind,
    pub(super) what: String,
    pub(super) holder: Option<String>,
    pub(super) unit: Option<String>,
    pub(super) vague: bool,
    /// How the counted things were hit ("destroyed"), for a count of things.
    pub(super) degree: Option<String>,
}

/// Prepositions the stop words leave out.
pub(super) fn preposition(word: &str) -> bool {
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

/// Forms of "be" and "have" that follow a subject: "people were", "the jet has".
fn be_or_have(word: &str) -> bool {
    matches!(word, "were" | "was" | "are" | "is" | "had" | "have" | "has")
}

/// Words that start no noun phrase after a figure though they are not stop words.
fn ends_noun_phrase(word: &str) -> bool {
    be_or_have(word) || matches!(word, "people" | "who" | "killed" | "worth" | "valued")
}

/// Verbs and particles passed over when looking for the thing a share is of: "stocks
/// plunged 5.4 per cent", "closed down 3.9 percent".
pub(super) fn movement(word: &str) -> bool {
    word.ends_with("ed")
        || matches!(
            word,
            "down"
                | "up"
                | "by"
                | "rose"
                | "fell"
                | "fallen"
                | "risen"
                | "grown"
                | "sunk"
                | "shrunk"
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

/// A figure that is part of a name: "a Number 10 spokesperson" (Downing Street), "the No.
/// 2 official" (a rank).
fn named_number(view: &View<'_>, first: usize) -> bool {
    let before = first.checked_sub(1).map_or("", |i| view.tok(i));
    let no_dot = first >= 2 && before == "." && view.tok(first - 2) == "No";
    before == "Number" || before == "No" || no_dot
}

/// "5pm", "11am": a time of day written with its half, read as a figure with a unit; it
/// counts nothing.
fn time_of_day(q: &Quantity) -> bool {
    matches!(q.unit.as_deref(), Some("pm" | "am" | "p.m." | "a.m."))
}

/// Units of time.
fn time_unit(unit: &str) -> bool {
    matches!(kind_of_unit(unit), Some(FactKind::Duration))
}

/// Compass words of "58km south-west of Bandar Abbas".
pub(super) fn direction(word: &str) -> bool {
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

/// "one woman and two men died": two counts of people joined by "and", as one count (3), and
/// so "a man and two women" or "two women and a man"; its amount, the index of the last
/// figure it takes, and the span.
pub(super) fn coordinated(
    reader: &FactReader,
    view: &View<'_>,
    quantities: &[Quantity],
    qi: usize,
) -> Option<(Amount, usize, crate::article::Span)> {
    let a = quantities.get(qi)?;
    let a_first = view.token_at(a.span.start);
    let a_end = view.token_at(a.span.end);
    let person = |i: usize| {
        view.tokens.get(i).is_some_and(|t| t.is_word()) && {
            let noun = singular_of(view.low(i));
            reader.people.contains(&*noun) || reader.persons.contains(&*noun)
        }
    };
    let one = |i: usize| matches!(view.low(i), "a" | "an");
    // "a man and two women", "two women and a man": one person beside the count.
    if person(a_end) {
        let before = a_first >= 3
            && one(a_first - 3)
            && person(a_first - 2)
            && view.low(a_first - 1) == "and";
        let after = view.low(a_end + 1) == "and" && one(a_end + 2) && person(a_end + 3);
        let (start, last) = match (before, after) {
            (true, false) => (a_first - 3, a_end),
            (false, true) => (a_first, a_end + 3),
            _ => (a_first, a_first),
        };
        if last > start {
            let span = view.span(start, last + 1);
            return Some((
                Amount {
                    text: span.of(view.text).to_string(),
                    low: a.low + 1.0,
                    high: a.high.map(|h| h + 1.0),
                    unit: None,
                },
                qi,
                span,
            ));
        }
    }
    let b = quantities.get(qi + 1)?;
    let b_first = view.token_at(b.span.start);
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

/// The count of each kind in a sum of people of two kinds: "152 passengers and six crew"
/// aboard also gives 152 passengers and six crew aboard, each with its kind as holder. None
/// when the sum is of one kind, not a count, or of people in general ("two women and one
/// man" are three dead, and only that: one disagreement, one finding).
pub(super) fn parts_of_sum(
    reader: &FactReader,
    view: &View<'_>,
    rules: &RuleSet,
    sum: &Fact,
    figures: [&Quantity; 2],
) -> Vec<Fact> {
    if sum.kind != FactKind::Count || sum.frame.holder.is_some() {
        return Vec::new();
    }
    let nouns = figures.map(|q| view.token_at(q.span.end));
    let kinds = nouns.map(|i| singular_of(view.low(i)));
    if kinds[0] == kinds[1] || !kinds.iter().all(|k| reader.persons.contains(k.as_ref())) {
        return Vec::new();
    }
    figures
        .iter()
        .zip(nouns)
        .zip(kinds)
        .map(|((q, noun), kind)| {
            let span = view.span(view.token_at(q.span.start), noun + 1);
            let mut part = sum.clone();
            part.value = FactValue::Amount(Amount {
                text: span.of(view.text).to_string(),
                low: q.low,
                high: q.high,
                unit: None,
            });
            part.span = span;
            part.frame.holder = Some(rules.canonical_lower(&kind).to_string());
            part
        })
        .collect()
}

/// The head of the noun phrase right after a figure ending at token `from` ("three bank
/// workers" → workers, "12 worst-hit villages" → villages), skipping a bracketed
/// conversion; its token and its singular in lower case.
pub(super) fn noun_after(view: &View<'_>, from: usize, end: usize) -> Option<(usize, String)> {
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
        // "seven largely Muslim countries": an adverb qualifies the word after it (a
        // participle too: "randomly selected precincts"); after the head it ends the
        // phrase ("staff already indicted").
        if head::adverb(w) {
            if head.is_some() && !head::adjective_before_plural(view, i) {
                break;
            }
            i += 1;
            continue;
        }
        let name_inside = view.capital(i) && head::name_inside(view, i, end);
        if words > 0
            && ((view.capital(i) && !name_inside)
                || w.ends_with("ed")
                || w.ends_with("ing")
                || verb(w))
        {
            break;
        }
        head = Some((i, singular(w)));
        words += 1;
        i += 1;
        // A plural ends the phrase: "four men drove", "two helicopters began"; unless it
        // qualifies a plural after it ("immigrant rights activists").
        if w == "people"
            || w == "men"
            || w == "women"
            || w == "children"
            || (w.ends_with('s')
                && !w.ends_with("ss")
                && !w.ends_with("ous")
                && w.len() > 3
                && !(words < 4 && head::plural_modifier(view, i - 1)))
        {
            break;
        }
    }
    head
}

/// Words that may stand between a figure's noun phrase and its measure: "people were
/// also killed", "had been injured", "were seriously injured", "were slightly hurt".
fn auxiliary(word: &str) -> bool {
    be_or_have(word)
        || manner(word)
        || matches!(
            word,
            "been"
                | "being"
                | "be"
                | "also"
                | "still"
                | "reportedly"
                | "later"
                | "all"
                | "either"
                | "each"
        )
}

/// An adverb of degree or manner before a participle: "seriously", "slightly",
/// "critically", "badly": a word of five letters or more in "-ly", save nouns and
/// adjectives of that shape.
fn manner(word: &str) -> bool {
    word.len() >= 5
        && word.ends_with("ly")
        && !matches!(
            word,
            "family" | "supply" | "rally" | "daily" | "weekly" | "monthly" | "yearly" | "assembly"
        )
}

/// Words that may stand between a measure and the figure after it: "killing at least 10",
/// "the death toll rose to 10", "wounding other 70".
fn linking(word: &str) -> bool {
    moved_to(word)
        || matches!(
            word,
            "to" | "at"
                | "declined"
                | "decreased"
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

/// Verbs by which a holder has things: "the block held 40 apartments", "people held
/// tickets". Of people, "held" is also an arrest ("were held", "police held 12 people").
pub(super) fn holding(word: &str) -> bool {
    matches!(
        word,
        "held" | "holds" | "hold" | "holding" | "contained" | "contains"
    )
}

/// Whether the verb at token `verb` is in the active voice with an object of its own: no
/// form of "be" before it, and after it a determiner or a plain lower-case word that says
/// no time, manner or place ("held a rally", "held day tickets", "held talks"; never "held
/// overnight", "held in custody", "held Tuesday", "held for two days").
fn has_object(view: &View<'_>, verb: usize) -> bool {
    let passive = verb.checked_sub(1).is_some_and(|b| {
        matches!(
            view.low(b),
            "were" | "was" | "been" | "be" | "being" | "are" | "is" | "get" | "got"
        )
    });
    let next = verb + 1;
    if passive || next >= view.tokens.len() || !view.tokens[next].is_word() || view.capital(next) {
        return false;
    }
    let word = view.low(next);
    let determiner = matches!(
        word,
        "a" | "an" | "the" | "their" | "his" | "her" | "its" | "our" | "my" | "your" | "some"
    );
    let adverbial = manner(word)
        || preposition(word)
        || word.ends_with("ing")
        || matches!(
            word,
            "yesterday"
                | "today"
                | "tonight"
                | "overnight"
                | "earlier"
                | "later"
                | "last"
                | "so"
                | "since"
                | "there"
                | "here"
                | "hostage"
                | "captive"
                | "prisoner"
        );
    determiner || !(is_stop_word(word) || adverbial)
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
pub(super) fn measure_near(
    numbers: &NumberReader,
    view: &View<'_>,
    first: usize,
    after: usize,
    clause: (usize, usize),
) -> Option<(String, usize)> {
    // "the personal data of 2.3 million customers": a measure whose "of" owns the figure
    // comes before what the clause says after it ("… had been stolen").
    if first > clause.0
        && view.low(first - 1) == "of"
        && let Some(found) = measure_ending_at(numbers, view, first - 1, clause)
    {
        return Some(found);
    }
    let after = past_apposition(view, after, clause.1).unwrap_or(after);
    let mut i = after;
    // "800,000 households in Tesland lost power": past the place named right after the
    // noun, to what happened to them.
    if matches!(view.low(i), "in" | "across" | "near") && view.capital(i + 1) {
        let past = (i + 1..(i + 4).min(clause.1))
            .find(|&k| !view.capital(k))
            .unwrap_or(clause.1);
        if numbers.measure_at(view.lower, past).is_some() || auxiliary(view.low(past)) {
            i = past;
        }
    }
    let start = i;
    // "forced 3,000 people from their homes": where they were driven from says what
    // happened to them, unless a measure before the figure says it ("rescued 40 people
    // from their homes").
    let mut driven_from = None;
    while i < clause.1 && i < start + 5 {
        if let Some((m, len)) = numbers
            .measure_at(view.lower, i)
            .or_else(|| super::hospital::named_at(numbers, view, i))
        {
            if matches!(view.low(i), "from" | "out") {
                driven_from = Some((m, i));
                break;
            }
            // "9,000 people held day tickets", "a dozen states held contests": a verb of
            // holding with an object of its own says what they hold, not that they were
            // held ("were held", "held in custody" and "held overnight" still are).
            if len == 1 && holding(view.low(i)) && has_object(view, i) {
                break;
            }
            return Some(done_to(numbers, view, i, len, clause).unwrap_or((m, i)));
        }
        // "Twelve people spent the night stranded": the state they spent the time in.
        if i == after
            && let Some(found) = spent_in(numbers, view, i, clause.1)
        {
            return Some(found);
        }
        // "forced 6,000 people to evacuate": what they were made to do; "seven cavers who
        // had been trapped": what the relative clause says was done to them; "were left
        // stranded": the state a passive "left" leaves them in.
        let relative = i == after && matches!(view.low(i), "who" | "that");
        let left = i > start
            && view.low(i) == "left"
            && matches!(
                view.low(i - 1),
                "were" | "was" | "been" | "are" | "is" | "be"
            );
        if !(auxiliary(view.low(i)) || relative || left || (i == after && view.low(i) == "to")) {
            break;
        }
        i += 1;
    }
    let mut j = first;
    let mut moved = false;
    // "the death toll will rise from 10 to 15": the new value's measure is read before
    // the verb of change and the words that lead to it.
    if let Some(verb) = super::change::verb_of_new_value(view, first).filter(|&v| v > clause.0) {
        j = verb;
        moved = true;
        while j > clause.0
            && matches!(
                view.low(j - 1),
                "will"
                    | "would"
                    | "could"
                    | "may"
                    | "might"
                    | "to"
                    | "be"
                    | "been"
                    | "is"
                    | "are"
                    | "was"
                    | "were"
                    | "has"
                    | "have"
                    | "had"
                    | "set"
                    | "due"
            )
        {
            j -= 1;
        }
    }
    let origin = j;
    while j > clause.0 && origin - j < 5 {
        j -= 1;
        if let Some(found) = measure_ending_at(numbers, view, j, clause) {
            return Some(found);
        }
        if !linking(view.low(j)) {
            // "the death toll from Thursday's derailment rose to 10": past the phrase that
            // says of what, to the measure whose figure moved; "revenue for the quarter was
            // $4.2 billion": past the period it is for.
            return (moved || period(view.low(j)))
                .then(|| measure_before_phrase(numbers, view, j, clause))
                .flatten()
                .or(driven_from);
        }
        moved |= moved_to(view.low(j));
    }
    driven_from
}

/// A phrase set off by commas right after a counted noun that says which of them: "Forty
/// people, most of them children, were killed", "45 vehicles, many of them lorries, were
/// trapped", "30 people, including 12 children, died". At the comma at token `at`, the
/// token after the closing comma, within the clause ending at `end`.
fn past_apposition(view: &View<'_>, at: usize, end: usize) -> Option<usize> {
    if view.low(at) != "," {
        return None;
    }
    let which = view.low(at + 1);
    let share = matches!(
        which,
        "most" | "many" | "some" | "all" | "several" | "half" | "none" | "both" | "few"
    ) || is_number_word(which)
        || which.starts_with(|c: char| c.is_ascii_digit());
    let opens = match which {
        "including" => true,
        "among" => view.low(at + 2) == "them",
        _ => share && view.low(at + 2) == "of" && matches!(view.low(at + 3), "them" | "whom"),
    };
    if !opens {
        return None;
    }
    let close = (at + 2..end.min(at + 12)).find(|&k| view.low(k) == ",")?;
    Some(close + 1)
}

/// "spent nearly four hours stuck", "spent the night trapped": at token `i` a verb of
/// spending, a span of time within a few words and the measure right after it, with the
/// token it is at.
fn spent_in(
    numbers: &NumberReader,
    view: &View<'_>,
    i: usize,
    end: usize,
) -> Option<(String, usize)> {
    if !matches!(view.low(i), "spent" | "spend" | "spending") {
        return None;
    }
    let span = (i + 1..(i + 5).min(end)).find(|&k| {
        let unit = singular_of(view.low(k));
        unit == "night" || time_unit(&unit)
    })?;
    numbers
        .measure_at(view.lower, span + 1)
        .map(|(m, _)| (m, span + 1))
}

/// What happened to people a measure names by who they are, said right after it (past
/// auxiliaries): "4,500 residents from their homes" were evacuated, "20 protesters were
/// arrested". The first measure is a plural noun of one word (residents, protesters,
/// hostages), never a participle ("rescued from their homes" stays rescued); the second a
/// participle or a phrase ("12 hostages held" stays a count of hostages).
fn done_to(
    numbers: &NumberReader,
    view: &View<'_>,
    at: usize,
    len: usize,
    clause: (usize, usize),
) -> Option<(String, usize)> {
    let noun = view.low(at);
    if len != 1 || !noun.ends_with('s') || noun.ends_with("ss") {
        return None;
    }
    let mut k = at + 1;
    while k < clause.1 && k < at + 4 {
        if let Some((m, len)) = numbers.measure_at(view.lower, k) {
            let done = len > 1 || view.low(k).ends_with("ed") || view.low(k) == "hurt";
            return done.then_some((m, k));
        }
        if !auxiliary(view.low(k)) {
            return None;
        }
        k += 1;
    }
    None
}

/// Verbs by which a measure reaches its figure: "rose to", "stood at", "reached".
fn moved_to(word: &str) -> bool {
    matches!(
        word,
        "rose"
            | "risen"
            | "fell"
            | "dropped"
            | "jumped"
            | "grew"
            | "increased"
            | "climbed"
            | "reached"
            | "stood"
            | "totalled"
            | "totaled"
    )
}

/// A measure just before a short phrase of what it is of, ending at token `last`: "the
/// death toll [from Thursday's derailment]", "the number killed [in the attacks]". The
/// phrase opens with a preposition and holds no comma or verb.
fn measure_before_phrase(
    numbers: &NumberReader,
    view: &View<'_>,
    last: usize,
    clause: (usize, usize),
) -> Option<(String, usize)> {
    let mut k = last;
    while k > clause.0 && last - k < 6 {
        let w = view.low(k);
        if matches!(w, "," | ";" | ":") || verb(w) || moved_to(w) || be_or_have(w) {
            return None;
        }
        if matches!(w, "from" | "in" | "of" | "after" | "for") {
            return measure_ending_at(numbers, view, k - 1, clause);
        }
        k -= 1;
    }
    None
}

/// A measure phrase of at most three words that ends at token `j` (within the clause), with
/// the token it starts at.
fn measure_ending_at(
    numbers: &NumberReader,
    view: &View<'_>,
    j: usize,
    clause: (usize, usize),
) -> Option<(String, usize)> {
    (0..3).find_map(|back| {
        let s = j.checked_sub(back).filter(|&s| s >= clause.0)?;
        let (m, len) = numbers.measure_at(view.lower, s)?;
        (s + len == j + 1).then_some((m, s))
    })
}

/// "put the march at 30,000", "put the quake's magnitude at 5.7": the thing put.
pub(super) fn put_at(
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
pub(super) fn glued(q: &Quantity) -> bool {
    let Some(unit) = q.unit.as_deref() else {
        return false;
    };
    let Some(last) = q.text.split_whitespace().last() else {
        return false;
    };
    // Most figures are written in small letters already: lowered without a copy.
    let last = crate::words::lower_case(last);
    let numeric = last.starts_with(|c: char| c.is_ascii_digit() || "$€£?".contains(c))
        || last
            .split_once('-')
            .is_some_and(|(n, _)| crate::extract::numbers::is_number_word(n));
    numeric && (last.ends_with(unit) || singular_of(&last).ends_with(unit))
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
            && (singular_of(w) == q.unit.as_deref().unwrap_or_default()
                || currency_word(w).is_some()
                || w == "percent") =>
        {
            end + 1
        }
        "%" => end + 1,
        // "43.5 degrees Celsius", "110 °F".
        "degrees" | "degree" | "°"
            if crate::extract::numbers::temperature_scale(view.low(end + 1)).is_some() =>
        {
            end + 2
        }
        // "190 km/h", "100 miles per hour".
        _ => crate::extract::numbers::speed_at(view.lower, end).map_or(end, |(_, len)| end + len),
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
    // "A magnitude 7 quake can cause heavy damage": a general statement, not a fact.
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
    if after_month
        || dimension
        || q.unit.as_deref() == Some("s")
        || named_number(view, first)
        || time_of_day(q)
    {
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
    if let Some(person) = person_of_age(reader, view, &figure) {
        return figure.read(
            FactKind::Age,
            "age".to_string(),
            Some(person),
            Some("year".to_string()),
        );
    }
    // "behaving like a 12-year-old", "children as young as 4-years-old": an age of no one
    // named, and no count.
    if unit.is_some_and(|u| u.ends_with("-old")) {
        return None;
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
        // The rank's own noun, even a unit of time ("its ninth day").
        // "The closure was the second at the airport this year": with no noun after it,
        // the rank is of the subject the copula ranks.
        let (at, noun) =
            noun_after(view, end, clause.1).or_else(|| ranked_subject(view, first, clause.0))?;
        // "for the first time" is an idiom, not a rank.
        if noun == "time" {
            return None;
        }
        // The rank of an event held again and again is its edition: "the 24th edition",
        // "the 37th Orsa marathon", "the festival, now in its 25th year".
        if yearly_event_after(reader, view, end, clause.1) {
            return figure.read(FactKind::Ordinal, "edition".to_string(), None, None);
        }
        if time_unit(&noun) {
            // "the strike entered its ninth day", "the third straight day of protests":
            // the rank of a day is of what runs that long, named after "of" or as the
            // subject of "its"; with neither ("on the second day"), of nothing known.
            if noun == "year"
                && apposed_noun(view, first).is_some_and(|n| reader.recurring.contains(&*n))
            {
                return figure.read(FactKind::Ordinal, "edition".to_string(), None, None);
            }
            let holder = day_of(reader, view, at, first, clause)?;
            if noun == "year" && reader.recurring.contains(singular(&holder).as_str()) {
                return figure.read(FactKind::Ordinal, "edition".to_string(), None, None);
            }
            return figure.read(
                FactKind::Ordinal,
                canonical(&noun),
                Some(canonical(&holder)),
                None,
            );
        }
        return figure.read(FactKind::Ordinal, canonical(&noun), None, None);
    }
    match unit {
        Some("percent") => percent(reader, view, &figure).map(|what| Read {
            kind: FactKind::Percent,
            what: canonical(&what),
            // A share of a whole ("23.1 percent of the vote") is its subject's.
            holder: (view.low(figure.end) == "of")
                .then(|| holder::share_holder(view, first, clause.0))
                .flatten(),
            unit: Some("percent".to_string()),
            vague,
            degree: None,
        }),
        // The thing valued as the rules name it: one outlet's "contract" is another's "deal".
        Some(u) if kind_of_unit(u) == Some(FactKind::Money) => {
            money(numbers, view, &figure).map(|mut read| {
                if let Some(h) = read.holder.as_mut()
                    && !h.starts_with(char::is_uppercase)
                {
                    *h = canonical(h);
                }
                read
            })
        }
        Some(u) if time_unit(u) => {
            // "a 24-hour strike": the noun after; "20 minutes after take-off": the time
            // from that event; "lasted 30 seconds": the word before.
            // A glued unit with no noun after it qualifies a noun further on ("an
            // eight-year, $180 million contract"): no duration of its own.
            let glued_unit = glued(q);
            let noun = glued_unit
                .then(|| noun_after(view, figure.end, clause.1))
                .flatten()
                .map(|(_, n)| n);
            if glued_unit && noun.is_none() {
                return None;
            }
            // "nearly 20 minutes of bidding", "three days of talks": the activity the span
            // was spent in, named right after "of" ("two years of his sentence" is a part
            // of something else).
            let noun = noun.or_else(|| {
                if view.low(figure.end) != "of" {
                    return None;
                }
                let (at, n) = noun_after(view, figure.end + 1, clause.1)?;
                (at == figure.end + 1).then_some(n)
            });
            // "after nearly three days underground": the state the span was spent in.
            let noun = noun.or_else(|| {
                let state = view.low(figure.end);
                matches!(
                    state,
                    "underground" | "adrift" | "missing" | "trapped" | "stuck" | "stranded"
                )
                .then(|| state.to_string())
            });
            // "would delay a decision for another 30 days", "wait another 30 days before
            // deciding": the verb the span belongs to, when the rules name it.
            let noun = noun.or_else(|| super::timed::verb_of_span(rules, view, first, clause.0));
            let noun = noun.or_else(|| {
                let from = view.low(figure.end);
                if !matches!(from, "after" | "before") {
                    return None;
                }
                // "trapped for 38 hours after heavy rain flooded the passage": a span of
                // what came before "for", not a time from the event after it.
                if first > 0 && view.low(first - 1) == "for" {
                    return None;
                }
                let mut at = figure.end + 1;
                while matches!(view.low(at), "the" | "a" | "an" | "its" | "their") {
                    at += 1;
                }
                noun_after(view, at, clause.1).map(|(_, n)| format!("{from} {n}"))
            });
            // "the second breach in three years", "within two weeks": a span counted over,
            // not how long something lasted.
            if noun.is_none()
                && first > 0
                && matches!(view.low(first - 1), "in" | "within" | "inside")
            {
                return None;
            }
            let what = noun.or_else(|| {
                // "for a final 30 days": past the words that qualify the span.
                let word = (clause.0..first).rev().take(4).find(|&i| {
                    view.tokens[i].is_word()
                        && !is_stop_word(view.low(i))
                        && !super::timed::qualifies_span(view.low(i))
                })?;
                // "at large for nearly five hours", "on the loose for about two hours":
                // a phrase the rules' synonyms know, ending at the word.
                let phrase = (1..=2).rev().find_map(|n| {
                    let start = word.checked_sub(n).filter(|&s| s >= clause.0)?;
                    let phrase = view.lower[start..=word].join(" ");
                    rules.has_synonyms(&phrase).then_some(phrase)
                });
                if let Some(phrase) = phrase {
                    return Some(rules.canonical_lower(&phrase).to_string());
                }
                Some(what_lasted(view, word).unwrap_or_else(|| {
                    // "was not discovered for nearly seven hours": what the rules call a
                    // verb denied ("unnoticed"), when they name it.
                    let denied = word
                        .checked_sub(1)
                        .filter(|&n| matches!(view.low(n), "not" | "never"))
                        .map(|n| format!("{} {}", view.low(n), view.low(word)));
                    match denied {
                        Some(phrase) if rules.canonical_lower(&phrase) != phrase => {
                            rules.canonical_lower(&phrase).to_string()
                        }
                        _ => view.low(word).to_string(),
                    }
                }))
            })?;
            let what = term::of(reader, rules, view, first, clause.0, unit, canonical(&what));
            figure.read(FactKind::Duration, what, None, unit.map(str::to_string))
        }
        // "44.1C", "43.5 degrees Celsius", "more than 110F": a temperature, whatever
        // the words around it; its place and day are its frame.
        Some(u @ ("celsius" | "fahrenheit")) => {
            (!temperature_change(view, first, figure.end, clause)).then(|| Read {
                kind: FactKind::Measure,
                what: "temperature".to_string(),
                holder: None,
                unit: Some(u.to_string()),
                vague,
                degree: None,
            })
        }
        // "degrees" with no scale may be an angle: not read.
        Some("degree") => None,
        Some(u) if rules.numbers.conversion.iter().any(|c| c.unit == u) || u == "square" => {
            length(reader, numbers, rules, view, &figure)
        }
        _ => count(reader, numbers, rules, view, &figure),
    }
}

/// Whether a temperature at tokens `[first, end)` is a change of one, not a reading:
/// "rose by 5C", "limiting warming to 1.5 degrees Celsius (2.7 degrees Fahrenheit) over
/// the old average", "3C warmer than usual". A change in Fahrenheit converts with
/// no offset, so it is not read as a temperature.
fn temperature_change(view: &View<'_>, first: usize, end: usize, clause: (usize, usize)) -> bool {
    (first > 0 && view.low(first - 1) == "by")
        || (end..end + 4).any(|i| {
            matches!(
                view.low(i),
                "above" | "below" | "warmer" | "hotter" | "cooler" | "colder" | "higher" | "lower"
            )
        })
        || (clause.0..first).any(|i| {
            matches!(
                view.low(i),
                "warming" | "rise" | "rises" | "increase" | "increases" | "change" | "anomaly"
            )
        })
}

/// What a ranked day (week, year) at token `unit` is of, when the rank counts a run of
/// the story's own event: the noun after "of" a straight run ("the third straight day of
/// protests" → protest), or the subject a possessive before the rank at `first` refers to
/// ("The dock strike at Brennport entered its ninth day" → strike), the noun after "of"
/// when the rank names a day told before it ("on Sunday, the second day of the search"),
/// or the event a verb before "for" is made from ("searched for a third day" → search).
/// "On the first day of the trial" singles out one day of many, and "the first week of
/// March" is a date: no run.
fn day_of(
    reader: &FactReader,
    view: &View<'_>,
    unit: usize,
    first: usize,
    clause: (usize, usize),
) -> Option<String> {
    let skip = |mut i: usize| {
        while matches!(view.low(i), "the" | "a" | "an" | "its" | "their") {
            i += 1;
        }
        i
    };
    let run =
        (first..unit).any(|i| matches!(view.low(i), "straight" | "consecutive" | "successive"));
    // "on Sunday, the second day of the search": the rank of a day named before it.
    let named_day = first >= 3
        && view.low(first - 1) == "the"
        && view.low(first - 2) == ","
        && weekday(view.low(first - 3));
    // "Rescuers searched for a third day": a run of what the verb before it does.
    let for_run =
        first >= 2 && matches!(view.low(first - 1), "a" | "the") && view.low(first - 2) == "for";
    if (run || named_day || for_run) && view.low(unit + 1) == "of" {
        return noun_after(view, skip(unit + 2), clause.1)
            .filter(|&(i, _)| crate::date::month_from_name(view.tok(i)).is_none())
            .map(|(_, n)| n);
    }
    if for_run && first >= 3 {
        let verb = view.low(first - 3);
        let stem = verb.strip_suffix("ed")?;
        return [stem.to_string(), format!("{stem}e")]
            .into_iter()
            .find(|s| reader.events.contains(s.as_str()));
    }
    if first == 0 || !matches!(view.low(first - 1), "its" | "their") {
        return None;
    }
    noun_after(view, skip(clause.0), first - 1)
        .filter(|&(i, _)| !view.capital(i) || i == clause.0)
        .map(|(_, n)| n)
}

/// The words from token `from` on name an event held again and again, right after its rank
/// or past a name before it: "24th edition", "37th Orsa marathon", "25th Dunmere Winter
/// Lights Festival".
fn yearly_event_after(reader: &FactReader, view: &View<'_>, from: usize, end: usize) -> bool {
    for i in from..end.min(from + 5) {
        if reader.recurring.contains(&*singular_of(view.low(i))) {
            return true;
        }
        if !view.capital(i) {
            return false;
        }
    }
    false
}

/// "the race, now in its 38th year": the noun that "in its" and the rank at `first` are
/// set beside, past a comma.
fn apposed_noun<'v>(view: &'v View<'_>, first: usize) -> Option<std::borrow::Cow<'v, str>> {
    if first < 4 || view.low(first - 1) != "its" || view.low(first - 2) != "in" {
        return None;
    }
    let mut k = first - 3;
    while k > 0 && matches!(view.low(k), "now" | "still" | "already") {
        k -= 1;
    }
    (k > 0 && view.low(k) == ",").then(|| singular_of(view.low(k - 1)))
}

/// "The closure was the second …": the subject a copula before "the" and the rank at
/// `first` ranks, a common noun right before the copula (no further back than `start`).
fn ranked_subject(view: &View<'_>, first: usize, start: usize) -> Option<(usize, String)> {
    if first < start + 3
        || view.low(first - 1) != "the"
        || !matches!(view.low(first - 2), "was" | "is")
    {
        return None;
    }
    let subject = first - 3;
    let word = view.low(subject);
    (view.tokens.get(subject).is_some_and(|t| t.is_word())
        && !view.capital(subject)
        && !is_stop_word(word)
        && !crate::extract::english::is_pronoun(word))
    .then(|| (subject, singular(word)))
}

/// A day of the week in lower case.
fn weekday(word: &str) -> bool {
    matches!(
        word,
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    )
}

/// What a verb of lasting at token `verb` measures: its subject ("the quake lasted 30
/// seconds", "a trial that lasted 11 weeks", "the strike, which lasted two days", "the
/// rescue took up to seven hours"), so that it meets "a 30-second quake" and "a nine-week
/// trial".
fn what_lasted(view: &View<'_>, verb: usize) -> Option<String> {
    if !matches!(
        view.low(verb),
        "lasted" | "lasting" | "lasts" | "last" | "took" | "takes" | "taking"
    ) {
        return None;
    }
    let mut at = verb.checked_sub(1)?;
    while matches!(
        view.low(at),
        "that" | "which" | "," | "had" | "has" | "only" | "just"
    ) {
        at = at.checked_sub(1)?;
    }
    let word = view.low(at);
    (view.tokens[at].is_word() && !view.capital(at) && !is_stop_word(word))
        .then(|| word.to_string())
}

/// "A woman of 71 was taken to hospital", "a man of 40, from Orsby,": a figure after "of"
/// and one person ("a" or "an" and a singular noun of people) is that person's age, no
/// count. "a group of 71", "a crew of 19" and "a total of 71 people" count; so does a
/// figure with a noun after it ("a man of 40 years' standing" aside, copy writes "a man
/// of 40").
fn person_of_age(reader: &FactReader, view: &View<'_>, f: &Figure<'_>) -> Option<String> {
    let (q, first, end) = (f.q, f.first, f.end);
    if first < f.clause.0 + 3 || view.low(first - 1) != "of" {
        return None;
    }
    let noun = view.low(first - 2);
    let person = (reader.people.contains(noun) || reader.persons.contains(noun))
        && singular(noun) == noun
        && view.tokens[first - 2].is_word()
        && !view.capital(first - 2);
    let one = matches!(view.low(first - 3), "a" | "an");
    let plain_age = q.unit.is_none()
        && q.high == Some(q.low)
        && q.low.fract() == 0.0
        && (1.0..=110.0).contains(&q.low)
        && !q.text.chars().any(|c| c == '.' || c == ',');
    // Nothing counted after it: punctuation, a verb or a clause of its own.
    let after = view.low(end);
    let ends = !view.tokens.get(end).is_some_and(|t| t.is_word())
        || is_finite_verb(after)
        || matches!(after, "who" | "and" | "from" | "with");
    (person && one && plain_age && ends).then(|| noun.to_string())
}
