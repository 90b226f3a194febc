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

/// The form without local images (`data:` URIs), for a store that refused the whole.
pub fn form_without_data_uris(form: &FormValues) -> FormValues {
    FormValues(
        form.0
            .iter()
            .filter(|(_, value)| !is_data_uri(value))
            .map(|(name, value)| (name.clone(), value.clone()))
            .collect(),
    )
}

/// A job as stored: its inputs with every `data:` URI replaced by a short placeholder.
pub fn job_without_data_uris(job: &Job) -> Job {
    let mut job = job.clone();
    for value in job.inputs.values_mut() {
        strip_data_uris(value);
    }
    job
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
