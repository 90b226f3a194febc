//! Input files: formats read from their bytes, limits, where they come from, a video's frames.

pub mod data_uri;
pub mod format;
pub mod frame;
pub mod image_format;
pub mod image_rules;
pub mod limits;
pub mod local_file;
pub mod source;
