use leptos::prelude::*;
use leptos::task::spawn_local;

use super::text::text;
use crate::browser::files::save_blob;
use crate::browser::video_frame::fetch_video;
use crate::core::job::chain::{chain_of, Clip};
use crate::state::AppState;

/// What "Download in order" did.
#[derive(Clone, Debug, PartialEq)]
enum Saving {
    /// Clip `n` (from 1) is being fetched.
    Clip(usize),
    /// Every clip was saved.
    Done,
    /// The host refuses CORS: the clips are listed as links to open in order.
    Blocked,
}

/// For a job in a chain (it continues a clip, or a clip continues it): where it stands,
/// "Play chain" (the clips back to back in one player) and "Download in order" (numbered
/// files).
#[component]
pub fn ChainView(request_id: String) -> impl IntoView {
    let state = AppState::get();
    let id = StoredValue::new(request_id);
    let chain = Memo::new(move |_| state.jobs.with(|jobs| chain_of(jobs, &id.get_value())));
    let playing = RwSignal::new(None::<usize>);
    let saving = RwSignal::new(None::<Saving>);
    let total = move || chain.with(Vec::len);
    let part = move || {
        chain
            .with(|clips| clips.iter().position(|c| c.request_id == id.get_value()))
            .map_or(0, |i| i + 1)
    };

    // Every clip is fetched before any is saved: the files come out complete and in
    // order, or (a host without CORS) none, and the links are listed instead.
    let download = move |_| {
        let clips = chain.get_untracked();
        spawn_local(async move {
            let count = clips.len();
            let mut blobs = Vec::with_capacity(count);
            for (i, clip) in clips.iter().enumerate() {
                saving.set(Some(Saving::Clip(i + 1)));
                match fetch_video(&clip.video.url).await {
                    Ok(blob) => blobs.push(blob),
                    Err(_) => {
                        saving.set(Some(Saving::Blocked));
                        return;
                    }
                }
            }
            for (i, (clip, blob)) in clips.iter().zip(&blobs).enumerate() {
                save_blob(&clip.file_name(i + 1, count), blob);
            }
            saving.set(Some(Saving::Done));
        });
    };
    let saving_note = move || {
        let t = state.texts();
        let n = total() as u64;
        match saving.get()? {
            Saving::Clip(i) => Some(t.chain_fetching(i as u64, n)),
            Saving::Done => Some(t.chain_saved(n)),
            Saving::Blocked => None,
        }
    };
    let links = move || {
        let count = total();
        chain
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, clip): (usize, Clip)| {
                let name = clip.file_name(i + 1, count);
                let label = name.clone();
                view! {
                    <li><a href=clip.video.url.clone() download=name target="_blank"
                        rel="noopener noreferrer">{label}</a></li>
                }
            })
            .collect_view()
    };

    view! {
        <Show when=move || { total() >= 2 }>
            <div class="chain" data-testid="chain">
                <p class="chain-part">
                    {move || state.texts().chain_part(part() as u64, total() as u64)}
                </p>
                <div class="input-row">
                    <button type="button" class="secondary" on:click=move |_| playing.set(Some(0))>
                        {text(|t| t.play_chain())}
                    </button>
                    <button type="button" class="secondary" on:click=download
                        disabled=move || matches!(saving.get(), Some(Saving::Clip(_)))>
                        {text(|t| t.download_chain())}
                    </button>
                </div>
                {move || playing.get().map(|at| view! { <ChainPlayer chain at=playing start=at /> })}
                <p class="note" role="status">{saving_note}</p>
                <Show when=move || saving.get() == Some(Saving::Blocked)>
                    <p class="field-error" role="alert">{text(|t| t.chain_cors_refused())}</p>
                    <ol class="chain-links">{links}</ol>
                </Show>
            </div>
        </Show>
    }
}

/// The chain's clips in one player, one after the other, from clip `start` on.
#[component]
fn ChainPlayer(chain: Memo<Vec<Clip>>, at: RwSignal<Option<usize>>, start: usize) -> impl IntoView {
    let state = AppState::get();
    let current = RwSignal::new(start);
    let src = move || chain.with(|c| c.get(current.get()).map(|clip| clip.video.url.clone()));
    let name = move || {
        state
            .texts()
            .chain_clip(current.get() as u64 + 1, chain.with(Vec::len) as u64)
    };
    let next = move |_| {
        let following = current.get_untracked() + 1;
        if following < chain.with_untracked(Vec::len) {
            current.set(following);
        }
    };
    view! {
        <figure class="media chain-player">
            <div class="media-frame">
                <video class="player" src=src controls autoplay muted playsinline preload="auto"
                    data-clip=move || current.get() + 1 aria-label=name on:ended=next></video>
            </div>
            <figcaption class="input-row">
                <span class="chain-clip" data-testid="chain-clip">{name}</span>
                <button type="button" class="secondary" on:click=move |_| at.set(None)>
                    {text(|t| t.close())}
                </button>
            </figcaption>
        </figure>
    }
}
