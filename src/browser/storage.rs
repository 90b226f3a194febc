//! localStorage that never breaks the page: a missing, full, disabled or corrupt store
//! reads as "nothing saved" and a failed write is reported, not thrown.

use gloo_storage::{LocalStorage, Storage};
use serde::{de::DeserializeOwned, Serialize};

/// Keys of everything the app keeps on this device. The token has its own key and is
/// written only when the user ticks "Remember on this device".
pub mod keys {
    /// API base URL and preferences.
    pub const SETTINGS: &str = "wan-i2v.settings.v1";
    /// The token, only with the user's opt-in.
    pub const TOKEN: &str = "wan-i2v.token.v1";
    /// The form's values (autosave).
    pub const FORM: &str = "wan-i2v.form.v1";
    /// Submitted jobs.
    pub const JOBS: &str = "wan-i2v.jobs.v1";
}

/// Reads a value; `None` when absent, unreadable or of another shape.
pub fn load<T: DeserializeOwned>(key: &str) -> Option<T> {
    LocalStorage::get(key).ok()
}

/// Writes a value; `false` when the store refused it (quota, disabled).
pub fn save<T: Serialize>(key: &str, value: &T) -> bool {
    LocalStorage::set(key, value).is_ok()
}

/// Removes a value.
pub fn remove(key: &str) {
    LocalStorage::delete(key);
}
