use leptos::prelude::*;
use leptos::task::spawn_local;

use web_sys::Blob;

use super::text::text;
use crate::browser::files::save_blob;
use crate::browser::film_blob::{carrying, join_blobs};
use crate::core::archive::mp4_join::JoinError;
use crate::core::job::chain::{chain_of, Clip, FilmSettings};
use crate::services::kept_results;
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
    /// The clips were saved as one video of this many seconds.
    Joined(f64),
    /// A clip could not be joined: the one at this place of the chain (from 0), and why.
    NotJoined(usize, JoinError),
}

/// Every clip's video, the copy kept on this device where there is one, in order;
/// `saving` says which is fetched. `None` when a host refuses (CORS).
async fn clip_videos(clips: &[Clip], saving: RwSignal<Option<Saving>>) -> Option<Vec<Blob>> {
    let mut blobs = Vec::with_capacity(clips.len());
    for (i, clip) in clips.iter().enumerate() {
        saving.set(Some(Saving::Clip(i + 1)));
        blobs.push(kept_results::device_or_web(&clip.video.url).await.ok()?);
    }
    Some(blobs)
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
            let Some(blobs) = clip_videos(&clips, saving).await else {
                saving.set(Some(Saving::Blocked));
                return;
            };
            for (i, (clip, blob)) in clips.iter().zip(&blobs).enumerate() {
                // Each MP4 carries what made it (any other file is saved as it is).
                let saved = carrying(blob, state.job(&clip.request_id).as_ref()).await;
                save_blob(&clip.file_name(i + 1, count), &saved);
            }
            saving.set(Some(Saving::Done));
        });
    };
    // "Download as one video": the clips joined as they are (no re-encoding), but those
    // the user chose to leave out.
    let left_out = RwSignal::new(Vec::<usize>::new());
    // Each clip after the first starts on the frame the one before ends on: shown once, if
    // the user asks.
    let drop_seams = RwSignal::new(false);
    let join = move || {
        let all = chain.get_untracked();
        let kept: Vec<usize> = (0..all.len())
            .filter(|i| !left_out.with_untracked(|out| out.contains(i)))
            .collect();
        let clips: Vec<Clip> = kept.iter().map(|&i| all[i].clone()).collect();
        // What made each clip travels inside the film.
        let settings = state.jobs.with_untracked(|jobs| {
            let made: Vec<_> = clips
                .iter()
                .filter_map(|c| jobs.iter().find(|j| j.request_id == c.request_id))
                .collect();
            FilmSettings::json_of(&made)
        });
        spawn_local(async move {
            let Some(blobs) = clip_videos(&clips, saving).await else {
                saving.set(Some(Saving::Blocked));
                return;
            };
            match join_blobs(&blobs, Some(&settings), drop_seams.get_untracked()).await {
                Ok(film) => {
                    let name = format!(
                        "film-{}",
                        clips[0].file_name(1, 1).trim_start_matches("01-")
                    );
                    save_blob(&name, &film.blob);
                    saving.set(Some(Saving::Joined(film.seconds)));
                }
                Err(error) => {
                    let at = error.clip().map_or(0, |clip| kept[clip]);
                    saving.set(Some(Saving::NotJoined(at, error)));
                }
            }
        });
    };
    let leave_out = move |at: usize| {
        left_out.update(|out| out.push(at));
        join();
    };
    let saving_note = move || {
        let t = state.texts();
        let n = total() as u64;
        match saving.get()? {
            Saving::Clip(i) => Some(t.chain_fetching(i as u64, n)),
            Saving::Done => Some(t.chain_saved(n)),
            Saving::Joined(seconds) => Some(t.film_saved(
                (n as usize - left_out.with(Vec::len)) as u64,
                &state.lang.get().fixed(seconds, 1),
            )),
            Saving::Blocked | Saving::NotJoined(..) => None,
        }
    };
    // Why a clip cannot join, and the offer to leave it out (while two would be left).
    let not_joined = move || {
        let Some(Saving::NotJoined(at, error)) = saving.get() else {
            return None;
        };
        let t = state.texts();
        let n = at as u64 + 1;
        let reason = error.message_in(state.lang.get(), n);
        let left = total() - left_out.with(Vec::len);
        let offer = (left > 2 && !matches!(error, JoinError::TooFew)).then(|| {
            view! {
                <button type="button" class="secondary" on:click=move |_| leave_out(at)>
                    {t.film_leave_out(n)}
                </button>
            }
        });
        Some(view! {
            <p class="field-error" role="alert" data-testid="film-error">{reason}</p>
            {offer}
        })
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
                    <button type="button" class="secondary"
                        on:click=move |_| { left_out.set(Vec::new()); join() }
                        disabled=move || matches!(saving.get(), Some(Saving::Clip(_)))>
                        {text(|t| t.film_download())}
                    </button>
                    <label class="gallery-pick">
                        <input type="checkbox" prop:checked=move || drop_seams.get()
                            on:change=move |ev| drop_seams.set(event_target_checked(&ev)) />
                        {text(|t| t.film_drop_seams())}
                    </label>
                </div>
                {move || match saving.get() {
                    Some(Saving::Clip(i)) => Some(view! {
                        <progress max=total() value=i.saturating_sub(1) aria-label=text(|t| t.film_progress())></progress>
                    }),
                    _ => None,
                }}
                {move || playing.get().map(|at| view! { <ChainPlayer chain at=playing start=at /> })}
                <p class="note" role="status" data-testid="chain-status">{saving_note}</p>
                {not_joined}
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
