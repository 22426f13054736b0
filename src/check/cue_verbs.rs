//! The verbs of the rules' cues, as a message writes them: a bare participle after its
//! speaker ("Trump saying", "he adding", from "…, with Trump saying" or "…, adding that")
//! is written in the past ("Trump said", "he added"), which is what the copy reports.

use std::collections::HashSet;

use crate::extract::past_of_participle;
use crate::rules::RuleSet;

/// Every word of the rules' cue lists and the first word of each kind's verbs, lower case:
/// the verbs a participle of a cue may be of.
pub struct CueVerbs(HashSet<String>);

impl CueVerbs {
    pub fn of(rules: &RuleSet) -> CueVerbs {
        let attribution = &rules.attribution;
        let listed = attribution.cues.iter().chain(&attribution.that_cues);
        let kinds = attribution
            .kind
            .iter()
            .flat_map(|k| k.verbs.iter().chain(&k.that_verbs).chain(&k.object_verbs));
        CueVerbs(
            listed
                .chain(kinds)
                .filter_map(|phrase| phrase.split_whitespace().next())
                .map(str::to_lowercase)
                .collect(),
        )
    }

    /// `cue` with a first word that is a bare participle written in the past ("calling
    /// for" → "called for"); `None` when its first word is no participle of a cue verb.
    pub fn in_the_past(&self, cue: &str) -> Option<String> {
        let (first, rest) = cue.split_once(' ').unwrap_or((cue, ""));
        // "regarding", "concerning": participles that stand as prepositions.
        if !first.ends_with("ing")
            || first.starts_with(char::is_uppercase)
            || matches!(
                first,
                "regarding" | "concerning" | "including" | "following"
            )
        {
            return None;
        }
        let past = past_of_participle(first, |verb| self.0.contains(verb))?;
        Some(if rest.is_empty() {
            past
        } else {
            format!("{past} {rest}")
        })
    }
}

#[cfg(test)]
mod tests {
    use super::CueVerbs;

    #[test]
    fn a_participle_of_a_cue_is_written_in_the_past() {
        let verbs = CueVerbs::of(&crate::rules::RuleSet::builtin().unwrap());
        assert_eq!(verbs.in_the_past("saying").as_deref(), Some("said"));
        assert_eq!(verbs.in_the_past("noting").as_deref(), Some("noted"));
        assert_eq!(
            verbs.in_the_past("calling for").as_deref(),
            Some("called for")
        );
        assert_eq!(verbs.in_the_past("said"), None);
        assert_eq!(verbs.in_the_past("regarding"), None);
        assert_eq!(verbs.in_the_past("Saying"), None);
    }
}
