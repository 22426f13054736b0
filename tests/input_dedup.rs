//! Identical texts under several outlet names are read once, with the same result as reading each.

use std::path::Path;

use corroborate::article::ArticleMeta;
use corroborate::{Article, RuleSet, extract_claims};

fn seed_texts() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect()
}

fn article(id: &str, source: &str, date: &str, text: &str) -> Article {
    let front = format!("+++\nid = \"{id}\"\nsource = \"{source}\"\ndate = \"{date}\"\n+++\n");
    let path = format!("{id}.txt");
    Article::from_text(Path::new(&path), &(front + text), &ArticleMeta::default()).unwrap()
}

#[test]
fn duplicated_wire_copy_gives_the_same_claims_as_reading_each_article() {
    let rules = RuleSet::builtin().unwrap();
    let mut texts = seed_texts();
    // The seeds attribute every figure; this text states one in the outlet's own voice.
    texts.push(
        "At least 57 people were killed in Aleppo on Friday, a day of heavy shelling.\n".into(),
    );
    let outlets = ["AP", "AFP", "Reuters", "VOA", "BBC"];
    let mut batch = Vec::new();
    for (t, text) in texts.iter().enumerate() {
        for (o, outlet) in outlets.iter().enumerate() {
            // Same text under each outlet; one copy carries another date, so its relative
            // days ("Friday") resolve differently and it must be read on its own.
            let date = if o == 4 { "2016-03-01" } else { "2016-02-21" };
            batch.push(article(&format!("{outlet}-{t}"), outlet, date, text));
        }
    }
    let together = extract_claims(batch.clone(), &rules);
    // The batch is read in id order, whatever order it is given in.
    batch.sort_by(|x, y| x.id.cmp(&y.id));
    let mut one_by_one = Vec::new();
    let mut entity_ids = Vec::new();
    for article in batch {
        let single = extract_claims(vec![article], &rules);
        one_by_one.extend(single.claims);
        entity_ids.extend(single.entities.into_iter().map(|e| e.id));
    }
    assert_eq!(together.claims.len(), one_by_one.len());
    for (a, b) in together.claims.iter().zip(&one_by_one) {
        assert_eq!(a, b);
    }
    entity_ids.sort();
    entity_ids.dedup();
    let merged: Vec<String> = together.entities.iter().map(|e| e.id.clone()).collect();
    assert_eq!(merged, entity_ids);
    // Every outlet keeps its own claims, and the outlet speaks its own assertions.
    let assertions: Vec<(&str, &str, &str)> = together
        .claims
        .iter()
        .filter(|c| c.kind.as_str() == "assertion")
        .map(|c| {
            let speaker = c.speaker.as_ref().map_or("", |s| s.text.as_str());
            (c.id.as_str(), speaker, c.content.as_str())
        })
        .collect();
    let said = "At least 57 people were killed in Aleppo on Friday, a day of heavy shelling";
    assert_eq!(
        assertions,
        [
            ("AFP-3#1", "AFP", said),
            ("AP-3#1", "AP", said),
            ("BBC-3#1", "BBC", said),
            ("Reuters-3#1", "Reuters", said),
            ("VOA-3#1", "VOA", said),
        ]
    );
}

#[test]
fn extraction_does_not_depend_on_the_number_of_threads() {
    let rules = RuleSet::builtin().unwrap();
    let batch: Vec<Article> = seed_texts()
        .iter()
        .cycle()
        .take(12)
        .enumerate()
        .map(|(i, text)| {
            article(
                &format!("a{i}"),
                "AP",
                "2016-02-21",
                &format!("{text}\n{i}"),
            )
        })
        .collect();
    let run = |threads: usize| {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap();
        pool.install(|| extract_claims(batch.clone(), &rules).claims)
    };
    assert_eq!(run(1), run(4));
}
