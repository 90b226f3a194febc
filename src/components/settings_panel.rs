use leptos::prelude::*;

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
            <h2 id="settings-heading">"Settings"</h2>
            <div class="field">
                <label for="api-token">"API token"</label>
                <div class="input-row">
                    <input
                        id="api-token"
                        name="api-token"
                        type=move || if show_token.get() { "text" } else { "password" }
                        autocomplete="off"
                        spellcheck="false"
                        aria-describedby="api-token-help"
                        placeholder="Paste your RunComfy API token"
                        prop:value=move || state.token.get()
                        on:input=move |ev| state.token.set(event_target_value(&ev).trim().to_owned())
                    />
                    <button
                        type="button"
                        class="secondary"
                        aria-pressed=move || show_token.get().to_string()
                        on:click=move |_| show_token.update(|s| *s = !*s)
                    >
                        {move || if show_token.get() { "Hide" } else { "Show" }}
                    </button>
                </div>
                <p id="api-token-help" class="help">
                    "From your RunComfy profile. Sent only to the API base below, in the Authorization header."
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
                        "Remember on this device"
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
                        "Forget token"
                    </button>
                </div>
            </div>
            <div class="field">
                <label for="api-base">"API base URL"</label>
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
                        "Reset"
                    </button>
                </div>
                <p id="api-base-help" class="help">
                    "If the browser blocks calls to RunComfy (CORS), use a same-origin proxy: with "
                    <code>"make serve"</code> " that is " <code>"http://127.0.0.1:8080/runcomfy"</code> "."
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
                        {move || if notifications.get() { "Notifications on" } else { "Notify me when a job finishes" }}
                    </button>
                </div>
                <p class="help">"When a job ends while this tab is in the background, the tab title changes; with notifications on, the system tells you too."</p>
            </div>
            {move || state.storage_note.get().map(|note| view! { <p class="note" data-testid="storage-note">{note}</p> })}
        </section>
    }
}
