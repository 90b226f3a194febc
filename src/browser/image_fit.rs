//! "Fit to limits": scales an image down on a canvas and flattens transparency on white.

use js_sys::Promise;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, CanvasRenderingContext2d, HtmlCanvasElement};

use super::image_probe::load_image;
use crate::core::media::image_rules::fit_within;
use crate::core::media::source::ImageSourceError;

/// JPEG keeps a flattened photo small and has no alpha channel to reject.
const OUTPUT_TYPE: &str = "image/jpeg";
const OUTPUT_QUALITY: f64 = 0.92;

/// Redraws the image at `src` so its longer side is at most `max_side`, on white, as JPEG.
pub async fn fit_image(src: &str, max_side: u32) -> Result<Blob, ImageSourceError> {
    let img = load_image(src).await?;
    let (width, height) = fit_within(img.natural_width(), img.natural_height(), max_side);
    let canvas: HtmlCanvasElement = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("canvas").ok())
        .and_then(|e| e.dyn_into().ok())
        .ok_or(ImageSourceError::Unreadable)?;
    canvas.set_width(width);
    canvas.set_height(height);
    let context: CanvasRenderingContext2d = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into().ok())
        .ok_or(ImageSourceError::Unreadable)?;
    context.set_fill_style_str("#ffffff");
    context.fill_rect(0.0, 0.0, f64::from(width), f64::from(height));
    context
        .draw_image_with_html_image_element_and_dw_and_dh(
            &img,
            0.0,
            0.0,
            f64::from(width),
            f64::from(height),
        )
        .map_err(|_| ImageSourceError::Unreadable)?;
    canvas_to_blob(&canvas).await
}

async fn canvas_to_blob(canvas: &HtmlCanvasElement) -> Result<Blob, ImageSourceError> {
    let mut failed = false;
    let promise = Promise::new(&mut |resolve, _reject| {
        let done = Closure::once_into_js(move |blob: JsValue| {
            let _ = resolve.call1(&JsValue::NULL, &blob);
        });
        failed = canvas
            .to_blob_with_type_and_encoder_options(
                done.unchecked_ref(),
                OUTPUT_TYPE,
                &JsValue::from_f64(OUTPUT_QUALITY),
            )
            .is_err();
    });
    if failed {
        // A canvas tainted by a cross-origin image cannot be exported.
        return Err(ImageSourceError::Unreadable);
    }
    let blob = JsFuture::from(promise)
        .await
        .map_err(|_| ImageSourceError::Unreadable)?;
    blob.dyn_into::<Blob>()
        .map_err(|_| ImageSourceError::Unreadable)
}
