use leptos::html::Section;
use leptos::prelude::*;

use super::job_card::JobCard;
use super::text::text;
use crate::browser::page::reveal_if_one_column;
use crate::state::AppState;

/// The newest job and its result, where the eye goes after Generate: beside the inputs on
/// a wide screen (and in view while they scroll), below them on a phone.
#[component]
pub fn CurrentJob() -> impl IntoView {
    let state = AppState::get();
    let newest = Memo::new(move |_| {
        state
            .jobs
            .with(|jobs| jobs.first().map(|j| j.request_id.clone()))
    });
    let section = NodeRef::<Section>::new();
    // A new job (not the one found on load) is shown where the eye can see it.
    Effect::new(move |previous: Option<Option<String>>| {
        let now = newest.get();
        if previous.is_some_and(|p| p != now && now.is_some()) {
            if let Some(section) = section.get_untracked() {
                reveal_if_one_column(&section);
            }
        }
        now
    });

    view! {
        <section class="current" aria-labelledby="current-heading" node_ref=section>
            <h2 id="current-heading">{text(|t| t.current_heading)}</h2>
            {move || match newest.get() {
                Some(request_id) => view! {
                    <ol class="job-list"><JobCard request_id /></ol>
                }.into_any(),
                None => view! { <p class="empty result-placeholder">{text(|t| t.result_placeholder)}</p> }.into_any(),
            }}
        </section>
    }
}
