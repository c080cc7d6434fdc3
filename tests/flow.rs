//! The question flow, table-driven.

use hjaelpeguiden::domain::answers::{Answers, Input, record};
use hjaelpeguiden::domain::bundle::Bundle;
use hjaelpeguiden::domain::flow::{Step, first_unanswered, next_step, previous, progress, resume};
use hjaelpeguiden::domain::questions::Questions;
use hjaelpeguiden::domain::route::Route;

fn bundle() -> Bundle {
    Bundle::parse_embedded().expect("the embedded data parses")
}

fn answer(b: &Bundle, answers: &Answers, question: &str, input: Input) -> Answers {
    record(b.questions.get(question).unwrap(), answers, input).expect("valid answer")
}

/// Ticks `values` on a choice question.
fn choose(b: &Bundle, answers: &Answers, question: &str, values: &[&str]) -> Answers {
    let values = values.iter().map(|v| v.to_string()).collect();
    answer(b, answers, question, Input::Choices(values))
}

#[test]
fn the_first_question_asks_about_danger_and_yes_goes_straight_to_crisis_help() {
    let b = bundle();
    assert_eq!(b.questions.questions[0].id, "fare");
    let yes = choose(&b, &Answers::default(), "fare", &["yes"]);
    assert_eq!(next_step(&b.questions, "fare", &yes, false), Step::Crisis);
    let no = choose(&b, &Answers::default(), "fare", &["no"]);
    assert_eq!(
        next_step(&b.questions, "fare", &no, false),
        Step::Question("hvem".into())
    );
}

#[test]
fn an_acute_topic_later_also_goes_to_crisis_help() {
    let b = bundle();
    let a = choose(&b, &Answers::default(), "fare", &["no"]);
    let a = choose(&b, &a, "emner", &["housing", "self-harm"]);
    assert_eq!(next_step(&b.questions, "emner", &a, false), Step::Crisis);
    assert!(b.questions.is_acute_topic("self-harm") && !b.questions.is_acute_topic("housing"));
    let calmer = a.without_acute_risk(&b.questions);
    assert_eq!(calmer.topics, Some(vec!["housing".into()]));
    assert_eq!(
        next_step(&b.questions, "emner", &calmer, false),
        Step::Question("hjaelp".into())
    );
}

#[test]
fn answers_are_empty_until_something_is_answered() {
    let b = bundle();
    assert!(Answers::default().is_empty());
    assert!(!choose(&b, &Answers::default(), "fare", &["no"]).is_empty());
}

#[test]
fn questions_run_in_order_then_to_check_answers() {
    let b = bundle();
    let table = [
        ("fare", Step::Question("hvem".into())),
        ("hvem", Step::Question("alder".into())),
        ("alder", Step::Question("emner".into())),
        ("emner", Step::Question("hjaelp".into())),
        ("hjaelp", Step::Question("henvisning".into())),
        ("henvisning", Step::CheckAnswers),
    ];
    for (current, expected) in table {
        assert_eq!(
            next_step(&b.questions, current, &Answers::default(), false),
            expected,
            "after {current}"
        );
    }
}

#[test]
fn a_change_from_check_answers_returns_there() {
    let b = bundle();
    assert_eq!(
        next_step(&b.questions, "alder", &Answers::default(), true),
        Step::CheckAnswers
    );
}

#[test]
fn back_and_progress_follow_the_order() {
    let b = bundle();
    let question = |id: &str| Step::Question(id.to_owned());
    assert_eq!(previous(&b.questions, &question("fare")), None);
    assert_eq!(previous(&b.questions, &question("alder")), Some("hvem"));
    assert_eq!(
        previous(&b.questions, &Step::CheckAnswers),
        Some("henvisning")
    );
    assert_eq!(previous(&b.questions, &Step::Crisis), None);
    // The back link goes there, or to the start page before the first question.
    assert_eq!(
        Route::back(&b.questions, &question("alder")),
        Route::Question("hvem".to_owned())
    );
    assert_eq!(Route::back(&b.questions, &question("fare")), Route::Start);
    let none = Questions::default();
    assert_eq!(previous(&none, &Step::CheckAnswers), None);
    assert_eq!(progress(&b.questions, "alder"), Some((3, 6)));
    assert_eq!(progress(&b.questions, "nope"), None);
}

#[test]
fn resume_picks_the_first_unanswered_question() {
    let b = bundle();
    let a = choose(&b, &Answers::default(), "fare", &["no"]);
    assert_eq!(resume(&b.questions, &a), Step::Question("hvem".to_owned()));
}

#[test]
fn resume_goes_to_check_answers_when_everything_is_answered() {
    let b = bundle();
    let mut a = choose(&b, &Answers::default(), "fare", &["no"]);
    a = choose(&b, &a, "hvem", &["me"]);
    // "Ved ikke" is an answer to every other question.
    for question in &b.questions.questions[2..] {
        a = answer(&b, &a, &question.id, Input::DontKnow);
    }
    assert_eq!(resume(&b.questions, &a), Step::CheckAnswers);
}

#[test]
fn first_unanswered_skips_answered_questions_and_is_none_when_all_are_answered() {
    let b = bundle();
    assert_eq!(
        first_unanswered(&b.questions, &Answers::default()),
        Some("fare")
    );
    // Answered out of order (a typed address): the gap before comes first.
    let mut a = choose(&b, &Answers::default(), "hvem", &["me"]);
    assert_eq!(first_unanswered(&b.questions, &a), Some("fare"));
    a = choose(&b, &a, "fare", &["no"]);
    assert_eq!(first_unanswered(&b.questions, &a), Some("alder"));
    for question in &b.questions.questions[2..] {
        a = answer(&b, &a, &question.id, Input::DontKnow);
    }
    assert_eq!(first_unanswered(&b.questions, &a), None);
}

#[test]
fn the_guide_starts_at_the_first_question() {
    let b = bundle();
    assert_eq!(
        Route::start(&b.questions),
        Route::Question("fare".to_owned())
    );
    let none = Questions::default();
    assert_eq!(Route::start(&none), Route::Offers);
}

#[test]
fn dont_know_is_an_answer_that_never_blocks() {
    let b = bundle();
    let a = answer(&b, &Answers::default(), "emner", Input::DontKnow);
    assert_eq!(a.topics, Some(vec![]));
    let a = answer(&b, &a, "alder", Input::DontKnow);
    assert!(a.age.is_some());
    assert!(
        record(b.questions.get("hvem").unwrap(), &a, Input::DontKnow).is_err(),
        "who needs an answer"
    );
}

#[test]
fn several_choice_answers_keep_the_question_order_and_drop_repeats() {
    let b = bundle();
    let a = choose(
        &b,
        &Answers::default(),
        "emner",
        &["housing", "autism", "housing"],
    );
    assert_eq!(a.topics, Some(vec!["autism".into(), "housing".into()]));
}

#[test]
fn a_question_is_worded_for_who_asks_and_falls_back_to_the_wording_for_the_person_themselves() {
    use hjaelpeguiden::domain::questions::Who;
    use hjaelpeguiden::domain::text::Lang;
    let b = bundle();
    let age = b.questions.get("alder").unwrap();
    let title = |who| age.title.for_who(who).get(Lang("da"));
    assert_eq!(title(None), "Hvor gammel er du?");
    assert_eq!(title(Some(Who::Me)), "Hvor gammel er du?");
    assert_eq!(
        title(Some(Who::Relative)),
        "Hvor gammel er personen, du søger hjælp til?"
    );
    assert_eq!(title(Some(Who::Professional)), "Hvor gammel er borgeren?");
    // The summary's label has one wording for everyone.
    for who in [
        None,
        Some(Who::Me),
        Some(Who::Relative),
        Some(Who::Professional),
    ] {
        assert_eq!(age.summary_label.for_who(who).get(Lang("da")), "Alder");
    }
}
