//! Generates `Texts`' methods from `locales/en.ftl`: one per message, named as the message,
//! with its comment as the doc and its `{ $arg }`s as arguments (in the order English first
//! uses them). A message English lacks therefore does not compile, and neither does a call
//! with the wrong number of arguments.

use std::{env, fs, path::Path};

fn main() {
    let source_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales/en.ftl");
    println!("cargo:rerun-if-changed={}", source_path.display());
    let source = fs::read_to_string(&source_path).expect("locales/en.ftl");
    let mut out = String::from("impl Texts {\n");
    let mut doc: Vec<String> = Vec::new();
    let mut current: Option<(String, Vec<String>, Vec<String>)> = None;
    let flush = |current: &mut Option<(String, Vec<String>, Vec<String>)>, out: &mut String| {
        if let Some((id, docs, args)) = current.take() {
            for line in &docs {
                out.push_str(&format!("    /// {line}\n"));
            }
            if docs.is_empty() {
                out.push_str(&format!("    /// The message `{id}`.\n"));
            }
            let params: Vec<String> = args
                .iter()
                .map(|a| format!("{a}: impl Into<Arg>"))
                .collect();
            let pairs: Vec<String> = args
                .iter()
                .map(|a| format!("(\"{a}\", {a}.into())"))
                .collect();
            out.push_str(&format!(
                "    pub fn {id}(self{}{}) -> String {{\n        self.message(\"{id}\", &[{}])\n    }}\n",
                if params.is_empty() { "" } else { ", " },
                params.join(", "),
                pairs.join(", ")
            ));
        }
    };
    for line in source.lines() {
        if let Some(comment) = line.strip_prefix("# ") {
            flush(&mut current, &mut out);
            doc.push(comment.to_owned());
        } else if line.starts_with('#') {
            flush(&mut current, &mut out);
            doc.clear();
        } else if line.trim().is_empty() {
            flush(&mut current, &mut out);
            doc.clear();
        } else if !line.starts_with(' ') && !line.starts_with('}') {
            flush(&mut current, &mut out);
            let id = line.split('=').next().unwrap().trim().to_owned();
            current = Some((id, std::mem::take(&mut doc), Vec::new()));
            collect_args(line, &mut current);
        } else {
            collect_args(line, &mut current);
        }
    }
    flush(&mut current, &mut out);
    out.push_str("}\n");
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("messages.rs");
    fs::write(dest, out).unwrap();
}

/// Adds the `$name`s of `line` to the message's arguments, each once.
fn collect_args(line: &str, current: &mut Option<(String, Vec<String>, Vec<String>)>) {
    let Some((_, _, args)) = current else { return };
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
