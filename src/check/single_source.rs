//! Single-source claims: what no other outlet of the story carries once claims are linked (quotes and figures first in the report), naming the outlets looked at.

use std::collections::BTreeSet;

use rayon::prelude::*;

use crate::article::Span;
use crate::check::carried_in_sentence::carried_in_sentences;
use crate::check::{Context, Finding, FindingKind, Rule, new_finding};
use crate::extract::ClaimKind;
use crate::graph::{Linker, Speakers, Why, compare};
use crate::rules::Severity;

/// A claim no other outlet carries.
pub struct SingleSource;

/// The record of `single-source`.
pub const RULE: Rule = Rule {
    id: "single-source",
    name: "SingleSource",
    severity: Severity::Info,
    summary: "A claim only one outlet carries.",
    help: "Confirm the claim with a second, independent source before relying on it.",
};

/// A claim no other outlet of its story carries rests on that outlet alone: it is in no
/// agreement, has no agreeing link to another outlet's claim, no contradiction, and no
/// quotation another outlet quotes too (under whatever name). The
/// finding names the story's other outlets, where it was looked for. Direct quotes and
/// figures are listed first.
impl super::Check for SingleSource {
    fn kind(&self) -> FindingKind {
        FindingKind::SingleSource
    }

    fn rule(&self) -> &'static Rule {
        &RULE
    }

    /// The findings of the claims [`alone`] told ([`Context::alone`]), made in parallel, in
    /// claim order: read from the claims, their articles and the stories, after the links and
    /// the readings are let go.
    fn check(&self, ctx: &Context<'_>) -> Vec<Finding> {
        // The outlets of each story.
        let mut outlets: Vec<BTreeSet<&str>> = vec![BTreeSet::new(); ctx.stories.len().max(1)];
        for (a, article) in ctx.articles.iter().enumerate() {
            let story = ctx.story_of.get(a).copied().unwrap_or(0);
            if let Some(set) = outlets.get_mut(story) {
                set.insert(article.source.as_str());
            }
        }
        let verbs = super::CueVerbs::of(ctx.rules);
        // A list of the claims' number, not a filtered parallel collect, which would hold
        // its pieces beside the list they are copied into at a large batch's peak of memory.
        ctx.alone
            .par_iter()
            .map(|&i| {
                let claim = &ctx.claims[i];
                let what = if super::weighty(claim) && claim.quote.is_some()
                    || claim.kind == ClaimKind::Direct
                {
                    "quotation"
                } else if !claim.numbers.is_empty() {
                    "figure"
                } else {
                    "claim"
                };
                let story = ctx
                    .story_of
                    .get(ctx.profile(i).article)
                    .copied()
                    .unwrap_or(0);
                let looked_at: Vec<String> = outlets
                    .get(story)
                    .into_iter()
                    .flatten()
                    .filter(|&&o| o != ctx.source(i))
                    .map(|o| o.to_string())
                    .collect();
                // The copy between the speaker and the cue, when the speaker comes first.
                let between = match (
                    claim.speaker.as_ref().and_then(|s| s.span),
                    claim.cue.as_ref(),
                ) {
                    (Some(who), Some(cue)) if who.end <= cue.span.start => {
                        ctx.text_of(i, Span::new(who.end, cue.span.start))
                    }
                    _ => "",
                };
                // The copy after the cue: up to the content when it follows, else a line's
                // worth.
                let after = claim.cue.as_ref().map_or("", |cue| {
                    let until = if claim.content_span.start >= cue.span.end {
                        claim.content_span.start
                    } else {
                        cue.span.end + AFTER_CUE
                    };
                    ctx.text_after(i, cue.span.end, until)
                });
                let message = format!(
                    "only {} carries this {what}: {} \"{}\" ({})",
                    ctx.source(i),
                    super::attribution(claim, between, after, &verbs, ctx.rules),
                    // A direct quote is shown as quoted, without an attribution inside it.
                    super::excerpt(
                        claim
                            .quote
                            .as_ref()
                            .filter(|_| claim.kind == ClaimKind::Direct)
                            .map_or(&claim.content, |q| &q.text),
                        110
                    ),
                    looked_at_note(&looked_at)
                );
                let mut finding = new_finding(
                    ctx,
                    self.kind(),
                    None,
                    &RULE,
                    &[i],
                    message,
                    vec![ctx.mark(i, claim.content_span)],
                );
                finding.looked_at = looked_at;
                finding
            })
            .collect()
    }
}

/// The claims no other outlet of their story carries and worth a finding, in claim order:
/// in no agreement, with no agreeing link to another outlet's claim, no contradiction, no
/// quotation another outlet quotes too (under whatever name), and not told by another outlet
/// in a sentence of its own ([`carried_in_sentences`]). Told by [`check::run`]
/// while the links and the readings are held, before they are let go; [`SingleSource`]
/// writes their findings from [`Context::alone`].
///
/// [`check::run`]: super::run
pub fn alone(ctx: &Context<'_>) -> Vec<usize> {
    // Whether each claim is carried by another outlet.
    let mut carried = vec![false; ctx.claims.len()];
    let mut carry = |i: usize| {
        if let Some(slot) = carried.get_mut(i) {
            *slot = true;
        }
    };
    for &i in ctx.groups.iter().flatten() {
        carry(i);
    }
    for &(a, b) in &ctx.conflicts {
        carry(a);
        carry(b);
    }
    for (a, b, _) in ctx.agreeing_links() {
        if !ctx.same_outlet(a, b) {
            carry(a);
            carry(b);
        }
    }
    // A quotation another outlet carries word for word is carried, whoever that outlet
    // credits it to: a quotation inside another's ("Comey wrote that the president told
    // him …") or one credited to another official of the same office. Not when the two
    // give different figures or tell of two events: each still rests on its outlet.
    // The links are read in parallel, one mark a link made to the links' number (a
    // filtered parallel collect of the pairs held its pieces beside the list at a large
    // batch's peak of memory); the claims they carry are the same whatever the order.
    let quoted: Vec<bool> = (0..ctx.graph.link_count())
        .into_par_iter()
        .map(|k| {
            ctx.graph.link_at(k).is_some_and(|(a, b, link)| {
                link.why == Why::Quotation
                    && !ctx.same_outlet(a, b)
                    && !super::date::two_events(&ctx.claims[a], &ctx.claims[b], ctx.rules)
                    && super::number::figures_agree(&ctx.claims[a], &ctx.claims[b], ctx.rules)
                        != Some(false)
            })
        })
        .collect();
    for (k, _) in quoted.iter().enumerate().filter(|(_, q)| **q) {
        if let Some((a, b, _)) = ctx.graph.link_at(k) {
            carry(a);
            carry(b);
        }
    }
    // A claim saying again what another claim of its article says, which another
    // outlet carries, is carried too.
    for i in carried_beside(ctx, &carried) {
        if let Some(slot) = carried.get_mut(i) {
            *slot = true;
        }
    }
    // Those of them worth a finding: two content words or more, and an attributed claim
    // or an assertion that gives a figure.
    let mut alone: Vec<usize> = (0..ctx.claims.len())
        .into_par_iter()
        .filter(|&i| !carried[i])
        .filter(|&i| {
            let claim = &ctx.claims[i];
            let words = ctx.profile(i).reading.content.len();
            words >= 2 && (claim.kind != ClaimKind::Assertion || !claim.numbers.is_empty())
        })
        .collect();
    // Less those another outlet of the story tells in a sentence of its own.
    let told = carried_in_sentences(ctx, &alone);
    alone.retain(|i| told.binary_search(i).is_err());
    alone
}

/// Bytes after a cue read for its hearer when the content stands before the cue.
const AFTER_CUE: usize = 80;

/// Claims of one article a claim not carried is compared with, at most: its carried
/// neighbours in the article, so that the work stays bounded however long an article is.
const BESIDE: usize = 48;

/// Claims not `carried` that say what another claim of their article says, which is
/// carried: the same statement of the same speaker by the linker's own measure
/// ([`compare`]: a quotation, a quoted phrase, or enough of the same weighed words). An
/// outlet that quotes a statement and also sums it up in its own words ("the council hid
/// the true cost of the bridge" / "the council had misled residents over what the bridge
/// would really cost") carries both as other outlets do, however they word it.
fn carried_beside(ctx: &Context<'_>, carried: &[bool]) -> Vec<usize> {
    let linker = Linker {
        rules: ctx.rules,
        weights: &ctx.graph.weights,
        vocabulary: &ctx.graph.vocabulary,
    };
    let held = |i: usize| carried.get(i).copied().unwrap_or(false);
    let one_statement = |i: usize, j: usize| {
        let (pi, pj) = (ctx.profile(i), ctx.profile(j));
        compare(&ctx.claims[i], &ctx.claims[j], pi, pj, &linker).is_some_and(|link| {
            link.speakers == Speakers::Same
                && matches!(link.why, Why::Quotation | Why::Phrase | Why::Statement)
        })
    };
    let mut out: Vec<usize> = ctx
        .by_article
        .par_iter()
        .flat_map_iter(|members| {
            let carried_here: Vec<usize> = members
                .iter()
                .map(|&j| j as usize)
                .filter(|&j| held(j))
                .collect();
            members
                .iter()
                .map(|&i| i as usize)
                .filter(|&i| !held(i))
                .filter(|&i| {
                    // The nearest carried claims of the article, before and after it.
                    let at = carried_here.partition_point(|&j| j < i);
                    let from = at.saturating_sub(BESIDE / 2);
                    carried_here
                        .iter()
                        .skip(from)
                        .take(BESIDE)
                        .any(|&j| one_statement(i, j))
                })
                .collect::<Vec<usize>>()
        })
        .collect();
    out.sort_unstable();
    out
}

/// Outlets named in a message before "and N more".
const NAMED: usize = 4;

/// "looked for in AP, Reuters", "looked for in 12 other outlets: AP, BBC, CNN, NPR and 8
/// more", or "no other outlet in the story".
fn looked_at_note(outlets: &[String]) -> String {
    match outlets.len() {
        0 => "no other outlet in the story".to_string(),
        n if n <= NAMED => format!("looked for in {}", outlets.join(", ")),
        n => format!(
            "looked for in {n} other outlets: {} and {} more",
            outlets[..NAMED].join(", "),
            n - NAMED
        ),
    }
}

#[cfg(test)]
mod tests {
    use crate::check::{FindingKind, analyse};

    /// The one of `messages` that holds `words`.
    fn message_with<'m>(messages: &[&'m str], words: &str) -> &'m str {
        messages
            .iter()
            .find(|m| m.contains(words))
            .unwrap_or_else(|| panic!("no finding with {words}: {messages:#?}"))
    }

    /// `text` as outlet "One", checked beside outlet "Two" carrying an unrelated line, so
    /// that what "One" alone carries is single-source.
    fn beside_another_outlet(text: &str) -> crate::Analysis {
        analyse(&[
            ("One", "2026-03-10", text),
            (
                "Two",
                "2026-03-10",
                "A teacher said the school bus was late on Monday morning.",
            ),
        ])
    }

    /// The messages of the single-source findings of `a`.
    fn single_source_messages(a: &crate::Analysis) -> Vec<&str> {
        a.findings
            .iter()
            .filter(|f| f.kind == FindingKind::SingleSource)
            .map(|f| f.message.as_str())
            .collect()
    }

    #[test]
    fn a_quote_only_one_outlet_has_is_single_source() {
        let a = analyse(&[
            (
                "One",
                "2016-02-21",
                "\"We are clear: you are choosing to perhaps make yourself a target,\" Kerry said.",
            ),
            (
                "Two",
                "2016-02-21",
                "Lavrov said the talks in Geneva would resume next week.",
            ),
        ]);
        let single: Vec<_> = a
            .findings
            .iter()
            .filter(|f| f.kind == FindingKind::SingleSource)
            .collect();
        assert_eq!(single.len(), 2);
        assert!(single[0].message.contains("quotation"), "{single:?}");
        assert_eq!(single[0].sources, ["One"]);
    }

    #[test]
    fn a_speakers_statement_summed_up_beside_a_carried_quotation_is_not_single_source() {
        // One outlet quotes the mayor and sums up the same statement in its own words; the
        // other carries the quotation inside a longer one. The summary is carried too; the
        // mayor's other statement, which no other outlet has, is not.
        let a = analyse(&[
            (
                "One",
                "2026-03-10",
                "\u{201c}The harbour will close to cargo ships while both cranes are mended,\u{201d} \
                 Mayor Lena Brandt said on Monday.\n\nBrandt said cargo ships would be turned \
                 away from the harbour until the cranes work again, a closure she called \
                 overdue.\n\nBrandt said the ferry would run on Sunday as usual.",
            ),
            (
                "Two",
                "2026-03-10",
                "\u{201c}The harbour will close to cargo ships while both cranes are mended. The \
                 fishing fleet keeps its berths, the market stays open, the council pays the \
                 dockers their wages and the summer festival in August goes ahead,\u{201d} Brandt \
                 said.\n\nA teacher said the school bus was late.",
            ),
        ]);
        let single = single_source_messages(&a);
        assert!(
            single.iter().all(|m| !m.contains("turned away")),
            "{single:#?}"
        );
        assert!(single.iter().any(|m| m.contains("ferry")), "{single:#?}");
    }

    #[test]
    fn a_quotation_another_outlet_carries_inside_a_longer_one_is_not_single_source() {
        // One outlet credits the inner quotation to Brandt, the other carries it inside
        // Keller's account: the words rest on two outlets.
        let a = analyse(&[
            (
                "One",
                "2026-03-10",
                "In the memo, Keller wrote: \"The minister said the audit was nonsense, but that \
                 Brandt had told him, 'We have the deepest berths anywhere on the northern \
                 coast.'\"\n\nThe mayor said the ferry would run on Sunday.",
            ),
            (
                "Two",
                "2026-03-10",
                "The minister said the audit was nonsense, Keller wrote, but that Brandt had \
                 told him, \"We have the deepest berths anywhere on the northern coast.\"\n\n\
                 A teacher said the school bus was late.",
            ),
        ]);
        let single = single_source_messages(&a);
        assert!(single.iter().all(|m| !m.contains("berths")), "{single:#?}");
        assert!(single.iter().any(|m| m.contains("ferry")), "{single:#?}");
    }

    #[test]
    fn a_message_puts_the_words_down_to_whom_the_outlet_does() {
        // A named speaker with the cue as written; a source given with "according to"; and
        // the outlet's own hedged words, which nobody is said to have said.
        let a = beside_another_outlet(
            "The harbour master warned that the pier would close for repairs.\n\n\
             The repairs will cost about 2 million euros, according to two council \
             engineers.\n\nThe mayor is expected to open the new ferry terminal in June.",
        );
        let single = single_source_messages(&a);
        let with = |words: &str| message_with(&single, words);
        assert!(
            with("pier").contains(": The harbour master warned \""),
            "{single:#?}"
        );
        assert!(
            with("2 million").contains(": according to two council engineers: \""),
            "{single:#?}"
        );
        assert!(
            with("ferry terminal").contains(": the outlet writes \"The mayor is expected"),
            "{single:#?}"
        );
    }

    #[test]
    fn a_message_writes_a_noun_of_attitude_after_its_holder() {
        // "Ruth Alder's insistence that …": the noun stays the holder's.
        let a = beside_another_outlet(
            "Prime minister Ruth Alder's insistence that the new tolls are essential to the \
             harbour's future failed to persuade dockers to call off the strike.",
        );
        let single = single_source_messages(&a);
        assert!(
            single
                .iter()
                .any(|m| m.contains(": Ruth Alder's insistence \"the new tolls are essential")),
            "{single:#?}"
        );
    }

    #[test]
    fn a_message_writes_the_verbs_between_the_speaker_and_the_cue() {
        // "has repeatedly said" and "would not say", not "said" and "say"; an infinitive whose
        // verb stands before the speaker ("for the council to seek") is left out.
        let a = beside_another_outlet(
            "The harbour master has repeatedly said the pier could reopen by June.\n\n\
             Ms. Ward would not say whether the ferry fares would rise this winter.\n\n\
             It is unusual for the council to seek a second loan for the quay repairs.",
        );
        let single = single_source_messages(&a);
        let with = |words: &str| message_with(&single, words);
        assert!(
            with("pier").contains(": The harbour master has repeatedly said \""),
            "{single:#?}"
        );
        assert!(
            with("fares").contains(": Ms. Ward would not say \""),
            "{single:#?}"
        );
        assert!(
            !with("second loan").contains("council to seek"),
            "{single:#?}"
        );
    }

    #[test]
    fn a_message_writes_whom_a_speaker_told() {
        // "told reporters", "told Mr. Ward", "told USA TODAY": the one told stays with the
        // verb, whether the words come before or after it; an adjunct ("in Munich", "on
        // Monday") or a participle ("gathered at the quay") is left out.
        let a = beside_another_outlet(
            "The harbour master told reporters in Dunmore that the pier could reopen by \
             June.\n\n\"The ferry fares will not rise this winter,\" the mayor told Mr. Ward \
             on Monday.\n\nA council engineer told USA TODAY the quay repairs would cost \
             more than planned.\n\nThe dockers' union told crews gathered at the gate that \
             the strike would go ahead.",
        );
        let single = single_source_messages(&a);
        let with = |words: &str| message_with(&single, words);
        assert!(
            with("pier").contains(": The harbour master told reporters \""),
            "{single:#?}"
        );
        assert!(
            with("fares").contains(": the mayor told Mr. Ward \""),
            "{single:#?}"
        );
        assert!(
            with("quay repairs").contains(": A council engineer told USA TODAY \""),
            "{single:#?}"
        );
        assert!(
            with("strike").contains(": The dockers' union told crews \""),
            "{single:#?}"
        );
    }

    #[test]
    fn a_message_writes_a_bare_participle_in_the_past() {
        // "…, with the mayor saying …" and "…, adding that …" report what was said: the
        // message says "said" and "added", not "saying" and "adding".
        let a = beside_another_outlet(
            "The council closed the pier on Monday, with Mayor Ines Varga saying the town \
             was \u{201c}monitoring\u{201d} the repairs.\n\nThe harbour master said the ferry would run, adding that the fares \
             would not rise this winter.",
        );
        let single = single_source_messages(&a);
        let with = |words: &str| message_with(&single, words);
        assert!(
            with("repairs").contains(": Mayor Ines Varga said \""),
            "{single:#?}"
        );
        assert!(
            with("fares").contains(": The harbour master added \""),
            "{single:#?}"
        );
    }

    #[test]
    fn a_message_keeps_the_to_of_a_distant_infinitive() {
        // "Reed went to the home of … to discuss …": not "Mayor Tom Reed discuss".
        let a = beside_another_outlet(
            "Mayor Tom Reed also went to the Dunmore home of port director Ines Varga to \
             discuss the cost of mending the pier.",
        );
        let single = single_source_messages(&a);
        let with = |words: &str| message_with(&single, words);
        assert!(
            with("mending").contains(": Mayor Tom Reed \u{2026} to discuss \""),
            "{single:#?}"
        );
    }
}
