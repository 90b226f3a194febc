use leptos::prelude::*;

use super::text::text;
use super::token_input::{RememberToken, TokenInput, TokenProblem};
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
                <TokenInput id="welcome-token" described_by="welcome-token-help welcome-token-problem"
                    shown=Signal::stored(false) />
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
