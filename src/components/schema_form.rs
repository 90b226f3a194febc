use std::time::Duration;

use leptos::either::Either;
use leptos::prelude::*;

use super::fields::Field;
use super::generate_bar;
use super::text::text;
use crate::split::{self, later};
use crate::state::AppState;

/// The form, generated from the model's input schema: one [`Field`] per property, in the
/// schema's order, then Generate. Ctrl/Cmd+Enter submits.
#[component]
pub fn SchemaForm() -> impl IntoView {
    let state = AppState::get();
    // Each schema the form shows gets a number of its own, and its fields are built anew,
    // never patched into the old form's place: patched in place, a list of files kept its
    // rows from the old form, whose reactive owner was gone, and the next change trapped the
    // page. (The two sides of an `Either` cannot be patched into each other: each new
    // number takes the other side.)
    let generation = Memo::new(move |previous: Option<&u64>| {
        state.schema.track();
        previous.map_or(0, |g| g + 1)
    });
    // A long schema comes in parts of fields, each built apart and put into the page at
    // once, one more part after each task, so the page answers while it builds. (Added one
    // by one to a live form, 3 000 fields took seconds, as each control joined the form.)
    let fields = move || {
        let generation = generation.get();
        let count = state
            .schema
            .with_untracked(|s| s.properties.len())
            .div_ceil(FIELDS_PER_PART);
        let view = (0..count)
            .map(|part| {
                // Once shown, a part stays as it was built.
                let shown = RwSignal::new(part == 0);
                if part > 0 {
                    set_timeout(move || shown.set(true), Duration::ZERO);
                }
                move || shown.get().then(|| fields_part(state, part))
            })
            .collect_view();
        if generation % 2 == 0 {
            Either::Left(view)
        } else {
            Either::Right(view)
        }
    };
    let try_submit = move || {
        split::run(state, async move { later!(generate_bar::submit(state)) });
    };

    view! {
        <form
            class="schema-form"
            novalidate
            on:submit=move |ev| {
                ev.prevent_default();
                try_submit();
            }
            on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                if ev.key() == "Enter" && (ev.ctrl_key() || ev.meta_key()) {
                    ev.prevent_default();
                    try_submit();
                }
            }
        >
            {fields}
            {split::view_or(state, generate_placeholder, async move { later!(generate_bar::generate_bar()) })}
        </form>
    }
}

/// The fields of part `part` of the schema, in a box of their own.
fn fields_part(state: AppState, part: usize) -> impl IntoView {
    let properties = state.schema.with_untracked(|schema| {
        schema
            .properties
            .iter()
            .skip(part * FIELDS_PER_PART)
            .take(FIELDS_PER_PART)
            .cloned()
            .collect::<Vec<_>>()
    });
    view! {
        <div class="fields">
            {properties.into_iter().map(|property| view! { <Field property /> }).collect_view()}
        </div>
    }
}

/// How many fields are built at a time; a schema of up to this many appears at once.
const FIELDS_PER_PART: usize = 150;

/// Generate as it looks while its bar (in the second module) is on its way: in its place,
/// not yet to be pressed.
fn generate_placeholder() -> AnyView {
    view! {
        <div class="generate-bar">
            <div class="generate-row">
                <button type="submit" class="primary" disabled>{text(|t| t.generate())}</button>
            </div>
        </div>
    }
    .into_any()
}
