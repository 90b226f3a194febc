//! Every tab of this site in step: the history and the sets are merged, never overwritten,
//! when a tab writes them and when another tab's write reaches it (the browser's `storage`
//! event); a token forgotten in one tab is forgotten in all (a `BroadcastChannel` message); a job is polled by one tab at a time (`jobs::watch` holds its Web
//! Lock) and a set is sent by one (`jobs::run_set`); the others follow through the store.

use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

use leptos::prelude::*;
use serde::Serialize;

use crate::browser::storage::{self, keys};
use crate::browser::tab_channel;
use crate::core::job::history::{load_history, merge_copies, HistoryFile};
use crate::core::job::merge::keep_ours;
use crate::core::job::persist::job_without_data_uris;
use crate::core::job::set::{drop_largest_file, merge_sets, JobSet};
use crate::core::job::Job;
use crate::services::jobs;
use crate::state::AppState;

/// Another tab forgot the token.
const TOKEN_FORGOTTEN: &str = "token-forgotten";

/// Whether the entry named so is known to a side of a merge.
type Knew<'a> = &'a dyn Fn(&str) -> bool;

/// One list that every tab keeps a copy of, under one key of the store.
struct SharedList<T: 'static> {
    key: &'static str,
    signal: RwSignal<Vec<T>>,
    /// Reads the stored text: its readable entries.
    parse: fn(&str) -> Vec<T>,
    /// The text to store.
    text: fn(&[T]) -> String,
    /// This tab's copy as it is stored (without what is only for this page).
    stored_form: fn(&T) -> T,
    merge: fn(Vec<T>, &[T], Knew, Knew) -> Vec<T>,
    /// Whether this tab's copy of the entry named so wins whatever is stored (the one tab
    /// that changes it; no other deletes it).
    ours_alone: fn(&str) -> bool,
    /// Whether this tab keeps the entry named so where another tab's write lacks it (no
    /// other deletes it), though merged with that tab's copy where both have it.
    kept_here: fn(&str) -> bool,
    /// Leaves out one large thing so a refused write may fit; `false` when nothing is left.
    shrink: fn(&mut Vec<T>) -> bool,
    /// Called with what this tab now shows, after it took in another tab's entries.
    adopted: fn(AppState, &[T]),
    /// Whether what the tab restored is what is stored (else it is read again: the sets
    /// restored are marked interrupted, the stored ones are not).
    restored_as_stored: bool,
    copies: RefCell<Copies<T>>,
}

/// What this tab knows of a list's copies.
struct Copies<T> {
    /// Every entry this tab held: one it lacks now was deleted here.
    held: HashSet<String>,
    /// Every entry this tab saw stored: one missing from the store now was deleted elsewhere.
    seen_stored: HashSet<String>,
    /// The list's text as last written or read here, so the same is not written again...
    last_text: String,
    /// ... and the entries it holds, so the same list is not even serialized again.
    last: Vec<T>,
}

/// Keeps the history and the sets on this device and in step with the other tabs.
pub fn start(state: AppState) {
    let history = Rc::new(SharedList {
        key: keys::HISTORY,
        signal: state.jobs,
        parse: |text| load_history(text).jobs,
        text: |jobs| serde_json::to_string(&HistoryFile::new(jobs.to_vec())).unwrap_or_default(),
        stored_form: job_without_data_uris,
        merge: |base, other, base_knew, other_knew| {
            merge_copies(base, other, base_knew, other_knew)
        },
        ours_alone: |_| false,
        kept_here: jobs::polled_here,
        shrink: |_| false,
        adopted: follow_open_jobs,
        restored_as_stored: true,
        copies: RefCell::new(Copies::new()),
    });
    let sets = Rc::new(SharedList {
        key: keys::SETS,
        signal: state.sets,
        // (What another tab could not read it has set aside itself: `storage::load_list`.)
        parse: |text| {
            storage::list_entries(text)
                .map(|(sets, _)| sets)
                .unwrap_or_default()
        },
        text: |sets| serde_json::to_string(sets).unwrap_or_default(),
        stored_form: JobSet::clone,
        merge: |base, other, base_knew, other_knew| merge_sets(base, other, base_knew, other_knew),
        ours_alone: jobs::sending_here,
        kept_here: |_| false,
        shrink: |sets| drop_largest_file(sets),
        adopted: |_, _| {},
        restored_as_stored: false,
        copies: RefCell::new(Copies::new()),
    });
    history.begin(state);
    sets.begin(state);
    storage::on_change_elsewhere(move |key| match key.as_str() {
        keys::HISTORY => history.read(state),
        keys::SETS => sets.read(state),
        _ => {}
    });
    tab_channel::listen(move |message| {
        if message == TOKEN_FORGOTTEN {
            forget_token_here(state);
        }
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

/// Follows the unfinished jobs of the history shown (one tab polls each; this one waits
/// its turn).
fn follow_open_jobs(state: AppState, jobs: &[Job]) {
    for job in jobs.iter().filter(|j| !j.phase.is_final()) {
        jobs::watch(state, job.request_id.clone());
    }
}

impl<T> Copies<T> {
    fn new() -> Self {
        Copies {
            held: HashSet::new(),
            seen_stored: HashSet::new(),
            last_text: String::new(),
            last: Vec::new(),
        }
    }
}

impl<T> SharedList<T>
where
    T: Clone + PartialEq + Serialize + Send + Sync + crate::core::job::merge::Shared + 'static,
{
    /// From now on: written when this tab's copy changes, read when another tab wrote.
    fn begin(self: &Rc<Self>, state: AppState) {
        // What was just restored is what is stored: nothing to write until it changes.
        if let Some(text) = storage::load_text(self.key) {
            let mut copies = self.copies.borrow_mut();
            self.signal.with_untracked(|entries| {
                note(&mut copies.held, entries);
                copies.last = if self.restored_as_stored {
                    entries.to_vec()
                } else {
                    (self.parse)(&text)
                };
            });
            let stored = std::mem::take(&mut copies.last);
            note(&mut copies.seen_stored, &stored);
            copies.last = stored;
            copies.last_text = text;
        }
        let list = self.clone();
        Effect::new(move |_| {
            // Taken in after the read of the signal ends: it cannot be set while read.
            if let Some(merged) = list.signal.with(|entries| list.write(state, entries)) {
                list.adopt(state, merged);
            }
        });
    }

    /// The stored entries and their text (none when nothing, or nothing readable, is
    /// stored). The text this tab last wrote or read is not parsed again: a job's every
    /// poll writes the history, and another tab rarely wrote in between.
    fn stored(&self) -> (Vec<T>, String) {
        let Some(text) = storage::load_text(self.key) else {
            return (Vec::new(), String::new());
        };
        let copies = self.copies.borrow();
        if copies.last_text == text {
            return (copies.last.clone(), text);
        }
        ((self.parse)(&text), text)
    }

    /// `base` merged with `other`, then this tab's own entries put back where it alone
    /// changes them or keeps them, also where another tab's write never saw them
    /// ([`keep_ours`]).
    fn merged(
        &self,
        base: Vec<T>,
        other: &[T],
        base_knew: Knew,
        other_knew: Knew,
        mine: &[T],
    ) -> Vec<T> {
        keep_ours(
            (self.merge)(base, other, base_knew, other_knew),
            mine,
            self.ours_alone,
            self.kept_here,
        )
    }

    /// Writes this tab's copy, merged with what another tab stored meanwhile; returns
    /// what this tab is to take in of that tab's (its new entries, its progress).
    fn write(&self, state: AppState, entries: &[T]) -> Option<Vec<T>> {
        if self.copies.borrow().last == entries {
            return None;
        }
        note(&mut self.copies.borrow_mut().held, entries);
        let mine: Vec<T> = entries.iter().map(self.stored_form).collect();
        let (theirs, stored_text) = self.stored();
        let mut merged = {
            let copies = self.copies.borrow();
            if copies.last_text == stored_text {
                // No other tab wrote since: this tab's copy is the whole truth (a set sent
                // again here is not "further along" in what this tab stored before).
                mine.clone()
            } else {
                let held = |id: &str| copies.held.contains(id);
                let seen = |id: &str| copies.seen_stored.contains(id);
                self.merged(mine.clone(), &theirs, &held, &seen, &mine)
            }
        };
        let mut text = (self.text)(&merged);
        if self.copies.borrow().last_text == text {
            return None;
        }
        let mut saved = storage::save_text(self.key, &text);
        let mut shrunk = false;
        while !saved && (self.shrink)(&mut merged) {
            shrunk = true;
            text = (self.text)(&merged);
            saved = storage::save_text(self.key, &text);
        }
        if saved {
            let mut copies = self.copies.borrow_mut();
            note(&mut copies.seen_stored, &merged);
            copies.last_text = text;
            copies.last = merged.clone();
            if self.key == keys::HISTORY {
                // The legacy copy of the first release is in the new format now (and only
                // now: a refused write keeps it).
                storage::remove(keys::JOBS_V1);
            }
        }
        if !saved {
            state.note_unless(false);
        } else if shrunk {
            state.storage_note.set(Some(|t| t.storage_file_too_large()));
        }
        (merged != mine && !shrunk).then_some(merged)
    }

    /// Takes in what another tab wrote.
    fn read(&self, state: AppState) {
        let (theirs, text) = self.stored();
        {
            let mut copies = self.copies.borrow_mut();
            note(&mut copies.seen_stored, &theirs);
            copies.last_text = text;
            copies.last = theirs.clone();
        }
        let mine = self.signal.get_untracked();
        let merged = {
            let copies = self.copies.borrow();
            let held = |id: &str| copies.held.contains(id);
            let seen = |id: &str| copies.seen_stored.contains(id);
            self.merged(theirs, &mine, &seen, &held, &mine)
        };
        if mine != merged {
            self.adopt(state, merged);
        }
    }

    /// Shows `merged` as this tab's copy.
    fn adopt(&self, state: AppState, merged: Vec<T>) {
        note(&mut self.copies.borrow_mut().held, &merged);
        self.signal.set(merged.clone());
        (self.adopted)(state, &merged);
    }
}

fn note<T: crate::core::job::merge::Shared>(set: &mut HashSet<String>, entries: &[T]) {
    set.extend(entries.iter().map(|e| e.id().to_owned()));
}
