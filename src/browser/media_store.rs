//! The device's store of media files: Blobs in IndexedDB (the `idb` crate), each kept once
//! under the SHA-256 of its bytes however many results name it, and beside them which web
//! address each came from. Used by the second module only.
//!
//! Everything is feature-tested: a browser without IndexedDB, or one that refuses it (a
//! private window, a blocked site), keeps nothing and says so with an `Err`; nothing here
//! panics.

use std::cell::RefCell;
use std::rc::Rc;

use idb::{Database, DatabaseEvent, Factory, ObjectStoreParams, TransactionMode};
use js_sys::{Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::Blob;

const DATABASE: &str = "wan-i2v";
const VERSION: u32 = 1;
/// Content key (`sha256-<hex>`) → Blob.
const BLOBS: &str = "blobs";
/// Web address → `{ key, bytes, type, kept_at }`, or `{ not_kept, kept_at }` for an
/// address that will never give its file (gone, too large), so it is not asked again.
const SOURCES: &str = "sources";

/// Why the store could not do something.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// No IndexedDB here, or the browser refuses it to this page.
    Unavailable,
    /// The browser's quota for this site is used up.
    Full,
    /// A read or write failed otherwise.
    Failed,
}

/// A file kept for a web address.
#[derive(Clone, Debug)]
pub struct KeptFile {
    /// The address it was downloaded from (the key the app knows it by).
    pub source: String,
    /// Its bytes (a handle: the browser reads them when they are played).
    pub blob: Blob,
    /// When it was kept (ms since the epoch).
    pub kept_at_ms: f64,
}

/// Everything the store holds.
#[derive(Default)]
pub struct Contents {
    /// The files kept, oldest first.
    pub files: Vec<KeptFile>,
    /// Addresses that will not give their file, each with the reason recorded by
    /// [`refuse`].
    pub refused: Vec<(String, String)>,
}

thread_local! {
    static OPEN: RefCell<Option<Rc<Database>>> = const { RefCell::new(None) };
}

/// The database, opened once per page.
async fn database() -> Result<Rc<Database>, StoreError> {
    if let Some(db) = OPEN.with(|open| open.borrow().clone()) {
        return Ok(db);
    }
    let factory = Factory::new().map_err(|_| StoreError::Unavailable)?;
    let mut request = factory
        .open(DATABASE, Some(VERSION))
        .map_err(|_| StoreError::Unavailable)?;
    request.on_upgrade_needed(|event| {
        let Ok(db) = event.database() else { return };
        for name in [BLOBS, SOURCES] {
            if !db.store_names().iter().any(|n| n == name) {
                let _ = db.create_object_store(name, ObjectStoreParams::new());
            }
        }
    });
    let db = Rc::new(request.await.map_err(|_| StoreError::Unavailable)?);
    OPEN.with(|open| *open.borrow_mut() = Some(db.clone()));
    Ok(db)
}

/// A transaction over both stores: the blobs and the addresses.
async fn both(
    mode: TransactionMode,
) -> Result<(idb::Transaction, idb::ObjectStore, idb::ObjectStore), StoreError> {
    let db = database().await?;
    let tx = db
        .transaction(&[BLOBS, SOURCES], mode)
        .map_err(|_| StoreError::Failed)?;
    let blobs = tx.object_store(BLOBS).map_err(|_| StoreError::Failed)?;
    let sources = tx.object_store(SOURCES).map_err(|_| StoreError::Failed)?;
    Ok((tx, blobs, sources))
}

/// Keeps `blob` as what `source` gave. The bytes are stored once, under their hash: a
/// file already kept (for another address) is not stored again.
pub async fn keep(source: &str, blob: &Blob) -> Result<(), StoreError> {
    let key = content_key(blob).await;
    let (tx, blobs, sources) = both(TransactionMode::ReadWrite).await?;
    let record = Object::new();
    set(&record, "key", &JsValue::from_str(&key));
    set(&record, "bytes", &JsValue::from_f64(blob.size()));
    set(&record, "type", &JsValue::from_str(&blob.type_()));
    set(&record, "kept_at", &JsValue::from_f64(js_sys::Date::now()));
    put_once(&blobs, &key, blob).await?;
    sources
        .put(&record, Some(&JsValue::from_str(source)))
        .map_err(write_error)?
        .await
        .map_err(write_error)?;
    committed(tx.await)
}

/// Stores a local file's bytes under `key` (its content key), unless they are there, and
/// when it was given (so [`sweep`] leaves a file alone that a tab may not have saved yet).
pub async fn put_blob(key: &str, blob: &Blob) -> Result<(), StoreError> {
    let (tx, blobs, sources) = both(TransactionMode::ReadWrite).await?;
    put_once(&blobs, key, blob).await?;
    let record = Object::new();
    set(&record, "local_at", &JsValue::from_f64(js_sys::Date::now()));
    sources
        .put(&record, Some(&JsValue::from_str(&local_name(key))))
        .map_err(write_error)?
        .await
        .map_err(write_error)?;
    committed(tx.await)
}

/// The name under which the store of addresses records a local file's arrival.
fn local_name(key: &str) -> String {
    format!("{}{key}", crate::core::media::local_file::PREFIX)
}

/// Deletes the local files nothing names any more: neither a kept result, nor `named` (the
/// keys every saved form, history and set names), nor given in the last `grace_ms`.
/// Returns how many went.
pub async fn sweep(
    named: &std::collections::HashSet<String>,
    grace_ms: f64,
) -> Result<usize, StoreError> {
    let (tx, blobs, sources) = both(TransactionMode::ReadWrite).await?;
    let failed = |_| StoreError::Failed;
    let stored = blobs
        .get_all_keys(None, None)
        .map_err(failed)?
        .await
        .map_err(failed)?;
    let names = sources
        .get_all_keys(None, None)
        .map_err(failed)?
        .await
        .map_err(failed)?;
    let records = sources
        .get_all(None, None)
        .map_err(failed)?
        .await
        .map_err(failed)?;
    let mut kept: std::collections::HashSet<String> = named.clone();
    let recent_after = js_sys::Date::now() - grace_ms;
    for (name, record) in names.iter().zip(&records) {
        if let Some(key) = get(record, "key").as_string() {
            kept.insert(key);
        } else if let (Some(name), Some(at)) = (name.as_string(), get(record, "local_at").as_f64())
        {
            if let Some(key) = name.strip_prefix(crate::core::media::local_file::PREFIX) {
                if at > recent_after {
                    kept.insert(key.to_owned());
                }
            }
        }
    }
    let mut gone = 0;
    for key in stored.iter().filter_map(JsValue::as_string) {
        if kept.contains(&key) {
            continue;
        }
        blobs
            .delete(JsValue::from_str(&key))
            .map_err(failed)?
            .await
            .map_err(failed)?;
        sources
            .delete(JsValue::from_str(&local_name(&key)))
            .map_err(failed)?
            .await
            .map_err(failed)?;
        gone += 1;
    }
    tx.await.map_err(failed)?;
    Ok(gone)
}

/// Puts `blob` under `key` in the store of blobs, unless bytes are there already (the
/// same content: the key is its hash).
async fn put_once(blobs: &idb::ObjectStore, key: &str, blob: &Blob) -> Result<(), StoreError> {
    let key = JsValue::from_str(key);
    let stored = blobs.get_key(key.clone()).map_err(|_| StoreError::Failed)?;
    if stored.await.map_err(|_| StoreError::Failed)?.is_none() {
        blobs
            .put(blob, Some(&key))
            .map_err(write_error)?
            .await
            .map_err(write_error)?;
    }
    Ok(())
}

/// A write transaction's end.
fn committed(end: Result<idb::TransactionResult, idb::Error>) -> Result<(), StoreError> {
    match end {
        Ok(idb::TransactionResult::Committed) => Ok(()),
        // Every write was taken, and the commit was not: the quota, checked at the end.
        Ok(idb::TransactionResult::Aborted) => Err(StoreError::Full),
        Err(error) => Err(write_error(error)),
    }
}

/// The bytes stored under `key`, if any.
pub async fn blob(key: &str) -> Option<Blob> {
    let db = database().await.ok()?;
    let tx = db.transaction(&[BLOBS], TransactionMode::ReadOnly).ok()?;
    let blobs = tx.object_store(BLOBS).ok()?;
    let found = blobs.get(JsValue::from_str(key)).ok()?.await.ok()??;
    found.dyn_into().ok()
}

/// Records that `source` will not give its file (`reason`, a short word), so the next
/// visit does not ask again.
pub async fn refuse(source: &str, reason: &str) -> Result<(), StoreError> {
    let db = database().await?;
    let tx = db
        .transaction(&[SOURCES], TransactionMode::ReadWrite)
        .map_err(|_| StoreError::Failed)?;
    let sources = tx.object_store(SOURCES).map_err(|_| StoreError::Failed)?;
    let record = Object::new();
    set(&record, "not_kept", &JsValue::from_str(reason));
    set(&record, "kept_at", &JsValue::from_f64(js_sys::Date::now()));
    sources
        .put(&record, Some(&JsValue::from_str(source)))
        .map_err(write_error)?
        .await
        .map_err(write_error)?;
    tx.await.map(|_| ()).map_err(write_error)
}

/// Everything kept: the files (oldest first) and the addresses refused.
pub async fn contents() -> Result<Contents, StoreError> {
    let (_tx, blobs, sources) = both(TransactionMode::ReadOnly).await?;
    let names = sources
        .get_all_keys(None, None)
        .map_err(|_| StoreError::Failed)?
        .await
        .map_err(|_| StoreError::Failed)?;
    let records = sources
        .get_all(None, None)
        .map_err(|_| StoreError::Failed)?
        .await
        .map_err(|_| StoreError::Failed)?;
    let mut contents = Contents::default();
    for (name, record) in names.into_iter().zip(records) {
        let Some(source) = name.as_string() else {
            continue;
        };
        if let Some(reason) = get(&record, "not_kept").as_string() {
            contents.refused.push((source, reason));
            continue;
        }
        // A record of another shape (another version, a damaged store) is passed over.
        let Some(key) = get(&record, "key").as_string() else {
            continue;
        };
        let Ok(request) = blobs.get(JsValue::from_str(&key)) else {
            continue;
        };
        let Ok(Some(blob)) = request
            .await
            .map(|b| b.and_then(|b| b.dyn_into::<Blob>().ok()))
        else {
            continue;
        };
        contents.files.push(KeptFile {
            source,
            blob,
            kept_at_ms: get(&record, "kept_at").as_f64().unwrap_or(0.0),
        });
    }
    contents
        .files
        .sort_by(|a, b| a.kept_at_ms.total_cmp(&b.kept_at_ms));
    Ok(contents)
}

/// Forgets what was kept for `source`; its bytes go too unless another address names them.
pub async fn forget(source: &str) -> Result<(), StoreError> {
    let (tx, blobs, sources) = both(TransactionMode::ReadWrite).await?;
    let record = sources
        .get(JsValue::from_str(source))
        .map_err(|_| StoreError::Failed)?
        .await
        .map_err(|_| StoreError::Failed)?;
    sources
        .delete(JsValue::from_str(source))
        .map_err(|_| StoreError::Failed)?
        .await
        .map_err(|_| StoreError::Failed)?;
    if let Some(key) = record.and_then(|r| get(&r, "key").as_string()) {
        let others = sources
            .get_all(None, None)
            .map_err(|_| StoreError::Failed)?
            .await
            .map_err(|_| StoreError::Failed)?;
        if !others
            .iter()
            .any(|r| get(r, "key").as_string().as_deref() == Some(&key))
        {
            blobs
                .delete(JsValue::from_str(&key))
                .map_err(|_| StoreError::Failed)?
                .await
                .map_err(|_| StoreError::Failed)?;
        }
    }
    tx.await.map(|_| ()).map_err(|_| StoreError::Failed)
}

/// Asks the browser to keep this site's store through storage pressure
/// (`navigator.storage.persist()`); `false` when it declines or cannot.
pub async fn ask_persistent() -> bool {
    let Some(manager) = storage_manager() else {
        return false;
    };
    let Ok(promise) = manager.persist() else {
        return false;
    };
    JsFuture::from(promise)
        .await
        .is_ok_and(|granted| granted.as_bool() == Some(true))
}

/// The bytes this site uses and the most it may use (`navigator.storage.estimate()`),
/// where the browser says.
pub async fn space() -> Option<(f64, f64)> {
    let promise = storage_manager()?.estimate().ok()?;
    let estimate = JsFuture::from(promise).await.ok()?;
    let usage = get(&estimate, "usage").as_f64()?;
    let quota = get(&estimate, "quota").as_f64()?;
    Some((usage, quota))
}

/// `navigator.storage`, where there is one (not on plain http, nor in old browsers).
fn storage_manager() -> Option<web_sys::StorageManager> {
    let navigator = web_sys::window()?.navigator();
    let manager = get(&navigator, "storage");
    manager.dyn_into().ok()
}

/// `sha256-<hex>` of the blob's bytes; where the page has no `crypto.subtle` (plain http
/// off localhost) or cannot read them, a key from the size and a random number, unique
/// enough for one file (the same bytes may then be stored twice).
pub async fn content_key(blob: &Blob) -> String {
    match sha256(blob).await {
        Some(digest) => {
            let mut key = String::with_capacity(7 + 64);
            key.push_str("sha256-");
            for byte in digest {
                key.push(char::from(b"0123456789abcdef"[usize::from(byte >> 4)]));
                key.push(char::from(b"0123456789abcdef"[usize::from(byte & 15)]));
            }
            key
        }
        None => format!("size-{}-{}", blob.size() as u64, random_suffix()),
    }
}

async fn sha256(blob: &Blob) -> Option<Vec<u8>> {
    let crypto = web_sys::window()?.crypto().ok()?;
    let subtle = get(crypto.as_ref(), "subtle");
    if subtle.is_undefined() || subtle.is_null() {
        return None;
    }
    let subtle: web_sys::SubtleCrypto = subtle.unchecked_into();
    let buffer = JsFuture::from(blob.array_buffer()).await.ok()?;
    let digest = subtle
        .digest_with_str_and_buffer_source("SHA-256", &buffer.unchecked_into())
        .ok()?;
    let digest = JsFuture::from(digest).await.ok()?;
    Some(Uint8Array::new(&digest).to_vec())
}

fn random_suffix() -> u64 {
    (js_sys::Math::random() * 1e15) as u64
}

/// A write's failure: the quota, or something else.
fn write_error(error: idb::Error) -> StoreError {
    let name = match &error {
        idb::Error::DomException(exception) => exception.name(),
        idb::Error::UpdateFailed(value) => get(value, "name").as_string().unwrap_or_default(),
        _ => String::new(),
    };
    if name == "QuotaExceededError" {
        StoreError::Full
    } else {
        StoreError::Failed
    }
}

fn set(object: &Object, name: &str, value: &JsValue) {
    let _ = Reflect::set(object, &JsValue::from_str(name), value);
}

fn get(object: &JsValue, name: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}
