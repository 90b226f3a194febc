//! The input schema: RunComfy's JSON schema as typed data, and each media field's kind.
//!
//! This file is the typed model of a RunComfy input JSON schema: the form the app renders.
//!
//! Properties keep their document order (the order RunComfy lists the fields in), which
//! `serde_json::Map` would lose: without `preserve_order` it sorts keys. So `properties`
//! is read by a map visitor straight into a `Vec`.

use std::fmt;

use serde::de::value::MapAccessDeserializer;
use serde::de::{Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use serde_json::{Map, Value};

use crate::i18n::Lang;
use crate::schema::media_kind::{
    kind_by_list_name, kind_by_name, FormatSays, MediaInput, MediaType,
};
use crate::text::decimal;
use crate::text::json_text;

// Written by the test `builtin_rs_is_the_parsed_json`, not by hand, nor by rustfmt.
#[rustfmt::skip]
mod builtin;
pub mod media_kind;

/// The Wan 2.2 image-to-video input schema, verbatim as RunComfy publishes it.
pub const BUILTIN_SCHEMA_JSON: &str =
    include_str!("../../../schemas/wan-2-2-image-to-video.input.json");

/// The top level of a schema document, as a JSON parser read it: the first screen's
/// schema is parsed by the browser, an added model's by [`InputSchema::parse`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SchemaDocument {
    /// `title`, if present.
    pub title: Option<Value>,
    /// `required`, if present.
    pub required: Option<Value>,
    /// `properties` as (name, schema) pairs in document order, when it is an object; a
    /// repeated name keeps its first position and its last value (as `JSON.parse` does).
    pub properties: Option<Vec<(String, Value)>>,
}

/// A parsed input schema: the fields of the form, in document order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct InputSchema {
    /// The schema's `title`, if it has one.
    pub title: Option<String>,
    /// Names of the properties the API requires.
    pub required: Vec<String>,
    /// The properties, in the order the schema document lists them.
    pub properties: Vec<Property>,
}

/// Why a schema could not be read. Kept as a kind, not as text, so it reads in either
/// language (`message_in`); `Display` is English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchemaError {
    kind: SchemaErrorKind,
}

/// The kinds of [`SchemaError`].
#[derive(Debug, Clone, PartialEq, Eq)]
enum SchemaErrorKind {
    /// Not JSON at all (syntax, trailing text, end of input).
    NotJson(JsonDetail),
    /// JSON, but not shaped like a schema.
    WrongShape(JsonDetail),
    /// No `properties` object at the top level.
    NoPropertiesObject,
    /// A `properties` object without a single property (checked by `models::add_model`).
    NoProperties,
    /// A property whose schema is not an object (its name).
    PropertyNotObject(String),
}

/// What serde_json said, split into its own (English) text and the position.
#[derive(Debug, Clone, PartialEq, Eq)]
struct JsonDetail {
    /// serde_json's message without " at line L column C".
    text: String,
    /// Line and column, both from 1, when serde_json knew them.
    position: Option<(usize, usize)>,
}

/// One field of the form.
#[derive(Debug, Clone, PartialEq)]
pub struct Property {
    /// The key sent in the request body.
    pub name: String,
    /// The label to show; the schema's `title`, else the name.
    pub title: String,
    /// The schema's `description` ("" when absent).
    pub description: String,
    /// The JSON type of the value.
    pub kind: PropertyType,
    /// The schema's `default` (a JSON `null` default counts as none).
    pub default: Option<Value>,
    /// The allowed values (`enum`), empty when any value is allowed.
    pub enum_values: Vec<Value>,
    /// `maxLength`, in characters.
    pub max_length: Option<usize>,
    /// `minimum` (inclusive).
    pub minimum: Option<f64>,
    /// `maximum` (inclusive).
    pub maximum: Option<f64>,
    /// `format`, e.g. "uri", or RunComfy's media formats "image_uri", "video_uris", ….
    pub format: Option<String>,
    /// `minItems` of an array.
    pub min_items: Option<usize>,
    /// `maxItems` of an array.
    pub max_items: Option<usize>,
    /// RunComfy's `validations` (image limits).
    pub validations: Vec<Validation>,
    /// The element schema of an array.
    pub items: Option<Box<Property>>,
}

/// The JSON type of a property.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PropertyType {
    /// `"string"`, and the type assumed when `type` is missing.
    String,
    /// `"integer"`.
    Integer,
    /// `"number"`.
    Number,
    /// `"boolean"`.
    Boolean,
    /// `"array"`.
    Array,
    /// Any other type (e.g. `"object"`); the UI renders it as text.
    Unknown(String),
}

/// One RunComfy `validations` entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Validation {
    /// What is checked.
    pub rule: Rule,
    /// The bound (`validation_value`).
    pub value: f64,
    /// The schema's own message for a failed check (`validation_error`), if it gives one.
    pub error: Option<String>,
}

/// A `validation_rule`.
///
/// Reading chosen for the Wan schema, whose description says "between 360~2000 px" and
/// "Max file size: 10MB": the pixel bounds are inclusive (360 and 2000 pass), the file
/// size is strict (below 10 MB, 1 MB = 1,000,000 bytes).
///
/// The aspect-ratio bounds (`width/height>`, `width/height<`) are read inclusive too,
/// like the pixel bounds: RunComfy's models describe them as "between 1:2.5 and 2.5:1",
/// so an image of exactly 2.5:1 passes. The ratio is compared with a relative tolerance
/// of one part in a billion, so 400 × 1000 meets a bound of 0.4 whatever the rounding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rule {
    /// `width_pixels<`: width ≤ value.
    WidthAtMost,
    /// `height_pixels<`: height ≤ value.
    HeightAtMost,
    /// `width_pixels>`: width ≥ value.
    WidthAtLeast,
    /// `height_pixels>`: height ≥ value.
    HeightAtLeast,
    /// `file_size_mb<`: size < value × 1,000,000 bytes.
    FileSizeMbBelow,
    /// `width/height>`: width ÷ height ≥ value (not too tall).
    AspectRatioAtLeast,
    /// `width/height<`: width ÷ height ≤ value (not too wide).
    AspectRatioAtMost,
    /// A rule this app does not know, kept by name (the UI warns and ignores it).
    Unknown(String),
}

/// The control the UI renders for a property.
#[derive(Debug, Clone, PartialEq)]
pub enum Widget {
    /// Multi-line text with a character limit.
    TextArea {
        /// The character limit.
        max: usize,
    },
    /// One-line text.
    Text {
        /// The character limit, if any.
        max: Option<usize>,
    },
    /// A drop-down over more than three allowed values.
    Select(Vec<Value>),
    /// Buttons side by side for up to three allowed values.
    Segmented(Vec<Value>),
    /// An on/off switch.
    Switch,
    /// A whole-number input.
    Integer {
        /// Inclusive lower bound.
        min: Option<f64>,
        /// Inclusive upper bound.
        max: Option<f64>,
    },
    /// A number input.
    Number {
        /// Inclusive lower bound.
        min: Option<f64>,
        /// Inclusive upper bound.
        max: Option<f64>,
    },
    /// A seed: whole number with a "random" button.
    Seed,
    /// One image (URL, upload or paste).
    Image,
    /// Several images (`minItems` / `maxItems` are on the property, and in
    /// [`Property::media_input`]).
    ImageList,
    /// One video or audio file (URL, upload or paste). Images stay [`Widget::Image`].
    Media(MediaType),
    /// Several video or audio files. Images stay [`Widget::ImageList`].
    MediaList {
        /// The kind of every file.
        kind: MediaType,
        /// `minItems`, if given.
        min: Option<usize>,
        /// `maxItems`, if given.
        max: Option<usize>,
    },
}

/// Enums with at most this many options render as segmented buttons.
const SEGMENTED_MAX: usize = 3;
/// Strings allowing at least this many characters get a multi-line box.
const TEXTAREA_MIN_LENGTH: usize = 200;

impl InputSchema {
    /// Parses a schema document.
    pub fn parse(json: &str) -> Result<InputSchema, SchemaError> {
        let mut de = serde_json::Deserializer::from_str(json);
        let raw = (&mut de)
            .deserialize_map(TopVisitor)
            .and_then(|raw| de.end().map(|()| raw))
            .map_err(SchemaError::from_json)?;
        InputSchema::from_document(SchemaDocument {
            title: raw.title,
            required: raw.required,
            properties: raw.properties.map(|OrderedProperties(entries)| entries),
        })
    }

    /// The schema a document's top level describes, however it was parsed.
    pub fn from_document(document: SchemaDocument) -> Result<InputSchema, SchemaError> {
        let Some(entries) = document.properties else {
            return Err(SchemaError::new(SchemaErrorKind::NoPropertiesObject));
        };
        let properties = entries
            .into_iter()
            .map(|(name, value)| Property::from_json(name, value))
            .collect::<Result<Vec<_>, _>>()?;
        let required = match document.required {
            Some(Value::Array(names)) => names
                .into_iter()
                .filter_map(|n| match n {
                    Value::String(s) => Some(s),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        };
        let title = match document.title {
            Some(Value::String(s)) => Some(s),
            _ => None,
        };
        Ok(InputSchema {
            title,
            required,
            properties,
        })
    }

    /// The embedded Wan 2.2 image-to-video schema, as Rust data (`schema/builtin.rs`,
    /// written from [`BUILTIN_SCHEMA_JSON`] by a unit test): the first form costs no JSON
    /// parsing, and no `serde_json::Value` tree built only to be read once (that tree took
    /// a tenth of the time to mount the app on a phone, and once built from code, still
    /// about 7 % of it at 4× CPU).
    ///
    /// A unit test pins that it is the schema [`InputSchema::parse`] reads.
    pub fn builtin() -> InputSchema {
        builtin::wan_2_2_image_to_video()
    }

    /// The property named `name`.
    pub fn property(&self, name: &str) -> Option<&Property> {
        self.properties.iter().find(|p| p.name == name)
    }

    /// Whether the API requires `name`.
    pub fn is_required(&self, name: &str) -> bool {
        self.required.iter().any(|r| r == name)
    }
}

impl SchemaError {
    fn new(kind: SchemaErrorKind) -> SchemaError {
        SchemaError { kind }
    }

    /// A schema whose `properties` object is empty: it parses, but makes no form.
    pub(crate) fn no_properties() -> SchemaError {
        SchemaError::new(SchemaErrorKind::NoProperties)
    }

    fn from_json(e: serde_json::Error) -> SchemaError {
        let full = e.to_string();
        // serde_json's text ends in " at line L column C" when it knows where.
        let suffix = format!(" at line {} column {}", e.line(), e.column());
        let detail = match full.strip_suffix(&suffix) {
            Some(text) if e.line() > 0 => JsonDetail {
                text: text.to_owned(),
                position: Some((e.line(), e.column())),
            },
            _ => JsonDetail {
                text: full,
                position: None,
            },
        };
        SchemaError::new(if e.is_data() {
            SchemaErrorKind::WrongShape(detail)
        } else {
            SchemaErrorKind::NotJson(detail)
        })
    }

    /// The sentence to show the user, in English (as `Display` writes it).
    pub fn message(&self) -> String {
        self.message_in(Lang::En)
    }

    /// The sentence to show the user, in `lang`. serde_json's own description of a
    /// syntax or shape problem stays as serde_json wrote it (English); its position is
    /// given in `lang`.
    pub fn message_in(&self, lang: Lang) -> String {
        match &self.kind {
            SchemaErrorKind::NoProperties => lang.texts().schema_no_properties(),
            _ => lang.texts().schema_sentence(&self.reason_in(lang)),
        }
    }

    /// The problem as a clause to follow "cannot be used:", without the final period.
    pub(crate) fn reason_in(&self, lang: Lang) -> String {
        let t = lang.texts();
        match &self.kind {
            SchemaErrorKind::NotJson(d) => t.schema_not_json(&d.in_lang(lang)),
            SchemaErrorKind::WrongShape(d) => t.schema_wrong_shape(&d.in_lang(lang)),
            SchemaErrorKind::NoPropertiesObject => t.schema_no_properties_object(),
            SchemaErrorKind::NoProperties => t.schema_no_properties_clause(),
            SchemaErrorKind::PropertyNotObject(name) => t.schema_property_not_object(name),
        }
    }
}

impl JsonDetail {
    /// serde_json's text as it wrote it (English), with its position in `lang` (numbers
    /// plain, as an editor shows them).
    fn in_lang(&self, lang: Lang) -> String {
        match self.position {
            Some((line, column)) => {
                lang.texts()
                    .json_at(&self.text, &line.to_string(), &column.to_string())
            }
            None => self.text.clone(),
        }
    }
}

impl fmt::Display for SchemaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for SchemaError {}

impl Property {
    /// The control to render for this property.
    pub fn widget(&self) -> Widget {
        // A fixed set of choices is a choice whatever the type.
        if !self.enum_values.is_empty() {
            return if self.enum_values.len() <= SEGMENTED_MAX {
                Widget::Segmented(self.enum_values.clone())
            } else {
                Widget::Select(self.enum_values.clone())
            };
        }
        match &self.kind {
            PropertyType::Boolean => Widget::Switch,
            PropertyType::Integer if self.name == "seed" => Widget::Seed,
            PropertyType::Integer => Widget::Integer {
                min: self.minimum,
                max: self.maximum,
            },
            PropertyType::Number => Widget::Number {
                min: self.minimum,
                max: self.maximum,
            },
            PropertyType::Array => match self.media_input() {
                Some(MediaInput::Many {
                    kind: MediaType::Image,
                    ..
                }) => Widget::ImageList,
                Some(MediaInput::Many { kind, min, max }) => Widget::MediaList { kind, min, max },
                // One value per line (see `form::request_body`), hence multi-line.
                _ => Widget::TextArea {
                    max: self.max_length.unwrap_or(usize::MAX),
                },
            },
            PropertyType::String => match self.media_input() {
                Some(MediaInput::One(MediaType::Image)) => Widget::Image,
                Some(input) => Widget::Media(input.kind()),
                None => self.text_widget(),
            },
            PropertyType::Unknown(_) => self.text_widget(),
        }
    }

    /// A text box that carries `maxLength`, multi-line for long limits.
    fn text_widget(&self) -> Widget {
        match self.max_length {
            Some(max) if max >= TEXTAREA_MIN_LENGTH => Widget::TextArea { max },
            max => Widget::Text { max },
        }
    }

    /// Whether this is one image input (a string; see [`Property::media_input`]).
    pub fn is_image(&self) -> bool {
        self.media_input() == Some(MediaInput::One(MediaType::Image))
    }

    /// The media this property takes, if it is a media field.
    ///
    /// The `format` decides: `image_uri`, `video_uri`, `audio_uri` on a string is one
    /// file, `…_uris` on an array a list (with or without `items`); a string keeps one file
    /// even under a plural format. A format that says something else (plain `uri`) wins
    /// over the name. Without a format, the name is the fallback (`img_url`, `mask_url`,
    /// `first_frame`, `image_url_1`, `video_url`, `audio_url`, …; see
    /// [`kind_by_name`]). Pixel, size or aspect-ratio `validations` make a string a media
    /// file even under a plain format: they are RunComfy's own image limits, so it is an
    /// image unless its name says video or audio.
    ///
    /// An array takes its kind from its own format, else from its items' (their format,
    /// validations or name), else from its own name (`image_urls`, `*_image_urls`,
    /// `video_urls`, …): an array without a format of its own is read by its name even
    /// when its items only say `uri`, since each item being an address says nothing
    /// about what it shows.
    pub fn media_input(&self) -> Option<MediaInput> {
        // A fixed set of choices is a choice, never a file.
        if !self.enum_values.is_empty() {
            return None;
        }
        match self.kind {
            PropertyType::String => self.one_file_kind().map(MediaInput::One),
            PropertyType::Array => {
                let kind = match self.format.as_deref().map(FormatSays::read) {
                    Some(FormatSays::Media(kind, _)) => Some(kind),
                    Some(FormatSays::Other) => None,
                    None => self
                        .items
                        .as_deref()
                        .filter(|item| item.kind == PropertyType::String)
                        .and_then(Property::one_file_kind)
                        .or_else(|| kind_by_list_name(&self.name)),
                }?;
                Some(MediaInput::Many {
                    kind,
                    min: self.min_items,
                    max: self.max_items,
                })
            }
            _ => None,
        }
    }

    /// The kind of one file (a string, or an array's item): its media format; else,
    /// without a format, its name; else image rules.
    fn one_file_kind(&self) -> Option<MediaType> {
        match self.format.as_deref().map(FormatSays::read) {
            Some(FormatSays::Media(kind, _)) => Some(kind),
            Some(FormatSays::Other) => self.kind_by_rules(),
            None => kind_by_name(&self.name).or_else(|| self.kind_by_rules()),
        }
    }

    /// Image limits (pixels, shape, file size) mark a media file: an image, unless the
    /// name says video or audio (whose size may be limited too).
    fn kind_by_rules(&self) -> Option<MediaType> {
        let limited = self.validations.iter().any(|v| v.rule.is_image_rule());
        limited.then(|| kind_by_name(&self.name).unwrap_or(MediaType::Image))
    }

    /// One entry of a media list as a field of its own, for the input each file gets:
    /// the items' schema (a plain string when the list has none) under the list's name,
    /// title and description (the items' own description when the list has none), with
    /// every rule a file of the list must meet ([`Property::media_validations`]) and the
    /// list's kind as its `format`, so [`Property::media_input`] reads it as one file of
    /// that kind. `None` for a property that is no media list.
    pub fn list_entry(&self) -> Option<Property> {
        let Some(MediaInput::Many { kind, .. }) = self.media_input() else {
            return None;
        };
        let item = self.items.as_deref();
        let description = match item {
            Some(item) if self.description.is_empty() => item.description.clone(),
            _ => self.description.clone(),
        };
        Some(Property {
            name: self.name.clone(),
            title: self.title.clone(),
            description,
            kind: PropertyType::String,
            default: None,
            enum_values: Vec::new(),
            max_length: item.and_then(|i| i.max_length),
            minimum: None,
            maximum: None,
            format: Some(kind.format().to_owned()),
            min_items: None,
            max_items: None,
            validations: self.media_validations(),
            items: None,
        })
    }

    /// The `validations` every file of this field must meet: its own, and for a list
    /// also those of its items.
    pub fn media_validations(&self) -> Vec<Validation> {
        let mut all = self.validations.clone();
        if let Some(item) = &self.items {
            all.extend(item.validations.iter().cloned());
        }
        all
    }

    fn from_json(name: String, value: Value) -> Result<Property, SchemaError> {
        // Read with `get`, never `remove`: removing from a map brings the B-tree's
        // rebalancing into the first wasm module (3.5 KiB); the values are small.
        let Value::Object(obj) = value else {
            return Err(SchemaError::new(SchemaErrorKind::PropertyNotObject(name)));
        };
        let items = match obj.get("items").cloned() {
            // Items have no name of their own; the singular of the array's name lets
            // `is_image` recognise e.g. `image_urls` → `image_url`.
            Some(item @ Value::Object(_)) => {
                let item_name = name.strip_suffix('s').unwrap_or(&name).to_owned();
                Some(Box::new(Property::from_json(item_name, item)?))
            }
            _ => None,
        };
        let title = match text(&obj, "title") {
            Some(t) if !t.trim().is_empty() => t.to_owned(),
            _ => name.clone(),
        };
        let enum_values = match obj.get("enum").cloned() {
            Some(Value::Array(values)) => values,
            _ => Vec::new(),
        };
        let validations = match obj.get("validations") {
            Some(Value::Array(list)) => list.iter().filter_map(Validation::from_json).collect(),
            _ => Vec::new(),
        };
        Ok(Property {
            description: text(&obj, "description").unwrap_or_default().to_owned(),
            kind: PropertyType::from_json(obj.get("type")),
            default: obj.get("default").filter(|d| !d.is_null()).cloned(),
            max_length: obj.get("maxLength").and_then(count),
            minimum: obj.get("minimum").and_then(Value::as_f64),
            maximum: obj.get("maximum").and_then(Value::as_f64),
            format: text(&obj, "format").map(str::to_owned),
            min_items: obj.get("minItems").and_then(count),
            max_items: obj.get("maxItems").and_then(count),
            name,
            title,
            enum_values,
            validations,
            items,
        })
    }
}

impl PropertyType {
    /// The type for a JSON schema type name. The names some uncurated RunComfy schemas
    /// use instead ("float", "double", "int", "bool", "str") read as their JSON types.
    pub fn from_name(name: &str) -> PropertyType {
        match name {
            "string" | "str" => PropertyType::String,
            "integer" | "int" => PropertyType::Integer,
            "number" | "float" | "double" => PropertyType::Number,
            "boolean" | "bool" => PropertyType::Boolean,
            "array" => PropertyType::Array,
            other => PropertyType::Unknown(other.to_owned()),
        }
    }

    fn from_json(value: Option<&Value>) -> PropertyType {
        match value {
            None | Some(Value::Null) => PropertyType::String,
            Some(Value::String(name)) => PropertyType::from_name(name),
            // `["string", "null"]` means an optional string.
            Some(Value::Array(names)) => names
                .iter()
                .filter_map(Value::as_str)
                .find(|n| *n != "null")
                .map_or(PropertyType::String, PropertyType::from_name),
            Some(other) => PropertyType::Unknown(json_text::compact(other)),
        }
    }
}

impl Validation {
    /// Reads one `validations` entry; entries without a rule name or a numeric value
    /// cannot be checked and are skipped. A value given as text is read when it is a
    /// decimal of up to 15 digits ([`decimal::exact`]).
    fn from_json(entry: &Value) -> Option<Validation> {
        let rule = Rule::from_wire(entry.get("validation_rule")?.as_str()?);
        let value = match entry.get("validation_value")? {
            Value::String(s) => decimal::exact(s.trim())?,
            v => v.as_f64()?,
        };
        let error = entry
            .get("validation_error")
            .and_then(Value::as_str)
            .filter(|e| !e.trim().is_empty())
            .map(str::to_owned);
        Some(Validation { rule, value, error })
    }

    /// What to say when the check fails: the schema's message as it gives it, or the
    /// app's own in `lang`.
    pub fn message_in(&self, lang: Lang) -> String {
        match &self.error {
            Some(own) => own.clone(),
            None => self.rule.fallback_message(self.value, lang),
        }
    }
}

impl Rule {
    /// The rule for a `validation_rule` string.
    pub fn from_wire(rule: &str) -> Rule {
        match rule.trim() {
            "width_pixels<" => Rule::WidthAtMost,
            "height_pixels<" => Rule::HeightAtMost,
            "width_pixels>" => Rule::WidthAtLeast,
            "height_pixels>" => Rule::HeightAtLeast,
            "file_size_mb<" => Rule::FileSizeMbBelow,
            "width/height>" => Rule::AspectRatioAtLeast,
            "width/height<" => Rule::AspectRatioAtMost,
            _ => Rule::Unknown(rule.to_owned()),
        }
    }

    /// The `validation_rule` string.
    pub fn as_wire(&self) -> &str {
        match self {
            Rule::WidthAtMost => "width_pixels<",
            Rule::HeightAtMost => "height_pixels<",
            Rule::WidthAtLeast => "width_pixels>",
            Rule::HeightAtLeast => "height_pixels>",
            Rule::FileSizeMbBelow => "file_size_mb<",
            Rule::AspectRatioAtLeast => "width/height>",
            Rule::AspectRatioAtMost => "width/height<",
            Rule::Unknown(name) => name,
        }
    }

    /// Whether the rule is about an image's pixels, shape or file size.
    pub fn is_image_rule(&self) -> bool {
        !matches!(self, Rule::Unknown(_))
    }

    /// A message for entries whose `validation_error` is missing.
    /// The app's message for a broken limit the schema gives no message for. Pixels stay
    /// ungrouped, as schemas write them; megabytes get the language's decimal mark.
    fn fallback_message(&self, value: f64, lang: Lang) -> String {
        let t = lang.texts();
        // Pixels as schemas write them (ungrouped); other numbers as the language does.
        let px = format!("{value}");
        match self {
            Rule::WidthAtMost => t.rule_width_at_most(&px),
            Rule::HeightAtMost => t.rule_height_at_most(&px),
            Rule::WidthAtLeast => t.rule_width_at_least(&px),
            Rule::HeightAtLeast => t.rule_height_at_least(&px),
            Rule::FileSizeMbBelow => t.rule_file_size_below(value),
            Rule::AspectRatioAtLeast => t.rule_aspect_at_least(value),
            Rule::AspectRatioAtMost => t.rule_aspect_at_most(value),
            Rule::Unknown(name) => t.rule_unknown(name, &px),
        }
    }
}

/// A string member of a JSON object.
fn text<'a>(obj: &'a Map<String, Value>, key: &str) -> Option<&'a str> {
    obj.get(key).and_then(Value::as_str)
}

/// A non-negative whole count (tolerates `800.0`).
fn count(value: &Value) -> Option<usize> {
    let n = match value.as_u64() {
        Some(n) => n,
        None => {
            let f = value.as_f64()?;
            if f < 0.0 || f.fract() != 0.0 {
                return None;
            }
            f as u64
        }
    };
    Some(usize::try_from(n).unwrap_or(usize::MAX))
}

/// The top level of a schema document; other keywords are ignored.
#[derive(Deserialize)]
struct RawSchema {
    #[serde(default)]
    title: Option<Value>,
    #[serde(default)]
    required: Option<Value>,
    #[serde(default)]
    properties: Option<OrderedProperties>,
}

/// Reads the top level as an object only: derived struct impls would also take an array
/// (fields by position).
struct TopVisitor;

impl<'de> Visitor<'de> for TopVisitor {
    type Value = RawSchema;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON schema object")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<RawSchema, A::Error> {
        RawSchema::deserialize(MapAccessDeserializer::new(map))
    }
}

/// `properties` as (name, schema) pairs in document order; a repeated name keeps its
/// first position and its last value, as `serde_json::Map` would.
struct OrderedProperties(Vec<(String, Value)>);

impl<'de> Deserialize<'de> for OrderedProperties {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(OrderedVisitor)
    }
}

struct OrderedVisitor;

impl<'de> Visitor<'de> for OrderedVisitor {
    type Value = OrderedProperties;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("\"properties\" to be an object of property schemas")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<OrderedProperties, A::Error> {
        let mut entries: Vec<(String, Value)> = Vec::new();
        while let Some((name, value)) = map.next_entry::<String, Value>()? {
            match entries.iter_mut().find(|(n, _)| *n == name) {
                Some(slot) => slot.1 = value,
                None => entries.push((name, value)),
            }
        }
        Ok(OrderedProperties(entries))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::german::assert_german;
    use serde_json::json;

    fn names(schema: &InputSchema) -> Vec<&str> {
        schema.properties.iter().map(|p| p.name.as_str()).collect()
    }

    fn prop(json: Value) -> Property {
        let doc = json!({ "properties": { "p": json } }).to_string();
        match InputSchema::parse(&doc) {
            Ok(mut s) => s.properties.remove(0),
            Err(e) => panic!("{e}"),
        }
    }

    fn named(name: &str, json: Value) -> Property {
        Property {
            name: name.to_owned(),
            ..prop(json)
        }
    }

    fn err(doc: &str) -> String {
        match InputSchema::parse(doc) {
            Ok(s) => panic!("parsed: {s:?}"),
            Err(e) => e.to_string(),
        }
    }

    /// `schema/builtin.rs` as the test below writes it.
    fn builtin_rs(schema: &InputSchema) -> String {
        fn string(text: &str) -> String {
            format!("String::from({text:?})")
        }
        fn option<T>(value: &Option<T>, some: impl Fn(&T) -> String) -> String {
            value
                .as_ref()
                .map_or("None".to_owned(), |v| format!("Some({})", some(v)))
        }
        fn float(x: &f64) -> String {
            format!("{x:?}")
        }
        fn value(v: &Value) -> String {
            match v {
                Value::Null => "Value::Null".to_owned(),
                Value::Bool(b) => format!("Value::Bool({b})"),
                Value::Number(n) => match (n.as_u64(), n.as_i64(), n.as_f64()) {
                    (Some(u), _, _) => format!("Value::from({u}u64)"),
                    (None, Some(i), _) => format!("Value::from({i}i64)"),
                    (None, None, Some(f)) => format!("Value::from({f:?}f64)"),
                    _ => unreachable!("a JSON number is one of u64, i64, f64"),
                },
                Value::String(text) => format!("Value::String({})", string(text)),
                Value::Array(items) => format!(
                    "Value::Array(vec![{}])",
                    items.iter().map(value).collect::<Vec<_>>().join(", ")
                ),
                Value::Object(_) => {
                    panic!("the built-in schema has no object as a default or option")
                }
            }
        }
        fn kind(k: &PropertyType) -> String {
            match k {
                PropertyType::String => "PropertyType::String".to_owned(),
                PropertyType::Integer => "PropertyType::Integer".to_owned(),
                PropertyType::Number => "PropertyType::Number".to_owned(),
                PropertyType::Boolean => "PropertyType::Boolean".to_owned(),
                PropertyType::Array => "PropertyType::Array".to_owned(),
                PropertyType::Unknown(name) => format!("PropertyType::Unknown({})", string(name)),
            }
        }
        fn rule(r: &Rule) -> String {
            match r {
                Rule::Unknown(name) => format!("Rule::Unknown({})", string(name)),
                known => format!("Rule::{known:?}"),
            }
        }
        fn property(p: &Property, indent: &str) -> String {
            let validations: Vec<String> = p
                .validations
                .iter()
                .map(|v| {
                    format!(
                        "{indent}        Validation {{ rule: {}, value: {}, error: {} }},\n",
                        rule(&v.rule),
                        float(&v.value),
                        option(&v.error, |e| string(e))
                    )
                })
                .collect();
            let fields = [
                ("name", string(&p.name)),
                ("title", string(&p.title)),
                ("description", string(&p.description)),
                ("kind", kind(&p.kind)),
                ("default", option(&p.default, value)),
                (
                    "enum_values",
                    format!(
                        "vec![{}]",
                        p.enum_values
                            .iter()
                            .map(value)
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                ),
                ("max_length", option(&p.max_length, usize::to_string)),
                ("minimum", option(&p.minimum, float)),
                ("maximum", option(&p.maximum, float)),
                ("format", option(&p.format, |f| string(f))),
                ("min_items", option(&p.min_items, usize::to_string)),
                ("max_items", option(&p.max_items, usize::to_string)),
                (
                    "validations",
                    if validations.is_empty() {
                        "vec![]".to_owned()
                    } else {
                        format!("vec![\n{}{indent}    ]", validations.concat())
                    },
                ),
                (
                    "items",
                    option(&p.items, |item| {
                        format!("Box::new({})", property(item, &format!("{indent}    ")))
                    }),
                ),
            ];
            let fields: String = fields
                .iter()
                .map(|(name, code)| format!("{indent}    {name}: {code},\n"))
                .collect();
            format!("Property {{\n{fields}{indent}}}")
        }
        let properties: String = schema
            .properties
            .iter()
            .map(|p| format!("            {},\n", property(p, "            ")))
            .collect();
        format!(
            "//! The built-in schema ([`super::InputSchema::builtin`]) as Rust data: RunComfy's Wan 2.2\n\
             //! image-to-video input schema (`schemas/wan-2-2-image-to-video.input.json`), as\n\
             //! [`super::InputSchema::parse`] reads it. Written by the unit test\n\
             //! `builtin_rs_is_the_parsed_json`: after a change to the JSON or to what a schema\n\
             //! reads as, run `WAN_WRITE_BUILTIN=1 cargo test -p wan-core builtin_rs`.\n\
             \n\
             use serde_json::Value;\n\
             \n\
             use super::{{InputSchema, Property, PropertyType, Rule, Validation}};\n\
             \n\
             /// The Wan 2.2 image-to-video input schema.\n\
             pub(super) fn wan_2_2_image_to_video() -> InputSchema {{\n    \
                 InputSchema {{\n        \
                     title: {},\n        \
                     required: vec![{}],\n        \
                     properties: vec![\n{properties}        ],\n    \
                 }}\n\
             }}\n",
            option(&schema.title, |t| string(t)),
            schema.required.iter().map(|r| string(r)).collect::<Vec<_>>().join(", "),
        )
    }

    #[test]
    fn builtin_rs_is_the_parsed_json() {
        let parsed = InputSchema::parse(BUILTIN_SCHEMA_JSON).expect("builtin schema parses");
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/schema/builtin.rs");
        let written = builtin_rs(&parsed);
        if std::env::var_os("WAN_WRITE_BUILTIN").is_some() {
            std::fs::write(path, &written).expect("src/schema/builtin.rs");
        }
        let committed = std::fs::read_to_string(path).expect("src/schema/builtin.rs");
        assert!(
            committed == written,
            "src/schema/builtin.rs is not the built-in JSON: run WAN_WRITE_BUILTIN=1 cargo test -p wan-core builtin_rs"
        );
    }

    #[test]
    fn builtin_parses_in_document_order() {
        let s = InputSchema::parse(BUILTIN_SCHEMA_JSON).expect("builtin schema parses");
        assert_eq!(s, InputSchema::builtin());
        assert_eq!(s.title.as_deref(), Some("Eingabeschema"));
        assert_eq!(s.required, ["prompt", "img_url"]);
        assert_eq!(
            names(&s),
            [
                "prompt",
                "negative_prompt",
                "img_url",
                "template",
                "resolution",
                "duration",
                "prompt_extend",
                "seed"
            ]
        );
        assert!(s.is_required("prompt") && s.is_required("img_url"));
        assert!(!s.is_required("seed") && !s.is_required("nope"));
        assert!(s.property("nope").is_none());
    }

    #[test]
    fn builtin_fields_are_typed() {
        let s = InputSchema::builtin();
        let get = |n: &str| s.property(n).expect(n);
        let prompt = get("prompt");
        assert_eq!(prompt.title, "Prompt");
        assert_eq!(prompt.kind, PropertyType::String);
        assert_eq!(prompt.max_length, Some(800));
        assert_eq!(get("negative_prompt").max_length, Some(500));
        assert_eq!(get("resolution").default, Some(json!("480P")));
        assert_eq!(
            get("resolution").enum_values,
            [json!("480P"), json!("1080P")]
        );
        assert_eq!(get("duration").kind, PropertyType::Integer);
        assert_eq!(get("duration").default, Some(json!(5)));
        assert_eq!(get("prompt_extend").title, "Magic Prompt");
        assert_eq!(get("prompt_extend").default, Some(json!(true)));
        assert_eq!(get("seed").default, None);
        assert!(get("template")
            .description
            .starts_with("Supported templates"));

        let img = get("img_url");
        let rules: Vec<(Rule, f64)> = img
            .validations
            .iter()
            .map(|v| (v.rule.clone(), v.value))
            .collect();
        assert_eq!(
            rules,
            [
                (Rule::WidthAtMost, 2000.0),
                (Rule::HeightAtMost, 2000.0),
                (Rule::WidthAtLeast, 360.0),
                (Rule::HeightAtLeast, 360.0),
                (Rule::FileSizeMbBelow, 10.0),
            ]
        );
        assert_eq!(
            img.validations[4].message_in(Lang::En),
            "File size must be less than 10 MB."
        );
    }

    #[test]
    fn builtin_widgets() {
        let s = InputSchema::builtin();
        let w = |n: &str| s.property(n).expect(n).widget();
        assert_eq!(w("prompt"), Widget::TextArea { max: 800 });
        assert_eq!(w("negative_prompt"), Widget::TextArea { max: 500 });
        assert_eq!(w("img_url"), Widget::Image);
        assert_eq!(w("template"), Widget::Text { max: None });
        assert_eq!(
            w("resolution"),
            Widget::Segmented(vec![json!("480P"), json!("1080P")])
        );
        assert_eq!(w("duration"), Widget::Segmented(vec![json!(5)]));
        assert_eq!(w("prompt_extend"), Widget::Switch);
        assert_eq!(w("seed"), Widget::Seed);
    }

    #[test]
    fn order_is_the_document_order_not_alphabetical() {
        let s = InputSchema::parse(r#"{"properties":{"z":{},"a":{},"m":{},"a":{"title":"A2"}}}"#)
            .expect("parses");
        assert_eq!(names(&s), ["z", "a", "m"]);
        assert_eq!(s.properties[1].title, "A2");
        assert!(s.required.is_empty() && s.title.is_none());
    }

    #[test]
    fn errors_name_the_problem() {
        let e = err("{\n  \"properties\": {,}\n}");
        assert!(e.starts_with("The schema is not valid JSON"), "{e}");
        assert!(e.contains("line 2 column"), "{e}");
        let e = err("");
        assert!(e.contains("not valid JSON") && e.contains("line 1"), "{e}");
        assert_eq!(err("{}"), "The schema has no \"properties\" object.");
        assert_eq!(
            err(r#"{"properties":null}"#),
            "The schema has no \"properties\" object."
        );
        let e = err(r#"{"properties":"x"}"#);
        assert!(e.contains("\"properties\" to be an object"), "{e}");
        assert!(e.contains("line 1 column"), "{e}");
        for doc in ["[1]", "\"x\"", "null"] {
            let e = err(doc);
            assert!(e.starts_with("The schema has the wrong shape"), "{e}");
            assert!(e.contains("expected a JSON schema object"), "{e}");
        }
        let e = err(r#"{"properties":{}} trailing"#);
        assert!(
            e.contains("not valid JSON") && e.contains("trailing"),
            "{e}"
        );
        assert_eq!(
            err(r#"{"properties":{"a":{},"seed":5}}"#),
            "Property \"seed\" is not an object."
        );
    }

    #[test]
    fn types() {
        assert_eq!(prop(json!({})).kind, PropertyType::String);
        assert_eq!(prop(json!({"type": null})).kind, PropertyType::String);
        assert_eq!(prop(json!({"type": "number"})).kind, PropertyType::Number);
        assert_eq!(prop(json!({"type": "array"})).kind, PropertyType::Array);
        assert_eq!(
            prop(json!({"type": ["null", "integer"]})).kind,
            PropertyType::Integer
        );
        assert_eq!(prop(json!({"type": ["null"]})).kind, PropertyType::String);
        assert_eq!(
            prop(json!({"type": "object"})).kind,
            PropertyType::Unknown("object".into())
        );
        assert_eq!(prop(json!({"type": "float"})).kind, PropertyType::Number);
        assert_eq!(prop(json!({"type": "double"})).kind, PropertyType::Number);
        assert_eq!(prop(json!({"type": "int"})).kind, PropertyType::Integer);
        assert_eq!(prop(json!({"type": "bool"})).kind, PropertyType::Boolean);
        assert_eq!(
            prop(json!({"type": 3})).kind,
            PropertyType::Unknown("3".into())
        );
    }

    #[test]
    fn title_falls_back_to_name_and_null_default_is_none() {
        let p = prop(json!({"title": "  ", "default": null}));
        assert_eq!(p.title, "p");
        assert_eq!(p.default, None);
        assert_eq!(p.description, "");
        let p = prop(json!({"title": 7, "format": "uri", "maxLength": 800.0}));
        assert_eq!(p.title, "p");
        assert_eq!(p.format.as_deref(), Some("uri"));
        assert_eq!(p.max_length, Some(800));
        assert_eq!(prop(json!({"maxLength": -1})).max_length, None);
        assert_eq!(prop(json!({"maxLength": 1.5})).max_length, None);
    }

    #[test]
    fn validations_tolerate_odd_entries() {
        let p = prop(json!({"validations": [
            {"validation_rule": "aspect_ratio<", "validation_value": 3, "validation_error": "Too wide."},
            {"validation_rule": "width_pixels<", "validation_value": "1024"},
            {"validation_rule": "height_pixels>", "validation_value": "x"},
            {"validation_value": 3},
            "junk"
        ]}));
        assert_eq!(p.validations.len(), 2);
        assert_eq!(p.validations[0].rule, Rule::Unknown("aspect_ratio<".into()));
        assert_eq!(p.validations[0].error.as_deref(), Some("Too wide."));
        assert_eq!(p.validations[0].message_in(Lang::De), "Too wide.");
        assert!(!p.validations[0].rule.is_image_rule());
        assert_eq!(p.validations[1].rule, Rule::WidthAtMost);
        assert_eq!(p.validations[1].value, 1024.0);
        assert_eq!(p.validations[1].error, None);
        assert_eq!(
            p.validations[1].message_in(Lang::En),
            "The image width must not exceed 1024 pixels."
        );
        assert_eq!(
            p.validations[1].message_in(Lang::De),
            "Die Bildbreite darf 1024 Pixel nicht überschreiten."
        );
        let size = Validation {
            rule: Rule::FileSizeMbBelow,
            value: 2.5,
            error: None,
        };
        assert_eq!(
            size.message_in(Lang::De),
            "Die Datei muss kleiner als 2,5 MB sein."
        );
        assert_eq!(
            size.message_in(Lang::En),
            "File size must be less than 2.5 MB."
        );
    }

    #[test]
    fn rule_wire_names_round_trip() {
        for wire in [
            "width_pixels<",
            "height_pixels<",
            "width_pixels>",
            "height_pixels>",
            "file_size_mb<",
            "dpi>",
        ] {
            assert_eq!(Rule::from_wire(wire).as_wire(), wire);
        }
        assert_eq!(Rule::from_wire(" file_size_mb< "), Rule::FileSizeMbBelow);
        assert_eq!(
            Rule::from_wire("Width_pixels<"),
            Rule::Unknown("Width_pixels<".into())
        );
    }

    #[test]
    fn enum_widgets_at_the_segmented_bound() {
        let three = prop(json!({"enum": ["a", "b", "c"], "type": "boolean"}));
        assert_eq!(
            three.widget(),
            Widget::Segmented(vec![json!("a"), json!("b"), json!("c")])
        );
        let four = prop(json!({"enum": [1, 2, 3, 4], "type": "integer"}));
        assert_eq!(
            four.widget(),
            Widget::Select(vec![json!(1), json!(2), json!(3), json!(4)])
        );
        assert_eq!(
            prop(json!({"enum": []})).widget(),
            Widget::Text { max: None }
        );
    }

    #[test]
    fn text_widgets_at_the_textarea_bound() {
        assert_eq!(
            prop(json!({"maxLength": 199})).widget(),
            Widget::Text { max: Some(199) }
        );
        assert_eq!(
            prop(json!({"maxLength": 200})).widget(),
            Widget::TextArea { max: 200 }
        );
        assert_eq!(
            prop(json!({"type": "object", "maxLength": 300})).widget(),
            Widget::TextArea { max: 300 }
        );
        assert_eq!(
            prop(json!({"type": "object"})).widget(),
            Widget::Text { max: None }
        );
    }

    #[test]
    fn number_widgets() {
        assert_eq!(
            prop(json!({"type": "integer", "minimum": 1, "maximum": 10})).widget(),
            Widget::Integer {
                min: Some(1.0),
                max: Some(10.0)
            }
        );
        assert_eq!(
            prop(json!({"type": "number", "maximum": 0.5})).widget(),
            Widget::Number {
                min: None,
                max: Some(0.5)
            }
        );
        assert_eq!(
            named("seed", json!({"type": "integer"})).widget(),
            Widget::Seed
        );
        assert_eq!(
            named("seed", json!({"type": "number"})).widget(),
            Widget::Number {
                min: None,
                max: None
            }
        );
        assert_eq!(
            named("Seed", json!({"type": "integer"})).widget(),
            Widget::Integer {
                min: None,
                max: None
            }
        );
    }

    #[test]
    fn image_detection() {
        for name in [
            "img_url",
            "image_url",
            "image",
            "end_image",
            "first_frame_IMAGE",
        ] {
            assert!(named(name, json!({})).is_image(), "{name}");
            assert_eq!(named(name, json!({})).widget(), Widget::Image, "{name}");
        }
        for name in ["url", "image_urls", "imagery", "img"] {
            assert!(!named(name, json!({})).is_image(), "{name}");
        }
        // Name says image but the type does not.
        assert!(!named("image", json!({"type": "integer"})).is_image());
        // Validations alone make it an image.
        let v =
            json!({"validations": [{"validation_rule": "file_size_mb<", "validation_value": 5}]});
        assert!(named("photo", v).is_image());
        let v = json!({"validations": [{"validation_rule": "dpi<", "validation_value": 5}]});
        assert!(!named("photo", v).is_image());
    }

    #[test]
    fn arrays() {
        let s = InputSchema::parse(
            r#"{"properties":{
                "image_urls":{"type":"array","items":{"type":"string","format":"uri"}},
                "tags":{"type":"array","items":{"type":"string"}},
                "frames":{"type":"array","items":{"type":"string","validations":[
                    {"validation_rule":"width_pixels<","validation_value":10}]}},
                "bare":{"type":"array","maxLength":50},
                "odd":{"type":"array","items":[{"type":"string"}]}
            }}"#,
        )
        .expect("parses");
        let w = |n: &str| s.property(n).expect(n).widget();
        assert_eq!(w("image_urls"), Widget::ImageList);
        assert_eq!(w("frames"), Widget::ImageList);
        assert_eq!(w("tags"), Widget::TextArea { max: usize::MAX });
        assert_eq!(w("bare"), Widget::TextArea { max: 50 });
        assert_eq!(w("odd"), Widget::TextArea { max: usize::MAX });
        let item = s.property("image_urls").and_then(|p| p.items.as_deref());
        assert_eq!(item.map(|i| i.name.as_str()), Some("image_url"));
        assert_eq!(item.and_then(|i| i.format.as_deref()), Some("uri"));
        assert!(s.property("odd").expect("odd").items.is_none());
        assert!(!s.property("image_urls").expect("p").is_image());
    }

    #[test]
    fn aspect_ratio_rules_are_read() {
        for (wire, rule) in [
            ("width/height>", Rule::AspectRatioAtLeast),
            ("width/height<", Rule::AspectRatioAtMost),
        ] {
            assert_eq!(Rule::from_wire(wire), rule);
            assert_eq!(rule.as_wire(), wire);
            assert!(rule.is_image_rule());
        }
        let p = named(
            "photo",
            json!({"validations": [{"validation_rule": "width/height>", "validation_value": "0.4"}]}),
        );
        assert!(p.is_image(), "a shape rule marks an image");
        assert_eq!(p.validations[0].rule, Rule::AspectRatioAtLeast);
        assert_eq!(p.validations[0].value, 0.4);
        let de = p.validations[0].message_in(Lang::De);
        assert_german(&de, &p.validations[0].message_in(Lang::En));
    }

    #[test]
    fn the_format_says_which_media() {
        let one = |format: &str| named("file", json!({"format": format})).media_input();
        assert_eq!(one("image_uri"), Some(MediaInput::One(MediaType::Image)));
        assert_eq!(one("video_uri"), Some(MediaInput::One(MediaType::Video)));
        assert_eq!(one("audio_uri"), Some(MediaInput::One(MediaType::Audio)));
        // A string stays one file even under a plural format.
        assert_eq!(one("audio_uris"), Some(MediaInput::One(MediaType::Audio)));
        assert_eq!(one("uri"), None);
        let w = |name: &str, schema: Value| named(name, schema).widget();
        assert_eq!(w("file", json!({"format": "image_uri"})), Widget::Image);
        assert_eq!(
            w("file", json!({"format": "video_uri"})),
            Widget::Media(MediaType::Video)
        );
        assert_eq!(
            w("clip", json!({"format": "audio_uri", "maxLength": 300})),
            Widget::Media(MediaType::Audio)
        );
        // The format wins over the name, both ways.
        assert_eq!(
            w("image_url", json!({"format": "video_uri"})),
            Widget::Media(MediaType::Video)
        );
        assert_eq!(
            w("image_url", json!({"format": "uri"})),
            Widget::Text { max: None }
        );
        assert_eq!(
            w("video_url", json!({"format": "uri", "maxLength": 2048})),
            Widget::TextArea { max: 2048 }
        );
        assert!(!named("image_url", json!({"format": "uri"})).is_image());
        // RunComfy's image limits still mark an image under a plain format.
        let limited = json!({"format": "uri", "validations": [
            {"validation_rule": "width_pixels<", "validation_value": 10}]});
        assert!(named("reference", limited.clone()).is_image());
        let sized = json!({"format": "uri", "validations": [
            {"validation_rule": "file_size_mb<", "validation_value": 50}]});
        assert_eq!(
            named("video_url", sized).widget(),
            Widget::Media(MediaType::Video)
        );
        // Only strings and arrays take media.
        assert_eq!(
            named("video", json!({"type": "integer", "format": "video_uri"})).media_input(),
            None
        );
    }

    #[test]
    fn names_are_the_fallback_without_a_format() {
        let w = |name: &str| named(name, json!({"type": "string"})).widget();
        for name in [
            "mask_url",
            "first_frame",
            "last_frame",
            "image_url_1",
            "image_2",
        ] {
            assert_eq!(w(name), Widget::Image, "{name}");
        }
        for name in ["video_url", "input_video", "video_url_2"] {
            assert_eq!(w(name), Widget::Media(MediaType::Video), "{name}");
        }
        for name in ["audio_url", "driving_audio"] {
            assert_eq!(w(name), Widget::Media(MediaType::Audio), "{name}");
        }
        assert_eq!(w("audio_format"), Widget::Text { max: None });
        // Choices stay choices, whatever the name or format.
        let choice = named(
            "output_audio",
            json!({"enum": ["a", "b"], "format": "audio_uri"}),
        );
        assert_eq!(choice.media_input(), None);
        assert_eq!(
            choice.widget(),
            Widget::Segmented(vec![json!("a"), json!("b")])
        );
    }

    #[test]
    fn media_lists_with_or_without_items() {
        let s = InputSchema::parse(
            r#"{"properties":{
                "refs":{"type":"array","format":"image_uris","minItems":2,"maxItems":4},
                "clips":{"type":"array","format":"video_uris","maxItems":3},
                "voices":{"type":"array","items":{"type":"string","format":"audio_uri"}},
                "video_urls":{"type":"array","items":{"type":"string","format":"uri"}},
                "reference_image_urls":{"type":"array"},
                "links":{"type":"array","format":"uri","items":{"type":"string"}},
                "audio_urls":{"type":"array","format":"uris"},
                "counts":{"type":"array","items":{"type":"integer"},"minItems":1}
            }}"#,
        )
        .expect("parses");
        let p = |n: &str| s.property(n).expect(n);
        assert_eq!(p("refs").widget(), Widget::ImageList);
        assert_eq!(
            p("refs").media_input(),
            Some(MediaInput::Many {
                kind: MediaType::Image,
                min: Some(2),
                max: Some(4)
            })
        );
        assert_eq!(
            (p("refs").min_items, p("refs").max_items),
            (Some(2), Some(4))
        );
        assert_eq!(
            p("clips").widget(),
            Widget::MediaList {
                kind: MediaType::Video,
                min: None,
                max: Some(3)
            }
        );
        assert_eq!(
            p("voices").widget(),
            Widget::MediaList {
                kind: MediaType::Audio,
                min: None,
                max: None
            }
        );
        assert_eq!(
            p("video_urls").widget(),
            Widget::MediaList {
                kind: MediaType::Video,
                min: None,
                max: None
            },
            "an array without a format of its own is read by its name"
        );
        assert_eq!(p("reference_image_urls").widget(), Widget::ImageList);
        assert!(p("links").media_input().is_none(), "its own format wins");
        assert!(p("audio_urls").media_input().is_none());
        assert!(p("counts").media_input().is_none());
        assert_eq!(p("counts").min_items, Some(1));
        assert!(!p("refs").is_image(), "a list is not one image");
    }

    #[test]
    fn a_list_checks_its_own_and_its_items_rules() {
        let p = prop(json!({"type": "array",
            "validations": [{"validation_rule": "width/height<", "validation_value": 2}],
            "items": {"type": "string", "validations": [
                {"validation_rule": "width_pixels>", "validation_value": 300}]}}));
        let rules: Vec<Rule> = p.media_validations().into_iter().map(|v| v.rule).collect();
        assert_eq!(rules, [Rule::AspectRatioAtMost, Rule::WidthAtLeast]);
        assert_eq!(
            InputSchema::builtin()
                .property("img_url")
                .map(|p| p.media_validations().len()),
            Some(5)
        );
    }

    #[test]
    fn a_list_entry_is_one_file_with_every_rule() {
        let s = InputSchema::parse(
            r#"{"properties":{
                "image": {"title": "Images", "type": "array", "format": "image_uris",
                    "description": "Up to 10.", "minItems": 1, "maxItems": 10,
                    "validations": [{"validation_rule": "width/height<", "validation_value": 16}]},
                "image_urls": {"type": "array", "items": {"type": "string", "format": "uri",
                    "description": "One reference.", "maxLength": 2048,
                    "validations": [{"validation_rule": "file_size_mb<", "validation_value": 20}]}},
                "clips": {"type": "array", "format": "video_uris"},
                "tags": {"type": "array", "items": {"type": "string"}}
            }}"#,
        )
        .expect("parses");
        let entry = |n: &str| s.property(n).and_then(Property::list_entry);
        let image = entry("image").expect("entry");
        assert_eq!(
            (image.name.as_str(), image.title.as_str()),
            ("image", "Images")
        );
        assert_eq!(image.description, "Up to 10.");
        assert_eq!(image.kind, PropertyType::String);
        assert!(image.is_image());
        assert_eq!(image.widget(), Widget::Image);
        assert_eq!(image.validations[0].rule, Rule::AspectRatioAtMost);
        assert_eq!((image.min_items, image.max_items), (None, None));
        let urls = entry("image_urls").expect("entry");
        assert!(
            urls.is_image(),
            "read by the list's name, though items say uri"
        );
        assert_eq!(urls.description, "One reference.");
        assert_eq!(urls.max_length, Some(2048));
        assert_eq!(urls.validations.len(), 1);
        assert_eq!(
            entry("clips").map(|e| e.widget()),
            Some(Widget::Media(MediaType::Video))
        );
        assert_eq!(entry("tags"), None);
        assert_eq!(
            s.property("clips")
                .and_then(|p| p.list_entry())
                .map(|e| e.name),
            Some("clips".into())
        );
    }

    #[test]
    fn nested_items_parse_and_a_bad_sibling_still_errors() {
        let e = err(
            r#"{"properties":{"a":{"type":"array","items":{"type":"array","items":{}}}, "b": []}}"#,
        );
        assert_eq!(e, "Property \"b\" is not an object.");
    }

    fn error(doc: &str) -> SchemaError {
        match InputSchema::parse(doc) {
            Ok(s) => panic!("parsed: {s:?}"),
            Err(e) => e,
        }
    }

    /// One error of each kind (the empty-properties one comes from `models::add_model`).
    fn every_error() -> Vec<SchemaError> {
        vec![
            error("{\n  \"properties\": {,}\n}"),
            error("[1]"),
            error("{}"),
            SchemaError::no_properties(),
            error(r#"{"properties":{"seed":5}}"#),
        ]
    }

    #[test]
    fn english_is_the_default_message() {
        for e in every_error() {
            assert_eq!(e.message(), e.message_in(Lang::En));
            assert_eq!(e.to_string(), e.message_in(Lang::En));
        }
        assert_eq!(
            SchemaError::no_properties().to_string(),
            "The schema has no properties."
        );
    }

    #[test]
    fn every_error_in_german() {
        let all = every_error();
        for e in &all {
            let de = e.message_in(Lang::De);
            // serde_json's own words stay English; everything around them is German.
            let own = match &e.kind {
                SchemaErrorKind::NotJson(d) | SchemaErrorKind::WrongShape(d) => d.text.as_str(),
                _ => "",
            };
            assert_german(&de.replace(own, ""), &e.message());
        }
        let not_json = all[0].message_in(Lang::De);
        assert!(
            not_json.starts_with("Das Schema ist kein gültiges JSON: "),
            "{not_json}"
        );
        assert!(not_json.ends_with(" (Zeile 2, Spalte 18)."), "{not_json}");
        let shape = all[1].message_in(Lang::De);
        assert!(
            shape.starts_with("Das Schema hat nicht die erwartete Form: ")
                && shape.contains("expected a JSON schema object")
                && shape.ends_with(" (Zeile 1, Spalte 0)."),
            "{shape}"
        );
        assert_eq!(
            all[2].message_in(Lang::De),
            "Das Schema hat kein „properties“-Objekt."
        );
        assert_eq!(
            all[3].message_in(Lang::De),
            "Das Schema enthält keine Eigenschaften."
        );
        assert_eq!(
            all[4].message_in(Lang::De),
            "Die Eigenschaft „seed“ ist kein Objekt."
        );
    }

    #[test]
    fn the_english_text_is_serde_jsons_own() {
        let doc = "{\n  \"properties\": {,}\n}";
        let serde = serde_json::from_str::<Value>(doc).unwrap_err();
        assert_eq!(
            error(doc).to_string(),
            format!("The schema is not valid JSON: {serde}.")
        );
        assert!(serde.to_string().ends_with(" at line 2 column 18"));
        assert_eq!(
            error(doc).reason_in(Lang::En),
            format!("The schema is not valid JSON: {serde}")
        );
    }
}
