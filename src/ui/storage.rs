//! sessionStorage access. Storage can be missing or refuse writes (cookies blocked in the browser's settings, some
//! private modes, a full quota); the app then simply keeps answers in memory. Only [`keep`] says whether it managed,
//! so the app can tell the person that a reload would lose their answers; every other call ignores such failures.

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// Reads a value.
pub fn read(key: &str) -> Option<String> {
    session()?.get_item(key).ok().flatten()
}

/// Writes a value (best effort); false when storage is missing or refused it.
pub fn write(key: &str, value: &str) -> bool {
    session().is_some_and(|storage| storage.set_item(key, value).is_ok())
}

/// Keeps `value` under `key`, or removes the key when there is nothing to keep (best effort): how the app mirrors
/// its state into storage, so an empty list or no answers leaves nothing behind. False when a value could not be
/// kept; with nothing to keep, nothing is lost.
pub fn keep(key: &str, value: Option<String>) -> bool {
    match value {
        Some(value) => write(key, &value),
        None => {
            remove(key);
            true
        }
    }
}

/// Removes a value (best effort).
pub fn remove(key: &str) {
    if let Some(storage) = session() {
        let _ = storage.remove_item(key);
    }
}

/// Removes everything this origin stored on the device: sessionStorage, localStorage and the offline copy. The app
/// itself never writes localStorage, but an older version or an extension might have.
pub fn wipe_everything() {
    super::offline::forget();
    if let Some(window) = web_sys::window() {
        if let Ok(Some(storage)) = window.session_storage() {
            let _ = storage.clear();
        }
        if let Ok(Some(storage)) = window.local_storage() {
            let _ = storage.clear();
        }
    }
}
