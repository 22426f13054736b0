//! Cue words that make no claim: a plural noun after a possessive (`the party's core fraud
//! claims`), and "called" as a telephone call (`called Ruiz again on Monday`).

use super::*;

#[test]
fn a_plural_noun_after_a_possessive_is_no_cue() {
    let found = claims("Senators dismissed the opposition's core fraud claims.");
    assert!(
        found
            .iter()
            .all(|c| c.cue.as_ref().is_none_or(|q| q.text != "claims")),
        "{found:#?}"
    );
    let found = claims("The opposition's fraud claims were dropped in court.");
    assert!(
        found
            .iter()
            .all(|c| c.cue.as_ref().is_none_or(|q| q.text != "claims")),
        "{found:#?}"
    );
    // A closing attribution stays one.
    let found = claims("\"The levy is unfair,\" the union's lawyer says.");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(speaker(&found[0]), "the union's lawyer");
}

#[test]
fn a_call_with_a_time_or_a_purpose_is_no_naming() {
    let found = claims("Governor Mark Hale called him again on April 11.");
    assert!(found.is_empty(), "{found:#?}");
    // The purpose of the call is what he asked; the call names nothing.
    let found = claims("Governor Mark Hale called Senator Ruiz on Monday to ask about the budget.");
    assert!(
        found.iter().all(|c| c.modality != "describes"),
        "{found:#?}"
    );
    let found = claims("Governor Mark Hale called him on Tuesday about the budget.");
    assert!(found.is_empty(), "{found:#?}");
    let c = only("Governor Mark Hale called Senator Ruiz a liar.");
    assert_eq!(c.modality, "describes");
    assert_eq!(c.content, "Senator Ruiz a liar");
}
