//! Checks an input image against a property's `validations` (and the model's format
//! limits) before it is sent, so the user hears about a bad image at once, not after a
//! queued job fails.

use crate::i18n::Lang;
use crate::media::image_format::ImageFormat;
use crate::schema::{Rule, Validation};

/// Bytes per MB in `file_size_mb<` (decimal, as "10MB" is read here).
const BYTES_PER_MB: f64 = 1_000_000.0;

/// What is known about an image.
#[derive(Debug, Clone, PartialEq)]
pub struct ImageFacts {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// File size; `None` when unknown (e.g. a URL whose host hides `Content-Length`).
    pub bytes: Option<u64>,
    /// The real format, if known.
    pub format: Option<ImageFormat>,
    /// Whether the image has an alpha channel.
    pub has_alpha: bool,
}

/// One reason the model would refuse an image.
#[derive(Debug, Clone, PartialEq)]
pub enum ImageProblem {
    /// Below a minimum width or height.
    TooSmall {
        /// The limit broken (with the schema's message, if it gives one).
        limit: Validation,
    },
    /// Above a maximum width or height.
    TooLarge {
        /// The limit broken (with the schema's message, if it gives one).
        limit: Validation,
    },
    /// The file is too big.
    TooHeavy {
        /// The limit broken (with the schema's message, if it gives one).
        limit: Validation,
    },
    /// Too tall or too wide: width ÷ height outside a `width/height>` or `width/height<`
    /// bound.
    WrongAspectRatio {
        /// The limit broken (with the schema's message, if it gives one).
        limit: Validation,
    },
    /// A format the model does not take.
    UnsupportedFormat {
        /// The format's name, upper case ("GIF").
        found: String,
    },
    /// A PNG with an alpha channel ("PNG (no alpha)").
    AlphaPng,
}

impl ImageProblem {
    /// The sentence to show the user, in English.
    pub fn message(&self) -> String {
        self.message_in(Lang::En)
    }

    /// The sentence to show the user, in `lang`. The schema's own messages are shown as
    /// the schema gives them, whatever the language.
    pub fn message_in(&self, lang: Lang) -> String {
        match (self, lang) {
            (
                ImageProblem::TooSmall { limit }
                | ImageProblem::TooLarge { limit }
                | ImageProblem::TooHeavy { limit }
                | ImageProblem::WrongAspectRatio { limit },
                _,
            ) => limit.message_in(lang),
            (ImageProblem::UnsupportedFormat { found }, _) => {
                lang.texts().image_unsupported_format(found)
            }
            (ImageProblem::AlphaPng, _) => lang.texts().image_alpha_png(),
        }
    }

    /// Whether redrawing on a canvas fixes it: scaling down (too large), re-encoding
    /// smaller (too heavy) or flattening on white (alpha). Upscaling a small image,
    /// cropping one of the wrong shape or guessing at an unsupported one is left to the
    /// user.
    pub fn fixable(&self) -> bool {
        matches!(
            self,
            ImageProblem::TooLarge { .. } | ImageProblem::TooHeavy { .. } | ImageProblem::AlphaPng
        )
    }
}

/// Every problem with an image, one per distinct message: an unsupported format first,
/// then the schema's rules in schema order, then alpha. Unknown rules are ignored, the
/// size rule only applies when the size is known, and the aspect-ratio rules when both
/// sides are (non-zero).
pub fn check_image(validations: &[Validation], facts: &ImageFacts) -> Vec<ImageProblem> {
    let mut problems = Vec::new();
    if let Some(format) = &facts.format {
        if !format.is_supported() {
            problems.push(ImageProblem::UnsupportedFormat {
                found: format.name().to_ascii_uppercase(),
            });
        }
    }
    let (width, height) = (f64::from(facts.width), f64::from(facts.height));
    for v in validations {
        let problem = match v.rule {
            Rule::WidthAtMost if width > v.value => ImageProblem::TooLarge { limit: v.clone() },
            Rule::HeightAtMost if height > v.value => ImageProblem::TooLarge { limit: v.clone() },
            Rule::WidthAtLeast if width < v.value => ImageProblem::TooSmall { limit: v.clone() },
            Rule::HeightAtLeast if height < v.value => ImageProblem::TooSmall { limit: v.clone() },
            Rule::AspectRatioAtLeast | Rule::AspectRatioAtMost
                if breaks_aspect(&v.rule, v.value, width, height) =>
            {
                ImageProblem::WrongAspectRatio { limit: v.clone() }
            }
            Rule::FileSizeMbBelow => match facts.bytes {
                Some(bytes) if bytes as f64 >= v.value * BYTES_PER_MB => {
                    ImageProblem::TooHeavy { limit: v.clone() }
                }
                _ => continue,
            },
            _ => continue,
        };
        // The Wan schema gives width and height one shared message: say it once.
        if !problems.iter().any(|p| same_message(p, v)) {
            problems.push(problem);
        }
    }
    if facts.format == Some(ImageFormat::Png) && facts.has_alpha {
        problems.push(ImageProblem::AlphaPng);
    }
    problems
}

/// Relative slack for the aspect-ratio bounds: a ratio meant to equal the bound passes
/// whatever the floating-point rounding of width ÷ height or of the bound.
const ASPECT_TOLERANCE: f64 = 1e-9;

/// Whether `width`×`height` breaks an inclusive aspect-ratio bound; never for a side
/// of 0 (unknown).
fn breaks_aspect(rule: &Rule, bound: f64, width: f64, height: f64) -> bool {
    if width <= 0.0 || height <= 0.0 || !bound.is_finite() {
        return false;
    }
    let ratio = width / height;
    match rule {
        Rule::AspectRatioAtLeast => ratio < bound * (1.0 - ASPECT_TOLERANCE),
        Rule::AspectRatioAtMost => ratio > bound * (1.0 + ASPECT_TOLERANCE),
        _ => false,
    }
}

fn same_message(problem: &ImageProblem, v: &Validation) -> bool {
    match problem {
        ImageProblem::TooSmall { limit }
        | ImageProblem::TooLarge { limit }
        | ImageProblem::TooHeavy { limit }
        | ImageProblem::WrongAspectRatio { limit } => {
            limit.message_in(Lang::En) == v.message_in(Lang::En)
        }
        _ => false,
    }
}

/// Scales `width`×`height` down, keeping the aspect ratio, so the longer side is
/// `max_side`; unchanged when it already fits. The shorter side is rounded to the nearest
/// pixel (at least 1), which can never exceed `max_side`.
pub fn fit_within(width: u32, height: u32, max_side: u32) -> (u32, u32) {
    let max_side = max_side.max(1);
    let long = width.max(height);
    if long <= max_side {
        return (width, height);
    }
    let scale = |side: u32| -> u32 {
        let scaled =
            (u64::from(side) * u64::from(max_side) + u64::from(long) / 2) / u64::from(long);
        // scaled ≤ max_side because side ≤ long.
        u32::try_from(scaled).unwrap_or(max_side).max(1)
    };
    (scale(width), scale(height))
}

/// The largest width and height allowed (the tightest "at most" bound), if any.
pub fn max_side(validations: &[Validation]) -> Option<u32> {
    validations
        .iter()
        .filter(|v| matches!(v.rule, Rule::WidthAtMost | Rule::HeightAtMost))
        .filter_map(|v| whole(v.value.floor()))
        .min()
}

/// The smallest width and height allowed (the tightest "at least" bound), if any.
pub fn min_side(validations: &[Validation]) -> Option<u32> {
    validations
        .iter()
        .filter(|v| matches!(v.rule, Rule::WidthAtLeast | Rule::HeightAtLeast))
        .filter_map(|v| whole(v.value.ceil()))
        .max()
}

/// The largest file size allowed, in bytes (the size rule is strict), if any.
pub fn max_bytes(validations: &[Validation]) -> Option<u64> {
    validations
        .iter()
        .filter(|v| v.rule == Rule::FileSizeMbBelow)
        .filter_map(|v| {
            let limit = (v.value * BYTES_PER_MB).ceil();
            (limit.is_finite() && limit >= 1.0).then(|| limit as u64 - 1)
        })
        .min()
}

/// A whole, non-negative f64 as u32 (saturating); `None` for NaN or negatives.
fn whole(value: f64) -> Option<u32> {
    (value >= 0.0).then(|| value.min(f64::from(u32::MAX)) as u32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::german::assert_german;
    use crate::schema::InputSchema;

    fn wan() -> Vec<Validation> {
        InputSchema::builtin()
            .property("img_url")
            .map(|p| p.validations.clone())
            .unwrap_or_default()
    }

    fn facts(width: u32, height: u32) -> ImageFacts {
        ImageFacts {
            width,
            height,
            bytes: Some(1_000),
            format: Some(ImageFormat::Jpeg),
            has_alpha: false,
        }
    }

    fn check(f: &ImageFacts) -> Vec<ImageProblem> {
        let v = wan();
        assert_eq!(v.len(), 5);
        check_image(&v, f)
    }

    const TOO_LARGE: &str = "The uploaded image width and height must not exceed 2000 pixels.";
    const TOO_SMALL: &str = "The uploaded image width and height must be at least 360 pixels.";

    /// The Wan schema's first limit of `rule`, as broken.
    fn limit(rule: Rule) -> Validation {
        wan()
            .into_iter()
            .find(|v| v.rule == rule)
            .expect("the rule")
    }

    fn large() -> ImageProblem {
        ImageProblem::TooLarge {
            limit: limit(Rule::WidthAtMost),
        }
    }

    fn small() -> ImageProblem {
        ImageProblem::TooSmall {
            limit: limit(Rule::WidthAtLeast),
        }
    }

    /// The problem of breaking the Wan schema's limit of `rule`.
    fn too(rule: Rule) -> ImageProblem {
        let limit = limit(rule);
        match limit.rule {
            Rule::WidthAtMost | Rule::HeightAtMost => ImageProblem::TooLarge { limit },
            Rule::FileSizeMbBelow => ImageProblem::TooHeavy { limit },
            _ => ImageProblem::TooSmall { limit },
        }
    }

    fn heavy() -> ImageProblem {
        ImageProblem::TooHeavy {
            limit: limit(Rule::FileSizeMbBelow),
        }
    }

    #[test]
    fn pixel_bounds_are_inclusive() {
        for (w, h) in [
            (360, 360),
            (2000, 2000),
            (360, 2000),
            (2000, 360),
            (1024, 768),
        ] {
            assert_eq!(check(&facts(w, h)), [], "{w}x{h}");
        }
        assert_eq!(check(&facts(359, 360)), [small()]);
        assert_eq!(check(&facts(360, 359)), [too(Rule::HeightAtLeast)]);
        assert_eq!(check(&facts(2001, 2000)), [large()]);
        assert_eq!(check(&facts(2000, 2001)), [too(Rule::HeightAtMost)]);
    }

    #[test]
    fn a_shared_message_is_listed_once() {
        // The first limit broken stands for both.
        assert_eq!(check(&facts(2001, 2001)), [large()]);
        assert_eq!(check(&facts(1, 1)), [small()]);
        assert_eq!(check(&facts(359, 2001)), [too(Rule::HeightAtMost), small()]);
    }

    #[test]
    fn file_size_is_strict_in_decimal_megabytes() {
        let heavy = heavy();
        let with = |bytes| ImageFacts {
            bytes,
            ..facts(1000, 1000)
        };
        assert_eq!(check(&with(Some(9_999_999))), []);
        assert_eq!(check(&with(Some(10_000_000))), std::slice::from_ref(&heavy));
        assert_eq!(check(&with(Some(u64::MAX))), [heavy]);
        assert_eq!(check(&with(Some(0))), []);
        assert_eq!(check(&with(None)), []);
    }

    #[test]
    fn format_and_alpha() {
        let with = |format: Option<ImageFormat>, has_alpha| ImageFacts {
            format,
            has_alpha,
            ..facts(1000, 1000)
        };
        assert_eq!(
            check(&with(Some(ImageFormat::Gif), false)),
            [ImageProblem::UnsupportedFormat {
                found: "GIF".into()
            }]
        );
        assert_eq!(
            check(&with(
                Some(ImageFormat::Other("image/x-icon".into())),
                false
            )),
            [ImageProblem::UnsupportedFormat {
                found: "ICON".into()
            }]
        );
        assert_eq!(
            check(&with(Some(ImageFormat::Png), true)),
            [ImageProblem::AlphaPng]
        );
        assert_eq!(check(&with(Some(ImageFormat::Png), false)), []);
        // Only PNG is said to be refused with alpha.
        assert_eq!(check(&with(Some(ImageFormat::Webp), true)), []);
        assert_eq!(check(&with(None, true)), []);
        for f in [ImageFormat::Jpeg, ImageFormat::Bmp, ImageFormat::Webp] {
            assert_eq!(check(&with(Some(f), false)), []);
        }
    }

    #[test]
    fn everything_at_once_in_order() {
        let f = ImageFacts {
            width: 100,
            height: 3000,
            bytes: Some(20_000_000),
            format: Some(ImageFormat::Tiff),
            has_alpha: true,
        };
        let got = check(&f);
        assert_eq!(got.len(), 4);
        assert_eq!(
            got[0],
            ImageProblem::UnsupportedFormat {
                found: "TIFF".into()
            }
        );
        assert_eq!(got[1], too(Rule::HeightAtMost));
        assert_eq!(got[2], small());
        assert!(matches!(got[3], ImageProblem::TooHeavy { .. }));
        let png = ImageFacts {
            format: Some(ImageFormat::Png),
            ..f
        };
        assert_eq!(check(&png).last(), Some(&ImageProblem::AlphaPng));
    }

    #[test]
    fn unknown_rules_and_no_rules_are_ignored() {
        let v = vec![Validation {
            rule: Rule::Unknown("aspect<".into()),
            value: 0.0,
            error: Some("x".into()),
        }];
        assert_eq!(check_image(&v, &facts(1, 1)), []);
        assert_eq!(check_image(&[], &facts(0, 99_999)), []);
    }

    #[test]
    fn messages_and_fixability() {
        assert_eq!(large().message(), TOO_LARGE);
        assert_eq!(
            ImageProblem::UnsupportedFormat {
                found: "GIF".into()
            }
            .message(),
            "GIF images are not supported. Use JPEG, PNG (no alpha), BMP or WEBP."
        );
        assert_eq!(
            ImageProblem::AlphaPng.message(),
            "This PNG has transparency (an alpha channel), which the model does not accept. \
             Use “Fit to limits” to flatten it on white, or save it without transparency."
        );
        assert!(large().fixable());
        assert!(ImageProblem::AlphaPng.fixable());
        assert!(heavy().fixable());
        assert!(!small().fixable());
        assert!(!ImageProblem::UnsupportedFormat {
            found: "GIF".into()
        }
        .fixable());
    }

    fn aspect(rule: Rule, value: f64, error: Option<&str>) -> Validation {
        Validation {
            rule,
            value,
            error: error.map(str::to_owned),
        }
    }

    #[test]
    fn aspect_ratio_bounds_are_inclusive() {
        let rules = [
            aspect(Rule::AspectRatioAtLeast, 0.4, None),
            aspect(Rule::AspectRatioAtMost, 2.5, None),
        ];
        let shape = |w, h| check_image(&rules, &facts(w, h));
        for (w, h) in [(400, 1000), (2500, 1000), (1000, 1000), (5, 2), (2, 5)] {
            assert_eq!(shape(w, h), [], "{w}x{h}");
        }
        assert_eq!(
            shape(399, 1000),
            [ImageProblem::WrongAspectRatio {
                limit: rules[0].clone()
            }]
        );
        assert_eq!(
            shape(2501, 1000),
            [ImageProblem::WrongAspectRatio {
                limit: rules[1].clone()
            }]
        );
        // Unknown sides never break a shape rule.
        assert_eq!(shape(0, 1000), []);
        assert_eq!(shape(1000, 0), []);
        let odd = [aspect(Rule::AspectRatioAtMost, f64::NAN, None)];
        assert_eq!(check_image(&odd, &facts(9000, 1)), []);
        // Not something "Fit to limits" can fix.
        assert!(!shape(1, 1000)[0].fixable());
    }

    #[test]
    fn aspect_ratio_messages_come_from_the_schema_or_the_app() {
        let own = aspect(
            Rule::AspectRatioAtMost,
            2.5,
            Some("Aspect ratio must be between 1:2.5 and 2.5:1."),
        );
        let problems = check_image(&[own.clone(), own], &facts(3000, 1000));
        assert_eq!(problems.len(), 1, "one message, said once");
        assert_eq!(
            problems[0].message_in(Lang::De),
            "Aspect ratio must be between 1:2.5 and 2.5:1."
        );
        let tall = ImageProblem::WrongAspectRatio {
            limit: aspect(Rule::AspectRatioAtLeast, 0.4, None),
        };
        let wide = ImageProblem::WrongAspectRatio {
            limit: aspect(Rule::AspectRatioAtMost, 2.5, None),
        };
        assert_eq!(
            tall.message(),
            "The image is too tall: its width must be at least 0.4 times its height."
        );
        assert_eq!(
            wide.message(),
            "The image is too wide: its width must be at most 2.5 times its height."
        );
        assert_eq!(
            tall.message_in(Lang::De),
            "Das Bild ist zu hoch: Seine Breite muss mindestens das 0,4-Fache seiner Höhe \
             betragen."
        );
        assert_eq!(
            wide.message_in(Lang::De),
            "Das Bild ist zu breit: Seine Breite darf höchstens das 2,5-Fache seiner Höhe \
             betragen."
        );
        for p in [&tall, &wide] {
            assert_german(&p.message_in(Lang::De), &p.message());
        }
    }

    #[test]
    fn fit_within_scales_the_longer_side_to_the_max() {
        assert_eq!(fit_within(2400, 1200, 2000), (2000, 1000));
        assert_eq!(fit_within(1200, 2400, 2000), (1000, 2000));
        assert_eq!(fit_within(4000, 4000, 2000), (2000, 2000));
        assert_eq!(fit_within(2001, 2001, 2000), (2000, 2000));
        assert_eq!(fit_within(2001, 1000, 2000), (2000, 1000)); // 999.5 rounds up
        assert_eq!(fit_within(3000, 1001, 2000), (2000, 667)); // 667.33
        assert_eq!(fit_within(50_000, 1, 2000), (2000, 1)); // never 0
        assert_eq!(fit_within(u32::MAX, u32::MAX - 1, 2000), (2000, 2000));
    }

    #[test]
    fn fit_within_leaves_fitting_sizes_alone() {
        assert_eq!(fit_within(2000, 2000, 2000), (2000, 2000));
        assert_eq!(fit_within(2000, 10, 2000), (2000, 10));
        assert_eq!(fit_within(10, 20, 2000), (10, 20));
        assert_eq!(fit_within(0, 0, 2000), (0, 0));
        assert_eq!(fit_within(5, 3, 0), (1, 1));
    }

    #[test]
    fn fit_within_never_exceeds_the_max() {
        for w in (1..5000).step_by(37) {
            for h in [1, 359, 360, 1999, 2000, 2001, 4999] {
                let (fw, fh) = fit_within(w, h, 2000);
                assert!(fw <= 2000 && fh <= 2000 && fw >= 1 && fh >= 1, "{w}x{h}");
                assert!(fw.max(fh) == 2000 || (fw, fh) == (w, h), "{w}x{h}");
            }
        }
    }

    #[test]
    fn side_and_size_limits_from_the_rules() {
        let v = wan();
        assert_eq!(max_side(&v), Some(2000));
        assert_eq!(min_side(&v), Some(360));
        assert_eq!(max_bytes(&v), Some(9_999_999));
        assert_eq!(
            (max_side(&[]), min_side(&[]), max_bytes(&[])),
            (None, None, None)
        );
        let rule = |rule, value| Validation {
            rule,
            value,
            error: None,
        };
        let odd = [
            rule(Rule::WidthAtMost, 1999.5),
            rule(Rule::HeightAtMost, 3000.0),
            rule(Rule::WidthAtLeast, 100.0),
            rule(Rule::HeightAtLeast, 359.5),
            rule(Rule::FileSizeMbBelow, 0.5),
            rule(Rule::FileSizeMbBelow, -1.0),
            rule(Rule::WidthAtMost, -5.0),
        ];
        assert_eq!(max_side(&odd), Some(1999));
        assert_eq!(min_side(&odd), Some(360));
        assert_eq!(max_bytes(&odd), Some(499_999));
    }

    #[test]
    fn messages_in_each_language() {
        let heavy = heavy();
        let gif = ImageProblem::UnsupportedFormat {
            found: "GIF".into(),
        };
        let all = [small(), large(), heavy, gif.clone(), ImageProblem::AlphaPng];
        for p in &all {
            assert_eq!(p.message(), p.message_in(Lang::En));
        }
        // Where the schema gives no message, the app's own is in the language shown.
        let unsaid = ImageProblem::TooSmall {
            limit: Validation {
                rule: Rule::WidthAtLeast,
                value: 512.0,
                error: None,
            },
        };
        assert_eq!(
            unsaid.message_in(Lang::De),
            "Die Bildbreite muss mindestens 512 Pixel betragen."
        );
        assert_eq!(
            unsaid.message(),
            "The image width must be at least 512 pixels."
        );
        // The schema's messages are not the app's to translate.
        assert_eq!(small().message_in(Lang::De), TOO_SMALL);
        assert_eq!(large().message_in(Lang::De), TOO_LARGE);
        assert_eq!(
            all[2].message_in(Lang::De),
            "File size must be less than 10 MB."
        );
        for p in [&gif, &ImageProblem::AlphaPng] {
            assert_german(&p.message_in(Lang::De), &p.message());
        }
        assert_eq!(
            gif.message_in(Lang::De),
            "GIF-Bilder werden nicht unterstützt. Verwenden Sie JPEG, PNG (ohne Alphakanal), BMP \
             oder WEBP."
        );
        assert_eq!(
            ImageProblem::AlphaPng.message_in(Lang::De),
            "Dieses PNG ist transparent (es hat einen Alphakanal), was das Modell nicht \
             akzeptiert. Legen Sie es mit „An Grenzen anpassen“ auf einen weißen Hintergrund \
             oder speichern Sie es ohne Transparenz."
        );
    }
}
