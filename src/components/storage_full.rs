use leptos::prelude::*;

use super::dropped_film::DroppedFilm;
use crate::browser::storage::{self, keys};
use crate::core::i18n::Texts;
use crate::split::split;
use crate::state::AppState;

split! {
    /// The notes above the form that the second module's work brings, loaded later: the
    /// site's storage is full ([`StorageFull`]), a video was dropped on the page
    /// ([`DroppedFilm`]). One part, so the first screen awaits one.
    pub fn page_notes() -> AnyView {
        Ok(view! { <StorageFull /> <DroppedFilm /> }.into_any())
    }
}

/// Shown while the site's storage is full: what could not be saved (and is lost when the
/// tab closes), and, where there is something to delete, a button that frees space and
/// saves again.
#[component]
pub fn StorageFull() -> impl IntoView {
    let state = AppState::get();
    move || {
        let unsaved = storage::unsaved();
        if unsaved.is_empty() {
            return None;
        }
        let t = state.texts();
        let mut parts: Vec<String> = unsaved.iter().map(|key| part(t, key)).collect();
        parts.dedup();
        let freeable = storage::freeable();
        let free = (freeable > 0).then(|| {
            let label = t.storage_free(&state.lang.get().file_size(freeable as u64));
            view! {
                <button type="button" class="secondary" on:click=move |_| {
                    storage::free_space();
                    state.save_again();
                }>{label}</button>
            }
        });
        Some(view! {
            <div class="note notice" role="alert" data-testid="storage-full">
                <p>{t.storage_full(&parts.join(", "))}</p>
                {free}
            </div>
        })
    }
}

/// What the user would lose of the data under `key`, in words.
fn part(t: Texts, key: &str) -> String {
    match key {
        keys::HISTORY | keys::JOBS_V1 => t.storage_part_history(),
        keys::SETS => t.storage_part_sets(),
        keys::MODELS => t.storage_part_models(),
        keys::FORM | keys::MODEL_FORMS | keys::PENDING_FRAME => t.storage_part_form(),
        keys::IMAGE_QUEUE => t.storage_part_queue(),
        _ => t.storage_part_settings(),
    }
}
