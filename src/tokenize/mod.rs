//! Tokenization, clitic splitting and sentence splitting for Arabic news.
//!
//! [`tokenize`] is a byte-level scanner: a borrowing iterator of `Copy`
//! [`Token`]s, each with its text, its byte [`Span`] in the input and a
//! [`TokenKind`]. It allocates nothing. White space and invisible format
//! controls between tokens are skipped; everything else is covered by exactly
//! one token, so the tokens and the skipped gaps rebuild the input.
//!
//! ```
//! use arabic_news::{tokenize, TokenKind};
//!
//! // "And he said to «Al-Arabiya»: 2.5 million, #Gaza_now"
//! let text = "وقال لـ«العربية»: 2.5 مليون، #غزة_الآن";
//! let tokens: Vec<(&str, TokenKind)> =
//!     tokenize(text).map(|t| (t.as_str(), t.kind())).collect();
//! assert_eq!(
//!     tokens,
//!     [
//!         ("وقال", TokenKind::ArabicWord),
//!         ("لـ", TokenKind::ArabicWord),
//!         ("«", TokenKind::Punctuation),
//!         ("العربية", TokenKind::ArabicWord),
//!         ("»", TokenKind::Punctuation),
//!         (":", TokenKind::Punctuation),
//!         ("2.5", TokenKind::Number),
//!         ("مليون", TokenKind::ArabicWord),
//!         ("،", TokenKind::Punctuation),
//!         ("#غزة_الآن", TokenKind::Hashtag),
//!     ]
//! );
//! ```
//!
//! What it does not do: it does not normalize (see [`normalize`](mod@crate::normalize)),
//! and it does not split clitics off words by itself; [`split_clitics`] does that
//! for one word, conservatively. [`sentences`] splits a text into trimmed
//! sentence spans.
//!
//! # Rules
//!
//! - An Arabic word is a run of Arabic-script letters with their diacritics,
//!   tatweel, and ZWNJ/ZWJ or bidi controls *inside* it. A bidi control or joiner
//!   at the edge of a word stays outside it, so it neither glues nor splits words.
//! - A word changes token where the script changes (`الـBBC` → `الـ` `BBC`) and
//!   where Arabic letters meet digits (`لـ52` → `لـ` `52`, `و3` → `و` `3`).
//! - A number keeps its separators `.` `,` `٫` `٬` `،` between digits (`1,000`,
//!   `٣٫٥`, `١٢٬٥٠٠`, `22160،4`); a separator not followed by a digit is
//!   punctuation.
//! - Each punctuation character is its own token (`«`, `»`, `،`, `؟`, `...` is
//!   three tokens).
//! - URLs (`https://…`, `www.…`, `name.com/path`), e-mail addresses, hashtags
//!   (`#غزة_الآن`), mentions (`@user`) and emoji sequences (flags, skin tones,
//!   ZWJ families, keycaps) are single tokens.
//!
//! # Performance
//!
//! ASCII and the Arabic block U+0600–U+06FF are read straight from the bytes
//! through two lookup tables; other characters go through a general
//! classifier. A property test checks that the fast path and the general path
//! give the same tokens. On the bench corpus the scanner runs faster than
//! `str::split_whitespace` (see the README for the figures).

mod class;
mod clitics;
mod scan;
mod sentences;

use core::fmt;
use core::iter::FusedIterator;

use crate::span::Span;

pub use self::clitics::{split_clitics, Clitics, Proclitics};
pub use self::sentences::{sentences, Sentences};

/// What a token is.
///
/// The enum is `#[non_exhaustive]`: later versions may add kinds.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum TokenKind {
    /// A word in Arabic script, with any diacritics and tatweel: `وقال`
    /// ("and he said"), `الـ` (the article written with tatweel), `سوريّة`.
    ArabicWord,
    /// A word in Latin or any other non-Arabic script, possibly with digits
    /// after the first letter or an inner apostrophe: `Reuters`, `COVID19`,
    /// `O'Brien`, `5G`.
    Word,
    /// A number written in digits (ASCII, Arabic-Indic or Extended
    /// Arabic-Indic) with its separators: `48`, `1,000`, `3.5`, `٣٫٥`, `١٢٬٥٠٠`;
    /// also other numeric characters such as `½`.
    Number,
    /// One punctuation character: `.` `،` `؛` `؟` `«` `»` `(` `-` `…` `%` `٪`.
    Punctuation,
    /// One symbol character: `$` `+` `=` `<` `|`, currency signs `€` `﷼`,
    /// math signs, arrows, `©`; or a run of tatweel or of combining marks
    /// attached to nothing (`ـــــ`).
    Symbol,
    /// A URL: `https://www.aljazeera.net/news`, `www.bbc.com`, `sana.sy/?p=1`.
    Url,
    /// An e-mail address: `info@example.com`.
    Email,
    /// A hashtag: `#غزة_الآن` ("#Gaza_now"), `#Syria`.
    Hashtag,
    /// A mention: `@UN`, `@AlArabiya_Brk`.
    Mention,
    /// An emoji sequence, kept whole: `😀`, `👍🏽`, `🇸🇾`, `👨‍👩‍👧`, `1️⃣`.
    Emoji,
}

impl TokenKind {
    /// True for [`ArabicWord`](TokenKind::ArabicWord) and [`Word`](TokenKind::Word).
    #[inline]
    pub fn is_word(self) -> bool {
        matches!(self, TokenKind::ArabicWord | TokenKind::Word)
    }
}

/// A token borrowed from the input: its text, byte offset and kind.
///
/// `Copy` and 32 bytes on 64-bit targets.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Token<'a> {
    text: &'a str,
    start: usize,
    kind: TokenKind,
}

impl<'a> Token<'a> {
    /// A token of `kind` covering `span` of `haystack`.
    ///
    /// # Panics
    ///
    /// If `span` is out of bounds or not on char boundaries of `haystack`.
    #[inline]
    pub fn new(haystack: &'a str, span: Span, kind: TokenKind) -> Token<'a> {
        Token {
            text: &haystack[span],
            start: span.start,
            kind,
        }
    }

    /// The token's text, borrowed from the input.
    #[inline]
    pub fn as_str(&self) -> &'a str {
        self.text
    }

    /// The byte span in the input.
    #[inline]
    pub fn span(&self) -> Span {
        Span::new(self.start, self.start + self.text.len())
    }

    /// Byte offset of the first byte in the input.
    #[inline]
    pub fn start(&self) -> usize {
        self.start
    }

    /// Byte offset one past the last byte in the input.
    #[inline]
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }

    /// The token's kind.
    #[inline]
    pub fn kind(&self) -> TokenKind {
        self.kind
    }

    /// The token split into proclitics and stem by [`split_clitics`], with
    /// spans into the same input as the token.
    ///
    /// ```
    /// use arabic_news::tokenize;
    ///
    /// let text = "قال وبالتالي"; // "he said: and consequently"
    /// let word = tokenize(text).nth(1).unwrap();
    /// let parts = word.clitics();
    /// assert_eq!(parts.proclitics().collect::<Vec<_>>(), ["و", "ب", "ال"]);
    /// assert_eq!(parts.stem(), "تالي");
    /// assert_eq!(&text[parts.stem_span()], "تالي");
    /// ```
    #[inline]
    pub fn clitics(&self) -> Clitics<'a> {
        if self.kind == TokenKind::ArabicWord {
            clitics::split_at(self.text, self.start)
        } else {
            Clitics::unsplit(self.text, self.start)
        }
    }
}

impl fmt::Debug for Token<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:?}@{}..{} {:?}",
            self.text,
            self.start,
            self.end(),
            self.kind
        )
    }
}

impl fmt::Display for Token<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Token<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Token", 4)?;
        st.serialize_field("start", &self.start)?;
        st.serialize_field("end", &self.end())?;
        st.serialize_field("text", self.text)?;
        st.serialize_field("kind", &self.kind)?;
        st.end()
    }
}

/// Iterator over the tokens of a text; see [`tokenize`].
#[derive(Clone, Debug)]
pub struct Tokens<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Tokens<'a> {
    /// The text not yet tokenized.
    ///
    /// ```
    /// let mut tokens = arabic_news::tokenize("مقتل 14 مدنيا"); // "14 civilians killed"
    /// tokens.next();
    /// assert_eq!(tokens.as_str(), " 14 مدنيا");
    /// ```
    #[inline]
    pub fn as_str(&self) -> &'a str {
        &self.text[self.pos..]
    }

    /// Byte offset in the input where the next token is looked for.
    #[inline]
    pub fn offset(&self) -> usize {
        self.pos
    }
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    #[inline(always)]
    fn next(&mut self) -> Option<Token<'a>> {
        let (start, end, kind) = scan::next_token_fast(self.text, &mut self.pos)?;
        Some(Token {
            text: &self.text[start..end],
            start,
            kind,
        })
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, Some(self.text.len() - self.pos))
    }
}

impl FusedIterator for Tokens<'_> {}

/// Splits `text` into tokens; see the [module docs](self) for the rules.
///
/// ```
/// use arabic_news::{tokenize, Span, TokenKind};
///
/// let text = "بلغ عدد القتلى ١٢٬٥٠٠."; // "the death toll reached 12,500."
/// let last_two: Vec<_> = tokenize(text).skip(3).collect();
/// assert_eq!(last_two[0].as_str(), "١٢٬٥٠٠");
/// assert_eq!(last_two[0].kind(), TokenKind::Number);
/// assert_eq!(last_two[1].as_str(), ".");
/// assert_eq!(last_two[1].kind(), TokenKind::Punctuation);
/// assert_eq!(&text[last_two[0].span()], "١٢٬٥٠٠");
/// ```
#[inline]
pub fn tokenize(text: &str) -> Tokens<'_> {
    Tokens { text, pos: 0 }
}

/// The general path's twin of [`Tokens`], for the property tests.
#[cfg(test)]
pub(crate) fn tokenize_general(text: &str) -> impl Iterator<Item = Token<'_>> {
    let mut pos = 0;
    core::iter::from_fn(move || {
        let (start, end, kind) = scan::next_token::<false>(text, &mut pos)?;
        Some(Token {
            text: &text[start..end],
            start,
            kind,
        })
    })
}

#[cfg(test)]
mod tests;
