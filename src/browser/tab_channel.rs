//! The other tabs of this site: short messages through a `BroadcastChannel` (a tab does not
//! hear its own). Feature-tested: without the API a tab is on its own, as before.

use std::cell::RefCell;

use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{BroadcastChannel, MessageEvent};

const NAME: &str = "wan-i2v";

thread_local! {
    static CHANNEL: RefCell<Option<BroadcastChannel>> = const { RefCell::new(None) };
}

fn channel() -> Option<BroadcastChannel> {
    if let Some(channel) = CHANNEL.with(|c| c.borrow().clone()) {
        return Some(channel);
    }
    let window = web_sys::window()?;
    if !js_sys::Reflect::has(&window, &JsValue::from_str("BroadcastChannel")).unwrap_or(false) {
        return None;
    }
    let channel = BroadcastChannel::new(NAME).ok()?;
    CHANNEL.with(|c| *c.borrow_mut() = Some(channel.clone()));
    Some(channel)
}

/// Tells the other tabs `message`.
pub fn post(message: &str) {
    if let Some(channel) = channel() {
        let _ = channel.post_message(&JsValue::from_str(message));
    }
}

/// Calls `on_message` with each message another tab posts (text only; anything else is
/// passed over).
pub fn listen(on_message: impl Fn(String) + 'static) {
    let Some(channel) = channel() else {
        return;
    };
    let handler = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        if let Some(text) = event.data().as_string() {
            on_message(text);
        }
    });
    channel.set_onmessage(Some(handler.as_ref().unchecked_ref()));
    // The page's one listener lives as long as the page.
    handler.forget();
}
