//! The API's responses, read tolerantly: unknown fields are ignored, optional fields may
//! be missing or `null`, and unknown status strings are kept rather than rejected.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

use crate::api::money::read_cost;
use crate::schema::media_kind::MediaType;

/// Answer to a submit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SubmitResponse {
    /// The job's id (required: without it nothing can be polled), of the shape
    /// [`is_request_id`] checks: it goes into the path of every poll.
    #[serde(deserialize_with = "request_id")]
    pub request_id: String,
    /// Where to poll the status.
    #[serde(default)]
    pub status_url: Option<String>,
    /// Where to fetch the result.
    #[serde(default)]
    pub result_url: Option<String>,
    /// Where to cancel.
    #[serde(default)]
    pub cancel_url: Option<String>,
}

/// A job's status as the API spells it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JobStatus {
    /// `in_queue`.
    InQueue,
    /// `in_progress`.
    InProgress,
    /// `completed` (the status endpoint's word for success).
    Completed,
    /// `succeeded` (the result endpoint's word for success).
    Succeeded,
    /// `failed`.
    Failed,
    /// `cancelled`.
    Cancelled,
    /// `canceled`.
    Canceled,
    /// Anything else, kept verbatim ("" when the field is missing).
    Unknown(String),
}

impl JobStatus {
    /// The status for a wire string (matched case-insensitively).
    pub fn from_wire(text: &str) -> JobStatus {
        match text.trim().to_ascii_lowercase().as_str() {
            "in_queue" => JobStatus::InQueue,
            "in_progress" => JobStatus::InProgress,
            "completed" => JobStatus::Completed,
            "succeeded" => JobStatus::Succeeded,
            "failed" => JobStatus::Failed,
            "cancelled" => JobStatus::Cancelled,
            "canceled" => JobStatus::Canceled,
            _ => JobStatus::Unknown(text.to_owned()),
        }
    }

    /// The wire string; `Unknown` keeps its text.
    pub fn as_str(&self) -> &str {
        match self {
            JobStatus::InQueue => "in_queue",
            JobStatus::InProgress => "in_progress",
            JobStatus::Completed => "completed",
            JobStatus::Succeeded => "succeeded",
            JobStatus::Failed => "failed",
            JobStatus::Cancelled => "cancelled",
            JobStatus::Canceled => "canceled",
            JobStatus::Unknown(text) => text,
        }
    }

    /// Whether the job is over (success, failure or cancelled).
    pub fn is_final(&self) -> bool {
        self.is_success() || self.is_cancelled() || *self == JobStatus::Failed
    }

    /// Whether the job succeeded.
    pub fn is_success(&self) -> bool {
        matches!(self, JobStatus::Completed | JobStatus::Succeeded)
    }

    /// Whether the job was cancelled (either spelling).
    pub fn is_cancelled(&self) -> bool {
        matches!(self, JobStatus::Cancelled | JobStatus::Canceled)
    }
}

impl Default for JobStatus {
    /// A missing status.
    fn default() -> JobStatus {
        JobStatus::Unknown(String::new())
    }
}

impl Serialize for JobStatus {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for JobStatus {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(JobStatus::from_wire(&String::deserialize(deserializer)?))
    }
}

/// Answer to a status poll.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatusResponse {
    /// The job's id ("" if missing).
    #[serde(default, deserialize_with = "null_default")]
    pub request_id: String,
    /// The status (required: a status answer without one is malformed).
    pub status: JobStatus,
    /// Place in the queue, only while `in_queue`; anything but a u32 reads as none.
    #[serde(default, deserialize_with = "lenient_u32")]
    pub queue_position: Option<u32>,
    /// Where to poll the status.
    #[serde(default)]
    pub status_url: Option<String>,
    /// Where to fetch the result.
    #[serde(default)]
    pub result_url: Option<String>,
}

/// Answer to a result fetch; while unfinished it carries the current status instead.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResultResponse {
    /// The job's id ("" if missing).
    #[serde(default, deserialize_with = "null_default")]
    pub request_id: String,
    /// The status (`Unknown("")` if missing).
    #[serde(default, deserialize_with = "null_default")]
    pub status: JobStatus,
    /// The outputs.
    #[serde(default)]
    pub output: Option<Outputs>,
    /// When the job was created (a number is kept as its text).
    #[serde(default, deserialize_with = "lenient_string")]
    pub created_at: Option<String>,
    /// When the job finished (a number is kept as its text).
    #[serde(default, deserialize_with = "lenient_string")]
    pub finished_at: Option<String>,
    /// The error: a string or an object.
    #[serde(default)]
    pub error: Option<Value>,
    /// The cost, with `?include_cost=true`.
    #[serde(default)]
    pub cost: Option<Value>,
}

impl ResultResponse {
    /// The cost in US dollars, from `cost` as a number, numeric text or an object with
    /// an amount (see [`read_cost`]).
    pub fn cost_usd(&self) -> Option<f64> {
        self.cost.as_ref().and_then(read_cost)
    }

    /// The error as text: a string as is; from an object its `message`,
    /// `error_message` or `detail` string, else the object as compact JSON.
    pub fn error_text(&self) -> Option<String> {
        match self.error.as_ref()? {
            Value::String(s) if s.trim().is_empty() => None,
            Value::String(s) => Some(s.clone()),
            Value::Object(obj) => ["message", "error_message", "detail"]
                .iter()
                .find_map(|k| obj.get(*k).and_then(Value::as_str))
                .filter(|s| !s.trim().is_empty())
                .map_or_else(
                    || Some(Value::Object(obj.clone()).to_string()),
                    |s| Some(s.to_owned()),
                ),
            other => Some(other.to_string()),
        }
    }
}

/// A result's `output` object.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Outputs {
    /// A single image URL.
    #[serde(default, deserialize_with = "lenient_string")]
    pub image: Option<String>,
    /// A single video URL (where Wan puts its video).
    #[serde(default, deserialize_with = "lenient_string")]
    pub video: Option<String>,
    /// Several image URLs.
    #[serde(default, deserialize_with = "string_list")]
    pub images: Vec<String>,
    /// Several video URLs.
    #[serde(default, deserialize_with = "string_list")]
    pub videos: Vec<String>,
    /// A single audio URL.
    #[serde(default, deserialize_with = "lenient_string")]
    pub audio: Option<String>,
    /// Several audio URLs.
    #[serde(default, deserialize_with = "string_list")]
    pub audios: Vec<String>,
    /// Every other key of `output`, as given: the http(s) URLs anywhere in them are
    /// listed as links by [`Outputs::media`].
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

/// One output file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Media {
    /// Its http(s) URL.
    pub url: String,
    /// Video, image, audio or another link.
    pub kind: MediaKind,
}

impl Media {
    /// The name to save it under: the model's name, the job, the output's place, its own
    /// extension: "wan-2-2-3f2a9c1e.mp4", "flux-lite-3f2a9c1e-2.png". Without an
    /// extension in the URL, the kind's usual one: mp4 for a video, png for an image, mp3
    /// for audio; none for another link.
    pub fn file_name(&self, model_id: &str, request_id: &str, index: usize) -> String {
        let path = self.url.split(['?', '#']).next().unwrap_or_default();
        let ext = path
            .rsplit('/')
            .next()
            .and_then(|name| name.rsplit_once('.'))
            .map(|(_, ext)| ext.to_ascii_lowercase())
            .filter(|ext| ext.len() <= 5 && ext.chars().all(|c| c.is_ascii_alphanumeric()))
            .or_else(|| match self.kind {
                MediaKind::Video => Some("mp4".into()),
                MediaKind::Image => Some("png".into()),
                MediaKind::Audio => Some("mp3".into()),
                MediaKind::Link => None,
            });
        // `owner/model/task`: the model part names the file (ids are checked to be
        // file-name safe); jobs from before models were stored are Wan 2.2's.
        let model = model_id
            .split('/')
            .nth(1)
            .filter(|m| !m.is_empty())
            .unwrap_or("wan-2-2");
        let id = request_id.get(..8).unwrap_or(request_id);
        let stem = match index {
            0 => format!("{model}-{id}"),
            i => format!("{model}-{id}-{}", i + 1),
        };
        match ext {
            Some(ext) => format!("{stem}.{ext}"),
            None => stem,
        }
    }
}

/// What an output file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum MediaKind {
    /// A video.
    Video,
    /// An image.
    Image,
    /// A sound file.
    Audio,
    /// Any other http(s) address the output holds (a file of another kind, a page).
    Link,
}

impl From<MediaType> for MediaKind {
    fn from(kind: MediaType) -> MediaKind {
        match kind {
            MediaType::Image => MediaKind::Image,
            MediaType::Video => MediaKind::Video,
            MediaType::Audio => MediaKind::Audio,
        }
    }
}

impl Outputs {
    /// The outputs to show: videos first (`video`, then `videos`), then images, then
    /// audio (`audio`, `audios`), then every other http(s) URL found anywhere under the
    /// other keys (nested lists and objects too) as a link; each URL once. Only http(s)
    /// URLs are kept: a `javascript:` or `data:` URL from a response would be an XSS or
    /// phishing vector once put in a link.
    pub fn media(&self) -> Vec<Media> {
        let videos = self
            .video
            .iter()
            .chain(&self.videos)
            .map(|u| (u, MediaKind::Video));
        let images = self
            .image
            .iter()
            .chain(&self.images)
            .map(|u| (u, MediaKind::Image));
        let audio = self
            .audio
            .iter()
            .chain(&self.audios)
            .map(|u| (u, MediaKind::Audio));
        let mut links = Vec::new();
        for value in self.other.values() {
            strings_in(value, &mut links);
        }
        let links = links.into_iter().map(|u| (u, MediaKind::Link));
        let mut out: Vec<Media> = Vec::new();
        for (url, kind) in videos.chain(images).chain(audio).chain(links) {
            let url = url.trim();
            if is_http_url(url) && !out.iter().any(|m| m.url == url) {
                out.push(Media {
                    url: url.to_owned(),
                    kind,
                });
            }
        }
        out
    }
}

/// Every string in `value`, however deeply nested, in document order.
fn strings_in<'a>(value: &'a Value, out: &mut Vec<&'a String>) {
    match value {
        Value::String(text) => out.push(text),
        Value::Array(items) => items.iter().for_each(|v| strings_in(v, out)),
        Value::Object(map) => map.values().for_each(|v| strings_in(v, out)),
        _ => {}
    }
}

/// Whether `url` may be kept as an output's address: `http://` or `https://` (any case)
/// followed by something. What an answer gives and what an imported history holds are
/// both checked by this: a `javascript:` or `data:` URL would be an XSS or phishing vector
/// once put in a link.
pub fn is_http_url(url: &str) -> bool {
    let rest = ["https://", "http://"].iter().find_map(|scheme| {
        url.get(..scheme.len())
            .filter(|head| head.eq_ignore_ascii_case(scheme))
            .map(|_| &url[scheme.len()..])
    });
    rest.is_some_and(|r| !r.is_empty())
}

/// Whether `id` has the shape of a request id: 1 to [`MAX_REQUEST_ID_LEN`] characters of
/// `[A-Za-z0-9._-]`, not dots only (RunComfy's ids are UUIDs). It goes into
/// `/v1/requests/{id}/…` as one path segment, so `..`, `/`, `%`, `?` and the like never do.
pub fn is_request_id(id: &str) -> bool {
    id.len() <= MAX_REQUEST_ID_LEN && is_path_segment(id)
}

/// Whether `text` is safe as one segment of a URL path as it is: `[A-Za-z0-9._-]`, not
/// empty and not made of dots only (`.` and `..` would move up the path). The shape of a
/// model id's segments and of a request id
/// ([`is_request_id`]).
pub(crate) fn is_path_segment(text: &str) -> bool {
    !text.is_empty()
        && !text.bytes().all(|b| b == b'.')
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
}

/// The longest request id taken: a UUID is 36 characters.
pub const MAX_REQUEST_ID_LEN: usize = 128;

/// A request id of the shape [`is_request_id`] checks; any other is an error.
fn request_id<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    let id = String::deserialize(deserializer)?;
    if is_request_id(&id) {
        Ok(id)
    } else {
        Err(serde::de::Error::custom("a request id of another shape"))
    }
}

/// Answer to a cancel.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CancelResponse {
    /// The job's id ("" if missing).
    #[serde(default, deserialize_with = "null_default")]
    pub request_id: String,
    /// The job's status, if given.
    #[serde(default)]
    pub status: Option<JobStatus>,
    /// What the cancel did (`Unknown("")` if missing).
    #[serde(default, deserialize_with = "null_default")]
    pub outcome: CancelOutcome,
}

/// What a cancel did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CancelOutcome {
    /// `cancelled` (or `canceled`): the job is cancelled.
    Cancelled,
    /// `cancellation_requested`: it will be, shortly.
    CancellationRequested,
    /// `not_cancellable`: it is already running.
    NotCancellable,
    /// Anything else, kept verbatim.
    Unknown(String),
}

impl CancelOutcome {
    /// The outcome for a wire string (matched case-insensitively).
    pub fn from_wire(text: &str) -> CancelOutcome {
        match text.trim().to_ascii_lowercase().as_str() {
            "cancelled" | "canceled" => CancelOutcome::Cancelled,
            "cancellation_requested" => CancelOutcome::CancellationRequested,
            "not_cancellable" | "not_cancelable" => CancelOutcome::NotCancellable,
            _ => CancelOutcome::Unknown(text.to_owned()),
        }
    }

    /// The wire string; `Unknown` keeps its text.
    pub fn as_str(&self) -> &str {
        match self {
            CancelOutcome::Cancelled => "cancelled",
            CancelOutcome::CancellationRequested => "cancellation_requested",
            CancelOutcome::NotCancellable => "not_cancellable",
            CancelOutcome::Unknown(text) => text,
        }
    }
}

impl Default for CancelOutcome {
    /// A missing outcome.
    fn default() -> CancelOutcome {
        CancelOutcome::Unknown(String::new())
    }
}

impl Serialize for CancelOutcome {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CancelOutcome {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(CancelOutcome::from_wire(&String::deserialize(
            deserializer,
        )?))
    }
}

/// `null` reads as the default, like a missing field.
fn null_default<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    Ok(Option::<T>::deserialize(deserializer)?.unwrap_or_default())
}

/// A u32, or none for anything else (a negative, a float, a string).
fn lenient_u32<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<u32>, D::Error> {
    let value = Value::deserialize(deserializer)?;
    Ok(value.as_u64().and_then(|n| u32::try_from(n).ok()))
}

/// A string; a number becomes its text; anything else is none.
fn lenient_string<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    Ok(match Value::deserialize(deserializer)? {
        Value::String(s) => Some(s),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    })
}

/// A list of strings: `null` is empty, a lone string is a list of one, non-strings in a
/// list are skipped.
fn string_list<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<String>, D::Error> {
    Ok(match Value::deserialize(deserializer)? {
        Value::String(s) => vec![s],
        Value::Array(items) => items
            .into_iter()
            .filter_map(|v| match v {
                Value::String(s) => Some(s),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn parse<T: serde::de::DeserializeOwned>(v: Value) -> T {
        serde_json::from_value(v).expect("parses")
    }

    fn video(url: &str) -> Media {
        Media {
            url: url.into(),
            kind: MediaKind::Video,
        }
    }

    fn image(url: &str) -> Media {
        Media {
            url: url.into(),
            kind: MediaKind::Image,
        }
    }

    #[test]
    fn submit() {
        let s: SubmitResponse = parse(json!({
            "request_id": "abc",
            "status_url": "https://x/status",
            "result_url": "https://x/result",
            "cancel_url": null,
            "extra": [1, 2]
        }));
        assert_eq!(s.request_id, "abc");
        assert_eq!(s.status_url.as_deref(), Some("https://x/status"));
        assert_eq!(s.result_url.as_deref(), Some("https://x/result"));
        assert_eq!(s.cancel_url, None);
        let bare: SubmitResponse = parse(json!({"request_id": "r"}));
        assert_eq!(bare.status_url, None);
        assert!(serde_json::from_value::<SubmitResponse>(json!({"status_url": "x"})).is_err());
        // The id goes into every poll's path: only the API's shape is taken.
        let uuid: SubmitResponse =
            parse(json!({"request_id": "3f2a9c1e-77aa-4d2b-9e0f-1a2b3c4d5e6f"}));
        assert_eq!(uuid.request_id, "3f2a9c1e-77aa-4d2b-9e0f-1a2b3c4d5e6f");
        for odd in [
            "",
            "..",
            "../billing",
            "a/b",
            "a?b",
            "a#b",
            "%2e%2e",
            "a b",
            "é",
        ] {
            let answer = json!({ "request_id": odd });
            assert!(
                serde_json::from_value::<SubmitResponse>(answer).is_err(),
                "{odd}"
            );
        }
    }

    #[test]
    fn request_ids_have_the_apis_shape() {
        for good in [
            "r1",
            "3f2a9c1e-77aa-4d2b-9e0f-1a2b3c4d5e6f",
            "a.b",
            "A_B-c",
            ".x",
        ] {
            assert!(is_request_id(good), "{good}");
        }
        let longest = "a".repeat(MAX_REQUEST_ID_LEN);
        assert!(is_request_id(&longest));
        let too_long = "a".repeat(MAX_REQUEST_ID_LEN + 1);
        assert!(!is_request_id(&too_long));
        for bad in [
            "", ".", "..", "...", "a/b", "a\\b", "a%2Fb", "a?b", "a#b", "a b", " a", "a\n",
            "a\u{0}", "é", "a:b",
        ] {
            assert!(!is_request_id(bad), "{bad:?}");
        }
    }

    #[test]
    fn job_status_wire_strings() {
        use JobStatus::*;
        let all = [
            InQueue, InProgress, Completed, Succeeded, Failed, Cancelled, Canceled,
        ];
        for s in all.iter().cloned().chain([Unknown("paused".into())]) {
            let text = serde_json::to_string(&s).expect("serialises");
            assert_eq!(text, format!("\"{}\"", s.as_str()));
            assert_eq!(serde_json::from_str::<JobStatus>(&text).ok(), Some(s));
        }
        assert_eq!(JobStatus::from_wire("COMPLETED"), Completed);
        assert_eq!(JobStatus::from_wire("queued"), Unknown("queued".into()));
        assert_eq!(JobStatus::from_wire("running"), Unknown("running".into()));
        assert_eq!(JobStatus::default(), Unknown(String::new()));
        assert!(serde_json::from_value::<JobStatus>(json!(3)).is_err());
    }

    #[test]
    fn job_status_predicates() {
        use JobStatus::*;
        let table = [
            (InQueue, false, false, false),
            (InProgress, false, false, false),
            (Completed, true, true, false),
            (Succeeded, true, true, false),
            (Failed, true, false, false),
            (Cancelled, true, false, true),
            (Canceled, true, false, true),
            (Unknown("x".into()), false, false, false),
        ];
        for (s, fin, ok, cancelled) in table {
            assert_eq!(
                (s.is_final(), s.is_success(), s.is_cancelled()),
                (fin, ok, cancelled),
                "{s:?}"
            );
        }
    }

    #[test]
    fn status() {
        let s: StatusResponse =
            parse(json!({"request_id": "r", "status": "in_queue", "queue_position": 3}));
        assert_eq!(s.status, JobStatus::InQueue);
        assert_eq!(s.queue_position, Some(3));
        let s: StatusResponse =
            parse(json!({"status": "in_progress", "request_id": null, "queue_position": null}));
        assert_eq!((s.request_id.as_str(), s.queue_position), ("", None));
        for odd in [json!(-1), json!(2.5), json!("4"), json!(4_294_967_296_u64)] {
            let s: StatusResponse = parse(json!({"status": "in_queue", "queue_position": odd}));
            assert_eq!(s.queue_position, None, "{odd}");
        }
        let s: StatusResponse =
            parse(json!({"status": "in_queue", "queue_position": 4_294_967_295_u64}));
        assert_eq!(s.queue_position, Some(u32::MAX));
        assert!(serde_json::from_value::<StatusResponse>(json!({"request_id": "r"})).is_err());
        assert!(serde_json::from_value::<StatusResponse>(json!({"status": null})).is_err());
    }

    #[test]
    fn result_with_video() {
        let r: ResultResponse = parse(json!({
            "request_id": "r",
            "status": "succeeded",
            "output": {"video": "https://cdn/v.mp4", "image": null, "images": null},
            "created_at": "2025-01-01T00:00:00Z",
            "finished_at": 1735689600,
            "cost": {"credits": 2}
        }));
        assert!(r.status.is_success());
        assert_eq!(r.created_at.as_deref(), Some("2025-01-01T00:00:00Z"));
        assert_eq!(r.finished_at.as_deref(), Some("1735689600"));
        assert_eq!(r.cost, Some(json!({"credits": 2})));
        assert_eq!(r.error_text(), None);
        let media = r.output.map(|o| o.media()).unwrap_or_default();
        assert_eq!(media, [video("https://cdn/v.mp4")]);
    }

    #[test]
    fn result_unfinished_or_sparse() {
        let r: ResultResponse = parse(json!({"request_id": "r", "status": "in_progress"}));
        assert_eq!(r.status, JobStatus::InProgress);
        assert_eq!(r.output, None);
        let r: ResultResponse = parse(json!({}));
        assert_eq!(r.status, JobStatus::Unknown(String::new()));
        let r: ResultResponse = parse(json!({"status": null, "output": null, "error": null}));
        assert_eq!((r.output, r.error), (None, None));
    }

    #[test]
    fn error_text() {
        let with = |error: Value| ResultResponse {
            error: Some(error),
            ..parse(json!({"status": "failed"}))
        };
        assert_eq!(
            with(json!("GPU fell over")).error_text().as_deref(),
            Some("GPU fell over")
        );
        assert_eq!(with(json!("  ")).error_text(), None);
        assert_eq!(
            with(json!({"message": "m"})).error_text().as_deref(),
            Some("m")
        );
        assert_eq!(
            with(json!({"error_message": "e"})).error_text().as_deref(),
            Some("e")
        );
        assert_eq!(
            with(json!({"detail": "d", "code": 1}))
                .error_text()
                .as_deref(),
            Some("d")
        );
        assert_eq!(
            with(json!({"code": 7, "message": 5}))
                .error_text()
                .as_deref(),
            Some(r#"{"code":7,"message":5}"#)
        );
        assert_eq!(with(json!(42)).error_text().as_deref(), Some("42"));
    }

    #[test]
    fn media_order_dedup_and_scheme_filter() {
        let o: Outputs = parse(json!({
            "video": "https://a/v.mp4",
            "videos": ["https://a/v.mp4", "https://a/w.mp4", null, 5],
            "image": "HTTP://a/i.png",
            "images": ["javascript:alert(1)", "data:image/png;base64,AAAA", "//a/x.png",
                       "ftp://a/y.png", "https://", " https://a/j.png ", "https://a/w.mp4"]
        }));
        assert_eq!(
            o.media(),
            [
                video("https://a/v.mp4"),
                video("https://a/w.mp4"),
                image("HTTP://a/i.png"),
                image("https://a/j.png"),
            ]
        );
        let lone: Outputs = parse(json!({"videos": "https://a/only.mp4"}));
        assert_eq!(lone.media(), [video("https://a/only.mp4")]);
        assert_eq!(parse::<Outputs>(json!({})).media(), []);
        assert_eq!(
            parse::<Outputs>(json!({"video": 3})).video,
            Some("3".into())
        );
        assert_eq!(parse::<Outputs>(json!({"video": {"url": "x"}})).video, None);
    }

    fn media(url: &str, kind: MediaKind) -> Media {
        Media {
            url: url.into(),
            kind,
        }
    }

    #[test]
    fn audio_and_every_other_link() {
        let o: Outputs = parse(json!({
            "audio": "https://a/s.wav",
            "audios": ["https://a/s.wav", "https://a/t.mp3", 7],
            "video": "https://a/v.mp4",
            "files": [{"url": "https://a/mesh.glb"}, {"url": "javascript:alert(1)"},
                      "data:text/plain,hi", ["https://a/v.mp4", "  https://a/deep.txt "]],
            "meta": {"seed": 5, "note": "not a url", "page": "HTTPS://a/page"},
            "thumbnail": "https://a/thumb.jpg"
        }));
        assert_eq!(o.audio.as_deref(), Some("https://a/s.wav"));
        assert_eq!(o.audios, ["https://a/s.wav", "https://a/t.mp3"]);
        assert_eq!(
            o.media(),
            [
                media("https://a/v.mp4", MediaKind::Video),
                media("https://a/s.wav", MediaKind::Audio),
                media("https://a/t.mp3", MediaKind::Audio),
                media("https://a/mesh.glb", MediaKind::Link),
                media("https://a/deep.txt", MediaKind::Link),
                media("HTTPS://a/page", MediaKind::Link),
                media("https://a/thumb.jpg", MediaKind::Link),
            ]
        );
        let lone: Outputs = parse(json!({"audios": "https://a/only.ogg"}));
        assert_eq!(
            lone.media(),
            [media("https://a/only.ogg", MediaKind::Audio)]
        );
        // Other keys survive storage, so their links do too.
        let back: Outputs =
            serde_json::from_str(&serde_json::to_string(&o).expect("ser")).expect("de");
        assert_eq!(back, o);
        assert_eq!(back.media(), o.media());
    }

    #[test]
    fn a_result_with_only_links_has_outputs() {
        let r: ResultResponse = parse(json!({
            "status": "succeeded",
            "output": {"model_3d": {"glb": "https://a/m.glb"}}
        }));
        let media = r.output.map(|o| o.media()).unwrap_or_default();
        assert_eq!(media, [self::media("https://a/m.glb", MediaKind::Link)]);
    }

    #[test]
    fn saved_names_follow_the_kind() {
        let id = "3f2a9c1e-77aa";
        let name = |url: &str, kind| media(url, kind).file_name("acme/tts/speech", id, 0);
        assert_eq!(
            name("https://a/voice.WAV", MediaKind::Audio),
            "tts-3f2a9c1e.wav"
        );
        assert_eq!(
            name("https://a/voice.mp3?x=1", MediaKind::Audio),
            "tts-3f2a9c1e.mp3"
        );
        assert_eq!(
            name("https://a/voice", MediaKind::Audio),
            "tts-3f2a9c1e.mp3"
        );
        assert_eq!(
            name("https://a/render", MediaKind::Image),
            "tts-3f2a9c1e.png"
        );
        assert_eq!(name("https://a/clip", MediaKind::Video), "tts-3f2a9c1e.mp4");
        assert_eq!(name("https://a/m.glb", MediaKind::Link), "tts-3f2a9c1e.glb");
        assert_eq!(name("https://a/page", MediaKind::Link), "tts-3f2a9c1e");
        assert_eq!(
            media("https://a/page", MediaKind::Link).file_name("acme/tts/speech", id, 2),
            "tts-3f2a9c1e-3"
        );
    }

    #[test]
    fn media_kinds_from_input_kinds_and_storage() {
        assert_eq!(MediaKind::from(MediaType::Audio), MediaKind::Audio);
        assert_eq!(MediaKind::from(MediaType::Video), MediaKind::Video);
        assert_eq!(MediaKind::from(MediaType::Image), MediaKind::Image);
        for kind in [MediaKind::Audio, MediaKind::Link] {
            let m = media("https://a/x", kind);
            let back: Media =
                serde_json::from_str(&serde_json::to_string(&m).expect("ser")).expect("de");
            assert_eq!(back, m);
        }
        // Jobs stored before audio existed still read.
        let old: Media = parse(json!({"url": "https://a/v.mp4", "kind": "Video"}));
        assert_eq!(old.kind, MediaKind::Video);
    }

    #[test]
    fn cancel() {
        let c: CancelResponse =
            parse(json!({"request_id": "r", "status": "cancelled", "outcome": "cancelled"}));
        assert_eq!(c.outcome, CancelOutcome::Cancelled);
        assert_eq!(c.status, Some(JobStatus::Cancelled));
        let outcome = |s: &str| parse::<CancelResponse>(json!({"outcome": s})).outcome;
        assert_eq!(outcome("canceled"), CancelOutcome::Cancelled);
        assert_eq!(
            outcome("cancellation_requested"),
            CancelOutcome::CancellationRequested
        );
        assert_eq!(outcome("not_cancellable"), CancelOutcome::NotCancellable);
        assert_eq!(outcome("later"), CancelOutcome::Unknown("later".into()));
        let c: CancelResponse = parse(json!({"status": null, "outcome": null}));
        assert_eq!(
            (c.status, c.outcome),
            (None, CancelOutcome::Unknown(String::new()))
        );
        for o in [
            CancelOutcome::Cancelled,
            CancelOutcome::CancellationRequested,
            CancelOutcome::NotCancellable,
            CancelOutcome::Unknown("x".into()),
        ] {
            let text = serde_json::to_string(&o).expect("serialises");
            assert_eq!(serde_json::from_str::<CancelOutcome>(&text).ok(), Some(o));
        }
    }

    #[test]
    fn responses_round_trip_for_persistence() {
        let r: ResultResponse = parse(json!({
            "request_id": "r", "status": "completed",
            "output": {"video": "https://a/v.mp4", "videos": ["https://a/w.mp4"]},
            "error": {"message": "x"}
        }));
        let back: ResultResponse =
            serde_json::from_str(&serde_json::to_string(&r).expect("ser")).expect("de");
        assert_eq!(back, r);
        let m = video("https://a/v.mp4");
        let back: Media =
            serde_json::from_str(&serde_json::to_string(&m).expect("ser")).expect("de");
        assert_eq!(back, m);
    }

    #[test]
    fn output_file_names_follow_model_job_and_extension() {
        let video = Media {
            url: "https://cdn.example/out/Result.MP4?sig=1#t".into(),
            kind: MediaKind::Video,
        };
        let id = "3f2a9c1e-77aa-4d2b";
        assert_eq!(
            video.file_name("wan-ai/wan-2-2/image-to-video", id, 0),
            "wan-2-2-3f2a9c1e.mp4"
        );
        let image = Media {
            url: "https://cdn.example/render".into(),
            kind: MediaKind::Image,
        };
        assert_eq!(
            image.file_name("acme/flux-lite/text-to-image", id, 1),
            "flux-lite-3f2a9c1e-2.png"
        );
        // A job stored before models were: Wan 2.2.
        assert_eq!(video.file_name("", "abc", 0), "wan-2-2-abc.mp4");
        let odd = Media {
            url: "https://cdn.example/a.verylongext".into(),
            kind: MediaKind::Video,
        };
        assert_eq!(odd.file_name("o/m", id, 0), "m-3f2a9c1e.mp4");
    }
}
