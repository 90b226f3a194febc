//! A ZIP of Blobs, as one Blob: the archive's own bytes from `wan-core` around the files,
//! which the browser joins without copying them into the wasm. Only their CRC-32 is read
//! here, a slice at a time.

use js_sys::{Array, Uint8Array};
use wasm_bindgen_futures::JsFuture;
use web_sys::Blob;

use crate::core::archive::zip::{layout, Crc32, DosTime, Entry, Part, ZipError};

/// How much of a file is read at once for its checksum.
const SLICE: f64 = 8.0 * 1024.0 * 1024.0;

/// One archive of `files` (name, bytes), stored, dated `when`. `Err` when they do not fit a
/// plain ZIP, or a file could not be read (`None`).
pub async fn zip_blobs(files: &[(String, Blob)], when: DosTime) -> Result<Blob, Option<ZipError>> {
    let mut entries = Vec::with_capacity(files.len());
    for (name, blob) in files {
        entries.push(Entry {
            name: name.clone(),
            size: blob.size() as u64,
            crc32: checksum(blob).await.ok_or(None)?,
        });
    }
    let parts = layout(&entries, when).map_err(Some)?;
    let joined = Array::new();
    for part in parts {
        match part {
            Part::Bytes(bytes) => joined.push(&Uint8Array::from(bytes.as_slice())),
            Part::File(index) => joined.push(&files[index].1),
        };
    }
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/zip");
    Blob::new_with_blob_sequence_and_options(&joined, &options).map_err(|_| None)
}

/// The CRC-32 of a blob's bytes.
async fn checksum(blob: &Blob) -> Option<u32> {
    let mut crc = Crc32::default();
    let mut at = 0.0;
    while at < blob.size() {
        let slice = blob
            .slice_with_f64_and_f64(at, (at + SLICE).min(blob.size()))
            .ok()?;
        let buffer = JsFuture::from(slice.array_buffer()).await.ok()?;
        crc.update(&Uint8Array::new(&buffer).to_vec());
        at += SLICE;
    }
    Some(crc.finish())
}

/// Today's local date and time, as ZIP stores it.
pub fn now() -> DosTime {
    let date = js_sys::Date::new_0();
    DosTime::new(
        date.get_full_year(),
        date.get_month() + 1,
        date.get_date(),
        date.get_hours(),
        date.get_minutes(),
        date.get_seconds(),
    )
}
