//! Numbers: digits and number words to exact values, with qualifiers, ranges and units.
//!
//! [`extract`] finds every number in running text; [`parse`] reads one phrase that
//! is a number. Both understand
//!
//! - digits in ASCII, Arabic-Indic (٠١٢) and Extended Arabic-Indic (۰۱۲) script,
//!   with `.` `,` `٫` `٬` as decimal or thousands separators, a leading minus,
//!   slash fractions (`3/4`), and digits glued to words (`لـ52` "for 52", `٦٠مليون`);
//! - number words in every gender, case and common spelling, compounds joined by
//!   و (خمسة وعشرون ألفاً وثلاثمئة, "twenty-five thousand three hundred"), scale
//!   words after digits (`2.5 مليون`), duals (ألفين "two thousand", قتيلين
//!   "two killed", from a lexicon; مليونا طفل "two million children", the dual in
//!   construct, while 29 ألفا after a number is the accusative singular), fractions (ثلاثة أرباع "three quarters"),
//!   ordinals (الحادي والعشرون "the twenty-first") and Egyptian forms (تلتمية);
//! - percent (`٪`, `%`, بالمئة, في المائة), units that follow (كلم, دولار, ...);
//! - qualifiers: نحو "about" (approximate), أكثر من "more than", ما لا يقل عن
//!   "no less than" (at least), أقل من "less than", ما يصل إلى "up to" (at most),
//!   ranges (بين 10 و20, من 10 إلى 20, 10-20) and vague counts (عشرات "tens of",
//!   مئات "hundreds of", آلاف "thousands of", بضعة "a few").
//!
//! Values are exact ([`Value`]): integers up to 128 bits, decimals and ratios, and
//! [`Value::TooLarge`] for a number that does not fit, never a wrapped one.
//!
//! It does not read dates or times as such (`2017-03-12` is three numbers), and a
//! word with a common non-number reading (عشر "ten / a tenth", خمس "five / a fifth",
//! سبع "seven / lion", ثمن "eighth / price", أحد "one / Sunday", الأول in
//! كانون الأول "December") counts only where its context makes it a number.
//!
//! # Example
//!
//! ```
//! use arabic_news::numbers::{extract, NumberKind, Qualifier, Value};
//!
//! // "More than 50 were injured and 3 thousand displaced, 25 percent of them children."
//! let text = "أصيب أكثر من 50 ونزح 3 آلاف، 25 بالمئة منهم أطفال.";
//! let found = extract(text);
//! assert_eq!(found[0].as_str(), "50");
//! assert_eq!(found[0].qualifier, Qualifier::MoreThan);
//! assert_eq!(found[0].min, Some(Value::Integer(51)));
//! assert_eq!(found[1].as_str(), "3 آلاف");
//! assert_eq!(found[1].value, Value::Integer(3000));
//! assert_eq!(found[2].kind, NumberKind::Percent);
//! for m in &found {
//!     assert_eq!(&text[m.span()], m.as_str());
//! }
//! ```
//!
//! # Qualifier conventions
//!
//! `value` is always the number as stated; `min` and `max` give the interval it
//! implies, `None` (JSON `null`) where the text sets no bound:
//!
//! | text | qualifier | value | min | max |
//! |---|---|---|---|---|
//! | `50` | exact | 50 | – | – |
//! | `نحو 50` "about 50" | approximate | 50 | – | – |
//! | `أكثر من 50` "more than 50" | more_than | 50 | 51 | – |
//! | `ما لا يقل عن 50` "no less than 50" | at_least | 50 | 50 | – |
//! | `أقل من 50` "less than 50" | less_than | 50 | – | 49 |
//! | `ما يصل إلى 50` "up to 50" | at_most | 50 | – | 50 |
//! | `بين 10 و20` "between 10 and 20" | range | 10 and 20 (two mentions) | 10 | 20 |
//! | `عشرات` "tens of" | vague | 10 | 20 | – |
//! | `مئات الآلاف` "hundreds of thousands" | vague | 100000 | 200000 | – |
//! | `بضعة` "a few" | vague | 3 | 3 | 9 |
//!
//! For `more_than` and `less_than` on a non-integer the bound is the stated value.
//! A range yields one mention for each end, both with qualifier `range` and the same
//! `min` and `max`; [`NumberMention::count`] of the first end is the range's
//! [`Count`] (value = lower end). A vague plural's minimum is twice its unit (the
//! smallest plural reading, "at least two tens"). The word عدة "several" is a
//! quantifier without a value and is not reported.

mod extract;
mod lexicon;
mod scan;
mod value;

use crate::span::{Fragment, Span};

pub use self::value::Value;

/// How a number relates to the quantity it describes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Qualifier {
    /// As stated: `50`.
    Exact,
    /// نحو، حوالي، قرابة، زهاء، ما يقارب ("about").
    Approximate,
    /// ما لا يقل عن، على الأقل ("at least").
    AtLeast,
    /// أكثر من، ما يزيد على ("more than").
    MoreThan,
    /// ما يصل إلى، على الأكثر ("up to").
    AtMost,
    /// أقل من ("less than").
    LessThan,
    /// One end of a range: بين 10 و20، من 10 إلى 20، 10-20.
    Range,
    /// A vague count: عشرات ("tens of"), مئات، آلاف، بضعة ("a few").
    Vague,
}

/// What sort of number a mention is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum NumberKind {
    /// A count: `14`, ثلاثة ("three"), `200 ألف`.
    Cardinal,
    /// A rank: الأول ("the first"), الحادي والعشرون ("the twenty-first").
    Ordinal,
    /// A percentage: `25%`, ٢٥ في المئة.
    Percent,
    /// A fraction: نصف ("half"), ثلاثة أرباع ("three quarters"), `3/4`.
    Fraction,
    /// A number written with a decimal point: `3.5`, `2.5 مليون`.
    Decimal,
}

/// A quantity with the interval its wording implies.
///
/// Serializes as `{"value": 50, "min": 51, "max": null, "qualifier": "more_than"}`;
/// see the [module docs](self) for the conventions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Count {
    /// The number as stated.
    pub value: Value,
    /// The smallest value the wording allows, if it sets one.
    pub min: Option<Value>,
    /// The largest value the wording allows, if it sets one.
    pub max: Option<Value>,
    /// How the number is qualified.
    pub qualifier: Qualifier,
}

/// A phrase read as a number by [`parse`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Number {
    /// The value.
    pub value: Value,
    /// Cardinal, ordinal, percent, ...
    pub kind: NumberKind,
    /// How the number is qualified.
    pub qualifier: Qualifier,
    /// Lower bound implied by the qualifier.
    pub min: Option<Value>,
    /// Upper bound implied by the qualifier.
    pub max: Option<Value>,
    /// The unit that follows (`"km"`, `"USD"`, ...), if any.
    pub unit: Option<&'static str>,
}

impl Number {
    /// The value with its interval.
    pub fn count(&self) -> Count {
        Count {
            value: self.value,
            min: self.min,
            max: self.max,
            qualifier: self.qualifier,
        }
    }
}

/// A number found in running text.
///
/// Serializes flat: `{"start", "end", "text", "value", "kind", "qualifier"}` plus
/// `"min"`, `"max"` and `"unit"` when set, and `"too_large": true` when the value
/// does not fit a JSON number (then `"value"` is `null`; the exact value, when there
/// is one, stays in [`NumberMention::value`]). `text` is the number phrase without
/// attached proclitics or qualifier words: `لـ52` gives `52`, `أكثر من 50` gives `50`
/// with qualifier `more_than`, `والخمسين` gives `الخمسين`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct NumberMention<'a> {
    /// The number phrase.
    pub fragment: Fragment<'a>,
    /// Its value.
    pub value: Value,
    /// Cardinal, ordinal, percent, ...
    pub kind: NumberKind,
    /// How it is qualified.
    pub qualifier: Qualifier,
    /// Lower bound implied by the qualifier.
    pub min: Option<Value>,
    /// Upper bound implied by the qualifier.
    pub max: Option<Value>,
    /// The unit that follows (`"km"`, `"USD"`, `"year"`, ...), if any.
    pub unit: Option<&'static str>,
    /// The whole phrase: qualifier words, proclitics, the number, percent and unit.
    pub phrase: Span,
}

impl<'a> NumberMention<'a> {
    /// The number phrase's text.
    pub fn as_str(&self) -> &'a str {
        self.fragment.as_str()
    }

    /// The number phrase's span.
    pub fn span(&self) -> Span {
        self.fragment.span()
    }

    /// The value with its interval.
    pub fn count(&self) -> Count {
        Count {
            value: self.value,
            min: self.min,
            max: self.max,
            qualifier: self.qualifier,
        }
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for NumberMention<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("start", &self.fragment.start())?;
        m.serialize_entry("end", &self.fragment.end())?;
        m.serialize_entry("text", self.fragment.as_str())?;
        m.serialize_entry("value", &self.value)?;
        m.serialize_entry("kind", &self.kind)?;
        m.serialize_entry("qualifier", &self.qualifier)?;
        if let Some(v) = &self.min {
            m.serialize_entry("min", v)?;
        }
        if let Some(v) = &self.max {
            m.serialize_entry("max", v)?;
        }
        if let Some(u) = self.unit {
            m.serialize_entry("unit", u)?;
        }
        if !self.value.fits_json() {
            m.serialize_entry("too_large", &true)?;
        }
        m.end()
    }
}

/// Finds the numbers in `text`, in text order, with spans into `text`.
///
/// ```
/// use arabic_news::numbers::{extract, Value};
///
/// // "Eight civilians were killed and 14 wounded."
/// let text = "قتل ثمانية مدنيين وأصيب 14.";
/// let values: Vec<_> = extract(text).iter().map(|m| m.value).collect();
/// assert_eq!(values, [Value::Integer(8), Value::Integer(14)]);
/// ```
pub fn extract(text: &str) -> Vec<NumberMention<'_>> {
    extract::Extractor::new(text, false).run()
}

/// Reads `phrase` as one number, or `None` when it is not one.
///
/// Leading and trailing spaces and punctuation, proclitics and qualifier words are
/// allowed; anything else makes the phrase not a number. Words that are numbers only
/// in context (ست "six", خمس "five / a fifth") are read as numbers here.
///
/// ```
/// use arabic_news::numbers::{parse, NumberKind, Qualifier, Value};
///
/// // "twenty-five thousand three hundred"
/// assert_eq!(parse("خمسة وعشرون ألفاً وثلاثمئة").unwrap().value, Value::Integer(25_300));
/// let n = parse("نحو ٣٫٥ مليون").unwrap(); // "about 3.5 million"
/// assert_eq!((n.value, n.qualifier), (Value::Integer(3_500_000), Qualifier::Approximate));
/// assert_eq!(parse("الحادي والعشرون").unwrap().kind, NumberKind::Ordinal);
/// assert_eq!(parse("البحرين"), None); // Bahrain, not a dual
/// ```
pub fn parse(phrase: &str) -> Option<Number> {
    let found = extract::Extractor::new(phrase, true).run();
    let [m] = found.as_slice() else {
        // A range is two mentions; the phrase as a whole is not one number.
        return None;
    };
    let rest = |s: &str| s.chars().all(|c| !c.is_alphanumeric());
    if !rest(&phrase[..m.phrase.start]) || !rest(&phrase[m.phrase.end..]) {
        return None;
    }
    Some(Number {
        value: m.value,
        kind: m.kind,
        qualifier: m.qualifier,
        min: m.min,
        max: m.max,
        unit: m.unit,
    })
}
