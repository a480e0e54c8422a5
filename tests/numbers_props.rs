//! Property tests for `numbers::parse` and `numbers::extract`: no panic, spans valid,
//! ordered and non-overlapping, deterministic, and `parse` agreeing with `extract`.

use arabic_news::numbers;
use proptest::prelude::*;

/// Text built from pieces that exercise the grammar: digits of three scripts,
/// separators, number words, proclitics, qualifiers and noise.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[0-9]{1,6}",
        "[٠-٩]{1,4}",
        "[۰-۹]{1,3}",
        Just(".".to_string()),
        Just(",".to_string()),
        Just("٫".to_string()),
        Just("٬".to_string()),
        Just("،".to_string()),
        Just("-".to_string()),
        Just("/".to_string()),
        Just("%".to_string()),
        Just("٪".to_string()),
        Just("^".to_string()),
        Just("e".to_string()),
        Just("\u{200f}".to_string()),
        Just("ـ".to_string()),
        proptest::sample::select(vec![
            "ثلاثة",
            "و",
            "عشرون",
            "ألفاً",
            "آلاف",
            "مليون",
            "مئة",
            "ثلاثمائة",
            "خمس",
            "عشر",
            "نصف",
            "أرباع",
            "الحادي",
            "والعشرون",
            "أكثر",
            "من",
            "بين",
            "إلى",
            "نحو",
            "على",
            "الأقل",
            "عشرات",
            "بضعة",
            "قتيلين",
            "لـ",
            "بـ",
            "ال",
            "بالمئة",
            "في",
            "المائة",
            "فاصلة",
            "سالب",
            "جزء",
            "دولار",
            "سنت",
            "كلم",
            "الأحد",
            "كانون",
            "الأول",
            "ثمن",
        ])
        .prop_map(str::to_string),
        "[ \n]{1,2}",
        any::<char>().prop_map(|c| c.to_string()),
    ];
    proptest::collection::vec(piece, 0..24).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn extract_spans_are_valid_ordered_and_deterministic(text in newsy()) {
        let found = numbers::extract(&text);
        let mut last_end = 0;
        for m in &found {
            let span = m.span();
            prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
            prop_assert_eq!(&text[span.range()], m.as_str());
            prop_assert!(!m.as_str().is_empty());
            prop_assert!(span.start >= last_end, "overlap or disorder in {:?}", text);
            prop_assert!(m.phrase.contains(span));
            prop_assert!(text.is_char_boundary(m.phrase.start) && text.is_char_boundary(m.phrase.end));
            last_end = span.end;
        }
        prop_assert_eq!(found, numbers::extract(&text));
    }

    #[test]
    fn extract_never_panics_on_any_string(text in any::<String>()) {
        let _ = numbers::extract(&text);
        let _ = numbers::parse(&text);
    }

    #[test]
    fn parse_is_deterministic_and_agrees_with_extract(text in newsy()) {
        let a = numbers::parse(&text);
        prop_assert_eq!(a, numbers::parse(&text));
        if let Some(n) = a {
            // parse accepts only one mention; extract on the same text finds its value
            // (ambiguous words aside, which parse reads more freely).
            let found = numbers::extract(&text);
            prop_assert!(found.len() <= 1);
            if let Some(m) = found.first() {
                prop_assert_eq!(m.value, n.value);
            }
        }
    }

    #[test]
    fn digit_strings_read_exactly(n in any::<u64>()) {
        let s = n.to_string();
        let m = numbers::parse(&s).expect("digits are a number");
        prop_assert_eq!(m.value.as_i128(), Some(i128::from(n)));
        // Arabic-Indic digits read the same.
        let arabic: String = s.chars().map(|c| char::from_u32(c as u32 - '0' as u32 + 0x660).unwrap()).collect();
        prop_assert_eq!(numbers::parse(&arabic).map(|m| m.value), Some(m.value));
    }

    #[test]
    fn long_digit_runs_do_not_panic(len in 1usize..500) {
        let s = "9".repeat(len);
        let m = numbers::parse(&s).expect("digits are a number");
        prop_assert_eq!(m.value.is_too_large(), len > 38);
    }
}
