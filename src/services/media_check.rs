//! Checks the file of one media field (an image, a video or an audio file): measures it in
//! the browser, then asks the core which of the schema's limits it breaks.

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;
use web_sys::Blob;

use crate::browser::bytes::data_uri_blob;
use crate::browser::image_fit::fit_image;
use crate::browser::image_probe::{probe_blob, probe_url, ProbedImage};
use crate::browser::local_files;
use crate::browser::media_probe::{probe_media_blob, probe_media_url};
use crate::core::i18n::Lang;
use crate::core::media::data_uri::is_data_uri;
use crate::core::media::image_rules::{check_image, max_bytes, max_side};
use crate::core::media::limits::{check_file_size, IMAGE_READ_CAP};
use crate::core::media::local_file::LocalRef;
use crate::core::media::source::ImageSourceError;
use crate::core::media::source::MediaSourceError;
use crate::core::schema::media_kind::MediaType;
use crate::core::schema::Validation;
use crate::split::{later, split, NotLoaded};
use crate::state::{AppState, MediaField};

/// Where a file comes from.
pub enum MediaSource {
    /// What the user typed or pasted in the URL field (or a restored `data:` URI).
    Url(String),
    /// A local file (picker, drop, paste).
    Blob {
        /// The bytes.
        blob: Blob,
        /// The file name shown to the user.
        label: String,
    },
    /// "Fit to limits": a scaled-down copy, flattened on white, of an image already shown.
    FittedCopy {
        /// The shown image (a `blob:` URL whose pixels the page may read).
        preview_url: String,
        /// Its label.
        label: String,
    },
}

impl MediaSource {
    /// "Fit to limits" of a measured image: its scaled-down, flattened copy (`None` for
    /// anything else).
    pub fn fitted_copy_of(field: &MediaField) -> Option<Self> {
        match field {
            MediaField::Image { image, .. } => Some(MediaSource::FittedCopy {
                preview_url: image.preview_url.clone(),
                label: image.label.clone(),
            }),
            _ => None,
        }
    }
}

/// A check of a media file, running.
pub type Check = Pin<Box<dyn Future<Output = MediaField>>>;

split! {
    /// Starts checking a media file against the property's rules ([`check`]), in the
    /// second module.
    pub fn check_media(kind: MediaType, rules: Vec<Validation>, source: MediaSource, lang: Lang) -> Check {
        Ok(Box::pin(async move { check(kind, &rules, source, lang).await }))
    }
}

/// Checks a media file in the second module ([`check_media`]); without it the file stays
/// unchecked and the app's notice says why.
pub async fn checked_media(
    state: AppState,
    kind: MediaType,
    rules: Vec<Validation>,
    source: MediaSource,
    lang: Lang,
) -> MediaField {
    match later!(check_media(kind, rules, source, lang)) {
        Ok(check) => check.await,
        Err(NotLoaded) => {
            state.part_missing.set(true);
            MediaField::Empty
        }
    }
}

/// Measures `source` for a field taking `kind` files and checks it against
/// `validations`.
pub async fn check(
    kind: MediaType,
    validations: &[Validation],
    source: MediaSource,
    lang: Lang,
) -> MediaField {
    // A restored local file (a reference, or the `data:` URI of an earlier release) is
    // measured as the file it was.
    let source = match source {
        MediaSource::Url(url) if LocalRef::parse(&url).is_some() => {
            let found = match LocalRef::parse(&url) {
                Some(reference) => local_files::open(&reference).await,
                None => None,
            };
            match found {
                Some(blob) => MediaSource::Blob {
                    blob,
                    label: lang.texts().of(kind).local(),
                },
                None if kind == MediaType::Image => {
                    return MediaField::ImageFailed(ImageSourceError::LocalFileGone)
                }
                None => return MediaField::MediaFailed(MediaSourceError::LocalFileGone { kind }),
            }
        }
        MediaSource::Url(url) if is_data_uri(&url) => match data_uri_blob(url.trim()).await {
            Ok(blob) => MediaSource::Blob {
                blob,
                label: lang.texts().of(kind).local(),
            },
            Err(_) if kind == MediaType::Image => {
                return MediaField::ImageFailed(ImageSourceError::Unreadable)
            }
            Err(_) => return MediaField::MediaFailed(MediaSourceError::Unreadable),
        },
        source => source,
    };
    if kind == MediaType::Image {
        return match probe_image(validations, source, lang).await {
            Ok(image) => MediaField::Image {
                problems: check_image(validations, &image.facts),
                image,
            },
            Err(error) => MediaField::ImageFailed(error),
        };
    }
    let probed = match source {
        MediaSource::Url(url) => probe_media_url(&url, kind).await,
        MediaSource::Blob { blob, label } => probe_media_blob(&blob, &label, kind).await,
        // Only images are fitted.
        MediaSource::FittedCopy { .. } => Err(MediaSourceError::Unreadable),
    };
    match probed {
        Ok(media) => MediaField::Media {
            problems: media
                .facts
                .bytes
                .and_then(|bytes| check_file_size(kind, validations, bytes, media.local))
                .into_iter()
                .collect(),
            media,
        },
        Err(error) => MediaField::MediaFailed(error),
    }
}

/// Measures an image.
async fn probe_image(
    validations: &[Validation],
    source: MediaSource,
    lang: Lang,
) -> Result<ProbedImage, ImageSourceError> {
    match source {
        // Past the model's own limit the file fails anyway: reading stops there.
        MediaSource::Url(url) => {
            probe_url(&url, max_bytes(validations).unwrap_or(IMAGE_READ_CAP)).await
        }
        MediaSource::Blob { blob, label } => probe_blob(&blob, &label).await,
        MediaSource::FittedCopy { preview_url, label } => {
            let longest = max_side(validations).unwrap_or(u32::MAX);
            match fit_image(&preview_url, longest).await {
                Ok(blob) => {
                    let mark = format!(" ({})", lang.texts().fitted());
                    let label = format!("{}{mark}", label.trim_end_matches(&mark));
                    probe_blob(&blob, &label).await
                }
                Err(error) => Err(error),
            }
        }
    }
}
