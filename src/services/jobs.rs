//! Runs jobs: submits once, watches each job until it ends, cancels on request.
//! The decisions (what a status means, when to poll next) are `wan-core`'s; this module
//! only waits, calls the API and stores the outcome.

use leptos::prelude::*;
use leptos::task::spawn_local;
use serde_json::{Map, Value};

use crate::browser::notify;
use crate::browser::page::{is_hidden, now_ms, random};
use crate::core::api_error::ApiError;
use crate::core::form::request_body;
use crate::core::job::{Backoff, CancelNote, Job, JobPhase, NextStep};
use crate::state::AppState;

/// How often a waiting poll looks at the tab's visibility.
const TICK_MS: u32 = 250;

/// Submits the current form.
pub fn submit(state: AppState) {
    let body = state
        .schema
        .with_untracked(|schema| state.form.with_untracked(|form| request_body(schema, form)));
    submit_body(state, state.model_id(), body);
}

/// Submits `body` to `model_id` as a new job. Never retried automatically: a retry could
/// bill a second job.
pub fn submit_body(state: AppState, model_id: String, body: Map<String, Value>) {
    if state.submitting.get_untracked() {
        return;
    }
    let client = state.client();
    state.submitting.set(true);
    state.submit_error.set(None);
    spawn_local(async move {
        let outcome = client.submit(&model_id, &body).await;
        state.submitting.set(false);
        match outcome {
            Ok(submitted) => {
                let job = Job::new(submitted.request_id.clone(), model_id, body, now_ms());
                let id = job.request_id.clone();
                state.jobs.update(|jobs| jobs.insert(0, job));
                state
                    .announcement
                    .set((state.texts_now().job_submitted)(&id));
                watch(state, id);
            }
            Err(error) => {
                state
                    .announcement
                    .set(error.message_in(state.lang.get_untracked()));
                state.submit_error.set(Some(error));
            }
        }
    });
}

/// Resumes watching every unfinished job (after a reload).
pub fn resume_all(state: AppState) {
    let open: Vec<String> = state.jobs.with_untracked(|jobs| {
        jobs.iter()
            .filter(|j| !j.phase.is_final())
            .map(|j| j.request_id.clone())
            .collect()
    });
    for id in open {
        watch(state, id);
    }
}

/// Polls one job until it reaches a final state or is deleted (once: a job already being
/// watched is left to its watcher).
pub fn watch(state: AppState, request_id: String) {
    let mut fresh = false;
    state
        .watching
        .update_value(|ids| fresh = ids.insert(request_id.clone()));
    if !fresh {
        return;
    }
    spawn_local(async move {
        poll_until_done(state, &request_id).await;
        state.watching.update_value(|ids| {
            ids.remove(&request_id);
        });
    });
}

/// The polling loop: waits as the core's schedule says, asks, records, until a final state.
async fn poll_until_done(state: AppState, request_id: &str) {
    let mut backoff = Backoff::default();
    let mut next = NextStep::PollStatus;
    let mut retry_after_ms = None;
    loop {
        // A finished job's result is fetched at once: that is the moment the user waits for.
        if next == NextStep::PollStatus {
            let delay = backoff.next_delay_ms(is_hidden(), random(), retry_after_ms);
            wait(delay).await;
        }
        let Some(before) = state.phase_of(request_id) else {
            return;
        };
        if before.is_final() {
            return;
        }
        if state.token.get_untracked().trim().is_empty() {
            // Without a token every call would fail: wait for one, keep the job.
            next = NextStep::PollStatus;
            continue;
        }
        let client = state.client();
        let endpoint = match next {
            NextStep::FetchResult => NextStep::FetchResult,
            _ => before.poll_endpoint(),
        };
        let (step, retry_after) = match endpoint {
            NextStep::FetchResult => match client.result(request_id).await {
                Ok(result) => (
                    state.update_job(request_id, |j| j.on_result(&result, now_ms())),
                    None,
                ),
                Err(error) => on_error(state, request_id, &error),
            },
            _ => match client.status(request_id).await {
                Ok(status) => (
                    state.update_job(request_id, |j| j.on_status(&status, now_ms())),
                    None,
                ),
                Err(error) => on_error(state, request_id, &error),
            },
        };
        retry_after_ms = retry_after;
        announce_change(state, request_id, &before);
        match step {
            None | Some(NextStep::Stop) => return,
            Some(step) => next = step,
        }
    }
}

/// Records a failed poll; transient ones keep the job and honour `Retry-After`.
fn on_error(
    state: AppState,
    request_id: &str,
    error: &ApiError,
) -> (Option<NextStep>, Option<u32>) {
    let step = state.update_job(request_id, |j| j.on_poll_error(error, now_ms()));
    (step, error.retry_after_ms())
}

/// Cancels a queued job and records RunComfy's answer on the card.
pub fn cancel(state: AppState, request_id: String) {
    let client = state.client();
    state.update_job(&request_id, |j| j.cancel_note = Some(CancelNote::Sending));
    spawn_local(async move {
        let before = state.phase_of(&request_id);
        match client.cancel(&request_id).await {
            Ok(answer) => {
                state.update_job(&request_id, |j| j.on_cancel(&answer, now_ms()));
            }
            Err(error) => {
                state.update_job(&request_id, |j| {
                    j.cancel_note = Some(CancelNote::Refused(error))
                });
            }
        }
        if let Some(before) = before {
            announce_change(state, &request_id, &before);
        }
    });
}

/// Tells screen readers (and a background tab's title) when a job's phase changes.
fn announce_change(state: AppState, request_id: &str, before: &JobPhase) {
    let Some(phase) = state.phase_of(request_id) else {
        return;
    };
    if &phase != before {
        let lang = state.lang.get_untracked();
        let t = lang.texts();
        let line = format!(
            "{}{}: {}",
            t.job,
            short_id(request_id),
            phase.label_in(lang)
        );
        if phase.is_final() && is_hidden() {
            let mark = if matches!(phase, JobPhase::Succeeded { .. }) {
                t.done_mark
            } else {
                t.ended_mark
            };
            notify::finished_in_background(mark, &line);
        }
        state.announcement.set(line);
    }
}

/// The first characters of a request id, enough to tell jobs apart.
pub fn short_id(request_id: &str) -> &str {
    request_id.get(..8).unwrap_or(request_id)
}

/// Waits `delay_ms`, but wakes at once when a hidden tab becomes visible again.
async fn wait(delay_ms: u32) {
    let was_hidden = is_hidden();
    let mut waited = 0;
    while waited < delay_ms {
        let step = TICK_MS.min(delay_ms - waited);
        gloo_timers::future::TimeoutFuture::new(step).await;
        waited += step;
        if was_hidden && !is_hidden() {
            return;
        }
    }
}
