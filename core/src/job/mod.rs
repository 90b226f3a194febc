//! Jobs: a submitted job's life, and what is made of jobs (sets, batches, chains, history).
//!
//! This file is a job's life, as a pure state machine: each API answer moves it on and says
//! what to do next. No timers here; the caller passes the time in ms and owns the waits,
//! whose lengths [`poll::PollPlan`] computes.

pub mod batch;
pub mod budget;
pub mod chain;
pub mod history;
pub mod merge;
pub mod persist;
pub mod poll;
pub mod set;
pub mod spend;
pub mod upload;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::api::error::ApiError;
use crate::api::types::{
    CancelOutcome, CancelResponse, JobStatus, Media, Outputs, ResultResponse, StatusResponse,
};
use crate::i18n::Lang;
use crate::text::instant::instant_ms;

/// Where a job stands.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum JobPhase {
    /// The submit request is under way.
    Submitting,
    /// Waiting in the queue.
    Queued {
        /// Place in the queue, when the API says.
        position: Option<u32>,
    },
    /// Generating.
    Running,
    /// Done, with its outputs.
    Succeeded {
        /// The outputs, videos first.
        media: Vec<Media>,
    },
    /// Failed, with the reason to show.
    Failed {
        /// The reason.
        #[serde(deserialize_with = "failure_or_old_text")]
        error: Failure,
    },
    /// Cancelled.
    Cancelled,
    /// A status this app does not know; polling goes on.
    Unknown {
        /// The status text.
        status: String,
    },
    /// A poll got an answer that says nothing sure about the job (a 404, a body of another
    /// shape): it may still be running or done on RunComfy. Polling rests until the user
    /// checks again, the page reloads or the API base changes; it is never "failed" on
    /// such an answer alone.
    Unconfirmed {
        /// What the last check got.
        error: ApiError,
    },
}

impl Default for JobPhase {
    /// For stored jobs without a phase: they have a request id, so polling will tell.
    fn default() -> JobPhase {
        JobPhase::Queued { position: None }
    }
}

impl JobPhase {
    /// Whether the job is over; a final phase never changes again.
    pub fn is_final(&self) -> bool {
        matches!(
            self,
            JobPhase::Succeeded { .. } | JobPhase::Failed { .. } | JobPhase::Cancelled
        )
    }

    /// Whether a cancel can work: RunComfy only cancels queued jobs.
    pub fn can_cancel(&self) -> bool {
        matches!(self, JobPhase::Queued { .. })
    }

    /// Which endpoint a regular poll asks. While queued, `/status` (it carries the queue
    /// position); once running, `/result`, which answers with the current status until the
    /// job ends and then with the outputs: the poll that sees the end brings the video, one
    /// request and one round trip fewer per job.
    pub fn poll_endpoint(&self) -> NextStep {
        match self {
            JobPhase::Running => NextStep::FetchResult,
            _ => NextStep::PollStatus,
        }
    }

    /// A short label for the job list, in English.
    pub fn label(&self) -> String {
        self.label_in(Lang::En)
    }

    /// A short label for the job list.
    pub fn label_in(&self, lang: Lang) -> String {
        let t = lang.texts();
        match self {
            JobPhase::Submitting => t.submitting(),
            JobPhase::Queued { position: Some(p) } => t.phase_queued_at(*p),
            JobPhase::Queued { position: None } => t.phase_queued(),
            JobPhase::Running => t.phase_running(),
            JobPhase::Succeeded { .. } => t.phase_done(),
            JobPhase::Failed { error } => t.phase_failed(&error.message_in(lang)),
            JobPhase::Cancelled => t.phase_cancelled(),
            JobPhase::Unknown { status } => t.phase_unknown(status),
            JobPhase::Unconfirmed { error } => t.phase_unconfirmed(&error.message_in(lang)),
        }
    }
}

/// Why a job failed: RunComfy's own words, or the app's reason, which is kept as a kind
/// (not as text) so it reads in whatever language the UI has when it is shown.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Failure {
    /// RunComfy said "failed" and gave no reason.
    NoReason,
    /// RunComfy said "succeeded" but gave no output.
    NoOutput,
    /// A poll failed for good (e.g. the request expired).
    Api(ApiError),
    /// RunComfy's reason, as given.
    Said(String),
}

/// Reads a stored failure. Before the UI had languages a failure was stored as its text,
/// which reads as RunComfy's words. (A hand-made visitor rather than `untagged`: it keeps
/// one copy of the `ApiError` reader in the wasm instead of three.)
fn failure_or_old_text<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Failure, D::Error> {
    struct FailureVisitor;
    impl<'de> serde::de::Visitor<'de> for FailureVisitor {
        type Value = Failure;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a job failure")
        }
        fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Failure, E> {
            Ok(match text {
                "NoReason" => Failure::NoReason,
                "NoOutput" => Failure::NoOutput,
                _ => Failure::Said(text.to_owned()),
            })
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Failure, A::Error> {
            Failure::deserialize(serde::de::value::MapAccessDeserializer::new(map))
        }
    }
    d.deserialize_any(FailureVisitor)
}

impl Failure {
    /// The reason, as the user reads it.
    pub fn message_in(&self, lang: Lang) -> String {
        match self {
            Failure::NoReason => lang.texts().failure_no_reason(),
            Failure::NoOutput => lang.texts().failure_no_output(),
            Failure::Api(error) => error.message_in(lang),
            Failure::Said(text) => text.clone(),
        }
    }
}

impl From<&str> for Failure {
    fn from(text: &str) -> Failure {
        Failure::Said(text.to_owned())
    }
}

/// What became of a cancel, while the job has not ended yet. Not stored: the next poll
/// after a reload tells what became of the job.
#[derive(Debug, Clone, PartialEq)]
pub enum CancelNote {
    /// The cancel request is on its way.
    Sending,
    /// RunComfy accepted it; the job has not stopped yet.
    Requested,
    /// Too late: the job already runs.
    NotCancellable,
    /// The cancel request itself failed.
    Refused(ApiError),
}

impl CancelNote {
    /// The note under the job.
    pub fn message_in(&self, lang: Lang) -> String {
        let t = lang.texts();
        match self {
            CancelNote::Sending => t.cancel_sending(),
            CancelNote::Requested => t.cancel_requested(),
            CancelNote::NotCancellable => t.cancel_too_late(),
            CancelNote::Refused(error) => t.cancel_refused(&error.message_in(lang)),
        }
    }
}

/// What the caller should do after an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NextStep {
    /// Wait (see [`poll::PollPlan`]), then poll the status.
    PollStatus,
    /// Fetch the result now.
    FetchResult,
    /// Nothing more: the job is over.
    Stop,
}

/// A submitted job, as persisted in `localStorage`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Job {
    /// The API's id for it.
    pub request_id: String,
    /// The model it runs on, e.g. "wan-ai/wan-2-2/image-to-video".
    #[serde(default)]
    pub model_id: String,
    /// The exact body that was sent.
    #[serde(default)]
    pub inputs: Map<String, Value>,
    /// Where it stands.
    #[serde(default)]
    pub phase: JobPhase,
    /// When it was submitted (ms since the epoch).
    #[serde(default)]
    pub submitted_at_ms: f64,
    /// When it was first seen running.
    #[serde(default)]
    pub started_at_ms: Option<f64>,
    /// When it reached a final phase.
    #[serde(default)]
    pub finished_at_ms: Option<f64>,
    /// The last poll failed transiently; polling goes on.
    #[serde(default)]
    pub reconnecting: bool,
    /// The answer to a cancel that did not end the job.
    #[serde(skip)]
    pub cancel_note: Option<CancelNote>,
    /// The API refused the token while polling: the job is kept and waits for a valid one.
    #[serde(default)]
    pub token_rejected: bool,
    /// Answers in a row that said nothing sure about the job (a 404, an odd body); past
    /// [`ODD_ANSWERS_BEFORE_REST`] polling rests and the job is unconfirmed.
    #[serde(skip)]
    pub odd_answers: u32,
    /// What the job cost in US dollars, when a result said (`?include_cost=true`).
    #[serde(default)]
    pub cost_usd: Option<f64>,
    /// The job whose clip this one continues (from a frame of its video), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub continues: Option<ContinuesFrom>,
    /// The job whose output this one was given as an input ("Use as input of…"), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub made_from: Option<String>,
    /// What it was expected to cost when sent (US dollars, from the catalog's price): what
    /// a budget counts while its cost is not known yet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub estimate_usd: Option<f64>,
    /// How long RunComfy took, submit to finish (ms): its own `finished_at - created_at`,
    /// else halfway between the last poll that saw it unfinished and the one that saw it
    /// done ([`Job::note_seen_done`]). What [`poll::learnt_run_time`] learns from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ran_ms: Option<f64>,
}

/// The job a job continues: its video, from the frame at `at_secs`. Kept with the job.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ContinuesFrom {
    /// The request id of the job whose frame was taken.
    pub request_id: String,
    /// Where in its video the frame was (seconds).
    pub at_secs: f64,
    /// A bridge: the clip this job leads into (its end frame is that clip's first), so in
    /// the chain it plays between the two.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bridges_to: Option<String>,
}

impl Job {
    /// A job just accepted by the API, queued until the first status says otherwise.
    pub fn new(
        request_id: impl Into<String>,
        model_id: impl Into<String>,
        inputs: Map<String, Value>,
        submitted_at_ms: f64,
    ) -> Job {
        Job {
            request_id: request_id.into(),
            model_id: model_id.into(),
            inputs,
            phase: JobPhase::default(),
            submitted_at_ms,
            started_at_ms: None,
            finished_at_ms: None,
            reconnecting: false,
            cancel_note: None,
            token_rejected: false,
            odd_answers: 0,
            cost_usd: None,
            continues: None,
            made_from: None,
            estimate_usd: None,
            ran_ms: None,
        }
    }

    /// Applies a status answer.
    pub fn on_status(&mut self, status: &StatusResponse, now_ms: f64) -> NextStep {
        if self.phase.is_final() {
            return NextStep::Stop;
        }
        self.reconnecting = false;
        self.token_rejected = false;
        self.odd_answers = 0;
        self.apply_status(&status.status, status.queue_position, now_ms)
    }

    /// Applies a result answer, which carries the current status while unfinished.
    pub fn on_result(&mut self, result: &ResultResponse, now_ms: f64) -> NextStep {
        if self.phase.is_final() {
            return NextStep::Stop;
        }
        self.reconnecting = false;
        self.token_rejected = false;
        self.odd_answers = 0;
        if let Some(cost) = result.cost_usd() {
            self.cost_usd = Some(cost);
        }
        let media = result
            .output
            .as_ref()
            .map(Outputs::media)
            .unwrap_or_default();
        match &result.status {
            JobStatus::Failed => {
                let error = result.error_text().map_or(Failure::NoReason, Failure::Said);
                self.finish(JobPhase::Failed { error }, now_ms)
            }
            s if s.is_cancelled() => self.finish(JobPhase::Cancelled, now_ms),
            // Outputs are the strongest sign of success, also under a missing or unknown
            // status (which would otherwise bounce between status and result forever).
            s if s.is_success() || (matches!(s, JobStatus::Unknown(_)) && !media.is_empty()) => {
                if media.is_empty() {
                    let error = result.error_text().map_or(Failure::NoOutput, Failure::Said);
                    self.finish(JobPhase::Failed { error }, now_ms)
                } else {
                    self.ran_ms = Job::run_time_ms(result);
                    self.finish(JobPhase::Succeeded { media }, now_ms)
                }
            }
            s => {
                self.apply_status(s, None, now_ms);
                NextStep::PollStatus
            }
        }
    }

    /// Applies a failed poll: transient errors keep polling (flagged as reconnecting);
    /// any other answer (e.g. `NotFound`: the request expired, or the API base is wrong)
    /// leaves the job unconfirmed, to be checked again, never failed.
    pub fn on_poll_error(&mut self, err: &ApiError, _now_ms: f64) -> NextStep {
        if self.phase.is_final() {
            return NextStep::Stop;
        }
        // A rejected token says nothing about the job: it may still finish on RunComfy,
        // so it is kept and watched again once a valid token is pasted.
        if matches!(
            err,
            ApiError::Unauthorized { .. } | ApiError::Forbidden { .. }
        ) {
            self.token_rejected = true;
            return NextStep::PollStatus;
        }
        if err.is_transient() {
            self.reconnecting = true;
            return NextStep::PollStatus;
        }
        // The same question again, a few times, before the job rests unconfirmed.
        self.odd_answers = self.odd_answers.saturating_add(1);
        if self.odd_answers < ODD_ANSWERS_BEFORE_REST {
            self.reconnecting = true;
            return NextStep::PollStatus;
        }
        self.reconnecting = false;
        self.odd_answers = 0;
        self.phase = JobPhase::Unconfirmed { error: err.clone() };
        NextStep::Stop
    }

    /// Applies a cancel answer.
    pub fn on_cancel(&mut self, resp: &CancelResponse, now_ms: f64) -> NextStep {
        if self.phase.is_final() {
            return NextStep::Stop;
        }
        self.reconnecting = false;
        self.token_rejected = false;
        let status_cancelled = resp.status.as_ref().is_some_and(JobStatus::is_cancelled);
        match &resp.outcome {
            CancelOutcome::Cancelled => self.finish(JobPhase::Cancelled, now_ms),
            _ if status_cancelled => self.finish(JobPhase::Cancelled, now_ms),
            CancelOutcome::CancellationRequested => {
                self.cancel_note = Some(CancelNote::Requested);
                NextStep::PollStatus
            }
            CancelOutcome::NotCancellable => {
                self.cancel_note = Some(CancelNote::NotCancellable);
                NextStep::PollStatus
            }
            // Polling will show what happened.
            CancelOutcome::Unknown(_) => NextStep::PollStatus,
        }
    }

    /// How long the job took by RunComfy's own times (see [`Job::ran_ms`]).
    fn run_time_ms(result: &ResultResponse) -> Option<f64> {
        let server = |text: &Option<String>| text.as_deref().and_then(instant_ms);
        let ran = server(&result.finished_at)? - server(&result.created_at)?;
        (ran.is_finite() && ran > 0.0).then_some(ran)
    }

    /// A poll at `now_ms` saw the job succeed, the one before at `unfinished_at_ms` (none:
    /// only the submit) saw it unfinished: when RunComfy's own times did not say how long
    /// it ran, halfway between the two is the best guess, whatever the polls' spacing.
    pub fn note_seen_done(&mut self, unfinished_at_ms: Option<f64>, now_ms: f64) {
        if self.ran_ms.is_some() || !matches!(self.phase, JobPhase::Succeeded { .. }) {
            return;
        }
        let before = unfinished_at_ms.unwrap_or(self.submitted_at_ms);
        let ran = (before + now_ms) / 2.0 - self.submitted_at_ms;
        self.ran_ms = (ran.is_finite() && ran > 0.0).then_some(ran);
    }

    /// Moves to the phase a live (or final) status names.
    fn apply_status(&mut self, status: &JobStatus, position: Option<u32>, now_ms: f64) -> NextStep {
        match status {
            JobStatus::InQueue => {
                self.phase = JobPhase::Queued { position };
                NextStep::PollStatus
            }
            JobStatus::InProgress => {
                self.started_at_ms.get_or_insert(now_ms);
                self.phase = JobPhase::Running;
                NextStep::PollStatus
            }
            // The phase waits for the result: outputs on success, the reason on failure.
            JobStatus::Completed | JobStatus::Succeeded | JobStatus::Failed => {
                NextStep::FetchResult
            }
            JobStatus::Cancelled | JobStatus::Canceled => self.finish(JobPhase::Cancelled, now_ms),
            JobStatus::Unknown(text) => {
                self.phase = JobPhase::Unknown {
                    status: text.clone(),
                };
                NextStep::PollStatus
            }
        }
    }

    fn finish(&mut self, phase: JobPhase, now_ms: f64) -> NextStep {
        self.phase = phase;
        self.finished_at_ms = Some(now_ms);
        self.reconnecting = false;
        self.token_rejected = false;
        NextStep::Stop
    }
}

/// What the jobs cost together, from the costs known; `None` when none is known.
pub fn total_cost(jobs: &[Job]) -> Option<f64> {
    jobs.iter()
        .filter_map(|job| job.cost_usd)
        .fold(None, |sum, cost| Some(sum.unwrap_or(0.0) + cost))
}

/// How many answers in a row that say nothing sure (a 404, an odd body) a job is asked
/// about before it rests unconfirmed.
pub const ODD_ANSWERS_BEFORE_REST: u32 = 3;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::types::MediaKind;
    use serde_json::json;

    fn job() -> Job {
        Job::new("r1", "wan-ai/wan-2-2/image-to-video", Map::new(), 1000.0)
    }

    fn status(s: &str, position: Option<u32>) -> StatusResponse {
        StatusResponse {
            request_id: "r1".into(),
            status: JobStatus::from_wire(s),
            queue_position: position,
            status_url: None,
            result_url: None,
        }
    }

    fn result(s: &str, output: Option<Value>, error: Option<Value>) -> ResultResponse {
        ResultResponse {
            request_id: "r1".into(),
            status: JobStatus::from_wire(s),
            output: output.map(|o| serde_json::from_value::<Outputs>(o).expect("outputs")),
            created_at: None,
            finished_at: None,
            error,
            cost: None,
        }
    }

    fn cancel(outcome: &str, s: Option<&str>) -> CancelResponse {
        CancelResponse {
            request_id: "r1".into(),
            status: s.map(JobStatus::from_wire),
            outcome: CancelOutcome::from_wire(outcome),
        }
    }

    fn video(url: &str) -> Media {
        Media {
            url: url.into(),
            kind: MediaKind::Video,
        }
    }

    #[test]
    fn new_job_is_queued_and_cancellable() {
        let j = job();
        assert_eq!(j.phase, JobPhase::Queued { position: None });
        assert!(j.phase.can_cancel());
        assert!(!j.phase.is_final());
        assert_eq!((j.started_at_ms, j.finished_at_ms), (None, None));
    }

    #[test]
    fn queue_then_running_then_result() {
        let mut j = job();
        assert_eq!(
            j.on_status(&status("in_queue", Some(3)), 2000.0),
            NextStep::PollStatus
        );
        assert_eq!(j.phase, JobPhase::Queued { position: Some(3) });
        assert_eq!(j.phase.label(), "Queued — position 3");
        assert_eq!(
            j.on_status(&status("in_progress", None), 3000.0),
            NextStep::PollStatus
        );
        assert_eq!(j.phase, JobPhase::Running);
        assert_eq!(j.started_at_ms, Some(3000.0));
        assert!(!j.phase.can_cancel());
        // Set once.
        j.on_status(&status("in_progress", None), 4000.0);
        assert_eq!(j.started_at_ms, Some(3000.0));
        // Completion waits for the result before changing the phase.
        assert_eq!(
            j.on_status(&status("completed", None), 5000.0),
            NextStep::FetchResult
        );
        assert_eq!(j.phase, JobPhase::Running);
        assert_eq!(j.finished_at_ms, None);
        let r = result(
            "succeeded",
            Some(json!({"video": "https://cdn/v.mp4"})),
            None,
        );
        assert_eq!(j.on_result(&r, 6000.0), NextStep::Stop);
        assert_eq!(
            j.phase,
            JobPhase::Succeeded {
                media: vec![video("https://cdn/v.mp4")]
            }
        );
        assert_eq!(j.finished_at_ms, Some(6000.0));
        assert_eq!(j.phase.label(), "Done");
    }

    #[test]
    fn status_table() {
        let cases = [
            ("succeeded", NextStep::FetchResult),
            ("failed", NextStep::FetchResult),
            ("cancelled", NextStep::Stop),
            ("canceled", NextStep::Stop),
            ("paused", NextStep::PollStatus),
        ];
        for (s, step) in cases {
            let mut j = job();
            assert_eq!(j.on_status(&status(s, None), 1.0), step, "{s}");
        }
        let mut j = job();
        j.on_status(&status("canceled", None), 9.0);
        assert_eq!(
            (j.phase.clone(), j.finished_at_ms),
            (JobPhase::Cancelled, Some(9.0))
        );
        let mut j = job();
        j.on_status(&status("paused", None), 9.0);
        assert_eq!(
            j.phase,
            JobPhase::Unknown {
                status: "paused".into()
            }
        );
        assert_eq!(j.phase.label(), "Status: paused");
        assert!(!j.phase.is_final() && !j.phase.can_cancel());
    }

    #[test]
    fn failed_results() {
        let mut j = job();
        let r = result("failed", None, Some(json!({"message": "Out of memory"})));
        assert_eq!(j.on_result(&r, 7.0), NextStep::Stop);
        assert_eq!(
            j.phase,
            JobPhase::Failed {
                error: "Out of memory".into()
            }
        );
        assert_eq!(j.phase.label(), "Failed: Out of memory");
        assert_eq!(j.finished_at_ms, Some(7.0));

        let mut j = job();
        j.on_result(&result("failed", None, None), 7.0);
        assert_eq!(
            j.phase,
            JobPhase::Failed {
                error: Failure::NoReason
            }
        );

        for out in [
            None,
            Some(json!({})),
            Some(json!({"video": "javascript:alert(1)"})),
        ] {
            let mut j = job();
            assert_eq!(
                j.on_result(&result("completed", out.clone(), None), 7.0),
                NextStep::Stop
            );
            assert_eq!(
                j.phase,
                JobPhase::Failed {
                    error: Failure::NoOutput
                },
                "{out:?}"
            );
        }
        let mut j = job();
        j.on_result(&result("completed", None, Some(json!("NSFW filter"))), 7.0);
        assert_eq!(
            j.phase,
            JobPhase::Failed {
                error: "NSFW filter".into()
            }
        );
    }

    #[test]
    fn other_results() {
        let mut j = job();
        assert_eq!(
            j.on_result(&result("cancelled", None, None), 1.0),
            NextStep::Stop
        );
        assert_eq!(j.phase, JobPhase::Cancelled);

        // Not finished: the result carries the live status.
        let mut j = job();
        assert_eq!(
            j.on_result(&result("in_progress", None, None), 2.0),
            NextStep::PollStatus
        );
        assert_eq!(
            (j.phase.clone(), j.started_at_ms),
            (JobPhase::Running, Some(2.0))
        );
        assert_eq!(
            j.on_result(&result("in_queue", None, None), 3.0),
            NextStep::PollStatus
        );
        assert_eq!(j.phase, JobPhase::Queued { position: None });

        // A missing status with outputs is a success; without, it keeps polling.
        let mut j = job();
        let r = result("", Some(json!({"videos": ["https://cdn/a.mp4"]})), None);
        assert_eq!(j.on_result(&r, 4.0), NextStep::Stop);
        assert_eq!(
            j.phase,
            JobPhase::Succeeded {
                media: vec![video("https://cdn/a.mp4")]
            }
        );
        let mut j = job();
        assert_eq!(
            j.on_result(&result("", None, None), 4.0),
            NextStep::PollStatus
        );
        assert_eq!(
            j.phase,
            JobPhase::Unknown {
                status: String::new()
            }
        );
        // Even outputs do not override an explicit failure.
        let mut j = job();
        let r = result("failed", Some(json!({"video": "https://cdn/a.mp4"})), None);
        j.on_result(&r, 4.0);
        assert_eq!(
            j.phase,
            JobPhase::Failed {
                error: Failure::NoReason
            }
        );
    }

    #[test]
    fn a_results_cost_is_kept_and_outputs_of_every_kind_count() {
        let mut j = job();
        let mut running = result("in_progress", None, None);
        running.cost = Some(json!(null));
        j.on_result(&running, 2000.0);
        assert_eq!(j.cost_usd, None);
        let mut done = result(
            "succeeded",
            Some(json!({"audio": "https://a/s.mp3", "extra": {"file": "https://a/x.zip"}})),
            None,
        );
        done.cost = Some(json!("0.35"));
        assert_eq!(j.on_result(&done, 3000.0), NextStep::Stop);
        assert_eq!(j.cost_usd, Some(0.35));
        let kinds: Vec<MediaKind> = match &j.phase {
            JobPhase::Succeeded { media } => media.iter().map(|m| m.kind).collect(),
            other => panic!("{other:?}"),
        };
        assert_eq!(kinds, [MediaKind::Audio, MediaKind::Link]);
        let back: Job = serde_json::from_str(&serde_json::to_string(&j).expect("ser")).expect("de");
        assert_eq!(back.cost_usd, Some(0.35));
    }

    #[test]
    fn running_jobs_poll_the_result_endpoint() {
        assert_eq!(
            JobPhase::Queued { position: Some(2) }.poll_endpoint(),
            NextStep::PollStatus
        );
        assert_eq!(JobPhase::Submitting.poll_endpoint(), NextStep::PollStatus);
        assert_eq!(JobPhase::Running.poll_endpoint(), NextStep::FetchResult);
        // A result that is not finished yet keeps the job running and polling.
        let mut j = job();
        j.on_status(&status("in_progress", None), 1.0);
        assert_eq!(
            j.on_result(&result("in_progress", None, None), 2.0),
            NextStep::PollStatus
        );
        assert_eq!(j.phase, JobPhase::Running);
        assert_eq!(j.phase.poll_endpoint(), NextStep::FetchResult);
    }

    #[test]
    fn a_rejected_token_while_polling_keeps_the_job() {
        let mut j = job();
        for e in [
            ApiError::Unauthorized { message: None },
            ApiError::Forbidden { message: None },
        ] {
            assert_eq!(j.on_poll_error(&e, 1.0), NextStep::PollStatus, "{e:?}");
            assert!(j.token_rejected);
            assert!(!j.phase.is_final());
        }
        j.on_status(&status("in_progress", None), 2.0);
        assert!(!j.token_rejected, "a valid answer clears it");
        assert_eq!(j.phase, JobPhase::Running);
    }

    #[test]
    fn poll_errors() {
        let mut j = job();
        for e in [
            ApiError::Network,
            ApiError::Timeout,
            ApiError::Unavailable { status: 503 },
            ApiError::RateLimited {
                retry_after_secs: Some(3),
            },
            ApiError::Malformed { status: 502 },
        ] {
            assert_eq!(j.on_poll_error(&e, 1.0), NextStep::PollStatus, "{e:?}");
            assert!(j.reconnecting);
            assert_eq!(j.phase, JobPhase::Queued { position: None });
        }
        // Any answer clears the flag.
        j.on_status(&status("in_queue", Some(1)), 2.0);
        assert!(!j.reconnecting);
        j.on_poll_error(&ApiError::Network, 3.0);
        j.on_result(&result("in_queue", None, None), 4.0);
        assert!(!j.reconnecting);
        j.on_poll_error(&ApiError::Network, 5.0);
        j.on_cancel(&cancel("not_cancellable", None), 6.0);
        assert!(!j.reconnecting);

        // A 404 or an odd body says nothing sure: the job rests unconfirmed, not failed,
        // and the next answer that says something moves it on.
        let expired = ApiError::NotFound { message: None };
        for _ in 1..ODD_ANSWERS_BEFORE_REST {
            assert_eq!(j.on_poll_error(&expired, 7.0), NextStep::PollStatus);
            assert!(j.reconnecting);
            assert_eq!(j.phase, JobPhase::Queued { position: None });
        }
        assert_eq!(j.on_poll_error(&expired, 7.0), NextStep::Stop);
        assert_eq!(
            j.phase,
            JobPhase::Unconfirmed {
                error: expired.clone()
            }
        );
        assert!(!j.phase.is_final());
        assert_eq!(j.finished_at_ms, None);
        assert!(!j.reconnecting);
        assert!(
            j.phase.label().contains("does not know"),
            "{}",
            j.phase.label()
        );
        assert_eq!(
            j.on_status(&status("in_progress", None), 8.0),
            NextStep::PollStatus
        );
        assert_eq!(j.phase, JobPhase::Running);
        let mut j = job();
        for odd in [
            ApiError::Malformed { status: 200 },
            ApiError::ErrorInBody {
                code: "500123".into(),
                message: None,
            },
            ApiError::Unexpected {
                status: 418,
                message: None,
            },
        ] {
            // A good answer between odd ones starts the count again.
            j.on_poll_error(&odd, 1.0);
            j.on_status(&status("in_queue", None), 1.0);
            for _ in 1..ODD_ANSWERS_BEFORE_REST {
                assert_eq!(j.on_poll_error(&odd, 1.0), NextStep::PollStatus);
            }
            assert_eq!(j.on_poll_error(&odd, 1.0), NextStep::Stop);
            assert_eq!(j.phase, JobPhase::Unconfirmed { error: odd });
        }
    }

    #[test]
    fn cancel_outcomes() {
        let mut j = job();
        assert_eq!(
            j.on_cancel(&cancel("cancellation_requested", None), 1.0),
            NextStep::PollStatus
        );
        assert_eq!(j.cancel_note, Some(CancelNote::Requested));
        assert!(!j.phase.is_final());
        assert_eq!(
            j.on_cancel(&cancel("not_cancellable", Some("in_progress")), 2.0),
            NextStep::PollStatus
        );
        assert_eq!(j.cancel_note, Some(CancelNote::NotCancellable));
        assert_eq!(j.on_cancel(&cancel("cancelled", None), 3.0), NextStep::Stop);
        assert_eq!(
            (j.phase.clone(), j.finished_at_ms),
            (JobPhase::Cancelled, Some(3.0))
        );
        assert_eq!(j.phase.label(), "Cancelled");

        let mut j = job();
        assert_eq!(
            j.on_cancel(&cancel("", Some("canceled")), 1.0),
            NextStep::Stop
        );
        assert_eq!(j.phase, JobPhase::Cancelled);
        let mut j = job();
        assert_eq!(
            j.on_cancel(&cancel("huh", Some("in_queue")), 1.0),
            NextStep::PollStatus
        );
        assert_eq!(
            (j.phase.clone(), j.cancel_note.clone()),
            (JobPhase::default(), None)
        );
    }

    #[test]
    fn final_phases_are_never_left() {
        let finals = [
            JobPhase::Succeeded {
                media: vec![video("https://cdn/v.mp4")],
            },
            JobPhase::Failed { error: "x".into() },
            JobPhase::Cancelled,
        ];
        for phase in finals {
            let mut j = job();
            j.phase = phase.clone();
            j.finished_at_ms = Some(5.0);
            assert_eq!(
                j.on_status(&status("in_progress", None), 9.0),
                NextStep::Stop
            );
            assert_eq!(j.on_status(&status("completed", None), 9.0), NextStep::Stop);
            let r = result(
                "succeeded",
                Some(json!({"video": "https://cdn/w.mp4"})),
                None,
            );
            assert_eq!(j.on_result(&r, 9.0), NextStep::Stop);
            assert_eq!(j.on_poll_error(&ApiError::Network, 9.0), NextStep::Stop);
            assert_eq!(j.on_cancel(&cancel("cancelled", None), 9.0), NextStep::Stop);
            assert_eq!(
                (j.phase, j.finished_at_ms, j.reconnecting),
                (phase, Some(5.0), false)
            );
        }
    }

    #[test]
    fn labels() {
        assert_eq!(JobPhase::Submitting.label(), "Submitting…");
        assert_eq!(JobPhase::Queued { position: None }.label(), "Queued");
        assert_eq!(
            JobPhase::Queued { position: Some(0) }.label(),
            "Queued — position 0"
        );
        assert_eq!(JobPhase::Running.label(), "Running");
        assert!(!JobPhase::Submitting.can_cancel() && !JobPhase::Submitting.is_final());
    }

    #[test]
    fn jobs_round_trip_and_old_records_load() {
        let mut j = job();
        j.inputs.insert("prompt".into(), json!("a cat"));
        j.on_status(&status("in_progress", None), 5.0);
        let text = serde_json::to_string(&j).expect("serialises");
        assert_eq!(serde_json::from_str::<Job>(&text).ok(), Some(j.clone()));
        // A cancel note is not kept: after a reload the next poll tells.
        j.cancel_note = Some(CancelNote::Requested);
        let text = serde_json::to_string(&j).expect("serialises");
        assert_eq!(
            serde_json::from_str::<Job>(&text).unwrap().cancel_note,
            None
        );

        let old: Job = serde_json::from_str(r#"{"request_id": "old", "extra": 1}"#).expect("loads");
        assert_eq!(old, Job::new("old", "", Map::new(), 0.0));
        assert!(serde_json::from_str::<Job>(r#"{"model_id": "m"}"#).is_err());
        let failed: Job =
            serde_json::from_str(r#"{"request_id": "f", "phase": {"Failed": {"error": "e"}}}"#)
                .expect("loads");
        assert_eq!(failed.phase, JobPhase::Failed { error: "e".into() });
        // Stored as English text before the UI had languages: the job still loads.
        let old_note: Job =
            serde_json::from_str(r#"{"request_id": "c", "cancel_note": "Cancelling…"}"#)
                .expect("loads");
        assert_eq!(old_note.cancel_note, None);
    }

    #[test]
    fn the_apps_own_failures_are_kept_as_kinds_and_read_in_either_language() {
        for error in [
            Failure::NoReason,
            Failure::NoOutput,
            Failure::Api(ApiError::NotFound { message: None }),
            Failure::Said("Out of memory".into()),
        ] {
            let phase = JobPhase::Failed { error };
            let text = serde_json::to_string(&phase).expect("serialises");
            assert_eq!(
                serde_json::from_str::<JobPhase>(&text).ok(),
                Some(phase.clone())
            );
            let value = serde_json::to_value(&phase).expect("serialises");
            assert_eq!(serde_json::from_value::<JobPhase>(value).ok(), Some(phase));
        }
        let failed = JobPhase::Failed {
            error: Failure::NoOutput,
        };
        assert_eq!(
            failed.label_in(Lang::En),
            "Failed: The job finished but returned no output."
        );
        assert_eq!(
            failed.label_in(Lang::De),
            "Fehlgeschlagen: Der Job ist fertig, hat aber nichts ausgegeben."
        );
        // RunComfy's words stay as given.
        let said = JobPhase::Failed {
            error: "Out of memory".into(),
        };
        assert_eq!(said.label_in(Lang::De), "Fehlgeschlagen: Out of memory");
        assert_eq!(
            CancelNote::NotCancellable.message_in(Lang::De),
            "Läuft schon: Der Job kann nicht mehr abgebrochen werden."
        );
    }

    #[test]
    fn labels_in_german() {
        assert_eq!(JobPhase::Submitting.label_in(Lang::De), "Wird gesendet…");
        assert_eq!(
            JobPhase::Queued {
                position: Some(1234)
            }
            .label_in(Lang::De),
            "In der Warteschlange — Platz 1.234"
        );
        assert_eq!(JobPhase::Running.label_in(Lang::De), "Läuft");
        assert_eq!(
            JobPhase::Succeeded { media: vec![] }.label_in(Lang::De),
            "Fertig"
        );
        assert_eq!(JobPhase::Cancelled.label_in(Lang::De), "Abgebrochen");
    }

    #[test]
    fn a_success_records_how_long_it_ran() {
        let mut r: ResultResponse = serde_json::from_value(json!({
            "request_id": "r1", "status": "completed", "output": {"video": "https://x/v.mp4"},
            "created_at": "2025-01-01T00:00:00Z", "finished_at": "2025-01-01T00:01:00.500Z",
        }))
        .unwrap();
        let mut j = job();
        j.on_status(&status("in_progress", None), 20_000.0);
        j.on_result(&r, 30_000.0);
        assert_eq!(j.ran_ms, Some(60_500.0));
        // Without RunComfy's own times: halfway between the last poll that saw it running
        // and the one that saw it done, from the submit at 1000.
        r.created_at = None;
        let mut j = job();
        j.on_status(&status("in_progress", None), 20_000.0);
        j.on_result(&r, 30_000.0);
        assert_eq!(j.ran_ms, None);
        j.note_seen_done(Some(20_000.0), 30_000.0);
        assert_eq!(j.ran_ms, Some(24_000.0));
        // RunComfy's own times win; a job not done learns nothing.
        let mut done = job();
        done.ran_ms = Some(5.0);
        done.phase = JobPhase::Succeeded { media: vec![] };
        done.note_seen_done(Some(20_000.0), 30_000.0);
        assert_eq!(done.ran_ms, Some(5.0));
        let mut running = job();
        running.note_seen_done(None, 30_000.0);
        assert_eq!(running.ran_ms, None);
        // A failure teaches nothing about run times.
        r.status = JobStatus::Failed;
        let mut j = job();
        j.on_result(&r, 30_000.0);
        assert_eq!(j.ran_ms, None);
    }

    #[test]
    fn costs_add_up_over_the_jobs_that_have_one() {
        let job = |cost| {
            let mut job = Job::new("r", "a/b", serde_json::Map::new(), 0.0);
            job.cost_usd = cost;
            job
        };
        assert_eq!(total_cost(&[]), None);
        assert_eq!(total_cost(&[job(None), job(None)]), None);
        assert_eq!(total_cost(&[job(Some(0.0))]), Some(0.0));
        let sum = total_cost(&[job(Some(0.35)), job(None), job(Some(1.4))]);
        assert!(sum.is_some_and(|s| (s - 1.75).abs() < 1e-12), "{sum:?}");
    }
}
