//! Extending a clip from one of its frames: which moment a frame step lands on, how the
//! taken frame is encoded, and which field of the next job it fills.

use serde_json::{Map, Value};

use crate::media::image_rules::{check_image, ImageFacts, ImageProblem};
use crate::schema::{InputSchema, Validation, Widget};

/// The frame rate assumed when a job's request does not say its own: most generated clips
/// run at 16–30 frames a second, and a step of 1/24 s lands on every frame of them but a
/// few.
pub const DEFAULT_FPS: f64 = 24.0;

/// The inputs that name a job's frame rate, as models' schemas call it.
const FPS_INPUTS: [&str; 2] = ["frames_per_second", "fps"];

/// The frame rate of a job's video: its request's `frames_per_second` (or `fps`), a
/// number or numeric text between 1 and 240, else [`DEFAULT_FPS`].
pub fn frame_rate(inputs: &Map<String, Value>) -> f64 {
    FPS_INPUTS
        .iter()
        .filter_map(|name| match inputs.get(*name)? {
            Value::Number(n) => n.as_f64(),
            Value::String(s) => s.trim().parse::<f64>().ok(),
            _ => None,
        })
        .find(|fps| (1.0..=240.0).contains(fps))
        .unwrap_or(DEFAULT_FPS)
}

/// Slack for times that fall exactly on a frame's start (floating-point rounding).
const EPSILON: f64 = 1e-6;

/// How close to its end a video is seeked for its last frame: past the start of the last
/// frame at any frame rate, still before the end (where a player may show nothing new).
const LAST_FRAME_BEFORE_END_S: f64 = 0.001;

/// The number (from 0) of the frame shown at `time_s`.
pub fn frame_index(time_s: f64, fps: f64) -> u64 {
    if !time_s.is_finite() || time_s <= 0.0 {
        return 0;
    }
    (time_s * fps + EPSILON).floor() as u64
}

/// The moment that shows the last frame of a video of `duration_s`.
pub fn last_frame_time(duration_s: f64) -> f64 {
    if !duration_s.is_finite() || duration_s <= 0.0 {
        return 0.0;
    }
    (duration_s - LAST_FRAME_BEFORE_END_S).max(0.0)
}

/// Where one step of `frames` (−1 back, +1 forward) from `time_s` lands: the middle of
/// that frame (safe from rounding on either side), never before the first frame nor past
/// the last.
pub fn step_time(time_s: f64, frames: i64, fps: f64, duration_s: f64) -> f64 {
    // Saturating: a player's time can be anything, however far past the clip.
    let index = i64::try_from(frame_index(time_s, fps)).unwrap_or(i64::MAX);
    let target = index.saturating_add(frames).max(0);
    let middle = (target as f64 + 0.5) / fps;
    let last = last_frame_time(duration_s);
    if duration_s.is_finite() && duration_s > 0.0 {
        middle.min(last)
    } else {
        middle
    }
}

/// How a taken frame is encoded, in the order tried: PNG (lossless), then JPEG at falling
/// qualities when the PNG is heavier than the model takes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FrameEncoding {
    /// Lossless PNG, without alpha.
    Png,
    /// JPEG at this quality (0–1).
    Jpeg(f64),
}

impl FrameEncoding {
    /// Every encoding, best first.
    pub const ALL: [FrameEncoding; 4] = [
        FrameEncoding::Png,
        FrameEncoding::Jpeg(0.92),
        FrameEncoding::Jpeg(0.8),
        FrameEncoding::Jpeg(0.6),
    ];

    /// The MIME type the canvas is asked for.
    pub fn mime(self) -> &'static str {
        match self {
            FrameEncoding::Png => "image/png",
            FrameEncoding::Jpeg(_) => "image/jpeg",
        }
    }

    /// The quality passed to the encoder, if it takes one.
    pub fn quality(self) -> Option<f64> {
        match self {
            FrameEncoding::Png => None,
            FrameEncoding::Jpeg(q) => Some(q),
        }
    }
}

/// Whether a file of `bytes` breaks the model's file-size rule (the frame is then encoded
/// again, smaller).
pub fn too_heavy(validations: &[Validation], bytes: u64) -> bool {
    let facts = ImageFacts {
        width: 0,
        height: 0,
        bytes: Some(bytes),
        format: None,
        has_alpha: false,
    };
    check_image(validations, &facts)
        .iter()
        .any(|p| matches!(p, ImageProblem::TooHeavy { .. }))
}

/// The field a taken frame fills: the model's first single-image input (`img_url` for
/// Wan 2.2); `None` for a model that takes no image.
pub fn frame_field(schema: &InputSchema) -> Option<String> {
    image_fields(schema).into_iter().next()
}

/// Every field that takes one image, in the schema's order: a frame can go into any of them
/// (a start, an end, a reference).
pub fn image_fields(schema: &InputSchema) -> Vec<String> {
    schema
        .properties
        .iter()
        .filter(|p| p.widget() == Widget::Image)
        .map(|p| p.name.clone())
        .collect()
}

/// The names RunComfy's published schemas give a clip's end frame.
const END_FRAME_NAMES: &[&str] = &[
    "end_image_url",
    "end_image",
    "last_frame",
    "last_frame_url",
    "last_image",
    "last_image_url",
    "end_frame",
    "end_frame_url",
    "tail_image_url",
];

/// The image field that takes a clip's last frame, where the model has one (not the field
/// [`frame_field`] fills).
pub fn end_frame_field(schema: &InputSchema) -> Option<String> {
    let start = frame_field(schema);
    schema
        .properties
        .iter()
        .filter(|p| p.widget() == Widget::Image && Some(&p.name) != start.as_ref())
        .find(|p| END_FRAME_NAMES.contains(&p.name.as_str()))
        .map(|p| p.name.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::Rule;
    use serde_json::json;

    fn inputs(value: Value) -> Map<String, Value> {
        value.as_object().unwrap().clone()
    }

    #[test]
    fn the_frame_rate_comes_from_the_request_else_the_default() {
        assert_eq!(frame_rate(&inputs(json!({"frames_per_second": 16}))), 16.0);
        assert_eq!(frame_rate(&inputs(json!({"fps": "30"}))), 30.0);
        assert_eq!(frame_rate(&inputs(json!({"prompt": "a fox"}))), DEFAULT_FPS);
        for odd in [json!(0), json!(-5), json!(1000), json!("fast"), json!(null)] {
            assert_eq!(
                frame_rate(&inputs(json!({ "frames_per_second": odd }))),
                DEFAULT_FPS,
                "{odd}"
            );
        }
    }

    #[test]
    fn a_step_lands_in_the_middle_of_the_next_or_previous_frame() {
        // 24 fps: frame 10 runs from 0.41667 to 0.45833 s.
        let at = step_time(0.42, 1, 24.0, 3.0);
        assert!((at - 11.5 / 24.0).abs() < 1e-9);
        assert_eq!(frame_index(at, 24.0), 11);
        let back = step_time(at, -1, 24.0, 3.0);
        assert_eq!(frame_index(back, 24.0), 10);
        // Exactly on a frame's start counts as that frame.
        assert_eq!(frame_index(10.0 / 24.0, 24.0), 10);
        assert_eq!(frame_index(0.5, 16.0), 8);
    }

    #[test]
    fn steps_stop_at_the_first_and_the_last_frame() {
        assert_eq!(frame_index(step_time(0.0, -1, 24.0, 3.0), 24.0), 0);
        assert_eq!(frame_index(step_time(0.01, -5, 24.0, 3.0), 24.0), 0);
        let end = step_time(2.99, 1, 24.0, 3.0);
        assert_eq!(end, last_frame_time(3.0));
        assert_eq!(frame_index(end, 24.0), 71, "the 72nd and last frame of 3 s");
        // An unknown length does not hold a step back.
        assert_eq!(frame_index(step_time(5.0, 1, 24.0, f64::NAN), 24.0), 121);
        // A time far past any clip neither overflows nor steps back to the start.
        let far = step_time(1e300, i64::MAX, 24.0, f64::NAN);
        assert!(far > 1e17, "{far}");
        assert_eq!(step_time(1e300, 1, 24.0, 3.0), last_frame_time(3.0));
    }

    #[test]
    fn the_last_frame_is_just_before_the_end() {
        assert!((last_frame_time(5.0) - 4.999).abs() < 1e-9);
        assert_eq!(last_frame_time(0.0), 0.0);
        assert_eq!(last_frame_time(f64::INFINITY), 0.0);
        // It lies in the last frame at any rate a clip has.
        for fps in [16.0, 24.0, 30.0, 60.0] {
            let frames = (5.0_f64 * fps).round() as u64;
            assert_eq!(frame_index(last_frame_time(5.0), fps), frames - 1, "{fps}");
        }
    }

    #[test]
    fn png_first_then_jpeg_at_falling_quality() {
        assert_eq!(FrameEncoding::ALL[0], FrameEncoding::Png);
        assert_eq!(FrameEncoding::Png.mime(), "image/png");
        assert_eq!(FrameEncoding::Png.quality(), None);
        let qualities: Vec<f64> = FrameEncoding::ALL[1..]
            .iter()
            .map(|e| {
                assert_eq!(e.mime(), "image/jpeg");
                e.quality().unwrap()
            })
            .collect();
        assert!(qualities.windows(2).all(|w| w[0] > w[1]));
    }

    #[test]
    fn a_frame_is_too_heavy_only_past_the_models_size_rule() {
        let schema = InputSchema::builtin();
        let rules = schema.property("img_url").unwrap().media_validations();
        assert!(rules.iter().any(|v| v.rule == Rule::FileSizeMbBelow));
        assert!(!too_heavy(&rules, 3_000_000));
        assert!(too_heavy(&rules, 10_000_000), "10 MB is not below 10 MB");
        assert!(too_heavy(&rules, 12_500_000));
        assert!(!too_heavy(&[], u64::MAX), "no rule, no limit");
    }

    #[test]
    fn the_frame_fills_the_models_image_field() {
        assert_eq!(
            frame_field(&InputSchema::builtin()).as_deref(),
            Some("img_url")
        );
        let text_only =
            InputSchema::parse(r#"{"type":"object","properties":{"prompt":{"type":"string"}}}"#)
                .unwrap();
        assert_eq!(frame_field(&text_only), None);
    }

    #[test]
    fn a_model_with_an_end_frame_names_it_apart_from_the_start() {
        let schema = InputSchema::parse(
            r#"{"properties":{"prompt":{"type":"string"},
                "image_url":{"type":"string","format":"image_uri"},
                "end_image_url":{"type":"string","format":"image_uri"}}}"#,
        )
        .unwrap();
        assert_eq!(frame_field(&schema).as_deref(), Some("image_url"));
        assert_eq!(end_frame_field(&schema).as_deref(), Some("end_image_url"));
        let wan = InputSchema::parse(
            r#"{"properties":{"img_url":{"type":"string","format":"image_uri"}}}"#,
        )
        .unwrap();
        assert_eq!(end_frame_field(&wan), None);
    }
}
