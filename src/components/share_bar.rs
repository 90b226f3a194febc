use leptos::prelude::*;
use leptos::task::spawn_local;

use super::text::text;
use crate::browser::json;
use crate::browser::page::copy_text;
use crate::core::form::request_body;
use crate::core::form::share::{curl_command, share_fragment};
use crate::split::split;
use crate::state::AppState;

split! {
    /// Sharing the inputs (link, cURL), under Generate, loaded later.
    pub fn share_bar() -> AnyView {
        Ok(view! { <ShareBar /> }.into_any())
    }
}

/// "Copy share link" (the inputs in the URL fragment, never the token) and "Copy as cURL"
/// (the exact request, with `$YOUR_API_TOKEN` in place of the token).
#[component]
pub fn ShareBar() -> impl IntoView {
    let state = AppState::get();
    let feedback = RwSignal::new(None::<String>);
    let curl_shown = RwSignal::new(false);

    let curl = move || {
        let body = state.schema.with(|schema| {
            state
                .form
                .with(|form| request_body(schema, form, json::read))
        });
        let url = state
            .settings
            .with(|s| state.client().submit_url(&s.model_id));
        curl_command(&url, &body)
    };

    let copy_link = move |_| {
        let (fragment, left_out) = state.form.with_untracked(share_fragment);
        let Some(location) = web_sys::window().map(|w| w.location()) else {
            return;
        };
        let page = format!(
            "{}{}{}",
            location.origin().unwrap_or_default(),
            location.pathname().unwrap_or_default(),
            location.search().unwrap_or_default()
        );
        let link = format!("{page}{fragment}");
        spawn_local(async move {
            let copied = copy_text(&link).await;
            let t = state.texts_now();
            let mut message = if copied {
                t.link_copied_note()
            } else {
                t.copy_this_link(&link)
            };
            if left_out {
                message.push(' ');
                message.push_str(&t.link_leaves_out_image());
            }
            feedback.set(Some(message));
        });
    };

    let copy_curl = move |_| {
        let text = curl();
        spawn_local(async move {
            let copied = copy_text(&text).await;
            let t = state.texts_now();
            feedback.set(Some(
                if copied {
                    t.curl_copied()
                } else {
                    t.select_curl()
                }
                .to_owned(),
            ));
        });
    };

    view! {
        <div class="share-bar">
            <div class="input-row">
                <button type="button" class="secondary" on:click=copy_link>{text(|t| t.copy_share_link())}</button>
                <button type="button" class="secondary" on:click=copy_curl>{text(|t| t.copy_curl())}</button>
            </div>
            <p class="note" role="status" data-testid="share-feedback">{move || feedback.get()}</p>
            <details class="curl" on:toggle=move |ev| {
                let details: web_sys::HtmlDetailsElement = event_target(&ev);
                curl_shown.set(details.open());
            }>
                <summary>{text(|t| t.show_curl())}</summary>
                // Written out only while open: local files make it megabytes long.
                <pre data-testid="curl-text">{move || curl_shown.get().then(curl)}</pre>
            </details>
        </div>
    }
}
