//! What a file really is, whatever its kind, read from its first bytes: the image
//! formats of [`image_format`], and the common video and audio containers. And whether
//! that is the kind of file a field takes.

use std::fmt;

use crate::i18n::Lang;
use crate::media::image_format::{self, ImageFormat};
use crate::schema::media_kind::MediaType;

/// A file format of any kind.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MediaFormat {
    /// An image format.
    Image(ImageFormat),
    /// MP4 (ISO base media: `ftyp` with `isom`, `mp41`, `mp42`, `avc1`, …).
    Mp4,
    /// QuickTime MOV (`ftyp` brand `qt  `, or an old file opening with a `moov` or
    /// `mdat` atom).
    Mov,
    /// WebM (EBML with DocType `webm`).
    Webm,
    /// Matroska MKV (EBML with DocType `matroska`).
    Matroska,
    /// AVI (RIFF … `AVI `).
    Avi,
    /// Ogg with a Theora video stream.
    OggVideo,
    /// WAV (RIFF … `WAVE`).
    Wav,
    /// MP3 (an ID3 tag, or an MPEG layer III frame header).
    Mp3,
    /// Ogg audio (Vorbis, Opus, …).
    Ogg,
    /// FLAC (`fLaC`).
    Flac,
    /// M4A / AAC in MP4 (`ftyp` brand `M4A `, `M4B ` or `M4P `).
    M4a,
    /// Raw AAC (an ADTS frame header).
    Aac,
}

/// How far into an EBML or Ogg header a DocType or codec name is looked for.
const HEADER_WINDOW: usize = 64;

/// The format of a file from its leading bytes (a few hundred are enough); `None` when
/// unrecognised.
pub fn sniff_media(bytes: &[u8]) -> Option<MediaFormat> {
    if let Some(image) = image_format::sniff(bytes) {
        return Some(MediaFormat::Image(image));
    }
    let starts = |magic: &[u8]| bytes.starts_with(magic);
    let head = &bytes[..bytes.len().min(HEADER_WINDOW)];
    let has = |needle: &[u8]| head.windows(needle.len()).any(|w| w == needle);
    if bytes.get(4..8) == Some(b"ftyp") {
        return sniff_ftyp(bytes.get(8..12));
    }
    if matches!(bytes.get(4..8), Some(b"moov" | b"mdat" | b"wide" | b"pnot")) {
        return Some(MediaFormat::Mov);
    }
    if starts(b"\x1A\x45\xDF\xA3") {
        return Some(if has(b"matroska") {
            MediaFormat::Matroska
        } else {
            // `webm`, or a DocType past the window: WebM is what browsers make.
            MediaFormat::Webm
        });
    }
    if starts(b"RIFF") {
        return match bytes.get(8..12) {
            Some(b"WAVE") => Some(MediaFormat::Wav),
            Some(b"AVI ") => Some(MediaFormat::Avi),
            _ => None,
        };
    }
    if starts(b"OggS") {
        return Some(if has(b"\x80theora") {
            MediaFormat::OggVideo
        } else {
            MediaFormat::Ogg
        });
    }
    if starts(b"fLaC") {
        return Some(MediaFormat::Flac);
    }
    if starts(b"ID3") {
        return Some(MediaFormat::Mp3);
    }
    mpeg_audio_frame(bytes)
}

/// An ISO-BMFF major brand that is not an image (images were tried first).
fn sniff_ftyp(major: Option<&[u8]>) -> Option<MediaFormat> {
    let major = major?;
    Some(match major {
        b"qt  " => MediaFormat::Mov,
        b"M4A " | b"M4B " | b"M4P " => MediaFormat::M4a,
        // isom, iso2…iso9, mp41, mp42, avc1, M4V , dash, 3gp4, 3g2a, MSNV, …: a video.
        brand if brand.iter().all(|b| b.is_ascii_graphic() || *b == b' ') => MediaFormat::Mp4,
        _ => return None,
    })
}

/// An MPEG audio frame header: 11 sync bits, then layer III (MP3) or, with layer 0 in
/// MPEG-4 ADTS, AAC; a bad bitrate or sample rate index rules it out.
fn mpeg_audio_frame(bytes: &[u8]) -> Option<MediaFormat> {
    let (&first, &second) = (bytes.first()?, bytes.get(1)?);
    if first != 0xFF || second & 0xE0 != 0xE0 {
        return None;
    }
    let layer = (second >> 1) & 0b11;
    if second & 0xF6 == 0xF0 {
        // ADTS: layer bits 00, MPEG-4 or MPEG-2.
        return Some(MediaFormat::Aac);
    }
    let third = *bytes.get(2)?;
    let version = (second >> 3) & 0b11;
    let bitrate = third >> 4;
    let rate = (third >> 2) & 0b11;
    (layer == 0b01 && version != 0b01 && bitrate != 0xF && bitrate != 0 && rate != 0b11)
        .then_some(MediaFormat::Mp3)
}

impl MediaFormat {
    /// What kind of file it is.
    pub fn kind(&self) -> MediaType {
        match self {
            MediaFormat::Image(_) => MediaType::Image,
            MediaFormat::Mp4
            | MediaFormat::Mov
            | MediaFormat::Webm
            | MediaFormat::Matroska
            | MediaFormat::Avi
            | MediaFormat::OggVideo => MediaType::Video,
            MediaFormat::Wav
            | MediaFormat::Mp3
            | MediaFormat::Ogg
            | MediaFormat::Flac
            | MediaFormat::M4a
            | MediaFormat::Aac => MediaType::Audio,
        }
    }

    /// The MIME type, e.g. for a `data:` URI.
    pub fn mime(&self) -> &str {
        match self {
            MediaFormat::Image(image) => image.mime(),
            MediaFormat::Mp4 => "video/mp4",
            MediaFormat::Mov => "video/quicktime",
            MediaFormat::Webm => "video/webm",
            MediaFormat::Matroska => "video/x-matroska",
            MediaFormat::Avi => "video/x-msvideo",
            MediaFormat::OggVideo => "video/ogg",
            MediaFormat::Wav => "audio/wav",
            MediaFormat::Mp3 => "audio/mpeg",
            MediaFormat::Ogg => "audio/ogg",
            MediaFormat::Flac => "audio/flac",
            MediaFormat::M4a => "audio/mp4",
            MediaFormat::Aac => "audio/aac",
        }
    }

    /// A short name for messages: "MP4", "WAV", "PNG", ….
    pub fn name(&self) -> &str {
        match self {
            MediaFormat::Image(image) => image.name(),
            MediaFormat::Mp4 => "MP4",
            MediaFormat::Mov => "MOV",
            MediaFormat::Webm => "WebM",
            MediaFormat::Matroska => "MKV",
            MediaFormat::Avi => "AVI",
            MediaFormat::OggVideo => "OGV",
            MediaFormat::Wav => "WAV",
            MediaFormat::Mp3 => "MP3",
            MediaFormat::Ogg => "OGG",
            MediaFormat::Flac => "FLAC",
            MediaFormat::M4a => "M4A",
            MediaFormat::Aac => "AAC",
        }
    }

    /// The usual file extension, without the dot.
    pub fn extension(&self) -> &str {
        match self {
            MediaFormat::Image(ImageFormat::Jpeg) => "jpg",
            MediaFormat::Image(ImageFormat::Svg) => "svg",
            MediaFormat::Image(ImageFormat::Other(_)) => "img",
            MediaFormat::Image(image) => image.mime().strip_prefix("image/").unwrap_or("img"),
            MediaFormat::Mp4 => "mp4",
            MediaFormat::Mov => "mov",
            MediaFormat::Webm => "webm",
            MediaFormat::Matroska => "mkv",
            MediaFormat::Avi => "avi",
            MediaFormat::OggVideo => "ogv",
            MediaFormat::Wav => "wav",
            MediaFormat::Mp3 => "mp3",
            MediaFormat::Ogg => "ogg",
            MediaFormat::Flac => "flac",
            MediaFormat::M4a => "m4a",
            MediaFormat::Aac => "aac",
        }
    }

    /// The format as the object of a sentence, in `lang`: "an MP4 video", "a WAV audio file".
    fn described(&self, lang: Lang) -> String {
        let name = self.name();
        // Letters read one by one start with a vowel sound: "an MP4", "an SVG".
        let vowel_sound = match self {
            MediaFormat::Mp4
            | MediaFormat::Matroska
            | MediaFormat::Avi
            | MediaFormat::OggVideo
            | MediaFormat::Mp3
            | MediaFormat::Ogg
            | MediaFormat::M4a
            | MediaFormat::Aac => true,
            MediaFormat::Image(ImageFormat::Svg | ImageFormat::Avif) => true,
            MediaFormat::Image(ImageFormat::Other(_)) => {
                name.starts_with(['a', 'e', 'i', 'o', 'u', 'A', 'E', 'I', 'O', 'U'])
            }
            _ => false,
        };
        let t = lang.texts();
        let kind = self.kind().id();
        if vowel_sound {
            t.described_format_vowel(kind, name)
        } else {
            t.described_format(kind, name)
        }
    }
}

/// A file of another kind than the field takes: a WAV where a video belongs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KindMismatch {
    /// What the file is.
    pub found: MediaFormat,
    /// What the field takes.
    pub expected: MediaType,
}

/// Whether a file in `found` format suits a field that takes `expected` files.
pub fn check_kind(found: &MediaFormat, expected: MediaType) -> Result<(), KindMismatch> {
    if found.kind() == expected {
        Ok(())
    } else {
        Err(KindMismatch {
            found: found.clone(),
            expected,
        })
    }
}

impl KindMismatch {
    /// The sentence to show under the field, in English.
    pub fn message(&self) -> String {
        self.message_in(Lang::En)
    }

    /// The sentence to show under the field, in `lang`: "This file is a WAV audio file,
    /// but this field takes a video."
    pub fn message_in(&self, lang: Lang) -> String {
        lang.texts().kind_mismatch(
            &self.found.described(lang),
            &self.expected.with_article(lang),
        )
    }
}

/// Why a file's bytes do not suit a media field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileKindProblem {
    /// No format this app knows.
    Unrecognised {
        /// What the field takes.
        expected: MediaType,
    },
    /// A known format of another kind.
    WrongKind(KindMismatch),
}

/// What a file is, from its first bytes, if it suits a field taking `expected` files.
pub fn identify(bytes: &[u8], expected: MediaType) -> Result<MediaFormat, FileKindProblem> {
    let found = sniff_media(bytes).ok_or(FileKindProblem::Unrecognised { expected })?;
    check_kind(&found, expected).map_err(FileKindProblem::WrongKind)?;
    Ok(found)
}

impl FileKindProblem {
    /// The sentence to show under the field, in English.
    pub fn message(&self) -> String {
        self.message_in(Lang::En)
    }

    /// The sentence to show under the field, in `lang`, naming the formats this app
    /// recognises for the field's kind.
    pub fn message_in(&self, lang: Lang) -> String {
        match (self, lang) {
            (FileKindProblem::WrongKind(mismatch), _) => mismatch.message_in(lang),
            (FileKindProblem::Unrecognised { expected }, _) => {
                lang.texts().unrecognised_file(expected.id())
            }
        }
    }
}

impl fmt::Display for FileKindProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl fmt::Display for KindMismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::german::assert_german;

    fn ftyp(major: &[u8; 4]) -> Vec<u8> {
        let mut out = 24u32.to_be_bytes().to_vec();
        out.extend_from_slice(b"ftyp");
        out.extend_from_slice(major);
        out.extend_from_slice(&[0, 0, 2, 0]);
        out.extend_from_slice(b"isomiso2");
        out.extend_from_slice(b"\0\0\0\x08free");
        out
    }

    fn ebml(doc_type: &[u8]) -> Vec<u8> {
        let mut out = b"\x1A\x45\xDF\xA3\x9F\x42\x86\x81\x01\x42\xF7\x81\x01\x42\xF2\x81\x04\
                        \x42\xF3\x81\x08\x42\x82\x84"
            .to_vec();
        out.extend_from_slice(doc_type);
        out.extend_from_slice(b"\x42\x87\x81\x04\x42\x85\x81\x02");
        out
    }

    fn riff(form: &[u8; 4]) -> Vec<u8> {
        let mut out = b"RIFF\x24\x08\0\0".to_vec();
        out.extend_from_slice(form);
        out.extend_from_slice(b"fmt \x10\0\0\0");
        out
    }

    #[test]
    fn sniffs_video_containers() {
        for brand in [
            b"isom", b"mp42", b"mp41", b"avc1", b"M4V ", b"3gp4", b"dash",
        ] {
            assert_eq!(
                sniff_media(&ftyp(brand)),
                Some(MediaFormat::Mp4),
                "{brand:?}"
            );
        }
        assert_eq!(sniff_media(&ftyp(b"qt  ")), Some(MediaFormat::Mov));
        assert_eq!(
            sniff_media(b"\0\0\0\x08wide\0\0\0\0mdat"),
            Some(MediaFormat::Mov)
        );
        assert_eq!(sniff_media(b"\0\x01\x02\x03moov"), Some(MediaFormat::Mov));
        assert_eq!(sniff_media(&ebml(b"webm")), Some(MediaFormat::Webm));
        assert_eq!(sniff_media(&ebml(b"matroska")), Some(MediaFormat::Matroska));
        assert_eq!(sniff_media(&riff(b"AVI ")), Some(MediaFormat::Avi));
        let mut ogv =
            b"OggS\0\x02\0\0\0\0\0\0\0\0\x01\x02\x03\x04\0\0\0\0\0\0\0\0\x01\x2A".to_vec();
        ogv.extend_from_slice(b"\x80theora\x03\x02\x01");
        assert_eq!(sniff_media(&ogv), Some(MediaFormat::OggVideo));
    }

    #[test]
    fn sniffs_audio_formats() {
        assert_eq!(sniff_media(&riff(b"WAVE")), Some(MediaFormat::Wav));
        assert_eq!(
            sniff_media(b"ID3\x04\0\0\0\0\0\x23TSSE"),
            Some(MediaFormat::Mp3)
        );
        // MPEG-1 layer III, 128 kbit/s, 44.1 kHz.
        assert_eq!(sniff_media(b"\xFF\xFB\x90\x64\0\0"), Some(MediaFormat::Mp3));
        // MPEG-2 layer III, no CRC.
        assert_eq!(sniff_media(b"\xFF\xF3\x40\xC4"), Some(MediaFormat::Mp3));
        assert_eq!(
            sniff_media(b"\xFF\xF1\x50\x80\x02\x1F\xFC"),
            Some(MediaFormat::Aac)
        );
        assert_eq!(sniff_media(b"\xFF\xF9\x50\x80"), Some(MediaFormat::Aac));
        assert_eq!(
            sniff_media(
                b"OggS\0\x02\0\0\0\0\0\0\0\0\x01\x02\x03\x04\0\0\0\0\0\0\0\0\x01\x13OpusHead"
            ),
            Some(MediaFormat::Ogg)
        );
        assert_eq!(sniff_media(b"fLaC\0\0\0\x22"), Some(MediaFormat::Flac));
        assert_eq!(sniff_media(&ftyp(b"M4A ")), Some(MediaFormat::M4a));
        assert_eq!(sniff_media(&ftyp(b"M4B ")), Some(MediaFormat::M4a));
    }

    #[test]
    fn images_are_sniffed_as_before() {
        assert_eq!(
            sniff_media(b"\xFF\xD8\xFF\xE0rest"),
            Some(MediaFormat::Image(ImageFormat::Jpeg))
        );
        assert_eq!(
            sniff_media(b"RIFF\x24\0\0\0WEBPVP8 "),
            Some(MediaFormat::Image(ImageFormat::Webp))
        );
        let mut avif = ftyp(b"avif");
        avif[16..20].copy_from_slice(b"mif1");
        assert_eq!(
            sniff_media(&avif),
            Some(MediaFormat::Image(ImageFormat::Avif))
        );
    }

    #[test]
    fn near_misses_are_not_recognised() {
        let cases: &[&[u8]] = &[
            b"",
            b"\xFF",
            b"\xFF\xFB",
            // Frame sync with layer I, a bad bitrate, a free bitrate, a reserved version.
            b"\xFF\xFF\x90\x64",
            b"\xFF\xFB\xF0\x64",
            b"\xFF\xFB\x0C\x64",
            b"\xFF\xEB\x90\x64",
            b"RIFF\x24\0\0\0AIFF",
            b"RIFF",
            b"Ogg",
            b"fLa",
            b"ID",
            b"\0\0\0\x18ftyp",
            b"\0\0\0\x18ftyp\x01\x02\x03\x04",
            b"\x1A\x45\xDF",
            b"hello world",
        ];
        for bytes in cases {
            assert_eq!(sniff_media(bytes), None, "{bytes:?}");
        }
    }

    #[test]
    fn kinds_mimes_names_and_extensions() {
        use MediaFormat::*;
        let table = [
            (Mp4, MediaType::Video, "video/mp4", "MP4", "mp4"),
            (Mov, MediaType::Video, "video/quicktime", "MOV", "mov"),
            (Webm, MediaType::Video, "video/webm", "WebM", "webm"),
            (Matroska, MediaType::Video, "video/x-matroska", "MKV", "mkv"),
            (Avi, MediaType::Video, "video/x-msvideo", "AVI", "avi"),
            (OggVideo, MediaType::Video, "video/ogg", "OGV", "ogv"),
            (Wav, MediaType::Audio, "audio/wav", "WAV", "wav"),
            (Mp3, MediaType::Audio, "audio/mpeg", "MP3", "mp3"),
            (Ogg, MediaType::Audio, "audio/ogg", "OGG", "ogg"),
            (Flac, MediaType::Audio, "audio/flac", "FLAC", "flac"),
            (M4a, MediaType::Audio, "audio/mp4", "M4A", "m4a"),
            (Aac, MediaType::Audio, "audio/aac", "AAC", "aac"),
            (
                Image(ImageFormat::Png),
                MediaType::Image,
                "image/png",
                "PNG",
                "png",
            ),
            (
                Image(ImageFormat::Jpeg),
                MediaType::Image,
                "image/jpeg",
                "JPEG",
                "jpg",
            ),
            (
                Image(ImageFormat::Svg),
                MediaType::Image,
                "image/svg+xml",
                "SVG",
                "svg",
            ),
        ];
        for (format, kind, mime, name, ext) in table {
            assert_eq!(
                (
                    format.kind(),
                    format.mime(),
                    format.name(),
                    format.extension()
                ),
                (kind, mime, name, ext),
                "{format:?}"
            );
            assert!(format.mime().starts_with(kind.mime_prefix()));
        }
    }

    #[test]
    fn the_kind_must_match_the_field() {
        assert_eq!(check_kind(&MediaFormat::Mp4, MediaType::Video), Ok(()));
        assert_eq!(check_kind(&MediaFormat::Flac, MediaType::Audio), Ok(()));
        assert_eq!(
            check_kind(&MediaFormat::Image(ImageFormat::Gif), MediaType::Image),
            Ok(()),
            "whether the model takes GIF is the image rules' question"
        );
        let wav = check_kind(&MediaFormat::Wav, MediaType::Video).unwrap_err();
        assert_eq!(
            wav.message(),
            "This file is a WAV audio file, but this field takes a video."
        );
        assert_eq!(wav.to_string(), wav.message());
        assert_eq!(
            wav.message_in(Lang::De),
            "Diese Datei ist eine WAV-Audiodatei, aber dieses Feld erwartet ein Video."
        );
        let mp4 = check_kind(&MediaFormat::Mp4, MediaType::Image).unwrap_err();
        assert_eq!(
            mp4.message(),
            "This file is an MP4 video, but this field takes an image."
        );
        let png = check_kind(&MediaFormat::Image(ImageFormat::Png), MediaType::Audio).unwrap_err();
        assert_eq!(
            png.message(),
            "This file is a PNG image, but this field takes an audio file."
        );
        assert_eq!(
            png.message_in(Lang::De),
            "Diese Datei ist ein PNG-Bild, aber dieses Feld erwartet eine Audiodatei."
        );
        let icon = KindMismatch {
            found: MediaFormat::Image(ImageFormat::Other("image/x-icon".into())),
            expected: MediaType::Video,
        };
        assert_eq!(
            icon.message(),
            "This file is an icon image, but this field takes a video."
        );
        for m in [wav, mp4, png, icon] {
            assert_german(&m.message_in(Lang::De), &m.message());
        }
    }

    #[test]
    fn identify_says_what_a_file_is_or_why_it_does_not_fit() {
        assert_eq!(
            identify(&riff(b"WAVE"), MediaType::Audio),
            Ok(MediaFormat::Wav)
        );
        assert_eq!(
            identify(&riff(b"WAVE"), MediaType::Video),
            Err(FileKindProblem::WrongKind(KindMismatch {
                found: MediaFormat::Wav,
                expected: MediaType::Video
            }))
        );
        let unknown: Vec<FileKindProblem> = MediaType::ALL
            .iter()
            .filter_map(|kind| identify(b"hello world", *kind).err())
            .collect();
        assert_eq!(unknown.len(), 3);
        assert_eq!(
            unknown[1].message(),
            "This file is not a video this app recognises (MP4, MOV, WebM, MKV, AVI or OGV)."
        );
        assert_eq!(
            unknown[2].message_in(Lang::De),
            "Diese Datei ist keine Audiodatei, die die App erkennt (WAV, MP3, OGG, FLAC, M4A \
             oder AAC)."
        );
        let wrong = identify(&ftyp(b"qt  "), MediaType::Audio).err();
        assert_eq!(
            wrong.as_ref().map(FileKindProblem::to_string).as_deref(),
            Some("This file is a MOV video, but this field takes an audio file.")
        );
        for p in unknown.iter().chain(&wrong) {
            assert_german(&p.message_in(Lang::De), &p.message());
        }
    }
}
