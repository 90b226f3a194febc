use leptos::prelude::*;

use super::proxy_offer::ProxyOffer;
use super::text::text;
use crate::core::api::error::ApiError;
use crate::services::balance;
use crate::split::split;
use crate::state::{AppState, BalanceState};

split! {
    /// The balance in the token chip, loaded later.
    pub fn chip_balance() -> AnyView {
        Ok(view! { <ChipBalance /> }.into_any())
    }
}

/// " · $12.34" after the token chip's text, once RunComfy said.
#[component]
fn ChipBalance() -> impl IntoView {
    let state = AppState::get();
    move || match state.balance.get() {
        BalanceState::Known(usd) => Some(view! {
            <span class="chip-balance" data-testid="balance" title=text(|t| t.balance_label())>
                {move || format!(" · {}", state.lang.get().usd(usd))}
            </span>
        }),
        _ => None,
    }
}

/// The balance in the settings: what RunComfy said is left, with Refresh; or why it could
/// not be read.
#[component]
pub fn BalanceField() -> impl IntoView {
    let state = AppState::get();
    let has_token = move || !state.token.with(|t| t.trim().is_empty());
    let line = move || {
        let lang = state.lang.get();
        let t = lang.texts();
        match state.balance.get() {
            BalanceState::Unknown => t.balance_unknown(),
            BalanceState::Known(usd) => lang.usd(usd),
            BalanceState::Refused(ApiError::Network) => t.balance_blocked(),
            BalanceState::Refused(error) => error.message_in(lang),
        }
    };
    view! {
        <div class="field">
            <span class="label" id="balance-label">{text(|t| t.balance_label())}</span>
            <div class="input-row">
                <output data-testid="balance-field" aria-labelledby="balance-label" aria-live="polite">{line}</output>
                <button type="button" class="secondary" disabled=move || !has_token()
                    on:click=move |_| balance::refresh(state)>
                    {text(|t| t.balance_refresh())}
                </button>
            </div>
        </div>
    }
}

/// Said once under Generate (until dismissed, for this API base) when the browser cannot
/// reach the balance: jobs are not affected, and the site's proxy carries it.
#[component]
pub fn BalanceNote() -> impl IntoView {
    let state = AppState::get();
    move || {
        balance::blocked_note_due(state).then(|| {
            view! {
                <div class="note notice" role="status" data-testid="balance-note">
                    <p>{text(|t| t.balance_blocked())}</p>
                    <ProxyOffer hide_when_used=true>
                        <button type="button" class="secondary" on:click=move |_| balance::dismiss_blocked_note(state)>
                            {text(|t| t.close())}
                        </button>
                    </ProxyOffer>
                </div>
            }
        })
    }
}
