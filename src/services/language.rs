//! The UI language: English is built in; another language's file (`locales/<tag>.txt`
//! beside the app, compiled from `locales/<tag>.ftl`) is fetched once, when it is chosen
//! or detected. Until it is here the UI stays in the language it had; a file that cannot
//! be had or read leaves it in English, with a note.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::core::i18n::{self, Lang};
use crate::state::AppState;

/// Fetches the wanted language's file unless it is here, on its way or failed already
/// (each file is asked for once per page). Called at the start and after each choice.
pub fn fetch_wanted(state: AppState) {
    let wanted = state.wanted_lang.get_untracked();
    if i18n::is_installed(wanted) || i18n::has_failed(wanted) || !i18n::mark_asked(wanted) {
        return;
    }
    spawn_local(async move {
        if !install(wanted).await {
            leptos::logging::warn!("locales/{}.txt could not be loaded or read", wanted.tag());
            i18n::mark_failed(wanted);
        }
        state.lang_files.update(|flip| *flip = !*flip);
    });
}

/// Chooses `lang` (remembered), and fetches its file when needed.
pub fn choose(state: AppState, lang: Lang) {
    state.settings.update(|s| s.lang = Some(lang));
    fetch_wanted(state);
}

/// Fetches `lang`'s file from this site and installs it; false when it cannot be had (the
/// browser's console says why) or read.
async fn install(lang: Lang) -> bool {
    // Compiled from locales/<tag>.ftl at build time (scripts/locales.mjs).
    let url = format!("locales/{}.txt", lang.tag());
    fetch_text(&url)
        .await
        .is_some_and(|source| i18n::install(lang, &source).is_ok())
}

/// The text at `url` when it is there. The browser's fetch itself, not gloo-net's: this is
/// the first module's one request (the API's client comes with the second, see [`crate::split`]),
/// so the first module carries no HTTP client.
async fn fetch_text(url: &str) -> Option<String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let window = web_sys::window()?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}
