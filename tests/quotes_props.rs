//! Property tests for `quotes::extract`: no panic, valid ordered spans, determinism.

use arabic_news::quotes;
use proptest::prelude::*;

fn pieces() -> impl Strategy<Value = String> {
    let parts = prop::sample::select(vec![
        "وقال",
        "الوزير",
        "إن",
        "أن",
        "«",
        "»",
        "\"",
        ":",
        "،",
        ".",
        "\n",
        " ",
        "بحسب",
        "المرصد",
        "وأضاف",
        "قائلا",
        "“",
        "”",
        "'",
        "سامي",
        "فهد",
        "عن",
        "ونقلت",
        "الوكالة",
        "x",
        "1",
        "\u{064E}",
        "؟",
    ]);
    prop::collection::vec(parts, 0..60).prop_map(|v| v.join(" "))
}

fn arbitrary_text() -> impl Strategy<Value = String> {
    prop_oneof![
        pieces(),
        ".{0,200}",
        pieces().prop_map(|s| s.replace(' ', ""))
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    #[test]
    fn spans_valid_and_ordered(text in arbitrary_text()) {
        let qs = quotes::extract(&text);
        let mut last = 0;
        for q in &qs {
            let sp = q.content.span();
            prop_assert!(sp.start < sp.end && sp.end <= text.len());
            prop_assert!(text.is_char_boundary(sp.start) && text.is_char_boundary(sp.end));
            prop_assert_eq!(&text[sp.range()], q.content.as_str());
            prop_assert!(sp.start >= last);
            last = sp.start;
            if let Some(s) = &q.speaker {
                prop_assert_eq!(&text[s.span.range()], s.text);
            }
            if let Some(c) = &q.cue {
                prop_assert_eq!(&text[c.span.range()], c.text);
            }
        }
        prop_assert_eq!(qs, quotes::extract(&text));
    }
}
