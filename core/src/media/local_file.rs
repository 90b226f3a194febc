//! A local file as the form, the history and the sets carry it: a short reference to bytes
//! kept on this device (`local:<key>?type=<mime>&bytes=<n>`), where a file on the web is a
//! URL. The bytes live once in the device's store, under their content key; the `data:` URI
//! RunComfy takes is built from them only when a request is sent. The reference says how
//! long that URI will be, so the request's size is known before.
//!
//! Saved forms of earlier releases hold the `data:` URI itself: it is read as the file it
//! is, and replaced by a reference once measured.

use crate::media::data_uri::is_data_uri;

/// How every reference starts.
pub const PREFIX: &str = "local:";

/// A reference to a local file's bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocalRef {
    /// The content key in the store (`sha256-<hex>`, or another key of `[a-z0-9-]`).
    pub key: String,
    /// The MIME type the `data:` URI will name.
    pub mime: String,
    /// The file's size.
    pub bytes: u64,
}

impl LocalRef {
    /// Reads a reference; `None` for anything else (every string is safe to give).
    pub fn parse(text: &str) -> Option<Self> {
        let rest = text.trim().strip_prefix(PREFIX)?;
        let (key, query) = rest.split_once('?')?;
        if key.is_empty()
            || key.len() > 100
            || !key
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            return None;
        }
        let (mut mime, mut bytes) = (None, None);
        for pair in query.split('&') {
            match pair.split_once('=')? {
                ("type", value) if is_mime(value) => mime = Some(value.to_owned()),
                ("bytes", value) if value.len() <= 15 => bytes = value.parse().ok(),
                _ => return None,
            }
        }
        Some(LocalRef {
            key: key.to_owned(),
            mime: mime?,
            bytes: bytes?,
        })
    }

    /// The reference as text, the form's value.
    pub fn to_text(&self) -> String {
        format!(
            "{PREFIX}{}?type={}&bytes={}",
            self.key, self.mime, self.bytes
        )
    }

    /// The length of the `data:` URI its bytes become: `data:<mime>;base64,` and the
    /// base64 of the bytes.
    pub fn data_uri_len(&self) -> u64 {
        let prefix = "data:;base64,".len() + self.mime.len();
        (prefix as u64).saturating_add(self.bytes.div_ceil(3).saturating_mul(4))
    }
}

/// The content keys of every reference named anywhere in `text` (a stored form, history,
/// set, ... as JSON or otherwise), each once: what the device's store must keep.
pub fn keys_named_in(text: &str) -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    for (at, _) in text.match_indices(PREFIX) {
        let key: String = text[at + PREFIX.len()..]
            .chars()
            .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-')
            .take(101)
            .collect();
        if !key.is_empty() && key.len() <= 100 && !keys.contains(&key) {
            keys.push(key);
        }
    }
    keys
}

/// Whether a value is a local file: a reference, or a `data:` URI of an earlier release.
pub fn is_local_file(text: &str) -> bool {
    is_data_uri(text) || LocalRef::parse(text).is_some()
}

/// A MIME type as a reference may carry it: `type/subtype`, letters, digits and `.+-`.
fn is_mime(text: &str) -> bool {
    let Some((kind, subtype)) = text.split_once('/') else {
        return false;
    };
    let part = |s: &str| {
        !s.is_empty()
            && s.len() <= 60
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'+' | b'-'))
    };
    part(kind) && part(subtype)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> LocalRef {
        LocalRef {
            key: "sha256-0a1b".into(),
            mime: "video/mp4".into(),
            bytes: 16_700_000,
        }
    }

    #[test]
    fn a_reference_reads_back_as_written() {
        let text = sample().to_text();
        assert_eq!(text, "local:sha256-0a1b?type=video/mp4&bytes=16700000");
        assert_eq!(LocalRef::parse(&text), Some(sample()));
        assert!(is_local_file(&text));
        assert!(is_local_file("data:image/png;base64,AAAA"));
        assert!(!is_local_file("https://e.com/a.png"));
    }

    #[test]
    fn anything_else_is_not_a_reference() {
        for text in [
            "",
            "local:",
            "local:key",
            "local:KEY?type=image/png&bytes=1",
            "local:../x?type=image/png&bytes=1",
            "local:k?type=image/png",
            "local:k?bytes=1",
            "local:k?type=image&bytes=1",
            "local:k?type=image/png&bytes=-1",
            "local:k?type=image/png&bytes=1&name=x",
            "local:k?type=image/<b>&bytes=1",
            "local:k?type=image/png&bytes=99999999999999999999",
            "http://local:k?type=image/png&bytes=1",
        ] {
            assert_eq!(LocalRef::parse(text), None, "{text}");
        }
    }

    #[test]
    fn the_data_uri_length_is_what_base64_makes() {
        let r = |bytes| LocalRef { bytes, ..sample() };
        let prefix = "data:video/mp4;base64,".len() as u64;
        assert_eq!(r(0).data_uri_len(), prefix);
        assert_eq!(r(1).data_uri_len(), prefix + 4);
        assert_eq!(r(3).data_uri_len(), prefix + 4);
        assert_eq!(r(4).data_uri_len(), prefix + 8);
        assert_eq!(r(u64::MAX).data_uri_len(), u64::MAX, "no overflow");
    }

    #[test]
    fn the_keys_a_stored_text_names_are_found_once_each() {
        let a = sample().to_text();
        let b = LocalRef {
            key: "size-12-345".into(),
            ..sample()
        }
        .to_text();
        let stored = format!(r#"{{"img":"{a}","list":["{b}","{a}"],"note":"local: no"}}"#);
        assert_eq!(keys_named_in(&stored), ["sha256-0a1b", "size-12-345"]);
        assert!(keys_named_in("nothing local here").is_empty());
        // Cut at the end of the text, or by a character a key does not have.
        assert_eq!(keys_named_in("local:abc"), ["abc"]);
        assert_eq!(keys_named_in("local:ABC"), Vec::<String>::new());
    }
}
