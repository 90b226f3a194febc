//! The token's field and what goes with it, the same in the first visit's invitation and in
//! the settings.

use leptos::prelude::*;

use super::text::text;
use crate::core::api::token;
use crate::state::AppState;

/// The token's field. Its text is masked by CSS unless `shown`, not `type="password"`: a
/// password field invites the browser to save it as a login, and "Remember on this device"
/// is the only way the token is kept. Password managers are told to leave it alone.
#[component]
pub fn TokenInput(
    id: &'static str,
    /// The ids of its help and its problem line.
    described_by: &'static str,
    /// Whether the token is shown in clear.
    shown: Signal<bool>,
) -> impl IntoView {
    let state = AppState::get();
    view! {
        <input
            id=id
            name="api-token"
            type="text"
            class:secret=move || !shown.get()
            autocomplete="off"
            autocapitalize="off"
            spellcheck="false"
            data-1p-ignore
            data-lpignore="true"
            data-bwignore
            data-form-type="other"
            aria-describedby=described_by
            aria-invalid=move || state.token.with(|t| token::check(t).is_err()).to_string()
            placeholder=text(|t| t.token_placeholder())
            prop:value=move || state.token.get()
            on:input=move |ev| set_token(state, &event_target_value(&ev))
        />
    }
}

/// Takes the token as typed or pasted, without what a paste brings around it (spaces,
/// line breaks, zero-width characters).
pub fn set_token(state: AppState, typed: &str) {
    state.token.set(token::trimmed(typed).to_owned());
}

/// What is wrong with the token as typed: the first character no request can carry (a
/// smart quote, "…", a zero-width space), by position. Empty while it is fine.
#[component]
pub fn TokenProblem(id: &'static str) -> impl IntoView {
    let state = AppState::get();
    view! {
        <p id=id class="field-error token-problem" role="alert" data-testid="token-problem">
            {move || state.token.with(|t| token::check(t).err()).map(|p| p.message_in(state.lang.get()))}
        </p>
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
