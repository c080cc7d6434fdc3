//! The app's pages and their addresses. Paths are Danish, because the app speaks Danish first; question pages are
//! `/sporgsmal/<question id>` and offer pages `/tilbud/<offer id>`.
//!
//! Parsing lives here, not in a router crate, so every rule about addresses is a pure function with native
//! tests. The address bar is untrusted input (an old bookmark, a tampered link): [`Route::parse`] never panics,
//! and anything it does not know is `None`, which the UI shows as "page not found".

use super::flow::{self, Step};
use super::questions::Questions;

/// A page of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The start page.
    Start,
    /// One question, by id as written in the address (it may be unknown or tampered: the page then says so, and the
    /// id is only ever looked up, never shown).
    Question(String),
    /// "Tjek dine svar".
    CheckAnswers,
    /// The ranked suggestions.
    Results,
    /// Every offer.
    Offers,
    /// One offer, by id as written in the address (an unknown id gets "this offer may have closed").
    Offer(String),
    /// A list of offers passed on as a link, by the path segment as written (see [`super::shortlist`]).
    Shortlist(String),
    /// Crisis help.
    Crisis,
    /// How to use the site safely.
    Safety,
    /// Privacy.
    Privacy,
}

/// The folder of the plain pages of every offer and number (`super::plain_page`), which the server answers with
/// files of their own. The app sees such an address only when its offline copy answers for the network (offline, or
/// a network too slow): it then shows its own list of every offer, with the same facts, not "page not found".
pub const PLAIN_PAGES: &str = "alle-tilbud";

/// The licences of the third-party code the app ships, a text file written at build time (`.ci/licenses.mjs`).
pub const LICENCES: &str = "/licenser/tredjepart.txt";

/// Whether `path` is the address of a file the server answers, not a page of the app: its last segment has a dot,
/// as [`LICENCES`] and the plain pages have ("/alle-tilbud/da.html"), and no page's path has (ids are letters,
/// digits and hyphens). A link to it is the browser's to follow, not the app's.
pub fn is_a_file(path: &str) -> bool {
    let path = path.split(['?', '#']).next().unwrap_or_default();
    path.rsplit('/')
        .next()
        .is_some_and(|last| last.contains('.'))
}

/// The pages whose path is one fixed segment.
const FIXED: [Route; 6] = [
    Route::CheckAnswers,
    Route::Results,
    Route::Offers,
    Route::Crisis,
    Route::Safety,
    Route::Privacy,
];

impl Route {
    /// Where the back link on `step`'s page goes: the question before it ([`flow::previous`]), or the start page.
    pub fn back(questions: &Questions, step: &Step) -> Route {
        flow::previous(questions, step).map_or(Route::Start, |id| Route::Question(id.to_owned()))
    }

    /// Where the guide starts: the first question, or the list of all offers if there were no questions.
    pub fn start(questions: &Questions) -> Route {
        flow::first(questions).map_or(Route::Offers, |id| Route::Question(id.to_owned()))
    }

    /// The page at `path` (the address bar's path, without query or fragment). One trailing slash is forgiven;
    /// anything else unknown, including empty segments and extra segments, is `None`.
    pub fn parse(path: &str) -> Option<Route> {
        let trimmed = path.strip_prefix('/')?;
        if trimmed.is_empty() {
            return Some(Route::Start);
        }
        let trimmed = trimmed.strip_suffix('/').unwrap_or(trimmed);
        let segments: Vec<&str> = trimmed.split('/').collect();
        match segments.as_slice() {
            // `/liste` alone is a list link cut short (by a messaging app, say): the list page says so.
            [single] => FIXED
                .into_iter()
                .chain([Route::Shortlist(String::new())])
                .find(|route| route.segment() == *single),
            [folder, _] if *folder == PLAIN_PAGES => Some(Route::Offers),
            [prefix, id] if !id.is_empty() => [
                Route::Question(id.to_string()),
                Route::Offer(id.to_string()),
                Route::Shortlist(id.to_string()),
            ]
            .into_iter()
            .find(|route| route.segment() == *prefix),
            _ => None,
        }
    }

    /// The path of this page; [`Route::parse`] reads it back to the same route.
    pub fn path(&self) -> String {
        match self {
            Route::Question(id) | Route::Offer(id) => format!("/{}/{id}", self.segment()),
            Route::Shortlist(ids) if !ids.is_empty() => format!("/{}/{ids}", self.segment()),
            // The start page's segment is empty: "/".
            _ => format!("/{}", self.segment()),
        }
    }

    /// The first path segment.
    fn segment(&self) -> &'static str {
        match self {
            Route::Start => "",
            Route::Question(_) => "sporgsmal",
            Route::CheckAnswers => "tjek-svar",
            Route::Results => "resultater",
            Route::Offers | Route::Offer(_) => "tilbud",
            Route::Shortlist(_) => "liste",
            Route::Crisis => "akut",
            Route::Safety => "sikker-brug",
            Route::Privacy => "privatliv",
        }
    }
}

impl From<Step> for Route {
    fn from(step: Step) -> Route {
        match step {
            Step::Question(id) => Route::Question(id),
            Step::CheckAnswers => Route::CheckAnswers,
            Step::Crisis => Route::Crisis,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_reads_back_from_its_path() {
        let routes = [
            Route::Start,
            Route::Question("emner".to_owned()),
            Route::CheckAnswers,
            Route::Results,
            Route::Offers,
            Route::Offer("autismecenter-randers".to_owned()),
            Route::Shortlist("ppr+borgerraadgiveren".to_owned()),
            Route::Shortlist(String::new()),
            Route::Crisis,
            Route::Safety,
            Route::Privacy,
        ];
        for route in routes {
            assert_eq!(
                Route::parse(&route.path()),
                Some(route.clone()),
                "{route:?}"
            );
        }
    }

    #[test]
    fn paths_are_the_danish_addresses() {
        assert_eq!(Route::Start.path(), "/");
        assert_eq!(
            Route::Question("alder".to_owned()).path(),
            "/sporgsmal/alder"
        );
        assert_eq!(Route::CheckAnswers.path(), "/tjek-svar");
        assert_eq!(Route::Results.path(), "/resultater");
        assert_eq!(Route::Offers.path(), "/tilbud");
        assert_eq!(Route::Offer("ppr".to_owned()).path(), "/tilbud/ppr");
        assert_eq!(
            Route::Shortlist("ppr+perron-4".to_owned()).path(),
            "/liste/ppr+perron-4"
        );
        assert_eq!(Route::Crisis.path(), "/akut");
        assert_eq!(Route::Safety.path(), "/sikker-brug");
        assert_eq!(Route::Privacy.path(), "/privatliv");
    }

    #[test]
    fn one_trailing_slash_is_forgiven() {
        assert_eq!(Route::parse("/tilbud/"), Some(Route::Offers));
        assert_eq!(
            Route::parse("/tilbud/ppr/"),
            Some(Route::Offer("ppr".to_owned()))
        );
    }

    #[test]
    fn unknown_and_malformed_paths_are_none() {
        for path in [
            "",
            "tilbud",
            "//",
            "/tilbud//",
            "/ukendt",
            "/tilbud/ppr/mere",
            "/sporgsmal/",
            "/tilbud/../akut",
            "/TILBUD",
            "/akut/x",
            "/liste/ppr/perron-4",
        ] {
            assert_eq!(Route::parse(path), None, "{path:?}");
        }
    }

    #[test]
    fn a_plain_page_answered_by_the_offline_copy_is_the_list_of_every_offer() {
        for path in ["/alle-tilbud/da.html", "/alle-tilbud/en.html"] {
            assert_eq!(Route::parse(path), Some(Route::Offers), "{path}");
        }
        assert_eq!(Route::parse("/alle-tilbud/da.html/x"), None);
    }

    #[test]
    fn a_file_the_server_answers_is_no_page_of_the_app() {
        for path in [
            LICENCES,
            "/alle-tilbud/da.html",
            "/alle-tilbud/en.html?x=1#top",
        ] {
            assert!(is_a_file(path), "{path}");
        }
        let pages = FIXED.into_iter().chain([
            Route::Start,
            Route::Offer("psykiatriens-hus".to_owned()),
            Route::Shortlist("ppr+perron-4".to_owned()),
        ]);
        for path in pages
            .map(|route| route.path())
            .chain(["/?a.b".to_owned(), "/tilbud#a.b".to_owned()])
        {
            assert!(!is_a_file(&path), "{path}");
        }
    }

    #[test]
    fn a_list_link_cut_short_is_still_the_list_page() {
        assert_eq!(
            Route::parse("/liste"),
            Some(Route::Shortlist(String::new()))
        );
        assert_eq!(
            Route::parse("/liste/"),
            Some(Route::Shortlist(String::new()))
        );
        assert_eq!(Route::Shortlist(String::new()).path(), "/liste");
    }

    #[test]
    fn unknown_ids_are_left_to_the_page_to_look_up() {
        assert_eq!(
            Route::parse("/tilbud/%3Cscript%3E"),
            Some(Route::Offer("%3Cscript%3E".to_owned()))
        );
        assert_eq!(
            Route::parse("/sporgsmal/..%2Fetc"),
            Some(Route::Question("..%2Fetc".to_owned()))
        );
    }

    #[test]
    fn steps_become_their_pages() {
        assert_eq!(
            Route::from(Step::Question("alder".to_owned())),
            Route::Question("alder".to_owned())
        );
        assert_eq!(Route::from(Step::CheckAnswers), Route::CheckAnswers);
        assert_eq!(Route::from(Step::Crisis), Route::Crisis);
    }
}
