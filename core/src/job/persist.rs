//! What of a job is kept on the device.
//!
//! A local file is a short reference to the device's store ([`crate::media::local_file`]),
//! kept as it is. A job of an earlier release may hold the `data:` URI itself, more than a
//! browser's storage quota allows beside everything else: a stored job keeps a short
//! placeholder in its place, and the rest survives. (The form's side:
//! [`crate::form::persist`].)

use serde_json::Value;

use crate::job::Job;
use crate::media::data_uri::is_data_uri;
use crate::media::local_file::LocalRef;

/// What stands in for a local image in a stored job's inputs.
pub const LOCAL_IMAGE_PLACEHOLDER: &str = "(local image, not kept)";

/// A job as stored: its inputs with every `data:` URI replaced by a short placeholder.
pub fn job_without_data_uris(job: &Job) -> Job {
    let mut job = job.clone();
    for value in job.inputs.values_mut() {
        strip_data_uris(value);
    }
    job
}

/// A value as a summary shows it: every local file (a reference, or a `data:` URI cut after
/// its header) as `data:video/mp4;base64,…`, one short word; the rest as it is.
pub fn abbreviated(value: &Value) -> Value {
    match value {
        Value::String(text) if LocalRef::parse(text).is_some() => {
            let mime = LocalRef::parse(text).map(|r| r.mime).unwrap_or_default();
            Value::String(format!("data:{mime};base64,…"))
        }
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
        assert_eq!(
            abbreviated(&json!("local:sha256-ab?type=image/webp&bytes=12")),
            json!("data:image/webp;base64,…")
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
