use leptos::prelude::*;

use super::media_status::image_summary;
use crate::browser::page::focus_soon;
use crate::core::i18n::Lang;
use crate::services::image_queue;
use crate::split::split;
use crate::state::{AppState, MediaField};

split! {
    /// A queue of images in the image field (two or more picked at once), loaded later.
    pub fn image_queue(property: String, into_single: Callback<(Option<String>, MediaField)>) -> AnyView {
        Ok(view! { <ImageQueueView property into_single /> }.into_any())
    }
}

/// The queue of an image field given several images at once: a thumbnail per image with
/// its facts, "within limits" or the reasons it cannot be sent (the same messages as a
/// single image), a Remove button each, and "Remove all images". Each valid image becomes
/// a job; Generate asks before leaving out the others.
#[component]
pub fn ImageQueueView(
    /// The property the queue is for (`img_url`).
    property: String,
    /// Takes the last image left as the field's single image (its value and check).
    into_single: Callback<(Option<String>, MediaField)>,
) -> impl IntoView {
    let state = AppState::get();
    let heading_id = format!("queue-{property}");
    let labelled_by = heading_id.clone();
    let url_field = StoredValue::new(format!("field-{property}"));
    // Keyed by id and whether the check is done: an image is drawn anew once checked.
    let keys = move || {
        state.image_queue.with(|queue| {
            queue
                .images
                .iter()
                .map(|i| (i.id, i.check == MediaField::Checking))
                .collect::<Vec<_>>()
        })
    };
    let count = move || state.image_queue.with(|q| q.images.len() as u64);
    let remove = move |id: u64| {
        let position = state
            .image_queue
            .with_untracked(|q| q.images.iter().position(|i| i.id == id));
        image_queue::remove(state, id, |value, check| into_single.run((value, check)));
        // Focus stays in the list: on the image that took its place, else the one before;
        // with the queue gone, on the field's URL input.
        let next = state.image_queue.with_untracked(|q| {
            let at = position.unwrap_or(0).min(q.images.len().saturating_sub(1));
            q.images.get(at).map(|i| remove_id(i.id))
        });
        focus_soon(next.unwrap_or_else(|| url_field.get_value()));
    };
    let remove_all = move |_| {
        image_queue::clear(state);
        focus_soon(url_field.get_value());
    };

    view! {
        <div class="image-queue" role="group" aria-labelledby=labelled_by>
            <p id=heading_id class="queue-heading">{move || state.texts().queue_heading(count())}</p>
            <ul class="queue-list">
                <For each=keys key=|k| *k let:key>
                    <QueueItem id=key.0 on_remove=Callback::new(remove) />
                </For>
            </ul>
            <div class="input-row">
                <button type="button" class="secondary" on:click=remove_all>
                    {move || state.texts().remove_all_images()}
                </button>
            </div>
        </div>
    }
}

/// One image of the queue.
#[component]
fn QueueItem(id: u64, on_remove: Callback<u64>) -> impl IntoView {
    let state = AppState::get();
    let Some((label, check)) = state.image_queue.with_untracked(|q| {
        q.images
            .iter()
            .find(|i| i.id == id)
            .map(|i| (i.label.clone(), i.check.clone()))
    }) else {
        return ().into_any();
    };
    let ok = check.is_sendable();
    let checking = check == MediaField::Checking;
    let preview = match &check {
        MediaField::Image { image, .. } => Some(image.preview_url.clone()),
        _ => None,
    };
    let remove_label = {
        let label = label.clone();
        move || state.texts().remove_entry_named(&label)
    };
    // An image that breaks only limits a smaller, flattened copy meets is mended in place.
    let fit_button = check.can_fit().then(|| {
        let label = label.clone();
        view! {
            <button type="button" class="secondary" on:click=move |_| image_queue::fit(state, id)>
                <span aria-hidden="true">{move || state.texts().fit_to_limits()}</span>
                <span class="visually-hidden">{move || state.texts().fit_entry_named(&label)}</span>
            </button>
        }
    });
    let details = move || item_details(&check, state.lang.get());

    view! {
        <li class="queue-item" class:invalid=!ok && !checking data-testid="queue-item">
            {match preview {
                Some(src) => view! { <img src=src alt="" /> }.into_any(),
                None => view! { <span class="queue-thumb-missing" aria-hidden="true"></span> }.into_any(),
            }}
            <div class="queue-facts">
                <p class="image-label">{label}</p>
                {details}
            </div>
            <div class="queue-actions">
                {fit_button}
                <button type="button" class="secondary" id=remove_id(id) on:click=move |_| on_remove.run(id)>
                    <span aria-hidden="true">{move || state.texts().remove_entry()}</span>
                    <span class="visually-hidden">{remove_label}</span>
                </button>
            </div>
        </li>
    }
    .into_any()
}

/// What a queued image's card says: still being checked, or its facts and whether it is
/// within the limits, with the reasons it is not.
fn item_details(check: &MediaField, lang: Lang) -> AnyView {
    let t = lang.texts();
    if *check == MediaField::Checking {
        return view! { <p class="checking">{t.image_checking()}</p> }.into_any();
    }
    let facts = match check {
        MediaField::Image { image, .. } => Some(image_summary(&image.facts, lang)),
        _ => None,
    };
    let problems = check.problems_in(lang);
    let ok = problems.is_empty();
    view! {
        {facts.map(|f| view! { <p class="image-facts" data-testid="queue-facts">{f}</p> })}
        {ok.then(|| view! { <p class="ok">{t.within_limits()}</p> })}
        <ul class="problems">
            {problems.into_iter().map(|p| view! { <li class="field-error">{p}</li> }).collect_view()}
        </ul>
    }
    .into_any()
}

/// The id of an image's Remove button.
fn remove_id(id: u64) -> String {
    format!("queue-remove-{id}")
}
