//! Decimal numbers read without Rust's float parser. Its code and power-of-ten tables
//! were 13.7 KiB of the first wasm module's gzip, which only ever reads numbers a person
//! typed and the few a schema writes as text:
//!
//! - a number typed into the form is respelled as JSON ([`json_spelling`]) and read by
//!   the caller's JSON reader (the browser's `JSON.parse` in the app, which rounds as
//!   Rust does);
//! - a number a schema gives as text is read [`exact`]ly when it is short enough for one
//!   correctly rounded operation, as every such value in RunComfy's schemas is.

/// `text`, a number as `f64::from_str` reads it (its finite forms: `+1`, `.5`, `5.`,
/// `007`, `1E5`), spelled as JSON writes it (`1`, `0.5`, `5`, `7`, `1e5`); `None` when it
/// is no number (also `inf` and `NaN`, which JSON cannot carry).
pub fn json_spelling(text: &str) -> Option<String> {
    let parts = Parts::of(text)?;
    let mut json = String::with_capacity(text.len() + 2);
    if parts.negative {
        json.push('-');
    }
    let int = parts.int.trim_start_matches('0');
    json.push_str(if int.is_empty() { "0" } else { int });
    if !parts.frac.is_empty() {
        json.push('.');
        json.push_str(parts.frac);
    }
    if let Some(exponent) = parts.exponent {
        json.push('e');
        json.push_str(exponent);
    }
    Some(json)
}

/// `text` read exactly as `f64::from_str` reads it, when it has at most 15 significant
/// digits and moving its point takes at most 22 places: then the value is one
/// multiplication or division of two exactly held numbers, which IEEE 754 rounds
/// correctly (Clinger's fast path). `None` for anything else.
pub fn exact(text: &str) -> Option<f64> {
    /// The powers of ten a double holds exactly.
    const POWERS: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    let parts = Parts::of(text)?;
    let exponent: i64 = match parts.exponent {
        Some(e) => e.strip_prefix('+').unwrap_or(e).parse().ok()?,
        None => 0,
    };
    let digits = parts.int.bytes().chain(parts.frac.bytes());
    let significant: Vec<u8> = digits.skip_while(|&d| d == b'0').collect();
    let mut mantissa: u64 = 0;
    // Trailing zeros move into the exponent; the rest must be 15 digits at most.
    let trailing = significant.iter().rev().take_while(|&&d| d == b'0').count();
    let kept = &significant[..significant.len() - trailing];
    if kept.len() > 15 {
        return None;
    }
    for &digit in kept {
        mantissa = mantissa * 10 + u64::from(digit - b'0');
    }
    let places = exponent - parts.frac.len() as i64 + trailing as i64;
    let magnitude = if mantissa == 0 {
        0.0
    } else if places >= 0 {
        mantissa as f64 * *POWERS.get(usize::try_from(places).ok()?)?
    } else {
        mantissa as f64 / *POWERS.get(usize::try_from(-places).ok()?)?
    };
    Some(if parts.negative {
        -magnitude
    } else {
        magnitude
    })
}

/// A finite decimal, as `f64::from_str` takes it: `[+-]? (digits [. digits?] | . digits)
/// ([eE] [+-]? digits)?`.
struct Parts<'a> {
    negative: bool,
    /// The digits before the point (maybe none).
    int: &'a str,
    /// The digits after it (maybe none).
    frac: &'a str,
    /// The exponent with its sign, if there is one (`-3`, `+05`, `7`).
    exponent: Option<&'a str>,
}

impl<'a> Parts<'a> {
    fn of(text: &'a str) -> Option<Parts<'a>> {
        let (negative, rest) = match text.as_bytes().first()? {
            b'-' => (true, &text[1..]),
            b'+' => (false, &text[1..]),
            _ => (false, text),
        };
        let (mantissa, exponent) = match rest.find(['e', 'E']) {
            Some(at) => (&rest[..at], Some(&rest[at + 1..])),
            None => (rest, None),
        };
        let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
        let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if !digits(int) || !digits(frac) || (int.is_empty() && frac.is_empty()) {
            return None;
        }
        if let Some(exponent) = exponent {
            let unsigned = exponent.strip_prefix(['+', '-']).unwrap_or(exponent);
            if unsigned.is_empty() || !digits(unsigned) {
                return None;
            }
        }
        Some(Parts {
            negative,
            int,
            frac,
            exponent,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `f64::from_str` reads, finite values only.
    fn rust(text: &str) -> Option<f64> {
        text.parse::<f64>().ok().filter(|n| n.is_finite())
    }

    const TEXTS: &[&str] = &[
        "0",
        "-0",
        "+0",
        "5",
        "+5",
        "-5",
        "007",
        "0.5",
        ".5",
        "-.5",
        "5.",
        "1.e5",
        "1E5",
        "1e+05",
        "2.5e-3",
        "3.5",
        "7.3",
        "0.1",
        "0.2",
        "0.3",
        "1.5e300",
        "-2e-300",
        "2000",
        "0.4",
        "2.5",
        "10",
        "1e22",
        "1e23",
        "123456789012345",
        "1234567890123456",
        "0.000000000000000000001",
        "9007199254740993",
        "0.30000000000000004",
        "1e400",
    ];

    #[test]
    fn json_spelling_means_the_same_number() {
        for text in TEXTS {
            let json = json_spelling(text).expect(text);
            let by_json: Option<f64> = serde_json::from_str::<f64>(&json).ok();
            // serde_json refuses what does not fit a double; Rust reads it as infinity.
            assert_eq!(by_json, rust(text), "{text} → {json}");
        }
        assert_eq!(json_spelling("+5").as_deref(), Some("5"));
        assert_eq!(json_spelling("-.5").as_deref(), Some("-0.5"));
        assert_eq!(json_spelling("007.50").as_deref(), Some("7.50"));
        assert_eq!(json_spelling("5.").as_deref(), Some("5"));
        assert_eq!(json_spelling("1E+05").as_deref(), Some("1e+05"));
    }

    #[test]
    fn what_is_no_number_has_no_spelling() {
        for text in [
            "",
            "-",
            "+",
            ".",
            "-.",
            "e5",
            ".e5",
            "5e",
            "5e+",
            "1..2",
            "1.2.3",
            "--5",
            "+-5",
            "0x10",
            "1_000",
            "inf",
            "-infinity",
            "NaN",
            "5 5",
            " 5",
            "٣",
            "1e5.5",
        ] {
            assert_eq!(json_spelling(text), None, "{text:?}");
            assert_eq!(exact(text), None, "{text:?}");
            assert_eq!(rust(text), None, "{text:?}");
        }
    }

    #[test]
    fn exact_reads_short_decimals_as_rust_does_and_declines_the_rest() {
        // More than 15 digits, or a point moved more than 22 places.
        let declined = [
            "1.5e300",
            "-2e-300",
            "1e23",
            "1234567890123456",
            "9007199254740993",
            "0.30000000000000004",
            "1e400",
        ];
        for text in TEXTS {
            let expected = if declined.contains(text) {
                None
            } else {
                rust(text)
            };
            assert_eq!(exact(text), expected, "{text}");
        }
        assert_eq!(exact("0.4"), Some(0.4));
        assert_eq!(exact("2.5"), Some(2.5));
        assert_eq!(exact("-0").map(f64::is_sign_negative), Some(true));
        // Every short decimal of this range, as Rust reads it.
        for m in (0..20_000u32).step_by(7) {
            for places in 1..6 {
                let scale = 10u32.pow(places as u32);
                let text = format!("{}.{:0places$}", m / scale, m % scale);
                assert_eq!(exact(&text), rust(&text), "{text}");
            }
        }
    }
}
