//! Wan 2.2 Image-to-Video: run RunComfy's model from the browser.
//!
//! Two rings: the `wan-core` crate (`core/`) is plain Rust (schema, rules, request body,
//! API types, job state machine) and is tested on the host; everything here is the shell
//! around it: [`api`] (the one RunComfy client), [`browser`] (Image API, canvas, storage),
//! [`services`] (submitting and watching jobs), [`state`] and [`kept`] (what is kept on
//! this device), and [`components`] (Leptos). [`split`] is the release build's split into
//! two wasm modules: a component or service the first screen does not need says so where
//! it is defined (`split!`), and its callers await it (`later!`).

pub use wan_core as core;

pub mod api;
pub mod browser;
pub mod components;
pub mod kept;
pub mod services;
pub mod split;
pub mod state;
