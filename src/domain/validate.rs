//! Validation of the shipped data. Returns every problem, not just the first, each naming the place (offer,
//! crisis line, question or text key) and the field. The build script runs it, so a broken catalogue stops the
//! build with these messages; a test runs it too.

use super::bundle::{Bundle, UiTexts};
use super::catalogue::{
    AgeRange, Catalogue, Contact, ContactKind, CrisisLine, EMERGENCY_NUMBER, Offer, is_reachable,
};
use super::hours::{HolidayHours, Hours, parse_date};
use super::questions::{Question, QuestionKind, Questions};
use super::readability::{MAX_SENTENCE_WORDS, measure};
use super::search::{AGE_SLOT, PERSON_SLOT, acute_search_terms, folded, search_terms};
use super::text::{
    DATE_PATTERN_KEY, LocalizedText, MONTH_NAMES_KEY, placeholders, plainly_typed,
    unsupported_capital,
};
use std::collections::BTreeSet;
use std::fmt;

/// The class of a problem; one test per class guards each check.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum ProblemKind {
    /// Two items share an id.
    DuplicateId,
    /// An id is not a lowercase slug (it becomes part of URLs and element ids).
    UnsafeId,
    /// A text lacks a language.
    MissingTranslation,
    /// A required text or value is empty.
    EmptyText,
    /// A phone or SMS number is not a Danish number.
    MalformedPhone,
    /// An e-mail address is malformed.
    MalformedEmail,
    /// A URL is malformed or not http(s).
    MalformedUrl,
    /// A date is not YYYY-MM-DD.
    MalformedDate,
    /// An age range makes no sense.
    BadAgeRange,
    /// A question option no offer refers to.
    OptionLeadsNowhere,
    /// A reference (source, related offer, topic, help kind) does not resolve.
    UnresolvedReference,
    /// An offer has no sourced way to get in touch.
    NoWayOn,
    /// Opening hours that say nothing or cannot be right.
    BadHours,
    /// The question list lacks, repeats or misorders a required question.
    BadQuestions,
    /// The review interval is not a number of months between 1 and 36, so facts would never, or at once, be shown
    /// as due for a check.
    BadReviewInterval,
    /// A name or label has a capital letter the app cannot lowercase to sort it or to use it inside a sentence
    /// (see [`super::text::latin1_lowercase`]).
    UnsupportedCapital,
    /// The date pattern lacks `{day}`, `{month}` or `{year}`, or the month names are not twelve, in some language:
    /// dates would show as the bare `YYYY-MM-DD` of the data.
    BadDateText,
    /// A translation's `{placeholders}` differ from the first language's: a value would be lost, or a brace shown.
    MismatchedPlaceholders,
    /// A sentence longer than [`MAX_SENTENCE_WORDS`] words: too long for a reader who struggles, or in a crisis.
    LongSentence,
    /// `@`, a word of someone, where it stands for nothing: outside a crisis phrase and a way of stating an age,
    /// alone, or twice in one phrase. A search would drop it unsaid, and "@ hurts me" would be "hurts me", which
    /// "it hurts me" has.
    MisplacedSlot,
    /// A search word of one word is an ignored word too, so a search never looks for it; or a saying has only ignored
    /// words to search for instead, so it finds every offer.
    IgnoredSearchWord,
}

/// One problem in the data.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    /// Its class.
    pub kind: ProblemKind,
    /// Where: `offer 'perron-4'`, `question 'alder'`, `text 'start_title'`.
    pub place: String,
    /// Which field: `contacts[0].value`.
    pub field: String,
    /// What is wrong, in a sentence.
    pub detail: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}, field '{}': {} ({:?})",
            self.place, self.field, self.detail, self.kind
        )
    }
}

struct Report {
    problems: Vec<Problem>,
    languages: Vec<String>,
}

impl Report {
    fn add(&mut self, kind: ProblemKind, place: &str, field: &str, detail: impl Into<String>) {
        self.problems.push(Problem {
            kind,
            place: place.into(),
            field: field.into(),
            detail: detail.into(),
        });
    }

    /// Reports every language of `text` whose placeholders differ from those of the first language: a
    /// translation that writes `{alder}` for `{age}`, or leaves it out, would show the brace or lose the number.
    fn same_placeholders(&mut self, place: &str, field: &str, text: &LocalizedText) {
        let by_language: Vec<(String, Vec<String>)> = self
            .languages
            .iter()
            .filter_map(|code| {
                text.0
                    .get(code)
                    .map(|value| (code.clone(), placeholders(value)))
            })
            .map(|(code, names)| (code, names.into_iter().map(str::to_owned).collect()))
            .collect();
        let Some(((first_code, first), rest)) = by_language.split_first() else {
            return;
        };
        for (code, names) in rest.iter().filter(|(_, names)| names != first) {
            self.add(
                ProblemKind::MismatchedPlaceholders,
                place,
                field,
                format!(
                    "the '{code}' text has the placeholders [{}], the '{first_code}' text [{}]",
                    names.join(", "),
                    first.join(", ")
                ),
            );
        }
    }

    /// Reports every id in `field` that does not name another entry of `known`: a reference to its own entry
    /// (`own`) leads nowhere either. `kind_of_entry` names what the ids should be, for the message.
    fn other_entries(
        &mut self,
        place: &str,
        field: &str,
        ids: &[String],
        known: &BTreeSet<&str>,
        own: &str,
        kind_of_entry: &str,
    ) {
        for id in ids
            .iter()
            .filter(|id| !known.contains(id.as_str()) || *id == own)
        {
            self.add(
                ProblemKind::UnresolvedReference,
                place,
                field,
                format!("'{id}' is not another {kind_of_entry}"),
            );
        }
    }

    fn text(&mut self, place: &str, field: &str, text: &LocalizedText) {
        self.same_placeholders(place, field, text);
        self.short_sentences(place, field, text);
        self.translated(place, field, text);
    }

    /// Every language has the text, or it is missing in all of them (then it is empty).
    fn translated(&mut self, place: &str, field: &str, text: &LocalizedText) {
        let missing: Vec<String> = text
            .missing(&self.languages)
            .into_iter()
            .map(str::to_owned)
            .collect();
        if !missing.is_empty() && missing.len() == self.languages.len() {
            self.add(
                ProblemKind::EmptyText,
                place,
                field,
                "is empty in every language",
            );
        } else {
            for code in missing {
                self.add(
                    ProblemKind::MissingTranslation,
                    place,
                    field,
                    format!("has no '{code}' text"),
                );
            }
        }
    }

    /// The list `words` has no word of someone ("@"), which only crisis phrases and ways of stating an age have.
    fn no_slot(&mut self, place: &str, field: &str, words: &LocalizedText) {
        for (language, list) in &words.0 {
            let entries = list.split(',');
            for entry in
                entries.filter(|entry| entry.split_whitespace().any(|word| word == PERSON_SLOT))
            {
                self.add(
                    ProblemKind::MisplacedSlot,
                    place,
                    field,
                    format!(
                        "'{}' ({language}) has '@', which stands for a word of someone only in a crisis phrase",
                        entry.trim()
                    ),
                );
            }
        }
    }

    /// Every text a citizen reads keeps its sentences short, in every language.
    fn short_sentences(&mut self, place: &str, field: &str, text: &LocalizedText) {
        for (code, value) in &text.0 {
            let longest = measure(value).longest_sentence;
            if longest > MAX_SENTENCE_WORDS {
                self.add(
                    ProblemKind::LongSentence,
                    place,
                    field,
                    format!(
                        "the '{code}' text has a sentence of {longest} words; split it into sentences of at most \
                         {MAX_SENTENCE_WORDS}"
                    ),
                );
            }
        }
    }

    /// For texts the app lowercases: names (sorted) and the labels quoted in "Derfor passer det".
    fn capitals(&mut self, place: &str, field: &str, text: &LocalizedText) {
        for (code, value) in &text.0 {
            if let Some(capital) = unsupported_capital(value) {
                self.add(
                    ProblemKind::UnsupportedCapital,
                    place,
                    field,
                    format!(
                        "the '{code}' text has '{capital}', a capital outside ASCII and Latin-1 that the app \
                         cannot lowercase"
                    ),
                );
            }
        }
    }

    /// An age range (at `field`) whose limits are in order and within the ages one can enter.
    fn age_range(&mut self, place: &str, field: &str, age: &AgeRange) {
        if let (Some(min), Some(max)) = (age.min, age.max)
            && min > max
        {
            self.add(
                ProblemKind::BadAgeRange,
                place,
                field,
                format!("min {min} is above max {max}"),
            );
        }
        if age.max.is_some_and(|max| max > super::answers::MAX_AGE) {
            self.add(
                ProblemKind::BadAgeRange,
                place,
                &format!("{field}.max"),
                "is above 120",
            );
        }
    }

    /// Every slug in `slugs` that is not among the `known` options of the question `field` names.
    fn options(&mut self, place: &str, field: &str, slugs: &[String], known: &BTreeSet<String>) {
        let question = field.rsplit('.').next().unwrap_or(field);
        for slug in slugs.iter().filter(|s| !known.contains(*s)) {
            self.add(
                ProblemKind::UnresolvedReference,
                place,
                field,
                format!("'{slug}' is not an option of the {question} question"),
            );
        }
    }

    fn id(&mut self, place: &str, id: &str, seen: &mut BTreeSet<String>) {
        if !is_slug(id) {
            self.add(
                ProblemKind::UnsafeId,
                place,
                "id",
                format!("'{id}' must be lowercase letters, digits and single hyphens"),
            );
        }
        if !seen.insert(id.to_owned()) {
            self.add(
                ProblemKind::DuplicateId,
                place,
                "id",
                format!("'{id}' is used more than once"),
            );
        }
    }

    /// A source key (at `field`) that names one of the catalogue's sources.
    fn source(&mut self, catalogue: &Catalogue, place: &str, field: &str, key: &str) {
        if catalogue.source(key).is_none() {
            self.add(
                ProblemKind::UnresolvedReference,
                place,
                field,
                format!("no source '{key}'"),
            );
        }
    }

    fn contact(&mut self, catalogue: &Catalogue, place: &str, index: usize, contact: &Contact) {
        let field = |name: &str| format!("contacts[{index}].{name}");
        let value = contact.value.as_str();
        let (ok, kind) = match contact.kind {
            ContactKind::Phone | ContactKind::Sms => (is_phone(value), ProblemKind::MalformedPhone),
            ContactKind::Email => (is_email(value), ProblemKind::MalformedEmail),
            ContactKind::Web | ContactKind::Article | ContactKind::Chat => {
                (is_url(value), ProblemKind::MalformedUrl)
            }
            ContactKind::Address => (!value.trim().is_empty(), ProblemKind::EmptyText),
        };
        if !ok {
            self.add(
                kind,
                place,
                &field("value"),
                format!("'{value}' is not valid for a {:?} contact", contact.kind),
            );
        }
        self.source(catalogue, place, &field("source"), &contact.source);
        if let Some(label) = &contact.label {
            self.text(place, &field("label"), label);
        }
        if let Some(hours) = &contact.hours {
            self.hours(place, &field("hours"), hours);
        }
    }

    fn hours(&mut self, place: &str, field: &str, hours: &Hours) {
        if hours.always != hours.weekly.is_empty() {
            self.add(
                ProblemKind::BadHours,
                place,
                field,
                "give either \"always\": true or weekly spans, not both or neither",
            );
        }
        if hours.always && hours.holidays != HolidayHours::NotStated {
            self.add(
                ProblemKind::BadHours,
                place,
                &format!("{field}.holidays"),
                "\"always\" already covers public holidays",
            );
        }
        for (i, span) in hours.weekly.iter().enumerate() {
            if span.days.is_empty() || span.from == span.to {
                self.add(
                    ProblemKind::BadHours,
                    place,
                    &format!("{field}.weekly[{i}]"),
                    "needs days and a span longer than zero",
                );
            }
        }
    }
}

/// True for lowercase ASCII slugs: `a-z`, `0-9`, single inner hyphens.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
}

/// True for Danish numbers: 3 to 8 digits (112, 116 111, 70 11 31 31), optional `+45 ` prefix, spaces between.
pub fn is_phone(value: &str) -> bool {
    let rest = value.strip_prefix("+45 ").unwrap_or(value);
    let digits = rest.chars().filter(char::is_ascii_digit).count();
    rest.chars().all(|c| c.is_ascii_digit() || c == ' ')
        && !rest.starts_with(' ')
        && !rest.ends_with(' ')
        && (3..=8).contains(&digits)
}

/// True for `local@domain.tld` with no spaces.
pub fn is_email(value: &str) -> bool {
    let Some((local, domain)) = value.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !value.contains(char::is_whitespace)
        && !domain.contains('@')
        && domain.split('.').count() >= 2
        && domain.split('.').all(|part| !part.is_empty())
}

/// True for `http(s)://host.tld/...` with no spaces.
pub fn is_url(value: &str) -> bool {
    let rest = value
        .strip_prefix("https://")
        .or_else(|| value.strip_prefix("http://"));
    rest.is_some_and(|rest| {
        let host = rest.split('/').next().unwrap_or_default();
        host.contains('.')
            && !host.starts_with('.')
            && !host.ends_with('.')
            && !value.contains(char::is_whitespace)
    })
}

fn options_of(questions: &Questions, kind: QuestionKind) -> BTreeSet<String> {
    questions
        .of_kind(kind)
        .map(|q| q.options.iter().map(|o| o.value.clone()).collect())
        .unwrap_or_default()
}

/// The catalogue, and what its references may name, worked out once for every offer and line.
struct Known<'c> {
    /// The catalogue, whose sources the facts name.
    catalogue: &'c Catalogue,
    /// The topics' options.
    topics: BTreeSet<String>,
    /// The kinds of help's options.
    help: BTreeSet<String>,
    /// The offers' ids.
    offer_ids: BTreeSet<&'c str>,
    /// The crisis lines' ids.
    line_ids: BTreeSet<&'c str>,
    /// The words a line's own search words must be among, so that a search naming them is acute: every acute
    /// option's search words.
    acute_terms: BTreeSet<String>,
}

fn validate_catalogue(report: &mut Report, catalogue: &Catalogue, questions: &Questions) {
    validate_sources(report, catalogue);
    let known = Known {
        catalogue,
        topics: options_of(questions, QuestionKind::Topics),
        help: options_of(questions, QuestionKind::Help),
        offer_ids: catalogue.offers.iter().map(|o| o.id.as_str()).collect(),
        line_ids: catalogue
            .crisis_lines
            .iter()
            .map(|l| l.id.as_str())
            .collect(),
        acute_terms: questions
            .questions
            .iter()
            .flat_map(|question| &question.options)
            .filter(|option| option.acute)
            .flat_map(|option| option.search_words.iter().flat_map(acute_search_terms))
            .collect(),
    };
    let mut seen = BTreeSet::new();
    for offer in &catalogue.offers {
        validate_offer(report, offer, &known, &mut seen);
    }
    // The offers' ids stay in `seen`: a list link holds offers and lines alike, so one id must name one thing.
    for line in &catalogue.crisis_lines {
        validate_crisis_line(report, line, &known, &mut seen);
    }
    validate_links(report, catalogue, questions, &known);
}

/// The review interval and every source.
fn validate_sources(report: &mut Report, catalogue: &Catalogue) {
    if !(1..=36).contains(&catalogue.review_after_months) {
        report.add(
            ProblemKind::BadReviewInterval,
            "catalogue",
            "review_after_months",
            format!(
                "{} is not a number of months from 1 to 36",
                catalogue.review_after_months
            ),
        );
    }
    for (key, source) in &catalogue.sources {
        let place = format!("source '{key}'");
        match (&source.url, &source.title) {
            (Some(url), _) if !is_url(url) => report.add(
                ProblemKind::MalformedUrl,
                &place,
                "url",
                format!("'{url}' is not an http(s) URL"),
            ),
            (None, None) => report.add(
                ProblemKind::EmptyText,
                &place,
                "url",
                "needs a url or at least a title",
            ),
            _ => {}
        }
        if parse_date(&source.checked).is_none() {
            report.add(
                ProblemKind::MalformedDate,
                &place,
                "checked",
                format!("'{}' is not YYYY-MM-DD", source.checked),
            );
        }
    }
}

/// One offer: its id among those `seen`, its texts, notes, audiences, ages, topics, kinds of help, sources and
/// contacts, and that it has a way on.
fn validate_offer(report: &mut Report, offer: &Offer, known: &Known, seen: &mut BTreeSet<String>) {
    let catalogue = known.catalogue;
    let place = format!("offer '{}'", offer.id);
    report.id(&place, &offer.id, seen);
    report.text(&place, "name", &offer.name);
    report.capitals(&place, "name", &offer.name);
    report.text(&place, "summary", &offer.summary);
    report.text(&place, "first_step", &offer.first_step);
    if let Some(caution) = &offer.caution {
        report.text(&place, "caution", caution);
    }
    let notes = [
        ("place", &offer.place),
        ("legal_basis", &offer.legal_basis),
        ("part_of", &offer.part_of),
    ];
    for (field, note) in notes {
        if let Some(note) = note {
            report.text(&place, &format!("{field}.text"), &note.text);
            report.source(catalogue, &place, &format!("{field}.source"), &note.source);
        }
    }
    if let Some(year) = offer.funded_until {
        // Once the year has passed, the cards show the caution in full: it must say what is known.
        if offer.caution.is_none() {
            report.add(
                ProblemKind::EmptyText,
                &place,
                "caution",
                "is needed with funded_until, to say that the offer may have ended",
            );
        }
        if !(2000..=2100).contains(&year) {
            report.add(
                ProblemKind::MalformedDate,
                &place,
                "funded_until",
                format!("{year} is not a year from 2000 to 2100"),
            );
        }
    }
    if offer.audiences.is_empty() {
        report.add(
            ProblemKind::EmptyText,
            &place,
            "audiences",
            "names nobody the offer is for",
        );
    }
    report.age_range(&place, "age", &offer.age);
    if offer.topics.is_empty() && !offer.all_topics {
        report.add(
            ProblemKind::EmptyText,
            &place,
            "topics",
            "has no topic and is not marked all_topics",
        );
    }
    report.options(&place, "topics", &offer.topics, &known.topics);
    report.options(&place, "help", &offer.help, &known.help);
    // A defining topic the offer is not about could never let it match: it would only ever nearly fit.
    for slug in offer
        .only_if_about
        .iter()
        .filter(|s| !offer.topics.contains(s))
    {
        report.add(
            ProblemKind::UnresolvedReference,
            &place,
            "only_if_about",
            format!("'{slug}' is not one of the offer's topics"),
        );
    }
    report.source(catalogue, &place, "source", &offer.source);
    report.other_entries(
        &place,
        "see_also",
        &offer.see_also,
        &known.offer_ids,
        &offer.id,
        "offer",
    );
    if !is_reachable(&offer.contacts) && offer.see_also.is_empty() {
        report.add(
            ProblemKind::NoWayOn,
            &place,
            "contacts",
            "needs a sourced phone, address or web page (a news article is not one), or a related offer to ask",
        );
    }
    for (i, contact) in offer.contacts.iter().enumerate() {
        report.contact(catalogue, &place, i, contact);
    }
}

/// One crisis line: its id among those `seen`, its texts and contacts, the lines it names, when the results suggest
/// it, and its search words.
fn validate_crisis_line(
    report: &mut Report,
    line: &CrisisLine,
    known: &Known,
    seen: &mut BTreeSet<String>,
) {
    let place = format!("crisis line '{}'", line.id);
    report.id(&place, &line.id, seen);
    report.text(&place, "name", &line.name);
    report.text(&place, "for_whom", &line.for_whom);
    if line.contacts.is_empty() {
        report.add(
            ProblemKind::NoWayOn,
            &place,
            "contacts",
            "needs at least one channel",
        );
    }
    for (i, contact) in line.contacts.iter().enumerate() {
        report.contact(known.catalogue, &place, i, contact);
    }
    report.other_entries(
        &place,
        "alternatives",
        &line.alternatives,
        &known.line_ids,
        &line.id,
        "crisis line",
    );
    if let Some(when) = &line.suggest_when {
        if when.is_empty() {
            report.add(
                ProblemKind::EmptyText,
                &place,
                "suggest_when",
                "gives no criterion, so the results would suggest the line to everyone",
            );
        }
        report.age_range(&place, "suggest_when.age", &when.age);
        report.options(&place, "suggest_when.topics", &when.topics, &known.topics);
    }
    if let Some(words) = &line.search_words {
        report.translated(&place, "search_words", words);
        report.no_slot(&place, "search_words", words);
        let typed = words.0.values().flat_map(|words| words.split(','));
        for term in typed.filter(|term| !known.acute_terms.contains(folded(term).trim())) {
            report.add(
                ProblemKind::UnresolvedReference,
                &place,
                "search_words",
                format!(
                    "'{}' is no acute option's search word, so no search shows the line",
                    term.trim()
                ),
            );
        }
    }
    if let Some(words) = &line.calm_search_words {
        report.translated(&place, "calm_search_words", words);
        report.no_slot(&place, "calm_search_words", words);
        let typed = words.0.values().flat_map(|words| words.split(','));
        for term in typed.filter(|term| known.acute_terms.contains(folded(term).trim())) {
            report.add(
                ProblemKind::UnresolvedReference,
                &place,
                "calm_search_words",
                format!(
                    "'{}' is an acute option's search word, so a search with it shows the crisis prompt, not \
                     the line after the offers: put it in search_words",
                    term.trim()
                ),
            );
        }
    }
}

/// What links the questions and the catalogue: the crisis lines of the acute options, 112 first among the lines,
/// and every topic and kind of help listed by some offer.
fn validate_links(
    report: &mut Report,
    catalogue: &Catalogue,
    questions: &Questions,
    known: &Known,
) {
    // The lines an acute search shows first: known lines, and only for an acute option.
    for question in &questions.questions {
        let place = format!("question '{}'", question.id);
        for option in &question.options {
            let field = format!("options.{}.crisis_lines", option.value);
            let lines = &option.crisis_lines;
            report.other_entries(&place, &field, lines, &known.line_ids, "", "crisis line");
            if !option.acute && !lines.is_empty() {
                report.add(
                    ProblemKind::BadQuestions,
                    &place,
                    &field,
                    "only an acute option has crisis lines for a search",
                );
            }
        }
    }
    let emergency_first = catalogue
        .crisis_lines
        .first()
        .and_then(|l| l.contacts.first())
        .is_some_and(|c| c.value == EMERGENCY_NUMBER);
    if !emergency_first {
        report.add(
            ProblemKind::BadQuestions,
            "crisis lines",
            "crisis_lines[0]",
            "112 must be the first crisis line",
        );
    }
    for (kind, field) in [
        (QuestionKind::Topics, "topics"),
        (QuestionKind::Help, "help"),
    ] {
        let question = questions.of_kind(kind);
        for option in question
            .iter()
            .flat_map(|q| &q.options)
            .filter(|o| !o.acute)
        {
            let used = catalogue.offers.iter().any(|offer| match kind {
                QuestionKind::Topics => offer.topics.contains(&option.value),
                _ => offer.help.contains(&option.value),
            });
            if !used {
                let place = format!("question '{}'", question.map_or("", |q| q.id.as_str()));
                report.add(
                    ProblemKind::OptionLeadsNowhere,
                    &place,
                    &format!("options.{}", option.value),
                    format!("no offer lists this {field} option"),
                );
            }
        }
    }
}

fn validate_questions(report: &mut Report, questions: &Questions) {
    validate_search_lists(report, questions);
    let ignored: BTreeSet<String> = search_terms(&questions.search_ignored_words).collect();
    validate_sayings(report, questions, &ignored);
    validate_age_phrases(report, questions);
    validate_people_word_lists(report, questions);
    validate_option_search_words(report, questions, &ignored);
    validate_one_word_lists(report, questions);
    let mut seen = BTreeSet::new();
    for question in &questions.questions {
        validate_question(report, question, &mut seen);
    }
    validate_question_order(report, questions);
}

/// The number of words of `text`, split at white space.
fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// The search's lists of words are lists, not sentences: only their languages are checked, and that no list but
/// the ways of stating an age has a word of someone ("@").
fn validate_search_lists(report: &mut Report, questions: &Questions) {
    for (field, words) in [
        ("search_ignored_words", &questions.search_ignored_words),
        ("search_people_words", &questions.search_people_words),
        ("search_not_typos", &questions.search_not_typos),
        ("search_no_referral", &questions.search_no_referral),
        ("search_walk_in", &questions.search_walk_in),
        ("search_lines", &questions.search_lines),
        ("search_phrases", &questions.search_phrases),
        ("search_paragraph_words", &questions.search_paragraph_words),
        ("search_acute_fillers", &questions.search_acute_fillers),
        ("search_acute_persons", &questions.search_acute_persons),
        ("search_calm_idioms", &questions.search_calm_idioms),
        ("search_age_phrases", &questions.search_age_phrases),
        ("search_own_age_phrases", &questions.search_own_age_phrases),
        ("search_people_counted", &questions.search_people_counted),
        ("search_no_age_after", &questions.search_no_age_after),
        (
            "search_vague_compound_ends",
            &questions.search_vague_compound_ends,
        ),
        (
            "search_asker_possessives",
            &questions.search_asker_possessives,
        ),
        ("search_adults", &questions.search_adults),
        ("search_grown_up_words", &questions.search_grown_up_words),
    ] {
        report.translated("questions", field, words);
        if !field.ends_with("age_phrases") {
            report.no_slot("questions", field, words);
        }
    }
}

/// A saying is searched as other words: without "=" it would be skipped, a single word is the ignored words' and
/// search words' task, and with nothing after "=" the saying would vanish from the search unsaid.
fn validate_sayings(report: &mut Report, questions: &Questions, ignored: &BTreeSet<String>) {
    for (language, sayings) in &questions.search_phrases.0 {
        for entry in sayings.split(',') {
            let is_saying = entry.split_once('=').is_some_and(|(saying, instead)| {
                word_count(saying) >= 2 && word_count(instead) >= 1
            });
            if !is_saying {
                report.add(
                    ProblemKind::EmptyText,
                    "questions",
                    "search_phrases",
                    format!(
                        "'{}' ({language}) is no 'saying of two words or more = words to search for'",
                        entry.trim()
                    ),
                );
            }
            // Words to search for that are all ignored would make the saying find every offer. Unless the saying
            // only puts back the æ, ø and å of its own words: "far jeg = får jeg" reads "far" as "får" (gets), not
            // "far" (father), and both say nothing, typed either way.
            let searches_nothing = entry.split_once('=').is_some_and(|(saying, instead)| {
                let puts_back_letters = plainly_typed(saying)
                    .split_whitespace()
                    .eq(plainly_typed(instead).split_whitespace());
                word_count(instead) >= 1
                    && !puts_back_letters
                    && folded(instead)
                        .split_whitespace()
                        .all(|word| ignored.contains(word))
            });
            if searches_nothing {
                report.add(
                    ProblemKind::IgnoredSearchWord,
                    "questions",
                    "search_phrases",
                    format!(
                        "'{}' ({language}) has only ignored words after '=', so it finds every offer",
                        entry.trim()
                    ),
                );
            }
        }
    }
}

/// A way of stating an age has the number once, and a word beside it: "#" alone would read every number as an
/// age, and two numbers leave unsaid which is the age. At most one word of who is involved ("@"), and none in a
/// way of stating one's own age.
fn validate_age_phrases(report: &mut Report, questions: &Questions) {
    for (field, phrases, persons) in [
        ("search_age_phrases", &questions.search_age_phrases, 1),
        (
            "search_own_age_phrases",
            &questions.search_own_age_phrases,
            0,
        ),
    ] {
        for (language, list) in &phrases.0 {
            for entry in list.split(',') {
                let count = |slot| {
                    entry
                        .split_whitespace()
                        .filter(|word| *word == slot)
                        .count()
                };
                if count(AGE_SLOT) != 1 || count(PERSON_SLOT) > persons || word_count(entry) < 2 {
                    report.add(
                        ProblemKind::EmptyText,
                        "questions",
                        field,
                        format!(
                            "'{}' ({language}) is no 'words with # for the age'",
                            entry.trim()
                        ),
                    );
                }
            }
        }
    }
}

/// A word whose number is a count, or that says the person is grown up, must be a word of who is involved, or it
/// says nothing (and a grown-up word would be searched for as a need).
fn validate_people_word_lists(report: &mut Report, questions: &Questions) {
    for (field, words) in [
        ("search_people_counted", &questions.search_people_counted),
        ("search_grown_up_words", &questions.search_grown_up_words),
    ] {
        for (language, list) in &words.0 {
            let people = questions
                .search_people_words
                .0
                .get(language)
                .map_or("", String::as_str);
            for word in list.split(',').map(str::trim) {
                if !people.split(',').any(|person| person.trim() == word) {
                    report.add(
                        ProblemKind::UnresolvedReference,
                        "questions",
                        field,
                        format!("'{word}' ({language}) is no word of search_people_words"),
                    );
                }
            }
        }
    }
}

/// An ignored word is left out of every search, in every language: a search word of that one word would never be
/// looked for ("time", once ignored, would find nothing as a search word of mental health). A word of someone
/// ("@") stands for one only in a crisis phrase, once, beside other words: "@ gør mig ondt".
fn validate_option_search_words(
    report: &mut Report,
    questions: &Questions,
    ignored: &BTreeSet<String>,
) {
    for question in &questions.questions {
        for option in &question.options {
            let Some(search_words) = &option.search_words else {
                continue;
            };
            let place = format!("question '{}'", question.id);
            let field = format!("options.{}.search_words", option.value);
            if !option.acute {
                report.no_slot(&place, &field, search_words);
            }
            for (language, list) in &search_words.0 {
                for entry in list.split(',') {
                    if ignored.contains(folded(entry).trim()) {
                        report.add(
                            ProblemKind::IgnoredSearchWord,
                            &place,
                            &field,
                            format!(
                                "'{}' ({language}) is in search_ignored_words too, so no search looks for it",
                                entry.trim()
                            ),
                        );
                    }
                    let slots = entry
                        .split_whitespace()
                        .filter(|word| *word == PERSON_SLOT)
                        .count();
                    if option.acute && (slots > 1 || (slots == 1 && word_count(entry) < 2)) {
                        report.add(
                            ProblemKind::MisplacedSlot,
                            &place,
                            &field,
                            format!(
                                "'{}' ({language}) needs one '@' beside other words",
                                entry.trim()
                            ),
                        );
                    }
                }
            }
        }
    }
}

/// The lists read only as one word (before a number, or between a crisis phrase's words): an entry of several
/// words, or none, would never be.
fn validate_one_word_lists(report: &mut Report, questions: &Questions) {
    for (field, lists) in [
        ("search_paragraph_words", &questions.search_paragraph_words),
        ("search_acute_fillers", &questions.search_acute_fillers),
    ] {
        for (language, list) in &lists.0 {
            for entry in list.split(',') {
                if word_count(entry) != 1 {
                    report.add(
                        ProblemKind::EmptyText,
                        "questions",
                        field,
                        format!("'{}' ({language}) is not one word", entry.trim()),
                    );
                }
            }
        }
    }
}

/// One question: its id among those `seen`, its texts, units and options.
fn validate_question(report: &mut Report, question: &Question, seen: &mut BTreeSet<String>) {
    let place = format!("question '{}'", question.id);
    report.id(&place, &question.id, seen);
    for text in question.title.all() {
        report.text(&place, "title", text);
    }
    for text in question.summary_label.all() {
        report.text(&place, "summary_label", text);
    }
    for text in question.hint.iter().flat_map(|h| h.all()) {
        report.text(&place, "hint", text);
    }
    // Units of age, a list like the search words: only its languages are checked, and only the age question
    // reads them.
    if let Some(units) = &question.units {
        report.translated(&place, "units", units);
        if question.kind != QuestionKind::Age {
            report.add(
                ProblemKind::BadQuestions,
                &place,
                "units",
                "only the age question has units",
            );
        }
    }
    let fixed: Option<&[&str]> = match question.kind {
        QuestionKind::Danger | QuestionKind::Referral => Some(&["yes", "no"]),
        QuestionKind::Who => Some(&["me", "relative", "professional"]),
        QuestionKind::Age => Some(&[]),
        QuestionKind::Topics | QuestionKind::Help => None,
    };
    let values: Vec<&str> = question.options.iter().map(|o| o.value.as_str()).collect();
    if let Some(fixed) = fixed.filter(|fixed| *fixed != values.as_slice()) {
        report.add(
            ProblemKind::BadQuestions,
            &place,
            "options",
            format!(
                "a {:?} question has exactly the options {fixed:?}",
                question.kind
            ),
        );
    }
    let mut option_ids = BTreeSet::new();
    for option in &question.options {
        let field = format!("options.{}", option.value);
        report.id(&format!("{place} {field}"), &option.value, &mut option_ids);
        for text in option
            .label
            .all()
            .chain(option.hint.iter().flat_map(|h| h.all()))
        {
            report.text(&place, &field, text);
        }
        // The search words are a list that is never shown, not sentences: every language needs its own, but
        // no sentence-length rule applies.
        if let Some(words) = &option.search_words {
            report.translated(&place, &format!("{field}.search_words"), words);
        }
        if matches!(question.kind, QuestionKind::Topics | QuestionKind::Help) {
            for text in option.label.all() {
                report.capitals(&place, &field, text);
            }
        }
    }
}

/// Each kind of question once, the danger question first.
fn validate_question_order(report: &mut Report, questions: &Questions) {
    let kinds = [
        QuestionKind::Danger,
        QuestionKind::Who,
        QuestionKind::Age,
        QuestionKind::Topics,
        QuestionKind::Help,
        QuestionKind::Referral,
    ];
    for kind in kinds {
        let count = questions
            .questions
            .iter()
            .filter(|q| q.kind == kind)
            .count();
        if count != 1 {
            report.add(
                ProblemKind::BadQuestions,
                "questions",
                "kind",
                format!("needs exactly one {kind:?} question, found {count}"),
            );
        }
    }
    if questions
        .questions
        .first()
        .is_some_and(|q| q.kind != QuestionKind::Danger)
    {
        report.add(
            ProblemKind::BadQuestions,
            "questions",
            "questions[0]",
            "the danger question must come first",
        );
    }
}

/// Every singular form ([`super::bundle::SINGULAR_SUFFIX`]) belongs to a text that counts with `{n}`; otherwise
/// it would never be shown.
fn validate_singular_forms(report: &mut Report, bundle: &Bundle) {
    let texts = &bundle.texts.texts;
    for key in texts.keys() {
        let Some(base) = UiTexts::singular_of(key) else {
            continue;
        };
        let counts = texts
            .get(base)
            .is_some_and(|text| text.0.values().any(|value| value.contains("{n}")));
        if !counts {
            report.add(
                ProblemKind::UnresolvedReference,
                &format!("text '{key}'"),
                "key",
                format!("is a singular form, but there is no text '{base}' that counts with {{n}}"),
            );
        }
    }
}

/// The texts that write a date out ([`super::text::long_date`]) can do so in every language.
fn validate_date_texts(report: &mut Report, bundle: &Bundle) {
    let languages = report.languages.clone();
    for lang in &languages {
        let in_lang = |key: &str| {
            let text = bundle.texts.texts.get(key)?;
            text.0.get(lang).map(String::as_str)
        };
        let pattern = in_lang(DATE_PATTERN_KEY).unwrap_or_default();
        for part in ["{day}", "{month}", "{year}"] {
            if !pattern.contains(part) {
                report.add(
                    ProblemKind::BadDateText,
                    &format!("text '{DATE_PATTERN_KEY}'"),
                    lang,
                    format!("lacks {part}"),
                );
            }
        }
        let months = in_lang(MONTH_NAMES_KEY).unwrap_or_default();
        let count = months.split_whitespace().count();
        if count != 12 {
            report.add(
                ProblemKind::BadDateText,
                &format!("text '{MONTH_NAMES_KEY}'"),
                lang,
                format!("names {count} months, not 12 (separated by spaces, January first)"),
            );
        }
    }
}

/// Validates catalogue, questions and UI texts together. Empty means valid.
pub fn validate(bundle: &Bundle) -> Vec<Problem> {
    let mut report = Report {
        problems: Vec::new(),
        languages: bundle.texts.codes(),
    };
    if report.languages.is_empty() {
        report.add(
            ProblemKind::MissingTranslation,
            "texts",
            "languages",
            "lists no language",
        );
    }
    for (key, text) in &bundle.texts.texts {
        report.text(&format!("text '{key}'"), "text", text);
    }
    validate_singular_forms(&mut report, bundle);
    validate_date_texts(&mut report, bundle);
    validate_questions(&mut report, &bundle.questions);
    validate_catalogue(&mut report, &bundle.catalogue, &bundle.questions);
    report.problems
}
