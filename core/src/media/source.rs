//! Where an input file comes from, and why it could not be read at all: an image's reasons
//! ([`ImageSourceError`], which says what only an image field says and leaves the rest to
//! the sentences of every kind), then a video's or audio file's, said in the words of its
//! kind ([`MediaSourceError`]).

use std::fmt;

use crate::i18n::Lang;
use crate::media::format::FileKindProblem;
use crate::schema::media_kind::MediaType;

/// Why an image could not be measured at all (as opposed to an
/// [`ImageProblem`](crate::media::image_rules::ImageProblem), which is a measured limit broken).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImageSourceError {
    /// The URL field is empty.
    Empty,
    /// Not a URL at all.
    InvalidUrl,
    /// `http:` (or another scheme): RunComfy fetches only public HTTPS URLs.
    NotHttps,
    /// The host did not answer, or not in time.
    Unreachable,
    /// The host answered with an error status.
    HttpStatus(u16),
    /// The bytes are not an image the browser can decode.
    NotAnImage,
    /// A known image format the model does not accept (its name).
    Unsupported(String),
    /// The browser could not read the file.
    Unreadable,
    /// A local file kept before is no longer on this device.
    LocalFileGone,
    /// The file on the web is larger than `cap` bytes (the model's limit, or the app's):
    /// reading stopped there, so nothing of it is held.
    TooLarge {
        /// The most that was read, in bytes.
        cap: u64,
    },
}

impl ImageSourceError {
    /// The sentence shown under the image field, in English.
    pub fn message(&self) -> String {
        self.message_in(Lang::En)
    }

    /// The sentence shown under the image field, in `lang`. An address that does not
    /// serve a file is said as for every kind of file, naming the image.
    pub fn message_in(&self, lang: Lang) -> String {
        let kind = MediaType::Image;
        let as_any_file = match self {
            Self::InvalidUrl => MediaSourceError::InvalidUrl { kind },
            Self::NotHttps => MediaSourceError::NotHttps { kind },
            Self::Unreachable => MediaSourceError::Unreachable { kind },
            Self::HttpStatus(status) => MediaSourceError::HttpStatus {
                kind,
                status: *status,
            },
            Self::Unreadable => MediaSourceError::Unreadable,
            Self::LocalFileGone => MediaSourceError::LocalFileGone { kind },
            Self::Empty | Self::NotAnImage | Self::Unsupported(_) | Self::TooLarge { .. } => {
                return self.image_only(lang)
            }
        };
        as_any_file.message_in(lang)
    }

    /// The sentences only an image field says.
    fn image_only(&self, lang: Lang) -> String {
        let t = lang.texts();
        match self {
            Self::Empty => t.image_empty(),
            Self::NotAnImage => t.image_not_an_image(),
            Self::Unsupported(name) => t.image_unsupported_format(name),
            Self::TooLarge { cap } => t.image_too_large_to_read(&lang.file_size(*cap)),
            // Said as for every kind of file (see `message_in`).
            _ => String::new(),
        }
    }
}

impl fmt::Display for ImageSourceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

/// A URL accepted as an image source: `https://…`, or `http://` on this machine for local
/// testing (with a note, since RunComfy cannot reach it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceUrl {
    url: String,
    local: bool,
}

impl SourceUrl {
    /// Checks what the user typed or pasted.
    pub fn parse(input: &str) -> Result<SourceUrl, ImageSourceError> {
        let url = input.trim();
        if url.is_empty() {
            return Err(ImageSourceError::Empty);
        }
        let Some((scheme, rest)) = url.split_once("://") else {
            return Err(if url.contains(':') && !url.contains(' ') {
                ImageSourceError::NotHttps
            } else {
                ImageSourceError::InvalidUrl
            });
        };
        let host = host_of(rest);
        if host.is_empty() || url.chars().any(char::is_whitespace) {
            return Err(ImageSourceError::InvalidUrl);
        }
        match scheme.to_ascii_lowercase().as_str() {
            "https" => Ok(SourceUrl {
                url: url.to_owned(),
                local: false,
            }),
            "http" if is_loopback(host) => Ok(SourceUrl {
                url: url.to_owned(),
                local: true,
            }),
            _ => Err(ImageSourceError::NotHttps),
        }
    }

    /// The URL as given (trimmed).
    pub fn as_str(&self) -> &str {
        &self.url
    }

    /// A note to show with the image, if any.
    pub fn note(&self) -> Option<ImageNote> {
        self.local.then_some(ImageNote::LocalHttp)
    }
}

/// Something worth knowing about an input file (an image, a video, an audio file) that is
/// no error: it may still be sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImageNote {
    /// `http://` on this machine: fine for testing, out of RunComfy's reach.
    LocalHttp,
    /// The host hides the bytes from the page (CORS), so size and format are unknown.
    BytesHidden,
    /// The browser cannot play a video or audio file, so its length (and picture size)
    /// are unknown.
    Unplayable,
}

impl ImageNote {
    /// The note, in English.
    pub fn message(self) -> String {
        self.message_in(Lang::En)
    }

    /// The note, in `lang`.
    pub fn message_in(self, lang: Lang) -> String {
        let t = lang.texts();
        match self {
            ImageNote::LocalHttp => t.note_local_http(),
            ImageNote::BytesHidden => t.note_bytes_hidden(),
            ImageNote::Unplayable => t.note_unplayable(),
        }
    }
}

/// The host part of `host[:port]/path?query` (IPv6 literals keep their brackets); "" for
/// a `[` that is never closed (`https://[2001:db8`), which names no host.
fn host_of(rest: &str) -> &str {
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let authority = authority.rsplit('@').next().unwrap_or("");
    if authority.starts_with('[') {
        // Up to and with the `]`: an unclosed bracket is no host (slicing one past the
        // text's end here once trapped the page on every reload, the URL being saved).
        return authority.find(']').map_or("", |end| &authority[..=end]);
    }
    authority.split(':').next().unwrap_or("")
}

fn is_loopback(host: &str) -> bool {
    host.eq_ignore_ascii_case("localhost") || host.starts_with("127.") || host == "[::1]"
}

/// Why a video or audio file could not be measured (as opposed to a
/// [`MediaProblem`](crate::media::limits::MediaProblem), a limit it breaks).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MediaSourceError {
    /// Not a URL at all.
    InvalidUrl {
        /// What the field takes.
        kind: MediaType,
    },
    /// `http:` (or another scheme): RunComfy fetches only public HTTPS URLs.
    NotHttps {
        /// What the field takes.
        kind: MediaType,
    },
    /// The host did not answer, or not in time, or the browser could not load the file.
    Unreachable {
        /// What the field takes.
        kind: MediaType,
    },
    /// The host answered with an error status.
    HttpStatus {
        /// What the field takes.
        kind: MediaType,
        /// The HTTP status.
        status: u16,
    },
    /// The bytes are no file of the field's kind.
    File(FileKindProblem),
    /// The browser could not read the file.
    Unreadable,
    /// A local file kept before is no longer on this device.
    LocalFileGone {
        /// What the field takes.
        kind: MediaType,
    },
}

impl MediaSourceError {
    /// The same reason as an image URL's, for a field taking `kind` (the URL rules are
    /// the same for every kind: [`SourceUrl`]).
    pub fn from_url_error(error: ImageSourceError, kind: MediaType) -> MediaSourceError {
        match error {
            ImageSourceError::Empty | ImageSourceError::InvalidUrl => {
                MediaSourceError::InvalidUrl { kind }
            }
            ImageSourceError::NotHttps => MediaSourceError::NotHttps { kind },
            ImageSourceError::HttpStatus(status) => MediaSourceError::HttpStatus { kind, status },
            ImageSourceError::Unreachable
            | ImageSourceError::NotAnImage
            | ImageSourceError::Unsupported(_)
            | ImageSourceError::TooLarge { .. } => MediaSourceError::Unreachable { kind },
            ImageSourceError::Unreadable => MediaSourceError::Unreadable,
            ImageSourceError::LocalFileGone => MediaSourceError::LocalFileGone { kind },
        }
    }

    /// The sentence shown under the field, in English.
    pub fn message(&self) -> String {
        self.message_in(Lang::En)
    }

    /// The sentence shown under the field, in `lang`.
    pub fn message_in(&self, lang: Lang) -> String {
        let t = lang.texts();
        match self {
            MediaSourceError::File(problem) => problem.message_in(lang),
            MediaSourceError::InvalidUrl { kind } => t.media_invalid_url(kind.id()),
            MediaSourceError::NotHttps { kind } => t.media_not_https(kind.id()),
            MediaSourceError::Unreachable { kind } => t.media_unreachable(kind.id()),
            MediaSourceError::HttpStatus { kind, status } => {
                t.media_http_status(kind.id(), &status.to_string())
            }
            MediaSourceError::Unreadable => t.media_unreadable(),
            MediaSourceError::LocalFileGone { kind } => t.media_local_file_gone(kind.id()),
        }
    }
}

impl fmt::Display for MediaSourceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

#[cfg(test)]
mod image_tests {
    use super::*;
    use crate::i18n::german::assert_german;

    #[test]
    fn https_urls_are_accepted_as_given() {
        let url = SourceUrl::parse("  https://example.com/a.jpg?x=1 ").unwrap();
        assert_eq!(url.as_str(), "https://example.com/a.jpg?x=1");
        assert_eq!(url.note(), None);
        assert!(SourceUrl::parse("HTTPS://EXAMPLE.COM/A.PNG").is_ok());
    }

    #[test]
    fn plain_http_is_refused_except_on_this_machine() {
        assert_eq!(
            SourceUrl::parse("http://example.com/a.jpg"),
            Err(ImageSourceError::NotHttps)
        );
        assert_eq!(
            SourceUrl::parse("ftp://example.com/a.jpg"),
            Err(ImageSourceError::NotHttps)
        );
        assert_eq!(
            SourceUrl::parse("data:image/png;base64,AAAA"),
            Err(ImageSourceError::NotHttps)
        );
        for local in [
            "http://127.0.0.1:8787/images/a.png",
            "http://localhost/a.png",
            "http://[::1]:80/a.png",
        ] {
            let url = SourceUrl::parse(local).unwrap();
            assert!(url
                .note()
                .unwrap()
                .message()
                .contains("RunComfy cannot fetch"));
        }
    }

    #[test]
    fn garbage_is_not_a_url() {
        assert_eq!(SourceUrl::parse(""), Err(ImageSourceError::Empty));
        assert_eq!(SourceUrl::parse("   "), Err(ImageSourceError::Empty));
        assert_eq!(
            SourceUrl::parse("my picture.jpg"),
            Err(ImageSourceError::InvalidUrl)
        );
        assert_eq!(
            SourceUrl::parse("https://"),
            Err(ImageSourceError::InvalidUrl)
        );
        assert_eq!(
            SourceUrl::parse("https://exa mple.com/a.jpg"),
            Err(ImageSourceError::InvalidUrl)
        );
    }

    #[test]
    fn an_unclosed_ipv6_bracket_is_no_host() {
        for typed in [
            "https://[2001:db8",
            "http://[",
            "https://[::1",
            "http://[::1:80/a.png",
        ] {
            assert_eq!(
                SourceUrl::parse(typed),
                Err(ImageSourceError::InvalidUrl),
                "{typed}"
            );
        }
        assert!(SourceUrl::parse("https://[2001:db8::1]/a.png").is_ok());
        assert_eq!(host_of("[::1]:8080/x"), "[::1]");
        assert_eq!(host_of("user@[é"), "");
    }

    #[test]
    fn every_error_has_its_own_message() {
        let all = all();
        let messages: std::collections::BTreeSet<String> =
            all.iter().map(ImageSourceError::message).collect();
        assert_eq!(messages.len(), all.len());
        assert!(ImageSourceError::HttpStatus(404).message().contains("404"));
        assert!(ImageSourceError::Unsupported("GIF".into())
            .message()
            .starts_with("GIF images are not supported"));
    }

    fn all() -> [ImageSourceError; 9] {
        [
            ImageSourceError::Empty,
            ImageSourceError::InvalidUrl,
            ImageSourceError::NotHttps,
            ImageSourceError::Unreachable,
            ImageSourceError::HttpStatus(404),
            ImageSourceError::NotAnImage,
            ImageSourceError::Unsupported("GIF".into()),
            ImageSourceError::Unreadable,
            ImageSourceError::LocalFileGone,
        ]
    }

    #[test]
    fn an_image_address_is_said_as_before() {
        let said = [
            (
                ImageSourceError::InvalidUrl,
                "This is not a valid web address. It should look like \
                 https://example.com/picture.jpg.",
            ),
            (
                ImageSourceError::NotHttps,
                "The image URL must start with https:// — RunComfy only fetches public HTTPS \
                 addresses.",
            ),
            (
                ImageSourceError::Unreachable,
                "The image could not be loaded from this URL: the host is unreachable, too \
                 slow, or the address is wrong.",
            ),
            (
                ImageSourceError::HttpStatus(410),
                "The image URL answered with HTTP 410, so there is no image to use. Check that \
                 the address is public and still valid.",
            ),
            (
                ImageSourceError::Unreadable,
                "The browser could not read this file.",
            ),
        ];
        for (error, text) in said {
            assert_eq!(error.message(), text);
        }
        assert_eq!(
            ImageSourceError::InvalidUrl.message_in(Lang::De),
            "Das ist keine gültige Webadresse. Sie sollte etwa so aussehen: \
             https://example.com/bild.jpg."
        );
        assert_eq!(
            ImageSourceError::NotHttps.message_in(Lang::De),
            "Die Bild-URL muss mit https:// beginnen — RunComfy lädt nur öffentliche \
             HTTPS-Adressen."
        );
    }

    #[test]
    fn english_is_the_default_message() {
        for e in all() {
            assert_eq!(e.message(), e.message_in(Lang::En));
            assert_eq!(e.to_string(), e.message_in(Lang::En));
        }
        let local = SourceUrl::parse("http://localhost/a.png").unwrap();
        assert_eq!(local.note(), Some(ImageNote::LocalHttp));
    }

    #[test]
    fn every_message_in_german() {
        let all = all();
        let messages: std::collections::BTreeSet<String> =
            all.iter().map(|e| e.message_in(Lang::De)).collect();
        assert_eq!(messages.len(), all.len());
        for e in &all {
            assert_german(&e.message_in(Lang::De), &e.message());
        }
        assert_eq!(
            ImageSourceError::Empty.message_in(Lang::De),
            "Geben Sie eine Bild-URL ein oder wählen Sie eine Datei."
        );
        assert_eq!(
            ImageSourceError::HttpStatus(404).message_in(Lang::De),
            "Die Bild-URL hat mit HTTP 404 geantwortet, es gibt also kein Bild. Prüfen Sie, ob \
             die Adresse öffentlich und noch gültig ist."
        );
        assert_eq!(
            ImageSourceError::Unsupported("GIF".into()).message_in(Lang::De),
            "GIF-Bilder werden nicht unterstützt. Verwenden Sie JPEG, PNG (ohne Alphakanal), BMP \
             oder WEBP."
        );
        let local = SourceUrl::parse("http://127.0.0.1/a.png").unwrap();
        let note = local.note().unwrap();
        assert_german(&note.message_in(Lang::De), &note.message());
        assert_eq!(
            note.message_in(Lang::De),
            "Eine lokale http-Adresse eignet sich nur zum Testen: RunComfy kann sie nicht abrufen."
        );
        for note in [ImageNote::BytesHidden, ImageNote::Unplayable] {
            assert_german(&note.message_in(Lang::De), &note.message());
        }
        assert_eq!(
            SourceUrl::parse("https://example.com/a.png")
                .unwrap()
                .note(),
            None
        );
    }
}

#[cfg(test)]
mod media_tests {
    use super::*;
    use crate::i18n::german::assert_german;
    use crate::media::format::{KindMismatch, MediaFormat};

    fn all(kind: MediaType) -> Vec<MediaSourceError> {
        vec![
            MediaSourceError::InvalidUrl { kind },
            MediaSourceError::NotHttps { kind },
            MediaSourceError::Unreachable { kind },
            MediaSourceError::HttpStatus { kind, status: 404 },
            MediaSourceError::File(FileKindProblem::Unrecognised { expected: kind }),
            MediaSourceError::Unreadable,
            MediaSourceError::LocalFileGone { kind },
        ]
    }

    #[test]
    fn url_problems_name_the_kind() {
        let error = |input: &str, kind| {
            SourceUrl::parse(input)
                .map(|_| ())
                .map_err(|e| MediaSourceError::from_url_error(e, kind))
        };
        assert_eq!(
            error("http://example.com/a.mp4", MediaType::Video),
            Err(MediaSourceError::NotHttps {
                kind: MediaType::Video
            })
        );
        assert_eq!(
            error("my clip.mp4", MediaType::Audio),
            Err(MediaSourceError::InvalidUrl {
                kind: MediaType::Audio
            })
        );
        assert_eq!(error("https://e.com/a.wav", MediaType::Audio), Ok(()));
        assert_eq!(
            MediaSourceError::NotHttps {
                kind: MediaType::Video
            }
            .message(),
            "The video URL must start with https:// — RunComfy only fetches public HTTPS \
             addresses."
        );
        assert_eq!(
            MediaSourceError::HttpStatus {
                kind: MediaType::Audio,
                status: 404
            }
            .message(),
            "The audio URL answered with HTTP 404, so there is no audio file to use. Check \
             that the address is public and still valid."
        );
        assert_eq!(
            MediaSourceError::Unreachable {
                kind: MediaType::Video
            }
            .message(),
            "The video could not be loaded from this URL: the host is unreachable, too slow, \
             or the address is wrong."
        );
        assert_eq!(
            MediaSourceError::from_url_error(ImageSourceError::HttpStatus(500), MediaType::Video),
            MediaSourceError::HttpStatus {
                kind: MediaType::Video,
                status: 500
            }
        );
    }

    #[test]
    fn a_file_of_another_kind_says_what_it_is() {
        let wav = MediaSourceError::File(FileKindProblem::WrongKind(KindMismatch {
            found: MediaFormat::Wav,
            expected: MediaType::Video,
        }));
        assert_eq!(
            wav.to_string(),
            "This file is a WAV audio file, but this field takes a video."
        );
    }

    #[test]
    fn every_message_differs_and_reads_as_german() {
        for kind in [MediaType::Video, MediaType::Audio] {
            let all = all(kind);
            let english: std::collections::BTreeSet<String> =
                all.iter().map(MediaSourceError::message).collect();
            assert_eq!(english.len(), all.len(), "{kind:?}");
            for e in &all {
                assert_eq!(e.message(), e.message_in(Lang::En));
                assert_german(&e.message_in(Lang::De), &e.message());
            }
        }
        assert_eq!(
            MediaSourceError::Unreachable {
                kind: MediaType::Audio
            }
            .message_in(Lang::De),
            "Die Audiodatei konnte von dieser URL nicht geladen werden: Der Server ist nicht \
             erreichbar oder zu langsam, oder die Adresse ist falsch."
        );
        assert_eq!(
            MediaSourceError::HttpStatus {
                kind: MediaType::Video,
                status: 403
            }
            .message_in(Lang::De),
            "Die Video-URL hat mit HTTP 403 geantwortet, es gibt also kein Video. Prüfen Sie, \
             ob die Adresse öffentlich und noch gültig ist."
        );
    }
}
