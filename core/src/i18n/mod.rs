//! The app's two languages: which one to use, and numbers written the way its readers
//! expect. The app's own sentences live beside it in [`texts`]; messages of the core's
//! error types take a [`Lang`] themselves (`message_in`).

pub mod texts;

use serde::{Deserialize, Serialize};

pub use texts::Texts;

/// A language of the UI.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    /// English, the fallback for every language the app does not speak.
    #[default]
    #[serde(rename = "en")]
    En,
    /// German.
    #[serde(rename = "de")]
    De,
}

impl Lang {
    /// Every language, in the order the switch offers them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::De];

    /// The first of the browser's preferred languages (`navigator.languages`, best first)
    /// that the app speaks, by primary subtag ("de-AT" is German); English otherwise.
    pub fn from_preferences<S: AsRef<str>>(tags: &[S]) -> Lang {
        tags.iter()
            .find_map(|tag| Lang::from_tag(tag.as_ref()))
            .unwrap_or_default()
    }

    /// The language a BCP 47 tag names, if the app speaks it.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "de" => Some(Lang::De),
            _ => None,
        }
    }

    /// The BCP 47 tag, for `<html lang>` and the browser's date formatting.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
        }
    }

    /// The language's name in itself, as the switch shows it.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
        }
    }

    /// The app's sentences in this language.
    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::En => &texts::EN,
            Lang::De => &texts::DE,
        }
    }

    /// A number as this language writes it: "1,234.5" in English, "1.234,5" in German.
    /// Shortest exact digits (no rounding), thousands grouped from 1,000 on.
    pub fn number(self, x: f64) -> String {
        if !x.is_finite() {
            return x.to_string();
        }
        self.grouped(&format!("{}", x.abs()), x < 0.0)
    }

    /// A number with exactly `places` decimals, as this language writes it:
    /// `fixed(4.0, 1)` is "4.0" in English, "4,0" in German.
    pub fn fixed(self, x: f64, places: usize) -> String {
        if !x.is_finite() {
            return x.to_string();
        }
        let plain = format!("{:.*}", places, x.abs());
        // "-0.0" is not worth a sign.
        let negative = x < 0.0 && plain.chars().any(|c| c.is_ascii_digit() && c != '0');
        self.grouped(&plain, negative)
    }

    /// A file size in decimal units, as schemas' "10MB" limits mean them: "245 KB",
    /// "9.8 MB" ("9,8 MB" in German).
    pub fn file_size(self, bytes: u64) -> String {
        if bytes >= 1_000_000 {
            let tenths = (bytes as f64 / 100_000.0).round() / 10.0;
            format!("{} MB", self.number(tenths))
        } else {
            format!("{} KB", self.count(bytes.div_ceil(1000)))
        }
    }

    /// An amount of US dollars: "$1,234.50" in English, "1.234,50 $" in German. Two
    /// decimals, more (up to four) when a small rate needs them: "$0.0125".
    pub fn usd(self, amount: f64) -> String {
        let rounded = (amount * 10_000.0).round() / 10_000.0;
        let places = (2..=4)
            .find(|&p| {
                let scale = 10f64.powi(p as i32);
                ((rounded * scale).round() - rounded * scale).abs() < 1e-6
            })
            .unwrap_or(4);
        let digits = self.fixed(rounded, places);
        match self {
            Lang::En => match digits.strip_prefix('-') {
                Some(positive) => format!("-${positive}"),
                None => format!("${digits}"),
            },
            Lang::De => format!("{digits} $"),
        }
    }

    /// `plain` ("1234.5", no sign) with this language's grouping and decimal mark.
    fn grouped(self, plain: &str, negative: bool) -> String {
        let (group, decimal) = match self {
            Lang::En => (',', '.'),
            Lang::De => ('.', ','),
        };
        let (int, frac) = plain.split_once('.').unwrap_or((plain, ""));
        let mut out = String::with_capacity(plain.len() + plain.len() / 3 + 1);
        if negative {
            out.push('-');
        }
        for (i, digit) in int.chars().enumerate() {
            if i > 0 && (int.len() - i) % 3 == 0 {
                out.push(group);
            }
            out.push(digit);
        }
        if !frac.is_empty() {
            out.push(decimal);
            out.push_str(frac);
        }
        out
    }

    /// A count of whole things (`number` for integers).
    pub fn count(self, n: u64) -> String {
        self.number(n as f64)
    }
}

/// Test help for every module with `message_in`: a German text reads as German.
#[cfg(test)]
pub(crate) mod german {
    /// Words of English sentences that German sentences never contain.
    const ENGLISH: &[&str] = &[
        "a", "again", "and", "are", "at", "be", "cannot", "column", "could", "did", "does", "file",
        "for", "has", "image", "images", "is", "it", "line", "model", "must", "no", "not", "of",
        "or", "please", "request", "requests", "than", "the", "this", "to", "try", "use", "with",
        "your",
    ];

    /// Asserts that `german` differs from `english` and has no word of an English sentence.
    pub(crate) fn assert_german(german: &str, english: &str) {
        assert_ne!(german, english, "not translated");
        let leftover: Vec<&str> = german
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| ENGLISH.contains(&w.to_lowercase().as_str()))
            .collect();
        assert!(leftover.is_empty(), "English {leftover:?} in: {german}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_browser_language_picks_the_ui_language() {
        assert_eq!(Lang::from_preferences(&["de-DE", "en-US"]), Lang::De);
        assert_eq!(Lang::from_preferences(&["de-AT"]), Lang::De);
        assert_eq!(Lang::from_preferences(&["DE"]), Lang::De);
        assert_eq!(Lang::from_preferences(&["en-GB", "de"]), Lang::En);
        // The first language the app speaks wins, after ones it does not.
        assert_eq!(Lang::from_preferences(&["fr-FR", "de-CH", "en"]), Lang::De);
        assert_eq!(Lang::from_preferences(&["fr", "ja"]), Lang::En);
        assert_eq!(Lang::from_preferences::<&str>(&[]), Lang::En);
        assert_eq!(Lang::from_tag("deu"), None);
    }

    #[test]
    fn tags_and_names() {
        assert_eq!(Lang::De.tag(), "de");
        assert_eq!(Lang::En.name(), "English");
        assert_eq!(Lang::De.name(), "Deutsch");
        assert_eq!(serde_json::to_string(&Lang::De).unwrap(), "\"de\"");
        assert_eq!(serde_json::from_str::<Lang>("\"en\"").unwrap(), Lang::En);
    }

    #[test]
    fn numbers_in_each_language() {
        assert_eq!(Lang::En.number(1234.5), "1,234.5");
        assert_eq!(Lang::De.number(1234.5), "1.234,5");
        assert_eq!(Lang::De.number(0.25), "0,25");
        assert_eq!(Lang::En.number(999.0), "999");
        assert_eq!(Lang::De.number(1000.0), "1.000");
        assert_eq!(Lang::En.number(4_294_967_295.0), "4,294,967,295");
        assert_eq!(Lang::De.number(-1_500_000.75), "-1.500.000,75");
        assert_eq!(Lang::De.number(10.0), "10");
        assert_eq!(Lang::De.count(12_345), "12.345");
    }

    #[test]
    fn fixed_decimals_in_each_language() {
        assert_eq!(Lang::En.fixed(4.0, 1), "4.0");
        assert_eq!(Lang::De.fixed(4.0, 1), "4,0");
        assert_eq!(Lang::En.fixed(1234.56, 1), "1,234.6");
        assert_eq!(Lang::De.fixed(-0.04, 1), "0,0");
        assert_eq!(Lang::De.fixed(-2.5, 2), "-2,50");
        assert_eq!(Lang::En.fixed(7.0, 0), "7");
    }

    #[test]
    fn file_sizes_in_decimal_units() {
        assert_eq!(Lang::En.file_size(2_100_000), "2.1 MB");
        assert_eq!(Lang::De.file_size(10_800_000), "10,8 MB");
        assert_eq!(Lang::En.file_size(245_001), "246 KB");
        assert_eq!(Lang::En.file_size(0), "0 KB");
        assert_eq!(Lang::De.file_size(1_234_000_000), "1.234 MB");
    }

    #[test]
    fn dollars_in_each_language() {
        assert_eq!(Lang::En.usd(0.35), "$0.35");
        assert_eq!(Lang::De.usd(0.35), "0,35 $");
        assert_eq!(Lang::En.usd(5.25), "$5.25");
        assert_eq!(Lang::En.usd(12.0), "$12.00");
        assert_eq!(Lang::En.usd(0.0125), "$0.0125");
        assert_eq!(Lang::En.usd(0.35 * 5.0), "$1.75");
        assert_eq!(Lang::En.usd(1234.5), "$1,234.50");
        assert_eq!(Lang::De.usd(1234.5), "1.234,50 $");
        assert_eq!(Lang::En.usd(0.123456), "$0.1235");
    }
}
