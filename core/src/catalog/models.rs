//! Which RunComfy model the form is for: the built-in Wan 2.2, or another model the user
//! added by its id and input schema.

use serde::{Deserialize, Serialize};

use crate::api::types::is_path_segment;
use crate::catalog::CatalogEntry;
use crate::i18n::Lang;
use crate::schema::{InputSchema, SchemaError};

/// The model this app is built for; its schema is compiled in.
pub const BUILTIN_MODEL_ID: &str = "wan-ai/wan-2-2/image-to-video";

/// The built-in model's name, as RunComfy lists it.
pub const BUILTIN_MODEL_NAME: &str = "Wan 2.2 Image-to-Video";

/// The name to show for `model_id`: the built-in model's own name, the catalog's name of a
/// remembered model, else the id's model part made readable
/// ("acme/flux-lite/text-to-image" → "flux-lite · text-to-image").
pub fn display_name(model_id: &str, remembered: &[CustomModel]) -> String {
    if model_id == BUILTIN_MODEL_ID {
        return BUILTIN_MODEL_NAME.to_owned();
    }
    if let Some(entry) = entry_for(model_id, remembered) {
        if !entry.display_name.trim().is_empty() && entry.display_name != model_id {
            return entry.display_name.clone();
        }
    }
    let mut parts = model_id.split('/').skip(1).filter(|p| !p.is_empty());
    match (parts.next(), parts.next()) {
        (Some(model), Some(task)) => format!("{model} · {task}"),
        (Some(model), None) => model.to_owned(),
        _ => model_id.to_owned(),
    }
}

/// A model the user added: its id and the schema JSON they pasted or loaded, or chose from
/// RunComfy's catalog (then with its catalog entry: name and price).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CustomModel {
    /// `owner/model/task`, as in `POST /v1/models/{model_id}`.
    pub id: String,
    /// The input schema, as given (parsed again on load, so a bad one never sticks).
    pub schema_json: String,
    /// The catalog's entry (without its schema, which is `schema_json`), when the model was
    /// chosen from the catalog.
    #[serde(default)]
    pub entry: Option<CatalogEntry>,
}

/// Why a model could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ModelError {
    /// The id is empty or not of the form `owner/model[/task]`.
    BadId,
    /// The schema JSON is not a usable input schema (why, from the parser or for having
    /// no properties).
    BadSchema(SchemaError),
    /// The catalog lists the model without an input schema.
    NoSchema,
}

impl ModelError {
    /// The sentence shown under the model form, in English.
    pub fn message(&self) -> String {
        self.message_in(Lang::En)
    }

    /// The sentence shown under the model form, in `lang`.
    pub fn message_in(&self, lang: Lang) -> String {
        let t = lang.texts();
        match self {
            ModelError::BadId => t.model_bad_id(),
            ModelError::BadSchema(why) => t.model_bad_schema(&why.reason_in(lang)),
            ModelError::NoSchema => t.model_no_schema(),
        }
    }
}

/// Checks a model id: two or more `/`-separated segments of `[A-Za-z0-9._-]`, none empty
/// and none of dots only, so each stays one path segment of `/v1/models/{model_id}`
/// (`..`, `%2e%2e`, `?`, `#`, `\`, spaces and control characters all fail). Spaces and
/// slashes around it are trimmed off; the id returned is the one to use.
pub fn check_model_id(id: &str) -> Result<String, ModelError> {
    let id = id.trim().trim_matches('/');
    let segments: Vec<&str> = id.split('/').collect();
    let valid = segments.len() >= 2 && segments.iter().all(|s| is_path_segment(s));
    if valid {
        Ok(id.to_owned())
    } else {
        Err(ModelError::BadId)
    }
}

/// Checks what the user gave and returns the model with its parsed schema.
pub fn add_model(id: &str, schema_json: &str) -> Result<(CustomModel, InputSchema), ModelError> {
    let id = check_model_id(id)?;
    let schema = InputSchema::parse(schema_json).map_err(ModelError::BadSchema)?;
    if schema.properties.is_empty() {
        return Err(ModelError::BadSchema(SchemaError::no_properties()));
    }
    Ok((
        CustomModel {
            id,
            schema_json: schema_json.to_owned(),
            entry: None,
        },
        schema,
    ))
}

/// A model chosen from RunComfy's catalog, with its parsed schema; the entry is kept (for
/// its name and price) without the schema, which the model holds once.
pub fn model_from_catalog(entry: &CatalogEntry) -> Result<(CustomModel, InputSchema), ModelError> {
    let schema_json = entry.input_schema.as_deref().ok_or(ModelError::NoSchema)?;
    let (mut model, schema) = add_model(&entry.model_id, schema_json)?;
    model.entry = Some(CatalogEntry {
        input_schema: None,
        ..entry.clone()
    });
    Ok((model, schema))
}

/// The catalog entry of a remembered model, if it came from the catalog.
pub fn entry_for<'a>(model_id: &str, remembered: &'a [CustomModel]) -> Option<&'a CatalogEntry> {
    remembered
        .iter()
        .find(|m| m.id == model_id)
        .and_then(|m| m.entry.as_ref())
}

/// The schema for `model_id`: built in, or from the remembered models (`None` when the id
/// is unknown or its stored schema no longer parses).
pub fn schema_for(model_id: &str, remembered: &[CustomModel]) -> Option<InputSchema> {
    if model_id == BUILTIN_MODEL_ID {
        return Some(InputSchema::builtin());
    }
    let model = remembered.iter().find(|m| m.id == model_id)?;
    InputSchema::parse(&model.schema_json).ok()
}

/// Remembers `model`, replacing an older entry with the same id, newest first.
pub fn remember(remembered: &mut Vec<CustomModel>, model: CustomModel) {
    remembered.retain(|m| m.id != model.id);
    remembered.insert(0, model);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::german::assert_german;

    const FLUX: &str = r#"{"required":["prompt"],"properties":{
        "prompt":{"title":"Prompt","type":"string"},
        "guidance":{"title":"Guidance","type":"number","minimum":1,"maximum":10,"default":3.5}}}"#;

    #[test]
    fn display_names() {
        assert_eq!(
            display_name(BUILTIN_MODEL_ID, &[]),
            "Wan 2.2 Image-to-Video"
        );
        assert_eq!(
            display_name("acme/flux-lite/text-to-image", &[]),
            "flux-lite · text-to-image"
        );
        assert_eq!(display_name("acme/flux-lite", &[]), "flux-lite");
        assert_eq!(display_name("odd", &[]), "odd");
        let (model, _) = model_from_catalog(&catalog_entry(Some(FLUX))).unwrap();
        assert_eq!(
            display_name("acme/flux-lite/text-to-image", &[model]),
            "Flux Lite"
        );
    }

    fn catalog_entry(schema: Option<&str>) -> CatalogEntry {
        let schema = schema.map_or("null".to_owned(), |s| s.to_owned());
        crate::catalog::read_catalog_entry(
            200,
            &format!(
                r#"{{"model_id":"acme/flux-lite/text-to-image","display_name":"Flux Lite",
                    "categories":["text-to-image"],"base_price_usd":0.03,"price_unit":"output",
                    "input_schema":{schema}}}"#
            ),
            None,
        )
        .unwrap()
    }

    #[test]
    fn a_catalog_model_keeps_its_entry_without_a_second_copy_of_the_schema() {
        let (model, schema) = model_from_catalog(&catalog_entry(Some(FLUX))).unwrap();
        assert_eq!(model.id, "acme/flux-lite/text-to-image");
        assert_eq!(schema.properties.len(), 2);
        let entry = model.entry.clone().unwrap();
        assert_eq!(entry.input_schema, None);
        assert_eq!(entry.base_price_usd, Some(0.03));
        // Kept across a reload, as part of the settings.
        let stored = serde_json::to_string(&model).unwrap();
        let back: CustomModel = serde_json::from_str(&stored).unwrap();
        assert_eq!(back, model);
        assert_eq!(
            entry_for(&model.id, std::slice::from_ref(&model)),
            Some(&entry)
        );
        // Models remembered before the catalog existed still load.
        let old: CustomModel = serde_json::from_str(r#"{"id":"a/b","schema_json":"{}"}"#).unwrap();
        assert_eq!(old.entry, None);
    }

    #[test]
    fn a_catalog_model_without_a_schema_is_refused_with_its_own_message() {
        let error = model_from_catalog(&catalog_entry(None)).unwrap_err();
        assert_eq!(error, ModelError::NoSchema);
        assert!(error.message().contains("without an input schema"));
        assert_german(&error.message_in(Lang::De), &error.message());
    }

    #[test]
    fn model_ids() {
        assert_eq!(
            check_model_id(" blackforest/flux-1/text-to-image "),
            Ok("blackforest/flux-1/text-to-image".into())
        );
        assert_eq!(check_model_id("/a/b/"), Ok("a/b".into()));
        for bad in ["", "flux", "a//b", "a/b c", "a/b?x=1", "../x"] {
            assert_eq!(check_model_id(bad), Err(ModelError::BadId), "{bad}");
        }
        // Whatever could leave `/v1/models/…` or change the request's meaning.
        for bad in [
            "../../v1/billing",
            "a/../b",
            "a/./b",
            "a/b/..",
            "a/.../b",
            "a/%2e%2e/b",
            "a/%2E%2E",
            "a/b#c",
            "a/b\\..\\c",
            "a\\b/c",
            "a/b\tc",
            "a/b\u{0}",
            "a/b\nc",
            "a/\u{7f}",
            "a/b\u{a0}c",
            "a/é",
            "/",
            "//",
            "a/",
        ] {
            assert_eq!(check_model_id(bad), Err(ModelError::BadId), "{bad:?}");
        }
        assert_eq!(check_model_id("a.b/c..d/.e"), Ok("a.b/c..d/.e".into()));
    }

    #[test]
    fn adding_a_model_checks_its_schema() {
        let (model, schema) = add_model("bfl/flux/t2i", FLUX).unwrap();
        assert_eq!(model.id, "bfl/flux/t2i");
        assert_eq!(schema.properties.len(), 2);
        let err = add_model("bfl/flux/t2i", "{\"properties\": {\n  \"x\": 3,\n}").unwrap_err();
        let message = err.message();
        assert!(
            message.starts_with("This input schema cannot be used:"),
            "{message}"
        );
        assert!(message.contains("line"), "points at the problem: {message}");
        assert!(message.ends_with("The current model stays selected."));
        assert!(matches!(
            add_model("bfl/flux/t2i", r#"{"properties":{}}"#),
            Err(ModelError::BadSchema(_))
        ));
        assert_eq!(add_model("flux", FLUX).unwrap_err(), ModelError::BadId);
    }

    #[test]
    fn schemas_come_from_the_builtin_or_the_remembered_models() {
        let mut remembered = Vec::new();
        assert_eq!(
            schema_for(BUILTIN_MODEL_ID, &remembered),
            Some(InputSchema::builtin())
        );
        assert_eq!(schema_for("bfl/flux/t2i", &remembered), None);
        let (model, schema) = add_model("bfl/flux/t2i", FLUX).unwrap();
        remember(&mut remembered, model.clone());
        remember(
            &mut remembered,
            CustomModel {
                id: "x/y".into(),
                schema_json: "broken".into(),
                entry: None,
            },
        );
        remember(&mut remembered, model);
        assert_eq!(remembered.len(), 2, "one entry per id");
        assert_eq!(remembered[0].id, "bfl/flux/t2i", "newest first");
        assert_eq!(schema_for("bfl/flux/t2i", &remembered), Some(schema));
        assert_eq!(
            schema_for("x/y", &remembered),
            None,
            "a broken stored schema is not used"
        );
    }

    #[test]
    fn messages_in_each_language() {
        let bad_json = add_model("a/b", "{\"properties\": {\n  \"x\": 3,\n}").unwrap_err();
        let no_object = add_model("a/b", "{}").unwrap_err();
        let empty = add_model("a/b", r#"{"properties":{}}"#).unwrap_err();
        let all = [ModelError::BadId, bad_json, no_object, empty];
        for e in &all {
            assert_eq!(e.message(), e.message_in(Lang::En));
        }
        assert_eq!(
            all[0].message(),
            "A model id looks like owner/model/task (letters, digits, '.', '_' and '-', \
             separated by '/')."
        );
        assert_eq!(
            all[2].message(),
            "This input schema cannot be used: The schema has no \"properties\" object. The \
             current model stays selected."
        );
        assert_eq!(
            all[3].message(),
            "This input schema cannot be used: it has no properties. The current model stays \
             selected."
        );
        let de: Vec<String> = all.iter().map(|e| e.message_in(Lang::De)).collect();
        assert_eq!(
            de[0],
            "Eine Modell-ID hat die Form anbieter/modell/aufgabe (Buchstaben, Ziffern, „.“, „_“ und \
             „-“, getrennt durch „/“)."
        );
        assert!(
            de[1].starts_with(
                "Dieses Eingabeschema kann nicht verwendet werden: Das Schema ist \
                 kein gültiges JSON: "
            ),
            "{}",
            de[1]
        );
        assert!(
            de[1].ends_with(" (Zeile 3, Spalte 1). Das aktuelle Modell bleibt ausgewählt."),
            "{}",
            de[1]
        );
        assert_eq!(
            de[2],
            "Dieses Eingabeschema kann nicht verwendet werden: Das Schema hat kein \
             „properties“-Objekt. Das aktuelle Modell bleibt ausgewählt."
        );
        assert_eq!(
            de[3],
            "Dieses Eingabeschema kann nicht verwendet werden: Es enthält keine Eigenschaften. \
             Das aktuelle Modell bleibt ausgewählt."
        );
        for (e, text) in all.iter().zip(&de) {
            // serde_json's own description stays English; drop it before looking.
            let german = match text.split_once("JSON: ") {
                Some((head, rest)) => {
                    format!("{head}{}", &rest[rest.find(" (Zeile").unwrap_or(0)..])
                }
                None => text.clone(),
            };
            assert_german(&german, &e.message());
        }
    }

    #[test]
    fn a_parse_error_ends_in_one_period() {
        for doc in ["[", "{\"properties\": }", "{}"] {
            let err = add_model("a/b", doc).unwrap_err();
            for message in [err.message(), err.message_in(Lang::De)] {
                assert!(!message.contains(".."), "{message}");
            }
        }
        let message = add_model("a/b", "{\"properties\": }")
            .unwrap_err()
            .message();
        assert!(
            message.ends_with(" at line 1 column 16. The current model stays selected."),
            "{message}"
        );
    }
}
