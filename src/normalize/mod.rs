//! Normalization of Arabic news text, with an offset map back to the original,
//! and article cleanup.
//!
//! News text arrives with diacritics on some words and not others, hamza
//! written or dropped (`إلى` / `الى`, "to"), Persian look-alike letters,
//! presentation-form "ligature" characters from PDF copy-paste, Arabic-Indic
//! digits beside ASCII ones, bidi marks and NBSPs. [`Normalizer`] folds these
//! so that text matches, searches and compares reliably, and every position of
//! the result maps back to the original bytes ([`Normalized::to_original`]).
//!
//! Two presets:
//!
//! - **search** ([`Normalizer::search`], used by [`normalize`]): removes
//!   diacritics and tatweel, folds alef variants (أ إ آ ٱ → ا), ى → ي, ة → ه,
//!   presentation forms and Persian/Urdu look-alikes to standard letters,
//!   Arabic-Indic digits and separators to ASCII, removes bidi and invisible
//!   controls and turns every Unicode space into U+0020. Hamza carriers ؤ ئ,
//!   Latin text, Arabic punctuation (، ؛ ؟) and quote marks stay as they are.
//! - **display** ([`Normalizer::display`]): only repairs the encoding
//!   (presentation forms, controls, spaces, combining hamza); every letter and
//!   mark a reader sees is kept.
//!
//! [`NormalizerBuilder`] switches each operation on or off. [`clean_article`]
//! splits an article into paragraphs and drops the boilerplate lines of news
//! web pages (share buttons, app promotion, "read also" links …).
//!
//! What it does not do: stemming, clitic splitting, spelling correction (it
//! does not restore a dropped hamza; it folds both spellings to the same form),
//! or Unicode NFC/NFKC beyond the Arabic cases listed.
//!
//! # Example
//!
//! ```
//! use arabic_news::normalize::{normalize, Normalizer};
//! use arabic_news::Span;
//!
//! // "The minister said: 'we are working to evacuate 48 civilians'", with
//! // harakat, a tatweel, an NBSP and Arabic-Indic digits.
//! let text = "قالَ الوزيـر:\u{A0}«نعمل على إجلاء ٤٨ مدنياً»";
//! assert_eq!(normalize(text), "قال الوزير: «نعمل علي اجلاء 48 مدنيا»");
//!
//! let n = Normalizer::search().normalize(text);
//! // "48" is at bytes 50..52 of the normalized text; in the original it is "٤٨".
//! let span = n.to_original(Span::new(50, 52));
//! assert_eq!(&text[span], "٤٨");
//!
//! // Nothing to change: borrowed, no allocation.
//! assert!(Normalizer::search().normalize("قال الوزير").is_borrowed());
//!
//! // The display preset keeps the harakat but repairs presentation forms.
//! assert_eq!(Normalizer::display().normalize("ﻗﺎﻝَ").as_str(), "قالَ");
//! ```
//!
//! # Performance
//!
//! A byte scan over a 256-entry table skips every char no enabled option can
//! change (all of ASCII and most Arabic letters) and copies unchanged runs
//! whole; the output is allocated at the first change only. See the README for
//! throughput against a char-by-char normalizer and charabia.

use std::borrow::Cow;
use std::sync::LazyLock;

mod chars;
mod clean;
mod normalizer;
mod offsets;
mod tables;

pub use self::clean::{clean_article, Boilerplate, CleanedArticle, RemovedLine};
pub use self::normalizer::{Normalizer, NormalizerBuilder};
pub use self::offsets::Normalized;

static SEARCH: LazyLock<Normalizer> = LazyLock::new(Normalizer::search);

/// The search preset, built once.
pub(crate) fn search_normalizer() -> &'static Normalizer {
    &SEARCH
}

/// Normalizes `text` with the search preset (see the [module docs](self)).
///
/// Borrows `text` when nothing changes.
///
/// ```
/// // "Idlib" and "the province", written with and without hamza and harakat.
/// assert_eq!(arabic_news::normalize("إدلِب"), arabic_news::normalize("ادلب"));
/// assert_eq!(arabic_news::normalize("المحافظة"), "المحافظه");
/// ```
pub fn normalize(text: &str) -> Cow<'_, str> {
    SEARCH.normalize_str(text)
}

#[cfg(test)]
mod tests;
