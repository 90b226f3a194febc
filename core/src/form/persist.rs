//! What of the form is kept on the device, and how it comes back.
//!
//! A local file is a short reference to bytes kept on this device
//! ([`crate::media::local_file`]); a form of an earlier release may still hold the `data:`
//! URI itself, more than a browser's storage quota allows beside everything else. Either can
//! be left out of what is stored or shared, and the rest survives.

use crate::form::FormValues;
use crate::media::local_file::is_local_file;
use crate::schema::InputSchema;

/// The form as restored: the schema's defaults, overwritten by what was saved for
/// properties the schema still has (a property removed from the schema is dropped).
pub fn restore_form(schema: &InputSchema, saved: FormValues) -> FormValues {
    let mut form = FormValues::defaults(schema);
    for (name, value) in saved.0 {
        if schema.property(&name).is_some() {
            form.set(&name, value);
        }
    }
    form
}

/// Whether a form value holds a local file: it is a reference or a `data:` URI, or one of
/// its lines is (a list keeps one file per line).
pub fn has_local_file(text: &str) -> bool {
    text.lines().any(is_local_line)
}

/// A value, or a line of a list, that is a local file: a reference or a `data:` URI, which
/// have no spaces (text such as "Data: the fox" is no file).
fn is_local_line(line: &str) -> bool {
    is_local_file(line) && !line.trim().contains(char::is_whitespace)
}

/// The form without local files, for a link or a store that refused the whole: each
/// value, and each line of a list, that is one goes; the other lines stay, in their order.
pub fn form_without_local_files(form: &FormValues) -> FormValues {
    let mut kept = FormValues::default();
    for (name, value) in &form.0 {
        if !has_local_file(value) {
            kept.set(name, value.clone());
            continue;
        }
        let lines: Vec<&str> = value.lines().filter(|l| !is_local_line(l)).collect();
        let lines = lines.join("\n");
        if !lines.trim().is_empty() {
            kept.set(name, lines);
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schema() -> InputSchema {
        InputSchema::builtin()
    }

    #[test]
    fn restore_keeps_saved_values_over_defaults_and_drops_unknown_names() {
        let mut saved = FormValues::default();
        saved.set("prompt", "a fox");
        saved.set("resolution", "1080P");
        saved.set("no_longer_in_schema", "x");
        let form = restore_form(&schema(), saved);
        assert_eq!(form.get("prompt"), "a fox");
        assert_eq!(form.get("resolution"), "1080P");
        assert_eq!(form.get("duration"), "5", "defaults fill the rest");
        assert_eq!(form.get("prompt_extend"), "true");
        assert!(!form.0.contains_key("no_longer_in_schema"));
    }

    #[test]
    fn data_uris_are_left_out_of_the_stored_form() {
        let mut form = FormValues::default();
        form.set("prompt", "a fox");
        form.set("img_url", "data:image/png;base64,iVBORw0KGgo=");
        let stored = form_without_local_files(&form);
        assert_eq!(stored.get("prompt"), "a fox");
        assert_eq!(stored.get("img_url"), "");
        let mut url_form = FormValues::default();
        url_form.set("img_url", "https://example.com/a.png");
        assert_eq!(form_without_local_files(&url_form), url_form);
    }

    #[test]
    fn local_files_in_a_list_are_left_out_line_by_line() {
        let mut form = FormValues::default();
        form.set(
            "reference_audios",
            "https://e.com/a.wav\ndata:audio/wav;base64,UklGRg==\nhttps://e.com/c.wav",
        );
        form.set(
            "videos",
            "data:video/mp4;base64,AAAA\nDATA:video/webm;base64,GkXf",
        );
        form.set("images", "data:image/png;base64,iVBO\nhttps://e.com/b.png");
        form.set("prompt", "A fox\nData: the second line is text");
        form.set("caption", "Data: a line of text, no file");
        assert!(has_local_file(form.get("reference_audios")));
        assert!(!has_local_file(
            "https://e.com/a.wav\nnot data: at the start"
        ));
        let stored = form_without_local_files(&form);
        assert_eq!(
            stored.get("reference_audios"),
            "https://e.com/a.wav\nhttps://e.com/c.wav"
        );
        assert!(!stored.0.contains_key("videos"), "nothing left of it");
        assert_eq!(
            stored.get("images"),
            "https://e.com/b.png",
            "a local file first"
        );
        assert_eq!(stored.get("prompt"), "A fox\nData: the second line is text");
        assert_eq!(stored.get("caption"), "Data: a line of text, no file");
        assert!(!has_local_file(form.get("caption")));
    }
}
