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
            // "He didn't suggest", "Trump won't say".
            let negated = w.ends_with("n't") || w.ends_with("n’t");
            if (english::between_speaker_and_cue(w) || adverb || negated) && !ctx.quoted_at(end - 1)
            {
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
        // "The Times on Saturday wrote", "Trump Monday said": a day between the speaker and
        // the cue is no part of the speaker.
        end = skip_time_adjunct(ctx, end);
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
        // "A Quinnipiac University poll released in late August found": the participle and
        // what follows it modify the speaker.
        if let Some(participle) = participle_modifier(ctx, end)
            && let Some(found) = self.mention_ending_at(ctx, participle)
        {
            return Some(found);
        }
        self.mention_ending_at(ctx, end)
            .map(|m| self.beyond_place(ctx, m))
    }

    /// `Kevin Brady, chairman of the committee, said` → Kevin Brady; `the F.B.I. director,
    /// James B. Comey, said` → James B. Comey. `close` is the comma before the cue.
    fn appositive_speaker(&self, ctx: &SentenceCtx<'_>, close: usize) -> Option<(usize, usize)> {
        let bracket = ctx.tok(close);
        let longest = if bracket == "," { 24 } else { 30 };
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
        // An appositive is a noun phrase or a relative clause ("the director at the Center
        // for …", "who lost the primaries"); past 16 words only one that opens with a
        // determiner or "who" is, and a clause opened by a conjunction never is ("…, and
        // this is a further embarrassment …, says …").
        let first = ctx.low(open + 1);
        let noun_phrase = english::is_determiner(first) || first == "who";
        if bracket == ","
            && (close - open > 16 && !noun_phrase || english::ends_speaker(first) && first != "who")
        {
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
            // A cue word can head the mention ("The report says"), not stand inside it —
            // but for "state" before a noun ("state television", "state media").
            let adjective = lower == "state"
                && tokens
                    .get(i + 1)
                    .is_some_and(|n| !n.is_capitalized(ctx.text));
            if self.cues.contains_key(lower)
                && !t.is_capitalized(ctx.text)
                && i + 1 < end
                && !adjective
            {
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
                // "the Syrian Observatory for Human Rights", "the Centre for Policy
                // Research", "the Committee on Foreign Relations": one name.
                let joins_organization = matches!(lower, "for" | "on")
                    && start < end
                    && i > 0
                    && tokens[start].is_capitalized(ctx.text)
                    && !english::is_time_word(ctx.low(start))
                    && tokens[i - 1].is_capitalized(ctx.text);
                let joins_names = joins_names || joins_organization;
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
        // "Everything Trump says is a lie": the cue is in a clause about what is said, not
        // an attribution.
        if matches!(
            ctx.low(start),
            "everything" | "anything" | "something" | "nothing" | "what"
        ) {
            return None;
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
        // "Following initial reports": a participle opening the sentence leads an adjunct.
        let opener = ctx.low(0);
        if start == 0
            && end - start > 1
            && opener.len() > 5
            && opener.ends_with("ing")
            && !opener.contains('-')
            && !ctx.tokens[1].is_capitalized(ctx.text)
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
        while end < tokens.len() && end - from < 12 {
            let t = &tokens[end];
            // "a New York Times/CBS News poll": a slash joins two names.
            let slash = ctx.tok(end) == "/"
                && end > from
                && tokens[end - 1].is_capitalized(ctx.text)
                && tokens
                    .get(end + 1)
                    .is_some_and(|n| n.is_capitalized(ctx.text));
            if ctx.quoted_at(end) || t.kind == TokenKind::Punct && !slash {
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
            // `said of Trump`: what was said is about them; they do not say it.
            if end == from
                && (english::ends_speaker(lower) || english::is_preposition(lower))
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
        // "…," McConnell said Tuesday.": a day alone is no speaker.
        if end == from + 1 && english::is_time_word(ctx.low(from)) {
            return None;
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
        // `…, I laughed and said`, `(they want … and suggest …`: the subject of the verb
        // the cue is coordinated with, in its own clause.
        if cue > 0
            && ctx.tok(cue - 1) == "and"
            && let Some(subject) = self.subject_of_clause(ctx, cue - 1)
        {
            return Some(subject);
        }
        let mut start = 0;
        loop {
            let lower = ctx.low(start.min(cue));
            if start < cue && matches!(lower, "but" | "and" | "yet" | "still" | "so") {
                start += 1;
            } else if start + 1 < cue
                && ctx.tok(start + 1) == ","
                && (lower.ends_with("ly") || matches!(lower, "however" | "meanwhile" | "still"))
            {
                // "Recently, however, it issued …": sentence adverbs before the subject.
                start += 2;
            } else {
                break;
            }
        }
        let mut end = start;
        if start < cue && english::is_subject_pronoun(ctx.low(start)) {
            end = start + 1;
        }
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

    /// The subject of the clause that ends at the `and` of token `and`: the mention before
    /// its first verb, the clause running from the last comma, parenthesis, semicolon or
    /// dash before it (or, after `, and`, before that comma).
    fn subject_of_clause(&self, ctx: &SentenceCtx<'_>, and: usize) -> Option<(usize, usize)> {
        let boundary = |t: &str| matches!(t, "," | "(" | ";" | ":" | "—" | "–");
        let mut stop = and;
        if stop > 0 && ctx.tok(stop - 1) == "," {
            stop -= 1;
        }
        let start = (0..stop)
            .rev()
            .find(|&i| boundary(ctx.tok(i)) && !ctx.quoted_at(i))
            .map_or(0, |i| i + 1);
        // `…, who have taken to the streets and called for …`.
        if start > 0 && start < stop && ctx.low(start) == "who" {
            return Some((start, start + 1));
        }
        (start + 1..stop)
            .filter(|&i| {
                let t = &ctx.tokens[i];
                let lower = ctx.low(i);
                t.is_word()
                    && !ctx.quoted_at(i)
                    && !t.is_capitalized(ctx.text)
                    && (english::is_finite_verb(lower)
                        || english::is_subject_pronoun(ctx.low(i - 1)))
            })
            .find_map(|verb| {
                self.speaker_before(ctx, verb)
                    .filter(|&(s, e)| s >= start && e <= verb)
            })
            .filter(|&(s, e)| {
                let head = ctx.low(e - 1);
                english::is_pronoun(head) || head == "who" || ctx.tokens[s].is_capitalized(ctx.text)
            })
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

/// The token of a relative "who" between a name ending at `name_end` and the cue at `cue`
/// (`Stevie Wonder, who joked`, `Trump, who also says`).
pub(super) fn relative_who(ctx: &SentenceCtx<'_>, name_end: usize, cue: usize) -> Option<usize> {
    let mut i = name_end;
    // A day written after the name: "Bashar Assad Saturday, who said".
    while i < cue && crate::date::Weekday::from_name(ctx.low(i)).is_some() {
        i += 1;
    }
    if i + 1 >= cue || ctx.tok(i) != "," || !ctx.tok(i + 1).eq_ignore_ascii_case("who") {
        return None;
    }
    let between = (i + 2..cue).all(|k| {
        let w = ctx.low(k);
        english::between_speaker_and_cue(w) || w.ends_with("n't")
    });
    between.then_some(i + 1)
}

/// Heads of a subject that never speaks: an event or a thing ("Bombings in the capital
/// killed …", "the quake destroyed …", "the poll's numbers show …"). Its sentence is the
/// outlet's own statement.
const NEVER_SPEAK: &[&str] = &[
    "aftershock",
    "aftershocks",
    "airstrike",
    "airstrikes",
    "attack",
    "attacks",
    "blast",
    "blasts",
    "bombing",
    "bombings",
    "clashes",
    "earthquake",
    "earthquakes",
    "explosion",
    "explosions",
    "fighting",
    "fire",
    "fires",
    "flood",
    "flooding",
    "floods",
    "numbers",
    "protocol",
    "quake",
    "quakes",
    "shelling",
    "storm",
    "storms",
    "tremor",
    "tremors",
    "violence",
];

/// Whether the mention `[s, e)` is a subject that never speaks (its head is an event or a
/// thing: [`NEVER_SPEAK`]).
pub(super) fn never_speaks(ctx: &SentenceCtx<'_>, _s: usize, e: usize) -> bool {
    NEVER_SPEAK.binary_search(&ctx.low(e - 1)).is_ok()
}

/// Whether the cue at token `cue` (its words `cue_word`), after the speaker mention `[s,
/// e)`, is no verb of saying but a noun or a modifier: a bare form right after one
/// singular thing or person (`a New York Times report`, `the agency's investigative
/// report`), a word after "of" (`the help of states that`), or any cue after a thing named
/// in a phrase that opens the clause with a preposition (`In a Facebook message posted
/// Friday, Cruz said`, `In the wake of the Times report, …`).
pub(super) fn cue_is_no_verb(
    ctx: &SentenceCtx<'_>,
    (s, e): (usize, usize),
    cue: usize,
    cue_word: &str,
) -> bool {
    // `the help of states that …`, `32% of Republican claims as …`: after "of", a noun.
    if cue > 0 && ctx.low(cue - 1) == "of" || s > 0 && ctx.low(s - 1) == "of" {
        return true;
    }
    // `let editorials tell them`: a verb that makes the cue an infinitive.
    if matches!(ctx.low(s), "let" | "make" | "made" | "help" | "helped") {
        return true;
    }
    let verb = cue_word.split_whitespace().next().unwrap_or(cue_word);
    // One English verb in its bare form ("report", "hope"); phrases a desk adds ("a dit")
    // are left alone.
    let bare = !cue_word.contains(' ')
        && !verb.ends_with('s')
        && !verb.ends_with("ed")
        && !verb.ends_with("ing")
        && !matches!(
            verb,
            "said" | "told" | "wrote" | "thought" | "knew" | "felt" | "found" | "according"
        );
    let head = ctx.low(e - 1);
    // `advisers to Mr. Obama say`: a mention after a preposition inside the subject is
    // not its head.
    let inside_subject =
        s > 1 && english::is_preposition(ctx.low(s - 1)) && ctx.tokens[s - 2].is_word();
    let singular = ctx.tokens[e - 1].is_word()
        && !english::is_pronoun(head)
        && head != "who"
        && !head.ends_with('s')
        && !COLLECTIVE.contains(&head)
        && !inside_subject
        && !(s..e).any(|i| matches!(ctx.low(i), "and" | "&" | "or"))
        && survey_share(ctx, e).is_none();
    // `In the wake of the Times report, …`, `In a Facebook message posted Friday, …`: a
    // phrase opened by a preposition at the head of the clause is no subject.
    let adjunct = s > 0
        && matches!(
            ctx.low(s - 1),
            "in" | "on" | "at" | "with" | "from" | "during" | "via" | "through" | "amid"
        )
        && (s == 1 || matches!(ctx.tok(s - 2), "," | ";" | "(" | "—" | "–"))
        && (!ctx.tokens[e - 1].is_capitalized(ctx.text) || (s..e).any(|i| ctx.low(i) == "of"));
    (bare && singular && e == cue) || adjunct
}

/// Nouns singular in form that take a plural verb ("Police say", "Data show").
const COLLECTIVE: [&str; 6] = ["police", "data", "people", "media", "staff", "military"];

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

/// Steps back over a day written between a speaker and the cue (`The Times on Saturday
/// wrote`, `Trump Monday said`): the token where the speaker ends.
fn skip_time_adjunct(ctx: &SentenceCtx<'_>, end: usize) -> usize {
    let mut at = end;
    // "this month", "on Friday", "last week", "earlier this year": words of time, with the
    // preposition or determiner that leads them.
    while at > 1 && ctx.tokens[at - 1].is_word() && english::is_time_word(ctx.low(at - 1)) {
        at -= 1;
    }
    if at == end {
        return end;
    }
    if at > 1
        && matches!(
            ctx.low(at - 1),
            "on" | "late" | "early" | "just" | "earlier"
        )
    {
        at -= 1;
    }
    // Only when a speaker stands before: "Trump Monday said", not "Monday said".
    // Nor after a participle: "a report released last year found" (the participle and
    // its time belong to the speaker's modifier).
    let before = ctx.low(at.saturating_sub(1));
    if at == 0
        || !ctx.tokens[at - 1].is_word()
        || english::is_preposition(before)
        || before.ends_with("ed") && !ctx.tokens[at - 1].is_capitalized(ctx.text)
    {
        return end;
    }
    at
}

/// A past participle that opens a modifier of the speaker before the cue at `end` (`A poll
/// released in late August found`, `a report published Monday said`): its token, when
/// only a short phrase of words stands between it and the cue.
fn participle_modifier(ctx: &SentenceCtx<'_>, end: usize) -> Option<usize> {
    let from = end.saturating_sub(6);
    (from..end).rev().find(|&i| {
        let lower = ctx.low(i);
        i > 0
            && i + 1 < end
            && ctx.tokens[i].is_word()
            && !ctx.tokens[i].is_capitalized(ctx.text)
            && lower.len() > 4
            && lower.ends_with("ed")
            && (english::is_preposition(ctx.low(i + 1)) || english::is_time_word(ctx.low(i + 1)))
            && (i + 1..end).all(|k| ctx.tokens[k].is_word() && !ctx.quoted_at(k))
            && ctx.tokens[i - 1].is_word()
            && !english::is_pronoun(ctx.low(i - 1))
    })
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

#[cfg(test)]
mod tests {
    use crate::article::{Article, ArticleMeta};
    use crate::extract::{ClaimKind, Extractor};
    use crate::rules::RuleSet;

    /// (speaker as written, content) of each attributed claim of `text`.
    fn said(text: &str) -> Vec<(String, String)> {
        let rules = RuleSet::builtin().unwrap();
        let meta = ArticleMeta {
            id: Some("t".into()),
            source: Some("Wire".into()),
            ..Default::default()
        };
        let article = Article::from_text(std::path::Path::new("t.txt"), text, &meta).unwrap();
        Extractor::new(&rules)
            .claims(&article)
            .into_iter()
            .filter(|c| c.kind != ClaimKind::Assertion)
            .map(|c| (c.speaker.map(|s| s.text).unwrap_or_default(), c.content))
            .collect()
    }

    fn speakers(text: &str) -> Vec<String> {
        said(text).into_iter().map(|(s, _)| s).collect()
    }

    #[test]
    fn a_day_after_the_speaker_is_no_speaker() {
        assert_eq!(
            speakers("“The override will pass,” Senate Leader Ann Ross, R-Ky., said Tuesday."),
            ["Senate Leader Ann Ross"]
        );
        assert_eq!(
            speakers("The Herald on Saturday wrote that the mayor had lost the vote."),
            ["The Herald"]
        );
        assert_eq!(
            speakers("Acme Bank just this month announced it would drop the fees."),
            ["Acme Bank"]
        );
    }

    #[test]
    fn a_participle_phrase_modifies_the_speaker() {
        assert_eq!(
            speakers(
                "A Marist College poll released in late May found that 60 percent back the plan."
            ),
            ["A Marist College poll"]
        );
    }

    #[test]
    fn the_person_told_is_no_speaker() {
        assert_eq!(
            speakers(
                "“The story is told by the media too,” Ana Ruiz, the director at the Center for \
                 Local News and who also appears in the film, told The Daily Ledger."
            ),
            ["Ana Ruiz"]
        );
    }

    #[test]
    fn a_coordinated_cue_takes_the_subject_of_its_own_clause() {
        assert_eq!(
            speakers(
                "Once, when my aunt raised the subject at dinner, I laughed and said, “I never vote.”"
            ),
            ["I"]
        );
        assert_eq!(
            speakers(
                "Recently, however, it issued a paper backing the plan, and calling for new bases in the east."
            ),
            ["it"]
        );
    }

    #[test]
    fn who_speaks_for_the_name_before_it() {
        let found = said("The crowd cheered Ana Ruiz, who said the vote was rigged.");
        assert_eq!(
            found,
            [("who".to_string(), "the vote was rigged".to_string())]
        );
    }

    #[test]
    fn a_noun_after_a_thing_is_no_cue() {
        // "report", "hope" after a singular thing are nouns; "of" makes "claims" a noun.
        assert!(speakers("In the wake of the Daily Ledger report, the mayor resigned.").is_empty());
        assert!(speakers("The Checker rated 32% of Republican claims as false.").is_empty());
        assert!(
            speakers("In a Facebook message posted Friday, Cruz said he would vote.").eq(&["Cruz"])
        );
    }

    #[test]
    fn an_event_is_no_speaker() {
        assert!(
            speakers("Bombings in the capital killed 12 people, the ministry said.")
                .eq(&["the ministry"])
        );
        assert!(
            speakers("The quake destroyed 300 homes, state television reported.")
                .eq(&["state television"])
        );
    }

    #[test]
    fn a_pronoun_contraction_speaks_as_the_pronoun() {
        assert_eq!(
            speakers("If, as I've suggested, the plan fails, nobody will pay."),
            ["I"]
        );
    }

    #[test]
    fn a_quote_after_a_sentence_about_someone_is_theirs() {
        let found = speakers(
            "“We will win,” Pence said.\n\nOn the show, Sen. Bernie Sanders (Vt.), who lost the \
             primaries, named young voters as a reason for hope. “The younger people are sick \
             and tired of it.”",
        );
        assert_eq!(found, ["Pence", "Sen. Bernie Sanders"]);
    }

    #[test]
    fn organisations_media_and_offices_speak_whole() {
        assert_eq!(
            speakers(
                "The Syrian Observatory for Human Rights said 40 people were killed.\n\n\
                 The Syrian Centre for Policy Research said 470,000 people had died.\n\n\
                 The International Rescue Committee said the camps were full.\n\n\
                 Iran's seismological centre said the quake measured 5.9.\n\n\
                 The White House said the president would not attend.\n\n\
                 The quake killed 10 people, state television said."
            ),
            [
                "The Syrian Observatory for Human Rights",
                "The Syrian Centre for Policy Research",
                "The International Rescue Committee",
                "Iran's seismological centre",
                "The White House",
                "state television"
            ]
        );
    }

    #[test]
    fn a_clause_between_commas_is_no_appositive_and_an_outlets_reporter_speaks() {
        assert_eq!(
            speakers(
                "Many famous names in jewellery have their stores in the Place Vendome, and this \
                 is a further embarrassment to the authorities who have seen a spate of robberies \
                 in recent weeks, says the Herald's Anne Martin in Paris."
            ),
            ["the Herald's Anne Martin"]
        );
    }
}
