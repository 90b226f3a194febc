//! The app's sentences in views: each one follows the language switch on its own, so a
//! switch changes text in place and keeps everything else (a playing video, an open panel).

use leptos::prelude::*;

use crate::state::{AppState, Sentence};

/// A sentence of the current language, for a view or an attribute:
/// `{text(|t| t.generate())}`. One closure type for every sentence, so each use costs
/// no new code.
pub fn text(pick: Sentence) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let lang = AppState::get().lang;
    move || pick(lang.get().texts())
}
