//! A frame of a video as an image file: the video's bytes are fetched with CORS into a
//! blob (so the canvas is never tainted), played from a `blob:` URL in a detached
//! `<video>` seeked to the moment, drawn at the video's own pixel size and encoded.

use js_sys::{Object, Promise, Reflect};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, CanvasRenderingContext2d, HtmlCanvasElement, HtmlVideoElement, Url};

use super::bytes::read_chunks;
use super::deadline::{within, Deadline};
use crate::core::media::frame::{too_heavy, FrameEncoding};
use crate::core::schema::Validation;

/// How long a video may take to download (it can be tens of megabytes).
const FETCH_TIMEOUT_MS: u32 = 120_000;
/// The largest video read for a frame: a generated clip is tens of megabytes; a link to
/// anything larger is not held in memory.
pub const VIDEO_READ_CAP: u64 = 256 * 1024 * 1024;
/// How long loading or seeking the downloaded video may take.
const DECODE_TIMEOUT_MS: u32 = 15_000;
/// How long, after a seek, the new frame may take to be shown before it is drawn anyway (a
/// browser that does not tell, or a seek to the frame already shown).
const FRAME_SHOWN_TIMEOUT_MS: u32 = 1_000;

/// Why no frame could be taken.
#[derive(Clone, Debug, PartialEq)]
pub enum FrameError {
    /// The host does not let the page read the video (CORS), or did not answer.
    Blocked,
    /// The host answered with an error status.
    HttpStatus(u16),
    /// The video is larger than [`VIDEO_READ_CAP`]: reading stopped there.
    TooLarge,
    /// The bytes are no video the browser can decode, or the canvas failed.
    Unreadable,
}

/// Downloads a video with CORS and without credentials (it is a third party's file).
pub async fn fetch_video(url: &str) -> Result<Blob, FrameError> {
    let deadline = Deadline::after_ms(FETCH_TIMEOUT_MS);
    let response = gloo_net::http::Request::get(url)
        .credentials(web_sys::RequestCredentials::Omit)
        .abort_signal(deadline.signal())
        .send()
        .await
        .map_err(|_| FrameError::Blocked)?;
    if !response.ok() {
        return Err(FrameError::HttpStatus(response.status()));
    }
    let length = response
        .headers()
        .get("content-length")
        .and_then(|l| l.trim().parse::<u64>().ok());
    if length.is_some_and(|l| l > VIDEO_READ_CAP) {
        return Err(FrameError::TooLarge);
    }
    let raw: web_sys::Response = response.into();
    let (chunks, size) = read_chunks(&raw, VIDEO_READ_CAP.saturating_add(1))
        .await
        .ok_or(FrameError::Blocked)?;
    if size > VIDEO_READ_CAP {
        return Err(FrameError::TooLarge);
    }
    Blob::new_with_u8_array_sequence(&chunks).map_err(|_| FrameError::Unreadable)
}

/// The frame of `video` (its bytes) shown at `at_s`, at the video's pixel size, as an
/// image file: PNG, or as JPEG when the PNG breaks the size rule among `validations`.
pub async fn take_frame(
    video: &Blob,
    at_s: f64,
    validations: &[Validation],
) -> Result<Blob, FrameError> {
    let url = Url::create_object_url_with_blob(video).map_err(unreadable)?;
    let outcome = draw_frame(&url, at_s, validations).await;
    let _ = Url::revoke_object_url(&url);
    outcome
}

async fn draw_frame(url: &str, at_s: f64, validations: &[Validation]) -> Result<Blob, FrameError> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(FrameError::Unreadable)?;
    let video: HtmlVideoElement = document
        .create_element("video")
        .map_err(unreadable)?
        .unchecked_into();
    video.set_muted(true);
    video.set_preload("auto");
    let loaded = next_event(&video, "loadeddata");
    video.set_src(url);
    wait(loaded).await?;
    let duration = video.duration();
    let target = if duration.is_finite() {
        at_s.clamp(0.0, duration)
    } else {
        at_s.max(0.0)
    };
    // `seeked` can come before the frame at the new time is there to draw (a loaded
    // machine then draws the one before), so the draw also waits until it is shown. Asked
    // before the seek: a frame shown before the ask would not be reported.
    let shown = next_frame(&video);
    let seeked = next_event(&video, "seeked");
    video.set_current_time(target);
    wait(seeked).await?;
    if let Some(shown) = shown {
        let _ = within(FRAME_SHOWN_TIMEOUT_MS, JsFuture::from(shown)).await;
    }
    let (width, height) = (video.video_width(), video.video_height());
    if width == 0 || height == 0 {
        return Err(FrameError::Unreadable);
    }
    let canvas: HtmlCanvasElement = document
        .create_element("canvas")
        .map_err(unreadable)?
        .unchecked_into();
    canvas.set_width(width);
    canvas.set_height(height);
    // Opaque: the PNG then has no alpha channel, which the model would refuse.
    let options = Object::new();
    Reflect::set(&options, &"alpha".into(), &JsValue::FALSE).map_err(unreadable)?;
    let context: CanvasRenderingContext2d = canvas
        .get_context_with_context_options("2d", &options)
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into().ok())
        .ok_or(FrameError::Unreadable)?;
    context
        .draw_image_with_html_video_element(&video, 0.0, 0.0)
        .map_err(unreadable)?;
    video.remove_attribute("src").ok();
    video.load();
    let mut encoded = None;
    for encoding in FrameEncoding::ALL {
        let blob = encode(&canvas, encoding).await?;
        let heavy = too_heavy(validations, blob.size() as u64);
        encoded = Some(blob);
        if !heavy {
            break;
        }
    }
    // Still too heavy at the lowest quality: the image check says so, as for any image.
    encoded.ok_or(FrameError::Unreadable)
}

/// The next `name` event of `video` (or its `error`), as a promise. Through the `on…`
/// properties: each wait replaces the handlers of the one before.
fn next_event(video: &HtmlVideoElement, name: &str) -> Promise {
    let target: JsValue = video.clone().into();
    let property = JsValue::from_str(&format!("on{name}"));
    Promise::new(&mut |resolve, reject| {
        let done = Closure::once_into_js(move || {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let failed = Closure::once_into_js(move || {
            let _ = reject.call0(&JsValue::NULL);
        });
        let _ = Reflect::set(&target, &property, &done);
        let _ = Reflect::set(&target, &"onerror".into(), &failed);
    })
}

/// The next frame `video` shows, as a promise (`requestVideoFrameCallback`, which reports
/// frames of a paused, detached video after a seek too); `None` where the browser lacks it.
fn next_frame(video: &HtmlVideoElement) -> Option<Promise> {
    let target: JsValue = video.clone().into();
    let request = Reflect::get(&target, &"requestVideoFrameCallback".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    Some(Promise::new(&mut |resolve, _reject| {
        let done = Closure::once_into_js(move || {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let _ = request.call1(&target, &done);
    }))
}

async fn wait(promise: Promise) -> Result<(), FrameError> {
    match within(DECODE_TIMEOUT_MS, JsFuture::from(promise)).await {
        Some(Ok(_)) => Ok(()),
        _ => Err(FrameError::Unreadable),
    }
}

/// The canvas as an image file.
async fn encode(canvas: &HtmlCanvasElement, encoding: FrameEncoding) -> Result<Blob, FrameError> {
    let mut failed = false;
    let promise = Promise::new(&mut |resolve, _reject| {
        let done = Closure::once_into_js(move |blob: JsValue| {
            let _ = resolve.call1(&JsValue::NULL, &blob);
        });
        let quality = encoding
            .quality()
            .map_or(JsValue::UNDEFINED, JsValue::from_f64);
        failed = canvas
            .to_blob_with_type_and_encoder_options(done.unchecked_ref(), encoding.mime(), &quality)
            .is_err();
    });
    if failed {
        return Err(FrameError::Unreadable);
    }
    JsFuture::from(promise)
        .await
        .map_err(unreadable)?
        .dyn_into::<Blob>()
        .map_err(unreadable)
}

fn unreadable<E>(_: E) -> FrameError {
    FrameError::Unreadable
}
