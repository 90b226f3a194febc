//! When to ask about a running job: rarely while it cannot be done yet, every second
//! around when this model's jobs usually end, then less and less. Without a history, a
//! plain backoff.

use serde_json::{Map, Value};

use crate::catalog::price::seconds_asked;
use crate::job::{Job, JobPhase};

/// How long a model's jobs take, submit to finish, learnt from the history.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RunTime {
    /// When a job is expected to finish, in ms after its submit.
    pub expected_ms: f64,
    /// How far from that the jobs seen ended (ms): the dense polls start this much before.
    pub spread_ms: f64,
}

/// The newest finished jobs of a model that the estimate reads.
const SAMPLES: usize = 15;
/// A run time outside (0, 6 h] is a damaged or hostile record, not a measurement.
const LONGEST_RUN_MS: f64 = 6.0 * 3600.0 * 1000.0;

/// What the history says about a job of `model_id` with these `inputs`: the median run time
/// of its newest successful jobs, per second asked for where jobs ask for a `duration`
/// (a 10 s clip takes about twice a 5 s one). `None` without a usable sample.
pub fn learnt_run_time(
    history: &[Job],
    model_id: &str,
    inputs: &Map<String, Value>,
) -> Option<RunTime> {
    let mut samples: Vec<(f64, f64, Option<f64>)> = history
        .iter()
        .filter(|job| job.model_id == model_id && matches!(job.phase, JobPhase::Succeeded { .. }))
        .filter_map(|job| {
            let ran = job.ran_ms.filter(|ms| *ms > 0.0 && *ms <= LONGEST_RUN_MS)?;
            Some((job.submitted_at_ms, ran, seconds_asked(&job.inputs)))
        })
        .collect();
    samples.sort_by(|a, b| b.0.total_cmp(&a.0));
    samples.truncate(SAMPLES);
    let per_second: Vec<f64> = samples
        .iter()
        .filter_map(|(_, ran, secs)| secs.map(|secs| ran / secs))
        .collect();
    let (values, scale) = match seconds_asked(inputs) {
        Some(secs) if !per_second.is_empty() => (per_second, secs),
        _ => (samples.iter().map(|(_, ran, _)| *ran).collect(), 1.0),
    };
    let middle = median(&values)?;
    let deviations: Vec<f64> = values.iter().map(|v| (v - middle).abs()).collect();
    // Few samples say little about the spread: a tenth of the time until there are three.
    let spread = if values.len() >= 3 {
        (2.0 * median(&deviations)?).max(0.05 * middle)
    } else {
        0.1 * middle
    };
    let expected_ms = middle * scale;
    (expected_ms.is_finite() && expected_ms <= LONGEST_RUN_MS).then_some(RunTime {
        expected_ms,
        spread_ms: spread * scale,
    })
}

fn median(values: &[f64]) -> Option<f64> {
    let mut sorted: Vec<f64> = values.iter().copied().filter(|v| v.is_finite()).collect();
    if sorted.is_empty() {
        return None;
    }
    sorted.sort_by(f64::total_cmp);
    let mid = sorted.len() / 2;
    Some(if sorted.len().is_multiple_of(2) {
        (sorted[mid - 1] + sorted[mid]) / 2.0
    } else {
        sorted[mid]
    })
}

/// The waits between polls of one job.
///
/// With a learnt [`RunTime`], on a visible page: the first poll after 1 s (the queue's
/// first word), then evenly spaced polls at most 20 s apart until the expected end less its
/// spread (at least 1.5 s, at most a quarter of the run), then one a second until as long
/// after it, then the backoff. A hidden page polls once just after the expected end, then
/// once a minute: only the visible tab polls densely. A server's Retry-After is a floor.
#[derive(Debug, Clone, PartialEq)]
pub struct PollPlan {
    run_time: Option<RunTime>,
    polls: u32,
    backoff: Backoff,
}

const DENSE_MS: f64 = 1000.0;
const SPARSE_MAX_MS: f64 = 20_000.0;
const LEAD_MIN_MS: f64 = 1500.0;

impl PollPlan {
    /// The plan for a job expected to take `run_time` (none known: the backoff alone).
    pub fn new(run_time: Option<RunTime>) -> PollPlan {
        // A plan is total: a run time that is no length (from a hand-built value) is none.
        let run_time = run_time
            .filter(|run| run.expected_ms.is_finite() && run.expected_ms > 0.0)
            .map(|run| RunTime {
                expected_ms: run.expected_ms.min(LONGEST_RUN_MS),
                spread_ms: if run.spread_ms.is_finite() {
                    run.spread_ms.abs()
                } else {
                    0.0
                },
            });
        PollPlan {
            run_time,
            polls: 0,
            backoff: Backoff::new(),
        }
    }

    /// The wait before the next poll, `elapsed_ms` after the submit; `jitter` and
    /// `retry_after_ms` as for [`Backoff::next_delay_ms`].
    pub fn next_delay_ms(
        &mut self,
        elapsed_ms: f64,
        hidden: bool,
        jitter: f64,
        retry_after_ms: Option<u32>,
    ) -> u32 {
        let Some(run) = self.run_time else {
            return self.backoff.next_delay_ms(hidden, jitter, retry_after_ms);
        };
        let elapsed = if elapsed_ms.is_finite() {
            elapsed_ms.max(0.0)
        } else {
            0.0
        };
        let end = run.expected_ms;
        let lead = run
            .spread_ms
            .clamp(LEAD_MIN_MS, (end / 4.0).max(LEAD_MIN_MS));
        let (dense_from, dense_until) = (end - lead, end + lead);
        let first = self.polls == 0;
        self.polls = self.polls.saturating_add(1);
        let delay = if hidden {
            if elapsed < end {
                (end + DENSE_MS - elapsed).clamp(DENSE_MS, f64::from(HIDDEN_MS))
            } else {
                f64::from(HIDDEN_MS)
            }
        } else if first {
            FIRST_MS
        } else if elapsed < dense_from - DENSE_MS {
            let left = dense_from - elapsed;
            left / (left / SPARSE_MAX_MS).ceil()
        } else if elapsed < dense_until {
            DENSE_MS * jittered(jitter)
        } else {
            // Late: the run time was off; from here the plain schedule, from its start.
            return self.backoff.next_delay_ms(false, jitter, retry_after_ms);
        };
        (delay.round() as u32).max(retry_after_ms.unwrap_or(0))
    }
}

/// `jitter` in [0, 1) as a factor within ±10 % (NaN: none).
fn jittered(jitter: f64) -> f64 {
    let jitter = if jitter.is_finite() {
        jitter.clamp(0.0, 1.0)
    } else {
        0.5
    };
    1.0 + (jitter * 2.0 - 1.0) * JITTER
}

/// The wait before the next poll.
///
/// Visible page: 1000 ms, then ×1.5 each poll (1500, 2250, 3375, 5063, 7594) up to a cap
/// of 10000 ms, ±10 % jitter so many tabs do not poll in step, kept within 500..=10000.
/// Hidden page: 60000 ms, to spare the API and the battery. A server's Retry-After is a
/// floor over both. The schedule never resets: a job that has run a while is checked
/// at the capped rate.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Backoff {
    attempt: u32,
}

const FIRST_MS: f64 = 1000.0;
const GROWTH: f64 = 1.5;
const CAP_MS: f64 = 10_000.0;
const FLOOR_MS: f64 = 500.0;
const JITTER: f64 = 0.1;
const HIDDEN_MS: u32 = 60_000;

impl Backoff {
    /// A fresh schedule.
    pub fn new() -> Backoff {
        Backoff::default()
    }

    /// How many delays have been handed out.
    pub fn attempt(&self) -> u32 {
        self.attempt
    }

    /// The next delay in ms. `jitter` is a random number in [0, 1) from the caller (0.5
    /// means none); `retry_after_ms` is the server's requested wait, if any.
    pub fn next_delay_ms(&mut self, hidden: bool, jitter: f64, retry_after_ms: Option<u32>) -> u32 {
        let delay = if hidden {
            HIDDEN_MS
        } else {
            // Past ~6 attempts the cap holds anyway; bounding the exponent avoids overflow.
            let exponent = self.attempt.min(64) as i32;
            let base = (FIRST_MS * GROWTH.powi(exponent)).min(CAP_MS);
            (base * jittered(jitter)).clamp(FLOOR_MS, CAP_MS).round() as u32
        };
        self.attempt = self.attempt.saturating_add(1);
        delay.max(retry_after_ms.unwrap_or(0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    fn schedule(b: &mut Backoff, n: usize, jitter: f64) -> Vec<u32> {
        (0..n)
            .map(|_| b.next_delay_ms(false, jitter, None))
            .collect()
    }

    #[test]
    fn visible_schedule_grows_by_half_up_to_the_cap() {
        let mut b = Backoff::new();
        assert_eq!(
            schedule(&mut b, 9, 0.5),
            [1000, 1500, 2250, 3375, 5063, 7594, 10_000, 10_000, 10_000]
        );
        assert_eq!(b.attempt(), 9);
        for _ in 0..200 {
            b.next_delay_ms(false, 0.5, None);
        }
        assert_eq!(b.next_delay_ms(false, 0.5, None), 10_000);
    }

    #[test]
    fn jitter_is_ten_percent_within_bounds() {
        assert_eq!(
            schedule(&mut Backoff::new(), 8, 0.0),
            [900, 1350, 2025, 3038, 4556, 6834, 9000, 9000]
        );
        let high = schedule(&mut Backoff::new(), 8, 0.999_999);
        assert_eq!(high[..6], [1100, 1650, 2475, 3712, 5569, 8353]);
        // +10 % on the cap is still the cap.
        assert_eq!(high[6..], [10_000, 10_000]);
        // Out-of-range jitter is clamped; NaN means none.
        assert_eq!(Backoff::new().next_delay_ms(false, -3.0, None), 900);
        assert_eq!(Backoff::new().next_delay_ms(false, 7.0, None), 1100);
        assert_eq!(Backoff::new().next_delay_ms(false, f64::NAN, None), 1000);
    }

    #[test]
    fn hidden_pages_poll_once_a_minute() {
        let mut b = Backoff::new();
        assert_eq!(b.next_delay_ms(true, 0.0, None), 60_000);
        assert_eq!(b.next_delay_ms(true, 0.9, None), 60_000);
        // Attempts still count, so coming back visible continues the schedule.
        assert_eq!(b.next_delay_ms(false, 0.5, None), 2250);
    }

    #[test]
    fn retry_after_is_a_floor() {
        let mut b = Backoff::new();
        assert_eq!(b.next_delay_ms(false, 0.5, Some(30_000)), 30_000);
        assert_eq!(b.next_delay_ms(false, 0.5, Some(1_000)), 1500);
        assert_eq!(b.next_delay_ms(false, 0.5, Some(2_250)), 2250);
        assert_eq!(b.next_delay_ms(false, 0.5, Some(0)), 3375);
        assert_eq!(b.next_delay_ms(true, 0.5, Some(90_000)), 90_000);
        assert_eq!(b.next_delay_ms(true, 0.5, Some(59_999)), 60_000);
    }

    fn finished(model: &str, submitted: f64, ran: f64, duration: Option<Value>) -> Job {
        let mut inputs = Map::new();
        if let Some(d) = duration {
            inputs.insert("duration".into(), d);
        }
        let mut job = Job::new("r", model, inputs, submitted);
        job.phase = JobPhase::Succeeded { media: vec![] };
        job.ran_ms = Some(ran);
        job
    }

    #[test]
    fn learns_the_median_of_the_models_own_successes() {
        let mut failed = finished("m", 5.0, 1.0, None);
        failed.phase = JobPhase::Cancelled;
        let history = [
            finished("m", 1.0, 60_000.0, None),
            finished("m", 2.0, 62_000.0, None),
            finished("m", 3.0, 58_000.0, None),
            finished("other", 4.0, 5_000.0, None),
            failed,
        ];
        let run = learnt_run_time(&history, "m", &Map::new()).unwrap();
        assert_eq!(run.expected_ms, 60_000.0);
        assert_eq!(run.spread_ms, 4000.0);
        assert_eq!(learnt_run_time(&history, "none", &Map::new()), None);
        // Two samples: a tenth of the time either side.
        let run = learnt_run_time(&history[..2], "m", &Map::new()).unwrap();
        assert_eq!((run.expected_ms, run.spread_ms), (61_000.0, 6100.0));
    }

    #[test]
    fn scales_by_the_duration_asked_for() {
        let history = [
            finished("m", 1.0, 50_000.0, Some(json!(5))),
            finished("m", 2.0, 100_000.0, Some(json!("10"))),
            finished("m", 3.0, 75_000.0, Some(json!("7.5s"))),
        ];
        let asked = |d: Value| Map::from_iter([("duration".to_string(), d)]);
        let run = learnt_run_time(&history, "m", &asked(json!(8))).unwrap();
        assert_eq!(run.expected_ms, 80_000.0);
        // A job that asks for none (or nonsense) gets the plain median.
        let run = learnt_run_time(&history, "m", &asked(json!("auto"))).unwrap();
        assert_eq!(run.expected_ms, 75_000.0);
    }

    #[test]
    fn only_the_newest_samples_count_and_junk_none() {
        let mut history: Vec<Job> = (0..20)
            .map(|i| {
                finished(
                    "m",
                    f64::from(i),
                    if i < 5 { 1.0e6 } else { 10_000.0 },
                    None,
                )
            })
            .collect();
        for junk in [f64::NAN, -5.0, 0.0, f64::INFINITY, 1.0e12] {
            history.push(finished("m", 100.0, junk, None));
        }
        let run = learnt_run_time(&history, "m", &Map::new()).unwrap();
        assert_eq!(run.expected_ms, 10_000.0);
    }

    /// Polls a job that finishes `ends_ms` after its submit, as the watch loop does: each
    /// poll waits the plan's delay. The polls sent, and how late the end was seen.
    fn simulate(run_time: Option<RunTime>, ends_ms: f64, hidden: bool) -> (u32, f64) {
        let mut plan = PollPlan::new(run_time);
        let (mut at, mut polls) = (0.0, 0);
        loop {
            at += f64::from(plan.next_delay_ms(at, hidden, 0.5, None));
            polls += 1;
            if at >= ends_ms {
                return (polls, at - ends_ms);
            }
        }
    }

    fn expect(ms: f64, spread: f64) -> Option<RunTime> {
        Some(RunTime {
            expected_ms: ms,
            spread_ms: spread,
        })
    }

    #[test]
    fn a_learnt_minute_costs_few_polls_and_is_seen_within_a_second() {
        for ends in [59_000.0, 60_000.0, 60_900.0, 61_400.0] {
            let (polls, late) = simulate(expect(60_000.0, 500.0), ends, false);
            assert!(polls <= 10, "{ends}: {polls} polls");
            assert!(late <= 1000.0, "{ends}: seen {late} ms late");
        }
        // Without a history: the backoff's steps of up to 10 s.
        let (polls, late) = simulate(None, 60_000.0, false);
        assert!(polls <= 12 && late <= 10_000.0, "{polls} {late}");
    }

    #[test]
    fn every_length_is_seen_within_a_second_and_a_half() {
        for secs in [5.0, 10.0, 30.0, 60.0, 120.0, 600.0] {
            let ms = secs * 1000.0;
            let (polls, late) = simulate(expect(ms, 0.05 * ms), ms + 300.0, false);
            assert!(late <= 1500.0, "{secs} s: {late}");
            assert!(
                f64::from(polls) <= 6.0 + secs / 10.0,
                "{secs} s: {polls} polls"
            );
        }
    }

    #[test]
    fn a_late_job_falls_back_to_the_backoff() {
        let mut plan = PollPlan::new(expect(10_000.0, 1000.0));
        assert_eq!(plan.next_delay_ms(0.0, false, 0.5, None), 1000);
        assert_eq!(plan.next_delay_ms(11_000.0, false, 0.5, None), 1000);
        let late: Vec<u32> = (0..4)
            .map(|_| plan.next_delay_ms(20_000.0, false, 0.5, None))
            .collect();
        assert_eq!(late, [1000, 1500, 2250, 3375]);
    }

    #[test]
    fn a_hidden_tab_asks_once_after_the_expected_end_then_each_minute() {
        let mut plan = PollPlan::new(expect(30_000.0, 1000.0));
        assert_eq!(plan.next_delay_ms(0.0, true, 0.5, None), 31_000);
        assert_eq!(plan.next_delay_ms(31_000.0, true, 0.5, None), 60_000);
        let mut plan = PollPlan::new(expect(300_000.0, 1000.0));
        assert_eq!(plan.next_delay_ms(0.0, true, 0.5, None), 60_000);
        let (polls, _) = simulate(expect(30_000.0, 1000.0), 30_500.0, true);
        assert_eq!(polls, 1);
    }

    proptest! {
        #[test]
        fn any_plan_waits_a_sane_time(
            expected in proptest::num::f64::ANY, spread in proptest::num::f64::ANY,
            elapsed in proptest::num::f64::ANY, hidden: bool, jitter in proptest::num::f64::ANY,
            retry in proptest::option::of(0u32..200_000), polls in 0usize..30,
        ) {
            let mut plan = PollPlan::new(expect(expected, spread));
            for _ in 0..polls {
                plan.next_delay_ms(elapsed, hidden, jitter, retry);
            }
            let delay = plan.next_delay_ms(elapsed, hidden, jitter, retry);
            prop_assert!(delay >= 500 && delay <= 60_000.max(retry.unwrap_or(0)), "{delay}");
        }
    }
}
