//! sessionStorage access. Storage can be missing or refuse writes (private modes, full quota); the app then
//! simply keeps answers in memory, so every call here ignores such failures by design.

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// Reads a value.
pub fn read(key: &str) -> Option<String> {
    session()?.get_item(key).ok().flatten()
}

/// Writes a value (best effort).
pub fn write(key: &str, value: &str) {
    if let Some(storage) = session() {
        let _ = storage.set_item(key, value);
    }
}

/// Keeps `value` under `key`, or removes the key when there is nothing to keep (best effort): how the app mirrors
/// its state into storage, so an empty list or no answers leaves nothing behind.
pub fn keep(key: &str, value: Option<String>) {
    match value {
        Some(value) => write(key, &value),
        None => remove(key),
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
