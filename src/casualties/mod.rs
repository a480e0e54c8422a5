//! Casualty figures: who was killed, injured, detained or displaced, how many, how sure.
//!
//! [`extract`] finds the figures a report states, each with its [`Category`], its
//! [`Count`] (value, interval and [`Qualifier`]), the victim noun phrase, the trigger word,
//! the span of the whole figure, and two flags: `cumulative` for a running toll
//! (ارتفاع حصيلة القتلى إلى 20, "the death toll rose to 20") and `hedged` for a preliminary
//! or unconfirmed one (حصيلة أولية, "a preliminary toll"; بحسب مصادر, "according to sources").
//!
//! ```
//! use arabic_news::casualties::{self, Category, Qualifier, Value};
//!
//! // "... which led to the killing of 14 civilians and the injury of more than 50 others"
//! let text = "مما أدى إلى مقتل 14 مدنيا وإصابة أكثر من 50 آخرين";
//! let figures = casualties::extract(text);
//! assert_eq!(figures.len(), 2);
//! assert_eq!(figures[0].category, Category::Killed);
//! assert_eq!(figures[0].count.value, Value::Integer(14));
//! assert_eq!(figures[0].victims.unwrap().as_str(), "مدنيا");
//! assert_eq!(figures[1].category, Category::Injured);
//! assert_eq!(figures[1].count.qualifier, Qualifier::MoreThan);
//! assert_eq!(figures[1].count.min, Some(Value::Integer(51)));
//! assert_eq!(figures[1].trigger.as_str(), "وإصابة");
//! ```
//!
//! # What it recognizes
//!
//! - a verbal noun or verb before the count: مقتل 14 مدنيا, قُتل 18 شخصا,
//!   أصيب 35 آخرون, قتلت القوات أكثر من 160 فلسطينيا, لقي 7 أشخاص حتفهم;
//! - a plural or dual verb after it: 12 متشددا وخمسة مدنيين قتلوا, شخصين قتلا;
//! - a casualty noun after it: خمسة قتلى و11 جريحا, سقوط 10 جرحى, المصابين الـ12;
//! - duals and single victims: قتيلين (2), مقتل جندي (1), قتل شرطيين (2), also
//!   joined by و after a count: مقتل أربعة مدنيين وجندي (4 and 1);
//! - killed and injured together (`killed_or_injured`): 55 بين قتيل وجريح,
//!   قتل وأصيب 55, مقتل وإصابة 60;
//! - several counts on one trigger and subsets: مقتل 18 من عناصر التنظيم و11 عراقيا,
//!   بينهم 7 مدنيين و3 شرطيين (each count its own figure, same category);
//! - a dual or a bare count after a subset word: وأصيب 16 شخصا، بينهم شخصان (16 and
//!   2), بينهم ثلاثة في حالة خطرة (3);
//! - an active verb, a subject of one or two words, then a dual or counted object:
//!   قتل المسلح شخصين (2), قتل المهاجم ثلاثة أشخاص (3);
//! - a verb with an object pronoun after its count (19 شخصا اعتقلتهم الشرطة), a bare
//!   count that opens its clause (إن 7 على الأقل أصيبوا), a noun before its number word
//!   (مدنيين اثنين قتلا), and a count and victim that open the clause far before
//!   لقوا مصرعهم;
//! - a noun of status after a killed or injured count names the victims: وفاة 115
//!   مختطفا is 115 abductees killed; abductees held in prisons (5000 مختطف في سجون
//!   ...) are counted as `detained`;
//! - منهم "of them" after a count as its victims: أصيب 7 منهم;
//! - fractions of a scale word: نصف مليون (500000), ربع مليون (250000), مليون ونصف
//!   (المليون) (1500000); أكثر without من before a count still means "more than";
//! - tolls: ارتفع عدد القتلى إلى 20 (cumulative);
//! - vague amounts: عشرات القتلى "tens of dead" (qualifier `vague`, value 10, min 20,
//!   as in the `numbers` module).
//!
//! Counts are [`Count`]s of the [`numbers`](crate::numbers) module, with its conventions
//! for `min` and `max` (exact: both `null`; أكثر من 50: min 51; بين 200 و300: 200..=300).
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
//! A killing that is only planned, threatened, attempted or called for gives no figure:
//! a word of intent up to two words before the trigger (مشروع X لقتل مليون "a plan to
//! kill a million", هدد بقتل "threatened to kill", محاولة لاختطاف "an attempt to
//! kidnap", دعا إلى قتل "called for killing"); a prediction or possibility (ستؤدي
//! إلى نزوح 100 ألف "will displace 100,000", قد يؤدي إلى مقتل "may kill"); a purpose
//! with لـ and the bare verbal noun (سلاحا لقتل آلاف "a weapon to kill thousands"),
//! unless a verb of causing precedes it (أدى لقتل 6 "led to the killing of 6"). The
//! purpose reading also drops the rare purpose clause whose killing did happen.
//!
//! Refugees and displaced people who return (عاد 13 ألف لاجئ "13,000 refugees
//! returned", عودة 500 نازح) give no figure: a return ends a displacement, and the
//! categories have no "returned". A count of refugees who live somewhere (تستضيف
//! البلاد 3.5 مليون لاجئ "the country hosts 3.5 million refugees") is `displaced`, as
//! humanitarian agencies count refugees among the forcibly displaced; it is a stock,
//! not a new event, and is not marked `cumulative` unless the text says so.
//!
//! Jailing (حبس، بسجن 25 صحفيا) counts as `detained` only with its count or victim
//! right after it: سجن is as often "prison" or "a prison sentence" (خمس سنوات سجن).
//! No casualty figure reaches a billion; such a count is money or a forecast.
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

    /// Every category, in declaration order.
    pub const ALL: [Category; 8] = [
        Category::Killed,
        Category::Injured,
        Category::Missing,
        Category::Detained,
        Category::Kidnapped,
        Category::Displaced,
        Category::Evacuated,
        Category::KilledOrInjured,
    ];

    /// The category named `name` as in JSON (the inverse of [`Category::as_str`]).
    ///
    /// ```
    /// use arabic_news::casualties::Category;
    ///
    /// assert_eq!(Category::from_name("killed_or_injured"), Some(Category::KilledOrInjured));
    /// assert_eq!(Category::from_name("wounded"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.as_str() == name)
    }
}

pub use crate::numbers::{Count, Qualifier, Value};

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

/// Finds the casualty figures in `text`, ordered by where their spans start (a
/// figure nested inside a longer one, such as a dual inside a toll, comes after it).
///
/// ```
/// use arabic_news::casualties::{extract, Category, Value};
///
/// // "five dead and 11 wounded"
/// let f = extract("وأسفر الانفجار عن خمسة قتلى و11 جريحاً");
/// assert_eq!(f.len(), 2);
/// assert_eq!((f[0].category, f[0].count.value), (Category::Killed, Value::Integer(5)));
/// assert_eq!((f[1].category, f[1].count.value), (Category::Injured, Value::Integer(11)));
///
/// // "the raid caused no casualties": nothing
/// assert!(extract("لم تسفر الغارة عن إصابات").is_empty());
/// ```
pub fn extract(text: &str) -> Vec<CasualtyFigure<'_>> {
    let mut figures = matcher::extract(text);
    // Stable: figures that start together keep the order of their counts.
    figures.sort_by_key(|f| f.span.start());
    figures
}
