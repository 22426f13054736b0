//! The attribution around a verb cue (`Kerry said …`, `"…," said Kerry`, `…, he added`):
//! the speaker it names and the content it attributes to them.

use std::borrow::Cow;

use crate::article::Span;

use super::content::AfterAttribution;
use super::cues::{SAID, SAID_KIND};
use super::numbers::is_number_word;
use super::sentence::{SentenceCtx, is_mark, is_pictograph, trim_end_punct};
use super::{
    Claim, ClaimKind, CueClass, Extractor, FoundCue, Relay, Speaker, cue_negation, english,
    not_speaker, relative_gap, speaker_subject, trailing_participle,
};

/// Who speaks at a verb cue, as [`Extractor::choose_speaker`] found them: a speaker named in
/// the sentence or, failing one, the speaker of the claim before (exactly one of the two).
struct Attribution<'a> {
    cue: FoundCue,
    /// The cue's words in lower case: the sentence's own lower case of a one-word cue.
    cue_word: Cow<'a, str>,
    /// `…, adding that`: a participle after a comma, which names no speaker of its own.
    participle: bool,
    /// `Said Ellis: "…"`: the cue opens the sentence.
    opens_sentence: bool,
    /// `"…," said Kerry`: the speaker's tokens when they follow the cue.
    inverted: Option<(usize, usize)>,
    /// The speaker's tokens.
    speaker: Option<(usize, usize)>,
    /// The speaker of the claim read before in the sentence, when none is named here.
    inherited: Option<Speaker>,
    /// `AFP quoted Kerry as saying`: the relay's tokens (AFP).
    relay: Option<(usize, usize)>,
    /// `Stevie Wonder, who joked …`: the name the relative pronoun speaking stands for.
    antecedent: Option<(usize, usize)>,
}

/// A document whose modifier holds the name before the cue stands at most this many words
/// before that name (`A poll released Sunday by the Herald`).
const DOCUMENT_REACH: usize = 6;

impl Attribution<'_> {
    /// The token right after the cue and the inverted speaker.
    fn end(&self) -> usize {
        self.inverted
            .map_or(self.cue.end, |(_, e)| e.max(self.cue.end))
    }
}

impl Extractor<'_> {
    /// Reads the claim around one cue, or nothing when the cue does not attribute here.
    ///
    /// The attribution (speaker and cue) is found first; what was said is then either the
    /// clause before it (`"…," Kerry said.`, `…, Miliband said.`), both sides of it when it
    /// stands inside the sentence (`X, he said, Y.`), or what follows it (`Kerry said …`).
    pub(super) fn read_attribution(
        &self,
        ctx: &SentenceCtx<'_>,
        cue: FoundCue,
        next_cue: Option<usize>,
        earlier: &[Claim],
    ) -> Option<Claim> {
        if cue.class == CueClass::AccordingTo {
            return self.according_to(ctx, cue);
        }
        // A cue of one word is lowered already, with the rest of the sentence.
        let cue_word = match ctx.lower.get(cue.start) {
            Some(&lower) if cue.end == cue.start + 1 => Cow::Borrowed(lower),
            _ => Cow::Owned(ctx.span(cue.start, cue.end).of(ctx.text).to_lowercase()),
        };
        if cue.start > 0 && self.not_a_speech_verb(ctx, cue.start, &cue_word) {
            return None;
        }
        let attribution = self.choose_speaker(ctx, cue, cue_word, earlier)?;
        let mut claim = self
            .content_before(ctx, &attribution, next_cue, earlier)
            .or_else(|| self.content_after(ctx, &attribution, next_cue))?;
        if attribution.speaker.is_none() {
            claim.speaker = attribution.inherited;
        }
        if let Some((s, e)) = attribution.antecedent
            && let Some(speaker) = claim.speaker.as_mut()
        {
            speaker.antecedent = Some(ctx.span(s, e).of(ctx.text).to_string());
        }
        // `Ross, who's been pushing for …`: the speaker is the "who" of the contraction.
        if let Some(speaker) = claim.speaker.as_mut()
            && ["who'", "who’"].iter().any(|p| {
                // No letter but ASCII lowers to "who": the ASCII case of the opening bytes
                // is the lower case's.
                speaker
                    .text
                    .as_bytes()
                    .get(..p.len())
                    .is_some_and(|b| b.eq_ignore_ascii_case(p.as_bytes()))
            })
            && let Some(who) = speaker.text.get(..3)
        {
            speaker.text = who.to_string();
            speaker.span = speaker.span.map(|s| Span::new(s.start, s.start + 3));
        }
        Some(claim)
    }

    /// Who is speaking at the verb cue `cue` (its words `cue_word`): the words after the
    /// cue when it follows a comma or a quotation (`…, said Kerry.`), the person quoted
    /// (`AFP quoted Kerry as saying`), the words before it, or, for a participle (`…,
    /// adding that`) or a second verb (`… and said`), the speaker of the claim before, then
    /// the sentence's subject. `None` when no one is found.
    fn choose_speaker<'a>(
        &self,
        ctx: &SentenceCtx<'a>,
        cue: FoundCue,
        cue_word: Cow<'a, str>,
        earlier: &[Claim],
    ) -> Option<Attribution<'a>> {
        // `…, even suggesting`: adverbs may stand between the comma and the participle.
        let participle = english::is_participle(&cue_word)
            && cue.start > 0
            && (ctx.tok(cue.start - 1) == ","
                || trailing_participle::comma_before(ctx, cue.start).is_some());
        let opens_sentence = cue.start == 0 && ctx.tokens[0].is_capitalized(ctx.text);
        let after_break = opens_sentence
            || cue.start > 0 && (ctx.tok(cue.start - 1) == "," || is_mark(ctx.tok(cue.start - 1)));
        // "told", "tells" take the person told after them, never the speaker.
        let tells = cue_word.starts_with("tell") || cue_word == "told";
        // `"…," vowed Kerry` inverts any cue; after a plain comma only a verb of saying or
        // asking does (`…, said Kerry`): `…, repeal the law, stand by our Constitution`
        // has an object after the verb, not a speaker.
        let after_quote = cue.start > 0 && {
            let b = cue.start - 1;
            let quote = |i: usize| ctx.quoted_at(i) || is_mark(ctx.tok(i));
            quote(b) || ctx.tok(b) == "," && b > 0 && quote(b - 1)
        };
        // A participle of several words after a comma (`…, referring to …`) is read as
        // before (it makes no claim of its own here).
        let first_word = cue_word.split_whitespace().next().unwrap_or(&cue_word);
        let inverts = opens_sentence
            || after_quote
            || english::is_participle(first_word)
            || matches!(self.cues.kind_name(cue.kind), SAID | "asks");
        // `Railing Against Trump, Sanders Vows …`: a participle opening the sentence takes
        // its object after it; the speaker is the subject of the main clause.
        let opening_participle = opens_sentence && first_word.to_lowercase().ends_with("ing");
        let inverted = if after_break && !participle && !tells && inverts && !opening_participle {
            self.inverted_speaker(ctx, cue).filter(|&(s, e)| {
                // After a plain comma and another verb than "said", "asked" or "added",
                // words in small letters with no determiner speak when they name people
                // (`…, warned officials`), not a thing the verb took (`…, announced new
                // limits`).
                let word = ctx.low(s);
                let saying = matches!(
                    cue_word.as_ref(),
                    "said" | "says" | "say" | "asked" | "asks" | "added" | "adds"
                );
                let bare = !saying
                    && !ctx.tokens[s].is_capitalized(ctx.text)
                    && !english::is_determiner(word)
                    && !english::is_pronoun(word)
                    && !english::stands_for_people(word);
                let mention = &ctx.text[ctx.tokens[s].span.start..ctx.tokens[e - 1].span.end];
                opens_sentence
                    || after_quote
                    || !bare
                    || super::source::mention_is_source(mention, &self.cues)
            })
        } else {
            None
        };
        // `AFP quoted Kerry as saying …`: Kerry speaks, AFP relays.
        let quoted_as = self.quoted_as_saying(ctx, cue.start, &cue_word);
        // `The campaign issued a statement saying …`: the subject of the verb speaks.
        let object_participle = (!participle && !after_break)
            .then(|| self.object_participle_speaker(ctx, cue.start))
            .flatten();
        let speaker = if let Some((speaker, _)) = quoted_as {
            Some(speaker)
        } else if inverted.is_some() {
            inverted
        } else if participle {
            None
        } else if object_participle.is_some() {
            object_participle
        } else if let Some(relative) = self.relative_subject(ctx, cue.start).filter(|&r| {
            // `the man in the street, who said`: a "who" after a comma stands only for a
            // name, as below.
            !(ctx.low(r) == "who" && ctx.tok(r - 1) == ",")
                || self.speaker_before(ctx, r + 1).is_some()
        }) {
            // `the agency, which first reported …`: the relative pronoun speaks, for the
            // noun before it (found below), not the subject of the sentence.
            Some((relative, relative + 1))
        } else {
            self.speaker_before(ctx, cue.start)
        };
        // `A poll released Sunday by the Herald shows …`, `research conducted by the
        // institute found …`: a document that opens the clause speaks, not a name inside
        // its modifier.
        let speaker = if cue.kind != SAID_KIND
            && !participle
            && quoted_as.is_none()
            && inverted.is_none()
            && object_participle.is_none()
            // With no name found, only a verb that takes a clause (`show`, `find`) is
            // read for a document: the others seldom have one for subject.
            && speaker.map_or(cue.class == CueClass::NeedsThat, |(s, e)| {
                s > 1
                    && english::is_preposition(ctx.low(s - 1))
                    && (s.saturating_sub(DOCUMENT_REACH)..s - 1)
                        .any(|k| self.cues.is_document(ctx.low(k)))
                    // `A Marist poll out Monday showed …`: the mention ran on into the
                    // document's modifier, to a word that takes no object.
                    || matches!(ctx.low(e - 1), "out" | "there" | "here")
                        && self
                            .document_subject(ctx, cue.start)
                            .is_some_and(|(d, end)| d == s && end < e)
            }) {
            self.document_subject(ctx, cue.start).or(speaker)
        } else {
            speaker
        };
        // The document read past its modifier: the words between it and the cue are that
        // modifier (`released Sunday by the Herald`), not an object the cue would end.
        let document_read = cue.class == CueClass::NeedsThat
            && speaker.is_some_and(|(s, e)| {
                e < cue.start && self.document_subject(ctx, cue.start) == Some((s, e))
            });
        // `…, who opened her remarks by praising …`, `… after he appeared to suggest …`:
        // the subject of the cue's own clause, before the speaker of the claim before.
        let speaker = speaker.or_else(|| {
            (!participle && cue.start > 0)
                .then(|| self.subject_of_inner_clause(ctx, cue.start - 1))
                .flatten()
        });
        // `When Ross called it a fix, the board voted, arguing …`: a participle after the
        // main clause speaks for its subject, not for the one who spoke in the opening clause.
        let speaker = speaker.or_else(|| {
            participle
                .then(|| self.main_clause_subject(ctx, cue.start, earlier.last()?))
                .flatten()
        });
        let inherited = if speaker.is_none() {
            earlier.last().and_then(|c| c.speaker.clone())
        } else {
            None
        };
        let speaker = speaker.or_else(|| {
            if inherited.is_some() {
                None
            } else {
                self.subject_fallback(ctx, cue.start)
                    .or_else(|| self.plain_subject(ctx, cue.start))
            }
        });
        if speaker.is_none() && inherited.is_none() {
            return None;
        }
        // `…, Ortiz, who says she is grateful`: "who" speaks, for the name before it.
        let (speaker, antecedent) = match speaker {
            // `the agency, which first reported …`, `a group that intends to …`.
            Some((w, e))
                if e == w + 1
                    && w >= 1
                    && quoted_as.is_none()
                    && inverted.is_none()
                    && speaker_subject::is_relative_subject(ctx.low(w)) =>
            {
                let antecedent = if ctx.tok(w - 1) != "," {
                    self.mention_ending_at(ctx, w)
                } else if ctx.low(w) == "who" {
                    // As for `Ross, who said`: the name before the comma.
                    self.speaker_before(ctx, w + 1)
                } else {
                    self.mention_ending_at(ctx, w - 1)
                };
                (Some((w, e)), antecedent)
            }
            Some((s, e)) if quoted_as.is_none() && inverted.is_none() => {
                match speaker_subject::relative_who(ctx, e, cue.start) {
                    Some(who) => (Some((who, who + 1)), Some((s, e))),
                    None => (Some((s, e)), None),
                }
            }
            // `farmers here, who have blocked the roads and called for …`.
            Some((w, e))
                if e == w + 1 && w >= 2 && ctx.low(w) == "who" && ctx.tok(w - 1) == "," =>
            {
                (Some((w, e)), self.mention_ending_at(ctx, w - 1))
            }
            other => (other, None),
        };
        // `It's a safe bet that the books would say …`: an "it" that stands for nothing
        // speaks for no one; `It is rare for a judge to weigh in`: the infinitive's subject
        // speaks.
        let speaker = match speaker {
            Some(it) if inverted.is_none() && not_speaker::expletive_it(ctx, it, cue.start) => {
                self.for_subject(ctx, cue.start)
            }
            other => other,
        };
        if let Some((s, e)) = antecedent.or(speaker)
            && not_speaker::never_speaks(ctx, s, e)
        {
            return None;
        }
        // `issued an open letter calling …`: a verb and its object are no one.
        if let Some((s, e)) = speaker
            && not_speaker::verb_and_object(ctx, s, e)
        {
            return None;
        }
        // The words right before the cue ("who" for a relative clause) tell a noun from a verb.
        if let Some(subject) = speaker
            && inverted.is_none()
            && quoted_as.is_none()
            && object_participle.is_none()
            && not_speaker::cue_is_no_verb(
                ctx,
                subject,
                cue.start,
                &cue_word,
                self.group_share(ctx, subject.1)
                    .is_some_and(|(s, _)| s == subject.0),
            )
            // `with polls showing …`: the polls speak, whatever phrase holds them.
            && !self.document_participle(ctx, cue.start)
            && !document_read
        {
            return None;
        }
        Some(Attribution {
            cue,
            cue_word,
            participle,
            opens_sentence,
            inverted,
            speaker,
            inherited,
            relay: quoted_as.and_then(|(_, relay)| relay),
            antecedent,
        })
    }

    /// The speaker named right after a cue that follows a comma or a quotation (`"…," said
    /// Kerry.`), when the name ends there and is no object of the verb.
    fn inverted_speaker(&self, ctx: &SentenceCtx<'_>, cue: FoundCue) -> Option<(usize, usize)> {
        self.speaker_after(ctx, cue.end).filter(|&(s, e)| {
            // `said Rep. L.M. Harlow (D-N.M.), head of …`: a parenthesis after the
            // name (party and state, an agency) ends it too.
            let ends = e >= ctx.tokens.len()
                || ctx.quoted_at(e)
                || matches!(ctx.tok(e), "," | "." | ";" | "?" | "!" | ":" | "(")
                || is_mark(ctx.tok(e))
                || is_pictograph(ctx.tok(e))
                // `said one adviser to Bill Clinton.`, `said a strategist who …`
                || self.modifier_follows(ctx, e)
                // `"…," said Tom Walsh when asked about the fee`, `… as he left`: a
                // clause of time or cause after the name is the attribution's own.
                || english::subordinates(ctx.low(e)) && !ctx.quoted_at(e);
            // `Mara Lindqvist, a professor, described Ortiz's approach …`, `The C.I.A.
            // director, Laura M. Keane, said the agency gave …`: the sentence's subject
            // (or a name set off after it) stands before the cue, and what follows is an
            // object or what was said.
            let subject_before = self.speaker_before(ctx, cue.start).is_some_and(|(b, _)| {
                b == 0
                    || b >= 2
                        && ctx.tok(b - 1) == ","
                        && self
                            .mention_ending_at(ctx, b - 1)
                            .is_some_and(|(s, _)| s == 0)
            });
            // `said Clinton's top aide Jake Sullivan` names a speaker; after another verb a
            // possessive opens an object (`… Trump's approach`), unless a name follows (`the
            // BBC's Christian Fraser`: a person of an outlet's).
            let possessive = cue.kind != SAID_KIND
                && (s..e).any(|i| {
                    let w = ctx.tok(i);
                    (w.ends_with("'s") || w.ends_with("’s"))
                        && !(i + 1 < e && ctx.tokens[i + 1].is_capitalized(ctx.text))
                });
            // `The campaign manager, Rita Osei, said she cannot discuss`: a pronoun
            // followed by more words opens what was said; only "…, said he." is a speaker.
            let clause = e - s > 1 && english::is_subject_pronoun(ctx.low(s));
            ends && !subject_before && !possessive && !clause && !verb_inside(ctx, s, e)
        })
    }

    /// The claim whose content is the clause before the attribution (`"…," Kerry said.`,
    /// `…, Miliband said.`), running on past it when the attribution stands inside what was
    /// said (`X, he said, Y.`, `"…," he said, "…"`). `None` when no such clause stands
    /// there, or when the words after the attribution are what was said. The speaker is
    /// left empty when it is inherited.
    fn content_before(
        &self,
        ctx: &SentenceCtx<'_>,
        who: &Attribution,
        next_cue: Option<usize>,
        earlier: &[Claim],
    ) -> Option<Claim> {
        let text = ctx.text;
        let cue = who.cue;
        let cue_span = ctx.span(cue.start, cue.end);
        // Where the attribution ends: after the cue, the inverted speaker, the person told
        // and adjuncts ("told reporters in Munich on Friday").
        let told = self.skip_object(ctx, who.end(), &who.cue_word);
        let after = self.skip_adjuncts(ctx, told, false);
        let lead = if who.inverted.is_some() {
            cue.start
        } else {
            who.speaker.map_or(cue.start, |(s, _)| s)
        };
        // Claims already read in this sentence bound the clause before.
        let floor = earlier.last().map_or(0, |c| {
            ctx.tokens.partition_point(|t| t.span.start < c.span.end)
        });
        let (mut content, quoted_clause) = self.clause_before_attribution(ctx, floor, lead)?;
        let rest = AfterAttribution::of(ctx, after);
        let take_before = match rest {
            AfterAttribution::End | AfterAttribution::Aside => true,
            AfterAttribution::Quote(_) | AfterAttribution::Colon => quoted_clause,
            // `"…," Kerry told reporters in a long news conference, …`.
            // When words stand before the quotation (`On this week’s episode of
            // "Meet the Voters," Kirby said her …`), the quotation is a title or an
            // aside, and the clause after the cue is what was said.
            AfterAttribution::Clause => {
                let opens_with_quote = ctx.quotations.iter().any(|q| q.inner == content);
                // `"…," Merkel told reporters after the meeting that was held …`: a "that"
                // before a verb opens a relative clause, not what was said.
                // And after an adjunct (`"…," Ruiz said after hosting the Danish premier at her
                // ranch for talks that focus on fishing`) what follows is about the adjunct: the
                // quotation that opens the sentence is what was said.
                let relative =
                    ctx.low(after) == "that" && english::is_auxiliary(ctx.low(after + 1));
                quoted_clause
                    && opens_with_quote
                    && (!english::is_complementizer(ctx.low(after)) || relative || after > told)
            }
        };
        if !take_before || who.participle && who.inherited.is_some() {
            return None;
        }
        // `"…," said Sherwood, speaking of politicians, "and …"`: the quotation goes on
        // after the aside.
        let rest = match rest {
            AfterAttribution::Aside | AfterAttribution::Clause if quoted_clause => {
                AfterAttribution::resumed_quote(ctx, content, after, next_cue)
                    .map_or(rest, AfterAttribution::Quote)
            }
            _ => rest,
        };
        let mut end = ctx.span(lead, after).end.max(cue_span.end);
        // Where the claim's span starts: the content's first words, or the attribution
        // when what was said follows it.
        let mut start = None;
        match rest {
            // `"…," he said of Trump, "…"`: the quotation goes on.
            AfterAttribution::Quote(q) => {
                content = Span::new(content.start, q.inner.end);
                end = q.outer.end;
            }
            // `X, he said, Y.`: the attribution stands inside what was said. Content is one
            // run of the text. After an adverbial lead (`After that, he said, a cease-fire
            // could …`, `However, he added, …`) what was said is the clause after the
            // attribution, without the lead; when the attribution splits a clause (`The
            // goal, he said, is …`, `A wall would not only …, she said, but also …`) the
            // content runs across it (the README's limits say so).
            AfterAttribution::Aside if !quoted_clause && who.inverted.is_none() => {
                let stop = self.content_end(ctx, after + 1, next_cue);
                let tail = trim_end_punct(text, ctx.span(after + 1, stop));
                if !tail.is_empty()
                    && !self.opens_new_claim(ctx, after + 1)
                    && (!english::is_preposition(ctx.low(after + 1))
                        || resumes_interrupted_clause(ctx, after + 1))
                {
                    if adverbial_lead(content.of(text)) {
                        start = Some(ctx.tokens[lead].span.start);
                        content = tail;
                    } else {
                        content = Span::new(content.start, tail.end);
                    }
                    end = tail.end;
                }
            }
            _ => {}
        }
        let kind = if quoted_clause && ctx.quotations.iter().any(|q| q.inner == content) {
            ClaimKind::Direct
        } else {
            self.kind_for(ctx, content)
        };
        // The attribution starts at the opening quotation mark, if there is one.
        let start = start.unwrap_or_else(|| {
            ctx.quotations
                .iter()
                .find(|q| q.inner.start == content.start)
                .map_or(content.start, |q| q.outer.start)
        });
        let span = trim_end_punct(text, Span::new(start, end));
        let mut claim = self.claim(ctx, kind, who.speaker, cue_span, content, span);
        claim.via = relay_of(ctx, who);
        Some(claim)
    }

    /// The claim whose content follows the cue: a quotation (`Kerry said: "…"`) or a
    /// clause (`Kerry said that …`, `Kerry told reporters in Munich he …`), up to where
    /// the content ends. `None` when nothing said follows, or the cue turns out to be no
    /// verb of saying. The speaker is left empty when it is inherited.
    fn content_after(
        &self,
        ctx: &SentenceCtx<'_>,
        who: &Attribution,
        next_cue: Option<usize>,
    ) -> Option<Claim> {
        let text = ctx.text;
        let tokens = ctx.tokens;
        let cue = who.cue;
        let cue_span = ctx.span(cue.start, cue.end);
        if who.inverted.is_some() && !who.opens_sentence {
            return None;
        }
        let object_skipped = self.skip_object(ctx, who.end(), &who.cue_word);
        let mut start = self.skip_adjuncts(ctx, object_skipped, true);
        if start >= tokens.len() {
            return None;
        }
        // `The minister said flatly: "…"`: a quotation after a colon a few words on (after
        // a verb of saying: `scolded him: "…"` leaves the quotation to its own cue).
        if cue.kind == SAID_KIND
            && let Some(quote) = self.quote_after_colon(ctx, start)
        {
            start = quote;
        }
        let mut has_that = false;
        // `feel that way`, `knew that much`: "that" before a noun of manner or degree is its
        // determiner, and opens no clause.
        // `has said if it loses the vote it will strike`: after a verb of saying, "if"
        // opens a condition that belongs to what was said, not an indirect question — but
        // for a saying denied (`would not say if`, `declined to say if`), which asks.
        let condition = cue.kind == SAID_KIND && ctx.low(start) == "if" && {
            let bound = who
                .speaker
                .filter(|&(_, e)| e <= cue.start)
                .map_or(ctx.sentence.span.start, |(_, e)| tokens[e - 1].span.end);
            cue_negation::denied_from(ctx, cue.start, bound).is_none()
        };
        if english::is_complementizer(ctx.low(start))
            && !matches!(ctx.low(start + 1), "way" | "much" | "far" | "kind" | "sort")
        {
            has_that = true;
            if !condition {
                start += 1;
            }
        }
        while start < tokens.len() && matches!(ctx.tok(start), ":" | ",") {
            start += 1;
        }
        // `…did not elaborate on the terms, the secretary said …`: another attribution
        // opens where the content would.
        if start >= tokens.len()
            || ctx.tok(start - 1) == "," && self.attribution_opens_at(ctx, start)
        {
            return None;
        }
        let starts_quote = ctx.quotations.iter().find(|q| {
            q.outer.start <= tokens[start].span.start && tokens[start].span.start <= q.inner.start
        });
        // `a bill which he believes will pass`: the verb after the cue has the relative
        // clause's noun for its subject.
        let gap = start == cue.end
            && who.inverted.is_none()
            && starts_quote.is_none()
            && relative_gap::subject_gap(ctx, who.speaker, cue);
        // "Kerry believes he can …": a clause opened by a subject pronoun needs no "that".
        let pronoun_clause = ctx.tokens[start].is_word()
            && english::is_subject_pronoun(
                ctx.tok(start)
                    .split(['\'', '’'])
                    .next()
                    .unwrap_or("")
                    .to_lowercase()
                    .as_str(),
            );
        // `A poll shows Clinton ahead`: a document's findings need no "that".
        let document = who
            .speaker
            .is_some_and(|speaker| self.names_document(ctx, speaker));
        // `Trump plans to …`: an infinitive says what is meant.
        // Not after a verb of saying: `continues to rise` tells no intention.
        let infinitive = ctx.low(start) == "to" && !has_that && cue.kind != SAID_KIND;
        // `suspect the losses were hidden`, `the audit found the fund was short`: a verb of
        // knowing or finding takes a clause whose verb is "be" or "have" without a "that"
        // (the other kinds still need a modal there).
        let knows_or_finds = matches!(self.cues.kind_name(cue.kind), "believes" | "found");
        // Nothing that opens a clause of its own follows the cue: no "that", quotation,
        // pronoun clause, document, infinitive or clause.
        let no_clause = || {
            !has_that
                && !gap
                && starts_quote.is_none()
                && !pronoun_clause
                && !document
                && !infinitive
                && !self.clause_follows(ctx, start, knows_or_finds)
        };
        if cue.class == CueClass::NeedsThat
            && no_clause()
            // `expects rates to rise`: not after a verb of saying (`revealed the plan to
            // build …`).
            && !(cue.kind != SAID_KIND && self.object_then_infinitive(ctx, start, &who.cue_word))
            // `voters see Clinton as the stronger candidate`, `critics consider the plan a
            // mistake`.
            && !(self.cues.kind_name(cue.kind) == "believes"
                && (self.object_then_as(ctx, start, &who.cue_word)
                    || self.object_then_complement(ctx, start, &who.cue_word)))
        {
            return None;
        }
        // `A merger announced Monday would …`: a participle after a noun, not a cue.
        let first = ctx.low(start);
        if starts_quote.is_none()
            && english::is_auxiliary(first)
            && who.cue_word.ends_with("ed")
            && !has_that
            && !gap
        {
            return None;
        }
        let mut end_tok = self.content_end(ctx, start, next_cue);
        if cue.class == CueClass::Object
            && !has_that
            && starts_quote.is_none()
            && !pronoun_clause
            && !infinitive
        {
            // `her support among Hispanics`, `support is`: a noun, not a verb with its object.
            let first = ctx.low(start);
            if english::is_preposition(first)
                || english::is_auxiliary(first)
                || matches!(first, "and" | "or" | "but" | "among" | "as")
            {
                return None;
            }
            end_tok = self.object_end(ctx, start, end_tok);
            // `Pastors supporting the senator made calls`: a participle right after its noun
            // modifies it, and its object ends at the sentence's own verb.
            if english::is_participle(&who.cue_word)
                && who.speaker.is_some_and(|(_, e)| e == cue.start)
            {
                end_tok = (start + 1..end_tok)
                    .find(|&i| !ctx.quoted_at(i) && main_verb_at(ctx, i))
                    .unwrap_or(end_tok);
            }
        } else if cue.class != CueClass::Object && no_clause() {
            // `blasted Lopez as a "fraud" Tuesday on a podcast`: what a stance
            // is about ends before when and where it was taken. So does the thing a verb of
            // saying names (`announced his candidacy in June`, `mentioned the paper four
            // times and seemed to fault it`), but not a clause it takes without "that".
            let stop = self.stance_object_end(ctx, start, end_tok);
            if cue.kind != SAID_KIND || names_a_thing(ctx, &who.cue_word, (start, stop, end_tok)) {
                end_tok = stop;
            }
        }
        // `While Turkey said they could …, both nations have …`: a subordinate attribution
        // ends at the comma that closes it.
        // A quotation closed on its comma closes it too (`When Ross called it "a fix," the
        // board …`).
        let lead = who.speaker.map_or(cue.start, |(s, _)| s);
        if opens_subordinate_clause(ctx, lead) {
            end_tok = (start + 1..end_tok)
                .find_map(|i| {
                    if ctx.tok(i) == "," && !ctx.quoted_at(i) {
                        Some(i)
                    } else {
                        trailing_participle::closes_on_comma(ctx, i).then_some(i + 1)
                    }
                })
                .unwrap_or(end_tok);
        }
        // `Petrilli, who believes the board overreached, spoke on Friday`: a relative clause
        // set off by commas ends at the comma after which the sentence's own verb goes on.
        if let Some((w, e)) = who.speaker
            && e == w + 1
            && w > 0
            && ctx.tok(w - 1) == ","
            && speaker_subject::is_relative_subject(ctx.low(w))
        {
            end_tok = (start + 1..end_tok)
                .find(|&i| ctx.tok(i) == "," && !ctx.quoted_at(i) && verb_resumes(ctx, i + 1))
                .unwrap_or(end_tok);
        }
        // `The tax, which many feared would slow growth, passed`: the relative clause ends
        // at the comma after which the sentence's own verb goes on.
        if gap {
            end_tok = (start + 1..end_tok)
                .find(|&i| ctx.tok(i) == "," && !ctx.quoted_at(i) && verb_resumes(ctx, i + 1))
                .unwrap_or(end_tok);
        }
        let mut content = trim_end_punct(text, ctx.span(start, end_tok));
        // `Sanders said, "We'll see," when asked …`: a quotation that opens the content and
        // ends on a stop or comma is what was said.
        if let Some(q) = starts_quote
            && (q.outer.end >= content.end
                || q.inner.end >= content.end
                || q.closed && q.inner.of(text).ends_with([',', '.', '?', '!']))
        {
            content = q.inner;
        }
        if says_nothing(content.of(text), starts_quote.is_some()) {
            return None;
        }
        // `Jacobs tweeted: "Iran lied," Netanyahu said.`: the quotation is the words of the
        // speaker named after it.
        if let Some(q) = starts_quote
            && q.inner == content
            && self.attributed_after(ctx, q.outer.end)
        {
            return None;
        }
        let kind = if starts_quote.is_some_and(|q| q.inner == content) {
            ClaimKind::Direct
        } else {
            self.kind_for(ctx, content)
        };
        // From the relay or the speaker, whichever comes first ("AFP quoted Kerry as
        // saying", "Kerry was quoted by AFP as saying").
        let span_start = who
            .relay
            .into_iter()
            .chain(who.speaker)
            .map(|(s, _)| s)
            .min()
            .map_or(cue_span.start, |s| tokens[s].span.start);
        // A quotation's closing mark belongs to the attribution, as its opening one does.
        let span_end = starts_quote
            .filter(|q| q.inner == content)
            .map_or(content.end, |q| q.outer.end);
        let span = Span::new(span_start, span_end.max(cue_span.end));
        let mut claim = self.claim(ctx, kind, who.speaker, cue_span, content, span);
        claim.via = relay_of(ctx, who);
        Some(claim)
    }
}

/// The outlet that passed the words on (`AFP quoted Kerry as saying`, `… was quoted by AFP
/// as saying`), as a claim's relay.
fn relay_of(ctx: &SentenceCtx<'_>, who: &Attribution) -> Option<Relay> {
    who.relay.map(|(s, e)| {
        let span = ctx.span(s, e);
        Relay {
            text: span.of(ctx.text).to_string(),
            span,
        }
    })
}

/// Whether the attribution whose speaker starts at token `lead` stands in a subordinate
/// clause: a subordinating conjunction right before it (`While Turkey said …, both …`), or
/// opening the sentence with a short phrase of time or place between (`Although in May she
/// said …, this week she …`).
pub(super) fn opens_subordinate_clause(ctx: &SentenceCtx<'_>, lead: usize) -> bool {
    if lead == 0 {
        return false;
    }
    if english::subordinates(ctx.low(lead - 1)) {
        return true;
    }
    (2..=4).contains(&lead)
        && english::subordinates(ctx.low(0))
        && ctx.low(0) != "as"
        && (english::opens_adverbial(ctx.low(1)) || english::is_time_word(ctx.low(1)))
        && (1..lead).all(|i| ctx.tokens[i].is_word() && !ctx.quoted_at(i))
}

/// Whether `lead`, the words before an attribution inside a sentence, only lead into what
/// was said: a phrase opened by a preposition (`After that`, `In recent months`) or one
/// connective or sentence adverb (`However`, `Still`).
fn adverbial_lead(lead: &str) -> bool {
    let words: Vec<String> = lead
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    match words.as_slice() {
        [one] => english::is_sentence_adverb(one) || english::opens_adverbial(one),
        [first, ..] => english::opens_adverbial(first),
        [] => false,
    }
}

/// Whether the words at tokens `[s, e)`, read after a cue as its speaker, hold a verb of
/// their own and so are a clause (`Jo Park, 59, of Ashton, said the visit brought back
/// memories`: what was said, not who said it): after the first word, a past tense that does
/// not end in -ed (`brought`, `gave`), or one in -ed before the object it takes (`the vote
/// prompted a recount`); never a participle before its noun (`said a retired teacher`).
fn verb_inside(ctx: &SentenceCtx<'_>, s: usize, e: usize) -> bool {
    (s + 1..e).any(|i| {
        let word = ctx.low(i);
        if ctx.tokens[i].is_capitalized(ctx.text) || !english::is_finite_verb(word) {
            return false;
        }
        !word.ends_with("ed") || i + 1 < e && english::is_determiner(ctx.low(i + 1))
    })
}

/// Whether a verb with no subject of its own stands at token `i`, after adverbs (`spoke`,
/// `has also said`, `is`, `does not`, `doesn't`): the main clause going on after a relative
/// clause.
pub(super) fn verb_resumes(ctx: &SentenceCtx<'_>, i: usize) -> bool {
    let mut j = i;
    while j < ctx.tokens.len() && english::is_verb_adverb(ctx.low(j)) {
        j += 1;
    }
    j < ctx.tokens.len()
        && !ctx.quoted_at(j)
        && (english::is_finite_verb(ctx.low(j))
            || english::is_auxiliary(ctx.low(j))
            || english::is_do_or_negated(ctx.low(j))
            || ctx.cue_starts.contains(&j))
}

/// Whether the words `said` after a cue say nothing: no letter or digit, a lone word that
/// ends a speaker, or, unless they open with a quotation, one or two words led by a
/// preposition or an adverb (`did not say when`, `said basically`, `said with logic`).
fn says_nothing(said: &str, opens_with_quote: bool) -> bool {
    if !said.chars().any(char::is_alphanumeric)
        || !said.contains(' ') && english::ends_speaker(&said.to_lowercase())
    {
        return true;
    }
    // At most two words: counted no further than a third (what follows a cue may run long).
    let short = !opens_with_quote && said.split_whitespace().nth(2).is_none();
    short && {
        let first_word = said.split_whitespace().next().unwrap_or("").to_lowercase();
        english::is_preposition(&first_word)
            || first_word.ends_with("ly")
            || matches!(first_word.as_str(), "enough" | "so" | "too" | "again")
    }
}

/// Whether token `i` is the verb of the sentence after a subject that a participle phrase
/// modifies (`Pastors supporting the senator made calls`, `… said`, `… will`): an irregular
/// past, an auxiliary or a modal, or a past in -ed before its object (`… urged the
/// council`), not one that modifies a noun (`the embattled senator`, `a group based in`).
fn main_verb_at(ctx: &SentenceCtx<'_>, i: usize) -> bool {
    let word = ctx.low(i);
    if !ctx.tokens[i].is_word() || ctx.tokens[i].is_capitalized(ctx.text) {
        return false;
    }
    if word.ends_with("ed") {
        let next = ctx.low(i + 1);
        return english::is_finite_verb(word)
            && (english::is_determiner(next) || english::is_subject_pronoun(next));
    }
    english::is_finite_verb(word) || english::is_modal(word)
}

/// Whether the words at token `i`, after an attribution set off by commas, take up the
/// clause it interrupted rather than tell where or when it was said: an infinitive (`Nor
/// does the council have any plans, aides say, to raise the toll`), a gerund after "by"
/// (`The board got in the way, she said, by stalling the vote`) or "for" with the
/// infinitive's subject (`It makes sense, officials said, for the port to close`).
fn resumes_interrupted_clause(ctx: &SentenceCtx<'_>, i: usize) -> bool {
    // A verb after "to": a word in small letters that no determiner, pronoun or plural
    // noun is (`to raise`, `to discuss`; not `to the council`, `to reporters`).
    let verb_at = |k: usize| {
        let w = ctx.low(k);
        k < ctx.tokens.len()
            && ctx.tokens[k].is_word()
            && !ctx.tokens[k].is_capitalized(ctx.text)
            && !ctx.quoted_at(k)
            && !english::is_determiner(w)
            && !english::is_pronoun(w)
            && (!w.ends_with('s') || w.ends_with("ss") || w.ends_with("us"))
    };
    match ctx.low(i) {
        "to" => verb_at(i + 1),
        "by" => {
            let w = ctx.low(i + 1);
            w.len() > 4 && w.ends_with("ing") && verb_at(i + 1)
        }
        "for" => (i + 2..ctx.tokens.len().min(i + 6))
            .take_while(|&k| ctx.tokens[k - 1].is_word() && !ctx.quoted_at(k - 1))
            .any(|k| ctx.low(k) == "to" && verb_at(k + 1)),
        _ => false,
    }
}

/// Whether the words from token `start` up to `stop`, after the verb of saying `cue_word`
/// (in lower case), name a thing that ends at `stop` rather than make a clause: a cue other
/// than "say" or "tell" (which take a clause without "that" far more often than an object:
/// `said the county cut jobs on Friday`); no preposition first (`made it clear to voters
/// on Monday that …`); no verb among the words (`his candidacy`, `the paper four times`,
/// but not `the law gives too much leeway`); no "that" and no quotation before `end`,
/// where the content would end (a clause may still follow); `stop` is a word, not a
/// colon, a parenthesis or a dash (`talked about the issues: the economy and …`); and the
/// words cut off name no time (`confirmed 23 cases on Friday`: the day a count was given
/// is the count's, and a figure's time is read inside the claim's content).
fn names_a_thing(
    ctx: &SentenceCtx<'_>,
    cue_word: &str,
    (start, stop, end): (usize, usize, usize),
) -> bool {
    let first = cue_word.split_whitespace().next().unwrap_or("");
    let says = matches!(
        first,
        "say" | "says" | "said" | "saying" | "tell" | "tells" | "told" | "telling"
    );
    !says
        && stop < end
        && ctx.tokens[stop].is_word()
        && !english::is_preposition(ctx.low(start))
        && ctx.low(start) != "to"
        && (start..end).all(|i| {
            !ctx.quoted_at(i) && !is_mark(ctx.tok(i)) && !english::is_complementizer(ctx.low(i))
        })
        && (start..stop).all(|i| !reads_as_verb(ctx, start, i))
        && !(stop..end.min(stop + 6))
            .take_while(|&i| ctx.tok(i) != ",")
            .any(|i| {
                let w = ctx.low(i);
                // `on the morning show`: a time word before a noun qualifies it.
                let time = english::is_time_word(w)
                    && (i + 1 >= ctx.tokens.len()
                        || !ctx.tokens[i + 1].is_word()
                        || english::is_time_word(ctx.low(i + 1)));
                time || crate::date::Weekday::from_name(w).is_some()
                    || crate::date::month_from_name(w).is_some()
                    || w.starts_with(|c: char| c.is_ascii_digit())
            })
}

/// Whether token `i`, in words that open at token `start`, reads as the verb of a clause: a
/// finite verb, an auxiliary, a form of "do" or a negated verb, a word in a tense, or an -s
/// form after a noun in small letters (`the system gives`), not after a determiner, a
/// preposition or a number (`the plans`, `300 jobs`).
pub(super) fn reads_as_verb(ctx: &SentenceCtx<'_>, start: usize, i: usize) -> bool {
    let w = ctx.low(i);
    english::is_finite_verb(w)
        || english::is_auxiliary(w)
        || english::is_do_or_negated(w)
        || english::clause_tense(w).is_some_and(|t| t != english::Inflection::Participle)
        || i > start
            && w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !ctx.tokens[i].is_capitalized(ctx.text)
            && ctx.tokens[i - 1].is_word()
            && !ctx.tokens[i - 1].is_capitalized(ctx.text)
            && !english::is_determiner(ctx.low(i - 1))
            && !english::is_preposition(ctx.low(i - 1))
            && !ctx.low(i - 1).starts_with(|c: char| c.is_ascii_digit())
            && !is_number_word(ctx.low(i - 1))
}
