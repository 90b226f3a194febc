//! Runs jobs: submits once, watches each job until it ends, cancels on request.
//! The decisions (what a status means, when to poll next) are `wan-core`'s; this module
//! only waits, calls the API and stores the outcome.

use leptos::prelude::*;
use leptos::task::spawn_local;
use serde_json::{Map, Value};

use crate::api::RunComfyClient;
use crate::browser::json;
use crate::browser::local_files;
use crate::browser::notify;
use crate::browser::page::{is_hidden, now_ms, random, random_seed};
use crate::browser::tab_lock;
use crate::core::api::error::ApiError;
use crate::core::api::types::SubmitResponse;
use crate::core::form::request_body;
use crate::core::job::batch::{decide, plan_batch, BatchDecision};
use crate::core::job::poll::{learnt_run_time, PollPlan};
use crate::core::job::set::{plan_variations, ItemState, JobSet, KEPT_SETS};
use crate::core::job::{CancelNote, Job, JobPhase, NextStep};
use crate::services::{balance, budget, image_queue};
use crate::state::{AppState, SetNote};

/// How often a waiting poll looks at the tab's visibility.
const TICK_MS: u32 = 250;

/// Submits the current form: once, or as a set of variations sent one after another, each
/// with a seed of its own; with a queue of images, one job per valid image (times the
/// variations). Invalid images are left out only once the user said so
/// ([`submit_skipping_invalid`]): until then Generate asks. The same inputs pressed again
/// within two seconds send nothing (a double click, a repeated Ctrl+Enter), however fast
/// the API answered the first.
pub fn submit(state: AppState) {
    submit_with(state, Consent::default());
}

/// [`submit`], after the user agreed to leave out the queue's invalid images.
pub fn submit_skipping_invalid(state: AppState) {
    submit_with(
        state,
        Consent {
            skip_invalid: true,
            ..Consent::default()
        },
    );
}

/// [`submit`], after the user answered that the press may pass the spending limit: all of
/// it (`all`), or only the jobs that fit (a set that stops at the limit).
pub fn submit_over_budget(state: AppState, all: bool) {
    submit_with(
        state,
        Consent {
            skip_invalid: true,
            budget: Some(all),
        },
    );
}

/// What the user agreed to when Generate asked.
#[derive(Clone, Copy, Default)]
struct Consent {
    /// Leave out the queue's invalid images.
    skip_invalid: bool,
    /// The press may pass the limit: `Some(true)` all of it, `Some(false)` up to it.
    budget: Option<bool>,
}

fn submit_with(state: AppState, consent: Consent) {
    let skip_invalid = consent.skip_invalid;
    // A send under way (or a set held by a 429) takes no second press: not by the button,
    // not by Ctrl/Cmd+Enter, which reaches here past a disabled button.
    if state.submitting.get_untracked() {
        return;
    }
    let (body, has_seed) = state.schema.with_untracked(|schema| {
        let body = state
            .form
            .with_untracked(|form| request_body(schema, form, json::read));
        (body, schema.property("seed").is_some())
    });
    let model_id = state.model_id();
    let variations = untrack(|| state.variations());
    let batch = state.image_queue.with_untracked(|queue| {
        state
            .schema
            .with_untracked(|schema| image_queue::active(queue, schema))
            .then(|| (queue.property.clone(), queue.counts(), queue.valid_values()))
    });
    if let Some((_, counts, _)) = &batch {
        match decide(*counts, variations) {
            BatchDecision::Send { .. } => {}
            BatchDecision::AskToSkip(_) if skip_invalid => {}
            BatchDecision::AskToSkip(_) => {
                state.skip_asked.set(true);
                return;
            }
            BatchDecision::Wait | BatchDecision::NothingValid => return,
        }
    }
    state.skip_asked.set(false);
    // A press that would pass the spending limit asks first (before the repeat guard, so
    // the answer is not refused as a second press).
    let jobs_pressed = batch
        .as_ref()
        .map_or(1, |b| b.2.len() as u32)
        .saturating_mul(variations);
    if consent.budget.is_none() {
        let per_job = budget::price_of(state, &model_id, &body);
        if let Some(question) = budget::question(state, per_job, jobs_pressed) {
            state.budget_asked.set(Some(question));
            return;
        }
    }
    state.budget_asked.set(None);
    let over_budget_ok = consent.budget == Some(true);
    let images = batch.as_ref().map(|b| b.2.join("\n")).unwrap_or_default();
    let what = format!(
        "{model_id}\n{variations}\n{}\n{images}",
        Value::Object(body.clone())
    );
    let mut admitted = Ok(());
    state
        .repeat_guard
        .update_value(|guard| admitted = guard.admit(&what, now_ms()));
    if let Err(refusal) = admitted {
        state
            .announcement
            .set(refusal.message_in(state.lang.get_untracked()).to_owned());
        state.set_note.set(Some(SetNote::Refused(refusal)));
        return;
    }
    state.set_note.set(None);
    let (items, image_property) = match batch {
        Some((property, _, images)) => (
            plan_batch(&body, &property, &images, has_seed, variations, random_seed),
            Some(property),
        ),
        // One job: the question above covered it (a single job cannot stop half-way).
        None if variations == 1 && consent.budget != Some(false) => {
            submit_body(state, model_id, body);
            return;
        }
        None => (
            plan_variations(&body, has_seed, variations, random_seed),
            None,
        ),
    };
    let set = JobSet {
        id: format!("set-{}", now_ms() as u64),
        model_id,
        created_at_ms: now_ms(),
        items,
        image_property,
    };
    let id = set.id.clone();
    if over_budget_ok {
        OVER_BUDGET_OK.with(|ids| ids.borrow_mut().insert(id.clone()));
    }
    state.sets.update(|sets| {
        sets.insert(0, set);
        sets.truncate(KEPT_SETS);
    });
    run_set(state, id);
}

/// Sends the waiting items of a set one after another. Nothing is retried: a refused item
/// stays refused (its error is shown) and the others go on; a 429 holds the rest for the
/// `Retry-After` RunComfy gave, and says so; a lost answer stops the rest (listed as not
/// sent).
pub fn run_set(state: AppState, set_id: String) {
    if state.submitting.get_untracked() {
        return;
    }
    state.submitting.set(true);
    state.submit_error.set(None);
    // This tab's copy of the set is the truth from now on (`sending_here`), also before the
    // lock is granted: the set made here a moment ago may be missing from another tab's
    // next write, which must not count as its deletion.
    SENDING.with(|ids| ids.borrow_mut().insert(set_id.clone()));
    spawn_local(async move {
        // One tab sends a set: another tab showing the same set sends nothing of it.
        let lock = format!("wan-i2v.set.{set_id}");
        let sent = tab_lock::if_free(&lock, send_waiting(state, &set_id)).await;
        SENDING.with(|ids| ids.borrow_mut().remove(&set_id));
        if sent.is_none() {
            state.set_note.set(Some(SetNote::OtherTab));
        }
        state.submitting.set(false);
    });
}

thread_local! {
    /// The jobs this tab polls now (holding their lock): no tab deletes a job still running,
    /// so one missing from another tab's write was never seen there (`tabs`).
    static POLLING: std::cell::RefCell<std::collections::HashSet<String>> =
        std::cell::RefCell::new(std::collections::HashSet::new());
    /// The sets this tab sends now (holding their lock).
    static SENDING: std::cell::RefCell<std::collections::HashSet<String>> =
        std::cell::RefCell::new(std::collections::HashSet::new());
    /// The sets the user let pass the spending limit (this session; any other set stops
    /// at it).
    static OVER_BUDGET_OK: std::cell::RefCell<std::collections::HashSet<String>> =
        std::cell::RefCell::new(std::collections::HashSet::new());
}

/// Whether this tab polls the job `request_id` now: kept where another tab's write lacks
/// it (`services::tabs`).
pub fn polled_here(request_id: &str) -> bool {
    POLLING.with(|ids| ids.borrow().contains(request_id))
}

/// Whether this tab sends the set named `set_id` now: its copy of the set is the one that
/// counts (`services::tabs`).
pub fn sending_here(set_id: &str) -> bool {
    SENDING.with(|ids| ids.borrow().contains(set_id))
}

/// Sends the waiting items of a set, in this tab.
async fn send_waiting(state: AppState, set_id: &str) {
    let set_id = set_id.to_owned();
    {
        let may_pass = OVER_BUDGET_OK.with(|ids| ids.borrow().contains(&set_id));
        while let Some((index, model_id, body)) = take_next(state, &set_id) {
            // One price per item: for the limit's check and for the job's estimate.
            let price = budget::price_of(state, &model_id, &body);
            if !may_pass {
                // This item (on its way) and those after it.
                let left = state.sets.with_untracked(|sets| {
                    sets.iter()
                        .find(|s| s.id == set_id)
                        .map_or(1, |s| s.waiting()) as u32
                });
                if let Some(note) = budget::stop_before_next(state, price, left) {
                    update_set(state, &set_id, |set| {
                        set.items[index].state = ItemState::Waiting;
                        set.stop_waiting();
                    });
                    state.announcement.set(state.texts_now().budget_stopped());
                    state.set_note.set(Some(note));
                    break;
                }
            }
            let outcome = send(&state.client(), &model_id, &body).await;
            let item_state = match outcome {
                Ok(submitted) => {
                    let request_id = submitted.request_id;
                    add_job(state, request_id.clone(), model_id, body, price);
                    ItemState::Sent { request_id }
                }
                Err(error) => {
                    state.submit_error.set(Some(error.clone()));
                    ItemState::Refused(error)
                }
            };
            let pause = match &item_state {
                ItemState::Refused(ApiError::RateLimited { retry_after_secs }) => Some(
                    retry_after_secs
                        .unwrap_or(DEFAULT_RATE_PAUSE_S)
                        .min(MAX_RATE_PAUSE_S),
                ),
                _ => None,
            };
            // A lost answer (offline, a page being closed, a timeout) leaves it unknown
            // whether the job started: the rest is not sent blindly after it.
            let lost = item_state.may_have_started();
            update_set(state, &set_id, |set| {
                set.items[index].state = item_state;
                if lost {
                    set.stop_waiting();
                }
            });
            if let Some(secs) = pause {
                state.set_note.set(Some(SetNote::RateLimited(secs)));
                wait_while_waiting(state, &set_id, secs.saturating_mul(1000)).await;
                state.set_note.set(None);
            }
        }
    }
}

/// Lists a job RunComfy accepted (expected to cost `estimate`), says so, and starts
/// watching it.
fn add_job(
    state: AppState,
    request_id: String,
    model_id: String,
    body: Map<String, Value>,
    estimate: Option<f64>,
) {
    let mut job = Job::new(request_id.clone(), model_id, body, now_ms());
    job.estimate_usd = estimate;
    // Sent with a frame taken from a clip ("Use this frame"): it continues that clip; sent
    // with another job's output ("Use as input of…"): it was made from that job.
    state.pending_frame.with_untracked(|pending| {
        if let Some(pending) = pending {
            job.continues = pending.continued_by(&job.inputs);
            job.made_from = pending.made_from_by(&job.inputs);
        }
    });
    state.jobs.update(|jobs| jobs.insert(0, job));
    state
        .announcement
        .set(state.texts_now().job_submitted(&request_id));
    watch(state, request_id);
}

/// How long the rest of a set waits after a 429 without `Retry-After`.
const DEFAULT_RATE_PAUSE_S: u32 = 10;

/// The longest a set waits after a 429, whatever `Retry-After` says (it may say days): the
/// next item's own 429 then says again how long, and Generate is free in between.
const MAX_RATE_PAUSE_S: u32 = 120;

/// Waits `delay_ms` after a 429, or less once nothing of the set is left waiting ("Cancel
/// all queued", or the set deleted).
async fn wait_while_waiting(state: AppState, set_id: &str, delay_ms: u32) {
    let mut waited = 0;
    while waited < delay_ms {
        let still = state
            .sets
            .with_untracked(|sets| sets.iter().any(|s| s.id == set_id && s.waiting() > 0));
        if !still {
            return;
        }
        let step = TICK_MS.min(delay_ms - waited);
        gloo_timers::future::TimeoutFuture::new(step).await;
        waited += step;
    }
}

/// The next waiting item of a set, marked as on its way (kept so, a reload tells that it
/// may have started).
fn take_next(state: AppState, set_id: &str) -> Option<(usize, String, Map<String, Value>)> {
    let mut next = None;
    update_set(state, set_id, |set| {
        if let Some(index) = set.next_waiting() {
            set.items[index].state = ItemState::Sending;
            next = Some((index, set.model_id.clone(), set.items[index].body.clone()));
        }
    });
    next
}

/// Applies `change` to the set named `set_id`, if it is still kept.
pub fn update_set(state: AppState, set_id: &str, change: impl FnOnce(&mut JobSet)) {
    state.sets.update(|sets| {
        if let Some(set) = sets.iter_mut().find(|s| s.id == set_id) {
            change(set);
        }
    });
}

/// "Cancel all queued": every queued job of the set is cancelled and nothing more of it is
/// sent.
pub fn cancel_set(state: AppState, set_id: &str) {
    let mut ids = Vec::new();
    update_set(state, set_id, |set| {
        set.stop_waiting();
        ids = set.request_ids();
    });
    for id in ids {
        if state.phase_of(&id).is_some_and(|p| p.can_cancel()) {
            cancel(state, id);
        }
    }
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
        let outcome = send(&client, &model_id, &body).await;
        state.submitting.set(false);
        match outcome {
            Ok(submitted) => {
                let estimate = budget::price_of(state, &model_id, &body);
                add_job(state, submitted.request_id, model_id, body, estimate);
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

/// Sends `body` to `model_id`, its local files read from the device into the `data:` URIs
/// RunComfy takes, just now (the body kept in the set and the job names them by reference).
async fn send(
    client: &RunComfyClient,
    model_id: &str,
    body: &Map<String, Value>,
) -> Result<SubmitResponse, ApiError> {
    let sent = local_files::with_files_inline(body)
        .await
        .map_err(|_| ApiError::LocalFileMissing)?;
    client.submit(model_id, &sent).await
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

/// Checks an unconfirmed job (a 404, an odd answer) again: watching starts anew.
pub fn check_again(state: AppState, request_id: String) {
    state.update_job(&request_id, |j| j.reconnecting = true);
    watch(state, request_id);
}

/// Once the API base changes, the jobs left unconfirmed are checked again there: the 404
/// may have come from a wrong base.
pub fn recheck_on_base_change(state: AppState) {
    let base = Memo::new(move |_| state.settings.with(|s| s.api_base.clone()));
    Effect::new(move |previous: Option<String>| {
        let now = base.get();
        if previous.is_some_and(|p| p != now) {
            let unconfirmed: Vec<String> = state.jobs.with_untracked(|jobs| {
                jobs.iter()
                    .filter(|j| matches!(j.phase, JobPhase::Unconfirmed { .. }))
                    .map(|j| j.request_id.clone())
                    .collect()
            });
            for id in unconfirmed {
                check_again(state, id);
            }
        }
        now
    });
}

/// Polls one job until it reaches a final state or is deleted (once: a job already being
/// watched is left to its watcher). One tab of the site polls it at a time (a Web Lock per
/// job); another tab waits, follows the history it writes, and takes over if it closes.
pub fn watch(state: AppState, request_id: String) {
    let mut fresh = false;
    state
        .watching
        .update_value(|ids| fresh = ids.insert(request_id.clone(), ()).is_none());
    if !fresh {
        return;
    }
    spawn_local(async move {
        let lock = format!("wan-i2v.job.{request_id}");
        let polling = async {
            POLLING.with(|ids| ids.borrow_mut().insert(request_id.clone()));
            poll_until_done(state, &request_id).await;
            POLLING.with(|ids| ids.borrow_mut().remove(&request_id));
        };
        tab_lock::while_holding(&lock, polling).await;
        state.watching.update_value(|ids| {
            ids.remove(&request_id);
        });
    });
}

/// The polling loop: waits as the core's schedule says, asks, records, until a final state.
async fn poll_until_done(state: AppState, request_id: &str) {
    // Polls are dense around when this model's jobs usually end (learnt from the history).
    let Some((submitted_at_ms, run_time)) = state.jobs.with_untracked(|jobs| {
        let job = jobs.iter().find(|j| j.request_id == request_id)?;
        Some((
            job.submitted_at_ms,
            learnt_run_time(jobs, &job.model_id, &job.inputs),
        ))
    }) else {
        return;
    };
    let mut plan = PollPlan::new(run_time);
    let mut next = NextStep::PollStatus;
    let mut retry_after_ms = None;
    // When a poll last found the job unfinished: how long it ran, when RunComfy does not say.
    let mut unfinished_at_ms = None;
    loop {
        // A finished job's result is fetched at once: that is the moment the user waits for.
        if next == NextStep::PollStatus {
            let elapsed = now_ms() - submitted_at_ms;
            let delay = plan.next_delay_ms(elapsed, is_hidden(), random(), retry_after_ms);
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
        let asked_at = now_ms();
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
        // An answer that leaves the job to poll again said it was unfinished (a failed poll
        // said nothing: it is marked reconnecting).
        let reconnecting = state
            .with_job(request_id, |j| j.reconnecting)
            .unwrap_or(false);
        match state.phase_of(request_id) {
            Some(JobPhase::Succeeded { .. }) => {
                state.update_job(request_id, |j| j.note_seen_done(unfinished_at_ms, asked_at));
            }
            Some(phase) if !phase.is_final() && !reconnecting => unfinished_at_ms = Some(asked_at),
            _ => {}
        }
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
            t.job(),
            short_id(request_id),
            phase.label_in(lang)
        );
        if phase.is_final() && is_hidden() {
            let mark = if matches!(phase, JobPhase::Succeeded { .. }) {
                t.done_mark()
            } else {
                t.ended_mark()
            };
            notify::finished_in_background(&mark, &line);
        }
        state.announcement.set(line);
        if phase.is_final() {
            // What it cost shows in the balance.
            balance::refresh(state);
        }
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
