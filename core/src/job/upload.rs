//! How long a submit may take before it counts as lost: the answer's usual wait plus the
//! upload of its body on a slow connection. One fixed limit for every request made a local
//! video on a 5 Mbit/s uplink time out, every time.

/// What an answer may take once the body is sent (and every request without a body).
pub const ANSWER_MS: u32 = 30_000;

/// The slowest uplink a submit is given time for: 1 Mbit/s (a weak phone signal).
pub const SLOW_UPLINK_BYTES_PER_S: u64 = 125_000;

/// Bodies below this size send in a moment: Generate says nothing about the upload.
pub const NOTEWORTHY_BYTES: u64 = 1_000_000;

/// The time limit of a request whose body is `body_bytes` long, in ms.
pub fn deadline_ms(body_bytes: u64) -> u32 {
    let upload_ms = body_bytes.saturating_mul(1000) / SLOW_UPLINK_BYTES_PER_S;
    u64::from(ANSWER_MS)
        .saturating_add(upload_ms)
        .min(u64::from(u32::MAX)) as u32
}

/// The time limit in whole seconds, rounded up (as Generate tells it).
pub fn deadline_secs(body_bytes: u64) -> u64 {
    u64::from(deadline_ms(body_bytes)).div_ceil(1000)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_small_body_gets_the_usual_limit() {
        assert_eq!(deadline_ms(0), ANSWER_MS);
        assert_eq!(deadline_ms(2_000), ANSWER_MS + 16);
    }

    #[test]
    fn a_big_body_gets_time_to_upload_at_one_megabit() {
        // A 20 MiB video is ~28 MB as base64 inside the JSON: ~224 s at 1 Mbit/s.
        let body = 20 * 1024 * 1024 * 4 / 3;
        let limit = deadline_ms(body);
        assert!(limit > 200_000 + ANSWER_MS, "{limit}");
        // It would pass on a 5 Mbit/s uplink with room to spare.
        let at_five_mbit_ms = body * 8 / 5_000;
        assert!(u64::from(limit) > at_five_mbit_ms * 4);
        assert_eq!(deadline_secs(body), u64::from(limit).div_ceil(1000));
    }

    #[test]
    fn no_body_overflows_it() {
        assert_eq!(deadline_ms(u64::MAX), u32::MAX);
    }
}
