//! Amounts of US dollars as RunComfy writes them: a catalog entry's price, a result's
//! `cost`.

use serde_json::Value;

/// Keys holding the amount in a price or cost object.
const AMOUNT_KEYS: &[&str] = &[
    "usd",
    "amount_usd",
    "amount",
    "total_usd",
    "total",
    "value",
    "cost",
    "price",
    "base_price_usd",
    "base_price",
];

/// An amount of US dollars from a number, numeric text ("0.35", "$0.35", "0.35 USD")
/// or an object holding one (`amount`, `usd`, `total`, `value`, …; an object naming
/// another `currency` is none). Negative and non-finite amounts are none.
pub fn read_usd(value: &Value) -> Option<f64> {
    let amount = match value {
        Value::Number(n) => n.as_f64(),
        Value::String(text) => dollars_in(text),
        Value::Object(obj) => {
            let currency = obj.get("currency").and_then(Value::as_str);
            if currency.is_some_and(|c| !c.trim().eq_ignore_ascii_case("usd")) {
                return None;
            }
            AMOUNT_KEYS
                .iter()
                .find_map(|k| obj.get(*k).and_then(read_usd))
        }
        _ => None,
    }?;
    (amount.is_finite() && amount >= 0.0).then_some(amount)
}

/// "$0.35", "US$ 0.35", "0.35 USD", " 0.35 " → 0.35.
fn dollars_in(text: &str) -> Option<f64> {
    let mut t = text.trim();
    for prefix in ["US$", "USD", "$"] {
        t = t.strip_prefix(prefix).unwrap_or(t).trim_start();
    }
    for suffix in ["USD", "$"] {
        t = t.strip_suffix(suffix).unwrap_or(t).trim_end();
    }
    t.parse::<f64>().ok()
}

/// What a job cost: the result's top-level `cost` (see [`read_usd`]). RunComfy adds it
/// to a result fetched with `?include_cost=true`.
pub fn read_cost(cost: &Value) -> Option<f64> {
    read_usd(cost)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn dollars_from_numbers_text_and_objects() {
        let cases = [
            (json!(0.35), Some(0.35)),
            (json!(2), Some(2.0)),
            (json!("0.35"), Some(0.35)),
            (json!(" $0.35 "), Some(0.35)),
            (json!("US$ 1.5"), Some(1.5)),
            (json!("0.07 USD"), Some(0.07)),
            (json!({"amount": 0.5, "currency": "USD"}), Some(0.5)),
            (json!({"usd": "0.25"}), Some(0.25)),
            (json!({"total": {"amount": 3}}), Some(3.0)),
            (json!({"amount": 2, "currency": "credits"}), None),
            (json!({"credits": 2}), None),
            (json!(-1), None),
            (json!("free"), None),
            (json!("NaN"), None),
            (json!("inf"), None),
            (json!(null), None),
            (json!([1]), None),
            (json!(true), None),
        ];
        for (value, usd) in cases {
            assert_eq!(read_usd(&value), usd, "{value}");
            assert_eq!(read_cost(&value), usd, "{value}");
        }
    }
}
