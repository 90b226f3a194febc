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
    // Each schema the form shows gets a number of its own, and every field is keyed by it:
    // another model's form is built anew, never patched into the old one's place. (Patched
    // in place, a list of files kept its rows from the old form, whose reactive owner was
    // gone: the next change of the form trapped the page.)
    let generation = Memo::new(move |previous: Option<&u64>| {
        state.schema.track();
        previous.map_or(0, |g| g + 1)
    });
    let fields = move || {
        let generation = generation.get();
        state.schema.with(|schema| {
            schema
                .properties
                .iter()
                .map(|property| (generation, property.clone()))
                .collect::<Vec<_>>()
        })
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
            <For each=fields key=|(generation, property)| (*generation, property.name.clone()) let:field>
                <Field property=field.1 />
            </For>
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
