//! Where an input image comes from, and why it could not be read.

use std::fmt;

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
    /// The sentence shown under the image field.
    pub fn message(&self) -> String {
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
    pub fn note(&self) -> Option<String> {
        self.local.then(|| {
            "A local http address works for testing only: RunComfy cannot fetch it.".to_owned()
        })
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
            assert!(url.note().unwrap().contains("RunComfy cannot fetch"));
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
        let all = [
            ImageSourceError::Empty,
            ImageSourceError::InvalidUrl,
            ImageSourceError::NotHttps,
            ImageSourceError::Unreachable,
            ImageSourceError::HttpStatus(404),
            ImageSourceError::NotAnImage,
            ImageSourceError::Unsupported("GIF".into()),
            ImageSourceError::Unreadable,
        ];
        let messages: std::collections::BTreeSet<String> =
            all.iter().map(ImageSourceError::message).collect();
        assert_eq!(messages.len(), all.len());
        assert!(ImageSourceError::HttpStatus(404).message().contains("404"));
        assert!(ImageSourceError::Unsupported("GIF".into())
            .message()
            .starts_with("GIF images are not supported"));
    }
}
