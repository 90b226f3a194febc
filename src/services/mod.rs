//! Services: the app's long-running work (submitting and watching jobs, checking
//! input files, the catalog, the language files), off the components.

pub mod catalog;
pub mod extend;
pub mod image_queue;
pub mod jobs;
pub mod language;
pub mod media_check;
