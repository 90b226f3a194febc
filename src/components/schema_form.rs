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
    // Each schema the form shows gets a number of its own, and the fields are one keyed
    // row under it: another model's form is built anew, never patched into the old one's
    // place (patched in place, a list of files kept its rows from the old form, whose
    // reactive owner was gone, and the next change trapped the page). The new fields are
    // built apart and put into the page at once: added one by one to a live form, 3 000
    // fields took seconds, as each control joined the form.
    let generation = Memo::new(move |previous: Option<&u64>| {
        state.schema.track();
        previous.map_or(0, |g| g + 1)
    });
    // A long schema comes in parts, one more after each frame, so the page answers while
    // it builds (a pasted schema can have thousands of properties).
    // (How many parts of which schema are shown.)
    let parts = RwSignal::new((0u64, 1usize));
    Effect::new(move |_| {
        let generation = generation.get();
        let count = state
            .schema
            .with(|s| s.properties.len())
            .div_ceil(FIELDS_PER_PART);
        for part in 2..=count {
            leptos::task::spawn_local_scoped_with_cancellation(async move {
                gloo_timers::future::TimeoutFuture::new(0).await;
                parts.set((generation, part));
            });
        }
    });
    let part_keys = move || {
        let generation = generation.get();
        let shown = match parts.get() {
            (of, count) if of == generation => count,
            _ => 1,
        };
        (0..shown).map(move |part| (generation, part))
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
            <For each=part_keys key=|key| *key let:key>
                <div class="fields">
                    {state
                        .schema
                        .with_untracked(|schema| {
                            let from = key.1 * FIELDS_PER_PART;
                            schema.properties.iter().skip(from).take(FIELDS_PER_PART).cloned().collect::<Vec<_>>()
                        })
                        .into_iter()
                        .map(|property| view! { <Field property /> })
                        .collect_view()}
                </div>
            </For>
            {split::view_or(state, generate_placeholder, async move { later!(generate_bar::generate_bar()) })}
        </form>
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
