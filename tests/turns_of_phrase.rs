//! Two outlets that quote one statement from two of its sentences, sharing no long run of
//! words but several of the speaker's turns of phrase, each of two words or more and rare
//! in the story together ("the open and competitive shipping market" / "our shipping
//! market … open and competitive"), carry one claim: an agreement, not two single-source
//! claims. One shared phrase is not enough, nor are phrases the whole story uses.

mod outlets;

use corroborate::Analysis;
use corroborate::check::FindingKind;
use outlets::{analyse, contents};

/// Background that gives the story its common words (the port, the terminal, the
/// decision), so that the turns of phrase under test are the rare ones.
const STORY: &str = "The port authority said the new terminal would open in the spring. \
    Officials said the decision on the terminal had been taken on Monday. The union said \
    the port had waited years for the terminal decision.";

/// True when some agreement joins a claim holding `x` with one holding `y`.
fn agree(a: &Analysis, x: &str, y: &str) -> bool {
    contents(a, FindingKind::Agreement)
        .iter()
        .any(|g| g.iter().any(|c| c.contains(x)) && g.iter().any(|c| c.contains(y)))
}

/// The first outlet's article: a joint statement quoted at length.
fn statement() -> String {
    format!(
        "Port deal\n\n{STORY}\n\nHarbour master Ana Ruiz and port chief Tom Kell welcomed the \
         decision.\n\n“The terminal reflects the open and competitive shipping market our \
         region shares with its neighbours and secures jobs for a generation,” they said in \
         a statement.\n"
    )
}

#[test]
fn two_turns_of_phrase_quoted_from_one_statement_agree() {
    let first = statement();
    let second = format!(
        "Terminal approved\n\n{STORY}\n\nThe regional government said the terminal “will \
         ensure our shipping market keeps growing in an open and competitive way.”\n"
    );
    let a = analyse(&[("Daily Courier", &first), ("Evening Post", &second)]);
    assert!(
        agree(
            &a,
            "reflects the open and competitive",
            "ensure our shipping market"
        ),
        "{:?}",
        contents(&a, FindingKind::Agreement)
    );
    let single = contents(&a, FindingKind::SingleSource);
    assert!(
        single
            .iter()
            .flatten()
            .all(|c| !c.contains("shipping market")),
        "{single:?}"
    );
}

#[test]
fn one_shared_turn_of_phrase_is_not_one_statement() {
    let first = statement();
    let second = format!(
        "Terminal approved\n\n{STORY}\n\nThe regional government said the terminal “will \
         bring cranes, rail sidings and night shifts to an open and competitive coast.”\n"
    );
    let a = analyse(&[("Daily Courier", &first), ("Evening Post", &second)]);
    assert!(
        !agree(&a, "reflects the open and competitive", "cranes"),
        "{:?}",
        contents(&a, FindingKind::Agreement)
    );
}
