use leptos::prelude::*;

use super::text::text;
use crate::services::film_drop::{self, Dropped};
use crate::state::AppState;

/// After a video was dropped on the page: the clips whose settings it carries (the form
/// took the last one's), the model to choose first, or that it carries none.
#[component]
pub fn DroppedFilm() -> impl IntoView {
    let state = AppState::get();
    move || {
        let dropped = film_drop::dropped()?;
        let t = state.texts();
        let (said, clips) = match dropped {
            Dropped::Nothing { name } => (t.film_no_settings(&name), Vec::new()),
            Dropped::Settings {
                name,
                settings,
                restored,
            } => {
                let count = settings.clips.len() as u64;
                let said = if restored {
                    t.film_restored(count, &name)
                } else {
                    let model = settings
                        .clips
                        .last()
                        .map(|c| c.model_id.clone())
                        .unwrap_or_default();
                    t.film_other_model(&name, &model)
                };
                (said, settings.clips)
            }
        };
        let clips = clips
            .into_iter()
            .map(|clip| {
                let prompt = clip
                    .inputs
                    .get("prompt")
                    .and_then(|p| p.as_str())
                    .unwrap_or_default()
                    .to_owned();
                view! { <li><span class="model-name">{clip.model_id}</span>" · "{prompt}</li> }
            })
            .collect_view();
        Some(view! {
            <div class="note notice" role="status" data-testid="dropped-film">
                <p>{said}</p>
                <ol class="film-clips">{clips}</ol>
                <button type="button" class="secondary" on:click=move |_| film_drop::dismiss()>
                    {text(|t| t.close())}
                </button>
            </div>
        })
    }
}
