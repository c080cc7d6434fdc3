//! Where the guide goes next. A pure function of the questions and the answers so far.

use super::answers::Answers;
use super::questions::Questions;

/// Where the guide goes next: after a question, or when picking the questions up again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// Ask this question (by id).
    Question(String),
    /// Show "Tjek dine svar".
    CheckAnswers,
    /// Someone may be in danger: show crisis help before anything else.
    Crisis,
}

/// The step after answering `current`. Acute risk wins over everything; otherwise the next question in order,
/// and after the last one, the check-answers page. When `returning_to_check` (the person came from a change link
/// on the check-answers page), the guide goes straight back there.
pub fn next_step(
    questions: &Questions,
    current: &str,
    answers: &Answers,
    returning_to_check: bool,
) -> Step {
    if answers.signals_acute_risk(questions) {
        return Step::Crisis;
    }
    if returning_to_check {
        return Step::CheckAnswers;
    }
    let after = questions.position(current).map_or(0, |i| i + 1);
    questions
        .questions
        .get(after)
        .map_or(Step::CheckAnswers, |q| Step::Question(q.id.clone()))
}

/// The question before `step`: before a question, the one asked before it; before "Tjek dine svar", the last
/// one. `None` on the first question and on crisis help (a back link then goes to the start page).
pub fn previous<'a>(questions: &'a Questions, step: &Step) -> Option<&'a str> {
    let index = match step {
        Step::Question(id) => questions.position(id)?.checked_sub(1)?,
        Step::CheckAnswers => questions.questions.len().checked_sub(1)?,
        Step::Crisis => return None,
    };
    questions
        .questions
        .get(index)
        .map(|question| question.id.as_str())
}

/// "Spørgsmål n af total" for a question, 1-based.
pub fn progress(questions: &Questions, current: &str) -> Option<(usize, usize)> {
    questions
        .position(current)
        .map(|i| (i + 1, questions.questions.len()))
}

/// The first question in order, where the guide starts.
pub fn first(questions: &Questions) -> Option<&str> {
    questions.questions.first().map(|q| q.id.as_str())
}

/// The first question in order that has no answer yet, or `None` when every question is answered: then, and only
/// then, there is something to base suggestions on.
pub fn first_unanswered<'a>(questions: &'a Questions, answers: &Answers) -> Option<&'a str> {
    questions
        .questions
        .iter()
        .find(|q| !answers.is_answered(q.kind))
        .map(|q| q.id.as_str())
}

/// Where to pick up the questions: the first unanswered question, or "Tjek dine svar" when all are answered.
pub fn resume(questions: &Questions, answers: &Answers) -> Step {
    first_unanswered(questions, answers)
        .map_or(Step::CheckAnswers, |id| Step::Question(id.to_owned()))
}
