//! The release build's split into two wasm modules: how a part loaded later is marked and
//! awaited. What the first screen does not need (the result and the history, the settings
//! dialog, choosing another model, a queue of images, sharing, Generate with its reasons
//! and price, the question before invalid images are skipped, sending and watching jobs,
//! checking media files and showing what they are, lists of files, learning prices) is
//! marked where it is defined, with [`split!`], as Leptos's `#[lazy]` does.
//!
//! In the release build (`--cfg wan_split`, see `scripts/env.sh`) every function marked
//! with [`split!`] and all the code only they reach go into one second wasm module, named
//! `later`, by `wasm-split-cli`: `wasm_split` names a module's loader and functions after
//! its first argument alone, so the marked functions may live in any file. The first module
//! then paints the form sooner on a slow network; the second is fetched as soon as the app
//! has painted its first frame (`scripts/split.mjs`), so it is there before a person
//! reaches for it. In other builds (`trunk serve`, the component tests) the functions are
//! plain calls. Either way a call site goes through [`later!`], which awaits the module
//! when there is one, and hands the result to [`view_of`], [`view_or`] or [`run`].
//!
//! When the module cannot be fetched (the connection dropped during the first visit), the
//! call returns [`NotLoaded`]: the app says so once ([`not_loaded`]) and loses nothing; a
//! later call tries again.
//!
//! This module knows no component and no service: they name it, not the other way round.

use std::future::Future;

use leptos::prelude::*;
use leptos::reactive::computed::ScopedFuture;
use send_wrapper::SendWrapper;

use crate::state::AppState;

/// The second module could not be fetched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotLoaded;

#[cfg(wan_split)]
impl From<leptos::wasm_split::SplitLoaderError> for NotLoaded {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        NotLoaded
    }
}

/// Calls a function marked with [`split!`] from async code:
/// `later!(settings_dialog::settings())` is its `Result`, once the second module is there.
#[cfg(wan_split)]
macro_rules! later {
    ($call:expr) => {
        $call.await
    };
}
#[cfg(not(wan_split))]
macro_rules! later {
    ($call:expr) => {
        $call
    };
}
pub(crate) use later;

/// Marks a function as part of the second module (`later`), in the release build. It
/// returns `Result<$out, NotLoaded>`; call it through [`later!`].
macro_rules! split {
    ($(#[$meta:meta])* pub fn $name:ident($($arg:ident: $ty:ty),*) -> $out:ty $body:block) => {
        $(#[$meta])*
        #[cfg_attr(
            wan_split,
            ::leptos::wasm_split::wasm_split(later, wasm_split_path = ::leptos::wasm_split, fallible)
        )]
        pub fn $name($($arg: $ty),*) -> Result<$out, $crate::split::NotLoaded> $body
    };
}
pub(crate) use split;

/// Runs an action of the second module in the app's scope; when the module cannot be
/// loaded, the app's notice says so.
pub fn run(state: AppState, action: impl Future<Output = Result<(), NotLoaded>> + 'static) {
    leptos::task::spawn_local_scoped(async move {
        if action.await.is_err() {
            state.part_missing.set(true);
        }
    });
}

/// A view of the second module, mounted once it is there; when it cannot be loaded, the
/// app's notice says so ([`not_loaded`]).
pub fn view_of(
    state: AppState,
    load: impl Future<Output = Result<AnyView, NotLoaded>> + 'static,
) -> impl IntoView {
    // Untracked: a signal the view reads while it is built must not build it again (the
    // view's own closures track what they show).
    Suspend::new(SendWrapper::new(ScopedFuture::new_untracked(async move {
        load.await.unwrap_or_else(|NotLoaded| {
            state.part_missing.set(true);
            ().into_any()
        })
    })))
}

/// [`view_of`], with `placeholder` in its place until it is there (or for good, when the
/// module cannot be loaded): for what the first screen shows at once, such as Generate.
pub fn view_or(
    state: AppState,
    placeholder: impl Fn() -> AnyView + Send + Sync + 'static,
    load: impl Future<Output = Result<AnyView, NotLoaded>> + 'static,
) -> impl IntoView {
    let here = RwSignal::new(false);
    let load = async move {
        let view = load.await;
        here.set(view.is_ok());
        view
    };
    // The view first: when it is there at once (the module loaded, or an unsplit build),
    // the placeholder is never built.
    view! {
        {view_of(state, load)}
        {move || (!here.get()).then(&placeholder)}
    }
}

/// Said once, at the top, when a part of the app could not be loaded.
pub fn not_loaded() -> impl IntoView {
    // The sentence follows the language switch, as `components::text` does.
    let lang = AppState::get().lang;
    view! {
        <p class="note notice" role="alert" data-testid="not-loaded">
            {move || lang.get().texts().part_not_loaded()}
        </p>
    }
}
