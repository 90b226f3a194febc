//! The pure core: every decision the app makes, free of `web-sys` and Leptos, so
//! `cargo test -p wan-core` checks it on the host in seconds.

pub mod api_error;
pub mod api_types;
pub mod catalog;
pub mod chain;
pub mod decimal;
pub mod form;
pub mod frame;
pub mod history;
pub mod i18n;
pub mod image_batch;
pub mod image_format;
pub mod image_rules;
pub mod image_source;
pub mod job;
pub mod job_set;
mod json_text;
pub mod media_format;
pub mod media_kind;
pub mod media_limits;
pub mod media_source;
pub mod model_switch;
pub mod models;
pub mod persist;
pub mod price;
pub mod schema;
pub mod share;
pub mod small_map;
pub mod token;
pub mod upload;
