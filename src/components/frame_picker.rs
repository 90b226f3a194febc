use leptos::html::Video;
use leptos::prelude::*;
use leptos::task::spawn_local;
use web_sys::Blob;

use super::text::text;
use crate::browser::video_frame::{FrameError, VIDEO_READ_CAP};
use crate::core::api::types::MediaKind;
use crate::core::job::JobPhase;
use crate::core::media::frame::{
    end_frame_field, frame_index, frame_rate, image_fields, last_frame_time, step_time, DEFAULT_FPS,
};
use crate::services::extend::{use_frame, EndFrame, VideoBytes};
use crate::services::jobs::short_id;
use crate::state::AppState;

/// Where a press of the picker moves the video.
#[derive(Clone, Copy)]
enum Step {
    Back,
    Forward,
    Last,
}

/// Under a finished video: step a frame back or forward, jump to the last frame, and
/// "Use this frame" to continue the clip from the frame shown, into any of the model's
/// image inputs. With a model that takes an end frame: "Loop" (the same frame at both
/// ends) and "Bridge" (this clip's last frame to another clip's first). The video keeps
/// playing until a step or the press pauses it. When the video's host refuses CORS, it
/// says so and offers what works: download the video, then choose that file here.
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
    let into_id = format!("frame-into-{}", id.get_value());
    let bridge_id = format!("bridge-to-{}", id.get_value());

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
    // The image inputs a frame can go into, and the one chosen (the first by default).
    let fields = Memo::new(move |_| {
        state.schema.with(|schema| {
            image_fields(schema)
                .into_iter()
                .map(|name| {
                    let title = schema
                        .property(&name)
                        .map_or(name.clone(), |p| p.title.clone());
                    (name, title)
                })
                .collect::<Vec<_>>()
        })
    });
    let chosen = RwSignal::new(String::new());
    let into = move || {
        let chosen = chosen.get_untracked();
        fields.with_untracked(|fields| {
            fields
                .iter()
                .find(|(name, _)| *name == chosen)
                .or(fields.first())
                .map(|(name, _)| name.clone())
        })
    };
    // The other finished clips a bridge can lead into, newest first.
    let others = Memo::new(move |_| {
        state.jobs.with(|jobs| {
            jobs.iter()
                .filter(|j| j.request_id != id.get_value())
                .filter_map(|j| match &j.phase {
                    JobPhase::Succeeded { media } => media
                        .iter()
                        .find(|m| m.kind == MediaKind::Video)
                        .map(|m| (j.request_id.clone(), m.url.clone())),
                    _ => None,
                })
                .collect::<Vec<_>>()
        })
    });
    let bridge_to = RwSignal::new(String::new());
    let take = move |source: Option<VideoBytes>, end: EndFrame| {
        let Some(video) = player.get_untracked() else {
            return;
        };
        let Some(into) = into() else {
            return;
        };
        let _ = video.pause();
        // A bridge starts from the clip's last frame, wherever the player stands.
        if matches!(end, EndFrame::FirstOf { .. }) {
            video.set_current_time(last_frame_time(video.duration()));
        }
        let at = video.current_time();
        let source = source
            .or_else(|| local_copy.with_value(|c| c.clone().map(VideoBytes::Local)))
            .unwrap_or_else(|| VideoBytes::Url(url.get_value()));
        busy.set(true);
        problem.set(None);
        spawn_local(async move {
            let outcome = use_frame(state, id.get_value(), source, at, into, end).await;
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
            take(Some(VideoBytes::Local(file.into())), EndFrame::None);
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
                <button type="button" disabled=move || busy.get() on:click=move |_| take(None, EndFrame::None)>
                    {text(|t| t.use_this_frame())}
                </button>
                // A model with an end-frame input: the same frame at both ends, a loop.
                <Show when=move || state.schema.with(|s| end_frame_field(s).is_some())>
                    <button type="button" class="secondary" disabled=move || busy.get()
                        on:click=move |_| take(None, EndFrame::Same)>
                        {text(|t| t.use_frame_as_loop())}
                    </button>
                </Show>
            </div>
            // More than one image input: the frame goes into the one chosen.
            <Show when=move || fields.with(|f| f.len() > 1)>
                <div class="input-row">
                    <label for=into_id.clone()>{text(|t| t.frame_into())}</label>
                    <select id=into_id.clone() on:change=move |ev| chosen.set(event_target_value(&ev))>
                        {move || fields.get().into_iter().map(|(name, title)| {
                            let selected = Some(name.clone()) == into();
                            view! { <option value=name selected=selected>{title}</option> }
                        }).collect_view()}
                    </select>
                </div>
            </Show>
            // Bridge: from this clip's last frame to another clip's first; the new clip plays
            // between them in the chain.
            <Show when=move || {
                state.schema.with(|s| end_frame_field(s).is_some()) && others.with(|o| !o.is_empty())
            }>
                <div class="input-row bridge">
                    <label for=bridge_id.clone()>{text(|t| t.bridge_to())}</label>
                    <select id=bridge_id.clone() on:change=move |ev| bridge_to.set(event_target_value(&ev))>
                        {move || others.get().into_iter().map(|(other, _)| {
                            let label = state.texts().job_named(short_id(&other));
                            let selected = other == bridge_to.get_untracked();
                            view! { <option value=other selected=selected>{label}</option> }
                        }).collect_view()}
                    </select>
                    <button type="button" class="secondary" disabled=move || busy.get()
                        on:click=move |_| {
                            let chosen = bridge_to.get_untracked();
                            let target = others.with_untracked(|o| {
                                o.iter().find(|(other, _)| *other == chosen).or(o.first()).cloned()
                            });
                            if let Some((request_id, url)) = target {
                                take(None, EndFrame::FirstOf { request_id, video: VideoBytes::Url(url) });
                            }
                        }>
                        {text(|t| t.bridge_button())}
                    </button>
                </div>
                <p class="help">{text(|t| t.bridge_help())}</p>
            </Show>
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
