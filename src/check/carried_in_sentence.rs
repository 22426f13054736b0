//! Carried in a sentence of another outlet: a claim no other outlet's claim carries may still be told by another outlet of its story in a sentence of its own, with no cue ("the list also covers a planned harbour tunnel contract"); the same run of the story's rare words in that sentence means the claim does not rest on one outlet. Hands the single-source check the claims so carried.

use std::collections::{BTreeMap, HashMap, HashSet};

use rayon::prelude::*;

use crate::article::Span;
use crate::check::Context;
use crate::entity::is_person_noun;
use crate::extract::SAID;
use crate::graph::{
    Phrases, RUN_WEIGHT, Speakers, Vocabulary, Word, claim_speakers, synonym_phrases, words_with,
};
use crate::rules::RuleSet;
use crate::words::TextMap;

/// Content words in a row (stop words aside) a claim and another outlet's sentence must share:
/// a phrase of the story's particulars ("a planned harbour tunnel contract"), not a turn of
/// phrase two statements may both use ("played a prominent role").
pub const SENTENCE_RUN: usize = 4;

/// Of the run's words, how many must be particulars ([`particulars`]) rare in the story: what
/// is told, not a name with its title ("Port Director Ana Ruiz", "the deputy mayor, Ana
/// Ruiz") or a time ("shortly after the vote"), which every outlet writes alike whatever it
/// says of them.
pub const SENTENCE_RARE: usize = 3;

/// Sentences of a story one run of three stems may lie in to be looked at: a run that many
/// sentences hold is the story's stock phrase, not a particular.
const RUN_SENTENCES: usize = 8;

/// A stem a sentence's word has that no claim looked for has: it breaks every run.
const NO_STEM: u32 = u32::MAX;

/// True when every word of the sentence at `span` keeps its place ([`Word::new`]: 32-bit
/// offsets, 16-bit lengths), so that its words can be moved to another place ([`moved`]).
fn placed_exactly(span: Span) -> bool {
    span.end <= u32::MAX as usize && span.len() <= usize::from(u16::MAX)
}

/// The words of a sentence read at byte `from` of one article, as read at byte `to` of
/// another: the same words, each as far into the sentence. The first reading kept every
/// word's place ([`placed_exactly`]).
fn moved(words: &[Word], from: usize, to: usize) -> Vec<Word> {
    words
        .iter()
        .map(|w| {
            let span = w.span();
            let place = Span::new(span.start - from + to, span.end - from + to);
            Word::new(w.id, place, w.content, w.negation)
        })
        .collect()
}

/// A sentence of the story as it is compared: its article, the batch's stems of its content
/// words, which of them are particulars ([`particulars`]), and the claims made in it.
struct Told {
    article: usize,
    span: Span,
    stems: Vec<u32>,
    particular: Vec<bool>,
    claims: Vec<usize>,
}

/// Of `alone` (claims no other outlet's claim carries, sorted), those another outlet of the
/// story tells in a sentence of its own: a plain statement (said, neither negated nor
/// refused: what a speaker denies, wants or asks is a stance the words alone do not carry)
/// whose figures, if any, the sentence writes too,
/// whose content shares with a sentence of an article of another outlet of the story a run
/// of `SENTENCE_RUN` content stems or more, in order, weighing `RUN_WEIGHT` in the story,
/// `SENTENCE_RARE` of them rare there and particulars in both texts; a sentence holding a
/// claim of a speaker the claim's cannot be is another's account and carries nothing. Story
/// by story, in parallel; each story's sentences are read into a vocabulary of their own and
/// let go once it is done. Sorted.
pub fn carried_in_sentences(ctx: &Context<'_>, alone: &[usize]) -> Vec<usize> {
    let mut by_story: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for &i in alone {
        let claim = &ctx.claims[i];
        if claim.modality == SAID && !claim.negated && claim.cue_negation.is_none() {
            by_story.entry(ctx.profile(i).story).or_default().push(i);
        }
    }
    if by_story.is_empty() {
        return Vec::new();
    }
    let mut articles_of: Vec<Vec<usize>> = vec![Vec::new(); ctx.stories.len().max(1)];
    for (a, &story) in ctx.story_of.iter().enumerate() {
        if let Some(list) = articles_of.get_mut(story) {
            list.push(a);
        }
    }
    let mut claims_of: Vec<Vec<usize>> = vec![Vec::new(); ctx.articles.len()];
    for i in 0..ctx.claims.len() {
        if let Some(list) = claims_of.get_mut(ctx.profile(i).article) {
            list.push(i);
        }
    }
    let phrase_list = synonym_phrases(ctx.rules);
    let phrases = Phrases::new(&phrase_list);
    let stories: Vec<(usize, Vec<usize>)> = by_story.into_iter().collect();
    let mut out: Vec<usize> = stories
        .par_iter()
        .flat_map_iter(|(story, members)| {
            let articles = articles_of.get(*story).map_or(&[][..], Vec::as_slice);
            carried_in_story(ctx, *story, members, articles, &claims_of, &phrases)
        })
        .collect();
    out.sort_unstable();
    out
}

/// [`carried_in_sentences`] for the claims `members` of one story, whose articles are
/// `articles` (`claims_of` each article's claims).
fn carried_in_story(
    ctx: &Context<'_>,
    story: usize,
    members: &[usize],
    articles: &[usize],
    claims_of: &[Vec<usize>],
    phrases: &Phrases<'_>,
) -> Vec<usize> {
    let source = |a: usize| ctx.articles.get(a).map_or("", |x| x.source.as_str());
    let Some(&first) = articles.first() else {
        return Vec::new();
    };
    if articles.iter().all(|&a| source(a) == source(first)) {
        return Vec::new();
    }
    // The stems the claims looked for have: a sentence's word is read as the batch's stem of
    // the same text, or as none.
    let vocabulary = &ctx.graph.vocabulary;
    let wanted: HashSet<u32> = members
        .iter()
        .flat_map(|&i| ctx.profile(i).reading.stemmed.words.iter().map(|w| w.id))
        .collect();
    // Every sentence of the story's articles, as the batch's stems of its content words.
    let mut local = Vocabulary::default();
    let mut read: Vec<(usize, Span, Vec<Word>, Vec<usize>)> = Vec::new();
    // A sentence the story's versions carry word for word is read once: by its text, the
    // place in `read` of its first reading (`None` for a sentence that negates something).
    let mut sentence_read: TextMap<&str, Option<usize>> = TextMap::default();
    for &a in articles {
        let (Some(article), Some(segmented)) = (ctx.articles.get(a), ctx.segmented.get(a)) else {
            continue;
        };
        let made = claims_of.get(a).map_or(&[][..], Vec::as_slice);
        for sentence in &segmented.sentences {
            let span = sentence.span;
            let Some(text) = article.text.get(span.start..span.end) else {
                continue;
            };
            let content = match sentence_read.get(text) {
                Some(None) => continue,
                Some(&Some(k)) => moved(&read[k].2, read[k].1.start, span.start),
                None => {
                    let found = words_with(text, span.start, ctx.rules, phrases, &mut local);
                    // A sentence that negates something ("migrants who don't pass the
                    // interview") is no plain telling of a claim that does not.
                    let negates = found.iter().any(|w| w.negation);
                    if placed_exactly(span) {
                        sentence_read.insert(text, (!negates).then_some(read.len()));
                    }
                    if negates {
                        continue;
                    }
                    found.into_iter().filter(|w| w.content).collect()
                }
            };
            let claims: Vec<usize> = made
                .iter()
                .copied()
                .filter(|&j| {
                    let at = ctx.claims[j].sentence;
                    at.start < span.end && span.start < at.end
                })
                .collect();
            read.push((a, span, content, claims));
        }
    }
    let looked_for = wanted_stems(vocabulary, &local, &wanted);
    let sentences: Vec<Told> = read
        .into_iter()
        .map(|(a, span, found, claims)| {
            let stems: Vec<u32> = found
                .iter()
                .map(|w| looked_for.get(w.id as usize).copied().unwrap_or(NO_STEM))
                .collect();
            let text = ctx.articles.get(a).map_or("", |x| x.text.as_str());
            // Only a sentence with a run of three stems the claims have is ever looked at
            // (see `holding` below): the others' particulars are not worked out.
            let looked_at = stems.windows(3).any(|run| !run.contains(&NO_STEM));
            Told {
                article: a,
                span,
                particular: if looked_at {
                    particulars(text, &found, ctx.rules)
                } else {
                    Vec::new()
                },
                stems,
                claims,
            }
        })
        .collect();
    // The sentences holding each run of three stems.
    let mut holding: HashMap<[u32; 3], Vec<usize>> = HashMap::new();
    for (k, told) in sentences.iter().enumerate() {
        for run in told.stems.windows(3) {
            if run.contains(&NO_STEM) {
                continue;
            }
            let list = holding.entry([run[0], run[1], run[2]]).or_default();
            if list.last() != Some(&k) {
                list.push(k);
            }
        }
    }
    members
        .iter()
        .copied()
        .filter(|&i| {
            let profile = ctx.profile(i);
            let own = profile.article;
            let claim: &[Word] = &profile.reading.stemmed.words;
            let ids: Vec<u32> = claim.iter().map(|w| w.id).collect();
            // The reading's words, placed in the claim's own article (a reading may have
            // been read from the same sentence of another version of the story).
            let placed: Vec<Word> = claim
                .iter()
                .map(|w| Word::new(w.id, profile.place(w.span()), w.content, w.negation))
                .collect();
            let text = ctx.articles.get(own).map_or("", |x| x.text.as_str());
            let particular = particulars(text, &placed, ctx.rules);
            // Whether a claim of the sentence is of a speaker the claim's cannot be.
            let another = |j: usize| {
                let pj = ctx.profile(j);
                claim_speakers(
                    &ctx.claims[i],
                    (profile.speaker.as_deref(), profile.written),
                    &ctx.claims[j],
                    (pj.speaker.as_deref(), pj.written),
                    ctx.rules,
                ) == Speakers::Different
            };
            // The claim's figures, ordinals too, each to be written in the sentence too: a
            // figure rests on whoever gives it, not on a sentence of the same place or event
            // ("the third death on the mountain" is not carried by "the fourth death …").
            let figures: Vec<String> = ctx.claims[i]
                .numbers
                .iter()
                .map(|q| q.text.to_lowercase())
                .collect();
            let gives_figures = |told: &Told| {
                figures.is_empty() || {
                    let text = ctx
                        .articles
                        .get(told.article)
                        .and_then(|x| x.text.get(told.span.start..told.span.end))
                        .unwrap_or("")
                        .to_lowercase();
                    figures.iter().all(|f| text.contains(f.as_str()))
                }
            };
            let mine = Told {
                article: own,
                span: ctx.claims[i].content_span,
                stems: ids,
                particular,
                claims: Vec::new(),
            };
            mine.stems.windows(3).any(|run| {
                holding
                    .get(&[run[0], run[1], run[2]])
                    .filter(|list| list.len() <= RUN_SENTENCES)
                    .is_some_and(|list| {
                        list.iter().any(|&k| {
                            let told = &sentences[k];
                            source(told.article) != source(own)
                                && !told.claims.iter().any(|&j| another(j))
                                && gives_figures(told)
                                && told_alike(ctx, story, &mine, told)
                        })
                    })
            })
        })
        .collect()
}

/// For each word of `local` (a story's sentences read), the batch's stem of the same text
/// (`vocabulary`'s) when it is one of `wanted`, else [`NO_STEM`]. A word the batch's claims
/// have is given the stem the batch worked out for it; only the others are stemmed here,
/// alike (the stem of a word hangs on its text alone), and matched to the batch's by text.
fn wanted_stems(vocabulary: &Vocabulary, local: &Vocabulary, wanted: &HashSet<u32>) -> Vec<u32> {
    let known = |id: u32| {
        vocabulary
            .get(local.norm(id))
            .map(|b| vocabulary.stem(b))
            .filter(|&s| s != u32::MAX)
    };
    let mut unknown = Vocabulary::default();
    let mut stems: Vec<Result<u32, u32>> = (0..local.len() as u32)
        .map(|id| known(id).ok_or_else(|| unknown.intern(local.norm(id))))
        .collect();
    if !unknown.is_empty() {
        unknown.stem_all();
        let by_text: HashMap<&str, u32> = wanted
            .iter()
            .map(|&s| (vocabulary.stem_text(s), s))
            .collect();
        for stem in &mut stems {
            if let Err(u) = *stem {
                let text = unknown.stem_text(unknown.stem(u));
                *stem = Ok(by_text.get(text).copied().unwrap_or(NO_STEM));
            }
        }
    }
    stems
        .into_iter()
        .map(|s| match s {
            Ok(s) if wanted.contains(&s) => s,
            _ => NO_STEM,
        })
        .collect()
}

/// True when a claim (`mine`) and a sentence (`told`) share a run of `SENTENCE_RUN` stems
/// or more that weighs `RUN_WEIGHT` in `story`, `SENTENCE_RARE` of them rare there and
/// particulars in both.
fn told_alike(ctx: &Context<'_>, story: usize, mine: &Told, told: &Told) -> bool {
    let weights = &ctx.graph.weights;
    // The runs the two share, by where each ends in both (a claim and a sentence are some
    // dozens of words: one row of lengths, walked back to front).
    let mut run = vec![0usize; told.stems.len() + 1];
    for (x, &id) in mine.stems.iter().enumerate() {
        for y in (0..told.stems.len()).rev() {
            run[y + 1] = if told.stems[y] == id && id != NO_STEM {
                run[y] + 1
            } else {
                0
            };
            let len = run[y + 1];
            if len < SENTENCE_RUN {
                continue;
            }
            let (from_x, from_y) = (x + 1 - len, y + 1 - len);
            let stems = &mine.stems[from_x..=x];
            let rare = (0..len)
                .filter(|&k| {
                    weights.rare(story, stems[k])
                        && mine.particular.get(from_x + k).copied().unwrap_or(false)
                        && told.particular.get(from_y + k).copied().unwrap_or(false)
                })
                .count();
            if rare >= SENTENCE_RARE && weights.sum(story, stems.iter().copied()) >= RUN_WEIGHT {
                return true;
            }
        }
    }
    false
}

/// Which of `found` (content words in order, spans into `text`) are particulars of what is
/// told: written in lower case and in no description of a person — a run of lower-case words
/// directly before a capitalised one ("national security adviser Michael", "the deputy mayor,
/// Ana") or ending in a title or a noun for a person ("the president's national security
/// adviser", "a volunteer immigration lawyer"), which every outlet writes alike whatever it
/// says of that person.
fn particulars(text: &str, found: &[Word], rules: &RuleSet) -> Vec<bool> {
    let written = |w: &Word| text.get(w.span().start..w.span().end).unwrap_or("");
    let lower = |w: &Word| written(w).chars().next().is_some_and(|c| !c.is_uppercase());
    let person = |w: &Word| {
        let word = written(w).to_lowercase();
        is_person_noun(&word) || is_person_noun(word.trim_end_matches('s')) || rules.is_title(&word)
    };
    // Whether the next word after byte `end` opens with a capital, with only spaces, a comma
    // or a hyphen between (a title before a name, not a sentence's end).
    let capital_next = |end: usize| {
        let Some(rest) = text.get(end..) else {
            return false;
        };
        let Some((at, c)) = rest.char_indices().find(|&(_, c)| c.is_alphanumeric()) else {
            return false;
        };
        c.is_uppercase() && rest[..at].chars().all(|g| matches!(g, ' ' | ',' | '-'))
    };
    let mut described = vec![false; found.len()];
    for k in (0..found.len()).rev() {
        let end = found[k].span().end;
        let joined_to_next = found.get(k + 1).is_some_and(|next| {
            described[k + 1]
                && text
                    .get(end..next.span().start)
                    .is_some_and(|gap| gap.chars().all(|c| c == ' ' || c == '-'))
        });
        described[k] =
            lower(&found[k]) && (person(&found[k]) || capital_next(end) || joined_to_next);
    }
    found
        .iter()
        .zip(described)
        .map(|(w, described)| lower(w) && !described)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{Span, Word, moved, placed_exactly};
    use crate::check::{FindingKind, analyse};

    /// The single-source findings of `a` whose message holds `words`.
    fn single_source_with(a: &crate::Analysis, words: &str) -> usize {
        a.findings
            .iter()
            .filter(|f| f.kind == FindingKind::SingleSource && f.message.contains(words))
            .count()
    }

    /// One outlet's attributed claim, and another outlet's copy of the same story.
    fn two_outlets(other: &str) -> crate::Analysis {
        analyse(&[
            (
                "One",
                "2026-03-10",
                "The harbour inquiry met on Monday in Porto. Investigators said the inquiry \
                 will examine a planned harbour tunnel contract signed by the port board. The \
                 mayor of Porto said the inquiry was welcome.",
            ),
            ("Two", "2026-03-10", other),
        ])
    }

    #[test]
    fn a_claim_another_outlet_tells_in_its_own_words_is_not_single_source() {
        // The other outlet tells the same particulars with no cue of its own.
        let a = two_outlets(
            "The harbour inquiry met on Monday in Porto. Its list also covers the planned \
             harbour tunnel contract, among other matters. The mayor of Porto said the \
             inquiry was welcome.",
        );
        assert_eq!(
            single_source_with(&a, "tunnel contract"),
            0,
            "{:#?}",
            a.findings
        );
    }

    #[test]
    fn a_sentence_read_first_in_the_claims_own_outlet_still_carries_it_elsewhere() {
        // The outlet of the claim writes the same sentence later in its own copy; the other
        // outlet's copy, where it stands nearer the top, is read for it all the same, at its
        // own place there.
        let sentence = "Its list also covers the planned harbour tunnel contract, among other \
                        matters.";
        let own = format!(
            "The harbour inquiry met on Monday in Porto after a week of delays and a long \
             row over who would chair it. Investigators said the inquiry will examine a \
             planned harbour tunnel contract signed by the port board. The mayor of Porto \
             said the inquiry was welcome. {sentence}"
        );
        let other = format!("The harbour inquiry met in Porto. {sentence}");
        let a = analyse(&[
            ("One", "2026-03-10", own.as_str()),
            ("Two", "2026-03-10", other.as_str()),
        ]);
        assert_eq!(
            single_source_with(&a, "tunnel contract"),
            0,
            "{:#?}",
            a.findings
        );
    }

    #[test]
    fn a_sentence_moved_keeps_its_words_as_far_into_it() {
        let words = [
            Word::new(3, Span::new(120, 125), true, false),
            Word::new(9, Span::new(126, 133), false, true),
        ];
        assert_eq!(
            moved(&words, 100, 40),
            [
                Word::new(3, Span::new(60, 65), true, false),
                Word::new(9, Span::new(66, 73), false, true),
            ]
        );
        assert!(placed_exactly(Span::new(0, 65_535)));
        assert!(!placed_exactly(Span::new(0, 65_536)));
        assert!(!placed_exactly(Span::new(
            u32::MAX as usize,
            u32::MAX as usize + 1
        )));
    }

    #[test]
    fn a_claim_another_outlet_tells_in_other_forms_of_its_words_is_not_single_source() {
        // "plans" is a word no claim of the batch has: it is stemmed for the sentence alone,
        // and meets the claim's "planned" by its stem.
        let a = two_outlets(
            "The harbour inquiry met on Monday in Porto. Its list also covers plans for \
             harbour tunnel contracts, among other matters. The mayor of Porto said the \
             inquiry was welcome.",
        );
        assert_eq!(
            single_source_with(&a, "tunnel contract"),
            0,
            "{:#?}",
            a.findings
        );
    }

    #[test]
    fn a_claim_whose_words_the_other_outlet_lacks_is_single_source() {
        let a = two_outlets(
            "The harbour inquiry met on Monday in Porto. Its list also covers fishing quotas, \
             among other matters. The mayor of Porto said the inquiry was welcome.",
        );
        assert_eq!(
            single_source_with(&a, "tunnel contract"),
            1,
            "{:#?}",
            a.findings
        );
    }

    #[test]
    fn a_name_with_its_title_in_the_other_outlet_does_not_carry_a_claim() {
        // Both outlets name the port's deputy director, but only one says what she did.
        let a = analyse(&[
            (
                "One",
                "2026-03-10",
                "The harbour inquiry met on Monday in Porto. Investigators said the deputy \
                 harbour director Ana Ruiz signed a secret dredging waiver.",
            ),
            (
                "Two",
                "2026-03-10",
                "The harbour inquiry met on Monday in Porto. The deputy harbour director Ana \
                 Ruiz attended the first session.",
            ),
        ]);
        assert_eq!(
            single_source_with(&a, "dredging waiver"),
            1,
            "{:#?}",
            a.findings
        );
    }

    #[test]
    fn the_same_words_from_another_named_speaker_do_not_carry_a_claim() {
        // The other outlet's sentence is a claim of someone else about the contract.
        let a = analyse(&[
            (
                "One",
                "2026-03-10",
                "The harbour inquiry met on Monday in Porto. Carlos Mendes said the inquiry \
                 will examine a planned harbour tunnel contract signed by the port board.",
            ),
            (
                "Two",
                "2026-03-10",
                "The harbour inquiry met on Monday in Porto. Ana Ruiz said the planned harbour \
                 tunnel contract was signed in haste.",
            ),
        ]);
        assert_eq!(
            single_source_with(&a, "will examine"),
            1,
            "{:#?}",
            a.findings
        );
    }
}
