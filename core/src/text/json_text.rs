//! Any JSON value read back as compact JSON text with its object keys in document
//! order. `serde_json::Value` sorts them (no `preserve_order` here), which would shuffle
//! the fields of an input schema that arrives inside another document (a catalog entry).
//! Why not serde_json's writer: it and the `std::io` it writes through measured 4.5 KiB
//! more gzip in the first wasm module (docs/performance.md).

use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Number, Value};

/// A JSON value as compact text, object keys in the order they came.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct JsonText(pub(crate) String);

impl<'de> Deserialize<'de> for JsonText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TextVisitor).map(JsonText)
    }
}

/// A schema given either as an object (kept as its text) or as a string holding the
/// JSON text; `null` is none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SchemaText(pub(crate) Option<String>);

impl<'de> Deserialize<'de> for SchemaText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(SchemaVisitor).map(SchemaText)
    }
}

struct SchemaVisitor;

impl<'de> Visitor<'de> for SchemaVisitor {
    type Value = Option<String>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON schema, as an object or as text")
    }

    fn visit_str<E>(self, v: &str) -> Result<Option<String>, E> {
        Ok(Some(v.to_owned()))
    }

    fn visit_unit<E>(self) -> Result<Option<String>, E> {
        Ok(None)
    }

    fn visit_none<E>(self) -> Result<Option<String>, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Option<String>, D::Error> {
        d.deserialize_any(SchemaVisitor)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Option<String>, A::Error> {
        TextVisitor.visit_map(map).map(Some)
    }

    // Anything else is no schema; it is kept as text, so parsing it says why.
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Option<String>, A::Error> {
        TextVisitor.visit_seq(seq).map(Some)
    }

    fn visit_bool<E>(self, v: bool) -> Result<Option<String>, E> {
        Ok(Some(v.to_string()))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Option<String>, E> {
        Ok(Some(v.to_string()))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Option<String>, E> {
        Ok(Some(v.to_string()))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Option<String>, E> {
        Ok(Some(number_text(v)))
    }
}

/// `value` as compact JSON text, exactly as serde_json writes it (`Value`'s Display). Written
/// here because the app's first wasm module shows schema defaults and choices as text, and
/// serde_json's serializer (with the `std::io` it writes through) would cost it 6.5 KiB gzip.
pub(crate) fn compact(value: &Value) -> String {
    let mut out = String::new();
    write_value(&mut out, value);
    out
}

fn write_value(out: &mut String, value: &Value) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(flag) => out.push_str(if *flag { "true" } else { "false" }),
        Value::Number(number) => out.push_str(&number.to_string()),
        Value::String(text) => write_string(out, text),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_value(out, item);
            }
            out.push(']');
        }
        Value::Object(members) => {
            out.push('{');
            for (i, (key, item)) in members.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_string(out, key);
                out.push(':');
                write_value(out, item);
            }
            out.push('}');
        }
    }
}

/// A JSON string, escaped as serde_json escapes: `"` and `\`, and control characters
/// (`\b \f \n \r \t`, the others as `\u00xx`).
fn write_string(out: &mut String, text: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if c < ' ' => {
                out.push_str("\\u00");
                out.push(char::from(HEX[c as usize >> 4]));
                out.push(char::from(HEX[c as usize & 15]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// A float as JSON writes it; JSON has no NaN or infinity, so those are `null`.
fn number_text(v: f64) -> String {
    Number::from_f64(v).map_or_else(|| "null".to_owned(), |n| n.to_string())
}

struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = String;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<String, E> {
        Ok(v.to_string())
    }

    fn visit_i64<E>(self, v: i64) -> Result<String, E> {
        Ok(v.to_string())
    }

    fn visit_u64<E>(self, v: u64) -> Result<String, E> {
        Ok(v.to_string())
    }

    fn visit_f64<E>(self, v: f64) -> Result<String, E> {
        Ok(number_text(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<String, E> {
        let mut out = String::new();
        write_string(&mut out, v);
        Ok(out)
    }

    fn visit_unit<E>(self) -> Result<String, E> {
        Ok("null".to_owned())
    }

    fn visit_none<E>(self) -> Result<String, E> {
        Ok("null".to_owned())
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<String, D::Error> {
        d.deserialize_any(TextVisitor)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<String, A::Error> {
        let mut out = String::from("[");
        while let Some(JsonText(item)) = seq.next_element()? {
            if out.len() > 1 {
                out.push(',');
            }
            out.push_str(&item);
        }
        out.push(']');
        Ok(out)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<String, A::Error> {
        let mut out = String::from("{");
        while let Some(key) = map.next_key::<String>()? {
            let JsonText(value) = map.next_value()?;
            if out.len() > 1 {
                out.push(',');
            }
            write_string(&mut out, &key);
            out.push(':');
            out.push_str(&value);
        }
        out.push('}');
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn compact_writes_what_serde_json_writes() {
        let odd = (0u8..0x20).map(char::from).collect::<String>() + "\"\\/\u{7f}é🦊";
        for value in [
            json!(null),
            json!(true),
            json!(false),
            json!(0),
            json!(-17),
            json!(18446744073709551615u64),
            json!(0.5),
            json!(1e300),
            json!(-2.5e-8),
            json!(5.0),
            json!(odd),
            json!([]),
            json!({}),
            json!([1, "a", [null, {"z": 1, "a": [true]}]]),
            json!({"b": {"c": "d\ne"}, "a": [0.1, "x"], "": ""}),
        ] {
            assert_eq!(compact(&value), value.to_string());
        }
    }

    fn text(json: &str) -> String {
        serde_json::from_str::<JsonText>(json)
            .map(|t| t.0)
            .unwrap_or_default()
    }

    #[test]
    fn keys_keep_their_order_and_values_their_meaning() {
        let doc = r#"{ "z": 1, "a": [true, null, -2, 2.5, "q\"u\n"], "m": {"y": {}, "b": []} }"#;
        let out = text(doc);
        assert_eq!(
            out,
            r#"{"z":1,"a":[true,null,-2,2.5,"q\"u\n"],"m":{"y":{},"b":[]}}"#
        );
        let again: Value = serde_json::from_str(&out).unwrap_or_default();
        let original: Value = serde_json::from_str(doc).unwrap_or_default();
        assert_eq!(again, original);
        assert_eq!(text("18446744073709551615"), "18446744073709551615");
        assert_eq!(text("\"é\""), "\"é\"");
    }

    #[test]
    fn a_schema_may_come_as_text() {
        let read = |json: &str| serde_json::from_str::<SchemaText>(json).map(|s| s.0).ok();
        assert_eq!(
            read(r#""{\"properties\":{}}""#),
            Some(Some(r#"{"properties":{}}"#.to_owned()))
        );
        assert_eq!(
            read(r#"{"b":1,"a":2}"#),
            Some(Some(r#"{"b":1,"a":2}"#.to_owned()))
        );
        assert_eq!(read("null"), Some(None));
        assert_eq!(read("[1]"), Some(Some("[1]".to_owned())));
        assert_eq!(read("3"), Some(Some("3".to_owned())));
    }
}
