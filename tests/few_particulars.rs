//! Two outlets that carry one short statement in other words, sharing only two of its
//! words, both rare in the story (a name, a place, a thing named once), carry one claim:
//! an agreement, not two single-source claims. Sharing so little links nothing that a
//! contradiction check could read apart: a statement and its denial, figures, or words the
//! rules call opposites stay unlinked.

mod outlets;

use corroborate::Analysis;
use corroborate::check::FindingKind;
use outlets::{analyse, contents};

/// Background that gives the story its common words, so that the words of the statement
/// under test are the rare ones.
const STORY: &str = "The mayor said the flood barrier on the river would be finished by \
    autumn. Officials said the council had approved the budget for the barrier. The \
    engineers said the river had risen faster than the council expected.";

fn contradictions(a: &Analysis) -> usize {
    a.findings
        .iter()
        .filter(|f| f.kind == FindingKind::Contradiction)
        .count()
}

/// Two outlets' statements about Millbrook that are not one claim: no agreement joins them
/// and nothing contradicts.
fn neither_agree_nor_contradict(one: &str, two: &str) {
    let a = analyse(&[("Valley Herald", one), ("River Times", two)]);
    assert!(
        !contents(&a, FindingKind::Agreement)
            .iter()
            .any(|claims| claims.iter().any(|c| c.contains("Millbrook"))),
        "{:?}",
        a.findings
    );
    assert_eq!(contradictions(&a), 0, "{:?}", a.findings);
}

#[test]
fn a_short_statement_told_in_other_words_on_two_rare_words_agrees() {
    let one = format!("{STORY} Aides said she will visit Millbrook.");
    let two = format!(
        "{STORY} The governor is expected to thank firefighters and to visit Millbrook, aides \
         said."
    );
    let a = analyse(&[("Valley Herald", &one), ("River Times", &two)]);
    let agreements = contents(&a, FindingKind::Agreement);
    assert!(
        agreements
            .iter()
            .any(|claims| claims.iter().any(|c| c.contains("Millbrook")) && claims.len() == 2),
        "{agreements:?}"
    );
    assert_eq!(contradictions(&a), 0);
}

#[test]
fn a_statement_and_its_denial_sharing_two_rare_words_are_not_linked() {
    let one = format!("{STORY} Aides said she will visit Millbrook.");
    let two = format!(
        "{STORY} The governor is not expected to thank firefighters or to visit Millbrook, \
         aides said."
    );
    neither_agree_nor_contradict(&one, &two);
}

#[test]
fn a_plan_and_its_doubt_sharing_two_rare_words_are_not_linked() {
    let one = format!("{STORY} Reports suggest the governor will visit Millbrook during the tour.");
    let two = format!("{STORY} Aides said she is unlikely to visit Millbrook.");
    neither_agree_nor_contradict(&one, &two);
}
