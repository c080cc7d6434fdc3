//! Client-side navigation over the History API: the address bar's path is a signal, [`crate::domain::route`]
//! turns it into a page, and ordinary `<a href="/…">` links are followed without a reload.
//!
//! Why not leptos_router: dropping it and leptos_meta (together with serde_json, see `domain::answers`) took about
//! 45 KB brotli off a first visit, measured with `make bench` (README, "Measured"), and it removed a workaround for
//! leptos-rs/leptos#4324 (after Back/Forward the router stopped updating the address bar). This app needs nine
//! fixed paths, no nested routes, no loaders and no forms posted to a server, so the whole router is this file plus
//! the pure, natively tested `Route::parse`.

use crate::domain::route::{self, Route};
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// Where the app is: the path in the address bar, as a signal, and the page it names, parsed once per change.
/// Read with [`use_location`].
#[derive(Clone, Copy)]
pub struct Location {
    path: RwSignal<String>,
    route: Memo<Option<Route>>,
}

impl Location {
    /// The page shown, or `None` for an address the app does not know (the "page not found" page). Tracked, and
    /// only changes when the page does (not for `#main` or a trailing slash).
    pub fn route(&self) -> Option<Route> {
        self.route.get()
    }

    /// Whether the address names a file the server answers ([`route::is_a_file`]) and no page of the app (the plain
    /// pages' addresses are both, and show the list of every offer). Such an address reaches the app when its offline
    /// copy answered for a network that failed, or from a host that sends the app for every address it has no file
    /// for; the "page not found" page then says that the file could not be loaded instead. Tracked.
    pub fn names_a_file(&self) -> bool {
        self.route.with(Option::is_none) && self.path.with(|path| route::is_a_file(path))
    }

    /// `aria-current="page"` for a navigation link to `route` while that page is shown, so screen readers say
    /// "current page" and the style can mark it.
    pub fn aria_current(&self, route: Route) -> impl Fn() -> Option<&'static str> + use<> {
        let location = *self;
        move || {
            let shown = location.route.with(|shown| shown.as_ref() == Some(&route));
            shown.then_some("page")
        }
    }

    /// Goes to `route`: a new history entry, the new page, and the top of it.
    pub fn go(&self, route: &Route) {
        self.go_to_path(route.path());
    }

    fn go_to_path(&self, path: String) {
        let Some(window) = web_sys::window() else {
            return;
        };
        // A link to the page already shown adds no history entry (Back would seem to do nothing).
        if self.path.get_untracked() != path {
            if let Ok(history) = window.history() {
                let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&path));
            }
            self.path.set(path);
        }
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// The path in the address bar now.
fn address_bar_path() -> String {
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_else(|| "/".to_owned())
}

/// Provides the [`Location`] context and starts following the address bar: the browser's Back and Forward
/// (`popstate`), and clicks on the app's own links anywhere on the page.
pub fn provide_location() -> Location {
    let path = RwSignal::new(address_bar_path());
    let location = Location {
        path,
        route: Memo::new(move |_| Route::parse(&path.get())),
    };
    provide_context(location);
    // Back, Forward, and the skip link's `#main` (same page, so the route memo holds and nothing re-renders).
    let _ = window_event_listener(ev::popstate, move |_| location.path.set(address_bar_path()));
    // Listening on the window sees a click after the link's own handlers, so a link can still update state
    // first (the crisis page's "go on with the questions" does).
    let _ = window_event_listener(ev::click, move |event| {
        if let Some(path) = internal_link_target(&event) {
            event.prevent_default();
            location.go_to_path(path);
        }
    });
    location
}

/// The path to follow in the app for a click, or `None` when the browser should handle it: another button or a
/// modifier key (open in a new tab), a link with `target` or `download`, a `tel:`/`mailto:`/external address,
/// a fragment such as the skip link, or a file the server answers ([`route::is_a_file`]: the licences).
fn internal_link_target(event: &ev::MouseEvent) -> Option<String> {
    if event.default_prevented()
        || event.button() != 0
        || event.ctrl_key()
        || event.meta_key()
        || event.shift_key()
        || event.alt_key()
    {
        return None;
    }
    let link = event
        .target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest("a[href]")
        .ok()??;
    if link.has_attribute("target") || link.has_attribute("download") {
        return None;
    }
    let href = link.get_attribute("href")?;
    (href.starts_with('/') && !href.starts_with("//") && !route::is_a_file(&href)).then_some(href)
}

/// The app's location. Panics only outside [`provide_location`], a programming error.
pub fn use_location() -> Location {
    expect_context::<Location>()
}

/// `https://host:port` and `path`, so a link works wherever the app is served.
pub fn absolute_url(path: &str) -> String {
    let origin = web_sys::window()
        .and_then(|window| window.location().origin().ok())
        .unwrap_or_default();
    format!("{origin}{path}")
}
