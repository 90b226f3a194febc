use leptos::html::Video;
use leptos::prelude::*;
use leptos::task::spawn_local;
use web_sys::Blob;

use super::text::text;
use crate::browser::video_frame::{FrameError, VIDEO_READ_CAP};
use crate::core::media::frame::{
    end_frame_field, frame_index, frame_rate, last_frame_time, step_time, DEFAULT_FPS,
};
use crate::services::extend::{use_frame, VideoBytes};
use crate::state::AppState;

/// Where a press of the picker moves the video.
#[derive(Clone, Copy)]
enum Step {
    Back,
    Forward,
    Last,
}

/// Under a finished video: step a frame back or forward, jump to the last frame, and
/// "Use this frame" to continue the clip from the frame shown. The video keeps playing
/// until a step or the press pauses it. When the video's host refuses CORS, it says so
/// and offers what works: download the video, then choose that file here.
#[component]
pub fn FramePicker(
    /// The job whose video this is.
    request_id: String,
    /// The video's URL.
    url: String,
    /// The player showing it.
    player: NodeRef<Video>,
    /// The player's current time (seconds), kept up to date by the player.
    position: ReadSignal<f64>,
) -> impl IntoView {
    let state = AppState::get();
    let id = StoredValue::new(request_id);
    let url = StoredValue::new(url);
    // The job's own frame rate when its request says it.
    let fps = state.jobs.with_untracked(|jobs| {
        jobs.iter()
            .find(|j| j.request_id == id.get_value())
            .map_or(DEFAULT_FPS, |j| frame_rate(&j.inputs))
    });
    let busy = RwSignal::new(false);
    let problem = RwSignal::new(None::<FrameError>);
    // The video's bytes once fetched, or the copy the user chose (its host refuses CORS):
    // further frames come from them.
    let local_copy = StoredValue::new_local(None::<Blob>);
    let file_id = format!("frame-file-{}", id.get_value());

    // A step pauses the video: the frame shown is then the one "Use this frame" takes.
    let seek = move |step: Step| {
        if let Some(video) = player.get_untracked() {
            let _ = video.pause();
            let (at, length) = (video.current_time(), video.duration());
            video.set_current_time(match step {
                Step::Back => step_time(at, -1, fps, length),
                Step::Forward => step_time(at, 1, fps, length),
                Step::Last => last_frame_time(length),
            });
        }
    };
    let take = move |source: Option<VideoBytes>, as_loop: bool| {
        let Some(video) = player.get_untracked() else {
            return;
        };
        let _ = video.pause();
        let at = video.current_time();
        let source = source
            .or_else(|| local_copy.with_value(|c| c.clone().map(VideoBytes::Local)))
            .unwrap_or_else(|| VideoBytes::Url(url.get_value()));
        busy.set(true);
        problem.set(None);
        spawn_local(async move {
            let outcome = use_frame(state, id.get_value(), source, at, as_loop).await;
            busy.set(false);
            match outcome {
                Ok(bytes) => {
                    local_copy.set_value(Some(bytes));
                    problem.set(None);
                }
                Err(error) => problem.set(Some(error)),
            }
        });
    };
    let on_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            take(Some(VideoBytes::Local(file.into())), false);
        }
        input.set_value("");
    };

    let where_now = move || {
        let lang = state.lang.get();
        let at = position.get();
        lang.texts()
            .frame_position(frame_index(at, fps) + 1, &lang.fixed(at, 2))
    };
    let message = move || {
        let lang = state.lang.get();
        let t = lang.texts();
        problem.get().map(|p| match p {
            FrameError::Blocked => t.frame_cors_refused(),
            FrameError::HttpStatus(status) => t.frame_fetch_failed(status),
            FrameError::Unreadable => t.frame_unreadable(),
            FrameError::TooLarge => t.frame_too_large(&lang.file_size(VIDEO_READ_CAP)),
        })
    };

    view! {
        <div class="frame-picker" role="group" aria-label=text(|t| t.frame_picker())>
            <p class="frame-position" data-testid="frame-position">{where_now}</p>
            <div class="input-row">
                <button type="button" class="secondary"
                    on:click=move |_| seek(Step::Back)>
                    <span aria-hidden="true">"‹ "</span>{text(|t| t.frame_back())}
                </button>
                <button type="button" class="secondary"
                    on:click=move |_| seek(Step::Forward)>
                    {text(|t| t.frame_forward())}<span aria-hidden="true">" ›"</span>
                </button>
                <button type="button" class="secondary"
                    on:click=move |_| seek(Step::Last)>
                    {text(|t| t.last_frame())}
                </button>
                <button type="button" disabled=move || busy.get() on:click=move |_| take(None, false)>
                    {text(|t| t.use_this_frame())}
                </button>
                // A model with an end-frame input: the same frame at both ends, a loop.
                <Show when=move || state.schema.with(|s| end_frame_field(s).is_some())>
                    <button type="button" class="secondary" disabled=move || busy.get()
                        on:click=move |_| take(None, true)>
                        {text(|t| t.use_frame_as_loop())}
                    </button>
                </Show>
            </div>
            <p class="help">{text(|t| t.frame_help())}</p>
            <div aria-live="polite">
                <Show when=move || busy.get()>
                    <p class="checking">{text(|t| t.taking_frame())}</p>
                </Show>
                {move || message().map(|m| view! { <p class="field-error" role="alert">{m}</p> })}
            </div>
            <Show when=move || problem.get() == Some(FrameError::Blocked)>
                <div class="input-row frame-offers">
                    <a class="button secondary" href=url.get_value() download="" target="_blank"
                        rel="noopener noreferrer">{text(|t| t.download_video())}</a>
                    <label for=file_id.clone() class="button secondary">{text(|t| t.choose_downloaded_video())}</label>
                    <input id=file_id.clone() class="visually-hidden" type="file" accept="video/*"
                        aria-label=text(|t| t.choose_downloaded_video()) on:change=on_file />
                    <a href="./README.md" target="_blank" rel="noopener">{text(|t| t.proxy_recipe())}</a>
                </div>
            </Show>
        </div>
    }
}
