use leptos::prelude::*;

use super::job_card::JobCard;
use crate::state::AppState;

/// Every submitted job, newest first.
#[component]
pub fn JobList() -> impl IntoView {
    let state = AppState::get();
    let ids = move || {
        state.jobs.with(|jobs| {
            jobs.iter()
                .map(|j| j.request_id.clone())
                .collect::<Vec<_>>()
        })
    };
    view! {
        <Show
            when=move || state.jobs.with(|jobs| !jobs.is_empty())
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
