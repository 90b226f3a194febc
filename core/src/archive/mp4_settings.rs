//! What made a video, carried inside its MP4 twice: a top-level `uuid` box of this app's own
//! type holding JSON (a box of an unknown type is skipped by every player, and a `uuid` box
//! at the top survives sites that strip `udta`), written after the index, and the `moov`'s
//! comment (`udta`), which tools that list tags show. Read back from a dropped file.

use super::mp4_box::boxed;

/// The box's extended type: this app's settings (a random UUID, fixed once).
pub const SETTINGS_UUID: [u8; 16] = [
    0x7f, 0x0c, 0x2a, 0x5e, 0x3b, 0x1d, 0x4c, 0x8e, 0x9a, 0x61, 0x5d, 0x2e, 0x8b, 0x4f, 0x7c, 0x10,
];

/// The largest settings read back (a chain of a hundred clips' inputs is far smaller).
pub const SETTINGS_CAP: u64 = 1024 * 1024;

/// The whole `uuid` box carrying `json`.
pub fn settings_box(json: &str) -> Vec<u8> {
    boxed(b"uuid", &[&SETTINGS_UUID[..], json.as_bytes()].concat())
}

/// The JSON a whole `uuid` box carries, when it is this app's settings box.
pub fn read_settings_box(whole: &[u8]) -> Option<String> {
    if whole.get(4..8)? != b"uuid" || whole.get(8..24)? != SETTINGS_UUID {
        return None;
    }
    String::from_utf8(whole.get(24..)?.to_vec()).ok()
}

/// A `udta` box for a `moov` with `json` as the file's comment (`meta`/`ilst`/`©cmt`, as
/// ffmpeg writes `-metadata comment=…`): what tools that list a file's tags show.
pub fn udta_box(json: &str) -> Vec<u8> {
    // `data`: type 1 (UTF-8 text), locale 0, then the text.
    let mut data = vec![0, 0, 0, 1, 0, 0, 0, 0];
    data.extend(json.as_bytes());
    let ilst = boxed(b"ilst", &boxed(b"\xa9cmt", &boxed(b"data", &data)));
    // `hdlr` (a full box): version and flags, pre-defined 0, handler `mdir`, reserved
    // (`appl`, 0, 0), an empty name.
    let mut hdlr = vec![0u8; 8];
    hdlr.extend(b"mdirappl");
    hdlr.extend([0u8; 9]);
    let mut meta = vec![0u8; 4]; // version and flags
    meta.extend(boxed(b"hdlr", &hdlr));
    meta.extend(ilst);
    boxed(b"udta", &boxed(b"meta", &meta))
}

/// The comment of a whole `moov` box's `udta` (where [`udta_box`] puts the settings), if it
/// has one.
pub fn comment_in_moov(moov: &[u8]) -> Option<String> {
    let moov = inside(moov, b"moov", 0)?;
    let udta = child_of(moov, b"udta")?;
    let meta = child_of(udta, b"meta")?.get(4..)?; // after version and flags
    let ilst = child_of(meta, b"ilst")?;
    let data = child_of(child_of(ilst, b"\xa9cmt")?, b"data")?;
    String::from_utf8(data.get(8..)?.to_vec()).ok()
}

/// The body of `bytes` when it is one box of `kind` (32-bit size), `skip` bytes in.
fn inside<'a>(bytes: &'a [u8], kind: &[u8; 4], skip: usize) -> Option<&'a [u8]> {
    let size = u32::from_be_bytes(bytes.get(..4)?.try_into().ok()?) as usize;
    (bytes.get(4..8)? == kind && size >= 8 + skip).then_some(())?;
    bytes.get(8 + skip..size)
}

/// The body of the first child box of `kind` among the boxes that fill `body`.
fn child_of<'a>(body: &'a [u8], kind: &[u8; 4]) -> Option<&'a [u8]> {
    let mut at = 0usize;
    while at + 8 <= body.len() {
        let size = u32::from_be_bytes(body[at..at + 4].try_into().ok()?) as usize;
        if size < 8 || at + size > body.len() {
            return None;
        }
        if &body[at + 4..at + 8] == kind {
            return Some(&body[at + 8..at + size]);
        }
        at += size;
    }
    None
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

    #[test]
    fn settings_come_back_from_a_moovs_comment() {
        let json = r#"{"app":"wan-i2v/1","clips":[]}"#;
        let udta = udta_box(json);
        let mut moov = Vec::new();
        moov.extend(((8 + 16 + udta.len()) as u32).to_be_bytes());
        moov.extend(b"moov");
        moov.extend(16u32.to_be_bytes());
        moov.extend(b"mvhd\0\0\0\0\0\0\0\0");
        moov.extend(&udta);
        assert_eq!(comment_in_moov(&moov).as_deref(), Some(json));
        // A moov without one, or damaged, has none (and never panics).
        assert_eq!(comment_in_moov(&moov[..moov.len() - 3]), None);
        assert_eq!(comment_in_moov(b"\0\0\0\x08moov"), None);
        for cut in 0..moov.len() {
            let _ = comment_in_moov(&moov[..cut]);
        }
    }
}
