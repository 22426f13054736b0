//! Who speaks: the mention before a cue (names, roles, appositives, pronouns, shares of
//! those polled), the one after it (`…, said Kerry`) and the sentence's subject when
//! neither stands next to the cue.

use crate::text::{Token, TokenKind};

use super::sentence::{SentenceCtx, is_mark};
use super::{Extractor, english, numbers};

impl Extractor<'_> {
    /// The speaker mention ending right before token `cue` (adverbs and auxiliaries between
    /// are skipped): `U.S. Secretary of State John Kerry (reportedly) said`.
    pub(super) fn speaker_before(
        &self,
        ctx: &SentenceCtx<'_>,
        cue: usize,
    ) -> Option<(usize, usize)> {
        let mut end = cue;
        // Skip "also", "has", "reportedly", ", however," between speaker and cue.
        loop {
            if end == 0 {
                return None;
            }
            let w = ctx.low(end - 1);
            let adverb =
                english::is_manner_adverb(w) && !ctx.tokens[end - 1].is_capitalized(ctx.text);
            if (english::between_speaker_and_cue(w) || adverb) && !ctx.quoted_at(end - 1) {
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
        // "… Syrian President Bashar Assad Saturday, who said": the relative pronoun stands
        // for the name before its comma (a day written after the name is no part of it).
        if end >= 3 && ctx.tok(end - 1).eq_ignore_ascii_case("who") && ctx.tok(end - 2) == "," {
            let mut stop = end - 2;
            while stop > 1
                && ctx.tokens[stop - 1].is_word()
                && crate::date::Weekday::from_name(ctx.tok(stop - 1)).is_some()
            {
                stop -= 1;
            }
            // Only the name itself: "the stance of Syrian President Bashar Assad".
            return self.mention_ending_at(ctx, stop).and_then(|(s, e)| {
                let first = (s..e)
                    .rev()
                    .take_while(|&i| ctx.tokens[i].is_capitalized(ctx.text))
                    .last()?;
                Some((first, e))
            });
        }
        let end = skip_parenthesis(ctx, end);
        if end > 1 && matches!(ctx.tok(end - 1), "," | "-" | "—" | "–") {
            return self.appositive_speaker(ctx, end - 1);
        }
        self.mention_ending_at(ctx, end)
            .map(|m| self.beyond_place(ctx, m))
    }

    /// `Kevin Brady, chairman of the committee, said` → Kevin Brady; `the F.B.I. director,
    /// James B. Comey, said` → James B. Comey. `close` is the comma before the cue.
    fn appositive_speaker(&self, ctx: &SentenceCtx<'_>, close: usize) -> Option<(usize, usize)> {
        let bracket = ctx.tok(close);
        let longest = if bracket == "," { 16 } else { 30 };
        let mut open = close;
        loop {
            if open == 0 || close - open > longest {
                return None;
            }
            open -= 1;
            if bracket == "," && (ctx.quoted_at(open) || is_mark(ctx.tok(open))) {
                return None;
            }
            if ctx.tok(open) == bracket {
                break;
            }
        }
        if open + 1 >= close {
            return None;
        }
        let inner_is_name = (open + 1..close).all(|i| {
            ctx.tokens[i].is_capitalized(ctx.text)
                || (i > open + 1 && english::is_name_glue(ctx.low(i)))
        }) && close - open <= 5;
        let before = self.mention_ending_at(ctx, skip_parenthesis(ctx, open));
        // `the U.S. Geological Survey in Golden, Colo., said`: a town and its state.
        if self.is_region(ctx, open + 1, close) {
            return before.map(|m| self.beyond_place(ctx, m));
        }
        if inner_is_name {
            // A name between the commas, after a description of its bearer.
            return before.map(|_| (open + 1, close));
        }
        let (s, e) = before?;
        ctx.tokens[e - 1].is_capitalized(ctx.text).then_some((s, e))
    }

    /// The speaker mention ending right before token `end`.
    pub(super) fn mention_ending_at(
        &self,
        ctx: &SentenceCtx<'_>,
        end: usize,
    ) -> Option<(usize, usize)> {
        let tokens = ctx.tokens;
        if let Some(share) = survey_share(ctx, end).or_else(|| self.group_share(ctx, end)) {
            return Some(share);
        }
        let mut start = end;
        let mut words = 0;
        while start > 0 && words < 10 {
            let i = start - 1;
            let t = &tokens[i];
            if ctx.quoted_at(i) || t.kind == TokenKind::Punct {
                break;
            }
            let lower = ctx.low(i);
            if english::relays_quote(lower) {
                break;
            }
            // A cue word can head the mention ("The report says"), not stand inside it.
            if self.cues.contains_key(lower) && !t.is_capitalized(ctx.text) && i + 1 < end {
                break;
            }
            let after_name = i > 0 && tokens[i - 1].is_capitalized(ctx.text);
            // "ambassador to Syria Robert Ford", "an adviser to Clinton": `to` after a role.
            let role_to = lower == "to"
                && start < end
                && tokens[start].is_capitalized(ctx.text)
                && i > 0
                && english::takes_to(ctx.low(i - 1));
            if role_to {
                start = i;
                words += 1;
                continue;
            }
            if english::ends_speaker(lower)
                && (!t.is_capitalized(ctx.text) || !after_name && !english::is_pronoun(lower))
            {
                // "Kerry and Lavrov": `and` inside a run of names.
                // ... or of plural nouns: "union members and leaders".
                let plural = |t: &Token| {
                    let w = t.text(ctx.text);
                    t.is_word() && w.ends_with('s') && !w.ends_with("'s") && !w.ends_with("’s")
                };
                let joins_names = lower == "and"
                    && start < end
                    && i > 0
                    && (tokens[start].is_capitalized(ctx.text)
                        && tokens[i - 1].is_capitalized(ctx.text)
                        || plural(&tokens[start]) && plural(&tokens[i - 1]));
                if !joins_names {
                    break;
                }
            }
            start = i;
            words += 1;
        }
        // Drop leading glue ("of the …") and sentence adverbs.
        while start < end
            && english::is_name_glue(ctx.low(start))
            && !ctx.tok(start).eq_ignore_ascii_case("the")
        {
            start += 1;
        }
        if start >= end {
            return None;
        }
        // `tried to calm market fears`: words after an infinitive's `to` are its verb and
        // object, not a subject.
        if start > 0
            && ctx.low(start - 1) == "to"
            && !tokens[start].is_capitalized(ctx.text)
            && !english::is_determiner(ctx.low(start))
        {
            return None;
        }
        let head_lower = ctx.low(end - 1);
        // A pronoun stands alone: "In September she said" → she.
        if english::is_pronoun(head_lower) {
            return Some((end - 1, end));
        }
        // A possessive or a contraction is no head: "Trump's tweet", "he's saying".
        if head_lower.ends_with("'s") || head_lower.ends_with("’s") {
            return None;
        }
        let head_capital = tokens[end - 1].is_capitalized(ctx.text);
        // "Sunday", "Friday's": days are no speakers.
        if !tokens[end - 1].is_word() || english::is_time_word(head_lower) {
            return None;
        }
        // "Tuesday released a parody website": a subject and its verb, not one mention.
        if (start + 1..end).any(|i| {
            let w = ctx.tok(i);
            w.len() > 4
                && w.ends_with("ed")
                && !tokens[i].is_capitalized(ctx.text)
                && tokens[i - 1].is_capitalized(ctx.text)
        }) {
            return None;
        }
        if !head_capital
            && !english::is_pronoun(head_lower)
            && (head_lower.ends_with("ed")
                || head_lower.ends_with("ing")
                || head_lower.ends_with("ly"))
        {
            return None;
        }
        // A lone lower-case word that is not a pronoun or plural noun is too weak.
        if end - start == 1
            && !head_capital
            && !english::is_pronoun(head_lower)
            && !head_lower.ends_with('s')
            && !english::is_collective_noun(head_lower)
        {
            return None;
        }
        Some((start, end))
    }

    /// `said Kerry, …` / `according to Reuters`: the mention right after the cue.
    pub(super) fn speaker_after(
        &self,
        ctx: &SentenceCtx<'_>,
        from: usize,
    ) -> Option<(usize, usize)> {
        let tokens = ctx.tokens;
        let mut end = from;
        while end < tokens.len() && end - from < 10 {
            let t = &tokens[end];
            if ctx.quoted_at(end) || t.kind == TokenKind::Punct {
                break;
            }
            let lower = ctx.low(end);
            if end > from
                && !t.is_capitalized(ctx.text)
                && (english::ends_speaker(lower) || self.cues.contains_key(lower))
                && !english::is_name_glue(lower)
            {
                break;
            }
            if end == from
                && english::ends_speaker(lower)
                && !english::is_determiner(lower)
                && !english::is_pronoun(lower)
            {
                return None;
            }
            end += 1;
        }
        while end > from && english::is_name_glue(ctx.low(end - 1)) {
            end -= 1;
        }
        // Trailing time words: "said Kerry Sunday".
        while end > from + 1 && english::is_time_word(ctx.low(end - 1)) {
            end -= 1;
        }
        (end > from).then_some((from, end))
    }

    /// When the words before the cue are no speaker (a coordinated verb: "Kerry did not
    /// reveal … and said …"), the sentence's subject: its opening name or pronoun.
    pub(super) fn subject_fallback(
        &self,
        ctx: &SentenceCtx<'_>,
        cue: usize,
    ) -> Option<(usize, usize)> {
        let tokens = ctx.tokens;
        let mut start = 0;
        while start < cue && matches!(ctx.low(start), "but" | "and" | "yet" | "still" | "so") {
            start += 1;
        }
        let mut end = start;
        while end < cue
            && tokens[end].is_word()
            && !ctx.quoted_at(end)
            && (tokens[end].is_capitalized(ctx.text)
                || (end > start && english::is_name_glue(ctx.low(end))))
        {
            end += 1;
        }
        if end == start {
            return None;
        }
        let first = ctx.low(start);
        let single_pronoun = end - start == 1 && english::is_pronoun(first);
        // A capitalised run followed by a comma or a verb-like lower-case word.
        let next = if end < tokens.len() { ctx.tok(end) } else { "" };
        let looks_like_subject = single_pronoun
            || (next == "," || next.chars().next().is_some_and(char::is_lowercase))
                && !english::is_determiner(first)
                && !english::ends_speaker(first);
        // The words between the subject and the cue must not hold another cue or quote.
        let clean = (end..cue).all(|i| !ctx.quoted_at(i));
        // `…, saying …` with no claim before it in the sentence: the subject speaks.
        let participle =
            ctx.tok(cue - 1) == "," && english::is_participle(ctx.low(cue)) && !single_pronoun;
        // `… continued to say`, `… by saying`: the subject of the verb before speaks.
        let coordinated = matches!(ctx.low(cue - 1), "and" | "to" | "by") || participle;
        if looks_like_subject && clean && (coordinated || next == ",") {
            return Some((start, end));
        }
        if coordinated {
            self.subject_of_first_verb(ctx, cue)
        } else {
            None
        }
    }

    /// The mention before the sentence's first finite verb ("The New York businessman
    /// has praised Putin, saying …" → The New York businessman).
    fn subject_of_first_verb(&self, ctx: &SentenceCtx<'_>, cue: usize) -> Option<(usize, usize)> {
        let verb = (1..cue).find(|&i| {
            let t = &ctx.tokens[i];
            !ctx.quoted_at(i)
                && t.is_word()
                && !t.is_capitalized(ctx.text)
                && english::is_finite_verb(ctx.low(i))
        })?;
        let (s, e) = self.mention_ending_at(ctx, verb)?;
        let head = &ctx.tokens[e - 1];
        let lower = ctx.low(e - 1);
        (head.is_capitalized(ctx.text) || english::is_pronoun(lower) || e - s > 1).then_some((s, e))
    }

    /// Whether the words from token `i` to the next punctuation only modify the mention
    /// before them (`to Bill Clinton`, `who spoke on condition of anonymity`).
    pub(super) fn modifier_follows(&self, ctx: &SentenceCtx<'_>, i: usize) -> bool {
        let first = ctx.low(i);
        if !(english::is_preposition(first) || matches!(first, "who" | "whose")) {
            return false;
        }
        let mut j = i;
        while j < ctx.tokens.len() && ctx.tokens[j].is_word() && !ctx.quoted_at(j) {
            let lower = ctx.low(j);
            if j > i && (english::is_complementizer(lower) || self.cues.contains_key(lower)) {
                return false;
            }
            j += 1;
            if j - i > 14 {
                return false;
            }
        }
        true
    }
}

/// A share of those polled as the speaker: `47% say`, `Six in 10 say`, `About 4 in 10
/// said`.
fn survey_share(ctx: &SentenceCtx<'_>, end: usize) -> Option<(usize, usize)> {
    let is_number =
        |i: usize| ctx.tokens[i].kind == TokenKind::Number || numbers::is_number_word(ctx.low(i));
    let mut start = if end >= 2 && ctx.tok(end - 1) == "%" && is_number(end - 2) {
        end - 2
    } else if end >= 3
        && ctx.tokens[end - 1].kind == TokenKind::Number
        && ctx.tok(end - 2) == "in"
        && is_number(end - 3)
    {
        end - 3
    } else {
        return None;
    };
    if start > 0
        && matches!(
            ctx.low(start - 1),
            "about" | "nearly" | "almost" | "some" | "only" | "just" | "roughly"
        )
    {
        start -= 1;
    }
    Some((start, end))
}

/// Steps back over a parenthesis that ends right before token `end`: `Sen. Jack Reed
/// (D-R.I.), said`, `Kasich (who has 25 delegates) said`.
fn skip_parenthesis(ctx: &SentenceCtx<'_>, end: usize) -> usize {
    if end == 0 || ctx.tok(end - 1) != ")" {
        return end;
    }
    let mut i = end - 1;
    while i > 0 && end - i <= 14 {
        i -= 1;
        if ctx.tok(i) == "(" {
            return i;
        }
    }
    end
}
