//! Nouns of attitude after a possessive (`the mayor's claim that …`, `her promise to …`):
//! the possessor holds what the clause after "that" or "to" says, of the noun's kind.

use super::*;

#[test]
fn a_claim_after_a_possessive_is_the_possessors() {
    let c = only("Engineers examined the mayor's claim that the old bridge was safe for trucks.");
    assert_eq!(speaker(&c), "the mayor");
    assert_eq!(c.cue.as_ref().map(|q| q.text.as_str()), Some("claim"));
    assert_eq!(c.modality, "said");
    assert_eq!(c.content, "the old bridge was safe for trucks");
}

#[test]
fn a_promise_to_is_a_promise_with_its_infinitive() {
    let c = only("The budget left out Governor Ann Ross's promise to repair every rural road.");
    assert_eq!(speaker(&c), "Governor Ann Ross");
    assert_eq!(c.modality, "promises");
    assert_eq!(c.content, "to repair every rural road");
}

#[test]
fn a_possessive_pronoun_stands_for_the_name_before() {
    let found = claims(
        "Mark Doyle met donors in Tulsa on Monday. Aides were stunned by his decision to quit the race in March.",
    );
    assert_eq!(found.len(), 1, "{found:#?}");
    let c = &found[0];
    assert_eq!(speaker(c), "his");
    assert_eq!(c.modality, "intends");
    assert_eq!(c.content, "to quit the race in March");
    let antecedent = c.speaker.as_ref().and_then(|s| s.antecedent.as_deref());
    assert_eq!(antecedent, Some("Mark Doyle"));
}

#[test]
fn a_relative_clause_an_object_or_a_thing_makes_no_claim() {
    // "that" before a verb is a relative clause, not what was claimed.
    assert!(claims("The mayor's claim that was printed on Monday proved wrong.").is_empty());
    // "to" before a noun phrase says to whom, not what.
    assert!(claims("The mayor's promise to voters in the east was broken.").is_empty());
    // A bill holds no view.
    assert!(claims("Few had heard of the bill's promise to cut every fee in half.").is_empty());
    // A noun outside the rules' `nouns` attributes nothing.
    assert!(claims("The mayor's habit to walk the old bridge every morning is known.").is_empty());
}

#[test]
fn a_desk_adds_the_nouns_of_a_kind() {
    let text = "Few had heard of the council's yearning to rebuild the old pier by June.";
    let mut rules = RuleSet::builtin().unwrap();
    let read = |rules: &RuleSet| {
        crate::extract_claims(vec![article(text, None)], rules)
            .claims
            .into_iter()
            .filter(|c| c.kind != ClaimKind::Assertion)
            .collect::<Vec<_>>()
    };
    assert!(read(&rules).is_empty(), "{:#?}", read(&rules));
    let desk = "[[attribution.kind]]\nname = \"wants\"\nnouns = [\"yearning\"]\n";
    rules.add(crate::rules::RuleFile::parse(std::path::Path::new("desk.toml"), desk).unwrap());
    let found = read(&rules);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(speaker(&found[0]), "the council");
    assert_eq!(found[0].modality, "wants");
    assert_eq!(found[0].content, "to rebuild the old pier by June");
}

#[test]
fn a_noun_phrase_that_opens_the_sentence_ends_its_clause_at_the_main_verb() {
    let c = only("Her plan to widen the coastal highway was dropped in May.");
    assert_eq!(speaker(&c), "Her");
    assert_eq!(c.content, "to widen the coastal highway");
    // Which verb of a "that" clause is the main one cannot be told.
    assert!(claims("The mayor's claim that the bridge is safe was wrong.").is_empty());
}

#[test]
fn a_day_or_a_year_holds_no_plan() {
    // The day the plan was made is no one who holds it.
    assert!(
        claims("Monday's decision to shut the paper mill angered the workers in Coldbrook.")
            .is_empty()
    );
    assert!(
        claims("Last year's plan to widen the ring road was shelved by the council.").is_empty()
    );
    // A name before the possessive still holds it.
    let c = only("Dana Ortiz's decision to shut the paper mill angered the workers in Coldbrook.");
    assert_eq!(speaker(&c), "Dana Ortiz");
    assert_eq!(c.modality, "intends");
}
