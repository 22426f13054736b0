//! The sentence's subject as the speaker, when no mention stands next to the cue: the
//! subject of a coordinated verb, of the clause's first verb, or a relative "who".

use super::sentence::SentenceCtx;
use super::{Extractor, english, trailing_participle};
use crate::words::{ends_in_possessive, without_possessive};

impl Extractor<'_> {
    /// When the words before the cue are no speaker (a coordinated verb: "Kerry did not
    /// reveal … and said …"), the sentence's subject: its opening name or pronoun.
    pub(super) fn subject_fallback(
        &self,
        ctx: &SentenceCtx<'_>,
        cue: usize,
    ) -> Option<(usize, usize)> {
        self.subject_of_sentence(ctx, cue, true)
            .or_else(|| self.subject_of_sentence(ctx, cue, false))
    }

    /// [`Extractor::subject_fallback`], stepping over an opening adverbial (`Hours later,
    /// …`) when `past_adverbial`.
    fn subject_of_sentence(
        &self,
        ctx: &SentenceCtx<'_>,
        cue: usize,
        past_adverbial: bool,
    ) -> Option<(usize, usize)> {
        let tokens = ctx.tokens;
        // `…, I laughed and said`, `(they want … and suggest …`, `She cut her debt, but
        // said …`, `The judge paused, and then said …`: the subject of the verb the cue is
        // coordinated with, in its own clause.
        let link = if cue > 1 && english::is_verb_adverb(ctx.low(cue - 1)) {
            cue - 2
        } else {
            cue.saturating_sub(1)
        };
        if cue > 0
            && (ctx.tok(link) == "and"
                || ctx.tok(link) == "but" && link > 0 && ctx.tok(link - 1) == ",")
            && let Some(subject) = self.subject_of_clause(ctx, link)
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
            } else if let Some(after) = past_adverbial
                .then(|| past_opening_adverbial(ctx, start, cue))
                .flatten()
            {
                // "Hours later, Ruiz posted a video, saying …": the subject follows the
                // adverbial that opens the sentence.
                start = after;
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
        // "Mr. Trump's new lawyer …, Rudolph Giuliani, met … and said": a name with a
        // possessive only opens the subject, whose head comes later; the speaker is the
        // mention before the subject's verb, never the possessor.
        // Only a cue coordinated with the subject's verb ("… and said", "…, saying") is
        // the subject's: in "Mr. Trump's praise for the leader rankled critics, who …
        // pointed out" the cue is another clause's.
        if end > start && names_a_holder(ctx.tok(end - 1)) {
            // "Clinton's allies accused …": the whole subject stands right before the cue.
            if let Some((s, e)) = self.mention_ending_at(ctx, cue)
                && s == start
                && e > end
                && !ends_in_possessive(ctx.tok(e - 1))
            {
                return Some((s, e));
            }
            let coordinated = matches!(ctx.low(cue - 1), "and" | "to" | "by")
                || ctx.tok(cue - 1) == "," && english::is_participle(ctx.low(cue));
            if !coordinated {
                return None;
            }
            return self
                .subject_of_first_verb_from(ctx, start, cue)
                .filter(|&(s, e)| s == start && !ends_in_possessive(ctx.tok(e - 1)))
                .or_else(|| self.apposed_before_verb(ctx, end, cue));
        }
        if end == start {
            // "Amid the calls …, the union's leader kept the list, saying …": after an
            // opening adverbial, a participle's subject is the mention before the first verb
            // of the clause.
            if start == 0 || cue <= start || !past_adverbial {
                return None;
            }
            // "…, today Mayor Ruiz took to the radio to call …": after "to", "and" or "by", a
            // named subject only ("the questions sparked by it will take long to answer"
            // names nobody who answers).
            let participle = ctx.tok(cue - 1) == "," && english::is_participle(ctx.low(cue))
                || trailing_participle::comma_before(ctx, cue).is_some();
            let linked = matches!(ctx.low(cue - 1), "and" | "to" | "by");
            return if participle {
                self.subject_of_first_verb_from(ctx, start, cue)
            } else if linked {
                self.subject_of_first_verb_from(ctx, start, cue)
                    .filter(|&(_, e)| {
                        ctx.tokens[e - 1].is_capitalized(ctx.text)
                            || english::is_pronoun(ctx.low(e - 1))
                    })
            } else {
                None
            };
        }
        // "Chastened by the analyses, Trump revised …", "Asked to describe …": a past
        // participle opening the sentence leads an adjunct; it names nobody.
        if opens_participle_phrase(ctx, start, end) {
            return if matches!(ctx.low(cue - 1), "and" | "to" | "by") || ctx.tok(cue - 1) == "," {
                self.subject_of_first_verb(ctx, cue)
            } else {
                None
            };
        }
        // "Well, if you read it closely, …", "Indeed, …": one ordinary word opening the
        // sentence is no subject.
        if end - start == 1 && !english::is_pronoun(ctx.low(start)) && not_a_name(ctx, start) {
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
        let participle = ctx.tok(cue - 1) == "," && english::is_participle(ctx.low(cue))
            || trailing_participle::comma_before(ctx, cue).is_some();
        // `… continued to say`, `… by saying`: the subject of the verb before speaks.
        let coordinated = matches!(ctx.low(cue - 1), "and" | "to" | "by") || participle;
        if looks_like_subject && clean && (coordinated || next == ",") {
            // "Democratic presidential candidate Ann Ross on Friday criticized the plan,
            // saying …": a capitalised word before a lower-case noun only modifies the
            // subject, which runs on to the first verb (not "Ross used a televised
            // address to reveal …", a verb and its object).
            if !single_pronoun
                && next.chars().next().is_some_and(char::is_lowercase)
                && !english::is_finite_verb(&next.to_lowercase())
                && let Some(verb) = (start + 1..cue).find(|&i| {
                    !ctx.quoted_at(i)
                        && ctx.tokens[i].is_word()
                        && !ctx.tokens[i].is_capitalized(ctx.text)
                        && english::is_finite_verb(ctx.low(i))
                })
                && let Some((s, e)) = self.mention_ending_at(ctx, trim_adverbs(ctx, end, verb))
                && s == start
                && e > end
                && !(end..e).any(|i| {
                    let lower = ctx.low(i);
                    english::is_determiner(lower)
                        || lower.ends_with("ed")
                        || english::is_pronoun(lower)
                        || english::is_auxiliary(lower)
                        || english::is_sentence_adverb(lower)
                        || lower.ends_with("n't")
                        || lower.ends_with("n’t")
                        || matches!(lower, "all" | "but" | "and" | "or" | "both" | "each")
                })
            {
                return Some((s, e));
            }
            return Some((start, end));
        }
        if coordinated {
            self.subject_of_first_verb_from(ctx, start, cue)
        } else {
            None
        }
    }

    /// The name set off by commas right before the first verb after token `from` ("…, Rudolph
    /// Giuliani, met …"): the subject's name when its head is a description.
    fn apposed_before_verb(
        &self,
        ctx: &SentenceCtx<'_>,
        from: usize,
        cue: usize,
    ) -> Option<(usize, usize)> {
        let verb = first_verb(ctx, from, cue)?;
        if ctx.tok(verb - 1) != "," {
            return None;
        }
        let (s, e) = self
            .mention_ending_at(ctx, verb - 1)
            .filter(|&(s, _)| s > from && ctx.tok(s - 1) == ",")?;
        ctx.tokens[e - 1].is_capitalized(ctx.text).then_some((s, e))
    }

    /// The subject of the clause that ends at the `and` of token `and`: the mention before
    /// its first verb, the clause running from the last comma, parenthesis, semicolon or
    /// dash before it (or, after `, and`, before that comma).
    fn subject_of_clause(&self, ctx: &SentenceCtx<'_>, and: usize) -> Option<(usize, usize)> {
        self.subject_of_own_clause(ctx, and, false)
    }

    /// The subject of the clause a cue after `and`, `to` or `by` (token `link`) belongs
    /// to, when that clause is not the sentence's first: after a comma (`…, who opened her
    /// remarks by praising …`, `…, so she won't be able to brag …`) or a subordinating
    /// conjunction (`… after he appeared to suggest …`). `None` when the clause is the
    /// sentence's main one, whose subject [`Extractor::subject_fallback`] reads.
    pub(super) fn subject_of_inner_clause(
        &self,
        ctx: &SentenceCtx<'_>,
        link: usize,
    ) -> Option<(usize, usize)> {
        // `forced Hale, who was under oath, to admit …`: after a closed aside the
        // cue belongs to the clause before the aside.
        if !matches!(ctx.low(link), "and" | "to" | "by")
            || ctx.quoted_at(link)
            || link == 0
            || ctx.tok(link - 1) == ","
        {
            return None;
        }
        // The clause must name its subject first: in `…, said he makes $41,000 and
        // questioned …` the clause has none of its own and "he" is inside what was said.
        self.subject_of_own_clause(ctx, link, true)
            .filter(|&(s, _)| clause_opening(ctx, s))
    }

    /// [`Extractor::subject_of_clause`]; with `inner`, a subordinating conjunction bounds
    /// the clause too, and the clause must open after the sentence's start.
    fn subject_of_own_clause(
        &self,
        ctx: &SentenceCtx<'_>,
        and: usize,
        inner: bool,
    ) -> Option<(usize, usize)> {
        let boundary = |i: usize| {
            matches!(ctx.tok(i), "," | "(" | ";" | ":" | "—" | "–")
                // `… after he appeared to suggest …`; after `and` a subordinate clause may
                // end before the second verb (`… after he won and said …`).
                || inner
                    && ctx.low(and) != "and"
                    && english::subordinates(ctx.low(i))
                    && ctx.low(i) != "as"
        };
        let mut stop = and;
        if stop > 0 && ctx.tok(stop - 1) == "," {
            stop -= 1;
        }
        let start = (0..stop)
            .rev()
            .find(|&i| boundary(i) && !ctx.quoted_at(i))
            .map_or(0, |i| i + 1);
        if inner && start == 0 {
            return None;
        }
        // `…, so he won't …`, `…, but she …`: a conjunction opens the clause.
        let start = if inner && matches!(ctx.low(start), "so" | "but" | "and" | "yet") {
            start + 1
        } else {
            start
        };
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
                // `… after the governor spoke at a forum to discuss …`: a title names a person.
                english::is_pronoun(head)
                    || head == "who"
                    || ctx.tokens[s].is_capitalized(ctx.text)
                    || inner && e - s == 2 && ctx.low(s) == "the" && self.rules.is_title(head)
            })
    }

    /// The mention before the sentence's first finite verb ("The Dallas businessman
    /// has praised Lopez, saying …" → The Dallas businessman).
    fn subject_of_first_verb(&self, ctx: &SentenceCtx<'_>, cue: usize) -> Option<(usize, usize)> {
        self.subject_of_first_verb_from(ctx, 0, cue)
    }

    /// [`Extractor::subject_of_first_verb`] in the words from token `from` on.
    pub(super) fn subject_of_first_verb_from(
        &self,
        ctx: &SentenceCtx<'_>,
        from: usize,
        cue: usize,
    ) -> Option<(usize, usize)> {
        let verb = first_verb(ctx, from, cue)?;
        let (s, e) = self
            .mention_ending_at(ctx, verb)
            .filter(|&(s, _)| s >= from)?;
        let head = &ctx.tokens[e - 1];
        let lower = ctx.low(e - 1);
        (head.is_capitalized(ctx.text) || english::is_pronoun(lower) || e - s > 1).then_some((s, e))
    }

    /// Whether the words from token `i` to the next punctuation only modify the mention
    /// before them (`to Bill Clinton`, `who spoke on condition of anonymity`, `who declined
    /// to be named`): no "that" and no verb of saying of their own in them.
    pub(super) fn modifier_follows(&self, ctx: &SentenceCtx<'_>, i: usize) -> bool {
        let first = ctx.low(i);
        if !(english::is_preposition(first) || matches!(first, "who" | "whose")) {
            return false;
        }
        let mut j = i;
        while j < ctx.tokens.len() && ctx.tokens[j].is_word() && !ctx.quoted_at(j) {
            let lower = ctx.low(j);
            if j > i && (english::is_complementizer(lower) || self.cues.is_speech_verb(lower)) {
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

/// The end of the mention `[.., e)` without the adverbs, negations and auxiliaries closing
/// it (`Ross quickly`, `Ross never`, `Ross doesn't`), keeping at least the words before
/// `keep`.
fn trim_adverbs(ctx: &SentenceCtx<'_>, keep: usize, mut e: usize) -> usize {
    while e > keep && {
        let lower = ctx.low(e - 1);
        english::is_sentence_adverb(lower)
            || english::is_auxiliary(lower)
            || matches!(lower, "never" | "not")
            || lower.ends_with("n't")
            || lower.ends_with("n’t")
    } {
        e -= 1;
    }
    e
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

/// Whether a word is a relative pronoun that can be the subject of its clause, as written
/// ("who", "which", "that", or "who" contracted: "who's", "who’d").
pub(super) fn is_relative_subject(lower: &str) -> bool {
    matches!(lower, "who" | "which" | "that")
        || ["who'", "who’"]
            .iter()
            .any(|p| lower.starts_with(p) && lower.len() <= p.len() + 2)
}

/// Most words between a relative pronoun and the cue it is the subject of.
const LONGEST_RELATIVE_GAP: usize = 5;

impl Extractor<'_> {
    /// The subject an infinitive cue at token `cue` is given with "for" (`… for a judge to
    /// weigh in`, `… for news accounts to portray …`).
    pub(super) fn for_subject(&self, ctx: &SentenceCtx<'_>, cue: usize) -> Option<(usize, usize)> {
        if cue < 3 || ctx.low(cue - 1) != "to" {
            return None;
        }
        let (s, e) = self.mention_ending_at(ctx, cue - 1)?;
        (s > 0 && ctx.low(s - 1) == "for").then_some((s, e))
    }

    /// The token of a relative pronoun that is the subject of the cue at token `cue`
    /// (`Democrats, who haven't seen …`, `the agency, which first reported …`, `a group
    /// that intends to …`, `Ross, who on Tuesday endorsed …`): "who", "which" or "that"
    /// right after a noun that names no document (or its comma or parenthesis), with only adverbs, auxiliaries,
    /// negations and a day between it and the cue.
    pub(super) fn relative_subject(&self, ctx: &SentenceCtx<'_>, cue: usize) -> Option<usize> {
        let mut i = cue;
        while i > 0 && cue - i <= LONGEST_RELATIVE_GAP {
            let w = ctx.low(i - 1);
            let t = &ctx.tokens[i - 1];
            let time = english::is_time_word(w)
                || matches!(w, "on" | "in" | "last" | "this")
                    && i < cue
                    && english::is_time_word(ctx.low(i));
            let skip = t.is_word()
                && !ctx.quoted_at(i - 1)
                && (!t.is_capitalized(ctx.text) || english::is_time_word(w))
                && (english::between_speaker_and_cue(w)
                    || english::is_auxiliary(w)
                    || english::is_manner_adverb(w)
                    || english::is_linking_adverb(w)
                    || time
                    || matches!(w, "not" | "never" | "been" | "long")
                    || w.ends_with("n't")
                    || w.ends_with("n’t")
                    || w.len() > 4 && w.ends_with("ly"));
            if !skip {
                break;
            }
            i -= 1;
        }
        let r = i.checked_sub(1)?;
        if r == 0 || ctx.quoted_at(r) || !is_relative_subject(ctx.low(r)) {
            return None;
        }
        // What stands before: a noun (`a group that`), or a comma or a parenthesis closing
        // one (`Reed, the group's strategist, who`); never a verb (`said that`), a
        // preposition or a determiner.
        let before = if matches!(ctx.tok(r - 1), "," | ")") {
            r - 1
        } else {
            r
        };
        let prev = before.checked_sub(1)?;
        let word = ctx.low(prev);
        // `He released a letter that says …`: a document's "that" or "which" leaves the
        // cue to whoever wrote it; `a note from her lawyer Monday that says …`: after a day the relative belongs
        // to a noun further back.
        if self.cues.is_document(word) || english::is_time_word(word) {
            return None;
        }
        let noun = ctx.tokens[prev].is_word()
            && !ctx.quoted_at(prev)
            && !english::ends_speaker(word)
            && !english::is_preposition(word)
            && !english::is_determiner(word)
            && !english::is_finite_verb(word)
            && !english::is_auxiliary(word)
            && !self.cues.contains_key(word)
            || ctx.tok(prev) == ")";
        noun.then_some(r)
    }
}

/// Whether the capitalised run `[s, e)` is one past participle opening its sentence before a
/// preposition or an infinitive (`Chastened by the analyses, …`, `Asked to describe …`,
/// `Pressed on the point, …`), or one that works as a preposition (`Given that shift, …`,
/// `Granted the delay, …`): an adjunct, no name.
fn opens_participle_phrase(ctx: &SentenceCtx<'_>, s: usize, e: usize) -> bool {
    let word = ctx.low(s);
    s == 0
        && e == 1
        && e < ctx.tokens.len()
        && (word.len() > 4 && word.ends_with("ed") && english::is_preposition(ctx.low(e))
            || matches!(word, "given" | "granted" | "provided"))
}

/// Most words of an adverbial that opens with a preposition, before its comma.
const LONGEST_PREPOSITIONAL: usize = 24;

/// When the sentence opens at token `start` with an adverbial rather than a subject
/// (`Hours later, …`, `Back in May, …`, `Shortly before the vote, …`, `Earlier, …`) or a
/// dateline (`PARIS — …`), the token after the comma or dash that closes it, before the
/// cue at `cue`.
fn past_opening_adverbial(ctx: &SentenceCtx<'_>, start: usize, cue: usize) -> Option<usize> {
    if start >= cue || !ctx.tokens[start].is_capitalized(ctx.text) || ctx.quoted_at(start) {
        return None;
    }
    let closes = |i: usize| !ctx.quoted_at(i) && matches!(ctx.tok(i), "," | "—" | "–");
    // `PARIS — …`, `DENVER (AP) — …`: a place in capitals before a dash.
    let word = ctx.tok(start);
    let dateline = word.len() > 1 && word.chars().all(|c| !c.is_lowercase());
    if dateline {
        let dash = (start + 1..cue).find(|&i| matches!(ctx.tok(i), "—" | "–"))?;
        // `WASHINGTON, Dec. 8 (UPI) —`: a date may follow the place.
        let between = (start + 1..dash).all(|i| {
            ctx.tokens[i].is_word() && ctx.tok(i).chars().all(|c| !c.is_lowercase())
                || crate::date::month_from_name(ctx.tok(i)).is_some()
                || ctx.tok(i).chars().all(|c| c.is_ascii_digit())
                || matches!(ctx.tok(i), "(" | ")" | "," | ".")
        });
        return (between && dash + 1 < cue).then_some(dash + 1);
    }
    if !not_a_name(ctx, start) {
        return None;
    }
    let mut close = (start + 1..cue).find(|&i| closes(i))?;
    // Only a short adverbial: "Shortly before the vote on the budget," not a clause; a
    // phrase that opens with a preposition is one however long it runs ("Amid calls from
    // some members to publish the names of those who voted against the bill, …").
    let longest = if english::opens_adverbial(ctx.low(start)) {
        LONGEST_PREPOSITIONAL
    } else {
        8
    };
    if close - start > longest {
        return None;
    }
    // `At a rally in Ames, Iowa, on Sunday, …`: the state after a town and a time after
    // the place belong to the adverbial.
    while let Some(next) = (close + 1..cue).find(|&i| closes(i)) {
        let piece = close + 1..next;
        let region = ctx.tokens[close - 1].is_capitalized(ctx.text)
            && piece.len() <= 2
            && piece
                .clone()
                .all(|i| ctx.tokens[i].is_capitalized(ctx.text));
        let time = piece.len() <= 4
            && (english::is_time_word(ctx.low(close + 1)) || ctx.low(close + 1) == "on")
            && piece.clone().any(|i| english::is_time_word(ctx.low(i)));
        if !(region || time) {
            break;
        }
        close = next;
    }
    (close + 1 < cue).then_some(close + 1)
}

/// Whether the capitalised word at token `i`, opening its sentence, is an ordinary word
/// rather than a name: a sentence adverb, a preposition, a word of time, a subordinating
/// conjunction, or a word in -ly, -ing or -ed (`Shortly`, `Arriving`, `Asked`).
fn not_a_name(ctx: &SentenceCtx<'_>, i: usize) -> bool {
    let lower = ctx.low(i);
    english::is_sentence_adverb(lower)
        || english::opens_adverbial(lower)
        || english::is_time_word(lower)
        || english::subordinates(lower)
        || matches!(
            lower,
            "hours" | "days" | "weeks" | "months" | "years" | "minutes" | "moments" | "back"
                | "well" | "again" | "absent" | "earlier"
        )
        // "Arriving at the scene, …", not "Manning, a former analyst, …".
        || lower.len() > 4
            && (lower.ends_with("ing") || lower.ends_with("ed"))
            && ctx.tokens.get(i + 1).is_some_and(|t| {
                t.is_word() && !t.is_capitalized(ctx.text)
            })
}

/// Whether token `s` opens its clause: the sentence's first token, or one right after a
/// comma, a bracket, a dash, a subordinating conjunction or a conjunction that follows one
/// of those (`…, so he …`).
fn clause_opening(ctx: &SentenceCtx<'_>, s: usize) -> bool {
    let mut before = s;
    if before > 0 && matches!(ctx.low(before - 1), "so" | "but" | "and" | "yet") {
        before -= 1;
    }
    before == 0
        || matches!(ctx.tok(before - 1), "," | "(" | ";" | ":" | "—" | "–")
        || english::subordinates(ctx.low(before - 1))
}

/// The first verb after token `from` and before the cue at `cue`: a finite verb in small
/// letters outside quotations, or a present tense in -s right before the "to" that links
/// the cue (`The nominee continues to insist …`).
fn first_verb(ctx: &SentenceCtx<'_>, from: usize, cue: usize) -> Option<usize> {
    let present_before_to = |i: usize| {
        i + 2 == cue && ctx.low(i + 1) == "to" && ctx.low(i).len() > 3 && ctx.low(i).ends_with('s')
    };
    // `The retired neurosurgeon addressed …`: a word right after an article describes the
    // noun it goes with; it is no verb.
    (from + 1..cue).find(|&i| {
        let t = &ctx.tokens[i];
        !ctx.quoted_at(i)
            && t.is_word()
            && !t.is_capitalized(ctx.text)
            && !matches!(ctx.low(i - 1), "the" | "a" | "an")
            && (english::is_finite_verb(ctx.low(i)) || present_before_to(i))
    })
}

/// True when `word` is a name with a possessive ("Trump's", "Israel’s"), not a pronoun or
/// a "that", "what", "there" with "is" run on ("It's", "That's", "There's").
fn names_a_holder(word: &str) -> bool {
    let bare = without_possessive(word).to_lowercase();
    ends_in_possessive(word)
        && !english::is_pronoun(&bare)
        && !matches!(
            bare.as_str(),
            "that" | "what" | "there" | "here" | "who" | "where" | "let" | "this"
        )
}
