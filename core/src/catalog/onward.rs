//! "Use as input of…": which models take an output of a given kind, and into which of
//! their inputs it goes.

use crate::catalog::CatalogEntry;
use crate::form::FormValues;
use crate::schema::media_kind::{MediaInput, MediaType};
use crate::schema::InputSchema;

/// The input of a model that an output is given to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OnwardInput {
    /// The property's name.
    pub field: String,
    /// Whether it takes a list (the output becomes its first item).
    pub list: bool,
}

/// The input of `schema` that takes a file of `kind`: the first that takes one such file,
/// else the first that takes a list of them; `None` when the model takes none.
pub fn onward_input(schema: &InputSchema, kind: MediaType) -> Option<OnwardInput> {
    let inputs = || {
        schema
            .properties
            .iter()
            .filter_map(|p| Some((p, p.media_input()?)))
            .filter(move |(_, input)| input.kind() == kind)
    };
    inputs()
        .find(|(_, input)| matches!(input, MediaInput::One(_)))
        .or_else(|| inputs().next())
        .map(|(p, input)| OnwardInput {
            field: p.name.clone(),
            list: matches!(input, MediaInput::Many { .. }),
        })
}

/// The catalog's models that take an output of `kind`, in the catalog's order, each with the
/// input it goes to (an entry without a readable schema is left out).
pub fn models_taking(
    entries: &[CatalogEntry],
    kind: MediaType,
) -> Vec<(CatalogEntry, OnwardInput)> {
    entries
        .iter()
        .filter_map(|entry| {
            let schema = InputSchema::parse(entry.input_schema.as_deref()?).ok()?;
            Some((entry.clone(), onward_input(&schema, kind)?))
        })
        .collect()
}

/// Puts `url` into `input` of `form`: the field's value, or a list's only item (a list's
/// text is one address per line).
pub fn fill(form: &mut FormValues, input: &OnwardInput, url: &str) {
    form.set(&input.field, url);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schema(json: &str) -> InputSchema {
        InputSchema::parse(json).unwrap()
    }

    #[test]
    fn a_video_goes_to_the_models_video_input_one_before_a_list() {
        let upscaler = schema(
            r#"{"type":"object","properties":{
                "prompt":{"type":"string"},
                "reference_videos":{"type":"array","items":{"type":"string","format":"video_uri"}},
                "video":{"type":"string","format":"video_uri"}}}"#,
        );
        assert_eq!(
            onward_input(&upscaler, MediaType::Video),
            Some(OnwardInput {
                field: "video".into(),
                list: false
            })
        );
        assert_eq!(onward_input(&upscaler, MediaType::Audio), None);
        let references = schema(
            r#"{"type":"object","properties":{
                "videos":{"type":"array","items":{"type":"string","format":"video_uri"}}}}"#,
        );
        assert_eq!(
            onward_input(&references, MediaType::Video),
            Some(OnwardInput {
                field: "videos".into(),
                list: true
            })
        );
    }

    #[test]
    fn the_builtin_wan_takes_an_image_in_its_image_field() {
        assert_eq!(
            onward_input(&InputSchema::builtin(), MediaType::Image),
            Some(OnwardInput {
                field: "img_url".into(),
                list: false
            })
        );
        assert_eq!(
            onward_input(&InputSchema::builtin(), MediaType::Video),
            None
        );
    }

    #[test]
    fn a_list_gets_the_output_as_its_one_line() {
        let mut form = FormValues::default();
        form.set("videos", "https://old.example/a.mp4");
        let input = OnwardInput {
            field: "videos".into(),
            list: true,
        };
        fill(&mut form, &input, "https://cdn.example/b.mp4");
        assert_eq!(form.get("videos"), "https://cdn.example/b.mp4");
    }
}
