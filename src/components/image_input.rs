use leptos::prelude::*;
use leptos::task::spawn_local;

use super::text::text;
use crate::core::form::FormValues;
use crate::core::i18n::Lang;
use crate::core::image_rules::ImageProblem;
use crate::core::schema::Property;
use crate::services::image_check::{self, ImageSource};
use crate::state::{AppState, ImageField};

/// How long typing in the URL field pauses before the image is checked.
const URL_SETTLE_MS: u32 = 600;

/// An image property (or, with `index`, one image of an array property): an HTTPS URL, or
/// a local file by picker, drag & drop or paste; measured in the browser and checked
/// against the schema's limits.
#[component]
pub fn ImageInput(
    property: Property,
    required: bool,
    /// Which line of an array property this input edits; `None` for a single image.
    #[prop(optional)]
    index: Option<usize>,
) -> impl IntoView {
    let state = AppState::get();
    let name = StoredValue::new(property.name.clone());
    let validations = StoredValue::new(property.validations.clone());
    // The key of this input's state and ids: `img_url`, or `image_urls-2` in a list.
    let key = StoredValue::new(match index {
        Some(i) => format!("{}-{i}", property.name),
        None => property.name.clone(),
    });
    let id = format!("field-{}", key.get_value());
    let file_id = format!("file-{}", key.get_value());
    let help_id = format!("help-{}", key.get_value());
    let status_id = format!("status-{}", key.get_value());
    let read = move |form: &FormValues| match index {
        Some(i) => form.line(&name.get_value(), i).to_owned(),
        None => form.get(&name.get_value()).to_owned(),
    };
    let write = move |form: &mut FormValues, value: String| match index {
        Some(i) => form.set_line(&name.get_value(), i, &value),
        None => form.set(&name.get_value(), value),
    };
    // Each check gets a number; an older check that finishes late is ignored.
    let generation = StoredValue::new(0u32);
    let dragging = RwSignal::new(false);
    // The value this field last put into the form (or checked); any other value arriving in
    // the form (a reload, "Use these settings", a share link) is checked anew.
    let known = StoredValue::new(String::new());
    let set_value = move |value: String| {
        known.set_value(value.clone());
        state.form.update(|f| write(f, value));
    };

    let field = move || {
        state
            .images
            .with(|images| images.get(&key.get_value()).cloned().unwrap_or_default())
    };
    let set_field = move |value: ImageField| {
        state.images.update(|images| {
            images.insert(key.get_value(), value);
        });
    };

    let run_check = move |source: ImageSource| {
        generation.update_value(|g| *g += 1);
        let mine = generation.get_value();
        set_field(ImageField::Checking);
        spawn_local(async move {
            let lang = state.lang.get_untracked();
            let checked = image_check::check(&validations.get_value(), source, lang).await;
            if generation.get_value() != mine {
                return;
            }
            if let ImageField::Ready { image, .. } = &checked {
                set_value(image.value.clone());
            }
            set_field(checked);
        });
    };

    let take_blob = move |blob: web_sys::Blob, label: String| {
        run_check(ImageSource::Blob { blob, label });
    };

    let clear = move || {
        generation.update_value(|g| *g += 1);
        set_value(String::new());
        set_field(ImageField::Empty);
    };

    // A value that arrives in the form from elsewhere (a reload, "Use these settings", a
    // share link) is checked anew.
    Effect::new(move |_| {
        let value = state.form.with(read);
        if value == known.get_value() {
            return;
        }
        known.set_value(value.clone());
        if value.trim().is_empty() {
            generation.update_value(|g| *g += 1);
            set_field(ImageField::Empty);
        } else {
            run_check(ImageSource::Url(value));
        }
    });

    let on_url_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        set_value(text.clone());
        generation.update_value(|g| *g += 1);
        // The address of the image already checked (pasted again, or typed back): its
        // result stands, and Generate does not flicker through "still being checked".
        let already_checked = state.images.with_untracked(|images| {
            matches!(images.get(&key.get_value()),
                Some(ImageField::Ready { image, .. }) if image.value == text)
        });
        if already_checked {
            return;
        }
        let mine = generation.get_value();
        spawn_local(async move {
            gloo_timers::future::TimeoutFuture::new(URL_SETTLE_MS).await;
            if generation.get_value() != mine {
                return;
            }
            if text.trim().is_empty() {
                set_field(ImageField::Empty);
            } else {
                run_check(ImageSource::Url(text));
            }
        });
    };

    let on_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            take_blob(file.clone().into(), file.name());
        }
        input.set_value("");
    };

    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        let file = ev
            .data_transfer()
            .and_then(|dt| dt.files())
            .and_then(|files| files.get(0));
        if let Some(file) = file {
            take_blob(file.clone().into(), file.name());
        } else if let Some(url) = ev
            .data_transfer()
            .and_then(|dt| dt.get_data("text/uri-list").ok())
            .filter(|u| !u.trim().is_empty())
        {
            let url = url.lines().next().unwrap_or_default().to_owned();
            set_value(url.clone());
            run_check(ImageSource::Url(url));
        }
    };

    let on_paste = move |ev: leptos::ev::ClipboardEvent| {
        let file = ev
            .clipboard_data()
            .and_then(|dt| dt.files())
            .and_then(|files| files.get(0));
        if let Some(file) = file {
            ev.prevent_default();
            let label = if file.name().is_empty() {
                state.texts_now().pasted_image.to_owned()
            } else {
                file.name()
            };
            take_blob(file.clone().into(), label);
        }
    };

    let fit = move |_| {
        if let ImageField::Ready { image, .. } = field() {
            run_check(ImageSource::FittedCopy {
                preview_url: image.preview_url,
                label: image.label,
            });
        }
    };

    let url_value = move || {
        let value = state.form.with(read);
        // A local image travels as a data: URI; the field shows that it is local instead.
        if value.starts_with("data:") {
            String::new()
        } else {
            value
        }
    };

    let description = property.description.clone();
    let help = move || {
        let how = state.texts().image_help;
        if description.is_empty() {
            how.to_owned()
        } else {
            format!("{description} {how}")
        }
    };

    view! {
        <div
            class="field image-field"
            class:dragging=move || dragging.get()
            on:dragover=move |ev: leptos::ev::DragEvent| {
                ev.prevent_default();
                dragging.set(true);
            }
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop
            on:paste=on_paste
        >
            <label for=id.clone()>
                {match index {
                    Some(i) => format!("{} {}", property.title, i + 1),
                    None => property.title.clone(),
                }}
                {(required && index.is_none_or(|i| i == 0))
                    .then(|| view! { <span class="required" aria-hidden="true">" *"</span> })}
            </label>
            <div class="input-row">
                <input
                    id=id.clone()
                    name=key.get_value()
                    type="url"
                    inputmode="url"
                    spellcheck="false"
                    placeholder=text(|t| t.image_placeholder)
                    required=required && index.is_none_or(|i| i == 0)
                    aria-describedby=format!("{help_id} {status_id}")
                    prop:value=url_value
                    on:input=on_url_input
                />
                <label for=file_id.clone() class="button secondary">{text(|t| t.choose_file)}</label>
                <input
                    id=file_id
                    class="visually-hidden"
                    type="file"
                    accept="image/jpeg,image/png,image/bmp,image/webp"
                    aria-label=text(|t| t.choose_local_image)
                    on:change=on_file
                />
            </div>
            <p id=help_id class="help">{help}</p>
            <div id=status_id class="image-status" aria-live="polite">
                {move || image_status(field(), state.lang.get(), fit, clear)}
            </div>
        </div>
    }
}

fn image_status(
    field: ImageField,
    lang: Lang,
    fit: impl Fn(leptos::ev::MouseEvent) + Copy + Send + Sync + 'static,
    clear: impl Fn() + Copy + Send + Sync + 'static,
) -> AnyView {
    let t = lang.texts();
    match field {
        ImageField::Empty => ().into_any(),
        ImageField::Checking => view! { <p class="checking">{t.checking_image}</p> }.into_any(),
        ImageField::Failed(error) => view! {
            <p class="field-error" role="alert">{error.message_in(lang)}</p>
        }
        .into_any(),
        ImageField::Ready { image, problems } => {
            let facts = &image.facts;
            // Pixels ungrouped in either language, as the schema's own limits write them.
            let mut summary = format!("{} × {} px", facts.width, facts.height);
            if let Some(bytes) = facts.bytes {
                summary.push_str(" · ");
                summary.push_str(&human_bytes(bytes, lang));
            }
            if let Some(format) = &facts.format {
                summary.push_str(" · ");
                summary.push_str(format.name());
            }
            let too_small = problems
                .iter()
                .any(|p| matches!(p, ImageProblem::TooSmall { .. }));
            let can_fit = !problems.is_empty()
                && image.pixels_readable
                && problems.iter().all(ImageProblem::fixable);
            let ok = problems.is_empty();
            view! {
                <div class="preview" class:invalid=!ok>
                    <img src=image.preview_url.clone() alt=t.preview_alt />
                    <div class="preview-facts">
                        <p class="image-label">{image.label.clone()}</p>
                        <p class="image-facts" data-testid="image-facts">{summary}</p>
                        {ok.then(|| view! { <p class="ok">{t.within_limits}</p> })}
                        <div role="alert">
                        <ul class="problems">
                            {problems
                                .iter()
                                .map(|p| view! { <li class="field-error">{p.message_in(lang)}</li> })
                                .collect_view()}
                        </ul>
                        </div>
                        {too_small.then(|| view! {
                            <p class="note">{t.too_small_note}</p>
                        })}
                        {image.notes.iter().map(|n| view! { <p class="note">{n.message_in(lang)}</p> }).collect_view()}
                        <div class="input-row">
                            {can_fit.then(|| view! {
                                <button type="button" on:click=fit>{t.fit_to_limits}</button>
                            })}
                            <button type="button" class="secondary" on:click=move |_| clear()>{t.remove_image}</button>
                        </div>
                    </div>
                </div>
            }
            .into_any()
        }
    }
}

/// "245 KB", "9.8 MB" ("9,8 MB" in German): decimal units, as the schema's "10MB" limit
/// means.
fn human_bytes(bytes: u64, lang: Lang) -> String {
    if bytes >= 1_000_000 {
        let tenths = (bytes as f64 / 100_000.0).round() / 10.0;
        format!("{} MB", lang.number(tenths))
    } else {
        format!("{} KB", lang.count(bytes.div_ceil(1000)))
    }
}
