//! Behaviour tables for `numbers::extract` and `numbers::parse`
//! (`tests/data/numbers_extract.tsv`, `tests/data/numbers_parse.tsv`).

use arabic_news::numbers::{self, NumberKind, NumberMention, Qualifier, Value};

#[path = "common/corpus.rs"]
mod corpus;

fn kind_name(k: NumberKind) -> &'static str {
    match k {
        NumberKind::Cardinal => "cardinal",
        NumberKind::Ordinal => "ordinal",
        NumberKind::Percent => "percent",
        NumberKind::Fraction => "fraction",
        NumberKind::Decimal => "decimal",
        _ => "other",
    }
}

fn qualifier_name(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact => "exact",
        Qualifier::Approximate => "approximate",
        Qualifier::AtLeast => "at_least",
        Qualifier::MoreThan => "more_than",
        Qualifier::AtMost => "at_most",
        Qualifier::LessThan => "less_than",
        Qualifier::Range => "range",
        Qualifier::Vague => "vague",
        _ => "other",
    }
}

fn show(v: Option<Value>) -> String {
    v.map_or("-".into(), |v| v.to_string())
}

/// Checks `VALUE [kind] [qualifier] [min=V] [max=V] [unit=U]` against what was found.
fn check(
    spec: &str,
    value: Value,
    kind: NumberKind,
    q: Qualifier,
    min: Option<Value>,
    max: Option<Value>,
    unit: Option<&str>,
) -> Result<(), String> {
    let mut parts = spec.split_whitespace();
    let want_value = parts.next().unwrap_or_default();
    let want_value = if want_value == "too" {
        parts.next();
        "too large"
    } else {
        want_value
    };
    let (mut want_kind, mut want_q) = ("cardinal", "exact");
    let (mut want_min, mut want_max, mut want_unit) = ("-".to_string(), "-".to_string(), "-");
    for p in parts {
        if let Some(v) = p.strip_prefix("min=") {
            want_min = v.to_string();
        } else if let Some(v) = p.strip_prefix("max=") {
            want_max = v.to_string();
        } else if let Some(v) = p.strip_prefix("unit=") {
            want_unit = v;
        } else if matches!(
            p,
            "cardinal" | "ordinal" | "percent" | "fraction" | "decimal"
        ) {
            want_kind = p;
        } else {
            want_q = p;
        }
    }
    let got = format!(
        "{} {} {} min={} max={} unit={}",
        value,
        kind_name(kind),
        qualifier_name(q),
        show(min),
        show(max),
        unit.unwrap_or("-")
    );
    let want =
        format!("{want_value} {want_kind} {want_q} min={want_min} max={want_max} unit={want_unit}");
    if got == want {
        Ok(())
    } else {
        Err(format!("want {want}, got {got}"))
    }
}

fn cases(data: &str) -> impl Iterator<Item = (usize, &str, &str)> {
    data.lines().enumerate().filter_map(|(i, l)| {
        if l.trim().is_empty() || l.starts_with('#') {
            return None;
        }
        let (input, expected) = l
            .split_once('\t')
            .expect("a tab between input and expected");
        Some((i + 1, input, expected.trim()))
    })
}

fn assert_spans(text: &str, found: &[NumberMention<'_>]) {
    let mut last = 0;
    for m in found {
        assert_eq!(&text[m.span()], m.as_str());
        assert!(
            m.phrase.contains(m.span()),
            "phrase covers the number in {text:?}"
        );
        assert!(m.span().start >= last, "mentions in text order in {text:?}");
        last = m.span().end;
    }
}

#[test]
fn extract_table() {
    let mut failures = Vec::new();
    for (line, input, expected) in cases(include_str!("data/numbers_extract.tsv")) {
        let found = numbers::extract(input);
        assert_spans(input, &found);
        let want: Vec<&str> = if expected == "-" {
            Vec::new()
        } else {
            expected.split(" ; ").collect()
        };
        if want.len() != found.len() {
            let got: Vec<_> = found
                .iter()
                .map(|m| format!("{} = {}", m.as_str(), m.value))
                .collect();
            failures.push(format!(
                "line {line}: {input}\n  want {want:?}\n  got  {got:?}"
            ));
            continue;
        }
        for (w, m) in want.iter().zip(&found) {
            let (text, spec) = w.split_once(" = ").expect("TEXT = VALUE");
            if text != m.as_str() {
                failures.push(format!(
                    "line {line}: {input}\n  want text {text:?}, got {:?}",
                    m.as_str()
                ));
                continue;
            }
            if let Err(e) = check(spec, m.value, m.kind, m.qualifier, m.min, m.max, m.unit) {
                failures.push(format!("line {line}: {input}: {text}: {e}"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn parse_table() {
    let mut failures = Vec::new();
    for (line, input, expected) in cases(include_str!("data/numbers_parse.tsv")) {
        let got = numbers::parse(input);
        match (expected, got) {
            ("-", None) => {}
            ("-", Some(n)) => {
                failures.push(format!("line {line}: {input}: want none, got {}", n.value))
            }
            (_, None) => failures.push(format!("line {line}: {input}: want {expected}, got none")),
            (spec, Some(n)) => {
                // parse reports the bounds too; the table checks them only when given.
                let min = spec.contains("min=").then_some(n.min).flatten();
                let max = spec.contains("max=").then_some(n.max).flatten();
                if let Err(e) = check(spec, n.value, n.kind, n.qualifier, min, max, n.unit) {
                    failures.push(format!("line {line}: {input}: {e}"));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn count_serializes_as_documented() {
    let text = "أصيب أكثر من 50 آخرين";
    let m = numbers::extract(text).remove(0);
    let json = serde_json::to_value(m.count()).unwrap();
    assert_eq!(
        json,
        serde_json::json!({"value": 50, "min": 51, "max": null, "qualifier": "more_than"})
    );
    let json = serde_json::to_value(m).unwrap();
    assert_eq!(
        json,
        serde_json::json!({"start": 23, "end": 25, "text": "50", "value": 50, "kind": "cardinal",
                           "qualifier": "more_than", "min": 51})
    );
}

#[test]
fn too_large_serializes_as_null_with_flag() {
    let text = "9".repeat(400);
    let m = numbers::extract(&text).remove(0);
    assert!(m.value.is_too_large());
    let json = serde_json::to_value(m).unwrap();
    assert_eq!(json["value"], serde_json::Value::Null);
    assert_eq!(json["too_large"], serde_json::Value::Bool(true));
}

#[test]
fn public_types_are_send_sync() {
    fn ok<T: Send + Sync + std::panic::UnwindSafe>() {}
    ok::<NumberMention<'static>>();
    ok::<numbers::Number>();
    ok::<numbers::Count>();
    ok::<Value>();
}

/// Throughput on the real-news corpus in ../shared (ignored; prints MB/s):
/// `cargo test --release --test numbers -- --ignored --nocapture throughput`
#[test]
#[ignore = "reads ../shared/data/corpus; timing only"]
fn throughput() {
    let Some(texts) = corpus::eval_texts() else {
        return;
    };
    let bytes: usize = texts.iter().map(String::len).sum();
    // On-CPU time of this thread (Linux), so that a loaded machine does not skew the
    // figure; wall-clock time elsewhere.
    let cpu_ns = || -> Option<u64> {
        std::fs::read_to_string("/proc/thread-self/schedstat")
            .ok()?
            .split_whitespace()
            .next()?
            .parse()
            .ok()
    };
    let mut found = 0;
    let rounds = 10;
    let (wall, cpu) = (std::time::Instant::now(), cpu_ns());
    for _ in 0..rounds {
        for t in &texts {
            found += numbers::extract(t).len();
        }
    }
    let secs = match (cpu, cpu_ns()) {
        (Some(a), Some(b)) => (b - a) as f64 / 1e9,
        _ => wall.elapsed().as_secs_f64(),
    };
    println!(
        "numbers::extract: {} articles, {:.1} MB x {rounds}: {:.1} MB/s of CPU time ({} mentions a round)",
        texts.len(),
        bytes as f64 / 1e6,
        (bytes * rounds) as f64 / 1e6 / secs,
        found / rounds
    );
}

#[test]
fn integers_beyond_64_bits_serialize_as_null_with_flag() {
    // 10^20 fits i128 exactly but no JSON reader's 64-bit integer.
    let text = "100000000000000000000";
    let m = numbers::extract(text).remove(0);
    assert_eq!(m.value, Value::Integer(100_000_000_000_000_000_000));
    assert!(!m.value.is_too_large() && !m.value.fits_json());
    let json = serde_json::to_value(m).unwrap();
    assert_eq!(json["value"], serde_json::Value::Null);
    assert_eq!(json["too_large"], serde_json::Value::Bool(true));
}
