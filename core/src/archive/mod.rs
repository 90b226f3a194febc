//! Files that leave the app together: the layout of a ZIP archive of stored files.

pub mod zip;
