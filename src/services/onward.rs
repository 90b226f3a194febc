//! "Use as input of…": an output of one job becomes the input of another model, in one
//! press: the catalog's models that take that kind of file are listed, and the chosen one's
//! form gets the output in its input; the job sent with it records the job it came from.

use crate::api::CatalogQuery;
use crate::browser::page::focus_soon;
use crate::core::api::error::ApiError;
use crate::core::catalog::onward::{fill, models_taking, OnwardInput};
use crate::core::catalog::CatalogEntry;
use crate::core::job::chain::PendingFrame;
use crate::core::schema::media_kind::MediaType;
use crate::services::catalog::{choose, ChooseError};
use crate::services::jobs::short_id;
use crate::state::AppState;
use leptos::prelude::*;

/// How many catalog entries one request asks for.
const PAGE: u64 = 100;
/// The most pages read (a catalog of 500 models).
const MAX_PAGES: u64 = 5;

/// The catalog's models that take a file of `kind`, each with the input it would go to.
pub async fn models_for(
    state: AppState,
    kind: MediaType,
) -> Result<Vec<(CatalogEntry, OnwardInput)>, ApiError> {
    let client = state.client();
    let mut entries = Vec::new();
    for page in 0..MAX_PAGES {
        let query = CatalogQuery {
            search: String::new(),
            category: String::new(),
            offset: page * PAGE,
            limit: PAGE,
        };
        let answer = client.catalog(&query).await?;
        let count = answer.models.len() as u64;
        entries.extend(answer.models);
        if count < PAGE || entries.len() as u64 >= answer.total {
            break;
        }
    }
    Ok(models_taking(&entries, kind))
}

/// Switches the form to `entry`'s model with `url` (the output of job `request_id`) in
/// `input`; the next job sent with it is recorded as made from that job.
pub async fn send_onward(
    state: AppState,
    request_id: String,
    url: String,
    entry: CatalogEntry,
    input: OnwardInput,
) -> Result<(), ChooseError> {
    let name = entry.display_name.clone();
    choose(state, entry).await?;
    state.form.update(|form| fill(form, &input, &url));
    state
        .pending_frame
        .set(Some(PendingFrame::onward(&request_id, &input.field, &url)));
    state.submit_error.set(None);
    state.share_note.set(None);
    state
        .announcement
        .set(state.texts_now().onward_done(short_id(&request_id), &name));
    // The model's form is drawn anew: the focus goes to the field once it is there.
    focus_soon(format!("field-{}", input.field));
    Ok(())
}
