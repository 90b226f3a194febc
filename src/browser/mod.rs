//! Browser glue: the Image API, media elements, canvas, storage, clock, visibility. No
//! rules live here: it measures and performs, and asks `wan-core` what the measurements
//! mean.

pub mod bytes;
pub mod deadline;
pub mod files;
pub mod film_blob;
pub mod image_fit;
pub mod image_probe;
pub mod json;
pub mod local_files;
pub mod media_probe;
pub mod media_store;
pub mod notify;
pub mod page;
pub mod storage;
pub mod tab_channel;
pub mod tab_lock;
pub mod video_frame;
pub mod zip_blob;
