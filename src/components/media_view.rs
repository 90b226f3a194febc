use leptos::prelude::*;

use super::frame_picker::FramePicker;
use super::onward_picker::OnwardPicker;
use super::text::text;
use crate::browser::files::save_blob;
use crate::browser::film_blob::carrying;
use crate::browser::page::{can_copy, copy_text};
use crate::core::api::types::{Media, MediaKind};
use crate::core::media::frame::frame_field;
use crate::core::schema::media_kind::MediaType;
use crate::services::kept_results::{self, Kept, NotKept};
use crate::state::AppState;

/// A job's outputs: the first video plays inline, with a frame picker to continue it from
/// one of its frames (when the model takes an image); further outputs form a small
/// gallery. A result kept on this device plays from there (offline, and after RunComfy's
/// copy expired); one that no longer loads and is not kept says so instead of showing a
/// broken player.
#[component]
pub fn MediaView(
    media: Vec<Media>,
    model_id: String,
    request_id: String,
    /// In the history: videos do not play by themselves and load only their first frame.
    #[prop(optional)]
    in_history: bool,
) -> impl IntoView {
    let first_video = media.iter().position(|m| m.kind == MediaKind::Video);
    let items = media
        .into_iter()
        .enumerate()
        .map(|(index, item)| {
            let file_name = item.file_name(&model_id, &request_id, index);
            let frames_of = (Some(index) == first_video).then(|| request_id.clone());
            let request_id = request_id.clone();
            view! { <MediaItem item file_name request_id frames_of in_history /> }
        })
        .collect_view();
    view! { <div class="media-gallery">{items}</div> }
}

#[component]
fn MediaItem(
    item: Media,
    file_name: String,
    /// The job that made it.
    request_id: String,
    /// The job whose frames this video offers (its first video only).
    frames_of: Option<String>,
    /// In the history (see [`MediaView`]).
    in_history: bool,
) -> impl IntoView {
    let copied = RwSignal::new(false);
    let remote = item.url.clone();
    let url = StoredValue::new(item.url.clone());
    let state = AppState::get();
    // The web's copy plays until it fails; the device's copy is used from the start when
    // it is there, and takes over when the web's fails. A copy kept while the web's plays
    // waits for the next showing, so the player does not start over.
    let remote_failed = RwSignal::new(false);
    let remote_loaded = RwSignal::new(false);
    let kept = move || url.with_value(|u| kept_results::on_device(u));
    let src = Memo::new(move |_| match kept() {
        Some(local) if remote_failed.get() || !remote_loaded.get() => local,
        _ => url.get_value(),
    });
    let from_web = move || !src.get_untracked().starts_with("blob:");
    let failed = move |_| {
        if from_web() {
            remote_failed.set(true);
        }
    };
    let loaded = move |_| {
        if from_web() {
            remote_loaded.set(true);
        }
    };
    let broken = Signal::derive(move || remote_failed.get() && kept().is_none());
    let video = NodeRef::<leptos::html::Video>::new();
    let (position, set_position) = signal(0.0);
    let follow = move || {
        if let Some(video) = video.get_untracked() {
            set_position.set(video.current_time());
        }
    };
    let takes_image = move || state.schema.with(|schema| frame_field(schema).is_some());
    // The picker names the video by its address: the copy kept on this device is used when
    // there is one (`services::extend`), else the web's.
    let picker = frames_of.map(|request_id| {
        view! {
            <Show when=move || takes_image() && !broken.get()>
                <FramePicker request_id=request_id.clone() url=url.get_value() player=video position />
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
                src=src
                controls
                playsinline
                muted
                autoplay=!in_history
                loop
                preload=if in_history { "metadata" } else { "auto" }
                on:loadeddata=loaded
                on:error=failed
            ></video>
        }
        .into_any(),
        MediaKind::Image => view! {
            <img class="player" src=src alt=text(|t| t.generated_image()) on:load=loaded on:error=failed />
        }
        .into_any(),
        MediaKind::Audio => view! {
            <audio class="player" src=src controls preload="metadata"
                on:loadeddata=loaded on:error=failed></audio>
        }
        .into_any(),
        MediaKind::Link => view! {
            <a class="output-link" href=remote.clone() target="_blank" rel="noopener noreferrer">{remote.clone()}</a>
        }
        .into_any(),
    };
    // Any output but a link can become another model's input.
    let onward = match item.kind {
        MediaKind::Video => Some(MediaType::Video),
        MediaKind::Image => Some(MediaType::Image),
        MediaKind::Audio => Some(MediaType::Audio),
        MediaKind::Link => None,
    }
    .map(|kind| view! { <OnwardPicker request_id=request_id.clone() url=item.url.clone() kind /> });
    // An MP4 saved from this device's copy carries what made it (its settings, read back
    // when the file is dropped on the app); any other file is saved as it is.
    let saved_name = StoredValue::new(file_name.clone());
    let job_id = StoredValue::new(request_id.clone());
    let save = move |ev: leptos::ev::MouseEvent| {
        let Some(blob) = kept_results::kept_blob(&url.get_value()) else {
            return;
        };
        let Some(job) = state.job(&job_id.get_value()) else {
            return;
        };
        ev.prevent_default();
        leptos::task::spawn_local(async move {
            save_blob(&saved_name.get_value(), &carrying(&blob, Some(&job)).await);
        });
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
            {(item.kind != MediaKind::Link).then(|| view! { <KeptNote url=item.url.clone() /> })}
            <figcaption class="input-row">
                <a class="button secondary" href=move || kept().unwrap_or_else(|| url.get_value()) download=file_name on:click=save>{text(|t| t.download())}</a>
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
            {onward}
        </figure>
    }
}

/// Whether an output is kept on this device, or why not.
#[component]
fn KeptNote(url: String) -> impl IntoView {
    let state = AppState::get();
    let note = move || {
        let t = state.texts();
        let lang = state.lang.get();
        let kept = kept_results::status(&url)?;
        let full = kept == Kept::NotKept(NotKept::Full);
        let (class, sentence) = match kept {
            Kept::Keeping => ("help kept-note", t.keeping_result()),
            Kept::OnDevice { blob, .. } => (
                "help kept-note kept",
                t.kept_on_device(&lang.file_size(blob.size() as u64)),
            ),
            Kept::NotKept(reason) => (
                "help kept-note",
                match reason {
                    NotKept::Refused => t.not_kept_refused(),
                    NotKept::Gone => t.not_kept_gone(),
                    NotKept::TooLarge => {
                        t.not_kept_too_large(&lang.file_size(kept_results::KEEP_CAP))
                    }
                    NotKept::Full => t.not_kept_full(),
                    NotKept::NoStore => t.not_kept_no_store(),
                    NotKept::Deleted => t.deleted_from_device(),
                },
            ),
        };
        let room = full.then(|| kept_results::room_for(&url)).flatten().map(|(count, bytes)| {
            let url = url.clone();
            let label = t.make_room(count as u64, &lang.file_size(bytes as u64));
            view! {
                <button type="button" class="secondary" on:click=move |_| kept_results::make_room(state, url.clone())>
                    {label}
                </button>
            }
        });
        Some(view! { <p class=class data-testid="kept-note">{sentence} " " {room}</p> })
    };
    view! { {note} }
}
