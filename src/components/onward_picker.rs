use leptos::prelude::*;
use leptos::task::spawn_local;

use super::text::text;
use crate::core::api::error::ApiError;
use crate::core::catalog::onward::OnwardInput;
use crate::core::catalog::CatalogEntry;
use crate::core::schema::media_kind::MediaType;
use crate::services::onward::{models_for, send_onward};
use crate::state::AppState;

/// What the catalog was asked for.
type Found = Result<Vec<(CatalogEntry, OnwardInput)>, ApiError>;

/// "Use as input of…" under an output: opened, it lists the catalog's models that take
/// this kind of file; "Use" switches the form to the one chosen, the output in its input.
#[component]
pub fn OnwardPicker(
    /// The job whose output this is.
    request_id: String,
    /// The output's address.
    url: String,
    /// Its kind.
    kind: MediaType,
) -> impl IntoView {
    let state = AppState::get();
    let open = RwSignal::new(false);
    let found = RwSignal::new(None::<Found>);
    let chosen = RwSignal::new(String::new());
    let failed = RwSignal::new(None::<String>);
    let id = StoredValue::new(request_id);
    let url = StoredValue::new(url);
    let list_id = StoredValue::new(format!("onward-{}-{}", kind.id(), id.get_value()));

    let toggle = move |_| {
        open.update(|o| *o = !*o);
        let token = state.token.with_untracked(|token| !token.trim().is_empty());
        if token && open.get_untracked() && !matches!(found.get_untracked(), Some(Ok(_))) {
            found.set(None);
            spawn_local(async move { found.set(Some(models_for(state, kind).await)) });
        }
    };
    let use_chosen = move |_| {
        let chosen = chosen.get_untracked();
        let pick = found.with_untracked(|f| match f {
            Some(Ok(models)) => models
                .iter()
                .find(|(entry, _)| entry.model_id == chosen)
                .or(models.first())
                .cloned(),
            _ => None,
        });
        let Some((entry, input)) = pick else { return };
        failed.set(None);
        spawn_local(async move {
            match send_onward(state, id.get_value(), url.get_value(), entry, input).await {
                Ok(()) => open.set(false),
                Err(error) => failed.set(Some(error.message_in(state.lang.get_untracked()))),
            }
        });
    };
    let body = move || {
        let lang = state.lang.get();
        let t = lang.texts();
        if state.token.with(|token| token.trim().is_empty()) {
            return view! { <p class="help">{t.catalog_needs_token()}</p> }.into_any();
        }
        match found.get() {
            None => view! { <p class="checking">{t.onward_finding()}</p> }.into_any(),
            Some(Err(error)) => view! {
                <p class="field-error" role="alert">{t.catalog_failed(&error.message_in(lang))}</p>
            }
            .into_any(),
            Some(Ok(models)) if models.is_empty() => {
                view! { <p class="help">{t.onward_none(&kind.with_article(lang))}</p> }.into_any()
            }
            Some(Ok(models)) => {
                let list_id = list_id.get_value();
                view! {
                    <div class="input-row">
                        <label for=list_id.clone()>{t.onward_model()}</label>
                        <select id=list_id on:change=move |ev| chosen.set(event_target_value(&ev))>
                            {models.into_iter().map(|(entry, input)| {
                                let label = format!("{} → {}", entry.display_name, input.field);
                                view! { <option value=entry.model_id>{label}</option> }
                            }).collect_view()}
                        </select>
                        <button type="button" on:click=use_chosen>{t.onward_use()}</button>
                    </div>
                }
                .into_any()
            }
        }
    };
    view! {
        <div class="onward" data-testid="onward">
            <button type="button" class="secondary" aria-expanded=move || open.get().to_string()
                on:click=toggle>
                {text(|t| t.use_as_input())}
            </button>
            <Show when=move || open.get()>
                <div aria-live="polite">{body}</div>
                {move || failed.get().map(|m| view! { <p class="field-error" role="alert">{m}</p> })}
            </Show>
        </div>
    }
}
