//! Byte spans into the caller's original text.
//!
//! Every public function of this crate reports positions as a [`Span`]: a
//! half-open range of **byte** offsets into the `&str` the caller passed in,
//! always on `char` boundaries. Results that carry their text use
//! [`Fragment`], which pairs a span with the borrowed slice it covers.

use core::fmt;
use core::ops::{Index, Range};

/// A half-open range `start..end` of byte offsets into a text.
///
/// ```
/// use arabic_news::Span;
///
/// let text = "قال الوزير";
/// let span = Span::new(0, 6);
/// assert_eq!(&text[span], "قال");
/// assert_eq!(span.len(), 6);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// Creates a span. `start` must not exceed `end`; if it does, the two are swapped
    /// so that a span is never inverted.
    #[inline]
    pub const fn new(start: usize, end: usize) -> Span {
        if start <= end {
            Span { start, end }
        } else {
            Span {
                start: end,
                end: start,
            }
        }
    }

    /// Length in bytes.
    #[inline]
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no bytes.
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The span as a `Range<usize>`, for slicing.
    #[inline]
    pub const fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// True when `other` lies entirely inside `self`.
    #[inline]
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The smallest span covering both `self` and `other`.
    #[inline]
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// The span moved `by` bytes to the right.
    #[inline]
    pub const fn offset(&self, by: usize) -> Span {
        Span {
            start: self.start + by,
            end: self.end + by,
        }
    }
}

impl From<Range<usize>> for Span {
    #[inline]
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

impl From<Span> for Range<usize> {
    #[inline]
    fn from(s: Span) -> Range<usize> {
        s.start..s.end
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl Index<Span> for str {
    type Output = str;

    /// Slices the text. Panics, like any `str` slicing, if the span is out of
    /// bounds or not on char boundaries; spans produced by this crate for the
    /// same text never are.
    #[inline]
    fn index(&self, span: Span) -> &str {
        &self[span.start..span.end]
    }
}

/// A span together with the text it covers, borrowed from the original input.
///
/// Serializes (with the `serde` feature) as `{"start": 3, "end": 9, "text": "..."}`.
///
/// ```
/// use arabic_news::{Fragment, Span};
///
/// let text = "مقتل 14 مدنيا";
/// let start = text.find("14").unwrap();
/// let f = Fragment::new(text, Span::new(start, start + 2));
/// assert_eq!(f.as_str(), "14");
/// assert_eq!(f.start(), "مقتل ".len());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Fragment<'a> {
    span: Span,
    text: &'a str,
}

impl<'a> Fragment<'a> {
    /// The fragment of `haystack` covered by `span`.
    ///
    /// # Panics
    ///
    /// If `span` is out of bounds or not on char boundaries of `haystack`.
    #[inline]
    pub fn new(haystack: &'a str, span: Span) -> Fragment<'a> {
        Fragment {
            span,
            text: &haystack[span],
        }
    }

    /// Builds a fragment from a slice already taken and the span it came from.
    /// Callers guarantee `text.len() == span.len()`.
    #[inline]
    #[allow(dead_code)]
    pub(crate) fn from_parts(text: &'a str, span: Span) -> Fragment<'a> {
        debug_assert_eq!(text.len(), span.len());
        Fragment { span, text }
    }

    /// The covered text.
    #[inline]
    pub fn as_str(&self) -> &'a str {
        self.text
    }

    /// The byte span in the original text.
    #[inline]
    pub fn span(&self) -> Span {
        self.span
    }

    /// Byte offset of the start.
    #[inline]
    pub fn start(&self) -> usize {
        self.span.start
    }

    /// Byte offset of the end.
    #[inline]
    pub fn end(&self) -> usize {
        self.span.end
    }
}

impl fmt::Display for Fragment<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Fragment<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Fragment", 3)?;
        st.serialize_field("start", &self.span.start)?;
        st.serialize_field("end", &self.span.end)?;
        st.serialize_field("text", self.text)?;
        st.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_never_inverts() {
        assert_eq!(Span::new(5, 2), Span::new(2, 5));
    }

    #[test]
    fn cover_and_contains() {
        let a = Span::new(2, 4);
        let b = Span::new(6, 9);
        let c = a.cover(b);
        assert_eq!(c, Span::new(2, 9));
        assert!(c.contains(a) && c.contains(b));
        assert!(!a.contains(b));
    }

    #[test]
    fn fragment_slices_original() {
        let text = "وقال: «نعم»";
        let f = Fragment::new(text, Span::new(0, "وقال".len()));
        assert_eq!(f.as_str(), "وقال");
        assert_eq!(&text[f.span()], f.as_str());
    }
}
