//! A time limit for a fetch: an abort signal that fires after a number of milliseconds.

use gloo_timers::callback::Timeout;
use web_sys::{AbortController, AbortSignal};

/// Aborts whatever carries its [`signal`](Deadline::signal) once the time is up; dropping
/// it cancels the timer.
pub struct Deadline {
    signal: Option<AbortSignal>,
    _timer: Option<Timeout>,
}

impl Deadline {
    /// Starts the clock.
    pub fn after_ms(ms: u32) -> Self {
        let controller = AbortController::new().ok();
        Self {
            signal: controller.as_ref().map(AbortController::signal),
            _timer: controller.map(|c| Timeout::new(ms, move || c.abort())),
        }
    }

    /// The signal to hand to the request.
    pub fn signal(&self) -> Option<&AbortSignal> {
        self.signal.as_ref()
    }

    /// Whether the time ran out (so a failed request failed because of it).
    pub fn passed(&self) -> bool {
        self.signal.as_ref().is_some_and(AbortSignal::aborted)
    }
}
