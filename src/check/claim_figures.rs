//! Whether the figures of two claims agree, for grouping agreements: figures of one measured
//! thing compared as intervals after unit conversion ("200 feet" = "60 metres").

use crate::extract::Quantity;
use crate::rules::RuleSet;

/// Units that count people: "46 died" and "57 people killed" count the same thing.
fn counts_people(unit: Option<&str>) -> bool {
    matches!(
        unit,
        None | Some("people" | "person" | "persons" | "victim" | "civilian")
    )
}

/// A figure in a common unit: (low, high, value, tolerance).
type Converted = (f64, Option<f64>, f64, f64);

/// Both figures in one unit, or `None` when they measure different things.
fn comparable(x: &Quantity, y: &Quantity, rules: &RuleSet) -> Option<(Converted, Converted)> {
    if x.ordinal || y.ordinal || x.measure.is_none() || x.measure != y.measure {
        return None;
    }
    let tolerance = rules.numbers.tolerance.unwrap_or(0.05);
    let plain = |q: &Quantity| (q.low, q.high, q.value, 0.0);
    let (ux, uy) = (x.unit.as_deref(), y.unit.as_deref());
    if ux == uy || (counts_people(ux) && counts_people(uy)) {
        return Some((plain(x), plain(y)));
    }
    let conversion = |unit: Option<&str>| {
        let unit = unit?;
        rules.numbers.conversion.iter().find(|c| c.unit == unit)
    };
    let (cx, cy) = (conversion(ux)?, conversion(uy)?);
    if cx.into != cy.into {
        return None;
    }
    let tol = |c: &crate::rules::ConversionRule| c.tolerance.unwrap_or(tolerance);
    let tol = tol(cx).max(tol(cy)).max(tolerance);
    let scale = |q: &Quantity, f: f64| (q.low * f, q.high.map(|h| h * f), q.value * f, tol);
    Some((scale(x, cx.factor), scale(y, cy.factor)))
}

/// True for a figure written as a vague quantity ("more than a dozen", "dozens").
fn vague(q: &Quantity, rules: &RuleSet) -> bool {
    let text = q.text.to_lowercase();
    !text.chars().any(|c| c.is_ascii_digit())
        && rules
            .numbers
            .vague
            .iter()
            .any(|v| v.words.iter().any(|w| text.contains(&w.to_lowercase())))
}

fn overlaps(a: Converted, b: Converted) -> bool {
    let tol = a.3.max(b.3);
    let (la, ha, lb, hb) = (a.0, a.1, b.0, b.1);
    let below = |low: f64, high: Option<f64>| high.is_none_or(|h| low <= h * (1.0 + tol) + 1e-9);
    below(la, hb) && below(lb, ha)
}

fn contains(a: Converted, value: f64) -> bool {
    let tol = a.3;
    a.0 * (1.0 - tol) <= value + 1e-9 && a.1.is_none_or(|h| value <= h * (1.0 + tol) + 1e-9)
}

/// Whether two figures say the same: `None` when they measure different things.
fn agree(x: &Quantity, y: &Quantity, rules: &RuleSet) -> Option<bool> {
    let (cx, cy) = comparable(x, y, rules)?;
    let same = (cx.2 - cy.2).abs() <= cx.3.max(cy.3) * cx.2.abs().max(cy.2.abs());
    let excused =
        (vague(x, rules) && contains(cx, cy.2)) || (vague(y, rules) && contains(cy, cx.2));
    Some(overlaps(cx, cy) && (same || excused))
}

/// True when the other claim has a figure that says the same as `x`: a claim that lists
/// several figures of one thing ("38 percent … 33 percent") is compared figure by figure
/// with its counterpart, not each figure with every other.
fn matched(x: &Quantity, others: &[Quantity], rules: &RuleSet) -> bool {
    others.iter().any(|y| agree(x, y, rules) == Some(true))
}

/// Whether the figures of two claims agree: `None` when they carry no figures of one
/// measured thing, `Some(false)` when two such figures differ and neither has a
/// counterpart in the other claim.
pub fn figures_agree(
    a: &crate::extract::Claim,
    b: &crate::extract::Claim,
    rules: &RuleSet,
) -> Option<bool> {
    let mut verdict = None;
    for x in &a.numbers {
        for y in &b.numbers {
            match agree(x, y, rules) {
                None => {}
                Some(true) => {
                    verdict.get_or_insert(true);
                }
                Some(false) if !matched(x, &b.numbers, rules) && !matched(y, &a.numbers, rules) => {
                    return Some(false);
                }
                Some(false) => {}
            }
        }
    }
    verdict
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Span;
    use crate::extract::Quantity;

    fn figure(value: f64, unit: &str, measure: &str) -> Quantity {
        Quantity {
            text: value.to_string(),
            span: Span::new(0, 1),
            value,
            low: value,
            high: Some(value),
            unit: Some(unit.to_string()),
            measure: Some(measure.to_string()),
            ordinal: false,
        }
    }

    fn overlap(x: &Quantity, y: &Quantity) -> Option<bool> {
        let rules = RuleSet::builtin().unwrap();
        let (cx, cy) = comparable(x, y, &rules)?;
        Some(overlaps(cx, cy))
    }

    #[test]
    fn feet_and_metres_compare_after_conversion() {
        assert_eq!(
            overlap(
                &figure(200.0, "feet", "wide"),
                &figure(60.0, "metre", "wide")
            ),
            Some(true)
        );
        assert_eq!(
            overlap(
                &figure(200.0, "feet", "wide"),
                &figure(90.0, "metre", "wide")
            ),
            Some(false)
        );
        assert_eq!(
            overlap(
                &figure(10.0, "mile", "long"),
                &figure(16.0, "kilometre", "long")
            ),
            Some(true)
        );
    }

    #[test]
    fn euros_and_dollars_compare_at_a_rough_rate() {
        assert_eq!(
            overlap(
                &figure(110e9, "eur", "worth"),
                &figure(141e9, "usd", "worth")
            ),
            Some(true)
        );
        assert_eq!(
            overlap(
                &figure(110e9, "eur", "worth"),
                &figure(200e9, "usd", "worth")
            ),
            Some(false)
        );
    }

    #[test]
    fn injured_and_arrested_are_not_compared() {
        assert_eq!(
            overlap(
                &figure(12.0, "people", "injured"),
                &figure(12.0, "people", "arrested")
            ),
            None
        );
        assert_eq!(
            overlap(
                &figure(12.0, "policeman", "killed"),
                &figure(57.0, "people", "killed")
            ),
            None
        );
    }
}
