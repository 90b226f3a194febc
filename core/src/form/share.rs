//! Sharing a form: a link whose fragment carries the inputs (never the token), and the
//! exact request as a cURL command.

use serde_json::{Map, Value};

use crate::form::persist::{form_without_local_files, has_local_file};
use crate::form::FormValues;
use crate::media::local_file::LocalRef;

/// The fragment key: `#inputs=<percent-encoded JSON>`.
const KEY: &str = "inputs=";

/// A share fragment for `form`, and whether a local file had to be left out (a `data:`
/// URI is far too long for a link).
pub fn share_fragment(form: &FormValues) -> (String, bool) {
    let left_out = form.0.values().any(|v| has_local_file(v));
    let kept = form_without_local_files(form);
    let values: Map<String, Value> = kept
        .0
        .into_iter()
        .filter(|(_, v)| !v.trim().is_empty())
        .map(|(k, v)| (k, Value::String(v)))
        .collect();
    let json = Value::Object(values).to_string();
    (format!("#{KEY}{}", percent_encode(&json)), left_out)
}

/// The JSON text a share fragment carries (an object of field texts), or `None` when the
/// fragment is not a share link or its encoding is damaged. The app reads it with the
/// browser's JSON, then [`restore_form`](crate::form::persist::restore_form) keeps what the
/// schema has.
pub fn shared_json(fragment: &str) -> Option<String> {
    let encoded = fragment.trim_start_matches('#').strip_prefix(KEY)?;
    percent_decode(encoded)
}

/// The exact submit as a shell command. The token is written as `$YOUR_API_TOKEN`, for the
/// shell to fill in: the real one never appears. A local file, whose bytes only the app
/// reads, is written as the start of its `data:` URI with `<base64 of the file>` after it.
pub fn curl_command(url: &str, body: &Map<String, Value>) -> String {
    fn shown(value: &Value) -> Value {
        match value {
            Value::String(text) => match LocalRef::parse(text) {
                Some(file) => {
                    Value::String(format!("data:{};base64,<base64 of the file>", file.mime))
                }
                None => value.clone(),
            },
            Value::Array(items) => Value::Array(items.iter().map(shown).collect()),
            other => other.clone(),
        }
    }
    let body: Map<String, Value> = body.iter().map(|(k, v)| (k.clone(), shown(v))).collect();
    let json = Value::Object(body).to_string();
    format!(
        "curl -X POST {} \\\n  -H \"Authorization: Bearer $YOUR_API_TOKEN\" \\\n  -H 'Content-Type: application/json' \\\n  -d {}",
        shell_quote(url),
        shell_quote(&json)
    )
}

/// Single-quotes a word for POSIX shells.
fn shell_quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', r"'\''"))
}

fn percent_encode(text: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(text.len() * 2);
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push('%');
            out.push(HEX[usize::from(byte >> 4)] as char);
            out.push(HEX[usize::from(byte & 15)] as char);
        }
    }
    out
}

fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            // Two hex digits exactly: `from_str_radix` alone would also take "+F".
            let hex = text
                .get(i + 1..i + 3)
                .filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()))?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::form::persist::restore_form;
    use crate::form::{request_body, serde_json_read};
    use crate::schema::InputSchema;

    /// The form a share fragment describes (over the schema's defaults), or `None` when the
    /// fragment is not a share link or is damaged: what the app does, with serde_json reading.
    fn form_from_fragment(schema: &InputSchema, fragment: &str) -> Option<FormValues> {
        let values: Map<String, Value> = serde_json::from_str(&shared_json(fragment)?).ok()?;
        let mut saved = FormValues::default();
        for (name, value) in values {
            if let Value::String(text) = value {
                saved.set(&name, text);
            }
        }
        Some(restore_form(schema, saved))
    }

    fn schema() -> InputSchema {
        InputSchema::builtin()
    }

    #[test]
    fn a_share_link_round_trips_the_form() {
        let mut form = FormValues::defaults(&schema());
        form.set("prompt", "A fox & a \"hare\" — 100% #fun\nline two");
        form.set("img_url", "https://e.com/a.png?x=1&y=2");
        form.set("resolution", "1080P");
        form.set("seed", "7");
        let (fragment, left_out) = share_fragment(&form);
        assert!(!left_out);
        assert!(fragment.starts_with("#inputs="));
        assert!(
            !fragment[1..].contains(['#', '&', ' ', '"', '\n']),
            "{fragment}"
        );
        assert_eq!(form_from_fragment(&schema(), &fragment), Some(form));
    }

    #[test]
    fn a_local_image_is_left_out_and_said() {
        let mut form = FormValues::defaults(&schema());
        form.set("prompt", "p");
        form.set("img_url", "data:image/png;base64,AAAA");
        let (fragment, left_out) = share_fragment(&form);
        assert!(left_out);
        assert!(!fragment.contains("base64"));
        let back = form_from_fragment(&schema(), &fragment).unwrap();
        assert_eq!(back.get("img_url"), "");
        assert_eq!(back.get("prompt"), "p");
    }

    #[test]
    fn other_fragments_are_not_share_links() {
        for fragment in [
            "",
            "#",
            "#top",
            "#inputs=%ZZ",
            "#inputs=%7B",
            "#inputs=%5B1%5D",
            "#inputs=%+7B%7D",
            "#inputs=%7",
            "#inputs=%é",
            "#inputs=%C3",
        ] {
            assert_eq!(form_from_fragment(&schema(), fragment), None, "{fragment}");
        }
        // An escape is `%` and two hex digits, nothing else.
        assert_eq!(shared_json("#inputs=%7B%7D").as_deref(), Some("{}"));
        assert_eq!(shared_json("#inputs=%+7"), None);
        assert_eq!(shared_json("#inputs=%-1"), None);
    }

    #[test]
    fn curl_sends_the_exact_body_and_no_token() {
        let mut form = FormValues::defaults(&schema());
        form.set("prompt", "it's a fox");
        form.set("img_url", "https://e.com/a.png");
        let body = request_body(&schema(), &form, serde_json_read);
        let command = curl_command(
            "https://model-api.runcomfy.net/v1/models/wan-ai/wan-2-2/image-to-video",
            &body,
        );
        assert!(command.starts_with(
            "curl -X POST 'https://model-api.runcomfy.net/v1/models/wan-ai/wan-2-2/image-to-video'"
        ));
        assert!(command.contains(r#"-H "Authorization: Bearer $YOUR_API_TOKEN""#));
        // The quoted body, unquoted as a shell would, is the JSON body.
        let quoted = command.split("-d ").nth(1).unwrap();
        let unquoted = quoted[1..quoted.len() - 1].replace(r"'\''", "'");
        let sent: Map<String, Value> = serde_json::from_str(&unquoted).unwrap();
        assert_eq!(sent, body);
    }

    #[test]
    fn curl_marks_where_a_local_file_goes() {
        let mut body = Map::new();
        body.insert(
            "img_url".into(),
            Value::String("local:sha256-ab?type=image/png&bytes=9".into()),
        );
        let command = curl_command("https://e.com/v1/models/m", &body);
        assert!(
            command.contains(r#""img_url":"data:image/png;base64,<base64 of the file>""#),
            "{command}"
        );
        assert!(!command.contains("local:"));
    }
}
