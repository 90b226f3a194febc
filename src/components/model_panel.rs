use leptos::prelude::*;
use leptos::task::spawn_local;

use super::model_search::ModelSearch;
use super::text::text;
use crate::browser::files::take_picked_text;
use crate::core::catalog::models::{add_model, remember, schema_for, ModelError, BUILTIN_MODEL_ID};
use crate::services::catalog::switch_to;
use crate::split::split;
use crate::state::AppState;

split! {
    /// Choosing another model (RunComfy's catalog, or a pasted schema), loaded later.
    pub fn model_panel() -> AnyView {
        Ok(view! { <ModelPanel /> }.into_any())
    }
}

/// The models to choose from, opened from the [`ModelPicker`](super::model_picker::ModelPicker):
/// the built-in Wan 2.2, models used before, or another one given by its id and input schema
/// (pasted or loaded from a file). Models used are remembered.
#[component]
pub fn ModelPanel() -> impl IntoView {
    let state = AppState::get();
    let new_id = RwSignal::new(String::new());
    let new_schema = RwSignal::new(String::new());
    let error = RwSignal::new(None::<ModelError>);
    let current = move || state.settings.with(|s| s.model_id.clone());

    let use_new_model =
        move |_| match add_model(&new_id.get_untracked(), &new_schema.get_untracked()) {
            Ok((model, schema)) => {
                let id = model.id.clone();
                state.models.update(|models| remember(models, model));
                switch_to(state, id, schema);
                error.set(None);
            }
            Err(problem) => error.set(Some(problem)),
        };

    let load_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        spawn_local(async move {
            if let Some(text) = take_picked_text(&input).await {
                new_schema.set(text);
            }
        });
    };

    let choices = move || {
        let mut ids = vec![BUILTIN_MODEL_ID.to_owned()];
        state
            .models
            .with(|models| ids.extend(models.iter().map(|m| m.id.clone())));
        ids
    };

    view! {
        <div class="model" id="model-panel">
            <ModelSearch />
            <p>{text(|t| t.form_is_for())} <code data-testid="current-model">{current}</code> "."</p>
            <div class="input-row" role="group" aria-label=text(|t| t.models_used())>
                {move || choices().into_iter().map(|id| {
                    let target = id.clone();
                    let builtin = id == BUILTIN_MODEL_ID;
                    let label = id.clone();
                    view! {
                        <button type="button" class="secondary" aria-pressed=move || (current() == id).to_string()
                            on:click=move |_| {
                                let schema = state.models.with_untracked(|models| schema_for(&target, models));
                                if let Some(schema) = schema { switch_to(state, target.clone(), schema) }
                            }>
                            {label}{builtin.then(|| text(|t| t.built_in()))}
                        </button>
                    }
                }).collect_view()}
            </div>
            <details>
                <summary>{text(|t| t.other_model())}</summary>
                <div class="field">
                    <label for="model-id">{text(|t| t.model_id())}</label>
                    <input id="model-id" type="text" spellcheck="false" placeholder="owner/model/task"
                        prop:value=move || new_id.get() on:input=move |ev| new_id.set(event_target_value(&ev)) />
                </div>
                <div class="field">
                    <label for="model-schema">{text(|t| t.input_schema())}</label>
                    <textarea id="model-schema" rows="6" spellcheck="false" aria-describedby="model-schema-help"
                        prop:value=move || new_schema.get() on:input=move |ev| new_schema.set(event_target_value(&ev))></textarea>
                    <p id="model-schema-help" class="help">
                        {text(|t| t.input_schema_help())}
                    </p>
                </div>
                <div class="input-row">
                    <label for="model-schema-file" class="button secondary">{text(|t| t.load_schema())}</label>
                    <input id="model-schema-file" class="visually-hidden" type="file" accept="application/json,.json"
                        aria-label=text(|t| t.load_schema()) on:change=load_file />
                    <button type="button" on:click=use_new_model>{text(|t| t.use_model())}</button>
                </div>
                {move || error.get().map(|e| view! { <p class="field-error" role="alert">{e.message_in(state.lang.get())}</p> })}
            </details>
        </div>
    }
}
