//! Values: the checkable values a claim carries (its facts: a count, a sum of money, a day …
//! with the thing measured), read once for linking, and whether two claims carry one of them.

use crate::date::Date;
use crate::extract::{Claim, Fact, FactKind, FactValue};
use crate::words::TextMap;

/// One checkable value of a claim: what it measures, of whom, where and when, and the value.
#[derive(Debug, Clone, PartialEq)]
pub struct Value {
    kind: FactKind,
    /// The thing measured, as the rules normalise it ("killed", "file").
    what: String,
    holder: Option<String>,
    place: Option<String>,
    time: Option<String>,
    amount: Amount,
}

/// The value itself: an interval with its unit, or a resolved day.
#[derive(Debug, Clone, PartialEq)]
enum Amount {
    Figure {
        low: f64,
        high: Option<f64>,
        unit: Option<String>,
    },
    Day(Date),
}

/// The values each claim carries, by claim index: the facts whose claim it is, but for
/// background facts (another, earlier event's), ranks ("the third night") and lists, and
/// days not resolved to a date. A fact naming no claim, or a claim not in `claims`, is left
/// out.
pub fn values_of(claims: &[Claim], facts: &[Fact]) -> Vec<Vec<Value>> {
    let index: TextMap<&str, usize> = claims
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id.as_str(), i))
        .collect();
    let mut out: Vec<Vec<Value>> = vec![Vec::new(); claims.len()];
    for fact in facts {
        let Some(&i) = fact.claim.as_deref().and_then(|id| index.get(id)) else {
            continue;
        };
        if let Some(value) = value_of(fact) {
            out[i].push(value);
        }
    }
    out
}

/// The value `fact` gives, when linking can read it as one.
fn value_of(fact: &Fact) -> Option<Value> {
    if fact.background || fact.frame.what.is_empty() {
        return None;
    }
    let amount = match (&fact.kind, &fact.value) {
        (FactKind::Ordinal | FactKind::List, _) => return None,
        (_, FactValue::Amount(a)) => Amount::Figure {
            low: a.low,
            high: a.high,
            unit: a.unit.clone(),
        },
        (_, FactValue::Day { day: Some(d), .. }) => Amount::Day(*d),
        _ => return None,
    };
    Some(Value {
        kind: fact.kind,
        what: fact.frame.what.clone(),
        holder: fact.frame.holder.clone(),
        place: fact.frame.place.clone(),
        time: fact.frame.time.clone(),
        amount,
    })
}

/// True when the two lists hold one value: of one kind, the same thing measured, of the
/// same holder, place and time, with the same interval and unit, or the same day.
pub fn share_value(a: &[Value], b: &[Value]) -> bool {
    a.iter().any(|x| b.iter().any(|y| x == y))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(what: &str, low: f64, high: Option<f64>) -> Value {
        Value {
            kind: FactKind::Count,
            what: what.into(),
            holder: None,
            place: None,
            time: None,
            amount: Amount::Figure {
                low,
                high,
                unit: None,
            },
        }
    }

    #[test]
    fn one_value_is_the_same_count_of_the_same_thing() {
        let forty = [count("container", 40.0, Some(40.0))];
        assert!(share_value(&forty, &[count("container", 40.0, Some(40.0))]));
        // Another figure, another thing counted, or an open interval is another value.
        assert!(!share_value(
            &forty,
            &[count("container", 400.0, Some(400.0))]
        ));
        assert!(!share_value(&forty, &[count("crew", 40.0, Some(40.0))]));
        assert!(!share_value(&forty, &[count("container", 40.0, None)]));
        assert!(!share_value(&forty, &[]));
    }
}
