//! What kind of file an input field takes (image, video or audio, one or several), read
//! from the property's `format` as RunComfy's schemas write it (`image_uri`,
//! `video_uris`, …), or, for schemas without one, guessed from the field's name; and the
//! words and sentences of each kind ([`MediaType::noun`], [`Texts::of`]).

use serde::{Deserialize, Serialize};

use crate::i18n::{Lang, Texts};

/// The kind of file a media field takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MediaType {
    /// A picture.
    Image,
    /// A moving picture, with or without sound.
    Video,
    /// Sound only.
    Audio,
}

/// How a property takes media: one file, or a list of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MediaInput {
    /// One file of this kind (a string property).
    One(MediaType),
    /// Several files of this kind (an array property).
    Many {
        /// The kind of every file in the list.
        kind: MediaType,
        /// `minItems`, if the schema gives it.
        min: Option<usize>,
        /// `maxItems`, if the schema gives it.
        max: Option<usize>,
    },
}

impl MediaInput {
    /// The kind of file, whether one or many.
    pub fn kind(self) -> MediaType {
        match self {
            MediaInput::One(kind) | MediaInput::Many { kind, .. } => kind,
        }
    }
}

/// What a `format` says about media.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormatSays {
    /// A media format: the kind, and whether it names a list (`…_uris`).
    Media(MediaType, bool),
    /// Another format (e.g. `uri`, `date-time`): not a media file.
    Other,
}

impl FormatSays {
    /// Reads a `format` value (case and surrounding spaces ignored). `image_uri` /
    /// `image_url` name one image, `image_uris` / `image_urls` a list; likewise for
    /// video and audio.
    pub fn read(format: &str) -> FormatSays {
        let format = format.trim().to_ascii_lowercase();
        let (stem, many) = match format.strip_suffix('s') {
            Some(stem) => (stem, true),
            None => (format.as_str(), false),
        };
        let kind = match stem {
            "image_uri" | "image_url" => MediaType::Image,
            "video_uri" | "video_url" => MediaType::Video,
            "audio_uri" | "audio_url" => MediaType::Audio,
            _ => return FormatSays::Other,
        };
        FormatSays::Media(kind, many)
    }
}

/// Name endings that mark one image, for schemas that give no `format`.
const IMAGE_ENDINGS: &[&str] = &[
    "img_url",
    "image_url",
    "image",
    "image_uri",
    "mask_url",
    "mask",
    "first_frame",
    "last_frame",
    "start_frame",
    "end_frame",
    "first_frame_url",
    "last_frame_url",
    "start_frame_url",
    "end_frame_url",
];
/// Name endings that mark one video.
const VIDEO_ENDINGS: &[&str] = &["video_url", "video", "video_uri", "vid_url"];
/// Name endings that mark one audio file.
const AUDIO_ENDINGS: &[&str] = &[
    "audio_url",
    "audio",
    "audio_uri",
    "sound_url",
    "voice_url",
    "music_url",
    "speech_url",
];

/// The kind of one file a field name suggests ("image_url", "mask_url", "first_frame",
/// "image_url_1", "video_url", "audio_url", …), for schemas without a `format`. A
/// trailing number (`_1`, `2`) is ignored. Plural names ("image_urls") say nothing here:
/// see [`kind_by_list_name`].
pub fn kind_by_name(name: &str) -> Option<MediaType> {
    let lower = name.to_ascii_lowercase();
    let stem = lower.trim_end_matches(|c: char| c.is_ascii_digit());
    // Only strip the separator when a number was actually there.
    let stem = if stem.len() < lower.len() {
        stem.strip_suffix('_').unwrap_or(stem)
    } else {
        stem
    };
    let ends = |list: &[&str]| {
        list.iter().any(|end| {
            stem == *end
                || stem
                    .strip_suffix(end)
                    .is_some_and(|head| head.ends_with('_'))
        })
    };
    if ends(VIDEO_ENDINGS) {
        Some(MediaType::Video)
    } else if ends(AUDIO_ENDINGS) {
        Some(MediaType::Audio)
    } else if ends(IMAGE_ENDINGS) {
        Some(MediaType::Image)
    } else {
        image_by_loose_ending(stem)
    }
}

/// The app always read `…image` and `…image_url` without a separator ("endimage"): kept.
fn image_by_loose_ending(stem: &str) -> Option<MediaType> {
    (stem.ends_with("img_url") || stem.ends_with("image_url") || stem.ends_with("image"))
        .then_some(MediaType::Image)
}

/// The kind of the files a list's name suggests ("image_urls", "reference_images",
/// "video_urls", "audios", "mask_urls"): the singular read by [`kind_by_name`].
pub fn kind_by_list_name(name: &str) -> Option<MediaType> {
    let lower = name.to_ascii_lowercase();
    lower.strip_suffix('s').and_then(kind_by_name)
}

impl MediaType {
    /// Every kind.
    pub const ALL: [MediaType; 3] = [MediaType::Image, MediaType::Video, MediaType::Audio];

    /// The kind's word for `count` files, in `lang`: "image" / "images", "Bild" /
    /// "Bilder", "Audiodatei" / "Audiodateien".
    pub fn noun(self, count: usize, lang: Lang) -> String {
        let t = lang.texts();
        match self {
            MediaType::Image => t.image_noun(count),
            MediaType::Video => t.video_noun(count),
            MediaType::Audio => t.audio_noun(count),
        }
    }

    /// The kind with its indefinite article, as the object of a sentence: "an image",
    /// "a video", "an audio file"; "ein Bild", "ein Video", "eine Audiodatei".
    pub fn with_article(self, lang: Lang) -> String {
        let t = lang.texts();
        match self {
            MediaType::Image => t.image_with_article(),
            MediaType::Video => t.video_with_article(),
            MediaType::Audio => t.audio_with_article(),
        }
    }

    /// The kind as the language files' selectors name it: "image", "video", "audio".
    pub fn id(self) -> &'static str {
        match self {
            MediaType::Image => "image",
            MediaType::Video => "video",
            MediaType::Audio => "audio",
        }
    }

    /// RunComfy's `format` for one file of this kind: "image_uri", "video_uri",
    /// "audio_uri".
    pub fn format(self) -> &'static str {
        match self {
            MediaType::Image => "image_uri",
            MediaType::Video => "video_uri",
            MediaType::Audio => "audio_uri",
        }
    }

    /// The start of the MIME types of this kind: "image/", "video/", "audio/".
    pub fn mime_prefix(self) -> &'static str {
        match self {
            MediaType::Image => "image/",
            MediaType::Video => "video/",
            MediaType::Audio => "audio/",
        }
    }

    /// The `accept` list for a file picker of this kind ("image/*", …).
    pub fn accept(self) -> &'static str {
        match self {
            MediaType::Image => "image/*",
            MediaType::Video => "video/*",
            MediaType::Audio => "audio/*",
        }
    }
}

impl Texts {
    /// The sentences of a field taking `kind` files.
    pub fn of(self, kind: MediaType) -> KindTexts {
        KindTexts { t: self, kind }
    }
}

/// The sentences of a field taking one kind of file (`image_…`, `video_…`, `audio_…`).
#[derive(Clone, Copy, Debug)]
pub struct KindTexts {
    t: Texts,
    kind: MediaType,
}

/// `self.t`'s message of `self.kind`: `image_x`, `video_x` or `audio_x`.
macro_rules! by_kind {
    ($($(#[$doc:meta])* $name:ident: $image:ident, $video:ident, $audio:ident;)*) => {
        impl KindTexts {
            $($(#[$doc])*
            pub fn $name(self) -> String {
                match self.kind {
                    MediaType::Image => self.t.$image(),
                    MediaType::Video => self.t.$video(),
                    MediaType::Audio => self.t.$audio(),
                }
            })*
        }
    };
}

by_kind! {
    /// The URL field's placeholder.
    placeholder: image_placeholder, video_placeholder, audio_placeholder;
    /// The file picker, for screen readers.
    choose_local: image_choose_local, video_choose_local, audio_choose_local;
    /// The label of a local file restored from the form.
    local: image_local, video_local, audio_local;
    /// While the file is measured.
    checking: image_checking, video_checking, audio_checking;
    /// The preview's accessible name.
    preview: image_preview, video_preview, audio_preview;
    /// Clears the field.
    remove: image_remove, video_remove, audio_remove;
    /// Adds an entry to a list of them.
    add: image_add, video_add, audio_add;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_name_the_kind_and_whether_it_is_a_list() {
        use MediaType::*;
        let cases = [
            ("image_uri", FormatSays::Media(Image, false)),
            ("image_uris", FormatSays::Media(Image, true)),
            ("video_uri", FormatSays::Media(Video, false)),
            ("video_uris", FormatSays::Media(Video, true)),
            ("audio_uri", FormatSays::Media(Audio, false)),
            ("audio_uris", FormatSays::Media(Audio, true)),
            (" Image_URI ", FormatSays::Media(Image, false)),
            ("video_urls", FormatSays::Media(Video, true)),
            ("uri", FormatSays::Other),
            ("url", FormatSays::Other),
            ("date-time", FormatSays::Other),
            ("", FormatSays::Other),
            ("imageuri", FormatSays::Other),
        ];
        for (format, says) in cases {
            assert_eq!(FormatSays::read(format), says, "{format}");
        }
    }

    #[test]
    fn names_suggest_one_file() {
        use MediaType::*;
        let cases = [
            ("img_url", Some(Image)),
            ("image_url", Some(Image)),
            ("image", Some(Image)),
            ("end_image", Some(Image)),
            ("first_frame_IMAGE", Some(Image)),
            ("mask_url", Some(Image)),
            ("mask", Some(Image)),
            ("first_frame", Some(Image)),
            ("last_frame", Some(Image)),
            ("last_frame_url", Some(Image)),
            ("image_url_1", Some(Image)),
            ("image_url2", Some(Image)),
            ("image_2", Some(Image)),
            ("video_url", Some(Video)),
            ("input_video", Some(Video)),
            ("video_url_1", Some(Video)),
            ("audio_url", Some(Audio)),
            ("driving_audio", Some(Audio)),
            ("voice_url", Some(Audio)),
            ("url", None),
            ("image_urls", None),
            ("imagery", None),
            ("img", None),
            ("videos", None),
            ("unmask", None),
            ("audio_format", None),
            ("seed_1", None),
        ];
        for (name, kind) in cases {
            assert_eq!(kind_by_name(name), kind, "{name}");
        }
    }

    #[test]
    fn list_names_suggest_their_files() {
        use MediaType::*;
        let cases = [
            ("image_urls", Some(Image)),
            ("reference_image_urls", Some(Image)),
            ("reference_images", Some(Image)),
            ("images", Some(Image)),
            ("mask_urls", Some(Image)),
            ("video_urls", Some(Video)),
            ("videos", Some(Video)),
            ("audio_urls", Some(Audio)),
            ("audios", Some(Audio)),
            ("image_url", None),
            ("tags", None),
            ("s", None),
        ];
        for (name, kind) in cases {
            assert_eq!(kind_by_list_name(name), kind, "{name}");
        }
    }

    #[test]
    fn words_for_each_kind() {
        assert_eq!(MediaType::Image.noun(1, Lang::En), "image");
        assert_eq!(MediaType::Video.noun(4, Lang::En), "videos");
        assert_eq!(MediaType::Audio.noun(2, Lang::De), "Audiodateien");
        assert_eq!(MediaType::Image.noun(0, Lang::De), "Bilder");
        assert_eq!(MediaType::Audio.with_article(Lang::En), "an audio file");
        assert_eq!(MediaType::Audio.with_article(Lang::De), "eine Audiodatei");
        for kind in MediaType::ALL {
            assert!(kind.accept().starts_with(kind.mime_prefix()));
            assert_eq!(
                FormatSays::read(kind.format()),
                FormatSays::Media(kind, false)
            );
            for n in [1, 2] {
                assert_ne!(kind.noun(n, Lang::En), kind.noun(n, Lang::De), "{kind:?}");
            }
        }
        let many = MediaInput::Many {
            kind: MediaType::Video,
            min: Some(1),
            max: None,
        };
        assert_eq!(many.kind(), MediaType::Video);
        assert_eq!(MediaInput::One(MediaType::Audio).kind(), MediaType::Audio);
    }
}
