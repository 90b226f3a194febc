use leptos::prelude::*;

use super::frame_picker::FramePicker;
use super::text::text;
use crate::browser::page::{can_copy, copy_text};
use crate::core::api::types::{Media, MediaKind};
use crate::core::media::frame::frame_field;
use crate::state::AppState;

/// A job's outputs: the first video plays inline, with a frame picker to continue it from
/// one of its frames (when the model takes an image); further outputs form a small
/// gallery. A result URL that no longer loads says so instead of showing a broken player.
#[component]
pub fn MediaView(media: Vec<Media>, model_id: String, request_id: String) -> impl IntoView {
    let first_video = media.iter().position(|m| m.kind == MediaKind::Video);
    let items = media
        .into_iter()
        .enumerate()
        .map(|(index, item)| {
            let file_name = item.file_name(&model_id, &request_id, index);
            let frames_of = (Some(index) == first_video).then(|| request_id.clone());
            view! { <MediaItem item file_name frames_of /> }
        })
        .collect_view();
    view! { <div class="media-gallery">{items}</div> }
}

#[component]
fn MediaItem(
    item: Media,
    file_name: String,
    /// The job whose frames this video offers (its first video only).
    frames_of: Option<String>,
) -> impl IntoView {
    let broken = RwSignal::new(false);
    let copied = RwSignal::new(false);
    let url = StoredValue::new(item.url.clone());
    let state = AppState::get();
    let video = NodeRef::<leptos::html::Video>::new();
    let (position, set_position) = signal(0.0);
    let follow = move || {
        if let Some(video) = video.get_untracked() {
            set_position.set(video.current_time());
        }
    };
    let takes_image = move || state.schema.with(|schema| frame_field(schema).is_some());
    let picker = frames_of.map(|request_id| {
        let url = item.url.clone();
        view! {
            <Show when=move || takes_image() && !broken.get()>
                <FramePicker request_id=request_id.clone() url=url.clone() player=video position />
            </Show>
        }
    });
    let player = match item.kind {
        MediaKind::Video => view! {
            <video
                class="player"
                node_ref=video
                on:timeupdate=move |_| follow()
                on:seeked=move |_| follow()
                src=item.url.clone()
                controls
                playsinline
                muted
                autoplay
                loop
                preload="auto"
                on:error=move |_| broken.set(true)
            ></video>
        }
        .into_any(),
        MediaKind::Image => view! {
            <img class="player" src=item.url.clone() alt=text(|t| t.generated_image()) on:error=move |_| broken.set(true) />
        }
        .into_any(),
        MediaKind::Audio => view! {
            <audio class="player" src=item.url.clone() controls preload="metadata"
                on:error=move |_| broken.set(true)></audio>
        }
        .into_any(),
        MediaKind::Link => view! {
            <a class="output-link" href=item.url.clone() target="_blank" rel="noopener noreferrer">{item.url.clone()}</a>
        }
        .into_any(),
    };
    let frame_class = match item.kind {
        MediaKind::Video | MediaKind::Image => "media-frame",
        MediaKind::Audio | MediaKind::Link => "media-line",
    };
    view! {
        <figure class="media" class:broken=move || broken.get()>
            <div class=frame_class>{player}</div>
            {picker}
            <Show when=move || broken.get()>
                <p class="field-error" role="alert">
                    {text(|t| t.output_expired())}
                </p>
            </Show>
            <figcaption class="input-row">
                <a class="button secondary" href=item.url.clone() download=file_name>{text(|t| t.download())}</a>
                <a class="button secondary" href=item.url.clone() target="_blank" rel="noopener noreferrer">{text(|t| t.open_in_tab())}</a>
                // Without a clipboard (a page on plain http) "Open in new tab" has the link.
                {can_copy().then(|| view! {
                    <button type="button" class="secondary" on:click=move |_| {
                        leptos::task::spawn_local(async move {
                            copied.set(copy_text(&url.get_value()).await);
                        });
                    }>
                        {move || { let t = state.texts(); if copied.get() { t.link_copied() } else { t.copy_link() } }}
                    </button>
                })}
            </figcaption>
        </figure>
    }
}
