use leptos::prelude::*;

use super::text::text;
use crate::core::job::budget::{Budget, Period};
use crate::state::AppState;

/// The spending limit in the settings: an amount of US dollars per day or per month
/// (empty: none). Kept on this device (`services::budget`).
#[component]
pub fn BudgetField() -> impl IntoView {
    let state = AppState::get();
    let budget = move || state.budget.get();
    let per = move || budget().map_or(Period::Day, |b| b.per);
    // What the field shows: the limit kept, or what was typed when it is no amount.
    let typed = RwSignal::new(String::new());
    // The kept limit may arrive after the dialog opened (it is read with the second module).
    Effect::new(move |_| {
        if let Some(budget) = state.budget.get() {
            typed.set(budget.limit_usd.to_string());
        }
    });
    let set = move |amount: &str, per: Period| {
        let amount = amount.trim().trim_start_matches('$').replace(',', ".");
        let limit = amount
            .parse::<f64>()
            .ok()
            .and_then(|usd| Budget::new(usd, per));
        state.budget.set(limit);
    };
    view! {
        <div class="field">
            <label for="budget-limit">{text(|t| t.budget_label())}</label>
            <div class="input-row">
                <input id="budget-limit" name="budget-limit" type="text" inputmode="decimal"
                    autocomplete="off" aria-describedby="budget-help"
                    prop:value=move || typed.get()
                    on:change=move |ev| {
                        let value = event_target_value(&ev);
                        typed.set(value.clone());
                        set(&value, per());
                    } />
                <select id="budget-per" aria-label=text(|t| t.budget_label())
                    on:change=move |ev| {
                        let per = Period::from_key(&event_target_value(&ev)).unwrap_or(Period::Day);
                        set(&typed.get_untracked(), per);
                    }>
                    <option value="day" selected=move || per() == Period::Day>{text(|t| t.budget_per_day())}</option>
                    <option value="month" selected=move || per() == Period::Month>{text(|t| t.budget_per_month())}</option>
                </select>
            </div>
            <p id="budget-help" class="help">{text(|t| t.budget_help())}</p>
        </div>
    }
}
