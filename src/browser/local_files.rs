//! Local files (picked, dropped, pasted, fitted, grabbed from a clip) kept as Blobs in the
//! device's store under their content key, and named in the form, the history and the sets
//! by a short reference ([`LocalRef`]). The `data:` URI RunComfy takes is built from the
//! bytes only when a request is sent ([`with_files_inline`]).
//!
//! A file the store refuses (no IndexedDB, the quota) is still held for this page; after a
//! reload its reference finds nothing and the form says so. One the quota refused is listed
//! ([`not_kept`]) until space is made and it is kept ([`keep_again`]).

use std::cell::RefCell;

use leptos::prelude::*;
use serde_json::{Map, Value};
use web_sys::Blob;

use super::bytes::read_data_url;
use super::media_store::{self, StoreError};
use super::storage;
use crate::core::media::local_file::{keys_named_in, LocalRef};
use crate::core::text::small_map::SmallMap;

thread_local! {
    /// The files of this page, by content key: read once, never from the store again.
    static HELD: RefCell<SmallMap<Blob>> = RefCell::new(SmallMap::new());
    /// A `blob:` address of each file shown, by content key: one per file for the page.
    static SHOWN: RefCell<SmallMap<String>> = RefCell::new(SmallMap::new());
    /// The files the full store refused, by content key, with their bytes.
    static NOT_KEPT: ArcRwSignal<SmallMap<f64>> = ArcRwSignal::new(SmallMap::new());
}

/// Keeps `blob` (whose bytes are a `mime` file) on this device and returns its reference.
/// A file the store refuses is held for this page only.
pub async fn keep(blob: &Blob, mime: &str) -> LocalRef {
    let key = media_store::content_key(blob).await;
    HELD.with(|held| held.borrow_mut().insert(key.clone(), blob.clone()));
    if media_store::put_blob(&key, blob).await == Err(StoreError::Full) {
        NOT_KEPT.with(|not_kept| {
            not_kept.update(|keys| {
                keys.insert(key.clone(), blob.size());
            })
        });
    }
    let mime = if mime.is_empty() {
        "application/octet-stream"
    } else {
        mime
    };
    LocalRef {
        key,
        mime: mime.to_owned(),
        bytes: blob.size() as u64,
    }
}

/// The size of the file under `key` when the full store refused it (tracked).
pub fn not_kept(key: &str) -> Option<f64> {
    NOT_KEPT.with(|not_kept| not_kept.with(|keys| keys.get(key).copied()))
}

/// Tries again to keep the file under `key` that the full store refused (after space was
/// made); `true` when it is kept now.
pub async fn keep_again(key: &str) -> bool {
    let Some(blob) = HELD.with(|held| held.borrow().get(key).cloned()) else {
        return false;
    };
    let kept = media_store::put_blob(key, &blob).await.is_ok();
    if kept {
        NOT_KEPT.with(|not_kept| {
            not_kept.update(|keys| {
                keys.remove(key);
            })
        });
    }
    kept
}

/// How long a file given in some tab is kept although nothing saved names it yet.
const SWEEP_GRACE_MS: f64 = 24.0 * 60.0 * 60.0 * 1000.0;

/// Deletes from the store the local files that nothing on this device names any more (a
/// form's file replaced, a job deleted), but those of this page and those given in the
/// last day (another tab may hold one it has not saved).
pub async fn sweep() {
    let mut named: std::collections::HashSet<String> = storage::all_texts()
        .iter()
        .flat_map(|text| keys_named_in(text))
        .collect();
    HELD.with(|held| named.extend(held.borrow().iter().map(|(key, _)| key.clone())));
    let _ = media_store::sweep(&named, SWEEP_GRACE_MS).await;
}

/// The bytes a reference names, from this page or the store; `None` when they are gone.
pub async fn open(reference: &LocalRef) -> Option<Blob> {
    if let Some(blob) = HELD.with(|held| held.borrow().get(&reference.key).cloned()) {
        return Some(blob);
    }
    let blob = media_store::blob(&reference.key).await?;
    HELD.with(|held| {
        held.borrow_mut()
            .insert(reference.key.clone(), blob.clone())
    });
    Some(blob)
}

/// A `blob:` address to show a file a value names: the address itself for a file on the
/// web (or a `data:` URI), the kept file's for a reference; `None` when that is gone.
pub async fn shown_url(value: &str) -> Option<String> {
    let Some(reference) = LocalRef::parse(value) else {
        return Some(value.to_owned());
    };
    if let Some(url) = SHOWN.with(|shown| shown.borrow().get(&reference.key).cloned()) {
        return Some(url);
    }
    let blob = open(&reference).await?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    SHOWN.with(|shown| shown.borrow_mut().insert(reference.key, url.clone()));
    Some(url)
}

/// The request body as RunComfy takes it: every reference (a value, or an item of a list)
/// replaced by its file's `data:` URI. `Err` when a file is no longer on this device.
pub async fn with_files_inline(body: &Map<String, Value>) -> Result<Map<String, Value>, LocalRef> {
    let mut sent = Map::new();
    for (name, value) in body {
        let value = match value {
            Value::Array(items) => {
                let mut inline = Vec::with_capacity(items.len());
                for item in items {
                    inline.push(inline_value(item).await?);
                }
                Value::Array(inline)
            }
            other => inline_value(other).await?,
        };
        sent.insert(name.clone(), value);
    }
    Ok(sent)
}

async fn inline_value(value: &Value) -> Result<Value, LocalRef> {
    let Some(reference) = value.as_str().and_then(LocalRef::parse) else {
        return Ok(value.clone());
    };
    let Some(blob) = open(&reference).await else {
        return Err(reference);
    };
    match read_data_url(&blob, Some(&reference.mime)).await {
        Ok(uri) => Ok(Value::String(uri)),
        Err(_) => Err(reference),
    }
}
