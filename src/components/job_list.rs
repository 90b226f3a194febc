use leptos::prelude::*;
use leptos::task::spawn_local;

use super::current_job::{shown_as_current, CurrentJob};
use super::gallery::Gallery;
use super::job_card::JobCard;
use super::spend_view::SpendView;
use super::text::text;
use crate::browser::files::{save_text_file, take_picked_text};
use crate::browser::page::confirm;
use crate::core::job::history::{load_history, merge_jobs, HistoryFile};
use crate::core::job::persist::job_without_data_uris;
use crate::core::job::total_cost;
use crate::services::jobs;
use crate::split::split;
use crate::state::AppState;

split! {
    /// The result, the history and what is kept on this device, loaded later.
    pub fn results() -> AnyView {
        Ok(view! {
            <CurrentJob />
            <section class="jobs" aria-labelledby="jobs-heading">
                <h2 id="jobs-heading">{text(|t| t.jobs_heading())}</h2>
                <JobList />
            </section>
            <Gallery />
            <SpendView />
        }
        .into_any())
    }
}

/// How many jobs the history shows at first, and adds at each "Show more".
const PAGE: usize = 20;

/// Every job before the current one, newest first (the newest [`PAGE`], and more on
/// request: a history of hundreds of jobs is back at once), with export, import and clear
/// (of the whole history, the current job included).
#[component]
pub fn JobList() -> impl IntoView {
    let state = AppState::get();
    let note = RwSignal::new(None::<String>);
    let shown = RwSignal::new(PAGE);
    let older = Memo::new(move |_| {
        let current = shown_as_current(state);
        state.jobs.with(|jobs| {
            jobs.iter()
                .filter(|j| !current.contains(&j.request_id))
                .map(|j| j.request_id.clone())
                .collect::<Vec<_>>()
        })
    });
    let ids = Memo::new(move |_| {
        older.with(|all| all.iter().take(shown.get()).cloned().collect::<Vec<_>>())
    });
    let hidden = move || older.with(Vec::len).saturating_sub(shown.get());
    let has_jobs = move || state.jobs.with(|jobs| !jobs.is_empty());
    let has_older = move || older.with(|ids| !ids.is_empty());

    let export = move |_| {
        let jobs = state
            .jobs
            .with_untracked(|jobs| jobs.iter().map(job_without_data_uris).collect());
        let text = serde_json::to_string_pretty(&HistoryFile::new(jobs)).unwrap_or_default();
        if !save_text_file("wan-i2v-history.json", &text, "application/json") {
            note.set(Some(state.texts_now().save_refused()));
        }
    };

    let import = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        spawn_local(async move {
            let Some(text) = take_picked_text(&input).await else {
                return;
            };
            let loaded = load_history(&text);
            let t = state.texts_now();
            if loaded.unreadable {
                note.set(Some(t.not_a_history()));
                return;
            }
            let skipped = loaded.skipped;
            let mut added = 0;
            state
                .jobs
                .update(|jobs| added = merge_jobs(jobs, loaded.jobs));
            let mut message = t.imported_jobs(added as u64);
            if skipped > 0 {
                message.push(' ');
                message.push_str(&t.skipped_entries(skipped as u64));
            }
            note.set(Some(message));
            jobs::resume_all(state);
        });
    };

    let clear = move |_| {
        let t = state.texts_now();
        if confirm(&t.clear_history_question()) {
            state.jobs.set(Vec::new());
            note.set(Some(t.history_cleared()));
        }
    };

    view! {
        <div class="input-row history-tools">
            <button type="button" class="secondary" on:click=export disabled=move || !has_jobs()>{text(|t| t.export_history())}</button>
            <label for="import-history" class="button secondary">{text(|t| t.import_history())}</label>
            <input id="import-history" class="visually-hidden" type="file" accept="application/json,.json"
                aria-label=text(|t| t.import_history()) on:change=import />
            <button type="button" class="secondary" on:click=clear disabled=move || !has_jobs()>{text(|t| t.clear_history())}</button>
        </div>
        {move || state.jobs.with(|jobs| total_cost(jobs)).map(|usd| view! {
            <p class="total-cost" data-testid="total-cost">
                {move || { let lang = state.lang.get(); lang.texts().total_cost(&lang.usd(usd)) }}
            </p>
        })}
        <p class="note" role="status" data-testid="history-note">{move || note.get()}</p>
        <Show
            when=has_older
            fallback=move || view! { <p class="empty">{text(|t| t.no_jobs())}</p> }
        >
            <ol class="job-list">
                <For each=move || ids.get() key=|id| id.clone() let:request_id>
                    <JobCard request_id in_history=true />
                </For>
            </ol>
            <Show when=move || hidden() != 0>
                <button type="button" class="secondary show-more" data-testid="show-more"
                    on:click=move |_| shown.update(|n| *n += PAGE)>
                    {move || state.texts().show_more_jobs(hidden().min(PAGE) as u64, hidden() as u64)}
                </button>
            </Show>
        </Show>
    }
}
