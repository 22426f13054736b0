//! Subjects that are no speaker and cues that are no verb: an event or a thing before the
//! cue (`Bombings in the capital killed …`), a cue that is a noun (`a New York Times report`).

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

/// Nouns singular in form that take a plural verb ("Police say", "Data show"), and
/// quantifiers standing for people ("Most believe", "Many fear").
const COLLECTIVE: &[&str] = &[
    "police", "data", "people", "media", "staff", "military", "most", "many", "some", "few",
    "several", "both", "all",
];
