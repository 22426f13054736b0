//! Misattributions: the same quotation put in the mouths of two people known to be different
//! (different surnames, or full names that cannot be one person's), each named in the claim's
//! own sentence. A speaker who may be either ("Clinton" where the batch has Bill and Hillary
//! Clinton) makes at most a warning that says who spoke is uncertain; a pronoun, a
//! description, a speaker carried over from an earlier sentence or words one speaker quotes
//! from another make nothing.

use crate::article::Span;
use crate::check::{Context, ContradictionKind, Finding, Pair, Rule};
use crate::entity::{Entity, names_apart, written_name};
use crate::extract::Claim;
use crate::graph::Passage;
use crate::rules::Severity;
use crate::words::fold;

/// One quotation, two speakers.
pub struct Misattribution;

/// The record of `misattribution`.
pub const RULE: Rule = Rule {
    id: "misattribution",
    name: "Misattribution",
    severity: Severity::Error,
    summary: "Outlets put the same quote in different speakers' mouths.",
    help: "Find out who said it and correct the attribution.",
};

/// The record of `uncertain-speaker`.
pub const UNCERTAIN: Rule = Rule {
    id: "uncertain-speaker",
    name: "UncertainSpeaker",
    severity: Severity::Warning,
    summary: "Outlets give the same quote to a name that may stand for different people.",
    help: "Check which person of that name the quote belongs to.",
};

/// Shared run of quoted words, as a share of the shorter quotation, that makes two
/// quotations one.
const SAME_QUOTE: f64 = 0.8;
/// Content words the shared run must hold: short phrases ("terrorists") are quoted by many.
const MIN_WORDS: usize = 5;

/// Two outlets carry the same quotation but give it to different named speakers.
impl super::Contradiction for Misattribution {
    fn kind(&self) -> ContradictionKind {
        ContradictionKind::Misattribution
    }

    fn rule(&self) -> &'static Rule {
        &RULE
    }

    fn also(&self) -> &'static [Rule] {
        std::slice::from_ref(&UNCERTAIN)
    }

    fn check(&self, pair: &Pair<'_>) -> Vec<Finding> {
        let ctx = pair.ctx;
        let (pa, pb) = (ctx.profile(pair.a), ctx.profile(pair.b));
        let (Some(sa), Some(sb)) = (&pa.speaker, &pb.speaker) else {
            return Vec::new();
        };
        if sa == sb
            || (pair.link.quote_run as usize) < MIN_WORDS
            || pair.link.quote_overlap < SAME_QUOTE
        {
            return Vec::new();
        }
        let (a, b) = (pair.claim_a(), pair.claim_b());
        let (Some(speaker_a), Some(speaker_b)) = (&a.speaker, &b.speaker) else {
            return Vec::new();
        };
        let (Some(name_a), Some(name_b)) = (named_here(ctx, a), named_here(ctx, b)) else {
            return Vec::new();
        };
        if !shared_where_named(pair) {
            return Vec::new();
        }
        let rule = if names_apart(&name_a, &name_b) {
            if relays(a, &name_b) || relays(b, &name_a) {
                return Vec::new();
            }
            &RULE
        } else if fold(&speaker_a.text) != fold(&speaker_b.text) && entities_apart(ctx, sa, sb) {
            &UNCERTAIN
        } else {
            return Vec::new();
        };
        let mut marked = Vec::new();
        for (i, s) in [(pair.a, speaker_a), (pair.b, speaker_b)] {
            if let Some(span) = s.span {
                marked.push(ctx.mark(i, span));
            }
        }
        let quote = a
            .quote
            .as_ref()
            .map_or(a.content.as_str(), |q| q.text.as_str());
        let mut message = format!(
            "the same quotation \"{}\" is given to {} by {} and to {} by {}",
            super::excerpt(quote, 80),
            speaker_a.shown(),
            ctx.source(pair.a),
            speaker_b.shown(),
            ctx.source(pair.b),
        );
        if rule.id == UNCERTAIN.id {
            let name = |id: &str| entity(ctx, id).map_or(id.to_string(), |e| e.name.clone());
            message.push_str(&format!(
                "; who speaks is uncertain: read as {} and as {}",
                name(sa),
                name(sb)
            ));
        }
        vec![pair.finding(self.kind(), rule, message, marked)]
    }
}

/// The name of a claim's speaker, when it is written as a name in the claim's own sentence:
/// not a pronoun or a description, and not a speaker carried over from an earlier sentence
/// (a quote that goes on in the next paragraph, a claim that inherits its speaker).
fn named_here(ctx: &Context<'_>, claim: &Claim) -> Option<Vec<String>> {
    let speaker = claim.speaker.as_ref()?;
    let span = speaker.span?;
    if !claim.sentence.contains(span) {
        return None;
    }
    written_name(speaker.shown(), ctx.rules)
}

/// Whether `claim` quotes the words of the person named `other`: it names them in what it
/// says ("when Sotomayor said …, quote, 'a wise Latina woman …'"), so the words both carry
/// may be that person's, relayed.
/// Whether the longest run of words the two quotations share stands, on each side, in the
/// paragraph that names the speaker: a quotation that goes on into another paragraph (`"…,"
/// Smith said.` and then a paragraph that is only a quotation) carries its speaker over,
/// and a paragraph moved in one outlet's copy would carry over someone else.
fn shared_where_named(pair: &Pair<'_>) -> bool {
    let ctx = pair.ctx;
    let (pa, pb) = (ctx.profile(pair.a), ctx.profile(pair.b));
    let (Some(qa), Some(qb)) = (pa.reading.quote(), pb.reading.quote()) else {
        return false;
    };
    let (len, start_a, start_b) = qa.longest_run(qb);
    if len == 0 {
        return false;
    }
    let run = |q: &Passage, start: usize| {
        Span::new(
            q.words[start].span().start,
            q.words[start + len - 1].span().end,
        )
    };
    [(pair.a, run(qa, start_a)), (pair.b, run(qb, start_b))]
        .into_iter()
        .all(|(i, run)| {
            let paragraphs = &ctx.segmented[ctx.profile(i).article].paragraphs;
            let Some(speaker) = ctx.claims[i].speaker.as_ref().and_then(|s| s.span) else {
                return false;
            };
            paragraphs
                .iter()
                .find(|p| p.contains(speaker))
                .is_some_and(|p| p.contains(ctx.profile(i).place(run)))
        })
}

fn relays(claim: &Claim, other: &[String]) -> bool {
    let Some(surname) = other.last() else {
        return false;
    };
    fold(&claim.content)
        .split_whitespace()
        .any(|w| w == surname || w.strip_suffix('s') == Some(surname))
}

fn entity<'a>(ctx: &'a Context<'_>, id: &str) -> Option<&'a Entity> {
    ctx.entities
        .binary_search_by(|e| e.id.as_str().cmp(id))
        .ok()
        .map(|i| &ctx.entities[i])
}

/// Whether the entities two speakers were resolved to are known to be different people.
fn entities_apart(ctx: &Context<'_>, a: &str, b: &str) -> bool {
    let name = |id: &str| entity(ctx, id).and_then(|e| written_name(&e.name, ctx.rules));
    match (name(a), name(b)) {
        (Some(x), Some(y)) => names_apart(&x, &y),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use crate::check::{analyse, contradictions_in};

    #[test]
    fn one_quote_two_named_speakers() {
        let found = contradictions_in(&[
            (
                "One",
                "2016-02-21",
                "\"We are giving life to what was promised in Munich,\" Kerry told reporters.",
            ),
            (
                "Two",
                "2016-02-21",
                "\"We are giving life to what was promised in Munich,\" Lavrov told reporters.",
            ),
        ]);
        assert_eq!(
            found,
            [(
                "misattribution".to_string(),
                vec!["Kerry".to_string(), "Lavrov".to_string()]
            )]
        );
    }

    #[test]
    fn a_short_shared_phrase_is_no_misattribution() {
        let found = contradictions_in(&[
            ("One", "2016-02-21", "\"Terrorists must go,\" Kerry said."),
            ("Two", "2016-02-21", "\"Terrorists must go,\" Lavrov said."),
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    const QUOTE: &str = "\"We will build a coalition that lasts beyond this election,\"";

    #[test]
    fn a_surname_and_a_full_name_are_no_misattribution() {
        for (one, two) in [
            ("Clinton", "Hillary Clinton"),
            ("Mrs. Clinton", "Hillary Rodham Clinton"),
            ("Mr. Trump", "Donald J. Trump"),
        ] {
            let found = contradictions_in(&[
                ("One", "2016-03-02", &format!("{QUOTE} {one} said.")),
                ("Two", "2016-03-02", &format!("{QUOTE} {two} said.")),
            ]);
            assert!(found.is_empty(), "{one} / {two}: {found:?}");
        }
    }

    #[test]
    fn two_clintons_make_the_surname_uncertain_not_different() {
        // "Clinton" in the first article can only be Bill: the article names no other.
        let analysis = analyse(&[
            (
                "One",
                "2016-03-02",
                &format!("Bill Clinton said turnout was high in Ohio.\n\n{QUOTE} Clinton said."),
            ),
            (
                "Two",
                "2016-03-02",
                &format!("{QUOTE} Hillary Clinton said."),
            ),
        ]);
        let found: Vec<(&str, &str)> = analysis
            .findings
            .iter()
            .filter(|f| f.subkind.is_some())
            .map(|f| (f.rule.as_str(), f.severity.as_str()))
            .collect();
        assert_eq!(found, [("uncertain-speaker", "warning")]);
        let message = &analysis.findings[0].message;
        assert!(
            message.ends_with("read as Bill Clinton and as Hillary Clinton"),
            "{message}"
        );
    }

    #[test]
    fn bill_and_hillary_clinton_are_two_people() {
        let found = contradictions_in(&[
            ("One", "2016-03-02", &format!("{QUOTE} Bill Clinton said.")),
            (
                "Two",
                "2016-03-02",
                &format!("{QUOTE} Hillary Clinton said."),
            ),
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "misattribution");
    }

    #[test]
    fn a_quote_carried_over_from_another_paragraph_is_no_misattribution() {
        // The second article's quote paragraph follows another speaker's quote: who says it
        // is carried over, not written.
        let found = contradictions_in(&[
            (
                "One",
                "2016-03-02",
                &format!("\"Turnout was high,\" Smith said.\n\n{QUOTE} Jones said."),
            ),
            (
                "Two",
                "2016-03-02",
                &format!("\"Turnout was high,\" Smith said.\n\n{QUOTE}"),
            ),
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn words_one_speaker_quotes_from_another_are_no_misattribution() {
        let found = contradictions_in(&[
            (
                "One",
                "2016-05-30",
                "\"A careful judge with the breadth of her experience would reach a better conclusion,\" Sotomayor said.",
            ),
            (
                "Two",
                "2016-05-30",
                "\"Nobody minded when Sotomayor said, quote, 'a careful judge with the breadth of her experience would reach a better conclusion,'\" Grassley said.",
            ),
        ]);
        assert!(found.is_empty(), "{found:?}");
    }
}
