use leptos::prelude::*;

use super::text::text;
use crate::state::AppState;

/// The first visit's invitation: paste a token, where to find one, where it goes. The token
/// counts as it is typed (Generate needs nothing more); "Use this token" or Enter folds the
/// invitation into the header chip, so the page moves only when the user asks it to.
#[component]
pub fn TokenWelcome() -> impl IntoView {
    let state = AppState::get();
    let has_token = move || !state.token.with(|t| t.is_empty());

    view! {
        <form
            class="welcome"
            on:submit=move |ev| {
                ev.prevent_default();
                if has_token() {
                    state.welcome.set(false);
                }
            }
        >
            <label for="welcome-token">{text(|t| t.welcome_token())}</label>
            <div class="input-row">
                <input
                    id="welcome-token"
                    name="api-token"
                    type="password"
                    autocomplete="off"
                    spellcheck="false"
                    aria-describedby="welcome-token-help"
                    placeholder=text(|t| t.token_placeholder())
                    prop:value=move || state.token.get()
                    on:input=move |ev| state.token.set(event_target_value(&ev).trim().to_owned())
                />
                <button type="submit" disabled=move || !has_token()>{text(|t| t.use_token())}</button>
            </div>
            <div id="welcome-token-help" class="help">
                <p>{text(|t| t.welcome_where())}</p>
                <p>{text(|t| t.welcome_stays())}</p>
            </div>
            <RememberToken />
        </form>
    }
}

/// The opt-in to keep the token on this device (in the invitation and in the settings).
#[component]
pub fn RememberToken() -> impl IntoView {
    let state = AppState::get();
    view! {
        <label class="check">
            <input
                type="checkbox"
                prop:checked=move || state.settings.with(|s| s.remember_token)
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    state.settings.update(|s| s.remember_token = on);
                }
            />
            {text(|t| t.remember_token())}
        </label>
    }
}
