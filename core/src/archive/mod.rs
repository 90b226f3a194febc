//! Files that leave the app together: the layout of a ZIP archive of stored files, of one
//! MP4 joined from clips, and the settings box an MP4 carries.

pub mod mp4_box;
pub mod mp4_join;
pub mod mp4_settings;
pub mod zip;
