//! Values made comparable: an amount becomes an interval in the unit it converts into
//! (€110bn → about $143bn, within the rate's tolerance; 36 miles → 58 km), a day stays a
//! day; two values are compatible when their intervals meet within the tolerance — save
//! bounds on either side of one figure, which rounding does not bring together ("at least
//! four dozen" / "almost four dozen").

use crate::date::Date;
use crate::extract::{Fact, FactKind, FactValue};
use crate::rules::{QualifierRule, RuleSet};
use crate::words::with_lower_case;

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
        /// The bound its qualifier makes of the figure as written ("at least 48", "almost
        /// 48"); `None` for a figure, a range or a converted sum.
        bound: Option<Bound>,
        /// Rounded both ways by its qualifier ("about 60"), unconverted or converted.
        rounded: bool,
        /// For a rounded figure, the interval its qualifier's rule alone makes of it, as a
        /// multiple of the figure ("about 380,000" is read to its last digit, 370,000 to
        /// 390,000; the rule alone says 0.8 to 1.2 of it).
        loose: Option<(f64, f64)>,
        /// For a sum converted through a rough rate, the currency as written and the
        /// tolerance of its rounding alone: two sums in one currency ("£5.20" / "£5.70")
        /// are compared as written, never with the rate's slack.
        written: Option<(String, f64)>,
    },
    Day(Date),
}

/// A one-sided bound at a figure: "at least 48" (from below), "more than 48" (from below,
/// strict), "up to 48" (from above), "almost 48" (from above, strict).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bound {
    /// The figure the bound is at.
    pub at: f64,
    /// The value lies above the figure (else below it).
    pub from_below: bool,
    /// The figure itself is excluded ("more than", "almost").
    pub strict: bool,
}

/// The rules' qualifier that opens `text` ("at least", "about"), the longest that fits.
fn qualifier<'r>(text: &str, rules: &'r RuleSet) -> Option<&'r QualifierRule> {
    let lower = text.trim_start().to_lowercase();
    let starts = |w: &str| {
        lower
            .strip_prefix(w)
            .is_some_and(|rest| rest.starts_with(|c: char| !c.is_alphanumeric()))
    };
    rules
        .numbers
        .qualifier
        .iter()
        .filter_map(|q| {
            q.words
                .iter()
                // A rule's word lowered on the stack, not into a string at every figure.
                .filter(|w| with_lower_case(w, starts))
                .map(|w| w.len())
                .max()
                .map(|len| (len, q))
        })
        .max_by_key(|(len, _)| *len)
        .map(|(_, q)| q)
}

impl Bound {
    /// The bound a figure's qualifier `rule` makes, when it gives one side at the figure: no
    /// upper bound ("at least"), or an upper bound at the figure itself with a lower one
    /// below it ("almost", "up to").
    fn of(rule: &QualifierRule, low: f64, high: Option<f64>) -> Option<Bound> {
        match (rule.low, rule.high, high) {
            (Some(l), None, None) if (l - 1.0).abs() < 1e-9 => Some(Bound {
                at: low,
                from_below: true,
                strict: rule.exclusive,
            }),
            (_, Some(h), Some(at)) if (h - 1.0).abs() < 1e-9 && rule.low.unwrap_or(0.0) < 1.0 => {
                Some(Bound {
                    at,
                    from_below: false,
                    strict: rule.exclusive,
                })
            }
            _ => None,
        }
    }

    /// A bound from below and one from above that cannot both hold: the lower is above the
    /// upper, or they meet at a figure one of them excludes. `None` unless they lie on
    /// either side.
    fn apart(self, other: Bound) -> Option<bool> {
        if self.from_below == other.from_below {
            return None;
        }
        let (lo, hi) = if self.from_below {
            (self, other)
        } else {
            (other, self)
        };
        let eps = 1e-9 * lo.at.abs().max(hi.at.abs()).max(1.0);
        Some(lo.at > hi.at + eps || ((lo.at - hi.at).abs() <= eps && (lo.strict || hi.strict)))
    }
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

/// A count not written round ("152 passengers", not "150"): copy that gives it counted,
/// so it is not rounded either (148 and 152 passengers cannot both be right).
fn uneven_count(kind: FactKind, figure: f64) -> bool {
    kind == FactKind::Count && figure.fract() == 0.0 && figure % 10.0 != 0.0
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
                let conversion = a
                    .unit
                    .as_deref()
                    .and_then(|u| rules.numbers.conversion.iter().find(|c| c.unit == u));
                // A scale with a zero of its own (a temperature) gets no share of its
                // figure as rounding: a share means nothing near zero.
                let offset = conversion.is_some_and(|c| c.offset.is_some());
                let base =
                    if exact(fact.kind) || fact.vague || offset || uneven_count(fact.kind, a.low) {
                        0.0
                    } else {
                        rules.numbers.tolerance.unwrap_or(0.05)
                    };
                // Bounds on either side of one figure are compared as written: never through
                // a conversion, whose rate is rough.
                let as_written = conversion.is_none_or(|c| c.unit == c.into);
                // The qualifier is looked up once, for both readings of it.
                let rule = (!fact.vague).then(|| qualifier(&a.text, rules)).flatten();
                let rounded = rule.is_some_and(QualifierRule::rounds_both_ways);
                let loose = rule.filter(|_| rounded).and_then(|q| q.low.zip(q.high));
                let bound = rule
                    .filter(|_| as_written)
                    .and_then(|q| Bound::of(q, a.low, a.high));
                Some(match conversion {
                    Some(c) => Value::Amount {
                        low: a.low * c.factor + c.offset.unwrap_or(0.0),
                        high: a.high.map(|h| h * c.factor + c.offset.unwrap_or(0.0)),
                        unit: Some(c.into.clone()),
                        tolerance: base.max(c.tolerance.unwrap_or(base)),
                        bound,
                        rounded,
                        loose,
                        written: Some((c.unit.clone(), base)),
                    },
                    None => Value::Amount {
                        low: a.low,
                        high: a.high,
                        unit: a.unit.clone(),
                        tolerance: base,
                        bound,
                        rounded,
                        loose,
                        written: None,
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
                    written: wa,
                    ..
                },
                Value::Amount {
                    low: lb,
                    high: hb,
                    tolerance: tb,
                    written: wb,
                    ..
                },
            ) => {
                let tolerance = match (wa, wb) {
                    (Some((ua, ba)), Some((ub, bb))) if ua == ub => ba.max(*bb),
                    _ => ta.max(*tb),
                };
                Some(((*la, *ha), (*lb, *hb), tolerance))
            }
            _ => None,
        }
    }

    /// Both can hold at once: the intervals meet, within the larger tolerance; bounds on
    /// either side of a figure ("at least 48" / "almost 48") meet only as written.
    pub fn compatible(&self, other: &Value) -> bool {
        if let (Value::Day(a), Value::Day(b)) = (self, other) {
            return a == b;
        }
        if let (Value::Amount { bound: Some(x), .. }, Value::Amount { bound: Some(y), .. }) =
            (self, other)
            && let Some(apart) = x.apart(*y)
        {
            return !apart;
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

    /// Both are rounded both ways ("about 60" / "some 90") and their figures lie more than
    /// twice `share` apart: their intervals may meet at an edge, but two estimates of one
    /// thing so far apart are unlikely both to be right. Two counts rounded both ways
    /// whose readings to their last digit do not meet ("about 4,800" / "about 6,000" jobs)
    /// are apart too, though the tolerance for rounding would let them meet; and so are
    /// two figures read to their last digit with no share for rounding whose readings meet
    /// only at their edge ("around 9C" / "about 11C").
    pub fn estimates_apart(&self, other: &Value, share: f64) -> bool {
        match (self, other) {
            (
                Value::Amount {
                    rounded: true,
                    low: la,
                    high: Some(ha),
                    unit: ua,
                    tolerance: ta,
                    ..
                },
                Value::Amount {
                    rounded: true,
                    low: lb,
                    high: Some(hb),
                    unit: ub,
                    tolerance: tb,
                    ..
                },
            ) => {
                // Read to their last digit with no share of themselves for rounding (a
                // temperature, a percentage), "around 9C" (8C to 10C) and "about 11C" (10C
                // to 12C) meet only at their edge: two figures, as an editor reads them.
                let edge = 1e-9 * ha.abs().max(hb.abs()).max(1.0);
                let touching = *ta == 0.0 && *tb == 0.0 && ha.min(*hb) <= la.max(*lb) + edge;
                if touching && (la - lb).abs() > edge {
                    return true;
                }
                let (a, b) = ((la + ha) / 2.0, (lb + hb) / 2.0);
                let (lo, hi) = (a.min(b), a.max(b));
                let counts_apart = ua.is_none() && ub.is_none() && (la > hb || lb > ha);
                lo > 0.0 && (hi > lo * (1.0 + 2.0 * share) + 1e-9 || counts_apart)
            }
            _ => false,
        }
    }

    /// Rounded both ways by its qualifier ("about 60").
    pub fn rounded(&self) -> bool {
        matches!(self, Value::Amount { rounded: true, .. })
    }

    /// The value with a rounded figure widened to all its qualifier's rule allows ("about
    /// 380,000" as 304,000 to 456,000), so that a conflict only the reading to the last
    /// digit makes can be told from one the rule makes too.
    pub fn loosened(&self) -> Value {
        match self {
            Value::Amount {
                low,
                high: Some(high),
                loose: Some((l, h)),
                ..
            } => {
                let figure = (low + high) / 2.0;
                let mut wide = self.clone();
                if let Value::Amount { low, high, .. } = &mut wide {
                    *low = figure * l;
                    *high = Some(figure * h);
                }
                wide
            }
            _ => self.clone(),
        }
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
            bound: None,
            rounded: false,
            loose: None,
            written: None,
        }
    }

    fn bounded(text: &str, low: f64, high: Option<f64>) -> Value {
        let rules = RuleSet::builtin().unwrap();
        Value::Amount {
            low,
            high,
            unit: None,
            tolerance: 0.05,
            bound: qualifier(text, &rules).and_then(|q| Bound::of(q, low, high)),
            rounded: qualifier(text, &rules).is_some_and(QualifierRule::rounds_both_ways),
            loose: None,
            written: None,
        }
    }

    #[test]
    fn at_least_and_almost_four_dozen_are_on_either_side_of_the_figure() {
        let at_least = bounded("at least four dozen", 48.0, None);
        let almost = bounded("almost four dozen", 43.2, Some(48.0));
        let up_to = bounded("up to 48", 0.0, Some(48.0));
        let more_than = bounded("more than 48", 48.0, None);
        let about = bounded("about 48", 38.4, Some(57.6));
        assert!(!at_least.compatible(&almost));
        assert!(at_least.compatible(&up_to));
        assert!(!more_than.compatible(&up_to));
        // A figure and a two-sided rounding keep their tolerance.
        assert!(almost.compatible(&about));
        assert!(almost.compatible(&amount(48.0, Some(48.0), 0.05)));
        // Bounds that leave room between them hold together.
        let nearly_fifty = bounded("nearly 50", 45.0, Some(50.0));
        assert!(at_least.compatible(&nearly_fifty));
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

#[cfg(test)]
mod estimates {
    use super::*;

    fn written(text: &str, figure: f64) -> Value {
        let rules = RuleSet::builtin().unwrap();
        let rounded = qualifier(text, &rules).is_some_and(QualifierRule::rounds_both_ways);
        let (low, high) = if rounded {
            (figure * 0.8, figure * 1.2)
        } else {
            (figure, figure)
        };
        Value::Amount {
            low,
            high: Some(high),
            unit: Some("km".to_string()),
            tolerance: 0.05,
            bound: None,
            rounded,
            loose: rounded.then_some((0.8, 1.2)),
            written: None,
        }
    }

    #[test]
    fn about_sixty_and_some_ninety_meet_only_at_their_edges() {
        let sixty = written("about 60 kilometres", 60.0);
        let ninety = written("some 90 km", 90.0);
        assert!(sixty.compatible(&ninety));
        assert!(sixty.estimates_apart(&ninety, 0.15));
    }

    #[test]
    fn close_estimates_and_exact_figures_are_not_apart() {
        let sixty = written("about 60 km", 60.0);
        assert!(!sixty.estimates_apart(&written("around 70 km", 70.0), 0.15));
        // One figure as written: its interval decides alone.
        assert!(!sixty.estimates_apart(&written("72 km", 72.0), 0.15));
        // "at least" and "up to" bound one side only: no estimate.
        let rules = RuleSet::builtin().unwrap();
        assert!(!qualifier("at least 60", &rules).is_some_and(QualifierRule::rounds_both_ways));
        assert!(!qualifier("up to 60", &rules).is_some_and(QualifierRule::rounds_both_ways));
    }
}
