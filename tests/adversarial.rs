//! Behaviour on hostile inputs (not their speed, which the `adversarial` bench group
//! measures): a long run of `«`, of `وقال: «`, of one digit, of diacritics alone, of
//! bidi controls, of `مقتل وإصابة أكثر من`, of number words joined by `و`, and more
//! (`tests/common/hostile.rs`).
//!
//! For each: no panic, every span exact and on char boundaries, results in order,
//! and output linear in the input (no quote or number whose text re-covers the rest
//! of the article at every position, which would be quadratic in size, and so in time).
//!
//! The inputs are 32 KiB here so that a debug build stays fast; set
//! `ARABIC_NEWS_ADVERSARIAL_BYTES=1048576` for the full megabyte of the issue.
//! Crash inputs found by fuzzing are replayed at the end of this file.

mod common;

use arabic_news::TokenKind;
use common::hostile::{repeat_to, HOSTILE};
use common::invariants::{
    check_analyze, check_casualties, check_clean, check_normalize, check_numbers, check_quotes,
    check_sentences, check_spans, check_tokens, json,
};
use serde_json::Value;

fn size() -> usize {
    std::env::var("ARABIC_NEWS_ADVERSARIAL_BYTES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(32 * 1024)
}

fn hostile(name: &str) -> String {
    let unit = HOSTILE
        .iter()
        .find(|(n, _)| *n == name)
        .unwrap_or_else(|| panic!("no hostile input {name}"))
        .1;
    repeat_to(unit, size())
}

fn len(v: &Value) -> usize {
    v.as_array().map_or(0, Vec::len)
}

/// The contracts, plus output linear in the input, on every hostile input.
#[test]
fn every_hostile_input_keeps_the_contracts() {
    for (name, unit) in HOSTILE {
        let text = repeat_to(unit, size());
        let analysis = json(&arabic_news::analyze(&text));
        let spans = check_spans(&text, &analysis, name);
        let out = serde_json::to_string(&analysis).expect("serializes");
        // Real news gives about 3-10 bytes of JSON per input byte; allow far more,
        // but not a text re-copied at every position (that is n^2 / 2 bytes).
        assert!(
            out.len() <= 64 * text.len() + 4096,
            "{name}: {} bytes of JSON for {} bytes of input ({spans} spans)",
            out.len(),
            text.len()
        );
        let tokens = arabic_news::tokenize(&text).count();
        assert!(
            tokens <= text.chars().count(),
            "{name}: more tokens than chars"
        );
        // The full contract check (ordering, determinism, extractors == analyze) on
        // a 16 KiB prefix, which keeps the test fast in debug mode.
        check_analyze(&repeat_to(unit, 16 * 1024));
        check_tokens(&repeat_to(unit, 16 * 1024));
    }
}

#[test]
fn guillemets_alone_are_punctuation_not_quotes() {
    let text = hostile("guillemets");
    let tokens: Vec<_> = arabic_news::tokenize(&text).collect();
    assert_eq!(tokens.len(), text.chars().count(), "one token per «");
    assert!(tokens.iter().all(|t| t.as_str() == "«"));
    let a = json(&arabic_news::analyze(&text));
    assert_eq!(len(&a["quotes"]), 0, "a quote with no content");
    assert_eq!(len(&a["numbers"]), 0);
    assert_eq!(len(&a["casualties"]), 0);
}

#[test]
fn unclosed_said_colon_guillemet_stays_linear() {
    let text = hostile("said_colon_guillemet");
    let units = text.matches('«').count();
    let a = json(&arabic_news::analyze(&text));
    assert!(len(&a["quotes"]) <= units, "more quotes than quote marks");
    // No quote may run over the next cue: content stays short.
    let longest = a["quotes"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|q| q["content"]["text"].as_str())
        .map(str::len)
        .max()
        .unwrap_or(0);
    assert!(
        longest * 2 <= text.len() || len(&a["quotes"]) <= 1,
        "many quotes each covering half the article: {longest} bytes"
    );
    assert_eq!(len(&a["numbers"]), 0);
}

#[test]
fn one_digit_repeated_is_one_number_token() {
    let text = hostile("one_digit");
    let tokens: Vec<_> = arabic_news::tokenize(&text).collect();
    assert_eq!(tokens.len(), 1, "a digit run is one token");
    assert_eq!(tokens[0].kind(), TokenKind::Number);
    assert_eq!(tokens[0].as_str().len(), text.len());
    let a = json(&arabic_news::analyze(&text));
    assert!(len(&a["numbers"]) <= 1, "a digit run is at most one number");
    assert_eq!(len(&a["quotes"]), 0);
    assert_eq!(len(&a["casualties"]), 0);
}

#[test]
fn diacritics_alone_find_nothing() {
    let text = hostile("diacritics");
    let a = json(&arabic_news::analyze(&text));
    assert_eq!(len(&a["numbers"]), 0);
    assert_eq!(len(&a["casualties"]), 0);
    assert_eq!(len(&a["quotes"]), 0);
}

#[test]
fn bidi_controls_alone_find_nothing() {
    let text = hostile("bidi_controls");
    let a = json(&arabic_news::analyze(&text));
    assert_eq!(len(&a["numbers"]), 0);
    assert_eq!(len(&a["casualties"]), 0);
    assert_eq!(len(&a["quotes"]), 0);
    assert!(
        arabic_news::tokenize(&text).all(|t| t.kind() != TokenKind::ArabicWord
            && t.kind() != TokenKind::Word
            && t.kind() != TokenKind::Number),
        "a bidi control is not a word or a number"
    );
}

#[test]
fn casualty_triggers_without_a_number_have_no_number() {
    let text = hostile("killed_injured_more_than");
    let a = json(&arabic_news::analyze(&text));
    assert_eq!(len(&a["numbers"]), 0, "no digit and no number word");
    assert_eq!(len(&a["quotes"]), 0);
    let sentences = len(&a["sentences"]);
    assert!(sentences >= 1);
}

#[test]
fn endless_number_words_give_ordered_disjoint_numbers() {
    let text = hostile("number_words_and");
    let numbers = json(&arabic_news::numbers::extract(&text));
    let mut prev_end = 0;
    for n in numbers.as_array().into_iter().flatten() {
        if let (Some(s), Some(e)) = (n["start"].as_u64(), n["end"].as_u64()) {
            assert!(s as usize >= prev_end, "numbers overlap at {s}..{e}");
            prev_end = e as usize;
        }
    }
    assert_eq!(len(&json(&arabic_news::quotes::extract(&text))), 0);
}

#[test]
fn sentence_splitting_of_punctuation_runs_is_linear() {
    for name in ["full_stops", "newlines", "nbsp_lines", "straight_quotes"] {
        let text = hostile(name);
        let n = arabic_news::sentences(&text).count();
        assert!(n <= text.len(), "{name}: {n} sentences");
    }
}

// ---------------------------------------------------------------------------
// Regression inputs from fuzzing (fuzz/README.md). Each came from a crash or an
// invariant failure of a fuzz target; the comment names the target and the bug.

/// Replays every file under `tests/data/<dir>/<target>/` through the checks of the
/// fuzz target of the same name; returns how many files it replayed.
fn replay(dir: &str) -> usize {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(dir);
    let Ok(targets) = std::fs::read_dir(&root) else {
        return 0;
    };
    let mut n = 0;
    for target in targets.flatten().filter(|t| t.path().is_dir()) {
        let name = target.file_name().to_string_lossy().into_owned();
        let mut files: Vec<_> = std::fs::read_dir(target.path())
            .expect("readable")
            .flatten()
            .map(|f| f.path())
            .filter(|p| p.is_file() && p.extension().map_or(true, |e| e != "md"))
            .collect();
        files.sort();
        for file in files {
            let bytes = std::fs::read(&file).expect("readable");
            let text = String::from_utf8_lossy(&bytes);
            eprintln!("replaying {}", file.display());
            match name.as_str() {
                "tokenize" => {
                    check_tokens(&text);
                    check_sentences(&text);
                }
                "normalize" => {
                    check_normalize(&text);
                    check_clean(&text);
                }
                "numbers" => drop(check_numbers(&text)),
                "casualties" => drop(check_casualties(&text)),
                "quotes" => drop(check_quotes(&text)),
                "analyze" => check_analyze(&text),
                other => panic!("unknown fuzz target directory {other}"),
            }
            n += 1;
        }
    }
    n
}

/// Fuzz findings that are fixed: they must stay fixed.
#[test]
fn fuzz_regressions() {
    let n = replay("fuzz");
    eprintln!("replayed {n} fuzz regression inputs");
}

/// Fuzz findings in modules not fixed yet (see `tests/data/fuzz-open/README.md` for
/// each bug). Run with `cargo test --test adversarial -- --ignored`.
#[test]
#[ignore = "open bugs found by fuzzing, listed in tests/data/fuzz-open/README.md"]
fn fuzz_open_bugs() {
    let n = replay("fuzz-open");
    eprintln!("replayed {n} open fuzz findings");
}

/// Every result type serializes to a `serde_json::Value` too, not only to text
/// (what a caller that post-processes results in memory does): a number beyond 64
/// bits, such as `20000000000000000000`, serializes as `null` with `too_large`.
#[test]
fn huge_numbers_serialize_to_json_values() {
    for text in [
        "20000000000000000000",
        "-20000000000000000000",
        "مقتل 99999999999999999999999 شخصا",
        "قال: «خسرنا 1000000000000000000000 دولار»",
    ] {
        let analysis = arabic_news::analyze(text);
        if let Err(e) = serde_json::to_value(&analysis) {
            panic!("{text:?}: {e}");
        }
    }
}
