//! Date contradictions: the same statement of one speaker tied to different resolved days ("Saturday" in one outlet, "Sunday" in another), and the same event put on different days ("the raid on Tuesday" against "the raid on Wednesday").

use std::collections::{BTreeMap, BTreeSet};

use crate::check::facts::{Verdict, crossed, facts_of, frame_words, of_facts, reading_words};
use crate::check::{
    Context, ContradictionKind, FactFinding, Finding, FindingKind, Marked, Pair, Rule, new_finding,
};
use crate::extract::{Claim, FactKind};
use crate::rules::{RuleSet, Severity};
use crate::sets::Sets;
use crate::words::TextMap;

/// The same event or announcement put on different days.
pub struct DateMismatch;

/// The record of `date-mismatch`.
pub const RULE: Rule = Rule {
    id: "date-mismatch",
    name: "DateContradiction",
    severity: Severity::Error,
    summary: "Outlets put the same event on different days.",
    help: "Check which day the event happened; a relative day (\"Friday\") may have been resolved against the wrong dateline.",
};

/// The record of `days-differ`: an event put on different days by reports of different
/// days, or hedged.
pub const DAYS_DIFFER: Rule = Rule {
    id: "days-differ",
    name: "DaysDiffer",
    severity: Severity::Warning,
    summary: "Outlets put the same event on different days, in reports of different or unknown days or hedged.",
    help: "Check which day the event happened; a relative day may have been resolved against another dateline.",
};

/// The event a day group is of: "the raid" for an event noun, "killed (climber)" for what
/// happened to someone, "rationed from" for the day a measure takes effect.
fn event_words(group: &crate::check::facts::Group) -> String {
    let words = frame_words(&group.frame, group.key.background.is_some());
    if group.frame.holder.is_some() || group.frame.what.ends_with(" from") {
        words
    } else {
        format!("the {words}")
    }
}

/// Content overlap above which two claims tell the same thing: the likeness at which the
/// linker keeps one speaker's two claims linked though they name days far apart.
const SAME_STATEMENT: f64 = crate::graph::ONE_STATEMENT_TWO_DAYS;

/// Two outlets report the same statement of one speaker but name different days for it,
/// once relative days are resolved against each article's date.
impl super::Contradiction for DateMismatch {
    fn kind(&self) -> ContradictionKind {
        ContradictionKind::Date
    }

    fn rule(&self) -> &'static Rule {
        &RULE
    }

    fn also(&self) -> &'static [Rule] {
        std::slice::from_ref(&DAYS_DIFFER)
    }

    /// Days of one event that differ: one finding per event, with every outlet behind
    /// each day; a disagreement the statements above already show is not told twice.
    fn compare(&self, ctx: &Context<'_>) -> Vec<FactFinding> {
        let mut out = Vec::new();
        for group in ctx
            .frames
            .groups
            .iter()
            .filter(|g| g.key.kind == FactKind::Day)
        {
            let found: Vec<_> = group
                .disagreements
                .iter()
                .filter(|d| matches!(d.verdict, Verdict::Contradiction { .. }))
                .filter(|d| {
                    let pairs = crossed(group, d.a, d.b);
                    pairs.is_empty()
                        || pairs
                            .iter()
                            .any(|&(x, y)| !ctx.conflicts.contains(&(x.min(y), x.max(y))))
                })
                .collect();
            if found.is_empty() {
                continue;
            }
            let error = found
                .iter()
                .any(|d| d.verdict == Verdict::Contradiction { error: true });
            let readings: BTreeSet<usize> = found.iter().flat_map(|d| [d.a, d.b]).collect();
            let days: Vec<String> = readings
                .iter()
                .map(|&r| {
                    let day = match &group.readings[r].value {
                        crate::check::facts::Value::Day(d) => format!(" ({d})"),
                        crate::check::facts::Value::Amount { .. } => String::new(),
                    };
                    format!("{}{day}", reading_words(group, r, false))
                })
                .collect();
            let rule = if error { &RULE } else { &DAYS_DIFFER };
            out.push(of_facts(
                ctx,
                FindingKind::Contradiction,
                Some(self.kind()),
                rule,
                &facts_of(group, &readings),
                format!(
                    "{}: {}: outlets put it on different days",
                    event_words(group),
                    days.join(" — ")
                ),
                found
                    .iter()
                    .flat_map(|d| crossed(group, d.a, d.b))
                    .collect(),
            ));
        }
        out
    }

    fn check(&self, pair: &Pair<'_>) -> Vec<Finding> {
        let ctx = pair.ctx;
        let (a, b) = (pair.claim_a(), pair.claim_b());
        if !(pair.link.same_speaker && pair.link.similarity >= SAME_STATEMENT) {
            return Vec::new();
        }
        let (da, db) = (days(a), days(b));
        if da.is_empty()
            && db.is_empty()
            && let Some(finding) = undated_days_apart(pair)
        {
            return vec![finding];
        }
        if !days_apart(&da, &db) || another_particular_apart(a, b, ctx.rules) {
            return Vec::new();
        }
        // Only one named day on each side, written differently: "Sunday" vs "Saturday".
        let (Some(x), Some(y)) = (
            a.dates.iter().find(|d| d.date.is_some()),
            b.dates.iter().find(|d| d.date.is_some()),
        ) else {
            return Vec::new();
        };
        if da.len() != 1 || db.len() != 1 || x.text.eq_ignore_ascii_case(&y.text) {
            return Vec::new();
        }
        let (Some(dx), Some(dy)) = (x.date, y.date) else {
            return Vec::new();
        };
        let message = format!(
            "{} puts it on \"{}\" ({dx}) but {} on \"{}\" ({dy})",
            ctx.who(pair.a),
            x.text,
            ctx.who(pair.b),
            y.text,
        );
        vec![pair.finding(
            self.kind(),
            &RULE,
            message,
            vec![ctx.mark(pair.a, x.span), ctx.mark(pair.b, y.span)],
        )]
    }
}

/// One finding per statement put on several days: the findings of [`DateMismatch::check`]
/// that share a claim (one statement, carried by several outlets, each pair of which differs)
/// become one that lists every outlet behind each day (`"Feb. 3" (2016-02-03) per NYT, VOA —
/// "Feb. 4" (2016-02-04) per AFP`), in the place of the first. `index` gives each claim's
/// index by its id.
pub(super) fn one_per_statement(
    ctx: &Context<'_>,
    findings: Vec<Finding>,
    index: &TextMap<&str, usize>,
) -> Vec<Finding> {
    let pairwise = |f: &Finding| {
        f.rule == RULE.id && f.subkind == Some(ContradictionKind::Date) && f.claims.len() == 2
    };
    // The statements as sets of claims joined by their findings (the smallest claim index
    // heads each, so the grouping does not depend on the findings' order).
    let mut sets = Sets::new(ctx.claims.len());
    let claims_of = |f: &Finding| -> Option<(usize, usize)> {
        let x = *index.get(f.claims[0].as_str())?;
        let y = *index.get(f.claims[1].as_str())?;
        Some((x, y))
    };
    for f in findings.iter().filter(|f| pairwise(f)) {
        if let Some((x, y)) = claims_of(f) {
            sets.join(x, y);
        }
    }
    let mut members: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, f) in findings.iter().enumerate() {
        if pairwise(f)
            && let Some((x, _)) = claims_of(f)
        {
            members.entry(sets.root(x)).or_default().push(i);
        }
    }
    let mut merged: BTreeMap<usize, Finding> = BTreeMap::new();
    let mut dropped: BTreeSet<usize> = BTreeSet::new();
    for group in members.values().filter(|g| g.len() > 1) {
        let mut marked: Vec<Marked> = Vec::new();
        for &i in group {
            for m in &findings[i].marked {
                if !marked
                    .iter()
                    .any(|k| k.claim == m.claim && k.span == m.span)
                {
                    marked.push(m.clone());
                }
            }
        }
        // Each day, as written first, with the outlets that put the statement on it.
        let mut days: BTreeMap<crate::date::Date, (&str, BTreeSet<&str>)> = BTreeMap::new();
        let mut claims: Vec<usize> = Vec::new();
        for m in &marked {
            let Some(&c) = index.get(m.claim.as_str()) else {
                continue;
            };
            claims.push(c);
            let Some(day) = ctx.claims[c]
                .dates
                .iter()
                .find(|d| d.span == m.span)
                .and_then(|d| d.date)
            else {
                continue;
            };
            days.entry(day)
                .or_insert((m.text.as_str(), BTreeSet::new()))
                .1
                .insert(ctx.source(c));
        }
        claims.sort_unstable();
        claims.dedup();
        let speaker = claims
            .first()
            .and_then(|&c| ctx.claims[c].speaker.as_ref())
            .map(|s| s.shown().to_string())
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| "the statement".to_string());
        let listed: Vec<String> = days
            .iter()
            .map(|(day, (text, outlets))| {
                let outlets: Vec<&str> = outlets.iter().copied().collect();
                format!("\"{text}\" ({day}) per {}", outlets.join(", "))
            })
            .collect();
        let message = format!(
            "{speaker}: {}: outlets put it on different days",
            listed.join(" — ")
        );
        let finding = new_finding(
            ctx,
            FindingKind::Contradiction,
            Some(ContradictionKind::Date),
            &RULE,
            &claims,
            message,
            marked,
        );
        merged.insert(group[0], finding);
        dropped.extend(group[1..].iter().copied());
    }
    findings
        .into_iter()
        .enumerate()
        .filter(|(i, _)| !dropped.contains(i))
        .map(|(i, f)| merged.remove(&i).unwrap_or(f))
        .collect()
}

/// A day as written, when no report date resolves it: a day of the week, or a month and
/// the day of it ("March 12", "12 March", "Mar. 12").
#[derive(Debug, PartialEq, Eq)]
enum WrittenDay {
    Weekday(crate::date::Weekday),
    OfMonth(u8, u8),
}

impl WrittenDay {
    fn read(text: &str) -> Option<WrittenDay> {
        let words: Vec<&str> = text
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
            .collect();
        let day = |w: &str| crate::extract::dates::day_of(&w.to_lowercase());
        match words.as_slice() {
            [one] => crate::date::Weekday::from_name(one).map(WrittenDay::Weekday),
            [m, d] => crate::date::month_from_name(m)
                .zip(day(d))
                .or_else(|| crate::date::month_from_name(d).zip(day(m)))
                .map(|(m, d)| WrittenDay::OfMonth(m, d)),
            _ => None,
        }
    }
}

/// One statement of one speaker put on two days as written, in copy whose report dates
/// are unknown ("on March 12" / "on March 19", "on Saturday" / "on Sunday"): a warning,
/// as the days cannot be resolved. Each side names one day, of the same form; nothing else
/// of the two statements differs.
fn undated_days_apart(pair: &Pair<'_>) -> Option<Finding> {
    let ctx = pair.ctx;
    let (a, b) = (pair.claim_a(), pair.claim_b());
    let ([x], [y]) = (a.dates.as_slice(), b.dates.as_slice()) else {
        return None;
    };
    let (dx, dy) = (WrittenDay::read(&x.text)?, WrittenDay::read(&y.text)?);
    let same_form = matches!(
        (&dx, &dy),
        (WrittenDay::Weekday(_), WrittenDay::Weekday(_))
            | (WrittenDay::OfMonth(..), WrittenDay::OfMonth(..))
    );
    if !same_form || dx == dy || another_particular_apart(a, b, ctx.rules) {
        return None;
    }
    let message = format!(
        "{} puts it on \"{}\" but {} on \"{}\" (report dates unknown)",
        ctx.who(pair.a),
        x.text,
        ctx.who(pair.b),
        y.text,
    );
    Some(pair.finding(
        ContradictionKind::Date,
        &DAYS_DIFFER,
        message,
        vec![ctx.mark(pair.a, x.span), ctx.mark(pair.b, y.span)],
    ))
}

/// The resolved days a claim names.
fn days(c: &Claim) -> BTreeSet<crate::date::Date> {
    c.dates.iter().filter_map(|d| d.date).collect()
}

/// Whether both name days and none is the other's.
fn days_apart(a: &BTreeSet<crate::date::Date>, b: &BTreeSet<crate::date::Date>) -> bool {
    !a.is_empty() && !b.is_empty() && a.is_disjoint(b)
}

/// Whether two alike statements tell of two events: they put it on different days and also
/// differ in another particular (`a 28-year-old shot Tuesday in Pratt City` against `a
/// 31-year-old shot Wednesday in Ensley`): neither one event put on two days, nor one
/// statement two outlets agree on.
pub(super) fn two_events(a: &Claim, b: &Claim, rules: &RuleSet) -> bool {
    days_apart(&days(a), &days(b)) && another_particular_apart(a, b, rules)
}

/// Whether two statements differ in a particular besides their days: a figure, or a place
/// or person each names and the other does not.
fn another_particular_apart(a: &Claim, b: &Claim, rules: &RuleSet) -> bool {
    super::number::figures_agree(a, b, rules) == Some(false)
        || figures_apart(a, b)
        || names_apart(&a.content, &b.content)
}

/// Whether a figure of one statement has no equal of its unit in the other, which gives
/// that unit (`a 28-year-old` / `a 31-year-old`), whatever it measures.
fn figures_apart(a: &Claim, b: &Claim) -> bool {
    a.numbers.iter().any(|x| {
        x.unit.is_some()
            && b.numbers.iter().any(|y| y.unit == x.unit)
            && !b
                .numbers
                .iter()
                .any(|y| y.unit == x.unit && (y.value - x.value).abs() < 1e-9)
    })
}

/// Whether each of two statements names someone or somewhere the other does not (`in the
/// Pratt City neighborhood` / `in the Ensley neighborhood`): capitalised words after the
/// first, days and months aside.
fn names_apart(a: &str, b: &str) -> bool {
    let names = |text: &str| -> BTreeSet<String> {
        text.split_whitespace()
            .skip(1)
            .flat_map(|w| w.split(|c: char| !c.is_alphabetic()))
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .filter(|w| {
                crate::date::Weekday::from_name(w).is_none()
                    && crate::date::month_from_name(w).is_none()
            })
            .map(str::to_string)
            .collect()
    };
    let (na, nb) = (names(a), names(b));
    !na.is_subset(&nb) && !nb.is_subset(&na)
}

#[cfg(test)]
mod tests {
    use crate::check::contradictions_in;

    #[test]
    fn saturday_and_sunday_for_one_statement_differ() {
        let found = contradictions_in(&[
            (
                "One",
                "2016-02-21",
                "Kerry said he spoke to Lavrov on Sunday about the truce in Syria and its terms.",
            ),
            (
                "Two",
                "2016-02-21",
                "Kerry said he spoke to Lavrov on Saturday about the truce in Syria and its terms.",
            ),
        ]);
        assert_eq!(
            found,
            [(
                "date-mismatch".to_string(),
                vec!["Sunday".to_string(), "Saturday".to_string()]
            )]
        );
    }

    /// One engineer's statement of when a dam reopens, on `day`.
    fn reyes_said(day: &str) -> String {
        format!(
            "Tomas Reyes, the district engineer, said the dam would reopen on {day} once \
             inspectors had signed off."
        )
    }

    #[test]
    fn one_statement_put_on_days_a_week_apart_is_a_contradiction_not_two_events() {
        // Days named far apart leave two claims unlinked as two events, but not one
        // speaker's one statement that differs only in the day.
        let found = contradictions_in(&[
            ("One", "2027-02-20", &reyes_said("March 12")),
            ("Two", "2027-02-20", &reyes_said("March 19")),
        ]);
        assert_eq!(
            found,
            [(
                "date-mismatch".to_string(),
                vec!["March 12".to_string(), "March 19".to_string()]
            )]
        );
        // Two statements a week apart that say different things stay two events.
        let found = contradictions_in(&[
            ("One", "2027-02-20", &reyes_said("March 12")),
            (
                "Two",
                "2027-02-20",
                "Tomas Reyes said the canal locks would be drained on March 19 for a survey.",
            ),
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn undated_copy_putting_one_statement_on_two_days_is_a_warning_not_an_agreement() {
        let analysis = crate::check::analyse(&[
            ("One", "", &reyes_said("March 12")),
            ("Two", "", &reyes_said("19 March")),
        ]);
        let found: Vec<_> = analysis
            .findings
            .iter()
            .map(|f| (f.rule.as_str(), f.severity))
            .collect();
        assert_eq!(found, [("days-differ", crate::rules::Severity::Warning)]);
        // The same day written two ways, and a day of the week against a date, are left.
        for (x, y) in [("March 12", "12 March"), ("Sunday", "March 12")] {
            let analysis =
                crate::check::analyse(&[("One", "", &reyes_said(x)), ("Two", "", &reyes_said(y))]);
            assert!(
                analysis.findings.iter().all(|f| f.rule != "days-differ"),
                "{x} / {y}"
            );
        }
    }

    #[test]
    fn a_day_as_written_is_read_in_either_order_with_its_ordinal() {
        use super::WrittenDay;
        assert_eq!(
            WrittenDay::read("March 12"),
            Some(WrittenDay::OfMonth(3, 12))
        );
        assert_eq!(
            WrittenDay::read("12th March"),
            Some(WrittenDay::OfMonth(3, 12))
        );
        assert_eq!(
            WrittenDay::read("Mar. 12"),
            Some(WrittenDay::OfMonth(3, 12))
        );
        assert_eq!(
            WrittenDay::read("Sunday"),
            Some(WrittenDay::Weekday(crate::date::Weekday::Sunday))
        );
        assert_eq!(WrittenDay::read("March 2016"), None);
        assert_eq!(WrittenDay::read("last week"), None);
    }

    #[test]
    fn a_statement_put_on_three_days_by_four_outlets_is_one_finding() {
        let said = |day: &str| {
            format!(
                "Kerry said he spoke to Lavrov on {day} about the truce in Syria and its terms."
            )
        };
        let analysis = crate::check::analyse(&[
            ("One", "2016-02-21", &said("Sunday")),
            ("Two", "2016-02-21", &said("Saturday")),
            ("Three", "2016-02-21", &said("Saturday")),
            ("Four", "2016-02-21", &said("Friday")),
        ]);
        let dates: Vec<_> = analysis
            .findings
            .iter()
            .filter(|f| f.rule == "date-mismatch")
            .collect();
        assert_eq!(dates.len(), 1, "{dates:#?}");
        assert_eq!(
            dates[0].message,
            "Kerry: \"Friday\" (2016-02-19) per Four — \"Saturday\" (2016-02-20) per Three, Two — \"Sunday\" (2016-02-21) per One: outlets put it on different days"
        );
        assert_eq!(dates[0].claims.len(), 4);
        // The claims that differ on the day are never one agreement.
        assert!(
            analysis
                .findings
                .iter()
                .filter(|f| f.kind == crate::check::FindingKind::Agreement)
                .all(|f| f.claims.len() < 3),
            "{:#?}",
            analysis.findings
        );
    }

    #[test]
    fn the_same_day_written_two_ways_agrees() {
        let found = contradictions_in(&[
            (
                "One",
                "2016-02-21",
                "Kerry said he spoke to Lavrov on Sunday about the truce in Syria and its terms.",
            ),
            (
                "Two",
                "2016-02-22",
                "Kerry said he spoke to Lavrov yesterday about the truce in Syria and its terms.",
            ),
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    /// Whether a date contradiction is found between a report of 10 June and one of 11 June.
    fn days_contradict(first: &str, second: &str) -> bool {
        let found =
            contradictions_in(&[("One", "2025-06-10", first), ("Two", "2025-06-11", second)]);
        found.iter().any(|(rule, _)| rule == "date-mismatch")
    }

    #[test]
    fn alike_reports_of_two_events_on_two_days_are_no_contradiction() {
        // Another place named on each side.
        assert!(!days_contradict(
            "A man was shot and killed Tuesday in the Elm Park neighborhood, police said.",
            "A man was shot and killed Wednesday in the Riverside neighborhood, police said.",
        ));
        // Another age on each side.
        assert!(!days_contradict(
            "A 28-year-old man was shot Tuesday in the Elm Park neighborhood, police said.",
            "A 31-year-old man was shot Wednesday in the Elm Park neighborhood, police said.",
        ));
        // The same shooting put on two days is still one.
        assert!(days_contradict(
            "A 28-year-old man was shot Tuesday in the Elm Park neighborhood, police said.",
            "A 28-year-old man was shot Monday in the Elm Park neighborhood, police said.",
        ));
    }
}
