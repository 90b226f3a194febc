use leptos::prelude::*;

use super::job_list;
use super::language_select::LanguageSelect;
use super::model_picker::ModelPicker;
use super::schema_form::SchemaForm;
use super::settings_dialog::{self, SettingsButton};
use super::storage_full;
use super::text::text;
use super::token_welcome::TokenWelcome;
use crate::browser::json::JsonObject;
use crate::browser::notify;
use crate::browser::page::{now_ms, set_document_lang};
use crate::core::form::persist::restore_form;
use crate::core::form::share::shared_json;
use crate::core::i18n;
use crate::core::schema::{InputSchema, Rule};
use crate::kept;
use crate::services::{self, language};
use crate::split::{self, later};
use crate::state::AppState;

/// The workbench: a compact header; the inputs on the left with Generate always in reach;
/// the current job and its result on the right, in view while the inputs scroll, the
/// history below it. One column on narrow screens.
#[component]
pub fn App() -> impl IntoView {
    let schema = InputSchema::builtin();
    warn_about_unknown_rules(&schema);
    let state = AppState::load(schema);
    provide_context(state);
    language::fetch_wanted(state);
    state.persist();
    // In the app's scope: what it restores keeps itself stored from then on.
    split::run(state, async move { later!(services::resume(state)) });
    open_share_link(state);
    notify::restore_title_when_visible();

    // One clock for every "running for 12 s" on the page.
    // The app lives as long as the page, so the interval does too.
    gloo_timers::callback::Interval::new(1_000, move || state.now_ms.set(now_ms())).forget();
    Effect::new(move |_| set_document_lang(state.lang.get()));
    // Without a token (forgotten, or cleared in the settings) the invitation comes back.
    Effect::new(move |_| {
        if state.token.with(String::is_empty) {
            state.welcome.set(true);
        }
    });

    view! {
        <header class="app-header">
            <h1>"Wan 2.2 Image-to-Video"</h1>
            <div class="header-tools">
                <label for="header-lang" class="visually-hidden">{text(|t| t.language())}</label>
                <LanguageSelect id="header-lang" />
                <SettingsButton />
            </div>
        </header>
        <main id="app" data-ready="true" class="workbench">
            {move || {
                state.lang_files.track();
                let wanted = state.wanted_lang.get();
                i18n::has_failed(wanted).then(|| view! {
                    <p class="note notice" data-testid="language-note">
                        {move || state.texts().language_failed(wanted.name())}
                    </p>
                })
            }}
            {move || state.part_missing.get().then(split::not_loaded)}
            {move || state.storage_note.get().map(|note| view! {
                <p class="note notice" data-testid="storage-note">{text(note)}</p>
            })}
            {split::view_of(state, async move { later!(storage_full::page_notes()) })}
            <Show when=move || state.welcome.get()>
                <TokenWelcome />
            </Show>
            <section class="inputs" aria-labelledby="form-heading">
                <ModelPicker />
                <h2 id="form-heading" class="visually-hidden">{text(|t| t.inputs_heading())}</h2>
                <SchemaForm />
            </section>
            <div class="results">
                {split::view_of(state, async move { later!(job_list::results()) })}
            </div>
        </main>
        {split::view_of(state, async move { later!(settings_dialog::settings()) })}
        <div class="visually-hidden" role="status" aria-live="polite">
            {move || state.announcement.get()}
        </div>
    }
}

/// A validation rule this app does not know is ignored, and said once in the console.
fn warn_about_unknown_rules(schema: &InputSchema) {
    for property in &schema.properties {
        for validation in &property.validations {
            if let Rule::Unknown(rule) = &validation.rule {
                // Display, not Debug: release builds carry no Debug output (-Zfmt-debug=none).
                leptos::logging::warn!(
                    "{}: ignoring unknown validation rule \"{rule}\"",
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
    let Some(shared) = shared_json(&fragment).and_then(|json| JsonObject::parse(&json)) else {
        return;
    };
    let (values, _) = kept::string_members(&shared);
    state.form.set(
        state
            .schema
            .with_untracked(|schema| restore_form(schema, values)),
    );
    state.share_note.set(Some(|t| t.filled_from_link()));
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
