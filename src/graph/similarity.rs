//! Similarity: whether two claims speak of the same thing — shared content words, shared quoted runs, the same measured thing, the days between them — and why (`Link`).

use super::passage::Passage;
use super::reading::Profile;
use super::reading::folded;
use super::speaker::{Speakers, Written, claim_speakers, group_and_person};
use super::values::share_value;
use super::weights::Weights;
use super::words::{Vocabulary, Word, same_words};
use crate::extract::{Claim, ClaimKind, Quantity};
use crate::rules::RuleSet;
use crate::words::fold;

/// True when both claims name places or people and none in common: other events.
pub fn names_disjoint(pa: &Profile, pb: &Profile) -> bool {
    let (na, nb) = (&pa.reading.names, &pb.reading.names);
    !na.is_empty() && !nb.is_empty() && !na.iter().any(|n| nb.binary_search(n).is_ok())
}

/// Days two claims of one speaker may lie apart and still be about the same event.
pub const EVENT_DAYS: i64 = 2;

/// What two claims were linked by, strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Why {
    /// The same text under two outlet names.
    Copies,
    /// The same or overlapping quotations: a run of content words, all of the shorter
    /// quotation (an excerpt of the longer), a whole sentence quoted within the other's
    /// quotation marks ([`QUOTED_SENTENCE_WORDS`]), or several of the speaker's turns of
    /// phrase of rare words ([`PHRASES`]).
    Quotation,
    /// One claim's quotation reported in the other's words, without quotation marks.
    Phrase,
    /// Enough of the same content words (stemmed, synonyms folded, weighed by rarity).
    Statement,
    /// Quoted fragments of one speaker's sentences.
    Fragment,
    /// Figures of the same measured thing.
    Figure,
}

/// Why two claims are linked.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Link {
    /// Mean of the Jaccard and overlap coefficients of the content words.
    pub similarity: f64,
    /// Both speakers resolve to one entity.
    pub same_speaker: bool,
    /// Whether the two speakers can be one.
    pub speakers: Speakers,
    /// Mean of the weighted Jaccard and overlap coefficients of the content stems.
    pub weighted: f64,
    /// Longest run of words the two own quotations share, as a fraction of the shorter.
    pub quote_overlap: f64,
    /// Words in that run.
    pub quote_run: u16,
    /// Longest shared run between any quoted fragments of the two sentences.
    pub fragment_run: u16,
    /// The run the two own quotations share (`quote_run`) is of rare words, as a short
    /// excerpt must be: the same words quoted alike ("the edge of the abyss"), not "the
    /// United States".
    pub quote_run_rare: bool,
    /// Both carry a figure of the same measured thing.
    pub same_measure: bool,
    /// Content words the two share.
    pub shared: u16,
    /// Content words in the longest run a quotation of one shares with the quotation or the
    /// words of the other.
    pub quoted_run: u16,
    /// The strongest reason for the link.
    pub why: Why,
}

/// What comparing two claims needs besides the claims: the rules and the weight of each
/// stem in the batch.
pub struct Linker<'a> {
    pub rules: &'a RuleSet,
    pub weights: &'a Weights,
    pub vocabulary: &'a Vocabulary,
}

/// Content words a run must have to tie two quotations together when it is not the whole
/// of the shorter: an overlap that long is the same words, not a common phrase.
pub const OVERLAP_RUN: usize = 5;
/// Weight a shared run must have: two words of the batch's rarer half, not "White House".
pub const RUN_WEIGHT: f64 = 3.0;
/// Words (stop words too) a run two quotations share word for word must have, with
/// `EXCERPT_WORDS` content words, to be the same words: "we are closer to a cease-fire
/// today than we have been".
pub const OVERLAP_WORDS: usize = 8;
/// Share of a quotation's content words a run must cover to be the quotation itself.
const WHOLE: f64 = 0.8;
/// Weighted likeness of two claims of one speaker (or of two names that fit one person)
/// that say the same thing, with `SHARED_STEMS` shared stems or more.
pub const SAME_SPEAKER_LIKENESS: f64 = 0.4;
/// Stems two claims must share to be linked on their words.
pub const SHARED_STEMS: usize = 3;
/// Weighted likeness two claims of one speaker linked on their plain shared words (not
/// weighed) must still have: words the whole story uses ("North Korea", "tariffs",
/// "national security") do not make two statements one. Kept well below the other
/// routes' likeness, so that a desk's synonyms, which make a folded word commoner and so
/// lighter, do not drop a link found without them.
pub const SHARED_WORDS_LIKENESS: f64 = 0.25;
/// When nothing says who both speakers are (a pronoun, a description, an outlet's own
/// statement): the weight of the lighter claim's stems the other must hold — nearly all,
/// the same statement with a word more or less …
pub const UNKNOWN_OVERLAP: f64 = 0.8;
/// … and of both claims' stems together.
pub const UNKNOWN_JACCARD: f64 = 0.25;
/// … or, when the words agree strongly, the weighted likeness a claim needs with one
/// whose speaker is only compatible (a pronoun, a description, the outlet's voice) …
pub const COMPATIBLE_LIKENESS: f64 = 0.45;
/// … sharing this many stems: more than one speaker's claims need, as nothing says the
/// two speakers are one …
pub const COMPATIBLE_STEMS: usize = 4;
/// … of which this many rare in the story: the words of the story's topic ("Iran's
/// nuclear weapons program", "the memos of former director Comey") do not make two
/// statements one. `SHARED_STEMS` are enough when every one is rare: "ships were being
/// diverted to Rotterdam" / "shipping lines have begun diverting ships to Rotterdam". A day
/// both name, far from the report (`same_named_day`), counts as one.
pub const COMPATIBLE_RARE: usize = 2;
/// Stems rare in the story two claims of speakers that can be one must share to be linked
/// with a likeness below the other routes': the same people, places and particulars
/// ("the trade envoy met the Chilean foreign minister over the holiday weekend to prepare
/// the ground for a summit"), however much else each says around them …
pub const MANY_RARE: usize = 4;
/// … among this many shared stems …
pub const MANY_SHARED: usize = 6;
/// … with this weighted likeness (`PHRASE_LIKENESS`): the particulars are much of what
/// both say, not a few names in two long claims.
pub const MANY_RARE_LIKENESS: f64 = PHRASE_LIKENESS;

/// Weight of the lighter claim's stems a claim must hold to be linked on two shared stems,
/// every one rare in the story, with a speaker that can be one ([`few_particulars`]): a short
/// statement whose particulars are nearly all it says ("The president will see the Pope on
/// the trip" / "he is expected to … see the pope"; "Project Kestrel" / "a secret missile
/// project, codenamed Kestrel") …
pub const PARTICULARS_OVERLAP: f64 = 0.7;
/// … with this weighted likeness …
pub const PARTICULARS_LIKENESS: f64 = COMPATIBLE_LIKENESS;
/// … and this many shared stems at least.
pub const PARTICULARS_SHARED: usize = 2;

/// True when two claims share few stems, all rare in `story`, that are nearly all the
/// lighter claim says (`PARTICULARS_*`), and nothing a contradiction check reads could tell
/// them apart: both or neither negated, no figure in either, no word of one that the rules'
/// `[[antonyms]]` oppose to a word of the other. A link this light is for corroboration
/// alone: it never brings a contradiction that a closer link would not.
fn few_particulars(
    (a, ra): (&Claim, &super::Reading),
    (b, rb): (&Claim, &super::Reading),
    likeness: &super::Likeness,
    linker: &Linker<'_>,
) -> bool {
    likeness.shared >= PARTICULARS_SHARED
        && likeness.rare == likeness.shared
        && likeness.overlap >= PARTICULARS_OVERLAP
        && likeness.score() >= PARTICULARS_LIKENESS
        && a.negated == b.negated
        && a.numbers.is_empty()
        && b.numbers.is_empty()
        && !opposed(ra, rb, linker)
}

/// True when one reading holds a word of a `[[antonyms]]` pair and the other its opposite.
fn opposed(ra: &super::Reading, rb: &super::Reading, linker: &Linker<'_>) -> bool {
    let id = |w: &String| linker.vocabulary.get(&w.to_lowercase());
    let holds =
        |r: &super::Reading, w: &String| id(w).is_some_and(|x| r.content.binary_search(&x).is_ok());
    linker.rules.antonyms.iter().any(|group| {
        group
            .iter()
            .any(|x| group.iter().any(|y| x != y && holds(ra, x) && holds(rb, y)))
    })
}

/// Weighted likeness a quoted phrase reported plainly needs besides: the two claims say
/// much the same around it, not just name the same thing. Of one speaker, whose words the
/// phrase is, the plain shared words' likeness is enough (`SHARED_WORDS_LIKENESS`): "officials
/// are reviewing \"five locations\"" / "five locations are under consideration".
pub const PHRASE_LIKENESS: f64 = 0.3;

/// Stems two claims of one speaker that make the same kind of claim other than a plain
/// statement (both threaten, both deny, both urge) must share, `ACT_RARE` of them rare in the
/// story, with the likeness plain shared words need: "threatened to pull out of the fishing
/// accord" / "threatened to scrap the fishing pact" (the rules' synonyms folded).
pub const ACT_STEMS: usize = 2;
/// … of which rare.
pub const ACT_RARE: usize = 1;

/// Stems two claims carrying one checkable value ([`share_value`]) must share besides …
pub const VALUE_SHARED: usize = 2;
/// … of which rare in the story: the value is the particular, the words say of what …
pub const VALUE_RARE: usize = 1;
/// … or this many, rare or not: the words of the story's own event ("jewellery and watches
/// worth £1.7m"), when the value is the event's.
pub const VALUE_COMMON: usize = 3;
/// Weighted likeness two claims carrying one value need: the value is evidence of its own,
/// so a little below what plain shared words need (`SHARED_WORDS_LIKENESS`).
pub const VALUE_LIKENESS: f64 = 0.2;

/// Content words an excerpt must have to be matched inside a longer text on its content
/// words alone: a shorter one must be rare words ("pre-preliminary stages", not "Iran …
/// robust" in a story about Iran) and be found word for word, stop words too ("I like him
/// a lot" is not "liking each other a lot"), unless the two quotations are the same words.
pub const EXCERPT_WORDS: usize = 3;

/// Content words in the longest run `quote` shares with `other`, when the run is the same
/// words: all (or nearly all) of `quote`, or `OVERLAP_RUN` words; 0 otherwise. The run
/// must weigh `RUN_WEIGHT` in `story`; a run shorter than `EXCERPT_WORDS` must be of rare
/// words and `verbatim`, unless `exact` (the two are the same words).
fn quoted_run(
    quote: &Passage,
    other: &Passage,
    exact: bool,
    story: usize,
    weights: &Weights,
    verbatim: impl FnOnce() -> bool,
) -> usize {
    if quote.words.len() < 2 || other.words.len() < 2 {
        return 0;
    }
    let (_, shared) = intersection(&quote.content, &other.content);
    if shared < 2 {
        return 0;
    }
    let (len, start, _) = quote.longest_run(other);
    if len < 2 {
        return 0;
    }
    let run = quote.words.get(start..start + len).unwrap_or(&[]);
    if weights.sum(story, run.iter().map(|w| w.id)) < RUN_WEIGHT {
        return 0;
    }
    if len >= OVERLAP_RUN {
        return len;
    }
    let whole = len as f64 >= WHOLE * quote.words.len() as f64;
    let short_enough = || exact || (run.iter().all(|w| weights.rare(story, w.id)) && verbatim());
    if whole && (len >= EXCERPT_WORDS || short_enough()) {
        len
    } else {
        0
    }
}

/// True when the words of `short` (all of them, stop words too, stems and compounds
/// folded) are found in a row in `long`, but for a word at either end.
fn verbatim(short: &[Word], long: &[Word], vocabulary: &Vocabulary) -> bool {
    let short = Passage::new(folded(short, vocabulary, true));
    let long = Passage::new(folded(long, vocabulary, true));
    let (len, _, _) = short.longest_run(&long);
    len as f64 >= WHOLE * short.words.len() as f64
}

/// Content words in the excerpt one speaker's claim quotes ("called the leak
/// \"disgraceful\"") when it is found whole, word for word, stop words too, inside the
/// same speaker's longer quotation that another outlet carries ("So disgraceful that the
/// questions … were leaked"); 0 otherwise. An excerpt too short for [`quoted_run`] (under
/// `EXCERPT_WORDS` content words) counts only when every one of its words is rare in
/// `story` and the two claims share a stem besides (`shared`, the stems the two claims
/// share, counts more than the excerpt's own): the word is the speaker's, and what it is
/// said of is the same. The caller asks it only of claims of one speaker.
fn excerpt_within(
    short: &super::Reading,
    long: &super::Reading,
    shared: usize,
    story: usize,
    weights: &Weights,
) -> usize {
    let (Some(quoted), Some(words), Some(within)) =
        (short.quoted(), short.verbatim(), long.verbatim())
    else {
        return 0;
    };
    let excerpt = quoted.content.len();
    if excerpt == 0 || excerpt >= EXCERPT_WORDS || words.words.is_empty() || shared <= excerpt {
        return 0;
    }
    let whole = words.longest_run(within).0 == words.words.len();
    let rare = quoted.content.iter().all(|&s| weights.rare(story, s));
    if whole && rare { excerpt } else { 0 }
}

/// 1 when each claim's own quotation is one content word, the same words word for word
/// (stop words too) and rare in `story`: a speaker's word quoted alike by two
/// outlets ("called the extension \"positive\"" / "said the move was \"positive\""); 0
/// otherwise. A word the story uses often ("tariffs") is no particular of one statement.
fn same_word_quoted(
    ra: &super::Reading,
    rb: &super::Reading,
    story: usize,
    weights: &Weights,
) -> usize {
    let (Some(qa), Some(qb)) = (ra.quoted(), rb.quoted()) else {
        return 0;
    };
    let (Some(va), Some(vb)) = (ra.verbatim(), rb.verbatim()) else {
        return 0;
    };
    let one = |q: &Passage| match q.words.as_slice() {
        [w] => Some(w.id),
        _ => None,
    };
    match (one(qa), one(qb)) {
        (Some(x), Some(y))
            if x == y && weights.rare(story, x) && same_words(&va.words, &vb.words) =>
        {
            1
        }
        _ => 0,
    }
}

/// True when a claim's quotation is a name and nothing else, every word of it capitalised
/// ("\"Donald,\" he said"): someone addressed, not words a speaker is cited for.
fn quoted_name(claim: &Claim) -> bool {
    claim.quote.as_ref().is_some_and(|q| name_only(&q.text))
}

/// True when every word of `text` is capitalised (and it has one).
fn name_only(text: &str) -> bool {
    {
        let mut words = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
            .peekable();
        words.peek().is_some() && words.all(|w| w.chars().next().is_some_and(char::is_uppercase))
    }
}

/// A run shared by two quotations counts only if it holds content words.
fn run_has_content(words: &[Word], start: usize, len: usize) -> usize {
    words
        .get(start..start + len)
        .map_or(0, |w| w.iter().filter(|w| w.content).count())
}

/// The longest run of words two quotations share, if it holds two content words or more;
/// 0 otherwise.
fn content_run(a: &Passage, b: &Passage) -> usize {
    content_run_at(a, b).map_or(0, |(len, _)| len)
}

/// (length, start in `a`) of the longest run of words two quotations share, if it holds two
/// content words or more.
fn content_run_at(a: &Passage, b: &Passage) -> Option<(usize, usize)> {
    // Such a run holds two content words both passages have, or one word twice in both:
    // most pairs of quotations have neither.
    let (_, shared) = intersection(&a.content, &b.content);
    let possible = match shared {
        0 => false,
        1 => a
            .content
            .iter()
            .find(|id| b.content.binary_search(id).is_ok())
            .is_some_and(|&id| a.occurrences(id) >= 2 && b.occurrences(id) >= 2),
        _ => true,
    };
    if !possible {
        return None;
    }
    let (len, start, _) = a.longest_run(b);
    (run_has_content(&a.words, start, len) >= 2).then_some((len, start))
}

/// (size of the union, size of the intersection) of two sorted id sets.
fn intersection(a: &[u32], b: &[u32]) -> (usize, usize) {
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    (a.len() + b.len() - shared, shared)
}

/// (similarity, shared words, overlap coefficient) of two sorted word-id sets.
fn similarity(a: &[u32], b: &[u32]) -> (f64, usize, f64) {
    if a.is_empty() || b.is_empty() {
        return (0.0, 0, 0.0);
    }
    let (union, shared) = intersection(a, b);
    let jaccard = shared as f64 / union as f64;
    let overlap = shared as f64 / a.len().min(b.len()) as f64;
    ((jaccard + overlap) / 2.0, shared, overlap)
}

/// Days between the two reports and between their named days (each when both are known).
fn days_apart(a: &Claim, b: &Claim, pa: &Profile, pb: &Profile) -> (Option<i64>, Option<i64>) {
    let reported = match (pa.reported, pb.reported) {
        (Some(x), Some(y)) => Some((x.to_days() - y.to_days()).abs()),
        _ => None,
    };
    let named = a
        .dates
        .iter()
        .filter_map(|d| d.date)
        .flat_map(|x| {
            b.dates
                .iter()
                .filter_map(|d| d.date)
                .map(move |y| (x.to_days() - y.to_days()).abs())
        })
        .min();
    (reported, named)
}

/// Likeness (`similarity`) at which one speaker's two claims that name days far apart are
/// still one statement put on two days ("the dam would reopen on March 12" / "… on March
/// 19"), which the date check reports, rather than two events.
pub const ONE_STATEMENT_TWO_DAYS: f64 = 0.6;

/// True when both claims name one day that lies more than `EVENT_DAYS` from the day each
/// was reported: a date set ahead or long past ("will visit Norway on 14 June" in April's
/// news) is one of the particulars of what they say, as telling as a rare word; the day of
/// the story's event ("on Monday") is not, as most of its claims name it.
fn same_named_day(a: &Claim, b: &Claim, pa: &Profile, pb: &Profile) -> bool {
    let far = |day: crate::date::Date, reported: Option<crate::date::Date>| {
        reported.is_some_and(|r| (day.to_days() - r.to_days()).abs() > EVENT_DAYS)
    };
    a.dates.iter().filter_map(|d| d.date).any(|x| {
        far(x, pa.reported)
            && far(x, pb.reported)
            && b.dates.iter().filter_map(|d| d.date).any(|y| y == x)
    })
}

/// Words (stop words too) in the longest run the words of two claims share word for word,
/// when it is long enough to be one statement: `OVERLAP_WORDS` words of which `OVERLAP_RUN`
/// content words, one of them rare in `story`, weighing `RUN_WEIGHT` ("reached agreements in
/// principle with Chile, Peru and Bolivia"); 0 otherwise. A name with its title ("the Labour
/// mayoral candidate, Anna Berg") is shorter. Stems and compounds are folded as for quotations.
fn worded_run(
    ra: &super::Reading,
    rb: &super::Reading,
    story: usize,
    linker: &Linker<'_>,
) -> usize {
    let a = Passage::new(folded(&ra.words, linker.vocabulary, true));
    let b = Passage::new(folded(&rb.words, linker.vocabulary, true));
    let (len, start, _) = a.longest_run(&b);
    let run = a.words.get(start..start + len).unwrap_or(&[]);
    let stems = || run.iter().filter(|w| w.content).map(|w| w.id);
    let weights = linker.weights;
    let long = len >= OVERLAP_WORDS
        && stems().count() >= OVERLAP_RUN
        && stems().any(|s| weights.rare(story, s))
        && weights.sum(story, stems()) >= RUN_WEIGHT;
    if long { len } else { 0 }
}

/// Content words two claims must share to be linked as one statement of a longer claim that
/// carries several, though a smaller share of it (`scattered_rare`).
pub const SEVERAL_SHARED: usize = 4;

/// Content words apart (one between) a rare word two claims share may lie from another word
/// they share, in the longer claim, to be read with it: "open and diverse city", "the right
/// thing".
pub const NEAR_WORDS: usize = 2;

/// Stems rare in `story` that `short` shares with `long` but that lie nowhere in `long`
/// within `NEAR_WORDS` content words of another stem the two share. The words a long claim
/// that carries several statements shares with a short one are those of one of its
/// statements, together; a rare word alone elsewhere in it ("come clear" in one sentence,
/// "future" in another, against "a clear path … in the future") is another statement's
/// and does not count.
fn scattered_rare(
    short: &super::Reading,
    long: &super::Reading,
    story: usize,
    weights: &Weights,
) -> usize {
    let words = &long.stemmed.words;
    let shared = |k: usize| {
        words
            .get(k)
            .is_some_and(|w| short.stems().binary_search(&w.id).is_ok())
    };
    let near = |k: usize| {
        let id = words[k].id;
        (k.saturating_sub(NEAR_WORDS)..=k + NEAR_WORDS)
            .any(|j| j != k && shared(j) && words.get(j).is_some_and(|w| w.id != id))
    };
    short
        .stems()
        .iter()
        .filter(|&&s| weights.rare(story, s) && long.stems().binary_search(&s).is_ok())
        .filter(|&&s| !(0..words.len()).any(|k| words[k].id == s && near(k)))
        .count()
}

/// Stems rare in the story two claims must share to be linked on their words when one
/// quotes a fragment the other holds no word of ([`fragment_unheld`]): the same
/// particulars, and the fragment a qualifier of them ("ready \"in principle\" to implement a
/// temporary truce if Russia stops its attacks" / "would agree to a temporary truce if
/// Russia stops attacking"); with fewer, all the two share besides the fragment is the
/// story's common words.
pub const FRAGMENT_RARE: usize = 2;

/// True when `claim` quotes a fragment (`Partial`) of which `other` holds no content word,
/// stems and the rules' synonyms folded. The fragment is what the speaker is cited for:
/// a claim without any of its words carries what is around it, not the quoted claim
/// ("called the 30-day delay the \"final\" extension" / "delayed the tariffs for 30 days").
fn fragment_unheld(claim: &Claim, own: &super::Reading, other: &super::Reading) -> bool {
    claim.kind == ClaimKind::Partial
        && own.quoted().is_some_and(|q| {
            !q.content.is_empty()
                && !q
                    .content
                    .iter()
                    .any(|s| other.stems().binary_search(s).is_ok())
        })
}

/// Runs of content words two quotations must share, apart from one another, to be linked
/// on them when no run is long enough alone …
pub const PHRASES: usize = 2;
/// … each of this many content words at least …
pub const PHRASE_WORDS: usize = 2;
/// … holding together this many stems rare in the story: one speaker's turns of phrase
/// quoted by two outlets from two sentences of one statement ("the open and balanced
/// fishing partnership" / "our fishing partnership … in an open and balanced way"), not
/// the story's common words ("North Korea", "nuclear weapons").
pub const PHRASES_RARE: usize = 3;

/// (runs, stems rare in `story` among their words) of the runs of `PHRASE_WORDS` content
/// stems or more that two quotations share, apart from one another.
fn shared_phrases(qa: &Passage, qb: &Passage, story: usize, weights: &Weights) -> (usize, usize) {
    let runs = qa.shared_runs(qb, PHRASE_WORDS);
    let rare = runs
        .iter()
        .flat_map(|&(start, len)| qa.words.get(start..start + len).unwrap_or(&[]))
        .filter(|w| weights.rare(story, w.id))
        .count();
    (runs.len(), rare)
}

/// Content words a quoted sentence must have to be found, as a quotation, inside the other
/// claim's words ([`quoted_sentence_within`]): "I need your vote.", not "Thank you."
pub const QUOTED_SENTENCE_WORDS: usize = 2;

/// Marks that open a quotation, and those that close one.
const OPENING_MARKS: [char; 4] = ['“', '‘', '"', '\''];
const CLOSING_MARKS: [char; 4] = ['”', '’', '"', '\''];

/// Content words of `short`'s own quotation when it is a whole sentence (it opens with a
/// capital and ends with a full stop, a question or an exclamation mark) of
/// `QUOTED_SENTENCE_WORDS` content words or more that `long` quotes word for word, inside
/// quotation marks of its own (case, accents and punctuation aside); 0 otherwise. Two
/// outlets that each mark the same whole sentence as the speaker's words carry one
/// quotation, however common its words: "Ruiz told him plainly, \"I need your vote.\"" and
/// a diary quoted at length, "She came back to the vote, saying 'I need your vote.' I
/// answered …". A phrase ("fake news"), or the same words not marked as quoted, is no
/// sentence quoted.
fn quoted_sentence_within(
    (short, rs): (&Claim, &super::Reading),
    (long, rl): (&Claim, &super::Reading),
) -> usize {
    let (Some(quote), Some(quoted)) = (short.quote.as_ref(), rs.quoted()) else {
        return 0;
    };
    // Cheap first: every stem of the quotation is among the other claim's.
    let words = quoted.content.len();
    if words < QUOTED_SENTENCE_WORDS
        || !quoted
            .content
            .iter()
            .all(|s| rl.stems().binary_search(s).is_ok())
    {
        return 0;
    }
    let text = quote
        .text
        .trim_matches(|c: char| c.is_whitespace() || c == ',' || OPENING_MARKS.contains(&c));
    let opens = text
        .chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(char::is_uppercase);
    if !opens || !text.ends_with(['.', '?', '!']) {
        return 0;
    }
    let wanted = fold(text);
    if marked_quotations(&long.content).any(|q| fold(q) == wanted) {
        words
    } else {
        0
    }
}

/// The passages of `text` inside quotation marks: from each opening mark that begins a word
/// (not an apostrophe within one) to the first closing mark after it that ends one.
fn marked_quotations(text: &str) -> impl Iterator<Item = &str> {
    let starts_word = |at: usize| {
        text.get(..at)
            .and_then(|before| before.chars().next_back())
            .is_none_or(|c| !c.is_alphanumeric())
    };
    text.char_indices()
        .filter(move |&(at, c)| OPENING_MARKS.contains(&c) && starts_word(at))
        .filter_map(move |(at, c)| {
            let rest = text.get(at + c.len_utf8()..)?;
            let end = rest.char_indices().find(|&(k, m)| {
                CLOSING_MARKS.contains(&m)
                    && rest
                        .get(k + m.len_utf8()..)
                        .and_then(|after| after.chars().next())
                        .is_none_or(|n| !n.is_alphanumeric())
            })?;
            rest.get(..end.0)
        })
}

/// The words of a reading's own quotation, stop words too (none without one).
fn quote_words(r: &super::Reading) -> &[Word] {
    r.quote().map_or(&[], |q| q.words.as_slice())
}

/// Compares two claims; `None` when they do not speak of the same thing.
///
/// Linked: the same text under two outlet names; identical or overlapping quotations, two
/// quotations sharing several turns of phrase of rare words (`PHRASES`), a whole sentence
/// one quotes that the other quotes inside its own words ([`quoted_sentence_within`]), or a
/// quotation of one reported in the other's words, when the speakers can be one; a word or two of rare
/// words one quotes inside the longer quotation of the same speaker ([`excerpt_within`]); enough of
/// the same content words, weighed by rarity (less for one speaker than for speakers only
/// compatible), many of the story's rare stems in common (`MANY_RARE`), two rare stems that
/// are nearly all of a short statement ([`few_particulars`]), or a long run of
/// the same words word for word ([`worded_run`]), but not on words alone when one quotes a
/// fragment the other holds no word of and the two share fewer than `FRAGMENT_RARE` rare
/// stems ([`fragment_unheld`]); figures of one measured thing. Quotations of speakers known
/// to differ stay linked for the misattribution check, and the links of earlier rules (shared content
/// words, quoted fragments, figures) are kept for the contradiction checks.
pub fn compare(
    a: &Claim,
    b: &Claim,
    pa: &Profile,
    pb: &Profile,
    linker: &Linker<'_>,
) -> Option<Link> {
    let rules = linker.rules;
    // "would not say whether …" says nothing of what follows: it is never the statement a
    // plain "said …" makes, though two outlets' refusals are one.
    if a.cue_negation.is_some() != b.cue_negation.is_some() {
        return None;
    }
    let (reported_apart, named_apart) = days_apart(a, b, pa, pb);
    if reported_apart.unwrap_or(0) > EVENT_DAYS {
        return None;
    }
    let (ra, rb) = (&*pa.reading, &*pb.reading);
    let same_speaker = pa.speaker.is_some() && pa.speaker == pb.speaker;
    let (sim, shared, overlap) = similarity(&ra.content, &rb.content);
    // Days named far apart: two events, but for one speaker's one statement put on two
    // days, which is a contradiction to report, not a reason to leave it unlinked.
    if named_apart.is_some_and(|d| d > EVENT_DAYS)
        && !(same_speaker && sim >= ONE_STATEMENT_TWO_DAYS)
    {
        return None;
    }
    let relation = claim_speakers(
        a,
        (pa.speaker.as_deref(), pa.written),
        b,
        (pb.speaker.as_deref(), pb.written),
        rules,
    );
    let story = pa.story;
    let likeness = linker
        .weights
        .compare_readings(story, ra, rb, linker.vocabulary);
    // Two copies of one text: every passage is shared whole with itself.
    let copies = pa.same_text(pb);
    let own_run = |p: &Passage| {
        if run_has_content(&p.words, 0, p.words.len()) >= 2 {
            p.words.len()
        } else {
            0
        }
    };
    // The run the two own quotations share: (length, start in `a`'s quotation).
    let (quote_run, quote_at) = match (ra.quote(), rb.quote()) {
        (Some(qa), Some(qb)) if !qa.words.is_empty() && !qb.words.is_empty() => {
            if copies {
                (own_run(qa), None)
            } else {
                content_run_at(qa, qb).map_or((0, None), |(len, start)| (len, Some(start)))
            }
        }
        _ => (0, None),
    };
    let quote_overlap = match (ra.quote(), rb.quote()) {
        (Some(qa), Some(qb)) if !qa.words.is_empty() && !qb.words.is_empty() => {
            quote_run as f64 / qa.words.len().min(qb.words.len()) as f64
        }
        _ => 0.0,
    };
    let quote_run_rare = match (ra.quote(), quote_at) {
        (Some(qa), Some(start)) if quote_run > 0 && !copies => {
            let run = qa.words.get(start..start + quote_run).unwrap_or(&[]);
            let stems = || {
                run.iter()
                    .filter(|w| w.content)
                    .map(|w| linker.vocabulary.stem(w.id))
            };
            stems().all(|s| linker.weights.rare(story, s))
                && linker.weights.sum(story, stems()) >= RUN_WEIGHT
        }
        _ => false,
    };
    // Runs of content words: quotation against quotation, then each quotation against the
    // other claim's words.
    let weights = linker.weights;
    let quotation = match (ra.quoted(), rb.quoted()) {
        (Some(qa), Some(qb)) if !copies => {
            let (short, long) = if qa.words.len() <= qb.words.len() {
                (qa, qb)
            } else {
                (qb, qa)
            };
            let exact = same_words(&short.words, &long.words);
            let word_for_word = || match (ra.verbatim(), rb.verbatim()) {
                (Some(va), Some(vb)) => {
                    let (len, start, _) = va.longest_run(vb);
                    let run = va.words.get(start..start + len).unwrap_or(&[]);
                    let content = || run.iter().filter(|w| w.content).map(|w| w.id);
                    len >= OVERLAP_WORDS
                        && content().count() >= EXCERPT_WORDS
                        && weights.sum(story, content()) >= RUN_WEIGHT
                }
                _ => false,
            };
            let sentence_within = || {
                quoted_sentence_within((a, ra), (b, rb))
                    .max(quoted_sentence_within((b, rb), (a, ra)))
            };
            let (sa, sb) = (quote_words(ra), quote_words(rb));
            let (ss, sl) = if qa.words.len() <= qb.words.len() {
                (sa, sb)
            } else {
                (sb, sa)
            };
            match quoted_run(short, long, exact, story, weights, || {
                verbatim(ss, sl, linker.vocabulary)
            }) {
                0 if word_for_word() => EXCERPT_WORDS,
                // A whole sentence one quotes, quoted within the other's words.
                0 if relation != Speakers::Different && sentence_within() > 0 => sentence_within(),
                0 if relation == Speakers::Same && !counts_apart(a, b) => {
                    // Each claim's quotation as the excerpt of the other's, whichever is
                    // given first: a negated excerpt of a plain quotation is another
                    // statement; a negation elsewhere in the longer quotation is not the
                    // excerpt's.
                    let within =
                        |(short, rs): (&Claim, &super::Reading),
                         (long, rl): (&Claim, &super::Reading)| {
                            if short.negated && !long.negated || quoted_name(short) {
                                0
                            } else {
                                excerpt_within(rs, rl, likeness.shared, story, weights)
                            }
                        };
                    within((a, ra), (b, rb)).max(within((b, rb), (a, ra)))
                }
                run => run,
            }
        }
        _ => 0,
    };
    // The same one word quoted alone by both ("the move was \"positive\""), too short for
    // any run: the speaker's word, when it is rare in the story. A word in quotation marks
    // with no speaker is the outlet's own scare quotes ("a so-called \"working\" visit"),
    // no one's statement.
    let quotation = if quotation == 0
        && !copies
        && relation != Speakers::Different
        && pa.written != Written::Outlet
        && pb.written != Written::Outlet
        && a.negated == b.negated
        && !counts_apart(a, b)
        && !quoted_name(a)
        && !quoted_name(b)
    {
        same_word_quoted(ra, rb, story, weights)
    } else {
        quotation
    };
    // A quoted phrase reported without quotation marks by the other, in a claim that says
    // much the same around it.
    let phrase_likeness = if relation == Speakers::Same {
        SHARED_WORDS_LIKENESS
    } else {
        PHRASE_LIKENESS
    };
    let phrase = match (ra.quoted(), rb.quoted()) {
        _ if copies || relation == Speakers::Different || likeness.score() < phrase_likeness => 0,
        (Some(q), None) => quoted_run(q, &rb.stemmed, false, story, weights, || {
            verbatim(quote_words(ra), &rb.words, linker.vocabulary)
        }),
        (None, Some(q)) => quoted_run(q, &ra.stemmed, false, story, weights, || {
            verbatim(quote_words(rb), &ra.words, linker.vocabulary)
        }),
        _ => 0,
    };
    // A phrase of one or two words ("back and forth") is the same statement only from one
    // speaker: from two speakers who may merely be one, a turn of phrase both outlets used.
    let phrase = if relation != Speakers::Same && phrase < EXCERPT_WORDS {
        0
    } else {
        phrase
    };
    // Runs shared by the quoted fragments of the two sentences: costly, so measured only
    // where they can decide something (one speaker, or a pair already linked).
    let fragment_run = || {
        if copies {
            // No run is longer than the shorter passage, and a passage with two content
            // words shares all of itself with its copy.
            return ra
                .fragments
                .iter()
                .chain(ra.quote())
                .map(own_run)
                .max()
                .unwrap_or(0);
        }
        ra.fragments
            .iter()
            .chain(ra.quote())
            .flat_map(|fa| {
                rb.fragments
                    .iter()
                    .chain(rb.quote())
                    .map(move |fb| content_run(fa, fb))
            })
            .max()
            .unwrap_or(0)
    };
    let same_measure = !ra.background
        && !rb.background
        && a.numbers.iter().any(|x| {
            !x.ordinal
                && x.measure.is_some()
                && b.numbers
                    .iter()
                    .any(|y| !y.ordinal && y.measure == x.measure)
        });
    let enough = ra.content.len() >= rules.check.min_content_words
        && rb.content.len() >= rules.check.min_content_words;
    let exact = !ra.content.is_empty() && ra.content == rb.content;
    let same_quote = quote_run >= 4 && quote_overlap >= rules.check.quote_similarity;
    // Long claims that carry several statements share less in proportion: four shared
    // words and a third of the shorter claim are enough for one speaker; of the shared
    // stems, a rare one alone in the longer claim, far from the others, does not count
    // (`scattered_rare`).
    let several_shared = || {
        shared >= SEVERAL_SHARED && overlap >= 0.3 && {
            let (short, long) = if ra.content.len() <= rb.content.len() {
                (ra, rb)
            } else {
                (rb, ra)
            };
            likeness
                .shared
                .saturating_sub(scattered_rare(short, long, story, linker.weights))
                >= SEVERAL_SHARED
        }
    };
    // The same kind of claim other than what was said: one act of the speaker's.
    let same_act = a.modality == b.modality && !a.modality.is_empty() && a.modality != "said";
    // What several unnamed people say and what one named person says are joined by the same
    // quotation or figure, never by alike words alone ([`group_and_person`]).
    let words_relation = if relation == Speakers::Compatible
        && group_and_person(
            a,
            (pa.speaker.as_deref(), pa.written),
            b,
            (pb.speaker.as_deref(), pb.written),
            rules,
        ) {
        Speakers::Different
    } else {
        relation
    };
    let statement = match words_relation {
        Speakers::Same => {
            (same_act
                && likeness.shared >= ACT_STEMS
                && likeness.rare >= ACT_RARE
                && likeness.score() >= SHARED_WORDS_LIKENESS)
                || exact
                || (enough
                    && (sim >= rules.check.min_similarity || several_shared())
                    && likeness.score() >= SHARED_WORDS_LIKENESS)
                || (likeness.score() >= SAME_SPEAKER_LIKENESS && likeness.shared >= SHARED_STEMS)
        }
        // Two names that fit one person ("Trump", "Donald Trump").
        // Three of the story's common words ("nuclear test site") tell what the story is
        // about, not which statement: names that only fit one person share a rare stem too.
        Speakers::Compatible if pa.written == Written::Name && pb.written == Written::Name => {
            likeness.score() >= SAME_SPEAKER_LIKENESS
                && likeness.shared >= SHARED_STEMS
                && (likeness.rare >= 1 || likeness.shared > SHARED_STEMS)
        }
        Speakers::Compatible => {
            // A date both name, far from the report, counts with the rare stems.
            let particulars = likeness.rare + usize::from(same_named_day(a, b, pa, pb));
            (likeness.overlap >= UNKNOWN_OVERLAP
                && likeness.jaccard >= UNKNOWN_JACCARD
                && likeness.shared >= SHARED_STEMS)
                || (likeness.score() >= COMPATIBLE_LIKENESS
                    && likeness.shared >= COMPATIBLE_STEMS
                    && particulars >= COMPATIBLE_RARE)
                || (likeness.score() >= COMPATIBLE_LIKENESS
                    && likeness.shared >= SHARED_STEMS
                    && likeness.rare == likeness.shared)
        }
        Speakers::Different => false,
    };
    // Many rare stems in common: the same particulars, whoever of the two is named.
    let statement = statement
        || (words_relation != Speakers::Different
            && likeness.rare >= MANY_RARE
            && likeness.shared >= MANY_SHARED
            && likeness.score() >= MANY_RARE_LIKENESS);
    // One statement of a claim that carries several, against the other claim whole, by the
    // routes of weighed words alone.
    let statement = statement
        || (words_relation != Speakers::Different
            && !copies
            && !counts_apart(a, b)
            && one_of_several(ra, rb, story, linker, |part| {
                one_speakers_statement(part, words_relation, (pa.written, pb.written))
            }));
    // Figures of one measured thing from different speakers: the same event when the two
    // name something in common, say much the same, or are attributed to speakers that can
    // be one (two outlets' own statements of a toll may be of two events).
    let names_shared = !names_disjoint(pa, pb) && !ra.names.is_empty() && !rb.names.is_empty();
    let attributed = pa.written != Written::Outlet && pb.written != Written::Outlet;
    let figure = (same_measure && same_speaker)
        || (same_measure
            && enough
            && sim >= 0.25
            && (names_shared
                || likeness.score() >= SAME_SPEAKER_LIKENESS
                || (attributed && relation == Speakers::Compatible && !names_disjoint(pa, pb))));
    // Two rare particulars that are nearly all of a short statement.
    let statement = statement
        || (words_relation != Speakers::Different
            && few_particulars((a, ra), (b, rb), &likeness, linker));
    // The same checkable value of the same thing (a count, a sum, a day; the facts of the
    // two) with words of their own in common: one statement, whoever of two speakers that
    // can be one gives it ("40 containers fell overboard from the freighter" / "40
    // containers were lost from the freighter").
    let statement = statement
        || (relation != Speakers::Different
            && !copies
            && a.negated == b.negated
            && (likeness.shared >= VALUE_SHARED && likeness.rare >= VALUE_RARE
                || likeness.shared >= VALUE_COMMON)
            && likeness.score() >= VALUE_LIKENESS
            && !counts_apart(a, b)
            && share_value(&pa.values, &pb.values));
    // A long run of the same words, word for word, in what the two say: one statement,
    // whoever is named and whatever else each says around it.
    // Measured only where it can decide (the run holds a rare stem both have).
    let worded = !statement
        && !copies
        && words_relation != Speakers::Different
        && likeness.shared >= OVERLAP_RUN
        && likeness.rare >= 1
        && likeness.score() >= PHRASE_LIKENESS
        && worded_run(ra, rb, story, linker) > 0;
    // A quoted fragment is what its claim says: a claim holding none of its words, and
    // sharing besides little more than the story's common words, is another statement.
    let statement = (statement || worded)
        && (likeness.rare >= FRAGMENT_RARE
            || !(fragment_unheld(a, ra, rb) || fragment_unheld(b, rb, ra)));
    // Two quotations sharing several turns of phrase of rare words, none long enough
    // alone: measured only where it can decide (no other route links the two, and they
    // share the rare stems it needs).
    let phrases = !copies
        && !statement
        && quotation == 0
        && relation != Speakers::Different
        && a.negated == b.negated
        && likeness.rare >= PHRASES_RARE
        && likeness.score() >= PHRASE_LIKENESS
        && !counts_apart(a, b)
        && match (ra.quoted(), rb.quoted()) {
            (Some(qa), Some(qb)) => {
                let (runs, rare) = shared_phrases(qa, qb, story, weights);
                runs >= PHRASES && rare >= PHRASES_RARE
            }
            _ => false,
        };
    let quoted = (quotation > 0 || phrases) && relation != Speakers::Different;
    let fragment_run = if same_speaker || statement || quoted || same_quote || figure {
        fragment_run()
    } else {
        0
    };
    let fragment = same_speaker && fragment_run >= 3;
    let why = if copies {
        Why::Copies
    } else if quoted || same_quote {
        Why::Quotation
    } else if phrase > 0 {
        Why::Phrase
    } else if statement {
        Why::Statement
    } else if fragment {
        Why::Fragment
    } else if figure {
        Why::Figure
    } else {
        return None;
    };
    Some(Link {
        similarity: sim,
        same_speaker,
        speakers: relation,
        weighted: likeness.score(),
        quote_overlap,
        quote_run: count(quote_run),
        fragment_run: count(fragment_run),
        quote_run_rare,
        same_measure,
        shared: count(shared),
        quoted_run: count(quotation.max(phrase)),
        why,
    })
}

/// True when one statement of a claim that carries several ([`super::Reading::statements`]) is
/// linked with the other claim whole by `linked`, given their likeness: "the tariffs are
/// put off until June 1, and agreements for permanent exemptions were reached with Chile and
/// Peru" carries what another outlet reports alone, "agreements in principle were reached
/// with Chile and Peru".
fn one_of_several(
    ra: &super::Reading,
    rb: &super::Reading,
    story: usize,
    linker: &Linker<'_>,
    linked: impl Fn(&super::Likeness) -> bool,
) -> bool {
    let weights = linker.weights;
    let against = |r: &super::Reading, other: &super::Reading| {
        r.statements()
            .iter()
            .any(|part| linked(&weights.compare(story, part, other.stems())))
    };
    against(ra, rb) || against(rb, ra)
}

/// True when the two claims count one thing (the same unit) with figures that cannot be the
/// same ("100,000 leaked emails" against "tens of thousands of leaked emails"): a sentence of
/// one that shares words with the other is then no statement of it, however alike.
fn counts_apart(a: &Claim, b: &Claim) -> bool {
    let apart = |x: &Quantity, y: &Quantity| {
        x.high.is_some_and(|h| h < y.low) || y.high.is_some_and(|h| h < x.low)
    };
    a.numbers.iter().any(|x| {
        !x.ordinal
            && x.unit.is_some()
            && b.numbers
                .iter()
                .any(|y| !y.ordinal && y.unit == x.unit && apart(x, y))
    })
}

/// Stems rare in the story one statement of a claim that carries several must share with the
/// other claim: a short sentence of a long quotation shares the story's words ("Iran",
/// "nuclear weapons program") with many claims that say something else.
pub const STATEMENT_RARE: usize = 1;

/// True when `likeness` links one statement of a claim that carries several with another
/// claim: the two are of one speaker (or of two names that fit one person), and share the
/// stems, the weighed likeness and a rare stem ([`STATEMENT_RARE`]) that two claims of one
/// speaker need. Speakers only compatible (a pronoun, a description, the outlet's voice)
/// are not enough: a short sentence says little that tells it apart from others.
fn one_speakers_statement(
    likeness: &super::Likeness,
    relation: Speakers,
    written: (Written, Written),
) -> bool {
    let one_speaker = relation == Speakers::Same
        || (relation == Speakers::Compatible && written == (Written::Name, Written::Name));
    one_speaker
        && likeness.score() >= SAME_SPEAKER_LIKENESS
        && likeness.shared >= SHARED_STEMS
        && likeness.rare >= STATEMENT_RARE
}

/// A count of words as a link keeps it: 16 bits, saturating (no claim comes near 65,535
/// words, and a week's batch holds some ten million links while it is checked: 8 bytes
/// less a link is about 90 MB less at its peak).
fn count(n: usize) -> u16 {
    u16::try_from(n).unwrap_or(u16::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_is_kept_in_48_bytes() {
        // A batch holds every link while it is checked: 600,000 of them for 10,000 articles.
        assert!(std::mem::size_of::<Link>() <= 48);
    }
    use crate::graph::words::{Vocabulary, synonym_phrases, words};

    #[test]
    fn quotations_run_from_an_opening_mark_to_the_closing_mark_that_ends_a_word() {
        let text = "He said ‘Keep the ferry.’ and \"we didn't\" and it's ‘the islanders’ view’";
        let found: Vec<&str> = marked_quotations(text).collect();
        // The apostrophe of "it's" opens nothing; the one of "islanders’" ends the passage.
        assert_eq!(found, ["Keep the ferry.", "we didn't", "the islanders"]);
        assert_eq!(marked_quotations("no marks at all").count(), 0);
        assert_eq!(marked_quotations("“never closed").count(), 0);
    }

    #[test]
    fn a_name_quoted_alone_is_no_excerpt_of_what_was_said() {
        assert!(name_only("Donald,"));
        assert!(name_only("Mr. President"));
        assert!(!name_only("disgraceful"));
        assert!(!name_only("a Russian witch hunt"));
        assert!(!name_only("…"));
    }

    #[test]
    fn quotations_sharing_only_stopwords_have_no_run() {
        let rules = RuleSet::builtin().unwrap();
        let mut vocabulary = Vocabulary::default();
        let mut passage = |t: &str| {
            Passage::new(words(
                t,
                0,
                &rules,
                &synonym_phrases(&rules),
                &mut vocabulary,
            ))
        };
        let a = passage("we will not be the ones to blame for it");
        let b = passage("they will not be the ones who pay");
        assert_eq!(content_run(&a, &b), 0);
        let c = passage("we will not pay the price of the war");
        let d = passage("Russia will not pay the price of the war, he said");
        // "will not" is one word, as "won't" is.
        assert_eq!(content_run(&c, &d), 7);
    }
}
