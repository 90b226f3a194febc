use leptos::prelude::*;

use super::fields::field_messages;
use super::media_input::MediaInput;
use crate::core::schema::media_kind::MediaType;
use crate::core::schema::Property;
use crate::split::split;
use crate::state::AppState;

split! {
    /// A list of media files ([`MediaList`]), loaded later.
    pub fn media_list(property: Property, required: bool) -> AnyView {
        Ok(view! { <MediaList property required /> }.into_any())
    }
}

/// A list of images, videos or audio files: one checked input per entry (each against every
/// rule a file of the list must meet), "Add" up to `maxItems`, and "Remove" on each entry.
/// The form keeps them one per line, as the request sends them; too few or too many entries
/// are said under the list (and block Generate).
#[component]
pub fn MediaList(property: Property, required: bool) -> impl IntoView {
    let state = AppState::get();
    let kind = property
        .media_input()
        .map_or(MediaType::Image, |input| input.kind());
    let entry = StoredValue::new(property.list_entry().unwrap_or_else(|| property.clone()));
    let name = StoredValue::new(property.name.clone());
    let lines = move || {
        state
            .form
            .with(|f| f.get(&name.get_value()).lines().count())
    };
    // As many inputs as entries, and at least `minItems` (and one) to fill in.
    let shown = untrack(lines).max(property.min_items.unwrap_or(0)).max(1);
    let count = RwSignal::new(shown);
    // Entries arriving from elsewhere (a reload, a share link, "Use these settings") are
    // all shown.
    Effect::new(move |_| {
        let entries = lines();
        if entries > count.get_untracked() {
            count.set(entries);
        }
    });
    let max = property.max_items;
    let full = move || max.is_some_and(|max| count.get() >= max);

    let remove = move |index: usize| {
        let before = count.get_untracked();
        let name = name.get_value();
        state.form.update(|f| f.remove_line(&name, index));
        // The entries below move up one, with what is known about their files.
        state.media.update(|media| {
            let key = |i: usize| format!("{name}-{i}");
            media.remove(&key(index));
            for i in index + 1..before {
                if let Some(field) = media.remove(&key(i)) {
                    media.insert(key(i - 1), field);
                }
            }
        });
        count.set(before.saturating_sub(1).max(1));
    };

    let error_id = format!("error-{}", property.name);
    let described_by = error_id.clone();
    let errors = move || field_messages(state, &name.get_value());

    view! {
        <fieldset class="field media-list" aria-describedby=described_by>
            <legend>
                {property.title.clone()}
                {required.then(|| view! { <span class="required" aria-hidden="true">" *"</span> })}
            </legend>
            <For each=move || 0..count.get() key=|i| *i let:i>
                <MediaInput
                    property=entry.get_value()
                    required
                    index=i
                    on_remove=Callback::new(move |()| remove(i))
                />
            </For>
            <div class="input-row">
                <button type="button" class="secondary" disabled=full
                    on:click=move |_| count.update(|c| *c += 1)>
                    {move || state.texts().of(kind).add()}
                </button>
            </div>
            <div id=error_id class="field-errors">
                {move || errors().into_iter().map(|m| view! { <p class="field-error">{m}</p> }).collect_view()}
            </div>
        </fieldset>
    }
}
