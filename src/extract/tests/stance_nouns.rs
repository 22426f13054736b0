//! Stances taken up as nouns by a verb's subject (`launched a sharp critique of …`,
//! `renewed her calls for …`): the subject holds the stance, the preposition's object is
//! what it is about.

use super::*;

#[test]
fn a_critique_delivered_is_the_subjects_criticism() {
    let c = only("The county auditor delivered a blistering critique of the transit budget.");
    assert_eq!(speaker(&c), "The county auditor");
    assert_eq!(c.modality, "criticizes");
    assert_eq!(
        c.cue.as_ref().map(|q| q.text.as_str()),
        Some("delivered a blistering critique of")
    );
    assert_eq!(c.content, "the transit budget");
}

#[test]
fn calls_renewed_and_praise_heaped_are_their_kinds() {
    let c = only("Union leaders renewed their calls for a pay rise at the bus depots.");
    assert_eq!(speaker(&c), "Union leaders");
    assert_eq!(c.modality, "demands");
    assert_eq!(c.content, "a pay rise");
    let c = only("Mayor Lena Ortiz heaped praise on the harbor rescue crews.");
    assert_eq!(speaker(&c), "Mayor Lena Ortiz");
    assert_eq!(c.modality, "supports");
    assert_eq!(c.content, "the harbor rescue crews");
}

#[test]
fn a_stance_won_faced_or_withdrawn_is_not_the_subjects() {
    // The criticism is another's: the subject met it.
    assert!(claims("The ferry operator faced sharp criticism over the late sailings.").is_empty());
    // The defense was another's too, given to the subject.
    assert!(claims("The coach won the praise of the league for the youth program.").is_empty());
    // A noun with no verb before it takes up no stance.
    assert!(claims("Amid criticism of the late sailings, the ferry ran on time.").is_empty());
}
