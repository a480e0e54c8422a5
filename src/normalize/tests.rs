//! Unit tests: the engine against its naive twin.

use proptest::prelude::*;

use super::offsets::{OffsetMap, Record};
use super::*;

fn builders() -> Vec<NormalizerBuilder> {
    let mut all = vec![
        NormalizerBuilder::search(),
        NormalizerBuilder::display(),
        NormalizerBuilder::new(),
    ];
    let mut b = NormalizerBuilder::search();
    b.fold_hamza_carriers(true).compose_hamza(false);
    all.push(b);
    let mut b = NormalizerBuilder::display();
    b.remove_diacritics(true).fold_persian(true);
    all.push(b);
    all
}

fn check_twin(n: &Normalizer, text: &str) {
    let fast = n.normalize(text);
    let (slow, edits) = n.naive(text);
    assert_eq!(fast.as_str(), slow, "text of {text:?}");
    let mut map = OffsetMap::default();
    for (a, b, c, d) in edits {
        map.edit(a, b, c, d);
    }
    assert_eq!(fast.map(), &map, "offset map of {text:?}");
    assert_eq!(
        fast.is_borrowed(),
        fast.as_str() == text,
        "borrowed iff unchanged: {text:?}"
    );
    assert_eq!(n.normalize_str(text), fast.as_str());
}

#[test]
fn twin_on_edge_cases() {
    let cases = [
        "",
        "\u{0654}",
        "ا\u{0654}",
        "\u{0627}\u{0654}\u{0654}",
        "ە\u{0654}ة",
        "ﻻ",
        "ﷲ ﷺ",
        "ﹰ ﱞ ﹱ",
        "\u{FEFF}قال",
        "قالَ\u{200F}",
        "٣٫٥٪ و۱۲٬۳",
        "a\u{A0}b\u{3000}c\u{2009}",
        "الإثنین ک ی ې ە ہ ۀ",
        "\u{0610}\u{061A}\u{06D6}\u{06ED}\u{0670}",
    ];
    for b in builders() {
        let n = b.build();
        for t in cases {
            check_twin(&n, t);
            let long = t.repeat(9);
            check_twin(&n, &long);
        }
    }
}

#[test]
fn rules_outside_the_candidate_ranges_change_nothing() {
    let n = Normalizer::search();
    let o = NormalizerBuilder::search();
    let _ = o;
    for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
        let inside = super::chars::CANDIDATE_RANGES
            .iter()
            .any(|&(lo, hi)| (lo..=hi).contains(&c));
        if !inside {
            let s = c.to_string();
            assert!(n.normalize(&s).is_borrowed(), "{c:?} changed");
        }
    }
}

fn arabic_soup() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "ا",
        "أ",
        "إ",
        "آ",
        "ٱ",
        "ى",
        "ي",
        "ة",
        "ه",
        "ؤ",
        "ئ",
        "و",
        "ک",
        "ی",
        "ې",
        "ە",
        "ہ",
        "ۀ",
        "ے",
        "\u{0653}",
        "\u{0654}",
        "\u{0655}",
        "\u{064B}",
        "\u{0651}",
        "\u{0670}",
        "\u{06D6}",
        "\u{0610}",
        "ـ",
        "٣",
        "۴",
        "٫",
        "٬",
        "٪",
        "ﻻ",
        "ﷲ",
        "ﻗ",
        "ﹰ",
        "ﱞ",
        "\u{200F}",
        "\u{200C}",
        "\u{FEFF}",
        "\u{00AD}",
        "\u{A0}",
        "\u{2009}",
        " ",
        "\n",
        "a",
        "Z",
        "1",
        "«",
        "»",
        "،",
        "“",
        "—",
        "é",
        "😀",
        "قال",
        "الوزير",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn engine_agrees_with_twin(text in arabic_soup()) {
        for b in builders() {
            check_twin(&b.build(), &text);
        }
    }

    #[test]
    fn engine_agrees_with_twin_on_any_text(text in any::<String>()) {
        for b in builders() {
            check_twin(&b.build(), &text);
        }
    }
}
