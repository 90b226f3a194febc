//! The UI language: English is built in; another language's file (`locales/<tag>.ftl`,
//! beside the app) is fetched once, when it is chosen or detected. Until it is here the UI
//! stays in the language it had; a file that cannot be had or read leaves it in English,
//! with a note.

use std::collections::BTreeSet;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::core::i18n::{self, Lang};
use crate::state::AppState;

/// Follows the wanted language: shows it at once when its file is installed, else fetches
/// the file (once per page) and shows it when it has been read.
pub fn follow_wanted(state: AppState) {
    let asked = StoredValue::new(BTreeSet::<Lang>::new());
    Effect::new(move |_| {
        let wanted = state.wanted_lang.get();
        if i18n::is_installed(wanted) {
            state.lang_failed.set(None);
            state.lang.set(wanted);
            return;
        }
        // A failed file is not asked for again in this page: the note stays instead.
        if asked.with_value(|a| a.contains(&wanted)) {
            state.lang_failed.set(Some(wanted));
            state.lang.set(Lang::En);
            return;
        }
        asked.update_value(|a| {
            a.insert(wanted);
        });
        spawn_local(async move {
            let installed = match fetch_file(wanted).await {
                Ok(source) => i18n::install(wanted, &source).map_err(|e| e.to_string()),
                Err(why) => Err(why),
            };
            // Another language may have been chosen meanwhile: only the latest counts.
            let still_wanted = state.wanted_lang.get_untracked() == wanted;
            match installed {
                Ok(()) if still_wanted => {
                    state.lang_failed.set(None);
                    state.lang.set(wanted);
                }
                Ok(()) => {}
                Err(why) => {
                    leptos::logging::warn!("language file {}.ftl: {why}", wanted.tag());
                    if still_wanted {
                        state.lang_failed.set(Some(wanted));
                        state.lang.set(Lang::En);
                    }
                }
            }
        });
    });
}

/// The text of `lang`'s file, from this site.
async fn fetch_file(lang: Lang) -> Result<String, String> {
    let url = format!("locales/{}.ftl", lang.tag());
    let response = gloo_net::http::Request::get(&url)
        .send()
        .await
        .map_err(|e| e.to_string())?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    response.text().await.map_err(|e| e.to_string())
}
