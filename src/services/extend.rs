//! "Use this frame": a frame of a finished video becomes the image of the next job, with
//! that job's settings, checked like any image the user gives; the job sent with it then
//! records which clip it continues.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Blob;

use crate::browser::video_frame::{fetch_video, take_frame, FrameError};
use crate::core::job::chain::PendingFrame;
use crate::core::job::history::form_from_inputs;
use crate::core::job::ContinuesFrom;
use crate::core::media::frame::{end_frame_field, frame_field};
use crate::core::schema::media_kind::MediaType;
use crate::services::image_queue;
use crate::services::jobs::short_id;
use crate::services::media_check::{self, MediaSource};
use crate::state::AppState;

/// Where the video's bytes come from.
pub enum VideoBytes {
    /// Its URL, fetched with CORS.
    Url(String),
    /// A local copy the user chose (when the host refuses CORS).
    Local(Blob),
}

/// Takes the frame of the job `request_id`'s video shown at `at_s` and makes it the image
/// of the next job: the form gets the job's settings, the frame in the model's image
/// field (measured and checked like any image), and the prompt gets the focus. With
/// `as_loop`, the frame is the end frame too (a model with an end-frame input), so the next
/// clip ends where it starts. Returns the video's bytes, so another frame of it needs no
/// second download.
pub async fn use_frame(
    state: AppState,
    request_id: String,
    video: VideoBytes,
    at_s: f64,
    as_loop: bool,
) -> Result<Blob, FrameError> {
    let (field, validations) = state
        .schema
        .with_untracked(|schema| {
            let field = frame_field(schema)?;
            let validations = schema.property(&field)?.media_validations();
            Some((field, validations))
        })
        .ok_or(FrameError::Unreadable)?;
    let bytes = match video {
        VideoBytes::Url(url) => fetch_video(&url).await?,
        VideoBytes::Local(blob) => blob,
    };
    let frame = take_frame(&bytes, at_s, &validations).await?;
    let lang = state.lang.get_untracked();
    let label = lang
        .texts()
        .frame_label(&lang.fixed(at_s, 2), short_id(&request_id));
    let blob = MediaSource::Blob { blob: frame, label };
    let checked = media_check::check(MediaType::Image, &validations, blob, lang).await;
    let value = checked
        .value()
        .map(str::to_owned)
        .ok_or(FrameError::Unreadable)?;

    let mut form = match state.job(&request_id) {
        Some(job) => state
            .schema
            .with_untracked(|schema| form_from_inputs(schema, &job.inputs).0),
        None => state.form.get_untracked(),
    };
    form.set(&field, value.clone());
    let end = as_loop
        .then(|| state.schema.with_untracked(end_frame_field))
        .flatten();
    if let Some(end) = &end {
        form.set(end, value.clone());
    }
    let from = ContinuesFrom {
        request_id: request_id.clone(),
        at_secs: at_s,
    };
    state
        .pending_frame
        .set(Some(PendingFrame::new(from, &field, &value)));
    // The frame is the next job's one image: a queue of images standing in the field would
    // send something else.
    if image_queue::is_active_for(state, &field) {
        image_queue::clear(state);
    }
    // The field's check is already done: the image input takes it as its own.
    let checked = Arc::new(checked);
    state.media.update(|media| {
        media.insert(field.clone(), checked.clone());
        if let Some(end) = end {
            media.insert(end, checked);
        }
    });
    state.form.set(form);
    state.submit_error.set(None);
    state.share_note.set(None);
    state.announcement.set(
        lang.texts()
            .frame_taken(&lang.fixed(at_s, 2), short_id(&request_id)),
    );
    focus_first(&["field-prompt", &format!("field-{field}")]);
    Ok(bytes)
}

/// Moves the focus to the first of these elements that exists (the prompt, ready to edit).
fn focus_first(ids: &[&str]) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(element) = ids
        .iter()
        .find_map(|id| document.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}
