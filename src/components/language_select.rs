//! The language chooser, in the header and in the settings.

use leptos::prelude::*;

use crate::core::i18n::Lang;
use crate::services::language;
use crate::state::AppState;

/// Every language, by its own name; the choice is remembered, and until one is made the
/// browser's language decides. The language wanted shows at once, while its file loads.
///
/// A `<select>`, not a row of buttons: one control on a phone, and the names in other
/// scripts (Japanese, Chinese) are laid out only when the list opens, so the first screen
/// does not wait for the system to find fonts for them. `field-sizing: content` (the
/// stylesheet) keeps it from measuring every name for its width.
#[component]
pub fn LanguageSelect(
    /// The control's id, for its `<label for>`.
    id: &'static str,
) -> impl IntoView {
    let state = AppState::get();
    let wanted = move || state.wanted_lang.get().tag();
    view! {
        <select
            id=id
            class="language-select"
            // The property too: a choice made in the other chooser must show here even
            // after this one was used (an option's `selected` attribute no longer counts then).
            prop:value=wanted
            on:change=move |ev| {
                if let Some(lang) = Lang::from_tag(&event_target_value(&ev)) {
                    language::choose(state, lang);
                }
            }
        >
            {Lang::ALL
                .iter()
                .map(|&lang| view! {
                    // `selected` per option: the select's own value is set before its
                    // options exist, so it alone would not show the language at first.
                    <option value=lang.tag() lang=lang.tag() selected=move || wanted() == lang.tag()>
                        {lang.name()}
                    </option>
                })
                .collect_view()}
        </select>
    }
}
