//! JSON read and written by the browser (`JSON.parse`, `JSON.stringify`) for the first
//! screen: its schema, and the settings, token and form kept on this device. The first
//! wasm module then carries no JSON parser of its own; serde_json's stays with the API, in
//! the second module (see `src/split.rs`). Measured: 20.5 KiB less gzip in the first
//! module than serde_json reading them (docs/performance.md).

use js_sys::{Array, Object, Reflect, JSON};
use serde_json::{Map, Number, Value};
use wasm_bindgen::{JsCast, JsValue};

use crate::core::schema::{InputSchema, SchemaDocument};

/// A JSON object, as the browser holds it.
pub struct JsonObject(Object);

impl JsonObject {
    /// An empty object.
    pub fn new() -> Self {
        Self(Object::new())
    }

    /// `text` parsed, when it is a JSON object (not an array, not a scalar).
    pub fn parse(text: &str) -> Option<Self> {
        Self::of(parse(text)?)
    }

    /// `value`, when it is an object.
    pub fn of(value: JsValue) -> Option<Self> {
        (value.is_object() && !Array::is_array(&value)).then(|| Self(value.unchecked_into()))
    }

    /// The member named `key`; `undefined` when there is none.
    pub fn get(&self, key: &str) -> JsValue {
        Reflect::get(&self.0, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
    }

    /// Sets the member named `key`.
    pub fn set(&self, key: &str, value: &JsValue) {
        let _ = Reflect::set(&self.0, &JsValue::from_str(key), value);
    }

    /// Its members, in document order.
    pub fn entries(&self) -> Vec<(String, JsValue)> {
        Object::entries(&self.0)
            .iter()
            .filter_map(|pair| {
                let pair: Array = pair.unchecked_into();
                Some((pair.get(0).as_string()?, pair.get(1)))
            })
            .collect()
    }

    /// The object as compact JSON text.
    pub fn text(&self) -> String {
        stringify(&self.0)
    }
}

impl Default for JsonObject {
    fn default() -> Self {
        Self::new()
    }
}

/// `text` parsed; `None` when it is no JSON.
pub fn parse(text: &str) -> Option<JsValue> {
    JSON::parse(text).ok()
}

/// `text` parsed by the browser as a [`Value`]; `None` when it is no JSON, or nests deeper
/// than [`MAX_DEPTH`]. The app's [`ReadJson`](crate::core::form::ReadJson), for lists typed
/// as JSON.
pub fn read(text: &str) -> Option<Value> {
    parse(text).and_then(|value| to_value(&value))
}

/// A value as compact JSON text ("" for what JSON cannot hold).
pub fn stringify(value: &JsValue) -> String {
    JSON::stringify(value)
        .ok()
        .and_then(|text| text.as_string())
        .unwrap_or_default()
}

/// How deep a value may nest, as serde_json's own reader allows: the browser's `JSON.parse`
/// reads `[[[[…` 100 000 deep without complaint, and converting that by recursion would
/// overflow the wasm's stack (a trap, saved with the form, so on every load).
pub const MAX_DEPTH: usize = 128;

/// A parsed value as serde_json's [`Value`]; `None` when it nests deeper than
/// [`MAX_DEPTH`]. Numbers come as the browser read them: a whole number (below 2^53) is an
/// integer, as serde_json would read `5`, though also when the text said `5.0`.
pub fn to_value(js: &JsValue) -> Option<Value> {
    value_within(js, MAX_DEPTH)
}

fn value_within(js: &JsValue, depth: usize) -> Option<Value> {
    Some(if let Some(flag) = js.as_bool() {
        Value::Bool(flag)
    } else if let Some(number) = js.as_f64() {
        if number.fract() == 0.0 && number.abs() < 9_007_199_254_740_992.0 {
            Value::from(number as i64)
        } else {
            Number::from_f64(number).map_or(Value::Null, Value::Number)
        }
    } else if let Some(text) = js.as_string() {
        Value::String(text)
    } else if Array::is_array(js) {
        let depth = depth.checked_sub(1)?;
        Value::Array(
            Array::from(js)
                .iter()
                .map(|item| value_within(&item, depth))
                .collect::<Option<_>>()?,
        )
    } else if let Some(object) = JsonObject::of(js.clone()) {
        let depth = depth.checked_sub(1)?;
        let mut map = Map::new();
        for (key, value) in object.entries() {
            map.insert(key, value_within(&value, depth)?);
        }
        Value::Object(map)
    } else {
        Value::Null
    })
}

/// The input schema in `text`, parsed by the browser, its fields in document order;
/// `None` when it is no usable schema. (An added model's schema was first read by
/// [`InputSchema::parse`], which also says why one is not usable.)
pub fn schema(text: &str) -> Option<InputSchema> {
    let top = JsonObject::parse(text)?;
    let member = |key| {
        Some(top.get(key))
            .filter(|v| !v.is_undefined())
            .and_then(|v| to_value(&v))
    };
    let properties = match JsonObject::of(top.get("properties")) {
        Some(properties) => Some(
            properties
                .entries()
                .into_iter()
                .map(|(name, value)| Some((name, to_value(&value)?)))
                .collect::<Option<_>>()?,
        ),
        None => None,
    };
    InputSchema::from_document(SchemaDocument {
        title: member("title"),
        required: member("required"),
        properties,
    })
    .ok()
}
