//! [`Normalized`] text and its offset map back to the original.

use std::borrow::Cow;
use std::fmt;
use std::ops::Deref;

use crate::Span;

/// Receives the edits of a normalization run.
pub(crate) trait Record {
    /// Original bytes `orig_start..orig_end` became normalized bytes
    /// `norm_start..norm_end`.
    fn edit(&mut self, orig_start: usize, orig_end: usize, norm_start: usize, norm_end: usize);
}

/// Records nothing (for [`Normalizer::normalize_str`](super::Normalizer::normalize_str)).
pub(crate) struct NoMap;

impl Record for NoMap {
    #[inline(always)]
    fn edit(&mut self, _: usize, _: usize, _: usize, _: usize) {}
}

/// One place where the normalized text differs in length or in char structure
/// from the original. Between edits the two texts are byte-identical.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Edit {
    pub orig_start: usize,
    pub orig_end: usize,
    pub norm_start: usize,
    pub norm_end: usize,
}

/// The edits of one run, in order. Same-length one-char-for-one-char
/// substitutions (أ → ا, ة → ه) are not recorded: offsets go through them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct OffsetMap {
    pub edits: Vec<Edit>,
}

impl Record for OffsetMap {
    #[inline]
    fn edit(&mut self, orig_start: usize, orig_end: usize, norm_start: usize, norm_end: usize) {
        // A deletion right after another edit joins it: deleted chars belong
        // to the char before them (a haraka to its letter, a tatweel to the
        // letter it stretches).
        if norm_start == norm_end {
            if let Some(last) = self.edits.last_mut() {
                if last.orig_end == orig_start && last.norm_end == norm_start {
                    last.orig_end = orig_end;
                    return;
                }
            }
        }
        self.edits.push(Edit {
            orig_start,
            orig_end,
            norm_start,
            norm_end,
        });
    }
}

impl OffsetMap {
    /// The original offset of the normalized offset `x` (a char boundary).
    /// Inside the output of an edit, `round_up` chooses the end of the
    /// edit's original bytes, else the start.
    fn locate(&self, x: usize, round_up: bool) -> usize {
        let i = self.edits.partition_point(|e| e.norm_end <= x);
        if let Some(e) = self.edits.get(i) {
            if e.norm_start < x {
                return if round_up { e.orig_end } else { e.orig_start };
            }
        }
        match i.checked_sub(1).and_then(|i| self.edits.get(i)) {
            Some(e) => e.orig_end + (x - e.norm_end),
            None => x,
        }
    }
}

/// Normalized text together with the map back to the original.
///
/// The text is borrowed from the input when nothing changed. Any span of the
/// normalized text maps back with [`to_original`](Normalized::to_original).
///
/// ```
/// use arabic_news::normalize::Normalizer;
/// use arabic_news::Span;
///
/// let text = "ﻻ تزال";                 // "still" (with a lam-alef ligature)
/// let n = Normalizer::search().normalize(text);
/// assert_eq!(n.as_str(), "لا تزال");
/// assert_eq!(n.to_original(Span::new(0, 4)), Span::new(0, 3)); // لا <- ﻻ
/// assert_eq!(n.to_original(Span::new(0, 2)), Span::new(0, 3)); // ل  <- ﻻ
/// assert_eq!(&text[n.to_original(Span::new(5, 13))], "تزال");
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct Normalized<'a> {
    text: Cow<'a, str>,
    map: OffsetMap,
}

impl<'a> Normalized<'a> {
    pub(crate) fn new(text: Cow<'a, str>, map: OffsetMap) -> Normalized<'a> {
        Normalized { text, map }
    }

    /// The normalized text.
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// True when nothing changed: the text is the input, borrowed.
    #[inline]
    pub fn is_borrowed(&self) -> bool {
        matches!(self.text, Cow::Borrowed(_))
    }

    /// The normalized text, dropping the offset map.
    #[inline]
    pub fn into_cow(self) -> Cow<'a, str> {
        self.text
    }

    /// Maps a span of the normalized text to the span of the original text it
    /// came from.
    ///
    /// - Monotone: a span that starts (ends) later maps to a span that starts
    ///   (ends) no earlier.
    /// - On char boundaries of the original.
    /// - Characters that were removed belong to the character before them
    ///   (a haraka to its letter, an RLM to the word it follows); those at the
    ///   very start of the text belong to the first character.
    /// - A span that cuts into the expansion of one original char (one letter
    ///   of `لا` from `ﻻ`, a part of `الله` from `ﷲ`) widens to that whole char.
    /// - A span past the end is clamped, and a span off char boundaries is
    ///   widened to them, so this never panics.
    pub fn to_original(&self, span: Span) -> Span {
        let text = self.as_str();
        let mut start = span.start.min(text.len());
        while !text.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = span.end.clamp(start, text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        let orig_start = if start == 0 {
            0
        } else {
            self.map.locate(start, false)
        };
        Span::new(orig_start, self.map.locate(end, true))
    }

    /// The number of recorded edits (places where the lengths differ); zero
    /// when the text is borrowed.
    pub fn edit_count(&self) -> usize {
        self.map.edits.len()
    }

    #[cfg(test)]
    pub(crate) fn map(&self) -> &OffsetMap {
        &self.map
    }
}

impl Deref for Normalized<'_> {
    type Target = str;

    #[inline]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Normalized<'_> {
    #[inline]
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Display for Normalized<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for Normalized<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Normalized")
            .field("text", &self.as_str())
            .field("borrowed", &self.is_borrowed())
            .field("edits", &self.map.edits.len())
            .finish()
    }
}
