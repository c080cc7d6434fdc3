//! Switches the language. One button per other language, labelled in that language and marked with its `lang`,
//! so screen readers pronounce it right.

use super::state::{LANG_KEY, use_app};
use super::storage;
use crate::domain::text::Lang;
use leptos::prelude::*;

/// The language switch in the header.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let app = use_app();
    move || {
        let current = app.lang.get();
        app.bundle
            .texts
            .languages
            .iter()
            .filter(|language| language.code != current.0)
            .map(|language| {
                let lang = Lang(language.code.as_str());
                let choose = move |_| {
                    app.lang.set(lang);
                    storage::write(LANG_KEY, lang.0);
                };
                view! {
                    <button type="button" class="hg-language-switch" lang=lang.0 on:click=choose>
                        {language.name.as_str()}
                    </button>
                }
            })
            .collect_view()
    }
}
