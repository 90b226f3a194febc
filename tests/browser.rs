//! Component tests in headless Chromium (`make test-wasm`): the browser glue on real
//! browser objects — images drawn on a canvas, measured by the Image API — and the app
//! mounted into a real document.
#![cfg(target_arch = "wasm32")]

use js_sys::Promise;
use wan_i2v::browser::image_fit::fit_image;
use wan_i2v::browser::image_probe::probe_blob;
use wan_i2v::browser::local_files::with_files_inline;
use wan_i2v::core::media::image_format::ImageFormat;
use wan_i2v::core::media::image_rules::{check_image, ImageProblem};
use wan_i2v::core::media::local_file::LocalRef;
use wan_i2v::core::schema::InputSchema;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::{Blob, CanvasRenderingContext2d, HtmlCanvasElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Draws a `width`×`height` picture and encodes it as `mime` (canvas → blob).
async fn drawn_image(width: u32, height: u32, mime: &str) -> Blob {
    let canvas: HtmlCanvasElement = document()
        .create_element("canvas")
        .unwrap()
        .unchecked_into();
    canvas.set_width(width);
    canvas.set_height(height);
    let ctx: CanvasRenderingContext2d = canvas.get_context("2d").unwrap().unwrap().unchecked_into();
    ctx.set_fill_style_str("#3366cc");
    ctx.fill_rect(0.0, 0.0, width as f64, height as f64);
    let mime = mime.to_owned();
    let promise = Promise::new(&mut |resolve, _| {
        let done = Closure::once_into_js(move |blob: JsValue| {
            resolve.call1(&JsValue::NULL, &blob).unwrap();
        });
        canvas
            .to_blob_with_type(done.unchecked_ref(), &mime)
            .unwrap();
    });
    JsFuture::from(promise).await.unwrap().unchecked_into()
}

fn wan_image_rules() -> Vec<wan_i2v::core::schema::Validation> {
    InputSchema::builtin()
        .property("img_url")
        .unwrap()
        .validations
        .clone()
}

async fn problems_for(width: u32, height: u32) -> Vec<ImageProblem> {
    let blob = drawn_image(width, height, "image/jpeg").await;
    let probed = probe_blob(&blob, "drawn.jpg")
        .await
        .expect("a drawn JPEG is readable");
    assert_eq!((probed.facts.width, probed.facts.height), (width, height));
    assert_eq!(probed.facts.format, Some(ImageFormat::Jpeg));
    assert_eq!(probed.facts.bytes, Some(blob.size() as u64));
    let kept = LocalRef::parse(&probed.value).expect("a local file is a reference");
    assert_eq!(
        (kept.mime.as_str(), kept.bytes),
        ("image/jpeg", blob.size() as u64)
    );
    check_image(&wan_image_rules(), &probed.facts)
}

#[wasm_bindgen_test]
async fn image_probe_accepts_both_bounds() {
    assert_eq!(problems_for(360, 360).await, vec![]);
    assert_eq!(problems_for(2000, 2000).await, vec![]);
    assert_eq!(problems_for(360, 2000).await, vec![]);
}

#[wasm_bindgen_test]
async fn image_probe_rejects_359_px() {
    let problems = problems_for(359, 800).await;
    assert_eq!(problems.len(), 1);
    assert!(matches!(problems[0], ImageProblem::TooSmall { .. }));
    assert_eq!(
        problems[0].message(),
        "The uploaded image width and height must be at least 360 pixels."
    );
    assert!(matches!(
        problems_for(800, 359).await[..],
        [ImageProblem::TooSmall { .. }]
    ));
}

#[wasm_bindgen_test]
async fn image_probe_rejects_2001_px() {
    let problems = problems_for(2001, 800).await;
    assert_eq!(problems.len(), 1);
    assert!(matches!(problems[0], ImageProblem::TooLarge { .. }));
    assert_eq!(
        problems[0].message(),
        "The uploaded image width and height must not exceed 2000 pixels."
    );
    assert!(matches!(
        problems_for(800, 2001).await[..],
        [ImageProblem::TooLarge { .. }]
    ));
}

#[wasm_bindgen_test]
async fn canvas_png_with_transparency_is_flagged_and_fit_flattens_it() {
    // A canvas PNG is always RGBA: exactly the "PNG with alpha" the model refuses.
    let blob = drawn_image(800, 600, "image/png").await;
    let probed = probe_blob(&blob, "drawn.png").await.unwrap();
    assert_eq!(probed.facts.format, Some(ImageFormat::Png));
    assert!(probed.facts.has_alpha);
    assert_eq!(
        check_image(&wan_image_rules(), &probed.facts),
        vec![ImageProblem::AlphaPng]
    );

    let fitted = fit_image(&probed.preview_url, 2000).await.unwrap();
    let refit = probe_blob(&fitted, "fitted").await.unwrap();
    assert_eq!(refit.facts.format, Some(ImageFormat::Jpeg));
    assert_eq!((refit.facts.width, refit.facts.height), (800, 600));
    assert_eq!(check_image(&wan_image_rules(), &refit.facts), vec![]);
}

#[wasm_bindgen_test]
async fn fit_scales_2400_by_1200_to_2000_by_1000() {
    let blob = drawn_image(2400, 1200, "image/jpeg").await;
    let probed = probe_blob(&blob, "wide.jpg").await.unwrap();
    let fitted = fit_image(&probed.preview_url, 2000).await.unwrap();
    let refit = probe_blob(&fitted, "fitted").await.unwrap();
    assert_eq!((refit.facts.width, refit.facts.height), (2000, 1000));
    assert_eq!(check_image(&wan_image_rules(), &refit.facts), vec![]);
}

#[wasm_bindgen_test]
async fn not_an_image_is_refused() {
    let parts = js_sys::Array::of1(&JsValue::from_str("plain text, no pixels"));
    let blob = Blob::new_with_str_sequence(&parts).unwrap();
    let error = probe_blob(&blob, "notes.txt").await.unwrap_err();
    assert!(
        error.message().contains("not an image"),
        "{}",
        error.message()
    );
}

/// A mono 16-bit PCM WAV of `seconds` of a 440 Hz tone at 8 kHz.
fn wav(seconds: f64) -> Vec<u8> {
    let rate = 8_000u32;
    let samples = (f64::from(rate) * seconds) as u32;
    let mut out = Vec::with_capacity(44 + samples as usize * 2);
    out.extend_from_slice(b"RIFF");
    out.extend_from_slice(&(36 + samples * 2).to_le_bytes());
    out.extend_from_slice(b"WAVEfmt ");
    out.extend_from_slice(&16u32.to_le_bytes());
    out.extend_from_slice(&1u16.to_le_bytes()); // PCM
    out.extend_from_slice(&1u16.to_le_bytes()); // mono
    out.extend_from_slice(&rate.to_le_bytes());
    out.extend_from_slice(&(rate * 2).to_le_bytes());
    out.extend_from_slice(&2u16.to_le_bytes());
    out.extend_from_slice(&16u16.to_le_bytes());
    out.extend_from_slice(b"data");
    out.extend_from_slice(&(samples * 2).to_le_bytes());
    for i in 0..samples {
        let t = f64::from(i) / f64::from(rate);
        let sample = ((t * 440.0 * std::f64::consts::TAU).sin() * 8_000.0) as i16;
        out.extend_from_slice(&sample.to_le_bytes());
    }
    out
}

/// Bytes as a blob the way a file picker hands them over, with the type its name suggests.
fn blob_of(bytes: &[u8], mime: &str) -> Blob {
    wan_i2v::browser::bytes::bytes_to_blob(bytes, mime).unwrap()
}

#[wasm_bindgen_test]
async fn media_probe_reads_a_wav_by_its_bytes_and_its_player() {
    use wan_i2v::browser::media_probe::probe_media_blob;
    use wan_i2v::core::media::format::MediaFormat;
    use wan_i2v::core::schema::media_kind::MediaType;

    let bytes = wav(0.75);
    // Named as anything: the bytes say what it is, and the data: URI says so too.
    let blob = blob_of(&bytes, "application/octet-stream");
    let probed = probe_media_blob(&blob, "voice.bin", MediaType::Audio)
        .await
        .expect("a WAV is an audio file");
    assert_eq!(probed.format, Some(MediaFormat::Wav));
    assert_eq!(probed.facts.bytes, Some(bytes.len() as u64));
    let seconds = probed
        .facts
        .duration_s
        .expect("the player knows the length");
    assert!((seconds - 0.75).abs() < 0.01, "{seconds}");
    assert_eq!((probed.facts.width, probed.facts.height), (None, None));
    // Named by what the bytes are: the data: URI built when it is sent says so too.
    let mut body = serde_json::Map::new();
    body.insert(
        "audio".into(),
        serde_json::Value::String(probed.value.clone()),
    );
    let sent = with_files_inline(&body)
        .await
        .expect("the file is on the device");
    let uri = sent["audio"].as_str().unwrap_or_default();
    assert!(uri.starts_with("data:audio/wav;base64,UklGR"), "{uri:.40}");
    assert!(probed.local);
    assert!(probed.notes.is_empty());
    assert!(probed.preview_url.starts_with("blob:"));
}

#[wasm_bindgen_test]
async fn media_probe_refuses_a_file_of_another_kind() {
    use wan_i2v::browser::media_probe::probe_media_blob;
    use wan_i2v::core::schema::media_kind::MediaType;

    let blob = blob_of(&wav(0.2), "video/mp4");
    let error = probe_media_blob(&blob, "clip.mp4", MediaType::Video)
        .await
        .unwrap_err();
    assert_eq!(
        error.message(),
        "This file is a WAV audio file, but this field takes a video."
    );
    let text = blob_of(b"plain text, no sound", "audio/mpeg");
    let error = probe_media_blob(&text, "song.mp3", MediaType::Audio)
        .await
        .unwrap_err();
    assert!(
        error.message().contains("not an audio file"),
        "{}",
        error.message()
    );
}

#[wasm_bindgen_test]
async fn a_player_that_cannot_read_a_file_gives_no_metadata_and_a_wait_has_a_limit() {
    use wan_i2v::browser::deadline::within;
    use wan_i2v::browser::media_probe::read_metadata;
    use wan_i2v::core::schema::media_kind::MediaType;

    // WAV magic bytes and nothing playable after them.
    let broken = blob_of(b"RIFF\x24\0\0\0WAVEjunk", "audio/wav");
    let url = web_sys::Url::create_object_url_with_blob(&broken).unwrap();
    assert_eq!(read_metadata(&url, MediaType::Audio).await, None);
    let never = std::future::pending::<()>();
    assert_eq!(within(30, never).await, None);
    assert_eq!(within(1_000, async { 7 }).await, Some(7));
}

#[wasm_bindgen_test]
async fn the_app_mounts_and_renders_the_schema_form() {
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let handle = leptos::mount::mount_to(host.clone().unchecked_into(), wan_i2v::components::App);
    for id in [
        "field-prompt",
        "field-negative_prompt",
        "field-img_url",
        "field-template",
        "field-seed",
    ] {
        assert!(
            document().get_element_by_id(id).is_some(),
            "#{id} is rendered"
        );
    }
    let labels: Vec<String> = {
        let list = host.query_selector_all("label").unwrap();
        (0..list.length())
            .filter_map(|i| list.item(i).and_then(|n| n.text_content()))
            .collect()
    };
    for title in [
        "Prompt",
        "Negative Prompt",
        "Image",
        "Template",
        "Magic Prompt",
        "Seed",
    ] {
        assert!(
            labels
                .iter()
                .any(|l| l.trim().trim_end_matches('*').trim() == title),
            "label {title}"
        );
    }
    let generate = host
        .query_selector(".generate-bar button[type=submit]")
        .unwrap()
        .unwrap();
    assert_eq!(generate.text_content().unwrap(), "Generate");
    assert!(
        generate.has_attribute("disabled"),
        "an empty form cannot be sent"
    );
    drop(handle);
}

/// A schema the app has never seen: the form follows it with no code change.
const SYNTHETIC_SCHEMA: &str = r#"{
  "type": "object",
  "required": ["caption", "photo_url"],
  "properties": {
    "caption": {"title": "Caption", "description": "What to show", "type": "string", "maxLength": 300},
    "photo_url": {"title": "Photo", "type": "string", "validations": [
      {"validation_rule": "width_pixels<", "validation_value": 1024, "validation_error": "Too wide."},
      {"validation_rule": "aspect_ratio=", "validation_value": 1, "validation_error": "Must be square."}
    ]},
    "style": {"title": "Style", "type": "string", "enum": ["a", "b", "c", "d", "e"], "default": "c"},
    "strength": {"title": "Strength", "type": "number", "minimum": 0, "maximum": 1, "default": 0.5},
    "steps": {"title": "Steps", "type": "integer", "default": 20},
    "loop": {"title": "Loop", "type": "boolean", "default": false},
    "mystery": {"title": "Mystery", "type": "tensor"},
    "webhook": {"title": "Webhook", "type": "string", "format": "uri"}
  }
}"#;

#[wasm_bindgen_test]
async fn the_form_is_generated_from_any_schema() {
    use leptos::prelude::*;
    use wan_i2v::state::AppState;

    let schema = InputSchema::parse(SYNTHETIC_SCHEMA).expect("the synthetic schema parses");
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let handle = leptos::mount::mount_to(host.clone().unchecked_into(), move || {
        provide_context(AppState::load(schema.clone()));
        view! { <wan_i2v::components::SchemaForm /> }
    });
    let find = |selector: &str| host.query_selector(selector).unwrap();
    let label_of = |id: &str| {
        find(&format!("label[for='{id}']"))
            .and_then(|l| l.text_content())
            .unwrap_or_default()
    };

    assert!(
        find("textarea#field-caption").is_some(),
        "maxLength ≥ 200 → textarea"
    );
    assert!(label_of("field-caption").starts_with("Caption"));
    assert_eq!(
        find("#help-caption").unwrap().text_content().unwrap(),
        "What to show"
    );
    assert!(
        find("input#field-photo_url[type=url]").is_some(),
        "an image property"
    );
    let style: web_sys::HtmlSelectElement = find("select#field-style").unwrap().unchecked_into();
    // 5 options → a select with all of them, after "—" (an optional field can be unset).
    assert_eq!(style.options().length(), 6);
    assert_eq!(
        style.options().item(0).unwrap().text_content().unwrap(),
        "—"
    );
    assert_eq!(
        style.options().item(5).unwrap().text_content().unwrap(),
        "e"
    );
    assert_eq!(style.value(), "c", "the default is preselected");
    let strength: web_sys::HtmlInputElement = find("input#field-strength[type=number]")
        .unwrap()
        .unchecked_into();
    assert_eq!(strength.value(), "0.5");
    assert_eq!(strength.min(), "0");
    assert_eq!(strength.max(), "1");
    let steps: web_sys::HtmlInputElement = find("input#field-steps[type=number]")
        .unwrap()
        .unchecked_into();
    assert_eq!(steps.value(), "20");
    let looping: web_sys::HtmlInputElement = find("input#field-loop[role=switch]")
        .unwrap()
        .unchecked_into();
    assert!(!looping.checked());
    assert!(
        find("input#field-mystery[type=text]").is_some(),
        "an unknown type falls back to a text field"
    );
    assert!(
        find("input#field-webhook[type=url]").is_some(),
        "format: uri → a URL field"
    );
    // The unknown rule (aspect_ratio=) did not break anything: the form is all there.
    assert_eq!(host.query_selector_all(".field").unwrap().length(), 8);
    drop(handle);
}

#[wasm_bindgen_test]
async fn a_language_switch_changes_the_form_in_place() {
    use leptos::prelude::*;
    use wan_i2v::core::i18n::Lang;

    let schema = InputSchema::parse(SYNTHETIC_SCHEMA).expect("the synthetic schema parses");
    let (host, app, handle) = mount_form(schema);
    let text = |selector: &str| {
        host.query_selector(selector)
            .unwrap()
            .and_then(|e| e.text_content())
            .unwrap_or_default()
    };
    let attribute = |selector: &str, name: &str| {
        host.query_selector(selector)
            .unwrap()
            .and_then(|e| e.get_attribute(name))
            .unwrap_or_default()
    };
    let generate = host
        .query_selector(".generate-bar button[type=submit]")
        .unwrap()
        .unwrap();
    let caption = host.query_selector("#field-caption").unwrap().unwrap();

    // The language service fetches the file in the app; here it is handed over directly.
    let english = wan_i2v::core::i18n::Resource::parse(include_str!("../locales/en.ftl")).unwrap();
    let ids: Vec<&str> = english.ids().collect();
    let german = wan_i2v::core::i18n::compile(include_str!("../locales/de.ftl"), &ids).unwrap();
    wan_i2v::core::i18n::install(Lang::De, &german).unwrap();
    app.settings.update(|s| s.lang = Some(Lang::De));
    settle().await;
    assert_eq!(generate.text_content().unwrap(), "Erzeugen");
    let reasons = text("#generate-reasons");
    assert!(reasons.contains("Caption ist erforderlich."), "{reasons}");
    assert!(
        reasons.contains("Fügen Sie oben auf der Seite Ihr RunComfy-API-Token ein."),
        "{reasons}"
    );
    assert_eq!(
        attribute("input.slider", "aria-label"),
        "Strength (Schieberegler)"
    );
    // The same elements, with new text: nothing was rebuilt.
    assert!(host.query_selector("button[type=submit]").unwrap().unwrap() == generate);
    assert!(host.query_selector("#field-caption").unwrap().unwrap() == caption);

    app.settings.update(|s| s.lang = Some(Lang::En));
    settle().await;
    assert_eq!(generate.text_content().unwrap(), "Generate");
    assert!(text("#generate-reasons").contains("Caption is required."));
    assert_eq!(attribute("input.slider", "aria-label"), "Strength slider");
    drop(handle);
}

/// Lets Leptos run the effects a signal change scheduled.
async fn settle() {
    let promise = Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20)
            .unwrap();
    });
    JsFuture::from(promise).await.unwrap();
}

/// Real schemas from the fake RunComfy's catalog: each kind of media, lists, rules.
const CATALOG_ENTRIES: [&str; 6] = [
    include_str!("fixtures/catalog/ace-step-audio-inpaint.json"),
    include_str!("fixtures/catalog/flux-3-extend-video.json"),
    include_str!("fixtures/catalog/ltx-2-5-audio-to-video-fast.json"),
    include_str!("fixtures/catalog/nano-banana-2-lite-edit.json"),
    include_str!("fixtures/catalog/seedance-2-5-reference-to-video-1080p.json"),
    include_str!("fixtures/catalog/wan-3-0-image-to-video.json"),
];

#[wasm_bindgen_test]
fn the_browser_reads_a_schema_as_serde_json_does() {
    use wan_i2v::browser::json;
    use wan_i2v::core::catalog::read_catalog_entry;
    use wan_i2v::core::schema::BUILTIN_SCHEMA_JSON;

    let mut texts = vec![BUILTIN_SCHEMA_JSON.to_owned(), SYNTHETIC_SCHEMA.to_owned()];
    for entry in CATALOG_ENTRIES {
        let entry = read_catalog_entry(200, entry, None).expect("a catalog entry");
        texts.push(entry.input_schema.expect("with its schema"));
    }
    for text in &texts {
        let by_serde = InputSchema::parse(text).expect("serde_json reads it");
        assert!(by_serde.properties.len() > 2);
        assert_eq!(json::schema(text), Some(by_serde), "{text}");
    }
    assert_eq!(json::schema("[1, 2]"), None, "no object");
    assert_eq!(json::schema(r#"{"title": "x"}"#), None, "no properties");
    assert_eq!(json::schema("{"), None, "no JSON");
}

#[wasm_bindgen_test]
fn a_list_typed_as_json_is_read_as_serde_json_does() {
    use wan_i2v::browser::json;
    use wan_i2v::core::form::serde_json_read;

    for text in [
        r#"["https://e.com/a.png", "https://e.com/b.png"]"#,
        r#"[1, 2.5, -3, true, null, {"b": [1], "a": "x"}]"#,
        r#"["caf\u00e9 \"quoted\" \ud83e\udd8a"]"#,
        "[]",
        "[1,",
        "not json",
    ] {
        assert_eq!(json::read(text), serde_json_read(text), "{text}");
    }
}

#[wasm_bindgen_test]
fn a_number_typed_into_the_form_is_read_by_the_browser_as_rust_reads_it() {
    use wan_i2v::browser::json;
    use wan_i2v::core::form::{request_body, FormValues};

    let schema = InputSchema::parse(SYNTHETIC_SCHEMA).unwrap();
    for text in [
        "0.5",
        ".5",
        "-.5",
        "5.",
        "+1",
        "007",
        "1E5",
        "2.5e-3",
        "0.1",
        "0.30000000000000004",
        "9007199254740993",
        "1.7976931348623157e308",
        "4.9e-324",
        "123456789.123456789",
    ] {
        let mut form = FormValues::default();
        form.set("strength", format!(" {text} "));
        let sent = request_body(&schema, &form, json::read);
        let expected: f64 = text.parse().unwrap();
        assert_eq!(
            sent.get("strength").and_then(|v| v.as_f64()),
            Some(expected),
            "{text}"
        );
    }
    for text in ["1e400", "inf", "NaN", "0x10", "1,5", "five"] {
        let mut form = FormValues::default();
        form.set("strength", text);
        assert!(
            request_body(&schema, &form, json::read)
                .get("strength")
                .is_none(),
            "{text} is no number"
        );
    }
}

/// localStorage emptied of the app's keys, for a test of what is kept.
fn clear_kept() -> web_sys::Storage {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    for key in [
        "wan-i2v.settings.v1",
        "wan-i2v.token.v1",
        "wan-i2v.form.v1",
        "wan-i2v.models.v1",
    ] {
        storage.remove_item(key).unwrap();
    }
    storage
}

#[wasm_bindgen_test]
fn settings_token_and_form_read_what_serde_wrote_and_write_it_back() {
    use wan_i2v::browser::storage::Stored;
    use wan_i2v::core::i18n::Lang;
    use wan_i2v::kept;

    let storage = clear_kept();
    // As the serde release wrote them, models inside the settings.
    storage
        .set_item(
            "wan-i2v.settings.v1",
            r#"{"api_base":"/proxy","remember_token":true,"model_id":"a/b/c","custom_models":[{"id":"a/b/c","schema_json":"{\"properties\":{\"z\":{},\"a\":{\"type\":\"integer\"}}}","entry":null}],"lang":"de","variations":3}"#,
        )
        .unwrap();
    storage
        .set_item("wan-i2v.token.v1", r#""tok \"1\"""#)
        .unwrap();
    storage
        .set_item(
            "wan-i2v.form.v1",
            r#"{"prompt":"a fox\nline 2","seed":"7"}"#,
        )
        .unwrap();

    let mut damaged = false;
    let settings = kept::settings(&mut damaged);
    assert!(!damaged);
    assert_eq!(settings.api_base, "/proxy");
    assert!(settings.remember_token);
    assert_eq!(settings.model_id, "a/b/c");
    assert_eq!(settings.lang, Some(Lang::De));
    assert_eq!(settings.variations, 3);
    // The models moved to a key of their own, untouched; the schema reads in its order.
    let models = storage.get_item("wan-i2v.models.v1").unwrap().unwrap();
    assert!(
        models.starts_with(r#"[{"id":"a/b/c","schema_json":"#),
        "{models}"
    );
    let schema = kept::added_model_schema("a/b/c").expect("the model's schema");
    let names: Vec<&str> = schema.properties.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["z", "a"]);
    assert!(kept::added_model_schema("x/y/z").is_none());

    assert!(matches!(kept::token(), Stored::Found(t) if t == r#"tok "1""#));
    let Stored::Found(form) = kept::form() else {
        panic!("the form reads")
    };
    assert_eq!(form.get("prompt"), "a fox\nline 2");
    assert_eq!(form.get("seed"), "7");

    // Written back: the same shape, without the models.
    assert!(kept::save_settings(&settings));
    assert_eq!(
        storage.get_item("wan-i2v.settings.v1").unwrap().unwrap(),
        r#"{"api_base":"/proxy","remember_token":true,"model_id":"a/b/c","lang":"de","variations":3}"#
    );
    assert!(kept::save_token(r#"tok "1""#));
    assert_eq!(
        storage.get_item("wan-i2v.token.v1").unwrap().unwrap(),
        r#""tok \"1\"""#
    );
    assert!(kept::save_form(&form));
    assert!(matches!(kept::form(), Stored::Found(again) if again == form));
    clear_kept();
}

#[wasm_bindgen_test]
fn kept_settings_in_another_shape_keep_their_defaults_and_say_so() {
    use wan_i2v::browser::storage::Stored;
    use wan_i2v::kept;
    use wan_i2v::kept::Settings;

    let storage = clear_kept();
    let defaults = Settings::default();
    for (text, damaged_expected) in [
        // Missing members keep their defaults: nothing is damaged.
        (r#"{"remember_token":true}"#, false),
        (r#"{"lang":null}"#, false),
        (r#"{"api_base":42}"#, true),
        (r#"{"lang":"xx"}"#, true),
        (r#"{"variations":-1}"#, true),
        (r#"{"variations":1.5}"#, true),
        ("[1]", true),
        (r#"{"api_base": 42"#, true),
    ] {
        storage.set_item("wan-i2v.settings.v1", text).unwrap();
        let mut damaged = false;
        let settings = kept::settings(&mut damaged);
        assert_eq!(damaged, damaged_expected, "{text}");
        assert_eq!(settings.api_base, defaults.api_base, "{text}");
        assert_eq!(settings.lang, None, "{text}");
        assert_eq!(settings.variations, defaults.variations, "{text}");
    }
    storage
        .set_item("wan-i2v.form.v1", r#"{"prompt":"kept","seed":7}"#)
        .unwrap();
    assert!(
        matches!(kept::form(), Stored::Corrupt),
        "a number is no field text"
    );
    storage.set_item("wan-i2v.token.v1", "tok").unwrap();
    assert!(
        matches!(kept::token(), Stored::Corrupt),
        "a token is kept as a JSON string"
    );
    clear_kept();
}

/// Every catalog fixture, for the model switch test (each ordered pair is tried).
const EVERY_CATALOG_ENTRY: [&str; 24] = [
    include_str!("fixtures/catalog/ace-step-1-5-text-to-audio.json"),
    include_str!("fixtures/catalog/ace-step-audio-inpaint.json"),
    include_str!("fixtures/catalog/flux-2-flash-text-to-image.json"),
    include_str!("fixtures/catalog/flux-2-klein-4b-text-to-image.json"),
    include_str!("fixtures/catalog/flux-3-extend-video.json"),
    include_str!("fixtures/catalog/flux-3-image.json"),
    include_str!("fixtures/catalog/flux-3-text-to-video.json"),
    include_str!("fixtures/catalog/happyhorse-1-1-image-to-video.json"),
    include_str!("fixtures/catalog/ltx-2-5-audio-to-video-fast.json"),
    include_str!("fixtures/catalog/nano-banana-2-lite-edit.json"),
    include_str!("fixtures/catalog/nano-banana-2-lite-text-to-image.json"),
    include_str!("fixtures/catalog/qwen-image-3-0-edit.json"),
    include_str!("fixtures/catalog/qwen-image-3-0-pro-edit.json"),
    include_str!("fixtures/catalog/seed-audio-1-0-text-to-audio.json"),
    include_str!("fixtures/catalog/seedance-2-0-fast.json"),
    include_str!("fixtures/catalog/seedance-2-0-mini-video-to-video.json"),
    include_str!("fixtures/catalog/seedance-2-0-pro.json"),
    include_str!("fixtures/catalog/seedance-2-5-reference-to-video-1080p.json"),
    include_str!("fixtures/catalog/seedance-2-5-reference-to-video-480p.json"),
    include_str!("fixtures/catalog/seedance-2-5-reference-to-video-720p.json"),
    include_str!("fixtures/catalog/seedance-2-5-text-to-video-1080p.json"),
    include_str!("fixtures/catalog/seedream-5-0-pro-image-to-image.json"),
    include_str!("fixtures/catalog/wan-2-2-image-to-video.json"),
    include_str!("fixtures/catalog/wan-3-0-image-to-video.json"),
];

/// Switching the form from any catalog model to any other, with an entry in every media
/// list of the first, leaves a working form: every ordered pair, the built-in Wan 2.2
/// between. (Models whose lists have the same names once trapped the page.)
#[wasm_bindgen_test]
async fn every_model_switch_leaves_a_working_form() {
    use leptos::prelude::*;
    use wan_i2v::core::catalog::models::model_from_catalog;
    use wan_i2v::core::catalog::read_catalog_entry;
    use wan_i2v::services::catalog::switch_to;

    let error = js_sys::Reflect::get(&js_sys::global(), &"Error".into()).unwrap();
    js_sys::Reflect::set(&error, &"stackTraceLimit".into(), &JsValue::from(100)).unwrap();
    let models: Vec<(String, InputSchema)> = EVERY_CATALOG_ENTRY
        .iter()
        .map(|text| {
            let entry = read_catalog_entry(200, text, None).expect("a catalog entry");
            let (model, schema) = model_from_catalog(&entry).expect("a usable schema");
            (model.id, schema)
        })
        .collect();
    let (host, app, handle) = mount_form(InputSchema::builtin());
    let walk = every_ordered_pair(models.len());
    let pairs: std::collections::BTreeSet<(usize, usize)> =
        walk.windows(2).map(|w| (w[0], w[1])).collect();
    assert_eq!(pairs.len(), models.len() * (models.len() - 1));
    for (step, &index) in walk.iter().enumerate() {
        let (id, schema) = models[index].clone();
        switch_to(app, id, schema);
        tick().await;
        let fields = host.query_selector_all(".field").unwrap().length();
        let from = step
            .checked_sub(1)
            .map_or("(start)", |s| models[walk[s]].0.as_str());
        assert!(
            fields > 0,
            "{from} → {}: the form is empty",
            models[index].0
        );
        // A file in each list, as a user would have, before the next switch.
        let lists: Vec<String> = app.schema.with_untracked(|s| {
            s.properties
                .iter()
                .filter(|p| p.list_entry().is_some() && p.media_input().is_some())
                .map(|p| p.name.clone())
                .collect()
        });
        for name in lists {
            app.form.update(|f| {
                f.set(
                    &name,
                    "https://example.com/a.png\nhttps://example.com/b.png",
                )
            });
        }
        tick().await;
    }
    drop(handle);
}

/// A walk over every ordered pair of `n` models, each pair once (Hierholzer's walk over
/// the complete directed graph): n·(n−1) switches instead of twice as many.
fn every_ordered_pair(n: usize) -> Vec<usize> {
    let mut next = vec![0; n];
    let mut stack = vec![0];
    let mut walk = Vec::new();
    while let Some(&at) = stack.last() {
        while next[at] < n && next[at] == at {
            next[at] += 1;
        }
        if next[at] < n {
            stack.push(next[at]);
            next[at] += 1;
        } else {
            walk.extend(stack.pop());
        }
    }
    walk.reverse();
    walk
}

/// Lets Leptos run what a change scheduled (its effects run as microtasks).
async fn tick() {
    let promise = Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .unwrap();
    });
    JsFuture::from(promise).await.unwrap();
}

/// A list typed as JSON nested 100 000 deep (saved with the form, so met again at every
/// load) is refused under Generate, and nothing overflows.
#[wasm_bindgen_test]
async fn a_list_nested_past_any_reader_is_refused() {
    use leptos::prelude::*;

    let schema = InputSchema::parse(
        r#"{"properties": {"prompt": {"type": "string"},
            "boxes": {"title": "Boxes", "type": "array", "items": {"type": "object"}}}}"#,
    )
    .expect("the schema parses");
    let (host, app, handle) = mount_form(schema);
    // A nested list the readers take is sent as it is.
    app.form.update(|f| f.set("boxes", "[[[[]]]]"));
    settle().await;
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    app.form.update(|f| f.set("boxes", deep));
    settle().await;
    let reasons = host
        .query_selector("#generate-reasons")
        .unwrap()
        .and_then(|e| e.text_content())
        .unwrap_or_default();
    assert!(
        reasons.contains("Boxes is written as a JSON list"),
        "{reasons}"
    );
    drop(handle);
}

/// A file on the web is read up to its cap and no further: past it, nothing is held and the
/// size is the error; within it, one blob, and only its head copied into the wasm.
#[wasm_bindgen_test]
async fn a_file_on_the_web_is_read_within_its_cap() {
    use wan_i2v::browser::bytes::{fetch_file, Fetched, Read};

    let bytes = vec![0x89u8; 5_000];
    let url = format!(
        "data:application/octet-stream;base64,{}",
        js_sys::global()
            .unchecked_into::<web_sys::Window>()
            .btoa(&bytes.iter().map(|&b| b as char).collect::<String>())
            .unwrap()
    );
    match fetch_file(
        &url,
        Read::Whole {
            cap: 4_999,
            head: 16,
        },
    )
    .await
    {
        Fetched::TooLarge { cap } => assert_eq!(cap, 4_999),
        _ => panic!("a file one byte over its cap is too large"),
    }
    match fetch_file(
        &url,
        Read::Whole {
            cap: 5_000,
            head: 16,
        },
    )
    .await
    {
        Fetched::File {
            blob, head, size, ..
        } => {
            assert_eq!(size, 5_000);
            assert_eq!(blob.size() as u64, 5_000);
            assert_eq!(head, vec![0x89u8; 16]);
        }
        _ => panic!("a file at its cap is read"),
    }
    match fetch_file(&url, Read::Head(100)).await {
        Fetched::Head { bytes, .. } => assert_eq!(bytes.len(), 100),
        _ => panic!("the head is read"),
    }
}

/// The form alone, for `schema`, mounted in a new element of the page: the element, the
/// app's state (to change it as the app would) and the handle that unmounts it.
fn mount_form(
    schema: InputSchema,
) -> (
    web_sys::Element,
    wan_i2v::state::AppState,
    leptos::mount::UnmountHandle<impl leptos::tachys::view::Mountable>,
) {
    use leptos::prelude::*;
    use wan_i2v::state::AppState;

    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let made = std::rc::Rc::new(std::cell::Cell::new(None::<AppState>));
    let keep = made.clone();
    let handle = leptos::mount::mount_to(host.clone().unchecked_into(), move || {
        let app = AppState::load(schema);
        keep.set(Some(app));
        provide_context(app);
        view! { <wan_i2v::components::SchemaForm /> }
    });
    let app = made.get().expect("the state was made");
    (host, app, handle)
}

#[wasm_bindgen_test]
async fn the_same_bytes_are_one_file_on_the_device() {
    use wan_i2v::browser::local_files::keep;
    use wan_i2v::browser::media_store;
    let first = keep(&blob_of(&[1, 2, 3], "image/png"), "image/png").await;
    let again = keep(&blob_of(&[1, 2, 3], ""), "image/png").await;
    let other = keep(&blob_of(&[1, 2, 4], "image/png"), "image/png").await;
    assert!(
        first.key.starts_with("sha256-") && first.key.len() == 7 + 64,
        "{}",
        first.key
    );
    assert_eq!(first, again, "the same bytes, the same reference");
    assert_ne!(first.key, other.key);
    let kept = media_store::blob(&first.key)
        .await
        .expect("in IndexedDB: headless Chromium has it");
    assert_eq!(kept.size(), 3.0);
    assert!(media_store::blob("sha256-none").await.is_none());
}
