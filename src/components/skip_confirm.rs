use leptos::html::Button;
use leptos::prelude::*;

use super::generate_bar::{blocking_reasons, focus_generate};
use crate::core::job::batch::{decide, BatchDecision, SkipQuestion};
use crate::services::{image_queue, jobs};
use crate::split::split;
use crate::state::AppState;

split! {
    /// The question before a queue's invalid images are left out, loaded later.
    pub fn skip_confirm() -> AnyView {
        Ok(view! { <SkipConfirm /> }.into_any())
    }
}

/// Asked in the page (not with `window.confirm`) when Generate finds invalid images in the
/// queue: "Skip N invalid images and send M jobs?", with each invalid image and its
/// reasons. Only "Skip them and send" leaves them out; "Keep all images" (or Escape) sends
/// nothing and keeps everything.
#[component]
pub fn SkipConfirm() -> impl IntoView {
    let state = AppState::get();
    // Follows the queue: removing the invalid images answers the question.
    let question = Memo::new(move |_| {
        if !state.skip_asked.get() {
            return None;
        }
        match decide(image_queue::active_counts(state)?, state.variations()) {
            BatchDecision::AskToSkip(question) => Some(question),
            _ => None,
        }
    });
    let invalid = move || {
        let lang = state.lang.get();
        state.image_queue.with(|queue| {
            queue
                .images
                .iter()
                .filter(|i| !i.check.is_sendable())
                .map(|i| format!("{}: {}", i.label, i.check.problems_in(lang).join(" ")))
                .collect::<Vec<_>>()
        })
    };
    let confirm_button = NodeRef::<Button>::new();
    // The question takes the focus when it is asked.
    Effect::new(move |_| {
        if question.with(Option::is_some) {
            if let Some(button) = confirm_button.get() {
                let _ = button.focus();
            }
        }
    });
    let keep = move || {
        state.skip_asked.set(false);
        focus_generate();
    };
    let skip = move |_| {
        state.skip_asked.set(false);
        if untrack(|| blocking_reasons(state)).is_empty() {
            jobs::submit_skipping_invalid(state);
        }
        focus_generate();
    };

    view! {
        <Show when=move || question.with(Option::is_some)>
            <div
                class="skip-confirm"
                role="alertdialog"
                aria-labelledby="skip-question"
                aria-describedby="skip-invalid"
                on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                    if ev.key() == "Escape" {
                        ev.prevent_default();
                        keep();
                    }
                }
            >
                <p id="skip-question">
                    <strong>{move || question.get().map(|q: SkipQuestion| q.message_in(state.lang.get()))}</strong>
                </p>
                <div id="skip-invalid">
                    <p>{move || state.texts().invalid_images()}</p>
                    <ul>{move || invalid().into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
                </div>
                <div class="input-row">
                    <button type="button" class="primary" node_ref=confirm_button on:click=skip>
                        {move || state.texts().skip_and_send()}
                    </button>
                    <button type="button" class="secondary" on:click=move |_| keep()>
                        {move || state.texts().keep_images()}
                    </button>
                </div>
            </div>
        </Show>
    }
}
