use leptos::prelude::*;
use wasm_bindgen::JsCast;

use serde_json::Value;

use super::balance_view::BalanceNote;
use super::budget_confirm;
use super::share_bar;
use super::skip_confirm;
use super::text::text;
use crate::browser::json;
use crate::core::api::error::ApiError;
use crate::core::api::token;
use crate::core::catalog::price::{estimate_price, PriceEstimate};
use crate::core::form::{field_problems, request_body};
use crate::core::job::batch::{batch_jobs, decide, priced_images, BatchDecision};
use crate::core::job::set::MAX_VARIATIONS;
use crate::core::job::upload;
use crate::core::media::limits::{check_request_size, data_uri_bytes};
use crate::services::{image_queue, jobs};
use crate::split::{self, later, split};
use crate::state::{AppState, BalanceState, ImageQueue, MediaField, SetNote};

split! {
    /// Generate, its reasons and the price, loaded later.
    pub fn generate_bar() -> AnyView {
        Ok(view! { <GenerateBar /> }.into_any())
    }
}

split! {
    /// Sends what the form holds ([`jobs::submit`]) when nothing blocks it, in the second
    /// module.
    pub fn submit(state: AppState) -> () {
        // What the button obeys: nothing to fix, and no send under way.
        if blocking_reasons(state).is_empty() && !state.submitting.get_untracked() {
            jobs::submit(state);
        }
        Ok(())
    }
}

/// Generate, disabled with the reasons listed while the form cannot be sent, and the
/// reason a submit failed: a bar that stays at the bottom of the screen while the inputs
/// scroll, so Generate is always in reach. Sharing follows below it.
#[component]
pub fn GenerateBar() -> impl IntoView {
    let state = AppState::get();
    // One computation serves the button and the list (and the list redraws only on change).
    let reasons = Memo::new(move |_| blocking_reasons(state));
    // With a queue of images: images × variations (the ones known invalid not counted).
    let jobs = move || match image_queue::active_counts(state) {
        Some(counts) => batch_jobs(priced_images(counts), state.variations()),
        None => state.variations(),
    };
    // RunComfy's base price of what Generate would start, once the model's entry is known.
    let price = move || {
        let entry = state.current_entry()?;
        let lang = state.lang.get();
        let estimate = state.schema.with(|schema| {
            state
                .form
                .with(|form| estimate_price(&entry, schema, form, jobs()))
        })?;
        Some((estimate.summary_in(lang), PriceEstimate::note_in(lang)))
    };

    // A press that costs more than the account holds: RunComfy would refuse it (402).
    let over_balance = move || {
        let BalanceState::Known(balance) = state.balance.get() else {
            return None;
        };
        let entry = state.current_entry()?;
        let press = state.schema.with(|schema| {
            state
                .form
                .with(|form| estimate_price(&entry, schema, form, jobs()))
        })?;
        let press = press.total_usd()?;
        (press > balance + 1e-9).then(|| {
            let lang = state.lang.get();
            lang.texts()
                .balance_over(&lang.usd(press), &lang.usd(balance))
        })
    };

    // While a large request is on its way: how big it is and how long it is given.
    let upload_note = move || {
        if !state.submitting.get() {
            return None;
        }
        let bytes = untrack(|| {
            state.schema.with(|schema| {
                state
                    .form
                    .with(|form| data_uri_bytes(&request_body(schema, form, json::read)))
            })
        });
        (bytes >= upload::NOTEWORTHY_BYTES).then(|| {
            let lang = state.lang.get();
            lang.texts()
                .sending_upload(&lang.file_size(bytes), upload::deadline_secs(bytes))
        })
    };

    view! {
        {move || state.share_note.get().map(|note| view! { <p class="note" data-testid="share-note">{text(note)}</p> })}
        <div class="generate-bar">
            <div class="generate-row">
                <button
                    type="submit"
                    class="primary"
                    disabled=move || !reasons.with(Vec::is_empty) || state.submitting.get()
                    aria-describedby="generate-reasons"
                >
                    {move || { let t = state.texts(); if state.submitting.get() { t.submitting() } else { t.generate() } }}
                </button>
                <div class="variations">
                    <label for="variations">{text(|t| t.variations())}</label>
                    <input
                        id="variations"
                        type="number"
                        min="1"
                        max=MAX_VARIATIONS.to_string()
                        step="1"
                        inputmode="numeric"
                        title=text(|t| t.variations_help())
                        value=move || state.variations().to_string()
                        prop:value=move || state.variations().to_string()
                        on:change=move |ev| {
                            let n = event_target_value(&ev).trim().parse::<u32>().unwrap_or(1);
                            state.settings.update(|s| s.variations = n.clamp(1, MAX_VARIATIONS));
                        }
                    />
                </div>
                <div class="generate-info">
                    {move || price().map(|(summary, note)| view! {
                        <p class="price" data-testid="price">
                            <strong>{summary}</strong>
                            <span class="price-note">{note}</span>
                        </p>
                    })}
                </div>
            </div>
            {split::view_of(state, async move { later!(skip_confirm::skip_confirm()) })}
            {split::view_of(state, async move { later!(budget_confirm::budget_confirm()) })}
            {move || over_balance().map(|line| view! { <p class="note" data-testid="balance-over">{line}</p> })}
            // Beside the price, not above the form: it comes a moment after the page, and
            // must not move what the user is looking at.
            <BalanceNote />
            <ul id="generate-reasons" class="reasons" aria-live="polite">
                {move || reasons.get().into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}
            </ul>
            {move || upload_note().map(|line| view! { <p class="note" role="status" data-testid="upload-note">{line}</p> })}
            {move || state.set_note.get().map(|note| {
                let lang = state.lang.get();
                let line = match note {
                    SetNote::Refused(refusal) => refusal.message_in(lang).to_owned(),
                    SetNote::RateLimited(secs) => lang.texts().set_waits(u64::from(secs)),
                    SetNote::OtherTab => lang.texts().set_sent_elsewhere(),
                    SetNote::BudgetReached { spent_usd, limit_usd, left } => lang
                        .texts()
                        .set_budget_reached(&lang.usd(spent_usd), &lang.usd(limit_usd), u64::from(left)),
                };
                view! { <p class="note" role="status" data-testid="set-note">{line}</p> }
            })}
            {move || state.submit_error.get().map(|error| view! {
                <div class="submit-error" role="alert">
                    <p>{error.message_in(state.lang.get())}</p>
                    {settings_can_fix(&error).then(|| view! {
                        <button type="button" class="secondary" on:click=move |_| state.settings_open.set(true)>
                            {text(|t| t.fix_in_settings())}
                        </button>
                    })}
                    {error.field_errors().iter().map(|e| view! {
                        <p class="detail">
                            {e.field.clone().map(|f| format!("{f}: ")).unwrap_or_default()}
                            {e.message.clone()}
                        </p>
                    }).collect_view()}
                </div>
            })}
        </div>
        {split::view_of(state, async move { later!(share_bar::share_bar()) })}
    }
}

/// The largest valid image of a queue (the largest request it sends).
fn longest(queue: &ImageQueue) -> Option<String> {
    queue.valid_values().into_iter().max_by_key(String::len)
}

/// Whether the settings can fix this failure: the token (401, 403, a character no header
/// carries) or the API base (blocked by CORS, unreachable).
fn settings_can_fix(error: &ApiError) -> bool {
    matches!(
        error,
        ApiError::Unauthorized { .. }
            | ApiError::Forbidden { .. }
            | ApiError::Network
            | ApiError::TokenUnsendable { .. }
    )
}

/// Why the form cannot be sent now; empty when Generate may be pressed.
pub fn blocking_reasons(state: AppState) -> Vec<String> {
    let mut reasons = Vec::new();
    let lang = state.lang.get();
    let texts = lang.texts();
    if state.token.with(|t| t.trim().is_empty()) {
        reasons.push(texts.needs_token());
    }
    if let Err(problem) = state.token.with(|t| token::check(t)) {
        reasons.push(problem.message_in(lang));
    }
    state.schema.with(|schema| {
        // A queue of images stands in for its property's single image.
        let queue = state.image_queue.with(|queue| {
            image_queue::active(queue, schema)
                .then(|| (queue.property.clone(), queue.counts(), longest(queue)))
        });
        let queued = queue.as_ref().map(|q| q.0.as_str());
        state.form.with(|form| {
            reasons.extend(
                field_problems(schema, form, json::read)
                    .iter()
                    .filter(|p| Some(p.field()) != queued)
                    .map(|p| p.message_in(lang)),
            );
        });
        if let Some((property, counts, _)) = &queue {
            let title = schema
                .property(property)
                .map_or(property.as_str(), |p| p.title.as_str());
            match decide(*counts, 1) {
                BatchDecision::Wait => reasons.push(texts.still_checking(title)),
                BatchDecision::NothingValid => reasons.push(texts.no_valid_image(title)),
                // Invalid images do not block: Generate asks before leaving them out.
                BatchDecision::Send { .. } | BatchDecision::AskToSkip(_) => {}
            }
        }
        state.media.with(|media| {
            // Keys are a property's name, or `name-i` for the i-th file of a list.
            for (key, field) in media {
                if Some(key.as_str()) == queued {
                    continue;
                }
                let Some(property) = schema.properties.iter().find(|p| {
                    key == &p.name
                        || key
                            .strip_prefix(p.name.as_str())
                            .is_some_and(|r| r.starts_with('-'))
                }) else {
                    continue;
                };
                let title = &property.title;
                if **field == MediaField::Checking {
                    reasons.push(texts.still_checking(title));
                }
                reasons.extend(
                    field
                        .problems_in(lang)
                        .into_iter()
                        .map(|p| format!("{title}: {p}")),
                );
            }
        });
        // Local files travel inside the request: all of them together have a limit (with a
        // queue, the request of its largest image).
        let mut body = state
            .form
            .with(|form| request_body(schema, form, json::read));
        if let Some((property, _, Some(image))) = queue {
            body.insert(property, Value::String(image));
        }
        if let Some(problem) = check_request_size(&body) {
            reasons.push(problem.message_in(lang));
        }
    });
    reasons.dedup();
    reasons
}

/// Gives the focus back to Generate (after a question asked in its place is answered).
pub fn focus_generate() {
    let button = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| {
            d.query_selector(".generate-row button[type=submit]")
                .ok()
                .flatten()
        })
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(button) = button {
        let _ = button.focus();
    }
}
