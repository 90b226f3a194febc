use leptos::prelude::*;

use crate::browser::page::confirm;
use crate::core::job::set::JobSet;
use crate::services::jobs;
use crate::state::AppState;

/// A set of variations (or a batch of images, one job each) at a glance: how many were sent, wait, or were not sent; "Cancel all
/// queued" while any can be cancelled or waits, and a button to send what was not sent
/// (after a reload, nothing is sent on its own).
#[component]
pub fn SetPanel(set_id: String) -> impl IntoView {
    let state = AppState::get();
    let id = StoredValue::new(set_id);
    let set = Memo::new(move |_| {
        state
            .sets
            .with(|sets| sets.iter().find(|s| s.id == id.get_value()).cloned())
    });
    let counts = move || set.with(|s| s.as_ref().map(counts_of));
    let cancellable = move || {
        set.with(|s| {
            s.as_ref().is_some_and(|s| {
                s.waiting() > 0
                    || s.request_ids()
                        .iter()
                        .any(|r| state.with_job(r, |j| j.phase.can_cancel()).unwrap_or(false))
            })
        })
    };
    let send_rest = move |_| {
        let careful = set.with_untracked(|s| s.as_ref().is_some_and(JobSet::resend_needs_care));
        if careful && !confirm(&state.texts_now().resend_question()) {
            return;
        }
        jobs::update_set(state, &id.get_value(), JobSet::send_again);
        jobs::run_set(state, id.get_value());
    };

    view! {
        <div class="job-set" data-testid="job-set">
            <p>{move || {
                let images = set.with(|s| s.as_ref().map_or(0, JobSet::image_count)) as u64;
                counts().map(|(n, sent, waiting, not_sent)| {
                    let t = state.texts();
                    if images > 0 {
                        t.batch_summary(images, n, sent, waiting, not_sent)
                    } else {
                        t.set_summary(n, sent, waiting, not_sent)
                    }
                })
            }}</p>
            {move || {
                let lost = set.with(|s| s.as_ref().map_or(0, JobSet::files_not_kept)) as u64;
                (lost > 0).then(|| view! { <p class="note">{move || state.texts().files_not_kept(lost)}</p> })
            }}
            <div class="input-row">
                <Show when=cancellable>
                    <button type="button" class="secondary" on:click=move |_| jobs::cancel_set(state, &id.get_value())>
                        {move || state.texts().cancel_all_queued()}
                    </button>
                </Show>
                {move || counts().filter(|c| c.3 > 0).map(|(_, _, _, not_sent)| view! {
                    <button type="button" class="secondary" disabled=move || state.submitting.get() on:click=send_rest>
                        {move || state.texts().send_not_sent(not_sent)}
                    </button>
                })}
            </div>
        </div>
    }
}

/// (items, sent, waiting, not sent) of a set.
fn counts_of(set: &JobSet) -> (u64, u64, u64, u64) {
    (
        set.items.len() as u64,
        set.request_ids().len() as u64,
        set.waiting() as u64,
        set.not_sent() as u64,
    )
}
