//! The pure core: every decision the app makes, free of `web-sys` and Leptos, so
//! `cargo test -p wan-core` checks it on the host in seconds.
//!
//! The folders are layers, listed from the bottom up; each uses only those before it:
//! [`text`] (number and text helpers) and [`archive`] (ZIP layout) → [`i18n`] (languages and sentences) → [`schema`]
//! (the input schema and the kind of file each field takes) → [`media`] (input files) →
//! [`form`] (values, request body, share links) → [`api`] (RunComfy's answers and errors)
//! → [`catalog`] (models and prices) → [`job`] (jobs, sets, chains, history).
//! `scripts/import_graph.py` checks that no import runs back up.

pub mod api;
pub mod archive;
pub mod catalog;
pub mod form;
pub mod i18n;
pub mod job;
pub mod media;
pub mod schema;
pub mod text;
