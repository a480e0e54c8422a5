//! Numbers. (Stub; the module is issue #5.)

/// A number found in running text.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct NumberMention<'a> {
    /// The text.
    pub text: &'a str,
}

/// Finds the numbers in `text`.
pub fn extract(text: &str) -> Vec<NumberMention<'_>> {
    let _ = text;
    Vec::new()
}
