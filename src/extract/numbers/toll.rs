//! A toll that is a price, not a count of the dead: "the bridge toll", "the toll for
//! cars", "a toll of £5" are what drivers pay to cross or use a road. Told by the words
//! beside it; a "death toll" never is one.

use super::currency_word;

/// The measure a priced toll is read as: apart from the `killed` that "toll" alone means.
pub const ROAD_TOLL: &str = "road toll";

/// Roads and crossings a toll is paid on: "the bridge toll", "motorway tolls".
fn road(word: &str) -> bool {
    matches!(
        word,
        "bridge"
            | "road"
            | "roads"
            | "tunnel"
            | "motorway"
            | "motorways"
            | "highway"
            | "highways"
            | "expressway"
            | "turnpike"
            | "freeway"
            | "crossing"
            | "ferry"
            | "canal"
            | "congestion"
    )
}

/// Those a toll is charged to: "the toll for cars", "tolls for lorries", "car drivers".
pub(crate) fn vehicle(word: &str) -> bool {
    matches!(
        word,
        "car"
            | "cars"
            | "lorry"
            | "lorries"
            | "truck"
            | "trucks"
            | "van"
            | "vans"
            | "vehicle"
            | "vehicles"
            | "motorcycle"
            | "motorcycles"
            | "motorbike"
            | "motorbikes"
            | "bus"
            | "buses"
            | "coach"
            | "coaches"
            | "hgv"
            | "hgvs"
            | "motorist"
            | "motorists"
            | "driver"
            | "drivers"
    )
}

/// A sum of money written at a token: "£5.20", "$3", or a currency's name ("pounds").
fn money(word: &str) -> bool {
    word.starts_with(['£', '$', '€']) || currency_word(word).is_some()
}

/// Whether the "toll" at token `i` of `lower` is a price: a road word right before it
/// ("the bridge toll"), a road word or "booth" right after it ("toll road", "toll
/// booths"), "for" and those who pay it after it ("the toll for cars"), or a sum of
/// money within the next four words of its clause ("a toll of £5.20").
pub(crate) fn priced(lower: &[&str], i: usize) -> bool {
    let word = |k: usize| lower.get(k).copied().unwrap_or("");
    if !matches!(word(i), "toll" | "tolls") || i.checked_sub(1).is_some_and(|b| word(b) == "death")
    {
        return false;
    }
    if i.checked_sub(1).is_some_and(|b| road(word(b))) {
        return true;
    }
    if road(word(i + 1)) || matches!(word(i + 1), "booth" | "booths" | "plaza" | "plazas") {
        return true;
    }
    let payer = if word(i + 2) == "the" { i + 3 } else { i + 2 };
    if word(i + 1) == "for" && vehicle(word(payer)) {
        return true;
    }
    (i + 1..i + 5)
        .take_while(|&k| !matches!(word(k), "," | ";" | "." | "and" | "but" | ""))
        .any(|k| money(word(k)))
}

#[cfg(test)]
mod tests {
    use super::priced;

    fn words(s: &str) -> Vec<&str> {
        s.split_whitespace().collect()
    }

    #[test]
    fn a_toll_beside_a_road_or_its_payers_or_a_sum_is_a_price() {
        let bridge = words("the harbour bridge toll will double");
        assert!(priced(&bridge, 3));
        let payers = words("the toll for lorries goes up");
        assert!(priced(&payers, 1));
        let sum = words("a toll of £3.40 each way");
        assert!(priced(&sum, 1));
        let booths = words("queues at the toll booths grew");
        assert!(priced(&booths, 3));
    }

    #[test]
    fn a_death_toll_or_a_bare_toll_of_people_is_no_price() {
        let death = words("the death toll for the region rose to 12");
        assert!(!priced(&death, 2));
        let bare = words("the toll rose to 31 , officials said");
        assert!(!priced(&bare, 1));
        let later = words("the toll stood at 9 , and damage was put at $4m");
        assert!(!priced(&later, 1));
    }
}
