use leptos::prelude::*;
use leptos::task::spawn_local;

use super::job_card::JobCard;
use crate::browser::files::{save_text_file, take_picked_text};
use crate::browser::page::confirm;
use crate::core::history::{load_history, merge_jobs, HistoryFile};
use crate::core::persist::job_without_data_uris;
use crate::services::jobs;
use crate::state::AppState;

/// Every submitted job, newest first, with export, import and clear.
#[component]
pub fn JobList() -> impl IntoView {
    let state = AppState::get();
    let note = RwSignal::new(None::<String>);
    let ids = move || {
        state.jobs.with(|jobs| {
            jobs.iter()
                .map(|j| j.request_id.clone())
                .collect::<Vec<_>>()
        })
    };
    let has_jobs = move || state.jobs.with(|jobs| !jobs.is_empty());

    let export = move |_| {
        let jobs = state
            .jobs
            .with_untracked(|jobs| jobs.iter().map(job_without_data_uris).collect());
        let text = serde_json::to_string_pretty(&HistoryFile::new(jobs)).unwrap_or_default();
        if !save_text_file("wan-i2v-history.json", &text) {
            note.set(Some("The browser refused to save the file.".to_owned()));
        }
    };

    let import = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        spawn_local(async move {
            let Some(text) = take_picked_text(&input).await else {
                return;
            };
            let loaded = load_history(&text);
            if loaded.unreadable {
                note.set(Some(
                    "This file is not a Wan 2.2 history export.".to_owned(),
                ));
                return;
            }
            let skipped = loaded.skipped;
            let mut added = 0;
            state
                .jobs
                .update(|jobs| added = merge_jobs(jobs, loaded.jobs));
            let mut message = format!("Imported {added} job(s).");
            if skipped > 0 {
                message.push_str(&format!(" {skipped} damaged entr(y/ies) skipped."));
            }
            note.set(Some(message));
            jobs::resume_all(state);
        });
    };

    let clear = move |_| {
        if confirm(
            "Clear the whole history on this device? Results stay on RunComfy only as long \
             as RunComfy keeps them.",
        ) {
            state.jobs.set(Vec::new());
            note.set(Some("History cleared.".to_owned()));
        }
    };

    view! {
        <div class="input-row history-tools">
            <button type="button" class="secondary" on:click=export disabled=move || !has_jobs()>"Export history"</button>
            <label for="import-history" class="button secondary">"Import history"</label>
            <input id="import-history" class="visually-hidden" type="file" accept="application/json,.json"
                aria-label="Import history" on:change=import />
            <button type="button" class="secondary" on:click=clear disabled=move || !has_jobs()>"Clear history"</button>
        </div>
        <p class="note" role="status" data-testid="history-note">{move || note.get()}</p>
        <Show
            when=has_jobs
            fallback=|| view! { <p class="empty">"No jobs yet. Fill the form and press Generate."</p> }
        >
            <ol class="job-list">
                <For each=ids key=|id| id.clone() let:request_id>
                    <JobCard request_id />
                </For>
            </ol>
        </Show>
    }
}
