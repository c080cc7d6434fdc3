//! The crisis lines' logic on the shipped lines: open or closed at injected moments, and which lines the results
//! suggest for which answers.

use hjaelpeguiden::domain::answers::{Age, Answers};
use hjaelpeguiden::domain::bundle::Bundle;
use hjaelpeguiden::domain::catalogue::{AgeRange, LineSuggestion};
use hjaelpeguiden::domain::crisis::{named_lines, statuses, suggested_lines};
use hjaelpeguiden::domain::hours::{OpenStatus, Upcoming, copenhagen};
use hjaelpeguiden::domain::questions::Who;
use hjaelpeguiden::domain::ranking::Reason;

/// Unix milliseconds of a UTC date-time, via the same civil-date arithmetic the tests trust elsewhere.
fn utc_ms(text: &str) -> i64 {
    // "2026-11-24T10:00" -> parts
    let (date, time) = text.split_once('T').unwrap();
    let d: Vec<i64> = date.split('-').map(|p| p.parse().unwrap()).collect();
    let t: Vec<i64> = time.split(':').map(|p| p.parse().unwrap()).collect();
    let (y, m, day) = (d[0], d[1], d[2]);
    let y2 = if m <= 2 { y - 1 } else { y };
    let era = y2.div_euclid(400);
    let yoe = y2 - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day - 1;
    let days = era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468;
    ((days * 24 + t[0]) * 60 + t[1]) * 60_000
}

fn status_of(b: &Bundle, id: &str, at: &str) -> (Option<OpenStatus>, Option<String>) {
    let lines = &b.catalogue.crisis_lines;
    let all = statuses(lines, copenhagen(utc_ms(at)));
    let i = lines.iter().position(|l| l.id == id).unwrap();
    (
        all[i].status,
        all[i].open_alternative.map(|j| lines[j].id.clone()),
    )
}

/// True when the line is known to be open at `at` (UTC).
fn open_at(b: &Bundle, id: &str, at: &str) -> bool {
    status_of(b, id, at).0.is_some_and(OpenStatus::is_open)
}

#[test]
fn where_to_turn_instead_is_the_first_open_alternative_while_a_line_is_closed() {
    let b = Bundle::parse_embedded().unwrap();
    let lines = &b.catalogue.crisis_lines;
    let instead_of = |id: &str, at: &str| {
        let all = statuses(lines, copenhagen(utc_ms(at)));
        let i = lines.iter().position(|l| l.id == id).unwrap();
        all[i]
            .try_instead(lines)
            .map(|instead| (instead.line.id.as_str(), instead.maybe_closed))
    };
    let instead = |at: &str| instead_of("livslinien", at);
    // Tuesday 06:00 in Copenhagen: Livslinien (11–04) is closed and Lægevagten (16–08 on weekdays) open.
    assert_eq!(instead("2026-11-24T05:00"), Some(("laegevagten", false)));
    // Tuesday 09:00: both closed, so the editors' last alternative, 112.
    assert_eq!(instead("2026-11-24T08:00"), Some(("alarm-112", false)));
    // Tuesday 13:00: Livslinien is open, so nothing instead.
    assert_eq!(instead("2026-11-24T12:00"), None);
    // A line without sourced hours is never said to be closed.
    assert_eq!(instead_of("sind-raadgivning", "2026-11-24T05:00"), None);
    // Under a search's crisis prompt, which shows 112 first, the line to try instead is never 112 again.
    let livslinien = lines.iter().find(|l| l.id == "livslinien").unwrap();
    let named = |at: &str| {
        named_lines(
            lines,
            &[livslinien],
            &statuses(lines, copenhagen(utc_ms(at))),
        )
        .into_iter()
        .map(|(line, instead)| (line.id.as_str(), instead.map(|i| i.line.id.as_str())))
        .collect::<Vec<_>>()
    };
    assert_eq!(
        named("2026-11-24T05:00"),
        [("livslinien", Some("laegevagten"))]
    );
    assert_eq!(named("2026-11-24T08:00"), [("livslinien", None)]);
    assert_eq!(named("2026-11-24T12:00"), [("livslinien", None)]);
}

#[test]
fn livslinien_is_closed_in_the_early_morning_and_points_to_its_first_open_alternative() {
    let b = Bundle::parse_embedded().unwrap();
    // Tuesday 24 Nov 2026, 05:00 UTC = 06:00 in Copenhagen: Livslinien (11–04) is closed.
    let (status, alternative) = status_of(&b, "livslinien", "2026-11-24T05:00");
    assert!(matches!(
        status,
        Some(OpenStatus::ClosedUntil {
            opens: Upcoming { days_ahead: 0, .. },
            ..
        })
    ));
    // Lægevagten, the editors' first choice, still has its night service until 08:00.
    assert_eq!(alternative.as_deref(), Some("laegevagten"));
    // 09:00 local: both are closed, and Livslinien's second choice is 112 (its own text names acute suicidality).
    assert_eq!(
        status_of(&b, "livslinien", "2026-11-24T08:00").1.as_deref(),
        Some("alarm-112")
    );
    // 10:30 UTC = 11:30 local: open.
    assert!(open_at(&b, "livslinien", "2026-11-24T10:30"));
}

#[test]
fn laegevagten_is_closed_on_weekday_daytime_and_open_at_night_and_weekends() {
    let b = Bundle::parse_embedded().unwrap();
    assert!(!open_at(&b, "laegevagten", "2026-11-24T10:00"));
    assert!(open_at(&b, "laegevagten", "2026-11-24T22:00"));
    assert!(open_at(&b, "laegevagten", "2026-11-28T12:00"));
    // Monday 07:30 local in summer (05:30 UTC): still the weekend night service.
    assert!(open_at(&b, "laegevagten", "2026-06-15T05:30"));
}

#[test]
fn lines_without_sourced_hours_show_no_status_and_112_is_always_open() {
    let b = Bundle::parse_embedded().unwrap();
    assert_eq!(
        status_of(&b, "sind-raadgivning", "2026-11-24T10:00").0,
        None
    );
    assert_eq!(
        status_of(&b, "alarm-112", "2026-11-24T03:00").0,
        Some(OpenStatus::AlwaysOpen)
    );
}

#[test]
fn on_public_holidays_laegevagten_is_open_all_day_and_an_unstated_line_points_elsewhere() {
    let b = Bundle::parse_embedded().unwrap();
    // Easter Monday 2027 (29 March), 10:00 local = 09:00 UTC: on an ordinary Monday the doctor would be closed.
    let (status, alternative) = status_of(&b, "laegevagten", "2027-03-29T09:00");
    assert!(status.unwrap().is_open());
    assert_eq!(alternative, None);
    // Christmas Day 2026 is a Friday; at noon the out-of-hours doctor is open.
    assert!(open_at(&b, "laegevagten", "2026-12-25T11:00"));
    // Livslinien's source says "every day": a holiday keeps its hours.
    assert!(open_at(&b, "livslinien", "2026-12-25T11:00"));
    // headspace's source says nothing about holidays: on Ascension Day 2026 (Thursday 14 May, 19:00 local) it does
    // not claim to be open, and points to a line that is.
    let (status, alternative) = status_of(&b, "headspace-familie", "2026-05-14T17:00");
    assert_eq!(status, Some(OpenStatus::HolidayNotStated));
    assert_eq!(alternative.as_deref(), Some("laegevagten"));
}

/// Only the editors' alternatives are offered, never the next open line in the list: a worried parent whose advice
/// line is closed on a weekday morning is not pointed to 112 or to the children's line.
#[test]
fn a_closed_line_with_no_open_alternative_points_nowhere() {
    let b = Bundle::parse_embedded().unwrap();
    // Tuesday 24 Nov 2026, 08:30 local: headspace opens at 09:00, Lægevagten closed at 08:00.
    let (status, alternative) = status_of(&b, "headspace-familie", "2026-11-24T07:30");
    assert!(matches!(
        status,
        Some(OpenStatus::ClosedUntil {
            opens: Upcoming { days_ahead: 0, .. },
            ..
        })
    ));
    assert!(open_at(&b, "alarm-112", "2026-11-24T07:30"));
    assert!(open_at(&b, "boernetelefonen", "2026-11-24T07:30"));
    assert_eq!(alternative, None);
}

fn answers(who: Who, age: Option<Age>, topics: &[&str]) -> Answers {
    Answers {
        who: Some(who),
        age,
        topics: Some(topics.iter().map(|t| t.to_string()).collect()),
        ..Answers::default()
    }
}

/// The ids and reasons of the lines the results suggest.
fn suggested(b: &Bundle, answers: &Answers) -> Vec<(String, Vec<Reason>)> {
    suggested_lines(&b.catalogue.crisis_lines, answers)
        .into_iter()
        .map(|(line, reasons)| (line.id.clone(), reasons))
        .collect()
}

#[test]
fn a_young_person_and_a_professional_helping_one_are_offered_the_childrens_line() {
    let b = Bundle::parse_embedded().unwrap();
    let lonely = |who, age| answers(who, age, &["loneliness"]);
    // The 15-year-old who wants someone to talk to: no municipal offer is made for them, the line is open all day.
    assert_eq!(
        suggested(&b, &lonely(Who::Me, Some(Age::Years(15)))),
        vec![("boernetelefonen".into(), vec![Reason::AgeFits(15)])]
    );
    assert_eq!(
        suggested(&b, &lonely(Who::Professional, Some(Age::Years(17))))[0].0,
        "boernetelefonen"
    );
    // Not for adults, not when the age is not known, and not to a parent, who is offered the line for relatives:
    // it is the child's own line.
    assert!(suggested(&b, &lonely(Who::Me, Some(Age::Years(18)))).is_empty());
    assert!(suggested(&b, &lonely(Who::Me, Some(Age::DontKnow))).is_empty());
    assert!(suggested(&b, &lonely(Who::Me, None)).is_empty());
    let parent = suggested(&b, &lonely(Who::Relative, Some(Age::Years(15))));
    assert_eq!(
        parent.into_iter().map(|(id, _)| id).collect::<Vec<_>>(),
        ["headspace-familie"]
    );
}

#[test]
fn a_relative_of_a_young_person_is_offered_headspace_and_mental_health_adds_sind() {
    let b = Bundle::parse_embedded().unwrap();
    let worried = |age| {
        answers(
            Who::Relative,
            Some(Age::Years(age)),
            &["mental-health", "relatives"],
        )
    };
    // In the crisis page's order, each with its reason.
    assert_eq!(
        suggested(&b, &worried(20)),
        vec![
            ("headspace-familie".into(), vec![Reason::AgeFits(20)]),
            (
                "sind-raadgivning".into(),
                vec![Reason::Topic("mental-health".into())]
            ),
        ]
    );
    // headspace is for the relatives of 12–25-year-olds.
    let ids = |a: &Answers| {
        suggested(&b, a)
            .into_iter()
            .map(|(id, _)| id)
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&worried(30)), ["sind-raadgivning"]);
    assert_eq!(ids(&worried(11)), ["sind-raadgivning"]);
    assert_eq!(
        ids(&answers(
            Who::Relative,
            Some(Age::Years(25)),
            &["substances"]
        )),
        ["headspace-familie"]
    );
    // A professional can pass SIND's number on to the citizen they help, as they can the children's line.
    let worker = answers(Who::Professional, Some(Age::Years(40)), &["mental-health"]);
    assert_eq!(ids(&worker), ["sind-raadgivning"]);
    // A homeless adult is offered no line: the offers are the help, and /akut is a tap away.
    assert!(suggested(&b, &answers(Who::Me, Some(Age::Years(40)), &["housing"])).is_empty());
}

/// Replaces the shipped line's suggestion.
fn suggest_when(b: &mut Bundle, id: &str, when: LineSuggestion) {
    let lines = &mut b.catalogue.crisis_lines;
    lines.iter_mut().find(|l| l.id == id).unwrap().suggest_when = Some(when);
}

#[test]
fn every_criterion_given_must_hold_and_an_empty_suggestion_suggests_nothing() {
    let mut b = Bundle::parse_embedded().unwrap();
    suggest_when(
        &mut b,
        "sind-raadgivning",
        LineSuggestion {
            who: vec![Who::Me],
            age: AgeRange {
                min: Some(30),
                max: None,
            },
            topics: vec!["mental-health".into(), "loneliness".into()],
        },
    );
    let fits = answers(
        Who::Me,
        Some(Age::Years(30)),
        &["loneliness", "housing", "mental-health"],
    );
    // The shared topics in the order chosen, then the age.
    assert_eq!(
        suggested(&b, &fits),
        vec![(
            "sind-raadgivning".into(),
            vec![
                Reason::Topic("loneliness".into()),
                Reason::Topic("mental-health".into()),
                Reason::AgeFits(30)
            ]
        )]
    );
    assert!(
        suggested(
            &b,
            &answers(Who::Relative, Some(Age::Years(30)), &["loneliness"])
        )
        .is_empty()
    );
    assert!(suggested(&b, &answers(Who::Me, Some(Age::Years(29)), &["loneliness"])).is_empty());
    assert!(suggested(&b, &answers(Who::Me, Some(Age::Years(30)), &["housing"])).is_empty());
    // "Ved ikke" to the topics names none, so a line for a topic is not suggested.
    assert!(suggested(&b, &answers(Who::Me, Some(Age::Years(30)), &[])).is_empty());
    // Validation refuses a suggestion with no criterion; should one slip through, it suggests nothing.
    suggest_when(&mut b, "sind-raadgivning", LineSuggestion::default());
    assert!(suggested(&b, &fits).is_empty());
}
