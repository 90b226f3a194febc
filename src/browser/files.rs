//! Text files in and out: a download the user saves, a file the user picked.

use wasm_bindgen::JsCast;

/// Offers `text` as a download named `file_name`, of the MIME type `mime`; `false` if the
/// browser refused.
pub fn save_text_file(file_name: &str, text: &str, mime: &str) -> bool {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    match web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) {
        Ok(blob) => save_blob(file_name, &blob),
        Err(_) => false,
    }
}

/// Offers a blob as a download named `file_name`; `false` if the browser refused.
pub fn save_blob(file_name: &str, blob: &web_sys::Blob) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else {
        return false;
    };
    let link = document
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    let saved = link.is_some_and(|link| {
        link.set_href(&url);
        link.set_download(file_name);
        link.click();
        true
    });
    // The download reads the blob after this returns: revoke it a little later.
    gloo_timers::callback::Timeout::new(30_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    saved
}

/// Takes the file picked in `input` (clearing the input, so the same file can be picked
/// again) and returns its text, or `None` when nothing was picked or it cannot be read.
pub async fn take_picked_text(input: &web_sys::HtmlInputElement) -> Option<String> {
    let file = input.files().and_then(|files| files.get(0))?;
    input.set_value("");
    wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|text| text.as_string())
}
