//! The spending limit at work: what a press would cost against it, and whether a set may
//! send its next job. The arithmetic is `wan-core`'s ([`crate::core::job::budget`]).

use leptos::prelude::*;
use serde_json::{Map, Value};

use wasm_bindgen::JsValue;

use crate::browser::json::JsonObject;
use crate::browser::page::{now_ms, utc_offset_min};
use crate::browser::storage::{self, keys};
use crate::core::catalog::price::job_price_usd;
use crate::core::job::budget::{Budget, Period, Spent, Verdict};
use crate::core::schema::InputSchema;
use crate::state::{AppState, BudgetQuestion, SetNote};

/// Reads the limit this device kept, and keeps it whenever it changes.
pub fn start(state: AppState) {
    state.budget.set(kept_budget());
    Effect::new(move |first: Option<()>| {
        let budget = state.budget.get();
        if first.is_some() {
            save_budget(budget);
        }
    });
}

/// The limit kept: `{"usd": 5, "per": "day"}`; none when nothing (or nothing readable) is.
fn kept_budget() -> Option<Budget> {
    let kept = JsonObject::parse(&storage::load_text(keys::BUDGET)?)?;
    let per = Period::from_key(&kept.get("per").as_string()?)?;
    Budget::new(kept.get("usd").as_f64()?, per)
}

fn save_budget(budget: Option<Budget>) {
    match budget {
        Some(budget) => {
            let kept = JsonObject::new();
            kept.set("usd", &JsValue::from(budget.limit_usd));
            kept.set("per", &JsValue::from_str(budget.per.key()));
            storage::save_text(keys::BUDGET, &kept.text());
        }
        None => storage::remove(keys::BUDGET),
    }
}

/// The limit, if one is set, and what its period has cost so far.
pub fn spent_now(state: AppState) -> Option<(Budget, Spent)> {
    let budget = state.budget.get_untracked()?;
    let spent = state
        .jobs
        .with_untracked(|jobs| budget.spent(jobs, now_ms(), utc_offset_min()));
    Some((budget, spent))
}

/// One job's price for `model_id` sent with `body`, from the model's catalog entry; `None`
/// when the catalog gives none.
pub fn price_of(state: AppState, model_id: &str, body: &Map<String, Value>) -> Option<f64> {
    let entry = untrack(|| state.entry_of(model_id))?;
    let is_current = state.settings.with_untracked(|s| s.model_id == model_id);
    if is_current {
        state
            .schema
            .with_untracked(|schema| job_price_usd(&entry, schema, body))
    } else {
        job_price_usd(&entry, &InputSchema::default(), body)
    }
}

/// The question to ask before a press of `jobs` jobs at `per_job_usd` each, when it would
/// pass the limit.
pub fn question(state: AppState, per_job_usd: Option<f64>, jobs: u32) -> Option<BudgetQuestion> {
    let (budget, spent) = spent_now(state)?;
    match budget.check(spent.usd, per_job_usd, jobs) {
        Verdict::Within => None,
        Verdict::Passes {
            spent_usd,
            press_usd,
            fitting,
            ..
        } => Some(BudgetQuestion {
            budget,
            spent_usd,
            press_usd,
            jobs,
            fitting,
        }),
    }
}

/// Whether a set that keeps within the limit may send its next job (one at `next_usd`);
/// when not, the note that says why (`left` jobs stay unsent).
pub fn stop_before_next(state: AppState, next_usd: Option<f64>, left: u32) -> Option<SetNote> {
    let (budget, spent) = spent_now(state)?;
    (!budget.allows_next(spent.usd, next_usd)).then_some(SetNote::BudgetReached {
        spent_usd: spent.usd,
        limit_usd: budget.limit_usd,
        left,
    })
}

/// The question's sentence: "Spent today $0.80 + this press $1.20 = $2.00, over your
/// limit of $1.50 a day."
pub fn question_line(state: AppState, q: &BudgetQuestion) -> String {
    let lang = state.lang.get();
    let t = lang.texts();
    let total = lang.usd(q.spent_usd + q.press_usd);
    let (spent, press, limit) = (
        lang.usd(q.spent_usd),
        lang.usd(q.press_usd),
        lang.usd(q.budget.limit_usd),
    );
    match q.budget.per {
        Period::Day => t.budget_passes_day(&spent, &press, &total, &limit),
        Period::Month => t.budget_passes_month(&spent, &press, &total, &limit),
    }
}
