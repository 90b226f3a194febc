//! Services: the app's long-running work (submitting and watching jobs, checking
//! input files, the catalog), off the components.

pub mod catalog;
pub mod extend;
pub mod image_queue;
pub mod jobs;
pub mod media_check;
