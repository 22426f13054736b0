//! Antecedents: the person a pronoun or a role noun that speaks stands for ("Kerry told
//! reporters in Munich … He said …"): the nearest subject before it in its paragraph, or
//! the speaker of the sentence before the paragraph — never simply whoever spoke last.

use crate::article::{Article, Span};
use crate::text::{self, Segmented, Sentence};
use crate::words::is_plural_noun;

use super::described_organisation;
use super::title_mentions::TitleMentions;
use super::{Claim, Cue, Extractor, Speaker, english};

/// Words that open a sentence without being its subject's name.
const OPENERS: &[&str] = &[
    "a",
    "after",
    "all",
    "although",
    "an",
    "and",
    "as",
    "at",
    "before",
    "both",
    "but",
    "by",
    "despite",
    "during",
    "each",
    "even",
    "every",
    "for",
    "from",
    "however",
    "if",
    "in",
    "it",
    "its",
    "last",
    "many",
    "meanwhile",
    "most",
    "next",
    "on",
    "once",
    "one",
    "over",
    "since",
    "so",
    "some",
    "still",
    "that",
    "the",
    "their",
    "there",
    "these",
    "this",
    "those",
    "though",
    "to",
    "under",
    "until",
    "when",
    "where",
    "while",
    "with",
    "yet",
];

/// Most words a name run at the opening of a sentence holds ("U.S. Secretary of State John
/// F. Kerry").
const LONGEST_NAME: usize = 9;

/// Most words of a name set off by commas after a role ("Boris Johnson", "Jean-Claude
/// Juncker", "Maria del Carmen Ruiz").
const MOST_NAME_WORDS: usize = 4;

/// A subject met in the text: its sentence, where it starts, the name as written, and
/// whether it is written inside a quotation (someone else's words).
struct Subject {
    sentence: usize,
    start: usize,
    name: String,
    quoted: bool,
}

/// A pronoun or role noun that speaks: where it is written, its lower case ("he", "the
/// senator") and whether it stands inside a quotation.
struct Mention<'a> {
    at: usize,
    word: &'a str,
    quoted: bool,
}

impl Extractor<'_> {
    /// Sets the antecedent of each claim whose speaker is "he", "she" or a role noun ("the
    /// senator"), written in the claim's own sentence: the nearest subject before it in its
    /// sentence or paragraph (a speaker named there, or the name that opens a sentence),
    /// else the named speaker of the sentence right before the paragraph. A subject of the
    /// wrong sex for the pronoun ("Mrs. Clinton" for "he") is passed over.
    pub(super) fn find_antecedents(&self, text: &str, segmented: &Segmented, claims: &mut [Claim]) {
        let sentences = &segmented.sentences;
        // Whether a mention stands inside a quotation.
        let quoted = |span: Span| {
            segmented
                .quotations_in(span)
                .iter()
                .any(|q| q.inner.contains(span))
        };
        // Speakers named so far (and the antecedents found), in text order.
        let mut named: Vec<Subject> = Vec::new();
        // Organisations that spoke so far, in text order, for "it".
        let mut bodies: Vec<Subject> = Vec::new();
        // Each "it" that speaks, by its span, and the organisation it stands for (`None`:
        // none; the speaker stays "it" as written, known to no entity), for the claims
        // that carry it on.
        let mut its: Vec<(Span, Option<String>)> = Vec::new();
        // The claims in the order their speakers are written, which is not always the
        // claims' order: in "the governor unveiled figures which he claimed show the budget
        // is broken and show the state is missing its goals", the claim of "he" is read
        // first, yet the governor, named before "he", is whom it stands for.
        // Sorted only when they are not already (a claim with no speaker written resolves
        // nothing, wherever it stands).
        let written_at = |c: &Claim| c.speaker.as_ref().and_then(|s| s.span).map(|s| s.start);
        let mut last = 0;
        let in_order = claims.iter().filter_map(written_at).all(|at| {
            let before = last;
            last = at;
            before <= at
        });
        let mut order: Vec<usize> = Vec::new();
        if !in_order {
            order = (0..claims.len())
                .filter(|&i| written_at(&claims[i]).is_some())
                .collect();
            order.sort_by_key(|&i| written_at(&claims[i]));
        }
        let count = if in_order { claims.len() } else { order.len() };
        for k in 0..count {
            // With the claims in order, `order` is empty and a claim's place is its own.
            let Some(claim) = claims.get_mut(order.get(k).copied().unwrap_or(k)) else {
                continue;
            };
            let Some(speaker) = claim.speaker.as_mut() else {
                continue;
            };
            // An "it" carried on from an earlier sentence: as it was resolved there.
            if speaker.text.eq_ignore_ascii_case("it")
                && let Some(span) = speaker.span
                && !claim.sentence.contains(span)
            {
                if let Some((_, Some(body))) = its.iter().find(|(at, _)| *at == span) {
                    speaker.antecedent = Some(body.clone());
                }
                continue;
            }
            // A "he" or "she" before the claim's sentence (`He did not say. "…"`, the
            // quotation his) is resolved where it is written, unless it came resolved.
            let carried = speaker.antecedent.is_none()
                && ["he", "she"]
                    .iter()
                    .any(|p| speaker.text.eq_ignore_ascii_case(p));
            let Some(span) = speaker.span.filter(|s| {
                claim.sentence.contains(*s) || carried && s.end <= claim.sentence.start
            }) else {
                continue;
            };
            let sentence = sentence_at(sentences, span.start);
            if speaker.text.eq_ignore_ascii_case("it") {
                let body =
                    sentence.and_then(|s| organisation_before(sentences, &bodies, s, span.start));
                its.retain(|(at, _)| *at != span);
                its.push((span, body.clone()));
                speaker.antecedent = body;
                continue;
            }
            let Some(s) = sentence else {
                continue;
            };
            // "the lender": the organisation that spoke or was named nearest before it,
            // never a person.
            if described_organisation::is_described_organisation(&speaker.text, self.rules) {
                let body = organisation_before(sentences, &bodies, s, span.start).or_else(|| {
                    described_organisation::named_before(text, sentences, s, span.start, self.rules)
                });
                if bodies.last().is_none_or(|b| b.sentence <= s) {
                    bodies.push(Subject {
                        sentence: s,
                        start: span.start,
                        name: body.clone().unwrap_or_else(|| speaker.text.clone()),
                        quoted: quoted(span),
                    });
                }
                speaker.antecedent = body;
                continue;
            }
            if self.is_organisation(&speaker.text) && bodies.last().is_none_or(|b| b.sentence <= s)
            {
                bodies.push(Subject {
                    sentence: s,
                    start: span.start,
                    name: speaker.text.clone(),
                    quoted: quoted(span),
                });
            }
            if named.last().is_some_and(|n| n.sentence > s) {
                continue;
            }
            // A possessive holder (`his claim that …`) stands for whom its subject form does.
            // Lowered without a copy when the speaker is written in small letters ("he").
            let lowered = crate::words::lower_case(&speaker.text);
            let lower = match lowered.as_ref() {
                "his" => "he",
                "her" => "she",
                other => other,
            };
            let pronoun = matches!(lower, "he" | "she");
            let name = if pronoun || is_role_noun(&speaker.text) {
                let mention = Mention {
                    at: span.start,
                    word: lower,
                    quoted: quoted(span),
                };
                speaker.antecedent = self.antecedent(text, sentences, &named, s, &mention);
                speaker.antecedent.clone()
            } else if is_name(&speaker.text) {
                Some(speaker.text.clone())
            } else {
                // "who", found with the name it stands for.
                speaker.antecedent.clone()
            };
            if let Some(name) = name {
                named.push(Subject {
                    sentence: s,
                    start: span.start,
                    name,
                    quoted: quoted(span),
                });
            }
        }
    }

    /// The person a pronoun (or role noun) `mention` in sentence `s` stands for. A speaker
    /// named inside a quotation (`“…, but that Vance had told her, ‘…’” Ms. Reyes wrote. She
    /// said …`) is in someone else's words: no antecedent of a pronoun outside quotations.
    fn antecedent(
        &self,
        text: &str,
        sentences: &[Sentence],
        named: &[Subject],
        s: usize,
        mention: &Mention<'_>,
    ) -> Option<String> {
        let (at, word) = (mention.at, mention.word);
        // "the president" stands only for someone the copy calls President: not for the
        // CIA director who spoke last.
        let title = self.role_title(word);
        // Where the copy before the mention writes the title, found once for every
        // candidate the title is tried on.
        let mentions = title
            .as_deref()
            .map(|t| TitleMentions::find(text.get(..at).unwrap_or(""), t));
        let fits =
            |name: &str| agrees(word, name) && mentions.as_ref().is_none_or(|m| titled(m, name));
        // The speakers named in sentence `t` that the mention may stand for, nearest last.
        let speakers_in = |t: usize| {
            let from = named.partition_point(|n| n.sentence < t);
            let to = named.partition_point(|n| n.sentence <= t);
            named[from..to]
                .iter()
                .filter(|n| mention.quoted || !n.quoted)
        };
        if let Some(n) = speakers_in(s).rev().find(|n| n.start < at && fits(&n.name)) {
            return Some(n.name.clone());
        }
        // "Though she called the fees outrageous, Clinton stopped short of …": a pronoun in
        // a clause that opens the sentence stands for the name that opens the main clause.
        if title.is_none()
            && let Some(sentence) = sentences[s].span.of(text).get(..)
            && let Some(first) = sentence.split_whitespace().next()
            && english::subordinates(&first.to_lowercase())
            && let Some(comma) = sentence.find(',')
            && sentences[s].span.start + comma > at
            && let Some(name) = self
                .opening_name(sentence[comma + 1..].trim_start(), named)
                .or_else(|| {
                    // "Though she …, Clinton restricted …" after "Hillary Clinton" was
                    // written: a surname alone, named in full before, opens the main clause
                    // (for "he" or "she": "When the poll asked …, Clinton was supported"
                    // is no poll of Clinton's).
                    matches!(word, "he" | "she").then_some(())?;
                    opening_surname(sentence[comma + 1..].trim_start())
                        .filter(|s| written_in_full(text.get(..at).unwrap_or(""), s))
                })
            && fits(&name)
        {
            return Some(name);
        }
        // "Marco Rubio spoke over boos as he congratulated …": the name that opens the
        // pronoun's own sentence, when no one speaks before it there.
        if title.is_none()
            && let Some(opening) = text.get(sentences[s].span.start..at)
            && let Some(name) = self.opening_name(opening, named)
            && fits(&name)
        {
            return Some(name);
        }
        // "While Mr. Sato heaped praise on Ms. Ruiz …, which he said …": after a word that
        // opens a subordinate clause, the name that opens that clause.
        if title.is_none()
            && let Some(opening) = text.get(sentences[s].span.start..at)
            && let Some((first, rest)) = opening.trim_start().split_once(char::is_whitespace)
            && english::subordinates(&first.to_lowercase())
            && let Some(name) = self.opening_name(rest.trim_start(), named)
            && fits(&name)
        {
            return Some(name);
        }
        let paragraph = sentences[s].paragraph;
        let mut t = s;
        while t > 0 && sentences[t - 1].paragraph == paragraph {
            t -= 1;
            if let Some(n) = speakers_in(t).rev().find(|n| fits(&n.name)) {
                return Some(n.name.clone());
            }
            if let Some(name) = self.opening_name(sentences[t].span.of(text), named)
                && fits(&name)
            {
                return Some(name);
            }
        }
        // The sentence before the paragraph, if someone named speaks in it; else, for "he"
        // or "she", the person whose words or deeds open it ("Ms. Ruiz's remarks
        // suggested she backed that plan. ¶ “…,” she said.").
        let found = t.checked_sub(1).and_then(|b| {
            speakers_in(b)
                .rev()
                .find(|n| fits(&n.name))
                .map(|n| n.name.clone())
                .or_else(|| {
                    matches!(word, "he" | "she").then_some(())?;
                    self.opening_possessor(sentences[b].span.of(text), named)
                        .filter(|name| fits(name))
                })
        });
        // Else, for a role, the one person the copy so far gives that title.
        found.or_else(|| mentions.and_then(|m| self.only_titled(&m)))
    }

    /// Whether a speaker is an organisation, which "it" may stand for: a name or a
    /// description ending in an organisation word ("the Interior Ministry", "the
    /// committee"), an acronym ("IRNA", "the F.B.I."), or a description in lower case of no
    /// person ("the company", "the lawsuit").
    fn is_organisation(&self, mention: &str) -> bool {
        let Some(last) = mention.split_whitespace().last() else {
            return false;
        };
        let last = bare(last);
        // Two letters or more, every one a capital: counted, not collected.
        let (letters, capitals) = last
            .chars()
            .filter(|c| c.is_alphabetic())
            .fold((0, 0), |(n, up), c| {
                (n + 1, up + usize::from(c.is_uppercase()))
            });
        let acronym = letters >= 2 && capitals == letters;
        let thing = is_role_noun(mention) && !self.rules.is_title(last) && !last.ends_with('s');
        self.rules.is_organization_word(last) || acronym || thing
    }

    /// The title a role noun names ("the president" → "president"), when its last word is
    /// one of the rules' titles.
    fn role_title(&self, mention: &str) -> Option<String> {
        if !is_role_noun(mention) {
            return None;
        }
        let last = mention.split_whitespace().last()?;
        self.rules.is_title(last).then(|| last.to_lowercase())
    }

    /// The name of the one person the copy writes after the title's `mentions`
    /// ("President Donald Trump's nominee" → "Donald Trump"), when they name exactly one.
    fn only_titled(&self, mentions: &TitleMentions) -> Option<String> {
        let mut found: Option<String> = None;
        for after in mentions.words_after() {
            let name: Vec<&str> = after
                .skip_while(|w| self.rules.is_title(w))
                .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
                .take(3)
                .map(bare)
                .collect();
            // "… in May. The engineers warned": a word that opens a sentence is no name.
            if name
                .first()
                .is_some_and(|w| OPENERS.binary_search(&w.to_lowercase().as_str()).is_ok())
            {
                continue;
            }
            let Some(surname) = name.last().filter(|s| !s.is_empty()) else {
                continue;
            };
            match &found {
                Some(f) if f.split_whitespace().last() != Some(surname) => return None,
                Some(_) => {}
                None => found = Some(name.join(" ")),
            }
        }
        found
    }

    /// The person `previous`, a sentence in which no one speaks, is about, when `sentence`
    /// opens with a quotation right after it (`Sen. Bernie Sanders … identified young voters'
    /// exhaustion as a reason … "The younger people are …"`): the first person named in it
    /// outside quotations and not after a preposition, with a title or a given name. The
    /// quotation is theirs, as a quote goes on with whoever the sentence before was about.
    pub(super) fn narrated_subject(
        &self,
        article: &Article,
        segmented: &Segmented,
        previous: &Sentence,
        sentence: &Sentence,
    ) -> Option<(usize, Speaker, Option<Cue>)> {
        let text = article.text.as_str();
        let opens_quote = sentence
            .span
            .of(text)
            .trim_start()
            .starts_with(['"', '“', '\'', '‘', '«']);
        if !opens_quote || sentence.paragraph > previous.paragraph + 1 {
            return None;
        }
        let tokens = text::tokenize(text, previous.span, self.rules);
        let quotations = segmented.quotations_in(previous.span);
        let quoted = |i: usize| quotations.iter().any(|q| q.outer.contains(tokens[i].span));
        let capital = |i: usize| tokens[i].is_capitalized(text) && tokens[i].is_word();
        let mut i = 0;
        while i < tokens.len() {
            if !capital(i) || quoted(i) {
                i += 1;
                continue;
            }
            let start = i;
            while i < tokens.len() && capital(i) && !quoted(i) {
                i += 1;
            }
            let before = start
                .checked_sub(1)
                .map(|b| tokens[b].text(text).to_lowercase());
            let after_preposition = before.as_deref().is_some_and(english::is_preposition);
            let words: Vec<&str> = (start..i).map(|k| tokens[k].text(text)).collect();
            let opener = start == 0
                && OPENERS
                    .binary_search(&words[0].to_lowercase().as_str())
                    .is_ok();
            let titled = words.iter().any(|w| self.rules.is_title(w));
            let names = words.iter().filter(|w| !self.rules.is_title(w)).count();
            let last = words.last().copied().unwrap_or("");
            let person = (titled && names >= 1 || names >= 2)
                && !self.rules.is_organization_word(last)
                && !last.ends_with("'s")
                && !last.ends_with("’s");
            if !after_preposition && !opener && person {
                let span = Span::new(tokens[start].span.start, tokens[i - 1].span.end);
                let speaker = Speaker::written(text, span);
                return Some((previous.paragraph, speaker, None));
            }
            // The subject stands before the sentence's verb.
            if tokens
                .get(i)
                .is_some_and(|t| english::is_finite_verb(&t.text(text).to_lowercase()))
            {
                return None;
            }
        }
        None
    }

    /// The person's name that opens a sentence as its subject ("Kerry met Lavrov …",
    /// "Russian Prime Minister Dmitry Medvedev, however, has cautioned …"): a run of
    /// capitalised words followed by a comma or a word in lower case, that reads as a person
    /// — with a title, with a given name and a surname, or a surname already named.
    /// The name set off by commas after the role that opens `sentence` as its subject
    /// ("Canada's trade minister, Ellen Park, used …", "The company's chief
    /// executive, Ana Ruiz, said …"): the role's last word one of the rules' titles, the
    /// name two to four capitalised words closed by a comma, a word in lower case after it.
    fn role_then_name(&self, sentence: &str) -> Option<String> {
        let words: Vec<&str> = sentence
            .split_whitespace()
            .take(LONGEST_NAME + MOST_NAME_WORDS + 1)
            .collect();
        let comma = words
            .iter()
            .take(LONGEST_NAME)
            .position(|w| w.ends_with(','))?;
        let role = words[comma].trim_end_matches(',');
        if comma == 0 || !self.rules.is_title(role) {
            return None;
        }
        let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
        let rest = &words[comma + 1..];
        let last = rest
            .iter()
            .take(MOST_NAME_WORDS)
            .position(|w| w.ends_with(','))?;
        let name: Vec<&str> = rest[..=last]
            .iter()
            .map(|w| w.trim_end_matches(','))
            .collect();
        let verb_follows = rest
            .get(last + 1)
            .is_some_and(|w| w.chars().next().is_some_and(char::is_lowercase));
        let person = name.len() >= 2
            && name.iter().all(|w| capital(w))
            && !name.iter().any(|w| self.rules.is_organization_word(w));
        (person && verb_follows).then(|| name.join(" "))
    }

    /// The name that opens `sentence` as a possessive ("Mr. Trump's comments suggested …"),
    /// when it is a person's as [`Self::opening_name`] would take it.
    fn opening_possessor(&self, sentence: &str, named: &[Subject]) -> Option<String> {
        let words: Vec<&str> = sentence.split_whitespace().take(LONGEST_NAME + 1).collect();
        let at = words
            .iter()
            .position(|w| w.ends_with("'s") || w.ends_with("’s"))?;
        let holder = words[at]
            .strip_suffix("'s")
            .or_else(|| words[at].strip_suffix("’s"))?;
        // One person's name ("Neither Alan Grayson nor Dena Grayson's campaigns" is none).
        let one_name = words[..=at]
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
            && !matches!(
                words[0].to_lowercase().as_str(),
                "neither" | "either" | "both" | "all" | "only" | "not"
            );
        if !one_name {
            return None;
        }
        // The possessive's noun, then a verb: "Mr. Trump's comments suggested".
        let owned = words.get(at + 1)?;
        if !owned.chars().next().is_some_and(char::is_lowercase) {
            return None;
        }
        let mut clause: Vec<&str> = words[..at].to_vec();
        clause.push(holder);
        clause.push(owned);
        self.opening_name(&clause.join(" "), named)
    }

    fn opening_name(&self, sentence: &str, named: &[Subject]) -> Option<String> {
        if let Some(name) = self.role_then_name(sentence) {
            return Some(name);
        }
        // The run below stops at its `LONGEST_NAME`-th word and looks one word past it: the
        // rest of the sentence is never read.
        let words: Vec<&str> = sentence.split_whitespace().take(LONGEST_NAME + 2).collect();
        let first = words.first()?;
        let lower = first.to_lowercase();
        // "Meanwhile, …", "Instead, …": a linking adverb names nobody.
        if OPENERS.binary_search(&lower.as_str()).is_ok()
            || english::is_linking_adverb(lower.trim_end_matches(','))
        {
            return None;
        }
        let mut run: Vec<&str> = Vec::new();
        let mut comma = false;
        for (i, w) in words.iter().enumerate() {
            let capital = w.chars().next().is_some_and(char::is_uppercase);
            let glue = !run.is_empty()
                && (*w == "of"
                    || w.starts_with("al-")
                    || matches!(*w, "bin" | "de" | "van" | "von"))
                && words
                    .get(i + 1)
                    .is_some_and(|n| n.chars().next().is_some_and(char::is_uppercase));
            if !(capital || glue) || run.len() == LONGEST_NAME {
                break;
            }
            if w.ends_with("'s") || w.ends_with("’s") {
                return None;
            }
            if let Some(bare) = w.strip_suffix(',') {
                run.push(bare);
                comma = true;
                break;
            }
            run.push(w);
        }
        let next = words.get(run.len());
        let verb_follows = next.is_some_and(|n| n.chars().next().is_some_and(char::is_lowercase));
        if run.is_empty() || !(comma || verb_follows) {
            return None;
        }
        let last = *run.last()?;
        if self.rules.is_organization_word(last) || self.rules.is_title(last) {
            return None;
        }
        let titled = run.iter().any(|w| self.rules.is_title(w));
        let names = run
            .iter()
            .filter(|w| !self.rules.is_title(w) && w.chars().next().is_some_and(char::is_uppercase))
            .count();
        let known = named
            .iter()
            .any(|n| n.name.split_whitespace().last() == Some(last));
        (titled || names >= 2 || known).then(|| run.join(" "))
    }
}

/// The one capitalised word that opens `clause` as its subject, a verb in lower case after
/// it ("Clinton restricted …"); `None` for an opener ("Meanwhile"), a pronoun or a run of
/// several capitalised words.
fn opening_surname(clause: &str) -> Option<String> {
    let mut words = clause.split_whitespace();
    let first = words.next()?;
    let next = words.next()?;
    let capital = first.chars().next().is_some_and(char::is_uppercase)
        && first.chars().all(char::is_alphabetic);
    let lower = first.to_lowercase();
    let opener = OPENERS.binary_search(&lower.as_str()).is_ok()
        || english::is_pronoun(&lower)
        || english::is_linking_adverb(&lower);
    let verb = next.chars().next().is_some_and(char::is_lowercase);
    (capital && !opener && verb).then(|| first.to_string())
}

/// Whether the copy `before` writes `surname` after a given name (two capitalised words,
/// "Hillary Clinton"): the surname alone then names that person.
fn written_in_full(before: &str, surname: &str) -> bool {
    let words: Vec<&str> = before.split_whitespace().collect();
    words.windows(2).any(|w| {
        bare(w[1]) == surname
            && w[0].chars().next().is_some_and(char::is_uppercase)
            && w[0].chars().all(|c| c.is_alphabetic() || c == '.')
            && !w[0].ends_with(',')
    })
}

/// The first sentence a reference back from sentence `s` may reach: the one right before
/// its paragraph (or the paragraph's first, at the start of the copy).
pub(super) fn reach_back(sentences: &[Sentence], s: usize) -> usize {
    let paragraph = sentences[s].paragraph;
    let first = (0..=s)
        .rev()
        .take_while(|&t| sentences[t].paragraph == paragraph)
        .last()
        .unwrap_or(s);
    first.saturating_sub(1)
}

/// The organisation an "it" at byte `at` of sentence `s` stands for: the nearest one that
/// spoke before it in its sentence or paragraph, else in the sentence right before the
/// paragraph.
fn organisation_before(
    sentences: &[Sentence],
    bodies: &[Subject],
    s: usize,
    at: usize,
) -> Option<String> {
    let from = reach_back(sentences, s);
    bodies
        .iter()
        .rev()
        .filter(|b| b.sentence < s || b.sentence == s && b.start < at)
        .find(|b| b.sentence >= from)
        .map(|b| b.name.clone())
}

/// The index of the sentence holding byte `at`.
fn sentence_at(sentences: &[Sentence], at: usize) -> Option<usize> {
    let i = sentences.partition_point(|s| s.span.start <= at);
    i.checked_sub(1).filter(|&i| sentences[i].span.end > at)
}

/// "the senator", "the former British Cabinet member": a description of one person's role,
/// in lower case but for names inside it.
fn is_role_noun(mention: &str) -> bool {
    let mut words = mention.split_whitespace();
    words.next().is_some_and(|w| w.eq_ignore_ascii_case("the"))
        && words.last().is_some_and(|w| {
            // "the engineers" are several people, no one person's role.
            w.chars().next().is_some_and(char::is_lowercase) && !is_plural_noun(w)
        })
}

/// A speaker written as a name ("Kerry", "Syrian President Bashar al-Assad"), not a
/// pronoun, a description or a possessive.
fn is_name(mention: &str) -> bool {
    let Some(last) = mention.split_whitespace().last() else {
        return false;
    };
    let first = mention.split_whitespace().next().unwrap_or("");
    mention.chars().next().is_some_and(char::is_uppercase)
        && !matches!(
            first,
            "The" | "A" | "An" | "He" | "She" | "It" | "They" | "We" | "I"
        )
        && (last.chars().next().is_some_and(char::is_uppercase) || last.contains("-"))
        && !last.ends_with("'s")
        && !last.ends_with("’s")
}

/// A word of the copy without its trailing punctuation and possessive ("Trump's," → "Trump").
fn bare(word: &str) -> &str {
    let mut word = word.trim_end_matches(|c: char| !c.is_alphanumeric());
    // Possessives stripped as often as they repeat, "'s" before "’s", without building a
    // substring searcher for each word.
    while let Some(rest) = word.strip_suffix("'s") {
        word = rest;
    }
    while let Some(rest) = word.strip_suffix("’s") {
        word = rest;
    }
    word
}

/// Whether the copy writes `name`'s surname shortly after one of the title's `mentions` (up
/// to four words between: "President Donald Trump", "Sen. Ted Cruz" for "senator").
fn titled(mentions: &TitleMentions, name: &str) -> bool {
    let Some(surname) = name.split_whitespace().last() else {
        return false;
    };
    mentions
        .words_after()
        .any(|after| after.take(5).any(|w| bare(w) == surname))
}

/// Whether a name may stand for the pronoun `word`: a woman's title ("Mrs.", "Ms.") rules
/// out "he", a man's ("Mr.") rules out "she"; role nouns fit anyone.
fn agrees(word: &str, name: &str) -> bool {
    let has = |titles: &[&str]| name.split_whitespace().any(|w| titles.contains(&w));
    match word {
        "he" => !has(&["Mrs.", "Ms.", "Miss", "Ms"]) && !counts_several(name),
        "she" => !has(&["Mr.", "Mr"]) && !counts_several(name),
        _ => true,
    }
}

/// Whether a speaker named with capitals is several people ("Some Britons", "Many
/// Democrats", "Both men"): "he" or "she" stands for no such group.
fn counts_several(name: &str) -> bool {
    let Some(first) = name.split_whitespace().next() else {
        return false;
    };
    crate::words::with_lower_case(first, |w| {
        matches!(
            w,
            "some"
                | "many"
                | "several"
                | "most"
                | "few"
                | "both"
                | "all"
                | "other"
                | "two"
                | "three"
                | "four"
                | "five"
                | "dozens"
                | "hundreds"
                | "thousands"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn openers_are_sorted_for_lookup() {
        assert!(OPENERS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn titles_tell_the_pronoun_apart() {
        assert!(agrees("she", "Mrs. Clinton"));
        assert!(!agrees("he", "Mrs. Clinton"));
        assert!(!agrees("she", "Mr. Trump"));
        assert!(agrees("he", "Kerry"));
    }
}
