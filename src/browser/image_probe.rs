//! Measures an input image in the browser: pixel size from the Image API after decode,
//! byte size, format from the magic bytes, PNG transparency. Local files also become the
//! `data:` URI that is sent as `img_url`.

use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, HtmlImageElement, Url};

use super::bytes::{fetch_file, read_head, Fetched, Read, URL_TIMEOUT_MS};
use super::deadline::within;
use super::local_files;
use crate::core::media::image_format::{from_mime, png_has_alpha, sniff, ImageFormat};
use crate::core::media::image_rules::ImageFacts;
use crate::core::media::source::{ImageNote, ImageSourceError, SourceUrl};

/// Enough of the file's head for the magic bytes and the PNG chunks before the pixel data.
const HEAD_BYTES: i32 = 256 * 1024;

/// What the browser learned about an image.
#[derive(Clone, Debug, PartialEq)]
pub struct ProbedImage {
    /// The measurements the rules check.
    pub facts: ImageFacts,
    /// A URL the page can show (`blob:` for local files, the URL itself otherwise).
    pub preview_url: String,
    /// The value sent in the request: the https URL, or a `data:` URI for a local file.
    pub value: String,
    /// What the user gave: the file name or the URL.
    pub label: String,
    /// Whether the page may read the pixels (needed to fit the image on a canvas).
    pub pixels_readable: bool,
    /// Facts that could not be learned, said as notes, not errors.
    pub notes: Vec<ImageNote>,
}

/// Measures a local file (or a blob made by "Fit to limits").
pub async fn probe_blob(blob: &Blob, label: &str) -> Result<ProbedImage, ImageSourceError> {
    let head = read_head(blob, HEAD_BYTES).await.map_err(unreadable)?;
    let format = sniff(&head).or_else(|| from_mime(&blob.type_()));
    check_known_format(format.as_ref())?;
    let preview_url = Url::create_object_url_with_blob(blob).map_err(unreadable)?;
    let (width, height) = decoded_size(&preview_url).await?;
    // Named by what the bytes are, where they say; kept on the device, not in the form.
    let mime = format
        .as_ref()
        .map_or_else(|| blob.type_(), |f| f.mime().to_owned());
    let value = local_files::keep(blob, &mime).await.to_text();
    Ok(ProbedImage {
        facts: ImageFacts {
            width,
            height,
            bytes: Some(blob.size() as u64),
            has_alpha: format == Some(ImageFormat::Png) && png_has_alpha(&head),
            format,
        },
        preview_url,
        value,
        label: label.to_owned(),
        pixels_readable: true,
        notes: Vec::new(),
    })
}

/// Measures an image on the web. When the host lets the page read the file (CORS) every
/// fact is checked; otherwise the browser can still decode it for the pixel size, and the
/// size and format are left to RunComfy, which the notes say. Reading stops past `cap`
/// bytes (the model's limit, or the app's), which is then the error.
pub async fn probe_url(input: &str, cap: u64) -> Result<ProbedImage, ImageSourceError> {
    let source = SourceUrl::parse(input)?;
    let url = source.as_str().to_owned();
    let mut notes: Vec<ImageNote> = source.note().into_iter().collect();

    let read = Read::Whole {
        cap,
        head: HEAD_BYTES as usize,
    };
    match fetch_file(&url, read).await {
        Fetched::File {
            blob,
            head,
            content_type,
            size,
        } => {
            let format = sniff(&head).or_else(|| from_mime(&content_type));
            if format.is_none() {
                return Err(ImageSourceError::NotAnImage);
            }
            check_known_format(format.as_ref())?;
            let preview_url = Url::create_object_url_with_blob(&blob).map_err(unreadable)?;
            let (width, height) = decoded_size(&preview_url).await?;
            Ok(ProbedImage {
                facts: ImageFacts {
                    width,
                    height,
                    bytes: Some(size),
                    has_alpha: format == Some(ImageFormat::Png) && png_has_alpha(&head),
                    format,
                },
                preview_url,
                value: url.clone(),
                label: url,
                pixels_readable: true,
                notes,
            })
        }
        Fetched::Status(status) => Err(ImageSourceError::HttpStatus(status)),
        Fetched::TooLarge { cap } => Err(ImageSourceError::TooLarge { cap }),
        // (The whole file was asked for.)
        Fetched::Head { .. } | Fetched::Blocked => {
            // CORS hides the bytes; an <img> may still load it for display and its size.
            let (width, height) = decoded_size(&url)
                .await
                .map_err(|_| ImageSourceError::Unreachable)?;
            notes.push(ImageNote::BytesHidden);
            Ok(ProbedImage {
                facts: ImageFacts {
                    width,
                    height,
                    bytes: None,
                    format: None,
                    has_alpha: false,
                },
                preview_url: url.clone(),
                value: url.clone(),
                label: url,
                pixels_readable: false,
                notes,
            })
        }
    }
}

/// A format we recognise but the model does not take ends the probe early: some of them
/// (HEIC, TIFF) would not even decode, and the user needs the format message, not
/// "not an image".
fn check_known_format(format: Option<&ImageFormat>) -> Result<(), ImageSourceError> {
    match format {
        Some(f) if !f.is_supported() => Err(ImageSourceError::Unsupported(f.name().to_owned())),
        _ => Ok(()),
    }
}

/// The natural size after a full decode: the pixels the model will see.
pub async fn decoded_size(src: &str) -> Result<(u32, u32), ImageSourceError> {
    let img = load_image(src).await?;
    Ok((img.natural_width(), img.natural_height()))
}

/// Loads and decodes an image element.
pub async fn load_image(src: &str) -> Result<HtmlImageElement, ImageSourceError> {
    let img = HtmlImageElement::new().map_err(unreadable)?;
    img.set_src(src);
    within(URL_TIMEOUT_MS, JsFuture::from(img.decode()))
        .await
        .ok_or(ImageSourceError::Unreachable)?
        .map_err(|_| ImageSourceError::NotAnImage)?;
    if img.natural_width() == 0 || img.natural_height() == 0 {
        return Err(ImageSourceError::NotAnImage);
    }
    Ok(img)
}

fn unreadable<E>(_: E) -> ImageSourceError {
    ImageSourceError::Unreadable
}
