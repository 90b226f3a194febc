//! How big a video or audio file, and a whole request, may be; and what is known about
//! a video or audio file, in one line.
//!
//! A local file travels inside the request as a `data:` URI. RunComfy's own partner
//! nodes cap those at 64 MiB per request; this app also caps one local video at 32 MiB
//! and one local audio file at 16 MiB where the schema gives no `file_size_mb<` rule of
//! its own, and says to use a public https URL instead. Images keep their own rules
//! ([`image_rules`](crate::media::image_rules)).

use serde_json::{Map, Value};

use crate::i18n::Lang;
use crate::media::data_uri::is_data_uri;
use crate::media::local_file::LocalRef;
use crate::schema::media_kind::MediaType;
use crate::schema::{Rule, Validation};

/// One MiB.
const MIB: u64 = 1024 * 1024;
/// The largest local video sent without a schema rule: 32 MiB.
pub const LOCAL_VIDEO_CAP: u64 = 32 * MIB;
/// The largest local audio file sent without a schema rule: 16 MiB.
pub const LOCAL_AUDIO_CAP: u64 = 16 * MIB;
/// The most `data:` URI text one request may carry: 64 MiB.
pub const REQUEST_DATA_CAP: u64 = 64 * MIB;
/// The most of an image on the web that is read to check it, where the model gives no
/// size rule: 64 MiB, what one request could carry.
pub const IMAGE_READ_CAP: u64 = 64 * MIB;
/// Bytes per MB in `file_size_mb<`.
const BYTES_PER_MB: f64 = 1_000_000.0;

/// What is known about a video or audio file; any of it may be unknown.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct MediaFacts {
    /// Width in pixels (video).
    pub width: Option<u32>,
    /// Height in pixels (video).
    pub height: Option<u32>,
    /// Length in seconds.
    pub duration_s: Option<f64>,
    /// File size.
    pub bytes: Option<u64>,
}

impl MediaFacts {
    /// One line for under the preview: "640 × 360 · 4.0 s · 2.1 MB" ("4,0 s" and
    /// "2,1 MB" in German); unknown parts are left out, "" when nothing is known. Pixel
    /// sizes stay ungrouped, as the model's limits write them.
    pub fn summary_in(&self, lang: Lang) -> String {
        let mut parts = Vec::with_capacity(3);
        if let (Some(w), Some(h)) = (self.width, self.height) {
            if w > 0 && h > 0 {
                parts.push(format!("{w} × {h}"));
            }
        }
        if let Some(s) = self.duration_s.filter(|s| s.is_finite() && *s >= 0.0) {
            parts.push(format!("{} s", lang.fixed(s, 1)));
        }
        if let Some(bytes) = self.bytes {
            parts.push(lang.file_size(bytes));
        }
        parts.join(" · ")
    }
}

/// One reason a video, an audio file or a whole request is too big.
#[derive(Debug, Clone, PartialEq)]
pub enum MediaProblem {
    /// Breaks the schema's `file_size_mb<` rule.
    TooHeavy {
        /// The rule (with the schema's message, if it gives one).
        limit: Validation,
    },
    /// A local file above the app's cap for its kind (the schema gives no rule).
    TooLargeToUpload {
        /// Video or audio.
        kind: MediaType,
        /// The file's size.
        bytes: u64,
        /// The cap it breaks.
        cap: u64,
    },
    /// The local files of one request, as `data:` URIs, above 64 MiB together.
    RequestTooLarge {
        /// The length of all `data:` URIs in the body.
        bytes: u64,
    },
}

/// The cap for a local file of `kind` under these rules: `None` for images (their own
/// rules apply) and wherever the schema has a `file_size_mb<` rule.
pub fn local_cap(kind: MediaType, validations: &[Validation]) -> Option<u64> {
    if validations.iter().any(|v| v.rule == Rule::FileSizeMbBelow) {
        return None;
    }
    match kind {
        MediaType::Image => None,
        MediaType::Video => Some(LOCAL_VIDEO_CAP),
        MediaType::Audio => Some(LOCAL_AUDIO_CAP),
    }
}

/// The size problem of a video or audio file of `bytes`: the schema's `file_size_mb<`
/// rule (strict, decimal MB, as for images) wherever it applies; else, for a `local`
/// file, the app's cap for its kind (a file of exactly the cap passes). Images are left
/// to [`check_image`](crate::media::image_rules::check_image).
pub fn check_file_size(
    kind: MediaType,
    validations: &[Validation],
    bytes: u64,
    local: bool,
) -> Option<MediaProblem> {
    if kind == MediaType::Image {
        return None;
    }
    let broken = validations
        .iter()
        .find(|v| v.rule == Rule::FileSizeMbBelow && bytes as f64 >= v.value * BYTES_PER_MB);
    if let Some(limit) = broken {
        return Some(MediaProblem::TooHeavy {
            limit: limit.clone(),
        });
    }
    let cap = local_cap(kind, validations).filter(|_| local)?;
    (bytes > cap).then_some(MediaProblem::TooLargeToUpload { kind, bytes, cap })
}

/// The length of every `data:` URI in a request body (nested in lists too), in bytes of
/// text: what the local files add to the request. A reference to a local file counts as
/// the `data:` URI it becomes when sent.
pub fn data_uri_bytes(body: &Map<String, Value>) -> u64 {
    fn walk(value: &Value) -> u64 {
        match value {
            Value::String(text) if is_data_uri(text) => text.len() as u64,
            Value::String(text) => LocalRef::parse(text).map_or(0, |r| r.data_uri_len()),
            Value::Array(items) => items.iter().map(walk).sum(),
            Value::Object(map) => map.values().map(walk).sum(),
            _ => 0,
        }
    }
    body.values().map(walk).sum()
}

/// The problem of a request whose local files (as `data:` URIs) pass 64 MiB together.
pub fn check_request_size(body: &Map<String, Value>) -> Option<MediaProblem> {
    let bytes = data_uri_bytes(body);
    (bytes > REQUEST_DATA_CAP).then_some(MediaProblem::RequestTooLarge { bytes })
}

impl MediaProblem {
    /// The sentence to show the user, in English.
    pub fn message(&self) -> String {
        self.message_in(Lang::En)
    }

    /// The sentence to show the user, in `lang`; each size problem suggests a public
    /// https URL, which RunComfy fetches itself, instead. The schema's own message is
    /// shown as the schema gives it.
    pub fn message_in(&self, lang: Lang) -> String {
        match (self, lang) {
            (MediaProblem::TooHeavy { limit }, _) => limit.message_in(lang),
            (MediaProblem::TooLargeToUpload { kind, bytes, cap }, _) => {
                let (size, cap) = (lang.file_size(*bytes), mib(*cap));
                match kind {
                    MediaType::Audio => lang.texts().audio_too_large_to_upload(&size, cap),
                    _ => lang.texts().video_too_large_to_upload(&size, cap),
                }
            }
            (MediaProblem::RequestTooLarge { bytes }, _) => lang
                .texts()
                .request_too_large(&lang.file_size(*bytes), mib(REQUEST_DATA_CAP)),
        }
    }
}

/// Whole MiB of a cap.
fn mib(bytes: u64) -> u64 {
    bytes / MIB
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::german::assert_german;
    use serde_json::json;

    fn size_rule(mb: f64) -> Validation {
        Validation {
            rule: Rule::FileSizeMbBelow,
            value: mb,
            error: None,
        }
    }

    #[test]
    fn summaries_leave_out_what_is_unknown() {
        let video = MediaFacts {
            width: Some(640),
            height: Some(360),
            duration_s: Some(4.0),
            bytes: Some(2_100_000),
        };
        assert_eq!(video.summary_in(Lang::En), "640 × 360 · 4.0 s · 2.1 MB");
        assert_eq!(video.summary_in(Lang::De), "640 × 360 · 4,0 s · 2,1 MB");
        let audio = MediaFacts {
            duration_s: Some(1234.56),
            bytes: Some(180_000),
            ..MediaFacts::default()
        };
        assert_eq!(audio.summary_in(Lang::En), "1,234.6 s · 180 KB");
        assert_eq!(audio.summary_in(Lang::De), "1.234,6 s · 180 KB");
        let wide = MediaFacts {
            width: Some(3840),
            height: Some(2160),
            duration_s: Some(f64::NAN),
            ..MediaFacts::default()
        };
        assert_eq!(wide.summary_in(Lang::De), "3840 × 2160");
        let zero = MediaFacts {
            width: Some(0),
            height: Some(0),
            ..MediaFacts::default()
        };
        assert_eq!(zero.summary_in(Lang::En), "");
        assert_eq!(MediaFacts::default().summary_in(Lang::En), "");
    }

    #[test]
    fn default_caps_apply_to_local_video_and_audio_only() {
        assert_eq!(local_cap(MediaType::Video, &[]), Some(32 * 1024 * 1024));
        assert_eq!(local_cap(MediaType::Audio, &[]), Some(16 * 1024 * 1024));
        assert_eq!(local_cap(MediaType::Image, &[]), None);
        assert_eq!(local_cap(MediaType::Video, &[size_rule(100.0)]), None);

        let video = |bytes, local| check_file_size(MediaType::Video, &[], bytes, local);
        assert_eq!(video(LOCAL_VIDEO_CAP, true), None, "exactly the cap passes");
        assert_eq!(
            video(LOCAL_VIDEO_CAP + 1, true),
            Some(MediaProblem::TooLargeToUpload {
                kind: MediaType::Video,
                bytes: LOCAL_VIDEO_CAP + 1,
                cap: LOCAL_VIDEO_CAP
            })
        );
        assert_eq!(video(u64::MAX, false), None, "a URL is RunComfy's to fetch");
        let audio = |bytes| check_file_size(MediaType::Audio, &[], bytes, true);
        assert_eq!(audio(LOCAL_AUDIO_CAP), None);
        assert!(audio(LOCAL_AUDIO_CAP + 1).is_some());
        assert_eq!(check_file_size(MediaType::Image, &[], u64::MAX, true), None);
    }

    #[test]
    fn the_schemas_size_rule_wins_over_the_cap() {
        let rules = [size_rule(100.0)];
        let check = |bytes, local| check_file_size(MediaType::Video, &rules, bytes, local);
        assert_eq!(
            check(99_999_999, true),
            None,
            "above 32 MiB, below the rule"
        );
        let heavy = Some(MediaProblem::TooHeavy {
            limit: rules[0].clone(),
        });
        assert_eq!(check(100_000_000, true), heavy);
        assert_eq!(
            check(100_000_000, false),
            heavy,
            "the rule holds for URLs too"
        );
        assert_eq!(
            heavy.map(|p| p.message_in(Lang::De)).as_deref(),
            Some("Die Datei muss kleiner als 100 MB sein.")
        );
    }

    #[test]
    fn a_local_file_counts_as_the_data_uri_it_becomes() {
        let body = json!({
            "video_url": "local:sha256-ab?type=video/mp4&bytes=30000000",
            "image_urls": ["local:sha256-cd?type=image/png&bytes=3", "https://e.com/a.png"],
            "prompt": "local:not-a-reference"
        });
        let body = body.as_object().cloned().unwrap_or_default();
        let video = "data:video/mp4;base64,".len() as u64 + 40_000_000;
        let image = "data:image/png;base64,".len() as u64 + 4;
        assert_eq!(data_uri_bytes(&body), video + image);
        let mut twice = body.clone();
        twice.insert("end".into(), body["video_url"].clone());
        assert!(matches!(
            check_request_size(&twice),
            Some(MediaProblem::RequestTooLarge { .. })
        ));
    }

    #[test]
    fn the_request_counts_every_data_uri() {
        let body = json!({
            "prompt": "a fox, as in data:",
            "video_url": "data:video/mp4;base64,AAAA",
            "image_urls": ["https://e.com/a.png", "DATA:image/png;base64,BB"],
            "nested": {"audio": "data:audio/wav;base64,C"},
            "seed": 5
        });
        let body = body.as_object().cloned().unwrap_or_default();
        assert_eq!(
            data_uri_bytes(&body),
            ("data:video/mp4;base64,AAAA".len()
                + "DATA:image/png;base64,BB".len()
                + "data:audio/wav;base64,C".len()) as u64
        );
        assert_eq!(check_request_size(&body), None);
        let big = "a".repeat(REQUEST_DATA_CAP as usize - 5);
        let mut at_cap = Map::new();
        at_cap.insert("v".into(), Value::String(format!("data:{big}")));
        assert_eq!(check_request_size(&at_cap), None, "exactly 64 MiB passes");
        at_cap.insert("w".into(), Value::String("data:".into()));
        assert_eq!(
            check_request_size(&at_cap),
            Some(MediaProblem::RequestTooLarge {
                bytes: REQUEST_DATA_CAP + 5
            })
        );
    }

    #[test]
    fn messages_suggest_a_public_url_in_each_language() {
        let all = [
            MediaProblem::TooLargeToUpload {
                kind: MediaType::Video,
                bytes: 40_200_000,
                cap: LOCAL_VIDEO_CAP,
            },
            MediaProblem::TooLargeToUpload {
                kind: MediaType::Audio,
                bytes: 20_100_000,
                cap: LOCAL_AUDIO_CAP,
            },
            MediaProblem::RequestTooLarge { bytes: 70_300_000 },
        ];
        assert_eq!(
            all[0].message(),
            "This local video is 40.2 MB; one sent from this device can be at most 32 MiB. \
             Put it at a public https:// URL and paste that instead."
        );
        assert_eq!(
            all[1].message(),
            "This local audio file is 20.1 MB; one sent from this device can be at most 16 \
             MiB. Put it at a public https:// URL and paste that instead."
        );
        assert_eq!(
            all[2].message(),
            "The local files of this request come to 70.3 MB; one request can carry at most \
             64 MiB. Put some of them at public https:// URLs and paste those instead."
        );
        assert_eq!(
            all[0].message_in(Lang::De),
            "Dieses lokale Video ist 40,2 MB groß; von diesem Gerät gesendet darf es höchstens \
             32 MiB haben. Legen Sie es unter einer öffentlichen https://-URL ab und fügen Sie \
             diese ein."
        );
        for p in &all {
            assert_eq!(p.message(), p.message_in(Lang::En));
            assert!(p.message().contains("https://"));
            assert_german(&p.message_in(Lang::De), &p.message());
        }
    }
}
