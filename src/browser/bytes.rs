//! A file's bytes in the browser, whatever it shows: its head, the whole of it as a
//! `data:` URI, or the start of a file on the web. Shared by the image and the media
//! probes; the callers say what a failure means.

use js_sys::{Promise, Uint8Array};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, FileReader};

use super::deadline::Deadline;

/// How long a file on the web may take to answer before it counts as unreachable.
pub const URL_TIMEOUT_MS: u32 = 15_000;

/// The first `len` bytes of a blob (all of it when shorter).
pub async fn read_head(blob: &Blob, len: i32) -> Result<Vec<u8>, JsValue> {
    read_bytes(&blob.slice_with_i32_and_i32(0, len)?).await
}

/// Every byte of a blob.
pub async fn read_bytes(blob: &Blob) -> Result<Vec<u8>, JsValue> {
    let buffer = JsFuture::from(blob.array_buffer()).await?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

/// Bytes as a blob of `content_type`.
pub fn bytes_to_blob(bytes: &[u8], content_type: &str) -> Result<Blob, JsValue> {
    let array = Uint8Array::from(bytes);
    let parts = js_sys::Array::of1(&array);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(content_type);
    Blob::new_with_u8_array_sequence_and_options(&parts, &options)
}

/// The blob as a `data:` URI, the way RunComfy's own clients send local files. With
/// `mime`, the URI names that type (what the bytes are) instead of the blob's own (what
/// the file name suggested); no bytes are copied for it.
pub async fn read_data_url(blob: &Blob, mime: Option<&str>) -> Result<String, JsValue> {
    let retyped;
    let blob = match mime {
        Some(mime) => {
            retyped = blob.slice_with_f64_and_f64_and_content_type(0.0, blob.size(), mime)?;
            &retyped
        }
        None => blob,
    };
    let reader = FileReader::new()?;
    let promise = Promise::new(&mut |resolve, reject| {
        let done = Closure::once_into_js(move |event: web_sys::Event| {
            let result = event
                .target()
                .and_then(|t| t.dyn_into::<FileReader>().ok())
                .and_then(|r| r.result().ok())
                .unwrap_or(JsValue::NULL);
            let _ = resolve.call1(&JsValue::NULL, &result);
        });
        let failed = Closure::once_into_js(move |_: web_sys::Event| {
            let _ = reject.call0(&JsValue::NULL);
        });
        reader.set_onload(Some(done.unchecked_ref()));
        reader.set_onerror(Some(failed.unchecked_ref()));
    });
    reader.read_as_data_url(blob)?;
    JsFuture::from(promise)
        .await?
        .as_string()
        .ok_or(JsValue::NULL)
}

/// A `data:` URI back to a blob (fetch reads it without any network).
pub async fn data_uri_blob(uri: &str) -> Result<Blob, JsValue> {
    let response = gloo_net::http::Request::get(uri)
        .send()
        .await
        .map_err(|e| JsValue::from_str(&e.to_string()))?;
    let raw: web_sys::Response = response.into();
    let blob = JsFuture::from(raw.blob()?).await?;
    Ok(blob.unchecked_into())
}

/// What a file on the web gave the page.
pub enum Fetched {
    /// The file, read within its cap.
    File {
        /// The whole file, held once (by the browser, not copied into the wasm).
        blob: Blob,
        /// Its first bytes, for the magic numbers (at most the head asked for).
        head: Vec<u8>,
        /// The `Content-Type` the host gave.
        content_type: String,
        /// Its size.
        size: u64,
    },
    /// Only its first bytes were asked for.
    Head {
        /// The bytes read.
        bytes: Vec<u8>,
        /// The `Content-Type` the host gave.
        content_type: String,
        /// The whole file's size, when the host said (`Content-Length`).
        size: Option<u64>,
    },
    /// It is larger than the cap: reading stopped there (or never began, when the host
    /// said its size).
    TooLarge {
        /// The cap it passed, in bytes.
        cap: u64,
    },
    /// The host answered with an error status.
    Status(u16),
    /// No answer the page may read: unreachable, too slow, or refused by CORS.
    Blocked,
}

/// How much of a file to read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Read {
    /// About this many bytes from its start; the rest is not downloaded.
    Head(usize),
    /// All of it, up to `cap` bytes, and `head` bytes of it copied for the magic numbers.
    Whole {
        /// The most that is read.
        cap: u64,
        /// How much of its start is copied into the wasm.
        head: usize,
    },
}

/// Fetches `url` without credentials (it goes to a third party) and reads what `read`
/// says. A file past its cap is never held: reading stops at the cap.
pub async fn fetch_file(url: &str, read: Read) -> Fetched {
    fetch_file_within(url, read, URL_TIMEOUT_MS).await
}

/// [`fetch_file`] with its own time limit for the whole download (a result kept on the
/// device may be a large video on a slow link).
pub async fn fetch_file_within(url: &str, read: Read, timeout_ms: u32) -> Fetched {
    let deadline = Deadline::after_ms(timeout_ms);
    let request = gloo_net::http::Request::get(url)
        .credentials(web_sys::RequestCredentials::Omit)
        .abort_signal(deadline.signal());
    let Ok(response) = request.send().await else {
        return Fetched::Blocked;
    };
    if !response.ok() {
        return Fetched::Status(response.status());
    }
    let content_type = response.headers().get("content-type").unwrap_or_default();
    let length = response
        .headers()
        .get("content-length")
        .and_then(|l| l.trim().parse::<u64>().ok());
    let raw: web_sys::Response = response.into();
    match read {
        Read::Head(limit) => match read_chunks(&raw, limit as u64).await {
            Some((chunks, _)) => Fetched::Head {
                bytes: head_of(&chunks, limit),
                content_type,
                size: length,
            },
            None => Fetched::Blocked,
        },
        Read::Whole { cap, .. } if length.is_some_and(|l| l > cap) => {
            if let Some(body) = raw.body() {
                let _ = body.cancel();
            }
            Fetched::TooLarge { cap }
        }
        Read::Whole { cap, head } => match read_chunks(&raw, cap.saturating_add(1)).await {
            Some((_, size)) if size > cap => Fetched::TooLarge { cap },
            Some((chunks, size)) => {
                let options = web_sys::BlobPropertyBag::new();
                options.set_type(&content_type);
                match Blob::new_with_u8_array_sequence_and_options(&chunks, &options) {
                    Ok(blob) => Fetched::File {
                        head: head_of(&chunks, head),
                        blob,
                        content_type,
                        size,
                    },
                    Err(_) => Fetched::Blocked,
                }
            }
            None => Fetched::Blocked,
        },
    }
}

/// Reads a response's body as the browser's own chunks until `limit` bytes (or its end),
/// then lets the rest go: the chunks and how many bytes they hold. The bytes stay in the
/// browser's memory; nothing is copied into the wasm.
pub async fn read_chunks(response: &web_sys::Response, limit: u64) -> Option<(js_sys::Array, u64)> {
    let body = response.body()?;
    let reader: web_sys::ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let chunks = js_sys::Array::new();
    let mut read = 0u64;
    while read < limit {
        let chunk = JsFuture::from(reader.read()).await.ok()?;
        let done = js_sys::Reflect::get(&chunk, &JsValue::from_str("done")).ok()?;
        if done.as_bool() == Some(true) {
            return Some((chunks, read));
        }
        let value = js_sys::Reflect::get(&chunk, &JsValue::from_str("value")).ok()?;
        let bytes = value.dyn_into::<Uint8Array>().ok()?;
        read = read.saturating_add(u64::from(bytes.length()));
        chunks.push(&bytes);
    }
    // The rest of the file is not needed.
    let _ = reader.cancel();
    Some((chunks, read))
}

/// The first `len` bytes of `chunks`, copied into the wasm.
fn head_of(chunks: &js_sys::Array, len: usize) -> Vec<u8> {
    let mut head = Vec::with_capacity(len.min(1 << 20));
    for chunk in chunks.iter() {
        let room = len.saturating_sub(head.len());
        if room == 0 {
            break;
        }
        let chunk: Uint8Array = chunk.unchecked_into();
        let take = room.min(chunk.length() as usize) as u32;
        head.extend(chunk.subarray(0, take).to_vec());
    }
    head
}
