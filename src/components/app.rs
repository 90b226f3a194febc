use leptos::prelude::*;

use super::job_list::JobList;
use super::model_panel::ModelPanel;
use super::schema_form::SchemaForm;
use super::settings_panel::SettingsPanel;
use super::text::text;
use crate::browser::notify;
use crate::browser::page::{now_ms, set_document_lang};
use crate::core::i18n::Lang;
use crate::core::schema::{InputSchema, Rule};
use crate::core::share::form_from_fragment;
use crate::services::jobs;
use crate::state::AppState;

/// The whole page: header, settings, the form, the jobs.
#[component]
pub fn App() -> impl IntoView {
    let schema = InputSchema::builtin();
    warn_about_unknown_rules(&schema);
    let state = AppState::load(schema);
    provide_context(state);
    state.persist();
    jobs::resume_all(state);
    open_share_link(state);
    notify::restore_title_when_visible();

    // One clock for every "running for 12 s" on the page.
    // The app lives as long as the page, so the interval does too.
    gloo_timers::callback::Interval::new(1_000, move || state.now_ms.set(now_ms())).forget();
    Effect::new(move |_| set_document_lang(state.lang.get()));

    view! {
        <header class="app-header">
            <div class="title-row">
                <h1>"Wan 2.2 Image-to-Video"</h1>
                <LanguageSwitch />
            </div>
            <p class="model-id">
                {text(|t| t.header_model)}
                <code data-testid="model-id">{move || state.settings.with(|s| s.model_id.clone())}</code>
                {text(|t| t.header_promise)}
            </p>
        </header>
        <main id="app" data-ready="true">
            <SettingsPanel />
            <ModelPanel />
            <section class="form-area" aria-labelledby="form-heading">
                <h2 id="form-heading">{text(|t| t.inputs_heading)}</h2>
                <SchemaForm />
            </section>
            <section class="jobs" aria-labelledby="jobs-heading">
                <h2 id="jobs-heading">{text(|t| t.jobs_heading)}</h2>
                <JobList />
            </section>
        </main>
        <div class="visually-hidden" role="status" aria-live="polite">
            {move || state.announcement.get()}
        </div>
    }
}

/// English or German; the choice is remembered, and until one is made the browser's
/// language decides.
#[component]
fn LanguageSwitch() -> impl IntoView {
    let state = AppState::get();
    view! {
        <div class="language-switch" role="group" aria-label=text(|t| t.language)>
            {Lang::ALL
                .into_iter()
                .map(|lang| view! {
                    <button
                        type="button"
                        class="secondary"
                        lang=lang.tag()
                        aria-pressed=move || (state.lang.get() == lang).to_string()
                        on:click=move |_| state.settings.update(|s| s.lang = Some(lang))
                    >
                        {lang.name()}
                    </button>
                })
                .collect_view()}
        </div>
    }
}

/// A validation rule this app does not know is ignored, and said once in the console.
fn warn_about_unknown_rules(schema: &InputSchema) {
    for property in &schema.properties {
        for validation in &property.validations {
            if let Rule::Unknown(rule) = &validation.rule {
                leptos::logging::warn!(
                    "{}: ignoring unknown validation rule {rule:?}",
                    property.name
                );
            }
        }
    }
}

/// A share link (`#inputs=…`) fills the form and submits nothing; the fragment is then
/// removed so a reload does not overwrite later edits.
fn open_share_link(state: AppState) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let fragment = window.location().hash().unwrap_or_default();
    let Some(form) = state
        .schema
        .with_untracked(|schema| form_from_fragment(schema, &fragment))
    else {
        return;
    };
    state.form.set(form);
    state.share_note.set(Some(|t| t.filled_from_link));
    if let Ok(history) = window.history() {
        let path = window.location().pathname().unwrap_or_default();
        let search = window.location().search().unwrap_or_default();
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{search}")),
        );
    }
}
