//! The forms a reporter writes of a verb given in its base form (`urge` → `urges`,
//! `urged`, `urging`; `seek` → `sought`), so that rule files list each verb once.
//!
//! Regular spelling rules make the -s, -ed and -ing forms; where a final consonant may or may
//! not double (`plan` → `planned`, `open` → `opened`) both spellings are made, since a form
//! nobody writes never matches. Irregular verbs are a closed class of English, listed here.

/// Every form of `phrase`, a verb in its base form optionally followed by its particles or
/// preposition (`call for`, `point out`): the first word is inflected, the rest kept. The
/// base form comes first; there are no duplicates.
pub fn verb_forms(phrase: &str) -> Vec<String> {
    let lower = phrase.trim().to_lowercase();
    let (verb, rest) = match lower.split_once(char::is_whitespace) {
        Some((v, r)) => (v.to_string(), format!(" {}", r.trim())),
        None => (lower.clone(), String::new()),
    };
    let mut forms: Vec<String> = Vec::new();
    let mut push = |w: String| {
        let form = format!("{w}{rest}");
        if !w.is_empty() && !forms.contains(&form) {
            forms.push(form);
        }
    };
    push(verb.clone());
    push(third_person(&verb));
    match irregular(&verb) {
        Some((past, participle)) => {
            push(past.to_string());
            push(participle.to_string());
        }
        None => {
            for past in regular_past(&verb) {
                push(past);
            }
        }
    }
    for ing in present_participle(&verb) {
        push(ing);
    }
    forms
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// `urge` → `urges`, `push` → `pushes`, `deny` → `denies`.
fn third_person(verb: &str) -> String {
    if let Some(stem) = verb.strip_suffix('y')
        && stem.chars().last().is_some_and(|c| !is_vowel(c))
    {
        return format!("{stem}ies");
    }
    if ["s", "x", "z", "ch", "sh", "o"]
        .iter()
        .any(|end| verb.ends_with(end))
    {
        return format!("{verb}es");
    }
    format!("{verb}s")
}

/// Whether the verb ends consonant–vowel–consonant (`plan`, `admit`, `open`): its final
/// consonant may double before -ed and -ing.
fn may_double(verb: &str) -> Option<char> {
    let chars: Vec<char> = verb.chars().collect();
    let n = chars.len();
    if n < 3 {
        return None;
    }
    let (a, b, c) = (chars[n - 3], chars[n - 2], chars[n - 1]);
    (!is_vowel(a) && is_vowel(b) && !is_vowel(c) && !matches!(c, 'w' | 'x' | 'y')).then_some(c)
}

/// `urge` → `urged`, `deny` → `denied`, `plan` → `planned` and `planed`.
fn regular_past(verb: &str) -> Vec<String> {
    if verb.ends_with('e') {
        return vec![format!("{verb}d")];
    }
    if let Some(stem) = verb.strip_suffix('y')
        && stem.chars().last().is_some_and(|c| !is_vowel(c))
    {
        return vec![format!("{stem}ied")];
    }
    let mut forms = vec![format!("{verb}ed")];
    if let Some(c) = may_double(verb) {
        forms.push(format!("{verb}{c}ed"));
    }
    forms
}

/// `urge` → `urging`, `tie` → `tying`, `plan` → `planning` and `planing`.
fn present_participle(verb: &str) -> Vec<String> {
    if let Some(stem) = verb.strip_suffix("ie") {
        return vec![format!("{stem}ying")];
    }
    if let Some(stem) = verb.strip_suffix('e')
        && !verb.ends_with("ee")
        && !verb.ends_with("ye")
        && !verb.ends_with("oe")
        && stem.len() > 1
    {
        return vec![format!("{stem}ing")];
    }
    let mut forms = vec![format!("{verb}ing")];
    if let Some(c) = may_double(verb) {
        forms.push(format!("{verb}{c}ing"));
    }
    forms
}

/// Irregular verbs of English, a closed class: (base form, past tense, past participle).
const IRREGULAR: &[(&str, &str, &str)] = &[
    ("say", "said", "said"),
    ("tell", "told", "told"),
    ("think", "thought", "thought"),
    ("seek", "sought", "sought"),
    ("find", "found", "found"),
    ("show", "showed", "shown"),
    ("know", "knew", "known"),
    ("feel", "felt", "felt"),
    ("see", "saw", "seen"),
    ("foresee", "foresaw", "foreseen"),
    ("write", "wrote", "written"),
    ("speak", "spoke", "spoken"),
    ("take", "took", "taken"),
    ("give", "gave", "given"),
    ("make", "made", "made"),
    ("hold", "held", "held"),
    ("uphold", "upheld", "upheld"),
    ("swear", "swore", "sworn"),
    ("forswear", "forswore", "forsworn"),
    ("mean", "meant", "meant"),
    ("understand", "understood", "understood"),
    ("withstand", "withstood", "withstood"),
    ("stand", "stood", "stood"),
    ("lead", "led", "led"),
    ("bring", "brought", "brought"),
    ("teach", "taught", "taught"),
    ("read", "read", "read"),
    ("put", "put", "put"),
    ("set", "set", "set"),
    ("let", "let", "let"),
    ("hit", "hit", "hit"),
    ("cast", "cast", "cast"),
    ("forecast", "forecast", "forecast"),
    ("broadcast", "broadcast", "broadcast"),
    ("bet", "bet", "bet"),
    ("forbid", "forbade", "forbidden"),
    ("choose", "chose", "chosen"),
    ("draw", "drew", "drawn"),
    ("throw", "threw", "thrown"),
    ("strike", "struck", "struck"),
    ("shoot", "shot", "shot"),
    ("lay", "laid", "laid"),
    ("pay", "paid", "paid"),
    ("sell", "sold", "sold"),
    ("send", "sent", "sent"),
    ("spend", "spent", "spent"),
    ("win", "won", "won"),
    ("lose", "lost", "lost"),
    ("fight", "fought", "fought"),
    ("become", "became", "become"),
    ("begin", "began", "begun"),
    ("break", "broke", "broken"),
    ("come", "came", "come"),
    ("go", "went", "gone"),
    ("get", "got", "gotten"),
    ("leave", "left", "left"),
    ("keep", "kept", "kept"),
    ("sing", "sang", "sung"),
    ("ring", "rang", "rung"),
    ("shake", "shook", "shaken"),
    ("rise", "rose", "risen"),
    ("arise", "arose", "arisen"),
    ("bid", "bid", "bid"),
    ("dream", "dreamed", "dreamt"),
    ("learn", "learned", "learnt"),
    ("spell", "spelled", "spelt"),
    ("undertake", "undertook", "undertaken"),
    ("mistake", "mistook", "mistaken"),
    ("foretell", "foretold", "foretold"),
    ("oversee", "oversaw", "overseen"),
    ("rethink", "rethought", "rethought"),
    ("meet", "met", "met"),
    ("fall", "fell", "fallen"),
    ("grow", "grew", "grown"),
    ("flee", "fled", "fled"),
    ("build", "built", "built"),
    ("hide", "hid", "hidden"),
    ("hear", "heard", "heard"),
    ("buy", "bought", "bought"),
    ("catch", "caught", "caught"),
    ("withdraw", "withdrew", "withdrawn"),
    ("steal", "stole", "stolen"),
    ("forget", "forgot", "forgotten"),
    ("drive", "drove", "driven"),
    ("ride", "rode", "ridden"),
    ("eat", "ate", "eaten"),
    ("sit", "sat", "sat"),
    ("wear", "wore", "worn"),
    ("deal", "dealt", "dealt"),
    ("sink", "sank", "sunk"),
    ("shrink", "shrank", "shrunk"),
    ("freeze", "froze", "frozen"),
    ("overcome", "overcame", "overcome"),
    ("undergo", "underwent", "undergone"),
    ("mislead", "misled", "misled"),
    ("withhold", "withheld", "withheld"),
    ("run", "ran", "run"),
    ("fly", "flew", "flown"),
    ("forgive", "forgave", "forgiven"),
    ("sleep", "slept", "slept"),
    ("sweep", "swept", "swept"),
    ("bleed", "bled", "bled"),
    ("overthrow", "overthrew", "overthrown"),
    ("overtake", "overtook", "overtaken"),
    ("swim", "swam", "swum"),
    ("blow", "blew", "blown"),
    ("dig", "dug", "dug"),
    ("stick", "stuck", "stuck"),
];

/// The past tense and past participle of an irregular verb.
/// The past tense of the verb whose -ing form is `ing` (`saying` → `said`, `noting` →
/// `noted`, `planning` → `planned`), lower case. Which base the -ing form is of (`noting`:
/// `note`, not `not`) is asked of `known`, which holds the verbs that may be meant; `None`
/// when no known verb makes that form.
pub fn past_of_participle(ing: &str, known: impl Fn(&str) -> bool) -> Option<String> {
    let stem = ing.strip_suffix("ing")?;
    let mut bases = vec![stem.to_string(), format!("{stem}e")];
    // `planning` → `plan`, `tying` → `tie`.
    let chars: Vec<char> = stem.chars().collect();
    if let [.., a, b] = chars[..]
        && a == b
    {
        bases.push(chars[..chars.len() - 1].iter().collect());
    }
    if let Some(head) = stem.strip_suffix('y') {
        bases.push(format!("{head}ie"));
    }
    let base = bases
        .into_iter()
        .find(|b| known(b) && present_participle(b).iter().any(|f| f == ing))?;
    if let Some((past, _)) = irregular(&base) {
        return Some(past.to_string());
    }
    let pasts = regular_past(&base);
    // The past doubles its consonant as the -ing form does.
    let doubled = ing.len() > base.len() + 3;
    pasts
        .iter()
        .find(|p| (p.len() > base.len() + 2) == doubled)
        .or(pasts.first())
        .cloned()
}

fn irregular(verb: &str) -> Option<(&'static str, &'static str)> {
    IRREGULAR
        .iter()
        .find(|&&(base, _, _)| base == verb)
        .map(|&(_, past, participle)| (past, participle))
}

/// The base form of an irregular verb's past tense or past participle, lower case
/// (`spoke`, `spoken` → `speak`; `met` → `meet`); `None` for any other word, a base form
/// among them. A stemmer reads only suffixes, so "wrote" and "written" would stay apart from
/// "write"; with this, every form of a verb is one stem.
pub fn irregular_base(form: &str) -> Option<&'static str> {
    IRREGULAR
        .iter()
        .find(|&&(base, past, participle)| base != form && (past == form || participle == form))
        .map(|&(base, _, _)| base)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_ing_form_gives_the_past_of_the_verb_meant() {
        let known = |v: &str| ["say", "note", "plan", "add", "argue", "carry", "tie"].contains(&v);
        let past = |ing: &str| past_of_participle(ing, known);
        assert_eq!(past("saying").as_deref(), Some("said"));
        assert_eq!(past("noting").as_deref(), Some("noted"));
        assert_eq!(past("planning").as_deref(), Some("planned"));
        assert_eq!(past("adding").as_deref(), Some("added"));
        assert_eq!(past("arguing").as_deref(), Some("argued"));
        assert_eq!(past("carrying").as_deref(), Some("carried"));
        assert_eq!(past("tying").as_deref(), Some("tied"));
        assert_eq!(past("singing"), None);
        assert_eq!(past("said"), None);
    }

    #[test]
    fn regular_verbs_get_their_three_forms() {
        assert_eq!(verb_forms("urge"), ["urge", "urges", "urged", "urging"]);
        assert_eq!(verb_forms("deny"), ["deny", "denies", "denied", "denying"]);
        assert_eq!(verb_forms("push"), ["push", "pushes", "pushed", "pushing"]);
        assert_eq!(
            verb_forms("criticize"),
            ["criticize", "criticizes", "criticized", "criticizing"]
        );
    }

    #[test]
    fn a_final_consonant_doubles_or_not() {
        let plan = verb_forms("plan");
        assert!(plan.contains(&"planned".to_string()));
        assert!(plan.contains(&"planning".to_string()));
        let open = verb_forms("open");
        assert!(open.contains(&"opened".to_string()));
        assert!(verb_forms("admit").contains(&"admitted".to_string()));
    }

    #[test]
    fn irregular_verbs_and_particles() {
        assert_eq!(verb_forms("seek"), ["seek", "seeks", "sought", "seeking"]);
        assert_eq!(
            verb_forms("call for"),
            ["call for", "calls for", "called for", "calling for"]
        );
        assert!(verb_forms("take aim at").contains(&"took aim at".to_string()));
        assert!(verb_forms("show").contains(&"shown".to_string()));
        assert!(verb_forms("shoot back").contains(&"shot back".to_string()));
    }

    #[test]
    fn an_irregular_past_reads_back_to_its_base_form() {
        assert_eq!(irregular_base("spoken"), Some("speak"));
        assert_eq!(irregular_base("wrote"), Some("write"));
        assert_eq!(irregular_base("met"), Some("meet"));
        // A base form, or a past that is its base written alike, is no other verb's form.
        assert_eq!(irregular_base("come"), None);
        assert_eq!(irregular_base("read"), None);
        assert_eq!(irregular_base("walked"), None);
        assert_eq!(verb_forms("meet"), ["meet", "meets", "met", "meeting"]);
    }
}
