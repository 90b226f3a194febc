//! Chains of clips: a job made from a frame of another job's video continues it. What the
//! form remembers of a frame it was given (what a job keeps of it is
//! [`ContinuesFrom`], beside the job), and the clips of a chain in the order they play.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::api::types::{Media, MediaKind};
use crate::job::{ContinuesFrom, Job, JobPhase};

/// An input taken from another job's output, waiting for the submit that sends it: a frame
/// of a clip put into an image field (the next job continues that clip), or an output given
/// to another model ("Use as input of…": the next job was made from it). Only a
/// fingerprint of the value is kept (a frame is a `data:` URI of megabytes), so a job is
/// said to come from the other only while the field still holds that very value.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PendingFrame {
    /// Which job and moment the frame came from.
    pub from: ContinuesFrom,
    /// The field it fills.
    pub field: String,
    /// The fingerprint of the field's value.
    pub fingerprint: String,
    /// An output sent onward, not a frame: the job is made from `from`, it does not continue it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub onward: bool,
}

impl PendingFrame {
    /// The frame `value` (its `data:` URI) put into `field`, from `from`.
    pub fn new(from: ContinuesFrom, field: &str, value: &str) -> PendingFrame {
        PendingFrame {
            from,
            field: field.to_owned(),
            fingerprint: fingerprint(value),
            onward: false,
        }
    }

    /// The output `value` (its address) of job `request_id`, given to `field` of another model.
    pub fn onward(request_id: &str, field: &str, value: &str) -> PendingFrame {
        let from = ContinuesFrom {
            request_id: request_id.to_owned(),
            at_secs: 0.0,
            bridges_to: None,
        };
        PendingFrame {
            onward: true,
            ..PendingFrame::new(from, field, value)
        }
    }

    /// What a job sent with `body` continues: this frame's job, when the body still carries
    /// the frame.
    pub fn continued_by(&self, body: &Map<String, Value>) -> Option<ContinuesFrom> {
        (!self.onward && self.sent_in(body)).then(|| self.from.clone())
    }

    /// The job a job sent with `body` was made from: this output's, when the body still
    /// carries it.
    pub fn made_from_by(&self, body: &Map<String, Value>) -> Option<String> {
        (self.onward && self.sent_in(body)).then(|| self.from.request_id.clone())
    }

    /// Whether `body` sends the value in its field (alone, or as one of a list).
    fn sent_in(&self, body: &Map<String, Value>) -> bool {
        let matches = |value: &Value| {
            value
                .as_str()
                .is_some_and(|v| fingerprint(v) == self.fingerprint)
        };
        match body.get(&self.field) {
            Some(Value::Array(items)) => items.iter().any(matches),
            Some(value) => matches(value),
            None => false,
        }
    }
}

/// A short fingerprint of a text: its length and 64-bit FNV-1a hash.
fn fingerprint(text: &str) -> String {
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    format!("{}:{hash:016x}", text.len())
}

/// One clip of a chain: a finished job and its video.
#[derive(Clone, Debug, PartialEq)]
pub struct Clip {
    /// The job's request id.
    pub request_id: String,
    /// Its model.
    pub model_id: String,
    /// Its video.
    pub video: Media,
}

impl Clip {
    /// The clip of a job that finished with a video.
    fn of(job: &Job) -> Option<Clip> {
        let JobPhase::Succeeded { media } = &job.phase else {
            return None;
        };
        let video = media.iter().find(|m| m.kind == MediaKind::Video)?;
        Some(Clip {
            request_id: job.request_id.clone(),
            model_id: job.model_id.clone(),
            video: video.clone(),
        })
    }

    /// The name it is saved under as clip `position` (from 1) of `total`: numbered first,
    /// with as many digits as the last number (at least two), so the files sort in order.
    pub fn file_name(&self, position: usize, total: usize) -> String {
        let width = total.to_string().len().max(2);
        format!(
            "{position:0width$}-{}",
            self.video.file_name(&self.model_id, &self.request_id, 0)
        )
    }
}

/// The clips of the chain `request_id` belongs to, in playing order: every job before it
/// (each one the job its successor continues, as far as the history still has them), the
/// job itself, then after it, step by step, the newest finished job that continues the
/// last one. Only jobs with a video count; a job in no chain gets its own clip alone.
pub fn chain_of(jobs: &[Job], request_id: &str) -> Vec<Clip> {
    let find = |id: &str| jobs.iter().find(|j| j.request_id == id);
    let Some(start) = find(request_id) else {
        return Vec::new();
    };
    // The newest finished job not seen yet whose record of what it continues `links`.
    let newest = |links: &dyn Fn(&ContinuesFrom) -> bool, seen: &BTreeSet<String>| {
        jobs.iter()
            .filter(|j| {
                j.continues.as_ref().is_some_and(links)
                    && !seen.contains(&j.request_id)
                    && Clip::of(j).is_some()
            })
            .max_by(|a, b| a.submitted_at_ms.total_cmp(&b.submitted_at_ms))
    };
    // What continues `id`; the bridge into `id` (it plays before `id`, whatever `id` continues).
    let newest_continuing =
        |id: &str, seen: &BTreeSet<String>| newest(&|c| c.request_id == id, seen);
    let bridge_into =
        |id: &str, seen: &BTreeSet<String>| newest(&|c| c.bridges_to.as_deref() == Some(id), seen);
    // Every job is visited once: a (hand-made) loop in the records cannot hang the app.
    let mut seen = BTreeSet::from([start.request_id.clone()]);
    let mut before = Vec::new();
    let mut at = start;
    loop {
        let parent = bridge_into(&at.request_id, &seen).or_else(|| {
            at.continues
                .as_ref()
                .and_then(|c| find(&c.request_id))
                .filter(|p| !seen.contains(&p.request_id))
        });
        let Some(parent) = parent else { break };
        seen.insert(parent.request_id.clone());
        before.push(parent);
        at = parent;
    }
    let mut after = Vec::new();
    let mut at = start;
    loop {
        // A bridge leads into its clip; any other clip into its newest continuation.
        let bridged = at
            .continues
            .as_ref()
            .and_then(|c| c.bridges_to.as_deref())
            .and_then(find)
            .filter(|b| !seen.contains(&b.request_id) && Clip::of(b).is_some());
        let Some(next) = bridged.or_else(|| newest_continuing(&at.request_id, &seen)) else {
            break;
        };
        seen.insert(next.request_id.clone());
        after.push(next);
        at = next;
    }
    before
        .into_iter()
        .rev()
        .chain(std::iter::once(start))
        .chain(after)
        .filter_map(Clip::of)
        .collect()
}

/// What made a film (or a clip), as its MP4 carries it (`archive::mp4_settings`): for each
/// clip, in order, its model and the inputs it was sent, files on the web by their address;
/// a local file only as the short word `local` (its bytes stay on the device that made it).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FilmSettings {
    /// Always [`FILM_SETTINGS_APP`]: a box of another app's JSON is not read as ours.
    pub app: String,
    /// The clips, in the order they play.
    pub clips: Vec<ClipSettings>,
}

/// What [`FilmSettings::app`] says.
pub const FILM_SETTINGS_APP: &str = "wan-i2v/1";

/// One clip of [`FilmSettings`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClipSettings {
    /// The job's request id at RunComfy.
    pub request_id: String,
    /// Its model.
    pub model_id: String,
    /// What it was sent (local files as `local`).
    pub inputs: Map<String, Value>,
}

impl FilmSettings {
    /// The settings of `jobs`' clips, in order.
    pub fn of(jobs: &[&Job]) -> FilmSettings {
        FilmSettings {
            app: FILM_SETTINGS_APP.to_owned(),
            clips: jobs
                .iter()
                .map(|job| ClipSettings {
                    request_id: job.request_id.clone(),
                    model_id: job.model_id.clone(),
                    inputs: job
                        .inputs
                        .iter()
                        .map(|(name, value)| (name.clone(), without_local_files(value)))
                        .collect(),
                })
                .collect(),
        }
    }

    /// The settings of `jobs`' clips, in order, as the JSON a file carries.
    pub fn json_of(jobs: &[&Job]) -> String {
        serde_json::to_string(&FilmSettings::of(jobs)).unwrap_or_default()
    }

    /// The settings a file carried; `None` for anything else (every string is safe to give).
    pub fn read(json: &str) -> Option<FilmSettings> {
        // (serde_json refuses nesting deeper than 128 levels.)
        let settings: FilmSettings = serde_json::from_str(json).ok()?;
        let sound = settings.app == FILM_SETTINGS_APP
            && !settings.clips.is_empty()
            && settings.clips.iter().all(|clip| {
                crate::catalog::models::check_model_id(&clip.model_id).is_ok()
                    && crate::api::types::is_request_id(&clip.request_id)
            });
        sound.then_some(settings)
    }
}

/// A value with every local file (a reference or a `data:` URI) as the word `local`.
fn without_local_files(value: &Value) -> Value {
    match value {
        Value::String(text) if crate::media::local_file::is_local_file(text) => {
            Value::String("local".to_owned())
        }
        Value::Array(items) => Value::Array(items.iter().map(without_local_files).collect()),
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::job::history::{load_history, HistoryFile};
    use crate::job::persist::job_without_data_uris;
    use serde_json::json;

    const MODEL: &str = "wan-ai/wan-2-2/image-to-video";

    #[test]
    fn a_films_settings_name_each_clip_and_come_back_only_as_ours() {
        let mut first = job("a1b2c3d4-0000-0000-0000-000000000001", 1.0, None);
        first.inputs.insert(
            "image_url".into(),
            Value::String("https://x.test/a.png".into()),
        );
        first.inputs.insert(
            "end_image".into(),
            Value::String("local:sha256-00ff?type=image/png&bytes=3".into()),
        );
        let second = job("a1b2c3d4-0000-0000-0000-000000000002", 2.0, None);
        let settings = FilmSettings::of(&[&first, &second]);
        let json = serde_json::to_string(&settings).unwrap();
        assert!(
            !json.contains("sha256"),
            "no device's file key leaves in a file"
        );
        let read = FilmSettings::read(&json).unwrap();
        assert_eq!(read.clips.len(), 2);
        assert_eq!(read.clips[0].inputs["image_url"], "https://x.test/a.png");
        assert_eq!(read.clips[0].inputs["end_image"], "local");
        assert_eq!(
            FilmSettings::read(&json.replace("wan-i2v/1", "other/1")),
            None
        );
        assert_eq!(
            FilmSettings::read(&json.replace(&second.model_id, "../x")),
            None
        );
        assert_eq!(FilmSettings::read("[[[["), None);
    }

    fn job(id: &str, at: f64, continues: Option<&str>) -> Job {
        let mut job = Job::new(id, MODEL, Map::new(), at);
        job.phase = JobPhase::Succeeded {
            media: vec![Media {
                url: format!("https://cdn.example/{id}.mp4"),
                kind: MediaKind::Video,
            }],
        };
        job.continues = continues.map(|c| ContinuesFrom {
            request_id: c.to_owned(),
            at_secs: 4.9,
            bridges_to: None,
        });
        job
    }

    fn ids(clips: &[Clip]) -> Vec<&str> {
        clips.iter().map(|c| c.request_id.as_str()).collect()
    }

    #[test]
    fn a_chain_plays_from_its_first_clip_to_its_last_from_any_of_them() {
        // Newest first, as the history lists them.
        let jobs = vec![
            job("c", 3.0, Some("b")),
            job("other", 2.5, None),
            job("b", 2.0, Some("a")),
            job("a", 1.0, None),
        ];
        for id in ["a", "b", "c"] {
            assert_eq!(ids(&chain_of(&jobs, id)), ["a", "b", "c"], "from {id}");
        }
        assert_eq!(ids(&chain_of(&jobs, "other")), ["other"]);
        assert!(chain_of(&jobs, "gone").is_empty());
    }

    #[test]
    fn after_a_clip_comes_its_newest_finished_continuation() {
        let mut unfinished = job("b3", 9.0, Some("a"));
        unfinished.phase = JobPhase::Running;
        let jobs = vec![
            unfinished,
            job("b2", 3.0, Some("a")),
            job("b1", 2.0, Some("a")),
            job("a", 1.0, None),
        ];
        assert_eq!(ids(&chain_of(&jobs, "a")), ["a", "b2"]);
        // An earlier try is still in a chain: its own.
        assert_eq!(ids(&chain_of(&jobs, "b1")), ["a", "b1"]);
        // A job still running shows what it continues; it has no clip yet.
        assert_eq!(ids(&chain_of(&jobs, "b3")), ["a"]);
    }

    #[test]
    fn a_deleted_job_ends_the_chain_there_and_loops_do_not_hang() {
        let jobs = vec![job("c", 3.0, Some("b")), job("a", 1.0, None)];
        assert_eq!(ids(&chain_of(&jobs, "c")), ["c"]);
        let looped = vec![job("x", 2.0, Some("y")), job("y", 1.0, Some("x"))];
        assert_eq!(ids(&chain_of(&looped, "x")), ["y", "x"]);
    }

    #[test]
    fn clips_are_saved_under_numbered_names_that_sort_in_order() {
        let jobs = vec![
            job("b0c1d2e3f4", 2.0, Some("a1b2c3d4e5")),
            job("a1b2c3d4e5", 1.0, None),
        ];
        let chain = chain_of(&jobs, "a1b2c3d4e5");
        assert_eq!(chain[0].file_name(1, 2), "01-wan-2-2-a1b2c3d4.mp4");
        assert_eq!(chain[1].file_name(2, 2), "02-wan-2-2-b0c1d2e3.mp4");
        assert_eq!(chain[1].file_name(7, 120), "007-wan-2-2-b0c1d2e3.mp4");
    }

    #[test]
    fn a_job_continues_the_clip_only_while_it_sends_that_very_frame() {
        let frame = format!("data:image/png;base64,{}", "iVBORw0KGgo".repeat(1000));
        let from = ContinuesFrom {
            request_id: "a".into(),
            at_secs: 2.5,
            bridges_to: None,
        };
        let pending = PendingFrame::new(from.clone(), "img_url", &frame);
        assert!(
            pending.fingerprint.len() < 40,
            "the frame itself is not kept"
        );
        let body = json!({"prompt": "on", "img_url": frame});
        assert_eq!(pending.continued_by(body.as_object().unwrap()), Some(from));
        let other = json!({"prompt": "on", "img_url": format!("{frame}A")});
        assert_eq!(pending.continued_by(other.as_object().unwrap()), None);
        let none = json!({"prompt": "on"});
        assert_eq!(pending.continued_by(none.as_object().unwrap()), None);
        // The record survives storage.
        let stored: PendingFrame =
            serde_json::from_str(&serde_json::to_string(&pending).unwrap()).unwrap();
        assert_eq!(stored, pending);
    }

    #[test]
    fn what_a_job_continues_is_kept_in_the_history_and_its_export() {
        let mut b = job("b", 2.0, Some("a"));
        b.inputs
            .insert("img_url".into(), json!("data:image/png;base64,AAAA"));
        let stored: Vec<Job> = [b, job("a", 1.0, None)]
            .iter()
            .map(job_without_data_uris)
            .collect();
        let text = serde_json::to_string(&HistoryFile::new(stored)).unwrap();
        let loaded = load_history(&text);
        assert_eq!(loaded.skipped, 0);
        assert_eq!(
            loaded.jobs[0].continues,
            Some(ContinuesFrom {
                request_id: "a".into(),
                at_secs: 4.9,
                bridges_to: None,
            })
        );
        assert_eq!(loaded.jobs[1].continues, None);
        assert_eq!(ids(&chain_of(&loaded.jobs, "a")), ["a", "b"]);
        // A job that continues nothing writes nothing about it (older apps read it as before).
        assert!(!serde_json::to_string(&job("a", 1.0, None))
            .unwrap()
            .contains("continues"));
    }

    #[test]
    fn a_bridge_plays_between_the_clip_it_starts_from_and_the_clip_it_leads_into() {
        // B continued A; the bridge X, made later from A's last frame and B's first, goes
        // between them. C stands alone until a bridge from B leads into it.
        let mut x = job("x", 3.0, Some("a"));
        x.continues.as_mut().unwrap().bridges_to = Some("b".into());
        let mut y = job("y", 5.0, Some("b"));
        y.continues.as_mut().unwrap().bridges_to = Some("c".into());
        let jobs = vec![
            y,
            job("c", 4.0, None),
            x,
            job("b", 2.0, Some("a")),
            job("a", 1.0, None),
        ];
        for id in ["a", "x", "b", "y", "c"] {
            assert_eq!(
                ids(&chain_of(&jobs, id)),
                ["a", "x", "b", "y", "c"],
                "from {id}"
            );
        }
        // A bridge whose clip is gone ends the chain; a bridge into itself cannot loop.
        let mut lost = job("x", 3.0, Some("a"));
        lost.continues.as_mut().unwrap().bridges_to = Some("gone".into());
        assert_eq!(
            ids(&chain_of(&[lost, job("a", 1.0, None)], "a")),
            ["a", "x"]
        );
        let mut selfish = job("s", 3.0, Some("s"));
        selfish.continues.as_mut().unwrap().bridges_to = Some("s".into());
        assert_eq!(ids(&chain_of(&[selfish], "s")), ["s"]);
    }

    #[test]
    fn an_output_sent_onward_marks_the_job_made_from_it_not_a_continuation() {
        let url = "https://cdn.example/a.mp4";
        let pending = PendingFrame::onward("a", "videos", url);
        let one = json!({"videos": url});
        let list = json!({"videos": ["https://cdn.example/other.mp4", url]});
        let other = json!({"videos": ["https://cdn.example/other.mp4"]});
        for body in [&one, &list] {
            assert_eq!(
                pending.made_from_by(body.as_object().unwrap()),
                Some("a".into())
            );
            assert_eq!(pending.continued_by(body.as_object().unwrap()), None);
        }
        assert_eq!(pending.made_from_by(other.as_object().unwrap()), None);
        let stored: PendingFrame =
            serde_json::from_str(&serde_json::to_string(&pending).unwrap()).unwrap();
        assert_eq!(stored, pending);
        // A frame is never "made from".
        let frame = PendingFrame::new(pending.from.clone(), "videos", url);
        assert_eq!(frame.made_from_by(one.as_object().unwrap()), None);
    }
}
