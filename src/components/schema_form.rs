use leptos::prelude::*;

use super::fields::Field;
use super::generate_bar::{blocking_reasons, GenerateBar};
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
        if blocking_reasons(state).is_empty() {
            later::run(state, async move { later!(later::submit(state)) });
        }
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
            <GenerateBar />
        </form>
    }
}
