//! Every tab of this site in step: the history is merged, never overwritten, when a tab
//! writes it and when another tab says it wrote; a token forgotten in one tab is forgotten
//! in all; a job is polled by one tab at a time (`jobs::watch` holds its Web Lock) and
//! the others follow its progress through the stored history.

use std::cell::RefCell;
use std::collections::HashSet;

use leptos::prelude::*;

use crate::browser::storage::{self, keys};
use crate::browser::tab_channel;
use crate::core::job::history::{load_history, merge_copies, HistoryFile};
use crate::core::job::persist::job_without_data_uris;
use crate::core::job::Job;
use crate::services::jobs;
use crate::state::AppState;

/// Another tab wrote the history.
const JOBS_WRITTEN: &str = "jobs";
/// Another tab forgot the token.
const TOKEN_FORGOTTEN: &str = "token-forgotten";

thread_local! {
    /// Every job this tab held: one it lacks now was deleted here.
    static HELD: RefCell<HashSet<String>> = RefCell::new(HashSet::new());
    /// Every job this tab saw stored: one missing from the store now was deleted elsewhere.
    static SEEN_STORED: RefCell<HashSet<String>> = RefCell::new(HashSet::new());
    /// The history's text as last written or read here, so the same is not written again.
    static LAST_TEXT: RefCell<String> = const { RefCell::new(String::new()) };
    /// The jobs as last written or read here: the same list is not even serialized again.
    static LAST_JOBS: RefCell<Vec<Job>> = const { RefCell::new(Vec::new()) };
}

/// Keeps the history on this device and in step with the other tabs, from now on.
pub fn start(state: AppState) {
    // What was just restored is what is stored: nothing to write until it changes.
    if let Some(text) = storage::load_text(keys::HISTORY) {
        state.jobs.with_untracked(|jobs| {
            note(&HELD, jobs);
            note(&SEEN_STORED, jobs);
            LAST_JOBS.with(|last| *last.borrow_mut() = jobs.clone());
        });
        LAST_TEXT.with(|last| *last.borrow_mut() = text);
    }
    Effect::new(move |_| state.jobs.with(|jobs| write(state, jobs)));
    tab_channel::listen(move |message| match message.as_str() {
        JOBS_WRITTEN => read(state),
        TOKEN_FORGOTTEN => forget_token_here(state),
        _ => {}
    });
}

/// Forgets the token here and in every other tab of this site.
pub fn forget_token(state: AppState) {
    forget_token_here(state);
    tab_channel::post(TOKEN_FORGOTTEN);
}

fn forget_token_here(state: AppState) {
    state.token.set(String::new());
    state.settings.update(|s| s.remember_token = false);
    state.welcome.set(true);
}

/// The stored history's jobs and text (none when nothing, or nothing readable, is stored).
/// The text this tab last wrote or read is not parsed again: a job's every poll writes the
/// history, and another tab rarely wrote in between.
fn stored() -> (Vec<Job>, String) {
    let Some(text) = storage::load_text(keys::HISTORY) else {
        return (Vec::new(), String::new());
    };
    if LAST_TEXT.with(|last| *last.borrow() == text) {
        return (LAST_JOBS.with(|last| last.borrow().clone()), text);
    }
    (load_history(&text).jobs, text)
}

fn note(set: &'static std::thread::LocalKey<RefCell<HashSet<String>>>, jobs: &[Job]) {
    set.with(|set| {
        set.borrow_mut()
            .extend(jobs.iter().map(|j| j.request_id.clone()))
    });
}

/// Writes this tab's history, merged with what another tab stored meanwhile; takes in
/// that tab's new jobs.
fn write(state: AppState, jobs: &[Job]) {
    if LAST_JOBS.with(|last| *last.borrow() == jobs) {
        return;
    }
    note(&HELD, jobs);
    let mine: Vec<Job> = jobs.iter().map(job_without_data_uris).collect();
    let (theirs, _) = stored();
    let merged = HELD.with(|held| {
        SEEN_STORED.with(|seen| {
            let (held, seen) = (held.borrow(), seen.borrow());
            merge_copies(
                mine.clone(),
                &theirs,
                |id| held.contains(id),
                |id| seen.contains(id),
            )
        })
    });
    let text = serde_json::to_string(&HistoryFile::new(merged.clone())).unwrap_or_default();
    if LAST_TEXT.with(|last| *last.borrow() == text) {
        return;
    }
    if storage::save_text(keys::HISTORY, &text) {
        note(&SEEN_STORED, &merged);
        LAST_TEXT.with(|last| *last.borrow_mut() = text);
        LAST_JOBS.with(|last| *last.borrow_mut() = merged.clone());
        tab_channel::post(JOBS_WRITTEN);
        // The legacy copy of the first release is in the new format now (and only now:
        // a refused write keeps it).
        storage::remove(keys::JOBS_V1);
    } else if state.storage_note.get_untracked().is_none() {
        state.storage_note.set(Some(|t| t.storage_unavailable()));
    }
    if merged != mine {
        adopt(state, merged);
    }
}

/// Takes in what another tab wrote.
fn read(state: AppState) {
    let (theirs, text) = stored();
    note(&SEEN_STORED, &theirs);
    LAST_TEXT.with(|last| *last.borrow_mut() = text);
    LAST_JOBS.with(|last| *last.borrow_mut() = theirs.clone());
    let merged = state.jobs.with_untracked(|mine| {
        SEEN_STORED.with(|seen| {
            HELD.with(|held| {
                let (held, seen) = (held.borrow(), seen.borrow());
                merge_copies(theirs, mine, |id| seen.contains(id), |id| held.contains(id))
            })
        })
    });
    if state.jobs.with_untracked(|mine| *mine != merged) {
        adopt(state, merged);
    }
}

/// Shows `merged` as this tab's history, and follows its unfinished jobs (one tab polls
/// each; this one waits its turn).
fn adopt(state: AppState, merged: Vec<Job>) {
    let open: Vec<String> = merged
        .iter()
        .filter(|j| !j.phase.is_final())
        .map(|j| j.request_id.clone())
        .collect();
    note(&HELD, &merged);
    state.jobs.set(merged);
    for id in open {
        jobs::watch(state, id);
    }
}
