//! The API token as the user pastes it: trimmed of what a paste brings along (spaces, line
//! breaks, zero-width characters) and checked for what an HTTP header can carry. A
//! character outside printable ASCII (a smart quote, "…", a zero-width space inside) makes
//! the browser's `Headers.set` throw, so it is named here, before any request is built.

use crate::i18n::Lang;

/// Why a token cannot be sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TokenProblem {
    /// The offending character.
    pub found: char,
    /// Where it stands, counted in characters from 1.
    pub position: usize,
}

impl TokenProblem {
    /// The sentence to show under the token field, in `lang`.
    pub fn message_in(&self, lang: Lang) -> String {
        lang.texts()
            .token_bad_character(&shown(self.found), self.position as u64)
    }
}

/// How the character is named: itself where it can be seen, else its code point.
fn shown(c: char) -> String {
    if c.is_whitespace() || c.is_control() || is_invisible(c) {
        format!("U+{:04X}", u32::from(c))
    } else {
        format!("“{c}” (U+{:04X})", u32::from(c))
    }
}

/// Characters that take no room on screen but come along with a paste.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
    )
}

/// The token without what surrounds it in a paste: white space and invisible characters
/// at either end.
pub fn trimmed(text: &str) -> &str {
    text.trim_matches(|c: char| c.is_whitespace() || is_invisible(c))
}

/// The first character of `token` (trimmed) that a header cannot carry: only printable
/// ASCII goes (a token is letters, digits and a few marks).
pub fn check(token: &str) -> Result<(), TokenProblem> {
    match trimmed(token)
        .chars()
        .enumerate()
        .find(|(_, c)| !matches!(c, '!'..='~'))
    {
        Some((index, found)) => Err(TokenProblem {
            found,
            position: index + 1,
        }),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paste_is_trimmed_of_what_came_along() {
        assert_eq!(trimmed("  abc-123\n"), "abc-123");
        assert_eq!(trimmed("\u{200B}abc\u{FEFF}"), "abc");
        assert_eq!(check(" \u{200B}abc\u{FEFF}\r\n"), Ok(()));
        assert_eq!(check(""), Ok(()));
    }

    #[test]
    fn the_first_bad_character_is_named_with_its_position() {
        assert_eq!(
            check("ab\u{200B}cd"),
            Err(TokenProblem {
                found: '\u{200B}',
                position: 3
            })
        );
        assert_eq!(
            check("“abc”"),
            Err(TokenProblem {
                found: '“',
                position: 1
            })
        );
        assert_eq!(
            check("abc def"),
            Err(TokenProblem {
                found: ' ',
                position: 4
            })
        );
        assert_eq!(check("abc…").map_err(|p| p.position), Err(4));
        // Latin-1 would pass Headers.set, but no token has it: it is a paste gone wrong.
        assert_eq!(check("abcé").map_err(|p| p.found), Err('é'));
    }

    #[test]
    fn the_message_names_it_in_every_language() {
        let problem = check("ab\u{200B}c").unwrap_err();
        for lang in Lang::ALL {
            let text = problem.message_in(*lang);
            assert!(text.contains("U+200B"), "{lang:?}: {text}");
            assert!(text.contains('3'), "{lang:?}: {text}");
        }
        let quote = check("a”").unwrap_err().message_in(Lang::En);
        assert!(quote.contains("”"), "{quote}");
    }
}
