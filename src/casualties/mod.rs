//! Casualty figures. (Stub; the module is issue #6.)

/// A casualty figure.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct CasualtyFigure<'a> {
    /// The text.
    pub text: &'a str,
}

/// Finds the casualty figures in `text`.
pub fn extract(text: &str) -> Vec<CasualtyFigure<'_>> {
    let _ = text;
    Vec::new()
}
