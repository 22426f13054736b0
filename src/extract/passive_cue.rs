//! Passives of the verb cues: `The plan was criticized as reckless`, `The mayor has been
//! urged to publish the minutes`, `The levy is opposed by most farmers`, `It has been claimed
//! that …`. What the cue is about stands as the clause's subject, so the content is the
//! whole clause (the cue and any agent cut out of it when scored), of the cue's kind. The
//! speaker is the agent after "by" when one is named; otherwise no one: the reporter tells
//! that the thing was said, asked or criticized without naming who did it. A view or an aim
//! in the passive (`The ministry is worried that …`, `Rebels are determined to …`) is the
//! subject's own: it speaks, and what follows is the content.

use crate::article::Span;

use super::cues::{CueClass, FoundCue, SAID_KIND};
use super::passive_view::{clause_subject, passive_be, view_end};
use super::sentence::{SentenceCtx, trim_end_punct};
use super::{Claim, Extractor, english};

/// Most words of an agent after "by" (`by many of the bank's biggest lenders`).
const MAX_AGENT_WORDS: usize = 8;

/// Most words between a passive clause's opening and its verb.
const MAX_SUBJECT_WORDS: usize = 10;

/// Fewest words of a passive clause's content: shorter ones (`He was criticized`) say
/// nothing an editor can cross-check.
const MIN_CONTENT_WORDS: usize = 4;

impl Extractor<'_> {
    /// The claims of the passive cues of a sentence (`cues`, as found), outside the spans
    /// already taken by other claims.
    pub(super) fn passive_cues(
        &self,
        ctx: &SentenceCtx<'_>,
        cues: &[FoundCue],
        taken: &[Span],
    ) -> Vec<Claim> {
        let mut found = Vec::new();
        for cue in cues {
            let i = cue.start;
            // `was asked whether …` is a question without its asker (`asked_unnamed`);
            // `was asked to leave` a request of no claim.
            if !is_past_participle(ctx.low(i)) || ctx.low(i) == "asked" {
                continue;
            }
            let Some(be) = passive_be(ctx, i) else {
                continue;
            };
            let Some(start) = clause_subject(ctx, be) else {
                continue;
            };
            // `has been asked`, `will be invited`: the auxiliaries before "be" are the cue's.
            let mut cue_start = be;
            while cue_start > start
                && (english::is_auxiliary(ctx.low(cue_start - 1))
                    || english::is_modal(ctx.low(cue_start - 1)))
            {
                cue_start -= 1;
            }
            if cue_start <= start {
                continue;
            }
            // `who is expected`, `which was criticized`: the subject is the noun before, read
            // elsewhere; a verb among the words before the passive means the clause opened
            // earlier than its subject (`She has a lead on … as`).
            // `She was faulted for …`: a pronoun alone stands for someone named before.
            if matches!(ctx.low(start), "who" | "which" | "whom")
                || start + 1 == cue_start
                    && ctx.low(start) != "it"
                    && english::is_subject_pronoun(ctx.low(start))
                // `The bank and IMF loan was …`: "and" without a comma joins two nouns of one
                // subject, whose first part is out of reach here.
                || start >= 2 && ctx.low(start - 1) == "and" && ctx.tok(start - 2) != ","
                || cue_start - start > MAX_SUBJECT_WORDS
                || (start..cue_start).any(|k| {
                    !ctx.quoted_at(k)
                        && (english::is_finite_verb(ctx.low(k)) || english::is_be_form(ctx.low(k)))
                })
            {
                continue;
            }
            // `by most farmers`: the agent speaks.
            let mut after = cue.end;
            let mut agent = None;
            if ctx.low(after) == "by" && !ctx.quoted_at(after) {
                let end = agent_end(ctx, after + 1);
                if end > after + 1 {
                    agent = Some((after + 1, end));
                    after = end;
                }
            }
            // What follows tells what the passive claims: `criticized as reckless`, `asked
            // to resign`, `accused of lying`, `called "a fraud"`. A passive with nothing
            // after it, or a place or a time (`was dismissed on Monday`), tells of a deed
            // (`The bill was rejected.`), unless its agent is named. A cue of saying tells
            // of a thing put out (`was posted`, `is briefed`) and one that needs a clause
            // (`was held`, `was felt as far away as …`) says nothing without one or an
            // infinitive.
            let Some(next) = (after < ctx.tokens.len()).then(|| ctx.low(after)) else {
                continue;
            };
            let complement = matches!(next, "to" | "as" | "that" | "of" | "for" | "with" | "over")
                || (cue.class == CueClass::Plain || cue.class == CueClass::Object)
                    && (english::is_determiner(next) || ctx.quoted_at(after));
            if cue.kind == SAID_KIND && next != "that"
                || cue.class == CueClass::NeedsThat && !matches!(next, "to" | "that")
                || !complement && agent.is_none()
            {
                continue;
            }
            // `The ministry is worried that …`, `Rebels are determined to …`: a view or an
            // aim in the passive is its subject's own (no one else worried them), and what
            // follows is what they hold. Other participles (`is expected to`, `was intended
            // to`) tell another's view or aim.
            if english::is_stance_participle(ctx.low(i)) {
                if agent.is_some() || !matches!(next, "that" | "to" | "about" | "over") {
                    continue;
                }
                let from = if matches!(next, "about" | "over") {
                    after + 1
                } else {
                    after
                };
                let end = self.content_end(ctx, from, None);
                let end = view_end(ctx, from, from + 1, end);
                if end <= from + 1 || ctx.low(start) == "it" {
                    continue;
                }
                let content = trim_end_punct(ctx.text, ctx.span(from, end));
                if !taken.iter().any(|t| t.overlaps(content)) {
                    let cue_span = ctx.span(cue_start, cue.end);
                    found.push(self.claim_with_modality(
                        ctx,
                        self.cues.kind_name(cue.kind),
                        Some((start, cue_start)),
                        cue_span,
                        content,
                        ctx.span(start, cue.end),
                    ));
                }
                continue;
            }
            // `It has been claimed that …`: an impersonal passive; the clause after "that"
            // is what was claimed. A bare "it" before any other passive stands for a thing
            // named before: too little to tell what the claim is about.
            let impersonal = ctx.low(start) == "it" && start + 1 == cue_start;
            let (from, content_from) = if impersonal {
                if ctx.low(after) != "that" {
                    continue;
                }
                (after + 1, after + 1)
            } else {
                (after, start)
            };
            let end = self.content_end(ctx, from, None);
            let end = view_end(ctx, content_from, from + 1, end);
            if end <= from {
                continue;
            }
            let content = trim_end_punct(ctx.text, ctx.span(content_from, end));
            if taken.iter().any(|t| t.overlaps(content))
                || content.of(ctx.text).split_whitespace().count() < MIN_CONTENT_WORDS
            {
                continue;
            }
            let cue_span = ctx.span(cue_start, cue.end);
            found.push(self.claim_with_modality(
                ctx,
                self.cues.kind_name(cue.kind),
                agent,
                cue_span,
                content,
                cue_span,
            ));
        }
        found
    }
}

/// Whether `lower` can be a past participle: a regular one (`criticized`, `urged`) or one of
/// the irregular forms copy uses (`told`, `thought`, `found`, `shown`).
fn is_past_participle(lower: &str) -> bool {
    lower.len() > 3 && lower.ends_with("ed")
        || english::is_irregular_past(lower)
        || matches!(lower, "shown" | "seen" | "known" | "written" | "given")
}

/// Where the agent that opens at token `from`, after "by", ends: before the first mark, a
/// preposition other than "of", a word that opens a clause or an infinitive, or a few words
/// on; `from` when no word stands there.
fn agent_end(ctx: &SentenceCtx<'_>, from: usize) -> usize {
    let mut end = from;
    while end < ctx.tokens.len() && end - from < MAX_AGENT_WORDS {
        let word = ctx.low(end);
        let joins = matches!(word, "'s" | "’s" | "-" | "&" | ".");
        if ctx.quoted_at(end)
            || !ctx.tokens[end].is_word() && !joins
            || word != "of" && english::is_preposition(word)
            || matches!(word, "as" | "to" | "that" | "who" | "which" | "and")
            || english::is_complementizer(word)
        {
            break;
        }
        end += 1;
    }
    end
}
