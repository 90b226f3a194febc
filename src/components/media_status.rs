//! What a media field shows about its file once one is given: a check under way, why it
//! could not be read, or its preview beside its facts, problems and notes. Part of the
//! second module ([`media_status`]): an empty field, the first screen, needs none of it.

use std::sync::Arc;

use leptos::prelude::*;

use crate::browser::local_files;
use crate::core::i18n::Lang;
use crate::core::media::image_rules::{ImageFacts, ImageProblem};
use crate::core::media::local_file::LocalRef;
use crate::core::schema::media_kind::MediaType;
use crate::services::kept_results;
use crate::split::split;
use crate::state::{AppState, MediaField};

split! {
    /// What a media field shows about its file ([`file_status`]), loaded later.
    pub fn media_status(kind: MediaType, field: Arc<MediaField>, lang: Lang, fit: Callback<()>, clear: Callback<()>) -> AnyView {
        Ok(file_status(kind, MediaField::clone(&field), lang, fit, clear))
    }
}

/// What the field shows about its file: a check under way, why it could not be read, or
/// its preview, facts and problems.
pub fn file_status(
    kind: MediaType,
    field: MediaField,
    lang: Lang,
    fit: Callback<()>,
    clear: Callback<()>,
) -> AnyView {
    let t = lang.texts();
    let problems = field.problems_in(lang);
    let can_fit = field.can_fit();
    match field {
        MediaField::Empty => ().into_any(),
        MediaField::Checking => {
            view! { <p class="checking">{t.of(kind).checking()}</p> }.into_any()
        }
        MediaField::ImageFailed(_) | MediaField::MediaFailed(_) => view! {
            <p class="field-error" role="alert">{problems.join(" ")}</p>
        }
        .into_any(),
        MediaField::Image {
            image,
            problems: limits,
        } => {
            let summary = image_summary(&image.facts, lang);
            let too_small = limits
                .iter()
                .any(|p| matches!(p, ImageProblem::TooSmall { .. }));
            let preview = view! { <img src=image.preview_url.clone() alt=t.image_preview() /> };
            let fit_button = can_fit.then(|| {
                view! { <button type="button" on:click=move |_| fit.run(())>{t.fit_to_limits()}</button> }
            });
            let notes = too_small
                .then(|| t.too_small_note())
                .into_iter()
                .chain(image.notes.iter().map(|n| n.message_in(lang).to_owned()))
                .collect();
            let details = Details {
                label: image.label,
                summary,
                testid: "image-facts",
                problems,
                notes,
            };
            let card = preview_card(
                kind,
                lang,
                preview.into_any(),
                details,
                fit_button.into_any(),
                clear,
            );
            view! { {card} <FileKeptNote value=image.value /> }.into_any()
        }
        MediaField::Media { media, .. } => {
            let mut summary = media.facts.summary_in(lang);
            if let Some(format) = &media.format {
                if !summary.is_empty() {
                    summary.push_str(" · ");
                }
                summary.push_str(format.name());
            }
            let name = t.of(kind).preview();
            let preview = if kind == MediaType::Audio {
                view! { <audio src=media.preview_url.clone() controls preload="metadata" aria-label=name></audio> }
                    .into_any()
            } else {
                view! {
                    <video src=media.preview_url.clone() controls muted playsinline preload="metadata"
                        aria-label=name></video>
                }
                .into_any()
            };
            let details = Details {
                label: media.label,
                summary,
                testid: "media-facts",
                problems,
                notes: media
                    .notes
                    .iter()
                    .map(|n| n.message_in(lang).to_owned())
                    .collect(),
            };
            let card = preview_card(kind, lang, preview, details, ().into_any(), clear);
            view! { {card} <FileKeptNote value=media.value /> }.into_any()
        }
    }
}

/// Says when the field's local file is not kept on this device (the full store refused
/// it: it stays for this page only), with what would make room for it.
#[component]
fn FileKeptNote(value: String) -> impl IntoView {
    let state = AppState::get();
    let key = LocalRef::parse(&value).map(|reference| reference.key);
    move || {
        let key = key.clone()?;
        let bytes = local_files::not_kept(&key)?;
        let lang = state.lang.get();
        let t = lang.texts();
        let room = kept_results::room_for_file(bytes).map(|(count, size)| {
            let label = t.make_room_file(count as u64, &lang.file_size(size as u64));
            let key = key.clone();
            view! {
                <button type="button" class="secondary"
                    on:click=move |_| kept_results::make_room_for_file(key.clone(), bytes)>
                    {label}
                </button>
            }
        });
        Some(view! {
            <div class="note notice" data-testid="file-not-kept">
                <p>{t.file_not_kept()}</p>
                {room}
            </div>
        })
    }
}

/// An image's facts in one line: "640 × 360 px · 12 KB · PNG".
pub fn image_summary(facts: &ImageFacts, lang: Lang) -> String {
    // Pixels ungrouped in either language, as the schema's own limits write them.
    let mut summary = format!("{} × {} px", facts.width, facts.height);
    if let Some(bytes) = facts.bytes {
        summary.push_str(" · ");
        summary.push_str(&lang.file_size(bytes));
    }
    if let Some(format) = &facts.format {
        summary.push_str(" · ");
        summary.push_str(format.name());
    }
    summary
}

/// What a preview card says beside the preview.
struct Details {
    /// The file name or URL.
    label: String,
    /// The facts line.
    summary: String,
    /// The facts line's test id.
    testid: &'static str,
    /// Why it cannot be sent.
    problems: Vec<String>,
    /// What could not be checked.
    notes: Vec<String>,
}

/// The preview of a measured file beside its label, facts, problems and notes, with a
/// button to remove it (and `actions` before that).
fn preview_card(
    kind: MediaType,
    lang: Lang,
    preview: AnyView,
    details: Details,
    actions: AnyView,
    clear: Callback<()>,
) -> AnyView {
    let t = lang.texts();
    let ok = details.problems.is_empty();
    view! {
        <div class="preview" class:invalid=!ok class:audio-preview=kind == MediaType::Audio>
            {preview}
            <div class="preview-facts">
                <p class="image-label">{details.label}</p>
                <p class="image-facts" data-testid=details.testid>{details.summary}</p>
                {ok.then(|| view! { <p class="ok">{t.within_limits()}</p> })}
                <div role="alert">
                    <ul class="problems">
                        {details.problems.into_iter().map(|p| view! { <li class="field-error">{p}</li> }).collect_view()}
                    </ul>
                </div>
                {details.notes.into_iter().map(|n| view! { <p class="note">{n}</p> }).collect_view()}
                <div class="input-row">
                    {actions}
                    <button type="button" class="secondary" on:click=move |_| clear.run(())>{t.of(kind).remove()}</button>
                </div>
            </div>
        </div>
    }
    .into_any()
}
