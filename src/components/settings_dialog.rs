use leptos::html::Dialog;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::balance_view::{self, BalanceField};
use super::budget_field::BudgetField;
use super::kept_space::KeptSpace;
use super::language_select::LanguageSelect;
use super::proxy_offer::ProxyOffer;
use super::text::text;
use super::token_input::{RememberToken, TokenInput, TokenProblem};
use crate::api::DEFAULT_API_BASE;
use crate::browser::notify;
use crate::core::api::token;
use crate::services::{kept_results, tabs};
use crate::split::{self, later, split};
use crate::state::AppState;

split! {
    /// The settings dialog (closed), loaded later.
    pub fn settings() -> AnyView {
        Ok(view! { <SettingsDialog /> }.into_any())
    }
}

/// The header's way into the settings: a chip that shows a token is set ("Token ✓ …abcd"),
/// and the Settings button. Both open [`SettingsDialog`].
#[component]
pub fn SettingsButton() -> impl IntoView {
    let state = AppState::get();
    let token_end = move || {
        state.token.with(|t| {
            let chars: Vec<char> = t.chars().collect();
            (!chars.is_empty()).then(|| {
                chars[chars.len().saturating_sub(4)..]
                    .iter()
                    .collect::<String>()
            })
        })
    };
    let open = move |_| state.settings_open.set(true);
    view! {
        {move || token_end().map(|end| view! {
            <button type="button" class="chip" aria-haspopup="dialog" data-testid="token-chip" on:click=open>
                {move || {
                    let t = state.texts();
                    // A token no request can carry is not "✓": the settings say why.
                    if state.token.with(|token| token::check(token).is_ok()) {
                        t.token_chip(&end)
                    } else {
                        t.token_chip_unsendable(&end)
                    }
                }}
                {split::view_of(state, async move { later!(balance_view::chip_balance()) })}
            </button>
        })}
        <button type="button" id="open-settings" class="secondary" aria-haspopup="dialog" on:click=open>
            <span aria-hidden="true">"⚙ "</span>{text(|t| t.open_settings())}
        </button>
    }
}

/// The settings in a native modal `<dialog>`: the token (shown, remembered, forgotten), the
/// API base, the balance and a spending limit, notifications and the language. Focus moves in when it opens and back to the
/// button that opened it when it closes; Escape, Close and a click beside it close it. Its
/// fields exist only while it is open.
#[component]
pub fn SettingsDialog() -> impl IntoView {
    let state = AppState::get();
    let dialog = NodeRef::<Dialog>::new();
    let opener = StoredValue::new_local(None::<web_sys::HtmlElement>);

    Effect::new(move |_| {
        let open = state.settings_open.get();
        let Some(dialog) = dialog.get() else {
            return;
        };
        if open && !dialog.open() {
            opener.set_value(active_element());
            let _ = dialog.show_modal();
            // The fields render with the open state; focus the first field once it is there.
            gloo_timers::callback::Timeout::new(0, move || {
                if let Some(field) = dialog
                    .query_selector("input, select, textarea")
                    .ok()
                    .flatten()
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = field.focus();
                }
            })
            .forget();
        } else if !open && dialog.open() {
            dialog.close();
        }
    });

    let on_close = move |_| {
        state.settings_open.set(false);
        if let Some(opener) = opener.get_value() {
            let _ = opener.focus();
        }
    };
    // A click on the backdrop lands on the <dialog> itself; its content sits in a wrapper.
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let on_backdrop =
            ev.target()
                .zip(dialog.get_untracked())
                .is_some_and(|(target, dialog)| {
                    let dialog: &web_sys::EventTarget = dialog.as_ref();
                    &target == dialog
                });
        if on_backdrop {
            state.settings_open.set(false);
        }
    };

    view! {
        <dialog node_ref=dialog class="settings-dialog" aria-labelledby="settings-heading"
            on:close=on_close on:click=on_click>
            <Show when=move || state.settings_open.get()>
                <SettingsFields />
            </Show>
        </dialog>
    }
}

/// The dialog's content.
#[component]
fn SettingsFields() -> impl IntoView {
    let state = AppState::get();
    let show_token = RwSignal::new(false);
    let notifications = RwSignal::new(notify::allowed());
    let has_token = move || !state.token.with(|t| t.trim().is_empty());
    // The field follows the base alone: another setting changed meanwhile (the language,
    // the model) does not write the kept base over what is being typed.
    let api_base = Memo::new(move |_| state.settings.with(|s| s.api_base.clone()));

    view! {
        <div class="dialog-body">
            <div class="dialog-title">
                <h2 id="settings-heading">{text(|t| t.settings_heading())}</h2>
                <button type="button" class="secondary" on:click=move |_| state.settings_open.set(false)>
                    {text(|t| t.close())}
                </button>
            </div>
            <div class="field">
                <label for="api-token">{text(|t| t.api_token())}</label>
                <div class="input-row">
                    <TokenInput id="api-token" described_by="api-token-help api-token-problem"
                        shown=show_token.into() />
                    <button
                        type="button"
                        class="secondary"
                        aria-pressed=move || show_token.get().to_string()
                        on:click=move |_| show_token.update(|s| *s = !*s)
                    >
                        {move || { let t = state.texts(); if show_token.get() { t.hide() } else { t.show() } }}
                    </button>
                </div>
                <TokenProblem id="api-token-problem" />
                <p id="api-token-help" class="help">{text(|t| t.token_help())}</p>
                <div class="input-row">
                    <RememberToken />
                    <button
                        type="button"
                        class="secondary"
                        disabled=move || !has_token() && !state.settings.with(|s| s.remember_token)
                        on:click=move |_| {
                            tabs::forget_token(state);
                        }
                    >
                        {text(|t| t.forget_token())}
                    </button>
                </div>
            </div>
            <div class="field">
                <label for="api-base">{text(|t| t.api_base())}</label>
                <div class="input-row">
                    <input
                        id="api-base"
                        name="api-base"
                        type="url"
                        spellcheck="false"
                        aria-describedby="api-base-help"
                        prop:value=api_base
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
                        {text(|t| t.reset())}
                    </button>
                </div>
                <div id="api-base-help" class="help">
                    <p>{text(|t| t.api_base_help())}</p>
                    <ProxyOffer />
                </div>
            </div>
            <div class="field">
                <label for="settings-lang">{text(|t| t.language())}</label>
                <LanguageSelect id="settings-lang" />
            </div>
            <BalanceField />
            <BudgetField />
            <KeepResults />
            <div class="field">
                {if notify::supported() {
                    view! {
                        <div class="input-row">
                            <button
                                type="button"
                                class="secondary"
                                disabled=move || notifications.get()
                                on:click=move |_| {
                                    leptos::task::spawn_local(async move { notifications.set(notify::ask().await) });
                                }
                            >
                                {move || { let t = state.texts(); if notifications.get() { t.notify_on() } else { t.notify_ask() } }}
                            </button>
                        </div>
                        <p class="help">{text(|t| t.notify_help())}</p>
                    }
                    .into_any()
                } else {
                    view! { <p class="help" data-testid="no-notifications">{text(|t| t.notify_unsupported())}</p> }.into_any()
                }}
            </div>
        </div>
    }
}

/// The setting that keeps finished results on this device, and the space they take.
#[component]
fn KeepResults() -> impl IntoView {
    let state = AppState::get();
    let on = RwSignal::new(kept_results::enabled());
    view! {
        <div class="field">
            <label class="check">
                <input
                    type="checkbox"
                    data-testid="keep-results"
                    aria-describedby="keep-results-help"
                    prop:checked=move || on.get()
                    on:change=move |ev| {
                        let checked = event_target_checked(&ev);
                        on.set(checked);
                        kept_results::set_enabled(state, checked);
                    }
                />
                {text(|t| t.keep_results())}
            </label>
            <p id="keep-results-help" class="help">{text(|t| t.keep_results_help())}</p>
            <KeptSpace testid="kept-space" />
        </div>
    }
}

/// The element that has focus now, to give it back when the dialog closes.
fn active_element() -> Option<web_sys::HtmlElement> {
    web_sys::window()?
        .document()?
        .active_element()?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()
}
