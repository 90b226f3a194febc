//! What was spent, from the costs the history recorded (`?include_cost=true` on a result):
//! today, this week (from Monday), this month, by model and by day, in the user's local
//! calendar (the caller gives the time and the local offset). A finished job whose cost is
//! not known is counted apart, never as zero; jobs that did not succeed count only when
//! RunComfy named a cost for them.

use crate::job::{Job, JobPhase};

/// Milliseconds in a day.
const DAY_MS: f64 = 86_400_000.0;

/// A sum of costs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Total {
    /// US dollars, of the jobs whose cost is known.
    pub usd: f64,
    /// How many jobs' costs are in `usd`.
    pub known: u32,
    /// Finished jobs whose cost is not known (not in `usd`).
    pub unknown: u32,
}

impl Total {
    fn add(&mut self, cost: Option<f64>) {
        match cost {
            Some(usd) => {
                self.usd += usd;
                self.known += 1;
            }
            None => self.unknown += 1,
        }
    }
}

/// The spend view's numbers.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Spend {
    /// Since local midnight.
    pub today: Total,
    /// Since Monday, local midnight.
    pub week: Total,
    /// Since the first of the month, local midnight.
    pub month: Total,
    /// This month by model, the most spent first.
    pub by_model: Vec<(String, Total)>,
    /// The last [`CHART_DAYS`] days, oldest first: the day (`YYYY-MM-DD`) and its total.
    pub by_day: Vec<(String, Total)>,
}

/// How many days the chart shows.
pub const CHART_DAYS: usize = 14;

/// A local calendar day: days since 1970-01-01 in the user's time zone.
pub(crate) fn local_day(ms: f64, offset_min: f64) -> i64 {
    ((ms + offset_min * 60_000.0) / DAY_MS).floor() as i64
}

/// The civil date of a day number (Howard Hinnant's `civil_from_days`).
pub(crate) fn civil(day: i64) -> (i64, u32, u32) {
    let z = day + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// `YYYY-MM-DD` of a day number.
pub fn day_text(day: i64) -> String {
    let (y, m, d) = civil(day);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The cost a job counts with, and whether it counts at all: a known cost always; a
/// succeeded job without one as unknown; anything else not.
fn counted(job: &Job) -> Option<Option<f64>> {
    match (job.cost_usd, &job.phase) {
        (Some(usd), _) if usd.is_finite() && usd >= 0.0 => Some(Some(usd)),
        (_, JobPhase::Succeeded { .. }) => Some(None),
        _ => None,
    }
}

/// When a job counts: when it ended, else when it was sent.
fn when(job: &Job) -> f64 {
    job.finished_at_ms.unwrap_or(job.submitted_at_ms)
}

/// The spend of `jobs` as of `now_ms`, in a time zone `offset_min` minutes ahead of UTC.
pub fn spend(jobs: &[Job], now_ms: f64, offset_min: f64) -> Spend {
    let today = local_day(now_ms, offset_min);
    // 1970-01-01 was a Thursday: Monday is 3 days before a day ≡ 0 (mod 7).
    let monday = today - (today + 3).rem_euclid(7);
    let (_, _, day_of_month) = civil(today);
    let first_of_month = today - i64::from(day_of_month) + 1;
    let first_chart_day = today - CHART_DAYS as i64 + 1;
    let mut out = Spend {
        by_day: (first_chart_day..=today)
            .map(|d| (day_text(d), Total::default()))
            .collect(),
        ..Spend::default()
    };
    for job in jobs {
        let Some(cost) = counted(job) else { continue };
        let day = local_day(when(job), offset_min);
        if day > today {
            continue;
        }
        if day == today {
            out.today.add(cost);
        }
        if day >= monday {
            out.week.add(cost);
        }
        if day >= first_of_month {
            out.month.add(cost);
            match out.by_model.iter_mut().find(|(id, _)| *id == job.model_id) {
                Some((_, total)) => total.add(cost),
                None => {
                    let mut total = Total::default();
                    total.add(cost);
                    out.by_model.push((job.model_id.clone(), total));
                }
            }
        }
        if day >= first_chart_day {
            out.by_day[(day - first_chart_day) as usize].1.add(cost);
        }
    }
    out.by_model.sort_by(|a, b| b.1.usd.total_cmp(&a.1.usd));
    out
}

/// Every job that counts, as CSV (RFC 4180): local date, model, request id, status, cost
/// in US dollars (empty when not known), oldest first.
pub fn spend_csv(jobs: &[Job], offset_min: f64) -> String {
    let mut rows: Vec<(f64, String)> = jobs
        .iter()
        .filter_map(|job| {
            let cost = counted(job)?;
            let status = match &job.phase {
                JobPhase::Succeeded { .. } => "succeeded",
                JobPhase::Failed { .. } => "failed",
                JobPhase::Cancelled => "cancelled",
                _ => "other",
            };
            let line = [
                day_text(local_day(when(job), offset_min)),
                field(&job.model_id),
                field(&job.request_id),
                status.to_owned(),
                cost.map(|usd| format!("{usd:.4}")).unwrap_or_default(),
            ]
            .join(",");
            Some((when(job), line))
        })
        .collect();
    rows.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut csv = String::from("date,model_id,request_id,status,cost_usd\r\n");
    for (_, line) in rows {
        csv.push_str(&line);
        csv.push_str("\r\n");
    }
    csv
}

/// A CSV field: quoted when it holds a comma, a quote or a line break; a leading `=`, `+`,
/// `-` or `@` (a formula to a spreadsheet) is quoted with a `'` first.
fn field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::types::Media;
    use serde_json::Map;

    /// 2026-12-07 (a Monday) 12:00 UTC.
    const NOW: f64 = 1_796_644_800_000.0;

    fn job(id: &str, model: &str, days_ago: f64, cost: Option<f64>, done: bool) -> Job {
        let at = NOW - days_ago * DAY_MS;
        let mut job = Job::new(id, model, Map::new(), at - 60_000.0);
        job.finished_at_ms = Some(at);
        job.cost_usd = cost;
        job.phase = if done {
            JobPhase::Succeeded {
                media: Vec::<Media>::new(),
            }
        } else {
            JobPhase::Cancelled
        };
        job
    }

    #[test]
    fn days_are_the_users_own() {
        assert_eq!(day_text(local_day(NOW, 0.0)), "2026-12-07");
        assert_eq!(day_text(0), "1970-01-01");
        assert_eq!(
            day_text(local_day(NOW - 13.0 * 3_600_000.0, 0.0)),
            "2026-12-06"
        );
        // 23:00 UTC is already tomorrow in Berlin (+60 min), still today in New York.
        let late = NOW + 11.0 * 3_600_000.0;
        assert_eq!(day_text(local_day(late, 60.0)), "2026-12-08");
        assert_eq!(day_text(local_day(late, -300.0)), "2026-12-07");
        assert_eq!(day_text(local_day(951_782_400_000.0, 0.0)), "2000-02-29");
    }

    #[test]
    fn today_this_week_this_month_by_model_and_by_day() {
        let jobs = vec![
            job("a", "wan", 0.0, Some(0.40), true),
            job("b", "wan", 0.1, None, true),
            job("c", "flux", 1.0, Some(1.25), true), // Sunday: last week
            job("d", "wan", 7.0, Some(2.0), true),   // 2026-11-30: last month
            job("e", "flux", 0.0, None, false),      // cancelled, no cost: not counted
            job("f", "flux", 0.0, Some(0.05), false), // cancelled, cost named: counted
        ];
        let s = spend(&jobs, NOW, 0.0);
        assert_eq!(
            s.today,
            Total {
                usd: 0.45,
                known: 2,
                unknown: 1
            }
        );
        assert_eq!(s.week, s.today, "Monday: the week is today");
        assert!((s.month.usd - 1.70).abs() < 1e-9);
        assert_eq!((s.month.known, s.month.unknown), (3, 1));
        assert_eq!(s.by_model[0].0, "flux");
        assert!((s.by_model[0].1.usd - 1.30).abs() < 1e-9);
        assert_eq!(
            s.by_model[1].1,
            Total {
                usd: 0.40,
                known: 1,
                unknown: 1
            }
        );
        assert_eq!(s.by_day.len(), CHART_DAYS);
        assert_eq!(s.by_day.last().unwrap().0, "2026-12-07");
        assert_eq!(s.by_day[CHART_DAYS - 2].1.usd, 1.25);
        assert_eq!(s.by_day[CHART_DAYS - 8].0, "2026-11-30");
        assert_eq!(s.by_day[CHART_DAYS - 8].1.usd, 2.0);
    }

    #[test]
    fn the_csv_lists_every_counted_job_oldest_first_and_defuses_formulas() {
        let mut odd = job("=cmd|x", "a,\"b\"", 0.0, None, true);
        odd.request_id = "=HYPERLINK(1)".into();
        let jobs = vec![
            odd,
            job("c", "flux", 1.0, Some(1.25), true),
            job("e", "w", 0.0, None, false),
        ];
        let csv = spend_csv(&jobs, 0.0);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(lines[0], "date,model_id,request_id,status,cost_usd");
        assert_eq!(lines[1], "2026-12-06,flux,c,succeeded,1.2500");
        assert_eq!(
            lines[2],
            "2026-12-07,\"a,\"\"b\"\"\",'=HYPERLINK(1),succeeded,"
        );
        assert_eq!(lines.len(), 4, "{csv}");
    }
}
