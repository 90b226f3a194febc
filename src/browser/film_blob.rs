//! Clips joined into one MP4 Blob without re-encoding: only each clip's index (`ftyp`,
//! `moov`, found by walking its top-level boxes a few bytes at a time) is read into the
//! wasm; `wan-core` writes the film's index, and the browser puts the clips' samples after
//! it as slices of the clips' own Blobs (nothing is copied, so a long film costs the page
//! no memory and no time; see `core::archive::mp4_join`).

use js_sys::{Array, Uint8Array};
use wasm_bindgen_futures::JsFuture;
use web_sys::Blob;

use crate::core::archive::mp4_join::{self, box_at, BoxAt, Clip, Film, JoinError, MOOV_CAP};
use crate::core::archive::mp4_settings::{comment_in_moov, read_settings_box, SETTINGS_CAP};
use crate::core::job::chain::FilmSettings;
use crate::core::job::Job;

/// A joined film and its length in seconds.
pub struct FilmBlob {
    /// The MP4.
    pub blob: Blob,
    /// How long it plays.
    pub seconds: f64,
}

/// One MP4 of `clips`, in order, carrying `settings` (JSON) when given; with
/// `drop_seam_frames`, each later clip's first frame is not shown (`mp4_join::join`).
pub async fn join_blobs(
    clips: &[Blob],
    settings: Option<&str>,
    drop_seam_frames: bool,
) -> Result<FilmBlob, JoinError> {
    let mut indexes = Vec::with_capacity(clips.len());
    for (clip, blob) in clips.iter().enumerate() {
        indexes.push(index_of(blob).await.ok_or(JoinError::Unreadable { clip })?);
    }
    let film = mp4_join::join(&indexes, settings, drop_seam_frames)?;
    assemble(clips, &film)
}

/// A clip as it is saved: an MP4 carrying what `job` made it with (its samples untouched),
/// anything else (or without a job) as it is.
pub async fn carrying(clip: &Blob, job: Option<&Job>) -> Blob {
    let Some(job) = job else {
        return clip.clone();
    };
    let Some(index) = index_of(clip).await else {
        return clip.clone();
    };
    mp4_join::with_settings(&index, &FilmSettings::json_of(&[job]))
        .and_then(|film| assemble(std::slice::from_ref(clip), &film))
        .map_or_else(|_| clip.clone(), |film| film.blob)
}

/// The film's head, then its parts as slices of the clips' Blobs.
fn assemble(clips: &[Blob], film: &Film) -> Result<FilmBlob, JoinError> {
    let joined = Array::new();
    joined.push(&Uint8Array::from(film.head.as_slice()));
    for part in &film.parts {
        let start = part.offset as f64;
        let slice = clips[part.clip]
            .slice_with_f64_and_f64(start, start + part.len as f64)
            .map_err(|_| JoinError::Unreadable { clip: part.clip })?;
        joined.push(&slice);
    }
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("video/mp4");
    let blob = Blob::new_with_blob_sequence_and_options(&joined, &options)
        .map_err(|_| JoinError::Unreadable { clip: 0 })?;
    Ok(FilmBlob {
        blob,
        seconds: film.seconds,
    })
}

/// A clip's `ftyp` and `moov`; `None` when it is not an MP4 with both.
async fn index_of(blob: &Blob) -> Option<Clip> {
    let len = blob.size() as u64;
    let mut clip = Clip::default();
    let mut at = 0u64;
    while at < len && (clip.ftyp.is_empty() || clip.moov.is_empty()) {
        let found = box_of(blob, at, len).await?;
        match &found.kind {
            b"ftyp" | b"moov" if found.size <= MOOV_CAP => {
                let whole = read(blob, at, at + found.size).await?;
                if &found.kind == b"ftyp" {
                    clip.ftyp = whole;
                } else {
                    clip.moov = whole;
                }
            }
            b"ftyp" | b"moov" => return None,
            _ => {}
        }
        at += found.size;
    }
    (!clip.ftyp.is_empty() && !clip.moov.is_empty()).then_some(clip)
}

/// The settings an MP4 carries (this app's `uuid` box, anywhere at its top level, else its
/// `moov`'s comment when that is this app's settings); `None` for a file without them, or
/// not an MP4.
pub async fn settings_in(blob: &Blob) -> Option<String> {
    let len = blob.size() as u64;
    let mut at = 0u64;
    let mut comment = None;
    while at < len {
        let found = box_of(blob, at, len).await?;
        match &found.kind {
            b"uuid" if found.size <= SETTINGS_CAP => {
                if let Some(json) = read_settings_box(&read(blob, at, at + found.size).await?) {
                    return Some(json);
                }
            }
            b"moov" if found.size <= MOOV_CAP => {
                comment = comment_in_moov(&read(blob, at, at + found.size).await?);
            }
            _ => {}
        }
        at += found.size;
    }
    // (Another app's comment is any text: the reader checks it is ours.)
    comment
}

/// The top-level box starting at `at` of a file of `len` bytes, from its header's bytes.
async fn box_of(blob: &Blob, at: u64, len: u64) -> Option<BoxAt> {
    box_at(&read(blob, at, (at + 16).min(len)).await?, at, len)
}

async fn read(blob: &Blob, start: u64, end: u64) -> Option<Vec<u8>> {
    let slice = blob.slice_with_f64_and_f64(start as f64, end as f64).ok()?;
    let buffer = JsFuture::from(slice.array_buffer()).await.ok()?;
    Some(Uint8Array::new(&buffer).to_vec())
}
