use leptos::prelude::*;

use super::text::text;
use crate::browser::files::save_text_file;
use crate::browser::page::utc_offset_min;
use crate::core::catalog::models::display_name;
use crate::core::job::spend::{spend, spend_csv, Total};
use crate::state::AppState;

/// What was spent, from the costs the history recorded: today, this week, this month, by
/// model, a bar per day of the last two weeks, and the list as CSV. Jobs whose cost is not
/// known are counted apart.
#[component]
pub fn SpendView() -> impl IntoView {
    let state = AppState::get();
    let figures = Memo::new(move |_| {
        state
            .jobs
            .with(|jobs| spend(jobs, js_sys::Date::now(), utc_offset_min()))
    });
    let total = move |total: Total| {
        let lang = state.lang.get();
        let t = lang.texts();
        let usd = lang.usd(total.usd);
        if total.unknown > 0 {
            t.spend_with_unknown(&usd, u64::from(total.unknown))
        } else {
            usd
        }
    };
    let export = move |_| {
        let csv = state
            .jobs
            .with_untracked(|jobs| spend_csv(jobs, utc_offset_min()));
        save_text_file("wan-i2v-spend.csv", &csv, "text/csv");
    };
    let bars = move || {
        let days = figures.with(|f| f.by_day.clone());
        let most = days.iter().map(|(_, t)| t.usd).fold(0.0_f64, f64::max);
        days.into_iter()
            .map(|(day, t)| {
                let height = if most > 0.0 {
                    t.usd / most * 100.0
                } else {
                    0.0
                };
                let label = format!("{day}: {}", state.lang.get().usd(t.usd));
                view! {
                    <li class="spend-bar" title=label.clone() aria-label=label>
                        <span style:height=format!("{height:.1}%")></span>
                    </li>
                }
            })
            .collect_view()
    };
    let models = move || {
        figures
            .get()
            .by_model
            .into_iter()
            .map(|(id, t)| {
                let name = state.models.with_untracked(|m| display_name(&id, m));
                view! { <tr><th scope="row">{name}</th><td>{total(t)}</td></tr> }
            })
            .collect_view()
    };
    view! {
        <section class="spend" aria-labelledby="spend-heading" data-testid="spend">
            <h2 id="spend-heading">{text(|t| t.spend_heading())}</h2>
            <dl class="spend-totals">
                <div><dt>{text(|t| t.spend_today())}</dt><dd data-testid="spend-today">{move || total(figures.get().today)}</dd></div>
                <div><dt>{text(|t| t.spend_week())}</dt><dd data-testid="spend-week">{move || total(figures.get().week)}</dd></div>
                <div><dt>{text(|t| t.spend_month())}</dt><dd data-testid="spend-month">{move || total(figures.get().month)}</dd></div>
            </dl>
            <ol class="spend-chart" aria-label=text(|t| t.spend_chart())>{bars}</ol>
            <table class="spend-models">
                <caption class="visually-hidden">{text(|t| t.spend_by_model())}</caption>
                <tbody>{models}</tbody>
            </table>
            <button type="button" class="secondary" on:click=export>{text(|t| t.spend_export())}</button>
        </section>
    }
}
