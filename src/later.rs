//! What the first screen does not need: the result and the history (and restoring them,
//! with a queue of images and a picked frame), the settings dialog, choosing another model,
//! a queue of images, sharing, Generate with its reasons and price, the question before
//! invalid images are skipped, sending and watching jobs, checking media files and showing
//! what they are, lists of files, learning prices.
//!
//! In the release build (`--cfg wan_split`, see `scripts/env.sh`) every function here and
//! all the code only it reaches are split into a second wasm module by `wasm-split-cli`
//! (the `wasm_split` macro marks them, as Leptos's `#[lazy]` does). The first module then
//! paints the form sooner on a slow network; the second is fetched as soon as the app has
//! painted its first frame (`scripts/split.mjs`), so it is there before a person reaches
//! for it. In other builds (`trunk serve`, the component tests) the functions are plain
//! calls. Either way a call site goes through [`later!`], which awaits the module when
//! there is one.
//!
//! When the module cannot be fetched (the connection dropped during the first visit), the
//! call returns [`NotLoaded`]: the app says so once and loses nothing; a later call tries
//! again.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use leptos::prelude::*;
use leptos::reactive::computed::ScopedFuture;
use send_wrapper::SendWrapper;

use crate::components::{
    current_job::CurrentJob,
    generate_bar::{blocking_reasons, GenerateBar},
    image_queue::ImageQueueView,
    job_list::JobList,
    media_list::MediaList,
    media_status::file_status,
    model_panel::ModelPanel,
    settings_dialog::SettingsDialog,
    share_bar::ShareBar,
    skip_confirm::SkipConfirm,
    text::text,
};
use crate::core::i18n::Lang;
use crate::core::schema::media_kind::MediaType;
use crate::core::schema::{Property, Validation};
use crate::services::media_check::{self, MediaSource};
use crate::services::{catalog, image_queue, jobs};
use crate::state::{AppState, MediaField};

/// The second module could not be fetched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotLoaded;

#[cfg(wan_split)]
impl From<leptos::wasm_split::SplitLoaderError> for NotLoaded {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        NotLoaded
    }
}

/// Calls a function of this module from async code: `later!(later::results())` is its
/// `Result`, once the second module is there.
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

/// Marks a function as part of the second module (`later`), in the release build.
macro_rules! split {
    ($(#[$meta:meta])* pub fn $name:ident($($arg:ident: $ty:ty),*) -> $out:ty $body:block) => {
        $(#[$meta])*
        #[cfg_attr(
            wan_split,
            leptos::wasm_split::wasm_split(later, wasm_split_path = ::leptos::wasm_split, fallible)
        )]
        pub fn $name($($arg: $ty),*) -> Result<$out, NotLoaded> $body
    };
}

split! {
    /// The result and the history.
    pub fn results() -> AnyView {
        Ok(view! {
            <CurrentJob />
            <section class="jobs" aria-labelledby="jobs-heading">
                <h2 id="jobs-heading">{text(|t| t.jobs_heading())}</h2>
                <JobList />
            </section>
        }
        .into_any())
    }
}

split! {
    /// The settings dialog (closed).
    pub fn settings() -> AnyView {
        Ok(view! { <SettingsDialog /> }.into_any())
    }
}

split! {
    /// Choosing another model: RunComfy's catalog, or a pasted schema.
    pub fn model_panel() -> AnyView {
        Ok(view! { <ModelPanel /> }.into_any())
    }
}

split! {
    /// A queue of images in the image field (two or more picked at once).
    pub fn image_queue(property: String, into_single: Callback<(Option<String>, MediaField)>) -> AnyView {
        Ok(view! { <ImageQueueView property into_single /> }.into_any())
    }
}

split! {
    /// Sharing the inputs (link, cURL), under Generate.
    pub fn share_bar() -> AnyView {
        Ok(view! { <ShareBar /> }.into_any())
    }
}

split! {
    /// The question before a queue's invalid images are left out.
    pub fn skip_confirm() -> AnyView {
        Ok(view! { <SkipConfirm /> }.into_any())
    }
}

split! {
    /// Adds images to the queue of `property` ([`image_queue::add_files`]).
    pub fn add_images(state: AppState, property: String, files: Vec<(web_sys::Blob, String)>) -> () {
        image_queue::add_files(state, &property, files);
        Ok(())
    }
}

split! {
    /// Sends what the form holds ([`jobs::submit`]), when nothing blocks it.
    pub fn submit(state: AppState) -> () {
        // What the button obeys: nothing to fix, and no send under way.
        if blocking_reasons(state).is_empty() && !state.submitting.get_untracked() {
            jobs::submit(state);
        }
        Ok(())
    }
}

split! {
    /// Generate, its reasons and the price.
    pub fn generate_bar() -> AnyView {
        Ok(view! { <GenerateBar /> }.into_any())
    }
}

split! {
    /// Once the app has mounted: the jobs and sets kept on this device, the jobs still
    /// running watched again, a restored queue of images checked again, the prices learnt.
    pub fn resume(state: AppState) -> () {
        state.restore_kept();
        jobs::resume_all(state);
        jobs::recheck_on_base_change(state);
        image_queue::check_restored(state);
        catalog::learn_prices(state);
        Ok(())
    }
}

split! {
    /// What a media field shows about its file ([`file_status`]).
    pub fn media_status(kind: MediaType, field: Arc<MediaField>, lang: Lang, fit: Callback<()>, clear: Callback<()>) -> AnyView {
        Ok(file_status(kind, MediaField::clone(&field), lang, fit, clear))
    }
}

split! {
    /// A list of media files ([`MediaList`]).
    pub fn media_list(property: Property, required: bool) -> AnyView {
        Ok(view! { <MediaList property required /> }.into_any())
    }
}

/// A check of a media file, running.
pub type Check = Pin<Box<dyn Future<Output = MediaField>>>;

split! {
    /// Starts checking a media file against the property's rules ([`media_check::check`]).
    pub fn check_media(kind: MediaType, rules: Vec<Validation>, source: MediaSource, lang: Lang) -> Check {
        Ok(Box::pin(async move { media_check::check(kind, &rules, source, lang).await }))
    }
}

/// Checks a media file in the second module ([`check_media`]); without it the file stays
/// unchecked and the app's notice says why.
pub async fn checked_media(
    state: AppState,
    kind: MediaType,
    rules: Vec<Validation>,
    source: MediaSource,
    lang: Lang,
) -> MediaField {
    match later!(check_media(kind, rules, source, lang)) {
        Ok(check) => check.await,
        Err(NotLoaded) => {
            state.part_missing.set(true);
            MediaField::Empty
        }
    }
}

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
    view! { <p class="note notice" role="alert" data-testid="not-loaded">{text(|t| t.part_not_loaded())}</p> }
}
