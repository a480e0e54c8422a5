//! Property tests for `casualties::extract`: no panic, spans valid, deterministic.

use arabic_news::casualties::extract;
use proptest::prelude::*;

/// Text built from pieces of casualty reports, numbers and noise, so that the matcher's
/// paths (triggers, counts, tolls, chains) are exercised, not only random bytes.
fn report_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("مقتل".to_string()),
        Just("وإصابة".to_string()),
        Just("قتلوا".to_string()),
        Just("أصيبا".to_string()),
        Just("لقي".to_string()),
        Just("حتفهم".to_string()),
        Just("قتلى".to_string()),
        Just("جريحا".to_string()),
        Just("قتيلين".to_string()),
        Just("بين".to_string()),
        Just("إلى".to_string()),
        Just("الحصيلة".to_string()),
        Just("عدد القتلى".to_string()),
        Just("ارتفع".to_string()),
        Just("بينهم".to_string()),
        Just("أكثر من".to_string()),
        Just("على الأقل".to_string()),
        Just("عشرات".to_string()),
        Just("آلاف".to_string()),
        Just("خمسة".to_string()),
        Just("وعشرين".to_string()),
        Just("ألف".to_string()),
        Just("مدنيا".to_string()),
        Just("آخرين".to_string()),
        Just("من".to_string()),
        Just("القضاء على".to_string()),
        Just("لم".to_string()),
        Just("،".to_string()),
        Just(".".to_string()),
        Just("«".to_string()),
        Just("\n".to_string()),
        Just("و".to_string()),
        Just("الـ".to_string()),
        "[0-9٠-٩]{1,5}",
        "[0-9]{1,3}[.,٫٬][0-9]{1,3}",
        "\\PC{0,3}",
        "[\u{0600}-\u{06FF}]{1,6}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| {
        let mut s = String::new();
        for (i, p) in v.iter().enumerate() {
            // Glue some pieces, space others.
            if i % 3 != 2 {
                s.push(' ');
            }
            s.push_str(p);
        }
        s
    })
}

fn check(text: &str) {
    let a = extract(text);
    for f in &a {
        for frag in [Some(f.span), Some(f.trigger), f.victims, f.antecedent]
            .into_iter()
            .flatten()
        {
            let sp = frag.span();
            assert!(sp.start <= sp.end && sp.end <= text.len());
            assert!(text.is_char_boundary(sp.start) && text.is_char_boundary(sp.end));
            assert_eq!(&text[sp], frag.as_str());
        }
        assert!(f.span.span().contains(f.trigger.span()));
        if let (Some(min), Some(max)) = (f.count.min, f.count.max) {
            assert!(min.as_f64() <= max.as_f64(), "min > max in {text:?}");
        }
    }
    // Deterministic.
    assert_eq!(a, extract(text));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_string(text in "\\PC{0,200}") {
        check(&text);
    }

    #[test]
    fn report_like_text(text in report_like()) {
        check(&text);
    }
}
