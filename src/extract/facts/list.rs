//! Members of a list: "the cessation of hostilities will not apply to terrorist groups,
//! including Islamic State, al-Nusra and others" makes two facts, Islamic State and al-Nusra
//! excluded from the truce; "al-Nusra Front, which … should be excluded from any cease-fire"
//! makes a third. The relations come from the rules (`[[facts.relation]]`).

use crate::extract::fact::{Fact, FactKind, FactValue, Frame};
use crate::rules::RuleSet;
use crate::words::is_stop_word;

use super::{FactReader, View};

/// A phrase of a list relation, split into lower-case words.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct RelationPhrase {
    pub(crate) words: Vec<String>,
    /// The relation's `what` ("excluded from").
    pub(crate) what: String,
    /// The members come before the phrase and the thing after it.
    pub(crate) members_first: bool,
    /// For a phrase with the members inside it ("names * as defendants"), the words that
    /// may follow the members (one list for each phrase with these first words); empty for
    /// the others.
    pub(crate) tails: Vec<Vec<String>>,
    /// The thing the rules give every list of the relation, if any.
    pub(crate) thing: Option<String>,
}

impl RelationPhrase {
    /// Words one of which every sentence holding the phrase holds: the last word of each
    /// tail for a phrase with the members inside it (rarer than its verb), else the first
    /// word.
    pub(crate) fn telling_words(&self) -> Vec<&str> {
        if self.tails.is_empty() {
            self.words.first().map(String::as_str).into_iter().collect()
        } else {
            self.tails
                .iter()
                .filter_map(|t| t.last().map(String::as_str))
                .collect()
        }
    }
}

/// Every phrase of the rules' relations, longest first.
pub(super) fn phrases(rules: &RuleSet) -> Vec<RelationPhrase> {
    let mut out: Vec<RelationPhrase> = rules
        .facts
        .relation
        .iter()
        .flat_map(|r| {
            let split = |p: &str| p.split_whitespace().map(str::to_lowercase).collect();
            let phrase = move |words: Vec<String>, members_first: bool, tails: Vec<Vec<String>>| {
                RelationPhrase {
                    words,
                    what: r.what.clone(),
                    members_first,
                    tails,
                    thing: r.thing.clone(),
                }
            };
            // Phrases with the members inside them, one for each first words, with every
            // tail that may follow.
            let mut between: Vec<(Vec<String>, Vec<Vec<String>>)> = Vec::new();
            for p in &r.members_between {
                let Some((head, tail)) = p.split_once('*') else {
                    continue;
                };
                let (head, tail): (Vec<String>, Vec<String>) = (split(head), split(tail));
                if head.is_empty() || tail.is_empty() {
                    continue;
                }
                match between.iter_mut().find(|(h, _)| *h == head) {
                    Some((_, tails)) => tails.push(tail),
                    None => between.push((head, vec![tail])),
                }
            }
            r.object_first
                .iter()
                .map(move |p| phrase(split(p), false, Vec::new()))
                .chain(
                    r.members_first
                        .iter()
                        .map(move |p| phrase(split(p), true, Vec::new())),
                )
                .chain(
                    between
                        .into_iter()
                        .map(move |(head, tails)| phrase(head, false, tails)),
                )
        })
        .filter(|p| !p.words.is_empty())
        .collect();
    out.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
    out
}

/// Words that name no member: determiners and the generic end of a list.
fn generic(word: &str) -> bool {
    matches!(
        word,
        "others" | "other" | "more" | "all" | "some" | "many" | "several" | "etc"
    )
}

/// Determiners dropped from the front of the thing a list is of.
fn determiner(word: &str) -> bool {
    matches!(
        word,
        "the" | "a" | "an" | "any" | "this" | "that" | "its" | "their" | "such" | "every"
    )
}

/// The thing of a relation, as the rules name it: "the cessation of hostilities" → truce.
fn thing(rules: &RuleSet, view: &View<'_>, start: usize, end: usize) -> Option<String> {
    let mut s = start;
    while s < end && determiner(view.low(s)) {
        s += 1;
    }
    if s >= end {
        return None;
    }
    // The longest tail of the phrase the synonym rules know, else its last word.
    for from in s..end {
        let words: Vec<&str> = (from..end).map(|i| view.low(i)).collect();
        let phrase = words.join(" ");
        let canonical = rules.canonical_lower(&phrase);
        if canonical != phrase {
            return Some(canonical.to_string());
        }
    }
    let last = view.low(end - 1);
    last.chars()
        .all(|c| c.is_alphabetic() || c == '-')
        .then(|| rules.canonical_lower(last).to_string())
}

/// The `what` of the relation the rules give as the opposite of `what`.
fn opposite<'r>(rules: &'r RuleSet, what: &str) -> Option<&'r str> {
    rules
        .facts
        .relation
        .iter()
        .find(|r| r.what == what)
        .and_then(|r| r.opposite.as_deref())
}

/// A word of a name: capitalised, or capitalised after a hyphen ("al-Nusra").
fn name_word(view: &View<'_>, i: usize) -> bool {
    view.capital(i)
        || view
            .tok(i)
            .split_once('-')
            .is_some_and(|(_, r)| r.starts_with(|c: char| c.is_uppercase()))
}

/// Members named in tokens `[start, end)`: the capitalised names of a list split at commas,
/// "and", "or", "including" and "such as".
fn members(view: &View<'_>, start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = start;
    while i < end {
        let w = view.low(i);
        // "terrorist groups in northern Syria": a place, not a member.
        if matches!(
            w,
            "in" | "at" | "near" | "from" | "of" | "on" | "across" | "inside"
        ) {
            while i < end && !matches!(view.low(i), "," | "and" | "or" | "including") {
                i += 1;
            }
            continue;
        }
        if name_word(view, i) && !generic(w) {
            let mut j = i + 1;
            while j < end && (view.capital(j) || matches!(view.low(j), "of" | "al" | "el")) {
                j += 1;
            }
            // "The" opening a sentence is no name on its own ("The 15 pages …"), nor is the
            // suffix of the name before ("Paul Manafort, Jr.").
            if !(j == i + 1 && (is_stop_word(w) || suffix(w))) && standalone(view, j - 1, j) {
                out.push((i, j));
            }
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

/// A name's suffix, written after a comma ("Paul Manafort, Jr.").
fn suffix(word: &str) -> bool {
    matches!(word, "jr." | "jr" | "sr." | "sr" | "ii" | "iii")
}

/// The name ending with token `last` stands for a member of its own: it is no possessive
/// ("Trump's son") nor a word before a common noun ("Trump associate Roger Stone"), so the
/// token after it, `next`, is no word or a function word ("and", "as", "who").
fn standalone(view: &View<'_>, last: usize, next: usize) -> bool {
    let written = view.tok(last);
    if written.ends_with("'s") || written.ends_with("’s") || written.ends_with("s'") {
        return false;
    }
    let after = view.low(next);
    view.tokens.get(next).is_none_or(|t| !t.is_word()) || is_stop_word(after) || view.capital(next)
}

/// The members a relation names after it, in tokens `[after, end)`: up to a clause on the
/// last one ("…, who have been charged"), and when a colon ends the part before it, the
/// list after the colon ("include three people who …: Paul Manafort, Rick Gates").
fn members_after(view: &View<'_>, after: usize, end: usize) -> Vec<(usize, usize)> {
    let clause = (after..end)
        .find(|&k| matches!(view.low(k), "who" | "which" | "whose") || contrast(view.low(k)))
        .unwrap_or(end);
    let mut out = members(view, after, clause);
    if view.low(end) == ":" {
        let stop = (end + 1..view.tokens.len())
            .find(|&k| matches!(view.low(k), ";" | "." | ":" | "who" | "which" | "whose"))
            .unwrap_or(view.tokens.len());
        out.extend(members(view, end + 1, stop));
    }
    out
}

/// The members of a relation the phrase at `[at, after)` sets before it: the name a
/// relative clause hangs on ("al-Nusra Front, which … should be excluded"), else the names
/// opening the sentence.
fn members_before(view: &View<'_>, at: usize) -> (Vec<(usize, usize)>, Option<String>) {
    if let Some(rel) = (0..at)
        .rev()
        .find(|&i| matches!(view.low(i), "which" | "who"))
    {
        // The source of "which the United Nations consider …": the words up to the verb.
        let source = (rel + 1..at)
            .find(|&i| {
                matches!(
                    view.low(i),
                    "consider" | "considers" | "say" | "says" | "believe" | "believes" | "deem"
                )
            })
            .filter(|&v| v > rel + 1)
            .map(|v| view.span(rel + 1, v).of(view.text).to_string());
        let mut end = rel;
        if view.low(end.wrapping_sub(1)) == "," {
            end -= 1;
        }
        let mut start = end;
        while start > 0 && (view.capital(start - 1) || view.tok(start - 1).contains('-')) {
            start -= 1;
        }
        // "Ana Ortiz, a former aide to Mr. Reyes who is named …": a name after a
        // preposition is inside the apposition; the clause is of the name the apposition
        // follows, when that name opens the sentence.
        if start > 0 && preposition(view.low(start - 1)) {
            let head = (0..start).find(|&i| !view.capital(i)).unwrap_or(start);
            let apposition =
                head > 0 && view.low(head) == "," && !(head + 1..start).any(|i| view.low(i) == ",");
            return if apposition {
                (vec![(0, head)], source)
            } else {
                (Vec::new(), source)
            };
        }
        if start < end {
            return (vec![(start, end)], source);
        }
        return (Vec::new(), source);
    }
    // "…, while Marlow Royal was unaffected": the names open the clause a word of contrast
    // opens, else the sentence.
    let begin = (0..at)
        .rev()
        .find(|&i| contrast(view.low(i)))
        .map_or(0, |i| i + 1);
    // "Its brands Linden, Carro and Maple Home are …", "the museum's Carsel collection was
    // unaffected": past a determiner and the common nouns (or a possessive) the names follow.
    let begin = past_described(view, begin, at);
    let stop = (begin..at)
        .find(|&i| !name_word(view, i) && view.low(i) != "," && view.low(i) != "and")
        .unwrap_or(at);
    // The names opening the sentence are the members only when the relation follows them
    // ("Islamic State and al-Nusra are excluded from the truce"), not when a clause of its
    // own stands between ("After Iran tested a missile — something not covered by …").
    if (stop..at).all(|i| auxiliary(view.low(i))) {
        return (members(view, begin, stop), None);
    }
    // "The Carro brand is not part of …": one name before the common noun of what it
    // names, then the relation.
    let one_name = stop > begin && (begin..stop).all(|i| view.capital(i));
    let noun = view.tokens.get(stop).is_some_and(|t| t.is_word())
        && !view.capital(stop)
        && !is_stop_word(view.low(stop));
    if one_name && noun && (stop + 1..at).all(|i| auxiliary(view.low(i))) {
        let first = if is_stop_word(view.low(begin)) {
            begin + 1
        } else {
            begin
        };
        if first < stop {
            return (vec![(first, stop)], None);
        }
    }
    (Vec::new(), None)
}

/// The first token of the names after a determiner and at most two common nouns or a
/// possessive that open tokens `[begin, at)` ("Its brands …", "The museum's …"), when a
/// name follows them; else `begin`.
fn past_described(view: &View<'_>, begin: usize, at: usize) -> usize {
    if !matches!(view.low(begin), "the" | "its" | "their") {
        return begin;
    }
    let mut k = begin + 1;
    while k < at && k < begin + 4 {
        let w = view.tok(k);
        let common = view.tokens.get(k).is_some_and(|t| t.is_word())
            && !view.capital(k)
            && !is_stop_word(view.low(k))
            && !auxiliary(view.low(k));
        if matches!(w, "'s" | "’s") {
            k += 1;
            continue;
        }
        if !common {
            break;
        }
        k += 1;
    }
    if k > begin + 1 && k < at && view.capital(k) {
        k
    } else {
        begin
    }
}

/// Words that open a clause set against the one before: a list ends before them ("cancelled
/// at St Ansel and Kirkby General, while Marlow Royal was unaffected").
fn contrast(word: &str) -> bool {
    matches!(word, "while" | "whereas" | "but" | "although" | "though")
}

/// Prepositions a name may follow inside an apposition ("an adviser to Mr. Trump").
fn preposition(word: &str) -> bool {
    matches!(
        word,
        "to" | "of" | "for" | "with" | "by" | "from" | "at" | "in" | "on" | "under"
    )
}

/// Words that may stand between a list's members and its relation: "are", "will also be".
fn auxiliary(word: &str) -> bool {
    matches!(
        word,
        "is" | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "will"
            | "would"
            | "should"
            | "shall"
            | "must"
            | "also"
            | "both"
            | "all"
            | "to"
            | "remain"
            | "remains"
            | "have"
            | "has"
            | "had"
            | "not"
            | "never"
    )
}

/// Words that deny the relation after them: "details not included in the book", "no
/// searches took place in Vell".
fn denial(word: &str) -> bool {
    matches!(word, "not" | "never" | "n't" | "no")
}

/// The list facts of a sentence.
pub(super) fn read(reader: &FactReader, view: &View<'_>, rules: &RuleSet) -> Vec<Fact> {
    let mut out = Vec::new();
    let n = view.tokens.len();
    let mut i = 0;
    while i < n {
        let Some((_, phrase)) = reader.relations.at(view.lower, i, n) else {
            i += 1;
            continue;
        };
        let after = i + phrase.words.len();
        // "not included in" says the opposite of "included in"; a relation with no opposite
        // is not read denied.
        let denied = i > 0 && denial(view.low(i - 1)) && !denial(&phrase.words[0]);
        let what = if denied {
            match opposite(rules, &phrase.what) {
                Some(o) => o,
                None => {
                    i = after;
                    continue;
                }
            }
        } else {
            phrase.what.as_str()
        };
        // The relation's clause ends at the sentence's end or where a clause of contrast
        // opens, whose own relation is read next.
        let end = (after..n)
            .find(|&k| matches!(view.low(k), ";" | "." | ":") || contrast(view.low(k)))
            .unwrap_or(n);
        let (names, object, source) = if !phrase.tails.is_empty() {
            // "does not name Reyes as a defendant": the members stand between the verb and
            // a tail, which must follow in the clause.
            let Some(tail) = (after..end).find(|&k| {
                phrase.tails.iter().any(|tail| {
                    tail.iter()
                        .enumerate()
                        .all(|(n, w)| k + n < end && view.low(k + n) == w)
                })
            }) else {
                i = after;
                continue;
            };
            (members(view, after, tail), phrase.thing.clone(), None)
        } else if phrase.members_first {
            let (names, source) = members_before(view, i);
            let object_end = (after..end)
                .find(|&k| !view.tokens[k].is_word() || view.low(k) == "and")
                .unwrap_or(end);
            let object = match &phrase.thing {
                Some(t) => Some(t.clone()),
                None => thing(rules, view, after, object_end),
            };
            (names, object, source)
        } else {
            // The thing is what comes before the phrase, back to "that", a comma or the
            // start; the members follow.
            let mut s = i;
            while s > 0
                && !matches!(view.low(s - 1), "that" | "," | "said" | "says")
                && view.tokens[s - 1].is_word()
            {
                s -= 1;
            }
            let mut object_end = i;
            while object_end > s
                && matches!(
                    view.low(object_end - 1),
                    "will" | "would" | "does" | "do" | "did" | "also" | "not" | "shall" | "is"
                )
            {
                object_end -= 1;
            }
            let object = match &phrase.thing {
                Some(t) => Some(t.clone()),
                None => thing(rules, view, s, object_end),
            };
            (members_after(view, after, end), object, None)
        };
        if let Some(object) = object {
            for (s, e) in names {
                let span = view.span(s, e);
                out.push(Fact::plain(
                    &view.article.id,
                    FactKind::List,
                    FactValue::Members {
                        members: vec![span.of(view.text).to_string()],
                    },
                    Frame {
                        what: format!("{what} {object}"),
                        holder: Some(span.of(view.text).to_string()),
                        source: source.clone(),
                        ..Frame::default()
                    },
                    span,
                    view.sentence,
                ));
            }
        }
        i = end.max(i + 1);
    }
    out
}

/// A member the rules know no entity for, as a key: its name folded, without the word that
/// ends an organisation's name ("al-Nusra Front" and "al-Nusra" are both `al nusra`) or the
/// titles before a person's ("Mr. Trump" and "Trump" are both `trump`).
pub fn member_key(rules: &RuleSet, name: &str) -> String {
    let mut words: Vec<&str> = name.split_whitespace().collect();
    while words.len() > 1 && words.first().is_some_and(|w| rules.is_title(w)) {
        words.remove(0);
    }
    while words.len() > 1 && words.last().is_some_and(|w| rules.is_organization_word(w)) {
        words.pop();
    }
    if words.first().is_some_and(|w| w.eq_ignore_ascii_case("the")) && words.len() > 1 {
        words.remove(0);
    }
    crate::words::fold(&words.join(" "))
}
