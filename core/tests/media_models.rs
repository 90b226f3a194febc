//! Schemas written for these tests in the shape of RunComfy's catalog models that take
//! video and audio (`format: video_uri`, `audio_uris`, …): the form, the checks, the
//! price and a model switch, with no code specific to them.

use serde_json::json;
use wan_core::api::types::{MediaKind, ResultResponse};
use wan_core::catalog::model_switch::switch_form;
use wan_core::catalog::price::estimate_price;
use wan_core::catalog::{read_catalog_page, PriceUnit};
use wan_core::form::{field_problems, request_body, serde_json_read, FieldProblem, FormValues};
use wan_core::i18n::Lang;
use wan_core::media::format::{check_kind, sniff_media, MediaFormat};
use wan_core::media::image_format::ImageFormat;
use wan_core::media::image_rules::{check_image, ImageFacts, ImageProblem};
use wan_core::media::limits::{check_file_size, check_request_size, MediaFacts, MediaProblem};
use wan_core::schema::media_kind::{MediaInput, MediaType};
use wan_core::schema::{InputSchema, Widget};

/// A lip-sync model: one video, one audio track, reference frames with a shape rule.
const LIP_SYNC: &str = r#"{
  "required": ["video_url", "audio_url"],
  "properties": {
    "video_url": {"title": "Video", "type": "string", "format": "video_uri",
      "validations": [{"validation_rule": "file_size_mb<", "validation_value": 100}]},
    "audio_url": {"title": "Audio", "type": "string", "format": "audio_uri"},
    "reference_images": {"title": "Reference frames", "type": "array", "format": "image_uris",
      "minItems": 1, "maxItems": 3,
      "validations": [
        {"validation_rule": "width/height>", "validation_value": 0.4},
        {"validation_rule": "width/height<", "validation_value": 2.5,
         "validation_error": "Aspect ratio must be between 1:2.5 and 2.5:1."}]},
    "webhook": {"title": "Webhook", "type": "string", "format": "uri", "maxLength": 120},
    "duration": {"title": "Duration", "type": "string", "enum": ["auto", "5", "10"], "default": "auto"}
  }
}"#;

/// The catalog's page for it, as text (the schema's field order must survive).
fn catalog_body() -> String {
    json!({
        "models": [{
            "model_id": "acme/lip-sync/video-to-video",
            "display_name": "Lip Sync",
            "categories": [{"name": "video-to-video"}],
            "base_price_usd": "0.07",
            "price_unit": "second",
            "input_schema": LIP_SYNC
        }],
        "total": 1
    })
    .to_string()
}

#[test]
fn a_catalog_model_with_video_and_audio_fields() {
    let page = read_catalog_page(200, &catalog_body(), None).expect("reads");
    let entry = &page.models[0];
    assert_eq!(entry.price_unit, PriceUnit::Second);
    let schema = InputSchema::parse(entry.input_schema.as_deref().unwrap_or("")).expect("parses");
    let names: Vec<&str> = schema.properties.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "video_url",
            "audio_url",
            "reference_images",
            "webhook",
            "duration"
        ]
    );
    let widget = |n: &str| schema.property(n).map(|p| p.widget());
    assert_eq!(widget("video_url"), Some(Widget::Media(MediaType::Video)));
    assert_eq!(widget("audio_url"), Some(Widget::Media(MediaType::Audio)));
    assert_eq!(widget("reference_images"), Some(Widget::ImageList));
    assert_eq!(widget("webhook"), Some(Widget::Text { max: Some(120) }));
    assert_eq!(
        schema
            .property("reference_images")
            .and_then(|p| p.media_input()),
        Some(MediaInput::Many {
            kind: MediaType::Image,
            min: Some(1),
            max: Some(3)
        })
    );

    // The form: counts, lengths, then the price.
    let mut form = FormValues::defaults(&schema);
    form.set("video_url", "https://e.com/talk.mp4");
    form.set("audio_url", "https://e.com/voice.wav");
    form.set("reference_images", "a\nb\nc\nd");
    form.set("webhook", format!("https://e.com/{}", "x".repeat(120)));
    let problems: Vec<String> = field_problems(&schema, &form, serde_json_read)
        .iter()
        .map(FieldProblem::message)
        .collect();
    assert_eq!(
        problems,
        [
            "Reference frames: at most 3 images; remove 1.",
            "Webhook is 134 characters long; the limit is 120."
        ]
    );
    let price = |form: &FormValues, jobs| {
        estimate_price(entry, &schema, form, jobs).map(|e| e.summary_in(Lang::En))
    };
    assert_eq!(price(&form, 2).as_deref(), Some("$0.07/s (duration auto)"));
    form.set("duration", "10");
    assert_eq!(
        price(&form, 2).as_deref(),
        Some("≈ $0.70 for 10 s × 2 jobs = $1.40")
    );
}

#[test]
fn every_file_is_checked_for_its_kind_size_and_shape() {
    let schema = InputSchema::parse(LIP_SYNC).expect("parses");
    let video = schema.property("video_url").expect("video");
    let audio = schema.property("audio_url").expect("audio");
    let frames = schema.property("reference_images").expect("frames");

    // A WAV dropped on the video field.
    let wav = sniff_media(b"RIFF\x24\x08\0\0WAVEfmt ").expect("sniffed");
    assert_eq!(wav, MediaFormat::Wav);
    let kind = video.media_input().map(|m| m.kind()).expect("media");
    assert_eq!(
        check_kind(&wav, kind).map_err(|e| e.message()),
        Err("This file is a WAV audio file, but this field takes a video.".to_owned())
    );
    assert_eq!(check_kind(&wav, MediaType::Audio), Ok(()));

    // The video's own rule (100 MB) replaces the 32 MiB cap; the audio has the cap.
    assert_eq!(
        check_file_size(MediaType::Video, &video.validations, 60_000_000, true),
        None
    );
    let big_audio = check_file_size(MediaType::Audio, &audio.validations, 17_000_000, true);
    assert!(matches!(
        big_audio,
        Some(MediaProblem::TooLargeToUpload { cap, .. }) if cap == 16 * 1024 * 1024
    ));

    // Every reference frame against the list's shape rules.
    let rules = frames.media_validations();
    let facts = |width, height| ImageFacts {
        width,
        height,
        bytes: Some(1000),
        format: Some(ImageFormat::Png),
        has_alpha: false,
    };
    let messages: Vec<Vec<String>> = [facts(1000, 1000), facts(300, 1000), facts(2600, 1000)]
        .iter()
        .map(|f| {
            check_image(&rules, f)
                .iter()
                .map(ImageProblem::message)
                .collect()
        })
        .collect();
    assert_eq!(
        messages,
        [
            vec![],
            vec![
                "The image is too tall: its width must be at least 0.4 times its height."
                    .to_owned()
            ],
            vec!["Aspect ratio must be between 1:2.5 and 2.5:1.".to_owned()],
        ]
    );

    // Facts of the video, in one line.
    let facts = MediaFacts {
        width: Some(640),
        height: Some(360),
        duration_s: Some(4.0),
        bytes: Some(2_100_000),
    };
    assert_eq!(facts.summary_in(Lang::De), "640 × 360 · 4,0 s · 2,1 MB");
}

#[test]
fn a_request_of_local_files_stays_under_64_mib() {
    let schema = InputSchema::parse(LIP_SYNC).expect("parses");
    let mut form = FormValues::defaults(&schema);
    let big = format!("data:video/mp4;base64,{}", "A".repeat(40 * 1024 * 1024));
    form.set("video_url", big.as_str());
    form.set("audio_url", "data:audio/wav;base64,AAAA");
    assert_eq!(
        check_request_size(&request_body(&schema, &form, serde_json_read)),
        None
    );
    form.set("audio_url", big.as_str());
    let problem = check_request_size(&request_body(&schema, &form, serde_json_read));
    assert!(problem.is_some_and(|p| p.message().contains("public https:// URLs")));
}

#[test]
fn switching_models_keeps_what_was_typed() {
    let wan = InputSchema::builtin();
    let other = InputSchema::parse(
        r#"{"properties": {
            "prompt": {"type": "string", "maxLength": 2000},
            "img_url": {"type": "string", "format": "image_uri"},
            "duration": {"type": "integer", "enum": [5, 10], "default": 10},
            "resolution": {"type": "string", "enum": ["720P", "1080P"], "default": "720P"}
        }}"#,
    )
    .expect("parses");
    let mut form = FormValues::defaults(&wan);
    form.set("prompt", "a fox in the snow");
    form.set("img_url", "https://e.com/fox.png");
    form.set("seed", "7");
    let switched = switch_form(&wan, &other, &form, serde_json_read);
    assert_eq!(switched.get("prompt"), "a fox in the snow");
    assert_eq!(switched.get("img_url"), "https://e.com/fox.png");
    assert_eq!(
        switched.get("duration"),
        "10",
        "5 was Wan's default, not a choice"
    );
    assert_eq!(switched.get("resolution"), "720P");
    assert_eq!(switched.get("seed"), "", "the new model has no seed");
}

#[test]
fn results_of_every_kind() {
    let result: ResultResponse = serde_json::from_value(json!({
        "status": "succeeded",
        "output": {
            "audios": ["https://cdn/a.wav"],
            "video": "https://cdn/v.mp4",
            "subtitles": {"srt": "https://cdn/s.srt"}
        },
        "cost": {"amount": "0.70", "currency": "USD"}
    }))
    .expect("parses");
    let media = result
        .output
        .as_ref()
        .map(|o| o.media())
        .unwrap_or_default();
    let got: Vec<(MediaKind, String)> = media
        .iter()
        .enumerate()
        .map(|(i, m)| (m.kind, m.file_name("acme/lip-sync/v2v", "0123456789", i)))
        .collect();
    assert_eq!(
        got,
        [
            (MediaKind::Video, "lip-sync-01234567.mp4".to_owned()),
            (MediaKind::Audio, "lip-sync-01234567-2.wav".to_owned()),
            (MediaKind::Link, "lip-sync-01234567-3.srt".to_owned()),
        ]
    );
    assert_eq!(result.cost_usd(), Some(0.7));
}
