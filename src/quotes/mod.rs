//! Quotes. (Stub; the module is issue #7.)

/// A quote.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Quote<'a> {
    /// The text.
    pub text: &'a str,
}

/// Finds the quotes in `text`.
pub fn extract(text: &str) -> Vec<Quote<'_>> {
    let _ = text;
    Vec::new()
}
