//! A local file as a form carries it: a `data:` URI, the file's bytes inline (an image of
//! up to ~13 MB, a video of more), where a file on the web is a URL.

/// Whether a value is a `data:` URI (a local image).
pub fn is_data_uri(text: &str) -> bool {
    text.trim_start()
        .get(..5)
        .is_some_and(|s| s.eq_ignore_ascii_case("data:"))
}
