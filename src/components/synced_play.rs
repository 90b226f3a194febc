use leptos::html::{Div, Ol};
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
/// video of `grid`, kept in step with the first while they play; and a wipe, the first two
/// over each other with a line between them that the user moves.
#[component]
pub fn SyncedPlay(grid: NodeRef<Ol>) -> impl IntoView {
    let state = AppState::get();
    let together = RwSignal::new(false);
    let position = RwSignal::new(0.0_f64);
    // The wipe: the first two videos' sources, and where the line divides them (percent).
    let wipe = RwSignal::new(None::<(String, String)>);
    let split = RwSignal::new(50.0_f64);
    let wipe_box = NodeRef::<Div>::new();
    let found_in = |parent: Option<web_sys::Element>, selector: &str| -> Vec<HtmlVideoElement> {
        let Some(found) = parent.and_then(|p| p.query_selector_all(selector).ok()) else {
            return Vec::new();
        };
        (0..found.length())
            .filter_map(|i| found.item(i)?.dyn_into::<HtmlVideoElement>().ok())
            .collect()
    };
    // The grid's videos, then the wipe's: all play and move together.
    let videos = move || -> Vec<HtmlVideoElement> {
        let mut all = found_in(grid.get_untracked().map(Into::into), "video.player");
        all.extend(found_in(wipe_box.get_untracked().map(Into::into), "video"));
        all
    };
    let toggle_wipe = move |_| {
        if wipe.get_untracked().is_some() {
            wipe.set(None);
            return;
        }
        let all = found_in(grid.get_untracked().map(Into::into), "video.player");
        if let [first, second, ..] = all.as_slice() {
            wipe.set(Some((first.current_src(), second.current_src())));
        }
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
            // A play interrupted by a pause (a second press at once) or refused rejects its
            // promise: awaited here, that is no error thrown in the page.
            if let Ok(playing) = video.play() {
                leptos::task::spawn_local(async move {
                    let _ = wasm_bindgen_futures::JsFuture::from(playing).await;
                });
            }
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
            <button type="button" class="secondary" on:click=toggle_wipe
                aria-pressed=move || wipe.with(Option::is_some).to_string()>
                {text(|t| t.compare_wipe())}
            </button>
        </div>
        {move || wipe.get().map(|(under, over)| view! {
            <div class="wipe" node_ref=wipe_box data-testid="wipe">
                <video class="wipe-under" src=under muted playsinline loop preload="auto"></video>
                <video class="wipe-over" src=over muted playsinline loop preload="auto"
                    style:clip-path=move || format!("inset(0 0 0 {}%)", split.get())></video>
                <span class="wipe-line" aria-hidden="true" style:left=move || format!("{}%", split.get())></span>
            </div>
            <label class="synced-position">
                <span class="visually-hidden">{text(|t| t.wipe_position())}</span>
                <input type="range" min="0" max="100" step="1"
                    prop:value=move || split.get().round().to_string()
                    on:input=move |ev| {
                        if let Ok(value) = event_target_value(&ev).parse::<f64>() {
                            split.set(value.clamp(0.0, 100.0));
                        }
                    } />
            </label>
        })}
    }
}
