use leptos::prelude::*;

use crate::browser::media_store;
use crate::services::kept_results;
use crate::state::AppState;

/// How many results are kept on this device and their size, with the space the site uses of
/// what the browser allows where it says (`navigator.storage.estimate()`, read again after
/// each result kept). In Settings and above the gallery.
#[component]
pub fn KeptSpace(testid: &'static str) -> impl IntoView {
    let state = AppState::get();
    let space = LocalResource::new(move || {
        kept_results::totals();
        media_store::space()
    });
    let summary = move || {
        let (count, bytes) = kept_results::totals();
        let lang = state.lang.get();
        let t = lang.texts();
        let size = lang.file_size(bytes as u64);
        match space.get().flatten() {
            Some((used, quota)) => t.kept_space(
                count as u64,
                &size,
                &lang.file_size(used as u64),
                &lang.file_size(quota as u64),
            ),
            None => t.kept_count(count as u64, &size),
        }
    };
    view! { <p class="help" data-testid=testid>{summary}</p> }
}
