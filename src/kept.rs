//! What the first screen keeps on this device (the settings, the token, the form) and the
//! schema of the model it shows, read and written with the browser's JSON
//! ([`crate::browser::json`]), so the first wasm module parses no JSON itself. The rest
//! (jobs, sets, the models the user added, …) is kept with serde, by the second module
//! (`AppState::restore_kept`, in `state.rs`).
//!
//! The text is the same as serde wrote it before: settings as
//! `{"api_base": …, "remember_token": …, "model_id": …, "lang": "de" | null, "variations": …}`,
//! the token as a JSON string, the form as an object of strings.

use wasm_bindgen::JsValue;

use crate::api::DEFAULT_API_BASE;
use crate::browser::json::{self, JsonObject};
use crate::browser::storage::{self, keys, Stored};
use crate::core::catalog::models::BUILTIN_MODEL_ID;
use crate::core::form::FormValues;
use crate::core::i18n::Lang;
use crate::core::schema::InputSchema;

/// The settings kept. A member that is missing keeps its default; one in another shape
/// keeps it too, and `damaged` says so.
///
/// Settings once held the models the user added (`custom_models`): they move to a key of
/// their own, [`keys::MODELS`], unless it already holds models. The settings are written
/// without them from then on.
pub fn settings(damaged: &mut bool) -> Settings {
    let defaults = Settings::default();
    let Some(text) = storage::load_text(keys::SETTINGS) else {
        return defaults;
    };
    let Some(kept) = JsonObject::parse(&text) else {
        *damaged = true;
        return defaults;
    };
    let models = kept.get("custom_models");
    if !models.is_undefined() && storage::load_text(keys::MODELS).is_none() {
        storage::save_text(keys::MODELS, &json::stringify(&models));
    }
    Settings {
        api_base: member(&kept, "api_base", JsValue::as_string, damaged)
            .unwrap_or(defaults.api_base),
        remember_token: member(&kept, "remember_token", JsValue::as_bool, damaged)
            .unwrap_or(defaults.remember_token),
        model_id: member(&kept, "model_id", JsValue::as_string, damaged)
            .unwrap_or(defaults.model_id),
        // `null` follows the browser's language.
        lang: member(&kept, "lang", read_lang, damaged).flatten(),
        variations: member(&kept, "variations", read_count, damaged).unwrap_or(defaults.variations),
    }
}

/// The member `key` of `kept`, read by `shape`; `None` when it is missing, or in another
/// shape (then `damaged` says so).
fn member<T>(
    kept: &JsonObject,
    key: &str,
    shape: impl FnOnce(&JsValue) -> Option<T>,
    damaged: &mut bool,
) -> Option<T> {
    let value = kept.get(key);
    if value.is_undefined() {
        return None;
    }
    let read = shape(&value);
    *damaged |= read.is_none();
    read
}

/// A language chosen (its tag), or none (`null`).
fn read_lang(value: &JsValue) -> Option<Option<Lang>> {
    if value.is_null() {
        return Some(None);
    }
    let tag = value.as_string()?;
    Lang::ALL.iter().copied().find(|l| l.tag() == tag).map(Some)
}

/// A whole number from 0 to `u32::MAX`.
fn read_count(value: &JsValue) -> Option<u32> {
    value
        .as_f64()
        .filter(|n| n.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(n))
        .map(|n| n as u32)
}

/// Keeps `settings`; `false` when the store refused them.
pub fn save_settings(settings: &Settings) -> bool {
    let kept = JsonObject::new();
    kept.set("api_base", &JsValue::from_str(&settings.api_base));
    kept.set(
        "remember_token",
        &JsValue::from_bool(settings.remember_token),
    );
    kept.set("model_id", &JsValue::from_str(&settings.model_id));
    kept.set(
        "lang",
        &settings
            .lang
            .map_or(JsValue::NULL, |lang| JsValue::from_str(lang.tag())),
    );
    kept.set("variations", &JsValue::from(settings.variations));
    storage::save_text(keys::SETTINGS, &kept.text())
}

/// The token kept (with the user's opt-in).
pub fn token() -> Stored<String> {
    match storage::load_text(keys::TOKEN) {
        None => Stored::Missing,
        Some(text) => match json::parse(&text).and_then(|v| v.as_string()) {
            Some(token) => Stored::Found(token),
            None => Stored::Corrupt,
        },
    }
}

/// Keeps the token; `false` when the store refused it.
pub fn save_token(token: &str) -> bool {
    storage::save_text(keys::TOKEN, &json::stringify(&JsValue::from_str(token)))
}

/// The form kept: every field's text. A field kept as anything but text is left out,
/// and the form counts as damaged.
pub fn form() -> Stored<FormValues> {
    let Some(text) = storage::load_text(keys::FORM) else {
        return Stored::Missing;
    };
    match JsonObject::parse(&text).map(|kept| string_members(&kept)) {
        Some((form, true)) => Stored::Found(form),
        _ => Stored::Corrupt,
    }
}

/// Keeps the form; `false` when the store refused it (a local file may be too large).
pub fn save_form(form: &FormValues) -> bool {
    let kept = JsonObject::new();
    for (name, value) in &form.0 {
        kept.set(name, &JsValue::from_str(value));
    }
    storage::save_text(keys::FORM, &kept.text())
}

/// The string members of `object` as form values, and whether every member was a string.
pub fn string_members(object: &JsonObject) -> (FormValues, bool) {
    let mut form = FormValues::default();
    let mut all = true;
    for (name, value) in object.entries() {
        match value.as_string() {
            Some(text) => form.set(&name, text),
            None => all = false,
        }
    }
    (form, all)
}

/// The schema of the added model `model_id`, from the models kept; `None` when it is not
/// there or its schema is no longer usable.
pub fn added_model_schema(model_id: &str) -> Option<InputSchema> {
    let models = json::parse(&storage::load_text(keys::MODELS)?)?;
    js_sys::Array::is_array(&models)
        .then(|| js_sys::Array::from(&models))?
        .iter()
        .filter_map(JsonObject::of)
        .find(|model| model.get("id").as_string().as_deref() == Some(model_id))
        .and_then(|model| model.get("schema_json").as_string())
        .and_then(|text| json::schema(&text))
}

/// Preferences kept on this device. Never holds the token.
#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    /// Where API calls go: RunComfy itself, or a same-origin proxy.
    pub api_base: String,
    /// Whether the token is kept in localStorage.
    pub remember_token: bool,
    /// The model the form is for.
    pub model_id: String,
    /// The UI language the user chose; `None` follows the browser's.
    pub lang: Option<Lang>,
    /// How many variations Generate starts (1–8).
    pub variations: u32,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            api_base: DEFAULT_API_BASE.to_owned(),
            remember_token: false,
            model_id: BUILTIN_MODEL_ID.to_owned(),
            lang: None,
            variations: 1,
        }
    }
}
