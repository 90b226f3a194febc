//! Text and number helpers, hand-written where a crate would cost the wasm bytes.

pub mod decimal;
pub mod instant;
pub(crate) mod json_text;
pub mod small_map;
