//! Turns domain values (reasons, exclusions, hours, answers) into plain sentences in the current language.
//! Formatting only: every decision was made in `crate::domain`.

use super::contact_list::kind_msg;
use super::i18n::Msg;
use super::state::AppState;
use crate::domain::answers::Age;
use crate::domain::bundle::UiTexts;
use crate::domain::catalogue::{
    Access, Audience, CheckAdvice, CheckBy, Contact, ForWhomWords, check_by,
};
use crate::domain::hours::{HoursWords, OpenStatus, Upcoming, Weekday, clock_text};
use crate::domain::plain_page::PlainWords;
use crate::domain::questions::{Question, QuestionKind, Who};
use crate::domain::ranking::{Exclusion, Reason};
use crate::domain::search::FoundSentence;
use crate::domain::text::{Lang, fill, fill_with_times, in_sentence, join_clauses, label_list};
use leptos::prelude::*;

/// `calling` where one of `contacts` is a number to call, otherwise `looking`: the texts that say "ring og tjek"
/// each have a twin for offers with no number, which would leave the person with nothing to ring.
pub fn check_text(contacts: &[Contact], calling: Msg, looking: Msg) -> Msg {
    match check_by(contacts) {
        CheckBy::Calling => calling,
        CheckBy::Looking => looking,
    }
}

/// The label of an option of the question of `kind`, for the current asker.
pub fn option_label(app: &AppState, kind: QuestionKind, value: &str) -> &'static str {
    let who = app.answers.get().who;
    let option = app
        .bundle
        .questions
        .of_kind(kind)
        .and_then(|q| q.option(value));
    option.map_or("", |o| app.local(o.label.for_who(who)))
}

/// The answer to a question as shown on "Tjek dine svar": one line per chosen option, since a label may have its
/// own commas ("Psykisk sårbarhed, angst eller depression"), so a comma-separated list could not be read.
pub fn answer_lines(app: &AppState, question: &Question) -> Vec<String> {
    let answers = app.answers.get();
    if !answers.is_answered(question.kind) {
        return vec![app.text(Msg::NotAnswered).to_owned()];
    }
    if answers.is_dont_know(question.kind) {
        return vec![app.text(Msg::DontKnow).to_owned()];
    }
    if let Some(Age::Years(years)) = answers.age.filter(|_| question.kind == QuestionKind::Age) {
        return vec![app.count_text(Msg::AgeYears, usize::from(years), &[])];
    }
    answers
        .chosen(question.kind)
        .iter()
        .map(|v| option_label(app, question.kind, v).to_owned())
        .collect()
}

/// "Du skrev, at det handler om autisme, at du er 17 år, og at du søger »nogen at tale med« og »råd og
/// vejledning«." plus one sentence per other reason.
pub fn why_sentences(app: &AppState, reasons: &[Reason]) -> Vec<String> {
    let who = app.answers.get().who;
    // The labels of the options behind the topic or help reasons, as the person saw them, as they read inside a
    // sentence.
    let labels = |kind: QuestionKind| -> Vec<String> {
        let slugs = reasons.iter().filter_map(|r| match (r, kind) {
            (Reason::Topic(slug), QuestionKind::Topics)
            | (Reason::Help(slug), QuestionKind::Help) => Some(slug),
            _ => None,
        });
        slugs
            .map(|slug| in_sentence(option_label(app, kind, slug)))
            .collect()
    };
    let (topics, help) = (labels(QuestionKind::Topics), labels(QuestionKind::Help));
    let and = app.text(Msg::And);
    let list = |labels: &[String]| label_list(labels, and, app.text(Msg::Quoted));
    let mut said = Vec::new();
    if !topics.is_empty() {
        said.push(app.text_with(Msg::ReasonTopics, &[("topics", &list(&topics))]));
    }
    // Worded as the questions were: "Hvor gammel er borgeren?" is answered by "borgeren er 42 år".
    let (age_msg, help_msg, no_referral_msg) = match who {
        Some(Who::Professional) => (
            Msg::ReasonAgeProfessional,
            Msg::ReasonHelpProfessional,
            Msg::ReasonNoReferralProfessional,
        ),
        Some(Who::Relative) => (
            Msg::ReasonAgeOther,
            Msg::ReasonHelp,
            Msg::ReasonNoReferralRelative,
        ),
        Some(Who::Me) | None => (Msg::ReasonAgeMe, Msg::ReasonHelp, Msg::ReasonNoReferral),
    };
    if let Some(age) = reasons.iter().find_map(|r| match r {
        Reason::AgeFits(a) => Some(*a),
        _ => None,
    }) {
        said.push(app.text_with(age_msg, &[("age", &age.to_string())]));
    }
    if !help.is_empty() {
        said.push(app.text_with(help_msg, &[("help", &list(&help))]));
    }
    let mut sentences = Vec::new();
    if !said.is_empty() {
        let parts = join_clauses(&said, app.text(Msg::That), and);
        sentences.push(app.text_with(Msg::ReasonYouSaid, &[("parts", &parts)]));
    }
    for reason in reasons {
        let msg = match reason {
            Reason::ForRelatives { also: true } => Msg::ReasonAlsoForRelatives,
            Reason::ForRelatives { also: false } => Msg::ReasonForRelatives,
            Reason::ForProfessionals { also: true } => Msg::ReasonAlsoForProfessionals,
            Reason::ForProfessionals { also: false } => Msg::ReasonForProfessionals,
            Reason::ForTheCitizensRelatives => Msg::ReasonForTheCitizensRelatives,
            Reason::ForThePersonAffected => Msg::ReasonForThePersonAffected,
            // The preference, as it was asked: the access badge below states the fact itself.
            Reason::NoReferral(_) => no_referral_msg,
            Reason::AnyTopic => Msg::ReasonAnyTopic,
            Reason::Topic(_) | Reason::Help(_) | Reason::AgeFits(_) => continue,
        };
        sentences.push(app.text(msg).to_owned());
    }
    sentences
}

/// "Nogle tilbud … er kun for bestemte grupper: »autisme« og …": the conditions of
/// [`crate::domain::ranking::Ranking::other_groups`], labelled.
pub fn other_groups_text(app: &AppState, groups: &[&str]) -> String {
    let labels: Vec<String> = groups
        .iter()
        .map(|group| in_sentence(option_label(app, QuestionKind::Topics, group)))
        .collect();
    let list = label_list(&labels, app.text(Msg::And), app.text(Msg::Quoted));
    app.text_with(Msg::ResultsOtherGroups, &[("groups", &list)])
}

/// Why a near miss is ruled out.
pub fn exclusion_text(app: &AppState, exclusion: Exclusion) -> String {
    match exclusion {
        Exclusion::TooYoung(min) => {
            app.text_with(Msg::ExcludedTooYoung, &[("min", &min.to_string())])
        }
        Exclusion::TooOld(max) => app.text_with(Msg::ExcludedTooOld, &[("max", &max.to_string())]),
        Exclusion::OnlyForRelatives => app.text(Msg::ExcludedOnlyRelatives).to_owned(),
        Exclusion::OnlyForRelativesAndProfessionals => app
            .text(Msg::ExcludedOnlyRelativesAndProfessionals)
            .to_owned(),
        Exclusion::OnlyForProfessionals => app.text(Msg::ExcludedOnlyProfessionals).to_owned(),
    }
}

/// One sentence of what the offers page says about the offers it shows, out of `total` offers.
pub fn found_text(app: &AppState, sentence: FoundSentence<'static>, total: usize) -> String {
    let counted = |msg: Msg, count: usize| app.count_text(msg, count, &[]);
    match sentence {
        FoundSentence::AcuteNone => app.text(Msg::OffersSearchAcuteNone).to_owned(),
        FoundSentence::LinesAsked => app.text(Msg::OffersSearchLinesAsked).to_owned(),
        FoundSentence::NoneButLines => app.text(Msg::OffersSearchNoneButLines).to_owned(),
        FoundSentence::NoneFits { ticked: false } => app.text(Msg::OffersSearchNone).to_owned(),
        FoundSentence::NoneFits { ticked: true } => {
            app.text(Msg::OffersSearchNoReferralNone).to_owned()
        }
        FoundSentence::Partial { count, no_referral } => match no_referral {
            false => counted(Msg::OffersSearchPartialCount, count),
            true => counted(Msg::OffersSearchNoReferralPartialCount, count),
        },
        FoundSentence::PartialForAge { count, age } => app.count_text(
            Msg::OffersSearchPartialCountForAge,
            count,
            &[("age", &age.to_string())],
        ),
        FoundSentence::PartialForAdult { count } => {
            counted(Msg::OffersSearchPartialCountForAdult, count)
        }
        FoundSentence::SaysNothing => app.text(Msg::OffersSearchSaysNothing).to_owned(),
        FoundSentence::Fit {
            count,
            searching,
            no_referral,
        } => {
            let msg = match (searching, no_referral) {
                (true, false) => Msg::OffersSearchCount,
                (true, true) => Msg::OffersSearchNoReferralCount,
                (false, _) => Msg::OffersNoReferralCount,
            };
            app.count_text(msg, count, &[("total", &total.to_string())])
        }
        FoundSentence::Unit { count, unit } => {
            let unit = fill(app.text(Msg::Quoted), &[("text", app.local(unit))]);
            app.count_text(Msg::OffersSearchUnit, count, &[("unit", &unit)])
        }
        FoundSentence::ForThePerson { count } => counted(Msg::OffersSearchForPersonCount, count),
        FoundSentence::OtherAge { count } => counted(Msg::OffersSearchOtherAgeCount, count),
    }
}

/// The badge text for how to get in.
pub fn access_msg(access: Access) -> Msg {
    match access {
        Access::WalkIn => Msg::AccessWalkIn,
        Access::ContactFirst => Msg::AccessContactFirst,
        Access::SignUp => Msg::AccessSignUp,
        Access::GpReferral => Msg::AccessGpReferral,
        Access::MunicipalDecision => Msg::AccessMunicipalDecision,
        Access::Unknown => Msg::AccessUnknown,
    }
}

/// The words that say whom an offer is for, in the current language.
pub fn for_whom_words(app: &AppState) -> ForWhomWords<'static> {
    for_whom_words_in(&app.bundle.texts, app.lang.get())
}

/// The words that say whom an offer is for, in `lang`.
pub fn for_whom_words_in(texts: &UiTexts, lang: Lang) -> ForWhomWords<'_> {
    let text = move |msg: Msg| texts.get(msg.key(), lang);
    ForWhomWords {
        audience: Box::new(move |audience| {
            text(match audience {
                Audience::Person => Msg::AudiencePerson,
                Audience::Relative => Msg::AudienceRelative,
                Audience::Professional => Msg::AudienceProfessional,
            })
        }),
        and: text(Msg::And),
        age_between: text(Msg::AgeBetween),
        age_from: text(Msg::AgeFrom),
        age_up_to: text(Msg::AgeUpTo),
        person_age_between: text(Msg::AgeOfPersonBetween),
        person_age_from: text(Msg::AgeOfPersonFrom),
        person_age_up_to: text(Msg::AgeOfPersonUpTo),
    }
}

fn weekday_msg(day: Weekday) -> Msg {
    match day {
        Weekday::Mon => Msg::WeekdayMon,
        Weekday::Tue => Msg::WeekdayTue,
        Weekday::Wed => Msg::WeekdayWed,
        Weekday::Thu => Msg::WeekdayThu,
        Weekday::Fri => Msg::WeekdayFri,
        Weekday::Sat => Msg::WeekdaySat,
        Weekday::Sun => Msg::WeekdaySun,
    }
}

/// The texts of a sentence about opening hours, in the current language (tracked).
pub fn hours_words(app: &AppState) -> HoursWords<'static> {
    hours_words_in(&app.bundle.texts, app.lang.get())
}

/// The texts of a sentence about opening hours in `lang`.
pub fn hours_words_in(texts: &UiTexts, lang: Lang) -> HoursWords<'_> {
    let text = |msg: Msg| texts.get(msg.key(), lang);
    HoursWords {
        always: text(Msg::HoursAlways),
        every_day: text(Msg::HoursEveryDay),
        span: text(Msg::HoursSpan),
        span_all_day: text(Msg::HoursSpanAllDay),
        span_night_into: text(Msg::HoursSpanNightInto),
        holidays_all_day: text(Msg::HoursHolidaysAllDay),
        holidays_closed: text(Msg::HoursHolidaysClosed),
        and: text(Msg::And),
        weekdays: Weekday::ALL.map(|day| text(weekday_msg(day))),
    }
}

/// The text beside a fact that may be out of date.
pub fn check_msg(advice: CheckAdvice) -> Msg {
    match advice {
        CheckAdvice::CallBeforeYouGo => Msg::VerifyBeforeYouGo,
        CheckAdvice::LookBeforeYouGo => Msg::VerifyBeforeYouGoNoPhone,
        CheckAdvice::MayBeOutOfDate => Msg::VerifyMayBeOutOfDate,
    }
}

/// "Åben nu – til kl. 16.00" / "Lukket – åbner i morgen kl. 11.00" / "Helligdag i dag – … Ring og tjek."
pub fn status_text(app: &AppState, status: OpenStatus) -> String {
    match status {
        OpenStatus::AlwaysOpen | OpenStatus::OpenUntil(None) => app.text(Msg::OpenNow).to_owned(),
        OpenStatus::OpenUntil(Some(closes)) => day_and_time_text(
            app,
            closes,
            [
                Msg::OpenUntilToday,
                Msg::OpenUntilTomorrow,
                Msg::OpenUntilOn,
            ],
        ),
        OpenStatus::HolidayNotStated => app.text(Msg::HolidayNotStated).to_owned(),
        OpenStatus::ClosedUntil {
            opens,
            holiday_first,
        } => {
            let closed = day_and_time_text(
                app,
                opens,
                [
                    Msg::ClosedOpensToday,
                    Msg::ClosedOpensTomorrow,
                    Msg::ClosedOpensOn,
                ],
            );
            if holiday_first {
                format!("{closed}. {}", app.text(Msg::HolidayFirst))
            } else {
                closed
            }
        }
    }
}

/// A coming time in the text for today, tomorrow or a weekday, in that order in `texts`.
fn day_and_time_text(app: &AppState, when: Upcoming, texts: [Msg; 3]) -> String {
    let time = clock_text(when.at);
    let [today, tomorrow, on_day] = texts;
    let times = [("time", time.as_str())];
    match when.days_ahead {
        0 => fill_with_times(app.text(today), &[], &times),
        1 => fill_with_times(app.text(tomorrow), &[], &times),
        _ => fill_with_times(
            app.text(on_day),
            &[("day", app.text(weekday_msg(when.weekday)))],
            &times,
        ),
    }
}

/// The texts of the page of every offer and number in `lang` ([`crate::domain::plain_page`]), by the app's own text
/// keys, so that page says everything as the app does.
pub fn plain_words(texts: &UiTexts, lang: Lang) -> PlainWords<'_> {
    let text = move |msg: Msg| texts.get(msg.key(), lang);
    PlainWords {
        app_name: text(Msg::AppName),
        app_owner: text(Msg::AppOwner),
        title: text(Msg::PlainTitle),
        lead: text(Msg::PlainLead),
        open_app: text(Msg::PlainOpenApp),
        exit: text(Msg::ExitButton),
        skip_to_content: text(Msg::SkipToContent),
        nav_label: text(Msg::NavLabel),
        crisis_title: text(Msg::CrisisTitle),
        offers_title: text(Msg::OffersTitle),
        contents: text(Msg::PlainContents),
        freshness: Box::new(move |months| texts.counted(Msg::PlainFreshness.key(), months, lang)),
        offers_lead: Box::new(move |count| texts.counted(Msg::OffersLead.key(), count, lang)),
        free: text(Msg::CostFree),
        for_whom_title: text(Msg::ForWhomTitle),
        for_whom: for_whom_words_in(texts, lang),
        no_contact: text(Msg::NoContactAskRelated),
        related: text(Msg::RelatedTitle),
        legal_basis: text(Msg::LegalBasis),
        place: text(Msg::PlaceTitle),
        part_of: text(Msg::PartOf),
        checked_on: text(Msg::CheckedOn),
        source: text(Msg::Source),
        danish_number: text(Msg::DanishNumber),
        date_pattern: text(Msg::DatePattern),
        month_names: text(Msg::MonthNames),
        access: Box::new(move |access| text(access_msg(access))),
        contact_kind: Box::new(move |kind| text(kind_msg(kind))),
        check: Box::new(move |advice| text(check_msg(advice))),
        hours: hours_words_in(texts, lang),
    }
}
