//! What a run will cost, from the catalog's base price, before Generate. (What a run did
//! cost is read by [`read_cost`](crate::api::money::read_cost).)

use serde_json::Value;

use crate::catalog::{CatalogEntry, PriceUnit};
use crate::form::FormValues;
use crate::i18n::Lang;
use crate::schema::InputSchema;

/// The names a model's length in seconds goes by, first found wins.
const DURATION_NAMES: &[&str] = &["duration", "duration_seconds", "duration_s", "seconds"];

/// The duration the form asks for, as a price needs it.
#[derive(Debug, Clone, PartialEq)]
pub enum DurationChoice {
    /// A number of seconds (an integer, or a numeric choice such as "10" or "10s").
    Seconds(f64),
    /// A choice that is no number, e.g. "auto".
    NotANumber(String),
    /// The model has no duration, or it is empty.
    NotSet,
}

/// A price before the run: RunComfy's base rate applied to the form.
#[derive(Debug, Clone, PartialEq)]
pub struct PriceEstimate {
    /// The base rate, in US dollars per unit.
    pub rate_usd: f64,
    /// What the rate is per.
    pub unit: PriceUnit,
    /// The form's duration (used for a per-second rate).
    pub duration: DurationChoice,
    /// How many jobs Generate starts (at least 1).
    pub jobs: u32,
}

/// The price of `jobs` runs of `entry` with these form values; `None` when the catalog
/// gives no base price. A per-second rate is multiplied by the form's `duration` (an
/// integer, or a numeric choice); a per-output rate is one run's price.
pub fn estimate_price(
    entry: &CatalogEntry,
    schema: &InputSchema,
    values: &FormValues,
    jobs: u32,
) -> Option<PriceEstimate> {
    Some(PriceEstimate {
        rate_usd: entry.base_price_usd?,
        unit: entry.price_unit.clone(),
        duration: duration_choice(schema, values),
        jobs: jobs.max(1),
    })
}

/// One job's price from the body it is sent with: its duration (else the schema's
/// default) at the catalog's rate. What a budget counts until the job's cost is known.
pub fn job_price_usd(
    entry: &CatalogEntry,
    schema: &InputSchema,
    inputs: &serde_json::Map<String, Value>,
) -> Option<f64> {
    let mut values = FormValues::default();
    for name in DURATION_NAMES {
        match inputs.get(*name) {
            Some(Value::String(text)) => values.set(name, text.as_str()),
            Some(Value::Number(n)) => values.set(name, n.to_string()),
            _ => {}
        }
    }
    estimate_price(entry, schema, &values, 1)?.per_job_usd()
}

/// The form's duration: its text, or the schema's default where the field is empty.
fn duration_choice(schema: &InputSchema, values: &FormValues) -> DurationChoice {
    let Some(name) = DURATION_NAMES
        .iter()
        .find(|n| schema.property(n).is_some() || !values.get(n).trim().is_empty())
    else {
        return DurationChoice::NotSet;
    };
    let typed = values.get(name).trim().to_owned();
    let text = if typed.is_empty() {
        match schema.property(name).and_then(|p| p.default.as_ref()) {
            Some(Value::String(s)) => s.trim().to_owned(),
            Some(other) => other.to_string(),
            None => String::new(),
        }
    } else {
        typed
    };
    if text.is_empty() {
        return DurationChoice::NotSet;
    }
    match seconds_in(&text) {
        Some(s) => DurationChoice::Seconds(s),
        None => DurationChoice::NotANumber(text),
    }
}

/// A length in seconds as a duration field writes it: "10", "7.5", "10s", "10 seconds";
/// `None` for anything else ("auto"), zero or less.
pub fn seconds_in(text: &str) -> Option<f64> {
    let text = text.trim();
    let number = ["seconds", "sec", "s"]
        .iter()
        .find_map(|unit| text.strip_suffix(unit))
        .unwrap_or(text)
        .trim();
    number
        .parse::<f64>()
        .ok()
        .filter(|s| s.is_finite() && *s > 0.0)
}

/// The duration a sent job asked for, in seconds (a number, or text as [`seconds_in`]
/// reads it), under any of the names a model's length goes by.
pub fn seconds_asked(inputs: &serde_json::Map<String, Value>) -> Option<f64> {
    DURATION_NAMES
        .iter()
        .find_map(|name| match inputs.get(*name)? {
            Value::Number(n) => n.as_f64().filter(|s| s.is_finite() && *s > 0.0),
            Value::String(text) => seconds_in(text),
            _ => None,
        })
}

impl PriceEstimate {
    /// One job's price, when it can be told: the rate for a per-output price, the rate ×
    /// seconds for a per-second one with a numeric duration.
    pub fn per_job_usd(&self) -> Option<f64> {
        match (&self.unit, &self.duration) {
            (PriceUnit::Output, _) => Some(self.rate_usd),
            (PriceUnit::Second, DurationChoice::Seconds(s)) => Some(self.rate_usd * s),
            _ => None,
        }
    }

    /// Every job's price together, when one job's can be told.
    pub fn total_usd(&self) -> Option<f64> {
        self.per_job_usd().map(|one| one * f64::from(self.jobs))
    }

    /// The price in one line: "$0.35 per run", "≈ $1.75 for 5 s", "$0.07/s (duration
    /// auto)", with "× 3 jobs = $5.25" after it for several jobs.
    pub fn summary_in(&self, lang: Lang) -> String {
        let rate = lang.usd(self.rate_usd);
        let t = lang.texts();
        let one = match (&self.unit, &self.duration) {
            (PriceUnit::Output, _) => t.price_per_run(&rate),
            (PriceUnit::Second, DurationChoice::Seconds(s)) => {
                t.price_for_seconds(&lang.usd(self.rate_usd * s), *s)
            }
            (PriceUnit::Second, DurationChoice::NotANumber(text)) => {
                t.price_per_second_duration(&rate, text)
            }
            (PriceUnit::Second, DurationChoice::NotSet) => t.per_second(&rate),
            (PriceUnit::Unknown(unit), _) if unit.is_empty() => t.price_base(&rate),
            (PriceUnit::Unknown(unit), _) => t.price_per_unit(&rate, unit),
        };
        match self.total_usd() {
            Some(total) if self.jobs > 1 => t.price_times_jobs(&one, self.jobs, &lang.usd(total)),
            _ => one,
        }
    }

    /// What the estimate rests on, to show beside it.
    pub fn note_in(lang: Lang) -> String {
        lang.texts().price_note()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::german::assert_german;
    use serde_json::json;

    fn entry(price: Option<f64>, unit: PriceUnit) -> CatalogEntry {
        CatalogEntry {
            model_id: "a/b/c".into(),
            display_name: "B".into(),
            categories: Vec::new(),
            base_price_usd: price,
            price_unit: unit,
            pricing_note: None,
            input_schema: None,
        }
    }

    fn schema(duration: Value) -> InputSchema {
        let doc = json!({"properties": {"prompt": {"type": "string"}, "duration": duration}});
        InputSchema::parse(&doc.to_string()).unwrap_or_default()
    }

    fn estimate(unit: PriceUnit, duration: Value, typed: &str, jobs: u32) -> PriceEstimate {
        let schema = schema(duration);
        let mut values = FormValues::defaults(&schema);
        if !typed.is_empty() {
            values.set("duration", typed);
        }
        estimate_price(&entry(Some(0.07), unit), &schema, &values, jobs).unwrap_or_else(|| {
            PriceEstimate {
                rate_usd: f64::NAN,
                unit: PriceUnit::default(),
                duration: DurationChoice::NotSet,
                jobs: 0,
            }
        })
    }

    #[test]
    fn a_jobs_price_from_the_body_it_was_sent_with() {
        let schema = schema(json!({"type": "integer", "enum": [5, 10], "default": 5}));
        let per_second = entry(Some(0.08), PriceUnit::Second);
        let body = |d: Value| serde_json::Map::from_iter([("duration".to_string(), d)]);
        let price = |inputs| job_price_usd(&per_second, &schema, &inputs);
        assert!((price(body(json!(10))).unwrap() - 0.80).abs() < 1e-9);
        assert!((price(body(json!("10s"))).unwrap() - 0.80).abs() < 1e-9);
        // Not in the body: the schema's default.
        assert!((price(serde_json::Map::new()).unwrap() - 0.40).abs() < 1e-9);
        assert_eq!(price(body(json!("auto"))), None);
        assert_eq!(seconds_in(" 10 seconds "), Some(10.0));
        assert_eq!(seconds_in("0"), None);
        assert_eq!(seconds_asked(&body(json!(-3))), None);
        let per_output = entry(Some(0.03), PriceUnit::Output);
        assert_eq!(
            job_price_usd(&per_output, &schema, &body(json!(10))),
            Some(0.03)
        );
        assert_eq!(
            job_price_usd(&entry(None, PriceUnit::Output), &schema, &body(json!(5))),
            None
        );
    }

    #[test]
    fn per_second_times_the_duration() {
        let int = json!({"type": "integer", "enum": [5, 10], "default": 5});
        let e = estimate(PriceUnit::Second, int.clone(), "", 1);
        assert_eq!(e.duration, DurationChoice::Seconds(5.0));
        assert_eq!(e.summary_in(Lang::En), "≈ $0.35 for 5 s");
        assert_eq!(e.summary_in(Lang::De), "≈ 0,35 $ für 5 s");
        let e = estimate(PriceUnit::Second, int, "10", 3);
        assert_eq!(e.summary_in(Lang::En), "≈ $0.70 for 10 s × 3 jobs = $2.10");
        assert_eq!(
            e.summary_in(Lang::De),
            "≈ 0,70 $ für 10 s × 3 Jobs = 2,10 $"
        );
        assert!(e.total_usd().is_some_and(|t| (t - 2.1).abs() < 1e-9));
        // A numeric choice given as text, with or without its unit.
        let text = json!({"type": "string", "enum": ["5", "10s", "auto"], "default": "10s"});
        assert_eq!(
            estimate(PriceUnit::Second, text.clone(), "", 1).duration,
            DurationChoice::Seconds(10.0)
        );
        assert_eq!(
            estimate(PriceUnit::Second, text.clone(), "5", 1).duration,
            DurationChoice::Seconds(5.0)
        );
        let auto = estimate(PriceUnit::Second, text, "auto", 3);
        assert_eq!(auto.duration, DurationChoice::NotANumber("auto".into()));
        assert_eq!(auto.per_job_usd(), None);
        assert_eq!(auto.summary_in(Lang::En), "$0.07/s (duration auto)");
        assert_eq!(auto.summary_in(Lang::De), "0,07 $/s (Dauer auto)");
        let none = estimate(PriceUnit::Second, json!({"type": "integer"}), "", 2);
        assert_eq!(none.duration, DurationChoice::NotSet);
        assert_eq!(none.summary_in(Lang::En), "$0.07/s");
        assert_eq!(
            estimate(PriceUnit::Second, json!({"type": "integer"}), "-5", 1).duration,
            DurationChoice::NotANumber("-5".into())
        );
    }

    #[test]
    fn per_output_is_per_run() {
        let schema = schema(json!({"type": "integer", "default": 5}));
        let values = FormValues::defaults(&schema);
        let price = |jobs| {
            estimate_price(
                &entry(Some(0.35), PriceUnit::Output),
                &schema,
                &values,
                jobs,
            )
            .map(|e| {
                (
                    e.summary_in(Lang::En),
                    e.summary_in(Lang::De),
                    e.total_usd(),
                )
            })
        };
        assert_eq!(
            price(1),
            Some(("$0.35 per run".into(), "0,35 $ pro Lauf".into(), Some(0.35)))
        );
        let three = price(3);
        assert_eq!(
            three.as_ref().map(|p| (p.0.as_str(), p.1.as_str())),
            Some((
                "$0.35 per run × 3 jobs = $1.05",
                "0,35 $ pro Lauf × 3 Jobs = 1,05 $"
            ))
        );
        assert_eq!(
            price(0).map(|p| p.0),
            Some("$0.35 per run".into()),
            "0 jobs is 1"
        );
        assert_eq!(
            estimate_price(&entry(None, PriceUnit::Output), &schema, &values, 1),
            None
        );
    }

    #[test]
    fn other_units_show_the_rate_only() {
        let schema = InputSchema::builtin();
        let values = FormValues::defaults(&schema);
        let summary = |unit, lang| {
            estimate_price(&entry(Some(0.02), unit), &schema, &values, 4)
                .map(|e| e.summary_in(lang))
                .unwrap_or_default()
        };
        assert_eq!(
            summary(PriceUnit::Unknown("frame".into()), Lang::En),
            "$0.02 per frame"
        );
        assert_eq!(
            summary(PriceUnit::Unknown("frame".into()), Lang::De),
            "0,02 $ pro frame"
        );
        assert_eq!(
            summary(PriceUnit::Unknown(String::new()), Lang::En),
            "Base price $0.02"
        );
        assert_eq!(
            summary(PriceUnit::Unknown(String::new()), Lang::De),
            "Grundpreis 0,02 $"
        );
        // Wan 2.2's duration is an integer with default 5.
        assert_eq!(
            summary(PriceUnit::Second, Lang::En),
            "≈ $0.10 for 5 s × 4 jobs = $0.40"
        );
    }

    #[test]
    fn the_note_in_each_language() {
        assert_german(
            &PriceEstimate::note_in(Lang::De),
            &PriceEstimate::note_in(Lang::En),
        );
        assert!(PriceEstimate::note_in(Lang::En).contains("base rate"));
        let schema = schema(json!({"type": "integer", "default": 5}));
        let values = FormValues::defaults(&schema);
        for unit in [
            PriceUnit::Output,
            PriceUnit::Second,
            PriceUnit::Unknown(String::new()),
        ] {
            let e = estimate_price(&entry(Some(0.35), unit), &schema, &values, 3);
            let (en, de) = e
                .map(|e| (e.summary_in(Lang::En), e.summary_in(Lang::De)))
                .unwrap_or_default();
            assert_german(&de, &en);
        }
    }
}
