//! Extract stage: sentences → `Claim`s (speaker, cue, kind of claim, content, quote,
//! relay, hedges, negation, figures and days).
//!
//! The work is anchored on cues: in each sentence the cues are located first (`cues`: the
//! verbs of the rules, each with the kind of claim it marks — said, wants, demands, found…)
//! and the speaker and the content are then read off the tokens around them by hand.
//!
//! This file runs the readers over each sentence. The readers live one idea to a file:
//! `sentence` (the tokens being read), `speakers`, `speaker_place` and `group_speaker` (who
//! speaks), `antecedent` (whom a pronoun that speaks stands for, with `title_mentions` for a role
//! noun's title), `content` (where what was
//! said begins and ends), the forms of attribution (`attribution` around a verb cue,
//! `as_said`, `according_to`, `relay`, `headline`, `labelled_speech` after a colon,
//! `attitude_noun` after a possessive (`Trump's claim that …`), `in_view` for a view
//! told by an opening phrase (`In the mayor's view, …`), `stance_noun` taken up by a
//! verb (`launched a critique of …`),
//! `dashed_quote`, `continued_quote` for quotations without a cue of their own,
//! `nested_quote` for words quoted inside a quotation, `relative_gap` for a cue inside a
//! relative clause (`a bill which he believes will pass`), `seen_as`, `object_infinitive` and `small_clause` for
//! a view told as an object and what it is held to be, `passive_view` for views without a
//! holder, `passive_cue` for a cue in the passive (`was criticized as …`), the outlet's own
//! `assertion`; `poll_standing` for a lead or a place that closes on a poll; `comma_tail`
//! and `second_predicate` for where an attitude's content ends;
//! `phone_call` for a "called" that is a call, `not_words` for a verb of saying that carries
//! no words: `responded by cutting rates`, `added 300 jobs`),
//! and `annotate` (the claim made from them, with
//! its hedges, negation, modal verb, figures and days).

mod according_to;
mod annotate;
mod antecedent;
mod appearance;
mod as_said;
mod asked_unnamed;
mod assertion;
mod attitude_noun;
mod attribution;
mod claim;
mod comma_tail;
mod contact_clause;
mod content;
mod continued_quote;
mod cue_negation;
mod cues;
mod dashed_quote;
pub mod dates;
mod described_organisation;
mod document_participle;
mod document_subject;
mod english;
mod fact;
mod facts;
mod group_speaker;
mod headline;
mod hearsay;
mod in_document;
mod in_view;
mod inflect;
mod labelled_speech;
mod modified_subject;
mod naming;
mod nested_quote;
mod not_speaker;
mod not_words;
pub mod numbers;
mod object_infinitive;
mod object_participle;
mod passive_cue;
mod passive_view;
mod phone_call;
mod plain_subject;
mod poll_standing;
mod relative_gap;
mod relay;
mod second_predicate;
mod seen_as;
mod sentence;
mod small_clause;
mod source;
mod speaker_place;
mod speaker_subject;
mod speakers;
mod stance_noun;
mod stance_object;
mod title_mentions;
mod trailing_participle;

use aho_corasick::AhoCorasick;

pub use claim::{Claim, ClaimKind, Cue, DateMention, Quantity, Quote, Relay, Speaker};
pub use cues::SAID;
pub use described_organisation::is_described_organisation;
pub use english::is_preposition;
pub use fact::{Amount, Fact, FactKind, FactValue, Frame, Period};
pub use facts::{FactReader, member_key};
pub use inflect::{irregular_base, past_of_participle};

use crate::article::{Article, Span};
use crate::rules::RuleSet;
use crate::text::{self, Segmented, Sentence};

use asked_unnamed::ASKED;
use continued_quote::{
    LastSpeaker, continues, extend_quote, left_open, opens_with_quotation, prepend_quote,
};
use cues::{CueClass, Cues, FoundCue, SAID_KIND};
use numbers::SentenceFigures;
use sentence::{SentenceCtx, SpeakerMemo, Words, trim_end_punct};

/// Rule-derived lookups built once and shared by every article.
pub struct Extractor<'r> {
    rules: &'r RuleSet,
    /// Every cue, its class and its kind.
    cues: Cues,
    /// hedge phrases split into lower-case words
    hedges: Vec<Vec<String>>,
    /// First words of the hedges.
    hedge_starts: crate::words::GatedWordSet,
    numbers: numbers::NumberReader,
    facts: facts::FactReader,
    /// Finds the boilerplate markers that may stand anywhere in a paragraph (those with a
    /// `/`, as `REUTERS/`); the others must open it.
    boilerplate_inside: Option<AhoCorasick>,
    /// The boilerplate markers that must open a paragraph (those without a `/`).
    boilerplate_openings: Vec<String>,
    /// Whether some marker of [`Extractor::boilerplate_openings`] starts with the byte; all
    /// true when one is empty (it opens every paragraph).
    boilerplate_firsts: [bool; 256],
}

impl<'r> Extractor<'r> {
    /// The cue table, hedges, figure reader and boilerplate markers of `rules`, built once
    /// for every article.
    pub fn new(rules: &'r RuleSet) -> Extractor<'r> {
        let cues = Cues::new(rules);
        let hedges: Vec<Vec<String>> = rules
            .attribution
            .hedges
            .iter()
            .map(|h| h.split_whitespace().map(str::to_lowercase).collect())
            .collect();
        let hedge_starts = hedges.iter().filter_map(|h| h.first().cloned()).collect();
        let boilerplate_inside = AhoCorasick::new(
            rules
                .attribution
                .boilerplate
                .iter()
                .filter(|b| b.contains('/')),
        )
        .ok();
        let boilerplate_openings: Vec<String> = rules
            .attribution
            .boilerplate
            .iter()
            .filter(|b| !b.contains('/'))
            .cloned()
            .collect();
        let mut boilerplate_firsts = [false; 256];
        for marker in &boilerplate_openings {
            match marker.as_bytes().first() {
                Some(&b) => boilerplate_firsts[usize::from(b)] = true,
                None => boilerplate_firsts = [true; 256],
            }
        }
        Extractor {
            rules,
            cues,
            hedges,
            hedge_starts,
            numbers: numbers::NumberReader::new(rules),
            facts: facts::FactReader::new(rules),
            boilerplate_inside,
            boilerplate_openings,
            boilerplate_firsts,
        }
    }

    /// The kind of claim (`said`, `wants`, `demands`…) the cue written `phrase` marks under
    /// the rules: that of the first cue among its words (`has called for` → `demands`);
    /// `None` when it holds no cue.
    pub fn cue_kind(&self, phrase: &str) -> Option<&str> {
        self.cues.kind_of(phrase)
    }

    /// Every claim in one article, in text order, numbered `article#1`, `article#2`, ….
    pub fn claims(&self, article: &Article) -> Vec<Claim> {
        self.read(article, false).0
    }

    /// Every claim and every fact of one article, each in text order: claims numbered
    /// `article#1`, …, facts `article#f1`, …; a fact inside a claim's content names it.
    pub fn claims_and_facts(&self, article: &Article) -> (Vec<Claim>, Vec<Fact>) {
        self.read(article, true)
    }

    fn read(&self, article: &Article, with_facts: bool) -> (Vec<Claim>, Vec<Fact>) {
        let text = article.text.as_str();
        let mut facts: Vec<(Fact, Option<usize>)> = Vec::new();
        let mut carry = facts::Carry::default();
        let mut opening = 0;
        let segmented = text::segment(text, self.rules);
        let lowered = sentence::lowered(text);
        let mut claims: Vec<Claim> = Vec::new();
        let furniture: Vec<bool> = segmented
            .paragraphs
            .iter()
            .map(|p| self.is_boilerplate(p.of(text)))
            .collect();
        // Who spoke last, for quotations without a cue of their own.
        let mut last: Option<LastSpeaker> = None;
        // The last sentence in which someone speaks.
        let mut last_spoken: Option<usize> = None;
        // Quotations left open at a paragraph's end, waiting for the paragraph that closes
        // them and names their speaker.
        let mut open: Vec<Claim> = Vec::new();
        let mut open_paragraph = 0;
        // The per-sentence lists of the claim readers and of the words, made once for the
        // article.
        let mut scratch = sentence::Scratch::default();
        let mut spare = sentence::Spare::default();
        for (index, sentence) in segmented.sentences.iter().enumerate() {
            if furniture.get(sentence.paragraph).copied().unwrap_or(false) {
                continue;
            }
            let opens_paragraph = segmented
                .paragraphs
                .get(sentence.paragraph)
                .is_some_and(|p| p.start == sentence.span.start);
            // An open quotation runs on only into the next paragraph's first sentence.
            let runs_on = opens_paragraph && open_paragraph + 1 == sentence.paragraph;
            if !open.is_empty() && !runs_on {
                flush_open(text, &mut open, &mut claims);
            }
            let before = claims.len();
            let mut extended = false;
            // Tokenized once, before the readers: with verbs of attitude and action among
            // the cues most sentences hold one, so every sentence is read for cues (a search
            // for their first words over the text cost more than it saved).
            let mut words = self.words(
                text,
                sentence,
                lowered.as_deref(),
                std::mem::take(&mut spare),
            );
            // Whether the facts reader reads the sentence: known before the readers, as the
            // outlet's assertions may skip their own search for number words on it.
            let fact_sentence = with_facts
                && self
                    .facts
                    .may_hold_fact(&self.numbers, sentence.span.of(text), words.has_digit);
            // The facts reader reads every figure of the sentence: read them first, once, and
            // the claim readers take those of their spans from them.
            if fact_sentence {
                let lower = words.lower();
                let figures =
                    self.numbers
                        .read_sentence(text, &words.tokens, &lower, sentence.span);
                drop(lower);
                words.figures = Some(figures);
            }
            if sentence.paragraph == 0
                && let Some(claim) = self.headline(article, &segmented, sentence, &words)
            {
                claims.push(claim);
            } else {
                self.sentence_claims(
                    article,
                    &segmented,
                    sentence,
                    &words,
                    &mut claims,
                    &mut scratch,
                );
            }
            // `CARTER: Well, I think the council …`: a label opening the paragraph speaks all
            // that follows its colon, the views told inside it too, which stay claims of
            // their own.
            if claims.len() > before
                && opens_paragraph
                && let Some(label) = self.labelled_speech(article, &segmented, sentence, &words)
                && label.speaker.as_ref().and_then(|s| s.span).map(|s| s.start)
                    == Some(sentence.span.start)
                && !claims[before..]
                    .iter()
                    .any(|c| c.content_span.start <= label.content_span.start)
            {
                claims.insert(before, label);
            }
            if claims.len() == before {
                // A quotation after a sentence about someone named, in which no one speaks,
                // is theirs rather than the last speaker's.
                let narrated = last
                    .as_ref()
                    .filter(|l| sentence.paragraph <= l.paragraph + 1)
                    .and_then(|_| {
                        let previous = index.checked_sub(1)?;
                        (last_spoken.is_none_or(|s| s < previous)
                            && !furniture
                                .get(segmented.sentences[previous].paragraph)
                                .copied()
                                .unwrap_or(false))
                        .then(|| {
                            self.narrated_subject(
                                article,
                                &segmented,
                                &segmented.sentences[previous],
                                sentence,
                            )
                        })
                        .flatten()
                    })
                    .map(|(paragraph, speaker, cue)| LastSpeaker {
                        paragraph,
                        speaker,
                        cue,
                    });
                let carried = narrated.as_ref().or(last.as_ref());
                if let Some(claim) = self
                    .labelled_speech(article, &segmented, sentence, &words)
                    .or_else(|| self.dashed_quote(article, &segmented, sentence, &words))
                {
                    claims.push(claim);
                } else if let Some(claim) = self.continued_quote(
                    article,
                    &segmented,
                    sentence,
                    &words,
                    carried,
                    claims.last(),
                ) {
                    if left_open(&segmented, &claim) {
                        // Its speaker may be named in the paragraph it runs on into; the
                        // speaker before goes on speaking through it.
                        open.push(claim);
                        open_paragraph = sentence.paragraph;
                        if let Some(l) = last.as_mut() {
                            l.paragraph = sentence.paragraph;
                        }
                    } else {
                        flush_open(text, &mut open, &mut claims);
                        extended = push_quote(text, claim, &mut claims);
                    }
                } else if let Some(spoke) = self.colon_speaker(article, sentence, &words) {
                    // `Ward stated:` — the next paragraph quotes her.
                    last = Some(spoke);
                } else if let Some(claim) =
                    self.assertion(article, sentence, &words, with_facts && !fact_sentence)
                {
                    claims.push(claim);
                }
            }
            // A paragraph left open runs on into the quotation that opens this one.
            if !open.is_empty() && claims.len() > before {
                // `"WALLACE: …` names a new speaker: the quote left open was another's.
                let labelled = claims[before].cue.as_ref().is_some_and(|c| c.text == ":")
                    && claims[before]
                        .speaker
                        .as_ref()
                        .and_then(|s| s.span)
                        .zip(segmented.paragraphs.get(sentence.paragraph))
                        .is_some_and(|(s, p)| p.contains(s));
                if !labelled && opens_with_quotation(text, &segmented, &claims[before]) {
                    let mut first = claims.remove(before);
                    for earlier in open.drain(..).rev() {
                        prepend_quote(text, earlier, &mut first);
                    }
                    claims.insert(before, first);
                } else {
                    let mut mine = claims.split_off(before);
                    flush_open(text, &mut open, &mut claims);
                    self.find_antecedents(text, &segmented, &mut claims);
                    claims.append(&mut mine);
                }
            }
            if claims[before..]
                .iter()
                .any(|c| c.kind != ClaimKind::Assertion)
            {
                last_spoken = Some(index);
            }
            if with_facts && opening < LEDE_SENTENCES {
                opening += 1;
                let lower = words.lower();
                let view = facts::View {
                    text,
                    article,
                    sentence: sentence.span,
                    tokens: &words.tokens,
                    lower: &lower,
                };
                self.facts.lede(&view, &mut carry, opening == 1);
            }
            if fact_sentence {
                let figures = words.figures.take().map(SentenceFigures::into_all);
                self.sentence_facts(
                    article,
                    sentence,
                    &words,
                    &claims[before.saturating_sub(1)..],
                    before.saturating_sub(1),
                    &mut carry,
                    &mut facts,
                    figures,
                );
            } else if with_facts {
                facts::FactReader::note_opener(text, sentence.span, &words.tokens, &mut carry);
            }
            if let Some(spoke) = LastSpeaker::of(&claims[before..], sentence.paragraph) {
                last = Some(spoke);
            } else if extended && let Some(l) = last.as_mut() {
                // A quote over several paragraphs goes on from this one.
                l.paragraph = sentence.paragraph;
            }
            spare = words.into_spare();
        }
        flush_open(text, &mut open, &mut claims);
        self.find_antecedents(text, &segmented, &mut claims);
        for (n, claim) in claims.iter_mut().enumerate() {
            claim.id = numbered_id(&article.id, "#", n + 1);
        }
        let facts = facts
            .into_iter()
            .enumerate()
            .map(|(n, (mut fact, claim))| {
                fact.id = numbered_id(&article.id, "#f", n + 1);
                fact.claim = claim.and_then(|c| claims.get(c)).map(|c| c.id.clone());
                fact
            })
            .collect();
        (claims, facts)
    }

    /// The facts of one sentence, pushed onto `facts` with the index of the claim holding
    /// each; `near` are the claims from index `offset` on, which may reach into it.
    #[allow(clippy::too_many_arguments)]
    fn sentence_facts(
        &self,
        article: &Article,
        sentence: &Sentence,
        words: &Words,
        near: &[Claim],
        offset: usize,
        carry: &mut facts::Carry,
        facts: &mut Vec<(Fact, Option<usize>)>,
        figures: Option<Vec<Quantity>>,
    ) {
        let text = article.text.as_str();
        let lower = words.lower();
        let view = facts::View {
            text,
            article,
            sentence: sentence.span,
            tokens: &words.tokens,
            lower: &lower,
        };
        let here: Vec<(usize, &Claim)> = near
            .iter()
            .enumerate()
            .filter(|(_, c)| {
                c.span.overlaps(sentence.span) || c.content_span.overlaps(sentence.span)
            })
            .map(|(k, c)| (offset + k, c))
            .collect();
        let refs: Vec<&Claim> = here.iter().map(|(_, c)| *c).collect();
        for found in self
            .facts
            .read(&view, &self.numbers, self.rules, &refs, carry, figures)
        {
            facts.push((found.fact, found.claim.map(|k| here[k].0)));
        }
    }

    /// Captions, credits and links (`Read more:`, `Pictured:`, `REUTERS/…`).
    fn is_boilerplate(&self, paragraph: &str) -> bool {
        // Every marker that may stand inside holds a `/`: a paragraph without one (most)
        // is not searched for them.
        let slash = memchr::memchr(b'/', paragraph.as_bytes()).is_some();
        let inside = slash
            && match &self.boilerplate_inside {
                Some(finder) => finder.is_match(paragraph),
                None => self
                    .rules
                    .attribution
                    .boilerplate
                    .iter()
                    .any(|b| b.contains('/') && paragraph.contains(b.as_str())),
            };
        // The first byte rules out most paragraphs before any comparison.
        let may_open = match paragraph.as_bytes().first() {
            Some(&b) => self.boilerplate_firsts[usize::from(b)],
            None => self.boilerplate_openings.iter().any(String::is_empty),
        };
        inside
            || may_open
                && self.boilerplate_openings.iter().any(|b| {
                    // The first byte rules out most markers before a full comparison.
                    (b.is_empty() || paragraph.as_bytes().first() == b.as_bytes().first())
                        && paragraph.starts_with(b.as_str())
                })
    }

    /// A cue word used otherwise than as a verb of saying: passive (`was told`, `is
    /// expected`), an adjective (`the announced expansion`), a noun (`Trump's tweet`).
    fn not_a_speech_verb(&self, ctx: &SentenceCtx<'_>, cue: usize, lower: &str) -> bool {
        // `is still persuaded that …`, `are convinced that …`: a phrase listed with its
        // "that" tells a view in the passive, held by the subject.
        let view_in_passive = lower.ends_with(" that");
        // A phrase (`prepared to`, `called for`) is a verb by its first word.
        let lower = lower.split_whitespace().next().unwrap_or(lower);
        let prev = ctx.low(cue - 1);
        let participle_form = lower.ends_with("ed")
            || matches!(
                lower,
                "said" | "told" | "written" | "thought" | "known" | "found" | "shown" | "felt"
            );
        let passive = participle_form
            && !view_in_passive
            && (english::is_be_form(prev)
                || (cue >= 2
                    && english::is_be_form(ctx.low(cue - 2))
                    && (english::between_speaker_and_cue(prev)
                        || english::is_manner_adverb(prev))
                    && !english::is_be_form(prev)));
        // `Another said`, `another claims`: a past or an -s form after "another" is the
        // verb of the one it stands for ("another" takes no plural noun).
        let another = prev == "another" && (participle_form || lower.ends_with('s'));
        let modifier = english::is_determiner(prev)
            && !english::is_pronoun(prev)
            && !another
            && !matches!(
                prev,
                "one" | "two" | "three" | "several" | "some" | "many" | "most" | "both" | "other"
            )
            || (prev.ends_with("'s") || prev.ends_with("’s")) && !contracted_is(ctx, cue - 1);
        // "At the time of writing", "after saying": a gerund after a preposition.
        let gerund = lower.ends_with("ing")
            && matches!(
                prev,
                "of" | "at" | "in" | "for" | "on" | "to" | "after" | "before" | "without"
            );
        // "in order to", "on demand", "in support of": a bare form after a preposition is a
        // noun.
        let noun = !lower.ends_with('s')
            && !lower.ends_with("ed")
            && !lower.ends_with("ing")
            && !participle_form
            && matches!(prev, "in" | "on" | "upon" | "for" | "without" | "at" | "by");
        passive || modifier || gerund || noun
    }

    /// `Clinton told police that she did not want the escort, the source added.`: an
    /// attribution that closes the sentence after a comma attributes the whole clause before
    /// it, with the cues inside (one claim, whose speaker is the source); `None` when the
    /// sentence's last cue closes no such clause: then [`Closing::Not`] holds the last
    /// cue's reading, when it was read, for [`Extractor::cue_claims`] to reuse.
    fn closing_attribution(&self, ctx: &SentenceCtx<'_>, cues: &[FoundCue]) -> Closing {
        let (&[first, ..], Some(&last)) = (cues, cues.last()) else {
            return Closing::Not(None);
        };
        // `…, Reuters reported` relays the claim before it; `…, referring to the mill` names
        // what the claim before is about, and never who spoke it.
        let relay = matches!(ctx.low(last.start), "reported" | "reports" | "reporting");
        if cues.len() < 2 || relay || english::is_participle(ctx.low(last.start)) {
            return Closing::Not(None);
        }
        let Some(mut claim) = self.read_attribution(ctx, last, None, &[]) else {
            return Closing::Not(Some(None));
        };
        let cue_span = ctx.span(last.start, last.end);
        let before_cue = claim.content_span.end <= cue_span.start;
        // The speaker stands next to the cue (`…, the source added`), not at the head of the
        // sentence far before it (`Still, he said, inspectors have to decide …`).
        let next_to_cue = claim.speaker.as_ref().and_then(|s| s.span).is_none_or(|s| {
            s.start >= cue_span.end
                || s.end <= cue_span.start && {
                    let between = &ctx.text[s.end..cue_span.start];
                    !between.contains(',') && between.split_whitespace().count() <= 2
                }
        });
        let takes_all = claim.content_span.start <= ctx.tokens[first.start].span.start;
        // A clause that quotes some of its words closes as one that quotes none when no
        // verb of saying speaks inside it (`… shows the pact is “built on lies” and should
        // be thrown out, Netanyahu said Monday`); `X said … “…,” she said` is X's.
        let reported = claim.kind == ClaimKind::Indirect
            || claim.kind == ClaimKind::Partial
                && cues[..cues.len() - 1]
                    .iter()
                    .all(|c| !self.cues.is_speech_verb(ctx.low(c.start)));
        if !reported || !before_cue || !takes_all || !next_to_cue {
            return Closing::Not(Some(Some(claim)));
        }
        claim.modality = self.cues.kind_name(last.kind).to_string();
        self.annotate(ctx, &mut claim);
        Closing::Closes(claim)
    }

    /// The claims attributed by the cues of one sentence, pushed onto `claims`: each cue is
    /// read in turn, a relay joins the claim before it, and a cue inside content already
    /// read is passed over.
    fn sentence_claims(
        &self,
        article: &Article,
        segmented: &Segmented,
        sentence: &Sentence,
        words: &Words,
        claims: &mut Vec<Claim>,
        scratch: &mut sentence::Scratch,
    ) {
        let text = article.text.as_str();
        let quotations = segmented.quotations_in(sentence.span);
        let tokens = &words.tokens;
        let lower = words.lower();
        // Quotations are sorted and disjoint: only the last one opening before a token can
        // hold it (a lookup, not a scan, so thousands of quotes in a sentence stay cheap).
        // Most sentences quote nothing: no token of theirs is looked up.
        let sentence::Scratch { quoted, cue_starts } = scratch;
        quoted.clear();
        if quotations.is_empty() {
            quoted.resize(tokens.len(), false);
        } else {
            quoted.extend(tokens.iter().map(|t| {
                let n = quotations.partition_point(|q| q.inner.start <= t.span.start);
                n > 0 && quotations[n - 1].inner.contains(t.span)
            }));
        }
        let cues = self.cues.find(text, tokens, &lower, quoted);
        cue_starts.clear();
        cue_starts.extend(cues.iter().map(|c| c.start));
        let ctx = SentenceCtx {
            text,
            article,
            sentence: *sentence,
            tokens,
            lower: &lower,
            figures: words.figures.as_ref(),
            quoted,
            quotations,
            cue_starts,
            speakers: SpeakerMemo::default(),
        };
        let first_new = claims.len();
        match self.closing_attribution(&ctx, &cues) {
            Closing::Closes(claim) => claims.push(claim),
            Closing::Not(last_read) => self.cue_claims(&ctx, &cues, claims, last_read),
        }
        // `a firm called Harbourline`: a name after a verb of naming is no claim.
        if claims[first_new..].iter().any(naming::only_names) {
            let mut index = 0;
            claims.retain(|c| {
                let keep = index < first_new || !naming::only_names(c);
                index += 1;
                keep
            });
        }
        // `called Ruiz again on Monday to ask …`: a telephone call, no naming.
        if claims[first_new..]
            .iter()
            .any(|c| phone_call::calls(&ctx, c.cue.as_ref()))
        {
            let mut index = 0;
            claims.retain(|c| {
                let keep = index < first_new || !phone_call::calls(&ctx, c.cue.as_ref());
                index += 1;
                keep
            });
        }
        // `responded by cutting rates`, `the plant added 300 jobs`: no words carried.
        if claims[first_new..]
            .iter()
            .any(|c| not_words::carries_no_words(&ctx, c))
        {
            let mut index = 0;
            claims.retain(|c| {
                let keep = index < first_new || !not_words::carries_no_words(&ctx, c);
                index += 1;
                keep
            });
        }
        // Views without their holder (`X is expected to …`), where no cue took the words.
        let taken: Vec<Span> = claims[first_new..].iter().map(|c| c.span).collect();
        let mut views = self.passive_views(&ctx, &taken);
        // `The plan was criticized as reckless`: a cue in the passive, where no cue took the
        // words and no view holds them.
        let passives = if cues.is_empty() {
            Vec::new()
        } else {
            let held: Vec<Span> = taken
                .iter()
                .copied()
                .chain(views.iter().map(|v| v.content_span))
                .collect();
            self.passive_cues(&ctx, &cues, &held)
        };
        views.extend(passives);
        // `In the mayor's view, …`: a view told by the phrase that opens the sentence; a
        // claim told inside the view (`In his view, voters want …`) stays one of its own.
        let in_view = self.in_view(&ctx).filter(|claim| {
            let apart_or_inside =
                |s: Span| !s.overlaps(claim.content_span) || claim.content_span.contains(s);
            taken.iter().all(|&t| apart_or_inside(t))
                && views.iter().all(|v| apart_or_inside(v.content_span))
        });
        // `In a poll released Monday, …`: a finding without a cue. The phrase that opens
        // the sentence is a view's or a document's, not both (`In the opinion of most
        // economists, …` is the economists').
        if in_view.is_none()
            && let Some(claim) = self.in_document(&ctx)
            && !taken.iter().any(|t| t.overlaps(claim.content_span))
        {
            views.push(claim);
        }
        views.extend(in_view);
        // `Ruiz led by 12 points in a Herald poll.`: a margin that closes on the document.
        if let Some(claim) = self.closing_document(&ctx)
            && !taken.iter().any(|t| t.overlaps(claim.content_span))
            && !views
                .iter()
                .any(|v| v.content_span.overlaps(claim.content_span))
        {
            views.push(claim);
        }
        // `She was asked whether …`: a question without the one who asked it. Only an
        // "asked" opens one: the other tokens (all of most sentences) are passed over here,
        // without a call each.
        for i in (0..ctx.tokens.len()).filter(|&i| ctx.low(i) == ASKED) {
            if let Some(claim) = self.asked_unnamed(&ctx, i)
                && !taken.iter().any(|t| t.overlaps(claim.content_span))
            {
                views.push(claim);
            }
        }
        // `Trump's claim that …`, `her promise to …`: a noun of attitude after a possessive.
        // Inside what another said, a statement keeps its own speaker (`contradicting the
        // police's earlier claim that …`); a plan or a refusal there is only spoken of.
        // Both nouns are told by the word after them ("that" or "to" opens an attitude's
        // clause, a preposition a stance's object): a token followed by neither (most of
        // them) is passed over after one look at that word.
        for i in 1..ctx.tokens.len() {
            let next = ctx.low(i + 1);
            let attitude = matches!(next, "that" | "to");
            if !attitude && !stance_noun::opens_stance_object(next) {
                continue;
            }
            if attitude
                && let Some(claim) = self.attitude_noun(&ctx, i)
                && (!taken.iter().any(|t| t.overlaps(claim.content_span))
                    || claim.modality == SAID
                        && claims[first_new..]
                            .iter()
                            .any(|c| c.content_span.contains(claim.span)))
                && !views
                    .iter()
                    .any(|v| v.content_span.overlaps(claim.content_span))
            {
                views.push(claim);
            }
            // `launched a sharp critique of the budget`: a stance taken up as a noun.
            if next != "that"
                && let Some(claim) = self.stance_noun(&ctx, i)
                && !taken.iter().any(|t| t.overlaps(claim.content_span))
                && !views
                    .iter()
                    .any(|v| v.content_span.overlaps(claim.content_span))
            {
                views.push(claim);
            }
        }
        if !views.is_empty() {
            for claim in &mut views {
                self.annotate(&ctx, claim);
            }
            claims.append(&mut views);
            claims[first_new..].sort_by_key(|c| (c.span.start, c.span.end));
        }
    }

    /// The claims of the cues of a sentence, in order, pushed onto `claims`. `last_read` is
    /// the last cue's attribution as read with no claims before it, when it was read.
    fn cue_claims(
        &self,
        ctx: &SentenceCtx<'_>,
        cues: &[FoundCue],
        claims: &mut Vec<Claim>,
        mut last_read: Option<Option<Claim>>,
    ) {
        let text = ctx.text;
        let first_new = claims.len();
        let mut covered: Vec<Span> = Vec::new();
        for (n, cue) in cues.iter().enumerate() {
            let cue_span = ctx.span(cue.start, cue.end);
            if covered.iter().any(|c| c.contains(cue_span)) {
                continue;
            }
            // `…, Ruiz said when asked about the deficit`: the one asked is no asker; the
            // question is read without one (`asked_unnamed`).
            if self.asked_unnamed(ctx, cue.start).is_some()
                || asked_unnamed::asked_by_another(ctx, cue.start)
            {
                continue;
            }
            // `When asked whom she supported, …`: a cue inside the question belongs to it,
            // and the one asked holds no view by it. Only an "asked" before opens one.
            if (0..cue.start).any(|i| {
                ctx.low(i) == ASKED
                    && self
                        .asked_unnamed(ctx, i)
                        .is_some_and(|q| q.content_span.contains(cue_span))
            }) {
                continue;
            }
            // `Voters who wrote to the council said …`, `Democrats hoping to win the seat
            // say …`: a cue inside the relative clause or the participle phrase that tells
            // which people speak is part of the next verb's subject, no claim of its own.
            if let Some(next) = cues.get(n + 1)
                && next.start > cue.end
                && (cue.end..next.start).all(|i| {
                    ctx.tokens[i].is_word()
                        && !ctx.quoted_at(i)
                        // `who said he would vote`, `who said the plan would fail`: a
                        // clause of its own after the cue.
                        && !english::is_subject_pronoun(ctx.low(i))
                        && !english::is_complementizer(ctx.low(i))
                        && !english::is_auxiliary(ctx.low(i))
                        && !english::is_finite_verb(ctx.low(i))
                })
                // `who claim to find`: an infinitive is the cue's own object.
                && ctx.low(next.start - 1) != "to"
                && self
                    .speaker_before(ctx, next.start)
                    .is_some_and(|(_, e)| modifies_subject(ctx, e, *cue))
            {
                continue;
            }
            // `the most telling promise`, `a very revealing answer`: an -ing word after a
            // word of degree is an adjective, no cue.
            if ctx.low(cue.start).ends_with("ing")
                && cue.start > 0
                && matches!(
                    ctx.low(cue.start - 1),
                    "most" | "more" | "less" | "least" | "very" | "too"
                )
            {
                continue;
            }
            // `filed a lawsuit aimed at …`, `jailed for comments aimed at …`: a participle
            // in the past after an object modifies it and makes no claim.
            if cue.kind != SAID_KIND && participle_after_object(ctx, *cue) {
                continue;
            }
            if cue.kind != SAID_KIND
                && (gerund_of_another_verb(ctx, *cue)
                    // `released a report finding …` is a claim of the report's author.
                    && self.object_participle_speaker(ctx, cue.start).is_none()
                    // `polls showing her behind`: the polls' own claim.
                    && !self.document_participle(ctx, cue.start)
                    || plural_subject(ctx, *cue)
                        // `a bill which he believes will pass`: a verb, its subject before.
                        && !relative_gap::subject_gap(
                            ctx,
                            self.speaker_before(ctx, cue.start),
                            *cue,
                        ))
            {
                continue;
            }
            let next_cue = cues.get(n + 1).map(|c| c.start);
            // `despite polls showing her behind, the mayor …`: the finding ends at the comma.
            let phrase_end = (cue.kind != SAID_KIND)
                .then(|| self.document_phrase_end(ctx, cue.start))
                .flatten();
            let next_cue = match phrase_end {
                Some(end) => Some(next_cue.map_or(end, |n| n.min(end))),
                // `…, with 41 percent saying they had not read it, …`: the phrase's comma
                // ends what they said even past a cue word inside it ("read"); the cues
                // themselves are read at their own starts.
                None => self.with_phrase_end(ctx, cue.start).or(next_cue),
            };
            if let Some(prev) = claims[first_new..].last_mut()
                && prev.via.is_none()
                && let Some(relay) = self.reported_relay(ctx, *cue, prev)
            {
                prev.span.end = prev.span.end.max(relay.span.end);
                prev.via = Some(relay);
                continue;
            }
            let Some(mut claim) = self.as_said(ctx, *cue, next_cue).or_else(|| {
                // The last cue, with no claim before it in the sentence, reads as the
                // closing attribution read it (the same cue, no next cue, no earlier
                // claims): that reading is taken rather than made again.
                if n + 1 == cues.len()
                    && claims.len() == first_new
                    && let Some(read) = last_read.take()
                {
                    read
                } else {
                    self.read_attribution(ctx, *cue, next_cue, &claims[first_new..])
                }
            }) else {
                continue;
            };
            // "…, Kerry said, according to Reuters": the relay belongs to the claim before.
            // But what someone plans, wants or did, told by another ("Clinton plans to
            // visit Charlotte, according to an aide"), is the teller's claim: the subject
            // said nothing, so the source after "according to" speaks for the clause.
            if claim.kind == ClaimKind::AccordingTo
                && let Some(prev) = claims[first_new..].last()
                && prev.span.end <= cue_span.start
                && prev.via.is_none()
                && claim.content_span.start <= prev.span.start
                && prev.quote.is_none()
                && prev.modality != SAID
            {
                claims.pop();
                covered.pop();
            } else if claim.kind == ClaimKind::AccordingTo
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
            // A verb of attitude or action attributes only to a source.
            if cue.kind != SAID_KIND
                && !claim
                    .speaker
                    .as_ref()
                    .is_some_and(|s| source::is_source(s, text, &self.cues))
            {
                // `A Herald poll out this week shows …`: the document that opens the
                // clause, when the words before the cue end in its modifier.
                let Some((s, e)) = self.document_subject(ctx, cue.start) else {
                    continue;
                };
                claim.speaker = Some(Speaker::written(text, ctx.span(s, e)));
            }
            // `chose to file in Dayton, where lawyers say …`: what another says in a relative
            // clause is theirs, and the intention ends before it.
            if cue.kind != SAID_KIND
                && claim.quote.is_none()
                && let Some(comma) = cues[n + 1..]
                    .iter()
                    .filter(|later| {
                        claim
                            .content_span
                            .contains(ctx.span(later.start, later.end))
                    })
                    .filter_map(|later| relative_opening(ctx, later.start))
                    .find(|&comma| ctx.tokens[comma].span.start > claim.content_span.start)
            {
                let start = claim.content_span.start;
                let content = trim_end_punct(text, Span::new(start, ctx.tokens[comma].span.start));
                if content.end > content.start {
                    claim.content = content.of(text).to_string();
                    claim.content_span = content;
                    claim.span.end = claim.span.end.min(content.end).max(cue_span.end);
                }
            }
            // `vowed to repeal the levy, a tax first passed in 1990`: an appositive, a
            // participle or a circumstance after a comma is the reporter's.
            if cue.kind != SAID_KIND
                && claim.quote.is_none()
                && let Some(end) = comma_tail::comma_tail(ctx, claim.content_span)
            {
                let content = trim_end_punct(text, Span::new(claim.content_span.start, end));
                if content.end > content.start {
                    claim.content = content.of(text).to_string();
                    claim.content_span = content;
                    claim.span.end = claim.span.end.min(content.end).max(cue_span.end);
                }
            }
            // `denied the charges and accused the coach of lying`: the subject's next deed
            // is the reporter's.
            if cue.kind != SAID_KIND
                && cue.class != CueClass::NeedsThat
                // `doubts Ruiz understands or cares`: a view's content is a clause.
                && (claim.content.starts_with("to ")
                    || !self.cues.is_view_or_aim_verb(ctx.low(cue.start)))
                && claim.quote.is_none()
                && let Some(end) = second_predicate::second_predicate(ctx, claim.content_span)
            {
                let content = trim_end_punct(text, Span::new(claim.content_span.start, end));
                if content.end > content.start {
                    claim.content = content.of(text).to_string();
                    claim.content_span = content;
                    claim.span.end = claim.span.end.min(content.end).max(cue_span.end);
                }
            }
            covered.push(claim.content_span);
            claim.modality = self.cues.kind_name(cue.kind).to_string();
            self.annotate(ctx, &mut claim);
            let nested = self.nested_quotes(ctx, &claim);
            claims.push(claim);
            claims.extend(nested);
        }
    }
}

/// Most words between a relative word and the cue of its clause (`, where bankruptcy
/// lawyers say`).
const RELATIVE_SUBJECT_WORDS: usize = 5;

/// The comma that opens a relative clause whose own subject stands right before the cue
/// at token `cue` (`…, where lawyers say`, `…, which critics say`): a comma, "where",
/// "when" or "which", and a few unquoted words that are no verb ("…, which has in turn
/// expressed" is the clause of the noun before it, not of another speaker).
fn relative_opening(ctx: &SentenceCtx<'_>, cue: usize) -> Option<usize> {
    let r = (cue.saturating_sub(RELATIVE_SUBJECT_WORDS + 1)..cue.saturating_sub(1))
        .rev()
        .take_while(|&i| ctx.tokens[i].is_word() && !ctx.quoted_at(i))
        .find(|&i| matches!(ctx.low(i), "where" | "when" | "which"))?;
    let subject = (r + 1..cue).all(|i| {
        let word = ctx.low(i);
        !english::is_auxiliary(word)
            && !english::is_finite_verb(word)
            && !english::is_preposition(word)
            && !word.ends_with("ly")
    });
    (subject && r >= 2 && ctx.tok(r - 1) == ",").then_some(r - 1)
}

/// What [`Extractor::closing_attribution`] found.
enum Closing {
    /// The sentence's one claim, attributed by its last cue.
    Closes(Claim),
    /// No closing attribution; the last cue's reading (with no next cue and no claims
    /// before it) when it was read.
    Not(Option<Option<Claim>>),
}

/// Sentences at the top of an article whose places are the story's own.
const LEDE_SENTENCES: usize = 2;

#[cfg(test)]
mod test_text;
#[cfg(test)]
mod tests;

/// Adds `quote`, a quotation without a cue, to `claims`: as more of the last claim when it
/// goes on that claim's quote (true), else as a claim of its own.
///
/// A claim of the same speaker read from the same sentence may stand between (`"…," the
/// member said, adding that donors may balk. "…"`): the quote goes on the one before it.
fn push_quote(text: &str, quote: Claim, claims: &mut Vec<Claim>) -> bool {
    let n = claims.len();
    let target = match claims.get(n.wrapping_sub(1)) {
        Some(prev) if continues(text, prev, &quote) => Some(n - 1),
        Some(prev) if n >= 2 => {
            let before = &claims[n - 2];
            let same_turn = prev.sentence == before.sentence
                && prev.speaker.as_ref().map(|s| s.span) == before.speaker.as_ref().map(|s| s.span);
            (same_turn && continues(text, before, &quote)).then_some(n - 2)
        }
        _ => None,
    };
    match target {
        Some(i) => {
            extend_quote(text, &mut claims[i], quote);
            true
        }
        None => {
            claims.push(quote);
            false
        }
    }
}

/// `article`, `mark` and `n` written one after the other (`a1#3`, `a1#f2`): the id of an
/// article's `n`-th claim or fact, made without the formatting machinery (one per claim).
fn numbered_id(article: &str, mark: &str, n: usize) -> String {
    let mut digits = [0u8; 20];
    let digits = crate::words::decimal(n, &mut digits);
    let mut id = String::with_capacity(article.len() + mark.len() + digits.len());
    id.push_str(article);
    id.push_str(mark);
    for &d in digits {
        id.push(char::from(d));
    }
    id
}

/// Adds the quotations left open that no later paragraph took in, in order.
fn flush_open(text: &str, open: &mut Vec<Claim>, claims: &mut Vec<Claim>) {
    for quote in open.drain(..) {
        push_quote(text, quote, claims);
    }
}

/// Whether the `'s` at token `i` is a contracted "is" after a pronoun (`She's hoping`), not a
/// possessive (`the party's plans`).
fn contracted_is(ctx: &SentenceCtx<'_>, i: usize) -> bool {
    let pronoun = |w: &str| english::is_subject_pronoun(w) || matches!(w, "that" | "who" | "what");
    let word = ctx.low(i);
    if matches!(word, "'s" | "’s") {
        return i > 0 && pronoun(ctx.low(i - 1));
    }
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .is_some_and(pronoun)
}

/// `stop attacking`, `began praising`: a cue's -ing form right after another verb is that
/// verb's object, not a claim of its own (what was *said* is exempt: `keeps saying`).
fn gerund_of_another_verb(ctx: &SentenceCtx<'_>, cue: FoundCue) -> bool {
    let word = ctx.low(cue.start);
    if !word.ends_with("ing") || cue.start == 0 {
        return false;
    }
    let prev = &ctx.tokens[cue.start - 1];
    let before = ctx.low(cue.start - 1);
    prev.is_word()
        && !prev.is_capitalized(ctx.text)
        && !english::is_be_form(before)
        && !english::between_speaker_and_cue(before)
        && !before.ends_with("ly")
        && !matches!(before, "and" | "or" | "but" | "while" | "by")
        && !english::is_pronoun(before)
        // `…, even urging …`: a participle trailing another claim after adverbs.
        && trailing_participle::comma_before(ctx, cue.start).is_none()
}

/// Whether `cue` is a participle in the past right after a noun phrase that is the object of
/// a verb's particle or of a preposition after the clause's verb (`kept up a boycott aimed
/// at`, `could face charges for comments aimed at`): it
/// modifies that noun, as a relative clause would, and makes no claim.
fn participle_after_object(ctx: &SentenceCtx<'_>, cue: FoundCue) -> bool {
    let word = ctx.low(cue.start);
    if !word.ends_with("ed") || cue.start < 2 {
        return false;
    }
    let plain = |i: usize| ctx.tokens[i].is_word() && !ctx.tokens[i].is_capitalized(ctx.text);
    let head = cue.start - 1;
    let before = ctx.low(head);
    if !plain(head)
        || english::is_pronoun(before)
        || english::is_auxiliary(before)
        || english::is_determiner(before)
        || english::is_preposition(before)
        || before.ends_with("ly")
        || english::is_time_word(before)
        || matches!(
            before,
            "who" | "that" | "which" | "and" | "or" | "but" | "last"
        )
    {
        return false;
    }
    // The noun phrase's opening: back over a determiner and a few modifiers.
    let mut start = head;
    while start > 0 && head - start < 4 && ctx.tokens[start - 1].is_word() {
        let w = ctx.low(start - 1);
        if english::is_determiner(w) {
            start -= 1;
            break;
        }
        if english::is_preposition(w) || english::is_auxiliary(w) || w.ends_with("ed") {
            break;
        }
        start -= 1;
    }
    let Some(governor) = start.checked_sub(1) else {
        return false;
    };
    if governor == 0 || !plain(governor) || !ctx.tokens[governor - 1].is_word() {
        return false;
    }
    let g = ctx.low(governor);
    let verb_in_past = |i: usize| {
        let w = ctx.low(i);
        plain(i)
            && english::is_verb_in_past(w)
            && i > 0
            && ctx.tokens[i - 1].is_word()
            && !english::is_determiner(ctx.low(i - 1))
    };
    // `kept up a filibuster aimed`: the object of a verb and its particle (a verb alone
    // cannot tell: `imagined voters wanted` has a clause after it).
    if matches!(g, "out" | "up") && verb_in_past(governor - 1) {
        return true;
    }
    // `could face charges for comments aimed`: the object of a preposition after the
    // clause's own verb (a modal or an auxiliary tells one).
    english::is_preposition(g)
        && g != "of"
        && (0..governor)
            .rev()
            .take_while(|&i| ctx.tokens[i].is_word())
            .any(|i| plain(i) && english::is_auxiliary(ctx.low(i)))
}

/// Whether `cue` opens the modifier of a subject that ends at token `end`: a participle
/// right after it (`Democrats hoping to win`) or the verb of its relative clause (`Voters
/// who wrote to`, `residents who have long said`).
fn modifies_subject(ctx: &SentenceCtx<'_>, end: usize, cue: FoundCue) -> bool {
    if end == cue.start {
        return english::is_participle(ctx.low(cue.start));
    }
    end < cue.start
        && matches!(ctx.low(end), "who" | "that")
        && (end + 1..cue.start).all(|i| english::between_speaker_and_cue(ctx.low(i)))
}

/// `The attacks were …`, `His remarks have …`: a cue's -s form followed by a verb is a
/// plural noun, the subject of that verb.
fn plural_subject(ctx: &SentenceCtx<'_>, cue: FoundCue) -> bool {
    let word = ctx.low(cue.start);
    let next = ctx.low(cue.end);
    word.ends_with('s')
        && !word.ends_with("ss")
        && cue.end == cue.start + 1
        && (english::is_auxiliary(next) || matches!(next, "did" | "do" | "does"))
}
