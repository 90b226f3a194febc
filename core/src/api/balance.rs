//! The account's balance, `GET /prod/v2/balance` on RunComfy's account host, read as
//! RunComfy's own clients read it: `{"balance_usd": 5, "balance_microdollars": 5000000,
//! "currency": "USD"}` (e.g. RunComfy's MCP server and Zapier app, public on GitHub). It
//! may be zero or negative.

use serde_json::Value;

/// What is left in the account, in US dollars (may be negative).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Balance {
    /// US dollars.
    pub usd: f64,
}

/// The balance in an answer's body: `balance_usd` (a number or numeric text), else
/// `balance_microdollars` / 10^6. `None` for any other shape, or another `currency`.
pub fn read_balance(body: &Value) -> Option<Balance> {
    let obj = body.as_object()?;
    if let Some(currency) = obj.get("currency") {
        if !currency.as_str()?.trim().eq_ignore_ascii_case("usd") {
            return None;
        }
    }
    let number = |key: &str| match obj.get(key)? {
        Value::Number(n) => n.as_f64(),
        Value::String(text) => text.trim().parse::<f64>().ok(),
        _ => None,
    };
    let usd = number("balance_usd").or_else(|| number("balance_microdollars").map(|m| m / 1e6))?;
    // Far beyond any account: a damaged answer, not a balance.
    (usd.is_finite() && usd.abs() < 1e12).then_some(Balance { usd })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    fn usd(body: Value) -> Option<f64> {
        read_balance(&body).map(|b| b.usd)
    }

    #[test]
    fn reads_runcomfys_shape() {
        assert_eq!(
            usd(json!({"balance_usd": 5, "balance_microdollars": 5_000_000, "currency": "USD"})),
            Some(5.0)
        );
        assert_eq!(usd(json!({"balance_usd": "12.34"})), Some(12.34));
        assert_eq!(usd(json!({"balance_microdollars": 1_250_000})), Some(1.25));
        assert_eq!(usd(json!({"balance_usd": 0, "currency": "usd"})), Some(0.0));
        assert_eq!(usd(json!({"balance_usd": -1.2})), Some(-1.2));
    }

    #[test]
    fn refuses_other_shapes() {
        for body in [
            json!(null),
            json!([1]),
            json!({}),
            json!({"balance": 5}),
            json!({"balance_usd": "five"}),
            json!({"balance_usd": 5, "currency": "EUR"}),
            json!({"balance_usd": 5, "currency": 1}),
            json!({"balance_usd": 1e300}),
        ] {
            assert_eq!(usd(body.clone()), None, "{body}");
        }
    }

    proptest! {
        #[test]
        fn any_json_reads_without_panicking(text in "\\PC{0,60}") {
            if let Ok(value) = serde_json::from_str::<Value>(&text) {
                let _ = read_balance(&value);
            }
        }
    }
}
