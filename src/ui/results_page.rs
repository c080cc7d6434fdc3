//! `/resultater`: offers that fit, best first, each saying why; then the ones that nearly fit, and why not.

use super::clock;
use super::crisis_prompt::CrisisPrompt;
use super::explain::other_groups_text;
use super::i18n::{Msg, tr};
use super::offer_card::OfferCard;
use super::page_heading::PageHeading;
use super::print_button::PrintButton;
use super::share_choice::ShareChoice;
use super::share_list::ShareList;
use super::start_again::StartAgain;
use super::state::use_app;
use super::suggested_lines::SuggestedLines;
use crate::domain::crisis::suggested_lines;
use crate::domain::flow;
use crate::domain::questions::QuestionKind;
use crate::domain::ranking::rank;
use crate::domain::route::Route;
use crate::domain::shortlist;
use leptos::prelude::*;

/// The results page.
#[component]
pub fn ResultsPage() -> impl IntoView {
    let app = use_app();
    let ranking = Memo::new(move |_| {
        let answers = app.answers.get();
        let ranking = rank(&app.bundle.catalogue, &answers, clock::now().date);
        let matches: Vec<_> = ranking
            .matches
            .into_iter()
            .map(|m| (m.offer, m.reasons, m.moved_down))
            .collect();
        let near: Vec<_> = ranking
            .near_misses
            .into_iter()
            .map(|n| (n.offer, n.exclusions))
            .collect();
        (matches, near, ranking.other_groups)
    });
    let shown: Signal<Vec<_>> =
        Signal::derive(move || ranking.with(|r| r.0.iter().map(|(offer, ..)| *offer).collect()));
    let left_out = app.results_left_out;
    let passed_on =
        Signal::derive(move || left_out.with(|out| shown.with(|all| shortlist::without(all, out))));
    let lines = move || {
        app.answers
            .with(|answers| suggested_lines(&app.bundle.catalogue.crisis_lines, answers))
    };
    let suggested: Signal<Vec<_>> =
        Signal::derive(move || lines().into_iter().map(|(line, _)| line).collect());
    let lines_left_out = app.lines_left_out;
    let lines_passed_on = Signal::derive(move || {
        lines_left_out.with(|out| suggested.with(|all| shortlist::without(all, out)))
    });
    // Reached before the questions are done (an address typed or kept, a new tab, answers deleted): there is
    // nothing to base suggestions on, and calling every offer a fit would be untrue. Say so, and lead on.
    let unanswered = move || {
        app.answers.with(|answers| {
            flow::first_unanswered(&app.bundle.questions, answers)
                .map(|id| Route::Question(id.to_owned()).path())
        })
    };
    let unfinished = move || {
        view! {
            <PageHeading text=Signal::derive(move || app.text(Msg::ResultsUnfinishedTitle).to_owned())/>
            <p class="hg-lead">{tr(Msg::ResultsUnfinishedLead)}</p>
            <a href=move || unanswered().unwrap_or_default() class="hg-button">{tr(Msg::ContinueQuestions)}</a>
            <p>{tr(Msg::ResultsUnfinishedBrowse)}" "<a href=Route::Offers.path()>{tr(Msg::AllOffersLink)}</a></p>
            <CrisisPrompt/>
        }
    };
    view! {
        <Show when=move || unanswered().is_none() fallback=unfinished>
        <PageHeading text=Signal::derive(move || app.text(Msg::ResultsTitle).to_owned())/>
        <p class="hg-lead">
            {move || app.count_text(Msg::ResultsCount, ranking.with(|r| r.0.len()), &[])}
        </p>
        // Without topics nothing tells most offers apart: say why the list is long and how to make it shorter.
        {move || app.answers.with(|a| a.is_dont_know(QuestionKind::Topics)).then(|| view! { <p>{tr(Msg::ResultsNoTopics)}</p> })}
        // Nothing specific fits, but offers for particular groups are about the same: say which answer finds them.
        {move || ranking.with(|r| (!r.2.is_empty()).then(|| other_groups_text(&app, &r.2))).map(|text| view! { <p>{text}</p> })}
        <p class="hg-results-page__tools">
            <a href=Route::CheckAnswers.path()>{tr(Msg::ChangeAnswers)}</a>
            <PrintButton/>
        </p>
        <CrisisPrompt/>
        <ol class="hg-results-page__list">
            {move || ranking.get().0.into_iter().map(|(offer, reasons, moved_down)| view! {
                <li class="hg-results-page__item"><OfferCard offer=offer reasons=reasons moved_down=moved_down/></li>
            }).collect_view()}
        </ol>
        {move || {
            let lines = lines();
            (!lines.is_empty()).then(|| view! { <SuggestedLines lines=lines lead=Msg::LinesLead/> })
        }}
        {move || ranking.with(|r| !r.0.is_empty()).then(|| view! {
            <ShareList offers=passed_on lines=lines_passed_on lead=Msg::ShareLead>
                <ShareChoice results=shown left_out=left_out lines=suggested lines_left_out=lines_left_out/>
            </ShareList>
        })}
        {move || {
            let near = ranking.get().1;
            (!near.is_empty()).then(|| view! {
                <h2 class="hg-results-page__near-title">{tr(Msg::NearMissTitle)}</h2>
                <p>{tr(Msg::NearMissLead)}</p>
                <ul class="hg-results-page__list">
                    {near.into_iter().map(|(offer, exclusions)| view! {
                        <li class="hg-results-page__item"><OfferCard offer=offer exclusions=exclusions in_section=true/></li>
                    }).collect_view()}
                </ul>
            })
        }}
        // Done with one person: the next one at this screen starts with nothing of theirs.
        <StartAgain/>
        </Show>
    }
}
