//! Every reader of outside text is total: whatever a user types or pastes, or a share link,
//! an imported history, a language file, a schema, an API answer or a file's first bytes
//! holds, it answers (an error is an answer) and never panics. In the release wasm a panic
//! is a trap that kills the page, and what was typed is saved, so it would trap again on
//! every reload.
//!
//! The properties call the entry points (and what the app does next with what they read)
//! on arbitrary strings, bytes and JSON-ish text; a panic fails the test. The regression
//! tests below them pin the inputs that did panic.

use proptest::prelude::*;
use proptest::test_runner::RngAlgorithm;
use serde_json::{Map, Number, Value};

use wan_core::api::balance::read_balance;
use wan_core::api::error::{classify_response, parse_json, ApiError};
use wan_core::api::money::{read_cost, read_usd};
use wan_core::api::types::{
    is_http_url, is_request_id, CancelOutcome, CancelResponse, JobStatus, Media, MediaKind,
    Outputs, ResultResponse, StatusResponse, SubmitResponse,
};
use wan_core::archive::mp4_settings::read_settings_box;
use wan_core::catalog::models::{add_model, check_model_id, display_name, model_from_catalog};
use wan_core::catalog::price::estimate_price;
use wan_core::catalog::{
    read_catalog_entry, read_catalog_page, read_categories, CatalogEntry, PriceUnit,
};
use wan_core::form::persist::{form_without_local_files, has_local_file, restore_form};
use wan_core::form::share::{curl_command, share_fragment, shared_json};
use wan_core::form::{field_problems, request_body, serde_json_read, value_text, FormValues};
use wan_core::i18n::{compile, Arg, Lang, Messages, Resource};
use wan_core::job::budget::{Budget, Period};
use wan_core::job::chain::chain_of;
use wan_core::job::chain::FilmSettings;
use wan_core::job::history::{form_from_inputs, load_history, merge_jobs, seed_of, HistoryFile};
use wan_core::job::persist::{abbreviated, job_without_data_uris};
use wan_core::job::poll::{learnt_run_time, PollPlan};
use wan_core::job::total_cost;
use wan_core::job::{Job, JobPhase};
use wan_core::media::data_uri::is_data_uri;
use wan_core::media::format::{identify, sniff_media};
use wan_core::media::frame::{frame_field, frame_rate, last_frame_time, step_time, too_heavy};
use wan_core::media::image_format::{from_mime, png_has_alpha, sniff};
use wan_core::media::image_rules::{
    check_image, fit_within, max_bytes, max_side, min_side, ImageFacts,
};
use wan_core::media::limits::{check_file_size, check_request_size};
use wan_core::media::local_file::{keys_named_in, LocalRef};
use wan_core::media::source::SourceUrl;
use wan_core::schema::media_kind::{kind_by_list_name, kind_by_name, FormatSays, MediaType};
use wan_core::schema::{InputSchema, Rule, SchemaDocument};
use wan_core::text::decimal;
use wan_core::text::instant::instant_ms;
use wan_core::text::small_map::SmallMap;

/// Cases per property: the whole file runs in a few seconds on two cores.
const CASES: u32 = 256;
/// Cases for the properties whose inputs nest up to [`DEEPEST`] levels (long texts).
const DEEP_CASES: u32 = 24;
/// The deepest nesting fed to the readers.
const DEEPEST: usize = 100_000;

/// `cases` cases, drawn by XorShift: ChaCha, the default, took half of the time unoptimised.
fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        rng_algorithm: RngAlgorithm::XorShift,
        ..ProptestConfig::default()
    }
}

// ---------------------------------------------------------------------------------------
// What the app does with outside text, end to end (each function only has to return).
// ---------------------------------------------------------------------------------------

/// Every reader of a text, as the app calls it, and what it then does with what it read.
fn feed_text(text: &str) {
    // A URL typed or pasted into a media field (and saved with the form).
    let _ = SourceUrl::parse(text).map(|url| (url.note(), url.as_str().len()));
    // A share link's fragment, and the form it fills.
    if let Some(json) = shared_json(text) {
        feed_json_text(&json);
    }
    // Language files: a fetched compiled file, a source file.
    feed_language_file(text);
    // A schema pasted into "Add a model", with any id.
    feed_schema_text(text);
    let _ = check_model_id(text);
    let _ = add_model(text, text);
    let _ = display_name(text, &[]);
    // API bodies under a few statuses.
    feed_answer(text);
    // An imported (or stored) history.
    feed_history(text);
    // A result's `created_at` / `finished_at`.
    let _ = instant_ms(text);
    // Numbers as typed or as a schema writes them.
    let _ = decimal::json_spelling(text);
    let _ = decimal::exact(text);
    let _ = decimal::exact(text.trim());
    // Words a schema or an answer gives.
    let _ = FormatSays::read(text);
    let _ = kind_by_name(text);
    let _ = kind_by_list_name(text);
    let _ = PriceUnit::from_wire(text);
    let _ = JobStatus::from_wire(text);
    let _ = CancelOutcome::from_wire(text);
    let _ = Rule::from_wire(text);
    let _ = from_mime(text);
    let _ = Lang::from_tag(text);
    let _ = Lang::from_preferences(&[text, "de-AT"]);
    let _ = is_http_url(text);
    let _ = is_request_id(text);
    // What the form and its storage do with a value.
    let _ = is_data_uri(text);
    let _ = has_local_file(text);
    if let Some(file) = LocalRef::parse(text) {
        assert_eq!(LocalRef::parse(&file.to_text()), Some(file.clone()));
        let _ = file.data_uri_len();
    }
    let _ = keys_named_in(text);
    let _ = FilmSettings::read(text);
    let _ = read_settings_box(text.as_bytes());
    let _ = read_usd(&Value::String(text.to_owned()));
    let media = Media {
        url: text.to_owned(),
        kind: MediaKind::Video,
    };
    let _ = media.file_name(text, text, 0);
    let _ = media.file_name("wan-ai/wan-2-2/image-to-video", text, 2);
    let mut form = FormValues::defaults(&InputSchema::builtin());
    for name in [
        "prompt",
        "img_url",
        "seed",
        "duration",
        "resolution",
        "negative_prompt",
    ] {
        form.set(name, text);
    }
    feed_form(&InputSchema::builtin(), &form);
    // Any text as JSON too.
    feed_json_text(text);
}

/// A text read as JSON by serde_json (as the browser's reader would), and each value in it
/// handed to what takes values from outside.
fn feed_json_text(text: &str) {
    let _ = serde_json::from_str::<SmallMap<String>>(text);
    let _ = serde_json::from_str::<Job>(text);
    let _ = serde_json::from_str::<HistoryFile>(text);
    if let Ok(form) = serde_json::from_str::<FormValues>(text) {
        let restored = restore_form(&InputSchema::builtin(), form.clone());
        feed_form(&InputSchema::builtin(), &restored);
        let _ = share_fragment(&form);
    }
    if let Ok(value) = serde_json::from_str::<Value>(text) {
        feed_value(&value);
    }
}

/// What the app does with one JSON value from outside.
fn feed_value(value: &Value) {
    let _ = value_text(value);
    let _ = abbreviated(value);
    let _ = read_usd(value);
    let _ = read_cost(value);
    let _ = read_balance(value);
    let _ = serde_json::from_value::<Outputs>(value.clone()).map(|o| o.media());
    if let Value::Object(map) = value {
        let schema = InputSchema::builtin();
        let _ = form_from_inputs(&schema, map);
        let _ = seed_of(map);
        let _ = frame_rate(map);
        let _ = check_request_size(map);
        let _ = curl_command("https://model-api.runcomfy.net/v1/models/a/b", map);
        let document = SchemaDocument {
            title: map.get("title").cloned(),
            required: map.get("required").cloned(),
            properties: map.get("properties").and_then(Value::as_object).map(|p| {
                p.iter()
                    .map(|(name, v)| (name.clone(), v.clone()))
                    .collect()
            }),
        };
        if let Ok(schema) = InputSchema::from_document(document) {
            feed_schema(&schema);
        }
    }
}

/// A language file, compiled or not.
fn feed_language_file(text: &str) {
    for count in [0, 1, 3] {
        if let Ok(messages) = Messages::read(text, count) {
            for at in 0..count + 1 {
                for lang in Lang::ALL {
                    let args: [(&str, Arg); 2] = [("count", 2u64.into()), ("n", "x".into())];
                    let _ = messages.format(at, *lang, &args);
                    let _ = messages.format(at, *lang, &[]);
                }
            }
        }
    }
    if let Ok(resource) = Resource::parse(text) {
        let ids: Vec<String> = resource.ids().map(str::to_owned).collect();
        for id in &ids {
            let _ = resource.format(Lang::Fr, id, &[("count", 1_000_000u64.into())]);
            let _ = resource.args_of(id);
            let _ = resource.texts_of(id);
        }
    }
    let _ = compile(text, &["a", "b", "imported_jobs"]);
    if let Ok(compiled) = compile(text, &["a", "m"]) {
        let _ = Messages::read(&compiled, 2).map(|m| m.format(1, Lang::En, &[]));
    }
}

/// A schema as text (pasted, or from the catalog), and the form it makes.
fn feed_schema_text(text: &str) {
    match InputSchema::parse(text) {
        Ok(schema) => feed_schema(&schema),
        Err(e) => {
            for lang in Lang::ALL {
                let _ = e.message_in(*lang);
            }
        }
    }
}

/// Everything the app derives from a schema, with its defaults and odd values.
fn feed_schema(schema: &InputSchema) {
    let defaults = FormValues::defaults(schema);
    feed_form(schema, &defaults);
    let mut odd = defaults.clone();
    for (i, p) in schema.properties.iter().enumerate() {
        let _ = (p.widget(), p.is_image(), p.media_input(), p.list_entry());
        let validations = p.media_validations();
        for v in &validations {
            let _ = v.message_in(Lang::De);
        }
        let facts = ImageFacts {
            width: u32::MAX,
            height: 1,
            bytes: Some(u64::MAX),
            format: from_mime("image/png"),
            has_alpha: true,
        };
        for problem in check_image(&validations, &facts) {
            let _ = problem.message_in(Lang::Es);
        }
        let _ = (max_side(&validations), min_side(&validations));
        let _ = max_bytes(&validations);
        let _ = too_heavy(&validations, u64::MAX);
        for kind in [MediaType::Image, MediaType::Video, MediaType::Audio] {
            let _ = check_file_size(kind, &validations, u64::MAX, true).map(|p| p.message());
        }
        let value = ["", " ", "1e999", "-0", "[1,", "[[]]", "true", "é", "\n\n"][i % 9];
        odd.set(&p.name, value);
    }
    feed_form(schema, &odd);
    let _ = frame_field(schema);
    let entry = read_catalog_entry(
        200,
        r#"{"model_id":"a/b","base_price_usd":1e308,"price_unit":"second"}"#,
        None,
    );
    if let Ok(entry) = entry {
        for values in [&defaults, &odd] {
            if let Some(estimate) = estimate_price(&entry, schema, values, u32::MAX) {
                let _ = (estimate.per_job_usd(), estimate.total_usd());
                let _ = estimate.summary_in(Lang::De);
            }
        }
    }
}

/// A form's values checked and sent as the app does.
fn feed_form(schema: &InputSchema, form: &FormValues) {
    for problem in field_problems(schema, form, serde_json_read) {
        let _ = problem.message_in(Lang::Ja);
    }
    let body = request_body(schema, form, serde_json_read);
    let _ = check_request_size(&body);
    let _ = form_without_local_files(form);
    let (fragment, _) = share_fragment(form);
    let back = shared_json(&fragment).expect("a share link reads back");
    assert!(serde_json::from_str::<Map<String, Value>>(&back).is_ok());
}

/// An API answer under the statuses that lead to each branch.
fn feed_answer(body: &str) {
    for status in [200, 404, 422, 429, u16::MAX] {
        match classify_response(status, body, Some(body)) {
            Ok(value) => feed_value(&value),
            Err(e) => feed_error(&e),
        }
        let mut job = Job::new("r1", "a/b", Map::new(), 0.0);
        match parse_json::<StatusResponse>(status, body, None) {
            Ok(answer) => {
                let _ = job.on_status(&answer, 1.0);
            }
            Err(e) => feed_error(&e),
        }
        match parse_json::<ResultResponse>(status, body, None) {
            Ok(answer) => {
                let _ = (answer.cost_usd(), answer.error_text());
                let _ = answer.output.as_ref().map(Outputs::media);
                let _ = job.on_result(&answer, 2.0);
                let _ = job.phase.label_in(Lang::Fr);
            }
            Err(e) => {
                let _ = job.on_poll_error(&e, 3.0);
            }
        }
        if let Ok(answer) = parse_json::<CancelResponse>(status, body, None) {
            let _ = job.on_cancel(&answer, 4.0);
        }
        if let Ok(answer) = parse_json::<SubmitResponse>(status, body, None) {
            assert!(is_request_id(&answer.request_id));
        }
        if let Ok(page) = read_catalog_page(status, body, None) {
            for entry in &page.models {
                feed_catalog_model(entry);
            }
        }
        if let Ok(entry) = read_catalog_entry(status, body, Some(body)) {
            feed_catalog_model(&entry);
        }
        let _ = read_categories(status, body, None);
    }
}

/// A catalog entry picked as a model.
fn feed_catalog_model(entry: &CatalogEntry) {
    assert!(check_model_id(&entry.model_id).is_ok());
    match model_from_catalog(entry) {
        Ok((_, schema)) => feed_schema(&schema),
        Err(e) => {
            let _ = e.message_in(Lang::Zh);
        }
    }
}

/// An error as the user reads it.
fn feed_error(e: &ApiError) {
    for lang in Lang::ALL {
        let _ = e.message_in(*lang);
    }
    let _ = (e.is_transient(), e.retry_after_ms(), e.field_errors());
}

/// A history, and what the job list does with its jobs.
fn feed_history(text: &str) {
    let loaded = load_history(text);
    assert!(loaded.set_aside <= loaded.skipped);
    let schema = InputSchema::builtin();
    for job in &loaded.jobs {
        assert!(is_request_id(&job.request_id));
        for clip in chain_of(&loaded.jobs, &job.request_id) {
            let _ = clip.file_name(1, 2);
        }
        let _ = form_from_inputs(&schema, &job.inputs);
        let _ = (seed_of(&job.inputs), frame_rate(&job.inputs));
        let _ = job_without_data_uris(job);
        let _ = job.phase.label_in(Lang::De);
        if let JobPhase::Succeeded { media } = &job.phase {
            for (i, m) in media.iter().enumerate() {
                assert!(is_http_url(&m.url), "{}", m.url);
                let _ = m.file_name(&job.model_id, &job.request_id, i);
            }
        }
    }
    let _ = total_cost(&loaded.jobs);
    // An imported history's run times and costs feed the poll plan and the budget.
    if let Some(job) = loaded.jobs.first() {
        let run = learnt_run_time(&loaded.jobs, &job.model_id, &job.inputs);
        let mut plan = PollPlan::new(run);
        for elapsed in [0.0, 1e3, 6e4, 1e9] {
            let delay = plan.next_delay_ms(elapsed, false, 0.5, None);
            assert!((500..=60_000).contains(&delay), "{delay}");
        }
    }
    for per in [Period::Day, Period::Month] {
        let budget = Budget::new(5.0, per).unwrap();
        let spent = budget.spent(&loaded.jobs, 1.8e12, 60.0);
        assert!(spent.usd.is_finite() && spent.usd >= 0.0);
    }
    let mut current = loaded.jobs.clone();
    let _ = merge_jobs(&mut current, loaded.jobs);
}

/// Every sniffer on a file's first bytes, as a field taking each kind would.
fn feed_bytes(bytes: &[u8]) {
    let _ = sniff(bytes);
    let _ = png_has_alpha(bytes);
    let _ = sniff_media(bytes).map(|f| (f.mime().len(), f.name().len(), f.extension().len()));
    for kind in [MediaType::Image, MediaType::Video, MediaType::Audio] {
        if let Err(problem) = identify(bytes, kind) {
            let _ = problem.message_in(Lang::De);
        }
    }
    // Bytes that happen to be text are text too.
    if let Ok(text) = std::str::from_utf8(bytes) {
        feed_text(text);
    }
}

// ---------------------------------------------------------------------------------------
// Strategies.
// ---------------------------------------------------------------------------------------

/// Pieces of URLs, fragments, ids and JSON that steer readers into their branches, and
/// characters of one to four bytes (to land on and beside char boundaries).
const TOKENS: &[&str] = &[
    "local:",
    "sha256-0a",
    "?type=image/png",
    "&bytes=",
    "https://",
    "http://",
    "HTTP://",
    "data:",
    "javascript:",
    "://",
    "[",
    "]",
    "{",
    "}",
    "(",
    ")",
    "\"",
    "'",
    ":",
    ",",
    "@",
    "/",
    "\\",
    "?",
    "#",
    "%",
    "%2e",
    "%C3",
    "%+F",
    "=",
    " ",
    "\n",
    "\r",
    "\t",
    "\0",
    "\u{1e}",
    "é",
    "€",
    "🦊",
    "\u{200b}",
    "\u{feff}",
    "2001:db8",
    "::1",
    "localhost",
    "127.0.0.1",
    "a",
    "Z",
    "0",
    "9",
    "-",
    "+",
    ".",
    "..",
    "e",
    "E",
    "1e999",
    "-9223372036854775808",
    "18446744073709551616",
    "null",
    "true",
    "false",
    "$",
    "->",
    "*[",
    "{ $n ->",
    "[one]",
    "*[other]",
    "\\u00",
    "\\ud800",
    "wan-i2v-messages ",
    "#inputs=",
    "\"request_id\"",
    "\"model_id\"",
    "\"phase\"",
    "\"properties\"",
    "\"output\"",
    "\"video\"",
    "\"error_code\"",
    "\"models\"",
    "\"jobs\"",
    "\"format\"",
    "\"wan-i2v-history\"",
    "\"type\"",
    "\"items\"",
    "\"validations\"",
];

/// Text built from [`TOKENS`] and arbitrary characters.
fn tokens_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => prop::sample::select(TOKENS).prop_map(str::to_owned),
        1 => any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..48).prop_map(|pieces| pieces.concat())
}

/// Object keys the app's readers look for, and a few others.
const KEYS: &[&str] = &[
    "request_id",
    "model_id",
    "inputs",
    "phase",
    "Succeeded",
    "Failed",
    "Queued",
    "Unknown",
    "Cancelled",
    "media",
    "url",
    "kind",
    "error",
    "position",
    "continues",
    "at_secs",
    "cost_usd",
    "submitted_at_ms",
    "format",
    "version",
    "jobs",
    "title",
    "required",
    "properties",
    "type",
    "items",
    "enum",
    "default",
    "description",
    "maxLength",
    "minimum",
    "maximum",
    "minItems",
    "maxItems",
    "validations",
    "validation_rule",
    "validation_value",
    "validation_error",
    "output",
    "image",
    "video",
    "images",
    "videos",
    "audio",
    "audios",
    "status",
    "queue_position",
    "cost",
    "currency",
    "amount",
    "usd",
    "models",
    "data",
    "results",
    "total",
    "display_name",
    "categories",
    "category",
    "name",
    "base_price_usd",
    "price",
    "price_unit",
    "pricing",
    "input_schema",
    "schema",
    "error_code",
    "error_message",
    "message",
    "detail",
    "loc",
    "msg",
    "outcome",
    "seed",
    "fps",
    "frames_per_second",
    "duration",
    "prompt",
    "img_url",
    "image_urls",
    "video_url",
    "",
    "é",
];

/// String values the app's readers give a meaning to, and a few others.
const WORDS: &[&str] = &[
    "https://a/v.mp4",
    "http://127.0.0.1:8787/v.mp4",
    "javascript:alert(1)",
    "data:image/png;base64,AAAA",
    "https://[2001:db8",
    "wan-ai/wan-2-2/image-to-video",
    "../../v1/billing",
    "a/b",
    "..",
    "3f2a9c1e-77aa",
    "string",
    "integer",
    "number",
    "boolean",
    "array",
    "object",
    "image_uri",
    "image_uris",
    "video_url",
    "audio_uris",
    "uri",
    "width_pixels<",
    "height_pixels>",
    "file_size_mb<",
    "width/height>",
    "width/height<",
    "1e999",
    "-0",
    "0.07",
    "$0.07/s",
    "0.35 per run",
    "12345678901234567890",
    "1.5e-400",
    "second",
    "output",
    "run",
    "succeeded",
    "completed",
    "in_queue",
    "in_progress",
    "cancelled",
    "failed",
    "not_cancellable",
    "wan-i2v-history",
    "(local image, not kept)",
    "Video",
    "Image",
    "Audio",
    "Link",
    "400004",
    "404001",
    "",
    " ",
    "é",
    "🦊",
];

/// A JSON value over [`KEYS`] and [`WORDS`], up to eight levels deep.
fn json_value() -> impl Strategy<Value = Value> {
    json_value_within(8, 96)
}

/// A JSON value over [`KEYS`] and [`WORDS`], up to `depth` levels deep and of about `size`
/// values.
fn json_value_within(depth: u32, size: u32) -> impl Strategy<Value = Value> {
    let string = prop_oneof![
        3 => prop::sample::select(WORDS).prop_map(str::to_owned),
        1 => tokens_text(),
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(|x| Number::from_f64(x).map_or(Value::Null, Value::Number)),
        prop::sample::select(&[0.0, -0.0, 0.5, 1e308, -1e308, 5e-324, 4_294_967_296.0][..])
            .prop_map(|x| Number::from_f64(x).map_or(Value::Null, Value::Number)),
        string.prop_map(Value::String),
    ];
    leaf.prop_recursive(depth, size, 6, |inner| {
        let key = prop_oneof![
            4 => prop::sample::select(KEYS).prop_map(str::to_owned),
            1 => any::<String>(),
        ];
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((key, inner), 0..6)
                .prop_map(|entries| Value::Object(entries.into_iter().collect())),
        ]
    })
}

/// A job as a history holds it, with each field odd or sound.
fn job_value() -> impl Strategy<Value = Value> {
    let id = prop_oneof![
        prop::sample::select(WORDS).prop_map(str::to_owned),
        "[a-f0-9-]{1,40}",
        any::<String>(),
    ];
    let media = prop::collection::vec(
        (
            prop::sample::select(WORDS),
            prop::sample::select(&["Video", "Image", "Audio", "Link", "Other"][..]),
        ),
        0..4,
    )
    .prop_map(|items| {
        Value::Array(
            items
                .into_iter()
                .map(|(url, kind)| serde_json::json!({"url": url, "kind": kind}))
                .collect(),
        )
    });
    let json_value = || json_value_within(4, 16);
    let phase = prop_oneof![
        media.prop_map(|media| serde_json::json!({"Succeeded": {"media": media}})),
        json_value().prop_map(|error| serde_json::json!({"Failed": {"error": error}})),
        Just(serde_json::json!("Cancelled")),
        json_value(),
    ];
    (
        id.clone(),
        id.clone(),
        phase,
        json_value(),
        json_value(),
        json_value(),
    )
        .prop_map(|(request_id, model_id, phase, inputs, cost, at)| {
            let inputs = match inputs {
                Value::Object(map) => Value::Object(map),
                other => serde_json::json!({"prompt": other, "fps": "30", "seed": 7}),
            };
            serde_json::json!({
                "request_id": request_id,
                "model_id": model_id,
                "inputs": inputs,
                "phase": phase,
                "submitted_at_ms": 1.0,
                "cost_usd": cost,
                "estimate_usd": cost,
                "ran_ms": at,
                "continues": {"request_id": "r1", "at_secs": at},
            })
        })
}

/// A property schema with each keyword odd or sound.
fn property_value() -> impl Strategy<Value = Value> {
    let word = || prop::sample::select(WORDS).prop_map(|w| Value::String(w.to_owned()));
    let json_value = || json_value_within(3, 12);
    let validation = (word(), json_value(), json_value()).prop_map(|(rule, value, error)| {
        serde_json::json!({
            "validation_rule": rule, "validation_value": value, "validation_error": error
        })
    });
    (
        word(),
        word(),
        json_value(),
        json_value(),
        json_value(),
        prop::collection::vec(validation, 0..3),
        json_value(),
    )
        .prop_map(
            |(kind, format, default, bound, items, validations, choices)| {
                let item = match items {
                    Value::Object(map) => Value::Object(map),
                    _ => serde_json::json!({"type": "string", "format": "image_uri"}),
                };
                serde_json::json!({
                    "type": kind, "format": format, "default": default,
                    "maxLength": bound, "minimum": bound, "maximum": bound,
                    "minItems": bound, "maxItems": bound,
                    "items": item, "validations": validations, "enum": choices,
                })
            },
        )
}

/// A schema document of a few such properties.
fn schema_text() -> impl Strategy<Value = String> {
    let name = prop_oneof![
        prop::sample::select(KEYS).prop_map(str::to_owned),
        any::<String>()
    ];
    prop::collection::vec((name, property_value()), 0..5).prop_map(|properties| {
        let properties: Map<String, Value> = properties.into_iter().collect();
        serde_json::json!({"title": "t", "required": ["prompt", 5], "properties": properties})
            .to_string()
    })
}

/// Text that opens `depth` levels of one kind of nesting, closed or not.
fn nested(opener: &str, depth: usize, closer: &str, closed: bool) -> String {
    let mut text = opener.repeat(depth);
    if closed {
        text.push('0');
        text.push_str(&closer.repeat(depth));
    }
    text
}

/// The openings of the formats the sniffers know, and of a few near misses.
const HEADERS: &[&[u8]] = &[
    b"\x89PNG\r\n\x1a\n",
    b"\x89PNG\r\n\x1a\n\xff\xff\xff\xffIHDR",
    b"RIFF",
    b"RIFF\0\0\0\0WEBP",
    b"\0\0\0\x18ftyp",
    b"\xff\xff\xff\xffftyp",
    b"\x1a\x45\xdf\xa3",
    b"OggS",
    b"BM",
    b"\xff\xfb",
    b"\xff\xf1",
    b"ID3",
    b"\xef\xbb\xbf",
    b"GIF89a",
];

/// Nestings the readers meet: arrays, objects, and the shapes of each reader's input.
const NESTINGS: &[(&str, &str)] = &[
    ("[", "]"),
    ("{\"a\":", "}"),
    ("[{\"a\":", "}]"),
    ("{\"properties\":", "}"),
    ("{\"models\":", "}"),
    ("{\"output\":{\"x\":", "}}"),
    ("{\"jobs\":", "}"),
    ("{\"items\":", "}"),
    ("{ $n ->\n *[other] ", "\n}"),
    ("%5B", "%5D"),
];

// ---------------------------------------------------------------------------------------
// Properties.
// ---------------------------------------------------------------------------------------

proptest! {
    #![proptest_config(config(CASES))]

    /// Anything typed or pasted into any field, or found in storage.
    #[test]
    fn any_text_is_read_without_panic(text in any::<String>()) {
        feed_text(&text);
    }

    /// Text made of the pieces URLs, share links, language files and JSON are made of.
    #[test]
    fn url_and_json_pieces_are_read_without_panic(text in tokens_text()) {
        feed_text(&text);
        feed_text(&format!("#inputs={text}"));
        feed_text(&format!("https://{text}"));
        feed_text(&format!("wan-i2v-messages 1\n\u{1e}{text}"));
    }

    /// An API answer, a history or a schema of any JSON shape over the keys they use.
    #[test]
    fn any_json_value_is_read_without_panic(value in json_value()) {
        let text = value.to_string();
        feed_text(&text);
        feed_value(&value);
        let wrapped = serde_json::json!({"format": "wan-i2v-history", "jobs": [value.clone()]});
        feed_history(&wrapped.to_string());
        feed_answer(&serde_json::json!({"status": "succeeded", "output": value}).to_string());
        feed_answer(&serde_json::json!({"models": [value], "total": "3"}).to_string());
    }

    /// An imported history of jobs that may hold any id, link or cost.
    #[test]
    fn any_imported_history_is_read_without_panic(jobs in prop::collection::vec(job_value(), 0..6)) {
        let text = serde_json::json!({"format": "wan-i2v-history", "version": 2, "jobs": jobs});
        feed_history(&text.to_string());
        feed_history(&Value::Array(jobs).to_string());
    }

    /// A schema pasted into "Add a model" or listed by the catalog, with odd keywords.
    #[test]
    fn any_schema_is_read_without_panic(text in schema_text()) {
        feed_schema_text(&text);
        let entry = serde_json::json!({"model_id": "a/b", "input_schema": text});
        feed_answer(&entry.to_string());
        let _ = add_model("a/b", &text);
    }

    /// The first bytes of any file picked, dropped or fetched.
    #[test]
    fn any_bytes_are_sniffed_without_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        feed_bytes(&bytes);
    }

    /// Bytes that open like a known format, then go anywhere.
    #[test]
    fn format_headers_with_any_tail_are_sniffed_without_panic(
        head in prop::sample::select(HEADERS),
        tail in prop::collection::vec(any::<u8>(), 0..256),
    ) {
        feed_bytes(&[head, &tail[..]].concat());
    }

    /// Numbers from a result, a price or a player: formatted in every language, and a
    /// frame step from any moment.
    #[test]
    fn any_number_is_written_without_panic(
        x in any::<f64>(), places in 0usize..40, bytes in any::<u64>(),
        frames in any::<i64>(), fps in any::<f64>(), duration in any::<f64>(),
        sides in (any::<u32>(), any::<u32>(), any::<u32>()),
    ) {
        let _ = (decimal::plain(x), decimal::fixed(x, places));
        for lang in Lang::ALL {
            let _ = (lang.number(x), lang.fixed(x, places), lang.usd(x));
            let _ = (lang.file_size(bytes), lang.count(bytes));
        }
        let _ = step_time(x, frames, fps, duration);
        let _ = last_frame_time(duration);
        let _ = fit_within(sides.0, sides.1, sides.2);
    }
}

proptest! {
    #![proptest_config(config(DEEP_CASES))]

    /// JSON or a language file nesting up to 100 000 levels: a crafted export, answer,
    /// schema or language file meant to overflow the stack.
    #[test]
    fn deep_nesting_is_refused_without_panic(
        nesting in prop::sample::select(NESTINGS),
        depth in 1usize..=DEEPEST,
        closed in any::<bool>(),
    ) {
        feed_deep(&nested(nesting.0, depth, nesting.1, closed));
    }
}

/// The readers a deeply nested text reaches: each refuses it in time, or reads it (within
/// the limit), and then what it read goes on to what the app does with it.
fn feed_deep(text: &str) {
    let _ = SourceUrl::parse(text);
    if let Some(json) = shared_json(&format!("#inputs={text}")) {
        if let Ok(value) = serde_json::from_str::<Value>(&json) {
            feed_value(&value);
        }
    }
    feed_history(text);
    feed_schema_text(text);
    let _ = add_model("a/b", text);
    for status in [200, 422] {
        if let Ok(value) = classify_response(status, text, None) {
            feed_value(&value);
        }
        let _ =
            parse_json::<ResultResponse>(status, text, None).map(|r| r.output.map(|o| o.media()));
        let _ = read_catalog_page(status, text, None);
        let _ = read_catalog_entry(status, text, None);
        let _ = read_categories(status, text, None);
    }
    let _ = serde_json::from_str::<Job>(text);
    let _ = serde_json::from_str::<FormValues>(text);
    let _ = Resource::parse(&format!("m = {text}"));
    let _ = Messages::read(&format!("wan-i2v-messages 1\n\u{1e}{text}"), 1);
    let _ = decimal::exact(text);
}

// ---------------------------------------------------------------------------------------
// Regressions: inputs that panicked, and edges worth pinning.
// ---------------------------------------------------------------------------------------

/// An IPv6 address typed without its closing `]` (sliced past the end, trapping the page
/// on every reload since the value is saved).
#[test]
fn an_unclosed_ipv6_host_is_no_url() {
    for typed in [
        "https://[2001:db8",
        "http://[",
        "https://[::1",
        "https://u@[::1",
    ] {
        assert!(SourceUrl::parse(typed).is_err(), "{typed}");
        feed_text(typed);
    }
}

/// Empty input in every field, an empty file, an empty answer.
#[test]
fn empty_input_is_read() {
    feed_text("");
    feed_bytes(b"");
    feed_deep("");
    assert!(SourceUrl::parse("").is_err());
    assert!(load_history("").unreadable);
}

/// Characters of two to four bytes where a reader looks for ASCII: a host, a port, an
/// escape, an id, a number, a language file's key.
#[test]
fn multi_byte_characters_at_boundaries_are_read() {
    for typed in [
        "https://é",
        "https://a:é",
        "http://é:80",
        "http://[é]",
        "https://[é",
        "https://é@",
        "é://x",
        "https://🦊/🦊?🦊#🦊",
        "#inputs=%é",
        "#inputs=%C3",
        "#inputs=%C3%A",
        "#inputs=é%",
        "wan-i2v-messages 1\n\u{1e}{ \"\\ué\" }",
        "wan-i2v-messages 1\n\u{1e}{ $né -> *[é] x\n}",
        "m = { $n ->\n *[é] x\n}",
        "m = { \"\\u00e\u{e9}\" }",
        "1é5",
        "é1e5",
        "wan-ai/é/x",
        "\u{feff}<svg",
        "\u{10ffff}",
    ] {
        feed_text(typed);
    }
    // Surrogate-like escapes in JSON: lone halves are refused by the JSON reader.
    for json in [
        r#""\ud800""#,
        r#"{"request_id": "\udfff"}"#,
        r#"["\ud83e"]"#,
    ] {
        feed_text(json);
    }
}

/// JSON nesting just within and just past the readers' limit of 128: a crafted answer or
/// history that the readers take (or refuse) level by level, on a test thread's stack.
#[test]
fn nesting_around_the_limit_is_read() {
    for (opener, closer) in NESTINGS {
        for depth in 120..=130 {
            feed_deep(&nested(opener, depth, closer, true));
        }
    }
    // A list of lists of lists… as a schema's `items`, and the form it makes.
    for depth in 120..=130 {
        let items = nested(r#"{"type":"array","items":"#, depth, "}", false);
        let schema = format!(
            r#"{{"properties":{{"p":{items}{{}}{}}}}}"#,
            "}".repeat(depth)
        );
        feed_deep(&schema);
        let parsed = InputSchema::parse(&schema);
        match depth {
            120 => assert!(parsed.is_ok()),
            130 => assert!(parsed.is_err()),
            _ => {}
        }
    }
}

/// A 100 000-deep `[`: an exported history or answer crafted to overflow the stack.
#[test]
fn a_hundred_thousand_deep_bracket_is_refused() {
    let deep = "[".repeat(DEEPEST);
    feed_deep(&deep);
    assert!(load_history(&deep).unreadable);
    assert!(InputSchema::parse(&deep).is_err());
    assert!(classify_response(200, &deep, None).is_err());
    let closed = nested("[", DEEPEST, "]", true);
    feed_deep(&closed);
    assert!(load_history(&closed).unreadable);
}

/// A language file whose selectors nest 100 000 deep, a line each.
#[test]
fn a_hundred_thousand_deep_language_file_is_refused() {
    let deep = nested("{ $n ->\n *[other] ", DEEPEST, "\n}", true);
    assert!(Resource::parse(&format!("m = {deep}")).is_err());
    let compiled = format!("wan-i2v-messages 1\n\u{1e}{deep}");
    assert!(Messages::read(&compiled, 1).is_err());
}

/// A number typed or in a schema with an exponent at i64's bounds (wrapped, then panicked).
#[test]
fn extreme_exponents_are_declined() {
    for text in [
        "1.5e-9223372036854775808",
        "1e-9223372036854775808",
        "10e9223372036854775807",
        "1e99999999999999999999",
    ] {
        assert_eq!(decimal::exact(text), None, "{text}");
        let _ = decimal::json_spelling(text);
        feed_text(text);
    }
}

/// A moment far past a clip's end with a frame step (an index that overflowed i64).
#[test]
fn a_frame_step_from_anywhere_lands() {
    for (time, frames) in [
        (1e300, i64::MAX),
        (f64::MAX, 1),
        (1e19, i64::MIN),
        (-1.0, -1),
    ] {
        let at = step_time(time, frames, 240.0, f64::NAN);
        assert!(at >= 0.0, "{time} {frames}: {at}");
    }
}

/// An imported history whose links and ids no answer gives: set aside, the rest kept.
#[test]
fn an_imported_history_keeps_only_what_an_answer_could_give() {
    let good = serde_json::json!({"request_id": "r1", "model_id": "wan-ai/wan-2-2/image-to-video",
        "phase": {"Succeeded": {"media": [{"url": "https://cdn/v.mp4", "kind": "Video"}]}}});
    let evil_link = serde_json::json!({"request_id": "r2",
        "phase": {"Succeeded": {"media": [{"url": "javascript:alert(1)", "kind": "Link"}]}}});
    let data_link = serde_json::json!({"request_id": "r3",
        "phase": {"Succeeded": {"media": [{"url": "data:text/html,x", "kind": "Image"}]}}});
    let billing = serde_json::json!({"request_id": "r4", "model_id": "../../v1/billing"});
    let climbing = serde_json::json!({"request_id": "../r5"});
    let text = serde_json::json!({"format": "wan-i2v-history", "version": 2,
        "jobs": [good, evil_link, data_link, billing, climbing, 7]})
    .to_string();
    let loaded = load_history(&text);
    let ids: Vec<&str> = loaded.jobs.iter().map(|j| j.request_id.as_str()).collect();
    assert_eq!(ids, ["r1"]);
    assert_eq!((loaded.skipped, loaded.set_aside), (5, 4));
}
