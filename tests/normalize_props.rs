//! Property tests of the normalize module's entry points.

use arabic_news::normalize::{clean_article, normalize, Normalizer, NormalizerBuilder};
use arabic_news::Span;
use proptest::prelude::*;

/// Text made of the pieces that exercise every rule, mixed with plain text.
fn arabic_news_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "قال", "الوزير", "إلى", "مدينة", "أ", "إ", "آ", "ٱ", "ى", "ة", "ؤ", "ئ", "ک", "ی", "ۀ", "ە",
        "\u{064B}", "\u{0651}", "\u{0654}", "\u{0655}", "\u{0653}", "\u{0670}", "\u{06DA}",
        "\u{0610}", "ـ", "٣", "۴", "٫", "٬", "٪", "ﻻ", "ﻷ", "ﷲ", "ﷺ", "ﻗﺎﻝ", "ﹰ", "ﱞ", "\u{200F}",
        "\u{200C}", "\u{202B}", "\u{2067}", "\u{FEFF}", "\u{00AD}", "\u{A0}", "\u{3000}", " ",
        "\n", "\n\n", "اقرأ أيضاً:", "// انتهى //", "-----", "Next Previous", "«", "»", "،", "😀",
        "a", "1",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![arabic_news_text(), any::<String>()]
}

fn normalizers() -> Vec<Normalizer> {
    vec![
        Normalizer::search(),
        Normalizer::display(),
        NormalizerBuilder::search().fold_hamza_carriers(true).build(),
        NormalizerBuilder::new().build(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn borrowed_iff_unchanged_and_deterministic(text in any_text()) {
        for n in normalizers() {
            let a = n.normalize(&text);
            let b = n.normalize(&text);
            prop_assert_eq!(a.as_str(), b.as_str());
            prop_assert_eq!(a.is_borrowed(), a.as_str() == text);
            prop_assert_eq!(a.is_borrowed(), a.edit_count() == 0 && a.as_str() == text);
            prop_assert_eq!(n.normalize_str(&text), a.as_str());
        }
        prop_assert_eq!(normalize(&text), Normalizer::search().normalize_str(&text));
    }

    #[test]
    fn search_is_idempotent(text in any_text()) {
        let once = normalize(&text).into_owned();
        let twice = normalize(&once);
        prop_assert_eq!(twice.as_ref(), once.as_str());
        prop_assert!(matches!(twice, std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn offset_map_is_monotone_and_on_char_boundaries(
        text in any_text(),
        cuts in prop::collection::vec(0usize..400, 0..12),
    ) {
        for n in normalizers() {
            let normalized = n.normalize(&text);
            let len = normalized.len();
            // Every char boundary of the normalized text, plus arbitrary cuts.
            let mut points: Vec<usize> = normalized.char_indices().map(|(i, _)| i).collect();
            points.push(len);
            points.extend(cuts.iter().copied());
            points.sort_unstable();
            let mut prev = Span::new(0, 0);
            for &p in &points {
                let s = normalized.to_original(Span::new(p, p));
                prop_assert!(s.end <= text.len());
                prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
                prop_assert!(s.start >= prev.start && s.end >= prev.end, "not monotone at {}", p);
                prev = s;
            }
            // Spans between consecutive boundaries tile the original in order.
            let whole = normalized.to_original(Span::new(0, len));
            prop_assert_eq!(whole, Span::new(0, text.len()));
            for w in points.windows(2) {
                let s = normalized.to_original(Span::new(w[0], w[1]));
                prop_assert!(s.start <= s.end && s.end <= text.len());
                let _ = &text.as_str()[s];
            }
        }
    }

    #[test]
    fn clean_article_spans_are_exact_and_ordered(text in any_text()) {
        let cleaned = clean_article(&text);
        let mut all: Vec<Span> = cleaned.paragraphs.iter().map(|p| p.span()).collect();
        for r in &cleaned.removed {
            all.push(r.line.span());
            prop_assert_eq!(&text.as_str()[r.line.span()], r.line.as_str());
            prop_assert!(!r.line.as_str().trim().is_empty());
        }
        for p in &cleaned.paragraphs {
            prop_assert_eq!(&text.as_str()[p.span()], p.as_str());
            prop_assert!(!p.as_str().contains('\n'));
        }
        all.sort();
        for w in all.windows(2) {
            prop_assert!(w[0].end <= w[1].start, "overlapping lines");
        }
        prop_assert_eq!(clean_article(&text), cleaned);
    }
}

#[test]
fn huge_inputs_do_not_panic() {
    let cases = [
        "\u{0654}".repeat(100_000),
        "«".repeat(100_000),
        "ﷺ".repeat(10_000),
        "\u{200F}".repeat(100_000),
        "-\n".repeat(50_000),
        "اقرأ أيضاً:\n".repeat(10_000),
    ];
    for c in &cases {
        for n in normalizers() {
            let out = n.normalize(c);
            let _ = out.to_original(Span::new(0, out.len()));
        }
        let _ = clean_article(c);
    }
}
