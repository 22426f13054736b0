//! Whose voice a fact is told in: the outlet's own when nothing credits it — no source in
//! its frame, no claim holding it but the outlet's own statement, and no word of
//! attribution in its sentence ("Netanyahu said the files … contained 55,000 pages"
//! credits him even when the claim reader missed the clause). An outlet vouches for what
//! it tells in its own voice.

use std::collections::BTreeSet;

use crate::extract::{Claim, ClaimKind, Fact};
use crate::rules::RuleSet;

/// The single words of the rules' attribution cues ("said", "told", "according"), lower
/// case.
pub struct Cues(BTreeSet<String>);

impl Cues {
    pub fn of(rules: &RuleSet) -> Cues {
        Cues(
            rules
                .attribution
                .cues
                .iter()
                .chain(&rules.attribution.that_cues)
                .filter_map(|cue| cue.split_whitespace().next())
                .map(str::to_lowercase)
                .collect(),
        )
    }

    /// Whether `sentence` holds a word of attribution.
    fn credit_in(&self, sentence: &str) -> bool {
        sentence
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .any(|w| self.0.contains(&w.to_lowercase()))
    }

    /// `fact`, held by `claim` in an article whose text is `text`, is told in the outlet's
    /// own voice.
    pub fn own_voice(&self, fact: &Fact, claim: Option<&Claim>, text: &str) -> bool {
        fact.frame.source.is_none()
            && claim.is_none_or(|c| c.kind == ClaimKind::Assertion)
            && !text
                .get(fact.sentence.start..fact.sentence.end)
                .is_some_and(|s| self.credit_in(s))
    }
}

#[cfg(test)]
mod tests {
    use super::Cues;
    use crate::check::analyse;
    use crate::rules::RuleSet;

    /// Whether each fact of `text` is told in the outlet's own voice.
    fn voices(text: &str) -> Vec<bool> {
        let cues = Cues::of(&RuleSet::builtin().unwrap());
        let analysis = analyse(&[("Wire", "2024-03-05", text)]);
        let text = &analysis.articles[0].text;
        analysis
            .facts
            .iter()
            .map(|f| {
                let claim = f
                    .claim
                    .as_ref()
                    .and_then(|id| analysis.claims.iter().find(|c| &c.id == id));
                cues.own_voice(f, claim, text)
            })
            .collect()
    }

    #[test]
    fn a_figure_nobody_is_credited_with_is_the_outlets_own() {
        assert_eq!(
            voices("Twenty-eight people were stranded on the ride."),
            [true]
        );
        assert_eq!(
            voices("Twenty-eight people were stranded on the ride, the operator said."),
            [false]
        );
    }

    #[test]
    fn a_figure_in_a_sentence_that_credits_someone_is_not_the_outlets_own() {
        let voices = voices(
            "Netanyahu said the files were moved to Tehran after the deal, and that 40 people \
             were killed in the raid.",
        );
        assert!(
            !voices.is_empty() && voices.iter().all(|own| !own),
            "{voices:?}"
        );
    }
}
