use leptos::html::Button;
use leptos::prelude::*;

use super::generate_bar::{blocking_reasons, focus_generate};
use crate::services::{budget, jobs};
use crate::split::split;
use crate::state::AppState;

split! {
    /// The question before a press that would pass the spending limit, loaded later.
    pub fn budget_confirm() -> AnyView {
        Ok(view! { <BudgetConfirm /> }.into_any())
    }
}

/// Asked in the page when Generate would pass the spending limit: spent + this press vs
/// the limit. "Send anyway" sends all of it; "Send N jobs, within the limit" sends a set
/// that stops at the limit; "Don't send" (or Escape) sends nothing.
#[component]
pub fn BudgetConfirm() -> impl IntoView {
    let state = AppState::get();
    let question = move || state.budget_asked.get();
    let first_button = NodeRef::<Button>::new();
    Effect::new(move |_| {
        if state.budget_asked.with(Option::is_some) {
            if let Some(button) = first_button.get() {
                let _ = button.focus();
            }
        }
    });
    let answer = move |all: Option<bool>| {
        state.budget_asked.set(None);
        if let Some(all) = all {
            if untrack(|| blocking_reasons(state)).is_empty() {
                jobs::submit_over_budget(state, all);
            }
        }
        focus_generate();
    };
    move || {
        question().map(|q| {
            let line = budget::question_line(state, &q);
            let fitting = (q.fitting > 0 && q.fitting < q.jobs).then_some(q.fitting);
            view! {
                <div class="skip-confirm" role="alertdialog" aria-labelledby="budget-question"
                    data-testid="budget-question"
                    on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                        if ev.key() == "Escape" {
                            ev.prevent_default();
                            answer(None);
                        }
                    }>
                    <p id="budget-question"><strong>{line}</strong></p>
                    <div class="input-row">
                        <button type="button" class="secondary" node_ref=first_button on:click=move |_| answer(None)>
                            {move || state.texts().budget_dont_send()}
                        </button>
                        {fitting.map(|n| view! {
                            <button type="button" class="secondary" on:click=move |_| answer(Some(false))>
                                {move || state.texts().budget_send_fitting(u64::from(n))}
                            </button>
                        })}
                        <button type="button" class="primary" on:click=move |_| answer(Some(true))>
                            {move || state.texts().budget_send_all()}
                        </button>
                    </div>
                </div>
            }
        })
    }
}
