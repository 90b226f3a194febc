use leptos::prelude::*;

use super::fields::Field;
use super::generate_bar::{blocking_reasons, GenerateBar};
use crate::services::jobs;
use crate::state::AppState;

/// The form, generated from the model's input schema: one [`Field`] per property, in the
/// schema's order, then Generate. Ctrl/Cmd+Enter submits.
#[component]
pub fn SchemaForm() -> impl IntoView {
    let state = AppState::get();
    let properties = state.schema.with_value(|schema| schema.properties.clone());
    let try_submit = move || {
        if blocking_reasons(state).is_empty() {
            jobs::submit(state);
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
            {properties.into_iter().map(|property| view! { <Field property /> }).collect_view()}
            <GenerateBar />
        </form>
    }
}
