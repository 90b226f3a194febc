//! Web Locks (`navigator.locks`): work that one tab of this site does at a time (watching
//! a job, sending a set). Feature-tested: without the API (old browsers, some embedded
//! views) every tab does the work itself, as before.

use std::future::Future;

use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The browser's lock manager, if it has one.
fn locks() -> Option<Object> {
    let navigator = web_sys::window()?.navigator();
    let locks = Reflect::get(&navigator, &JsValue::from_str("locks")).ok()?;
    locks.dyn_into().ok()
}

/// A promise and the function that settles it.
fn promise() -> (Promise, Function) {
    let mut settle = None;
    let promise = Promise::new(&mut |resolve, _| settle = Some(resolve));
    // `Promise::new` calls its executor at once, so `settle` is set.
    (promise, settle.unwrap_or_else(nothing))
}

/// Asks for the lock `name`; resolves `granted` with `true` once this tab holds it (with
/// `false` when `if_available` and another tab holds it), and keeps it until `release` is
/// called.
fn request(locks: &Object, name: &str, if_available: bool) -> Option<(Promise, Function)> {
    let request: Function = Reflect::get(locks, &JsValue::from_str("request"))
        .ok()?
        .dyn_into()
        .ok()?;
    let (granted, grant) = promise();
    let (held, release) = promise();
    let callback = Closure::once_into_js(move |lock: JsValue| -> JsValue {
        let _ = grant.call1(&JsValue::NULL, &JsValue::from_bool(!lock.is_null()));
        if lock.is_null() {
            JsValue::UNDEFINED
        } else {
            held.into()
        }
    });
    let options = Object::new();
    let _ = Reflect::set(
        &options,
        &"ifAvailable".into(),
        &JsValue::from_bool(if_available),
    );
    let asked = request.call3(locks, &JsValue::from_str(name), &options, &callback);
    // A refused request (a sandboxed frame) rejects: then the tab does the work itself.
    let asked: Promise = asked.ok()?.dyn_into().ok()?;
    let catch = Reflect::get(&asked, &JsValue::from_str("catch")).ok()?;
    let _ = catch.unchecked_into::<Function>().call1(&asked, &nothing());
    Some((granted, release))
}

/// Runs `work` while this tab holds the lock `name`, after any other tab that holds it
/// has let it go (or closed). Without the Web Locks API, runs it at once.
pub async fn while_holding<T>(name: &str, work: impl Future<Output = T>) -> T {
    let Some((granted, release)) = locks().and_then(|locks| request(&locks, name, false)) else {
        return work.await;
    };
    let _ = JsFuture::from(granted).await;
    let result = work.await;
    let _ = release.call0(&JsValue::NULL);
    result
}

/// Runs `work` while this tab holds the lock `name`, if no other tab holds it now; `None`
/// when another does. Without the Web Locks API, runs it at once.
pub async fn if_free<T>(name: &str, work: impl Future<Output = T>) -> Option<T> {
    let Some((granted, release)) = locks().and_then(|locks| request(&locks, name, true)) else {
        return Some(work.await);
    };
    let free = JsFuture::from(granted).await.ok()?.as_bool() == Some(true);
    if !free {
        return None;
    }
    let result = work.await;
    let _ = release.call0(&JsValue::NULL);
    Some(result)
}

/// A function that does nothing (made from a closure: the page's policy allows no `eval`).
fn nothing() -> Function {
    Closure::once_into_js(|| {}).unchecked_into()
}
