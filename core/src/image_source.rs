//! Where an input image comes from, and why it could not be read.

use std::fmt;

use crate::i18n::Lang;

/// Why an image could not be measured at all (as opposed to an
/// [`ImageProblem`](crate::image_rules::ImageProblem), which is a measured limit broken).
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
}

impl ImageSourceError {
    /// The sentence shown under the image field, in English.
    pub fn message(&self) -> String {
        self.message_in(Lang::En)
    }

    /// The sentence shown under the image field, in `lang`.
    pub fn message_in(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.english(),
            Lang::De => self.german(),
        }
    }

    fn english(&self) -> String {
        match self {
            Self::Empty => "Enter an image URL or choose a file.".to_owned(),
            Self::InvalidUrl => "This is not a valid web address. It should look like \
                                 https://example.com/picture.jpg."
                .to_owned(),
            Self::NotHttps => "The image URL must start with https:// — RunComfy only \
                               fetches public HTTPS addresses."
                .to_owned(),
            Self::Unreachable => "The image could not be loaded from this URL: the host \
                                  is unreachable, too slow, or the address is wrong."
                .to_owned(),
            Self::HttpStatus(status) => format!(
                "The image URL answered with HTTP {status}, so there is no image to use. \
                 Check that the address is public and still valid."
            ),
            Self::NotAnImage => "This is not an image (or the browser cannot decode it). \
                                 Use a JPEG, PNG, BMP or WEBP file."
                .to_owned(),
            Self::Unsupported(name) => {
                format!("{name} images are not supported. Use JPEG, PNG (no alpha), BMP or WEBP.")
            }
            Self::Unreadable => "The browser could not read this file.".to_owned(),
        }
    }

    fn german(&self) -> String {
        match self {
            Self::Empty => "Geben Sie eine Bild-URL ein oder wählen Sie eine Datei.".to_owned(),
            Self::InvalidUrl => "Das ist keine gültige Webadresse. Sie sollte etwa so \
                                 aussehen: https://example.com/bild.jpg."
                .to_owned(),
            Self::NotHttps => "Die Bild-URL muss mit https:// beginnen — RunComfy lädt nur \
                               öffentliche HTTPS-Adressen."
                .to_owned(),
            Self::Unreachable => "Das Bild konnte von dieser URL nicht geladen werden: Der \
                                  Server ist nicht erreichbar oder zu langsam, oder die \
                                  Adresse ist falsch."
                .to_owned(),
            Self::HttpStatus(status) => format!(
                "Die Bild-URL hat mit HTTP {status} geantwortet, es gibt also kein Bild. \
                 Prüfen Sie, ob die Adresse öffentlich und noch gültig ist."
            ),
            Self::NotAnImage => "Das ist kein Bild (oder der Browser kann es nicht \
                                 dekodieren). Verwenden Sie eine JPEG-, PNG-, BMP- oder \
                                 WEBP-Datei."
                .to_owned(),
            Self::Unsupported(name) => format!(
                "{name}-Bilder werden nicht unterstützt. Verwenden Sie JPEG, PNG (ohne \
                 Alphakanal), BMP oder WEBP."
            ),
            Self::Unreadable => "Der Browser konnte diese Datei nicht lesen.".to_owned(),
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
    pub fn message(self) -> &'static str {
        self.message_in(Lang::En)
    }

    /// The note, in `lang`.
    pub fn message_in(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (ImageNote::LocalHttp, Lang::En) => {
                "A local http address works for testing only: RunComfy cannot fetch it."
            }
            (ImageNote::LocalHttp, Lang::De) => {
                "Eine lokale http-Adresse eignet sich nur zum Testen: RunComfy kann sie nicht \
                 abrufen."
            }
            (ImageNote::BytesHidden, Lang::En) => {
                "This host does not let the browser read the file, so its size and format \
                 could not be checked here; RunComfy checks them when the job starts."
            }
            (ImageNote::BytesHidden, Lang::De) => {
                "Dieser Host lässt den Browser die Datei nicht lesen, daher konnten Größe und \
                 Format hier nicht geprüft werden; RunComfy prüft sie beim Start des Jobs."
            }
            (ImageNote::Unplayable, Lang::En) => {
                "This browser cannot play the file, so its length and picture size could not \
                 be checked here; RunComfy reads it when the job starts."
            }
            (ImageNote::Unplayable, Lang::De) => {
                "Dieser Browser kann die Datei nicht abspielen, daher konnten Länge und \
                 Bildgröße hier nicht geprüft werden; RunComfy liest sie beim Start des Jobs."
            }
        }
    }
}

/// The host part of `host[:port]/path?query` (IPv6 literals keep their brackets).
fn host_of(rest: &str) -> &str {
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let authority = authority.rsplit('@').next().unwrap_or("");
    if authority.starts_with('[') {
        return authority
            .split(']')
            .next()
            .map_or("", |h| &authority[..h.len() + 1]);
    }
    authority.split(':').next().unwrap_or("")
}

fn is_loopback(host: &str) -> bool {
    host.eq_ignore_ascii_case("localhost") || host.starts_with("127.") || host == "[::1]"
}

#[cfg(test)]
mod tests {
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

    fn all() -> [ImageSourceError; 8] {
        [
            ImageSourceError::Empty,
            ImageSourceError::InvalidUrl,
            ImageSourceError::NotHttps,
            ImageSourceError::Unreachable,
            ImageSourceError::HttpStatus(404),
            ImageSourceError::NotAnImage,
            ImageSourceError::Unsupported("GIF".into()),
            ImageSourceError::Unreadable,
        ]
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
        assert_german(note.message_in(Lang::De), note.message());
        assert_eq!(
            note.message_in(Lang::De),
            "Eine lokale http-Adresse eignet sich nur zum Testen: RunComfy kann sie nicht abrufen."
        );
        for note in [ImageNote::BytesHidden, ImageNote::Unplayable] {
            assert_german(note.message_in(Lang::De), note.message());
        }
        assert_eq!(
            SourceUrl::parse("https://example.com/a.png")
                .unwrap()
                .note(),
            None
        );
    }
}
