//! The crate's contracts as checks, shared by the property and adversarial tests.

use arabic_news::normalize::{clean_article, Normalizer};
use arabic_news::{casualties, numbers, quotes, Span};
use serde::Serialize;
use serde_json::Value;

/// The JSON form of a result, as the `analyze` example writes it (text, then parsed
/// back: `serde_json::to_value` cannot hold integers beyond 64 bits, text can).
pub fn json<T: Serialize>(value: &T) -> Value {
    let text = serde_json::to_string(value).expect("every result type serializes");
    serde_json::from_str(&text).expect("the JSON written parses back")
}

fn as_offset(v: Option<&Value>) -> Option<usize> {
    v.and_then(Value::as_u64).map(|n| n as usize)
}

/// Walks a serialized result and checks every object that carries a span: a
/// `start` and `end` in bounds, on char boundaries, not inverted, and, when it has a
/// `text`, `&input[start..end] == text`. Returns how many spans it checked.
pub fn check_spans(input: &str, value: &Value, path: &str) -> usize {
    let mut checked = 0;
    match value {
        Value::Object(map) => {
            if let (Some(start), Some(end)) =
                (as_offset(map.get("start")), as_offset(map.get("end")))
            {
                assert!(
                    start <= end,
                    "{path}: inverted span {start}..{end} in {input:?}"
                );
                assert!(
                    end <= input.len(),
                    "{path}: span {start}..{end} past the end ({}) of {input:?}",
                    input.len()
                );
                assert!(
                    input.is_char_boundary(start) && input.is_char_boundary(end),
                    "{path}: span {start}..{end} not on char boundaries of {input:?}"
                );
                if let Some(text) = map.get("text").and_then(Value::as_str) {
                    assert_eq!(
                        &input[start..end],
                        text,
                        "{path}: span text differs from the input in {input:?}"
                    );
                }
                checked += 1;
            }
            for (k, v) in map {
                checked += check_spans(input, v, &format!("{path}.{k}"));
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                checked += check_spans(input, v, &format!("{path}[{i}]"));
            }
        }
        _ => {}
    }
    checked
}

/// The start offset of each item of a serialized list, read at `key` (the item
/// itself when `key` is empty). Items without one are skipped.
pub fn starts(list: &Value, key: &str) -> Vec<usize> {
    let Some(items) = list.as_array() else {
        return Vec::new();
    };
    items
        .iter()
        .filter_map(|item| {
            let obj = if key.is_empty() {
                Some(item)
            } else {
                item.get(key)
            };
            as_offset(obj.and_then(|o| o.get("start")))
        })
        .collect()
}

pub fn assert_sorted(v: &[usize], what: &str, input: &str) {
    assert!(
        v.windows(2).all(|w| w[0] <= w[1]),
        "{what} out of order: {v:?} in {input:?}"
    );
}

pub fn check_tokens(text: &str) {
    let tokens: Vec<_> = arabic_news::tokenize(text).collect();
    let mut prev_end = 0;
    for t in &tokens {
        let span = t.span();
        assert!(
            text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
            "token {span} off char boundaries in {text:?}"
        );
        assert_eq!(
            &text[span],
            t.as_str(),
            "token text differs from its span in {text:?}"
        );
        assert!(!span.is_empty(), "empty token at {span} in {text:?}");
        assert!(
            span.start >= prev_end,
            "tokens overlap or go back at {span} in {text:?}"
        );
        prev_end = span.end;
    }
    let again: Vec<_> = arabic_news::tokenize(text).collect();
    assert_eq!(tokens, again, "tokenize is not deterministic on {text:?}");
    // Clitic spans tile their token exactly: proclitics then stem, each exact.
    for t in &tokens {
        let parts = t.clitics();
        let mut at = t.start();
        for span in parts.spans() {
            assert_eq!(
                span.start,
                at,
                "clitic spans of {:?} leave a gap",
                t.as_str()
            );
            assert!(
                text.is_char_boundary(span.end),
                "clitic span {span} off char boundaries in {text:?}"
            );
            at = span.end;
        }
        assert_eq!(
            at,
            t.end(),
            "clitic spans of {:?} do not reach its end",
            t.as_str()
        );
        assert_eq!(&text[parts.stem_span()], parts.stem());
        assert_eq!(format!("{}{}", parts.prefix(), parts.stem()), t.as_str());
    }
}

pub fn check_sentences(text: &str) {
    let sentences: Vec<_> = arabic_news::sentences(text).collect();
    let mut prev_end = 0;
    for s in &sentences {
        let span = s.span();
        assert!(
            text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
            "sentence {span} off char boundaries in {text:?}"
        );
        assert_eq!(
            &text[span],
            s.as_str(),
            "sentence text differs from its span in {text:?}"
        );
        assert!(!span.is_empty(), "empty sentence at {span} in {text:?}");
        assert!(
            span.start >= prev_end,
            "sentences overlap or go back at {span} in {text:?}"
        );
        prev_end = span.end;
    }
    let again: Vec<_> = arabic_news::sentences(text).collect();
    assert_eq!(
        sentences, again,
        "sentences is not deterministic on {text:?}"
    );
}

pub fn check_normalize(text: &str) {
    let once = arabic_news::normalize(text);
    if let std::borrow::Cow::Owned(s) = &once {
        assert_ne!(
            s, text,
            "normalize allocated although nothing changed: {text:?}"
        );
    }
    assert_eq!(
        once,
        arabic_news::normalize(text),
        "normalize is not deterministic on {text:?}"
    );
    let twice = arabic_news::normalize(&once);
    assert_eq!(
        twice, once,
        "normalize (search preset) is not idempotent on {text:?}"
    );
    for (name, preset) in [
        ("search", Normalizer::search()),
        ("display", Normalizer::display()),
    ] {
        check_preset(text, name, &preset);
    }
    assert_eq!(
        once,
        Normalizer::search().normalize_str(text),
        "normalize() is not the search preset"
    );
}

/// One preset: the offset-mapped result equals the plain one, is borrowed exactly
/// when nothing changed, and maps back monotonically onto char boundaries.
pub fn check_preset(text: &str, name: &str, preset: &Normalizer) {
    let n = preset.normalize(text);
    let out = n.as_str();
    assert_eq!(
        out,
        preset.normalize_str(text),
        "{name}: normalize != normalize_str on {text:?}"
    );
    assert_eq!(
        n.is_borrowed(),
        out == text,
        "{name}: borrowed iff unchanged, on {text:?}"
    );
    assert_eq!(
        preset.normalize_str(out),
        out,
        "{name} preset is not idempotent on {text:?}"
    );
    assert_eq!(
        n.to_original(Span::new(0, out.len())),
        Span::new(0, text.len()),
        "{name}: the whole output does not map to the whole input, on {text:?}"
    );
    // Each char of the output maps to a piece of the input; the pieces go forward.
    let mut prev = Span::new(0, 0);
    let bounds: Vec<usize> = out
        .char_indices()
        .map(|(i, _)| i)
        .chain([out.len()])
        .collect();
    for w in bounds.windows(2) {
        let orig = n.to_original(Span::new(w[0], w[1]));
        assert!(
            orig.end <= text.len(),
            "{name}: {orig} past the end of {text:?}"
        );
        assert!(
            text.is_char_boundary(orig.start) && text.is_char_boundary(orig.end),
            "{name}: {orig} off char boundaries of {text:?}"
        );
        assert!(
            orig.start >= prev.start && orig.end >= prev.end,
            "{name}: offset map not monotone ({prev} then {orig}) on {text:?}"
        );
        prev = orig;
    }
    // Any span, even off boundaries or past the end, maps without a panic.
    for (a, b) in [(1, 2), (0, usize::MAX), (out.len(), out.len() + 7), (3, 1)] {
        let orig = n.to_original(Span::new(a, b));
        assert!(
            orig.end <= text.len()
                && text.is_char_boundary(orig.start)
                && text.is_char_boundary(orig.end)
        );
    }
}

/// `clean_article`: kept paragraphs and removed lines are exact, in order, disjoint.
pub fn check_clean(text: &str) {
    let cleaned = clean_article(text);
    let value = json(&cleaned);
    check_spans(text, &value, "clean_article");
    let mut spans: Vec<Span> = cleaned.paragraphs.iter().map(|p| p.span()).collect();
    assert!(
        spans.windows(2).all(|w| w[0].end <= w[1].start),
        "paragraphs overlap or go back in {text:?}"
    );
    let removed: Vec<Span> = cleaned.removed.iter().map(|r| r.line.span()).collect();
    assert!(
        removed.windows(2).all(|w| w[0].end <= w[1].start),
        "removed lines overlap or go back in {text:?}"
    );
    spans.extend(removed);
    spans.sort();
    assert!(
        spans.windows(2).all(|w| w[0].end <= w[1].start),
        "a removed line overlaps a kept paragraph in {text:?}"
    );
    assert_eq!(
        value,
        json(&clean_article(text)),
        "clean_article is not deterministic on {text:?}"
    );
}

/// `numbers::extract`: exact spans, in order.
pub fn check_numbers(text: &str) -> Value {
    let numbers = json(&numbers::extract(text));
    check_spans(text, &numbers, "numbers::extract");
    assert_sorted(&starts(&numbers, ""), "numbers", text);
    numbers
}

/// `casualties::extract`: exact spans (figure, trigger, victims, count), in order.
pub fn check_casualties(text: &str) -> Value {
    let casualties = json(&casualties::extract(text));
    check_spans(text, &casualties, "casualties::extract");
    assert_sorted(&starts(&casualties, "span"), "casualties", text);
    casualties
}

/// `quotes::extract`: exact spans (content, speaker, cue), in order of content.
pub fn check_quotes(text: &str) -> Value {
    let quotes = json(&quotes::extract(text));
    check_spans(text, &quotes, "quotes::extract");
    assert_sorted(&starts(&quotes, "content"), "quotes (by content)", text);
    quotes
}

/// Everything `analyze` and the module extractors promise, checked on one text.
pub fn check_analyze(text: &str) {
    let analysis = json(&arabic_news::analyze(text));
    check_spans(text, &analysis, "analyze");
    assert_sorted(&starts(&analysis["sentences"], ""), "sentences", text);
    assert_sorted(&starts(&analysis["numbers"], ""), "numbers", text);
    assert_sorted(&starts(&analysis["casualties"], "span"), "casualties", text);
    assert_sorted(
        &starts(&analysis["quotes"], "content"),
        "quotes (by content)",
        text,
    );
    assert_eq!(
        analysis,
        json(&arabic_news::analyze(text)),
        "analyze is not deterministic on {text:?}"
    );

    // analyze() is the modules side by side: each extractor alone gives the same.
    let numbers = check_numbers(text);
    let casualties = check_casualties(text);
    let quotes = check_quotes(text);
    assert_eq!(
        analysis["numbers"], numbers,
        "analyze().numbers != numbers::extract on {text:?}"
    );
    assert_eq!(
        analysis["casualties"], casualties,
        "analyze().casualties != casualties::extract on {text:?}"
    );
    assert_eq!(
        analysis["quotes"], quotes,
        "analyze().quotes != quotes::extract on {text:?}"
    );
    let sentences: Vec<_> = arabic_news::sentences(text).collect();
    assert_eq!(
        analysis["sentences"],
        json(&sentences),
        "analyze().sentences != sentences() on {text:?}"
    );
}
