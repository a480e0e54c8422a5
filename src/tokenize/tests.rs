//! The fast path against its general twin.

use proptest::prelude::*;

use super::{tokenize, tokenize_general, Token};

fn fast(s: &str) -> Vec<Token<'_>> {
    tokenize(s).collect()
}

fn general(s: &str) -> Vec<Token<'_>> {
    tokenize_general(s).collect()
}

/// Characters the scanner treats specially, to make collisions likely.
const ALPHABET: &[char] = &[
    ' ',
    '\n',
    '\t',
    '\u{A0}',
    '\u{200B}',
    'a',
    'Z',
    'e',
    'w',
    'h',
    't',
    'p',
    's',
    ':',
    '/',
    '.',
    ',',
    '@',
    '#',
    '_',
    '-',
    '\'',
    '’',
    '"',
    '%',
    '0',
    '5',
    '٣',
    '٫',
    '٬',
    '۵',
    '½',
    'ا',
    'ل',
    'و',
    'ب',
    'ة',
    'ى',
    'أ',
    'ـ',
    '\u{064E}',
    '\u{0651}',
    '\u{0670}',
    '،',
    '؟',
    '«',
    '»',
    '\u{200C}',
    '\u{200D}',
    '\u{200E}',
    '\u{200F}',
    '\u{061C}',
    '\u{2067}',
    '\u{2069}',
    '\u{FEFF}',
    '😀',
    '👍',
    '\u{1F3FD}',
    '🇸',
    '🇾',
    '\u{FE0F}',
    '\u{20E3}',
    '❤',
    '©',
    '€',
    'é',
    '\u{0301}',
    'Ж',
    '中',
    'ﻻ',
    '\u{FDFA}',
    '\u{06F0}',
    '\u{0750}',
    '\u{08A0}',
    '\u{E0067}',
    '…',
    '\u{0}',
    '\u{7F}',
    '\u{85}',
    '\u{2028}',
];

fn mixed() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            4 => prop::sample::select(ALPHABET),
            1 => any::<char>(),
        ],
        0..64,
    )
    .prop_map(|v| v.into_iter().collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    #[test]
    fn fast_path_agrees_with_general_path(s in mixed()) {
        prop_assert_eq!(fast(&s), general(&s));
    }

    #[test]
    fn fast_path_agrees_on_arabic_runs(
        s in "[\\u{620}-\\u{64A}]{0,12}([\\u{600}-\\u{6FF} a.,\\u{200C}\\u{200F}\\u{FDFA}\\u{0750}\\u{1}é😀][\\u{620}-\\u{64A}\\u{64B}-\\u{652}ـ]{0,15}){0,6}"
    ) {
        prop_assert_eq!(fast(&s), general(&s));
    }

    #[test]
    fn fast_path_agrees_on_any_string(s in any::<String>()) {
        prop_assert_eq!(fast(&s), general(&s));
    }

    #[test]
    fn fast_path_agrees_with_words(words in prop::collection::vec(
        prop::sample::select(&[
            "وقال", "لـ", "52", "بـ\"العربية\"", "الـ", "Bau", "و«جبهة", "1,000", "٣٫٥",
            "١٢٬٥٠٠", "2.5", "https://www.aljazeera.net/news/2020", "info@example.com",
            "#غزة_الآن", "@UN", "👨\u{200D}👩\u{200D}👧", "🇸🇾", "👍🏽", "1️⃣", "د.", "U.S.",
            "سوريّة", "نُقِلَ", "\u{200F}", "مي\u{200C}خواهم", "O'Brien", "COVID-19", "٪",
        ][..]), 0..24)) {
        let s = words.join(" ");
        prop_assert_eq!(fast(&s), general(&s));
        let glued = words.concat();
        prop_assert_eq!(fast(&glued), general(&glued));
    }
}
