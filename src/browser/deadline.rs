//! Time limits: an abort signal for a fetch that fires after a number of milliseconds,
//! and a limit on any other wait.

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

/// `work`'s outcome, or `None` once `ms` milliseconds pass first.
pub async fn within<F: std::future::Future>(ms: u32, work: F) -> Option<F::Output> {
    use std::future::Future;
    use std::pin::pin;
    use std::task::Poll;
    let mut work = pin!(work);
    let mut timeout = pin!(gloo_timers::future::TimeoutFuture::new(ms));
    std::future::poll_fn(move |cx| {
        if let Poll::Ready(output) = work.as_mut().poll(cx) {
            return Poll::Ready(Some(output));
        }
        if timeout.as_mut().poll(cx).is_ready() {
            return Poll::Ready(None);
        }
        Poll::Pending
    })
    .await
}
