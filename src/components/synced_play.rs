use leptos::html::Ol;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlVideoElement;

use super::text::text;
use crate::state::AppState;

/// How far a video may drift from the first before it is set back in step (seconds).
const DRIFT_S: f64 = 0.12;
/// How often the videos are checked while they play together.
const CHECK_MS: u32 = 250;

/// Variations side by side compared as one: one play/pause and one position for every
/// video of `grid`, kept in step with the first while they play.
#[component]
pub fn SyncedPlay(grid: NodeRef<Ol>) -> impl IntoView {
    let state = AppState::get();
    let together = RwSignal::new(false);
    let position = RwSignal::new(0.0_f64);
    let videos = move || -> Vec<HtmlVideoElement> {
        let Some(grid) = grid.get_untracked() else {
            return Vec::new();
        };
        let Ok(found) = grid.query_selector_all("video.player") else {
            return Vec::new();
        };
        (0..found.length())
            .filter_map(|i| found.item(i)?.dyn_into::<HtmlVideoElement>().ok())
            .collect()
    };
    let shortest = move |videos: &[HtmlVideoElement]| {
        videos
            .iter()
            .map(|v| v.duration())
            .filter(|d| d.is_finite() && *d > 0.0)
            .fold(f64::INFINITY, f64::min)
    };
    let play_or_pause = move |_| {
        let all = videos();
        if together.get_untracked() {
            for video in &all {
                let _ = video.pause();
            }
            together.set(false);
            return;
        }
        let start = all.first().map_or(0.0, |v| v.current_time());
        for video in &all {
            video.set_current_time(start);
            let _ = video.play();
        }
        together.set(true);
        // While they play together: every video follows the first, and the position moves.
        leptos::task::spawn_local(async move {
            while together.get_untracked() {
                gloo_timers::future::TimeoutFuture::new(CHECK_MS).await;
                let all = videos();
                let Some(lead) = all.first() else { break };
                let t = lead.current_time();
                for video in all.iter().skip(1) {
                    if (video.current_time() - t).abs() > DRIFT_S {
                        video.set_current_time(t);
                    }
                }
                let length = shortest(&all);
                if length.is_finite() {
                    position.set((t / length).clamp(0.0, 1.0) * 1000.0);
                }
            }
        });
    };
    let seek = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let value = input.value_as_number();
        let all = videos();
        let length = shortest(&all);
        if value.is_finite() && length.is_finite() {
            position.set(value);
            for video in &all {
                video.set_current_time(value / 1000.0 * length);
            }
        }
    };
    view! {
        <div class="input-row synced" data-testid="synced-play">
            <button type="button" class="secondary" on:click=play_or_pause aria-pressed=move || together.get().to_string()>
                {move || if together.get() { state.texts().compare_pause() } else { state.texts().compare_play() }}
            </button>
            <label class="synced-position">
                <span class="visually-hidden">{text(|t| t.compare_position())}</span>
                <input type="range" min="0" max="1000" step="1"
                    prop:value=move || position.get().round().to_string() on:input=seek />
            </label>
        </div>
    }
}
