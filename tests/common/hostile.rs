//! The adversarial inputs, shared by `tests/adversarial.rs` and the `adversarial`
//! bench group (`bench/benches/analyze.rs` includes this file with `#[path]`).
//!
//! Each is one short unit repeated up to a size: what a broken scraper, a spam page
//! or a malicious page could hand the library. None may panic, break a span, or
//! cost more per megabyte than real news (time is measured in the bench, behaviour
//! in the test).

/// `(name, unit)`: the input is `unit` repeated (see [`repeat_to`]).
pub const HOSTILE: &[(&str, &str)] = &[
    // The seven inputs of issue 8.
    ("guillemets", "«"),
    // "and he said: «", never closed
    ("said_colon_guillemet", "وقال: «"),
    ("one_digit", "7"),
    // fatha, shadda, damma, kasra, sukun, tanween: marks with no base letter
    (
        "diacritics",
        "\u{064E}\u{0651}\u{064F}\u{0650}\u{0652}\u{064B}\u{064C}\u{064D}",
    ),
    // RLE, RLM, RLI, RLO, LRM, PDI, PDF, ALM
    (
        "bidi_controls",
        "\u{202B}\u{200F}\u{2067}\u{202E}\u{200E}\u{2069}\u{202C}\u{061C}",
    ),
    // "killing and injury of more than", with no number ever coming
    ("killed_injured_more_than", "مقتل وإصابة أكثر من "),
    // "three and twenty and hundred and thousand and": one endless compound number
    ("number_words_and", "ثلاثة وعشرين ومئة وألف و"),
    // More of the same spirit.
    ("straight_quotes", "\""),
    ("nested_open_quotes", "قال: «أكد أن «"),
    ("closing_guillemets", "»"),
    ("full_stops", "."),
    ("newlines", "\n"),
    // one word with no space: a megabyte of beh
    ("one_long_word", "ب"),
    ("tatweel", "\u{0640}"),
    // digits with separators: 1,1,1,... and 1.1.1...
    ("digit_comma", "1,"),
    ("digit_dot", "١٫"),
    // "and he said that" with no end
    ("said_that", "وقال إن "),
    ("presentation_forms", "ﻗﺎﻝ ﻣﺼﺪﺭ "),
    ("emoji_zwj", "👨\u{200D}👩\u{200D}👧"),
    ("keycaps", "1\u{FE0F}\u{20E3}"),
    ("nbsp_lines", "\u{00A0}\n"),
];

/// `unit` repeated until the text is at least `bytes` long.
pub fn repeat_to(unit: &str, bytes: usize) -> String {
    let n = bytes.div_ceil(unit.len().max(1));
    unit.repeat(n)
}
