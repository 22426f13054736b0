//! The cue scan: the table of cues built from `[attribution]` (each with how it attributes
//! and the kind of claim it marks: said, wants, demands, found…) and the search for them
//! among a sentence's tokens.

use crate::rules::RuleSet;
use crate::text::Token;
use crate::words::{WordGate, WordMap, WordSet, ends_in_possessive, is_plural_noun};

use super::sentence::SentenceCtx;
use super::{english, inflect};

/// How a cue word attributes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum CueClass {
    /// "said", "told", "wants", "called for": attributes on its own.
    Plain,
    /// "believes", "found": attributes only before a clause or a quotation, or after one of
    /// the `documents` (`a poll shows …`).
    NeedsThat,
    /// "endorsed", "praised": attributes its object, a noun phrase that ends at a comma or
    /// an adjunct (`Cruz endorsed Trump on Friday`), or a clause as [`CueClass::Plain`].
    Object,
    /// "according to".
    AccordingTo,
}

/// The kind of claim a cue marks: an index into [`Cues::kinds`]; [`SAID_KIND`] is `said`.
pub(super) type KindId = u16;

/// The kind id of everything said ([`SAID`]): the first kind.
pub(super) const SAID_KIND: KindId = 0;

/// The kind of everything said (`said`, `told`, `according to`), and of the cues listed
/// outside any `[[attribution.kind]]`.
pub const SAID: &str = "said";

/// A cue found in a sentence: token range `[start, end)`.
#[derive(Debug, Clone, Copy)]
pub(super) struct FoundCue {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) class: CueClass,
    pub(super) kind: KindId,
}

/// One cue phrase under its first word: the words after it, how it attributes, its kind.
#[derive(Debug, Clone)]
pub(super) struct CuePhrase {
    rest: Vec<String>,
    class: CueClass,
    kind: KindId,
}

/// Every cue of the rules, looked up by first word (lower case).
pub(super) struct Cues {
    /// first word → phrases starting with it, longest first
    table: WordMap<Vec<CuePhrase>>,
    /// The first words of [`Cues::table`], so that the scan passes over most words without
    /// hashing them.
    firsts: WordGate,
    /// Kind names; `kinds[0]` is [`SAID`].
    pub(super) kinds: Vec<String>,
    /// Nouns for polls, studies and reports (lower case).
    pub(super) documents: WordSet,
    /// Nouns for messages put out that are no documents (lower case).
    messages: WordSet,
    /// Nouns for groups and bodies that act as sources (lower case).
    bodies: WordSet,
    /// Nouns of attitude (`claim`, `promise`, `plan`) → the kind each marks.
    nouns: WordMap<KindId>,
    /// The words of [`Cues::nouns`]: every word of a sentence is asked whether it is one,
    /// and most are turned away here without being hashed.
    noun_gate: WordGate,
    /// Nouns of a stance taken up by a verb's subject (`critique`, `praise`) → their kind.
    stance_nouns: WordMap<KindId>,
    /// The words of [`Cues::stance_nouns`], asked of every word before it is hashed.
    stance_gate: WordGate,
}

impl Cues {
    /// The cues of `rules`: the plain lists of `[attribution]` as `said`, then each kind's
    /// verbs in all their forms. A phrase listed again takes its later place: a desk may move
    /// a verb to another kind.
    pub(super) fn new(rules: &RuleSet) -> Cues {
        let mut cues = Cues {
            table: WordMap::default(),
            firsts: WordGate::default(),
            kinds: vec![SAID.to_string()],
            documents: lower_set(&rules.attribution.documents),
            messages: lower_set(&rules.attribution.messages),
            bodies: lower_set(&rules.attribution.bodies),
            nouns: WordMap::default(),
            noun_gate: WordGate::default(),
            stance_nouns: WordMap::default(),
            stance_gate: WordGate::default(),
        };
        for cue in &rules.attribution.cues {
            cues.add(cue, CueClass::Plain, 0);
        }
        for cue in &rules.attribution.that_cues {
            cues.add(cue, CueClass::NeedsThat, 0);
        }
        for kind in &rules.attribution.kind {
            let id = match cues.kinds.iter().position(|k| *k == kind.name) {
                Some(i) => i,
                None => {
                    cues.kinds.push(kind.name.clone());
                    cues.kinds.len() - 1
                }
            };
            let id = KindId::try_from(id).unwrap_or(KindId::MAX);
            for (verbs, class) in [
                (&kind.verbs, CueClass::Plain),
                (&kind.that_verbs, CueClass::NeedsThat),
                (&kind.object_verbs, CueClass::Object),
            ] {
                for verb in verbs {
                    for form in inflect::verb_forms(verb) {
                        cues.add(&form, class, id);
                    }
                }
            }
            for noun in &kind.nouns {
                let noun = noun.trim().to_lowercase();
                cues.noun_gate.insert(&noun);
                cues.nouns.insert(noun, id);
            }
            for noun in &kind.stance_nouns {
                let noun = noun.trim().to_lowercase();
                cues.stance_gate.insert(&noun);
                cues.stance_nouns.insert(noun, id);
            }
        }
        cues
    }

    fn add(&mut self, phrase: &str, class: CueClass, kind: KindId) {
        let mut words = phrase.split_whitespace().map(str::to_lowercase);
        let Some(first) = words.next() else { return };
        let class = if first == "according" {
            CueClass::AccordingTo
        } else {
            class
        };
        let rest: Vec<String> = words.collect();
        self.firsts.insert(&first);
        let entry = self.table.entry(first).or_default();
        entry.retain(|p| p.rest != rest);
        entry.push(CuePhrase { rest, class, kind });
        // Longest phrases first so "pointed out" wins over "pointed".
        entry.sort_by_key(|p| std::cmp::Reverse(p.rest.len()));
    }

    /// Whether the word `lower` is a cue on its own (`said`, `wants`; not `campaign`, which
    /// is one only in `campaign against`).
    #[inline]
    pub(super) fn contains_key(&self, lower: &str) -> bool {
        self.firsts.may_hold(lower) && self.is_single_word_cue(lower)
    }

    /// [`Cues::contains_key`] past the gate, kept out of line so the gate is inlined.
    #[inline(never)]
    fn is_single_word_cue(&self, lower: &str) -> bool {
        self.table
            .get(lower)
            .is_some_and(|phrases| phrases.iter().any(|p| p.rest.is_empty()))
    }

    /// Whether the word `lower` opens a cue of saying that attributes on its own (`said`,
    /// `told`, `pointed` of `pointed out`), not one of attitude or action.
    pub(super) fn is_speech_verb(&self, lower: &str) -> bool {
        self.firsts.may_hold(lower)
            && self.table.get(lower).is_some_and(|phrases| {
                phrases
                    .iter()
                    .any(|p| p.class == CueClass::Plain && p.kind == SAID_KIND)
            })
    }

    /// Whether the word `lower` is a cue of a view or an aim only (`thought`, `wanted`,
    /// `decided`: kinds `believes`, `wants`, `intends`), never one of saying or of a deed
    /// done to others (`said`, `criticized`).
    pub(super) fn is_view_or_aim_verb(&self, lower: &str) -> bool {
        self.firsts.may_hold(lower)
            && self.table.get(lower).is_some_and(|phrases| {
                phrases
                    .iter()
                    .all(|p| matches!(self.kind_name(p.kind), "believes" | "wants" | "intends"))
            })
    }

    /// Whether `lower` names a poll, a study or a document (`poll`, `report`): a source that
    /// speaks for itself.
    pub(super) fn is_document(&self, lower: &str) -> bool {
        self.documents.contains(lower)
    }

    /// Whether `lower` names a group or body that acts as a source (`committee`).
    pub(super) fn is_body(&self, lower: &str) -> bool {
        self.bodies.contains(lower)
    }

    /// The kind the noun of attitude `lower` marks (`claim` → said, `promise` → promises).
    #[inline]
    pub(super) fn noun_kind(&self, lower: &str) -> Option<KindId> {
        if !self.noun_gate.may_hold(lower) {
            return None;
        }
        self.noun_kind_of(lower)
    }

    /// [`Cues::noun_kind`] past the gate, kept out of line so the gate is inlined.
    #[inline(never)]
    fn noun_kind_of(&self, lower: &str) -> Option<KindId> {
        self.nouns.get(lower).copied()
    }

    /// The kind the stance noun `lower` marks (`critique` → criticizes, `praise` →
    /// supports).
    #[inline]
    pub(super) fn stance_noun_kind(&self, lower: &str) -> Option<KindId> {
        if !self.stance_gate.may_hold(lower) {
            return None;
        }
        self.stance_nouns.get(lower).copied()
    }

    /// Whether `lower` names a message put out that is no document (`tweet`, `release`).
    pub(super) fn is_message(&self, lower: &str) -> bool {
        self.messages.contains(lower)
    }

    /// The kind of the first cue among the words of `phrase` (`has called for` → `demands`),
    /// else of its first noun of attitude or stance (`'s decision` → `intends`), or `None`
    /// when no word is one.
    pub(super) fn kind_of(&self, phrase: &str) -> Option<&str> {
        let words: Vec<String> = phrase
            .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        let verb = (0..words.len()).find_map(|i| {
            self.table.get(&words[i])?.iter().find_map(|p| {
                let fits = p
                    .rest
                    .iter()
                    .enumerate()
                    .all(|(k, w)| words.get(i + 1 + k) == Some(w));
                fits.then(|| self.kind_name(p.kind))
            })
        });
        verb.or_else(|| {
            let mut nouns = words.iter().map(|w| w.as_str());
            let kind =
                nouns.find_map(|w| self.noun_kind(w).or_else(|| self.stance_noun_kind(w)))?;
            Some(self.kind_name(kind))
        })
    }

    /// The name of kind `id`.
    pub(super) fn kind_name(&self, id: KindId) -> &str {
        self.kinds.get(usize::from(id)).map_or(SAID, String::as_str)
    }

    /// The cues of a headline, whatever the case of their words (a headline capitalises its
    /// verbs), in order and not overlapping, with the names of their kinds: token ranges
    /// outside quotations.
    pub(super) fn find_in_headline(&self, ctx: &SentenceCtx<'_>) -> Vec<(usize, usize, String)> {
        let mut found = Vec::new();
        let mut i = 0;
        while i < ctx.tokens.len() {
            let phrase = (!ctx.quoted_at(i))
                .then(|| self.table.get(ctx.low(i)))
                .flatten()
                .and_then(|options| {
                    options.iter().find(|p| {
                        p.rest
                            .iter()
                            .enumerate()
                            .all(|(k, w)| !ctx.quoted_at(i + 1 + k) && ctx.low(i + 1 + k) == w)
                    })
                });
            match phrase {
                Some(p) => {
                    let end = i + 1 + p.rest.len();
                    found.push((i, end, self.kind_name(p.kind).to_string()));
                    i = end;
                }
                None => i += 1,
            }
        }
        found
    }

    /// The cues among a sentence's tokens, in order and not overlapping (the longest phrase
    /// wins): words outside quotations, written as verbs rather than names or nouns.
    pub(super) fn find(
        &self,
        text: &str,
        tokens: &[Token],
        lower_words: &[&str],
        quoted: &[bool],
    ) -> Vec<FoundCue> {
        let mut found = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            // Most words start no cue: turned away by their first and last bytes and length.
            let lower = lower_words[i];
            if quoted[i] || !tokens[i].is_word() || !self.firsts.may_hold(lower) {
                i += 1;
                continue;
            }
            // Cues are short ASCII words: others are passed over.
            let span = tokens[i].span;
            if span.len() > MAX_CUE_WORD
                || !text
                    .as_bytes()
                    .get(span.start..span.end)
                    .is_some_and(<[u8]>::is_ascii)
            {
                i += 1;
                continue;
            }
            let Some(options) = self.table.get(lower) else {
                i += 1;
                continue;
            };
            // A verb cue is written in lower case ("State" and "States" are names) and is
            // not a noun after a determiner ("a cautionary note").
            let capital_inside = i > 0 && tokens[i].is_capitalized(text) && lower != "according";
            let past = lower.ends_with("ed")
                || english::is_irregular_past(lower)
                || matches!(lower, "made" | "took" | "gave" | "laid" | "shot");
            // `a cautionary note`, but `most voters say`: after a plural noun, a verb.
            // `Most believe`, `Many fear`: a quantifier standing for people, before a verb.
            let quantifier_subject =
                i > 0 && !lower.ends_with('s') && english::stands_for_people(lower_words[i - 1]);
            // `a statement saying`: a participle after a document or a message is a verb.
            let after_document = i > 0
                && english::is_participle(lower)
                && (self.documents.contains(lower_words[i - 1])
                    || self.is_message(lower_words[i - 1]));
            let noun_use = !past
                && !quantifier_subject
                && !after_document
                && ((i > 0 && english::is_determiner(lower_words[i - 1]))
                    || (i > 1
                        && !lower.ends_with('s')
                        && english::is_determiner(lower_words[i - 2])
                        && !tokens[i - 1].is_capitalized(text)
                        && tokens[i - 1].is_word()
                        && !is_plural_noun(lower_words[i - 1])
                        && !after_placed_group(lower_words, i)
                        && !after_relative_clause(tokens, lower_words, quoted, i)));
            let mut matched = None;
            if !capital_inside && !noun_use && !plural_noun(text, tokens, lower_words, i) {
                for phrase in options {
                    let fits = phrase.rest.iter().enumerate().all(|(k, w)| {
                        tokens.get(i + 1 + k).is_some_and(|t| {
                            !quoted[i + 1 + k] && t.text(text).eq_ignore_ascii_case(w)
                        })
                    });
                    // A verb with its own particle is another verb: "ruled out", "called
                    // off", "backed down" (listed phrases such as "pointed out" match first).
                    let particle = phrase.rest.is_empty()
                        && tokens.get(i + 1).is_some_and(|t| {
                            let next = t.text(text);
                            PARTICLES.iter().any(|p| next.eq_ignore_ascii_case(p))
                        });
                    if fits && !particle {
                        matched = Some(FoundCue {
                            start: i,
                            end: i + 1 + phrase.rest.len(),
                            class: phrase.class,
                            kind: phrase.kind,
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
}

/// Whether the -s form at `i` is a plural noun rather than a verb: before a verb that
/// agrees with a plural (`the claims were false`, `his demands have grown`), or closing a
/// noun phrase that opens on a possessive, after a verb or a preposition (`dismissed the
/// party's core fraud claims.`, `met the union's pay demands in talks`), where nothing that a
/// verb would take follows.
fn plural_noun(text: &str, tokens: &[Token], lower_words: &[&str], i: usize) -> bool {
    let lower = lower_words[i];
    if !lower.ends_with('s') || lower.ends_with("ss") || i == 0 {
        return false;
    }
    let next = lower_words.get(i + 1).copied().unwrap_or("");
    if matches!(next, "are" | "were" | "have" | "remain") {
        return true;
    }
    let ends_phrase = tokens.get(i + 1).is_none_or(|t| !t.is_word())
        || next != "to" && english::is_preposition(next);
    ends_phrase
        && (2..=POSSESSIVE_PHRASE_WORDS + 1)
            .take_while(|&back| {
                i >= back && {
                    let between = &tokens[i - back + 1];
                    between.is_word()
                        && !between.is_capitalized(text)
                        && !lower_words[i - back + 1].ends_with("ly")
                }
            })
            .any(|back| {
                let k = i - back;
                let possessive = matches!(lower_words[k], "'s" | "’s" | "'" | "’")
                    || tokens[k].is_word() && ends_in_possessive(lower_words[k]);
                // The phrase stands after a verb or a preposition (`dismissed the party's
                // fraud claims`), not as a subject (`, the ad's narrator says.`).
                possessive
                    && (k.saturating_sub(POSSESSOR_WORDS)..k).any(|j| {
                        tokens[j].is_word()
                            && (english::is_finite_verb(lower_words[j])
                                || english::is_preposition(lower_words[j]))
                    })
            })
}

/// Most words of the possessor and its determiner before the possessive ending (`the
/// Democrats'`, `the state party's`).
const POSSESSOR_WORDS: usize = 3;

/// Most words between a possessive and the noun that closes its phrase (`the party's core
/// voter fraud claims`).
const POSSESSIVE_PHRASE_WORDS: usize = 3;

/// The words of a rule list in lower case.
fn lower_set(words: &[String]) -> WordSet {
    words.iter().map(|w| w.to_lowercase()).collect()
}

/// Whether the bare form at `i` follows a plural noun and the phrase that places it or
/// tells which ones (`Officials in the county say`, `critics of the plan warn that`,
/// `People close to the mayor say`): the verb agrees with the plural noun, and the word
/// before it ends that phrase rather than standing as an adjective before a noun (`a
/// hopeful note`). A preposition after the word (`the final say over`) keeps it a noun.
fn after_placed_group(lower_words: &[&str], i: usize) -> bool {
    // `Some in the party say`, `few on both sides of the fight think`: a quantifier
    // standing for people agrees with the bare verb as a plural noun does ("both" and
    // "all" float after the names they count).
    let people = |w: &str| {
        is_plural_noun(w)
            || english::is_collective_noun(w)
            || w == "people"
            || english::stands_for_people(w) && !matches!(w, "both" | "all")
    };
    let word = |w: &str| w.chars().next().is_some_and(char::is_alphanumeric);
    // The preposition that opens the phrase, a few words back, with only words after it.
    let placed = (3..=PLACE_PHRASE_WORDS + 1)
        .take_while(|&back| i > back && word(lower_words[i - back + 1]))
        .any(|back| {
            let p = i - back;
            (english::places_a_group(lower_words[p]) || lower_words[p] == "of")
                && people(lower_words[p - 1])
        });
    // `Aides close to the governor say`: an adjective and its preposition tell which ones.
    let qualified = i > 4
        && english::qualifies_after_noun(lower_words[i - 4], lower_words[i - 3])
        && people(lower_words[i - 5]);
    (placed || qualified)
        && !lower_words
            .get(i + 1)
            .is_some_and(|next| english::is_preposition(next))
}

/// Most words of the phrase that places a group before a bare verb, its preposition
/// included (`on both sides of the fight`).
const PLACE_PHRASE_WORDS: usize = 6;

/// Whether the bare form at `i` ends a relative clause that follows a plural noun
/// (`Analysts who study the market say`, `residents who live near the plant believe`): the
/// verb agrees with the people before "who", not with the last noun of their clause. A
/// preposition after the word (`the final say over`) keeps it a noun.
fn after_relative_clause(
    tokens: &[Token],
    lower_words: &[&str],
    quoted: &[bool],
    i: usize,
) -> bool {
    let from = i.saturating_sub(RELATIVE_CLAUSE_WORDS).max(1);
    let Some(who) = (from..i.saturating_sub(1))
        .rev()
        .take_while(|&k| tokens[k].is_word() && !quoted[k])
        .find(|&k| lower_words[k] == "who")
    else {
        return false;
    };
    let people = lower_words[who - 1];
    (is_plural_noun(people) || matches!(people, "people" | "those" | "others"))
        && tokens[who - 1].is_word()
        && !lower_words
            .get(i + 1)
            .is_some_and(|next| english::is_preposition(next))
}

/// Most words of a relative clause between "who" and the verb it ends before.
const RELATIVE_CLAUSE_WORDS: usize = 10;

/// The particles that make a verb cue another verb (`ruled out`, `called off`), in lower
/// case: a word is one whatever its ASCII case.
const PARTICLES: [&str; 6] = ["out", "off", "up", "down", "away", "back"];

/// Longest first word of a cue looked up, in bytes.
const MAX_CUE_WORD: usize = 24;
