//! A made-up crime desk: many shootings in many cities over a few days, each told by one to
//! four outlets in the same words ("police said", "a 23-year-old man was shot") with
//! different names, places, ages and tolls, and some briefs that name nobody. Every
//! sentence is a template of this file; the names are invented or common place names.

#[path = "../shared/rng.rs"]
mod rng;

use rng::Rng;

use std::fmt::Write as _;

/// One article and the incident it tells.
pub struct Article {
    /// Index of the incident; every article tells exactly one.
    #[allow(dead_code)]
    pub incident: usize,
    pub id: String,
    pub source: String,
    pub date: String,
    pub title: String,
    pub text: String,
}

impl Article {
    /// The article as a file with front matter.
    pub fn file(&self) -> String {
        format!(
            "+++\nid = \"{}\"\nsource = \"{}\"\ndate = \"{}\"\ntitle = \"{}\"\n+++\n{}",
            self.id, self.source, self.date, self.title, self.text
        )
    }
}

struct City {
    name: &'static str,
    dateline: &'static str,
    areas: &'static [&'static str],
    hospitals: &'static [&'static str],
    spokespeople: &'static [&'static str],
    outlets: &'static [&'static str],
}

const CITIES: &[City] = &[
    City {
        name: "Chicago",
        dateline: "CHICAGO",
        areas: &[
            "Englewood",
            "Austin",
            "Little Village",
            "Roseland",
            "Humboldt Park",
            "Chatham",
            "Garfield Park",
            "Auburn Gresham",
            "Lawndale",
            "Woodlawn",
            "South Shore",
            "Pilsen",
        ],
        hospitals: &[
            "Stroger Hospital",
            "Mount Sinai Hospital",
            "Advocate Christ Medical Center",
        ],
        spokespeople: &["Officer Jessica Alvarez", "Sgt. Tom Kowalczyk"],
        outlets: &["Lakeside Tribune", "Windy City Daily"],
    },
    City {
        name: "Baltimore",
        dateline: "BALTIMORE",
        areas: &[
            "Sandtown",
            "Park Heights",
            "Cherry Hill",
            "Belair-Edison",
            "Harlem Park",
            "Brooklyn",
            "Waverly",
            "Pigtown",
            "Coldstream",
        ],
        hospitals: &["Shock Trauma", "Johns Hopkins Hospital", "Sinai Hospital"],
        spokespeople: &["Sgt. Amanda Pike", "Detective Marcus Lyle"],
        outlets: &["Harbor Sun", "Chesapeake Ledger"],
    },
    City {
        name: "Houston",
        dateline: "HOUSTON",
        areas: &[
            "Third Ward",
            "Sunnyside",
            "Gulfton",
            "Acres Homes",
            "Alief",
            "Greenspoint",
            "Fifth Ward",
            "Kashmere Gardens",
            "South Park",
        ],
        hospitals: &["Ben Taub Hospital", "Memorial Hermann"],
        spokespeople: &["Officer Dana Whitfield", "Lt. Ruben Salas"],
        outlets: &["Bayou Chronicle", "Gulf Coast Post"],
    },
    City {
        name: "Memphis",
        dateline: "MEMPHIS",
        areas: &[
            "Orange Mound",
            "Frayser",
            "Whitehaven",
            "Hickory Hill",
            "Binghampton",
            "Raleigh",
            "Westwood",
            "North Memphis",
        ],
        hospitals: &["Regional One Health", "Methodist North Hospital"],
        spokespeople: &["Officer Karen Doss"],
        outlets: &["River City Tribune"],
    },
    City {
        name: "Philadelphia",
        dateline: "PHILADELPHIA",
        areas: &[
            "Kensington",
            "Strawberry Mansion",
            "Germantown",
            "Hunting Park",
            "Point Breeze",
            "Frankford",
            "Nicetown",
            "Olney",
            "Kingsessing",
        ],
        hospitals: &["Temple University Hospital", "Einstein Medical Center"],
        spokespeople: &["Officer Tanya Lytle", "Capt. Joseph Brennan"],
        outlets: &["Liberty Inquirer", "Delaware Valley News"],
    },
    City {
        name: "St. Louis",
        dateline: "ST. LOUIS",
        areas: &[
            "Dutchtown",
            "The Ville",
            "Walnut Park",
            "Baden",
            "Gravois Park",
            "Wells-Goodfellow",
            "Hamilton Heights",
            "Mark Twain",
        ],
        hospitals: &["Barnes-Jewish Hospital", "Saint Louis University Hospital"],
        spokespeople: &["Officer Michelle Grady"],
        outlets: &["Gateway Post"],
    },
    City {
        name: "Milwaukee",
        dateline: "MILWAUKEE",
        areas: &[
            "Sherman Park",
            "Amani",
            "Lindsay Heights",
            "Metcalfe Park",
            "Harambee",
            "Borchert Field",
            "Silver Spring",
        ],
        hospitals: &["Froedtert Hospital", "Children's Wisconsin"],
        spokespeople: &["Sgt. Paul Wendt"],
        outlets: &["Lakeshore Journal"],
    },
    City {
        name: "Detroit",
        dateline: "DETROIT",
        areas: &[
            "Brightmoor",
            "Osborn",
            "Warrendale",
            "Dexter-Linwood",
            "Chadsey",
            "Mohican Regent",
            "Cody Rouge",
        ],
        hospitals: &["Detroit Receiving Hospital", "Sinai-Grace Hospital"],
        spokespeople: &["Officer Nicole Kirkland", "Cmdr. Darnell Hayes"],
        outlets: &["Motor City Herald"],
    },
    City {
        name: "Atlanta",
        dateline: "ATLANTA",
        areas: &[
            "Vine City",
            "Mechanicsville",
            "Bankhead",
            "Kirkwood",
            "Adamsville",
            "Thomasville Heights",
        ],
        hospitals: &["Grady Memorial Hospital"],
        spokespeople: &["Officer Steve Avery", "Sgt. Jarius Daugherty"],
        outlets: &["Peach State Courier"],
    },
    City {
        name: "New Orleans",
        dateline: "NEW ORLEANS",
        areas: &[
            "Central City",
            "the Seventh Ward",
            "Gentilly",
            "Algiers",
            "the Lower Ninth Ward",
            "Hollygrove",
        ],
        hospitals: &["University Medical Center"],
        spokespeople: &["Officer Gary Scheets"],
        outlets: &["Crescent Times"],
    },
    City {
        name: "Indianapolis",
        dateline: "INDIANAPOLIS",
        areas: &[
            "Haughville",
            "Martindale-Brightwood",
            "Near Eastside",
            "Crooked Creek",
            "Fountain Square",
        ],
        hospitals: &["Eskenazi Hospital", "Methodist Hospital"],
        spokespeople: &["Officer Genae Cook"],
        outlets: &["Circle City Star"],
    },
    City {
        name: "Cleveland",
        dateline: "CLEVELAND",
        areas: &[
            "Glenville",
            "Hough",
            "Slavic Village",
            "Clark-Fulton",
            "Mount Pleasant",
            "Buckeye-Shaker",
        ],
        hospitals: &["MetroHealth Medical Center"],
        spokespeople: &["Sgt. Freddie Diaz"],
        outlets: &["Lake Erie Plain Dealer"],
    },
    City {
        name: "Jacksonville",
        dateline: "JACKSONVILLE",
        areas: &[
            "Moncrief",
            "Durkeeville",
            "Northwest Jacksonville",
            "Arlington",
            "Sherwood Forest",
        ],
        hospitals: &["UF Health Jacksonville"],
        spokespeople: &["Sgt. Mike Kelly"],
        outlets: &["First Coast Times"],
    },
    City {
        name: "Kansas City",
        dateline: "KANSAS CITY, Mo.",
        areas: &[
            "Ivanhoe",
            "Marlborough",
            "Blue Hills",
            "Santa Fe",
            "Washington Wheatley",
        ],
        hospitals: &["Truman Medical Center", "Research Medical Center"],
        spokespeople: &["Officer Donna Drake"],
        outlets: &["Heartland Record"],
    },
    City {
        name: "Oakland",
        dateline: "OAKLAND, Calif.",
        areas: &[
            "East Oakland",
            "West Oakland",
            "Fruitvale",
            "Deep East",
            "Brookfield Village",
        ],
        hospitals: &["Highland Hospital"],
        spokespeople: &["Officer Johnna Watson"],
        outlets: &["Bay Area Dispatch"],
    },
    City {
        name: "Birmingham",
        dateline: "BIRMINGHAM, Ala.",
        areas: &[
            "Ensley",
            "Woodlawn",
            "Kingston",
            "Smithfield",
            "Norwood",
            "Pratt City",
        ],
        hospitals: &["UAB Hospital"],
        spokespeople: &["Officer Truman Fitzgerald"],
        outlets: &["Magic City Ledger"],
    },
];

/// Street names, each with its kind, in any city.
const STREETS: &[&str] = &[
    "Halsted",
    "Madison",
    "Kedzie",
    "Ashland",
    "Cottage Grove",
    "Fulton",
    "Greenmount",
    "Edmondson",
    "Belair",
    "Bissonnet",
    "Westheimer",
    "Cullen",
    "Bellaire",
    "Lamar",
    "Jackson",
    "Germantown",
    "Lehigh",
    "Allegheny",
    "Gravois",
    "Natural Bridge",
    "Goodfellow",
    "Florissant",
    "Burleigh",
    "Teutonia",
    "Gratiot",
    "Dexter",
    "Grand River",
    "Plymouth",
    "Pulaski",
    "Cicero",
    "Western",
    "Damen",
    "Racine",
    "Harlem",
    "Kostner",
    "Central Park",
    "Lawndale",
    "Crenshaw",
    "Vermont",
    "Figueroa",
    "Martin Luther King",
    "Lincoln",
    "Washington",
    "Jefferson",
    "Monroe",
    "Adams",
    "Franklin",
    "Hamilton",
    "Garrison",
    "Hollins",
];
const STREET_KINDS: &[&str] = &["Street", "Avenue", "Road", "Boulevard", "Drive"];
const COMPASS: &[&str] = &["North ", "South ", "East ", "West ", "", "", ""];

/// Outlets that cover every city.
const WIRES: &[&str] = &["Metro Wire", "City News Service", "WKXT News"];

const MEN: &[&str] = &[
    "Darnell", "Marcus", "Tyrone", "Kevin", "Brandon", "Jaylen", "Andre", "Terrell", "Luis",
    "Carlos", "DeShawn", "Anthony", "Jamal", "Curtis", "Malik", "Jerome", "Travis", "Dominic",
    "Isaiah", "Rashad", "Victor", "Omar", "Derrick", "Xavier",
];
const WOMEN: &[&str] = &[
    "Lashonda", "Keisha", "Maria", "Tamika", "Brianna", "Aaliyah", "Denise", "Crystal", "Jasmine",
    "Rosa", "Monique", "Latoya",
];
const SURNAMES: &[&str] = &[
    "Price",
    "Wallace",
    "Bell",
    "Reed",
    "Delgado",
    "Ortiz",
    "Mack",
    "Tran",
    "Whitley",
    "Holloway",
    "Barnes",
    "Fields",
    "Gaines",
    "Hinton",
    "McCray",
    "Pruitt",
    "Sanders",
    "Tate",
    "Vaughn",
    "Woodson",
    "Alston",
    "Boykin",
    "Coleman",
    "Dorsey",
    "Easley",
    "Franklin",
    "Gillespie",
    "Harmon",
    "Ingram",
    "Jeter",
    "Kearney",
    "Lockhart",
    "Merritt",
    "Nunley",
    "Oakley",
    "Pettaway",
    "Quarles",
    "Rountree",
    "Stallworth",
    "Tillman",
];
const TIMES: &[&str] = &[
    "12:40 a.m.",
    "1:15 a.m.",
    "2:15 a.m.",
    "3:30 a.m.",
    "7:20 a.m.",
    "11:05 a.m.",
    "2:50 p.m.",
    "3:40 p.m.",
    "6:10 p.m.",
    "8:45 p.m.",
    "9 p.m.",
    "10:50 p.m.",
    "11:30 p.m.",
];
const DAYS: &[(&str, &str)] = &[
    ("2025-06-09", "Monday"),
    ("2025-06-10", "Tuesday"),
    ("2025-06-11", "Wednesday"),
    ("2025-06-12", "Thursday"),
    ("2025-06-13", "Friday"),
    ("2025-06-14", "Saturday"),
    ("2025-06-15", "Sunday"),
];

struct Victim {
    first: &'static str,
    last: &'static str,
    age: usize,
    woman: bool,
    died: bool,
}

impl Victim {
    fn name(&self) -> String {
        format!("{} {}", self.first, self.last)
    }

    fn noun(&self) -> &'static str {
        match (self.woman, self.age < 18) {
            (true, true) => "girl",
            (true, false) => "woman",
            (false, true) => "boy",
            (false, false) => "man",
        }
    }

    fn pronoun(&self) -> &'static str {
        if self.woman { "She" } else { "He" }
    }
}

struct Incident {
    city: &'static City,
    day: usize,
    area: &'static str,
    street: String,
    block: usize,
    time: &'static str,
    hospital: &'static str,
    spokesperson: &'static str,
    victims: Vec<Victim>,
    suspect: Option<(String, usize)>,
}

/// A street of `city`: each city has its own streets, some names shared with other cities
/// ("Jefferson Avenue" is in many), each written with its compass point and kind.
fn street(city: &City, rng: &mut Rng) -> String {
    let salt = city
        .name
        .bytes()
        .fold(0usize, |h, b| h.wrapping_mul(31).wrapping_add(b as usize));
    let n = rng.below(24);
    let name = STREETS[(salt + n * 7) % STREETS.len()];
    let kind = STREET_KINDS[(salt / 7 + n) % STREET_KINDS.len()];
    let compass = COMPASS[(salt / 3 + n * 5) % COMPASS.len()];
    format!("{compass}{name} {kind}")
}

fn age(rng: &mut Rng) -> usize {
    // Many victims of a desk's day are in their early twenties; 23 comes up again and again.
    if rng.chance(25) {
        23
    } else {
        15 + rng.below(35)
    }
}

fn incident(rng: &mut Rng) -> Incident {
    let city = &CITIES[rng.below(CITIES.len())];
    let count = if rng.chance(75) { 1 } else { 2 + rng.below(3) };
    let victims = (0..count)
        .map(|n| {
            let woman = rng.chance(20);
            Victim {
                woman,
                first: if woman {
                    rng.pick(WOMEN)
                } else {
                    rng.pick(MEN)
                },
                last: rng.pick(SURNAMES),
                age: age(rng),
                died: n == 0 && rng.chance(60) || rng.chance(20),
            }
        })
        .collect();
    let suspect = rng.chance(20).then(|| {
        (
            format!("{} {}", rng.pick(MEN), rng.pick(SURNAMES)),
            age(rng),
        )
    });
    Incident {
        city,
        day: rng.below(DAYS.len() - 1),
        area: rng.pick(city.areas),
        street: street(city, rng),
        block: (1 + rng.below(70)) * 100,
        time: rng.pick(TIMES),
        hospital: rng.pick(city.hospitals),
        spokesperson: rng.pick(city.spokespeople),
        victims,
        suspect,
    }
}

/// "Two men, ages 23 and 31," or "A 23-year-old man".
fn who(incident: &Incident) -> String {
    let v = &incident.victims;
    if v.len() == 1 {
        return format!("A {}-year-old {}", v[0].age, v[0].noun());
    }
    let ages: Vec<String> = v.iter().map(|v| v.age.to_string()).collect();
    let number = ["Two", "Three", "Four"][v.len() - 2];
    format!(
        "{number} people, ages {} and {},",
        ages[..ages.len() - 1].join(", "),
        ages[ages.len() - 1]
    )
}

/// What happened to them.
fn toll(incident: &Incident) -> String {
    let dead = incident.victims.iter().filter(|v| v.died).count();
    let v = &incident.victims;
    match (v.len(), dead) {
        (1, 1) => "was shot and killed".into(),
        (1, _) => "was wounded in a shooting".into(),
        (_, 0) => "were wounded in a shooting".into(),
        (n, d) if d == n => "were shot and killed".into(),
        (_, d) => format!("were shot, {d} of them fatally,"),
    }
}

fn article(incident: &Incident, rng: &mut Rng, source: &str, brief: bool) -> (String, String) {
    let (_, weekday) = DAYS[incident.day];
    let city = incident.city;
    let first = &incident.victims[0];
    let mut text = String::new();
    if brief {
        let title = format!(
            "{} shot in {}",
            first.noun().to_uppercase()[..1].to_string() + &first.noun()[1..],
            city.name
        );
        let _ = writeln!(
            text,
            "{} {} {weekday} in {}, police said. No arrests were reported.",
            who(incident),
            toll(incident),
            city.name
        );
        return (title, text);
    }
    let named = rng.chance(75);
    let title = match rng.below(3) {
        0 if named => format!(
            "{} {} on {}",
            first.name(),
            if first.died { "killed" } else { "wounded" },
            incident.street
        ),
        1 => format!(
            "Shooting in {} leaves {} {}",
            incident.area,
            incident.victims.len(),
            if incident.victims.iter().any(|v| v.died) {
                "dead or hurt"
            } else {
                "hurt"
            }
        ),
        _ => format!(
            "{}, {}, {} in {} shooting",
            capital(first.noun()),
            first.age,
            if first.died { "killed" } else { "wounded" },
            incident.area
        ),
    };
    let dateline = if rng.chance(60) {
        format!("{} — ", city.dateline)
    } else {
        String::new()
    };
    let _ = writeln!(
        text,
        "{dateline}{} {} {weekday} in the {} neighborhood, police said.\n",
        who(incident),
        toll(incident),
        incident.area
    );
    let place = if rng.chance(50) {
        format!("in the {} block of {}", incident.block, incident.street)
    } else {
        format!("on {}", incident.street)
    };
    if named {
        let _ = writeln!(
            text,
            "{} was {} {place} about {} when someone opened fire, police said.\n",
            first.name(),
            ["standing", "walking", "sitting in a car"][rng.below(3)],
            incident.time
        );
    } else {
        let _ = writeln!(
            text,
            "The shooting happened {place} about {}, according to {} police.\n",
            incident.time, city.name
        );
    }
    if rng.chance(60) {
        let outcome = if first.died {
            "was pronounced dead"
        } else {
            "was listed in stable condition"
        };
        let _ = writeln!(
            text,
            "{} was taken to {}, where {} {outcome}.\n",
            first.pronoun(),
            incident.hospital,
            first.pronoun().to_lowercase()
        );
    }
    for other in incident.victims.iter().skip(1).filter(|_| named) {
        let _ = writeln!(
            text,
            "{}, {}, was also {}.\n",
            other.name(),
            other.age,
            if other.died { "killed" } else { "wounded" }
        );
    }
    match &incident.suspect {
        Some((name, age)) if rng.chance(80) => {
            let _ = writeln!(
                text,
                "{name}, {age}, was arrested and charged, police said.\n"
            );
        }
        _ => {
            let _ = writeln!(text, "No one was in custody, police said.\n");
        }
    }
    if rng.chance(50) {
        let _ = writeln!(
            text,
            "\"We are asking anyone who saw something on {} to call us,\" said {}.\n",
            incident.street, incident.spokesperson
        );
    }
    if named && rng.chance(40) {
        let _ = writeln!(
            text,
            "\"{} was a good {},\" said {} {}, a relative.\n",
            first.first,
            if first.woman { "mother" } else { "kid" },
            rng.pick(WOMEN),
            first.last
        );
    }
    let _ = source;
    (title, text)
}

fn capital(word: &str) -> String {
    let mut c = word.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// `incidents` incidents and their articles, the same for the same seed.
pub fn desk(incidents: usize, seed: u64) -> Vec<Article> {
    let mut rng = Rng(seed);
    let mut out = Vec::new();
    for n in 0..incidents {
        let incident = incident(&mut rng);
        let mut outlets: Vec<&str> = incident.city.outlets.iter().chain(WIRES).copied().collect();
        let tellers = 1 + rng.below(4).min(outlets.len() - 1);
        for k in 0..tellers {
            let at = rng.below(outlets.len());
            let source = outlets.remove(at);
            let day = (incident.day + usize::from(rng.chance(30))).min(DAYS.len() - 1);
            let brief = k > 0 && rng.chance(15);
            let (title, text) = article(&incident, &mut rng, source, brief);
            out.push(Article {
                incident: n,
                id: format!("i{n:04}-{k}"),
                source: source.to_string(),
                date: DAYS[day].0.to_string(),
                title,
                text,
            });
        }
    }
    out
}
