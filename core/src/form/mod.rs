//! The form: its values, their problems, the request body, what is kept, and share links.
//!
//! This file is the form's values as typed, their problems, and the exact JSON body they
//! become.

pub mod persist;
pub mod share;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Number, Value};

use crate::i18n::Lang;
use crate::schema::media_kind::MediaType;
use crate::schema::{InputSchema, Property, PropertyType};
use crate::text::decimal;
use crate::text::json_text;
use crate::text::small_map::SmallMap;

/// The raw text of each field as the user typed it (booleans as "true"/"false", numbers
/// as text). Persisted in `localStorage`, so it serialises as a plain JSON object.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FormValues(pub SmallMap<String>);

impl FormValues {
    /// The schema's defaults as text ("480P", "5", "true"); fields without one are absent.
    pub fn defaults(schema: &InputSchema) -> FormValues {
        let mut form = FormValues::default();
        for p in &schema.properties {
            if let Some(default) = &p.default {
                form.set(&p.name, value_text(default));
            }
        }
        form
    }

    /// The text of `name`, "" when absent.
    pub fn get(&self, name: &str) -> &str {
        self.0.get(name).map_or("", String::as_str)
    }

    /// Sets the text of `name`.
    pub fn set(&mut self, name: &str, value: impl Into<String>) {
        self.0.insert(name.to_owned(), value.into());
    }

    /// Line `index` of an array property's text (one value per line), "" past the end.
    pub fn line(&self, name: &str, index: usize) -> &str {
        self.get(name).lines().nth(index).unwrap_or("")
    }

    /// Sets line `index` of an array property's text, adding empty lines before it as
    /// needed and dropping empty lines at the end.
    pub fn set_line(&mut self, name: &str, index: usize, value: &str) {
        let mut lines: Vec<String> = self.get(name).lines().map(str::to_owned).collect();
        if lines.len() <= index {
            lines.resize(index + 1, String::new());
        }
        lines[index] = value.replace(['\n', '\r'], "");
        while lines.last().is_some_and(|l| l.trim().is_empty()) {
            lines.pop();
        }
        self.set(name, lines.join("\n"));
    }

    /// Removes line `index` of an array property's text: the lines after it move up one,
    /// and empty lines left at the end are dropped. Past the end, nothing changes.
    pub fn remove_line(&mut self, name: &str, index: usize) {
        let mut lines: Vec<&str> = self.get(name).lines().collect();
        if index >= lines.len() {
            return;
        }
        lines.remove(index);
        while lines.last().is_some_and(|l| l.trim().is_empty()) {
            lines.pop();
        }
        let text = lines.join("\n");
        self.set(name, text);
    }
}

/// A schema's value (a default, a choice) as the text the user would type: a string as
/// it is, a list of strings one per line, anything else as compact JSON.
pub fn value_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Array(items) if items.iter().all(Value::is_string) => items
            .iter()
            .filter_map(Value::as_str)
            .collect::<Vec<_>>()
            .join("\n"),
        other => json_text::compact(other),
    }
}

/// What is wrong with one field.
#[derive(Debug, Clone, PartialEq)]
pub enum FieldProblem {
    /// Empty, but required.
    Required {
        /// Property name.
        field: String,
        /// Property title.
        title: String,
    },
    /// Longer than `maxLength` characters.
    TooLong {
        /// Property name.
        field: String,
        /// Property title.
        title: String,
        /// The length, in characters.
        len: usize,
        /// The limit, in characters.
        max: usize,
    },
    /// Not a whole number (for an integer field).
    NotAnInteger {
        /// Property name.
        field: String,
        /// Property title.
        title: String,
    },
    /// Not a (finite) number.
    NotANumber {
        /// Property name.
        field: String,
        /// Property title.
        title: String,
    },
    /// Outside `minimum`..=`maximum`.
    OutOfRange {
        /// Property name.
        field: String,
        /// Property title.
        title: String,
        /// The inclusive minimum, if any.
        min: Option<f64>,
        /// The inclusive maximum, if any.
        max: Option<f64>,
    },
    /// Not one of the allowed values (also: a boolean that is not true/false).
    NotInEnum {
        /// Property name.
        field: String,
        /// Property title.
        title: String,
    },
    /// Written as a JSON list (`[…]`) that cannot be read: broken, or nested deeper than
    /// any reader here goes.
    NotAList {
        /// Property name.
        field: String,
        /// Property title.
        title: String,
    },
    /// A list with fewer entries than `minItems`.
    TooFewItems {
        /// Property name.
        field: String,
        /// Property title.
        title: String,
        /// How many entries there are.
        count: usize,
        /// The least allowed.
        min: usize,
        /// What the entries are, for a media list.
        kind: Option<MediaType>,
    },
    /// A list with more entries than `maxItems`.
    TooManyItems {
        /// Property name.
        field: String,
        /// Property title.
        title: String,
        /// How many entries there are.
        count: usize,
        /// The most allowed.
        max: usize,
        /// What the entries are, for a media list.
        kind: Option<MediaType>,
    },
}

impl FieldProblem {
    /// The property name the problem is about.
    pub fn field(&self) -> &str {
        match self {
            FieldProblem::Required { field, .. }
            | FieldProblem::TooLong { field, .. }
            | FieldProblem::NotAnInteger { field, .. }
            | FieldProblem::NotANumber { field, .. }
            | FieldProblem::OutOfRange { field, .. }
            | FieldProblem::NotInEnum { field, .. }
            | FieldProblem::NotAList { field, .. }
            | FieldProblem::TooFewItems { field, .. }
            | FieldProblem::TooManyItems { field, .. } => field,
        }
    }

    /// The sentence to show the user, in English.
    pub fn message(&self) -> String {
        self.message_in(Lang::En)
    }

    /// The sentence to show the user, in `lang`: the title as the schema gives it, the
    /// numbers as the language writes them.
    pub fn message_in(&self, lang: Lang) -> String {
        let t = lang.texts();
        match self {
            FieldProblem::Required { title, .. } => t.field_required(title),
            FieldProblem::TooLong {
                title, len, max, ..
            } => t.field_too_long(title, *len, *max),
            FieldProblem::NotAnInteger { title, .. } => t.field_not_integer(title),
            FieldProblem::NotANumber { title, .. } => t.field_not_number(title),
            FieldProblem::OutOfRange {
                title, min, max, ..
            } => match (min, max) {
                (Some(min), Some(max)) => t.field_between(title, *min, *max),
                (Some(min), None) => t.field_at_least(title, *min),
                (None, Some(max)) => t.field_at_most(title, *max),
                (None, None) => t.field_out_of_range(title),
            },
            FieldProblem::NotInEnum { title, .. } => t.field_not_in_enum(title),
            FieldProblem::NotAList { title, .. } => t.field_not_a_list(title),
            FieldProblem::TooFewItems {
                title, min, kind, ..
            } => t.field_too_few_items(title, *min, &entries(*kind, *min, lang)),
            FieldProblem::TooManyItems {
                title,
                count: n,
                max,
                kind,
                ..
            } => t.field_too_many_items(
                title,
                *max,
                &entries(*kind, *max, lang),
                n.saturating_sub(*max),
            ),
        }
    }
}

/// The word for `n` entries of a list: the media kind's, else "entries".
fn entries(kind: Option<MediaType>, n: usize, lang: Lang) -> String {
    match kind {
        Some(kind) => kind.noun(n, lang),
        None => lang.texts().entry_noun(n),
    }
}

/// Reads JSON text typed into a list field (`[…]`); `None` when it is no JSON. The app
/// passes the browser's `JSON.parse`, so its first wasm module carries no JSON parser
/// (`wan_i2v::browser::json::read`); [`serde_json_read`] is serde_json's.
pub type ReadJson = fn(&str) -> Option<Value>;

/// serde_json's [`ReadJson`].
pub fn serde_json_read(text: &str) -> Option<Value> {
    serde_json::from_str(text).ok()
}

/// The problems of every field, in schema order, at most one per field (the first of:
/// required, wrong type, too long / out of range, not an allowed value, too few / too
/// many entries). `maxLength` is checked on every string, and on every string entry of a
/// list whose items give one.
pub fn field_problems(
    schema: &InputSchema,
    values: &FormValues,
    read: ReadJson,
) -> Vec<FieldProblem> {
    schema
        .properties
        .iter()
        .filter_map(|p| problem(p, values.get(&p.name), schema.is_required(&p.name), read))
        .collect()
}

/// The problem of the one field `name`, as [`field_problems`] lists it (`None` for a name
/// the schema does not have). A field's own check does not read the other fields' values,
/// which may be long (a local video is a `data:` URI of many megabytes).
pub fn field_problem(
    schema: &InputSchema,
    values: &FormValues,
    name: &str,
    read: ReadJson,
) -> Option<FieldProblem> {
    text_problem(schema, name, values.get(name), read)
}

/// The problem of the text `raw` of the property `name`, as [`field_problem`] finds it in
/// a form: for a field that keeps its own copy of its text.
pub fn text_problem(
    schema: &InputSchema,
    name: &str,
    raw: &str,
    read: ReadJson,
) -> Option<FieldProblem> {
    let p = schema.property(name)?;
    problem(p, raw, schema.is_required(name), read)
}

fn problem(p: &Property, raw: &str, required: bool, read: ReadJson) -> Option<FieldProblem> {
    let kind = problem_kind(p, raw, required, read)?;
    // Names are copied only for the (rare) fields that have a problem.
    let (field, title) = (p.name.clone(), p.title.clone());
    Some(match kind {
        Kind::Required => FieldProblem::Required { field, title },
        Kind::TooLong { len, max } => FieldProblem::TooLong {
            field,
            title,
            len,
            max,
        },
        Kind::NotAnInteger => FieldProblem::NotAnInteger { field, title },
        Kind::NotANumber => FieldProblem::NotANumber { field, title },
        Kind::OutOfRange => FieldProblem::OutOfRange {
            field,
            title,
            min: p.minimum,
            max: p.maximum,
        },
        Kind::NotInEnum => FieldProblem::NotInEnum { field, title },
        Kind::NotAList => FieldProblem::NotAList { field, title },
        Kind::TooFewItems { count, min } => FieldProblem::TooFewItems {
            field,
            title,
            count,
            min,
            kind: p.media_input().map(|m| m.kind()),
        },
        Kind::TooManyItems { count, max } => FieldProblem::TooManyItems {
            field,
            title,
            count,
            max,
            kind: p.media_input().map(|m| m.kind()),
        },
    })
}

/// A `FieldProblem` without the names.
enum Kind {
    Required,
    TooLong { len: usize, max: usize },
    NotAnInteger,
    NotANumber,
    OutOfRange,
    NotInEnum,
    NotAList,
    TooFewItems { count: usize, min: usize },
    TooManyItems { count: usize, max: usize },
}

fn problem_kind(p: &Property, raw: &str, required: bool, read: ReadJson) -> Option<Kind> {
    if raw.trim().is_empty() {
        return required.then_some(Kind::Required);
    }
    let value = match typed_value(p, raw, read) {
        Ok(value) => value,
        Err(Bad::Integer) => return Some(Kind::NotAnInteger),
        Err(Bad::Number) => return Some(Kind::NotANumber),
        Err(Bad::Choice) => return Some(Kind::NotInEnum),
        Err(Bad::List) => return Some(Kind::NotAList),
    };
    if let Some(too_long) = too_long(p, &value) {
        return Some(too_long);
    }
    if let Some(n) = value.as_f64() {
        let below = p.minimum.is_some_and(|min| n < min);
        let above = p.maximum.is_some_and(|max| n > max);
        if below || above {
            return Some(Kind::OutOfRange);
        }
    }
    if !p.enum_values.is_empty() && !p.enum_values.iter().any(|e| same_value(e, &value)) {
        return Some(Kind::NotInEnum);
    }
    if let Value::Array(list) = &value {
        let count = list.len();
        if let Some(min) = p.min_items.filter(|min| count < *min) {
            return Some(Kind::TooFewItems { count, min });
        }
        if let Some(max) = p.max_items.filter(|max| count > *max) {
            return Some(Kind::TooManyItems { count, max });
        }
    }
    None
}

/// A string longer than its `maxLength`, or the first entry of a list longer than its
/// items' `maxLength`. Characters are Unicode scalar values, as a browser's maxLength
/// roughly counts.
fn too_long(p: &Property, value: &Value) -> Option<Kind> {
    let over = |text: &str, max: Option<usize>| {
        let max = max?;
        let len = text.chars().count();
        (len > max).then_some(Kind::TooLong { len, max })
    };
    match value {
        Value::String(text) => over(text, p.max_length),
        Value::Array(list) => {
            let max = p.items.as_ref().and_then(|item| item.max_length);
            list.iter()
                .filter_map(Value::as_str)
                .find_map(|text| over(text, max))
        }
        _ => None,
    }
}

/// Whether `raw` is a value `p` takes as it is: no problem but, for an empty value,
/// being required.
pub(crate) fn accepts(p: &Property, raw: &str, read: ReadJson) -> bool {
    problem_kind(p, raw, false, read).is_none()
}

/// The schema's default of `p` as the text the user would type.
pub(crate) fn default_text(p: &Property) -> Option<String> {
    p.default.as_ref().map(value_text)
}

/// Whether two texts mean the same value of `p` ("5" and " 5.0 " for a number); texts
/// that do not parse are compared trimmed.
pub(crate) fn same_text_value(p: &Property, a: &str, b: &str, read: ReadJson) -> bool {
    match (typed_value(p, a, read), typed_value(p, b, read)) {
        (Ok(x), Ok(y)) if !matches!(x, Value::String(_)) => same_value(&x, &y),
        _ => a.trim() == b.trim(),
    }
}

/// Equality that treats 5 and 5.0 as the same number.
fn same_value(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        _ => a == b,
    }
}

/// The request body: in schema order, each non-empty field typed as its schema says.
/// Values that do not parse as their type are left out (`field_problems` reports them);
/// keys that are not in the schema are ignored. A `false` boolean is a value and is sent.
///
/// Without serde_json's `preserve_order` the map is sorted by key when serialised; key
/// order means nothing to the API.
pub fn request_body(
    schema: &InputSchema,
    values: &FormValues,
    read: ReadJson,
) -> Map<String, Value> {
    let mut body = Map::new();
    for p in &schema.properties {
        let raw = values.get(&p.name);
        if raw.trim().is_empty() {
            continue;
        }
        if let Ok(value) = typed_value(p, raw, read) {
            body.insert(p.name.clone(), value);
        }
    }
    body
}

/// Why text does not parse as its property's type.
enum Bad {
    Integer,
    Number,
    Choice,
    List,
}

/// The text as the JSON value its property's type calls for. Strings keep their text
/// exactly (spaces included); numbers and booleans are read trimmed.
fn typed_value(p: &Property, raw: &str, read: ReadJson) -> Result<Value, Bad> {
    let trimmed = raw.trim();
    match &p.kind {
        PropertyType::String | PropertyType::Unknown(_) => Ok(Value::String(raw.to_owned())),
        PropertyType::Integer => trimmed
            .parse::<i64>()
            .map(Value::from)
            .map_err(|_| Bad::Integer),
        PropertyType::Number => {
            // Read as JSON (see `decimal`); a number too large for a double is none.
            let n = decimal::json_spelling(trimmed)
                .and_then(|json| read(&json))
                .and_then(|value| value.as_f64())
                .filter(|n| n.is_finite())
                .ok_or(Bad::Number)?;
            Ok(number(n))
        }
        PropertyType::Boolean => {
            if trimmed.eq_ignore_ascii_case("true") {
                Ok(Value::Bool(true))
            } else if trimmed.eq_ignore_ascii_case("false") {
                Ok(Value::Bool(false))
            } else {
                Err(Bad::Choice)
            }
        }
        PropertyType::Array => array_value(p.items.as_deref(), trimmed, read),
    }
}

/// A JSON array as typed (`[…]`), else one element per non-empty line, each typed by
/// the `items` schema (strings when there is none).
fn array_value(items: Option<&Property>, trimmed: &str, read: ReadJson) -> Result<Value, Bad> {
    if trimmed.starts_with('[') {
        if let Some(Value::Array(list)) = read(trimmed) {
            return Ok(Value::Array(list));
        }
        // A list of anything but text written as JSON that cannot be read is not one
        // entry of text: it is a list gone wrong (or nested past any reader).
        let text_items = items.is_none_or(|i| i.kind == PropertyType::String);
        if trimmed.ends_with(']') && !text_items {
            return Err(Bad::List);
        }
    }
    trimmed
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(|line| match items {
            Some(item) => typed_value(item, line, read),
            None => Ok(Value::String(line.to_owned())),
        })
        .collect::<Result<Vec<_>, _>>()
        .map(Value::Array)
}

/// Whole numbers below 2^53 (exact in f64) go out as JSON integers (2, not 2.0), which
/// both integer and float parsers accept.
fn number(n: f64) -> Value {
    const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53
    if n.fract() == 0.0 && n.abs() < EXACT {
        Value::from(n as i64)
    } else {
        Number::from_f64(n).map_or(Value::Null, Value::Number)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::german::assert_german;
    use serde_json::json;

    fn wan() -> InputSchema {
        InputSchema::parse(include_str!(
            "../../../schemas/wan-2-2-image-to-video.input.json"
        ))
        .expect("schema parses")
    }

    fn values(pairs: &[(&str, &str)]) -> FormValues {
        let mut v = FormValues::default();
        for (k, val) in pairs {
            v.set(k, *val);
        }
        v
    }

    fn valid() -> FormValues {
        let mut v = FormValues::defaults(&wan());
        v.set("prompt", "A cat surfing");
        v.set("img_url", "https://example.com/cat.png");
        v
    }

    fn messages(schema: &InputSchema, v: &FormValues) -> Vec<String> {
        field_problems(schema, v, serde_json_read)
            .iter()
            .map(FieldProblem::message)
            .collect()
    }

    fn custom(props: Value) -> InputSchema {
        InputSchema::parse(&json!({ "properties": props }).to_string()).expect("parses")
    }

    #[test]
    fn defaults_as_text() {
        let d = FormValues::defaults(&wan());
        assert_eq!(
            d,
            values(&[
                ("resolution", "480P"),
                ("duration", "5"),
                ("prompt_extend", "true")
            ])
        );
        assert_eq!(d.get("duration"), "5");
        assert_eq!(d.get("seed"), "");
        let s = custom(json!({
            "n": {"type": "number", "default": 2.5},
            "list": {"type": "array", "default": ["a", "b"]},
            "mixed": {"type": "array", "default": [1, "b"]},
            "obj": {"type": "object", "default": {"k": 1}}
        }));
        let d = FormValues::defaults(&s);
        assert_eq!(d.get("n"), "2.5");
        assert_eq!(d.get("list"), "a\nb");
        assert_eq!(d.get("mixed"), "[1,\"b\"]");
        assert_eq!(d.get("obj"), "{\"k\":1}");
    }

    #[test]
    fn set_get_and_persisted_shape() {
        let mut v = FormValues::default();
        assert_eq!(v.get("prompt"), "");
        v.set("prompt", "hi");
        v.set("prompt", String::from("again"));
        assert_eq!(v.get("prompt"), "again");
        let text = serde_json::to_string(&v).expect("serialises");
        assert_eq!(text, r#"{"prompt":"again"}"#);
        let back: FormValues = serde_json::from_str(&text).expect("deserialises");
        assert_eq!(back, v);
    }

    #[test]
    fn a_valid_form_has_no_problems() {
        assert_eq!(field_problems(&wan(), &valid(), serde_json_read), []);
    }

    #[test]
    fn required_fields_in_schema_order() {
        let s = wan();
        let problems = field_problems(&s, &FormValues::default(), serde_json_read);
        let fields: Vec<&str> = problems.iter().map(FieldProblem::field).collect();
        assert_eq!(fields, ["prompt", "img_url"]);
        assert_eq!(
            messages(&s, &values(&[("prompt", " \n\t "), ("img_url", "x")])),
            ["Prompt is required."]
        );
        assert_eq!(
            messages(&s, &values(&[("prompt", "x")])),
            ["Image is required."]
        );
    }

    #[test]
    fn length_counts_characters_at_the_bound() {
        let s = wan();
        let mut v = valid();
        v.set("prompt", "é".repeat(800));
        assert_eq!(field_problems(&s, &v, serde_json_read), []);
        v.set("prompt", "é".repeat(801));
        assert_eq!(
            field_problems(&s, &v, serde_json_read),
            [FieldProblem::TooLong {
                field: "prompt".into(),
                title: "Prompt".into(),
                len: 801,
                max: 800
            }]
        );
        let mut v = valid();
        v.set("negative_prompt", "n".repeat(500));
        assert_eq!(field_problems(&s, &v, serde_json_read), []);
        v.set("negative_prompt", "n".repeat(512));
        assert_eq!(
            messages(&s, &v),
            ["Negative Prompt is 512 characters long; the limit is 500."]
        );
    }

    #[test]
    fn integers() {
        let s = wan();
        for ok in [
            "0",
            "-3",
            " 42 ",
            "4294967296",
            "9223372036854775807",
            "-9223372036854775808",
        ] {
            let mut v = valid();
            v.set("seed", ok);
            assert_eq!(field_problems(&s, &v, serde_json_read), [], "{ok}");
        }
        for bad in ["abc", "1.5", "1e3", "9223372036854775808", "5 5", "0x10"] {
            let mut v = valid();
            v.set("seed", bad);
            assert_eq!(messages(&s, &v), ["Seed must be a whole number."], "{bad}");
        }
    }

    #[test]
    fn enums_compare_typed_values() {
        let s = wan();
        let mut v = valid();
        v.set("duration", "6");
        assert_eq!(
            messages(&s, &v),
            ["Duration must be one of the offered choices."]
        );
        v.set("duration", " 5 ");
        assert_eq!(field_problems(&s, &v, serde_json_read), []);
        v.set("resolution", "720P");
        assert_eq!(
            messages(&s, &v),
            ["Resolution must be one of the offered choices."]
        );
        v.set("resolution", "480p");
        assert_eq!(field_problems(&s, &v, serde_json_read).len(), 1);
        v.set("resolution", "1080P");
        assert_eq!(field_problems(&s, &v, serde_json_read), []);
        let n = custom(json!({"r": {"type": "number", "enum": [1.0, 2.5]}}));
        assert_eq!(
            field_problems(&n, &values(&[("r", "1")]), serde_json_read),
            []
        );
        assert_eq!(
            field_problems(&n, &values(&[("r", "2.50")]), serde_json_read),
            []
        );
        assert_eq!(
            field_problems(&n, &values(&[("r", "2")]), serde_json_read).len(),
            1
        );
    }

    #[test]
    fn booleans() {
        let s = wan();
        for ok in ["true", "false", "TRUE", " False "] {
            let mut v = valid();
            v.set("prompt_extend", ok);
            assert_eq!(field_problems(&s, &v, serde_json_read), [], "{ok}");
        }
        let mut v = valid();
        v.set("prompt_extend", "yes");
        assert_eq!(
            messages(&s, &v),
            ["Magic Prompt must be one of the offered choices."]
        );
    }

    #[test]
    fn ranges_are_inclusive_and_only_when_given() {
        let s = custom(json!({
            "steps": {"type": "integer", "minimum": 0, "maximum": 10},
            "cfg": {"type": "number", "minimum": 0.5},
            "top": {"type": "number", "maximum": 1}
        }));
        let check = |k: &str, val: &str| messages(&s, &values(&[(k, val)]));
        assert_eq!(check("steps", "0"), Vec::<String>::new());
        assert_eq!(check("steps", "10"), Vec::<String>::new());
        assert_eq!(check("steps", "-1"), ["steps must be between 0 and 10."]);
        assert_eq!(check("steps", "11"), ["steps must be between 0 and 10."]);
        assert_eq!(check("cfg", "0.5"), Vec::<String>::new());
        assert_eq!(check("cfg", "0.49"), ["cfg must be at least 0.5."]);
        assert_eq!(check("cfg", "1e9"), Vec::<String>::new());
        assert_eq!(check("top", "1.0"), Vec::<String>::new());
        assert_eq!(check("top", "1.01"), ["top must be at most 1."]);
        for bad in ["NaN", "inf", "-infinity", "one", "1,5"] {
            assert_eq!(check("cfg", bad), ["cfg must be a number."], "{bad}");
        }
        let p = FieldProblem::OutOfRange {
            field: "x".into(),
            title: "X".into(),
            min: None,
            max: None,
        };
        assert_eq!(p.message(), "X is out of range.");
    }

    #[test]
    fn body_is_typed_and_skips_empty_fields() {
        let mut v = valid();
        v.set("negative_prompt", "   ");
        v.set("seed", "");
        v.set("template", "  flying ");
        v.set("not_in_schema", "x");
        let body = request_body(&wan(), &v, serde_json_read);
        assert_eq!(
            Value::Object(body.clone()),
            json!({
                "prompt": "A cat surfing",
                "img_url": "https://example.com/cat.png",
                "template": "  flying ",
                "resolution": "480P",
                "duration": 5,
                "prompt_extend": true
            })
        );
        let text = serde_json::to_string(&body).expect("serialises");
        assert!(text.contains(r#""duration":5"#), "{text}");
        assert!(text.contains(r#""prompt_extend":true"#), "{text}");
    }

    #[test]
    fn body_includes_false_and_seed() {
        let mut v = valid();
        v.set("prompt_extend", "false");
        v.set("seed", " 1234567890123 ");
        let body = request_body(&wan(), &v, serde_json_read);
        assert_eq!(body.get("prompt_extend"), Some(&json!(false)));
        assert_eq!(body.get("seed"), Some(&json!(1_234_567_890_123_i64)));
    }

    #[test]
    fn body_leaves_out_unparsable_values() {
        let mut v = valid();
        v.set("seed", "12.5");
        v.set("duration", "five");
        v.set("prompt_extend", "maybe");
        let body = request_body(&wan(), &v, serde_json_read);
        assert!(body.get("seed").is_none());
        assert!(body.get("duration").is_none());
        assert!(body.get("prompt_extend").is_none());
        assert_eq!(body.len(), 3);
        // Invalid but typed values are still sent; the form blocks them first.
        v.set("duration", "6");
        assert_eq!(
            request_body(&wan(), &v, serde_json_read).get("duration"),
            Some(&json!(6))
        );
        assert_eq!(
            request_body(&wan(), &FormValues::default(), serde_json_read),
            Map::new()
        );
    }

    #[test]
    fn body_numbers_serialise_sensibly() {
        let s = custom(json!({"n": {"type": "number"}}));
        let body = |t: &str| {
            serde_json::to_string(&request_body(&s, &values(&[("n", t)]), serde_json_read))
        };
        assert_eq!(body("2").ok().as_deref(), Some(r#"{"n":2}"#));
        assert_eq!(body("2.0").ok().as_deref(), Some(r#"{"n":2}"#));
        assert_eq!(body("-0.25").ok().as_deref(), Some(r#"{"n":-0.25}"#));
        let big = body("1e20")
            .ok()
            .and_then(|t| serde_json::from_str::<Value>(&t).ok());
        assert_eq!(big.and_then(|v| v["n"].as_f64()), Some(1e20));
        assert_eq!(body("inf").ok().as_deref(), Some("{}"));
    }

    #[test]
    fn body_arrays_and_unknown_types() {
        let s = custom(json!({
            "urls": {"type": "array", "items": {"type": "string"}},
            "nums": {"type": "array", "items": {"type": "integer"}},
            "raw": {"type": "array"},
            "obj": {"type": "object"}
        }));
        let v = values(&[
            ("urls", "https://a/1.png\r\n\n  https://a/2.png  \n"),
            ("nums", "1\n2"),
            ("raw", r#" [1, "x", null] "#),
            ("obj", r#"{"k": 1}"#),
        ]);
        assert_eq!(
            Value::Object(request_body(&s, &v, serde_json_read)),
            json!({
                "urls": ["https://a/1.png", "https://a/2.png"],
                "nums": [1, 2],
                "raw": [1, "x", null],
                "obj": "{\"k\": 1}"
            })
        );
        let bad = values(&[("nums", "1\ntwo"), ("raw", "[not json")]);
        let body = request_body(&s, &bad, serde_json_read);
        assert!(body.get("nums").is_none());
        assert_eq!(body.get("raw"), Some(&json!(["[not json"])));
        assert_eq!(messages(&s, &bad), ["nums must be a whole number."]);

        // A list of objects written as JSON that no reader takes: said, never sent as text.
        let s = custom(json!({"boxes": {"type": "array", "items": {"type": "object"}}}));
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        for text in [deep.as_str(), "[{\"x\": 1},]"] {
            let form = values(&[("boxes", text)]);
            assert!(request_body(&s, &form, serde_json_read)
                .get("boxes")
                .is_none());
            assert_eq!(
                messages(&s, &form),
                [
                    "boxes is written as a JSON list that cannot be read (broken, or nested too \
                  deep). Write one entry per line, or a valid JSON list."
                ]
            );
        }
        let fine = values(&[("boxes", "[{\"x\": 1}]")]);
        assert_eq!(
            request_body(&s, &fine, serde_json_read).get("boxes"),
            Some(&json!([{"x": 1}]))
        );
    }

    #[test]
    fn array_lines_are_read_and_written_one_by_one() {
        let mut form = FormValues::default();
        assert_eq!(form.line("images", 0), "");
        form.set_line("images", 1, "https://e.com/b.png");
        assert_eq!(form.get("images"), "\nhttps://e.com/b.png");
        form.set_line("images", 0, "https://e.com/a.png");
        assert_eq!(form.line("images", 0), "https://e.com/a.png");
        assert_eq!(form.line("images", 1), "https://e.com/b.png");
        form.set_line("images", 1, "");
        assert_eq!(
            form.get("images"),
            "https://e.com/a.png",
            "trailing empty lines go"
        );
        form.set_line("images", 0, "bad\nvalue");
        assert_eq!(
            form.get("images"),
            "badvalue",
            "a line cannot hold a newline"
        );
    }

    #[test]
    fn one_field_is_checked_as_all_of_them_are() {
        let s = wan();
        let mut v = valid();
        v.set("duration", "6");
        v.set("prompt", "");
        let all = field_problems(&s, &v, serde_json_read);
        assert_eq!(all.len(), 2);
        for problem in &all {
            assert_eq!(
                field_problem(&s, &v, problem.field(), serde_json_read).as_ref(),
                Some(problem)
            );
        }
        assert_eq!(field_problem(&s, &v, "img_url", serde_json_read), None);
        assert_eq!(
            field_problem(&s, &v, "not_in_schema", serde_json_read),
            None
        );
    }

    #[test]
    fn array_lines_are_removed_one_by_one() {
        let mut form = FormValues::default();
        form.set("clips", "https://e.com/a.mp4\n\nhttps://e.com/c.mp4\nd");
        form.remove_line("clips", 1);
        assert_eq!(
            form.get("clips"),
            "https://e.com/a.mp4\nhttps://e.com/c.mp4\nd"
        );
        form.remove_line("clips", 0);
        assert_eq!(
            form.line("clips", 0),
            "https://e.com/c.mp4",
            "the rest moves up"
        );
        form.remove_line("clips", 7);
        assert_eq!(
            form.get("clips"),
            "https://e.com/c.mp4\nd",
            "past the end: unchanged"
        );
        form.set("clips", "a\n\n\nd");
        form.remove_line("clips", 3);
        assert_eq!(form.get("clips"), "a", "trailing empty lines go");
        form.remove_line("clips", 0);
        assert_eq!(form.get("clips"), "");
        form.remove_line("never_set", 0);
        assert_eq!(form.0.get("never_set"), None);
    }

    fn every_problem() -> Vec<FieldProblem> {
        let (field, title) = (String::from("steps"), String::from("Steps"));
        let range = |min, max| FieldProblem::OutOfRange {
            field: field.clone(),
            title: title.clone(),
            min,
            max,
        };
        vec![
            FieldProblem::Required {
                field: field.clone(),
                title: title.clone(),
            },
            FieldProblem::TooLong {
                field: field.clone(),
                title: title.clone(),
                len: 1234,
                max: 800,
            },
            FieldProblem::NotAnInteger {
                field: field.clone(),
                title: title.clone(),
            },
            FieldProblem::NotANumber {
                field: field.clone(),
                title: title.clone(),
            },
            range(Some(1000.0), Some(2000.5)),
            range(Some(0.5), None),
            range(None, Some(1.0)),
            range(None, None),
            FieldProblem::NotInEnum {
                field: field.clone(),
                title: title.clone(),
            },
        ]
    }

    #[test]
    fn max_length_counts_on_every_string() {
        let s = custom(json!({
            "name": {"type": "string", "maxLength": 5},
            "object": {"type": "object", "maxLength": 3},
            "tags": {"type": "array", "items": {"type": "string", "maxLength": 4}}
        }));
        let check = |k: &str, val: &str| messages(&s, &values(&[(k, val)]));
        assert_eq!(check("name", "12345"), Vec::<String>::new());
        assert_eq!(
            check("name", "123456"),
            ["name is 6 characters long; the limit is 5."]
        );
        assert_eq!(
            check("object", "{\"a\":1}"),
            ["object is 7 characters long; the limit is 3."]
        );
        assert_eq!(
            check("tags", "four\nfive!\nsixsix"),
            ["tags is 5 characters long; the limit is 4."]
        );
        assert_eq!(check("tags", "four\nok"), Vec::<String>::new());
    }

    #[test]
    fn lists_keep_to_min_and_max_items() {
        let s = custom(json!({
            "refs": {"title": "References", "type": "array", "format": "image_uris",
                     "minItems": 2, "maxItems": 3},
            "clips": {"title": "Clips", "type": "array", "format": "video_uris", "maxItems": 4},
            "words": {"title": "Words", "type": "array", "items": {"type": "string"},
                      "minItems": 1, "maxItems": 1}
        }));
        let check = |k: &str, val: &str| messages(&s, &values(&[(k, val)]));
        assert_eq!(
            check("refs", "https://e/1.png"),
            ["References: add at least 2 images."]
        );
        assert_eq!(
            check("refs", "https://e/1.png\nhttps://e/2.png"),
            Vec::<String>::new()
        );
        assert_eq!(check("refs", "a\nb\nc"), Vec::<String>::new());
        assert_eq!(
            check("refs", "a\nb\nc\nd"),
            ["References: at most 3 images; remove 1."]
        );
        assert_eq!(
            check("refs", ""),
            Vec::<String>::new(),
            "empty and optional is fine"
        );
        assert_eq!(
            check("clips", "1\n2\n3\n4\n5\n6"),
            ["Clips: at most 4 videos; remove 2."]
        );
        assert_eq!(
            check("words", "a\nb"),
            ["Words: at most 1 entry; remove 1."]
        );
        assert_eq!(check("words", "[]"), ["Words: add at least 1 entry."]);
        let p = &field_problems(&s, &values(&[("refs", "a")]), serde_json_read)[0];
        assert_eq!(
            *p,
            FieldProblem::TooFewItems {
                field: "refs".into(),
                title: "References".into(),
                count: 1,
                min: 2,
                kind: Some(MediaType::Image)
            }
        );
        assert_eq!(p.field(), "refs");
    }

    #[test]
    fn list_sizes_in_german() {
        let few = |kind, min| FieldProblem::TooFewItems {
            field: "f".into(),
            title: "Referenzen".into(),
            count: 0,
            min,
            kind,
        };
        let many = |kind, max| FieldProblem::TooManyItems {
            field: "f".into(),
            title: "Referenzen".into(),
            count: 1500,
            max,
            kind,
        };
        let all = [
            few(Some(MediaType::Image), 2),
            few(Some(MediaType::Audio), 1),
            few(None, 3),
            many(Some(MediaType::Video), 4),
            many(None, 1),
        ];
        let de: Vec<String> = all.iter().map(|p| p.message_in(Lang::De)).collect();
        for (p, text) in all.iter().zip(&de) {
            assert_german(text, &p.message());
        }
        assert_eq!(
            de,
            [
                "Referenzen: Fügen Sie mindestens 2 Bilder hinzu.",
                "Referenzen: Fügen Sie mindestens 1 Audiodatei hinzu.",
                "Referenzen: Fügen Sie mindestens 3 Einträge hinzu.",
                "Referenzen: höchstens 4 Videos; entfernen Sie 1.496.",
                "Referenzen: höchstens 1 Eintrag; entfernen Sie 1.499.",
            ]
        );
        assert_eq!(all[1].message(), "Referenzen: add at least 1 audio file.");
        assert_eq!(
            all[3].message(),
            "Referenzen: at most 4 videos; remove 1,496."
        );
    }

    #[test]
    fn english_is_the_default_message() {
        for p in every_problem() {
            assert_eq!(p.message(), p.message_in(Lang::En));
        }
    }

    #[test]
    fn every_problem_in_german() {
        let problems = every_problem();
        let de: Vec<String> = problems.iter().map(|p| p.message_in(Lang::De)).collect();
        for (p, text) in problems.iter().zip(&de) {
            assert_german(text, &p.message());
            assert!(text.starts_with("Steps "), "the title stays: {text}");
        }
        assert_eq!(
            de,
            [
                "Steps ist erforderlich.",
                "Steps ist 1.234 Zeichen lang; erlaubt sind höchstens 800.",
                "Steps muss eine ganze Zahl sein.",
                "Steps muss eine Zahl sein.",
                "Steps muss zwischen 1.000 und 2.000,5 liegen.",
                "Steps muss mindestens 0,5 sein.",
                "Steps darf höchstens 1 sein.",
                "Steps liegt außerhalb des erlaubten Bereichs.",
                "Steps muss einer der angebotenen Werte sein.",
            ]
        );
    }

    #[test]
    fn numbers_are_written_as_each_language_writes_them() {
        let problems = every_problem();
        assert_eq!(
            problems[1].message(),
            "Steps is 1,234 characters long; the limit is 800."
        );
        assert_eq!(
            problems[4].message(),
            "Steps must be between 1,000 and 2,000.5."
        );
        let s = custom(json!({"n": {"type": "number", "minimum": -0.25, "maximum": 1e6}}));
        let p = field_problems(&s, &values(&[("n", "-1")]), serde_json_read);
        assert_eq!(
            p[0].message_in(Lang::De),
            "n muss zwischen -0,25 und 1.000.000 liegen."
        );
    }
}
