//! What made a video, carried inside its MP4: a top-level `uuid` box of this app's own type
//! holding JSON (a box of an unknown type is skipped by every player, and a `uuid` box at
//! the top survives sites that strip `udta`). Written after a film's index; read back from
//! a dropped file.

/// The box's extended type: this app's settings (a random UUID, fixed once).
pub const SETTINGS_UUID: [u8; 16] = [
    0x7f, 0x0c, 0x2a, 0x5e, 0x3b, 0x1d, 0x4c, 0x8e, 0x9a, 0x61, 0x5d, 0x2e, 0x8b, 0x4f, 0x7c, 0x10,
];

/// The largest settings read back (a chain of a hundred clips' inputs is far smaller).
pub const SETTINGS_CAP: u64 = 1024 * 1024;

/// The whole `uuid` box carrying `json`.
pub fn settings_box(json: &str) -> Vec<u8> {
    let size = 8 + 16 + json.len();
    let mut out = Vec::with_capacity(size);
    out.extend((size as u32).to_be_bytes());
    out.extend(b"uuid");
    out.extend(SETTINGS_UUID);
    out.extend(json.as_bytes());
    out
}

/// The JSON a whole `uuid` box carries, when it is this app's settings box.
pub fn read_settings_box(whole: &[u8]) -> Option<String> {
    if whole.get(4..8)? != b"uuid" || whole.get(8..24)? != SETTINGS_UUID {
        return None;
    }
    String::from_utf8(whole.get(24..)?.to_vec()).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_come_back_from_their_box_and_only_from_it() {
        let json = r#"{"clips":[{"prompt":"a fox – über"}]}"#;
        let whole = settings_box(json);
        assert_eq!(
            u32::from_be_bytes(whole[..4].try_into().unwrap()) as usize,
            whole.len()
        );
        assert_eq!(read_settings_box(&whole).as_deref(), Some(json));
        let mut other = whole.clone();
        other[10] ^= 1;
        assert_eq!(read_settings_box(&other), None, "another uuid type");
        assert_eq!(read_settings_box(b"\0\0\0\x08free"), None);
        assert_eq!(read_settings_box(&[]), None);
    }
}
