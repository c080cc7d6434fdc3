//! One test per validation problem class: each breaks the shipped data in one way and expects that class, with
//! the offer (or question) and field named.

mod common;

use common::{bundle, offer_mut};
use hjaelpeguiden::domain::answers::MAX_AGE;
use hjaelpeguiden::domain::bundle::Bundle;
use hjaelpeguiden::domain::catalogue::{AgeRange, ContactKind, CrisisLine, LineSuggestion};
use hjaelpeguiden::domain::hours::{HolidayHours, Span};
use hjaelpeguiden::domain::questions::{Question, QuestionKind, Who};
use hjaelpeguiden::domain::readability::MAX_SENTENCE_WORDS;
use hjaelpeguiden::domain::text::LocalizedText;
use hjaelpeguiden::domain::validate::{ProblemKind, is_email, is_url, validate};

/// Asserts that validation reports `kind` at `place` (substring) and `field` (substring).
fn assert_problem(bundle: &Bundle, kind: ProblemKind, place: &str, field: &str) {
    let problems = validate(bundle);
    assert!(
        problems
            .iter()
            .any(|p| p.kind == kind && p.place.contains(place) && p.field.contains(field)),
        "expected {kind:?} at {place} / {field}, got: {problems:#?}"
    );
}

/// The shipped topics question, to break.
fn topics_question(bundle: &mut Bundle) -> &mut Question {
    let questions = &mut bundle.questions.questions;
    questions
        .iter_mut()
        .find(|q| q.kind == QuestionKind::Topics)
        .unwrap()
}

/// The shipped crisis line with this id, to break.
fn crisis_line<'a>(bundle: &'a mut Bundle, id: &str) -> &'a mut CrisisLine {
    let lines = &mut bundle.catalogue.crisis_lines;
    lines.iter_mut().find(|l| l.id == id).unwrap()
}

#[test]
fn duplicate_offer_id() {
    let mut b = bundle();
    b.catalogue.offers[1].id = b.catalogue.offers[0].id.clone();
    assert_problem(
        &b,
        ProblemKind::DuplicateId,
        &b.catalogue.offers[0].id.clone(),
        "id",
    );
}

#[test]
fn crisis_line_with_an_offers_id() {
    // A list link holds offers and lines by id, so the two may not share one.
    let mut b = bundle();
    crisis_line(&mut b, "boernetelefonen").id = "ppr".into();
    assert_problem(&b, ProblemKind::DuplicateId, "crisis line 'ppr'", "id");
}

#[test]
fn unsafe_offer_id() {
    let mut b = bundle();
    b.catalogue.offers[0].id = "Perron 4/<script>".into();
    assert_problem(&b, ProblemKind::UnsafeId, "Perron 4/<script>", "id");
}

/// The build prints each problem this way, so whoever broke the data reads where, in which field, and what to do.
#[test]
fn a_problem_reads_with_its_place_field_detail_and_class() {
    let mut b = bundle();
    b.catalogue.offers[0].id = "Perron 4".into();
    let problems: Vec<String> = validate(&b)
        .iter()
        .filter(|p| p.kind == ProblemKind::UnsafeId)
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        problems,
        [
            "offer 'Perron 4', field 'id': 'Perron 4' must be lowercase letters, digits and single hyphens (UnsafeId)"
        ]
    );
}

#[test]
fn missing_translation() {
    let mut b = bundle();
    b.catalogue.offers[0].summary.0.remove("en");
    assert_problem(
        &b,
        ProblemKind::MissingTranslation,
        "offer 'autismecenter-randers'",
        "summary",
    );
}

#[test]
fn missing_ui_text_translation() {
    let mut b = bundle();
    b.texts.texts.get_mut("start_title").unwrap().0.remove("en");
    assert_problem(
        &b,
        ProblemKind::MissingTranslation,
        "text 'start_title'",
        "text",
    );
}

#[test]
fn missing_ignored_words_translation() {
    let mut b = bundle();
    b.questions.search_ignored_words.0.remove("en");
    b.questions.search_people_words.0.remove("da");
    b.questions.search_not_typos.0.remove("en");
    b.questions.search_no_referral.0.remove("da");
    b.questions.search_walk_in.0.remove("en");
    b.questions.search_lines.0.remove("da");
    b.questions.search_phrases.0.remove("en");
    b.questions.search_paragraph_words.0.remove("da");
    b.questions.search_acute_fillers.0.remove("en");
    b.questions.search_acute_persons.0.remove("da");
    b.questions.search_calm_idioms.0.remove("da");
    b.questions.search_age_phrases.0.remove("da");
    b.questions.search_own_age_phrases.0.remove("en");
    b.questions.search_people_counted.0.remove("da");
    b.questions.search_no_age_after.0.remove("en");
    b.questions.search_vague_compound_ends.0.remove("da");
    b.questions.search_asker_possessives.0.remove("en");
    b.questions.search_adults.0.remove("da");
    b.questions.search_grown_up_words.0.remove("en");
    for field in [
        "search_ignored_words",
        "search_people_words",
        "search_not_typos",
        "search_no_referral",
        "search_walk_in",
        "search_lines",
        "search_phrases",
        "search_paragraph_words",
        "search_acute_fillers",
        "search_acute_persons",
        "search_calm_idioms",
        "search_age_phrases",
        "search_own_age_phrases",
        "search_people_counted",
        "search_no_age_after",
        "search_vague_compound_ends",
        "search_asker_possessives",
        "search_adults",
        "search_grown_up_words",
    ] {
        assert_problem(&b, ProblemKind::MissingTranslation, "questions", field);
    }
}

/// A word for a paragraph of the law is read only as one word before a number, and a filler only as one word
/// between a crisis phrase's words: several words, or none, never are.
#[test]
fn search_paragraph_word_or_acute_filler_of_several_words_or_none() {
    for words in ["paragraf, i loven", "paragraf, "] {
        let mut b = bundle();
        b.questions
            .search_paragraph_words
            .0
            .insert("da".to_owned(), words.to_owned());
        b.questions
            .search_acute_fillers
            .0
            .insert("en".to_owned(), words.to_owned());
        for field in ["search_paragraph_words", "search_acute_fillers"] {
            assert_problem(&b, ProblemKind::EmptyText, "questions", field);
        }
    }
}

/// The shipped question with this id, to break.
fn question<'a>(bundle: &'a mut Bundle, id: &str) -> &'a mut Question {
    let questions = &mut bundle.questions.questions;
    questions.iter_mut().find(|q| q.id == id).unwrap()
}

/// The search words, in `language`, of the option `value` of the question `id`, to break.
fn search_words<'a>(
    bundle: &'a mut Bundle,
    id: &str,
    value: &str,
    language: &str,
) -> &'a mut String {
    let option = question(bundle, id)
        .options
        .iter_mut()
        .find(|o| o.value == value)
        .unwrap();
    option
        .search_words
        .as_mut()
        .unwrap()
        .0
        .get_mut(language)
        .unwrap()
}

/// "@" stands for a word of someone only once in a crisis phrase with other words, and in a way of stating an age.
/// Anywhere else a search would drop it unsaid: "@ hurts me" as a calm idiom, or as a search word of a calm option
/// or a crisis line, would be "hurts me", which "it hurts me" has.
#[test]
fn word_of_someone_outside_a_crisis_phrase() {
    // As shipped, in the acute option's phrases ("@ gør mig ondt") and the ways of stating an age ("@ er #").
    let shipped = validate(&bundle());
    assert!(
        !shipped.iter().any(|p| p.kind == ProblemKind::MisplacedSlot),
        "{shipped:?}"
    );
    let mut b = bundle();
    let idioms = b.questions.search_calm_idioms.0.get_mut("en").unwrap();
    idioms.push_str(", @ hurts me");
    let words = crisis_line(&mut b, "akut-psykiatri").search_words.as_mut();
    words
        .unwrap()
        .0
        .get_mut("en")
        .unwrap()
        .push_str(", @ hits me");
    search_words(&mut b, "emner", "mental-health", "da").push_str(", @ er trist");
    assert_problem(
        &b,
        ProblemKind::MisplacedSlot,
        "questions",
        "search_calm_idioms",
    );
    assert_problem(
        &b,
        ProblemKind::MisplacedSlot,
        "crisis line 'akut-psykiatri'",
        "search_words",
    );
    assert_problem(
        &b,
        ProblemKind::MisplacedSlot,
        "question 'emner'",
        "options.mental-health.search_words",
    );
    // In the acute option, alone or twice.
    for entry in ["@", "@ gør @ ondt"] {
        let mut b = bundle();
        search_words(&mut b, "fare", "yes", "da").push_str(&format!(", {entry}"));
        assert_problem(
            &b,
            ProblemKind::MisplacedSlot,
            "question 'fare'",
            "options.yes.search_words",
        );
    }
}

/// Units of age are for the age question alone, in every language: a unit missing in English would make "17
/// years" an error there only.
#[test]
fn units_of_age_on_another_question_or_without_a_language() {
    let mut b = bundle();
    let units = |b: &mut Bundle, id: &str| {
        question(b, id).units = Some(LocalizedText(
            [("da".to_owned(), "år".to_owned())].into_iter().collect(),
        ));
    };
    units(&mut b, "alder");
    units(&mut b, "emner");
    assert_problem(
        &b,
        ProblemKind::MissingTranslation,
        "question 'alder'",
        "units",
    );
    assert_problem(&b, ProblemKind::BadQuestions, "question 'emner'", "units");
}

/// A way of stating an age without the number, with two, or with no word beside it would read no age, or leave
/// unsaid which number is the age, or read every number as one.
#[test]
fn age_phrase_without_one_number_and_a_word() {
    for phrases in [
        "er # år, jeg er",
        "# år, # år og #",
        "på # år, #",
        "er 16 år",
    ] {
        let mut b = bundle();
        b.questions
            .search_age_phrases
            .0
            .insert("da".to_owned(), phrases.to_owned());
        b.questions
            .search_own_age_phrases
            .0
            .insert("en".to_owned(), phrases.to_owned());
        for field in ["search_age_phrases", "search_own_age_phrases"] {
            assert_problem(&b, ProblemKind::EmptyText, "questions", field);
        }
    }
}

/// A word of who is involved ("@") says whose age it is: two leave unsaid which, and one's own age has none.
#[test]
fn age_phrase_with_two_people_or_one_in_ones_own() {
    let mut b = bundle();
    b.questions
        .search_age_phrases
        .0
        .insert("da".to_owned(), "er # år, @ og @ er #".to_owned());
    b.questions
        .search_own_age_phrases
        .0
        .insert("da".to_owned(), "jeg er #, @ er #".to_owned());
    for field in ["search_age_phrases", "search_own_age_phrases"] {
        assert_problem(&b, ProblemKind::EmptyText, "questions", field);
    }
    // One in a way of stating another's age is right.
    let mut b = bundle();
    b.questions
        .search_age_phrases
        .0
        .insert("da".to_owned(), "@ er #".to_owned());
    assert!(validate(&b).is_empty());
}

/// A word whose number is a count, or that says the person is grown up, must be a word of who is involved, or it
/// says nothing.
#[test]
fn people_counted_or_grown_up_that_are_no_people_words() {
    let mut b = bundle();
    b.questions
        .search_people_counted
        .0
        .insert("en".to_owned(), "family, household".to_owned());
    b.questions
        .search_grown_up_words
        .0
        .insert("da".to_owned(), "voksen, myndig".to_owned());
    let problems = validate(&b);
    for (field, word) in [
        ("search_people_counted", "'household' (en)"),
        ("search_grown_up_words", "'myndig' (da)"),
    ] {
        let unresolved: Vec<_> = problems
            .iter()
            .filter(|problem| problem.field == field)
            .collect();
        assert_eq!(unresolved.len(), 1, "{problems:?}");
        assert_eq!(unresolved[0].kind, ProblemKind::UnresolvedReference);
        assert!(unresolved[0].detail.contains(word), "{unresolved:?}");
    }
}

/// A search word that is an ignored word too would never be looked for ("time", an ignored word, as a search word of
/// mental health), and a saying with only ignored words to search for instead would find every offer.
#[test]
fn search_word_that_is_an_ignored_word() {
    let mut b = bundle();
    let topics = topics_question(&mut b);
    let option = topics
        .options
        .iter_mut()
        .find(|o| o.value == "mental-health")
        .unwrap();
    let words = option.search_words.as_mut().unwrap();
    words.0.get_mut("en").unwrap().push_str(", Time");
    assert_problem(
        &b,
        ProblemKind::IgnoredSearchWord,
        "question 'emner'",
        "options.mental-health.search_words",
    );
    let problems = validate(&b);
    let ignored: Vec<_> = problems
        .iter()
        .filter(|problem| problem.kind == ProblemKind::IgnoredSearchWord)
        .collect();
    assert_eq!(ignored.len(), 1, "{problems:?}");
    assert!(ignored[0].detail.contains("'Time' (en)"), "{ignored:?}");
    // A saying with only ignored words after "=" would find every offer.
    let mut b = bundle();
    b.questions
        .search_phrases
        .0
        .get_mut("da")
        .unwrap()
        .push_str(", kan ikke finde ud af det = finde ud af");
    assert_problem(
        &b,
        ProblemKind::IgnoredSearchWord,
        "questions",
        "search_phrases",
    );
    // Unless it only puts back the æ, ø and å of its own words ("far jeg" is "får jeg", not father): those say
    // nothing typed either way. Other ignored words are still a problem.
    let sayings_in = |sayings: &str| {
        let mut b = bundle();
        b.questions
            .search_phrases
            .0
            .get_mut("da")
            .unwrap()
            .push_str(sayings);
        validate(&b)
            .into_iter()
            .filter(|problem| problem.kind == ProblemKind::IgnoredSearchWord)
            .count()
    };
    assert_eq!(sayings_in(", sa gar jeg = så går jeg"), 0);
    assert_eq!(sayings_in(", far jeg = får du"), 1);
}

/// A saying without "=", of one word, or with nothing to search for instead would do nothing, or hide its words.
#[test]
fn malformed_search_phrase() {
    for sayings in [
        "kan ikke sove søvnproblemer",
        "sove = søvnproblemer",
        "kan ikke sove = ",
    ] {
        let mut b = bundle();
        b.questions
            .search_phrases
            .0
            .insert("da".to_owned(), sayings.to_owned());
        assert_problem(&b, ProblemKind::EmptyText, "questions", "search_phrases");
    }
}

#[test]
fn empty_text() {
    let mut b = bundle();
    for text in b.catalogue.offers[0].name.0.values_mut() {
        text.clear();
    }
    assert_problem(
        &b,
        ProblemKind::EmptyText,
        "offer 'autismecenter-randers'",
        "name",
    );
}

#[test]
fn malformed_phone() {
    let mut b = bundle();
    let contact = b.catalogue.offers[0]
        .contacts
        .iter_mut()
        .find(|c| c.kind == ContactKind::Phone)
        .unwrap();
    contact.value = "2055-39x2".into();
    assert_problem(
        &b,
        ProblemKind::MalformedPhone,
        "offer 'autismecenter-randers'",
        "contacts[0].value",
    );
}

#[test]
fn malformed_email() {
    let mut b = bundle();
    let offer = offer_mut(&mut b, "perron-4");
    offer
        .contacts
        .iter_mut()
        .find(|c| c.kind == ContactKind::Email)
        .unwrap()
        .value = "gine.norager(at)randers".into();
    assert_problem(
        &b,
        ProblemKind::MalformedEmail,
        "offer 'perron-4'",
        "contacts[2].value",
    );
}

/// Each rule of a mail address and of a link, broken alone: every one of them must hold.
#[test]
fn mail_addresses_and_links_break_on_each_rule_alone() {
    assert!(is_email("perron4@randers.dk"));
    for broken in [
        "@randers.dk",
        "perron 4@randers.dk",
        "perron4@randers@dk",
        "perron4@randers",
        "perron4@randers..dk",
        "perron4.randers.dk",
    ] {
        assert!(!is_email(broken), "{broken}");
    }
    assert!(is_url("https://www.randers.dk/perron-4") && is_url("http://randers.dk"));
    for broken in [
        "https://randers",
        "https://.randers.dk",
        "https://randers.dk.",
        "https://randers.dk/perron 4",
        "ftp://randers.dk",
    ] {
        assert!(!is_url(broken), "{broken}");
    }
}

#[test]
fn malformed_url() {
    let mut b = bundle();
    b.catalogue.sources.get_mut("perron-4").unwrap().url = Some("randers.dk/perron-4".into());
    assert_problem(&b, ProblemKind::MalformedUrl, "source 'perron-4'", "url");
}

#[test]
fn source_with_neither_address_nor_title() {
    let mut b = bundle();
    let source = b.catalogue.sources.get_mut("perron-4").unwrap();
    source.url = None;
    // A title alone will do: the seed articles have no address.
    source.title = Some("Randers Kommune: Perron 4".into());
    assert!(validate(&b).is_empty(), "{:#?}", validate(&b));
    b.catalogue.sources.get_mut("perron-4").unwrap().title = None;
    assert_problem(&b, ProblemKind::EmptyText, "source 'perron-4'", "url");
}

#[test]
fn malformed_date() {
    let mut b = bundle();
    b.catalogue.sources.get_mut("perron-4").unwrap().checked = "23/11/2026".into();
    assert_problem(
        &b,
        ProblemKind::MalformedDate,
        "source 'perron-4'",
        "checked",
    );
}

#[test]
fn funding_year_that_is_not_a_year() {
    let mut b = bundle();
    let jobrus = offer_mut(&mut b, "jobrus");
    jobrus.funded_until = Some(25);
    assert_problem(
        &b,
        ProblemKind::MalformedDate,
        "offer 'jobrus'",
        "funded_until",
    );
}

#[test]
fn funding_end_without_a_caution_to_show() {
    let mut b = bundle();
    let jobrus = offer_mut(&mut b, "jobrus");
    jobrus.caution = None;
    assert_problem(&b, ProblemKind::EmptyText, "offer 'jobrus'", "caution");
}

#[test]
fn review_interval_that_never_or_always_fires() {
    for months in [0, 37] {
        let mut b = bundle();
        b.catalogue.review_after_months = months;
        assert_problem(
            &b,
            ProblemKind::BadReviewInterval,
            "catalogue",
            "review_after_months",
        );
    }
}

#[test]
fn age_range_that_makes_no_sense() {
    let mut b = bundle();
    b.catalogue.offers[0].age = AgeRange {
        min: Some(30),
        max: Some(16),
    };
    assert_problem(
        &b,
        ProblemKind::BadAgeRange,
        "offer 'autismecenter-randers'",
        "age",
    );
}

/// The kinds of problem validation finds in `bundle`.
fn kinds(bundle: &Bundle) -> Vec<ProblemKind> {
    validate(bundle).into_iter().map(|p| p.kind).collect()
}

#[test]
fn age_range_at_its_edges() {
    // One age only, and the oldest age one can enter, are ranges that make sense.
    for (min, max) in [(18, 18), (18, MAX_AGE)] {
        let mut b = bundle();
        b.catalogue.offers[0].age = AgeRange {
            min: Some(min),
            max: Some(max),
        };
        assert!(
            !kinds(&b).contains(&ProblemKind::BadAgeRange),
            "{min}-{max}"
        );
    }
    // One above it cannot be entered, so the offer would never fit an age.
    let mut b = bundle();
    b.catalogue.offers[0].age.max = Some(MAX_AGE + 1);
    assert_problem(
        &b,
        ProblemKind::BadAgeRange,
        "offer 'autismecenter-randers'",
        "age.max",
    );
}

#[test]
fn question_option_that_leads_to_no_offer() {
    let mut b = bundle();
    for offer in &mut b.catalogue.offers {
        offer.topics.retain(|t| t != "loneliness");
        if offer.topics.is_empty() {
            offer.topics.push("mental-health".into());
        }
    }
    assert_problem(
        &b,
        ProblemKind::OptionLeadsNowhere,
        "question 'emner'",
        "options.loneliness",
    );
}

#[test]
fn reference_that_does_not_resolve() {
    let mut b = bundle();
    b.catalogue.offers[0].see_also.push("closed-offer".into());
    b.catalogue.offers[1].contacts[0].source = "nowhere".into();
    b.catalogue.offers[2].topics.push("astrology".into());
    crisis_line(&mut b, "livslinien")
        .alternatives
        .push("livslinien".into());
    crisis_line(&mut b, "headspace-familie")
        .alternatives
        .push("closed-line".into());
    for line in ["livslinien", "headspace-familie"] {
        assert_problem(
            &b,
            ProblemKind::UnresolvedReference,
            &format!("crisis line '{line}'"),
            "alternatives",
        );
    }
    assert_problem(
        &b,
        ProblemKind::UnresolvedReference,
        "offer 'autismecenter-randers'",
        "see_also",
    );
    assert_problem(
        &b,
        ProblemKind::UnresolvedReference,
        &format!("offer '{}'", b.catalogue.offers[1].id),
        "contacts[0].source",
    );
    assert_problem(
        &b,
        ProblemKind::UnresolvedReference,
        &format!("offer '{}'", b.catalogue.offers[2].id),
        "topics",
    );
}

#[test]
fn offer_with_no_way_on() {
    let mut b = bundle();
    b.catalogue.offers[0].contacts.clear();
    b.catalogue.offers[0].see_also.clear();
    assert_problem(
        &b,
        ProblemKind::NoWayOn,
        "offer 'autismecenter-randers'",
        "contacts",
    );
    // A news article about it is not a way in either.
    let mut b = bundle();
    let jobrus = offer_mut(&mut b, "jobrus");
    assert!(
        jobrus
            .contacts
            .iter()
            .all(|c| c.kind == ContactKind::Article)
    );
    jobrus.see_also.clear();
    assert_problem(&b, ProblemKind::NoWayOn, "offer 'jobrus'", "contacts");
}

#[test]
fn hours_that_say_nothing() {
    let mut b = bundle();
    crisis_line(&mut b, "livslinien").contacts[0]
        .hours
        .as_mut()
        .unwrap()
        .weekly
        .clear();
    assert_problem(
        &b,
        ProblemKind::BadHours,
        "crisis line 'livslinien'",
        "contacts[0].hours",
    );
}

#[test]
fn hours_with_a_span_on_no_day_or_of_no_length() {
    let break_first_span = |broken: fn(&mut Span)| {
        let mut b = bundle();
        let hours = crisis_line(&mut b, "livslinien").contacts[0]
            .hours
            .as_mut()
            .unwrap();
        broken(&mut hours.weekly[0]);
        b
    };
    let no_day = break_first_span(|span| span.days.clear());
    let no_length = break_first_span(|span| span.to = span.from);
    for b in [no_day, no_length] {
        assert_problem(
            &b,
            ProblemKind::BadHours,
            "crisis line 'livslinien'",
            "contacts[0].hours.weekly[0]",
        );
    }
}

#[test]
fn holiday_hours_on_a_line_that_never_closes() {
    let mut b = bundle();
    crisis_line(&mut b, "alarm-112").contacts[0]
        .hours
        .as_mut()
        .unwrap()
        .holidays = HolidayHours::Closed;
    assert_problem(
        &b,
        ProblemKind::BadHours,
        "crisis line 'alarm-112'",
        "contacts[0].hours.holidays",
    );
}

#[test]
fn danger_question_not_first() {
    let mut b = bundle();
    b.questions.questions.swap(0, 1);
    assert_problem(&b, ProblemKind::BadQuestions, "questions", "questions[0]");
}

#[test]
fn capital_the_app_cannot_lowercase() {
    let mut b = bundle();
    b.catalogue.offers[0]
        .name
        .0
        .insert("en", "Łódź Autism Centre".into());
    let topics = b
        .questions
        .questions
        .iter_mut()
        .find(|q| q.id == "emner")
        .unwrap();
    topics.options[0].label.me.0.insert("da", "Ωmega".into());
    assert_problem(
        &b,
        ProblemKind::UnsupportedCapital,
        "offer 'autismecenter-randers'",
        "name",
    );
    assert_problem(
        &b,
        ProblemKind::UnsupportedCapital,
        "question 'emner'",
        "options.autism",
    );
    // Danish and other Latin-1 capitals are fine: the shipped data has Æ, Ø and Å.
    assert!(
        validate(&bundle())
            .iter()
            .all(|p| p.kind != ProblemKind::UnsupportedCapital)
    );
}

#[test]
fn defining_topic_the_offer_is_not_about() {
    let mut b = bundle();
    offer_mut(&mut b, "jobrus").only_if_about = vec!["autism".into()];
    assert_problem(
        &b,
        ProblemKind::UnresolvedReference,
        "jobrus",
        "only_if_about",
    );
}

#[test]
fn date_texts_that_cannot_write_a_date() {
    let mut b = bundle();
    let months = b.texts.texts.get_mut("month_names").unwrap();
    *months.0.get_mut("en").unwrap() = "January February".into();
    let pattern = b.texts.texts.get_mut("date_pattern").unwrap();
    *pattern.0.get_mut("da").unwrap() = "{day}. {month}".into();
    assert_problem(&b, ProblemKind::BadDateText, "month_names", "en");
    assert_problem(&b, ProblemKind::BadDateText, "date_pattern", "da");
}

#[test]
fn a_translation_with_other_placeholders() {
    let mut b = bundle();
    let too_young = b.texts.texts.get_mut("excluded_too_young").unwrap();
    *too_young.0.get_mut("en").unwrap() = "Only for people aged {minimum} or over.".into();
    assert_problem(
        &b,
        ProblemKind::MismatchedPlaceholders,
        "excluded_too_young",
        "text",
    );
    // A placeholder left out is as wrong as a misspelt one; the Danish text itself is the reference.
    let mut b = bundle();
    let age = b.texts.texts.get_mut("reason_age_other").unwrap();
    *age.0.get_mut("en").unwrap() = "the person is an adult".into();
    let problems = validate(&b);
    assert!(
        problems
            .iter()
            .any(|p| p.kind == ProblemKind::MismatchedPlaceholders
                && p.detail == "the 'en' text has the placeholders [], the 'da' text [age]")
    );
}

#[test]
fn a_singular_form_that_would_never_be_shown() {
    // Of a text that counts nothing: "Hjælpeguiden" has no {n}, so no count could pick the singular form.
    let mut b = bundle();
    let start = b.texts.texts.get("start_title").unwrap().clone();
    b.texts.texts.insert("start_title_singular", start.clone());
    assert_problem(
        &b,
        ProblemKind::UnresolvedReference,
        "text 'start_title_singular'",
        "key",
    );
    // Of a text that does not exist, as after renaming the text but not its singular form.
    let mut b = bundle();
    b.texts.texts.insert("offers_picked_sum_singular", start);
    assert_problem(
        &b,
        ProblemKind::UnresolvedReference,
        "text 'offers_picked_sum_singular'",
        "key",
    );
}

#[test]
fn a_sentence_too_long_to_read_easily() {
    let mut b = bundle();
    // 26 words in one sentence; the same words split in two pass.
    let long = "Denne sætning er skrevet for at vise, at en redaktør kan komme til at skrive alt for mange ord i træk, uden at sætte et punktum";
    let set_summary = |b: &mut Bundle, summary: String| {
        *offer_mut(b, "perron-4").summary.0.get_mut("da").unwrap() = summary;
    };
    set_summary(&mut b, format!("{long}."));
    let problems = validate(&b);
    assert!(
        problems.iter().any(|p| p.kind == ProblemKind::LongSentence
            && p.place == "offer 'perron-4'"
            && p.field == "summary"
            && p.detail.contains("'da' text has a sentence of 26 words")),
        "{problems:#?}"
    );
    // The longest sentence allowed passes; one word more does not.
    let words = |count: usize| format!("{}.", vec!["ord"; count].join(" "));
    for (count, long_sentence) in [(MAX_SENTENCE_WORDS, false), (MAX_SENTENCE_WORDS + 1, true)] {
        set_summary(&mut b, words(count));
        assert_eq!(
            kinds(&b).contains(&ProblemKind::LongSentence),
            long_sentence,
            "{count}"
        );
    }
    let split = long.replacen(", at en", ". En", 1);
    set_summary(&mut b, format!("{split}."));
    assert!(validate(&b).is_empty(), "{:#?}", validate(&b));
    // UI texts and question hints are held to the same rule, in every language.
    let mut b = bundle();
    let hint = b.texts.texts.get_mut("start_lead").unwrap();
    *hint.0.get_mut("en").unwrap() = format!("{long} and more.");
    assert_problem(&b, ProblemKind::LongSentence, "text 'start_lead'", "text");
    // A topic's search words are a list that is never shown: any length, but every language.
    let mut b = bundle();
    let set_words = |b: &mut Bundle, lang: &str, words: String| {
        *topics_question(b).options[0]
            .search_words
            .as_mut()
            .unwrap()
            .0
            .get_mut(lang)
            .unwrap() = words;
    };
    set_words(&mut b, "da", vec!["ord"; 40].join(", "));
    assert!(validate(&b).is_empty(), "{:#?}", validate(&b));
    set_words(&mut b, "en", String::new());
    assert_problem(
        &b,
        ProblemKind::MissingTranslation,
        "question 'emner'",
        "options.autism.search_words",
    );
}

#[test]
fn crisis_lines_for_a_search_that_are_unknown_or_on_a_calm_option() {
    let mut b = bundle();
    for option in &mut topics_question(&mut b).options {
        match option.value.as_str() {
            // The self-harm option names a line that does not exist.
            "self-harm" => option.crisis_lines = vec!["livslinjen".into()],
            // A calm option shows no line for a search: no search is acute by it.
            "autism" => option.crisis_lines = vec!["livslinien".into()],
            _ => {}
        }
    }
    assert_problem(
        &b,
        ProblemKind::UnresolvedReference,
        "question 'emner'",
        "options.self-harm.crisis_lines",
    );
    assert_problem(
        &b,
        ProblemKind::BadQuestions,
        "question 'emner'",
        "options.autism.crisis_lines",
    );
}

#[test]
fn a_lines_calm_search_word_that_is_acute() {
    // "selvmord" is an acute option's search word: a search with it shows the crisis prompt and the editors'
    // lines for it, never this line after the offers.
    let mut b = bundle();
    let line = crisis_line(&mut b, "headspace-familie");
    let words = line.calm_search_words.as_mut().unwrap();
    words.0.insert("da", "anonym, selvmord".to_owned());
    let problems = validate(&b);
    let named: Vec<&str> = problems
        .iter()
        .filter(|p| p.field == "calm_search_words")
        .map(|p| p.detail.as_str())
        .collect();
    assert_eq!(
        named,
        [
            "'selvmord' is an acute option's search word, so a search with it shows the crisis prompt, not the \
             line after the offers: put it in search_words"
        ],
        "{problems:#?}"
    );
    assert!(
        problems
            .iter()
            .all(|p| p.field != "calm_search_words" || p.kind == ProblemKind::UnresolvedReference)
    );
    // A language left out is named, as for any text.
    crisis_line(&mut b, "headspace-familie")
        .calm_search_words
        .as_mut()
        .unwrap()
        .0
        .remove("en");
    assert_problem(
        &b,
        ProblemKind::MissingTranslation,
        "crisis line 'headspace-familie'",
        "calm_search_words",
    );
}

#[test]
fn a_lines_search_word_that_no_acute_option_has() {
    // "overfaldet" is no search word of an acute option: a search for it might be calm, and then show no line at
    // all. The words of the shipped line are the danger option's, however folded ("voldtaegt" is "voldtægt").
    let mut b = bundle();
    let line = crisis_line(&mut b, "center-for-voldtaegtsofre");
    let words = line.search_words.as_mut().unwrap();
    words.0.insert("da", "voldtaegt, overfaldet".to_owned());
    let problems = validate(&b);
    let named: Vec<&str> = problems
        .iter()
        .filter(|p| p.kind == ProblemKind::UnresolvedReference && p.field == "search_words")
        .map(|p| p.detail.as_str())
        .collect();
    assert_eq!(
        named,
        ["'overfaldet' is no acute option's search word, so no search shows the line"],
        "{problems:#?}"
    );
    // Words in no language at all show the line for nothing.
    crisis_line(&mut b, "center-for-voldtaegtsofre").search_words = Some(Default::default());
    assert_problem(
        &b,
        ProblemKind::EmptyText,
        "crisis line 'center-for-voldtaegtsofre'",
        "search_words",
    );
}

#[test]
fn a_line_suggestion_with_no_criterion_an_unknown_topic_or_an_impossible_age() {
    let mut b = bundle();
    crisis_line(&mut b, "sind-raadgivning").suggest_when = Some(LineSuggestion::default());
    assert_problem(
        &b,
        ProblemKind::EmptyText,
        "crisis line 'sind-raadgivning'",
        "suggest_when",
    );
    crisis_line(&mut b, "boernetelefonen").suggest_when = Some(LineSuggestion {
        age: AgeRange {
            min: Some(18),
            max: Some(12),
        },
        topics: vec!["teenagers".into()],
        ..LineSuggestion::default()
    });
    assert_problem(
        &b,
        ProblemKind::BadAgeRange,
        "crisis line 'boernetelefonen'",
        "suggest_when.age",
    );
    assert_problem(
        &b,
        ProblemKind::UnresolvedReference,
        "crisis line 'boernetelefonen'",
        "suggest_when.topics",
    );
}

#[test]
fn a_line_suggestion_with_any_one_criterion_is_not_empty() {
    assert!(LineSuggestion::default().is_empty());
    let only_who = LineSuggestion {
        who: vec![Who::Relative],
        ..LineSuggestion::default()
    };
    let only_age = LineSuggestion {
        age: AgeRange {
            min: None,
            max: Some(17),
        },
        ..LineSuggestion::default()
    };
    let only_topics = LineSuggestion {
        topics: vec!["teenagers".into()],
        ..LineSuggestion::default()
    };
    for suggestion in [only_who, only_age, only_topics] {
        assert!(!suggestion.is_empty(), "{suggestion:?}");
    }
}

#[test]
fn a_sourced_note_without_a_known_source_or_a_translation() {
    // A note on the place, the legal basis and the unit: each is a sourced text, checked alike.
    for (id, field) in [
        ("psykiatriens-hus", "place"),
        ("mestringsvejledning", "legal_basis"),
        ("soeskendegrupper", "part_of"),
    ] {
        let mut b = bundle();
        let offer = offer_mut(&mut b, id);
        let note = match field {
            "place" => offer.place.as_mut(),
            "legal_basis" => offer.legal_basis.as_mut(),
            _ => offer.part_of.as_mut(),
        };
        let note = note.unwrap();
        note.source = "rumour".into();
        note.text.0.remove("en");
        let place = format!("offer '{id}'");
        assert_problem(
            &b,
            ProblemKind::UnresolvedReference,
            &place,
            &format!("{field}.source"),
        );
        assert_problem(
            &b,
            ProblemKind::MissingTranslation,
            &place,
            &format!("{field}.text"),
        );
    }
}

#[test]
fn every_problem_is_reported_not_just_the_first() {
    let mut b = bundle();
    b.catalogue.offers[0].age = AgeRange {
        min: Some(30),
        max: Some(16),
    };
    b.catalogue.offers[1].summary.0.remove("en");
    b.catalogue.offers[2].id = "BAD ID".into();
    assert!(validate(&b).len() >= 3);
}

#[test]
fn structural_errors_name_the_file_and_position() {
    let error =
        Bundle::parse("{\"sources\": {}, \"offers\": [{\"id\": 1}]}", "{}", "{}").unwrap_err();
    assert!(error.starts_with("catalogue.json:"), "{error}");
    assert!(error.contains("line"), "{error}");
}
