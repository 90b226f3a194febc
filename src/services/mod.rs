//! Services: the app's long-running work (submitting and watching jobs, checking
//! input files), off the components.

pub mod jobs;
pub mod media_check;
