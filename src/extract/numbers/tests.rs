//! Tests of the figure reader on sentences of our own.

use super::*;
use crate::text::tokenize;

fn read(s: &str) -> Vec<Quantity> {
    let rules = RuleSet::builtin().unwrap();
    let reader = NumberReader::new(&rules);
    let tokens = tokenize(s, Span::new(0, s.len()), &rules);
    reader.read(s, &tokens, Span::new(0, s.len()))
}

#[test]
fn number_word_test_agrees_with_lower_casing() {
    let rules = RuleSet::builtin().unwrap();
    let reader = NumberReader::new(&rules);
    for s in [
        "TWO men",
        "Several",
        "a DoZeN",
        "İx",
        "SİX",
        "\u{212A}ilo",
        "no figure",
        "tens",
        "",
    ] {
        let lower = s.to_lowercase();
        let expected = NUMBER_WORDS.iter().any(|w| lower.contains(w));
        assert_eq!(reader.may_hold_number_word(s), expected, "{s}");
    }
}

#[test]
fn at_least_57_people_killed_is_open_above() {
    let q = &read("at least 57 people were killed")[0];
    assert_eq!((q.low, q.high), (57.0, None));
    assert_eq!(q.unit.as_deref(), Some("people"));
    assert_eq!(q.measure.as_deref(), Some("killed"));
}

#[test]
fn only_sentences_with_a_measure_word_pass_the_measure_test() {
    let rules = RuleSet::builtin().unwrap();
    let reader = NumberReader::new(&rules);
    assert!(reader.may_hold_measure("Twelve people were KILLING time"));
    assert!(reader.may_hold_measure("The death toll rose to 57"));
    assert!(reader.may_hold_measure("Police Arrested 12"));
    assert!(!reader.may_hold_measure("The vote is on 12 April 2016"));
    // Not plain ASCII: always read.
    assert!(reader.may_hold_measure("The vote is on 12 März"));
}

#[test]
fn killing_ten_injuring_dozens_counts_ten_killed() {
    let found = read("The quake hit Peru, killing at least 14 people, injuring dozens more.");
    let measures: Vec<(&str, Option<&str>)> = found
        .iter()
        .map(|q| (q.text.as_str(), q.measure.as_deref()))
        .collect();
    assert_eq!(
        measures,
        [("at least 14", Some("killed")), ("dozens", Some("injured"))]
    );
    // After the figure and before a comma still comes first.
    let q = &read("Police arrested 12 people injured in the clashes, killing none")[0];
    assert_eq!(q.measure.as_deref(), Some("injured"));
}

#[test]
fn nearly_100000_syrians_have_fled() {
    let q = &read("nearly 100,000 Syrians have fled from their homes")[0];
    assert_eq!(q.value, 100_000.0);
    assert_eq!((q.low, q.high), (90_000.0, Some(100_000.0)));
    assert_eq!(q.unit.as_deref(), Some("syrian"));
    assert_eq!(q.measure.as_deref(), Some("fled"));
}

#[test]
fn seventeen_nation_group_counts_nations() {
    let q = &read("the 17-nation International Syria Support Group")[0];
    assert_eq!(q.value, 17.0);
    assert_eq!(q.unit.as_deref(), Some("nation"));
}

#[test]
fn a_quarter_of_a_million_is_250000() {
    let q = &read("a quarter of a million refugees")[0];
    assert_eq!(q.value, 250_000.0);
    assert_eq!(q.unit.as_deref(), Some("refugee"));
}

#[test]
fn word_numbers_and_ordinals() {
    let q = read("killing three people");
    assert_eq!(q[0].value, 3.0);
    assert_eq!(q[0].measure.as_deref(), Some("killed"));
    let q = read("for the second day in a row");
    assert!(q[0].ordinal);
    assert_eq!(q[0].value, 2.0);
}

/// (text, value, low, high, unit) of every figure read in `s`.
fn figures(s: &str) -> Vec<(String, f64, Option<f64>, Option<String>)> {
    read(s)
        .into_iter()
        .map(|q| (q.text, q.value, q.high, q.unit))
        .collect()
}

fn money(text: &str, value: f64, unit: &str) -> (String, f64, Option<f64>, Option<String>) {
    (text.to_string(), value, Some(value), Some(unit.to_string()))
}

#[test]
fn currency_signs_and_words_with_a_scale() {
    assert_eq!(figures("a €110bn bailout"), [money("€110bn", 110e9, "eur")]);
    assert_eq!(
        figures("lent € 22.4 billion to Greece"),
        [money("€ 22.4 billion", 22.4e9, "eur")]
    );
    assert_eq!(
        figures("jewellery worth £88m was stolen"),
        [money("£88m", 88e6, "gbp")]
    );
    assert_eq!(
        figures("$141 billion in loans"),
        [money("$141 billion", 141e9, "usd")]
    );
    assert_eq!(
        figures("110 billion euros in loans"),
        [money("110 billion", 110e9, "eur")]
    );
}

#[test]
fn a_question_mark_for_a_lost_sign_is_no_currency() {
    // ECB+ copy prints `?` where a euro sign was lost, but the same loss turns a pound
    // sign into `?`: the figure keeps its value and gets no currency.
    assert_eq!(
        figures("Paris's plan to lend ?22.4bn to Portugal"),
        [("22.4bn".to_string(), 22.4e9, Some(22.4e9), None)]
    );
}

#[test]
fn a_currency_written_before_a_decimal_figure_is_read_whole() {
    let q = read("agreeing a €110 billion (Dh472.72bn) debt bailout");
    let figures: Vec<(f64, Option<&str>, &str)> = q
        .iter()
        .map(|q| (q.value, q.unit.as_deref(), q.text.as_str()))
        .collect();
    assert_eq!(
        figures,
        [
            (110e9, Some("eur"), "€110 billion"),
            (472.72e9, Some("aed"), "Dh472.72bn"),
        ]
    );
    let q = &read("a Dh472m fine")[0];
    assert_eq!((q.value, q.unit.as_deref()), (472e6, Some("aed")));
    // Letters before a figure that are no currency are not read as one.
    assert!(read("the A320 landed at the G20 summit").is_empty());
}

#[test]
fn computed_bounds_print_as_written() {
    let q = &read("nearly 28 percent of voters")[0];
    assert_eq!((q.low, q.high), (25.2, Some(28.0)));
    assert_eq!(format!("{} {}", q.low, q.high.unwrap_or(0.0)), "25.2 28");
    let q = &read("nearly 19 percent")[0];
    assert_eq!((q.low, q.high), (17.1, Some(19.0)));
    // Rounded to its last digit: 2.3 million less a tenth of a million.
    let q = &read("about 2.3 million people")[0];
    assert_eq!((q.low, q.high), (2_200_000.0, Some(2_400_000.0)));
    assert_eq!(as_written(0.1 + 0.2), 0.3);
    assert_eq!(as_written(2.4000000000000004), 2.4);
    assert_eq!(as_written(472_720_000_000.0), 472_720_000_000.0);
    assert_eq!(as_written(1_234_567_890_123_456.0), 1_234_567_890_120_000.0);
    assert_eq!(as_written(-1.0 / 3.0), -0.333333333333);
    assert_eq!(as_written(f64::INFINITY), f64::INFINITY);
}

#[test]
fn dates_and_years_are_not_counts() {
    assert!(read("on Feb. 12 and Dec. 15, 2015").is_empty());
    assert!(read("struck at 1353 (1023 GMT)").is_empty());
}

#[test]
fn a_vague_quantity_before_a_scale_word_is_scaled() {
    let interval = |s: &str| {
        let q = &read(s)[0];
        (q.text.clone(), q.low, q.high)
    };
    let q = &read("several hundred people marched")[0];
    assert_eq!(q.measure.as_deref(), Some("crowd"));
    assert_eq!(
        interval("several hundred people marched"),
        ("several hundred".to_string(), 200.0, Some(900.0))
    );
    assert_eq!(
        interval("a few thousand people were evacuated"),
        ("a few thousand".to_string(), 2000.0, Some(9000.0))
    );
    assert_eq!(
        interval("hundreds of millions of dollars were lost"),
        ("hundreds of millions".to_string(), 2e8, Some(999e6))
    );
    // Vague quantities of their own.
    assert_eq!(interval("millions of people watched").1, 2e6);
    assert_eq!(
        interval("a handful of protesters were arrested").2,
        Some(9.0)
    );
}

#[test]
fn dozens_is_a_vague_interval() {
    let q = &read("dozens of protesters were arrested")[0];
    assert_eq!((q.low, q.high), (24.0, Some(99.0)));
    assert_eq!(q.measure.as_deref(), Some("arrested"));
}

#[test]
fn a_glued_currency_figure_is_looked_for_only_right_after_a_currency_name() {
    // "dh" and "dirhams": two and seven bytes.
    let lengths = (1 << 2) | (1 << 7);
    assert!(super::digit_after_currency("dh472m", lengths));
    assert!(super::digit_after_currency("dirhams5", lengths));
    assert!(!super::digit_after_currency("d4", lengths));
    assert!(!super::digit_after_currency("dhaka", lengths));
    assert!(!super::digit_after_currency("", lengths));
    // The reader still finds the figure, and only there.
    assert_eq!(read("a Dh472m fine").len(), 1);
    assert!(
        read("a D4 road")
            .iter()
            .all(|q| q.unit.as_deref() != Some("aed"))
    );
}

#[test]
fn a_month_beside_a_day_is_a_date_not_a_march() {
    // "March 23": no count of 23, and neither figure measures a march.
    let qs = read("The ministry on March 23 set a 40 percent levy on copper wire.");
    assert_eq!(qs.len(), 1, "{qs:#?}");
    assert_eq!(qs[0].value, 40.0);
    assert_eq!(qs[0].measure, None);
    let qs = read("A 15 percent duty took effect 2nd May across the bloc.");
    assert!(qs.iter().all(|q| q.measure.is_none()), "{qs:#?}");
    assert!(qs.iter().all(|q| q.value != 2.0), "{qs:#?}");
    // The word itself still measures a crowd, and a day count stays a count.
    let q = &read("About 2,000 people joined the march on Saturday")[0];
    assert_eq!(q.measure.as_deref(), Some("crowd"));
    let q = &read("Some 300 students march 12 miles to the capital")[0];
    assert_eq!(q.measure.as_deref(), Some("crowd"));
}

#[test]
fn a_number_word_with_its_unit_glued_on_is_a_figure_of_that_unit() {
    assert_eq!(
        figures("fire engulfed the six-storey building"),
        [(
            "six-storey".to_string(),
            6.0,
            Some(6.0),
            Some("storey".to_string())
        )]
    );
    assert_eq!(
        figures("unions called a two-day strike"),
        [(
            "two-day".to_string(),
            2.0,
            Some(2.0),
            Some("day".to_string())
        )]
    );
    // Shares, manners and "one-" words are no figures of a unit.
    assert!(
        figures("two-thirds of voters agreed")
            .iter()
            .all(|f| f.3.is_none())
    );
    assert!(figures("it was a two-way race").is_empty());
    assert!(figures("a one-off payment").is_empty());
}

#[test]
fn a_figure_word_before_a_hyphen_is_read_inside_any_span() {
    let s = "Twenty-five miners were trapped, and rescuers reached three of them, a well-known \
             crew said.";
    let rules = RuleSet::builtin().unwrap();
    let reader = NumberReader::new(&rules);
    let tokens = tokenize(s, Span::new(0, s.len()), &rules);
    let values = |start: usize, end: usize| -> Vec<f64> {
        reader
            .read(s, &tokens, Span::new(start, end))
            .iter()
            .map(|q| q.value)
            .collect()
    };
    assert_eq!(values(0, s.len()), vec![25.0, 3.0]);
    // The span of the miners holds a hyphen; the span of the rescuers holds none, nor
    // does the one after it, which only the crew's hyphen follows.
    let rescuers = s.find("rescuers").unwrap();
    let trapped = s.find("trapped").unwrap();
    assert_eq!(values(0, trapped), vec![25.0]);
    assert_eq!(values(rescuers, s.find(", a well").unwrap()), vec![3.0]);
    assert_eq!(
        values(s.find("a well").unwrap(), s.len()),
        Vec::<f64>::new()
    );
}

#[test]
fn the_longest_qualifier_before_a_figure_wins() {
    let bounds = |s: &str| {
        let q = &read(s)[0];
        (q.text.clone(), q.low, q.high)
    };
    let (text, low, high) = bounds("no more than 40 people were hurt");
    assert_eq!(text, "no more than 40");
    assert_eq!(high, Some(40.0));
    assert!(low < 40.0);
    let (text, low, high) = bounds("more than 40 people were hurt");
    assert_eq!((text.as_str(), low, high), ("more than 40", 40.0, None));
    let (text, _, _) = bounds("just under 40 people were hurt");
    assert_eq!(text, "just under 40");
}

#[test]
fn a_span_of_a_sentence_has_the_figures_its_own_reading_finds() {
    let rules = RuleSet::builtin().unwrap();
    let reader = NumberReader::new(&rules);
    for s in [
        "Officials said at least 57 people were killed and two hundred injured on March 23.",
        "The fund, worth €110bn ($141bn), lost a quarter of a million euros, he said.",
        "Dozens of protesters were arrested and twenty-five hurt, police said on Tuesday.",
        "One of the three men, 45, was fined $4.9m; the other two were freed.",
    ] {
        let whole = Span::new(0, s.len());
        let tokens = tokenize(s, whole, &rules);
        let lower = crate::text::lower_tokens(s, &tokens);
        let lower: Vec<&str> = lower.iter().map(|w| w.as_ref()).collect();
        let sentence = reader.read_sentence(s, &tokens, &lower, whole);
        assert_eq!(
            sentence.all(),
            reader.read_lower(s, &tokens, &lower, whole),
            "{s}"
        );
        let mut taken = 0;
        for a in 0..tokens.len() {
            for b in a + 1..=tokens.len() {
                let span = Span::new(tokens[a].span.start, tokens[b - 1].span.end);
                if let Some(figures) = sentence.inside(&tokens, span) {
                    taken += 1;
                    assert_eq!(
                        figures,
                        reader.read_lower(s, &tokens, &lower, span),
                        "{}",
                        span.of(s)
                    );
                }
            }
        }
        assert!(taken > 0, "{s}");
    }
}

#[test]
fn a_span_opening_inside_a_figure_of_its_sentence_is_read_on_its_own() {
    let rules = RuleSet::builtin().unwrap();
    let reader = NumberReader::new(&rules);
    let s = "Police said two hundred people were hurt.";
    let whole = Span::new(0, s.len());
    let tokens = tokenize(s, whole, &rules);
    let lower = crate::text::lower_tokens(s, &tokens);
    let lower: Vec<&str> = lower.iter().map(|w| w.as_ref()).collect();
    let sentence = reader.read_sentence(s, &tokens, &lower, whole);
    assert_eq!(sentence.all()[0].value, 200.0);
    let from_hundred = Span::new(s.find("hundred").unwrap(), s.len());
    assert!(sentence.inside(&tokens, from_hundred).is_none());
    let from_people = Span::new(s.find("people").unwrap(), s.len());
    assert_eq!(sentence.inside(&tokens, from_people), Some(Vec::new()));
}

#[test]
fn a_figure_is_rounded_to_its_last_written_digit() {
    let step = |written: &str, value: f64| rounding_step(written, value).map(as_written);
    assert_eq!(step("380,000", 380_000.0), Some(10_000.0));
    assert_eq!(step("1,500", 1_500.0), Some(500.0));
    assert_eq!(step("6.0", 6.0), Some(0.1));
    assert_eq!(step("2.3", 2_300_000.0), Some(100_000.0));
    assert_eq!(step("58km", 58.0), Some(1.0));
    assert_eq!(step("a dozen", 12.0), None);
}

#[test]
fn a_letter_that_grows_in_lower_case_after_a_figure_is_read_without_panic() {
    // "Ⱥ" is two bytes and its lower case "ⱥ" three: the figure's glued unit is read from
    // the lower-case word, and the written suffix is not looked for past its start.
    let quantities = read("The 0ȺȺ crossing carried 12 trucks.");
    assert!(quantities.iter().any(|q| q.low == 12.0), "{quantities:?}");
}
