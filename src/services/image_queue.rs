//! The queue of an image field given several files at once (picker, drop, paste): each
//! file is read, kept, and checked with exactly the model's image rules, as a single image
//! would be. With two or more images the queue stands in for the field's single image;
//! when one is left, it becomes the single image again.

use leptos::prelude::*;
use leptos::task::spawn_local;
use web_sys::Blob;

use crate::browser::local_files;
use crate::core::job::batch::QueueCounts;
use crate::core::schema::media_kind::MediaType;
use crate::core::schema::{InputSchema, Widget};
use crate::services::media_check::{self, MediaSource};
use crate::split::split;
use crate::state::{AppState, ImageQueue, MediaField, QueuedImage};

/// The queue, when it stands for an image property of the current model: two or more
/// images for a property the schema still has as a single image.
pub fn active(queue: &ImageQueue, schema: &InputSchema) -> bool {
    queue.images.len() >= 2
        && schema
            .property(&queue.property)
            .is_some_and(|p| p.widget() == Widget::Image)
}

/// What the queue holds (valid, invalid, still checking), when it stands for an image of
/// the current model (tracked).
pub fn active_counts(state: AppState) -> Option<QueueCounts> {
    state.image_queue.with(|queue| {
        state
            .schema
            .with(|schema| active(queue, schema).then(|| queue.counts()))
    })
}

/// Whether the queue stands for `property` now (tracked).
pub fn is_active_for(state: AppState, property: &str) -> bool {
    state.image_queue.with(|queue| {
        queue.property == property && state.schema.with(|schema| active(queue, schema))
    })
}

split! {
    /// Adds images to the queue of `property` ([`add_files`]), in the second module.
    pub fn add_images(state: AppState, property: String, files: Vec<(Blob, String)>) -> () {
        add_files(state, &property, files);
        Ok(())
    }
}

/// Adds `files` (each with the name shown) to the queue of `property`, and checks each.
/// A queue of another property is replaced.
pub fn add_files(state: AppState, property: &str, files: Vec<(Blob, String)>) {
    let mut added = Vec::new();
    state.image_queue.update(|queue| {
        if queue.property != property {
            *queue = ImageQueue {
                property: property.to_owned(),
                images: Vec::new(),
            };
        }
        let first = queue.images.iter().map(|i| i.id + 1).max().unwrap_or(0);
        for ((blob, label), id) in files.into_iter().zip(first..) {
            queue.images.push(QueuedImage {
                id,
                label,
                file: None,
                check: MediaField::Checking,
            });
            added.push((id, blob));
        }
    });
    for (id, blob) in added {
        spawn_local(async move {
            // Kept as read, so a reload brings back the file and, with it, its reason.
            let file = Some(local_files::keep(&blob, &blob.type_()).await.to_text());
            let label = label_of(state, id);
            let checked = check(state, MediaSource::Blob { blob, label }).await;
            update(state, id, |image| {
                image.file = file;
                image.check = checked;
            });
        });
    }
}

/// Checks anew every image of a queue kept on the device (after a reload).
pub fn check_restored(state: AppState) {
    let pending: Vec<(u64, String)> = state.image_queue.with_untracked(|queue| {
        queue
            .images
            .iter()
            .filter_map(|i| Some((i.id, i.file.clone()?)))
            .collect()
    });
    for (id, file) in pending {
        spawn_local(async move {
            let checked = check(state, MediaSource::Url(file)).await;
            update(state, id, |image| image.check = checked);
        });
    }
}

/// "Fit to limits" for the queued image `id`: a scaled-down, flattened copy is checked
/// again and takes its place, as the file kept and sent.
pub fn fit(state: AppState, id: u64) {
    let source = state.image_queue.with_untracked(|queue| {
        queue
            .images
            .iter()
            .find(|i| i.id == id)
            .and_then(|i| MediaSource::fitted_copy_of(&i.check))
    });
    let Some(source) = source else {
        return;
    };
    update(state, id, |image| image.check = MediaField::Checking);
    spawn_local(async move {
        let checked = check(state, source).await;
        update(state, id, |image| {
            if let Some(copy) = checked.value() {
                image.file = Some(copy.to_owned());
            }
            image.check = checked;
        });
    });
}

/// Removes the image `id`; when one image is left, it becomes the field's single image
/// again (`into_single` puts it there), with its check.
pub fn remove(state: AppState, id: u64, into_single: impl FnOnce(Option<String>, MediaField)) {
    let mut left = None;
    state.image_queue.update(|queue| {
        queue.images.retain(|i| i.id != id);
        if queue.images.len() == 1 {
            left = queue.images.pop();
        }
    });
    if let Some(image) = left {
        into_single(image.check.value().map(str::to_owned), image.check);
    }
}

/// Empties the queue.
pub fn clear(state: AppState) {
    state.image_queue.update(|queue| queue.images.clear());
}

/// Measures one image with the model's rules for the queue's property.
async fn check(state: AppState, source: MediaSource) -> MediaField {
    let (property, lang) = (
        state.image_queue.with_untracked(|q| q.property.clone()),
        state.lang.get_untracked(),
    );
    let rules = state.schema.with_untracked(|schema| {
        schema
            .property(&property)
            .map(|p| p.media_validations())
            .unwrap_or_default()
    });
    media_check::checked_media(state, MediaType::Image, rules, source, lang).await
}

/// The name shown for the image `id`.
fn label_of(state: AppState, id: u64) -> String {
    state.image_queue.with_untracked(|queue| {
        queue
            .images
            .iter()
            .find(|i| i.id == id)
            .map(|i| i.label.clone())
            .unwrap_or_default()
    })
}

/// Applies `change` to the image `id`, if it is still queued.
fn update(state: AppState, id: u64, change: impl FnOnce(&mut QueuedImage)) {
    state.image_queue.update(|queue| {
        if let Some(image) = queue.images.iter_mut().find(|i| i.id == id) {
            change(image);
        }
    });
}
