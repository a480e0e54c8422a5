//! Casualty figures: who was killed, injured, detained or displaced, how many, how sure.
//!
//! [`extract`] finds the figures a report states, each with its [`Category`], its
//! [`Count`] (value, interval and [`Qualifier`]), the victim noun phrase, the trigger word,
//! the span of the whole figure, and two flags: `cumulative` for a running toll
//! (ارتفاع حصيلة القتلى إلى 20, "the death toll rose to 20") and `hedged` for a preliminary
//! or unconfirmed one (حصيلة أولية, "a preliminary toll"; بحسب مصادر, "according to sources").
//!
//! ```
//! use arabic_news::casualties::{self, Category, Qualifier};
//!
//! // "... which led to the killing of 14 civilians and the injury of more than 50 others"
//! let text = "مما أدى إلى مقتل 14 مدنيا وإصابة أكثر من 50 آخرين";
//! let figures = casualties::extract(text);
//! assert_eq!(figures.len(), 2);
//! assert_eq!(figures[0].category, Category::Killed);
//! assert_eq!(figures[0].count.value, 14);
//! assert_eq!(figures[0].victims.unwrap().as_str(), "مدنيا");
//! assert_eq!(figures[1].category, Category::Injured);
//! assert_eq!(figures[1].count.qualifier, Qualifier::MoreThan);
//! assert_eq!(figures[1].count.min, Some(51));
//! assert_eq!(figures[1].trigger.as_str(), "وإصابة");
//! ```
//!
//! # What it recognizes
//!
//! - a verbal noun or verb before the count: مقتل 14 مدنيا, قُتل 18 شخصا,
//!   أصيب 35 آخرون, قتلت القوات أكثر من 160 فلسطينيا, لقي 7 أشخاص حتفهم;
//! - a plural or dual verb after it: 12 متشددا وخمسة مدنيين قتلوا, شخصين قتلا;
//! - a casualty noun after it: خمسة قتلى و11 جريحا, سقوط 10 جرحى, المصابين الـ12;
//! - duals and single victims: قتيلين (2), مقتل جندي (1), قتل شرطيين (2);
//! - killed and injured together (`killed_or_injured`): 55 بين قتيل وجريح,
//!   قتل وأصيب 55, مقتل وإصابة 60;
//! - several counts on one trigger and subsets: مقتل 18 من عناصر التنظيم و11 عراقيا,
//!   بينهم 7 مدنيين و3 شرطيين (each count its own figure, same category);
//! - tolls: ارتفع عدد القتلى إلى 20 (cumulative);
//! - vague amounts: عشرات القتلى (qualifier `vague`; see [`Qualifier::Vague`]).
//!
//! `آخرين / آخرون` ("others") keeps its own span as `victims` and points at the victim
//! noun of the figure before it in `antecedent`.
//!
//! # What it does not do
//!
//! Negated or absent casualties (لم يسفر عن إصابات, "caused no injuries"; دون وقوع
//! إصابات) give **no figure**: a report of zero is not a figure of 0. Counts of attacks,
//! rockets, targets, distances, ages and dates (52 عملية قصف, ٤٢ عاما) are not
//! casualties; neither are fighters moving (تسلل 300 عنصر) or people merely named
//! (أحد أعضاء). A bare plural (إصابة مدنيين, "civilians were injured") has no count.
//!
//! Lexicons are data files in `src/casualties/data/` (triggers by category and kind,
//! victim nouns, non-victim nouns, number words, qualifiers, flag markers).

mod count;
mod lexicon;
mod matcher;
mod scan;

use crate::span::Fragment;

/// What happened to the people a figure counts.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Category {
    /// Killed (قتل، مقتل، قتلى، لقي حتفه، استشهد).
    Killed,
    /// Injured (أصيب، إصابة، جرحى).
    Injured,
    /// Missing (مفقودين).
    Missing,
    /// Arrested or detained (اعتقال، توقيف، أسرى).
    Detained,
    /// Kidnapped or taken hostage (اختطاف، رهائن).
    Kidnapped,
    /// Displaced or refugees (نزوح، نازحين، لاجئين).
    Displaced,
    /// Evacuated (إجلاء).
    Evacuated,
    /// Killed and injured counted together (قتلى وجرحى، بين قتيل وجريح).
    KilledOrInjured,
}

impl Category {
    /// The name used in JSON: `killed`, `injured`, ..., `killed_or_injured`.
    pub fn as_str(&self) -> &'static str {
        match self {
            Category::Killed => "killed",
            Category::Injured => "injured",
            Category::Missing => "missing",
            Category::Detained => "detained",
            Category::Kidnapped => "kidnapped",
            Category::Displaced => "displaced",
            Category::Evacuated => "evacuated",
            Category::KilledOrInjured => "killed_or_injured",
        }
    }
}

/// How exactly a count is stated.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Qualifier {
    /// As stated: 14.
    Exact,
    /// نحو، حوالي، قرابة ("about").
    Approximate,
    /// ما لا يقل عن، على الأقل ("at least").
    AtLeast,
    /// أكثر من، ما يزيد على ("more than").
    MoreThan,
    /// حتى، ما يصل إلى ("up to").
    AtMost,
    /// أقل من ("fewer than").
    LessThan,
    /// بين 200 و300 ("between").
    Range,
    /// A word, not a number: عشرات ("tens"), مئات ("hundreds"), بضعة ("a few").
    /// `value` is the conventional floor monitors code (tens = 10, hundreds = 100,
    /// thousands = 1000, a few = 3), `min`/`max` the interval the plural implies
    /// (عشرات: 20..=99).
    Vague,
}

/// A count with the interval it implies.
///
/// Serializes as `{"value": 50, "min": 51, "max": null, "qualifier": "more_than"}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Count {
    /// The number stated (`أكثر من 50` -> 50).
    pub value: u64,
    /// Smallest value the statement allows, if any (`أكثر من 50` -> 51).
    pub min: Option<u64>,
    /// Largest value the statement allows, if any.
    pub max: Option<u64>,
    /// How the count is qualified.
    pub qualifier: Qualifier,
}

/// One casualty figure found in a text.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct CasualtyFigure<'a> {
    /// What happened to the people counted.
    pub category: Category,
    /// How many, and how exactly.
    pub count: Count,
    /// The victim noun phrase (مدنيا، جنود، عناصر التنظيم، آخرين), or `None` when the
    /// text names nobody (أصيب 31, "31 were injured").
    pub victims: Option<Fragment<'a>>,
    /// The word that says what happened (مقتل، أصيب، قتلى، قتلوا).
    pub trigger: Fragment<'a>,
    /// The whole figure, from its first to its last word.
    pub span: Fragment<'a>,
    /// A running or total toll: ارتفع عدد القتلى إلى 20, منذ بدء النزاع.
    pub cumulative: bool,
    /// A preliminary, unconfirmed or anonymously sourced figure: حصيلة أولية،
    /// مرشحة للارتفاع، بحسب مصادر.
    pub hedged: bool,
    /// For `آخرين / آخرون` ("others"): the victim noun of the figure before it.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub antecedent: Option<Fragment<'a>>,
}

/// Finds the casualty figures in `text`, in order of their counts.
///
/// ```
/// use arabic_news::casualties::{extract, Category};
///
/// // "five dead and 11 wounded"
/// let f = extract("وأسفر الانفجار عن خمسة قتلى و11 جريحاً");
/// assert_eq!(f.len(), 2);
/// assert_eq!((f[0].category, f[0].count.value), (Category::Killed, 5));
/// assert_eq!((f[1].category, f[1].count.value), (Category::Injured, 11));
///
/// // "the raid caused no casualties": nothing
/// assert!(extract("لم تسفر الغارة عن إصابات").is_empty());
/// ```
pub fn extract(text: &str) -> Vec<CasualtyFigure<'_>> {
    matcher::extract(text)
}
