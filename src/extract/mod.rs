//! Extract stage: sentences → `Claim`s (speaker, cue, kind, content, quote, relay, hedges,
//! negation, figures and days).
//!
//! The work is anchored on cheap signals: a sentence is parsed only when it holds an
//! attribution cue or a quotation. Inside it, the cue is located first and the speaker and
//! the content are then read off the tokens around it by hand.

mod claim;
pub mod dates;
mod english;
pub mod numbers;

use std::collections::HashMap;

pub use claim::{Claim, ClaimKind, Cue, DateMention, Quantity, Quote, Relay, Speaker};

use crate::article::{Article, Span};
use crate::rules::RuleSet;
use crate::text::{self, Quotation, Segmented, Sentence, Token, TokenKind};

/// How a cue word attributes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CueClass {
    /// "said", "told": attributes on its own.
    Plain,
    /// "believes", "found": attributes only before "that" or a quotation.
    NeedsThat,
    /// "according to".
    AccordingTo,
}

/// Rule-derived lookups built once and shared by every article.
pub struct Extractor<'r> {
    rules: &'r RuleSet,
    /// first word of a cue (lower case) → (remaining words, class)
    cues: HashMap<String, Vec<(Vec<String>, CueClass)>>,
    /// hedge phrases split into lower-case words
    hedges: Vec<Vec<String>>,
    numbers: numbers::NumberReader,
}

/// A cue found in a sentence: token range `[start, end)`.
#[derive(Debug, Clone, Copy)]
struct FoundCue {
    start: usize,
    end: usize,
    class: CueClass,
}

impl<'r> Extractor<'r> {
    pub fn new(rules: &'r RuleSet) -> Extractor<'r> {
        let mut cues: HashMap<String, Vec<(Vec<String>, CueClass)>> = HashMap::new();
        let mut add = |phrase: &str, class: CueClass| {
            let mut words = phrase.split_whitespace().map(str::to_lowercase);
            if let Some(first) = words.next() {
                let class = if first == "according" {
                    CueClass::AccordingTo
                } else {
                    class
                };
                let entry = cues.entry(first).or_default();
                entry.push((words.collect(), class));
                // Longest phrases first so "pointed out" wins over "pointed".
                entry.sort_by_key(|e| std::cmp::Reverse(e.0.len()));
            }
        };
        for cue in &rules.attribution.cues {
            add(cue, CueClass::Plain);
        }
        for cue in &rules.attribution.that_cues {
            add(cue, CueClass::NeedsThat);
        }
        let hedges = rules
            .attribution
            .hedges
            .iter()
            .map(|h| h.split_whitespace().map(str::to_lowercase).collect())
            .collect();
        Extractor {
            rules,
            cues,
            hedges,
            numbers: numbers::NumberReader::new(rules),
        }
    }

    /// Every claim in one article, in text order, numbered `article#1`, `article#2`, ….
    pub fn claims(&self, article: &Article) -> Vec<Claim> {
        let text = article.text.as_str();
        let segmented = text::segment(text, self.rules);
        let mut claims: Vec<Claim> = Vec::new();
        let mut last_quoted_speaker: Option<(usize, Speaker, Option<Cue>)> = None;
        for sentence in &segmented.sentences {
            let before = claims.len();
            self.sentence_claims(article, &segmented, sentence, &mut claims);
            if claims.len() == before {
                if let Some(claim) =
                    self.continued_quote(article, &segmented, sentence, &last_quoted_speaker)
                {
                    // The quote goes on: the claim it continues grows to take it in.
                    match claims.last_mut() {
                        Some(prev)
                            if prev.kind == ClaimKind::Direct
                                && prev.speaker.as_ref().map(|s| s.span)
                                    == claim.speaker.as_ref().map(|s| s.span) =>
                        {
                            extend_quote(text, prev, claim);
                        }
                        _ => claims.push(claim),
                    }
                } else if let Some(claim) = self.assertion(article, sentence) {
                    claims.push(claim);
                }
            }
            if let Some(last) = claims[before..].iter().rev().find(|c| {
                matches!(c.kind, ClaimKind::Direct | ClaimKind::Partial) && c.speaker.is_some()
            }) && let Some(speaker) = &last.speaker
            {
                last_quoted_speaker = Some((sentence.paragraph, speaker.clone(), last.cue.clone()));
            }
        }
        for (n, claim) in claims.iter_mut().enumerate() {
            claim.id = format!("{}#{}", article.id, n + 1);
        }
        claims
    }

    fn find_cues(&self, text: &str, tokens: &[Token], quoted: &[bool]) -> Vec<FoundCue> {
        let mut found = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            if quoted[i] || !tokens[i].is_word() {
                i += 1;
                continue;
            }
            let lower = tokens[i].text(text).to_lowercase();
            let mut matched = None;
            // A verb cue is written in lower case ("State" and "States" are names) and is
            // not a noun after a determiner ("a cautionary note").
            let capital_inside = i > 0 && tokens[i].is_capitalized(text) && lower != "according";
            let past = lower.ends_with("ed")
                || matches!(
                    lower.as_str(),
                    "said" | "told" | "wrote" | "thought" | "knew" | "felt" | "found"
                );
            let noun_use = !past
                && (i > 0 && english::is_determiner(&tokens[i - 1].text(text).to_lowercase()))
                || (i > 1
                    && english::is_determiner(&tokens[i - 2].text(text).to_lowercase())
                    && !tokens[i - 1].is_capitalized(text)
                    && tokens[i - 1].is_word());
            let options = if capital_inside || noun_use {
                None
            } else {
                self.cues.get(&lower)
            };
            if let Some(options) = options {
                for (rest, class) in options {
                    let fits = rest.iter().enumerate().all(|(k, w)| {
                        tokens.get(i + 1 + k).is_some_and(|t| {
                            !quoted[i + 1 + k] && t.text(text).eq_ignore_ascii_case(w)
                        })
                    });
                    if fits {
                        matched = Some(FoundCue {
                            start: i,
                            end: i + 1 + rest.len(),
                            class: *class,
                        });
                        break;
                    }
                }
            }
            match matched {
                Some(cue) => {
                    i = cue.end;
                    found.push(cue);
                }
                None => i += 1,
            }
        }
        found
    }

    fn sentence_claims(
        &self,
        article: &Article,
        segmented: &Segmented,
        sentence: &Sentence,
        claims: &mut Vec<Claim>,
    ) {
        let text = article.text.as_str();
        let quotations = segmented.quotations_in(sentence.span);
        let tokens = text::tokenize(text, sentence.span, self.rules);
        let quoted: Vec<bool> = tokens
            .iter()
            .map(|t| quotations.iter().any(|q| q.inner.contains(t.span)))
            .collect();
        let cues = self.find_cues(text, &tokens, &quoted);
        if cues.is_empty() {
            return;
        }
        let ctx = SentenceCtx {
            text,
            article,
            sentence: *sentence,
            tokens: &tokens,
            quoted: &quoted,
            quotations,
        };
        let first_new = claims.len();
        let mut covered: Vec<Span> = Vec::new();
        for (n, cue) in cues.iter().enumerate() {
            let cue_span = ctx.span(cue.start, cue.end);
            if covered.iter().any(|c| c.contains(cue_span)) {
                continue;
            }
            let next_cue = cues.get(n + 1).map(|c| c.start);
            let Some(mut claim) = self.read_attribution(&ctx, *cue, next_cue, &claims[first_new..])
            else {
                continue;
            };
            // "…, Kerry said, according to Reuters": the relay belongs to the claim before.
            if claim.kind == ClaimKind::AccordingTo
                && let Some(prev) = claims[first_new..].last_mut()
                && prev.span.end <= cue_span.start
                && prev.via.is_none()
                && claim.content_span.start < prev.span.end
            {
                let relay = claim.speaker.map(|s| s.text).unwrap_or_default();
                let span = Span::new(cue_span.start, claim.span.end.max(cue_span.end));
                prev.via = Some(Relay {
                    text: relay,
                    span: trim_end_punct(text, span),
                });
                prev.span.end = prev.span.end.max(claim.span.end);
                continue;
            }
            covered.push(claim.content_span);
            self.annotate(&ctx, &mut claim);
            claims.push(claim);
        }
    }

    /// Reads the claim around one cue, or nothing when the cue does not attribute here.
    fn read_attribution(
        &self,
        ctx: &SentenceCtx<'_>,
        cue: FoundCue,
        next_cue: Option<usize>,
        earlier: &[Claim],
    ) -> Option<Claim> {
        let text = ctx.text;
        let tokens = ctx.tokens;
        let cue_span = ctx.span(cue.start, cue.end);
        let cue_text = cue_span.of(text).to_string();

        if cue.class == CueClass::AccordingTo {
            return self.according_to(ctx, cue);
        }

        // 1. A quotation right before the cue: `"…," Kerry said` / `"…," said Kerry`.
        if let Some(quote) = ctx.quotation_ending_before(cue.start) {
            let between = ctx.tokens_between(quote.outer.end, cue_span.start);
            let (speaker_range, inverted) = if between.iter().all(|t| t.kind == TokenKind::Punct) {
                (self.speaker_after(ctx, cue.end), true)
            } else {
                (self.speaker_before(ctx, cue.start), false)
            };
            if let Some((s, e)) = speaker_range {
                let speaker_start = tokens[s].span.start;
                let plausible = inverted || speaker_start >= quote.outer.end;
                if plausible {
                    let mut content = quote.inner;
                    let mut end = ctx.span(s, e).end.max(cue_span.end);
                    // `"…," Kerry said, "…."` continues with a second quotation.
                    if let Some(next) = ctx.quotation_starting_after(end)
                        && ctx
                            .tokens_between(end, next.outer.start)
                            .iter()
                            .all(|t| t.kind == TokenKind::Punct)
                    {
                        content = Span::new(content.start, next.inner.end);
                        end = next.outer.end;
                    }
                    let claim = self.claim(
                        ctx,
                        ClaimKind::Direct,
                        Some((s, e)),
                        cue_span,
                        content,
                        Span::new(quote.outer.start, end),
                    );
                    return Some(claim);
                }
            }
        }

        // Who is speaking: the words before the cue, the words after it ("said Kerry"),
        // or, for a participle ("…, adding that"), the speaker of the claim before.
        let lower = cue_text.to_lowercase();
        let participle =
            english::is_participle(&lower) && cue.start > 0 && ctx.tok(cue.start - 1) == ",";
        let speaker_range = if participle {
            None
        } else {
            self.speaker_before(ctx, cue.start)
        };
        let inherited = if participle || speaker_range.is_none() {
            earlier.last().and_then(|c| c.speaker.clone())
        } else {
            None
        };
        let speaker_range = speaker_range.or_else(|| {
            if inherited.is_some() {
                None
            } else {
                self.subject_fallback(ctx, cue.start)
            }
        });

        // 2. Clause-final cue: `In the past week, …, Miliband said.` / `…, said Kerry.`
        let after_cue_rest = self.skip_adjuncts(ctx, cue.end, false);
        let cue_at_end = after_cue_rest >= tokens.len() || ctx.only_punct_from(after_cue_rest);
        let comma_before = speaker_range.map_or(cue.start, |(s, _)| s);
        if cue_at_end
            && comma_before > 0
            && ctx.tok(comma_before - 1) == ","
            && speaker_range.is_some()
        {
            let content = ctx.clause_before(comma_before - 1);
            if content.is_empty() {
                return None;
            }
            let kind = self.kind_for(ctx, content);
            let span = Span::new(
                content.start,
                ctx.span(cue.start, after_cue_rest.min(tokens.len()).max(cue.end))
                    .end,
            );
            return Some(self.claim(
                ctx,
                kind,
                speaker_range,
                cue_span,
                content,
                trim_end_punct(text, span),
            ));
        }
        // Inverted clause-final: `…, said Kerry.`
        if comma_before == cue.start
            && cue.start > 0
            && ctx.tok(cue.start - 1) == ","
            && !participle
            && let Some((s, e)) = self.speaker_after(ctx, cue.end)
            && (e >= tokens.len() || ctx.only_punct_from(e) || ctx.tok(e) == ",")
        {
            let content = ctx.clause_before(cue.start - 1);
            if !content.is_empty() {
                let kind = self.kind_for(ctx, content);
                let span = Span::new(content.start, ctx.span(s, e).end);
                return Some(self.claim(ctx, kind, Some((s, e)), cue_span, content, span));
            }
        }

        if speaker_range.is_none() && inherited.is_none() {
            return None;
        }

        // 3. What follows the cue: a quotation (`Kerry said: "…"`) or a clause.
        let object_skipped = self.skip_object(ctx, cue.end, &lower);
        let start = self.skip_adjuncts(ctx, object_skipped, true);
        if start >= tokens.len() {
            return None;
        }
        let mut start = start;
        let mut has_that = false;
        if english::is_complementizer(&ctx.tok(start).to_lowercase()) {
            has_that = true;
            start += 1;
        }
        while start < tokens.len() && matches!(ctx.tok(start), ":" | ",") {
            start += 1;
        }
        if start >= tokens.len() {
            return None;
        }
        let starts_quote = ctx.quotations.iter().find(|q| {
            q.outer.start <= tokens[start].span.start && tokens[start].span.start <= q.inner.start
        });
        if cue.class == CueClass::NeedsThat && !has_that && starts_quote.is_none() {
            return None;
        }
        // Content runs to the next cue that starts its own attribution, or the sentence end.
        let mut end_tok = tokens.len();
        if let Some(next) = next_cue {
            // "…, Kerry said, according to Reuters" and "…, he added" end the content.
            if next > start && next >= 2 && ctx.tok(next - 1) == "," {
                end_tok = next - 1;
            } else if next > start
                && let Some((s, _)) = self.speaker_before(ctx, next)
                && s > start
                && s >= 1
                && ctx.tok(s - 1) == ","
            {
                end_tok = s - 1;
            }
        }
        let mut content = ctx.span(start, end_tok);
        content = trim_end_punct(text, content);
        if let Some(q) = starts_quote
            && (q.outer.end >= content.end || q.inner.end >= content.end)
        {
            content = q.inner;
        }
        if content.is_empty() {
            return None;
        }
        let kind = if starts_quote.is_some_and(|q| q.inner == content) {
            ClaimKind::Direct
        } else {
            self.kind_for(ctx, content)
        };
        let span_start = speaker_range.map_or(cue_span.start, |(s, _)| tokens[s].span.start);
        let span = Span::new(span_start, content.end.max(cue_span.end));
        let mut claim = self.claim(ctx, kind, speaker_range, cue_span, content, span);
        if speaker_range.is_none() {
            claim.speaker = inherited;
        }
        Some(claim)
    }

    /// `according to X, …` or `…, according to X`.
    fn according_to(&self, ctx: &SentenceCtx<'_>, cue: FoundCue) -> Option<Claim> {
        let tokens = ctx.tokens;
        let (s, e) = self.speaker_after(ctx, cue.end)?;
        let cue_span = ctx.span(cue.start, cue.end);
        let content = if e < tokens.len() && ctx.tok(e) == "," && !ctx.only_punct_from(e) {
            // Sentence-initial: the content follows the comma.
            trim_end_punct(ctx.text, ctx.span(e + 1, tokens.len()))
        } else if cue.start > 0 && ctx.tok(cue.start - 1) == "," {
            ctx.clause_before(cue.start - 1)
        } else if cue.start > 0 {
            trim_end_punct(ctx.text, ctx.span(0, cue.start))
        } else {
            return None;
        };
        if content.is_empty() {
            return None;
        }
        let span = Span::new(
            content.start.min(cue_span.start),
            content.end.max(ctx.span(s, e).end),
        );
        let mut claim = self.claim(
            ctx,
            ClaimKind::AccordingTo,
            Some((s, e)),
            cue_span,
            content,
            span,
        );
        if let Some(q) = ctx.quotations.iter().find(|q| q.inner == content) {
            claim.quote = Some(Quote {
                text: q.inner.of(ctx.text).to_string(),
                span: q.inner,
            });
        }
        Some(claim)
    }

    fn kind_for(&self, ctx: &SentenceCtx<'_>, content: Span) -> ClaimKind {
        let inside: Vec<&Quotation> = ctx
            .quotations
            .iter()
            .filter(|q| content.contains(q.inner) || q.inner.contains(content))
            .collect();
        match inside.as_slice() {
            [] => ClaimKind::Indirect,
            [q] if q.inner.contains(content) || q.inner == content => ClaimKind::Direct,
            _ => ClaimKind::Partial,
        }
    }

    fn claim(
        &self,
        ctx: &SentenceCtx<'_>,
        kind: ClaimKind,
        speaker: Option<(usize, usize)>,
        cue: Span,
        content: Span,
        span: Span,
    ) -> Claim {
        let text = ctx.text;
        let quote = ctx
            .quotations
            .iter()
            .find(|q| content.overlaps(q.inner))
            .map(|q| {
                let span = if kind == ClaimKind::Direct {
                    content
                } else {
                    q.inner
                };
                Quote {
                    text: span.of(text).to_string(),
                    span,
                }
            });
        Claim {
            id: String::new(),
            article: ctx.article.id.clone(),
            kind,
            speaker: speaker.map(|(s, e)| {
                let span = ctx.span(s, e);
                Speaker {
                    text: span.of(text).to_string(),
                    span: Some(span),
                    entity: None,
                    role: None,
                }
            }),
            cue: Some(Cue {
                text: cue.of(text).to_string(),
                span: cue,
            }),
            via: None,
            hedged: false,
            negated: false,
            modality: None,
            content: content.of(text).to_string(),
            quote,
            span: Span::new(span.start.min(content.start), span.end.max(content.end)),
            content_span: content,
            sentence: ctx.sentence.span,
            numbers: Vec::new(),
            dates: Vec::new(),
            entities: Vec::new(),
        }
    }

    /// Hedges, negation, modality, figures and days.
    fn annotate(&self, ctx: &SentenceCtx<'_>, claim: &mut Claim) {
        let text = ctx.text;
        let words: Vec<(Span, String)> = ctx
            .tokens
            .iter()
            .filter(|t| t.is_word())
            .map(|t| (t.span, t.text(text).to_lowercase()))
            .collect();
        let in_attribution =
            |span: Span| claim.span.contains(span) && !claim.content_span.contains(span);
        let in_content = |span: Span| claim.content_span.contains(span);
        claim.hedged = self.hedges.iter().any(|hedge| {
            words.windows(hedge.len()).any(|w| {
                w.iter().zip(hedge).all(|((_, a), b)| a == b)
                    && (in_attribution(w[0].0) || in_content(w[0].0) && hedge.len() == 1)
            })
        });
        claim.negated = words.iter().any(|(span, w)| {
            in_content(*span)
                && (self.rules.is_negation(w) || w.ends_with("n't") || w.ends_with("n’t"))
        });
        claim.modality = words
            .iter()
            .find(|(span, w)| {
                in_content(*span)
                    && matches!(
                        w.as_str(),
                        "could" | "may" | "might" | "would" | "should" | "can"
                    )
            })
            .map(|(_, w)| w.clone());
        claim.numbers = self.numbers.read(text, ctx.tokens, claim.content_span);
        claim.dates = dates::read(text, ctx.tokens, claim.content_span, ctx.article.date);
    }

    /// A sentence that is only a quotation, right after a quoted claim in the same paragraph,
    /// continues that speaker's quote.
    fn continued_quote(
        &self,
        article: &Article,
        segmented: &Segmented,
        sentence: &Sentence,
        last: &Option<(usize, Speaker, Option<Cue>)>,
    ) -> Option<Claim> {
        let (paragraph, speaker, cue) = last.as_ref()?;
        if sentence.paragraph > paragraph + 1 {
            return None;
        }
        let text = article.text.as_str();
        let quotations = segmented.quotations_in(sentence.span);
        let [quote] = quotations else { return None };
        let rest = text[sentence.span.start..quote.outer.start]
            .trim()
            .is_empty()
            && text[quote.outer.end.min(sentence.span.end)..sentence.span.end]
                .chars()
                .all(|c| !c.is_alphanumeric());
        if !rest || quote.inner.is_empty() {
            return None;
        }
        let tokens = text::tokenize(text, sentence.span, self.rules);
        let ctx = SentenceCtx {
            text,
            article,
            sentence: *sentence,
            tokens: &tokens,
            quoted: &[],
            quotations,
        };
        let mut claim = Claim {
            id: String::new(),
            article: article.id.clone(),
            kind: ClaimKind::Direct,
            speaker: Some(Speaker {
                entity: None,
                ..speaker.clone()
            }),
            cue: cue.clone(),
            via: None,
            hedged: false,
            negated: false,
            modality: None,
            content: quote.inner.of(text).to_string(),
            quote: Some(Quote {
                text: quote.inner.of(text).to_string(),
                span: quote.inner,
            }),
            span: quote.outer,
            content_span: quote.inner,
            sentence: sentence.span,
            numbers: Vec::new(),
            dates: Vec::new(),
            entities: Vec::new(),
        };
        self.annotate(&ctx, &mut claim);
        Some(claim)
    }

    /// The outlet's own statement of a checkable figure ("killed at least three people").
    fn assertion(&self, article: &Article, sentence: &Sentence) -> Option<Claim> {
        let text = article.text.as_str();
        if !text[sentence.span.start..sentence.span.end]
            .bytes()
            .any(|b| b.is_ascii_digit())
            && !self.numbers.may_hold_number_word(sentence.span.of(text))
        {
            return None;
        }
        let tokens = text::tokenize(text, sentence.span, self.rules);
        let numbers = self.numbers.read(text, &tokens, sentence.span);
        if !numbers.iter().any(|n| n.measure.is_some()) {
            return None;
        }
        let content = trim_end_punct(text, sentence.span);
        Some(Claim {
            id: String::new(),
            article: article.id.clone(),
            kind: ClaimKind::Assertion,
            speaker: Some(Speaker {
                text: article.source.clone(),
                span: None,
                entity: None,
                role: None,
            }),
            cue: None,
            via: None,
            hedged: false,
            negated: false,
            modality: None,
            content: content.of(text).to_string(),
            quote: None,
            span: sentence.span,
            content_span: content,
            sentence: sentence.span,
            numbers,
            dates: dates::read(text, &tokens, content, article.date),
            entities: Vec::new(),
        })
    }

    /// The speaker mention ending right before token `cue` (adverbs and auxiliaries between
    /// are skipped): `U.S. Secretary of State John Kerry (reportedly) said`.
    fn speaker_before(&self, ctx: &SentenceCtx<'_>, cue: usize) -> Option<(usize, usize)> {
        let tokens = ctx.tokens;
        let mut end = cue;
        // Skip "also", "has", "reportedly", ", however," between speaker and cue.
        loop {
            if end == 0 {
                return None;
            }
            let w = ctx.tok(end - 1).to_lowercase();
            if english::between_speaker_and_cue(&w) && !ctx.quoted_at(end - 1) {
                end -= 1;
            } else if w == ","
                && end >= 3
                && ctx.tok(end - 2).eq_ignore_ascii_case("however")
                && ctx.tok(end - 3) == ","
            {
                end -= 3;
            } else {
                break;
            }
        }
        // Trailing day words are not part of the name: "Bashar Assad Saturday, who said".
        let mut start = end;
        let mut words = 0;
        while start > 0 && words < 10 {
            let i = start - 1;
            let t = &tokens[i];
            if ctx.quoted_at(i) || t.kind == TokenKind::Punct {
                break;
            }
            let word = t.text(ctx.text);
            let lower = word.to_lowercase();
            if self.cues.contains_key(&lower) && !t.is_capitalized(ctx.text) {
                break;
            }
            if english::ends_speaker(&lower) && !t.is_capitalized(ctx.text) {
                // "Kerry and Lavrov": `and` inside a run of names.
                let joins_names = lower == "and"
                    && start < end
                    && tokens[start].is_capitalized(ctx.text)
                    && i > 0
                    && tokens[i - 1].is_capitalized(ctx.text);
                if !joins_names {
                    break;
                }
            }
            if english::ends_speaker(&lower)
                && t.is_capitalized(ctx.text)
                && !english::is_determiner(&lower)
                && i + 1 == end
                && english::is_pronoun(&lower)
            {
                // fine: "It said"
            }
            start = i;
            words += 1;
        }
        // Drop leading glue ("of the …") and sentence adverbs.
        while start < end
            && english::is_name_glue(&ctx.tok(start).to_lowercase())
            && !ctx.tok(start).eq_ignore_ascii_case("the")
        {
            start += 1;
        }
        if start >= end {
            return None;
        }
        // "… Assad Saturday, who said": the relative pronoun points at the noun before it.
        if start == end && start >= 2 && ctx.tok(start - 1).eq_ignore_ascii_case("who") {
            return None;
        }
        let head = ctx.tok(end - 1);
        let head_lower = head.to_lowercase();
        let head_capital = tokens[end - 1].is_capitalized(ctx.text);
        if !tokens[end - 1].is_word() || english::is_time_word(&head_lower) && !head_capital {
            return None;
        }
        if !head_capital
            && !english::is_pronoun(&head_lower)
            && (head_lower.ends_with("ed")
                || head_lower.ends_with("ing")
                || head_lower.ends_with("ly"))
        {
            return None;
        }
        // A lone lower-case word that is not a pronoun or plural noun is too weak.
        if end - start == 1
            && !head_capital
            && !english::is_pronoun(&head_lower)
            && !head_lower.ends_with('s')
        {
            return None;
        }
        Some((start, end))
    }

    /// `said Kerry, …` / `according to Reuters`: the mention right after the cue.
    fn speaker_after(&self, ctx: &SentenceCtx<'_>, from: usize) -> Option<(usize, usize)> {
        let tokens = ctx.tokens;
        let mut end = from;
        while end < tokens.len() && end - from < 10 {
            let t = &tokens[end];
            if ctx.quoted_at(end) || t.kind == TokenKind::Punct {
                break;
            }
            let lower = t.text(ctx.text).to_lowercase();
            if end > from
                && !t.is_capitalized(ctx.text)
                && (english::ends_speaker(&lower) || self.cues.contains_key(&lower))
                && !english::is_name_glue(&lower)
            {
                break;
            }
            if end == from
                && english::ends_speaker(&lower)
                && !english::is_determiner(&lower)
                && !english::is_pronoun(&lower)
            {
                return None;
            }
            end += 1;
        }
        while end > from && english::is_name_glue(&ctx.tok(end - 1).to_lowercase()) {
            end -= 1;
        }
        // Trailing time words: "said Kerry Sunday".
        while end > from + 1 && english::is_time_word(&ctx.tok(end - 1).to_lowercase()) {
            end -= 1;
        }
        (end > from).then_some((from, end))
    }

    /// When the words before the cue are no speaker (a coordinated verb: "Kerry did not
    /// reveal … and said …"), the sentence's subject: its opening name or pronoun.
    fn subject_fallback(&self, ctx: &SentenceCtx<'_>, cue: usize) -> Option<(usize, usize)> {
        let tokens = ctx.tokens;
        let mut start = 0;
        while start < cue
            && matches!(
                ctx.tok(start).to_lowercase().as_str(),
                "but" | "and" | "yet" | "still" | "so"
            )
        {
            start += 1;
        }
        let mut end = start;
        while end < cue
            && tokens[end].is_word()
            && !ctx.quoted_at(end)
            && (tokens[end].is_capitalized(ctx.text)
                || (end > start && english::is_name_glue(&ctx.tok(end).to_lowercase())))
        {
            end += 1;
        }
        if end == start {
            return None;
        }
        let first = ctx.tok(start).to_lowercase();
        let single_pronoun = end - start == 1 && english::is_pronoun(&first);
        // A capitalised run followed by a comma or a verb-like lower-case word.
        let next = if end < tokens.len() { ctx.tok(end) } else { "" };
        let looks_like_subject = single_pronoun
            || (next == "," || next.chars().next().is_some_and(char::is_lowercase))
                && !english::is_determiner(&first)
                && !english::ends_speaker(&first);
        // The words between the subject and the cue must not hold another cue or quote.
        let clean = (end..cue).all(|i| !ctx.quoted_at(i));
        (looks_like_subject && clean && (ctx.tok(cue - 1) == "and" || next == ","))
            .then_some((start, end))
    }

    /// `told reporters (in Munich)`, `told VOA`: the person told is not what was said.
    fn skip_object(&self, ctx: &SentenceCtx<'_>, from: usize, cue: &str) -> usize {
        if !matches!(
            cue,
            "told"
                | "tell"
                | "tells"
                | "telling"
                | "asked"
                | "urged"
                | "warned"
                | "assured"
                | "reminded"
        ) {
            return from;
        }
        let tokens = ctx.tokens;
        // Prefer an explicit "that" within reach.
        for (i, token) in tokens.iter().enumerate().take(from + 12).skip(from) {
            if ctx.quoted_at(i) || token.kind == TokenKind::Punct {
                break;
            }
            if ctx.tok(i).eq_ignore_ascii_case("that") {
                return i;
            }
        }
        let mut i = from;
        if i < tokens.len() && english::is_determiner(&ctx.tok(i).to_lowercase()) {
            i += 1;
        }
        let capital_run = tokens[i.min(tokens.len() - 1)].is_capitalized(ctx.text);
        while i < tokens.len() && tokens[i].is_word() && !ctx.quoted_at(i) {
            let cap = tokens[i].is_capitalized(ctx.text);
            if capital_run != cap && i > from {
                break;
            }
            i += 1;
            if !capital_run {
                break;
            }
        }
        i
    }

    /// Skips `Sunday`, `in a statement Friday`, `on Twitter`, `at a news conference in
    /// Amman` after a cue. With `need_clause`, an adjunct is skipped only when a "that",
    /// a quotation or a clause follows it.
    fn skip_adjuncts(&self, ctx: &SentenceCtx<'_>, from: usize, need_clause: bool) -> usize {
        let tokens = ctx.tokens;
        let mut i = from;
        loop {
            if i >= tokens.len() || ctx.quoted_at(i) {
                return i;
            }
            let lower = ctx.tok(i).to_lowercase();
            if english::is_time_word(&lower) && tokens[i].is_word() {
                i += 1;
                continue;
            }
            if english::opens_adjunct(&lower) {
                // Take the phrase up to a comma, "that", a quotation or the sentence end.
                let mut j = i + 1;
                while j < tokens.len()
                    && j - i <= 8
                    && !ctx.quoted_at(j)
                    && tokens[j].kind != TokenKind::Punct
                    && !ctx.tok(j).eq_ignore_ascii_case("that")
                {
                    j += 1;
                }
                let stops_well = j >= tokens.len()
                    || ctx.tok(j).eq_ignore_ascii_case("that")
                    || ctx.quoted_at(j)
                    || matches!(ctx.tok(j), "," | ":" | "\"" | "“" | ".");
                if stops_well && (j - i) <= 8 && (!need_clause || j < tokens.len()) {
                    i = j;
                    continue;
                }
                return i;
            }
            if lower == "reporters" || lower == "journalists" {
                i += 1;
                continue;
            }
            return i;
        }
    }
}

/// Tokens and quotations of the sentence being read.
struct SentenceCtx<'a> {
    text: &'a str,
    article: &'a Article,
    sentence: Sentence,
    tokens: &'a [Token],
    quoted: &'a [bool],
    quotations: &'a [Quotation],
}

impl SentenceCtx<'_> {
    fn tok(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| t.text(self.text))
    }

    fn quoted_at(&self, i: usize) -> bool {
        self.quoted.get(i).copied().unwrap_or(false)
    }

    /// Byte span from the start of token `start` to the end of token `end - 1`.
    fn span(&self, start: usize, end: usize) -> Span {
        let s = self
            .tokens
            .get(start)
            .map_or(self.sentence.span.end, |t| t.span.start);
        let e = if end == 0 {
            s
        } else {
            self.tokens
                .get(end - 1)
                .map_or(self.sentence.span.end, |t| t.span.end)
        };
        Span::new(s, e.max(s))
    }

    fn tokens_between(&self, start: usize, end: usize) -> Vec<Token> {
        self.tokens
            .iter()
            .filter(|t| t.span.start >= start && t.span.end <= end)
            .copied()
            .collect()
    }

    fn only_punct_from(&self, i: usize) -> bool {
        self.tokens[i.min(self.tokens.len())..]
            .iter()
            .all(|t| t.kind == TokenKind::Punct && !matches!(t.text(self.text), "\"" | "“"))
    }

    /// The closed quotation that ends shortly before token `cue` (only punctuation, a
    /// speaker and adverbs between).
    fn quotation_ending_before(&self, cue: usize) -> Option<&Quotation> {
        let cue_start = self.tokens.get(cue)?.span.start;
        let quote = self
            .quotations
            .iter()
            .rev()
            .find(|q| q.outer.end <= cue_start)?;
        let between = self.tokens_between(quote.outer.end, cue_start);
        let words = between.iter().filter(|t| t.is_word()).count();
        let clean = between
            .iter()
            .all(|t| t.is_word() || matches!(t.text(self.text), "," | "-" | "—"));
        (quote.closed && words <= 12 && clean).then_some(quote)
    }

    fn quotation_starting_after(&self, at: usize) -> Option<&Quotation> {
        self.quotations.iter().find(|q| q.outer.start >= at)
    }

    /// The clause from the sentence start to the comma at token `comma`.
    fn clause_before(&self, comma: usize) -> Span {
        let span = self.span(0, comma);
        // A clause that is one quotation is its inner words.
        match self
            .quotations
            .iter()
            .find(|q| q.outer == span || (q.outer.start == span.start && q.outer.end >= span.end))
        {
            Some(q) => q.inner,
            None => span,
        }
    }
}

/// Makes `prev` take in `next`, the quotation that continues it.
fn extend_quote(text: &str, prev: &mut Claim, next: Claim) {
    let content = Span::new(prev.content_span.start, next.content_span.end);
    prev.content_span = content;
    prev.content = content.of(text).to_string();
    prev.quote = Some(Quote {
        text: prev.content.clone(),
        span: content,
    });
    prev.span.end = prev.span.end.max(next.span.end);
    prev.sentence.end = prev.sentence.end.max(next.sentence.end);
    prev.negated |= next.negated;
    prev.hedged |= next.hedged;
    prev.modality = prev.modality.take().or(next.modality);
    prev.numbers.extend(next.numbers);
    prev.dates.extend(next.dates);
}

/// Drops trailing punctuation (but not a closing quotation mark) and white space.
fn trim_end_punct(text: &str, span: Span) -> Span {
    let s = span.of(text);
    let trimmed = s.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':' | '-' | '—')
    });
    Span::new(span.start, span.start + trimmed.len())
}

#[cfg(test)]
mod tests;
