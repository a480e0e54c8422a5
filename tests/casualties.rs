//! Behaviour tests for `casualties::extract`, as a table from real sentences
//! (`tests/data/casualties.tsv`), plus checks of spans, `antecedent` and JSON shape.

use arabic_news::casualties::{extract, CasualtyFigure, Category, Qualifier, Value};

const TABLE: &str = include_str!("data/casualties.tsv");

fn category(s: &str) -> Category {
    Category::from_name(s).unwrap_or_else(|| panic!("unknown category {s}"))
}

fn qualifier(s: &str) -> Qualifier {
    match s {
        "exact" => Qualifier::Exact,
        "approximate" => Qualifier::Approximate,
        "at_least" => Qualifier::AtLeast,
        "more_than" => Qualifier::MoreThan,
        "at_most" => Qualifier::AtMost,
        "less_than" => Qualifier::LessThan,
        "range" => Qualifier::Range,
        "vague" => Qualifier::Vague,
        _ => panic!("unknown qualifier {s}"),
    }
}

/// One figure as the table writes it.
fn describe(f: &CasualtyFigure<'_>) -> String {
    let value = match f.count.value {
        Value::Integer(v) => v.to_string(),
        v => format!("{v:?}"),
    };
    let q = format!("{:?}", f.count.qualifier);
    let mut s = format!(
        "{} {} {} {}",
        f.category.as_str(),
        value,
        to_snake(&q),
        f.victims.map_or("_", |v| v.as_str())
    );
    if f.cumulative {
        s.push_str(" +cumulative");
    }
    if f.hedged {
        s.push_str(" +hedged");
    }
    s
}

fn to_snake(camel: &str) -> String {
    let mut out = String::new();
    for (i, c) in camel.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

fn check_spans(text: &str, figs: &[CasualtyFigure<'_>]) {
    for f in figs {
        for frag in [Some(f.span), Some(f.trigger), f.victims, f.antecedent]
            .into_iter()
            .flatten()
        {
            assert_eq!(
                &text[frag.span()],
                frag.as_str(),
                "span of {frag} in {text}"
            );
        }
        assert!(
            f.span.span().contains(f.trigger.span()),
            "trigger outside span: {text}"
        );
    }
}

#[test]
fn table() {
    let mut failures = Vec::new();
    let mut cases = 0;
    for line in TABLE.lines() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let (text, expected) = line.split_once('\t').expect("TEXT<TAB>EXPECTED");
        cases += 1;
        let figs = extract(text);
        check_spans(text, &figs);
        let got: Vec<String> = figs.iter().map(describe).collect();
        let want: Vec<String> = if expected.trim() == "-" {
            Vec::new()
        } else {
            expected
                .split(" ; ")
                .map(|s| s.trim().to_string())
                .collect()
        };
        // The expected strings must name real categories and qualifiers.
        for w in &want {
            let mut parts = w.split(' ');
            category(parts.next().unwrap());
            parts.next();
            qualifier(parts.next().unwrap());
        }
        if got != want {
            failures.push(format!("{text}\n   want: {want:?}\n    got: {got:?}"));
        }
    }
    assert!(cases > 80, "table too small: {cases}");
    assert!(
        failures.is_empty(),
        "{} of {cases} cases fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn others_point_back_to_the_victims_before() {
    // "the killing of 14 civilians and the injury of more than 50 others"
    let text = "مقتل 14 مدنيا وإصابة أكثر من 50 آخرين";
    let f = extract(text);
    assert_eq!(f[1].victims.unwrap().as_str(), "آخرين");
    assert_eq!(f[1].antecedent.unwrap().as_str(), "مدنيا");
    assert_eq!(f[0].antecedent, None);
}

#[test]
fn spans_and_counts_of_a_figure() {
    let text = "وأعلنت الوزارة مقتل أكثر من 50 شخصا على الأقل.";
    let f = extract(text);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].trigger.as_str(), "مقتل");
    assert_eq!(f[0].span.as_str(), "مقتل أكثر من 50 شخصا على الأقل");
    assert_eq!(f[0].count.value, Value::Integer(50));
    assert_eq!(f[0].count.min, Some(Value::Integer(51)));
    assert_eq!(f[0].count.qualifier, Qualifier::MoreThan);
}

#[test]
fn vague_and_range_intervals() {
    let f = extract("أسفر القصف عن مقتل عشرات المدنيين");
    assert_eq!(f[0].count.qualifier, Qualifier::Vague);
    assert_eq!(f[0].count.value, Value::Integer(10));
    assert_eq!(f[0].count.min, Some(Value::Integer(20)));
    let f = extract("وأصيب ما بين 200 إلى 300 شخص");
    assert_eq!(f[0].count.min, Some(Value::Integer(200)));
    assert_eq!(f[0].count.max, Some(Value::Integer(300)));
}

#[test]
fn edge_inputs_do_not_panic() {
    for text in [
        "",
        "مقتل",
        "مقتل 9999999999999999999999999999999999999999 شخصا",
        "قتلى",
        "بين",
        "إلى",
        "الحصيلة",
        "قتلوا",
        "\u{064B}",
        "مقتل 14",
        "14 قتيلا",
        "ارتفع عدد القتلى إلى",
    ] {
        let f = extract(text);
        check_spans(text, &f);
    }
}

#[cfg(feature = "serde")]
#[test]
fn json_shape() {
    let text = "مقتل 14 مدنيا";
    let v = serde_json::to_value(extract(text)).unwrap();
    let f = &v[0];
    assert_eq!(f["category"], "killed");
    assert_eq!(f["count"]["value"], 14);
    assert_eq!(f["count"]["qualifier"], "exact");
    assert!(f["count"]["min"].is_null());
    assert_eq!(f["victims"]["text"], "مدنيا");
    assert_eq!(f["trigger"]["text"], "مقتل");
    assert_eq!(f["span"]["start"], 0);
    assert_eq!(f["cumulative"], false);
    assert_eq!(f["hedged"], false);
    assert!(f.get("antecedent").is_none());
}

#[test]
fn public_types_are_send_sync() {
    fn check<T: Send + Sync + std::panic::UnwindSafe>() {}
    check::<CasualtyFigure<'static>>();
    check::<Category>();
}
