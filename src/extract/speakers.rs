//! Who speaks: the mention before a cue (names, roles, appositives, pronouns, shares of
//! those polled) and the one after it (`…, said Kerry`).

use crate::text::{Token, TokenKind};

use super::sentence::{SentenceCtx, is_mark};
use super::{Extractor, contact_clause, english, numbers};

impl Extractor<'_> {
    /// The speaker mention ending right before token `cue` (adverbs and auxiliaries between
    /// are skipped): `U.S. Secretary of State John Kerry (reportedly) said`. Read once per
    /// token and sentence: the answer depends on nothing else.
    pub(super) fn speaker_before(
        &self,
        ctx: &SentenceCtx<'_>,
        cue: usize,
    ) -> Option<(usize, usize)> {
        if let Some(found) = ctx.speakers.get(cue) {
            return found;
        }
        let found = self.read_speaker_before(ctx, cue);
        ctx.speakers.put(cue, found);
        found
    }

    /// [`Extractor::speaker_before`] read from the tokens; when none stands right before
    /// the cue, the subject that opens the sentence before an adjunct set off by commas
    /// (`The mayor, in a letter to the council, said`), not a name inside a clause before
    /// it (`Moreno, who was to fly to Tulsa, Oklahoma, on Thursday, said`).
    fn read_speaker_before(&self, ctx: &SentenceCtx<'_>, cue: usize) -> Option<(usize, usize)> {
        self.speaker_ending_before(ctx, cue, false).or_else(|| {
            self.speaker_ending_before(ctx, cue, true)
                .filter(|&(s, _)| opens_sentence(ctx, s))
        })
    }

    /// The speaker before the cue at token `cue`, stepping back over what may stand between
    /// the two; over an adjunct between commas too when `over_adjunct` (and only if there
    /// is one).
    fn speaker_ending_before(
        &self,
        ctx: &SentenceCtx<'_>,
        cue: usize,
        over_adjunct: bool,
    ) -> Option<(usize, usize)> {
        let mut end = cue;
        let mut adjunct = false;
        // Skip "also", "has", "reportedly", ", however,", ", for example," between speaker
        // and cue.
        loop {
            if end == 0 {
                return None;
            }
            let w = ctx.low(end - 1);
            let adverb =
                english::is_manner_adverb(w) && !ctx.tokens[end - 1].is_capitalized(ctx.text);
            // "He didn't suggest", "Trump won't say".
            let negated = w.ends_with("n't") || w.ends_with("n’t");
            // "Ruiz has nevertheless said", "Lee instead wrote"; but "A second said", "the
            // third told": an ordinal after an article is the one who speaks.
            let counted = matches!(w, "first" | "second" | "third")
                && end >= 2
                && matches!(ctx.low(end - 2), "a" | "an" | "the");
            let linking = english::is_linking_adverb(w)
                && !counted
                && !ctx.tokens[end - 1].is_capitalized(ctx.text);
            // "Mrs. May said", "in May said": a capitalised "May" inside the sentence is a
            // name or a month, not the verb.
            let name_may = w == "may" && ctx.tokens[end - 1].is_capitalized(ctx.text) && end > 1;
            if (english::between_speaker_and_cue(w) || adverb || negated || linking)
                && !name_may
                && !ctx.quoted_at(end - 1)
            {
                end -= 1;
            } else if w == ","
                && let Some(open) = aside_before(ctx, end - 1)
            {
                // `Ana Ruiz, however, said`, `The chairman, for example, said`.
                end = open;
            } else if over_adjunct
                && w == ","
                && let Some(open) = including_before(ctx, end - 1)
            {
                // `Farmers at the fair, including Mr. Hale, said`: the group speaks, the
                // members named in its aside with it.
                end = open;
                adjunct = true;
            } else if over_adjunct
                && w == ","
                && let Some(open) = self.adjunct_before(ctx, end - 1)
            {
                end = open;
                adjunct = true;
            } else {
                break;
            }
        }
        if over_adjunct && !adjunct {
            return None;
        }
        // `Sen. Tom Hale, R-Ohio, appearing on Fox News, said`: an appositive closed by the
        // adjunct's comma stands between the speaker and the adjunct.
        if adjunct
            && ctx.tok(end) == ","
            && let Some(found) = self.appositive_speaker(ctx, end)
        {
            return Some(found);
        }
        // "The Times on Saturday wrote", "Trump Monday said": a day between the speaker and
        // the cue is no part of the speaker.
        end = skip_time_adjunct(ctx, end);
        // `the people we spoke to said`: the noun before the clause speaks.
        if let Some(pronoun) = contact_clause::pronoun_before(ctx, end) {
            return self.mention_ending_at(ctx, pronoun);
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
            // Only the name itself: "the stance of Syrian President Bashar Assad"; but a
            // state or body after "of" keeps the name before it: "Sen. Tim Kaine of
            // Virginia, who said".
            return self.mention_ending_at(ctx, stop).and_then(|(s, e)| {
                let capitalized_from = |end: usize| {
                    (s..end)
                        .rev()
                        .take_while(|&i| ctx.tokens[i].is_capitalized(ctx.text))
                        .last()
                };
                // `The mayor, who said`, `the committee, who said`: a role or a body
                // names someone as a name does.
                let head = ctx.low(e - 1);
                if !ctx.tokens[e - 1].is_capitalized(ctx.text)
                    && (self.rules.is_title(head) || self.cues.is_body(head))
                {
                    return Some((s, e));
                }
                let mut first = capitalized_from(e)?;
                if first >= s + 2
                    && ctx.low(first - 1) == "of"
                    && let Some(before) = capitalized_from(first - 1)
                    && first - 1 - before >= 2
                {
                    first = before;
                }
                Some((first, e))
            });
        }
        let end = skip_parenthesis(ctx, end);
        if end > 1 && matches!(ctx.tok(end - 1), "," | "-" | "—" | "–") {
            return self.appositive_speaker(ctx, end - 1);
        }
        // "Some voters who have heard him speak said": a relative clause, with no commas,
        // after the speaker; the noun before its "who" speaks.
        if let Some(who) = relative_clause_before(ctx, end) {
            // `those who voted for him say`: "those" is the group that speaks.
            if ctx.low(who - 1) == "those" {
                return Some((who - 1, who));
            }
            return self.mention_ending_at(ctx, who);
        }
        // "A Marist College poll released in early May found": the participle and
        // what follows it modify the speaker.
        if let Some(participle) = participle_modifier(ctx, end)
            && let Some(found) = self.mention_ending_at(ctx, participle)
        {
            return Some(found);
        }
        // `Many speakers at the rally said`: the people at the event speak, not the event.
        if let Some(subject) = self.subject_before_modifier(ctx, end) {
            return Some(subject);
        }
        let found = self
            .mention_ending_at(ctx, end)
            .map(|m| self.beyond_place(ctx, m))?;
        // `the National Weather Service in Norman, Okla. said`: a state written after a town
        // is where the speaker is; with no town before it, it is nobody.
        let found = self.beyond_region(ctx, found)?;
        // "Fans marching across the square chanted": the mention after a participle
        // and its preposition is where they went, the subject stands before the participle.
        let (s, _) = found;
        if s >= 3
            && (english::is_preposition(ctx.low(s - 1))
                || matches!(
                    ctx.low(s - 1),
                    "through"
                        | "across"
                        | "along"
                        | "around"
                        | "past"
                        | "near"
                        | "toward"
                        | "towards"
                        | "outside"
                        | "inside"
                        | "onto"
                        | "down"
                        | "up"
                ))
            && english::is_participle(ctx.low(s - 2))
            && !ctx.tokens[s - 2].is_capitalized(ctx.text)
            && !ctx.quoted_at(s - 2)
        {
            return self.mention_ending_at(ctx, s - 2);
        }
        Some(found)
    }

    /// `Kevin Brady, chairman of the committee, said` → Kevin Brady; `the C.I.A. director,
    /// Laura M. Keane, said` → Laura M. Keane. `close` is the comma before the cue.
    fn appositive_speaker(&self, ctx: &SentenceCtx<'_>, close: usize) -> Option<(usize, usize)> {
        let bracket = ctx.tok(close);
        // `The judge -- who … -- said`: a dash typed as two hyphens is two tokens; the
        // appositive lies between the two pairs.
        let double = |i: usize| bracket == "-" && i > 0 && ctx.tok(i - 1) == "-";
        let doubled = double(close);
        let close = if doubled { close - 1 } else { close };
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
        if open + 1 >= close || doubled && !double(open) {
            return None;
        }
        // `Ana Ruiz, during a stop in Dover, Delaware, said`: the comma before a town's
        // state is inside the phrase; the phrase opens at the comma before the town.
        let open = if bracket == "," {
            self.phrase_around_region(ctx, open, close, longest)
                .unwrap_or(open)
        } else {
            open
        };
        // The end of the words before the appositive (the first hyphen of a double one).
        let before_end = if doubled { open - 1 } else { open };
        // `Tom Hale, R-Ohio, a senior member, said`: a party label set off before the
        // appositive is the label of the name before its own comma.
        let before_end = if before_end > 2
            && ctx.tok(before_end - 2) == ","
            && english::is_party_label(ctx.tok(before_end - 1))
        {
            before_end - 2
        } else {
            before_end
        };
        // An appositive is a noun phrase or a relative clause ("the director at the Center
        // for …", "who lost the primaries"); past 16 words only one that opens with a
        // determiner or "who" is, and a clause opened by a conjunction never is ("…, and
        // this is one more blow …, says …").
        let first = ctx.low(open + 1);
        let relative = matches!(first, "who" | "which" | "whose");
        let noun_phrase = english::is_determiner(first) || relative;
        // "Meanwhile, it attacked the mayor, saying": a pronoun opens a clause.
        if bracket == ","
            && (close - open > 16 && !noun_phrase
                || english::ends_speaker(first) && !relative
                || english::is_subject_pronoun(first))
        {
            return None;
        }
        // `Ana Ruiz, Republican of Ohio, said`: a title or party label with its place is
        // the bearer's role, however capitalised, not another name.
        // So is a party label alone (`Tom Hale, R-Ohio, said`).
        let inner_is_role = self.rules.is_title(ctx.tok(open + 1))
            && matches!(ctx.low(open + 2), "of" | "from")
            || close == open + 2 && english::is_party_label(ctx.tok(open + 1));
        // Two full names joined by "and" (`two members of Congress from Ohio, Ana Ruiz and
        // Tom Hale, have said`) are the speakers too, not the place before them; a name of
        // one word on either side ("Nevada and South Carolina", "Turkey and France") is
        // more often two places than two people.
        let joined = (open + 3..close.saturating_sub(2))
            .filter(|&i| ctx.low(i) == "and")
            .count()
            == 1;
        let inner_is_name = !inner_is_role
            && (open + 1..close).all(|i| {
                ctx.tokens[i].is_capitalized(ctx.text)
                    || (i > open + 1 && english::is_name_glue(ctx.low(i)))
                    || (joined && ctx.low(i) == "and")
            })
            && close - open <= if joined { 9 } else { 5 };
        let before = self.mention_ending_at(ctx, skip_parenthesis(ctx, before_end));
        // `the National Weather Service in Norman, Okla., said`: a town and its state.
        if bracket == "," && self.is_region(ctx, open + 1, close) {
            // `Ruiz, during a town hall meeting in Dover, Delaware, said`: a town with no
            // speaker before its "in" is no speaker either.
            return before.and_then(|m| {
                if let Some(name) = self.before_hometown(ctx, m) {
                    return Some(name);
                }
                let found = self.beyond_place(ctx, m);
                (found != m || m.0 == 0 || ctx.low(m.0 - 1) != "in").then_some(found)
            });
        }
        // `Mario Rossi, the editor of the city's paper, La Voce, said`: the description is
        // Rossi's and the name after it the paper's; the name that opens the chain speaks.
        if bracket == ","
            && let Some(head) = self.chain_head(ctx, before_end)
        {
            return Some(head);
        }
        if inner_is_name {
            // A name between the commas, after a description of its bearer.
            return before.map(|_| (open + 1, close));
        }
        let (s, e) = before?;
        // `The official, who spoke on condition of anonymity, said`, `the county's office,
        // which has been criticized for months, said`, `Lee, whose base is in the valley,
        // said`, `The judge -- who … -- said`: a relative clause closed by its comma or dash
        // leaves the cue to the noun before it.
        if relative && !english::is_pronoun(ctx.low(e - 1)) {
            return Some((s, e));
        }
        // `Union leaders in both border states — Idaho and Utah — said`: between
        // dashes, the subject that opens the sentence speaks, named or not, read as it is
        // read right before a cue.
        if bracket != "," {
            let subject = self
                .subject_before_modifier(ctx, before_end)
                .unwrap_or_else(|| self.beyond_place(ctx, (s, e)));
            if opens_sentence(ctx, subject.0) {
                return Some(subject);
            }
        }
        ctx.tokens[e - 1].is_capitalized(ctx.text).then_some((s, e))
    }

    /// The full name that opens a chain of appositives, when a description follows it
    /// between commas and `comma` closes that description: "Mario Rossi" in `Mario Rossi,
    /// the editor of …, La Voce, said`. The name opens the sentence or follows an opening
    /// phrase's comma ("On Monday, Mario Rossi, the editor …"), never a preposition ("In
    /// New York, the mayor's spokesman, …").
    fn chain_head(&self, ctx: &SentenceCtx<'_>, comma: usize) -> Option<(usize, usize)> {
        let opening = (comma.saturating_sub(16)..comma)
            .rev()
            .take_while(|&i| !ctx.quoted_at(i) && !is_mark(ctx.tok(i)))
            .find(|&i| ctx.tok(i) == ",")?;
        if opening < 2
            || !english::is_determiner(ctx.low(opening + 1)) && !role_at_body(ctx, opening + 1)
        {
            return None;
        }
        let (s, e) = self.mention_ending_at(ctx, opening)?;
        let opens = s == 0 || ctx.tok(s - 1) == ",";
        // A full name: no day ("Last Tuesday, the …") and no determiner ("The Post, …").
        let name = e - s >= 2
            && (s..e).all(|i| {
                let word = ctx.tok(i);
                (ctx.tokens[i].is_capitalized(ctx.text) || english::is_name_glue(ctx.low(i)))
                    && crate::date::Weekday::from_name(word).is_none()
                    && crate::date::month_from_name(word).is_none()
            })
            && !english::is_determiner(ctx.low(s));
        (opens && name && !self.is_region(ctx, s, e)).then_some((s, e))
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
        // "those surveyed said": "those" with a participle is the people it names.
        if end >= 2
            && ctx.low(end - 2) == "those"
            && ctx.low(end - 1).len() > 4
            && ctx.low(end - 1).ends_with("ed")
            && (end - 2..end).all(|i| ctx.tokens[i].is_word() && !ctx.quoted_at(i))
        {
            return Some((end - 2, end));
        }
        let mut start = end;
        let mut words = 0;
        while start > 0 && words < 10 {
            let i = start - 1;
            let t = &tokens[i];
            // "the Center for Strategic & International Studies", "a Times/CBS News poll":
            // "&" or "/" between capitalised words joins one name.
            let ampersand = matches!(ctx.tok(i), "&" | "/")
                && start < end
                && i > 0
                && tokens[start].is_capitalized(ctx.text)
                && tokens[i - 1].is_capitalized(ctx.text);
            if ampersand {
                start = i;
                continue;
            }
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
            // Nor a cue word in -ing after a determiner, which names a kind of the noun
            // after it ("the planning office", "a polling firm").
            let modifier = lower.ends_with("ing")
                && i > 0
                && english::is_determiner(ctx.low(i - 1))
                && tokens
                    .get(i + 1)
                    .is_some_and(|n| n.is_word() && !n.is_capitalized(ctx.text));
            if self.cues.contains_key(lower)
                && !t.is_capitalized(ctx.text)
                && i + 1 < end
                && !adjective
                && !modifier
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
            if role_to || possessive_her(ctx, i, start < end) {
                start = i;
                words += 1;
                continue;
            }
            // `"…," it said`, `On Monday it warned`: an "it" right before the cue is its
            // subject and stands alone, as "he" does; further back it ends the mention.
            if i + 1 == end && lower == "it" {
                start = i;
                break;
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
                // "the Budget Policy Center at the Hale Institute": a body at another.
                let named_from = |k: usize| {
                    tokens[k].is_capitalized(ctx.text)
                        || ctx.low(k) == "the"
                            && k + 1 < end
                            && tokens[k + 1].is_capitalized(ctx.text)
                };
                let body_at_body = lower == "at"
                    && start < end
                    && i > 0
                    && named_from(start)
                    && tokens[i - 1].is_capitalized(ctx.text)
                    && self.rules.is_organization_word(ctx.tok(i - 1));
                // "The mayor and the council said": two bodies or people, each with its
                // determiner, as the subject that opens the sentence.
                let joins_subjects = lower == "and"
                    && start < end
                    && english::is_determiner(ctx.low(start))
                    && self.opens_with_determiner_phrase(ctx, i);
                let joins_names =
                    joins_names || joins_organization || body_at_body || joins_subjects;
                if !joins_names {
                    break;
                }
            }
            start = i;
            words += 1;
        }
        // Drop leading glue ("of the …") and sentence adverbs.
        // A particle written with a capital before a name opens it: "Le Monde", "De Gaulle",
        // "Al Jazeera".
        let opens_name = |k: usize| {
            tokens[k].is_capitalized(ctx.text)
                && !matches!(ctx.low(k), "of" | "for" | "&")
                && tokens
                    .get(k + 1)
                    .is_some_and(|n| k + 1 < end && n.is_capitalized(ctx.text))
        };
        while start < end
            && english::is_name_glue(ctx.low(start))
            && !ctx.tok(start).eq_ignore_ascii_case("the")
            && !opens_name(start)
        {
            start += 1;
        }
        // "when the visit was called off Khan welcomed", "today Mayor Khan said": a verb's
        // particle or a time word before a name, with no comma between, is no part of it.
        while start + 1 < end
            && !tokens[start].is_capitalized(ctx.text)
            && tokens[start + 1].is_capitalized(ctx.text)
            && matches!(
                ctx.low(start),
                "off" | "up" | "out" | "down" | "away" | "back"
            )
        {
            start += 1;
        }
        // "Now Bloomberg says", "soon Donald J. Trump declared", "now some allies hope": a
        // time adverb opening the words before the cue is when, not who.
        while start + 1 < end && matches!(ctx.low(start), "now" | "soon" | "today" | "yesterday") {
            start += 1;
        }
        // "When on Monday the minister said": a day before a determiner is when, not who.
        while start + 1 < end
            && english::is_time_word(ctx.low(start))
            && english::is_determiner(ctx.low(start + 1))
        {
            start += 1;
        }
        // "Everything the mayor says is spin": the cue is in a clause about what is said, not
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
        // "One of the nurses who signed the letter called": a relative clause after the
        // speaker is no speaker; the noun before its `who` is.
        if start > 1
            && matches!(ctx.low(start - 1), "who" | "that" | "which")
            && !ctx.quoted_at(start - 1)
            && tokens[start - 2].is_word()
            && !tokens[start].is_capitalized(ctx.text)
            && english::is_finite_verb(ctx.low(start))
            // "… that started the week she announced": a pronoun is the subject of its own clause.
            && !(start..end).any(|i| english::is_subject_pronoun(ctx.low(i)))
        {
            return self.mention_ending_at(ctx, start - 1);
        }
        // "Meanwhile, it …", "Indeed, …": a sentence adverb alone is nobody.
        if end - start == 1 && english::is_linking_adverb(ctx.low(start)) {
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
        // A possessive or a contraction is no head: "Trump's tweet", "he's saying", "the
        // senators' claims".
        if english::ends_in_possessive(head_lower) {
            return None;
        }
        let head_capital = tokens[end - 1].is_capitalized(ctx.text);
        // "Sunday", "Friday's": days are no speakers.
        if !tokens[end - 1].is_word() || english::is_time_word(head_lower) {
            return None;
        }
        // "The council, which in March imposed …": a month after a preposition is a time.
        if end - start == 1
            && start > 0
            && crate::date::month_from_name(ctx.tok(start)).is_some()
            && (english::is_preposition(ctx.low(start - 1))
                || matches!(
                    ctx.low(start - 1),
                    "in" | "since" | "until" | "last" | "early" | "late" | "mid" | "next"
                ))
        {
            return None;
        }
        // "Tuesday released a parody website": a subject and its verb, not one mention.
        if (start + 1..end).any(|i| {
            let w = ctx.tok(i);
            w.len() > 4
                && w.ends_with("ed")
                && !tokens[i].is_capitalized(ctx.text)
                && tokens[i - 1].is_capitalized(ctx.text)
                // "The self-described conservative": after a determiner, a modifier.
                && !english::is_determiner(ctx.low(i - 1))
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
        // A lone lower-case word that is not a pronoun or plural noun is too weak; a
        // quantifier that stands for people speaks (`The toll, many think, will …`), but
        // not one floating after its noun's verb (`they have both argued`, `are most
        // inclined`) nor "both" and "all", which float after the names they count.
        let counts_people = english::stands_for_people(head_lower)
            && !matches!(head_lower, "both" | "all")
            && !(start > 0 && english::is_auxiliary(ctx.low(start - 1)));
        if end - start == 1
            && !head_capital
            && !english::is_pronoun(head_lower)
            && !head_lower.ends_with('s')
            && !english::is_collective_noun(head_lower)
            && !counts_people
        {
            return None;
        }
        if let Some(name) = self.name_after_thing(ctx, (start, end)) {
            return self.contact_clause_speaker(ctx, (start, end), name);
        }
        Some((start, end))
    }

    /// Whether the sentence opens with a short phrase of a determiner and words that ends
    /// right before token `and` (`The mayor` of `The mayor and the council said`).
    fn opens_with_determiner_phrase(&self, ctx: &SentenceCtx<'_>, and: usize) -> bool {
        (2..=4).contains(&and)
            && english::is_determiner(ctx.low(0))
            && (1..and).all(|k| {
                let w = ctx.low(k);
                ctx.tokens[k].is_word()
                    && !ctx.quoted_at(k)
                    && !english::is_determiner(w)
                    && !english::is_preposition(w)
                    && !english::is_finite_verb(w)
                    && !self.cues.contains_key(w)
            })
    }

    /// Where a name starts inside the mention `[s, e)` that opens with "a" or "an" and a
    /// thing in lower case and ends in that name (`a decision Lopez`, `a longstanding
    /// condition U.S. diplomats`): a relative clause with no "that" whose subject is the
    /// name. A title, a word for people or for a body before the name is its apposition
    /// instead (`the mayor Ana Ruiz`, `the union Unite`).
    fn name_after_thing(&self, ctx: &SentenceCtx<'_>, (s, e): (usize, usize)) -> Option<usize> {
        // After "a" or "an"; after "the" only with an auxiliary before the cue (`the
        // approach Smith and Jones are advocating`): `the rebel Free Army said` is a closing
        // attribution.
        let auxiliary = e < ctx.tokens.len()
            && matches!(
                ctx.low(e),
                "has" | "have" | "had" | "is" | "are" | "was" | "were"
            );
        if !(matches!(ctx.low(s), "a" | "an") || ctx.low(s) == "the" && auxiliary) {
            return None;
        }
        // The clause's subject: a name, or a quantifier and the people it counts (`several
        // Republican candidates`).
        let quantifier = |w: &str| matches!(w, "several" | "many" | "some" | "most" | "few");
        let name = (s + 1..e).find(|&i| {
            ctx.tokens[i].is_capitalized(ctx.text)
                || auxiliary && i + 1 < e && ctx.tokens[i].is_word() && quantifier(ctx.low(i))
        })?;
        let thing = ctx.low(name - 1);
        // `Lopez`, `U.S. diplomats`, `Smith and Jones`: capitalised words, perhaps ending in
        // the people they name.
        let counted = quantifier(ctx.low(name));
        let named = (name..e).all(|i| {
            ctx.tokens[i].is_capitalized(ctx.text)
                || i == name && counted
                || counted
                    && ctx.tokens[i].is_word()
                    && !english::is_determiner(ctx.low(i))
                    && !english::is_preposition(ctx.low(i))
                || ctx.low(i) == "and" && i > name && i + 1 < e
                || i + 1 == e && i > name && ctx.low(i).ends_with('s') && ctx.tokens[i].is_word()
        });
        let lower_case = (s + 1..name).all(|i| {
            let w = ctx.low(i);
            ctx.tokens[i].is_word()
                && !ctx.tokens[i].is_capitalized(ctx.text)
                && !english::is_determiner(w)
                && !english::is_preposition(w)
                && !english::is_name_glue(w)
        });
        (name > s + 1
            && named
            && lower_case
            && !self.rules.is_title(thing)
            && !self.rules.is_organisation_description(thing)
            && !english::stands_for_people(thing)
            && !english::is_collective_noun(thing)
            && !thing.ends_with('s'))
        .then_some(name)
    }

    /// Whether the name at token `name` was cut from a mention that opens right after a
    /// comma with "a" or "an" and a thing (`…, a new Herald poll finds`, `…, an honor Lopez
    /// said he hoped …`): the comma before the thing ends the claim before, as it would
    /// before the name. The comma's token.
    pub(super) fn thing_after_comma_before(
        &self,
        ctx: &SentenceCtx<'_>,
        name: usize,
    ) -> Option<usize> {
        let mut k = name;
        while k > 0
            && ctx.tokens[k - 1].is_word()
            && !ctx.tokens[k - 1].is_capitalized(ctx.text)
            && !matches!(ctx.low(k - 1), "a" | "an")
            && name - k < 4
        {
            k -= 1;
        }
        if k >= 2
            && k < name
            && matches!(ctx.low(k - 1), "a" | "an")
            && ctx.tok(k - 2) == ","
            && self.name_after_thing(ctx, (k - 1, name + 1)).is_some()
        {
            Some(k - 2)
        } else {
            None
        }
    }

    /// The speaker of a cue in a relative clause with no "that" whose subject is the name
    /// at token `name` inside the mention `[start, end)`: the name when words follow the
    /// cue (`a demand Irish officials have said must be met`), the whole mention when a
    /// closing attribution ends there (`…, a new Herald poll finds.`); nobody when the
    /// thing before the name is the object of a verb in the perfect that nothing follows
    /// (`…, a decision Lopez has criticized.`), whose claim is no words of the clause
    /// before.
    fn contact_clause_speaker(
        &self,
        ctx: &SentenceCtx<'_>,
        (start, end): (usize, usize),
        name: usize,
    ) -> Option<(usize, usize)> {
        let mut cue = end;
        let mut perfect = false;
        while cue < ctx.tokens.len()
            && (english::between_speaker_and_cue(ctx.low(cue))
                || english::is_verb_adverb(ctx.low(cue)))
        {
            perfect |= matches!(ctx.low(cue), "has" | "have" | "had");
            cue += 1;
        }
        // `…, a decision Lopez has criticized.`: a verb in the perfect that ends the
        // sentence has the thing for its object; a closing attribution (`…, a new Herald
        // poll finds.`) is written in the simple tense.
        let after = cue + 1;
        // `the approach Smith and Jones are advocating will win …`: a verb that takes no
        // clause has the thing for its object, and the words after it are the sentence's
        // own; only a verb of saying speaks them (`a condition diplomats have said must be
        // met`).
        if cue < ctx.tokens.len()
            && after < ctx.tokens.len()
            && ctx.tokens[after].is_word()
            && !self.cues.is_speech_verb(ctx.low(cue))
        {
            return None;
        }
        let closed = after >= ctx.tokens.len()
            || matches!(ctx.tok(after), "." | ";")
            || english::is_preposition(ctx.low(after)) && ctx.low(after) != "to";
        if perfect && closed {
            return None;
        }
        // `…, a new Herald poll finds.`: a closing attribution speaks whole.
        let closing = after >= ctx.tokens.len() || !ctx.tokens[after].is_word();
        Some(if closing { (start, end) } else { (name, end) })
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
            // "a Boston Globe/WBZ News poll": a slash joins two names.
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
            // `according to a report from …`, `according to a new report from …`: after
            // an article, with or without words describing it, a cue word is the noun that
            // heads the mention.
            let noun = self.cues.contains_key(lower)
                && (from..end)
                    .rev()
                    .find(|&k| matches!(ctx.low(k), "a" | "an" | "the"))
                    .is_some_and(|article| {
                        end - article <= MAX_BEFORE_NOUN
                            && (article + 1..end).all(|k| {
                                let word = ctx.low(k);
                                ctx.tokens[k].is_capitalized(ctx.text)
                                    || !(self.cues.contains_key(word)
                                        || english::is_finite_verb(word)
                                        || english::is_auxiliary(word)
                                        || english::is_do_or_negated(word))
                            })
                    });
            if end > from
                && !t.is_capitalized(ctx.text)
                && !noun
                && (english::ends_speaker(lower) || self.cues.contains_key(lower))
                && !english::is_name_glue(lower)
                && !self.and_inside_name(ctx, end)
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
        // `according to a Watchdog report released …`: a participle after a document starts
        // what describes it.
        if end > from + 1
            && !tokens[end - 1].is_capitalized(ctx.text)
            && self.cues.is_document(ctx.low(end - 2))
            && past_participle_after_noun(ctx.low(end - 1))
        {
            end -= 1;
        }
        // "…," McConnell said Tuesday.": a day alone is no speaker.
        if end == from + 1 && english::is_time_word(ctx.low(from)) {
            return None;
        }
        (end > from).then_some((from, end))
    }

    /// Token `at` is an "and" inside one organisation's name: a capitalised word before it
    /// and, after it, a run of capitalised words (and "of") that ends in a word heading an
    /// organisation's name, "American Iron and Steel Institute", "Food and Drug
    /// Administration". Two sources joined ("Smith and Jones", "the union and the
    /// Chamber of Commerce") are not one name.
    fn and_inside_name(&self, ctx: &SentenceCtx<'_>, at: usize) -> bool {
        if ctx.low(at) != "and"
            || at == 0
            || !ctx.tokens[at - 1].is_capitalized(ctx.text)
            || ctx.tokens[at - 1].kind == TokenKind::Punct
        {
            return false;
        }
        let mut last = None;
        for k in at + 1..ctx.tokens.len().min(at + 6) {
            let t = &ctx.tokens[k];
            if t.kind == TokenKind::Punct || ctx.quoted_at(k) {
                break;
            }
            if t.is_capitalized(ctx.text) {
                if english::is_determiner(ctx.low(k)) {
                    break;
                }
                last = Some(k);
            } else if ctx.low(k) != "of" {
                break;
            }
        }
        last.is_some_and(|k| self.rules.is_organization_word(ctx.tok(k)))
    }
}

/// A share of those polled as the speaker (`more than 3 in 10 said` too): `47% say`, `Six in
/// 10 say`, `About 4 in 10 said`, `Nearly seven of 10 voters say`, `Just 9 percent say`,
/// `Seventy-two percent believe`.
pub(super) fn survey_share(ctx: &SentenceCtx<'_>, end: usize) -> Option<(usize, usize)> {
    let mut start = if end >= 2
        && (ctx.tok(end - 1) == "%" || ctx.low(end - 1) == "percent")
        && is_share_number(ctx, end - 2)
    {
        end - 2
    } else if end >= 3
        // `6 in 10`, `one in five`, `eight of 10`.
        && is_share_number(ctx, end - 1)
        && let Some(first) = share_first_number(ctx, end - 1)
    {
        first
    } else if let Some(ten) = share_before_people(ctx, end) {
        // `about 7 in 10 rural women supported`: the people of the share follow it.
        share_first_number(ctx, ten)?
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
    Some((super::group_speaker::comparative_lead(ctx, start), end))
}

/// Most words naming the people after a share (`6 in 10 white evangelical voters`).
const SHARE_PEOPLE_WORDS: usize = 3;

/// A past participle that may follow a document to describe it (`a report released Monday`,
/// `a poll taken last week`).
fn past_participle_after_noun(lower: &str) -> bool {
    lower.len() > 4 && lower.ends_with("ed")
        || matches!(
            lower,
            "written" | "shown" | "given" | "seen" | "taken" | "drawn" | "sent"
        )
}

/// At most this many words from an article to the cue word that heads its mention (`a
/// recent State Lottery Oversight Board report`).
const MAX_BEFORE_NOUN: usize = 6;

/// The second number of a share written "N in N" or "N of N" that the people it counts
/// follow, ending right before token `end` (`6 in 10 white men`, `eight of 10 voters`): a
/// few words whose last names people in the plural.
fn share_before_people(ctx: &SentenceCtx<'_>, end: usize) -> Option<usize> {
    let last = ctx.low(end.checked_sub(1)?);
    let people = last.len() > 3 && last.ends_with('s') && !last.ends_with("ss")
        || matches!(last, "men" | "women" | "people");
    if !people {
        return None;
    }
    // `6 in 10 white men`, `one in five voters`.
    let ten = (end.saturating_sub(SHARE_PEOPLE_WORDS + 1)..end - 1)
        .rev()
        .take_while(|&k| ctx.tokens[k].is_word() || ctx.tokens[k].kind == TokenKind::Number)
        .find(|&k| is_share_number(ctx, k))?;
    (share_first_number(ctx, ten).is_some() && (ten..end).all(|k| !ctx.quoted_at(k))).then_some(ten)
}

/// The first number of a share whose second number is token `ten`: "6 in 10", "eight of
/// 10", "four out of five".
fn share_first_number(ctx: &SentenceCtx<'_>, ten: usize) -> Option<usize> {
    let joint = match ctx.low(ten.checked_sub(1)?) {
        "in" => 1,
        "of" if ten >= 3 && ctx.low(ten - 2) == "out" => 2,
        "of" => 1,
        _ => return None,
    };
    let first = ten.checked_sub(joint + 1)?;
    is_share_number(ctx, first).then_some(first)
}

/// Token `i` is a number, in figures or in words ("47", "six", "Seventy-two").
fn is_share_number(ctx: &SentenceCtx<'_>, i: usize) -> bool {
    ctx.tokens[i].kind == TokenKind::Number || ctx.low(i).split('-').all(numbers::is_number_word)
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
    // "The ministry in May said": a month after "in" or "since" is a time too ("Theresa
    // May said" has none, and is a name).
    if at == end
        && end > 2
        && matches!(ctx.low(end - 2), "in" | "since")
        && crate::date::month_from_name(ctx.tok(end - 1)).is_some()
    {
        at = end - 2;
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
    // "Acme Bank only last week announced": "only" or "just" before the time leans on it.
    if at > 1 && matches!(ctx.low(at - 1), "only" | "just") {
        at -= 1;
    }
    // Only when a speaker stands before: "Trump Monday said", not "Monday said"; a
    // speaker's closing parenthesis counts ("Sen. Ann Ruiz (D-Ohio) on Saturday said").
    // Nor after a participle: "a report released last year found" (the participle and
    // its time belong to the speaker's modifier).
    let before = ctx.low(at.saturating_sub(1));
    if at == 0
        || !ctx.tokens[at - 1].is_word() && ctx.tok(at - 1) != ")"
        || english::is_preposition(before)
        || before.ends_with("ed") && !ctx.tokens[at - 1].is_capitalized(ctx.text)
    {
        return end;
    }
    at
}

/// Whether the "her" at token `i`, walking back from a cue, is the possessive of the mention
/// after it (`…, her brother said`, `while her aides say`) rather than a verb's or a
/// preposition's object (`told her`, `for her`): words of the mention follow it
/// (`before_words`) and it opens a clause, after a break, the sentence's start or a
/// conjunction. After a closing quotation mark only a lower-case "her" does (`"…," her
/// aide said`): `"…?" Her critics cited it` opens a sentence of its own.
fn possessive_her(ctx: &SentenceCtx<'_>, i: usize, before_words: bool) -> bool {
    if !before_words || ctx.low(i) != "her" || ctx.quoted_at(i) {
        return false;
    }
    let Some(before) = i.checked_sub(1) else {
        return true;
    };
    let word = ctx.low(before);
    if is_mark(ctx.tok(before)) {
        return !ctx.tokens[i].is_capitalized(ctx.text);
    }
    !ctx.tokens[before].is_word()
        || english::subordinates(word)
        || matches!(word, "and" | "but" | "or" | "yet" | "so" | "that")
}

/// A participle that opens a modifier of the speaker before the cue at `end`: a past one
/// before a preposition or a day (`A poll released in early May found`, `a report
/// published Monday said`), or a present one right after its noun (`Lawmakers trying to pass
/// the budget said`, `Democrats hoping to win the seat say`); its token, when only a short
/// phrase of words stands between it and the cue.
fn participle_modifier(ctx: &SentenceCtx<'_>, end: usize) -> Option<usize> {
    let from = end.saturating_sub(PRESENT_PARTICIPLE_PHRASE);
    (from..end).rev().find(|&i| {
        let lower = ctx.low(i);
        let past = end - i <= 6
            && lower.ends_with("ed")
            && (english::is_preposition(ctx.low(i + 1)) || english::is_time_word(ctx.low(i + 1)));
        i > 0
            && i + 1 < end
            && ctx.tokens[i].is_word()
            && !ctx.tokens[i].is_capitalized(ctx.text)
            && lower.len() > 4
            && (past
                || english::is_participle(lower)
                    && after_noun(ctx, i)
                    // `… years pleading for her life came as officials praised`: a verb or
                    // a conjunction ends the phrase before the cue.
                    && (i + 1..end).all(|k| {
                        !english::is_finite_verb(ctx.low(k)) && !english::subordinates(ctx.low(k))
                    }))
            && (i + 1..end).all(|k| ctx.tokens[k].is_word() && !ctx.quoted_at(k))
            && ctx.tokens[i - 1].is_word()
            && !english::is_pronoun(ctx.low(i - 1))
    })
}

/// Longest phrase a present participle opens between a speaker and the cue, in words
/// (`hoping to win back a majority on the county board in June`).
const PRESENT_PARTICIPLE_PHRASE: usize = 10;

/// Whether the present participle at token `i` modifies the people named right before it
/// and opens its own phrase (`Lawmakers trying to pass`, `people living near the plant`,
/// `Republicans opposing the deal`): a plural noun before it, and after it "to", a
/// preposition or a determiner. A noun in -ing is none (`the Senate hearing on the bill`,
/// `a city building permit`).
fn after_noun(ctx: &SentenceCtx<'_>, i: usize) -> bool {
    let before = ctx.low(i - 1);
    let after = ctx.low(i + 1);
    let plural = before.len() > 3
        && before.ends_with('s')
        && !before.ends_with("ss")
        && before.chars().all(char::is_alphabetic)
        || matches!(before, "people" | "police");
    // `Sanders vowing to`: a name in -s is one person, the subject of the participle.
    let named = ctx.tokens[i - 1].is_capitalized(ctx.text) && i > 1;
    plural
        && !named
        && !ctx.quoted_at(i - 1)
        && !matches!(
            before,
            "always" | "perhaps" | "sometimes" | "thus" | "does" | "plus"
        )
        && !english::between_speaker_and_cue(before)
        && !english::is_auxiliary(before)
        && !english::is_finite_verb(before)
        && (english::is_preposition(after)
            || english::places_a_group(after)
            || english::is_determiner(after))
}

/// Whether token `s` opens the sentence: its first word, the first after a quotation mark,
/// or the second after an opening "But", "And", "So" or "Yet".
pub(super) fn opens_sentence(ctx: &SentenceCtx<'_>, s: usize) -> bool {
    s == 0
        || is_mark(ctx.tok(s - 1))
        || s == 1 && matches!(ctx.low(0), "but" | "and" | "so" | "yet")
}

/// The "who" (or "whose") of a relative clause that ends right before token `end` and
/// follows its noun with no comma (`Some voters who have heard him speak`, `The officials
/// whose laws were struck down`): a clause of plain words whose first word is no subject of
/// its own (`the man who the report said` has one).
fn relative_clause_before(ctx: &SentenceCtx<'_>, end: usize) -> Option<usize> {
    let from = end.saturating_sub(14).max(1);
    let who = (from..end.saturating_sub(1))
        .rev()
        .take_while(|&i| ctx.tokens[i].is_word() && !ctx.quoted_at(i))
        .find(|&i| matches!(ctx.low(i), "who" | "whose"))?;
    let noun = ctx.low(who - 1);
    let first = ctx.low(who + 1);
    let opens_clause = ctx.low(who) == "whose"
        || !english::is_determiner(first)
            && !english::is_pronoun(first)
            && !ctx.tokens[who + 1].is_capitalized(ctx.text);
    (ctx.tokens[who - 1].is_word()
        && !ctx.quoted_at(who - 1)
        && !english::is_pronoun(noun)
        && !english::is_preposition(noun)
        && (!english::ends_speaker(noun) || noun == "those")
        && opens_clause)
        .then_some(who)
}

/// The opening comma of a sentence adverbial closed by the comma at token `close`
/// (`, however,`, `, for example,`, `, too,`), which stands between a speaker and the cue.
fn aside_before(ctx: &SentenceCtx<'_>, close: usize) -> Option<usize> {
    (2..=3).find_map(|n| {
        let open = close.checked_sub(n + 1)?;
        let words: Vec<&str> = (open + 1..close).map(|i| ctx.low(i)).collect();
        (ctx.tok(open) == ","
            && (open + 1..close).all(|i| ctx.tokens[i].is_word() && !ctx.quoted_at(i))
            && english::is_aside_adverbial(&words))
        .then_some(open)
    })
}

/// The opening comma of an aside closed by the comma at token `close` that names members of
/// the group before it (`, including Mr. Hale,`, `, among them two mayors,`): "including"
/// or "among them" and a few words, none quoted.
fn including_before(ctx: &SentenceCtx<'_>, close: usize) -> Option<usize> {
    let open = (close.saturating_sub(INCLUDED_WORDS + 2)..close)
        .rev()
        .find(|&i| ctx.tok(i) == "," || !ctx.tokens[i].is_word() && ctx.tok(i) != ".")?;
    let first = ctx.low(open + 1);
    let opens = first == "including" || first == "among" && ctx.low(open + 2) == "them";
    (ctx.tok(open) == ","
        && open > 0
        && open + 2 < close
        && opens
        && ctx.tokens[open - 1].is_word()
        && (open + 1..close).all(|i| !ctx.quoted_at(i)))
    .then_some(open)
}

/// Most words of an aside naming a group's members (`, including Gov. Jane Ruiz,`).
const INCLUDED_WORDS: usize = 8;

/// Most words of an adjunct set off by commas between a speaker and the cue.
const ADJUNCT_WORDS: usize = 12;

impl Extractor<'_> {
    /// The opening comma of an adjunct closed by the comma at token `close` that tells
    /// where, when or how something was said (`, in a statement issued by his lawyer,`, `,
    /// at a news conference in Dayton,`, `, during a stop in Dover, Delaware,`, `, speaking
    /// in Lima, Peru,`): a preposition that opens one, or a participle and its preposition,
    /// then words only, but for the comma before a town's state.
    fn adjunct_before(&self, ctx: &SentenceCtx<'_>, close: usize) -> Option<usize> {
        let open = (close.saturating_sub(ADJUNCT_WORDS + 1)..close)
            .rev()
            .find(|&i| !ctx.tokens[i].is_word() || ctx.quoted_at(i))?;
        let open = self
            .phrase_around_region(ctx, open, close, ADJUNCT_WORDS + 3)
            .unwrap_or(open);
        (open > 0
            && open + 2 < close
            && ctx.tok(open) == ","
            && (english::opens_adjunct(ctx.low(open + 1))
                || english::is_participle(ctx.low(open + 1))
                    && english::is_preposition(ctx.low(open + 2)))
            && !ctx.tokens[open + 1].is_capitalized(ctx.text)
            && ctx.tokens[open - 1].is_word()
            && (open + 1..close).all(|i| {
                ctx.tokens[i].is_word() && !ctx.quoted_at(i)
                    || ctx.tok(i) == "," && self.is_region(ctx, i + 1, close)
            }))
        .then_some(open)
    }
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

/// Whether the words from `from` are a role held at a named body, with no article before
/// it: "president of Acme Steel", "chief executive officer of Brightwire", "founder of the
/// Leadership Institute". One to three lower-case words, then "of", "at" or "for", then a
/// capitalised name (after "the" or not).
fn role_at_body(ctx: &SentenceCtx<'_>, from: usize) -> bool {
    let role = (from..ctx.tokens.len())
        .take(4)
        .take_while(|&i| {
            let t = &ctx.tokens[i];
            t.is_word()
                && !t.is_capitalized(ctx.text)
                && !ctx.quoted_at(i)
                && !matches!(ctx.low(i), "of" | "at" | "for")
                && !english::is_pronoun(ctx.low(i))
        })
        .count();
    if role == 0 || role > 3 || !matches!(ctx.low(from + role), "of" | "at" | "for") {
        return false;
    }
    let name = from + role + 1 + usize::from(ctx.low(from + role + 1) == "the");
    ctx.tokens
        .get(name)
        .is_some_and(|t| t.is_capitalized(ctx.text) && !ctx.quoted_at(name))
}

#[cfg(test)]
mod tests {
    use crate::extract::ClaimKind;
    use crate::extract::test_text::{attributed_speakers as speakers, claims_of};

    /// (speaker as written, content) of each attributed claim of `text`.
    fn said(text: &str) -> Vec<(String, String)> {
        claims_of(text)
            .into_iter()
            .filter(|c| c.kind != ClaimKind::Assertion)
            .map(|c| (c.speaker.map(|s| s.text).unwrap_or_default(), c.content))
            .collect()
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
            speakers("Acme Bank just this week announced it will drop the fees."),
            ["Acme Bank"]
        );
    }

    #[test]
    fn her_before_a_noun_is_the_speakers_possessive() {
        assert_eq!(
            said("Ana Ruiz, a nurse, was flying to Lisbon on Friday, her brother said."),
            [(
                "her brother".to_string(),
                "Ana Ruiz, a nurse, was flying to Lisbon on Friday".to_string()
            )]
        );
        assert_eq!(
            speakers("“The clinic will stay open,” her spokesman said on Monday."),
            ["her spokesman"]
        );
        assert_eq!(
            speakers("The mayor backs the levy, while her aides say it will fail."),
            ["her aides"]
        );
        // A capital "Her" after a quotation that ends on a question mark opens a sentence
        // of its own: the quotation is not what her critics cited.
        assert!(
            !said("Lee replied: “Why does the date matter?” Her critics cited it often.")
                .iter()
                .any(|(speaker, content)| speaker == "Her critics"
                    && content.contains("Why does the date"))
        );
    }

    #[test]
    fn it_right_before_the_cue_speaks() {
        // After a quotation, after a clause and after a day or an adverb, an "it" is the
        // cue's subject; the words before it are no part of the speaker.
        assert_eq!(
            said("Harbourline Foods said it was pleased. “The bakery will close,” it said."),
            [
                (
                    "Harbourline Foods".to_string(),
                    "it was pleased".to_string()
                ),
                ("it".to_string(), "The bakery will close,".to_string())
            ]
        );
        assert_eq!(
            said("The bakery in Tilbury will close in May, it said in a statement."),
            [(
                "it".to_string(),
                "The bakery in Tilbury will close in May".to_string()
            )]
        );
        assert_eq!(
            speakers("The board met on Monday. On Tuesday it warned that fares would rise."),
            ["it"]
        );
        assert_eq!(
            speakers("The board met on Monday. Later it announced that fares would rise."),
            ["it"]
        );
        // In a statement, it said …: the statement is how it spoke, not who.
        assert_eq!(
            said("In a statement, it said fares would rise."),
            [("it".to_string(), "fares would rise".to_string())]
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
    fn a_present_participle_phrase_modifies_the_people_who_speak() {
        assert_eq!(
            speakers("Tenants fighting the rent increase said the landlord ignored repairs."),
            ["Tenants"]
        );
        assert_eq!(
            speakers("Lawmakers trying to pass the state budget said the vote would be close."),
            ["Lawmakers"]
        );
        // A verb and a conjunction end the phrase: the people after them speak.
        assert_eq!(
            speakers(
                "The video of a mother of two sons pleading for calm came as officials praised \
                 the police for their restraint."
            ),
            ["officials"]
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
        assert!(speakers("The Checker rated 41% of council claims as false.").is_empty());
        assert!(
            speakers("In an Instagram post shared Monday, Diaz said he would vote.").eq(&["Diaz"])
        );
    }

    #[test]
    fn a_cue_that_can_be_a_noun_needs_a_clause() {
        // A modifier before it, a possessive before it, an object's determiner, a plural
        // or mass noun before its -s form: a noun, no attribution.
        assert!(
            speakers("The mayor kept quiet after his latest remarks about the tax.").is_empty()
        );
        assert!(speakers("Media reports about the merger were denied.").is_empty());
        // "plans" after a possessive is the noun: the board's plan (`attitude_noun`), never
        // a verb whose subject speaks.
        assert_eq!(
            speakers("Nobody liked the board's plans to close the depot."),
            ["the board"]
        );
        assert!(speakers("The union sounded a wary note on the talks.").is_empty());
        assert!(speakers("She was faulted for sharing a doctored post about the race.").is_empty());
        // The same words as verbs of a subject still attribute.
        assert_eq!(
            said("The agency reports that exports fell."),
            [("The agency".to_string(), "exports fell".to_string())]
        );
        assert_eq!(
            speakers("Ana Ruiz notes that the vote was close."),
            ["Ana Ruiz"]
        );
    }

    #[test]
    fn a_cue_before_of_or_from_is_a_noun() {
        // `reports of`, `a report from`: nouns, whatever stands before them.
        assert!(
            speakers("The new ad features a Daily Ledger report from last week on the mill.")
                .is_empty()
        );
        assert!(speakers("The crowd heard reports of fraud at the depot.").is_empty());
        assert_eq!(
            speakers("The auditor reports that the mill lost money."),
            ["The auditor"]
        );
    }

    #[test]
    fn a_closed_relative_clause_leaves_the_cue_to_its_noun() {
        assert_eq!(
            speakers(
                "The official, who asked not to be named because the talks are private, said the deal was close."
            ),
            ["The official"]
        );
        assert_eq!(
            speakers("One guard, who had worked there for a decade, said the gate was open."),
            ["One guard"]
        );
    }

    #[test]
    fn a_long_opening_phrase_or_a_dateline_is_no_speaker() {
        assert_eq!(
            speakers(
                "Amid calls from some members to publish the names of those who voted against \
                 the bill, the union's leader Tom Avery printed the list, saying it was needed."
            ),
            ["the union's leader Tom Avery"]
        );
        assert_eq!(
            speakers(
                "Amid calls from some members to publish the names of those who voted against \
                 the bill, The Ledger's editor printed the list, saying it was needed."
            ),
            ["The Ledger's editor"]
        );
        assert_eq!(
            speakers(
                "DOVER, Jan. 9 (AP) — After the governor's speech, the mayor's deputy \
                 rallied the staff, saying the plan would fail."
            ),
            ["the mayor's deputy"]
        );
        assert_eq!(
            speakers(
                "By contrast to her earlier threats of a boycott of the games, today Mayor Ruiz \
                 took to Twitter to call the plan “fair”."
            ),
            ["Mayor Ruiz"]
        );
        // A word that opens the sentence and names nobody.
        assert!(
            !speakers(
                "Well, if you listen closely, Avery was not so much saying the bill was bad."
            )
            .contains(&"Well".to_string())
        );
        assert!(
            !speakers("At the school, parents fought the levy, which critics say is unfair.")
                .contains(&"parents".to_string())
        );
    }

    #[test]
    fn a_news_briefing_is_no_speaker() {
        assert_eq!(
            said("Ana Ruiz told a news briefing on Monday that the border would stay shut."),
            [(
                "Ana Ruiz".to_string(),
                "the border would stay shut".to_string()
            )]
        );
    }

    #[test]
    fn a_thing_that_goes_on_is_no_speaker() {
        assert!(speakers("Fights continue to flare in the old town.").is_empty());
        assert_eq!(
            speakers("The new details add weight to her story, the lawyer said."),
            ["the lawyer"]
        );
    }

    #[test]
    fn a_transcript_label_ends_the_quote_left_open_before_it() {
        // Every paragraph of the transcript opens a quotation that never closes.
        let found = said(
            "\"HOST: Will the mayor run again?\n\n\"MAYOR: Well, the council knows my answer.\n\n\
             \"And the budget speaks for itself.\n\n\"HOST: Thank you, mayor.",
        );
        let speakers: Vec<&str> = found.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(speakers, ["HOST", "MAYOR", "HOST"]);
        assert!(found[1].1.contains("the budget speaks for itself"));
        assert!(!found[2].1.contains("budget"));
    }

    #[test]
    fn a_report_after_according_to_speaks_whole() {
        assert_eq!(
            speakers("The plant will close in May, according to a report from the city auditor."),
            ["a report"]
        );
    }

    #[test]
    fn a_passive_cue_after_an_adverb_names_no_speaker() {
        assert!(
            speakers("She skipped the session she was formally called to last month.").is_empty()
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
            "“We will win,” Ortiz said.\n\nOn the show, Sen. Maria Lund (Minn.), who lost the \
             primaries, named young voters as a reason for hope. “The younger people are fed \
             up with all of it.”",
        );
        assert_eq!(found, ["Ortiz", "Sen. Maria Lund"]);
    }

    #[test]
    fn a_name_opened_by_a_particle_speaks_whole() {
        assert_eq!(
            speakers("The thieves fled, Le Monde reported."),
            ["Le Monde"]
        );
        assert_eq!(
            speakers("Der Spiegel reported that the minister would resign."),
            ["Der Spiegel"]
        );
        assert_eq!(speakers("The war is lost, De Gaulle said."), ["De Gaulle"]);
    }

    #[test]
    fn an_and_inside_an_organisations_name_keeps_the_name_whole() {
        assert_eq!(
            speakers(
                "Exports fell by a third, according to an Atlantic Salmon and Trout Institute \
                 analysis of federal data."
            ),
            ["an Atlantic Salmon and Trout Institute analysis of federal data"]
        );
        assert_eq!(
            speakers("The drug is safe, said the Food and Drug Administration."),
            ["the Food and Drug Administration"]
        );
        // Two sources joined by "and" are no single name: the first is kept, as before.
        assert_eq!(
            speakers("The plan is popular, according to Smith and Jones."),
            ["Smith"]
        );
        assert_eq!(
            speakers("Exports rose, according to the union and the Chamber of Commerce."),
            ["the union"]
        );
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
                "Several big fashion houses keep their showrooms on the Via Tornabuoni, and this \
                 is one more blow to the police who have seen a wave of burglaries \
                 in recent months, says the Herald's Anne Martin in Florence."
            ),
            ["the Herald's Anne Martin"]
        );
    }

    #[test]
    fn an_opening_participle_names_nobody() {
        assert_eq!(
            said(
                "Pressed by the council on the costs, Mayor Lena Ortiz changed the budget, promising to cut fees for small shops."
            ),
            vec![(
                "Mayor Lena Ortiz".to_string(),
                "to cut fees for small shops".to_string()
            )]
        );
        assert!(
            !speakers("Asked to describe the tunnel, the engineer shook his head.")
                .contains(&"Asked".to_string())
        );
    }

    #[test]
    fn a_hometown_after_the_name_is_no_speaker() {
        for text in [
            "Ann Ruiz, of Dayton, Ohio, said the ferry had never been late.",
            "Ann Ruiz, of Dayton, Va., said the ferry had never been late.",
            "Ann Ruiz, 59, of Dayton, Ohio, said the ferry had never been late.",
        ] {
            assert_eq!(
                said(text),
                vec![(
                    "Ann Ruiz".to_string(),
                    "the ferry had never been late".to_string()
                )],
                "{text}"
            );
        }
    }

    #[test]
    fn the_place_after_a_participle_is_no_speaker() {
        assert_eq!(
            speakers(
                "Farmers driving through the market square chanted \"No more tolls!\" until dusk."
            ),
            vec!["Farmers".to_string()]
        );
    }

    #[test]
    fn support_for_a_bare_object_is_its_object() {
        assert_eq!(
            said("The governor praised the volunteers on Monday."),
            vec![("The governor".to_string(), "the volunteers".to_string())]
        );
        assert_eq!(
            speakers("The governor praised the volunteers, saying they had saved the harbour."),
            vec!["The governor".to_string(), "The governor".to_string()]
        );
    }

    #[test]
    fn a_label_that_names_a_thing_is_no_speaker() {
        assert_eq!(
            said(
                "The council chose a shorter slogan. Its new banner: \"Cleaner streets for everyone.\""
            ),
            vec![]
        );
        assert_eq!(
            speakers("Mayor Ortiz: \"We will open the pool in June.\""),
            vec!["Mayor Ortiz".to_string()]
        );
    }

    #[test]
    fn an_opening_adverbial_is_no_speaker() {
        assert_eq!(
            speakers("Hours later, Mayor Lena Ortiz left the hall, saying the pool would reopen."),
            vec!["Mayor Lena Ortiz".to_string()]
        );
        assert_eq!(
            speakers(
                "At a rally in Dover, Del., on Tuesday, Senator Ana Ruiz toured the plant, \
                 saying it would save jobs."
            ),
            vec!["Senator Ana Ruiz".to_string()]
        );
        assert_eq!(
            speakers(
                "Shortly before the vote, she called the council, to tell them the deal was done."
            ),
            vec!["she".to_string()]
        );
    }

    #[test]
    fn a_cue_in_an_inner_clause_takes_that_clauses_subject() {
        assert_eq!(
            speakers(
                "The mayor is facing questions after she appeared to suggest that the tolls would rise."
            ),
            vec!["she".to_string()]
        );
        assert_eq!(
            speakers("The vote is tight, so she won't be able to brag of a landslide."),
            vec!["she".to_string()]
        );
        assert_eq!(
            speakers(
                "The crowd cheered the senator, who opened his speech by saying the vote was rigged."
            ),
            vec!["who".to_string()]
        );
        // A clause without a subject of its own goes on the main one: "she" is inside
        // what was said.
        assert_eq!(
            speakers(
                "Ana Ruiz, a teacher, said she earns $38,500 a year and questioned how the plan would help her."
            ),
            vec!["Ana Ruiz".to_string(), "Ana Ruiz".to_string()]
        );
    }

    #[test]
    fn only_a_verb_of_saying_inverts_after_a_plain_comma() {
        assert_eq!(
            speakers(
                "The mayor vowed to cut the fees, repeal the curfew, stand by the charter, and reopen the pool."
            ),
            vec!["The mayor".to_string()]
        );
        assert_eq!(
            speakers("\"We will not back down,\" vowed Ana Ruiz."),
            vec!["Ana Ruiz".to_string()]
        );
        assert_eq!(
            speakers("The vote was rigged, said Ana Ruiz."),
            vec!["Ana Ruiz".to_string()]
        );
    }

    #[test]
    fn a_relative_clause_after_the_speaker_is_no_speaker() {
        assert_eq!(
            speakers("One of the nurses who signed the letter called the director a fraud."),
            vec!["One of the nurses".to_string()]
        );
        assert_eq!(
            speakers("Workers who escaped the blaze said the roof fell first."),
            vec!["Workers".to_string()]
        );
        assert_eq!(
            speakers(
                "It was a quarrel with the board that started the week she announced her bid."
            ),
            vec!["she".to_string()]
        );
    }

    #[test]
    fn a_sentence_adverb_is_no_speaker_and_a_pronoun_opens_no_appositive() {
        let found = speakers(
            "The union backed the mayor.\n\nMeanwhile, it attacked the governor, saying he \
             \"has insulted every nurse in the state.\"",
        );
        assert!(!found.iter().any(|s| s == "Meanwhile"), "{found:?}");
        assert!(
            speakers("Indeed, the clerk said, the vote was close.")
                .iter()
                .all(|s| s != "Indeed")
        );
        assert_eq!(
            speakers(
                "While Lee has argued that the levy was fair, Ruiz has nevertheless called it a \
                 tax on the poor."
            ),
            vec!["Lee".to_string(), "Ruiz".to_string()]
        );
    }

    #[test]
    fn an_opening_participle_phrase_is_no_subject() {
        let found = speakers(
            "Following initial reports of the fire, but before officials spoke, the mayor said \
             at a rally that \"a bomb\" had gone off.",
        );
        assert!(
            found.iter().all(|s| !s.starts_with("Following")),
            "{found:?}"
        );
        assert!(found.contains(&"the mayor".to_string()), "{found:?}");
    }

    #[test]
    fn a_participle_after_a_pronoun_subject_is_the_pronouns() {
        assert_eq!(
            speakers(
                "When Ana Ruiz did face the mayor, she did it gently, acknowledging that he had \
                 won the vote."
            ),
            vec!["she".to_string()]
        );
    }

    #[test]
    fn a_town_and_its_state_are_no_speaker() {
        let survey = "the National Weather Service".to_string();
        assert_eq!(
            speakers(
                "The storm hit at 5 a.m., the National Weather Service in Norman, Okla., said.\n\n\
                 The storm hit at 5 a.m., the National Weather Service in Norman, Oklahoma, said.\n\n\
                 The gust reached 90 mph, the National Weather Service in Norman, Okla. said."
            ),
            vec![survey.clone(), survey.clone(), survey]
        );
        assert!(speakers("Quake kills 12 in the hills, Colo. said.").is_empty());
        assert_eq!(
            speakers(
                "Ana Ruiz, during a town hall meeting in Dover, Delaware, said she would run."
            ),
            vec!["Ana Ruiz".to_string()]
        );
    }

    #[test]
    fn a_party_word_before_a_role_is_no_speaker_alone() {
        let found = speakers(
            "Democratic mayoral candidate Ana Ruiz criticized the budget, saying it \"starves \
             the libraries.\"",
        );
        assert!(!found.is_empty());
        assert!(
            found
                .iter()
                .all(|s| s == "Democratic mayoral candidate Ana Ruiz"),
            "{found:?}"
        );
        let found = speakers("Ruiz used a televised address to reveal that the pier was sold.");
        assert!(found.iter().all(|s| s == "Ruiz"), "{found:?}");
        let found = speakers("At the hearing, Ruiz all but begged the board to approve the pier.");
        assert!(found.iter().all(|s| s == "Ruiz"), "{found:?}");
        let found = speakers("Ruiz didn't seem bothered, saying the pier would open in May.");
        assert!(found.iter().all(|s| s == "Ruiz"), "{found:?}");
        let found = speakers("Ruiz never missed a chance to remind voters that she won.");
        assert!(found.iter().all(|s| s == "Ruiz"), "{found:?}");
        let found = speakers(
            "Green mayoral candidate Tom Lee quickly took to the radio, saying the pier is safe.",
        );
        assert_eq!(found, vec!["Green mayoral candidate Tom Lee".to_string()]);
    }

    #[test]
    fn a_cue_word_that_is_a_noun_after_be_or_before_a_verb_names_no_speaker() {
        let found = speakers(
            "The driver was cleared of reckless driving charges the next spring, and the \
             court returned his licence.",
        );
        assert!(found.is_empty(), "{found:?}");
        let found =
            speakers("Officials feared the Dover attack would keep voters away from the polls.");
        assert!(found.iter().all(|s| s != "the Dover"), "{found:?}");
        // An -s form before an auxiliary is still a verb.
        let found = speakers(
            "The levy, which the Harbour Institute estimates would raise $4 million, passed.",
        );
        assert_eq!(found, vec!["the Harbour Institute".to_string()]);
    }
}
