//! A video dropped anywhere on the page but a media field: when it is an MP4 that carries
//! this app's settings (a film or a clip it saved, `core::archive::mp4_settings`), the form
//! takes the settings of its last clip and the page lists its clips; otherwise it says the
//! file carries none. Either way the browser does not leave the app to show the file.

use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast};
use web_sys::{DragEvent, File};

use crate::browser::film_blob::settings_in;
use crate::core::job::chain::FilmSettings;
use crate::core::job::history::form_from_inputs;
use crate::services::catalog::open_model;
use crate::state::AppState;

/// What the last video dropped on the page brought.
#[derive(Clone, Debug, PartialEq)]
pub enum Dropped {
    /// Its settings; `restored` when the form took them (switched to the last clip's
    /// model, when that model could be had).
    Settings {
        /// The file's name.
        name: String,
        /// What it carried.
        settings: FilmSettings,
        /// Whether the form now holds the last clip's settings.
        restored: bool,
    },
    /// A file without this app's settings.
    Nothing {
        /// The file's name.
        name: String,
    },
}

thread_local! {
    static DROPPED: ArcRwSignal<Option<Dropped>> = ArcRwSignal::new(None);
}

/// What the last video dropped on the page brought (tracked).
pub fn dropped() -> Option<Dropped> {
    DROPPED.with(|d| d.get())
}

/// Forgets it (the note is closed).
pub fn dismiss() {
    DROPPED.with(|d| d.set(None));
}

/// Listens for files dropped on the page outside the media fields, from now on.
pub fn start(state: AppState) {
    let Some(window) = web_sys::window() else {
        return;
    };
    // Without this, dropping a file beside a field opens the file instead of the app.
    let over = Closure::<dyn Fn(DragEvent)>::new(|event: DragEvent| {
        if carries_files(&event) {
            event.prevent_default();
        }
    });
    let drop = Closure::<dyn Fn(DragEvent)>::new(move |event: DragEvent| {
        // A media field took it.
        if event.default_prevented() || !carries_files(&event) {
            return;
        }
        event.prevent_default();
        let file = event
            .data_transfer()
            .and_then(|dt| dt.files())
            .and_then(|files| files.get(0));
        if let Some(file) = file {
            leptos::task::spawn_local(take(state, file));
        }
    });
    let _ = window.add_event_listener_with_callback("dragover", over.as_ref().unchecked_ref());
    let _ = window.add_event_listener_with_callback("drop", drop.as_ref().unchecked_ref());
    // The page's listeners live as long as the page.
    over.forget();
    drop.forget();
}

fn carries_files(event: &DragEvent) -> bool {
    event
        .data_transfer()
        .is_some_and(|dt| dt.types().includes(&"Files".into(), 0))
}

async fn take(state: AppState, file: File) {
    let name = file.name();
    let settings = settings_in(&file)
        .await
        .and_then(|json| FilmSettings::read(&json));
    let dropped = match settings {
        None => Dropped::Nothing { name },
        Some(settings) => {
            let mut restored = false;
            if let Some(clip) = settings.clips.last().cloned() {
                // The form switches to the clip's model (from the catalog when it is not
                // remembered here), then takes its settings.
                if open_model(state, &clip.model_id).await.is_ok()
                    && state.model_id() == clip.model_id
                {
                    // A local file of the device that made it is not here: its field stays
                    // empty, for the user to give it again.
                    let mut inputs = clip.inputs;
                    inputs.retain(|_, value| value != "local");
                    for value in inputs.values_mut() {
                        if let serde_json::Value::Array(items) = value {
                            items.retain(|item| item != "local");
                        }
                    }
                    let (form, _) = state
                        .schema
                        .with_untracked(|schema| form_from_inputs(schema, &inputs));
                    state.form.set(form);
                    restored = true;
                }
            }
            Dropped::Settings {
                name,
                settings,
                restored,
            }
        }
    };
    DROPPED.with(|d| d.set(Some(dropped)));
}
