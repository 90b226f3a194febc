//! Small facts about the page: the clock, randomness, visibility, the clipboard, the
//! languages, the focus.

use wasm_bindgen::{JsCast, JsValue};

use crate::core::i18n::Lang;

/// The user's time zone, in minutes ahead of UTC (what days and months are counted in).
pub fn utc_offset_min() -> f64 {
    -js_sys::Date::new_0().get_timezone_offset()
}

/// Milliseconds since the epoch, from the browser's clock.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// A moment as `lang` writes it (in the user's time zone).
pub fn local_time(ms: f64, lang: Lang) -> String {
    js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms))
        .to_locale_string(lang.tag(), &wasm_bindgen::JsValue::UNDEFINED)
        .into()
}

/// A moment as ISO 8601, for `<time datetime>`.
pub fn iso_time(ms: f64) -> String {
    js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms))
        .to_iso_string()
        .into()
}

/// The languages the browser prefers, best first (`navigator.languages`).
pub fn preferred_languages() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let mut tags: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .collect();
    if tags.is_empty() {
        tags.extend(navigator.language());
    }
    tags
}

/// Tells the browser (and screen readers, spell checkers, hyphenation) the page's language.
pub fn set_document_lang(lang: Lang) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang.tag());
    }
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

/// Whether `target` has a member `name` (a browser API that some browsers lack), without
/// calling into it: a getter that throws (storage in a private mode) counts as missing.
pub fn has_member(target: &JsValue, name: &str) -> bool {
    js_sys::Reflect::get(target, &JsValue::from_str(name))
        .is_ok_and(|value| !value.is_undefined() && !value.is_null())
}

/// Whether the page may write to the clipboard: `navigator.clipboard` exists only on
/// secure pages (https, localhost), and not in every browser.
pub fn can_copy() -> bool {
    web_sys::window()
        .map(|w| JsValue::from(w.navigator()))
        .and_then(|navigator| js_sys::Reflect::get(&navigator, &"clipboard".into()).ok())
        .is_some_and(|clipboard| has_member(&clipboard, "writeText"))
}

/// Copies text to the clipboard; `false` when the browser refuses (no permission, no
/// focus) or has no clipboard for this page.
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window().filter(|_| can_copy()) else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// The width from which the page shows two columns (`style/main.css`, `min-width: 1024px`).
const TWO_COLUMNS_FROM_PX: f64 = 1024.0;

/// Scrolls `element` into view where the page is one column (a phone), so what just
/// appeared below the inputs is seen; two columns show it already.
pub fn reveal_if_one_column(element: &web_sys::Element) {
    let width = web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|w| w.as_f64());
    if width.is_some_and(|w| w < TWO_COLUMNS_FROM_PX) {
        element.scroll_into_view();
    }
}

/// Marks a moment on the page's performance timeline (`performance.mark`), for `make bench`.
pub fn mark(name: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(performance) = js_sys::Reflect::get(&window, &JsValue::from_str("performance")) else {
        return;
    };
    if let Ok(mark) = js_sys::Reflect::get(&performance, &JsValue::from_str("mark")) {
        if let Ok(mark) = mark.dyn_into::<js_sys::Function>() {
            let _ = mark.call1(&performance, &JsValue::from_str(name));
        }
    }
}

/// Moves the focus to the first of these elements that exists.
pub fn focus_first(ids: &[&str]) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(element) = ids
        .iter()
        .find_map(|id| document.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

/// Moves the focus to the element `id` once the page has been redrawn (it may be drawn
/// only then).
pub fn focus_soon(id: String) {
    leptos::prelude::request_animation_frame(move || focus_first(&[&id]));
}
