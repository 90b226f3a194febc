//! A spending limit that holds, per day or per month of the user's calendar.
//!
//! Spent counts every cost the history recorded in the period and, for a job whose cost
//! is not known yet (still running, or RunComfy did not say), the price it was expected
//! to cost when sent: so a set sent in a few seconds cannot slip past the limit before the
//! first cost arrives. A job that ended without a cost and without an estimate is counted
//! apart, never as zero.

use crate::job::spend::{civil, local_day};
use crate::job::{Job, JobPhase};

/// What a limit is per.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    /// Since local midnight.
    Day,
    /// Since the first of the month.
    Month,
}

impl Period {
    /// The word kept in the settings.
    pub fn key(self) -> &'static str {
        match self {
            Period::Day => "day",
            Period::Month => "month",
        }
    }

    /// The period a kept word names.
    pub fn from_key(key: &str) -> Option<Period> {
        [Period::Day, Period::Month]
            .into_iter()
            .find(|p| p.key() == key)
    }
}

/// A spending limit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Budget {
    /// US dollars, more than zero.
    pub limit_usd: f64,
    /// What the limit is per.
    pub per: Period,
}

/// What a period has cost so far.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Spent {
    /// US dollars: recorded costs, and the estimates of jobs whose cost is not known yet.
    pub usd: f64,
    /// Jobs that may have cost something no one knows (not in `usd`).
    pub unknown: u32,
}

/// What a press would do to the budget.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Verdict {
    /// It stays within the limit (or its price is not known).
    Within,
    /// Spent plus this press would pass the limit.
    Passes {
        /// Spent so far in the period.
        spent_usd: f64,
        /// The press's estimate.
        press_usd: f64,
        /// The limit.
        limit_usd: f64,
        /// How many of the press's jobs fit within the limit.
        fitting: u32,
    },
}

/// Amounts this close count as equal (a sum of floating-point cents).
const EPSILON_USD: f64 = 1e-9;

impl Budget {
    /// A limit of `limit_usd` per `per`; `None` unless the amount is a positive number.
    pub fn new(limit_usd: f64, per: Period) -> Option<Budget> {
        (limit_usd.is_finite() && limit_usd > 0.0).then_some(Budget { limit_usd, per })
    }

    /// What `jobs` spent in this budget's period as of `now_ms`, `offset_min` minutes ahead
    /// of UTC.
    pub fn spent(&self, jobs: &[Job], now_ms: f64, offset_min: f64) -> Spent {
        let today = local_day(now_ms, offset_min);
        let first = match self.per {
            Period::Day => today,
            Period::Month => today - i64::from(civil(today).2) + 1,
        };
        let mut spent = Spent::default();
        for job in jobs {
            let day = local_day(
                job.finished_at_ms.unwrap_or(job.submitted_at_ms),
                offset_min,
            );
            if day < first || day > today {
                continue;
            }
            match counted(job) {
                Counted::Usd(usd) => spent.usd += usd,
                Counted::Unknown => spent.unknown += 1,
                Counted::Nothing => {}
            }
        }
        spent
    }

    /// Whether a press of `jobs` jobs at `per_job_usd` each (`None`: not known) would pass
    /// the limit with `spent_usd` already spent.
    pub fn check(&self, spent_usd: f64, per_job_usd: Option<f64>, jobs: u32) -> Verdict {
        let Some(each) = per_job_usd.filter(|usd| usd.is_finite() && *usd >= 0.0) else {
            return Verdict::Within;
        };
        let press_usd = each * f64::from(jobs);
        if spent_usd + press_usd <= self.limit_usd + EPSILON_USD {
            return Verdict::Within;
        }
        let room = self.limit_usd - spent_usd + EPSILON_USD;
        let fitting = if each <= 0.0 {
            jobs
        } else if room <= 0.0 {
            0
        } else {
            ((room / each).floor() as u32).min(jobs)
        };
        Verdict::Passes {
            spent_usd,
            press_usd,
            limit_usd: self.limit_usd,
            fitting,
        }
    }

    /// Whether one more job at `next_usd` (`None`: not known) may be sent by a set that
    /// keeps within the limit: not once the limit is reached, nor when it would pass it.
    pub fn allows_next(&self, spent_usd: f64, next_usd: Option<f64>) -> bool {
        spent_usd < self.limit_usd - EPSILON_USD
            && spent_usd + next_usd.unwrap_or(0.0) <= self.limit_usd + EPSILON_USD
    }
}

enum Counted {
    Usd(f64),
    Unknown,
    Nothing,
}

fn counted(job: &Job) -> Counted {
    let known = |usd: Option<f64>| usd.filter(|usd| usd.is_finite() && *usd >= 0.0);
    if let Some(cost) = known(job.cost_usd) {
        return Counted::Usd(cost);
    }
    let may_cost = !job.phase.is_final() || matches!(job.phase, JobPhase::Succeeded { .. });
    match (may_cost, known(job.estimate_usd)) {
        (false, _) => Counted::Nothing,
        (true, Some(usd)) => Counted::Usd(usd),
        (true, None) => Counted::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::Map;

    const DAY: f64 = 86_400_000.0;
    /// 2026-12-07 12:00 UTC, a Monday.
    const NOW: f64 = 20_429.5 * DAY;

    fn job(at: f64, phase: JobPhase, cost: Option<f64>, estimate: Option<f64>) -> Job {
        let mut job = Job::new("r", "m", Map::new(), at);
        job.finished_at_ms = phase.is_final().then_some(at);
        job.phase = phase;
        job.cost_usd = cost;
        job.estimate_usd = estimate;
        job
    }

    fn done() -> JobPhase {
        JobPhase::Succeeded { media: vec![] }
    }

    #[test]
    fn counts_costs_then_estimates_of_what_may_cost() {
        let jobs = [
            job(NOW - 1000.0, done(), Some(0.40), Some(0.35)),
            job(NOW - 2000.0, JobPhase::Running, None, Some(0.35)),
            job(
                NOW - 3000.0,
                JobPhase::Queued { position: None },
                None,
                None,
            ),
            job(NOW - 4000.0, JobPhase::Cancelled, None, Some(0.35)),
            job(NOW - 5000.0, done(), None, None),
            job(NOW - 6000.0, JobPhase::Cancelled, Some(0.05), None),
            // Yesterday: not today, but this month.
            job(NOW - DAY, done(), Some(1.0), None),
        ];
        let day = Budget::new(5.0, Period::Day).unwrap();
        let spent = day.spent(&jobs, NOW, 0.0);
        assert!((spent.usd - 0.80).abs() < 1e-9, "{spent:?}");
        assert_eq!(spent.unknown, 2);
        let month = Budget::new(5.0, Period::Month).unwrap();
        assert!((month.spent(&jobs, NOW, 0.0).usd - 1.80).abs() < 1e-9);
        // The first of the month: the month is only today.
        let first = 20_423.5 * DAY;
        assert!(
            (month
                .spent(&[job(first - DAY, done(), Some(1.0), None)], first, 0.0)
                .usd)
                .abs()
                < 1e-9
        );
    }

    #[test]
    fn the_day_is_the_users() {
        // 23:30 UTC yesterday is 00:30 today two hours east of UTC.
        let late = NOW - 12.5 * 3_600_000.0;
        let jobs = [job(late, done(), Some(1.0), None)];
        let day = Budget::new(5.0, Period::Day).unwrap();
        assert_eq!(day.spent(&jobs, NOW, 0.0).usd, 0.0);
        assert_eq!(day.spent(&jobs, NOW, 120.0).usd, 1.0);
    }

    #[test]
    fn a_press_that_passes_says_by_how_much_and_what_fits() {
        let budget = Budget::new(1.50, Period::Day).unwrap();
        assert_eq!(budget.check(0.80, Some(0.35), 2), Verdict::Within);
        assert_eq!(budget.check(0.80, None, 8), Verdict::Within);
        match budget.check(0.80, Some(0.40), 3) {
            Verdict::Passes {
                spent_usd,
                press_usd,
                limit_usd,
                fitting,
            } => {
                assert_eq!((spent_usd, limit_usd, fitting), (0.80, 1.50, 1));
                assert!((press_usd - 1.20).abs() < 1e-9);
            }
            other => panic!("{other:?}"),
        }
        // Exactly to the limit is within it.
        assert_eq!(budget.check(0.70, Some(0.40), 2), Verdict::Within);
        assert!(matches!(
            budget.check(2.0, Some(0.1), 1),
            Verdict::Passes { fitting: 0, .. }
        ));
    }

    #[test]
    fn a_set_stops_at_the_limit() {
        let budget = Budget::new(1.0, Period::Day).unwrap();
        assert!(budget.allows_next(0.60, Some(0.40)));
        assert!(!budget.allows_next(0.61, Some(0.40)));
        assert!(!budget.allows_next(1.0, None));
        assert!(budget.allows_next(0.99, None));
        assert_eq!(Budget::new(0.0, Period::Day), None);
        assert_eq!(Budget::new(f64::NAN, Period::Month), None);
        assert_eq!(Period::from_key("month"), Some(Period::Month));
        assert_eq!(Period::from_key("week"), None);
    }

    proptest! {
        #[test]
        fn fitting_jobs_fit_and_one_more_would_not(
            limit in 0.01f64..100.0, spent in 0.0f64..100.0, each in 0.001f64..10.0, jobs in 1u32..9
        ) {
            let budget = Budget::new(limit, Period::Day).unwrap();
            if let Verdict::Passes { fitting, .. } = budget.check(spent, Some(each), jobs) {
                prop_assert!(fitting < jobs);
                prop_assert!(fitting == 0 || spent + each * f64::from(fitting) <= limit + 1e-6);
                prop_assert!(spent + each * f64::from(fitting + 1) > limit - 1e-6);
            }
        }
    }
}
