//! Measures an input video or audio file in the browser: what it really is from its first
//! bytes, its picture size and length from a `<video>` / `<audio>` element's metadata, its
//! byte size. A local file also becomes the `data:` URI that is sent.

use js_sys::Promise;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, HtmlMediaElement, HtmlVideoElement, Url};

use super::bytes::{fetch_file, read_head, Fetched, Read, URL_TIMEOUT_MS};
use super::deadline::within;
use super::local_files;
use crate::core::media::format::{identify, MediaFormat};
use crate::core::media::limits::MediaFacts;
use crate::core::media::source::MediaSourceError;
use crate::core::media::source::{ImageNote, SourceUrl};
use crate::core::schema::media_kind::MediaType;

/// Enough of a file's head for the magic bytes of every container (`ftyp`, EBML, RIFF,
/// Ogg, ID3, …).
const HEAD_BYTES: usize = 4096;

/// What the browser learned about a video or audio file.
#[derive(Clone, Debug, PartialEq)]
pub struct ProbedMedia {
    /// Video or audio.
    pub kind: MediaType,
    /// Picture size, length and byte size, as far as known.
    pub facts: MediaFacts,
    /// The real format, from the bytes (unknown when the host hides them).
    pub format: Option<MediaFormat>,
    /// A URL the page can play (`blob:` for local files, the URL itself otherwise).
    pub preview_url: String,
    /// The value sent in the request: the https URL, or a `data:` URI for a local file.
    pub value: String,
    /// What the user gave: the file name or the URL.
    pub label: String,
    /// Whether it is a local file (sent inside the request).
    pub local: bool,
    /// Facts that could not be learned, said as notes, not errors.
    pub notes: Vec<ImageNote>,
}

/// What a media element read from a file's metadata.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Metadata {
    /// Picture width (a video's), if any.
    pub width: Option<u32>,
    /// Picture height (a video's), if any.
    pub height: Option<u32>,
    /// Length in seconds, if finite.
    pub duration_s: Option<f64>,
}

/// Measures a local file for a field taking `kind` files.
pub async fn probe_media_blob(
    blob: &Blob,
    label: &str,
    kind: MediaType,
) -> Result<ProbedMedia, MediaSourceError> {
    let head = read_head(blob, HEAD_BYTES as i32)
        .await
        .map_err(unreadable)?;
    let format = identify(&head, kind).map_err(MediaSourceError::File)?;
    let preview_url = Url::create_object_url_with_blob(blob).map_err(unreadable)?;
    let metadata = read_metadata(&preview_url, kind).await;
    // Named by what the bytes are, not by the file's extension; kept on the device, not in
    // the form.
    let value = local_files::keep(blob, format.mime()).await.to_text();
    let mut notes = Vec::new();
    Ok(ProbedMedia {
        kind,
        facts: facts(metadata, Some(blob.size() as u64), &mut notes),
        format: Some(format),
        preview_url,
        value,
        label: label.to_owned(),
        local: true,
        notes,
    })
}

/// Measures a file on the web. When the host lets the page read it (CORS), its first
/// bytes say what it is and `Content-Length` its size; either way a media element reads
/// its metadata, as a player would. A URL that gives neither does not load.
pub async fn probe_media_url(
    input: &str,
    kind: MediaType,
) -> Result<ProbedMedia, MediaSourceError> {
    let source = SourceUrl::parse(input).map_err(|e| MediaSourceError::from_url_error(e, kind))?;
    let url = source.as_str().to_owned();
    let mut notes: Vec<ImageNote> = source.note().into_iter().collect();
    let (format, bytes) = match fetch_file(&url, Read::Head(HEAD_BYTES)).await {
        Fetched::Head { bytes, size, .. } => (
            Some(identify(&bytes, kind).map_err(MediaSourceError::File)?),
            size,
        ),
        Fetched::Status(status) => return Err(MediaSourceError::HttpStatus { kind, status }),
        // (Only the head was asked for.)
        Fetched::Blocked | Fetched::File { .. } | Fetched::TooLarge { .. } => (None, None),
    };
    let metadata = read_metadata(&url, kind).await;
    if format.is_none() {
        if metadata.is_none() {
            return Err(MediaSourceError::Unreachable { kind });
        }
        notes.push(ImageNote::BytesHidden);
    }
    Ok(ProbedMedia {
        kind,
        facts: facts(metadata, bytes, &mut notes),
        format,
        preview_url: url.clone(),
        value: url.clone(),
        label: url,
        local: false,
        notes,
    })
}

/// The facts from what was read; metadata the browser could not read is a note.
fn facts(metadata: Option<Metadata>, bytes: Option<u64>, notes: &mut Vec<ImageNote>) -> MediaFacts {
    let metadata = metadata.unwrap_or_else(|| {
        notes.push(ImageNote::Unplayable);
        Metadata::default()
    });
    MediaFacts {
        width: metadata.width,
        height: metadata.height,
        duration_s: metadata.duration_s,
        bytes,
    }
}

/// Loads `src` into a detached `<video>` (or `<audio>`) element until its metadata is
/// known; `None` when the browser cannot load or play it, or not within the time limit.
pub async fn read_metadata(src: &str, kind: MediaType) -> Option<Metadata> {
    let document = web_sys::window()?.document()?;
    let tag = if kind == MediaType::Audio {
        "audio"
    } else {
        "video"
    };
    let element: HtmlMediaElement = document.create_element(tag).ok()?.dyn_into().ok()?;
    element.set_preload("metadata");
    element.set_muted(true);
    let events = element.clone();
    let loaded = Promise::new(&mut |resolve, reject| {
        let done = Closure::once_into_js(move || {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let failed = Closure::once_into_js(move || {
            let _ = reject.call0(&JsValue::NULL);
        });
        events.set_onloadedmetadata(Some(done.unchecked_ref()));
        events.set_onerror(Some(failed.unchecked_ref()));
    });
    element.set_src(src);
    let outcome = within(URL_TIMEOUT_MS, JsFuture::from(loaded)).await;
    let metadata = match outcome {
        Some(Ok(_)) => Some(metadata_of(&element)),
        _ => None,
    };
    // Stop loading: the element was only asked for the metadata.
    element.set_onloadedmetadata(None);
    element.set_onerror(None);
    element.remove_attribute("src").ok();
    element.load();
    metadata
}

/// The picture size and length an element with metadata knows.
fn metadata_of(element: &HtmlMediaElement) -> Metadata {
    let (width, height) = match element.dyn_ref::<HtmlVideoElement>() {
        Some(video) if video.video_width() > 0 && video.video_height() > 0 => {
            (Some(video.video_width()), Some(video.video_height()))
        }
        _ => (None, None),
    };
    let duration = element.duration();
    Metadata {
        width,
        height,
        duration_s: (duration.is_finite() && duration >= 0.0).then_some(duration),
    }
}

fn unreadable<E>(_: E) -> MediaSourceError {
    MediaSourceError::Unreadable
}
