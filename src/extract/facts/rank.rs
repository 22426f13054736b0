//! Ranks: "Norway is the largest exporter of timber to the United States", "Sweden, the
//! biggest timber exporter to the United States, …", "the largest exporter of timber is
//! Norway". A superlative has one holder, so another outlet's "Finland is the largest timber
//! exporter to the United States" in the same story disagrees. Each rank is a list fact of
//! one member whose `what` is the rank, "largest timber exporter to united states" (a thing
//! "of" something is told before it, a place as the rules name it; "biggest" is
//! "largest").
//!
//! Read only where the rank is plain: not "one of the largest", "among the largest", "the
//! second-largest", "the world's largest", "perhaps the largest", "is not the largest", nor
//! a rank that goes on ("the largest prize remaining", "the biggest ever", "the largest
//! besides California"), which another outlet may tell of another field.

use crate::date::month_from_name;
use crate::extract::english::is_time_word;
use crate::extract::fact::{Fact, FactKind, FactValue, Frame};
use crate::words::{fold, is_stop_word};

use super::{FactReader, View};

/// The superlatives a rank is read from, lower case ("biggest" is read as "largest").
pub(super) const SUPERLATIVES: [&str; 2] = ["largest", "biggest"];

/// The `what` of every rank opens with this word.
const RANK: &str = "largest";

/// Lower-case words of a rank's thing, before its end: at most this many.
const THING_WORDS: usize = 3;

/// Verbs that say the name holds the rank: "is", "was", "remains", "became".
fn copula(word: &str) -> bool {
    matches!(word, "is" | "was" | "remains" | "remained" | "became")
}

/// Adverbs between the verb and the rank that keep it plain: "is now the largest".
fn plain_adverb(word: &str) -> bool {
    matches!(word, "now" | "still" | "also" | "already")
}

/// Words right after a rank's thing that narrow the field it ranks in ("the largest prize
/// remaining", "the biggest ever", "the largest besides California"): no plain rank.
fn goes_on(word: &str) -> bool {
    matches!(
        word,
        "remaining"
            | "left"
            | "ever"
            | "yet"
            | "so"
            | "besides"
            | "outside"
            | "except"
            | "behind"
            | "after"
            | "other"
            | "since"
            | "apart"
            | "among"
            | "of"
    )
}

/// Prepositions whose phrase is part of the rank: where or for whom it holds ("in the
/// world", "to the United States", "for the campaign").
fn field(word: &str) -> bool {
    matches!(word, "in" | "to" | "for")
}

/// Capitalised words that open a sentence or a clause without naming a holder, and days
/// and months ("the largest crowd was Saturday").
fn no_name(word: &str) -> bool {
    matches!(
        word,
        "it" | "this" | "that" | "he" | "she" | "they" | "there" | "which" | "what" | "who"
    ) || is_time_word(word)
        || month_from_name(word).is_some()
}

/// Token `i` is a lower-case word that may be part of a rank's thing.
fn thing_word(view: &View<'_>, i: usize) -> bool {
    view.tokens.get(i).is_some_and(|t| t.is_word())
        && !view.capital(i)
        && !is_stop_word(view.low(i))
        && !view.low(i).starts_with(|c: char| c.is_ascii_digit())
}

/// The words of a rank after its superlative at `sup`: the thing, with what it is "of"
/// before it ("exporter of steel" → "steel exporter"), and where or for whom it holds;
/// and the token after them. `None` when no plain rank is written there.
fn thing_after(reader: &FactReader, view: &View<'_>, sup: usize) -> Option<(String, usize)> {
    let n = view.tokens.len();
    let mut i = sup + 1;
    let mut words: Vec<String> = Vec::new();
    while i < n && words.len() < THING_WORDS && thing_word(view, i) {
        if goes_on(view.low(i)) {
            return None;
        }
        words.push(view.low(i).to_string());
        i += 1;
    }
    if words.is_empty() {
        return None;
    }
    // "exporter of steel": steel exporter; "of the" opens a group ("the largest of the
    // parties"), which no plain rank is.
    if view.low(i) == "of" {
        let mut of: Vec<String> = Vec::new();
        let mut k = i + 1;
        while k < n && of.len() < 2 && thing_word(view, k) {
            of.push(view.low(k).to_string());
            k += 1;
        }
        if of.is_empty() {
            return None;
        }
        of.extend(words);
        words = of;
        i = k;
    }
    // "to the United States", "in the world", "to super PACs": up to four words after the
    // preposition, a name as the rules name the place ("the U.S." is the United States).
    if field(view.low(i)) {
        let mut k = i + 1;
        if view.low(k) == "the" {
            k += 1;
        }
        let start = k;
        while k < n && k - start <= THING_WORDS && (view.capital(k) || thing_word(view, k)) {
            k += 1;
        }
        let object = if (start..k).all(|j| view.capital(j)) {
            let folded = fold(view.span(start, k).of(view.text));
            reader.place_named(&folded).map_or(folded, fold)
        } else {
            fold(view.span(start, k).of(view.text))
        };
        if k == start {
            return None;
        }
        words.push(view.low(i).to_string());
        words.push(object);
        i = k;
    }
    if i < n && view.tokens[i].is_word() && goes_on(view.low(i)) {
        return None;
    }
    Some((format!("{RANK} {}", words.join(" ")), i))
}

/// The run of capitalised words ending right before token `end` (a leading "The" left
/// out), as token bounds.
fn name_before(view: &View<'_>, end: usize) -> Option<(usize, usize)> {
    let mut s = end;
    while s > 0 && view.capital(s - 1) {
        s -= 1;
    }
    if view.low(s) == "the" && s + 1 < end {
        s += 1;
    }
    (s < end && !no_name(view.low(s))).then_some((s, end))
}

/// The run of capitalised words starting at token `start` ("the" before it passed over).
fn name_after(view: &View<'_>, start: usize) -> Option<(usize, usize)> {
    let s = if view.low(start) == "the" {
        start + 1
    } else {
        start
    };
    let mut e = s;
    while e < view.tokens.len() && view.capital(e) {
        e += 1;
    }
    (e > s && !no_name(view.low(s))).then_some((s, e))
}

/// The ranks of a sentence, each a list fact of its holder.
pub(super) fn read(reader: &FactReader, view: &View<'_>) -> Vec<Fact> {
    let mut out = Vec::new();
    for sup in 1..view.tokens.len() {
        if !SUPERLATIVES.contains(&view.low(sup)) || view.low(sup - 1) != "the" {
            continue;
        }
        let the = sup - 1;
        // "one of the largest", "among the largest": one of several.
        if the >= 1 && matches!(view.low(the - 1), "of" | "among") {
            continue;
        }
        let Some((what, after)) = thing_after(reader, view, sup) else {
            continue;
        };
        // "Canada is (now) the largest …"; "South Korea, the biggest …,"; "the largest …
        // is Canada".
        let verb = match the.checked_sub(1) {
            Some(v) if plain_adverb(view.low(v)) => v.checked_sub(1),
            v => v,
        };
        let holder = match verb {
            Some(v) if copula(view.low(v)) => name_before(view, v),
            Some(v) if view.low(v) == "," && matches!(view.low(after), "," | "." | ";") => {
                name_before(view, v)
            }
            _ if the == 0 || view.capital(the) || !view.tokens[the - 1].is_word() => {
                copula(view.low(after))
                    .then(|| name_after(view, after + 1))
                    .flatten()
            }
            _ => None,
        };
        let Some((s, e)) = holder else {
            continue;
        };
        let name = view.span(s, e).of(view.text).to_string();
        let span = view.span(s.min(the), e.max(after));
        out.push(Fact::plain(
            &view.article.id,
            FactKind::List,
            FactValue::Members {
                members: vec![name.clone()],
            },
            Frame {
                what,
                holder: Some(name),
                ..Frame::default()
            },
            span,
            view.sentence,
        ));
    }
    out
}

/// Whether a list fact's `what` is a rank, which one holder holds.
#[cfg(test)]
fn is_rank(what: &str) -> bool {
    what.strip_prefix(RANK).is_some_and(|t| t.starts_with(' '))
}

#[cfg(test)]
mod tests {
    use super::is_rank;
    use crate::extract::{FactKind, FactValue};

    /// (what, member) of each rank of `text`.
    fn ranks(text: &str) -> Vec<(String, String)> {
        super::super::tests::facts_on(text, "2018-05-01")
            .into_iter()
            .filter(|f| f.kind == FactKind::List && is_rank(&f.frame.what))
            .map(|f| match f.value {
                FactValue::Members { members } => (f.frame.what, members.join(",")),
                _ => (String::new(), String::new()),
            })
            .collect()
    }

    #[test]
    fn a_name_that_is_the_largest_holds_the_rank() {
        assert_eq!(
            ranks("Brazil is the largest exporter of coffee to the European Union."),
            [(
                "largest coffee exporter to european union".to_string(),
                "Brazil".to_string()
            )]
        );
        // The same rank however it is worded, "biggest" as "largest".
        assert_eq!(
            ranks("Vietnam, the biggest coffee exporter to the European Union, raised prices."),
            [(
                "largest coffee exporter to european union".to_string(),
                "Vietnam".to_string()
            )]
        );
        assert_eq!(
            ranks("The largest coffee exporter to the European Union is Brazil, officials said."),
            [(
                "largest coffee exporter to european union".to_string(),
                "Brazil".to_string()
            )]
        );
        assert_eq!(
            ranks("Brazil is the largest coffee exporter to the U.S., traders said."),
            [(
                "largest coffee exporter to united states".to_string(),
                "Brazil".to_string()
            )]
        );
        assert_eq!(
            ranks("Ferrovia remains the largest donor to super PACs in the state."),
            [(
                "largest donor to super pacs".to_string(),
                "Ferrovia".to_string()
            )]
        );
        assert_eq!(
            ranks("Ferrovia remains the largest employer in the valley."),
            [(
                "largest employer in valley".to_string(),
                "Ferrovia".to_string()
            )]
        );
    }

    #[test]
    fn a_rank_among_others_or_that_goes_on_is_none() {
        for text in [
            "Brazil is one of the largest coffee exporters to the European Union.",
            "Brazil is among the largest coffee exporters.",
            "Brazil is the second-largest coffee exporter.",
            "Brazil is the world's largest coffee exporter.",
            "Brazil is perhaps the largest coffee exporter.",
            "Brazil is not the largest coffee exporter.",
            "Ohio is the largest prize remaining on the calendar.",
            "Ohio is the largest prize besides Texas.",
            "It is the largest employer in the valley.",
            "The firm is the largest employer in the valley.",
            "The largest of the parties is Labour.",
            "If Brazil becomes the largest exporter, prices will fall.",
            "The largest crowd was Saturday.",
        ] {
            assert_eq!(ranks(text), [], "{text}");
        }
    }
}
