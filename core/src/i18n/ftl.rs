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
//! tests check every file with the `fluent-syntax` crate too). Why not fluent-bundle: it reads all
//! of Fluent, but measured 25.7 KiB more gzip in the wasm than this reader's ~4 KiB
//! (docs/languages.md).

use super::{plural::Plural, Lang};

/// One language's messages, by id. (A few hundred, looked up now and then: a list read in
/// order costs less wasm than a map or a sort.)
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

/// A value given to a message (borrowed: handing one over costs no allocation).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Arg<'a> {
    /// Text, placed as given.
    Str(&'a str),
    /// A number, written as the language writes numbers and selecting plural variants.
    Num(f64),
}

macro_rules! arg_from_number {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Num(n as f64)
            }
        }
    )*};
}
arg_from_number!(u8, u16, u32, u64, usize, i32, i64, f64);

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(s)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Str(s)
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

/// The messages of a `.ftl` file as written: (id, the text after its `=`, its line).
/// Comments and blank lines are left out; a selector's indented lines join its message.
fn entries(source: &str) -> Result<Vec<(&str, String, usize)>, ParseError> {
    let lines: Vec<&str> = source.lines().map(|l| l.trim_end_matches('\r')).collect();
    let mut entries: Vec<(&str, String, usize)> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let start = i + 1;
        i += 1;
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let fail = |what: &str| ParseError {
            line: start,
            what: what.to_owned(),
        };
        let (id, value) = line
            .split_once('=')
            .ok_or_else(|| fail("expected `id = text`"))?;
        let id = id.trim_end();
        if !is_identifier(id) {
            return Err(fail("a message id is letters, digits, `_` and `-`"));
        }
        if entries.iter().any(|(known, _, _)| *known == id) {
            return Err(fail("this message is defined twice"));
        }
        let mut body = value.to_owned();
        while i < lines.len() && (lines[i].starts_with(' ') || lines[i].starts_with('}')) {
            body.push('\n');
            body.push_str(lines[i]);
            i += 1;
        }
        entries.push((id, body, start));
    }
    Ok(entries)
}

/// The first line of a compiled language file, before the number of messages.
pub const COMPILED_HEADER: &str = "wan-i2v-messages ";

/// A language file as the app fetches it (`scripts/locales.mjs` writes it at build time,
/// this is the same for the tests): the header and English's number of messages, then each
/// message's text after a `\u{1e}`, in English's order, empty where the language lacks one.
/// No ids travel: the wasm knows messages by their place.
pub fn compile(source: &str, english_ids: &[&str]) -> Result<String, ParseError> {
    let entries = entries(source)?;
    let mut out = format!("{COMPILED_HEADER}{}\n", english_ids.len());
    for id in english_ids {
        out.push('\u{1e}');
        if let Some((_, body, _)) = entries.iter().find(|(known, _, _)| known == id) {
            out.push_str(body);
        }
    }
    Ok(out)
}

/// One language's messages by their place in English's order, as the app uses them.
#[derive(Debug, Default)]
pub struct Messages(Vec<Vec<Piece>>);

impl Messages {
    /// Reads a compiled language file (see [`compile`]) of `count` messages.
    pub fn read(compiled: &str, count: usize) -> Result<Messages, ParseError> {
        let fail = |what: &str| ParseError {
            line: 1,
            what: what.to_owned(),
        };
        let rest = compiled
            .strip_prefix(COMPILED_HEADER)
            .ok_or_else(|| fail("not a compiled language file"))?;
        let (n, bodies) = rest.split_once('\n').unwrap_or((rest, ""));
        if n.parse() != Ok(count) {
            return Err(fail("made for another version of the app"));
        }
        let mut messages = Vec::with_capacity(count);
        for (n, body) in bodies.split('\u{1e}').skip(1).enumerate() {
            // An empty text is a message the language lacks: English says it.
            let pattern = if body.is_empty() {
                Vec::new()
            } else {
                message(body, n + 1)?
            };
            messages.push(pattern);
        }
        if messages.len() != count {
            return Err(fail("messages are missing"));
        }
        Ok(Messages(messages))
    }

    /// Message number `at` in `lang` with `args`, or None when this language lacks it.
    pub fn format(&self, at: usize, lang: Lang, args: &[(&str, Arg<'_>)]) -> Option<String> {
        let pattern = self.0.get(at).filter(|p| !p.is_empty())?;
        let mut out = String::new();
        write(&mut out, pattern, lang, args);
        Some(out)
    }
}

/// One message's text (as [`compile`] writes it) in `lang` with `args`: how the app says
/// a message in English, whose text it carries. Read at each use: a plain text (most
/// messages) is only trimmed, and the others are a line or two.
pub fn format_one(body: &str, lang: Lang, args: &[(&str, Arg<'_>)]) -> String {
    if !body.contains(['{', '}']) {
        return body.trim().to_owned();
    }
    let mut out = String::new();
    // `core/build.rs` compiles locales/en.ftl, and the tests read every message of it.
    if let Ok(pattern) = message(body, 1) {
        write(&mut out, &pattern, lang, args);
    }
    out
}

impl Resource {
    /// Reads a language file.
    pub fn parse(source: &str) -> Result<Resource, ParseError> {
        let mut messages = Vec::new();
        for (id, body, line) in entries(source)? {
            messages.push((id.to_owned(), message(&body, line)?));
        }
        Ok(Resource { messages })
    }

    /// The message `id` in `lang` with `args`, or None when this file lacks it.
    pub fn format(&self, lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> Option<String> {
        let pattern = self.get(id)?;
        let mut out = String::new();
        write(&mut out, pattern, lang, args);
        Some(out)
    }

    fn get(&self, id: &str) -> Option<&[Piece]> {
        self.messages
            .iter()
            .find(|(known, _)| known == id)
            .map(|(_, pattern)| pattern.as_slice())
    }

    /// Every message id, in the file's order.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.messages.iter().map(|(id, _)| id.as_str())
    }

    /// The arguments message `id` uses, sorted (empty when there is no such message).
    pub fn args_of(&self, id: &str) -> Vec<String> {
        let mut names = Vec::new();
        if let Some(pattern) = self.get(id) {
            collect_args(pattern, &mut names);
        }
        names.sort();
        names.dedup();
        names
    }

    /// The plain texts of message `id` (every variant's), for the untranslated check.
    pub fn texts_of(&self, id: &str) -> Vec<String> {
        let mut texts = Vec::new();
        if let Some(pattern) = self.get(id) {
            collect_texts(pattern, &mut texts);
        }
        texts
    }
}

/// One message's pattern (`body`: what follows its `=`), starting on line `line`.
fn message(body: &str, line: usize) -> Result<Vec<Piece>, ParseError> {
    let mut reader = Reader {
        text: body,
        at: 0,
        line,
        depth: 0,
    };
    let pattern = reader.pattern(false)?;
    if reader.at < body.len() {
        return Err(reader.fail("`}` without `{`"));
    }
    if pattern.is_empty() {
        return Err(reader.fail("a message has no text"));
    }
    Ok(pattern)
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

fn write(out: &mut String, pattern: &[Piece], lang: Lang, args: &[(&str, Arg<'_>)]) {
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

/// Reads one message's pattern. It looks at bytes: every character with a meaning here is
/// ASCII, and the bytes of other characters never are.
struct Reader<'a> {
    text: &'a str,
    at: usize,
    /// The message's first line, for errors.
    line: usize,
    /// How many placeables enclose the reader: bounded by [`MAX_NESTING`].
    depth: usize,
}

/// How deeply placeables may nest (a selector inside a variant inside a selector…). The
/// language files nest one deep; a fetched file is outside text, and each level is a few
/// stack frames here (and in the writer), so a file nesting thousands deep would overflow
/// the stack instead of being refused. As deep as the app's JSON readers go.
const MAX_NESTING: usize = 128;

impl Reader<'_> {
    fn fail(&self, what: &str) -> ParseError {
        let before = &self.text.as_bytes()[..self.at.min(self.text.len())];
        ParseError {
            line: self.line + before.iter().filter(|&&b| b == b'\n').count(),
            what: what.to_owned(),
        }
    }

    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    /// Skips spaces, and line ends too when `newlines`.
    fn skip_blank(&mut self, newlines: bool) {
        while matches!(self.peek(), Some(b' ')) || (newlines && self.peek() == Some(b'\n')) {
            self.at += 1;
        }
    }

    /// Text and placeables up to the end of the line (a variant) or of the message, trimmed
    /// at both ends as Fluent trims them.
    fn pattern(&mut self, variant: bool) -> Result<Vec<Piece>, ParseError> {
        self.skip_blank(false);
        let mut pieces = Vec::new();
        let mut start = self.at;
        loop {
            match self.peek() {
                Some(b'\n') if !variant => {
                    if !self.text[self.at..].trim().is_empty() {
                        return Err(
                            self.fail("text goes on one line (only a selector may span lines)")
                        );
                    }
                    push_text(&mut pieces, self.text[start..self.at].trim_end());
                    self.at = self.text.len();
                    break;
                }
                None | Some(b'\n' | b'}') => {
                    // Fluent trims the end of a pattern (not text from a literal).
                    push_text(&mut pieces, self.text[start..self.at].trim_end());
                    break;
                }
                Some(b'{') => {
                    push_text(&mut pieces, &self.text[start..self.at]);
                    self.at += 1;
                    let piece = self.placeable()?;
                    match (pieces.last_mut(), piece) {
                        // Literal text from `{ "…" }` joins the text before it.
                        (Some(Piece::Text(before)), Piece::Text(t)) => before.push_str(&t),
                        (_, piece) => pieces.push(piece),
                    }
                    start = self.at;
                }
                Some(_) => self.at += 1,
            }
        }
        Ok(pieces)
    }

    /// After `{`: a `$variable`, a `"string"`, or a selector, then `}`.
    fn placeable(&mut self) -> Result<Piece, ParseError> {
        if self.depth >= MAX_NESTING {
            return Err(self.fail("placeables nest too deeply"));
        }
        self.depth += 1;
        let piece = self.placeable_inside();
        self.depth -= 1;
        piece
    }

    /// [`Reader::placeable`], its depth counted.
    fn placeable_inside(&mut self) -> Result<Piece, ParseError> {
        self.skip_blank(false);
        let piece = match self.peek() {
            Some(b'"') => {
                self.at += 1;
                Piece::Text(self.string()?)
            }
            Some(b'$') => {
                self.at += 1;
                let var = self.identifier()?;
                self.skip_blank(false);
                if self.text[self.at..].starts_with("->") {
                    self.at += 2;
                    self.variants(var)?
                } else {
                    Piece::Var(var)
                }
            }
            _ => return Err(self.fail("expected `$name` or `\"text\"` after `{`")),
        };
        self.skip_blank(true);
        if self.peek() != Some(b'}') {
            return Err(self.fail("expected `}`"));
        }
        self.at += 1;
        Ok(piece)
    }

    fn identifier(&mut self) -> Result<String, ParseError> {
        let start = self.at;
        while self
            .peek()
            .is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        {
            self.at += 1;
        }
        let id = &self.text[start..self.at];
        if is_identifier(id) {
            Ok(id.to_owned())
        } else {
            Err(self.fail("expected a name"))
        }
    }

    /// A string literal's text after its opening `"`, with `\"`, `\\` and `\uXXXX`.
    fn string(&mut self) -> Result<String, ParseError> {
        let mut out = String::new();
        loop {
            let start = self.at;
            while !matches!(self.peek(), None | Some(b'"' | b'\\' | b'\n')) {
                self.at += 1;
            }
            out.push_str(&self.text[start..self.at]);
            match self.peek() {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    let escape = self.text.get(self.at + 1..self.at + 2);
                    let hex = self.text.get(self.at + 2..self.at + 6);
                    let (c, len) = match (escape, hex) {
                        (Some(e @ ("\"" | "\\")), _) => (e.chars().next(), 2),
                        // Four hex digits exactly (`from_str_radix` would also take a sign).
                        (Some("u"), Some(hex)) if hex.bytes().all(|b| b.is_ascii_hexdigit()) => (
                            u32::from_str_radix(hex, 16).ok().and_then(char::from_u32),
                            6,
                        ),
                        _ => (None, 0),
                    };
                    out.push(c.ok_or_else(|| self.fail("unknown escape"))?);
                    self.at += len;
                }
                _ => return Err(self.fail("a string is not closed")),
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
                Some(b'}') => break,
                Some(b'*') if default.is_none() => {
                    default = Some(variants.len());
                    self.at += 1;
                }
                _ => {}
            }
            if self.peek() != Some(b'[') {
                return Err(self.fail("expected `[key]` or one `*[key]`"));
            }
            let close = self.text[self.at..]
                .find(']')
                .filter(|&n| !self.text[self.at..self.at + n].contains('\n'))
                .ok_or_else(|| self.fail("expected `]`"))?;
            let key = self.text[self.at + 1..self.at + close].trim();
            self.at += close + 1;
            // Whole numbers only: an exact-number variant is for counts.
            let key = match key.parse::<u32>() {
                Ok(n) => VariantKey::Number(f64::from(n)),
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

/// Adds `text` to `pieces`, after the text before it if there is some.
fn push_text(pieces: &mut Vec<Piece>, text: &str) {
    if text.is_empty() {
        return;
    }
    match pieces.last_mut() {
        Some(Piece::Text(before)) => before.push_str(text),
        _ => pieces.push(Piece::Text(text.to_owned())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(source: &str, lang: Lang, args: &[(&str, Arg<'_>)]) -> String {
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
        assert_eq!(one("m = Job{ \" \" }  ", Lang::En, &[]), "Job ");
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
        assert!(Resource::parse("a = { \"\\u+0A0\" }\n").is_err());
    }

    #[test]
    fn nesting_is_bounded() {
        // Selectors inside variants, each level on its own line.
        let nested = |depth: usize| {
            let mut body = String::new();
            for _ in 0..depth {
                body.push_str("{ $n ->\n *[other] ");
            }
            body.push('x');
            for _ in 0..depth {
                body.push_str("\n}");
            }
            body
        };
        let fine = message(&nested(3), 1).unwrap();
        assert_eq!(collect_args_of(&fine), ["n", "n", "n"]);
        let err = message(&nested(MAX_NESTING + 1), 1).unwrap_err();
        assert_eq!(err.what, "placeables nest too deeply");
        assert!(message(&nested(100_000), 1).is_err());
        assert!(message(&nested(MAX_NESTING), 1).is_ok());
    }

    fn collect_args_of(pattern: &[Piece]) -> Vec<String> {
        let mut names = Vec::new();
        collect_args(pattern, &mut names);
        names
    }
}
