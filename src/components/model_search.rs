use leptos::prelude::*;
use leptos::task::{spawn_local, spawn_local_scoped_with_cancellation};

use super::text::text;
use crate::api::CatalogQuery;
use crate::core::catalog::{CatalogEntry, PriceUnit};
use crate::core::i18n::Lang;
use crate::services::catalog::{choose, ChooseError};
use crate::state::AppState;

/// How many models one page of results shows.
const PAGE: u64 = 8;
/// How long typing pauses before the catalog is asked.
const SEARCH_SETTLE_MS: u32 = 300;

/// RunComfy's catalog as a searchable combobox (ARIA combobox + listbox): type a name,
/// filter by category, move with the arrow keys, Enter or a click chooses; "More models"
/// loads the next page. Each option shows the model's name, id, category and base price.
/// Without a token it says one is needed; a failure is said here and nothing else changes.
#[component]
pub fn ModelSearch() -> impl IntoView {
    let state = AppState::get();
    let search = RwSignal::new(String::new());
    let category = RwSignal::new(String::new());
    let categories = RwSignal::new(Vec::<String>::new());
    let results = RwSignal::new(Vec::<CatalogEntry>::new());
    let total = RwSignal::new(0u64);
    let loading = RwSignal::new(false);
    let failure = RwSignal::new(None::<ChooseError>);
    let active = RwSignal::new(None::<usize>);
    // Each request gets a number; an answer to an older one is dropped.
    let generation = StoredValue::new(0u32);
    // Memos, so the search below asks again only when these change: not at every keystroke
    // in the token field, nor when choosing a model rewrites the settings.
    let token_set = Memo::new(move |_| state.token.with(|t| !t.trim().is_empty()));
    let api_base = Memo::new(move |_| state.settings.with(|s| s.api_base.clone()));
    let has_token = move || token_set.get();

    let load = move |offset: u64| {
        let query = CatalogQuery {
            search: search.get_untracked(),
            category: category.get_untracked(),
            offset,
            limit: PAGE,
        };
        generation.update_value(|g| *g += 1);
        let mine = generation.get_value();
        loading.set(true);
        spawn_local(async move {
            let answer = state.client().catalog(&query).await;
            // An older request's answer, or the panel closed meanwhile (its values gone).
            if generation.try_get_value() != Some(mine) {
                return;
            }
            loading.set(false);
            match answer {
                Ok(page) => {
                    failure.set(None);
                    total.set(page.total);
                    if offset == 0 {
                        results.set(page.models);
                        active.set(None);
                    } else {
                        results.update(|r| r.extend(page.models));
                    }
                }
                Err(error) => {
                    failure.set(Some(ChooseError::Api(error)));
                    if offset == 0 {
                        results.set(Vec::new());
                        total.set(0);
                    }
                }
            }
        });
    };

    // A search (or a new category, token or API base) asks again once typing pauses. The
    // wait belongs to this run of the effect: the next keystroke, or the panel closing,
    // cancels it (a timer left behind once read this panel's values after they were gone).
    Effect::new(move |_| {
        let ready = has_token();
        search.track();
        category.track();
        // Read, not only tracked: a memo never read has no sources to hear from.
        api_base.with(|_| ());
        if !ready {
            return;
        }
        spawn_local_scoped_with_cancellation(async move {
            gloo_timers::future::TimeoutFuture::new(SEARCH_SETTLE_MS).await;
            load(0);
        });
    });
    // The categories, once there is a token to ask with.
    Effect::new(move |asked: Option<bool>| {
        let ready = has_token();
        if asked == Some(true) || !ready {
            return asked.unwrap_or(false);
        }
        spawn_local(async move {
            if let Ok(list) = state.client().categories().await {
                categories.set(list.0);
            }
        });
        true
    });

    let pick = move |index: usize| {
        let Some(entry) = results.with_untracked(|r| r.get(index).cloned()) else {
            return;
        };
        spawn_local(async move {
            if let Err(error) = choose(state, entry).await {
                failure.set(Some(error));
            }
        });
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let count = results.with_untracked(Vec::len);
        match ev.key().as_str() {
            "ArrowDown" if count > 0 => {
                ev.prevent_default();
                active.update(|a| *a = Some(a.map_or(0, |i| (i + 1).min(count - 1))));
            }
            "ArrowUp" if count > 0 => {
                ev.prevent_default();
                active.update(|a| *a = Some(a.map_or(0, |i| i.saturating_sub(1))));
            }
            "Home" if count > 0 => active.set(Some(0)),
            "End" if count > 0 => active.set(Some(count - 1)),
            "Enter" => {
                ev.prevent_default();
                if let Some(index) = active.get_untracked() {
                    pick(index);
                }
            }
            "Escape" => active.set(None),
            _ => {}
        }
    };
    // The active option stays in view as the arrows move through a long list.
    Effect::new(move |_| {
        if let Some(option) = active
            .get()
            .and_then(|i| document().get_element_by_id(&option_id(i)))
        {
            option.scroll_into_view_with_bool(false);
        }
    });

    let expanded = move || results.with(|r| !r.is_empty());
    let options = move || {
        let lang = state.lang.get();
        results.with(|models| {
            models
                .iter()
                .enumerate()
                .map(|(index, entry)| {
                    let meta = option_meta(entry, lang);
                    view! {
                        <li
                            role="option"
                            id=option_id(index)
                            class="model-option"
                            class:active=move || active.get() == Some(index)
                            aria-selected=move || (active.get() == Some(index)).to_string()
                            on:mousedown=move |ev| ev.prevent_default()
                            on:click=move |_| {
                                active.set(Some(index));
                                pick(index);
                            }
                        >
                            <span class="option-name">{entry.display_name.clone()}</span>
                            <code>{entry.model_id.clone()}</code>
                            <span class="option-meta">{meta}</span>
                        </li>
                    }
                })
                .collect_view()
        })
    };

    view! {
        <div class="model-search">
            <div class="search-row">
                <div class="field">
                    // The picker line above says "Model" already; the field's name is the same.
                    <label for="model-search" class="visually-hidden">{text(|t| t.model_picker())}</label>
                    <input
                        id="model-search"
                        type="search"
                        role="combobox"
                        autocomplete="off"
                        spellcheck="false"
                        aria-autocomplete="list"
                        aria-expanded=move || expanded().to_string()
                        aria-controls=move || expanded().then_some("model-options")
                        aria-activedescendant=move || active.get().map(option_id)
                        aria-describedby="model-search-status"
                        placeholder=text(|t| t.search_models())
                        disabled=move || !has_token()
                        prop:value=move || search.get()
                        // The same text again (pasted over itself) asks nothing and keeps
                        // the option the arrows reached.
                        on:input=move |ev| {
                            let text = event_target_value(&ev);
                            search.maybe_update(|s| {
                                let changed = *s != text;
                                if changed {
                                    *s = text;
                                }
                                changed
                            });
                        }
                        on:keydown=on_keydown
                    />
                </div>
                <div class="field">
                    <label for="model-category" class="visually-hidden">{text(|t| t.category())}</label>
                    <select
                        id="model-category"
                        disabled=move || !has_token()
                        on:change=move |ev| category.set(event_target_value(&ev))
                    >
                        <option value="" selected=move || category.with(String::is_empty)>
                            {text(|t| t.all_categories())}
                        </option>
                        {move || categories.get().into_iter().map(|c| {
                            let (value, label) = (c.clone(), c.clone());
                            view! { <option value=c selected=move || category.get() == value>{label}</option> }
                        }).collect_view()}
                    </select>
                </div>
            </div>
            <Show when=expanded>
                <ul id="model-options" role="listbox" class="model-options" aria-label=text(|t| t.model_picker())>
                    {options}
                </ul>
            </Show>
            <div id="model-search-status" class="search-status" aria-live="polite">
                {move || {
                    let t = state.texts();
                    if !has_token() {
                        Some(view! { <p class="help">{t.catalog_needs_token()}</p> }.into_any())
                    } else if let Some(error) = failure.get() {
                        Some(view! { <p class="field-error" role="alert">{error.message_in(state.lang.get())}</p> }.into_any())
                    } else if loading.get() {
                        Some(view! { <p class="help">{t.loading_models()}</p> }.into_any())
                    } else if results.with(Vec::is_empty) && total.get() == 0 && !search.with(String::is_empty) {
                        Some(view! { <p class="help">{t.no_models_found()}</p> }.into_any())
                    } else {
                        None
                    }
                }}
            </div>
            <Show when=move || { let shown = results.with(|r| r.len() as u64); shown > 0 && shown < total.get() }>
                <button type="button" class="secondary" disabled=move || loading.get()
                    on:click=move |_| load(results.with_untracked(|r| r.len() as u64))>
                    {move || state.texts().more_models(results.with(|r| r.len() as u64), total.get())}
                </button>
            </Show>
        </div>
    }
}

/// The id of the `index`-th option, for `aria-activedescendant`.
fn option_id(index: usize) -> String {
    format!("model-option-{index}")
}

/// "image-to-video · $0.08/s": the first category and the base price.
fn option_meta(entry: &CatalogEntry, lang: Lang) -> String {
    let t = lang.texts();
    let price = entry.base_price_usd.map(|usd| {
        let usd = lang.usd(usd);
        match &entry.price_unit {
            PriceUnit::Second => t.per_second(&usd),
            PriceUnit::Output => t.per_run(&usd),
            PriceUnit::Unknown(unit) if unit.is_empty() => usd,
            PriceUnit::Unknown(unit) => format!("{usd} / {unit}"),
        }
    });
    entry
        .categories
        .first()
        .cloned()
        .into_iter()
        .chain(price)
        .collect::<Vec<_>>()
        .join(" · ")
}
