use leptos::prelude::*;

use super::image_input::ImageInput;
use super::text::text;
use crate::core::schema::Property;
use crate::state::AppState;

/// An array of images: one checked image input per entry (each against the items'
/// limits), and "Add image". The form keeps them one per line, as the request sends them.
#[component]
pub fn ImageList(property: Property, required: bool) -> impl IntoView {
    let state = AppState::get();
    // Each entry is checked as the array's item schema says, under the array's name and title.
    let mut item = property
        .items
        .as_deref()
        .cloned()
        .unwrap_or_else(|| property.clone());
    item.name = property.name.clone();
    item.title = property.title.clone();
    if !property.description.is_empty() {
        item.description = property.description.clone();
    }
    let item = StoredValue::new(item);
    let name = property.name.clone();
    let stored = state
        .form
        .with_untracked(|f| f.get(&name).lines().count())
        .max(1);
    let count = RwSignal::new(stored);

    view! {
        <fieldset class="field image-list">
            <legend>{property.title.clone()}</legend>
            {move || {
                (0..count.get())
                    .map(|i| view! { <ImageInput property=item.get_value() required index=i /> })
                    .collect_view()
            }}
            <div class="input-row">
                <button type="button" class="secondary" on:click=move |_| count.update(|c| *c += 1)>
                    {text(|t| t.add_image)}
                </button>
            </div>
        </fieldset>
    }
}
