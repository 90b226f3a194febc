use leptos::html::{Ol, Section};
use leptos::prelude::*;

use super::job_card::JobCard;
use super::set_panel::SetPanel;
use super::synced_play::SyncedPlay;
use super::text::text;
use crate::browser::page::reveal_if_one_column;
use crate::state::AppState;

/// The newest job and its result, where the eye goes after Generate: beside the inputs on
/// a wide screen (and in view while they scroll), below them on a phone. A set of
/// variations is shown together, side by side, with its own controls.
#[component]
pub fn CurrentJob() -> impl IntoView {
    let state = AppState::get();
    let shown = Memo::new(move |_| shown_as_current(state));
    let set_id = Memo::new(move |_| current_set(state).map(|s| s.0));
    let side_by_side = Signal::derive(move || shown.with(|ids| ids.len() > 1));
    let section = NodeRef::<Section>::new();
    let grid = NodeRef::<Ol>::new();
    // A new job (not the one found on load) is shown where the eye can see it.
    Effect::new(move |previous: Option<Option<String>>| {
        let now = shown.with(|ids| ids.first().cloned());
        if previous.is_some_and(|p| p != now && now.is_some()) {
            if let Some(section) = section.get_untracked() {
                reveal_if_one_column(&section);
            }
        }
        now
    });

    view! {
        <section class="current" aria-labelledby="current-heading" node_ref=section>
            <h2 id="current-heading">{text(|t| t.current_heading())}</h2>
            {move || set_id.get().map(|set_id| view! { <SetPanel set_id /> })}
            <Show
                when=move || shown.with(|ids| !ids.is_empty())
                fallback=move || view! { <p class="empty result-placeholder">{text(|t| t.result_placeholder())}</p> }
            >
                <Show when=move || side_by_side.get()>
                    <SyncedPlay grid />
                </Show>
                <ol class="job-list" class:job-grid=side_by_side node_ref=grid>
                    <For each=move || shown.get() key=|id| id.clone() let:request_id>
                        <JobCard image=image_of(state, &request_id) compact=side_by_side request_id />
                    </For>
                </ol>
            </Show>
        </section>
    }
}

/// The image a job of the current batch was sent with, shown on its card.
fn image_of(state: AppState, request_id: &str) -> Option<String> {
    state.sets.with_untracked(|sets| {
        sets.first()
            .and_then(|s| s.image_of(request_id))
            .map(str::to_owned)
    })
}

/// The newest set of variations, while it is what Generate last started (its id and the
/// request ids it sent, in order).
fn current_set(state: AppState) -> Option<(String, Vec<String>)> {
    let newest_job = state
        .jobs
        .with(|jobs| jobs.first().map(|j| j.request_id.clone()));
    state.sets.with(|sets| {
        let set = sets.first()?;
        let ids = set.request_ids();
        let is_current = match &newest_job {
            Some(newest) => ids.contains(newest) || !set.is_settled(),
            None => true,
        };
        is_current.then(|| (set.id.clone(), ids))
    })
}

/// The jobs shown as the current result (tracked): the newest set's, or the newest job.
/// The history lists the others.
pub fn shown_as_current(state: AppState) -> Vec<String> {
    match current_set(state) {
        Some((_, ids)) => ids,
        None => state
            .jobs
            .with(|jobs| jobs.first().map(|j| vec![j.request_id.clone()]))
            .unwrap_or_default(),
    }
}
