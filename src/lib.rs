//! Arabic news NLP primitives: normalization, tokenization, sentences, numbers,
//! casualty figures and quote attribution, with byte offsets into the original text.
//!
//! Built for engineers and researchers who process Arabic news at scale: newsrooms,
//! media monitors, conflict and humanitarian analysts, search teams.
//!
//! # Quick start
//!
//! ```
//! // "The minister said: «48 civilians were evacuated», adding that 3 people were injured."
//! let text = "وقال الوزير: «تم إجلاء 48 مدنيا»، مضيفا أن 3 أشخاص أصيبوا.";
//! let analysis = arabic_news::analyze(text);
//!
//! let quote = &analysis.quotes[0];
//! assert_eq!(quote.content.as_str(), "تم إجلاء 48 مدنيا");
//! assert_eq!(quote.speaker.as_ref().unwrap().name, "الوزير");
//!
//! use arabic_news::casualties::Category;
//! let figures: Vec<_> = analysis.casualties.iter().map(|f| f.category).collect();
//! assert_eq!(figures, [Category::Evacuated, Category::Injured]);
//!
//! // Every span is a byte range of the original text.
//! for n in &analysis.numbers {
//!     assert_eq!(&text[n.span()], n.as_str());
//! }
//! ```
//!
//! # Modules
//!
//! | module | what it does | entry points |
//! |---|---|---|
//! | [`normalize`](mod@normalize) | diacritics, tatweel, letter variants, presentation forms, digits, controls, spaces; search and display presets with an offset map; web boilerplate removal | [`normalize()`], [`Normalizer`], [`clean_article`] |
//! | [`tokenize`](mod@tokenize) | zero-copy typed tokens, clitic splitting, sentence splitting | [`tokenize()`], [`split_clitics`], [`sentences()`] |
//! | [`numbers`] | digits and number words to values, with kinds, qualifiers, ranges and units | [`numbers::extract`], [`numbers::parse`] |
//! | [`casualties`] | killed / injured / missing / detained / kidnapped / displaced / evacuated counts | [`casualties::extract`] |
//! | [`quotes`] | direct, indirect and mixed quotes with cue, speaker and channel | [`quotes::extract`] |
//!
//! `normalize` and `tokenize` depend on nothing in the crate but [`Span`] and the
//! private reader of lexicon files. `numbers`, `casualties` (which reuses the values,
//! counts and qualifiers of `numbers`) and `quotes` each run a private scanner tuned
//! to what they look for. Only [`analyze`] ties the modules together.
//!
//! # Contracts
//!
//! - Every span is a half-open range of **byte** offsets into the text the caller
//!   passed in, on `char` boundaries, even where a module normalized internally.
//! - No function panics on any `&str`, and time is linear in the input.
//! - Tokens borrow from the input; normalization returns `Cow` and allocates only
//!   when something changes. Processing text cannot fail: only builders could
//!   return errors.
//! - All public types are `Send + Sync`.
//!
//! # Crate features
//!
//! - `serde` (default): every result type implements `serde::Serialize`, in the JSON
//!   shape that the `analyze` example prints (spans as `{"start", "end", "text"}`).
//!
//! # Performance
//!
//! The README has the measured figures, each with the command that measured it
//! (criterion benches in the `bench/` crate, side by side with peers).

#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod casualties;
mod lexicon;
pub mod normalize;
pub mod numbers;
pub mod quotes;
mod span;
pub mod tokenize;

pub use crate::normalize::{
    clean_article, normalize, Boilerplate, CleanedArticle, Normalized, Normalizer,
    NormalizerBuilder, RemovedLine,
};
pub use crate::span::{Fragment, Span};
pub use crate::tokenize::{
    sentences, split_clitics, tokenize, Clitics, Sentences, Token, TokenKind, Tokens,
};

/// Everything [`analyze`] finds in one article.
///
/// With the `serde` feature it serializes to the JSON object of the `analyze`
/// example (without the `id`, which the caller adds).
#[derive(Clone, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Analysis<'a> {
    /// Sentence spans, in order.
    pub sentences: Vec<Fragment<'a>>,
    /// Quotes with their speakers, in order of their content.
    pub quotes: Vec<quotes::Quote<'a>>,
    /// Casualty figures, in order.
    pub casualties: Vec<casualties::CasualtyFigure<'a>>,
    /// Numbers, in order.
    pub numbers: Vec<numbers::NumberMention<'a>>,
}

/// Runs every extractor over one article: sentences, quotes, casualty figures,
/// numbers.
///
/// ```
/// // "Three people were killed in the shelling."
/// let a = arabic_news::analyze("قتل ثلاثة أشخاص في القصف.");
/// assert_eq!(a.sentences.len(), 1);
/// assert_eq!(a.casualties.len(), 1);
/// assert_eq!(a.numbers[0].as_str(), "ثلاثة");
/// ```
pub fn analyze(text: &str) -> Analysis<'_> {
    Analysis {
        sentences: sentences(text).collect(),
        quotes: quotes::extract(text),
        casualties: casualties::extract(text),
        numbers: numbers::extract(text),
    }
}

// Runs the Rust code blocks of the README as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
