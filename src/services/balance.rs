//! The account's balance: asked once the app runs with a token, again when the token or the
//! API base changes, after each job ends, and on demand. Only the newest question's answer
//! is shown.

use std::cell::Cell;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::storage::{self, keys};
use crate::core::api::error::ApiError;
use crate::state::{AppState, BalanceState};

/// A token being typed is not asked about at every key.
const SETTLE_MS: u32 = 400;

thread_local! {
    /// Counts the questions asked: an answer to an older one is dropped.
    static ASKED: Cell<u64> = const { Cell::new(0) };
}

/// Asks now, and again whenever the token or the API base changes.
pub fn start(state: AppState) {
    let asked_of = Memo::new(move |_| {
        (
            state.token.get(),
            state.settings.with(|s| s.api_base.clone()),
        )
    });
    Effect::new(move |_| {
        // Read, not only tracked: a memo never read has no sources to hear from.
        asked_of.with(|_| ());
        let mine = next_question();
        spawn_local(async move {
            gloo_timers::future::TimeoutFuture::new(SETTLE_MS).await;
            if ASKED.with(Cell::get) == mine {
                ask(state, mine).await;
            }
        });
    });
}

/// Asks again now (a job ended, or the user pressed Refresh).
pub fn refresh(state: AppState) {
    let mine = next_question();
    spawn_local(ask(state, mine));
}

fn next_question() -> u64 {
    ASKED.with(|asked| {
        asked.set(asked.get() + 1);
        asked.get()
    })
}

async fn ask(state: AppState, mine: u64) {
    if state.token.with_untracked(|t| t.trim().is_empty()) {
        state.balance.set(BalanceState::Unknown);
        return;
    }
    let answer = state.client().balance().await;
    if ASKED.with(Cell::get) != mine {
        return;
    }
    state.balance.set(match answer {
        Ok(balance) => BalanceState::Known(balance.usd),
        Err(error) => BalanceState::Refused(error),
    });
}

/// Whether the note that the browser cannot reach the balance (CORS) is to be shown: it
/// was refused that way, and the user has not dismissed the note for this API base.
pub fn blocked_note_due(state: AppState) -> bool {
    let blocked = state
        .balance
        .with(|b| matches!(b, BalanceState::Refused(ApiError::Network)));
    blocked
        && state.settings.with(|s| {
            storage::load_text(keys::BALANCE_NOTE_DISMISSED).as_deref() != Some(s.api_base.as_str())
        })
}

/// The note is not shown again for the current API base.
pub fn dismiss_blocked_note(state: AppState) {
    let base = state.settings.with_untracked(|s| s.api_base.clone());
    storage::save_text(keys::BALANCE_NOTE_DISMISSED, &base);
    // Shown from the balance's signal: nudge it so the note goes.
    state.balance.update(|_| {});
}
