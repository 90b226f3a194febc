use std::collections::HashMap;

use leptos::prelude::*;

use super::kept_space::KeptSpace;
use super::text::text;
use crate::browser::files::save_blob;
use crate::browser::film_blob::{carrying, join_blobs};
use crate::browser::page::local_time;
use crate::browser::zip_blob::{now, zip_blobs};
use crate::core::api::types::{Media, MediaKind};
use crate::core::archive::zip::ZipError;
use crate::core::catalog::models::display_name;
use crate::core::job::chain::FilmSettings;
use crate::core::job::{Job, JobPhase};
use crate::services::kept_results::{self, KeptResult};
use crate::state::AppState;

/// A kept result with what the history knows of it.
#[derive(Clone, PartialEq)]
struct Shown {
    kept: KeptResult,
    kind: MediaKind,
    /// The name it is saved under.
    file_name: String,
    /// The job that made it, when the history still has it.
    request_id: Option<String>,
    model_id: Option<String>,
    prompt: String,
    /// When the job finished, or else when the file was kept.
    when_ms: f64,
}

/// Everything kept on this device, newest first: a thumbnail, the model, the prompt, the
/// date and the size of each, Delete, "Download all" as one ZIP, videos selected joined
/// into one (in the order shown, without re-encoding), and the space the site uses of what
/// the browser allows.
#[component]
pub fn Gallery() -> impl IntoView {
    let state = AppState::get();
    let note = RwSignal::new(None::<String>);
    let zipping = RwSignal::new(false);
    let shown = Memo::new(move |_| {
        let kept = kept_results::on_this_device();
        state.jobs.with(|jobs| {
            // Each output of the history by its address, once (the history changes at every
            // poll of a running job); where two name one address, the newest job's first.
            let outputs: HashMap<&str, (&Job, usize)> = jobs
                .iter()
                .rev()
                .filter_map(|job| match &job.phase {
                    JobPhase::Succeeded { media } => Some((job, media)),
                    _ => None,
                })
                .flat_map(|(job, media)| {
                    media
                        .iter()
                        .enumerate()
                        .rev()
                        .map(move |(i, m)| (m.url.as_str(), (job, i)))
                })
                .collect();
            kept.into_iter()
                .enumerate()
                .map(|(n, kept)| {
                    let output = outputs.get(kept.url.as_str()).copied();
                    describe(kept, output, n)
                })
                .collect::<Vec<_>>()
        })
    });
    let download_all = move |_| {
        let files: Vec<(String, web_sys::Blob, Option<String>)> = shown.with_untracked(|all| {
            all.iter()
                .map(|s| {
                    (
                        s.file_name.clone(),
                        s.kept.blob.clone(),
                        s.request_id.clone(),
                    )
                })
                .collect()
        });
        zipping.set(true);
        note.set(None);
        leptos::task::spawn_local(async move {
            let t = state.texts_now();
            // Each MP4 whose job the history has carries what made it.
            let mut carried = Vec::with_capacity(files.len());
            for (name, blob, request_id) in files {
                let job = request_id.and_then(|id| state.job(&id));
                carried.push((name, carrying(&blob, job.as_ref()).await));
            }
            let files = carried;
            match zip_blobs(&files, now()).await {
                Ok(zip) => {
                    if !save_blob("wan-i2v-results.zip", &zip) {
                        note.set(Some(t.save_refused()));
                    }
                }
                Err(Some(ZipError::TooLarge)) => note.set(Some(t.zip_too_large())),
                Err(_) => note.set(Some(t.zip_failed())),
            }
            zipping.set(false);
        });
    };

    // Videos chosen to join, by address; joined in the order the gallery shows them.
    let selected = RwSignal::new(Vec::<String>::new());
    let chosen = move || {
        shown.with(|all| {
            selected.with(|picked| {
                all.iter()
                    .filter(|s| picked.contains(&s.kept.url))
                    .cloned()
                    .collect::<Vec<_>>()
            })
        })
    };
    let join_selected = move |_| {
        let picked = chosen();
        let blobs: Vec<web_sys::Blob> = picked.iter().map(|s| s.kept.blob.clone()).collect();
        // What made each clip the history still knows travels inside the film.
        let settings = state.jobs.with_untracked(|jobs| {
            let made: Vec<&Job> = picked
                .iter()
                .filter_map(|s| {
                    let id = s.request_id.as_ref()?;
                    jobs.iter().find(|j| j.request_id == *id)
                })
                .collect();
            FilmSettings::json_of(&made)
        });
        let name = picked
            .first()
            .map(|s| format!("film-{}", s.file_name))
            .unwrap_or_default();
        note.set(None);
        leptos::task::spawn_local(async move {
            let lang = state.lang.get_untracked();
            match join_blobs(&blobs, Some(&settings), false).await {
                Ok(film) => {
                    save_blob(&name, &film.blob);
                    note.set(Some(
                        lang.texts()
                            .film_saved(blobs.len() as u64, &lang.fixed(film.seconds, 1)),
                    ));
                }
                Err(error) => {
                    let number = error.clip().map_or(0, |clip| clip as u64 + 1);
                    note.set(Some(error.message_in(lang, number)));
                }
            }
        });
    };

    view! {
        <section class="gallery" aria-labelledby="gallery-heading">
            <h2 id="gallery-heading">{text(|t| t.gallery_heading())}</h2>
            <KeptSpace testid="gallery-summary" />
            <div class="input-row">
                <button type="button" class="secondary" on:click=download_all
                    disabled=move || zipping.get() || shown.with(Vec::is_empty)>
                    {move || { let t = state.texts(); if zipping.get() { t.zipping() } else { t.download_all_zip() } }}
                </button>
                <button type="button" class="secondary" on:click=join_selected
                    disabled=move || selected.with(|s| s.len() < 2)>
                    {move || state.texts().join_selected(selected.with(Vec::len) as u64)}
                </button>
            </div>
            <p class="note" role="status" data-testid="gallery-note">{move || note.get()}</p>
            <Show
                when=move || shown.with(|all| !all.is_empty())
                fallback=move || view! { <p class="empty">{text(|t| t.gallery_empty())}</p> }
            >
                <ul class="gallery-grid">
                    <For each=move || shown.get() key=|s| s.kept.url.clone() let:item>
                        <GalleryItem item selected />
                    </For>
                </ul>
            </Show>
        </section>
    }
}

#[component]
fn GalleryItem(
    item: Shown,
    /// The videos chosen to join (this one's checkbox adds or removes it).
    selected: RwSignal<Vec<String>>,
) -> impl IntoView {
    let state = AppState::get();
    let src = item.kept.object_url.clone();
    let thumbnail = match item.kind {
        MediaKind::Video => view! {
            <video class="thumb" src=format!("{src}#t=0.1") muted playsinline preload="metadata"></video>
        }
        .into_any(),
        MediaKind::Image => view! { <img class="thumb" src=src.clone() alt="" /> }.into_any(),
        MediaKind::Audio | MediaKind::Link => view! {
            <audio class="thumb-audio" src=src.clone() controls preload="none"></audio>
        }
        .into_any(),
    };
    let model = item.model_id.clone().map(|id| {
        state
            .models
            .with_untracked(|models| display_name(&id, models))
    });
    let when = item.when_ms;
    let bytes = item.kept.blob.size() as u64;
    let url = item.kept.url.clone();
    let name = item.file_name.clone();
    let pick = (item.kind == MediaKind::Video).then(|| {
        let url = StoredValue::new(item.kept.url.clone());
        let checked = move || selected.with(|s| url.with_value(|u| s.contains(u)));
        view! {
            <label class="gallery-pick">
                <input type="checkbox" prop:checked=checked on:change=move |_| {
                    let u = url.get_value();
                    selected.update(|s| if s.contains(&u) { s.retain(|x| *x != u) } else { s.push(u) });
                } />
                {text(|t| t.select_for_film())}
            </label>
        }
    });
    view! {
        <li class="gallery-item" data-testid="gallery-item">
            <a href=src.clone() target="_blank" rel="noopener" class="thumb-link"
                aria-label=move || format!("{}: {name}", state.texts().open_in_tab())>{thumbnail}</a>
            <p class="gallery-model">{model.unwrap_or_else(|| state.texts_now().not_in_history())}</p>
            <p class="gallery-prompt" title=item.prompt.clone()>{item.prompt.clone()}</p>
            <p class="help">
                {move || { let lang = state.lang.get(); format!("{} · {}", local_time(when, lang), lang.file_size(bytes)) }}
            </p>
            {pick}
            <div class="input-row">
                <a class="button secondary" href=src download=item.file_name.clone()>{text(|t| t.download())}</a>
                <button type="button" class="secondary" on:click=move |_| kept_results::delete(url.clone())>
                    {text(|t| t.delete())}
                </button>
            </div>
        </li>
    }
}

/// What the history knows of a kept result (`output`: its job and its place among the job's
/// outputs): the model, prompt and end, and the name it is saved under (the `n`th kept
/// file, when no job names it).
fn describe(kept: KeptResult, output: Option<(&Job, usize)>, n: usize) -> Shown {
    if let Some((job, index)) = output {
        if let JobPhase::Succeeded { media } = &job.phase {
            let output = &media[index];
            return Shown {
                kind: output.kind,
                file_name: output.file_name(&job.model_id, &job.request_id, index),
                request_id: Some(job.request_id.clone()),
                model_id: Some(job.model_id.clone()),
                prompt: job
                    .inputs
                    .get("prompt")
                    .and_then(|p| p.as_str())
                    .unwrap_or_default()
                    .to_owned(),
                when_ms: job.finished_at_ms.unwrap_or(kept.kept_at_ms),
                kept,
            };
        }
    }
    let kind = match kept.blob.type_().split('/').next() {
        Some("image") => MediaKind::Image,
        Some("audio") => MediaKind::Audio,
        _ => MediaKind::Video,
    };
    let media = Media {
        url: kept.url.clone(),
        kind,
    };
    Shown {
        file_name: media.file_name("kept", &format!("{n:08}"), 0),
        request_id: None,
        kind,
        model_id: None,
        prompt: String::new(),
        when_ms: kept.kept_at_ms,
        kept,
    }
}
