//! Telling the user a job finished while the tab was in the background: the document
//! title, and a system notification when they allowed it.

use wasm_bindgen::{closure::Closure, JsCast};
use web_sys::{Notification, NotificationOptions, NotificationPermission};

use crate::browser::page::has_member;

/// The page's own title, restored when the tab is visible again.
pub const TITLE: &str = "Wan 2.2 Image-to-Video";

/// Whether this browser has system notifications at all: iPhone Safari has none outside an
/// app added to the home screen, and calling into a missing `Notification` would throw
/// through the wasm.
pub fn supported() -> bool {
    web_sys::window().is_some_and(|w| has_member(&w, "Notification"))
}

/// Marks the title with `mark` ("✓ Done — …") and notifies, if allowed.
pub fn finished_in_background(mark: &str, detail: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(&format!("{mark} — {TITLE}"));
    }
    if allowed() {
        let options = NotificationOptions::new();
        options.set_body(detail);
        let _ = Notification::new_with_options(&format!("{mark}: {TITLE}"), &options);
    }
}

/// Whether notifications are allowed already.
pub fn allowed() -> bool {
    supported() && Notification::permission() == NotificationPermission::Granted
}

/// Asks for permission (the browser shows its prompt); `true` when granted.
pub async fn ask() -> bool {
    if !supported() {
        return false;
    }
    let Ok(promise) = Notification::request_permission() else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()
        .and_then(|answer| answer.as_string())
        .is_some_and(|answer| answer == "granted")
}

/// Restores the title whenever the tab becomes visible again.
pub fn restore_title_when_visible() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let target = document.clone();
    let on_change = Closure::<dyn Fn()>::new(move || {
        if target.visibility_state() == web_sys::VisibilityState::Visible {
            target.set_title(TITLE);
        }
    });
    let _ = document
        .add_event_listener_with_callback("visibilitychange", on_change.as_ref().unchecked_ref());
    // Lives as long as the page.
    on_change.forget();
}
