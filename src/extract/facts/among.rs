//! A part of a measured group named by who they are: "Two of the dead were children",
//! "Among the dead were three children", "killing six people, among them two children".
//! Such a figure counts the children among the killed — the killed, held by children — so
//! it meets another outlet's count of children among the killed and never the toll itself
//! ("three children" is no toll of three; a part by kind stays within its whole). And a
//! part of the injured taken to hospital is all those in hospital ("Six of the injured were
//! taken to hospital" counts six in hospital): the hospitalised are among the hurt.

use crate::extract::numbers::{NumberReader, singular};
use crate::rules::RuleSet;

use super::what::noun_after;
use super::{FactReader, View};

/// Nouns that count people without saying who they are: a part told with one ("two of
/// the dead were people") names no kind.
fn general(noun: &str) -> bool {
    matches!(
        noun,
        "people" | "person" | "individual" | "victim" | "other" | "body" | "casualty"
    )
}

/// The kind of person the noun at token `at` names ("children", "tourists"), singular,
/// when the rules count people by it and it says who they are.
fn kind_at(reader: &FactReader, view: &View<'_>, at: usize, clause_end: usize) -> Option<String> {
    let (_, noun) = noun_after(view, at, clause_end)?;
    let noun = singular(&noun);
    ((reader.people.contains(noun.as_str()) || reader.persons.contains(noun.as_str()))
        && !general(&noun))
    .then_some(noun)
}

/// The measure of the group and the kind of the part, when the figure at tokens
/// `[first, end)` counts people of one kind within a group told by what happened to it:
/// - "Two of the dead were children": the group after "of the", the kind after "were";
/// - "Among the dead were three children": the group after "among", the kind after the
///   figure;
/// - "killing six people, among them two children": "among them" right before the figure,
///   the group the measure before its comma tells.
pub(super) fn kind_of_part(
    reader: &FactReader,
    numbers: &NumberReader,
    view: &View<'_>,
    first: usize,
    end: usize,
    clause: (usize, usize),
) -> Option<(String, String)> {
    let be = |w: &str| matches!(w, "were" | "was" | "are" | "is");
    // "Two of the dead were children".
    if view.low(end) == "of" && matches!(view.low(end + 1), "the" | "those") {
        let (measure, len) = numbers.measure_at(view.lower, end + 2)?;
        let after = end + 2 + len;
        if !be(view.low(after)) {
            return None;
        }
        let kind = kind_at(reader, view, after + 1, clause.1)?;
        return Some((measure, kind));
    }
    // "Among the dead were three children", "Among those killed was one tourist".
    let mut verb = first;
    while verb > clause.0 && be(view.low(verb - 1)) {
        verb -= 1;
    }
    if verb < first {
        let among = (verb.saturating_sub(5).max(clause.0)..verb)
            .rev()
            .find(|&i| view.low(i) == "among")?;
        let group = among + 1 + usize::from(matches!(view.low(among + 1), "the" | "those"));
        let measure = (group..verb).find_map(|i| numbers.measure_at(view.lower, i))?;
        let kind = kind_at(reader, view, end, clause.1)?;
        return Some((measure.0, kind));
    }
    // "killing six people, among them two children".
    if first >= 3 && view.low(first - 1) == "them" && view.low(first - 2) == "among" {
        let comma = first - 3;
        if view.low(comma) != "," {
            return None;
        }
        let kind = kind_at(reader, view, end, clause.1)?;
        let measure = (comma.saturating_sub(8)..comma)
            .rev()
            .find_map(|i| numbers.measure_at(view.lower, i))?;
        return Some((measure.0, kind));
    }
    None
}

/// The measure of a part of the injured, when what happened to it is that it was taken to
/// hospital: "Six of the injured were taken to hospital" (tokens `[first, end)` the
/// figure, the group after "of the"). Those in hospital are always among the hurt, so the
/// part is the whole count in hospital. Any other part of a measured group ("Two of the
/// rescued were injured", "Four of the dead were killed by falling trees") counts nothing
/// of its own: it may be one part among others.
pub(super) fn hospital_part_of_injured(
    numbers: &NumberReader,
    rules: &RuleSet,
    view: &View<'_>,
    end: usize,
) -> Option<String> {
    if view.low(end) != "of" || !matches!(view.low(end + 1), "the" | "those") {
        return None;
    }
    let (group, len) = numbers.measure_at(view.lower, end + 2)?;
    let injured = rules.canonical_lower("injured");
    let in_hospital = rules.canonical_lower("in hospital");
    if group != injured {
        return None;
    }
    // The first measure after the group, within a few words and before any comma: "were
    // taken to hospital with serious injuries" is in hospital.
    let from = end + 2 + len;
    (from..from + 6)
        .take_while(|&i| !matches!(view.low(i), "," | ";" | ":" | ""))
        .find_map(|i| numbers.measure_at(view.lower, i))
        .map(|(m, _)| m)
        .filter(|m| *m == in_hospital)
}
