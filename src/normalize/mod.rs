//! Normalization. (First version; the full module is issue #3.)

use std::borrow::Cow;

/// Normalizes `text` with the search preset.
pub fn normalize(text: &str) -> Cow<'_, str> {
    Cow::Borrowed(text)
}
