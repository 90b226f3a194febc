//! Services: the app's long-running work (submitting and watching jobs), off the components.

pub mod catalog;
pub mod image_check;
pub mod jobs;
