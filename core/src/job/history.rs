//! The job history as stored and exported: a versioned envelope, read tolerantly.
//!
//! Version 1 (the app's first release) stored a bare JSON array of jobs; version 2 wraps
//! them as `{"format": "wan-i2v-history", "version": 2, "jobs": [...]}` so an exported
//! file says what it is. Both are read; an entry that does not parse is skipped and
//! counted, never fatal. A history is outside text (a file anyone can edit), so each job
//! must also pass the checks an API answer passes ([`is_sound_job`]), or it is set aside.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::api::types::{is_http_url, is_request_id};
use crate::catalog::models::check_model_id;
use crate::form::FormValues;
use crate::job::persist::LOCAL_IMAGE_PLACEHOLDER;
use crate::job::{merge, Job, JobPhase};
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
    /// The jobs that parsed and passed the checks, in the stored order.
    pub jobs: Vec<Job>,
    /// Entries left out: not jobs (corrupt, or from an unknown format), or jobs set aside
    /// (those are counted in `set_aside` too).
    pub skipped: usize,
    /// Of `skipped`, the jobs that parsed but fail the checks an API answer passes
    /// ([`is_sound_job`]): never shown, polled or sent again.
    pub set_aside: usize,
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
            Ok(job) if is_sound_job(&job) => loaded.jobs.push(job),
            Ok(_) => {
                loaded.set_aside += 1;
                loaded.skipped += 1;
            }
            Err(_) => loaded.skipped += 1,
        }
    }
    loaded
}

/// Whether a job read from a history passes the checks an API answer passes, so nothing
/// in it reaches a link or a request path that the API could not have put there: its
/// request id, and those of the jobs it continues, leads into or was made from, of the API's shape ([`is_request_id`]);
/// its model id empty (a job from before models were stored: Wan 2.2's) or one
/// [`check_model_id`] takes as it is; every output URL of the kind an answer's outputs
/// keep ([`is_http_url`]: no `javascript:` or `data:`); a cost, if any, not negative (as
/// [`read_usd`](crate::api::money::read_usd) reads costs).
pub fn is_sound_job(job: &Job) -> bool {
    let model_ok =
        job.model_id.is_empty() || check_model_id(&job.model_id).is_ok_and(|id| id == job.model_id);
    let media_ok = match &job.phase {
        JobPhase::Succeeded { media } => media.iter().all(|m| is_http_url(&m.url)),
        _ => true,
    };
    let continues_ok = job.continues.as_ref().is_none_or(|from| {
        is_request_id(&from.request_id) && from.bridges_to.as_deref().is_none_or(is_request_id)
    }) && job.made_from.as_deref().is_none_or(is_request_id);
    let cost_ok = job
        .cost_usd
        .is_none_or(|cost| cost.is_finite() && cost >= 0.0);
    is_request_id(&job.request_id) && model_ok && media_ok && continues_ok && cost_ok
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

/// Two copies of the history, as two tabs hold them, made one ([`merge::merge_copies`]): a
/// job both have keeps the copy further along (a final phase over a running one over a
/// queued one; on a tie, `base`'s). Newest first.
pub fn merge_copies(
    base: Vec<Job>,
    other: &[Job],
    base_knew: impl Fn(&str) -> bool,
    other_knew: impl Fn(&str) -> bool,
) -> Vec<Job> {
    let mut merged = merge::merge_copies(base, other, base_knew, other_knew);
    merged.sort_by(|a, b| b.submitted_at_ms.total_cmp(&a.submitted_at_ms));
    merged
}

impl merge::Shared for Job {
    fn id(&self) -> &str {
        &self.request_id
    }

    fn take_further(&mut self, theirs: &Self) {
        fn progress(job: &Job) -> u8 {
            match (&job.phase, job.started_at_ms) {
                (phase, _) if phase.is_final() => 2,
                (_, Some(_)) => 1,
                _ => 0,
            }
        }
        if progress(theirs) > progress(self) {
            *self = theirs.clone();
        }
    }
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
    fn a_job_polled_here_survives_a_write_of_another_tab_that_never_saw_it() {
        // Tab B stored its new job "n" beside "o"; tab A, having read the store just before,
        // stored "o" alone. B has seen "n" stored, so the merge alone takes it for deleted
        // elsewhere; B polls it, and no tab deletes a job still running.
        let mine = vec![job("n", 2.0), job("o", 1.0)];
        let stored_by_a = vec![job("o", 1.0)];
        let knew = |id: &str| id == "n" || id == "o";
        let read = merge_copies(stored_by_a.clone(), &mine, knew, knew);
        assert_eq!(read.len(), 1, "the merge alone drops n");
        let polled_n = |id: &str| id == "n";
        let read = merge::keep_ours(read, &mine, |_| false, polled_n);
        assert_eq!(read, mine);
        let written = merge::keep_ours(
            merge_copies(mine.clone(), &stored_by_a, knew, knew),
            &mine,
            |_| false,
            polled_n,
        );
        assert_eq!(written, mine);
        // Kept means put back, not preferred: the other tab's copy of a job both hold stays
        // merged as before (a cancel sent there is not undone here).
        let mut cancelled_there = job("n", 2.0);
        cancelled_there.cancel_note = Some(crate::job::CancelNote::Sending);
        let read = merge::keep_ours(
            merge_copies(vec![cancelled_there.clone()], &mine, knew, knew),
            &mine,
            |_| false,
            polled_n,
        );
        assert_eq!(read[0].cancel_note, cancelled_there.cancel_note);
        // A job this tab does not poll is left to the merge: deleted elsewhere, it goes.
        assert!(
            merge::keep_ours(stored_by_a.clone(), &mine, |_| false, |_| false)
                .iter()
                .all(|j| j.request_id != "n")
        );
    }

    #[test]
    fn two_tabs_copies_merge_without_losing_a_job_or_a_deletion() {
        let ids = |jobs: &[Job]| {
            jobs.iter()
                .map(|j| j.request_id.clone())
                .collect::<Vec<_>>()
        };
        // Tab A holds a and b; tab B wrote c, finished b, and deleted a.
        let mut finished_b = job("b", 2.0);
        finished_b.phase = JobPhase::Succeeded { media: vec![] };
        let stored = vec![job("c", 3.0), finished_b.clone()];
        let mine = vec![job("b", 2.0), job("a", 1.0)];

        let held_a = |id: &str| ["a", "b"].contains(&id);
        let seen_stored = |id: &str| ["a", "b"].contains(&id);
        // A writes: it never had c (B's new job, taken); B's b is further along (taken); it
        // saw a stored, and a is stored no more: deleted in B, not written back.
        let written = merge_copies(mine.clone(), &stored, held_a, seen_stored);
        assert_eq!(ids(&written), ["c", "b"]);
        assert!(written[1].phase.is_final());

        // A is told B wrote: the same, the other way round.
        let read = merge_copies(stored.clone(), &mine, seen_stored, held_a);
        assert_eq!(ids(&read), ["c", "b"]);
        assert!(read[1].phase.is_final(), "an older copy never wins");

        // A job A made that never reached storage is kept, written or read.
        let with_d = [job("d", 4.0), job("b", 2.0)];
        let held_d = |id: &str| ["b", "d"].contains(&id);
        let read = merge_copies(stored.clone(), &with_d, seen_stored, held_d);
        assert_eq!(ids(&read), ["d", "c", "b"]);
        let written = merge_copies(with_d.to_vec(), &stored, held_d, seen_stored);
        assert_eq!(ids(&written), ["d", "c", "b"]);

        // A job deleted here is not taken back from the store.
        let written = merge_copies(
            vec![job("b", 2.0)],
            &[job("a", 1.0), job("b", 2.0)],
            held_a,
            seen_stored,
        );
        assert_eq!(ids(&written), ["b"]);
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

    /// A history whose one job is `job` with `field` set to `value`.
    fn history_with(field: &str, value: Value) -> String {
        let mut entry = serde_json::to_value(job("ok", 1.0)).unwrap();
        entry[field] = value;
        json!({"format": FORMAT, "version": 2, "jobs": [entry]}).to_string()
    }

    fn succeeded_with(url: &str) -> Value {
        json!({"Succeeded": {"media": [
            {"url": "https://cdn.example/v.mp4", "kind": "Video"},
            {"url": url, "kind": "Link"}
        ]}})
    }

    #[test]
    fn jobs_with_links_an_answer_never_gives_are_set_aside() {
        for url in [
            "javascript:alert(document.cookie)",
            "JavaScript:alert(1)",
            " javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "data:image/png;base64,AAAA",
            "vbscript:msgbox(1)",
            "//evil.example/x",
            "https://",
            "",
        ] {
            let loaded = load_history(&history_with("phase", succeeded_with(url)));
            assert!(loaded.jobs.is_empty(), "{url:?}");
            assert_eq!((loaded.skipped, loaded.set_aside), (1, 1), "{url:?}");
            assert!(!loaded.unreadable);
        }
        let fine = load_history(&history_with(
            "phase",
            succeeded_with("https://cdn.example/m.glb"),
        ));
        assert_eq!((fine.jobs.len(), fine.set_aside), (1, 0));
    }

    #[test]
    fn jobs_with_ids_that_would_leave_their_path_are_set_aside() {
        for model_id in [
            "../../v1/billing",
            "wan-ai/../../v1/billing",
            "wan-ai/%2e%2e/x",
            "wan-ai/wan-2-2?x=1",
            "wan-ai/wan-2-2#x",
            "wan-ai\\..\\x",
            "wan-ai/ wan-2-2",
            " wan-ai/wan-2-2",
            "wan-ai//wan-2-2",
            "flux",
        ] {
            let loaded = load_history(&history_with("model_id", json!(model_id)));
            assert!(loaded.jobs.is_empty(), "{model_id:?}");
            assert_eq!(loaded.set_aside, 1, "{model_id:?}");
        }
        for request_id in ["..", "../billing", "a/b", "a?b", "%2e%2e", " r1", "r 1"] {
            let loaded = load_history(&history_with("request_id", json!(request_id)));
            assert!(loaded.jobs.is_empty(), "{request_id:?}");
            assert_eq!(loaded.set_aside, 1, "{request_id:?}");
        }
        let continues = json!({"request_id": "../x", "at_secs": 1.5});
        let loaded = load_history(&history_with("continues", continues));
        assert_eq!((loaded.jobs.len(), loaded.set_aside), (0, 1));
        let loaded = load_history(&history_with("cost_usd", json!(-5.0)));
        assert_eq!((loaded.jobs.len(), loaded.set_aside), (0, 1));
    }

    #[test]
    fn sound_jobs_beside_set_aside_ones_are_kept() {
        let good = serde_json::to_value(job("3f2a9c1e-77aa-4d2b", 2.0)).unwrap();
        let mut evil = serde_json::to_value(job("evil", 1.0)).unwrap();
        evil["phase"] = succeeded_with("javascript:alert(1)");
        let mut old = serde_json::to_value(job("old", 0.5)).unwrap();
        // Jobs from before models were stored have none: Wan 2.2's.
        old.as_object_mut().unwrap().remove("model_id");
        let mut chained = serde_json::to_value(job("next", 3.0)).unwrap();
        chained["continues"] = json!({"request_id": "3f2a9c1e-77aa-4d2b", "at_secs": 2.0});
        chained["cost_usd"] = json!(0.35);
        chained["phase"] = succeeded_with("http://127.0.0.1:8787/out/v.mp4");
        let text =
            json!({"format": FORMAT, "version": 2, "jobs": [good, evil, "junk", old, chained]})
                .to_string();
        let loaded = load_history(&text);
        let ids: Vec<&str> = loaded.jobs.iter().map(|j| j.request_id.as_str()).collect();
        assert_eq!(ids, ["3f2a9c1e-77aa-4d2b", "old", "next"]);
        assert_eq!(loaded.jobs[1].model_id, "");
        assert_eq!((loaded.skipped, loaded.set_aside), (2, 1));
        // What this app writes always passes.
        let written = serde_json::to_string(&HistoryFile::new(loaded.jobs.clone())).unwrap();
        assert_eq!(load_history(&written).jobs, loaded.jobs);
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
