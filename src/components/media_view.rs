use leptos::prelude::*;

use super::text::text;
use crate::browser::page::copy_text;
use crate::core::api_types::{Media, MediaKind};
use crate::state::AppState;

/// A job's outputs: the first video plays inline; further outputs form a small gallery.
/// A result URL that no longer loads says so instead of showing a broken player.
#[component]
pub fn MediaView(media: Vec<Media>, model_id: String, request_id: String) -> impl IntoView {
    let items = media
        .into_iter()
        .enumerate()
        .map(|(index, item)| {
            let file_name = item.file_name(&model_id, &request_id, index);
            view! { <MediaItem item file_name /> }
        })
        .collect_view();
    view! { <div class="media-gallery">{items}</div> }
}

#[component]
fn MediaItem(item: Media, file_name: String) -> impl IntoView {
    let broken = RwSignal::new(false);
    let copied = RwSignal::new(false);
    let url = StoredValue::new(item.url.clone());
    let state = AppState::get();
    let player = match item.kind {
        MediaKind::Video => view! {
            <video
                class="player"
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
            <Show when=move || broken.get()>
                <p class="field-error" role="alert">
                    {text(|t| t.output_expired())}
                </p>
            </Show>
            <figcaption class="input-row">
                <a class="button secondary" href=item.url.clone() download=file_name>{text(|t| t.download())}</a>
                <a class="button secondary" href=item.url.clone() target="_blank" rel="noopener noreferrer">{text(|t| t.open_in_tab())}</a>
                <button type="button" class="secondary" on:click=move |_| {
                    leptos::task::spawn_local(async move {
                        copied.set(copy_text(&url.get_value()).await);
                    });
                }>
                    {move || { let t = state.texts(); if copied.get() { t.link_copied() } else { t.copy_link() } }}
                </button>
            </figcaption>
        </figure>
    }
}
