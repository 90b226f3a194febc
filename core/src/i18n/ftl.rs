//! A small reader for the subset of Fluent (`.ftl`, <https://projectfluent.org/fluent/guide/>)
//! that the language files use: messages of one line of text with `{ $arg }` placeables and
//! `{ "literal" }` strings, and selectors over a number's plural category (or an exact
//! number, or a word) whose variants each take one line:
//!
//! ```ftl
//! # What an import added.
//! imported_jobs = { $count ->
//!     [one] Imported one job.
//!    *[other] Imported { $count } jobs.
//! }
//! ```
//!
//! Anything else (terms, attributes, functions, text over several lines) is refused with the
//! line it is on, so a file the reader accepts means what Fluent says it means (the host
//! tests check every file with the `fluent-syntax` crate too). fluent-bundle would read all of
//! Fluent, at a size cost the README gives.

use super::{plural::Plural, Lang};

/// One language's messages, sorted by id.
#[derive(Debug, Default)]
pub struct Resource {
    messages: Vec<(String, Vec<Piece>)>,
}

/// A part of a message's pattern.
#[derive(Debug, Clone, PartialEq)]
enum Piece {
    /// Text as written.
    Text(String),
    /// An argument's value.
    Var(String),
    /// One of `variants` by the argument's value; `default` is the `*` one.
    Select {
        var: String,
        variants: Vec<(VariantKey, Vec<Piece>)>,
        default: usize,
    },
}

/// What a variant matches.
#[derive(Debug, Clone, PartialEq)]
enum VariantKey {
    /// Exactly this number.
    Number(f64),
    /// A plural category ("one", "other") or a word.
    Name(String),
}

/// A value given to a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text, placed as given.
    Str(String),
    /// A number, written as the language writes numbers and selecting plural variants.
    Num(f64),
}

macro_rules! arg_from_number {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Num(n as f64)
            }
        }
    )*};
}
arg_from_number!(u8, u16, u32, u64, usize, i32, i64, f64);

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_owned())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Str(s.clone())
    }
}

/// Why a language file was refused: the line, and what is wrong there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong, in English (for the console and the tests).
    pub what: String,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.what)
    }
}

impl Resource {
    /// Reads a language file.
    pub fn parse(source: &str) -> Result<Resource, ParseError> {
        let lines: Vec<&str> = source.lines().collect();
        let mut messages = Vec::new();
        let mut i = 0;
        while i < lines.len() {
            let line = lines[i].trim_end_matches('\r');
            let start = i;
            i += 1;
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let fail = |what: &str| ParseError {
                line: start + 1,
                what: what.to_owned(),
            };
            let (id, value) = line
                .split_once('=')
                .ok_or_else(|| fail("expected `id = text`"))?;
            let id = id.trim_end();
            if !is_identifier(id) {
                return Err(fail("a message id is letters, digits, `_` and `-`"));
            }
            // A selector goes on over the indented lines that follow it.
            let mut body = value.to_owned();
            while i < lines.len() && (lines[i].starts_with(' ') || lines[i].starts_with('}')) {
                body.push('\n');
                body.push_str(lines[i].trim_end_matches('\r'));
                i += 1;
            }
            let mut reader = Reader {
                chars: body.chars().collect(),
                at: 0,
                line: start + 1,
            };
            let pattern = reader.pattern(false)?;
            if reader.at < reader.chars.len() {
                return Err(reader.fail("`}` without `{`"));
            }
            if pattern.is_empty() {
                return Err(fail("a message has no text"));
            }
            messages.push((id.to_owned(), pattern));
        }
        messages.sort_by(|a, b| a.0.cmp(&b.0));
        if let Some(twice) = messages.windows(2).find(|w| w[0].0 == w[1].0) {
            return Err(ParseError {
                line: 0,
                what: format!("`{}` is defined twice", twice[0].0),
            });
        }
        Ok(Resource { messages })
    }

    /// The message `id` in `lang` with `args`, or None when this file lacks it.
    pub fn format(&self, lang: Lang, id: &str, args: &[(&str, Arg)]) -> Option<String> {
        let at = self
            .messages
            .binary_search_by(|(key, _)| key.as_str().cmp(id))
            .ok()?;
        let mut out = String::new();
        write(&mut out, &self.messages[at].1, lang, args);
        Some(out)
    }

    /// Every message id, sorted.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.messages.iter().map(|(id, _)| id.as_str())
    }

    /// The arguments message `id` uses, sorted (empty when there is no such message).
    pub fn args_of(&self, id: &str) -> Vec<String> {
        let mut names = Vec::new();
        if let Some((_, pattern)) = self.messages.iter().find(|(key, _)| key == id) {
            collect_args(pattern, &mut names);
        }
        names.sort();
        names.dedup();
        names
    }

    /// The plain texts of message `id` (every variant's), for the untranslated check.
    pub fn texts_of(&self, id: &str) -> Vec<String> {
        let mut texts = Vec::new();
        if let Some((_, pattern)) = self.messages.iter().find(|(key, _)| key == id) {
            collect_texts(pattern, &mut texts);
        }
        texts
    }
}

fn is_identifier(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

fn collect_args(pattern: &[Piece], names: &mut Vec<String>) {
    for piece in pattern {
        match piece {
            Piece::Text(_) => {}
            Piece::Var(name) => names.push(name.clone()),
            Piece::Select { var, variants, .. } => {
                names.push(var.clone());
                for (_, variant) in variants {
                    collect_args(variant, names);
                }
            }
        }
    }
}

fn collect_texts(pattern: &[Piece], texts: &mut Vec<String>) {
    let mut line = String::new();
    for piece in pattern {
        match piece {
            Piece::Text(text) => line.push_str(text),
            Piece::Var(_) => line.push_str("{}"),
            Piece::Select { variants, .. } => {
                for (_, variant) in variants {
                    collect_texts(variant, texts);
                }
            }
        }
    }
    texts.push(line);
}

fn write(out: &mut String, pattern: &[Piece], lang: Lang, args: &[(&str, Arg)]) {
    let arg = |name: &str| args.iter().find(|(n, _)| *n == name).map(|(_, v)| v);
    for piece in pattern {
        match piece {
            Piece::Text(text) => out.push_str(text),
            Piece::Var(name) => match arg(name) {
                Some(Arg::Str(s)) => out.push_str(s),
                Some(Arg::Num(n)) => out.push_str(&lang.number(*n)),
                // As Fluent does: the missing argument's name shows where it belongs.
                None => {
                    out.push_str("{$");
                    out.push_str(name);
                    out.push('}');
                }
            },
            Piece::Select {
                var,
                variants,
                default,
            } => {
                let chosen = match arg(var) {
                    Some(Arg::Num(n)) => variants
                        .iter()
                        .position(|(key, _)| *key == VariantKey::Number(*n))
                        .or_else(|| {
                            let category = Plural::of(lang, *n).name();
                            variants.iter().position(
                                |(key, _)| matches!(key, VariantKey::Name(k) if k == category),
                            )
                        }),
                    Some(Arg::Str(s)) => variants
                        .iter()
                        .position(|(key, _)| matches!(key, VariantKey::Name(k) if k == s)),
                    None => None,
                };
                write(out, &variants[chosen.unwrap_or(*default)].1, lang, args);
            }
        }
    }
}

/// Reads one message's pattern, character by character.
struct Reader {
    chars: Vec<char>,
    at: usize,
    /// The message's first line, for errors.
    line: usize,
}

impl Reader {
    fn fail(&self, what: &str) -> ParseError {
        let line = self.line
            + self.chars[..self.at.min(self.chars.len())]
                .iter()
                .filter(|&&c| c == '\n')
                .count();
        ParseError {
            line,
            what: what.to_owned(),
        }
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    fn skip_blank(&mut self, newlines: bool) {
        while let Some(c) = self.peek() {
            if c == ' ' || (newlines && c == '\n') {
                self.at += 1;
            } else {
                break;
            }
        }
    }

    /// Text and placeables up to the end of the line (a variant) or of the message, trimmed
    /// at both ends as Fluent trims them.
    fn pattern(&mut self, variant: bool) -> Result<Vec<Piece>, ParseError> {
        self.skip_blank(false);
        let mut pieces = Vec::new();
        let mut text = String::new();
        while let Some(c) = self.peek() {
            match c {
                '\n' if variant => break,
                '\n' => {
                    if self.chars[self.at..].iter().all(|c| c.is_whitespace()) {
                        self.at = self.chars.len();
                        break;
                    }
                    return Err(self.fail("text goes on one line (only a selector may span lines)"));
                }
                '}' => break,
                '{' => {
                    if !text.is_empty() {
                        pieces.push(Piece::Text(std::mem::take(&mut text)));
                    }
                    self.at += 1;
                    pieces.push(self.placeable()?);
                }
                _ => {
                    text.push(c);
                    self.at += 1;
                }
            }
        }
        let trimmed = text.trim_end();
        if !trimmed.is_empty() {
            pieces.push(Piece::Text(trimmed.to_owned()));
        }
        // Literal text from `{ "…" }` joins the text around it.
        let mut merged: Vec<Piece> = Vec::with_capacity(pieces.len());
        for piece in pieces {
            match (merged.last_mut(), piece) {
                (Some(Piece::Text(before)), Piece::Text(t)) => before.push_str(&t),
                (_, piece) => merged.push(piece),
            }
        }
        Ok(merged)
    }

    /// After `{`: a `$variable`, a `"string"`, or a selector, then `}`.
    fn placeable(&mut self) -> Result<Piece, ParseError> {
        self.skip_blank(false);
        let piece = match self.peek() {
            Some('"') => {
                self.at += 1;
                Piece::Text(self.string()?)
            }
            Some('$') => {
                self.at += 1;
                let var = self.identifier()?;
                self.skip_blank(false);
                if self.peek() == Some('-') && self.chars.get(self.at + 1) == Some(&'>') {
                    self.at += 2;
                    self.variants(var)?
                } else {
                    Piece::Var(var)
                }
            }
            _ => return Err(self.fail("expected `$name` or `\"text\"` after `{`")),
        };
        self.skip_blank(true);
        if self.peek() != Some('}') {
            return Err(self.fail("expected `}`"));
        }
        self.at += 1;
        Ok(piece)
    }

    fn identifier(&mut self) -> Result<String, ParseError> {
        let start = self.at;
        while self
            .peek()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        {
            self.at += 1;
        }
        let id: String = self.chars[start..self.at].iter().collect();
        if is_identifier(&id) {
            Ok(id)
        } else {
            Err(self.fail("expected a name"))
        }
    }

    /// A string literal's text after its opening `"`, with `\"`, `\\` and `\uXXXX`.
    fn string(&mut self) -> Result<String, ParseError> {
        let mut out = String::new();
        loop {
            match self.peek() {
                None | Some('\n') => return Err(self.fail("a string is not closed")),
                Some('"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some('\\') => {
                    self.at += 1;
                    match self.peek() {
                        Some(c @ ('"' | '\\')) => {
                            out.push(c);
                            self.at += 1;
                        }
                        Some('u') => {
                            let hex: String = self.chars.iter().skip(self.at + 1).take(4).collect();
                            let c = u32::from_str_radix(&hex, 16)
                                .ok()
                                .and_then(char::from_u32)
                                .ok_or_else(|| self.fail("expected \\uXXXX"))?;
                            out.push(c);
                            self.at += 5;
                        }
                        _ => return Err(self.fail("unknown escape")),
                    }
                }
                Some(c) => {
                    out.push(c);
                    self.at += 1;
                }
            }
        }
    }

    /// After `$var ->`: variants, each on its own line, one of them the `*` default.
    fn variants(&mut self, var: String) -> Result<Piece, ParseError> {
        let mut variants = Vec::new();
        let mut default = None;
        loop {
            self.skip_blank(true);
            match self.peek() {
                Some('}') => break,
                Some('*') => {
                    if default.is_some() {
                        return Err(self.fail("only one variant is the `*` default"));
                    }
                    default = Some(variants.len());
                    self.at += 1;
                }
                _ => {}
            }
            if self.peek() != Some('[') {
                return Err(self.fail("expected `[key]` or `*[key]`"));
            }
            self.at += 1;
            self.skip_blank(false);
            let start = self.at;
            while self.peek().is_some_and(|c| c != ']' && c != '\n') {
                self.at += 1;
            }
            let key: String = self.chars[start..self.at].iter().collect();
            let key = key.trim();
            if self.peek() != Some(']') || key.is_empty() {
                return Err(self.fail("expected `]`"));
            }
            self.at += 1;
            let key = match key.parse::<f64>() {
                Ok(n) => VariantKey::Number(n),
                Err(_) if is_identifier(key) => VariantKey::Name(key.to_owned()),
                Err(_) => return Err(self.fail("a variant key is a number or a name")),
            };
            variants.push((key, self.pattern(true)?));
        }
        let default = default.ok_or_else(|| self.fail("a selector needs a `*` default"))?;
        Ok(Piece::Select {
            var,
            variants,
            default,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(source: &str, lang: Lang, args: &[(&str, Arg)]) -> String {
        Resource::parse(source)
            .unwrap()
            .format(lang, "m", args)
            .unwrap()
    }

    #[test]
    fn text_and_arguments() {
        assert_eq!(one("m = Hello", Lang::En, &[]), "Hello");
        assert_eq!(
            one(
                "m = Job { $id } submitted.",
                Lang::En,
                &[("id", "ab12".into())]
            ),
            "Job ab12 submitted."
        );
        // Numbers are written as the language writes them.
        assert_eq!(
            one("m = { $n } s", Lang::De, &[("n", 3600u64.into())]),
            "3.600 s"
        );
        // A missing argument shows its name, as Fluent does.
        assert_eq!(one("m = Hi { $who }", Lang::En, &[]), "Hi {$who}");
    }

    #[test]
    fn string_literals_keep_spaces_and_braces() {
        assert_eq!(one("m = { \" \" }(built in)", Lang::En, &[]), " (built in)");
        assert_eq!(one("m = a { \"{\" } b", Lang::En, &[]), "a { b");
        assert_eq!(one("m = { \"\\u00A0\" }x", Lang::En, &[]), "\u{a0}x");
    }

    #[test]
    fn plural_variants_by_language() {
        let source =
            "m = { $n ->\n    [0] none\n    [one] { $n } job\n   *[other] { $n } jobs\n}\n";
        let say = |lang, n: u64| one(source, lang, &[("n", n.into())]);
        assert_eq!(say(Lang::En, 0), "none");
        assert_eq!(say(Lang::En, 1), "1 job");
        assert_eq!(say(Lang::En, 2), "2 jobs");
        assert_eq!(say(Lang::En, 1000), "1,000 jobs");
        // French counts 0 and 1 as "one"; the exact [0] comes first.
        assert_eq!(say(Lang::Fr, 1), "1 job");
        // Japanese has only "other".
        assert_eq!(say(Lang::Ja, 1), "1 jobs");
    }

    #[test]
    fn word_selectors() {
        let source = "m = { $kind ->\n    [video] a video\n   *[image] an image\n}";
        assert_eq!(
            one(source, Lang::En, &[("kind", "video".into())]),
            "a video"
        );
        assert_eq!(
            one(source, Lang::En, &[("kind", "sound".into())]),
            "an image"
        );
    }

    #[test]
    fn refusals_name_the_line() {
        let err = Resource::parse("# c\na = ok\nb = { $x\n").unwrap_err();
        assert_eq!(err.line, 3);
        assert!(Resource::parse("a = x\n  more text\n").is_err());
        assert!(Resource::parse("a = { $n ->\n  [one] x\n}\n").is_err());
        assert!(Resource::parse("a = -term\nb\n").is_err());
        assert!(Resource::parse("a = x\na = y\n").is_err());
        assert!(Resource::parse("a = { -brand }\n").is_err());
        assert!(Resource::parse("a = x }\n").is_err());
    }
}
