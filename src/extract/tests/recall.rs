//! Forms of attribution beyond "said" (issue 15), each on a sentence written for the test.

use super::*;

#[test]
fn probe() {
    for text in [
        "The union wants to delay the vote until March.",
        "The mayor called for an independent inquiry into the warehouse fire.",
        "The senator accused the port authority of hiding the inspection report.",
        "The company denied that it had misled its investors about the recall.",
        "The council plans to close two branch libraries next year.",
        "A new survey shows that most residents oppose the harbour tower.",
        "Low interest rates support the housing market in the north.",
        "His remarks have drawn sharp criticism from farmers.",
        "The budget bill is expected to pass the upper house next week.",
        "Mayor Says Ferry Will Resume Sailing in May\n\nThe ferry has been idle since the storm.",
        "Ortega: \"We will not close the clinic this winter.\"",
        "\"The squad is ready,\" the coach said. \"We trained hard all summer.\"",
        "The coach said the squad was ready for the final.\n\n\"We trained hard all summer and nobody is injured.\"",
        "The minister said the smelter could close before spring.",
        "\"The trains will run on time from Monday. We have hired forty new drivers.\n\n\"The timetable is printed and ready,\" the rail chief said.",
        "\"I hope the new bridge opens before my daughter starts school.\" ― Maria Keller",
        "As the Gazette reported on Tuesday, the inspector has issued three subpoenas.",
    ] {
        println!("=== {text:?}");
        for c in claims(text) {
            println!(
                "{:?} speaker={:?} cue={:?} modality={} modal={:?} content={:?} parts={}",
                c.kind,
                speaker(&c),
                c.cue.as_ref().map(|q| q.text.clone()),
                c.modality,
                c.modal,
                c.content,
                c.parts.len()
            );
        }
    }
}
