//! Decimal numbers read and written without Rust's float parser and formatter. The
//! parser's code and power-of-ten tables were 13.7 KiB of the first wasm module's gzip,
//! the formatter's (Grisu with Dragon4's big numbers) 3.7 KiB; the first module only ever
//! reads numbers a person typed and the few a schema writes as text, and writes numbers
//! for people:
//!
//! - a number typed into the form is respelled as JSON ([`json_spelling`]) and read by
//!   the caller's JSON reader (the browser's `JSON.parse` in the app, which rounds as
//!   Rust does);
//! - a number a schema gives as text is read [`exact`]ly when it is short enough for one
//!   correctly rounded operation, as every such value in RunComfy's schemas is;
//! - a number is written [`plain`] from the shortest digits serde_json's writer finds
//!   (zmij), or [`fixed`] to a number of places with integer arithmetic: both write what
//!   `format!` writes.

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
    let exponent = parts.exponent_value()?;
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
    // Checked: an exponent near i64's bounds ("1.5e-9223372036854775808") must not wrap.
    let places = exponent
        .checked_sub(i64::try_from(parts.frac.len()).ok()?)?
        .checked_add(i64::try_from(trailing).ok()?)?;
    let power = || {
        POWERS
            .get(usize::try_from(places.unsigned_abs()).ok()?)
            .copied()
    };
    let magnitude = if mantissa == 0 {
        0.0
    } else if places >= 0 {
        mantissa as f64 * power()?
    } else {
        mantissa as f64 / power()?
    };
    Some(if parts.negative {
        -magnitude
    } else {
        magnitude
    })
}

/// `x` as `format!("{x}")` writes it: the shortest digits that read back as `x`, never
/// an exponent ("5", "-0.25", "1000000000000000000000", "0.0000001"; "NaN", "inf").
/// One difference, at 16 or 17 significant digits only: when two spellings are equally
/// near `x`, this takes the even last digit and `format!` the upper one.
pub fn plain(x: f64) -> String {
    let Some(number) = serde_json::Number::from_f64(x) else {
        return not_finite(x).to_owned();
    };
    // serde_json writes "5.0", "1e21", "1.5e-7": the same digits, placed differently.
    let text = number.to_string();
    let Some(parts) = Parts::of(&text) else {
        return text;
    };
    // serde_json's exponents are a few digits: always read.
    let exponent = parts.exponent_value().unwrap_or(0);
    let digits = format!("{}{}", parts.int, parts.frac);
    let leading = digits.len() - digits.trim_start_matches('0').len();
    let digits = digits[leading..].trim_end_matches('0');
    // Where the point goes, counted from the first significant digit.
    let point = parts.int.len() as i64 + exponent - leading as i64;
    let mut out = String::with_capacity(digits.len() + 4);
    if parts.negative {
        out.push('-');
    }
    if digits.is_empty() {
        out.push('0');
    } else if point <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', point.unsigned_abs() as usize));
        out.push_str(digits);
    } else if point as usize >= digits.len() {
        out.push_str(digits);
        out.extend(std::iter::repeat_n('0', point as usize - digits.len()));
    } else {
        let (int, frac) = digits.split_at(point as usize);
        out.push_str(int);
        out.push('.');
        out.push_str(frac);
    }
    out
}

/// `x` with exactly `places` decimals, as `format!("{x:.places$}")` writes it: the exact
/// value rounded, a tie to the even digit ("0.12" for 0.125 at two places, "1.00" for
/// 1.005, which a double holds as 1.00499…). Exact while `x` times 10^`places` is below
/// 2^64 and `places` at most 19, which covers every amount, size and time the app
/// writes; beyond that the shortest digits are padded instead.
pub fn fixed(x: f64, places: usize) -> String {
    if !x.is_finite() {
        return not_finite(x).to_owned();
    }
    let Some(scaled) = scaled_rounded(x.abs(), places) else {
        let mut text = plain(x);
        if places > 0 {
            if !text.contains('.') {
                text.push('.');
            }
            let have = text.len() - text.find('.').map_or(0, |at| at + 1);
            text.extend(std::iter::repeat_n('0', places.saturating_sub(have)));
        }
        return text;
    };
    let digits = format!("{scaled:0>width$}", width = places + 1);
    let (int, frac) = digits.split_at(digits.len() - places);
    let mut out = String::with_capacity(digits.len() + 2);
    if x.is_sign_negative() {
        out.push('-');
    }
    out.push_str(int);
    if places > 0 {
        out.push('.');
        out.push_str(frac);
    }
    out
}

/// `x` (finite, not negative) times 10^`places`, rounded to the nearest integer, a tie to
/// the even one; `None` when that is not below 2^64 or `places` is above 19.
fn scaled_rounded(x: f64, places: usize) -> Option<u64> {
    if places > 19 {
        return None;
    }
    let scale = 10u128.pow(places as u32);
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = u128::from(bits & ((1 << 52) - 1));
    // x = mantissa × 2^exponent exactly, the mantissa below 2^53.
    let (mantissa, exponent) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | 1 << 52, biased - 1075)
    };
    // Below 2^53 × 10^19 < 2^117: no overflow.
    let product = mantissa * scale;
    let rounded = if exponent >= 0 {
        product
            .checked_shl(u32::try_from(exponent).ok()?)
            .filter(|p| p >> exponent == product)?
    } else {
        let shift = exponent.unsigned_abs() as u32;
        if shift >= 128 {
            0 // below 2^-11 after scaling: rounds to zero
        } else {
            let quotient = product >> shift;
            let rest = product - (quotient << shift);
            let half = 1u128 << (shift - 1);
            let up = rest > half || (rest == half && quotient % 2 == 1);
            quotient + u128::from(up)
        }
    };
    u64::try_from(rounded).ok()
}

/// How `format!` writes a double that is not finite.
fn not_finite(x: f64) -> &'static str {
    if x.is_nan() {
        "NaN"
    } else if x > 0.0 {
        "inf"
    } else {
        "-inf"
    }
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
    /// The exponent as a number (0 without one); `None` when it does not fit an `i64`.
    fn exponent_value(&self) -> Option<i64> {
        match self.exponent {
            Some(e) => e.strip_prefix('+').unwrap_or(e).parse().ok(),
            None => Some(0),
        }
    }

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
        // An exponent at i64's bounds is declined, not wrapped (that panicked).
        for text in [
            "1.5e-9223372036854775808",
            "1e-9223372036854775808",
            "10e9223372036854775807",
            "1e9223372036854775808",
        ] {
            assert_eq!(exact(text), None, "{text}");
        }
        assert_eq!(exact("0e-9223372036854775808"), Some(0.0));
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

    /// Doubles from a fixed sequence of bit patterns (xorshift), finite ones only.
    fn doubles(count: usize) -> impl Iterator<Item = f64> {
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        std::iter::repeat_with(move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            f64::from_bits(state)
        })
        .filter(|x| x.is_finite())
        .take(count)
    }

    #[test]
    fn plain_writes_what_format_writes() {
        let special = [
            0.0,
            -0.0,
            5.0,
            -5.0,
            0.1,
            0.2,
            0.3,
            1.5,
            1e21,
            1e22,
            1e23,
            1e-7,
            2.5e-5,
            1e15,
            1e16,
            1e17,
            123456789012345680000.0,
            0.30000000000000004,
            f64::MAX,
            f64::MIN_POSITIVE,
            5e-324,
            -1.5e300,
            4294967295.0,
            9007199254740993.0,
            1234.5,
            -1_500_000.75,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ];
        for x in special {
            assert_eq!(plain(x), format!("{x}"), "{x:e}");
        }
        // Where a double's two shortest spellings are equally near it, serde_json takes the
        // even last digit and `format!` the upper one: only at 16 or 17 significant digits.
        let mut ties = 0;
        for x in doubles(200_000) {
            let (ours, rust) = (plain(x), format!("{x}"));
            if ours != rust {
                ties += 1;
                let significant = |s: &str| s.trim_start_matches(['-', '0', '.']).replace('.', "");
                assert!(
                    significant(&rust).trim_end_matches('0').len() >= 16,
                    "{ours} / {rust}"
                );
                assert_eq!(ours.parse::<f64>().ok(), Some(x), "{ours} / {rust}");
                assert_eq!(ours.len(), rust.len(), "{ours} / {rust}");
            }
        }
        assert!(ties < 200, "{ties} ties in 200,000 doubles");
        for k in 0..30_000u32 {
            for scale in [1.0, 10.0, 100.0, 1000.0, 1e6] {
                let x = f64::from(k) / scale;
                assert_eq!(plain(x), format!("{x}"), "{k}/{scale}");
            }
        }
        for e in -30..30 {
            let x = 10f64.powi(e);
            assert_eq!(plain(x), format!("{x}"), "1e{e}");
        }
    }

    #[test]
    fn fixed_writes_what_format_writes() {
        let ties = [
            0.125, 0.375, 2.5, 1.5, 0.5, 1.005, 2.675, 0.045, -0.04, -2.5, -0.0, 5e-324,
        ];
        for places in 0..=6 {
            for x in ties {
                assert_eq!(fixed(x, places), format!("{x:.places$}"), "{x} at {places}");
            }
            for k in 0..40_000u32 {
                for scale in [8.0, 100.0, 1000.0, 1e4] {
                    let x = f64::from(k) / scale;
                    assert_eq!(
                        fixed(x, places),
                        format!("{x:.places$}"),
                        "{k}/{scale} at {places}"
                    );
                    assert_eq!(
                        fixed(-x, places),
                        format!("{:.places$}", -x),
                        "-{k}/{scale}"
                    );
                }
            }
            // Every size of number the app writes, and far beyond.
            for x in doubles(100_000).filter(|x| x.abs() < 1e12) {
                assert_eq!(
                    fixed(x, places),
                    format!("{x:.places$}"),
                    "{:#x} at {places}",
                    x.to_bits()
                );
            }
            for x in doubles(20_000).map(|x| (x.abs() % 1e6) * 1.000_001) {
                assert_eq!(
                    fixed(x, places),
                    format!("{x:.places$}"),
                    "{:#x} at {places}",
                    x.to_bits()
                );
            }
        }
        for x in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            assert_eq!(fixed(x, 2), format!("{x:.2}"));
        }
        // Past 2^64 (never an amount, size or time): the shortest digits, padded.
        assert_eq!(fixed(1e21, 2), "1000000000000000000000.00");
        assert_eq!(fixed(-1e300, 0).len(), 302);
    }
}
