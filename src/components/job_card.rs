use leptos::prelude::*;
use leptos::task::spawn_local;
use serde_json::Value;

use super::chain_view::ChainView;
use super::media_view::MediaView;
use super::text::text;
use crate::browser::local_files;
use crate::browser::page::{can_copy, confirm, copy_text, iso_time, local_time, random_seed};
use crate::core::job::history::{form_from_inputs, seed_of};
use crate::core::job::persist::{abbreviated, LOCAL_IMAGE_PLACEHOLDER};
use crate::core::job::{Job, JobPhase};
use crate::services::budget;
use crate::services::jobs::{self, short_id};
use crate::state::{AppState, Sentence};

/// One job: its id, what was sent, a live status line, Cancel while queued, the result.
#[component]
pub fn JobCard(
    request_id: String,
    /// The image this job was sent with, shown at its top (a job of a batch of images).
    #[prop(optional_no_strip)]
    image: Option<String>,
    /// One of several cards side by side (a set): "Keep this seed" stays in view, the
    /// other actions wait behind "More".
    #[prop(into, optional)]
    compact: Signal<bool>,
    /// Listed in the history: its video waits for a press (and loads only its first frame)
    /// instead of playing, so a long history does not load every video at once.
    #[prop(optional)]
    in_history: bool,
) -> impl IntoView {
    let state = AppState::get();
    let id = StoredValue::new(request_id);
    // What a job was sent never changes: it is read once (its inputs can hold a
    // multi-megabyte data: URI, so nothing here clones the job on every update).
    let Some((summary, model_id, submitted_at, seed, rerunnable, (continues, made_from))) =
        state.jobs.with_untracked(|jobs| {
            jobs.iter()
                .find(|j| j.request_id == id.get_value())
                .map(|j| {
                    (
                        inputs_summary(j),
                        j.model_id.clone(),
                        j.submitted_at_ms,
                        seed_of(&j.inputs),
                        can_rerun(j),
                        (j.continues.clone(), j.made_from.clone()),
                    )
                })
        })
    else {
        return ().into_any();
    };
    // What changes, as memos: every poll of any job updates the list, but a card (and its
    // playing video) is redrawn only when its own job changed.
    let phase = Memo::new(move |_| state.with_job(&id.get_value(), |j| j.phase.clone()));
    let watch_flags = Memo::new(move |_| {
        state.with_job(&id.get_value(), |j| {
            (j.started_at_ms, j.reconnecting, j.token_rejected)
        })
    });
    let cost = Memo::new(move |_| state.with_job(&id.get_value(), |j| j.cost_usd).flatten());
    let cancel_note = Memo::new(move |_| {
        state
            .with_job(&id.get_value(), |j| j.cancel_note.clone())
            .flatten()
    });
    // A run needs the token: without it the buttons wait instead of sending a doomed request.
    let no_token = move || state.token.with(|t| t.trim().is_empty());
    let rerun_hint = move || {
        let t = state.texts();
        if no_token() {
            t.rerun_needs_token()
        } else {
            t.rerun_hint()
        }
    };

    let status_line = move || {
        let (Some(phase), Some((started, reconnecting, token_rejected))) =
            (phase.get(), watch_flags.get())
        else {
            return String::new();
        };
        let lang = state.lang.get();
        let t = lang.texts();
        let mut line = phase.label_in(lang);
        if phase == JobPhase::Running {
            if let Some(started) = started {
                let secs = ((state.now_ms.get() - started) / 1000.0).max(0.0) as u64;
                line.push_str(" · ");
                line.push_str(&t.seconds(secs));
            }
        }
        if !phase.is_final() {
            let waiting = if no_token() {
                Some(t.watch_needs_token())
            } else if token_rejected {
                Some(t.watch_token_rejected())
            } else if reconnecting {
                Some(t.reconnecting())
            } else {
                None
            };
            if let Some(waiting) = waiting {
                line.push_str(" · ");
                line.push_str(&waiting);
            }
        }
        line
    };

    let keep_seed = move || {
        seed.map(|seed| {
            view! {
                <Show when=move || state.schema.with(|schema| schema.property("seed").is_some())>
                    <button type="button" class="secondary" on:click=move |_| {
                        state.form.update(|form| form.set("seed", seed.to_string()));
                    }>{text(|t| t.keep_seed())}</button>
                </Show>
            }
        })
    };
    let actions = move |with_keep_seed: bool| {
        view! {
            <Show when=move || phase.get().is_some_and(|p| p.can_cancel())>
                <button type="button" class="secondary" on:click=move |_| jobs::cancel(state, id.get_value())>
                    {text(|t| t.cancel())}
                </button>
            </Show>
            <Show when=move || matches!(phase.get(), Some(JobPhase::Unconfirmed { .. }))>
                <button type="button" class="secondary" disabled=no_token
                    on:click=move |_| jobs::check_again(state, id.get_value())>
                    {text(|t| t.check_again())}
                </button>
            </Show>
            <button type="button" class="secondary" on:click=move |_| {
                if let Some(job) = state.job(&id.get_value()) {
                    use_settings(state, &job);
                }
            }>{text(|t| t.use_settings())}</button>
            {seed.filter(|_| can_copy()).map(|seed| view! {
                <button type="button" class="secondary" on:click=move |_| {
                    spawn_local(async move { copy_text(&seed.to_string()).await; });
                }>{text(|t| t.copy_seed())}</button>
            })}
            {with_keep_seed.then(keep_seed)}
            {rerunnable.then(|| view! {
                <button type="button" class="secondary" disabled=no_token title=rerun_hint
                    on:click=move |_| rerun(state, id.get_value(), false)>
                    {text(|t| t.run_same_seed())}
                </button>
                <button type="button" class="secondary" disabled=no_token title=rerun_hint
                    on:click=move |_| rerun(state, id.get_value(), true)>
                    {text(|t| t.run_new_seed())}
                </button>
            })}
            <Show when=move || phase.get().is_some_and(|p| p.is_final())>
                <button type="button" class="secondary" on:click=move |_| {
                    state.jobs.update(|jobs| jobs.retain(|j| j.request_id != id.get_value()));
                }>{text(|t| t.delete())}</button>
            </Show>
        }
    };

    view! {
        <li class="job-card" data-request-id=id.get_value()
            data-phase=move || phase.get().map(|p| phase_name(&p)).unwrap_or_default()>
            {image.map(|value| view! { <JobImage value /> })}
            <header class="job-header">
                <h3>{text(|t| t.job())} <code title=id.get_value()>{short_id(&id.get_value()).to_owned()}</code></h3>
                <time class="job-time" datetime=iso_time(submitted_at)>{move || local_time(submitted_at, state.lang.get())}</time>
                <p class="job-status" data-testid="job-status">{status_line}</p>
                {move || cost.get().map(|usd| view! {
                    <p class="job-cost" data-testid="job-cost">
                        {move || { let lang = state.lang.get(); lang.texts().job_cost(&lang.usd(usd)) }}
                    </p>
                })}
            </header>
            {move || match phase.get() {
                Some(JobPhase::Succeeded { media }) => Some(view! { <MediaView media model_id=model_id.clone() request_id=id.get_value() in_history /> }),
                _ => None,
            }}
            {continues.map(|from| view! {
                <p class="job-continues" data-testid="job-continues">
                    {move || {
                        let lang = state.lang.get();
                        let t = lang.texts();
                        match &from.bridges_to {
                            Some(to) => t.bridges_jobs(short_id(&from.request_id), short_id(to)),
                            None => t.continues_job(short_id(&from.request_id), &lang.fixed(from.at_secs, 2)),
                        }
                    }}
                </p>
            })}
            {made_from.map(|from| view! {
                <p class="job-continues" data-testid="job-made-from">
                    {move || state.texts().made_from_job(short_id(&from))}
                </p>
            })}
            <Show when=move || matches!(phase.get(), Some(JobPhase::Succeeded { .. }))>
                <ChainView request_id=id.get_value() />
            </Show>
            {summary}
            {move || cancel_note.get().map(|note| view! { <p class="note" data-testid="cancel-note">{note.message_in(state.lang.get())}</p> })}
            {move || if compact.get() {
                // Side by side, a card keeps what comparing needs; the rest waits behind More.
                view! {
                    <div class="input-row job-actions">
                        {keep_seed()}
                        <details class="job-more">
                            <summary>{text(|t| t.more_actions())}</summary>
                            <div class="input-row">{actions(false)}</div>
                        </details>
                    </div>
                }
                .into_any()
            } else {
                view! { <div class="input-row job-actions">{actions(true)}</div> }.into_any()
            }}
        </li>
    }
    .into_any()
}

/// Fills the form with what this job was sent ("Use these settings").
fn use_settings(state: AppState, job: &Job) {
    let (form, image_missing) = state
        .schema
        .with_untracked(|schema| form_from_inputs(schema, &job.inputs));
    state.form.set(form);
    state
        .share_note
        .set(image_missing.then_some::<Sentence>(|t| t.settings_without_image()));
}

/// A job can be sent again when every input is still at hand (a local file in a list
/// too).
fn can_rerun(job: &Job) -> bool {
    let gone = |v: &Value| v.as_str() == Some(LOCAL_IMAGE_PLACEHOLDER);
    !job.inputs
        .values()
        .any(|v| gone(v) || v.as_array().is_some_and(|items| items.iter().any(gone)))
}

/// Sends this job's exact inputs again (with the same or a new seed), after a confirmation:
/// each run is billed.
fn rerun(state: AppState, request_id: String, new_seed: bool) {
    let Some(job) = state.job(&request_id) else {
        return;
    };
    let t = state.texts_now();
    let question = if new_seed {
        t.run_new_seed_question()
    } else {
        t.run_same_seed_question()
    };
    // The job's own model, even if the form has moved on to another one since.
    let model_id = if job.model_id.is_empty() {
        state.model_id()
    } else {
        job.model_id
    };
    let mut inputs = job.inputs;
    // The same question says when this run would pass the spending limit.
    let price = budget::price_of(state, &model_id, &inputs);
    let question = match budget::question(state, price, 1) {
        Some(over) => format!("{question}\n\n{}", budget::question_line(state, &over)),
        None => question,
    };
    if !confirm(&question) {
        return;
    }
    if new_seed {
        inputs.insert("seed".to_owned(), Value::from(random_seed()));
    }
    jobs::submit_body(state, model_id, inputs);
}

/// A stable word per phase, for styling and tests.
fn phase_name(phase: &JobPhase) -> &'static str {
    match phase {
        JobPhase::Submitting => "submitting",
        JobPhase::Queued { .. } => "queued",
        JobPhase::Running => "running",
        JobPhase::Succeeded { .. } => "succeeded",
        JobPhase::Failed { .. } => "failed",
        JobPhase::Cancelled => "cancelled",
        JobPhase::Unknown { .. } => "unknown",
        JobPhase::Unconfirmed { .. } => "unconfirmed",
    }
}

/// What was sent, in a line or two (a local image is not repeated in full).
fn inputs_summary(job: &Job) -> impl IntoView {
    let text = |key: &str| {
        job.inputs.get(key).map(|v| match v {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        })
    };
    let prompt = text("prompt").unwrap_or_default();
    let prompt = if prompt.chars().count() > 140 {
        format!("{}…", prompt.chars().take(140).collect::<String>())
    } else {
        prompt
    };
    let facts: Vec<String> = job
        .inputs
        .iter()
        .filter(|(k, _)| !matches!(k.as_str(), "prompt" | "negative_prompt" | "img_url"))
        .map(|(k, v)| {
            // A local file (a data: URI of megabytes) is named by its type only.
            format!(
                "{k}: {}",
                match abbreviated(v) {
                    Value::String(s) => s,
                    other => other.to_string(),
                }
            )
        })
        .collect();
    view! {
        <div class="job-inputs">
            <p class="job-prompt">{prompt}</p>
            <p class="job-facts">{facts.join(" · ")}</p>
        </div>
    }
}

/// The image a job was sent with: from the web, or kept on this device.
#[component]
fn JobImage(value: String) -> impl IntoView {
    let src = LocalResource::new(move || {
        let value = value.clone();
        async move { local_files::shown_url(&value).await }
    });
    move || {
        src.get()
            .flatten()
            .map(|src| view! { <img class="job-image" src=src alt=text(|t| t.job_image()) /> })
    }
}
