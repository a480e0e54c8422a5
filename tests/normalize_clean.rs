//! Data-driven tests of `clean_article` (`tests/data/normalize-clean.tsv`).

use arabic_news::normalize::clean_article;

#[path = "common/escape.rs"]
mod escape;
use escape::unescape;

#[path = "common/corpus.rs"]
mod corpus;

#[test]
fn clean_table() {
    let mut cases = 0;
    for (i, line) in include_str!("data/normalize-clean.tsv").lines().enumerate() {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (expected, text) = line.split_once('\t').expect("EXPECTED <tab> TEXT");
        let text = unescape(text);
        let cleaned = clean_article(&text);
        let reasons: Vec<&str> = cleaned.removed.iter().map(|r| r.reason.as_str()).collect();
        if expected == "keep" {
            assert!(reasons.is_empty(), "line {}: removed {reasons:?}", i + 1);
            assert!(
                !cleaned.paragraphs.is_empty(),
                "line {}: nothing kept",
                i + 1
            );
        } else {
            let expected: Vec<&str> = expected.split(',').collect();
            assert_eq!(reasons, expected, "line {}", i + 1);
        }
        for p in &cleaned.paragraphs {
            assert_eq!(&text[p.span().range()], p.as_str());
            assert_eq!(p.as_str(), p.as_str().trim());
        }
        cases += 1;
    }
    assert!(cases > 25);
}

#[test]
fn cleaned_text_joins_paragraphs_with_blank_lines() {
    let text = "الفقرة الأولى.\n-----\nالفقرة الثانية.\n\n\nالفقرة الثالثة.";
    let cleaned = clean_article(text);
    assert_eq!(
        cleaned.text(),
        "الفقرة الأولى.\n\nالفقرة الثانية.\n\nالفقرة الثالثة."
    );
}

#[test]
fn included_article_loses_only_its_buttons() {
    let article = include_str!("../examples/data/seed-lavrov-aleppo.txt");
    let cleaned = clean_article(article);
    let removed: Vec<(&str, &str)> = cleaned
        .removed
        .iter()
        .map(|r| (r.reason.as_str(), r.line.as_str()))
        .collect();
    assert_eq!(
        removed,
        [
            ("comment_button", "اترك تعليقاً"),
            ("back_to_top", "زر الذهاب إلى الأعلى")
        ]
    );
    let non_blank = article.lines().filter(|l| !l.trim().is_empty()).count();
    assert_eq!(cleaned.paragraphs.len(), non_blank - 2);
}

/// On the real evaluation articles (when ../shared is present): the removed
/// lines are few, and none of them is a long sentence.
#[test]
fn real_articles_when_present() {
    let Some(data) = corpus::eval_jsonl() else {
        return;
    };
    let (mut lines, mut removed) = (0, 0);
    for line in data.lines() {
        let v: serde_json::Value = serde_json::from_str(line).expect("JSON line");
        let text = v["text"].as_str().unwrap_or("");
        let c = clean_article(text);
        lines += c.paragraphs.len() + c.removed.len();
        removed += c.removed.len();
        for r in &c.removed {
            assert!(
                r.line.as_str().split_whitespace().count() <= 40,
                "{:?}",
                r.line.as_str()
            );
        }
    }
    eprintln!("clean_article on the evaluation corpus: {removed} of {lines} lines removed");
    assert!(removed * 20 < lines, "{removed} of {lines} lines removed");
    assert!(
        removed > 100,
        "only {removed} lines removed: the patterns stopped matching"
    );
}
