use leptos::prelude::*;

use super::model_panel;
use super::text::text;
use crate::core::catalog::models::display_name;
use crate::split::{self, later};
use crate::state::AppState;

/// One line at the top of the inputs: the current model's name and id. It opens the
/// model panel ([`model_panel::model_panel`]) to choose another model.
#[component]
pub fn ModelPicker() -> impl IntoView {
    let state = AppState::get();
    let open = RwSignal::new(false);
    let id = move || state.settings.with(|s| s.model_id.clone());
    // Choosing a model closes the panel: the form below is what comes next.
    Effect::new(move |previous: Option<String>| {
        let now = id();
        if previous.is_some_and(|p| p != now) {
            open.set(false);
        }
        now
    });

    view! {
        <div class="model-picker">
            <span class="model-picker-label" id="model-picker-label">{text(|t| t.model_picker())}</span>
            <button
                type="button"
                id="model-current"
                class="model-current"
                aria-labelledby="model-picker-label model-current"
                aria-expanded=move || open.get().to_string()
                aria-controls=move || open.get().then_some("model-panel")
                on:click=move |_| open.update(|o| *o = !*o)
            >
                <strong>{move || state.settings.with(|s| state.models.with(|models| display_name(&s.model_id, models)))}</strong>
                <code data-testid="model-id">{id}</code>
                <span aria-hidden="true" class="chevron">"▾"</span>
            </button>
        </div>
        <Show when=move || open.get()>
            {split::view_of(state, async move { later!(model_panel::model_panel()) })}
        </Show>
    }
}
