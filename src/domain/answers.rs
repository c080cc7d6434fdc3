//! A person's answers: typed, validated on entry, and encoded for sessionStorage.
//!
//! Answers are health data. They live in memory and, so a reload does not lose them, in sessionStorage, which
//! the browser clears when the tab closes. They never go into a URL. Anything read back from storage is
//! untrusted: [`decode`] returns a typed error for every malformed input and never panics.

use super::questions::{Question, QuestionKind, Questions, Who};
use serde::{Deserialize, Serialize};

/// The oldest age the guide accepts.
pub const MAX_AGE: u8 = 120;

/// The age of the person affected.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Age {
    /// Age in whole years.
    Years(u8),
    /// The person chose "Ved ikke".
    DontKnow,
}

/// Whether help without a referral is preferred.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum ReferralPreference {
    /// Prefer offers one can use without anyone's decision.
    NoReferral,
    /// Referral is fine.
    Either,
    /// "Ved ikke".
    DontKnow,
}

/// All answers so far. `None` means not answered; for several-choice questions `Some(vec![])` means "Ved ikke".
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Answers {
    /// Anyone in danger right now.
    pub danger: Option<bool>,
    /// Who needs help.
    pub who: Option<Who>,
    /// Age of the person affected.
    pub age: Option<Age>,
    /// Topic slugs.
    pub topics: Option<Vec<String>>,
    /// Help slugs.
    pub help: Option<Vec<String>>,
    /// Referral preference.
    pub referral: Option<ReferralPreference>,
}

/// What a question page submits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    /// The chosen option values (one for single-choice questions).
    Choices(Vec<String>),
    /// The text typed into the age field.
    AgeText(String),
    /// "Ved ikke".
    DontKnow,
}

/// Why an answer was not accepted. Each variant has a message in every language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnswerError {
    /// Nothing chosen on a single-choice question.
    ChooseOne,
    /// Nothing ticked on a several-choice question.
    ChooseAtLeastOne,
    /// The age is not a whole number.
    AgeNotANumber,
    /// The age is outside 0–120.
    AgeOutOfRange,
    /// An option that the question does not have (a tampered form).
    UnknownOption,
}

impl Answers {
    /// True when an answer given so far means someone may be in acute danger.
    pub fn signals_acute_risk(&self, questions: &Questions) -> bool {
        self.danger == Some(true)
            || self
                .topics
                .iter()
                .flatten()
                .any(|slug| questions.is_acute_topic(slug))
    }

    /// The answers without what signalled acute risk: "no" to danger, acute topics removed. Used when the person
    /// says on the crisis page that nobody is in danger now and goes on with the questions.
    pub fn without_acute_risk(&self, questions: &Questions) -> Answers {
        let mut calmer = self.clone();
        calmer.danger = Some(false);
        if let Some(topics) = calmer.topics.as_mut() {
            topics.retain(|slug| !questions.is_acute_topic(slug));
        }
        calmer
    }

    /// True when nothing has been answered yet (for example someone who arrived by a shared link).
    pub fn is_empty(&self) -> bool {
        *self == Answers::default()
    }

    /// True when the question has an answer.
    pub fn is_answered(&self, kind: QuestionKind) -> bool {
        match kind {
            QuestionKind::Danger => self.danger.is_some(),
            QuestionKind::Who => self.who.is_some(),
            QuestionKind::Age => self.age.is_some(),
            QuestionKind::Topics => self.topics.is_some(),
            QuestionKind::Help => self.help.is_some(),
            QuestionKind::Referral => self.referral.is_some(),
        }
    }

    /// The chosen option values of a choice question, for ticking the form again and for the summary.
    pub fn chosen(&self, kind: QuestionKind) -> Vec<String> {
        let one = |v: Option<&str>| v.map(str::to_owned).into_iter().collect();
        match kind {
            QuestionKind::Danger => one(self.danger.map(|d| if d { "yes" } else { "no" })),
            QuestionKind::Who => one(self.who.map(|w| match w {
                Who::Me => "me",
                Who::Relative => "relative",
                Who::Professional => "professional",
            })),
            QuestionKind::Referral => one(self.referral.and_then(|r| match r {
                ReferralPreference::NoReferral => Some("yes"),
                ReferralPreference::Either => Some("no"),
                ReferralPreference::DontKnow => None,
            })),
            QuestionKind::Topics => self.topics.clone().unwrap_or_default(),
            QuestionKind::Help => self.help.clone().unwrap_or_default(),
            QuestionKind::Age => Vec::new(),
        }
    }

    /// True when the person answered "Ved ikke" to this question.
    pub fn is_dont_know(&self, kind: QuestionKind) -> bool {
        match kind {
            QuestionKind::Age => self.age == Some(Age::DontKnow),
            QuestionKind::Topics => self.topics.as_ref().is_some_and(Vec::is_empty),
            QuestionKind::Help => self.help.as_ref().is_some_and(Vec::is_empty),
            QuestionKind::Referral => self.referral == Some(ReferralPreference::DontKnow),
            QuestionKind::Danger | QuestionKind::Who => false,
        }
    }
}

/// Checks what a question page submitted and returns the answers with it recorded.
pub fn record(
    question: &Question,
    answers: &Answers,
    input: Input,
) -> Result<Answers, AnswerError> {
    let mut next = answers.clone();
    let kind = question.kind;
    let choices = match input {
        Input::DontKnow => {
            match kind {
                QuestionKind::Age => next.age = Some(Age::DontKnow),
                QuestionKind::Topics => next.topics = Some(Vec::new()),
                QuestionKind::Help => next.help = Some(Vec::new()),
                QuestionKind::Referral => next.referral = Some(ReferralPreference::DontKnow),
                QuestionKind::Danger | QuestionKind::Who => return Err(AnswerError::ChooseOne),
            }
            return Ok(next);
        }
        Input::AgeText(text) => {
            next.age = Some(Age::Years(parse_age(&text)?));
            return Ok(next);
        }
        Input::Choices(choices) => choices,
    };
    if choices.iter().any(|c| question.option(c).is_none()) {
        return Err(AnswerError::UnknownOption);
    }
    if kind.is_multiple() {
        if choices.is_empty() {
            return Err(AnswerError::ChooseAtLeastOne);
        }
        // Keep the question's own order and drop repeats, so equal answers encode equally.
        let ordered = question
            .options
            .iter()
            .filter(|o| choices.contains(&o.value))
            .map(|o| o.value.clone());
        let ordered = Some(ordered.collect());
        if kind == QuestionKind::Topics {
            next.topics = ordered
        } else {
            next.help = ordered
        }
        return Ok(next);
    }
    let [choice] = choices.as_slice() else {
        return Err(AnswerError::ChooseOne);
    };
    match kind {
        QuestionKind::Danger => next.danger = Some(choice == "yes"),
        QuestionKind::Who => {
            next.who = Some(match choice.as_str() {
                "relative" => Who::Relative,
                "professional" => Who::Professional,
                _ => Who::Me,
            })
        }
        QuestionKind::Referral => {
            next.referral = Some(if choice == "yes" {
                ReferralPreference::NoReferral
            } else {
                ReferralPreference::Either
            })
        }
        QuestionKind::Age | QuestionKind::Topics | QuestionKind::Help => {
            return Err(AnswerError::ChooseOne);
        }
    }
    Ok(next)
}

/// Parses a typed age: digits only (spaces around are fine), 0–120.
pub fn parse_age(text: &str) -> Result<u8, AnswerError> {
    let text = text.trim();
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(AnswerError::AgeNotANumber);
    }
    text.parse::<u8>()
        .ok()
        .filter(|age| *age <= MAX_AGE)
        .ok_or(AnswerError::AgeOutOfRange)
}

/// The version written with stored answers; older or newer versions are discarded, not guessed at.
const STORAGE_VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Stored {
    v: u32,
    answers: Answers,
}

/// Why stored answers could not be read back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Not JSON of the expected shape.
    Malformed,
    /// Written by another version of the app.
    WrongVersion,
    /// Well-formed, but holds values no question offers (tampered or from an older catalogue).
    UnknownValue,
}

/// Encodes answers for sessionStorage.
pub fn encode(answers: &Answers) -> String {
    serde_json::to_string(&Stored {
        v: STORAGE_VERSION,
        answers: answers.clone(),
    })
    .unwrap_or_default()
}

/// Decodes stored answers, accepting only values the current questions offer.
pub fn decode(text: &str, questions: &Questions) -> Result<Answers, DecodeError> {
    let stored: Stored = serde_json::from_str(text).map_err(|_| DecodeError::Malformed)?;
    if stored.v != STORAGE_VERSION {
        return Err(DecodeError::WrongVersion);
    }
    let answers = stored.answers;
    let known = |kind: QuestionKind, slugs: &Option<Vec<String>>| {
        let question = questions.of_kind(kind);
        slugs
            .iter()
            .flatten()
            .all(|s| question.is_some_and(|q| q.option(s).is_some()))
    };
    let age_ok = !matches!(answers.age, Some(Age::Years(a)) if a > MAX_AGE);
    if known(QuestionKind::Topics, &answers.topics)
        && known(QuestionKind::Help, &answers.help)
        && age_ok
    {
        Ok(answers)
    } else {
        Err(DecodeError::UnknownValue)
    }
}
