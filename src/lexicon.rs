//! Reading the crate's word lists.
//!
//! Every lexicon is a plain data file compiled in with `include_str!`: one entry a
//! line (columns separated by tabs or spaces where a list needs them), blank lines
//! allowed, `#` starting a comment line. Each module parses its own columns; this is
//! the one place that knows the file convention.

/// The entries of a data file: each line trimmed, blank lines and `#` comment lines
/// skipped.
pub(crate) fn entries(data: &str) -> impl Iterator<Item = &str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

#[cfg(test)]
mod tests {
    #[test]
    fn skips_comments_and_blank_lines() {
        let data = "# a comment\n\n  قال \t\nأكد\n   # indented comment\n";
        assert_eq!(super::entries(data).collect::<Vec<_>>(), ["قال", "أكد"]);
    }
}
