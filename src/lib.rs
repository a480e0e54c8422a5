//! Arabic news NLP primitives: normalization, tokenization, sentences, numbers,
//! casualty figures and quote attribution, with byte offsets into the original text.
//!
//! # Quick start
//!
//! ```
//! let text = "وقال الوزير: «نعمل على إجلاء 48 مدنيا».";
//! let analysis = arabic_news::analyze(text);
//! for sentence in &analysis.sentences {
//!     assert_eq!(&text[sentence.span()], sentence.as_str());
//! }
//! ```
//!
//! # Contracts
//!
//! - Every span is a half-open range of **byte** offsets into the text the caller
//!   passed in, on `char` boundaries, even where a module normalized internally.
//! - No function panics on any `&str`, and time is linear in the input.
//! - Tokens borrow from the input; normalization returns `Cow` and allocates only
//!   when something changes.
//!
//! # Crate features
//!
//! - `serde` (default): every result type implements `serde::Serialize`, in the JSON
//!   shape documented in `examples/analyze.rs`.

#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod casualties;
pub mod normalize;
pub mod numbers;
pub mod quotes;
mod span;
pub mod tokenize;

pub use crate::normalize::normalize;
pub use crate::span::{Fragment, Span};
pub use crate::tokenize::{sentences, tokenize, Sentences, Token, TokenKind, Tokens};

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

/// Runs every extractor over one article.
///
/// ```
/// let a = arabic_news::analyze("قال الوزير إن 3 أشخاص قتلوا.");
/// assert!(!a.sentences.is_empty());
/// ```
pub fn analyze(text: &str) -> Analysis<'_> {
    Analysis {
        sentences: sentences(text).collect(),
        quotes: quotes::extract(text),
        casualties: casualties::extract(text),
        numbers: numbers::extract(text),
    }
}
