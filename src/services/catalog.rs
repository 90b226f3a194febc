//! RunComfy's catalog: choosing a model from it, switching the form to a model, and
//! learning the current model's price.

use std::collections::BTreeSet;

use leptos::prelude::*;
use leptos::task::spawn_local_scoped_with_cancellation;

use crate::browser::json;
use crate::browser::storage::{self, keys, Stored};
use crate::core::api::error::ApiError;
use crate::core::catalog::model_switch::{recall, switch_form};
use crate::core::catalog::models::{model_from_catalog, remember, schema_for, ModelError};
use crate::core::catalog::CatalogEntry;
use crate::core::form::FormValues;
use crate::core::i18n::Lang;
use crate::core::schema::InputSchema;
use crate::state::AppState;

/// Why a model from the catalog could not be used.
#[derive(Clone, Debug, PartialEq)]
pub enum ChooseError {
    /// Its schema could not be fetched.
    Api(ApiError),
    /// Its schema is missing or unusable.
    Model(ModelError),
}

impl ChooseError {
    /// The sentence to show under the search, in `lang`.
    pub fn message_in(&self, lang: Lang) -> String {
        match self {
            ChooseError::Api(error) => lang.texts().catalog_failed(&error.message_in(lang)),
            ChooseError::Model(error) => error.message_in(lang),
        }
    }
}

/// Switches the form to `model_id` and its `schema`: what the user typed for a property
/// both models share is kept; every other field takes what it had when the user last left
/// that model (kept on the device), or the new model's default.
pub fn switch_to(state: AppState, model_id: String, schema: InputSchema) {
    let switched = state.schema.with_untracked(|old| {
        state
            .form
            .with_untracked(|form| switch_form(old, &schema, form, json::read))
    });
    let mut forms = match storage::load::<Vec<(String, FormValues)>>(keys::MODEL_FORMS) {
        Stored::Found(forms) => forms,
        Stored::Missing | Stored::Corrupt => Vec::new(),
    };
    let leaving = state.model_id();
    let remembered = forms
        .iter()
        .find(|(id, _)| *id == model_id)
        .map(|(_, form)| form.clone())
        .unwrap_or_default();
    forms.retain(|(id, _)| *id != leaving && *id != model_id);
    forms.insert(0, (leaving, state.form.get_untracked()));
    forms.truncate(REMEMBERED_FORMS);
    if !storage::save(keys::MODEL_FORMS, &forms) && state.storage_note.get_untracked().is_none() {
        state.storage_note.set(Some(|t| t.storage_unavailable()));
    }
    let form = recall(&schema, switched, remembered);
    state.settings.update(|s| s.model_id = model_id);
    state.submit_error.set(None);
    state.media.set(Default::default());
    state.schema.set(schema);
    state.form.set(form);
}

/// How many models' forms are kept for when the user comes back to them.
const REMEMBERED_FORMS: usize = 20;

/// Uses a catalog entry: its schema (fetched when the listing left it out) becomes the
/// form, and the model is remembered with its name and price, so it works after a reload.
pub async fn choose(state: AppState, entry: CatalogEntry) -> Result<(), ChooseError> {
    let entry = if entry.input_schema.is_some() {
        entry
    } else {
        state
            .client()
            .catalog_entry(&entry.model_id)
            .await
            .map_err(ChooseError::Api)?
    };
    let (model, schema) = model_from_catalog(&entry).map_err(ChooseError::Model)?;
    let id = model.id.clone();
    state.models.update(|models| remember(models, model));
    switch_to(state, id, schema);
    Ok(())
}

/// Makes `model_id` the form's model (nothing changes when it already is): the built-in or
/// a remembered model at once, any other from the catalog (which needs the token).
pub async fn open_model(state: AppState, model_id: &str) -> Result<(), ChooseError> {
    if state.model_id() == model_id {
        return Ok(());
    }
    match state
        .models
        .with_untracked(|models| schema_for(model_id, models))
    {
        Some(schema) => {
            switch_to(state, model_id.to_owned(), schema);
            Ok(())
        }
        None => {
            let entry = state
                .client()
                .catalog_entry(model_id)
                .await
                .map_err(ChooseError::Api)?;
            choose(state, entry).await
        }
    }
}

/// Learns the price of each model the form shows, once a token is there: a model chosen
/// from the catalog brings its entry; for any other (the built-in Wan 2.2, a pasted
/// schema) the catalog is asked once per model, API base and token, after the token has
/// stopped changing. A failure only means no price is shown.
pub fn learn_prices(state: AppState) {
    // (model id, API base, token): kept in memory only, like the token itself.
    let asked = StoredValue::new(BTreeSet::<(String, String, String)>::new());
    Effect::new(move |_| {
        let token = state.token.get();
        let (model_id, base) = state
            .settings
            .with(|s| (s.model_id.clone(), s.api_base.clone()));
        if token.trim().is_empty() || state.current_entry().is_some() {
            return;
        }
        let key = (model_id.clone(), base, token);
        if asked.with_value(|a| a.contains(&key)) {
            return;
        }
        // The wait belongs to this run: a newer token (or model) cancels it.
        spawn_local_scoped_with_cancellation(async move {
            gloo_timers::future::TimeoutFuture::new(TOKEN_SETTLE_MS).await;
            asked.update_value(|a| {
                a.insert(key);
            });
            if let Ok(entry) = state.client().catalog_entry(&model_id).await {
                let entry = CatalogEntry {
                    input_schema: None,
                    ..entry
                };
                state.entries.update(|e| {
                    e.insert(model_id, entry);
                });
            }
        });
    });
}

/// How long the token must stay unchanged before the catalog is asked with it.
const TOKEN_SETTLE_MS: u32 = 700;
