//! A person's answers: typed, validated on entry, and encoded for sessionStorage.
//!
//! Answers are health data. They live in memory and, so a reload does not lose them, in sessionStorage, which
//! the browser clears when the tab closes. They never go into a URL. Anything read back from storage is
//! untrusted: [`decode`] returns a typed error for every malformed input and never panics.

use super::questions::{Question, QuestionKind, Questions, Who};
use super::text::{LocalizedText, latin1_lowercase, typed_without_danish_letters};

/// The oldest age the guide accepts.
pub const MAX_AGE: u8 = 120;

/// The age of the person affected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Age {
    /// Age in whole years.
    Years(u8),
    /// The person chose "Ved ikke".
    DontKnow,
}

/// Whether help without a referral is preferred.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReferralPreference {
    /// Prefer offers one can use without anyone's decision.
    NoReferral,
    /// Referral is fine.
    Either,
    /// "Ved ikke".
    DontKnow,
}

/// All answers so far. `None` means not answered; for several-choice questions `Some(vec![])` means "Ved ikke".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
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
            let number = question
                .units
                .as_ref()
                .map_or(text.as_str(), |units| without_unit(&text, units));
            next.age = Some(Age::Years(parse_age(number)?));
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

/// Parses a typed age in whole years, 0–120, forgiving the ways people write one (GOV.UK: let people answer in the
/// form they think in). Spaces around are fine; a fraction is dropped, since an age in whole years is the years
/// completed ("2,5" is 2, like "17.9" is 17); digits typed on an Arabic or Persian keyboard count like 0–9.
/// Anything else (a minus sign, letters, a second comma) is not a number.
pub fn parse_age(text: &str) -> Result<u8, AnswerError> {
    let text = text.trim();
    let (years, fraction) = text
        .split_once([',', '.'])
        .map_or((text, None), |(years, fraction)| (years, Some(fraction)));
    let years = ascii_digits(years).ok_or(AnswerError::AgeNotANumber)?;
    if fraction.is_some_and(|fraction| !fraction.chars().all(|c| ascii_digit(c).is_some())) {
        return Err(AnswerError::AgeNotANumber);
    }
    years
        .parse::<u8>()
        .ok()
        .filter(|age| *age <= MAX_AGE)
        .ok_or(AnswerError::AgeOutOfRange)
}

/// `text` without one of the age question's `units` typed after the number, in any language and case, and also
/// typed without æ, ø and å ("17 aar", "17 ar"), and the spaces or hyphen before it: "17 år", "17år", "17-årig" and
/// "17 Years old" are "17". As typed otherwise.
fn without_unit<'t>(text: &'t str, units: &LocalizedText) -> &'t str {
    let text = text.trim();
    let units = units
        .0
        .values()
        .flat_map(|list| list.split(','))
        .map(|unit| {
            unit.trim()
                .chars()
                .map(latin1_lowercase)
                .collect::<String>()
        })
        .filter(|unit| !unit.is_empty());
    units
        .flat_map(|unit| typed_without_danish_letters(&unit))
        .find_map(|unit| ends_with_folded(text, &unit))
        .map_or(text, |number| number.trim_end_matches([' ', '-']))
}

/// `text` before `end` when it ends with it, letters compared in lowercase.
fn ends_with_folded<'t>(text: &'t str, end: &str) -> Option<&'t str> {
    let mut rest = text;
    for wanted in end.chars().rev() {
        let got = rest.chars().next_back()?;
        if latin1_lowercase(got) != latin1_lowercase(wanted) {
            return None;
        }
        rest = rest.strip_suffix(got)?;
    }
    Some(rest)
}

/// The digits of `text` as ASCII, or `None` when it is empty or holds anything but digits.
fn ascii_digits(text: &str) -> Option<String> {
    let digits: Option<String> = text.chars().map(ascii_digit).collect();
    digits.filter(|digits| !digits.is_empty())
}

/// A digit as ASCII 0–9. Besides 0–9 it reads the Arabic-Indic (U+0660–0669) and Extended Arabic-Indic
/// (U+06F0–06F9) digits, which Arabic and Persian phone keyboards type.
fn ascii_digit(c: char) -> Option<char> {
    let from = |zero: char| char::from_u32(c as u32 - zero as u32 + '0' as u32);
    match c {
        '0'..='9' => Some(c),
        '\u{660}'..='\u{669}' => from('\u{660}'),
        '\u{6F0}'..='\u{6F9}' => from('\u{6F0}'),
        _ => None,
    }
}

/// The version written with stored answers; other versions are discarded, not guessed at. Version 1 was JSON.
const STORAGE_VERSION: &str = "v2";

/// Why stored answers could not be read back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Not the expected shape (for example cut off, or not written by this app).
    Malformed,
    /// Written by another version of the app.
    WrongVersion,
    /// Well-formed, but holds values no question offers (tampered or from an older catalogue).
    UnknownValue,
}

/// What "Ved ikke" is stored as.
const DONT_KNOW: &str = "?";

/// Encodes answers for sessionStorage as readable lines: the version, then `question id=value` per answered
/// question, where the value is what the question's form would submit (`?` for "Ved ikke"). Readable on
/// purpose: anyone who opens the browser's storage sees exactly what the app keeps, and nothing more.
pub fn encode(answers: &Answers, questions: &Questions) -> String {
    let mut lines = vec![STORAGE_VERSION.to_owned()];
    for question in questions
        .questions
        .iter()
        .filter(|q| answers.is_answered(q.kind))
    {
        let value = match answers.age {
            _ if answers.is_dont_know(question.kind) => DONT_KNOW.to_owned(),
            Some(Age::Years(years)) if question.kind == QuestionKind::Age => years.to_string(),
            _ => answers.chosen(question.kind).join(","),
        };
        lines.push(format!("{}={value}", question.id));
    }
    lines.join("\n")
}

/// Decodes stored answers by replaying each line through [`record`], so stored answers pass exactly the checks a
/// submitted form does: only values the current questions offer, ages 0–120.
pub fn decode(text: &str, questions: &Questions) -> Result<Answers, DecodeError> {
    let mut lines = text.split('\n');
    match lines.next() {
        Some(STORAGE_VERSION) => {}
        Some(other) if is_version_line(other) => return Err(DecodeError::WrongVersion),
        _ => return Err(DecodeError::Malformed),
    }
    let mut answers = Answers::default();
    for line in lines {
        let (id, value) = line.split_once('=').ok_or(DecodeError::Malformed)?;
        let question = questions.get(id).ok_or(DecodeError::UnknownValue)?;
        let input = match value {
            DONT_KNOW => Input::DontKnow,
            _ if question.kind == QuestionKind::Age => Input::AgeText(value.to_owned()),
            _ => Input::Choices(value.split(',').map(str::to_owned).collect()),
        };
        answers = record(question, &answers, input).map_err(|_| DecodeError::UnknownValue)?;
    }
    Ok(answers)
}

/// True for a line like `v1`: the start of answers stored by some version of the app.
fn is_version_line(line: &str) -> bool {
    line.strip_prefix('v')
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}
