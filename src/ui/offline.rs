//! The offline copy: registers the service worker (`public/sw.js`), and asks it to remove itself and its copy when
//! the person leaves with "Forlad siden".
//!
//! The worker stores only the app's own files. Where service workers are not available (private windows in some
//! browsers, plain http), the app works as before, online only.

use wasm_bindgen::JsValue;

/// The worker's address; it must sit at the root so that it can serve every app route.
const WORKER_URL: &str = "/sw.js";
/// The message the worker answers by deleting its cache and unregistering (see `public/sw.js`).
const FORGET: &str = "forget";

/// The browser's service-worker container, if this browser and context offer one.
fn container() -> Option<web_sys::ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    // `navigator.serviceWorker` is missing outside secure contexts and in some private modes; calling a method on it
    // there would throw, so look first.
    let present = js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker"))
        .is_ok_and(|value| !value.is_undefined() && !value.is_null());
    present.then(|| navigator.service_worker())
}

/// Registers the worker. A failure (quota, a blocked worker) only means no offline copy, so it is logged, not shown.
pub fn register() {
    if let Some(container) = container() {
        let registration = js_sys::futures::JsFuture::from(container.register(WORKER_URL));
        leptos::task::spawn_local(async move {
            if let Err(error) = registration.await {
                web_sys::console::warn_2(
                    &JsValue::from_str("Hjælpeguiden: no offline copy"),
                    &error,
                );
            }
        });
    }
}

/// Asks the worker in charge of this page to delete the offline copy and unregister itself. The worker finishes
/// this on its own, so it completes even though the page is leaving.
pub fn forget() {
    if let Some(worker) = container().and_then(|container| container.controller()) {
        let _ = worker.post_message(&JsValue::from_str(FORGET));
    }
}
