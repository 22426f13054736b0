//! Where what was said begins and ends: the clause before an attribution, the person told
//! and the adjuncts after a cue, the stops that end content, and what follows an
//! attribution.

use crate::article::Span;
use crate::text::{Quotation, TokenKind};

use super::attribution::verb_resumes;
use super::numbers::is_number_word;
use super::sentence::{SentenceCtx, is_mark, trim_end_punct};
use super::{Extractor, english, trailing_participle};

/// Most tokens of an aside between an attribution and the quotation it interrupted
/// (`"…," said Ruiz, a nurse at the county hospital, "…"`).
const ASIDE_WORDS: usize = 20;

/// Most words between a cue and a colon that opens a quotation (`said of the mayor: "…"`).
const MAX_BEFORE_COLON: usize = 8;

/// At most this many words of a hearer before a subject pronoun (`told radio host Ann
/// Doyle it …`).
const MAX_HEARER: usize = 5;

impl Extractor<'_> {
    /// The clause that ends right before the attribution starting at token `lead`, from
    /// token `floor`: `"…,"` (a quotation: its inner words, and true) or `In the past week,
    /// …,` (the words up to the comma, and false). `None` when the attribution does not
    /// follow a comma or a closing quotation mark.
    pub(super) fn clause_before_attribution(
        &self,
        ctx: &SentenceCtx<'_>,
        floor: usize,
        lead: usize,
    ) -> Option<(Span, bool)> {
        if lead <= floor + 1 {
            return None;
        }
        let prev = ctx.tok(lead - 1);
        if prev != "," && !is_mark(prev) && prev != "—" {
            return None;
        }
        let lead_start = ctx.tokens[lead].span.start;
        // A quotation that ends right before (only punctuation between).
        let quote = ctx.quotations.iter().rev().find(|q| {
            q.closed && q.outer.end <= lead_start && ctx.tokens[floor].span.start <= q.outer.start
        });
        if let Some(q) = quote
            && ctx.text[q.outer.end..lead_start]
                .chars()
                .all(|c| !c.is_alphanumeric())
        {
            let first = ctx.tokens[floor].span.start;
            // Only punctuation or a joining word before the quotation: `…, and "…," he said`.
            let opens_clause = ctx.text[first..q.outer.start]
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .all(|w| {
                    matches!(
                        w.to_lowercase().as_str(),
                        "and" | "but" | "or" | "so" | "yet" | "then"
                    )
                });
            // `Jacobs tweeted: "…," Netanyahu said`: after a colon, the quotation alone.
            let after_colon = ctx.text[first..q.outer.start].trim_end().ends_with(':');
            if opens_clause || after_colon {
                return Some((q.inner, true));
            }
            // `Germany should expand "as quickly as possible," said Mr. Bartels`.
            let span = trim_end_punct(ctx.text, Span::new(first, q.outer.end));
            return Some((span, true));
        }
        if prev != "," {
            return None;
        }
        let span = trim_end_punct(ctx.text, ctx.span(floor, lead - 1));
        (!span.is_empty()).then_some((span, false))
    }

    /// Whether the words from token `i` start an attribution of their own (`…, who …`,
    /// `…, adding …`) rather than continue what was said.
    pub(super) fn opens_new_claim(&self, ctx: &SentenceCtx<'_>, i: usize) -> bool {
        let lower = ctx.low(i);
        matches!(
            lower,
            "who" | "which" | "whose" | "where" | "when" | "as" | "according" | "referring"
        ) || english::is_participle(lower)
            || self.cues.contains_key(lower)
    }

    /// Where content starting at token `start` ends: before a later attribution (`…, he
    /// added`, `… and said`, `…, noting`), before a clause joined by `, but`, `; `, `, while`
    /// (unless it goes on with `that`), an aside of the reporter's (`, which …`, `, as …`,
    /// `, after …`, `, a force the army …`) or a new clause after `, and`, before a colon that
    /// opens a quotation, or
    /// at the sentence end. `next_cue`, the cue read next, is one of those attributions.
    pub(super) fn content_end(
        &self,
        ctx: &SentenceCtx<'_>,
        start: usize,
        next_cue: Option<usize>,
    ) -> usize {
        let tokens = ctx.tokens;
        let mut end_tok = tokens.len();
        let later = next_cue
            .into_iter()
            .chain(ctx.cue_starts.iter().copied())
            .filter(|&n| n > start);
        for next in later {
            // "…, Kerry said, according to Reuters", "…, he added" and "… and said" end
            // the content.
            let stop = if next >= 2
                && (ctx.tok(next - 1) == ","
                    || matches!(ctx.tok(next - 1), "and" | "but")
                        && !goes_on_what_was_said(ctx, start, next)
                        && !self.view_goes_on(ctx, start, next))
            {
                Some(next - 1)
            } else if let Some(comma) = trailing_participle::comma_before(ctx, next) {
                // `…, even suggesting …`: adverbs between the comma and the participle.
                Some(comma)
            } else if let Some((s, _)) = self.speaker_before(ctx, next)
                && s > start
            {
                if ctx.tok(s - 1) == ","
                    || matches!(ctx.tok(s - 1), "and" | "but")
                        && (self.names_another(ctx, s)
                            || (after_comma_and(ctx, s) || counts_people(ctx, s))
                                && self.cues.is_speech_verb(ctx.low(next)))
                {
                    // `…, Kerry said`, and `… and Kerry said “…”`: another speaker's claim
                    // begins.
                    Some(s - 1)
                } else if ctx.tokens[s - 1].is_word() && !ctx.tokens[s - 1].is_capitalized(ctx.text)
                {
                    // `…, an honor Lopez said he hoped …`: the speaker's name was cut from
                    // the thing that opens after the comma.
                    self.thing_after_comma_before(ctx, s)
                } else {
                    None
                }
            } else {
                None
            };
            if let Some(stop) = stop.filter(|&s| s > start && !ctx.quoted_at(s)) {
                end_tok = end_tok.min(stop);
                break;
            }
        }
        for i in start + 1..end_tok {
            if ctx.quoted_at(i) {
                continue;
            }
            let t = ctx.tok(i);
            let next = ctx.low(i + 1);
            // `… said the plant would close on condition of anonymity because …`, `…,
            // speaking on condition of anonymity`: the terms the source spoke on are the
            // reporter's words.
            if t == "on" && on_condition(ctx, i) {
                let speaking = i - 1 > start && matches!(ctx.low(i - 1), "speaking" | "talking");
                return if speaking { i - 1 } else { i };
            }
            let stop = match t {
                ";" => true,
                // `… to join the ranks, and criticized the party`: the speaker's next deed.
                "and" if self.view_goes_on(ctx, start, i + 1) => false,
                "and" => {
                    ctx.tok(i - 1) == ","
                        && (self.deed_follows(ctx, i + 1) || self.new_clause_at(ctx, i + 1))
                }
                ":" => is_mark(ctx.tok(i + 1)),
                "," => {
                    // `…, but thought it too small`: the pronoun's view goes on.
                    let view_after_but = next == "but" && self.view_goes_on(ctx, start, i + 2);
                    (english::joins_new_clause(next)
                        && !ctx.tok(i + 2).eq_ignore_ascii_case("that")
                        && !self.same_subject_goes_on(ctx, i + 2)
                        && !view_after_but
                        || english::opens_aside(next, ctx.low(i + 2))
                        || next == "even" && english::subordinates(ctx.low(i + 2))
                        || relative_on_name(ctx, i, end_tok)
                        || appositive_after(ctx, start, i, end_tok))
                        && !aside_in_subject(ctx, start, i, end_tok)
                }
                // `the plan was “useful,” while the Canadian government said …`: after a
                // quotation that closes on its comma, a clause joined on that opens with
                // another's attribution is theirs (`“crumbs,” compared to …`, `“free to be
                // upset,” but also …` go on with the speaker's words).
                _ if i >= start + 3
                    && ctx.tok(i - 2) == ","
                    && ctx.quoted_at(i - 2)
                    && is_mark(ctx.tok(i - 1)) =>
                {
                    english::joins_new_clause(ctx.low(i))
                        && self.attribution_opens_at(ctx, i + 1)
                        && !aside_in_subject(ctx, start, i - 2, end_tok)
                }
                "—" | "–" | "--" | "-" if is_dash(ctx, i) => {
                    (ctx.low(i + 1) == "and" && self.new_clause_at(ctx, i + 2) || dash_ends(ctx, i))
                        && !dash_pair_closes(ctx, i, end_tok)
                }
                _ => false,
            };
            if stop {
                return i;
            }
        }
        end_tok
    }

    /// Where an object that is what was attributed, starting at token `start` and read up
    /// to `end_tok`, ends: `Trump` of `Cruz endorsed Trump on Friday, …`. It ends at a comma,
    /// a dash, a parenthesis or a colon, at a preposition that opens an adjunct of time,
    /// place or cause (`at a rally`, `during the debate`, `despite his doubts`), and at `and`
    /// or `but` before a second verb (`… and pounding him on guns`, `… but also warned`, `…
    /// and has appeared at his side`), and at the day it happened (`endorsed Trump last
    /// week`, `backed the levy Tuesday`); quoted words never end it.
    pub(super) fn object_end(&self, ctx: &SentenceCtx<'_>, start: usize, end_tok: usize) -> usize {
        (start + 1..end_tok)
            .find(|&i| {
                if ctx.quoted_at(i) {
                    return false;
                }
                match ctx.low(i) {
                    "," | ";" | ":" | "(" | "—" | "–" | "--" => true,
                    "and" | "but" => {
                        // `praised the plan and also warned`: adverbs before the verb.
                        let mut j = i + 1;
                        while j < end_tok && english::is_verb_adverb(ctx.low(j)) {
                            j += 1;
                        }
                        let next = ctx.low(j);
                        english::is_participle(next)
                            || english::is_finite_verb(next) && !english::is_auxiliary(next)
                            || english::is_auxiliary(next) && verb_after_auxiliary(ctx, j + 1)
                    }
                    word => ends_object(word) || day_of_the_deed(ctx, i),
                }
            })
            .unwrap_or(end_tok)
    }

    /// Whether the speaker at tokens `[s, e)` is a poll, a study or a document, by its last
    /// word or by the head of the phrase it ends (`A study by the watchdog group`, `A
    /// Gazette poll of the county`).
    pub(super) fn names_document(&self, ctx: &SentenceCtx<'_>, (s, e): (usize, usize)) -> bool {
        let head_before =
            |i: usize| (i > 0 && english::is_preposition(ctx.low(i))).then(|| ctx.low(i - 1));
        self.cues.is_document(ctx.low(e - 1))
            || (s + 1..e)
                .find_map(head_before)
                .is_some_and(|w| self.cues.is_document(w))
            || head_before(s.wrapping_sub(1)).is_some_and(|w| self.cues.is_document(w))
    }

    /// Whether a clause with its own subject and verb opens at token `start` without a
    /// "that" (`hoped the meeting would calm the party`): a few words of a noun phrase, then
    /// a modal; or, when `be_or_have` (after a verb of knowing or finding: `suspect the
    /// losses were hidden`), a finite form of "be" or "have".
    pub(super) fn clause_follows(
        &self,
        ctx: &SentenceCtx<'_>,
        start: usize,
        be_or_have: bool,
    ) -> bool {
        let first = ctx.low(start);
        if english::is_preposition(first) || english::is_auxiliary(first) || first == "to" {
            return false;
        }
        // `consider Nusra a group that should be …`: a relative clause is no clause of its own.
        (start + 1..ctx.tokens.len().min(start + 6))
            .take_while(|&i| {
                ctx.tokens[i].is_word()
                    && !ctx.quoted_at(i)
                    && !matches!(ctx.low(i), "that" | "which" | "who" | "whom")
            })
            .any(|i| {
                matches!(
                    ctx.low(i),
                    "would" | "will" | "could" | "can" | "may" | "might" | "should" | "must"
                ) || be_or_have && finite_be_or_have(ctx, start, i)
            })
    }

    /// Whether another attribution's speaker opens at token `i` (`the secretary` of `…, the
    /// secretary said`).
    pub(super) fn attribution_opens_at(&self, ctx: &SentenceCtx<'_>, i: usize) -> bool {
        ctx.cue_starts.iter().any(|&c| {
            c > i && c <= i + 12 && self.speaker_before(ctx, c).is_some_and(|(s, _)| s == i)
        })
    }

    /// Whether an attribution of its own follows byte `at` (the end of a quotation), after
    /// nothing but punctuation: `, Netanyahu said`, `, said Netanyahu`.
    pub(super) fn attributed_after(&self, ctx: &SentenceCtx<'_>, at: usize) -> bool {
        let mut i = ctx.tokens.partition_point(|t| t.span.start < at);
        while i < ctx.tokens.len() && matches!(ctx.tok(i), "," | "—" | "–") {
            i += 1;
        }
        // `Peabody said: "…," adding that …`: a participle goes on with the same speaker.
        if ctx.cue_starts.contains(&i) && english::is_participle(ctx.low(i)) {
            return false;
        }
        ctx.cue_starts.contains(&i) || self.attribution_opens_at(ctx, i)
    }

    /// Whether a second verb of the same subject follows at token `i`, after `, but` or `,
    /// though` (`she wanted change, but found him too objectionable`, `the count was honest,
    /// but needed a recheck`): the speaker's clause goes on, and so does what was said. A
    /// cue there is an attribution of its own (`…, but added …`).
    fn same_subject_goes_on(&self, ctx: &SentenceCtx<'_>, mut i: usize) -> bool {
        while i < ctx.tokens.len() && english::is_verb_adverb(ctx.low(i)) {
            i += 1;
        }
        let word = ctx.low(i);
        i < ctx.tokens.len()
            && !ctx.quoted_at(i)
            && !self.cues.contains_key(word)
            && (english::is_finite_verb(word)
                || english::is_auxiliary(word)
                || english::is_do_or_negated(word))
    }

    /// Whether the verb of view or aim at token `next`, after `and` or `but`, is a second
    /// verb of the pronoun that opens what was said from token `start`, and so goes on with
    /// it: `Ruiz said she was weary of the delays and wanted a new contractor`, `… she backed
    /// the levy, but thought it too small`. (A name opening what was said leaves it to the
    /// speaker: `Khan said Ortiz was wrong and wanted an apology`.) Both verbs are in the
    /// past, as reported speech puts them; a verb in another tense may be the speaker's (`Kim
    /// announced he will halt the tests and plans to close the site`).
    fn view_goes_on(&self, ctx: &SentenceCtx<'_>, start: usize, next: usize) -> bool {
        next > start + 2
            && next < ctx.tokens.len()
            && !ctx.quoted_at(next)
            && matches!(ctx.low(start), "he" | "she" | "they" | "we" | "i")
            && self.cues.is_view_or_aim_verb(ctx.low(next))
            && english::inflection(ctx.low(next)) == english::Inflection::Past
            && (start + 1..next).any(|j| {
                !ctx.quoted_at(j)
                    && english::clause_tense(ctx.low(j)) == Some(english::Inflection::Past)
            })
            && !ctx.cue_starts.iter().any(|&c| c > start && c < next - 1)
    }

    /// Whether the speaker's next deed opens at token `i`, after `, and`: a verb in the past
    /// (`…, and criticized the party`), after an adverb (`…, and then pointed out`), or
    /// "has" or "had" and a participle (`…, and has championed cuts`). What was said, told
    /// in the past, goes on only without the comma.
    fn deed_follows(&self, ctx: &SentenceCtx<'_>, mut i: usize) -> bool {
        while i < ctx.tokens.len() && english::is_verb_adverb(ctx.low(i)) {
            i += 1;
        }
        let word = ctx.low(i);
        i < ctx.tokens.len()
            && !ctx.quoted_at(i)
            && !ctx.tokens[i].is_capitalized(ctx.text)
            && (english::is_verb_in_past(word)
                || matches!(word, "has" | "have" | "had") && verb_after_auxiliary(ctx, i + 1))
    }

    /// Whether a clause of its own opens at token `i`: a subject pronoun, or a name followed
    /// by a verb (`…, and Trump praised it`).
    fn new_clause_at(&self, ctx: &SentenceCtx<'_>, i: usize) -> bool {
        if i >= ctx.tokens.len() || ctx.quoted_at(i) {
            return false;
        }
        if english::is_subject_pronoun(ctx.low(i)) && ctx.low(i) != "there" {
            return true;
        }
        // `…, and the ministry said it would …`: a subject of a few words and its verb.
        if english::is_determiner(ctx.low(i)) {
            return (i + 1..ctx.tokens.len().min(i + 10))
                .take_while(|&j| ctx.tokens[j].is_word() && !ctx.quoted_at(j))
                .any(|j| {
                    let w = ctx.low(j);
                    english::is_auxiliary(w) || self.cues.contains_key(w)
                });
        }
        let mut j = i;
        while j < ctx.tokens.len() && ctx.tokens[j].is_capitalized(ctx.text) && !ctx.quoted_at(j) {
            j += 1;
        }
        j > i
            && j < ctx.tokens.len()
            && (english::is_finite_verb(ctx.low(j)) || self.cues.contains_key(ctx.low(j)))
    }

    /// Whether the speaker at token `s`, after an `and`, is another person speaking (`…
    /// and Kerry said`, `… and he said`) rather than part of a subject (`he and Lavrov
    /// said`) or a noun that only looks like a speaker (`paintings and rare books worth
    /// an estimated …`).
    fn names_another(&self, ctx: &SentenceCtx<'_>, s: usize) -> bool {
        let Some(before) = s.checked_sub(2).map(|b| &ctx.tokens[b]) else {
            return false;
        };
        let joins_subject = before.is_word()
            && (before.is_capitalized(ctx.text) || english::is_subject_pronoun(ctx.low(s - 2)));
        let names =
            ctx.tokens[s].is_capitalized(ctx.text) || english::is_subject_pronoun(ctx.low(s));
        names && !joins_subject
    }

    /// `told reporters (in Munich)`, `told VOA`: the person told is not what was said.
    /// A hearer of several words runs up to the subject pronoun after it (`told radio host
    /// Ann Doyle it would …`).
    pub(super) fn skip_object(&self, ctx: &SentenceCtx<'_>, from: usize, cue: &str) -> usize {
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
        // Prefer an explicit "that" within reach, but not past the infinitive the person
        // was told or urged to (`urged the council not to sell the pier and argue that …`)
        // nor past another verb of saying: that "that" is the other verb's.
        for (i, token) in tokens.iter().enumerate().take(from + 12).skip(from) {
            if ctx.quoted_at(i)
                || token.kind == TokenKind::Punct
                || i > from && ctx.cue_starts.contains(&i)
                || opens_infinitive(ctx, i)
            {
                break;
            }
            if ctx.tok(i).eq_ignore_ascii_case("that") {
                return i;
            }
        }
        // `told radio host Ann Doyle it would …`, `told trading partners they must …`: a
        // hearer of several words ends at the subject pronoun that opens what was said.
        if let Some(p) = (from + 2..tokens.len().min(from + MAX_HEARER + 1))
            .find(|&p| english::is_subject_pronoun(ctx.low(p)) && ctx.low(p) != "you")
            && (from..p).all(|k| {
                let w = ctx.low(k);
                tokens[k].is_word()
                    && !ctx.quoted_at(k)
                    && !english::is_subject_pronoun(w)
                    && !english::is_complementizer(w)
                    && !english::subordinates(w)
                    && !matches!(
                        w,
                        "what" | "how" | "who" | "whom" | "why" | "where" | "which"
                    )
                    && !english::is_preposition(w)
                    && !english::is_auxiliary(w)
                    && !english::is_finite_verb(w)
                    && !w.ends_with("ly")
            })
        {
            return p;
        }
        let mut i = from;
        if i < tokens.len() && english::is_determiner(ctx.low(i)) {
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

    /// Where a quotation opens after a colon that a few words of manner, topic or occasion
    /// put between the cue and it (`said flatly: "…"`, `said of the mayor: "…"`, `wrote
    /// back: "…"`, `told reporters Monday when asked about the deficit: "…"`): the token
    /// after the colon, read from token `from`. `None` when no such colon follows within
    /// reach, or when the words before it hold a clause of their own (`said the plan had
    /// one flaw: "…"`: the clause is what was said).
    pub(super) fn quote_after_colon(&self, ctx: &SentenceCtx<'_>, from: usize) -> Option<usize> {
        let n = ctx.tokens.len();
        // `responded pointedly, with a smile: "…"`: commas may set off the manner.
        let colon = (from..n.min(from + MAX_BEFORE_COLON + 1)).find(|&i| {
            ctx.quoted_at(i) || !ctx.tokens[i].is_word() && !matches!(ctx.tok(i), "." | ",")
        })?;
        if colon == from || colon + 1 >= n || ctx.quoted_at(colon) || ctx.tok(colon) != ":" {
            return None;
        }
        let at = ctx.tokens[colon + 1].span.start;
        if !ctx
            .quotations
            .iter()
            .any(|q| q.outer.start <= at && at <= q.inner.start)
        {
            return None;
        }
        let clause = (from..colon).any(|i| {
            let w = ctx.low(i);
            english::is_subject_pronoun(w)
                || english::is_complementizer(w)
                || english::is_modal(w)
                || english::is_auxiliary(w)
                || ctx.cue_starts.contains(&i) && !english::subordinates(ctx.low(i - 1))
                || english::is_finite_verb(w) && !english::subordinates(ctx.low(i - 1))
        });
        (!clause).then_some(colon + 1)
    }

    /// Skips `Sunday`, `in a statement Friday`, `on Twitter`, `at a news conference in
    /// Amman` after a cue. With `need_clause`, an adjunct is skipped only when a "that",
    /// a quotation or a clause follows it.
    pub(super) fn skip_adjuncts(
        &self,
        ctx: &SentenceCtx<'_>,
        from: usize,
        need_clause: bool,
    ) -> usize {
        let tokens = ctx.tokens;
        let mut i = from;
        loop {
            if i >= tokens.len() || ctx.quoted_at(i) {
                return i;
            }
            let lower = ctx.low(i);
            // `said late Tuesday`, `said early on Monday`: the day goes on.
            let day_next = english::is_time_word(ctx.low(i + 1)) || ctx.low(i + 1) == "on";
            if (english::is_time_word(lower) || matches!(lower, "late" | "early") && day_next)
                && tokens[i].is_word()
            {
                i += 1;
                continue;
            }
            if english::opens_adjunct(lower) {
                // Take the phrase up to a comma, "that", a quotation, a day ("in a
                // statement Friday") or the sentence end; a phrase closed by "that" may be
                // longer ("in an interview with the Spanish newspaper El País that").
                let mut j = i + 1;
                while j < tokens.len()
                    && j - i <= 14
                    && !ctx.quoted_at(j)
                    && tokens[j].kind != TokenKind::Punct
                    && !ctx.tok(j).eq_ignore_ascii_case("that")
                    && !(j > i + 1
                        && tokens[j].is_capitalized(ctx.text)
                        && english::is_time_word(ctx.low(j)))
                    && !clause_after_day(ctx, i, j)
                {
                    j += 1;
                }
                let at_that = ctx.tok(j).eq_ignore_ascii_case("that");
                let stops_well = j >= tokens.len()
                    || at_that
                    || clause_after_day(ctx, i, j)
                    || ctx.quoted_at(j)
                    || english::is_time_word(ctx.low(j))
                    || matches!(ctx.tok(j), "," | ":" | "\"" | "“" | ".");
                let short = j - i <= 8 || at_that;
                if stops_well && short && (!need_clause || j < tokens.len()) {
                    i = j;
                    continue;
                }
                return i;
            }
            if lower == "reporters" || lower == "journalists" {
                i += 1;
                continue;
            }
            // `said the woman who made her name on the docks.`: a relative clause about an
            // inverted speaker belongs to the attribution.
            if !need_clause && matches!(lower, "who" | "whose") {
                while i < tokens.len()
                    && !ctx.quoted_at(i)
                    && !matches!(ctx.tok(i), "," | ";" | ":" | "." | "?" | "!")
                {
                    i += 1;
                }
                continue;
            }
            return i;
        }
    }
}

/// Whether the adjunct phrase opened at token `i` ends before token `j` with its day and
/// a clause without "that" opens at `j`: `said on Monday the talks went well`, `said on
/// Tuesday night he was pleased`.
fn clause_after_day(ctx: &SentenceCtx<'_>, i: usize, j: usize) -> bool {
    let day = ctx.low(j - 1);
    let next = ctx.low(j);
    j > i + 1
        && english::is_day_word(day)
        && ctx.tokens[j].is_word()
        && !english::is_time_word(next)
        && (english::is_subject_pronoun(next)
            || english::is_determiner(next)
            || ctx.tokens[j].is_capitalized(ctx.text))
}

/// Whether token `i` is the "to" of an infinitive (`to sell`, not `to Ohio` or `to the
/// press`): what a person was told or urged to do.
fn opens_infinitive(ctx: &SentenceCtx<'_>, i: usize) -> bool {
    let Some(next) = ctx.tokens.get(i + 1) else {
        return false;
    };
    ctx.low(i) == "to"
        && next.is_word()
        && !next.is_capitalized(ctx.text)
        && !english::is_determiner(ctx.low(i + 1))
        && !matches!(ctx.low(i + 1), "reporters" | "journalists")
}

/// Whether the comma at token `i` opens a relative clause on a name that runs to the end of
/// the sentence (`… hired Jo Park, who has worked for …`), read up to `end`: the reporter's
/// aside about the person, not more of what was said.
fn relative_on_name(ctx: &SentenceCtx<'_>, i: usize, end: usize) -> bool {
    matches!(ctx.low(i + 1), "who" | "whom")
        && i > 0
        && ctx.tokens[i - 1].is_capitalized(ctx.text)
        && !(i + 2..end).any(|j| ctx.tok(j) == "," && !ctx.quoted_at(j))
}

/// Whether the comma at token `i` opens a noun phrase in apposition to the words before it
/// (`…, a force the army has struggled to build`): `a` or `an` after the comma, a verb before
/// it since `start`, and no `and` or `or` after it up to `end` (not one of a list).
fn appositive_after(ctx: &SentenceCtx<'_>, start: usize, i: usize, end: usize) -> bool {
    matches!(ctx.low(i + 1), "a" | "an")
        && (start..i).any(|j| {
            let w = ctx.low(j);
            english::is_finite_verb(w) || english::is_auxiliary(w)
        })
        && !(i + 2..end).any(|j| matches!(ctx.low(j), "and" | "or") && !ctx.quoted_at(j))
}

/// Whether the aside that the comma at token `i` opens stands inside the subject of what
/// was said, which starts at token `start`: no verb yet before the comma, and the next
/// comma, read up to `end`, closes the aside before the clause's verb (`the plan, which
/// the council backed, was dropped`, `the senator, despite his doubts, will vote for it`).
fn aside_in_subject(ctx: &SentenceCtx<'_>, start: usize, i: usize, end: usize) -> bool {
    let verbless = (start..i).all(|j| {
        let w = ctx.low(j);
        !(english::is_finite_verb(w) || english::is_auxiliary(w) || ctx.cue_starts.contains(&j))
    });
    verbless
        && (i + 2..end)
            .find(|&j| matches!(ctx.tok(j), "," | ";" | "—" | "–") && !ctx.quoted_at(j))
            .is_some_and(|j| ctx.tok(j) == "," && verb_resumes(ctx, j + 1))
}

/// Whether the cue at token `next`, right after `and` or `but`, goes on what was said from
/// token `start` rather than telling the speaker's next deed: no other cue stands between,
/// its verb is inflected unlike the cue that introduced what was said and like a verb of
/// what was said, so it shares that verb's subject (`McConnell says he spoke to Trump and
/// asked him to …`, `Osuna said the group is neutral and supports …`; against `Khan said
/// Trump was ignorant and criticized him`, `Mackler issued a statement saying it has no place
/// and said …`).
fn goes_on_what_was_said(ctx: &SentenceCtx<'_>, start: usize, next: usize) -> bool {
    let Some(&cue) = ctx.cue_starts.iter().filter(|&&c| c < start).max() else {
        return false;
    };
    let form = english::inflection(ctx.low(next));
    english::inflection(ctx.low(cue)) != form
        && !ctx.cue_starts.iter().any(|&c| c >= start && c < next)
        && (start..next)
            .any(|j| !ctx.quoted_at(j) && english::clause_tense(ctx.low(j)) == Some(form))
}

/// Whether the speaker at token `s` follows `, and` or `, but` (`…, and three-quarters said
/// …`, `…, but most analysts said …`): with a verb of saying after it, a clause of its own
/// with its own speaker, whatever the speaker's case (a share of a group polled too); a
/// verb of attitude after it may still be what was found (`found that 43% support X, and
/// 42% support Y`).
fn after_comma_and(ctx: &SentenceCtx<'_>, s: usize) -> bool {
    s >= 2 && ctx.tok(s - 2) == "," && !ctx.quoted_at(s - 1)
}

/// Whether the "on" at token `i` opens the terms a source spoke on: `on condition of
/// anonymity`, `on the condition that they not be named`. A condition of anything else is
/// what was said (`ready for a truce on the condition that the shelling stops`).
fn on_condition(ctx: &SentenceCtx<'_>, i: usize) -> bool {
    let next = if ctx.low(i + 1) == "the" {
        i + 2
    } else {
        i + 1
    };
    if ctx.low(next) != "condition" {
        return false;
    }
    match ctx.low(next + 1) {
        "of" => ctx.low(next + 2) == "anonymity",
        "that" => (next + 2..next + 8).any(|j| matches!(ctx.low(j), "named" | "identified")),
        _ => false,
    }
}

/// Whether the speaker at token `s` opens with a share or a count of people (`… and 14
/// percent said …`, `… and one in four said …`, `… and others have said …`): a group polled
/// or counted, speaking for itself, never more of the words before it.
fn counts_people(ctx: &SentenceCtx<'_>, s: usize) -> bool {
    let first = ctx.low(s);
    !ctx.quoted_at(s)
        && (first.starts_with(|c: char| c.is_ascii_digit())
            || is_number_word(first)
            || english::stands_for_people(first) && !matches!(first, "both" | "all"))
}

/// Whether token `i` is a dash standing between words (` - `, `—`), not a hyphen.
fn is_dash(ctx: &SentenceCtx<'_>, i: usize) -> bool {
    match ctx.tok(i) {
        "—" | "–" | "--" => true,
        "-" => {
            let start = ctx.tokens[i].span.start;
            ctx.text[..start].ends_with(char::is_whitespace)
        }
        _ => false,
    }
}

/// Whether the dash at token `i` ends what was said: it opens a clause joined by `and`,
/// `but`, `so` or `or` (`… the bill would pass - and the governor would sign it`).
fn dash_ends(ctx: &SentenceCtx<'_>, i: usize) -> bool {
    matches!(ctx.low(i + 1), "and" | "but" | "so" | "or")
}

/// Whether the dash at token `i` opens a short aside that a second dash closes within a
/// few words, read up to `end`, before more of the sentence (`the bitter — and at times
/// crude — rhetoric`, `state officials – and not Washington – run the vote`): an aside
/// inside what was said, not the end of it.
fn dash_pair_closes(ctx: &SentenceCtx<'_>, i: usize, end: usize) -> bool {
    (i + 2..end.min(i + 9))
        .take_while(|&j| !matches!(ctx.tok(j), "," | ";" | ":"))
        .find(|&j| is_dash(ctx, j))
        .is_some_and(|j| j + 1 < end && ctx.tokens[j + 1].is_word())
}

/// Prepositions and conjunctions that open an adjunct after an object (`at a rally`,
/// `during the debate`, `because …`), ending it.
/// Whether a verb of its own follows an auxiliary, at token `i` after adverbs: `has
/// appeared`, `will also campaign`, `was booed`, `has been`. A second verb phrase of the
/// subject, not more of the object (`endorsed Trump and has appeared at his side`).
fn verb_after_auxiliary(ctx: &SentenceCtx<'_>, mut i: usize) -> bool {
    while i < ctx.tokens.len() && english::is_verb_adverb(ctx.low(i)) {
        i += 1;
    }
    let word = ctx.low(i);
    i < ctx.tokens.len()
        && !ctx.quoted_at(i)
        && (word == "been" || english::is_participle(word) || english::is_finite_verb(word))
}

/// Whether the day a stance was taken opens at token `i`, after its object: `last week`,
/// `this month`, `yesterday`, `Tuesday` (`endorsed Trump last week`). A possessive keeps
/// it in the object (`praised this week's vote`, `the moderator of Monday night's debate`),
/// and so does a clause the object's noun opens after it (`welcomed the announcement last
/// year that …`).
fn day_of_the_deed(ctx: &SentenceCtx<'_>, i: usize) -> bool {
    let word = ctx.low(i);
    let next = ctx.low(i + 1);
    let possessive = |j: usize| matches!(ctx.tok(j), "'s" | "’s");
    let words = match word {
        "yesterday" => 1,
        "earlier" if matches!(next, "this" | "last") => 3,
        "last" | "this" | "next"
            if matches!(
                next,
                "week"
                    | "weekend"
                    | "month"
                    | "year"
                    | "night"
                    | "fall"
                    | "spring"
                    | "summer"
                    | "winter"
            ) =>
        {
            2
        }
        // `the moderator of Monday night's debate`: a day that names a thing.
        _ if ctx.tokens[i].is_capitalized(ctx.text)
            && crate::date::Weekday::from_name(word).is_some()
            && !matches!(ctx.low(i - 1), "of" | "'s" | "’s" | "the" | "a") =>
        {
            1
        }
        _ => return false,
    };
    !(i + words..i + words + 2).any(possessive) && ctx.low(i + words) != "that"
}

fn ends_object(lower: &str) -> bool {
    matches!(
        lower,
        "at" | "on"
            | "during"
            | "after"
            | "before"
            | "since"
            | "over"
            | "despite"
            | "because"
            | "when"
            | "while"
            | "amid"
            | "until"
            | "with"
            | "by"
    )
}

/// What comes right after an attribution.
#[derive(Debug, Clone, Copy)]
pub(super) enum AfterAttribution<'a> {
    /// The sentence ends.
    End,
    /// A comma and a quotation: `"…," he said, "…"`.
    Quote(&'a Quotation),
    /// A comma and more words: `X, he said, Y.`, `"…," said Kerry, who …`.
    Aside,
    /// A colon: `Kerry said: …`.
    Colon,
    /// Words without a break: `Kerry said that …`.
    Clause,
}

impl<'a> AfterAttribution<'a> {
    /// What comes at token `i`, right after an attribution.
    pub(super) fn of(ctx: &SentenceCtx<'a>, i: usize) -> AfterAttribution<'a> {
        // `Ward stated:` ending the sentence: what was said follows, in the next paragraph.
        if ctx.tok(i) == ":" {
            return AfterAttribution::Colon;
        }
        if i >= ctx.tokens.len() || ctx.only_punct_from(i) {
            return AfterAttribution::End;
        }
        match ctx.tok(i) {
            ";" => AfterAttribution::End,
            "," | "—" => {
                let next = ctx.tokens.get(i + 1).map(|t| t.span.start);
                match next.and_then(|at| {
                    ctx.quotations
                        .iter()
                        .find(|q| q.outer.start <= at && at <= q.inner.start)
                }) {
                    Some(q) => AfterAttribution::Quote(q),
                    None => AfterAttribution::Aside,
                }
            }
            ":" => AfterAttribution::Colon,
            _ => AfterAttribution::Clause,
        }
    }

    /// `"…," said Sherwood, speaking of politicians, "and …"`: the quotation that an
    /// attribution and an aside after it interrupted, taken up again. `said` is the quoted
    /// content before the attribution, which must break off at a comma; `from` is the token
    /// after the attribution. The quotation must follow a comma after at most
    /// [`ASIDE_WORDS`] tokens with no cue of their own, and close the sentence; a title
    /// (`…, author of the memoir, "Long Road to Freedom."`) takes nothing up.
    pub(super) fn resumed_quote(
        ctx: &SentenceCtx<'a>,
        said: Span,
        from: usize,
        next_cue: Option<usize>,
    ) -> Option<&'a Quotation> {
        if !said.of(ctx.text).trim_end().ends_with(',') {
            return None;
        }
        let at = ctx.tokens.get(from)?.span.start;
        let quote = ctx.quotations.iter().find(|q| q.outer.start >= at)?;
        let open = ctx
            .tokens
            .partition_point(|t| t.span.start < quote.outer.start);
        let comma = open.checked_sub(1)?;
        let close = ctx
            .tokens
            .partition_point(|t| t.span.start < quote.outer.end);
        // A title: every word of four letters or more capitalised.
        let mut long_words = ctx.tokens[open..close]
            .iter()
            .filter(|t| t.is_word() && t.span.end - t.span.start > 3)
            .peekable();
        let title = long_words.peek().is_some() && long_words.all(|t| t.is_capitalized(ctx.text));
        (ctx.tok(comma) == ","
            && comma >= from
            && comma - from <= ASIDE_WORDS
            && next_cue.is_none_or(|n| n >= open)
            && ctx.only_punct_from(close)
            && !title)
            .then_some(quote)
    }
}

/// Whether token `i`, a few words after `start` where a noun phrase opens, is the finite
/// "be" or "have" of that phrase's own clause (`the losses were hidden`, `your returns are
/// being audited`, `the deal had collapsed`): not after a preposition or "to", not in a
/// clause whose subject is a pronoun after the noun (`the people he had met`) or that a
/// conjunction joins on (`held 33 percent and Ruiz had 10`), and not after a phrase that
/// opens with a conjunction (`seen as likely rivals are`).
fn finite_be_or_have(ctx: &SentenceCtx<'_>, start: usize, i: usize) -> bool {
    let first = ctx.low(start);
    if first == "as" || english::subordinates(first) && !matches!(first, "if" | "when") {
        return false;
    }
    let word = ctx.low(i);
    let base = word
        .strip_suffix("n't")
        .or_else(|| word.strip_suffix("n’t"))
        .unwrap_or(word);
    matches!(base, "is" | "are" | "was" | "were" | "has" | "have" | "had")
        && i > start
        && !english::is_preposition(ctx.low(i - 1))
        && ctx.low(i - 1) != "to"
        && !(start + 1..i).any(|k| {
            english::is_subject_pronoun(ctx.low(k)) || matches!(ctx.low(k), "and" | "or" | "but")
        })
}
