//! "Use this frame": a frame of a finished video becomes an image of the next job (any of
//! the model's image inputs), with that job's settings, checked like any image the user
//! gives; the job sent with it then records which clip it continues. With a model that
//! takes an end frame: a Loop (the same frame at both ends) or a Bridge (this clip's last
//! frame, then another clip's first, so the new clip plays between them).

use std::sync::Arc;

use leptos::prelude::*;
use web_sys::Blob;

use crate::browser::page::focus_first;
use crate::browser::video_frame::{take_frame, FrameError};
use crate::core::job::chain::PendingFrame;
use crate::core::job::history::form_from_inputs;
use crate::core::job::ContinuesFrom;
use crate::core::media::frame::{end_frame_field, frame_rate, step_time, DEFAULT_FPS};
use crate::core::schema::media_kind::MediaType;
use crate::services::jobs::short_id;
use crate::services::media_check::{self, MediaSource};
use crate::services::{image_queue, kept_results};
use crate::state::{AppState, MediaField};

/// Where the video's bytes come from.
pub enum VideoBytes {
    /// Its URL: the copy kept on this device when there is one, else fetched with CORS.
    Url(String),
    /// A local copy the user chose (when the host refuses CORS).
    Local(Blob),
}

impl VideoBytes {
    async fn blob(self) -> Result<Blob, FrameError> {
        match self {
            VideoBytes::Url(url) => kept_results::device_or_web(&url).await,
            VideoBytes::Local(blob) => Ok(blob),
        }
    }
}

/// What fills the model's end-frame input (when it has one) besides the chosen field.
pub enum EndFrame {
    /// Nothing.
    None,
    /// The same frame: the next clip ends where it starts (a loop).
    Same,
    /// The first frame of another job's clip: the next clip bridges into it.
    FirstOf {
        /// That job.
        request_id: String,
        /// Its video.
        video: VideoBytes,
    },
}

/// Takes the frame of the job `request_id`'s video shown at `at_s` and makes it the image
/// `into` of the next job: the form gets the job's settings, the frame in that image field
/// (measured and checked like any image), and the prompt gets the focus. `end` fills the
/// model's end-frame input too: a loop, or a bridge into another clip. Returns the video's
/// bytes, so another frame of it needs no second download.
pub async fn use_frame(
    state: AppState,
    request_id: String,
    video: VideoBytes,
    at_s: f64,
    into: String,
    end: EndFrame,
) -> Result<Blob, FrameError> {
    let validations = state
        .schema
        .with_untracked(|schema| Some(schema.property(&into)?.media_validations()))
        .ok_or(FrameError::Unreadable)?;
    let end_field = match end {
        EndFrame::None => None,
        _ => Some(
            state
                .schema
                .with_untracked(end_frame_field)
                .ok_or(FrameError::Unreadable)?,
        ),
    };
    let bytes = video.blob().await?;
    let checked = Arc::new(frame_of(state, &bytes, at_s, &request_id, &validations).await?);
    let value = checked
        .value()
        .map(str::to_owned)
        .ok_or(FrameError::Unreadable)?;
    // The end frame: the same, or the first of the clip bridged into.
    let mut bridges_to = None;
    let end_checked = match (end, &end_field) {
        (EndFrame::FirstOf { request_id, video }, Some(field)) => {
            let validations = state
                .schema
                .with_untracked(|schema| Some(schema.property(field)?.media_validations()))
                .unwrap_or_default();
            let fps = state
                .job(&request_id)
                .map_or(DEFAULT_FPS, |j| frame_rate(&j.inputs));
            let first = step_time(0.0, 0, fps, f64::NAN);
            let bytes = video.blob().await?;
            let checked = frame_of(state, &bytes, first, &request_id, &validations).await?;
            bridges_to = Some(request_id);
            Some(Arc::new(checked))
        }
        (EndFrame::Same, Some(_)) => Some(checked.clone()),
        _ => None,
    };

    let mut form = match state.job(&request_id) {
        Some(job) => state
            .schema
            .with_untracked(|schema| form_from_inputs(schema, &job.inputs).0),
        None => state.form.get_untracked(),
    };
    form.set(&into, value.clone());
    let end_value = end_checked
        .as_ref()
        .and_then(|c| c.value().map(str::to_owned));
    if let (Some(field), Some(end_value)) = (&end_field, &end_value) {
        form.set(field, end_value.clone());
    }
    let from = ContinuesFrom {
        request_id: request_id.clone(),
        at_secs: at_s,
        bridges_to: bridges_to.clone(),
    };
    state
        .pending_frame
        .set(Some(PendingFrame::new(from, &into, &value)));
    // The frame is the next job's one image: a queue of images standing in the field would
    // send something else.
    if image_queue::is_active_for(state, &into) {
        image_queue::clear(state);
    }
    // The field's check is already done: the image input takes it as its own.
    state.media.update(|media| {
        media.insert(into.clone(), checked);
        if let (Some(field), Some(end_checked)) = (end_field, end_checked) {
            media.insert(field, end_checked);
        }
    });
    state.form.set(form);
    state.submit_error.set(None);
    state.share_note.set(None);
    let lang = state.lang.get_untracked();
    let t = lang.texts();
    state.announcement.set(match &bridges_to {
        Some(to) => t.bridge_taken(short_id(&request_id), short_id(to)),
        None => t.frame_taken(&lang.fixed(at_s, 2), short_id(&request_id)),
    });
    // The prompt, ready to edit.
    focus_first(&["field-prompt", &format!("field-{into}")]);
    Ok(bytes)
}

/// The frame of `bytes` at `at_s`, measured and checked as an image of `validations`.
async fn frame_of(
    state: AppState,
    bytes: &Blob,
    at_s: f64,
    request_id: &str,
    validations: &[crate::core::schema::Validation],
) -> Result<MediaField, FrameError> {
    let frame = take_frame(bytes, at_s, validations).await?;
    let lang = state.lang.get_untracked();
    let label = lang
        .texts()
        .frame_label(&lang.fixed(at_s, 2), short_id(request_id));
    let blob = MediaSource::Blob { blob: frame, label };
    Ok(media_check::check(MediaType::Image, validations, blob, lang).await)
}
