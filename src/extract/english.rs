//! English function words the extractor's grammar relies on: what may sit inside a speaker's
//! name, what ends it, and the adjuncts between a cue and what was said.
//!
//! These are closed word classes of the language, not beat knowledge; desks extend the open
//! lists (cues, hedges, titles, negation words) in rule files instead.

pub use crate::words::ends_in_possessive;

/// Words that can never be part of a speaker mention: walking back from a cue stops at them.
pub fn ends_speaker(lower: &str) -> bool {
    matches!(
        lower,
        "that"
            | "which"
            | "who"
            | "whom"
            | "whose"
            | "where"
            | "when"
            | "while"
            | "because"
            | "but"
            | "if"
            | "as"
            | "than"
            | "so"
            | "after"
            | "before"
            | "since"
            | "until"
            | "although"
            | "though"
            | "or"
            | "nor"
            | "to"
            | "in"
            | "on"
            | "at"
            | "for"
            | "from"
            | "with"
            | "by"
            | "about"
            | "into"
            | "over"
            | "under"
            | "against"
            | "during"
            | "is"
            | "was"
            | "are"
            | "were"
            | "be"
            | "been"
            | "being"
            | "has"
            | "have"
            | "had"
            | "do"
            | "does"
            | "did"
            | "not"
            | "there"
            | "here"
            | "him"
            | "her"
            | "them"
            | "us"
            | "me"
            | "it"
            | "this"
            | "these"
            | "those"
            | "what"
            | "how"
            | "why"
            | "then"
            | "also"
            | "yet"
            | "still"
            | "even"
            | "just"
            | "only"
            | "very"
            | "would"
            | "will"
            | "could"
            | "should"
            | "may"
            | "might"
            | "must"
            | "can"
            | "shall"
            | "once"
            | "however"
            | "meanwhile"
            | "instead"
            | "whether"
            | "and"
            | "despite"
            | "like"
            | "unlike"
            | "among"
            | "without"
            | "through"
            | "toward"
            | "towards"
            | "upon"
            | "within"
            | "including"
            | "usually"
            | "perhaps"
            | "maybe"
            | "according"
            | "no"
            | "per"
            | "via"
    )
}

/// Adverbs and auxiliaries that sit between a speaker and the cue ("Kerry also said",
/// "the group has said", "Kerry reportedly said").
pub fn between_speaker_and_cue(lower: &str) -> bool {
    matches!(
        lower,
        "also"
            | "later"
            | "earlier"
            | "has"
            | "have"
            | "had"
            | "was"
            | "is"
            | "were"
            | "are"
            | "would"
            | "will"
            | "then"
            | "again"
            | "repeatedly"
            | "publicly"
            | "privately"
            | "previously"
            | "recently"
            | "once"
            | "further"
            | "quickly"
            | "simply"
            | "himself"
            | "herself"
            | "themselves"
            | "too"
            | "first"
            | "last"
            | "often"
            | "always"
            | "never"
            | "not"
            | "frequently"
            | "subsequently"
            | "separately"
            | "initially"
            | "openly"
            | "flatly"
            | "bluntly"
            | "angrily"
            | "sharply"
            | "explicitly"
            | "specifically"
            | "correctly"
            | "falsely"
            | "wrongly"
            | "rightly"
            | "did"
            | "does"
            | "do"
            | "may"
            | "might"
            | "could"
            | "reportedly"
            | "allegedly"
            | "purportedly"
            | "supposedly"
            | "apparently"
            | "however"
            | "now"
            | "already"
            | "sometimes"
            | "soon"
            | "only"
            | "even"
            | "still"
            | "just"
            | "ever"
    )
}

/// An adverb of manner between a speaker and the cue (`Gorka similarly warned`, `she
/// quietly suggested`): a word in -ly that is no noun (`family`, `ally`, `rally`).
pub fn is_manner_adverb(lower: &str) -> bool {
    lower.len() >= 5
        && lower.ends_with("ly")
        && !matches!(
            lower,
            "family"
                | "ally"
                | "rally"
                | "supply"
                | "assembly"
                | "anomaly"
                | "monopoly"
                | "bully"
                | "daily"
                | "weekly"
                | "monthly"
                | "quarterly"
                | "italy"
                | "july"
                | "reply"
                | "apply"
                | "comply"
                | "multiply"
        )
}

/// Participles that, after a form of "be" and before "to" or "as", report a view without
/// its holder (`is expected to`, `is widely seen as`).
pub fn is_evidential_participle(lower: &str) -> bool {
    matches!(
        lower,
        "expected"
            | "seen"
            | "viewed"
            | "regarded"
            | "considered"
            | "believed"
            | "thought"
            | "rumored"
            | "rumoured"
            | "understood"
            | "projected"
            | "predicted"
            | "estimated"
            | "billed"
            | "perceived"
            | "touted"
    )
}

/// Participles that, after "be", tell a stance their subject holds rather than a deed done
/// to it (`is worried that`, `are determined to`, `was convinced that`, `is opposed to`).
pub fn is_stance_participle(lower: &str) -> bool {
    matches!(
        lower,
        "worried"
            | "concerned"
            | "convinced"
            | "persuaded"
            | "determined"
            | "committed"
            | "resolved"
            | "opposed"
            | "alarmed"
            | "troubled"
            | "disappointed"
            | "frustrated"
            | "pleased"
            | "encouraged"
            | "satisfied"
    )
}

/// Pronouns that stand as the object of a verb (`considers him a friend`).
pub fn is_object_pronoun(lower: &str) -> bool {
    matches!(
        lower,
        "him"
            | "her"
            | "them"
            | "it"
            | "us"
            | "me"
            | "himself"
            | "herself"
            | "themselves"
            | "itself"
            | "ourselves"
    )
}

/// Personal pronouns that can be speakers.
pub fn is_pronoun(lower: &str) -> bool {
    matches!(lower, "he" | "she" | "they" | "we" | "i" | "it" | "you")
}

/// Determiners that open a description ("the secretary", "a senior diplomat").
pub fn is_determiner(lower: &str) -> bool {
    matches!(
        lower,
        "the"
            | "a"
            | "an"
            | "another"
            | "one"
            | "two"
            | "three"
            | "several"
            | "some"
            | "many"
            | "most"
            | "both"
            | "other"
            | "his"
            | "her"
            | "their"
            | "its"
            | "our"
    )
}

/// Words that may stand inside a name or description without being its head.
pub fn is_name_glue(lower: &str) -> bool {
    matches!(
        lower,
        "of" | "the"
            | "de"
            | "da"
            | "del"
            | "der"
            | "van"
            | "von"
            | "al"
            | "bin"
            | "ibn"
            | "la"
            | "le"
            | "du"
            | "for"
            | "&"
    )
}

/// Words that introduce the reported clause after a cue.
pub fn is_complementizer(lower: &str) -> bool {
    matches!(lower, "that" | "whether" | "if")
}

/// Prepositions that open an adjunct between the cue and what was said ("in a statement",
/// "on Twitter", "at a news conference").
pub fn opens_adjunct(lower: &str) -> bool {
    matches!(
        lower,
        "in" | "on"
            | "at"
            | "during"
            | "after"
            | "before"
            | "via"
            | "through"
            | "late"
            | "early"
            | "earlier"
            | "later"
            | "last"
            | "this"
    )
}

/// Words naming a day or a part of one, which close a phrase of time ("on Monday", "late
/// Tuesday", "this morning", "last week").
pub fn is_day_word(lower: &str) -> bool {
    crate::date::Weekday::from_name(lower).is_some()
        || matches!(
            lower,
            "today"
                | "yesterday"
                | "tonight"
                | "morning"
                | "afternoon"
                | "evening"
                | "night"
                | "week"
                | "weekend"
                | "month"
                | "year"
        )
}

/// Words naming a time rather than a person ("Kerry said Sunday").
pub fn is_time_word(lower: &str) -> bool {
    is_day_word(lower)
        || matches!(
            lower,
            "tomorrow"
                | "earlier"
                | "later"
                | "last"
                | "this"
                | "next"
                | "recently"
                | "friday's"
                | "sunday's"
                | "monday's"
        )
}

/// A party label with its state, as written after a lawmaker's name ("R-Ohio", "D-N.Y.",
/// "I-Vt."): a party's initial, a hyphen and a capitalised place.
pub fn is_party_label(word: &str) -> bool {
    let bytes = word.as_bytes();
    bytes.len() >= 3
        && matches!(bytes[0], b'R' | b'D' | b'I')
        && bytes[1] == b'-'
        && bytes[2].is_ascii_uppercase()
}

/// Quantifiers that stand for people as the subject of a verb of view or saying (`Most
/// believe`, `Many fear`, `Others said`).
pub fn stands_for_people(lower: &str) -> bool {
    matches!(
        lower,
        "most" | "many" | "some" | "few" | "several" | "both" | "all" | "others"
    )
}

/// Past forms of verbs of saying and knowing that do not end in "-ed" ("said", "knew",
/// "sought"): a cue in one of them is a verb, never a bare form or a noun.
pub fn is_irregular_past(lower: &str) -> bool {
    matches!(
        lower,
        "said"
            | "told"
            | "wrote"
            | "thought"
            | "knew"
            | "felt"
            | "found"
            | "sought"
            | "held"
            | "saw"
            | "meant"
            | "chose"
            | "swore"
            | "spoke"
    )
}

/// A verb in the past that puts out, keeps or makes something (`issued`, `released`, `sent`,
/// `kept`): a regular past or one of the irregular ones copy uses for it.
pub fn is_verb_in_past(lower: &str) -> bool {
    lower.len() > 4 && lower.ends_with("ed")
        || is_irregular_past(lower)
        || matches!(
            lower,
            "sent" | "put" | "gave" | "ran" | "aired" | "kept" | "made" | "took" | "got"
        )
}

/// Participles that attach a further claim to the same speaker ("…, adding that …").
pub fn is_participle(lower: &str) -> bool {
    lower.ends_with("ing")
}

/// A form of "do" or a verb made negative by "n't" (`does`, `didn't`, `isn't`, `won't`):
/// a finite verb whatever follows it.
pub fn is_do_or_negated(lower: &str) -> bool {
    matches!(lower, "do" | "does")
        || lower.len() > 3 && (lower.ends_with("n't") || lower.ends_with("n’t"))
}

/// Forms of "be": before a participle they make a passive ("was told").
pub fn is_be_form(lower: &str) -> bool {
    matches!(
        lower,
        "be" | "is" | "are" | "was" | "were" | "been" | "being" | "am" | "'s" | "’s"
    )
}

/// Conjunctions that, after a comma, start a clause of the reporter's own rather than more
/// of what was said ("…, but …", "…, while …").
pub fn joins_new_clause(lower: &str) -> bool {
    matches!(
        lower,
        "but"
            | "while"
            | "although"
            | "though"
            | "whereas"
            | "compared"
            | "yet"
            | "meanwhile"
            | "despite"
            | "except"
    )
}

/// Words that, after a comma, open an aside of the reporter's rather than more of what was
/// said: a relative clause (`, which …`), a time or a reason (`, after …`, `, as …`);
/// `next` is the word after (`, as well as …` goes on).
pub fn opens_aside(lower: &str, next: &str) -> bool {
    match lower {
        "which" | "after" | "since" | "whereas" => true,
        "as" => !matches!(next, "well" | "much" | "many" | "long" | "soon"),
        _ => false,
    }
}

/// Conjunctions that open a subordinate clause ("While Turkey said …, both …").
pub fn subordinates(lower: &str) -> bool {
    matches!(
        lower,
        "while"
            | "although"
            | "though"
            | "as"
            | "because"
            | "if"
            | "when"
            | "after"
            | "since"
            | "before"
            | "unless"
            | "whereas"
            | "once"
    )
}

/// Pronouns that open a clause as its subject ("Kerry believes he can …").
pub fn is_subject_pronoun(lower: &str) -> bool {
    matches!(
        lower,
        "he" | "she" | "it" | "they" | "we" | "i" | "you" | "there"
    )
}

/// Modal verbs: `will`, `would`, `could`, `should`, `can`, `may`, `might`, `must`, `shall`.
pub fn is_modal(lower: &str) -> bool {
    matches!(
        lower,
        "will" | "would" | "could" | "should" | "can" | "may" | "might" | "must" | "shall"
    )
}

/// Prepositions: a phrase opened by one modifies what comes before it.
pub fn is_preposition(lower: &str) -> bool {
    matches!(
        lower,
        "of" | "for"
            | "to"
            | "from"
            | "with"
            | "by"
            | "about"
            | "against"
            | "into"
            | "at"
            | "on"
            | "in"
            | "during"
            | "after"
            | "before"
    )
}

/// Prepositions that tell where a group of speakers is or comes from (`Officials in the
/// county`, `speakers at the rally`).
pub fn places_a_group(lower: &str) -> bool {
    matches!(
        lower,
        "at" | "in" | "on" | "from" | "across" | "around" | "inside" | "outside" | "throughout"
    )
}

/// Nouns that name a group as a plural does without ending in -s ("…, police said.").
pub fn is_collective_noun(lower: &str) -> bool {
    matches!(lower, "police" | "staff" | "military" | "personnel")
}

/// Words that open an adverbial phrase before the clause it qualifies ("After that, …",
/// "In recent months, …", "By extending an olive branch, …"): prepositions.
pub fn opens_adverbial(lower: &str) -> bool {
    is_preposition(lower)
        || matches!(
            lower,
            "under"
                | "without"
                | "since"
                | "despite"
                | "within"
                | "over"
                | "through"
                | "throughout"
                | "across"
                | "amid"
                | "among"
                | "until"
                | "unlike"
                | "alongside"
                | "outside"
                | "inside"
                | "beyond"
                | "behind"
                | "beside"
                | "besides"
                | "toward"
                | "towards"
        )
}

/// A sentence adverb that is neither an -ly word nor a conjunction nor a day ("meanwhile",
/// "however", "nevertheless", "instead", "indeed"): it links its sentence to the one before
/// and never names anyone.
pub fn is_linking_adverb(lower: &str) -> bool {
    is_sentence_adverb(lower)
        && !lower.ends_with("ly")
        && !matches!(lower, "but" | "and" | "yet" | "so" | "today" | "yesterday")
}

/// Adverbs written between `and` and a second verb (`and repeatedly says`, `but also
/// warned`, `and then told`): any word in -ly, `also`, `then`, `later`.
pub fn is_verb_adverb(lower: &str) -> bool {
    lower.len() > 3 && lower.ends_with("ly") || matches!(lower, "also" | "then" | "later")
}

/// Words that, alone before a comma, lead into a sentence ("However, …", "Still, …",
/// "But, …"): connectives and sentence adverbs (any word in -ly among them).
pub fn is_sentence_adverb(lower: &str) -> bool {
    lower.len() > 3 && lower.ends_with("ly")
        || matches!(
            lower,
            "however"
                | "still"
                | "but"
                | "and"
                | "yet"
                | "so"
                | "now"
                | "then"
                | "later"
                | "instead"
                | "meanwhile"
                | "moreover"
                | "indeed"
                | "also"
                | "thus"
                | "therefore"
                | "otherwise"
                | "nevertheless"
                | "nonetheless"
                | "furthermore"
                | "besides"
                | "first"
                | "second"
                | "third"
                | "today"
                | "yesterday"
                | "already"
                | "again"
                | "rather"
        )
}

/// A sentence adverbial set off by commas between a speaker and the cue (`, however,`,
/// `, for example,`, `, too,`), as its words in lower case.
pub fn is_aside_adverbial(words: &[&str]) -> bool {
    match words {
        [w] => {
            *w == "too" || is_linking_adverb(w) && !matches!(*w, "today" | "yesterday" | "first")
        }
        [a, b] => matches!(
            (*a, *b),
            ("for", "example" | "instance")
                | (
                    "in",
                    "turn" | "fact" | "particular" | "response" | "contrast"
                )
                | ("of", "course")
                | ("by", "contrast")
        ),
        _ => false,
    }
}

/// Adjectives and participles that follow a noun with their preposition and tell which
/// people it names ("a person familiar with the talks", "a source close to the mayor",
/// "officials briefed on the plan"): the phrase stays inside the speaker's mention.
pub fn qualifies_after_noun(lower: &str, preposition: &str) -> bool {
    matches!(
        (lower, preposition),
        ("familiar", "with")
            | ("close", "to")
            | ("closest", "to")
            | ("loyal", "to")
            | ("opposed", "to")
            | ("sympathetic", "to")
            | ("briefed", "on")
            | ("knowledgeable", "about")
            | ("aware", "of")
            | ("involved", "in")
            | ("privy", "to")
    )
}

/// Role nouns followed by `to` and whom the role serves ("ambassador to Syria", "adviser to
/// Clinton"); the phrase stays inside the speaker's mention.
pub fn takes_to(lower: &str) -> bool {
    matches!(
        lower,
        "ambassador"
            | "envoy"
            | "adviser"
            | "advisor"
            | "aide"
            | "counselor"
            | "counsellor"
            | "successor"
            | "heir"
            | "assistant"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "delegate"
            | "representative"
            | "emissary"
            | "liaison"
            | "consultant"
    )
}

/// Verbs by which an outlet relays someone's words ("AFP quoted Kerry as saying").
pub fn relays_quote(lower: &str) -> bool {
    matches!(
        lower,
        "quoted" | "quotes" | "quoting" | "cited" | "cites" | "citing"
    )
}

/// A word that is, most likely, the finite verb of its clause: a past tense, an
/// auxiliary, or a common irregular past ("sought", "took"). Pasts in -ed of four letters
/// are listed ("used", "died"): most such words are none ("need", "seed", "Fed").
pub fn is_finite_verb(lower: &str) -> bool {
    (lower.ends_with("ed") && lower.len() > 4)
        || matches!(
            lower,
            "used"
                | "owed"
                | "sued"
                | "tied"
                | "died"
                | "lied"
                | "fled"
                | "eyed"
                | "has"
                | "have"
                | "had"
                | "is"
                | "was"
                | "were"
                | "are"
                | "will"
                | "would"
                | "did"
                | "sought"
                | "took"
                | "made"
                | "gave"
                | "went"
                | "came"
                | "spoke"
                | "met"
                | "held"
                | "left"
                | "began"
                | "got"
                | "put"
                | "ran"
                | "kept"
                | "stood"
                | "brought"
                | "told"
                | "said"
                | "wrote"
                | "says"
                | "won"
                | "lost"
                | "sent"
                | "set"
                | "led"
                | "struck"
                | "drew"
                | "broke"
                | "hit"
        )
}

/// Auxiliaries and modals: a clause that opens with one has lost its subject.
pub fn is_auxiliary(lower: &str) -> bool {
    matches!(
        lower,
        "would"
            | "will"
            | "could"
            | "should"
            | "can"
            | "may"
            | "might"
            | "must"
            | "is"
            | "are"
            | "was"
            | "were"
            | "has"
            | "have"
            | "had"
    )
}

/// The inflection a verb shows in its spelling, as far as coordination needs it: verbs joined
/// by `and` or `but` under one subject share it (`said … and called`, `says … and calls`,
/// `has said … and called`, `is planning … and seeking`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Inflection {
    /// `said`, `called`; also what follows `has` or `had` (`has said`).
    Past,
    /// `says`, `calls`.
    Present,
    /// `saying`; also what follows a form of `be` (`is planning`).
    Participle,
    /// `say`; also what follows `did`, `will` or another modal.
    Bare,
}

/// The tense the word `lower` shows when it is, by its spelling, the verb of a clause (`is`,
/// `has` present; `was`, `spoke`, `considered` past; `acting` a participle); `None` for
/// other words and for bare forms and modals, which show none.
pub fn clause_tense(lower: &str) -> Option<Inflection> {
    match lower {
        "is" | "are" | "am" | "has" | "have" | "does" => Some(Inflection::Present),
        "was" | "were" | "had" | "did" => Some(Inflection::Past),
        _ if is_modal(lower) => None,
        _ if lower.len() > 4 && lower.ends_with("ing") => Some(Inflection::Participle),
        _ if is_finite_verb(lower) || is_irregular_past(lower) => {
            (!lower.ends_with('s')).then_some(Inflection::Past)
        }
        _ => None,
    }
}

/// The inflection of the verb `lower`, or of the verb an auxiliary `lower` opens (`has` →
/// [`Inflection::Past`], `did` → [`Inflection::Bare`]).
pub fn inflection(lower: &str) -> Inflection {
    match lower {
        "has" | "have" | "had" => Inflection::Past,
        "is" | "are" | "was" | "were" | "am" => Inflection::Participle,
        "did" | "does" | "do" => Inflection::Bare,
        _ if is_modal(lower) => Inflection::Bare,
        _ if lower.len() > 4 && lower.ends_with("ing") => Inflection::Participle,
        _ if lower.ends_with("ed") || is_irregular_past(lower) => Inflection::Past,
        _ if lower.ends_with('s') && !lower.ends_with("ss") => Inflection::Present,
        _ if is_finite_verb(lower) => Inflection::Past,
        _ => Inflection::Bare,
    }
}
