//! Conformance: other projects' Arabic number test vectors, run unchanged.
//!
//! The vectors live outside the repository (`../shared/data/conformance/numbers/*.jsonl`,
//! see the README there for their sources and licenses); set
//! `ARABIC_NEWS_NUMBERS_CONFORMANCE` to another directory to use it instead. The test is
//! `#[ignore]`d by default and run by `.ci/run`:
//!
//! ```text
//! cargo test --release --test conformance_numbers -- --ignored --nocapture
//! ```
//!
//! A case passes when every value it expects is found, by [`numbers::extract`] in the
//! input or, for suites whose whole input is one number, by [`numbers::parse`]. Cases
//! whose expected values are not numbers the crate models (relative ordinals
//! `end+0`, cases expecting nothing) are skipped and counted. The test fails when a
//! suite scores below its floor.

use std::path::PathBuf;

use arabic_news::numbers;

/// Minimum share of passing cases per suite (the project's targets where met).
const FLOORS: &[(&str, f64)] = &[
    ("duckling-ar", 0.98),
    ("duckling-ar-eg", 0.95),
    ("duckling-ar-ordinal", 0.95),
    ("recognizers-ar-number", 0.60),
    ("recognizers-ar-ordinal", 0.85),
    ("recognizers-ar-percent", 0.90),
    ("nemo-ar-itn", 0.80),
];

fn suite_dir() -> Option<PathBuf> {
    let dir = match std::env::var_os("ARABIC_NEWS_NUMBERS_CONFORMANCE") {
        Some(d) => PathBuf::from(d),
        None => {
            let shared = std::env::var_os("ARABIC_NEWS_SHARED")
                .map(PathBuf::from)
                .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"));
            shared.join("data/conformance/numbers")
        }
    };
    dir.is_dir().then_some(dir)
}

/// Reads a number out of a suite's value: `192`, `0.5`, `100%`, `1 1/2`, `$7.50`,
/// `1E-12`, `7,99` (NeMo's decimal comma). `None` for what is not one number.
fn number_of(v: &serde_json::Value) -> Option<f64> {
    if let Some(x) = v.as_f64() {
        return Some(x);
    }
    let s = v.as_str()?.trim().trim_end_matches('%');
    if let Ok(x) = s.parse::<f64>() {
        return Some(x);
    }
    // Mixed and plain fractions: "1 1/2", "2/3".
    let frac = |t: &str| -> Option<f64> {
        let (a, b) = t.split_once('/')?;
        let (a, b): (f64, f64) = (a.trim().parse().ok()?, b.trim().parse().ok()?);
        (b != 0.0).then(|| a / b)
    };
    if let Some((whole, f)) = s.split_once(' ') {
        if let (Ok(w), Some(f)) = (whole.parse::<f64>(), frac(f)) {
            return Some(w + f);
        }
    }
    if let Some(f) = frac(s) {
        return Some(f);
    }
    if let Ok(x) = s.replace(',', ".").parse::<f64>() {
        return Some(x);
    }
    // Relative ordinals (`end+0`, `current-1`) are not numbers.
    if s.contains('+') || s.chars().filter(|c| c.is_ascii_alphabetic()).count() > 1 {
        return None;
    }
    // Money and measures: the number with its currency sign or unit letters dropped.
    let digits: String = s
        .chars()
        .skip_while(|c| !c.is_ascii_digit() && *c != '-')
        .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == '-')
        .collect();
    let rest_has_digit = s
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .skip_while(|c| c.is_ascii_digit() || *c == '.')
        .any(|c| c.is_ascii_digit());
    if rest_has_digit {
        return None;
    }
    digits.parse().ok()
}

/// The numbers an interval value like `[20,30)` or `(4565,)` names.
fn interval_ends(v: &serde_json::Value) -> Option<Vec<f64>> {
    let s = v.as_str()?.trim();
    let inner = s.strip_prefix(['[', '('])?.strip_suffix([']', ')'])?;
    let (a, b) = inner.split_once(',')?;
    let ends: Vec<f64> = [a, b]
        .iter()
        .filter(|x| !x.trim().is_empty())
        .map(|x| x.trim().parse().ok())
        .collect::<Option<_>>()?;
    (!ends.is_empty()).then_some(ends)
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

#[derive(Default)]
struct Tally {
    cases: usize,
    passed: usize,
    skipped: usize,
}

#[test]
#[ignore = "reads ../shared conformance data; run by .ci/run"]
fn conformance_numbers() {
    let Some(dir) = suite_dir() else {
        eprintln!("conformance_numbers: no suite directory found, skipped");
        return;
    };
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("read suite dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    let verbose = std::env::var_os("CONFORMANCE_VERBOSE").is_some();
    let mut failures = Vec::new();
    println!("\n| suite | cases | passed | skipped | score | floor |");
    println!("|---|---|---|---|---|---|");
    for path in files {
        let suite = path.file_stem().unwrap().to_string_lossy().to_string();
        let text = std::fs::read_to_string(&path).expect("read suite");
        let mut t = Tally::default();
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let case: serde_json::Value = serde_json::from_str(line).expect("suite line is JSON");
            let input = case["input"].as_str().unwrap_or_default();
            let expected = case["expected"].as_array().cloned().unwrap_or_default();
            let whole = case["meta"]["whole_input_is_number"].as_bool() == Some(true);
            let mut want = Vec::new();
            let mut modelled = !expected.is_empty();
            for e in &expected {
                if let Some(x) = number_of(&e["value"]) {
                    want.push(x);
                } else if let Some(ends) = interval_ends(&e["value"]) {
                    want.extend(ends);
                } else {
                    modelled = false;
                }
            }
            if !modelled {
                t.skipped += 1;
                continue;
            }
            t.cases += 1;
            let mut found: Vec<f64> = numbers::extract(input)
                .iter()
                .filter_map(|m| m.value.as_f64())
                .collect();
            if whole {
                if let Some(n) = numbers::parse(input) {
                    found.extend(n.value.as_f64());
                }
            }
            if want.iter().all(|w| found.iter().any(|f| close(*f, *w))) {
                t.passed += 1;
            } else if verbose {
                println!("  miss {suite}: {input} want {want:?} found {found:?}");
            }
        }
        let score = if t.cases == 0 {
            1.0
        } else {
            t.passed as f64 / t.cases as f64
        };
        let floor = FLOORS.iter().find(|(s, _)| *s == suite).map(|f| f.1);
        println!(
            "| {suite} | {} | {} | {} | {score:.3} | {} |",
            t.cases,
            t.passed,
            t.skipped,
            floor.map_or("-".to_string(), |f| format!("{f:.2}"))
        );
        if let Some(f) = floor {
            if score + 1e-9 < f {
                failures.push(format!("{suite}: {score:.3} < floor {f:.2}"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "suites below their floor: {failures:?}"
    );
}
