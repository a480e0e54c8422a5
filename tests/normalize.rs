//! Data-driven tests of the normalization presets and the offset map
//! (`tests/data/normalize.tsv`, `tests/data/normalize-offsets.tsv`).

use arabic_news::normalize::{Normalizer, NormalizerBuilder};
use arabic_news::Span;

/// Replaces `\u{XXXX}`, `\t` and `\n` escapes.
#[path = "common/escape.rs"]
mod escape;
use escape::unescape;

fn preset(name: &str) -> Normalizer {
    match name {
        "search" => Normalizer::search(),
        "display" => Normalizer::display(),
        "none" => NormalizerBuilder::new().build(),
        "search+hamza" => NormalizerBuilder::search()
            .fold_hamza_carriers(true)
            .build(),
        "search-compose" => NormalizerBuilder::search().compose_hamza(false).build(),
        other => {
            // "only:OPTION": every operation off but one.
            let option = other
                .strip_prefix("only:")
                .unwrap_or_else(|| panic!("unknown preset {other:?}"));
            let mut b = NormalizerBuilder::new();
            match option {
                "remove_diacritics" => b.remove_diacritics(true),
                "remove_tatweel" => b.remove_tatweel(true),
                "fold_alef" => b.fold_alef(true),
                "fold_alef_maksura" => b.fold_alef_maksura(true),
                "fold_teh_marbuta" => b.fold_teh_marbuta(true),
                "fold_hamza_carriers" => b.fold_hamza_carriers(true),
                "fold_persian" => b.fold_persian(true),
                "decompose_presentation_forms" => b.decompose_presentation_forms(true),
                "ascii_digits" => b.ascii_digits(true),
                "ascii_separators" => b.ascii_separators(true),
                "remove_controls" => b.remove_controls(true),
                "normalize_spaces" => b.normalize_spaces(true),
                "compose_hamza" => b.compose_hamza(true),
                _ => panic!("unknown option {option:?}"),
            };
            b.build()
        }
    }
}

fn rows(data: &'static str) -> impl Iterator<Item = (usize, Vec<&'static str>)> {
    data.lines()
        .enumerate()
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
        .map(|(i, l)| (i + 1, l.split('\t').collect()))
}

/// Whitespace-separated token spans of `text`.
fn token_spans(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                spans.push(Span::new(s, i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        spans.push(Span::new(s, text.len()));
    }
    spans
}

/// Every token of the normalized text maps back to a slice of the original
/// whose own normalization contains the token; mapped spans are monotone.
fn check_round_trip(n: &Normalizer, input: &str, line: usize) {
    let normalized = n.normalize(input);
    let mut last = Span::new(0, 0);
    for span in token_spans(normalized.as_str()) {
        let orig = normalized.to_original(span);
        assert!(
            input.is_char_boundary(orig.start) && input.is_char_boundary(orig.end),
            "line {line}: {orig:?} not on char boundaries"
        );
        assert!(
            orig.start >= last.start && orig.end >= last.end,
            "line {line}: not monotone"
        );
        last = orig;
        let again = n.normalize(&input[orig]);
        assert!(
            again.as_str().contains(&normalized.as_str()[span]),
            "line {line}: token {:?} maps to {:?}, which normalizes to {:?}",
            &normalized.as_str()[span],
            &input[orig],
            again.as_str()
        );
    }
    let whole = normalized.to_original(Span::new(0, normalized.len()));
    assert_eq!(
        whole,
        Span::new(0, input.len()),
        "line {line}: the whole text"
    );
}

#[test]
fn presets_table() {
    let mut cases = 0;
    for (line, f) in rows(include_str!("data/normalize.tsv")) {
        assert!(f.len() >= 3, "line {line}: needs PRESET, INPUT, EXPECTED");
        let n = preset(f[0]);
        let input = unescape(f[1]);
        let expected = unescape(f[2]);
        let got = n.normalize(&input);
        assert_eq!(
            got.as_str(),
            expected,
            "line {line}: {}",
            f.get(3).unwrap_or(&"")
        );
        assert_eq!(
            got.is_borrowed(),
            input == expected,
            "line {line}: borrowed iff unchanged"
        );
        assert_eq!(
            n.normalize_str(&input),
            expected,
            "line {line}: normalize_str"
        );
        if f[0] == "search" {
            assert_eq!(
                arabic_news::normalize(&input),
                expected,
                "line {line}: normalize()"
            );
        }
        check_round_trip(&n, &input, line);
        cases += 1;
    }
    assert!(cases > 80, "only {cases} cases read");
}

#[test]
fn offsets_table() {
    let mut cases = 0;
    for (line, f) in rows(include_str!("data/normalize-offsets.tsv")) {
        assert!(
            f.len() >= 4,
            "line {line}: needs PRESET, INPUT, FIND, ORIGINAL"
        );
        let n = preset(f[0]);
        let input = unescape(f[1]);
        let find = unescape(f[2]);
        let expected = unescape(f[3]);
        let normalized = n.normalize(&input);
        let start = normalized
            .as_str()
            .find(&find)
            .unwrap_or_else(|| panic!("line {line}: {find:?} not in {:?}", normalized.as_str()));
        let span = normalized.to_original(Span::new(start, start + find.len()));
        assert_eq!(
            &input.as_str()[span],
            expected,
            "line {line}: {}",
            f.get(4).unwrap_or(&"")
        );
        cases += 1;
    }
    assert!(cases > 15, "only {cases} cases read");
}

#[test]
fn round_trip_on_the_included_article() {
    let article = include_str!("../examples/data/seed-lavrov-aleppo.txt");
    for n in [Normalizer::search(), Normalizer::display()] {
        check_round_trip(&n, article, 0);
    }
}

#[test]
fn to_original_clamps_bad_spans() {
    let text = "ﻻ قال";
    let n = Normalizer::search().normalize(text);
    // Past the end, and inside a char: widened or clamped, never a panic.
    let s = n.to_original(Span::new(4, 100));
    assert_eq!(&text[s], " قال");
    // Byte 3 is inside "ا", the second half of the ligature's expansion.
    let s = n.to_original(Span::new(3, 100));
    assert_eq!(&text[s], "ﻻ قال");
    let s = n.to_original(Span::new(1, 1));
    assert_eq!(&text[s], "ﻻ");
}

#[test]
fn public_types_are_send_sync_unwind_safe() {
    fn check<T: Send + Sync + std::panic::UnwindSafe + std::panic::RefUnwindSafe>() {}
    check::<Normalizer>();
    check::<NormalizerBuilder>();
    check::<arabic_news::normalize::Normalized<'static>>();
    check::<arabic_news::normalize::CleanedArticle<'static>>();
}

#[test]
fn no_allocation_when_nothing_changes() {
    let text = "قال الوزير ان المفاوضات تستمر منذ 3 ايام";
    let n = Normalizer::search().normalize(text);
    // Borrowed text, empty map: nothing was allocated.
    assert!(n.is_borrowed());
    assert_eq!(n.edit_count(), 0);
    assert!(std::ptr::eq(n.as_str(), text));
}
