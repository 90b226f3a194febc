//! Why a video or audio file could not be read at all, said in the words of its kind.
//! (Images keep [`ImageSourceError`], which says what only an image field says and
//! leaves the rest to these sentences.)

use std::fmt;

use crate::i18n::Lang;
use crate::image_source::ImageSourceError;
use crate::media_format::FileKindProblem;
use crate::media_kind::MediaType;

/// Why a video or audio file could not be measured (as opposed to a
/// [`MediaProblem`](crate::media_limits::MediaProblem), a limit it breaks).
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
}

impl MediaSourceError {
    /// The same reason as an image URL's, for a field taking `kind` (the URL rules are
    /// the same for every kind: [`SourceUrl`](crate::image_source::SourceUrl)).
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
        }
    }
}

impl fmt::Display for MediaSourceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::german::assert_german;
    use crate::image_source::SourceUrl;
    use crate::media_format::{KindMismatch, MediaFormat};

    fn all(kind: MediaType) -> Vec<MediaSourceError> {
        vec![
            MediaSourceError::InvalidUrl { kind },
            MediaSourceError::NotHttps { kind },
            MediaSourceError::Unreachable { kind },
            MediaSourceError::HttpStatus { kind, status: 404 },
            MediaSourceError::File(FileKindProblem::Unrecognised { expected: kind }),
            MediaSourceError::Unreadable,
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
