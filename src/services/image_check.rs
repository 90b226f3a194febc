//! Checks an image for one image property: measures it in the browser, then asks the core
//! which of the schema's limits it breaks.

use web_sys::Blob;

use crate::browser::image_fit::fit_image;
use crate::browser::image_probe::{probe_blob, probe_url};
use crate::core::i18n::Lang;
use crate::core::image_rules::{check_image, max_side};
use crate::core::image_source::ImageSourceError;
use crate::core::schema::Validation;
use crate::state::ImageField;

/// Where an image comes from.
pub enum ImageSource {
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

/// Measures `source` and checks it against `validations`.
pub async fn check(validations: &[Validation], source: ImageSource, lang: Lang) -> ImageField {
    let texts = lang.texts();
    let probed = match source {
        ImageSource::Url(url) if url.trim_start().starts_with("data:") => {
            match data_uri_blob(url.trim()).await {
                Ok(blob) => probe_blob(&blob, texts.local_image).await,
                Err(error) => Err(error),
            }
        }
        ImageSource::Url(url) => probe_url(&url).await,
        ImageSource::Blob { blob, label } => probe_blob(&blob, &label).await,
        ImageSource::FittedCopy { preview_url, label } => {
            let longest = max_side(validations).unwrap_or(u32::MAX);
            match fit_image(&preview_url, longest).await {
                Ok(blob) => {
                    let mark = format!(" ({})", texts.fitted);
                    let label = format!("{}{mark}", label.trim_end_matches(&mark));
                    probe_blob(&blob, &label).await
                }
                Err(error) => Err(error),
            }
        }
    };
    match probed {
        Ok(image) => ImageField::Ready {
            problems: check_image(validations, &image.facts),
            image,
        },
        Err(error) => ImageField::Failed(error),
    }
}

/// A `data:` URI back to bytes (fetch reads them without any network).
async fn data_uri_blob(uri: &str) -> Result<Blob, ImageSourceError> {
    let response = gloo_net::http::Request::get(uri)
        .send()
        .await
        .map_err(|_| ImageSourceError::Unreadable)?;
    let raw: web_sys::Response = response.into();
    let promise = raw.blob().map_err(|_| ImageSourceError::Unreadable)?;
    let blob = wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map_err(|_| ImageSourceError::Unreadable)?;
    Ok(wasm_bindgen::JsCast::unchecked_into(blob))
}
