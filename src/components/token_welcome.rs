use leptos::prelude::*;

use super::text::text;
use crate::core::api::token;
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
                    type="text"
                    class="secret"
                    autocomplete="off"
                    autocapitalize="off"
                    spellcheck="false"
                    data-1p-ignore
                    data-lpignore="true"
                    data-bwignore
                    data-form-type="other"
                    aria-describedby="welcome-token-help welcome-token-problem"
                    aria-invalid=move || state.token.with(|t| token::check(t).is_err()).to_string()
                    placeholder=text(|t| t.token_placeholder())
                    prop:value=move || state.token.get()
                    on:input=move |ev| set_token(state, &event_target_value(&ev))
                />
                <button type="submit" disabled=move || !has_token()>{text(|t| t.use_token())}</button>
            </div>
            <TokenProblem id="welcome-token-problem" />
            <div id="welcome-token-help" class="help">
                <p>{text(|t| t.welcome_where())}</p>
                <p>{text(|t| t.welcome_stays())}</p>
            </div>
            <RememberToken />
        </form>
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
