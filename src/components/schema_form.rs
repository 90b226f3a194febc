use leptos::prelude::*;

use super::fields::Field;
use super::text::text;
use crate::later::{self, later};
use crate::state::AppState;

/// The form, generated from the model's input schema: one [`Field`] per property, in the
/// schema's order, then Generate. Ctrl/Cmd+Enter submits.
#[component]
pub fn SchemaForm() -> impl IntoView {
    let state = AppState::get();
    // The whole set of fields is rebuilt when the model (and so the schema) changes.
    let fields = move || {
        state
            .schema
            .with(|schema| schema.properties.clone())
            .into_iter()
            .map(|property| view! { <Field property /> })
            .collect_view()
    };
    let try_submit = move || {
        later::run(state, async move { later!(later::submit(state)) });
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
            {later::view_or(state, generate_placeholder, async move { later!(later::generate_bar()) })}
        </form>
    }
}

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
