//! Files that leave the app together: the layout of a ZIP archive of stored files, and of
//! one MP4 joined from clips.

pub mod mp4_join;
pub mod zip;
