//! A claim whose cue is denied ("would not say whether …", "did not immediately respond")
//! is no statement of what follows: it never agrees with an outlet that reports the
//! statement made, two outlets' refusals still agree, and a report writes the denial.

mod outlets;

use corroborate::check::FindingKind;
use outlets::{agreements_beside, analyse_beside};

/// What every outlet also reports, so that the story's words have weights.
const ALSO: &str = "The ferry company met the harbour board on Tuesday about the winter \
                    timetable. Fishermen said the crossings had been cancelled twice this \
                    month. The board chair said a decision would come by Friday.";

/// True when an agreement holds a claim containing each of `words`.
fn joined(agreements: &[Vec<String>], words: &[&str]) -> bool {
    agreements
        .iter()
        .any(|claims| words.iter().all(|w| claims.iter().any(|c| c.contains(w))))
}

const SAID: &str = "Captain Ilse Moran said the night crossing to Skerry Holm would resume \
                    before the lantern festival.";
const WOULD_NOT_SAY: &str = "Captain Ilse Moran would not say whether the night crossing to \
                             Skerry Holm would resume before the lantern festival.";

#[test]
fn a_refusal_to_say_never_agrees_with_the_statement_made() {
    for (herald, gazette) in [(SAID, WOULD_NOT_SAY), (WOULD_NOT_SAY, SAID)] {
        let found = agreements_beside(herald, gazette, ALSO);
        assert!(!joined(&found, &["Skerry Holm"]), "{found:?}");
    }
}

#[test]
fn two_outlets_refusals_agree() {
    let other = "Captain Ilse Moran would not say whether the night crossing to Skerry Holm \
                 would resume before the lantern festival, the Gazette was told.";
    let found = agreements_beside(WOULD_NOT_SAY, other, ALSO);
    assert!(joined(&found, &["Skerry Holm"]), "{found:?}");
}

#[test]
fn a_single_source_message_writes_the_denial() {
    let a = analyse_beside(WOULD_NOT_SAY, "", ALSO);
    let message = a
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::SingleSource)
        .map(|f| f.message.as_str())
        .find(|m| m.contains("Skerry Holm"))
        .unwrap_or_else(|| panic!("no single-source finding: {:#?}", a.findings));
    assert!(message.contains("Moran would not say"), "{message}");
}
