//! Schemas of other RunComfy-style models, written for these tests: the core handles what
//! such schemas contain (number ranges, enums of numbers, image arrays, several image
//! fields) with no code specific to them.

use serde_json::json;
use wan_core::form::{field_problems, request_body, serde_json_read, FieldProblem, FormValues};
use wan_core::media::image_format::ImageFormat;
use wan_core::media::image_rules::{check_image, ImageFacts, ImageProblem};
use wan_core::schema::{InputSchema, PropertyType, Widget};

/// A text-to-image model: number and integer ranges, an enum of numbers, a seed.
const TEXT_TO_IMAGE: &str = r#"{
  "type": "object", "title": "Input", "required": ["prompt"],
  "properties": {
    "prompt": {"title": "Prompt", "type": "string", "maxLength": 2000},
    "guidance_scale": {"title": "Guidance", "type": "number", "minimum": 1, "maximum": 20, "default": 3.5},
    "num_inference_steps": {"title": "Steps", "type": "integer", "minimum": 1, "maximum": 50, "default": 28},
    "num_images": {"title": "Images", "type": "integer", "enum": [1, 2, 4], "default": 1},
    "aspect_ratio": {"title": "Aspect ratio", "type": "string", "enum": ["1:1", "16:9", "9:16", "4:3", "3:4"], "default": "1:1"},
    "seed": {"title": "Seed", "type": "integer"}
  }
}"#;

/// An image-editing model that takes several reference images as an array of URLs.
const MULTI_REFERENCE: &str = r#"{
  "required": ["prompt", "image_urls"],
  "properties": {
    "prompt": {"title": "Prompt", "type": "string"},
    "image_urls": {"title": "Reference images", "type": "array", "description": "Up to 4 images",
      "items": {"type": "string", "format": "uri", "validations": [
        {"validation_rule": "width_pixels<", "validation_value": 4096, "validation_error": "Each image must be at most 4096 px wide."},
        {"validation_rule": "file_size_mb<", "validation_value": 20, "validation_error": "Each image must be under 20 MB."}
      ]}},
    "strength": {"title": "Strength", "type": "number", "minimum": 0, "maximum": 1, "default": 0.8}
  }
}"#;

/// A video model with a first and a last frame: two image fields with their own limits.
const FIRST_LAST_FRAME: &str = r#"{
  "required": ["prompt", "first_frame_image", "last_frame_image"],
  "properties": {
    "prompt": {"title": "Prompt", "type": "string", "maxLength": 500},
    "first_frame_image": {"title": "First frame", "type": "string", "validations": [
      {"validation_rule": "width_pixels>", "validation_value": 300, "validation_error": "First frame: at least 300 px."}]},
    "last_frame_image": {"title": "Last frame", "type": "string", "validations": [
      {"validation_rule": "height_pixels<", "validation_value": 1080, "validation_error": "Last frame: at most 1080 px high."}]},
    "duration": {"title": "Duration", "type": "number", "enum": [5, 10], "default": 5}
  }
}"#;

fn facts(width: u32, height: u32, bytes: u64) -> ImageFacts {
    ImageFacts {
        width,
        height,
        bytes: Some(bytes),
        format: Some(ImageFormat::Jpeg),
        has_alpha: false,
    }
}

#[test]
fn text_to_image_ranges_and_number_enums() {
    let schema = InputSchema::parse(TEXT_TO_IMAGE).unwrap();
    let names: Vec<&str> = schema.properties.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "prompt",
            "guidance_scale",
            "num_inference_steps",
            "num_images",
            "aspect_ratio",
            "seed"
        ]
    );
    let widget = |n: &str| schema.property(n).unwrap().widget();
    assert_eq!(widget("prompt"), Widget::TextArea { max: 2000 });
    assert_eq!(
        widget("guidance_scale"),
        Widget::Number {
            min: Some(1.0),
            max: Some(20.0)
        }
    );
    assert_eq!(
        widget("num_inference_steps"),
        Widget::Integer {
            min: Some(1.0),
            max: Some(50.0)
        }
    );
    assert_eq!(
        widget("num_images"),
        Widget::Segmented(vec![json!(1), json!(2), json!(4)])
    );
    assert!(matches!(widget("aspect_ratio"), Widget::Select(options) if options.len() == 5));
    assert_eq!(widget("seed"), Widget::Seed);

    let mut form = FormValues::defaults(&schema);
    form.set("prompt", "a lighthouse");
    form.set("num_images", "4");
    let body = request_body(&schema, &form, serde_json_read);
    assert_eq!(
        serde_json::Value::Object(body),
        json!({"prompt": "a lighthouse", "guidance_scale": 3.5, "num_inference_steps": 28, "num_images": 4, "aspect_ratio": "1:1"})
    );

    form.set("guidance_scale", "20.5");
    form.set("num_inference_steps", "0");
    form.set("num_images", "3");
    let problems = field_problems(&schema, &form, serde_json_read);
    let fields: Vec<&str> = problems.iter().map(FieldProblem::field).collect();
    assert_eq!(
        fields,
        ["guidance_scale", "num_inference_steps", "num_images"]
    );
    assert!(matches!(problems[0], FieldProblem::OutOfRange { .. }));
    assert!(matches!(problems[2], FieldProblem::NotInEnum { .. }));
    form.set("guidance_scale", "20");
    form.set("num_inference_steps", "1");
    form.set("num_images", "2");
    assert_eq!(
        field_problems(&schema, &form, serde_json_read),
        vec![],
        "both bounds are allowed"
    );
}

#[test]
fn an_array_of_image_urls() {
    let schema = InputSchema::parse(MULTI_REFERENCE).unwrap();
    let images = schema.property("image_urls").unwrap();
    assert_eq!(images.kind, PropertyType::Array);
    assert_eq!(images.widget(), Widget::ImageList);
    let item = images.items.as_deref().unwrap();
    assert!(item.is_image());
    assert_eq!(item.validations.len(), 2);
    assert_eq!(
        check_image(&item.validations, &facts(4096, 3000, 19_999_999)),
        vec![]
    );
    let problems = check_image(&item.validations, &facts(4097, 3000, 20_000_000));
    let messages: Vec<String> = problems.iter().map(ImageProblem::message).collect();
    assert_eq!(
        messages,
        [
            "Each image must be at most 4096 px wide.",
            "Each image must be under 20 MB."
        ]
    );

    let mut form = FormValues::defaults(&schema);
    form.set("prompt", "blend these");
    form.set_line("image_urls", 0, "https://e.com/a.png");
    form.set_line("image_urls", 1, "https://e.com/b.png");
    assert_eq!(
        serde_json::Value::Object(request_body(&schema, &form, serde_json_read)),
        json!({"prompt": "blend these", "image_urls": ["https://e.com/a.png", "https://e.com/b.png"], "strength": 0.8})
    );
    form.set("image_urls", "");
    let problems = field_problems(&schema, &form, serde_json_read);
    assert!(
        matches!(&problems[..], [FieldProblem::Required { field, .. }] if field == "image_urls")
    );
}

#[test]
fn several_image_fields_each_with_its_limits() {
    let schema = InputSchema::parse(FIRST_LAST_FRAME).unwrap();
    let first = schema.property("first_frame_image").unwrap();
    let last = schema.property("last_frame_image").unwrap();
    assert_eq!(
        (first.widget(), last.widget()),
        (Widget::Image, Widget::Image)
    );
    assert_eq!(
        schema.property("duration").unwrap().widget(),
        Widget::Segmented(vec![json!(5), json!(10)])
    );
    // The same picture passes one field and fails the other.
    let picture = facts(299, 1200, 1000);
    assert!(matches!(
        &check_image(&first.validations, &picture)[..],
        [ImageProblem::TooSmall { .. }]
    ));
    assert!(matches!(
        &check_image(&last.validations, &picture)[..],
        [ImageProblem::TooLarge { .. }]
    ));
    assert_eq!(
        check_image(&first.validations, &facts(300, 1080, 1000)),
        vec![]
    );
    assert_eq!(
        check_image(&last.validations, &facts(300, 1080, 1000)),
        vec![]
    );

    let mut form = FormValues::defaults(&schema);
    form.set("prompt", "dawn to dusk");
    form.set("first_frame_image", "https://e.com/1.jpg");
    form.set("last_frame_image", "data:image/jpeg;base64,AAAA");
    form.set("duration", "10");
    assert_eq!(
        serde_json::Value::Object(request_body(&schema, &form, serde_json_read)),
        json!({"prompt": "dawn to dusk", "first_frame_image": "https://e.com/1.jpg",
               "last_frame_image": "data:image/jpeg;base64,AAAA", "duration": 10})
    );
}
