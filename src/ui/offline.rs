//! The offline copy: registers the service worker (`public/sw.js`), tells the page when a newer build has taken
//! over, and asks the worker to remove itself and its copy when the person leaves with "Forlad siden".
//!
//! The worker stores only the app's own files. Where service workers are not available (private windows in some
//! browsers, plain http), the app works as before, online only.

use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

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

/// The name of the app's one Trusted Types policy, the only one the Content-Security-Policy's `trusted-types` allows.
const WORKER_URL_POLICY: &str = "hjaelpeguiden";

/// The worker's address as `register` takes it. The Content-Security-Policy says `require-trusted-types-for
/// 'script'`, so no text may become a script's address, and browsers with Trusted Types take only a
/// TrustedScriptURL, made by a policy the `trusted-types` directive names. This makes the policy and the one value,
/// and keeps the policy here, so no other script can use it; since the policy's name may be taken only once, no
/// other script can make one of that name either. The policy passes the address through (`String`): it is this
/// module's constant. Browsers without Trusted Types take the text.
fn worker_url() -> Result<JsValue, JsValue> {
    let global = js_sys::global();
    let get = |target: &JsValue, name: &str| js_sys::Reflect::get(target, &JsValue::from_str(name));
    let trusted_types = get(&global, "trustedTypes")?;
    if trusted_types.is_undefined() {
        return Ok(JsValue::from_str(WORKER_URL));
    }
    let rules = js_sys::Object::new();
    js_sys::Reflect::set(
        &rules,
        &JsValue::from_str("createScriptURL"),
        &get(&global, "String")?,
    )?;
    // Unchecked: calling what is not a function throws, which `call` returns as an error.
    let create_policy: js_sys::Function = get(&trusted_types, "createPolicy")?.unchecked_into();
    let policy = create_policy.call2(
        &trusted_types,
        &JsValue::from_str(WORKER_URL_POLICY),
        &rules,
    )?;
    let create_url: js_sys::Function = get(&policy, "createScriptURL")?.unchecked_into();
    create_url.call1(&policy, &JsValue::from_str(WORKER_URL))
}

/// Asks `container` to register the worker, and returns the browser's promise of it.
fn register_worker(
    container: &web_sys::ServiceWorkerContainer,
) -> Result<js_sys::Promise, JsValue> {
    // web-sys's `register` takes text only, so the method is called by name with the TrustedScriptURL. Unchecked,
    // as in `worker_url`: calling what is not a function throws, which `call` returns as an error.
    let register: js_sys::Function =
        js_sys::Reflect::get(container, &JsValue::from_str("register"))?.unchecked_into();
    register.call1(container, &worker_url()?)?.dyn_into()
}

/// Registers the worker. A failure (quota, a blocked worker) only means no offline copy, so it is logged, not shown.
pub fn register() {
    if let Some(container) = container() {
        let registration = register_worker(&container).map(js_sys::futures::JsFuture::from);
        leptos::task::spawn_local(async move {
            let registered = match registration {
                Ok(registration) => registration.await,
                Err(error) => Err(error),
            };
            if let Err(error) = registered {
                web_sys::console::warn_2(
                    &JsValue::from_str("Hjælpeguiden: no offline copy"),
                    &error,
                );
            }
        });
    }
}

/// Calls `on_new_version` when the worker of a newer build takes over this page, which then still runs the old
/// build's program and facts. A tab can stay open for days on a counter at an outreach site, where nothing reloads
/// it, so each time the person comes back to the tab the browser is asked to look for a newer worker (one small
/// request for `/sw.js`, which carries no answers).
///
/// The first worker taking over a page that had none is not news: the page already runs that build.
pub fn watch_for_new_version(on_new_version: impl Fn() + 'static) {
    let Some(container) = container() else {
        return;
    };
    let controlled = Rc::new(Cell::new(container.controller().is_some()));
    let on_controller_change = Closure::<dyn Fn()>::new(move || {
        if controlled.replace(true) {
            on_new_version();
        }
    });
    container.set_oncontrollerchange(Some(on_controller_change.as_ref().unchecked_ref()));
    let on_return = Closure::<dyn Fn()>::new(move || {
        let visible = web_sys::window()
            .and_then(|w| w.document())
            .is_some_and(|d| !d.hidden());
        if visible {
            look_for_new_version(container.clone());
        }
    });
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_onvisibilitychange(Some(on_return.as_ref().unchecked_ref()));
    }
    // Both listeners live as long as the page.
    on_controller_change.forget();
    on_return.forget();
}

/// Asks the browser to fetch `/sw.js` again and install it if it changed. Offline this fails, which only means
/// no news, so failures are ignored rather than left as unhandled rejections.
fn look_for_new_version(container: web_sys::ServiceWorkerContainer) {
    leptos::task::spawn_local(async move {
        let Ok(found) = js_sys::futures::JsFuture::from(container.get_registration()).await else {
            return;
        };
        if let Ok(registration) = found.dyn_into::<web_sys::ServiceWorkerRegistration>()
            && let Ok(update) = registration.update()
        {
            let _ = js_sys::futures::JsFuture::from(update).await;
        }
    });
}

/// Asks the worker in charge of this page to delete the offline copy and unregister itself. The worker finishes
/// this on its own, so it completes even though the page is leaving.
pub fn forget() {
    if let Some(worker) = container().and_then(|container| container.controller()) {
        let _ = worker.post_message(&JsValue::from_str(FORGET));
    }
}
