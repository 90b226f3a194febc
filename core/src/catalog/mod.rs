//! The models one can run: the catalog, prices before a run, added models, switching.
//!
//! This file is the catalog: the models one can pick, their categories and base prices,
//! read tolerantly. Unknown fields are ignored, optional ones may be missing, a price may
//! come as a number or as text ("0.07", "$0.07/s"), and an entry without a model id is
//! skipped rather than failing the page. A model's input schema keeps its field order.

pub mod model_switch;
pub mod models;
pub mod onward;
pub mod price;

use std::fmt;

use serde::de::{Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use serde_json::{Map, Value};

use crate::api::error::{classify_response, ApiError};
use crate::api::money::read_usd;
use crate::text::json_text::SchemaText;

/// One model of the catalog.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CatalogEntry {
    /// `owner/model/task`, as in `POST /v1/models/{model_id}`.
    pub model_id: String,
    /// The name to show; the model id when the catalog gives none.
    pub display_name: String,
    /// The categories it is listed under, e.g. "image-to-video".
    pub categories: Vec<String>,
    /// RunComfy's base price in US dollars, per [`price_unit`](Self::price_unit).
    pub base_price_usd: Option<f64>,
    /// What the base price is per.
    pub price_unit: PriceUnit,
    /// The catalog's own remark on the price (`pricing_note`), if it gives one.
    pub pricing_note: Option<String>,
    /// The input schema as JSON text, field order kept (parse it with
    /// [`InputSchema::parse`](crate::schema::InputSchema::parse) or
    /// [`add_model`](crate::catalog::models::add_model)); `None` when the listing leaves it out.
    pub input_schema: Option<String>,
}

/// What a base price is per.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PriceUnit {
    /// Per second of output (video, audio): the price × the `duration`.
    Second,
    /// Per output, i.e. per run.
    Output,
    /// Another unit, kept as given ("" when none was given).
    Unknown(String),
}

/// One page of the catalog.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CatalogPage {
    /// The models on this page, in the catalog's order.
    pub models: Vec<CatalogEntry>,
    /// How many models the whole catalog has; the number on this page when it does not
    /// say.
    pub total: u64,
}

/// The catalog's categories, in its order, each once.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct CategoryList(pub Vec<String>);

/// Reads an answer of the catalog listing. Errors are classified as for every call
/// ([`classify_response`]); a body of another shape is `Malformed`. The body is read
/// from its text, not through `serde_json::Value`, so each schema keeps its field order.
pub fn read_catalog_page(
    status: u16,
    body: &str,
    retry_after: Option<&str>,
) -> Result<CatalogPage, ApiError> {
    classify_response(status, body, retry_after)?;
    serde_json::from_str(body).map_err(|_| ApiError::Malformed { status })
}

/// Reads an answer describing one model (as [`read_catalog_page`] does). A body with no
/// model id is `Malformed`.
pub fn read_catalog_entry(
    status: u16,
    body: &str,
    retry_after: Option<&str>,
) -> Result<CatalogEntry, ApiError> {
    classify_response(status, body, retry_after)?;
    serde_json::from_str(body).map_err(|_| ApiError::Malformed { status })
}

/// Reads an answer of the categories listing (as [`read_catalog_page`] does).
pub fn read_categories(
    status: u16,
    body: &str,
    retry_after: Option<&str>,
) -> Result<CategoryList, ApiError> {
    let value = classify_response(status, body, retry_after)?;
    serde_json::from_value(value).map_err(|_| ApiError::Malformed { status })
}

/// Where each field may be found, first name first.
const ID_KEYS: &[&str] = &["model_id", "modelId", "id", "model", "slug"];
const NAME_KEYS: &[&str] = &["display_name", "displayName", "name", "title"];
const CATEGORY_KEYS: &[&str] = &["categories", "category", "tags"];
const PRICE_KEYS: &[&str] = &[
    "base_price_usd",
    "basePriceUsd",
    "base_price",
    "price_usd",
    "price",
];
const UNIT_KEYS: &[&str] = &[
    "price_unit",
    "priceUnit",
    "unit",
    "pricing_unit",
    "billing_unit",
];
const PRICING_KEYS: &[&str] = &["pricing", "price_info"];
const SCHEMA_KEYS: &[&str] = &["input_schema", "inputSchema", "schema"];
const NOTE_KEYS: &[&str] = &["pricing_note", "pricingNote", "price_note"];
const LIST_KEYS: &[&str] = &["models", "data", "items", "results"];
const TOTAL_KEYS: &[&str] = &["total", "total_count", "totalCount", "count"];
/// Keys naming a category inside a category object.
const CATEGORY_NAME_KEYS: &[&str] = &["name", "display_name", "title", "id", "slug"];

impl PriceUnit {
    /// The unit for a catalog's word: "second", "per_second", "s", "/s" → `Second`;
    /// "output", "run", "image", "video", "request" → `Output`; anything else is kept.
    pub fn from_wire(text: &str) -> PriceUnit {
        let lower = text.trim().to_ascii_lowercase();
        let word = ["per_", "per ", "/"]
            .iter()
            .find_map(|p| lower.strip_prefix(p))
            .unwrap_or(&lower)
            .trim();
        match word {
            "second" | "seconds" | "sec" | "secs" | "s" => PriceUnit::Second,
            "output" | "outputs" | "run" | "runs" | "request" | "requests" | "generation"
            | "image" | "images" | "video" | "videos" | "item" => PriceUnit::Output,
            _ => PriceUnit::Unknown(text.trim().to_owned()),
        }
    }

    /// The catalog's word for it: "second", "output", or the unknown text.
    pub fn as_str(&self) -> &str {
        match self {
            PriceUnit::Second => "second",
            PriceUnit::Output => "output",
            PriceUnit::Unknown(text) => text,
        }
    }
}

impl Default for PriceUnit {
    /// No unit given.
    fn default() -> PriceUnit {
        PriceUnit::Unknown(String::new())
    }
}

impl Serialize for PriceUnit {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for PriceUnit {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(match Value::deserialize(deserializer)? {
            Value::String(text) => PriceUnit::from_wire(&text),
            _ => PriceUnit::default(),
        })
    }
}

impl CatalogEntry {
    /// Builds an entry from an object's fields (the schema read apart); `None` without a
    /// model id.
    fn from_fields(fields: &Map<String, Value>, schema: Option<String>) -> Option<CatalogEntry> {
        // The first of the keys that holds something (a `null` holds nothing).
        let first = |keys: &[&str]| {
            keys.iter()
                .find_map(|k| fields.get(*k).filter(|v| !v.is_null()))
        };
        let text_of = |keys: &[&str]| {
            keys.iter()
                .filter_map(|k| fields.get(*k).and_then(Value::as_str))
                .map(str::trim)
                .find(|s| !s.is_empty())
                .map(str::to_owned)
        };
        // Only an id of the form owner/model[/task] names a model one can run.
        let model_id = crate::catalog::models::check_model_id(&text_of(ID_KEYS)?).ok()?;
        let pricing = first(PRICING_KEYS).and_then(Value::as_object);
        let price_value = first(PRICE_KEYS).or_else(|| {
            let p = pricing?;
            ["base_price_usd", "base_price", "price", "amount", "usd"]
                .iter()
                .find_map(|k| p.get(*k))
        });
        let (base_price_usd, unit_in_price) = match price_value {
            Some(Value::String(text)) => price_and_unit(text),
            Some(other) => (read_usd(other), None),
            None => (None, None),
        };
        let unit_text = text_of(UNIT_KEYS)
            .or_else(|| {
                let p = pricing?;
                ["unit", "price_unit", "per"]
                    .iter()
                    .find_map(|k| p.get(*k).and_then(Value::as_str))
                    .map(str::to_owned)
            })
            .or(unit_in_price);
        Some(CatalogEntry {
            display_name: text_of(NAME_KEYS).unwrap_or_else(|| model_id.clone()),
            categories: first(CATEGORY_KEYS).map(category_names).unwrap_or_default(),
            base_price_usd,
            price_unit: unit_text.map_or_else(PriceUnit::default, |u| PriceUnit::from_wire(&u)),
            pricing_note: text_of(NOTE_KEYS),
            input_schema: schema,
            model_id,
        })
    }
}

/// "$0.07/s" → (0.07, "s"); "0.35 per run" → (0.35, "run"); "0.5" → (0.5, none).
fn price_and_unit(text: &str) -> (Option<f64>, Option<String>) {
    let (amount, unit) = match text.split_once('/') {
        Some((amount, unit)) => (amount, Some(unit)),
        None => match text.to_ascii_lowercase().find(" per ") {
            Some(at) => (&text[..at], text.get(at + 5..)),
            None => (text, None),
        },
    };
    let unit = unit
        .map(str::trim)
        .filter(|u| !u.is_empty())
        .map(str::to_owned);
    (read_usd(&Value::String(amount.to_owned())), unit)
}

/// Category names from a list of names or of objects, or from one name; each once.
fn category_names(value: &Value) -> Vec<String> {
    let items: Vec<&Value> = match value {
        Value::Array(items) => items.iter().collect(),
        Value::Object(obj) => match obj.get("categories") {
            Some(Value::Array(items)) => items.iter().collect(),
            _ => vec![value],
        },
        other => vec![other],
    };
    let mut names: Vec<String> = Vec::new();
    for item in items {
        let name = match item {
            Value::String(s) => Some(s.as_str()),
            Value::Object(obj) => CATEGORY_NAME_KEYS.iter().find_map(|k| {
                obj.get(*k)
                    .and_then(Value::as_str)
                    .filter(|s| !s.trim().is_empty())
            }),
            _ => None,
        };
        if let Some(name) = name.map(str::trim).filter(|n| !n.is_empty()) {
            if !names.iter().any(|n| n == name) {
                names.push(name.to_owned());
            }
        }
    }
    names
}

/// An entry's fields, and its schema apart as text.
type EntryFields = (Map<String, Value>, Option<String>);

/// Reads an entry's fields, keeping its schema as text in document order.
fn entry_fields<'de, A: MapAccess<'de>>(mut map: A) -> Result<EntryFields, A::Error> {
    let mut fields = Map::new();
    let mut schema = None;
    while let Some(key) = map.next_key::<String>()? {
        if SCHEMA_KEYS.contains(&key.as_str()) {
            let SchemaText(text) = map.next_value()?;
            if schema.is_none() {
                schema = text;
            }
        } else {
            let value: Value = map.next_value()?;
            fields.insert(key, value);
        }
    }
    Ok((fields, schema))
}

impl<'de> Deserialize<'de> for CatalogEntry {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match deserializer.deserialize_any(EntryVisitor)? {
            Some(entry) => Ok(entry),
            None => Err(serde::de::Error::custom(
                "a catalog entry without a model id",
            )),
        }
    }
}

/// An entry, or nothing for an item that is not one (no id, not an object).
struct EntryVisitor;

impl<'de> Visitor<'de> for EntryVisitor {
    type Value = Option<CatalogEntry>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a catalog entry")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        let (fields, schema) = entry_fields(map)?;
        Ok(CatalogEntry::from_fields(&fields, schema))
    }

    /// A bare model id.
    fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
        let mut fields = Map::new();
        fields.insert("model_id".into(), Value::String(v.to_owned()));
        Ok(CatalogEntry::from_fields(&fields, None))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(None)
    }

    fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
}

/// One list item: an entry, or skipped.
struct MaybeEntry(Option<CatalogEntry>);

impl<'de> Deserialize<'de> for MaybeEntry {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(EntryVisitor).map(MaybeEntry)
    }
}

impl<'de> Deserialize<'de> for CatalogPage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(PageVisitor)
    }
}

/// A page: a bare list, or an object with the list under `models` / `data` / `items` /
/// `results` (possibly one level down) and a `total`.
struct PageVisitor;

impl<'de> Visitor<'de> for PageVisitor {
    type Value = CatalogPage;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list of models, or an object holding one")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<CatalogPage, A::Error> {
        let mut models = Vec::new();
        let mut listed = 0usize;
        while let Some(MaybeEntry(entry)) = seq.next_element()? {
            listed += 1;
            models.extend(entry);
        }
        // One odd entry is skipped; a list of which none is a model is not a catalog.
        if listed > 0 && models.is_empty() {
            return Err(serde::de::Error::custom("no entry is a model"));
        }
        let total = models.len() as u64;
        Ok(CatalogPage { models, total })
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<CatalogPage, A::Error> {
        let mut page: Option<CatalogPage> = None;
        let mut total = None;
        while let Some(key) = map.next_key::<String>()? {
            if LIST_KEYS.contains(&key.as_str()) && page.is_none() {
                page = Some(map.next_value::<CatalogPage>()?);
            } else if TOTAL_KEYS.contains(&key.as_str()) && total.is_none() {
                total = count(&map.next_value::<Value>()?);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        let Some(mut page) = page else {
            return Err(serde::de::Error::custom("no list of models"));
        };
        if let Some(total) = total {
            page.total = total.max(page.models.len() as u64);
        }
        Ok(page)
    }
}

/// A count: a whole non-negative number, or its text.
fn count(value: &Value) -> Option<u64> {
    match value {
        Value::Number(n) => n.as_u64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

impl<'de> Deserialize<'de> for CategoryList {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(deserializer)?;
        let list = match &value {
            Value::Object(obj) => ["categories", "data", "items", "results"]
                .iter()
                .find_map(|k| obj.get(*k))
                .ok_or_else(|| serde::de::Error::custom("no list of categories"))?,
            other => other,
        };
        match list {
            Value::Array(_) => Ok(CategoryList(category_names(list))),
            _ => Err(serde::de::Error::custom("no list of categories")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::InputSchema;

    fn page(json: &str) -> CatalogPage {
        serde_json::from_str(json).unwrap_or_default()
    }

    #[test]
    fn an_entry_in_catalog_words() {
        let e: CatalogEntry = serde_json::from_str(
            r#"{"model_id": "wan-ai/wan-2-2/image-to-video", "display_name": "Wan 2.2 I2V",
                "categories": ["image-to-video", {"name": "video"}, {"id": "fast"}, "video", " "],
                "base_price_usd": 0.07, "price_unit": "second", "extra": {"x": [1]},
                "input_schema": {"properties": {"prompt": {}, "img_url": {}, "duration": {}}}}"#,
        )
        .expect("parses");
        assert_eq!(e.model_id, "wan-ai/wan-2-2/image-to-video");
        assert_eq!(e.display_name, "Wan 2.2 I2V");
        assert_eq!(e.categories, ["image-to-video", "video", "fast"]);
        assert_eq!(e.base_price_usd, Some(0.07));
        assert_eq!(e.price_unit, PriceUnit::Second);
        assert_eq!(e.pricing_note, None);
        let schema = e.input_schema.as_deref().map(InputSchema::parse);
        let names: Vec<String> = match schema {
            Some(Ok(s)) => s.properties.into_iter().map(|p| p.name).collect(),
            other => panic!("{other:?}"),
        };
        assert_eq!(names, ["prompt", "img_url", "duration"], "document order");
    }

    #[test]
    fn entries_in_other_words_and_shapes() {
        let e: CatalogEntry = serde_json::from_str(
            r#"{"id": "bfl/flux/t2i", "name": "Flux", "category": "text-to-image",
                "price": "$0.035", "unit": "per_output",
                "schema": "{\"properties\":{\"z\":{},\"a\":{}}}"}"#,
        )
        .expect("parses");
        assert_eq!(e.model_id, "bfl/flux/t2i");
        assert_eq!(e.display_name, "Flux");
        assert_eq!(e.categories, ["text-to-image"]);
        assert_eq!(e.base_price_usd, Some(0.035));
        assert_eq!(e.price_unit, PriceUnit::Output);
        assert_eq!(
            e.input_schema.as_deref(),
            Some(r#"{"properties":{"z":{},"a":{}}}"#)
        );

        let e: CatalogEntry =
            serde_json::from_str(r#"{"model": "a/b", "price": "0.07/s"}"#).expect("parses");
        assert_eq!(e.display_name, "a/b", "the id stands in for a missing name");
        assert_eq!(
            (e.base_price_usd, e.price_unit),
            (Some(0.07), PriceUnit::Second)
        );
        assert_eq!(e.categories, Vec::<String>::new());
        assert_eq!(e.input_schema, None);

        let e: CatalogEntry = serde_json::from_str(
            r#"{"model_id": "a/b", "pricing": {"base_price": "0.5", "unit": "run"},
                "input_schema": null}"#,
        )
        .expect("parses");
        assert_eq!(
            (e.base_price_usd, e.price_unit),
            (Some(0.5), PriceUnit::Output)
        );
        let e: CatalogEntry = serde_json::from_str(
            r#"{"model_id": "a/b", "price": "0.2 per frame", "base_price_usd": null}"#,
        )
        .expect("parses");
        assert_eq!(
            (e.base_price_usd, e.price_unit),
            (Some(0.2), PriceUnit::Unknown("frame".into())),
            "a null price is no price"
        );
        let e: CatalogEntry =
            serde_json::from_str(r#"{"model_id": "a/b", "price": "0.2 per frame"}"#)
                .expect("parses");
        assert_eq!(
            (e.base_price_usd, e.price_unit),
            (Some(0.2), PriceUnit::Unknown("frame".into()))
        );
        let e: CatalogEntry =
            serde_json::from_str(r#"{"model_id": "a/b", "price": "ask us", "price_unit": 3}"#)
                .expect("parses");
        assert_eq!(
            (e.base_price_usd, e.price_unit),
            (None, PriceUnit::default())
        );
        for bad in [
            r#"{"name": "no id"}"#,
            r#"{"model_id": "  "}"#,
            "[]",
            "3",
            "null",
        ] {
            assert!(serde_json::from_str::<CatalogEntry>(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn units_from_catalog_words() {
        for word in [
            "second",
            "Seconds",
            "per_second",
            "/s",
            "sec",
            " per second ",
        ] {
            assert_eq!(PriceUnit::from_wire(word), PriceUnit::Second, "{word}");
        }
        for word in ["output", "per_output", "run", "image", "video", "request"] {
            assert_eq!(PriceUnit::from_wire(word), PriceUnit::Output, "{word}");
        }
        assert_eq!(
            PriceUnit::from_wire(" Frame "),
            PriceUnit::Unknown("Frame".into())
        );
        assert_eq!(PriceUnit::from_wire(""), PriceUnit::Unknown(String::new()));
        assert_eq!(PriceUnit::Second.as_str(), "second");
        assert_eq!(PriceUnit::Output.as_str(), "output");
    }

    #[test]
    fn pages_in_every_shape() {
        let p = page(
            r#"{"models": [{"model_id": "a/b"}, {"name": "skipped"}, 7, "c/d", {"id": "e/f"}],
                "total": "42", "next": "cursor"}"#,
        );
        let ids: Vec<&str> = p.models.iter().map(|m| m.model_id.as_str()).collect();
        assert_eq!(ids, ["a/b", "c/d", "e/f"]);
        assert_eq!(p.total, 42);
        let p = page(r#"[{"model_id": "a/b"}, {"model_id": "c/d"}]"#);
        assert_eq!((p.models.len(), p.total), (2, 2));
        let p = page(r#"{"data": {"items": [{"model_id": "a/b"}], "total_count": 9}}"#);
        assert_eq!((p.models.len(), p.total), (1, 9));
        let p = page(r#"{"count": 1, "results": [{"model_id": "a/b"}, {"model_id": "c/d"}]}"#);
        assert_eq!(p.total, 2, "never fewer than the page shows");
        let p = page(r#"{"models": [], "total": -3}"#);
        assert_eq!((p.models.len(), p.total), (0, 0));
        for bad in [r#"{"total": 3}"#, "3", "\"x\"", r#"{"models": 3}"#] {
            assert!(serde_json::from_str::<CatalogPage>(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn categories_in_every_shape() {
        let read = |json: &str| serde_json::from_str::<CategoryList>(json).map(|c| c.0).ok();
        let abc = Some(vec!["a".to_owned(), "b".to_owned()]);
        assert_eq!(read(r#"["a", "b", "a"]"#), abc);
        assert_eq!(read(r#"{"categories": ["a", "b"]}"#), abc);
        assert_eq!(read(r#"[{"name": "a"}, {"id": "b"}, {"x": 1}, 5]"#), abc);
        assert_eq!(
            read(r#"{"data": [{"slug": "a", "count": 3}, {"title": "b"}]}"#),
            abc
        );
        assert_eq!(read("[]"), Some(vec![]));
        assert_eq!(read(r#"{"other": []}"#), None);
        assert_eq!(read(r#""a""#), None);
    }

    #[test]
    fn answers_are_classified_first() {
        let ok = read_catalog_page(
            200,
            r#"{"models": [{"model_id": "a/b"}], "total": 1}"#,
            None,
        );
        assert_eq!(ok.map(|p| p.total), Ok(1));
        assert_eq!(
            read_catalog_page(200, r#"{"total": 1}"#, None),
            Err(ApiError::Malformed { status: 200 })
        );
        // A list none of whose entries is a model is another API's answer, not a catalog;
        // an empty list is an empty page.
        assert_eq!(
            read_catalog_page(200, r#"{"data": [{"id": "x"}], "has_more": false}"#, None),
            Err(ApiError::Malformed { status: 200 })
        );
        assert_eq!(
            read_catalog_page(200, r#"{"models": [], "total": 0}"#, None).map(|p| p.total),
            Ok(0)
        );
        assert_eq!(
            read_catalog_page(
                200,
                r#"{"models": [{"id": "x"}, {"model_id": "a/b"}]}"#,
                None
            )
            .map(|p| p.models.len()),
            Ok(1)
        );
        assert!(matches!(
            read_catalog_page(401, r#"{"error_code": 400004, "message": "no"}"#, None),
            Err(ApiError::Unauthorized { .. })
        ));
        assert!(matches!(
            read_catalog_page(200, r#"{"error_code": 404001, "message": "x"}"#, None),
            Err(ApiError::NotFound { .. })
        ));
        let entry = read_catalog_entry(
            200,
            r#"{"model_id": "a/b", "input_schema": {"properties": {"b": {}, "a": {}}}}"#,
            None,
        );
        assert_eq!(
            entry.ok().and_then(|e| e.input_schema),
            Some(r#"{"properties":{"b":{},"a":{}}}"#.to_owned())
        );
        assert_eq!(
            read_catalog_entry(200, "{}", None),
            Err(ApiError::Malformed { status: 200 })
        );
        assert_eq!(
            read_categories(200, r#"["video"]"#, None),
            Ok(CategoryList(vec!["video".into()]))
        );
        assert_eq!(
            read_categories(200, "{}", None),
            Err(ApiError::Malformed { status: 200 })
        );
    }

    #[test]
    fn entries_survive_storage() {
        let e: CatalogEntry = serde_json::from_str(
            r#"{"model_id": "a/b", "display_name": "B", "categories": ["x"],
                "base_price_usd": "0.1", "price_unit": "per_second",
                "pricing_note": "1080p costs double.",
                "input_schema": {"properties": {"z": {}, "a": {}}}}"#,
        )
        .expect("parses");
        assert_eq!(e.pricing_note.as_deref(), Some("1080p costs double."));
        let text = serde_json::to_string(&e).expect("serialises");
        let back: CatalogEntry = serde_json::from_str(&text).expect("reads back");
        assert_eq!(back, e);
        let p = CatalogPage {
            models: vec![e],
            total: 10,
        };
        let back: CatalogPage =
            serde_json::from_str(&serde_json::to_string(&p).expect("ser")).expect("de");
        assert_eq!(back, p);
    }
}
