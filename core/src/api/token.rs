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
    let code = code_point(c);
    if c.is_whitespace() || c.is_control() || is_invisible(c) {
        code
    } else {
        format!("“{c}” ({code})")
    }
}

/// `U+200B`: the code point in at least four hex digits, written by hand (the formatter's
/// hex code would be the first wasm module's only use of it).
fn code_point(c: char) -> String {
    let n = u32::from(c);
    let digits = (0..8).rev().map(|i| (n >> (i * 4)) & 0xF);
    let hex: String = digits
        .map(|d| char::from_digit(d, 16).unwrap_or('0').to_ascii_uppercase())
        .collect();
    format!(
        "U+{}",
        &hex[hex.len() - hex.trim_start_matches('0').len().max(4)..]
    )
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
    fn code_points_are_written_as_unicode_writes_them() {
        assert_eq!(code_point('\u{200B}'), "U+200B");
        assert_eq!(code_point(' '), "U+0020");
        assert_eq!(code_point('\u{1F600}'), "U+1F600");
        assert_eq!(code_point('\0'), "U+0000");
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
