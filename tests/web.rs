//! Browser tests of the UI shell's semantics (wasm-bindgen-test in headless Chromium). Kept small: the
//! journeys are covered end to end by Playwright; these pin the accessibility wiring of single components.
#![cfg(target_arch = "wasm32")]

use hjaelpeguiden::domain::answers::Answers;
use hjaelpeguiden::ui::app::{App, bundle};
use hjaelpeguiden::ui::choice_fieldset::ChoiceFieldset;
use hjaelpeguiden::ui::panic_page::{BrokenDataPage, show_help_page};
use hjaelpeguiden::ui::state::AppState;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn html_lang() -> Option<String> {
    document().document_element()?.get_attribute("lang")
}

fn container() -> web_sys::HtmlElement {
    let div = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&div).unwrap();
    div.unchecked_into()
}

/// A several-choice question renders a real fieldset whose legend is the page heading, whose hint and error are
/// wired with aria-describedby, and whose first checkbox has the question id, so the error summary can link to it.
#[wasm_bindgen_test]
async fn choice_fieldset_has_fieldset_legend_and_describedby() {
    let root = container();
    let question = bundle().unwrap().questions.get("emner").unwrap();
    let selected = RwSignal::new(vec!["housing".to_owned()]);
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        provide_context(AppState::restore(bundle().unwrap()));
        view! {
            <ChoiceFieldset
                question=question
                title=Signal::derive(|| "Hvad handler det om?".to_owned())
                error=Signal::derive(|| Some("Vælg mindst ét svar".to_owned()))
                selected=selected
            />
        }
    });
    leptos::task::tick().await;
    let fieldset = root
        .query_selector("fieldset")
        .unwrap()
        .expect("a fieldset");
    assert_eq!(
        fieldset.get_attribute("aria-describedby").as_deref(),
        Some("emner-hint emner-error")
    );
    let heading = root
        .query_selector("fieldset > legend > h1")
        .unwrap()
        .expect("legend holds the h1");
    assert_eq!(
        heading.text_content().as_deref(),
        Some("Hvad handler det om?")
    );
    let first: web_sys::HtmlInputElement = root
        .query_selector("input")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(first.id(), "emner");
    assert_eq!(first.type_(), "checkbox");
    assert!(
        root.query_selector("#emner-error").unwrap().is_some(),
        "the error has its id"
    );
    let housing: web_sys::HtmlInputElement = root
        .query_selector("input[value=housing]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert!(housing.checked(), "the stored choice is ticked");
    first.click();
    leptos::task::tick().await;
    assert_eq!(
        selected.get_untracked(),
        vec!["housing".to_owned(), "autism".to_owned()]
    );
}

/// The language switch changes the texts and `<html lang>`.
#[wasm_bindgen_test]
async fn language_switch_sets_html_lang() {
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), App);
    leptos::task::tick().await;
    assert_eq!(html_lang().as_deref(), Some("da"));
    let switch: web_sys::HtmlElement = root
        .query_selector("button.hg-language-switch")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(switch.text_content().as_deref(), Some("English"));
    switch.click();
    leptos::task::tick().await;
    assert_eq!(html_lang().as_deref(), Some("en"));
    let crisis = root.query_selector("a.hg-header__crisis").unwrap().unwrap();
    assert_eq!(crisis.text_content().as_deref(), Some("Urgent help"));
}

/// Stored answers that cannot be read are discarded with a notice, and the app still renders.
#[wasm_bindgen_test]
async fn corrupted_stored_answers_are_discarded_with_a_notice() {
    let storage = web_sys::window()
        .unwrap()
        .session_storage()
        .unwrap()
        .unwrap();
    storage.set_item("hg-answers", "{corrupted").unwrap();
    let state = AppState::restore(bundle().unwrap());
    assert_eq!(state.answers.get_untracked(), Answers::default());
    assert!(state.notice.get_untracked().is_some());
    assert_eq!(storage.get_item("hg-answers").unwrap(), None);
}

/// The help pages lead on to the page of every offer and number, which needs nothing of the app.
fn expect_plain_page_link(root: &web_sys::Element) {
    let plain = root
        .query_selector("a[href='/alle-tilbud/da.html']")
        .unwrap()
        .expect("a link to the page of every offer");
    assert!(
        plain
            .text_content()
            .unwrap()
            .starts_with("Alle tilbud og telefonnumre")
    );
}

/// What the panic hook shows instead of a dead page: the apology, the crisis numbers and a call link.
#[wasm_bindgen_test]
fn panic_help_page_shows_the_crisis_numbers() {
    let root = container();
    root.set_inner_html("<p>the broken app</p>");
    show_help_page(&root).expect("the help page renders");
    let heading = root
        .query_selector("main[role=alert] h1")
        .unwrap()
        .expect("a heading");
    assert!(
        heading
            .text_content()
            .unwrap()
            .starts_with("Noget gik galt")
    );
    assert!(root.text_content().unwrap().contains("70 11 31 31"));
    assert!(!root.text_content().unwrap().contains("the broken app"));
    let call = root.query_selector("a").unwrap().unwrap();
    assert_eq!(call.get_attribute("href").as_deref(), Some("tel:112"));
    expect_plain_page_link(&root);
}

/// What the app shows when its embedded data cannot be read: the same help, rendered by Leptos.
#[wasm_bindgen_test]
async fn broken_data_page_shows_the_crisis_numbers() {
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), BrokenDataPage);
    leptos::task::tick().await;
    let text = root
        .query_selector("main[role=alert]")
        .unwrap()
        .expect("an alert")
        .text_content()
        .unwrap();
    assert!(text.starts_with("Noget gik galt"));
    assert!(text.contains("Lægevagten: 70 11 31 31"));
    let call = root.query_selector("a").unwrap().unwrap();
    assert_eq!(call.get_attribute("href").as_deref(), Some("tel:112"));
    expect_plain_page_link(&root);
}
