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
    /// Its bytes (all of them, or the head asked for).
    Bytes {
        /// The bytes read.
        bytes: Vec<u8>,
        /// The `Content-Type` the host gave.
        content_type: String,
        /// The whole file's size, when known.
        size: Option<u64>,
    },
    /// The host answered with an error status.
    Status(u16),
    /// No answer the page may read: unreachable, too slow, or refused by CORS.
    Blocked,
}

/// Fetches `url` without credentials (it goes to a third party): every byte, or with
/// `head` only about that many from the start (the rest is not downloaded; the size then
/// comes from `Content-Length`).
pub async fn fetch_file(url: &str, head: Option<usize>) -> Fetched {
    let deadline = Deadline::after_ms(URL_TIMEOUT_MS);
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
    let read = match head {
        None => response.binary().await.ok(),
        Some(limit) => read_stream_head(response.into(), limit).await,
    };
    match read {
        Some(bytes) => Fetched::Bytes {
            size: if head.is_none() {
                Some(bytes.len() as u64)
            } else {
                length
            },
            bytes,
            content_type,
        },
        None => Fetched::Blocked,
    }
}

/// Reads a response's body until `limit` bytes (or its end), then lets the rest go.
async fn read_stream_head(response: web_sys::Response, limit: usize) -> Option<Vec<u8>> {
    let body = response.body()?;
    let reader: web_sys::ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let mut bytes = Vec::new();
    while bytes.len() < limit {
        let chunk = JsFuture::from(reader.read()).await.ok()?;
        let done = js_sys::Reflect::get(&chunk, &JsValue::from_str("done")).ok()?;
        if done.as_bool() == Some(true) {
            break;
        }
        let value = js_sys::Reflect::get(&chunk, &JsValue::from_str("value")).ok()?;
        bytes.extend(value.dyn_into::<Uint8Array>().ok()?.to_vec());
    }
    // The rest of the file is not needed.
    let _ = reader.cancel();
    Some(bytes)
}
