//! Agreements: groups of claims of two or more outlets linked as one statement, checked to hold together (no chain of links joins two claims that say different things), with nothing in conflict between them.

use rayon::prelude::*;

use crate::check::{Context, Finding, FindingKind, Rule, new_finding};
use crate::graph::{EXCERPT_WORDS, Link, Speakers, Why, claim_speakers, group_and_person};
use crate::rules::Severity;
use crate::words::{TextMap, TextSet};

/// What two or more outlets report alike.
pub struct Agreement;

/// The record of `agreement`.
pub const RULE: Rule = Rule {
    id: "agreement",
    name: "AgreementAcrossSources",
    severity: Severity::Info,
    summary: "A claim two or more outlets carry without conflict.",
    help: "Nothing to fix: independent outlets carry the claim.",
};

/// Weighted likeness of content two claims of one group must have at least, when no link
/// joins them and they share no quoted words: below it they say different things.
const HOLDS: f64 = 0.35;
/// Share of a claim's weighed words two claims must both hold for it to tie them into one
/// group ([`carry_one_excerpt`]).
const WITHIN: f64 = 0.8;
/// Texts of a group a joining claim is checked against: its first ones. Bounds the check
/// whatever the group's size.
const CORE: usize = 12;

/// True when a link says that two outlets carry one statement: the same text, or a link
/// of words, quotations or figures between speakers that can be one, with figures that do
/// not differ and no contradiction found between the two.
pub fn agrees(ctx: &Context<'_>, a: usize, b: usize, link: &Link) -> bool {
    if ctx.conflicts.contains(&(a.min(b), a.max(b))) {
        return false;
    }
    if link.why == Why::Copies {
        return true;
    }
    if link.speakers == Speakers::Different
        || super::date::two_events(&ctx.claims[a], &ctx.claims[b], ctx.rules)
    {
        return false;
    }
    let figures = super::number::figures_agree(&ctx.claims[a], &ctx.claims[b], ctx.rules);
    match link.why {
        Why::Figure => figures == Some(true),
        // Quoted fragments shared by the two claims' sentences agree only when the claims'
        // own quotations share rare words ("the edge of the abyss"); a run elsewhere in the
        // sentences, or of common words ("the United States"), is kept for the misquote
        // checks alone.
        Why::Fragment => link.quote_run_rare && figures != Some(false),
        _ => figures != Some(false),
    }
}

/// True when claims `x` and `y`, brought into one group through other claims, still say
/// one thing: linked to each other, or of one article, or of speakers that can be one and
/// sharing quoted words or enough weighed content words.
fn hold_together(ctx: &Context<'_>, x: usize, y: usize) -> bool {
    if ctx.agree(x, y) {
        return true;
    }
    if ctx.conflicts.contains(&(x.min(y), x.max(y))) {
        return false;
    }
    let (px, py) = (ctx.profile(x), ctx.profile(y));
    if px.same_text(py) {
        return true;
    }
    // Two claims of one article do not corroborate each other: a claim of another outlet
    // that carries both ties them (a long quotation, and two excerpts of it).
    if px.article == py.article {
        return true;
    }
    let relation = claim_speakers(
        &ctx.claims[x],
        (px.speaker.as_deref(), px.written),
        &ctx.claims[y],
        (py.speaker.as_deref(), py.written),
        ctx.rules,
    );
    if relation == Speakers::Different {
        return false;
    }
    let (rx, ry) = (&px.reading, &py.reading);
    let quoted = |q: Option<&crate::graph::Passage>, other: &crate::graph::Passage| {
        q.is_some_and(|q| q.longest_run(other).0 >= EXCERPT_WORDS)
    };
    if quoted(rx.quoted(), &ry.stemmed) || quoted(ry.quoted(), &rx.stemmed) {
        return true;
    }
    // Several unnamed people and one named person are not one speaker by alike words.
    if group_and_person(
        &ctx.claims[x],
        (px.speaker.as_deref(), px.written),
        &ctx.claims[y],
        (py.speaker.as_deref(), py.written),
        ctx.rules,
    ) {
        return false;
    }
    // Words the whole story uses ("the deals", the countries named in every claim) do not
    // make two statements one: the two share a rare word besides.
    let likeness = ctx
        .graph
        .weights
        .compare_readings(px.story, rx, ry, &ctx.graph.vocabulary);
    likeness.score() >= HOLDS && likeness.rare >= 1
}

/// True when some claim `z` of `among` agrees with both `x` and `y` and nearly all its weighed
/// words (`WITHIN`) are in each of them: both carry the statement `z` makes (two long
/// quotations of a speech holding one excerpt), even when they say different things besides.
/// A chain through a claim of two statements (A–B–C where B holds both A and C) is not tied:
/// the middle claim is not within the ends.
fn carry_one_excerpt(ctx: &Context<'_>, x: usize, y: usize, among: &[usize]) -> bool {
    let within = |z: usize, w: usize| {
        let (pz, pw) = (ctx.profile(z), ctx.profile(w));
        ctx.graph
            .weights
            .covered(pz.story, pz.reading.stems(), pw.reading.stems())
            >= WITHIN
    };
    among.iter().any(|&z| {
        z != x && z != y && ctx.agree(x, z) && ctx.agree(y, z) && within(z, x) && within(z, y)
    })
}

/// A group being built: its members in the order they joined, and what [`fits`] reads of
/// them without walking them all.
#[derive(Default)]
struct Building {
    members: Vec<usize>,
    /// The members, for telling whether a claim is one.
    joined: TextSet<usize>,
    /// For each text (the copies of one text under several outlet names are one): the first
    /// member with it, and the first member with it from another article than that one's,
    /// in joining order.
    reps: Vec<usize>,
    /// Each text's first article, and whether its second representative is taken; texts by
    /// the claim of their first copy.
    texts: TextMap<usize, (usize, bool)>,
}

impl Building {
    /// Adds `x`, once: a member never joins again.
    fn push(&mut self, ctx: &Context<'_>, x: usize) {
        if !self.joined.insert(x) {
            return;
        }
        self.members.push(x);
        let p = ctx.profile(x);
        match self.texts.entry(p.first_copy) {
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert((p.article, false));
                self.reps.push(x);
            }
            std::collections::hash_map::Entry::Occupied(mut e) => {
                let (first, second) = e.get_mut();
                if !*second && *first != p.article {
                    *second = true;
                    self.reps.push(x);
                }
            }
        }
    }
}

/// True when claim `x` can join `group`: it holds together ([`hold_together`]) with each
/// of its members from another article, or the two carry one member's excerpt
/// ([`carry_one_excerpt`]) (copies of one text checked once, the first `CORE`
/// texts only, so that the check is bounded whatever the group's size). Only each reading's
/// representatives are walked: the first member from another article than `x`'s is one of
/// them.
fn fits(ctx: &Context<'_>, x: usize, group: &Building) -> bool {
    // A member never joins again (`a` is in the groups `b` has just joined).
    if group.joined.contains(&x) {
        return false;
    }
    let article = ctx.profile(x).article;
    let mut seen: Vec<usize> = Vec::new();
    let mut checked: Vec<usize> = Vec::with_capacity(CORE);
    for &y in &group.reps {
        let py = ctx.profile(y);
        let text = py.first_copy;
        if py.article == article || seen.contains(&text) {
            continue;
        }
        if seen.len() == CORE {
            break;
        }
        seen.push(text);
        checked.push(y);
    }
    checked
        .iter()
        .all(|&y| hold_together(ctx, x, y) || carry_one_excerpt(ctx, x, y, &checked))
}

/// Groups of claims that report the same thing, each sorted, in order of their first
/// claim; only groups carried by two or more outlets.
///
/// The agreeing links are taken strongest first (the same text, quotations, a quoted phrase,
/// words, then figures; then by weighted likeness; then by claim). A linked claim joins each
/// group of the other claim it fits ([`fits`]: it holds together with every member from
/// another article); when it fits none, the two start a group of their own. So three
/// outlets carrying one statement are one group, and a chain A–B–C where A and C say
/// different things is two groups, A–B and B–C: a long quotation of one outlet can agree
/// with two excerpts of it in another. Groups within another are dropped.
pub fn groups(ctx: &Context<'_>) -> Vec<Vec<usize>> {
    // The agreeing links ([`Context::agreeing`]), strongest first; no two have the same
    // claims, so the order is the same whatever sort makes it.
    // Kept as indices of the graph's links: a copy of all the links would be the largest
    // list of a large batch. Each story's are put in order through a list of their own.
    let link = |k: u32| ctx.graph.link_at(k as usize);
    // What the order reads of a link, read once a link: a sort that read both links of each
    // comparison would fetch every link from the graph's list some 2 log n times, out of
    // order, which on a large story costs more than the comparisons.
    let order_of = |k: u32| link(k).map(|(a, b, l)| (l.why, l.weighted, a, b));
    let strongest_first =
        |x: &Option<(Why, f64, usize, usize)>, y: &Option<(Why, f64, usize, usize)>| match (x, y) {
            (Some(x), Some(y)) => {
                x.0.cmp(&y.0)
                    .then(y.1.total_cmp(&x.1))
                    .then((x.2, x.3).cmp(&(y.2, y.3)))
            }
            (x, y) => x.is_some().cmp(&y.is_some()),
        };
    // A group holds claims of one story, as links join claims of one story: each story's
    // links, in that order, are grouped on their own and in parallel. A group is made,
    // joined and dropped by the links of its story alone, so the groups are those one walk
    // over all the links makes. Should a link join two stories, all are grouped as one.
    // Each link's story is read in parallel; each story's links are then put in order on
    // their own (the order of all the links, kept to one story).
    // Each link's story as a 32-bit number (`NO_STORY` for a link across two stories), and
    // each story's list made to its size: at a week's batch the agreeing links are millions,
    // and a list of them per story grown by doubling, beside a word-wide story a link, was
    // the checks' peak of memory.
    const NO_STORY: u32 = u32::MAX;
    let story = |k: u32| {
        link(k)
            .and_then(|(a, b, _)| {
                let (sa, sb) = (ctx.profile(a).story, ctx.profile(b).story);
                (sa == sb).then_some(sa)
            })
            .and_then(|s| u32::try_from(s).ok())
            .filter(|&s| s != NO_STORY)
            .unwrap_or(NO_STORY)
    };
    let story_of: Vec<u32> = ctx.agreeing.par_iter().map(|&k| story(k)).collect();
    let mut by_story: Vec<Vec<u32>> = Vec::new();
    if story_of.iter().all(|&s| s != NO_STORY) {
        let mut sizes: Vec<usize> = Vec::new();
        for &s in &story_of {
            let s = s as usize;
            if sizes.len() <= s {
                sizes.resize(s + 1, 0);
            }
            sizes[s] += 1;
        }
        by_story = sizes.into_iter().map(Vec::with_capacity).collect();
        for (&k, &s) in ctx.agreeing.iter().zip(&story_of) {
            by_story[s as usize].push(k);
        }
    } else {
        by_story.push(ctx.agreeing.clone());
    }
    drop(story_of);
    let mut out: Vec<Vec<usize>> = by_story
        .par_iter_mut()
        .flat_map_iter(|links| {
            let mut ordered: Vec<_> = links.iter().map(|&k| (order_of(k), k)).collect();
            ordered.par_sort_unstable_by(|x, y| strongest_first(&x.0, &y.0));
            for (slot, (_, k)) in links.iter_mut().zip(ordered) {
                *slot = k;
            }
            story_groups(ctx, links)
        })
        .collect();
    out.sort();
    out
}

/// The groups of `links` (indices of the graph's links, strongest first), as [`groups`]
/// describes them, each sorted; only groups carried by two or more outlets.
fn story_groups(ctx: &Context<'_>, links: &[u32]) -> Vec<Vec<usize>> {
    let link = |k: u32| ctx.graph.link_at(k as usize);
    let mut building: Vec<Building> = Vec::new();
    // The groups each claim is in.
    let mut of_claim: TextMap<usize, Vec<usize>> = TextMap::default();
    let no_groups: Vec<usize> = Vec::new();
    for (a, b, _) in links.iter().filter_map(|&k| link(k)) {
        let (in_a, in_b) = (
            of_claim.get(&a).unwrap_or(&no_groups),
            of_claim.get(&b).unwrap_or(&no_groups),
        );
        if in_a.iter().any(|g| in_b.contains(g)) {
            continue;
        }
        let mut joined = false;
        for (x, y) in [(b, a), (a, b)] {
            for g in of_claim.get(&y).cloned().unwrap_or_default() {
                if fits(ctx, x, &building[g]) {
                    building[g].push(ctx, x);
                    of_claim.entry(x).or_default().push(g);
                    joined = true;
                }
            }
        }
        if !joined {
            of_claim.entry(a).or_default().push(building.len());
            of_claim.entry(b).or_default().push(building.len());
            let mut group = Building::default();
            group.push(ctx, a);
            group.push(ctx, b);
            building.push(group);
        }
    }
    let mut members: Vec<Vec<usize>> = building.into_iter().map(|g| g.members).collect();
    for m in &mut members {
        m.sort_unstable();
    }
    // A group within another (the same claims or fewer) says nothing more.
    let within = |g: usize| {
        let m = &members[g];
        of_claim.get(&m[0]).unwrap_or(&no_groups).iter().any(|&h| {
            h != g
                && (members[h].len() > m.len() || (members[h].len() == m.len() && h < g))
                && m.iter().all(|x| members[h].binary_search(x).is_ok())
        })
    };
    let kept: Vec<usize> = (0..members.len()).filter(|&g| !within(g)).collect();
    kept.into_iter()
        .map(|g| std::mem::take(&mut members[g]))
        .filter(|m| {
            let mut sources: Vec<&str> = m.iter().map(|&i| ctx.source(i)).collect();
            sources.sort_unstable();
            sources.dedup();
            sources.len() >= 2
        })
        .collect()
}

impl super::Check for Agreement {
    fn kind(&self) -> FindingKind {
        FindingKind::Agreement
    }

    fn rule(&self) -> &'static Rule {
        &RULE
    }

    /// One finding per group, the groups' findings made in parallel (in group order).
    fn check(&self, ctx: &Context<'_>) -> Vec<Finding> {
        ctx.groups
            .par_iter()
            .map(|members| {
                let first = members[0];
                let marked = members
                    .iter()
                    .map(|&i| ctx.mark(i, ctx.claims[i].content_span))
                    .collect();
                let mut sources: Vec<&str> = members.iter().map(|&i| ctx.source(i)).collect();
                sources.sort_unstable();
                sources.dedup();
                let message = format!(
                    "{} outlets agree ({}): {} — \"{}\"",
                    sources.len(),
                    sources.join(", "),
                    ctx.claims[first]
                        .speaker
                        .as_ref()
                        .map_or("the outlet", |s| s.shown()),
                    super::excerpt(&ctx.claims[first].content, 100)
                );
                new_finding(ctx, self.kind(), None, &RULE, members, message, marked)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::check::{FindingKind, analyse};

    #[test]
    fn two_outlets_carrying_one_statement_agree() {
        let a = analyse(&[
            (
                "One",
                "2016-02-21",
                "Kerry said the provisional agreement on a cessation of hostilities could begin within days.",
            ),
            (
                "Two",
                "2016-02-21",
                "Kerry said a provisional agreement on the truce could begin in the coming days.",
            ),
            (
                "Three",
                "2016-02-12",
                "Kerry said the provisional agreement on a cessation of hostilities could begin within days.",
            ),
        ]);
        let agreements: Vec<_> = a
            .findings
            .iter()
            .filter(|f| f.kind == FindingKind::Agreement)
            .collect();
        assert_eq!(agreements.len(), 1, "{:?}", a.findings);
        // The Munich story (nine days earlier) is another event.
        assert_eq!(agreements[0].sources, ["One", "Two"]);
    }

    /// The agreements of a batch as (outlets, first words of each claim).
    fn agreements(articles: &[(&str, &str, &str)]) -> Vec<(Vec<String>, Vec<String>)> {
        let a = analyse(articles);
        a.findings
            .iter()
            .filter(|f| f.kind == FindingKind::Agreement)
            .map(|f| {
                let words = f
                    .claims
                    .iter()
                    .filter_map(|id| a.claims.iter().find(|c| &c.id == id))
                    .map(|c| {
                        c.content
                            .split_whitespace()
                            .take(4)
                            .collect::<Vec<_>>()
                            .join(" ")
                    })
                    .collect();
                (f.sources.clone(), words)
            })
            .collect()
    }

    #[test]
    fn alike_reports_of_two_events_on_two_days_do_not_agree() {
        // Reports of 10 and 11 June.
        let next_day = |first: &str, second: &str| {
            agreements(&[("One", "2025-06-10", first), ("Two", "2025-06-11", second)])
        };
        let two = next_day(
            "A 28-year-old man was shot and killed Tuesday in the Elm Park neighborhood, \
             police said.",
            "A 31-year-old man was shot and killed Wednesday in the Riverside neighborhood, \
             police said.",
        );
        assert!(two.is_empty(), "{two:?}");
        // The same shooting told alike on the same day still agrees.
        let one = next_day(
            "A 28-year-old man was shot and killed Tuesday in the Elm Park neighborhood, \
             police said.",
            "A 28-year-old man was shot and killed on Tuesday in the Elm Park neighborhood, \
             police said.",
        );
        assert_eq!(one.len(), 1, "{one:?}");
    }

    #[test]
    fn a_surname_read_as_another_person_of_that_name_still_agrees() {
        // The first article names only the first lady in full, so its "Kessler" is read as
        // her; written alike, the two speakers can be one, and the same quotation agrees.
        let quote = "Kessler said the harbour treaty \"will not be so easy to rebuild, and the \
                     smugglers will face bigger trouble than ever before.\"";
        let one = format!(
            "Kessler and first lady Greta Kessler greeted the Danish prime minister at the \
             palace on Thursday.\n\n{quote}\n\nThe mayor said the bridge over the river would \
             reopen in March."
        );
        let two = format!(
            "President Tomas Kessler greeted the Danish prime minister at the palace on \
             Thursday.\n\n{quote}\n\nThe coach said the team would win the cup."
        );
        let found = agreements(&[("One", "2018-04-24", &one), ("Two", "2018-04-24", &two)]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, ["One", "Two"]);
    }

    /// Claims of other things in the story, so that words of two readings are rare.
    const OTHER: &str = "Kerry said the talks in Geneva would resume next week. \
        Lavrov said Russia would keep its bombers in the air. \
        The mayor said the bridge over the river would reopen in March.";

    #[test]
    fn a_description_and_a_name_agree_when_rare_words_agree_strongly() {
        let one = format!(
            "Officials said the administration reached a firm agreement with Norway on \
             salmon imports. {OTHER}"
        );
        let two = "The White House said it had reached an agreement with Norway on salmon \
                   imports after talks on a revised fisheries pact. \
                   Merkel said Europe would take in more refugees this year.";
        assert_eq!(
            agreements(&[("One", "2018-04-30", &one), ("Two", "2018-04-30", two)]),
            [(
                vec!["One".to_string(), "Two".to_string()],
                vec![
                    "the administration reached a".to_string(),
                    "it had reached an".to_string()
                ]
            )]
        );
    }

    #[test]
    fn a_role_and_a_name_agree_on_three_rare_words_that_are_most_of_both() {
        // The role's words ("the harbour commissioner") say nothing of who speaks; the three
        // words the two share are the story's rarest and nearly all either says.
        let one = format!(
            "Harbour Commissioner Dana Whitlock warned that ships were already being diverted \
             to Rotterdam. {OTHER}"
        );
        // How many agreements on the ships the first outlet's claim and `said` make.
        let on_ships = |said: &str| {
            let two = format!(
                "{said} The mayor said the bridge over the river would reopen in March. \
                 Lavrov said Russia would keep its bombers in the air."
            );
            agreements(&[("One", "2026-03-10", &one), ("Two", "2026-03-10", &two)])
                .iter()
                .filter(|(_, words)| words.iter().any(|w| w.contains("ships")))
                .count()
        };
        assert_eq!(
            on_ships(
                "Shipping lines have begun diverting ships to Rotterdam, the harbour \
                 commissioner warned."
            ),
            1
        );
        // The same three words in a longer claim that says something else are not enough.
        assert_eq!(
            on_ships(
                "The harbour commissioner said that the diverted ships had cost the port \
                 millions in lost fees, that Rotterdam would gain customers for years and \
                 that the union would be blamed by every shipper."
            ),
            0
        );
    }

    /// Other claims of the story, so that the words of one statement are rare in it.
    const BESIDES: &str = "The police chief said crime fell last year. \
        The coach said the team would win the cup. The farmer said the harvest was poor. \
        The teacher said schools would close early. The doctor said the clinic needed nurses.";

    #[test]
    fn one_sentence_two_long_quotations_of_one_speaker_both_hold_agrees() {
        // Each outlet quotes several sentences of the minister; one sentence of the first is
        // the last sentence of the second, and the rest of each says other things.
        let one = "\u{201c}Everyone here knows where I stand. It is a terrible levy that should never have \
                   been passed,\u{201d} Halvorsen said during the meeting with the growers. \
                   \u{201c}The farmers seem to pay for everything the ministry gets wrong. You \
                   look at what is happening in any village of the valley, and the levy is \
                   behind it.\u{201d}";
        let two = |speaker: &str| {
            format!(
                "\u{201c}The copper levy is a terrible levy. We paid 150 million crowns. We gave \
                 1.8 million crowns in cash. That is actual cash, barrels of cash. It is \
                 insane. It should never have been passed,\u{201d} {speaker} said on Monday. \
                 {BESIDES}"
            )
        };
        let found = agreements(&[
            ("One", "2019-03-04", one),
            ("Two", "2019-03-04", &two("Halvorsen")),
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, ["One", "Two"]);
        // The same words from another speaker are another statement.
        let other = agreements(&[
            ("One", "2019-03-04", one),
            ("Two", "2019-03-04", &two("Lindqvist")),
        ]);
        assert_eq!(other, []);
    }

    #[test]
    fn a_phrase_one_speaker_is_quoted_in_agrees_with_its_plain_report() {
        let one = format!(
            "The governor said officials are reviewing \"three venues\" as possible sites for \
             the talks. {BESIDES}"
        );
        let two = |who: &str| {
            format!(
                "{who} said three venues for the coming talks were under consideration, none of \
                 them abroad, and aides expect a choice within weeks. The banker said rates \
                 would rise. The pilot said the airport was crowded. The judge said the trial \
                 would resume. The chef said prices of fish had doubled."
            )
        };
        assert_eq!(
            agreements(&[
                ("One", "2019-03-04", &one),
                ("Two", "2019-03-04", &two("The governor"))
            ]),
            [(
                vec!["One".to_string(), "Two".to_string()],
                vec![
                    "officials are reviewing \"three".to_string(),
                    "three venues for the".to_string()
                ]
            )]
        );
        // Nothing says an aide is the governor: the words around the phrase must agree more.
        assert_eq!(
            agreements(&[
                ("One", "2019-03-04", &one),
                ("Two", "2019-03-04", &two("An aide"))
            ]),
            Vec::<(Vec<String>, Vec<String>)>::new()
        );
    }

    #[test]
    fn one_speakers_threat_in_other_words_agrees_and_contradicts_nothing() {
        // "pull out of" and "scrap", "accord" and "pact" are one in the rules' synonyms.
        let one = format!(
            "Ana Ruiz has again threatened to pull out of the fishing accord before the \
             summer unless it is rewritten. {BESIDES}"
        );
        let two = "Ms. Ruiz threatened to scrap the fishing pact as soon as June, if Spain does \
                   not agree to changes. The banker said rates would rise. The pilot said the \
                   airport was crowded. The judge said the trial would resume. The chef said \
                   prices of fish had doubled. The mayor said the bridge would reopen in March.";
        let batch = [
            ("One", "2019-03-04", one.as_str()),
            ("Two", "2019-03-04", two),
        ];
        assert_eq!(
            agreements(&batch),
            [(
                vec!["One".to_string(), "Two".to_string()],
                vec![
                    "to pull out of".to_string(),
                    "to scrap the fishing".to_string()
                ]
            )]
        );
        assert!(
            analyse(&batch)
                .findings
                .iter()
                .all(|f| f.kind != FindingKind::Contradiction)
        );
    }

    #[test]
    fn claims_sharing_many_particulars_agree_though_each_says_more() {
        // Who met whom, where and when: eight stems rare in the story, in two claims that
        // each say more besides, the first through "officials", the second through a paper.
        let one = "Officials said the inspector Maria Lopez met the harbour master Tom Reyes \
                   in Valparaiso over the holiday weekend to prepare the ground for talks \
                   between the dock unions and the shipping firms on pensions. \
                   The mayor said the bridge over the river would reopen in March. The coach \
                   said the team would win the cup. The farmer said the harvest was poor.";
        let two = "Inspector Maria Lopez secretly travelled to Valparaiso over the holiday \
                   weekend to see Tom Reyes, hoping to end a strike that has closed three \
                   terminals, the newspaper La Voz said. \
                   The teacher said schools would close early. The doctor said the clinic \
                   needed nurses. The pilot said the airport was crowded.";
        let found = agreements(&[("One", "2019-03-04", one), ("Two", "2019-03-04", two)]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, ["One", "Two"]);
    }

    #[test]
    fn a_date_set_ahead_that_both_name_is_a_particular_they_agree_on() {
        // The ambassador and a spokesman give the visit's day, weeks after the report, in
        // words the whole story uses ("president", "visit", "kingdom", "capital"): the day
        // both name ties them; two different days do not.
        let one = |day: &str| {
            format!(
                "The president will visit the kingdom and its capital on {day} by train, the \
                 ambassador said on Monday.\n\nThe ambassador said the president would visit \
                 the kingdom's capital and its northern ports.\n\nThe mayor of the capital \
                 said the visit of the president would close roads in the capital.\n\nA \
                 minister said the kingdom welcomed the visit of the president.\n\nProtesters \
                 said they would march against the president during the visit."
            )
        };
        let two = "The president will visit the kingdom and its capital on 14 June for talks, \
                   a government spokesman said.\n\nThe spokesman said the president would \
                   visit the kingdom with his wife.\n\nThe capital's police chief said the \
                   president's visit would need 2,000 officers.\n\nThe opposition leader \
                   said the visit of the president was a mistake for the kingdom.\n\nA union \
                   said its members would strike during the visit of the president.";
        let same = one("the 14th of June");
        let found = agreements(&[("One", "2026-04-20", &same), ("Two", "2026-04-20", two)]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, ["One", "Two"]);
        let other = one("the 21st of June");
        let found = agreements(&[("One", "2026-04-20", &other), ("Two", "2026-04-20", two)]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_description_and_a_name_sharing_only_the_storys_words_do_not_agree() {
        // "Varnia", "chemical", "weapons", "program" are in every claim of the story: they
        // do not make the two statements one.
        let one = "Officials said Varnia has a large chemical weapons program that it hid. \
                   Dupont said the chemical treaty with Varnia kept its weapons program in check.";
        let two = "Halvorsen said Varnia lied when it claimed to have shut its chemical weapons \
                   program. Orlov said Varnia's chemical program was civilian and had no weapons.";
        assert_eq!(
            agreements(&[("One", "2018-04-30", one), ("Two", "2018-04-30", two)]),
            Vec::<(Vec<String>, Vec<String>)>::new()
        );
    }

    /// Other claims of the story, a different set for each outlet `k`, so that the words of
    /// one statement are weighed against the rest of the story.
    fn filler(k: usize) -> &'static str {
        [
            "The mayor said the bridge over the river would reopen in March. The coach said \
             the team would win the cup. The farmer said the harvest was poor.",
            "The teacher said schools would close early. The doctor said the clinic needed \
             nurses. The pilot said the airport was crowded.",
            "The banker said rates would rise. The judge said the trial would resume. The chef \
             said prices of fish had doubled.",
        ][k % 3]
    }

    #[test]
    fn statements_sharing_a_long_run_of_words_agree_whoever_is_named() {
        // Nothing says "officials" are the ministry, and the two say different things around
        // the run; the run of eight words, word for word, is one statement.
        let one = format!(
            "Officials said the ministry had struck agreements in principle with Chile, Peru \
             and Bolivia on copper exports that will be signed soon. {}",
            filler(0)
        );
        let two = format!(
            "The ministry said agreements in principle with Chile, Peru and Bolivia would let \
             those countries avoid the levy for longer. {}",
            filler(1)
        );
        let found = agreements(&[("One", "2019-03-04", &one), ("Two", "2019-03-04", &two)]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, ["One", "Two"]);
    }

    #[test]
    fn a_name_with_its_title_is_no_shared_statement() {
        // "the Labour mayoral candidate Anna Berg" is a name, not what was said.
        let one = format!(
            "The union said managers colluded with the regional council to hurt the Labour \
             mayoral candidate Anna Berg and favour the developer. {}",
            filler(0)
        );
        let two = format!(
            "Several auditors said hackers broke into the party's servers as part of a wider \
             campaign aimed at hurting the Labour mayoral candidate, Anna Berg. {}",
            filler(1)
        );
        assert_eq!(
            agreements(&[("One", "2019-03-04", &one), ("Two", "2019-03-04", &two)]),
            Vec::<(Vec<String>, Vec<String>)>::new()
        );
    }

    #[test]
    fn two_outlets_carrying_one_excerpt_in_different_statements_are_one_group_with_it() {
        // The short claim is in both longer ones, which say different things besides: the
        // three outlets carry it, one finding.
        let short = format!(
            "Petrov said the port will reopen to all cargo ships next month. {}",
            filler(0)
        );
        let long = format!(
            "\"First, the port will reopen to all cargo ships next month. Second, tolls on the \
             northern bridge will double for lorries, vans and coaches, and third, the old \
             ferry line to the islands will close for good after ninety years of losses,\" \
             Petrov said. {}",
            filler(1)
        );
        let other = format!(
            "Petrov said that next month cargo ships, all of them, would see the port reopen \
             with new moorings, cheaper diesel, a covered market hall, two new cranes, a larger \
             customs shed and longer hours at the harbour office. {}",
            filler(2)
        );
        let found = agreements(&[
            ("One", "2019-03-04", &short),
            ("Two", "2019-03-04", &long),
            ("Three", "2019-03-04", &other),
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, ["One", "Three", "Two"]);
    }

    #[test]
    fn claims_joined_through_a_claim_of_two_statements_share_a_rare_word_or_stay_apart() {
        // The first outlet's claim holds two statements; the second carries one, the third the
        // other, and the two share only the story's common words (the deals, the countries).
        let one = format!(
            "The ministry said it had struck agreements in principle with Chile, Peru and \
             Bolivia on copper exports that will be finalized shortly. {}",
            filler(0)
        );
        let two = format!(
            "The ministry said the terms of the deals with Bolivia, Chile and Peru would be \
             finalized shortly. {}",
            filler(1)
        );
        let three = format!(
            "Officials said agreements in principle with Chile, Peru and Bolivia would let \
             those countries avoid the levy for longer. {}",
            filler(2)
        );
        let found = agreements(&[
            ("One", "2019-03-04", &one),
            ("Two", "2019-03-04", &two),
            ("Three", "2019-03-04", &three),
        ]);
        let outlets: Vec<&Vec<String>> = found.iter().map(|(o, _)| o).collect();
        assert_eq!(
            outlets,
            [&vec!["One", "Two"], &vec!["One", "Three"]],
            "{found:?}"
        );
    }

    #[test]
    fn a_long_quotation_does_not_agree_on_rare_words_scattered_across_it() {
        // Four words in common, all rare in the story, but "clear" and "future" each far
        // from any other word the two share, in other statements of the long quotation:
        // they do not count, and two words are too few.
        let long = "\u{201c}First, the board hid the losses of the merger from the auditors. \
                    Second, even after the merger, the board kept moving funds offshore for \
                    future use. Third, the board lied again when it did not come clear to the \
                    regulator,\u{201d} Halvorsen said on Monday.";
        let short = format!(
            "Halvorsen said on Monday that the merger gives the board a clear path to the \
             future. {BESIDES}"
        );
        assert_eq!(
            agreements(&[("One", "2016-02-21", long), ("Two", "2016-02-21", &short)]),
            []
        );
        // One of its statements holds them together: the two agree.
        let held = long.replace(
            "kept moving funds offshore for future use",
            "kept a clear view of the future",
        );
        assert_eq!(
            agreements(&[("One", "2016-02-21", &held), ("Two", "2016-02-21", &short)]).len(),
            1
        );
    }

    #[test]
    fn a_quoted_fragment_agrees_only_with_a_claim_holding_its_words() {
        // The second outlet quotes the ministry calling the delay the "last" one; the first
        // reports the delay alone, in the words the whole story uses (the levies, the three
        // countries), the third the delay and that it is the last.
        let common = [
            "The miners' union said copper levies on Chile, Peru and Bolivia had cost jobs.",
            "Exporters in Chile, Peru and Bolivia said the copper levies were unfair.",
            "Bankers said the copper levies would hit Chile, Peru and Bolivia hardest.",
        ];
        let one = format!(
            "The ministry said it would delay the copper levies on Chile, Peru and Bolivia \
             for another 60 days. {} {}",
            common[0],
            filler(0)
        );
        let two = format!(
            "The ministry described the 60-day delay as the \"last\" pause for Chile, Peru and \
             Bolivia. {} {}",
            common[1],
            filler(1)
        );
        let three = format!(
            "The ministry said the delay for Chile, Peru and Bolivia was the last pause. {} {}",
            common[2],
            filler(2)
        );
        let found = agreements(&[
            ("One", "2019-03-04", &one),
            ("Two", "2019-03-04", &two),
            ("Three", "2019-03-04", &three),
        ]);
        let joins = |x: &str, y: &str| {
            found.iter().any(|(_, words)| {
                words.iter().any(|w| w.starts_with(x)) && words.iter().any(|w| w.starts_with(y))
            })
        };
        assert!(!joins("it would delay", "the 60-day delay"), "{found:?}");
        assert!(joins("the delay for", "the 60-day delay"), "{found:?}");
    }
}
