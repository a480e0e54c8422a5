//! Cross-module property tests on the public entry points, over hostile mixed text.
//!
//! The generator draws from everything scraped Arabic news throws at a library:
//! Arabic letters and marks, tatweel, digits of many scripts, Arabic and Latin
//! separators, every kind of quote mark, bidi and invisible controls, presentation
//! forms, emoji sequences, Latin, all the newline characters, and real cue words,
//! casualty triggers and number words so that the extractors' rules actually fire.
//!
//! The invariants are the crate's contracts (DESIGN.md): no panic; every span on
//! char boundaries with `&input[span] == text`; spans ordered where the API promises
//! order; results deterministic. Result types are checked through their JSON form
//! (the `serde` feature is on by default), so every `{"start", "end", "text"}`
//! object anywhere in a result is checked, whatever module produced it.
//!
//! Module-level proptests live beside each module; this file checks what holds
//! across modules and at the level of `analyze`.

mod common;

use common::invariants::{
    check_analyze, check_clean, check_normalize, check_sentences, check_tokens,
};
use proptest::prelude::*;

// ---------------------------------------------------------------------------
// The hostile text generator.

/// Arabic letters, hamza forms, alef maksura, teh marbuta; plus Persian/Urdu letters.
fn arabic_letter() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => proptest::char::range('\u{0621}', '\u{063A}'),
        8 => proptest::char::range('\u{0641}', '\u{064A}'),
        1 => prop::sample::select(vec!['\u{0671}', '\u{067E}', '\u{0686}', '\u{06A9}', '\u{06AF}', '\u{06CC}', '\u{06C1}', '\u{06D2}']),
    ]
    .prop_map(String::from)
}

/// Harakat, shadda, sukun, dagger alef, Quranic annotation marks, a Latin combining mark.
fn mark() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => proptest::char::range('\u{064B}', '\u{0652}'),
        1 => Just('\u{0670}'),
        1 => proptest::char::range('\u{06D6}', '\u{06ED}'),
        1 => proptest::char::range('\u{0610}', '\u{061A}'),
        1 => Just('\u{0301}'),
    ]
    .prop_map(String::from)
}

/// Digits of many scripts (ASCII, Arabic-Indic, Eastern Arabic-Indic, Devanagari,
/// Bengali, fullwidth, mathematical bold, N'Ko) and superscripts/fractions.
fn digit() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => proptest::char::range('0', '9'),
        4 => proptest::char::range('\u{0660}', '\u{0669}'),
        3 => proptest::char::range('\u{06F0}', '\u{06F9}'),
        1 => proptest::char::range('\u{0966}', '\u{096F}'),
        1 => proptest::char::range('\u{09E6}', '\u{09EF}'),
        1 => proptest::char::range('\u{FF10}', '\u{FF19}'),
        1 => proptest::char::range('\u{1D7CE}', '\u{1D7D7}'),
        1 => proptest::char::range('\u{07C0}', '\u{07C9}'),
        1 => prop::sample::select(vec!['²', '³', '¹', '½', '¼', '⅓', '\u{2070}', '\u{2080}']),
    ]
    .prop_map(String::from)
}

/// A run of digits, sometimes very long.
fn digits() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => prop::collection::vec(digit(), 1..6).prop_map(|v| v.concat()),
        1 => prop::collection::vec(proptest::char::range('0', '9'), 20..400)
            .prop_map(|v| v.into_iter().collect()),
    ]
}

/// Separators: spaces of every width, Arabic and Latin punctuation, number marks.
fn separator() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        " ", " ", " ", " ", "\t", "\u{00A0}", "\u{2009}", "\u{202F}", "\u{3000}", "،", "؛", "؟",
        ".", ",", ":", ";", "!", "?", "-", "–", "—", "/", "%", "٪", "\u{066B}", "\u{066C}", "(",
        ")", "[", "]", "…", "...", "*", "#", "@", "&", "+", "=", "_", "\\", "٫", "٬", "۔", "‰",
        "$", "€", "£",
    ])
    .prop_map(String::from)
}

/// Quote marks of every style, balanced or not.
fn quote_mark() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "«", "»", "“", "”", "„", "‟", "‘", "’", "\"", "'", "‹", "›", "「", "」", "«", "»", "\"",
        "``", "''", "<<", ">>",
    ])
    .prop_map(String::from)
}

/// Bidi controls, zero-width characters, BOM, soft hyphen, tatweel, other invisibles.
fn invisible() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        '\u{200B}', '\u{200C}', '\u{200D}', '\u{200E}', '\u{200F}', '\u{061C}', '\u{202A}',
        '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}', '\u{2068}',
        '\u{2069}', '\u{FEFF}', '\u{00AD}', '\u{0640}', '\u{0640}', '\u{2060}', '\u{FE0F}',
        '\u{034F}', '\u{0000}', '\u{0007}', '\u{007F}', '\u{0085}', '\u{FFFD}',
    ])
    .prop_map(String::from)
}

/// Arabic presentation forms A and B (contextual shapes and ligatures such as ﻻ and ﷺ).
fn presentation_form() -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::char::range('\u{FB50}', '\u{FDFF}'),
        proptest::char::range('\u{FE70}', '\u{FEFC}'),
    ]
    .prop_map(String::from)
}

/// Emoji, including ZWJ sequences, skin tones, flags and keycaps (a digit, FE0F, 20E3).
fn emoji() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "😀",
        "👍🏽",
        "👨\u{200D}👩\u{200D}👧",
        "🇸🇾",
        "🇵🇸",
        "1\u{FE0F}\u{20E3}",
        "#\u{FE0F}\u{20E3}",
        "❤️",
        "🏳️‍🌈",
        "\u{1F3FB}",
        "\u{200D}",
    ])
    .prop_map(String::from)
}

/// Latin words, accented letters, URLs and e-mail addresses.
fn latin() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => "[a-zA-Z]{1,8}",
        1 => prop::sample::select(vec!["é", "ñ", "ß", "İ", "ﬁ", "Ǆ", "e\u{0301}"]).prop_map(String::from),
        1 => prop::sample::select(vec![
            "https://example.com/a?b=1",
            "www.example.org",
            "user@example.com",
            "#hashtag",
            "@someone",
            "CNN",
            "AFP",
        ])
        .prop_map(String::from),
    ]
}

/// Newlines of every kind.
fn newline() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "\n", "\n", "\n\n", "\r\n", "\r", "\u{2028}", "\u{2029}", "\u{000B}", "\u{000C}",
    ])
    .prop_map(String::from)
}

/// Real words that make the extractors' rules fire: cue verbs, reported-speech
/// particles, casualty triggers, victims, qualifiers, number words, prefixes.
fn news_word() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        // cue verbs and particles (said, added, stressed, confirmed, that)
        "قال",
        "وقال",
        "وأضاف",
        "أكد",
        "وأكد",
        "أوضح",
        "مضيفا",
        "قالت",
        "صرح",
        "إن",
        "أن",
        "بأن",
        "أنه",
        "إنه",
        "عن",
        "نقلت",
        "الوكالة",
        "المتحدث",
        "باسم",
        "الوزير",
        "وزير",
        "الخارجية",
        "مصدر",
        "أمني",
        // casualty triggers and victims (killing, injury, killed, wounded, civilians)
        "مقتل",
        "وإصابة",
        "إصابة",
        "قتل",
        "قتلى",
        "قتيلا",
        "جريحا",
        "جرحى",
        "أصيب",
        "اعتقال",
        "نزوح",
        "مفقودين",
        "مدنيا",
        "مدنيين",
        "شخصا",
        "أشخاص",
        "آخرين",
        "طفلا",
        "عنصرا",
        "لقي",
        "حتفهم",
        // qualifiers (more than, about, at least, less than, up to)
        "أكثر من",
        "نحو",
        "حوالي",
        "قرابة",
        "على الأقل",
        "أقل من",
        "ما لا يقل عن",
        "زهاء",
        "عشرات",
        "مئات",
        "آلاف",
        // number words (one, two, three, ten, twenty, hundred, thousand, million, and)
        "واحد",
        "اثنان",
        "اثنين",
        "ثلاثة",
        "ثلاث",
        "خمسة",
        "عشرة",
        "عشرين",
        "عشرون",
        "مئة",
        "مائة",
        "ثلاثمئة",
        "ألف",
        "آلاف",
        "مليون",
        "مليار",
        "و",
        "نصف",
        "ربع",
        "بالمئة",
        "في المئة",
        "الأول",
        "الثالث",
        "خمسة عشر",
        "أحد عشر",
        // prefixes with tatweel before a quote mark, digits or Latin
        "لـ",
        "بـ",
        "الـ",
        "و ",
    ])
    .prop_map(String::from)
}

/// One piece of hostile text.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        12 => arabic_letter(),
        6 => news_word(),
        4 => mark(),
        4 => digits(),
        8 => separator(),
        4 => quote_mark(),
        3 => invisible(),
        2 => presentation_form(),
        1 => emoji(),
        3 => latin(),
        3 => newline(),
    ]
}

/// Hostile mixed text: up to `max` pieces.
fn hostile_text(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..max).prop_map(|v| v.concat())
}

/// Hostile text, arbitrary Unicode, or a sentence-like template with a quote
/// and a casualty figure whose parts are hostile.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => hostile_text(80),
        2 => any::<String>(),
        2 => (hostile_text(10), digits(), hostile_text(10), quote_mark(), hostile_text(20), quote_mark())
            .prop_map(|(a, n, b, q1, c, q2)| {
                format!("وقال {a}: {q1}{c}{q2}. مقتل وإصابة أكثر من {n} {b} مدنيا.")
            }),
    ]
}

fn config() -> ProptestConfig {
    ProptestConfig {
        // PROPTEST_CASES raises it for a long hunt; cargo test stays fast.
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(128),
        // Shrinking hostile text can take long; the failure message already names the input.
        max_shrink_iters: 512,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn tokenize_spans_are_exact_and_ordered(text in any_text()) {
        check_tokens(&text);
    }

    #[test]
    fn sentences_spans_are_exact_and_ordered(text in any_text()) {
        check_sentences(&text);
    }

    #[test]
    fn normalize_presets_are_idempotent_lazy_and_map_back(text in any_text()) {
        check_normalize(&text);
    }

    #[test]
    fn clean_article_keeps_exact_disjoint_lines(text in any_text()) {
        check_clean(&text);
    }

    #[test]
    fn analyze_and_extractors_keep_every_contract(text in any_text()) {
        check_analyze(&text);
    }

    /// A paragraph break is a hard token boundary: the tokens of `a \n\n b` are
    /// those of `a` then those of `b` moved by the length of `a \n\n`.
    #[test]
    fn tokens_of_paragraphs_concatenate(a in hostile_text(30), b in hostile_text(30)) {
        let joined = format!("{a}\n\n{b}");
        let spans = |t: &str| arabic_news::tokenize(t).map(|t| t.span()).collect::<Vec<_>>();
        let mut expected = spans(&a);
        expected.extend(spans(&b).into_iter().map(|s| s.offset(a.len() + 2)));
        prop_assert_eq!(spans(&joined), expected, "joined: {:?}", joined);
    }

    /// An article after other text (a paragraph break between) keeps every
    /// contract: spans still index the whole text, on its char boundaries.
    #[test]
    fn spans_follow_a_prefix(prefix in hostile_text(20), text in any_text()) {
        let joined = format!("{prefix}\n\n{text}");
        check_analyze(&joined);
    }
}

/// A few fixed hostile strings that proptest might take long to reach.
#[test]
fn fixed_hostile_strings() {
    let cases = [
        "",
        " ",
        "\u{064B}",
        "\u{0640}",
        "«",
        "»«",
        "وقال: «",
        "\"",
        "\u{202E}123\u{202C}",
        "١٢٣٫٤٥",
        "1\u{FE0F}\u{20E3}",
        "ﻗﺎﻝ ﻣﺼﺪﺭ ﻣﺴﺆﻭﻝ",
        "لـ\"العربية\"",
        "٦٠مليون",
        "13,30",
        "مقتل وإصابة أكثر من",
        "ثلاثة وعشرين وخمسمئة وألف و",
        "\r\n\r\n\r",
        "\u{0000}\u{FFFD}",
        "قال: «قال: «قال: «",
        "أكثر من أكثر من أكثر من 5",
    ];
    for text in cases {
        check_tokens(text);
        check_sentences(text);
        check_normalize(text);
        check_clean(text);
        check_analyze(text);
    }
}
