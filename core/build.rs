//! Generates `Texts`' methods from `locales/en.ftl`: one per message, named as the message,
//! with its comment as the doc, its `{ $arg }`s as arguments (in the order English first
//! uses them) and its English text inside. A message English lacks therefore does not
//! compile, and neither does a call with the wrong number of arguments; and each part of the
//! app carries the English it says (the release's second wasm module holds the English of
//! the parts it holds).

use std::{env, fs, path::Path};

fn main() {
    let source_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales/en.ftl");
    println!("cargo:rerun-if-changed={}", source_path.display());
    let source = fs::read_to_string(&source_path).expect("locales/en.ftl");
    let mut out = String::from("impl Texts {\n");
    let mut doc: Vec<String> = Vec::new();
    let mut current: Option<Message> = None;
    let mut ids: Vec<String> = Vec::new();
    // English compiled as a language file (for the tests): each message's text after a
    // \u{1e}, in the order of `ids`.
    let mut patterns = String::new();
    let mut index = 0usize;
    let mut flush = |current: &mut Option<Message>, out: &mut String| {
        if let Some(Message {
            id,
            docs,
            args,
            english,
        }) = current.take()
        {
            patterns.push('\u{1e}');
            patterns.push_str(&english);
            for line in &docs {
                out.push_str(&format!("    /// {line}\n"));
            }
            if docs.is_empty() {
                out.push_str(&format!("    /// The message `{id}`.\n"));
            }
            let params: Vec<String> = args
                .iter()
                .map(|a| format!("{a}: impl Into<Arg<'a>>"))
                .collect();
            let pairs: Vec<String> = args
                .iter()
                .map(|a| format!("(\"{a}\", {a}.into())"))
                .collect();
            out.push_str(&format!(
                "    pub fn {id}{}(self{}{}) -> String {{\n        self.message({index}, {english:?}, &[{}])\n    }}\n",
                if params.is_empty() { "" } else { "<'a>" },
                if params.is_empty() { "" } else { ", " },
                params.join(", "),
                pairs.join(", ")
            ));
            index += 1;
        }
    };
    for line in source.lines() {
        if let Some(comment) = line.strip_prefix("# ") {
            flush(&mut current, &mut out);
            doc.push(comment.to_owned());
        } else if line.starts_with('#') || line.trim().is_empty() {
            // A group comment (`##`) or a blank line ends a message and its doc.
            flush(&mut current, &mut out);
            doc.clear();
        } else if !line.starts_with(' ') && !line.starts_with('}') {
            flush(&mut current, &mut out);
            let (id, value) = line.split_once('=').expect("`id = text`");
            let id = id.trim().to_owned();
            ids.push(id.clone());
            current = Some(Message {
                id,
                docs: std::mem::take(&mut doc),
                args: Vec::new(),
                english: value.to_owned(),
            });
            collect_args(line, &mut current);
        } else {
            if let Some(message) = &mut current {
                message.english.push('\n');
                message.english.push_str(line);
            }
            collect_args(line, &mut current);
        }
    }
    flush(&mut current, &mut out);
    out.push_str(&format!(
        "}}\n\n/// How many messages `locales/en.ftl` has.\nconst MESSAGE_COUNT: usize = {};\n",
        ids.len()
    ));
    out.push_str("\n/// Every message id of `locales/en.ftl`, in its order (for the tests: the app\n/// knows messages by their place).\n#[cfg(test)]\nconst MESSAGE_IDS: &[&str] = &[\n");
    for id in &ids {
        out.push_str(&format!("    \"{id}\",\n"));
    }
    out.push_str("];\n");
    let dir = env::var("OUT_DIR").unwrap();
    fs::write(Path::new(&dir).join("messages.rs"), out).unwrap();
    // The built-in English, compiled as scripts/locales.mjs compiles the other languages.
    let compiled = format!("wan-i2v-messages {}\n{patterns}", ids.len());
    fs::write(Path::new(&dir).join("en.messages"), compiled).unwrap();
}

/// A message of `locales/en.ftl` as it is read.
struct Message {
    id: String,
    /// Its comment lines.
    docs: Vec<String>,
    /// Its `$arg`s, in the order English first uses them.
    args: Vec<String>,
    /// Its English text (compiled: what follows `=`, and the lines of a selector).
    english: String,
}

/// Adds the `$name`s of `line` to the message's arguments, each once.
fn collect_args(line: &str, current: &mut Option<Message>) {
    let Some(Message { args, .. }) = current else {
        return;
    };
    let mut rest = line;
    while let Some(at) = rest.find('$') {
        let name: String = rest[at + 1..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        // Only a placeable's `{ $name`: a `$` in text is text.
        let in_placeable = rest[..at].trim_end().ends_with('{');
        if in_placeable && !name.is_empty() && !args.contains(&name) {
            args.push(name.clone());
        }
        rest = &rest[at + 1 + name.len()..];
    }
}
