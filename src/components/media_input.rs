use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::image_queue as queue_view;
use super::media_status;
use crate::core::form::FormValues;
use crate::core::media::local_file::is_local_file;
use crate::core::schema::media_kind::MediaType;
use crate::core::schema::Property;
use crate::services::image_queue;
use crate::services::media_check::{self, MediaSource};
use crate::split::{self, later};
use crate::state::{AppState, MediaField};

/// How long typing in the URL field pauses before the file is checked.
const URL_SETTLE_MS: u32 = 600;

/// A media property: one image, video or audio file (or, with `index`, one entry of a
/// list): an HTTPS URL, or a local file by picker, drag & drop or paste; measured in the
/// browser and checked against the schema's limits.
#[component]
pub fn MediaInput(
    property: Property,
    required: bool,
    /// Which line of an array property this input edits; `None` for a single file.
    #[prop(optional)]
    index: Option<usize>,
    /// Removes this entry from its list (a list's entries have a "Remove" button).
    #[prop(optional)]
    on_remove: Option<Callback<()>>,
) -> impl IntoView {
    let state = AppState::get();
    let kind = property
        .media_input()
        .map_or(MediaType::Image, |input| input.kind());
    let name = StoredValue::new(property.name.clone());
    let validations = StoredValue::new(property.media_validations());
    // The key of this input's state and ids: `img_url`, or `image_urls-2` in a list.
    let key = StoredValue::new(match index {
        Some(i) => format!("{}-{i}", property.name),
        None => property.name.clone(),
    });
    let id = format!("field-{}", key.get_value());
    let file_id = format!("file-{}", key.get_value());
    let help_id = format!("help-{}", key.get_value());
    let status_id = format!("status-{}", key.get_value());
    let label = match index {
        Some(i) => format!("{} {}", property.title, i + 1),
        None => property.title.clone(),
    };
    let first = index.is_none_or(|i| i == 0);
    // The value this field last put into the form (or checked); any other value arriving in
    // the form (a reload, "Use these settings", a share link) is checked anew.
    let known = StoredValue::new(String::new());
    // The text is borrowed where it can be (a form of an earlier release may hold a data:
    // URI of megabytes).
    let is_known = move |form: &FormValues| {
        let value = entry(form, &name.get_value(), index);
        known.with_value(|k| k == value)
    };
    let read = move |form: &FormValues| entry(form, &name.get_value(), index).to_owned();
    let write = move |form: &mut FormValues, value: String| match index {
        Some(i) => form.set_line(&name.get_value(), i, &value),
        None => form.set(&name.get_value(), value),
    };
    // Each check gets a number; an older check that finishes late is ignored, and so is
    // one whose input is gone (an entry removed from its list).
    let generation = StoredValue::new(0u32);
    let next_check = move || {
        generation.update_value(|g| *g += 1);
        generation.get_value()
    };
    let still_current = move |mine: u32| generation.try_get_value() == Some(mine);
    let dragging = RwSignal::new(false);
    // An image given by URL (a link dropped, "Use these settings", a share link) takes the
    // place of a queue of images: the form then says what Generate sends.
    let replaces_queue = move |value: &str| {
        if kind == MediaType::Image
            && index.is_none()
            && !value.trim().is_empty()
            && queued_now(state, &name.get_value())
        {
            image_queue::clear(state);
        }
    };
    let set_value = move |value: String| {
        replaces_queue(&value);
        known.set_value(value.clone());
        state.form.update(|f| write(f, value));
    };

    // Only this field's own state: another field's change does not redraw this one. A
    // state is new when it is another `Arc` (each change puts one in), without comparing
    // previews and facts.
    let field = Memo::new_with_compare(
        move |_| {
            state
                .media
                .with(|media| media.get(&key.get_value()).cloned().unwrap_or_default())
        },
        // (A field without a state gets a new empty one each time: empty stays unchanged.)
        |old, new| {
            let same = |old: &Arc<MediaField>, new: &Arc<MediaField>| {
                Arc::ptr_eq(old, new)
                    || matches!((&**old, &**new), (MediaField::Empty, MediaField::Empty))
            };
            !matches!((old, new), (Some(old), Some(new)) if same(old, new))
        },
    );
    let set_field = move |value: MediaField| {
        state.media.update(|media| {
            media.insert(key.get_value(), Arc::new(value));
        });
    };

    let run_check = move |source: MediaSource| {
        let mine = next_check();
        set_field(MediaField::Checking);
        let (rules, lang) = (validations.get_value(), state.lang.get_untracked());
        spawn_local(async move {
            let checked = media_check::checked_media(state, kind, rules, source, lang).await;
            if !still_current(mine) {
                return;
            }
            if let Some(value) = checked.value() {
                set_value(value.to_owned());
            }
            set_field(checked);
        });
    };

    let take_blob = move |blob: web_sys::Blob, label: String| {
        run_check(MediaSource::Blob { blob, label });
    };

    let clear = move || {
        next_check();
        set_value(String::new());
        set_field(MediaField::Empty);
    };
    let clear_button = Callback::new(move |()| clear());

    // A value that arrives in the form from elsewhere (a reload, "Use these settings", a
    // share link, an entry above removed) is checked anew, unless it is the file this
    // field has already checked.
    Effect::new(move |_| {
        if state.form.with(is_known) {
            return;
        }
        let value = state.form.with_untracked(read);
        replaces_queue(&value);
        known.set_value(value.clone());
        next_check();
        let checked = state.media.with_untracked(|media| {
            media
                .get(&key.get_value())
                .and_then(|field| field.value())
                .is_some_and(|v| v == value)
        });
        if checked {
            return;
        }
        if value.trim().is_empty() {
            set_field(MediaField::Empty);
        } else {
            run_check(MediaSource::Url(value));
        }
    });

    let on_url_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        set_value(text.clone());
        let mine = next_check();
        // The address of the file already checked (pasted again, or typed back): its
        // result stands, and Generate does not flicker through "still being checked".
        if field.with_untracked(|f| f.value() == Some(text.as_str())) {
            return;
        }
        spawn_local(async move {
            gloo_timers::future::TimeoutFuture::new(URL_SETTLE_MS).await;
            if !still_current(mine) {
                return;
            }
            if text.trim().is_empty() {
                set_field(MediaField::Empty);
            } else {
                run_check(MediaSource::Url(text));
            }
        });
    };

    // Several images at once (or more added to a queue) become a queue, one job each; a
    // single file is the field's one file, as before.
    let batching = kind == MediaType::Image && index.is_none();
    let queued = move || batching && image_queue::is_active_for(state, &name.get_value());
    let take_files = move |files: Vec<(web_sys::Blob, String)>| {
        if batching && (files.len() > 1 || queued_now(state, &name.get_value())) {
            if !queued_now(state, &name.get_value()) {
                // The single image (if any) makes way for the queue.
                clear();
                image_queue::clear(state);
            }
            let property = name.get_value();
            split::run(state, async move {
                later!(image_queue::add_images(state, property, files))
            });
        } else if let Some((blob, label)) = files.into_iter().next() {
            take_blob(blob, label);
        }
    };

    let on_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        take_files(file_list(input.files(), ""));
        input.set_value("");
    };

    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        let files = file_list(ev.data_transfer().and_then(|dt| dt.files()), "");
        if !files.is_empty() {
            take_files(files);
        } else if let Some(url) = ev
            .data_transfer()
            .and_then(|dt| dt.get_data("text/uri-list").ok())
            .filter(|u| !u.trim().is_empty())
        {
            let url = url.lines().next().unwrap_or_default().to_owned();
            set_value(url.clone());
            run_check(MediaSource::Url(url));
        }
    };

    let on_paste = move |ev: leptos::ev::ClipboardEvent| {
        let files = file_list(
            ev.clipboard_data().and_then(|dt| dt.files()),
            &state.texts_now().pasted_file(),
        );
        if !files.is_empty() {
            ev.prevent_default();
            take_files(files);
        }
    };

    let fit = Callback::new(move |()| {
        if let Some(copy) = field.with_untracked(|f| MediaSource::fitted_copy_of(f)) {
            run_check(copy);
        }
    });

    let url_value = move || {
        state.form.with(|form| {
            let value = entry(form, &name.get_value(), index);
            // A local file is a reference to the device's store (or, from an earlier
            // release, a data: URI); the field shows that it is local instead.
            if is_local_file(value) {
                String::new()
            } else {
                value.to_owned()
            }
        })
    };

    let description = property.description.clone();
    let help = move || {
        let t = state.texts();
        let how = if batching {
            format!("{} {}", t.image_help(), t.several_images_help())
        } else if kind == MediaType::Image {
            t.image_help()
        } else {
            t.media_help()
        };
        if description.is_empty() {
            how
        } else {
            format!("{description} {how}")
        }
    };
    let accept = match kind {
        // The formats the image rules take.
        MediaType::Image => "image/jpeg,image/png,image/bmp,image/webp",
        kind => kind.accept(),
    };
    let remove_label = {
        let label = label.clone();
        move || state.texts().remove_entry_named(&label)
    };

    view! {
        <div
            class="field media-field"
            class:image-field=kind == MediaType::Image
            class:dragging=move || dragging.get()
            on:dragover=move |ev: leptos::ev::DragEvent| {
                ev.prevent_default();
                dragging.set(true);
            }
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop
            on:paste=on_paste
        >
            // With a queue the URL goes; the title then names the file picker.
            <label for={
                let (id, file_id) = (id.clone(), file_id.clone());
                move || if queued() { file_id.clone() } else { id.clone() }
            }>
                {label}
                {(required && first)
                    .then(|| view! { <span class="required" aria-hidden="true">" *"</span> })}
            </label>
            <div class="input-row">
                <input
                    hidden=queued
                    id=id.clone()
                    name=key.get_value()
                    type="url"
                    inputmode="url"
                    spellcheck="false"
                    placeholder=move || state.texts().of(kind).placeholder()
                    required=required && first
                    aria-describedby=format!("{help_id} {status_id}")
                    prop:value=url_value
                    on:input=on_url_input
                />
                <label for=file_id.clone() class="button secondary">
                    {move || { let t = state.texts(); if queued() { t.add_images() } else { t.choose_file() } }}
                </label>
                <input
                    id=file_id.clone()
                    class="visually-hidden"
                    type="file"
                    multiple=batching
                    accept=accept
                    aria-label=move || state.texts().of(kind).choose_local()
                    on:change=on_file
                />
                // Named after the entry for screen readers; not by aria-label, which would
                // make it a second control labelled with the entry's title.
                {on_remove.map(|remove| view! {
                    <button type="button" class="secondary" on:click=move |_| remove.run(())>
                        <span aria-hidden="true">{move || state.texts().remove_entry()}</span>
                        <span class="visually-hidden">{remove_label}</span>
                    </button>
                })}
            </div>
            <p id=help_id class="help">{help}</p>
            <div id=status_id class="image-status" aria-live="polite">
                {move || {
                    let (field, lang) = (field.get(), state.lang.get());
                    // An empty field shows nothing: the first screen builds no view here.
                    let shows = !queued() && !matches!(*field, MediaField::Empty);
                    shows.then(|| split::view_of(state, async move {
                        later!(media_status::media_status(kind, field, lang, fit, clear_button))
                    }))
                }}
            </div>
            <Show when=queued>
                {
                    let into_single = Callback::new(move |(value, check): (Option<String>, MediaField)| {
                        next_check();
                        set_value(value.unwrap_or_default());
                        set_field(check);
                    });
                    split::view_of(state, async move { later!(queue_view::image_queue(name.get_value(), into_single)) })
                }
            </Show>
        </div>
    }
}

/// Whether a queue stands for `property` now (untracked, for an event).
fn queued_now(state: AppState, property: &str) -> bool {
    untrack(|| image_queue::is_active_for(state, property))
}

/// The files of a picker, drop or paste, each with its name (`unnamed` for a pasted one
/// without a name).
fn file_list(files: Option<web_sys::FileList>, unnamed: &str) -> Vec<(web_sys::Blob, String)> {
    let Some(files) = files else {
        return Vec::new();
    };
    (0..files.length())
        .filter_map(|i| files.get(i))
        .map(|file| {
            let label = if file.name().is_empty() {
                unnamed.to_owned()
            } else {
                file.name()
            };
            (file.into(), label)
        })
        .collect()
}

/// The text of a media property in the form, or of entry `index` of a list.
fn entry<'a>(form: &'a FormValues, name: &str, index: Option<usize>) -> &'a str {
    match index {
        Some(i) => form.line(name, i),
        None => form.get(name),
    }
}
