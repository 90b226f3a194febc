//! A moment as an API writes it (`created_at`, `finished_at`): RFC 3339 text or a Unix
//! time as a number. Hand-written: two fields need it, and a date crate would cost the
//! wasm more than this file.

/// Milliseconds since the Unix epoch of `text`: `2025-01-01T00:00:00Z`, with optional
/// fractions of a second and an offset (`+02:00`, `-0500`; none reads as UTC), a space for
/// the `T`, or a number of seconds (milliseconds from 10^11 up). `None` for anything else,
/// or a calendar date that does not exist.
pub fn instant_ms(text: &str) -> Option<f64> {
    let text = text.trim();
    if let Ok(number) = text.parse::<f64>() {
        let ms = if number >= 1e11 {
            number
        } else {
            number * 1000.0
        };
        return (number.is_finite() && number > 0.0).then_some(ms);
    }
    rfc3339_ms(text)
}

fn rfc3339_ms(text: &str) -> Option<f64> {
    let b = text.as_bytes();
    let year = digits(b, 0, 4)?;
    let month = digits_after(b, 4, b'-', 2)?;
    let day = digits_after(b, 7, b'-', 2)?;
    if !matches!(b.get(10), Some(b'T' | b't' | b' ')) {
        return None;
    }
    let hour = digits(b, 11, 2)?;
    let minute = digits_after(b, 13, b':', 2)?;
    let (second, mut at) = match digits_after(b, 16, b':', 2) {
        Some(second) => (second, 19),
        None => (0, 16),
    };
    let mut fraction = 0.0;
    if b.get(at) == Some(&b'.') {
        let start = at + 1;
        let end = (start..b.len())
            .find(|&i| !b[i].is_ascii_digit())
            .unwrap_or(b.len());
        if end == start {
            return None;
        }
        fraction = format!("0.{}", &text[start..end]).parse().ok()?;
        at = end;
    }
    let offset_minutes = offset(&b[at..])?;
    let days_in_month = match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => return None,
    };
    if day == 0 || day > days_in_month || hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    let days = days_from_civil(i64::from(year), month, day);
    let seconds =
        days * 86_400 + i64::from(hour) * 3600 + i64::from(minute) * 60 + i64::from(second)
            - offset_minutes * 60;
    Some((seconds as f64 + fraction) * 1000.0)
}

/// `Z`, nothing, or `±HH[:]MM`/`±HH`: the offset from UTC in minutes.
fn offset(rest: &[u8]) -> Option<i64> {
    match rest {
        [] | [b'Z' | b'z'] => Some(0),
        [sign @ (b'+' | b'-'), tail @ ..] => {
            let hours = digits(tail, 0, 2)?;
            let minutes = match tail.len() {
                2 => 0,
                4 => digits(tail, 2, 2)?,
                5 if tail[2] == b':' => digits(tail, 3, 2)?,
                _ => return None,
            };
            if hours > 23 || minutes > 59 {
                return None;
            }
            let total = i64::from(hours * 60 + minutes);
            Some(if *sign == b'-' { -total } else { total })
        }
        _ => None,
    }
}

/// `len` ASCII digits at `at`.
fn digits(b: &[u8], at: usize, len: usize) -> Option<u32> {
    let slice = b.get(at..at + len)?;
    slice.iter().try_fold(0u32, |n, &c| {
        c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
    })
}

/// `separator` at `at`, then `len` digits.
fn digits_after(b: &[u8], at: usize, separator: u8, len: usize) -> Option<u32> {
    (b.get(at) == Some(&separator))
        .then(|| digits(b, at + 1, len))
        .flatten()
}

/// Days from 1970-01-01 to a date of the proleptic Gregorian calendar (Howard Hinnant's
/// `days_from_civil`).
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month = i64::from(month);
    let day_of_year =
        (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn reads_rfc3339_in_its_usual_spellings() {
        assert_eq!(instant_ms("1970-01-01T00:00:00Z"), Some(0.0));
        assert_eq!(
            instant_ms("2025-01-01T00:00:00Z"),
            Some(1_735_689_600_000.0)
        );
        assert_eq!(
            instant_ms("2025-01-01T00:00:01.250Z"),
            Some(1_735_689_601_250.0)
        );
        assert_eq!(
            instant_ms("2025-01-01 02:00:00+02:00"),
            instant_ms("2025-01-01T00:00:00Z")
        );
        assert_eq!(
            instant_ms("2024-12-31T19:00:00-0500"),
            instant_ms("2025-01-01T00:00:00Z")
        );
        assert_eq!(
            instant_ms("2025-01-01T01:00:00+01"),
            instant_ms("2025-01-01T00:00:00Z")
        );
        assert_eq!(
            instant_ms("2025-01-01T00:00"),
            instant_ms("2025-01-01T00:00:00")
        );
        assert_eq!(
            instant_ms("2024-02-29T12:00:00.5"),
            Some(1_709_208_000_500.0)
        );
    }

    #[test]
    fn reads_unix_times_in_seconds_or_milliseconds() {
        assert_eq!(instant_ms("1735689600"), Some(1_735_689_600_000.0));
        assert_eq!(instant_ms("1735689600.5"), Some(1_735_689_600_500.0));
        assert_eq!(instant_ms("1735689600000"), Some(1_735_689_600_000.0));
    }

    #[test]
    fn refuses_what_is_no_moment() {
        for text in [
            "",
            "now",
            "2025-02-29T00:00:00Z",
            "2025-13-01T00:00:00Z",
            "2025-01-01",
            "2025-01-01T24:00:00Z",
            "2025-01-01T00:00:00.Z",
            "2025-01-01T00:00:00+2",
            "2025-01-01T00:00:00 UTC",
            "-5",
            "NaN",
            "inf",
            "0",
        ] {
            assert_eq!(instant_ms(text), None, "{text:?}");
        }
    }

    proptest! {
        #[test]
        fn any_text_reads_without_panicking(text in "\\PC{0,40}") {
            let _ = instant_ms(&text);
        }

        #[test]
        fn a_second_later_is_a_second_later(
            y in 1900u32..2200, m in 1u32..=12, d in 1u32..=28, h in 0u32..24, s in 0u32..59
        ) {
            let at = |sec| instant_ms(&format!("{y:04}-{m:02}-{d:02}T{h:02}:00:{sec:02}Z"));
            prop_assert_eq!(at(s + 1).unwrap() - at(s).unwrap(), 1000.0);
        }
    }
}
