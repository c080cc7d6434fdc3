//! Writes the page of every offer and number ([`hjaelpeguiden::domain::plain_page`]), one per language, into the
//! folder given as its argument: `<code>.html`. Trunk runs it before each build (`Trunk.toml`) and copies the
//! folder to `dist/alle-tilbud/`; `.ci/post-build.mjs` then points the pages at the build's stylesheet, whose name
//! has the build's hash in it. Native code: none of it reaches the wasm.

use hjaelpeguiden::domain::bundle::Bundle;
use hjaelpeguiden::domain::hours::copenhagen;
use hjaelpeguiden::domain::plain_page::{PlainPlaces, plain_page};
use hjaelpeguiden::domain::text::Lang;
use hjaelpeguiden::ui::explain::plain_words;
use hjaelpeguiden::ui::quick_exit::NEUTRAL_SITE;
use std::path::PathBuf;
use std::time::{SystemTime, UNIX_EPOCH};

/// What `.ci/plain-pages.mjs` replaces with the address of the build's stylesheet.
const STYLESHEET_PLACEHOLDER: &str = "/__HG_STYLESHEET__";

fn main() -> Result<(), String> {
    let folder = PathBuf::from(
        std::env::args()
            .nth(1)
            .ok_or("usage: plain_pages <folder>")?,
    );
    // The very bytes the app reads, which build.rs validated.
    let bundle = Bundle::from_postcard(hjaelpeguiden::EMBEDDED_BUNDLE)?;
    let since_epoch = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_err(|error| error.to_string())?;
    let unix_ms = i64::try_from(since_epoch.as_millis()).map_err(|error| error.to_string())?;
    std::fs::create_dir_all(&folder).map_err(|error| format!("{}: {error}", folder.display()))?;
    let languages = &bundle.texts.languages;
    for language in languages {
        // A `Lang` holds a `'static` code, as the app's languages live as long as the app; here, as long as the
        // program, which writes a few pages and ends.
        let lang = Lang(language.code.clone().leak());
        let places = PlainPlaces {
            lang,
            // Beside each other in one folder, so a page links to the others by name alone.
            other_languages: languages
                .iter()
                .filter(|other| other.code != language.code)
                .map(|other| {
                    (
                        other.code.as_str(),
                        other.name.as_str(),
                        format!("{}.html", other.code),
                    )
                })
                .collect(),
            stylesheet: STYLESHEET_PLACEHOLDER,
            exit_url: NEUTRAL_SITE,
            today: copenhagen(unix_ms).date,
        };
        let page = plain_page(
            &bundle.catalogue,
            &plain_words(&bundle.texts, lang),
            &places,
        );
        let path = folder.join(format!("{}.html", language.code));
        std::fs::write(&path, page).map_err(|error| format!("{}: {error}", path.display()))?;
    }
    Ok(())
}
