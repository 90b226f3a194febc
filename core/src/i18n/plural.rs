//! CLDR cardinal plural categories for the app's languages.
//!
//! Rules copied from Unicode CLDR, `common/supplemental/plurals.xml`
//! (<https://github.com/unicode-org/cldr/blob/main/common/supplemental/plurals.xml>, charts:
//! <https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html>),
//! with `n` the absolute value, `i` its integer digits, `v` the count of visible fraction
//! digits; the compact exponent `e` is always 0 here:
//!
//! - en, de: one: `i = 1 and v = 0`; other.
//! - fr: one: `i = 0,1`; many: `e = 0 and i != 0 and i % 1000000 = 0 and v = 0`; other.
//! - es: one: `n = 1`; many: `e = 0 and i != 0 and i % 1000000 = 0 and v = 0`; other.
//! - ja, zh: other only.

use super::{Lang, PluralRule};
use crate::text::decimal;

/// A CLDR plural category.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plural {
    /// "one".
    One,
    /// "many".
    Many,
    /// "other".
    Other,
}

impl Plural {
    /// The category of `x` in `lang`.
    pub fn of(lang: Lang, x: f64) -> Plural {
        let n = x.abs();
        let i = n.trunc();
        // Visible fraction digits as the number is written (shortest form).
        let v = decimal::plain(n)
            .split_once('.')
            .map_or(0, |(_, f)| f.len());
        let millions = i != 0.0 && i % 1_000_000.0 == 0.0 && v == 0;
        match lang.plural_rule() {
            PluralRule::OneIfIntegerOne if i == 1.0 && v == 0 => Plural::One,
            PluralRule::OneIfZeroOrOne if i == 0.0 || i == 1.0 => Plural::One,
            PluralRule::OneIfZeroOrOne if millions => Plural::Many,
            PluralRule::OneIfOneManyMillions if n == 1.0 => Plural::One,
            PluralRule::OneIfOneManyMillions if millions => Plural::Many,
            _ => Plural::Other,
        }
    }

    /// The category's name, as variant keys write it.
    pub fn name(self) -> &'static str {
        match self {
            Plural::One => "one",
            Plural::Many => "many",
            Plural::Other => "other",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cldr_examples() {
        let of = Plural::of;
        assert_eq!(of(Lang::En, 1.0), Plural::One);
        assert_eq!(of(Lang::En, 0.0), Plural::Other);
        assert_eq!(of(Lang::En, 1.5), Plural::Other);
        assert_eq!(of(Lang::De, 1.0), Plural::One);
        assert_eq!(of(Lang::De, 2.0), Plural::Other);
        assert_eq!(of(Lang::Fr, 0.0), Plural::One);
        assert_eq!(of(Lang::Fr, 1.5), Plural::One);
        assert_eq!(of(Lang::Fr, 2.0), Plural::Other);
        assert_eq!(of(Lang::Fr, 1_000_000.0), Plural::Many);
        assert_eq!(of(Lang::Es, 1.0), Plural::One);
        assert_eq!(of(Lang::Es, 0.0), Plural::Other);
        assert_eq!(of(Lang::Es, 2_000_000.0), Plural::Many);
        assert_eq!(of(Lang::Ja, 1.0), Plural::Other);
        assert_eq!(of(Lang::Zh, 1.0), Plural::Other);
    }
}
