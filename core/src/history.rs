//! The job history as stored and exported: a versioned envelope, read tolerantly.
//!
//! Version 1 (the app's first release) stored a bare JSON array of jobs; version 2 wraps
//! them as `{"format": "wan-i2v-history", "version": 2, "jobs": [...]}` so an exported
//! file says what it is. Both are read; an entry that does not parse is skipped and
//! counted, never fatal.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::form::FormValues;
use crate::job::Job;
use crate::persist::LOCAL_IMAGE_PLACEHOLDER;
use crate::schema::InputSchema;

/// The `format` field of an exported or stored history.
pub const FORMAT: &str = "wan-i2v-history";
/// The version this app writes.
pub const VERSION: u32 = 2;

/// The envelope written to storage and to export files.
#[derive(Debug, Serialize, Deserialize)]
pub struct HistoryFile {
    /// Always [`FORMAT`].
    pub format: String,
    /// Always [`VERSION`] when written by this app.
    pub version: u32,
    /// Newest first.
    pub jobs: Vec<Job>,
}

impl HistoryFile {
    /// Wraps jobs for storage or export.
    pub fn new(jobs: Vec<Job>) -> Self {
        Self {
            format: FORMAT.to_owned(),
            version: VERSION,
            jobs,
        }
    }
}

/// What reading a history found.
#[derive(Debug, Default, PartialEq)]
pub struct LoadedHistory {
    /// The jobs that parsed, in the stored order.
    pub jobs: Vec<Job>,
    /// Entries that were not jobs (corrupt, or from an unknown format).
    pub skipped: usize,
    /// The whole text was not a history at all.
    pub unreadable: bool,
}

/// Reads a stored or exported history of any known version.
pub fn load_history(text: &str) -> LoadedHistory {
    let Ok(value) = serde_json::from_str::<Value>(text) else {
        return LoadedHistory {
            unreadable: true,
            ..LoadedHistory::default()
        };
    };
    let entries = match value {
        // Version 1: a bare array.
        Value::Array(entries) => entries,
        Value::Object(mut object)
            if object.get("format").and_then(Value::as_str) == Some(FORMAT) =>
        {
            match object.remove("jobs") {
                Some(Value::Array(entries)) => entries,
                _ => {
                    return LoadedHistory {
                        unreadable: true,
                        ..LoadedHistory::default()
                    }
                }
            }
        }
        _ => {
            return LoadedHistory {
                unreadable: true,
                ..LoadedHistory::default()
            }
        }
    };
    let mut loaded = LoadedHistory::default();
    for entry in entries {
        match serde_json::from_value::<Job>(entry) {
            Ok(job) if !job.request_id.trim().is_empty() => loaded.jobs.push(job),
            _ => loaded.skipped += 1,
        }
    }
    loaded
}

/// Adds imported jobs to a list: a request id already listed is kept as it is; the result
/// is sorted newest first.
pub fn merge_jobs(current: &mut Vec<Job>, imported: Vec<Job>) -> usize {
    let mut added = 0;
    for job in imported {
        if !current.iter().any(|j| j.request_id == job.request_id) {
            current.push(job);
            added += 1;
        }
    }
    current.sort_by(|a, b| b.submitted_at_ms.total_cmp(&a.submitted_at_ms));
    added
}

/// The form that produced `inputs` ("Use these settings"). A local image that was not
/// kept is left empty; the returned flag says so.
pub fn form_from_inputs(schema: &InputSchema, inputs: &Map<String, Value>) -> (FormValues, bool) {
    let mut form = FormValues::defaults(schema);
    let mut image_missing = false;
    for property in &schema.properties {
        let text = match inputs.get(&property.name) {
            None | Some(Value::Null) => {
                // Not sent: an optional field the user had left empty.
                if property.default.is_none() {
                    form.set(&property.name, "");
                }
                continue;
            }
            Some(Value::String(s)) => s.clone(),
            Some(Value::Array(items)) => items
                .iter()
                .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_owned))
                .collect::<Vec<_>>()
                .join("\n"),
            Some(other) => other.to_string(),
        };
        if text.contains(LOCAL_IMAGE_PLACEHOLDER) {
            image_missing = true;
            form.set(&property.name, "");
        } else {
            form.set(&property.name, text);
        }
    }
    (form, image_missing)
}

/// The seed a job was sent with, if it had one.
pub fn seed_of(inputs: &Map<String, Value>) -> Option<u64> {
    inputs.get("seed").and_then(Value::as_u64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::job::JobPhase;
    use serde_json::json;

    fn job(id: &str, at: f64) -> Job {
        let inputs = json!({"prompt": "a fox", "img_url": "https://e.com/a.png", "duration": 5, "prompt_extend": false, "seed": 42});
        Job::new(
            id,
            "wan-ai/wan-2-2/image-to-video",
            inputs.as_object().unwrap().clone(),
            at,
        )
    }

    #[test]
    fn a_written_history_reads_back() {
        let text =
            serde_json::to_string(&HistoryFile::new(vec![job("b", 2.0), job("a", 1.0)])).unwrap();
        assert!(text.contains(r#""format":"wan-i2v-history""#));
        assert!(text.contains(r#""version":2"#));
        let loaded = load_history(&text);
        assert_eq!(loaded.skipped, 0);
        assert!(!loaded.unreadable);
        assert_eq!(loaded.jobs, vec![job("b", 2.0), job("a", 1.0)]);
    }

    #[test]
    fn version_1_bare_arrays_are_migrated() {
        // Exactly what the first release stored under `wan-i2v.jobs.v1`.
        let v1 = r#"[{"request_id":"r1","model_id":"wan-ai/wan-2-2/image-to-video",
            "inputs":{"prompt":"p"},"phase":{"Queued":{"position":2}},"submitted_at_ms":5.0,
            "started_at_ms":null,"finished_at_ms":null,"reconnecting":false,"cancel_note":null}]"#;
        let loaded = load_history(v1);
        assert_eq!(loaded.skipped, 0);
        assert_eq!(loaded.jobs.len(), 1);
        assert_eq!(loaded.jobs[0].request_id, "r1");
        assert_eq!(loaded.jobs[0].phase, JobPhase::Queued { position: Some(2) });
        assert!(
            !loaded.jobs[0].token_rejected,
            "fields added later take their default"
        );
    }

    #[test]
    fn bad_entries_are_skipped_and_counted() {
        let good = serde_json::to_value(job("ok", 1.0)).unwrap();
        let text = json!({"format": FORMAT, "version": 2, "jobs": [good, 17, {"phase": "x"}, {"request_id": ""}]}).to_string();
        let loaded = load_history(&text);
        assert_eq!(loaded.jobs.len(), 1);
        assert_eq!(loaded.skipped, 3);
    }

    #[test]
    fn text_that_is_no_history_is_unreadable() {
        for text in [
            "",
            "{not json",
            "42",
            r#"{"format":"other","jobs":[]}"#,
            r#"{"format":"wan-i2v-history","jobs":3}"#,
        ] {
            let loaded = load_history(text);
            assert!(loaded.unreadable, "{text}");
            assert!(loaded.jobs.is_empty());
        }
    }

    #[test]
    fn merging_keeps_existing_jobs_and_sorts_newest_first() {
        let mut current = vec![job("b", 2.0)];
        let mut changed = job("b", 2.0);
        changed.phase = JobPhase::Cancelled;
        let added = merge_jobs(&mut current, vec![job("a", 1.0), changed, job("c", 3.0)]);
        assert_eq!(added, 2);
        let ids: Vec<&str> = current.iter().map(|j| j.request_id.as_str()).collect();
        assert_eq!(ids, ["c", "b", "a"]);
        assert_eq!(current[1].phase, JobPhase::default(), "the listed one wins");
    }

    #[test]
    fn inputs_fill_the_form_back() {
        let schema = InputSchema::builtin();
        let (form, missing) = form_from_inputs(&schema, &job("a", 1.0).inputs);
        assert!(!missing);
        assert_eq!(form.get("prompt"), "a fox");
        assert_eq!(form.get("img_url"), "https://e.com/a.png");
        assert_eq!(form.get("duration"), "5");
        assert_eq!(form.get("prompt_extend"), "false");
        assert_eq!(form.get("seed"), "42");
        assert_eq!(form.get("negative_prompt"), "");
        assert_eq!(
            form.get("resolution"),
            "480P",
            "unsent fields with a default get it"
        );
        assert_eq!(
            crate::form::request_body(&schema, &form, crate::form::serde_json_read),
            job("a", 1.0).inputs_with_default("resolution", "480P")
        );
    }

    #[test]
    fn a_local_image_that_was_not_kept_is_reported() {
        let schema = InputSchema::builtin();
        let inputs = json!({"prompt": "p", "img_url": LOCAL_IMAGE_PLACEHOLDER});
        let (form, missing) = form_from_inputs(&schema, inputs.as_object().unwrap());
        assert!(missing);
        assert_eq!(form.get("img_url"), "");
    }

    #[test]
    fn the_seed_is_read_from_the_inputs() {
        assert_eq!(seed_of(&job("a", 1.0).inputs), Some(42));
        assert_eq!(seed_of(&Map::new()), None);
    }

    impl Job {
        fn inputs_with_default(&self, key: &str, value: &str) -> Map<String, Value> {
            let mut inputs = self.inputs.clone();
            inputs.insert(key.to_owned(), Value::String(value.to_owned()));
            inputs
        }
    }
}
