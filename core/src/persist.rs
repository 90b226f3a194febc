//! What is kept on the device, and how it comes back.
//!
//! A local image travels as a `data:` URI of up to ~13 MB, more than a browser's storage
//! quota allows beside everything else; such values can be left out of what is stored,
//! and the rest survives.

use serde_json::Value;

use crate::form::FormValues;
use crate::job::Job;
use crate::schema::InputSchema;

/// What stands in for a local image in a stored job's inputs.
pub const LOCAL_IMAGE_PLACEHOLDER: &str = "(local image, not kept)";

/// Whether a value is a `data:` URI (a local image).
pub fn is_data_uri(text: &str) -> bool {
    text.trim_start()
        .get(..5)
        .is_some_and(|s| s.eq_ignore_ascii_case("data:"))
}

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

/// Whether a form value holds a local file: it is a `data:` URI, or one of its lines is
/// (a list keeps one file per line).
pub fn has_data_uri(text: &str) -> bool {
    text.lines().any(is_data_line)
}

/// A value, or a line of a list, that is a local file: a `data:` URI, which has no spaces
/// (text such as "Data: the fox" is no file).
fn is_data_line(line: &str) -> bool {
    is_data_uri(line) && !line.trim().contains(char::is_whitespace)
}

/// The form without local files (`data:` URIs), for a store that refused the whole: each
/// value, and each line of a list, that is one goes; the other lines stay, in their order.
pub fn form_without_data_uris(form: &FormValues) -> FormValues {
    let mut kept = FormValues::default();
    for (name, value) in &form.0 {
        if !has_data_uri(value) {
            kept.set(name, value.clone());
            continue;
        }
        let lines: Vec<&str> = value.lines().filter(|l| !is_data_line(l)).collect();
        let lines = lines.join("\n");
        if !lines.trim().is_empty() {
            kept.set(name, lines);
        }
    }
    kept
}

/// A job as stored: its inputs with every `data:` URI replaced by a short placeholder.
pub fn job_without_data_uris(job: &Job) -> Job {
    let mut job = job.clone();
    for value in job.inputs.values_mut() {
        strip_data_uris(value);
    }
    job
}

/// A value as a summary shows it: every `data:` URI cut after its header
/// (`data:video/mp4;base64,…`), so a local file of megabytes takes one short word; the
/// rest as it is.
pub fn abbreviated(value: &Value) -> Value {
    match value {
        Value::String(text) if is_data_uri(text) => {
            let header = text.split_once(',').map_or(text.as_str(), |(head, _)| head);
            let header: String = header.chars().take(80).collect();
            Value::String(format!("{header},…"))
        }
        Value::Array(items) => Value::Array(items.iter().map(abbreviated).collect()),
        other => other.clone(),
    }
}

fn strip_data_uris(value: &mut Value) {
    match value {
        Value::String(text) if is_data_uri(text) => {
            *text = LOCAL_IMAGE_PLACEHOLDER.to_owned();
        }
        Value::Array(items) => items.iter_mut().for_each(strip_data_uris),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

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
        let stored = form_without_data_uris(&form);
        assert_eq!(stored.get("prompt"), "a fox");
        assert_eq!(stored.get("img_url"), "");
        let mut url_form = FormValues::default();
        url_form.set("img_url", "https://example.com/a.png");
        assert_eq!(form_without_data_uris(&url_form), url_form);
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
        assert!(has_data_uri(form.get("reference_audios")));
        assert!(!has_data_uri("https://e.com/a.wav\nnot data: at the start"));
        let stored = form_without_data_uris(&form);
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
        assert!(!has_data_uri(form.get("caption")));
    }

    #[test]
    fn summaries_show_a_local_file_by_its_type() {
        let long = format!("data:video/mp4;base64,{}", "A".repeat(1_000_000));
        assert_eq!(abbreviated(&json!(long)), json!("data:video/mp4;base64,…"));
        assert_eq!(
            abbreviated(&json!([
                "https://e.com/a.wav",
                "data:audio/wav;base64,UklGRg=="
            ])),
            json!(["https://e.com/a.wav", "data:audio/wav;base64,…"])
        );
        assert_eq!(abbreviated(&json!("a fox")), json!("a fox"));
        assert_eq!(abbreviated(&json!(7)), json!(7));
        let odd = format!("data:{}", "x".repeat(500));
        assert_eq!(
            abbreviated(&json!(odd)).as_str().map(|s| s.chars().count()),
            Some(82),
            "a data: URI without a comma is cut too"
        );
    }

    #[test]
    fn stored_jobs_replace_data_uris_and_keep_everything_else() {
        let inputs = json!({
            "prompt": "a fox",
            "img_url": "DATA:image/png;base64,AAAA",
            "images": ["https://e.com/a.png", "data:image/jpeg;base64,BBBB"],
            "seed": 7
        });
        let job = Job::new(
            "req-1",
            "wan-ai/wan-2-2/image-to-video",
            inputs.as_object().unwrap().clone(),
            1.0,
        );
        let stored = job_without_data_uris(&job);
        assert_eq!(stored.inputs["img_url"], LOCAL_IMAGE_PLACEHOLDER);
        assert_eq!(
            stored.inputs["images"],
            json!(["https://e.com/a.png", LOCAL_IMAGE_PLACEHOLDER])
        );
        assert_eq!(stored.inputs["seed"], 7);
        assert_eq!(stored.request_id, "req-1");
        assert_eq!(
            job.inputs["img_url"], "DATA:image/png;base64,AAAA",
            "the original is untouched"
        );
    }
}
