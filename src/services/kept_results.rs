//! Results kept on this device: when a job has finished, its videos, images and audio are
//! downloaded once into the device's store ([`media_store`]), so the history plays them
//! offline and after RunComfy's copy has expired. On by default; Settings turns it off.
//!
//! What is known of each output lives here, by its web address, for the components to read
//! ([`status`], [`on_device`]); the store is read once when the app starts, and every result
//! not yet known is then kept, one at a time, in the order the jobs finished.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

use leptos::prelude::*;
use web_sys::Blob;

use crate::browser::bytes::{fetch_file_within, Fetched, Read};
use crate::browser::local_files;
use crate::browser::media_store::{self, StoreError};
use crate::browser::storage::{self, keys};
use crate::browser::video_frame::{fetch_video, FrameError, VIDEO_READ_CAP};
use crate::core::api::types::MediaKind;
use crate::core::job::JobPhase;
use crate::core::text::small_map::SmallMap;
use crate::state::AppState;

/// The largest result kept: the largest video the frame picker reads.
pub const KEEP_CAP: u64 = VIDEO_READ_CAP;

/// How long one result may take to download (a large video on a slow link).
const DOWNLOAD_MS: u32 = 10 * 60 * 1000;

/// What is known of one output.
#[derive(Clone, Debug, PartialEq)]
pub enum Kept {
    /// Being downloaded, or waiting for its turn.
    Keeping,
    /// On this device.
    OnDevice {
        /// A `blob:` address of the kept bytes, for players and downloads.
        object_url: String,
        /// The bytes (a handle: the browser reads them when asked).
        blob: Blob,
        /// When it was kept (ms since the epoch).
        kept_at_ms: f64,
    },
    /// Not kept, and why.
    NotKept(NotKept),
}

/// Why an output is not kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotKept {
    /// Its host does not let the page read it (CORS), or it could not be reached.
    Refused,
    /// Its host no longer has it (an error status).
    Gone,
    /// It is larger than [`KEEP_CAP`].
    TooLarge,
    /// The browser's quota for this site is used up.
    Full,
    /// This browser keeps nothing for the page (no IndexedDB, a private window).
    NoStore,
    /// The user deleted it from this device.
    Deleted,
}

impl NotKept {
    /// The word the store records for a verdict that will not change; `None` for one
    /// that may (the network, the quota).
    fn recorded(self) -> Option<&'static str> {
        match self {
            NotKept::Gone => Some("gone"),
            NotKept::TooLarge => Some("too-large"),
            NotKept::Deleted => Some("deleted"),
            NotKept::Refused | NotKept::Full | NotKept::NoStore => None,
        }
    }

    fn from_recorded(word: &str) -> Option<Self> {
        match word {
            "gone" => Some(NotKept::Gone),
            "too-large" => Some(NotKept::TooLarge),
            "deleted" => Some(NotKept::Deleted),
            _ => None,
        }
    }
}

thread_local! {
    /// Every output known, by its web address.
    static KNOWN: ArcRwSignal<SmallMap<Kept>> = ArcRwSignal::new(SmallMap::new());
    /// Addresses waiting to be kept, in order.
    static WAITING: RefCell<VecDeque<String>> = const { RefCell::new(VecDeque::new()) };
    /// Whether a download runs now.
    static RUNNING: Cell<bool> = const { Cell::new(false) };
    /// Whether the browser was asked to keep the store through storage pressure.
    static ASKED_PERSISTENT: Cell<bool> = const { Cell::new(false) };
    /// The size of each result the quota refused, to say what would make room for it.
    static REFUSED_BYTES: RefCell<SmallMap<f64>> = RefCell::new(SmallMap::new());
}

fn known() -> ArcRwSignal<SmallMap<Kept>> {
    KNOWN.with(Clone::clone)
}

/// What is known of the output at `url` (tracked: a view showing it follows it).
pub fn status(url: &str) -> Option<Kept> {
    known().with(|known| known.get(url).cloned())
}

/// The `blob:` address of the output at `url`, when it is on this device (tracked).
pub fn on_device(url: &str) -> Option<String> {
    match status(url)? {
        Kept::OnDevice { object_url, .. } => Some(object_url),
        _ => None,
    }
}

/// The bytes of the output at `url`, when they are on this device (untracked): what a
/// frame is taken from, or a film joined of, before anything is fetched.
pub fn kept_blob(url: &str) -> Option<Blob> {
    match known().with_untracked(|known| known.get(url).cloned())? {
        Kept::OnDevice { blob, .. } => Some(blob),
        _ => None,
    }
}

/// The bytes of the output at `url`: the copy on this device when there is one, else the
/// web's (fetched with CORS, up to the app's cap for a video).
pub async fn device_or_web(url: &str) -> Result<Blob, FrameError> {
    match kept_blob(url) {
        Some(blob) => Ok(blob),
        None => fetch_video(url).await,
    }
}

/// The number of results on this device and their bytes (tracked).
pub fn totals() -> (usize, f64) {
    known().with(|known| {
        known
            .values()
            .fold((0, 0.0), |(count, bytes), kept| match kept {
                Kept::OnDevice { blob, .. } => (count + 1, bytes + blob.size()),
                _ => (count, bytes),
            })
    })
}

/// A result on this device.
#[derive(Clone, Debug, PartialEq)]
pub struct KeptResult {
    /// The web address it came from (the job's output).
    pub url: String,
    /// A `blob:` address of its bytes.
    pub object_url: String,
    /// Its bytes.
    pub blob: Blob,
    /// When it was kept.
    pub kept_at_ms: f64,
}

/// Every result on this device, newest first (tracked).
pub fn on_this_device() -> Vec<KeptResult> {
    let mut all: Vec<KeptResult> = known().with(|known| {
        known
            .iter()
            .filter_map(|(url, kept)| match kept {
                Kept::OnDevice {
                    object_url,
                    blob,
                    kept_at_ms,
                } => Some(KeptResult {
                    url: url.clone(),
                    object_url: object_url.clone(),
                    blob: blob.clone(),
                    kept_at_ms: *kept_at_ms,
                }),
                _ => None,
            })
            .collect()
    });
    all.sort_by(|a, b| b.kept_at_ms.total_cmp(&a.kept_at_ms));
    all
}

/// Deletes a result from this device; it is not downloaded again (RunComfy's copy plays
/// while there is one).
pub fn delete(url: String) {
    leptos::task::spawn_local(forget_kept(url));
}

async fn forget_kept(url: String) {
    let _ = media_store::forget(&url).await;
    let _ = media_store::refuse(&url, "deleted").await;
    known().update(|known| {
        if let Some(Kept::OnDevice { object_url, .. }) = known.get(&url) {
            let _ = web_sys::Url::revoke_object_url(object_url);
        }
        known.insert(url, Kept::NotKept(NotKept::Deleted));
    });
}

/// The oldest kept results that together take at least `needed` bytes; `None` when even
/// all of them would not (tracked).
fn oldest_freeing(needed: f64) -> Option<Vec<KeptResult>> {
    let mut oldest = Vec::new();
    let mut freed = 0.0;
    for kept in on_this_device().into_iter().rev() {
        if freed >= needed {
            break;
        }
        freed += kept.blob.size();
        oldest.push(kept);
    }
    (freed >= needed && !oldest.is_empty()).then_some(oldest)
}

/// The oldest kept results that make room for the result at `url`, which the quota
/// refused (tracked).
fn making_room(url: &str) -> Option<Vec<KeptResult>> {
    oldest_freeing(REFUSED_BYTES.with(|sizes| sizes.borrow().get(url).copied())?)
}

/// How many of the oldest kept results, and their bytes, would make room for `needed`
/// bytes (tracked).
fn count_and_size(oldest: Option<Vec<KeptResult>>) -> Option<(usize, f64)> {
    let oldest = oldest?;
    Some((oldest.len(), oldest.iter().map(|k| k.blob.size()).sum()))
}

/// What would make room for the result at `url`, which the quota refused: how many of the
/// oldest kept results, and their bytes (tracked).
pub fn room_for(url: &str) -> Option<(usize, f64)> {
    count_and_size(making_room(url))
}

/// What would make room for a local file of `bytes` the quota refused (tracked).
pub fn room_for_file(bytes: f64) -> Option<(usize, f64)> {
    count_and_size(oldest_freeing(bytes))
}

/// Deletes the oldest kept results that make room for the one at `url` ([`room_for`]),
/// then keeps it.
pub fn make_room(state: AppState, url: String) {
    let Some(oldest) = making_room(&url) else {
        return;
    };
    leptos::task::spawn_local(async move {
        forget_all(oldest).await;
        known().update(|known| {
            known.remove(&url);
        });
        queue_finished(state);
    });
}

/// Deletes the oldest kept results that make room for the local file under `key`, of
/// `bytes` ([`room_for_file`]), then keeps it.
pub fn make_room_for_file(key: String, bytes: f64) {
    let Some(oldest) = oldest_freeing(bytes) else {
        return;
    };
    leptos::task::spawn_local(async move {
        forget_all(oldest).await;
        local_files::keep_again(&key).await;
    });
}

/// Deletes every one of `oldest` from this device, one after another.
async fn forget_all(oldest: Vec<KeptResult>) {
    for kept in oldest {
        forget_kept(kept.url).await;
    }
}

/// Whether finished results are kept (the setting; on unless turned off).
pub fn enabled() -> bool {
    storage::load_text(keys::KEEP_RESULTS).as_deref() != Some("false")
}

/// Turns keeping on or off. Turning it on keeps what finished meanwhile.
pub fn set_enabled(state: AppState, on: bool) {
    storage::save_text(keys::KEEP_RESULTS, if on { "true" } else { "false" });
    if on {
        queue_finished(state);
    } else {
        WAITING.with(|waiting| waiting.borrow_mut().clear());
        known().update(|known| {
            let waiting: Vec<String> = known
                .iter()
                .filter(|(_, kept)| **kept == Kept::Keeping)
                .map(|(url, _)| url.clone())
                .collect();
            for url in waiting {
                known.remove(&url);
            }
        });
    }
}

/// Reads what the store holds, then keeps every finished result not yet known, now and
/// whenever a job finishes.
pub fn start(state: AppState) {
    leptos::task::spawn_local_scoped(async move {
        match media_store::contents().await {
            Ok(contents) => {
                let known = known();
                known.update(|known| {
                    for file in contents.files {
                        if let Ok(object_url) =
                            web_sys::Url::create_object_url_with_blob(&file.blob)
                        {
                            let kept = Kept::OnDevice {
                                object_url,
                                blob: file.blob,
                                kept_at_ms: file.kept_at_ms,
                            };
                            known.insert(file.source, kept);
                        }
                    }
                    for (source, word) in contents.refused {
                        if let Some(reason) = NotKept::from_recorded(&word) {
                            known.insert(source, Kept::NotKept(reason));
                        }
                    }
                });
            }
            Err(_) => {
                // Nothing can be kept here: every result says so, and none is downloaded.
                known().update(|known| {
                    let urls: Vec<String> = finished_outputs(state);
                    for url in urls {
                        known.insert(url, Kept::NotKept(NotKept::NoStore));
                    }
                });
                return;
            }
        }
        Effect::new(move |_| {
            state.jobs.track();
            queue_finished(state);
        });
        // Once the page has saved what it shows: the local files nothing names any more go.
        gloo_timers::future::TimeoutFuture::new(SWEEP_AFTER_MS).await;
        local_files::sweep().await;
    });
}

/// How long after the start the store is swept of files nothing names.
const SWEEP_AFTER_MS: u32 = 3_000;

/// The web addresses of every finished job's videos, images and audio, oldest job first.
fn finished_outputs(state: AppState) -> Vec<String> {
    state.jobs.with_untracked(|jobs| {
        let mut urls = Vec::new();
        for job in jobs.iter().rev() {
            if let JobPhase::Succeeded { media } = &job.phase {
                for item in media {
                    let keepable = matches!(
                        item.kind,
                        MediaKind::Video | MediaKind::Image | MediaKind::Audio
                    );
                    if keepable && item.url.starts_with("http") {
                        urls.push(item.url.clone());
                    }
                }
            }
        }
        urls
    })
}

/// Puts every finished result not yet known in line, and starts the line.
fn queue_finished(state: AppState) {
    if !enabled() {
        return;
    }
    let new: Vec<String> = {
        let known = known();
        let urls = finished_outputs(state);
        known.with_untracked(|known| {
            urls.into_iter()
                .filter(|url| !known.contains_key(url))
                .collect()
        })
    };
    if new.is_empty() {
        return;
    }
    known().update(|known| {
        for url in &new {
            known.insert(url.clone(), Kept::Keeping);
        }
    });
    WAITING.with(|waiting| waiting.borrow_mut().extend(new));
    if !RUNNING.with(|running| running.replace(true)) {
        leptos::task::spawn_local(keep_waiting());
    }
}

/// Keeps the results in line, one at a time.
async fn keep_waiting() {
    while let Some(url) = WAITING.with(|waiting| waiting.borrow_mut().pop_front()) {
        let kept = keep_one(&url).await;
        if let Kept::NotKept(reason) = &kept {
            if let Some(word) = reason.recorded() {
                let _ = media_store::refuse(&url, word).await;
            }
        }
        let full = kept == Kept::NotKept(NotKept::Full);
        known().update(|known| {
            known.insert(url, kept);
        });
        if full {
            // Nothing more fits: what waits is not kept either (the quota, said once each).
            let rest: Vec<String> =
                WAITING.with(|waiting| waiting.borrow_mut().drain(..).collect());
            known().update(|known| {
                for url in rest {
                    known.insert(url, Kept::NotKept(NotKept::Full));
                }
            });
        }
    }
    RUNNING.with(|running| running.set(false));
}

/// Downloads one result into the store.
async fn keep_one(url: &str) -> Kept {
    let read = Read::Whole {
        cap: KEEP_CAP,
        head: 0,
    };
    let blob = match fetch_file_within(url, read, DOWNLOAD_MS).await {
        Fetched::File { blob, .. } => blob,
        Fetched::TooLarge { .. } => return Kept::NotKept(NotKept::TooLarge),
        // A 404 or 410 is an expired file; another status may pass (a 5xx), so it is
        // asked again on the next visit.
        Fetched::Status(404 | 410) => return Kept::NotKept(NotKept::Gone),
        Fetched::Status(_) | Fetched::Blocked | Fetched::Head { .. } => {
            return Kept::NotKept(NotKept::Refused)
        }
    };
    // A file the browser says will not fit is not written (a write past the quota can
    // take the whole transaction down): the note says so and offers what makes room.
    let fits = match media_store::space().await {
        Some((used, quota)) => used + blob.size() <= quota,
        None => true,
    };
    let kept = if fits {
        media_store::keep(url, &blob).await
    } else {
        Err(StoreError::Full)
    };
    match kept {
        Ok(()) => {
            if !ASKED_PERSISTENT.with(|asked| asked.replace(true)) {
                // Something worth keeping is here: ask once that the browser not evict it.
                leptos::task::spawn_local(async {
                    let _ = media_store::ask_persistent().await;
                });
            }
            match web_sys::Url::create_object_url_with_blob(&blob) {
                Ok(object_url) => Kept::OnDevice {
                    object_url,
                    blob,
                    kept_at_ms: js_sys::Date::now(),
                },
                Err(_) => Kept::NotKept(NotKept::NoStore),
            }
        }
        Err(StoreError::Full) => {
            REFUSED_BYTES.with(|sizes| sizes.borrow_mut().insert(url.to_owned(), blob.size()));
            Kept::NotKept(NotKept::Full)
        }
        Err(StoreError::Unavailable | StoreError::Failed) => Kept::NotKept(NotKept::NoStore),
    }
}
