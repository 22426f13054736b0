//! Subjects that are no speaker and cues that are no verb: an event or a thing before the
//! cue (`Bombings in the capital killed …`), a cue that is a noun (`a New York Times report`).

use crate::date::month_from_name;
use crate::text::TokenKind;

use super::english;
use super::sentence::SentenceCtx;
use super::speakers::survey_share;

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
    "battle",
    "battles",
    "blast",
    "blasts",
    "bombing",
    "bombings",
    "clashes",
    "crash",
    "crashes",
    "details",
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
    "riot",
    "rioting",
    "riots",
    "shelling",
    "shooting",
    "shootings",
    "storm",
    "storms",
    "tremor",
    "tremors",
    "unrest",
    "violence",
];

/// Whether the mention `[s, e)` is a subject that never speaks (its head is an event or a
/// thing: [`NEVER_SPEAK`]).
pub(super) fn never_speaks(ctx: &SentenceCtx<'_>, _s: usize, e: usize) -> bool {
    NEVER_SPEAK.binary_search(&ctx.low(e - 1)).is_ok()
}

/// Whether the mention `[s, e)` is a verb and its object rather than someone: it opens on a
/// verb in the past or a participle with its object after it (`issued an open letter`,
/// `airing a new TV ad`), or a verb in the past with its object follows its subject inside it
/// (`Her office put out a short statement`, `six delegates kept up a boycott`). A relative
/// clause inside a mention has a verb of its own (`Officials who saw the report`). After a
/// modal, a mention is a bare verb and its object (`could thwart government plans`).
pub(super) fn verb_and_object(ctx: &SentenceCtx<'_>, s: usize, e: usize) -> bool {
    let word = |i: usize| ctx.tokens[i].is_word() && !ctx.tokens[i].is_capitalized(ctx.text);
    let in_past = |w: &str| {
        w.len() > 4 && w.ends_with("ed")
            || english::is_irregular_past(w)
            || matches!(
                w,
                "kept" | "sent" | "put" | "made" | "gave" | "took" | "ran" | "got"
            )
    };
    // The object's opening after the verb at `v`: a determiner or a possessive, past a
    // particle (`sent out a`).
    let object_after = |v: usize| {
        let mut o = v + 1;
        if o < e && matches!(ctx.low(o), "out" | "up") {
            o += 1;
        }
        o < e && word(o) && english::is_determiner(ctx.low(o))
    };
    // `unrest could thwart government plans`: after a modal the mention opens on a bare verb.
    if s > 0 && word(s - 1) && english::is_modal(ctx.low(s - 1)) {
        return true;
    }
    if e - s < 3 {
        return false;
    }
    let first = ctx.low(s);
    if word(s) && (in_past(first) || english::is_participle(first)) && object_after(s) {
        return true;
    }
    for v in s + 1..e - 1 {
        let w = ctx.low(v);
        if matches!(w, "who" | "that" | "which" | "whose" | "whom") {
            return false;
        }
        if word(v)
            && in_past(w)
            && ctx.tokens[v - 1].is_word()
            && !english::is_determiner(ctx.low(v - 1))
        {
            return object_after(v);
        }
    }
    false
}

/// Whether the mention `[s, e)` is an "it" that stands for nothing: the subject of a form
/// of "be" whose complement comes before the cue at token `cue` (`It's a safe bet that the
/// books would say …`, `It is rare for a judge to weigh in`, `It was at the rally that …`).
/// An "it" whose own verb is the cue (`It is calling for …`, `It has said …`) stands for
/// something.
pub(super) fn expletive_it(ctx: &SentenceCtx<'_>, (s, e): (usize, usize), cue: usize) -> bool {
    if e != s + 1 || cue <= e {
        return false;
    }
    let be = |w: &str| {
        matches!(
            w,
            "is" | "was" | "isn't" | "wasn't" | "isn’t" | "wasn’t" | "becomes" | "became"
        )
    };
    let mut k = match ctx.low(s) {
        "it's" | "it’s" => s + 1,
        "it" if be(ctx.low(s + 1)) => s + 2,
        // `It has been common for …`.
        "it" if matches!(ctx.low(s + 1), "has" | "had") && ctx.low(s + 2) == "been" => s + 3,
        _ => return false,
    };
    while k < cue && {
        let w = ctx.low(k);
        matches!(
            w,
            "not" | "been" | "also" | "still" | "just" | "now" | "never"
        ) || w.len() > 4 && w.ends_with("ly")
    } {
        k += 1;
    }
    k < cue
}

/// Whether the cue at token `cue` (its words `cue_word`), after the speaker mention `[s,
/// e)`, is no verb of saying but a noun or a modifier: a bare form right after one
/// singular thing or person (`a New York Times report`, `the agency's investigative
/// report`), a word after "of" (`the help of states that`), or any cue after a thing named
/// in a phrase that opens the clause with a preposition (`In an Instagram post shared
/// Monday, Diaz said`, `In the wake of the Times report, …`). `group` tells a share of a
/// group (`31 percent of those surveyed say`), which is no singular thing.
pub(super) fn cue_is_no_verb(
    ctx: &SentenceCtx<'_>,
    (s, e): (usize, usize),
    cue: usize,
    cue_word: &str,
    group: bool,
) -> bool {
    // `the help of states that …`, `32% of Republican claims as …`: after "of", a noun.
    if cue > 0 && ctx.low(cue - 1) == "of" || s > 0 && ctx.low(s - 1) == "of" {
        return true;
    }
    // `damage estimated at around $31 million`, `paintings estimated to be worth £3
    // million`: a participle that puts a value on the noun before it, not a source's verb.
    if cue_word == "estimated" && valued(ctx, cue + 1) {
        return true;
    }
    // `Norway's Arctic fishing claims, which Moscow rejects`: a verb in -s takes its
    // object or clause; one that a relative clause follows is a plural noun.
    if cue_word.ends_with('s')
        && !cue_word.contains(' ')
        && ctx.tok(cue + 1) == ","
        && matches!(ctx.low(cue + 2), "which" | "that")
    {
        return true;
    }
    // `what discussions Trump had regarding "any meeting"`: "regarding" is a preposition,
    // not the verb "regard" (to consider).
    if cue_word == "regarding" {
        return true;
    }
    if passive_participle(ctx, (s, e), cue, cue_word) {
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
        && !english::is_irregular_past(verb)
        && !matches!(verb, "according" | "understood" | "shown" | "known");
    let head = ctx.low(head_before_phrase(ctx, s, e).unwrap_or(e - 1));
    // `advisers to Mr. Obama say`: a mention after a preposition inside the subject is
    // not its head.
    let inside_subject =
        s > 1 && english::is_preposition(ctx.low(s - 1)) && ctx.tokens[s - 2].is_word();
    let singular = ctx.tokens[e - 1].is_word()
        && !english::is_pronoun(head)
        && !matches!(head, "who" | "which" | "that")
        && !head.ends_with('s')
        && !COLLECTIVE.contains(&head)
        && !inside_subject
        && !group
        && !(s..e).any(|i| matches!(ctx.low(i), "and" | "&" | "or" | "those" | "these"))
        && survey_share(ctx, e).is_none();
    // `In the wake of the Times report, …`, `In an Instagram post shared Monday, …`: a
    // phrase opened by a preposition at the head of the clause is no subject. But "with"
    // and the people doing what its participle says is a clause of its own (`…, with many
    // farmers saying it was overdue`): they are the participle's subject.
    let with_subject = s > 0
        && ctx.low(s - 1) == "with"
        && cue_word.ends_with("ing")
        && !cue_word.contains(' ')
        && (e..cue).all(|i| english::is_manner_adverb(ctx.low(i)));
    let adjunct = s > 0
        && !with_subject
        && matches!(
            ctx.low(s - 1),
            "in" | "on" | "at" | "with" | "from" | "during" | "via" | "through" | "amid"
        )
        && (s == 1 || matches!(ctx.tok(s - 2), "," | ";" | "(" | "—" | "–"))
        && (!ctx.tokens[e - 1].is_capitalized(ctx.text) || (s..e).any(|i| ctx.low(i) == "of"));
    (bare && singular && e == cue) || adjunct || noun_phrase_cue(ctx, (s, e), cue, cue_word)
}

/// Words after "by the" that make "by" open a time ("by the end of the month, …"), which
/// may begin what was said, not the agent of a participle; besides the words of
/// [`english::is_time_word`] ("by the weekend") and the months.
const TIME_AFTER_BY_THE: &[&str] = &[
    "beginning",
    "close",
    "deadline",
    "end",
    "middle",
    "start",
    "summer",
    "time",
];

/// Whether the cue at `cue`, right after the mention `[s, e)`, is a participle that
/// describes the mention and names its agent after "by" (`the questions reported by the
/// Globe raise …`, `a call echoed by Japan`, `sheets maintained by her aides`): the mention
/// is what was reported, not who reports. "by" before a gerund (`responded by pointing`),
/// a figure (`by 10 points`) or a time (`thinks by the end of the month …`, `by Friday`)
/// opens what was said or how, and leaves the cue a verb.
fn passive_participle(
    ctx: &SentenceCtx<'_>,
    (_s, e): (usize, usize),
    cue: usize,
    cue_word: &str,
) -> bool {
    if e != cue || cue_word.contains(' ') || ctx.tokens.len() <= cue + 2 {
        return false;
    }
    if !(cue_word.ends_with("ed") || english::is_irregular_past(cue_word))
        || ctx.low(cue + 1) != "by"
        || ctx.quoted_at(cue + 1)
    {
        return false;
    }
    let agent = cue + 2;
    let first = ctx.low(agent);
    if !ctx.tokens[agent].is_word() || first.ends_with("ing") {
        return false;
    }
    let time = |word: &str| english::is_time_word(word) || month_from_name(word).is_some();
    if matches!(first, "the" | "this" | "that")
        && ctx.tokens.len() > agent + 1
        && (time(ctx.low(agent + 1)) || TIME_AFTER_BY_THE.contains(&ctx.low(agent + 1)))
    {
        return false;
    }
    !(time(first)
        || matches!(
            first,
            "then" | "now" | "far" | "contrast" | "comparison" | "way"
        ))
}

/// Token `at` opens the value put on a thing: "at" and a figure within two words (not "at
/// least"), or "to be" / "to have".
fn valued(ctx: &SentenceCtx<'_>, at: usize) -> bool {
    match ctx.low(at) {
        "at" => (at + 1..ctx.tokens.len().min(at + 4))
            .take_while(|&k| !matches!(ctx.low(k), "least" | "most"))
            .any(|k| ctx.tokens[k].kind == TokenKind::Number),
        "to" => matches!(ctx.low(at + 1), "be" | "have"),
        _ => false,
    }
}

/// The head of a mention `[s, e)` whose noun is followed by a phrase that places it or
/// tells which ones (`Officials in the county`, `critics of the plan`, `people familiar
/// with the talks`): the word before the phrase (before its adjective), not the phrase's
/// last word; `None` when no such phrase follows the first word.
fn head_before_phrase(ctx: &SentenceCtx<'_>, s: usize, e: usize) -> Option<usize> {
    (s + 1..e).find_map(|k| {
        let lower = ctx.low(k);
        if k >= s + 2 && english::qualifies_after_noun(ctx.low(k - 1), lower) {
            Some(k - 2)
        } else if english::places_a_group(lower) || lower == "of" {
            Some(k - 1)
        } else {
            None
        }
    })
}

/// Cue words that are as often nouns as verbs (`a report`, `his remarks`, `the plans`),
/// by their bare form.
const NOUN_OR_VERB: &[&str] = &[
    "advocate", "attack", "blame", "call", "charge", "claim", "comment", "demand", "estimate",
    "fault", "favor", "hope", "note", "petition", "plan", "pledge", "post", "promise", "question",
    "remark", "report", "show", "support", "tweet", "vow", "warning",
];

/// Lower-case words that modify a noun and never head a subject: `his latest remarks`,
/// `a cautious note`, `several negative comments`.
const MODIFIERS: &[&str] = &[
    "cautious",
    "controversial",
    "current",
    "earlier",
    "early",
    "first",
    "former",
    "frequent",
    "further",
    "last",
    "late",
    "latest",
    "major",
    "new",
    "own",
    "potential",
    "presidential",
    "previous",
    "recent",
    "repeated",
    "similar",
    "terrorist",
];

/// Words with an adjective's ending that name people who speak ("the executive notes").
const PERSON_NOUNS: [&str; 9] = [
    "conservative",
    "detective",
    "executive",
    "native",
    "operative",
    "professional",
    "progressive",
    "relative",
    "representative",
];

/// Whether a lower-case word modifies the noun after it and cannot head a subject: an
/// adjective by its ending (`controversial` aside, `-ive`, `-ous`, `-ical`, `-ful`,
/// `-less`, `-able`, `-ible`), a prefixed one (`anti-Muslim`), a past participle or a
/// gerund (`recently made`, `re-tweeting`), or one of [`MODIFIERS`].
fn modifies_noun(lower: &str) -> bool {
    MODIFIERS.binary_search(&lower).is_ok()
        || lower.starts_with("anti-")
        || lower.starts_with("pro-")
        || ["ive", "ous", "ical", "ful", "less", "able", "ible", "ional"]
            .iter()
            .any(|suffix| lower.len() > suffix.len() + 2 && lower.ends_with(suffix))
            && !PERSON_NOUNS.contains(&lower)
        || matches!(lower, "made" | "gave" | "given" | "struck" | "sounded")
}

/// Whether a cue that can be a noun (`report`, `remarks`, `plans`: [`NOUN_OR_VERB`]) is one
/// here, by the shape of the clause around it rather than by the word: "of" or "from"
/// right after it (`reports of unrest`), a modifier right before it (`his latest remarks`, `a cautious note`), a mention that is a verb's or a
/// preposition's object (`about the terrorist attacks`, `sharing a Facebook post`, `The
/// board sounded a cautious note`), a possessive before it (`Clinton's plans`), or `about`
/// right after it (`news reports about the deal`).
fn noun_phrase_cue(
    ctx: &SentenceCtx<'_>,
    (s, e): (usize, usize),
    cue: usize,
    cue_word: &str,
) -> bool {
    if cue_word.contains(' ') {
        return false;
    }
    let stem = cue_word.strip_suffix('s').unwrap_or(cue_word);
    if NOUN_OR_VERB.binary_search(&stem).is_err() {
        return false;
    }
    let lowercase = |i: usize| ctx.tokens[i].is_word() && !ctx.tokens[i].is_capitalized(ctx.text);
    // `has led to charges for three aides`: an infinitive's verb never ends in -s, so the
    // -s form after "to" is a plural noun.
    if cue_word.ends_with('s') && cue > 0 && ctx.low(cue - 1) == "to" {
        return true;
    }
    // `a step tenant advocates say is meant …`: a verb of saying right after the word makes
    // it the noun that heads that verb's subject.
    if ctx.tokens.len() > cue + 1
        && !ctx.quoted_at(cue + 1)
        && matches!(
            ctx.low(cue + 1),
            "say" | "says" | "said" | "argue" | "contend" | "believe"
        )
    {
        return true;
    }
    // `reports of unrest`, `a Times report from the weekend`: a verb of saying takes a
    // clause or an object, never "of" or "from"; before them the word is a noun.
    if ctx.tokens.len() > cue + 1 && matches!(ctx.low(cue + 1), "of" | "from") {
        return true;
    }
    // `the Paris attack would change the race`: a bare verb of saying is never followed by
    // another verb's auxiliary; the word is the subject's noun. (An -s form may be: "what
    // the agency estimates would cost".)
    if !cue_word.ends_with('s')
        && ctx.tokens.len() > cue + 1
        && !ctx.quoted_at(cue + 1)
        && english::is_auxiliary(ctx.low(cue + 1))
    {
        return true;
    }
    // `was acquitted of assault charges`: words after a form of "be" are its complement,
    // no subject, so the cue closing them is a noun.
    if s > 0
        && english::is_be_form(ctx.low(s - 1))
        && lowercase(s)
        && !english::is_determiner(ctx.low(s))
    {
        return true;
    }
    // `his latest remarks`, `re-tweeting several negative comments`.
    if e == cue && lowercase(e - 1) && modifies_noun(ctx.low(e - 1)) {
        return true;
    }
    // `sharing a Facebook post`, `The board sounded a cautious note`: a lower-case verb
    // form and then a determiner inside the mention starts an object there.
    if (s..e).any(|i| {
        lowercase(i)
            && (ctx.low(i).ends_with("ing") || english::is_finite_verb(ctx.low(i)))
            && i + 1 < e
            && english::is_determiner(ctx.low(i + 1))
    }) || lowercase(s) && ctx.low(s).ends_with("ing") && e - s > 1
    {
        return true;
    }
    // `about the terrorist attacks`, `criticised his plans`: a determiner-led mention after
    // a preposition or a verb is an object.
    if s > 0
        && english::is_determiner(ctx.low(s))
        && lowercase(s - 1)
        && (OBJECT_PREPOSITIONS.contains(&ctx.low(s - 1))
            || english::is_finite_verb(ctx.low(s - 1))
            || ctx.low(s - 1).ends_with("ing"))
        && !english::is_auxiliary(ctx.low(s - 1))
    {
        return true;
    }
    // `The board sounded a cautious note`: a determiner between the subject and the cue
    // opens the verb's object, which the cue heads.
    if (e..cue).all(|i| ctx.tokens[i].is_word() && !ctx.quoted_at(i))
        && (e..cue).any(|i| {
            matches!(
                ctx.low(i),
                "a" | "an" | "the" | "his" | "her" | "their" | "its" | "our"
            )
        })
    {
        return true;
    }
    // `Clinton's plans`, `the agency's report`, `the senators’ claims`.
    let head = ctx.tok(e - 1);
    // A plural's apostrophe may stand as a token of its own ("the senators ’ claims").
    if e == cue && (english::ends_in_possessive(head) || matches!(head, "'" | "’")) {
        return true;
    }
    // `news reports`, `critics' favors`: a plural or a mass noun takes the bare verb, so
    // the -s form after it is a plural noun.
    // A sentence's first word is capitalised whatever it is: `News reports say`. But a
    // name ending in -s may open it too (`Sanders supports the plan`, `Jones claims that
    // …`): when an object opens after the cue (a determiner, "that", a pronoun or a
    // gerund), the -s form is a verb and the first word its subject.
    let object_after =
        ctx.tokens.get(cue + 1).is_some_and(|t| t.is_word()) && !ctx.quoted_at(cue + 1) && {
            let next = ctx.low(cue + 1);
            english::is_determiner(next)
                || english::is_object_pronoun(next)
                || matches!(next, "that" | "for" | "to")
                || next.len() > 5 && next.ends_with("ing")
        };
    let common = |i: usize| lowercase(i) || i == 0 && ctx.tokens[i].is_word() && !object_after;
    let plural_head = common(e - 1) && {
        let head = ctx.low(e - 1);
        head.ends_with('s') && !head.ends_with("ss")
            || matches!(head, "news" | "media" | "press" | "police")
    };
    if e == cue
        && e - s == 1
        && plural_head
        && cue_word.ends_with('s')
        && !english::is_pronoun(ctx.low(s))
    {
        return true;
    }
    // `news reports about the deal`.
    e == cue
        && common(e - 1)
        && cue_word.ends_with('s')
        && ctx.tokens.len() > cue + 1
        && ctx.low(cue + 1) == "about"
}

/// Prepositions whose object is no subject's part: `about the terrorist attacks`, `after
/// the Paris attacks` (unlike `the Center at the Urban Institute estimates`, `Data from
/// the survey show`).
const OBJECT_PREPOSITIONS: [&str; 10] = [
    "about",
    "after",
    "against",
    "amid",
    "before",
    "despite",
    "during",
    "following",
    "over",
    "since",
];

/// Nouns singular in form that take a plural verb ("Police say", "Data show"), and
/// quantifiers standing for people ("Most believe", "Many fear").
const COLLECTIVE: &[&str] = &[
    "police", "data", "people", "media", "staff", "military", "most", "many", "some", "few",
    "several", "both", "all",
];

#[cfg(test)]
mod tests {
    use super::*;

    use crate::extract::test_text::attributed_speakers as speakers;

    #[test]
    fn a_cue_in_s_before_a_relative_clause_is_a_noun() {
        assert!(
            speakers(
                "The case challenges the province's fishing claims, which the court has \
                 vowed to review."
            )
            .is_empty()
        );
        assert_eq!(
            speakers("The province claims, however, that the waters are its own."),
            ["The province"]
        );
    }

    #[test]
    fn a_verb_and_its_object_are_no_speaker() {
        // The subject is too long to be read as a mention: no claim rather than one said by
        // "issued an open letter".
        assert!(
            speakers(
                "On Monday, a group of more than 40 retired judges and prosecutors from \
                 several states, including two former attorneys general, issued an open \
                 letter calling the bill reckless."
            )
            .is_empty()
        );
        assert!(
            speakers(
                "Within days the families had hired lawyers and filed a lawsuit aimed at the board."
            )
            .is_empty()
        );
        assert!(speakers("Protests could thwart government plans to sell the port.").is_empty());
        // A boycott aimed at a rule is no claim of the delegates who kept it up; the
        // critics who called the rule unfair make one.
        assert_eq!(
            speakers(
                "For 14 hours, six delegates kept up a boycott aimed at blocking a rule \
                 that critics called unfair."
            ),
            ["critics"]
        );
        // A relative clause after the subject keeps its claim.
        assert_eq!(
            speakers("Officials who saw the report said the figures were wrong."),
            ["Officials"]
        );
    }

    #[test]
    fn a_value_put_on_a_thing_is_no_source_estimating_it() {
        assert_eq!(
            speakers(
                "The mayor said the flood caused damage estimated at around 31 million \
                 dollars, with 12 bridges rendered unsafe."
            ),
            ["The mayor"]
        );
        assert!(
            speakers("Burglars took paintings estimated to be worth 3 million pounds.").is_empty()
        );
        // An estimate with a source is still one.
        assert_eq!(
            speakers("Police estimated the crowd at 20,000."),
            ["Police"]
        );
    }

    #[test]
    fn a_fault_in_the_earth_and_an_event_are_no_speakers() {
        assert!(speakers("Peru sits on several major faults beneath the Andes.").is_empty());
        assert!(speakers("The region lies on a number of active fault lines.").is_empty());
        assert!(
            speakers("But the rioting underlined doubts that the government could keep its word.")
                .is_empty()
        );
    }

    /// The word lists are searched by halves: a word added out of order would never be
    /// found, and a noun would speak again.
    #[test]
    fn a_name_in_s_opening_the_sentence_speaks_when_an_object_follows_the_cue() {
        assert_eq!(
            speakers("Jenkins supports raising the state sales tax to 8% by 2030."),
            ["Jenkins"]
        );
        assert_eq!(
            speakers("Jones claims that the audit was rigged."),
            ["Jones"]
        );
        // A plural noun opening the sentence still heads a noun: `News reports say …`.
        assert_eq!(
            speakers("News reports say the port is closed."),
            ["News reports"]
        );
    }

    #[test]
    fn the_searched_word_lists_are_in_order() {
        for (name, list) in [
            ("NEVER_SPEAK", NEVER_SPEAK),
            ("NOUN_OR_VERB", NOUN_OR_VERB),
            ("MODIFIERS", MODIFIERS),
        ] {
            for pair in list.windows(2) {
                assert!(
                    pair[0] < pair[1],
                    "{name}: {:?} before {:?}",
                    pair[0],
                    pair[1]
                );
            }
            assert!(list.iter().all(|w| list.binary_search(w).is_ok()), "{name}");
        }
    }
}
