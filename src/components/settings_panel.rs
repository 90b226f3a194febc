use leptos::prelude::*;

use super::text::text;
use crate::api::DEFAULT_API_BASE;
use crate::browser::notify;
use crate::state::AppState;

/// The API token (in memory unless remembered) and the API base URL.
#[component]
pub fn SettingsPanel() -> impl IntoView {
    let state = AppState::get();
    let show_token = RwSignal::new(false);
    let notifications = RwSignal::new(notify::allowed());
    let has_token = move || !state.token.with(|t| t.trim().is_empty());

    view! {
        <section class="settings" aria-labelledby="settings-heading">
            <h2 id="settings-heading">{text(|t| t.settings_heading)}</h2>
            <div class="field">
                <label for="api-token">{text(|t| t.api_token)}</label>
                <div class="input-row">
                    <input
                        id="api-token"
                        name="api-token"
                        type=move || if show_token.get() { "text" } else { "password" }
                        autocomplete="off"
                        spellcheck="false"
                        aria-describedby="api-token-help"
                        placeholder=text(|t| t.token_placeholder)
                        prop:value=move || state.token.get()
                        on:input=move |ev| state.token.set(event_target_value(&ev).trim().to_owned())
                    />
                    <button
                        type="button"
                        class="secondary"
                        aria-pressed=move || show_token.get().to_string()
                        on:click=move |_| show_token.update(|s| *s = !*s)
                    >
                        {move || { let t = state.texts(); if show_token.get() { t.hide } else { t.show } }}
                    </button>
                </div>
                <p id="api-token-help" class="help">
                    {text(|t| t.token_help)}
                </p>
                <div class="input-row">
                    <label class="check">
                        <input
                            type="checkbox"
                            prop:checked=move || state.settings.with(|s| s.remember_token)
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                state.settings.update(|s| s.remember_token = on);
                            }
                        />
                        {text(|t| t.remember_token)}
                    </label>
                    <button
                        type="button"
                        class="secondary"
                        disabled=move || !has_token() && !state.settings.with(|s| s.remember_token)
                        on:click=move |_| {
                            state.token.set(String::new());
                            state.settings.update(|s| s.remember_token = false);
                        }
                    >
                        {text(|t| t.forget_token)}
                    </button>
                </div>
            </div>
            <div class="field">
                <label for="api-base">{text(|t| t.api_base)}</label>
                <div class="input-row">
                    <input
                        id="api-base"
                        name="api-base"
                        type="url"
                        spellcheck="false"
                        aria-describedby="api-base-help"
                        prop:value=move || state.settings.with(|s| s.api_base.clone())
                        on:change=move |ev| {
                            let base = event_target_value(&ev).trim().to_owned();
                            state.settings.update(|s| s.api_base = base);
                        }
                    />
                    <button
                        type="button"
                        class="secondary"
                        disabled=move || state.settings.with(|s| s.api_base == DEFAULT_API_BASE)
                        on:click=move |_| state.settings.update(|s| s.api_base = DEFAULT_API_BASE.to_owned())
                    >
                        {text(|t| t.reset)}
                    </button>
                </div>
                <p id="api-base-help" class="help">
                    {text(|t| t.api_base_help_before)}
                    <code>"make serve"</code> {text(|t| t.api_base_help_between)} <code>"http://127.0.0.1:8080/runcomfy"</code> "."
                </p>
            </div>
            <div class="field">
                <div class="input-row">
                    <button
                        type="button"
                        class="secondary"
                        disabled=move || notifications.get()
                        on:click=move |_| {
                            leptos::task::spawn_local(async move { notifications.set(notify::ask().await) });
                        }
                    >
                        {move || { let t = state.texts(); if notifications.get() { t.notify_on } else { t.notify_ask } }}
                    </button>
                </div>
                <p class="help">{text(|t| t.notify_help)}</p>
            </div>
            {move || state.storage_note.get().map(|note| view! { <p class="note" data-testid="storage-note">{text(note)}</p> })}
        </section>
    }
}
