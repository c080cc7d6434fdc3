//! Every contact the app shows and every source it names is found in the project's sources: the fact sheet and the
//! two seed articles, copied into `tests/sources/` from `../shared/` (copy them again when they change). They are
//! the only sources the catalogue may use, so a number, address or page that is not in them was guessed or mistyped.
//!
//! The rules are plain text matching, with the few forgiving steps a fact needs to be written as the app shows it:
//! a phone number by its digits (the sheet writes "8915 9737", "+45 8915 1515" and "11 61 11"), an address by its
//! parts between commas, also without the sheet's asides in parentheses ("Gammel (Gl.) Hadsundvej 3"), a web address
//! without its scheme and trailing slash; an opening time in a row that names the contact. In what the editors
//! wrote in their own words (summaries, first steps, place notes) only the numbers are checked.

use hjaelpeguiden::domain::bundle::Bundle;
use hjaelpeguiden::domain::catalogue::{Contact, ContactKind};

const FACT_SHEET: &str = include_str!("sources/services-facts.md");
const SEEDS: [&str; 2] = [
    include_str!("sources/seed-act-konference.txt"),
    include_str!("sources/seed-socialudvalget.txt"),
];

/// The fact sheet and the seeds as one text.
fn sources() -> String {
    [FACT_SHEET]
        .iter()
        .chain(&SEEDS)
        .copied()
        .collect::<Vec<_>>()
        .join("\n")
}

/// The digit runs of `text`, with the single spaces, dots and hyphens people write inside a number left out
/// ("8915 9737" is "89159737") and a leading Danish country code dropped ("+45 8915 1515" is "89151515").
fn numbers_in(text: &str) -> Vec<String> {
    let mut runs = vec![String::new()];
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let inside_a_number = matches!(c, ' ' | '.' | '-' | '\u{a0}')
            && runs.last().is_some_and(|run| !run.is_empty())
            && chars.peek().is_some_and(char::is_ascii_digit);
        if c.is_ascii_digit() {
            runs.last_mut().expect("one run at least").push(c);
        } else if !inside_a_number {
            runs.push(String::new());
        }
    }
    runs.into_iter()
        .filter(|run| !run.is_empty())
        .map(|run| match run.strip_prefix("45") {
            Some(subscriber) if subscriber.len() == 8 => subscriber.to_owned(),
            _ => run,
        })
        .collect()
}

/// `text` without its asides in parentheses: "Gammel (Gl.) Hadsundvej 3" reads "Gammel Hadsundvej 3".
fn without_asides(text: &str) -> String {
    let mut kept = String::new();
    let mut depth = 0_usize;
    for c in text.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => kept.push(c),
            _ => {}
        }
    }
    kept.replace("  ", " ")
}

/// A web address as the sources may write it: without `https://` or `http://` and without a trailing slash.
fn bare_address(url: &str) -> &str {
    let url = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .unwrap_or(url);
    url.trim_end_matches('/')
}

/// A text to look facts up in, in the forms the rules compare with, each worked out once.
struct Written {
    lowercase: String,
    numbers: Vec<String>,
    /// Without the sheet's bold marks, as they may fall inside an address ("**Bakkevej 1** (Randers)").
    plain: String,
    plain_without_asides: String,
}

impl Written {
    fn new(text: &str) -> Written {
        let plain = text.replace("**", "");
        Written {
            lowercase: text.to_lowercase(),
            numbers: numbers_in(text),
            plain_without_asides: without_asides(&plain),
            plain,
        }
    }

    /// Whether `contact` is written here.
    fn has(&self, contact: &Contact) -> bool {
        match contact.kind {
            ContactKind::Phone | ContactKind::Sms => {
                let dialled = contact
                    .dialled()
                    .expect("a phone or SMS contact has digits");
                self.numbers.contains(&dialled)
            }
            ContactKind::Email => self.lowercase.contains(&contact.value.to_lowercase()),
            ContactKind::Web | ContactKind::Article | ContactKind::Chat => self
                .lowercase
                .contains(&bare_address(&contact.value).to_lowercase()),
            // The app writes a place the sheet names in parts ("**Bakkevej 1** (Randers)") as one line, "Bakkevej 1,
            // Randers": each part must be there, the street and number as written.
            ContactKind::Address => contact
                .value
                .split(", ")
                .all(|part| self.plain.contains(part) || self.plain_without_asides.contains(part)),
        }
    }
}

/// Each offer's and crisis line's id with its contacts.
fn contacts_by_owner(bundle: &Bundle) -> impl Iterator<Item = (&str, &[Contact])> {
    let catalogue = &bundle.catalogue;
    let offers = catalogue
        .offers
        .iter()
        .map(|offer| (offer.id.as_str(), offer.contacts.as_slice()));
    offers.chain(
        catalogue
            .crisis_lines
            .iter()
            .map(|line| (line.id.as_str(), line.contacts.as_slice())),
    )
}

#[test]
fn every_contact_shown_is_in_the_fact_sheet_or_a_seed() {
    let bundle = Bundle::parse_embedded().expect("the embedded data parses");
    let sources = Written::new(&sources());
    let mut checked = 0;
    let mut unsourced = Vec::new();
    for (owner, contacts) in contacts_by_owner(&bundle) {
        for contact in contacts {
            checked += 1;
            if !sources.has(contact) {
                unsourced.push(format!("{owner}: {:?} {}", contact.kind, contact.value));
            }
        }
    }
    assert!(
        checked > 50,
        "only {checked} contacts read: is the catalogue all there?"
    );
    assert!(
        unsourced.is_empty(),
        "not found in tests/sources/:\n{}",
        unsourced.join("\n")
    );
}

#[test]
fn every_source_named_is_in_the_fact_sheet_or_is_a_seed_by_its_headline() {
    let bundle = Bundle::parse_embedded().expect("the embedded data parses");
    let lowercase = FACT_SHEET.to_lowercase();
    let mut unknown = Vec::new();
    for (key, source) in &bundle.catalogue.sources {
        let found = match (&source.url, &source.title) {
            (Some(url), _) => lowercase.contains(&bare_address(url).to_lowercase()),
            // A seed has no address here; its title quotes the article's headline between » and «.
            (None, Some(title)) => title
                .split_once('»')
                .and_then(|(_, rest)| rest.split_once('«'))
                .is_some_and(|(headline, _)| SEEDS.iter().any(|seed| seed.starts_with(headline))),
            (None, None) => false,
        };
        if !found {
            unknown.push(key.to_owned());
        }
    }
    assert!(
        unknown.is_empty(),
        "sources not in tests/sources/: {unknown:?}"
    );
}

/// Whether `row` writes the time `hour`:`minute`, as the sheet does: "11.00", "9.00", "09", "12" (the hour alone
/// when on the hour).
fn writes_time(row: &Written, (hour, minute): (u16, u16)) -> bool {
    let mut forms = vec![
        format!("{hour:02}{minute:02}"),
        format!("{hour}{minute:02}"),
    ];
    if minute == 0 {
        forms.extend([format!("{hour:02}"), hour.to_string()]);
    }
    row.numbers.iter().any(|number| forms.contains(number))
}

/// The hours are facts too, and tell a person whether a line answers now. Each opening and closing time of a
/// contact is written in a row of the fact sheet that names the contact or another of its owner's, by the rules
/// above (headspace's chat hours stand by its SMS number). Midnight is left out: a span from or to it is the sheet's
/// "all day" or a night running on into the next day. The days are not checked.
#[test]
fn every_opening_time_is_in_a_row_of_the_sheet_that_names_the_contact() {
    let bundle = Bundle::parse_embedded().expect("the embedded data parses");
    let (mut checked, mut unsourced) = (0, Vec::new());
    for (owner, contacts) in contacts_by_owner(&bundle) {
        let rows: Vec<Written> = FACT_SHEET
            .lines()
            .map(Written::new)
            .filter(|row| contacts.iter().any(|contact| row.has(contact)))
            .collect();
        let spans = contacts.iter().flat_map(|contact| {
            contact
                .hours
                .iter()
                .flat_map(|hours| &hours.weekly)
                .map(move |span| (contact, span))
        });
        for (contact, span) in spans {
            for time in [span.from.hour_minute(), span.to.hour_minute()] {
                if matches!(time, (0 | 24, 0)) {
                    continue;
                }
                checked += 1;
                if !rows.iter().any(|row| writes_time(row, time)) {
                    unsourced.push(format!(
                        "{owner}: {:?} {:02}:{:02}",
                        contact.kind, time.0, time.1
                    ));
                }
            }
        }
    }
    assert!(
        checked >= 10,
        "only {checked} opening times read: are the hours all there?"
    );
    assert!(
        unsourced.is_empty(),
        "opening times not in a row naming the contact:\n{}",
        unsourced.join("\n")
    );
}

/// The texts of a catalogue entry, in every language, with where they are ("summary.da"), and the year a project is
/// funded until, as text. A text is an object of strings by language; contacts are left to the test above (their
/// labels are names), and so are the hours (prose in the sheet).
fn texts_and_years(value: &serde_json::Value, at: &str, found: &mut Vec<(String, String)>) {
    match value {
        serde_json::Value::Object(fields)
            if fields.contains_key("da") && fields.values().all(|v| v.is_string()) =>
        {
            for (lang, text) in fields {
                found.push((
                    format!("{at}.{lang}"),
                    text.as_str().unwrap_or_default().to_owned(),
                ));
            }
        }
        serde_json::Value::Object(fields) => {
            for (key, field) in fields
                .iter()
                .filter(|(key, _)| !matches!(key.as_str(), "contacts" | "hours"))
            {
                match field {
                    serde_json::Value::Number(year) if key == "funded_until" => {
                        found.push((format!("{at}.{key}"), year.to_string()))
                    }
                    _ => texts_and_years(field, &format!("{at}.{key}"), found),
                }
            }
        }
        serde_json::Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                texts_and_years(item, &format!("{at}[{index}]"), found);
            }
        }
        _ => {}
    }
}

/// Every number written in the catalogue's texts, in either language (an age, a year, a paragraph of the law, a
/// time), and every year a project is funded until, is among the sources' numbers. A common number such as 18 is
/// in the sources anyway, so this catches mainly the rare ones: a year or a paragraph mistyped or made up.
#[test]
fn every_number_in_the_catalogues_texts_is_in_the_sources() {
    let catalogue: serde_json::Value =
        serde_json::from_str(include_str!("../src/domain/data/catalogue.json"))
            .expect("the catalogue is JSON");
    let known = Written::new(&sources()).numbers;
    let mut found = Vec::new();
    for list in ["offers", "crisis_lines"] {
        for entry in catalogue[list].as_array().expect("a list of entries") {
            texts_and_years(entry, entry["id"].as_str().expect("an id"), &mut found);
        }
    }
    assert!(
        found.len() > 300,
        "only {} texts read: is the catalogue all there?",
        found.len()
    );
    let unsourced: Vec<String> = found
        .iter()
        .flat_map(|(at, text)| numbers_in(text).into_iter().map(move |number| (at, number)))
        .filter(|(_, number)| !known.contains(number))
        .map(|(at, number)| format!("{at}: {number}"))
        .collect();
    assert!(
        unsourced.is_empty(),
        "numbers not in tests/sources/:\n{}",
        unsourced.join("\n")
    );
}

/// Where the copies come from: `../shared/` beside the repository, on the project's own machines. A fact corrected
/// there must reach the copies, or the test above would hold the catalogue to the old fact. A clone elsewhere (CI)
/// has no `../shared/`, and checks only the copies.
#[test]
fn the_copies_match_the_shared_sources_where_they_are_at_hand() {
    let shared = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    let copies = [
        ("reference/services-facts.md", FACT_SHEET),
        ("seeds/000_c29478862fa2541a.txt", SEEDS[0]),
        ("seeds/003_c2e0806cc18139eb.txt", SEEDS[1]),
    ];
    for (path, copy) in copies {
        if let Ok(original) = std::fs::read_to_string(shared.join(path)) {
            assert!(
                original == copy,
                "../shared/{path} has changed: copy it into tests/sources/ and check the catalogue against it"
            );
        }
    }
}

#[test]
fn numbers_are_read_as_people_write_them() {
    assert_eq!(
        numbers_in("tel. 3069 6104, +45 8915 1515 or 11 61 11 (kl. 10.00)"),
        ["30696104", "89151515", "116111", "1000"]
    );
    // A number is not joined to the next one across a comma, a slash or two spaces.
    assert_eq!(
        numbers_in("2055 3962, 112/1813  70"),
        ["20553962", "112", "1813", "70"]
    );
}

#[test]
fn a_fact_missing_from_the_sources_is_caught() {
    let contact = |kind, value: &str| Contact {
        kind,
        value: value.to_owned(),
        label: None,
        source: "x".to_owned(),
        verify: false,
        hours: None,
    };
    let sources = Written::new(
        "Ring **8915 9737** eller skriv til a@randers.dk. Gammel (Gl.) Hadsundvej 3, 8900 Randers C. \
         **Bakkevej 1** (Randers). https://www.randers.dk/tilbud/",
    );
    for (kind, shown) in [
        (ContactKind::Phone, "+45 8915 9737"),
        (ContactKind::Email, "A@randers.dk"),
        (ContactKind::Address, "Gammel Hadsundvej 3, 8900 Randers C"),
        (ContactKind::Address, "Bakkevej 1, Randers"),
        (ContactKind::Web, "https://www.randers.dk/tilbud"),
    ] {
        assert!(sources.has(&contact(kind, shown)), "{shown}");
    }
    for (kind, guessed) in [
        (ContactKind::Phone, "8915 9738"),
        (ContactKind::Phone, "8915"),
        (ContactKind::Email, "b@randers.dk"),
        (ContactKind::Address, "Gammel Hadsundvej 5, 8900 Randers C"),
        (ContactKind::Address, "Bakkevej 1, 8000 Aarhus C"),
        (ContactKind::Web, "https://www.randers.dk/andet/"),
    ] {
        assert!(!sources.has(&contact(kind, guessed)), "{guessed}");
    }
}
