//! Small facts about the page: the clock, randomness, visibility, the clipboard.

/// Milliseconds since the epoch, from the browser's clock.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// A moment as the user's locale writes it, and as ISO 8601 (for `<time datetime>`).
pub fn local_time(ms: f64) -> (String, String) {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
    (
        date.to_locale_string("default", &wasm_bindgen::JsValue::UNDEFINED)
            .into(),
        date.to_iso_string().into(),
    )
}

/// A uniform random number in `[0, 1)`.
pub fn random() -> f64 {
    js_sys::Math::random()
}

/// A random seed over the whole 32-bit range the model accepts.
pub fn random_seed() -> u32 {
    (random() * 4_294_967_296.0) as u32
}

/// Whether the tab is in the background (polling slows down then).
pub fn is_hidden() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Hidden)
}

/// Asks the user a yes/no question in the browser's own dialog; `false` if refused or
/// impossible.
pub fn confirm(question: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.confirm_with_message(question).ok())
        .unwrap_or(false)
}

/// Copies text to the clipboard; the browser may refuse (no permission, no focus).
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}
