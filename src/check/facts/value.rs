//! Values made comparable: an amount becomes an interval in the unit it converts into
//! (€110bn → about $143bn, within the rate's tolerance; 36 miles → 58 km), a day stays a
//! day; two values are compatible when their intervals meet within the tolerance.

use crate::date::Date;
use crate::extract::{Fact, FactKind, FactValue};
use crate::rules::RuleSet;

/// A fact's value, ready to compare.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// An interval in `unit` (the unit conversions lead to, or the unit as written).
    Amount {
        low: f64,
        high: Option<f64>,
        unit: Option<String>,
        /// Relative slack of comparisons: rounding, an exchange rate.
        tolerance: f64,
    },
    Day(Date),
}

/// An amount's least and most (none when open-ended).
type Interval = (f64, Option<f64>);

/// Kinds read to the last digit: a magnitude of 5.9 is not one of 6.1, an age of 44 not
/// one of 45.
fn exact(kind: FactKind) -> bool {
    matches!(
        kind,
        FactKind::Magnitude | FactKind::Age | FactKind::Ordinal | FactKind::Percent
    )
}

/// Whether `least` is more than a figure of at most `most` allows within `tolerance` (a
/// share of `most`).
pub(super) fn above(least: f64, most: f64, tolerance: f64) -> bool {
    least > most * (1.0 + tolerance) + 1e-9
}

impl Value {
    /// The value of `fact` in the unit its unit converts into, or `None` when it has none
    /// to compare (a list member, a day the article's date does not resolve).
    pub fn of(fact: &Fact, rules: &RuleSet) -> Option<Value> {
        match &fact.value {
            FactValue::Amount(a) => {
                // A vague quantity ("tens of thousands") is wide already; rounding is not
                // added to it.
                let base = if exact(fact.kind) || fact.vague {
                    0.0
                } else {
                    rules.numbers.tolerance.unwrap_or(0.05)
                };
                let conversion = a
                    .unit
                    .as_deref()
                    .and_then(|u| rules.numbers.conversion.iter().find(|c| c.unit == u));
                Some(match conversion {
                    Some(c) => Value::Amount {
                        low: a.low * c.factor,
                        high: a.high.map(|h| h * c.factor),
                        unit: Some(c.into.clone()),
                        tolerance: base.max(c.tolerance.unwrap_or(base)),
                    },
                    None => Value::Amount {
                        low: a.low,
                        high: a.high,
                        unit: a.unit.clone(),
                        tolerance: base,
                    },
                })
            }
            FactValue::Day { day, .. } => day.map(Value::Day),
            FactValue::Members { .. } => None,
        }
    }

    /// The unit values must share to be compared at all.
    pub fn unit(&self) -> Option<&str> {
        match self {
            Value::Amount { unit, .. } => unit.as_deref(),
            Value::Day(_) => Some("day"),
        }
    }

    /// Both amounts' intervals (least, most) and the larger of their tolerances; `None`
    /// unless both are amounts.
    fn intervals(&self, other: &Value) -> Option<(Interval, Interval, f64)> {
        match (self, other) {
            (
                Value::Amount {
                    low: la,
                    high: ha,
                    tolerance: ta,
                    ..
                },
                Value::Amount {
                    low: lb,
                    high: hb,
                    tolerance: tb,
                    ..
                },
            ) => Some(((*la, *ha), (*lb, *hb), ta.max(*tb))),
            _ => None,
        }
    }

    /// Both can hold at once: the intervals meet, within the larger tolerance.
    pub fn compatible(&self, other: &Value) -> bool {
        if let (Value::Day(a), Value::Day(b)) = (self, other) {
            return a == b;
        }
        match self.intervals(other) {
            Some(((la, ha), (lb, hb), tol)) => {
                let below = |low: f64, high: Option<f64>| {
                    high.is_none_or(|h| low <= h * (1.0 + tol) + 1e-9)
                };
                below(la, hb) && below(lb, ha)
            }
            None => true,
        }
    }

    /// Surely more than `other`: its least is above the most `other` can be, within the
    /// larger tolerance (a part that exceeds its total).
    pub fn exceeds(&self, other: &Value) -> bool {
        self.intervals(other)
            .is_some_and(|((la, _), (_, hb), tol)| hb.is_some_and(|hb| above(la, hb, tol)))
    }

    /// The same figure: equal intervals, within the tolerance.
    pub fn same(&self, other: &Value) -> bool {
        if let (Value::Day(a), Value::Day(b)) = (self, other) {
            return a == b;
        }
        self.intervals(other)
            .is_some_and(|((la, ha), (lb, hb), tol)| {
                let near = |x: f64, y: f64| (x - y).abs() <= tol * x.abs().max(y.abs()) + 1e-9;
                near(la, lb)
                    && match (ha, hb) {
                        (Some(x), Some(y)) => near(x, y),
                        (None, None) => true,
                        _ => false,
                    }
            })
    }

    /// Both are lower bounds only ("more than 26,000", "at least 40") and the larger is
    /// more than `share` above the smaller: both can hold, but they are unlikely to be one
    /// count.
    pub fn lower_bounds_apart(&self, other: &Value, share: f64) -> bool {
        self.intervals(other)
            .is_some_and(|((la, ha), (lb, hb), _)| {
                let (lo, hi) = (la.min(lb), la.max(lb));
                ha.is_none() && hb.is_none() && lo > 0.0 && hi > lo * (1.0 + share) + 1e-9
            })
    }

    /// How far apart two amounts are: the larger of their middles over the smaller (1 for
    /// days), so that "ten" against "612" can be told from "ten" against "12".
    pub fn ratio(&self, other: &Value) -> f64 {
        let mid = |v: &Value| match v {
            Value::Amount { low, high, .. } => high.map_or(*low, |h| (low + h) / 2.0).abs(),
            Value::Day(_) => 1.0,
        };
        let (a, b) = (mid(self), mid(other));
        let (lo, hi) = (a.min(b), a.max(b));
        if lo <= 0.0 { f64::INFINITY } else { hi / lo }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn amount(low: f64, high: Option<f64>, tolerance: f64) -> Value {
        Value::Amount {
            low,
            high,
            unit: None,
            tolerance,
        }
    }

    #[test]
    fn at_least_three_is_compatible_with_four_but_three_is_not() {
        let at_least_three = amount(3.0, None, 0.05);
        let four = amount(4.0, Some(4.0), 0.05);
        let three = amount(3.0, Some(3.0), 0.05);
        assert!(at_least_three.compatible(&four));
        assert!(!three.compatible(&four));
        assert!(!at_least_three.same(&four));
    }

    #[test]
    fn six_hundred_and_six_hundred_twelve_are_the_same_within_rounding() {
        let a = amount(600.0, Some(600.0), 0.05);
        let b = amount(612.0, Some(612.0), 0.05);
        assert!(a.compatible(&b) && a.same(&b));
    }

    #[test]
    fn exact_magnitudes_differ_by_a_tenth() {
        let a = amount(5.9, Some(5.9), 0.0);
        let b = amount(6.1, Some(6.1), 0.0);
        assert!(!a.compatible(&b));
        assert!(a.ratio(&b) < 1.1);
    }
}
