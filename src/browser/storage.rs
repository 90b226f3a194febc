//! localStorage that never breaks the page: a missing, full, disabled or corrupt store
//! reads as "nothing saved" (and says so), and a failed write is reported, not thrown.

use leptos::prelude::*;
use serde::{de::DeserializeOwned, Serialize};
use wasm_bindgen::JsCast;

/// Keys of everything the app keeps on this device. The token has its own key and is
/// written only when the user ticks "Remember on this device".
pub mod keys {
    /// API base URL and preferences.
    pub const SETTINGS: &str = "wan-i2v.settings.v1";
    /// The token, only with the user's opt-in.
    pub const TOKEN: &str = "wan-i2v.token.v1";
    /// The form's values (autosave).
    pub const FORM: &str = "wan-i2v.form.v1";
    /// The job history (versioned envelope, see `wan_core::history`).
    pub const HISTORY: &str = "wan-i2v.history";
    /// Where the first release kept jobs (a bare array), read once and migrated.
    pub const JOBS_V1: &str = "wan-i2v.jobs.v1";
    /// The sets of jobs Generate started (variations), with what is still to send.
    pub const SETS: &str = "wan-i2v.sets.v1";
    /// The images given several at once (one job each), checked anew on load.
    pub const IMAGE_QUEUE: &str = "wan-i2v.image-queue.v1";
    /// The frame of a clip put into the form, so the next job records what it continues.
    pub const PENDING_FRAME: &str = "wan-i2v.frame.v1";
    /// The models the user added (id, schema, catalog entry), newest first. The first
    /// release kept them in the settings (`custom_models`); see `kept::settings`.
    pub const MODELS: &str = "wan-i2v.models.v1";
    /// The form each model had when the user last left it, newest first (a few).
    pub const MODEL_FORMS: &str = "wan-i2v.model-forms.v1";
    /// What could not be read, set aside before anything overwrote it: a list of
    /// `{key, at, text}`, newest last.
    pub const SET_ASIDE: &str = "wan-i2v.set-aside.v1";
    /// `"false"` when finished results are not to be kept on this device (on by default).
    pub const KEEP_RESULTS: &str = "wan-i2v.keep-results.v1";
    /// The API base for which the note "the balance cannot be read here (CORS)" was
    /// dismissed: it is said once.
    pub const BALANCE_NOTE_DISMISSED: &str = "wan-i2v.balance-note.v1";
    /// The spending limit, `{"usd": 5, "per": "day"}`, when the user set one.
    pub const BUDGET: &str = "wan-i2v.budget.v1";
}

/// What a read found.
pub enum Stored<T> {
    /// Nothing under that key (or no storage at all).
    Missing,
    /// A value.
    Found(T),
    /// Something that is not a value of this shape.
    Corrupt,
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The raw text under `key`.
pub fn load_text(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

/// Reads and parses a value.
pub fn load<T: DeserializeOwned>(key: &str) -> Stored<T> {
    match load_text(key) {
        None => Stored::Missing,
        Some(text) => match serde_json::from_str(&text) {
            Ok(value) => Stored::Found(value),
            Err(_) => Stored::Corrupt,
        },
    }
}

/// Reads a list entry by entry: every readable entry, and whether any was not. What could
/// not be read (an entry, or the whole text) is set aside ([`set_aside`]) first, so the
/// next write of the list loses only what is already kept apart.
pub fn load_list<T: DeserializeOwned>(key: &str) -> (Vec<T>, bool) {
    let Some(text) = load_text(key) else {
        return (Vec::new(), false);
    };
    let Some((read, unreadable)) = list_entries::<T>(&text) else {
        set_aside(key, &text);
        return (Vec::new(), true);
    };
    let damaged = !unreadable.is_empty();
    if damaged {
        set_aside(key, &serde_json::Value::Array(unreadable).to_string());
    }
    (read, damaged)
}

/// A list's text read entry by entry: the readable entries, and those that are not;
/// `None` when the text is not a list at all.
pub fn list_entries<T: DeserializeOwned>(text: &str) -> Option<(Vec<T>, Vec<serde_json::Value>)> {
    let Ok(serde_json::Value::Array(entries)) = serde_json::from_str(text) else {
        return None;
    };
    let mut read = Vec::with_capacity(entries.len());
    let mut unreadable = Vec::new();
    for entry in entries {
        match serde_json::from_value::<T>(entry.clone()) {
            Ok(value) => read.push(value),
            Err(_) => unreadable.push(entry),
        }
    }
    Some((read, unreadable))
}

/// Keeps `text`, which could not be read under `key`, apart (for the user to recover, and
/// so a write of `key` does not erase it). Best effort: a full store keeps it no more.
pub fn set_aside(key: &str, text: &str) {
    let mut kept: Vec<serde_json::Value> = match load(keys::SET_ASIDE) {
        Stored::Found(kept) => kept,
        Stored::Missing | Stored::Corrupt => Vec::new(),
    };
    if kept.iter().any(|k| k["key"] == key && k["text"] == text) {
        return;
    }
    kept.push(serde_json::json!({ "key": key, "at": js_sys::Date::now(), "text": text }));
    let _ = save(keys::SET_ASIDE, &kept);
}

/// Writes a value; `false` when the store refused it (quota, disabled).
pub fn save<T: Serialize>(key: &str, value: &T) -> bool {
    serde_json::to_string(value).is_ok_and(|text| save_text(key, &text))
}

/// Writes raw text; `false` when the store refused it (quota, disabled). A key the full
/// store refused is listed in [`unsaved`] until a write of it succeeds.
pub fn save_text(key: &str, text: &str) -> bool {
    let Some(storage) = local_storage() else {
        return false;
    };
    let written = storage.set_item(key, text);
    let full = written.as_ref().is_err_and(is_quota);
    let listed =
        UNSAVED.with(|unsaved| unsaved.with_untracked(|keys| keys.iter().any(|k| k == key)));
    if full != listed {
        UNSAVED.with(|unsaved| {
            unsaved.update(|keys| {
                keys.retain(|k| k != key);
                if full {
                    keys.push(key.to_owned());
                }
            })
        });
    }
    written.is_ok()
}

thread_local! {
    /// The keys whose last write the full store refused, in the order refused.
    static UNSAVED: ArcRwSignal<Vec<String>> = ArcRwSignal::new(Vec::new());
}

/// Whether `error` is the browser saying the store is full (`QuotaExceededError`; older
/// Firefox: `NS_ERROR_DOM_QUOTA_REACHED`).
fn is_quota(error: &wasm_bindgen::JsValue) -> bool {
    error.dyn_ref::<web_sys::DomException>().is_some_and(|e| {
        matches!(
            e.name().as_str(),
            "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED"
        )
    })
}

/// The keys whose last write the full store refused (tracked): what would be lost when
/// the tab closes.
pub fn unsaved() -> Vec<String> {
    UNSAVED.with(|unsaved| unsaved.get())
}

/// Whether the last write of some key was refused because the store is full.
pub fn is_full() -> bool {
    UNSAVED.with(|unsaved| unsaved.with_untracked(|keys| !keys.is_empty()))
}

/// What [`free_space`] would delete: the data set aside and the forms remembered for
/// models other than the current one. In bytes (the store counts UTF-16 code units).
pub fn freeable() -> usize {
    [keys::SET_ASIDE, keys::MODEL_FORMS]
        .iter()
        .filter_map(|key| load_text(key))
        .map(|text| 2 * text.encode_utf16().count())
        .sum()
}

/// Deletes what [`freeable`] counts, so what the user is working on fits.
pub fn free_space() {
    remove(keys::SET_ASIDE);
    remove(keys::MODEL_FORMS);
}

/// The text under every key of this app (`wan-i2v.`…): what it keeps on this device.
pub fn all_texts() -> Vec<String> {
    let Some(storage) = local_storage() else {
        return Vec::new();
    };
    let count = storage.length().unwrap_or(0);
    (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|key| key.starts_with("wan-i2v."))
        .filter_map(|key| storage.get_item(&key).ok().flatten())
        .collect()
}

/// Calls `on_change` with the key of each value another tab of this site changed, once
/// this tab can read the change (the browser's `storage` event: a message on another
/// channel may arrive before the value does).
pub fn on_change_elsewhere(on_change: impl Fn(String) + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let handler = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::StorageEvent)>::new(
        move |event: web_sys::StorageEvent| {
            if let Some(key) = event.key() {
                on_change(key);
            }
        },
    );
    let _ = window.add_event_listener_with_callback("storage", handler.as_ref().unchecked_ref());
    // The page's one listener lives as long as the page.
    handler.forget();
}

/// Removes a value.
pub fn remove(key: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(key);
    }
}
